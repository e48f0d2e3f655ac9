"""Speaker names, round 6: a live blog's entry titles glued to its bylines are headings, and a
heading opens a new section; a function word the tagger runs into a name is no part of it; a
person keeps the fullest form of their name the article writes; an organisation named in a
headline is no antecedent; words a scraped page ran together are no name; a bullet glued to a
given name is no part of it; a surname tagged an organisation with its possessive is still the
person; a "who" after an apposition is the person it describes; the focus of a cleft is what the
clause is about; "he added" is the last speaker going on; a role's holder out of view is nobody
named when another person was just the subject; a pronoun under the headline before the text
names anyone is the person the headline names.
Each speaker_name is the full name the article gives, or None: never a guess."""

import pytest
from test_quotes_names import names

from parley.quotes import lexicon
from parley.quotes.naming import fuller_forms, glued_words
from parley.quotes.speakers import glued_headings

LIVE_BLOG = ("Donald Trump would bring back waterboarding, a technique used by the CIA under President George W. Bush.\n"
             "Sara Bondioli 5pts February 6, 2016 9:52PMBush Says We Should Pay Attention To History In The Middle East\n"
             "Former Florida Gov. Jeb Bush criticized President Barack Obama's intervention in Libya.\n"
             "Bush said history has shown the need to have a stable government in place.")

ROLE_OUT_OF_VIEW = ("Former Florida Gov. Jeb Bush spoke first on the stage.\n\n"
                    "The candidates then turned to the heroin epidemic. Ted Cruz said the border had to be secured. "
                    "Chris Christie added that he would approve cross-border enforcement. He also said he was working "
                    "with the state government on legislation. In his state, Christie said, nonviolent first-time drug "
                    "offenders are sent to treatment. The governor claimed that crime has gone down 20 percent.")


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


def test_words_a_scraped_page_ran_together_are_no_name_word():
    assert glued_words("BobicFlagShareLikeReplyMari")
    assert not any(glued_words(word) for word in ("McDonald", "DeSantis", "VanDerBeek", "NATO"))


def test_a_name_takes_the_one_fuller_form_the_article_writes():
    assert fuller_forms(["Donald Trump", "Donald J. Trump", "Donald Trump Jr."]) == {"Donald Trump": "Donald J. Trump"}


def test_a_name_with_two_fuller_forms_or_a_middle_part_takes_none():
    assert fuller_forms(["George Bush", "George H. W. Bush", "George W. Bush"]) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(LIVE_BLOG, ["Jeb Bush", "Jeb Bush"],
                     id="a namesake named before a live blog's entry title is out of view after it"),
        pytest.param("Ted Cruz and Chris Christie spoke about the heroin epidemic on Saturday.\nNeither Cruz nor "
                     "Christie acknowledged the efforts of the administration.\nCruz said the border had to be secured.",
                     [None, None, "Ted Cruz"], id="a function word the tagger runs into a name makes no namesake"),
        pytest.param("No love lost between Trump and the tech world.\n\nABSTRACT.\n\nThere may be no love lost between "
                     "Donald Trump and the tech world.\n\nFULL TEXT.\n\nDonald J. Trump would not be the first choice "
                     "of Silicon Valley.\n\n“We will win the valley,” Mr. Trump said.", ["Donald J. Trump"],
                     id="a person's name is the fullest form the article writes"),
        pytest.param("Obama Administration To Expand Program To Allow Central Americans To Enter U.S. As Refugees.\n\n"
                     "WASHINGTON — The Obama administration announced plans Tuesday to expand programs that allow "
                     "Central Americans to come to the U.S. as refugees.", [None],
                     id="an organisation the tagger runs into a headline's words is no antecedent"),
        pytest.param("The debate went on for hours.\nIgor BobicFlagShareLikeReplyMari Hayman said the candidates were "
                     "tired.", [None], id="words a scraped page ran together are no name"),
        pytest.param("OUTLIERS - Links to the best of news:\n-David Rothschild assesses Donald Trump’s chances in "
                     "Indiana by comparing prediction markets to forecasts. [PredictWise]\n-Craig Fehrman explains why "
                     "Indiana is “weird.” [538]", ["David Rothschild", "Craig Fehrman"],
                     id="a bullet glued to a given name is no part of the name"),
        pytest.param("Chris Christie lit into Marco Rubio for giving the same speech over and over again.\nChristie's "
                     "been making the case for weeks that Rubio isn't ready for the White House. \"You have not been "
                     "involved in a consequential decision,\" he said.", ["Chris Christie"],
                     id="a surname tagged an organisation with its possessive is the person"),
        pytest.param("“What Ryan did is calling out for that kind of moment,” said Tom Rath, a veteran New Hampshire "
                     "party leader who had endorsed Kasich.", ["Tom Rath", "Tom Rath"],
                     id="a who after an apposition is the person the apposition describes"),
        pytest.param("Hillary Clinton and Donald J. Trump won their home state primaries on Tuesday.\n\nThe two hometown "
                     "winners beamed throughout their victory speeches, but it was Mr. Trump who particularly seemed "
                     "like a different candidate. As he spoke in the lobby of Trump Tower, there were no freewheeling "
                     "presentations of steaks, as in the past. There was no reference to ''Lyin' Ted''; he called his "
                     "opponent ''Senator Cruz'' instead.", ["Donald J. Trump"],
                     id="the focus of a cleft is the antecedent of a later pronoun"),
        pytest.param("Hogan Gidley, a former executive director of the state party, said the base was angry.\n\n''We're "
                     "sick of it,'' Mr. Gidley said. ''I need a candidate who's not going to lie to me.''\n\nMr. Trump, "
                     "who is not taking large donations from special interests, fits that bill for many people, he "
                     "added.", ["Hogan Gidley", "Hogan Gidley", "Hogan Gidley", "Hogan Gidley"],
                     id="he added is the last speaker, not the subject of the words he adds"),
        pytest.param("Hale fires up party base by pricking its orthodoxy.\n\nABSTRACT.\n\nHis popularity, even after he "
                     "criticized President George W. Bush, shows how deeply the party misjudged its voters.\n\nFULL "
                     "TEXT.\n\nMark Jebens, a veteran of the Marine Corps, found no fault with Donald J. Hale's criticism "
                     "of the war.", ["Donald J. Hale", "Donald J. Hale"],
                     id="a pronoun under the headline before anyone is named is the person the headline names"),
        pytest.param("Hale pardons a turkey at the White House.\n\nA farmer from Ohio brought the bird to Washington. "
                     "He said the bird was proud.\n\nPresident Donald Hale spoke for ten minutes.", [None],
                     id="a pronoun under the headline after another subject is not the person the headline names"),
        pytest.param(ROLE_OUT_OF_VIEW, ["Ted Cruz", "Chris Christie", "Chris Christie", "Chris Christie", None],
                     id="a role's holder out of view is nobody named when another person was just the subject"),
    ],
)
def test_speaker_names(nlp, text, expected):
    assert names(nlp, text) == expected
