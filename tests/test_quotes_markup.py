"""Markup left in an article's text (tags and their attributes) is neither a cue, nor a speaker, nor part
of a mention or of a quote."""


def test_markup_is_no_cue_and_no_speaker(quotes_of):
    text = ('<tweet pic="" author="GovSmith" timestamp="1449075600" tweet_id="6721">Flood waters are rising fast '
            'tonight.</tweet>.\n\n<tweet author="@JaneDoe" datetime="2016-07-23">I\'m proud to announce my '
            'running mate, a man who has fought for others.</tweet>.')
    for quote in quotes_of(text):
        assert quote.speaker is None or "<" not in quote.speaker.text and '="' not in quote.speaker.text
        assert 'author="' not in quote.text


def test_a_mention_after_a_tag_leaves_the_tag_out(quotes_of):
    text = ('<tweet pic="" author="mreed" tweet_id="6942">Responsible candidate Marco Diaz wants a big tax cut, '
            'a war with Iran, and a balanced budget.</tweet>.')
    speakers = [q.speaker.text for q in quotes_of(text) if q.speaker is not None]
    assert speakers == ["Responsible candidate Marco Diaz"]


def test_quote_marks_inside_a_tag_are_no_quote(quotes_of):
    text = '<tweet author="GovSmith" id="6721">Flood waters are rising fast tonight.</tweet>'
    assert all("GovSmith" not in q.text for q in quotes_of(text))
