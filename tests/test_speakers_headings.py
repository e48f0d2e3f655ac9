"""Headlines, headings and the page around a story: a headline's capitalised words, a heading inside the
text, a live blog's entry titles glued to its bylines and a bracketed aside name nobody and end no mention
early; a subhead or a bracketed paragraph does not part a pronoun from its person; a pronoun or a bare
role just under a headline is the person the headline or the opening sentence names."""

import pytest

from parley.quotes import lexicon
from parley.quotes.speakers import glued_headings

LIVE_BLOG = ("Donald Trump would bring back waterboarding, a technique used by the CIA under President George W. Bush.\n"
             "Sara Bondioli 5pts February 6, 2016 9:52PMBush Says We Should Pay Attention To History In The Middle East\n"
             "Former Florida Gov. Jeb Bush criticized President Barack Obama's intervention in Libya.\n"
             "Bush said history has shown the need to have a stable government in place.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("China Seeks Increased Cooperation with the U.S. Following Trump’s Re-election\n"
                     "Despite Trump’s threats, China has expressed its desire for cooperation.\n"
                     "Trump said the tariffs would stay.", "Trump",
                     id="a headline's capitalised word before a surname is no given name"),
        pytest.param("Officials met in Beijing on Monday.\nWhat Comes Next Following Trump’s Victory\n"
                     "Trump said the tariffs would stay.", None, id="a heading inside the text names nobody"),
        pytest.param("Officials met in Beijing on Monday.\nSalma Hayek Described Her Experience Being Discriminated Against\n"
                     "The actress spoke at an event on Monday. Hayek confirmed she had been and said, “America has a very "
                     "severe problem with discrimination.”", "Salma Hayek",
                     id="a person named only in a heading inside the text is named up to the first word no name"),
        pytest.param("Vice President Joe Biden trashed Donald Trump on Monday.\n\n"
                     "Trump’s accusation had imperiled the lives of US troops, Biden said.\n\n"
                     "“If my son were still in Iraq, the threat to their life has gone up a couple of clicks,” he said."
                     "\n\n– Country less safe –.\n\n“Trump is already making our country less safe,” he said.", "Joe Biden",
                     id="a subhead does not part a pronoun from its antecedent"),
    ],
)
def test_the_last_speaker_name(speaker_names, text, expected):
    assert speaker_names(text)[-1] == expected


def test_a_capitalised_preposition_ends_a_headline_speaker(quotes_of):
    quotes = quotes_of("Hillary Clinton Under Pressure Says She Will Release Transcripts")
    assert [(q.speaker.text, q.speaker_name) for q in quotes] == [("Hillary Clinton", "Hillary Clinton")]


def test_a_headline_phrase_the_tagger_ran_into_a_name_leaves_the_name(quotes_of):
    quotes = quotes_of("Obama Under Fire From Democrats Says He Will Not Resign\n\n"
                       "President Barack Obama spoke on Monday.")
    assert [(q.speaker.text, q.speaker_name) for q in quotes] == [("Obama", "Barack Obama")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(LIVE_BLOG, ["Jeb Bush", "Jeb Bush"],
                     id="a namesake named before a live blog's entry title is out of view after it"),
        pytest.param("Obama Administration To Expand Program To Allow Central Americans To Enter U.S. As Refugees.\n\n"
                     "WASHINGTON — The Obama administration announced plans Tuesday to expand programs that allow "
                     "Central Americans to come to the U.S. as refugees.", [None],
                     id="an organisation the tagger runs into a headline's words is no antecedent"),
        pytest.param("Hale fires up party base by pricking its orthodoxy.\n\nABSTRACT.\n\nHis popularity, even after he "
                     "criticized President George W. Bush, shows how deeply the party misjudged its voters.\n\nFULL "
                     "TEXT.\n\nMark Jebens, a veteran of the Marine Corps, found no fault with Donald J. Hale's criticism "
                     "of the war.", ["Donald J. Hale", "Donald J. Hale"],
                     id="a pronoun under the headline before anyone is named is the person the headline names"),
        pytest.param("Hale pardons a turkey at the White House.\n\nA farmer from Ohio brought the bird to Washington. "
                     "He said the bird was proud.\n\nPresident Donald Hale spoke for ten minutes.", [None],
                     id="a pronoun under the headline after another subject is not the person the headline names"),
        pytest.param("Senator Says Tax Cuts Will Pay For Themselves.\n\nSenator Jane Ruiz of Ohio said on Monday that the "
                     "cuts would boost growth.", ["Jane Ruiz", "Jane Ruiz"],
                     id="a bare role in the headline is the person the opening sentence names with it"),
        pytest.param("Senator Says Tax Cuts Will Pay For Themselves.\n\nThe cuts were announced on Monday. Officials in "
                     "Ohio were surprised. Markets rose.\n\nSenator Jane Ruiz of Ohio said the cuts would boost growth.",
                     [None, "Jane Ruiz"], id="a bare role in the headline is nobody named when its holder comes late"),
        pytest.param("Anna Palmer has covered Congress for years.\n\n(Subscribe to our podcast with Glenn Thrush.)\n\n"
                     "“I covered lobbying, which was hard,” she said.", ["Anna Palmer"],
                     id="a bracketed paragraph is no distance between a person and a pronoun"),
    ],
)
def test_speaker_names(speaker_names, text, expected):
    assert speaker_names(text) == expected


def test_a_title_case_run_that_ends_a_line_after_a_byline_is_a_heading():
    text = "Sara Bondioli 5pts February 6, 2016 9:26PMDonald Trump Booed After Telling Jeb Bush To Pipe Down\n"
    (start, end), = glued_headings(text, lexicon.load().headline_minor_words)
    assert text[start:end] == "9:26PMDonald Trump Booed After Telling Jeb Bush To Pipe Down"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The senator said the vote would pass on Monday.\n", id="prose ends with a full stop"),
        pytest.param("One poll shows Ted Cruz ahead of Trump In Indiana Polls. [IPFW]\n", id="a citation in brackets"),
        pytest.param("Jim Bennett Stands In Front Of The School\n", id="a title-case line is a heading already"),
        pytest.param("Additional reporting by Catherine Wong and William Zheng\n", id="a sentence runs into the names"),
    ],
)
def test_a_line_that_ends_in_a_sentence_or_citation_has_no_glued_heading(text):
    assert glued_headings(text, lexicon.load().headline_minor_words) == []


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        pytest.param("Cruz: Trump Would Put Liberals On Court, ‘I Fear The Same Thing Is True’ for Rubio.\n\n"
                     "Republican presidential candidate Ted Cruz argued that fellow candidate Donald Trump would put "
                     "liberals on the court.", "Trump Would Put Liberals On Court",
                     id="a name the tagger runs into a headline ends at the mention"),
        pytest.param("Top Climate Group Will Run Ads Demanding GOP Candidates Act.\n\nThe group said it would spend "
                     "$1 million.", "Will Run Ads", id="an organisation a headline cut short is no name"),
        pytest.param("Trump May Not Have Suggested A Muslim Registry.\n\nHe said so on Friday.", "Trump May",
                     id="capitalised words of a headline are no person"),
    ],
)
def test_never_a_wrong_name(speaker_names, text, unwanted):
    assert unwanted not in speaker_names(text)
