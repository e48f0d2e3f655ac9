"""When an act happened: day expressions in a sentence, resolved against the publication date.

"on Thursday" in an article published Thursday 2020-11-05 is that day; "on Wednesday
evening" is 2020-11-04; "a Jan. 4 letter" is January 4 of the latest year not after
publication. A phrase that names no day ("this week", "last year") gives no date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")],
        start=1,
    )
    for name in names
}
RELATIVE_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
                 "this evening": 0, "yesterday": -1, "tomorrow": 1}
FUTURE_SLACK = timedelta(days=7)
"""How far after publication a yearless date may fall (announced plans) before it means last year."""

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(?:,?\s+(?P<{}>(?:19|20)\d\d))?"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
DAY_PHRASE = re.compile(
    r"(?=[adfjlmnostwy0-9])\b(?:(?P<on>on|last|next)\s+)?(?:"
    rf"(?P<weekday>{'|'.join(WEEKDAYS)}){_PART}"
    rf"|(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?{_YEAR.format('year')}"
    rf"|(?P<day2>[0-3]?\d)\s+(?P<month2>{_MONTH_NAMES})\.?{_YEAR.format('year2')}"
    rf"|(?P<relative>{'|'.join(RELATIVE_DAYS)})"
    r")\b",
    re.IGNORECASE,
)
"""A day phrase; the lookahead holds the letters its words begin with, so the search skips other words at
once instead of trying every alternative on them (twice as fast on news)."""


@dataclass(frozen=True)
class DayPhrase:
    start: int
    end: int
    text: str
    day: date | None


def parse_published(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published) if published else None
    except ValueError:
        return None


def day_phrases(text: str, published: date | None, offset: int = 0) -> list[DayPhrase]:
    """Every day expression in ``text`` with the day it names (None when unknowable)."""
    return [DayPhrase(offset + m.start(), offset + m.end(), m.group(), _resolve(m, published))
            for m in DAY_PHRASE.finditer(text)]


def _resolve(match: re.Match[str], published: date | None) -> date | None:
    """The day a phrase names; None for impossible dates (Feb. 30) or beyond the calendar."""
    try:
        return _day(match.groupdict(), published)
    except (ValueError, OverflowError):
        return None


def _day(groups: dict[str, str | None], published: date | None) -> date | None:
    if groups["weekday"]:
        return _weekday(WEEKDAYS.index(groups["weekday"].lower()), (groups["on"] or "").lower(), published)
    if groups["relative"]:
        return published + timedelta(days=RELATIVE_DAYS[groups["relative"].lower()]) if published else None
    month = MONTHS[(groups["month"] or groups["month2"]).lower()]
    day = int(groups["day"] or groups["day2"])
    return _month_day(month, day, groups["year"] or groups["year2"], published)


def _weekday(weekday: int, qualifier: str, published: date | None) -> date | None:
    if published is None:
        return None
    if qualifier == "next":
        return published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
    back = (published.weekday() - weekday) % 7
    return published - timedelta(days=back or (7 if qualifier == "last" else 0))


def _month_day(month: int, day: int, year: str | None, published: date | None) -> date | None:
    if year:
        return date(int(year), month, day)
    if published is None:
        return None
    candidate = date(published.year, month, day)
    if candidate - FUTURE_SLACK > published:
        candidate = date(published.year - 1, month, day)
    return candidate
