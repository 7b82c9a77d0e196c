"""The story a page keeps in its script data.

Pages built as single-page apps ship the article as an HTML string inside a script
(a framework's hydration state, a data store's cache) and show only a shell until the
script runs: the saved page holds the story, but not in its elements.
"""
from __future__ import annotations

import json
import re

from lxml import etree
from lxml.html import fragment_fromstring

# A paragraph tag inside a script's string, written out or escaped for JSON.
_PARAGRAPH_TAG = re.compile(r"<p[\s>]|\\u003c[pP][\s>\\]")
# A quoted string long enough to hold a story (escapes kept as written).
_STRING = re.compile(r'"((?:[^"\\\n]|\\.){400,})"')
_SPACE = re.compile(r"\s+")
# Boxes inside the story's HTML that are not its paragraphs.
_NOT_STORY = re.compile(r"caption|credit|related|promo|\bad\b", re.I)


def scripted_story(scripts: list[str]) -> str:
    """The longest run of paragraphs held as an HTML string in the scripts ("" if none)."""
    best = ""
    for code in scripts:
        if not _PARAGRAPH_TAG.search(code):
            continue
        for match in _STRING.finditer(code):
            if not _PARAGRAPH_TAG.search(match.group(1)):
                continue
            try:
                html = json.loads(f'"{match.group(1)}"')
            except ValueError:
                continue
            text = html_paragraphs(html)
            if len(text) > len(best):
                best = text
    return best


def html_paragraphs(html: str) -> str:
    """The text of the <p> elements of an HTML string, a paragraph each, without captions."""
    try:
        root = fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    paragraphs = []
    for p in root.iter("p"):
        if any(_NOT_STORY.search(a.get("class") or "") or a.tag in ("figure", "figcaption") for a in p.iterancestors()):
            continue
        text = _SPACE.sub(" ", p.text_content()).strip()
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)
