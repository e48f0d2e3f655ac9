"""Bad input: each failure is one clear line naming the input, and reading goes on."""

import json
import os
import pathlib
import tracemalloc

import pytest

from parley.ingest import IngestError, read_inputs
from parley.records import Article

GOOD = "Good Headline\nA sentence that is fine."


def write(path, content):
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def errors_then_good(tmp_path, bad_path, **options):
    """Read a bad input followed by a good file; return the errors, checking the good one was read."""
    good = write(tmp_path / "zz_good.txt", GOOD)
    results = list(read_inputs([bad_path, good], **options))
    assert isinstance(results[-1], Article) and results[-1].source == str(good)
    errors = results[:-1]
    assert errors and all(isinstance(error, IngestError) for error in errors)
    for error in errors:
        assert "\n" not in str(error) and str(error).startswith(str(bad_path))
    return errors


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\t\n", "empty file"),
        ("empty.html", b"", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL bytes)"),
        ("binary.html", b"<html>\x00\x01\x02</html>", "binary file (NUL bytes)"),
        ("binary.jsonl", b"\x00\x01\x02\n\x03", "binary file (NUL bytes)"),
        ("utf16.txt", "Headline\nBody.".encode("utf-16"), "UTF-16 text: only UTF-8 is read"),
        ("latin1.txt", "Headline\nCafé in Beijing.".encode("latin-1"), "invalid UTF-8 at byte offset 12"),
        ("nobody.html", b"<html><head><title>Index</title></head><body><nav></nav></body></html>",
         "no article text found in the HTML"),
        ("residue.txt", "• facebook\n• twitter\nPost with no comments.\n", "no article text"),
        ("empty.jsonl", b"\n\n", "empty input: no JSONL records"),
        ("notes.docx", b"PK\x03\x04", "unsupported file type '.docx': expected .htm, .html, .jsonl, .txt, .warc, .warc.gz"),
        ("README", b"read me", "unsupported file type (no extension): expected .htm, .html, .jsonl, .txt, .warc, .warc.gz"),
    ],
)
def test_bad_file_gives_one_clear_error_and_the_next_file_is_read(tmp_path, name, content, message):
    bad = write(tmp_path / name, content)
    (error,) = errors_then_good(tmp_path, bad)
    assert str(error) == f"{bad}: {message}"


def test_text_longer_than_max_chars_is_refused(tmp_path):
    bad = write(tmp_path / "long.txt", "Headline\n" + "Word " * 50)
    (error,) = errors_then_good(tmp_path, bad, max_chars=200)
    assert str(error) == f"{bad}: text too long: 250 characters (max_chars=200)"


def test_50_mb_text_file_is_refused_without_being_read(tmp_path):
    bad = tmp_path / "huge.txt"
    with bad.open("wb") as file:
        file.truncate(50 * 1024 * 1024)
    tracemalloc.start()
    try:
        (error,) = errors_then_good(tmp_path, bad)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(error) == f"{bad}: file too large: 52,428,800 bytes (limit 8,000,000 for max_chars=1,000,000)"
    assert peak < 1_000_000


def test_missing_path_is_reported(tmp_path):
    (error,) = errors_then_good(tmp_path, tmp_path / "nowhere.txt")
    assert error.message == "no such file or directory"


def test_path_through_a_file_is_reported(tmp_path):
    (error,) = errors_then_good(tmp_path, write(tmp_path / "a.txt", GOOD) / "b.txt")
    assert error.message == "cannot read: Not a directory"


@pytest.fixture
def lock(monkeypatch):
    """Make opening one path fail with EACCES, as chmod 000 would (tests may run as root)."""

    def lock_path(locked):
        real_open, real_scandir = pathlib.Path.open, os.scandir

        def refuse(path):
            if pathlib.Path(path) == locked:
                raise PermissionError(13, "Permission denied", str(path))

        def open_unless_locked(path, *args, **kwargs):
            refuse(path)
            return real_open(path, *args, **kwargs)

        def scandir_unless_locked(path):
            refuse(path)
            return real_scandir(path)

        monkeypatch.setattr(pathlib.Path, "open", open_unless_locked)
        monkeypatch.setattr(os, "scandir", scandir_unless_locked)

    return lock_path


@pytest.mark.parametrize("name", ["locked.txt", "locked.html", "locked.jsonl"])
def test_unreadable_file_is_reported(tmp_path, lock, name):
    bad = write(tmp_path / name, GOOD)
    lock(bad)
    (error,) = errors_then_good(tmp_path, bad)
    assert str(error) == f"{bad}: cannot read: Permission denied"


def test_unreadable_directory_is_reported(tmp_path, lock):
    locked = tmp_path / "locked"
    locked.mkdir()
    lock(locked)
    (error,) = errors_then_good(tmp_path, locked)
    assert str(error) == f"{locked}: cannot read directory: Permission denied"


JSONL_CASES = [
    ('{"text": "a", }', "malformed JSON: Expecting property name enclosed in double quotes (column 15)"),
    ('{"text": "a" "id": 1}', "malformed JSON: Expecting ',' delimiter (column 14)"),
    ("[1, 2]", "expected a JSON object, got an array"),
    ('"just a string"', "expected a JSON object, got a string"),
    ('{"id": "x", "url": "u"}', "record has neither 'text' nor 'html'"),
    ('{"text": ["a"]}', "field 'text' must be a string, not an array"),
    ('{"text": "a", "title": 5}', "field 'title' must be a string, not a number"),
    ('{"text": "a", "id": true}', "field 'id' must be a string or an integer, not a boolean"),
    ('{"text": "a", "published": {"y": 2020}}', "field 'published' must be a string, not an object"),
    ('{"text": "   "}', "no article text"),
    ('{"html": "<html><body></body></html>"}', "no article text found in the HTML"),
    ("[" * 100_000, "malformed JSON: maximum recursion depth exceeded while decoding a JSON array from a unicode string"),
]


@pytest.mark.parametrize(("line", "message"), JSONL_CASES)
def test_bad_jsonl_line_is_reported_with_its_line_and_the_next_lines_are_read(tmp_path, line, message):
    path = write(tmp_path / "x.jsonl", f'{{"text": "First."}}\n{line}\n{{"text": "Third."}}\n')
    first, error, third = read_inputs([path])
    assert str(error) == f"{path}:2: {message}"
    assert (first.text, third.text) == ("First.", "Third.")


def test_invalid_utf8_jsonl_line_is_reported_with_its_line(tmp_path):
    path = write(tmp_path / "x.jsonl", b'{"text": "ok"}\n{"text": "caf\xe9"}\n')
    assert str(list(read_inputs([path]))[1]) == f"{path}:2: invalid UTF-8 at byte offset 13"


def test_jsonl_line_over_the_limit_is_skipped_unread_and_counting_goes_on(tmp_path):
    path = tmp_path / "x.jsonl"
    with path.open("w") as file:
        file.write(json.dumps({"text": "x" * 3_000_000}) + "\n" + json.dumps({"text": "After."}) + "\n")
    tracemalloc.start()
    try:
        error, after = read_inputs([path], max_chars=10_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(error) == f"{path}:1: line too long: over 80,000 bytes (max_chars=10,000)"
    assert after.source == f"{path}:2"
    assert peak < 1_000_000
