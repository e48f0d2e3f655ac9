"""The embedded DuckDB store: one file, a versioned schema, idempotent writes.

An article is identified by its id; its content hash tells whether a re-ingest
changed it. Writing the same article again changes nothing; a changed article
replaces all its rows. Each batch is written in one transaction, so a run killed
at any point leaves only whole articles behind.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from parley.records import Actor, Article, Entity, Event, Quote, Span

SCHEMA_VERSION = 3
ARTICLE_TABLES = ("entities", "quotes", "events", "story_members")
EXPORT_TABLES = (
    "articles", "entities", "quotes", "events", "actors", "stories", "story_members", "near_duplicates",
    "statements", "statement_mentions", "consolidated_events", "consolidated_event_mentions", "ingest_errors",
)


def _schema_script(name: str) -> str:
    return resources.files("parley.store").joinpath(name).read_text("utf-8")


def _version_of(connection: duckdb.DuckDBPyConnection) -> int | None:
    has_meta = connection.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
    ).fetchone()[0]
    if not has_meta:
        return None
    row = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else None


def upgrade(path: str | Path) -> None:
    """Bring an existing store of an older schema up to this parley's, so that read-only users can open it.

    A store that is current, missing or unreadable is left alone: opening it reports why.
    """
    if not Path(path).exists():
        return
    try:
        connection = duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return
    with connection:
        version = _version_of(connection)
    if version is not None and version < SCHEMA_VERSION:
        Store(path).close()


class StoreError(RuntimeError):
    """The store cannot be opened or is of a schema this parley does not know."""


class WriteOutcome(Enum):
    ADDED = "added"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"


@dataclass
class ArticleSummary:
    """One line of `parley articles`."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    quotes: int
    events: int
    quote_tagger: str | None = None
    """The fingerprint of the learned tagger that also found the quotes; None for the rules alone."""


class Store:
    """A parley store in one DuckDB file (created on first use)."""

    def __init__(self, path: str | Path = "parley.duckdb", *, read_only: bool = False):
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such store (create it with `parley run`)")
        try:
            self.connection = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as error:
            raise StoreError(f"{self.path}: cannot open store: {error}") from error
        self.connection.execute("SET enable_progress_bar = false")
        if read_only:
            self._check_version()
        else:
            self._migrate()

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _schema_version(self) -> int | None:
        return _version_of(self.connection)

    def _check_version(self) -> None:
        version = self._schema_version()
        if version is not None and version < SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {version} is older than this parley's {SCHEMA_VERSION};"
                " open it once for writing (parley.store.upgrade, or any `parley run`) to upgrade it"
            )
        if version != SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {version}, this parley reads {SCHEMA_VERSION}")

    def _migrate(self) -> None:
        """Create the schema in a new store, or bring an older one up to SCHEMA_VERSION, in one transaction."""
        version = self._schema_version()
        if version is not None and version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {version}, this parley writes {SCHEMA_VERSION}")
        if version == SCHEMA_VERSION:
            return
        scripts = [_schema_script("schema.sql")] if version is None else [
            _schema_script(f"migrations/{step}.sql") for step in range(version + 1, SCHEMA_VERSION + 1)
        ]
        self.connection.execute("BEGIN")
        for script in scripts:
            self.connection.execute(script)
        self.connection.execute(
            "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
        )
        self.connection.execute("COMMIT")

    # -- writing ---------------------------------------------------------

    def is_stored(self, article: Article, quote_tagger: str | None = None) -> bool:
        """True when this exact article (same id and content) is already stored, its quotes found the same
        way (``quote_tagger``: a tagger's fingerprint, None for the rules alone)."""
        row = self.connection.execute(
            "SELECT 1 FROM articles WHERE id = ? AND content_hash = ? AND quote_tagger IS NOT DISTINCT FROM ?",
            [article.id, article.content_hash, quote_tagger],
        ).fetchone()
        return row is not None

    def has_url(self, url: str) -> bool:
        """True when an article from this URL is stored (a feed lists pages it served before)."""
        return self.connection.execute("SELECT 1 FROM articles WHERE url = ? LIMIT 1", [url]).fetchone() is not None

    def write(self, articles: Sequence[Article], quote_tagger: str | None = None) -> list[WriteOutcome]:
        """Store a batch of articles in one transaction; returns what happened to each.
        ``quote_tagger`` is the fingerprint of the tagger that found their quotes (None: the rules alone); an
        article stored with another is replaced.

        Rows go in table by table for the whole batch: DuckDB pays per statement,
        not per row.
        """
        ids = [article.id for article in articles]
        known = {article_id: (digest, tagger) for article_id, digest, tagger in self.connection.execute(
            "SELECT id, content_hash, quote_tagger FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]
        ).fetchall()}
        stored = dict(known)
        outcomes, fresh = [], {}
        for article in articles:
            version = (article.content_hash, quote_tagger)
            previous = known.get(article.id)
            if previous == version:
                outcomes.append(WriteOutcome.UNCHANGED)
                continue
            outcomes.append(WriteOutcome.ADDED if previous is None else WriteOutcome.REPLACED)
            known[article.id] = version
            fresh[article.id] = article
        cursor = self.connection
        cursor.execute("BEGIN")
        try:
            self._delete([article_id for article_id in fresh if article_id in stored])
            self._insert(list(fresh.values()), quote_tagger)
            cursor.execute("COMMIT")
        except BaseException:
            cursor.execute("ROLLBACK")
            raise
        return outcomes

    def _delete(self, ids: list[str]) -> None:
        if ids:
            for table in ARTICLE_TABLES:
                self.connection.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
            self.connection.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids])

    def _insert(self, articles: list[Article], quote_tagger: str | None) -> None:
        cursor = self.connection
        columns = "id, content_hash, url, outlet, title, published, text, story_id, errors, source, quote_tagger"
        _insert_many(cursor, f"articles ({columns})", [
            (a.id, a.content_hash, a.url, a.outlet, a.title, a.published, a.text, a.story_id, a.errors, a.source,
             quote_tagger)
            for a in articles
        ])
        _insert_many(cursor, "entities", [
            (a.id, i, e.start, e.end, e.text, e.label) for a in articles for i, e in enumerate(a.entities)
        ])
        _insert_many(cursor, "quotes", [(a.id, i, *_quote_row(q)) for a in articles for i, q in enumerate(a.quotes)])
        _insert_many(cursor, "events", [(a.id, i, *_event_row(e)) for a in articles for i, e in enumerate(a.events)])
        actors = {
            (actor.code, actor.name or actor.text, actor.country, actor.sector)
            for a in articles
            for event in a.events
            for actor in (event.source, event.target)
            if actor is not None and actor.code
        }
        if actors:
            cursor.executemany("INSERT OR IGNORE INTO actors VALUES (?, ?, ?, ?)", sorted(actors, key=str))

    def report_error(self, source: str, line: int | None, message: str) -> None:
        """Keep a record of an input that could not be stored."""
        self.connection.execute(
            "INSERT INTO ingest_errors (source, line, message) VALUES (?, ?, ?)", [source, line, message]
        )

    # -- reading ---------------------------------------------------------

    def article_summaries(self, limit: int | None = None) -> list[ArticleSummary]:
        rows = self.connection.execute(
            """
            SELECT a.id, a.title, a.outlet, CAST(a.published AS VARCHAR),
                   (SELECT count(*) FROM quotes q WHERE q.article_id = a.id),
                   (SELECT count(*) FROM events e WHERE e.article_id = a.id), a.quote_tagger
            FROM articles a ORDER BY a.published NULLS LAST, a.id LIMIT ?
            """,
            [limit],
        ).fetchall()
        return [ArticleSummary(*row) for row in rows]

    def count(self, table: str) -> int:
        if table not in EXPORT_TABLES:
            raise ValueError(f"unknown table {table!r}")
        return self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def find_article_ids(self, prefix: str) -> list[str]:
        """Ids equal to, or starting with, ``prefix`` (so users may type a short id)."""
        rows = self.connection.execute(
            "SELECT id FROM articles WHERE id = ? OR starts_with(id, ?) ORDER BY id LIMIT 10", [prefix, prefix]
        ).fetchall()
        exact = [row[0] for row in rows if row[0] == prefix]
        return exact or [row[0] for row in rows]

    def quote_tagger_of(self, article_id: str) -> str | None:
        """The fingerprint of the learned tagger that also found an article's quotes; None for the rules alone."""
        row = self.connection.execute("SELECT quote_tagger FROM articles WHERE id = ?", [article_id]).fetchone()
        return row[0] if row else None

    def get_article(self, article_id: str) -> Article | None:
        row = self.connection.execute(
            "SELECT id, text, url, outlet, title, CAST(published AS VARCHAR), story_id, errors, source"
            " FROM articles WHERE id = ?",
            [article_id],
        ).fetchone()
        if row is None:
            return None
        article = Article(
            id=row[0], text=row[1], url=row[2], outlet=row[3], title=row[4], published=row[5],
            story_id=row[6], errors=list(row[7]), source=row[8],
        )
        article.entities = [
            Entity(*r) for r in self._rows("SELECT start, \"end\", text, label FROM entities", article_id)
        ]
        article.quotes = [quote_from_row(r) for r in self._rows(f"SELECT {QUOTE_COLUMNS} FROM quotes", article_id)]
        article.events = [event_from_row(r) for r in self._rows(f"SELECT {EVENT_COLUMNS} FROM events", article_id)]
        return article

    def _rows(self, select: str, article_id: str) -> list[tuple[Any, ...]]:
        return self.connection.execute(f"{select} WHERE article_id = ? ORDER BY position", [article_id]).fetchall()

    def iter_articles(self) -> Iterator[Article]:
        """Every stored article, in a stable order, read one at a time."""
        ids = [row[0] for row in self.connection.execute("SELECT id FROM articles ORDER BY id").fetchall()]
        for article_id in ids:
            article = self.get_article(article_id)
            if article is not None:
                yield article

    def export_table(self, table: str, path: Path, file_format: str) -> None:
        """Write one table to CSV or Parquet with DuckDB's own writer."""
        if table not in EXPORT_TABLES:
            raise ValueError(f"unknown table {table!r}; choose one of {', '.join(EXPORT_TABLES)}")
        options = {"csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet"}[file_format]
        literal = str(path).replace("'", "''")
        self.connection.execute(f"COPY (SELECT * FROM {table}) TO '{literal}' ({options})")


def _insert_many(cursor: duckdb.DuckDBPyConnection, table: str, rows: list[tuple[Any, ...]]) -> None:
    """Insert rows column-wise in one statement: DuckDB's ``executemany`` goes row by row and is far slower."""
    if rows:
        columns = [list(column) for column in zip(*rows)]
        cursor.execute(f"INSERT INTO {table} SELECT {', '.join('unnest(?)' for _ in columns)}", columns)


QUOTE_COLUMNS = (
    'id, kind, start, "end", text, cue_start, cue_end, cue_text, speaker_start, speaker_end, speaker_text,'
    " speaker_name, speaker_role, speaker_actor"
)
ACTOR_FIELDS = ("text", "start", "end", "name", "code", "country", "sector")
EVENT_COLUMNS = (
    'id, start, "end", '
    + ", ".join(f'{side}_{name}' for side in ("source", "target") for name in ACTOR_FIELDS)
    + ", cameo, plover, goldstein, quad_class, CAST(date AS VARCHAR), date_text, quote_id, confidence"
)


def _span_values(span: Span | None) -> tuple[Any, Any, Any]:
    return (span.start, span.end, span.text) if span else (None, None, None)


def _span_from(start: int | None, end: int | None, text: str | None) -> Span | None:
    return None if start is None else Span(start, end, text)


def _quote_row(quote: Quote) -> tuple[Any, ...]:
    return (
        quote.id, quote.kind, quote.start, quote.end, quote.text,
        *_span_values(quote.cue), *_span_values(quote.speaker),
        quote.speaker_name, quote.speaker_role, quote.speaker_actor,
    )


def quote_from_row(row: Sequence[Any]) -> Quote:
    return Quote(
        id=row[0], kind=row[1], start=row[2], end=row[3], text=row[4],
        cue=_span_from(*row[5:8]), speaker=_span_from(*row[8:11]),
        speaker_name=row[11], speaker_role=row[12], speaker_actor=row[13],
    )


def _actor_values(actor: Actor | None) -> tuple[Any, ...]:
    if actor is None:
        return (None,) * len(ACTOR_FIELDS)
    return tuple(getattr(actor, name) for name in ACTOR_FIELDS)


def _event_row(event: Event) -> tuple[Any, ...]:
    return (
        event.id, event.start, event.end, *_actor_values(event.source), *_actor_values(event.target),
        event.cameo, event.plover, event.goldstein, event.quad_class, event.date, event.date_text,
        event.quote_id, event.confidence,
    )


def event_from_row(row: Sequence[Any]) -> Event:
    width = len(ACTOR_FIELDS)
    source = Actor(*row[3:3 + width])
    target_values = row[3 + width:3 + 2 * width]
    rest = row[3 + 2 * width:]
    return Event(
        id=row[0], start=row[1], end=row[2], source=source,
        target=None if target_values[0] is None else Actor(*target_values),
        cameo=rest[0], plover=rest[1], goldstein=rest[2], quad_class=rest[3], date=rest[4],
        date_text=rest[5], quote_id=rest[6], confidence=rest[7],
    )

