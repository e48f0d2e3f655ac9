"""End-to-end facts of issue 3 on the seed articles, parsed as they are on disk."""

import pytest

from parley.quotes import extract_quotes

SEEDS = {
    "000": "000_fa3c8ba41b77eecd.txt",
    "001": "001_4186dd7e8ebc7c7d.txt",
    "002": "002_bc29bb85eeafa895.txt",
    "003": "003_7b4225dc4e1f0048.txt",
    "004": "004_5bc4c2818eaa423d.txt",
}


@pytest.fixture(scope="module")
def seed_quotes(nlp, examples_dir):
    quotes = {}
    for key, name in SEEDS.items():
        doc = nlp((examples_dir / name).read_text(encoding="utf-8"))
        quotes[key] = (doc.text, extract_quotes(doc, key))
    return quotes


def quote_with(seed_quotes, seed, words):
    """The shortest quote holding `words`: the statement itself, not an outlet's report of it."""
    text, quotes = seed_quotes[seed]
    matches = [q for q in quotes if words in q.text]
    assert matches, f"no quote in {seed} contains {words!r}"
    return min(matches, key=lambda q: len(q.text))


@pytest.mark.parametrize(
    ("seed", "words", "speaker"),
    [
        ("000", "In spite of the differences between China and the US, there are broad common interests", "Le Yucheng"),
        ("000", "I suspect Beijing prefers Biden to Trump because he is predictable", "Seth Jaffe"),
        ("000", "Barack Obama failed to change China", "Wang Jiangyu"),
        ("000", "Beijing has real expectations that Biden could overhaul Trump’s confrontational China policy", "Pang Zhongying"),
        # "he said" after "According to Pang, ... which Trump has effectively done away with": Pang, not Trump.
        ("000", "That said, China knows full well that it’s impossible to go back", "Pang Zhongying"),
        ("000", "And it remains to be seen how far Biden could go", "Pang Zhongying"),
        ("001", "We are aware that Mr. Biden has announced that he is the winner of the election", "Wang Wenbin"),
        ("001", "Biden’s election means an opportunity to re-establish relations", "Wang Huiyao"),
        ("001", "On the question of the (congratulatory) statement by China, we will follow international practices", "Wang Wenbin"),
        ("002", "China's attitude toward the bilateral relations is clear and consistent", "Le Yucheng"),
        ("004", "China is willing to work with the US to promote the stable, healthy and sustainable development", "Xi Jinping"),
        ("004", "The broadest consensus is that we should make the China-US relationship work", "Xie Feng"),
    ],
)
def test_seed_statement_is_credited_to_its_speaker(seed_quotes, seed, words, speaker):
    assert quote_with(seed_quotes, seed, words).speaker_name == speaker


def test_the_outlet_that_relays_xis_quote_is_its_second_source(seed_quotes):
    _, quotes = seed_quotes["004"]
    relays = [q for q in quotes if q.cue and q.cue.text == "reports" and "China is willing to work" in q.text]
    assert [q.speaker.text for q in relays] == ["Bloomberg"]


def test_le_yucheng_role_comes_from_the_apposition(seed_quotes):
    quote = quote_with(seed_quotes, "000", "In spite of the differences between China and the US")
    assert "vice-minister of foreign affairs" in quote.speaker_role


def test_the_spokesman_is_the_mention_of_the_second_wang_wenbin_quote(seed_quotes):
    quote = quote_with(seed_quotes, "001", "On the question of the (congratulatory) statement")
    assert quote.speaker.text == "the spokesman"
    assert quote.cue.text == "said"


def test_pang_zhongying_is_reported_as_indirect_speech(seed_quotes):
    quote = quote_with(seed_quotes, "000", "Beijing has real expectations")
    assert quote.kind == "indirect"
    assert quote.cue.text.lower() == "according to"


def test_ambiguous_wang_is_never_given_a_wrong_name(seed_quotes):
    """After both Wang Wenbin and Wang Huiyao are introduced, a bare "Wang" that is not
    right after one of them stays unresolved."""
    quote = quote_with(seed_quotes, "001", "We hope the new U.S. government can meet China halfway")
    assert quote.speaker.text == "Wang"
    assert quote.speaker_name is None


def test_navigation_residue_holds_no_quote(seed_quotes):
    text, quotes = seed_quotes["001"]
    residue_end = text.index("News > China")
    assert all(q.start >= residue_end and (q.speaker is None or q.speaker.start >= residue_end) for q in quotes)


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_seed_quote_offsets_match_their_text(seed_quotes, seed):
    text, quotes = seed_quotes[seed]
    for number, quote in enumerate(quotes, start=1):
        assert quote.id == f"{seed}:q{number}"
        assert quote.text == text[quote.start : quote.end]
        for span in (quote.cue, quote.speaker):
            assert span is None or span.text == text[span.start : span.end]
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
