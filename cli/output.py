"""Where records go: JSON Lines on stdout, or one file per input below --output, written atomically."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def output_path(out_dir: Path, rel: str) -> Path:
    """``a/b.html.gz`` -> ``OUT/a/b.json``; never a path outside ``out_dir``."""
    parts = [p for p in Path(rel).parts if p not in ("", ".", "..", os.sep)]
    if not parts:
        parts = ["stdin"]
    name = parts[-1]
    for suffix in (".gz", ".html", ".htm", ".xhtml", ".txt", ".warc"):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
    target = out_dir.joinpath(*parts[:-1], name + ".json")
    root = out_dir.resolve()
    if root not in target.resolve().parents:
        raise ValueError(f"refusing to write outside {out_dir}: {rel}")
    return target


def write_atomic(target: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename: no half-written JSON, ever."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".json.part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.write(b"\n")
        os.replace(tmp, target)
    except BaseException:
        os.unlink(tmp)
        raise
