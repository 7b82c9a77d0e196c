"""Small WARC files for tests, written with FastWARC's own writer."""
from __future__ import annotations

import io
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from fastwarc.stream_io import GzipWriter
from fastwarc.warc import WarcRecord, WarcRecordType


def page(n: int) -> bytes:
    """A small news page whose title and body name its number."""
    return (
        f"<html><head><title>Harbour report {n}</title></head><body><article><h1>Harbour report {n}</h1>"
        f"<p>The harbour office counted {n} sailing boats at the moorings on Tuesday morning, the harbour master said.</p>"
        f"<p>Report {n} also notes that the northern pier will be resurfaced before the summer season begins.</p>"
        "</article></body></html>"
    ).encode()


@dataclass
class Fetch:
    """One record to write: a response by default."""

    uri: str
    body: bytes = b""
    status: str = "200 OK"
    content_type: str = "text/html; charset=utf-8"
    kind: str = "response"  # a WarcRecordType name: response, revisit, resource
    http_headers: list[tuple[str, str]] = field(default_factory=list)
    record_id: str = field(default_factory=lambda: f"uuid:{uuid.uuid4()}")


def http_block(fetch: Fetch) -> bytes:
    headers = [("Content-Type", fetch.content_type), *fetch.http_headers]
    if not any(name.lower() == "transfer-encoding" for name, _ in headers):
        headers.append(("Content-Length", str(len(fetch.body))))
    head = f"HTTP/1.1 {fetch.status}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    return head.encode() + fetch.body


def write_warc(path: Path, fetches: list[Fetch], *, gzip: bool = True, warcinfo: bool = True) -> Path:
    """A WARC file, gzipped per record (one gzip member each) or uncompressed."""
    raw = io.BytesIO()
    out = GzipWriter(raw) if gzip else raw
    records = []
    if warcinfo:
        info = WarcRecord()
        info.init_headers(WarcRecordType.warcinfo, f"uuid:{uuid.uuid4()}".encode())
        info.headers["Content-Type"] = "application/warc-fields"
        info.set_bytes_content(b"software: newsjson tests\r\n")
        records.append(info)
    for fetch in fetches:
        record = WarcRecord()
        record.init_headers(getattr(WarcRecordType, fetch.kind), fetch.record_id.encode())
        record.headers["WARC-Target-URI"] = fetch.uri
        record.headers["WARC-Date"] = "2024-05-06T07:08:09Z"
        if fetch.kind == "revisit":
            record.headers["WARC-Profile"] = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
        record.headers["Content-Type"] = "application/http; msgtype=response"
        record.set_bytes_content(http_block(fetch))
        records.append(record)
    for record in records:
        record.write(out)
        if gzip:
            out.finish()
    if gzip:
        out.flush()
    path.write_bytes(raw.getvalue())
    return path
