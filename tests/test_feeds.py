"""Watching RSS/Atom feeds served from 127.0.0.1: new items stored once, failing feeds retried next round."""

import threading
from collections import Counter
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley import pipeline
from parley.cli import app
from parley.feeds import FetchError, Watcher, parse_duration, read_feed
from parley.pipeline import PipelineConfig
from parley.store import Store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def page(name: str) -> bytes:
    text = next(EXAMPLES.glob(f"{name}_*.txt")).read_text("utf-8")
    title, *paragraphs = [line for line in text.splitlines() if line.strip()]
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f"<html><head><title>{escape(title)}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{escape(title)}</h1>{body}</article></body></html>").encode()


def rss(base: str, *items: tuple[str, str]) -> bytes:
    entries = "".join(f"<item><title>Item</title><link>{base}{path}</link><pubDate>{date}</pubDate></item>"
                      for path, date in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{entries}</channel></rss>'.encode()


def atom(base: str, path: str, updated: str) -> bytes:
    return (f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Agency</title>'
            f'<entry><title>Entry</title><link href="{base}{path}"/><id>{path}</id><updated>{updated}</updated>'
            f"</entry></feed>").encode()


class Site:
    """Feeds and pages on 127.0.0.1; ``failures[path]`` answers 500 that many times first. Counts requests."""

    def __init__(self):
        self.pages: dict[str, tuple[str, bytes]] = {}
        self.failures: Counter[str] = Counter()
        self.requests: Counter[str] = Counter()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                site.requests[self.path] += 1
                if site.failures[self.path] > 0 or self.path not in site.pages:
                    site.failures[self.path] -= 1
                    self.send_error(500 if self.path in site.pages else 404)
                    return
                kind, body = site.pages[self.path]
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def site():
    served = Site()
    base = served.base
    served.pages = {
        "/rss.xml": ("application/rss+xml", rss(base, ("/briefing", "Thu, 05 Nov 2020 10:00:00 GMT"),
                                                ("/spokesman", "Mon, 09 Nov 2020 10:00:00 GMT"))),
        "/atom.xml": ("application/atom+xml", atom(base, "/commerce", "2024-11-07T08:00:00Z")),
        "/late.xml": ("application/rss+xml", rss(base, ("/letter", "Fri, 05 Jan 2024 10:00:00 GMT"))),
        "/briefing": ("text/html; charset=utf-8", page("000")),
        "/spokesman": ("text/html; charset=utf-8", page("001")),
        "/commerce": ("text/html; charset=utf-8", page("003")),
        "/letter": ("text/html; charset=utf-8", page("004")),
    }
    served.failures["/late.xml"] = 1
    yield served
    served.server.shutdown()


def stored(store: Store) -> dict[str, tuple]:
    rows = store.connection.execute("SELECT url, CAST(published AS VARCHAR), story_id FROM articles").fetchall()
    return {url: (published, story) for url, published, story in rows}


def test_new_items_are_stored_with_the_feed_date_and_clustered_into_stories(site, tmp_path):
    with Store(tmp_path / "feeds.duckdb") as store:
        reports = Watcher(store).run_round([f"{site.base}/rss.xml", f"{site.base}/atom.xml"])
        assert [(r.items, r.new, r.stored, r.error) for r in reports] == [(2, 2, 2, None), (1, 1, 1, None)]
        articles = stored(store)
    assert articles[f"{site.base}/briefing"][0] == "2020-11-05"
    assert articles[f"{site.base}/commerce"][0] == "2024-11-07"
    assert all(story for _, story in articles.values())


def test_a_failing_feed_is_reported_and_retried_next_round_without_stopping_the_others(site, tmp_path):
    feeds = [f"{site.base}/late.xml", f"{site.base}/rss.xml"]
    with Store(tmp_path / "feeds.duckdb") as store:
        watcher = Watcher(store)
        first = watcher.run_round(feeds)
        assert "500" in first[0].error and first[1].stored == 2
        second = watcher.run_round(feeds)
        assert second[0].error is None and second[0].stored == 1
        assert len(stored(store)) == 3


def test_items_already_stored_are_not_fetched_again(site, tmp_path):
    with Store(tmp_path / "feeds.duckdb") as store:
        watcher = Watcher(store)
        watcher.run_round([f"{site.base}/rss.xml"])
        again = Watcher(store).run_round([f"{site.base}/rss.xml"])
    assert (again[0].items, again[0].new, again[0].stored) == (2, 0, 0)
    assert site.requests["/briefing"] == 1 and site.requests["/rss.xml"] == 2


def test_a_page_that_fails_is_retried_and_a_page_without_an_article_is_recorded_once(site, tmp_path):
    site.pages["/rss.xml"] = ("application/rss+xml", rss(site.base, ("/briefing", ""), ("/empty", "")))
    site.pages["/empty"] = ("text/html", b"<html><body><a href='/'>Home</a></body></html>")
    site.failures["/briefing"] = 1
    with Store(tmp_path / "feeds.duckdb") as store:
        watcher = Watcher(store)
        first = watcher.run_round([f"{site.base}/rss.xml"])
        second = watcher.run_round([f"{site.base}/rss.xml"])
        assert store.count("ingest_errors") == 1
    assert len(first[0].page_errors) == 2 and second[0].stored == 1 and second[0].page_errors == []
    assert site.requests["/empty"] == 1 and site.requests["/briefing"] == 2


def test_a_feed_is_read_from_a_file_and_a_document_that_is_no_feed_is_an_error(site, tmp_path):
    (tmp_path / "feed.xml").write_bytes(rss(site.base, ("/letter", "Fri, 05 Jan 2024 10:00:00 GMT")))
    with Store(tmp_path / "feeds.duckdb") as store:
        (report,) = Watcher(store).run_round([str(tmp_path / "feed.xml")])
    assert report.stored == 1
    with pytest.raises(FetchError, match="not an RSS or Atom feed"):
        read_feed(b"<html><body>not a feed")


def test_watch_command_runs_the_given_rounds_and_reports_each_feed(site, tmp_path):
    db = tmp_path / "feeds.duckdb"
    result = CliRunner().invoke(app, ["watch", f"{site.base}/late.xml", f"{site.base}/atom.xml",
                                      "--every", "0s", "--rounds", "2", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "round 1" in result.output and "retried next round" in result.output
    assert "round 2: " + f"{site.base}/late.xml: 1 items, 1 new, 1 stored" in result.output
    with Store(db, read_only=True) as store:
        assert store.count("articles") == 2


@pytest.mark.parametrize(("text", "seconds"), [("15m", 900), ("1h30m", 5400), ("45s", 45), ("90", 90)])
def test_durations_are_read_in_hours_minutes_and_seconds(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "15 minutes", "m"])
def test_a_duration_that_is_not_one_is_refused(text):
    with pytest.raises(ValueError):
        parse_duration(text)


def test_a_watcher_processes_pages_with_the_pipeline_config_it_is_given(site, tmp_path, monkeypatch):
    seen = []

    def recording(articles, **options):
        seen.append(options["config"])
        return iter(list(articles))

    monkeypatch.setattr(pipeline, "process", recording)
    (tmp_path / "tagger").mkdir()
    (tmp_path / "tagger" / "config.json").write_text("{}")
    config = PipelineConfig(quote_model=tmp_path / "tagger")
    with Store(tmp_path / "feeds.duckdb") as store:
        Watcher(store, config=config).run_round([f"{site.base}/atom.xml"])
        recorded = store.connection.execute("SELECT quote_tagger FROM articles").fetchall()
    assert seen == [config] and recorded == [(config.quote_tagger,)]
