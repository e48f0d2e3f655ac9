"""RSS and Atom feeds: fetch new items, read their pages, and process them into the store, round after round.

A round reads every feed (a file or an http(s) URL) with feedparser, skips the
items whose URL is already stored, fetches each new item's page, reads it like
any HTML page (the item's link and date win over what the page says), runs the
pipeline, writes the articles and clusters them into stories. A feed or a page
that cannot be fetched is reported and tried again next round; the other feeds
go on. A page that is fetched but holds no article is recorded in the store's
errors once and not fetched again while the watcher runs.
"""

from __future__ import annotations

import re
import time
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import feedparser

from parley import pipeline
from parley.ingest.markup import read_page
from parley.ingest.records import IngestError, one_line
from parley.nlp import MAX_CHARS
from parley.pipeline import PipelineConfig
from parley.records import Article
from parley.store import Store
from parley.stories import update_stories

USER_AGENT = "parley-feed-watcher/0.1"
TIMEOUT_SECONDS = 30
MAX_BYTES = 16 * MAX_CHARS
DURATION = re.compile(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?")


class FetchError(RuntimeError):
    """A feed or page that could not be had this time (network, HTTP status, size, not a feed)."""


@dataclass(frozen=True)
class FeedItem:
    url: str
    published: str | None


@dataclass
class FeedReport:
    """What one round did with one feed."""

    feed: str
    items: int = 0
    new: int = 0
    stored: int = 0
    error: str | None = None
    page_errors: list[str] = field(default_factory=list)


def parse_duration(text: str) -> float:
    """Seconds in "15m", "1h30m", "45s" or "90" (seconds)."""
    found = DURATION.fullmatch(text.strip().lower())
    if not text.strip() or found is None:
        raise ValueError(f"not a duration: {text!r} (use e.g. 15m, 1h, 30s)")
    hours, minutes, seconds = (int(part or 0) for part in found.groups())
    return hours * 3600 + minutes * 60 + seconds


def fetch(location: str) -> bytes:
    """The bytes of a URL (http or https) or of a file, at most ``MAX_BYTES``."""
    if not location.lower().startswith(("http://", "https://")):
        try:
            with Path(location).open("rb") as stream:
                return _bounded(stream.read(MAX_BYTES + 1), location)
        except OSError as error:
            raise FetchError(f"cannot read: {error.strerror or error}") from error
    request = urllib.request.Request(location, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            return _bounded(response.read(MAX_BYTES + 1), location)
    except (OSError, ValueError) as error:
        raise FetchError(one_line(error)) from error


def _bounded(content: bytes, location: str) -> bytes:
    if len(content) > MAX_BYTES:
        raise FetchError(f"{location}: larger than {MAX_BYTES:,} bytes")
    return content


def read_feed(content: bytes) -> list[FeedItem]:
    """The items of an RSS or Atom document that link to a page, in feed order, each URL once.

    Dates are read with ``dict.get``: feedparser's own lookup maps a missing date to
    another field with a deprecation warning.
    """
    parsed = feedparser.parse(content)
    if parsed.bozo and not parsed.entries:
        raise FetchError(f"not an RSS or Atom feed: {one_line(parsed.bozo_exception)}")
    items, seen = [], set()
    for entry in parsed.entries:
        url = entry.get("link")
        if url and url not in seen:
            seen.add(url)
            when = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
            items.append(FeedItem(url, time.strftime("%Y-%m-%d", when) if when else None))
    return items


class Watcher:
    """Feeds polled into one store; remembers, for as long as it runs, the pages that hold no article."""

    def __init__(self, store: Store, *, batch_size: int = 16, config: PipelineConfig = PipelineConfig()):
        self.store = store
        self.batch_size = batch_size
        self.config = config
        self.unreadable: set[str] = set()

    def run_round(self, feeds: Iterable[str]) -> list[FeedReport]:
        """Every feed once; then the new articles are clustered into stories."""
        reports = [self._read(feed) for feed in feeds]
        if any(report.stored for report in reports):
            update_stories(self.store)
        return reports

    def _read(self, feed: str) -> FeedReport:
        report = FeedReport(feed)
        try:
            items = read_feed(fetch(feed))
        except FetchError as error:
            report.error = str(error)
            return report
        report.items = len(items)
        new = [item for item in items if item.url not in self.unreadable and not self.store.has_url(item.url)]
        report.new = len(new)
        articles = [article for item in new if (article := self._page(item, report)) is not None]
        processed = list(pipeline.process(articles, batch_size=self.batch_size, config=self.config))
        if processed:
            self.store.write(processed, self.config.quote_tagger)
        report.stored = len(processed)
        return report

    def _page(self, item: FeedItem, report: FeedReport) -> Article | None:
        try:
            content = fetch(item.url)
        except FetchError as error:
            report.page_errors.append(f"{item.url}: {error}")
            return None
        page = read_page(content, source=item.url, line=None, max_chars=MAX_CHARS,
                         given={"url": item.url, "published": item.published})
        if isinstance(page, IngestError):
            self.unreadable.add(item.url)
            self.store.report_error(item.url, None, page.message)
            report.page_errors.append(str(page))
            return None
        return page


def watch(
    feeds: list[str],
    store: Store,
    *,
    every: float,
    rounds: int | None = None,
    on_round: Callable[[int, list[FeedReport]], None] = lambda number, reports: None,
    batch_size: int = 16,
    config: PipelineConfig = PipelineConfig(),
) -> None:
    """Run rounds ``every`` seconds apart, forever or ``rounds`` times."""
    watcher = Watcher(store, batch_size=batch_size, config=config)
    number = 0
    while rounds is None or number < rounds:
        number += 1
        on_round(number, watcher.run_round(feeds))
        if rounds is None or number < rounds:
            time.sleep(every)
