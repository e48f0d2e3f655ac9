"""Which CAMEO code an act or a statement gets: criticism for words of condemnation, contempt or a campaign
attack, a plain statement where they are denied or name an outcome, an optimistic comment for hope, a
telephone call for one named person calling another, an assault for one person's violence and military
force for an army's, and the finer code an idiom or a verb of stopping, ending or warning calls for."""

import pytest

from parley.events.coder import acts_in


def triples(events):
    """(CAMEO code, source country, target country) of each event, as the assertions compare them."""
    return {(e.cameo, e.source.country, e.target.country) for e in events}


def coded_targets(events):
    """(CAMEO code, source country, target code) of each event: an international body's target has no country."""
    return {(e.cameo, e.source.country, e.target.code) for e in events}


def test_accepting_conditions_or_giving_in_is_still_a_concession(sentence_events):
    # CAMEO 083 "Accede to requests or demands for political reform"; 080 "Yield, not specified below".
    assert [e.cameo for e in sentence_events("Iraq accepted the conditions of the UN.")] == ["083"]
    assert [e.cameo for e in sentence_events("Iraq gave in.")] == ["080"]


def test_giving_in_is_yielding_though_another_in_phrase_follows(sentence_events):
    # CAMEO 080 "Yield, not specified below": the "in" of "gave in" is its particle, even beside a phrase "in the row".
    events = sentence_events("The Albanian government gave in to Greek pressure on Wednesday in the row over the "
                             "trial of five ethnic Greek activists.")
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("080", "ALB", "GRC")]


def test_ending_a_trip_is_a_visit_not_reduced_relations(sentence_events, roots):
    # CAMEO 042 "Make a visit"; 160 "Reduce relations" is cutting it short or cancelling it.
    ended = sentence_events("Obama made the comments just before ending a three-day trip to Vietnam.")
    assert ("042", "USA", "VNM") in {(e.cameo, e.source.country, e.target.country) for e in ended if e.target}
    assert "16" not in roots(ended)
    assert roots(sentence_events("Obama cancelled his trip to Vietnam.")) == {"16"}


def test_a_ban_that_is_lifted_is_no_ban(nlp):
    # CAMEO 081 "Ease administrative sanctions": lifting a ban eases; 16 "Reduce relations" would impose it.
    doc = nlp("Washington's ban on arms sales to Vietnam was lifted on Monday.")
    assert [(a.trigger.text, a.base_code) for a in acts_in(doc)] == [("lifted", "081")]


def test_working_with_a_colleague_is_cooperation_not_intent(sentence_events):
    # CAMEO 050 "Engage in diplomatic cooperation"; 03 "Express intent to cooperate" is for what one will do.
    events = sentence_events("Senator Bernie Sanders worked with Senator Charles Grassley to protect workers.")
    assert [e.cameo[:2] for e in events] == ["05"]


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
        # CAMEO 190 "Use conventional military force": a military operation, not a police one.
        ("Turkey launched a military operation against Kurdish militants in Syria.", ["190"]),
        # CAMEO 114 "Complain officially": "stern representations" are a formal protest.
        ("China lodged stern representations with the U.S. side.", ["114"]),
        # CAMEO 051 "Praise or endorse".
        ("China appreciates the efforts of the United States.", ["051"]),
        # CAMEO 141 "Demonstrate or rally": a sit-in, which the tokenizer splits at its hyphen.
        ("South Korean students staged a sit-in at the U.S. embassy.", ["141"]),
        # CAMEO 154 "Mobilize or increase armed forces": tanks massed as troops are.
        ("Syria massed tanks near the Turkish border.", ["154"]),
        # CAMEO 073 "Provide humanitarian aid": doctors sent after a disaster.
        ("Cuba sent doctors to Haiti after the earthquake.", ["073"]),
        # CAMEO 1621 "Reduce or stop economic assistance" (of 162 "Reduce or stop material aid"): funding is money.
        ("Canada cut funding to the U.N. relief agency.", ["1621"]),
        # CAMEO 137 "Threaten with violent repression": vowing to crush what people attempt; crushing a rival
        # in a primary is a race, no repression (175).
        ("China vowed to crush any attempt at Taiwan independence.", ["137"]),
        ("Clinton crushed Sanders in South Carolina.", []),
        # CAMEO 160 "Reduce relations": closing one's airspace to another's flights.
        ("Pakistan closed its airspace to Indian flights.", ["160"]),
        # CAMEO 120 "Reject": blocking a statement is no obstruction of passage (144).
        ("Hungary blocked an EU statement criticizing China.", ["120"]),
        ("Bernie Sanders hammered Hillary Clinton on trade.", ["111"]),
        ("Elizabeth Warren took Donald Trump to task over his business record.", ["111"]),
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
        # CAMEO 161 "Reduce or break diplomatic relations": an expulsion of diplomats, as expelling them.
        ("Moscow ordered the expulsion of four British diplomats.", ["161"]),
        # CAMEO 043 "Host a visit": welcoming someone to a place, or for a visit, hosts them.
        ("President Sarkozy welcomed the Chinese leader to Paris.", ["043"]),
        ("Beijing welcomed the Kenyan president for a state visit.", ["043"]),
        # ... and hosting someone at a dinner hosts them, though hosting a dinner is no visit.
        ("Chinese President Xi Jinping hosted Russian President Vladimir Putin at a state dinner.", ["043"]),
        # CAMEO 190 "Use conventional military force": a checkpoint struck.
        ("Insurgents struck a police checkpoint in Kabul.", ["190"]),
        # CAMEO 193 "Fight with small arms and light weapons"
        ("Rebels and soldiers traded fire overnight.", ["193"]),
        # CAMEO 162 "Reduce or stop material aid"
        ("Washington slashed aid to Egypt.", ["162"]),
        # CAMEO 125 "Reject proposal to meet, discuss, or negotiate"
        ("The opposition boycotted the talks.", ["125"]),
        # CAMEO 062 "Cooperate militarily"
        ("The United States trained Ukrainian soldiers.", ["062"]),
        # CAMEO 053 "Rally support on behalf of"
        ("The Arab League rallied behind the Palestinians.", ["053"]),
        # CAMEO 071 "Provide economic aid"; 073 "Provide humanitarian aid"
        ("Saudi Arabia deposited $3 billion in Pakistan's central bank.", ["071"]),
        ("Turkey shipped medical supplies to Gaza.", ["073"]),
        # CAMEO 175 "Use tactics of violent repression"; 160 "Reduce relations"
        ("Police broke up the demonstration with batons.", ["175"]),
        ("The Palestinian Authority suspended security coordination with Israel.", ["160"]),
        # CAMEO 072 "Provide military aid": any weapon sent, also in a shipment of several or in a list.
        ("Britain sent a shipment of rifles, ammunition and armoured vehicles to Sierra Leone's army.", ["072"]),
        # CAMEO 071 "Provide economic aid": money released to someone is given, not a person set free (0841).
        ("The European Union released 40 million euros to the Palestinian Authority.", ["071"]),
        # CAMEO 064 "Share intelligence or information", also when "provided X with" it.
        ("Jordanian intelligence provided Washington with information on Zarqawi.", ["064"]),
        # CAMEO 063 "Engage in judicial cooperation": a suspect handed over, also when an apposition says so.
        ("Pakistan handed over Ramzi Yousef, a terrorism suspect, to US agents.", ["063"]),
        # CAMEO 1823 "Kill by physical assault"; 201 "Engage in mass expulsion"
        ("A mob hacked to death eight members of a family in Gujarat.", ["1823"]),
        ("Serbian police drove tens of thousands of ethnic Albanians from their homes.", ["201"]),
        # CAMEO 1623 "Reduce or stop humanitarian assistance": food deliveries are aid, and suspending them stops it.
        ("The World Food Programme suspended food deliveries in Somalia.", ["1623"]),
        # CAMEO 139 "Give ultimatum": days given to act, also issued "in an ultimatum" (no "give in", 080).
        ("NATO gave Bosnian Serb forces ten days to pull back their weapons, in an ultimatum issued in Brussels.",
         ["139"]),
        # CAMEO 128 "Defy norms, law": an act done in defiance of a resolution.
        ("North Korea launched a missile in defiance of UN resolutions.", ["128"]),
        # CAMEO 154 "Mobilize or increase armed forces": a mobilisation ordered is done by whoever orders it.
        ("President Vladimir Putin ordered the partial mobilisation of Russian reservists.", ["154"]),
        # CAMEO 139 "Give ultimatum", with one week.
        ("ECOWAS gave Niger's coup leaders one week to reinstate President Bazoum.", ["139"]),
        # CAMEO 145 "Protest violently, riot": a count of protesters storming a residence.
        ("Thousands of protesters stormed the official residence of Sri Lanka's president.", ["145"]),
        # CAMEO 150 "Demonstrate military or police power": PLOVER MOBILIZE, "single-country exercises".
        ("China's military launched large-scale joint drills encircling Taiwan.", ["150"]),
        # CAMEO 045 "Mediate": mediators shuttling between the sides.
        ("Egyptian and Qatari mediators shuttled between Hamas and Israeli delegations in Cairo.",
         ["045", "045", "045", "045"]),
        # CAMEO 090 "Investigate": a review opened.
        ("The Pentagon opened a review of the drone strike in Kabul.", ["090"]),
        # CAMEO 1721 "Impose restrictions on political freedoms": internet access cut.
        ("Senegalese authorities cut mobile internet access on Sunday.", ["1721"]),
        # CAMEO 175 "Use tactics of violent repression": tear gas fired, also second in a list.
        ("Police in Dhaka fired rubber bullets and tear gas at protesting students.", ["175"]),
        # CAMEO 1621 "Reduce or stop economic assistance": financing suspended.
        ("The World Bank suspended new financing to Uganda.", ["1621"]),
        # CAMEO 152 "Increase military alert status": the alert an adjective of the level raised.
        ("South Korea's military raised its alert level on Friday.", ["152"]),
        # CAMEO 071 "Provide economic aid": a disbursement released; 064 "Share intelligence or information": data.
        ("The IMF released an immediate disbursement of about $1.2 billion to Pakistan.", ["071"]),
        ("Japan shared missile data with the United States.", ["064", "064"]),
        # CAMEO 0832 "Accede to demands for change in policy": a price rise reversed.
        ("The Nigerian government reversed a fuel price rise after a general strike.", ["0832"]),
        # CAMEO 1246 "Refuse to de-escalate military engagement": a pullback of troops ruled out.
        ("Sharon ruled out any pullback of troops from the West Bank cities.", ["1246"]),
    ],
)
def test_material_and_verbal_acts_keep_their_codes(sentence_events, cameos, text, codes):
    assert cameos(sentence_events(text)) == codes


def test_breaking_a_truce_by_attacking_ends_the_truce_not_the_attack(article_events):
    # CAMEO 196 "Violate ceasefire" for the truce broken; the attack it was broken by is no de-escalation (087).
    text = "Separatist rebels broke a six-month truce on Sunday by attacking an army post."
    codes = [e.cameo for e in article_events(text)]
    assert "196" in codes and "087" not in codes


def test_stopping_someone_from_attacking_still_halts_the_attack(article_events):
    # CAMEO 087 "De-escalate military engagement": a verb of stopping over a gerund through "from" still acts on it.
    text = "The army stopped the rebels from attacking the town."
    assert [e.cameo for e in article_events(text)] == ["087"]


def test_a_killing_by_one_person_is_an_assault_not_military_force(article_events):
    # CAMEO 1823 "Kill by physical assault" (18 "Use unconventional violence": "non-military violence ... by
    # non-military actors"); 190 "Use conventional military force" is for armed forces.
    assert [e.cameo for e in article_events("George Zimmerman killed Trayvon Martin in February.")] == ["1823"]
    assert [e.cameo for e in article_events("Israeli troops killed three Palestinians in Gaza.")] == ["190"]


def test_a_killing_by_a_gunman_is_an_assault_not_military_force(article_events, cameos):
    # CAMEO 1823 "Kill by physical assault" (18 "Use unconventional violence": "non-military violence ... by
    # non-military actors"): one gunman is no armed force.
    assert cameos(article_events("A gunman killed five people at a shopping mall in Ohio.")) == ["1823"]
    assert cameos(article_events("The shooter killed three students.")) == ["1823"]


def test_killings_by_gunmen_are_not_taken_for_one_persons_assault(article_events, cameos):
    # CAMEO 190 "Use conventional military force": a band of gunmen may be fighters; only one assailant is 1823.
    assert "1823" not in cameos(article_events("Gunmen killed five soldiers."))


def test_going_on_the_offensive_against_a_politician_is_criticism(article_events, cameos):
    # CAMEO 111 "Criticize or denounce"; 19 "Fight" is armed force, which no senator uses on a rival candidate.
    assert cameos(article_events("Senator Ted Cruz went on the offensive against Donald Trump on Tuesday.",
                                 published="2016-03-09")) == ["111"]
    assert cameos(article_events("Barack Obama went on the offensive against Republicans.",
                                 published="2016-03-09")) == ["111"]


def test_an_offensive_by_armed_forces_or_a_state_is_still_force(article_events, cameos):
    # CAMEO 190 "Use conventional military force, not specified below": an offensive by a country or its troops.
    assert cameos(article_events("Russia launched an offensive against Ukraine.")) == ["190"]
    assert cameos(article_events("Barack Obama attacked the Islamic State.")) == ["190"]


def test_an_offensive_against_a_rival_after_another_verb_is_criticism(sentence_events):
    # CAMEO 111 "Criticize or denounce", not 190 "Use conventional military force": the subject of the verb
    # the phrase is joined to is the doer.
    events = sentence_events("Hillary Clinton brushed off the findings but also went on the offensive "
                             "against Bernie Sanders.")
    assert "111" in [e.cameo for e in events] and "190" not in [e.cameo for e in events]


def test_calling_out_a_rival_criticizes_but_calling_out_troops_mobilizes(sentence_events):
    # CAMEO 111 "Criticize or denounce"; 154 "Mobilize or increase armed forces".
    events = sentence_events("President Barack Obama used the speech to call out Donald Trump.")
    assert ("111", "USA") in [(e.cameo, e.target and e.target.country) for e in events]
    events = sentence_events("The governor of Texas called out the troops.")
    assert [e.cameo for e in events] == ["154"]


def test_disavowing_comments_denounces_them(sentence_events):
    # CAMEO 111 "Criticize or denounce".
    assert [e.cameo for e in sentence_events("Senator Mitch McConnell disavowed the comments.")] == ["111"]


@pytest.mark.parametrize("text", [
    "Senator Marco Rubio ripped Donald Trump on Monday.",
    "Donald Trump insulted Senator John McCain.",
    "Senator Marco Rubio trashed Donald Trump's tax plan.",
])
def test_verbs_of_campaign_attack_are_criticism(events_of, source_and_code, text):
    # CAMEO 111 "Criticize or denounce".
    assert ("USA", "111") in source_and_code(events_of(text, published="2016-03-09"))


def test_a_newspaper_that_attacks_attacks_in_words(events_of, source_and_code):
    # CAMEO 111 "Criticize or denounce"; 190 "Use conventional military force" is no paper's act.
    text = "The New York Daily News attacked the NRA on Monday."
    assert source_and_code(events_of(text, published="2016-03-09")) == [("USA", "111")]


def test_idioms_of_a_verbal_attack_are_criticism(events_of, source_target_code):
    # CAMEO 111 "Criticize or denounce": "took a shot at", "took offense", "a campaign jab".
    text = "Donald Trump also took a shot at likely Democratic nominee Hillary Clinton on Monday."
    assert ("USA", "111") in [(s, c) for s, _, c in source_target_code(events_of(text, published="2016-08-05"))]
    text = "Donald Trump took offense when Hillary Clinton criticized him."
    assert ("USA", "USA", "111") in source_target_code(events_of(text, published="2016-08-05"))
    text = "Although Michael Bloomberg is not yet a candidate, Donald Trump sent a campaign jab the billionaire's way."
    assert ("USA", "USA", "111") in source_target_code(events_of(text, published="2016-08-05"))


def test_calling_something_an_attack_criticizes_it(quote_in, article_events, from_quotes):
    # CAMEO 111 "Criticize or denounce": what a speaker calls a lawsuit ("nothing short of an attack against the
    # committee") is their word on it, not an attack (190), nor an appeal ("call for", 020).
    text = "Senator Bernie Sanders’s office calls the lawsuit nothing short of an attack against the committee."
    quote = quote_in(text, "the lawsuit nothing short of an attack against the committee",
                     "Senator Bernie Sanders’s office", "calls")
    assert [e.cameo for e in from_quotes(article_events(text, quote))] == ["111"]


def test_condemning_a_quoted_fragment_is_a_condemnation(quote_events):
    # CAMEO 111 "Criticize or denounce": the condemnation is the act, not an attack by the speaker.
    text = "Chancellor Angela Merkel of Germany condemned ''such a murderous attack'' on Sunday."
    events = quote_events(text, "such a murderous attack", "Chancellor Angela Merkel of Germany", "condemned",
                          name="Angela Merkel")
    assert [(e.cameo, e.source.country) for e in events] == [("111", "DEU")]


def test_a_statement_in_words_of_condemnation_is_a_criticism(quote_events):
    # CAMEO 111 "Criticize or denounce": the hand coder codes such statements 111, not 010.
    text = "“Anyone claiming that America's economy is in decline is peddling fiction,” Obama said."
    events = quote_events(text, "Anyone claiming that America's economy is in decline is peddling fiction", "Obama",
                          "said", name="Barack Obama")
    assert [e.cameo for e in events] == ["111"]


def test_a_denied_condemnation_is_a_plain_statement(quote_events):
    # CAMEO 010 "Make statement, not specified below".
    text = "“He is not a racist,” Ryan said."
    events = quote_events(text, "He is not a racist", "Ryan", "said", name="Paul Ryan")
    assert [e.cameo for e in events] == ["010"]


def test_words_of_condemnation_make_a_statement_a_criticism(events_of, cameos):
    # CAMEO 111 "Criticize or denounce": calling a rival an isolationist, unelectable or disqualified.
    assert cameos(events_of("“I know that Rand is a committed isolationist; I’m not,” Marco Rubio said.")) == ["111"]
    assert cameos(events_of("Sen. Marco Rubio said on Monday that Donald Trump is “unelectable.”")) == ["111"]
    assert cameos(events_of("Joe Scarborough: Donald Trump Playing Dumb About The KKK Is ‘Disqualifying.’")) == ["111"]


def test_a_verb_of_the_same_word_is_no_condemnation(events_of, cameos):
    # CAMEO 010 "Make statement, not specified below": "disqualifying him from the race" tells an act, not a
    # condemnation.
    text = "“They are disqualifying him from the race,” Joe Scarborough said."
    assert "111" not in cameos(events_of(text))


def test_words_of_condemnation_outweigh_a_cue_of_mere_comment(quote_events):
    # CAMEO 111 "Criticize or denounce" over 012 "Make pessimistic comment": the words condemn someone.
    text = "“That means an unqualified loose cannon is within reach of the presidency,” warned Hillary Clinton."
    events = quote_events(text, "That means an unqualified loose cannon is within reach of the presidency",
                          "Hillary Clinton", "warned", name="Hillary Clinton", kind="direct")
    assert [e.cameo for e in events] == ["111"]


def test_denying_someone_a_word_of_approval_criticizes_them(quote_events):
    # CAMEO 111 "Criticize or denounce": "His comments are not helping" condemns; "it is not right to wait"
    # judges no one.
    text = "“His comments are not helping,” Senator Susan Collins said."
    [event] = quote_events(text, "His comments are not helping", "Senator Susan Collins", "said", kind="direct")
    assert event.cameo == "111"
    text = "“It is not right to wait for the vote,” Senator Susan Collins said."
    [event] = quote_events(text, "It is not right to wait for the vote", "Senator Susan Collins", "said", kind="direct")
    assert event.cameo == "010"


def test_a_statement_a_quote_names_is_what_it_criticizes(quote_events):
    # CAMEO 111 "Criticize or denounce": "remarks" and "comment" are what is judged, not statements the quote
    # reports; the criticism is aimed at their author.
    text = ("Donald Trump's remarks about the judge were the definition of a racist comment, "
            "Mitch McConnell said on Tuesday.")
    events = quote_events(text, "Donald Trump's remarks about the judge were the definition of a racist comment",
                          "Mitch McConnell", "said", name="Mitch McConnell", kind="indirect", published="2016-06-09")
    assert [(e.cameo, e.source.country, e.target and e.target.name) for e in events] == [
        ("111", "USA", "Donald Trump")]


def test_a_statement_cued_by_a_noun_of_criticism_is_criticism(events_of):
    # CAMEO 111 "Criticize or denounce": "Obama, whose criticism of Trump has sharpened" criticises Trump.
    text = "President Barack Obama, whose criticism of Donald Trump has sharpened, left Hanoi on Tuesday."
    events = events_of(text)
    assert [(e.source.country, e.target.country, e.cameo) for e in events if e.quote_id] == [("USA", "USA", "111")]


def test_being_critical_of_someone_is_criticism(events_of):
    # CAMEO 111 "Criticize or denounce": "was critical of Obama's leadership" denounces Obama; data/adjectives.tsv.
    text = "On Sunday, Donald Trump was critical of Barack Obama's leadership."
    events = events_of(text, published="2015-12-07")
    assert [(e.source.country, e.target.country, e.cameo) for e in events] == [("USA", "USA", "111")]


def test_being_supportive_of_a_deal_endorses_it(events_of):
    # CAMEO 051 "Praise or endorse": "has been supportive of the deal with Iran".
    events = events_of("Hillary Clinton has been supportive of the deal with Iran.", published="2015-12-07")
    assert [(e.source.country, e.target.country, e.cameo) for e in events] == [("USA", "IRN", "051")]


def test_an_adjective_of_stance_without_whom_it_is_about_names_no_act(events_of):
    # A critical moment, or a person critical to success, criticizes no one (no CAMEO 111).
    events = events_of("Donald Trump is critical to the party's success, Paul Ryan said.", published="2015-12-07")
    assert not any(e.cameo.startswith("11") for e in events)


def test_calling_what_a_rival_says_wrong_is_criticism(events_of, source_and_code):
    # CAMEO 111 "Criticize or denounce".
    text = "“What you are hearing from Donald Trump is absolutely wrong,” Hillary Clinton said."
    assert source_and_code(events_of(text)) == [("USA", "111")]


def test_nothing_wrong_is_no_criticism(events_of, source_and_code):
    # CAMEO 010 "Make statement, not specified below": "nothing wrong" condemns nothing.
    assert source_and_code(events_of("“There is nothing wrong with that,” Senator Bernie Sanders said.")) == [
        ("USA", "010")]


@pytest.mark.parametrize("text", ["“She took it upon herself to prove them wrong,” Senator Bernie Sanders said.",
                                  "“Something went wrong,” Senator Bernie Sanders said."])
def test_an_outcome_gone_wrong_is_no_criticism(events_of, source_and_code, text):
    # CAMEO 111 "Criticize or denounce" condemns someone or something; "went wrong" tells how things turned out.
    assert source_and_code(events_of(text)) == [("USA", "010")]


def test_words_of_contempt_in_a_statement_are_criticism(events_of, source_target_code):
    # CAMEO 111 "Criticize or denounce": a statement that calls someone "a lightweight" or "a loser" condemns them.
    text = '"He is a total lightweight and a loser," Donald Trump said of Marco Rubio.'
    assert source_target_code(events_of(text, published="2016-02-27")) == [("USA", "USA", "111")]


def test_words_of_hope_make_a_statement_optimistic(events_of, cameos):
    # CAMEO 013 "Make optimistic comment": a negated word of hope is none.
    assert cameos(events_of("“I am optimistic about the future of the party,” Paul Ryan said.")) == ["013"]
    assert "013" not in cameos(events_of("“I am not optimistic about the future of the party,” Paul Ryan said."))


def test_hoping_so_is_an_optimistic_comment(quote_in, article_events, from_quotes):
    # CAMEO 013 "Make optimistic comment"; 020 "Make an appeal or request" would need someone asked to act.
    text = "“I hope so,” Hillary Clinton said."
    quote = quote_in(text, "I hope so", "Hillary Clinton", "said", kind="direct", name="Hillary Clinton")
    assert [e.cameo for e in from_quotes(article_events(text, quote))] == ["013"]


def test_suggesting_what_was_is_no_appeal(quote_in, article_events, from_quotes):
    # CAMEO 020 "Make an appeal or request" asks someone to act; "suggested that the policy was a mistake" states
    # a view (as "insisted that ..." does).
    text = "Bernie Sanders suggested that the policy was a mistake."
    quote = quote_in(text, "the policy was a mistake", "Bernie Sanders", "suggested", name="Bernie Sanders")
    assert [e.cameo[:2] for e in from_quotes(article_events(text, quote))] == ["01"]


def test_a_warning_about_a_danger_is_a_pessimistic_comment(article_events, cameos):
    # CAMEO 012 "Make pessimistic comment"; 13 "Threaten" is a warning that the speaker will act against someone.
    assert cameos(article_events("A German warning about a new world war serves as a reminder.")) == ["012"]


def test_a_warning_to_another_country_is_still_a_threat(article_events):
    # CAMEO 130 "Threaten, not specified below": a warning addressed to Russia.
    [event] = article_events("Germany issued a warning to Russia about consequences.")
    assert event.cameo == "130" and event.target.country == "RUS"


def test_defending_oneself_against_claims_denies_them(events_of, source_target_code):
    # CAMEO 016 "Deny responsibility": defending oneself against claims, answering accusations or refuting a
    # story denies what is claimed; the accusations are not the speaker's (no 112 "Accuse").
    text = "Ben Carson defended himself against claims that he exaggerated his life story."
    assert source_target_code(events_of(text, published="2016-08-05")) == [("USA", None, "016")]
    text = "Ben Carson responded on Sunday to accusations that he exaggerated his life story."
    responded = source_target_code(events_of(text, published="2016-08-05"))
    assert [code for _, _, code in responded] == ["016"]
    text = "Ben Carson continued to refute a Politico story about his claim."
    assert [code for _, _, code in source_target_code(events_of(text, published="2016-08-05"))] == ["016"]


def test_pleas_for_money_on_someones_behalf_rally_support(events_of, source_target_code):
    # CAMEO 053 "Rally support on behalf of": "sent fundraising pleas on Canova's behalf".
    text = "Donald Trump sent fundraising pleas on Paul Ryan's behalf."
    assert [c for _, _, c in source_target_code(events_of(text))] == ["053"]


def test_throwing_support_behind_a_candidate_endorses_them(events_of):
    # CAMEO 051 "Praise or endorse".
    events = events_of("Carly Fiorina threw her support behind Sen. Ted Cruz on Wednesday.")
    assert [(e.cameo, e.target.text if e.target else None) for e in events] == [("051", "Sen. Ted Cruz")]


def test_embracing_a_candidate_endorses_them_but_leaders_embracing_do_not(events_of, cameos):
    # CAMEO 051 "Praise or endorse": "quick to embrace the mogul"; two leaders who embrace greet each other.
    assert "051" in cameos(events_of("Mitch McConnell was quick to embrace Donald Trump after the primary."))
    assert "051" not in cameos(events_of("The two leaders embraced at the airport."))


def test_a_meeting_with_a_man_the_text_describes_is_a_meeting(events_of, source_and_code):
    # CAMEO 040 "Consult, not specified below": "meet with the man he is seeking to succeed" meets a person.
    text = "Senator Bernie Sanders went to the White House on Wednesday to meet with the man he is seeking to succeed."
    assert ("USA", "040") in source_and_code(events_of(text, published="2016-03-09"))


def test_one_named_person_calling_another_is_a_telephone_call(events_of, source_target_code):
    # CAMEO 041 "Discuss by telephone": "Xi Jinping called Joe Biden on Tuesday" names no one a name; "called Cruz a
    # liar" does, and is a criticism (111 "Criticize or denounce").
    text = "Chinese President Xi Jinping called Joe Biden on Tuesday."
    assert source_target_code(events_of(text, published="2021-02-10")) == [("CHN", "USA", "041")]
    text = "Donald Trump called Ted Cruz a liar on Tuesday."
    assert source_target_code(events_of(text, published="2016-08-05")) == [("USA", "USA", "111")]


def test_a_call_to_someone_to_do_something_is_a_telephone_call(events_of, source_target_code):
    # CAMEO 041 "Discuss by telephone": "called Joe Biden to congratulate him" says what the call was for.
    text = "Chinese President Xi Jinping called Joe Biden to congratulate him on his victory."
    assert ("CHN", "USA", "041") in source_target_code(events_of(text, published="2020-11-25"))


def test_a_called_person_the_parser_reads_as_a_name_given_is_the_calls_target(events_of, source_target_code):
    # CAMEO 041 "Discuss by telephone": the small model parses "called Donald Trump on Tuesday" like "called him
    # Donald Trump" (an object predicate); with no direct object beside it, the named person is the one called.
    text = "Xi Jinping called Donald Trump on Tuesday to discuss trade."
    assert ("CHN", "USA", "041") in source_target_code(events_of(text, published="2017-04-20"))


def test_a_call_to_someone_to_do_something_is_the_callers_act_and_no_appeal(events_of, source_target_code):
    # CAMEO 041 "Discuss by telephone" and 051 "Praise or endorse": the caller congratulates; 02 "Make an appeal or
    # request" needs "called on" ("called on Putin to withdraw", 0256 "Appeal for de-escalation of military engagement").
    text = "Putin called Biden to congratulate him on his victory."
    events = source_target_code(events_of(text, published="2020-12-15"))
    assert ("RUS", "USA", "041") in events and sorted(code for *_, code in events) == ["041", "051"]
    text = "Xi called Trump on Tuesday to discuss trade."
    assert not [code for *_, code in source_target_code(events_of(text, published="2017-04-20")) if code.startswith("02")]
    text = "Merkel called on Putin to withdraw his troops."
    assert {code[:2] for *_, code in source_target_code(events_of(text, published="2020-12-15"))} == {"02"}


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        # CAMEO 0254 "Appeal for easing of economic sanctions, boycott, or embargo": made on Washington.
        ("Cuba called on Washington to end its trade embargo against the island.", "0254", "USA"),
        # CAMEO 0255 "Appeal for target to allow international involvement": Moscow is to allow the monitors.
        ("EU foreign ministers called on Moscow to allow OSCE monitors back into Chechnya.", "0255", "RUS"),
        # CAMEO 0234 "Appeal for military protection or peacekeeping": made to the UN.
        ("Bosnia appealed to the United Nations to send more peacekeepers.", "0234", "IGO"),
    ],
)
def test_an_appeal_for_an_act_is_made_on_whom_it_is_addressed_to(sentence_events, text, code, target):
    events = sentence_events(text)
    assert [(e.cameo, e.target and (e.target.country or e.target.code[:3])) for e in events] == [(code, target)]


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        # CAMEO 110 "Disapprove": opposition voiced to a sale is aimed at the seller; "opposition" is no party.
        ("China expressed firm opposition to the U.S. arms sale to Taiwan.", "110", "USA"),
        # CAMEO 012 "Make pessimistic comment": concern over another's buildup.
        ("China voiced concern over the U.S. military buildup in the region.", "012", "USAMIL"),
        # CAMEO 163 "Impose embargo, boycott, or sanctions": retaliation in tariffs is no armed force (190).
        ("China retaliated with tariffs on American soybeans.", "163", "USA"),
        # CAMEO 016 "Deny responsibility": rejecting accusations denies them.
        ("China rejected the U.S. accusations as groundless.", "016", None),
    ],
)
def test_diplomatic_stances_and_retaliation(sentence_events, text, code, target):
    events = sentence_events(text)
    assert [(e.source.code, e.cameo) for e in events][:1] == [("CHN", code)]
    if target:
        assert events[0].target.code == target


def test_a_people_noun_the_act_names_with_a_determiner_is_its_target(sentence_events):
    # CAMEO 114 "Complain officially": the ambassador summoned is the one complained to, not a word of the act.
    [event] = sentence_events("Beijing summoned the U.S. ambassador to the foreign ministry.")
    assert (event.cameo, event.target.code) == ("114", "USAGOV")


def test_hitting_back_at_criticism_answers_words_with_words(sentence_events):
    # CAMEO 111 "Criticize or denounce" by the one hitting back; "Israel hit back at Hamas with air strikes" is
    # 195 "Employ aerial weapons".
    assert [(e.source.code, e.target.country, e.cameo) for e in sentence_events(
        "Beijing hit back at Washington's criticism.")] == [("CHNGOV", "USA", "111")]
    assert [e.cameo for e in sentence_events("Israel hit back at Hamas with air strikes.")] == ["195"]


def test_verbs_joined_on_one_object_share_it_as_target(sentence_events):
    # CAMEO 111 "Criticize or denounce" and 120 "Reject", both aimed at the US whose report it is.
    events = sentence_events("China condemned and rejected the U.S. report.")
    assert sorted((e.cameo, e.target.country) for e in events) == [("111", "USA"), ("120", "USA")]


def test_appreciating_a_question_praises_no_one(events_of):
    # No CAMEO 051 "Praise or endorse": thanks for a question is politeness, a plain statement (010).
    events = events_of("“I appreciate the question,” Donald Trump said.", published="2016-03-01")
    assert [e.cameo for e in events] == ["010"]


def test_a_target_told_by_a_preposition_is_its_object_not_the_preposition(sentence_events):
    # Provenance: the target mention is "Haiti", not "to Haiti".
    [event] = sentence_events("Cuba sent doctors to Haiti after the earthquake.")
    assert (event.target.text, event.target.code) == ("Haiti", "HTI")


def test_a_deadline_given_to_another_is_an_ultimatum(sentence_events):
    # CAMEO 139 "Give ultimatum".
    events = sentence_events("The Security Council gave Iraq a deadline to comply.")
    assert [(e.cameo, e.target.country) for e in events] == [("139", "IRQ")]


def test_a_raised_military_alert_mobilizes(sentence_events):
    # CAMEO 152 "Increase military alert status".
    assert [e.cameo for e in sentence_events("Pakistan increased its military alert along the Indian border.")] == ["152"]


@pytest.mark.parametrize(("text", "code"), [
    # CAMEO 144 "Obstruct passage, block": 191 "Impose blockade, restrict movement" is an armed force's act.
    ("Protesters blockaded the parliament building.", "144"),
    # CAMEO 145 "Protest violently, riot": 190 "Use conventional military force" is an armed force's act.
    ("Rioters clashed with police in Athens.", "145"),
    ("Greek protesters clashed with police in Athens.", "145"),
    ("Protesters torched cars in the capital.", "145"),
    ("French fishermen blockaded Channel ports on Monday.", "144"),
    ("Truckers blockaded the border crossing at Beitbridge.", "144"),
])
def test_civilians_who_blockade_obstruct_and_civilians_who_fight_riot(sentence_events, text, code):
    assert sentence_events(text)[0].cameo == code


def test_relations_broken_by_any_verb_are_broken_relations(sentence_events):
    # CAMEO 161 "Reduce or break diplomatic relations".
    events = sentence_events("Venezuela broke diplomatic relations with Israel.")
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("161", "VEN", "ISR")]


def test_the_country_of_the_doers_own_title_is_not_the_target(sentence_events):
    # CAMEO 042 "Make a visit": the visit goes to Washington; "Indian" only says whose prime minister.
    events = sentence_events("The Indian prime minister's visit to Washington ended on Friday.")
    assert [(e.cameo, e.source.code, e.target.country) for e in events] == [("042", "INDGOV", "USA")]


@pytest.mark.parametrize(("text", "code"), [
    # CAMEO 011 "Decline comment".
    ("The White House declined to comment on the report.", "011"),
    # CAMEO 120 "Reject": declining to do something is no refusal to comment.
    ("Austria declined to join the coalition.", "120"),
])
def test_declining_to_say_declines_comment_and_declining_to_act_rejects(sentence_events, text, code):
    assert sentence_events(text)[0].cameo == code


def test_recognizing_someone_as_president_grants_recognition(events_of):
    # CAMEO 054 "Grant diplomatic recognition".
    events = events_of("The United States recognized Juan Guaido as interim president.", published="2019-01-24")
    assert [(e.cameo, e.source.country) for e in events] == [("054", "USA")]


def test_hours_given_to_act_are_an_ultimatum(sentence_events):
    # CAMEO 139 "Give ultimatum".
    assert sentence_events("Israel gave Hamas 24 hours to release the hostages.")[0].cameo == "139"


def test_a_concession_to_no_one_named_is_made_at_home_and_a_resignation_to_no_one(sentence_events):
    # PLOVER CONCEDE (CAMEO 0814 "Ease state of emergency or martial law"): with no one named, the doer's own
    # country; RETREAT (0831 "Accede to demands for change in leadership", a resignation) has no target.
    [lifted] = sentence_events("Sudan's government lifted a state of emergency in West Darfur on Sunday.")
    assert (lifted.cameo, lifted.source.country, lifted.target.country) == ("0814", "SDN", "SDN")
    [resigned] = sentence_events("Georgian President Eduard Shevardnadze resigned on Sunday.")
    assert (resigned.cameo, resigned.target) == ("0831", None)


def test_an_inquiry_into_what_befell_no_one_named_is_made_at_home(sentence_events):
    # CAMEO 090 "Investigate, not specified below": with no one named, the doer's own country.
    [inquiry] = sentence_events("Egyptian authorities are looking into the sinking of a Red Sea ferry that left "
                                "hundreds dead, the transport ministry said on Sunday.")
    assert (inquiry.cameo, inquiry.source.country, inquiry.target.country) == ("090", "EGY", "EGY")


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Syria rushed thousands of troops to its border with Turkey on Monday.", "154", "SYR", "TUR"),
    ("India began shifting troops from its border with China to the frontier with Pakistan.", "154", "IND", "PAK"),
    ("Greece massed some 5,000 soldiers along its border with Albania.", "154", "GRC", "ALB"),
    # A border no "with" names is of the country whose it is.
    ("Russia has massed about 100,000 troops near Ukraine's borders.", "154", "RUS", "UKR"),
    ("Turkey massed troops along the Syrian border, Turkish newspapers reported.", "154", "TUR", "SYR"),
    # CAMEO 150 "Demonstrate military or police power": the border may hang on the verb that stages the show, or on
    # what the sentence goes on to tell of it.
    ("Russia staged a show of force near Georgia's northern border on Wednesday.", "150", "RUS", "GEO"),
    ("North Korea staged a show of military force along the demilitarised zone, deploying armoured units near the "
     "border with South Korea.", "150", "PRK", "KOR"),
])
def test_a_show_of_force_at_a_border_faces_the_country_across_it_not_the_troops_moved(
        sentence_events, text, code, source, target):
    # CAMEO 154 "Mobilize or increase armed forces": the troops are the doer's own; a border left behind is no target.
    events = sentence_events(text)
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [(code, source, target)]


@pytest.mark.parametrize(("text", "target"), [
    ("Iran paraded missiles and drones through Tehran in a display of military might aimed at Israel.", "ISR"),
    ("China sailed an aircraft carrier through the strait on Monday in a show of force aimed at Japan.", "JPN"),
])
def test_a_show_of_force_is_aimed_at_whom_its_own_phrase_says(sentence_events, text, target):
    # CAMEO 150 "Demonstrate military or police power": whom the display is "aimed at" is whom it is shown to, not
    # the doer's own country.
    assert [(e.cameo[:2], e.target.country) for e in sentence_events(text)] == [("15", target)]


@pytest.mark.parametrize(("text", "targets"), [
    ("Two Russian strategic bombers flew close to Alaska on Tuesday in a show of force.", ["USA"]),
    ("China flew fighter jets near Taiwan in a show of force.", ["TWN"]),
    ("Russia massed troops near Ukraine.", ["UKR"]),
])
def test_a_show_of_force_faces_the_place_it_is_staged_near(sentence_events, text, targets):
    # CAMEO 150 "Demonstrate military or police power" and 154 "Mobilize or increase armed forces": the country the
    # forces are moved near, told on the verb whose "in" phrase the show is or on the forces, is whom it faces.
    assert [e.target.country for e in sentence_events(text)] == targets


@pytest.mark.parametrize(("text", "target"), [
    ("Thailand extradited Russian arms dealer Viktor Bout to the United States on Tuesday.", "USA"),
    ("Kenyan police handed over files on suspected al Qaeda operatives to U.S. investigators.", "USA"),
])
def test_a_handing_over_is_aimed_at_whom_it_goes_to_not_at_who_is_handed_over(sentence_events, text, target):
    # CAMEO 063 "Engage in judicial cooperation" and 064 "Share intelligence or information": the cooperation is
    # with the state that receives the suspect or the files, whatever country they are of.
    assert [e.target.country for e in sentence_events(text)] == [target]


def test_a_demand_to_hand_someone_over_is_aimed_at_whom_it_is_made_of(sentence_events):
    # CAMEO 1032 "Demand military aid": the demand is made of Russia, not of the forces the tanks should go to.
    text = ("The Afghan Northern Alliance demanded that Russia deliver more tanks and ammunition to its forces in the "
            "Panjshir valley.")
    assert [(e.cameo, e.target.country) for e in sentence_events(text)] == [("1032", "RUS")]


@pytest.mark.parametrize("text", [
    "Thailand pulled back troops and artillery from its border with Cambodia on Sunday, a Thai army spokesman said.",
    "Thailand withdrew its troops from the border with Cambodia.",
])
def test_a_retreat_from_a_border_is_aimed_at_the_country_across_it_not_the_troops_moved(sentence_events, text):
    # CAMEO 0874 "Retreat or surrender militarily": the troops pulled back are the doer's own.
    assert [(e.cameo, e.source.country, e.target.country) for e in sentence_events(text)] == [("0874", "THA", "KHM")]


@pytest.mark.parametrize(("text", "code", "target"), [
    ("Houthi drones struck fuel trucks in Abu Dhabi on Monday.", "195", "ARE"),
    ("Rebels hit a bus in Kandahar.", "190", "AFG"),
])
def test_a_weapon_or_armed_people_hitting_anything_is_an_attack(sentence_events, text, code, target):
    # CAMEO 190 "Use conventional military force", 195 "Employ aerial weapons": a verb of hitting whose subject is
    # armed is a blow whatever it hits, not only the targets verbs.tsv lists; drones give the finer code.
    assert [(e.cameo, e.target.country) for e in sentence_events(text)] == [(code, target)]


@pytest.mark.parametrize(("text", "code"), [
    # CAMEO 073 "Provide humanitarian aid": "emergency supplies" are aid, no 1724 "Impose state of emergency".
    ("Britain sent emergency supplies to Armenia.", "073"),
    # CAMEO 1724 "Impose state of emergency or martial law": "emergency" names the act with "rule".
    ("The army imposed emergency rule in the capital.", "1724"),
])
def test_emergency_before_a_noun_describes_it_unless_the_noun_is_a_rule(sentence_events, text, code):
    assert [e.cameo for e in sentence_events(text)] == [code]


def test_a_verb_of_hitting_with_an_unarmed_subject_needs_a_listed_target(sentence_events):
    # "hit" alone is no attack: protesters hitting a record or a wall are not CAMEO 190.
    assert not [e for e in sentence_events("Exports hit a record in March.") if e.cameo.startswith("19")]


@pytest.mark.parametrize(("text", "code"), [
    ("Tunisian authorities suspended two opposition newspapers on Monday.", "1721"),
    ("Chinese authorities tore down a church in Zhejiang province.", "1712"),
    ("The army and the rebels traded gunfire for hours.", "193"),
    ("Moscow eased visa requirements for Georgian citizens on Wednesday.", "081"),
    ("The African Union suspended Mali from its councils on Monday.", "160"),
    ("A mob hacked to death three men in a village in Gujarat on Thursday.", "1823"),
    ("Youths threw stones at police in Nablus.", "145"),
    ("Jakarta dispatched 1,500 riot police to Ambon on Wednesday.", "153"),
    ("France mobilized 90,000 police officers and gendarmes for New Year's Eve.", "153"),
    ("Britain mobilised 5,000 police officers for the summit.", "153"),
    ("Denmark handed Greenland broad self-rule on Sunday.", "0834"),
    ("Turkish troops moved into the buffer zone on Sunday.", "192"),
    ("Azerbaijan set up a checkpoint at the entrance to the corridor on Sunday.", "191"),
    ("The World Bank froze new lending to Uganda on Tuesday.", "1621"),
    ("Eritrea rejected an invitation to attend proximity talks with Ethiopia in Washington.", "125"),
    ("Spain's Constitutional Court cleared the Basque coalition Bildu to run in municipal elections.", "0812"),
    ("Ethiopia unblocked more than 250 websites and blogs on Friday.", "0811"),
    ("A Chinese coast guard vessel rammed a Vietnamese fishing boat near the Paracel Islands.", "190"),
    ("Dutch farmers rammed the doors of the provincial government building with a tractor.", "145"),
])
def test_verb_patterns_of_wire_copy(sentence_events, text, code):
    # CAMEO 1721 "Impose restrictions on political freedoms", 1712 "Destroy property", 193 "Fight with small arms",
    # 081 "Ease administrative sanctions", 160 "Reduce relations", 1823 "Kill by physical assault", 145 "Protest
    # violently, riot", 153 "Mobilize police power", 192 "Occupy territory", 191 "Impose blockade, restrict movement",
    # 0834 "Accede to demands for change in institutions, regime", 1621 "Reduce or stop economic assistance", 125
    # "Reject proposal to meet, discuss, or negotiate", 0812 "Ease ban on political parties or politicians", 0811 "Ease
    # restrictions on political freedoms", 190 "Use conventional military force", 145 "Protest violently, riot".
    assert code in {e.cameo for e in sentence_events(text)}


def test_a_city_a_document_is_named_after_is_no_party_to_it(sentence_events):
    # CAMEO 057 "Sign formal agreement": Lusaka, Zambia's capital, only names the protocol.
    text = "The Angolan government and UNITA rebels put their signatures to the Lusaka Protocol on Sunday."
    events = sentence_events(text)
    assert triples(events) == {("057", "AGO", "AGO")}
    # Lowercased and tagged as an adjective before "peace protocol", it is still only the protocol's name.
    repudiated = sentence_events("UNITA leader Jonas Savimbi repudiated the Lusaka peace protocol with the Angolan "
                                 "government on Wednesday.")
    assert [e.target.country for e in repudiated] == ["AGO"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Britain paused all military aid to Saudi Arabia on Monday.", ("1622", "GBR", "SAU"),
                 id="aid paused is aid halted"),
    pytest.param("The U.S. Commerce Department on Thursday added 36 Chinese companies to its trade blacklist.",
                 ("163", "USA", "CHN"), id="a reporting verb whose preposition names the act"),
    pytest.param("China's military launched large-scale joint drills around Taiwan on Tuesday.", ("150", "CHN", "TWN"),
                 id="joint drills aimed at a country, not held with it"),
    pytest.param("French police put 5,000 officers on standby on Friday.", ("152", "FRA", "FRA"),
                 id="officers put on standby are the doer's own"),
])
def test_sanctions_and_shows_of_force_of_modern_wire_copy(sentence_events, text, expected):
    # CAMEO 1622 "Halt military aid", 163 "Impose embargo, boycott, or sanctions", 150 "Demonstrate military or
    # police power", 152 "Increase military alert status".
    assert [(e.cameo, e.source.country, e.target.country) for e in sentence_events(text)] == [expected]


def test_food_refused_in_protest_is_a_hunger_strike(sentence_events):
    # CAMEO 142 "Conduct hunger strike".
    assert "142" in {e.cameo for e in sentence_events("The jailed dissident has refused food for 30 days in protest.")}


def test_forces_sent_on_a_multinational_mission_keep_the_peace(events_of):
    # CAMEO 0334 "Express intent to provide military protection or peacekeeping", 074 "Provide military protection or
    # peacekeeping": not 138 "Threaten to use military force" nor 154 "Mobilize or increase armed forces".
    ready = ("Rwanda is ready to lead a multinational force in Mozambique and to deploy 800 police officers to help "
             "restore order, Foreign Minister Jean Nduhungirehe said on Friday.")
    assert [(e.cameo, e.source.country) for e in events_of(ready, published="2023-06-01")] == [("0334", "RWA")]
    landed = ("The first contingent of 300 Kenyan police officers landed in Port-au-Prince on Tuesday to lead a "
              "U.N.-backed multinational mission against armed gangs.")
    assert [e.cameo for e in events_of(landed, published="2023-06-01")] == ["074"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Chinese President Xi Jinping hosted Brazilian President Lula da Silva at the Great Hall of the People.",
                 [("043", "CHN", "BRA")], id="a guest hosted at a hall"),
    pytest.param("Trump hosted a rally at the city hall in Des Moines.", [], id="a rally hosted at a hall hosts no one"),
    pytest.param("Egypt hosted a summit in Cairo.", [("043", "EGY", None)], id="the host's own city is no guest"),
])
def test_whom_a_host_receives(sentence_events, text, expected):
    # CAMEO 043 "Host a visit".
    assert [(e.cameo, e.source.country, e.target.country if e.target else None) for e in sentence_events(text)] == expected


def test_a_group_named_by_an_act_is_no_act(sentence_events):
    # CAMEO 145 "Protest violently, riot", 070 "Provide aid": "riot police" and "aid workers" riot and aid no one.
    assert not sentence_events("Riot police and aid workers arrived at the camp on Monday.")


def test_forces_deployed_in_a_passive_are_the_places_not_the_reporting_witnesses(events_of):
    # CAMEO 153 "Mobilize police power": the state where they are deployed did it.
    text = "Hundreds of riot police were deployed in central Harare on Tuesday ahead of an opposition rally, witnesses said."
    assert [(e.cameo, e.source.country) for e in events_of(text, published="2023-06-01")] == [("153", "ZWE")]


def test_a_show_of_force_faces_whose_act_it_answers(sentence_events):
    # CAMEO 152 "Increase military alert status": the alert answers North Korea's launch.
    events = sentence_events("Japan raised its alert level on Friday after North Korea fired two missiles.")
    assert ("152", "JPN", "PRK") in {(e.cameo, e.source.country, e.target.country) for e in events if e.target}


def test_people_ordered_to_leave_a_country_are_expelled(sentence_events):
    # CAMEO 174 "Expel or deport individuals", not a demand that they travel ("leave for").
    text = "Belarus ordered a Polish correspondent to leave the country within 48 hours for what it called biased reporting."
    assert [(e.cameo, e.source.country, e.target.country) for e in sentence_events(text)] == [("174", "BLR", "POL")]


def test_a_plane_that_lands_carrying_aid_delivers_it(sentence_events):
    # CAMEO 073 "Provide humanitarian aid", not 042 "Make a visit".
    text = "A Spanish air force plane carrying 15 tonnes of medicine and blankets landed in Kabul on Tuesday."
    assert [(e.cameo, e.source.country, e.target.country) for e in sentence_events(text)] == [("073", "ESP", "AFG")]


@pytest.mark.parametrize(("text", "code"), [
    ("Two Hamas commanders were killed in an Israeli strike on their car in Gaza.", "190"),
    ("A French rail strike paralysed Paris on Monday.", "143"),
])
def test_a_strike_named_by_a_country_alone_is_an_attack(sentence_events, text, code):
    # CAMEO 190 "Use conventional military force", 143 "Conduct strike or boycott".
    assert code in {e.cameo for e in sentence_events(text)}


@pytest.mark.parametrize(("text", "code"), [
    # CAMEO 1421 "Conduct hunger strike for leadership change": the hunger strike, not the demand it presses.
    ("Opposition lawmakers in Togo began a hunger strike on Wednesday to press for President Gnassingbe Eyadema to "
     "step down.", "142"),
    # CAMEO 1431 "Conduct strike or boycott for leadership change".
    ("Haitian merchants shut their businesses in a general strike on Tuesday to force President Jean-Bertrand "
     "Aristide to resign.", "143"),
    # CAMEO 1441 "Obstruct passage to demand leadership change": "in a bid to" says what the blockade is for; the
    # bid is no proposal blocked (120).
    ("Ecuadorean Indians blocked the highway on Friday in a bid to force President Jamil Mahuad from office.", "144"),
    # CAMEO 143 "Conduct strike or boycott": members called out on strike are not called out (111).
    ("The National Union of Mineworkers called its members out on strike to oppose plans to raise royalties.", "143"),
])
def test_what_a_protest_presses_for_is_its_aim_not_an_act_of_its_own(sentence_events, text, code):
    events = sentence_events(text)
    assert max(events, key=lambda e: e.confidence).cameo == code
    assert not [e for e in events if e.cameo[:2] in ("08", "10")]


def test_a_common_adjective_of_a_noun_act_names_no_target(sentence_events):
    # CAMEO 143 "Conduct strike or boycott": the "general" of "a general strike" is no army general.
    events = sentence_events("Haitian merchants shut their businesses in a general strike on Tuesday.")
    assert [(e.cameo, e.target.text if e.target else "") for e in events] == [("143", "")]


def test_a_common_adjective_of_an_object_names_no_target(sentence_events):
    # CAMEO 150 "Demonstrate military or police power": the "military" of "its military might" is no army.
    events = sentence_events("North Korea paraded its military might through the streets of Pyongyang on Sunday.")
    assert [(e.cameo, e.target.text if e.target else "") for e in events] == [("150", "")]


def test_saying_no_to_a_plan_rejects_it(sentence_events):
    # CAMEO 120 "Reject, not specified below": "said no to the reunification plan".
    events = sentence_events("Greek Cypriots said no to the United Nations reunification plan in a referendum.")
    assert [(e.cameo, e.source.country, e.target and e.target.code) for e in events] == [("120", "CYP", "IGOUNO")]


def test_voicing_reservations_disapproves(sentence_events):
    # CAMEO 110 "Disapprove, not specified below": "voiced reservations about Ankara's treatment of deputies".
    events = sentence_events("Stockholm voiced reservations about Ankara's treatment of jailed Kurdish deputies.")
    assert [(e.cameo, e.target.country) for e in events] == [("110", "TUR")]


def test_a_poison_gas_released_on_a_citys_subway_is_a_chemical_attack_on_its_people(sentence_events):
    # CAMEO 2041 "Use chemical, biological, or radiological weapons", not 0841 "Return, release person(s)"; a thing
    # of a city names its people, not its government.
    events = sentence_events("Members of the Aum Shinrikyo sect released sarin nerve gas on the Tokyo subway.")
    assert [(e.cameo, e.source.code, e.target.code) for e in events] == [("2041", "JPNREB", "JPN")]


def test_scaling_back_ties_reduces_relations(sentence_events):
    # CAMEO 161 "Reduce or break diplomatic relations": "scaled back its ties with Jordan".
    events = sentence_events("Kuwait scaled back its ties with Jordan over Amman's stance during the Gulf crisis.")
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("161", "KWT", "JOR")]


@pytest.mark.parametrize(("text", "code", "target"), [
    ("The United Nations withdrew its aid workers from Somalia.", "1663", "SOM"),
    ("The United Nations threatened to pull its aid workers out of Afghanistan.", "1311", "AFG"),
])
def test_aid_workers_withdrawn_are_the_doers_own_and_the_country_left_the_target(sentence_events, text, code, target):
    # CAMEO 1663 "Expel or withdraw aid agencies", 1311 "Threaten to reduce or stop aid".
    assert [(e.cameo, e.target.country) for e in sentence_events(text)] == [(code, target)]


@pytest.mark.parametrize(("text", "code"), [
    ("Thousands of Kenyans gathered in Nairobi on Friday to call for the resignation of President Moi.", "1411"),
    ("Thousands of Kenyans assembled in Nairobi on Friday to demand political reforms.", "141"),
    ("European leaders gathered in Brussels to call for a ceasefire in Bosnia.", "0256"),
])
def test_what_a_crowd_gathers_to_ask_for_is_a_demonstration(sentence_events, text, code):
    # CAMEO 1411 "Demonstrate for leadership change", 141 "Demonstrate or rally"; leaders who gather to call for a
    # ceasefire still appeal (0256 "Appeal for de-escalation of military engagement").
    assert [e.cameo for e in sentence_events(text)] == [code]


@pytest.mark.parametrize("text", [
    "Thousands of protesters gathered in Cairo on Friday to demand the resignation of the government.",
    "Thousands gathered in Cairo on Friday to demand the resignation of the government.",
])
def test_a_crowd_that_gathers_to_demand_is_of_the_place_it_gathers_in_on_its_day(sentence_events, text):
    # CAMEO 1411 "Demonstrate for leadership change": the crowd, named by no country or only by its number, is of
    # the city it gathers in, and the rally is on the day it gathers.
    events = sentence_events(text, published="2011-02-01")
    assert [(e.cameo, e.source.country, e.date) for e in events] == [("1411", "EGY", "2011-01-28")]


def test_two_countries_opening_a_rail_link_cooperate_economically(sentence_events):
    # CAMEO 061 "Cooperate economically", not 086 for the access it gives in a participle clause.
    events = sentence_events("Iran and Turkmenistan opened a new rail link between Mashhad and Tejen, giving Central "
                             "Asian exporters access to Gulf ports.")
    assert sorted((e.cameo, e.source.country, e.target.country) for e in events) == [
        ("061", "IRN", "TKM"), ("061", "TKM", "IRN")]


@pytest.mark.parametrize(("text", "target"), [
    ("Russian forces sealed off the Chechen capital Grozny, cutting off supplies to rebel fighters.", "RUS"),
    ("Israeli troops sealed off the West Bank town of Hebron on Friday.", "PSE"),
])
def test_sealing_off_a_town_is_a_blockade_of_it(sentence_events, text, target):
    # CAMEO 191 "Impose blockade, restrict movement": the town sealed off (a particle's object) is the target.
    assert [(e.cameo, e.target.country) for e in sentence_events(text)] == [("191", target)]


@pytest.mark.parametrize(("text", "code", "target"), [
    # 0841 "Return, release person(s)": "set free" names the release ("free" is read as the object's adjective).
    ("Chechen rebels set free two Polish aid workers on Monday.", "0841", "POL"),
    # 182 "Physically assault".
    ("Pro-government militiamen in Zimbabwe roughed up opposition lawmakers in Harare.", "182", "ZWE"),
    # 164 "Halt negotiations", not 190 for the verb "storm" alone.
    ("North Korean negotiators stormed out of talks with Japan on Wednesday.", "164", "JPN"),
    # 054 "Grant diplomatic recognition".
    ("Tokyo extended formal recognition to East Timor on Monday.", "054", "TLS"),
    # 150 "Demonstrate military or police power, not specified below": drills staged as a show of force.
    ("Chinese warships staged live-fire drills in a show of force aimed at Taipei.", "150", "TWN"),
    # 1623 "Reduce or stop humanitarian assistance".
    ("The World Food Programme suspended relief flights into southern Sudan.", "1623", "SDN"),
    # 160 "Reduce relations, not specified below": "pulled the plug on" a programme.
    ("The International Monetary Fund pulled the plug on its loan programme for Papua New Guinea.", "160", "PNG"),
    # 061 "Cooperate economically": a pipeline thrown open.
    ("Iran and Turkmenistan threw open a new gas pipeline between the two countries.", "061", "TKM"),
    # 139 "Give ultimatum": Karen rebels, with their role word, are Burma's.
    ("The Thai army gave Karen rebels 48 hours to leave the camp.", "139", "MMR"),
])
def test_acts_told_in_wire_copy_idioms(sentence_events, text, code, target):
    events = sentence_events(text)
    assert (code, target) in [(e.cameo, e.target and e.target.country) for e in events]


@pytest.mark.parametrize("text", [
    "Hanoi is keen to hold talks with Bangkok, officials said.",
    "Iran is eager to resume talks with Iraq.",
])
def test_being_keen_or_eager_to_act_is_an_intent(sentence_events, text):
    # CAMEO 036 "Express intent to meet or negotiate", not 040 "Consult": the talks are wished for, not held.
    assert [e.cameo for e in sentence_events(text)] == ["036"]


def test_a_hartal_enforced_is_a_general_strike(sentence_events):
    # CAMEO 143 "Conduct strike or boycott".
    events = sentence_events("Bangladesh's opposition enforced a three-day nationwide hartal on Sunday.")
    assert [(e.cameo, e.source.country) for e in events] == [("143", "BGD")]


@pytest.mark.parametrize(("text", "target"), [
    ("Malaysia refused to abandon its capital controls despite pressure from the International Monetary Fund.",
     "IGOIMF"),
    ("Prime Minister Margaret Thatcher refused to change her policy on sanctions against South Africa despite "
     "pressure from Commonwealth leaders.", "IGO"),
])
def test_a_refusal_despite_pressure_is_aimed_at_whoever_pressed(sentence_events, text, target):
    # CAMEO 12 "Reject": what was refused was pressed for by the IMF and the Commonwealth, not by South Africa.
    events = sentence_events(text)
    assert [e.target.code[: len(target)] for e in events if e.cameo.startswith("12")] == [target]


@pytest.mark.parametrize(("text", "code"), [
    # 0862 "Receive inspectors": a site opened to them, or the inspectors received (not 043 "Host a visit").
    ("Tehran opened its Natanz enrichment plant to U.N. nuclear inspectors on Saturday.", "0862"),
    ("Baghdad received the U.N. inspectors on Monday.", "0862"),
    # 086 "Allow international involvement, not specified below".
    ("Khartoum opened its doors to U.N. human rights monitors in Darfur.", "086"),
])
def test_opening_a_site_to_inspectors_or_receiving_them_allows_international_involvement(sentence_events, text, code):
    assert [e.cameo for e in sentence_events(text)] == [code]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("South Korea suspended all non-humanitarian exchanges with North Korea on Monday.", "KOR", "PRK"),
    ("China suspended military contacts with the United States on Monday.", "CHN", "USA"),
])
def test_suspending_exchanges_or_contacts_is_one_sides_cut_in_relations(sentence_events, text, source, target):
    # CAMEO 160 "Reduce relations, not specified below": exchanges, though mutual, are cut by one side.
    events = sentence_events(text)
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("160", source, target)]


@pytest.mark.parametrize(("text", "code"), [
    # CAMEO 060 "Engage in material cooperation, not specified below": battling fires side by side is no fight.
    ("Chilean and Argentine firefighters battled side by side on Sunday to contain forest fires.", "060"),
    # CAMEO 062 "Cooperate militarily": armed sides who fight shoulder to shoulder fight with each other.
    ("Israeli and Egyptian troops fought side by side against Islamist militants in Sinai.", "062"),
])
def test_sides_of_two_countries_fighting_side_by_side_cooperate_instead_of_fighting_each_other(
        sentence_events, text, code):
    assert {e.cameo for e in sentence_events(text)} == {code}


def test_sides_of_two_countries_fighting_each_other_still_fight(sentence_events):
    # CAMEO 190 "Use conventional military force": with no "side by side", two armies that battle fight each other.
    assert {e.cameo for e in sentence_events("Israeli and Syrian troops battled on the Golan.")} == {"190"}


def test_sides_that_jointly_attack_a_named_foe_attack_it(sentence_events):
    # CAMEO 190 "Use conventional military force": done together, an attack on someone named is still an attack.
    events = sentence_events("Syrian and Russian forces jointly attacked Turkish troops near Idlib.")
    assert {(e.cameo, e.target.code) for e in events} == {("190", "TURMIL")}


@pytest.mark.parametrize(("text", "target"), [
    ("Russian and Syrian warplanes struck Syrian rebels near Idlib.", "SYRREB"),
    ("US and Afghan troops attacked Taliban fighters in Helmand.", "AFGREB"),
])
def test_allies_of_two_countries_that_strike_a_third_party_strike_it_not_each_other(sentence_events, text, target):
    # CAMEO 190 "Use conventional military force": rebels of one side's country are none of the sides.
    events = sentence_events(text)
    assert {e.target.code for e in events} == {target} and len(events) == 2


@pytest.mark.parametrize(("text", "target"), [
    ("Moscow stepped up pressure on Kyiv on Monday.", "UKR"),
    ("The United States put heavy pressure on Venezuela this week.", "VEN"),
    ("Beijing ratcheted up pressure on Taiwan.", "TWN"),
])
def test_stepping_up_pressure_on_a_country_coerces_it(sentence_events, text, target):
    # CAMEO 170 "Coerce, not specified below": pressing someone by acts rather than words.
    assert {(e.cameo, e.target.country) for e in sentence_events(text)} == {("170", target)}


def test_bowing_to_pressure_is_no_coercion(sentence_events):
    # CAMEO 08 "Yield": who bows to pressure yields; the pressure is not a coercion of theirs.
    assert "170" not in {e.cameo for e in sentence_events("Croatia bowed to Western pressure on Tuesday.")}


def test_being_committed_to_a_peaceful_settlement_with_a_country_intends_to_settle_with_it(sentence_events):
    # CAMEO 037 "Express intent to settle dispute".
    events = sentence_events("Peru remains committed to a peaceful settlement of its border dispute with Ecuador.")
    assert triples(events) == {("037", "PER", "ECU")}


def test_a_settlement_that_is_not_called_peaceful_names_no_act(sentence_events):
    # CAMEO codes acts; "settlement" alone is also a place people settle.
    assert "037" not in {e.cameo for e in sentence_events("Israel expanded a settlement near Hebron.")}


def test_two_sides_bargaining_negotiate_with_each_other(sentence_events):
    # CAMEO 046 "Engage in negotiation".
    events = sentence_events("Indian and Pakistani negotiators resumed bargaining over the Indus waters on Monday.")
    assert triples(events) == {("046", "IND", "PAK"),
                                                                               ("046", "PAK", "IND")}


def test_collective_bargaining_of_workers_is_no_negotiation_between_actors(sentence_events):
    # CAMEO 046 "Engage in negotiation" is between political actors; "collective bargaining" names labour law.
    assert "046" not in {e.cameo for e in sentence_events("Teachers won collective bargaining rights.")}


def test_a_court_of_inquiry_ordered_investigates(sentence_events):
    # CAMEO 090 "Investigate, not specified below": a court of inquiry is the inquiry, not a court's demand.
    events = sentence_events("The Pakistani army ordered a court of inquiry into the shooting of two protesters.")
    assert "090" in {e.cameo for e in events}


@pytest.mark.parametrize("text", [
    "China put pressure on the dollar.",
    "The Fed kept up pressure on inflation.",
    "Strong demand put pressure on prices.",
])
def test_pressure_on_a_thing_is_no_coercion(sentence_events, text):
    # CAMEO 170 "Coerce, not specified below" is done to an actor; pressure on prices or a currency is a market force.
    assert "170" not in {e.cameo for e in sentence_events(text)}


def test_pressure_on_a_country_s_programme_still_coerces_the_country(sentence_events):
    # CAMEO 170 "Coerce, not specified below": the one pressed is the programme's owner.
    events = sentence_events("Washington increased pressure on Iran's nuclear programme.")
    assert {(e.cameo, e.target.country) for e in events} == {("170", "IRN")}


@pytest.mark.parametrize("text", ["Strong demand lifted prices.", "Weak consumer demand hurt exporters."])
def test_demand_for_goods_is_no_one_s_demand(sentence_events, text):
    # CAMEO 10 "Demand" is an actor asking another to act; a market's demand for goods asks no one.
    assert not {e.cameo for e in sentence_events(text)}


def test_warships_sent_near_a_country_are_a_show_of_force_facing_it(sentence_events):
    # CAMEO 154 "Mobilize or increase armed forces", not 072 "Provide military aid": arms staged near a place
    # aid no one.
    events = sentence_events("China sent warships near the Philippines.")
    assert triples(events) == {("154", "CHN", "PHL")}


def test_warships_sent_to_a_country_are_still_military_aid(sentence_events):
    # CAMEO 072 "Provide military aid".
    events = sentence_events("The US sent warships to Ukraine.")
    assert {(e.cameo, e.target.country) for e in events} == {("072", "UKR")}


def test_tanks_sent_to_a_border_are_a_show_of_force_facing_the_neighbour(sentence_events):
    # CAMEO 154 "Mobilize or increase armed forces", not 072 "Provide military aid": arms sent to one's own border
    # aid no one and face whoever is across it.
    events = sentence_events("Turkey sent tanks and armoured personnel carriers to its border with Syria.")
    assert triples(events) == {("154", "TUR", "SYR")}


def test_a_force_dispatched_to_protect_others_is_peacekeeping_offered(sentence_events):
    # CAMEO 0334 "Express intent to provide military protection or peacekeeping": "dispatch" sends as "send" does.
    events = sentence_events("Nigeria was prepared to dispatch a stabilisation force to Guinea-Bissau to protect "
                             "state institutions.")
    assert triples(events) == {("0334", "NGA", "GNB")}


def test_west_african_leaders_acting_together_are_ecowas(sentence_events):
    # CAMEO codes a regional summit's acts to its bloc: IGOWAFECW (ECOWAS) imposes the embargo.
    events = sentence_events("West African leaders imposed a trade embargo on Mali.")
    assert {(e.cameo, e.source.code, e.target.country) for e in events} == {("163", "IGOWAFECW", "MLI")}


def test_arab_leaders_acting_together_are_the_arab_league(sentence_events):
    # CAMEO codes a regional summit's acts to its bloc: IGOARBARL (the Arab League) condemns.
    events = sentence_events("Arab leaders condemned the Israeli raid on Gaza.")
    assert {(e.cameo[:2], e.source.code) for e in events} == {("11", "IGOARBARL")}


def test_troops_pledged_are_military_aid_intended_not_a_threat(sentence_events):
    # CAMEO 0334 "Express intent to provide military protection or peacekeeping": troops offered, pledged or
    # promised are aid; "will deploy troops" stays 138 "Threaten to use military force".
    pledged = sentence_events("Japan pledged to send troops to Iraq.")
    planned = sentence_events("Russia will deploy troops to Belarus.")
    assert triples(pledged) == {("0334", "JPN", "IRQ")}
    assert {e.cameo for e in planned} == {"138"}


def test_helicopters_a_government_is_poised_to_send_are_military_aid_intended(sentence_events):
    # CAMEO 0332 "Express intent to provide military aid": helicopters are arms as jets are, and "is poised to"
    # tells an intent as "is ready to" does.
    events = sentence_events("Washington is poised to send Black Hawk helicopters to Colombia's army.")
    assert triples(events) == {("0332", "USA", "COL")}


def test_people_forced_to_do_something_are_coerced_and_forced_to_leave_expelled(sentence_events):
    # CAMEO 170 "Coerce, not specified below"; 174 "Expel or deport individuals" for people forced to leave.
    # A cause that is no actor ("Floods forced ...") codes nothing.
    coerced = sentence_events("Burmese troops forced hundreds of Karen villagers to work as porters for the army.")
    expelled = sentence_events("Burmese troops forced hundreds of Karen villagers to leave their homes.")
    assert {(e.cameo, e.source.code, e.target.country) for e in coerced} == {("170", "MMRMIL", "MMR")}
    assert {e.cameo for e in expelled} == {"174"}
    assert sentence_events("Floods forced thousands of villagers to work in relief camps.") == []


def test_troops_a_state_will_pull_back_are_de_escalation_intended(sentence_events):
    # CAMEO 0356 "Express intent to de-escalate military engagement": the parser reads "back" in "will pull back
    # troops" as an adjective of "troops"; it stays the particle of "pull back" (087 "De-escalate military engagement").
    events = sentence_events("India will pull back troops from forward positions along the Line of Control.")
    assert {(e.cameo, e.source.country) for e in events} == {("0356", "IND")}


def test_a_peacekeeping_force_allowed_in_is_international_involvement(sentence_events):
    # CAMEO 086 "Allow international involvement not otherwise specified"; said of the future, 0355 "Express intent
    # to allow international involvement (non-mediation)"; refused, 1245 "Refuse to allow international involvement".
    allowed = sentence_events("Indonesia will allow an international peacekeeping force into East Timor.")
    refused = sentence_events("Sudan refused to allow a peacekeeping force into Darfur.")
    assert triples(allowed) == {("0355", "IDN", "TLS")}
    assert {e.cameo for e in refused} == {"1245"}


def test_a_reform_promised_is_an_intent_to_change_institutions_made_to_ones_own_people(sentence_events):
    # CAMEO 0344 "Express intent to change institutions, regime" (a promise to do 0834 "Accede to demands for change
    # in institutions, regime") and 0341 "Express intent to change leadership": a reform with no one named is
    # promised to one's own people, the domestic target; a promise to resign is made to no one.
    constitution = sentence_events("King Birendra announced that Nepal would adopt a new constitution.")
    leader = sentence_events("Zairean President Mobutu said he would name a new prime minister within days.")
    resign = sentence_events("Montenegro's prime minister said he will resign.")
    assert triples(constitution) == {("0344", "NPL", "NPL")}
    assert {(e.cameo, e.target.country) for e in leader} == {("0341", "COD")}
    assert [e.target for e in resign] == [None]


def test_reforms_promised_to_be_introduced_or_pressed_ahead_with_are_an_intent_to_reform(sentence_events):
    # CAMEO 034 "Express intent to institute political reform, not specified below": a promise to do 083 "Accede to
    # requests or demands for political reform", made to one's own people.
    introduce = sentence_events("Kenyan President Daniel arap Moi promised to introduce political reforms.")
    press_on = sentence_events("King Hussein promised on Sunday to press ahead with political reforms in Jordan.")
    assert triples(introduce) == {("034", "KEN", "KEN")}
    assert triples(press_on) == {("034", "JOR", "JOR")}


def test_kurdish_broadcasting_allowed_is_a_right_granted_and_subsidies_phased_out_a_policy_change(sentence_events):
    # CAMEO 0343 "Express intent to provide rights" (a promise to do 0833 "Accede to demands for rights") and 0342
    # "Express intent to change policy" (of 0832 "Accede to demands for change in policy").
    rights = sentence_events("Ankara will soon permit private broadcasts in the Kurdish language.")
    policy = sentence_events("Ecuador's energy minister said the government would phase out fuel subsidies gradually.")
    assert triples(rights) == {("0343", "TUR", "TUR")}
    assert {(e.cameo, e.target.country) for e in policy} == {("0342", "ECU")}


def test_a_country_striking_a_country_is_a_military_attack(sentence_events):
    # CAMEO 190 "Use conventional military force, not specified below": a state named as striking a state named,
    # though neither is called armed; an earthquake that strikes a country, or tariffs that hit one, are no attack.
    strike = sentence_events("Israel struck Iran on Saturday, officials said.")
    missiles = sentence_events("Iran struck Israel with hundreds of missiles.")
    quake = sentence_events("An earthquake struck Iran on Monday.")
    tariffs = sentence_events("China hit the United States with retaliatory tariffs.")
    assert triples(strike) == {("190", "ISR", "IRN")}
    assert triples(missiles) == {("190", "IRN", "ISR")}
    assert quake == []
    assert {e.cameo[:2] for e in tariffs} == {"16"}


def test_pushing_others_to_act_is_a_demand_and_pressing_ahead_with_ones_own_act_is_not(sentence_events):
    # CAMEO 1054 "Demand easing of economic sanctions, boycott, or embargo" (of 10 "DEMAND"); 190 "Use conventional
    # military force": pressing ahead with an offensive is fighting on, which asks nothing of anyone.
    pushed = sentence_events("The US pushed China to cut tariffs on American goods.")
    offensive = sentence_events("Russia pressed ahead with its offensive in eastern Ukraine.")
    assert triples(pushed) == {("1054", "USA", "CHN")}
    assert {(e.cameo, e.source.country) for e in offensive} == {("190", "RUS")}


def test_armed_men_of_no_named_group_are_of_the_country_they_strike_in(sentence_events):
    # CAMEO 181 "Abduct, hijack, or take hostage": armed men the text ties to no group are CAMEO's "unidentified
    # armed forces" (UAF), coded with the country where they act, as gunmen are.
    events = sentence_events("Armed tribesmen kidnapped two German tourists in Yemen's Marib province on Tuesday.")
    assert {(e.cameo, e.source.country, e.source.sector, e.target.country) for e in events} == {
        ("181", "YEM", "UAF", "DEU")}
    gangs = sentence_events("Gangs blockaded Haiti's main fuel terminal in Port-au-Prince for a third week.")
    assert [(e.cameo, e.source.country, e.source.sector) for e in gangs] == [("191", "HTI", "UAF")]


def test_an_amount_in_assistance_sent_to_a_country_is_aid_to_it(sentence_events):
    # CAMEO 073 "Provide humanitarian aid"; said of the future, 0333 "Express intent to provide humanitarian aid".
    sent = sentence_events("Canada sent 10 million dollars in humanitarian assistance to Haiti.")
    will = sentence_events("Canada will send 10 million dollars in humanitarian assistance to Haiti.")
    assert triples(sent) == {("073", "CAN", "HTI")}
    assert triples(will) == {("0333", "CAN", "HTI")}


def test_a_hostile_act_promised_on_terms_is_a_threat_and_without_terms_an_announcement(sentence_events):
    # CAMEO 1311 "Threaten to reduce or stop aid", 134 "Threaten to halt negotiations": an act said of the future on a
    # condition ("if", "unless") is a threat; without one, "would cut aid" announces the cut (162 "Reduce or stop
    # aid").
    aid = sentence_events("Washington said it would cut aid to Uganda if Museveni signed the bill.")
    talks = sentence_events("The ELN said it would suspend peace talks with the government unless the army withdrew.")
    announced = sentence_events("Washington said it would cut aid to Uganda.")
    assert triples(aid) == {("1311", "USA", "UGA")}
    assert {(e.cameo, e.source.country) for e in talks} == {("134", "COL")}
    assert {e.cameo for e in announced} == {"162"}


def test_a_state_body_named_bare_said_by_its_own_side_to_be_ready_to_strike_on_terms_threatens(sentence_events):
    # CAMEO 1384 "Threaten conventional attack": said by one of the side that would strike, on a condition; "the army"
    # named bare is the state of the one who says it.
    events = sentence_events("Israeli Defence Minister Yitzhak Mordechai said the army could strike Syrian forces in "
                             "Lebanon if Hezbollah guerrillas kept up their attacks on northern Israel.")
    assert triples(events) == {("1384", "ISR", "SYR")}


def test_a_rejected_proposal_or_call_is_aimed_at_whoever_made_it_not_at_others_it_names(sentence_events):
    # CAMEO 120 "Reject": a refusal is aimed at the maker of what it turns down ("a proposal by", "calls from"), not
    # at another party named inside the proposal ("talks with Putin").
    proposal = sentence_events("The Kremlin on Tuesday dismissed a proposal by Ukrainian President Volodymyr Zelensky "
                               "for direct talks with Russian President Vladimir Putin.")
    calls = sentence_events("Hungarian Prime Minister Viktor Orban rejected calls from the European Commission to "
                            "scrap a law banning the depiction of homosexuality in school materials.")
    assert triples(proposal) == {("120", "RUS", "UKR")}
    assert coded_targets(calls) == {("120", "HUN", "IGOEUREEC")}


def test_a_retreat_of_forces_massed_at_a_border_is_aimed_at_the_country_across_it(sentence_events):
    # CAMEO 0874 "Retreat or surrender militarily"; said of the future, 0356 "Express intent to de-escalate military
    # engagement": the border the moved forces were massed at tells whom the retreat faces.
    done = sentence_events("Russia pulled back troops it had massed near its border with Ukraine.")
    will = sentence_events("Russia said it would pull back some of the troops it had massed near its border with "
                           "Ukraine.")
    assert triples(done) == {("0874", "RUS", "UKR")}
    assert triples(will) == {("0356", "RUS", "UKR")}


def test_funds_withheld_from_a_country_are_aid_cut_to_it_not_to_whose_funds_they_are(sentence_events):
    # CAMEO 162 "Reduce or stop aid" (threatened: 1311 "Threaten to reduce or stop aid"): "funds" are aid as
    # "funding" is, and the one they are withheld "from" is the target.
    events = sentence_events("The European Commission threatened on Wednesday to withhold billions of euros in EU "
                             "funds from Hungary over concerns about corruption.")
    cut = sentence_events("Washington suspended funds for the Palestinian Authority.")
    assert {(e.cameo, e.source.code, e.target.country) for e in events} == {("1311", "IGOEUREEC", "HUN")}
    assert triples(cut) == {("162", "USA", "PSE")}


def test_mediation_accepted_or_to_be_accepted_is_038_aimed_at_the_mediator(sentence_events):
    # CAMEO 038 "Express intent to accept mediation" is itself an intent: "would accept" keeps it (not 030), and the
    # mediator named by "by" (which the parser hangs on the verb) is the target.
    events = sentence_events("Sierra Leone's Revolutionary United Front said on Friday it would accept mediation by "
                             "Togolese President Gnassingbe Eyadema in its conflict with the Freetown government.")
    ready = sentence_events("Eritrea is ready to accept mediation by the Organisation of African Unity in its border "
                            "dispute with Ethiopia.")
    assert triples(events) == {("038", "SLE", "TGO")}
    assert coded_targets(ready) == {("038", "ERI", "IGOAFRAFU")}


def test_joint_patrols_stepped_up_by_agreement_are_military_cooperation_not_a_threat(sentence_events):
    # CAMEO 0312 "Express intent to engage in military cooperation": the object's own finer code ("joint patrols",
    # 062) wins over the phrasal verb's ("step up patrols", 153), whose intent would read as 138 "Threaten".
    events = sentence_events("Thailand and Malaysia agreed to step up joint border patrols.")
    alone = sentence_events("Thailand stepped up border patrols.")
    assert triples(events) == {("0312", "THA", "MYS"), ("0312", "MYS", "THA")}
    assert {e.cameo for e in alone} == {"153"}


def test_an_amount_in_a_currency_the_parser_does_not_tag_is_read_through_to_what_it_is_in(sentence_events):
    # CAMEO 1621 "Reduce or stop economic assistance": "60 million euros in development aid" is aid, though the
    # parser tags no amount on "euros" (words.tsv "currency").
    events = sentence_events("The European Union froze 60 million euros in development aid to Guinea.")
    assert {(e.cameo, e.source.code, e.target.country) for e in events} == {("1621", "IGOEUREEC", "GIN")}


def test_offensive_operations_halted_are_a_de_escalation(sentence_events):
    # CAMEO 0356 "Express intent to de-escalate military engagement": "offensive operations" (nouns.tsv) are fighting,
    # so promising to halt them de-escalates.
    events = sentence_events("Tamil Tiger rebels said on Friday they would halt offensive operations against Sri "
                             "Lankan troops for a month from Christmas Eve.")
    assert ("0356", "LKA", "LKA") in triples(events)


def test_one_handed_over_to_another_state_is_judicial_cooperation_and_captives_handed_over_are_released(
        sentence_events):
    # CAMEO 063 "Engage in judicial cooperation" (as extradition is); 0841 "Return, release person(s)" for captives,
    # also when the parser reads "over" as "more than" of their number; 072 "Provide military aid" for warplanes.
    suspect = sentence_events("Sudan handed over the Venezuelan guerrilla known as Carlos the Jackal to French "
                              "intelligence agents in Khartoum.")
    captives = sentence_events("Iraq handed over 20 Iranian prisoners of war to the Red Cross.")
    jets = sentence_events("The United States handed over the first batch of new F-16 fighter jets to Pakistan.")
    assert triples(suspect) == {("063", "SDN", "FRA")}
    assert {(e.cameo, e.source.country) for e in captives} == {("0841", "IRQ")}
    assert triples(jets) == {("072", "USA", "PAK")}


def test_a_bill_withdrawn_is_a_policy_changed_and_visa_requirements_lifted_are_restrictions_eased(sentence_events):
    # CAMEO 0832 "Accede to demands for change in policy", not 087 "De-escalate military engagement";
    # 081 "Ease administrative sanctions, not specified below" for requirements lifted.
    bill = sentence_events("Kenyan President William Ruto withdrew a finance bill containing steep tax increases on "
                           "Wednesday.")
    visas = sentence_events("Russian President Vladimir Putin on Wednesday lifted visa requirements for Georgian "
                            "citizens.")
    assert "0832" in {e.cameo for e in bill} and "087" not in {e.cameo for e in bill}
    assert ("081", "RUS", "GEO") in triples(visas)


def test_foreign_troops_not_allowed_to_deploy_is_a_refused_international_involvement(sentence_events):
    # CAMEO 1245 "Refuse to allow international involvement (non-mediation)"; 086 "Allow international involvement".
    events = sentence_events("Sudan's government said it would not allow United Nations troops to deploy in Darfur.")
    assert {(e.cameo, e.source.country, e.target.code) for e in events} == {("1245", "SDN", "IGOUNO")}


def test_an_allegation_by_a_named_leader_the_tagger_read_as_a_participle_is_an_accusation(sentence_events):
    # CAMEO 112 "Accuse, not specified below": "alleged" after the leader's name is the sentence's verb.
    events = sentence_events("Papua New Guinea's opposition leader Mekere Morauta alleged on Tuesday that Prime "
                             "Minister Michael Somare had misused millions of kina in public funds.")
    assert {(e.cameo[:3], e.source.code, e.target.code) for e in events} == {("112", "PNGOPP", "PNGGOV")}


def test_a_price_rise_scrapped_is_a_policy_changed_and_budget_support_frozen_is_aid_stopped(sentence_events):
    # CAMEO 0832 "Accede to demands for change in policy"; 162 "Reduce or stop material aid".
    prices = sentence_events("Ecuador's government scrapped a planned increase in fuel prices on Saturday.")
    support = sentence_events("Britain froze budget support to Malawi on Thursday.")
    assert {e.cameo for e in prices} == {"0832"}
    assert triples(support) == {("162", "GBR", "MWI")}


def test_an_appositive_naming_a_visit_tells_nothing_of_who_the_person_before_it_is(sentence_events):
    # CAMEO 040 "Consult, not specified below": Sharif is the Pakistani counterpart; "an Indian leader" in the
    # appositive "the first visit by an Indian leader" is the visitor.
    events = sentence_events("Indian Prime Minister Narendra Modi made a surprise stopover in Lahore on Friday to meet "
                             "his Pakistani counterpart Nawaz Sharif, the first visit by an Indian leader to Pakistan "
                             "in more than a decade.")
    assert {(e.source.country, e.target.country) for e in events if e.cameo == "040"} == {("IND", "PAK"),
                                                                                        ("PAK", "IND")}


def test_a_march_that_dates_a_police_deployment_is_not_the_governments_march(sentence_events):
    # CAMEO 141 "Demonstrate or rally" is done by the marchers; by a state it would read as 114 "Complain officially".
    events = sentence_events("Zimbabwean authorities flooded central Harare with riot police on Friday ahead of a "
                             "banned march called by the opposition Movement for Democratic Change.")
    assert not [e for e in events if e.source.code == "ZWEGOV" and e.cameo[:3] in ("114", "141")]


def test_forces_engaged_in_a_campaign_take_part_in_it(sentence_events):
    # CAMEO 203 "Engage in ethnic cleansing": "in" names what the forces took part in, against whom.
    events = sentence_events("Serb forces were engaged in ethnic cleansing in Montenegro against the Albanian "
                             "population of the province.")
    assert {(e.cameo, e.source.country) for e in events} == {("203", "SRB")}


def test_armies_battling_for_control_of_a_city_fight_each_other(sentence_events):
    # CAMEO 190 "Use conventional military force, not specified below".
    events = sentence_events("The army and rebels battled for control of the airport in Goma on Saturday.")
    assert "190" in {e.cameo for e in events}


@pytest.mark.parametrize(("text", "coded"), [
    # CAMEO 142 "Conduct hunger strike, not specified below": the strike is aimed at whom it protests against.
    ("Hundreds of Palestinian prisoners began an open-ended hunger strike on Tuesday to protest against Israel's "
     "policy of detention without trial.", {("142", "PSE", "ISR")}),
    # CAMEO 161 "Reduce or break diplomatic relations" (diplomats expelled): the refusal is why, not what Britain
    # ordered.
    ("Britain ordered four Russian diplomats to leave the country over Moscow's refusal to extradite the main suspect "
     "in the murder of Alexander Litvinenko.", {("161", "GBR", "RUS")}),
    # CAMEO 090 "Investigate, not specified below": reports investigated are aimed at whom they tell of, not at the
    # post fired on (the UN itself has no country).
    ("The UN began investigating reports that Russian troops had opened fire on a Georgian police post.",
     {("090", None, "RUS")}),
    # CAMEO 141 "Demonstrate or rally": aimed at what it is against; the city it is held in is only where.
    ("Thousands of Somalis demonstrated in Mogadishu against the presence of Ethiopian troops, chanting slogans, "
     "witnesses said.", {("141", "SOM", "ETH")}),
    # CAMEO 112 "Accuse, not specified below": a charge made in a report is aimed at whom the report's clause names.
    ("Amnesty International charged in a report released on Thursday that Egyptian security forces routinely torture "
     "political detainees.", {("112", None, "EGY")}),
    # CAMEO 1712 "Destroy property": homes razed are aimed at the families they belong to.
    ("Israeli army bulldozers razed at least 20 homes belonging to Palestinian families in the Rafah refugee camp.",
     {("1712", "ISR", "PSE")}),
])
def test_what_an_act_is_done_for_over_or_about_names_its_target(sentence_events, text, coded):
    assert triples(sentence_events(text)) == coded


def test_a_parliament_voting_a_bill_down_rejects_it(sentence_events):
    # CAMEO 120 "Reject, not specified below", as "voted against" is.
    events = sentence_events("Bolivia's Congress voted down a bill on Thursday that would have let Chilean companies "
                             "export gas through Bolivian ports.")
    assert {(e.cameo, e.source.country) for e in events} == {("120", "BOL")}


@pytest.mark.parametrize("text", [
    "Niger's ruling junta renounced its military cooperation agreement with the United States on Saturday.",
    "The United States pulled out of the 2015 nuclear deal with Iran, the White House said.",
])
def test_leaving_an_agreement_rejects_it(sentence_events, text):
    # CAMEO 12 "Reject": the agreement left is no 057 "Sign formal agreement".
    assert {e.cameo[:2] for e in sentence_events(text)} == {"12"}


@pytest.mark.parametrize(("text", "coded"), [
    # CAMEO 163 "Impose embargo, boycott, or sanctions".
    ("The EU imposed an asset freeze on Belarusian President Alexander Lukashenko.", {("163", "BLR")}),
    ("Switzerland froze the assets of former Tunisian president Zine al-Abidine Ben Ali.", {("163", "TUN")}),
    # CAMEO 085 "Ease economic sanctions, boycott, embargo".
    ("The EU lifted the asset freeze on three Ukrainian officials.", {("085", "UKR")}),
])
def test_freezing_assets_sanctions_their_owner(sentence_events, text, coded):
    assert {(e.cameo, e.target.country) for e in sentence_events(text)} == coded


@pytest.mark.parametrize(("text", "target"), [
    # CAMEO 0333 "Provide humanitarian aid" (intent) and 070 "Provide aid": people are of where drought displaced
    # them, civilians of where they are trapped.
    ("The World Food Programme will send food rations to 300,000 people displaced by drought in Somalia.", "SOM"),
    ("The Red Cross delivered aid to 20,000 civilians trapped in Aleppo on Sunday.", "SYR"),
])
def test_people_aided_are_of_where_they_were_displaced_or_are_trapped(sentence_events, text, target):
    assert {e.target.country for e in sentence_events(text)} == {target}


@pytest.mark.parametrize(("text", "coded"), [
    # CAMEO 138 "Threaten with military force": fighters who would march on the capital threaten to attack it.
    ("Rebel commander Guillaume Soro warned that his fighters would march on Abidjan unless the president stepped "
     "down.", {("138", "CIV", "CIV")}),
    # CAMEO 145 "Protest violently, riot": rioters are the people of where they rampage.
    ("Hundreds of rioters rampaged through the centre of Nairobi on Monday, looting shops.", {("145", "KEN", "KEN")}),
])
def test_fighters_marching_on_a_city_attack_it_and_rioters_rampaging_riot(sentence_events, text, coded):
    assert triples(sentence_events(text)) == coded


def test_whom_a_witness_told_of_an_act_is_no_target_of_it(sentence_events):
    # CAMEO 202 "Engage in mass killings": the aid workers heard of the massacre; it was not done to them.
    events = sentence_events("Hutu militiamen massacred hundreds of Tutsi villagers in a parish church near Kibuye, "
                             "survivors told aid workers.")
    assert [e.cameo for e in events] == ["202"] and all(e.target is None for e in events)


def test_distributing_food_to_survivors_is_humanitarian_aid(sentence_events):
    # CAMEO 073 "Provide humanitarian aid".
    events = sentence_events("UNICEF distributed rice and blankets to 50,000 flood survivors in Sindh province on "
                             "Friday.")
    assert {(e.cameo, e.target.country) for e in events} == {("073", "PAK")}


@pytest.mark.parametrize("text", [
    "Obama outlined his strategy to bomb Islamic State positions in Syria.",
    "The government announced a policy to expel illegal migrants from the country.",
])
def test_a_strategy_or_policy_to_act_is_no_act_done(sentence_events, text):
    # CAMEO 18 "ASSAULT" and 174 "Expel or deport individuals" are acts done; a plan to do them is at most intent.
    assert not {e.cameo for e in sentence_events(text)} & {"183", "174"}


def test_rejecting_a_truce_plan_another_proposed_refuses_to_de_escalate(sentence_events):
    # CAMEO 1246 "Refuse to de-escalate military engagement": "proposed by Egypt" says whose plan it was.
    events = sentence_events("Hamas leader Ismail Haniyeh rejected a truce plan proposed by Egypt, saying it ignored "
                             "Palestinian demands for an end to the blockade of Gaza.")
    assert {(e.cameo, e.source.country, e.target.country) for e in events} == {("1246", "PSE", "EGY")}


def test_a_pledge_to_rebuild_what_a_flood_destroyed_threatens_no_destruction(sentence_events):
    # CAMEO 0331 "Express intent to provide economic aid": the homes were destroyed by the deluge, not by the donor.
    events = sentence_events("Kuwait pledged $100 million on Thursday to help flood-hit Pakistan rebuild roads, "
                             "schools and homes destroyed by the monsoon deluge.")
    assert {(e.cameo, e.source.country, e.target.country) for e in events} == {("0331", "KWT", "PAK")}


def test_using_a_named_chemical_agent_uses_chemical_weapons(sentence_events):
    # CAMEO 2041 "Use chemical, biological, or radiological weapons".
    events = sentence_events("Syrian government forces used chlorine against rebels in Douma, the watchdog said.")
    assert [e.cameo for e in events] == ["2041"]


def test_readiness_to_boost_exports_to_a_country_intends_economic_cooperation(sentence_events):
    # CAMEO 0311 "Express intent to cooperate economically".
    events = sentence_events("Turkmenistan is ready to boost natural gas exports to China to 65 billion cubic metres "
                             "a year.")
    assert {(e.cameo, e.source.country, e.target.country) for e in events} == {("0311", "TKM", "CHN")}


def test_an_investigation_into_crimes_by_troops_is_the_courts_and_aimed_at_the_troops(sentence_events):
    # CAMEO 090 "Investigate": the court investigates; "by American troops" tells who committed the crimes.
    events = sentence_events("The International Criminal Court authorised an investigation into alleged war crimes by "
                             "American troops at detention sites in Afghanistan.")
    assert [(e.cameo, e.source.code, e.target.country) for e in events] == [("090", "IGO", "USA")]


def test_warplanes_that_struck_suspected_positions_strike_the_country_of_the_positions(sentence_events):
    # CAMEO 195 "Employ aerial weapons": "struck suspected Hezbollah positions in southern Lebanon" (not "had
    # suspected"); the rocket attacks it retaliates for are not its target.
    events = sentence_events("Israeli warplanes struck suspected Hezbollah positions in southern Lebanon on Tuesday in "
                             "retaliation for rocket attacks on northern Israel.")
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("195", "ISR", "LBN")]


def test_crowds_pouring_into_a_square_demonstrate_there(sentence_events):
    # CAMEO 141 "Demonstrate or rally": the square is where they demonstrate, its people not its government.
    events = sentence_events("Tens of thousands of Egyptians poured into Cairo's Tahrir Square on Friday demanding "
                             "the ouster of President Hosni Mubarak.")
    assert [(e.cameo, e.source.country, e.target.code) for e in events] == [("141", "EGY", "EGY")]


@pytest.mark.parametrize("text, target", [
    ("South Africa formally recognised the Sahrawi Arab Democratic Republic on Wednesday.", "ESH"),
    ("India recognised Bangladesh on December 6, 1971.", "BGD"),
])
def test_recognising_a_state_by_its_name_is_diplomatic_recognition(sentence_events, text, target):
    # CAMEO 054 "Grant diplomatic recognition".
    assert [(e.cameo, e.target.country) for e in sentence_events(text)] == [("054", target)]


def test_recognising_a_problem_is_no_recognition(sentence_events):
    assert sentence_events("The minister recognised the problem on Monday.") == []


@pytest.mark.parametrize("text, code", [
    ("Britain ordered four Russian diplomats to leave the country.", "161"),
    ("Sudan ordered 13 aid agencies to leave Darfur on Wednesday.", "1663"),
    ("The government ordered a BBC correspondent to leave the country.", "174"),
])
def test_ordering_people_to_leave_is_coded_as_expelling_them(sentence_events, text, code):
    # CAMEO 161 "Reduce or break diplomatic relations" (verbs.tsv "expel diplomat"), 1663 "Expel or withdraw aid
    # agencies", 174 "Expel or deport individuals".
    assert [e.cameo for e in sentence_events(text)] == [code]


def test_troops_sent_to_join_an_operation_are_help_not_a_show_of_force(sentence_events):
    # CAMEO 0334 "Express intent to provide military protection or peacekeeping" (074 under "will"), not 138.
    events = sentence_events("Estonia will send about 50 soldiers to Mali to join the French-led counter-terrorism "
                             "operation in the Sahel.")
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("0334", "EST", "MLI")]


def test_a_settlement_sought_is_an_intent_to_settle_though_it_is_negotiated(sentence_events):
    # CAMEO 037 "Express intent to settle dispute": "negotiated" only describes the settlement.
    events = sentence_events("Moroccan King Mohammed VI pledged in a televised speech to seek a negotiated settlement "
                             "with the Polisario Front over Western Sahara.")
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("037", "MAR", "ESH")]


@pytest.mark.parametrize("text, code", [
    ("Ukrainian Prime Minister Denys Shmyhal sought additional budget financing from the International Monetary "
     "Fund during talks in Washington.", "0231"),
    ("Ukraine sought military assistance from NATO.", "0232"),
])
def test_aid_sought_is_aid_asked_for_not_aid_offered(sentence_events, text, code):
    # CAMEO 0231 "Appeal for economic aid", 0232 "Appeal for military aid"; not 033x "Express intent to provide".
    assert [e.cameo for e in sentence_events(text)] == [code]


def test_police_counted_in_thousands_are_police_deployed(sentence_events):
    # CAMEO 153 "Mobilize or increase police power": "police" compounded in the counted noun, not 154.
    events = sentence_events("Tunisian authorities deployed thousands of extra police officers in the capital ahead "
                             "of the anniversary of the revolution, the interior ministry said.")
    assert [(e.cameo, e.source.country) for e in events] == [("153", "TUN")]


def test_a_fugitive_transferred_to_a_tribunal_is_judicial_cooperation(sentence_events):
    # CAMEO 063 "Engage in judicial cooperation", as "hand over" a fugitive is.
    events = sentence_events("Serbia transferred war crimes fugitive Goran Hadzic, the last suspect sought by the "
                             "court, to the U.N. tribunal in The Hague on Friday, officials in Belgrade said.")
    assert [(e.cameo, e.source.country) for e in events] == [("063", "SRB")]


@pytest.mark.parametrize("text, code", [
    ("The rebels quit the peace talks with the government on Monday.", "164"),
    ("Kosovo's negotiating team said it could quit the EU-brokered talks with Serbia if Belgrade kept blocking the "
     "country's membership of international organisations.", "134"),
])
def test_quitting_talks_halts_negotiations(sentence_events, text, code):
    # CAMEO 164 "Halt negotiations"; threatened on terms, 134 "Threaten to halt negotiations".
    assert [e.cameo for e in sentence_events(text)] == [code]


def test_a_ban_overturned_is_eased(sentence_events):
    # CAMEO 081 "Ease administrative sanctions", as "lifted a ban" is; not the ban's 172.
    events = sentence_events("Kyrgyzstan's justice ministry overturned a ban on the Ar-Namys party on Friday.")
    assert [(e.cameo, e.source.country) for e in events] == [("081", "KGZ")]


def test_a_threat_told_before_its_speaker_joined_without_and_is_a_threat(sentence_events):
    # CAMEO 1313 "Threaten to reduce or break relations"; the parser read "warned" as a second verb of the sentence.
    events = sentence_events("Baku would downgrade relations with any country that recognised the independence of "
                             "Nagorno-Karabakh, Azerbaijani Foreign Minister Elmar Mammadyarov warned on Friday.")
    assert [(e.cameo, e.source.country) for e in events] == [("1313", "AZE")]


def test_participation_in_talks_suspended_halts_the_talks(sentence_events):
    # CAMEO 164 "Halt negotiations": what one takes part in is governed by what is done to the taking part.
    events = sentence_events("Tbilisi suspended its participation in UN-sponsored talks with Abkhaz separatists on "
                             "Monday after a deadly attack on Georgian police in the Gali district.")
    assert [(e.cameo, e.source.country) for e in events] == [("164", "GEO")]


def test_support_withheld_from_candidates_is_no_aid_stopped(sentence_events):
    assert sentence_events("During the same interview, he also withheld support from McCain and Ayotte.") == []


def test_money_withheld_is_aid_stopped(sentence_events):
    # CAMEO 162 "Reduce or stop material aid".
    events = sentence_events("Britain withheld 20 million pounds in direct budget support to Ethiopia on Wednesday, "
                             "citing concern over the killing of protesters after the disputed May elections.")
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("162", "GBR", "ETH")]


def test_an_agency_allowed_to_deliver_food_is_aid_let_through(sentence_events):
    # CAMEO 0863 "Allow delivery of humanitarian aid" by the government, not the agency's 073.
    events = sentence_events("Khartoum has allowed the World Food Programme to deliver food to rebel-held areas of "
                             "South Kordofan for the first time since fighting broke out in 2011, the UN agency said.")
    assert [(e.cameo, e.source.country) for e in events] == [("0863", "SDN")]


@pytest.mark.parametrize("text, code", [
    ("Zimbabwean authorities flooded central Harare with riot police and water cannon trucks on Friday ahead of a "
     "banned march called by the opposition.", "153"),
    ("The army flooded the streets of the capital with troops on Monday.", "154"),
])
def test_a_place_flooded_with_police_or_troops_is_a_mobilisation(sentence_events, text, code):
    # CAMEO 153 "Mobilize or increase police power", 154 "Mobilize or increase armed forces".
    assert [e.cameo for e in sentence_events(text)] == [code]


def test_armed_operations_halted_are_a_military_de_escalation_intended(sentence_events):
    # CAMEO 0356 "Express intent to de-escalate military engagement": "armed operations" are military ones.
    events = sentence_events("The Kurdistan Workers' Party (PKK) announced it would halt all armed operations from "
                             "September 1, a spokesman said in a statement faxed to news agencies in Europe.")
    assert [(e.cameo, e.source.country) for e in events] == [("0356", "TUR")]


def test_where_a_broken_ceasefire_was_signed_is_no_target_of_the_attack(sentence_events):
    # CAMEO 190 "Use conventional military force": the rebels attacked government positions; the ceasefire their
    # attack breached was signed in Ethiopia, which was not attacked.
    events = sentence_events("Rebels loyal to former vice president Riek Machar attacked government positions in Upper "
                             "Nile state on Tuesday, breaching a ceasefire signed only days earlier in Addis Ababa, the "
                             "army said.")
    assert {(e.cameo[:2], e.source.country, e.target.country) for e in events} == {("19", "SSD", "SSD")}


@pytest.mark.parametrize(("text", "target"), [
    # CAMEO 154 "Mobilize or increase armed forces": migrants heading for the US are no Americans, so the troops sent
    # to stop them are aimed at no one outside Mexico.
    ("Mexico sent 6,000 National Guard troops to its southern border on Wednesday to curb the flow of migrants "
     "heading for the United States, officials said.", "MEX"),
])
def test_where_people_in_a_phrase_are_heading_names_none_of_them(sentence_events, text, target):
    assert {e.target.country for e in sentence_events(text)} == {target}


def test_a_committeeman_representing_a_state_is_of_its_country(sentence_events):
    # CAMEO 051 "Praise or endorse": the one who represents Virginia is an American.
    events = sentence_events("Morton Blackwell, the conservative icon who founded the Leadership Institute and is a "
                             "longtime Republican National Committeeman representing Virginia, endorsed Ted Cruz.")
    assert {(e.cameo, e.source.country) for e in events} == {("051", "USA")}


@pytest.mark.parametrize(("text", "code"), [
    # CAMEO 0334 "Express intent to provide military aid" and 074 "Provide military protection or peacekeeping":
    # troops sent as part of a force that is to help drive militants out help the country they go to.
    ("Nigeria will send 1,200 troops to Mali as part of a West African force to help drive Islamist militants from "
     "the north, a defence ministry spokesman said.", "0334"),
    ("Nigeria sent 1,200 troops to Mali as part of a West African force to help drive Islamist militants from the "
     "north.", "074"),
])
def test_troops_sent_as_part_of_a_force_to_help_are_aid_not_a_show_of_force(sentence_events, text, code):
    assert {(e.cameo, e.target.country) for e in sentence_events(text)} == {(code, "MLI")}


@pytest.mark.parametrize(("text", "code"), [
    # CAMEO 0831 "Accede to demands for change in leadership" and 0341 "Express intent to change leadership".
    ("Egypt's ruling military council handed power to an elected civilian government on Sunday.", "0831"),
    ("Egypt's ruling military council vowed on Sunday to hand power to an elected civilian government within six "
     "months.", "0341"),
])
def test_handing_power_to_a_government_yields_the_leadership(sentence_events, text, code):
    assert [e.cameo for e in sentence_events(text)] == [code]


def test_a_threat_of_asset_freezes_on_officials_threatens_their_country(sentence_events):
    # CAMEO 1312 "Threaten to impose embargo, boycott, or sanctions": "asset freezes" is a plural noun, not a verb.
    events = sentence_events("The European Union threatened on Monday to impose asset freezes and travel bans on "
                             "South Sudanese officials who obstruct the peace process.")
    assert {(e.cameo, e.target.country) for e in events} == {("1312", "SSD")}


@pytest.mark.parametrize(("text", "code", "target"), [
    # CAMEO 1621 "Reduce or stop economic assistance" and 164 "Halt negotiations": put on hold, as suspended.
    ("The World Bank put the $90 million loan to Haiti on hold.", "1621", "HTI"),
    ("The World Bank put on hold a $90 million loan to Uganda on Thursday.", "1621", "UGA"),
    ("Seoul has put talks with Pyongyang on hold.", "164", "PRK"),
])
def test_what_is_put_on_hold_is_suspended(sentence_events, text, code, target):
    assert {(e.cameo, e.target.country) for e in sentence_events(text)} == {(code, target)}


def test_a_closed_border_crossing_restricts_movement(sentence_events):
    # CAMEO 191 "Impose blockade, restrict movement".
    events = sentence_events("Poland closed its last passenger crossing on the border with Belarus.")
    assert {(e.cameo, e.target.country) for e in events} == {("191", "BLR")}


@pytest.mark.parametrize("text", [
    # CAMEO 195 "Employ aerial weapons": "Kyiv overnight" read as one time is still a place the drones were sent at,
    # and the drones' makers are no side of the attack.
    "Russia launched drones at Kyiv overnight.",
    "Russia launched a wave of Iranian-designed Shahed drones at Kyiv overnight, damaging residential buildings.",
    "Russia fired a wave of missiles at Kyiv.",
])
def test_drones_and_missiles_launched_at_a_city_are_an_air_attack_on_it(sentence_events, text):
    assert {(e.cameo, e.source.country, e.target.country) for e in sentence_events(text)} == {("195", "RUS", "UKR")}


def test_a_day_read_as_one_date_with_the_words_after_it_still_dates_the_act(sentence_events):
    # CAMEO 073 "Provide humanitarian aid": "on Saturday, days after" is a date, not a particle ("deliver on").
    events = sentence_events("The International Committee of the Red Cross delivered surgical supplies and food to "
                             "hospitals in Goma on Saturday, days after M23 rebels seized the eastern Congolese city.")
    assert "073" in {e.cameo for e in events}


@pytest.mark.parametrize(("text", "code"), [
    # CAMEO 152 "Increase military alert status" and 154 "Mobilize or increase armed forces".
    ("Taiwan placed its armed forces on combat readiness on Monday.", "152"),
    ("Moscow put its army on a war footing.", "152"),
    ("Russian President Vladimir Putin ordered the call-up of 300,000 reservists on Wednesday.", "154"),
])
def test_readiness_and_call_ups_mobilize(sentence_events, text, code):
    assert [e.cameo for e in sentence_events(text)] == [code]


def test_rice_shipped_to_a_country_is_humanitarian_aid(sentence_events):
    # CAMEO 073 "Provide humanitarian aid".
    events = sentence_events("South Korea shipped 500 tonnes of rice to flood-hit North Korea through the Red Cross "
                             "on Wednesday.")
    assert {(e.cameo, e.source.country, e.target.country) for e in events} == {("073", "KOR", "PRK")}


@pytest.mark.parametrize("text", [
    # CAMEO 046 "Engage in negotiation": where talks are held and who facilitates them are no side of them.
    "Ukrainian negotiators held a fresh round of talks in Istanbul on Monday.",
    "Ukraine began a fresh round of European Union-facilitated talks on Monday.",
])
def test_the_venue_and_facilitator_of_talks_are_no_side_of_them(sentence_events, text):
    assert {(e.cameo, e.source.country, e.target) for e in sentence_events(text)} == {("046", "UKR", None)}


def test_a_leaders_supporters_who_rally_are_demonstrators_not_the_government(sentence_events):
    # CAMEO 141 "Demonstrate or rally"; 114 "Complain officially" is a state's protest, which supporters of a
    # president are not, nor is one man's campaign rally what they hold.
    events = sentence_events("Supporters of the president held a mass rally in Sao Paulo on Sunday.")
    assert [(e.cameo, e.source.country, e.source.sector) for e in events] == [("141", "BRA", None)]


def test_bowing_to_weeks_of_protests_is_a_concession_not_a_date(sentence_events):
    # CAMEO 080 "Yield, not specified below": "weeks of protests" measures the protests, it dates nothing.
    events = sentence_events("Algerian President Abdelaziz Bouteflika bowed to weeks of mass street protests on Monday.")
    assert [(e.cameo, e.source.country) for e in events] == [("080", "DZA")]


def test_rebels_who_dynamite_a_pipeline_bomb_it(sentence_events):
    # CAMEO 183 "Conduct suicide, car, or other non-military bombing", as "blew up" and "detonated".
    events = sentence_events("ELN rebels dynamited the Cano Limon-Covenas pipeline operated by state oil company "
                             "Ecopetrol on Friday.")
    assert [(e.cameo, e.source.code) for e in events] == [("183", "COLREB")]


@pytest.mark.parametrize("text", [
    "China will neither accept nor recognise an international tribunal's ruling, President Xi Jinping said.",
    "China will not accept the tribunal's ruling.",
])
def test_refusing_to_accept_a_ruling_rejects_it(sentence_events, text):
    # CAMEO 12 "Reject": accepting a ruling yields to it (080 "Yield"); "neither ... nor" denies both verbs, so
    # that "neither accept nor recognise" is no acceptance but a rejection.
    assert [(e.plover, e.source.country) for e in sentence_events(text)] == [("REJECT", "CHN")]


def test_not_only_but_also_denies_nothing(sentence_events):
    # CAMEO 120 "Reject": "not only brushed off the findings" brushed them off; "not only" is no negation.
    events = sentence_events("Clinton not only brushed off the report's findings but also went on the offensive.")
    assert "REJECT" in {e.plover for e in events}


def test_two_countries_that_swap_prisoners_abroad_free_them_to_each_other(sentence_events):
    # CAMEO 0841 "Return, release person(s)": a swap is done by both sides to each other; the city it happens in
    # is no side of it.
    events = sentence_events("Russia and the United States swapped prisoners in Abu Dhabi on Thursday.")
    assert {(e.cameo, e.source.country, e.target.country) for e in events} == {
        ("0841", "RUS", "USA"), ("0841", "USA", "RUS")}


@pytest.mark.parametrize(("text", "target"), [
    ("Gambia filed a lawsuit at the International Court of Justice on Monday accusing Myanmar of committing "
     "genocide against its Rohingya Muslim minority.", "MMR"),
    ("Iraq lodged a complaint with the United Nations accusing Iran of shelling border towns.", "IRN"),
])
def test_a_complaint_filed_with_a_body_is_aimed_at_whom_it_accuses(sentence_events, text, target):
    # CAMEO 114 "Complain officially" and 115 "Bring lawsuit against": the lawsuit is against the one accused;
    # the court or council it is filed with is where it is filed.
    assert [e.target.country for e in sentence_events(text)] == [target]


def test_an_intent_promised_to_someone_is_aimed_at_them(sentence_events):
    # CAMEO 0353 "Express intent to release persons or property": the promise is made to Malaysia's negotiators;
    # the island the hostages are held on is where they are, no side of the promise.
    events = sentence_events("Abu Sayyaf guerrillas have promised Malaysian negotiators they will free three hostages "
                             "held on Jolo island within a week, a Philippine military spokesman said on Sunday.")
    assert [(e.cameo, e.target.country) for e in events] == [("0353", "MYS")]


def test_rebels_named_beside_a_government_are_of_its_country(sentence_events):
    # CAMEO 0871 "Declare truce, ceasefire": the government and the rebels declare it to each other, both Nepali.
    events = sentence_events("Nepal's government and Maoist rebels declared a ceasefire on Friday, officials said.")
    assert {(e.source.code, e.target.code) for e in events} == {("NPLGOV", "NPLREB"), ("NPLREB", "NPLGOV")}


def test_militants_named_beside_an_army_keep_no_country_of_its_own(sentence_events):
    # CAMEO 190 "Use conventional military force": an army fights foreign militants as often as its own.
    events = sentence_events("Israeli troops and militants clashed on Monday.")
    assert "ISRREB" not in {a.code for e in events for a in (e.source, e.target)}


@pytest.mark.parametrize(("text", "cameo", "target"), [
    ("India expressed willingness to expand trade ties with Bangladesh.", "032", "BGD"),
    ("Armenia signalled readiness to settle the conflict with Azerbaijan through a compromise.", "037", "AZE"),
])
def test_voiced_willingness_is_the_intent_to_do_what_it_names(sentence_events, text, cameo, target):
    # CAMEO 032 "Express intent to provide diplomatic cooperation" and 037 "Express intent to settle dispute": the
    # willingness is to do the act it names, with whom it names, not a bare 030 with no one.
    assert [(e.cameo, e.target.country) for e in sentence_events(text)] == [(cameo, target)]


def test_accepting_an_offer_to_broker_talks_stays_the_accepters_act(sentence_events):
    # CAMEO 038 "Express intent to accept mediation": the Philippines accepts; Malaysia's offer is what it accepts,
    # not an act the sentence reports of its own.
    events = sentence_events("The Philippine government accepted an offer by Malaysia to broker fresh talks with the "
                             "Moro Islamic Liberation Front.")
    assert {(e.source.country, e.target.country) for e in events} == {("PHL", "MYS")}


def test_a_mediator_mediates_between_the_sides_not_with_them(sentence_events):
    # CAMEO 045 "Mediate": Egypt mediates between Israel and Hamas; the talks are mutual, the mediation is not.
    events = sentence_events("Egypt mediated talks between Israel and Hamas.")
    assert {(e.cameo, e.source.country, e.target.country) for e in events} == {
        ("045", "EGY", "ISR"), ("045", "EGY", "PSE")}


def test_volunteering_to_mediate_is_an_intent_to_mediate(sentence_events):
    # CAMEO 039 "Express intent to mediate".
    events = sentence_events("Norway volunteered on Wednesday to mediate peace talks between the Sri Lankan government "
                             "and the Tamil Tiger rebels.")
    assert {(e.cameo, e.source.country) for e in events} == {("039", "NOR")}


@pytest.mark.parametrize(("text", "cameo"), [
    ("Argentine troops seized the Falkland Islands on 2 April 1982.", "192"),
    ("M23 rebels seized the town of Goma on Tuesday.", "192"),
    ("Iran seized a British tanker in the Gulf.", "171"),
])
def test_seizing_land_is_occupying_it_and_seizing_a_thing_is_not(sentence_events, text, cameo):
    # CAMEO 192 "Occupy territory" and 171 "Seize or damage property".
    assert [e.cameo for e in sentence_events(text)] == [cameo]


@pytest.mark.parametrize(("text", "target"), [
    ("Zapatero ordered the withdrawal of Spain's 1,300 troops from Iraq on Sunday.", "IRQ"),
    ("The United States speeded up the withdrawal of some invasion forces from Panama on Wednesday.", "PAN"),
    ("The US demanded the withdrawal of Syrian troops from Lebanon.", "SYR"),
])
def test_a_withdrawal_of_ones_own_troops_is_aimed_where_they_leave(sentence_events, text, target):
    # CAMEO 0874 "Retreat or surrender militarily": Spain's troops are Spain's own; the retreat is from Iraq. A
    # demanded withdrawal (106 "Demand withdrawal") is aimed at whose troops they are.
    assert [e.target.country for e in sentence_events(text)] == [target]


def test_one_deported_from_a_country_to_another_is_sent_to_the_other(sentence_events):
    # CAMEO 174 "Expel or deport individuals": Abu Qatada (of no country the text names) goes to Jordan; Britain is
    # where he is deported from, the deporter's own land.
    events = sentence_events("Radical Muslim cleric Abu Qatada was deported from Britain to Jordan early on Sunday to "
                             "face terrorism charges, the Home Office said.")
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("174", "GBR", "JOR")]


def test_a_vow_to_hunt_down_rebels_is_a_threat_and_hunting_suspects_no_attack(sentence_events):
    # CAMEO 138 "Threaten to use military force": an intent to use force (190) on armed foes is a threat; police
    # hunting down suspects is no military force.
    vow = sentence_events("Libyan leader Muammar Gaddafi vowed to hunt down the rebels in Benghazi house by house.")
    assert [(e.cameo, e.target.code) for e in vow] == [("138", "LBYREB")]
    assert not [e for e in sentence_events("Police hunted down the suspects.") if e.cameo.startswith("19")]


def test_gunmen_who_kill_a_states_official_or_opposition_leader_are_of_that_state_not_so_its_police(sentence_events):
    # CAMEO 190 "Use conventional military force": unnamed attackers of a mayor are placed in the mayor's country,
    # as ICEWS places them; attackers of police may be foreign fighters, so they stay of no country.
    mayor = sentence_events("Gunmen killed Alejandro Arcos, the newly installed mayor of Chilpancingo in Mexico's "
                            "Guerrero state.")
    assert [(e.source.country, e.target.country) for e in mayor] == [("MEX", "MEX")]
    opposition = sentence_events("Gunmen shot dead Philippine opposition leader Benigno Aquino at Manila airport.")
    assert [(e.source.country, e.target.code) for e in opposition] == [("PHL", "PHLOPP")]
    police = sentence_events("Militants attacked Israeli police on Monday.")
    assert [e.source.country for e in police] == [None]


def test_a_protest_outside_a_seat_is_aimed_at_whose_seat_it_is_and_happens_where_that_stands(sentence_events):
    # CAMEO 141 "Demonstrate or rally": a rally outside a party's headquarters is aimed at the party, as one outside
    # an embassy is at its state; the headquarters "in Warsaw" is where the unnamed crowd is.
    party = sentence_events("Several thousand women demonstrated outside the headquarters of the ruling Law and Justice "
                            "party in Warsaw on Wednesday against a court ruling.")
    assert [(e.cameo, e.source.country, e.target.code) for e in party] == [("141", "POL", "POLPTY")]
    agency = sentence_events("Hundreds of Congolese refugees staged a sit-in outside the office of the U.N. refugee "
                             "agency in Kampala on Monday.")
    assert [(e.source.country, e.target.code) for e in agency] == [("COD", "IGOUNOHCR")]
    nato = sentence_events("A Taliban suicide bomber blew himself up outside NATO headquarters in Kabul on Saturday.")
    assert [(e.source.country, e.target.code) for e in nato] == [("AFG", "IGOWSTNAT")]


@pytest.mark.parametrize(("text", "code"), [
    ("Burundi ordered the United Nations to shut its human rights office in Bujumbura and withdraw its monitors.",
     "1662"),
    ("Nicaragua expelled a United Nations human rights team on Friday.", "1662"),
    ("Ethiopia ordered the International Committee of the Red Cross to leave the Somali region within seven days.",
     "1663"),
    ("Uzbek authorities expelled a Human Rights Watch researcher on Tuesday.", "174"),
    ("The UN Security Council ordered Iraq to withdraw its troops from Kuwait.", "106"),
])
def test_an_international_body_or_aid_group_ordered_out_is_expelled_as_such_a_body(sentence_events, text, code):
    # CAMEO 1662 "Expel or withdraw inspectors, observers", 1663 "Expel or withdraw aid agencies": a UN office told to
    # close or an aid group told to leave is expelled; one researcher of such a group is 174 "Expel or deport
    # individuals", and a state told to withdraw is asked to (106 "Demand withdrawal").
    assert [e.cameo for e in sentence_events(text)] == [code]


def test_a_named_district_of_a_city_is_in_that_citys_country(sentence_events):
    # CAMEO 183 "Conduct suicide, car, or other non-military bombing": the bomb went off in Lima's Miraflores
    # district, not at Venezuela's Miraflores palace.
    events = sentence_events("Shining Path guerrillas detonated a car bomb in the Miraflores district of Lima on "
                             "Thursday night, killing 25 people.")
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("183", "PER", "PER")]


def test_a_law_signed_is_no_agreement(sentence_events):
    # CAMEO 057 "Sign formal agreement" is signed with someone; a law, bill or decree is enacted at home, and what
    # the decree does is the act ("imposing a curfew", 1723 "Impose curfew").
    assert sentence_events("Museveni signed a harsh anti-gay law on Monday.") == []
    decree = sentence_events("Museveni signed a decree imposing a curfew on Kampala.")
    assert [e.cameo for e in decree] == ["1723"]


def test_a_vow_to_curb_presidential_powers_is_an_intent_to_change_institutions(sentence_events):
    # CAMEO 0344 "Express intent to change institutions, regime": curbing the presidency's own powers is a reform
    # promised, not a restriction threatened (132).
    events = sentence_events("Kyrgyz President Kurmanbek Bakiyev vowed on Wednesday to draft a new constitution "
                             "curbing presidential powers by the end of the year.")
    assert [(e.cameo, e.source.country) for e in events] == [("0344", "KGZ")]


def test_the_bloc_ties_are_deepened_within_is_no_side_of_them(sentence_events):
    # CAMEO 032 "Express intent to provide economic cooperation": Argentina and Brazil pledge it to each other; the
    # Mercosur bloc is only the framework.
    events = sentence_events("Argentina and Brazil pledged on Friday to deepen trade ties within the Mercosur bloc.")
    assert {(e.cameo, e.source.country, e.target.country) for e in events} == {("032", "ARG", "BRA"),
                                                                               ("032", "BRA", "ARG")}


def test_supporters_of_a_president_who_storm_a_building_are_civilians_who_riot(sentence_events):
    # CAMEO 145 "Protest violently, riot": the crowd is of the president's country but is not his government, and
    # civilians who storm a building riot (190 "Use conventional military force" is an armed force's).
    events = sentence_events("Hundreds of supporters of President Donald Trump stormed the U.S. Capitol on Wednesday.",
                             published="2021-01-08")
    assert [(e.cameo, e.source.code) for e in events] == [("145", "USA")]


def test_walking_away_from_talks_breaks_them_off_and_could_on_a_condition_threatens_it(sentence_events):
    # CAMEO 164 "Halt negotiations"; 134 "Threaten to halt negotiations" for what could happen if the other side acts.
    walked = sentence_events("Iran walked away from the negotiations on Monday.")
    assert [(e.cameo, e.source.country) for e in walked] == [("164", "IRN")]
    could = sentence_events("China could walk away from trade talks with Washington if the United States presses "
                            "ahead with new tariffs, Chinese state media reported on Sunday.")
    assert [(e.cameo, e.source.country, e.target.country) for e in could] == [("134", "CHN", "USA")]


def test_a_court_that_strikes_down_a_law_barring_a_party_eases_the_ban(sentence_events):
    # CAMEO 081 "Ease administrative sanctions": what a law struck down did ("barring members of the Shor party from
    # running", 172 "Impose administrative sanctions") is undone, not done.
    events = sentence_events("Moldova's Constitutional Court struck down a law barring members of the outlawed Shor "
                             "party from running in elections.")
    assert [(e.cameo, e.source.code) for e in events] == [("081", "MDAJUD")]


def test_bandits_who_kidnap_are_of_the_country_they_strike_in(sentence_events):
    # CAMEO 181 "Abduct, hijack, or take hostage": bandits, like gunmen, are an armed band of no named group.
    events = sentence_events("Armed bandits kidnapped dozens of pupils from a boarding school in Nigeria's Zamfara "
                             "state on Friday, police said.")
    assert {(e.cameo, e.source.country) for e in events} == {("181", "NGA")}


def test_what_a_noun_is_dated_by_names_no_target_of_the_act(sentence_events):
    # CAMEO 081 "Ease administrative sanctions": rights granted ahead of talks on EU membership are the Kurds', not
    # the EU's.
    events = sentence_events("Turkey's parliament lifted a ban on Kurdish-language broadcasting on Saturday, granting "
                             "the country's Kurds cultural rights ahead of talks on EU membership.")
    assert {e.target.country for e in events} == {"TUR"}


def test_the_city_a_ministry_reports_from_is_not_where_a_kidnapping_happened(sentence_events):
    # CAMEO 181 "Abduct, hijack, or take hostage": the kidnappers are of where they struck, not of Paris.
    events = sentence_events("Gunmen kidnapped two French journalists on the road south of Baghdad on Friday, the "
                             "French foreign ministry said in Paris.")
    assert {e.source.country for e in events if e.cameo == "181"} == {"IRQ"}
