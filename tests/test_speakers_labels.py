"""Speakers the page labels rather than a verb of saying: a transcript's labels (in capitals or title case,
completed by the full name the article gives), an interview's Q and A, a signature line under a pull
quote, a label opening a quote, and the columnist a headline names as the narrative's "I". A label or a
heading that names no one leaves the speaker unnamed."""

import pytest

from parley.quotes import extract_quotes
from parley.quotes.speakers import article_resolver

TRANSCRIPT = ("On Sunday, Governor Ellen Marsh said the state would recover.\n\n"
              "Partial transcript as follows:\n\n"
              "LAURA WHITLOCK: The governor spoke about the floods on Friday. Take a look.\n\n"
              "WHITLOCK: Do you think the state will get federal help this year?\n\n"
              "MARSH: Well, I think the whole state needs to pull together now.\n\n")

INTERVIEW = ("Q&A with Senator Maria Alvarez.\n\n"
             "Senator Maria Alvarez spoke with reporters on her flight home. Here is the edited transcript.\n\n"
             "Q: The campaign has turned gloomy. Why?\n\n"
             "A: I think the candidates are making a big mistake.\n\n"
             "And I said the economy is much stronger than they claim.\n\n"
             "Q: Will you endorse anyone?\n\n"
             "A: I said I would wait until the convention.")


def first_person(nlp, text):
    """The name each "I" of `text` resolves to, once its quotes are read."""
    doc = nlp(text)
    extract_quotes(doc, "t")
    resolver = article_resolver(doc)
    return [resolver.resolve(token).name for token in doc if token.text == "I"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(TRANSCRIPT, ["Ellen Marsh", "Laura Whitlock", "Laura Whitlock", "Ellen Marsh"],
                     id="a capital transcript label is the full name the article or an earlier label gives"),
        pytest.param("Officials met in Denver on Monday.\n\n"
                     "PAUL KESSLER: Nobody expected the river to rise this fast, and we need help.\n\n"
                     "KESSLER: Nobody expected it at all, believe me.", ["Paul Kessler", "Paul Kessler"],
                     id="a capital label that starts with a given name is that name in title case, and completes a later one"),
        pytest.param("Officials met in Denver on Monday.\n\n"
                     "KESSLER: Nobody expected the river to rise this fast, and we need help.\n\n"
                     "KESSLER: Nobody expected it at all, believe me.", [None, None],
                     id="a capital surname label no full name completes is nobody named"),
    ],
)
def test_speaker_names(speaker_names, text, expected):
    assert speaker_names(text) == expected


def test_a_title_case_transcript_label_names_its_i(nlp):
    text = ("A panel led by Chris Matthews discussed the tax.\n\n"
            "\"Chris Matthews: Seriously, I think this plan is cheap pandering.\"\n\nOthers disagreed.")
    assert first_person(nlp, text) == ["Chris Matthews"]


def test_a_heading_before_a_colon_names_no_i(nlp):
    assert first_person(nlp, "Key Takeaways: I think this plan is cheap pandering.\n\nOthers disagreed.") == [None]


def test_a_label_opening_a_quote_names_its_speaker(quotes_of):
    text = ("A panel led by Chris Matthews discussed the tax.\n\n"
            "\"Chris Matthews: Seriously, this plan is cheap pandering to the voters.\"\n\nOthers disagreed.")
    quotes = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [(q.text, q.speaker_name) for q in quotes] == [
        ("Seriously, this plan is cheap pandering to the voters.", "Chris Matthews")]


def test_a_capital_label_inside_a_quote_is_its_speaker_not_a_name_after_it(quotes_of):
    text = ("Hillary Clinton took questions on Monday.\n\n"
            "\"PEREZ: Secretary Clinton, you wrote an e-mail on the night of the attack.\n\n"
            "\"PEREZ: Secretary Clinton, did you mislead them?\n\n"
            "\"CLINTON: I feel a great deal of sympathy for the families.\"\n\n")
    quotes = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [(q.speaker.text, q.speaker_name) for q in quotes] == [
        ("PEREZ", None), ("PEREZ", None), ("CLINTON", "Hillary Clinton")]


def test_a_quote_opening_with_a_label_of_no_one_does_not_follow_the_quote_before(quotes_of):
    text = ("Hillary Clinton took questions on Monday.\n\n"
            "\"CLINTON: I feel a great deal of sympathy for the families.\n\n"
            "\"VIDEO: They all told me it was a video when they knew it was not the video.\"\n\n")
    quotes = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [q.speaker_name for q in quotes] == ["Hillary Clinton", None]


def test_the_i_of_an_interview_answer_is_the_interviewee(nlp):
    assert first_person(nlp, INTERVIEW) == ["Maria Alvarez"] * 4


def test_the_i_of_a_paragraph_that_continues_an_answer_is_the_interviewee(quotes_of):
    quotes = [q for q in quotes_of(INTERVIEW) if q.speaker is not None and q.speaker.text == "I"]
    assert ("the economy is much stronger than they claim", "Maria Alvarez") in [(q.text, q.speaker_name) for q in quotes]


def test_a_single_answer_label_makes_no_interview(nlp):
    text = INTERVIEW.replace("Q: Will you endorse anyone?\n\nA: I said I would wait until the convention.", "")
    assert first_person(nlp, text) == [None, None]


def test_a_signature_line_under_a_pull_quote_names_its_i(nlp):
    text = ("Economists weighed in on the plan.\n\n"
            "“I worry that we may see a return of calls for balanced budgets.”\n"
            "— Dean Baker, Center for Economic and Policy Research\n\nOthers disagreed.")
    assert first_person(nlp, text) == ["Dean Baker"]


def test_a_pull_quote_without_a_signature_leaves_its_i_unnamed(nlp):
    text = ("Economists weighed in on the plan.\n\n"
            "“I worry that we may see a return of calls for balanced budgets.”\n\nOthers disagreed.")
    assert first_person(nlp, text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Ann Coulter: The Last Honest Campaign.\n\nA candidate just won by saying what he believed.\n\n"
                     "I always said this would happen once in my lifetime.", "Ann Coulter",
                     id="the narrative's I is the columnist a headline names and the text never mentions again"),
        pytest.param("Bill Clinton: Hillary Is Better Qualified.\n\nBill Clinton spoke in Ohio on Monday.\n\n"
                     "I always said this would happen once in my lifetime.", None,
                     id="the narrative's I is not a newsmaker a headline names and the text mentions again"),
    ],
)
def test_the_last_speaker_name(speaker_names, text, expected):
    assert speaker_names(text)[-1] == expected
