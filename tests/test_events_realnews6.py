"""Event coding on real news (bench/events_news.py tuning set), sixth round: what a verb of stopping acts on,
phrasal verbs that stop nothing, wishes, killings by one person, and whom an object pronoun stands for."""

from test_events_realnews5 import _events, _quote


def test_breaking_rules_from_a_proposal_on_is_no_halt_of_the_proposal(nlp):
    # CAMEO 16 "Reduce relations": "Cut off or reduce relations, aid, negotiations..." -- what is cut is the verb's
    # object; "broken more rules, from his proposal to deport immigrants to his call to ban Muslims" ends nothing.
    text = ("Mr. Trump has broken even more rules than Mr. Perot did, from his unlikely proposal to deport "
            "11 million illegal immigrants to his call to ban Muslims.")
    assert not [e for e in _events(nlp, text) if e.cameo.startswith("16")]


def test_stopping_someone_from_attacking_still_halts_the_attack(nlp):
    # CAMEO 087 "De-escalate military engagement": a verb of stopping over a gerund through "from" still acts on it.
    text = "The army stopped the rebels from attacking the town."
    assert [e.cameo for e in _events(nlp, text)] == ["087"]


def test_ending_up_doing_something_is_doing_it_not_ending_it(nlp):
    # CAMEO 051 "Praise or endorse"; 161 "Reduce or break diplomatic relations" needs something broken off:
    # "ended up endorsing Clinton" is an endorsement.
    text = "Senator John McCain ended up endorsing Hillary Clinton."
    assert [e.cameo for e in _events(nlp, text)] == ["051"]


def test_wishing_the_audience_a_good_time_is_no_appeal(nlp):
    # CAMEO 020 "Make an appeal or request": a request that someone act; "I hope you guys have a wonderful Super
    # Bowl party" asks nothing of anyone: a statement (010).
    text = "“I hope you guys have a wonderful Super Bowl party,” President Barack Obama said."
    quote = _quote(text, "I hope you guys have a wonderful Super Bowl party", "President Barack Obama", "said",
                   kind="direct")
    assert [e.cameo for e in _events(nlp, text, quote)] == ["010"]


def test_hoping_another_country_acts_is_still_an_appeal(nlp):
    # CAMEO 02 "Appeal": "Make an appeal or request"; hoping the US lifts sanctions asks it to.
    text = "“I hope the United States will lift the sanctions,” Foreign Minister Wang Yi said."
    quote = _quote(text, "I hope the United States will lift the sanctions", "Foreign Minister Wang Yi", "said",
                   kind="direct")
    events = _events(nlp, text, quote)
    assert [e.cameo[:2] for e in events] == ["02"] and events[0].target.country == "USA"


def test_a_killing_by_one_person_is_an_assault_not_military_force(nlp):
    # CAMEO 1823 "Kill by physical assault" (18 "Use unconventional violence": "non-military violence ... by
    # non-military actors"); 190 "Use conventional military force" is for armed forces.
    assert [e.cameo for e in _events(nlp, "George Zimmerman killed Trayvon Martin in February.")] == ["1823"]
    assert [e.cameo for e in _events(nlp, "Israeli troops killed three Palestinians in Gaza.")] == ["190"]


def test_an_object_pronoun_in_reported_speech_is_the_other_person_named(nlp):
    # CAMEO codes whom a statement is aimed at; "Ryan calls Trump line 'racist,' but backs him": 051 "Praise or
    # endorse" of Trump, not of no one.
    text = "Senator Paul Ryan calls Donald Trump line racist, but backs him."
    quote = _quote(text, "him", "Senator Paul Ryan", "backs")
    [event] = _events(nlp, text, quote)
    assert event.cameo == "051" and event.target is not None and event.target.name == "Donald Trump"


def test_an_object_pronoun_after_a_subject_pronoun_is_left_unresolved(nlp):
    # CAMEO 112 "Accuse": the target is whom the text says is accused; in "He attacked Mr. Clinton's personal life
    # after Mrs. Clinton accused him" "him" is "he", not Mr. Clinton, and "he" is not named here.
    text = "He attacked Bill Clinton's personal life after Hillary Clinton accused him of sexism."
    quote = _quote(text, "him of sexism", "Hillary Clinton", "accused")
    accusations = [e for e in _events(nlp, text, quote) if e.quote_id]
    assert accusations and all(e.target is None or e.target.name != "Bill Clinton" for e in accusations)


def test_talking_to_reporters_is_said_by_one_side(nlp):
    # CAMEO 010 "Make statement": one actor's statement; PLOVER 0.8 codes both sides as sources only of a
    # CONSULT whose sides cannot be told apart, and "talking to reporters to praise Obama's accomplishments" is no
    # talk between Sanders and Obama.
    text = ("Sanders, who has made rebuilding the middle class a rallying cry of his campaign, went out of his way in "
            "talking to reporters to praise Obama's economic accomplishments.")
    statements = [e for e in _events(nlp, text) if e.cameo == "010"]
    assert statements and all(e.source.text.startswith("Sanders") for e in statements)


def test_what_a_speaker_tells_the_addressed_they_do_is_no_act_of_the_speaker(nlp):
    # CAMEO 190 "Use conventional military force" is force used; "You either leave or you fight," told to an
    # audience, is a statement (010), and no fight by the speaker, who is not "you".
    text = "“You either leave or you fight,” Russian President Vladimir Putin told the rebels."
    quote = _quote(text, "You either leave or you fight", "Russian President Vladimir Putin", "told", kind="direct")
    assert [e.cameo for e in _events(nlp, text, quote)] == ["010"]


def test_seeking_to_do_something_oneself_is_no_appeal(nlp):
    # CAMEO 020 "Make an appeal or request" asks something of another: "Obama sought to ease Asian worries" asks
    # nothing of anyone; "sought help from Russia" still does.
    assert not [e for e in _events(nlp, "President Barack Obama sought on Wednesday to ease growing Asian worries.")
                if e.cameo.startswith("02")]
    assert [e.cameo for e in _events(nlp, "Iran sought help from Russia on Monday.")] == ["020"]
