"""Dates as a text dump writes them near a byline, read as ISO 8601 dates.

Pages print their dates in their own language and order: "March 4, 2024",
"4. März 2024", "4 de marzo de 2024", "04.03.2024", "04/03/2024" (day first in
most of the world, month first in the United States), "2024/03/04",
"2024年3月4日", "2024. március 4.", "04.03.24".
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

# Full month names as pages print them (nominative and genitive forms).
_MONTH_NAMES = (
    "january february march april may june july august september october november december",  # en
    "januar februar märz april mai juni juli august september oktober november dezember",  # de
    "jänner",  # de-AT
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",  # fr
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",  # es
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",  # it
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",  # pt
    "januari februari maart april mei juni juli augustus september oktober november december",  # nl
    "januari februari mars april maj juni juli augusti september oktober november december",  # sv
    "januar februar marts april maj juni juli august september oktober november december",  # da
    "januar februar mars april mai juni juli august september oktober november desember",  # no
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",  # pl
    "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
    "ledna února března dubna května června července srpna září října listopadu prosince",  # cs
    "leden únor březen duben květen červen červenec srpen září říjen listopad prosinec",
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",  # tr
    "január február március április május június július augusztus szeptember október november december",  # hu
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",  # ro
    (
        "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta"
        " lokakuuta marraskuuta joulukuuta"
    ),  # fi
    "januari februari maret april mei juni juli agustus september oktober november desember",  # id
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",  # ru
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",  # uk
    (
        "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου"
        " οκτωβρίου νοεμβρίου δεκεμβρίου"
    ),  # el
)
# Short forms: English, and the ones other languages print that English does not.
_MONTH_ABBREVIATIONS = (
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "jan feb mär apr mai jun jul aug sept okt nov dez",
    "jän jan feb mrz apr mai jun jul aug sep okt nov dez",
    "janv févr fév avr mai juin juil août sept oct nov déc",
    "ene feb mar abr may jun jul ago sept oct nov dic",
    "gen feb mar apr mag giu lug ago set ott nov dic",
    "jan fev mar abr mai jun jul ago set out nov dez",
    "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "янв фев мар апр мая июн июл авг сен окт ноя дек",
)


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for row in _MONTH_NAMES + _MONTH_ABBREVIATIONS:
        for number, word in enumerate(row.split(), start=1):
            table.setdefault(word, number)
    return table


_MONTHS = _month_table()
# A month is one word: capitalised, lower-case or in capitals ("März", "mayo", "MÄR"), never two
# run together ("PressApril").
_MONTH = r"(?P<month>[^\W\d_][^\W\d_A-Z]{2,11}|[A-ZÄÖÜÉ]{3,9})\.?"
_DAY = r"(?P<day>[0-3]?\d)"
# A year glued to what follows it ("June 3, 202409:15 AM", "4. Mai 20244. Mai
# 2024", "April 10, 20233 years ago"), as some dumps run a date into the next field.
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag"
    "|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
_FIRST_YEAR = 1990  # older "dates" on a news page are history, not the page's date
_LAST_YEAR = 2039
_PATTERNS: tuple[re.Pattern[str], ...] = (
    # ISO and year-first numbers: "2024-03-04", "2024/3/4", "2024.03.04", "2024. 03. 04.", "2024年3月4日".
    re.compile(r"(?<!\d)" + _YEAR + r"(?:(?P<sep>[-/.])\s?|年)(?P<m>[01]?\d)(?:(?P=sep)\s?|月)(?P<d>[0-3]?\d)(?!\d)"),
    # The month may be glued to a name before it ("Associated PressApril 28, 2023").
    re.compile(r"(?:(?<![\d\w])|(?<=[a-z])(?=[A-Z]))" + _MONTH + r"\s+" + _DAY + r"(?:st|nd|rd|th)?,?\s+" + _YEAR),
    # "4 March 2024", "4. März 2024", "4 de marzo de 2024", "31. October, 2023", "29 / Dezember / 2022";
    # the day may be glued to a name before it ("Jane Roe2 March 2024 22:17").
    re.compile(
        r"(?<!\d)" + _DAY + r"(?:st|nd|rd|th)?\.?\s*(?:de\s+|/\s*)?" + _MONTH
        + r"(?:,|\s+de|\s+del|\s*/)?\s+" + _YEAR
    ),
    # "2024. március 4."
    re.compile(r"(?<!\d)" + _YEAR + r"\.\s+" + _MONTH + r"\s+" + _DAY + r"\.(?!\d)"),
    # Day-first numbers: "04.03.2024", "4. 3. 2024", "04-03-2024" (month first only where the day
    # cannot be a month: "03.21.2024"); with a slash the order is the page's.
    re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)(?P<sep>[.-])\s?(?P<m>[0-3]?\d)(?P=sep)\s?" + _YEAR),
    re.compile(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/" + _YEAR),
    # The weekday between the day and the month: "31 Donnerstag Okt 2019", "4 Monday March 2024".
    re.compile(r"(?<!\d)" + _DAY + r"\.?\s+(?i:" + _WEEKDAYS + r")\.?,?\s+" + _MONTH + r"\s+" + _YEAR),
    # The parts set apart by bars, as a blog's date field prints them: "04 | 03 | 2024".
    re.compile(r"(?<![\d|])(?P<d>[0-3]?\d) \| (?P<m>[01]?\d) \| " + _YEAR + r"(?!\d)"),
)
_SHORT_YEAR_PATTERNS = (
    # Two-digit years with dots: "04.03.24", "4.3.24 09:15", a month's short name between them
    # ("04.Mär.24"); after a month's name with an apostrophe: "14 Feb ’20"; with slashes, only where
    # the day cannot be a month ("23/03/24", "03/23/24": "04/03/24" may be either, and is not read).
    re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<yy>\d\d)(?![\d.])"),
    re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[^\W\d_]{3,4})\.(?P<yy>\d\d)(?![\d.])"),
    re.compile(r"(?<!\d)" + _DAY + r"\.?\s+" + _MONTH + r"\s+[’'](?P<yy>\d\d)(?!\d)"),
    re.compile(r"(?<![\d/])(?P<sa>[0-3]?\d)/(?P<sb>[0-3]?\d)/(?P<yy>\d\d)(?![\d/])"),
)
_PATTERNS += _SHORT_YEAR_PATTERNS
# All other patterns hold a year of four digits: a line without one ("12:30", "3 min read",
# "4.3.24") is read for two-digit years only.
_FULL_YEAR = re.compile(r"(?:19|20)\d\d")


def find_date_in(text: str, month_first: bool = False) -> str | None:
    """The first date in a line, as YYYY-MM-DD; None when the line has none."""
    found = find_date_span(text, month_first)
    return found[0] if found else None


@lru_cache(maxsize=4096)  # a header's lines are read by several passes
def find_date_span(text: str, month_first: bool = False) -> tuple[str, int, int] | None:
    """The first date in a line as (YYYY-MM-DD, start, end); None when the line has none.
    ``month_first`` reads an ambiguous "04/03/2024" as April 3."""
    if not _TWO_DIGITS.search(text):  # every date has a year of two digits or four
        return None
    found: list[tuple[int, int, str]] = []
    for pattern in _PATTERNS if _FULL_YEAR.search(text) else _SHORT_YEAR_PATTERNS:
        for match in pattern.finditer(text):
            iso = _to_iso(match.groupdict(), month_first)
            if iso:
                found.append((match.start(), match.end(), iso))
                break
    if not found:
        return None
    start, end, iso = min(found)
    return iso, start, end


_TWO_DIGITS = re.compile(r"\d\d")
_SLASH_DATE = re.compile(r"(?<![\d/])([0-3]?\d)/([0-3]?\d)/(?:19|20)\d\d")


def slash_order(texts: list[str]) -> bool:
    """Whether the page writes "04/23/2024" (month first): one slash date whose
    second number cannot be a month says so, one whose first cannot says not."""
    for text in texts:
        for match in _SLASH_DATE.finditer(text):
            first, second = int(match.group(1)), int(match.group(2))
            if second > 12 >= first:
                return True
            if first > 12 >= second:
                return False
    return False


def _to_iso(parts: dict[str, str | None], month_first: bool) -> str | None:
    try:
        if parts.get("yy"):
            year = 2000 + int(parts["yy"] or 0)
        else:
            year = int(parts["year"] or 0)
        if parts.get("month"):
            month = _MONTHS.get((parts["month"] or "").casefold(), 0)
            day = int(parts["day"] or 0)
        elif parts.get("sa"):
            first, second = int(parts["sa"] or 0), int(parts["sb"] or 0)
            if first > 12 >= second:
                day, month = first, second
            elif second > 12 >= first:
                month, day = first, second
            else:
                return None
        elif parts.get("a"):
            first, second = int(parts["a"] or 0), int(parts["b"] or 0)
            if first > 12 or (second <= 12 and not month_first):
                day, month = first, second
            else:
                month, day = first, second
        else:
            month = int(parts["m"] or 0)
            day = int(parts["d"] or 0)
            if month > 12 >= day:  # "03.21.2024": a page that puts the month first
                month, day = day, month
        if not month or not _FIRST_YEAR <= year <= _LAST_YEAR:
            return None
        return date(year, month, day).isoformat()
    except (ValueError, TypeError, KeyError):
        return None
