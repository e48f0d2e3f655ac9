"""Event coding on real news (bench/events_news.py tuning set), seventh round: attacks between politicians, killings
by an assailant, warnings about a danger, markup, names of groups, and past careers."""

from test_events_realnews5 import _events


def _codes(nlp, text):
    return [e.cameo for e in _events(nlp, text)]


def test_going_on_the_offensive_against_a_politician_is_criticism(nlp):
    # CAMEO 111 "Criticize or denounce"; 19 "Fight" is armed force, which no senator uses on a rival candidate.
    assert _codes(nlp, "Senator Ted Cruz went on the offensive against Donald Trump on Tuesday.") == ["111"]
    assert _codes(nlp, "Barack Obama went on the offensive against Republicans.") == ["111"]


def test_an_offensive_by_armed_forces_or_a_state_is_still_force(nlp):
    # CAMEO 190 "Use conventional military force, not specified below": an offensive by a country or its troops.
    assert _codes(nlp, "Russia launched an offensive against Ukraine.") == ["190"]
    assert _codes(nlp, "Barack Obama attacked the Islamic State.") == ["190"]


def test_a_killing_by_a_gunman_is_an_assault_not_military_force(nlp):
    # CAMEO 1823 "Kill by physical assault" (18 "Use unconventional violence": "non-military violence ... by
    # non-military actors"): one gunman is no armed force.
    assert _codes(nlp, "A gunman killed five people at a shopping mall in Ohio.") == ["1823"]
    assert _codes(nlp, "The shooter killed three students.") == ["1823"]


def test_killings_by_gunmen_are_not_taken_for_one_persons_assault(nlp):
    # CAMEO 190 "Use conventional military force": a band of gunmen may be fighters; only one assailant is 1823.
    assert "1823" not in _codes(nlp, "Gunmen killed five soldiers.")


def test_a_warning_about_a_danger_is_a_pessimistic_comment(nlp):
    # CAMEO 012 "Make pessimistic comment"; 13 "Threaten" is a warning that the speaker will act against someone.
    assert _codes(nlp, "A German warning about a new world war serves as a reminder.") == ["012"]


def test_a_warning_to_another_country_is_still_a_threat(nlp):
    # CAMEO 130 "Threaten, not specified below": a warning addressed to Russia.
    [event] = _events(nlp, "Germany issued a warning to Russia about consequences.")
    assert event.cameo == "130" and event.target.country == "RUS"


def test_markup_tags_and_attributes_give_no_events(nlp):
    # CAMEO codes acts the news reports; a tag's attributes ("data-text", a link address) report none.
    text = '<tweet id="12345" data-text="Russia attacks Ukraine, US imposes sanctions on Iran"></tweet>'
    assert _events(nlp, text) == []


def test_text_between_tags_is_still_read(nlp):
    # CAMEO 163 "Impose embargo, boycott, or sanctions": the words a link shows are the article's own.
    text = 'Watch <a href="http://example.com/x">the US imposed sanctions on Iran</a> today.'
    assert [e.cameo for e in _events(nlp, text)] == ["163"]


def test_a_group_named_after_an_act_does_not_do_it(nlp):
    # CAMEO 100 "Demand, not specified below" needs a demand; "Demand Progress" is the name of a group that signed.
    text = ("The other groups that signed the letter are MPower Change, Emerge USA, Bend the Arc, Demand Progress "
            "and American Family Voices.")
    assert not [e for e in _events(nlp, text) if e.cameo == "100"]


def test_resigning_at_the_end_of_a_past_career_is_no_event(nlp):
    # CAMEO 0831 "Accede to demands for change in leadership" is an act the news reports; "continued as a member of
    # parliament until resigning in 2014" tells a career.
    text = "Christoph Blocher continued as a member of parliament until resigning in 2014."
    assert not [e for e in _events(nlp, text) if e.cameo.startswith("083")]


def test_a_resignation_the_news_reports_is_still_coded(nlp):
    # CAMEO 0831 "Accede to demands for change in leadership".
    assert _codes(nlp, "The Swiss defence minister resigned on Monday.") == ["0831"]
