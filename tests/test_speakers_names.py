"""Speaker names: each speaker_name is the full name the article writes for the person, in the fullest
form it gives -- without a title, a non-breaking space, a word a hyphen or a scraped page glued to it --
a short form is completed only by a full name it ends, and a name several people share is the one the
text has just named or stays ambiguous. Never a partial name or a guess."""

import pytest

from parley.quotes.naming import fuller_forms, glued_words, last_word

FAMILY = ("Robert K. Hale spoke at the rally on Monday.\n\n"
          "His son Robert Jr. said the family was proud of the campaign.\n\n"
          "“We are ready for the fall,” said the younger Mr. Hale.\n\n"
          "Mr. Hale said the economy needed help.\n\n"
          "The crowd cheered for Robert Hale Jr., who said the campaign would win.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Republican Ted\xa0Cruz said the plan failed. Later Cruz said it again.",
                     ["Ted Cruz", "Ted Cruz"], id="a non-breaking space inside a name is one plain space"),
        pytest.param("Voting went smoothly in most places.\n\nPalm Beach County Supervisor of Elections Susan Bucher "
                     "said turnout was high.", ["Susan Bucher"],
                     id="the person at the end of a long title is the speaker, not the title's words"),
        pytest.param("Ministers met in Singapore on Saturday.\n\nJapanese Defence Minister Gen Nakatani said Tokyo "
                     "was concerned.\n\nNakatani said the talks had been useful.", ["Gen Nakatani", "Gen Nakatani"],
                     id="a given name spelt like a title without a period after a title is a given name"),
        pytest.param("The Donald Trump-led field has attracted attention.\n\nMr. Trump says his plan would cut taxes.",
                     ["Donald Trump"], id="a word a hyphen joins to a name is not part of it"),
        pytest.param("Experts were divided.\n\n“The army is too small,” said Gesa Tempel, the editor of a policy "
                     "magazine.\n\nThe elite know that “you have to build a force,” Ms. Tempel said.",
                     ["Gesa Tempel", "Gesa Tempel"],
                     id="two words tagged an organisation that end in a surname written after Ms. are a person"),
        pytest.param("Chris Christie lit into Marco Rubio for giving the same speech over and over again.\nChristie's "
                     "been making the case for weeks that Rubio isn't ready for the White House. \"You have not been "
                     "involved in a consequential decision,\" he said.", ["Chris Christie"],
                     id="a surname tagged an organisation with its possessive is the person"),
        pytest.param("No love lost between Trump and the tech world.\n\nABSTRACT.\n\nThere may be no love lost between "
                     "Donald Trump and the tech world.\n\nFULL TEXT.\n\nDonald J. Trump would not be the first choice "
                     "of Silicon Valley.\n\n“We will win the valley,” Mr. Trump said.", ["Donald J. Trump"],
                     id="a person's name is the fullest form the article writes"),
        pytest.param("Markets fell on Friday.\n\nSpencer said the fund had lost money this year.\n\nThe fund is run by "
                     "Spencer Hale, who declined to comment.", [None, "Spencer Hale"],
                     id="a word that only starts a full name given later is not completed by it"),
        pytest.param("Hillary: The Plan Will Work.\n\nHillary Clinton said on Monday the plan would work.",
                     ["Hillary Clinton", "Hillary Clinton"],
                     id="a common given name in a headline is completed by the full name given later"),
        pytest.param("The debate went on for hours.\nIgor BobicFlagShareLikeReplyMari Hayman said the candidates were "
                     "tired.", [None], id="words a scraped page ran together are no name"),
        pytest.param("OUTLIERS - Links to the best of news:\n-David Rothschild assesses Donald Trump’s chances in "
                     "Indiana by comparing prediction markets to forecasts. [PredictWise]\n-Craig Fehrman explains why "
                     "Indiana is “weird.” [538]", ["David Rothschild", "Craig Fehrman"],
                     id="a bullet glued to a given name is no part of the name"),
        pytest.param("Donald J. Harlan spoke at the rally in Ohio.\n\nThe crowd chanted as he spoke. “Tom Harlan would "
                     "never have allowed this,” one supporter said.\n\nMr. Harlan said the economy needed help.",
                     [None, "Donald J. Harlan"],
                     id="a name only a quote gives is no namesake of the person the narrative named"),
        pytest.param("Ted Cruz and Chris Christie spoke about the heroin epidemic on Saturday.\nNeither Cruz nor "
                     "Christie acknowledged the efforts of the administration.\nCruz said the border had to be secured.",
                     [None, None, "Ted Cruz"], id="a function word the tagger runs into a name makes no namesake"),
        pytest.param(FAMILY, ["Robert Hale Jr.", "Robert Hale Jr.", "Robert K. Hale", "Robert Hale Jr."],
                     id="a father and a son with a suffix stay two people"),
    ],
)
def test_speaker_names(speaker_names, text, expected):
    assert speaker_names(text) == expected


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
        pytest.param("Senator Donald\xa0Trump spoke on Monday.\n\nTrump said the wall would be built.", "Donald Trump",
                     id="a name the tagger splits at a non-breaking space is one name"),
        pytest.param("Meanwhile, the\xa0Daily News\xa0claims the refusal is itself a form of jihad.", "Daily News",
                     id="an organisation name after a non-breaking space has no space in it"),
        pytest.param("Breitbart London’s Raheem Kassam will call in from London.\n\nKassam said the crisis was growing.",
                     "Raheem Kassam", id="a given name the tagger left out belongs to the name"),
        pytest.param("Carlos Lopez-Cantera, a Republican, toured Miami on Monday.\n\n"
                     "Lopez-Cantera said the state needed more teachers.", "Carlos Lopez-Cantera",
                     id="a hyphenated surname stands for the full name it ends"),
        pytest.param("Neither John Kasich nor Mario Rubio has won a state.\n\n" + "Voters waited in the cold. " * 12 +
                     "\n\nNews feeds shifted a few seconds later to Marco Rubio’s speech.\n\n"
                     "Some in the crowd booed when Rubio said it was great to be home.", "Marco Rubio",
                     id="a namesake named in the sentence before is the one meant"),
        pytest.param("Spokesman Wang Wenbin said China would follow international practice.\n\n"
                     "Wang said Beijing's position had not changed.\n\n"
                     "Wang Huiyao, head of a think tank, said he expected more dialogue.\n\n"
                     "Wang said Beijing would always maintain dialogue.", None,
                     id="a namesake in view lately keeps a surname ambiguous"),
    ],
)
def test_the_last_speaker_name(speaker_names, text, expected):
    assert speaker_names(text)[-1] == expected


def test_the_last_word_of_a_name_keeps_the_parts_a_hyphen_joins(nlp):
    doc = nlp("Lopez-Cantera said so, and Clinton - Kaine won.")
    assert [t.text for t in last_word(list(doc[0:3]))] == ["Lopez", "-", "Cantera"]
    assert [t.text for t in last_word(list(doc[7:10]))] == ["Kaine"]


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        pytest.param("AP-GfK Poll: Voters increasingly see Sanders as electable.\n\nSanders won the primary.",
                     "AP-GfK Poll: Voters", id="an organisation name stops at a colon"),
        pytest.param("Hillary Clinton has chosen Virginia Sen. Tim Kaine as her running mate.\n\n"
                     "Though Kaine has described himself as a Catholic, he said he supports abortion rights.",
                     "Though Kaine", id="a word that starts a sentence is no given name"),
        pytest.param("Gen. Mark Dale spoke on Monday.\n\nDale said the troops would stay.", "Gen. Mark Dale",
                     id="a title's abbreviation with its period is no given name"),
        pytest.param("Voting went smoothly in most places.\n\nPalm Beach County Supervisor of Elections Susan Bucher "
                     "said turnout was high.", "County Supervisor", id="a title's words are no name"),
    ],
)
def test_never_a_wrong_name(speaker_names, text, unwanted):
    assert unwanted not in speaker_names(text)
