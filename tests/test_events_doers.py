"""Doers and targets of reported acts named by a pronoun or a description ("He met Putin", "The
foreign minister visited Moscow") resolve within the article to the person they denote, through the
quotes stage's SpeakerResolver; a mention it cannot resolve stays unknown, never a guess."""

import pytest

from parley.events import article_context, code_events
from parley.events.doers import ArticleDoers
from parley.quotes import extract_quotes
from parley.records import Article


def _events(nlp, text, published="2023-05-02"):
    doc = nlp(text)
    article = Article(id="t", text=text, published=published)
    article.quotes = extract_quotes(doc, article.id)
    return code_events(article, doc, nlp)


def _in(events, text, sentence):
    start = text.index(sentence)
    return [e for e in events if start <= e.start < start + len(sentence)]


@pytest.mark.parametrize(("text", "mention", "name"), [
    # "He met X" is the person named in the sentence before.
    ("Chinese President Xi Jinping arrived in Moscow on Monday. He met Russian President Vladimir Putin on Tuesday.",
     "He", "Xi Jinping"),
    # "the foreign minister" is the person the article introduced with that role.
    ("China's foreign minister Wang Yi arrived in Moscow on Monday. "
     "The foreign minister met Russian President Vladimir Putin on Tuesday.", "The foreign minister", "Wang Yi"),
])
def test_a_pronoun_or_description_doer_is_the_person_named_before(nlp, text, mention, name):
    # CAMEO 040 "Consult, not specified below".
    sentence = text[text.index(mention):]
    events = _in(_events(nlp, text), text, sentence)
    mine = [e for e in events if e.source.text == mention]
    assert [(e.source.name, e.source.code, e.target.code, e.cameo[:2]) for e in mine] == [(name, "CHNGOV", "RUSGOV", "04")]


def test_a_description_as_target_is_the_person_it_denotes(nlp):
    # CAMEO 043 "Host a visit".
    text = ("China's foreign minister Wang Yi arrived in Moscow on Monday. "
            "Russian President Vladimir Putin hosted the foreign minister on Tuesday.")
    events = _in(_events(nlp, text), text, "Russian President Vladimir Putin hosted")
    assert [(e.target.name, e.target.code) for e in events if e.cameo == "043"] == [("Wang Yi", "CHNGOV")]


def test_an_unresolved_description_keeps_a_null_code(nlp):
    # Nothing is guessed: no foreign minister was named before, so the doer stays unknown.
    text = "Russian President Vladimir Putin arrived in Beijing on Monday. The foreign minister visited Paris on Tuesday."
    events = _in(_events(nlp, text), text, "The foreign minister visited")
    assert events and all(e.source.code is None and e.source.name is None for e in events)


def test_he_after_two_men_named_together_stays_unknown(nlp):
    text = "Vladimir Putin and Xi Jinping met in Beijing on Monday. He signed a gas deal with Germany."
    events = _in(_events(nlp, text), text, "He signed")
    assert not [e for e in events if e.source.code or e.source.name]


def test_he_when_another_man_was_the_subject_since_stays_unknown(nlp):
    text = ("Vladimir Putin arrived in Beijing on Monday. Reuters reported that Joe Biden had criticised the trip. "
            "He signed a gas deal with Germany.")
    events = _in(_events(nlp, text), text, "He signed")
    assert not [e for e in events if e.source.code or e.source.name]


def test_he_after_a_quote_is_its_speaker(nlp):
    text = "“We want peace,” Chinese Foreign Minister Wang Yi said on Monday. He then met Secretary of State Antony Blinken."
    events = _in(_events(nlp, text), text, "He then met")
    assert [(e.source.name, e.source.code) for e in events if e.source.text == "He"] == [("Wang Yi", "CHNGOV")]


def test_the_subject_of_a_reporting_verb_is_no_doer_of_the_act_it_reports(nlp):
    # "she said" reports the sentence; the attacks Trump deflects are not hers.
    text = ("Hillary Clinton spoke to reporters on Friday. As for Trump's ability to deflect attacks, she said, "
            "“The vetting on these other candidates has not even begun.”")
    events = _in(_events(nlp, text, "2016-02-26"), text, "As for Trump")
    assert not [e for e in events if e.cameo.startswith("19")]


def test_a_pronoun_inside_a_quote_is_not_resolved_as_the_narratives(nlp):
    text = "Chinese President Xi Jinping arrived in Moscow on Monday. “He will sign the deal,” Putin said."
    doc = nlp(text)
    article = Article(id="t", text=text, published="2023-05-02")
    article.quotes = extract_quotes(doc, article.id)
    doers = ArticleDoers(doc, article.quotes)
    quoted_he = next(t for t in doc if t.text == "He")
    assert doers.person(quoted_he).name is None


def test_the_speaker_resolver_is_built_only_for_an_article_that_asks(nlp):
    text = "Russia and China signed a gas deal on Monday."
    doc = nlp(text)
    context = article_context(Article(id="t", text=text, published="2023-05-02"), doc)
    code_events(Article(id="t", text=text, published="2023-05-02"), doc, nlp)
    assert context.doers is not None and context.doers._resolver is None


def test_the_doer_of_a_relative_clause_is_the_noun_it_tells_of(nlp):
    # CAMEO 120 "Reject, not specified below": the countries have not congratulated Biden; the
    # spokesman who avoided questions about them did nothing of the kind.
    text = ("Wang Wenbin is the Chinese Foreign Ministry spokesman. The Foreign Ministry spokesman avoided questions "
            "about why China is on the list of countries that have not yet congratulated Joe Biden.")
    events = _in(_events(nlp, text, "2020-11-09"), text, "The Foreign Ministry spokesman avoided")
    assert not [e for e in events if e.source.name == "Wang Wenbin" or e.source.code == "CHNGOV"]


def test_an_unknown_noun_a_relative_clause_tells_of_is_no_doer(nlp):
    # CAMEO 128 "Defy norms, law": a candidate who could flout the industry is background, not a report.
    text = "It's still a rare presidential candidate who hopes to compete in Iowa while flouting the ethanol industry."
    assert _events(nlp, text, "2015-11-30") == []


def test_a_description_is_not_the_person_its_own_sentence_names_after_it(nlp):
    # CAMEO 040 "Consult, not specified below": the president met Park; he is not Park.
    text = ("Leaders arrived in Washington on Thursday for the summit. The president held a joint meeting with "
            "Japan Prime Minister Shinzo Abe and South Korea President Park Geun Hye.")
    events = _in(_events(nlp, text, "2016-03-31"), text, "The president held")
    assert not [e for e in events if e.source.text == "The president" and e.source.name == "Park Geun Hye"]


@pytest.mark.parametrize(("text", "mention", "code"), [
    # CAMEO 116 "Find guilty or liable (legally)": a court the text does not place is still the doer.
    ("The court convicted the former president of corruption.", "The court", "116"),
    # CAMEO 137 "Threaten with violent repression".
    ("The junta threatened to crush the protests.", "The junta", "137"),
    # CAMEO 056 "Forgive".
    ("The pope forgave the man who tried to kill him.", "The pope", "056"),
])
def test_an_institution_or_office_the_resolver_cannot_place_is_an_unknown_doer(nlp, text, mention, code):
    events = _events(nlp, text)
    assert [(e.source.text, e.source.code, e.cameo) for e in events] == [(mention, None, code)]


def test_aircraft_as_the_subject_leave_the_doer_unknown(nlp):
    # CAMEO 195 "Employ aerial weapons": "Jets bombed" tells the act, not who flew them.
    events = _events(nlp, "Jets bombed rebel positions in the mountains.")
    assert [(e.source.text, e.source.code, e.cameo) for e in events] == [("", None, "195")]


def test_a_past_tense_the_parser_took_for_a_participle_still_has_its_subject_as_doer(nlp):
    # CAMEO 0873 "Demobilize armed forces": the parser hangs "handed" on "fighters" as a participle, but its
    # particle and object say it is the sentence's verb.
    events = _events(nlp, "Rebel fighters handed in their weapons to the peacekeepers.")
    assert [(e.source.text, e.cameo) for e in events] == [("Rebel fighters", "0873")]


def test_a_participle_read_as_describing_the_first_of_two_subjects_of_a_reporting_verb_has_it_as_doer(nlp):
    # CAMEO 0873 "Demobilize armed forces": "fighters" and "officials" both hang on "said"; the fighters handed in
    # their weapons, and the officials reported it.
    events = _events(nlp, "Some 2,000 former RENAMO fighters handed in their weapons at a demobilisation camp in "
                          "central Mozambique on Friday, U.N. officials said.")
    assert [(e.source.country, e.cameo) for e in events] == [("MOZ", "0873")]


def test_workers_of_any_trade_are_doers(nlp):
    # CAMEO 143 "Conduct strike or boycott".
    events = _events(nlp, "Truck drivers went on strike over fuel prices.")
    assert [(e.source.text, e.cameo) for e in events] == [("Truck drivers", "143")]


def test_a_role_the_resolver_knows_names_people_as_an_unknown_doer(nlp):
    # CAMEO 202 "Engage in mass killings": "militiamen" is a role of roles.tsv though no word list of the coder
    # names it; with no country in the sentence the doer stays unknown, its mention kept.
    events = _events(nlp, "Hutu militiamen massacred hundreds of Tutsis in a church in Nyarubuye.")
    assert [(e.source.text, e.source.code, e.cameo) for e in events] == [("Hutu militiamen", None, "202")]


def test_civilians_of_a_known_people_who_riot_are_a_riot_not_an_assault(nlp):
    # CAMEO 145 "Protest violently, riot": "Uighur youths" are of China (peoples.tsv) and named as civilians, so
    # their burning and attacking is a riot, as when the resolver knows no country for them.
    events = _events(nlp, "Hundreds of Uighur youths rampaged through the city of Yining, burning vehicles.")
    assert [(e.source.country, e.cameo) for e in events] == [("CHN", "145")]


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    # CAMEO 114 "Complain officially": a country named by its name protests as a state, aimed at the drawer.
    ("Taiwan's president made a stopover in New York, drawing a protest from China.", "114", "CHN", "TWN"),
    # CAMEO 111 "Criticize or denounce": the condemnation is the EU's, of the raid's doer.
    ("The Israeli raid prompted condemnation from the European Union.", "111", "IGO", "ISR"),
    # CAMEO 111: criticism one "came under" from Egypt is Egypt's, aimed at the one criticised.
    ("Israeli Prime Minister Ehud Barak came under sharp criticism from Egypt's foreign minister.", "111", "EGY", "ISR"),
    # CAMEO 163 "Impose embargo, boycott, or sanctions": sanctions the junta faced from the EU.
    ("The Burmese junta faced fresh sanctions from the European Union.", "163", "IGO", "MMR"),
])
def test_a_reaction_drawn_from_others_is_theirs_aimed_at_the_drawer(nlp, text, code, source, target):
    events = _events(nlp, text)
    assert [(e.cameo, e.source.code[:3], e.target.code[:3]) for e in events] == [(code, source, target)]


def test_an_act_one_comes_under_is_done_to_them_by_whoever_the_text_names(nlp):
    # CAMEO 190 "Use conventional military force": "came under attack" tells no attacker; the troops are the target.
    events = _events(nlp, "Israeli troops came under attack near the border on Monday.")
    assert [(e.cameo, e.source.code, e.target.code) for e in events] == [("190", None, "ISRMIL")]


@pytest.mark.parametrize(("text", "code", "source"), [
    # CAMEO 190 "Use conventional military force, not specified below": the killing is the bomb's planter's.
    ("A bomb planted by ETA exploded outside a police barracks in Madrid, killing two officers.", "190", "ESPREB"),
    # CAMEO 1832 "Carry out car bombing".
    ("A car bomb left by the Real IRA exploded in the town of Omagh, killing 29 people.", "1832", "GBRREB"),
])
def test_a_weapon_planted_by_someone_is_their_act(nlp, text, code, source):
    events = _events(nlp, text)
    assert [(e.cameo, e.source.code) for e in events] == [(code, source)]


def test_countries_not_named_again_are_unknown_doers(nlp):
    # CAMEO 030 "Express intent to cooperate, not specified below".
    events = _events(nlp, "The two countries agreed to boost cooperation.")
    assert [(e.source.text, e.source.code, e.cameo) for e in events] == [("The two countries", None, "030")]


def test_a_number_of_people_is_an_unknown_doer(nlp):
    # CAMEO 141 "Demonstrate or rally".
    events = _events(nlp, "Thousands of protesters took to the streets of Caracas.")
    assert [(e.source.text, e.source.code, e.cameo) for e in events] == [("Thousands of protesters", None, "141")]


@pytest.mark.parametrize("text", [
    "The mayor of Kandahar was assassinated by his bodyguards.",
    "The mayor of Kandahar was assassinated by two of his bodyguards.",
])
def test_an_unknown_agent_named_by_a_noun_of_people_is_an_unknown_doer(nlp, text):
    # CAMEO 186 "Assassinate": the act is told with a doer the files do not know, not left out.
    events = _events(nlp, text)
    assert [(e.source.code, e.target.country, e.cameo) for e in events] == [(None, "AFG", "186")]


def test_a_main_clause_act_with_an_unknown_doer_hides_a_relative_clauses_named_one(sentence_events):
    # CAMEO 202 "Engage in mass killings": the parser joins "aid workers" to "hundreds of Tutsis", so the relative
    # clause's "sought refuge" looked like the aid workers' appeal; the main clause's massacre is what is told.
    text = ("Hutu militiamen and soldiers massacred hundreds of Tutsis who had sought refuge in a church at "
            "Nyarubuye in eastern Rwanda, aid workers who reached the scene said.")
    assert [e.cameo for e in sentence_events(text)] == ["202"]


def test_an_adverbial_clause_with_its_own_unknown_subject_is_not_the_main_subjects_act(sentence_events):
    # CAMEO 190 "Use conventional military force": gunmen attacked the convoy, not the agency whose convoy it was.
    text = "The World Food Programme suspended food deliveries in Somalia after gunmen attacked one of its convoys."
    assert not [e for e in sentence_events(text) if e.cameo.startswith("19") and e.source.code]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Beijing rejected US calls for a revaluation of the yuan on Wednesday.", "CHN", "USA"),
    ("Maduro rejected U.S. calls for him to step down.", "VEN", "USA"),
])
def test_rejecting_plural_calls_the_parser_read_as_a_verb_is_the_rejecters_act_against_the_caller(
        sentence_events, text, source, target):
    # CAMEO 120 "Reject, not specified below": "US calls" is the object of "rejected", not a clause of its own.
    events = sentence_events(text)
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("120", source, target)]


def test_plural_calls_in_a_reported_clause_stay_the_callers_own(sentence_events):
    # CAMEO 020 "Make an appeal or request, not specified below": after "said" the clause is real.
    events = sentence_events("China said US calls for sanctions were unhelpful.")
    assert [(e.cameo, e.source.country) for e in events] == [("020", "USA")]


def test_an_unnamed_relay_of_a_placed_speakers_statement_leaves_the_act_to_that_speaker(sentence_events):
    # CAMEO 036 "Express intent to meet or negotiate": the parser nests "India said" under the spokeswoman's
    # "told", and she only passes India's word on.
    text = ("India said on Tuesday it was ready to resume the stalled dialogue with Pakistan, "
            "a foreign ministry spokeswoman told reporters in New Delhi.")
    assert [(e.cameo, e.source.country, e.target.country) for e in sentence_events(text)] == [("036", "IND", "PAK")]


def test_the_party_warned_of_a_threat_is_its_target(sentence_events):
    # CAMEO 1311 "Threaten to reduce or stop aid": Nicaragua is warned, the condition's government is its own.
    text = ("Washington warned Nicaragua on Friday that it would cut off all military aid "
            "unless the government held free elections.")
    assert [(e.cameo, e.source.country, e.target.country) for e in sentence_events(text)] == [("1311", "USA", "NIC")]


@pytest.mark.parametrize(("text", "cameo", "source", "target"), [
    pytest.param("Iran demanded on Monday that Iraq ship the 50,000 tonnes of wheat it had promised before the winter.",
                 "100", "IRN", "IRQ", id="subject of a clause whose verb was read as a noun"),
    pytest.param("Cuban President Fidel Castro charged on Monday that Washington had been behind the bombing of a "
                 "hotel in Havana.", "112", "CUBGOV", "USAGOV", id="subject of a clause whose verb was read as an aux"),
    pytest.param("Iran allowed inspectors from the International Atomic Energy Agency into its Natanz plant on "
                 "Monday.", "086", "IRN", "IGOUNOIAE", id="people admitted are of where they come from"),
    pytest.param("Kabul accepted an offer by the European Union to mediate between the government and the rebels.",
                 "030", "AFGGOV", "IGOEUREEC", id="a thing accepted is its maker's"),
    pytest.param("Beirut rejected a United Nations appeal for deploying troops along its border with Israel.",
                 "120", "LBNGOV", "IGOUNO", id="a border shared with a country names no target"),
    pytest.param("Japanese Prime Minister Keizo Obuchi expressed heartfelt apology on Thursday to visiting South Korean "
                 "President Kim Dae-jung.", "055", "JPNGOV", "KORGOV", id="whom a preposition names through a participle"),
    pytest.param("The World Bank on Tuesday approved a 250 million dollar credit to Ghana.", "071", "IGOWBK", "GHA",
                 id="a credit approved to a country"),
    pytest.param("Ecuador granted political asylum to three Colombian army officers holed up in its embassy since the "
                 "coup, the foreign ministry said on Friday.", "075", "ECU", "COLMIL",
                 id="a preposition's object the parser made the subject of a clause after it"),
])
def test_the_target_is_where_the_grammar_of_the_act_puts_it(sentence_events, text, cameo, source, target):
    # CAMEO 100 "Demand", 112 "Accuse", 086 "Ease administrative sanctions" (allowing inspectors in), 030 "Express
    # intent to cooperate", 120 "Reject", 075 "Grant asylum".
    events = sentence_events(text)
    assert [(e.cameo, e.source.code, e.target.code) for e in events] == [(cameo, source, target)]


def test_a_visitor_the_parser_hangs_on_visiting_is_the_one_met_not_a_visit_by_the_host(sentence_events):
    # CAMEO 040 "Consult": Mubarak meets Peres; 042 "Make a visit" would be Peres's, not Mubarak's.
    events = sentence_events("President Mubarak met visiting Israeli Foreign Minister Shimon Peres in Cairo on Sunday.")
    assert {(e.cameo, e.source.code, e.target.code) for e in events} == {("040", "EGYGOV", "ISRGOV"),
                                                                           ("040", "ISRGOV", "EGYGOV")}
    text = ("Syrian President Hafez al-Assad told visiting Iranian Foreign Minister Ali Velayati that Damascus wanted "
            "peace.")
    assert all(e.cameo != "042" for e in sentence_events(text))


@pytest.mark.parametrize("text", [
    "The expulsion by Moscow of four U.S. diplomats angered Washington.",
    "The expulsion of four U.S. diplomats by Moscow angered Washington.",
])
def test_the_by_phrase_of_a_noun_act_names_its_doer(sentence_events, text):
    # CAMEO 161 "Reduce or break diplomatic relations" (diplomats expelled): Moscow expels, the diplomats are
    # expelled, wherever the parser hangs "by Moscow".
    events = sentence_events(text)
    assert [(e.cameo, e.source.code, e.target.code) for e in events] == [("161", "RUSGOV", "USAGOV")]


@pytest.mark.parametrize(("text", "cameo", "source", "target"), [
    # CAMEO 0331 "Express intent to provide economic aid": the loans help Indonesia; Tokyo is where it was said.
    pytest.param("Japan is prepared to extend fresh yen loans to help Indonesia weather the Asian financial turmoil, a "
                 "foreign ministry spokesman told reporters in Tokyo on Tuesday.", "0331", "JPN", "IDN",
                 id="where a statement was made"),
    # CAMEO 0311 "Express intent to cooperate economically": investment in Kenya is aimed at Kenya.
    pytest.param("China stands ready to expand investment in Kenya's railways and ports, Premier Li Qiang told "
                 "visiting President William Ruto, according to the official Xinhua news agency.", "0311", "CHN", "KEN",
                 id="the agency that reports it"),
    # CAMEO 0341 "Express intent to change leadership": Saleh's handover is no act toward Reuters (GBR).
    pytest.param("Yemeni President Ali Abdullah Saleh will hand over power to his deputy within 30 days, a senior aide "
                 "told Reuters on Saturday.", "0341", "YEMGOV", "YEM", id="an outlet told of it"),
    # CAMEO 085 "Ease economic sanctions, boycott, embargo": U.S. sanctions are the doer's own; Libya is their target.
    pytest.param("President George W. Bush lifted most U.S. economic sanctions against Libya on Friday.", "085",
                 "USAGOV", "LBY", id="the doer's own country before the object"),
])
def test_who_reports_an_act_and_where_is_no_target_of_it(sentence_events, text, cameo, source, target):
    assert [(e.cameo, e.source.code, e.target.country) for e in sentence_events(text)] == [(cameo, source, target)]


def test_the_agency_a_guessed_act_is_reported_by_is_no_target(sentence_events):
    # "according to" names who reported the statement, not a side of the act the learned model guesses.
    guessed = ("China is keen to build more railways in Kenya, Premier Li Qiang said, according to the Xinhua news "
               "agency.")
    assert all(e.target is None or e.target.sector != "MED" for e in sentence_events(guessed))


def test_the_by_phrase_the_parser_hangs_on_a_passives_gerund_names_its_doer(sentence_events):
    # CAMEO 112 "Accuse, not specified below": the officials accuse Aristide, though the parser attaches "by current
    # Haitian government officials" to "misusing"; a gerund's own "by fraud" is a means and names no one.
    text = ("Ousted president Jean-Bertrand Aristide has been accused of misusing up to US $50 million in public funds "
            "by current Haitian government officials.")
    assert [(e.cameo, e.source.code, e.target.country) for e in sentence_events(text)] == [("112", "HTIGOV", "HTI")]
    [event] = sentence_events("The opposition leader was accused of winning the vote by fraud.")
    assert event.source.code is None


def test_what_a_doer_bows_to_is_others_act_not_theirs(sentence_events):
    # CAMEO 114 "Complain officially" is a state's protest; the street protests the government bowed to are not its
    # own: bowing to them is its act, 080 "Yield, not specified below".
    text = "Bowing to weeks of street protests, the French government scrapped its youth employment contract on Monday."
    assert [(e.cameo, e.source.code) for e in sentence_events(text)] == [("080", "FRAGOV")]


def test_a_coordinated_clause_with_its_own_unknown_subject_is_not_the_first_clauses_doers(sentence_events):
    # CAMEO 0832 "Accede to demands for change in policy" is the bill's withdrawal; the march (141 "Demonstrate or rally", 114
    # "Complain officially" of a state) is by the people, whom the resolver cannot place, never by the leader.
    text = ("Hong Kong leader Tung Chee-hwa withdrew the contentious anti-subversion bill on Friday, two months after "
            "half a million people marched against it.")
    assert [(e.cameo, e.source.code) for e in sentence_events(text) if e.source.code] == [("0832", "HKGGOV")]


def test_whom_an_act_is_done_with_by_telephone_is_its_partner(sentence_events):
    # CAMEO 040 "Consult, not specified below": a talk by telephone with Clinton is with Clinton.
    text = "French President Jacques Chirac discussed the crisis by telephone with US President Bill Clinton on Friday."
    events = sentence_events(text)
    assert {(e.cameo, e.source.country, e.target.country) for e in events} == {("040", "FRA", "USA"), ("040", "USA", "FRA")}


@pytest.mark.parametrize(("text", "cameo", "source", "target"), [
    pytest.param("Thousands of people marched to the French embassy in Rome on Sunday.", "141", "ITA", "FRA",
                 id="a place named inside the act's object"),
    pytest.param("Police across Nairobi were placed on high alert on Monday.", "152", "KEN", "KEN",
                 id="forces readied where they are"),
    pytest.param("Angry farmers blocked roads across Bolivia's central highlands on Monday.", "144", "BOL", "BOL",
                 id="a region protested across"),
    pytest.param("Rioters set fire to shops and cars in the Indonesian city of Surabaya on Tuesday.", "145", "IDN", "IDN",
                 id="civilians' violence where it happens"),
    pytest.param("Two protesters were detained by police outside the Israeli embassy in Amman.", "173", "JOR", "JOR",
                 id="police outside an embassy are not its state's"),
])
def test_unnamed_protesters_and_forces_readied_are_of_the_place_they_act_in(sentence_events, text, cameo, source, target):
    # CAMEO 141 "Demonstrate or rally", 152 "Increase military alert status", 144 "Conduct strike or boycott ...
    # obstruct passage", 145 "Protest violently, riot": CAMEO codes such unnamed doers by the country where they act.
    events = sentence_events(text)
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [(cameo, source, target)]


def test_a_speaker_and_the_role_set_off_after_their_name_are_one_speaker(nlp):
    # one statement by one person: commas without "and" join no speakers, so the role is no second source
    # (in 2018 Ban had left the UN: the file says KOR, the text's role says IGOUNO, and the text wins)
    events = _events(nlp, "\u201cThe violence must stop,\u201d said Ban Ki-moon, the UN Secretary-General.\n",
                     published="2018-09-19")
    assert [(e.source.text, e.source.code) for e in events] == [("Ban Ki-moon, the UN Secretary-General", "IGOUNO")]


def test_where_a_named_person_is_tells_no_country_of_theirs(sentence_events):
    # CAMEO 1246 "Reject proposal to meet, discuss, or negotiate" by Sudan's paramilitary leader: being in Jeddah
    # makes no Saudi actor of him, as "police in Jeddah" are Saudi police.
    rejected = sentence_events("Rebel leader Mohamed Hamdan Dagalo in Jeddah rejected the truce.")
    police = sentence_events("Police in Jeddah arrested five men.")
    assert [e.source.code for e in rejected] == ["SDNREB"] and [e.source.code for e in police] == ["SAUCOP"]


@pytest.mark.parametrize(("text", "source"), [
    ("Turkey's justice minister said the government would allow broadcasts in Kurdish.", "TURGOV"),
    ("Kenyan officials said the army had killed ten rebels near the Somali border.", "KENMIL"),
])
def test_a_bare_state_body_in_a_clause_someone_of_one_country_reports_is_that_countrys(sentence_events, text, source):
    # CAMEO 0351 "Express intent to ease restrictions on political freedoms", 190 "Use conventional military force":
    # CAMEO codes the government or army of a country's own report as that country's.
    assert [e.source.code for e in sentence_events(text)] == [source]


@pytest.mark.parametrize(("text", "target"), [
    ("Rwanda demanded that Belgium hand over genocide suspects living on its soil.", "BEL"),
    ("India demanded that Nepal share information on militants crossing the open border.", "NPL"),
    ("The PLO demanded that the United States halt arms sales to Israel.", "USA"),
])
def test_the_name_after_that_of_a_demand_is_the_one_asked(sentence_events, text, target):
    # CAMEO 10 "Demand": the one asked is the target, though the parser reads "Belgium hand" as one noun.
    events = sentence_events(text)
    assert max(events, key=lambda e: e.confidence).target.country == target


@pytest.mark.parametrize(("text", "country"), [
    ("Rioting youths set fire to cars and shops in the northern Nigerian city of Kaduna on Monday.", "NGA"),
    ("Students hurled petrol bombs at police near the parliament building in Jakarta on Friday.", "IDN"),
])
def test_civilians_named_by_a_word_who_riot_are_of_the_place_they_riot_in(sentence_events, text, country):
    # CAMEO 145 "Protest violently, riot": youths or students the resolver knows of no country are the people of
    # the place they riot in, also near a building there.
    events = sentence_events(text)
    assert [(e.cameo, e.source.country) for e in events] == [("145", country)]


def test_what_a_person_is_told_about_is_no_part_of_who_they_are(sentence_events):
    # CAMEO 040 "Consult": the counterpart is Ukrainian, whatever the Black Sea Fleet the talk is about belongs to.
    events = sentence_events("The Russian foreign minister conferred with his Ukrainian counterpart about the future "
                             "of the Black Sea Fleet, Itar-Tass news agency reported.")
    assert ("RUS", "UKR") in [(e.source.country, e.target.country) for e in events if e.target]


def test_the_one_who_warns_makes_the_threat_of_an_act_done_by_others(sentence_events):
    # CAMEO 138 "Threaten with military force": the raids are Ugandan gunmen's, the threat to respond is Kenya's.
    events = sentence_events("Kenya warned Uganda on Monday that it would respond firmly to any further cross-border "
                             "cattle raids by Ugandan gunmen in the Turkana region.")
    assert [(e.cameo[:2], e.source.country, e.target.country) for e in events] == [("13", "KEN", "UGA")]


def test_where_people_are_let_into_is_no_part_of_who_they_are(sentence_events):
    # CAMEO 0355 "Express intent to allow international involvement": the monitors are the African Union's, not
    # Sudanese because they are to go into Darfur.
    events = sentence_events("Sudan said it would allow African Union monitors into Darfur.")
    assert [(e.cameo, e.target.code) for e in events] == [("0355", "IGOAFRAFU")]


@pytest.mark.parametrize(("text", "coded"), [
    # CAMEO 085 "Ease economic sanctions, boycott, embargo": the sanctions were imposed on India.
    pytest.param("Japan lifted the economic sanctions imposed on India after its nuclear tests, a government spokesman "
                 "in Tokyo announced on Friday.", ("085", "JPN", "IND"), id="whom a thing lifted was imposed on"),
    # CAMEO 1053 "Demand release of persons or property": of Iran, whose forces seized the British sailors.
    pytest.param("Britain demanded on Wednesday the immediate release of 15 Royal Navy sailors and marines seized by "
                 "Iranian forces in the northern Gulf.", ("1053", "GBR", "IRN"),
                 id="a release is demanded of whoever holds the people"),
    # CAMEO 110 "Disapprove": South Korea disapproves of Japan's approval; the "by" of a feeling is no doer.
    pytest.param("South Korea said it was deeply disappointed by Japan's approval of new history textbooks, a Seoul "
                 "foreign ministry spokesman said.", ("110", "KOR", "JPN"),
                 id="what disappoints someone is the target of their disapproval"),
    # CAMEO 111 "Criticize or denounce": Serbia's suppression is denounced, though the unrest it suppressed was of
    # ethnic Albanians in Montenegro (the ethnic-group rule codes a group by where it lives, not those who act on it).
    pytest.param("Albania on Friday denounced as an ugly crime Serbia's suppression of ethnic Albanian unrest in "
                 "Montenegro.", ("111", "ALB", "SRB"),
                 id="a country's act against an ethnic group stays the country's"),
    # CAMEO 196 "Violate ceasefire": the truce is broken against whom the shooting it was broken by is aimed at.
    pytest.param("Azerbaijani forces broke the truce on Wednesday by opening fire on Armenian border posts.",
                 ("196", "AZE", "ARM"), id="an act done by another act is aimed at that act's target"),
    # CAMEO 141 "Demonstrate or rally": a march to protest against Israel's closure is aimed at Israel.
    pytest.param("Thousands of Palestinians marched through Gaza City on Friday to protest against Israel's closure of "
                 "the territories.", ("141", "PSE", "ISR"), id="a march is aimed at what it is held to protest against"),
])
def test_the_target_is_whom_the_act_is_aimed_at_not_whom_its_words_mention(sentence_events, text, coded):
    events = sentence_events(text)
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [coded]


@pytest.mark.parametrize(("text", "coded"), [
    ("Beijing rejected U.S. demands to change its policy on Tibet, the Chinese foreign ministry said.",
     ("120", "CHN", "USA")),
    ("Beijing rejected a proposal by Taipei for a summit between Lee Teng-hui and Jiang Zemin.", ("120", "CHN", "TWN")),
    ("Beijing refused to take part in an operation proposed by Taipei along the coast.", ("120", "CHN", "TWN")),
    ("Beijing refused to take part in a joint operation proposed by Taipei along the coast.", ("121", "CHN", "TWN")),
    ("Uzbekistan refused to take part in a joint mine-clearing operation proposed by Tajikistan along their common "
     "border.", ("121", "UZB", "TJK")),
])
def test_a_rejection_of_a_proposal_or_demand_is_aimed_at_whoever_made_it(sentence_events, text, coded):
    # CAMEO 120 "Reject, not specified below": what was asked for (China's Tibet policy, a summit) is no side, and
    # the refusal stays the refuser's, not the proposer's; 121 "Reject material cooperation" when what is refused
    # is a joint operation, which is still aimed at whoever proposed it.
    assert [(e.cameo, e.source.country, e.target.country) for e in sentence_events(text)] == [coded]


def test_a_role_suspended_as_mediator_is_aimed_at_the_sides_it_was_between(sentence_events):
    # CAMEO 165 "Halt mediation": a mediator's role "between" two sides is played toward them, as its mediation is.
    events = sentence_events("Qatar has suspended its role as a mediator between Israel and Hamas until the two sides "
                             "show seriousness.")
    assert {(e.cameo, e.source.country, e.target.code) for e in events} == {("165", "QAT", "ISR"),
                                                                           ("165", "QAT", "PSEREB")}


def test_an_organisation_a_known_person_owns_is_itself_the_doer(sentence_events):
    # CAMEO 130 "Threaten": "Osama bin Laden's al-Qaeda" threatens as al-Qaeda, not as bin Laden's Saudi Arabia.
    events = sentence_events("Osama bin Laden's al-Qaeda terror network has threatened to deliver devastating blows "
                             "to the United States.")
    assert {(e.cameo[:2], e.source.code) for e in events} == {("13", "IMGMOSALQ")}


@pytest.mark.parametrize(("text", "country"), [
    ("Opposition senators demanded that Philippine President Joseph Estrada step down over bribery allegations.",
     "PHL"),
    ("Opposition deputies walked out of Kenya's parliament on Tuesday in protest against President Moi's address.",
     "KEN"),
])
def test_a_group_that_acts_at_home_is_of_the_state_it_acts_on(sentence_events, text, country):
    # CAMEO codes an opposition, lawmakers or unions by their country: 1041 "Demand change in leadership" and 143
    # "Conduct strike or boycott" are domestic here. The code stays null, since no institution is named.
    events = sentence_events(text)
    assert [(e.source.country, e.source.code, e.target.country) for e in events] == [(country, None, country)]


def test_lawmakers_are_not_given_the_country_of_a_foreign_state_they_accuse(sentence_events):
    # CAMEO 112 "Accuse": "lawmakers" with no country who accuse a country named bare stay of no country.
    events = sentence_events("Opposition lawmakers accused Israel of war crimes.")
    assert [(e.source.country, e.target.country) for e in events] == [(None, "ISR")]
