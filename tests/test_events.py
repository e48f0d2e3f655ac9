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


def test_background_act_in_a_circumstance_phrase_gives_no_event_beside_the_main_act(nlp):
    # The gold codes one act per clause: "agreed to a ceasefire after ... fighting" is the agreement.
    events = _code(nlp, "Bosnia and Slovenia agreed to a ceasefire after two days of fierce fighting.")
    assert {(e.source.country, e.target.country, e.plover) for e in events} == {
        ("BIH", "SVN", "AGREE"), ("SVN", "BIH", "AGREE")}


def test_acts_in_a_relative_clause_are_background_to_the_main_act(nlp):
    # CAMEO 114 "Complain officially": the raids and killings are what the complaint is about.
    events = _code(nlp, "Lebanon complained to the United Nations over Israeli air raids in which "
                        "20 people were killed.")
    assert events and {(e.source.country, e.plover) for e in events} == {("LBN", "ACCUSE")}


def test_unresolved_object_naming_people_is_a_domestic_target_with_null_code(nlp):
    # CAMEO 0841 "Return, release person(s)": rebels releasing their own prime minister.
    [event] = _code(nlp, "Fijian rebels released Prime Minister Mahendra Chaudhry.")
    assert (event.source.country, event.target.text, event.target.code, event.target.country) == (
        "FJI", "Prime Minister Mahendra Chaudhry", None, "FJI")


def test_unresolved_place_object_is_a_domestic_target(nlp):
    # CAMEO 194 "Fight with artillery and tanks".
    [event] = _code(nlp, "Sudanese rebels shelled the town of Juba.")
    assert (event.cameo, event.target.text, event.target.country) == ("194", "Juba", "SDN")


def test_conflict_act_without_object_targets_the_doers_own_country(nlp):
    # CAMEO 145 "Protest violently, riot": aimed at one's own rulers.
    [event] = _code(nlp, "Egyptian demonstrators rioted.")
    assert (event.cameo, event.target.text, event.target.code, event.target.country) == ("145", "", None, "EGY")


def test_cooperative_act_without_object_keeps_no_target(nlp):
    [event] = _code(nlp, "Georgian President Eduard Shevardnadze resigned on Sunday.")
    assert event.plover in ("CONCEDE", "RETREAT") and event.target is None


def test_resolved_target_scores_higher_than_a_domestic_guess(nlp):
    [resolved] = _code(nlp, "Sudanese rebels shelled Ethiopia.")
    [guessed] = _code(nlp, "Sudanese rebels shelled the town of Juba.")
    assert resolved.confidence > guessed.confidence


def test_rejecting_anothers_proposal_is_the_rejecters_act_against_the_proposer(nlp):
    # CAMEO 120 "Reject, not specified below": the possessor of the proposal is the target.
    [event] = _code(nlp, "Iran rejected Iraq's proposal for a ceasefire.")
    assert (event.cameo, event.source.country, event.target.country) == ("120", "IRN", "IRQ")


@pytest.mark.parametrize(("text", "code"), [
    ("The Japanese government castigated the United States.", "111"),
    ("Turkish police harassed Kurdish activists.", "170"),
    ("Israel freezes assets of Hamas.", "163"),
    ("Chinese troops launched an offensive against India.", "190"),
    ("Serbia accepted the peace proposal of the European Union.", "030"),
    ("Japan expressed support for the Philippines.", "051"),
    ("Iran shipped arms to Syria.", "072"),
])
def test_codebook_verbs_beyond_the_first_dictionary(nlp, text, code):
    assert code in {e.cameo for e in _code(nlp, text)}


def test_subject_of_a_passive_modal_word_is_the_doer(nlp):
    # CAMEO 030 "Express intent to cooperate": "is committed to" is Vietnam's own intent.
    events = _code(nlp, "The minister said Vietnam is committed to opening up the economy.")
    assert events and {e.source.country for e in events} == {"VNM"}


def test_subject_of_a_passive_act_is_not_its_doer(nlp):
    [event] = _code(nlp, "Syria was attacked by Israel.")
    assert (event.source.country, event.target.country) == ("ISR", "SYR")


def test_coordinated_doers_act_on_each_other_when_the_object_is_one_of_their_own(nlp):
    # CAMEO 031 "Express intent to engage in material cooperation": both sides agree.
    events = _code(nlp, "Hungarian and Romanian officials agreed that their countries should cooperate "
                        "to help Romanian refugees.")
    assert {(e.source.country, e.target.country) for e in events} == {("HUN", "ROU"), ("ROU", "HUN")}


def test_national_adjective_of_a_noun_act_is_its_doer(nlp):
    # CAMEO 145 "Protest violently, riot"; the riots are against Israeli policies.
    [event] = _code(nlp, "Palestinian riots against Israeli military policies are continuing.")
    assert (event.cameo, event.source.text, event.source.country, event.target.country) == (
        "145", "Palestinian", "PSE", "ISR")


def test_stance_prefix_does_not_make_a_doer(nlp):
    events = _code(nlp, "Anti-US protests erupted in Baghdad on Friday.")
    assert all(e.source.text != "US" for e in events)


def test_city_a_statement_mentions_is_not_its_addressee(nlp):
    text = "“We will build a new port in Shanghai and a factory in Houston,” the Chinese foreign ministry said."
    content = "We will build a new port in Shanghai and a factory in Houston"
    quote = _quote(text, content, "the Chinese foreign ministry", None, "Chinese foreign ministry")
    events = code_quote(quote, nlp(text), article_context(Article(id="t", text=text, quotes=[quote])))
    assert events and all(e.target is None or e.target.country != "USA" for e in events)


def test_lifting_a_state_of_emergency_is_easing_it(nlp):
    # CAMEO 0814 "Ease state of emergency or martial law": the noun "state" is no reporting verb.
    [event] = _code(nlp, "The Sudanese government lifted a state of emergency in Darfur.")
    assert (event.cameo, event.source.country) == ("0814", "SDN")


def test_verb_object_pattern_sees_through_a_measure_noun(nlp):
    # CAMEO 073 "Provide humanitarian aid": "700 kg of medicine" is medicine.
    [event] = _code(nlp, "Swiss doctors handed over 700 kg of medicine to Iran.")
    assert (event.cameo, event.source.country, event.target.country) == ("073", "CHE", "IRN")
