"""Turn the date strings pages carry into ISO 8601: a date, or a datetime with its offset."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any, Callable, Iterator

# "2024-03-05T14:07:00+01:00", "2024-03-05 14:07:00Z", "2024-03-05T14:07:00.123+0100", "2024-03-05"
_ISO = re.compile(
    r"(\d{4})-?(\d{2})-?(\d{2})"
    r"(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?",
    re.I,
)

_LOOSE_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
# "31.03.2020", "5.11.2022": the day-first dotted date of German, Nordic and Slavic pages.
_DOTTED_DAY = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)")


def dotted_day(text: str) -> str | None:
    """The first day-first dotted date in a short text ("Publiziert: 03.04.2020, 12:35") as ISO 8601."""
    match = _DOTTED_DAY.search(text)
    if not match:
        return None
    return _checked(int(match[3]), int(match[2]), int(match[1]))


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return 1990 <= year <= 2100


def to_iso8601(value: Any) -> str | None:
    """A date string in one of the shapes pages use -> ISO 8601, or None.

    A time without a UTC offset is reduced to its date: the offset cannot be
    known, and a naive datetime would read as a different instant.
    """
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, (int, float)) and 1e9 < value < 1e13:  # epoch seconds or milliseconds
        seconds = value / 1000 if value > 1e11 else value
        return datetime.fromtimestamp(seconds, tz=timezone.utc).isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    match = _ISO.search(text[:64])
    if match:
        year, month, day = int(match[1]), int(match[2]), int(match[3])
        if not _valid(year, month, day):
            return None
        day_part = f"{year:04d}-{month:02d}-{day:02d}"
        if match[4] is None or match[7] is None:
            return day_part
        hour, minute, second = int(match[4]), int(match[5]), int(match[6] or 0)
        if hour > 23 or minute > 59 or second > 59:
            return day_part
        zone = match[7].upper()
        if zone in ("Z", "UTC", "GMT"):
            offset = "+00:00"
        else:
            digits = zone[1:].replace(":", "")
            offset = f"{zone[0]}{digits[:2]}:{(digits[2:4] or '00')}"
        return f"{day_part}T{hour:02d}:{minute:02d}:{second:02d}{offset}"
    loose = _LOOSE_DAY.match(text)
    if loose:  # "2022-1-26T14:32:06+02:00": unpadded month or day, read as the date alone
        return _checked(int(loose[1]), int(loose[2]), int(loose[3]))
    try:  # "Tue, 05 Mar 2024 14:07:00 GMT" (RFC 2822, as in HTTP headers and feeds)
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if not _valid(parsed.year, parsed.month, parsed.day):
        return None
    if parsed.tzinfo is None:
        return parsed.date().isoformat()
    return parsed.isoformat()


# A date in a permalink, "/2024/03/05/slug": the publisher's local day.
_URL_DAY = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?=/|[-_.]|$)")
# A UTC offset runs from -12:00 to +14:00: a local day differs from the UTC day only
# before noon UTC (local day earlier) or from 10:00 UTC on (local day later).
_EARLIEST_BEHIND_HOUR = 12
_LATEST_AHEAD_HOUR = 10
# Instants this close are one timestamp written twice (seconds and rounding differ).
SAME_INSTANT_SECONDS = 60


def _aware(value: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def _url_day(url: str | None) -> date | None:
    match = _URL_DAY.search(url or "")
    if not match:
        return None
    year, month, day = int(match[1]), int(match[2]), int(match[3])
    return date(year, month, day) if _valid(year, month, day) else None


def local_day_form(chosen: str, stated: list[str], url: str | None, shown: Callable[[], str | None] | None = None) -> str:
    """A UTC timestamp in the form that keeps the publisher's calendar day.

    Content systems store publication times in UTC ("2024-03-05T23:10:00Z") while the
    page's own day is local (March 6 in Berlin). When the page also states the same
    instant with its local offset (an article:published_time "+01:00", a <time> element),
    that form is used; else a permalink day, or the day the page shows next to its
    headline ("9 de junio de 2015" over "2015-06-10T00:25:56Z"), one day from the UTC
    day is taken as the local day (a date without time: the offset is not stated).
    """
    instant = _aware(chosen)
    if instant is None or instant.utcoffset() != timedelta(0):
        return chosen
    for value in stated:
        other = _aware(value)
        if other is not None and other.utcoffset() != timedelta(0) and abs((other - instant).total_seconds()) <= SAME_INSTANT_SECONDS:
            return value
    for local_day in _local_days(url, shown):
        if local_day is not None:
            gap = (local_day - instant.date()).days
            if (gap == -1 and instant.hour < _EARLIEST_BEHIND_HOUR) or (gap == 1 and instant.hour >= _LATEST_AHEAD_HOUR):
                return local_day.isoformat()
    return chosen


def _local_days(url: str | None, shown: Callable[[], str | None] | None) -> Iterator[date | None]:
    """The permalink's day, then the shown day (looked for only when the first does not settle it)."""
    yield _url_day(url)
    day = shown() if shown is not None else None
    yield date.fromisoformat(day) if day else None


# Month names as pages spell them out in German, English, French, Spanish, Italian,
# Portuguese and Dutch; a name is matched by its full spelling or its first three or
# four letters ("Okt.", "Sept", "déc."), so only prefixes no two months share are listed.
_MONTH_NAMES = {
    1: ("januar", "jänner", "january", "janvier", "enero", "gennaio", "janeiro", "januari", "jan"),
    2: ("februar", "feber", "february", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari", "feb", "fév", "fev"),
    3: ("märz", "maerz", "march", "mars", "marzo", "março", "maart", "mär", "mar", "mrt"),
    4: ("april", "avril", "abril", "aprile", "apr", "avr", "abr"),
    5: ("mai", "may", "mayo", "maggio", "maio", "mei"),
    6: ("juni", "june", "juin", "junio", "giugno", "junho", "jun", "giu"),
    7: ("juli", "july", "juillet", "julio", "luglio", "julho", "jul", "juil", "lug"),
    8: ("august", "août", "aout", "agosto", "augustus", "aug", "ago"),
    9: ("september", "septembre", "septiembre", "settembre", "setembro", "sept", "sep", "set"),
    10: ("oktober", "october", "octobre", "octubre", "ottobre", "outubro", "okt", "oct", "ott", "out"),
    11: ("november", "novembre", "noviembre", "novembro", "nov"),
    12: ("dezember", "december", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "dez", "dec", "déc", "dic"),
}
_MONTH_BY_NAME = {name: month for month, names in _MONTH_NAMES.items() for name in names}
_MONTH = "(" + "|".join(sorted(_MONTH_BY_NAME, key=len, reverse=True)) + r")\.?"
_YEAR = r"((?:19|20)\d{2})(?!\d)"
# "12. März 2019", "12 March 2019", "17 septembre 2016", "9 de junio de 2015", "1er avril 2013"
_DAY_MONTH_YEAR = re.compile(r"(?<![\d.])(\d{1,2})(?:\.|er|st|nd|rd|th|º)?\s*(?:de\s+)?" + _MONTH + r",?\s*(?:de\s+)?" + _YEAR, re.I)
# "March 12, 2019", "Sept. 3 2020"
_MONTH_DAY_YEAR = re.compile(r"(?<![^\W\d_])" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR, re.I)
_ISO_DAY = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")
# "19/03/2014": read day first unless the month-first reading is the only valid one.
_SLASHED_DAY = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?!\d)")


def text_day(text: str) -> str | None:
    """The first calendar date written out in a short text, as YYYY-MM-DD, or None.

    Datelines and bylines write dates in the reader's language: "Veröffentlicht am
    12. März 2019", "March 12, 2019", "publié le 17 septembre 2016", "08.12.2015 - 16:45",
    "Written: 2017-10-05 08:41". A two-digit year is not read: "23.08.17" is as often
    a comment's time stamp as a dateline.
    """
    first = _first_day(text)
    return first[1] if first else None


def leading_day(text: str) -> str | None:
    """The date a short text opens with ("22.06.2016 um 07:15"), or None."""
    first = _first_day(text)
    return first[1] if first and first[0] == 0 else None


# Each written form of a date and how its match reads as YYYY-MM-DD (None if no such day).
_DAY_READERS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str | None]], ...] = (
    (_DAY_MONTH_YEAR, lambda m: _checked(int(m[3]), _MONTH_BY_NAME[m[2].lower()], int(m[1]))),
    (_MONTH_DAY_YEAR, lambda m: _checked(int(m[3]), _MONTH_BY_NAME[m[1].lower()], int(m[2]))),
    (_ISO_DAY, lambda m: _checked(int(m[1]), int(m[2]), int(m[3]))),
    (_DOTTED_DAY, lambda m: _checked(int(m[3]), int(m[2]), int(m[1]))),
    (_SLASHED_DAY, lambda m: _checked(int(m[3]), int(m[2]), int(m[1])) or _checked(int(m[3]), int(m[1]), int(m[2]))),
)


def _first_day(text: str) -> tuple[int, str] | None:
    """(where it starts, YYYY-MM-DD) of the earliest valid date in any written form."""
    found: list[tuple[int, str]] = []
    for pattern, read in _DAY_READERS:
        for match in pattern.finditer(text):
            day = read(match)
            if day:
                found.append((match.start(), day))
                break
    return min(found) if found else None


def _checked(year: int, month: int, day: int) -> str | None:
    return f"{year:04d}-{month:02d}-{day:02d}" if _valid(year, month, day) else None


# Meta tags that say "date" without saying which: content systems fill them with the
# page's generation or last edit as often as with the publication, so a date the page
# shows next to its headline (a <time>, a "Veröffentlicht am" line) is trusted over them.
UNNAMED_DATE_KEYS = ("date", "dc.date")


# A permalink day this far before the stated publication is the post's first day: blog
# platforms re-stamp datePublished when a post is moved or re-saved, not its address.
REDATED_AFTER_DAYS = 30


def first_day_in_permalink(chosen: str, url: str | None) -> str:
    """The permalink's day ("/2017/7/12/slug") when the stated date is a re-stamp weeks later."""
    url_day = _url_day(url)
    try:
        stated_day = date.fromisoformat(chosen[:10])
    except ValueError:
        return chosen
    if url_day is not None and (stated_day - url_day).days > REDATED_AFTER_DAYS:
        return url_day.isoformat()
    return chosen
