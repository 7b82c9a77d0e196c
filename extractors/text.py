"""Read an article from a plain-text dump: copied article text, or a whole page
as a text browser renders it (menus, story, captions, related links, footer).

The stages, each in its own module: lines (text_lines), what each line is
(text_kinds), the story among them (text_story), captions (text_images), and
headline (text_title), writers' names (text_names), byline, date and publisher
(text_meta, text_datelines, text_dates).
"""
from __future__ import annotations

import re

from .record import Article
from .text_images import caption_before_credit, find_images
from .text_kinds import Kind, classify, fold, repeats
from .text_lines import Line, split_lines
from .text_meta import find_publisher, is_self_description, read_header
from .text_names import is_about_writer, writer_from_bio
from .text_story import find_story


def read_text(text: str) -> Article:
    lines = split_lines(text)
    if not lines:
        return Article(warnings=["the text has no lines to read"])
    folded = [fold(line.text) for line in lines]
    seen = repeats(folded)
    kinds = [classify(line) for line in lines]
    # A caption or blurb the dump prints twice is not story; short repeats are
    # menu words, which are furniture anyway.
    repeated = [seen[key] > 1 and line.words >= 3 for key, line in zip(folded, lines)]
    caption_before_credit(lines, kinds, folded)
    for i, line in enumerate(lines):
        if kinds[i] is Kind.PROSE and is_self_description(line.text):
            kinds[i] = Kind.JUNK
    bio_writer, bio_lines = writer_from_bio(lines)
    for i in bio_lines:
        kinds[i] = Kind.JUNK

    warnings: list[str] = []
    story = find_story(lines, kinds, repeated)
    body_first = story.paragraphs[0].index if story.paragraphs else 0
    # The byline and headline sit between a standfirst and the story, or above both.
    starts = sorted([line.index for line in story.paragraphs] + story.left_out)
    header_first = next((index for index in starts if index >= story.lead), body_first)
    publisher = find_publisher(lines)
    header = read_header(lines, kinds, header_first, publisher)
    # Lines above the headline (a kicker, a picture's alt text) are not the story;
    # a headline read below the story's start (a teaser's, under it) cuts nothing.
    top = header.title_index if header.title_index is not None and header.title_index <= body_first else -1
    paragraphs = [
        line for line in story.paragraphs if line.index not in header.used and line.index > top
    ]
    title_kept = [lines[i] for i in header.title_lines] if header.title_in_story else []
    if not title_kept and _opening_read_as_title(lines, kinds, header.title_index, body_first):
        # A page whose headline is a short label or an image the dump leaves
        # out ("Garden Diary", then the post) has its headline read from the
        # post's opening sentences: they are still the story's first paragraph.
        title_kept = [lines[body_first]]
    if title_kept:
        paragraphs[:0] = title_kept
        warnings.append("the first line is read as the title and kept in the body: it may be a standfirst")
    paragraphs = _without_writer_bio(paragraphs, header.authors)
    authors = header.authors
    if not authors and bio_writer:
        authors = [bio_writer]
        warnings.append("authors taken from the writer's bio, not from a byline")
    images, repeated_captions = find_images(lines, kinds, max(0, story.start - 40), story.end)
    if repeated_captions:
        warnings.append(f"{repeated_captions} photo caption(s) repeated in the text; each kept once")
    dropped = len(lines) - len(paragraphs)
    if paragraphs and dropped:
        warnings.append(
            f"dropped {dropped} of {len(lines)} lines as not the story "
            "(headline, byline, captions, menus, pitches, bios, footers)"
        )
    if not paragraphs:
        warnings.append("no story prose found in the text; body left empty")
    if header.title is None:
        warnings.append("no headline line found")
    return Article(
        title=header.title,
        publisher=publisher,
        authors=authors,
        date_published=header.date,
        body="\n\n".join(line.verbatim for line in paragraphs),
        images=images,
        warnings=warnings,
    )


# Headlines rarely run this long; an opening paragraph often does.
_OPENING_MIN_WORDS = 15
_STATEMENT_MIN_WORDS = 10
# "... the garden in May." / "... in May.”" / "... in May.”1" (a footnote mark).
_CLOSES_WITH_PERIOD = re.compile(r"[^.]\.[\"'”’»)]*\d?$")
# The first sentence, closed by a full stop before a capital: "Rain came early. Then ..."
_FIRST_STATEMENT = re.compile(r"[^.?!]*?[^\s.?!]{3}\.\s+(?=[A-ZÄÖÜÀ-Þ])")


def _opening_read_as_title(lines: list[Line], kinds: list[Kind], title_index: int | None, body_first: int) -> bool:
    """The headline was read from the story's first kept line, a long prose sentence."""
    if title_index != body_first:
        return False
    line = lines[body_first]
    if kinds[body_first] is not Kind.PROSE or line.words < _OPENING_MIN_WORDS:
        return False
    # Headlines end without a full stop and open without one: a question, a
    # quote after a colon. An opening paragraph states something first.
    if _CLOSES_WITH_PERIOD.search(line.text):
        return True
    first = _FIRST_STATEMENT.match(line.text)
    return first is not None and len(first.group(0).split()) >= _STATEMENT_MIN_WORDS


def _without_writer_bio(paragraphs: list[Line], authors: list[str]) -> list[Line]:
    """Drop the author box that closes many stories: it sits in the last few paragraphs."""
    if not authors:
        return paragraphs
    tail = max(0, len(paragraphs) - 3)
    return [
        line for n, line in enumerate(paragraphs)
        if n < tail or not is_about_writer(line.text, authors)
    ]
