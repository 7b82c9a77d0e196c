"""Read a WARC file as a stream of pages: one HTML response record at a time, memory flat.

A web crawl stores every fetch (requests, redirects, images, robots.txt, revisits of
unchanged pages) in one file of many GB; only successful HTML responses are articles.
Records are numbered by their position in the file (every record type counts), so a
record's number, and with it its output name and its shard, never depends on filters.
"""
from __future__ import annotations

import io
import os
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from fastwarc.stream_io import BrotliReader, ChunkedReader
from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

# Why a response record is not a page; the CLI's summary counts each reason.
NOT_HTML = "not HTML"
NOT_OK = "status not 200"
REVISIT = "revisit"


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


@dataclass(frozen=True)
class WarcOrigin:
    """Where a page came from in the crawl: it goes into the record's ``source``."""

    record_id: str | None
    target_uri: str | None
    date: str | None


@dataclass(frozen=True)
class WarcPage:
    """An HTML response: its payload (HTTP transfer and content encodings undone)."""

    index: int
    origin: WarcOrigin
    payload: bytes


@dataclass(frozen=True)
class WarcSkip:
    index: int
    reason: str


@dataclass(frozen=True)
class WarcDamage:
    """A record that gives no page: cut short, unparseable, too large or undecodable.

    Reading goes on after one: each record is judged on its own, as each shard must judge it.
    """

    index: int
    message: str
    type: str = "warc"  # the error record's type: warc, too_large, decode
    origin: WarcOrigin | None = None


WarcItem = WarcPage | WarcSkip | WarcDamage


def read_warc(
    path: str,
    *,
    max_bytes: int,
    takes: Callable[[int], bool] = lambda index: True,
) -> Iterator[WarcItem]:
    """Yield the pages, skips and damage of one WARC file, for the record numbers ``takes`` accepts.

    Records not taken are passed over without reading their payload, so N shards
    of one file each decompress it but only extract their own pages.
    """
    index = -1
    last: WarcRecord | None = None
    try:
        with open(path, "rb") as fh:
            records = ArchiveIterator(fh, record_types=WarcRecordType.any_type, parse_http=False)
            for index, record in enumerate(records):
                last = record
                if not takes(index):
                    continue
                item = _read_record(index, record, max_bytes)
                if item is not None:
                    yield item
    except OSError as exc:  # a broken gzip member, an unreadable file
        index += 1
        if takes(index):
            yield WarcDamage(index, f"cannot read WARC record {index}: {exc.strerror or exc}")
        return
    if _ends_in_garbage(path, last) and takes(index + 1):
        index += 1
        message = f"WARC record {index} is cut short: the file ends in its first bytes" if index else \
            "no WARC record found in the file"
        yield WarcDamage(index, message)


def _read_record(index: int, record: WarcRecord, max_bytes: int) -> WarcItem | None:
    headers = record.headers
    if not (headers.get("Content-Length") or "").strip().isdigit() or headers.get("WARC-Record-ID") is None:
        return WarcDamage(index, f"WARC record {index} has incomplete headers (the file is cut short)")
    record_type = record.record_type
    origin = WarcOrigin(
        record_id=headers.get("WARC-Record-ID"),
        target_uri=_clean_uri(headers.get("WARC-Target-URI")),
        date=headers.get("WARC-Date"),
    )

    def skip(reason: str) -> WarcItem:
        # A record cut inside its headers looks like one without a Content-Type: only its length tells.
        if _block_is_short(record):
            return WarcDamage(index, f"WARC record {index} is cut short", "warc", origin)
        return WarcSkip(index, reason)

    if record_type == WarcRecordType.revisit:
        return skip(REVISIT)
    if record_type not in (WarcRecordType.response, WarcRecordType.resource):
        return None  # requests, metadata, warcinfo: never pages, not worth a count
    block_type = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if record_type == WarcRecordType.resource:  # a stored file, no HTTP exchange around it
        if block_type not in HTML_TYPES:
            return skip(NOT_HTML)
        return _page(index, origin, record, record.content_length, max_bytes, {})
    if block_type != "application/http":  # dns: lookups and the like
        return skip(NOT_HTML)
    record.parse_http(auto_decode="none")
    http = record.http_headers
    if http is None or http.status_code is None:
        return WarcDamage(index, f"WARC record {index} has incomplete HTTP headers (the file is cut short)",
                          "warc", origin)
    if http.status_code != 200:
        return skip(NOT_OK)
    if (record.http_content_type or "").lower() not in HTML_TYPES:
        return skip(NOT_HTML)
    encodings = {
        "transfer": (http.get("Transfer-Encoding") or "").strip().lower(),
        "content": (http.get("Content-Encoding") or "").strip().lower(),
    }
    return _page(index, origin, record, record.content_length, max_bytes, encodings)


def _page(index: int, origin: WarcOrigin, record: WarcRecord, length: int, max_bytes: int,
          encodings: dict[str, str]) -> WarcItem:
    raw = record.reader.read(max_bytes + 1)
    if len(raw) > max_bytes:
        return WarcDamage(index, f"WARC record {index} is over the limit of {max_bytes} bytes", "too_large", origin)
    if len(raw) < length:
        return WarcDamage(index, f"WARC record {index} is cut short: {len(raw)} of {length} bytes", "warc", origin)
    try:
        payload = _decode_payload(raw, encodings, max_bytes)
    except (OSError, zlib.error) as exc:
        return WarcDamage(index, f"WARC record {index}: cannot undo the HTTP encoding: {exc}", "decode", origin)
    if payload is None:
        message = f"WARC record {index} is over the limit of {max_bytes} bytes once decompressed"
        return WarcDamage(index, message, "too_large", origin)
    return WarcPage(index, origin, payload)


def _block_is_short(record: WarcRecord) -> bool:
    """Read a record to its end (the reader must pass over it anyway) and tell if bytes were missing."""
    expected = record.content_length
    seen = 0
    while chunk := record.reader.read(1 << 16):
        seen += len(chunk)
    return seen < expected


def _decode_payload(raw: bytes, encodings: dict[str, str], max_bytes: int) -> bytes | None:
    """Undo chunking and gzip/deflate/br as the crawler stored them; None when it inflates past the limit."""
    data = raw
    if encodings.get("transfer") == "chunked":
        data = ChunkedReader(io.BytesIO(data)).read(max_bytes + 1)
    content = encodings.get("content", "")
    if content in ("gzip", "x-gzip", "deflate"):
        # wbits 47 reads gzip and zlib framing; some servers send bare deflate for "deflate"
        try:
            inflater = zlib.decompressobj(47)
            data = inflater.decompress(data, max_bytes + 1)
        except zlib.error:
            inflater = zlib.decompressobj(-15)
            data = inflater.decompress(data, max_bytes + 1)
    elif content == "br":
        data = BrotliReader(io.BytesIO(data)).read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def _clean_uri(uri: str | None) -> str | None:
    # WARC/1.0 writers (wget among them) wrap the target URI in angle brackets.
    if uri is None:
        return None
    uri = uri.strip()
    if uri.startswith("<") and uri.endswith(">"):
        uri = uri[1:-1]
    return uri or None


def _ends_in_garbage(path: str, last: WarcRecord | None) -> bool:
    """Bytes after the last record that the reader passed over silently: a record cut in its first bytes."""
    if last is None:
        return os.path.getsize(path) > 0
    start = last.stream_pos
    with open(path, "rb") as fh:
        fh.seek(start)
        head = fh.read(2)
        fh.seek(start)
        if head == b"\x1f\x8b":
            end = _gzip_member_end(fh, start)
        else:
            end = _plain_record_end(fh, start, last)
        if end is None:
            return False  # the last record itself is judged by its own length check
        fh.seek(end)
        rest = fh.read(4096)
    return bool(rest.strip(b"\r\n\x00 "))


def _gzip_member_end(fh, start: int) -> int | None:
    """End of the gzip member at ``start``; None past 64 MB (a file gzipped whole, not per record)."""
    inflater = zlib.decompressobj(31)
    consumed = 0
    while not inflater.eof and consumed < 64 << 20:
        chunk = fh.read(1 << 16)
        if not chunk:
            return None
        inflater.decompress(chunk, 1 << 20)
        while inflater.unconsumed_tail and not inflater.eof:
            inflater.decompress(inflater.unconsumed_tail, 1 << 20)
        consumed += len(chunk)
    if not inflater.eof:
        return None
    return start + consumed - len(inflater.unused_data)


def _plain_record_end(fh, start: int, last: WarcRecord) -> int | None:
    head = fh.read(1 << 16)
    header_end = head.find(b"\r\n\r\n")
    length = last.headers.get("Content-Length")
    if header_end < 0 or length is None or not length.strip().isdigit():
        return None
    return start + header_end + 4 + int(length) + 4
