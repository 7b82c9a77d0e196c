"""The newsjson command line: inputs in, JSON Lines (or one file per input) out."""
from __future__ import annotations

import contextlib
import functools
import itertools
import os
import signal
import sys
import time
from enum import IntEnum
from pathlib import Path
from typing import Annotated, Optional

import orjson
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from typer.core import TyperGroup

from newsjson import __version__
from newsjson.extractors.core import Options
from newsjson.extractors.schema import record_schema

from .inputs import DEFAULT_GLOBS, Input, Skipped, Unreadable, iter_inputs, matches
from .output import output_path, write_atomic
from .pool import run_inline, run_parallel
from .shard import ALL, Shard, parse_shard
from .warc import is_warc
from .work import failed, run_one


class ExitStatus(IntEnum):
    OK = 0
    SOME_FAILED = 1
    USAGE = 2
    INTERRUPTED = 130


class DefaultToExtract(TyperGroup):
    """`newsjson PATH...` means `newsjson extract PATH...`; `newsjson schema` is the other command."""

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["extract", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(
    cls=DefaultToExtract,
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Turn saved news pages (HTML) and text dumps into JSON records: article, metadata, "
    "images and who said what.\n\nExamples:\n\n"
    "  newsjson page.html\n\n"
    "  newsjson crawl/ > articles.jsonl\n\n"
    "  cat page.html | newsjson - | jq .title\n\n"
    "  newsjson schema",
)


def is_terminal(stream) -> bool:
    """Whether a stream is a terminal; tests replace this to act as one."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _shard(value: Optional[str]) -> Shard:
    if value is None:
        return ALL
    try:
        return parse_shard(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


class HeldInterrupts:
    """Ctrl-C lands between records, never inside one: an interrupted write would split its line."""

    def __init__(self) -> None:
        self.writing = False
        self.pending = False

    def handle(self, signum, frame) -> None:
        if self.writing:
            self.pending = True
        else:
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def held(self):
        self.writing = True
        try:
            yield
        finally:
            self.writing = False
        if self.pending:
            raise KeyboardInterrupt


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsjson {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn saved news pages (HTML) and text dumps into JSON records."""


@app.command("schema", help="Print the JSON Schema (draft 2020-12) of one record.\n\nExample: newsjson schema > record.schema.json")
def schema_command() -> None:
    sys.stdout.buffer.write(orjson.dumps(record_schema(), option=orjson.OPT_INDENT_2) + b"\n")


@app.command(
    "extract",
    help="Extract articles from files, folders (recursive) or - (stdin), one JSON record per input "
    "on stdout, in input order.\n\nExamples:\n\n"
    "  newsjson samples/ | jq -r .title\n\n"
    "  newsjson -o out/ crawl/      (one out/<name>.json per input; rerun to resume)\n\n"
    "  newsjson crawl.warc.gz       (one record per HTML page with status 200 in the WARC file)\n\n"
    "  newsjson --shard 3/8 crawl/  (the 4th of 8 slices; the 8 together make one whole run)\n\n"
    "Exit status: 0 all inputs succeeded, 1 some failed (error lines on stderr), 2 usage error, "
    "130 interrupted.",
)
def extract_command(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or - for stdin.", show_default=False)],
    output: Annotated[
        Optional[Path],
        typer.Option("--output", "-o", help="Write one <name>.json per input into this folder, mirroring the inputs.",
                     file_okay=False),
    ] = None,
    overwrite: Annotated[bool, typer.Option(help="With --output, replace files already written.")] = False,
    pretty: Annotated[
        Optional[bool],
        typer.Option("--pretty/--compact", help="Indent the JSON. Default: indented for one input on a terminal.",
                     show_default=False),
    ] = None,
    globs: Annotated[
        Optional[list[str]],
        typer.Option("--glob", help="File name pattern to take from folders (repeatable; .gz also matches). "
                     f"Default: {' '.join(DEFAULT_GLOBS)}.", show_default=False),
    ] = None,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, show_default=False,
                                                help="Worker processes. Default: the number of CPUs.")] = None,
    timeout: Annotated[float, typer.Option(min=0, help="Seconds one document may take (0: no limit).")] = 30.0,
    max_bytes: Annotated[int, typer.Option(min=1, help="Largest input accepted, in bytes, also after gunzip.")] = 20_000_000,
    quotes: Annotated[bool, typer.Option("--quotes/--no-quotes", help="Find quotes and their speakers.")] = True,
    shard: Annotated[
        Optional[str],
        typer.Option("--shard", metavar="I/N", show_default=False,
                     help="Take only slice I of N (0 <= I < N), chosen by a stable hash of each path "
                     "(and record number in a WARC file); the N slices together make one whole run."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary line.")] = False,
) -> None:
    slice_ = _shard(shard)
    started = time.monotonic()
    stdout = sys.stdout.buffer
    options = Options(max_bytes=max_bytes, quotes=quotes)
    single = len(paths) == 1 and (paths[0] == "-" or (os.path.isfile(paths[0]) and not is_warc(paths[0])))
    if pretty is None:
        pretty = single and output is None and is_terminal(sys.stdout)
    work = functools.partial(run_one, options=options, pretty=pretty)
    counts = {"ok": 0, "failed": 0, "skipped": 0}
    not_pages: dict[str, int] = {}  # WARC records that are not pages, by reason

    def read_stdin() -> bytes:
        return sys.stdin.buffer.read(max_bytes + 1)

    input_roots = [Path(p).resolve() for p in paths if p != "-"]
    input_globs = tuple(globs or DEFAULT_GLOBS)

    def is_input(target: Path) -> bool:
        """A file the inputs' walk would take (or took) is never an output."""
        if not target.exists() or not matches(target.name, input_globs):
            return False
        target = target.resolve()
        return any(target == root or root in target.parents for root in input_roots)

    def planned():
        """Inputs with --output's already-written files left out, and unlistable paths as error results."""
        for item in iter_inputs(paths, input_globs, read_stdin, shard=slice_, max_bytes=max_bytes):
            if isinstance(item, Skipped):
                not_pages[item.reason] = not_pages.get(item.reason, 0) + 1
                continue
            if isinstance(item, Unreadable):
                yield failed(item.path, item.rel, item.type, item.message, item.warc)
                continue
            if output is not None:
                target = output_path(output, item.rel)
                if is_input(target):
                    yield failed(item.path, item.rel, "output", f"{target} is an input; not overwritten")
                    continue
                if target.exists() and not overwrite:
                    counts["skipped"] += 1
                    continue
            yield item

    items = planned()
    head = list(itertools.islice(items, 2))
    items = itertools.chain(head, items)
    jobs = jobs or os.cpu_count() or 1
    inputs_left = sum(isinstance(i, Input) for i in head)
    if jobs == 1 or inputs_left <= 1:
        results = run_inline(items, work, timeout)
    else:
        results = run_parallel(items, work, jobs, timeout)

    console = Console(stderr=True)
    show_progress = not quiet and not single and is_terminal(sys.stderr)
    progress = Progress(
        SpinnerColumn(), TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True, disable=not show_progress,
    )

    def report_error(line: bytes) -> None:
        if show_progress:
            console.print(line.decode(), markup=False, highlight=False, soft_wrap=True)
        else:
            sys.stderr.buffer.write(line + b"\n")
            sys.stderr.buffer.flush()

    status = ExitStatus.OK
    task = progress.add_task("extracting", total=None)
    interrupts = HeldInterrupts()
    signal.signal(signal.SIGINT, interrupts.handle)
    try:
        with progress:
            for result in results:
                with interrupts.held():
                    if result.ok:
                        counts["ok"] += 1
                        if output is not None:
                            write_atomic(output_path(output, result.rel), result.line)
                        else:
                            stdout.write(result.line + b"\n")
                    else:
                        counts["failed"] += 1
                        report_error(result.line)
                progress.advance(task)
    except KeyboardInterrupt:
        status = ExitStatus.INTERRUPTED
    finally:
        stdout.flush()
    if status is ExitStatus.OK and counts["failed"]:
        status = ExitStatus.SOME_FAILED
    if not quiet:
        seconds = time.monotonic() - started
        skipped = f", {counts['skipped']} skipped (already written)" if counts["skipped"] else ""
        if not_pages:
            reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(not_pages.items()))
            skipped += f", {sum(not_pages.values())} WARC records not pages ({reasons})"
        interrupted = " (interrupted)" if status is ExitStatus.INTERRUPTED else ""
        style = "red" if counts["failed"] or interrupted else "green"
        console.print(
            f"newsjson: {counts['ok']} ok, {counts['failed']} failed{skipped} in {seconds:.1f} s{interrupted}",
            style=style, markup=False, highlight=False, soft_wrap=True,
        )
    raise typer.Exit(int(status))


def run() -> None:
    app(prog_name="newsjson")
