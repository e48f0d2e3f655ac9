"""Event coding on real news (bench/events_news.py tuning set), tenth round: games and ballots are no force,
negations printed with a typographic apostrophe, doubted reports, denied past acts and refusals refused are no
acts, an editor's note is the outlet's voice, a country one "plays" is no target, and words of condemnation and of
hope give statements their finer codes."""

from parley.events import code_events
from parley.quotes import extract_quotes
from parley.records import Article


def _events(nlp, text):
    """Events of a one-article text published on 2016-03-01, with its quotes found first, as the pipeline does."""
    doc = nlp(text)
    return code_events(Article(id="t", text=text, published="2016-03-01", quotes=extract_quotes(doc, "t")), doc, nlp)


def _cameos(nlp, text):
    return [e.cameo for e in _events(nlp, text)]


def test_a_win_told_with_its_score_is_a_game_not_an_assault(nlp):
    # CAMEO 182 "Physically assault, not specified below": a team that beat another 45-40 assaulted no one.
    assert not [c for c in _cameos(nlp, "Alabama beat undefeated Clemson 45-40 to take the National Championship.")
                if c.startswith(("18", "19"))]


def test_police_beating_protesters_is_still_an_assault(nlp):
    # CAMEO 182 "Physically assault, not specified below".
    assert "182" in _cameos(nlp, "Police beat 20 protesters in Cairo on Friday.")


def test_beating_a_rival_at_the_ballot_box_is_no_force(nlp):
    # CAMEO 182 "Physically assault": beating a candidate at the ballot box is winning an election.
    text = "“We’re going to have to beat Donald Trump at the ballot box,” Carly Fiorina said."
    assert not [c for c in _cameos(nlp, text) if c.startswith("18")]


def test_a_negation_with_a_typographic_apostrophe_negates(nlp):
    # CAMEO 040 "Consult, not specified below": "I didn’t meet him" (as news prints it) tells of no meeting.
    text = "“I’m pretty sure I didn’t meet him,” Donald Trump said."
    assert not [c for c in _cameos(nlp, text) if c.startswith("04")]


def test_a_meeting_or_visit_that_never_happened_is_no_event(nlp):
    # CAMEO 042 "Make a visit": "has never visited Iraq" tells of no visit and refuses none; "did not apologize"
    # stays 120 "Reject" (tests/test_events_realnews4.py).
    assert _cameos(nlp, "Donald Trump has never visited Iraq.") == []


def test_a_doubted_report_tells_no_act(nlp):
    # CAMEO 040 "Consult, not specified below": "I don't believe I've ever met him" doubts a meeting.
    text = "“I don’t believe I’ve ever met him,” Donald Trump said."
    assert not [c for c in _cameos(nlp, text) if c.startswith("04")]


def test_refusing_to_meet_is_still_a_rejection(nlp):
    # CAMEO 125 "Reject proposal to meet, discuss, or negotiate".
    assert _cameos(nlp, "Donald Trump refused to meet Xi Jinping.") == ["125"]
    assert [c[:2] for c in _cameos(nlp, "Iran will not meet the United States, Rouhani said.")] == ["12"]


def test_failing_to_refuse_an_endorsement_rejects_nothing(nlp):
    # CAMEO 120 "Reject, not specified below": "failed to refuse the endorsement" rejects nothing.
    text = "Over the weekend, Donald Trump failed three times to refuse the endorsement of the KKK."
    assert not [c for c in _cameos(nlp, text) if c.startswith("12")]


def test_an_editors_note_is_the_outlets_voice_not_an_act(nlp):
    # CAMEO 132 "Threaten with administrative sanctions" and 030 "Express intent to cooperate": an editor's note
    # says what the outlet thinks of Trump; it reports no act of his.
    text = ("Ted Cruz called the KKK abhorrent on Sunday.\n\nEditor’s note: Donald Trump is a serial liar and bully "
            "who has repeatedly pledged to ban all Muslims from entering the U.S.\n")
    note = text.index("Editor")
    assert [e for e in _events(nlp, text) if e.start >= note] == []


def test_a_country_one_plays_is_no_target(nlp):
    # CAMEO 111 "Criticize or denounce": "to play Switzerland" is to stay neutral; Switzerland is not addressed.
    text = ("“Is he really so ignorant of Southern voters that he thinks this is the way to their heart? To go "
            "neutral, to play Switzerland when you’re talking about the Klan?” Joe Scarborough said of Donald Trump.")
    assert all(e.target is None or e.target.country != "CHE" for e in _events(nlp, text))


def test_words_of_condemnation_make_a_statement_a_criticism(nlp):
    # CAMEO 111 "Criticize or denounce": calling a rival an isolationist, unelectable or disqualified.
    assert _cameos(nlp, "“I know that Rand is a committed isolationist; I’m not,” Marco Rubio said.") == ["111"]
    assert _cameos(nlp, "Sen. Marco Rubio said on Monday that Donald Trump is “unelectable.”") == ["111"]
    assert _cameos(nlp, "Joe Scarborough: Donald Trump Playing Dumb About The KKK Is ‘Disqualifying.’") == ["111"]


def test_a_verb_of_the_same_word_is_no_condemnation(nlp):
    # CAMEO 010 "Make statement, not specified below": "disqualifying him from the race" tells an act, not a
    # condemnation.
    text = "“They are disqualifying him from the race,” Joe Scarborough said."
    assert "111" not in _cameos(nlp, text)


def test_words_of_hope_make_a_statement_optimistic(nlp):
    # CAMEO 013 "Make optimistic comment": a negated word of hope is none.
    assert _cameos(nlp, "“I am optimistic about the future of the party,” Paul Ryan said.") == ["013"]
    assert "013" not in _cameos(nlp, "“I am not optimistic about the future of the party,” Paul Ryan said.")


def test_throwing_support_behind_a_candidate_endorses_them(nlp):
    # CAMEO 051 "Praise or endorse".
    events = _events(nlp, "Carly Fiorina threw her support behind Sen. Ted Cruz on Wednesday.")
    assert [(e.cameo, e.target.text if e.target else None) for e in events] == [("051", "Sen. Ted Cruz")]


def test_embracing_a_candidate_endorses_them_but_leaders_embracing_do_not(nlp):
    # CAMEO 051 "Praise or endorse": "quick to embrace the mogul"; two leaders who embrace greet each other.
    assert "051" in _cameos(nlp, "Mitch McConnell was quick to embrace Donald Trump after the primary.")
    assert "051" not in _cameos(nlp, "The two leaders embraced at the airport.")


def test_an_act_a_demonstrative_points_back_to_is_no_new_act(nlp):
    # CAMEO 13 "Threaten": "a strategy to de-escalate these threats" names threats told before; it makes none.
    assert not [c for c in _cameos(nlp, "China's optimistic statements suggest a strategy to de-escalate these threats.")
                if c.startswith("13")]


def test_an_act_of_the_same_kind_as_one_told_before_is_a_new_act(nlp):
    # CAMEO 112 "Accuse, not specified below": "made these same allegations against the NRA in February" is the
    # Times' own accusation, another one of the kind told before.
    text = "The New York Times made these same allegations against the NRA in February."
    assert "112" in _cameos(nlp, text)
