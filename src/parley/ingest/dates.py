"""Publication dates as "YYYY-MM-DD": from a dateline of plain text, or a date given as a string.

A date is only taken when it names a day, month and year unambiguously:
"November 2020", "Thursday", "2 days ago" or "09/11/2020" give None, never a
guess. The usual spellings ("2020-11-05", "9 November 2020", "Nov. 9, 2020")
are read by a pattern; dateparser, which costs milliseconds a call, only sees
the rest.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

import dateparser

from parley.ingest.resources import read_data_lines

DATEPARSER_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}
LONGEST_DATE_STRING = 64
"""Longer strings are not dates; dateparser need not look at them."""
AMBIGUOUS_NUMERIC_DATE = re.compile(r"\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}")

MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
} | {"sept": 9}

_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_ISO_TIME = r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5}\b)?)?"
DATE_SHAPE = (
    _WEEKDAY
    + rf"(?:(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}){_ISO_TIME}"
    + rf"|(?P<day>\d{{1,2}}){_ORDINAL}\s+(?P<month>[a-z]{{3,9}})\.?,?\s+(?P<year>\d{{4}})"
    + rf"|(?P<month_first>[a-z]{{3,9}})\.?\s+(?P<day_second>\d{{1,2}}){_ORDINAL},?\s+(?P<year_second>\d{{4}}))"
    + _TIME
)
"""ISO, day-month-year and month-day-year spellings, whose order is never in doubt."""
SPELLED_DATE = re.compile(DATE_SHAPE, re.IGNORECASE)


@dataclass(frozen=True)
class Dateline:
    """A line that gives the publication date, and what of the line is left for the article."""

    published: str
    rest: str
    """The article text that followed the date on the same line ("" when none)."""


def parse_date(value: str) -> str | None:
    """``value`` as "YYYY-MM-DD" when it names a whole date, else None."""
    if len(value) > LONGEST_DATE_STRING:
        return None
    if spelled := SPELLED_DATE.fullmatch(value.strip()):
        return _date_of(spelled)
    return _parse_with_dateparser(value)


def find_dateline(line: str) -> Dateline | None:
    """The publication date a line gives, if the line is a dateline.

    Either the whole line is a (labelled) date, "Published 9 November 2020", or
    a label and date open a line that goes on with the article,
    " date 2020-11-05 Maintaining ...": the article's words are the ``rest``.
    """
    whole, leading = _dateline_patterns()
    match = whole.fullmatch(line.strip()) or leading.match(line)
    if match is None or (published := _date_of(match)) is None:
        return None
    rest = line[match.end():] if match.re is leading else ""
    return Dateline(published, rest)


def _date_of(match: re.Match[str]) -> str | None:
    """The date that a match of DATE_SHAPE spells, if the calendar has it."""
    try:
        if match["iso"]:
            return date.fromisoformat(match["iso"]).isoformat()
        month = MONTHS.get((match["month"] or match["month_first"]).lower())
        day, year = match["day"] or match["day_second"], match["year"] or match["year_second"]
        return date(int(year), month, int(day)).isoformat() if month else None
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _parse_with_dateparser(value: str) -> str | None:
    if AMBIGUOUS_NUMERIC_DATE.fullmatch(value.strip()):
        return None
    parsed = dateparser.parse(value, languages=["en"], settings=DATEPARSER_SETTINGS)
    return parsed.strftime("%Y-%m-%d") if parsed else None


@cache
def _dateline_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    labels = sorted(read_data_lines("date_labels.txt"), key=len, reverse=True)
    label = "(?:" + "|".join(r"\s+".join(map(re.escape, item.split())) for item in labels) + ")"
    whole = re.compile(rf"(?:{label}\b\s*:?\s*)?{DATE_SHAPE}", re.IGNORECASE)
    leading = re.compile(rf"\s*{label}\b\s*:?\s*{DATE_SHAPE}\s+(?=\S)", re.IGNORECASE)
    return whole, leading
