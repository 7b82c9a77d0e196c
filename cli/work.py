"""One unit of work, run in the main process or a worker: read, extract, serialise."""
from __future__ import annotations

from dataclasses import dataclass

import orjson

from newsjson.extractors.core import Options, extract
from newsjson.extractors.errors import NewsjsonError, TooLarge

from .inputs import Input
from .warc import WarcOrigin


@dataclass(frozen=True)
class Result:
    ok: bool
    line: bytes  # the record (ok) or the error record, serialised, without a newline
    rel: str = ""  # the input's place in its tree, for --output


def failed(path: str, rel: str, type_: str, message: str, warc: WarcOrigin | None = None) -> Result:
    """The error record for one input: it goes to stderr, and the run goes on."""
    source: dict[str, str | None] = {"path": path}
    if warc is not None:
        source.update(warc_record_id=warc.record_id, warc_target_uri=warc.target_uri, warc_date=warc.date)
    line = orjson.dumps({"source": source, "error": {"type": type_, "message": message}})
    return Result(False, line, rel)


def input_failed(item: Input, type_: str, message: str) -> Result:
    return failed(item.path, item.rel, type_, message, item.warc)


def read_input(item: Input, max_bytes: int) -> bytes:
    if item.data is not None:
        return item.data
    with open(item.file, "rb") as fh:  # type: ignore[arg-type]
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLarge(f"input is over the limit of {max_bytes} bytes")
    return data


def run_one(item: Input, options: Options, pretty: bool) -> Result:
    try:
        data = read_input(item, options.max_bytes)
        article = extract(data, path=item.path, url=item.url, options=options)
        if item.warc is not None:
            article.source.warc_record_id = item.warc.record_id
            article.source.warc_target_uri = item.warc.target_uri
            article.source.warc_date = item.warc.date
        record = article.to_dict()
    except NewsjsonError as exc:
        return input_failed(item, exc.type, exc.message)
    except OSError as exc:
        return input_failed(item, "read", f"cannot read input: {exc.strerror or exc}")
    except RecursionError:
        return input_failed(item, "parse", "document is nested too deeply")
    except Exception as exc:  # a bug in newsjson or a library: report it, keep the run going
        return input_failed(item, "internal", f"{type(exc).__name__}: {exc}")
    option = orjson.OPT_INDENT_2 if pretty else 0
    return Result(True, orjson.dumps(record, option=option), item.rel)
