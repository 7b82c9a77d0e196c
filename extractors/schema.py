"""The JSON Schema (draft 2020-12) of one record, as `newsjson schema` prints it."""
from __future__ import annotations

from typing import Any

from .record import SCHEMA_VERSION

_STR_OR_NULL = {"type": ["string", "null"]}
_STRINGS = {"type": "array", "items": {"type": "string"}}
_OFFSET = {"type": "integer", "minimum": 0}
_SPAN = {
    "type": "object",
    "required": ["text", "start", "end"],
    "properties": {"text": {"type": "string"}, "start": _OFFSET, "end": _OFFSET},
}
_DATE = {
    "type": ["string", "null"],
    "pattern": r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$",
}


def record_schema() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://newsjson.invalid/schema/record-{SCHEMA_VERSION}.json",
        "title": "newsjson article record",
        "type": "object",
        "required": [
            "schema_version", "source", "url", "title", "description", "publisher", "language",
            "section", "authors", "date_published", "date_modified", "tags", "body", "images",
            "quotes", "speakers", "warnings",
        ],
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION},
            "source": {
                "type": "object",
                "required": ["path", "format", "encoding", "bytes", "sha256"],
                "properties": {
                    "path": _STR_OR_NULL,
                    "format": {"enum": ["html", "text"]},
                    "encoding": _STR_OR_NULL,
                    "bytes": _OFFSET,
                    "sha256": {"type": ["string", "null"], "pattern": "^[0-9a-f]{64}$"},
                    # only in records of pages read from a WARC file
                    "warc_record_id": _STR_OR_NULL,
                    "warc_target_uri": _STR_OR_NULL,
                    "warc_date": _STR_OR_NULL,
                },
            },
            "url": _STR_OR_NULL,
            "title": _STR_OR_NULL,
            "description": _STR_OR_NULL,
            "publisher": _STR_OR_NULL,
            "language": {"type": ["string", "null"], "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},
            "section": _STR_OR_NULL,
            "authors": _STRINGS,
            "date_published": _DATE,
            "date_modified": _DATE,
            "tags": _STRINGS,
            "body": {"type": "string"},
            "images": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["url", "caption", "credit"],
                    "properties": {"url": _STR_OR_NULL, "caption": _STR_OR_NULL, "credit": _STR_OR_NULL},
                },
            },
            "quotes": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["text", "kind", "start", "end", "speaker", "speaker_mention", "cue"],
                    "properties": {
                        "text": {"type": "string"},
                        "kind": {"enum": ["direct", "partial", "indirect"]},
                        "start": _OFFSET,
                        "end": _OFFSET,
                        "speaker": _STR_OR_NULL,
                        "speaker_mention": {"oneOf": [{"type": "null"}, _SPAN]},
                        "cue": {"oneOf": [{"type": "null"}, _SPAN]},
                    },
                },
            },
            "speakers": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["name", "kind", "descriptions", "quotes"],
                    "properties": {
                        "name": {"type": "string"},
                        "kind": {"enum": ["person", "organization", None]},
                        "descriptions": _STRINGS,
                        "quotes": _OFFSET,
                    },
                },
            },
            "warnings": _STRINGS,
        },
    }
