"""Hostile inputs: each gives a right record or a clear error record, and nothing else is lost.

Small static cases are files in tests/fixtures/hostile/; big or filesystem-level ones are
made here (a 200k-deep page, a gzip bomb, a symlink loop, odd file names).
"""
import gzip
import os
import shutil
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from newsjson import NewsjsonError, extract
from newsjson.cli import main as cli_main
from newsjson.cli import work

from .conftest import ROOT

HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
GOOD = (ROOT / "samples" / "two-authors.html").read_bytes()

# file -> error type, or a piece of text the body must hold (decoded right)
EXPECTED = {
    "empty.html": "empty",
    "png-named.html": "binary",
    "pdf-named.html": "binary",
    "not-gzip.html.gz": "decode",
    "truncated.html": "harbour master",
    "utf16-bom.html": "Café crème",
    "latin1-meta.html": "Le café près du quai ouvrira à Noël.",
    "shift-jis-meta.html": "新しい桟橋は春に開業する予定だと港湾局長が述べた。",
    "stray-byte-utf8.html": "Zürich – naïve café",
    "undeclared-cp1252.html": "naïve façade, œuvre à Noël",
    "billion-laughs.html": "harbour master",
    "external-entity.html": "harbour master",
    # lxml returns the lone <svg> of this fragment as its root; the date search failed on it.
    "svg-root-fragment.html": "Smith",
}


def run(args):
    return CliRunner().invoke(cli_main.app, args, prog_name="newsjson")


def lines(text):
    return [orjson.loads(line) for line in text.splitlines() if line.startswith("{")]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_case_gives_a_record_or_a_typed_error(name):
    expected = EXPECTED[name]
    data = (HOSTILE / name).read_bytes()
    try:
        article = extract(data, path=name)
    except NewsjsonError as exc:
        assert exc.type == expected, exc.message
        assert exc.message
        return
    assert expected in article.body


def test_stray_byte_warns_and_never_redecodes_as_cp1252():
    article = extract((HOSTILE / "stray-byte-utf8.html").read_bytes())
    assert article.source.encoding == "utf-8"
    assert any("invalid UTF-8" in w for w in article.warnings)


def test_entities_are_never_expanded_or_fetched():
    for name in ("billion-laughs.html", "external-entity.html"):
        body = extract((HOSTILE / name).read_bytes()).body
        assert "lollol" not in body and len(body) < 2000
    hostname = Path("/etc/hostname")
    if hostname.exists():
        assert hostname.read_text().strip() not in extract((HOSTILE / "external-entity.html").read_bytes()).body


def test_deep_nesting_is_survived():
    page = "<html><body>" + "<div>" * 200_000 + "<p>deep</p>" + "</div>" * 200_000 + "</body></html>"
    try:
        article = extract(page)
    except NewsjsonError as exc:
        assert exc.type in ("parse", "no_article")
    else:
        assert any("deeper than 255 levels" in w for w in article.warnings)


def test_gzip_bomb_is_refused_not_inflated():
    bomb = gzip.compress(b"<p>" + b"a" * 50_000_000)
    with pytest.raises(NewsjsonError) as info:
        extract(bomb, options=cli_main.Options(max_bytes=1_000_000))
    assert info.value.type == "too_large"


def test_a_hostile_folder_loses_no_good_record(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(HOSTILE, folder)
    (folder / "good.html").write_bytes(GOOD)
    (folder / "loop").mkdir()
    os.symlink("..", folder / "loop" / "back")  # a folder symlink loop
    os.symlink("missing.html", folder / "dangling.html")
    odd = os.fsencode(str(folder)) + b"/odd\nname-\xff.html"
    with open(odd, "wb") as fh:
        fh.write(GOOD)
    (folder / "bomb.html.gz").write_bytes(gzip.compress(b"<p>" + b"a" * 30_000_000))
    result = run([str(folder), "--jobs", "2", "--max-bytes", "5000000"])
    assert result.exit_code == 1
    records, errors = lines(result.stdout), lines(result.stderr)
    inputs = len(EXPECTED) + 4  # + good, dangling link, odd name, bomb
    assert len(records) + len(errors) == inputs
    titles = [r["title"] for r in records]
    assert titles.count("Volunteers count a record number of nesting terns on Gull Island") == 2
    odd_record = next(r for r in records if "odd" in r["source"]["path"])
    assert odd_record["source"]["path"].endswith("odd\nname-\ufffd.html")
    types = {e["source"]["path"].rsplit("/", 1)[-1]: e["error"]["type"] for e in errors}
    assert types["bomb.html.gz"] == "too_large"
    assert types["dangling.html"] == "read"


def test_unreadable_and_vanished_files_are_error_records(tmp_path, monkeypatch):
    for name in ("a.html", "b.html", "c.html"):
        (tmp_path / name).write_bytes(GOOD)
    real_open = open

    def guarded_open(path, *args, **kwargs):
        if str(path).endswith("a.html"):
            raise PermissionError(13, "Permission denied")
        if str(path).endswith("b.html"):
            (tmp_path / "c.html").unlink(missing_ok=True)  # deleted after the walk listed it
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(work, "open", guarded_open, raising=False)
    result = run([str(tmp_path), "--jobs", "1", "--quiet"])
    assert result.exit_code == 1
    assert [r["source"]["path"][-6:] for r in lines(result.stdout)] == ["b.html"]
    errors = {e["source"]["path"][-6:]: e["error"] for e in lines(result.stderr)}
    assert errors["a.html"]["type"] == "read" and "Permission denied" in errors["a.html"]["message"]
    assert errors["c.html"]["type"] == "read"
