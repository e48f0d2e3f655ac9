"""WARC and WARC.gz: HTML responses become Articles; other records are counted; bad records are reported."""

import io
from collections import Counter
from html import escape
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from parley.cli import app
from parley.ingest import IngestError, read_inputs
from parley.ingest.warc import WarcError, read_warc, read_warc_file
from parley.records import Article

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
CRAWLED = "2020-11-07T08:00:00Z"


def seed_paragraphs(name: str) -> list[str]:
    text = next(EXAMPLES.glob(f"{name}_*.txt")).read_text("utf-8")
    return [line for line in text.splitlines() if len(line.split()) > 8]


def html_page(title: str, paragraphs: list[str], published: str | None = None) -> str:
    """A news page around ``paragraphs``, with navigation and footer for trafilatura to remove."""
    date = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f"<html><head><title>{escape(title)}</title>{date}</head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{escape(title)}</h1>{body}</article><footer>Copyright Example</footer></body></html>")


def response(url: str, body: bytes, content_type: str = "text/html; charset=utf-8", status: str = "200 OK",
             date: str = CRAWLED) -> dict:
    return {"url": url, "body": body, "content_type": content_type, "status": status, "date": date}


def write_warc(path: Path, records: list[dict]) -> Path:
    path.write_bytes(warc_bytes(records, gzip=path.suffix == ".gz"))
    return path


def warc_bytes(records: list[dict], gzip: bool) -> bytes:
    """A WARC of response records (and a request record before each), written with warcio."""
    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "parley tests"}))
    for r in records:
        request = StatusAndHeaders(f"GET {r['url']} HTTP/1.1", [("Host", "example.com")], is_http_request=True)
        writer.write_record(writer.create_warc_record(r["url"], "request", http_headers=request))
        headers = StatusAndHeaders(r["status"], [("Content-Type", r["content_type"])], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            r["url"], "response", payload=io.BytesIO(r["body"]), http_headers=headers,
            warc_headers_dict={"WARC-Date": r["date"]},
        ))
    return stream.getvalue()


def seed_responses() -> list[dict]:
    """Two seed articles as pages: one that states its date, one that does not."""
    briefing = html_page("China hopes US will work together", seed_paragraphs("000"), "2020-11-05")
    undated = html_page("China declines to congratulate", seed_paragraphs("003"))
    return [
        response("https://news.example.com/china-hopes", briefing.encode()),
        response("https://news.example.com/no-congratulations", undated.encode()),
    ]


def read(path: Path) -> tuple[list[Article], list[IngestError]]:
    items = list(read_inputs([path]))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, IngestError)]


def record_offsets(path: Path) -> list[int]:
    """The offset of every response record, as warcio's own iterator reports it."""
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as stream:
        iterator = ArchiveIterator(stream)
        return [iterator.offset for record in iterator if record.rec_type == "response"]


def test_html_responses_become_articles_with_the_target_uri_and_the_page_date(tmp_path):
    for name in ("crawl.warc", "crawl.warc.gz"):
        articles, errors = read(write_warc(tmp_path / name, seed_responses()))
        assert errors == []
        assert [a.url for a in articles] == [
            "https://news.example.com/china-hopes", "https://news.example.com/no-congratulations"]
        assert articles[0].published == "2020-11-05"
        assert "Le Yucheng" in articles[0].text and "Home" not in articles[0].text
        assert articles[0].title == "China hopes US will work together"


def test_a_page_that_states_no_date_is_dated_by_the_day_it_was_crawled(tmp_path):
    articles, _ = read(write_warc(tmp_path / "crawl.warc.gz", seed_responses()))
    assert articles[1].published == "2020-11-07"


def test_article_source_names_the_file_and_the_record_offset(tmp_path):
    path = write_warc(tmp_path / "crawl.warc.gz", seed_responses())
    articles, _ = read(path)
    assert [a.source for a in articles] == [f"{path}@{offset}" for offset in record_offsets(path)]


def mixed_warc(path: Path, *extra: dict) -> Path:
    """The seed pages, an image and a redirect (and ``extra`` records) in one WARC."""
    return write_warc(path, [
        *seed_responses(),
        response("https://news.example.com/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"),
        response("https://news.example.com/old", b"<html>moved</html>", status="301 Moved Permanently"),
        *extra,
    ])


def test_records_that_are_no_html_page_are_skipped_and_counted_by_kind(tmp_path):
    path = mixed_warc(tmp_path / "mixed.warc.gz",
                      response("https://news.example.com/report.pdf", b"%PDF-1.4", content_type="application/pdf"))
    skipped: Counter[str] = Counter()
    items = list(read_warc_file(path, 1_000_000, skipped))
    assert len(items) == 2 and all(isinstance(i, Article) for i in items)
    assert skipped == {"warcinfo record": 1, "request record": 5, "content type image/png": 1,
                       "HTTP status 301": 1, "content type application/pdf": 1}


def test_read_inputs_counts_the_skipped_records_of_every_warc_it_reads(tmp_path):
    mixed_warc(tmp_path / "one.warc.gz")
    mixed_warc(tmp_path / "two.warc")
    skipped: Counter[str] = Counter()
    items = list(read_inputs([tmp_path], skipped=skipped))
    assert len(items) == 4
    assert skipped == {"warcinfo record": 2, "request record": 8, "content type image/png": 2, "HTTP status 301": 2}


def test_run_summary_says_how_many_warc_records_were_skipped_and_why(tmp_path):
    result = CliRunner().invoke(app, ["run", str(mixed_warc(tmp_path / "crawl.warc.gz")), "--db",
                                      str(tmp_path / "s.duckdb")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert ("2 articles processed (2 added), 0 inputs failed, 7 WARC records skipped as no HTML page "
            "(1 HTTP status 301, 1 content type image/png, 4 request record, 1 warcinfo record)") in result.stderr


def test_a_record_whose_content_does_not_match_its_digest_is_reported_and_the_others_are_read(tmp_path):
    path = write_warc(tmp_path / "crawl.warc", seed_responses())
    data = bytearray(path.read_bytes())
    at = data.index(b"Le Yucheng")
    data[at:at + 2] = b"XX"
    path.write_bytes(bytes(data))
    articles, errors = read(path)
    assert [a.url for a in articles] == ["https://news.example.com/no-congratulations"]
    (error,) = errors
    assert isinstance(error, WarcError) and error.offset == record_offsets(path)[0]
    assert "corrupt record" in error.message and "digest" in error.message


def test_a_truncated_gzip_is_reported_at_the_offset_where_it_breaks_and_the_records_before_it_are_read(tmp_path):
    path = write_warc(tmp_path / "crawl.warc.gz", seed_responses())
    last = record_offsets(path)[-1]
    path.write_bytes(path.read_bytes()[: last + 300])
    articles, errors = read(path)
    assert [a.url for a in articles] == ["https://news.example.com/china-hopes"]
    (error,) = errors
    assert error.offset == last and "truncated" in error.message
    assert str(error).startswith(f"{path}@{last}: ")


def test_reading_resumes_at_the_next_gzip_member_after_an_unreadable_record(tmp_path):
    path = write_warc(tmp_path / "crawl.warc.gz", seed_responses())
    first, second = record_offsets(path)
    data = bytearray(path.read_bytes())
    data[first + 20:first + 60] = bytes(40)
    path.write_bytes(bytes(data))
    articles, errors = read(path)
    assert [a.url for a in articles] == ["https://news.example.com/no-congratulations"]
    assert [e.offset for e in errors] == [first]


def test_a_page_not_in_utf8_without_a_declared_charset_is_reported_and_a_declared_charset_is_honoured(tmp_path):
    paragraphs = [p for p in seed_paragraphs("001") if p.isascii()]
    page = html_page("Café diplomacy in Beijing", [*paragraphs, "The café was full, señor, said a diplomat."])
    path = write_warc(tmp_path / "latin.warc", [
        response("https://news.example.com/undeclared", page.encode("latin-1"), content_type="text/html"),
        response("https://news.example.com/declared", page.encode("latin-1"),
                 content_type="text/html; charset=ISO-8859-1"),
    ])
    articles, errors = read(path)
    assert [a.url for a in articles] == ["https://news.example.com/declared"]
    assert "señor" in articles[0].text
    (error,) = errors
    assert error.offset == record_offsets(path)[0] and "not valid utf-8" in error.message


def test_a_gzip_file_that_is_not_a_warc_is_reported_as_unsupported(tmp_path):
    (tmp_path / "articles.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00")
    articles, (error,) = read(tmp_path / "articles.jsonl.gz")
    assert articles == [] and "'.jsonl.gz'" in error.message


CLEAN_WARC_GZ = warc_bytes(seed_responses(), gzip=True)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_damaged_warc_bytes_give_articles_and_errors_never_an_exception(data):
    clean = CLEAN_WARC_GZ
    damaged = bytearray(clean)
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(damaged) - 1))
        damaged[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(1, len(damaged)))
    items = list(read_warc(io.BytesIO(bytes(damaged[:cut])), "damaged.warc.gz", 1_000_000, Counter()))
    assert all(isinstance(i, Article | IngestError) for i in items)
    assert len([i for i in items if isinstance(i, Article)]) <= 2



def test_a_page_over_the_size_limit_is_reported_without_being_read_whole(tmp_path):
    path = write_warc(tmp_path / "crawl.warc.gz", seed_responses())
    items = list(read_warc_file(path, 200, Counter()))
    assert [type(i) for i in items] == [WarcError, WarcError]
    assert all("page too large: over 1,600 bytes" in i.message for i in items)
