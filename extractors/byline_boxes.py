"""Where a byline-shaped text stands, and how much of it is read.

Author-shaped markup also names commenters, the writers of related stories behind teaser
cards, photographers in a picture's licence box and the people in menus; those boxes are
told here by their tags and classes, for every byline shape the page is searched for.
"""
from __future__ import annotations

import re

from lxml.html import HtmlElement

# Where author-shaped markup belongs to someone else: commenters, related stories, menus.
# A picture's copyright or licence box credits its photographer ('<div class="photo-licence">
# Foto: <span class="author-name">Jane Doe</span>'), not the story's writer.
# Lists of other stories by their readership ("most-read", "mostPopular", "trending",
# "meistgelesen") carry those stories' bylines.
_ELSEWHERE = re.compile(
    r"comment|related|sidebar|widget|teaser|footer|menu|nav|recommend|more-|social|share|newsletter|copyright|licen[cs]e"
    r"|most-?(?:read|popular|viewed)|trending|meistgelesen",
    re.I,
)
# A figure's caption credits the picture or the audio ("| Jane Doe" under a player), not the story.
SKIP_TAGS = {"nav", "footer", "aside", "script", "style", "noscript", "template", "head", "title", "option", "button", "meta", "link",
              "figure", "figcaption"}
# A byline is a line; more text than this is a box, a bio or a paragraph.
MAX_BYLINE_CHARS = 120
MAX_CANDIDATES = 12


# Layout modifiers name the page's shape, not the box: "right-sidebar", "has-sidebar",
# "no-comments", "layoutTwoColumnsRightSidebar" on the container that holds the article itself.
_LAYOUT_MODIFIER = re.compile(
    r"^(?:has|no|with|without|left|right|full|show|hide|is)[-_]|[-_](?:left|right|open|closed|enabled|disabled)$|^layout", re.I
)


# Page builders wrap every block of a page, the story's own byline included, in a widget
# frame ('<div class="elementor-widget elementor-widget-post-info"><div
# class="elementor-widget-container">'): the frame says nothing, the block type after it
# does ("…-widget-post-info" is the byline's, "…-widget-nav-menu" a menu's).
_BUILDER_WIDGET = re.compile(r"^([a-z]+)-widget(?:(?:__|-(?:mobile|tablet)__)[\w-]*|-container|-wrap|-(.+))?$")


def _marks_elsewhere_token(token: str) -> bool:
    if not _ELSEWHERE.search(token) or _LAYOUT_MODIFIER.search(token):
        return False
    frame = _BUILDER_WIDGET.match(token)
    if frame is None or _ELSEWHERE.search(frame[1]):  # "sidebar-widget" is a side box's frame
        return True
    return frame[2] is not None and _ELSEWHERE.search(frame[2]) is not None


def marks_elsewhere(marker: str) -> bool:
    # No word of the pattern holds a space, so a marker with no hit as a whole has none in a token.
    return _ELSEWHERE.search(marker) is not None and any(_marks_elsewhere_token(token) for token in marker.split())


# A link around the byline that holds this much more text than the byline is a teaser
# card for another story: '<a href="/other-story"><h3>Headline</h3><span>Von Jane Doe</span></a>'.
# (An author link holds the name alone: '<a href="/author/jd"><span>Von</span> Jane Doe</a>'.)
TEASER_CARD_EXTRA_CHARS = 20


def in_teaser_card(node: HtmlElement) -> bool:
    link = next(node.iterancestors("a"), None)
    return link is not None and _is_teaser_card(link, node)


def _is_teaser_card(link: HtmlElement, node: HtmlElement) -> bool:
    return len(text_of(link)) > len(text_of(node)) + TEASER_CARD_EXTRA_CHARS


def is_elsewhere(node: HtmlElement) -> bool:
    for ancestor in node.iterancestors():
        if ancestor.tag in SKIP_TAGS:
            return True
        if ancestor.tag in ("body", "html"):  # their classes describe the whole page ("single-post comments-open")
            break
        if ancestor.tag == "a" and _is_teaser_card(ancestor, node):
            return True
        marker = (ancestor.get("class") or "") + " " + (ancestor.get("id") or "")
        if marker.strip() and marks_elsewhere(marker) and not _holds_the_headline(ancestor):
            return True
    return False


def _holds_the_headline(box: HtmlElement) -> bool:
    """A box holding the page's <h1> is the layout around the story, whatever its class says.

    A wrapper named for the sidebar beside it (a class such as 'layout-with-sidebar') and a
    blog post's taxonomy classes ('category-<topic>') name a side box's word, not a side box.
    """
    return box.find(".//h1") is not None


def text_of(node: HtmlElement) -> str:
    # Text pieces joined with spaces: "<span>Jane Doe</span><time>vor 2 Std</time>" is
    # two words apart, not "Jane Doevor".
    return " ".join(" ".join(node.itertext()).split())
