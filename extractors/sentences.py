"""Split a paragraph into the writer's sentences, keeping quotations whole.

A boundary inside a quotation ("We won. We will win again," she said) is not
a boundary of the writer's sentence, so callers pass the quoted spans.
"""
from __future__ import annotations

import bisect
import re

# A sentence ends at . ! ? (and closing marks after it) followed by space and
# something that can start a sentence.
_AFTER_END = r"[\"\u201d\u2019')\]]*(\s+)(?=(?:''|[\"\u201c\u2018'(\[])?[A-Z0-9\u00c0-\u024f])"
_BOUNDARY = re.compile(r"[.!?]" + _AFTER_END)
# The same boundary after a full stop only, for the paragraphs that hold no "!"
# or "?" (most): a pattern that opens on one plain character is scanned for in
# C, where one that opens on a class tests each character in turn.
_STOP_BOUNDARY = re.compile(r"\." + _AFTER_END)
# Abbreviations after which a period does not end a sentence ("Sen. Kent",
# "Jan. 5", "U.S. officials" is handled by the capital-dot-capital test).
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen rep gov gen lt col capt sgt adm maj cpl pvt st jr sr prof rev "
    "hon pres supt insp det corp inc ltd co no vs etc jan feb mar apr aug sept sep oct "
    "nov dec ft mt messrs mme mlle atty dist reps sens govs cmdr cdr brig".split())
# The next words are a cue for the quotation before them: '"We won." Smith said.'
_CUE_AHEAD = re.compile(
    r"(?:[\w.'\u2019\-]+\s+){0,4}?(?:said|says|added|adds|told|tells|asked|wrote|writes|explained|"
    r"noted|continued|recalled|insisted|argued|warned|declared)\b")
# The letters right before a full stop.  (Tried only where a word starts: a
# search tried at every letter re-read each word to its end.  A word longer than
# the 12 characters read is not found, where a part of it was: neither is an
# abbreviation or an initial.)
_WORD_BEFORE_DOT = re.compile(r"(?<![A-Za-z])([A-Za-z]++)\.$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """The full stop at ``dot`` ends an abbreviation or an initial."""
    m = _WORD_BEFORE_DOT.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1)
    if word.lower() in _ABBREVIATIONS:
        return True
    # an initial: "John F. Kennedy", "U.S. Sen." (single letter before the dot)
    return len(word) == 1 and word.isupper()


def sentence_spans(text: str, lo: int, hi: int,
                   quoted: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence in text[lo:hi]; boundaries inside a quoted
    span (open mark .. close mark) are skipped."""
    spans = []
    starts = [a for a, _ in quoted] if quoted else []
    start = lo
    stops_only = text.find("!", lo, hi) < 0 and text.find("?", lo, hi) < 0
    for m in (_STOP_BOUNDARY if stops_only else _BOUNDARY).finditer(text, lo, hi):
        dot = m.start()
        if text[dot] == "." and _is_abbreviation(text, dot):
            continue
        if quoted:
            i = bisect.bisect_right(starts, dot) - 1
            if i >= 0 and quoted[i][0] < dot < quoted[i][1] and not (
                    text[dot] == "." and quoted[i][1] == m.start(1) and quoted[i][0] > start
                    and (len(text[start:quoted[i][0]].split()) >= 3
                         and not text[start:quoted[i][0]].rstrip().endswith(":")
                         or not _CUE_AHEAD.match(text, m.end(1), hi))):
                # a boundary inside a quotation, unless a quoted phrase ends
                # the writer's sentence ('... "a tired idea." Kent ...'),
                # even when the next one reports ('She called him "a failed
                # candidate." He said ...'): a quote that opens its sentence
                # may be the one the next words attribute, a quote at its end not
                continue
        end = m.start(1)
        if end > start:
            spans.append((start, end))
        start = m.end(1)
    if hi > start:
        spans.append((start, hi))
    return spans
