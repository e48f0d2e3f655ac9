"""Event coding: ontology, dates, modality, actors and confidence, on sentences and hand-built quotes."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.events import article_context, code_events, code_quote, code_sentence, lookup
from parley.events.dates import day_phrases
from parley.events.gdelt import GDELT_COLUMNS, gdelt_rows
from parley.events.lexicon import lexicon
from parley.events.ontology import ontology
from parley.records import Article, Quote, Span


def test_ontology_gives_goldstein_quad_class_and_plover():
    entry = lookup("036")
    assert (entry.description, entry.goldstein, entry.quad_class, entry.plover) == (
        "Express intent to meet or negotiate", 4.0, 1, "AGREE")
    assert lookup("010").plover is None


def test_every_code_in_the_dictionaries_is_a_cameo_code():
    lex = lexicon()
    codes = {*lex.verbs.values(), *lex.nouns.values(), *(c for c in lex.transforms.values() if c)}
    assert codes - set(ontology()) == set()


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("said on Thursday", "2020-11-05", date(2020, 11, 5)),
        ("On Wednesday evening, Xi said", "2020-11-05", date(2020, 11, 4)),
        ("last Thursday", "2020-11-05", date(2020, 10, 29)),
        ("in a Jan. 4 letter", "2024-01-12", date(2024, 1, 4)),
        ("a Dec. 30 call", "2024-01-05", date(2023, 12, 30)),
        ("on 9 November 2020", None, date(2020, 11, 9)),
        ("yesterday", "2020-11-05", date(2020, 11, 4)),
    ],
)
def test_day_phrases_resolve_against_publication(text, published, day):
    parsed = date.fromisoformat(published) if published else None
    assert [p.day for p in day_phrases(text, parsed)] == [day]


def test_day_unknown_without_publication_keeps_phrase():
    [phrase] = day_phrases("in a Jan. 4 letter", None)
    assert (phrase.text, phrase.day) == ("Jan. 4", None)


def test_phrases_naming_no_day_give_nothing():
    assert day_phrases("talks at the Pentagon this week, late last year", date(2024, 1, 12)) == []


def _code(nlp, text, published="2020-11-05"):
    doc = nlp(text)
    context = article_context(Article(id="t", text=text, published=published))
    return [e for sentence in doc.sents for e in code_sentence(sentence, context)]


def test_meeting_codes_consult_with_both_actors(nlp):
    [event] = _code(nlp, "On Wednesday, US Deputy National Security Advisor Jon Finer met with Liu Jianchao, "
                         "head of the International Liaison Department of the Chinese Communist Party.")
    assert (event.cameo[:2], event.source.code, event.target.code) == ("04", "USAGOV", "CHNPTY")
    assert (event.date, event.date_text) == ("2020-11-04", "On Wednesday")


def test_coordinated_actors_of_a_mutual_act_act_on_each_other(nlp):
    events = _code(nlp, "Defence officials from the US and China resumed policy coordination talks at the Pentagon.")
    assert {(e.source.code, e.target.code, e.cameo[:2]) for e in events} == {
        ("USAMIL", "CHNMIL", "04"), ("CHNMIL", "USAMIL", "04")}


def test_declined_to_congratulate_is_not_praise(nlp):
    events = _code(nlp, "China declined to congratulate Biden.")
    assert events and all(not e.cameo.startswith("05") for e in events)
    assert events[0].cameo.startswith("12")


def test_could_impose_tariffs_is_not_imposing_tariffs(nlp):
    assert not any(e.cameo.startswith("16") for e in _code(nlp, "Washington could impose tariffs on China."))


def test_threatened_tariffs_are_a_threat_against_the_target(nlp):
    [event] = _code(nlp, "Trump threatened to impose tariffs on Chinese goods.", "2019-05-01")
    assert (event.cameo, event.plover, event.source.code, event.target.country) == ("1312", "THREATEN", "USAGOV", "CHN")


def test_will_not_accept_is_a_rejection(nlp):
    [event] = _code(nlp, "Syria says it will not accept any more refugees.")
    assert (event.cameo[:2], event.source.code) == ("12", "SYR")


def test_refusing_to_lift_a_curfew_is_a_refusal_to_ease(nlp):
    [event] = _code(nlp, "The Israeli government is refusing to lift the curfew on Palestinians.")
    assert (event.cameo, event.source.code, event.target.country) == ("1241", "ISRGOV", "PSE")


def test_demand_made_through_must_targets_the_subject(nlp):
    [event] = _code(nlp, "Egyptian President Hosni Mubarak said that the US must be ready to mediate.")
    assert (event.cameo[:2], event.source.country, event.target.country) == ("10", "EGY", "USA")


def test_unknown_doer_keeps_code_null_and_low_confidence(nlp):
    [event] = _code(nlp, "The militia attacked a convoy near the border.")
    assert event.source.code is None and event.confidence < 0.5


def _quote(text, content, speaker, name, role, cue="said"):
    start = text.index(content)
    cue_start = text.index(cue)
    mention = text.index(speaker)
    return Quote(id="t:q0", kind="direct", start=start, end=start + len(content), text=content,
                 cue=Span(cue_start, cue_start + len(cue), cue),
                 speaker=Span(mention, mention + len(speaker), speaker), speaker_name=name, speaker_role=role)


def test_quote_of_willingness_to_work_with_another_country_is_intent_to_cooperate(nlp):
    text = "“China is willing to work with the US to promote stable ties,” Xi said in a Jan. 4 letter."
    quote = _quote(text, "China is willing to work with the US to promote stable ties", "Xi", "Xi Jinping", None)
    article = Article(id="t", text=text, published="2024-01-12", quotes=[quote])
    [event] = code_quote(quote, nlp(text), article_context(article))
    assert (event.cameo[:2], event.source.code, event.target.country, event.quote_id) == ("03", "CHNGOV", "USA", "t:q0")
    assert (event.date, event.date_text) == ("2024-01-04", "Jan. 4")


def test_plain_statement_is_make_statement(nlp):
    text = "“On the question of the statement by China, we will follow international practices,” said the spokesman."
    quote = _quote(text, "On the question of the statement by China, we will follow international practices",
                   "the spokesman", "Wang Wenbin", "Chinese Foreign Ministry spokesman")
    article = Article(id="t", text=text, published="2020-11-09", quotes=[quote])
    [event] = code_quote(quote, nlp(text), article_context(article))
    assert (event.cameo, event.source.code) == ("010", "CHNGOV")


def test_commentator_reporting_what_a_government_did_gives_no_government_event(nlp):
    text = "“China did give in on trade after Beijing imposed sanctions on Washington,” Wang Jiangyu said."
    content = "China did give in on trade after Beijing imposed sanctions on Washington"
    quote = _quote(text, content, "Wang Jiangyu", "Wang Jiangyu", "an international law expert at City University")
    article = Article(id="t", text=text, quotes=[quote])
    events = code_events(article, nlp(text))
    assert events and all(e.source.sector != "GOV" for e in events)


def test_event_ids_follow_the_article_and_confidence_is_a_probability(nlp):
    text = "Iran threatened to cut off electricity to Azerbaijan. Japan halted economic aid to Serbia."
    events = code_events(Article(id="a1", text=text, published="2020-11-05"), nlp(text))
    assert [e.id for e in events] == [f"a1:e{n}" for n in range(len(events))] and len(events) == 2
    assert all(0.0 <= e.confidence <= 1.0 for e in events)


def test_resolved_actors_score_higher_than_unknown_ones(nlp):
    [known] = _code(nlp, "Japan halted economic aid to Serbia.")
    [unknown] = _code(nlp, "The group halted economic aid to the region.")
    assert known.confidence > unknown.confidence


def test_gdelt_rows_have_the_gdelt_columns_and_empty_unknowns(nlp):
    text = "Japan halted economic aid to Serbia on Tuesday."
    article = Article(id="a1", text=text, published="2020-11-05", url="https://example.org/a")
    article.events = code_events(article, nlp(text))
    [row] = gdelt_rows([article])
    assert tuple(row) == GDELT_COLUMNS
    assert (row["SQLDATE"], row["Actor1CountryCode"], row["Actor2CountryCode"], row["EventRootCode"]) == (
        "20201103", "JPN", "SRB", "16")
    assert (row["Actor1Type1Code"], row["IsRootEvent"], row["SOURCEURL"]) == ("", 1, "https://example.org/a")
    assert row["GoldsteinScale"] == lookup(row["EventCode"]).goldstein


@settings(max_examples=200, deadline=None)
@given(st.text(), st.dates())
def test_day_phrases_never_fail_and_point_into_the_text(text, published):
    for phrase in day_phrases(text, published, offset=0):
        assert text[phrase.start: phrase.end] == phrase.text


def test_demonstrating_in_the_streets_is_a_protest_but_demonstrating_a_commitment_is_not(nlp):
    [protest] = _code(nlp, "Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday.")
    assert (protest.cameo[:2], protest.source.country) == ("14", "IRQ")
    assert not any(e.cameo.startswith("14") for e in _code(nlp, "Both sides demonstrated a genuine commitment."))


def test_a_surname_resolves_to_the_person_named_before_unless_two_share_it(nlp):
    text = ("Jon Finer met with Liu Jianchao, head of the International Liaison Department of the Chinese "
            "Communist Party. Wang Wenbin and Wang Huiyao spoke. Liu later met with Ray Dalio.")
    doc = nlp(text)
    context = article_context(Article(id="t", text=text, published="2024-01-12"), doc)
    assert context.people["Liu"][0] == "Liu Jianchao" and "Wang" not in context.people
    events = [e for sentence in doc.sents for e in code_sentence(sentence, context)]
    assert any(e.source.text == "Liu" and e.source.code == "CHNPTY" for e in events)
