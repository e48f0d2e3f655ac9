"""A trigger word in a sense that reports no act of its code gives no such event -- a candidate's rally, a
race won, a deal closed with voters, an interview accepted, a day after a verb read as its particle, a
topic discussed with no one, a group named after an act -- while the sense that does still gives it."""


def test_a_candidates_rally_is_no_demonstration(sentence_events):
    # CAMEO 141 "Demonstrate or rally" is political dissent; a candidate's rally is a campaign event.
    assert sentence_events("Hillary Clinton held a rally in Ohio on Tuesday.") == []
    assert sentence_events("Bernie Sanders will cap the night with a rally in Des Moines.") == []
    assert sentence_events("The campaign hosted a rally in Ohio.") == []
    assert sentence_events("Trump hosted a fundraiser at a dinner in New York.") == []


def test_a_rally_with_a_grievance_or_a_crowd_is_still_a_demonstration(sentence_events, cameos):
    # CAMEO 141 "Demonstrate or rally": protesters, or a stated grievance.
    assert "141" in cameos(sentence_events("Donald Trump held a rally against the trade deal."))
    assert "141" in cameos(sentence_events("Students marched in Seoul."))


def test_beating_a_rival_in_a_race_is_no_assault(sentence_events):
    # CAMEO 182 "Physically assault": a candidate beating another in a primary strikes no one.
    assert sentence_events("Donald Trump beat Ted Cruz.") == []
    assert sentence_events("Clinton beat Sanders by 20 points.") == []
    assert sentence_events("Rubio whipped Cruz in the primary.") == []


def test_a_candidate_saying_he_would_beat_a_rival_threatens_no_assault(events_of, cameos):
    # CAMEO 182 "Physically assault" and 138 "Threaten to use military force": "I'd beat him" is a race, told with the
    # contracted "would" (a modal); "he'd met" is "had", no intent (036 "Express intent to meet or negotiate").
    text = "“I’d beat him,” Trump said of Sanders."
    assert not [c for c in cameos(events_of(text, published="2016-01-26")) if c.startswith(("13", "18"))]
    for text in ("John Kerry said he’d met Xi Jinping in Beijing.", "John Kerry said he'd met Xi Jinping in Beijing."):
        assert set(cameos(events_of(text, published="2016-01-26"))) == {"040"}


def test_a_win_told_with_its_score_is_a_game_not_an_assault(events_of, cameos):
    # CAMEO 182 "Physically assault, not specified below": a team that beat another 45-40 assaulted no one.
    text = "Alabama beat undefeated Clemson 45-40 to take the National Championship."
    assert not [c for c in cameos(events_of(text)) if c.startswith(("18", "19"))]


def test_beating_a_rival_at_the_ballot_box_is_no_force(events_of, cameos):
    # CAMEO 182 "Physically assault": beating a candidate at the ballot box is winning an election.
    text = "“We’re going to have to beat Donald Trump at the ballot box,” Carly Fiorina said."
    assert not [c for c in cameos(events_of(text)) if c.startswith("18")]


def test_police_beating_protesters_is_still_an_assault(events_of, cameos):
    # CAMEO 182 "Physically assault, not specified below".
    assert "182" in cameos(events_of("Police beat 20 protesters in Cairo on Friday."))


def test_closing_the_deal_with_voters_is_no_agreement(sentence_events):
    # CAMEO 057 "Sign formal agreement": "close the deal" in a race wins voters over.
    assert sentence_events("Clinton hopes to close the deal in California.") == []


def test_seizing_on_a_massacre_seizes_nothing_and_commits_no_massacre(sentence_events):
    # CAMEO 171 "Seize or damage property"; 202 "Engage in mass killings": Trump made use of the news.
    events = sentence_events("Trump quickly seized on the massacre to renew his call.")
    assert not [e for e in events if e.cameo[:2] in ("17", "20")]


def test_an_act_named_as_an_issue_is_a_topic_not_an_event(sentence_events):
    # CAMEO 075 "Grant asylum": politicizing the issue of asylum grants none.
    text = "In the late 1990s, the Swiss People's Party began to politicize issues of migration and asylum."
    assert sentence_events(text) == []


def test_a_roll_call_vote_is_no_appeal(sentence_events):
    # CAMEO 020 "Make an appeal or request": a roll call is a vote.
    text = "Mr. Sanders passed more amendments by roll call vote than any other member of Congress."
    assert sentence_events(text) == []


def test_accepting_interviews_is_no_concession(sentence_events, roots):
    # CAMEO 08 "Yield": conceding to a demand, a term, a proposal; an interview is where a statement is made.
    events = sentence_events("By Thursday afternoon, Clinton had accepted interviews with ABC News, MSNBC and CNN.")
    assert "08" not in roots(events)


def test_giving_a_technique_a_whirl_in_an_interview_is_no_concession(sentence_events, roots):
    # CAMEO 080 "Yield, not specified below": "give in" is yielding, "gave X a whirl in an interview" is not.
    text = "Representative Lee Zeldin gave the technique a whirl in an interview with CNN on Tuesday."
    events = sentence_events(text)
    assert "08" not in roots(events)


def test_receiving_a_fair_trial_hosts_no_visit(sentence_events):
    # CAMEO 043 "Host a visit": the object is a visitor, not a thing one gets.
    assert sentence_events("Trump was receiving a fair trial.") == []


def test_receiving_a_delegation_still_hosts_a_visit(sentence_events):
    events = sentence_events("Jordan received a delegation from Israel.")
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("043", "JOR", "ISR")]


def test_asking_what_someone_thinks_is_no_appeal(quote_events, roots):
    # CAMEO 02 "Appeal": "Make an appeal or request"; a question from the audience asks for no act.
    text = "A young woman asked Obama what he thought of the prospects that Trump would win."
    events = quote_events(text, "what he thought of the prospects that Trump would win", "Obama", "asked",
                          name="Barack Obama")
    assert "02" not in roots(events)


def test_asking_someone_to_act_is_still_an_appeal(quote_events, roots):
    text = "Syria asked Turkey to withdraw its troops."
    events = quote_events(text, "to withdraw its troops", "Syria", "asked")
    assert roots(events) == {"02"}


def test_a_meeting_told_a_statement_is_its_audience(sentence_events, roots):
    # CAMEO 040 "Consult": a statement made at a townhall meeting is no consultation with its audience.
    events = sentence_events("Obama told a townhall meeting with young leaders in Vietnam that democracy works.")
    assert "04" not in roots(events)


def test_speaking_with_difficulty_consults_no_one(sentence_events):
    # CAMEO 040 "Consult": "who still speaks with difficulty from a stroke" meets no one; "met with Xi" does.
    text = "Senator Mark Kirk, who still speaks with difficulty from a stroke, spoke on Monday."
    assert not any(e.cameo.startswith("04") for e in sentence_events(text, published="2016-06-09"))
    text = "Senator Mark Kirk spoke with Xi Jinping on Monday."
    assert any(e.cameo.startswith("04") for e in sentence_events(text, published="2016-06-09"))


def test_discussing_a_topic_with_no_one_is_no_consultation(events_of):
    # CAMEO 040 "Consult, not specified below" is between two sides; the war in Afghanistan is a topic, not a partner.
    events = events_of("Laura Bush sat down this week with USA Today to discuss the war in Afghanistan.")
    assert not [e for e in events if e.cameo.startswith("04")]


def test_discussing_with_a_partner_is_still_a_consultation(events_of, source_and_code):
    # CAMEO 040 "Consult, not specified below".
    text = "President Barack Obama discussed trade with Japanese Prime Minister Shinzo Abe."
    assert ("USA", "040") in source_and_code(events_of(text))


def test_calls_being_arranged_are_no_appeal(events_of, source_target_code):
    # CAMEO 020 "Make an appeal or request": "arranging calls with both Sanders and Clinton" asks nothing of them.
    text = "Joe Biden was arranging calls with both Bernie Sanders and Hillary Clinton to discuss the race."
    assert [c for _, _, c in source_target_code(events_of(text)) if c.startswith("02")] == []


def test_seeking_to_do_something_oneself_is_no_appeal(article_events):
    # CAMEO 020 "Make an appeal or request" asks something of another: "Obama sought to ease Asian worries" asks
    # nothing of anyone; "sought help from Russia" still does.
    text = "President Barack Obama sought on Wednesday to ease growing Asian worries."
    assert not [e for e in article_events(text, published="2016-03-09") if e.cameo.startswith("02")]
    text = "Iran sought help from Russia on Monday."
    assert [e.cameo for e in article_events(text, published="2016-03-09")] == ["020"]


def test_breaking_rules_from_a_proposal_on_is_no_halt_of_the_proposal(article_events):
    # CAMEO 16 "Reduce relations": "Cut off or reduce relations, aid, negotiations..." -- what is cut is the verb's
    # object; "broken more rules, from his proposal to deport immigrants to his call to ban Muslims" ends nothing.
    text = ("Mr. Trump has broken even more rules than Mr. Perot did, from his unlikely proposal to deport "
            "11 million illegal immigrants to his call to ban Muslims.")
    assert not [e for e in article_events(text) if e.cameo.startswith("16")]


def test_breaking_from_a_policy_to_do_something_does_it(events_of, source_target_code):
    # CAMEO 111 "Criticize or denounce": a verb that stops something stops its object, not what it is done for;
    # "broke from his policy to take a swipe at Trump" takes the swipe.
    text = "Carson broke from his policy to take a swipe at Trump."
    assert [(target, code) for _, target, code in source_target_code(events_of(text, published="2017-03-01"))] == [
        ("USA", "111")]


def test_ending_up_doing_something_is_doing_it_not_ending_it(article_events):
    # CAMEO 051 "Praise or endorse"; 161 "Reduce or break diplomatic relations" needs something broken off:
    # "ended up endorsing Clinton" is an endorsement.
    text = "Senator John McCain ended up endorsing Hillary Clinton."
    assert [e.cameo for e in article_events(text)] == ["051"]


def test_a_threat_someone_poses_is_no_threat_made(article_events):
    # CAMEO 13 "Threaten" is a warning of what one will do; "poses a threat", "the threat Trump represents" say
    # someone is a danger.
    for text in ("Iran poses a threat to the region.", "Voters fear the threat that Donald Trump represents."):
        assert not [e for e in article_events(text) if e.cameo.startswith("13")]


def test_a_day_after_a_verb_is_no_particle_of_its_pattern(events_of, source_and_code):
    # CAMEO 190 "Use conventional military force" is "fired on" a target, 020 "Make an appeal or request" "called on"
    # someone; "on Monday" dates the act: firing a manager is no use of force, calling remarks a provocation no appeal.
    assert source_and_code(events_of("Donald Trump fired his campaign manager on Monday.")) == []
    text = "Russian President Vladimir Putin on Monday called Donald Trump's remarks a provocation."
    assert ("RUS", "020") not in source_and_code(events_of(text))


def test_a_verb_with_its_particle_still_takes_its_pattern_next_to_a_day(events_of, source_and_code):
    # CAMEO 190 "Use conventional military force, not specified below": "fired on" positions, on Monday.
    text = "The Turkish army fired on Kurdish positions on Monday."
    assert source_and_code(events_of(text, published="2016-03-09")) == [("TUR", "190")]


def test_knocking_on_doors_is_no_criticism(events_of, source_and_code):
    # CAMEO 111 "Criticize or denounce" is "knocked" a rival, not canvassing.
    assert source_and_code(events_of("Campaign volunteers knocked on doors in Iowa.")) == []


def test_a_group_named_after_an_act_does_not_do_it(article_events):
    # CAMEO 100 "Demand, not specified below" needs a demand; "Demand Progress" is the name of a group that signed.
    text = ("The other groups that signed the letter are MPower Change, Emerge USA, Bend the Arc, Demand Progress "
            "and American Family Voices.")
    assert not [e for e in article_events(text) if e.cameo == "100"]


def test_agreeing_that_something_is_so_is_a_statement_not_cooperation(events_of, cameos):
    # CAMEO 030 "Express intent to cooperate" is agreeing to do something; agreeing that something is so is
    # 010 "Make statement", as "insisted that the move was not a response".
    text = "Most Chinese officials agreed they had no real recourse at this point."
    assert "030" not in cameos(events_of(text))
    text = "China and the US agreed to resume talks."
    assert {code[:2] for code in cameos(events_of(text))} == {"03"}


def test_a_noun_of_disapproval_is_criticism(events_of, source_target_code):
    # CAMEO 111 "Criticize or denounce": "expressed its disapproval of", "her distaste for" someone.
    text = "China expressed its disapproval of the US decision."
    assert ("CHN", "USA", "111") in source_target_code(events_of(text))
    text = "Chinese President Xi Jinping was upfront about his distaste for Donald Trump."
    assert ("CHN", "USA", "111") in source_target_code(events_of(text, published="2019-06-01"))


def test_a_thing_met_with_a_reaction_is_no_meeting(sentence_events):
    # CAMEO 040 "Consult": "any strike would be met with retaliation" is a reaction to a strike, not a meeting.
    events = sentence_events("Any strike on the reactor would be met with nuclear retaliation, North Korea warned.")
    assert not [e for e in events if e.cameo.startswith("0")]
