"""trafilatura's own guess at the writer, computed without its copy of the whole page."""
from __future__ import annotations

import re
from copy import deepcopy

from lxml.html import HtmlElement
from trafilatura.htmlprocessing import delete_element
from trafilatura.json_metadata import normalize_authors
from trafilatura.utils import trim

from .byline_boxes import in_teaser_card

# trafilatura 2.3.1's AUTHOR_DISCARD_XPATHS and AUTHOR_XPATHS, the same tests written
# for one pass over the page: libxml2 calls back into Python for every re:test of every
# element, four expressions in a row, which costs more than the rest of the byline search.
_DISCARD_TAGS = {"a", "div", "section", "span"}
_DISCARD_ID = re.compile(r"^comments|comment-?list|ProductReviews")
_DISCARD_CLASS = re.compile(
    r"^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|article-(?:share|support)"
    r"|print|category|meta-date|meta-reviewer"
)
_SPECIFIC_TAGS = {"a", "address", "div", "link", "p", "span", "strong"}
_SPECIFIC_CLASS = re.compile(r"author-?name|AuthorName|authorName")
_GENERIC_TAGS = {"a", "div", "h3", "h4", "p", "span"}
_GENERIC_ID = re.compile(r"author|zuozhe|bianji|xiaobian")
_GENERIC_CLASS = re.compile(r"author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")
_ANY_ID = re.compile(r"[Aa]uthor")
_ANY_CLASS = re.compile(r"[Aa]uthor|screenname|writer|[Bb]yline")
# A quick test that passes every element one of those tests can pick: each class or id
# pattern above holds one of these pieces ("omment" for "^[Cc]omments" and
# "comment-?list", "uthor" for every author spelling), so most elements are judged by
# one search.
_CLASS_HINT = re.compile(
    r"omment|sidebar|is-hidden|quote|embedly-instagram|article-|print|category|meta-date|meta-reviewer|uthor"
    r"|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name|screenname|writer|yline"
    r"|^(?:title|date|username|byl|BBL)$"
)
_ID_HINT = re.compile(r"omment|ProductReviews|uthor|zuozhe|bianji|xiaobian")
_ALWAYS = {"author", "time", "figure"}


def _author_candidates(root: HtmlElement) -> tuple[set[HtmlElement], list[list[HtmlElement]]]:
    """The boxes trafilatura deletes before its author search, and its three candidate lists in page order."""
    dropped: set[HtmlElement] = set()
    specific: list[HtmlElement] = []
    generic: list[HtmlElement] = []
    anywhere: list[HtmlElement] = []
    rel_me = {rel.getparent() for rel in root.iter("rel") if rel.text_content() == "me"}
    for node in root.iter():
        tag = node.tag
        if not isinstance(tag, str):
            continue
        attrib = node.attrib
        cls = attrib.get("class", "")
        ident = attrib.get("id", "")
        if not (
            tag in _ALWAYS or cls and _CLASS_HINT.search(cls) or ident and _ID_HINT.search(ident)
            or "itemprop" in attrib or "data-component" in attrib or "rel" in attrib or "data-testid" in attrib
            or rel_me and node in rel_me
        ):
            continue
        itemprop = attrib.get("itemprop", "")
        component = attrib.get("data-component", "")
        if tag in ("time", "figure") or tag in _DISCARD_TAGS and (
            ident == "comments" or cls in ("comments", "title", "date") or _DISCARD_ID.search(ident)
            or _DISCARD_CLASS.search(cls) or "Figure" in component
        ):
            if node is not root:
                dropped.add(node)
        if tag == "author" or tag in _SPECIFIC_TAGS and (
            attrib.get("rel") == "author" or ident == "author" or cls == "author" or itemprop == "author name"
            or attrib.get("data-testid") in ("AuthorCard", "AuthorURL") or _SPECIFIC_CLASS.search(cls)
            or node in rel_me
        ):
            specific.append(node)
        if tag in _GENERIC_TAGS and (
            cls in ("byline", "username", "byl", "BBL") or "author" in itemprop or _GENERIC_ID.search(ident)
            or _GENERIC_CLASS.search(cls)
        ):
            generic.append(node)
        if "Byline" in component or "author" in itemprop or _ANY_ID.search(ident) or _ANY_CLASS.search(cls):
            anywhere.append(node)
    return dropped, [specific, generic, anywhere]


class AuthorGuess(str):
    """trafilatura's guess ("Jane Doe; John Roe"), which also knows the text it was read from.

    trafilatura title-cases a name the page wrote in lower case ("kochen mit liebe",
    "jdoe"), which hides that the element held a login or a phrase; the text as written
    keeps it (read by the cleaner).
    """

    as_written: str

    def __new__(cls, guess: str, as_written: str) -> AuthorGuess:
        made = super().__new__(cls, guess)
        made.as_written = as_written
        return made


def guess_author(tree: HtmlElement) -> str | None:
    """trafilatura's ``extract_author``, without its copy of the whole page.

    trafilatura copies the tree, deletes the boxes that carry someone else's name
    (comments, dates, figures, side bars) and takes the first author-shaped element
    left. Here the same boxes are only looked up: a candidate inside one is passed
    over, and only a candidate that holds one is copied and pruned, so the text
    read is the text trafilatura reads. One box more is passed over: a teaser card
    for another story (a link holding a headline and its byline), whose writer
    trafilatura gives as the page's.
    """
    root = tree.getroottree().getroot()
    dropped, candidate_lists = _author_candidates(root)
    holders: set[HtmlElement] | None = None
    for candidates in candidate_lists:
        for node in candidates:
            if node in dropped or any(a in dropped for a in node.iterancestors()) or in_teaser_card(node):
                continue
            if holders is None:
                holders = {a for d in dropped for a in d.iterancestors()}
            if node in holders:
                node = _pruned_copy(node, dropped)
            content = trim(" ".join(node.itertext()))
            if content and 2 < len(content) < 120:
                guess = normalize_authors(None, content)
                return AuthorGuess(guess, content) if guess else guess
    return None


def _pruned_copy(node: HtmlElement, dropped: set[HtmlElement]) -> HtmlElement:
    """A copy of ``node`` with the dropped boxes inside it deleted as trafilatura deletes them (tails kept)."""
    copy = deepcopy(node)
    for original, copied in list(zip(node.iter(), copy.iter())):
        if original in dropped:
            delete_element(copied)
    return copy
