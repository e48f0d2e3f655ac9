"""Commands for corpora beyond one run: spark (the pipeline on Spark), load (its output), watch (feeds)."""

from __future__ import annotations

import importlib.util
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape

from parley.cli.app import BatchOption, DbOption, QuoteModelOption, Settings, UserError, app, checked_tagger, err
from parley.store import Store


class SparkFormat(str, Enum):
    jsonl = "jsonl"
    warc = "warc"
    parquet = "parquet"


@app.command()
def spark(
    inputs: Annotated[list[str], typer.Option(
        "--input", help="A file, directory or glob (.jsonl, .warc, .warc.gz, .parquet...); may be repeated.")],
    output: Annotated[str, typer.Option(
        "--output", help="Output directory or URI: Parquet by month, _errors, _summary.json.")],
    input_format: Annotated[Optional[SparkFormat], typer.Option(
        "--format", help="Read only files of this format (default: every file found; Parquet when all are).")] = None,
    master: Annotated[Optional[str], typer.Option(
        help="Spark master when not run by spark-submit (default local[*]).")] = None,
    batch_size: BatchOption = 16,
    quote_model: QuoteModelOption = None,
) -> None:
    """Run the pipeline on Apache Spark; write Parquet in the record contract, partitioned by month.
    A --quote-model folder must be readable at the same path on every executor."""
    if importlib.util.find_spec("pyspark") is None:
        raise UserError("parley spark needs pyspark: pip install 'parley[spark]'")
    from parley import spark as runner
    from parley.pipeline import PipelineConfig

    config = PipelineConfig(quote_model=checked_tagger(quote_model))
    session = runner.spark_session(master)
    try:
        summary = runner.run_job(session, inputs, output, input_format=input_format and input_format.value,
                                 batch_size=batch_size, config=config)
    except ValueError as error:
        raise UserError(str(error)) from error
    finally:
        session.stop()
    if Settings.quiet:
        return
    err.print(f"{summary.articles} articles written to {escape(output)} "
              f"({len(summary.months)} months), {summary.errors} inputs failed (see {runner.ERRORS_DIR})")
    skipped = ", ".join(f"{count} {escape(kind)}" for kind, count in summary.skipped.items())
    err.print(f"{sum(summary.skipped.values())} records skipped" + (f": {skipped}" if skipped else ""))
    err.print(f"{summary.partitions} partitions; spaCy loaded {summary.model_loads} times "
              f"in {summary.worker_processes} worker processes")


@app.command()
def load(
    directory: Annotated[Path, typer.Argument(help="The output directory of `parley spark`.")],
    db: DbOption = Path("parley.duckdb"),
) -> None:
    """Load the output of `parley spark` into the store and cluster its articles into stories."""
    if not directory.is_dir():
        raise UserError(f"{directory}: no such directory")
    from parley import spark as runner

    with Store(db) as store:
        summary = runner.load_output(directory, store)
    if not Settings.quiet:
        outcomes = ", ".join(f"{n} {name}" for name, n in sorted(summary.outcomes.items())) or "no articles"
        stories = summary.stories
        err.print(f"{outcomes}; {summary.errors} errors recorded; {stories.articles} articles clustered "
                  f"into {stories.new_stories} new stories")


@app.command()
def watch(
    feed_locations: Annotated[list[str], typer.Argument(metavar="FEED", help="RSS or Atom feeds: URLs or files.")],
    every: Annotated[str, typer.Option(help="Time between rounds: 15m, 1h, 30s.")] = "15m",
    db: DbOption = Path("parley.duckdb"),
    rounds: Annotated[Optional[int], typer.Option(min=1, help="Stop after this many rounds (default: never).")] = None,
    batch_size: BatchOption = 16,
    quote_model: QuoteModelOption = None,
) -> None:
    """Fetch new feed items, read their pages and process them into the store, every so often."""
    from parley import feeds
    from parley.pipeline import PipelineConfig

    config = PipelineConfig(quote_model=checked_tagger(quote_model))

    try:
        seconds = feeds.parse_duration(every)
    except ValueError as error:
        raise UserError(str(error)) from error

    def report(number: int, reports: list[feeds.FeedReport]) -> None:
        for r in reports:
            for message in r.page_errors:
                err.print(f"[yellow]warning[/yellow] {escape(message)}")
            if r.error:
                err.print(f"[red]error[/red] round {number}: {escape(r.feed)}: {escape(r.error)} (retried next round)")
            elif not Settings.quiet:
                err.print(f"round {number}: {escape(r.feed)}: {r.items} items, {r.new} new, {r.stored} stored")

    with Store(db) as store:
        feeds.watch(feed_locations, store, every=seconds, rounds=rounds, on_round=report, batch_size=batch_size,
                    config=config)
