"""What a pronoun, a relative "who", a description, an epithet or a role stands for: the person of its
gender the text keeps in view, the one an apposition or a role names -- never a group or a list, an
organisation, a person inside someone's reported words, one the text has moved away from, nor an
institution, a greeting or a place the tagger took for a person. Unresolvable is None, never a guess."""

import pytest
from spacy.tokens import Span

from parley.quotes import extract_quotes

BEFORE_MAIN_CLAUSE = ("Bill Kerr met Tom Hale in Ohio on Monday. The delegates cheered. Markets were calm.\n\n"
                      "As she told reporters that the state would pass the bill, Gov. {governor} smiled.{after}")

ROLE_OUT_OF_VIEW = ("Former Florida Gov. Jeb Bush spoke first on the stage.\n\n"
                    "The candidates then turned to the heroin epidemic. Ted Cruz said the border had to be secured. "
                    "Chris Christie added that he would approve cross-border enforcement. He also said he was working "
                    "with the state government on legislation. In his state, Christie said, nonviolent first-time drug "
                    "offenders are sent to treatment. The governor claimed that crime has gone down 20 percent.")

HOLDER_OUT_OF_VIEW = ("Republican Sen. John McCain says the loose talk about waterboarding skips over the facts.\n\n"
                      "The Arizona Republican survived five years in a Vietnamese prison.\n\n"
                      "Later, Democratic presidential candidate Bernie Sanders chose not to respond to the attacks.\n\n"
                      "Instead, the Vermont senator is sticking to his campaign message.\n\n"
                      "“We have come a long way,” he told cheering supporters in Nashua on Monday.")

LIST_WHO = ("Florida Sen. Marco Rubio says he did well in the debate.\n\n"
            "Rubio refrained from attacking his rivals, Jeb Bush and Chris Christie, who say the senator lacks experience.\n\n"
            "“I did great,” he said.")

RIVALS = ("Jim Jordan spoke first. {} Then Tom Hill spoke. Jordan became a rival. "
          "He said the team would win.")


def names_by_content(quotes):
    """The speaker_name of each quote, by its content."""
    return {q.text: q.speaker_name for q in quotes}


def tagged_place(nlp, text, word, occurrences):
    """`text` parsed, with the given occurrences (counted from 0) of `word` labelled a place, as
    the small model sometimes labels a surname."""
    doc = nlp(text)
    tokens = [t for t in doc if t.text == word]
    places = [Span(doc, tokens[n].i, tokens[n].i + 1, label="GPE") for n in occurrences]
    doc.ents = [e for e in doc.ents if not any(e.start < p.end and p.start < e.end for p in places)] + places
    return extract_quotes(doc, "t")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Governor Ellen Marsh spoke on Monday.\n\nMs. Marsh and other state leaders said the budget "
                     "was fair.", [None], id="a person and a plural of others is a group, not the person"),
        pytest.param("Chancellor Peter Voss spoke in Berlin.\n\nIn 2014, Austria's president and foreign and defense "
                     "ministers all urged a bigger role. Weeks later, Russia's leader, President Ivan Dorn, annexed a "
                     "province.", [None],
                     id="a role and a plural of other roles is a group, not a holder of the role"),
        pytest.param("Pastor Kevin Swanson, who leads a small church, attacked the group on his radio show, Right Wing "
                     "Watch reported.\n\nHe then said its leaders should be punished.", ["Right Wing Watch", "Kevin Swanson"],
                     id="a pronoun passes over an organisation the tagger left unlabelled"),
        pytest.param("Sam Pryor, a radio host, recalled in 2008 that before the caucus, Obama was not treated as "
                     "seriously by his listeners.\n\n“I hate to say it, but that is how people saw it,” he said.",
                     ["Sam Pryor", "Sam Pryor"], id="the subject of a that-clause a reporting verb opens is no antecedent"),
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
        pytest.param(BEFORE_MAIN_CLAUSE.format(governor="Susan Marsh", after=""), ["Susan Marsh"],
                     id="a pronoun in a clause before its main clause is the main clause's named subject of its gender"),
        pytest.param(BEFORE_MAIN_CLAUSE.format(governor="Robin Marsh", after=" Markets fell.\n\nMr. Marsh said the vote "
                                               "was close."), [None, "Robin Marsh"],
                     id="a pronoun in a clause before its main clause is not a named subject of the other gender"),
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
        pytest.param(ROLE_OUT_OF_VIEW, ["Ted Cruz", "Chris Christie", "Chris Christie", "Chris Christie", None],
                     id="a role's holder out of view is nobody named when another person was just the subject"),
        pytest.param("Richard Holm was on the flight, according to an interview his brother Alastair Holm gave to ITV. "
                     "The 40-year-old worked as a geologist. He had just welcomed a second baby, his brother added.",
                     [None, "Alastair Holm"], id="his brother is the one person named earlier as his brother"),
        pytest.param("Richard Holm was on the flight, according to an interview his brother Alastair Holm gave to ITV. "
                     "Jane Ruiz was also on board. She had just moved to Paris, her brother added.",
                     [None, None], id="her brother is not the person named earlier as his brother"),
        pytest.param("“Few come close,” said Gene B. Sperling, a former adviser to President Bill Clinton and President "
                     "Obama, who has offered advice to Mrs. Clinton during her campaigns.",
                     ["Gene B. Sperling", "Gene B. Sperling"],
                     id="a relative who after an apposition with a list is the person"),
        pytest.param("The mayor spoke on Monday.\n\n“We will finish the bridge,” said Representative Ann Ruiz of Ohio, "
                     "a co-chairwoman of the Progressive Caucus, who warned that the plan would fail.",
                     ["Ann Ruiz", "Ann Ruiz"], id="a who after the organisation of a person's role is that person"),
        pytest.param("Lena Ortiz, a Republican consultant, is a Virginia resident who said the race was close.",
                     ["Lena Ortiz"], id="a who after a predicate noun is the subject the noun describes"),
        pytest.param("Other delegates from the state include Reps. Darrell Nunn and Duncan Pryor, who was one of the "
                     "earliest members to say the plan would work.", ["Duncan Pryor"],
                     id="a who with a singular verb after a list of names is the last one listed"),
        pytest.param("Other delegates from the state include Reps. Darrell Nunn and Duncan Pryor, who were among the "
                     "earliest members to say the plan would work.", [None],
                     id="a who with a plural verb after a list of names is nobody named"),
        pytest.param("“What Ryan did is calling out for that kind of moment,” said Tom Rath, a veteran New Hampshire "
                     "party leader who had endorsed Kasich.", ["Tom Rath", "Tom Rath"],
                     id="a who after an apposition is the person the apposition describes"),
        pytest.param("Markets were calm on Monday.\n\nOne Republican presidential hopeful, Carly Fiorina, says the "
                     "plan would fail.", ["Carly Fiorina"],
                     id="a name in apposition to an indefinite description is the speaker"),
    ],
)
def test_speaker_names(speaker_names, text, expected):
    assert speaker_names(text) == expected


def test_a_presidents_white_house_is_no_antecedent_of_he(quotes_of):
    quotes = quotes_of("An Obama White House official spoke. The Obama White House said the deal was fair. "
                       "He said it would pass.")
    assert names_by_content(quotes) == {"the deal was fair": None, "it would pass": None}


def test_a_holiday_greeting_is_no_antecedent_of_she(quotes_of):
    quotes = quotes_of("Merry Christmas to all, the senator wrote. She said the holidays were hard.")
    assert names_by_content(quotes)["the holidays were hard"] is None


def test_a_person_named_beside_a_greeting_is_still_an_antecedent(quotes_of):
    quotes = quotes_of("Jane Smith arrived. Merry Christmas! She said she was tired.")
    assert names_by_content(quotes) == {"she was tired": "Jane Smith"}


def test_the_white_house_still_speaks_as_an_organisation(quotes_of):
    quotes = quotes_of("The White House said on Monday that talks would resume.")
    assert names_by_content(quotes) == {"that talks would resume": "White House"}


def test_a_titled_surname_labelled_a_place_is_still_a_name(nlp):
    quotes = tagged_place(nlp, "Mr. Ramos met voters on Monday. Ramos said the network would keep covering the race.",
                          "Ramos", [1])
    assert names_by_content(quotes) == {"the network would keep covering the race": "Ramos"}


def test_a_person_labelled_a_place_is_an_antecedent_of_he(nlp):
    text = ("Jorge Ramos crossed the border in 1983. Maria Lopez joined him in Miami a year later. "
            "Ramos became a journalist at Univision. He said the network would keep covering the race.")
    quotes = tagged_place(nlp, text, "Ramos", [1])
    assert names_by_content(quotes) == {"the network would keep covering the race": "Jorge Ramos"}


def test_a_country_that_speaks_is_no_antecedent_of_he(nlp):
    quotes = tagged_place(nlp, "Jordan said the border would stay closed. He said talks would resume.", "Jordan", [0])
    assert names_by_content(quotes)["talks would resume"] is None


def test_a_surname_used_more_for_a_place_is_no_antecedent(nlp):
    quotes = tagged_place(nlp, RIVALS.format("Voters in Jordan cheered."), "Jordan", [1, 2])
    assert names_by_content(quotes) == {"the team would win": "Tom Hill"}


def test_a_surname_used_more_for_a_person_is_an_antecedent(nlp):
    quotes = tagged_place(nlp, RIVALS.format("Mr. Jordan smiled."), "Jordan", [2])
    assert names_by_content(quotes) == {"the team would win": "Jim Jordan"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Donald Trump is keeping up his criticism.\n\nTrump, in Kentucky, said Tuesday that March Rubio was "
                     "“a total lightweight” while Ted Cruz is “a liar.” However, he held his fire on Ben Carson, calling "
                     "him a “nice guy.”\n\nHe said his dealing powers would force companies to keep jobs in America.",
                     "Donald Trump", id="a person inside a reported clause is no antecedent in the next sentence"),
        pytest.param("Former Representative Peter Hoekstra said that a swap involved difficult trade-offs but that if "
                     "Barack Obama opted to make one, he should have insisted on getting all imprisoned Americans out.",
                     "Barack Obama", id="a subject of a clause inside a report is an antecedent within the report"),
        pytest.param("Donald Trump has won the Republican presidential primary in Georgia, taking home his first win in the "
                     "group of contests known as Super Tuesday.\n\nThe Republican front-runner has already won three of the "
                     "previous four nomination contests, putting him ahead of his rivals, particularly Sens. Ted Cruz and "
                     "Marco Rubio, who many feel need a strong showing on Tuesday to keep their campaigns afloat.\n\n"
                     "Trump posted a message on Twitter reading “Thank you Georgia” moments after polls closed.\n\n___.\n\n"
                     "7:30 p.m.\n\nBernie Sanders is thanking supporters at a victory rally in his home state of Vermont.\n\n"
                     "Sanders captured the Democratic primary in Vermont, his first win on Super Tuesday. His opponent, "
                     "Hillary Clinton, won Georgia and Virginia.\n\nHe told the raucous crowd that it meant a lot to him "
                     "that “the people who know me best” gave him a victory.", "Bernie Sanders",
                     id="a surname the tagger calls a common noun keeps its person in view"),
        pytest.param("City Council Speaker Melissa Mark-Viverito spoke on Wednesday.\n\n"
                     "Mark-Viverito, who is term limited, declined a question.\n\n"
                     "“Any other question?” she said.", "Melissa Mark-Viverito",
                     id="a pronoun after a hyphenated surname is that person"),
        pytest.param("Hillary Clinton and Bernie Sanders clashed on the debate stage, as she said Sanders had voted "
                     "against the auto industry.", "Hillary Clinton",
                     id="a pronoun after a list subject is the one listed person of its gender"),
        pytest.param("Count former Mexican President Felipe Calderon among the critics.\n\n"
                     "“We are not going to pay for such a stupid wall,” Calderon told CNBC Saturday.\n\n"
                     "But the former Mexican president didn’t stop there.\n\n"
                     "“The first loser of such a policy would be the United States,” he continued.", "Felipe Calderon",
                     id="a role after the keeps its holder in view for a pronoun"),
        pytest.param("Xi Jinping said China wants to work with the US to improve ties.\n"
                     "“China is willing to work with the US to promote the stable, healthy and sustainable development of "
                     "China-US relations,” Xi said in a Jan. 4 letter detailed by the Foreign Ministry on January 10, "
                     "Bloomberg reports.\nChina’s leader also said Beijing and Washington should “seek more benefits for "
                     "their two peoples,” according to the statement.", "Xi Jinping",
                     id="a country's leader is the person named just before"),
        pytest.param("Donald Trump toured a factory in Ohio on Monday.\n\n“We will bring the jobs back,” the GOP "
                     "front-runner said.", "Donald Trump", id="a hyphenated epithet is the person named just before"),
        pytest.param("Donald Trump toured a factory in Ohio on Monday.\n\n“Will you build a wall?” a reporter asked Trump "
                     "after the tour.\n\n“There will be a wall,” the businessman replied.", "Donald Trump",
                     id="an epithet is the person a reporter just addressed"),
    ],
)
def test_the_last_speaker_name(speaker_names, text, expected):
    assert speaker_names(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Investigative reporter\xa0Julia Hahn said the plan failed.", ("Julia Hahn", "Investigative reporter"),
                     id="a role before a non-breaking space is still the role"),
        pytest.param("Gen. Wesley Clark, a retired\xa0four-star general, said the plan failed.",
                     ("Wesley Clark", "retired four-star general"), id="a role keeps no non-breaking space"),
        pytest.param("China’s Ministry of Commerce spokesperson, He Yongqian, explicitly stated a willingness to "
                     "“increase communication with the U.S.”", ("He Yongqian", "China’s Ministry of Commerce spokesperson"),
                     id="an unlabelled name in apposition to a role is the speaker"),
    ],
)
def test_first_speaker_name_and_role(speakers_of, text, expected):
    assert speakers_of(text)[0][1:] == expected


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        pytest.param("Hillary Clinton Under Pressure To Repudiate General Who Called For Internment Of Islamic Radicals.\n\n"
                     "Eleven groups are asking Hillary Clinton to repudiate the support of a retired general.",
                     "Hillary Clinton", id="a relative who is not a person named before another noun"),
        pytest.param("Tom Emanuel of Laconia said he was leaning toward Donald Trump. Jeb Bush responded.\n\n"
                     "After the event, Mr. Emanuel said Mr. Bush had not yet won him over, but he sounded a nostalgic note "
                     "for what Mr. Bush represented.", "Jeb Bush",
                     id="the subject of a reported clause is no antecedent outside it"),
    ],
)
def test_never_a_wrong_name(speaker_names, text, unwanted):
    assert unwanted not in speaker_names(text)


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
def test_never_the_wrong_last_speaker(speaker_names, text, unwanted):
    assert speaker_names(text)[-1] != unwanted
