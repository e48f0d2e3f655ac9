"""Speaker names on news-style snippets: each speaker_name is the full name the article
gives the person the mention denotes, or None -- never a partial name, a title or a guess."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Brooks: Rubio Did Well In the Debate.\n\n"
                     "New York Times columnist David Brooks stated that the debate helped Rubio.",
                     ["David Brooks", "David Brooks"], id="a headline surname takes the full name given later"),
        pytest.param("At the same time, Obama has proposed that workers get help.", ["Obama"],
                     id="a surname the article never completes is the person's name"),
        pytest.param("Actress Amandla Stenberg spoke at the gala.\n\nStenberg said the award mattered to her.",
                     ["Amandla Stenberg"], id="a given name the tagger left out of a person completes the surname"),
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
        pytest.param("Rebekah Mercer, a conservative donor who has become an ally of the candidate, spoke on Monday.\n\n"
                     "The candidate said the race was close.", [None],
                     id="a description does not match a word in the complement of a role"),
        pytest.param("The wife of John Smith said the case was weak.", [None],
                     id="a person the head is related to is not the speaker"),
        pytest.param("A spokesman for Democratic presidential candidate Hillary Clinton called the report misleading.", [None],
                     id="a spokesman for a person is not that person"),
        pytest.param("His wife, longtime Hillary Clinton aide Huma Abedin, announced they were separated.", ["Huma Abedin"],
                     id="a name modifying a role in the apposition is not the speaker"),
        pytest.param("Felicia Wong, president of the Roosevelt Institute, a progressive think tank, and Stan Greenberg, "
                     "co-founder of the polling firm Democracy Corps, applauded Clinton's remarks.", [None],
                     id="a second person joined to an apposition makes the speakers several"),
        pytest.param("Adil Oksuz is the subject of a manhunt in Turkey. Two years ago, a company that Oksuz created made "
                     "a donation to the Ready for Hillary PAC, a group preparing for Clinton's campaign.\n\n"
                     "A former college professor is at the center of a group of suspicious contributions in 2014 to a super "
                     "PAC supporting Democratic nominee Hillary Clinton.", [None],
                     id="a name with an acronym in it is no full name and an indefinite organisation has no name"),
        pytest.param("Trump Stands Tall On Proposal For Border Wall.\n\n“We will build a wall,” Trump said.", ["Trump"],
                     id="capitalised words of a title-case headline are no full name"),
        pytest.param("Bill Clinton spoke on Monday. Hillary Clinton spoke on Tuesday.\n\n"
                     "Clinton, speaking to reporters on Wednesday, remembers the day. She said the debate was hard.",
                     ["Hillary Clinton"], id="a pronoun picks the namesake of its gender"),
        pytest.param("Donald Trump spoke first.\n\nThe Ethiopian runner, Feyisa Lilesa, won a silver medal in Rio. "
                     "He said he feared returning home.", ["Feyisa Lilesa"], id="a name in apposition to a subject is an antecedent"),
        pytest.param("Donald Trump spoke first. Joe Biden spoke in Scranton.\n\nRepeating from his much-praised speech at "
                     "the Democratic National Convention last week, Biden rubbished Trump’s claim to understand the middle "
                     "class.\n\n“To repeat myself, it’s a bunch of malarkey,” he said.", ["Joe Biden"],
                     id="the owner of an object is no antecedent"),
        pytest.param("POLITICO Florida reported earlier this month that Scott had cut funding.", ["POLITICO Florida"],
                     id="an organisation name keeps the proper nouns the tagger left out"),
        pytest.param("Betty Friedan debated Phyllis Schlafly in 1973.\n\nMrs. Schlafly's pronouncements drove her antagonists to "
                     "distraction. She said that feminism was a mistake.", ["Phyllis Schlafly"],
                     id="the owner of a subject is an antecedent"),
        pytest.param("Donald Trump spoke first. Barack Obama said, “There is a long tradition. That is not new. It dates back to the beginning. "
                     "People worry. They always have. It will pass.”\n\n“I don’t expect that’s going to change,” he continued.",
                     ["Barack Obama", "Barack Obama"], id="the sentences of a long quote do not part a pronoun from its antecedent"),
        pytest.param("Adil Oksuz is the subject of a manhunt in Turkey.\n\nTurkish President Recep Tayyip Erdogan has repeatedly "
                     "called on the United States to extradite Gulen. In the wake of the coup attempt July 15, the Turkish "
                     "government declared Oksuz was a leader of the plot. He was briefly detained. He denounced the coup attempt.",
                     ["Recep Tayyip Erdogan", None, None], id="a person reported on after the antecedent makes a pronoun ambiguous"),
        pytest.param("Former congressman Anthony Weiner had a rough day Monday.\n\nEditor Josh Greenman dropped his "
                     "column.\n\nThese are just the latest jobs Weiner has lost.\n\nIn 2011, he resigned from Congress. He blamed the incident on hackers.", ["Anthony Weiner"],
                     id="the subject of a relative clause is an antecedent when no main subject is near"),
        pytest.param("During an interview with Sean Hannity that aired Wednesday night, the candidate discussed the wall.\n\n"
                     "Hannity asked Trump how high the wall would be.", [None, "Sean Hannity"],
                     id="a given name starts a person's name the tagger called an organisation"),
        pytest.param("Sean Hannity interviewed Donald Trump on Wednesday. Hannity asked about the wall.\n\n"
                     "“It could be higher,” he told Hannity.", ["Sean Hannity", None],
                     id="a pronoun is not a person named in its own clause"),
        pytest.param("“We will follow international practice,” said the spokesman.\n\n"
                     "Spokesman Wang Wenbin also said China hoped for stable ties.", ["Wang Wenbin", "Wang Wenbin"],
                     id="a description takes the holder of its role named in the next sentence"),
        pytest.param("Business Insider also commented on his future as a contributor. “We are sorry to hear about it,” "
                     "the company said in a statement.", ["Business Insider", "Business Insider"],
                     id="the company is the organisation quoted just before"),
        pytest.param("Former congressman Anthony Weiner had a rough day Monday.\n\nBusiness Insider also commented on "
                     "Weiner’s future as a contributor. “We are sorry to hear about it,” the company said in a statement.",
                     ["Business Insider", "Business Insider"], id="a surname tagged an organisation is no other organisation"),
        pytest.param("Reuters reported that Tesla would cut jobs. “We are sorry to hear about it,” the company said.",
                     ["Reuters", None], id="the company is nobody when another organisation was named since the last quoted"),
        pytest.param("The Advocate had chided President Barack Obama for continuing his vacation.", ["Advocate"],
                     id="an unlabelled proper noun after the names an institution"),
        pytest.param("Donald Trump spoke on Monday. After a series of controversies, including his criticism of a Gold Star "
                     "family, the candidate began trying anew.", ["Donald Trump"], id="a possessive pronoun is resolved"),
    ],
)
def test_speaker_name(speaker_names, text, expected):
    assert speaker_names(text) == expected


@pytest.mark.parametrize("name", ["Ban Ki-moon", "Moon Jae-in", "Roh Moo-hyun", "Lee Myung-bak"])
def test_a_name_the_parser_splits_at_its_hyphen_is_the_whole_mention(speakers_of, name):
    # the parser takes "moon" of "Ban Ki-moon" for a subject of its own, and the tagger "in" of "Jae-in" for a noun
    [(mention, speaker_name, _)] = speakers_of(f"{name} on Tuesday urged Japan to resume talks.")
    assert (mention, speaker_name) == (name, name)


def test_a_description_matches_an_abbreviated_title(speaker_names):
    text = ("Sen. Marco Rubio spoke in Miami on Monday.\n\n"
            "“This is a failure,” the Florida senator and Republican presidential candidate said in a statement.")
    assert speaker_names(text)[-1] == "Marco Rubio"


def test_a_description_that_says_nothing_more_is_not_the_last_person(speaker_names):
    text = ("Ben Carson wrote that he was the most honest student in the class. "
            "The professor said the exam had been a hoax.")
    assert speaker_names(text)[-1] is None


def test_an_apposition_that_is_no_role_is_not_a_role(speakers_of):
    assert speakers_of("Kellyanne Conway, a Republican pollster, said women were undecided.")[0][2] == "Republican pollster"
    assert speakers_of("Hillary Clinton, the favourite of the establishment, said change was risky.")[0][2] is None


def test_a_negated_apposition_is_not_a_role(speakers_of):
    text = ("“Not Bernie Sanders, not the greatest president you could possibly imagine, can do it alone,” "
            "Bernie Sanders wrote in an email.")
    assert speakers_of(text)[-1][1:] == ("Bernie Sanders", None)


def test_a_description_role_ends_before_a_clause_set_off(speakers_of):
    text = "“We have a ton of work to do,” said a longtime adviser to both Clintons, who requested anonymity to speak freely."
    assert speakers_of(text)[0][1:] == (None, "longtime adviser to both Clintons")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Kelly Ayotte met voters in Concord on Monday. She said the race was close. “We will win,” he said.",
                     ["Kelly Ayotte", None], id="a pronoun resolved to a person gives them its gender"),
        pytest.param("Dorothy Woods, whose husband, Navy SEAL Ty Woods, was killed in Benghazi, spoke to Hugh Hewitt on "
                     "Thursday.\n\nWoods said she supports Trump.", ["Dorothy Woods"],
                     id="a shared surname is not the relative named beside the person"),
        pytest.param("My favourite description of him came from student Deja Stewart, who laughed when she said he was a "
                     "savage grandpa.", ["Deja Stewart"], id="a relative clause makes its person an antecedent in its sentence"),
        pytest.param("Mike Pence spoke on Monday. The plan, which Paul Ryan drafted after he said the tax code was broken, "
                     "passed.", ["Paul Ryan"], id="the subject of a clause about a thing is an antecedent in its own sentence"),
        pytest.param("Tim Canova spoke in Florida. Bernie Sanders spoke in Vermont. He said he would back Canova.\n\n"
                     "The race is close.\n\nI told Sanders later that his endorsement was mentioned by Yahoo. Friends "
                     "offered to help.\n\n“I've ruined your reputation,” he responded.", ["Bernie Sanders", None, "Bernie Sanders"],
                     id="a later mention in any role keeps a pronoun's antecedent in view"),
        pytest.param("Tim Canova spoke in Florida. Bernie Sanders spoke in Vermont. He said he would back Canova.\n\n"
                     "Deja Stewart laughed. She said he was a savage grandpa.\n\nCome again?\n\nI met with Sanders in his "
                     "office two days later.\n\n“What is imperative is that we keep the movement alive,” he told me.",
                     ["Bernie Sanders", "Deja Stewart", "Bernie Sanders"],
                     id="a pronoun passes over a person of the other gender to the one kept in view"),
        pytest.param("Vice President Joseph R. Biden Jr. spoke in Scranton on Monday.\n\n“This guy's shame has no limits,” "
                     "Mr. Biden said.", ["Joseph R. Biden Jr."], id="a surname is matched before a generational suffix"),
        pytest.param("Beijing hopes to see the poll proceed smoothly, senior diplomat says.\n\nA senior Chinese diplomat made "
                     "overtures to Washington on Thursday, calling for joint efforts to rebuild ties.\nThe remarks by Le "
                     "Yucheng, vice-minister of foreign affairs, were the first positive signs from Beijing.",
                     ["Le Yucheng", "Le Yucheng"], id="an indefinite description is the person whose remarks the next sentence credits"),
        pytest.param("Ben Carson spoke on Monday.\n\n“They have to listen,” the retired neurosurgeon told REVOLT TV.",
                     ["Ben Carson"], id="a definite epithet is the person named just before"),
        pytest.param("Donald Trump said it would have been cool had Hillary Clinton congratulated him.\n\n"
                     "“I was curious,” the Republican nominee said.", ["Donald Trump", "Hillary Clinton", None],
                     id="an epithet after a sentence naming two people is unresolved"),
        pytest.param("Trump told reporters the polls were wrong. Aides said Trump was tired.", ["Trump", None],
                     id="a surname tagged an organisation is no organisation name"),
    ],
)
def test_speaker_name_from_context(speaker_names, text, expected):
    assert speaker_names(text) == expected
