"""Plain-text parsing: headlines, datelines, residue and echoes, on small made-up texts."""

from hypothesis import given
from hypothesis import strategies as st

from parley.ingest.dates import find_dateline, parse_date
from parley.ingest.plaintext import is_boilerplate, parse_plain_text


def test_whole_line_datelines_in_several_spellings_give_iso_dates():
    assert find_dateline("Published: November 9, 2020\n").published == "2020-11-09"
    assert find_dateline("  posted on Mon, 9 Nov. 2020 10:30 GMT").published == "2020-11-09"
    assert find_dateline("9th November 2020").published == "2020-11-09"
    assert find_dateline("Date: 2024-01-10T08:00:00Z").published == "2024-01-10"


def test_partial_or_ambiguous_dates_are_not_datelines():
    assert find_dateline("Published November 2020") is None
    assert find_dateline("Published 11/09/2020") is None
    assert find_dateline("Published 31 February 2020") is None
    assert find_dateline("Published reports say the talks went well.") is None


def test_leading_dateline_leaves_the_rest_of_the_line():
    dateline = find_dateline(" date 2020-11-05 Maintaining ties, Le said.\n")
    assert (dateline.published, dateline.rest) == ("2020-11-05", "Maintaining ties, Le said.\n")


def test_a_date_inside_a_sentence_is_not_a_dateline():
    assert find_dateline("On 9 November 2020 the ministry said nothing.") is None


def test_parse_date_normalises_timestamps_and_spellings():
    assert parse_date("2020-11-09T23:30:00+08:00") == "2020-11-09"
    assert parse_date("Sat, 09 Nov 2020 10:00:00 GMT") == "2020-11-09"
    assert parse_date("Sept. 9, 2020") == "2020-09-09"
    assert parse_date("Thursday, November 5th, 2020 at 10am") == "2020-11-05"


def test_parse_date_refuses_relative_ambiguous_and_impossible_dates():
    for value in ("yesterday", "2 days ago", "09/11/2020", "9 Foobar 2020", "2020-02-30", "9 November 2020" * 10):
        assert parse_date(value) is None, value


def test_first_dateline_gives_published_and_all_datelines_are_dropped():
    parsed = parse_plain_text("Headline here\nPublished 9 November 2020\nBody.\nPosted 10 November 2020\n")
    assert parsed.published == "2020-11-09"
    assert parsed.text == "Body."


def test_first_line_ending_like_a_sentence_is_not_a_title():
    parsed = parse_plain_text("China said on Thursday it hopes for cooperation.\nMore text.")
    assert parsed.title is None
    assert parsed.text == "China said on Thursday it hopes for cooperation.\nMore text."


def test_first_line_continued_in_lowercase_is_wrapped_text_not_a_title():
    parsed = parse_plain_text("China said on Thursday that it hopes\nfor cooperation with the US.")
    assert parsed.title is None


def test_lone_line_stays_text_rather_than_becoming_a_title():
    parsed = parse_plain_text("Short note\n")
    assert (parsed.title, parsed.text) == (None, "Short note")


def test_repeated_headline_is_dropped_but_a_far_repeat_is_kept():
    far = "\n".join(f"Paragraph {n}." for n in range(6))
    parsed = parse_plain_text(f"Big News Today\n\nBig News Today\n\nFirst.\n{far}\nBig News Today")
    assert parsed.title == "Big News Today"
    assert parsed.text.startswith("First.")
    assert parsed.text.endswith("Big News Today")


def test_dropping_lines_does_not_pile_up_blank_lines():
    parsed = parse_plain_text("Title Line\n\nFirst para.\n\n• facebook\n\nSecond para.\n\n\nThird para.\n")
    assert parsed.text == "First para.\n\nSecond para.\n\n\nThird para."


def test_crlf_line_endings_are_kept():
    parsed = parse_plain_text("Title Line\r\n\r\nFirst para.\r\nSecond para.\r\n")
    assert parsed.text == "First para.\r\nSecond para."


def test_residue_patterns_match_menu_items_but_not_article_sentences():
    for residue in ("• Live", "  • google plus", "News > China", "Home » World » Asia",
                    "Share on Facebook", "Post with no comments.", "12 comments", "Photo: Reuters",
                    "By Jane Doe and John Smith", "Reporting by Jane Doe; Editing by John Smith"):
        assert is_boilerplate(residue), residue
    for sentence in ("Live coverage resumed after the briefing.", "• China and the US agreed to resume talks.",
                     "He said the share of exports fell > 5% in 2020.", "Photo opportunities were rare.",
                     "By then, the talks had stalled.", "Reporting by the BBC found no evidence."):
        assert not is_boilerplate(sentence), sentence


@given(st.text(alphabet=st.sampled_from("ab .\n\r•>|:-0129 NovemberPublished"), max_size=300))
def test_every_output_line_is_an_input_line_or_the_end_of_one_minus_its_line_ending(raw):
    parsed = parse_plain_text(raw)
    inputs = raw.split("\n")
    for line in parsed.text.split("\n"):
        assert any(candidate.endswith(line) or candidate.rstrip("\r").endswith(line) for candidate in inputs)
