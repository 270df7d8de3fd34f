"""Timeframes as years: "over the next four years", "by 2030", "between 2025
and 2030", resolved against the article's publication date where the phrase
is relative. Explicit dates go through dateparser; the relative spans
dateparser cannot read ("over the next four years") use the small rule here.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

import dateparser

# dateparser settings, checked once: English only (faster, fewer false hits),
# and a bare "March" read as the month after the publication date, not before.
DATEPARSER_SETTINGS = {"PREFER_DATES_FROM": "future", "REQUIRE_PARTS": ["year"]}
DATEPARSER_LANGUAGES = ["en"]

_NUMBER_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
}
_SPAN = re.compile(r"\b(?:over|within|in|during|for)\s+(?:the\s+)?(?:next|coming|following)?\s*"
                   r"(?P<n>\d+|[a-z]+)?\s*(?P<unit>years?|decades?)\b", re.I)
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_END_WORDS = re.compile(r"\b(by|through|until|till|to|before)\b", re.I)


def published_year(published: str | None) -> int | None:
    """
    >>> published_year("2024-06-20")
    2024
    >>> published_year(None) is None
    True
    """
    # Ingest writes publication dates as ISO dates (pipeline.ingest.dates.parse_published).
    m = re.match(r"(\d{4})-\d{2}-\d{2}", published or "")
    return int(m.group(1)) if m else None


@lru_cache(maxsize=1024)
def parse_date(text: str, base: str | None = None) -> datetime | None:
    """A date in ``text`` (English), relative words anchored at ``base`` (ISO date)."""
    settings = dict(DATEPARSER_SETTINGS)
    if base:
        anchor = dateparser.parse(base, languages=DATEPARSER_LANGUAGES)
        if anchor is not None:
            settings["RELATIVE_BASE"] = anchor
    return dateparser.parse(text, languages=DATEPARSER_LANGUAGES, settings=settings)


def timeframe_years(timeframe: str | None, published: str | None = None) -> tuple[int | None, int | None]:
    """(start_year, end_year) of a deal's timeframe as written.

    >>> timeframe_years("over the next four years", "2024-06-20")
    (2024, 2028)
    >>> timeframe_years("over the coming decade", "2025-02-01")
    (2025, 2035)
    >>> timeframe_years("over five years")
    (None, None)
    >>> timeframe_years("by 2030", "2024-06-20")
    (2024, 2030)
    >>> timeframe_years("through 2033")
    (None, 2033)
    >>> timeframe_years("between 2025 and 2030")
    (2025, 2030)
    >>> timeframe_years("by the end of March 2027", "2025-01-10")
    (2025, 2027)
    >>> timeframe_years(None, "2025-01-10")
    (None, None)
    """
    if not timeframe:
        return None, None
    start = published_year(published)
    span = _SPAN.search(timeframe)
    if span:
        n = span.group("n")
        count = int(n) if n and n.isdigit() else _NUMBER_WORDS.get((n or "a").lower())
        if count is None or start is None:
            return None, None
        per = 10 if span.group("unit").lower().startswith("decade") else 1
        return start, start + count * per
    years = [int(m.group(0)) for m in _YEAR.finditer(timeframe)]
    if len(years) >= 2:
        return min(years), max(years)
    if len(years) == 1:
        if _END_WORDS.search(timeframe):
            return (start if start is not None and start <= years[0] else None), years[0]
        return years[0], years[0]
    d = parse_date(timeframe, published)
    if d is None:
        return None, None
    return (start if start is not None and start <= d.year else None), d.year
