"""`--shard I/N`: a deterministic 1/N slice of the inputs, so any scheduler can split a crawl.

A key (a path, or a WARC path and record number) belongs to the shard its stable hash
names; N runs with I = 0..N-1 together cover every key exactly once, with no coordination.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

_SHARD = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


@dataclass(frozen=True)
class Shard:
    index: int
    count: int

    def takes(self, key: str) -> bool:
        if self.count == 1:
            return True
        # blake2b, not hash(): Python salts str hashes per process, and shards run in different processes
        digest = hashlib.blake2b(key.encode("utf-8", "surrogateescape"), digest_size=8).digest()
        return int.from_bytes(digest, "big") % self.count == self.index


ALL = Shard(0, 1)


def parse_shard(text: str) -> Shard:
    """``"2/8"`` -> Shard(2, 8); ValueError with a readable reason otherwise."""
    match = _SHARD.match(text)
    if not match:
        raise ValueError(f"expected I/N such as 0/4, got {text!r}")
    index, count = int(match.group(1)), int(match.group(2))
    if count < 1 or not 0 <= index < count:
        raise ValueError(f"need 0 <= I < N, got {index}/{count}")
    return Shard(index, count)


def record_key(path: str, index: int) -> str:
    """The shard key of one WARC record: its file and its position in it."""
    return f"{path}#{index}"
