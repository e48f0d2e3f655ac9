"""Event coding on campaign news (bench/events_news.py tuning set): a candidate's rally, race and war of
words are not demonstrations, assaults or military force; a statement is aimed at the actor its words name."""

import pytest
from test_events_news import _code, _quoted


def _codes(events):
    return [e.cameo for e in events]


def test_a_candidates_rally_is_no_demonstration(nlp):
    # CAMEO 141 "Demonstrate or rally" is political dissent; a candidate's rally is a campaign event.
    assert _code(nlp, "Hillary Clinton held a rally in Ohio on Tuesday.") == []
    assert _code(nlp, "Bernie Sanders will cap the night with a rally in Des Moines.") == []
    assert _code(nlp, "The campaign hosted a rally in Ohio.") == []


def test_a_rally_with_a_grievance_or_a_crowd_is_still_a_demonstration(nlp):
    # CAMEO 141 "Demonstrate or rally": protesters, or a stated grievance.
    assert "141" in _codes(_code(nlp, "Donald Trump held a rally against the trade deal."))
    assert "141" in _codes(_code(nlp, "Students marched in Seoul."))


def test_beating_a_rival_in_a_race_is_no_assault(nlp):
    # CAMEO 182 "Physically assault": a candidate beating another in a primary strikes no one.
    assert _code(nlp, "Donald Trump beat Ted Cruz.") == []
    assert _code(nlp, "Clinton beat Sanders by 20 points.") == []
    assert _code(nlp, "Rubio whipped Cruz in the primary.") == []


def test_closing_the_deal_with_voters_is_no_agreement(nlp):
    # CAMEO 057 "Sign formal agreement": "close the deal" in a race wins voters over.
    assert _code(nlp, "Clinton hopes to close the deal in California.") == []


def test_working_with_a_colleague_is_cooperation_not_intent(nlp):
    # CAMEO 050 "Engage in diplomatic cooperation"; 03 "Express intent to cooperate" is for what one will do.
    events = _code(nlp, "Senator Bernie Sanders worked with Senator Charles Grassley to protect workers.")
    assert [e.cameo[:2] for e in events] == ["05"]


def test_a_statement_is_aimed_at_the_party_its_words_name(nlp):
    # CAMEO 111 "Criticize or denounce": "Obama slams GOP's 'doom and despair'" targets the Republican party.
    text = "Obama slams GOP's doom and despair on jobs."
    [event] = _quoted(nlp, text, "GOP's doom and despair on jobs", "Obama", "slams", name="Barack Obama")
    assert (event.cameo, event.target and event.target.code) == ("111", "USAPTY")


def test_a_plain_statement_is_aimed_at_the_person_it_is_about(nlp):
    # CAMEO 010 "Make statement": with its target where it is about another actor.
    # An American senator's statement about Donald Trump is aimed at him, though both are American.
    text = "Senator Mark Kirk noted that Donald Trump is a poor candidate."
    [event] = _quoted(nlp, text, "that Donald Trump is a poor candidate", "Senator Mark Kirk", "noted",
                      name="Mark Kirk", role="U.S. senator")
    assert event.source.code == "USALEG"
    assert event.target is not None and event.target.name == "Donald Trump"


def test_a_statement_about_the_speakers_own_country_or_a_pronoun_has_no_target(nlp):
    text = "“The United States has the strongest economy in the world,” Obama said."
    [event] = _quoted(nlp, text, "The United States has the strongest economy in the world", "Obama", "said",
                      name="Barack Obama")
    assert event.target is None
    text = "“His comments are not helping,” Senator Capito said."
    [event] = _quoted(nlp, text, "His comments are not helping", "Senator Capito", "said")
    assert event.target is None


def test_people_of_a_descent_are_not_that_country(nlp):
    # A statement about "people of Mexican heritage" is not aimed at Mexico.
    text = "“I employ thousands of people of Mexican and Hispanic descent,” Trump said."
    events = _quoted(nlp, text, "I employ thousands of people of Mexican and Hispanic descent", "Trump", "said",
                     name="Donald Trump")
    assert [e.target for e in events] == [None]


def test_seizing_on_a_massacre_seizes_nothing_and_commits_no_massacre(nlp):
    # CAMEO 171 "Seize or damage property"; 202 "Engage in mass killings": Trump made use of the news.
    events = _code(nlp, "Trump quickly seized on the massacre to renew his call.")
    assert not [e for e in events if e.cameo[:2] in ("17", "20")]


def test_an_act_named_as_an_issue_is_a_topic_not_an_event(nlp):
    # CAMEO 075 "Grant asylum": politicizing the issue of asylum grants none.
    assert _code(nlp, "In the late 1990s, the Swiss People's Party began to politicize issues of migration and asylum.") == []


def test_a_roll_call_vote_is_no_appeal(nlp):
    # CAMEO 020 "Make an appeal or request": a roll call is a vote.
    assert _code(nlp, "Mr. Sanders passed more amendments by roll call vote than any other member of Congress.") == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # CAMEO 182 "Physically assault": police beating protesters is no race.
        ("Police beat the protesters.", ["182"]),
        # CAMEO 111 "Criticize or denounce", not 190 "Use conventional military force": a rival, his record.
        ("Rubio attacked Trump's record on immigration.", ["111"]),
        ("Trump attacked Clinton on Tuesday.", ["111"]),
        ("Trump's attacks on Clinton continued.", ["111"]),
        ("Cruz launched attacks on Donald Trump.", ["111"]),
        # CAMEO 190 "Use conventional military force": a town, an army's positions, the Taliban.
        ("Rebels attacked the town of Kirkuk.", ["190"]),
        ("Rebels attacked army positions near the town.", ["190"]),
        ("The army launched an offensive against the Taliban.", ["190"]),
        # CAMEO 195 "Employ aerial weapons"; 1831 "Carry out suicide bombing": launching takes the attack's code.
        ("Israeli jets launched attacks on Hamas positions.", ["195"]),
        ("Rebels launched a suicide attack on the base.", ["1831"]),
        # CAMEO 192 "Occupy territory"; 171 "Seize or damage property": seizing things, not seizing on news.
        ("Rebels seized the town on Monday.", ["192"]),
        ("Police seized weapons on the border.", ["171"]),
        # CAMEO 144 "Obstruct passage, block" by police; 114 "Complain officially" is a state's protest only.
        ("Indian police blocked the road to the parliament.", ["144"]),
        ("The Chinese government protested against the visit.", ["114"]),
        # CAMEO 075 "Grant asylum"
        ("Germany granted asylum to the refugees.", ["075"]),
    ],
)
def test_material_and_verbal_acts_keep_their_codes(nlp, text, codes):
    assert _codes(_code(nlp, text)) == codes
