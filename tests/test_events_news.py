"""Event coding on real-news constructions that gave false events (PolNeAR-style US politics news):
web boilerplate, phrasal verbs, counterfactuals, suppositions, descriptions, unnamed doers."""

import pytest

from parley.events import article_context, code_events, code_quote, code_sentence
from parley.records import Article, Quote, Span


def _code(nlp, text, published="2016-03-01"):
    doc = nlp(text)
    context = article_context(Article(id="t", text=text, published=published), doc)
    return [e for sentence in doc.sents for e in code_sentence(sentence, context)]


def _quoted(nlp, text, content, speaker, cue, name=None, role=None):
    start, cue_start, mention = text.index(content), text.index(cue), text.index(speaker)
    quote = Quote(id="t:q0", kind="indirect", start=start, end=start + len(content), text=content,
                  cue=Span(cue_start, cue_start + len(cue), cue),
                  speaker=Span(mention, mention + len(speaker), speaker), speaker_name=name, speaker_role=role)
    article = Article(id="t", text=text, published="2016-03-01", quotes=[quote])
    return code_quote(quote, nlp(text), article_context(article))


def test_signing_up_on_a_web_page_is_no_agreement(nlp):
    # CAMEO 057 "Sign formal agreement": a newsletter form is none, and the imperative names no doer.
    assert _code(nlp, "Just click here, enter your email address, and click “sign up.”") == []


def test_signing_an_agreement_is_still_one(nlp):
    events = _code(nlp, "Israel and Egypt signed an agreement on Monday.")
    assert {(e.cameo, e.source.country, e.target.country) for e in events} == {("057", "ISR", "EGY"), ("057", "EGY", "ISR")}


def test_what_would_have_happened_is_no_event(nlp):
    # Design brief: "could impose tariffs" is not imposing tariffs; "would have had to resign" is no resignation.
    text = "“He would have had to resign, and my campaign may be over,” Rubio said."
    events = _quoted(nlp, text, "He would have had to resign, and my campaign may be over", "Rubio", "said",
                     name="Marco Rubio")
    assert [e.cameo for e in events] == ["010"]


def test_a_counterfactual_in_narration_is_no_event(nlp):
    assert _code(nlp, "The army could have attacked the town of Kirkuk.") == []


def test_a_gerund_describing_a_platform_is_no_act(nlp):
    # CAMEO 174 "Expel or deport individuals": a campaign platform deports no one.
    events = _code(nlp, "Trump surged in the polls on his campaign platform of deporting illegal aliens.")
    assert not [e for e in events if e.cameo.startswith("17")]


def test_fighting_for_others_is_no_use_of_force(nlp):
    # CAMEO 190 "Use conventional military force"
    assert _code(nlp, "Tim Kaine is a man who has devoted his life to fighting for others.") == []


def test_fighting_for_control_of_a_town_is_still_force(nlp):
    assert [e.cameo for e in _code(nlp, "Kurdish fighters fought for control of the town.")] == ["190"]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        # CAMEO 042 "Make a visit": the Guardian went nowhere.
        ("The economics professor was headed to Cairo for a conference, the Guardian reported.",
         "The economics professor was headed to Cairo for a conference", "the Guardian", "reported"),
        # CAMEO 190 / 115: the candidate neither attacked nor sued anyone.
        ("“Families of people killed by police file lawsuits,” the candidate said.",
         "Families of people killed by police file lawsuits", "the candidate", "said"),
        # CAMEO 10 "Demand": the senators insisted, not Corker who tells of it.
        ("Corker noted that 98 senators voted last year to insist on a chance to review the Iran deal.",
         "98 senators voted last year to insist on a chance to review the Iran deal", "Corker", "noted"),
    ],
)
def test_an_act_of_unknown_others_in_a_quote_is_only_a_statement_of_the_speaker(nlp, text, content, speaker, cue):
    assert [e.cameo for e in _quoted(nlp, text, content, speaker, cue)] == ["010"]


def test_a_meeting_an_outlet_reports_is_not_the_outlets_meeting(nlp):
    text = "The meeting was first reported by Politico."
    events = _quoted(nlp, text, "The meeting", "Politico", "reported")
    assert not [e for e in events if e.cameo.startswith("04")]


def test_an_act_whose_doer_is_a_thing_is_no_event(nlp):
    assert _code(nlp, "The interviews also provide a fascinating window into the sense of optimism.") == []


def test_being_asked_a_question_is_not_asking(nlp):
    # CAMEO 020 "Make an appeal or request": the passive subject is the one asked.
    events = _code(nlp, "Donald Trump was asked a relatively straightforward question about police violence.")
    assert not [e for e in events if e.source.text == "Donald Trump"]


def test_a_supposed_election_result_is_no_threat(nlp):
    # CAMEO 13 "Threaten": a poll's match-up threatens no one.
    assert _code(nlp, "In hypothetical match-ups, Hillary Clinton would beat Donald Trump.") == []


def test_a_reported_would_is_still_intent(nlp):
    [event] = _code(nlp, "Palestinian leaders said they would boycott all official contact with the United States.")
    assert (event.cameo[:2], event.source.country, event.target.country) == ("13", "PSE", "USA")


@pytest.mark.parametrize(
    "text",
    [
        "Clinton beat rival Bernie Sanders in the state's Democratic caucuses Saturday.",
        "Trump received 37 percent of the vote.",
        "Clinton hosted a fundraiser in Manhattan on Monday.",
    ],
)
def test_election_results_and_campaign_events_are_no_acts(nlp, text):
    # CAMEO 182 "Physically assault", 043 "Host a visit": not a primary win, not a rally.
    assert _code(nlp, text) == []


def test_a_prediction_is_no_intent(nlp):
    # CAMEO 03 "Express intent to cooperate": the Times expressed nothing; others expect it.
    assert _code(nlp, "The New York Times is expected to endorse the Democratic candidate.") == []


def test_a_victim_named_by_a_participle_names_no_killer(nlp):
    assert _code(nlp, "Mark Barden’s son, Daniel, was one of 20 students killed at the school three years ago.") == []


def test_a_threat_named_to_say_what_someone_is_is_no_threat(nlp):
    assert _code(nlp, "Bernie Sanders isn’t a serious threat to that firewall.") == []


def test_refusing_to_respond_to_a_demand_is_a_rejection(nlp):
    # CAMEO 12 "Reject": "respond" reports no clause here, so "refused" still governs the act.
    events = _code(nlp, "Palestinian Prime Minister Ismail Haniyeh has refused to respond to a demand from the "
                        "US President to adhere to interim peace deals reached with Israel.", "2006-04-01")
    assert [e.cameo[:2] for e in events] == ["12"]


def test_an_active_act_joined_to_a_passive_is_by_the_passive_subject(nlp):
    # CAMEO 0341 "Express intent to change leadership": "will resign" is a resignation announced.
    events = _code(nlp, "Montenegro's prime minister has been indicted by the U.N. war crimes court and will resign.")
    assert ("0341", "MNE") in {(e.cameo, e.source.country) for e in events}


def test_vowing_to_fight_is_a_threat(nlp):
    # CAMEO 138 "Threaten to use military force"
    [event] = _code(nlp, "Ethnic Albanians have sworn to fight until they gain control of villages, "
                         "Macedonian officials said Wednesday.")
    assert event.cameo == "138"


def test_by_after_an_active_verb_is_no_agent(nlp):
    # CAMEO 0813 "Ease curfew": Bashir shortened it, not "one hour".
    events = _code(nlp, "President Omar El Bashir on Thursday shortened by one hour the nightly curfew imposed in Sudan.")
    assert events and all(e.source.text != "one hour" for e in events)


def test_an_act_joined_to_a_condition_is_a_condition(nlp):
    events = _code(nlp, "If Iran attacks the tanker and seizes the crew, the United States will respond.")
    assert not [e for e in events if e.source.country == "IRN"]


def test_end_to_end_only_a_reported_act_may_have_an_unknown_source(nlp):
    # CAMEO 190 "Use conventional military force": the journalist's killing happened, its doer is
    # unknown; a web page's "sign up" is no agreement (057) whoever clicks.
    text = ("Just click here, enter your email address, and click “sign up.” "
            "A journalist was killed in Beirut. Rebels attacked the town.")
    article = Article(id="t", text=text, published="2016-03-01")
    events = code_events(article, nlp(text), nlp)
    unknown = [e for e in events if not e.source.text]
    assert [(e.start, e.source.code) for e in unknown] == [(text.index("A journalist"), None)]
    assert not [e for e in events if e.start < text.index("A journalist")]


def test_a_month_is_no_march(nlp):
    # CAMEO 141 "Demonstrate or rally": "From March through May" is a date.
    events = _code(nlp, "From March through May, Anderson Cooper 360 included close to 50% women in discussions.")
    assert not [e for e in events if e.cameo.startswith("14")]


def test_the_name_of_a_law_is_no_agreement(nlp):
    # CAMEO 057 "Sign formal agreement": a trade policy named in passing is no act of its own.
    events = _code(nlp, "Mr. Trump has also hit Mrs. Clinton over her husband's trade policies, including the North "
                        "American Free Trade Agreement.")
    assert not [e for e in events if e.cameo == "057"]


def test_a_verbal_assault_is_criticism_not_force(nlp):
    # CAMEO 111 "Criticize or denounce" against 190 "Use conventional military force".
    events = _code(nlp, "Trump took to Twitter early Wednesday morning to continue his verbal assault on Hillary Clinton.")
    assert [e.cameo for e in events] == ["111"]


@pytest.mark.parametrize(
    "text",
    [
        "Joel Bradshaw bused down from New York, eager to lend his voice to the demonstration.",
        "The interviews provide a fascinating window into the sense of optimism about race relations.",
    ],
)
def test_idioms_of_giving_are_no_aid(nlp, text):
    # CAMEO 07 "Provide aid": a voice lent, a window provided.
    assert not [e for e in _code(nlp, text) if e.cameo.startswith("07")]


def test_a_poll_is_no_speaker(nlp):
    text = "At the race's start, Cruz garnered just 1% to 3% support, polls showed."
    assert _quoted(nlp, text, "At the race's start, Cruz garnered just 1% to 3% support", "polls", "showed") == []


def test_a_dateline_is_no_doer(nlp):
    events = _code(nlp, "Mexico City (AFP) – It featured drama fit for a telenovela: a politician clashing with "
                        "a famous TV journalist.")
    assert not [e for e in events if e.source.country == "MEX"]


@pytest.mark.parametrize(
    "text",
    ["Perez and Castro both spoke to the influential audience of officials from every state.",
     "Clinton talked up her 50-state strategy."],
)
def test_a_speech_to_an_audience_is_a_statement_not_a_consultation(nlp, text):
    # CAMEO 040 "Consult" is with another actor; 010 "Make statement" is what a speech is.
    assert [e.cameo for e in _code(nlp, text)] == ["010"]


def test_a_call_between_two_leaders_is_still_a_consultation(nlp):
    # CAMEO 041 "Discuss by telephone"
    events = _code(nlp, "Putin spoke to Erdogan by phone on Monday.", "2023-05-10")
    assert {(e.cameo, e.source.code, e.target.code) for e in events} == {("041", "RUSGOV", "TURGOV"),
                                                                          ("041", "TURGOV", "RUSGOV")}


def test_releasing_a_statement_is_a_statement_not_a_release_of_persons(nlp):
    # CAMEO 0841 "Return, release person(s)" against 010 "Make statement".
    events = _code(nlp, "Later, Trump's campaign released a statement saying it was postponing a rally.")
    assert "0841" not in {e.cameo for e in events}
    assert [e.cameo for e in _code(nlp, "The rebels released three hostages on Monday.")] == ["0841"]


@pytest.mark.parametrize(
    "text",
    [
        # CAMEO 020 "Appeal, not specified below": a question put to a candidate asks for nothing.
        pytest.param("Hillary Clinton was asked about speeches she made to Goldman Sachs.",
                     id="being-asked-about-something-is-no-appeal"),
        # CAMEO 141 "Demonstrate or rally" is political dissent; an election rally is a campaign event.
        pytest.param("Trump held a campaign rally in Ohio.", id="a-campaign-rally-is-no-demonstration"),
        # CAMEO 0841 "Return, release person(s)".
        pytest.param("Netflix released the documentary on Friday.", id="releasing-a-film-is-no-release-of-persons"),
        # CAMEO 141: "after a rally" tells when, it reports no rally (no unknown doer for it).
        pytest.param("After a rally in New Hampshire on Friday, it rained heavily.",
                     id="an-act-that-only-dates-another-is-background"),
        # CAMEO 173 "Arrest, detain, or charge with legal action": no one was arrested.
        pytest.param("Nobody was arrested.", id="an-act-that-happened-to-no-one-is-no-event"),
    ],
)
def test_wordings_that_report_no_act_give_no_event(nlp, text):
    assert _code(nlp, text) == []


def test_a_killing_of_no_one_leaves_only_the_attack(nlp):
    # CAMEO 190 "Use conventional military force": "no one was killed in the attack" reports the
    # attack, not a killing.
    text = "No one was killed in the attack."
    [event] = _code(nlp, text)
    assert (event.cameo, event.source.code, event.source.start) == ("190", None, text.index("attack"))


def test_speaking_to_a_news_show_is_an_interview_not_a_consultation(nlp):
    # CAMEO 040 "Consult, not specified below": consultation is between the political actors.
    events = _code(nlp, "Speaking to MSNBC's Morning Joe on Monday, Trump said he can win New Hampshire.")
    assert not [e for e in events if e.cameo.startswith("04")]


def test_a_meeting_of_two_leaders_is_still_a_consultation(nlp):
    # CAMEO 040 "Consult, not specified below".
    events = _code(nlp, "Trump met Xi Jinping in Beijing.", "2017-11-09")
    assert {(e.source.country, e.target.country, e.cameo) for e in events} == {("USA", "CHN", "040"), ("CHN", "USA", "040")}


def test_refraining_from_an_attack_is_no_attack(nlp):
    # CAMEO 190 "Use conventional military force": an attack not made is none.
    assert _code(nlp, "Rubio refrained from attacking his rivals.") == []


def test_avoiding_a_war_is_no_war(nlp):
    assert not [e for e in _code(nlp, "Israel avoided a war with Iran.") if e.cameo.startswith(("18", "19"))]


def test_the_best_person_to_beat_a_rival_beats_no_one(nlp):
    # CAMEO 182 "Physically assault, not specified below".
    events = _code(nlp, "Trump said Christie is the best person to beat Hillary Clinton.")
    assert not [e for e in events if e.cameo.startswith("18")]


def test_the_first_leader_to_visit_a_capital_did_visit_it(nlp):
    # CAMEO 042 "Make a visit".
    events = _code(nlp, "Moon became the first South Korean leader to visit Pyongyang.", "2018-09-18")
    assert [e.cameo for e in events] == ["042"]


def test_two_papers_endorsing_a_candidate_do_not_endorse_each_other(nlp):
    # CAMEO 051 "Praise or endorse": the endorsement is of Kasich, by each paper.
    events = _code(nlp, "Kasich was endorsed by both the New York Times and the Boston Globe.")
    papers = {e.source.text for e in events}
    assert events and not [e for e in events if e.target is not None and e.target.text in papers]


def test_two_sides_that_failed_to_agree_are_still_each_others_target(nlp):
    # CAMEO 127 "Reject plan, agreement to settle dispute".
    events = _code(nlp, "Palestinians and Israelis failed to reach agreement on Sunday.", "2000-01-09")
    assert {(e.source.country, e.target.country) for e in events if e.cameo.startswith("12")} == {
        ("PSE", "ISR"), ("ISR", "PSE")}


def test_saying_whether_one_agrees_is_no_agreement(nlp):
    # CAMEO 030 "Express intent to cooperate": a question is no intent.
    text = "The decision will increase the pressure on Hillary Clinton to say whether she agrees with the EPA."
    assert not [e for e in _code(nlp, text) if e.cameo.startswith("03")]


def test_asked_if_she_would_commit_is_no_commitment(nlp):
    # CAMEO 030 "Express intent to cooperate": what someone is asked is no intent of theirs.
    text = ("Jose Antonio Vargas, an immigration activist, asked the former secretary of state during a "
            "Telemundo Facebook chat if she would commit to his pledge regarding the issue.")
    assert not [e for e in _code(nlp, text) if e.cameo.startswith("03")]


def test_locking_up_a_nomination_arrests_no_one(nlp):
    # CAMEO 173 "Arrest, detain, or charge with legal action".
    assert _code(nlp, "Trump has effectively locked up the GOP nomination.") == []


def test_locking_up_protesters_is_still_an_arrest(nlp):
    assert [e.cameo for e in _code(nlp, "Police locked up the protesters.")] == ["173"]


def test_capturing_a_mood_occupies_nothing(nlp):
    # CAMEO 192 "Occupy territory".
    assert _code(nlp, "Trump is capturing the frustration of many Americans.") == []


def test_capturing_a_town_is_still_an_occupation(nlp):
    events = _code(nlp, "Russian troops captured the town of Bakhmut.", "2023-05-20")
    assert [(e.source.code, e.cameo) for e in events] == [("RUSMIL", "192")]
