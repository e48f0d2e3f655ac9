"""JSONL: one article per line, read as a stream so memory is bounded by one record.

Each line is an object with ``text`` or ``html`` and optionally ``id``, ``url``,
``outlet``, ``title``, ``published``; other keys are ignored. ``text`` is
taken verbatim (a JSONL record is already structured, and offsets computed on
it must stay valid when it is read back); it wins over ``html``, which goes
through trafilatura, the given fields winning over what the page says. A
``published`` string is normalised to "YYYY-MM-DD"; one that names no whole
date becomes None and a note in ``Article.errors``. Blank lines are skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from parley.ingest.dates import parse_date
from parley.ingest.markup import read_page
from parley.ingest.records import IngestError, make_article, one_line
from parley.ingest.sources import binary_problem, raw_limit
from parley.records import Article

SKIP_CHUNK = 1 << 16
OPTIONAL_STRINGS = ("url", "outlet", "title", "published")
JSON_TYPES = {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
              int: "a number", float: "a number", type(None): "null"}


def read_jsonl(stream: IO[bytes], source: str, max_chars: int) -> Iterator[Article | IngestError]:
    """An Article or an IngestError for every non-blank line of a binary stream."""
    limit = raw_limit(max_chars)
    records = 0
    for number, line in enumerate(_bounded_lines(stream, limit), start=1):
        if line is None:
            records += 1
            yield IngestError(source, number, f"line too long: over {limit:,} bytes (max_chars={max_chars:,})")
            continue
        if number == 1 and (problem := binary_problem(line)):
            yield IngestError(source, None, problem)
            return
        if line.strip():
            records += 1
            yield parse_record(line, source=source, number=number, max_chars=max_chars)
    if not records:
        yield IngestError(source, None, "empty input: no JSONL records")


def _bounded_lines(stream: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """The lines of ``stream``; None for a line over ``limit`` bytes, which is skipped unread."""
    while line := stream.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(SKIP_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def parse_record(raw: bytes, *, source: str, number: int, max_chars: int) -> Article | IngestError:
    """One JSONL line as an Article, or the one reason it is not one."""
    try:
        record = json.loads(raw.decode("utf-8").removeprefix("\ufeff"))
    except UnicodeDecodeError as error:
        return IngestError(source, number, f"invalid UTF-8 at byte offset {error.start}")
    except json.JSONDecodeError as error:
        return IngestError(source, number, f"malformed JSON: {error.msg} (column {error.colno})")
    except (ValueError, RecursionError) as error:
        return IngestError(source, number, f"malformed JSON: {one_line(error)}")
    if not isinstance(record, dict):
        return IngestError(source, number, f"expected a JSON object, got {json_type(record)}")
    if problem := field_problem(record):
        return IngestError(source, number, problem)
    given = _given_metadata(record)
    if record.get("text") is None:
        return read_page(record["html"], source=source, line=number, max_chars=max_chars, given=given)
    return make_article(record["text"], source=source, line=number, max_chars=max_chars, **given)


def field_problem(record: dict[str, Any]) -> str | None:
    """Why a record does not fit the JSONL schema, or None when it does."""
    if record.get("text") is None and record.get("html") is None:
        return "record has neither 'text' nor 'html'"
    for key in ("text", "html", *OPTIONAL_STRINGS):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return f"field '{key}' must be a string, not {json_type(value)}"
    identifier = record.get("id")
    if identifier is not None and (isinstance(identifier, bool) or not isinstance(identifier, str | int)):
        return f"field 'id' must be a string or an integer, not {json_type(identifier)}"
    return None


def json_type(value: Any) -> str:
    return JSON_TYPES.get(type(value), type(value).__name__)


def _given_metadata(record: dict[str, Any]) -> dict[str, Any]:
    """The record's own metadata, as keyword arguments of ``make_article``."""
    given = {key: record.get(key) for key in OPTIONAL_STRINGS}
    given["id"] = None if record.get("id") is None else str(record["id"])
    given["errors"] = []
    stated = given["published"]
    if stated is not None:
        given["published"] = parse_date(stated)
        if given["published"] is None:
            given["errors"].append(f"published: not a whole date: {stated[:80]!r}")
    return given
