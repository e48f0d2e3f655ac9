"""The headline in title case that the events stage parses again in the article's own case: it is parsed by the
Language that parsed the article, handed over by the pipeline (or by whoever calls the stage), never by a model the
stage loads; and a pronoun in it is read against the headline's own parse, not the article's."""

import pytest

from parley import pipeline
from parley.events import code_events
from parley.records import Article

BODY = "\n\nThe announcement came on Friday in a letter to supporters.\n"
ENDORSEMENT = "Donald Trump Finally Endorses House Speaker Paul Ryan." + BODY
MEETING = ("\n\nRussian President Vladimir Putin and German Chancellor Angela Merkel met in Moscow on Monday. "
           "The leaders discussed trade.\n")


class RecordingLanguage:
    """Parses as the session's Language does, and keeps every text it is asked to parse on its own (outside
    ``pipe``, which parses the articles)."""

    def __init__(self, nlp):
        self._nlp = nlp
        self.parsed: list[str] = []

    def __call__(self, text):
        self.parsed.append(text)
        return self._nlp(text)

    def pipe(self, texts, batch_size):
        return self._nlp.pipe(texts, batch_size=batch_size)


def _headline_acts(language, text: str, published: str) -> list[tuple[str, str | None, str]]:
    """(doer's mention, doer's name, CAMEO code) of the acts the whole pipeline codes in the headline."""
    [article] = pipeline.process([Article(id="t", text=text, published=published)], nlp=language)
    return [(e.source.text, e.source.name, e.cameo) for e in article.events if e.start == 0]


def test_the_stage_parses_the_headline_with_the_language_it_is_given(nlp):
    # CAMEO 051 "Praise or endorse": "Donald Trump Finally Endorses House Speaker Paul Ryan" reports the endorsement.
    language = RecordingLanguage(nlp)
    events = code_events(Article(id="t", text=ENDORSEMENT, published="2016-08-05"), nlp(ENDORSEMENT), language)
    assert language.parsed == ["Donald Trump Finally endorses House Speaker Paul Ryan."]
    assert [e.cameo for e in events if e.start == 0] == ["051"]


def test_the_pipeline_hands_its_language_to_the_events_stage(nlp):
    # CAMEO 051 "Praise or endorse": the same headline, through every component as `parley extract` runs them.
    language = RecordingLanguage(nlp)
    assert _headline_acts(language, ENDORSEMENT, "2016-08-05") == [("Donald Trump", "Donald Trump", "051")]
    assert language.parsed == ["Donald Trump Finally endorses House Speaker Paul Ryan."]


@pytest.mark.parametrize("headline", [
    pytest.param("Putin And Merkel Talk Trade, He Criticizes Sanctions", id="he"),
    pytest.param("Putin And Merkel Talk Trade, She Criticizes Sanctions", id="she"),
])
def test_a_headline_pronoun_after_two_people_named_together_has_no_doer(nlp, headline):
    # CAMEO 111 "Criticize or denounce": after "Putin and Merkel talk trade" either of them can be the one who
    # criticizes; the re-parsed headline joins them, whatever the parse of the title-case line made of them.
    assert _headline_acts(nlp, headline + MEETING, "2016-03-01") == []


def test_a_headline_pronoun_after_one_person_is_that_person(nlp):
    # CAMEO 111 "Criticize or denounce": "Putin Talks Trade, He Criticizes Sanctions" is Putin's criticism.
    assert _headline_acts(nlp, "Putin Talks Trade, He Criticizes Sanctions" + MEETING, "2016-03-01") == [
        ("He", "Vladimir Putin", "111")]
