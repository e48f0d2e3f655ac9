"""Dyad timelines: how cooperative or hostile one actor was towards another, period by period.

Every figure counts consolidated events, so a statement reported by three
outlets (or syndicated thirty times) counts once. Events whose date no
article gives are listed apart, never guessed into a period.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from statistics import fmean
from typing import Literal

import duckdb

from parley.analysis.statements import actor_matches, load_statements
from parley.store import Store
from parley.stories import Statement

Granularity = Literal["day", "week", "month"]
StatementLoader = Callable[[duckdb.DuckDBPyConnection, Sequence[str]], list[Statement]]
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
    story_id: str


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
    events_of: DyadLoader | None = None,
    load: StatementLoader = load_statements,
) -> Timeline:
    """Consolidated events from ``source`` to ``target`` (and back with ``both``), per period.

    ``source`` and ``target`` are countries or actor codes ("CHN", "CHNGOV"); ``start``
    and ``end`` (inclusive) bound the dated events only. ``events_of`` reads a dyad's
    events and ``load`` the top statements by id: the API passes ones that keep
    them between requests.
    """
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r}; choose one of {', '.join(PERIODS)}")
    start, end = _as_date(start), _as_date(end)
    pairs = [(source, target), (target, source)] if both else [(source, target)]
    read = events_of or (lambda first, second: dyad_events(store.connection, first, second))
    matches = [_in_window(read(first, second), start, end) for first, second in pairs]
    reach = {m.event.statement_id: m.statement_reach for ms in matches for m in ms if m.statement_reach}
    grouped_by_pair = [_by_period((m.event for m in events), by) for events in matches]
    ranked_by_pair = [
        {label: _top_statements(members, reach) for label, members in grouped.items()} for grouped in grouped_by_pair
    ]
    top_ids = {i for ranked_by_label in ranked_by_pair for ranked in ranked_by_label.values()
               for i in ranked[:TOP_STATEMENTS]}
    top = {statement.id: statement for statement in load(store.connection, sorted(top_ids))}
    directions = []
    for (first, second), events, grouped, ranked_by_label in zip(pairs, matches, grouped_by_pair, ranked_by_pair):
        direction = Direction(first, second, undated=[m.event for m in events if m.event.date is None])
        for label, members in grouped.items():
            _, period_start, period_end = period_of(members[0].date, by)
            ranked = ranked_by_label[label]
            direction.periods.append(Period(
                label, period_start, period_end, members, [top[i] for i in ranked[:TOP_STATEMENTS]], len(ranked)
            ))
        directions.append(direction)
    return Timeline(source, target, by, start, end, directions)


def _as_date(value: date | str | None) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


@dataclass(frozen=True)
class DyadEvent:
    """An event of a dyad, with the reach of its statement: the most reported statements lead a period."""

    event: TimelineEvent
    statement_reach: tuple[int, int] | None
    """(articles, outlets) of the event's statement; None when it has none."""


DyadLoader = Callable[[str, str], list[DyadEvent]]


def dyad_events(connection: duckdb.DuckDBPyConnection, source: str, target: str) -> list[DyadEvent]:
    """Every consolidated event from ``source`` to ``target``, oldest first, undated last."""
    rows = connection.execute(
        "SELECT e.id, e.date, e.source_code, e.target_code, e.cameo, e.goldstein, e.quad_class, e.text,"
        " e.articles, e.outlets, e.statement_id, e.story_id, s.articles, s.outlets"
        " FROM consolidated_events e LEFT JOIN statements s ON s.id = e.statement_id"
        f" WHERE {actor_matches('source')} AND {actor_matches('target')} ORDER BY e.date NULLS LAST, e.id",
        [source, source, target, target],
    ).fetchall()
    width = len(fields(TimelineEvent))
    return [
        DyadEvent(TimelineEvent(*row[:width]), row[width:] if row[width] is not None else None) for row in rows
    ]


def _in_window(events: list[DyadEvent], start: date | None, end: date | None) -> list[DyadEvent]:
    """The undated events, and the dated ones from ``start`` to ``end``: ``events`` are in date order."""
    dated = bisect_left(events, True, key=lambda m: m.event.date is None)
    first = bisect_left(events, start, hi=dated, key=lambda m: m.event.date) if start else 0
    last = bisect_right(events, end, hi=dated, key=lambda m: m.event.date) if end else dated
    return events[first:last] + events[dated:]


def _by_period(events: Iterable[TimelineEvent], by: Granularity) -> dict[str, list[TimelineEvent]]:
    grouped: dict[str, list[TimelineEvent]] = {}
    for event in events:
        if event.date is not None:
            grouped.setdefault(period_of(event.date, by)[0], []).append(event)
    return grouped


def _top_statements(events: list[TimelineEvent], reach: dict[str, tuple[int, int]]) -> list[str]:
    """The ids of the statements of these events, most reported first."""
    ids = {event.statement_id for event in events if event.statement_id in reach}
    return sorted(ids, key=lambda i: (-reach[i][0], -reach[i][1], i))


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
