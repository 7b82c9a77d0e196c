import gzip
import os
import subprocess
import sys

import orjson
from typer.testing import CliRunner

from newsjson.cli import main as cli_main

from .conftest import SAMPLES

PAGE = b"""<html><head><title>Ferry returns</title></head><body><article><h1>Ferry returns</h1>
<p>The island ferry returned to service on Monday after a month in dry dock, the operator said.</p>
<p>Passengers had used a smaller charter boat while the hull was repainted and the engines serviced.</p>
</article></body></html>"""


def run(args, stdin=None):
    return CliRunner().invoke(cli_main.app, args, input=stdin, prog_name="newsjson")


def records(text):
    return [orjson.loads(line) for line in text.splitlines() if line.strip()]


def test_stdin_gives_one_record():
    result = run(["-", "--quiet"], stdin=PAGE)
    assert result.exit_code == 0, result.output
    [record] = records(result.stdout)
    assert record["source"]["path"] == "-"
    assert record["title"] == "Ferry returns"
    assert "dry dock" in record["body"]


def test_folder_is_walked_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.html").write_bytes(PAGE)
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(PAGE))
    (tmp_path / "c.txt").write_text("A headline\n\nA first paragraph of the story, long enough to keep.\n")
    (tmp_path / "skip.json").write_text("{}")
    result = run([str(tmp_path), "--quiet", "--jobs", "2"])
    assert result.exit_code == 0, result.output
    paths = [r["source"]["path"] for r in records(result.stdout)]
    assert paths == [str(tmp_path / "a.html.gz"), str(tmp_path / "b" / "2.html"), str(tmp_path / "c.txt")]


def test_bad_input_among_good_ones(tmp_path):
    (tmp_path / "1.html").write_bytes(PAGE)
    (tmp_path / "2.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    (tmp_path / "3.html").write_bytes(PAGE)
    result = run([str(tmp_path), "--jobs", "1"])
    assert result.exit_code == 1
    assert [r["source"]["path"] for r in records(result.stdout)] == [str(tmp_path / "1.html"), str(tmp_path / "3.html")]
    error = orjson.loads(result.stderr.splitlines()[0])
    assert error["source"]["path"] == str(tmp_path / "2.html")
    assert error["error"]["type"] == "binary" and error["error"]["message"]
    assert "2 ok, 1 failed" in result.stderr


def test_missing_path_is_an_error_record_not_a_crash(tmp_path):
    (tmp_path / "1.html").write_bytes(PAGE)
    result = run([str(tmp_path / "nope.html"), str(tmp_path / "1.html"), "--quiet"])
    assert result.exit_code == 1
    assert len(records(result.stdout)) == 1
    assert orjson.loads(result.stderr)["error"]["type"] == "read"


def test_output_folder_is_mirrored_atomic_and_resumable(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    (src / "sub").mkdir(parents=True)
    (src / "one.html").write_bytes(PAGE)
    (src / "sub" / "two.htm").write_bytes(PAGE)
    result = run([str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == ["one.json", "sub/two.json"]  # no temporary files left behind
    assert orjson.loads((out / "one.json").read_bytes())["title"] == "Ferry returns"

    (out / "one.json").write_text("kept")  # an earlier run's file is not redone...
    result = run([str(src), "-o", str(out)])
    assert "0 ok" in result.stderr and "2 skipped" in result.stderr
    assert (out / "one.json").read_text() == "kept"
    result = run([str(src), "-o", str(out), "--overwrite"])  # ...unless asked
    assert orjson.loads((out / "one.json").read_bytes())["title"] == "Ferry returns"


def test_output_never_replaces_an_input(tmp_path):
    (tmp_path / "page.html").write_bytes(PAGE)
    (tmp_path / "page.json").write_bytes(PAGE)  # also an input under these globs
    args = [str(tmp_path), "-o", str(tmp_path), "--glob", "*.html", "--glob", "*.json", "--overwrite", "--quiet"]
    result = run(args)
    assert result.exit_code == 1
    assert orjson.loads(result.stderr.splitlines()[0])["error"]["type"] == "output"
    assert (tmp_path / "page.json").read_bytes() == PAGE


def test_pretty_for_a_single_input_on_a_terminal(monkeypatch):
    monkeypatch.setattr(cli_main, "is_terminal", lambda stream: True)
    result = run([str(SAMPLES / "two-authors.html"), "--quiet"])
    assert result.stdout.startswith("{\n  ")
    result = run([str(SAMPLES / "two-authors.html"), "--quiet", "--compact"])
    assert result.stdout.count("\n") == 1


def test_stdout_holds_only_json_even_with_progress(monkeypatch):
    monkeypatch.setattr(cli_main, "is_terminal", lambda stream: True)
    monkeypatch.setenv("NO_COLOR", "1")
    result = run([str(SAMPLES), "--compact"])
    assert result.exit_code == 0
    assert len(records(result.stdout)) == len([p for p in SAMPLES.iterdir() if not p.name.endswith(".json")])
    assert "\x1b[" not in result.stdout


def test_schema_and_version():
    schema = orjson.loads(run(["schema"]).stdout)
    assert schema["$schema"].endswith("2020-12/schema")
    assert "quotes" in schema["properties"]
    assert run(["--version"]).stdout.startswith("newsjson ")


def test_usage_error_exits_2():
    assert run(["--no-such-option", "x"]).exit_code == 2


def test_every_command_and_option_has_help():
    from typer.main import get_command

    group = get_command(cli_main.app)
    for name, command in group.commands.items():
        assert command.help, name
        for param in command.params:
            if param.param_type_name == "option":
                assert param.help, f"{name} {param.opts}"


def test_real_subprocess_run(tmp_path):
    (tmp_path / "p.html").write_bytes(PAGE)
    proc = subprocess.run(
        [sys.executable, "-m", "newsjson", str(tmp_path / "p.html"), str(SAMPLES / "two-authors.html")],
        capture_output=True, env={**os.environ, "NO_COLOR": "1"}, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert [r["title"] for r in records(proc.stdout.decode())][0] == "Ferry returns"
    assert b"2 ok, 0 failed" in proc.stderr
