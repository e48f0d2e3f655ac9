"""Quotes, round 8: fewer false quotes in general news. A day is not what was called for; an
attack of force, a wish for a person or an office, a belief in an open question, a call without
a name given and a repetition that only names a statement report nothing; a statement that
"suggests" is the writer's inference; a clause keeps the verbs coordinated in it and loses the
phrase saying how a thing was done; a title-case headline phrase is no part of a speaker."""

import pytest

from parley.quotes import extract_quotes


def extract(nlp, text):
    return extract_quotes(nlp(text), "t")


def contents(quotes):
    return [q.text for q in quotes]


def test_a_day_after_a_particle_is_not_what_was_called_for(nlp):
    quotes = extract(nlp, "Senator John Smith called on Tuesday for an end to the strike.")
    assert contents(quotes) == ["an end to the strike"]


def test_a_call_to_someone_on_a_day_is_no_statement(nlp):
    assert extract(nlp, "The governor called lawmakers on Tuesday.") == []


def test_calling_someone_a_name_is_still_reported(nlp):
    quotes = extract(nlp, "Trump called the system “rotten” at a rally.")
    assert any("rotten" in q.text for q in quotes)


@pytest.mark.parametrize("text", [
    "Protesters attacked the police station on Monday.",
    "Russia's attacks on Ukrainian cities continued.",
    "Gunmen attacked Kabul on Tuesday.",
])
def test_an_attack_of_force_is_no_statement(nlp, text):
    assert extract(nlp, text) == []


@pytest.mark.parametrize("text, content", [
    ("Trump attacked Clinton over her emails.", "Clinton over her emails"),
    ("His attacks on the president drew criticism.", "the president"),
    ("Secretary of State Mike Pompeo attacked China on Tuesday.", "China on Tuesday"),
])
def test_an_attack_in_words_is_still_reported(nlp, text, content):
    assert contents(extract(nlp, text)) == [content]


@pytest.mark.parametrize("text", [
    "He wants it.",
    "Trump wants him on the ticket.",
    "He is seeking to succeed Senator Jane Doe, who is retiring.",
    "Three other senators are also seeking the nomination.",
])
def test_a_wish_for_a_person_a_pronoun_or_an_office_is_no_statement(nlp, text):
    assert extract(nlp, text) == []


def test_a_wish_to_act_is_still_reported(nlp):
    assert contents(extract(nlp, "The company wants to expand into Asia.")) == ["to expand into Asia"]


def test_a_belief_in_an_open_question_states_nothing(nlp):
    quotes = extract(nlp, "He thinks about what to do, and he believes what he wants.")
    assert not any(q.cue.text.endswith(("thinks", "believes")) for q in quotes)


def test_a_belief_in_a_statement_is_still_reported(nlp):
    assert contents(extract(nlp, "He thinks it is time to act.")) == ["it is time to act"]


def test_coordinated_verbs_stay_in_the_content(nlp):
    quotes = extract(nlp, "Smith said he didn't seek or receive Obama's endorsement.")
    assert contents(quotes) == ["he didn't seek or receive Obama's endorsement"]


def test_a_second_reporting_verb_still_ends_the_content(nlp):
    quotes = extract(nlp, "Smith said he would cut taxes and predicted that growth would follow.")
    assert contents(quotes) == ["he would cut taxes", "that growth would follow"]


def test_a_phrase_saying_how_is_not_part_of_an_objects_content(nlp):
    quotes = extract(nlp, "He denounced the result without providing evidence that there was fraud.")
    assert contents(quotes) == ["the result"]


def test_echoing_a_statement_reports_no_content(nlp):
    quotes = extract(nlp, "Xi Jinping also highlighted the mutual benefits of bilateral cooperation, "
                          "echoing the Ministry of Commerce's statement.")
    assert contents(quotes) == ["the mutual benefits of bilateral cooperation"]


def test_repeating_a_call_for_something_is_still_reported(nlp):
    assert contents(extract(nlp, "He reiterated his call for talks.")) == ["his call for talks"]


def test_statements_that_suggest_something_are_no_speaker(nlp):
    assert extract(nlp, "China's optimistic statements suggest a strategy to de-escalate these threats.") == []


def test_a_report_that_suggests_a_clause_still_speaks(nlp):
    quotes = extract(nlp, "The report suggests that growth will slow.")
    assert [(q.speaker.text, q.text) for q in quotes] == [("The report", "that growth will slow")]


def test_a_capitalised_preposition_ends_a_headline_speaker(nlp):
    quotes = extract(nlp, "Hillary Clinton Under Pressure Says She Will Release Transcripts")
    assert [(q.speaker.text, q.speaker_name) for q in quotes] == [("Hillary Clinton", "Hillary Clinton")]


def test_a_headline_phrase_the_tagger_ran_into_a_name_leaves_the_name(nlp):
    quotes = extract(nlp, "Obama Under Fire From Democrats Says He Will Not Resign\n\n"
                          "President Barack Obama spoke on Monday.")
    assert [(q.speaker.text, q.speaker_name) for q in quotes] == [("Obama", "Barack Obama")]


def test_seed_003_has_no_quote_of_a_named_statement_or_an_inference(nlp, examples_dir):
    text = (examples_dir / "003_7b4225dc4e1f0048.txt").read_text(encoding="utf-8")
    quotes = extract(nlp, text)
    assert "the Ministry of Commerce’s statement" not in contents(quotes)
    assert not any(q.speaker and q.speaker.text.startswith("China’s optimistic statements") for q in quotes)
    assert any(q.speaker_name == "He Yongqian" for q in quotes)


def test_a_call_to_someone_to_do_something_gives_them_no_name(nlp):
    quotes = extract(nlp, "Xi Jinping called Joe Biden to congratulate him on his victory.")
    assert not any("Joe Biden" in q.text for q in quotes)
