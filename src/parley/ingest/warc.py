"""WARC and WARC.gz files (the format of Common Crawl News), through warcio.

Every HTTP response record that holds an HTML page with status 200 becomes an
Article like any HTML page (``read_page``), its ``url`` the record's
WARC-Target-URI. Its ``published`` is the date the page states; when it
states none, the day of the record's WARC-Date, since a page was published no
later than it was crawled. Other records (requests, metadata, images, PDFs,
redirects) are skipped and counted by kind.

Bad input is reported per record as a ``WarcError`` (path, byte offset of the
record, reason) and reading goes on: a record whose digest does not match, a
record cut short, a page not in its declared charset (UTF-8 when none is
declared), a record warcio cannot parse. After a record that cannot be
parsed, reading resumes at the next record boundary found in the file (the
next gzip member, or the next "WARC/1." line).
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from parley.ingest.dates import parse_date
from parley.ingest.markup import read_page
from parley.ingest.records import IngestError, one_line
from parley.ingest.sources import raw_limit
from parley.records import Article

logger = logging.getLogger(__name__)

SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_MAGIC = b"WARC/1."
SCAN_CHUNK = 1 << 20
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
HEAD_BYTES = 4096
"""Where a page's <meta charset> is looked for, as browsers do (they look at 1024)."""


@dataclass(frozen=True)
class WarcError(IngestError):
    """A WARC record that could not become an Article, with its byte offset in the file."""

    offset: int | None = None

    def __str__(self) -> str:
        return f"{self.source}@{self.offset}: {self.message}"


def is_warc(path: str | Path) -> bool:
    return str(path).lower().endswith(SUFFIXES)


def read_warc_file(
    path: Path, max_chars: int, skipped: Counter[str] | None = None
) -> Iterator[Article | IngestError]:
    """Every HTML page of a WARC file; records that are no HTML page are counted in ``skipped``."""
    if not is_warc(path):
        kind = "".join(path.suffixes[-2:])
        yield IngestError(str(path), None, f"unsupported file type '{kind}': of compressed files only .warc.gz is read")
        return
    skipped = Counter() if skipped is None else skipped
    before = sum(skipped.values())
    try:
        with path.open("rb") as stream:
            yield from read_warc(stream, str(path), max_chars, skipped)
    except OSError as error:
        yield IngestError(str(path), None, f"cannot read: {error.strerror or error}")
    logger.info("%s: %d records skipped (not an HTML page)", path, sum(skipped.values()) - before)


def read_warc(
    stream: IO[bytes], source: str, max_chars: int, skipped: Counter[str]
) -> Iterator[Article | IngestError]:
    """The Articles and errors of a seekable binary WARC stream, in file order."""
    for item in _records(stream, source, raw_limit(max_chars)):
        if isinstance(item, str):
            skipped[item] += 1
        elif isinstance(item, WarcError):
            yield item
        else:
            offset, record, content = item
            yield _page_article(record, content, source=source, offset=offset, max_chars=max_chars)


def _records(
    stream: IO[bytes], source: str, limit: int
) -> Iterator[tuple[int, ArcWarcRecord, bytes] | str | WarcError]:
    """(offset, record, content) for each HTML page, the reason each other record is skipped,
    and a WarcError for each record that cannot be read. Only pages are read into memory."""
    size = stream.seek(0, io.SEEK_END)
    start: int | None = 0
    while start is not None:
        stream.seek(start)
        iterator = ArchiveIterator(stream, check_digests=True)
        try:
            for record in iterator:
                if reason := _skip_reason(record):
                    yield reason
                    continue
                content = record.content_stream().read(limit + 1)
                if problem := _record_problem(record, content, limit):
                    yield WarcError(source, None, problem, iterator.offset)
                else:
                    yield iterator.offset, record, content
        except Exception as error:  # noqa: BLE001 - a third-party parser on untrusted input
            yield WarcError(source, None, f"unreadable record: {one_line(error)}", iterator.offset)
            start = _next_boundary(stream, iterator.offset + 1)
            continue
        if size - iterator.offset > len(b"\r\n\r\n"):
            yield WarcError(source, None, f"truncated file: the last {size - iterator.offset:,} bytes are no "
                                          "whole record", iterator.offset)
        start = None


def _record_problem(record: ArcWarcRecord, content: bytes, limit: int) -> str | None:
    """Why a page record cannot be read: too large, cut short, or its digest does not match."""
    if len(content) > limit:
        return f"page too large: over {limit:,} bytes"
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        return f"truncated record: {missing:,} bytes missing"
    if record.digest_checker.passed is False:
        return "corrupt record: " + "; ".join(record.digest_checker.problems)
    return None


def _next_boundary(stream: IO[bytes], position: int) -> int | None:
    """The offset of the next record start at or after ``position`` that parses, or None at the end."""
    stream.seek(0)
    magic = GZIP_MAGIC if stream.read(2) == GZIP_MAGIC[:2] else WARC_MAGIC
    while True:
        stream.seek(position)
        chunk = stream.read(SCAN_CHUNK + len(magic))
        if not chunk:
            return None
        found = chunk.find(magic)
        if found < 0:
            position += SCAN_CHUNK
            continue
        if _starts_a_record(stream, position + found):
            return position + found
        position += found + 1


def _starts_a_record(stream: IO[bytes], position: int) -> bool:
    """A candidate boundary is real if warcio parses a record there (magic bytes occur inside data too)."""
    stream.seek(position)
    try:
        next(iter(ArchiveIterator(stream)))
    except Exception:  # noqa: BLE001 - not a record start: keep scanning
        return False
    return True


def _skip_reason(record: ArcWarcRecord) -> str | None:
    """Why a record is not an HTML page to read, or None when it is one."""
    if record.rec_type != "response":
        return f"{record.rec_type} record"
    if record.http_headers is None:
        return "response without HTTP headers"
    status = record.http_headers.get_statuscode()
    if status != "200":
        return f"HTTP status {status}"
    mime = _mime_type(record.http_headers.get_header("Content-Type"))
    if mime not in HTML_TYPES:
        return f"content type {mime or 'not given'}"
    return None


def _mime_type(content_type: str | None) -> str | None:
    return content_type.split(";", 1)[0].strip().lower() if content_type else None


def _page_article(
    record: ArcWarcRecord, content: bytes, *, source: str, offset: int, max_chars: int
) -> Article | IngestError:
    charset = _declared_charset(record.http_headers.get_header("Content-Type"), content) or "utf-8"
    try:
        markup = content.decode(charset)
    except LookupError:
        return WarcError(source, None, f"unknown charset {charset!r}", offset)
    except UnicodeDecodeError as error:
        return WarcError(source, None, f"page is not valid {charset} at byte {error.start}", offset)
    url = record.rec_headers.get_header("WARC-Target-URI")
    article = read_page(markup, source=f"{source}@{offset}", line=None, max_chars=max_chars, given={"url": url})
    if isinstance(article, IngestError):
        return WarcError(source, None, article.message, offset)
    if article.published is None:
        article.published = parse_date(record.rec_headers.get_header("WARC-Date") or "")
    return article


def _declared_charset(content_type: str | None, content: bytes) -> str | None:
    """The charset the HTTP header declares, else the page's <meta charset>."""
    for parameter in (content_type or "").split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip(' "'):
            return value.strip(' "').lower()
    found = META_CHARSET.search(content[:HEAD_BYTES])
    return found.group(1).decode("ascii").lower() if found else None
