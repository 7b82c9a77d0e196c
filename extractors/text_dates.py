"""Dates as a text dump writes them near a byline, read as ISO 8601 dates."""
from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    # German, French and Spanish names whose first three letters differ from English.
    "mär": 3, "mai": 5, "okt": 10, "dez": 12, "fév": 2, "fev": 2, "avr": 4,
    "jui": 7, "aoû": 8, "aou": 8, "déc": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12,
}
_MONTH = r"(?P<month>[A-Za-zÀ-ÿ]{3,9})\.?"
# A year glued to the time that follows it ("June 3, 202409:15 AM"), as some
# dumps run a date and a time together.
_YEAR = r"(?P<year>(?:19|20)\d\d)(?=\D|$|\d{1,2}[:.]\d\d)"
_PATTERNS = (
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)"),
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR),
    # The day may be glued to a name before it ("Jane Roe2 March 2024 22:17").
    re.compile(r"(?<!\d)(?P<day>\d{1,2})(?:st|nd|rd|th)?\.?\s+" + _MONTH + r",?\s+" + _YEAR),
    re.compile(r"(?<!\d)(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<year>(?:19|20)\d\d)(?!\d)"),
)


def find_date_in(text: str) -> str | None:
    """The first date in a line, as YYYY-MM-DD; None when the line has none."""
    found = find_date_span(text)
    return found[0] if found else None


def find_date_span(text: str) -> tuple[str, int, int] | None:
    """The first date in a line as (YYYY-MM-DD, start, end); None when the line has none."""
    found: list[tuple[int, int, str]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            iso = _to_iso(match.groupdict())
            if iso:
                found.append((match.start(), match.end(), iso))
                break
    if not found:
        return None
    start, end, iso = min(found)
    return iso, start, end


def _to_iso(parts: dict[str, str | None]) -> str | None:
    try:
        year = int(parts["year"] or 0)
        if parts.get("month"):
            month = _MONTHS.get((parts["month"] or "")[:3].lower())
            day = int(parts["day"] or 0)
        else:
            month = int(parts["m"] or 0)
            day = int(parts["d"] or 0)
        if not month:
            return None
        return date(year, month, day).isoformat()
    except (ValueError, TypeError, KeyError):
        return None
