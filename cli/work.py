"""One unit of work, run in the main process or a worker: read, extract, serialise."""
from __future__ import annotations

from dataclasses import dataclass

import orjson

from newsjson.extractors.core import Options, extract
from newsjson.extractors.errors import NewsjsonError, TooLarge

from .inputs import Input


@dataclass(frozen=True)
class Result:
    ok: bool
    line: bytes  # the record (ok) or the error record, serialised, without a newline
    rel: str = ""  # the input's place in its tree, for --output


def failed(path: str, rel: str, type_: str, message: str) -> Result:
    """The error record for one input: it goes to stderr, and the run goes on."""
    line = orjson.dumps({"source": {"path": path}, "error": {"type": type_, "message": message}})
    return Result(False, line, rel)


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
        record = extract(data, path=item.path, options=options).to_dict()
    except NewsjsonError as exc:
        return failed(item.path, item.rel, exc.type, exc.message)
    except OSError as exc:
        return failed(item.path, item.rel, "read", f"cannot read input: {exc.strerror or exc}")
    except RecursionError:
        return failed(item.path, item.rel, "parse", "document is nested too deeply")
    except Exception as exc:  # a bug in newsjson or a library: report it, keep the run going
        return failed(item.path, item.rel, "internal", f"{type(exc).__name__}: {exc}")
    option = orjson.OPT_INDENT_2 if pretty else 0
    return Result(True, orjson.dumps(record, option=option), item.rel)
