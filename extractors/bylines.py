"""Find the visible byline of a page that states no structured author.

Bylines have a few HTML shapes: microdata (itemprop="author"), author links
(rel="author", /author/ paths), elements whose class says author or byline (or the
German, Spanish and Polish "autor": '<div class="autor">'), short lines that open
with "By"/"Von"/"Par" before a name, datelines that end in the writer ("25.10.2022 -
Jane Doe"), and names that sign the story in its paragraphs (signatures.py). All but
the last are collected by one XPath; comments, menus, footers, side boxes and teaser
cards for other stories that carry the same shapes are skipped (byline_boxes.py).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

from .author_guess import guess_author
from .byline_boxes import MAX_BYLINE_CHARS, MAX_CANDIDATES, SKIP_TAGS, is_elsewhere, marks_elsewhere, text_of
from .signatures import all_capitalised, signature_lines

__all__ = ["Bylines", "find_bylines", "full_names_of", "guess_author"]  # guess_author: read from here by the page reader

# Byline openers: "By Jane Doe", "Von Max Muster", "Par Jeanne Dupont", "Text: …".
_OPENERS = ("By ", "by ", "BY ", "Von ", "von ", "VON ", "Par ", "par ", "Por ", "por ", "Door ", "door ",
            "Text: ", "Text von ", "Autor: ", "Autorin: ", "Author: ", "Autoren ", "Autoren: ", "Authors: ", "Texte : ", "Av ", "Af ",
            "Auteur : ", "Auteur: ", "Written by ", "Posted by ", "Escrito por ", "Geschrieben von ",
            # "Ein Beitrag von Jane Doe", "Blog Beitrag von …", "Gastbeitrag von …": German credit lines.
            "Beitrag von ", "Ein Beitrag von ", "Blog Beitrag von ", "Blogbeitrag von ", "Gastbeitrag von ", "Ein Gastbeitrag von ",
            # Chinese credit lines: "责任编辑：焦鹏" (editor in charge), "(责编：…)", "作者：", "记者：".
            "责任编辑：", "责编：", "(责编：", "（责编：", "作者：", "记者：")
# An opener or label set alone in its own element, the name in the next one:
# '<span>By</span><span><a>Jane Doe</a></span>', '<h5>Autor:</h5>Max Muster',
# '<strong>Autorin/Autor</strong> Erika Beispiel', 'von <a href="/autoren/jd">Jane Doe</a>'.
_BARE_LABELS = ("By", "by", "BY", "Von", "von", "VON", "Par", "par", "Por", "por", "Door", "door", "Av", "Af",
                "Text", "Autor", "Autorin", "Author", "Autorin/Autor", "Autor/Autorin",
                "Written by", "Geschrieben von", "Escrito por", "Auteur", "Ein Beitrag von", "Beitrag von")
_BARE_LINES = frozenset(label + colon for label in _BARE_LABELS for colon in ("", ":"))
# A dateline that ends in its writer: "Posted on September 14, 2016 by Jane Doe",
# "14.03.2021 09:45 von Jana". Only the text after the date's last "by" is read.
_DATED_WORDS = (" by ", " von ", " par ", " por ")
_DIGIT = re.compile(r"[0-9]")
# Every byline shape is found in one pass over the page. libxml2 walks an attribute
# name's nodes faster than it tests every element, and the text nodes are narrowed
# with the cheap tests only (short, not blank, the first letter of an opener or label,
# or a dateline's "by"); which shape a text is gets decided in Python, once per text,
# where XPath would normalize each text again for each of seventy openers and labels.
# "| By Jane Doe" (a bar left for screen readers), "---- by Jane Doe": marks before an opener.
_LEADING_MARKS = "-–—|·•"
_TEXT_FIRSTS = "".join(sorted({o[0] for o in _OPENERS} | {w[0] for w in _BARE_LABELS})) + _LEADING_MARKS
_FIND_CANDIDATES = etree.XPath(
    "//@class[contains(., 'uthor') or contains(., 'yline') or contains(., 'utor')]"
    "[contains(., 'author') or contains(., 'byline') or contains(., 'Author') or contains(., 'Byline')"
    " or contains(., 'autor') or contains(., 'Autor')]/.."
    " | //@itemprop[. = 'author']/.. | //@rel[. = 'author']/.. | //@data-testid[contains(., 'yline')]/.."
    # Digits too, for datelines that end in their writer ("25.10.2022 - Jane Doe"); testing
    # their bars here costs more than reading the few extra lines in Python.
    f" | //text()[string-length(.) < 90][normalize-space(.)][contains('{_TEXT_FIRSTS}0123456789', substring(normalize-space(.), 1, 1))"
    f" or {' or '.join(f'contains(., {word!r})' for word in _DATED_WORDS)}"
    # "Jane Doe |" before the date's element: a name that runs into its dateline.
    " or contains(., '|')]"
)
# XPath's normalize-space, plus the no-break space: content systems glue an opener to
# the name link with one ('By&nbsp;<a>Jane Doe</a>', 'Par&nbsp;<a>Jeanne Dupont</a>'),
# which XPath counts as a letter.
_LINE_SPACES = re.compile(r"[ \t\n\r\xa0]+")


def _line_of(text: str) -> str:
    return _LINE_SPACES.sub(" ", text).strip(" ")


# Labels that name the role rather than open with "by": written back as "Autor: …" for the cleaner.
# Plurals ("Autoren", "Authors") are left out: they head menus of author pages, not a byline.
_ROLE_LABELS = {"text", "autor", "autorin", "author", "autorin/autor", "autor/autorin", "auteur"}
_DATE_SHAPE = (
    r"(?:\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{4}-\d{2}-\d{2}"  # 06.11.2023, 2023-11-06
    r"|[^\W\d_]{3,}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+[^\W\d_]{3,}\.?\s+\d{4})"  # September 14, 2016; 14. September 2016
)
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?"
_DATED_BYLINE = re.compile(
    r"^(?:(?:posted|published|updated|veröffentlicht|aktualisiert|erstellt|geschrieben|publié|publicado)(?:\s+(?:on|am|le|el))?\s+)?"
    rf"{_DATE_SHAPE}(?:,?\s+(?:um\s+)?{_TIME})?,?\s+(by|von|par|por)\s+([^\d:]+)$",
    re.I,
)
# A dateline that ends in its writer after a dash or a bar: "25.10.2022 - Jane Doe",
# "04.02.2022 | 13:10 Uhr | Jane Doe". The rest must be words only (a name, checked later):
# no comma ("| Naturschutz, Wald" is a line of topic tags) and no further bar or dash
# ("03.11.2022 - Jane Doe - Arena" is a listing of events).
_DATE_THEN_NAME = re.compile(
    rf"^{_DATE_SHAPE}(?:,?\s+{_TIME})?\s+[{_LEADING_MARKS}]\s+(?:{_TIME}\s+[{_LEADING_MARKS}]\s+)?([^\W\d_][^\d:|/,–—·•]*)$",
    re.I,
)
_DATE_NAME_BARS = tuple(f" {mark} " for mark in _LEADING_MARKS)
# Ancestors climbed from a bare label to the element that also holds the name.
MAX_LABEL_CLIMB = 3
_HCARD_NAME = ".//*[contains(concat(' ', normalize-space(@class), ' '), ' fn ')]"
# The class words that mark an author's box rather than the byline ("author-bio").
_BIO = re.compile(r"bio|description|about|avatar|image|img|photo|pic", re.I)
# A profile box, as its class says ("author-info", "author-box", "authorCard", "about-author"),
# not a wrapper that only names the post's author in a class ('<article class="post author-jd">').
_AUTHOR_BOX = re.compile(r"(?:author|autor)[\w-]*(?:info|box|card|profile|details)|(?:info|box|card|profile|about)[\w-]*(?:author|autor)", re.I)
# A name in an author box is a few words; more is the box's title ("About the author").
MAX_BOX_NAME_WORDS = 4


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
    candidates: list[HtmlElement | str] = []
    bare_labels: list[str] = []
    dated_lines: list[str] = []
    named_dates: list[str] = []
    post_author_comment: HtmlElement | None = None
    boxes: list[HtmlElement] = []
    for hit in _FIND_CANDIDATES(tree):
        if not isinstance(hit, str):
            candidates.append(hit)
            if post_author_comment is None and "bypostauthor" in (hit.get("class") or ""):
                post_author_comment = hit
            continue
        line = _line_of(hit).lstrip(_LEADING_MARKS + " ")
        if line.startswith(_OPENERS):
            candidates.append(hit)
        if line in _BARE_LINES:  # the label alone, however much layout whitespace around it
            bare_labels.append(hit)
        if len(hit) > 12 and (
            line[:1].isdigit() and any(bar in line for bar in _DATE_NAME_BARS) or any(word in hit for word in _DATED_WORDS) and _DIGIT.search(hit)
        ):
            dated_lines.append(hit)
        elif "|" in line and not line[:1].isdigit():
            named_dates.append(hit)
    for hit in candidates[: MAX_CANDIDATES * 4]:
        if isinstance(hit, str):  # a text node opening with "By"/"Von"
            parent = hit.getparent()  # type: ignore[attr-defined]  # lxml text results know their element
            if parent is None or parent.tag in SKIP_TAGS or is_elsewhere(parent):
                continue
            if hit.is_tail:  # type: ignore[attr-defined]  # the text after an element: the line is the text itself
                # '<br>By Jane Doe' opens a line; '<a>a recipe</a> von Bäckern, Metzgern' runs on
                # in the middle of one. Chinese credit labels end in a colon and stand anywhere.
                if _starts_a_line(parent) or not hit.strip()[:1].isascii():
                    opened.append(" ".join(hit.split()))
                continue
            # "<p>By <a>Jane Doe</a></p>": the line is the parent's whole text.
            text = text_of(parent)
            # '<a href="/index/theme">par thème</a>': a link labelled "by" a lower-case
            # word is a menu's way to sort pages, not a writer's handle.
            if parent.tag == "a" and text.split(maxsplit=1)[-1].islower():
                continue
            opened.append(text if len(text) <= MAX_BYLINE_CHARS else " ".join(hit.split()))
            continue
        if not isinstance(hit.tag, str) or hit.tag in SKIP_TAGS or hit.tag in ("body", "html", "article"):
            continue
        own = (hit.get("class") or "") + " " + (hit.get("id") or "")
        if marks_elsewhere(own) or is_elsewhere(hit):
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
            # An hCard names its person by class "fn"; an itemprop="name" inside it may be
            # another thing's (a breadcrumb's '<span itemprop="name">Section</span>').
            name = next(iter(hit.xpath(_HCARD_NAME)), None) if hcard else None
            if name is None:
                name = hit.find(".//*[@itemprop='name']")
            text = (hit.get("content") or "") if hit.tag == "meta" else text_of(name if name is not None else hit)
            if text and len(text) <= MAX_BYLINE_CHARS:
                marked.append(text)
            continue
        if _BIO.search(hit.get("class") or ""):
            if len(boxes) < MAX_CANDIDATES:
                boxes.append(hit)
            continue
        text = text_of(hit)
        if text and len(text) <= MAX_BYLINE_CHARS:
            classed.append(text)
        elif text and len(boxes) < MAX_CANDIDATES and _AUTHOR_BOX.search(hit.get("class") or ""):
            boxes.append(hit)
    opened.extend(line for line in (_line_after_bare_label(hit) for hit in bare_labels[:MAX_CANDIDATES]) if line)
    opened.extend(line for line in (_dated_byline(hit) for hit in dated_lines[:MAX_CANDIDATES]) if line)
    opened.extend(line for line in (_name_before_date(hit) for hit in named_dates[:MAX_CANDIDATES]) if line)
    opened.extend(signature_lines(tree))
    opened.extend(name for name in (_name_in_box(box) for box in boxes) if name)
    head_marked, head_opened = _head_bylines(tree)
    marked.extend(head_marked)
    opened.extend(head_opened)
    if post_author_comment is not None:  # the last resort: a byline in the story names the writer as published
        opened.extend(f"By {name}" for name in _comment_author(post_author_comment))
    return Bylines(*(list(dict.fromkeys(group))[:MAX_CANDIDATES] for group in (marked, classed, opened)))


# An author box ('<div class="author-bio"><h3>Jane Doe</h3><p>Jane Doe writes about …</p>',
# '<div class="author-info"><h3><a>Jane Doe</a> <a>Follow</a></h3><h4>Reporter …</h4>') is
# more than a line: its heading, or the element its class names the name, holds the writer.
_BOX_HEADINGS = {"h2", "h3", "h4", "h5"}


def _box_name_element(box: HtmlElement) -> HtmlElement | None:
    # A walk that stops at the first hit: a box is read from its top, where the name stands.
    for node in box.iterdescendants():
        if not isinstance(node.tag, str):  # a comment
            continue
        if node.tag in _BOX_HEADINGS or "name" in (node.get("class") or "").lower():
            return node
    return None


def _name_in_box(box: HtmlElement) -> str | None:
    """The writer's name in an author box: its first heading or name-classed element, else its first link there."""
    found = _box_name_element(box)
    if found is not None:
        text = text_of(found)
        links = found.findall(".//a")
        if len(links) > 1 or len(text) > MAX_BYLINE_CHARS or len(text.split()) > MAX_BOX_NAME_WORDS:
            link = links[0] if links else None
            text = text_of(link) if link is not None else ""
        return text if text and len(text.split()) <= MAX_BOX_NAME_WORDS else None
    return None


# Blog engines mark the post's writer answering in the comments ('<li class="comment
# bypostauthor"><cite class="fn">Mara</cite> says: …'): the name is the account the post is
# published under, the one its author box would show. Read after every byline the story shows.
# The hCard name first: the author box around it also holds "says:" and the avatar.
_COMMENT_AUTHOR_NAMES = (etree.XPath(_HCARD_NAME), etree.XPath(".//*[contains(@class, 'comment-author')]"))


def _comment_author(comment: HtmlElement) -> list[str]:
    """The name of the post's writer on their own comment: its hCard name, or its author box's text."""
    for find in _COMMENT_AUTHOR_NAMES:
        for name in find(comment)[:1]:
            text = text_of(name)
            return [text] if text and len(text) <= MAX_BYLINE_CHARS else []
    return []


# Head fields the metadata reader does not know that still name the article's writer:
# plugins' '<meta name="shareaholic:article_author_name" content="Jane Doe">', and a
# description that opens with the story's byline ('content="Posted by Jane Doe and
# John Roe - Example team Over the past year …"', blog engines' first line).
_DESCRIPTION_OPENERS = ("Posted by ", "Written by ", "By ", "by ", "Von ", "von ", "Par ", "par ")


def _head_bylines(tree: HtmlElement) -> tuple[list[str], list[str]]:
    """Writers named in head fields: (author-name fields, description bylines cut at their dash)."""
    marked: list[str] = []
    opened: list[str] = []
    head = tree.find("head")  # its own children only: a search of the whole page costs a walk over it
    for meta in head.iterchildren("meta") if head is not None else ():
        key = meta.get("name") or meta.get("property") or ""
        content = " ".join((meta.get("content") or "").split())
        if not content:
            continue
        if "author_name" in key:
            marked.append(content)
        elif key in ("description", "og:description") and content.startswith(_DESCRIPTION_OPENERS) and " - " in content[:MAX_BYLINE_CHARS]:
            opened.append(content.split(" - ", 1)[0])
    return marked, opened


# Where a line of text ends: the block elements around it.
_BLOCK_TAGS = {"div", "p", "li", "ul", "ol", "dl", "dt", "dd", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td",
               "th", "table", "section", "header", "footer", "aside", "figure", "blockquote", "hr"}
_BLOCK = object()
_LABEL_HERE = object()


def _tokens(node: HtmlElement, owner: HtmlElement, is_tail: bool) -> Iterator[object]:
    """The texts inside ``node`` in order, a marker where the label (``owner``'s text or tail) is and at block edges."""
    if not isinstance(node.tag, str) or node.tag in ("script", "style", "noscript", "template"):
        return
    if node.tag in _BLOCK_TAGS:
        yield _BLOCK
    if node.text:
        yield _LABEL_HERE if node is owner and not is_tail else node.text
    for child in node:
        yield from _tokens(child, owner, is_tail)
        if child.tail:
            yield _LABEL_HERE if child is owner and is_tail else child.tail
    if node.tag in _BLOCK_TAGS:
        yield _BLOCK


def _rest_of_line(node: HtmlElement, owner: HtmlElement, is_tail: bool, opens_segment: bool = False) -> str | None:
    """The text after ``label`` up to the end of its line (the next block edge once words were read).

    A label with words before it on its line is a word of running text
    ("Rezepte von <a>Bäckern</a>"): None. A label that opens with a bar ("| By") starts
    a segment of its own; the words before it are another field (a badge, a section).
    """
    words: list[str] = []
    after = False
    for token in _tokens(node, owner, is_tail):
        if token is _LABEL_HERE:
            if words and not opens_segment:
                return None
            words = []
            after = True
        elif token is _BLOCK:
            if words and after:
                break
            words = []
        else:
            words.extend(token.split())  # type: ignore[attr-defined]  # a text token, not a marker
    return " ".join(words).strip(" :") if after else ""


def _dated_byline(hit: str) -> str | None:
    """'By Jane Doe' out of 'Posted on September 14, 2016 by Jane Doe' (a line that opens with its date)."""
    owner = hit.getparent()  # type: ignore[attr-defined]  # lxml text results know their element
    if owner is None or owner.tag in SKIP_TAGS or is_elsewhere(owner):
        return None
    line = " ".join(hit.split())
    found = _DATED_BYLINE.search(line)
    if found:
        return f"{found[1]} {found[2]}"
    named = _DATE_THEN_NAME.match(line)
    return named[1].strip() if named and " - " not in named[1] else None


# A byline that runs into its dateline after a bar: "Jane Doe | 05.04.2025", or
# '<span>Jane Doe |</span><span class="date">05.04.2025</span>'. The name is two to four
# capitalised words; the date must follow at once, in the same text or the next element.
_NAME_THEN_BAR = re.compile(r"^((?:[^\W\d_][\w.'’-]*\s+){1,3}[^\W\d_][\w'’-]*)\s*\|\s*(.*)$")
_OPENS_WITH_DATE = re.compile(rf"^{_DATE_SHAPE}")


def _name_before_date(hit: str) -> str | None:
    """'Jane Doe' out of 'Jane Doe | 05.04.2025' (a name line that the date's line continues)."""
    named = _NAME_THEN_BAR.match(_line_of(hit))
    if not named or not all_capitalised(named[1]):
        return None
    owner = hit.getparent()  # type: ignore[attr-defined]  # lxml text results know their element
    if owner is None or owner.tag in SKIP_TAGS:
        return None
    rest = named[2]
    if not rest:
        # The date stands in the next element: '<span>Jane Doe |</span><span>05.04.2025</span>'
        # ('<br>Jane Doe | <time>…' when the text is the tail of the element before it).
        if not hit.is_tail and len(owner):  # type: ignore[attr-defined]
            return None
        after = owner.getnext()
        rest = text_of(after)[:MAX_BYLINE_CHARS] if after is not None else ""
    if not _OPENS_WITH_DATE.match(rest) or is_elsewhere(owner):
        return None
    return named[1]


def _starts_a_line(element: HtmlElement) -> bool:
    """Whether text right after ``element`` begins a line: it is a block, a break, or holds no text (an icon)."""
    return element.tag in _BLOCK_TAGS or not text_of(element)


def _line_after_bare_label(hit: str) -> str | None:
    """'By' + the name the next element holds: the text after the label in the nearest box holding both."""
    owner = hit.getparent()  # type: ignore[attr-defined]  # lxml text results know their element
    is_tail = bool(hit.is_tail)  # type: ignore[attr-defined]
    node = owner.getparent() if owner is not None and is_tail else owner  # '<br>von <a>…</a>': the br's parent
    if node is None or node.tag in SKIP_TAGS or is_elsewhere(node):
        return None
    label = " ".join(hit.split())
    opens_segment = label[:1] in _LEADING_MARKS
    for _ in range(MAX_LABEL_CLIMB):
        rest = _rest_of_line(node, owner, is_tail, opens_segment)
        if rest is None:
            return None
        if rest:
            rest = rest[:MAX_BYLINE_CHARS]
            word = label.rstrip(":")
            return f"{word}: {rest}" if word.lower() in _ROLE_LABELS else f"{word} {rest}"
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html", "article") or parent.tag in SKIP_TAGS:
            return None
        node = parent
    return None


# A short text that opens with a given first name, for pages whose structured data
# names the writer by it alone.
_FIND_TEXTS_OPENING_WITH = etree.XPath("//text()[string-length(.) < 60][starts-with(normalize-space(.), $opening)]")
_COMMENTS = re.compile(r"comment", re.I)


def full_names_of(tree: HtmlElement, first_name: str) -> list[str]:
    """Texts that are the name alone, spelled out: '<p class="full-name">Mara Quell</p>' for "Mara".

    Side boxes count (an author box beside the story is where a full name stands);
    comments do not, nor any text of more than three words.
    """
    found = []
    for hit in _FIND_TEXTS_OPENING_WITH(tree, opening=first_name + " ")[:MAX_CANDIDATES]:
        words = hit.split()
        if not 2 <= len(words) <= 3 or not all(word[:1].isupper() for word in words):
            continue
        owner = hit.getparent()  # type: ignore[attr-defined]  # lxml text results know their element
        if owner is None or owner.tag in SKIP_TAGS or any(
            _COMMENTS.search((a.get("class") or "") + " " + (a.get("id") or "")) for a in owner.iterancestors()
        ):
            continue
        found.append(" ".join(words))
    return found
