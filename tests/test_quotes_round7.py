"""Quotes, round 7: an institution or a greeting the tagger takes for a name ("the Obama White
House", "Merry Christmas") is no person and no antecedent of "he" or "she"; a surname the tagger
labels a place is a person's name when the article uses it for a person more often than for a
place."""

from spacy.tokens import Span

from parley.quotes import extract_quotes


def extract(nlp, text):
    return extract_quotes(nlp(text), "t")


def names(quotes):
    return {q.text: q.speaker_name for q in quotes}


def tagged_place(nlp, text, word, occurrences):
    """`text` parsed, with the given occurrences (counted from 0) of `word` labelled a place, as
    the small model sometimes labels a surname."""
    doc = nlp(text)
    tokens = [t for t in doc if t.text == word]
    places = [Span(doc, tokens[n].i, tokens[n].i + 1, label="GPE") for n in occurrences]
    doc.ents = [e for e in doc.ents if not any(e.start < p.end and p.start < e.end for p in places)] + places
    return extract_quotes(doc, "t")


def test_a_presidents_white_house_is_no_antecedent_of_he(nlp):
    quotes = extract(nlp, "An Obama White House official spoke. The Obama White House said the deal was fair. "
                          "He said it would pass.")
    assert names(quotes) == {"the deal was fair": None, "it would pass": None}


def test_a_holiday_greeting_is_no_antecedent_of_she(nlp):
    quotes = extract(nlp, "Merry Christmas to all, the senator wrote. She said the holidays were hard.")
    assert names(quotes)["the holidays were hard"] is None


def test_a_person_named_beside_a_greeting_is_still_an_antecedent(nlp):
    quotes = extract(nlp, "Jane Smith arrived. Merry Christmas! She said she was tired.")
    assert names(quotes) == {"she was tired": "Jane Smith"}


def test_the_white_house_still_speaks_as_an_organisation(nlp):
    quotes = extract(nlp, "The White House said on Monday that talks would resume.")
    assert names(quotes) == {"that talks would resume": "White House"}


def test_a_titled_surname_labelled_a_place_is_still_a_name(nlp):
    quotes = tagged_place(nlp, "Mr. Ramos met voters on Monday. Ramos said the network would keep covering the race.",
                          "Ramos", [1])
    assert names(quotes) == {"the network would keep covering the race": "Ramos"}


def test_a_person_labelled_a_place_is_an_antecedent_of_he(nlp):
    text = ("Jorge Ramos crossed the border in 1983. Maria Lopez joined him in Miami a year later. "
            "Ramos became a journalist at Univision. He said the network would keep covering the race.")
    quotes = tagged_place(nlp, text, "Ramos", [1])
    assert names(quotes) == {"the network would keep covering the race": "Jorge Ramos"}


def test_a_country_that_speaks_is_no_antecedent_of_he(nlp):
    quotes = tagged_place(nlp, "Jordan said the border would stay closed. He said talks would resume.", "Jordan", [0])
    assert names(quotes)["talks would resume"] is None


RIVALS = ("Jim Jordan spoke first. {} Then Tom Hill spoke. Jordan became a rival. "
          "He said the team would win.")


def test_a_surname_used_more_for_a_place_is_no_antecedent(nlp):
    quotes = tagged_place(nlp, RIVALS.format("Voters in Jordan cheered."), "Jordan", [1, 2])
    assert names(quotes) == {"the team would win": "Tom Hill"}


def test_a_surname_used_more_for_a_person_is_an_antecedent(nlp):
    quotes = tagged_place(nlp, RIVALS.format("Mr. Jordan smiled."), "Jordan", [2])
    assert names(quotes) == {"the team would win": "Jim Jordan"}
