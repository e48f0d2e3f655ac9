"""Speaker names, round 5: a mention that adds a group to a person names no one; a "who" is the
person whose role ends with the organisation before it, the subject a predicate noun describes,
or the last of a list when its verb is singular; a name only a quote gives is no namesake of the
narrative's person; a father and son who share a name stay two people; a name tagged an
organisation is a person's when "Ms." stands before its surname elsewhere; the subject of what
someone recalled is no antecedent; a word that only starts a later full name is not completed by
it; a bracketed paragraph is no distance, and a pronoun in an aside keeps its person in view;
"his brother" is the one person named earlier as his brother; a bare role in the headline is
the person the opening sentences name with it; a pronoun in a clause set before its main clause
is that clause's named subject of its gender.
Each speaker_name is the full name the article gives, or None: never a guess."""

import pytest
from test_quotes_names import names

FAMILY = ("Robert K. Hale spoke at the rally on Monday.\n\n"
          "His son Robert Jr. said the family was proud of the campaign.\n\n"
          "“We are ready for the fall,” said the younger Mr. Hale.\n\n"
          "Mr. Hale said the economy needed help.\n\n"
          "The crowd cheered for Robert Hale Jr., who said the campaign would win.")

BEFORE_MAIN_CLAUSE = ("Bill Kerr met Tom Hale in Ohio on Monday. The delegates cheered. Markets were calm.\n\n"
                      "As she told reporters that the state would pass the bill, Gov. {governor} smiled.{after}")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Governor Ellen Marsh spoke on Monday.\n\nMs. Marsh and other state leaders said the budget "
                     "was fair.", [None], id="a person and a plural of others is a group, not the person"),
        pytest.param("Chancellor Peter Voss spoke in Berlin.\n\nIn 2014, Austria's president and foreign and defense "
                     "ministers all urged a bigger role. Weeks later, Russia's leader, President Ivan Dorn, annexed a "
                     "province.", [None],
                     id="a role and a plural of other roles is a group, not a holder of the role"),
        pytest.param("The mayor spoke on Monday.\n\n“We will finish the bridge,” said Representative Ann Ruiz of Ohio, "
                     "a co-chairwoman of the Progressive Caucus, who warned that the plan would fail.",
                     ["Ann Ruiz", "Ann Ruiz"], id="a who after the organisation of a person's role is that person"),
        pytest.param("Donald J. Harlan spoke at the rally in Ohio.\n\nThe crowd chanted as he spoke. “Tom Harlan would "
                     "never have allowed this,” one supporter said.\n\nMr. Harlan said the economy needed help.",
                     [None, "Donald J. Harlan"],
                     id="a name only a quote gives is no namesake of the person the narrative named"),
        pytest.param("Experts were divided.\n\n“The army is too small,” said Gesa Tempel, the editor of a policy "
                     "magazine.\n\nThe elite know that “you have to build a force,” Ms. Tempel said.",
                     ["Gesa Tempel", "Gesa Tempel"],
                     id="two words tagged an organisation that end in a surname written after Ms. are a person"),
        pytest.param("Sam Pryor, a radio host, recalled in 2008 that before the caucus, Obama was not treated as "
                     "seriously by his listeners.\n\n“I hate to say it, but that is how people saw it,” he said.",
                     ["Sam Pryor", "Sam Pryor"], id="the subject of a that-clause a reporting verb opens is no antecedent"),
        pytest.param("Lena Ortiz, a Republican consultant, is a Virginia resident who said the race was close.",
                     ["Lena Ortiz"], id="a who after a predicate noun is the subject the noun describes"),
        pytest.param("Other delegates from the state include Reps. Darrell Nunn and Duncan Pryor, who was one of the "
                     "earliest members to say the plan would work.", ["Duncan Pryor"],
                     id="a who with a singular verb after a list of names is the last one listed"),
        pytest.param("Other delegates from the state include Reps. Darrell Nunn and Duncan Pryor, who were among the "
                     "earliest members to say the plan would work.", [None],
                     id="a who with a plural verb after a list of names is nobody named"),
        pytest.param("Markets fell on Friday.\n\nSpencer said the fund had lost money this year.\n\nThe fund is run by "
                     "Spencer Hale, who declined to comment.", [None, "Spencer Hale"],
                     id="a word that only starts a full name given later is not completed by it"),
        pytest.param("Hillary: The Plan Will Work.\n\nHillary Clinton said on Monday the plan would work.",
                     ["Hillary Clinton", "Hillary Clinton"],
                     id="a common given name in a headline is completed by the full name given later"),
        pytest.param("Anna Palmer has covered Congress for years.\n\n(Subscribe to our podcast with Glenn Thrush.)\n\n"
                     "“I covered lobbying, which was hard,” she said.", ["Anna Palmer"],
                     id="a bracketed paragraph is no distance between a person and a pronoun"),
        pytest.param("Hans Weber, a lawmaker, wants more spending. Karl Kamp runs a security academy in Berlin.\n\n"
                     "“We are almost there,” Mr. Kamp said. “More is being decided than anyone imagined.”\n\n"
                     "The major danger he sees for these plans is the rise of populist movements.\n\n"
                     "Populists have little interest in common goals, he said.",
                     ["Hans Weber", "Karl Kamp", "Karl Kamp", "Karl Kamp"],
                     id="a pronoun of the person's gender in an aside keeps them in view"),
        pytest.param("Hans Weber, a lawmaker, wants more spending. Karl Kamp runs a security academy in Berlin.\n\n"
                     "“We are almost there,” Mr. Kamp said. “More is being decided than anyone imagined.”\n\n"
                     "The major danger for these plans is the rise of populist movements.\n\n"
                     "Populists have little interest in common goals, he said.",
                     ["Hans Weber", "Karl Kamp", "Karl Kamp", None],
                     id="a pronoun two paragraphs after its person with nothing between is nobody named"),
        pytest.param("Richard Holm was on the flight, according to an interview his brother Alastair Holm gave to ITV. "
                     "The 40-year-old worked as a geologist. He had just welcomed a second baby, his brother added.",
                     [None, "Alastair Holm"], id="his brother is the one person named earlier as his brother"),
        pytest.param("Richard Holm was on the flight, according to an interview his brother Alastair Holm gave to ITV. "
                     "Jane Ruiz was also on board. She had just moved to Paris, her brother added.",
                     [None, None], id="her brother is not the person named earlier as his brother"),
        pytest.param("Senator Says Tax Cuts Will Pay For Themselves.\n\nSenator Jane Ruiz of Ohio said on Monday that the "
                     "cuts would boost growth.", ["Jane Ruiz", "Jane Ruiz"],
                     id="a bare role in the headline is the person the opening sentence names with it"),
        pytest.param("Senator Says Tax Cuts Will Pay For Themselves.\n\nThe cuts were announced on Monday. Officials in "
                     "Ohio were surprised. Markets rose.\n\nSenator Jane Ruiz of Ohio said the cuts would boost growth.",
                     [None, "Jane Ruiz"], id="a bare role in the headline is nobody named when its holder comes late"),
        pytest.param(BEFORE_MAIN_CLAUSE.format(governor="Susan Marsh", after=""), ["Susan Marsh"],
                     id="a pronoun in a clause before its main clause is the main clause's named subject of its gender"),
        pytest.param(BEFORE_MAIN_CLAUSE.format(governor="Robin Marsh", after=" Markets fell.\n\nMr. Marsh said the vote "
                                               "was close."), [None, "Robin Marsh"],
                     id="a pronoun in a clause before its main clause is not a named subject of the other gender"),
        pytest.param(FAMILY, ["Robert Hale Jr.", "Robert Hale Jr.", "Robert K. Hale", "Robert Hale Jr."],
                     id="a father and a son with a suffix stay two people"),
    ],
)
def test_speaker_names(nlp, text, expected):
    assert names(nlp, text) == expected
