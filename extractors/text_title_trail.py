"""The headline as a breadcrumb trail names it: the trail's last step printed
again under the trail, on one line with it, or over the headline in other words."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .text_kinds import Kind
from .text_lines import Line
from .text_title_lines import (
    LOWER_START, STAMP, fold_words, has_date, is_counter, is_page_furniture, is_title_candidate, is_widget,
)

if TYPE_CHECKING:
    from .text_meta import Header


def trail_end_over(lines: list[Line], pick: int) -> int | None:
    """The last step of a breadcrumb trail printed right over the headline,
    when it names the same story in other words: the page's title as the site
    files it ("Home", "Sport", "Marathon: Ann Lee in portrait" over "Marathon
    in the city: far ahead in the runner's daily grind")."""
    j = pick - 1
    while j >= 0 and lines[j].words == 0 and not lines[j].in_list:
        j -= 1
    if j < 1 or not (lines[j].in_list and lines[j - 1].in_list) or lines[j].words < ECHO_ELSEWHERE_MIN_WORDS:
        return None
    crumb = lines[j]
    if crumb.words > _TRAIL_END_MAX_WORDS or is_page_furniture(crumb.text) or has_date(crumb.text) or is_widget(crumb):
        return None
    words = {w for w in fold_words(crumb.text).split() if len(w) >= 4}
    shared = words & {w for w in fold_words(lines[pick].text).split() if len(w) >= 4}
    return j if words and 2 * len(shared) >= len(words) and fold_words(crumb.text) != fold_words(lines[pick].text) else None


_TRAIL_END_MAX_WORDS = 20


_TRAIL_REACH = 40  # lines over the story's start a breadcrumb trail may end


_MENU_PRINTS = 3  # a short heading printed more often is a menu's word (trail, heading, and one link at most)


def trail_end_printed_again(lines: list[Line], kinds: list[Kind], start: int, header: Header) -> int | None:
    """The headline under the breadcrumb trail that ends on it ("Home", "Aktuelles",
    "Harbour keeps both ferries", then "Harbour keeps both ferries" alone): the page
    names its story twice, in the trail and over it."""
    for j in range(max(1, start - _TRAIL_REACH), min(start, len(lines) - 1)):
        line = lines[j]
        if not (line.in_list and lines[j - 1].in_list) or not line.words:
            continue
        k = j + 1
        while k < len(lines) and k <= j + 2 and not lines[k].words:
            k += 1
        if k >= len(lines) or k > start or not _is_trail_end_again(lines, kinds, j, k, header):
            continue
        if k + 1 < len(lines) and kinds[k + 1] is Kind.CAPTION:
            continue  # a picture's alt text and caption
        return k
    return _under_inline_trail(lines, kinds, start, header) or _trail_end_further_under(lines, kinds, start, header)


def _is_trail_end_again(lines: list[Line], kinds: list[Kind], j: int, k: int, header: Header) -> bool:
    """Line k prints the trail's last step j again, alone, shaped as a headline."""
    line = lines[j]
    if k in header.used or lines[k].in_list or not lines[k].alone:
        return False
    if fold_words(lines[k].text) != fold_words(line.text) or not is_trail_end_headline(lines[k], kinds[k]):
        return False
    # A menu's word the page prints all over ("Suche", "Kontakt") is no headline.
    return lines[k].words >= 3 or sum(other.text == line.text for other in lines) <= _MENU_PRINTS


_TRAIL_TO_HEADLINE = 6  # header lines between a trail and the headline it ends on: section, date, picture, kicker


def _trail_end_further_under(lines: list[Line], kinds: list[Kind], start: int, header: Header) -> int | None:
    """The headline printed again a few header lines under the trail that ends on it, a
    section's name, the date or a picture's text between ("Home", "Harbour", "Ferries kept
    on both routes", then "Harbour", "4 March 2024", "Ferries kept on both routes"), up to
    the story's start: the page's own name for the story wins over a teaser or standfirst
    nearer the story."""
    for j in range(max(1, start - _TRAIL_REACH), min(start, len(lines) - 1)):
        line = lines[j]
        if not (line.in_list and lines[j - 1].in_list) or line.words < 2 or (j + 1 < len(lines) and lines[j + 1].in_list):
            continue
        for k in range(j + 1, min(j + _TRAIL_TO_HEADLINE, start) + 1):
            if _is_trail_end_again(lines, kinds, j, k, header):
                return k
    return None


# What joins a trail's steps on one line: "Home » Desserts » Peanut Truffles", "Start > Blog > ...".
_TRAIL_JOIN = frozenset("»›>/|")


def _under_inline_trail(lines: list[Line], kinds: list[Kind], start: int, header: Header) -> int | None:
    """The headline under a trail printed on one line that ends on it ("Home » Desserts »
    Peanut Truffles" over "Peanut Truffles"), its steps joined by arrows or run together
    ("HomeDessertsPeanut Truffles")."""
    for k in range(max(1, start - _TRAIL_REACH), min(start + 1, len(lines))):
        line = lines[k]
        if k in header.used or line.in_list or not line.alone or not line.words:
            continue
        j = k - 1
        while j > 0 and not lines[j].words:
            j -= 1
        trail = lines[j].text
        if len(trail) <= len(line.text) or not trail.endswith(line.text):
            continue
        before = trail[: -len(line.text)].rstrip()
        glued = not trail[-len(line.text) - 1].isspace()
        if not before or not (before[-1] in _TRAIL_JOIN or glued and before[-1].isalpha()):
            continue
        if is_trail_end_headline(line, kinds[k]) and not (k + 1 < len(lines) and kinds[k + 1] is Kind.CAPTION):
            return k
    return None


def is_trail_end_headline(line: Line, kind: Kind) -> bool:
    """A headline's shape, of one or two words too: the trail names it as the story ("Home » Sturmnacht")."""
    if line.words >= 3:
        return is_title_candidate(line, kind)
    text = line.text
    return (
        kind in (Kind.SHORT, Kind.PROSE) and not is_page_furniture(text) and not has_date(text)
        and not is_widget(line) and not STAMP.search(text) and not is_counter(line) and not LOWER_START.match(text)
        and not text.endswith((".", ",", ";", ":"))
    )


ECHO_ELSEWHERE_MIN_WORDS = 5
