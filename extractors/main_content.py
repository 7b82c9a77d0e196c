"""trafilatura's main extractor (``extract_content``) with its class/id tests in Python.

trafilatura finds the story's container (``BODY_XPATH``) and drops boilerplate
inside it (``OVERALL_DISCARD_XPATH``) with XPaths full of EXSLT regex tests; lxml
runs each test as a Python callback, which makes those few XPaths a third of the
body's cost. Here the same tests run as compiled regexes over each element's
attributes, built from trafilatura's own token lists, and the rest of the main
extractor is trafilatura's code path unchanged (same handlers, same order), but for
one rule: a "teaser" box that is the story's own lead is not pruned with the teasers.
tests/test_main_content.py holds the selectors to the XPaths they replace.

Only the balanced and recall focus are supported (newsjson never asks for precision).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from copy import deepcopy
from functools import lru_cache
from itertools import islice

from lxml import etree
from lxml.etree import Element, _Element, strip_elements, strip_tags
from lxml.html import HtmlElement
from trafilatura import xpaths as X
from trafilatura.htmlprocessing import (
    link_density_test_tables,
    process_node,
    prune_unwanted_nodes,
)
from trafilatura.main_extractor import (
    NOT_AT_THE_END,
    REBUILT_BLOCKS,
    _elem_text,
    handle_textelem,
)
from trafilatura.settings import DEDUPE_SCAN_CAP, INLINE_FORMATTABLE, MIN_DUPLICATE_LENGTH, TAG_CATALOG, Extractor
from trafilatura.utils import LINK_FARM_RATIO, SPACING_PROTECTED, text_chars_test, trim
from trafilatura.xml import delete_element

from .html_parse import text_of

Selector = Callable[[HtmlElement], list[HtmlElement]]
_CONTAINER_TAGS = ("article", "div", "main", "section")
_BOILERPLATE_TAGS = frozenset(("div", "item", "list", "p", "section", "span"))


def _search(pattern: str, flags: int = 0) -> Callable[[str], bool]:
    compiled = re.compile(pattern, flags)

    # A page repeats its class names ("article-text" on every paragraph), pages of a
    # site share them, and each cascade asks again: a name is searched once.
    @lru_cache(maxsize=4096)
    def search(value: str) -> bool:
        return compiled.search(value) is not None

    return search


def _first_match(test: Callable[[_Element], bool]) -> Selector:
    """(.//*[self::article or self::div or self::main or self::section][test])[1]"""

    def select(tree: HtmlElement) -> list[HtmlElement]:
        for element in tree.iter(*_CONTAINER_TAGS):
            if element is not tree and test(element):
                return [element]
        return []

    return select


# BODY_XPATH[0]: containers named as the article's content ("article-body", "post-content").
_article_id = _search(X._alt(X._ARTICLE_CONTENT_ID_TOKENS))
_article_class = _search(X._alt(X._ARTICLE_CONTENT_CLASS_TOKENS))


def _is_article_content(element: _Element) -> bool:
    klass, ident = element.get("class") or "", element.get("id") or ""
    return (
        klass in ("post", "entry")
        or element.get("itemprop") == "articleBody"
        or ident == "articleContent"
        or bool(ident) and _article_id(ident)
        or bool(klass) and _article_class(klass)
    )


# BODY_XPATH[2]: story containers ("story-body", "fulltext", "single-post").
_story_id = _search(X._alt(X._STORY_ID_TOKENS))
_story_class = _search(X._alt(X._STORY_CLASS_TOKENS))
_fulltext_class = _search("fulltext", re.IGNORECASE)


def _is_story(element: _Element) -> bool:
    klass, ident = element.get("class") or "", element.get("id") or ""
    return (
        element.get("role") == "article"
        or ident in ("article", "story")
        or klass in ("postarea", "art-postcontent", "text", "cell", "story")
        or bool(ident) and _story_id(ident)
        or bool(klass) and (_fulltext_class(klass) or _story_class(klass))
    )


# BODY_XPATH[3]: main-content containers ("content-main", "page-content").
_main_id = _search(X._alt(X._MAIN_CONTENT_ID_TOKENS))
_main_class = _search(X._alt(X._MAIN_CONTENT_CLASS_TOKENS))


def _is_main_content(element: _Element) -> bool:
    klass, ident = element.get("class") or "", element.get("id") or ""
    return (
        ident == "content"
        or klass == "content"
        or bool(ident) and (_main_id(ident) or "main-content" in ident.replace("C", "c").replace("M", "m"))
        or bool(klass) and (
            _main_class(klass)
            or "main-content" in klass.replace("C", "c").replace("M", "m")
            or "page-content" in klass.replace("C", "c").replace("P", "p")
        )
    )


# A story split by ads or recirculation rails into several containers of one class
# ("article__body" … ad … "article__body"): the later parts are read with the first.
# A part must hold this much text: image holders and ad slots of the body's class
# are left where they are.
_CONTINUATION_CHARS = 400


def join_split_body(tree: HtmlElement, first: HtmlElement) -> None:
    """Move the children of later same-tag, same-class containers into ``first``.

    Parts holding a headline of their own (an <h1>, or an <article>) are other stories,
    as on a page listing several posts, and are left alone.
    """
    klass = first.get("class")
    if not klass:
        return
    inside = set(first.iter())
    above = set(first.iterancestors())
    after = False
    for element in tree.iter(first.tag):
        if element is first:
            after = True
            continue
        if not after or element in inside or element in above or element.get("class") != klass:
            continue
        if _holds_a_story(element):
            continue
        if len(" ".join(element.text_content().split())) < _CONTINUATION_CHARS:
            continue
        inside.update(element.iter())
        for child in list(element):
            first.append(child)


def _holds_a_story(element: HtmlElement) -> bool:
    # Headings are <head rend="h1"> once trafilatura has converted the tags.
    return element.find(".//article") is not None or any(
        head.get("rend") == "h1" for head in element.iter("head", "h1")
    )


_by_article_content = _first_match(_is_article_content)
_by_story = _first_match(_is_story)
_by_main_content = _first_match(_is_main_content)
BODY_SELECTORS: list[Selector] = [
    _by_article_content,
    X.BODY_XPATH[1],
    _by_story,
    _by_main_content,
    X.BODY_XPATH[4],
]

# The selectors that find a container by its class or id (not by tag or role).
_CLASS_SELECTORS = (_by_article_content, _by_story, _by_main_content)

# OVERALL_DISCARD_XPATH: share bars, newsletters, menus, ads, related links, hidden blocks.
_consent = _search(X._alt(X._CONSENT_ID_CLASS_TOKENS))
_discard_id = _search(X._alt(X._OVERALL_DISCARD_BOTH_TOKENS + X._OVERALL_DISCARD_ID_TOKENS))
_discard_class = _search(X._alt(X._OVERALL_DISCARD_BOTH_TOKENS + X._OVERALL_DISCARD_CLASS_TOKENS))
_hidden = _search("hidden")
_comment_id = _search("reader-comments|akismet")
_hidden_class = _search(
    "^hide-|comments-title|nocomments|-reply-|message|akismet|suggest-links|-hide-|hide-print| hidden| hide|noprint|notloaded"
)


def _first_present(names: list[str], first: str, second: str, element: _Element) -> str:
    """XPath's string(@first|@second): the value of whichever the element lists first."""
    for name in names:
        if name == first or name == second:
            return element.get(name)
    return ""


def _is_boilerplate(element: _Element) -> bool:
    names = element.keys()  # every test below reads an attribute
    klass = element.get("class") if "class" in names else None
    ident = element.get("id") if "id" in names else None
    if element.tag in _BOILERPLATE_TAGS and (
        "data-lp-replacement-content" in names
        or ("role" in names and "nav" in element.get("role").replace("N", "n"))
        or ("data-component" in names and "MostPopularStories" in element.get("data-component"))
        or ((klass is not None or ident is not None) and _consent(_first_present(names, "id", "class", element)))
        or (ident and _discard_id(ident))
        or (klass and _discard_class(klass))
    ):
        return True
    style = element.get("style") or "" if "style" in names else ""
    return bool(
        klass == "comments-title"
        or ((klass is not None or ident is not None) and _first_present(names, "id", "class", element).startswith("reply-"))
        or ((ident is not None or style) and _hidden(_first_present(names, "id", "style", element)))
        or "display:none" in style
        or "display: none" in style
        or (ident and _comment_id(ident))
        or (klass and _hidden_class(klass))
        or ("aria-hidden" in names and element.get("aria-hidden") == "true")
    )


# Elements with at least one attribute: the only ones the tests can select.
_WITH_ATTRIBUTES = etree.XPath(".//*[@*]")
# trafilatura's "//p//text()" (the whole document's paragraphs), as plain strings: only their length is read.
_PARAGRAPH_TEXTS = etree.XPath("//p//text()", smart_strings=False)


def boilerplate(tree: HtmlElement, named: list[HtmlElement] | None = None) -> list[HtmlElement]:
    """What both OVERALL_DISCARD_XPATH expressions select under ``tree``; ``named``:
    its elements with attributes (``_WITH_ATTRIBUTES``), when the caller has them."""
    return [element for element in (_WITH_ATTRIBUTES(tree) if named is None else named) if _is_boilerplate(element)]


def _is_caption(element: _Element) -> bool:
    """DISCARD_IMAGE_ELEMENTS' test: contains(@id, 'caption') or contains(@class, 'caption')."""
    return element.tag in _BOILERPLATE_TAGS and (
        "caption" in (element.get("id") or "") or "caption" in (element.get("class") or "")
    )


def _is_teaser(element: _Element) -> bool:
    """TEASER_DISCARD_XPATH's test, its translate(…, 'T', 't') written out."""
    return element.tag in _BOILERPLATE_TAGS and (
        "teaser" in (element.get("id") or "").replace("T", "t") or "teaser" in (element.get("class") or "").replace("T", "t")
    )


# A paragraph this long before a "teaser" box is the story's text: the box comes after it.
_STORY_PARAGRAPH_CHARS = 150
# The text a container holds besides its lead, when it is the story's.
_STORY_BELOW_LEAD_CHARS = 500


def _is_own_lead(element: _Element, tree: _Element, tree_chars: int) -> bool:
    """Whether a "teaser" box in ``tree`` (of ``tree_chars`` characters) is the story's
    own standfirst (a news CMS's "teaser-text" over its article): it stands above the
    story's paragraphs and links nowhere, where a teaser of another story links to it
    and follows the story."""
    if next(element.iter("ref"), None) is not None:
        return False
    if any(ancestor.tag == "ref" for ancestor in element.iterancestors()):
        return False
    if tree_chars - len(text_of(element)) < _STORY_BELOW_LEAD_CHARS:  # a teaser card, not a story under its lead
        return False
    for node in tree.iter():
        if node is element:
            return True
        if node.tag == "p" and len(text_of(node)) >= _STORY_PARAGRAPH_CHARS:
            return False
    return False


def prune_boilerplate(tree: HtmlElement, matches: list[HtmlElement]) -> HtmlElement:
    """trafilatura's prune_unwanted_nodes(tree, OVERALL_DISCARD_XPATH, with_backup=True),
    ``matches`` being what boilerplate(tree) selects.

    Its guard against pruning most of the text measures the text of the whole tree;
    with nothing selected there is nothing to guard, and the measure is skipped.
    """
    if not matches:
        return tree
    return prune_unwanted_nodes(tree, [lambda _: matches], with_backup=True)


# Characters of an element's text read to bound its length from below (see link_density_test).
_MEASURED_PREFIX = 1000


def link_density_test(element: HtmlElement, link_lengths: dict[_Element, int] | None = None) -> tuple[bool, bool]:
    """trafilatura's link_density_test (precision not favoured), with three savings.

    Descendants are found by lxml's tag iterator instead of ElementPath (``.//ref``),
    whose compiled-path machinery runs in Python. The length of the element's text
    with its whitespace folded, which trafilatura computes whole for each container
    (the story's text again at each level of nesting), is first bounded from below by
    folding only its first characters (folding a prefix never gives more than the
    whole): the bound settles the tests on most large containers ("at least 300
    characters", "links under 90% of the text"), the exact length is taken when not.
    And a caller testing nested containers of an unchanging tree passes
    ``link_lengths`` so each link's text is measured once, not once per container.
    """
    links = list(element.iter("ref"))  # (never the element itself: it is a div, list or p)
    if not links:
        return False, False
    if next(element.iter("graphic"), None) is not None:  # image containers are kept
        return False, False
    content = text_of(element)
    exact = len(content) <= _MEASURED_PREFIX
    bound = len(trim(content if exact else content[:_MEASURED_PREFIX]))  # the length, or a lower bound

    def length_unless_at_least(limit: float) -> int:
        """The exact length, or the bound when that reaches ``limit`` (so does the length)."""
        return bound if exact or bound >= limit else len(trim(content))

    if len(links) == 1:
        link_text = trim(text_of(links[0]))
        if len(link_text) > 100 and len(link_text) > length_unless_at_least(len(link_text) / 0.9 + 1) * 0.9:
            return True, False
    if element.tag == "p":
        limitlen = 60 if element.getnext() is None else 30
    elif element.getnext() is None:
        limitlen = 300
    else:
        limitlen = 100
    elemlen = length_unless_at_least(limitlen)
    if elemlen < limitlen:
        linklen, elemnum, shortelems = _link_info(links, link_lengths)
        if elemnum == 0:
            return True, False
        return linklen > elemlen * 0.8 or (elemnum > 1 and shortelems / elemnum > 0.8), True
    # large link farms ("latest news" sidebars), unless a listing of one link per paragraph
    if len(links) > 4:
        linklen, elemnum, _ = _link_info(links, link_lengths)
        if (
            linklen > length_unless_at_least(linklen / LINK_FARM_RATIO + 1) * LINK_FARM_RATIO
            and linklen < 100 * elemnum
            and not _is_paragraph_listing(links)
        ):
            return True, False
    return False, False


def _link_info(links: list[HtmlElement], link_lengths: dict[_Element, int] | None) -> tuple[int, int, int]:
    """trafilatura's collect_link_info: total length of the links' texts, how many have
    text, and how many of those are under 10 characters."""
    if link_lengths is None:
        lengths = [len(trim(text_of(link))) for link in links]
    else:
        lengths = []
        for link in links:
            length = link_lengths.get(link)
            if length is None:
                length = link_lengths[link] = len(trim(text_of(link)))
            lengths.append(length)
    lengths = [length for length in lengths if length]
    return sum(lengths), len(lengths), sum(1 for length in lengths if length < 10)


def _is_paragraph_listing(links: list[HtmlElement]) -> bool:
    """trafilatura's is_paragraph_listing: every link alone in its paragraph."""
    for link in links:
        parent = link.getparent()
        if parent is None or parent.tag != "p" or next(islice(parent.iter("ref"), 1, None), None) is not None:
            return False
    return True


def delete_by_link_density(subtree: HtmlElement, tagname: str, backtracking: bool = False) -> bool:
    """trafilatura's delete_by_link_density (precision not favoured); tells whether it deleted anything."""
    deletions = []
    link_lengths: dict[_Element, int] = {}  # the tree does not change until the deletions below
    for elem in subtree.iter(tagname):
        result, short_with_links = link_density_test(elem, link_lengths)
        if result or (backtracking and short_with_links and len(elem) >= 3 and len(trim(elem.text_content())) < 100):
            # a paragraph holding a list item's content is kept (trafilatura's GH #788)
            parent = elem.getparent()
            if tagname == "p" and parent is not None and parent.tag in ("item", "td", "th"):
                continue
            deletions.append(elem)
    for elem in dict.fromkeys(deletions):
        delete_element(elem)
    return bool(deletions)


def prune_unwanted_sections(
    tree: HtmlElement, potential_tags: set[str], options: Extractor, keep_teasers: bool = False
) -> HtmlElement:
    """trafilatura's prune_unwanted_sections (balanced or recall focus).

    Its three class/id prunes (boilerplate, caption boxes, teasers) each select from
    what the one before left; here one query finds the candidates of all three. An
    element that lay inside a part already pruned is then deleted from that part
    alone, which leaves the tree as trafilatura's XPath, not selecting it, does.
    """
    named = _WITH_ATTRIBUTES(tree)
    tree = prune_boilerplate(tree, boilerplate(tree, named))
    if "graphic" not in potential_tags:
        for element in [element for element in named if _is_caption(element)]:
            delete_element(element)
    if options.focus != "recall" and not keep_teasers:
        # (one departure from trafilatura: the story's own lead in a "teaser" box stays)
        tree_chars = -1
        for element in [element for element in named if _is_teaser(element)]:
            if tree_chars < 0:
                tree_chars = len(text_of(tree))
            if not _is_own_lead(element, tree, tree_chars):
                delete_element(element)
    # trafilatura prunes by link density twice, as a deletion can tip an enclosing
    # box; a first round that deletes nothing leaves the tree as the second finds it.
    for _ in range(2):
        deleted = delete_by_link_density(tree, "div", backtracking=True)
        deleted = delete_by_link_density(tree, "list") or deleted
        deleted = delete_by_link_density(tree, "p") or deleted
        if not deleted:
            break
    if "table" in potential_tags:
        # collected first: deleting a table while iterating can skip the next one
        boilerplate_tables = [elem for elem in tree.iter("table") if link_density_test_tables(elem) is True]
        for elem in boilerplate_tables:
            delete_element(elem, keep_tail=False)
    strip_tags(tree, "span", *(() if "ref" in potential_tags else ("ref",)))
    return tree


def _extract(tree: HtmlElement, options: Extractor) -> tuple[_Element, str, set[str]]:
    """trafilatura's main_extractor._extract, with the selectors above."""
    potential_tags = set(TAG_CATALOG)
    if options.tables is True:
        potential_tags.update(["table", "td", "th", "tr"])
    if options.images is True:
        potential_tags.add("graphic")
    if options.links is True:
        potential_tags.add("ref")
    result_body = Element("body")
    for select in BODY_SELECTORS:
        subtree = next((s for s in select(tree) if s is not None), None)
        if subtree is None:
            continue
        if select in _CLASS_SELECTORS:
            join_split_body(tree, subtree)
        subtree = prune_unwanted_sections(subtree, potential_tags, options)
        if len(subtree) == 0:
            continue
        ptest = _PARAGRAPH_TEXTS(subtree)
        factor = 1 if options.focus == "precision" else 3
        if not ptest or len("".join(ptest)) < options.min_extracted_size * factor:
            potential_tags.add("div")
        subelems = subtree.xpath(".//*")
        tags = {e.tag for e in subelems}
        if tags == {"lb"} or (subtree.tag == "div" and "div" in potential_tags and tags <= INLINE_FORMATTABLE | {"lb"}):
            subelems = [subtree]
        lead, start = None, len(result_body)
        if subelems != [subtree] and text_chars_test(subtree.text):
            lead = Element("p")
            lead.text = subtree.text
            lead = process_node(lead, options)
        for elem in subelems:
            if elem.getroottree().getroot() is result_body:
                continue
            tag, tail = elem.tag, elem.tail
            processed_elem = handle_textelem(elem, potential_tags, options)
            if processed_elem is not None:
                result_body.append(processed_elem)
                if elem.getroottree().getroot() is not result_body:
                    elem.tag = "done"
            if tag in REBUILT_BLOCKS and text_chars_test(tail) and (processed_elem is None or processed_elem.tail is None):
                tail_elem = Element("p")
                tail_elem.text = tail
                if process_node(tail_elem, options) is not None:
                    result_body.append(tail_elem)
        while len(result_body) > 0 and (result_body[-1].tag in NOT_AT_THE_END):
            delete_element(result_body[-1], keep_tail=False)
        if sum(e.tag != "graphic" for e in result_body) > 1:
            if lead is not None:
                result_body.insert(start, lead)
            break
    temp_text = " ".join(result_body.itertext()).strip()
    return result_body, temp_text, potential_tags


def recover_wild_text(
    tree: HtmlElement, result_body: _Element, options: Extractor, potential_tags: set[str], consumed: set[_Element]
) -> _Element:
    """trafilatura's recover_wild_text, its pruning done by prune_unwanted_sections above
    (trafilatura's own runs the regex XPaths over the whole page: most of the recovery's time)."""
    potential_tags = set(potential_tags)  # the recall branch adds to it
    search_expr = ".//code|.//p|.//quote|.//table|.//div[contains(@class, 'w3-code')]"
    if options.focus == "recall":
        potential_tags.update(["div", "lb"])
        search_expr += "|.//div|.//lb|.//list"
    search_tree = prune_unwanted_sections(tree, potential_tags, options, keep_teasers=options.fast)
    subelems = search_tree.xpath(search_expr)
    elem_texts = [_elem_text(el) for el in result_body]
    existing = "\n".join(filter(None, elem_texts))
    existing_elems = set(elem_texts)
    handled: set[_Element] = set()  # elements emitted or deduplicated whole: their descendants are covered
    for subelem in subelems:
        if (consumed and subelem in consumed) or any(a in handled for a in subelem.iterancestors()):
            continue
        processed = handle_textelem(subelem, potential_tags, options)
        if processed is None:
            continue
        if processed is subelem:
            handled.add(subelem)
        text = _elem_text(processed)
        # image-only blocks: their sources are checked against the body
        images = {img.get("src") for img in processed.iter("graphic")}
        if not text and images and images <= {g.get("src") for g in result_body.iter("graphic")}:
            continue
        under_cap = len(existing) <= DEDUPE_SCAN_CAP
        fragment = trim(text + (processed.tail or "")) if text_chars_test(processed.tail) else ""
        if text and (
            text in existing_elems
            or (under_cap and ((len(text) > MIN_DUPLICATE_LENGTH and text in existing) or (fragment and fragment in existing)))
        ):
            continue
        result_body.append(processed)
        if under_cap:
            existing += "\n" + (fragment or text)
        existing_elems.add(text)
    return result_body


def extract_content(
    cleaned_tree: HtmlElement, options: Extractor, rebuild: Callable[[], HtmlElement] | None = None
) -> tuple[_Element, str, bool]:
    """trafilatura's main_extractor.extract_content, with the selectors above.

    Also tells whether the wild-text recovery ran: the one step whose result depends
    on ``options.fast``, so without it the quick and the full cascade share this stage.
    The recovery reads the cleaned tree as it was before extraction: trafilatura keeps
    a copy of it; a caller that can build that tree again passes ``rebuild`` instead,
    and the copy is made only for the few pages that need it.
    """
    if options.focus == "precision":
        raise ValueError("the precision focus is not supported here")
    if rebuild is None:
        backup = deepcopy(cleaned_tree)
        rebuild = lambda: backup  # noqa: E731
    order = list(cleaned_tree.iter())
    result_body, temp_text, potential_tags = _extract(cleaned_tree, options)
    recovered = len(result_body) == 0 or len(temp_text) < options.min_extracted_size
    if recovered:
        # the wild-text recovery, trafilatura's own (rare: a page without a found container)
        backup_tree = rebuild()
        consumed: set[_Element] = {twin for elem, twin in zip(order, backup_tree.iter(), strict=True) if elem.tag == "done"}
        result_body = recover_wild_text(backup_tree, result_body, options, potential_tags, consumed)
        temp_text = " ".join(result_body.itertext()).strip()
    previous = None
    for el in list(result_body):
        current = _elem_text(el)
        if current and current == previous and len(current) > MIN_DUPLICATE_LENGTH:
            delete_element(el, keep_tail=False)
        else:
            previous = current
    strip_elements(result_body, "done")
    strip_tags(result_body, "div")
    for linebreak in result_body.iter("lb"):
        if (
            linebreak.tail
            and not text_chars_test(linebreak.tail)
            and not any(anc.tag in SPACING_PROTECTED for anc in linebreak.iterancestors())
        ):
            linebreak.tail = None
    return result_body, temp_text, recovered
