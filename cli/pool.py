"""Run the work in order: in this process, or in worker processes with a per-document timeout.

Records come out in input order as they are ready; at most ``window`` documents
are in flight, so one slow page holds back a bounded amount, never the run.
"""
from __future__ import annotations

import multiprocessing
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait

from newsjson.extractors.errors import Timeout

from .inputs import Input
from .work import Result, input_failed

Work = Callable[[Input], Result]


def run_inline(items: Iterable[Input | Result], work: Work, timeout: float) -> Iterator[Result]:
    """One process: a timer signal stops a document that runs past ``timeout``."""
    use_alarm = hasattr(signal, "setitimer") and timeout > 0

    def expire(signum, frame):
        raise Timeout(f"extraction took longer than {timeout:g} s")

    previous = signal.signal(signal.SIGALRM, expire) if use_alarm else None
    try:
        for item in items:
            if isinstance(item, Result):
                yield item
                continue
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, timeout)
            try:
                result = work(item)
            except Timeout as exc:  # raised outside run_one's own handler
                result = input_failed(item, exc.type, exc.message)
            finally:
                if use_alarm:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            yield result
    finally:
        if use_alarm:
            signal.signal(signal.SIGALRM, previous)


def _serve(conn: Connection, work: Work) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        index, item = task
        conn.send((index, work(item)))


class _Worker:
    def __init__(self, ctx, work: Work) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, work), daemon=True)
        self.process.start()
        child.close()  # so recv() sees EOF when the worker dies
        self.done = 0
        self.task: tuple[int, Input, float] | None = None  # index, item, deadline

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                self.process.kill()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def _context():
    if sys.platform.startswith("linux"):
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["newsjson.cli.work"])
        return ctx
    return multiprocessing.get_context("spawn")


def run_parallel(
    items: Iterable[Input | Result],
    work: Work,
    jobs: int,
    timeout: float,
    max_tasks: int = 2000,
) -> Iterator[Result]:
    """``jobs`` worker processes, each replaced after ``max_tasks`` documents or a timeout."""
    ctx = _context()
    window = jobs * 64
    workers = [_Worker(ctx, work) for _ in range(jobs)]
    source = enumerate(items)
    exhausted = False
    dispatched = 0
    ready: dict[int, Result] = {}
    emitted = 0
    try:
        while True:
            for worker in workers:
                while worker.task is None and not exhausted and dispatched - emitted < window:
                    try:
                        index, item = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    dispatched += 1
                    if isinstance(item, Result):
                        ready[index] = item
                        continue
                    worker.conn.send((index, item))
                    worker.task = (index, item, time.monotonic() + timeout if timeout > 0 else float("inf"))
            while emitted in ready:
                yield ready.pop(emitted)
                emitted += 1
            busy = [w for w in workers if w.task is not None]
            if not busy:
                if exhausted:
                    return
                continue
            nearest = min(w.task[2] for w in busy)  # type: ignore[index]
            done = wait([w.conn for w in busy], timeout=max(0.0, min(nearest - time.monotonic(), 3600)))
            now = time.monotonic()
            for i, worker in enumerate(workers):
                if worker.task is None:
                    continue
                index, item, deadline = worker.task
                if worker.conn in done:
                    try:
                        got_index, result = worker.conn.recv()
                    except (EOFError, OSError):
                        message = "the worker process died while extracting this document"
                        result = input_failed(item, "crash", message)
                        worker.done = max_tasks  # replace it below
                    ready[index] = result
                    worker.task = None
                    worker.done += 1
                    if worker.done >= max_tasks:
                        worker.stop()
                        workers[i] = _Worker(ctx, work)
                elif now >= deadline:
                    message = f"extraction took longer than {timeout:g} s"
                    ready[index] = input_failed(item, Timeout.type, message)
                    worker.stop(kill=True)
                    workers[i] = _Worker(ctx, work)
    finally:
        for worker in workers:
            worker.stop(kill=worker.task is not None)
