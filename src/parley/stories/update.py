"""Assign the store's unclustered articles to stories, incrementally.

An article is new to stories while ``articles.story_id`` is NULL (just
written, or replaced by a changed re-ingest). Each chunk of new articles is
profiled once (date, MinHash bands, top terms), compared with every article by
joins in DuckDB, linked, and merged into the stories it links to; only the
stories that changed have their statements consolidated again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

import duckdb

from parley.records import content_hash
from parley.store import Store
from parley.stories import minhash
from parley.stories.clustering import Candidate, LinkSettings, UnionFind, count_independent, is_same_story
from parley.stories.consolidate import ConsolidationSettings, consolidate
from parley.stories.features import (
    ArticleFacts,
    FeatureSettings,
    quoted_statements,
    story_date,
    term_counts,
    top_weights,
)
from parley.stories.reading import load_duplicate_pairs, load_facts, load_story_articles
from parley.stories.text import has_words

ARTICLE_ROWS = ("story_profiles", "minhash_bands", "story_terms", "story_quotes", "story_members")


@dataclass(frozen=True)
class StorySettings:
    links: LinkSettings = LinkSettings()
    features: FeatureSettings = FeatureSettings()
    consolidation: ConsolidationSettings = ConsolidationSettings()
    chunk_size: int = 2000


@dataclass
class StoryUpdate:
    """What one ``update_stories`` call did."""

    articles: int = 0
    new_stories: int = 0
    merged_stories: int = 0
    near_duplicates: int = 0
    changed_stories: set[str] = field(default_factory=set)


def update_stories(store: Store, settings: StorySettings = StorySettings()) -> StoryUpdate:
    """Cluster every article of the store that has no story yet; each chunk in one transaction.

    Chunks go in date order, as a news stream arrives; order matters only through document
    frequencies (IDF), never through which story came first.
    """
    connection = store.connection
    pending = [row[0] for row in connection.execute(
        "SELECT id FROM articles WHERE story_id IS NULL ORDER BY published NULLS LAST, id"
    ).fetchall()]
    update = StoryUpdate()
    for start in range(0, len(pending), settings.chunk_size):
        connection.execute("BEGIN")
        try:
            _update_chunk(connection, pending[start:start + settings.chunk_size], settings, update)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return update


def _update_chunk(
    connection: duckdb.DuckDBPyConnection, ids: list[str], settings: StorySettings, update: StoryUpdate
) -> None:
    connection.execute("CREATE OR REPLACE TEMP TABLE story_chunk AS SELECT unnest(?::VARCHAR[]) AS id", [ids])
    dirty = _forget(connection)
    facts = load_facts(connection, ids)
    _write_signatures(connection, facts)
    duplicates = _near_duplicates(connection)
    _insert_rows(connection, "near_duplicates", duplicates)
    new = set(ids)
    copies = {second if second in new else first for first, second, _ in duplicates}
    _write_terms(connection, facts, copies, settings.features)
    candidates = _candidates(connection, settings.links, settings.consolidation)
    links = [(a, b) for a, b, _ in duplicates]
    links += [(c.first, c.second) for c in candidates if is_same_story(c, settings.links)]
    dirty |= _assign(connection, ids, links, update)
    update.articles += len(ids)
    update.near_duplicates += len(duplicates)
    update.changed_stories |= dirty
    refresh_stories(connection, sorted(dirty), settings.consolidation)


def _forget(connection: duckdb.DuckDBPyConnection) -> set[str]:
    """Drop what stories kept of a chunk's articles (replaced ones); the stories they left are dirty.

    A replaced article has already lost its ``story_members`` row, so its old story is
    the one whose member count no longer matches.
    """
    dirty = {row[0] for row in connection.execute(
        "SELECT DISTINCT story_id FROM story_members WHERE article_id IN (SELECT id FROM story_chunk)"
        " UNION SELECT s.id FROM stories s LEFT JOIN"
        " (SELECT story_id, count(*) AS n FROM story_members GROUP BY story_id) m ON m.story_id = s.id"
        " WHERE coalesce(m.n, 0) <> s.members"
    ).fetchall()}
    seen = connection.execute(
        "SELECT count(*) FROM story_profiles WHERE article_id IN (SELECT id FROM story_chunk)"
    ).fetchone()[0]
    if seen:
        for table in ARTICLE_ROWS:
            connection.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM story_chunk)")
        connection.execute(
            "DELETE FROM near_duplicates WHERE article_id IN (SELECT id FROM story_chunk)"
            " OR other_id IN (SELECT id FROM story_chunk)"
        )
    return dirty


def _insert_rows(connection: duckdb.DuckDBPyConnection, table: str, rows: Sequence[tuple]) -> None:
    """Insert many rows in one statement (columns passed as lists and unnested)."""
    if not rows:
        return
    columns = [list(column) for column in zip(*rows)]
    select = ", ".join(f"unnest(${i + 1})" for i in range(len(columns)))
    connection.execute(f"INSERT INTO {table} SELECT {select}", columns)


def _write_signatures(connection: duckdb.DuckDBPyConnection, facts: list[ArticleFacts]) -> None:
    """Profile rows (story date, outlet, MinHash signature) and the LSH band keys of each article."""
    signatures = minhash.signatures([f.text for f in facts])
    _insert_rows(connection, "story_profiles", [
        (f.id, story_date(f), f.outlet, row.tolist(), False) for f, row in zip(facts, signatures)
    ])
    keys = minhash.band_keys(signatures)
    _insert_rows(connection, "minhash_bands", [
        (band, int(key), f.id)
        for f, row in zip(facts, keys) if has_words(f.text)
        for band, key in enumerate(row)
    ])


def _write_terms(
    connection: duckdb.DuckDBPyConnection, facts: list[ArticleFacts], copies: set[str], settings: FeatureSettings
) -> None:
    """Top TF-IDF terms and quoted statements; near-duplicate copies do not count in document frequencies."""
    counts = [term_counts(f) for f in facts]
    batch_df = Counter(term for f, c in zip(facts, counts) if f.id not in copies for term in c)
    if batch_df:
        connection.execute(
            "INSERT INTO story_df SELECT unnest($1), unnest($2)"
            " ON CONFLICT (term) DO UPDATE SET df = df + excluded.df",
            [list(batch_df), list(batch_df.values())],
        )
    connection.execute("UPDATE story_profiles SET copy = true WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                       [sorted(copies)])
    documents = connection.execute("SELECT count(*) FROM story_profiles WHERE NOT copy").fetchone()[0]
    terms = sorted({term for c in counts for term in c})
    document_frequency = dict(connection.execute(
        "SELECT term, df FROM story_df WHERE term IN (SELECT unnest(?::VARCHAR[]))", [terms]
    ).fetchall())
    _insert_rows(connection, "story_terms", [
        (f.id, term, weight, story_date(f))
        for f, c in zip(facts, counts)
        for term, weight in top_weights(c, document_frequency, documents, settings).items()
    ])
    _insert_rows(connection, "story_quotes", [
        (f.id, speaker, sorted(terms)) for f in facts for speaker, terms in quoted_statements(f)
    ])


def _near_duplicates(connection: duckdb.DuckDBPyConnection) -> list[tuple[str, str, float]]:
    """Pairs (new article, any article) sharing an LSH band whose signatures agree enough."""
    rows = connection.execute(
        """
        SELECT DISTINCT least(n.article_id, o.article_id), greatest(n.article_id, o.article_id)
        FROM minhash_bands n JOIN minhash_bands o ON n.band = o.band AND n.key = o.key
        WHERE n.article_id IN (SELECT id FROM story_chunk) AND n.article_id <> o.article_id
        """
    ).fetchall()
    if not rows:
        return []
    ids = sorted({article_id for pair in rows for article_id in pair})
    signatures = {
        article_id: signature for article_id, signature in connection.execute(
            "SELECT article_id, signature FROM story_profiles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
            [ids],
        ).fetchall()
    }
    pairs = []
    for first, second in sorted(rows):
        similarity = minhash.estimated_jaccard(signatures[first], signatures[second])
        if similarity >= minhash.THRESHOLD:
            pairs.append((first, second, similarity))
    return pairs


def _candidates(
    connection: duckdb.DuckDBPyConnection, settings: LinkSettings, consolidation: ConsolidationSettings
) -> list[Candidate]:
    """Pairs (new article, any article) sharing top terms, within the window unless one is undated.

    The window is an equality join: each new article's terms are shifted over every day of
    the window, so only articles of those days are ever compared, whatever the store holds.

    Pairs whose articles report one statement are marked: that is the strongest sign of one event.
    """
    reporting = _shared_statements(connection, consolidation, settings.statement_window_days)
    first_day, last_day = connection.execute(
        "SELECT min(date), max(date) FROM story_profiles WHERE article_id IN (SELECT id FROM story_chunk)"
    ).fetchone()
    rows = connection.execute(
        """
        WITH new_terms AS (
            SELECT article_id, term, weight, date FROM story_terms WHERE article_id IN (SELECT id FROM story_chunk)
        ), shifted AS (
            SELECT n.article_id, n.term, n.weight, n.date, n.date + CAST(shift AS INTEGER) AS day
            FROM new_terms n, range(-$window, $window + 1) AS shifts(shift) WHERE n.date IS NOT NULL
        ), pairs AS (
            SELECT s.article_id AS first, t.article_id AS second, s.weight * t.weight AS product,
                   s.date AS first_date, t.date AS second_date
            FROM shifted s JOIN story_terms t ON t.term = s.term AND t.date = s.day
            WHERE t.date BETWEEN CAST($first AS DATE) - $window AND CAST($last AS DATE) + $window
            UNION ALL
            SELECT n.article_id, t.article_id, n.weight * t.weight, n.date, t.date
            FROM new_terms n JOIN story_terms t ON t.term = n.term WHERE n.date IS NULL
            UNION ALL
            SELECT n.article_id, t.article_id, n.weight * t.weight, n.date, t.date
            FROM new_terms n JOIN story_terms t ON t.term = n.term WHERE n.date IS NOT NULL AND t.date IS NULL
        )
        SELECT first, second, sum(product), first_date, second_date FROM pairs WHERE first <> second
        GROUP BY first, second, first_date, second_date
        HAVING count(*) >= $shared AND sum(product) >= $lowest
        """,
        {"window": settings.window_days, "shared": settings.min_shared_terms, "first": first_day, "last": last_day,
         "lowest": min(settings.statement_similarity, settings.similarity, settings.undated_similarity)},
    ).fetchall()
    return [Candidate(*row, shared_statement=(row[0], row[1]) in reporting) for row in rows]


def _shared_statements(
    connection: duckdb.DuckDBPyConnection, settings: ConsolidationSettings, window_days: int
) -> set[tuple[str, str]]:
    """Pairs (new article, article within ``window_days`` or undated) that quote one person saying the same thing.

    The test is ``says_the_same``, computed in SQL on distinct (speaker, terms) keys
    first: a briefing syndicated to hundreds of articles repeats the same few quotes,
    so the costly list comparison runs once per distinct quote, not once per article pair;
    an article repeating a quote counts it once.
    """
    rows = connection.execute(
        """
        WITH quotes AS (
            SELECT DISTINCT q.article_id, q.speaker, list_sort(list_distinct(q.terms)) AS terms, p.date
            FROM story_quotes q JOIN story_profiles p ON p.article_id = q.article_id
        ), new_keys AS (
            SELECT DISTINCT speaker, terms FROM quotes WHERE article_id IN (SELECT id FROM story_chunk)
        ), old_keys AS (
            SELECT DISTINCT speaker, terms FROM quotes
        ), same AS (
            SELECT n.speaker, n.terms AS new_terms, o.terms AS old_terms
            FROM new_keys n JOIN old_keys o ON n.speaker = o.speaker
            WHERE len(list_intersect(n.terms, o.terms)) >= $min_shared
              AND len(list_intersect(n.terms, o.terms)) / least(len(n.terms), len(o.terms)) >= $overlap
        )
        SELECT DISTINCT q1.article_id, q2.article_id
        FROM same s
        JOIN quotes q1 ON q1.speaker = s.speaker AND q1.terms = s.new_terms
        JOIN quotes q2 ON q2.speaker = s.speaker AND q2.terms = s.old_terms
        WHERE q1.article_id IN (SELECT id FROM story_chunk) AND q1.article_id <> q2.article_id
          AND (q1.date IS NULL OR q2.date IS NULL OR abs(q1.date - q2.date) <= $window)
        """,
        {"min_shared": settings.min_shared_terms, "overlap": settings.overlap, "window": window_days},
    ).fetchall()
    return set(rows)


def _assign(
    connection: duckdb.DuckDBPyConnection, ids: list[str], links: Iterable[tuple[str, str]], update: StoryUpdate
) -> set[str]:
    """Join each new article to the stories it links to, merging them; returns the stories that changed."""
    links = list(links)
    linked = sorted({article_id for pair in links for article_id in pair} - set(ids))
    old_story = dict(connection.execute(
        "SELECT id, story_id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[])) AND story_id IS NOT NULL",
        [linked],
    ).fetchall())
    groups = UnionFind(("article", article_id) for article_id in ids)
    for first, second in links:
        groups.union(_node(first, old_story), _node(second, old_story))
    assignments, merges = [], []
    for group in groups.groups():
        stories = sorted(node[1] for node in group if node[0] == "story")
        articles = [node[1] for node in group if node[0] == "article"]
        if not articles:
            continue
        story_id = stories[0] if stories else f"story-{content_hash(articles[0])}"
        update.new_stories += not stories
        merges += [(old, story_id) for old in stories[1:]]
        assignments += [(article_id, story_id) for article_id in articles]
    if merges:
        for table in ("articles", "story_members"):
            connection.execute(
                f"UPDATE {table} SET story_id = m.new FROM (SELECT unnest($1) AS old, unnest($2) AS new) m"
                f" WHERE {table}.story_id = m.old",
                [[old for old, _ in merges], [new for _, new in merges]],
            )
        _drop_stories(connection, [old for old, _ in merges])
    update.merged_stories += len(merges)
    connection.execute(
        "UPDATE articles SET story_id = m.story_id FROM (SELECT unnest($1) AS id, unnest($2) AS story_id) m"
        " WHERE articles.id = m.id",
        [[a for a, _ in assignments], [s for _, s in assignments]],
    )
    _insert_rows(connection, "story_members", [(story_id, article_id) for article_id, story_id in assignments])
    return {story_id for _, story_id in assignments} | {old for old, _ in merges}


def _node(article_id: str, old_story: dict[str, str]) -> tuple[str, str]:
    return ("story", old_story[article_id]) if article_id in old_story else ("article", article_id)


def _drop_stories(connection: duckdb.DuckDBPyConnection, story_ids: Sequence[str]) -> None:
    """Delete the story rows, statements and consolidated events of these stories (not their members)."""
    selected = "(SELECT unnest(?::VARCHAR[]))"
    for table, key, parent in (("consolidated_event_mentions", "consolidated_event_id", "consolidated_events"),
                               ("statement_mentions", "statement_id", "statements")):
        connection.execute(
            f"DELETE FROM {table} WHERE {key} IN (SELECT id FROM {parent} WHERE story_id IN {selected})",
            [list(story_ids)],
        )
    for table in ("consolidated_events", "statements"):
        connection.execute(f"DELETE FROM {table} WHERE story_id IN {selected}", [list(story_ids)])
    connection.execute(f"DELETE FROM stories WHERE id IN {selected}", [list(story_ids)])


def refresh_stories(
    connection: duckdb.DuckDBPyConnection, story_ids: Sequence[str], settings: ConsolidationSettings
) -> None:
    """Rebuild the story rows, statements and consolidated events of the given stories."""
    _drop_stories(connection, story_ids)
    members = load_story_articles(connection, story_ids)
    duplicate_pairs = load_duplicate_pairs(connection, story_ids)
    summaries = connection.execute(
        """
        SELECT m.story_id, a.id, a.title, CAST(p.date AS VARCHAR), a.outlet
        FROM story_members m JOIN articles a ON a.id = m.article_id
        LEFT JOIN story_profiles p ON p.article_id = a.id
        WHERE m.story_id IN (SELECT unnest(?::VARCHAR[]))
        """,
        [list(story_ids)],
    ).fetchall()
    rows_of: dict[str, list[tuple]] = {}
    for row in summaries:
        rows_of.setdefault(row[0], []).append(row)
    story_rows, statement_rows, mention_rows, event_rows, event_mention_rows = [], [], [], [], []
    for story_id in story_ids:
        rows = rows_of.get(story_id)
        if not rows:
            continue
        story_rows.append(_story_row(story_id, rows, duplicate_pairs.get(story_id, [])))
        result = consolidate(story_id, members.get(story_id, []), duplicate_pairs.get(story_id, []), settings)
        for s in result.statements:
            statement_rows.append((s.id, s.story_id, s.speaker_name, s.speaker_role, s.speaker_actor, s.text,
                                   s.date, s.articles, s.outlets, s.search_text))
            mention_rows += [(s.id, m.article_id, m.quote_id, m.start, m.end, m.text, m.outlet) for m in s.mentions]
        for e in result.events:
            event_rows.append((e.id, e.story_id, e.statement_id, e.source_code, e.source_country, e.target_code,
                               e.target_country, e.cameo, e.plover, e.goldstein, e.quad_class, e.date, e.text,
                               e.articles, e.outlets))
            event_mention_rows += [(e.id, m.article_id, m.event_id, m.start, m.end) for m in e.mentions]
    _insert_rows(connection, "stories", story_rows)
    _insert_rows(connection, "statements", statement_rows)
    _insert_rows(connection, "statement_mentions", mention_rows)
    _insert_rows(connection, "consolidated_events", event_rows)
    _insert_rows(connection, "consolidated_event_mentions", event_mention_rows)


def _story_row(story_id: str, rows: list[tuple], duplicate_pairs: list[tuple[str, str]]) -> tuple:
    dates = sorted(date.fromisoformat(row[3]) for row in rows if row[3])
    earliest = min(rows, key=lambda row: (row[3] is None, row[3] or "", row[1]))
    return (
        story_id, earliest[2], dates[0] if dates else None, dates[-1] if dates else None, len(rows),
        count_independent((row[1] for row in rows), duplicate_pairs),
        len({row[4] for row in rows if row[4]}),
    )
