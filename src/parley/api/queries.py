"""The API's reads of the store: filtered, keyset-paged statements and events, stories, actors, timelines.

Every value from a request reaches SQL as a bound parameter; the SQL text is
built only from this module's own fragments. Text filters use ``contains`` on
lower-cased text, so ``%`` and ``_`` in a search are plain characters.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, fields
from typing import Any

import duckdb

from parley.analysis import Timeline, TimelineEvent, timeline
from parley.analysis.statements import actor_matches, load_statements
from parley.analysis.timeline import DyadEvent, dyad_events
from parley.api.cache import RecordCache
from parley.api.paging import Match, after_dated, dated_key, decode_cursor, encode_cursor, page_of
from parley.api.schemas import ActorsQuery, Filters, TimelineQuery
from parley.events import ontology
from parley.store import Store
from parley.stories import ConsolidatedEvent, Statement

Row = dict[str, Any]
EVENT_COLUMNS = ", ".join(
    "CAST(e.date AS VARCHAR) AS date" if f.name == "date" else f"e.{f.name}"
    for f in fields(ConsolidatedEvent) if f.name != "mentions"
)
"""The columns of consolidated_events, named as the fields of ConsolidatedEvent (its mentions come from a join)."""
MENTION_FIELDS = ("article_id", "event_id", "start", "end")
"""The columns of consolidated_event_mentions that an event's mentions show, last in consolidated_events' query."""
MENTION_COLUMNS = ", ".join(f'm."{name}"' for name in MENTION_FIELDS)
MAX_KEPT_MATCHES = 20_000
"""Longest list of matches kept for paging in memory; longer ones are paged by the database."""
MATCHES_PER_RECORD = 25
"""Kept matches, each a (date, id) pair, that weigh as much in the record cache as one record."""
MAX_ACTOR_NAMES = 10
TOP_ROWS = 20


def cameo_description(code: str) -> str | None:
    entry = ontology().get(code)
    return entry.description if entry else None


def _event_conditions(filters: Filters) -> tuple[list[str], list[Any]]:
    """Conditions on consolidated event ``e`` for the actor and CAMEO filters."""
    conditions: list[str] = []
    parameters: list[Any] = []
    for side, code in (("source", filters.source), ("target", filters.target)):
        if code:
            conditions.append(actor_matches(side))
            parameters += [code, code]
    if filters.cameo:
        conditions.append("starts_with(e.cameo, ?)")
        parameters.append(filters.cameo)
    if filters.quad_class is not None:
        conditions.append("e.quad_class = ?")
        parameters.append(filters.quad_class)
    return conditions, parameters


def _date_conditions(column: str, filters: Filters) -> tuple[list[str], list[Any]]:
    conditions, parameters = [], []
    if filters.date_from:
        conditions.append(f"{column} >= ?")
        parameters.append(filters.date_from)
    if filters.date_to:
        conditions.append(f"{column} <= ?")
        parameters.append(filters.date_to)
    return conditions, parameters


def _page_ids(
    connection: duckdb.DuckDBPyConnection, records: RecordCache, table: str, alias: str, conditions: list[str],
    parameters: list[Any], filters: Filters,
) -> tuple[list[str], str | None]:
    """One page of the ids of ``table`` (as ``alias``) matching ``conditions`` and the filters' dates,
    in (date NULLS LAST, id) order, and the cursor of the next page.

    Every match of the conditions is kept, in page order, for the store's generation (unless there
    are more than MAX_KEPT_MATCHES): the date window and the cursor are then cut from it by binary
    search, so that a dashboard moving its window or paging on asks nothing of the database.
    """
    key = json.dumps([conditions, parameters], default=str)
    kept = records.get(f"{table} matches", [key], lambda _: {
        key: _all_matches(connection, table, alias, conditions, parameters)
    }, weight=lambda matches: 1 + len(matches or ()) // MATCHES_PER_RECORD)
    if kept[key] is not None:
        return page_of(kept[key], filters)
    date_conditions, date_parameters = _date_conditions(f"{alias}.date", filters)
    conditions, parameters = [*conditions, *date_conditions], [*parameters, *date_parameters]
    if filters.cursor:
        condition, values = after_dated(f"{alias}.date", f"{alias}.id", decode_cursor(filters.cursor, dated=True))
        conditions, parameters = [*conditions, condition], [*parameters, *values]
    rows = _matches(connection, table, alias, conditions, parameters, filters.limit + 1)
    more = len(rows) > filters.limit
    rows = rows[:filters.limit]
    return [row[1] for row in rows], encode_cursor(dated_key(*rows[-1])) if more else None


def _all_matches(
    connection: duckdb.DuckDBPyConnection, table: str, alias: str, conditions: list[str], parameters: list[Any]
) -> list[Match] | None:
    """(date, id) of every row of ``table`` matching ``conditions``, in page order; None when there are too many."""
    rows = _matches(connection, table, alias, conditions, parameters, MAX_KEPT_MATCHES + 1)
    return rows if len(rows) <= MAX_KEPT_MATCHES else None


def _matches(
    connection: duckdb.DuckDBPyConnection, table: str, alias: str, conditions: list[str], parameters: list[Any],
    limit: int,
) -> list[Match]:
    """(date, id) of the first ``limit`` rows of ``table`` matching ``conditions``, in page order."""
    return connection.execute(
        f"SELECT {alias}.date, {alias}.id FROM {table} {alias} WHERE {' AND '.join(conditions) or 'true'}"
        f" ORDER BY {alias}.date NULLS LAST, {alias}.id LIMIT ?",
        [*parameters, limit],
    ).fetchall()


def statements_page(
    connection: duckdb.DuckDBPyConnection, filters: Filters, records: RecordCache
) -> tuple[list[Row], str | None]:
    conditions, parameters = [], []
    if filters.speaker:
        conditions.append("contains(lower(s.speaker_name), ?)")
        parameters.append(filters.speaker.lower())
    if filters.text:
        conditions.append("contains(s.search_text, ?)")
        parameters.append(filters.text.lower())
    if filters.has_event_filters:
        event_conditions, event_parameters = _event_conditions(filters)
        conditions.append(
            "EXISTS (SELECT 1 FROM consolidated_events e WHERE e.statement_id = s.id AND "
            + " AND ".join(event_conditions) + ")"
        )
        parameters += event_parameters
    ids, next_cursor = _page_ids(connection, records, "statements", "s", conditions, parameters, filters)
    return statement_records(connection, ids, records), next_cursor


def events_page(
    connection: duckdb.DuckDBPyConnection, filters: Filters, records: RecordCache
) -> tuple[list[Row], str | None]:
    conditions, parameters = _event_conditions(filters)
    if filters.speaker:
        conditions.append(
            "EXISTS (SELECT 1 FROM statements s WHERE s.id = e.statement_id AND contains(lower(s.speaker_name), ?))"
        )
        parameters.append(filters.speaker.lower())
    if filters.text:
        conditions.append("contains(lower(e.text), ?)")
        parameters.append(filters.text.lower())
    ids, next_cursor = _page_ids(connection, records, "consolidated_events", "e", conditions, parameters, filters)
    return event_records(connection, ids, records), next_cursor


def event_records(connection: duckdb.DuckDBPyConnection, ids: list[str], records: RecordCache) -> list[Row]:
    """The consolidated events with these ids, in this order, each with its mentions."""
    events = records.get("event", ids, lambda missing: {
        event["id"]: event for event in consolidated_events(connection, "e.id = ANY(?::VARCHAR[])", [missing])
    })
    return [events[i] for i in ids if i in events]


def latest_ids(connection: duckdb.DuckDBPyConnection, table: str, limit: int) -> list[str]:
    """The ids of the ``limit`` most recent rows of ``table`` (statements or consolidated_events), undated last."""
    return [row[0] for row in connection.execute(
        f"SELECT id FROM {table} ORDER BY date DESC NULLS LAST, id LIMIT ?", [limit]
    ).fetchall()]


def consolidated_events(connection: duckdb.DuckDBPyConnection, where: str, parameters: list[Any]) -> list[Row]:
    """Consolidated events matching ``where`` (on ``e``), each with its mentions and CAMEO description.

    One flat query, one row per mention, grouped here: DuckDB's list aggregation
    costs more than the join for the few rows a page holds.
    """
    cursor = connection.execute(
        f"SELECT {EVENT_COLUMNS}, {MENTION_COLUMNS}"
        " FROM consolidated_events e LEFT JOIN consolidated_event_mentions m ON m.consolidated_event_id = e.id"
        f" WHERE {where} ORDER BY e.date NULLS LAST, e.id, m.article_id, m.start",
        parameters,
    )
    split = len(cursor.description) - len(MENTION_FIELDS)
    names = [column[0] for column in cursor.description[:split]]
    events: dict[str, Row] = {}
    for row in cursor.fetchall():
        event = events.get(row[0])
        if event is None:
            event = events[row[0]] = dict(zip(names, row[:split]))
            event["mentions"] = []
            event["cameo_description"] = cameo_description(event["cameo"])
        if row[split] is not None:
            event["mentions"].append(dict(zip(MENTION_FIELDS, row[split:])))
    return list(events.values())


def _statement_record(statement: Statement) -> Row:
    return {**vars(statement), "mentions": [vars(m) for m in statement.mentions],
            "outlet_names": statement.outlet_names}


def statement_records(connection: duckdb.DuckDBPyConnection, ids: list[str], records: RecordCache) -> list[Row]:
    """The statements with these ids, in this order, each with its mentions, outlets and consolidated events."""
    statements = cached_statements(connection, ids, records)
    events = records.get("statement events", ids, lambda missing: _events_of_statements(connection, missing),
                         weight=lambda found: max(1, len(found)))
    return [{**_statement_record(statements[i]), "events": events[i]} for i in ids if i in statements]


def cached_statements(connection: duckdb.DuckDBPyConnection, ids: Sequence[str], records: RecordCache
                      ) -> dict[str, Statement]:
    return records.get("statement", ids, lambda missing: {s.id: s for s in load_statements(connection, missing)})


def _events_of_statements(connection: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, list[Row]]:
    events: dict[str, list[Row]] = {statement_id: [] for statement_id in ids}
    for event in consolidated_events(connection, "e.statement_id = ANY(?::VARCHAR[])", [ids]):
        events[event["statement_id"]].append(event)
    return events


def story(store: Store, story_id: str, records: RecordCache, whole: int) -> Row | None:
    """A story with its first ``whole`` member articles as records and the rest as summaries, its
    statements, events and near-duplicate pairs (of every member)."""
    connection = store.connection
    found = _rows(connection.execute(
        "SELECT id, title, CAST(first_date AS VARCHAR) AS first_date, CAST(last_date AS VARCHAR) AS last_date,"
        " members, articles, outlets FROM stories WHERE id = ?",
        [story_id],
    ))
    if not found:
        return None
    members = _rows(connection.execute(
        "SELECT a.id, a.url, a.outlet, a.title, CAST(a.published AS VARCHAR) AS published"
        " FROM story_members m JOIN articles a ON a.id = m.article_id WHERE m.story_id = ?"
        " ORDER BY a.published NULLS LAST, a.source, a.id",
        [story_id],
    ))
    article_ids = [member["id"] for member in members]
    articles = [store.get_article(member["id"]).to_dict() for member in members[:whole]]
    statement_ids = [r[0] for r in connection.execute(
        "SELECT id FROM statements WHERE story_id = ? ORDER BY articles DESC, date NULLS LAST, id", [story_id]
    ).fetchall()]
    duplicates = _rows(connection.execute(
        "SELECT article_id, other_id, similarity FROM near_duplicates"
        " WHERE article_id = ANY(?::VARCHAR[]) ORDER BY article_id, other_id",
        [article_ids],
    ))
    return {
        "story": found[0],
        "articles": articles,
        "other_articles": members[whole:],
        "statements": statement_records(connection, statement_ids, records),
        "events": consolidated_events(connection, "e.story_id = ?", [story_id]),
        "near_duplicates": duplicates,
    }


def _rows(cursor: duckdb.DuckDBPyConnection) -> list[Row]:
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def article(store: Store, article_id: str) -> Row | None:
    found = store.get_article(article_id)
    return found.to_dict() if found else None


def actors_page(connection: duckdb.DuckDBPyConnection, query: ActorsQuery) -> tuple[list[Row], str | None]:
    """Actor codes whose code starts with, or one of whose names contains, ``q``; in code order."""
    conditions, parameters = [], []
    if query.q:
        conditions.append(
            "code IN (SELECT code FROM actors WHERE starts_with(code, ?) OR contains(lower(name), ?))"
        )
        parameters += [query.q.upper(), query.q.lower()]
    if query.cursor:
        conditions.append("code > ?")
        parameters.append(decode_cursor(query.cursor, dated=False)[0])
    where = " AND ".join(conditions) or "true"
    rows = connection.execute(
        f"SELECT code, min(country), min(sector), list(name ORDER BY name), count(*) FROM actors WHERE {where}"
        " GROUP BY code ORDER BY code LIMIT ?",
        [*parameters, query.limit + 1],
    ).fetchall()
    more = len(rows) > query.limit
    rows = rows[:query.limit]
    items = [
        {"code": code, "country": country, "sector": sector, "names": names[:MAX_ACTOR_NAMES], "name_count": count}
        for code, country, sector, names, count in rows
    ]
    return items, encode_cursor([rows[-1][0]]) if more else None


def actor_profile(store: Store, code: str) -> Row | None:
    """What ``code`` (a country, or an actor code and its sub-codes) said, to whom, and month by month."""
    connection = store.connection
    source = actor_matches("source")
    names = [r[0] for r in connection.execute(
        "SELECT DISTINCT name FROM actors WHERE country = ? OR starts_with(code, ?) ORDER BY name LIMIT ?",
        [code, code, TOP_ROWS],
    ).fetchall()]
    speakers = connection.execute(
        "SELECT speaker_name, min(speaker_role), count(*) FROM statements"
        " WHERE speaker_name IS NOT NULL AND (starts_with(speaker_actor, ?))"
        " GROUP BY speaker_name ORDER BY count(*) DESC, speaker_name LIMIT ?",
        [code, TOP_ROWS],
    ).fetchall()
    targets = connection.execute(
        "SELECT coalesce(e.target_code, e.target_country), count(*), avg(e.goldstein),"
        " count(*) FILTER (e.quad_class = 1), count(*) FILTER (e.quad_class = 2),"
        " count(*) FILTER (e.quad_class = 3), count(*) FILTER (e.quad_class = 4)"
        f" FROM consolidated_events e WHERE {source} GROUP BY 1 ORDER BY 2 DESC, 1 NULLS LAST LIMIT ?",
        [code, code, TOP_ROWS],
    ).fetchall()
    months = connection.execute(
        "SELECT strftime(e.date, '%Y-%m'), count(*), avg(e.goldstein) FROM consolidated_events e"
        f" WHERE {source} AND e.date IS NOT NULL GROUP BY 1 ORDER BY 1",
        [code, code],
    ).fetchall()
    undated = connection.execute(
        f"SELECT count(*) FROM consolidated_events e WHERE {source} AND e.date IS NULL", [code, code]
    ).fetchone()[0]
    if not (names or speakers or targets):
        return None
    return {
        "code": code,
        "names": names,
        "speakers": [{"name": n, "role": role, "statements": count} for n, role, count in speakers],
        "targets": [
            {"target": target, "events": count, "mean_goldstein": mean,
             "by_quad_class": dict(zip((1, 2, 3, 4), quads))}
            for target, count, mean, *quads in targets
        ],
        "months": [{"month": month, "events": count, "mean_goldstein": mean} for month, count, mean in months],
        "undated_events": undated,
    }


def timeline_of(store: Store, query: TimelineQuery, records: RecordCache) -> Row:
    """``parley.analysis.timeline`` as JSON, each event with its story and each period with its stories."""
    connection = store.connection

    def events_of(source: str, target: str) -> list[DyadEvent]:
        key = f"{source}>{target}"
        return records.get(
            "dyad", [key], lambda _: {key: dyad_events(connection, source, target)}, weight=lambda found: 1 + len(found)
        )[key]

    result = timeline(
        store, query.source, query.target, by=query.by, start=query.date_from, end=query.date_to, both=query.both,
        events_of=events_of, load=lambda _, ids: list(cached_statements(connection, ids, records).values()),
    )
    facts = StoryFacts(connection, result, records)
    directions = []
    for direction in result.directions:
        periods = [
            {
                "label": period.label, "start": period.start.isoformat(), "end": period.end.isoformat(),
                "events": [facts.event(event) for event in period.events],
                "by_quad_class": period.by_quad_class, "mean_goldstein": period.mean_goldstein,
                "statement_count": period.statement_count,
                "statements": [_statement_record(statement) for statement in period.statements],
                "stories": facts.stories(period.events),
            }
            for period in direction.periods
        ]
        directions.append({
            "source": direction.source, "target": direction.target, "periods": periods,
            "undated": [facts.event(event) for event in direction.undated],
        })
    return {
        "source": result.source, "target": result.target, "by": result.by,
        "start": result.start.isoformat() if result.start else None,
        "end": result.end.isoformat() if result.end else None,
        "directions": directions,
    }


class StoryFacts:
    """The title of every story on a timeline (one query, not one per point)."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, result: Timeline, records: RecordCache) -> None:
        ids = sorted({
            event.story_id for direction in result.directions
            for event in [*direction.undated, *(e for p in direction.periods for e in p.events)]
        })
        self.title_of = records.get("story title", ids, lambda missing: dict(connection.execute(
            "SELECT id, title FROM stories WHERE id = ANY(?::VARCHAR[])", [missing]
        ).fetchall()))

    def event(self, event: TimelineEvent) -> Row:
        record = asdict(event)
        record["date"] = event.date.isoformat() if event.date else None
        record["cameo_description"] = cameo_description(event.cameo)
        return record

    def stories(self, events: list[TimelineEvent]) -> list[Row]:
        """The stories of a period's events, most events first: one dashboard point each."""
        scores: dict[str, list[float]] = {}
        for event in events:
            scores.setdefault(event.story_id, []).append(event.goldstein)
        ranked = sorted(scores.items(), key=lambda item: (-len(item[1]), item[0]))
        return [
            {"id": story_id, "title": self.title_of.get(story_id), "events": len(values),
             "mean_goldstein": sum(values) / len(values)}
            for story_id, values in ranked
        ]
