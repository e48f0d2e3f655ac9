"""The DuckDB store: round trips, idempotent re-ingest, replacement, schema versioning, export."""

import dataclasses

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parley.records import Actor, Article, Entity, Event, Quote, Span
from parley.store import SCHEMA_VERSION, Store, StoreError, WriteOutcome, upgrade
from parley.stories import update_stories


def sample_article(article_id: str = "a1", text: str = "Le said China hoped for cooperation.") -> Article:
    speaker = Actor(text="Le", start=0, end=2, name="Le Yucheng", code="CHNGOV", country="CHN", sector="GOV")
    target = Actor(text="US", start=0, end=0, name=None, code="USA", country="USA", sector=None)
    return Article(
        id=article_id,
        text=text,
        url="https://example.org/a",
        outlet="Example Daily",
        title="A title",
        published="2020-11-05",
        entities=[Entity(0, 2, "Le", "PERSON"), Entity(8, 13, "China", "GPE")],
        quotes=[Quote(
            id=f"{article_id}:q1", kind="indirect", start=8, end=len(text) - 1, text=text[8:-1],
            cue=Span(3, 7, "said"), speaker=Span(0, 2, "Le"), speaker_name="Le Yucheng",
            speaker_role="vice-minister of foreign affairs", speaker_actor="CHNGOV",
        )],
        events=[Event(
            id=f"{article_id}:e1", start=0, end=len(text), source=speaker, target=target, cameo="036",
            plover="CONSULT", goldstein=4.0, quad_class=1, date="2020-11-05", date_text="on Thursday",
            quote_id=f"{article_id}:q1", confidence=0.8,
        )],
        errors=["quotes: something odd"],
    )


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "test.duckdb") as opened:
        yield opened


def test_article_reads_back_equal_to_what_was_written(store):
    article = sample_article()
    store.write([article])
    assert store.get_article("a1") == article


def test_writing_the_same_article_twice_changes_nothing(store):
    article = sample_article()
    assert store.write([article]) == [WriteOutcome.ADDED]
    assert store.write([sample_article()]) == [WriteOutcome.UNCHANGED]
    assert store.count("articles") == 1
    assert store.count("quotes") == 1
    assert store.count("entities") == 2


def test_changed_article_replaces_all_its_rows(store):
    store.write([sample_article()])
    changed = sample_article(text="Le said China hoped for much more cooperation.")
    changed.entities = changed.entities[:1]
    assert store.write([changed]) == [WriteOutcome.REPLACED]
    assert store.count("articles") == 1
    assert store.count("entities") == 1
    assert store.get_article("a1").text == changed.text


def test_is_stored_compares_content_not_only_id(store):
    store.write([sample_article()])
    assert store.is_stored(sample_article())
    assert not store.is_stored(sample_article(text="Different text entirely."))


def test_an_article_whose_quotes_another_tagger_found_is_replaced(store):
    assert store.write([sample_article()]) == [WriteOutcome.ADDED]
    assert not store.is_stored(sample_article(), quote_tagger="0123abcd")
    assert store.write([sample_article()], quote_tagger="0123abcd") == [WriteOutcome.REPLACED]
    assert store.is_stored(sample_article(), quote_tagger="0123abcd") and not store.is_stored(sample_article())
    assert store.write([sample_article()], quote_tagger="0123abcd") == [WriteOutcome.UNCHANGED]
    assert store.write([sample_article()]) == [WriteOutcome.REPLACED]
    assert store.count("articles") == 1 and store.count("quotes") == 1


def test_failed_batch_leaves_no_partial_article(store):
    good = sample_article("good")
    bad = sample_article("bad")
    bad.quotes[0].kind = None  # violates NOT NULL: the whole batch must roll back
    with pytest.raises(duckdb.Error):
        store.write([good, bad])
    assert store.count("articles") == 0
    assert store.count("entities") == 0


def test_store_records_its_schema_version(tmp_path):
    path = tmp_path / "v.duckdb"
    Store(path).close()
    connection = duckdb.connect(str(path))
    assert connection.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    connection.execute("UPDATE meta SET value = '999' WHERE key='schema_version'")
    connection.close()
    with pytest.raises(StoreError, match="schema version 999"):
        Store(path)


def _as_version_1(path) -> None:
    """Turn a current store back into the version 1 layout: mentions without outlet and offsets."""
    _as_version_2(path)
    connection = duckdb.connect(str(path))
    connection.execute("ALTER TABLE statement_mentions DROP COLUMN outlet")
    connection.execute("ALTER TABLE consolidated_event_mentions DROP COLUMN start")
    connection.execute('ALTER TABLE consolidated_event_mentions DROP COLUMN "end"')
    connection.execute("ALTER TABLE statements DROP COLUMN search_text")
    connection.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    connection.close()


def _as_version_2(path) -> None:
    """Turn a current store back into the version 2 layout: articles without the quote tagger."""
    connection = duckdb.connect(str(path))
    connection.execute("ALTER TABLE articles DROP COLUMN quote_tagger")
    connection.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    connection.close()


def test_version_2_store_is_upgraded_with_its_articles_quotes_found_by_the_rules(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.write([sample_article()])
    _as_version_2(path)
    upgrade(path)
    with Store(path) as store:
        assert store.is_stored(sample_article()) and not store.is_stored(sample_article(), quote_tagger="0123abcd")


VERSION_2_COLUMNS = (
    "SELECT outlet FROM statement_mentions ORDER BY ALL",
    'SELECT start, "end" FROM consolidated_event_mentions ORDER BY ALL',
    "SELECT search_text FROM statements ORDER BY ALL",
)


def test_version_1_store_is_upgraded_with_outlets_offsets_and_search_texts_filled_in(tmp_path):
    path = tmp_path / "old.duckdb"
    reworded = sample_article("a2", "Le said China Hoped for cooperation.")
    with Store(path) as store:
        store.write([sample_article("a1"), reworded])
        update_stories(store)
        expected = [store.connection.execute(query).fetchall() for query in VERSION_2_COLUMNS]
    assert expected[0] == [("Example Daily",)] * 2 and expected[1] == [(0, 36)] * 2
    assert expected[2] == [("china hoped for cooperation\nchina hoped for cooperation",)]
    _as_version_1(path)
    with pytest.raises(StoreError, match="older than this parley"):
        Store(path, read_only=True)
    upgrade(path)
    with Store(path, read_only=True) as store:
        assert [store.connection.execute(query).fetchall() for query in VERSION_2_COLUMNS] == expected


def test_upgrade_leaves_a_current_or_missing_store_alone(tmp_path):
    path = tmp_path / "current.duckdb"
    Store(path).close()
    with Store(path, read_only=True):
        upgrade(path)  # a current store is not reopened for writing, so a reader does not block it
    upgrade(tmp_path / "missing.duckdb")
    assert not (tmp_path / "missing.duckdb").exists()


def test_read_only_open_of_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_has_url_tells_whether_a_page_was_stored(store):
    store.write([sample_article("a1")])
    assert store.has_url("https://example.org/a")
    assert not store.has_url("https://example.org/b")


def test_short_id_prefix_finds_the_article(store):
    store.write([sample_article("abcdef123"), sample_article("abzzz")])
    assert store.find_article_ids("abc") == ["abcdef123"]
    assert sorted(store.find_article_ids("ab")) == ["abcdef123", "abzzz"]


def test_exports_csv_and_parquet_with_duckdb(store, tmp_path):
    store.write([sample_article()])
    store.export_table("quotes", tmp_path / "q.csv", "csv")
    store.export_table("events", tmp_path / "e.parquet", "parquet")
    assert "speaker_name" in (tmp_path / "q.csv").read_text().splitlines()[0]
    rows = duckdb.sql(f"SELECT cameo, source_code FROM '{tmp_path / 'e.parquet'}'").fetchall()
    assert rows == [("036", "CHNGOV")]


def test_actors_table_collects_codes_seen_in_events(store):
    store.write([sample_article()])
    codes = store.connection.execute("SELECT code, name FROM actors ORDER BY code").fetchall()
    assert codes == [("CHNGOV", "Le Yucheng"), ("USA", "US")]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1), title=st.one_of(st.none(), st.text()))
def test_any_unicode_text_round_trips(store, text, title):
    article = dataclasses.replace(sample_article("x"), text=text, title=title, entities=[], quotes=[], events=[])
    store.write([article])
    assert store.get_article("x") == article


def test_one_batch_with_the_same_id_twice_keeps_the_last_version(store):
    first = sample_article("dup")
    second = sample_article("dup", text="Le said China hoped for even more cooperation.")
    outcomes = store.write([first, sample_article("dup"), second])
    assert outcomes == [WriteOutcome.ADDED, WriteOutcome.UNCHANGED, WriteOutcome.REPLACED]
    assert store.count("articles") == 1
    assert store.get_article("dup").text == second.text


def test_batch_of_articles_without_errors_or_entities_is_stored(store):
    plain = [dataclasses.replace(sample_article(f"p{n}"), errors=[], entities=[], quotes=[], events=[]) for n in range(3)]
    store.write(plain)
    assert [store.get_article(f"p{n}") for n in range(3)] == plain
