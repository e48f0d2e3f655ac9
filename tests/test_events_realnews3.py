"""Event coding on real news (bench/events_news.py tuning set), third round: a person coded by one mention
is coded alike by the others."""

from parley.events import article_context, code_quote, code_sentence
from parley.records import Article, Quote, Span


def _last(text, part):
    start = text.rindex(part)
    return Span(start, start + len(part), part)


def _quote_events(nlp, text, content, speaker, cue, name=None, role=None):
    """The events of one quote, coded with the article's parse (which tells who its people are)."""
    said = _last(text, content)
    quote = Quote("t:q0", "indirect", said.start, said.end, content, cue=_last(text, cue),
                  speaker=_last(text, speaker), speaker_name=name, speaker_role=role)
    doc = nlp(text)
    return code_quote(quote, doc, article_context(Article(id="t", text=text, published="2016-06-09", quotes=[quote]), doc))


def _sentence_events(nlp, text):
    """The reported acts of ``text``, coded sentence by sentence."""
    doc = nlp(text)
    context = article_context(Article(id="t", text=text, published="2016-06-09"), doc)
    return [e for sentence in doc.sents for e in code_sentence(sentence, context)]


def test_a_speaker_named_by_surname_is_coded_as_their_full_mention(nlp):
    # CAMEO actor codes: "Senator Mark S. Kirk, Republican of Illinois" is USALEG, and so is "Mr. Kirk"
    # when he speaks later in the article (CAMEO 010 "Make statement").
    text = ("Senator Mark S. Kirk, Republican of Illinois, met voters on Monday. "
            "The party needs a new message, Mr. Kirk said.")
    [event] = _quote_events(nlp, text, "The party needs a new message", "Mr. Kirk", "said",
                            name="Mark S. Kirk", role="Senator")
    assert (event.source.code, event.source.country) == ("USALEG", "USA")


def test_a_speaker_the_article_never_places_stays_uncoded(nlp):
    # Nothing is guessed: "Mr. Blocher" with no country anywhere in the article keeps a null code.
    text = "Christoph Blocher met voters on Monday. The party needs a new message, Mr. Blocher said."
    [event] = _quote_events(nlp, text, "The party needs a new message", "Mr. Blocher", "said",
                            name="Christoph Blocher")
    assert event.source.country is None and event.source.code is None


def test_a_surname_two_coded_people_share_is_neither_ones(nlp):
    # A short name two people share resolves to neither: "Mr. Smith" is not coded from one of them.
    text = ("Senator Jed Smith, Republican of Florida, and Governor Rob Smith of Texas spoke. "
            "The party needs a new message, Mr. Smith said.")
    [event] = _quote_events(nlp, text, "The party needs a new message", "Mr. Smith", "said", name="Smith")
    assert event.source.country is None


def test_a_doer_named_by_surname_is_coded_as_their_full_mention(nlp):
    # CAMEO 051 "Praise or endorse": "Mr. Ryan backed ..." is by the Wisconsin congressman named before.
    text = ("Representative Paul Ryan of Wisconsin spoke on Monday. "
            "On Tuesday Mr. Ryan endorsed Hillary Clinton.")
    events = _sentence_events(nlp, text)
    assert any(e.source.country == "USA" and e.cameo.startswith("05") for e in events)


def test_a_speaker_named_by_a_relative_pronoun_is_its_antecedent(nlp):
    # CAMEO 111 "Criticize or denounce": "Senator Tim Scott, who has called the comments toxic" -- the words
    # are the senator's, whom the relative pronoun "who" stands for.
    text = "Senator Tim Scott of South Carolina, who has called the comments toxic, left early."
    events = _quote_events(nlp, text, "the comments toxic", "who", "has called")
    assert events and all(e.source.code == "USALEG" for e in events)


def test_what_another_should_do_is_an_appeal_to_them(nlp):
    # CAMEO 020 "Make an appeal or request": "Donald Trump should retract his comments", said by Jeb Bush,
    # asks Trump to retract; it is no act of Trump's.
    text = "Donald Trump should retract his comments, not defend them, former Gov. Jeb Bush of Florida said."
    events = _quote_events(nlp, text, "Donald Trump should retract his comments, not defend them",
                           "former Gov. Jeb Bush of Florida", "said", name="Jeb Bush", role="former Gov.")
    assert [(e.cameo, e.source.name, e.target and e.target.name) for e in events] == [
        ("020", "Jeb Bush", "Donald Trump")]


def test_what_another_should_do_as_the_speakers_view_is_an_appeal(nlp):
    # CAMEO 020 "Make an appeal or request": "I think the American government should tighten gun control".
    text = "I think the American government should tighten its gun control, Ms. Gao said."
    [event] = _quote_events(nlp, text, "I think the American government should tighten its gun control",
                            "Ms. Gao", "said", name="Gao Ming", role="Chinese student")
    assert (event.cameo, event.target and event.target.country) == ("020", "USA")


def test_what_another_must_do_is_a_demand(nlp):
    # CAMEO 100 "Make demand": "Iran must release the sailors", said by the US secretary of state.
    text = "Iran must release the sailors, Secretary of State John Kerry said."
    events = _quote_events(nlp, text, "Iran must release the sailors", "Secretary of State John Kerry", "said",
                           name="John Kerry", role="Secretary of State")
    assert [(e.cameo[:2], e.source.country, e.target and e.target.country) for e in events] == [("10", "USA", "IRN")]


def test_what_we_should_do_is_no_appeal_to_another(nlp):
    # "We should stay engaged" is the speaker's own resolve, not a request of someone else (CAMEO 020).
    text = "We should stay engaged in the region, the senator said."
    events = _quote_events(nlp, text, "We should stay engaged in the region", "the senator", "said",
                           name="Mark Kirk", role="U.S. senator")
    assert all(e.cameo != "020" for e in events)


def test_announcing_plans_is_an_intent(nlp):
    # CAMEO 030 "Express intent to cooperate": "announced plans to give away his stock" tells what he will do.
    text = "Mark Zuckerberg, the chief executive of Facebook, announced plans to give away his stock."
    events = _quote_events(nlp, text, "plans to give away his stock", "Mark Zuckerberg, the chief executive of Facebook",
                           "announced", name="Mark Zuckerberg", role="chief executive of Facebook")
    assert [e.cameo[:2] for e in events] == ["03"]


def test_insisting_that_something_is_so_is_a_statement_not_a_demand(nlp):
    # CAMEO 010 "Make statement" vs 100 "Demand": "insists that these statements are not influenced by the
    # results" claims; it demands nothing of anyone.
    text = "Christoph Blocher of Switzerland insists that these statements were not influenced by the results."
    events = _quote_events(nlp, text, "that these statements were not influenced by the results",
                           "Christoph Blocher of Switzerland", "insists", name="Christoph Blocher")
    assert [e.cameo[:2] for e in events] == ["01"]


def test_insisting_that_another_act_is_still_a_demand(nlp):
    # CAMEO 100 "Demand": "China insisted that the US must withdraw its troops" (a modal asks), and "demanded"
    # is a demand whatever its clause looks like (the tagger reads the subjunctive "lay" as a past tense).
    for text in ("China insisted that the US must withdraw its troops.",
                 "Turkey demanded that the Kurds lay down their arms."):
        events = _sentence_events(nlp, text)
        assert events and all(e.cameo.startswith("10") for e in events), text


def test_speaking_with_difficulty_consults_no_one(nlp):
    # CAMEO 040 "Consult": "who still speaks with difficulty from a stroke" meets no one; "met with Xi" does.
    text = "Senator Mark Kirk, who still speaks with difficulty from a stroke, spoke on Monday."
    assert not any(e.cameo.startswith("04") for e in _sentence_events(nlp, text))
    text = "Senator Mark Kirk spoke with Xi Jinping on Monday."
    assert any(e.cameo.startswith("04") for e in _sentence_events(nlp, text))


def test_another_named_person_of_the_same_code_is_a_target(nlp):
    # CAMEO 111 "Criticize or denounce": "Hillary Clinton attacked Donald Trump" is aimed at Trump, though
    # both resolve to "USA" in 2016; "praised himself" is aimed at no one else.
    [event] = _sentence_events(nlp, "Hillary Clinton attacked Donald Trump.")
    assert (event.cameo, event.target and event.target.name) == ("111", "Donald Trump")
    assert all(e.target is None for e in _sentence_events(nlp, "Donald Trump praised himself."))
