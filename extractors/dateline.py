"""Find the publication date a page shows its readers next to its headline.

Blogs, institutional pages and small publishers often state no date in JSON-LD or
meta tags, yet print one next to the headline: a labelled line ("Veröffentlicht am
16.08.2019", "Posted on March 12, 2019", "Written: 2017-10-05 08:41"), a short
element whose class says it is a date ("post-date", "story-time", "zeile_datum"),
or a line that opens with one ("22.06.2016 um 07:15"). Dates in comments, teasers of
other stories, sidebars and menus are passed over. Pages with structured dates use
the shown day only to settle between them: sources that disagree, or a UTC time
whose local day the page prints.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from typing import Callable

from lxml.html import HtmlElement

from .dates import leading_day, text_day

# Words that introduce a publication date in a byline or dateline.
# (Matched against lower-cased text: a case-blind pattern is several times slower.)
_PUBLISHED_LABEL = re.compile(
    r"veröffentlicht|publi(?:ziert|shed|é|cad[oa])|erschienen|erstellt|eingestellt|posted|written|"
    r"pubblicato|gepubliceerd|geplaatst"
)
# Words that introduce a later revision: that date is the modification's, not the story's
# (a page that shows only "Stand: 21.09.2016 17:30 Uhr" still gives that day).
_UPDATED_LABEL = re.compile(
    r"aktualisiert|geändert|zuletzt|updated|modified|last edited|revised|mis à jour|modifié|"
    r"actualizado|actualización|aggiornato|bijgewerkt|\bstand\s*:"
)
_ANY_LABEL = re.compile(f"{_PUBLISHED_LABEL.pattern}|{_UPDATED_LABEL.pattern}")
# Class or id words of elements that hold a date: "post-date", "entry-meta", "zeile_datum".
_DATE_CLASS = re.compile(r"date|datum|time|zeit|fecha|publish|posted|byline|meta|info")
# Containers whose dates belong to other items: comments, teasers of other stories,
# related-link lists.
_OTHER_ITEMS = r"comment|kommentar|reply|related|teaser|recommend|slider|swiper|carousel"
# A line that says it is a publication date ("Erschienen am: 14.03.2021") is the story's even
# in a review's footer box; only those containers make it another item's.
_ELSEWHERE_FOR_LABELLED = re.compile(_OTHER_ITEMS)
# An unlabelled date is also another's in sidebars, menus and footers.
_ELSEWHERE_CLASS = re.compile(_OTHER_ITEMS + r"|sidebar|widget|footer|menu|\bnav|breadcrumb|share|archive|calendar|event")
_ELSEWHERE_TAGS = {"aside", "nav", "footer", "form", "select", "option", "a", "button"}
# A date element is a short line; longer text is a paragraph that mentions a date.
MAX_DATE_ELEMENT_CHARS = 100
MAX_DATE_ELEMENT_CHILDREN = 12
MIN_LABEL_CHARS = len("posted")
# Datelines sit in the article's header: only the first few date-bearing places are read,
# within a few levels of the headline and a bounded number of elements.
MAX_CANDIDATES = 4
MAX_LEVELS_UP = 4
MAX_ELEMENTS_READ = 250
# Pages whose headline is not an <h1> near the dateline: the page is read from its top.
MAX_ELEMENTS_READ_WITHOUT_HEADLINE = 300
MIN_HEADLINE_CHARS = 10
MAX_HEADLINES = 3


@dataclass(frozen=True)
class ShownDate:
    day: str  # YYYY-MM-DD
    updated: bool  # introduced as a revision ("Aktualisiert: …")


def shown_date(tree: HtmlElement, *, updates: bool = True) -> str | None:
    """The publication day the page shows next to its headline, or None.

    The nearest date line to the first <h1>s, outside comments, teasers and boxes, is
    taken; a date introduced as a revision gives way to a publication date shown with
    it, and with updates=False a day shown only as a revision ("Updated 21:14, 11 Mar")
    is no answer.
    """
    found = _shown_dates(tree)
    if not found:
        return None
    published = next((d for d in found if not d.updated), None)
    if published is None and not updates:
        return None
    return (published or found[0]).day


def _shown_dates(tree: HtmlElement) -> list[ShownDate]:
    """Dates shown around the headline, nearest first: its siblings, then its parent's, and so on."""
    # A site's logo or section name may come first as an <h1>: a few are tried in turn.
    headlines = islice((h for h in tree.iter("h1") if len(h.text_content().strip()) >= MIN_HEADLINE_CHARS), MAX_HEADLINES)
    for headline in headlines:
        budget = [MAX_ELEMENTS_READ]
        inner = headline
        for _ in range(MAX_LEVELS_UP):
            outer = inner.getparent()
            if outer is None or outer.tag == "html":
                break
            found = _dates_in([child for child in outer if child is not inner], budget, near_headline=True)
            if found:
                return found
            if budget[0] <= 0:
                break
            inner = outer
    body = tree.find(".//body")
    return _dates_in([body if body is not None else tree], [MAX_ELEMENTS_READ_WITHOUT_HEADLINE])


_NO_TEXT_TAGS = frozenset(("script", "style", "noscript", "template"))


def _dates_in(roots: list[HtmlElement], budget: list[int], near_headline: bool = False) -> list[ShownDate]:
    found: list[ShownDate] = []
    for root in roots:
        for node in root.iter():
            budget[0] -= 1
            if budget[0] < 0:
                return found
            tag = node.tag
            if not isinstance(tag, str) or tag in _NO_TEXT_TAGS:
                continue
            text, tail = node.text, node.tail
            lines = _date_lines(node, text, tail)
            if not lines and near_headline and (text and _opens_with_digit(text) or tail and _opens_with_digit(tail)):
                lines = _date_led_lines(node, text, tail)
            for line, holder, labelled in lines:
                day = text_day(line)
                if day is None or _elsewhere(holder, labelled=labelled):
                    continue
                low = line.lower()
                updated = bool(_UPDATED_LABEL.search(low)) and not _PUBLISHED_LABEL.search(low)
                found.append(ShownDate(day, updated))
                if len(found) == MAX_CANDIDATES:
                    return found
    return found


def _opens_with_digit(text: str) -> bool:
    return text.lstrip()[:1].isdigit()


def _date_lines(node: HtmlElement, own: str | None, tail: str | None) -> list[tuple[str, HtmlElement, bool]]:
    """Short lines that may hold a dateline: (text, the element it lies in, whether labelled).

    A date-classed element gives its whole text; a labelled text run ("Erschienen am:
    14.03.2021" after a <br>) gives the rest of its line. ``own`` and ``tail`` are the
    node's text and tail.
    """
    marks = node.get("class") or node.get("id")
    if marks and _DATE_CLASS.search(marks.lower()) and len(node) <= MAX_DATE_ELEMENT_CHILDREN:
        text = " ".join(node.text_content().split())
        if text and len(text) <= MAX_DATE_ELEMENT_CHARS:
            return [(text, node, _is_labelled(text))]
    lines = []
    if own and MIN_LABEL_CHARS <= len(own) <= MAX_DATE_ELEMENT_CHARS * 2 and _is_labelled(own):
        text = " ".join(node.text_content().split())
        lines.append((text if len(text) <= MAX_DATE_ELEMENT_CHARS else " ".join(own.split()), node, True))
    if tail and MIN_LABEL_CHARS <= len(tail) <= MAX_DATE_ELEMENT_CHARS * 2 and _is_labelled(tail):
        parent = node.getparent()
        if parent is not None:
            lines.append((" ".join(tail.split()), parent, True))
    return lines


def _date_led_lines(node: HtmlElement, own: str | None, tail: str | None) -> list[tuple[str, HtmlElement, bool]]:
    """Text runs by the headline that open with a date: a dateline without label or class.

    "22.06.2016 um 07:15", "4. Februar 2016, Jane Roe", "19.11.2014 – The council said …"
    (a story's first paragraph led by its date). Only runs opening with a digit are read.
    """
    lines = []
    for text, is_tail in ((own, False), (tail, True)):
        if not text:
            continue
        holder = node.getparent() if is_tail else node
        if holder is None:
            continue
        text = text.lstrip()
        if text[:1].isdigit():
            head = " ".join(text[:MAX_DATE_ELEMENT_CHARS].split())
            day = leading_day(head)
            if day:
                lines.append((head, holder, False))
    return lines


def _is_labelled(text: str) -> bool:
    return not text.isspace() and _ANY_LABEL.search(text.lower()) is not None


def _elsewhere(node: HtmlElement, *, labelled: bool) -> bool:
    """Whether a date line lies in a box of other items' dates (comments, teasers, menus).

    The line's own class is not read: a class joining "teaser" or "comment" with "date"
    or "meta" names the line's style as often as its place; the box around it says which.
    """
    if node.tag in _ELSEWHERE_TAGS:
        return True
    boxes = _ELSEWHERE_FOR_LABELLED if labelled else _ELSEWHERE_CLASS
    for element in node.iterancestors():
        if element.tag in ("body", "html"):
            break
        if not labelled and element.tag in _ELSEWHERE_TAGS:
            return True
        if boxes.search(((element.get("class") or "") + " " + (element.get("id") or "")).lower()):
            return True
    return False


def shown_among(chosen: str, stated: list[str], shown_day: Callable[[], str | None]) -> str:
    """Of publication dates the page's own data disagree on, the one it shows its readers.

    A JSON-LD datePublished and an article:published_time days apart (a story re-dated
    in one system and not the other) are settled by the date next to the headline;
    without one, or when it matches neither, the first trusted source stands.
    ``shown_day`` gives that date (``shown_date`` with updates=False), asked only on a
    disagreement.
    """
    days = {value[:10] for value in stated}
    if not days - {chosen[:10]}:
        return chosen
    shown = shown_day()
    if shown is None or shown == chosen[:10]:
        return chosen
    return next((value for value in stated if value[:10] == shown), chosen)
