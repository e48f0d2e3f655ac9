"""Negation and modality are not events of the same kind: what someone should or must do is an appeal or a
demand of them, a plan or a wish is an intent, and what did not happen, is doubted, is asked about, is
still to come, is a belief, a state of mind or a position held, or refers back to an act told before,
is no act. Each such case is paired with the wording that still reports the act."""

import pytest


def test_what_another_should_do_is_an_appeal_to_them(quote_events):
    # CAMEO 020 "Make an appeal or request": "Donald Trump should retract his comments", said by Jeb Bush,
    # asks Trump to retract; it is no act of Trump's.
    text = "Donald Trump should retract his comments, not defend them, former Gov. Jeb Bush of Florida said."
    events = quote_events(text, "Donald Trump should retract his comments, not defend them",
                          "former Gov. Jeb Bush of Florida", "said", name="Jeb Bush", role="former Gov.")
    assert [(e.cameo, e.source.name, e.target and e.target.name) for e in events] == [
        ("020", "Jeb Bush", "Donald Trump")]


def test_what_another_should_do_as_the_speakers_view_is_an_appeal(quote_events):
    # CAMEO 020 "Make an appeal or request": "I think the American government should tighten gun control".
    text = "I think the American government should tighten its gun control, Ms. Gao said."
    [event] = quote_events(text, "I think the American government should tighten its gun control", "Ms. Gao", "said",
                           name="Gao Ming", role="Chinese student")
    assert (event.cameo, event.target and event.target.country) == ("020", "USA")


def test_what_another_must_do_is_a_demand(quote_events):
    # CAMEO 100 "Make demand": "Iran must release the sailors", said by the US secretary of state.
    text = "Iran must release the sailors, Secretary of State John Kerry said."
    events = quote_events(text, "Iran must release the sailors", "Secretary of State John Kerry", "said",
                          name="John Kerry", role="Secretary of State")
    assert [(e.cameo[:2], e.source.country, e.target and e.target.country) for e in events] == [("10", "USA", "IRN")]


def test_what_we_should_do_is_no_appeal_to_another(quote_events):
    # "We should stay engaged" is the speaker's own resolve, not a request of someone else (CAMEO 020).
    text = "We should stay engaged in the region, the senator said."
    events = quote_events(text, "We should stay engaged in the region", "the senator", "said", name="Mark Kirk",
                          role="U.S. senator")
    assert all(e.cameo != "020" for e in events)


def test_insisting_that_something_is_so_is_a_statement_not_a_demand(quote_events):
    # CAMEO 010 "Make statement" vs 100 "Demand": "insists that these statements are not influenced by the
    # results" claims; it demands nothing of anyone.
    text = "Christoph Blocher of Switzerland insists that these statements were not influenced by the results."
    events = quote_events(text, "that these statements were not influenced by the results",
                          "Christoph Blocher of Switzerland", "insists", name="Christoph Blocher")
    assert [e.cameo[:2] for e in events] == ["01"]


def test_insisting_that_another_act_is_still_a_demand(sentence_events):
    # CAMEO 100 "Demand": "China insisted that the US must withdraw its troops" (a modal asks), and "demanded"
    # is a demand whatever its clause looks like (the tagger reads the subjunctive "lay" as a past tense).
    for text in ("China insisted that the US must withdraw its troops.",
                 "Turkey demanded that the Kurds lay down their arms."):
        events = sentence_events(text)
        assert events and all(e.cameo.startswith("10") for e in events), text


@pytest.mark.parametrize(("text", "code"), [
    # CAMEO 1056 "Demand de-escalation of military engagement": tests called off are de-escalation (087).
    ("Australia demanded that France call off its nuclear tests in the South Pacific.", "1056"),
    # CAMEO 100 "Demand, not specified below": a halt of criticism is no event, the demand still is one.
    ("Australia demanded that France stop criticizing Canberra.", "100"),
])
def test_a_demand_for_what_makes_no_event_is_still_a_demand(sentence_events, text, code):
    assert [(e.cameo, e.source.country, e.target.country) for e in sentence_events(text)] == [(code, "AUS", "FRA")]


def test_a_cessation_of_operations_is_a_halt_of_them(sentence_events):
    # CAMEO 087 "De-escalate military engagement": "cessation" halts what it is of, as "stop" does.
    events = sentence_events("The IRA announced a complete cessation of military operations on Wednesday.")
    assert [(e.cameo, e.source.code) for e in events] == [("087", "GBRREB")]


def test_a_rejection_of_what_makes_no_event_is_still_a_rejection(sentence_events):
    # CAMEO 120 "Reject, not specified below": the plan asks an act the ontology does not code, the rejection stands.
    text = "Syria rejected on Monday an Arab League plan calling for President Bashar al-Assad to hand over power."
    assert [(e.cameo, e.source.country, e.target.code) for e in sentence_events(text)] == [("120", "SYR", "IGOARBARL")]


def test_provided_as_a_conjunction_provides_nothing_and_makes_a_condition(sentence_events):
    # CAMEO 070 "Provide aid" is no act of "provided the rebels withdrew", and the withdrawal (087) is a condition.
    text = ("Sudan's army chief General Abdel Fattah al-Burhan said he was willing to sit down with rival commander "
            "Mohamed Hamdan Dagalo, provided the Rapid Support Forces first withdrew from civilian homes in Khartoum.")
    assert not {e.cameo for e in sentence_events(text)} & {"070", "087"}


def test_freezing_or_shelving_talks_halts_them(sentence_events):
    # CAMEO 164 "Halt negotiations": a dialogue frozen or shelved is halted, not held.
    frozen = sentence_events("Turkey froze its political dialogue with the European Union.")
    shelved = sentence_events("Turkey shelved its talks with the European Union.")
    assert [(e.cameo, e.source.country, e.target.code) for e in frozen + shelved] == [("164", "TUR", "IGOEUREEC")] * 2


def test_announcing_plans_is_an_intent(quote_events):
    # CAMEO 030 "Express intent to cooperate": "announced plans to give away his stock" tells what he will do.
    text = "Mark Zuckerberg, the chief executive of Facebook, announced plans to give away his stock."
    events = quote_events(text, "plans to give away his stock", "Mark Zuckerberg, the chief executive of Facebook",
                          "announced", name="Mark Zuckerberg", role="chief executive of Facebook")
    assert [e.cameo[:2] for e in events] == ["03"]


def test_a_ban_announced_to_be_lifted_has_no_ban_as_doer(quote_events):
    # CAMEO 0351 "Express intent to ease administrative sanctions": the US intends; the ban does nothing.
    text = "The US announced that its ban on arms sales to Vietnam would be lifted."
    events = quote_events(text, "that its ban on arms sales to Vietnam would be lifted", "The US", "announced")
    assert [(e.cameo, e.source.country) for e in events] == [("0351", "USA")]


def test_a_visit_a_person_is_to_make_is_a_plan_not_a_visit(events_of, source_and_code):
    # CAMEO 036 "Express intent to meet or negotiate", as for "will visit"; 042 "Make a visit" is a visit made.
    for text in ("The Iranian president is to visit China next week.",
                 "The Iranian president is due to visit China next week."):
        assert source_and_code(events_of(text)) == [("IRN", "036")], text


def test_being_to_blame_is_no_plan(events_of, source_and_code):
    # CAMEO 03 "Express intent to cooperate" needs an intent; "is to blame" says who is at fault.
    text = "The United States is to blame for the war, Russia said."
    assert all(not code.startswith("03") for _, code in source_and_code(events_of(text)))


def test_an_infinitive_joined_to_a_wish_is_wished_not_done(events_of, source_and_code):
    # CAMEO 081 "Ease administrative sanctions" needs the border reopened; hoping "to reopen the border" is 0351
    # "Express intent to ease administrative sanctions", as "hopes to reopen" is.
    codes = source_and_code(events_of("The Iranian government hopes for peace and to reopen the border."))
    assert ("IRN", "0351") in codes and ("IRN", "081") not in codes


def test_wishing_the_audience_a_good_time_is_no_appeal(quote_in, article_events):
    # CAMEO 020 "Make an appeal or request": a request that someone act; "I hope you guys have a wonderful Super
    # Bowl party" asks nothing of anyone: a statement (010).
    text = "“I hope you guys have a wonderful Super Bowl party,” President Barack Obama said."
    quote = quote_in(text, "I hope you guys have a wonderful Super Bowl party", "President Barack Obama", "said",
                     kind="direct")
    assert [e.cameo for e in article_events(text, quote)] == ["010"]


def test_hoping_another_country_acts_is_still_an_appeal(quote_in, article_events):
    # CAMEO 02 "Appeal": "Make an appeal or request"; hoping the US lifts sanctions asks it to.
    text = "“I hope the United States will lift the sanctions,” Foreign Minister Wang Yi said."
    quote = quote_in(text, "I hope the United States will lift the sanctions", "Foreign Minister Wang Yi", "said",
                     kind="direct")
    events = article_events(text, quote)
    assert [e.cameo[:2] for e in events] == ["02"] and events[0].target.country == "USA"


def test_a_wish_told_by_the_narrative_is_no_statement(events_of, source_and_code):
    # CAMEO 010 "Make statement, not specified below": "wants a tax cut" tells a wish held, no statement made.
    text = "Senator Marco Rubio wants a tax cut and a balanced budget."
    assert all(code != "010" for _, code in source_and_code(events_of(text)))


def test_a_belief_told_by_the_narrative_is_no_statement(events_of, source_and_code):
    # CAMEO 010 "Make statement, not specified below": "All public statements expressed verbally"; a belief held
    # ("believes", "thinks") is no public statement.
    assert source_and_code(events_of("Senator Bernie Sanders believes that the trade deal was a mistake.")) == []
    assert source_and_code(events_of("President Barack Obama thought the economy would recover.")) == []


def test_a_statement_of_belief_still_codes_what_it_asks_of_another(events_of, source_and_code):
    # CAMEO 020 "Make an appeal or request, not specified below": what the speaker thinks another should do.
    text = "President Barack Obama thinks the Chinese government should release the journalists."
    assert source_and_code(events_of(text)) == [("USA", "020")]


def test_a_statement_said_is_still_a_statement(events_of, source_and_code):
    # CAMEO 010 "Make statement, not specified below".
    text = "Senator Bernie Sanders said that the trade deal was a mistake."
    assert source_and_code(events_of(text)) == [("USA", "010")]


def test_a_state_of_mind_after_be_is_no_statement(events_of, source_and_code):
    # CAMEO 010 "Make statement, not specified below": "were proud of", "was concerned about" tell how someone feels,
    # not what they said in public.
    assert source_and_code(events_of("Chinese President Xi Jinping was concerned about his daughter.")) == []
    assert source_and_code(events_of("The Swiss are fiercely proud of their direct democracy.")) == []


def test_acts_a_state_of_mind_is_about_are_not_reported(events_of, source_and_code):
    # CAMEO 144 "Obstruct passage, block": "is proud of the things he has tried to block" reports no blocking.
    text = "Senator Bernie Sanders is most proud of the things he has tried to block over the years."
    assert all(not code.startswith("14") for _, code in source_and_code(events_of(text)))


def test_an_infinitive_saying_what_a_thing_is_is_no_act(events_of, source_and_code):
    # CAMEO 174 "Expel or deport individuals" and 173 "Arrest, detain": "it is to deport or lock up those who pose a
    # threat" says what a solution is; no one was deported. The statement stays a statement (010).
    text = ("Senator Ted Cruz said: “The answer is not more gun control. Rather, it is to deport or lock up those "
            "who pose a threat.”")
    assert source_and_code(events_of(text)) == [("USA", "010")]


def test_a_position_held_in_the_present_is_no_event(quote_in, article_events):
    # Codebook: the CAMEO events of a sentence are acts that happened; "descriptions of positions held" are not
    # events (a stand on a policy in the simple present: "He calls for a single-payer system").
    text = ("Hillary Clinton leads the race.\n\n"
            "He calls for a single-payer health care system; she backs tougher regulations.")
    calls = quote_in(text, "a single-payer health care system", "He", "calls for", name="Bernie Sanders")
    backs = quote_in(text, "tougher regulations", "she", "backs", name="Hillary Clinton", number=1)
    assert article_events(text, calls, backs) == []


def test_an_appeal_made_on_a_day_is_still_an_event(quote_in, article_events):
    # CAMEO 020 "Make an appeal or request": "called for" on a day the text gives is an act, not a position.
    text = "Hillary Clinton leads the race.\n\nBernie Sanders called for a single-payer health care system on Monday."
    quote = quote_in(text, "a single-payer health care system on Monday", "Bernie Sanders", "called for",
                     name="Bernie Sanders")
    assert [e.cameo[:2] for e in article_events(text, quote, published="2016-03-09")] == ["02"]


def test_a_statement_still_to_be_made_is_no_event(quote_in, article_events):
    # CAMEO 036 "Express intent to meet or negotiate" is someone's own stated intent; a show's schedule ("will
    # discuss", "will call in to discuss") tells of no statement made and of no meeting.
    text = ("The show airs every morning.\n\n"
            "Editor Aaron Klein will discuss the attack in Mali. "
            "Reporter Raheem Kassam will call in from London to discuss the migrant crisis in Syria.")
    klein = quote_in(text, "the attack in Mali", "Editor Aaron Klein", "will discuss", name="Aaron Klein")
    kassam = quote_in(text, "the migrant crisis in Syria", "Reporter Raheem Kassam", "discuss", name="Raheem Kassam",
                      number=1)
    assert article_events(text, klein, kassam) == []


@pytest.mark.parametrize("text, code", [
    ("Israel will release the prisoners.", ("ISR", None, "0353")),
    ("Iran will offer aid to Syria.", ("IRN", "SYR", "033")),
    ("Israel will attack the Hezbollah bases.", ("ISR", "LBN", "138")),
])
def test_an_act_still_to_come_under_a_cue_of_no_saying_is_coded(events_of, source_target_code, text, code):
    # CAMEO 0353 "Express intent to release persons or property", 033 "Express intent to provide material aid", 138
    # "Threaten with military force": the quotes stage reads "will release the prisoners" as a cue ("released a
    # statement") and its object, but only a verb of saying makes the future a statement not made yet.
    assert code in source_target_code(events_of(text))


def test_a_present_tense_clause_of_time_under_a_past_act_is_still_to_come(events_of, source_target_code):
    # CAMEO 040 "Consult": "all signs pointed to Obama endorsing Clinton on Thursday after the president meets
    # with Sanders" tells of a meeting to come; "met Sanders after Sanders lost" reports one.
    text = ("Though the White House kept mum about the timing, all signs pointed to Obama endorsing Clinton on "
            "Thursday after the president meets with Sanders in the Oval Office.")
    assert [c for _, _, c in source_target_code(events_of(text, published="2016-06-08")) if c.startswith("04")] == []
    met = "President Barack Obama met Bernie Sanders after Sanders lost the primary."
    assert ("USA", "USA", "040") in source_target_code(events_of(met, published="2016-06-08"))


def test_resigning_at_the_end_of_a_past_career_is_no_event(article_events):
    # CAMEO 0831 "Accede to demands for change in leadership" is an act the news reports; "continued as a member of
    # parliament until resigning in 2014" tells a career.
    text = "Christoph Blocher continued as a member of parliament until resigning in 2014."
    assert not [e for e in article_events(text) if e.cameo.startswith("083")]


def test_a_resignation_the_news_reports_is_still_coded(article_events, cameos):
    # CAMEO 0831 "Accede to demands for change in leadership".
    assert cameos(article_events("The Swiss defence minister resigned on Monday.", published="2016-03-09")) == ["0831"]


def test_a_yes_no_question_reports_no_act(events_of, source_and_code):
    # CAMEO 163 "Impose embargo, boycott, or sanctions" and 040 "Consult" are acts done; a question asks whether.
    assert source_and_code(events_of("Should the United States impose sanctions on Russia?")) == []
    assert source_and_code(events_of("Did Donald Trump meet Vladimir Putin in Helsinki?")) == []


def test_a_wh_question_takes_its_act_as_given(events_of, source_and_code):
    # CAMEO 190 "Use conventional military force": "Why did Russia invade Ukraine?" asks why, not whether.
    assert ("RUS", "190") in source_and_code(events_of("Why did Russia invade Ukraine?"))


def test_a_negated_cue_is_no_act_of_its_kind(quote_events):
    # CAMEO 055 "Apologize": "did not apologize for his remarks" is none; refusing it is 120 "Reject".
    text = "Donald Trump did not apologize for his remarks."
    events = quote_events(text, "his remarks", "Donald Trump", "did not apologize for", name="Donald Trump",
                          kind="indirect")
    assert [e.cameo for e in events] == ["120"]


def test_not_wanting_troops_to_fight_is_no_threat_of_force(quote_in, article_events, from_quotes):
    # Issue 4: "Negation and modality are not events of the same kind"; CAMEO 138 "Threaten with military force"
    # needs a threat, and "did not want troops to fight" makes none.
    text = "Hillary Clinton said she did not want American troops to fight the Islamic State."
    quote = quote_in(text, "she did not want American troops to fight the Islamic State", "Hillary Clinton", "said",
                     name="Hillary Clinton")
    assert not [e for e in from_quotes(article_events(text, quote)) if e.cameo.startswith(("13", "19"))]


def test_a_negation_with_a_typographic_apostrophe_negates(events_of, cameos):
    # CAMEO 040 "Consult, not specified below": "I didn’t meet him" (as news prints it) tells of no meeting.
    text = "“I’m pretty sure I didn’t meet him,” Donald Trump said."
    assert not [c for c in cameos(events_of(text)) if c.startswith("04")]


def test_a_meeting_or_visit_that_never_happened_is_no_event(events_of, cameos):
    # CAMEO 042 "Make a visit": "has never visited Iraq" tells of no visit and refuses none; "did not apologize"
    # stays 120 "Reject" (test_a_negated_cue_is_no_act_of_its_kind).
    assert cameos(events_of("Donald Trump has never visited Iraq.")) == []


def test_a_doubted_report_tells_no_act(events_of, cameos):
    # CAMEO 040 "Consult, not specified below": "I don't believe I've ever met him" doubts a meeting.
    text = "“I don’t believe I’ve ever met him,” Donald Trump said."
    assert not [c for c in cameos(events_of(text)) if c.startswith("04")]


def test_refusing_to_meet_is_still_a_rejection(events_of, cameos):
    # CAMEO 125 "Reject proposal to meet, discuss, or negotiate".
    assert cameos(events_of("Donald Trump refused to meet Xi Jinping.")) == ["125"]
    assert [c[:2] for c in cameos(events_of("Iran will not meet the United States, Rouhani said."))] == ["12"]


def test_failing_to_refuse_an_endorsement_rejects_nothing(events_of, cameos):
    # CAMEO 120 "Reject, not specified below": "failed to refuse the endorsement" rejects nothing.
    text = "Over the weekend, Donald Trump failed three times to refuse the endorsement of the KKK."
    assert not [c for c in cameos(events_of(text)) if c.startswith("12")]


def test_the_comments_told_before_are_no_new_statement(events_of, source_and_code):
    # CAMEO 010 "Make statement, not specified below": "made the comments" refers back to a statement the article
    # has reported, coded where it is told; "made a statement" tells a new one.
    text = "President Barack Obama made the comments at a news conference in Hanoi."
    assert source_and_code(events_of(text, published="2016-03-09")) == []
    text = "President Barack Obama made a statement on Monday."
    assert source_and_code(events_of(text, published="2016-03-09")) == [("USA", "010")]


def test_an_act_named_to_date_another_is_not_reported_again(events_of, source_and_code):
    # CAMEO 040 "Consult": "after the meeting" refers back to a meeting the article told of, and the spokesman held
    # none of his own by speaking after it.
    text = ("Speaking to reporters after the meeting, White House press secretary Josh Earnest argued that a primary "
            "was not a problem.")
    assert all(not code.startswith("04") for _, code in source_and_code(events_of(text)))


def test_a_meeting_the_sentence_tells_of_is_still_coded(events_of, source_and_code):
    # CAMEO 040 "Consult": "emerging from a 45-minute meeting with President Obama" tells of the meeting.
    text = ("Emerging from a 45-minute meeting with President Obama, Senator Bernie Sanders said the session was "
            "positive.")
    assert ("USA", "040") in source_and_code(events_of(text))


def test_an_act_a_demonstrative_points_back_to_is_no_new_act(events_of, cameos):
    # CAMEO 13 "Threaten": "a strategy to de-escalate these threats" names threats told before; it makes none.
    text = "China's optimistic statements suggest a strategy to de-escalate these threats."
    assert not [c for c in cameos(events_of(text)) if c.startswith("13")]


def test_an_act_of_the_same_kind_as_one_told_before_is_a_new_act(events_of, cameos):
    # CAMEO 112 "Accuse, not specified below": "made these same allegations against the NRA in February" is the
    # Times' own accusation, another one of the kind told before.
    text = "The New York Times made these same allegations against the NRA in February."
    assert "112" in cameos(events_of(text))


def test_saying_one_will_stop_or_ease_conflict_is_an_intent_to_yield(sentence_events):
    # CAMEO 0354 "Express intent to ease economic sanctions, boycott, or embargo", 035 "Express intent to yield",
    # 0356 "Express intent to de-escalate military engagement": "would" governs the lifting, not only the act.
    for text, code in (("Iran said it would lift sanctions on British goods.", "0354"),
                       ("The opposition said it would call off the general strike.", "035"),
                       ("The rebels said they would scale down attacks on army positions.", "0356")):
        assert [e.cameo for e in sentence_events(text)] == [code], text


def test_being_open_to_talks_is_an_intent_to_negotiate_and_opening_them_is_not(sentence_events):
    # CAMEO 036 "Express intent to meet or negotiate": "open to talks" says what one would do, as "ready for talks";
    # talks opened are held (046 "Engage in negotiation").
    assert [e.cameo for e in sentence_events("Peskov said Moscow was open to talks with Washington.")] == ["036"]
    assert {e.cameo for e in sentence_events("China and the United States opened talks on trade in Geneva.")} == {"046"}


def test_a_ban_announced_as_coming_stays_a_ban(sentence_events):
    # CAMEO 162 "Reduce or stop material aid": stopping help one will stop is announced, not threatened.
    assert [e.cameo for e in sentence_events("The United States announced it would prohibit all aid to Cuba.")] == ["162"]


def test_saying_one_would_declare_an_emergency_threatens_one(sentence_events):
    # CAMEO 1324 "Threaten to impose state of emergency or martial law": the declaring verb's "would" counts.
    events = sentence_events("Ecuador's president warned that he would declare a state of emergency.")
    assert [e.cameo for e in events] == ["1324"]


def test_a_force_ones_own_side_warns_it_could_use_is_a_threat(sentence_events, article_events):
    # CAMEO 1381 "Threaten to blockade": a warning that one's own side could blockade threatens it, in the
    # narration and in a quote; a bare "could impose" is no event, and a warning that another could invade is no
    # threat by either.
    for text in ("A senior Chinese officer warned that China could impose a naval blockade on Taiwan.",
                 "Beijing could impose a naval blockade on Taiwan, a Chinese officer warned."):
        assert [(e.cameo, e.source.country, e.target.country) for e in sentence_events(text)
                if e.cameo.startswith("13")] == [("1381", "CHN", "TWN")], text
    assert not [e for e in article_events("Beijing could impose a naval blockade on Taiwan, a Chinese officer warned.")
                if not e.cameo.startswith("13")]
    assert sentence_events("China could impose a naval blockade on Taiwan.") == []
    assert not [e for e in article_events("The United States warned that Russia could invade Ukraine within days.")
                if e.cameo.startswith("13")]


def test_a_warning_that_ones_own_state_would_act_is_a_threat_to_the_warned(sentence_events):
    # CAMEO 130 "Threaten, not specified below": what Tehran says Iran could do is Tehran's threat, whatever the
    # act; a warning of what another part of the country will do is a pessimistic comment (012).
    events = sentence_events("Tehran warned Baku that Iran could drop its role as mediator in Nagorno-Karabakh.")
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("130", "IRN", "AZE")]
    events = sentence_events("Beijing warned that Chinese exports would fall sharply this year.")
    assert [e.cameo for e in events] == ["012"]


def test_a_warning_that_ones_own_state_could_halt_a_known_act_is_a_threat_to_the_warned(sentence_events):
    # CAMEO 130 "Threaten, not specified below": a possible halt of mediation, which a pattern knows, is still
    # Tehran's threat to Baku; a warning of what another state could do threatens nothing.
    events = sentence_events("Tehran warned Baku that Iran could drop its mediation in Nagorno-Karabakh.")
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("130", "IRN", "AZE")]
    assert not [e for e in sentence_events("Washington warned that China could boost cooperation with Russia.")
                if e.cameo.startswith("13")]


def test_what_one_warns_another_would_pay_for_is_not_the_threat(sentence_events):
    # CAMEO 130 "Threaten, not specified below": the lobbying Kuwait would pay for is the threat's reason, not its
    # act, so the warning is still a threat.
    events = sentence_events("Iraq warned Kuwait on Sunday that it would pay a heavy price for lobbying to keep U.N. "
                             "sanctions in place, the official Iraqi News Agency reported.")
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("130", "IRQ", "KWT")]


def test_a_force_ones_own_side_is_said_to_be_ready_to_use_on_a_condition_is_a_threat(sentence_events):
    # CAMEO 1381 "Threaten to blockade": said, not warned, by one of the side that would blockade, on a condition;
    # said of another's side, it is no threat.
    events = sentence_events("A senior Chinese general said Beijing could impose a naval blockade on Taiwan if the "
                             "island declared independence.")
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("1381", "CHN", "TWN")]
    assert sentence_events("The United States said China could impose a naval blockade on Taiwan if the island "
                           "declared independence.") == []


def test_resorting_to_force_that_ones_own_side_warns_of_is_a_threat_of_force(sentence_events):
    # CAMEO 138 "Threaten to use military force": "resort to force" is force used (190), and warned of, a threat.
    events = sentence_events("Ethiopia warned Eritrea that Addis Ababa would resort to force if its troops did not "
                             "withdraw.")
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("138", "ETH", "ERI")]


@pytest.mark.parametrize("text", [
    "The Netherlands could suspend part of its development aid to Rwanda.",
    "The Netherlands may halt aid to Rwanda.",
])
def test_an_act_a_word_could_stop_is_not_stopped(sentence_events, text):
    # "could impose tariffs is not imposing tariffs": CAMEO 162 "Reduce or stop material aid" did not happen.
    assert sentence_events(text) == []


@pytest.mark.parametrize("text", [
    "Japan is considering tightening export controls on advanced chipmaking equipment to China.",
    "Washington is weighing new sanctions on Moscow.",
])
def test_an_act_considered_is_a_policy_option_not_a_threat(sentence_events, text):
    # CAMEO 014 "Consider policy option", not 1312 "Threaten with sanctions, boycott, embargo".
    assert [e.cameo for e in sentence_events(text)] == ["014"]


@pytest.mark.parametrize(("text", "code"), [
    ("Belgrade insisted that Moscow veto any Security Council resolution on Kosovo.", "100"),
    ("Moscow insisted that NATO withdraw its troops from Kosovo.", "106"),
    ("Belgrade insisted that Moscow had vetoed the resolution.", "129"),
    # with a plural subject the tagger reads the clause's verb as a present; a law amended is a change in policy
    # (1042 "Demand policy change")
    ("The European Commission insisted on Tuesday that Hungary amend its law restricting foreign-funded civil "
     "society groups within a month.", "1042"),
    ("India insisted on Monday that Pakistan dismantle the camps used by Kashmiri militants.", "100"),
    ("Azerbaijani President Heydar Aliyev insisted that Armenian forces leave all occupied districts.", "100"),
    # "let" is tagged past, but its past is its bare form: 1055 "Demand that target allows international
    # involvement (non-mediation)"
    ("Portugal demanded that Indonesia let United Nations peacekeepers into East Timor.", "1055"),
    # a state told in the present is a claim, no demand
    ("China insisted that its troops remain defensive.", None),
])
def test_a_clause_in_the_subjunctive_under_a_word_that_asks_is_asked_for_not_reported(sentence_events, text, code):
    # CAMEO 100 "Demand, not specified below"; 106 "Demand withdrawal"; 1042 "Demand policy change"; 129 "Veto" when
    # the clause tells it done.
    assert [e.cameo for e in sentence_events(text)] == ([code] if code else [])


def test_a_verb_joined_to_a_modal_verb_shares_its_auxiliary(sentence_events):
    # CAMEO 035 "Express intent to yield": "would suspend its street protests and return to parliament" tells of a
    # return still to come (an intent), not of 084 "Return, release" done.
    events = sentence_events("Albanian opposition leader Sali Berisha said his Democratic Party would suspend its "
                             "street protests in Tirana and return to parliament next week.")
    assert [e.cameo[:3] for e in events] == ["035"]


def test_a_gerund_right_after_a_modal_verb_is_its_object(sentence_events):
    # CAMEO 12 "Reject": "ruled out pulling its troops back" refuses the pull-back (087 "De-escalate military
    # engagement"), though the parser hangs the gerund on "ruled out" as an adverbial clause.
    events = sentence_events("India ruled out pulling its troops back from the Pakistani border, saying the threat of "
                             "militant infiltration remained high.")
    assert [e.cameo[:2] for e in events] == ["12"]


def test_who_rejects_calls_on_someone_else_to_act_is_the_one_who_rejects(sentence_events):
    # CAMEO 12 "Reject": the rejection is the president's, though the one to step down is named as "him".
    events = sentence_events("Venezuela's president rejected opposition calls for him to step down, vowing to serve "
                             "out his full term.")
    best = max(events, key=lambda e: e.confidence)
    assert (best.cameo[:2], best.source.code) == ("12", "VENGOV")


@pytest.mark.parametrize("text", [
    "Venezuela's president warned that Colombia would face consequences if it continued its provocations.",
    "\u201cIsrael will pay a heavy price,\u201d Iranian Defence Minister Ali Shamkhani warned on Tuesday.",
])
def test_a_warning_that_someone_will_pay_is_a_threat(sentence_events, text):
    # CAMEO 130 "Threaten, not specified below", not 012 "Make pessimistic comment": the warned will pay for it.
    assert [e.cameo for e in sentence_events(text)] == ["130"]


@pytest.mark.parametrize(("text", "code"), [
    ("Iran would not hesitate to strike back at Israel, the defence minister said on Sunday.", "138"),
    ("Pakistan will not hesitate to hold talks with India, the prime minister said.", "036"),
])
def test_a_negated_hesitation_is_resolve(sentence_events, text, code):
    # CAMEO 138 "Threaten to use military force" / 036 "Express intent to meet or negotiate": "would not hesitate
    # to strike" says what "would strike" says.
    assert [e.cameo for e in sentence_events(text)] == [code]


@pytest.mark.parametrize("text", [
    "NATO hesitated to bomb Serb positions around Sarajevo.",
    "NATO balked at bombing Serb positions around Sarajevo.",
])
def test_an_act_held_back_from_is_no_event(sentence_events, text):
    # A hesitation is no CAMEO 195 "Employ aerial weapons", nor a guess of the learned fallback over its words.
    assert sentence_events(text) == []


@pytest.mark.parametrize(("text", "code", "target"), [
    ("Jordan's foreign minister told Israel to free all Jordanian prisoners.", "1053", "ISR"),
    ("The IMF told Indonesia to scrap its costly national car programme.", "100", "IDN"),
])
def test_telling_someone_to_act_demands_it(sentence_events, text, code, target):
    # CAMEO 1053 "Demand release of persons or property", 100 "Make demand, not specified below": "told X to"
    # asks, as "ordered X to" does, whether or not the act asked for has a code of its own.
    assert [(e.cameo, e.target.country) for e in sentence_events(text)] == [(code, target)]


def test_whom_a_demand_is_reported_to_is_not_whom_it_is_made_of(sentence_events):
    # CAMEO 1053: the demand is made of Israel; the newspaper the minister told of it is no side of it.
    events = sentence_events("Amman demanded that Israel free all Jordanian prisoners held in Israeli jails, Jordan's "
                             "foreign minister told the Jordan Times.")
    assert [(e.cameo, e.target.country) for e in events] == [("1053", "ISR")]
