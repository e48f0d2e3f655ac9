"""Commands that read inputs, store them and read the store back: extract, run, articles, show, export."""

from __future__ import annotations

import csv
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table

from parley.cli.app import (
    BatchOption,
    DbOption,
    JsonOption,
    PathsArgument,
    QuoteModelOption,
    Settings,
    StrictOption,
    UserError,
    app,
    checked_tagger,
    err,
    out,
    progress_bar,
)
from parley.events.gdelt import GDELT_COLUMNS, gdelt_rows
from parley.ingest import IngestError, read_inputs
from parley.nlp import MAX_CHARS
from parley.records import Actor, Article
from parley.store import EXPORT_TABLES, Store, WriteOutcome


class RunTally:
    """What happened to every input of a run, for the summary line."""

    def __init__(self) -> None:
        self.outcomes: Counter[str] = Counter()
        self.failed = 0
        self.with_errors = 0
        self.skipped: Counter[str] = Counter()
        """WARC records that are no HTML page, by reason."""

    def summary(self) -> str:
        processed = sum(self.outcomes.values())
        parts = ", ".join(f"{count} {name}" for name, count in sorted(self.outcomes.items()))
        text = f"{processed} articles processed" + (f" ({parts})" if parts else "")
        text += f", {self.failed} inputs failed"
        if self.with_errors:
            text += f", {self.with_errors} articles with component errors"
        if self.skipped:
            reasons = ", ".join(f"{count} {reason}" for reason, count in sorted(self.skipped.items()))
            text += f", {sum(self.skipped.values())} WARC records skipped as no HTML page ({reasons})"
        return text


def _articles(
    paths: Iterable[str], tally: RunTally, on_error: Callable[[IngestError], None] | None = None,
    skip: Callable[[Article], bool] | None = None,
) -> Iterator[Article]:
    """Articles read from the inputs; ingest errors are reported and counted on the way."""
    for item in read_inputs(paths, max_chars=MAX_CHARS, skipped=tally.skipped):
        if isinstance(item, IngestError):
            tally.failed += 1
            err.print(f"[red]error[/red] {escape(str(item))}")
            if on_error:
                on_error(item)
        elif skip and skip(item):
            tally.outcomes[WriteOutcome.UNCHANGED.value] += 1
        else:
            yield item


def _finish(tally: RunTally, strict: bool) -> None:
    if not Settings.quiet:
        err.print(tally.summary())
    if strict and (tally.failed or tally.with_errors):
        raise typer.Exit(1)


@app.command()
def extract(
    paths: PathsArgument, strict: StrictOption = False, batch_size: BatchOption = 16,
    quote_model: QuoteModelOption = None
) -> None:
    """Print one JSON record per article (the record contract) to stdout."""
    from parley import pipeline

    tally = RunTally()
    config = pipeline.PipelineConfig(quote_model=checked_tagger(quote_model))
    with progress_bar() as advance:
        for article in pipeline.process(_articles(paths, tally), batch_size=batch_size, config=config):
            sys.stdout.write(article.to_json() + "\n")
            tally.outcomes["extracted"] += 1
            tally.with_errors += bool(article.errors)
            advance()
    sys.stdout.flush()
    _finish(tally, strict)


@app.command()
def run(
    paths: PathsArgument,
    db: DbOption = Path("parley.duckdb"),
    strict: StrictOption = False,
    batch_size: BatchOption = 16,
    quote_model: QuoteModelOption = None,
) -> None:
    """Process articles into the store. Re-running on the same input adds nothing."""
    from parley import pipeline
    from parley.stories import update_stories

    tally = RunTally()
    config = pipeline.PipelineConfig(quote_model=checked_tagger(quote_model))
    with Store(db) as store, progress_bar() as advance:
        def report(error: IngestError) -> None:
            store.report_error(error.source, error.line, error.message)

        articles = _articles(paths, tally, on_error=report,
                             skip=lambda article: store.is_stored(article, config.quote_tagger))
        batch: list[Article] = []
        for article in pipeline.process(articles, batch_size=batch_size, config=config):
            batch.append(article)
            if len(batch) == batch_size:
                _store_batch(store, batch, tally, advance, config.quote_tagger)
                batch = []
        _store_batch(store, batch, tally, advance, config.quote_tagger)
        stories = update_stories(store)
    if not Settings.quiet:
        err.print(
            f"stories: {stories.articles} articles clustered, {stories.new_stories} new stories, "
            f"{stories.near_duplicates} near-duplicates"
        )
    _finish(tally, strict)


def _store_batch(
    store: Store, batch: list[Article], tally: RunTally, advance: Callable[[], None], quote_tagger: str | None
) -> None:
    for article, outcome in zip(batch, store.write(batch, quote_tagger)):
        tally.outcomes[outcome.value] += 1
        tally.with_errors += bool(article.errors)
        if article.errors:
            for message in article.errors:
                err.print(f"[yellow]warning[/yellow] {escape(article.source or article.id)}: {escape(message)}")
        advance()


@app.command()
def articles(
    db: DbOption = Path("parley.duckdb"),
    as_json: JsonOption = False,
    limit: Annotated[Optional[int], typer.Option(min=1, help="Show at most this many.")] = None,
) -> None:
    """List the stored articles: id, date, title, outlet, quotes and events."""
    with Store(db, read_only=True) as store:
        summaries = store.article_summaries(limit)
    if as_json:
        out.print_json(data=[vars(s) for s in summaries])
        return
    table = Table(title=f"{len(summaries)} articles in {db}")
    table.add_column("id", no_wrap=True)
    table.add_column("published", no_wrap=True)
    table.add_column("title", overflow="fold", ratio=1)
    with_outlets = any(s.outlet for s in summaries)
    if with_outlets:
        table.add_column("outlet", overflow="fold")
    table.add_column("quotes", justify="right")
    table.add_column("events", justify="right")
    with_taggers = any(s.quote_tagger for s in summaries)
    if with_taggers:
        table.add_column("quotes found by", no_wrap=True)
    for s in summaries:
        outlet = [s.outlet or "-"] if with_outlets else []
        found_by = [quote_finder(s.quote_tagger)] if with_taggers else []
        table.add_row(s.id, s.published or "-", escape(s.title or "-"), *map(escape, outlet), str(s.quotes),
                      str(s.events), *found_by)
    out.print(table)


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(metavar="ID", help="An article id (a unique prefix is enough).")],
    db: DbOption = Path("parley.duckdb"),
    as_json: JsonOption = False,
) -> None:
    """Show one stored article with its entities, quotes and events."""
    with Store(db, read_only=True) as store:
        matches = store.find_article_ids(article_id)
        if len(matches) != 1:
            found = f"matches {', '.join(matches)}" if matches else "matches no article"
            raise UserError(f"{article_id!r} {found} in {db}")
        article = store.get_article(matches[0])
        quote_tagger = store.quote_tagger_of(matches[0])
    assert article is not None
    if as_json:
        out.print_json(article.to_json())
        return
    _print_article(article, quote_tagger)


def quote_finder(quote_tagger: str | None) -> str:
    """Who found an article's quotes: the rules, or the rules and a learned tagger (its fingerprint)."""
    return f"rules + tagger {quote_tagger}" if quote_tagger else "rules"


def _print_article(article: Article, quote_tagger: str | None) -> None:
    """A readable view of one article; every piece of article text is escaped, never markup."""
    out.print(f"[bold]{escape(article.title or '(no title)')}[/bold]")
    out.print(
        f"id {article.id} · published {article.published or 'unknown'} · outlet {escape(article.outlet or 'unknown')}"
    )
    if article.url:
        out.print(escape(article.url))
    out.print(f"{len(article.text)} characters, {len(article.entities)} entities")
    labels = Counter(entity.label for entity in article.entities)
    if labels:
        out.print("entities: " + ", ".join(f"{label} {n}" for label, n in labels.most_common()))
    out.print(f"\n[bold]{len(article.quotes)} quotes[/bold] (found by {quote_finder(quote_tagger)})")
    for quote in article.quotes:
        speaker = quote.speaker_name or (quote.speaker.text if quote.speaker else "unknown speaker")
        role = f" ({quote.speaker_role})" if quote.speaker_role else ""
        actor = f" {quote.speaker_actor}" if quote.speaker_actor else ""
        out.print(escape(f"- {quote.kind}: {speaker}{role}{actor}: “{quote.text}” [{quote.start}:{quote.end}]"))
    out.print(f"\n[bold]{len(article.events)} events[/bold]")
    for event in article.events:
        source = actor_label(event.source)
        target = actor_label(event.target) if event.target else "-"
        out.print(escape(
            f"- {source} → {target}: CAMEO {event.cameo} ({event.plover or 'no PLOVER'}, "
            f"Goldstein {event.goldstein:+.1f}) {event.date or 'undated'}: “{article.text[event.start:event.end]}”"
        ))
    for message in article.errors:
        out.print(f"[yellow]error recorded:[/yellow] {escape(message)}")


def actor_label(actor: Actor) -> str:
    """An actor's code, else its words with the country they belong to ("demonstrators [USA]": the
    domestic target CAMEO codes), else the country alone (a conflict act aimed at no one named)."""
    if actor.code:
        return actor.code
    country = f"[{actor.country}]" if actor.country else ""
    return " ".join(part for part in (actor.text, country) if part) or "unknown"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"


@app.command()
def export(
    file_format: Annotated[
        ExportFormat,
        typer.Option("--format", help="jsonl: whole records; csv/parquet: one table; gdelt: GDELT 2.0 event TSV."),
    ],
    db: DbOption = Path("parley.duckdb"),
    table: Annotated[str, typer.Option(help=f"Table for csv/parquet: {', '.join(EXPORT_TABLES)}.")] = "events",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Output file (default stdout).")] = None,
) -> None:
    """Export the store: JSONL records, one table as CSV or Parquet, or GDELT 2.0 event columns (TSV)."""
    if table not in EXPORT_TABLES:
        raise UserError(f"unknown table {table!r}; choose one of {', '.join(EXPORT_TABLES)}")
    with Store(db, read_only=True) as store:
        if file_format is ExportFormat.jsonl:
            with _open_output(output) as stream:
                for article in store.iter_articles():
                    stream.write(article.to_json() + "\n")
            return
        if file_format is ExportFormat.gdelt:
            with _open_output(output) as stream:
                writer = csv.DictWriter(stream, fieldnames=GDELT_COLUMNS, delimiter="\t", lineterminator="\n")
                writer.writeheader()
                writer.writerows(gdelt_rows(store.iter_articles()))
            return
        if output is None and file_format is ExportFormat.parquet:
            raise UserError("parquet export needs --output FILE")
        if output is None:
            store.export_table(table, Path("/dev/stdout"), file_format.value)
        else:
            store.export_table(table, output, file_format.value)
    if output is not None and not Settings.quiet:
        err.print(f"wrote {output}")


@contextmanager
def _open_output(path: Path | None) -> Iterator:
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    with path.open("w", encoding="utf-8") as stream:
        yield stream

