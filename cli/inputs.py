"""Find the inputs: files, folders walked lazily in sorted order, or stdin."""
from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from dataclasses import dataclass

DEFAULT_GLOBS = ("*.html", "*.htm", "*.xhtml", "*.txt")


@dataclass(frozen=True)
class Input:
    """One document to extract. ``file`` is read by the worker; stdin arrives as ``data``."""

    path: str  # as shown in source.path: the path given, or "-" for stdin
    rel: str  # where its output goes below --output, mirroring the input tree
    file: str | None = None
    data: bytes | None = None


@dataclass(frozen=True)
class Unreadable:
    """A path that could not even be listed (missing, a symlink loop): an error record."""

    path: str
    message: str


def display_path(path: str) -> str:
    """Paths with non-UTF-8 bytes in their name still get a printable, JSON-safe form."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def matches(name: str, globs: tuple[str, ...]) -> bool:
    base = name[:-3] if name.endswith(".gz") else name
    return any(fnmatch.fnmatch(base, g) or fnmatch.fnmatch(name, g) for g in globs)


def iter_inputs(paths: list[str], globs: tuple[str, ...], read_stdin) -> Iterator[Input | Unreadable]:
    """Yield inputs in order: arguments as given, each folder's files sorted by path."""
    for arg in paths:
        if arg == "-":
            yield Input(path="-", rel="stdin", data=read_stdin())
        elif os.path.isdir(arg):
            yield from _walk(arg, arg, globs)
        elif os.path.exists(arg):
            yield Input(path=display_path(arg), rel=os.path.basename(arg), file=arg)
        else:
            reason = "is a broken symbolic link" if os.path.islink(arg) else "does not exist"
            yield Unreadable(display_path(arg), f"{display_path(arg)} {reason}")


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
