"""Resolve quote speakers to names (first version: names at the cue only)."""
from __future__ import annotations

from dataclasses import replace

from .record import Quote, Speaker


def attribute_speakers(text: str, quotes: list[Quote]) -> tuple[list[Quote], list[Speaker]]:
    out = []
    counts: dict[str, int] = {}
    for q in quotes:
        name = None
        m = q.speaker_mention
        if m is not None and m.text[:1].isupper() and m.text.lower() not in ("he", "she", "they", "it", "we", "i"):
            name = m.text
        out.append(replace(q, speaker=name))
        if name:
            counts[name] = counts.get(name, 0) + 1
    return out, [Speaker(n, None, [], c) for n, c in counts.items()]
