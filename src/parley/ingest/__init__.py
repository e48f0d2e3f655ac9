"""Ingest: turn files, directories and stdin into Articles, reporting every input that fails.

``read_inputs`` is the stage's entry point. It yields, in a repeatable order,
an ``Article`` for every article read and an ``IngestError`` for every input
(file, or JSONL line) that could not be read; nothing is dropped silently, and
one bad input never stops the others.

Formats, chosen by extension (case-insensitive):

- ``.txt``: one copy-pasted article. ``text`` is the body without the
  headline, dateline and page residue, its lines kept byte-for-byte;
  ``title`` and ``published`` come from the headline and dateline when the
  text states them (see ``parley.ingest.plaintext``).
- ``.html``/``.htm``: one page, through trafilatura, with its title, date,
  site name (``outlet``) and URL (see ``parley.ingest.markup``).
- ``.jsonl``: one article per line (see ``parley.ingest.jsonl``), streamed;
  ``-`` reads JSONL from stdin.

Directories are walked recursively in sorted order; hidden entries are skipped
and any other file with an unsupported extension is reported, as is such a
file given explicitly. ``Article.source`` says where each article came from
("path", or "path:line" for JSONL). An article's id is the one given, else the
content hash of its text. Limits: a text may have at most ``max_chars``
characters, and a file or JSONL line at most ``8 * max_chars`` bytes, checked
before reading it.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from parley.ingest.jsonl import read_jsonl
from parley.ingest.markup import read_page
from parley.ingest.plaintext import parse_plain_text
from parley.ingest.records import IngestError, make_article
from parley.ingest.sources import find_files, read_document
from parley.ingest.warc import read_warc_file
from parley.records import Article

__all__ = ["IngestError", "read_inputs"]

STDIN = "-"
STDIN_SOURCE = "<stdin>"

Reader = Callable[[Path, int], Iterator[Article | IngestError]]


def read_inputs(
    paths: Iterable[str | Path], *, max_chars: int = 1_000_000, skipped: Counter[str] | None = None
) -> Iterator[Article | IngestError]:
    """Every article in ``paths`` (files, directories, or "-" for JSONL on stdin), lazily.

    WARC records that are no HTML page (requests, redirects, images...) are not
    errors; they are counted by reason in ``skipped`` when it is given.
    """
    for path in paths:
        if str(path) == STDIN:
            yield from read_jsonl(sys.stdin.buffer, STDIN_SOURCE, max_chars)
            continue
        for found in find_files(Path(path)):
            if isinstance(found, IngestError):
                yield found
                continue
            reader = _reader_for(found)
            if reader is read_warc_file:
                yield from read_warc_file(found, max_chars, skipped)
            else:
                yield from reader(found, max_chars)


def read_text_file(path: Path, max_chars: int) -> Iterator[Article | IngestError]:
    content = read_document(path, max_chars)
    if isinstance(content, IngestError):
        yield content
        return
    try:
        raw = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        yield IngestError(str(path), None, f"invalid UTF-8 at byte offset {error.start}")
        return
    parsed = parse_plain_text(raw)
    yield make_article(
        parsed.text, source=str(path), line=None, max_chars=max_chars,
        title=parsed.title, published=parsed.published,
    )


def read_html_file(path: Path, max_chars: int) -> Iterator[Article | IngestError]:
    content = read_document(path, max_chars)
    if isinstance(content, IngestError):
        yield content
    else:
        yield read_page(content, source=str(path), line=None, max_chars=max_chars)


def read_jsonl_file(path: Path, max_chars: int) -> Iterator[Article | IngestError]:
    try:
        with path.open("rb") as stream:
            yield from read_jsonl(stream, str(path), max_chars)
    except OSError as error:
        yield IngestError(str(path), None, f"cannot read: {error.strerror or error}")


READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".jsonl": read_jsonl_file,
    ".warc": read_warc_file,
    ".warc.gz": read_warc_file,
}


def _reader_for(path: Path) -> Reader:
    """The reader for the file's extension; the longest match wins, so ``.warc.gz`` is not taken for ``.gz``."""
    name = path.name.lower()
    matches = [suffix for suffix in READERS if name.endswith(suffix)]
    return READERS[max(matches, key=len)] if matches else _unsupported


def _unsupported(path: Path, max_chars: int) -> Iterator[IngestError]:
    kind = f"'{''.join(path.suffixes)}'" if path.suffix else "(no extension)"
    expected = ", ".join(sorted(READERS))
    yield IngestError(str(path), None, f"unsupported file type {kind}: expected {expected}")
