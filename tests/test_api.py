"""The HTTP API on the seeds: every endpoint, its filters and paging, 4xx for bad requests, ingest behind a token."""

import shutil
import subprocess
import sys
import threading
import warnings
from datetime import date
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parley import pipeline
from parley.api import create_app, queries
from parley.api.app import warm_records
from parley.api.cache import RecordCache
from parley.api.gate import StoreBusy, StoreGate
from parley.api.schemas import Filters
from parley.ingest import read_inputs
from parley.records import RECORD_KEYS, Article
from parley.store import Store, StoreError
from parley.stories import update_stories

with warnings.catch_warnings():
    warnings.simplefilter("ignore", UserWarning)  # Starlette 1.10 asks for httpx2 for its TestClient
    from fastapi.testclient import TestClient

TOKEN = "test-token-123"
SVG_NAMESPACE = "http://www.w3.org/2000/svg"  # a name, not a location: nothing is fetched from it
SCRIPT_ARTICLE = (
    "BEIJING, Nov. 5 (Wire) -- Foreign ministry spokesman Wang Wenbin said: \"We <script>window.pwned=1</script> "
    "hope the <b>United States</b> will work with China.\" He spoke at a regular press briefing in Beijing."
)


@pytest.fixture(scope="module")
def seeds_db(nlp, examples_dir, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("api") / "seeds.duckdb"
    articles = [item for item in read_inputs([str(examples_dir)]) if isinstance(item, Article)]
    with Store(path) as store:
        store.write(list(pipeline.process(articles, nlp=nlp)))
        update_stories(store)
    return path


@pytest.fixture(scope="module")
def client(seeds_db) -> TestClient:
    with TestClient(create_app(seeds_db)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def seed_ids(seeds_db) -> dict[str, str]:
    """Seed number ("000") -> article id."""
    with Store(seeds_db, read_only=True) as store:
        rows = store.connection.execute("SELECT id, source FROM articles").fetchall()
    return {Path(source).name[:3]: article_id for article_id, source in rows}


def get_json(client: TestClient, url: str, **params) -> dict:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def all_pages(client: TestClient, url: str, limit: int, **params) -> list[dict]:
    items, cursor = [], None
    while True:
        page = get_json(client, url, limit=limit, **({"cursor": cursor} if cursor else {}), **params)
        items += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return items


def test_statements_by_speaker_have_mentions_in_000_and_002_with_true_offsets(client, seed_ids):
    items = get_json(client, "/api/statements", speaker="le yucheng", limit=200)["items"]
    assert items and all(item["speaker_name"] == "Le Yucheng" for item in items)
    mentioned = {m["article_id"] for item in items for m in item["mentions"]}
    assert {seed_ids["000"], seed_ids["002"]} <= mentioned
    texts = {i: get_json(client, f"/api/articles/{i}")["text"] for i in mentioned}
    for item in items:
        for mention in item["mentions"]:
            assert texts[mention["article_id"]][mention["start"]:mention["end"]] == mention["text"]


def test_statements_filtered_by_dyad_cameo_and_quad_class_have_a_matching_event(client):
    items = get_json(client, "/api/statements", source="CHN", target="usa", cameo="02", quad_class=1)["items"]
    assert items
    for item in items:
        assert any(
            e["source_country"] == "CHN" and e["target_country"] == "USA" and e["cameo"].startswith("02")
            and e["quad_class"] == 1
            for e in item["events"]
        )


def test_statements_date_range_keeps_only_dated_statements_inside_it(client):
    items = get_json(client, "/api/statements", **{"from": "2020-11-05", "to": "2020-11-05"})["items"]
    assert items and {item["date"] for item in items} == {"2020-11-05"}
    assert get_json(client, "/api/statements", **{"from": "2021-01-01", "to": "2023-12-31"})["items"] == []


def test_statements_text_search_is_case_insensitive_and_literal(client):
    items = get_json(client, "/api/statements", text="WIN-WIN")["items"]
    assert items and all(
        "win-win" in (item["text"] + " ".join(m["text"] for m in item["mentions"])).lower() for item in items
    )
    assert get_json(client, "/api/statements", text="%")["items"] == []


@pytest.mark.parametrize("url", ["/api/statements", "/api/events", "/api/actors"])
def test_paging_with_a_cursor_visits_every_item_once_in_a_stable_order(client, url):
    everything = get_json(client, url, limit=200)["items"]
    paged = all_pages(client, url, limit=3)
    assert [item["id" if url != "/api/actors" else "code"] for item in paged] == [
        item["id" if url != "/api/actors" else "code"] for item in everything
    ]
    assert len(everything) > 3


def test_statements_and_events_come_oldest_first_and_undated_last(client):
    for url in ("/api/statements", "/api/events"):
        dates = [item["date"] for item in get_json(client, url, limit=200)["items"]]
        dated = [d for d in dates if d is not None]
        assert dated == sorted(dated)
        assert dates == dated + [None] * (len(dates) - len(dated))


def test_events_filters_apply_to_the_consolidated_event_itself(client):
    items = get_json(client, "/api/events", source="CHNGOV", target="USA", quad_class=1, limit=200)["items"]
    assert items
    for item in items:
        assert item["source_code"].startswith("CHNGOV") and "USA" in (item["target_country"], item["target_code"])
        assert item["quad_class"] == 1 and item["cameo_description"]
        assert item["mentions"] and all(m["end"] > m["start"] for m in item["mentions"])
    speaker_items = get_json(client, "/api/events", speaker="Le Yucheng", limit=200)["items"]
    assert speaker_items and all(item["statement_id"] for item in speaker_items)


def test_story_of_the_briefing_has_000_and_002_side_by_side_with_consolidated_statements(client, seed_ids):
    story_id = get_json(client, f"/api/articles/{seed_ids['000']}")["story_id"]
    story = get_json(client, f"/api/stories/{story_id}")
    assert {a["id"] for a in story["articles"]} == {seed_ids["000"], seed_ids["002"]}
    assert all(tuple(a) == RECORD_KEYS for a in story["articles"])
    shared = [
        s for s in story["statements"]
        if s["speaker_name"] == "Le Yucheng" and {m["article_id"] for m in s["mentions"]} >= {seed_ids["000"],
                                                                                             seed_ids["002"]}
    ]
    assert shared and all(s["articles"] == 2 for s in shared)
    assert story["events"] and all(e["story_id"] == story_id for e in story["events"])
    assert story["other_articles"] == []


def test_story_sends_only_the_first_articles_whole_and_names_the_others(client, seed_ids):
    story_id = get_json(client, f"/api/articles/{seed_ids['000']}")["story_id"]
    whole = get_json(client, f"/api/stories/{story_id}")
    story = get_json(client, f"/api/stories/{story_id}", articles=1)
    assert [a["id"] for a in story["articles"]] == [whole["articles"][0]["id"]]
    assert [a["id"] for a in story["other_articles"]] == [whole["articles"][1]["id"]]
    assert set(story["other_articles"][0]) == {"id", "url", "outlet", "title", "published"}
    assert story["statements"] == whole["statements"] and story["near_duplicates"] == whole["near_duplicates"]


def test_article_is_the_record_contract_with_spans_into_its_text(client, seed_ids):
    article = get_json(client, f"/api/articles/{seed_ids['002']}")
    assert tuple(article) == RECORD_KEYS
    assert article["quotes"] and article["events"]
    for quote in article["quotes"]:
        assert article["text"][quote["start"]:quote["end"]] == quote["text"]
        if quote["speaker"]:
            assert article["text"][quote["speaker"]["start"]:quote["speaker"]["end"]] == quote["speaker"]["text"]


@pytest.mark.parametrize("url", ["/api/articles/nope", "/api/stories/nope", "/api/actors/XYZQQ"])
def test_unknown_ids_are_404_with_a_message(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "nope" in response.json()["detail"] or "XYZQQ" in response.json()["detail"]


def test_timeline_chn_usa_by_month_has_2020_11_and_nothing_in_2021_to_2023(client):
    result = get_json(client, "/api/timeline", source="CHN", target="USA", by="month")
    (direction,) = result["directions"]
    labels = [period["label"] for period in direction["periods"]]
    assert "2020-11" in labels
    assert not any(label[:4] in ("2021", "2022", "2023") for label in labels)
    november = direction["periods"][labels.index("2020-11")]
    assert november["stories"] and sum(s["events"] for s in november["stories"]) == len(november["events"])
    assert all(event["story_id"] for event in november["events"] + direction["undated"])


def test_timeline_both_gives_the_two_directions(client):
    result = get_json(client, "/api/timeline", source="chn", target="usa", both="true")
    assert [(d["source"], d["target"]) for d in result["directions"]] == [("CHN", "USA"), ("USA", "CHN")]


def test_actors_search_finds_codes_by_a_speaker_name(client):
    items = get_json(client, "/api/actors", q="yucheng")["items"]
    assert [item["code"] for item in items] == ["CHNGOV"]
    assert "Le Yucheng" in items[0]["names"]


def test_actor_profile_says_what_it_said_to_whom_over_time(client):
    profile = get_json(client, "/api/actors/chn")
    assert profile["code"] == "CHN"
    assert "Le Yucheng" in [speaker["name"] for speaker in profile["speakers"]]
    assert any((target["target"] or "").startswith("USA") for target in profile["targets"])
    assert "2020-11" in [month["month"] for month in profile["months"]]


@pytest.mark.parametrize(("url", "params", "status", "words"), [
    ("/api/statements", {"speakr": "Le"}, 422, "'speakr'"),
    ("/api/events", {"date_from": "2020-01-01"}, 422, "'date_from'"),
    ("/api/statements", {"from": "2020-02-30"}, 422, "'from'"),
    ("/api/events", {"to": "yesterday"}, 422, "'to'"),
    ("/api/statements", {"from": "2021-01-01", "to": "2020-01-01"}, 422, "after"),
    ("/api/statements", {"limit": "0"}, 422, "'limit'"),
    ("/api/events", {"limit": "201"}, 422, "'limit'"),
    ("/api/statements", {"limit": "ten"}, 422, "'limit'"),
    ("/api/statements", {"quad_class": "5"}, 422, "'quad_class'"),
    ("/api/statements", {"cameo": "0x"}, 422, "'cameo'"),
    ("/api/statements", {"source": "CHN'; DROP TABLE statements; --"}, 422, "'source'"),
    ("/api/timeline", {"by": "year"}, 422, "'by'"),
    ("/api/timeline", {"from": "2021-01-01", "to": "2020-01-01"}, 422, "after"),
    ("/api/timeline", {"source": "CHN", "dyad": "x"}, 422, "'dyad'"),
    ("/api/actors", {"q": ""}, 422, "'q'"),
    ("/api/stories/x", {"articles": "0"}, 422, "'articles'"),
    ("/api/actors/C1N", {}, 422, "'code'"),
    ("/api/statements", {"cursor": "not-a-cursor"}, 400, "cursor"),
])
def test_bad_requests_get_a_4xx_naming_the_problem(client, url, params, status, words):
    response = client.get(url, params=params)
    assert response.status_code == status
    assert words in response.json()["detail"]


def test_a_cursor_of_another_endpoint_is_a_400(client):
    actors_cursor = get_json(client, "/api/actors", limit=1)["next_cursor"]
    assert client.get("/api/statements", params={"cursor": actors_cursor}).status_code == 400


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.sampled_from(["speaker", "source", "target", "cameo", "quad_class", "from", "to", "text", "limit",
                          "cursor", "q", "by", "both"]),
    value=st.text(max_size=40),
    url=st.sampled_from(["/api/statements", "/api/events", "/api/actors", "/api/timeline"]),
)
def test_no_query_value_makes_the_server_fail(client, name, value, url):
    response = client.get(url, params={name: value})
    assert response.status_code < 500, response.text


def test_values_reach_sql_only_as_parameters(client, seeds_db):
    hostile = "x' OR '1'='1"
    assert get_json(client, "/api/statements", speaker=hostile)["items"] == []
    assert get_json(client, "/api/events", text="'); DELETE FROM statements; --")["items"] == []
    assert client.get("/api/stories/' OR 1=1 --").status_code == 404
    assert get_json(client, "/api/statements", limit=200)["items"]


def test_the_server_holds_the_store_read_only(client, seeds_db):
    """Other processes may read the file while the server runs, but none may write it.

    (The file is only stat-ed here: opening and closing it in this process would drop the
    process's POSIX lock on it, which is how DuckDB's lock works.)
    """
    before = seeds_db.stat()
    get_json(client, "/api/statements")
    probe = (
        "import duckdb, sys\n"
        "duckdb.connect(sys.argv[1], read_only=True).execute('SELECT count(*) FROM articles').fetchone()\n"
        "try:\n    duckdb.connect(sys.argv[1])\nexcept duckdb.Error:\n    sys.exit(7)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe, str(seeds_db)], capture_output=True, timeout=60)
    assert result.returncode == 7, result.stderr
    after = seeds_db.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)


def test_a_missing_store_is_refused_at_start(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        create_app(tmp_path / "absent.duckdb")


def test_ingest_needs_allow_ingest_and_a_token(seeds_db, tmp_path):
    with pytest.raises(ValueError, match="PARLEY_TOKEN"):
        create_app(seeds_db, allow_ingest=True)
    with TestClient(create_app(seeds_db)) as closed:
        assert closed.post("/api/articles", content=SCRIPT_ARTICLE, headers={
            "Content-Type": "text/plain", "Authorization": f"Bearer {TOKEN}"}).status_code == 403
    copy = tmp_path / "copy.duckdb"
    shutil.copy(seeds_db, copy)
    with TestClient(create_app(copy, allow_ingest=True, token=TOKEN)) as open_client:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}):
            response = open_client.post("/api/articles", content=SCRIPT_ARTICLE,
                                        headers={"Content-Type": "text/plain", **headers})
            assert response.status_code == 401
            assert response.headers["www-authenticate"] == "Bearer"


def test_ingest_with_the_token_stores_the_article_and_reads_go_on(seeds_db, tmp_path):
    copy = tmp_path / "copy.duckdb"
    shutil.copy(seeds_db, copy)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(create_app(copy, allow_ingest=True, token=TOKEN)) as test_client:
        assert test_client.post("/api/articles", content="x", headers={**auth, "Content-Type": "image/png"}
                                ).status_code == 415
        assert get_json(test_client, "/api/statements", text="pwned")["items"] == []
        response = test_client.post("/api/articles", content=SCRIPT_ARTICLE.encode(),
                                    headers={**auth, "Content-Type": "text/plain; charset=utf-8"})
        assert response.status_code == 200, response.text
        (stored,) = response.json()["articles"]
        assert stored["outcome"] == "added" and stored["story_id"]
        article = get_json(test_client, f"/api/articles/{stored['id']}")
        assert "<script>window.pwned=1</script>" in article["text"]
        assert get_json(test_client, f"/api/stories/{stored['story_id']}")["articles"][0]["id"] == stored["id"]
        assert get_json(test_client, "/api/statements", text="pwned")["items"], "an answer from before the ingest"
        again = test_client.post("/api/articles", content=SCRIPT_ARTICLE.encode(),
                                 headers={**auth, "Content-Type": "text/plain"})
        assert again.json()["articles"][0]["outcome"] == "unchanged"
        bad = test_client.post("/api/articles", content=b'{"title": "no text"}\n',
                               headers={**auth, "Content-Type": "application/x-ndjson"})
        assert bad.status_code == 422 and "text" in bad.json()["detail"]


def test_record_cache_builds_only_the_records_it_does_not_hold():
    built = []

    def build(ids):
        built.append(list(ids))
        return {i: f"record {i}" for i in ids if i != "gone"}

    records = RecordCache(generation=lambda: 0)
    assert records.get("statement", ["a", "b"], build) == {"a": "record a", "b": "record b"}
    assert records.get("statement", ["b", "c", "gone"], build) == {"b": "record b", "c": "record c"}
    assert records.get("event", ["a"], build) == {"a": "record a"}
    assert built == [["a", "b"], ["c", "gone"], ["a"]]


def test_record_cache_forgets_everything_when_the_store_changes():
    generation = [0]
    records = RecordCache(generation=lambda: generation[0])
    records.get("statement", ["a"], lambda ids: {"a": "old"})
    generation[0] += 1
    assert records.get("statement", ["a"], lambda ids: {"a": "new"}) == {"a": "new"}


def test_record_cache_keeps_at_most_its_bound_dropping_the_least_recently_used():
    records = RecordCache(generation=lambda: 0, max_weight=2)
    every = {i: i.upper() for i in "abc"}
    records.get("statement", ["a", "b"], lambda ids: {i: every[i] for i in ids})
    records.get("statement", ["a"], lambda ids: {})
    records.get("statement", ["c"], lambda ids: {i: every[i] for i in ids})
    rebuilt = []
    records.get("statement", ["a", "b", "c"], lambda ids: rebuilt.extend(ids) or {i: every[i] for i in ids})
    assert rebuilt == ["b"]


def test_record_cache_weighs_each_record_as_its_kind_says():
    records = RecordCache(generation=lambda: 0, max_weight=3)
    records.get("dyad", ["CHN>USA"], lambda ids: {"CHN>USA": [1, 2, 3]}, weight=len)
    records.get("dyad", ["USA>CHN"], lambda ids: {"USA>CHN": [4]}, weight=len)
    rebuilt = []
    records.get("dyad", ["CHN>USA"], lambda ids: rebuilt.extend(ids) or {"CHN>USA": [1, 2, 3]}, weight=len)
    assert rebuilt == ["CHN>USA"]


def test_warming_assembles_the_latest_statements_and_events_before_anyone_asks(seeds_db):
    gate = StoreGate(seeds_db)
    records = RecordCache(generation=lambda: gate.generation)
    warm_records(gate, records, threading.Event())
    with gate.reading() as store:
        statement_ids = queries.latest_ids(store.connection, "statements", 1000)
        event_ids = queries.latest_ids(store.connection, "consolidated_events", 1000)
    gate.close()

    def never(ids):
        raise AssertionError(f"not warmed: {ids}")

    assert statement_ids and event_ids
    assert set(records.get("statement", statement_ids, never)) == set(statement_ids)
    assert set(records.get("event", event_ids, never)) == set(event_ids)


def test_warming_stops_when_asked(seeds_db):
    gate = StoreGate(seeds_db)
    records = RecordCache(generation=lambda: gate.generation)
    stopping = threading.Event()
    stopping.set()
    warm_records(gate, records, stopping)
    gate.close()
    built = []
    records.get("statement", ["any"], lambda ids: built.extend(ids) or {})
    assert built == ["any"]


DAYS = st.dates(min_value=date(2020, 1, 1), max_value=date(2020, 1, 12))


@settings(max_examples=60, deadline=None)
@given(
    days=st.lists(st.one_of(st.none(), DAYS), max_size=25),
    date_from=st.one_of(st.none(), DAYS), date_to=st.one_of(st.none(), DAYS), limit=st.integers(1, 6),
)
def test_pages_cut_from_kept_matches_are_the_pages_the_database_gives(days, date_from, date_to, limit):
    connection = duckdb.connect()
    connection.execute("CREATE TABLE consolidated_events (id VARCHAR, date DATE)")
    for number, day in enumerate(days):
        connection.execute("INSERT INTO consolidated_events VALUES (?, ?)", [f"e{number}", day])
    if date_from and date_to and date_from > date_to:
        date_from, date_to = date_to, date_from

    def walk(kept_matches: int) -> list[tuple[list[str], str | None]]:
        records, pages, cursor = RecordCache(generation=lambda: 0), [], None
        while True:
            filters = Filters.model_validate({"from": date_from, "to": date_to, "limit": limit, "cursor": cursor})
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(queries, "MAX_KEPT_MATCHES", kept_matches)
                ids, cursor = queries._page_ids(connection, records, "consolidated_events", "e", [], [], filters)
            pages.append((ids, cursor))
            if cursor is None:
                return pages

    assert walk(kept_matches=1000) == walk(kept_matches=-1)


def test_dashboard_is_served_with_a_strict_content_security_policy_and_no_outside_assets(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "script-src 'self'" in page.headers["content-security-policy"]
    static = Path(__file__).resolve().parent.parent / "src" / "parley" / "api" / "static"
    for asset in static.iterdir():
        response = client.get(f"/static/{asset.name}")
        assert response.status_code == 200
        text = response.text.replace(SVG_NAMESPACE, "")
        assert "http://" not in text and "https://" not in text and "//cdn" not in text


def test_openapi_schema_documents_every_endpoint(client):
    paths = get_json(client, "/api/openapi.json")["paths"]
    assert {"/api/statements", "/api/events", "/api/stories/{story_id}", "/api/articles/{article_id}",
            "/api/timeline", "/api/actors", "/api/actors/{code}", "/api/articles"} <= set(paths)
    assert "post" in paths["/api/articles"]


def test_readers_wait_for_a_write_and_then_see_it_or_give_up_with_store_busy(seeds_db, tmp_path):
    copy = tmp_path / "copy.duckdb"
    shutil.copy(seeds_db, copy)
    gate = StoreGate(copy, wait_seconds=0.2)
    outcome = []
    with gate.writing() as store:
        store.report_error("test", None, "written while readers wait")
        reader = threading.Thread(target=lambda: outcome.append(read_errors(gate)))
        reader.start()
        reader.join()
    assert isinstance(outcome[0], StoreBusy)
    assert read_errors(gate) == 1 and gate.generation == 1
    gate.close()


def read_errors(gate: StoreGate) -> int | StoreBusy:
    try:
        with gate.reading() as store:
            return store.connection.execute("SELECT count(*) FROM ingest_errors").fetchone()[0]
    except StoreBusy as busy:
        return busy


def test_an_ingest_while_another_process_reads_the_file_is_a_503(seeds_db, tmp_path):
    copy = tmp_path / "copy.duckdb"
    shutil.copy(seeds_db, copy)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=True);"
         " print('open', flush=True); time.sleep(60)", str(copy)],
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout.readline().strip() == b"open"
        with TestClient(create_app(copy, allow_ingest=True, token=TOKEN)) as test_client:
            response = test_client.post("/api/articles", content=SCRIPT_ARTICLE.encode(), headers={
                "Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"})
            assert response.status_code == 503 and "lock" in response.json()["detail"]
            assert get_json(test_client, "/api/statements", limit=1)["items"]
    finally:
        holder.kill()
        holder.wait()


def test_parley_serve_refuses_allow_ingest_without_a_token(seeds_db, monkeypatch):
    from typer.testing import CliRunner

    from parley.cli.app import UserError, app

    monkeypatch.delenv("PARLEY_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", "--db", str(seeds_db), "--allow-ingest"])
    assert isinstance(result.exception, UserError) and "PARLEY_TOKEN" in str(result.exception)
