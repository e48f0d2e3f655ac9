"""Event coding on real-news constructions that gave false events (PolNeAR-style US politics news):
web boilerplate, phrasal verbs, counterfactuals, suppositions, descriptions, unnamed doers."""

import pytest

from parley.events import code_events
from parley.records import Article


def test_signing_up_on_a_web_page_is_no_agreement(sentence_events):
    # CAMEO 057 "Sign formal agreement": a newsletter form is none, and the imperative names no doer.
    assert sentence_events("Just click here, enter your email address, and click “sign up.”") == []


def test_signing_an_agreement_is_still_one(sentence_events):
    events = sentence_events("Israel and Egypt signed an agreement on Monday.")
    assert {(e.cameo, e.source.country, e.target.country) for e in events} == {("057", "ISR", "EGY"), ("057", "EGY", "ISR")}


def test_what_would_have_happened_is_no_event(quote_events):
    # Design brief: "could impose tariffs" is not imposing tariffs; "would have had to resign" is no resignation.
    text = "“He would have had to resign, and my campaign may be over,” Rubio said."
    events = quote_events(text, "He would have had to resign, and my campaign may be over", "Rubio", "said",
                          name="Marco Rubio")
    assert [e.cameo for e in events] == ["010"]


def test_a_counterfactual_in_narration_is_no_event(sentence_events):
    assert sentence_events("The army could have attacked the town of Kirkuk.") == []


def test_a_gerund_describing_a_platform_is_no_act(sentence_events):
    # CAMEO 174 "Expel or deport individuals": a campaign platform deports no one.
    events = sentence_events("Trump surged in the polls on his campaign platform of deporting illegal aliens.")
    assert not [e for e in events if e.cameo.startswith("17")]


def test_fighting_for_others_is_no_use_of_force(sentence_events):
    # CAMEO 190 "Use conventional military force"
    assert sentence_events("Tim Kaine is a man who has devoted his life to fighting for others.") == []


def test_fighting_for_control_of_a_town_is_still_force(sentence_events):
    assert [e.cameo for e in sentence_events("Kurdish fighters fought for control of the town.")] == ["190"]


@pytest.mark.parametrize("text", ["Troops battled the flood waters in Dhaka.",
                                  "Doctors fought the cholera epidemic in Haiti."])
def test_fighting_a_flood_or_an_epidemic_is_no_use_of_force(sentence_events, text):
    # CAMEO 190 "Use conventional military force": a flood or a disease is no one's side.
    assert sentence_events(text) == []


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
def test_an_act_of_unknown_others_in_a_quote_is_only_a_statement_of_the_speaker(quote_events, text, content, speaker,
                                                                                cue):
    assert [e.cameo for e in quote_events(text, content, speaker, cue)] == ["010"]


def test_a_meeting_an_outlet_reports_is_not_the_outlets_meeting(quote_events):
    text = "The meeting was first reported by Politico."
    events = quote_events(text, "The meeting", "Politico", "reported")
    assert not [e for e in events if e.cameo.startswith("04")]


def test_an_act_whose_doer_is_a_thing_is_no_event(sentence_events):
    assert sentence_events("The interviews also provide a fascinating window into the sense of optimism.") == []


def test_being_asked_a_question_is_not_asking(sentence_events):
    # CAMEO 020 "Make an appeal or request": the passive subject is the one asked.
    events = sentence_events("Donald Trump was asked a relatively straightforward question about police violence.")
    assert not [e for e in events if e.source.text == "Donald Trump"]


def test_a_supposed_election_result_is_no_threat(sentence_events):
    # CAMEO 13 "Threaten": a poll's match-up threatens no one.
    assert sentence_events("In hypothetical match-ups, Hillary Clinton would beat Donald Trump.") == []


def test_a_reported_would_is_still_intent(sentence_events):
    [event] = sentence_events("Palestinian leaders said they would boycott all official contact with the "
                              "United States.")
    assert (event.cameo[:2], event.source.country, event.target.country) == ("13", "PSE", "USA")


@pytest.mark.parametrize(
    "text",
    [
        "Clinton beat rival Bernie Sanders in the state's Democratic caucuses Saturday.",
        "Trump received 37 percent of the vote.",
        "Clinton hosted a fundraiser in Manhattan on Monday.",
    ],
)
def test_election_results_and_campaign_events_are_no_acts(sentence_events, text):
    # CAMEO 182 "Physically assault", 043 "Host a visit": not a primary win, not a rally.
    assert sentence_events(text) == []


def test_a_prediction_is_no_intent(sentence_events):
    # CAMEO 03 "Express intent to cooperate": the Times expressed nothing; others expect it.
    assert sentence_events("The New York Times is expected to endorse the Democratic candidate.") == []


def test_a_victim_named_by_a_participle_names_no_killer(sentence_events):
    assert sentence_events("Mark Barden’s son, Daniel, was one of 20 students killed at the school three years "
                           "ago.") == []


def test_a_threat_named_to_say_what_someone_is_is_no_threat(sentence_events):
    assert sentence_events("Bernie Sanders isn’t a serious threat to that firewall.") == []


def test_refusing_to_respond_to_a_demand_is_a_rejection(sentence_events):
    # CAMEO 12 "Reject": "respond" reports no clause here, so "refused" still governs the act.
    events = sentence_events("Palestinian Prime Minister Ismail Haniyeh has refused to respond to a demand from the "
                             "US President to adhere to interim peace deals reached with Israel.",
                             published="2006-04-01")
    assert [e.cameo[:2] for e in events] == ["12"]


def test_an_active_act_joined_to_a_passive_is_by_the_passive_subject(sentence_events):
    # CAMEO 0341 "Express intent to change leadership": "will resign" is a resignation announced.
    events = sentence_events("Montenegro's prime minister has been indicted by the U.N. war crimes court and will "
                             "resign.")
    assert ("0341", "MNE") in {(e.cameo, e.source.country) for e in events}


def test_vowing_to_fight_is_a_threat(sentence_events):
    # CAMEO 138 "Threaten to use military force"
    [event] = sentence_events("Ethnic Albanians have sworn to fight until they gain control of villages, "
                              "Macedonian officials said Wednesday.")
    assert event.cameo == "138"


def test_by_after_an_active_verb_is_no_agent(sentence_events):
    # CAMEO 0813 "Ease curfew": Bashir shortened it, not "one hour".
    events = sentence_events("President Omar El Bashir on Thursday shortened by one hour the nightly curfew imposed "
                             "in Sudan.")
    assert events and all(e.source.text != "one hour" for e in events)


def test_an_act_joined_to_a_condition_is_a_condition(sentence_events):
    events = sentence_events("If Iran attacks the tanker and seizes the crew, the United States will respond.")
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


def test_a_month_is_no_march(sentence_events):
    # CAMEO 141 "Demonstrate or rally": "From March through May" is a date.
    events = sentence_events("From March through May, Anderson Cooper 360 included close to 50% women in discussions.")
    assert not [e for e in events if e.cameo.startswith("14")]


def test_the_name_of_a_law_is_no_agreement(sentence_events):
    # CAMEO 057 "Sign formal agreement": a trade policy named in passing is no act of its own.
    events = sentence_events("Mr. Trump has also hit Mrs. Clinton over her husband's trade policies, including the "
                             "North American Free Trade Agreement.")
    assert not [e for e in events if e.cameo == "057"]


def test_a_verbal_assault_is_criticism_not_force(sentence_events):
    # CAMEO 111 "Criticize or denounce" against 190 "Use conventional military force".
    events = sentence_events("Trump took to Twitter early Wednesday morning to continue his verbal assault on "
                             "Hillary Clinton.")
    assert [e.cameo for e in events] == ["111"]


@pytest.mark.parametrize(
    "text",
    [
        "Joel Bradshaw bused down from New York, eager to lend his voice to the demonstration.",
        "The interviews provide a fascinating window into the sense of optimism about race relations.",
    ],
)
def test_idioms_of_giving_are_no_aid(sentence_events, text):
    # CAMEO 07 "Provide aid": a voice lent, a window provided.
    assert not [e for e in sentence_events(text) if e.cameo.startswith("07")]


def test_a_poll_is_no_speaker(quote_events):
    text = "At the race's start, Cruz garnered just 1% to 3% support, polls showed."
    assert quote_events(text, "At the race's start, Cruz garnered just 1% to 3% support", "polls", "showed") == []


def test_a_dateline_is_no_doer(sentence_events):
    events = sentence_events("Mexico City (AFP) – It featured drama fit for a telenovela: a politician clashing with "
                             "a famous TV journalist.")
    assert not [e for e in events if e.source.country == "MEX"]


@pytest.mark.parametrize(
    "text",
    ["Perez and Castro both spoke to the influential audience of officials from every state.",
     "Clinton talked up her 50-state strategy."],
)
def test_a_speech_to_an_audience_is_a_statement_not_a_consultation(sentence_events, text):
    # CAMEO 040 "Consult" is with another actor; 010 "Make statement" is what a speech is.
    assert [e.cameo for e in sentence_events(text)] == ["010"]


def test_a_call_between_two_leaders_is_still_a_consultation(sentence_events):
    # CAMEO 041 "Discuss by telephone"
    events = sentence_events("Putin spoke to Erdogan by phone on Monday.", published="2023-05-10")
    assert {(e.cameo, e.source.code, e.target.code) for e in events} == {("041", "RUSGOV", "TURGOV"),
                                                                          ("041", "TURGOV", "RUSGOV")}


def test_releasing_a_statement_is_a_statement_not_a_release_of_persons(sentence_events):
    # CAMEO 0841 "Return, release person(s)" against 010 "Make statement".
    events = sentence_events("Later, Trump's campaign released a statement saying it was postponing a rally.")
    assert "0841" not in {e.cameo for e in events}
    assert [e.cameo for e in sentence_events("The rebels released three hostages on Monday.")] == ["0841"]


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
def test_wordings_that_report_no_act_give_no_event(sentence_events, text):
    assert sentence_events(text) == []


def test_a_killing_of_no_one_leaves_only_the_attack(sentence_events):
    # CAMEO 190 "Use conventional military force": "no one was killed in the attack" reports the
    # attack, not a killing.
    text = "No one was killed in the attack."
    [event] = sentence_events(text)
    assert (event.cameo, event.source.code, event.source.start) == ("190", None, text.index("attack"))


def test_speaking_to_a_news_show_is_an_interview_not_a_consultation(sentence_events):
    # CAMEO 040 "Consult, not specified below": consultation is between the political actors.
    events = sentence_events("Speaking to MSNBC's Morning Joe on Monday, Trump said he can win New Hampshire.")
    assert not [e for e in events if e.cameo.startswith("04")]


def test_a_meeting_of_two_leaders_is_still_a_consultation(sentence_events):
    # CAMEO 040 "Consult, not specified below".
    events = sentence_events("Trump met Xi Jinping in Beijing.", published="2017-11-09")
    assert {(e.source.country, e.target.country, e.cameo) for e in events} == {("USA", "CHN", "040"), ("CHN", "USA", "040")}


def test_refraining_from_an_attack_is_no_attack(sentence_events):
    # CAMEO 190 "Use conventional military force": an attack not made is none.
    assert sentence_events("Rubio refrained from attacking his rivals.") == []


def test_avoiding_a_war_is_no_war(sentence_events):
    assert not [e for e in sentence_events("Israel avoided a war with Iran.") if e.cameo.startswith(("18", "19"))]


def test_the_best_person_to_beat_a_rival_beats_no_one(sentence_events):
    # CAMEO 182 "Physically assault, not specified below".
    events = sentence_events("Trump said Christie is the best person to beat Hillary Clinton.")
    assert not [e for e in events if e.cameo.startswith("18")]


def test_the_first_leader_to_visit_a_capital_did_visit_it(sentence_events):
    # CAMEO 042 "Make a visit".
    events = sentence_events("Moon became the first South Korean leader to visit Pyongyang.", published="2018-09-18")
    assert [e.cameo for e in events] == ["042"]


def test_two_papers_endorsing_a_candidate_do_not_endorse_each_other(sentence_events):
    # CAMEO 051 "Praise or endorse": the endorsement is of Kasich, by each paper.
    events = sentence_events("Kasich was endorsed by both the New York Times and the Boston Globe.")
    papers = {e.source.text for e in events}
    assert events and not [e for e in events if e.target is not None and e.target.text in papers]


def test_two_sides_that_failed_to_agree_are_still_each_others_target(sentence_events):
    # CAMEO 127 "Reject plan, agreement to settle dispute".
    events = sentence_events("Palestinians and Israelis failed to reach agreement on Sunday.", published="2000-01-09")
    assert {(e.source.country, e.target.country) for e in events if e.cameo.startswith("12")} == {
        ("PSE", "ISR"), ("ISR", "PSE")}


def test_saying_whether_one_agrees_is_no_agreement(sentence_events):
    # CAMEO 030 "Express intent to cooperate": a question is no intent.
    text = "The decision will increase the pressure on Hillary Clinton to say whether she agrees with the EPA."
    assert not [e for e in sentence_events(text) if e.cameo.startswith("03")]


def test_asked_if_she_would_commit_is_no_commitment(sentence_events):
    # CAMEO 030 "Express intent to cooperate": what someone is asked is no intent of theirs.
    text = ("Jose Antonio Vargas, an immigration activist, asked the former secretary of state during a "
            "Telemundo Facebook chat if she would commit to his pledge regarding the issue.")
    assert not [e for e in sentence_events(text) if e.cameo.startswith("03")]


def test_locking_up_a_nomination_arrests_no_one(sentence_events):
    # CAMEO 173 "Arrest, detain, or charge with legal action".
    assert sentence_events("Trump has effectively locked up the GOP nomination.") == []


def test_locking_up_protesters_is_still_an_arrest(sentence_events):
    assert [e.cameo for e in sentence_events("Police locked up the protesters.")] == ["173"]


def test_capturing_a_mood_occupies_nothing(sentence_events):
    # CAMEO 192 "Occupy territory".
    assert sentence_events("Trump is capturing the frustration of many Americans.") == []


def test_capturing_a_town_is_still_an_occupation(sentence_events):
    events = sentence_events("Russian troops captured the town of Bakhmut.", published="2023-05-20")
    assert [(e.source.code, e.cameo) for e in events] == [("RUSMIL", "192")]
