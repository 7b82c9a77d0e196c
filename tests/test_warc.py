"""WARC input: one record per HTML page with status 200, everything else counted or reported."""
import gzip
import zlib

import jsonschema
import orjson
import pytest
from typer.testing import CliRunner

from newsjson.cli import main as cli_main
from newsjson.cli.warc import NOT_HTML, NOT_OK, REVISIT, WarcDamage, WarcPage, WarcSkip, read_warc
from newsjson.extractors.schema import record_schema

from .warcs import Fetch, page, write_warc


def run(args):
    return CliRunner().invoke(cli_main.app, args, prog_name="newsjson")


def records(text):
    return [orjson.loads(line) for line in text.splitlines() if line.strip()]


def crawl():
    """Three pages among the other things a crawl stores."""
    return [
        Fetch("https://news.example/harbour/0", page(0)),
        Fetch("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", content_type="image/png"),
        Fetch("https://news.example/harbour/1", page(1)),
        Fetch("https://news.example/moved", b"<html>gone</html>", status="404 Not Found"),
        Fetch("https://news.example/harbour/0", b"", kind="revisit"),
        Fetch("https://news.example/harbour/2", page(2)),
    ]


@pytest.mark.parametrize("compressed", [True, False], ids=["gzip-per-record", "uncompressed"])
def test_pages_come_out_with_their_crawl_source(tmp_path, compressed):
    fetches = crawl()
    warc = write_warc(tmp_path / ("crawl.warc.gz" if compressed else "crawl.warc"), fetches, gzip=compressed)
    result = run([str(warc), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    got = records(result.stdout)
    pages = [f for f in fetches if f.body.startswith(b"<html><head>")]
    assert [r["title"] for r in got] == ["Harbour report 0", "Harbour report 1", "Harbour report 2"]
    for record, fetch in zip(got, pages):
        assert record["url"] == fetch.uri
        assert record["source"]["path"] == str(warc)
        assert record["source"]["warc_record_id"] == f"<urn:{fetch.record_id}>"
        assert record["source"]["warc_target_uri"] == fetch.uri
        assert record["source"]["warc_date"] == "2024-05-06T07:08:09Z"
        assert "moorings" in record["body"]
        jsonschema.Draft202012Validator(record_schema()).validate(record)
    assert "3 ok, 0 failed" in result.stderr
    assert "3 WARC records not pages (1 not HTML, 1 revisit, 1 status not 200)" in result.stderr


def test_reader_classifies_every_record(tmp_path):
    warc = write_warc(tmp_path / "crawl.warc.gz", crawl())
    found = list(read_warc(str(warc), max_bytes=1_000_000))
    # record 0 is the warcinfo record: not a page, not counted
    assert [(type(f).__name__, f.index) for f in found] == [
        ("WarcPage", 1), ("WarcSkip", 2), ("WarcPage", 3), ("WarcSkip", 4), ("WarcSkip", 5), ("WarcPage", 6),
    ]
    assert [f.reason for f in found if isinstance(f, WarcSkip)] == [NOT_HTML, NOT_OK, REVISIT]


@pytest.mark.parametrize("compressed", [True, False], ids=["gzip-per-record", "uncompressed"])
@pytest.mark.parametrize("cut", [30, 150, 400])
def test_truncated_last_record_is_an_error_after_the_good_ones(tmp_path, compressed, cut):
    fetches = [Fetch(f"https://news.example/{n}", page(n)) for n in range(3)]
    whole = write_warc(tmp_path / "whole.warc", fetches, gzip=compressed).read_bytes()
    warc = tmp_path / ("cut.warc.gz" if compressed else "cut.warc")
    warc.write_bytes(whole[:-cut])
    result = run([str(warc), "--jobs", "1"])
    assert result.exit_code == 1
    assert [r["title"] for r in records(result.stdout)] == ["Harbour report 0", "Harbour report 1"]
    [error] = records(result.stderr.splitlines()[0])
    assert error["source"]["path"] == str(warc)
    assert error["error"]["type"] == "warc"
    assert "record 3" in error["error"]["message"]
    assert "2 ok, 1 failed" in result.stderr


def test_every_cut_that_loses_page_bytes_is_reported(tmp_path):
    """Cut the file at every byte of its last record: the page is either whole or an error, never silently gone."""
    fetches = [Fetch(f"https://news.example/{n}", page(n)) for n in range(2)]
    whole = write_warc(tmp_path / "whole.warc", fetches, gzip=False, warcinfo=False).read_bytes()
    last_start = whole.rindex(b"WARC/1.1\r\n")
    warc = tmp_path / "cut.warc"
    for end in range(last_start + 1, len(whole)):
        warc.write_bytes(whole[:end])
        found = list(read_warc(str(warc), max_bytes=1_000_000))
        assert isinstance(found[0], WarcPage)
        assert len(found) == 2, end
        payload_whole = isinstance(found[1], WarcPage) and found[1].payload == page(1)
        assert payload_whole or isinstance(found[1], WarcDamage), end


def test_http_encodings_are_undone(tmp_path):
    body = page(7)
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + 100]), body[i:i + 100]) for i in range(0, len(body), 100))
    deflated = zlib.compress(body)
    fetches = [
        Fetch("https://news.example/gz", gzip.compress(body), http_headers=[("Content-Encoding", "gzip")]),
        Fetch("https://news.example/chunked", chunked + b"0\r\n\r\n", http_headers=[("Transfer-Encoding", "chunked")]),
        Fetch("https://news.example/deflate", deflated, http_headers=[("Content-Encoding", "deflate")]),
    ]
    warc = write_warc(tmp_path / "encoded.warc.gz", fetches)
    pages = [f for f in read_warc(str(warc), max_bytes=1_000_000) if isinstance(f, WarcPage)]
    assert [p.payload for p in pages] == [body, body, body]


def test_gzip_bomb_in_a_record_is_refused(tmp_path):
    bomb = gzip.compress(b"<html>" + b" " * 5_000_000)
    warc = write_warc(tmp_path / "bomb.warc.gz", [Fetch("https://news.example/b", bomb,
                                                         http_headers=[("Content-Encoding", "gzip")])])
    [found] = read_warc(str(warc), max_bytes=1_000_000)
    assert isinstance(found, WarcDamage) and found.type == "too_large"


def test_folder_of_warcs_and_output_names(tmp_path):
    crawl_dir = tmp_path / "crawl"
    crawl_dir.mkdir()
    write_warc(crawl_dir / "a.warc.gz", crawl())
    write_warc(crawl_dir / "b.warc", [Fetch("https://news.example/b", page(9))], gzip=False)
    (crawl_dir / "c.html").write_bytes(page(5))
    out = tmp_path / "out"
    result = run([str(crawl_dir), "-o", str(out), "--jobs", "2", "--quiet"])
    assert result.exit_code == 0, result.output
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert written == ["a.warc.gz/1.json", "a.warc.gz/3.json", "a.warc.gz/6.json", "b.warc/1.json", "c.json"]
    assert orjson.loads((out / "b.warc" / "1.json").read_bytes())["title"] == "Harbour report 9"
    again = run([str(crawl_dir), "-o", str(out), "--jobs", "1"])
    assert "0 ok, 0 failed, 5 skipped (already written)" in again.stderr


def test_plain_records_carry_no_warc_fields():
    from newsjson import extract

    assert "warc_record_id" not in extract(page(1), path="p.html").to_dict()["source"]


def test_not_a_warc_file_is_an_error(tmp_path):
    fake = tmp_path / "notes.warc"
    fake.write_bytes(b"these are not WARC records\n" * 20)
    result = run([str(fake), "--jobs", "1"])
    assert result.exit_code == 1
    assert records(result.stderr.splitlines()[0])[0]["error"]["type"] == "warc"
