"""Benchmark newsjson against plain trafilatura on one prepared dataset.

Run on purpose (pytest does not collect it: the file name does not start with test_):

    python tests/benchmarks/run.py DATASET INPUT_DIR [--work DIR] [--repeat N] [--profile]

INPUT_DIR is what ``../shared/eval/evaluate.py prepare DATASET INPUT_DIR`` laid out.
Each engine runs in its own child process over the same files, in the same run,
so peak memory (max RSS) is its own; the outputs are scored with
``evaluate.py score --json`` and one table compares them. newsjson also runs
without its quote pass, which shows what the pass adds to the time of extracting. Speed is docs/s of wall
time and of the process's CPU time (steadier on a shared machine); ``--repeat``
alternates the engines' order and keeps each one's fastest run.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EVALUATE = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "evaluate.py"
# "without-quotes": newsjson with its quote pass turned off, to show what the pass costs.
ENGINES = ("trafilatura", "newsjson", "without-quotes")
# Functions whose cumulative time makes up the per-stage profile, in pipeline order.
STAGES = (
    ("decode", "sniff.py", "decode"),
    ("parse", "html_parse.py", "parse_html"),
    ("html total", "html.py", "read_html"),
    ("metadata", "metadata.py", "read_metadata"),
    ("page text", "body.py", "read_page_text"),
    ("images", "images.py", "read_images"),
    ("title", "html.py", "_title"),
    ("authors", "html.py", "_authors"),
    ("date", "html.py", "_date_published"),
    ("body prune", "body_cascade.py", "prune_raw_tree"),
    ("trafilatura body", "body_cascade.py", "text"),
    ("body cleanup", "body.py", "clean_body"),
    ("quotes", "quotes.py", "find_quotes"),
    ("speakers", "speakers.py", "attribute_speakers"),
    ("to_dict", "record.py", "to_dict"),
    ("json", "", "<built-in method orjson.dumps>"),
)


def input_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in (".html", ".htm", ".txt"))


def trafilatura_record(data: bytes, path: str) -> dict:
    """Plain trafilatura, its defaults, mapped onto newsjson's record fields."""
    from trafilatura import bare_extraction

    doc = bare_extraction(data, with_metadata=True)
    if doc is None:
        return {"source": {"path": path}, "title": None, "authors": [], "body": ""}
    return {
        "source": {"path": path},
        "title": doc.title,
        "authors": [a.strip() for a in (doc.author or "").split(";") if a.strip()],
        "date_published": doc.date,
        "publisher": doc.sitename,
        "language": doc.language,
        "url": doc.url,
        "body": doc.text or "",
        "images": [],
    }


def run_engine(engine: str, files: list[Path], out: Path, profile: bool) -> dict:
    """Extract every file with one engine, write JSONL, return timing and memory."""
    import orjson

    if engine in ("newsjson", "without-quotes"):
        from newsjson import Options, extract

        options = Options(quotes=engine == "newsjson")

        def one(data: bytes, path: str) -> bytes:
            return orjson.dumps(extract(data, path=path, options=options).to_dict())
    else:

        def one(data: bytes, path: str) -> bytes:
            return orjson.dumps(trafilatura_record(data, path))

    inputs = [(p.read_bytes(), str(p)) for p in files]
    one(*inputs[0])  # imports and first-call set-up are not throughput
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    lines, errors = [], 0
    start, cpu_start = time.perf_counter(), time.process_time()
    for data, path in inputs:
        try:
            lines.append(one(data, path))
        except Exception as exc:  # a failed input is scored as empty, like the CLI's error line
            errors += 1
            lines.append(orjson.dumps({"source": {"path": path}, "error": {"type": type(exc).__name__, "message": str(exc)}}))
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    if profiler is not None:
        profiler.disable()
    out.write_bytes(b"\n".join(lines) + b"\n")
    result = {
        "docs": len(inputs),
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "errors": errors,
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    if profiler is not None:
        result["stages"] = stage_profile(profiler)
    return result


def stage_profile(profiler) -> dict[str, float]:
    import pstats

    stats = pstats.Stats(profiler).stats
    found: dict[str, float] = {}
    for (filename, _line, func), (_cc, _nc, _tt, cumulative, _callers) in stats.items():
        for label, file_end, name in STAGES:
            if func == name and filename.endswith(file_end):
                found[label] = found.get(label, 0.0) + cumulative
    return found


def score(dataset: str, pred: Path) -> dict:
    done = subprocess.run(
        [sys.executable, str(EVALUATE), "score", dataset, str(pred), "--json"],
        check=True, capture_output=True, text=True,
    )
    return json.loads(done.stdout)


def flatten(scores: dict) -> dict[str, float]:
    wanted = {
        "body": ("f1", "precision", "recall", "empty"),
        "snippets": ("f1", "precision", "recall"),
        "title": ("exact", "token_f1"),
        "authors": ("f1", "junk_rate", "exact_set"),
        "date": ("accuracy", "coverage"),
        "captions": ("recall", "precision"),
    }
    flat = {}
    for group, keys in wanted.items():
        for key in keys:
            if key in scores.get(group, {}):
                flat[f"{group} {key}"] = scores[group][key]
    return flat


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dataset", help="evaluate.py dataset name, e.g. scrapinghub, fundus, fundus-eval, trafilatura")
    parser.add_argument("inputs", type=Path, help="folder laid out by evaluate.py prepare")
    parser.add_argument("--work", type=Path, help="where the JSONL outputs go (default: a temporary folder)")
    parser.add_argument("--engines", default=",".join(ENGINES), help="comma-separated, from: " + ", ".join(ENGINES))
    parser.add_argument("--profile", action="store_true", help="also print newsjson's time per stage (cProfile, in a run of its own)")
    parser.add_argument(
        "--repeat", type=int, default=1,
        help="run each engine N times, alternating which goes first, and keep each one's fastest run"
        " (the machine's other load only ever slows a run down)",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    files = input_files(args.inputs)
    if not files:
        parser.error(f"no .html or .txt inputs in {args.inputs}")
    work = args.work or Path(tempfile.mkdtemp(prefix="newsjson-bench-"))
    work.mkdir(parents=True, exist_ok=True)

    if args.child:  # one engine in this process; report to the parent as JSON
        result = run_engine(args.child, files, work / f"{args.child}.jsonl", args.profile)
        print(json.dumps(result))
        return 0

    engines = [e for e in args.engines.split(",") if e]

    def child(engine: str, *extra: str) -> dict:
        command = [sys.executable, __file__, args.dataset, str(args.inputs), "--work", str(work), "--child", engine, *extra]
        done = subprocess.run(command, check=True, capture_output=True, text=True, env=dict(os.environ))
        return json.loads(done.stdout.strip().splitlines()[-1])

    results: dict[str, dict] = {}
    for turn in range(max(1, args.repeat)):
        for engine in engines if turn % 2 == 0 else engines[::-1]:
            run = child(engine)
            if engine not in results or run["seconds"] < results[engine]["seconds"]:
                results[engine] = run
    for engine in engines:
        results[engine]["scores"] = flatten(score(args.dataset, work / f"{engine}.jsonl")["scores"])
    if args.profile and "newsjson" in engines:  # profiled apart: cProfile slows the run it watches
        results["newsjson"]["stages"] = child("newsjson", "--profile")["stages"]

    print(f"{args.dataset}: {len(files)} documents, outputs in {work}")
    header = f"{'figure':<22}" + "".join(f"{e:>16}" for e in engines)
    print(header)
    print("-" * len(header))
    keys = list(dict.fromkeys(k for e in engines for k in results[e]["scores"]))
    for key in keys:
        # "body empty" counts pages; the other figures are shares.
        form = ">16.0f" if key.endswith("empty") else ">16.3f"
        cells = "".join(f"{results[e]['scores'].get(key, float('nan')):{form}}" for e in engines)
        print(f"{key + (' (pages)' if key.endswith('empty') else ''):<22}{cells}")
    for e in engines:
        results[e]["docs_per_s"] = results[e]["docs"] / results[e]["seconds"]
    print(f"{'docs/s':<22}" + "".join(f"{results[e]['docs_per_s']:>16.1f}" for e in engines))
    print(f"{'docs/s (CPU time)':<22}" + "".join(f"{results[e]['docs'] / results[e]['cpu_seconds']:>16.1f}" for e in engines))
    print(f"{'peak RSS MB':<22}" + "".join(f"{results[e]['max_rss_mb']:>16.0f}" for e in engines))
    print(f"{'errors':<22}" + "".join(f"{results[e]['errors']:>16d}" for e in engines))
    best = f", fastest of {args.repeat} runs each" if args.repeat > 1 else ""
    if "newsjson" in results and "trafilatura" in results:
        ratio = results["newsjson"]["docs_per_s"] / results["trafilatura"]["docs_per_s"]
        cpu_ratio = results["trafilatura"]["cpu_seconds"] / results["newsjson"]["cpu_seconds"]
        print(f"speed ratio newsjson / trafilatura: {ratio:.2f}x (CPU time: {cpu_ratio:.2f}x{best})")
    if "newsjson" in results and "without-quotes" in results:
        added = results["newsjson"]["cpu_seconds"] / results["without-quotes"]["cpu_seconds"] - 1
        print(f"quote pass: newsjson's CPU time {100 * added:+.1f}% over its run without quotes{best}")
    stages = results.get("newsjson", {}).get("stages")
    if stages:
        print("newsjson per-stage time (cumulative, under cProfile; stages nest inside 'html total'):")
        for label, _file, _name in STAGES:
            if label in stages:
                print(f"  {label:<20}{stages[label]:>8.2f} s  {1000 * stages[label] / len(files):>7.1f} ms/doc")
    return 0


if __name__ == "__main__":
    sys.exit(main())
