"""Turn the date strings pages carry into ISO 8601: a date, or a datetime with its offset."""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

# "2024-03-05T14:07:00+01:00", "2024-03-05 14:07:00Z", "2024-03-05T14:07:00.123+0100", "2024-03-05"
_ISO = re.compile(
    r"(\d{4})-?(\d{2})-?(\d{2})"
    r"(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?",
    re.I,
)


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
    try:  # "Tue, 05 Mar 2024 14:07:00 GMT" (RFC 2822, as in HTTP headers and feeds)
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if not _valid(parsed.year, parsed.month, parsed.day):
        return None
    if parsed.tzinfo is None:
        return parsed.date().isoformat()
    return parsed.isoformat()
