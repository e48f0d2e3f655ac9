"""Unit tests of the quotes stage: quote marks, cue positions, speakers, robustness."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from parley.quotes import extract_quotes, lexicon
from parley.quotes.cues import find_cues
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


def test_floating_quote_after_a_paraphrase_takes_its_speaker(nlp):
    _, quotes = extract(
        nlp, "Wang Wenbin said China would follow international practices. “We respect the choice of the American people.”"
    )
    assert [(q.kind, q.speaker_name) for q in quotes] == [("indirect", "Wang Wenbin"), ("direct", "Wang Wenbin")]


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


def test_doubled_apostrophes_are_a_double_quote_mark():
    assert quoted_texts("''We will 'win' this,'' she said. It's the '90s.") == ["We will 'win' this"]


def test_quote_in_doubled_apostrophes_inside_a_clause_is_mixed(nlp):
    _, quotes = extract(nlp, "Mr. Oltchick said Freddy had ''complained that he didn't get his appreciation.''")
    assert [(q.kind, q.speaker.text) for q in quotes] == [("mixed", "Mr. Oltchick")]


def test_inverted_cue_after_doubled_apostrophes(nlp):
    _, quotes = extract(nlp, "''We will win this,'' said Mr. Trump.")
    assert [(q.text, q.speaker.text) for q in quotes] == [("We will win this", "Mr. Trump")]


def test_any_subject_of_a_speech_verb_is_a_source(nlp):
    _, quotes = extract(nlp, "The lawsuit says the county failed thousands of voters.")
    assert [(q.text, q.speaker.text) for q in quotes] == [("the county failed thousands of voters", "The lawsuit")]


def test_any_subject_that_states_a_that_clause_is_a_source(nlp):
    _, quotes = extract(nlp, "The next series of emails shows that Reines asked the reporter to join him.")
    assert [q.speaker.text for q in quotes] == ["The next series of emails"]


def test_speech_verbs_from_the_data_file(nlp):
    _, quotes = extract(nlp, "The protesters chanted that the election was stolen.")
    assert [(q.speaker.text, q.cue.text) for q in quotes] == [("The protesters", "chanted")]


def test_a_lemma_the_tagger_gets_wrong_is_still_a_cue(nlp):
    """The small model lemmatises "hoped" as "hop"."""
    _, quotes = extract(nlp, "Biden hoped that the talks would resume soon.")
    assert [(q.cue.text, q.speaker.text) for q in quotes] == [("hoped", "Biden")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Trump has also said the wall will be built.", "has also said"),
        ("He did not mention that the deal had collapsed.", "did not mention"),
        ("Clinton said in a statement that the vote was historic.", "said in a statement"),
        ("Obama said Sunday that the deal was good.", "said Sunday"),
        ("Trump went on to say that the wall would be built.", "say"),
    ],
)
def test_cue_spans_its_auxiliaries_day_and_setting(nlp, text, cue):
    _, quotes = extract(nlp, text)
    assert quotes[0].cue.text == cue


def test_what_a_speaker_said_of_someone_is_not_that_someone(nlp):
    _, quotes = extract(nlp, "“I have the best temperament,” he said of the 2016 field.")
    assert [(q.text, q.cue.text) for q in quotes] == [("I have the best temperament", "said")]


def test_a_dateline_is_not_part_of_the_speaker(nlp):
    _, quotes = extract(nlp, "MACAU (Reuters) – Top Republican Party donor Sheldon Adelson said on Friday he met Trump.")
    assert quotes[0].speaker.text == "Top Republican Party donor Sheldon Adelson"


def test_speaker_after_the_cue_keeps_its_relative_clause(nlp):
    _, quotes = extract(nlp, "“She is well prepared,” said Mr. Sperling, who worked with Ms. Brainard at the Treasury.")
    assert quotes[0].speaker.text == "Mr. Sperling, who worked with Ms. Brainard at the Treasury"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A poll released Friday shows that Clinton leads in Ohio.", "A poll released Friday"),
        ("People familiar with the talks said the deal was close.", "People familiar with the talks"),
        ("Officials, who asked not to be named, said the deal was close.", "Officials"),
        ("Sen. Chris Murphy (D-Conn.) said the bill was a step forward.", "Sen. Chris Murphy (D-Conn.)"),
    ],
)
def test_speaker_keeps_restrictive_modifiers_but_not_clauses_set_off_by_commas(nlp, text, speaker):
    _, quotes = extract(nlp, text)
    assert quotes[-1].speaker.text == speaker


def test_speaker_phrase_that_runs_into_the_content_keeps_its_determiner(nlp):
    _, quotes = extract(nlp, "Her daughter has the kind of job that many economists say is the future in America.")
    assert quotes[0].speaker.text == "many economists"


def test_speaker_before_a_distant_cue_without_the_quote_mark(nlp):
    _, quotes = extract(
        nlp, "“It's according to age groups,” J. Gerald Hebert, executive director of the Campaign Legal Center "
        "in Washington, said in a recent interview.",
    )
    assert quotes[0].speaker.text == "J. Gerald Hebert, executive director of the Campaign Legal Center in Washington"


def test_the_cue_with_a_speaker_wins_over_a_nearer_one(nlp):
    _, quotes = extract(
        nlp, "“The agents are under pressure,” an intelligence source, who was not authorized to speak on the "
        "record, told Fox News.",
    )
    assert quotes[0].cue.text == "told"
    assert quotes[0].speaker.text.startswith("an intelligence source")


def test_adding_inside_a_reported_clause_takes_the_reporting_subject(nlp):
    _, quotes = extract(nlp, "Sanders said the process could be “messy,” adding, “Democracy is messy.”")
    assert [(q.kind, q.text, q.speaker.text) for q in quotes] == [
        ("mixed", "the process could be “messy,”", "Sanders"),
        ("direct", "Democracy is messy.", "Sanders"),
    ]


def test_a_clause_parsed_as_the_object_of_said_is_its_content(nlp):
    _, quotes = extract(nlp, "The candidate said families of people killed by police file lawsuits.\n\nHe said nothing.")
    assert [(q.text, q.speaker.text) for q in quotes] == [
        ("families of people killed by police file lawsuits", "The candidate")
    ]


def test_a_reporting_participle_after_the_content_is_a_second_statement(nlp):
    _, quotes = extract(
        nlp, "Priebus said that the candidate was not contradicting his stance, noting that most of the money "
        "would go to the RNC.",
    )
    assert [(q.text, q.speaker.text, q.cue.text) for q in quotes] == [
        ("that the candidate was not contradicting his stance", "Priebus", "said"),
        ("that most of the money would go to the RNC", "Priebus", "noting"),
    ]


def test_according_to_credits_the_first_object(nlp):
    _, quotes = extract(nlp, "Cruz garnered just 3 percent support, according to polls at the time.")
    assert [(q.text, q.speaker.text) for q in quotes] == [("Cruz garnered just 3 percent support", "polls")]


def test_a_name_the_tagger_did_not_label_credits_a_line_but_a_place_or_heading_does_not(nlp):
    _, quotes = extract(
        nlp, "Ryan: Anti-Semitic images have no place in a campaign.\n\nWASHINGTON: The Senate met on Monday.\n\n"
        "Key Takeaways: A new era of relations?\n\nPaul Ryan spoke on Tuesday.",
    )
    assert [(q.speaker.text, q.text) for q in quotes] == [("Ryan", "Anti-Semitic images have no place in a campaign")]


def test_a_cue_inside_what_a_later_cue_reports_is_part_of_that_statement(nlp):
    _, quotes = extract(nlp, "As the vote count continues, Beijing hopes to see the poll proceed smoothly, a senior diplomat says.")
    assert [(q.text, q.speaker.text) for q in quotes] == [
        ("As the vote count continues, Beijing hopes to see the poll proceed smoothly", "a senior diplomat")
    ]


def test_a_noun_a_speech_participle_modifies_is_no_source(nlp):
    _, quotes = extract(nlp, "They chose a careful strategy acknowledging the potential severity of a trade war.")
    assert quotes == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        pytest.param("On Tuesday, Gov. Jerry Brown endorsed Clinton.", "Clinton", "Gov. Jerry Brown",
                     id="a stance on one person is a statement"),
        pytest.param("Tinder's ban of Ms. Gedrich was first reported by BuzzFeed.", "Tinder's ban of Ms. Gedrich",
                     "BuzzFeed", id="the agent of a passive cue speaks and its subject is the content"),
        pytest.param("As Comey noted, people involved in the case could still face sanctions.",
                     "people involved in the case could still face sanctions", "Comey",
                     id="an as-aside credits its main clause"),
        pytest.param("As one Republican strategist put it, the party is in deep trouble.", "the party is in deep trouble",
                     "one Republican strategist", id="an aside verb credits the main clause"),
        pytest.param("The company reported its smallest quarterly profit in 17 years.",
                     "its smallest quarterly profit in 17 years", "The company", id="what is reported can be an object"),
        pytest.param("The ministry issued a statement saying the rules would protect national security.",
                     "the rules would protect national security", "The ministry",
                     id="who issued a statement says what the statement says"),
        pytest.param("“It’s Bernie’s to lose at this point,” added another New Hampshire Democrat.",
                     "It’s Bernie’s to lose at this point", "another New Hampshire Democrat",
                     id="an inverted speaker's head may stand a few words after the cue"),
        pytest.param("Asked whether he would run again, Ryan said yes.", "yes", "Ryan",
                     id="a speech verb says what follows it without a clause"),
        pytest.param("China and the US Election\n\nChinese Vice FM Calls for Improving China-U.S. "
                     "Relations\n\nChina assured that it would respect international practices.",
                     "that it would respect international practices", "China",
                     id="a heading inside the article reports nothing, nor the paragraph after it"),
        pytest.param("Trump’s criticism of the Federal Reserve drew a rebuke.", "the Federal Reserve", "Trump’s",
                     id="a reporting noun with its preposition is its owner's statement"),
        pytest.param("Clinton’s pledge to raise the minimum wage won applause.", "to raise the minimum wage", "Clinton’s",
                     id="a reporting noun with its infinitive is its owner's statement"),
        pytest.param("Renewed calls by Republicans for a special prosecutor grew louder.", "a special prosecutor",
                     "Republicans", id="a reporting noun's agent is its speaker"),
        pytest.param("Clinton is confident that she will win.", "that she will win", "Clinton",
                     id="a stance adjective with its clause is a statement"),
        pytest.param("Warren was critical of the deal.", "the deal", "Warren",
                     id="a stance adjective with its preposition is a statement"),
        pytest.param("Republicans are eager to move on.", "to move on", "Republicans",
                     id="a stance adjective with its infinitive is a statement"),
        pytest.param("Many observers see the election as the most consequential in decades.",
                     "the election as the most consequential", "Many observers",
                     id="a verb seeing its object as something reports both"),
    ],
)
def test_statement_patterns_give_their_content_and_speaker(nlp, text, content, speaker):
    _, quotes = extract(nlp, text)
    assert [(q.text, q.speaker.text) for q in quotes] == [(content, speaker)]


def test_what_someone_did_not_say_is_no_quote(nlp):
    _, quotes = extract(nlp, "Without commenting on an election winner, Wang said Beijing would maintain dialogue.")
    assert [q.text for q in quotes] == ["Beijing would maintain dialogue"]


def test_the_first_line_headline_still_reports(nlp):
    _, quotes = extract(nlp, "Chinese Vice FM Calls for Improving China-U.S. Relations\n\nLe spoke on Thursday.")
    assert [(q.text, q.speaker.text) for q in quotes] == [("Improving China-U.S. Relations", "Chinese Vice FM")]


def test_to_in_the_verb_lexicon_is_also_a_preposition(nlp):
    _, quotes = extract(nlp, "Bush referred to Rubio as a bright leader.")
    assert [(q.cue.text, q.speaker.text) for q in quotes] == [("referred to", "Bush")]


def test_an_as_clause_that_only_dates_a_statement_credits_nothing(nlp):
    _, quotes = extract(nlp, "As the vote count continued, Le said Beijing hoped to see the election proceed smoothly.")
    assert [q.speaker.text for q in quotes] == ["Le"]


def test_where_something_was_said_is_not_what_was_said(nlp):
    _, quotes = extract(nlp, "Vice-Foreign Minister Le Yucheng said at a news briefing in Beijing.")
    assert quotes == []


def test_a_particle_verb_takes_its_clause(nlp):
    _, quotes = extract(nlp, "Sanders pointed out that veterans’ issues were largely ignored.")
    assert [(q.text, q.cue.text) for q in quotes] == [("that veterans’ issues were largely ignored", "pointed out")]


def test_an_expletive_it_speaks_through_no_infinitive(nlp):
    _, quotes = extract(nlp, "It is hard to know where donors will put their money.")
    assert quotes == []


def test_generic_you_is_no_source(nlp):
    _, quotes = extract(nlp, "You can argue that the plan failed.")
    assert quotes == []


def test_a_cognition_verb_from_the_data_file_is_a_cue(nlp):
    _, quotes = extract(nlp, "Voters realized that the race was close.")
    assert [(q.cue.text, q.speaker.text) for q in quotes] == [("realized", "Voters")]


def test_an_interviews_q_and_a_colon_credit_nothing(nlp):
    _, quotes = extract(nlp, "Q: Will you run again?\n\nQ: Why not?")
    assert quotes == []


def test_a_name_and_a_colon_mid_line_credit_the_quote_after_them(nlp):
    _, quotes = extract(nlp, 'Clinton: "Our goal is to defeat ISIS." Bush: "The mission is to destroy ISIS."')
    assert [q.speaker.text for q in quotes] == ["Clinton", "Bush"]


def test_a_pronoun_skips_a_person_of_the_other_gender(nlp):
    _, quotes = extract(
        nlp, "Ms. Hua Chunying spoke on Monday. Mr. Le Yucheng said the talks were useful. She said China was ready."
    )
    assert [q.speaker_name for q in quotes] == ["Le Yucheng", "Hua Chunying"]


def test_a_gendered_description_skips_a_person_of_the_other_gender(nlp):
    _, quotes = extract(
        nlp, "Ms. Jen Psaki met reporters on Monday. Mr. John Kirby spoke later. "
        "The spokeswoman said the United States would follow international practice.",
    )
    assert quotes[-1].speaker_name == "Jen Psaki"


def test_a_definite_description_resolves_to_the_organisation_named_before(nlp):
    _, quotes = extract(
        nlp, "The Ministry of Commerce issued new export rules on Monday. "
        "The ministry said the rules would protect national security.",
    )
    assert (quotes[-1].speaker.text, quotes[-1].speaker_name) == ("The ministry", "Ministry of Commerce")


def test_an_honorific_is_not_a_role(nlp):
    _, quotes = extract(nlp, "Mr. Le Yucheng said the talks were useful.")
    assert (quotes[0].speaker_name, quotes[0].speaker_role) == ("Le Yucheng", None)


def test_a_place_in_a_name_like_run_is_not_a_person(nlp):
    """The tagger leaves "China" unlabelled in "U.S.-China Relations", a run that looks like a name."""
    heading = "The forum on U.S.-China Relations opened in Beijing."
    _, quotes = extract(nlp, heading + " China’s call for increased cooperation with the U.S. offers hope.")
    assert [(q.speaker.text, q.speaker_name) for q in quotes] == [("China’s", "China")]


def test_a_sentence_adverb_is_not_part_of_the_speaker(nlp):
    _, quotes = extract(nlp, "Even the organizer of a pro-Trump rally said the crowd was small.")
    assert quotes[0].speaker.text == "the organizer of a pro-Trump rally"


def test_a_clause_that_ends_its_sentence_before_the_cue_is_not_its_content():
    """The parser sometimes hangs the quote before "Obama said ..." on "said" as well."""
    words = ["“", "We", "won", ".", "”", "Obama", "said", "the", "deal", "is", "good", "."]
    spaces = [False, True, False, False, True, True, True, True, True, True, False, False]
    heads = [2, 2, 6, 2, 6, 6, 6, 8, 9, 6, 9, 6]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct"]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"]
    lemmas = ["“", "we", "win", ".", "”", "Obama", "say", "the", "deal", "be", "good", "."]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    cues = list(find_cues(doc, lexicon.load()))
    assert [(cue.anchor.text, doc.text[slice(*cue.content)]) for cue in cues] == [("said", "the deal is good")]


def test_a_word_the_tagger_names_elsewhere_can_speak(nlp):
    """The small model tags the second "Trump" as a common noun."""
    _, quotes = extract(nlp, "Donald Trump spoke in Ohio on Monday. Trump thought he sounded like someone who had lost.")
    assert [q.speaker.text for q in quotes] == ["Trump"]


def test_a_source_noun_from_the_data_file_can_speak(nlp):
    _, quotes = extract(nlp, "Lobbyists prefer not to register under the foreign agents law.")
    assert [q.speaker.text for q in quotes] == ["Lobbyists"]


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


def test_a_statement_someone_refused_to_make_is_no_quote(nlp):
    _, quotes = extract(nlp, "Donald Trump refused to recognize his rival's win.")
    assert quotes == []


@pytest.mark.parametrize("verb", ["surmised", "whispered", "exclaimed", "opined"])
def test_less_common_speech_verbs_credit_a_quote(nlp, verb):
    _, quotes = extract(nlp, f"“People are afraid of wasting their votes,” he {verb}.")
    assert [(q.speaker.text, q.cue.text) for q in quotes] == [("he", verb)]


def test_a_no_break_space_before_an_inverted_cue_keeps_its_speaker(nlp):
    _, quotes = extract(nlp, "“The delay is at the State Department,”\u00a0added Gowdy.")
    assert [(q.speaker.text, q.cue.text, q.text) for q in quotes] == [("Gowdy", "added", "The delay is at the State Department")]


def test_the_name_after_an_inverted_cue_is_its_speaker_not_its_content(nlp):
    _, quotes = extract(nlp, "“Is that fair?” asked Mikulski.")
    assert [(q.kind, q.speaker.text, q.text) for q in quotes] == [("direct", "Mikulski", "Is that fair?")]
