"""Find the story in a text dump: the run of lines densest in prose, read
through the captions, teasers and buttons a page sets inside it."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from .text_kinds import Kind, fold, is_furniture, is_headline_case, is_sentence
from .text_lines import Line
from .text_story_lines import (
    BLURB_MAX_WORDS, CARD_GAP, PARAGRAPH_WORDS, card_columns, code_lines, disclosures, has_longer_twin, is_appeal,
    is_link_teaser, is_opening_caption, is_site_note, opening_over_contents, prints_itself_twice,
    repeats_caption_beside, table_rows, teaser_under_label, without_author_box, without_filing_line,
    without_reader_appeal, without_staff_bio, without_story_copy,
)

# What a line is worth when looking for the story: prose counts by its words,
# everything else costs a little, so a short detour (a caption, a "Read more"
# teaser, a share bar) inside a story is crossed but a menu or footer is not.
_COST = {Kind.SHORT: 2.0, Kind.JUNK: 3.0, Kind.CAPTION: 1.0, Kind.PHOTO_ID: 0.5}
_REPEAT_COST = 3.0
_GAP_GROWTH = 4.0
_HEADING_MAX_WORDS = 15
_CAPS_LINK_WORDS = 9
_CAPITALS_SHARE = 0.9
_LIST_MAX_ITEMS = 12
_TAIL_SENTENCES = 2
_SHORT_SENTENCE_WEIGHT = 0.5
# A text browser lays a table out in columns padded with spaces; a row with two
# such gaps ("_ga    2 years    This cookie is used to ...") is a table's, and
# the tables of a page (cookie lists, price and score tables) are rarely its story.
_COLUMN_GAPS = re.compile(r"\S {3,}\S.*?\S {3,}\S")
_TABLE_ROW_WEIGHT = 0.4
# A story's paragraphs follow one another; the blurbs of a teaser list, a
# newsletter box or a row of related stories each sit alone between their
# headlines and bylines ("Startups Weekly" / one sentence / "Space" / ...).
_ISOLATED_WEIGHT = 0.5
# A label a page prints between every two paragraphs ("Article content",
# "Advertisement") does not set them apart; a rule line between teasers does.
_REFRAIN_COUNT = 3
_REFRAIN_SKIP = 2
# A block after a gap of this many lines that weighs less than a quarter of the
# story before it, with the gap costing a good part of what it weighs, is the
# page's, not the story's.
_WIDE_GAP = 4
_TAIL_SHARE = 0.25
_TAIL_GAP_SHARE = 0.3
# Across a gap of two lines or more, paragraphs under 0.4 times as long as the
# story's, weighing less than half the story: teasers' blurbs.
_GAP = 2
_BLURBS_SHARE = 0.5
_BLURB_WORDS_SHARE = 0.4
# A row of teaser cards under the story: this many blurbs in a row, each one to
# three lines (its headline, a date) after the last, under a story of at least
# this many paragraphs.
_CARDS = 3
_CARDS_MIN_STORY = 3
# A blurb runs under 0.8 times as long as the story's paragraphs; all from the
# row on weighs under half the story above it.
_CARD_WORDS_SHARE = 0.8
_CARDS_REST_SHARE = 0.5
_BLURB_MIN_WORDS = 8
# The heading over a comment thread: the number of comments ("12 Comments",
# "3 Kommentare", "Comments (4)", "25 thoughts on ...").
_COMMENT_COUNT = re.compile(
    r"^(?:\d{1,5}\s+(?:comments?|kommentare?|reaktionen|responses?|replies|antworten|commentaires?|comentarios?"
    r"|commenti|reacties|kommentarer|komentarzy?|komentáře?)|(?:comments?|kommentare|commentaires|comentarios)"
    r"\s*\(\d{1,5}\)|\d{1,5}\s+thoughts? on\b.*)$",
    re.I,
)
_COUNT_MAX_WORDS = 30
# A grid of teaser cards: this many blurbs in a row, each of at least this many
# words, count this share of their worth.
_GRID_CARDS = 6
_GRID_BLURB_MIN = 5
_GRID_WEIGHT = 0.3
# A reply form, as a text browser draws it: its text boxes ("[          ]" for
# name, e-mail, website, the comment itself) a few lines apart. A blog post
# stands above its form; what follows it (a sidebar's about-box, the blog's
# self-description) is the page's, however wordy.
_INPUT_BOX = re.compile(r"^\[ {3,}\]")
_FORM_BOXES = 3
_FORM_SPAN = 8
# What the prose above the form must weigh to be taken for the post.
_ABOVE_FORM_MIN = 8.0
# A comment thread above the reply form: each entry opens with its writer's
# name and a verb ending in a colon ("Anna says:"), an item of the thread's
# list, right over the entry's date or time ("March 3, 2021 at 4:12 pm"). A
# short post, or a long one under a long thread, can be outweighed by its
# readers' replies; the post stands above the first entry, however far up.
_ENTRY_BY_WORDS = 5
_ENTRY_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d{2}\b")
_ENTRY_TIME_WORDS = 8
# How far above the story a standfirst may stand, past a share bar or a picture.
_STANDFIRST_REACH = 16
_STANDFIRST_FAR = 60
# A standfirst further up than this has the byline block (names, date, share
# bar, picture) between it and the story: the header is read from the story's run.
_STANDFIRST_NEAR = 8
_STANDFIRST_MIN_WORDS = 12
_STANDFIRST_OPEN_WORDS = 15
# A picture's alt text and its caption stand line under line; a standfirst the
# page prints twice (as description and standfirst) has at least a line between.
_TWIN_REACH = 1
# A story's closing paragraphs after a box inside it: at most this many, at
# most this many lines apart.
_CLOSING_MAX = 8
_CLOSING_GAP = 1
# The box between: at least this many linked headlines of at least this many words.
_BOX_LINKS = 2
_LINK_WORDS = 3
# How many lines a box of related links inside a story runs to, its label included.
_LINKS_BOX_LINES = 6


@dataclass
class Story:
    start: int  # first line of the story (index into the lines)
    end: int  # one past its last line
    paragraphs: list[Line] = field(default_factory=list)
    # Where the headline and byline are read from: the story's first line, or
    # the run of prose under a standfirst that stands far above it.
    lead: int = 0
    # Lines left out of the body that the header is still read from where they
    # stand: a picture's or teaser's text printed twice over in one line, the
    # line a blog files its post under, a note on what the site earns by its links.
    left_out: list[int] = field(default_factory=list)


def _worth(line: Line, kind: Kind, repeated: bool) -> float:
    if kind is Kind.PROSE and not repeated:
        # Prose in a list is as often a teaser or a product blurb as a story's key points.
        weight = 0.5 if line.in_list else 1.0
        # Story paragraphs stand apart as blocks; teaser blurbs hug their headlines.
        if not (line.blank_before or line.blank_after):
            weight *= 0.7
        if "   " in line.text and _COLUMN_GAPS.search(line.text):
            weight *= _TABLE_ROW_WEIGHT
        return line.words * weight
    if repeated:
        return -_REPEAT_COST
    return -_COST[kind]


def _refrains(lines: list[Line], kinds: list[Kind], short: list[bool]) -> list[bool]:
    """Labels a page prints again and again ("Article content", "Advertisement"):
    furniture, however few their words."""
    counts = Counter(line.text for line in lines)
    return [
        counts[line.text] >= _REFRAIN_COUNT and line.words > 0 and kind is not Kind.PROSE and not sentence
        for line, kind, sentence in zip(lines, kinds, short)
    ]


def _values(
    lines: list[Line], kinds: list[Kind], repeated: list[bool], short: list[bool], listed: set[int],
    refrain: list[bool], prose: list[bool],
) -> list[float]:
    """Each line's worth, costs growing along a run of non-prose lines: a few
    lines of furniture inside a story are crossed, a block of teasers is not.
    Short sentences count a little, and a list a story sentence leads into costs nothing."""
    values: list[float] = []
    gap = 0
    for i, (line, kind, rep) in enumerate(zip(lines, kinds, repeated)):
        if i in listed and not rep:
            values.append(0.0)
            continue
        value = line.words * _SHORT_SENTENCE_WEIGHT if short[i] and not rep else _worth(line, kind, rep)
        if value > 0 and not _has_prose_beside(i, prose, refrain):
            value *= _ISOLATED_WEIGHT
        if value < 0:
            gap += 1
            value *= 1.0 + gap / _GAP_GROWTH
        else:
            gap = 0
        values.append(value)
    return values


def _has_prose_beside(i: int, prose: list[bool], refrain: list[bool]) -> bool:
    """Whether a prose line sits right above or below, looking past a refrain or two."""
    for step in (-1, 1):
        j = i + step
        for _ in range(_REFRAIN_SKIP):
            if 0 <= j < len(prose) and refrain[j]:
                j += step
        if 0 <= j < len(prose) and prose[j]:
            return True
    return False


def _devalue_card_grids(lines: list[Line], values: list[float], refrain: list[bool]) -> None:
    """A grid of teaser cards (a picture, a name, a one-line blurb, again and
    again) weighs little however long it runs: many blurbs in a row, none as
    long as a paragraph, each a line or three after the last with a name or
    headline of its own between (a label the page sets between all paragraphs
    ("Article content") is no card's name)."""
    row: list[int] = []
    last = -1  # the last line of worth
    for i, value in enumerate(values):
        if value <= 0:
            continue
        card = (
            _GRID_BLURB_MIN <= lines[i].words < BLURB_MAX_WORDS
            and 2 <= i - last <= CARD_GAP + 1
            and any(not refrain[k] for k in range(last + 1, i))
        )
        if card and row and row[-1] == last:
            row.append(i)
        else:
            _devalue_row(row, values)
            row = [i] if _GRID_BLURB_MIN <= lines[i].words < BLURB_MAX_WORDS else []
        last = i
    _devalue_row(row, values)


def _devalue_row(row: list[int], values: list[float]) -> None:
    if len(row) >= _GRID_CARDS:
        for i in row:
            values[i] *= _GRID_WEIGHT


def _densest_run(values: list[float]) -> tuple[int, int]:
    """The stretch with the highest sum (Kadane): [start, end)."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, value in enumerate(values):
        if total <= 0:
            total, start = 0.0, i
        total += value
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def _gaps(values: list[float], start: int, end: int) -> list[tuple[int, int]]:
    """The runs of non-prose lines inside the story's stretch, [from, to)."""
    gaps: list[tuple[int, int]] = []
    i = start
    while i < end:
        if values[i] > 0:
            i += 1
            continue
        j = i
        while j < end and values[j] <= 0:
            j += 1
        gaps.append((i, j))
        i = j
    return gaps


def _before_trailing_block(lines: list[Line], values: list[float], start: int, end: int) -> int:
    """Where the story ends when a lesser block follows it across a gap: a
    comment thread or a box of teasers after the author box, tags and share
    bar outweighs its gap, but it is a small part of what the story weighs,
    or the paragraphs right after the gap run far shorter than the story's
    (one-line blurbs under their headlines)."""
    gaps = [gap for gap in _gaps(values, start, end) if gap[1] < end]
    wide = [gap for gap in gaps if gap[1] - gap[0] >= _GAP]
    total = sum(values[start:end])
    total_words = sum(line.words for line, value in zip(lines[start:end], values[start:end]) if value > 0)
    total_count = sum(1 for value in values[start:end] if value > 0)
    before = 0.0
    words = count = 0
    position = start
    following = 0  # the next wide gap's place in ``wide``
    for i, j in gaps:
        for k in range(position, i):
            before += values[k]
            words += lines[k].words
            count += 1
        position = j
        cost = -sum(values[i:j])
        if count:
            after = total - before + cost
            mean = words / count
            if j - i >= _WIDE_GAP and after < _TAIL_SHARE * before and cost >= _TAIL_GAP_SHARE * after:
                if _closing_paragraph(lines, values, j, end, mean):
                    continue
                closing = _closing_run(lines, values, i, j, end, mean)
                return i if closing is None else closing
            if (
                j - i >= _GAP and after < _BLURBS_SHARE * before
                and total_words - words < _BLURB_WORDS_SHARE * mean * (total_count - count)
            ):
                # Short on the whole and right after the gap, up to the next gap as wide.
                while following < len(wide) and wide[following][0] <= i:
                    following += 1
                stop = wide[following][0] if following < len(wide) else end
                block = [lines[k].words for k in range(j, stop) if values[k] > 0]
                # (A paragraph of a hundred words is no blurb, however long the story's.)
                if sum(block) < _BLURB_WORDS_SHARE * mean * len(block) and max(block, default=0) < PARAGRAPH_WORDS:
                    closing = _closing_run(lines, values, i, j, end, mean) if j - i >= _WIDE_GAP else None
                    return i if closing is None else closing
        before -= cost
    return end


def _before_teaser_cards(
    lines: list[Line], kinds: list[Kind], values: list[float], prose: list[bool], refrain: list[bool],
    start: int, end: int,
) -> int:
    """Where the story ends when a row of teaser cards follows it: each card a
    headline and a one-line blurb far shorter than the story's paragraphs
    ("Ferry fares to rise" / one sentence / "Storm closes pier" / one sentence),
    no blurb beside another, the row starting right after the story's last paragraph."""
    words = count = 0
    i = start
    while i < end:
        if values[i] > 0:
            words += lines[i].words
            count += 1
            i += 1
            continue
        if count >= _CARDS_MIN_STORY:
            mean = words / count
            blurb_max = min(_CARD_WORDS_SHARE * mean, BLURB_MAX_WORDS)
            last = _card_row(lines, kinds, values, prose, refrain, i, end, blurb_max)
            # A box of teasers set inside the story has more of the story after it;
            # a story's short sections under their subheadings run on to longer ones.
            if last is not None and sum(values[i:end]) < _CARDS_REST_SHARE * sum(values[start:i]):
                longest = max(lines[k].words for k in range(i, last + 1) if values[k] > 0)
                if not _story_goes_on(lines, values, last + 1, min(mean, 2 * longest)):
                    return i
        while i < end and values[i] <= 0:
            i += 1
    return end


def _card_row(
    lines: list[Line], kinds: list[Kind], values: list[float], prose: list[bool], refrain: list[bool],
    gap: int, end: int, blurb_max: float,
) -> int | None:
    """The last of the next few prose lines after ``gap`` when they are teaser
    blurbs: short, each alone between non-prose lines, each a line or three after the last."""
    last = gap - 1
    found = 0
    k = gap
    while k < end and found < _CARDS:
        if values[k] <= 0:
            # Pictures between short paragraphs make a gallery or a live blog's entries;
            # numbered names over them a story's own list ("3. Ada Moss" / one sentence).
            if kinds[k] is Kind.CAPTION or lines[k].in_list:
                return None
            k += 1
            continue
        if k - last - 1 < 1 or k - last - 1 > CARD_GAP:
            return None
        if (
            not _BLURB_MIN_WORDS <= lines[k].words < blurb_max or lines[k].in_list
            or _has_prose_beside(k, prose, refrain)
        ):
            return None
        found += 1
        last = k
        k += 1
    return last if found == _CARDS else None


def _story_goes_on(lines: list[Line], values: list[float], k: int, long: float) -> bool:
    """Whether a paragraph of ``long`` words or more follows before the next wide
    gap (the story's own run past its cutoff, which it may have ended too soon)."""
    gap = 0
    for j in range(k, len(values)):
        if values[j] <= 0:
            gap += 1
            if gap >= _WIDE_GAP:
                return False
            continue
        gap = 0
        if lines[j].words >= long:
            return True
    return False


def _before_comment_count(lines: list[Line], values: list[float], start: int, end: int) -> int:
    """Where the story ends when the page heads its readers' comments with their
    count ("12 Comments", "Kommentare (3)") below it. A count set in the byline
    block, near the top, has most of the story still under it."""
    for i in range(start + 1, end):
        line = lines[i]
        if line.words <= _COUNT_MAX_WORDS and line.text[:1].isalnum() and _COMMENT_COUNT.match(line.text.strip(" .:")):
            above = sum(value for value in values[start:i] if value > 0)
            below = sum(value for value in values[i:end] if value > 0)
            if above > below:
                return i
    return end


def _reply_form(lines: list[Line]) -> int | None:
    """Where the first reply form starts: a few text boxes within a few lines."""
    boxes = [line.index for line in lines if line.text.startswith("[") and _INPUT_BOX.match(line.text)]
    for n in range(len(boxes) - _FORM_BOXES + 1):
        if boxes[n + _FORM_BOXES - 1] - boxes[n] < _FORM_SPAN:
            return boxes[n]
    return None


def _thread_start(lines: list[Line], kinds: list[Kind], form: int) -> int | None:
    """Where the comment thread above a reply form starts: its first entry's name line."""
    for i in range(form - 1):
        line, below = lines[i], lines[i + 1]
        if (
            line.in_list and not line.blank_after and line.text.endswith(":")
            and 2 <= line.words <= _ENTRY_BY_WORDS and kinds[i] is not Kind.PROSE
            and below.words <= _ENTRY_TIME_WORDS and _ENTRY_TIME.search(below.text)
        ):
            return i
    return None


def _above_thread(lines: list[Line], kinds: list[Kind], values: list[float], form: int, start: int, end: int) -> tuple[int, int]:
    """The post above a comment thread, when the densest run took in the
    thread's entries (a short post outweighed by its readers' replies)."""
    thread = _thread_start(lines, kinds, form)
    if thread is None or end <= thread or start >= form:
        return start, end
    return _post_above(lines, values, thread) or (start, end)


def _above_reply_form(lines: list[Line], values: list[float], form: int, start: int, end: int) -> tuple[int, int]:
    """The post above a reply form, when the densest run fell below the form
    (a short post outweighed by the sidebar under the comments)."""
    if start < form:
        return start, end
    return _post_above(lines, values, form) or (start, end)


def _post_above(lines: list[Line], values: list[float], limit: int) -> tuple[int, int] | None:
    """The densest run above line ``limit``, when it can be a post: it weighs
    enough, and a paragraph of it stands free (teaser links above a sign-up
    form sit in lists)."""
    above_start, above_end = _densest_run(values[:limit])
    if sum(values[above_start:above_end]) < _ABOVE_FORM_MIN:
        return None
    if not any(
        value > 0 and not line.in_list and line.words >= _STANDFIRST_MIN_WORDS
        for line, value in zip(lines[above_start:above_end], values[above_start:above_end])
    ):
        return None
    return above_start, above_end


def _closing_paragraph(lines: list[Line], values: list[float], j: int, end: int, mean: float) -> bool:
    """A story's last paragraph set after a box of related links inside it: one
    paragraph, as long as the story's own, all there is after the box."""
    kept = [k for k in range(j, end) if values[k] > 0]
    return len(kept) == 1 and lines[kept[0]].words >= mean and lines[kept[0]].alone


def _closing_run(lines: list[Line], values: list[float], i: int, j: int, end: int, mean: float) -> int | None:
    """Where the story ends when its last paragraphs stand after a box set inside
    it ("Most popular" and a few linked headlines): a few paragraphs line after
    line, each a block of its own, together as long as one of the story's, up to
    the next wide gap. Comment threads set names and dates between their entries."""
    # The box lists linked headlines; a pitch's frame of rules and buttons does not.
    if sum(1 for k in range(i, j) if lines[k].in_list and lines[k].words >= _LINK_WORDS) < _BOX_LINKS:
        return None
    kept: list[int] = []
    gap = 0
    for k in range(j, end):
        if values[k] > 0:
            if gap > _CLOSING_GAP and kept:
                return None
            kept.append(k)
            gap = 0
            continue
        gap += 1
        if gap >= _WIDE_GAP:
            break
    if not kept or len(kept) > _CLOSING_MAX:
        return None
    if any(not lines[k].alone or lines[k].in_list for k in kept):
        return None
    if sum(lines[k].words for k in kept) < mean:
        return None
    return kept[-1] + 1


def _past_links_box(lines: list[Line], kinds: list[Kind], values: list[float], start: int, end: int) -> int:
    """The story's last paragraph under a box of related links set inside it
    ("Related stories" and a few linked headlines): a sentence as long as the
    story's paragraphs, with no more prose after it."""
    j = end
    while j < len(lines) and j - end <= _LINKS_BOX_LINES and values[j] <= 0 and (lines[j].in_list or kinds[j] is not Kind.PROSE):
        j += 1
    if j == end or j >= len(lines) or j - end > _LINKS_BOX_LINES or not any(lines[k].in_list for k in range(end, j)):
        return end
    story = [lines[k].words for k in range(start, end) if values[k] > 0]
    last = lines[j]
    if kinds[j] is not Kind.PROSE or last.in_list or not last.alone or not is_sentence(last.text):
        return end
    if not story or last.words < sum(story) / len(story):
        return end
    if j + 1 < len(lines) and values[j + 1] > 0:
        return end
    return j + 1


def _with_standfirst(lines: list[Line], kinds: list[Kind], repeated: list[bool], start: int) -> int:
    """The standfirst under the headline, cut off from the story by a share bar,
    a picture or a date line: the nearest sentence above the story across a few
    such lines, standing as a block of its own (a pitch hugs its button)."""
    # Page furniture between (a paywall's pitch, a share bar) does not use up the reach.
    reach = 0
    for i in range(start - 1, max(-1, start - 1 - _STANDFIRST_FAR), -1):
        if kinds[i] is not Kind.JUNK:
            reach += 1
            if reach > _STANDFIRST_REACH:
                break
        if kinds[i] is Kind.PROSE:
            line = lines[i]
            # A list between (a table of contents, a section's blurb) is crossed, and
            # so are a picture's caption printed twice (a headline printed twice is
            # shorter, and the top of the story) and a date line in the byline block.
            caption_twice = repeated[i] and line.words >= _STANDFIRST_MIN_WORDS and _has_twin(lines, i)
            if line.in_list or caption_twice or (line.words < _STANDFIRST_MIN_WORDS and not line.alone):
                continue
            # Past a long stretch of furniture, only a line right under a headline.
            far = start - i > _STANDFIRST_REACH and not _under_headline(lines, kinds, i)
            if (
                line.alone and not far and line.words >= _STANDFIRST_MIN_WORDS
                and _reads_as_standfirst(lines, kinds, repeated, i)
            ):
                return i
            return start
    return start


def _reads_as_standfirst(lines: list[Line], kinds: list[Kind], repeated: list[bool], i: int) -> bool:
    """A sentence; or, right under the headline, a long line that is no headline
    itself, since many standfirsts go without a full stop ("How three islands kept
    their ferries, and what it cost"). A caption printed twice is none."""
    line = lines[i]
    if is_sentence(line.text):
        return True
    return (
        _under_headline(lines, kinds, i) and not repeated[i] and line.words >= _STANDFIRST_OPEN_WORDS
        and not is_headline_case(line.text)
    )


def _under_headline(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    return i > 0 and kinds[i - 1] is Kind.SHORT and not lines[i - 1].in_list


def _has_twin(lines: list[Line], i: int) -> bool:
    """Whether the same text stands on the next line or the one before: a picture's
    alt text over its caption. A standfirst the page repeats does so further off,
    as its description or teaser, or across an advert slot."""
    key = fold(lines[i].text)
    return any(
        fold(lines[j].text) == key
        for j in range(max(0, i - _TWIN_REACH), min(len(lines), i + _TWIN_REACH + 1)) if j != i
    )


def _is_heading(lines: list[Line], kinds: list[Kind], refrain: list[bool], i: int, end: int) -> bool:
    """A subheading or lead-in inside the story ("Two weeks at sea",
    "The statement reads:"): a short plain line standing before more prose."""
    line = lines[i]
    if kinds[i] is not Kind.SHORT or line.words > _HEADING_MAX_WORDS:
        return False
    # A long line all in capitals is a teaser link set in the story ("MAYOR SAYS FERRY
    # FARES WILL RISE AGAIN NEXT YEAR"); subheadings in capitals run a few words.
    if line.words >= _CAPS_LINK_WORDS and _all_capitals(line.text):
        return False
    if line.bullet and not (line.numbered and line.alone):
        return False
    if not (line.blank_before or line.text.endswith(":")):
        return False
    # A label the page sets between all its blocks ("Article content"), above
    # the heading and under it, is crossed.
    framed = i > 0 and refrain[i - 1]
    for j in range(i + 1, end):
        if kinds[j] is Kind.PROSE:
            return True
        if kinds[j] is not Kind.PHOTO_ID and not (framed and refrain[j] and lines[j].text == lines[i - 1].text):
            return False
    return False


def _all_capitals(text: str) -> bool:
    """Written in capitals throughout; a script without capitals ("ASP" in a line
    of Hindi) is not."""
    if not text.isupper():
        return False
    letters = [char for char in text if char.isalpha()]
    return sum(char.isupper() for char in letters) >= _CAPITALS_SHARE * len(letters)


def _is_short_sentence(line: Line, kind: Kind) -> bool:
    """A paragraph of a few words ("That claim is false.", "Only the mayor stayed
    home."): too short to count as prose, but a sentence, so story, not furniture."""
    if kind is not Kind.SHORT or line.in_list or line.words < 3 or not is_sentence(line.text):
        return False
    # Teaser links in capitals ("DC OWNER LEADS RECALL: 'PEOPLE ARE TIRED'") end like sentences too.
    return not (line.text.isupper() or is_headline_case(line.text))


def _list_after_lead_in(lines: list[Line], kinds: list[Kind], i: int, end: int) -> list[int]:
    """The items of a list a story sentence introduces ("The plan has three
    parts:"), up to the next paragraph; menus and share bars are never led in so."""
    items: list[int] = []
    for j in range(i + 1, min(end, i + 1 + _LIST_MAX_ITEMS)):
        line = lines[j]
        # A list's items sit line under line; blocks apart are a page's own parts.
        if items and line.blank_before:
            break
        if kinds[j] is Kind.SHORT or (kinds[j] is Kind.JUNK and line.bullet and not is_furniture(line.text, line.words)):
            if line.words:
                items.append(j)
            continue
        break
    return items


# A reader's or source's signature under a quote, as round-ups of reactions
# set it: '"The fares are too high."' then '- Ana Ruiz.' or '— Tom Hale, a nurse'.
_DASHES = "-\u2013\u2014\u2015"
_SIGNATURE = re.compile(
    r"^[A-Z][\w'\u2019.\-]*(?:\s+(?:[A-Z][\w'\u2019.\-]*|de|da|del|van|von|der|la|le|bin|al)){1,4}(?:,\s*[^,]{1,60}){0,2}\.?$")
_QUOTE_END = re.compile("[\"\u201d\u2019\u00bb]\\.?$")


def _signature_under_quote(line: Line, kept: list[Line]) -> Line | None:
    """A dash line with a name right under a kept quote paragraph, kept with
    its dash (quote attribution reads the signature from it)."""
    if not kept or kept[-1].index != line.index - 1 or not _QUOTE_END.search(kept[-1].text) or line.words > 12:
        return None
    text = line.text
    dash = line.marker if line.marker and line.marker in _DASHES else ""
    if not dash and text and text[0] in _DASHES:
        dash, text = text[0], text[1:].lstrip()
    if not dash or not _SIGNATURE.match(text) or is_furniture(text, line.words):
        return None
    return replace(line, text=f"{dash} {text}", marker="", bullet=False)


# A page may print the whole story twice (a second copy under it, as an
# endless-scroll page loads the next view): its paragraphs are then all
# "repeated", and a lesser block wins. A run of this many long paragraphs, each
# printed again, counts as story in its first copy.
_COPY_RUN_PARAGRAPHS = 5
_COPY_PARAGRAPH_WORDS = 15


def _first_copy_of_story(lines: list[Line], kinds: list[Kind], repeated: list[bool]) -> list[bool]:
    firsts: dict[str, int] = {}
    run: list[int] = []
    runs: list[list[int]] = []
    for i, line in enumerate(lines):
        if kinds[i] is not Kind.PROSE or line.words < _COPY_PARAGRAPH_WORDS:
            continue
        if repeated[i]:
            key = fold(line.text)
            if key not in firsts:
                firsts[key] = i
                run.append(i)
                continue
        runs.append(run)
        run = []
    runs.append(run)
    copied = {i for run in runs if len(run) >= _COPY_RUN_PARAGRAPHS for i in run}
    if not copied:
        return repeated
    return [rep and i not in copied for i, rep in enumerate(repeated)]


# A sentence this long between two of the story's paragraphs is one of them.
_BETWEEN_MIN_WORDS = 15


def _with_sentences_between(
    lines: list[Line], kinds: list[Kind], repeated: list[bool], paragraphs: list[Line],
) -> list[Line]:
    """A long sentence read as a short line for its many capitals ("Tuesday the
    Harbour Board of Port Elsby met the Ferry Workers' Union.") between two kept
    prose paragraphs is the story's paragraph too; captions are read as such."""
    kept = {line.index for line in paragraphs}
    between = [
        lines[i] for i in sorted({k + 1 for k in kept})
        if i not in kept and i + 1 in kept and kinds[i] is Kind.SHORT
        and kinds[i - 1] is Kind.PROSE and kinds[i + 1] is Kind.PROSE and not repeated[i]
        and not lines[i].in_list and lines[i].words >= _BETWEEN_MIN_WORDS and is_sentence(lines[i].text)
        and not _all_capitals(lines[i].text)  # a related story's headline set in the text
    ]
    if not between:
        return paragraphs
    return sorted(paragraphs + between, key=lambda line: line.index)


def find_story(lines: list[Line], kinds: list[Kind], repeated: list[bool]) -> Story:
    repeated = _first_copy_of_story(lines, kinds, repeated)
    # A site's note (a licence, a sign-up box, an app pitch, an appeal for
    # support) in a sidebar is no story to find, however long the run it tops.
    appeals: set[int] = set()
    site_notes: set[int] = set()
    for i, (line, kind) in enumerate(zip(lines, kinds)):
        if kind is Kind.PROSE:
            if is_appeal(line.text):
                appeals.add(i)
            elif is_site_note(line):
                site_notes.add(i)
    if appeals or site_notes:
        kinds = [Kind.JUNK if i in appeals or i in site_notes else kind for i, kind in enumerate(kinds)]
    short = [_is_short_sentence(line, kind) for line, kind in zip(lines, kinds)]
    listed: set[int] = set()
    for i, line in enumerate(lines):
        if line.text.endswith(":") and (kinds[i] is Kind.PROSE or short[i]):
            listed.update(_list_after_lead_in(lines, kinds, i, len(lines)))
    # A post's code blocks weigh nothing and cost nothing, as a list a sentence leads into.
    listed |= code_lines(lines)
    # A table of words inside the story is its text too, as a list is.
    listed |= table_rows(lines, kinds)
    refrain = _refrains(lines, kinds, short)
    prose = [(kind is Kind.PROSE or sentence) and not rep for kind, sentence, rep in zip(kinds, short, repeated)]
    values = _values(lines, kinds, repeated, short, listed, refrain, prose)
    _devalue_card_grids(lines, values, refrain)
    start, end = _densest_run(values)
    form = _reply_form(lines)
    if form is not None:
        start, end = _above_reply_form(lines, values, form, start, end)
        start, end = _above_thread(lines, kinds, values, form, start, end)
    end = _before_trailing_block(lines, values, start, end)
    end = _before_comment_count(lines, values, start, end)
    end = _before_teaser_cards(lines, kinds, values, prose, refrain, start, end)
    end = _past_links_box(lines, kinds, values, start, end)
    lead = run_start = start
    start = _with_standfirst(lines, kinds, repeated, opening_over_contents(lines, kinds, start, end))
    # A standfirst the page also prints as its teaser or description is kept, once.
    standfirsts = {start} if start < lead else set()
    if start < run_start:
        # A standfirst may stand over a first paragraph the page sets apart too
        # (a line the page prints again is its description, kept once already).
        above = _with_standfirst(lines, kinds, repeated, start)
        if not repeated[above]:
            start = above
            standfirsts.add(start)
    standfirst = start if start < lead else -1
    if lead - start <= _STANDFIRST_NEAR:
        lead = start
    # A closing line or two too short to weigh as prose ("Only the mayor stayed home.").
    last = end
    while end < len(lines) and end - last < _TAIL_SENTENCES and short[end] and not repeated[end]:
        end += 1
    story = Story(start, end, lead=lead)
    cards = card_columns(lines, start, end)
    for i in range(start, end):
        if i in cards:
            continue
        if (repeated[i] and i not in standfirsts) or refrain[i] or has_longer_twin(lines, i):
            continue
        if kinds[i] is Kind.PROSE and (
            repeats_caption_beside(lines, kinds, i) or teaser_under_label(lines, kinds, i)
        ):
            continue
        # Between a standfirst and the story: the byline block, share bar, pictures.
        if standfirst < i < run_start and lines[i].in_list:
            continue
        if kinds[i] is Kind.PROSE or short[i] or i in listed or _is_heading(lines, kinds, refrain, i, end):
            if prints_itself_twice(lines[i].text):
                story.left_out.append(i)
                continue
            if is_link_teaser(lines[i]):
                continue
            story.paragraphs.append(lines[i])
        elif (signed := _signature_under_quote(lines[i], story.paragraphs)) is not None:
            story.paragraphs.append(signed)
    if end < len(lines) and (signed := _signature_under_quote(lines[end], story.paragraphs)) is not None:
        story.paragraphs.append(signed)  # (under the story's last quote)
    story.paragraphs = _with_sentences_between(lines, kinds, repeated, story.paragraphs)
    story.paragraphs = without_staff_bio(without_story_copy(story.paragraphs))
    story.paragraphs = without_reader_appeal(without_author_box(story.paragraphs, lines, start, end), appeals)
    kept = without_filing_line(story.paragraphs)
    story.left_out += [line.index for line in story.paragraphs[len(kept):len(kept) + 1]]
    notes = disclosures(kept, site_notes)
    if kept and is_opening_caption(kept[0]):
        notes.insert(0, 0)
    story.left_out += [kept[n].index for n in notes]
    story.paragraphs = [line for n, line in enumerate(kept) if n not in notes]
    return story
