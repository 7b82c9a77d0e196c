"""Workers: order kept, a slow document times out and its worker is replaced, a crash is contained."""
import os
import signal
import subprocess
import sys
import time

import orjson
import pytest

from newsjson.cli.inputs import Input
from newsjson.cli.pool import run_inline, run_parallel
from newsjson.cli.work import Result

from .conftest import SAMPLES


def slow_or_crashing(item: Input) -> Result:
    if item.path == "slow":
        time.sleep(60)
    if item.path == "crash":
        os._exit(3)
    return Result(True, item.path.encode(), item.rel)


def items(names):
    return [Input(path=name, rel=name) for name in names]


def outcome(results):
    return [r.line.decode() if r.ok else orjson.loads(r.line)["error"]["type"] for r in results]


def test_parallel_keeps_order_times_out_and_survives_a_crash():
    names = [str(i) for i in range(30)]
    names[5], names[17] = "slow", "crash"
    started = time.monotonic()
    got = outcome(run_parallel(items(names), slow_or_crashing, jobs=2, timeout=1.0, max_tasks=7))
    assert time.monotonic() - started < 30
    expected = list(names)
    expected[5], expected[17] = "timeout", "crash"
    assert got == expected


def test_already_failed_inputs_keep_their_place():
    mixed = items(["a", "b"]) + [Result(False, b'{"error": {"type": "read"}}', "")] + items(["c"])
    assert outcome(run_parallel(mixed, slow_or_crashing, jobs=2, timeout=5)) == ["a", "b", "read", "c"]


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs interval timers")
def test_inline_timeout():
    got = outcome(run_inline(items(["a", "slow", "b"]), slow_or_crashing, timeout=0.5))
    assert got == ["a", "timeout", "b"]


def test_ctrl_c_flushes_whole_records_and_exits_130(tmp_path):
    for i in range(400):
        (tmp_path / f"{i:04d}.html").write_bytes((SAMPLES / "harbor-bridge.html").read_bytes())
    with subprocess.Popen(
        [sys.executable, "-m", "newsjson", str(tmp_path), "--jobs", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    ) as proc:
        first = proc.stdout.readline()  # some records are done
        proc.send_signal(signal.SIGINT)
        rest = proc.stdout.read()  # not communicate(): it would skip what readline() buffered
        err = proc.stderr.read()
        proc.wait(timeout=60)
    assert proc.returncode == 130, err
    lines = (first + rest).splitlines()
    assert 1 <= len(lines) < 400
    for line in lines:  # every line a whole record
        assert orjson.loads(line)["title"]
    assert b"interrupted" in err
