"""--shard I/N: N runs together give exactly one unsharded run, each input in one shard only."""
import pytest
from typer.testing import CliRunner

from newsjson.cli import main as cli_main
from newsjson.cli.shard import Shard, parse_shard

from .warcs import Fetch, page, write_warc


def run(args):
    return CliRunner().invoke(cli_main.app, args, prog_name="newsjson")


def lines(text):
    return {line for line in text.splitlines() if line.startswith("{")}


@pytest.fixture
def crawl(tmp_path):
    root = tmp_path / "crawl"
    (root / "day1").mkdir(parents=True)
    for n in range(6):
        (root / "day1" / f"{n}.html").write_bytes(page(n))
    (root / "broken.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    fetches = [Fetch(f"https://news.example/{n}", page(n)) for n in range(10, 22)]
    fetches.insert(3, Fetch("https://news.example/x.png", b"\x89PNG", content_type="image/png"))
    write_warc(root / "crawl.warc.gz", fetches)
    return root


@pytest.mark.parametrize("count", [2, 3])
def test_shards_together_equal_one_unsharded_run(crawl, count):
    whole = run([str(crawl), "--jobs", "1"])
    assert whole.exit_code == 1  # the broken page
    records, errors = set(), set()
    for index in range(count):
        part = run([str(crawl), "--jobs", "1", "--shard", f"{index}/{count}"])
        got = lines(part.stdout)
        assert not got & records, "an input came out of two shards"
        records |= got
        errors |= lines(part.stderr)
    assert records == lines(whole.stdout)
    assert len(records) == 6 + 12
    assert errors == lines(whole.stderr)


def test_each_shard_takes_some_of_many_keys():
    shards = [Shard(i, 4) for i in range(4)]
    keys = [f"crawl/{n}.html" for n in range(400)]
    taken = [sum(s.takes(k) for k in keys) for s in shards]
    assert sum(taken) == 400
    assert min(taken) > 50  # a hash, not a single bucket


@pytest.mark.parametrize("text", ["3", "1/0", "2/2", "-1/4", "a/b", "1/2/3", ""])
def test_malformed_shard_is_a_usage_error(tmp_path, text):
    (tmp_path / "a.html").write_bytes(page(1))
    result = run([str(tmp_path), "--shard", text])
    assert result.exit_code == 2
    with pytest.raises(ValueError):
        parse_shard(text)


def test_shard_parses_with_spaces():
    assert parse_shard(" 1 / 4 ") == Shard(1, 4)
