"""Pair quotation marks into quoted spans, paragraph by paragraph.

Only the marks are read here (no speech verbs): which characters open and
close a quotation, where apostrophes are not quotes, and which paragraphs
carry on a quotation left open by the paragraph before.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Opening / closing glyphs that can only mean one thing.
_DOUBLE_OPEN = "\u201c\u201e\u00ab\u300c\u300e"  # “ „ « 「 『
_DOUBLE_CLOSE = "\u201d\u00bb\u300d\u300f"  # ” » 」 』
_DOUBLE_BOTH = '"'
_SINGLE_OPEN = "\u2018\u201a\u2039"  # ‘ ‚ ‹
_SINGLE_CLOSE = "\u2019\u203a"  # ’ ›
_SINGLE_BOTH = "'"
DOUBLE_MARKS = _DOUBLE_OPEN + _DOUBLE_CLOSE + _DOUBLE_BOTH
SINGLE_MARKS = _SINGLE_OPEN + _SINGLE_CLOSE + _SINGLE_BOTH
ALL_MARKS = DOUBLE_MARKS + SINGLE_MARKS

# Two straight apostrophes stand for a double mark in some wire and archive
# text (''We will win,'' he said).
# (the marks written to open on one character class, which the scan skips
# ahead to in C, and to ask for the second apostrophe afterwards: a pattern that
# opens on a choice is tried at every character of the paragraph)
_DOUBLE_RE = re.compile("[" + re.escape(DOUBLE_MARKS) + "'](?:(?<=')'|(?<=[" + re.escape(DOUBLE_MARKS) + "]))")
_SINGLE_RE = re.compile("[" + re.escape(SINGLE_MARKS) + "]")
# A mark that may quote: a double mark, or a single mark with no letter or digit
# on one side (one with a letter or digit on both sides, the apostrophe of
# "it’s" or "O'Connor", neither opens nor closes).  (A paragraph without one
# quotes nothing and leaves nothing open; most paragraphs hold apostrophes only.
# Written to open on one character class, the mark, its sides checked after it.)
_QUOTING_MARK = re.compile("[" + re.escape(ALL_MARKS) + "](?:(?<=[" + re.escape(DOUBLE_MARKS) + "])"
                           "|(?<![^\\W_].)|(?![^\\W_]))")
# Characters after which a straight mark opens rather than closes.
_OPEN_CONTEXT = set(" \t([{\u2014\u2013-/:;\u00a0")


@dataclass(slots=True, unsafe_hash=True)
class QuotedSpan:
    """Text between a pair of marks (marks excluded), within one paragraph.
    (Never changed once made; not frozen, whose every field is set through
    object.__setattr__: a text makes one per quotation, each read a few times.)"""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int  # offset of the closing mark, or -1 when the paragraph ends open
    continues: bool = False  # opened by a paragraph that carries on an open quotation
    nested: bool = False  # a quotation inside another quotation


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line: a paragraph never spans a newline."""
    return list(_paragraph_spans(text))


@lru_cache(maxsize=4)
def _paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    # (cached: the quote finder and the speaker resolver both split the same body)
    spans = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            spans.append((pos, end))
        pos = end + 1
    return tuple(spans)


def _side(text: str, i: int, lo: int, hi: int) -> tuple[str, str]:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return before, after


def _double_role(text: str, i: int, lo: int, hi: int, inside: bool, j: int | None = None) -> str | None:
    """'open', 'close' or None for the double mark text[i:j] (one character
    unless it is a doubled apostrophe)."""
    j = i + 1 if j is None else j
    ch = text[i:j]
    before = text[i - 1] if i > lo else " "
    after = text[j] if j < hi else " "
    if j - i == 2 and before.isalnum() and after.isalnum():
        return None  # a doubled apostrophe inside a word: don''t
    opens_by_context = (before.isspace() or before in _OPEN_CONTEXT or i == lo) and not after.isspace()
    closes_by_context = not before.isspace() and (after.isspace() or not after.isalnum())
    if ch in _DOUBLE_OPEN:
        # a typed “ after a word and before a space closes (“word“ typo)
        return "close" if inside and closes_by_context and not opens_by_context else "open"
    if ch in _DOUBLE_CLOSE:
        return "open" if not inside and opens_by_context and not closes_by_context else "close"
    if inside:
        return "close" if not opens_by_context or closes_by_context else "open"
    return "open" if opens_by_context or not closes_by_context else "close"


def _single_role(text: str, i: int, lo: int, hi: int) -> str | None:
    """Single marks quote only at word edges: don't, O'Connor, the '90s are apostrophes."""
    before, after = _side(text, i, lo, hi)
    if before.isalnum() and after.isalnum():
        return None  # don't, O’Connor
    if after.isdigit() and not before.isalnum():
        return None  # the ’90s
    if before.isalpha() and text[i - 1:i] in "sS" and not after.isalnum():
        # the players’ union: a plural possessive, unless it plainly closes
        return "close?"
    if not before.isalnum() and before not in ".,!?;:-\u2014\u2013" and after.isalnum() or (
            before.isspace() and not after.isspace()):
        return "open"
    if not after.isalnum():
        return "close"
    return None


def _pair_doubles(text: str, lo: int, hi: int, open_at_start: bool) -> tuple[list[tuple[int, int, int, int]], int, int]:
    """Pairs (open, open end, close, close end) of double marks in one
    paragraph; also the offset and end of a mark left open at the end (-1 if none)."""
    pairs = []
    opened, opened_end = (lo - 1, lo) if open_at_start else (-1, -1)
    for mark in _DOUBLE_RE.finditer(text, lo, hi):
        i, j = mark.span()
        role = _double_role(text, i, lo, hi, opened != -1, j)
        if role == "open":
            if opened == -1:
                opened, opened_end = i, j
            elif i == opened_end:
                continue  # doubled mark
            else:
                # a second opener while open: the first was never closed; restart here
                opened, opened_end = i, j
        elif role == "close" and opened != -1:
            pairs.append((opened, opened_end, i, j))
            opened = -1
    return pairs, opened, opened_end


def _pair_singles(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    pairs = []
    opened = -1
    for mark in _SINGLE_RE.finditer(text, lo, hi):
        i = mark.start()
        role = _single_role(text, i, lo, hi)
        if role == "open" and opened == -1:
            opened = i
        elif role in ("close", "close?") and opened != -1:
            # a possessive "s’" only closes when the quoted run is short and
            # next is punctuation or the end, as in ‘the Jones’ party’ rarely
            pairs.append((opened, i))
            opened = -1
    return pairs


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def find_quoted_spans(text: str, nested: bool = True) -> list[QuotedSpan]:
    """Every quoted span of the text, in order, one per paragraph piece
    (with nested=False, none of the quotations inside quotations).

    A quotation left open at a paragraph's end carries on when the next
    paragraph opens with a mark (the news style for a quote running over
    several paragraphs); left open otherwise, it ends at the paragraph's end.
    """
    out: list[QuotedSpan] = []
    paragraphs = paragraph_spans(text)
    carry = False
    next_mark = -1  # (the first mark at or after the paragraph read: one search serves the unquoted paragraphs before it)
    for lo, hi in paragraphs:
        if next_mark < lo:
            found = _QUOTING_MARK.search(text, lo)
            next_mark = found.start() if found else len(text)
        if next_mark >= hi:
            carry = False  # (most paragraphs quote nobody: nothing to pair, nothing left open)
            continue
        first = lo
        while first < hi and text[first].isspace():
            first += 1
        starts_with_mark = first < hi and (text[first] in DOUBLE_MARKS or text.startswith("''", first))
        continues = carry and starts_with_mark
        pairs, left_open, left_open_end = _pair_doubles(text, lo, hi, False)
        doubles = []
        for a, a_end, b, b_end in pairs:
            s, e = _strip(text, a_end, b)
            if e > s:
                doubles.append(QuotedSpan(s, e, a, b_end - 1, continues and a == first))
        if left_open != -1:
            s, e = _strip(text, left_open_end, hi)
            if e > s:
                doubles.append(QuotedSpan(s, e, left_open, -1, continues and left_open == first))
        carry = left_open != -1
        if doubles:
            for q in doubles:
                out.append(q)
                for a, b in _pair_singles(text, q.start, q.end) if nested else ():
                    s, e = _strip(text, a + 1, b)
                    if e > s:
                        out.append(QuotedSpan(s, e, a, b, nested=True))
        else:
            # single marks as the main quotation marks (British style headlines
            # and stories): only when the paragraph has no double marks at all
            singles = _pair_singles(text, lo, hi)
            if len(singles) == 1 and _is_subheading(text, lo, hi, *singles[0]):
                continue
            for a, b in singles:
                s, e = _strip(text, a + 1, b)
                if e > s:
                    out.append(QuotedSpan(s, e, a, b))
    out.sort(key=lambda q: (q.start, q.end))
    return out


def _is_subheading(text: str, lo: int, hi: int, a: int, b: int) -> bool:
    """A line that is nothing but words in single marks, in a story that quotes
    with double marks: a subheading that borrows a phrase from the section
    below ('A tough decision.' between two paragraphs), not a quotation."""
    first, last = _strip(text, lo, hi)
    if a != first or text[b + 1:last].strip(".!?") or b + 1 < last - 1:
        return False
    doubles = text.count('"') + text.count("\u201c") + text.count("\u201d") + text.count("''")
    return doubles >= 4
