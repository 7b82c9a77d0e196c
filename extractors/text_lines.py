"""Turn a plain-text dump into lines: newlines and tabs normalised, list markers
read off, and paragraphs that a text browser wrapped at its width joined again."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Markers a text browser puts before list items (w3m: "•", then "□", then "☆"
# for nested lists), and the ASCII ones of hand-made lists.
BULLETS = "•□☆◦○▪▫‣⁃●■◆◇►▸▹-*·–"
_BULLET = re.compile(r"^([" + re.escape(BULLETS) + r"]|\d{1,2}[.)])(?:\s+|$)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]")
# A browser that caps its width near a thousand columns (w3m does at 1023) wraps
# the few longer paragraphs there; below it a wrap width needs more evidence.
_BROWSER_CAP = 1000
_WORD = re.compile(r"\w+")
# Chinese and Japanese write no spaces between words: a run of their characters
# is one "\w+" match however long the sentence. Such text counts a word for
# every two characters (about the length of a word in either language).
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_UNSPACED_WORD_CHARS = 2


def count_words(text: str) -> int:
    """Words in a line, Chinese and Japanese counted by their characters."""
    if not _UNSPACED.search(text):
        return len(_WORD.findall(text))
    unspaced = len(_UNSPACED.findall(text))
    spaced = len(_WORD.findall(_UNSPACED.sub(" ", text)))
    return spaced + unspaced // _UNSPACED_WORD_CHARS


@dataclass(frozen=True)
class Line:
    """One non-blank line of the dump (soft-wrapped pieces already joined)."""

    index: int
    text: str  # stripped, list marker removed
    indent: int
    bullet: bool
    in_list: bool  # a list item, or text indented under one
    blank_before: bool
    blank_after: bool
    words: int
    marker: str = ""  # the list marker read off the line ("•", "1.")

    @property
    def numbered(self) -> bool:
        """Numbered items and subheadings ("1. Rents capped"): the number is the writer's, not the browser's."""
        return self.marker[:1].isdigit()

    @property
    def verbatim(self) -> str:
        """The line as written: a number before it kept, a browser's bullet glyph not."""
        return f"{self.marker} {self.text}" if self.numbered and self.text else self.text

    @property
    def alone(self) -> bool:
        """Stands as a block of its own, the way headings and paragraphs do."""
        return self.blank_before and self.blank_after


def normalize(text: str) -> str:
    """One newline convention, no tabs or invisible controls."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\t", "    ").replace("\u00a0", " ").replace("\u2028", "\n")
    return _CONTROL.sub("", text)


def _wrap_width(raw: list[str]) -> int | None:
    """The width the dump was wrapped at, when the lines show one."""
    widths = [len(line) for line in raw]
    if not widths:
        return None
    width = max(widths)
    if width < 60:
        return None
    touching = sum(
        1 for i, w in enumerate(widths[:-1]) if w >= 0.9 * width and raw[i + 1].strip()
    )
    if width >= _BROWSER_CAP or touching >= 2:
        return width
    return None


def _continues(prev: str, nxt: str, width: int | None) -> bool:
    """True when ``nxt`` is the rest of ``prev``, cut only because the line was full."""
    if width is None or not prev or not nxt.strip():
        return False
    first = nxt.split(None, 1)[0]
    return len(prev) >= 0.8 * width and len(prev) + 1 + len(first) > width


# A page may set text its writer wrapped by hand (a post in a <pre> block, a
# mail quoted as sent): lines filled to some fifty to a hundred and forty
# columns, each too full for the next line's first word, cut in mid-sentence.
# Such a block is read at its own width when a paragraph of it runs three lines
# or more and at least this many of its cuts fall before a word in lower case;
# a list of headlines as long as one another starts each in capitals.
_FILL_MIN_WIDTH = 50
_FILL_MAX_WIDTH = 140
_FILL_MIN_LOWER = 2
_FILL_MIN_WORDS = 5
_FILL_WORD_SHARE = 0.6
_NEAR_FULL = 0.85
_OPENING_CHARS = 24
_SENTENCE_END = re.compile("[.!?\u2026:\"\u201d\u00bb]$")
_PLAIN_WORD = re.compile(r"^[(\"'\u201e\u201c\u00ab]?[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*[.,;:!?)\"'\u201c\u201d\u00bb]*$")


_BLOCK = re.compile("1{3,}")


def _filled_blocks(raw: list[str]) -> set[int]:
    """The lines (by index into ``raw``) that carry on the line above them in a
    block wrapped by hand. (Blocks of three lines or more are found in a string
    of one mark per line, blank or not: a dump runs to thousands of lines.)"""
    joins: set[int] = set()
    marks = "".join("1" if line and not line.isspace() else "0" for line in raw)
    for block in _BLOCK.finditer(marks):
        joins.update(_filled_run(raw, block.start(), block.end()))
    return joins


def _filled_run(raw: list[str], start: int, end: int) -> list[int]:
    block = [line.strip() for line in raw[start:end]]
    width = max(len(line) for line in raw[start:end])
    if not _FILL_MIN_WIDTH <= width <= _FILL_MAX_WIDTH:
        return []
    if any("   " in line or _BULLET.match(line) for line in block):
        return []
    # Cuts in mid-sentence between lines of prose (not links, code or a line
    # printed again under itself, as a picture's alt text over its caption).
    cuts = [
        k for k in range(len(block) - 1)
        if _prose_line(block[k]) and not _SENTENCE_END.search(block[k])
        and block[k][:_OPENING_CHARS] != block[k + 1][:_OPENING_CHARS]
        and (
            _continues(raw[start + k], raw[start + k + 1], width)
            or (len(raw[start + k]) >= _NEAR_FULL * width and block[k + 1][:1].islower())
        )
    ]
    lower = sum(1 for k in cuts if block[k + 1][:1].islower())
    if lower < _FILL_MIN_LOWER or not any(k + 1 in cuts for k in cuts):
        return []
    return [start + k + 1 for k in cuts]


def _prose_line(line: str) -> bool:
    tokens = line.split()
    if len(tokens) < _FILL_MIN_WORDS or "://" in line or "www." in line:
        return False
    return sum(1 for token in tokens if _PLAIN_WORD.match(token)) >= _FILL_WORD_SHARE * len(tokens)


def split_lines(text: str) -> list[Line]:
    raw = [line.rstrip() for line in normalize(text).split("\n")]
    width = _wrap_width(raw)
    filled = _filled_blocks(raw)
    merged: list[tuple[str, bool]] = []  # (line, blank before)
    blank = True
    prev_raw = ""
    for n, line in enumerate(raw):
        if not line.strip():
            blank = True
            prev_raw = ""
            continue
        if merged and not blank and (n in filled or _continues(prev_raw, line, width)):
            joined, before = merged[-1]
            merged[-1] = (joined + " " + line.strip(), before)
        else:
            merged.append((line, blank))
        prev_raw = line
        blank = False
    lines: list[Line] = []
    for i, (line, before) in enumerate(merged):
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        match = _BULLET.match(stripped)
        bullet = bool(match)
        body = stripped[match.end():].strip() if match else stripped
        after = i + 1 >= len(merged) or merged[i + 1][1]
        in_list = bullet or (indent > 0 and _under_bullet(lines, indent))
        lines.append(
            Line(
                index=i,
                text=body,
                indent=indent,
                bullet=bullet,
                in_list=in_list,
                blank_before=before,
                blank_after=after,
                words=count_words(body),
                marker=match.group(1) if match else "",
            )
        )
    return lines



def _under_bullet(lines: list[Line], indent: int, reach: int = 40) -> bool:
    """Whether the nearest line above with a smaller indent is a list item:
    a text browser indents the rest of an item under its marker."""
    for line in reversed(lines[-reach:]):
        if line.indent < indent:
            return line.bullet
    return False


def next_worded(lines: list[Line], j: int, step: int) -> int | None:
    """The nearest line with words above (step -1) or under (step 1) line ``j``."""
    k = j + step
    while 0 <= k < len(lines):
        if lines[k].words:
            return k
        k += step
    return None
