"""Where a statement's content and its speaker mention begin and end: after "told", the content is what
was told, never who was told; a day, a phrase saying how, or a possessive inside what a verb speaks of is
no part of it; verbs coordinated in a clause stay in it and a second reporting verb ends it; a name with
its age before "told" is the speaker of the quote before it."""

import pytest


def contents(quotes):
    return [q.text for q in quotes]


def test_who_was_told_is_not_what_was_said(quotes_of):
    quotes = quotes_of("Senator Maria Alvarez told Channel Four News on Sunday.")
    assert quotes == []


def test_the_members_told_are_not_what_was_said(quotes_of):
    assert quotes_of("She told members of the budget committee.") == []


def test_a_story_told_is_what_was_said(quotes_of):
    quotes = quotes_of("Mr. Okafor told the story of his first campaign in Lagos.")
    assert contents(quotes) == ["the story of his first campaign in Lagos"]


def test_a_clause_after_the_one_told_is_what_was_said(quotes_of):
    quotes = quotes_of("The deal came two days after Mr. Dunmore told The Daily Ledger he was “not ready yet” to sign it.")
    assert [(q.text, q.speaker.text) for q in quotes] == [("he was “not ready yet” to sign it", "Mr. Dunmore")]


def test_a_clause_after_the_one_told_and_when_is_what_was_said(quotes_of):
    quotes = quotes_of("The attack started a debate, with Senator Paul Hendry telling reporters on Thursday "
                       "he viewed the mayor as “directly responsible” for the delay.")
    assert [(q.text, q.speaker_name) for q in quotes] == [
        ("he viewed the mayor as “directly responsible” for the delay", "Paul Hendry")]


def test_a_name_with_its_age_speaks_the_quote_before_told(quotes_of):
    quotes = quotes_of("“We were tremendously wrong to not have confronted him from the beginning,” Cortes, 58, "
                       "told AFP in an interview in Bogota on Monday.")
    assert [(q.kind, q.cue.text, q.speaker.text) for q in quotes] == [("direct", "told", "Cortes")]


def test_a_possessive_inside_what_a_verb_characterises_is_no_speaker(quotes_of):
    quotes = quotes_of("Senator Anne L. Porter, the state's most senior Democrat, on Monday called Gov. Tom Reese's "
                       "remarks about the strike ''reckless,'' a sharp rebuke.")
    assert [q.speaker_name for q in quotes] == ["Anne L. Porter"]
    assert quotes[0].text.startswith("Gov. Tom Reese's remarks about the strike ''reckless")


def test_a_day_after_a_particle_is_not_what_was_called_for(quotes_of):
    quotes = quotes_of("Senator John Smith called on Tuesday for an end to the strike.")
    assert contents(quotes) == ["an end to the strike"]


def test_a_phrase_saying_how_is_not_part_of_an_objects_content(quotes_of):
    quotes = quotes_of("He denounced the result without providing evidence that there was fraud.")
    assert contents(quotes) == ["the result"]


def test_coordinated_verbs_stay_in_the_content(quotes_of):
    quotes = quotes_of("Smith said he didn't seek or receive Obama's endorsement.")
    assert contents(quotes) == ["he didn't seek or receive Obama's endorsement"]


def test_a_second_reporting_verb_still_ends_the_content(quotes_of):
    quotes = quotes_of("Smith said he would cut taxes and predicted that growth would follow.")
    assert contents(quotes) == ["he would cut taxes", "that growth would follow"]


@pytest.mark.parametrize(("text", "speaker"), [
    ('"We will hold the line until the relief convoy arrives," said Army Capt. Jane Roe.', "Army Capt. Jane Roe"),
    ('"The bridge is open again," Lt. Col. John Doe told reporters on Monday.', "Lt. Col. John Doe"),
    ("The base will reopen in May, according to Cpl. Dana Whitfield.", "Cpl. Dana Whitfield"),
    ('"Nobody was hurt," said Det. Sgt. Ann Lee.', "Det. Sgt. Ann Lee"),
    ("Sens. Kay Ross and Ed Lin said the bill would fail.", "Sens. Kay Ross and Ed Lin"),
])
def test_an_abbreviated_rank_is_part_of_the_speaker(quotes_of, text, speaker):
    assert [q.speaker.text for q in quotes_of(text)] == [speaker]
