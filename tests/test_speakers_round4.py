"""Speaker names, round 4: transcript labels in capitals, a name in apposition to an
indefinite description or at the end of a long title, a given name spelt like a title's
abbreviation, organisation names the tagger leaves unlabelled (which no personal pronoun may
denote), a word a hyphen joins to a name ("Trump-led") and epithets for the person just
named. Each speaker_name is the full name the article gives, or None: never a guess."""

import pytest
from test_quotes_names import names

TRANSCRIPT = ("On Sunday, Governor Ellen Marsh said the state would recover.\n\n"
              "Partial transcript as follows:\n\n"
              "LAURA WHITLOCK: The governor spoke about the floods on Friday. Take a look.\n\n"
              "WHITLOCK: Do you think the state will get federal help this year?\n\n"
              "MARSH: Well, I think the whole state needs to pull together now.\n\n")


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
        pytest.param("Markets were calm on Monday.\n\nOne Republican presidential hopeful, Carly Fiorina, says the "
                     "plan would fail.", ["Carly Fiorina"],
                     id="a name in apposition to an indefinite description is the speaker"),
        pytest.param("Voting went smoothly in most places.\n\nPalm Beach County Supervisor of Elections Susan Bucher "
                     "said turnout was high.", ["Susan Bucher"],
                     id="the person at the end of a long title is the speaker, not the title's words"),
        pytest.param("Ministers met in Singapore on Saturday.\n\nJapanese Defence Minister Gen Nakatani said Tokyo "
                     "was concerned.\n\nNakatani said the talks had been useful.", ["Gen Nakatani", "Gen Nakatani"],
                     id="a given name spelt like a title without a period after a title is a given name"),
        pytest.param("Pastor Kevin Swanson, who leads a small church, attacked the group on his radio show, Right Wing "
                     "Watch reported.\n\nHe then said its leaders should be punished.", ["Right Wing Watch", "Kevin Swanson"],
                     id="a pronoun passes over an organisation the tagger left unlabelled"),
        pytest.param("The Donald Trump-led field has attracted attention.\n\nMr. Trump says his plan would cut taxes.",
                     ["Donald Trump"], id="a word a hyphen joins to a name is not part of it"),
        pytest.param("U.N. Secretary General Ban Ki-moon spoke on Monday.\n\nBan said the deal was historic.",
                     ["Ban Ki-moon"], id="a hyphenated given name keeps its lower-case part"),
    ],
)
def test_speaker_names(nlp, text, expected):
    assert names(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Ann Coulter: The Last Honest Campaign.\n\nA candidate just won by saying what he believed.\n\n"
                     "I always said this would happen once in my lifetime.", "Ann Coulter",
                     id="the narrative's I is the columnist a headline names and the text never mentions again"),
        pytest.param("Bill Clinton: Hillary Is Better Qualified.\n\nBill Clinton spoke in Ohio on Monday.\n\n"
                     "I always said this would happen once in my lifetime.", None,
                     id="the narrative's I is not a newsmaker a headline names and the text mentions again"),
        pytest.param("Donald Trump toured a factory in Ohio on Monday.\n\n“We will bring the jobs back,” the GOP "
                     "front-runner said.", "Donald Trump", id="a hyphenated epithet is the person named just before"),
        pytest.param("Donald Trump toured a factory in Ohio on Monday.\n\n“Will you build a wall?” a reporter asked Trump "
                     "after the tour.\n\n“There will be a wall,” the businessman replied.", "Donald Trump",
                     id="an epithet is the person a reporter just addressed"),
    ],
)
def test_the_last_speaker_name(nlp, text, expected):
    assert names(nlp, text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        pytest.param("Gen. Mark Dale spoke on Monday.\n\nDale said the troops would stay.", "Gen. Mark Dale",
                     id="a title's abbreviation with its period is no given name"),
        pytest.param("Voting went smoothly in most places.\n\nPalm Beach County Supervisor of Elections Susan Bucher "
                     "said turnout was high.", "County Supervisor", id="a title's words are no name"),
    ],
)
def test_never_a_wrong_name(nlp, text, unwanted):
    assert unwanted not in names(nlp, text)
