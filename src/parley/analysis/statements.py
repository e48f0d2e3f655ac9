"""Searching the consolidated statements: who said it, to whom, in which words, reported where."""

from __future__ import annotations

from collections.abc import Sequence

import duckdb

from parley.store import Store
from parley.stories import Mention, Statement

STATEMENT_COLUMNS = (
    "s.id, s.story_id, s.speaker_name, s.speaker_role, s.speaker_actor, s.text, CAST(s.date AS VARCHAR),"
    " s.articles, s.outlets"
)


def actor_matches(side: str) -> str:
    """SQL condition on event ``e``: its ``side`` (source/target) is in the country, or has the code, given as ``?``.

    The code is bound twice: "CHN" matches the country CHN, "CHNGOV" every CHNGOV... code.
    """
    return f"(e.{side}_country = ? OR starts_with(e.{side}_code, ?))"


def load_statements(connection: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> list[Statement]:
    """The statements with these ids, with their mentions and outlets, in the order of ``ids``."""
    rows = connection.execute(
        f"SELECT {STATEMENT_COLUMNS} FROM statements s WHERE s.id = ANY(?::VARCHAR[])", [list(ids)]
    ).fetchall()
    statements = {row[0]: Statement(*row) for row in rows}
    mentions = connection.execute(
        'SELECT m.statement_id, m.article_id, m.quote_id, m.start, m."end", m.text, m.outlet'
        " FROM statement_mentions m WHERE m.statement_id = ANY(?::VARCHAR[]) ORDER BY m.article_id, m.start",
        [list(statements)],
    ).fetchall()
    for statement_id, *mention in mentions:
        statements[statement_id].mentions.append(Mention(*mention))
    return [statements[i] for i in ids if i in statements]


def search_statements(
    store: Store,
    speaker: str | None = None,
    source: str | None = None,
    target: str | None = None,
    text: str | None = None,
    limit: int | None = None,
) -> list[Statement]:
    """Consolidated statements matching every given filter, dated ones first, most reported first.

    ``speaker`` and ``text`` match case-insensitively anywhere in the name or in any
    mention; ``source`` and ``target`` are actor codes or countries ("CHN", "USAGOV")
    of the statement's events.
    """
    conditions, parameters = [], []
    if speaker:
        conditions.append("s.speaker_name ILIKE ?")
        parameters.append(f"%{speaker}%")
    if text:
        conditions.append("contains(s.search_text, ?)")
        parameters.append(text.lower())
    for side, code in (("source", source), ("target", target)):
        if code:
            conditions.append(
                f"EXISTS (SELECT 1 FROM consolidated_events e WHERE e.statement_id = s.id AND {actor_matches(side)})"
            )
            parameters += [code, code]
    where = " AND ".join(conditions) or "true"
    ids = [row[0] for row in store.connection.execute(
        f"SELECT s.id FROM statements s WHERE {where}"
        " ORDER BY s.date NULLS LAST, s.articles DESC, s.id LIMIT ?",
        [*parameters, limit],
    ).fetchall()]
    return load_statements(store.connection, ids)


def format_statements(statements: Sequence[Statement]) -> str:
    """Statements for people: speaker, date, reach, text, and where each mention is."""
    if not statements:
        return "no statements found"
    blocks = []
    for s in statements:
        role = f" ({s.speaker_role})" if s.speaker_role else ""
        outlets = ", ".join(s.outlet_names) or "outlets unknown"
        lines = [
            f"{s.date or 'undated'} · {s.speaker_name or 'unknown speaker'}{role}",
            f"  “{s.text}”",
            f"  {s.articles} article(s), {s.outlets} outlet(s): {outlets}",
        ]
        lines += [f"  - {m.article_id} [{m.start}:{m.end}] {m.quote_id}" for m in s.mentions]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
