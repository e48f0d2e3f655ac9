"""What the page around a story gives: a headline in title case is read in the article's own case and coded,
unless it leaves out the doer of an act it only mentions; a heading inside the article, markup tags and
their attributes, and an editor's note give no events; the text between tags is still read."""

BODY = "\n\nThe announcement came on Friday in a letter to supporters.\n"


def test_a_headline_in_title_case_is_read_in_the_case_of_the_article(events_of):
    # CAMEO 051 "Praise or endorse": the headline "Donald Trump Finally Endorses House Speaker Paul Ryan" reports
    # the endorsement; in title case the tagger takes "Endorses" for a name.
    events = events_of("Donald Trump Finally Endorses House Speaker Paul Ryan." + BODY)
    headline = [(e.source.country, e.target.country, e.cameo) for e in events if e.start == 0]
    assert headline == [("USA", "USA", "051")]
    assert [e.source.text for e in events if e.start == 0] == ["Donald Trump"]


def test_a_denial_in_a_title_case_headline_is_coded(events_of):
    # CAMEO 016 "Deny responsibility": "Ben Carson Defends Himself Against Claims He Exaggerated His Life Story".
    text = "Ben Carson Defends Himself Against Claims He Exaggerated His Life Story." + BODY
    assert [e.cameo for e in events_of(text, published="2015-11-08") if e.start == 0] == ["016"]


def test_a_headline_act_whose_doer_it_leaves_out_is_background(events_of):
    # CAMEO 190 "Use conventional military force": "Paris Terror Attacks" in a headline on the NRA names no doer
    # of the attacks; the story is about something else.
    text = "NY Daily News: Paris Terror Attacks Highlight Threat Posed by NRA." + BODY
    assert [e.cameo for e in events_of(text, published="2015-11-16") if e.start == 0 and not e.source.country] == []


def test_a_heading_inside_the_article_still_gives_nothing(events_of):
    # CAMEO 051 "Praise or endorse": a heading that links to another story reports none of this one's acts.
    text = "Budget talks stall in Congress.\n\nLawmakers left on Friday.\n\nDonald Trump Finally Endorses Paul Ryan\n\n"
    heading = text.index("Donald")
    assert [e for e in events_of(text) if e.start >= heading] == []


def test_an_editors_note_is_the_outlets_voice_not_an_act(events_of):
    # CAMEO 132 "Threaten with administrative sanctions" and 030 "Express intent to cooperate": an editor's note
    # says what the outlet thinks of Trump; it reports no act of his.
    text = ("Ted Cruz called the KKK abhorrent on Sunday.\n\nEditor’s note: Donald Trump is a serial liar and bully "
            "who has repeatedly pledged to ban all Muslims from entering the U.S.\n")
    note = text.index("Editor")
    assert [e for e in events_of(text) if e.start >= note] == []


def test_markup_tags_and_attributes_give_no_events(article_events):
    # CAMEO codes acts the news reports; a tag's attributes ("data-text", a link address) report none.
    text = '<tweet id="12345" data-text="Russia attacks Ukraine, US imposes sanctions on Iran"></tweet>'
    assert article_events(text) == []


def test_text_between_tags_is_still_read(article_events):
    # CAMEO 163 "Impose embargo, boycott, or sanctions": the words a link shows are the article's own.
    text = 'Watch <a href="http://example.com/x">the US imposed sanctions on Iran</a> today.'
    assert [e.cameo for e in article_events(text, published="2016-03-09")] == ["163"]
