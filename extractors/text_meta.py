"""Byline, date and publisher as a text dump states them (the headline: text_title)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .text_datelines import DATE_LINE_WORDS, PUBLISHED_LABEL, find_date_lines, nearest_date
from .text_dates import find_date_span, slash_order
from .text_kinds import Kind
from .text_lines import Line, next_worded
from .text_names import (
    GLUED_ROLE,
    IMAGE_LABEL,
    NAME_SPLIT,
    OPENS_BYLINE,
    ROLE,
    blog_handle,
    clean_name,
    east_asian_writers,
    is_plain_name,
    lone_byline,
    name_list,
    names_in_byline,
)
from .text_page_writers import (
    POST_FIELDS_AFTER,
    dated_byline,
    fold_words,
    label_over_name,
    labelled_writer,
    lone_byline_anywhere,
    name_line,
    signed_story,
    writer_from_link,
)
from .text_title import find_title, is_widget_line, title_by_date_line

_SELF_DESCRIPTION = re.compile(
    r"^(?P<name>(?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4}),?(?: [^,]{3,100},)? (?:is|are) "
    r"(?:(?:committed|dedicated) to\b|(?:an?|the|one of the) (?:[a-z][\w'’-]* ){0,4}"
    r"(?:news|media|publication|newspaper|magazine|organi[sz]ation|provider|publisher|outlet|agency|newsroom)s?\b)"
)


_COPYRIGHT = re.compile(
    r"(?:(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[,.]?\s*"
    r"(?P<name>[A-Z][\w&'’-]*(?:\.[A-Za-z]+)?(?: (?:[A-Z][\w&'’-]*|of|and|&|the))*)"
)


_COMPANY_TAIL = re.compile(r"[\s,.]+(?:Ltd|LLC|Inc|Limited|Corp|Co|GmbH|plc|Group|All|Rights)\.?$", re.I)


@dataclass
class Header:
    """Where the top of the story says who, when and what."""

    title: str | None = None
    title_index: int | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    used: set[int] = field(default_factory=set)  # header lines that are not the story
    title_lines: list[int] = field(default_factory=list)  # when the title spans lines of copied text
    title_in_story: bool = False  # the title lines are also kept as the story's first paragraphs
    date_index: int | None = None  # the line the date was read from
    agency_byline: bool = False  # the byline names an agency or desk, no person ("By Harbour Wire")


_DASHES = ("-", "–", "—")


_LONE_BYLINE_WORDS = frozenset("by von por par door di av af".split())


_HEADER_REACH = 8  # how far into the story a byline or date may sit


def read_header(lines: list[Line], kinds: list[Kind], body_first: int, publisher: str | None = None) -> Header:
    header = Header()
    if publisher:
        # The site's own name on a line of its own is a masthead, not a headline.
        header.used.update(i for i, line in enumerate(lines) if line.text.casefold() == publisher.casefold())
    low = max(0, body_first - 40)
    high = min(len(lines), body_first + _HEADER_REACH)
    byline_at = None
    # A line that says "By" wins over a list of names higher up (a caption's "Ann Lee and Bo Park").
    readers_in_order = (
        (names_in_byline,),
        (name_list, _names_before_date, _names_beside_date, _name_before_age, _pictured_writer, _name_after_date),
    )
    for readers in readers_in_order:
        for i in range(low, high):
            line = lines[i]
            # A line opening with the day reads as a numbered item ("4. März 2024 • Ann Lee").
            # A list item may be a byline when it says so ("• Von Ann Lee", "• Post author By Ann Lee").
            text = line.verbatim
            # "Von" on a line of its own, the names on the next (a list item or a link): one byline.
            split_byline = i > 0 and lines[i - 1].text.casefold() in _LONE_BYLINE_WORDS and readers[0] is names_in_byline
            if split_byline:
                text = lines[i - 1].text + " " + line.text
            says_so = readers[0] is names_in_byline and (OPENS_BYLINE.match(line.text) or split_byline)
            listed = line.in_list and not line.numbered and not says_so
            # "— Ann Lee (@annlee) May 2, 2020" signs a post the page quotes, not the story.
            signed = line.marker in _DASHES or line.text.startswith(_DASHES)
            if line.words <= 16 and kinds[i] is not Kind.CAPTION and not listed and not signed:
                names = next((found for read in readers if (found := read(text))), [])
                if names:
                    # A byline split over two lines often stands under the picture, far from the
                    # headline: it does not mark where the header ends.
                    header.authors, byline_at = names, (None if split_byline else i)
                    if split_byline:  # co-writers on the lines under ("Von" / "Ann Lee" / "Bo Park")
                        _co_writers(lines, kinds, i, header)
                    else:
                        header.used.add(i)
                    break
        if header.authors:
            break
    if byline_at is None:
        for i in range(low, high):
            if lines[i].words <= 8 and not lines[i].in_list and _agency_byline(lines[i].text):
                # "By The Associated Press", "Par Le Quotidien": no person, but the byline all the same
                # (authors are person names: the agency is not given as one).
                byline_at = i
                header.used.add(i)
                # "von annlee": a blogger's one-word handle, which a lone byline reads, is no agency.
                header.agency_byline = not lone_byline(lines[i].text)
                break
    month_first = slash_order([line.text for line in lines[low:high]])
    near = byline_at if byline_at is not None else body_first
    picked = nearest_date(find_date_lines(lines, kinds, low, high, month_first), [near])
    date_at = None
    if picked is None:
        # Only a labelled date further off ("Veröffentlicht am 4. März 2024" under a long standfirst):
        # under the story's start it gives the date, but no mark of where the story starts.
        reach = _LABELLED_DATE_REACH
        wide = find_date_lines(lines, kinds, body_first - reach, body_first + reach, month_first)
        far = nearest_date([d for d in wide if d.published], [near])
        if far and far[0].index < body_first:
            picked = far  # over the story: its header, where the story finder started too low
        elif far:
            header.date, header.date_index = far[0].date, far[0].index
            if not _is_paragraph(lines[far[0].index], kinds[far[0].index]):
                header.used.add(far[0].index)
    if picked:
        header.date, header.date_index = picked[0].date, picked[0].index
        if not _is_paragraph(lines[picked[0].index], kinds[picked[0].index]):
            date_at = picked[0].index
            header.used.add(date_at)
    name_at = None
    story = _story_words(lines, kinds, body_first)
    if not header.authors and date_at is not None:
        name_at = _bare_name(lines, kinds, (date_at - 1, date_at + 1, date_at + 2), header, story)
    start = max([body_first] + [i for i in (byline_at, date_at) if i is not None])
    # The headline sits over the byline and date when they head the story.
    marks = [i for i in (byline_at, date_at, name_at) if i is not None and i <= body_first]
    find_title(lines, kinds, start, min(marks) if marks else None, header)
    if header.title_index is not None:
        _date_by_title(lines, kinds, header, header.date_index, byline_at, month_first)
    if header.date is None:
        _own_teaser_date(lines, header, month_first)
    if header.date is None:
        _lone_date(lines, kinds, header, body_first, month_first)
    _post_footer_date(lines, header, month_first)
    if header.title is None:
        title_by_date_line(lines, kinds, header)  # a date found far from the story's start
    if not header.authors and header.title_index is not None:
        _names_by_title(lines, kinds, header, story, _date_line(header, date_at), body_first)
    if not header.authors:
        header.authors = (
            dated_byline(lines, month_first) or labelled_writer(lines) or label_over_name(lines, kinds)
            or writer_from_link(lines)
            or ([] if header.agency_byline else lone_byline_anywhere(lines, kinds))
            or _east_asian_byline(lines)
        )
    if not header.authors and header.title_index is not None:
        header.authors = _name_with_writers_bio(lines, kinds, header)
    if not header.authors:
        header.authors = signed_story(lines, kinds, body_first)
    return header


# A writer's bio under the story: "Ann Lee is our island reporter ...", "Ann Lee, Redakteurin bei ...".
_WRITERS_BIO = (
    r"[\s,]+(?:(?:is|was|ist|war|est|es)\s+(?:a|an|ein|eine|une?|la|el)?\s*(?:\w+\s+){0,3}?)?[\w-]*"
    r"(?:writer|reporter|editor|journalist|correspondent|columnist|redakteur|redakteurin|journalistin|autor|autorin"
    r"|korrespondent|korrespondentin|periodista|redactora?|journaliste|rédact\w*)\b"
)


def _name_with_writers_bio(lines: list[Line], kinds: list[Kind], header: Header) -> list[str]:
    """A name on a line of its own by the headline, when the page's bio of a writer opens with
    it ("Ann Lee" over the headline, "Ann Lee is our island reporter ..." under the story)."""
    t = header.title_index
    assert t is not None
    for j in range(max(0, t - _NAME_OVER_TITLE), min(len(lines), t + _NAME_UNDER_TITLE + 1)):
        if j == t or j in header.used:
            continue
        name = name_line(lines[j], kinds[j])
        if not name or _among_menu_items(lines, j, name):
            continue
        bio = re.compile(re.escape(name) + _WRITERS_BIO, re.I)
        if any(kinds[k] is Kind.PROSE and bio.match(lines[k].text) for k in range(len(lines))):
            header.used.add(j)
            return [name]
    return []


_EAST_ASIAN_MAX_CHARS = 40


def _east_asian_byline(lines: list[Line]) -> list[str]:
    """A Korean reporter's line ("김하나 기자") or a Chinese editor's ("责任编辑：王小明"),
    with co-reporters on the lines under it (each over her e-mail address)."""
    names: list[str] = []
    last = -1
    for j, line in enumerate(lines):
        if names and j > last + _CO_WRITER_REACH:
            break
        found = east_asian_writers(line.text) if len(line.text) <= _EAST_ASIAN_MAX_CHARS else []
        if found:
            names += [n for n in found if n not in names]
            last = j
    return names


def _date_line(header: Header, date_at: int | None) -> int | None:
    """The line the header's date was read from (the headline's may have replaced the first)."""
    return header.date_index if header.date_index is not None else date_at


_NAME_OVER_TITLE = 6  # lines over the headline a writer's name may stand (a picture of the writer between)


_NAME_UNDER_TITLE = 12  # lines under it (standfirst, date, share buttons)


_NAME_JUST_UNDER = 4  # lines under the headline where a name line alone is the writer's


_NAME_OVER_TOOLS = 7  # lines under the headline where a name right over a widget is the writer's


_NAME_BY_DATE = 3  # lines from the date a writer's name may stand


_CO_WRITER_REACH = 4  # lines under one name line where the next writer's may stand


_SUBJECT_PARAGRAPHS = 8  # story paragraphs read to tell the story's people from its writers


def _names_by_title(
    lines: list[Line], kinds: list[Kind], header: Header, story: set[str], date_at: int | None, body_first: int
) -> None:
    """Writers' names on lines of their own just under the headline or by the date,
    nearest the headline first: "Ann Lee" under it, "[photo] Ann Lee Redakteurin" over
    the date. A name the story talks about is its subject ("Ann Lee" over her
    picture), not its writer."""
    t = header.title_index
    assert t is not None
    headline = set(fold_words(header.title or ""))
    story = story | headline
    near = set(range(t + 1, t + _NAME_JUST_UNDER + 1))
    if date_at is not None:
        near.update(range(date_at - _NAME_BY_DATE, date_at + _NAME_BY_DATE + 1))
    if body_first > t:
        near.add(body_first - 1)  # over the story's first paragraph, a picture and its credit between it and the headline
    # Right under the credit of the picture under the headline ("Foto: Sam Reyes" / "Ann Lee").
    near.update(k + 1 for k in range(t + 1, min(len(lines), t + _NAME_UNDER_TITLE)) if _CREDIT_LINE.match(lines[k].text))
    # Right under the caption of the picture under the headline, its label between ("The quay at dawn." /
    # "[harbour]" / "Ann Lee"), over the story.
    for k in range(t + 1, min(len(lines) - 1, t + _NAME_UNDER_TITLE)):
        if kinds[k] is Kind.CAPTION:
            j = k + 1
            while j < len(lines) - 1 and kinds[j] in (Kind.JUNK, Kind.PHOTO_ID) and IMAGE_LABEL.fullmatch(lines[j].text):
                j += 1
            if j + 1 < len(lines) and kinds[j + 1] is Kind.PROSE:
                near.add(j)
    # A name over the story's tools a little further down ("Ann Lee" / "Listen to this story" / "Share").
    near.update(
        k for k in range(t + _NAME_JUST_UNDER + 1, min(len(lines) - 1, t + _NAME_OVER_TOOLS + 1))
        if is_widget_line(lines[k + 1])
    )
    # A writer's box under the headline prints the name twice, her picture's text and her link ("Ann Lee" / "Ann Lee").
    near.update(k for k in range(t + 1, min(len(lines) - 1, t + _NAME_UNDER_TITLE)) if _printed_twice(lines, k))
    places = range(max(0, t - _NAME_OVER_TITLE), min(len(lines), t + _NAME_UNDER_TITLE + 1))
    for j in sorted(places, key=lambda k: (abs(k - t) + (0.5 if k < t else 0.0), k)):
        if j == t or j in header.used:
            continue
        name = name_line(lines[j], kinds[j])
        if not name or _over_picture(lines, kinds, j, name) or _among_menu_items(lines, j, name):
            continue
        surname = fold_words(name)[-1]
        if surname in story and not _beside_date(lines, kinds, j, t, date_at):
            continue
        # A name sharing a word with the headline is the story's subject or its product
        # ("Harbour Crane Deluxe" under "Harbour Crane review"), not its writer.
        if any(len(word) >= 4 and word in headline for word in fold_words(name)):
            continue
        if j not in near:
            continue
        if j < t and not _led_to_name(lines, j, name):
            # Over the headline a name-shaped line is mostly a menu's or a tag's item ("Latin America",
            # "Family Entertainment"); a writer's name there follows its "By" or its own first print.
            continue
        names, used = [name], [j]
        for k in range(j + 1, min(len(lines), j + 1 + _CO_WRITER_REACH)):
            # A label over links ("More by this writer at:" / "• Harbour Index") ends the writers.
            if kinds[k] is Kind.PROSE or lines[k].text.endswith(":"):
                break
            other = name_line(lines[k], kinds[k])
            if other and _among_menu_items(lines, k, other):
                break
            if other and k not in header.used and fold_words(other)[-1] not in story:
                if other not in names:
                    names.append(other)
                used.append(k)
        header.authors = names
        header.used.update(used)
        return


def _among_menu_items(lines: list[Line], j: int, name: str) -> bool:
    """A name-shaped list item between other items of a few capitalised words and no
    figures: a menu's, a table of contents' or a tag list's entry ("• Harbour Tours" /
    "• Island Walks" / "• Ferry Times"), not a byline, whose list holds a date, a time
    or a count ("• Ann Lee" / "• 4 March 2024" / "• 2 comments")."""
    if not lines[j].in_list:
        return False
    neighbours = [k for k in (next_worded(lines, j, -1), next_worded(lines, j, 1)) if k is not None and lines[k].in_list]
    texts = [lines[k].text for k in neighbours if name.casefold() not in lines[k].text.casefold()]
    if any(any(c.isdigit() for c in text) for text in texts):
        return False
    return any(_is_menu_item(text) for text in texts)


def _is_menu_item(text: str) -> bool:
    """A few capitalised words, small joining words aside ("Building the Harbour Wall"),
    not a stamp's words ("Published an hour ago")."""
    words = text.split()
    return 2 <= len(words) <= _MENU_ITEM_WORDS and all(w[:1].isupper() or len(w) <= 3 for w in words)


_MENU_ITEM_WORDS = 5


def _printed_twice(lines: list[Line], k: int) -> bool:
    """A short line printed again right under itself ("Ann Lee" / "Ann Lee")."""
    return 2 <= lines[k].words <= 4 and lines[k + 1].text == lines[k].text


_BYLINE_BLOCK = 3  # lines under the headline where a name against the date is its byline


def _beside_date(lines: list[Line], kinds: list[Kind], j: int, t: int, date_at: int | None) -> bool:
    """A name line right under the headline and right against the date line, only furniture
    between ("Headline" / "Ann Lee" / "—" / "4 March 2024"): the byline block, even when
    the writer names herself in the story ("our reporter Ann Lee met ...")."""
    if date_at is None or not t < j <= t + _BYLINE_BLOCK:
        return False
    low, high = sorted((j, date_at))
    if not (0 < high - low <= 2 and all(kinds[k] is Kind.JUNK for k in range(low + 1, high))):
        return False
    # A writer's name the page prints again (author box, credits, her own mention), not a label once.
    name = lines[j].text.casefold()
    return sum(name in line.text.casefold() for line in lines) >= _NAME_PRINTS


_NAME_PRINTS = 3


_JOINING_WORDS = frozenset("and und & y et e og och en i , … ...".split())


def _co_writers(lines: list[Line], kinds: list[Kind], first: int, header: Header) -> None:
    # A long list of writers runs on as long as names keep coming ("Ann Lee," / "Bo Park &" / "…" / "Cy Diaz").
    last = first
    for k in range(first + 1, len(lines)):
        if k > last + _CO_WRITER_REACH:
            break
        if lines[k].text.casefold() in _JOINING_WORDS:  # "Ann Lee" / "and" / "Bo Park", a list's "…"
            continue
        other = name_line(lines[k], kinds[k])
        if not other:
            break
        last = k
        if other not in header.authors:
            header.authors.append(other)


def _led_to_name(lines: list[Line], j: int, name: str) -> bool:
    """The line over a name line (blank lines skipped) ends in "By"/"von" ("Tipps von")
    or is the same name printed once before."""
    for k in range(j - 1, max(-1, j - 3), -1):
        text = lines[k].text.strip()
        if not text:
            continue
        words = text.split()
        return words[-1].casefold() in _LEAD_WORDS or clean_name(IMAGE_LABEL.sub("", text)) == name
    return False


_LEAD_WORDS = frozenset("by von par por door di av af de durch autor autorin author".split())


_CREDIT_LINE = re.compile(r"^\W*(?:foto|fot|photo|bild|image|picture|zdjęcie)\s*:", re.I)


def _over_picture(lines: list[Line], kinds: list[Kind], j: int, name: str) -> bool:
    """A name over a picture's caption or credit (printed once or twice) is the picture's subject."""
    for k in (j + 1, j + 2):
        if k < len(lines) and kinds[k] in (Kind.CAPTION, Kind.PHOTO_ID):
            return True
        if k < len(lines) and lines[k].text.startswith(name + ".") and lines[k].words > len(name.split()):
            return True  # "Ann Lee" over "Ann Lee. Photographer: ...", a picture's caption
        if k < len(lines) and clean_name(lines[k].text) != name:
            return False
    return False


def _story_words(lines: list[Line], kinds: list[Kind], body_first: int) -> set[str]:
    words: set[str] = set()
    seen = 0
    for k in range(body_first, len(lines)):
        if kinds[k] is Kind.PROSE:
            words.update(fold_words(lines[k].text))
            seen += 1
            if seen >= _SUBJECT_PARAGRAPHS:
                break
    return words


_LABELLED_DATE_REACH = 60  # lines from the story's start a date labelled "Published" may stand


_DATE_OVER_TITLE = 20  # lines over the headline a date may stand (a kicker, a section, a picture between)


_DATE_UNDER_TITLE = 25  # lines under it (standfirst, byline, share buttons, a picture and its caption)


def _date_by_title(
    lines: list[Line], kinds: list[Kind], header: Header, date_at: int | None, byline_at: int | None, month_first: bool
) -> None:
    """The date nearest the headline and byline, when nearer than the one found
    by the story's start: a page prints the story's date beside its headline,
    and other dates (related stories, pictures, comments) further off."""
    t = header.title_index
    assert t is not None
    anchors = [t] + ([byline_at] if byline_at is not None else [])
    dated = find_date_lines(lines, kinds, t - _DATE_OVER_TITLE, t + _DATE_UNDER_TITLE, month_first)
    dated = [d for d in dated if not _teaser_date(lines, kinds, d.index, t, header.title)]
    picked = nearest_date([d for d in dated if d.index not in header.used or d.index == date_at], anchors)
    if picked is None or picked[0].index == date_at:
        return
    if date_at is not None:
        current = nearest_date([d for d in dated if d.index == date_at], anchors)
        if current is not None and current[1] <= picked[1]:
            return
        header.used.discard(date_at)
    header.date = picked[0].date
    header.date_index = picked[0].index
    if not _is_paragraph(lines[picked[0].index], kinds[picked[0].index]):
        header.used.add(picked[0].index)


def _teaser_date(lines: list[Line], kinds: list[Kind], i: int, t: int, headline: str | None) -> bool:
    """The date of another story's teaser set into the story: a picture's label, the teaser's
    headline, then its date, under paragraphs of the story ("[harbour-crane]" / "Harbour board
    votes again" / "23. 12. 2023 13:31"). The story's own teaser in a list of the latest gives its date."""
    if i < 2 or i <= t or not any(kinds[k] is Kind.PROSE for k in range(t + 1, i - 2)):
        return False
    teaser = lines[i - 1]
    if teaser.words < 3 or kinds[i - 1] is not Kind.SHORT or IMAGE_LABEL.fullmatch(lines[i - 2].text) is None:
        return False
    return headline is None or fold_words(teaser.text) != fold_words(headline)


_LONE_DATE_WORDS = 8  # a line that is a date and its labels, not a sentence or a list of links


def _lone_date(lines: list[Line], kinds: list[Kind], header: Header, body_first: int, month_first: bool) -> None:
    """When nothing near the headline or the story's start is dated, the nearest line
    anywhere that is only a date: pages whose story the dump breaks up (scripts that
    do not split words with spaces, a story among long menus) still print it once."""
    anchor = header.title_index if header.title_index is not None else body_first
    dated = [
        d for d in find_date_lines(lines, kinds, 0, len(lines), month_first)
        if not (d.related or d.updated) and kinds[d.index] is not Kind.JUNK and _without_post_fields(lines[d.index]) <= _LONE_DATE_WORDS
        and not _teaser_date(lines, kinds, d.index, anchor, header.title)
    ]
    picked = nearest_date(dated, [anchor])
    if picked is None:
        # Nothing else dated: a bare date among the page's lists (a list of the latest with the
        # story in it, the byline block set as list items, comments of the day it came out), or the
        # date of its last change when the page prints no other ("Aktualisiert: 4.3.2024" alone).
        listed = [
            d for d in find_date_lines(lines, kinds, 0, len(lines), month_first)
            if _bare_date(lines[d.index].verbatim)
            and not _teaser_date(lines, kinds, d.index, anchor, header.title)
        ]
        picked = nearest_date(listed, [anchor])
        if picked and not (picked[0].published or _the_pages_day(picked[0].date, [d.date for d in listed])):
            picked = None
    if picked:
        header.date, header.date_index = picked[0].date, picked[0].index
        header.used.add(picked[0].index)


_FULL_YEAR_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SMALL_WORD = re.compile(r"(?<![\w.'’])[^\W\d_A-Z][\w.'’]*")


def _bare_date(text: str) -> bool:
    """A date with a year of four digits and only its labels, times and names beside it
    ("Published: 4 May 2024", "Ann Lee, 4. Mai 2024 16:40"): not an event's "4.5.24 20:30 Uhr
    Harbour night", nor a heading that names a day ("On the 4th of May 2001")."""
    found = find_date_span(text)
    if found is None or not _FULL_YEAR_DATE.search(text[found[1]: found[2]]):
        return False
    rest = text[: found[1]] + " " + text[found[2]:]
    small = [w for w in _SMALL_WORD.findall(rest) if w.casefold().strip(".") not in DATE_LINE_WORDS]
    return len(rest.split()) <= _LONE_DATE_WORDS and not small


# A blog's footer sentence on the post it closes: "This entry was posted on Monday, 4 March 2024
# in Harbour news", "Dieser Beitrag wurde am 04.03.2024 von anna in Hafen veröffentlicht", "Quay
# repairs wurde am 4. März 2024 um 9:15 Uhr gepostet", "Von anna am 04.03.2024. Abgelegt unter Hafen".
_POST_FOOTER = (
    re.compile(
        r"^\W*(?:dieser|der|this|the)\s+(?:beitrag|artikel|eintrag|entry|post|article)\s+"
        r"(?:wurde|was\s+posted|was\s+published|was)\s+(?:am|on)\s",
        re.I,
    ),
    re.compile(r"\bwurde\s+am\s.{6,80}?\b(?:gepostet|veröffentlicht)\s+und\s+(?:wurde\s+)?unter\b", re.I),
    re.compile(r"\b(?:am|on)\s+\S+(?:\s\S+){0,3}?\.?\s+(?:abgelegt\s+unter|filed\s+under|posted\s+in)\b", re.I),
)
# Words one of those footers holds (a quick test before reading the page's lines).
_POST_FOOTER_WORDS = ("wurde am", "was posted", "was published", " was on ", "abgelegt unter", "filed under", "posted in")
_POST_FOOTER_DATE_REACH = 40  # characters from the footer's words to its date


def _post_footer_date(lines: list[Line], header: Header, month_first: bool) -> None:
    """The date a blog's footer sentence gives its post, over any date but one labelled as the
    publication's: a blog page prints dates of events, comments and other posts, and names its
    own in that sentence. Not when the footers of several posts name different days (an archive page)."""
    # Most pages have no such footer: a look for its words over the whole page first, then the
    # patterns on the lines that hold them.
    page = "\n".join(line.verbatim for line in lines).lower()
    if not any(word in page for word in _POST_FOOTER_WORDS):
        return
    days: set[str] = set()
    at = None
    for i, line in enumerate(lines):
        text = line.verbatim
        low = text.lower()
        if not any(word in low for word in _POST_FOOTER_WORDS):
            continue
        for pattern in _POST_FOOTER:
            matched = pattern.search(text)
            if matched is None:
                continue
            found = find_date_span(text[matched.start():], month_first)
            if found is not None and found[1] <= _POST_FOOTER_DATE_REACH:
                days.add(found[0])
                at = i if at is None else at
            break
    if len(days) != 1 or at is None or header.date in days:
        return
    if header.date_index is not None and PUBLISHED_LABEL.match(lines[header.date_index].verbatim):
        return
    header.date, header.date_index = days.pop(), at


def _own_teaser_date(lines: list[Line], header: Header, month_first: bool) -> None:
    """The date by the story's own teaser in a list of the latest: its headline, then the date, on
    one line ("[quay] Harbour board mends the quay 4 March 2024", "Harbour board mends the quay4.3.2024")."""
    if header.title is None:
        return
    headline = fold_words(header.title)
    if len(headline) < _TEASER_HEADLINE_WORDS:
        return
    for i, line in enumerate(lines):
        if i == header.title_index or len(line.text) <= len(header.title):
            continue
        found = find_date_span(line.verbatim, month_first)
        if found is None or found[1] == 0:
            continue
        if fold_words(IMAGE_LABEL.sub("", line.verbatim[: found[1]])) == headline:
            header.date, header.date_index = found[0], i
            return


_TEASER_HEADLINE_WORDS = 3  # a headline long enough not to be a section's name


def _without_post_fields(line: Line) -> int:
    """The words of a post's date line before its fields ("4. März 2024 von anna Kategorien: Hafen |
    Kommentar schreiben"): the categories and links after them are not a sentence."""
    fields = POST_FIELDS_AFTER.search(line.text)
    if fields is not None:
        return len(line.text[: fields.start()].split())
    # "⋅ 4 March 2024 ⋅ Email this post ⋅ Print ⋅ Comment": the date's own field among the post's links.
    parts = _FIELD_MARK.split(line.text)
    if len(parts) > 2:
        dated = [part for part in parts if find_date_span(part)]
        if len(dated) == 1:
            return len(dated[0].split())
    return line.words


_FIELD_MARK = re.compile(r"\s[⋅•·|]\s")


def _the_pages_day(day: str, days: list[str]) -> bool:
    """Whether a page that prints dates only in its lists gives this one as its own: the only
    date it prints, or the one it prints most (the day's list of the latest, comments of that day),
    not one of many days (a list of older stories, comments over weeks)."""
    counts = Counter(days)
    ranked = counts.most_common(2)
    if len(ranked) == 1:
        return True
    return ranked[0][0] == day and ranked[0][1] > ranked[1][1]


def _is_paragraph(line: Line, kind: Kind) -> bool:
    """A story paragraph that opens with its date ("01.02.2022 – The harbour ..."): it stays in the body."""
    if kind is not Kind.PROSE:
        return False
    found = find_date_span(line.verbatim)
    return found is None or len(line.verbatim[found[2]:].split()) >= _PARAGRAPH_WORDS


_PARAGRAPH_WORDS = 6  # words after the date that make a sentence of the story, not a label


_AGENCY_BYLINE = re.compile(
    r"^(?:by|par|por|von|door)\s+(?P<name>(?:the\s+|les\s+|die\s+|das\s+|le\s+|la\s+)?[A-Z][\w&.'’-]*"
    r"(?:\s+[A-Z][\w&.'’-]*){0,3})$",
    re.I,
)


def _agency_byline(text: str) -> bool:
    """A byline naming an outlet or agency, its date cut off: "Von dpa 4.3.2024, 18:58"."""
    found = find_date_span(text)
    if found and found[1] > 0:
        text = text[: found[1]].rstrip(" ,|·•-–—")
    return _AGENCY_BYLINE.match(text) is not None


def _names_before_date(text: str) -> list[str]:
    """Names on the line of the date, roles between them: "Jane Roe, Chief
    Reporter and Bo Park 2 March 2024 • 8:15pm", "Ann Lee2 March 2024 22:17"."""
    found = find_date_span(text)
    if not found or found[1] == 0:
        return []
    head = text[: found[1]].strip(" ,|·•●-–—")  # "●Ann Lee March 4, 2024": an icon font's dot before the name
    names: list[str] = []
    for part in NAME_SPLIT.split(GLUED_ROLE.sub(" ", head)):
        part = part.strip()
        if not part or _ROLE_ONLY.match(part):
            continue
        name = clean_name(part)
        if not name or not is_plain_name(name):
            return []
        names.append(name)
    return names


# The link to a post's comments, as a blog's meta line prints it.
_COMMENT_WORDS = r"(?:schreibe|hinterlasse) einen kommentar|leave a (?:comment|reply)|kommentare?|comments?"


# A blog post's meta line: the date, the writer, then the link to the comments
# ("4. März 2024 Ann Lee Schreibe einen Kommentar", "March 4, 2024 Ann Lee 0").
_COMMENT_LINK = re.compile(rf"\s*(?:\d+\s*)?(?:{_COMMENT_WORDS}|(?:ein|keine|\d+) kommentare?|no comments)?$", re.I)


# The comment link inside the meta line, its categories after it ("Ann Lee 1 Kommentar Hafen, Fähren").
_COMMENT_COUNT = re.compile(rf"\s+(?:\d+\s+)?(?:{_COMMENT_WORDS})\b", re.I)


_READING_TIME = re.compile(r"^\s*\d+\s*min\.?\s*$", re.I)


def _name_after_date(text: str) -> list[str]:
    found = find_date_span(text)
    if not found or text[: found[1]].strip() and not _READING_TIME.match(text[: found[1]]):
        return []
    rest = text[found[2]:]
    again = find_date_span(rest)  # the date printed twice, first and last change: "4. März 20244. März 2024"
    if again and not rest[: again[1]].strip():
        rest = rest[again[2]:]
    counted = _COMMENT_COUNT.search(rest)
    if counted:
        rest = rest[: counted.start()]
    rest = _COMMENT_LINK.sub("", rest).strip(" ,|·•-–—")
    if counted and rest and " " not in rest:  # a blog's meta line names its writer's handle
        handle = blog_handle(rest)
        return [handle] if handle else []
    # One word in two capitals is a brand ("30/10/24 | HarbourPost"), not a name the dump ran together.
    name = clean_name(rest) if rest and 2 <= len(rest.split()) <= 4 else None
    return [name] if name and is_plain_name(name) else []


# A name and how long ago the story went up or how long it takes to read: "Ann Lee2 minutes
# ago", "Ann Lee | Published 4 months ago", "Ann Lee 3 min read", "Ann Lee 7 hours".
_AGE_AFTER_NAME = re.compile(
    r"^(?P<name>[^|·•\d]+?)\s*(?:[|·•]\s*)?(?:(?:published|updated|posted|publicado|publié|veröffentlicht)\b"
    r"|\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|stunden|minuten|tagen?)\b)",
    re.I,
)


def _name_before_age(text: str) -> list[str]:
    match = _AGE_AFTER_NAME.match(text)
    name = clean_name(match.group("name")) if match else None
    return [name] if name and is_plain_name(name) else []


# The writer's picture, labelled: "Headshot of Ann Lee", "Profilbild von Ann Lee", "Bild av Ann Lee".
_WRITER_PICTURE = re.compile(
    r"^(?:headshot|author photo|avatar|profile picture(?: for user)?|profile photo|profilbild|autorenbild"
    r"|benutzerbild|bild des benutzers|bild|bilde|foto)"
    r"\s+(?:of|von|av|af|de|for user)?\s*(?P<name>.+)$",
    re.I,
)


def _pictured_writer(text: str) -> list[str]:
    match = _WRITER_PICTURE.match(text)
    if not match or (match.group(0).split()[0].casefold() in ("bild", "bilde", "foto") and " av " not in text):
        return []
    name = clean_name(match.group("name"))
    return [name] if name and is_plain_name(name) else []


# The fields of a line that holds a date, a name and more ("Ann Lee / 4.3.2024 / 09:15",
# "4. März 2024 • Ann Lee • 3 Minuten", "4 March 2024 | 14:08 | von Ann Lee").
_FIELD = re.compile(r"\s*(?:[|·•∙/,]|\s[-–—]\s)\s*")


_TIME_FIELD = re.compile(r"^(?:\W*(?:\d{1,2}[:.h]\d\d|\d+|[^\W\d_]+\.?)\W*)*$")


_OUTLET_FIELD = re.compile(r"^[A-Z0-9 .&-]{2,}$|(?i:\.(?:com|net|org|de|at|ch|co\.uk|in))$")


def _is_time_field(text: str) -> bool:
    """A time and its labels: "um 15:46 Uhr", "14:08"."""
    words = text.split()
    return bool(_TIME_FIELD.match(text)) and all(w.casefold() in DATE_LINE_WORDS or w[0].isdigit() for w in words)


def _names_beside_date(text: str) -> list[str]:
    """A writer's name in a field of its own just before or after the date."""
    found = find_date_span(text)
    if not found:
        return []
    before = [f for f in _FIELD.split(text[: found[1]]) if f.strip()]
    after = [f for f in _FIELD.split(text[found[2]:]) if f.strip()]
    # Past the time and its labels ("um 15:46 Uhr") to the first other field.
    after = [f for f in after if not _is_time_field(f)]
    # An outlet's name may stand between the name and the date ("Ann Lee / EXAMPLE.COM / 4 March 2024").
    if len(before) >= 2 and _OUTLET_FIELD.search(before[-1]):
        before = before[:-1]
    # A blog's meta line, its comment count among the fields ("annlee · 4 March 2024 · Harbour · 7 comments"),
    # names its writer's one-word handle too.
    counted = bool(_COMMENT_COUNT.search(" " + text))
    for part in (before[-1:] + after[:1]):
        part = re.sub(r"^(?:by|von|par|por|door|di|de)\s+", "", part.strip(), flags=re.I)
        name = clean_name(part)
        if name and 2 <= len(part.split()) <= 4 and is_plain_name(name):  # one word: a brand, as after the date
            return [name]
        handle = blog_handle(part) if counted and " " not in part else None
        if handle:
            return [handle]
    return []


_ROLE_ONLY = re.compile(r"^(?:[A-Z][\w-]*\s+){0,3}" + ROLE + r"$")


def _bare_name(
    lines: list[Line], kinds: list[Kind], places: tuple[int, ...], header: Header, story: set[str]
) -> int | None:
    """A line holding only a person's name beside the date, who is not one the story is about."""
    for j in places:
        if 0 <= j < len(lines) and j not in header.used and not lines[j].in_list:
            name = name_line(lines[j], kinds[j])
            if name and fold_words(name)[-1] not in story and not _over_picture(lines, kinds, j, name):
                # Co-writers stand on the lines right over and under ("Ann Lee" / "Bo Park" / date).
                run = [j]
                for step in (-1, 1):
                    k = j + step
                    while 0 <= k < len(lines) and len(run) < _CO_WRITER_REACH and k not in header.used:
                        other = name_line(lines[k], kinds[k])
                        if not other or fold_words(other)[-1] in story:
                            break
                        run.append(k)
                        k += step
                run.sort()
                header.authors = list(dict.fromkeys(n for k in run if (n := name_line(lines[k], kinds[k]))))
                header.used.update(run)
                return j
    return None


def find_publisher(lines: list[Line]) -> str | None:
    """The name the text gives itself: a self-description, else a copyright line."""
    for line in lines:
        match = _SELF_DESCRIPTION.match(line.text)
        if match:
            return match.group("name")
    for line in reversed(lines):
        match = _COPYRIGHT.search(line.text)
        if match:
            name = _COMPANY_TAIL.sub("", match.group("name").strip(" .,")).strip(" .,")
            if 2 <= len(name) <= 60 and not name.lower().startswith(("all", "by ")):
                return name
    return None


def is_self_description(text: str) -> bool:
    """"Newsweek is committed to ...", "Example Media, the news division of
    Example Group, is the largest ...": the publisher's blurb."""
    return bool(_SELF_DESCRIPTION.match(text))
