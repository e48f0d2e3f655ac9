"""Unit tests of where a speaker mention starts and ends and which name the parse missed:
relative clauses, appositions that are statements of their own, names before phrases set off
by commas, parenthetical and "as ..." cues, and a colon ending its line."""

import pytest
from spacy.tokens import Doc

from parley.quotes import extract_quotes


def extract(nlp, text):
    return extract_quotes(nlp(text), "t")


def reported(nlp, text):
    """Each quote of `text` as its speaker mention and its content."""
    return [(q.speaker.text, q.text) for q in extract(nlp, text)]


def test_a_relative_clause_describing_the_speaker_belongs_to_the_mention(nlp):
    assert reported(nlp, "Maria Lopez, who runs a bakery in Queens, said the new tax would hurt small shops.") == [
        ("Maria Lopez, who runs a bakery in Queens", "the new tax would hurt small shops"),
    ]


def test_a_relative_clause_with_a_statement_of_its_own_is_left_out_of_the_mention(nlp):
    quotes = extract(nlp, "Tom Reed, who has called the plan a disaster, said the vote would be close.")
    said = [q for q in quotes if q.cue.text == "said"]
    assert [(q.speaker.text, q.text) for q in said] == [("Tom Reed", "the vote would be close")]


def test_a_reporting_noun_in_apposition_ends_the_mention(nlp):
    quotes = extract(
        nlp, "Dalton, Ohio’s sitting governor, repeated accusations that Harper recites the same campaign "
        "points, calling him a “talented guy”.",
    )
    assert {q.speaker.text for q in quotes if q.speaker} == {"Dalton, Ohio’s sitting governor"}


def test_a_relative_clause_after_a_quote_does_not_take_the_cue(nlp):
    quotes = extract(nlp, "“We are not done yet,” Lin, who has not endorsed a candidate, told reporters in Denver.")
    assert (quotes[0].text, quotes[0].cue.text, quotes[0].speaker.text) == ("We are not done yet", "told", "Lin")


def test_the_name_before_an_apposition_the_parser_hung_elsewhere_is_the_speaker(nlp):
    quotes = extract(
        nlp, "But in a conference call with reporters on Jan. 5, Col. Mark T. Riley, a military spokesman in "
        "Kabul, said the raid had been a combat operation.",
    )
    assert [q.speaker.text for q in quotes] == ["Col. Mark T. Riley, a military spokesman in Kabul"]


def test_a_speech_verb_set_off_by_commas_credits_the_clause_around_it(nlp):
    assert reported(nlp, "Yet with every new poll, these strategists concede, it becomes harder to argue for Mr. Hale.") == [
        ("these strategists", "it becomes harder to argue for Mr. Hale"),
    ]


def test_as_someone_pointed_out_credits_the_main_clause(nlp):
    assert reported(nlp, "And as Okafor pointed out, new zoning rules have a real, lasting effect on renters.") == [
        ("Okafor", "new zoning rules have a real, lasting effect on renters"),
    ]


def test_a_cue_ending_its_line_with_a_colon_introduces_the_next_paragraph(nlp):
    assert reported(nlp, "Petrov writes:\n\nThe report names neither the minister nor his deputy.\n") == [
        ("Petrov", "The report names neither the minister nor his deputy"),
    ]


def test_a_verb_used_as_a_copula_before_a_colon_says_nothing_of_what_follows(nlp):
    quotes = extract(
        nlp, "Even people who backed the deal sounded uneasy: Former Sen. Paul Ortiz called it “the least bad "
        "option we have.”",
    )
    assert [q.speaker.text for q in quotes if q.cue.text != "backed"] == ["Former Sen. Paul Ortiz"]


def test_calling_for_someone_to_act_reports_the_infinitive_clause(nlp):
    quotes = extract(nlp, "Mayor Ruiz is calling for the council to delay the vote.")
    assert [(q.speaker.text, q.cue.text, q.text) for q in quotes] == [
        ("Mayor Ruiz", "is calling for", "the council to delay the vote"),
    ]


def test_an_abbreviated_title_the_parser_cut_off_starts_the_mention(nlp):
    text = "With Muslim leaders in attendance, Pres. Obama claimed a new era had begun in America’s ties with Islam."
    assert [speaker for speaker, _ in reported(nlp, text)] == ["Pres. Obama"]


def test_a_word_ending_the_sentence_before_a_name_is_no_title(nlp):
    assert [speaker for speaker, _ in reported(nlp, "He met the president. Obama said the talks went well.")] == ["Obama"]


def test_a_which_clause_about_an_organisation_in_the_apposition_ends_the_mention(nlp):
    text = ("Jack Mozloom, a spokesman for the National Federation of Independent Business, which represents "
            "325,000 businesses, said the rule would hurt them.")
    said = [(q.speaker.text, q.text) for q in extract(nlp, text) if q.cue.text == "said"]
    assert said == [("Jack Mozloom, a spokesman for the National Federation of Independent Business",
                     "the rule would hurt them")]


def test_a_quantifier_after_the_speakers_belongs_to_the_sentence(nlp):
    speakers = [speaker for speaker, _ in reported(nlp, "Rubio and Bush both said they oppose the deal.")]
    assert speakers == ["Rubio and Bush"]
    speakers = [speaker for speaker, _ in reported(nlp, "Strategists for Obama and Clinton all agree that her campaign is weak.")]
    assert speakers == ["Strategists for Obama and Clinton"]


def test_a_clause_of_when_the_parser_took_for_a_relative_clause_is_left_out_of_the_mention(nlp):
    quotes = extract(nlp, "“I am glad,” said Cruz constituent Dan Golvach when asked about Lindsey Graham.")
    assert [q.speaker.text for q in quotes if q.cue.text == "said"] == ["Cruz constituent Dan Golvach"]


def test_when_a_named_speaker_spoke_is_left_out_of_the_mention(nlp):
    assert reported(nlp, "The supporter was later charged with assault. Whitfield at the time said he’d asked "
                         "his “people” to “look into” paying the legal fees.") == [
        ("Whitfield", "he’d asked his “people” to “look into” paying the legal fees"),
    ]


def test_when_coordinated_speakers_spoke_is_left_out_of_the_mention(nlp):
    quotes = extract(nlp, "Reps. Chris Collins (R-N.Y.) and Duncan Hunter (R-Calif.) on Wednesday said they would "
                          "endorse Trump.")
    assert [q.speaker.text for q in quotes] == ["Reps. Chris Collins (R-N.Y.) and Duncan Hunter (R-Calif.)"]


def test_a_sentence_adverb_the_parser_hung_on_the_name_is_left_out_of_the_mention(nlp):
    quotes = extract(nlp, "Meanwhile Rihanna, who was honored with the Rockstar award, said the night was special.")
    assert [q.speaker.text for q in quotes if q.cue.text == "said"] == ["Rihanna, who was honored with the Rockstar award"]


def test_a_subject_the_parser_split_in_two_is_one_mention(nlp):
    assert [q.speaker.text for q in extract(nlp, "Fox News’ Bret Baier noticed that none of the networks cut away "
                                                 "for the senator.")] == ["Fox News’ Bret Baier"]
    assert [q.speaker.text for q in extract(nlp, "Vatican spokesman the Rev. Marco Bellini told reporters Thursday "
                                                 "that the pope has no plans to meet him.")] == [
        "Vatican spokesman the Rev. Marco Bellini"]


def test_a_day_opening_the_sentence_is_left_out_of_the_mention(nlp):
    quotes = extract(nlp, "Yesterday Smith said the party must unite.")
    assert [q.speaker.text for q in quotes] == ["Smith"]


def test_a_list_of_names_the_parser_misread_is_one_mention(nlp):
    quotes = extract(nlp, "Celebrities Julianne Moore, Kerry Washington, Amy Schumer and Elizabeth Banks said "
                          "the decision was wrong.")
    assert [q.speaker.text for q in quotes] == ["Celebrities Julianne Moore, Kerry Washington, Amy Schumer and "
                                                "Elizabeth Banks"]



@pytest.mark.parametrize("text, speakers", [
    pytest.param("___.\n\n5:45 p.m.\n\nMinnesota Gov. Mark Dayton is backing Hillary Clinton, but he’s not "
                 "predicting she’ll win.", ["Minnesota Gov. Mark Dayton", "he"],
                 id="a_place_the_parser_cut_off_a_title_as_a_sentence_starts_the_mention"),
    pytest.param("“It was fine,” Trump senior adviser Dan Hale said.", ["Trump senior adviser Dan Hale"],
                 id="a_name_the_parser_read_as_a_verb_before_the_role_starts_the_mention"),
    pytest.param("In a letter to the Guardian, his chief policy adviser, Tom Keller, said: “The senator believes the "
                 "deal is sound.”", ["his chief policy adviser, Tom Keller"],
                 id="the_role_before_a_name_hung_off_another_word_belongs_to_the_mention"),
    pytest.param("“He was excited to be coming to Cairo,”\xa0his nephew\xa0Omar Haddad added.",
                 ["his nephew\xa0Omar Haddad"], id="a_subject_split_by_a_no_break_space_is_one_mention"),
    pytest.param("Democrats — and some Republicans — say that the plan will fail.",
                 ["Democrats — and some Republicans —"], id="the_dash_closing_an_aside_inside_the_mention_belongs_to_it"),
    pytest.param("Ann Lee, a nurse, said the plan — which was new — will fail.", ["Ann Lee, a nurse"],
                 id="a_dash_after_a_mention_with_no_aside_stays_out_of_it"),
    pytest.param("Trump, in Kentucky, said Tuesday that Rubio was “a total lightweight.”", ["Trump"],
                 id="a_place_set_off_by_commas_after_the_speaker_belongs_to_the_sentence"),
    pytest.param("The man was charged with assault. Trump at the time said he’d asked his “people” to look into it.",
                 ["Trump"], id="at_the_time_after_a_name_read_as_a_noun_says_when_it_spoke"),
    pytest.param("My editor at the time said the story was fine.", ["My editor at the time"],
                 id="at_the_time_after_a_determined_noun_says_who_it_was"),
    pytest.param("Former Maryland Gov. Martin O’Malley (D) and former Arkansas Gov. Mike Huckabee (R) announced they "
                 "were suspending their campaigns.",
                 ["Former Maryland Gov. Martin O’Malley (D) and former Arkansas Gov. Mike Huckabee (R)"],
                 id="two_subjects_the_parser_split_at_their_conjunction_are_one_mention"),
    pytest.param("The general\xa0stumped for Clinton\xa0in Iowa on Veteran’s Day, and the campaign has touted his "
                 "endorsement on its Facebook page.", ["the campaign"],
                 id="a_subject_after_a_clause_joined_by_and_is_a_mention_of_its_own"),
])
def test_where_a_mention_the_parser_misread_starts_and_ends(nlp, text, speakers):
    assert [speaker for speaker, _ in reported(nlp, text)] == speakers


def test_a_speaker_mention_ends_before_its_cue_whatever_the_parser_hangs_on_the_name_after_it(nlp):
    # the parser hung the quote's words on the name, after the cue: the mention keeps its apposition
    words = ["Ann", "Lee", ",", "a", "former", "mayor", ",", "wrote", ":", "“", "Good", "point", ".", "”"]
    doc = Doc(nlp.vocab, words=words, spaces=[True, False, True, True, True, False, True, False, True, False, True,
                                              False, False, False],
              heads=[1, 7, 1, 5, 5, 1, 1, 7, 7, 1, 11, 1, 7, 7],
              deps=["compound", "nsubj", "punct", "det", "amod", "appos", "punct", "ROOT", "punct", "punct", "amod",
                    "appos", "punct", "punct"],
              pos=["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "VERB", "PUNCT", "PUNCT", "ADJ", "NOUN",
                   "PUNCT", "PUNCT"],
              tags=["NNP", "NNP", ",", "DT", "JJ", "NN", ",", "VBD", ":", "``", "JJ", "NN", ".", "''"],
              lemmas=["Ann", "Lee", ",", "a", "former", "mayor", ",", "write", ":", "“", "good", "point", ".", "”"],
              sent_starts=[True] + [False] * 13)
    quotes = extract_quotes(doc, "t")
    assert [(q.speaker.text, q.text) for q in quotes] == [("Ann Lee, a former mayor", "Good point.")]


@pytest.mark.parametrize("dash", ["-", "—"])
def test_a_name_before_an_aside_between_dashes_speaks_and_the_aside_is_not_part_of_it(nlp, dash):
    quotes = extract(nlp, f"On her way out of the race, Ms. Lee {dash} in a line that seemed squarely directed at the "
                          f"mayor's divisive style of politics {dash} declared that a governor must tend to all corners "
                          "of the state.")
    assert [(q.speaker.text, q.text) for q in quotes] == [
        ("Ms. Lee", "that a governor must tend to all corners of the state")]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("A Gallup poll last month found that most farmers expect a poor harvest.",
                 ("A Gallup poll last month", "that most farmers expect a poor harvest"), id="after a poll: its date"),
    pytest.param("The farmers last month said the harvest would be poor.",
                 ("The farmers", "the harvest would be poor"), id="after a person: when they spoke"),
])
def test_a_bare_time_after_a_poll_dates_the_poll_but_after_a_person_tells_when_they_spoke(nlp, text, expected):
    assert reported(nlp, text) == [expected]


def test_a_lawmakers_party_and_state_after_the_name_belong_to_the_mention(nlp):
    quotes = extract(nlp, "“We will hold the hearing,” said Sen. Ann Ruiz, D-Ore. “It matters.”")
    assert quotes[0].speaker.text.rstrip(".") == "Sen. Ann Ruiz, D-Ore"


@pytest.mark.parametrize(("text", "expected"), [
    ("According to Sen. Mark Ellis, Congressional probing of the bond scandal was partly responsible for the "
     "collapse.", [("Sen. Mark Ellis", "Congressional probing of the bond scandal was partly responsible for the "
                    "collapse")]),
    ("According to Jan Ross, a spokesman for the union, the talks failed.",
     [("Jan Ross, a spokesman for the union", "the talks failed")]),
    ("At the heart of the dispute, according to Dan Ross, a former city manager, was a decision by the mayor to "
     "close the depot.", [("Dan Ross, a former city manager", "was a decision by the mayor to close the depot")]),
])
def test_an_opening_according_to_ends_its_source_where_the_clause_subject_starts(nlp, text, expected):
    assert reported(nlp, text) == expected


def test_an_adjective_of_a_role_the_parser_cut_off_starts_the_mention(nlp):
    quotes = extract(nlp, "The governor backed the deal, while presumptive Republican nominee Dan Ruiz has threatened to "
                          "tear it up.")
    assert [q.speaker.text for q in quotes] == ["The governor", "presumptive Republican nominee Dan Ruiz"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Marta Kell, at the Royal Economic Institute, said the two countries had reached a truce.",
     "Marta Kell, at the Royal Economic Institute"),
    ("Ruiz, at a rally in Ohio, said the deal was dead.", "Ruiz"),
])
def test_an_organisation_set_off_after_a_speaker_is_where_they_work_not_where_they_spoke(nlp, text, speaker):
    assert [q.speaker.text for q in extract(nlp, text)] == [speaker]
