"""The article record: typed dataclasses and their one JSON mapping.

Field names are a public contract (users' jq scripts read them): add fields
freely, but rename or retype one only with SCHEMA_VERSION bumped.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "1"

QuoteKind = Literal["direct", "partial", "indirect"]
SpeakerKind = Literal["person", "organization"]


# Where a page sits in a web crawl; present in a record only when it came from a WARC file.
WARC_SOURCE_FIELDS = ("warc_record_id", "warc_target_uri", "warc_date")


@dataclass
class Source:
    path: str | None = None
    format: Literal["html", "text"] = "text"
    encoding: str | None = None
    bytes: int = 0
    sha256: str | None = None
    warc_record_id: str | None = None
    warc_target_uri: str | None = None
    warc_date: str | None = None  # WARC-Date: when the crawler fetched the page


@dataclass
class Image:
    url: str | None = None
    caption: str | None = None
    credit: str | None = None


@dataclass
class Span:
    """A piece of the body: always ``body[start:end] == text``."""

    text: str
    start: int
    end: int


@dataclass
class Quote:
    text: str
    kind: QuoteKind
    start: int
    end: int
    speaker: str | None = None
    speaker_mention: Span | None = None
    cue: Span | None = None


@dataclass
class Speaker:
    name: str
    kind: SpeakerKind | None = None
    descriptions: list[str] = field(default_factory=list)
    quotes: int = 0


@dataclass
class Article:
    source: Source = field(default_factory=Source)
    url: str | None = None
    title: str | None = None
    description: str | None = None
    publisher: str | None = None
    language: str | None = None
    section: str | None = None
    authors: list[str] = field(default_factory=list)
    date_published: str | None = None
    date_modified: str | None = None
    tags: list[str] = field(default_factory=list)
    body: str = ""
    images: list[Image] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        record = {"schema_version": SCHEMA_VERSION, **_plain(self)}
        source = record["source"]
        if all(source[name] is None for name in WARC_SOURCE_FIELDS):
            for name in WARC_SOURCE_FIELDS:
                del source[name]
        return record


def _plain(value: Any) -> Any:
    """A record as dicts and lists, keys in field order; what asdict gives, at a third of its cost.

    The records hold only dataclasses, lists and plain values, so no deep copy is needed.
    """
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if hasattr(value, "__dataclass_fields__"):
        return {name: _plain(item) for name, item in vars(value).items()}
    return value
