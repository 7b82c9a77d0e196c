"""Stories signed in their own paragraphs: a bold name line that closes or opens the story,
a blog's sign-off ("Eure Mara"), a statement's name and office on two lines, a name in
brackets after the last sentence. All are read from one walk over the page's <p> elements.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

from .byline_boxes import MAX_BYLINE_CHARS, MAX_CANDIDATES, is_elsewhere, text_of

_DIGIT = re.compile(r"[0-9]")

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
    return [p for p in parent.iterchildren("p") if text_of(p)] if parent is not None else []


def _signature_paragraphs(bold_lines: list[HtmlElement]) -> list[str]:
    """Bold-only short paragraphs that close a run of story paragraphs (nothing with text after them) or open it."""
    found = []
    for para in bold_lines[: MAX_CANDIDATES * 4]:
        text = text_of(para[0])
        if not text or len(text.split()) > MAX_SIGNATURE_WORDS or is_elsewhere(para):
            continue
        paragraphs = _sibling_paragraphs(para)
        if len(paragraphs) >= MIN_STORY_PARAGRAPHS and para is paragraphs[-1] and not any(
            text_of(after) for after in para.itersiblings()
        ):
            found.append(text)
        elif (
            all_capitalised(text) and not text.endswith((".", ":", "!", "?"))
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
        if is_elsewhere(para):
            continue
        signed = _SIGN_OFF.match(text_of(para))
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
        if not all_capitalised(name) or _DIGIT.search(name + office) or "(" in office or "." in office or is_elsewhere(para):
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
        tail = text_of(para)[-MAX_BYLINE_CHARS:]
        signed = _BRACKETED_NAME.search(tail) if tail.endswith((")", "+", "*", "-")) else None
        if not signed or not all_capitalised(signed[1]) or is_elsewhere(para):
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


def all_capitalised(text: str) -> bool:
    """'Jane Doe', 'JANE DOE/John Roe': every word opens with a capital, as names do and sentences do not."""
    return all(word[:1].isupper() for word in _NAME_SEPARATORS.split(text) if word)




def signature_lines(tree: HtmlElement) -> list[str]:
    """The names that sign the page's stories in their paragraphs, in the order of the shapes below."""
    shapes = _paragraph_shapes(tree)
    return (
        _signature_paragraphs(shapes.bold_lines) + _sign_offs(shapes.sign_offs)
        + _signed_statements(shapes.two_lines) + _bracketed_signatures(shapes.lasts)
    )
