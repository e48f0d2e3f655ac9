"""Quotes, round 6: who was told is never what was said; a possessive inside what a verb
speaks of is no speaker; a name with its age before "told" speaks the quote before it; markup
left in the text is neither a cue nor part of a mention; a title-case transcript label and a
signature line under a pull quote name the "I" of the quote, and a label opening a quote
names its speaker."""

from spacy.tokens import Doc

from parley.quotes import extract_quotes
from parley.quotes.speakers import article_resolver


def extract(nlp, text):
    return extract_quotes(nlp(text), "t")


def contents(quotes):
    return [q.text for q in quotes]


def first_person(nlp, text):
    """The name each "I" of `text` resolves to, once its quotes are read."""
    doc = nlp(text)
    extract_quotes(doc, "t")
    resolver = article_resolver(doc)
    return [resolver.resolve(token).name for token in doc if token.text == "I"]


def test_who_was_told_is_not_what_was_said(nlp):
    quotes = extract(nlp, "Senator Maria Alvarez told Channel Four News on Sunday.")
    assert quotes == []


def test_the_members_told_are_not_what_was_said(nlp):
    assert extract(nlp, "She told members of the budget committee.") == []


def test_a_story_told_is_what_was_said(nlp):
    quotes = extract(nlp, "Mr. Okafor told the story of his first campaign in Lagos.")
    assert contents(quotes) == ["the story of his first campaign in Lagos"]


def test_a_clause_after_the_one_told_is_what_was_said(nlp):
    quotes = extract(nlp, "The deal came two days after Mr. Dunmore told The Daily Ledger he was “not ready yet” to sign it.")
    assert [(q.text, q.speaker.text) for q in quotes] == [("he was “not ready yet” to sign it", "Mr. Dunmore")]


def test_a_clause_after_the_one_told_and_when_is_what_was_said(nlp):
    quotes = extract(nlp, "The attack started a debate, with Senator Paul Hendry telling reporters on Thursday "
                          "he viewed the mayor as “directly responsible” for the delay.")
    assert [(q.text, q.speaker_name) for q in quotes] == [
        ("he viewed the mayor as “directly responsible” for the delay", "Paul Hendry")]


def test_a_possessive_inside_what_a_verb_characterises_is_no_speaker(nlp):
    quotes = extract(nlp, "Senator Anne L. Porter, the state's most senior Democrat, on Monday called Gov. Tom Reese's "
                          "remarks about the strike ''reckless,'' a sharp rebuke.")
    assert [q.speaker_name for q in quotes] == ["Anne L. Porter"]
    assert quotes[0].text.startswith("Gov. Tom Reese's remarks about the strike ''reckless")


def test_a_name_with_its_age_speaks_the_quote_before_told(nlp):
    quotes = extract(nlp, "“We were tremendously wrong to not have confronted him from the beginning,” Cortes, 58, "
                          "told AFP in an interview in Bogota on Monday.")
    assert [(q.kind, q.cue.text, q.speaker.text) for q in quotes] == [("direct", "told", "Cortes")]


def test_markup_is_no_cue_and_no_speaker(nlp):
    text = ('<tweet pic="" author="GovSmith" timestamp="1449075600" tweet_id="6721">Flood waters are rising fast '
            'tonight.</tweet>.\n\n<tweet author="@JaneDoe" datetime="2016-07-23">I\'m proud to announce my '
            'running mate, a man who has fought for others.</tweet>.')
    for quote in extract(nlp, text):
        assert quote.speaker is None or "<" not in quote.speaker.text and '="' not in quote.speaker.text
        assert 'author="' not in quote.text


def test_a_mention_after_a_tag_leaves_the_tag_out(nlp):
    text = ('<tweet pic="" author="mreed" tweet_id="6942">Responsible candidate Marco Diaz wants a big tax cut, '
            'a war with Iran, and a balanced budget.</tweet>.')
    speakers = [q.speaker.text for q in extract(nlp, text) if q.speaker is not None]
    assert speakers == ["Responsible candidate Marco Diaz"]


def test_quote_marks_inside_a_tag_are_no_quote(nlp):
    text = '<tweet author="GovSmith" id="6721">Flood waters are rising fast tonight.</tweet>'
    assert all("GovSmith" not in q.text for q in extract(nlp, text))


def test_a_signature_line_under_a_pull_quote_names_its_i(nlp):
    text = ("Economists weighed in on the plan.\n\n"
            "“I worry that we may see a return of calls for balanced budgets.”\n"
            "— Dean Baker, Center for Economic and Policy Research\n\nOthers disagreed.")
    assert first_person(nlp, text) == ["Dean Baker"]


def test_a_pull_quote_without_a_signature_leaves_its_i_unnamed(nlp):
    text = ("Economists weighed in on the plan.\n\n"
            "“I worry that we may see a return of calls for balanced budgets.”\n\nOthers disagreed.")
    assert first_person(nlp, text) == [None]


def test_a_title_case_transcript_label_names_its_i(nlp):
    text = ("A panel led by Chris Matthews discussed the tax.\n\n"
            "\"Chris Matthews: Seriously, I think this plan is cheap pandering.\"\n\nOthers disagreed.")
    assert first_person(nlp, text) == ["Chris Matthews"]


def test_a_heading_before_a_colon_names_no_i(nlp):
    assert first_person(nlp, "Key Takeaways: I think this plan is cheap pandering.\n\nOthers disagreed.") == [None]


def test_a_label_opening_a_quote_names_its_speaker(nlp):
    text = ("A panel led by Chris Matthews discussed the tax.\n\n"
            "\"Chris Matthews: Seriously, this plan is cheap pandering to the voters.\"\n\nOthers disagreed.")
    quotes = [q for q in extract(nlp, text) if q.kind == "direct"]
    assert [(q.text, q.speaker_name) for q in quotes] == [
        ("Seriously, this plan is cheap pandering to the voters.", "Chris Matthews")]


def test_a_capital_label_inside_a_quote_is_its_speaker_not_a_name_after_it(nlp):
    text = ("Hillary Clinton took questions on Monday.\n\n"
            "\"PEREZ: Secretary Clinton, you wrote an e-mail on the night of the attack.\n\n"
            "\"PEREZ: Secretary Clinton, did you mislead them?\n\n"
            "\"CLINTON: I feel a great deal of sympathy for the families.\"\n\n")
    quotes = [q for q in extract(nlp, text) if q.kind == "direct"]
    assert [(q.speaker.text, q.speaker_name) for q in quotes] == [
        ("PEREZ", None), ("PEREZ", None), ("CLINTON", "Hillary Clinton")]


def test_a_quote_opening_with_a_label_of_no_one_does_not_follow_the_quote_before(nlp):
    text = ("Hillary Clinton took questions on Monday.\n\n"
            "\"CLINTON: I feel a great deal of sympathy for the families.\n\n"
            "\"VIDEO: They all told me it was a video when they knew it was not the video.\"\n\n")
    quotes = [q for q in extract(nlp, text) if q.kind == "direct"]
    assert [q.speaker_name for q in quotes] == ["Hillary Clinton", None]


INTERVIEW = ("Q&A with Senator Maria Alvarez.\n\n"
             "Senator Maria Alvarez spoke with reporters on her flight home. Here is the edited transcript.\n\n"
             "Q: The campaign has turned gloomy. Why?\n\n"
             "A: I think the candidates are making a big mistake.\n\n"
             "And I said the economy is much stronger than they claim.\n\n"
             "Q: Will you endorse anyone?\n\n"
             "A: I said I would wait until the convention.")


def test_the_i_of_an_interview_answer_is_the_interviewee(nlp):
    assert first_person(nlp, INTERVIEW) == ["Maria Alvarez"] * 4


def test_the_i_of_a_paragraph_that_continues_an_answer_is_the_interviewee(nlp):
    quotes = [q for q in extract(nlp, INTERVIEW) if q.speaker is not None and q.speaker.text == "I"]
    assert ("the economy is much stronger than they claim", "Maria Alvarez") in [(q.text, q.speaker_name) for q in quotes]


def test_a_single_answer_label_makes_no_interview(nlp):
    text = INTERVIEW.replace("Q: Will you endorse anyone?\n\nA: I said I would wait until the convention.", "")
    assert first_person(nlp, text) == [None, None]


def test_an_aside_whose_phrase_ends_the_text_does_not_crash(nlp):
    # "Democrats applaud, Frank notes today" parsed with the aside's setting as the text's last token
    doc = Doc(nlp.vocab, words=["Democrats", "applaud", ",", "Frank", "notes", "today"],
              spaces=[True, False, True, True, True, False], heads=[1, 1, 1, 4, 1, 4],
              deps=["nsubj", "ROOT", "punct", "nsubj", "ccomp", "npadvmod"],
              pos=["PROPN", "VERB", "PUNCT", "PROPN", "VERB", "NOUN"], tags=["NNPS", "VBP", ",", "NNP", "VBZ", "NN"],
              lemmas=["Democrats", "applaud", ",", "Frank", "note", "today"], sent_starts=[True] + [False] * 5)
    assert isinstance(extract_quotes(doc, "doc"), list)
