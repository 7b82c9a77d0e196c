"""Golden samples: samples/<name> next to samples/<name>.expected.json.

Regenerate with NEWSJSON_REGENERATE=1 pytest tests/test_samples.py, then read the diff before committing.
"""
import os

import jsonschema
import orjson
import pytest

from newsjson import extract
from newsjson.extractors.schema import record_schema

from .conftest import SAMPLES

INPUTS = sorted(p for p in SAMPLES.iterdir() if not p.name.endswith(".expected.json"))


def sample_record(path):
    return extract(path.read_bytes(), path=f"samples/{path.name}").to_dict()


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_sample_matches_golden(path):
    record = sample_record(path)
    expected_path = path.with_name(path.name + ".expected.json")
    if os.environ.get("NEWSJSON_REGENERATE"):
        expected_path.write_bytes(orjson.dumps(record, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")
    expected = orjson.loads(expected_path.read_bytes())
    assert orjson.loads(orjson.dumps(record, option=orjson.OPT_SORT_KEYS)) == expected


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_sample_validates_against_schema(path):
    jsonschema.Draft202012Validator(record_schema()).validate(sample_record(path))


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_quote_text_is_body_slice(path):
    record = sample_record(path)
    for quote in record["quotes"]:
        assert record["body"][quote["start"]:quote["end"]] == quote["text"]
        for span in (quote["cue"], quote["speaker_mention"]):
            if span:
                assert record["body"][span["start"]:span["end"]] == span["text"]


def test_samples_cover_the_promised_cases():
    records = {p.name: sample_record(p) for p in INPUTS}
    formats = {r["source"]["format"] for r in records.values()}
    assert formats == {"html", "text"}
    assert any(r["source"]["encoding"] not in ("utf-8", None) and r["language"] != "en" for r in records.values())
    assert any(len(r["authors"]) == 2 for r in records.values())
