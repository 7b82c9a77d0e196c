"""trafilatura's body cascade, run on newsjson's own parsed tree.

``trafilatura.bare_extraction`` copies the tree it is given, reads the page's
metadata, prunes comment and infinite-scroll containers with regex XPaths, and
measures the page's text with a second copy to decide on a recall retry. newsjson
has its own metadata and parses each page once, so this module runs the same
stages (tree cleaning, tag conversion, the main extractor, the readability/jusText
comparison, the baseline rescue and the recall retry) directly, with:

- the two raw-tree prunes done in one Python pass over the tree (same rules as
  trafilatura's ``RAW_TREE_PRUNE_XPATH`` and ``REMOVE_COMMENTS_AND_LISTS_XPATH``),
  in place: the tree is the caller's and is pruned, so read everything else first;
- the page-text measure of the recall retry (trafilatura's ``html2txt``) computed
  by one walk over the tree, without a copy, and only when a retry is possible;
- the comparison cascade run only when asked for, reusing what the quick one found
  (main-extractor results, and readability's candidate across its two comparisons),
  with jusText's page cleaning done without regex callbacks too.

Tested against trafilatura's own functions in tests/test_body_cascade.py.
"""
from __future__ import annotations

import logging
import pkgutil
import re
from copy import copy
from functools import cache, lru_cache
from itertools import chain

from justext.core import ParagraphMaker, PathInfo, classify_paragraphs, revise_paragraph_classification
from justext.paragraph import Paragraph
from justext.utils import get_stoplists, normalize_whitespace
from lxml.etree import Element, SubElement, _Element, tostring
from lxml.html import HtmlElement
from trafilatura.baseline import _BLOCK_ELEMS, baseline
from trafilatura.core import (
    ESCALATION_ACCEPT_RATIO,
    ESCALATION_JUSTEXT_RATIO,
    ESCALATION_MAX_LENGTH,
    ESCALATION_PAGE_SHARE,
    _forum_thread_page,
)
from trafilatura.external import (
    JUSTEXT_OVERRIDE_RATIO,
    SANITIZED_XPATH,
    _prefer_readability,
    sanitize_tree,
)
from trafilatura.external import try_justext as trafilatura_try_justext
from trafilatura.htmlprocessing import convert_tags, tree_cleaning
from trafilatura.readability_lxml import Document as ReadabilityDocument
from trafilatura.settings import _COOKIE_CONSENT_RE, JUSTEXT_LANGUAGES, Extractor
from trafilatura.utils import fromstring_bytes, remove_control_characters, trim
from trafilatura.xml import delete_element, xmltotxt

from .main_content import extract_content

LOGGER = logging.getLogger(__name__)

# trafilatura's options for a body without comments, in its default (balanced) focus.
_QUICK = Extractor(output_format="python", fast=True, comments=False)
_FULL = Extractor(output_format="python", fast=False, comments=False)


def _recall(options: Extractor) -> Extractor:
    recall = copy(options)
    recall.focus = "recall"
    return recall


_QUICK_RECALL, _FULL_RECALL = _recall(_QUICK), _recall(_FULL)

# RAW_TREE_PRUNE_XPATH: infinite-scroll containers holding whole follow-up articles
# (the "mvp-post-add" boxes of one news theme), unless they hold the page's <h1>;
# and share-button blocks of a page builder.
_SCROLL_BOX = re.compile(r"mvp-post-add-(?:box|wrap)|infinite-?scroll")
_POST_ADD_BOX = re.compile(r"mvp-post-add-(?:box|wrap)")
_SCROLL_TAGS = frozenset(("div", "section", "aside"))
# REMOVE_COMMENTS_AND_LISTS_XPATH: reader-comment sections, and lists of comments.
_COMMENTS_ID = re.compile(r"^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)")
_COMMENTS_LIST_ID = re.compile(r"^(?:[Cc]omment(?!ary)|comol)")
_COMMENTS_CLASS = re.compile(r"^[Cc]omment(?!ary)|(?:article|post)-comments")
_COMMENT_TAGS = frozenset(("div", "list", "section", "details", "ol", "ul"))
_PRUNED_TAGS = tuple(_SCROLL_TAGS | _COMMENT_TAGS)
# BASIC_CLEAN_XPATH, the parts of a page html2txt leaves out of the page's text.
_UNCOUNTED_TAGS = frozenset(("aside", "fencedframe", "footer", "script", "style", "svg", "template"))
_COOKIE_BOX = re.compile(_COOKIE_CONSENT_RE, re.IGNORECASE)
_BLOCKS = frozenset(_BLOCK_ELEMS)
# jusText's whitespace runs (justext.utils.MULTIPLE_WHITESPACE_PATTERN).
_SPACES = re.compile(r"\s+", re.UNICODE)


def prune_raw_tree(tree: HtmlElement) -> None:
    """trafilatura's raw-tree prunes (comments off), in place, in one pass."""
    doomed: list[HtmlElement] = []
    # On forum pages the "comments" are the posts; the page is asked only once a comment container is met.
    prune_comments: bool | None = None
    for element in tree.iter(*_PRUNED_TAGS):
        if element is tree:
            continue
        tag = element.tag
        ident = element.get("id") or ""
        klass = element.get("class") or ""
        # The regular expressions only run where their fixed words occur (a tenth of the cost).
        if tag in _SCROLL_TAGS:
            if (
                ("infinite" in ident or "mvp-post-add-" in ident or "infinite" in klass or "mvp-post-add-" in klass)
                and (_SCROLL_BOX.search(ident) or _SCROLL_BOX.search(klass))
            ) and (
                element.find(".//h1") is None or _POST_ADD_BOX.search(ident) or _POST_ADD_BOX.search(klass)
            ):
                doomed.append(element)
                continue
            if "elementor-share-buttons" in klass:
                doomed.append(element)
                continue
        comments_class = "omment" in klass and _COMMENTS_CLASS.search(klass) is not None
        if tag in _COMMENT_TAGS and (_COMMENTS_ID.search(ident) or comments_class):
            if tag not in ("ol", "ul") or _COMMENTS_LIST_ID.search(ident) or comments_class:
                if prune_comments is None:
                    prune_comments = not _forum_thread_page(tree)
                if prune_comments:
                    doomed.append(element)
    # Deleting keeps each tail in place, so the order of deletions does not change the text.
    for element in doomed:
        delete_element(element)


def page_text_length(tree: HtmlElement) -> int:
    """The length of trafilatura's ``html2txt(tree)``, read without copying the tree."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    pieces: list[str] = []
    _collect_text(root, root.tag in _BLOCKS, pieces)
    return len(" ".join("".join(pieces).split()))


def _uncounted(element: _Element, klass: str | None, ident: str | None) -> bool:
    """Whether BASIC_CLEAN_XPATH drops an element; ``klass`` and ``ident``: its class and id."""
    tag = element.tag
    if tag in _UNCOUNTED_TAGS:
        return True
    if tag == "div" and (klass is not None or ident is not None):
        # contains(@class|@id, 'footer') reads the attribute that comes first on the element.
        first: str | None = klass if klass is not None else ident
        if klass is not None and ident is not None and next(k for k in element.attrib if k in ("class", "id")) == "id":
            first = ident
        if first is not None and "footer" in first:
            return True
    return bool((klass and _cookie_box(klass)) or (ident and _cookie_box(ident)))


@lru_cache(maxsize=4096)
def _cookie_box(value: str) -> bool:
    """Whether a class or id names a cookie-consent box (BASIC_CLEAN_XPATH's case-blind test).

    Each alternative of _COOKIE_CONSENT_RE holds one of six words. A case-blind search
    with that many alternatives costs two microseconds per value ("article-body" is
    tried at every position), ten times the substring tests that rule most values out.
    A page repeats its class names: each is judged once.
    """
    if value.isascii():  # elsewhere case-blind matching pairs letters beyond lower() ("ſ" with "s")
        lowered = value.lower()
        if not (
            "cookie" in lowered or "consent" in lowered or "borlabs" in lowered
            or "cmplz" in lowered or "onetrust" in lowered or "moove" in lowered
        ):
            return False
    return _COOKIE_BOX.search(value) is not None


def justext_rescue(tree: HtmlElement, options: Extractor) -> tuple[_Element, str]:
    """trafilatura's justext_rescue, its BASIC_CLEAN_XPATH applied without regex callbacks."""
    for element in [
        e for e in tree.iterdescendants() if isinstance(e.tag, str) and _uncounted(e, e.get("class"), e.get("id"))
    ]:
        delete_element(element)
    body = try_justext(tree, options.url, options.lang)
    return body, trim(" ".join(body.itertext()))


@cache
def all_stopwords() -> frozenset[str]:
    """Every jusText stop word of every language, lower-cased: the stoplist trafilatura
    gives jusText for a page of unknown language, read a file at a time (its own
    reading lower-cases word by word, twice, a quarter of a second per process)."""
    # the line breaks bytes.splitlines knows, as jusText reads the file
    texts = (
        (pkgutil.get_data("justext", f"stoplists/{language}.txt") or b"").decode("utf-8").lower()
        .replace("\r\n", "\n").replace("\r", "\n")
        for language in get_stoplists()
    )
    # built at once, without a set to copy: a blank line never matches a word
    return frozenset(filter(None, chain.from_iterable(text.split("\n") for text in texts)))


def try_justext(tree: HtmlElement, url: str | None, language: str | None) -> _Element:
    """trafilatura's try_justext, with a stoplist cut down to the page's own words.

    jusText counts a paragraph's words that are in the stoplist, so the page's words
    that are stop words give the same counts as the 150,000-word list of all languages;
    and jusText re-reads (and re-hashes) the stoplist it is given on every call.
    """
    if language in JUSTEXT_LANGUAGES:
        return trafilatura_try_justext(tree, url, language)
    body = Element("body")
    try:
        paragraphs = _ParagraphMaker.make_paragraphs(tree)
        words = {word.lower() for paragraph in paragraphs for word in paragraph.text.split()}
        stoplist = frozenset(words.intersection(all_stopwords()))
        classify_paragraphs(paragraphs, stoplist, 50, 150, 0.1, 0.2, 0.25, True)
        revise_paragraph_classification(paragraphs, 150)
    except Exception as err:  # noqa: BLE001 - trafilatura keeps an empty body then
        LOGGER.debug("justext failed: %s %s", err, url)
    else:
        for paragraph in paragraphs:
            if not paragraph.is_boilerplate:
                SubElement(body, "p").text = paragraph.text
    return body


class _Paragraph(Paragraph):
    """jusText's paragraph, its DOM path spelled out and its text normalised only when read.

    jusText opens a paragraph at every block tag, writing out the path to it twice
    (a join over the whole depth), and most are closed again empty; each classifying
    rule then re-normalises the text's whitespace. Same values, computed once.
    """

    def __init__(self, path: PathInfo) -> None:  # Paragraph.__init__ would join the path at once
        self._path = tuple(path._elements)  # the path as it is now: the maker extends it in place
        self.text_nodes: list[str] = []
        self.chars_count_in_links = 0
        self.tags_count = 0
        self.class_type = ""
        self._text: str | None = None
        self._text_nodes_read = -1

    @property
    def dom_path(self) -> str:
        return ".".join(e[0] for e in self._path)

    @property
    def xpath(self) -> str:
        return "/" + "/".join("%s[%d]" % e[:2] for e in self._path)

    @property
    def text(self) -> str:
        if self._text is None or self._text_nodes_read != len(self.text_nodes):
            self._text = normalize_whitespace("".join(self.text_nodes).strip())
            self._text_nodes_read = len(self.text_nodes)
        return self._text

    def append_text(self, text: str) -> str:
        # Without line breaks every whitespace run becomes one space: no callback per run needed.
        text = _SPACES.sub(" ", text) if "\n" not in text and "\r" not in text else normalize_whitespace(text)
        self.text_nodes.append(text)
        return text


class _ParagraphMaker(ParagraphMaker):
    paragraph: _Paragraph | None  # declared: jusText's untyped __init__ leaves mypy no type to read
    paragraphs: list[_Paragraph]

    def _start_new_pragraph(self) -> None:
        if self.paragraph and self.paragraph.contains_text():
            self.paragraphs.append(self.paragraph)
        self.paragraph = _Paragraph(self.path)

    @classmethod
    def make_paragraphs(cls, root: _Element) -> list[_Paragraph]:
        """jusText's make_paragraphs, the tree walked directly: lxml.sax, which it goes
        through, builds each element's namespace map and attribute set, unused here."""
        maker = cls()
        maker._walk(root)
        maker.endDocument()
        return maker.paragraphs

    def _walk(self, element: _Element) -> None:
        """The events lxml.sax gives for an element, its subtree and its tail."""
        tag = element.tag
        if isinstance(tag, str):
            name = (None, tag.rpartition("}")[2])  # the local name is all the maker reads
            self.startElementNS(name, None, None)
            if element.text:
                self.characters(element.text)
            for child in element:
                self._walk(child)
            self.endElementNS(name, None)
        # (of a comment or processing instruction, only the tail is text)
        if element.tail:
            self.characters(element.tail)


def _printable(text: str) -> str:
    """trafilatura's remove_control_characters, answered in C for the text that has none.

    It keeps the characters that are printable or whitespace; a text with a line break
    (most of a page's text) fails ``isprintable`` and is rebuilt one character at a time
    there. Without its whitespace (``str.split`` breaks at what ``isspace`` calls space)
    such a text is printable throughout: it comes back unchanged.
    """
    if text.isprintable() or "".join(text.split()).isprintable():
        return text
    return remove_control_characters(text)


def _collect_text(element: _Element, block: bool, pieces: list[str]) -> None:
    """An element's text and its children's, with their tails (not its own); ``block``:
    whether it is a block element."""
    # html2txt puts a space around the text and tail of each block element (cleaning
    # control characters there) and drops the uncounted elements, whose tails stay.
    text = element.text
    if block:
        pieces.append(" " + _printable(text) if text else " ")
    elif text:
        pieces.append(text)
    host_block = block  # the node a removed child's tail joins: its previous kept sibling, else this one
    for child in element:
        tag = child.tag
        if not isinstance(tag, str):  # comments and processing instructions: only their tails count
            if child.tail:
                pieces.append(child.tail)
            host_block = False
            continue
        klass, ident = child.get("class"), child.get("id")
        # (most elements are neither one of the uncounted tags nor named: no call for them)
        if (tag in _UNCOUNTED_TAGS or klass is not None or ident is not None) and _uncounted(child, klass, ident):
            tail = child.tail
            if tail:
                pieces.append(_printable(tail) if host_block else tail)
            continue
        host_block = tag in _BLOCKS
        _collect_text(child, host_block, pieces)
        tail = child.tail
        if host_block:
            pieces.append(" " + _printable(tail) if tail else " ")
        elif tail:
            pieces.append(tail)


class BodyCascade:
    """The body of one page, by trafilatura's rules, on a tree pruned once."""

    def __init__(self, tree: HtmlElement, *, url: str | None = None) -> None:
        prune_raw_tree(tree)
        self.tree = tree
        self.url = url
        self._page_length: int | None = None
        # The quick cascade's main-extractor results by focus, for the full cascade to
        # reuse; kept only when the wild-text recovery (which differs between them) did not run.
        self._main_results: dict[str, tuple[_Element, str]] = {}
        self._readability_html: str | None = None

    def page_length(self) -> int:
        if self._page_length is None:
            self._page_length = page_text_length(self.tree)
        return self._page_length

    def text(self, *, full: bool = False) -> str:
        """The body as text; ``full`` adds the readability/jusText comparison (slower)."""
        options = _FULL if full else _QUICK
        try:
            body, text = self._sequence(options, _FULL_RECALL if full else _QUICK_RECALL)
        except (TypeError, ValueError):  # what bare_extraction reports as "no document"
            return ""
        return xmltotxt(body, options.formatting) if text else ""

    def _main(self, options: Extractor) -> tuple[_Element, str]:
        """Stages 1-2: the main extractor, then the comparison unless quick."""
        known = None if options.fast else self._main_results.get(options.focus)
        if known is not None:
            body, text = known
        else:
            body, text, recovered = extract_content(self._cleaned(options), options, rebuild=lambda: self._cleaned(options))
            if options.fast and not recovered:
                self._main_results[options.focus] = body, text
        if not options.fast:
            body, text = self._compare(body, text, options)
        return body, text

    def _cleaned(self, options: Extractor) -> HtmlElement:
        """The tree as the main extractor reads it: a cleaned copy, tags converted (the same tree on each call)."""
        return convert_tags(tree_cleaning(copy(self.tree), options), options, self.url)

    def _readability(self) -> HtmlElement:
        """readability's candidate (trafilatura's try_readability), computed once per page."""
        if self._readability_html is None:
            try:
                self._readability_html = ReadabilityDocument(copy(self.tree), min_text_length=25).summary()
            except Exception as err:  # noqa: BLE001 - trafilatura treats a failure as no candidate
                LOGGER.debug("readability failed: %s", err)
                self._readability_html = ""
        summary = fromstring_bytes(self._readability_html) if self._readability_html else None
        return summary if summary is not None else HtmlElement()

    def _compare(self, body: _Element, text: str, options: Extractor) -> tuple[_Element, str]:
        """trafilatura's compare_extraction (balanced or recall focus): readability's
        candidate, then jusText's when the result is short or holds page furniture."""
        length = len(text)
        if options.focus == "recall" and length > options.min_extracted_size * 10:
            return body, text
        algo_body = self._readability()
        algo_text = trim(tostring(algo_body, method="text", encoding="utf-8").decode("utf-8"))
        use_readability = _prefer_readability(body, algo_body, algo_text, length, len(algo_text), options)
        if use_readability:
            body, text, length = algo_body, algo_text, len(algo_text)
        unclean = bool(body.xpath(SANITIZED_XPATH))
        if unclean or length < options.min_extracted_size:
            # jusText reads the cleaned tree before tag conversion
            j_body, j_text = justext_rescue(tree_cleaning(copy(self.tree), options), options)
            if unclean:
                accept = length <= JUSTEXT_OVERRIDE_RATIO * len(j_text) and (
                    len(j_text) > length or not options.images or body.find(".//graphic") is None
                )
            else:
                accept = length < len(j_text)
            if j_text and accept:
                body, text, length = j_body, j_text, len(j_text)
                use_readability = False
        if use_readability:
            body, text = sanitize_tree(body, options)
        return body, text

    def _sequence(self, options: Extractor, recall: Extractor) -> tuple[_Element, str]:
        """trafilatura_sequence without comments, after the raw-tree prunes."""
        body, text = self._main(options)
        # 3. rescue: the baseline on the uncleaned tree, when it adds text
        if len(text) < options.min_extracted_size:
            b_body, b_text, b_len = baseline(self.tree)
            if b_len > len(text):
                body, text = b_body, b_text
        # 4. recall retry: a short extraction covering little of the page
        if 0 < len(text) < ESCALATION_MAX_LENGTH and len(text) < ESCALATION_PAGE_SHARE * self.page_length():
            r_text = j_text = ""
            try:
                r_body, r_text = self._main(recall)
            except Exception as err:  # noqa: BLE001 - trafilatura keeps its first result then
                LOGGER.debug("recall retry failed: %s", err)
            if not options.fast:
                try:
                    j_body, j_text = justext_rescue(copy(self.tree), options)
                except Exception as err:  # noqa: BLE001
                    LOGGER.debug("justext candidate failed: %s", err)
            length = len(text)
            if len(j_text) > len(r_text) and len(j_text) > ESCALATION_JUSTEXT_RATIO * length:
                body, text = j_body, j_text
            elif len(r_text) >= options.min_extracted_size and len(r_text) > ESCALATION_ACCEPT_RATIO * length:
                body, text = r_body, r_text
        return body, text
