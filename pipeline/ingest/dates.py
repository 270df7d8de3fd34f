"""Publication dates from metadata: any common written form to YYYY-MM-DD."""

from __future__ import annotations

import datetime as dt
import re

import dateparser

DATEPARSER_SETTINGS = {
    # Only absolute dates: metadata saying "yesterday" would otherwise be read
    # against today's clock and change from one run to the next.
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    # A date needs at least a month and a year; a missing day is the 1st.
    "REQUIRE_PARTS": ["month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
    # "03/04/2024": news metadata outside the US writes day first.
    "DATE_ORDER": "DMY",
    # Keep the date as written in the article's own zone (no shift to UTC).
    "RETURN_AS_TIMEZONE_AWARE": False,
}
MAX_DATE_CHARS = 100  # longer strings are not dates, and dateparser is slow on them
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
# "January 28, 2025" and "28 January 2025", the forms news writes under a headline: read here, as dateparser
# reads them (~3 ms each there, in the process that reads every article).
_MONTH = "(" + "|".join(_MONTHS) + ")"
_MONTH_DAY_YEAR = re.compile(_MONTH + r" ([0-9]{1,2}), ([12][0-9]{3})")
_DAY_MONTH_YEAR = re.compile(r"([0-9]{1,2}) " + _MONTH + r" ([12][0-9]{3})")


def parse_published(value: object) -> str | None:
    """ISO date (YYYY-MM-DD) from a metadata value, or None.

    >>> parse_published("2024-06-20T08:00:00+08:00")
    '2024-06-20'
    >>> parse_published("June 20, 2024")
    '2024-06-20'
    >>> parse_published("20/06/2024")
    '2024-06-20'
    >>> parse_published("soon") is None
    True
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return None
    s = str(value).strip()
    if not s or len(s) > MAX_DATE_CHARS:
        return None
    if len(s) >= 10 and s[4] == "-" and s[7] == "-":  # ISO: the common case, no guessing
        try:
            return dt.date.fromisoformat(s[:10]).isoformat()
        except ValueError:
            pass
    written = _written_date(s)
    if written is not None:
        return written
    try:
        parsed = dateparser.parse(s, languages=["en"], settings=DATEPARSER_SETTINGS)
    except (ValueError, TypeError, OverflowError, OSError):
        return None
    if parsed is None or not 1 <= parsed.year <= 9999:
        return None
    return parsed.date().isoformat()


def _written_date(s: str) -> str | None:
    """ISO date of "January 28, 2025" or "28 January 2025" (a real day), else None."""
    m = _MONTH_DAY_YEAR.fullmatch(s)
    if m:
        month, day, year = m.groups()
    else:
        m = _DAY_MONTH_YEAR.fullmatch(s)
        if not m:
            return None
        day, month, year = m.groups()
    try:
        return dt.date(int(year), _MONTHS.index(month) + 1, int(day)).isoformat()
    except ValueError:
        return None  # "February 30, 2025": left to dateparser, as before
