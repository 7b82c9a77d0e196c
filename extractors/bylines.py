"""Find the visible byline of a page that states no structured author.

Bylines have a few HTML shapes: microdata (itemprop="author"), author links
(rel="author", /author/ paths), elements whose class says author or byline, and
short lines that open with "By"/"Von"/"Par" before a name. All are collected by one
XPath; comments, menus, footers and side boxes that carry the same shapes are skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement

# Byline openers: "By Jane Doe", "Von Max Muster", "Par Jeanne Dupont", "Text: …".
_OPENERS = ("By ", "by ", "BY ", "Von ", "von ", "VON ", "Par ", "par ", "Por ", "por ", "Door ", "door ",
            "Text: ", "Text von ", "Autor: ", "Autorin: ", "Author: ", "Texte : ", "Av ", "Af ")
_OPENER_TEST = " or ".join(f"starts-with(normalize-space(.), '{o}')" for o in _OPENERS)
_CANDIDATES = (
    "//*[@itemprop='author' or @rel='author' or contains(@class, 'author') or contains(@class, 'byline')"
    " or contains(@class, 'Author') or contains(@class, 'Byline')]"
    f" | //text()[string-length(.) < 90 and ({_OPENER_TEST})]"
)
_HCARD_NAME = ".//*[contains(concat(' ', normalize-space(@class), ' '), ' fn ')]"
# Where author-shaped markup belongs to someone else: commenters, related stories, menus.
_ELSEWHERE = re.compile(r"comment|related|sidebar|widget|teaser|footer|menu|nav|recommend|more-|social|share|newsletter", re.I)
_SKIP_TAGS = {"nav", "footer", "aside", "script", "style", "noscript", "template", "head", "title", "option", "button", "meta", "link"}
# The class words that mark an author's box rather than the byline ("author-bio").
_BIO = re.compile(r"bio|description|about|avatar|image|img|photo|pic", re.I)
# A byline is a line; more text than this is a box, a bio or a paragraph.
MAX_BYLINE_CHARS = 120
MAX_CANDIDATES = 12


# Layout modifiers name the page's shape, not the box: "right-sidebar", "has-sidebar",
# "no-comments" on the container that holds the article itself.
_LAYOUT_MODIFIER = re.compile(r"^(?:has|no|with|without|left|right|full|show|hide|is)[-_]|[-_](?:left|right|open|closed|enabled|disabled)$", re.I)


def _marks_elsewhere(marker: str) -> bool:
    return any(_ELSEWHERE.search(token) and not _LAYOUT_MODIFIER.search(token) for token in marker.split())


def _elsewhere(node: HtmlElement) -> bool:
    for ancestor in node.iterancestors():
        if ancestor.tag in _SKIP_TAGS:
            return True
        if ancestor.tag in ("body", "html"):  # their classes describe the whole page ("single-post comments-open")
            break
        marker = (ancestor.get("class") or "") + " " + (ancestor.get("id") or "")
        if marker.strip() and _marks_elsewhere(marker):
            return True
    return False


def _text(node: HtmlElement) -> str:
    # Text pieces joined with spaces: "<span>Jane Doe</span><time>vor 2 Std</time>" is
    # two words apart, not "Jane Doevor".
    return " ".join(" ".join(node.itertext()).split())


@dataclass
class Bylines:
    """Byline strings found in the page, by how explicitly the markup marks them."""

    marked: list[str] = field(default_factory=list)  # itemprop="author", rel="author"
    classed: list[str] = field(default_factory=list)  # class="byline", class="author-name"
    opened: list[str] = field(default_factory=list)  # "By Jane Doe", "Von Max Muster"


def find_bylines(tree: HtmlElement) -> Bylines:
    """Byline strings in page order, grouped by shape."""
    marked: list[str] = []
    classed: list[str] = []
    opened: list[str] = []
    marked_box: HtmlElement | None = None
    for hit in tree.xpath(_CANDIDATES)[: MAX_CANDIDATES * 4]:
        if isinstance(hit, str):  # a text node opening with "By"/"Von"
            parent = hit.getparent()
            if parent is None or parent.tag in _SKIP_TAGS or _elsewhere(parent):
                continue
            # "<p>By <a>Jane Doe</a></p>": the line is the parent's whole text.
            text = _text(parent)
            opened.append(text if len(text) <= MAX_BYLINE_CHARS else " ".join(hit.split()))
            continue
        if not isinstance(hit.tag, str) or hit.tag in _SKIP_TAGS or hit.tag in ("body", "html", "article"):
            continue
        own = (hit.get("class") or "") + " " + (hit.get("id") or "")
        if _marks_elsewhere(own) or _elsewhere(hit):
            continue
        # hCard bylines ('<span class="author vcard"><a class="url fn">lupa</a></span>', the
        # blog-engine default) mark the writer as explicitly as itemprop does, handles included.
        hcard = "vcard" in (hit.get("class") or "").split()
        if hit.get("itemprop") == "author" or hit.get("rel") == "author" or hcard:
            # Co-authors' links sit side by side in one byline; author marks further
            # on belong to other stories (a list of posts).
            box = hit.getparent().getparent() if hit.getparent() is not None else None
            if marked_box is None:
                marked_box = box
            elif box is not marked_box:
                continue
            name = hit.find(".//*[@itemprop='name']")
            if name is None and hcard:
                name = next(iter(hit.xpath(_HCARD_NAME)), None)
            text = (hit.get("content") or "") if hit.tag == "meta" else _text(name if name is not None else hit)
            if text and len(text) <= MAX_BYLINE_CHARS:
                marked.append(text)
            continue
        if _BIO.search(hit.get("class") or ""):
            continue
        text = _text(hit)
        if text and len(text) <= MAX_BYLINE_CHARS:
            classed.append(text)
    return Bylines(*(list(dict.fromkeys(group))[:MAX_CANDIDATES] for group in (marked, classed, opened)))
