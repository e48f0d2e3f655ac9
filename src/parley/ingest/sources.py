"""Finding the input files and reading them within bounds.

A directory is walked recursively in sorted order, so runs are repeatable.
Hidden entries (names starting with ".") inside a directory are not inputs and
are skipped, as git and most tools do; every other entry is either yielded or
reported (a symbolic link to a directory, a socket). A path given explicitly is
always read.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from parley.ingest.records import IngestError

RAW_BYTES_PER_CHAR = 8
"""A document's raw bytes may be this many times ``max_chars``: room for UTF-8,
markup and JSON escapes around the text. Larger inputs are rejected unread."""


def find_files(path: Path) -> Iterator[Path | IngestError]:
    """``path`` itself, or the files under it when it is a directory."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        yield IngestError(str(path), None, "no such file or directory")
        return
    except OSError as error:
        yield IngestError(str(path), None, f"cannot read: {error.strerror or error}")
        return
    if stat.S_ISDIR(mode):
        yield from _walk(path)
    else:
        yield path


def _walk(directory: Path) -> Iterator[Path | IngestError]:
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield IngestError(str(directory), None, f"cannot read directory: {error.strerror}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)
        else:
            yield IngestError(entry.path, None, _why_not_a_file(entry))


def _why_not_a_file(entry: os.DirEntry[str]) -> str:
    if entry.is_symlink():
        return "symbolic link to a directory, not followed" if entry.is_dir() else "broken symbolic link"
    return "not a regular file"


def raw_limit(max_chars: int) -> int:
    return max_chars * RAW_BYTES_PER_CHAR


def read_document(path: Path, max_chars: int) -> bytes | IngestError:
    """The whole content of a one-article file, or why it cannot be an article.

    The size is checked before reading, so a huge file costs no memory; a
    stream that reports no size (a pipe) is read up to the limit.
    """
    limit = raw_limit(max_chars)
    try:
        with path.open("rb") as file:
            size = os.fstat(file.fileno()).st_size
            content = b"" if size > limit else file.read((size or limit) + 1)
    except OSError as error:
        return IngestError(str(path), None, f"cannot read: {error.strerror or error}")
    if (seen := max(size, len(content))) > limit:
        return IngestError(
            str(path), None,
            f"file too large: {seen:,} bytes (limit {limit:,} for max_chars={max_chars:,})",
        )
    if not content.strip():
        return IngestError(str(path), None, "empty file")
    problem = binary_problem(content)
    return IngestError(str(path), None, problem) if problem else content


def binary_problem(data: bytes) -> str | None:
    """Why ``data`` is not UTF-8 text, when it plainly is not."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16 text: only UTF-8 is read"
    if b"\x00" in data:
        return "binary file (NUL bytes)"
    return None
