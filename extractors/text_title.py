"""The headline of a text dump: the line over the story, its byline or its date
that reads as a headline and not as page furniture (what a line is: text_title_lines;
the headline a breadcrumb trail names: text_title_trail)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .text_kinds import DATELINE as _DATELINE_START
from .text_kinds import Kind, is_headline_case, is_sentence
from .text_lines import Line, next_worded
from .text_names import clean_name, name_list
from .text_title_lines import (
    LOWER_START, STAMP, WIDGET, fold_words, has_date, is_headline_shape, is_names_only, is_page_furniture,
    is_title_candidate, is_widget, is_widget_line,
)
from .text_title_trail import ECHO_ELSEWHERE_MIN_WORDS, is_trail_end_headline, trail_end_over, trail_end_printed_again

if TYPE_CHECKING:
    from .text_meta import Header


# A content system's field label printed before the headline: "Headline: Harbour keeps ...".
_HEADLINE_LABEL = re.compile(r"^(?:headline|überschrift)\s*:\s*", re.I)


_RELATIVE_TIME = re.compile(r"^\d+\s?(?:s|m|min|h|hr|d)\s?ago\s*", re.I)


_TITLE_REACH = 20  # how many non-furniture lines above the story a headline may sit


def find_title(lines: list[Line], kinds: list[Kind], start: int, mark: int | None, header: Header) -> None:
    """The headline: the headline-shaped line over the byline and date when they
    head the story, else the nearest one above the story's start; when two stand
    there, the shorter upper one is the headline and the longer one under it the
    standfirst. A headline the dump also prints at its very top (a window title,
    "Now reading: ...") wins over a teaser nearer the story. Copied text starts with it."""
    head = _top_of_text(lines, kinds, start)
    if head:
        texts = [lines[i].text for i in head]
        title = " ".join(texts)
        header.title = title[:-1] if _ADDED_PERIOD.search(title) else title
        header.title_index = head[-1]
        header.title_lines = head
        header.used.update(head)
        # A sentence-case line over copied text may be a standfirst under a headline
        # the copy left out ("The vote came two days after the storm"): kept as story too.
        header.title_in_story = not is_headline_case(title) and (is_sentence(title) or len(title.split()) >= 10)
        return
    # The line the breadcrumb trail ends on, printed again under it, wins over every other reading.
    echoed = trail_end_printed_again(lines, kinds, start, header)
    if echoed is None:
        echoed = _echoed_at_top(lines, kinds, start, mark, header)
    if echoed is not None:
        pick = echoed
    else:
        candidates = []
        if mark is not None:
            candidates = _candidates(lines, kinds, mark, header, _MARK_REACH)
            below = _below_mark(lines, kinds, mark, start, header)
            if below is not None and (not candidates or _under_wins(lines, kinds, below, candidates[0], mark)):
                candidates = [below[0]]
        if not candidates and _is_headline_at_start(lines, kinds, start, header):
            candidates = [start]
        if not candidates:
            candidates = _candidates(lines, kinds, start, header, _TITLE_REACH, include_start=True)
        if not candidates:
            if lines and is_headline_shape(lines[0], kinds[0]) and 0 not in header.used:
                candidates = [0]
            else:
                short = _short_heading_over(lines, kinds, start, header)
                if short is None:
                    short = _listed_headline_over(lines, kinds, start, header)
                if short is None:
                    short = _headline_under_start(lines, kinds, start, header)
                if short is None and _is_prose_headline_at_start(lines, kinds, start, header):
                    short = start
                if short is None:
                    short = _headline_over_date_line(lines, kinds, header)
                if short is None:
                    short = _headline_under_date_line(lines, kinds, header)
                if short is None:
                    upper = mark if mark is not None and mark <= start else start
                    menu_from = max(-1, upper - _MENU_TO_HEADLINE)
                    found = _short_headline_under_menu(lines, kinds, menu_from, upper, header)
                    short = found if found != menu_from else None
                if short is None:
                    return
                candidates = [short]
        pick = candidates[0]
        if len(candidates) > 1 and _is_standfirst_under(lines, kinds, candidates[1], pick, mark is not None):
            pick = candidates[1]
        if not _has_standfirst(lines, kinds, pick):
            over = _over_standfirst(lines, kinds, pick, start, header)
            # Widgets, labels and alt text are shorter than the headline they stand under.
            if over is not None and lines[over].words > lines[pick].words:
                pick = over
        if len(candidates) > 1 and _set_together(kinds, candidates[1], candidates[0]):
            # A headline and its kicker or standfirst: the one the page prints again.
            echoed = _echoed_elsewhere(lines, kinds, candidates[:2])
            if echoed is not None:
                pick = echoed
            elif pick == candidates[0] and _is_headline_over_standfirst(lines[candidates[1]], lines[pick]):
                pick = candidates[1]
            elif pick == candidates[0] and _is_picture_credit(lines, pick) and lines[candidates[1]].words > lines[pick].words:
                pick = candidates[1]
        pick = _short_headline_under_menu(lines, kinds, pick, mark if mark is not None and mark <= start else start, header)
    pick = _under_capital_kicker(lines, kinds, pick, header)
    crumb = trail_end_over(lines, pick)
    text = lines[crumb].text if crumb is not None else _plain_copy(lines, pick)
    header.title = _HEADLINE_LABEL.sub("", _RELATIVE_TIME.sub("", text)) or None
    header.title_index = pick
    header.used.add(pick)


_MENU_ITEMS = 3  # list items in a row that make a site's menu
_MENU_TO_HEADLINE = 12  # lines over the byline or story where the menu ends, when no other line passed for a headline


def _short_headline_under_menu(lines: list[Line], kinds: list[Kind], pick: int, upper: int, header: Header) -> int:
    """A headline of one or two words right over the byline or the story, under the site's
    menu ("Harbour Blog", "A motto of the harbour blog", the menu, "Ferry days.", "4 March
    2024 by annlee"): a line picked over the menu is the site's name or motto, read only
    because the real headline is too short to pass for one."""
    items = 0
    for i in range(pick + 1, upper):
        # A table of contents' numbered items ("2 History") lead to a section, not the story's top.
        items = items + 1 if lines[i].in_list and not lines[i].numbered and not lines[i].text[:1].isdigit() else 0
        if items >= _MENU_ITEMS:
            break
    else:
        return pick
    k = upper - 1
    while k > pick and (not lines[k].words or k in header.used or is_widget_line(lines[k])):
        k -= 1
    line = lines[k]
    if not (1 <= line.words <= 2 and line.alone and kinds[k] is Kind.SHORT) or line.in_list:
        return pick
    if is_page_furniture(line.text) or has_date(line.text) or any(c.isdigit() for c in line.text):
        return pick
    if LOWER_START.match(line.text) or line.text.endswith((",", ";", ":", "…", "...")) or clean_name(line.text) == line.text:
        return pick
    return k


_KICKER_WORDS = 4  # words of a kicker in capitals ("HARBOUR CRISIS", "ELECTION 2024")
_HEADLINE_UNDER_KICKER = 5  # words of the headline under it


def _under_capital_kicker(lines: list[Line], kinds: list[Kind], pick: int, header: Header) -> int:
    """The headline right under a short kicker in capitals ("HARBOUR CRISIS" over "Board votes
    to mend the northern quay", printed again as the picture's alt text): the kicker names the
    story's theme, the line under it is the story's."""
    text = lines[pick].text
    if not (text.isupper() and lines[pick].words <= _KICKER_WORDS and re.search(r"[A-Z]", text)):
        return pick
    under = pick + 1
    if under >= len(lines) or under in header.used:
        return pick
    lower = lines[under]
    if (
        lower.text.isupper() or lower.words < _HEADLINE_UNDER_KICKER or is_page_furniture(lower.text)
        or not is_title_candidate(lower, kinds[under])
    ):
        return pick
    # The page prints the headline again (as its picture's alt text, in a trail): a pitch or a
    # caption under a kicker is printed once.
    again = under + 1 < len(lines) and lines[under + 1].text == lower.text
    return under if again or _printed_elsewhere(lines, kinds, under) else pick


def _plain_copy(lines: list[Line], pick: int) -> str:
    """The headline as the page prints it elsewhere without its kicker, or with
    the punctuation its kicker lost ("Ferries Harbour keeps both boats" under a
    breadcrumb "Harbour keeps both boats"; "Winter service Both boats stay" beside
    "Winter service: Both boats stay"): a text browser runs a kicker into the
    headline it stands over."""
    text = lines[pick].text
    folded = fold_words(text)
    best = text
    for j, line in enumerate(lines):
        if j == pick or line.words < _KICKER_MIN_WORDS or line.words >= lines[pick].words + 1:
            continue
        other = fold_words(line.text)
        colon_back = other == folded and line.text.count(":") > best.count(":")
        kicker_off = folded.endswith(" " + other) and len(other) < len(fold_words(best)) and _is_kicker_cut(text, line)
        if colon_back or kicker_off:
            best = line.text
    return best if best != text else _without_printed_kicker(lines, text)


# "Storm season - Harbour keeps both boats": a kicker set before the headline with a dash.
_DASHED_KICKER = re.compile(r"^(?P<kicker>[^-–—:|]{3,60}?) [-–] (?P<headline>\S.*)$")


def _without_printed_kicker(lines: list[Line], text: str) -> str:
    """The headline less the kicker a dash sets before it, when the page also prints that
    kicker on a line of its own (a section's heading, a topic's link): the kicker is the
    page's label for the story, not its headline's first words."""
    match = _DASHED_KICKER.match(text)
    if not match:
        return text
    kicker, headline = match.group("kicker"), match.group("headline")
    if not 1 <= len(kicker.split()) <= _KICKER_MAX_WORDS - 1 or len(headline.split()) < _KICKER_MIN_WORDS + 1:
        return text
    return headline if any(line.text == kicker for line in lines) else text


def _is_kicker_cut(text: str, rest: Line) -> bool:
    """Whether ``rest`` is ``text`` less a kicker run into it: most of its words,
    starting as a headline does, and no colon before it (a kicker and colon,
    "Harbour: Both boats stay", is how the headline itself reads)."""
    kicker = text[: len(text) - len(rest.text)] if text.endswith(rest.text) else text.split(rest.text[:8])[0]
    starts = rest.text[:1].isupper() or rest.text[:1] in "\"'“„«‘"
    # One word set before a headline is as often its own first word ("The", "Easy")
    # as a kicker; a kicker of one word shows itself run on with a hyphen ("Club-").
    if len(kicker.split()) < 2 and not kicker.endswith("-"):
        return False
    return starts and ":" not in kicker and rest.words >= _KICKER_MIN_WORDS + 1 and 2 * rest.words >= len(text.split())


_KICKER_MIN_WORDS = 3


_KICKER_MAX_WORDS = 6


_MARK_REACH = 6  # non-furniture lines over the byline a headline may sit (standfirst, kicker, picture)


_TOP_LINES = 12  # how far down a dump's window title or "now reading" line may stand


_ECHO_MIN_WORDS = 5  # shorter lines at the top are mastheads, mottos and offers ("The Daily Courier", "Join for 5p/week")


def _candidates(
    lines: list[Line], kinds: list[Kind], start: int, header: Header, reach_max: int, include_start: bool = False
) -> list[int]:
    """Up to two headline-shaped lines, nearest first, going up from ``start``; a line run on
    to the next (a picture's alt text over its caption, a widget's labels) gives way to one
    set apart by blank lines, as a headline is, right over it."""
    candidates: list[int] = []
    reach = 0
    for i in range(min(start, len(lines) - 1), -1, -1):
        if i in header.used or kinds[i] is Kind.JUNK:
            continue
        reach += 1
        # Past the reach, look on only for a headline set apart right over a run-on line.
        beyond = reach > reach_max
        if beyond and not (len(candidates) == 1 and candidates[0] - i <= _RUN_ON_REACH and not lines[candidates[0]].alone):
            break
        if len(candidates) == 2:
            break
        if _is_picture_text(lines, kinds, i):
            continue
        if is_title_candidate(lines[i], kinds[i]) and i < start or (
            include_start and i == start and kinds[i] is Kind.SHORT and is_title_candidate(lines[i], kinds[i])
        ):
            if candidates and _set_apart_over_run_on(lines, i, candidates[0]):
                candidates = [i]  # the run-on line under it is furniture or a picture's text
                continue
            if beyond:
                break
            candidates.append(i)
    return candidates


_RUN_ON_REACH = 4  # lines over a run-on line where a headline set apart wins over it


def _set_apart_over_run_on(lines: list[Line], upper: int, lower: int) -> bool:
    """A line set apart right over a run-on one, not a share box's labels, nor the
    headline printed again inside the run-on line with its kicker."""
    if lines[lower].alone or not lines[upper].alone or lower - upper > _RUN_ON_REACH:
        return False
    if WIDGET.search(lines[upper].text):
        return False
    up, low = fold_words(lines[upper].text), fold_words(lines[lower].text)
    return up not in low and low not in up


def _is_picture_text(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    """A picture's alt text that the dump prints again as its caption, with the
    credit added ("Boats in the bay" over "Boats in the bay / Ann Lee") or under
    the repeat ("Boats in the bay" twice, then "Photo: Bo Park")."""
    text = lines[i].text
    for j in (i - 1, i + 1):
        if not 0 <= j < len(lines) or lines[j].text == text:
            continue
        if lines[j].text.startswith(text) or text.startswith(lines[j].text) and lines[j].words >= 3:
            return True
    if i + 1 < len(lines) and lines[i + 1].text == text:
        i += 1
    elif not (i > 0 and lines[i - 1].text == text):
        return False
    return i + 1 < len(lines) and kinds[i + 1] is Kind.CAPTION


def _short_heading_over(lines: list[Line], kinds: list[Kind], start: int, header: Header) -> int | None:
    """A heading of a word or two set apart right over the story, with nothing
    but pictures and furniture between: the title of a page that names its
    subject only ("Downloads", "About us"), taken when no longer headline stands there."""
    tags = 0
    for i in range(min(start, len(lines)) - 1, -1, -1):
        if kinds[i] in (Kind.JUNK, Kind.CAPTION, Kind.PHOTO_ID):
            continue
        line = lines[i]
        # The post's tag or category as a one-item list under its heading ("• blog").
        if line.in_list and line.words <= 2 and not tags and not (i > 0 and lines[i - 1].in_list):
            tags += 1
            continue
        if i in header.used or kinds[i] is not Kind.SHORT or line.in_list or not line.alone or not 1 <= line.words <= 2:
            return None
        if not line.text[:1].isupper() or is_widget(line) or is_page_furniture(line.text):
            return None
        return i if not line.text.endswith((".", ",", ";", ":", "…")) else None
    return None


_LISTED_HEADLINE_REACH = 8  # lines over the story's start


def _listed_headline_over(lines: list[Line], kinds: list[Kind], start: int, header: Header) -> int | None:
    """A headline the dump prints as a list item set apart right over the story, after the
    section links ("• Sport", "• Ferjene går igjen", then the story), when no other line
    reads as a headline: the page built its header as a list."""
    found = None
    for i in range(min(start, len(lines)) - 1, max(-1, start - 1 - _LISTED_HEADLINE_REACH), -1):
        line = lines[i]
        if i in header.used or not (line.in_list and line.alone) or line.numbered or line.words < _KICKER_MIN_WORDS:
            continue
        text = line.text
        if is_page_furniture(text) or has_date(text) or is_widget(line) or LOWER_START.match(text):
            continue
        if text.endswith((".", ",", ";", ":")) or name_list(text) or is_names_only(line):
            continue
        if found is None:
            found = i
        elif i == found - 1 and line.words < lines[found].words:
            return i  # a headline right over its longer standfirst, both listed
        else:
            break
    return found


_UNDER_START_REACH = 3  # lines under the story's start a headline may stand


def _headline_under_start(lines: list[Line], kinds: list[Kind], start: int, header: Header) -> int | None:
    """A headline a few lines under where the story seems to start, over the story's prose,
    when no line over it reads as one: a blog's motto or a notice read as the story's first
    paragraph ("Here is where I blog ..." / "March 4, 2024" / "Harbour news" / the post)."""
    for i in range(start + 1, min(len(lines) - 1, start + 1 + _UNDER_START_REACH)):
        line = lines[i]
        if i in header.used or kinds[i] is not Kind.SHORT or not line.alone or line.in_list:
            continue
        # A kicker or a teaser's fields ("Kolumne: ...", "Join us — 30 days free") stand there too.
        if ":" in line.text or " — " in line.text:
            continue
        if is_trail_end_headline(line, kinds[i]) and kinds[i + 1] is Kind.PROSE:
            return i
    return None


def _has_standfirst(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    """Whether a line is set right over a standfirst: an alone sentence or two,
    longer than it ("Harbour keeps both ferries" over "The board voted ... .")."""
    if i + 1 >= len(lines) or not lines[i].alone:
        return False
    under = lines[i + 1]
    return (
        kinds[i + 1] is Kind.PROSE and under.alone and not under.in_list
        and lines[i].words < under.words <= _STANDFIRST_MAX_WORDS
    )


_STANDFIRST_MAX_WORDS = 60


_STANDFIRST_GAP = 3  # lines from a headline down to its standfirst (a picture's id and caption may come between)


def _over_standfirst(lines: list[Line], kinds: list[Kind], pick: int, start: int, header: Header) -> int | None:
    """A headline over its standfirst a few lines above the nearest
    headline-shaped line (a widget, a picture's alt text, the writer's name),
    within reach of the story or its byline."""
    reach = 0
    for i in range(pick - 1, -1, -1):
        if i in header.used or kinds[i] is Kind.JUNK:
            continue
        reach += 1
        if reach > _STANDFIRST_REACH:
            return None
        if is_title_candidate(lines[i], kinds[i]) and not _is_picture_text(lines, kinds, i) and _has_standfirst(lines, kinds, i):
            return _headline_over_long_standfirst(lines, kinds, i, header)
    return None


_STANDFIRST_REACH = 8


def _headline_over_long_standfirst(lines: list[Line], kinds: list[Kind], i: int, header: Header) -> int:
    """A line of a standfirst's length over the story's first paragraph is itself the
    standfirst when a shorter headline stands right over it, a place or label of a word
    or two between ("Twelve dead in the hill fire" / "Kelp Bay" / "The regional government
    says ..., while ..." / the story)."""
    if lines[i].words < _LONG_STANDFIRST_WORDS:
        return i
    for j in range(i - 1, max(-1, i - 3), -1):
        if j in header.used or kinds[j] is Kind.JUNK or lines[j].words <= 2:
            continue
        if is_title_candidate(lines[j], kinds[j]) and lines[j].alone and lines[j].words < lines[i].words:
            return j
        break
    return i


def _is_headline_at_start(lines: list[Line], kinds: list[Kind], start: int, header: Header) -> bool:
    """A question or exclamation set apart right under menu labels, where the
    story seems to start ("Is the city ready for the next heat wave?" under
    "News", "Climate"): the headline, read as prose for its ending."""
    if start >= len(lines) or start in header.used or kinds[start] is not Kind.PROSE:
        return False
    line = lines[start]
    if not (line.alone and line.words <= _START_HEADLINE_WORDS and is_title_candidate(line, kinds[start])):
        return False
    above = [i for i in range(start - 1, max(-1, start - 12), -1) if kinds[i] is not Kind.JUNK][:2]
    return all(lines[i].words <= 3 for i in above)


_START_HEADLINE_WORDS = 25


def _headline_over_date_line(lines: list[Line], kinds: list[Kind], header: Header) -> int | None:
    """When no other line reads as the headline, the line set apart right over the
    date line, read as a headline whatever its length or shape suggests (a long
    conference title read as prose, a headline the page also gives as a picture's
    alt text): "Workshop: harbour towns and their ferries in the age of steam" over
    "March 2024 | Ann Example | Leave a comment"."""
    if header.date_index is None:
        return None
    i = next_worded(lines, header.date_index, -1)
    if i is None or i in header.used or kinds[i] not in (Kind.SHORT, Kind.PROSE, Kind.CAPTION):
        return None
    line = lines[i]
    # Its words may read as furniture, a widget's tags or a date ("in the 19th century,
    # 1848-49"); set apart over the date, it is the headline all the same.
    if not line.alone or line.in_list or not 3 <= line.words <= _OVER_DATE_MAX_WORDS:
        return None
    if line.text.endswith((".", ",", ";", ":", "。", "，")) or LOWER_START.match(line.text):
        return None
    if name_list(line.text) or is_names_only(line) or _TRAIL.search(line.text):
        return None
    return i


_OVER_DATE_MAX_WORDS = 30


def title_by_date_line(lines: list[Line], kinds: list[Kind], header: Header) -> None:
    """The headline set apart right over, else right under, the date line, when the date was
    found only after the headline was looked for (a blog's date under a run of server warnings
    read as the story's start)."""
    if header.date_index is None:
        return
    pick = _headline_over_date_line(lines, kinds, header)
    if pick is None:
        pick = _headline_under_date_line(lines, kinds, header)
    if pick is not None:
        header.title = _plain_copy(lines, pick)
        header.title_index = pick
        header.used.add(pick)


def _headline_under_date_line(lines: list[Line], kinds: list[Kind], header: Header) -> int | None:
    """When no other line reads as the headline, a headline-shaped line set apart right under
    the date line, as blogs print a post: "Wednesday, March 6, 2024" over "Notes on rebuilding
    the harbour wall", a tagline read as the story over both."""
    if header.date_index is None:
        return None
    i = next_worded(lines, header.date_index, 1)
    if i is None or i in header.used or not lines[i].alone or kinds[i] is not Kind.SHORT:
        return None
    return i if is_title_candidate(lines[i], kinds[i]) else None


def _is_prose_headline_at_start(lines: list[Line], kinds: list[Kind], start: int, header: Header) -> bool:
    """When no other line reads as the headline, the story's first line read as prose for its
    length or its colon, set apart over a longer paragraph or the date, that does not end like
    a sentence ("Workshop report: harbour towns in the age of steam" over "March 4, 2024")."""
    if start + 1 >= len(lines) or start in header.used or kinds[start] is not Kind.PROSE:
        return False
    line = lines[start]
    if not (line.alone and line.words <= _START_HEADLINE_WORDS and is_title_candidate(line, Kind.SHORT)):
        return False
    under = lines[start + 1]
    return kinds[start + 1] is Kind.PROSE and under.words > line.words or has_date(under.text)


def _is_standfirst_under(lines: list[Line], kinds: list[Kind], upper: int, pick: int, by_byline: bool) -> bool:
    """Whether ``pick`` is the standfirst under the headline ``upper``: longer
    than it, or, over a byline, two blocks standing apart one under the other,
    the lower as long as the upper or a quotation from the story."""
    between = range(upper + 1, pick)
    if not all(kinds[j] in (Kind.CAPTION, Kind.PHOTO_ID, Kind.JUNK) or lines[j].words <= 3 for j in between):
        return False
    # A standfirst follows its headline closely; over menus, the longer line is a headline under a site's line.
    if lines[pick].words >= 12 and 5 <= lines[upper].words < lines[pick].words and pick - upper <= _STANDFIRST_GAP:
        return True
    # Over a byline, two blocks right one under the other: headline and standfirst.
    adjacent = all(kinds[j] in (Kind.CAPTION, Kind.PHOTO_ID, Kind.JUNK) for j in between)
    # A kicker in quotation marks ("“Between the Lines”") stands over headlines too.
    quoted = bool(_WHOLLY_QUOTED.match(lines[upper].text))
    # A shorter line under a longer one is the headline under a menu line, a
    # site's motto or a link to the last post, unless it quotes the story.
    standfirst = lines[pick].words >= lines[upper].words or bool(_WHOLLY_QUOTED.match(lines[pick].text))
    # A kicker of a few words over a headline is no headline over its standfirst: a
    # standfirst ends on a full stop or runs long ("Ferries" / "Harbour keeps both boats").
    if lines[upper].words <= _KICKER_OVER_HEADLINE_WORDS and not _reads_as_standfirst(lines[pick]):
        standfirst = False
    return (
        by_byline and adjacent and standfirst and lines[upper].alone and lines[pick].alone
        and lines[upper].words >= 4 and not quoted and not _is_trail(lines[upper].text, lines[pick].text)
    )


# A kicker runs to five words ("Harbour board: the vote"); a line of six or more over
# a longer one over the byline is a headline over its standfirst.
_KICKER_OVER_HEADLINE_WORDS = 5


# "Home » News » Harbour board keeps ferries", "« Last week's post", "← Older":
# a breadcrumb trail or a link to the next or last post.
_TRAIL = re.compile(r"\s[»›>/|]\s|^[«‹←→<]")


def _is_trail(upper: str, lower: str) -> bool:
    return bool(_TRAIL.search(upper)) or fold_words(lower) in fold_words(upper)


def _is_picture_credit(lines: list[Line], i: int) -> bool:
    """A few words right under a picture's label: its credit ("[ferry-photo]" / "Harbour Press")."""
    j = next_worded(lines, i, -1)
    return j is not None and lines[i].words <= _CREDIT_MAX_WORDS and bool(_PICTURE_LABEL_LINE.fullmatch(lines[j].text))


_CREDIT_MAX_WORDS = 4
_PICTURE_LABEL_LINE = re.compile(r"(?:\[[^\]]*\]\s*)+")


def _is_headline_over_standfirst(upper: Line, lower: Line) -> bool:
    """Two long lines set together, the upper one sentence: a headline over a standfirst
    printed without its full stop ("Harbour board votes to keep both winter ferries running"
    over "Islanders had feared the cuts would leave them cut off for weeks"), not a site's
    notice ("Your browser is out of date. Update it ...") or a trail ("Home 9 News 9 ...")."""
    if upper.words < _HEADLINE_OVER_WORDS or lower.words < _STANDFIRST_UNDER_WORDS or not upper.alone:
        return False
    return ". " not in upper.text and not any(word.isdigit() for word in upper.text.split())


_HEADLINE_OVER_WORDS = 7
_STANDFIRST_UNDER_WORDS = 9


def _reads_as_standfirst(line: Line) -> bool:
    # A closing quotation mark ends a sentence only after its full stop ('... she said: "Not yet."').
    return line.text.rstrip("\"”»'’").endswith((".", "!", "…")) or line.words >= _LONG_STANDFIRST_WORDS


_LONG_STANDFIRST_WORDS = 20


_WHOLLY_QUOTED = re.compile(r"^[“\"‘'«„][^“”\"«»]+[”\"’'»]$")


def _set_together(kinds: list[Kind], upper: int, lower: int) -> bool:
    """Only pictures and page furniture between two lines."""
    return all(kinds[j] in (Kind.CAPTION, Kind.PHOTO_ID, Kind.JUNK) for j in range(upper + 1, lower))


def _distance(lines: list[Line], kinds: list[Kind], i: int, j: int) -> int:
    """Lines between two, pictures and furniture not counted."""
    low, high = min(i, j), max(i, j)
    return sum(1 for k in range(low + 1, high) if kinds[k] in (Kind.SHORT, Kind.PROSE)) + 1


def _nearer_under(lines: list[Line], kinds: list[Kind], below: tuple[int, int], above: int, mark: int) -> bool:
    """Whether the line under the date or byline is nearer to it than the one
    over it; at a tie, the one with less page furniture between it and the mark
    (a site's name stands over menus, a headline right over its dateline)."""
    over = _distance(lines, kinds, above, mark)
    if below[1] != over:
        return below[1] < over
    return below[0] - mark < mark - above


def _under_wins(lines: list[Line], kinds: list[Kind], below: tuple[int, int], above: int, mark: int) -> bool:
    """Whether the headline is the line under the date or byline rather than
    the one over it: the nearer, or the one the page prints again elsewhere (a
    menu or a site's name over the date line is printed again too, in the
    footer, so only the line under the date wins so)."""
    if _nearer_under(lines, kinds, below, above, mark):
        return True
    return _echoed_elsewhere(lines, kinds, [above, below[0]]) == below[0]


def _below_mark(lines: list[Line], kinds: list[Kind], mark: int, start: int, header: Header) -> tuple[int, int] | None:
    """A headline standing alone just under a date line ("Politics / March 4, 2024"
    over the headline), with how far under it it stands."""
    labels = 0
    stamped = False  # one stamp or widget at most: under more, the line is a teaser's
    kicked = False
    for i in range(mark + 1, min(start, len(lines))):
        if i in header.used or kinds[i] in (Kind.JUNK, Kind.CAPTION, Kind.PHOTO_ID):
            continue
        if is_title_candidate(lines[i], kinds[i]) and lines[i].alone and not _is_picture_text(lines, kinds, i):
            return i, _distance(lines, kinds, mark, i) - labels
        # A label of a word or two ("Video", "Updated"), a time stamp or a
        # widget ("Free until 19:34", "Share this") may stand between them.
        line = lines[i]
        # So may a short kicker run on to the date line ("06.11.2023" over
        # "Park opens", then the headline set apart).
        kicker = not kicked and not line.alone and line.words <= _KICKER_MAX_WORDS and is_title_candidate(line, kinds[i])
        if kicker:
            kicked = True
        elif line.words > 2:
            if stamped or not (STAMP.search(line.text) or has_date(line.text) or is_widget(line)):
                return None
            stamped = True
        labels += 1
    return None


def _echoed_at_top(lines: list[Line], kinds: list[Kind], start: int, mark: int | None, header: Header) -> int | None:
    """A headline-shaped line at the story's top that the dump also prints among
    its first lines (a window title, "Now reading: ..."); of several, the one
    nearest the story."""
    first = min(_TOP_LINES, len(lines))
    tops = {fold_words(lines[i].text) for i in range(first) if lines[i].words >= _ECHO_MIN_WORDS}
    if not tops:
        return None
    upper = max(start, mark if mark is not None else start)
    reach = 0
    for i in range(min(upper, len(lines) - 1), first - 1, -1):
        if i in header.used or kinds[i] is Kind.JUNK:
            continue
        reach += 1
        if reach > _TITLE_REACH:
            break
        if i < start and is_title_candidate(lines[i], kinds[i]) and fold_words(lines[i].text) in tops:
            return i
    return None


def _echoed_elsewhere(lines: list[Line], kinds: list[Kind], pair: list[int]) -> int | None:
    """Of a headline and the kicker or standfirst set right against it, the one
    the page prints again further off (in its breadcrumb, a "most read" list,
    a share text): "Harbour keeps both ferries for the winter" under "Island
    life" or over "The board voted on Monday", the headline also in the list
    of the day's stories. A kicker or section name printed again in a menu is
    shorter than a headline."""
    echoed = [i for i in pair if lines[i].words >= ECHO_ELSEWHERE_MIN_WORDS and _printed_elsewhere(lines, kinds, i)]
    return echoed[0] if len(echoed) == 1 else None


def _printed_elsewhere(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    """The line again, alone or inside a short one (a breadcrumb, a link), not
    as the opening of a paragraph of the story that the standfirst sums up."""
    key = fold_words(lines[i].text)
    for j, line in enumerate(lines):
        if abs(j - i) <= 1 or len(line.text) < len(lines[i].text):
            continue
        other = fold_words(line.text)
        if key == other or key in other and kinds[j] is not Kind.PROSE:
            return True
    return False


def _top_of_text(lines: list[Line], kinds: list[Kind], start: int) -> list[int]:
    """Copied article text: its first line, or two lines set one on the other
    ("Candidates vie for support;" over "Both point to their records."),
    standing over the story that starts right under it (a picture's id and
    caption, or a label such as "Summary", may come between)."""
    if not lines or start > 4:
        return []
    head = [0]
    if not lines[0].blank_after and len(lines) > 1 and lines[1].blank_after and lines[0].text.endswith((";", ":")):
        head = [0, 1]
    words = sum(lines[i].words for i in head)
    for i in head:
        line = lines[i]
        if line.in_list or kinds[i] not in (Kind.SHORT, Kind.PROSE) or is_widget(line):
            return []
        if is_page_furniture(line.text) or _DATELINE_START.match(line.text):
            return []
    last = lines[head[-1]]
    if not last.blank_after or not 3 <= words <= 40 or last.text.endswith((",", ";", ":")):
        return []
    under = range(head[-1] + 1, start)
    if any(kinds[j] not in (Kind.PHOTO_ID, Kind.CAPTION, Kind.JUNK) and lines[j].words > 3 for j in under):
        return []
    # The story must follow: a line of prose within the next few.
    if any(kinds[j] is Kind.PROSE for j in range(head[-1] + 1, min(len(lines), max(start, head[-1]) + 3))):
        return head
    return []


# A headline closed with a full stop, as some archives print every line (not
# "... in the U.S." nor "Wait for it...").
_ADDED_PERIOD = re.compile(r"(?<![.\s])[a-z0-9)\]]{2}\.$")
