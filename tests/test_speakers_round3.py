"""Speaker names and roles, round 3: the general causes of the errors found on a fresh sample of
PolNeAR train articles and the seeds -- non-breaking spaces, title-case headings, relative
"who", clauses inside reports, namesakes, unlabelled names, subheads. Each speaker_name is the
full name the article gives, or None: never a partial name, a heading's words or a guess."""

import pytest
from test_quotes_names import names, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Senator Donald\xa0Trump spoke on Monday.\n\nTrump said the wall would be built.", "Donald Trump",
                     id="a name the tagger splits at a non-breaking space is one name"),
        pytest.param("Meanwhile, the\xa0Daily News\xa0claims the refusal is itself a form of jihad.", "Daily News",
                     id="an organisation name after a non-breaking space has no space in it"),
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
        pytest.param("Donald Trump is keeping up his criticism.\n\nTrump, in Kentucky, said Tuesday that March Rubio was "
                     "“a total lightweight” while Ted Cruz is “a liar.” However, he held his fire on Ben Carson, calling "
                     "him a “nice guy.”\n\nHe said his dealing powers would force companies to keep jobs in America.",
                     "Donald Trump", id="a person inside a reported clause is no antecedent in the next sentence"),
        pytest.param("Former Representative Peter Hoekstra said that a swap involved difficult trade-offs but that if "
                     "Barack Obama opted to make one, he should have insisted on getting all imprisoned Americans out.",
                     "Barack Obama", id="a subject of a clause inside a report is an antecedent within the report"),
        pytest.param("Neither John Kasich nor Mario Rubio has won a state.\n\n" + "Voters waited in the cold. " * 12 +
                     "\n\nNews feeds shifted a few seconds later to Marco Rubio’s speech.\n\n"
                     "Some in the crowd booed when Rubio said it was great to be home.", "Marco Rubio",
                     id="a namesake named in the sentence before is the one meant"),
        pytest.param("Spokesman Wang Wenbin said China would follow international practice.\n\n"
                     "Wang said Beijing's position had not changed.\n\n"
                     "Wang Huiyao, head of a think tank, said he expected more dialogue.\n\n"
                     "Wang said Beijing would always maintain dialogue.", None,
                     id="a namesake in view lately keeps a surname ambiguous"),
        pytest.param("Breitbart London’s Raheem Kassam will call in from London.\n\nKassam said the crisis was growing.",
                     "Raheem Kassam", id="a given name the tagger left out belongs to the name"),
        pytest.param("Count former Mexican President Felipe Calderon among the critics.\n\n"
                     "“We are not going to pay for such a stupid wall,” Calderon told CNBC Saturday.\n\n"
                     "But the former Mexican president didn’t stop there.\n\n"
                     "“The first loser of such a policy would be the United States,” he continued.", "Felipe Calderon",
                     id="a role after the keeps its holder in view for a pronoun"),
        pytest.param("Vice President Joe Biden trashed Donald Trump on Monday.\n\n"
                     "Trump’s accusation had imperiled the lives of US troops, Biden said.\n\n"
                     "“If my son were still in Iraq, the threat to their life has gone up a couple of clicks,” he said."
                     "\n\n– Country less safe –.\n\n“Trump is already making our country less safe,” he said.", "Joe Biden",
                     id="a subhead does not part a pronoun from its antecedent"),
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
        pytest.param("Xi Jinping said China wants to work with the US to improve ties.\n"
                     "“China is willing to work with the US to promote the stable, healthy and sustainable development of "
                     "China-US relations,” Xi said in a Jan. 4 letter detailed by the Foreign Ministry on January 10, "
                     "Bloomberg reports.\nChina’s leader also said Beijing and Washington should “seek more benefits for "
                     "their two peoples,” according to the statement.", "Xi Jinping",
                     id="a country's leader is the person named just before"),
    ],
)
def test_the_last_speaker_name(nlp, text, expected):
    assert names(nlp, text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        pytest.param("Cruz: Trump Would Put Liberals On Court, ‘I Fear The Same Thing Is True’ for Rubio.\n\n"
                     "Republican presidential candidate Ted Cruz argued that fellow candidate Donald Trump would put "
                     "liberals on the court.", "Trump Would Put Liberals On Court",
                     id="a name the tagger runs into a headline ends at the mention"),
        pytest.param("AP-GfK Poll: Voters increasingly see Sanders as electable.\n\nSanders won the primary.",
                     "AP-GfK Poll: Voters", id="an organisation name stops at a colon"),
        pytest.param("Hillary Clinton Under Pressure To Repudiate General Who Called For Internment Of Islamic Radicals.\n\n"
                     "Eleven groups are asking Hillary Clinton to repudiate the support of a retired general.",
                     "Hillary Clinton", id="a relative who is not a person named before another noun"),
        pytest.param("Tom Emanuel of Laconia said he was leaning toward Donald Trump. Jeb Bush responded.\n\n"
                     "After the event, Mr. Emanuel said Mr. Bush had not yet won him over, but he sounded a nostalgic note "
                     "for what Mr. Bush represented.", "Jeb Bush",
                     id="the subject of a reported clause is no antecedent outside it"),
        pytest.param("Hillary Clinton has chosen Virginia Sen. Tim Kaine as her running mate.\n\n"
                     "Though Kaine has described himself as a Catholic, he said he supports abortion rights.",
                     "Though Kaine", id="a word that starts a sentence is no given name"),
        pytest.param("Top Climate Group Will Run Ads Demanding GOP Candidates Act.\n\nThe group said it would spend "
                     "$1 million.", "Will Run Ads", id="an organisation a headline cut short is no name"),
        pytest.param("Trump May Not Have Suggested A Muslim Registry.\n\nHe said so on Friday.", "Trump May",
                     id="capitalised words of a headline are no person"),
    ],
)
def test_never_a_wrong_name(nlp, text, unwanted):
    assert unwanted not in names(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Republican Ted\xa0Cruz said the plan failed. Later Cruz said it again.",
                     ["Ted Cruz", "Ted Cruz"], id="a non-breaking space inside a name is one plain space"),
        pytest.param("“Few come close,” said Gene B. Sperling, a former adviser to President Bill Clinton and President "
                     "Obama, who has offered advice to Mrs. Clinton during her campaigns.",
                     ["Gene B. Sperling", "Gene B. Sperling"],
                     id="a relative who after an apposition with a list is the person"),
    ],
)
def test_speaker_names(nlp, text, expected):
    assert names(nlp, text) == expected


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
def test_first_speaker_name_and_role(nlp, text, expected):
    assert speakers(nlp, text)[0][1:] == expected
