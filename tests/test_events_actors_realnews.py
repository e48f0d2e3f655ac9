"""Doers, targets and actor codes on real-news constructions: a person named again by a surname, a pronoun
or a relative "who" is coded as their full mention, staff as their principal; a former office, a relative
of an office holder, a descent, a place an act happened in or a thing placed in a country is not the
actor's code; a statement is aimed at the actor its words name, never at the speaker's own country or a
pronoun no one can stand for; a share of a people, a thing or the one addressed is no doer."""

import pytest

from parley.actors import load_resolver


@pytest.fixture(scope="module")
def resolver():
    return load_resolver()


def test_a_former_office_in_an_international_body_is_not_the_persons_code(resolver):
    # CAMEO actor codes name whom an actor acts for now: IGOWSTNAT is NATO acting. A retired general who once
    # commanded NATO forces speaks for NATO no more than "former Treasury Secretary Lawrence Summers" for the
    # Treasury; what the text says of him gives no country, so nothing is guessed.
    former = resolver.resolve("retired general and former supreme allied commander of NATO forces in Europe Clark")
    assert former.code is None
    assert resolver.resolve("NATO Secretary General Jens Stoltenberg").code == "IGOWSTNAT"


def test_a_place_a_committee_works_on_is_not_its_country(resolver):
    # CAMEO actor codes name who acts: the House committee investigating the Benghazi attack is no Libyan actor,
    # as "an anti-Syria journalist" is no Syrian one; a country before the office still names it.
    assert resolver.resolve("the House Select Committee on Benghazi").country is None
    assert resolver.resolve("the US special envoy on Syria").country == "USA"


def test_the_pope_is_the_holy_see(resolver):
    # CAMEO country code VAT (Holy See): the pope is its head of state.
    assert resolver.resolve("Pope Francis", on="2016-01-01").code == "VATGOV"


@pytest.mark.parametrize(("mention", "code"), [
    ("a Mexican-American judge", "USAJUD"),
    ("Japanese-Americans", "USA"),
    ("Syrian-American doctors", "USAHLH"),
    ("the Mexican government", "MEXGOV"),
    ("China-US relations", "CHN"),
])
def test_a_hyphenated_descent_is_not_the_actors_country(resolver, mention, code):
    # CAMEO actor codes name the country an actor belongs to: a Mexican-American judge is an American judge.
    assert resolver.resolve(mention, on="2016-06-09").code == code


@pytest.mark.parametrize("name", ["Melania Trump", "Eric Trump", "Hunter Biden", "Michelle Obama"])
def test_a_relative_of_an_office_holder_is_not_the_office_holder(resolver, name):
    # CAMEO actor codes: USAGOV is the government acting; the president's wife or son speaks for no government.
    actor = resolver.resolve(name, name=name, on="2025-03-01")
    assert actor.code is None and actor.name == name


@pytest.mark.parametrize(("mention", "name"), [("Mr. Trump", "Mr. Trump"), ("Donald J. Trump", "Donald J. Trump"),
                                               ("he", "Donald Trump")])
def test_the_office_holder_under_a_title_or_full_name_is_still_known(resolver, mention, name):
    # CAMEO actor code USAGOV for the president in office.
    assert resolver.resolve(mention, name=name, on="2025-03-01").code == "USAGOV"


def test_a_speaker_named_by_surname_is_coded_as_their_full_mention(quote_events):
    # CAMEO actor codes: "Senator Mark S. Kirk, Republican of Illinois" is USALEG, and so is "Mr. Kirk"
    # when he speaks later in the article (CAMEO 010 "Make statement").
    text = ("Senator Mark S. Kirk, Republican of Illinois, met voters on Monday. "
            "The party needs a new message, Mr. Kirk said.")
    [event] = quote_events(text, "The party needs a new message", "Mr. Kirk", "said", name="Mark S. Kirk",
                           role="Senator")
    assert (event.source.code, event.source.country) == ("USALEG", "USA")


def test_a_speaker_the_article_never_places_stays_uncoded(quote_events):
    # Nothing is guessed: "Mr. Blocher" with no country anywhere in the article keeps a null code.
    text = "Christoph Blocher met voters on Monday. The party needs a new message, Mr. Blocher said."
    [event] = quote_events(text, "The party needs a new message", "Mr. Blocher", "said", name="Christoph Blocher")
    assert event.source.country is None and event.source.code is None


def test_a_surname_two_coded_people_share_is_neither_ones(quote_events):
    # A short name two people share resolves to neither: "Mr. Smith" is not coded from one of them.
    text = ("Senator Jed Smith, Republican of Florida, and Governor Rob Smith of Texas spoke. "
            "The party needs a new message, Mr. Smith said.")
    [event] = quote_events(text, "The party needs a new message", "Mr. Smith", "said", name="Smith")
    assert event.source.country is None


def test_a_doer_named_by_surname_is_coded_as_their_full_mention(sentence_events):
    # CAMEO 051 "Praise or endorse": "Mr. Ryan backed ..." is by the Wisconsin congressman named before.
    text = ("Representative Paul Ryan of Wisconsin spoke on Monday. "
            "On Tuesday Mr. Ryan endorsed Hillary Clinton.")
    events = sentence_events(text, published="2016-06-09")
    assert any(e.source.country == "USA" and e.cameo.startswith("05") for e in events)


def test_a_speaker_named_by_a_relative_pronoun_is_its_antecedent(quote_events):
    # CAMEO 111 "Criticize or denounce": "Senator Tim Scott, who has called the comments toxic" -- the words
    # are the senator's, whom the relative pronoun "who" stands for.
    text = "Senator Tim Scott of South Carolina, who has called the comments toxic, left early."
    events = quote_events(text, "the comments toxic", "who", "has called")
    assert events and all(e.source.code == "USALEG" for e in events)


def test_the_staff_of_a_known_person_are_of_that_persons_country(quote_in, article_events):
    # CAMEO codes an actor by whom it acts for: a senator's spokesman speaks for a US senator ("Kasich's chief
    # strategist" is of Kasich's country), though the mention names no country of its own.
    text = ("Senator Bernie Sanders voted against the bill on Tuesday. "
            "Sanders spokesman Michael Briggs said the vote was about jobs. "
            "Sanders’s office said the senator would keep fighting.")
    spokesman = quote_in(text, "the vote was about jobs", "Sanders spokesman Michael Briggs", "said",
                         name="Michael Briggs")
    office = quote_in(text, "the senator would keep fighting", "Sanders’s office", "said", number=1)
    events = article_events(text, spokesman, office, published="2016-03-09")
    by_quote = {e.quote_id: e.source.country for e in events if e.quote_id}
    assert by_quote == {"t:q0": "USA", "t:q1": "USA"}


def test_staff_named_by_a_possessive_pronoun_are_of_the_one_person_it_can_stand_for(events_of):
    # CAMEO actor codes: staff speak for their principal's country; "His campaign chairman Paul Manafort" after a
    # paragraph on Trump is American, after one naming two people whose "his" it is is not told.
    text = ("As he spoke on Thursday, Donald Trump became the first candidate to buy a trend. His campaign chairman "
            "Paul Manafort said that the day went well.")
    assert [e.source.country for e in events_of(text) if e.source.text.startswith("His")] == ["USA"]
    two = ("Donald Trump spoke on Thursday. Hillary Clinton spoke on Friday. His campaign chairman Paul Manafort said "
           "that the day went well.")
    assert [e.source.country for e in events_of(two) if e.source.text.startswith("His")] == [None]


def test_a_short_name_of_an_organisation_named_before_is_that_organisation(events_of):
    # CAMEO actor codes: "the Daily News" is the New York Daily News (USAMED) named in full before.
    text = ("The New York Daily News attacked the NRA on Monday. The Daily News claims the NRA’s refusal to support "
            "more gun control is itself a form of jihad against the American people.")
    sources = [e.source.code for e in events_of(text, published="2016-03-09")
               if e.start >= text.index("The Daily News claims")]
    assert sources and set(sources) == {"USAMED"}


def test_a_thing_placed_in_a_country_does_not_act_for_it(events_of, source_and_code):
    # CAMEO 030 "Express intent to cooperate" is an actor's: laws in France promise nothing for France.
    text = "The restrictive gun laws in France guaranteed that the attackers would not face gunfire."
    assert [c for c in source_and_code(events_of(text)) if c[0]] == []


def test_an_institution_placed_in_a_country_still_acts_for_it(events_of, source_and_code):
    # CAMEO 173 "Arrest, detain": the police in Dhaka are Bangladeshi police.
    assert source_and_code(events_of("Police in Dhaka arrested six people.")) == [("BGD", "173")]


@pytest.mark.parametrize("text", [
    "Protesters blocked the Pan-American Highway south of Lima.",
    "Iranian ships patrolled the Indian Ocean.",
    "Israel annexed the Jordan Valley.",
])
def test_a_country_word_inside_a_place_name_is_not_the_target(events_of, source_target_code, text):
    # CAMEO actor codes name who is acted on: the Indian Ocean is no Indian actor, as the Pan-American Highway is no
    # American one; a place named with no one's code is at most the doer's own country (a domestic target).
    events = events_of(text)
    assert events
    assert all(target in (None, source) for source, target, _ in source_target_code(events))


@pytest.mark.parametrize(("text", "group", "sector"), [
    ("Rebels fought government troops in Aleppo.", "government troops", "MIL"),
    ("Militants attacked police in Peshawar on Monday.", "police", "COP"),
    ("Syrian forces attacked protesters in Homs.", "protesters", "CVL"),
])
def test_people_of_no_named_country_acted_on_in_a_place_are_the_target_not_the_place(sentence_events, text, group,
                                                                                      sector):
    # CAMEO codes the actor acted on (190 "Use conventional military force" on government troops, not on Aleppo);
    # a group the text ties to no country is of the country the act happens in, as its doer would be.
    events = sentence_events(text)
    aimed = [e for e in events if e.target and e.target.text == group]
    assert aimed and all(e.target.sector == sector and e.target.country == e.source.country for e in aimed)
    assert not [e for e in events if e.source.text in ("Aleppo", "Peshawar", "Homs")]


def test_a_fight_with_people_of_no_named_country_is_fought_both_ways(sentence_events):
    # CAMEO 190 for a fight between two sides: each uses force on the other, so each is a source.
    events = sentence_events("Rebels fought government troops in Aleppo.")
    assert {(e.source.text, e.target.text) for e in events} == {("Rebels", "government troops"),
                                                               ("government troops", "Rebels")}


def test_a_city_before_an_attack_is_where_it_happened_not_who_did_it(article_events):
    # CAMEO codes the attackers as the source of 18-20 (assaults, fights); "the Paris attacks" says where they
    # happened, as "Paris said" would name the French government.
    text = "The Paris attacks killed 129 people on Friday."
    events = article_events(text, published="2016-03-09")
    assert events and not [e for e in events if e.source.country == "FRA"]


def test_a_share_of_a_people_is_no_speaker(quote_events):
    # CAMEO 030 "Express intent to cooperate" is an actor's; a poll share is no actor's intent.
    text = "Only a quarter of Americans agree with him."
    assert quote_events(text, "him", "a quarter of Americans", "agree with") == []


def test_a_share_of_a_people_is_no_doer(sentence_events):
    assert sentence_events("A majority of Iranians rejected the deal with the United States.") == []


def test_a_threat_a_relative_clause_credits_to_another_is_not_the_speakers(quote_events, roots):
    # CAMEO 13 "Threaten": the threat Donald Trump represents is no threat by Obama, who reports it.
    text = "President Obama reported that they are rattled by the threat Donald Trump represents."
    events = quote_events(text, "that they are rattled by the threat Donald Trump represents", "President Obama",
                          "reported", name="Barack Obama")
    assert "13" not in roots(events)


def test_a_second_relative_clause_is_about_the_same_noun(quote_in, article_events, from_quotes):
    # CAMEO 190 "Use conventional military force" needs a doer that fights: in "claims, which are meritless and
    # which strike at the heart of the committee" the claims strike, not the speaker.
    text = ("“We disagree strongly with those claims, which are meritless and which improperly strike at the heart of "
            "the committee,” Senator Bernie Sanders said.")
    quote = quote_in(text,
                     "We disagree strongly with those claims, which are meritless and which improperly strike at "
                     "the heart of the committee", "Senator Bernie Sanders", "said", kind="direct")
    codes = [e.cameo for e in from_quotes(article_events(text, quote))]
    assert codes and not [c for c in codes if c.startswith("19")]


def test_an_act_named_in_a_concession_is_not_the_main_doers(events_of, source_and_code):
    # CAMEO 114 "Complain officially" and 163 "Impose embargo, boycott, or sanctions": "despite complaints", "despite
    # sanctions" name what others did, not acts of the senator or of Iran.
    text = "Despite complaints that he is a quixotic crusader, Senator Bernie Sanders has found ways to pass his bills."
    assert ("USA", "114") not in source_and_code(events_of(text))
    assert ("IRN", "163") not in source_and_code(events_of("Despite sanctions, Iran expanded its nuclear program."))


def test_a_passive_aside_is_not_done_by_the_one_who_reports_the_sentence(events_of, source_and_code):
    # CAMEO 043 "Host a visit": whoever greeted Obama at the townhall, it was not Obama.
    text = ("At his townhall, where he was greeted with a standing ovation, President Barack Obama noted that the war "
            "ended in 1975.")
    assert ("USA", "043") not in source_and_code(events_of(text))


def test_talking_to_reporters_is_said_by_one_side(article_events):
    # CAMEO 010 "Make statement": one actor's statement; PLOVER 0.8 codes both sides as sources only of a
    # CONSULT whose sides cannot be told apart, and "talking to reporters to praise Obama's accomplishments" is no
    # talk between Sanders and Obama.
    text = ("Sanders, who has made rebuilding the middle class a rallying cry of his campaign, went out of his way in "
            "talking to reporters to praise Obama's economic accomplishments.")
    statements = [e for e in article_events(text) if e.cameo == "010"]
    assert statements and all(e.source.text.startswith("Sanders") for e in statements)


def test_what_a_speaker_tells_the_addressed_they_do_is_no_act_of_the_speaker(quote_in, article_events):
    # CAMEO 190 "Use conventional military force" is force used; "You either leave or you fight," told to an
    # audience, is a statement (010), and no fight by the speaker, who is not "you".
    text = "“You either leave or you fight,” Russian President Vladimir Putin told the rebels."
    quote = quote_in(text, "You either leave or you fight", "Russian President Vladimir Putin", "told", kind="direct")
    assert [e.cameo for e in article_events(text, quote)] == ["010"]


def test_advice_in_a_quote_is_no_act_of_the_speaker(events_of, source_target_code):
    # CAMEO 190 "Use conventional military force" is force used; "Fight back, do whatever you have to do" is
    # advice to the one addressed, and "Withdraw your troops" asks Russia to withdraw (no 0874 by the speaker).
    text = ('"You know, it happens, right?" Trump went on. "But you gotta get over it. Fight back, do whatever you '
            'have to do."')
    assert [c for _, _, c in source_target_code(events_of(text)) if c.startswith("19")] == []
    withdrawal = '"Withdraw your troops from Ukraine now," President Barack Obama told Russia.'
    assert [c for _, _, c in source_target_code(events_of(withdrawal)) if c.startswith("087")] == []


def test_a_statement_is_aimed_at_the_party_its_words_name(quote_events):
    # CAMEO 111 "Criticize or denounce": "Obama slams GOP's 'doom and despair'" targets the Republican party.
    text = "Obama slams GOP's doom and despair on jobs."
    [event] = quote_events(text, "GOP's doom and despair on jobs", "Obama", "slams", name="Barack Obama")
    assert (event.cameo, event.target and event.target.code) == ("111", "USAPTY")


def test_a_plain_statement_is_aimed_at_the_person_it_is_about(quote_events):
    # CAMEO 010 "Make statement": with its target where it is about another actor.
    # An American senator's statement about Donald Trump is aimed at him, though both are American.
    text = "Senator Mark Kirk noted that Donald Trump is a poor candidate."
    [event] = quote_events(text, "that Donald Trump is a poor candidate", "Senator Mark Kirk", "noted",
                           name="Mark Kirk", role="U.S. senator")
    assert event.source.code == "USALEG"
    assert event.target is not None and event.target.name == "Donald Trump"


def test_another_named_person_of_the_same_code_is_a_target(sentence_events):
    # CAMEO 111 "Criticize or denounce": "Hillary Clinton attacked Donald Trump" is aimed at Trump, though
    # both resolve to "USA" in 2016; "praised himself" is aimed at no one else.
    [event] = sentence_events("Hillary Clinton attacked Donald Trump.")
    assert (event.cameo, event.target and event.target.name) == ("111", "Donald Trump")
    assert all(e.target is None for e in sentence_events("Donald Trump praised himself."))


def test_a_statement_naming_another_person_of_the_speakers_country_is_aimed_at_them(quote_events):
    # CAMEO 111 "Criticize or denounce", Ryan to Trump: a person of one's own country is another actor; one's
    # own country is not ("the United States has the strongest economy", Obama said, targets no one).
    text = "Paul Ryan calls the Trump plan 'reckless' in a speech."
    events = quote_events(text, "the Trump plan 'reckless", "Paul Ryan", "calls", name="Paul Ryan", kind="mixed")
    assert [(e.cameo, e.target and e.target.name) for e in events] == [("111", "Donald Trump")]
    text = "“The United States has the strongest economy in the world,” Barack Obama said."
    events = quote_events(text, "The United States has the strongest economy in the world", "Barack Obama", "said",
                          name="Barack Obama", kind="direct")
    assert [e.target for e in events] == [None]


def test_a_pronoun_in_a_direct_quote_stands_for_the_person_named_before(quote_events):
    # CAMEO 111 "Criticize or denounce", aimed at the one criticized: "His" is Trump, named just before.
    text = ("Donald Trump attacked the judge again on Monday. "
            "Senator Susan Collins, Republican of Maine, said: “His comments are not helping.”")
    [event] = quote_events(text, "His comments are not helping.", "Senator Susan Collins, Republican of Maine", "said",
                           kind="direct")
    assert (event.cameo, event.target.name, event.target.country) == ("111", "Donald Trump", "USA")


def test_an_object_pronoun_in_reported_speech_is_the_other_person_named(quote_in, article_events):
    # CAMEO codes whom a statement is aimed at; "Ryan calls Trump line 'racist,' but backs him": 051 "Praise or
    # endorse" of Trump, not of no one.
    text = "Senator Paul Ryan calls Donald Trump line racist, but backs him."
    quote = quote_in(text, "him", "Senator Paul Ryan", "backs")
    [event] = article_events(text, quote)
    assert event.cameo == "051" and event.target is not None and event.target.name == "Donald Trump"


def test_an_object_pronoun_after_a_subject_pronoun_is_left_unresolved(quote_in, article_events):
    # CAMEO 112 "Accuse": the target is whom the text says is accused; in "He attacked Mr. Clinton's personal life
    # after Mrs. Clinton accused him" "him" is "he", not Mr. Clinton, and "he" is not named here.
    text = "He attacked Bill Clinton's personal life after Hillary Clinton accused him of sexism."
    quote = quote_in(text, "him of sexism", "Hillary Clinton", "accused")
    accusations = [e for e in article_events(text, quote) if e.quote_id]
    assert accusations and all(e.target is None or e.target.name != "Bill Clinton" for e in accusations)


def test_a_pronoun_in_reported_speech_is_not_taken_for_another(quote_events):
    # In reported speech "his" is mostly the speaker's own: "said that his words had been misconstrued".
    text = ("Mitch McConnell spoke on Monday. "
            "Donald Trump said that his words had been misconstrued.")
    events = quote_events(text, "that his words had been misconstrued", "Donald Trump", "said", name="Donald Trump",
                          kind="indirect")
    assert [e.target for e in events] == [None]


def test_a_statement_about_the_speakers_own_country_or_a_pronoun_has_no_target(quote_events):
    text = "“The United States has the strongest economy in the world,” Obama said."
    [event] = quote_events(text, "The United States has the strongest economy in the world", "Obama", "said",
                           name="Barack Obama")
    assert event.target is None
    text = "“His comments are not helping,” Senator Capito said."
    [event] = quote_events(text, "His comments are not helping", "Senator Capito", "said")
    assert event.target is None


def test_people_of_a_descent_are_not_that_country(quote_events):
    # A statement about "people of Mexican heritage" is not aimed at Mexico.
    text = "“I employ thousands of people of Mexican and Hispanic descent,” Trump said."
    events = quote_events(text, "I employ thousands of people of Mexican and Hispanic descent", "Trump", "said",
                          name="Donald Trump")
    assert [e.target for e in events] == [None]


def test_criticism_that_names_no_one_is_aimed_at_the_speakers_own_country(quote_in, article_events, from_quotes):
    # CAMEO 111 "Criticize or denounce" is verbal conflict, always against someone: naming no one, a US
    # president's words are aimed at his domestic opponents (the domestic target, as for acts in sentences).
    text = "“Anyone claiming that the economy is in decline is peddling fiction,” Barack Obama said."
    quote = quote_in(text, "Anyone claiming that the economy is in decline is peddling fiction", "Barack Obama", "said",
                     name="Barack Obama", kind="direct")
    [event] = from_quotes(article_events(text, quote))
    assert (event.cameo, event.target.country, event.target.code) == ("111", "USA", None)


def test_a_plain_statement_naming_no_one_keeps_no_target(quote_in, article_events, from_quotes):
    # CAMEO 010 "Make statement": a neutral comment on the economy is aimed at no actor.
    text = "“The economy added jobs in January,” Barack Obama said."
    quote = quote_in(text, "The economy added jobs in January", "Barack Obama", "said", name="Barack Obama",
                     kind="direct")
    [event] = from_quotes(article_events(text, quote))
    assert (event.cameo, event.target) == ("010", None)


def test_condemning_an_attack_by_no_one_named_keeps_no_target(quote_in, article_events, from_quotes):
    # CAMEO 111 "Criticize or denounce": whom condemning "such a cowardly attack" abroad is aimed at is whoever
    # did it, whom the statement does not name; not the speaker's own country.
    text = "Chancellor Angela Merkel of Germany condemned “such a cowardly attack” on Monday."
    quote = quote_in(text, "such a cowardly attack", "Chancellor Angela Merkel of Germany", "condemned",
                     name="Angela Merkel", kind="mixed")
    events = from_quotes(article_events(text, quote, published="2016-03-09"))
    assert [(e.cameo, e.source.country, e.target) for e in events] == [("111", "DEU", None)]


def test_a_refusal_a_name_owns_is_not_the_speakers(events_of):
    # CAMEO 120 "Reject, not specified below": the NRA's refusal is the NRA's; the paper made a statement about it.
    text = ("The New York Daily News attacked the NRA on Monday. The Daily News claims the NRA’s refusal to support "
            "more gun control is itself a form of jihad against the American people.")
    claim = [e for e in events_of(text, published="2016-03-09") if e.start >= text.index("The Daily News claims")]
    assert [(e.cameo, e.target.code if e.target else None) for e in claim] == [("010", "USANGO")]


def test_travel_to_a_place_of_ones_own_country_is_no_visit(events_of, source_target_code):
    # CAMEO 042 "Make a visit": a visit to another actor; the president travelling to New York for fundraisers
    # visits no one, while a trip to Beijing visits China.
    text = "President Barack Obama traveled to New York for Democratic Party fundraisers."
    assert source_target_code(events_of(text, published="2016-08-05")) == []
    text = "President Barack Obama traveled to Beijing on Monday."
    assert source_target_code(events_of(text, published="2016-08-05")) == [("USA", "CHN", "042")]


def test_a_country_one_plays_is_no_target(events_of):
    # CAMEO 111 "Criticize or denounce": "to play Switzerland" is to stay neutral; Switzerland is not addressed.
    text = ("“Is he really so ignorant of Southern voters that he thinks this is the way to their heart? To go "
            "neutral, to play Switzerland when you’re talking about the Klan?” Joe Scarborough said of Donald Trump.")
    assert all(e.target is None or e.target.country != "CHE" for e in events_of(text))


@pytest.mark.parametrize(("text", "sides"), [
    ("U.S. President Barack Obama and Russian President Dmitry Medvedev signed the New START treaty in Prague.",
     {("USA", "RUS"), ("RUS", "USA")}),
    ("Iran's chief nuclear negotiator Ali Larijani and EU foreign policy chief Javier Solana met in Vienna on Tuesday.",
     {("IRN", "IGO"), ("IGO", "IRN")}),
])
def test_leaders_joined_by_and_after_their_titles_are_two_sides(sentence_events, text, sides):
    # CAMEO 057 "Sign formal agreement" and 040 "Consult" are coded between the two who act together (Vienna only
    # hosts the talks); the parser makes the second a conjunct of the first one's name, which is no part of it.
    events = sentence_events(text)
    assert {(e.source.code[:3], e.target.code[:3]) for e in events if e.target} == sides
    assert all(" and " not in e.source.text for e in events)


@pytest.mark.parametrize(("text", "sides"), [
    ("Iranian President Hassan Rouhani and Qatari Emir Sheikh Tamim bin Hamad al-Thani discussed the Gulf crisis by "
     "telephone on Sunday.", {("IRNGOV", "QATGOV"), ("QATGOV", "IRNGOV")}),
    ("Colombian President Juan Manuel Santos and FARC commander Rodrigo Londono signed a revised peace accord in "
     "Bogota on Thursday.", {("COLGOV", "COLREB"), ("COLREB", "COLGOV")}),
    ("Mozambique's government and RENAMO rebels signed a general peace accord in Rome on Sunday.",
     {("MOZGOV", "MOZREB"), ("MOZREB", "MOZGOV")}),
])
def test_sides_the_parser_hung_inside_the_second_name_are_two_sides(sentence_events, text, sides):
    # CAMEO 040 "Consult" and 057 "Sign formal agreement" are coded between the two who act together; the parser
    # makes the first side a modifier of the second one's name, with the second one's first word its conjunct.
    events = sentence_events(text)
    assert {(e.source.code, e.target.code) for e in events if e.target} == sides


def test_words_joined_inside_one_phrase_after_its_determiner_are_one_side(sentence_events):
    # CAMEO 045 "Mediate": "the Venezuelan government and opposition leaders" are both Venezuela's; the venue of
    # the talks gives the opposition no country of its own.
    events = sentence_events("Zapatero mediated talks between the Venezuelan government and opposition leaders in "
                             "Santo Domingo.")
    assert {e.target.country for e in events if e.target and e.source.country == "ESP"} == {"VEN"}


def test_a_country_joined_to_the_next_ones_adjective_is_no_side_of_its_own(sentence_events):
    # CAMEO 046 "Engage in negotiation": "US and Chinese defence officials" are the defence officials of both
    # countries (seed 004), not the US as a whole and Chinese officials.
    events = sentence_events("US and Chinese defence officials resumed policy coordination talks at the Pentagon.")
    assert {(e.source.code, e.target.code) for e in events} == {("USAMIL", "CHNMIL"), ("CHNMIL", "USAMIL")}


def test_the_city_a_treaty_is_signed_in_is_no_party_to_it(sentence_events):
    # CAMEO 057 "Sign formal agreement" is coded between the signatories; Brasilia hosts the signing of a treaty
    # between Peru and Ecuador, it does not sign it.
    events = sentence_events("Peruvian President Alberto Fujimori and Ecuadorean President Jamil Mahuad put their "
                             "signatures to a treaty in Brasilia on Monday.")
    assert {(e.source.country, e.target.country) for e in events} == {("PER", "ECU"), ("ECU", "PER")}


def test_congo_after_1997_is_the_democratic_republic_on_every_side(sentence_events):
    # CAMEO 1056 "Demand withdrawal": Congo (Kinshasa) demands that Rwanda and Uganda pull their troops out; after
    # Zaire's renaming in 1997 a bare "Congo" is the Democratic Republic, as a doer and in a list of targets alike.
    demand = sentence_events("Congo demanded that Rwanda pull its troops out of eastern Congo.", "2001-03-02")
    assert {(e.source.country, e.target.country) for e in demand} == {("COD", "RWA")}
    threat = sentence_events("Pakistan threatened to break off relations with Congo and Costa Rica.", "2001-03-02")
    assert {e.target.country for e in threat} == {"COD", "CRI"}


def test_a_list_of_countries_read_as_an_appositive_names_each_once(sentence_events):
    # CAMEO 161 "Reduce or break diplomatic relations" is coded once for each country that broke them; each is
    # named by its own words, with no comma left hanging.
    events = sentence_events("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut diplomatic ties with "
                             "Qatar on Monday.")
    assert {e.source.country for e in events} == {"SAU", "ARE", "BHR", "EGY"}
    assert {e.source.text for e in events if e.source.country in ("BHR", "EGY")} == {"Bahrain", "Egypt"}
    assert not [e for e in events if e.source.text.endswith(",")]
