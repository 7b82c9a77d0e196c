"""Scale benchmark: throughput with 1 and N workers and peak RSS of the whole process tree.

    python tests/benchmarks/scale.py [--inputs 20000] [--jobs 2] [--workdir DIR]

Inputs are made by repeating samples/ (the HTML and text samples), so figures are comparable
between runs. Prints docs/s for --jobs 1 and --jobs N, their ratio, and each run's peak RSS.
Run on purpose; never part of the unit tests.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def make_inputs(folder: Path, count: int) -> None:
    samples = sorted(p for p in (ROOT / "samples").iterdir() if not p.name.endswith(".json"))
    for i in range(count):
        sample = samples[i % len(samples)]
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        shutil.copyfile(sample, sub / f"{i:06d}-{sample.name}")


def tree_rss_kib(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
            for task in Path(f"/proc/{current}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, StopIteration, ValueError):
            continue
    return total


def run(folder: Path, jobs: int) -> tuple[float, int, int]:
    command = [sys.executable, "-m", "newsjson", str(folder), "--jobs", str(jobs), "--quiet"]
    started = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        proc = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, tree_rss_kib(proc.pid))
            time.sleep(0.05)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"newsjson failed: {proc.stderr.read().decode()[-2000:]}")
    return seconds, peak, proc.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=20_000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="newsjson-scale-"))
    folder = workdir / "inputs"
    if not folder.exists():
        folder.mkdir(parents=True)
        make_inputs(folder, args.inputs)
    print(f"{args.inputs} inputs in {folder}")
    print(f"{'jobs':>4} {'seconds':>8} {'docs/s':>8} {'peak RSS MB':>12}")
    rates = {}
    for jobs in (1, args.jobs):
        seconds, peak, _ = run(folder, jobs)
        rates[jobs] = args.inputs / seconds
        print(f"{jobs:>4} {seconds:>8.1f} {rates[jobs]:>8.1f} {peak / 1024:>12.1f}")
    print(f"speed-up with {args.jobs} workers: {rates[args.jobs] / rates[1]:.2f}x")


if __name__ == "__main__":
    main()
