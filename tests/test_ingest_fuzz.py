"""Untrusted input never breaks ingest: any bytes yield Articles or IngestErrors, nothing else."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parley.ingest import IngestError, read_inputs
from parley.records import Article

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=6,
)
records = st.dictionaries(
    st.sampled_from(["id", "text", "html", "url", "outlet", "title", "published", "extra"]),
    json_values | st.sampled_from(["<p>Body text of a page.</p>", "2020-11-05", "9 November 2020"]),
)
html_like = st.lists(
    st.sampled_from(["<html>", "<body>", "<article>", "<p>", "</p>", "<title>", "</title>", "<meta charset='x'>",
                     "Le said. ", "\x00", "\xff", "é", "<!--", "]]>", "<script>", "\n"]),
    max_size=40,
).map(lambda parts: "".join(parts).encode("utf-8", "surrogatepass"))


def assert_only_articles_or_errors(results):
    for result in results:
        assert isinstance(result, Article | IngestError)
        if isinstance(result, Article):
            assert result.text.strip() and result.id
        else:
            assert "\n" not in str(result)


@FUZZ
@given(content=st.binary(max_size=2000) | html_like, suffix=st.sampled_from([".txt", ".html", ".jsonl"]))
def test_arbitrary_bytes_in_any_format_yield_only_articles_or_errors(tmp_path, content, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(content)
    assert_only_articles_or_errors(list(read_inputs([path], max_chars=500)))


@FUZZ
@given(lines=st.lists(records.map(json.dumps) | json_values.map(json.dumps), max_size=5))
def test_arbitrary_json_records_yield_one_result_per_line(tmp_path, lines):
    path = tmp_path / "fuzz.jsonl"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    results = list(read_inputs([path]))
    assert_only_articles_or_errors(results)
    assert len(results) == max(len(lines), 1)
