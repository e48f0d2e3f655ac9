"""The coder's data files list each pattern once: a second row for the same words silently overrides the first."""

from collections import Counter

import pytest

from parley.datafiles import data_lines, tsv_rows


@pytest.mark.parametrize(("name", "key_width"), [
    ("verbs.tsv", 3),
    ("nouns.tsv", 2),
    ("adjectives.tsv", 2),
    ("means.tsv", 2),
])
def test_each_pattern_is_listed_once(name, key_width):
    counts = Counter(tuple(row[:key_width]) for row in tsv_rows(data_lines("parley.events", name)))
    assert [key for key, count in counts.items() if count > 1] == []
