"""Find the visible byline of a page that states no structured author.

Bylines have a few HTML shapes: microdata (itemprop="author"), author links
(rel="author", /author/ paths), elements whose class says author or byline (or the
German, Spanish and Polish "autor": '<div class="autor">'), short lines that open
with "By"/"Von"/"Par" before a name, datelines that end in the writer ("25.10.2022 -
Jane Doe"), and a bold name line that opens or closes the story. All but the last are
collected by one XPath; comments, menus, footers, side boxes and teaser cards for
other stories that carry the same shapes are skipped.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement
from trafilatura.htmlprocessing import delete_element
from trafilatura.json_metadata import normalize_authors
from trafilatura.utils import trim

# Byline openers: "By Jane Doe", "Von Max Muster", "Par Jeanne Dupont", "Text: …".
_OPENERS = ("By ", "by ", "BY ", "Von ", "von ", "VON ", "Par ", "par ", "Por ", "por ", "Door ", "door ",
            "Text: ", "Text von ", "Autor: ", "Autorin: ", "Author: ", "Autoren ", "Autoren: ", "Authors: ", "Texte : ", "Av ", "Af ",
            "Auteur : ", "Auteur: ", "Written by ", "Posted by ", "Escrito por ", "Geschrieben von ",
            # Chinese credit lines: "责任编辑：焦鹏" (editor in charge), "(责编：…)", "作者：", "记者：".
            "责任编辑：", "责编：", "(责编：", "（责编：", "作者：", "记者：")
# An opener or label set alone in its own element, the name in the next one:
# '<span>By</span><span><a>Jane Doe</a></span>', '<h5>Autor:</h5>Max Muster',
# '<strong>Autorin/Autor</strong> Erika Beispiel', 'von <a href="/autoren/jd">Jane Doe</a>'.
_BARE_LABELS = ("By", "by", "BY", "Von", "von", "VON", "Par", "par", "Por", "por", "Door", "door", "Av", "Af",
                "Text", "Autor", "Autorin", "Author", "Autorin/Autor", "Autor/Autorin",
                "Written by", "Geschrieben von", "Escrito por", "Auteur")
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
# Where author-shaped markup belongs to someone else: commenters, related stories, menus.
# A picture's copyright or licence box credits its photographer ('<div class="photo-licence">
# Foto: <span class="author-name">Jane Doe</span>'), not the story's writer.
_ELSEWHERE = re.compile(
    r"comment|related|sidebar|widget|teaser|footer|menu|nav|recommend|more-|social|share|newsletter|copyright|licen[cs]e",
    re.I,
)
# A figure's caption credits the picture or the audio ("| Jane Doe" under a player), not the story.
_SKIP_TAGS = {"nav", "footer", "aside", "script", "style", "noscript", "template", "head", "title", "option", "button", "meta", "link",
              "figure", "figcaption"}
# The class words that mark an author's box rather than the byline ("author-bio").
_BIO = re.compile(r"bio|description|about|avatar|image|img|photo|pic", re.I)
# A byline is a line; more text than this is a box, a bio or a paragraph.
MAX_BYLINE_CHARS = 120
MAX_CANDIDATES = 12


# Layout modifiers name the page's shape, not the box: "right-sidebar", "has-sidebar",
# "no-comments", "layoutTwoColumnsRightSidebar" on the container that holds the article itself.
_LAYOUT_MODIFIER = re.compile(
    r"^(?:has|no|with|without|left|right|full|show|hide|is)[-_]|[-_](?:left|right|open|closed|enabled|disabled)$|^layout", re.I
)


def _marks_elsewhere(marker: str) -> bool:
    # No word of the pattern holds a space, so a marker with no hit as a whole has none in a token.
    return _ELSEWHERE.search(marker) is not None and any(_ELSEWHERE.search(token) and not _LAYOUT_MODIFIER.search(token) for token in marker.split())


# A link around the byline that holds this much more text than the byline is a teaser
# card for another story: '<a href="/other-story"><h3>Headline</h3><span>Von Jane Doe</span></a>'.
# (An author link holds the name alone: '<a href="/author/jd"><span>Von</span> Jane Doe</a>'.)
TEASER_CARD_EXTRA_CHARS = 20


def _in_teaser_card(node: HtmlElement) -> bool:
    link = next(node.iterancestors("a"), None)
    return link is not None and _is_teaser_card(link, node)


def _is_teaser_card(link: HtmlElement, node: HtmlElement) -> bool:
    return len(_text(link)) > len(_text(node)) + TEASER_CARD_EXTRA_CHARS


def _elsewhere(node: HtmlElement) -> bool:
    for ancestor in node.iterancestors():
        if ancestor.tag in _SKIP_TAGS:
            return True
        if ancestor.tag in ("body", "html"):  # their classes describe the whole page ("single-post comments-open")
            break
        if ancestor.tag == "a" and _is_teaser_card(ancestor, node):
            return True
        marker = (ancestor.get("class") or "") + " " + (ancestor.get("id") or "")
        if marker.strip() and _marks_elsewhere(marker) and not _holds_the_headline(ancestor):
            return True
    return False


def _holds_the_headline(box: HtmlElement) -> bool:
    """A box holding the page's <h1> is the layout around the story, whatever its class says.

    A wrapper named for the sidebar beside it (a class such as 'layout-with-sidebar') and a
    blog post's taxonomy classes ('category-<topic>') name a side box's word, not a side box.
    """
    return box.find(".//h1") is not None


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
    candidates: list[HtmlElement | str] = []
    bare_labels: list[str] = []
    dated_lines: list[str] = []
    named_dates: list[str] = []
    post_author_comment: HtmlElement | None = None
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
            if parent is None or parent.tag in _SKIP_TAGS or _elsewhere(parent):
                continue
            if hit.is_tail:  # type: ignore[attr-defined]  # the text after an element: the line is the text itself
                # '<br>By Jane Doe' opens a line; '<a>a recipe</a> von Bäckern, Metzgern' runs on
                # in the middle of one. Chinese credit labels end in a colon and stand anywhere.
                if _starts_a_line(parent) or not hit.strip()[:1].isascii():
                    opened.append(" ".join(hit.split()))
                continue
            # "<p>By <a>Jane Doe</a></p>": the line is the parent's whole text.
            text = _text(parent)
            # '<a href="/index/theme">par thème</a>': a link labelled "by" a lower-case
            # word is a menu's way to sort pages, not a writer's handle.
            if parent.tag == "a" and text.split(maxsplit=1)[-1].islower():
                continue
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
            # An hCard names its person by class "fn"; an itemprop="name" inside it may be
            # another thing's (a breadcrumb's '<span itemprop="name">Section</span>').
            name = next(iter(hit.xpath(_HCARD_NAME)), None) if hcard else None
            if name is None:
                name = hit.find(".//*[@itemprop='name']")
            text = (hit.get("content") or "") if hit.tag == "meta" else _text(name if name is not None else hit)
            if text and len(text) <= MAX_BYLINE_CHARS:
                marked.append(text)
            continue
        if _BIO.search(hit.get("class") or ""):
            continue
        text = _text(hit)
        if text and len(text) <= MAX_BYLINE_CHARS:
            classed.append(text)
    opened.extend(line for line in (_line_after_bare_label(hit) for hit in bare_labels[:MAX_CANDIDATES]) if line)
    opened.extend(line for line in (_dated_byline(hit) for hit in dated_lines[:MAX_CANDIDATES]) if line)
    opened.extend(line for line in (_name_before_date(hit) for hit in named_dates[:MAX_CANDIDATES]) if line)
    shapes = _paragraph_shapes(tree)
    opened.extend(_signature_paragraphs(shapes.bold_lines))
    opened.extend(_sign_offs(shapes.sign_offs))
    opened.extend(_signed_statements(shapes.two_lines))
    opened.extend(_bracketed_signatures(shapes.lasts))
    head_marked, head_opened = _head_bylines(tree)
    marked.extend(head_marked)
    opened.extend(head_opened)
    if post_author_comment is not None:  # the last resort: a byline in the story names the writer as published
        opened.extend(f"By {name}" for name in _comment_author(post_author_comment))
    return Bylines(*(list(dict.fromkeys(group))[:MAX_CANDIDATES] for group in (marked, classed, opened)))


# Blog engines mark the post's writer answering in the comments ('<li class="comment
# bypostauthor"><cite class="fn">Mara</cite> says: …'): the name is the account the post is
# published under, the one its author box would show. Read after every byline the story shows.
# The hCard name first: the author box around it also holds "says:" and the avatar.
_COMMENT_AUTHOR_NAMES = (etree.XPath(_HCARD_NAME), etree.XPath(".//*[contains(@class, 'comment-author')]"))


def _comment_author(comment: HtmlElement) -> list[str]:
    """The name of the post's writer on their own comment: its hCard name, or its author box's text."""
    for find in _COMMENT_AUTHOR_NAMES:
        for name in find(comment)[:1]:
            text = _text(name)
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
    if owner is None or owner.tag in _SKIP_TAGS or _elsewhere(owner):
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
    if not named or not _all_capitalised(named[1]):
        return None
    owner = hit.getparent()  # type: ignore[attr-defined]  # lxml text results know their element
    if owner is None or owner.tag in _SKIP_TAGS:
        return None
    rest = named[2]
    if not rest:
        # The date stands in the next element: '<span>Jane Doe |</span><span>05.04.2025</span>'
        # ('<br>Jane Doe | <time>…' when the text is the tail of the element before it).
        if not hit.is_tail and len(owner):  # type: ignore[attr-defined]
            return None
        after = owner.getnext()
        rest = _text(after)[:MAX_BYLINE_CHARS] if after is not None else ""
    if not _OPENS_WITH_DATE.match(rest) or _elsewhere(owner):
        return None
    return named[1]


# A story signed by a bold line of its own after its last paragraph:
# '<p>…the last sentence.</p><p><strong>Jane Doe</strong></p>'. Fewer paragraphs than this
# before it is a box, not a story. A bold line before the first paragraph is as often a
# section's heading as its writer; there it is read only when every word is capitalised
# as in a name ('<p><strong>JANE DOE/John Roe</strong></p>'), not as in a sentence or a
# label ('Weitere Links:'), and when no paragraph of a story's length comes before it
# on the page (after one, it heads a section of a story already begun).
MIN_STORY_PARAGRAPHS = 3
STORY_PARAGRAPH_CHARS = 150
_FIND_STORY_PARAGRAPHS_BEFORE = etree.XPath(f"preceding::p[string-length(normalize-space(.)) > {STORY_PARAGRAPH_CHARS}][1]")
_NAME_SEPARATORS = re.compile(r"[\s/]+")
MAX_SIGNATURE_WORDS = 4


@dataclass
class _ParagraphShapes:
    """The page's <p> elements in the shapes a story's opening or closing signature takes, from one walk."""

    bold_lines: list[HtmlElement] = field(default_factory=list)  # '<p><strong>Jane Doe</strong></p>'
    sign_offs: list[HtmlElement] = field(default_factory=list)  # '<p>Eure Mara</p>'
    two_lines: list[HtmlElement] = field(default_factory=list)  # '<p>Jane Doe<br>Vorsitzende</p>'
    lasts: list[HtmlElement] = field(default_factory=list)  # the last <p> among its siblings


def _paragraph_shapes(tree: HtmlElement) -> _ParagraphShapes:
    # One walk over the paragraphs: an XPath per shape walks the whole page each time.
    shapes = _ParagraphShapes()
    for para in tree.iter("p"):
        if len(para) == 1:
            if _is_bold_line(para):
                shapes.bold_lines.append(para)
            elif para[0].tag == "br":
                shapes.two_lines.append(para)
        first = para.text if para.text is not None else next((child.tail for child in para if child.tail is not None), None)
        if first and first.lstrip().startswith(_SIGN_OFFS):
            shapes.sign_offs.append(para)
        if next(para.itersiblings("p"), None) is None:
            shapes.lasts.append(para)
    return shapes


def _sibling_paragraphs(para: HtmlElement) -> list[HtmlElement]:
    """The paragraphs with text that share ``para``'s parent: the story a signature would close."""
    parent = para.getparent()
    return [p for p in parent.iterchildren("p") if _text(p)] if parent is not None else []


def _signature_paragraphs(bold_lines: list[HtmlElement]) -> list[str]:
    """Bold-only short paragraphs that close a run of story paragraphs (nothing with text after them) or open it."""
    found = []
    for para in bold_lines[: MAX_CANDIDATES * 4]:
        text = _text(para[0])
        if not text or len(text.split()) > MAX_SIGNATURE_WORDS or _elsewhere(para):
            continue
        paragraphs = _sibling_paragraphs(para)
        if len(paragraphs) >= MIN_STORY_PARAGRAPHS and para is paragraphs[-1] and not any(
            _text(after) for after in para.itersiblings()
        ):
            found.append(text)
        elif (
            _all_capitalised(text) and not text.endswith((".", ":", "!", "?"))
            and len(paragraphs) > MIN_STORY_PARAGRAPHS and _opens_the_story(para, paragraphs)
            and not _FIND_STORY_PARAGRAPHS_BEFORE(para)
        ):
            found.append(text)
    return found


# A blog post signed off in its last paragraph: "Eure Mara", "Liebe Grüße, Mara",
# "Cheers, Mara". Only the paragraph's first text is tested, in the walk over paragraphs.
_SIGN_OFFS = ("Euer ", "Eure ", "Dein ", "Deine ", "Liebe Grüße", "Viele Grüße", "Herzliche Grüße", "Cheers, ", "Love, ", "Yours, ")
_SIGN_OFF = re.compile(r"^(?:" + "|".join(re.escape(w.strip(" ,")) for w in _SIGN_OFFS) + r")[,!]?\s+(.+)$")
MAX_SIGN_OFF_NAME_WORDS = 3


def _sign_offs(sign_offs: list[HtmlElement]) -> list[str]:
    """'By Mara' for a story's last paragraph that signs it off ('Eure Mara'): the writer's signature."""
    found = []
    for para in sign_offs[:MAX_CANDIDATES]:
        if _elsewhere(para):
            continue
        signed = _SIGN_OFF.match(_text(para))
        if not signed or len(signed[1].split()) > MAX_SIGN_OFF_NAME_WORDS:
            continue
        paragraphs = _sibling_paragraphs(para)
        if len(paragraphs) >= MIN_STORY_PARAGRAPHS and para is paragraphs[-1]:
            found.append(f"By {signed[1]}")
    return found


# A statement signed in its last paragraph by name and office on two lines:
# '<p>Jane Doe<br>Vorsitzende des Vereins</p>'.
MAX_OFFICE_WORDS = 4


def _signed_statements(two_lines: list[HtmlElement]) -> list[str]:
    """The name line of a two-line last paragraph (name, then office) that closes a story."""
    found = []
    for para in two_lines[:MAX_CANDIDATES]:
        name = " ".join((para.text or "").split())
        office = " ".join((para[0].tail or "").split())
        if not 2 <= len(name.split()) <= MAX_SIGNATURE_WORDS or not office or len(office.split()) > MAX_OFFICE_WORDS:
            continue
        # "Night Song<br>Jane Doe (example.net)": a credits list, not an office.
        if not _all_capitalised(name) or _DIGIT.search(name + office) or "(" in office or "." in office or _elsewhere(para):
            continue
        paragraphs = _sibling_paragraphs(para)
        if len(paragraphs) > MIN_STORY_PARAGRAPHS and para is paragraphs[-1] and paragraphs[-2].find("br") is None:
            found.append(name)
    return found


# A regional story signed in brackets at the end of its last paragraph:
# '<p>… bleibt spannend. (Jane Doe) +++</p>'.
# The bracket follows a finished sentence: "(Jo Marsh)" after a quotation without
# a full stop attributes the quote, "Monday (Sunny Weather)" qualifies a heading.
_BRACKETED_NAME = re.compile(r"[.!?]\s*\(((?:[^\W\d_][\w.'’-]*\s+){1,3}[^\W\d_][\w'’-]*)\)[\s+*–—-]*$")


def _bracketed_signatures(lasts: list[HtmlElement]) -> list[str]:
    """The bracketed name that closes the last paragraph of a story."""
    found = []
    for para in lasts[: MAX_CANDIDATES * 4]:
        tail = _text(para)[-MAX_BYLINE_CHARS:]
        signed = _BRACKETED_NAME.search(tail) if tail.endswith((")", "+", "*", "-")) else None
        if not signed or not _all_capitalised(signed[1]) or _elsewhere(para):
            continue
        if len(_sibling_paragraphs(para)) >= MIN_STORY_PARAGRAPHS:
            found.append(signed[1])
    return found


def _is_bold_line(para: HtmlElement) -> bool:
    """'<p><strong>Subheading</strong></p>': a paragraph that is one bold element and nothing else."""
    return len(para) == 1 and para[0].tag in ("b", "strong") and not (para.text or "").strip() and not (para[0].tail or "").strip()


def _opens_the_story(para: HtmlElement, paragraphs: list[HtmlElement]) -> bool:
    """The first paragraph, or the first after an italic deck ('<p><em>…as villagers protest</em></p>')."""
    for before in paragraphs:
        if before is para:
            return True
        if (before.text or "").strip() or not len(before) or any(
            child.tag not in ("em", "i") or (child.tail or "").strip() for child in before
        ):
            return False
    return False


def _all_capitalised(text: str) -> bool:
    """'Jane Doe', 'JANE DOE/John Roe': every word opens with a capital, as names do and sentences do not."""
    return all(word[:1].isupper() for word in _NAME_SEPARATORS.split(text) if word)


def _starts_a_line(element: HtmlElement) -> bool:
    """Whether text right after ``element`` begins a line: it is a block, a break, or holds no text (an icon)."""
    return element.tag in _BLOCK_TAGS or not _text(element)


def _line_after_bare_label(hit: str) -> str | None:
    """'By' + the name the next element holds: the text after the label in the nearest box holding both."""
    owner = hit.getparent()  # type: ignore[attr-defined]  # lxml text results know their element
    is_tail = bool(hit.is_tail)  # type: ignore[attr-defined]
    node = owner.getparent() if owner is not None and is_tail else owner  # '<br>von <a>…</a>': the br's parent
    if node is None or node.tag in _SKIP_TAGS or _elsewhere(node):
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
        if parent is None or parent.tag in ("body", "html", "article") or parent.tag in _SKIP_TAGS:
            return None
        node = parent
    return None


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
            if node in dropped or any(a in dropped for a in node.iterancestors()) or _in_teaser_card(node):
                continue
            if holders is None:
                holders = {a for d in dropped for a in d.iterancestors()}
            if node in holders:
                node = _pruned_copy(node, dropped)
            content = trim(" ".join(node.itertext()))
            if content and 2 < len(content) < 120:
                return normalize_authors(None, content)
    return None


def _pruned_copy(node: HtmlElement, dropped: set[HtmlElement]) -> HtmlElement:
    """A copy of ``node`` with the dropped boxes inside it deleted as trafilatura deletes them (tails kept)."""
    copy = deepcopy(node)
    for original, copied in list(zip(node.iter(), copy.iter())):
        if original in dropped:
            delete_element(copied)
    return copy


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
        if owner is None or owner.tag in _SKIP_TAGS or any(
            _COMMENTS.search((a.get("class") or "") + " " + (a.get("id") or "")) for a in owner.iterancestors()
        ):
            continue
        found.append(" ".join(words))
    return found
