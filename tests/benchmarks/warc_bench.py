"""Throughput on a crawl: newsjson's CLI and its datatrove step against datatrove's own Trafilatura step.

Run on purpose (pytest does not collect it):

    python tests/benchmarks/warc_bench.py --pages DIR [DIR...] --limit 1000 --work WORKDIR [--score DATASET=DIR ...]

It packs the HTML pages of the folders (e.g. ones laid out by ``../shared/eval/evaluate.py prepare``)
into two WARC files (gzip per record, one per datatrove task), then, one after another in the
same run, times:

* ``newsjson WORKDIR/warc --jobs 2``                                  (the command line)
* ``WarcReader -> NewsjsonExtractor -> JsonlWriter``, 2 tasks          (newsjson inside datatrove)
* ``WarcReader -> Trafilatura -> JsonlWriter``, 2 tasks, its defaults  (datatrove's own extractor)

Each page's WARC-Target-URI is ``https://bench.invalid/<file name>``, so every output can be
turned back into a JSONL whose ``source.path`` is the page's file name, and scored with
``evaluate.py score`` (``--score fundus=DIR`` scores the outputs on that dataset's pages).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

from fastwarc.stream_io import GzipWriter
from fastwarc.warc import WarcRecord, WarcRecordType

EVALUATE = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "evaluate.py"
URI_PREFIX = "https://bench.invalid/"


def build_warcs(pages: list[Path], out_dir: Path, parts: int = 2) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for part in range(parts):
        with open(out_dir / f"bench-{part}.warc.gz", "wb") as raw:
            out = GzipWriter(raw)
            for page in pages[part::parts]:
                body = page.read_bytes()
                http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                        + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
                record = WarcRecord()
                record.init_headers(WarcRecordType.response, f"uuid:{uuid.uuid4()}".encode())
                record.headers["WARC-Target-URI"] = URI_PREFIX + page.name
                record.headers["WARC-Date"] = "2024-01-01T00:00:00Z"
                record.headers["Content-Type"] = "application/http; msgtype=response"
                # As Common Crawl writes it; without it datatrove's WarcReader sniffs with libmagic
                # and drops pages it takes for XML or plain text.
                record.headers["WARC-Identified-Payload-Type"] = "text/html"
                record.set_bytes_content(http)
                record.write(out)
                out.finish()
            out.flush()


DATATROVE_RUN = """
import sys
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import WarcReader
from datatrove.pipeline.writers import JsonlWriter
warc_dir, out_dir, logs, engine = sys.argv[1:5]
if engine == "newsjson":
    from newsjson.integrations.datatrove import NewsjsonExtractor
    step = NewsjsonExtractor()
else:
    from datatrove.pipeline.extractors import Trafilatura
    step = Trafilatura()
LocalPipelineExecutor(pipeline=[WarcReader(warc_dir), step, JsonlWriter(out_dir)],
                      tasks=2, workers=2, logging_dir=logs).run()
"""


def timed(cmd: list[str], stdout=None) -> float:
    started = time.monotonic()
    subprocess.run(cmd, check=True, stdout=stdout, stderr=subprocess.DEVNULL)
    return time.monotonic() - started


def to_scorable(docs: list[dict], out: Path) -> None:
    """One JSONL line per page with source.path = the page's file name, as evaluate.py matches it."""
    with open(out, "w") as fh:
        for doc in docs:
            record = dict(doc.get("record") or {})
            record["source"] = {"path": doc["url"][len(URI_PREFIX):]}
            record.setdefault("body", doc["text"])
            fh.write(json.dumps(record) + "\n")


def read_datatrove(out_dir: Path, key: str | None) -> list[dict]:
    docs = []
    for part in sorted(out_dir.glob("*.jsonl.gz")):
        for line in gzip.open(part):
            doc = json.loads(line)
            record = doc["metadata"].get(key) if key else None
            docs.append({"url": doc["metadata"]["url"], "text": doc["text"],
                         "record": {**record, "body": doc["text"]} if record else None})
    return docs


def read_cli(path: Path) -> list[dict]:
    docs = []
    for line in open(path):
        record = json.loads(line)
        docs.append({"url": record["source"]["warc_target_uri"], "text": record["body"], "record": record})
    return docs


def score(dataset: str, data: Path, pred: Path) -> dict:
    names = {p.name for p in data.iterdir()}
    subset = pred.with_suffix(f".{dataset}.jsonl")
    with open(pred) as src, open(subset, "w") as dst:
        for line in src:
            if json.loads(line)["source"]["path"] in names:
                dst.write(line)
    out = subprocess.run([sys.executable, str(EVALUATE), "score", dataset, str(subset), "--json"],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def summary(figures: dict) -> str:
    counts, scores = figures["counts"], figures["scores"]
    parts = [f"{counts['matched']}/{counts['items']} pages with a record"]
    body = scores.get("body", {})
    if body:
        parts.append(f"body F1 {body['f1']:.3f} (P {body['precision']:.3f}, R {body['recall']:.3f}, "
                     f"mean F1 {body['mean_f1']:.3f}, empty {body['empty']})")
    for name, key in (("title exact", ("title", "exact")), ("authors F1", ("authors", "f1")),
                      ("date acc", ("date", "accuracy"))):
        if key[0] in scores:
            parts.append(f"{name} {scores[key[0]][key[1]]:.3f}")
    return "; ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", nargs="+", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--score", nargs="*", default=[], help="DATASET=DIR pairs")
    args = parser.parse_args()
    pages = sorted(p for d in args.pages for p in d.iterdir() if p.suffix == ".html")[: args.limit]
    warc_dir = args.work / "warc"
    build_warcs(pages, warc_dir)
    size = sum(p.stat().st_size for p in warc_dir.iterdir())
    print(f"{len(pages)} pages in 2 WARC files, {size / 1e6:.1f} MB gzipped", flush=True)

    newsjson = Path(sys.executable).with_name("newsjson")
    results = {}
    cli_out = args.work / "cli.jsonl"
    with open(cli_out, "wb") as fh:
        results["newsjson CLI (--jobs 2)"] = (timed([str(newsjson), str(warc_dir), "--jobs", "2", "--quiet"], fh),
                                              read_cli(cli_out))
    for engine, key in (("newsjson", "newsjson"), ("trafilatura", None)):
        out_dir = args.work / f"datatrove-{engine}"
        subprocess.run(["rm", "-rf", str(out_dir), str(args.work / f"logs-{engine}")], check=True)
        seconds = timed([sys.executable, "-c", DATATROVE_RUN, str(warc_dir), str(out_dir),
                         str(args.work / f"logs-{engine}"), engine])
        label = "datatrove + NewsjsonExtractor" if engine == "newsjson" else "datatrove + Trafilatura step"
        results[label] = (seconds, read_datatrove(out_dir, key))

    print(f"\n{'pipeline':34} {'seconds':>8} {'pages/s':>8} {'records':>8}")
    for label, (seconds, docs) in results.items():
        print(f"{label:34} {seconds:8.1f} {len(pages) / seconds:8.1f} {len(docs):8d}")
    for label, (_, docs) in results.items():
        pred = args.work / (label.split(" (")[0].replace(" ", "_").replace("+", "") + ".jsonl")
        to_scorable(docs, pred)
        for pair in args.score:
            dataset, data = pair.split("=", 1)
            figures = score(dataset, Path(data), pred)
            print(f"\n{label} on {dataset}: {summary(figures)}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    main()
