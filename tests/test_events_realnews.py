"""Event coding on real-news constructions that gave confident false events in the PolNeAR tuning set
(bench/events_news.py), and a confidence that ranks quotes by how surely they are attributed."""

from test_events_news import _code, _quoted

from parley.events.coder import acts_in


def _roots(events):
    return {e.cameo[:2] for e in events}


def test_accepting_interviews_is_no_concession(nlp):
    # CAMEO 08 "Yield": conceding to a demand, a term, a proposal; an interview is where a statement is made.
    events = _code(nlp, "By Thursday afternoon, Clinton had accepted interviews with ABC News, MSNBC and CNN.")
    assert "08" not in _roots(events)


def test_giving_a_technique_a_whirl_in_an_interview_is_no_concession(nlp):
    # CAMEO 080 "Yield, not specified below": "give in" is yielding, "gave X a whirl in an interview" is not.
    events = _code(nlp, "Representative Lee Zeldin gave the technique a whirl in an interview with CNN on Tuesday.")
    assert "08" not in _roots(events)


def test_accepting_conditions_or_giving_in_is_still_a_concession(nlp):
    # CAMEO 083 "Accede to requests or demands for political reform"; 080 "Yield, not specified below".
    assert [e.cameo for e in _code(nlp, "Iraq accepted the conditions of the UN.")] == ["083"]
    assert [e.cameo for e in _code(nlp, "Iraq gave in.")] == ["080"]


def test_receiving_a_fair_trial_hosts_no_visit(nlp):
    # CAMEO 043 "Host a visit": the object is a visitor, not a thing one gets.
    assert _code(nlp, "Trump was receiving a fair trial.") == []


def test_receiving_a_delegation_still_hosts_a_visit(nlp):
    events = _code(nlp, "Jordan received a delegation from Israel.")
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("043", "JOR", "ISR")]


def test_a_share_of_a_people_is_no_speaker(nlp):
    # CAMEO 030 "Express intent to cooperate" is an actor's; a poll share is no actor's intent.
    text = "Only a quarter of Americans agree with him."
    assert _quoted(nlp, text, "him", "a quarter of Americans", "agree with") == []


def test_a_share_of_a_people_is_no_doer(nlp):
    assert _code(nlp, "A majority of Iranians rejected the deal with the United States.") == []


def test_asking_what_someone_thinks_is_no_appeal(nlp):
    # CAMEO 02 "Appeal": "Make an appeal or request"; a question from the audience asks for no act.
    text = "A young woman asked Obama what he thought of the prospects that Trump would win."
    events = _quoted(nlp, text, "what he thought of the prospects that Trump would win", "Obama", "asked",
                     name="Barack Obama")
    assert "02" not in _roots(events)


def test_asking_someone_to_act_is_still_an_appeal(nlp):
    text = "Syria asked Turkey to withdraw its troops."
    events = _quoted(nlp, text, "to withdraw its troops", "Syria", "asked")
    assert _roots(events) == {"02"}


def test_condemning_a_quoted_fragment_is_a_condemnation(nlp):
    # CAMEO 111 "Criticize or denounce": the condemnation is the act, not an attack by the speaker.
    text = "Chancellor Angela Merkel of Germany condemned ''such a murderous attack'' on Sunday."
    events = _quoted(nlp, text, "such a murderous attack", "Chancellor Angela Merkel of Germany", "condemned",
                     name="Angela Merkel")
    assert [(e.cameo, e.source.country) for e in events] == [("111", "DEU")]


def test_a_threat_a_relative_clause_credits_to_another_is_not_the_speakers(nlp):
    # CAMEO 13 "Threaten": the threat Donald Trump represents is no threat by Obama, who reports it.
    text = "President Obama reported that they are rattled by the threat Donald Trump represents."
    events = _quoted(nlp, text, "that they are rattled by the threat Donald Trump represents", "President Obama",
                     "reported", name="Barack Obama")
    assert "13" not in _roots(events)


def test_ending_a_trip_is_a_visit_not_reduced_relations(nlp):
    # CAMEO 042 "Make a visit"; 160 "Reduce relations" is cutting it short or cancelling it.
    ended = _code(nlp, "Obama made the comments just before ending a three-day trip to Vietnam.")
    assert ("042", "USA", "VNM") in {(e.cameo, e.source.country, e.target.country) for e in ended if e.target}
    assert "16" not in _roots(ended)
    assert _roots(_code(nlp, "Obama cancelled his trip to Vietnam.")) == {"16"}


def test_a_ban_that_is_lifted_is_no_ban(nlp):
    # CAMEO 081 "Ease administrative sanctions": lifting a ban eases; 16 "Reduce relations" would impose it.
    doc = nlp("Washington's ban on arms sales to Vietnam was lifted on Monday.")
    assert [(a.trigger.text, a.base_code) for a in acts_in(doc)] == [("lifted", "081")]


def test_a_ban_announced_to_be_lifted_has_no_ban_as_doer(nlp):
    # CAMEO 0351 "Express intent to ease administrative sanctions": the US intends; the ban does nothing.
    text = "The US announced that its ban on arms sales to Vietnam would be lifted."
    events = _quoted(nlp, text, "that its ban on arms sales to Vietnam would be lifted", "The US", "announced")
    assert [(e.cameo, e.source.country) for e in events] == [("0351", "USA")]


def test_quote_attributed_in_another_sentence_is_less_sure(nlp):
    # Issue 4: "a threshold on it should trade recall for precision"; a speaker carried over is a guess.
    text = "“We will win,” Rubio said. “They told me we had no chance.”"
    here = _quoted(nlp, text, "We will win", "Rubio", "said", name="Marco Rubio")
    carried = _quoted(nlp, text, "They told me we had no chance.", "Rubio", "said", name="Marco Rubio")
    assert carried[0].confidence < here[0].confidence


def test_quoted_statement_outranks_an_untargeted_reported_concession(nlp):
    # A statement from a quote with a named speaker is surer than a reported act with no target.
    statement = _quoted(nlp, "“We will win,” Rubio said.", "We will win", "Rubio", "said", name="Marco Rubio")
    reported = _code(nlp, "Iraq accepted.")
    assert reported[0].cameo == "080" and statement[0].confidence > reported[0].confidence


def test_a_statement_in_words_of_condemnation_is_a_criticism(nlp):
    # CAMEO 111 "Criticize or denounce": the hand coder codes such statements 111, not 010.
    text = "“Anyone claiming that America's economy is in decline is peddling fiction,” Obama said."
    events = _quoted(nlp, text, "Anyone claiming that America's economy is in decline is peddling fiction", "Obama",
                     "said", name="Barack Obama")
    assert [e.cameo for e in events] == ["111"]


def test_a_denied_condemnation_is_a_plain_statement(nlp):
    # CAMEO 010 "Make statement, not specified below".
    text = "“He is not a racist,” Ryan said."
    events = _quoted(nlp, text, "He is not a racist", "Ryan", "said", name="Paul Ryan")
    assert [e.cameo for e in events] == ["010"]


def test_a_meeting_told_a_statement_is_its_audience(nlp):
    # CAMEO 040 "Consult": a statement made at a townhall meeting is no consultation with its audience.
    events = _code(nlp, "Obama told a townhall meeting with young leaders in Vietnam that democracy works.")
    assert "04" not in _roots(events)
