"""Find the inputs: files, folders walked lazily in sorted order, stdin, and the pages inside WARC files."""
from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from dataclasses import dataclass

from .shard import ALL, Shard, record_key
from .warc import WarcDamage, WarcOrigin, WarcSkip, is_warc, read_warc

DEFAULT_GLOBS = ("*.html", "*.htm", "*.xhtml", "*.txt", "*.warc")


@dataclass(frozen=True)
class Input:
    """One document to extract. ``file`` is read by the worker; stdin and WARC pages arrive as ``data``."""

    path: str  # as shown in source.path: the path given, or "-" for stdin
    rel: str  # where its output goes below --output, mirroring the input tree
    file: str | None = None
    data: bytes | None = None
    url: str | None = None
    warc: WarcOrigin | None = None


@dataclass(frozen=True)
class Unreadable:
    """A path that could not even be listed (missing, a symlink loop), or a damaged WARC record: an error record."""

    path: str
    message: str
    type: str = "read"
    rel: str = ""
    warc: WarcOrigin | None = None


@dataclass(frozen=True)
class Skipped:
    """A WARC record that is not a page (not HTML, not status 200, a revisit): counted, not extracted."""

    path: str
    reason: str


def display_path(path: str) -> str:
    """Paths with non-UTF-8 bytes in their name still get a printable, JSON-safe form."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def matches(name: str, globs: tuple[str, ...]) -> bool:
    base = name[:-3] if name.endswith(".gz") else name
    return any(fnmatch.fnmatch(base, g) or fnmatch.fnmatch(name, g) for g in globs)


Item = Input | Unreadable | Skipped


def iter_inputs(
    paths: list[str],
    globs: tuple[str, ...],
    read_stdin,
    *,
    shard: Shard = ALL,
    max_bytes: int = 20_000_000,
) -> Iterator[Item]:
    """Yield inputs in order: arguments as given, each folder's files sorted by path, a WARC's records in file order.

    Only the inputs of ``shard`` are yielded: files by their path, WARC pages by path and record number.
    """
    for item in _iter_all(paths, globs, read_stdin, shard):
        if isinstance(item, Input) and item.file is not None and is_warc(item.file):
            yield from _warc_inputs(item, shard, max_bytes)
        elif shard.takes(item.path):
            yield item


def _iter_all(paths: list[str], globs: tuple[str, ...], read_stdin, shard: Shard) -> Iterator[Input | Unreadable]:
    for arg in paths:
        if arg == "-":
            if shard.takes("-"):  # only the shard that owns stdin reads it
                yield Input(path="-", rel="stdin", data=read_stdin())
        elif os.path.isdir(arg):
            yield from _walk(arg, arg, globs)
        elif os.path.exists(arg):
            yield Input(path=display_path(arg), rel=os.path.basename(arg), file=arg)
        else:
            reason = "is a broken symbolic link" if os.path.islink(arg) else "does not exist"
            yield Unreadable(display_path(arg), f"{display_path(arg)} {reason}")


def _warc_inputs(warc: Input, shard: Shard, max_bytes: int) -> Iterator[Item]:
    """One Input per HTML page of a WARC file, its payload in ``data``; output names ``<warc name>/<record>``."""
    takes = lambda index: shard.takes(record_key(warc.path, index))  # noqa: E731
    for found in read_warc(warc.file, max_bytes=max_bytes, takes=takes):  # type: ignore[arg-type]
        rel = f"{warc.rel}/{found.index}"
        if isinstance(found, WarcSkip):
            yield Skipped(warc.path, found.reason)
        elif isinstance(found, WarcDamage):
            yield Unreadable(warc.path, found.message, type=found.type, rel=rel, warc=found.origin)
        else:
            yield Input(path=warc.path, rel=rel, data=found.payload, url=found.origin.target_uri, warc=found.origin)


def _walk(root: str, top: str, globs: tuple[str, ...]) -> Iterator[Input | Unreadable]:
    """Depth-first, sorted, one folder listed at a time; linked folders are not followed (no loops)."""
    try:
        entries = sorted(os.scandir(top), key=lambda e: e.name)
    except OSError as exc:
        yield Unreadable(display_path(top), f"cannot list folder: {exc.strerror or exc}")
        return
    for entry in entries:
        path = entry.path
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(root, path, globs)
            elif entry.is_file() and matches(entry.name, globs):
                yield Input(path=display_path(path), rel=os.path.relpath(path, root), file=path)
            elif entry.is_symlink() and not os.path.exists(path) and matches(entry.name, globs):
                yield Unreadable(display_path(path), f"{display_path(path)} is a broken or looping symbolic link")
        except OSError as exc:
            yield Unreadable(display_path(path), str(exc))
