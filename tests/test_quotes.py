"""Unit tests of the quotes stage: quote marks, cue positions, speakers, robustness."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.quotes import extract_quotes
from parley.quotes.marks import find_quoted_spans


def quoted_texts(text):
    return [text[span.start : span.end] for span in find_quoted_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will act" today.', ["we will act"]),
        ("He said “we will act” today.", ["we will act"]),
        ("He said ‘we will act’ today.", ["we will act"]),
        ("He said 'we will act' today.", ["we will act"]),
        ("Il a dit « nous agirons » hier.", ["nous agirons"]),
    ],
)
def test_every_mark_style_delimits_a_quote(text, expected):
    assert quoted_texts(text) == expected


def test_apostrophes_are_not_quote_marks():
    assert quoted_texts("China’s view and the countries’ ties, it's Le's view") == []


def test_single_quotes_inside_double_quotes_belong_to_the_outer_quote():
    assert quoted_texts("“He called it ‘a reset’ today,” she said.") == ["He called it ‘a reset’ today"]


def test_a_paragraph_reopening_with_a_mark_continues_the_quote():
    spans = find_quoted_spans("“First paragraph.\n\n“Second paragraph.”")
    assert [span.continued for span in spans] == [False, True]


def test_an_unclosed_mark_is_dropped_and_later_quotes_survive():
    assert quoted_texts("“Never closed\n\nThen “a real quote” here.") == ["a real quote"]


def extract(nlp, text):
    doc = nlp(text)
    return doc.text, extract_quotes(doc, "t")


def test_cue_after_the_quote(nlp):
    _, quotes = extract(nlp, "“We will follow international practice,” the spokesman Wang Wenbin said.")
    assert [(q.kind, q.text, q.speaker_name, q.cue.text) for q in quotes] == [
        ("direct", "We will follow international practice", "Wang Wenbin", "said")
    ]


def test_cue_before_the_quote_with_a_colon(nlp):
    _, quotes = extract(nlp, "Wang Huiyao added: “We hope the new government can meet China halfway.”")
    assert quotes[0].text == "We hope the new government can meet China halfway."
    assert (quotes[0].cue.text, quotes[0].speaker_name) == ("added", "Wang Huiyao")


def test_cue_in_the_middle_gives_both_halves_the_same_speaker(nlp):
    _, quotes = extract(nlp, "“The talks went well,” Seth Jaffe said, “and they will continue next week.”")
    assert [q.text for q in quotes] == ["The talks went well", "and they will continue next week."]
    assert {q.speaker_name for q in quotes} == {"Seth Jaffe"}


def test_quote_credited_after_a_dash(nlp):
    _, quotes = extract(nlp, "“We will never give up on peace.” — Nelson Mandela")
    assert quotes[0].speaker_name == "Nelson Mandela"


def test_indirect_speech_is_the_content_clause(nlp):
    text, quotes = extract(nlp, "Le Yucheng said Beijing hoped to see the election proceed smoothly.")
    assert quotes[0].kind == "indirect"
    assert quotes[0].text == "Beijing hoped to see the election proceed smoothly"


def test_according_to_credits_its_object(nlp):
    _, quotes = extract(nlp, "According to Pang Zhongying, Beijing has real expectations that Biden could change course.")
    assert quotes[0].text.startswith("Beijing has real expectations")
    assert quotes[0].speaker_name == "Pang Zhongying"


def test_paraphrase_with_a_quoted_fragment_is_mixed(nlp):
    _, quotes = extract(nlp, "Xie Feng said China “simply has no room for compromise” on Taiwan.")
    assert quotes[0].kind == "mixed"
    assert "simply has no room for compromise" in quotes[0].text


def test_floating_quote_takes_the_previous_speaker(nlp):
    _, quotes = extract(
        nlp, "“Trade will recover,” Seth Jaffe said.\n\n“Both sides need the deal and know it very well.”"
    )
    assert [q.speaker_name for q in quotes] == ["Seth Jaffe", "Seth Jaffe"]
    assert quotes[1].cue is None


def test_scare_quotes_are_not_statements(nlp):
    _, quotes = extract(nlp, "The government kept its “no comment” approach to the election.")
    assert quotes == []


def test_pronoun_resolves_to_the_person_introduced_before(nlp):
    _, quotes = extract(
        nlp, "Wang Jiangyu, an international law expert, spoke on Monday. “China gave in on trade,” he said."
    )
    assert quotes[-1].speaker_name == "Wang Jiangyu"
    assert quotes[-1].speaker_role == "international law expert"


def test_role_from_premodifiers(nlp):
    _, quotes = extract(nlp, "Chinese Foreign Ministry spokesman Wang Wenbin said China would follow practice.")
    assert quotes[0].speaker_role == "Chinese Foreign Ministry spokesman"


def test_description_resolves_to_the_role_holder(nlp):
    _, quotes = extract(
        nlp,
        "Foreign Ministry spokesman Wang Wenbin spoke in Beijing. Reporters asked about Biden. "
        "“We will follow international practices,” said the spokesman.",
    )
    assert quotes[-1].speaker_name == "Wang Wenbin"


def test_surname_shared_by_two_people_stays_unresolved(nlp):
    _, quotes = extract(
        nlp,
        "Wang Wenbin spoke on Monday. Analyst Wang Huiyao spoke on Tuesday. The weather was fine. "
        "Markets were calm.\n\nWang said the talks would go on.",
    )
    assert quotes[-1].speaker.text == "Wang"
    assert quotes[-1].speaker_name is None


def test_reporting_noun_object_takes_its_content_clause(nlp):
    _, quotes = extract(nlp, "China expressed hope that the two sides would cooperate.")
    assert [(q.kind, q.text, q.speaker.text) for q in quotes] == [
        ("indirect", "that the two sides would cooperate", "China")
    ]


def test_a_name_and_a_colon_credit_a_headline(nlp):
    _, quotes = extract(nlp, "Clinton: Trump will reverse Roe v. Wade")
    assert [(q.text, q.cue.text, q.speaker.text) for q in quotes] == [("Trump will reverse Roe v. Wade", ":", "Clinton")]


def test_quote_continued_in_a_new_paragraph_keeps_its_speaker(nlp):
    _, quotes = extract(nlp, "Wang Wenbin said: “We are aware of the result.\n\n“We will follow international practice.”")
    assert [q.text for q in quotes] == ["We are aware of the result.", "We will follow international practice."]
    assert [q.speaker_name for q in quotes] == ["Wang Wenbin", "Wang Wenbin"]


def test_pronoun_without_antecedent_stays_unresolved(nlp):
    _, quotes = extract(nlp, "“We will win,” he said.")
    assert (quotes[0].speaker.text, quotes[0].speaker_name) == ("he", None)


def test_name_the_tagger_missed_is_still_a_person(nlp):
    """The small model tags "Le Yucheng" as a facility and "Le" as an organisation."""
    _, quotes = extract(
        nlp, "The remarks by Le Yucheng, vice-minister of foreign affairs, were positive. Le said Beijing hoped for calm."
    )
    assert (quotes[0].speaker_name, quotes[0].speaker_role) == ("Le Yucheng", "vice-minister of foreign affairs")


def test_subject_that_cannot_speak_makes_no_statement(nlp):
    _, quotes = extract(nlp, "The approach suggests a new strategy.")
    assert quotes == []


ARBITRARY_TEXT = st.text(
    alphabet=st.sampled_from(list("ab said Le He. ,:;—\n\"'“”‘’«»")) | st.characters(exclude_categories=("Cs",)),
    max_size=300,
)
"""Any text a decoded article can hold (lone surrogates cannot be UTF-8, spaCy rejects them)."""
NEWS_LIKE_TEXT = st.lists(
    st.sampled_from(["said", "Wang Wenbin", "he", "“", "”", '"', "'", "‘", "’", "according to", "Le Yucheng,", ",",
                     ".", "\n", "\n\n", "the spokesman", "told reporters:", "—", "«", "»", "that", "China", "hopes"]),
    max_size=60,
).map(" ".join)
"""Quote marks, cues and names in any order: balanced, unbalanced and nested."""


@settings(max_examples=60, deadline=None)
@given(ARBITRARY_TEXT)
def test_marks_never_crash_and_spans_are_ordered(text):
    for span in find_quoted_spans(text):
        assert 0 <= span.open < span.start <= span.end < span.close <= len(text)


@settings(max_examples=60, deadline=None)
@given(st.one_of(ARBITRARY_TEXT, NEWS_LIKE_TEXT))
def test_arbitrary_text_gives_valid_quotes(nlp, text):
    doc = nlp(text)
    for quote in extract_quotes(doc, "x"):
        assert 0 <= quote.start < quote.end <= len(text)
        assert quote.text == text[quote.start : quote.end]
        assert quote.kind in ("direct", "indirect", "mixed")
        for span in (quote.cue, quote.speaker):
            assert span is None or span.text == text[span.start : span.end]
