"""Reading each input format: HTML pages, JSONL records, stdin, and directories."""

import io
import json
import sys

import pytest

from parley.ingest import IngestError, read_inputs
from parley.records import Article, content_hash

BODY = (
    "China's vice foreign minister Le Yucheng said on Thursday that China hopes the new US "
    "administration will work together with China to focus on cooperation and manage differences."
)
PAGE = f"""<html><head><title>China hopes for cooperation | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:url" content="https://news.example.com/a/1">
<meta property="article:published_time" content="2020-11-05T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>China hopes for cooperation</h1><p>{BODY}</p>
<p>"There are broad common interests and room for cooperation," he said in Beijing.</p></article>
<footer>Copyright 2020 Example News</footer></body></html>"""


def write_jsonl(path, *records):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return path


def only(items):
    (item,) = items
    assert isinstance(item, Article), str(item)
    return item


def test_html_page_gives_body_and_metadata_without_navigation(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    article = only(read_inputs([tmp_path / "page.html"]))
    assert (article.title, article.published, article.outlet, article.url) == (
        "China hopes for cooperation", "2020-11-05", "Example News", "https://news.example.com/a/1")
    assert article.text.startswith(BODY)
    assert "Home" not in article.text and "Copyright" not in article.text
    assert article.id == content_hash(article.text)


def test_html_page_in_a_declared_legacy_charset_is_decoded(tmp_path):
    page = PAGE.replace("<head>", '<head><meta charset="windows-1252">').replace("Beijing", "Beijing – café")
    (tmp_path / "page.htm").write_bytes(page.encode("windows-1252"))
    assert "Beijing – café" in only(read_inputs([tmp_path / "page.htm"])).text


def test_jsonl_text_is_taken_verbatim_with_the_given_metadata(tmp_path):
    text = "• facebook\nTitle-like line\n\nBody sentence.\n"
    path = write_jsonl(tmp_path / "a.jsonl", {"id": "x1", "text": text, "url": "https://a.example/1",
                                              "outlet": "A", "title": "T", "published": "2020-11-09T08:00:00Z"})
    article = only(read_inputs([path]))
    assert (article.id, article.text, article.url, article.outlet, article.title, article.published) == (
        "x1", text, "https://a.example/1", "A", "T", "2020-11-09")
    assert article.source == f"{path}:1"


def test_jsonl_integer_id_becomes_a_string_and_missing_id_the_content_hash(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", {"id": 42, "text": "One."}, {"text": "Two."})
    first, second = read_inputs([path])
    assert (first.id, second.id) == ("42", content_hash("Two."))


def test_jsonl_html_record_goes_through_trafilatura_and_given_fields_win(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", {"html": PAGE, "title": "Given title"})
    article = only(read_inputs([path]))
    assert (article.title, article.published, article.outlet) == ("Given title", "2020-11-05", "Example News")
    assert article.text.startswith(BODY)


def test_jsonl_published_that_is_no_date_becomes_none_and_a_note(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", {"text": "Body.", "published": "sometime in 2020"})
    article = only(read_inputs([path]))
    assert article.published is None
    assert article.errors == ["published: not a whole date: 'sometime in 2020'"]


def test_jsonl_blank_lines_are_skipped_and_line_numbers_kept(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", {"text": "One."}, "", "   ", {"text": "Two."})
    assert [a.source for a in read_inputs([path])] == [f"{path}:1", f"{path}:4"]


def test_dash_reads_jsonl_from_stdin(monkeypatch):
    lines = b'{"text": "From stdin."}\n{"text": 3}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines)))
    article, error = read_inputs(["-"])
    assert (article.text, article.source) == ("From stdin.", "<stdin>:1")
    assert str(error) == "<stdin>:2: field 'text' must be a string, not a number"


def test_directory_is_walked_recursively_in_sorted_order_skipping_hidden_entries(tmp_path):
    for name in ("b/z.txt", "b/a.TXT", "a.txt", "c.jsonl", ".hidden.txt", ".git/x.txt", "notes.pdf"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text('{"text": "JSON body."}' if name.endswith("jsonl") else "Body text.")
    results = list(read_inputs([tmp_path]))
    assert [r.source for r in results] == [
        f"{tmp_path}/a.txt", f"{tmp_path}/b/a.TXT", f"{tmp_path}/b/z.txt", f"{tmp_path}/c.jsonl:1",
        f"{tmp_path}/notes.pdf"]
    assert str(results[-1]) == f"{tmp_path}/notes.pdf: unsupported file type '.pdf': expected .htm, .html, .jsonl, .txt, .warc, .warc.gz"


def test_hidden_file_given_explicitly_is_read(tmp_path):
    path = tmp_path / ".draft.txt"
    path.write_text("Body text.")
    assert only(read_inputs([path])).text == "Body text."


def test_symlink_to_a_directory_is_reported_not_followed(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("Body text.")
    (tmp_path / "link").symlink_to(tmp_path / "real")
    results = list(read_inputs([tmp_path]))
    assert isinstance(results[0], IngestError) and "not followed" in results[0].message
    assert results[1].source == f"{tmp_path}/real/a.txt"


def test_same_text_in_two_files_gets_the_same_id(tmp_path):
    (tmp_path / "one.txt").write_text("Headline Here\nBody sentence.")
    (tmp_path / "two.txt").write_text("Other Headline\nBody sentence.")
    first, second = read_inputs([tmp_path])
    assert first.id == second.id == content_hash("Body sentence.")


@pytest.mark.parametrize(("line", "expected"), [(12, "x.jsonl:12: bad"), (None, "x.jsonl: bad")])
def test_ingest_error_reads_as_one_line_naming_source_and_line(line, expected):
    assert str(IngestError("x.jsonl", line, "bad")) == expected
