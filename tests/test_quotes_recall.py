"""Unit tests of the attribution patterns that raise the quote stage's recall: headline and
transcript colons, speakers the parser misplaced, trailing and sentence-final cues."""

from spacy.tokens import Doc

from parley.quotes import extract_quotes


def extract(nlp, text):
    return extract_quotes(nlp(text), "t")


def speakers(quotes):
    return [q.speaker.text if q.speaker else None for q in quotes]


def test_a_headline_name_the_tagger_did_not_tag_credits_the_headline(nlp):
    quotes = extract(
        nlp, "Sanders: Endorsements prove Clinton 'candidate of the establishment.'\n\n"
        "Hillary Clinton has 31 endorsements, and Sanders has none."
    )
    assert [(q.speaker.text, q.cue.text) for q in quotes[:1]] == [("Sanders", ":")]
    assert quotes[0].text.startswith("Endorsements prove Clinton")


def test_a_transcript_speaker_in_capitals_credits_the_line(nlp):
    quotes = extract(
        nlp, "JAKE TAPPER: Donald Trump released a video on Friday about racial healing.\n\n"
        "TAPPER: And obviously, you are supporting Donald Trump."
    )
    assert [q.speaker.text for q in quotes if q.cue and q.cue.text == ":"] == ["JAKE TAPPER", "TAPPER"]


def test_a_heading_before_a_colon_is_no_speaker(nlp):
    quotes = extract(nlp, "The Latest: Trump delivers defense of values.\n\nUPDATE: The vote was delayed until Friday.")
    assert not any(q.cue and q.cue.text == ":" for q in quotes)


def test_a_tally_after_a_name_and_a_colon_is_no_quote(nlp):
    assert extract(nlp, "Clinton: 547.\n\nSanders: 46.\n\nClinton and Sanders each won states.") == []


def test_a_dash_opens_the_name_before_a_colon(nlp):
    quotes = extract(nlp, "Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”")
    assert [(q.speaker.text, q.text) for q in quotes] == [("Carl Bialik", "One of the biggest lessons was a simple one.")]


def test_a_focusing_adverb_before_the_speaker_is_not_part_of_the_mention(nlp):
    quotes = extract(nlp, "Even Republicans who praised him said the party must change course.")
    assert [q.speaker.text for q in quotes if q.cue.text == "said"] == ["Republicans who praised him"]


def test_a_quantity_adverb_before_the_speaker_is_part_of_the_mention(nlp):
    quotes = extract(nlp, "Nearly half said they prefer someone from outside politics.")
    assert speakers(quotes) == ["Nearly half"]


def test_the_passive_subject_of_a_coordinated_verb_is_its_speaker(nlp):
    quotes = extract(nlp, "Mr. Trump was forced into damage control and said that his words had been misconstrued.")
    assert [(q.speaker.text, q.cue.text) for q in quotes] == [("Mr. Trump", "said")]


def test_a_speaker_the_parser_hung_on_the_phrase_before_still_speaks(nlp):
    quotes = extract(
        nlp, "Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that he spoke with "
        "Mr. Sanders on Tuesday."
    )
    assert [(q.speaker.text, q.speaker_name) for q in quotes] == [("Senator Harry Reid, the minority leader", "Harry Reid")]


def test_an_inverted_speaker_the_parser_hung_on_a_later_verb_still_speaks(nlp):
    quotes = extract(
        nlp, '"What is shaping up is a battle for the ages," said David Brock, a Clinton confidant who heads the '
        "pro-Clinton super PAC Correct the Record."
    )
    assert [q.speaker_name for q in quotes] == ["David Brock"]


def test_a_sentence_ending_in_a_bare_cue_introduces_the_quote_after_it(nlp):
    quotes = extract(
        nlp, "Iowa State University's Dianne Bystrom agreed. \"Mainstream Republicans are running out of time.\""
    )
    assert [(q.text, q.speaker_name, q.cue.text) for q in quotes] == [
        ("Mainstream Republicans are running out of time.", "Dianne Bystrom", "agreed")
    ]


def test_a_cue_inside_a_clause_does_not_introduce_the_quote_after_it(nlp):
    quotes = extract(nlp, 'Hooton was unhappy after Rubio spoke. "My biggest concern is getting rid of the criminals."')
    assert all(q.speaker is None or q.speaker.text != "Rubio" for q in quotes)


def test_a_trailing_speaker_reports_the_sentence_before_the_comma(nlp):
    quotes = extract(nlp, "Those who take on heavy debt struggle, even with a good job, he said in an interview.")
    assert [(q.text, q.speaker.text) for q in quotes] == [
        ("Those who take on heavy debt struggle, even with a good job", "he")
    ]


def test_a_speaker_after_a_dateline_is_the_name_not_the_place(nlp):
    quotes = extract(
        nlp, "CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told delegates that Hillary "
        "Clinton's use of a private email server should disqualify her."
    )
    assert [(q.speaker.text, q.speaker_name) for q in quotes] == [
        ("Former Attorney General Michael Mukasey", "Michael Mukasey")
    ]


def test_a_speech_verb_in_a_relative_clause_is_a_statement_inside_another(nlp):
    quotes = extract(
        nlp, "Cuban called for higher taxes on Wall Street and efforts to drive down college tuition, which he "
        "said has increased because of easy money."
    )
    assert [(q.speaker.text, q.cue.text) for q in quotes] == [("Cuban", "called for"), ("he", "said")]
    assert quotes[1].text.endswith("has increased because of easy money")


def test_a_quote_right_after_the_sentence_crediting_the_last_one_goes_on_with_it(nlp):
    quotes = extract(nlp, "“I don’t know,” she said. “Maybe next year.”")
    assert [(q.text, q.speaker.text) for q in quotes] == [("I don’t know", "she"), ("Maybe next year.", "she")]


def test_a_plural_possessive_between_quote_and_cue_does_not_hide_the_cue(nlp):
    quotes = extract(
        nlp, '"This campaign is revolutionizing American politics," Jeff Weaver, Sanders\' campaign manager, '
        "said in a statement."
    )
    assert [(q.speaker_name, q.cue.text) for q in quotes] == [("Jeff Weaver", "said in a statement")]


def test_another_speakers_statement_hung_on_a_content_clause_is_its_own(nlp):
    quotes = extract(
        nlp, "Among Trump voters, 74 percent said they are set on voting for him, while 22 percent said they might "
        "change their mind."
    )
    assert [(q.text, q.speaker.text) for q in quotes] == [
        ("they are set on voting for him", "74 percent"), ("they might change their mind", "22 percent")
    ]


def test_when_a_source_spoke_is_not_part_of_its_mention(nlp):
    quotes = extract(nlp, "A congressional report on Wednesday said employees covered up the intrusions.")
    assert [q.speaker.text for q in quotes] == ["A congressional report"]


def test_what_a_speaker_calls_an_object_before_the_verb_is_the_content(nlp):
    quotes = extract(nlp, "Russia is a country that Mitt Romney called ''our No.1 geopolitical foe.''")
    assert [(q.text, q.speaker.text, q.cue.text) for q in quotes] == [
        ("our No.1 geopolitical foe", "Mitt Romney", "called")
    ]


def test_a_nested_quotes_closing_mark_glued_to_the_outer_one_does_not_hide_the_cue(nlp):
    quotes = extract(nlp, "''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said.")
    assert [(q.speaker.text, q.cue.text) for q in quotes] == [("Mr. Putin", "said")]


def test_a_participle_takes_its_speaker_from_its_own_paragraph(nlp):
    text = (
        '"It\'s not like one had to engage. . . . It\'s not like this was rocket science."\n\n'
        "Rubio pushed back on those claims Thursday, saying that the bill had the correct security components but "
        'was waylaid by voter mistrust - and arguing that he and Cruz shared "almost all the same views on '
        'immigration."\n\n"Ted is a supporter of legalizing people that are in this country illegally," Rubio said.'
    )
    quotes = extract(nlp, text)
    assert ("saying", "Rubio") in [(q.cue.text, q.speaker.text) for q in quotes if q.cue and q.speaker]


def test_a_participle_of_the_ones_addressed_speaks_for_the_subject_of_the_clause(nlp):
    quotes = extract_quotes(nlp("Texas Sen. Ted Cruz is making a pitch to New York voters saying he shares their "
                                "values."), "t")
    assert [(q.speaker.text, q.cue.text) for q in quotes] == [("Texas Sen. Ted Cruz", "saying")]


def test_an_age_epithet_the_parser_read_as_the_verbs_modifier_is_the_speaker(nlp):
    quotes = extract_quotes(nlp("“Why would I do that?” the 43-year-old asked."), "t")
    assert [(q.speaker.text, q.cue.text) for q in quotes] == [("the 43-year-old", "asked")]


def test_an_outlet_crediting_a_whole_attributed_quote_is_a_second_source(nlp):
    quotes = extract(nlp, "“Do me a personal courtesy,” Sanders said, according to CNN. “It matters.”")
    assert [(q.speaker.text, q.cue.text) for q in quotes[:2]] == [("CNN", "according to"), ("Sanders", "said")]
    assert quotes[0].text == "“Do me a personal courtesy,” Sanders said"


def test_an_outlet_crediting_a_reported_statement_at_its_end_is_a_second_source(nlp):
    quotes = extract(nlp, "The campaign announced that it hired Dana Reyes, a former aide to the governor, according to "
                          "Politico.")
    assert [(q.speaker.text, q.cue.text, q.text) for q in quotes] == [
        ("Politico", "according to", "The campaign announced that it hired Dana Reyes, a former aide to the governor"),
        ("The campaign", "announced", "that it hired Dana Reyes, a former aide to the governor"),
    ]


def test_a_relaying_verb_after_a_comma_is_spoken_by_the_name_after_it(nlp):
    quotes = extract(nlp, "“You are no longer welcome,” said Kristen Day, executive director of Democrats for "
                          "Life, reports USA Today.")
    assert ("USA Today", "reports") in [(q.speaker.text, q.cue.text) for q in quotes]
    assert "executive director" not in speakers(quotes)


def test_an_outlet_relays_a_quote_of_several_sentences_from_its_opening_mark(nlp):
    quotes = extract(nlp, "“He hates them. He’s trying to kill them,” Hewitt said, according to a transcript of the show. "
                          "“I don’t care.”")
    relay = next(q for q in quotes if q.cue and q.cue.text == "according to")
    assert (relay.speaker.text, relay.text) == ("a transcript of the show",
                                                 "“He hates them. He’s trying to kill them,” Hewitt said")
    assert speakers(quotes)[-1] == "Hewitt"


def test_a_participle_the_parser_hung_on_its_quote_takes_the_subject_of_the_sentence(nlp):
    quotes = extract(nlp, "Clinton seemed to be ready to riff on the incident in Iowa, telling the crowd, "
                          "“Some people get a little carried away.”")
    assert [(q.speaker.text, q.cue.text) for q in quotes] == [("Clinton", "telling")]


def test_the_what_before_a_speech_verb_is_what_it_says(nlp):
    quotes = extract(nlp, "She has helped clubs adapt to what she said is growing demand for fitness facilities.")
    assert [(q.speaker.text, q.cue.text, q.text) for q in quotes] == [("she", "said", "what")]


def test_a_question_about_what_was_said_is_no_quote(nlp):
    assert extract(nlp, "What did he say about the deal?") == []


def test_a_statement_said_before_a_later_cue_of_the_sentence_keeps_its_own_speaker(nlp):
    quotes = extract(nlp, "He said he had not seen the report, and when asked whether he would read it, he said, “Probably not.”")
    assert [(q.speaker.text, q.text) for q in quotes] == [("He", "he had not seen the report"), ("he", "Probably not.")]


def test_a_speaker_said_before_a_sentence_final_cue_is_a_speaker_of_its_own(nlp):
    quotes = extract(nlp, "Two of the drivers said they liked the new routes, but the buses were too crowded in the morning, "
                          "they said.")
    assert ("Two of the drivers", "they liked the new routes") in [(q.speaker.text, q.text) for q in quotes]


def test_a_that_clause_after_the_verb_is_what_it_says_over_a_clause_misparsed_before_it(nlp):
    quotes = extract(nlp, "During the meeting on Thursday, during which she also spoke about parking, Harris said that the "
                          "library would stay open.")
    assert ("Harris", "that the library would stay open") in [(q.speaker.text, q.text) for q in quotes]
    quotes = extract(nlp, "Harris, meanwhile, who chairs the housing panel, said that the new budget would pass easily.")
    assert [(q.speaker.text, q.text) for q in quotes] == [("Harris", "that the new budget would pass easily")]


def test_a_name_read_as_a_plural_noun_before_set_off_phrases_speaks_when_it_names_someone_elsewhere(nlp):
    quotes = extract(nlp, "Mayor Tom Rivers spoke first. Rivers, meanwhile, who has no endorsements, said that the count "
                          "meant little.")
    assert [(q.speaker.text, q.text) for q in quotes] == [("Rivers", "that the count meant little")]


def test_a_quote_ending_its_sentence_is_not_credited_to_the_cue_of_the_next_sentence(nlp):
    quotes = extract(nlp, "As Ms. Novak said, ''At some point, you realize you have lost the trust of every reader.'' Any "
                          "attempt to correct a falsehood by the mayor, she said, becomes hopeless.")
    assert (quotes[0].speaker.text, quotes[0].text) == ("Ms. Novak", "At some point, you realize you have lost the "
                                                                      "trust of every reader.")


def test_a_speech_verb_read_as_a_participle_of_the_name_before_it_speaks_what_its_colon_opens(nlp):
    quotes = extract(nlp, "Ann Lee, the former governor, tweeted in response: ''Important distinction: the mayor cuts "
                          "budgets; the council cuts services.''")
    assert [(q.speaker.text, q.cue.text) for q in quotes] == [("Ann Lee, the former governor", "tweeted")]


def test_a_sentence_final_inverted_speaker_after_a_comma_says_what_comes_before_it(nlp):
    quotes = extract(nlp, "In nearby Dayton, the old paper mill is hanging on, but it is under intense pressure from cheap "
                          "imports, said the company's chief executive, Jane Roe.")
    assert [(q.speaker.text, q.text) for q in quotes] == [(
        "the company's chief executive, Jane Roe",
        "In nearby Dayton, the old paper mill is hanging on, but it is under intense pressure from cheap imports")]


def test_a_sentence_final_cue_says_what_comes_before_it_whatever_a_dash_sets_off_after_it(nlp):
    # "Taxes will rise, the spokesman said on Tuesday — a change that surprised many." parsed with no clause on "said"
    words = ["Taxes", "will", "rise", ",", "the", "spokesman", "said", "on", "Tuesday", "—", "a", "change", "that",
             "surprised", "many", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, False, True, True, True, True, True, True, True, True, True,
                                              True, True, False, False],
              heads=[2, 2, 2, 2, 5, 6, 2, 6, 7, 6, 11, 6, 13, 11, 13, 2],
              deps=["nsubj", "aux", "ROOT", "punct", "det", "nsubj", "conj", "prep", "pobj", "punct", "det", "npadvmod",
                    "nsubj", "relcl", "dobj", "punct"],
              pos=["NOUN", "AUX", "VERB", "PUNCT", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "PRON",
                   "VERB", "ADJ", "PUNCT"],
              tags=["NNS", "MD", "VB", ",", "DT", "NN", "VBD", "IN", "NNP", ":", "DT", "NN", "WDT", "VBD", "JJ", "."],
              lemmas=["tax", "will", "rise", ",", "the", "spokesman", "say", "on", "Tuesday", "—", "a", "change", "that",
                      "surprise", "many", "."],
              sent_starts=[True] + [False] * 15)
    quotes = extract_quotes(doc, "t")
    assert [(q.speaker.text, q.text) for q in quotes] == [("the spokesman", "Taxes will rise")]


def test_a_capitalised_name_the_tagger_read_as_an_adverb_after_an_inverted_cue_speaks(nlp):
    quotes = extract(nlp, "The county hired Tom Skelly in May. “Having the new data and two people who understand it is "
                          "valuable,” said Skelly, explaining he worked closely with the county.")
    assert (quotes[0].speaker.text, quotes[0].cue.text) == ("Skelly", "said")


def test_a_poll_named_by_in_is_the_source_of_its_clause(nlp):
    quotes = extract(nlp, "In a new Gallup poll released Monday, 62 percent of voters approved of the governor.")
    assert [(q.speaker.text, q.cue.text, q.text) for q in quotes] == [
        ("a new Gallup poll released Monday", "In", "62 percent of voters approved of the governor"),
    ]


def test_a_poll_inside_the_subject_tells_who_speaks(nlp):
    quotes = extract(nlp, "Most farmers in a recent state survey said the drought had cut their harvest.")
    assert [(q.speaker.text, q.cue.text) for q in quotes] == [("Most farmers in a recent state survey", "said")]


def test_leading_in_the_polls_names_no_source(nlp):
    assert extract(nlp, "The senator has been leading in the polls for months.") == []


def test_a_finding_verb_ending_the_sentence_reports_what_comes_before_its_comma(nlp):
    # "The dean gave money to a charity, a Herald analysis shows." parsed with "shows" joined to "gave"
    words = ["The", "dean", "gave", "money", "to", "a", "charity", ",", "a", "Herald", "analysis", "shows", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True] * 6 + [False] + [True] * 4 + [False, False],
              heads=[1, 2, 2, 2, 2, 6, 4, 6, 10, 10, 11, 2, 2],
              deps=["det", "nsubj", "ROOT", "dobj", "dative", "det", "pobj", "punct", "det", "compound", "nsubj",
                    "conj", "punct"],
              pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "DET", "PROPN", "NOUN", "VERB",
                   "PUNCT"],
              tags=["DT", "NN", "VBD", "NN", "IN", "DT", "NN", ",", "DT", "NNP", "NN", "VBZ", "."],
              lemmas=["the", "dean", "give", "money", "to", "a", "charity", ",", "a", "Herald", "analysis", "show", "."],
              sent_starts=[True] + [False] * 12)
    quotes = extract_quotes(doc, "t")
    assert [(q.speaker.text, q.cue.text, q.text) for q in quotes] == [
        ("a Herald analysis", "shows", "The dean gave money to a charity"),
    ]


def test_a_clause_telling_when_is_no_finding_of_the_verb_after_it(nlp):
    quotes = extract(nlp, "As they weigh the offer, the farmers think back to the drought of 2012.")
    assert not any(q.text.startswith("As they weigh") for q in quotes)
