"""The Spark runner in local mode: the record contract in Parquet, errors, idempotent writes, and the same
stories as the single-machine path (``parley run``) once the output is loaded into the store."""

import json
import random
from collections import Counter
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'parley[spark]')")

from test_warc import html_page, response, seed_paragraphs, write_warc  # noqa: E402

from parley import spark as runner  # noqa: E402
from parley.cli import app  # noqa: E402
from parley.records import RECORD_KEYS, Article  # noqa: E402
from parley.store import Store  # noqa: E402
from parley.stories import update_stories  # noqa: E402

STORY_TABLES = ("stories", "story_members", "statements", "statement_mentions", "consolidated_events",
                "consolidated_event_mentions", "near_duplicates")
RECORD_TABLES = ("quotes", "events", "entities")


@pytest.fixture(scope="session")
def spark():
    """One local session for every Spark test: two cores, a failed task tried twice."""
    session = runner.spark_session("local[2,2]", {
        "spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false", "spark.sql.shuffle.partitions": "2",
    })
    yield session
    session.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, examples_dir):
    """The five examples, plus a WARC with one good page, one image, and one record cut short."""
    folder = tmp_path_factory.mktemp("inputs")
    for example in examples_dir.glob("*.txt"):
        (folder / example.name).write_bytes(example.read_bytes())
    path = write_warc(folder / "crawl.warc", [
        response("https://news.example.com/china-hopes",
                 html_page("China hopes US will work together", seed_paragraphs("002"), "2020-11-05").encode()),
        response("https://news.example.com/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"),
        response("https://news.example.com/cut", html_page("Cut short", seed_paragraphs("001")).encode()),
    ])
    path.write_bytes(path.read_bytes()[:-200])
    return folder


@pytest.fixture(scope="module")
def job(spark, inputs, tmp_path_factory):
    output = tmp_path_factory.mktemp("job") / "out"
    return output, runner.run_job(spark, [str(inputs)], output)


def single_machine_store(paths, db: Path) -> Store:
    """What `parley run` stores for ``paths``, clustered into stories."""
    result = CliRunner().invoke(app, ["--quiet", "run", *map(str, paths), "--db", str(db)])
    assert result.exit_code == 0, result.output
    store = Store(db)
    update_stories(store)
    return store


def loaded_store(output: Path, db: Path) -> Store:
    result = CliRunner().invoke(app, ["--quiet", "load", str(output), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return Store(db)


def table(store: Store, name: str) -> list[tuple]:
    return store.connection.execute(f"SELECT * EXCLUDE (article_id), article_id FROM {name} ORDER BY ALL"
                                    if name in RECORD_TABLES else f"SELECT * FROM {name} ORDER BY ALL").fetchall()


def assert_same_stories(single: Store, loaded: Store) -> None:
    articles = "SELECT id, story_id, title, url, published FROM articles ORDER BY id"
    assert loaded.connection.execute(articles).fetchall() == single.connection.execute(articles).fetchall()
    for name in RECORD_TABLES + STORY_TABLES:
        assert table(loaded, name) == table(single, name), name


def read_output(output: Path) -> list[dict]:
    rows = duckdb.sql(f"SELECT * FROM read_parquet('{output}/published_month=*/*.parquet', "
                      "hive_partitioning = true) ORDER BY id").fetchall()
    names = [*RECORD_KEYS, runner.MONTH_COLUMN]
    return [dict(zip(names, row)) for row in rows]


def test_the_parquet_schema_is_the_record_contract_with_nested_quotes_and_events():
    schema = runner.record_schema()
    assert schema.fieldNames() == [*RECORD_KEYS, runner.MONTH_COLUMN]
    quote = schema["quotes"].dataType.elementType
    assert quote.fieldNames()[:5] == ["id", "kind", "start", "end", "text"]
    assert quote["cue"].dataType.fieldNames() == ["start", "end", "text"]
    event = schema["events"].dataType.elementType
    assert event["source"].dataType.fieldNames() == ["text", "start", "end", "name", "code", "country", "sector"]
    assert event["goldstein"].dataType.typeName() == "double"


def test_articles_are_written_by_publication_month_in_the_record_contract(job):
    output, summary = job
    rows = read_output(output)
    assert summary.articles == len(rows) == 6
    assert {row[runner.MONTH_COLUMN] for row in rows} == set(summary.months) >= {"2020-11", "undated"}
    assert all(row[runner.MONTH_COLUMN] == (row["published"] or "undated")[:7] for row in rows)
    records = [Article.from_dict(row).to_dict() for row in rows]
    assert any(q["speaker_name"] == "Le Yucheng" for r in records for q in r["quotes"])
    assert any(e["source"]["code"] for r in records for e in r["events"])


def test_failed_warc_records_go_to_the_errors_output_with_path_offset_and_reason(job, inputs):
    output, summary = job
    errors = duckdb.sql(f"SELECT path, \"offset\", reason FROM read_parquet('{output}/_errors/*.parquet')").fetchall()
    assert summary.errors == len(errors) == 1
    ((path, offset, reason),) = errors
    assert path == str(inputs / "crawl.warc") and offset > 0 and "truncated" in reason


def test_non_html_records_are_skipped_and_counted(job):
    _, summary = job
    assert summary.skipped == {"content type image/png": 1, "request record": 3, "warcinfo record": 1}
    written = json.loads((job[0] / runner.SUMMARY_FILE).read_text())
    assert written["skipped"] == summary.skipped


def test_the_model_is_loaded_once_per_worker_process_not_once_per_partition(job):
    _, summary = job
    assert summary.partitions == 6
    assert 1 <= summary.worker_processes <= 2
    assert summary.model_loads == summary.worker_processes


def test_loaded_output_gives_the_stories_of_parley_run_on_the_same_input(job, inputs, tmp_path):
    output, _ = job
    with single_machine_store([inputs], tmp_path / "single.duckdb") as single, \
            loaded_store(output, tmp_path / "loaded.duckdb") as loaded:
        assert_same_stories(single, loaded)
        assert loaded.count("ingest_errors") == 1


def test_loading_the_same_output_again_changes_nothing(job, tmp_path):
    output, _ = job
    loaded_store(output, tmp_path / "twice.duckdb").close()
    with loaded_store(output, tmp_path / "twice.duckdb") as store:
        assert store.count("articles") == 6 and store.count("ingest_errors") == 1


def synthetic_records(seed: int = 7) -> list[dict]:
    """A few hundred short articles from the seeds' paragraphs: events reported by several outlets, and singles."""
    rng = random.Random(seed)
    paragraphs = [p for name in ("000", "001", "002", "003", "004") for p in seed_paragraphs(name)]
    records = []
    for event in range(60):
        start, day = rng.randrange(len(paragraphs) - 3), rng.randrange(1, 28)
        month = f"{rng.randrange(2019, 2025)}-{rng.randrange(1, 13):02d}"
        for outlet in range(rng.randrange(1, 5)):
            records.append({
                "id": f"event-{event}-{outlet}", "outlet": f"outlet {outlet}", "title": f"Report {event}",
                "published": f"{month}-{min(day + outlet, 28):02d}", "url": f"https://o{outlet}.example/{event}",
                "text": "\n".join(paragraphs[start + rng.randrange(2):][:2 + rng.randrange(2)]),
            })
    while len(records) < 240:
        records.append({"id": f"single-{len(records)}", "text": "\n".join(rng.sample(paragraphs, 2)),
                        "published": f"{rng.randrange(2019, 2025)}-{rng.randrange(1, 13):02d}-15"})
    return records


def test_a_few_hundred_articles_read_from_parquet_give_the_stories_of_parley_run_on_jsonl(spark, tmp_path):
    records = [*synthetic_records(), {"id": "no-text", "title": "A record without text"}]
    jsonl = tmp_path / "corpus.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    parquet = tmp_path / "corpus.parquet"
    duckdb.sql(f"COPY (SELECT * FROM read_json_auto('{jsonl}')) TO '{parquet}' (FORMAT parquet)")
    summary = runner.run_job(spark, [str(parquet)], tmp_path / "out")
    assert summary.articles == len(records) - 1 and summary.errors == 1
    ((path,),) = duckdb.sql(f"SELECT path FROM read_parquet('{tmp_path}/out/_errors/*.parquet')").fetchall()
    assert path.endswith("corpus.parquet")
    with single_machine_store([jsonl], tmp_path / "single.duckdb") as single, \
            loaded_store(tmp_path / "out", tmp_path / "loaded.duckdb") as loaded:
        assert_same_stories(single, loaded)
        sizes = Counter(row[0] for row in table(loaded, "story_members"))
        assert len(sizes) > 20 and max(sizes.values()) > 1


def test_a_retried_task_and_a_rerun_job_do_not_duplicate_rows(spark, tmp_path):
    rows = [runner.article_row(Article(id=f"a{i}", text=f"Text {i}.", published=f"2020-0{1 + i % 3}-01"))
            for i in range(40)]

    def fail_first_attempt(partition):
        from pyspark import TaskContext

        yield from partition
        context = TaskContext.get()
        if context.partitionId() == 0 and context.attemptNumber() == 0:
            raise RuntimeError("task lost after writing its rows")

    flaky = spark.sparkContext.parallelize(rows, 2).mapPartitions(fail_first_attempt)
    for _ in range(2):
        runner.write_articles(spark.createDataFrame(flaky, runner.record_schema()), str(tmp_path / "out"))
    ids = [row["id"] for row in read_output(tmp_path / "out")]
    assert sorted(ids) == sorted(row["id"] for row in rows)
