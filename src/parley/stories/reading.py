"""Bulk reads from the store for the stories stage: one query per table, not per article."""

from __future__ import annotations

from collections.abc import Sequence

import duckdb

from parley.store import EVENT_COLUMNS, QUOTE_COLUMNS, event_from_row, quote_from_row
from parley.stories.consolidate import StoryArticle
from parley.stories.features import NAME_LABELS, ArticleFacts


def load_facts(connection: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> list[ArticleFacts]:
    """What clustering reads of the given articles, in the order of ``ids``."""
    ids = list(ids)
    facts = {
        row[0]: ArticleFacts(id=row[0], text=row[1], title=row[2], outlet=row[3], published=row[4])
        for row in connection.execute(
            "SELECT id, text, title, outlet, CAST(published AS VARCHAR) FROM articles"
            " WHERE id IN (SELECT unnest(?::VARCHAR[]))",
            [ids],
        ).fetchall()
    }
    for article_id, name in connection.execute(
        "SELECT article_id, text FROM entities WHERE label IN (SELECT unnest($2::VARCHAR[]))"
        " AND article_id IN (SELECT unnest($1::VARCHAR[])) ORDER BY article_id, position",
        [ids, list(NAME_LABELS)],
    ).fetchall():
        facts[article_id].names.append(name)
    for article_id, name, text in connection.execute(
        "SELECT article_id, speaker_name, text FROM quotes WHERE speaker_name IS NOT NULL"
        " AND article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id, position",
        [ids],
    ).fetchall():
        facts[article_id].quotes.append((name, text))
    dates = connection.execute(
        "SELECT article_id, CAST(date AS VARCHAR) FROM events WHERE date IS NOT NULL"
        " AND article_id IN (SELECT unnest(?::VARCHAR[]))",
        [ids],
    ).fetchall()
    for article_id, event_date in dates:
        facts[article_id].event_dates.append(event_date)
    return [facts[article_id] for article_id in ids if article_id in facts]


def load_story_articles(
    connection: duckdb.DuckDBPyConnection, story_ids: Sequence[str]
) -> dict[str, list[StoryArticle]]:
    """The member articles of each story with their quotes and events."""
    members = connection.execute(
        "SELECT m.story_id, a.id, a.text, a.outlet FROM story_members m JOIN articles a ON a.id = m.article_id"
        " WHERE m.story_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY m.story_id, a.id",
        [list(story_ids)],
    ).fetchall()
    articles = {article_id: StoryArticle(article_id, text, outlet) for _, article_id, text, outlet in members}
    ids = list(articles)
    readers = (("quotes", QUOTE_COLUMNS, quote_from_row), ("events", EVENT_COLUMNS, event_from_row))
    for table, columns, record in readers:
        for row in connection.execute(
            f"SELECT article_id, {columns} FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))"
            " ORDER BY article_id, position",
            [ids],
        ).fetchall():
            getattr(articles[row[0]], table).append(record(row[1:]))
    stories: dict[str, list[StoryArticle]] = {}
    for story_id, article_id, _, _ in members:
        stories.setdefault(story_id, []).append(articles[article_id])
    return stories


def load_duplicate_pairs(
    connection: duckdb.DuckDBPyConnection, story_ids: Sequence[str]
) -> dict[str, list[tuple[str, str]]]:
    """The near-duplicate pairs inside each story."""
    rows = connection.execute(
        "SELECT m.story_id, d.article_id, d.other_id FROM near_duplicates d"
        " JOIN story_members m ON m.article_id = d.article_id"
        " WHERE m.story_id IN (SELECT unnest(?::VARCHAR[]))",
        [list(story_ids)],
    ).fetchall()
    pairs: dict[str, list[tuple[str, str]]] = {}
    for story_id, first, second in rows:
        pairs.setdefault(story_id, []).append((first, second))
    return pairs
