"""What reports speech: a verb of saying, calling, attacking in words, wanting or believing reports a
statement only with content that can be one -- not an attack of force, a call to someone on a day, a
wish for a person or an office, a belief in an open question, a statement merely echoed or named, nor
the writer's inference from what "suggests"."""

import pytest
from spacy.tokens import Doc

from parley.quotes import extract_quotes


def contents(quotes):
    return [q.text for q in quotes]


def test_a_call_to_someone_on_a_day_is_no_statement(quotes_of):
    assert quotes_of("The governor called lawmakers on Tuesday.") == []


def test_a_call_to_someone_to_do_something_gives_them_no_name(quotes_of):
    quotes = quotes_of("Xi Jinping called Joe Biden to congratulate him on his victory.")
    assert not any("Joe Biden" in q.text for q in quotes)


def test_calling_someone_a_name_is_still_reported(quotes_of):
    quotes = quotes_of("Trump called the system “rotten” at a rally.")
    assert any("rotten" in q.text for q in quotes)


@pytest.mark.parametrize("text", [
    "Protesters attacked the police station on Monday.",
    "Russia's attacks on Ukrainian cities continued.",
    "Gunmen attacked Kabul on Tuesday.",
])
def test_an_attack_of_force_is_no_statement(quotes_of, text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, content", [
    ("Trump attacked Clinton over her emails.", "Clinton over her emails"),
    ("His attacks on the president drew criticism.", "the president"),
    ("Secretary of State Mike Pompeo attacked China on Tuesday.", "China on Tuesday"),
])
def test_an_attack_in_words_is_still_reported(quotes_of, text, content):
    assert contents(quotes_of(text)) == [content]


@pytest.mark.parametrize("text", [
    "He wants it.",
    "Trump wants him on the ticket.",
    "He is seeking to succeed Senator Jane Doe, who is retiring.",
    "Three other senators are also seeking the nomination.",
])
def test_a_wish_for_a_person_a_pronoun_or_an_office_is_no_statement(quotes_of, text):
    assert quotes_of(text) == []


def test_a_wish_to_act_is_still_reported(quotes_of):
    assert contents(quotes_of("The company wants to expand into Asia.")) == ["to expand into Asia"]


def test_a_belief_in_an_open_question_states_nothing(quotes_of):
    quotes = quotes_of("He thinks about what to do, and he believes what he wants.")
    assert not any(q.cue.text.endswith(("thinks", "believes")) for q in quotes)


def test_a_belief_in_a_statement_is_still_reported(quotes_of):
    assert contents(quotes_of("He thinks it is time to act.")) == ["it is time to act"]


def test_echoing_a_statement_reports_no_content(quotes_of):
    quotes = quotes_of("Xi Jinping also highlighted the mutual benefits of bilateral cooperation, "
                       "echoing the Ministry of Commerce's statement.")
    assert contents(quotes) == ["the mutual benefits of bilateral cooperation"]


def test_repeating_a_call_for_something_is_still_reported(quotes_of):
    assert contents(quotes_of("He reiterated his call for talks.")) == ["his call for talks"]


def test_statements_that_suggest_something_are_no_speaker(quotes_of):
    assert quotes_of("China's optimistic statements suggest a strategy to de-escalate these threats.") == []


def test_a_report_that_suggests_a_clause_still_speaks(quotes_of):
    quotes = quotes_of("The report suggests that growth will slow.")
    assert [(q.speaker.text, q.text) for q in quotes] == [("The report", "that growth will slow")]


def test_seed_003_has_no_quote_of_a_named_statement_or_an_inference(examples_dir, quotes_of):
    text = (examples_dir / "003_7b4225dc4e1f0048.txt").read_text(encoding="utf-8")
    quotes = quotes_of(text)
    assert "the Ministry of Commerce’s statement" not in contents(quotes)
    assert not any(q.speaker and q.speaker.text.startswith("China’s optimistic statements") for q in quotes)
    assert any(q.speaker_name == "He Yongqian" for q in quotes)


def test_an_aside_whose_phrase_ends_the_text_does_not_crash(nlp):
    # "Democrats applaud, Frank notes today" parsed with the aside's setting as the text's last token
    doc = Doc(nlp.vocab, words=["Democrats", "applaud", ",", "Frank", "notes", "today"],
              spaces=[True, False, True, True, True, False], heads=[1, 1, 1, 4, 1, 4],
              deps=["nsubj", "ROOT", "punct", "nsubj", "ccomp", "npadvmod"],
              pos=["PROPN", "VERB", "PUNCT", "PROPN", "VERB", "NOUN"], tags=["NNPS", "VBP", ",", "NNP", "VBZ", "NN"],
              lemmas=["Democrats", "applaud", ",", "Frank", "note", "today"], sent_starts=[True] + [False] * 5)
    assert isinstance(extract_quotes(doc, "doc"), list)


def test_a_name_given_without_a_comma_is_a_statement_but_a_description_set_off_is_not(nlp):
    # "called Xi Jinping a dictator": the parser may read the name as an apposition; "called Smith, a former
    # aide, on Monday" is a telephone call.
    assert [q.cue.text for q in extract_quotes(nlp("Biden called Xi Jinping a dictator on Wednesday."), "t")] == ["called"]
    assert extract_quotes(nlp("Biden called Smith, a former aide, on Monday."), "t") == []


def test_a_that_clause_inside_a_clause_of_when_is_not_the_content_of_the_cue(nlp):
    # the cue keeps the quote before it, whose speaker is not run into the quote
    quotes = extract_quotes(nlp(
        "“That’s a legitimate concern, because they’re very passionate and very principled,” Sarandon, 69, told "
        "MSNBC Monday when asked about concerns that Sanders’s supporters would not support Clinton if he loses the "
        "nomination."), "t")
    told = [q for q in quotes if q.cue and q.cue.text == "told"]
    assert [(q.speaker.text, q.text) for q in told] == [
        ("Sarandon", "That’s a legitimate concern, because they’re very passionate and very principled")]


def test_a_reporting_verb_before_a_name_and_its_colon_is_the_cue_and_the_name_the_speaker(nlp):
    quotes = extract_quotes(nlp("Added Smith: “We will win this fight.”"), "t")
    assert [(q.speaker.text, q.cue.text, q.text) for q in quotes] == [("Smith", "Added", "We will win this fight.")]
