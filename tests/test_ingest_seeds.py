"""Ingest end to end on the five seed articles: titles, dates, residue gone, sentences intact."""

from pathlib import Path

import pytest

from parley.ingest import IngestError, read_inputs
from parley.records import content_hash

EXPECTED_METADATA = {
    "000": ("China says it hopes whoever wins US election will ‘work together with us’", None),
    "001": ("China Declines to Formally Recognize Biden Win in US Elections", "2020-11-09"),
    "002": (None, "2020-11-05"),
    "003": ("China Seeks Increased Cooperation with the U.S. Following Trump’s Re-election", None),
    "004": ("Chinese leader calls for stable US relations as Taiwan election tests ties", None),
}
SEEDS = sorted(EXPECTED_METADATA)

CAPTION = (
    "Chinese Foreign Ministry spokesman Wang Wenbin speaks during a daily media briefing at the "
    "Ministry of Foreign Affairs in Beijing, China, 18 September 2020."
)
DROPPED_LINES = {
    "000": {EXPECTED_METADATA["000"][0], "Additional reporting by Catherine Wong and William Zheng"},
    "001": {
        "• Live", "• Audio Only", "• google plus", "• facebook", "• twitter", "News > China",
        EXPECTED_METADATA["001"][0], f"• {CAPTION}", f"{CAPTION} | Photo: EFE/EPA",
        "Published 9 November 2020", "Post with no comments.",
    },
    "002": set(),
    "003": {EXPECTED_METADATA["003"][0]},
    "004": {EXPECTED_METADATA["004"][0]},
}
DATELINE_PREFIXES = {"002": " date 2020-11-05 "}


def seed_path(examples_dir: Path, seed: str) -> Path:
    (path,) = examples_dir.glob(f"{seed}_*.txt")
    return path


def read_seed(examples_dir: Path, seed: str):
    (article,) = read_inputs([seed_path(examples_dir, seed)])
    assert not isinstance(article, IngestError), str(article)
    return article


def article_lines(examples_dir: Path, seed: str) -> list[str]:
    """The seed's lines that are the article's own, as the file has them."""
    raw = seed_path(examples_dir, seed).read_text(encoding="utf-8")
    raw = raw.replace(DATELINE_PREFIXES.get(seed, ""), "", 1)
    return [line for line in raw.split("\n") if line.strip() and line.strip() not in DROPPED_LINES[seed]]


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_title_and_publication_date(examples_dir, seed):
    article = read_seed(examples_dir, seed)
    assert (article.title, article.published) == EXPECTED_METADATA[seed]


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_keeps_every_article_line_byte_for_byte_and_in_order(examples_dir, seed):
    text = read_seed(examples_dir, seed).text
    position = 0
    for line in article_lines(examples_dir, seed):
        found = text.find(line, position)
        assert found >= 0, f"missing or out of order: {line[:80]!r}"
        position = found + len(line)


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_text_holds_no_dropped_line(examples_dir, seed):
    lines = {line.strip() for line in read_seed(examples_dir, seed).text.split("\n")}
    assert not lines & DROPPED_LINES[seed]


def test_seed_text_has_nothing_but_article_lines_and_paragraph_breaks(examples_dir):
    for seed in SEEDS:
        text = read_seed(examples_dir, seed).text
        assert [line for line in text.split("\n") if line.strip()] == article_lines(examples_dir, seed)
        assert text == text.strip("\n")


def test_dateline_is_taken_off_the_sentence_it_opens(examples_dir):
    text = read_seed(examples_dir, "002").text
    assert text.startswith("Maintaining and promoting healthy and steady development of bilateral relations")
    assert "2020-11-05" not in text


def test_seed_articles_carry_source_and_content_hash_id(examples_dir):
    articles = list(read_inputs([examples_dir]))
    seed_articles = [a for a in articles if not isinstance(a, IngestError)]
    assert [a.source for a in seed_articles] == [str(seed_path(examples_dir, seed)) for seed in SEEDS]
    assert all(a.id == content_hash(a.text) for a in seed_articles)
    assert len({a.id for a in seed_articles}) == len(SEEDS)
