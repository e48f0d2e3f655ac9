"""Event coding on real news (bench/events_news.py tuning set), fifth round: former offices, the staff of a
known person, positions held and statements still to be made, whom criticism is aimed at, negation, and
what a speaker calls something."""

import pytest

from parley.actors import load_resolver
from parley.events import code_events
from parley.records import Article, Quote, Span


def _quote(text, content, speaker, cue, number=0, kind="indirect", name=None):
    """A quote of ``text`` as the quotes stage gives it: the speaker's first occurrence, the cue's and content's last."""
    at = {part: text.index(part) if part == speaker else text.rindex(part) for part in (content, speaker, cue) if part}
    span = {part: Span(start, start + len(part), part) for part, start in at.items()}
    return Quote(f"t:q{number}", kind, at[content], at[content] + len(content), content, cue=span.get(cue),
                 speaker=span.get(speaker), speaker_name=name)


def _events(nlp, text, *quotes):
    return code_events(Article(id="t", text=text, published="2016-03-09", quotes=list(quotes)), nlp(text), nlp)


def _quote_events(nlp, text, quote):
    return [e for e in _events(nlp, text, quote) if e.quote_id]


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


def test_the_staff_of_a_known_person_are_of_that_persons_country(nlp):
    # CAMEO codes an actor by whom it acts for: a senator's spokesman speaks for a US senator ("Kasich's chief
    # strategist" is of Kasich's country), though the mention names no country of its own.
    text = ("Senator Bernie Sanders voted against the bill on Tuesday. "
            "Sanders spokesman Michael Briggs said the vote was about jobs. "
            "Sanders’s office said the senator would keep fighting.")
    spokesman = _quote(text, "the vote was about jobs", "Sanders spokesman Michael Briggs", "said",
                       name="Michael Briggs")
    office = _quote(text, "the senator would keep fighting", "Sanders’s office", "said", number=1)
    events = _events(nlp, text, spokesman, office)
    by_quote = {e.quote_id: e.source.country for e in events if e.quote_id}
    assert by_quote == {"t:q0": "USA", "t:q1": "USA"}


def test_a_position_held_in_the_present_is_no_event(nlp):
    # Codebook: the CAMEO events of a sentence are acts that happened; "descriptions of positions held" are not
    # events (a stand on a policy in the simple present: "He calls for a single-payer system").
    text = ("Hillary Clinton leads the race.\n\n"
            "He calls for a single-payer health care system; she backs tougher regulations.")
    calls = _quote(text, "a single-payer health care system", "He", "calls for", name="Bernie Sanders")
    backs = _quote(text, "tougher regulations", "she", "backs", name="Hillary Clinton", number=1)
    assert _events(nlp, text, calls, backs) == []


def test_an_appeal_made_on_a_day_is_still_an_event(nlp):
    # CAMEO 020 "Make an appeal or request": "called for" on a day the text gives is an act, not a position.
    text = "Hillary Clinton leads the race.\n\nBernie Sanders called for a single-payer health care system on Monday."
    quote = _quote(text, "a single-payer health care system on Monday", "Bernie Sanders", "called for",
                   name="Bernie Sanders")
    assert [e.cameo[:2] for e in _events(nlp, text, quote)] == ["02"]


def test_a_statement_still_to_be_made_is_no_event(nlp):
    # CAMEO 036 "Express intent to meet or negotiate" is someone's own stated intent; a show's schedule ("will
    # discuss", "will call in to discuss") tells of no statement made and of no meeting.
    text = ("The show airs every morning.\n\n"
            "Editor Aaron Klein will discuss the attack in Mali. "
            "Reporter Raheem Kassam will call in from London to discuss the migrant crisis in Syria.")
    klein = _quote(text, "the attack in Mali", "Editor Aaron Klein", "will discuss", name="Aaron Klein")
    kassam = _quote(text, "the migrant crisis in Syria", "Reporter Raheem Kassam", "discuss", name="Raheem Kassam",
                    number=1)
    assert _events(nlp, text, klein, kassam) == []


def test_criticism_that_names_no_one_is_aimed_at_the_speakers_own_country(nlp):
    # CAMEO 111 "Criticize or denounce" is verbal conflict, always against someone: naming no one, a US
    # president's words are aimed at his domestic opponents (the domestic target, as for acts in sentences).
    text = "“Anyone claiming that the economy is in decline is peddling fiction,” Barack Obama said."
    quote = _quote(text, "Anyone claiming that the economy is in decline is peddling fiction", "Barack Obama", "said",
                   name="Barack Obama", kind="direct")
    [event] = _quote_events(nlp, text, quote)
    assert (event.cameo, event.target.country, event.target.code) == ("111", "USA", None)


def test_a_plain_statement_naming_no_one_keeps_no_target(nlp):
    # CAMEO 010 "Make statement": a neutral comment on the economy is aimed at no actor.
    text = "“The economy added jobs in January,” Barack Obama said."
    quote = _quote(text, "The economy added jobs in January", "Barack Obama", "said", name="Barack Obama",
                   kind="direct")
    [event] = _quote_events(nlp, text, quote)
    assert (event.cameo, event.target) == ("010", None)


def test_not_wanting_troops_to_fight_is_no_threat_of_force(nlp):
    # Issue 4: "Negation and modality are not events of the same kind"; CAMEO 138 "Threaten with military force"
    # needs a threat, and "did not want troops to fight" makes none.
    text = "Hillary Clinton said she did not want American troops to fight the Islamic State."
    quote = _quote(text, "she did not want American troops to fight the Islamic State", "Hillary Clinton", "said",
                   name="Hillary Clinton")
    assert not [e for e in _quote_events(nlp, text, quote) if e.cameo.startswith(("13", "19"))]


def test_a_second_relative_clause_is_about_the_same_noun(nlp):
    # CAMEO 190 "Use conventional military force" needs a doer that fights: in "claims, which are meritless and
    # which strike at the heart of the committee" the claims strike, not the speaker.
    text = ("“We disagree strongly with those claims, which are meritless and which improperly strike at the heart of "
            "the committee,” Senator Bernie Sanders said.")
    quote = _quote(text, "We disagree strongly with those claims, which are meritless and which improperly strike at "
                         "the heart of the committee", "Senator Bernie Sanders", "said", kind="direct")
    codes = [e.cameo for e in _quote_events(nlp, text, quote)]
    assert codes and not [c for c in codes if c.startswith("19")]


def test_calling_something_an_attack_criticizes_it(nlp):
    # CAMEO 111 "Criticize or denounce": what a speaker calls a lawsuit ("nothing short of an attack against the
    # committee") is their word on it, not an attack (190), nor an appeal ("call for", 020).
    text = "Senator Bernie Sanders’s office calls the lawsuit nothing short of an attack against the committee."
    quote = _quote(text, "the lawsuit nothing short of an attack against the committee", "Senator Bernie Sanders’s office",
                   "calls")
    assert [e.cameo for e in _quote_events(nlp, text, quote)] == ["111"]


def test_condemning_an_attack_by_no_one_named_keeps_no_target(nlp):
    # CAMEO 111 "Criticize or denounce": whom condemning "such a cowardly attack" abroad is aimed at is whoever
    # did it, whom the statement does not name; not the speaker's own country.
    text = "Chancellor Angela Merkel of Germany condemned “such a cowardly attack” on Monday."
    quote = _quote(text, "such a cowardly attack", "Chancellor Angela Merkel of Germany", "condemned",
                   name="Angela Merkel", kind="mixed")
    assert [(e.cameo, e.source.country, e.target) for e in _quote_events(nlp, text, quote)] == [("111", "DEU", None)]


def test_a_city_before_an_attack_is_where_it_happened_not_who_did_it(nlp):
    # CAMEO codes the attackers as the source of 18-20 (assaults, fights); "the Paris attacks" says where they
    # happened, as "Paris said" would name the French government.
    text = "The Paris attacks killed 129 people on Friday."
    events = _events(nlp, text)
    assert events and not [e for e in events if e.source.country == "FRA"]


def test_suggesting_what_was_is_no_appeal(nlp):
    # CAMEO 020 "Make an appeal or request" asks someone to act; "suggested that the policy was a mistake" states
    # a view (as "insisted that ..." does).
    text = "Bernie Sanders suggested that the policy was a mistake."
    quote = _quote(text, "the policy was a mistake", "Bernie Sanders", "suggested", name="Bernie Sanders")
    assert [e.cameo[:2] for e in _quote_events(nlp, text, quote)] == ["01"]


def test_a_threat_someone_poses_is_no_threat_made(nlp):
    # CAMEO 13 "Threaten" is a warning of what one will do; "poses a threat", "the threat Trump represents" say
    # someone is a danger.
    for text in ("Iran poses a threat to the region.", "Voters fear the threat that Donald Trump represents."):
        assert not [e for e in _events(nlp, text) if e.cameo.startswith("13")]


def test_hoping_so_is_an_optimistic_comment(nlp):
    # CAMEO 013 "Make optimistic comment"; 020 "Make an appeal or request" would need someone asked to act.
    text = "“I hope so,” Hillary Clinton said."
    quote = _quote(text, "I hope so", "Hillary Clinton", "said", kind="direct", name="Hillary Clinton")
    assert [e.cameo for e in _quote_events(nlp, text, quote)] == ["013"]
