"""The `parley` command end to end on the bundled examples and on bad input."""

import json
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from parley.cli import app
from parley.cli.articles import actor_label
from parley.records import RECORD_KEYS, Actor, Article
from parley.store import Store

runner = CliRunner()
PARLEY = [sys.executable, "-c", "from parley.cli import main; main()"]


def invoke(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, examples_dir):
    db = tmp_path_factory.mktemp("demo") / "parley.duckdb"
    result = invoke("run", str(examples_dir), "--db", str(db))
    assert result.exit_code == 0, result.output
    return db


def test_extract_streams_one_record_per_article_in_the_contract(examples_dir):
    result = invoke("extract", str(examples_dir))
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 5
    for record in records:
        assert tuple(record) == RECORD_KEYS
        for entity in record["entities"]:
            assert record["text"][entity["start"]:entity["end"]] == entity["text"]


def test_extract_reads_jsonl_from_stdin():
    line = json.dumps({"id": "s1", "text": "Xi Jinping met Joe Biden in Woodside.", "outlet": "Wire"})
    result = invoke("extract", "-", input=line + "\n")
    record = json.loads(result.stdout)
    assert record["id"] == "s1" and record["outlet"] == "Wire"
    assert "Joe Biden" in {e["text"] for e in record["entities"] if e["label"] == "PERSON"}


def test_run_stores_the_five_examples_with_titles_and_stated_dates(demo_db):
    result = invoke("articles", "--db", str(demo_db), "--json")
    rows = json.loads(result.stdout)
    assert len(rows) == 5
    assert sum(1 for row in rows if row["title"]) >= 4
    assert {"2020-11-05", "2020-11-09"} <= {row["published"] for row in rows}


def test_human_readable_listing_shows_titles(demo_db):
    result = runner.invoke(app, ["articles", "--db", str(demo_db)], env={"COLUMNS": "200"})
    assert "China Declines to Formally Recognize Biden Win" in result.stdout
    assert "2020-11-09" in result.stdout


def test_running_the_same_input_twice_adds_nothing(demo_db, examples_dir):
    before = duckdb.connect(str(demo_db), read_only=True)
    counts = [before.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "entities")]
    before.close()
    result = invoke("run", str(examples_dir), "--db", str(demo_db))
    assert "5 unchanged" in result.stderr
    after = duckdb.connect(str(demo_db), read_only=True)
    assert [after.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "entities")] == counts
    after.close()


def test_show_prints_an_article_by_unique_id_prefix(demo_db):
    ids = [row["id"] for row in json.loads(invoke("articles", "--db", str(demo_db), "--json").stdout)]
    result = invoke("show", ids[0][:6], "--db", str(demo_db), "--json")
    assert json.loads(result.stdout)["id"] == ids[0]


def test_articles_and_show_name_the_learned_tagger_that_found_the_quotes(tmp_path):
    db = tmp_path / "parley.duckdb"
    with Store(db) as store:
        store.write([Article(id="by-rules", text="Le said so.")])
        store.write([Article(id="by-tagger", text="Wang said so.")], quote_tagger="0123abcd")
    listing = runner.invoke(app, ["articles", "--db", str(db)], env={"COLUMNS": "200"}).stdout
    assert "quotes found by" in listing and "rules + tagger 0123abcd" in listing
    assert "(found by rules)" in invoke("show", "by-rules", "--db", str(db)).stdout
    assert "(found by rules + tagger 0123abcd)" in invoke("show", "by-tagger", "--db", str(db)).stdout
    rows = json.loads(invoke("articles", "--db", str(db), "--json").stdout)
    assert {row["id"]: row["quote_tagger"] for row in rows} == {"by-rules": None, "by-tagger": "0123abcd"}


def test_articles_found_by_the_rules_alone_need_no_tagger_column(demo_db):
    listing = runner.invoke(app, ["articles", "--db", str(demo_db)], env={"COLUMNS": "200"}).stdout
    assert "quotes found by" not in listing


@pytest.mark.parametrize(("actor", "label"), [
    (Actor(text="Xi Jinping", start=0, end=10, code="CHNGOV", country="CHN"), "CHNGOV"),
    (Actor(text="demonstrators", start=0, end=13, country="USA"), "demonstrators [USA]"),
    (Actor(text="", start=5, end=5, country="USA"), "[USA]"),
    (Actor(text="Potential for Cooperation", start=0, end=25), "Potential for Cooperation"),
])
def test_show_labels_an_uncoded_actor_by_its_words_and_country(actor, label):
    assert actor_label(actor) == label


def test_show_unknown_id_is_a_one_line_error_without_traceback(demo_db):
    completed = subprocess.run([*PARLEY, "show", "nope", "--db", str(demo_db)], capture_output=True, text=True)
    assert completed.returncode == 2
    assert "matches no article" in completed.stderr
    assert "Traceback" not in completed.stderr


def test_export_jsonl_gives_back_the_records(demo_db, tmp_path):
    target = tmp_path / "out.jsonl"
    invoke("export", "--format", "jsonl", "--db", str(demo_db), "-o", str(target))
    records = [json.loads(line) for line in target.read_text().splitlines()]
    assert len(records) == 5 and all(tuple(r) == RECORD_KEYS for r in records)


def test_export_parquet_and_csv_tables(demo_db, tmp_path):
    invoke("export", "--format", "parquet", "--table", "articles", "--db", str(demo_db), "-o", str(tmp_path / "a.parquet"))
    assert duckdb.connect().execute(f"SELECT count(*) FROM '{tmp_path / 'a.parquet'}'").fetchone()[0] == 5
    invoke("export", "--format", "csv", "--table", "entities", "--db", str(demo_db), "-o", str(tmp_path / "e.csv"))
    assert (tmp_path / "e.csv").read_text().startswith("article_id,position,start,end,text,label")


def test_export_rejects_an_unknown_table(demo_db):
    completed = subprocess.run(
        [*PARLEY, "export", "--format", "csv", "--table", "nope", "--db", str(demo_db)], capture_output=True, text=True
    )
    assert completed.returncode == 2 and "unknown table" in completed.stderr


def write_bad_inputs(folder: Path) -> None:
    (folder / "good.txt").write_text("Peace talks resumed\n\nThe envoy said the talks went well.\n", "utf-8")
    (folder / "empty.txt").write_text("", "utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 binary \x00")
    (folder / "latin1.txt").write_bytes("Le Yucheng a déclaré".encode("latin-1"))
    (folder / "nobody.html").write_text("<html><body><nav>Home</nav></body></html>", "utf-8")
    (folder / "feed.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Wang said Beijing would follow international practice."}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "j3", "text": "Xi said China wants stable ties."}) + "\n",
        "utf-8",
    )


def test_bad_inputs_are_reported_one_line_each_and_the_run_goes_on(tmp_path):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    write_bad_inputs(inputs)
    db = tmp_path / "bad.duckdb"
    completed = subprocess.run([*PARLEY, "run", str(inputs), "--db", str(db)], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
    assert "Traceback" not in completed.stderr
    errors = [line for line in completed.stderr.splitlines() if line.startswith("error")]
    assert len(errors) == 5
    for name in ("empty.txt", "binary.txt", "latin1.txt", "nobody.html", "feed.jsonl:2"):
        assert any(name in line for line in errors), name
    assert "3 articles processed (3 added), 5 inputs failed" in completed.stderr
    connection = duckdb.connect(str(db), read_only=True)
    assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    assert connection.execute("SELECT count(*) FROM ingest_errors").fetchone()[0] == 5


def test_strict_makes_any_failure_exit_non_zero(tmp_path):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    write_bad_inputs(inputs)
    completed = subprocess.run([*PARLEY, "extract", "--strict", str(inputs)], capture_output=True, text=True)
    assert completed.returncode == 1
    assert len(completed.stdout.splitlines()) == 3


def test_missing_path_is_reported_not_a_traceback(tmp_path):
    completed = subprocess.run([*PARLEY, "extract", str(tmp_path / "nope.txt")], capture_output=True, text=True)
    assert "nope.txt" in completed.stderr and "Traceback" not in completed.stderr


def test_run_killed_mid_way_leaves_whole_articles_and_resumes_without_duplicates(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    sentences = "Le Yucheng said China hopes to work with the United States. " * 10
    with corpus.open("w") as stream:
        for n in range(150):
            stream.write(json.dumps({"id": f"a{n}", "text": f"Article {n}. {sentences}"}) + "\n")
    db = tmp_path / "killed.duckdb"
    wal = Path(str(db) + ".wal")
    command = [*PARLEY, "run", str(corpus), "--db", str(db), "--batch-size", "4"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Kill once the WAL has grown past the schema and then held still: a batch has committed
    # and the next one is being parsed (a WAL write in progress never holds still that long).
    schema_size, last_size, still_since = None, 0, time.monotonic()
    while process.poll() is None:
        size = wal.stat().st_size if wal.exists() else 0
        if size != last_size:
            last_size, still_since = size, time.monotonic()
        elif size and time.monotonic() - still_since > 0.05:
            if schema_size is None:
                schema_size = size
            elif size > schema_size:
                process.kill()
                break
        time.sleep(0.005)
    process.wait()
    assert process.returncode == -9, "the run ended before it could be killed"

    connection = duckdb.connect(str(db), read_only=True)
    stored = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    orphans = connection.execute(
        "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id)"
    ).fetchone()[0]
    connection.close()
    assert 0 < stored < 150
    assert orphans == 0

    completed = subprocess.run(command, capture_output=True, text=True)
    assert completed.returncode == 0
    assert f"{stored} unchanged" in completed.stderr
    connection = duckdb.connect(str(db), read_only=True)
    assert connection.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone() == (150, 150)
    per_article = connection.execute(
        "SELECT min(n), max(n) FROM (SELECT count(*) AS n FROM entities GROUP BY article_id)"
    ).fetchone()
    assert per_article[0] == per_article[1]


def test_export_gdelt_writes_the_gdelt_event_columns(demo_db, tmp_path):
    target = tmp_path / "events.tsv"
    invoke("export", "--format", "gdelt", "--db", str(demo_db), "-o", str(target))
    header, *rows = [line.split("\t") for line in target.read_text().splitlines()]
    assert header[:4] == ["GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name"]
    assert "GoldsteinScale" in header and "SOURCEURL" in header
    assert rows and all(len(row) == len(header) for row in rows)
    dated = {row[header.index("SQLDATE")] for row in rows} - {""}
    assert "20201105" in dated


def test_run_assigns_every_article_to_a_story(demo_db):
    connection = duckdb.connect(str(demo_db), read_only=True)
    assert connection.execute("SELECT count(*) FROM articles WHERE story_id IS NULL").fetchone()[0] == 0
    connection.close()


def test_timeline_by_month_shows_november_2020_and_lists_undated_apart(demo_db, tmp_path):
    result = invoke("timeline", "CHN", "USA", "--by", "month", "--db", str(demo_db), "--plot", str(tmp_path / "t.png"))
    assert result.exit_code == 0
    assert "2020-11" in result.stdout
    assert not any(f"{year}-" in result.stdout for year in ("2021", "2022", "2023"))
    assert "undated" in result.stdout
    assert (tmp_path / "t.png").read_bytes().startswith(b"\x89PNG")


def test_timeline_rejects_a_bad_date_with_one_line(demo_db):
    completed = subprocess.run(
        [*PARLEY, "timeline", "CHN", "USA", "--from", "last week", "--db", str(demo_db)], capture_output=True, text=True
    )
    assert completed.returncode == 2 and "--from 'last week' is not a date" in completed.stderr


def test_statements_by_speaker_are_consolidated_across_articles(demo_db):
    result = invoke("statements", "--speaker", "Le Yucheng", "--db", str(demo_db), "--json")
    found = json.loads(result.stdout)
    assert found and all("Le Yucheng" in s["speaker_name"] for s in found)
    assert any(s["articles"] == 2 for s in found)
