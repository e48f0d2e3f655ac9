"""Event coding on real news (bench/events_news.py tuning set), ninth round: headlines in title case are read,
denials of claims, idioms of criticism and pleas for money take their finer codes, advice, arranged calls, trips at
home and what is still to come are no acts, and one named person calling another is a telephone call."""

from parley.events import code_events
from parley.quotes import extract_quotes
from parley.records import Article


def _events(nlp, text, published="2016-08-05"):
    doc = nlp(text)
    article = Article(id="t", text=text, published=published)
    article.quotes = extract_quotes(doc, article.id)
    return code_events(article, doc, nlp)


def _codes(nlp, text, published="2016-08-05"):
    return [(e.source.country, e.target.country if e.target else None, e.cameo) for e in _events(nlp, text, published)]


BODY = "\n\nThe announcement came on Friday in a letter to supporters.\n"


def test_a_headline_in_title_case_is_read_in_the_case_of_the_article(nlp):
    # CAMEO 051 "Praise or endorse": the headline "Donald Trump Finally Endorses House Speaker Paul Ryan" reports
    # the endorsement; in title case the tagger takes "Endorses" for a name.
    events = _events(nlp, "Donald Trump Finally Endorses House Speaker Paul Ryan." + BODY)
    headline = [(e.source.country, e.target.country, e.cameo) for e in events if e.start == 0]
    assert headline == [("USA", "USA", "051")]
    assert [e.source.text for e in events if e.start == 0] == ["Donald Trump"]


def test_a_denial_in_a_title_case_headline_is_coded(nlp):
    # CAMEO 016 "Deny responsibility": "Ben Carson Defends Himself Against Claims He Exaggerated His Life Story".
    text = "Ben Carson Defends Himself Against Claims He Exaggerated His Life Story." + BODY
    assert [e.cameo for e in _events(nlp, text, "2015-11-08") if e.start == 0] == ["016"]


def test_a_heading_inside_the_article_still_gives_nothing(nlp):
    # CAMEO 051 "Praise or endorse": a heading that links to another story reports none of this one's acts.
    text = "Budget talks stall in Congress.\n\nLawmakers left on Friday.\n\nDonald Trump Finally Endorses Paul Ryan\n\n"
    heading = text.index("Donald")
    assert [e for e in _events(nlp, text) if e.start >= heading] == []


def test_a_headline_act_whose_doer_it_leaves_out_is_background(nlp):
    # CAMEO 190 "Use conventional military force": "Paris Terror Attacks" in a headline on the NRA names no doer
    # of the attacks; the story is about something else.
    text = "NY Daily News: Paris Terror Attacks Highlight Threat Posed by NRA." + BODY
    assert [e.cameo for e in _events(nlp, text, "2015-11-16") if e.start == 0 and not e.source.country] == []


def test_defending_oneself_against_claims_denies_them(nlp):
    # CAMEO 016 "Deny responsibility": defending oneself against claims, answering accusations or refuting a
    # story denies what is claimed; the accusations are not the speaker's (no 112 "Accuse").
    assert _codes(nlp, "Ben Carson defended himself against claims that he exaggerated his life story.") == [
        ("USA", None, "016")]
    responded = _codes(nlp, "Ben Carson responded on Sunday to accusations that he exaggerated his life story.")
    assert [code for _, _, code in responded] == ["016"]
    assert [code for _, _, code in _codes(nlp, "Ben Carson continued to refute a Politico story about his claim.")] == [
        "016"]


def test_idioms_of_a_verbal_attack_are_criticism(nlp):
    # CAMEO 111 "Criticize or denounce": "took a shot at", "took offense", "a campaign jab".
    assert ("USA", "111") in [(s, c) for s, _, c in _codes(
        nlp, "Donald Trump also took a shot at likely Democratic nominee Hillary Clinton on Monday.")]
    assert ("USA", "USA", "111") in _codes(nlp, "Donald Trump took offense when Hillary Clinton criticized him.")
    assert ("USA", "USA", "111") in _codes(
        nlp, "Although Michael Bloomberg is not yet a candidate, Donald Trump sent a campaign jab the billionaire's way.")


def test_pleas_for_money_on_someones_behalf_rally_support(nlp):
    # CAMEO 053 "Rally support on behalf of": "sent fundraising pleas on Canova's behalf".
    assert [c for _, _, c in _codes(nlp, "Donald Trump sent fundraising pleas on Paul Ryan's behalf.")] == ["053"]


def test_advice_in_a_quote_is_no_act_of_the_speaker(nlp):
    # CAMEO 190 "Use conventional military force" is force used; "Fight back, do whatever you have to do" is
    # advice to the one addressed, and "Withdraw your troops" asks Russia to withdraw (no 0874 by the speaker).
    text = ('"You know, it happens, right?" Trump went on. "But you gotta get over it. Fight back, do whatever you '
            'have to do."')
    assert [c for _, _, c in _codes(nlp, text) if c.startswith("19")] == []
    withdrawal = '"Withdraw your troops from Ukraine now," President Barack Obama told Russia.'
    assert [c for _, _, c in _codes(nlp, withdrawal) if c.startswith("087")] == []


def test_travel_to_a_place_of_ones_own_country_is_no_visit(nlp):
    # CAMEO 042 "Make a visit": a visit to another actor; the president travelling to New York for fundraisers
    # visits no one, while a trip to Beijing visits China.
    assert _codes(nlp, "President Barack Obama traveled to New York for Democratic Party fundraisers.") == []
    assert _codes(nlp, "President Barack Obama traveled to Beijing on Monday.") == [("USA", "CHN", "042")]


def test_calls_being_arranged_are_no_appeal(nlp):
    # CAMEO 020 "Make an appeal or request": "arranging calls with both Sanders and Clinton" asks nothing of them.
    text = "Joe Biden was arranging calls with both Bernie Sanders and Hillary Clinton to discuss the race."
    assert [c for _, _, c in _codes(nlp, text) if c.startswith("02")] == []


def test_a_present_tense_clause_of_time_under_a_past_act_is_still_to_come(nlp):
    # CAMEO 040 "Consult": "all signs pointed to Obama endorsing Clinton on Thursday after the president meets
    # with Sanders" tells of a meeting to come; "met Sanders after Sanders lost" reports one.
    text = ("Though the White House kept mum about the timing, all signs pointed to Obama endorsing Clinton on "
            "Thursday after the president meets with Sanders in the Oval Office.")
    assert [c for _, _, c in _codes(nlp, text, "2016-06-08") if c.startswith("04")] == []
    met = "President Barack Obama met Bernie Sanders after Sanders lost the primary."
    assert ("USA", "USA", "040") in _codes(nlp, met, "2016-06-08")


def test_words_of_contempt_in_a_statement_are_criticism(nlp):
    # CAMEO 111 "Criticize or denounce": a statement that calls someone "a lightweight" or "a loser" condemns them.
    text = '"He is a total lightweight and a loser," Donald Trump said of Marco Rubio.'
    assert _codes(nlp, text, "2016-02-27") == [("USA", "USA", "111")]


def test_staff_named_by_a_possessive_pronoun_are_of_the_one_person_it_can_stand_for(nlp):
    # CAMEO actor codes: staff speak for their principal's country; "His campaign chairman Paul Manafort" after a
    # paragraph on Trump is American, after one naming two people whose "his" it is is not told.
    text = ("As he spoke on Thursday, Donald Trump became the first candidate to buy a trend. His campaign chairman "
            "Paul Manafort said that the day went well.")
    assert [e.source.country for e in _events(nlp, text) if e.source.text.startswith("His")] == ["USA"]
    two = ("Donald Trump spoke on Thursday. Hillary Clinton spoke on Friday. His campaign chairman Paul Manafort said "
           "that the day went well.")
    assert [e.source.country for e in _events(nlp, two) if e.source.text.startswith("His")] == [None]


def test_one_named_person_calling_another_is_a_telephone_call(nlp):
    # CAMEO 041 "Discuss by telephone": "Xi Jinping called Joe Biden on Tuesday" names no one a name; "called Cruz a
    # liar" does, and is a criticism (111 "Criticize or denounce").
    assert _codes(nlp, "Chinese President Xi Jinping called Joe Biden on Tuesday.", "2021-02-10") == [
        ("CHN", "USA", "041")]
    assert _codes(nlp, "Donald Trump called Ted Cruz a liar on Tuesday.") == [("USA", "USA", "111")]


def test_a_call_to_someone_to_do_something_is_a_telephone_call(nlp):
    # CAMEO 041 "Discuss by telephone": "called Joe Biden to congratulate him" says what the call was for.
    text = "Chinese President Xi Jinping called Joe Biden to congratulate him on his victory."
    assert ("CHN", "USA", "041") in _codes(nlp, text, "2020-11-25")
