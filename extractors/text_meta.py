"""Headline, byline, date and publisher as a text dump states them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text_dates import find_date_in
from .text_kinds import Kind
from .text_lines import Line

# "By Jane Doe and John Roe", "by Alice Robb", "Brooke Singman By Brooke Singman Fox News"
_BYLINE = re.compile(r"(?:^|\s)(?:by|von|par|por|door|di)\s*:?\s+(?=[A-Z\u00C0-\u024F])(.+)$", re.I)
# Words that end a byline's names: roles, outlets, dates glued on by the dump
# ("By Jaclyn CosgroveStaff Writer", "by Mike LaChance Feb. 28, 2024").
_ROLE = (
    r"(?:Staff|Senior|Chief|Special|Contributing|Political|Foreign|Deputy|Associate|Executive)?\s*"
    r"(?:Writer|Reporter|Editor|Correspondent|Columnist|Contributor|Reporters|Writers|Editors|Staff)"
)
_GLUED_ROLE = re.compile(r"(?<=[a-z])(?=" + _ROLE.replace(r"\s*", r"\s?") + r"\b)")
_NAME_STOP = re.compile(
    r"\s*(?:\||·|•|—|–| - |\bPublished\b|\bUpdated\b|\bPosted\b|\bon\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|\b\d{4}-\d\d-\d\d|\b\d{1,2}[:/.]\d\d|\b" + _ROLE + r"\b|\bFox News\b|\bfor\s+(?:the\s+)?[A-Z]).*$"
)
_NAME_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*")
_NAME_TOKEN = re.compile(r"^(?:[A-Z\u00C0-\u00DE][\w'’.-]*|(?:de|da|del|der|van|von|la|le|di|du|bin|al|el)|[A-Z]\.)$")
_SELF_DESCRIPTION = re.compile(
    r"^(?P<name>(?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4}),?(?: [^,]{3,100},)? (?:is|are) "
    r"(?:committed|dedicated|an?|the|one of|part of)\b(?P<rest>.*)$"
)
_ORG_WORDS = re.compile(
    r"\b(?:committed|dedicated|news|journalism|journalists?|media|publication|publisher|newspaper|magazine"
    r"|organi[sz]ation|provider|reporting|newsroom|independent|nonprofit|non-profit|wisdom)\b",
    re.I,
)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[,.]?\s*"
    r"(?P<name>[A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of|and|&|the))*)",
    re.I,
)
_COMPANY_TAIL = re.compile(r"[\s,.]+(?:Ltd|LLC|Inc|Limited|Corp|Co|GmbH|plc|Group|All|Rights)\.?$", re.I)
_ABOUT_WRITER = re.compile(r"^about (?:the|this) (?:author|writer|reporter|journalist)s?$", re.I)
# "Based in ..., Tom O'Connor is an award-winning Senior Writer": the name before "is a".
_BIO_NAME = re.compile(
    r"(?:^|[,.;]\s+|\s)((?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+) (?:is|was|has been|covers|writes|reports|joined)\b"
)


@dataclass
class Header:
    """Where the top of the story says who, when and what."""

    title: str | None = None
    title_index: int | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    used: set[int] = field(default_factory=set)  # header lines that are not the story


def clean_name(name: str) -> str | None:
    name = _GLUED_ROLE.sub(" ", name)
    name = _NAME_STOP.sub("", name).strip(" ,.;:-")
    tokens = name.split()
    if not 2 <= len(tokens) <= 5 or not all(_NAME_TOKEN.match(t) for t in tokens):
        return None
    if name.isupper():  # "MELISSA GOLDIN", "TOM O'CONNOR"
        name = re.sub(r"[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE'’]*", lambda m: _title_word(m.group(0)), name)
    return name


def _title_word(word: str) -> str:
    # O'CONNOR -> O'Connor, MCDONALD stays Mcdonald (no safe rule for Mc).
    return re.sub(r"(?<=['’])\w", lambda m: m.group(0).upper(), word.capitalize())


def names_in_byline(text: str) -> list[str]:
    match = _BYLINE.search(text)
    if not match:
        return []
    rest = _GLUED_ROLE.sub(" ", match.group(1))
    rest = _NAME_STOP.sub("", rest)
    names: list[str] = []
    for part in _NAME_SPLIT.split(rest):
        name = clean_name(part)
        if name and name not in names:
            names.append(name)
    return names


def _is_headline_shape(line: Line, kind: Kind) -> bool:
    if kind not in (Kind.SHORT, Kind.PROSE) or line.in_list:
        return False
    if not 3 <= line.words <= 35 or len(line.text) > 300:
        return False
    return not line.text.endswith((".", ",", ";")) or line.text.endswith("...")


def read_header(lines: list[Line], kinds: list[Kind], story_start: int) -> Header:
    header = Header()
    low = max(0, story_start - 40)
    byline_at = None
    for i in range(low, min(len(lines), story_start + 3)):
        if lines[i].words <= 16 and kinds[i] is not Kind.CAPTION:
            names = names_in_byline(lines[i].text)
            if names:
                header.authors, byline_at = names, i
                header.used.add(i)
                break
    date_at = None
    window = range(low, min(len(lines), story_start + 3))
    for i in sorted(window, key=lambda j: (abs(j - (byline_at if byline_at is not None else story_start)), j)):
        if lines[i].words <= 20 and kinds[i] is not Kind.CAPTION:
            date = find_date_in(lines[i].text)
            if date:
                header.date, date_at = date, i
                header.used.add(i)
                break
    if not header.authors and date_at is not None:
        # A bare name line next to the date ("Jane Doe" / "March 1, 2024").
        for j in (date_at - 1, date_at + 1, date_at - 2):
            if low <= j < len(lines) and j != date_at and lines[j].words <= 4 and not lines[j].in_list:
                name = clean_name(lines[j].text)
                if name and not name.isupper():
                    header.authors = [name]
                    header.used.add(j)
                    break
    anchors = [i for i in (byline_at, date_at) if i is not None and i <= story_start]
    anchor = min(anchors) if anchors else story_start
    _find_title(lines, kinds, anchor, header)
    return header


def _find_title(lines: list[Line], kinds: list[Kind], anchor: int, header: Header) -> None:
    """The headline: the nearest headline-shaped line above the byline (or the
    story); when two stand there, the shorter upper one is the headline and the
    longer one under it the standfirst."""
    candidates = [
        i for i in range(anchor - 1, max(-1, anchor - 14), -1)
        if i not in header.used and _is_headline_shape(lines[i], kinds[i])
    ]
    if not candidates:
        return
    pick = candidates[0]
    if len(candidates) > 1:
        upper = candidates[1]
        between = range(upper + 1, pick)
        if (
            lines[pick].words >= 12
            and lines[upper].words >= 5
            and lines[upper].words < lines[pick].words
            and all(kinds[j] in (Kind.CAPTION, Kind.PHOTO_ID, Kind.JUNK) for j in between)
        ):
            pick = upper
    header.title, header.title_index = lines[pick].text, pick
    header.used.add(pick)


def find_publisher(lines: list[Line]) -> str | None:
    """The name the text gives itself: a self-description, else a copyright line."""
    for line in lines:
        match = _SELF_DESCRIPTION.match(line.text)
        if match and _ORG_WORDS.search(match.group("rest")):
            return match.group("name")
    for line in reversed(lines):
        match = _COPYRIGHT.search(line.text)
        if match:
            name = _COMPANY_TAIL.sub("", match.group("name").strip(" .,")).strip(" .,")
            if 2 <= len(name) <= 60 and not name.lower().startswith(("all ", "by ")):
                return name
    return None


def is_self_description(text: str) -> bool:
    """"Newsweek is committed to ...", "Reuters, the news and media division of
    Thomson Reuters, is the world's largest ...": the publisher's blurb."""
    match = _SELF_DESCRIPTION.match(text)
    return bool(match and _ORG_WORDS.search(match.group("rest")))


def writer_from_bio(lines: list[Line]) -> tuple[str | None, list[int]]:
    """Under an "About the writer" heading, the name its bio gives; and the lines used."""
    for i, line in enumerate(lines):
        if _ABOUT_WRITER.match(line.text.strip(" :")) and i + 1 < len(lines):
            bio = lines[i + 1]
            match = _BIO_NAME.search(bio.text)
            name = clean_name(match.group(1)) if match else None
            return name, [i, i + 1]
    return None, []


def is_about_writer(text: str, authors: list[str]) -> bool:
    """A writer's name line or bio under the story ("JANE DOE", "Jane Doe covers
    schools for the Courier.", "Goldin debunks ... misinformation")."""
    folded = text.casefold().strip(" .:")
    for author in authors:
        name = author.casefold()
        surname = name.split()[-1]
        if folded == name:
            return True
        for start in (name, surname):
            if folded.startswith(start + " ") or folded.startswith(start + ","):
                rest = text[len(start):].lstrip(" ,")
                if rest[:1].islower():
                    return True
    return False
