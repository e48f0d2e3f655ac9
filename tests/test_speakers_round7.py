"""Speaker names, round 7: a hyphenated surname ("Lopez-Cantera") is one word that stands for the
full name it ends; a role's holder out of view is no antecedent when someone else was just the
subject; a "who" with a plural verb after a list stands for the list, no one person; a list
subject is the antecedent of a pronoun only through the one person of the pronoun's gender; a
role a person owns ("Grayson's spokeswoman") is no holder's whose role names someone else.
Each speaker_name is the full name the article gives, or None: never a guess."""

import pytest
from test_quotes_names import names

from parley.quotes.naming import last_word

HOLDER_OUT_OF_VIEW = ("Republican Sen. John McCain says the loose talk about waterboarding skips over the facts.\n\n"
                      "The Arizona Republican survived five years in a Vietnamese prison.\n\n"
                      "Later, Democratic presidential candidate Bernie Sanders chose not to respond to the attacks.\n\n"
                      "Instead, the Vermont senator is sticking to his campaign message.\n\n"
                      "“We have come a long way,” he told cheering supporters in Nashua on Monday.")

LIST_WHO = ("Florida Sen. Marco Rubio says he did well in the debate.\n\n"
            "Rubio refrained from attacking his rivals, Jeb Bush and Chris Christie, who say the senator lacks experience.\n\n"
            "“I did great,” he said.")


def test_the_last_word_of_a_name_keeps_the_parts_a_hyphen_joins(nlp):
    doc = nlp("Lopez-Cantera said so, and Clinton - Kaine won.")
    assert [t.text for t in last_word(list(doc[0:3]))] == ["Lopez", "-", "Cantera"]
    assert [t.text for t in last_word(list(doc[7:10]))] == ["Kaine"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Carlos Lopez-Cantera, a Republican, toured Miami on Monday.\n\n"
                     "Lopez-Cantera said the state needed more teachers.", ["Carlos Lopez-Cantera"],
                     id="a hyphenated surname stands for the full name it ends"),
        pytest.param("City Council Speaker Melissa Mark-Viverito spoke on Wednesday.\n\n"
                     "Mark-Viverito, who is term limited, declined a question.\n\n"
                     "“Any other question?” she said.", ["Melissa Mark-Viverito"],
                     id="a pronoun after a hyphenated surname is that person"),
        pytest.param("Hillary Clinton and Bernie Sanders clashed on the debate stage, as she said Sanders had voted "
                     "against the auto industry.", ["Hillary Clinton"],
                     id="a pronoun after a list subject is the one listed person of its gender"),
    ],
)
def test_the_last_speaker_name(nlp, text, expected):
    assert names(nlp, text)[-1:] == expected


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        pytest.param(HOLDER_OUT_OF_VIEW, "John McCain",
                     id="a role whose holder is out of view is no antecedent when someone else was just the subject"),
        pytest.param(LIST_WHO, "Chris Christie", id="a who with a plural verb after a list is no one person"),
        pytest.param(LIST_WHO, "Jeb Bush", id="a pronoun after a list of people of its gender is none of them"),
        pytest.param("Patrick Murphy backs the plan. Murphy's spokeswoman Galia Slayen said he was proud of it.\n\n"
                     "Alan Grayson opposes it. Grayson's spokeswoman said the claim was false.", "Galia Slayen",
                     id="a role a person owns is not the holder of that role for someone else"),
    ],
)
def test_never_the_wrong_last_speaker(nlp, text, unwanted):
    assert names(nlp, text)[-1] != unwanted
