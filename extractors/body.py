"""Take out of the extracted body what the page shows around the story.

trafilatura keeps some lines that are not the story: image captions and credits
("Crowds on the square on Monday. Photo: Reuters"), bylines ("By Jane Doe and
John Roe"), and teaser links to other articles ("READ MORE: Other headline").
Each is recognised by where the same text sits in the page, not by its wording.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from .authors import clean_authors

# trafilatura writes list items as "- item" and table rows as "| a | b |".
_LINE_MARK = re.compile(r"^(?:[-*•]\s+|\|\s*)")
# "READ MORE: …", "Mehr zum Thema: …", "LIES AUCH:" before a teaser link.
_TEASER_LABEL = re.compile(r"^[^\n:]{2,30}[:：|»›]\s*")
_SKIP_TEXT = ("script", "style", "noscript", "template")
_WORD = re.compile(r"\w+")


def _norm(text: str) -> str:
    # str.split() breaks at the same whitespace as \s and drops it at both ends.
    return " ".join(text.split()).casefold()


@dataclass
class PageText:
    """What the original page holds, collected once before extraction."""

    chars: int = 0
    link_texts: set[str] = field(default_factory=set)
    caption_texts: set[str] = field(default_factory=set)


def read_page_text(tree: HtmlElement) -> PageText:
    """Visible text size, texts of links, and texts of figure captions."""
    page = PageText()
    body = tree.find("body")
    root = body if body is not None else tree
    chars = 0
    for node in root.iter():
        tag = node.tag
        if not isinstance(tag, str):
            continue
        if tag in _SKIP_TEXT:
            if node.tail:
                chars += len(node.tail.strip())
            continue
        if node.text:
            chars += len(node.text.strip())
        if node.tail:
            chars += len(node.tail.strip())
        if tag == "a":
            text = _norm(node.text_content())
            if text:
                page.link_texts.add(text)
        elif tag == "figcaption":
            text = _norm(node.text_content())
            if text:
                page.caption_texts.add(text)
    page.chars = chars
    return page


def clean_body(
    text: str, page: PageText, *, authors: list[str], captions: list[str], title: str | None = None
) -> tuple[str, list[str]]:
    """Paragraphs joined by blank lines, minus headline, caption, byline and teaser-link lines."""
    title_key = _norm(title) if title else None
    caption_texts = page.caption_texts | {_norm(c) for c in captions if c}
    author_keys = {a.casefold() for a in authors}
    # A byline names an author: each word of some author's name is somewhere in the line.
    author_words = [_WORD.findall(key) for key in author_keys]
    kept: list[str] = []
    dropped: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        key = _norm(_LINE_MARK.sub("", line)).rstrip(" |")
        reason = None
        if not kept and key == title_key:  # the headline repeated above the story
            reason = "headline"
        elif key in caption_texts or (len(key) > 25 and any(key in c for c in caption_texts)):
            reason = "caption"
        elif key in page.link_texts or _TEASER_LABEL.sub("", key) in page.link_texts:
            reason = "link"
        elif author_keys and len(line) < 120 and _names_an_author(line, author_words) and _is_byline(line, author_keys):
            reason = "byline"
        if reason:
            dropped.append(reason)
        else:
            kept.append(line)
    return "\n\n".join(kept), dropped


def _names_an_author(line: str, author_words: list[list[str]]) -> bool:
    low = line.casefold()
    return any(words and all(word in low for word in words) for words in author_words)


def _is_byline(line: str, author_keys: set[str]) -> bool:
    found = clean_authors([line])
    names = {n.casefold() for n in found.names}
    return bool(names) and names <= author_keys and len(found.dropped) <= 1
