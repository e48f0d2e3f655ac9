"""Speaker names on news-style snippets: each speaker_name is the full name the article
gives the person the mention denotes, or None -- never a partial name, a title or a guess."""

import pytest

from parley.quotes import extract_quotes


def speakers(nlp, text):
    return [(q.speaker.text if q.speaker else None, q.speaker_name, q.speaker_role) for q in extract_quotes(nlp(text), "t")]


def names(nlp, text):
    return [name for _, name, _ in speakers(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Brooks: Rubio Did Well In the Debate.\n\n"
                     "New York Times columnist David Brooks stated that the debate helped Rubio.",
                     ["David Brooks", "David Brooks"], id="a headline surname takes the full name given later"),
        pytest.param("At the same time, Obama has proposed that workers get help.", [None],
                     id="a surname no full name completes is unresolved"),
        pytest.param("Assemblywoman Claudia Tenney said the race was close.", ["Claudia Tenney"],
                     id="a title is not part of a name"),
        pytest.param("“We had a big issue with trade,” said United Auto Workers Secretary-Treasurer Gary Casteel.",
                     ["Gary Casteel"], id="a hyphenated role is not part of a name"),
        pytest.param("CLEVELAND - Donald Trump said the country was in danger.", ["Donald Trump"],
                     id="a dateline is not part of a name"),
        pytest.param("Bill Clinton campaigned in Iowa on Monday. Hillary Clinton spoke in Ohio. The weather was fine. "
                     "Markets were calm.\n\nMrs. Clinton said the economy needed help.", ["Hillary Clinton"],
                     id="a title of one gender picks that namesake"),
        pytest.param("Hillary Clinton spoke in Ohio on Monday. Donald Trump spoke later. She said the economy was strong.",
                     ["Hillary Clinton"], id="a pronoun skips a person whose given name says the other gender"),
        pytest.param("Donald J. Trump spoke on Monday.\n\nOn Tuesday Donald Trump said the wall would be built.",
                     ["Donald J. Trump"], id="a later full name with the same ends keeps the first form"),
        pytest.param("Mayor Bill de Blasio spoke on Friday.\n\nDe Blasio said the city was safe.", ["Bill de Blasio"],
                     id="a name particle belongs to the full name and starts the surname"),
        pytest.param("U.N. Secretary General Ban Ki-moon spoke on Monday.\n\nBan said the deal was historic.",
                     ["Ban Ki-moon"], id="a hyphenated given name is a full name"),
        pytest.param("Marine Le Pen spoke in Paris on Wednesday.\n\nLe Pen told CNN that she backed Trump.",
                     ["Marine Le Pen"], id="the end of a full name is that name"),
        pytest.param("Marco Rubio’s campaign says two dozen lawmakers are endorsing him.", [None],
                     id="a campaign owned by a person is not that person"),
        pytest.param("President Xi Jinping’s congratulatory message said China would work with the US.", ["Xi Jinping"],
                     id="what a person wrote is credited to them"),
        pytest.param("But not everyone at Clinton's Southern California rally saw her as an agent of change.", [None],
                     id="the owner of a place in the mention is not the speaker"),
        pytest.param("A 2013 study by economists Peter Schott and Justin Pierce says trade cost jobs.", [None],
                     id="one of several authors is not the speaker"),
        pytest.param("Some observers, including sociologist Zeynep Tufekci, also criticized the organization.", [None],
                     id="one member of a group is not its name"),
        pytest.param("GOP presidential contender and former neurosurgeon Ben Carson responded on Sunday that the "
                     "claims were false.", ["Ben Carson"], id="two roles of one person are one speaker"),
        pytest.param("Governor Mary Fallin spoke to CNN on Sunday.\n\n"
                     "FALLIN: Well, I think the whole nation needs to work together.", ["Mary Fallin"],
                     id="I in a transcript is the labelled speaker"),
        pytest.param("“It will disappear,” said one well-connected Democrat familiar with the campaign.", [None],
                     id="a nationality or party is not a name"),
        pytest.param("Most Republicans say they are embarrassed about the race.", [None],
                     id="a plural party is not a name"),
        pytest.param("The AFL-CIO said it would endorse Clinton.", ["AFL-CIO"],
                     id="an organisation name keeps its own spelling"),
    ],
)
def test_speaker_name(nlp, text, expected):
    assert names(nlp, text) == expected


def test_a_description_matches_an_abbreviated_title(nlp):
    text = ("Sen. Marco Rubio spoke in Miami on Monday.\n\n"
            "“This is a failure,” the Florida senator and Republican presidential candidate said in a statement.")
    assert names(nlp, text)[-1] == "Marco Rubio"


def test_a_description_that_says_nothing_more_is_not_the_last_person(nlp):
    text = ("Ben Carson wrote that he was the most honest student in the class. "
            "The professor said the exam had been a hoax.")
    assert names(nlp, text)[-1] is None


def test_an_apposition_that_is_no_role_is_not_a_role(nlp):
    assert speakers(nlp, "Kellyanne Conway, a Republican pollster, said women were undecided.")[0][2] == "Republican pollster"
    assert speakers(nlp, "Hillary Clinton, the favourite of the establishment, said change was risky.")[0][2] is None


def test_a_negated_apposition_is_not_a_role(nlp):
    text = ("“Not Bernie Sanders, not the greatest president you could possibly imagine, can do it alone,” "
            "Bernie Sanders wrote in an email.")
    assert speakers(nlp, text)[-1][1:] == ("Bernie Sanders", None)
