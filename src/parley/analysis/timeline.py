"""Dyad timelines: how cooperative or hostile one actor was towards another, period by period.

Every figure counts consolidated events, so a statement reported by three
outlets (or syndicated thirty times) counts once. Events whose date no
article gives are listed apart, never guessed into a period.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from statistics import fmean
from typing import Literal

from parley.analysis.statements import actor_matches, load_statements
from parley.store import Store
from parley.stories import Statement

Granularity = Literal["day", "week", "month"]
PERIODS = ("day", "week", "month")
QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
TOP_STATEMENTS = 3


@dataclass
class TimelineEvent:
    """One consolidated event, as a timeline shows it."""

    id: str
    date: date | None
    source_code: str | None
    target_code: str | None
    cameo: str
    goldstein: float
    quad_class: int
    text: str
    articles: int
    outlets: int
    statement_id: str | None


@dataclass
class Period:
    label: str
    start: date
    end: date
    """Last day of the period, inclusive."""
    events: list[TimelineEvent]
    statements: list[Statement]
    """The top statements of the period, most reported first."""
    statement_count: int

    @property
    def by_quad_class(self) -> dict[int, int]:
        counts = Counter(event.quad_class for event in self.events)
        return {quad: counts.get(quad, 0) for quad in QUAD_CLASSES}

    @property
    def mean_goldstein(self) -> float:
        return fmean(event.goldstein for event in self.events)


@dataclass
class Direction:
    """The timeline of one ordered dyad (source → target)."""

    source: str
    target: str
    periods: list[Period] = field(default_factory=list)
    undated: list[TimelineEvent] = field(default_factory=list)


@dataclass
class Timeline:
    source: str
    target: str
    by: Granularity
    start: date | None
    end: date | None
    directions: list[Direction]


def period_of(day: date, by: Granularity) -> tuple[str, date, date]:
    """(label, first day, last day) of the period containing ``day``."""
    if by == "day":
        return day.isoformat(), day, day
    if by == "week":
        monday = day - timedelta(days=day.weekday())
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}", monday, monday + timedelta(days=6)
    if by == "month":
        first = day.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return f"{day:%Y-%m}", first, following - timedelta(days=1)
    raise ValueError(f"unknown period {by!r}; choose one of {', '.join(PERIODS)}")


def timeline(
    store: Store,
    source: str = "CHN",
    target: str = "USA",
    by: Granularity = "month",
    start: date | str | None = None,
    end: date | str | None = None,
    both: bool = False,
) -> Timeline:
    """Consolidated events from ``source`` to ``target`` (and back with ``both``), per period.

    ``source`` and ``target`` are countries or actor codes ("CHN", "CHNGOV"); ``start``
    and ``end`` (inclusive) bound the dated events only.
    """
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r}; choose one of {', '.join(PERIODS)}")
    start, end = _as_date(start), _as_date(end)
    pairs = [(source, target), (target, source)] if both else [(source, target)]
    directions = [_direction(store, first, second, by, start, end) for first, second in pairs]
    return Timeline(source, target, by, start, end, directions)


def _as_date(value: date | str | None) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _direction(
    store: Store, source: str, target: str, by: Granularity, start: date | None, end: date | None
) -> Direction:
    rows = store.connection.execute(
        "SELECT e.id, e.date, e.source_code, e.target_code, e.cameo, e.goldstein, e.quad_class, e.text,"
        " e.articles, e.outlets, e.statement_id FROM consolidated_events e"
        f" WHERE {actor_matches('source')} AND {actor_matches('target')}"
        " AND (e.date IS NULL OR ((? IS NULL OR e.date >= ?) AND (? IS NULL OR e.date <= ?)))"
        " ORDER BY e.date NULLS LAST, e.id",
        [source, source, target, target, start, start, end, end],
    ).fetchall()
    events = [TimelineEvent(*row) for row in rows]
    direction = Direction(source, target, undated=[e for e in events if e.date is None])
    grouped: dict[str, list[TimelineEvent]] = {}
    for event in events:
        if event.date is not None:
            grouped.setdefault(period_of(event.date, by)[0], []).append(event)
    dated_ids = sorted({e.statement_id for e in events if e.statement_id and e.date is not None})
    statements_by_id = {s.id: s for s in load_statements(store.connection, dated_ids)}
    for label, members in grouped.items():
        _, first, last = period_of(members[0].date, by)
        statement_ids = {e.statement_id for e in members if e.statement_id in statements_by_id}
        statements = sorted((statements_by_id[i] for i in statement_ids), key=lambda s: (-s.articles, -s.outlets, s.id))
        direction.periods.append(Period(label, first, last, members, statements[:TOP_STATEMENTS], len(statements)))
    return direction


def format_timeline(result: Timeline) -> str:
    """The timeline for people: one block per period, undated events after."""
    lines = []
    for direction in result.directions:
        lines.append(f"{direction.source} → {direction.target} by {result.by}")
        if not direction.periods:
            lines.append("  no dated events")
        for period in direction.periods:
            quads = ", ".join(f"{QUAD_CLASSES[q]} {n}" for q, n in period.by_quad_class.items() if n)
            lines.append(
                f"  {period.label}: {len(period.events)} events ({quads}), mean Goldstein "
                f"{period.mean_goldstein:+.1f}, {period.statement_count} statements"
            )
            for statement in period.statements:
                outlets = ", ".join(statement.outlet_names) or "outlets unknown"
                lines.append(
                    f"    · {statement.speaker_name or 'unknown speaker'}: “{_shorten(statement.text)}”"
                    f" ({statement.articles} article(s); {outlets})"
                )
        if direction.undated:
            lines.append(f"  undated: {len(direction.undated)} events (the texts give no date)")
            for event in direction.undated:
                lines.append(f"    · CAMEO {event.cameo} ({event.goldstein:+.1f}): {_shorten(event.text)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _shorten(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"
