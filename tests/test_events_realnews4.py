"""Event coding on real news (bench/events_news.py tuning set), fourth round: statements coded where they
are attributed and once, criticism a quote makes without a verb of criticism, and whom it is aimed at."""

from parley.events import article_context, code_events, code_quote, code_sentence
from parley.records import Article, Quote, Span


def _span(text, part, last=True):
    start = text.rindex(part) if last else text.index(part)
    return Span(start, start + len(part), part)


def _quote(text, content, speaker, cue, name=None, kind="direct", number=0):
    said = _span(text, content)
    return Quote(f"t:q{number}", kind, said.start, said.end, content,
                 cue=_span(text, cue) if cue else None, speaker=_span(text, speaker, last=False) if speaker else None,
                 speaker_name=name)


def _quote_events(nlp, text, quote):
    doc = nlp(text)
    return code_quote(quote, doc, article_context(Article(id="t", text=text, published="2016-06-09", quotes=[quote]), doc))


def _article_events(nlp, text, quotes):
    return code_events(Article(id="t", text=text, published="2016-06-09", quotes=quotes), nlp(text), nlp)


def _sentence_events(nlp, text):
    doc = nlp(text)
    context = article_context(Article(id="t", text=text, published="2016-06-09"), doc)
    return [e for sentence in doc.sents for e in code_sentence(sentence, context)]


def test_a_statement_of_several_sentences_is_coded_where_it_is_attributed(nlp):
    # CAMEO 010 "Make statement": the sentence coded is the one that says who spoke (the record contract's
    # Event.start/end: "the sentence/clause coded").
    text = "“We should be proud of the progress. We have recovered from the crisis,” Barack Obama said."
    quote = _quote(text, "We should be proud of the progress. We have recovered from the crisis", "Barack Obama",
                   "said", name="Barack Obama")
    [event] = _quote_events(nlp, text, quote)
    assert event.cameo == "010"
    assert event.start == text.index("We have recovered")


def test_a_quote_attributed_in_its_last_sentence_is_as_sure_as_a_one_sentence_quote(nlp):
    # The cue shares a sentence with the quote: its speaker is not carried over from elsewhere.
    long = "“We should be proud of the progress. We have recovered from the crisis,” Barack Obama said."
    short = "“We have recovered from the crisis,” Barack Obama said."
    [several] = _quote_events(nlp, long, _quote(long, "We should be proud of the progress. We have recovered from "
                                                      "the crisis", "Barack Obama", "said", name="Barack Obama"))
    [one] = _quote_events(nlp, short, _quote(short, "We have recovered from the crisis", "Barack Obama", "said",
                                             name="Barack Obama"))
    assert several.confidence == one.confidence


def test_an_act_a_long_quote_tells_of_is_coded_in_its_own_sentence(nlp):
    # CAMEO 020 "Make an appeal or request": "Donald Trump should retract his comments" asks it of him, in the
    # sentence that says so.
    text = "“Donald Trump should retract his comments. There is no room for this,” Jeb Bush said."
    quote = _quote(text, "Donald Trump should retract his comments. There is no room for this", "Jeb Bush", "said",
                   name="Jeb Bush")
    [event] = _quote_events(nlp, text, quote)
    assert (event.cameo, event.start, event.end) == ("020", 1, text.index(" There is"))


def test_a_quote_continuing_the_one_before_adds_no_second_statement(nlp):
    # One statement, one CAMEO 010 event: the second quote has no cue of its own and the same speaker.
    text = "“It is a big night for us,” Marco Rubio said. “They told me we had no chance.”"
    first = _quote(text, "It is a big night for us", "Marco Rubio", "said", name="Marco Rubio")
    second = _quote(text, "They told me we had no chance.", "Marco Rubio", None, name="Marco Rubio", number=1)
    events = _article_events(nlp, text, [first, second])
    assert [(e.cameo, e.quote_id) for e in events] == [("010", "t:q0")]


def test_a_continuing_quote_that_criticizes_is_still_coded(nlp):
    # CAMEO 111 "Criticize or denounce": what the continuation adds is an act of its own.
    text = "“Secretary Clinton voted for that war,” Bernie Sanders said. “Her judgment was not right.”"
    first = _quote(text, "Secretary Clinton voted for that war", "Bernie Sanders", "said", name="Bernie Sanders")
    second = _quote(text, "Her judgment was not right.", "Bernie Sanders", None, name="Bernie Sanders", number=1)
    events = _article_events(nlp, text, [first, second])
    assert "111" in [e.cameo for e in events if e.quote_id == "t:q1"]


def test_a_statement_a_quote_names_is_what_it_criticizes(nlp):
    # CAMEO 111 "Criticize or denounce": "remarks" and "comment" are what is judged, not statements the quote
    # reports; the criticism is aimed at their author.
    text = ("Donald Trump's remarks about the judge were the definition of a racist comment, "
            "Mitch McConnell said on Tuesday.")
    quote = _quote(text, "Donald Trump's remarks about the judge were the definition of a racist comment",
                   "Mitch McConnell", "said", name="Mitch McConnell", kind="indirect")
    events = _quote_events(nlp, text, quote)
    assert [(e.cameo, e.source.country, e.target and e.target.name) for e in events] == [
        ("111", "USA", "Donald Trump")]


def test_denying_someone_a_word_of_approval_criticizes_them(nlp):
    # CAMEO 111 "Criticize or denounce": "His comments are not helping" condemns; "it is not right to wait"
    # judges no one.
    text = "“His comments are not helping,” Senator Susan Collins said."
    [event] = _quote_events(nlp, text, _quote(text, "His comments are not helping", "Senator Susan Collins", "said"))
    assert event.cameo == "111"
    text = "“It is not right to wait for the vote,” Senator Susan Collins said."
    [event] = _quote_events(nlp, text, _quote(text, "It is not right to wait for the vote", "Senator Susan Collins",
                                              "said"))
    assert event.cameo == "010"


def test_words_of_condemnation_outweigh_a_cue_of_mere_comment(nlp):
    # CAMEO 111 "Criticize or denounce" over 012 "Make pessimistic comment": the words condemn someone.
    text = "“That means an unqualified loose cannon is within reach of the presidency,” warned Hillary Clinton."
    quote = _quote(text, "That means an unqualified loose cannon is within reach of the presidency",
                   "Hillary Clinton", "warned", name="Hillary Clinton")
    assert [e.cameo for e in _quote_events(nlp, text, quote)] == ["111"]


def test_a_pronoun_in_a_direct_quote_stands_for_the_person_named_before(nlp):
    # CAMEO 111 "Criticize or denounce", aimed at the one criticized: "His" is Trump, named just before.
    text = ("Donald Trump attacked the judge again on Monday. "
            "Senator Susan Collins, Republican of Maine, said: “His comments are not helping.”")
    quote = _quote(text, "His comments are not helping.", "Senator Susan Collins, Republican of Maine", "said")
    [event] = _quote_events(nlp, text, quote)
    assert (event.cameo, event.target.name, event.target.country) == ("111", "Donald Trump", "USA")


def test_a_pronoun_in_reported_speech_is_not_taken_for_another(nlp):
    # In reported speech "his" is mostly the speaker's own: "said that his words had been misconstrued".
    text = ("Mitch McConnell spoke on Monday. "
            "Donald Trump said that his words had been misconstrued.")
    quote = _quote(text, "that his words had been misconstrued", "Donald Trump", "said", name="Donald Trump",
                   kind="indirect")
    assert [e.target for e in _quote_events(nlp, text, quote)] == [None]


def test_a_negated_cue_is_no_act_of_its_kind(nlp):
    # CAMEO 055 "Apologize": "did not apologize for his remarks" is none; refusing it is 120 "Reject".
    text = "Donald Trump did not apologize for his remarks."
    quote = _quote(text, "his remarks", "Donald Trump", "did not apologize for", name="Donald Trump", kind="indirect")
    assert [e.cameo for e in _quote_events(nlp, text, quote)] == ["120"]


def test_reported_speech_that_gave_no_event_is_read_as_narration(nlp):
    # CAMEO 120 "Reject": the quotes stage took "voted against" for a cue, with no speaker; the act is coded.
    text = "Senator Bernie Sanders voted against the bailout of the banks."
    quote = Quote("t:q0", "indirect", text.index("the bailout"), len(text) - 1, "the bailout of the banks",
                  cue=_span(text, "voted against"))
    events = _article_events(nlp, text, [quote])
    assert [(e.cameo, e.source.code) for e in events] == [("120", "USALEG")]


def test_quoted_words_of_an_unknown_speaker_stay_theirs(nlp):
    # No event: words in quotation marks are someone's statement, not the narration's.
    text = "“And the full threat that Donald Trump offers our country.”"
    quote = Quote("t:q0", "direct", 1, len(text) - 2, text[1:-2])
    assert _article_events(nlp, text, [quote]) == []


def test_disavowing_comments_denounces_them(nlp):
    # CAMEO 111 "Criticize or denounce".
    assert [e.cameo for e in _sentence_events(nlp, "Senator Mitch McConnell disavowed the comments.")] == ["111"]


def test_calling_out_a_rival_criticizes_but_calling_out_troops_mobilizes(nlp):
    # CAMEO 111 "Criticize or denounce"; 154 "Mobilize or increase armed forces".
    events = _sentence_events(nlp, "President Barack Obama used the speech to call out Donald Trump.")
    assert ("111", "USA") in [(e.cameo, e.target and e.target.country) for e in events]
    events = _sentence_events(nlp, "The governor of Texas called out the troops.")
    assert [e.cameo for e in events] == ["154"]


def test_an_offensive_against_a_rival_after_another_verb_is_criticism(nlp):
    # CAMEO 111 "Criticize or denounce", not 190 "Use conventional military force": the subject of the verb
    # the phrase is joined to is the doer.
    events = _sentence_events(nlp, "Hillary Clinton brushed off the findings but also went on the offensive "
                                   "against Bernie Sanders.")
    assert "111" in [e.cameo for e in events] and "190" not in [e.cameo for e in events]


def test_a_statement_by_part_of_a_group_is_less_sure(nlp):
    # Confidence: "some Americans say" names no one who spoke.
    text = "“It is time to get out,” some Americans say."
    [part] = _quote_events(nlp, text, _quote(text, "It is time to get out", "some Americans", "say"))
    text = "“It is time to get out,” Americans say."
    [whole] = _quote_events(nlp, text, _quote(text, "It is time to get out", "Americans", "say"))
    assert part.confidence < whole.confidence


def test_a_statement_naming_another_person_of_the_speakers_country_is_aimed_at_them(nlp):
    # CAMEO 111 "Criticize or denounce", Ryan to Trump: a person of one's own country is another actor; one's
    # own country is not ("the United States has the strongest economy", Obama said, targets no one).
    text = "Paul Ryan calls the Trump plan 'reckless' in a speech."
    quote = _quote(text, "the Trump plan 'reckless", "Paul Ryan", "calls", name="Paul Ryan", kind="mixed")
    assert [(e.cameo, e.target and e.target.name) for e in _quote_events(nlp, text, quote)] == [
        ("111", "Donald Trump")]
    text = "“The United States has the strongest economy in the world,” Barack Obama said."
    quote = _quote(text, "The United States has the strongest economy in the world", "Barack Obama", "said",
                   name="Barack Obama")
    assert [e.target for e in _quote_events(nlp, text, quote)] == [None]
