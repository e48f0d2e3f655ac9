"""The distributed runner: the one pipeline over Spark partitions, Parquet out in the record contract.

``run_job`` reads files (anything ``read_inputs`` reads, WARC included) or
Parquet, sends every partition through ``pipeline.process`` (the spaCy model
is loaded once per Python worker process, which Spark reuses across tasks, and
articles are parsed in batches), and writes:

- ``OUTPUT/published_month=YYYY-MM/*.parquet`` (``undated`` when the date is
  unknown): one row per article, the columns and nested structs of
  ``parley.records.Article``, derived from the dataclasses themselves;
- ``OUTPUT/_errors/*.parquet``: one row per input that failed (path, byte
  offset for WARC, line for JSONL, reason);
- ``OUTPUT/_summary.json`` (when OUTPUT is a local path): counts, and the records skipped by kind.

Writes go through Spark's commit protocol: a task's files appear only when the
task commits, so a failed or speculative attempt leaves nothing behind and a
retried task cannot duplicate rows; the months a job writes replace the same
months of an earlier run into the same directory (dynamic partition overwrite).

``load_output`` is the second step: it loads that output into the embedded
store and clusters stories there, so stories and consolidated statements are
those of the single-machine path. It needs no Spark (DuckDB reads the
Parquet), so pyspark, an optional extra, is imported only where Spark runs.

Under spark-submit this file is the application: arguments as for ``parley spark``.
"""

from __future__ import annotations

import glob
import json
import os
import socket
import sys
import types
import typing
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import duckdb

from parley import nlp as nlp_module
from parley import pipeline
from parley.ingest import IngestError, read_inputs
from parley.ingest.jsonl import parse_record
from parley.ingest.sources import find_files
from parley.ingest.warc import SUFFIXES as WARC_SUFFIXES
from parley.ingest.warc import is_warc, read_warc_file
from parley.nlp import MAX_CHARS
from parley.pipeline import PipelineConfig
from parley.records import RECORD_KEYS, Article
from parley.store import Store
from parley.stories import StoryUpdate, update_stories

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import DataType, StructType

MONTH_COLUMN = "published_month"
UNDATED = "undated"
ERRORS_DIR = "_errors"
SUMMARY_FILE = "_summary.json"
FORMAT_SUFFIXES = {"jsonl": (".jsonl",), "warc": WARC_SUFFIXES, "parquet": (".parquet",)}
ERROR_COLUMNS = ("path", "offset", "line", "reason")
ARTICLE, REPORT = "article", "report"


@dataclass
class JobSummary:
    """What one Spark job did."""

    articles: int = 0
    errors: int = 0
    months: list[str] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)
    partitions: int = 0
    model_loads: int = 0
    """spaCy loads summed over the Python worker processes: one per process that parsed articles."""
    worker_processes: int = 0
    quote_tagger: str | None = None
    """The fingerprint of the learned quote tagger the job used (None: the rules alone); `parley load` stores it."""


@dataclass
class PartitionReport:
    """What one partition did besides its articles: errors, skipped records, months, model loads."""

    worker: str
    skipped: Counter[str]
    errors: list[tuple[Any, ...]] = field(default_factory=list)
    months: Counter[str] = field(default_factory=Counter)
    model_loads: int = 0


# -- the schema, from the record dataclasses ------------------------------------


def record_schema() -> StructType:
    """The Spark schema of an Article record (RECORD_KEYS, in order) plus the month column."""
    from pyspark.sql.types import StringType, StructField, StructType

    article = _struct(Article)
    by_name = {f.name: f for f in article.fields}
    return StructType([by_name[key] for key in RECORD_KEYS] + [StructField(MONTH_COLUMN, StringType())])


def _struct(cls: type) -> StructType:
    from pyspark.sql.types import StructField, StructType

    hints = typing.get_type_hints(cls)
    return StructType([
        StructField(f.name, _spark_type(hints[f.name])) for f in fields(cls) if f.compare
    ])


def _spark_type(annotation: Any) -> DataType:
    from pyspark.sql.types import ArrayType, BooleanType, DoubleType, LongType, StringType

    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        (present,) = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return _spark_type(present)
    if origin is list:
        return ArrayType(_spark_type(typing.get_args(annotation)[0]))
    if origin is Literal:
        return StringType()
    if is_dataclass(annotation):
        return _struct(annotation)
    return {str: StringType(), int: LongType(), float: DoubleType(), bool: BooleanType()}[annotation]


def article_row(article: Article) -> dict[str, Any]:
    """An Article as a row of ``record_schema()``."""
    row = article.to_dict()
    row[MONTH_COLUMN] = article.published[:7] if article.published else UNDATED
    return row


# -- what runs on the executors ---------------------------------------------------


def extract_files(
    paths: Iterable[str], batch_size: int, max_chars: int = MAX_CHARS, config: PipelineConfig = PipelineConfig()
) -> Iterator[tuple[str, Any]]:
    """One partition of input files through the pipeline, as tagged rows (see ``process_partition``)."""
    skipped: Counter[str] = Counter()

    def items() -> Iterator[Article | IngestError]:
        for path in paths:
            if is_warc(path):
                yield from read_warc_file(Path(path), max_chars, skipped)
            else:
                yield from read_inputs([path], max_chars=max_chars)

    return process_partition(items(), batch_size, skipped, config)


def extract_records(
    rows: Iterable[Any], batch_size: int, max_chars: int = MAX_CHARS, config: PipelineConfig = PipelineConfig()
) -> Iterator[tuple[str, Any]]:
    """One partition of Parquet rows (the JSONL fields as columns, plus ``_path``) through the pipeline.

    Each row is read as the JSONL line it would be (a DATE column as "YYYY-MM-DD"), so both formats
    are checked and normalised by one function.
    """

    def items() -> Iterator[Article | IngestError]:
        for number, row in enumerate(rows, start=1):
            record = row.asDict()
            path = record.pop("_path")
            given = {key: value for key, value in record.items() if value is not None}
            raw = json.dumps(given, default=str).encode("utf-8")
            yield parse_record(raw, source=path, number=number, max_chars=max_chars)

    return process_partition(items(), batch_size, Counter(), config)


def process_partition(
    items: Iterator[Article | IngestError], batch_size: int, skipped: Counter[str],
    config: PipelineConfig = PipelineConfig()
) -> Iterator[tuple[str, Any]]:
    """(ARTICLE, row) for each processed article, then one (REPORT, PartitionReport) for the partition."""
    report = PartitionReport(worker=f"{socket.gethostname()}:{os.getpid()}", skipped=skipped)

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, IngestError):
                report.errors.append(error_row(item))
            else:
                yield item

    for article in pipeline.process(articles(), batch_size=batch_size, config=config):
        row = article_row(article)
        report.months[row[MONTH_COLUMN]] += 1
        yield ARTICLE, row
    report.model_loads = nlp_module.load.cache_info().misses
    yield REPORT, report


def error_row(error: IngestError) -> tuple[str, int | None, int | None, str]:
    return (error.source, getattr(error, "offset", None), error.line, error.message)


# -- the driver ---------------------------------------------------------------------


def input_files(patterns: Iterable[str], input_format: str | None) -> list[str]:
    """The files the patterns name (globs, files, directories walked), of ``input_format`` when given.

    Executors open these paths themselves, so they must be on a filesystem every executor
    mounts; a URI (hdfs://, s3a://) is passed to Spark's own Parquet reader.
    """
    found: list[str] = []
    for pattern in patterns:
        if _is_uri(pattern):
            if input_format != "parquet":
                raise ValueError(f"{pattern}: only Parquet is read from a URI (--format parquet); files of other "
                                 "formats must be on a filesystem every executor mounts")
            found.append(pattern)
            continue
        matches = sorted(glob.glob(pattern, recursive=True)) if glob.has_magic(pattern) else [pattern]
        for match in matches:
            found += [str(p) for p in find_files(Path(match)) if not isinstance(p, IngestError)]
    if input_format:
        found = [path for path in found if path.lower().endswith(FORMAT_SUFFIXES[input_format])]
    if not found:
        raise ValueError(f"no input files match {', '.join(patterns)}"
                         + (f" (format {input_format})" if input_format else ""))
    return found


def run_job(
    spark: SparkSession,
    inputs: Iterable[str],
    output: str | Path,
    *,
    input_format: str | None = None,
    batch_size: int = 16,
    config: PipelineConfig = PipelineConfig(),
) -> JobSummary:
    """Process the inputs on Spark and write articles, errors and the summary under ``output``;
    ``config`` (a quote tagger, say) goes to every executor."""
    from pyspark import StorageLevel

    files = input_files(inputs, input_format)
    if input_format is None and all(path.lower().endswith(".parquet") for path in files):
        input_format = "parquet"
    tagged = _tagged(spark, files, input_format, batch_size, config).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        write_articles(spark.createDataFrame(_rows_of(tagged, ARTICLE), record_schema()), str(output))
        reports = _rows_of(tagged, REPORT).collect()
    finally:
        tagged.unpersist()
    errors = [row for report in reports for row in report.errors]
    spark.createDataFrame(errors, _error_schema()).coalesce(1).write.mode("overwrite").parquet(
        os.path.join(str(output), ERRORS_DIR)
    )
    loads: Counter[str] = Counter()
    for report in reports:
        loads[report.worker] = max(loads[report.worker], report.model_loads)
    summary = JobSummary(
        articles=sum(sum(report.months.values()) for report in reports),
        errors=len(errors),
        months=sorted(set().union(*(report.months for report in reports))),
        skipped=dict(sorted(sum((report.skipped for report in reports), Counter()).items())),
        partitions=len(reports),
        model_loads=sum(loads.values()),
        worker_processes=sum(1 for n in loads.values() if n),
        quote_tagger=config.quote_tagger,
    )
    if not _is_uri(str(output)):
        Path(output, SUMMARY_FILE).write_text(json.dumps(vars(summary), indent=2) + "\n", encoding="utf-8")
    return summary


def _is_uri(path: str) -> bool:
    return "://" in path


def _tagged(
    spark: SparkSession, files: list[str], input_format: str | None, batch_size: int, config: PipelineConfig
) -> RDD:
    if input_format == "parquet":
        from pyspark.sql.functions import input_file_name

        frame = spark.read.parquet(*files).withColumn("_path", input_file_name())
        cores = spark.sparkContext.defaultParallelism
        if frame.rdd.getNumPartitions() < cores:
            frame = frame.repartition(cores)
        return frame.rdd.mapPartitions(lambda rows: extract_records(rows, batch_size, config=config))
    return spark.sparkContext.parallelize(files, len(files)).mapPartitions(
        lambda paths: extract_files(paths, batch_size, config=config)
    )


def _rows_of(tagged: RDD, tag: str) -> RDD:
    return tagged.filter(lambda item: item[0] == tag).map(lambda item: item[1])


def _error_schema() -> StructType:
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    kinds = {"path": StringType(), "offset": LongType(), "line": LongType(), "reason": StringType()}
    return StructType([StructField(name, kinds[name]) for name in ERROR_COLUMNS])


def write_articles(articles: DataFrame, output: str) -> None:
    """Parquet partitioned by month; each month written by this job replaces that month's earlier output."""
    (articles.write.mode("overwrite").option("partitionOverwriteMode", "dynamic")
     .partitionBy(MONTH_COLUMN).parquet(output))


def spark_session(master: str | None = None, config: dict[str, str] | None = None) -> SparkSession:
    """The session spark-submit configured, or a local one (``local[*]`` unless ``master`` says otherwise).

    A local session runs its Python workers with this interpreter, so they import this parley.
    """
    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("parley")
    if master or not SparkConf().contains("spark.master"):
        builder = builder.master(master or "local[*]")
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    for key, value in (config or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


# -- the second step: into the embedded store ------------------------------------------


@dataclass
class LoadSummary:
    outcomes: Counter[str] = field(default_factory=Counter)
    errors: int = 0
    stories: StoryUpdate | None = None


def load_output(directory: str | Path, store: Store, batch_size: int = 500) -> LoadSummary:
    """Store every article and error of a job's output, then cluster the new articles into stories.

    Loading again changes nothing: unchanged articles are not rewritten and known errors not repeated.
    """
    summary = LoadSummary()
    summary_file = Path(directory, SUMMARY_FILE)
    job = json.loads(summary_file.read_text(encoding="utf-8")) if summary_file.is_file() else {}
    reader = duckdb.connect()
    try:
        articles = reader.execute(
            f"SELECT {', '.join(_quoted(RECORD_KEYS))} FROM read_parquet(?) ORDER BY id",
            [os.path.join(str(directory), f"{MONTH_COLUMN}=*", "*.parquet")],
        )
        while rows := articles.fetchmany(batch_size):
            batch = [Article.from_dict(dict(zip(RECORD_KEYS, row))) for row in rows]
            summary.outcomes.update(outcome.value for outcome in store.write(batch, job.get("quote_tagger")))
        errors_glob = os.path.join(str(directory), ERRORS_DIR, "*.parquet")
        if glob.glob(errors_glob):
            for path, offset, line, reason in reader.execute(
                f"SELECT {', '.join(_quoted(ERROR_COLUMNS))} FROM read_parquet(?) ORDER BY ALL", [errors_glob]
            ).fetchall():
                summary.errors += _report_once(store, path if offset is None else f"{path}@{offset}", line, reason)
    finally:
        reader.close()
    summary.stories = update_stories(store)
    return summary


def _quoted(names: Iterable[str]) -> list[str]:
    return [f'"{name}"' for name in names]


def _report_once(store: Store, source: str, line: int | None, message: str) -> bool:
    known = store.connection.execute(
        "SELECT 1 FROM ingest_errors WHERE source = ? AND line IS NOT DISTINCT FROM ? AND message = ?",
        [source, line, message],
    ).fetchone()
    if not known:
        store.report_error(source, line, message)
    return not known


if __name__ == "__main__":
    from parley.cli import app

    app(["spark", *sys.argv[1:]], prog_name="parley")
