"""newsjson as a datatrove step: WarcReader -> NewsjsonExtractor -> JsonlWriter on the local executor."""
import gzip
import subprocess
import sys

import orjson
import pytest

pytest.importorskip("datatrove")

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import WarcReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from newsjson.integrations.datatrove import NewsjsonExtractor  # noqa: E402

from .warcs import Fetch, page, write_warc  # noqa: E402


def test_pipeline_on_the_local_executor_with_two_tasks(tmp_path):
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    expected = {}
    for part in range(2):
        fetches = [Fetch(f"https://news.example/{part}/{n}", page(10 * part + n)) for n in range(4)]
        fetches.append(Fetch(f"https://news.example/{part}/empty", b"<html><body></body></html>"))
        write_warc(crawl / f"part-{part}.warc.gz", fetches)
        expected.update({f.uri: (f, 10 * part + n) for n, f in enumerate(fetches[:4])})
    out = tmp_path / "out"
    executor = LocalPipelineExecutor(
        pipeline=[WarcReader(str(crawl)), NewsjsonExtractor(timeout=60), JsonlWriter(str(out))],
        tasks=2, workers=2, logging_dir=str(tmp_path / "logs"),
    )
    executor.run()

    docs = [orjson.loads(line) for f in sorted(out.glob("*.jsonl.gz")) for line in gzip.open(f)]
    assert len(list(out.glob("*.jsonl.gz"))) == 2  # both tasks wrote
    assert sorted(d["metadata"]["url"] for d in docs) == sorted(expected)
    for doc in docs:
        fetch, number = expected[doc["metadata"]["url"]]
        record = doc["metadata"]["newsjson"]
        assert "body" not in record
        assert f"counted {number} sailing boats" in doc["text"]
        assert record["title"] == f"Harbour report {number}"
        assert record["url"] == fetch.uri
        assert record["source"]["warc_record_id"] == f"<urn:{fetch.record_id}>" == doc["id"]
        assert record["source"]["warc_target_uri"] == fetch.uri
        assert record["source"]["warc_date"] == "2024-05-06T07:08:09Z"
        assert record["source"]["path"].endswith(".warc.gz")
    stats = orjson.loads((tmp_path / "logs" / "stats.json").read_bytes())
    [step] = [s for s in stats if "newsjson" in s["name"]]
    assert step["stats"]["forwarded"] == 8
    assert step["stats"]["dropped"] == 2  # the empty pages, counted by their reason
    assert sum(v for k, v in step["stats"].items() if k.startswith("dropped_")) == 2


def test_failing_documents_are_dropped_with_their_reason():
    step = NewsjsonExtractor(timeout=60)
    docs = [
        Document(text=page(3).decode(), id="a", metadata={"url": "https://news.example/a"}),
        Document(text="", id="b"),
        Document(text="\x89PNG\r\n\x1a\n\x00\x00\x00binary", id="c"),
    ]
    kept = list(step.run(iter(docs)))
    assert [d.id for d in kept] == ["a"]
    counted = {k: v.total for k, v in step.stats.stats.items() if k.startswith("dropped")}
    assert counted["dropped"] == 2
    assert set(counted) - {"dropped"} <= {"dropped_empty", "dropped_binary", "dropped_no_article"}
    assert len(set(counted) - {"dropped"}) >= 1


def test_importing_newsjson_does_not_import_datatrove():
    code = "import sys, newsjson, newsjson.cli.main; print('datatrove' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
