"""Parsing: the shared pipeline and where its sentences may start."""

from parley.layout import is_hard_wrapped

LONG = "China said on Thursday that it hoped to see the election in the United States proceed smoothly and calmly."


def _sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_a_heading_line_is_a_sentence_of_its_own(nlp):
    text = f"{LONG}\nPotential for Cooperation:\nDespite the challenges, there are areas for cooperation."
    assert "Potential for Cooperation:" in _sentences(nlp, text)


def test_a_blank_line_ends_a_sentence_even_in_wrapped_text(nlp):
    text = "Chinese Vice FM Calls for Improving Relations\n\nChina assured that it would respect practices."
    assert _sentences(nlp, text)[0] == "Chinese Vice FM Calls for Improving Relations"


def test_hard_wrapped_lines_do_not_end_sentences(nlp):
    text = ("The minister said that the government\nwould respond to the tariffs within\n"
            "days, and that talks with the United\nStates would go on as planned.\n")
    assert len(_sentences(nlp, text)) == 1


def test_a_nickname_in_quote_marks_inside_a_name_starts_no_sentence(nlp):
    text = ('Mexico extradited drug lord Joaquin "El Chapo" Guzman to the United States on Thursday, a day before '
            "President Barack Obama left office, the foreign ministry said in a statement.")
    assert len(_sentences(nlp, text)) == 1


def test_text_is_hard_wrapped_when_nearly_all_its_lines_are_short():
    assert is_hard_wrapped("a line of text\n" * 10)
    assert not is_hard_wrapped(f"{LONG}\n{LONG}\nA heading\n{LONG}\n{LONG}")
    assert not is_hard_wrapped("One short line.\nAnother.")


def test_a_quote_mark_glued_to_its_cue_is_a_token_of_its_own(nlp):
    assert [t.text for t in nlp.tokenizer("Trump said,“Look at this.”")][:5] == ["Trump", "said", ",", "“", "Look"]
    assert [t.text for t in nlp.tokenizer('Graham (R-S.C.):"I agree."')][5:8] == [":", '"', "I"]


def test_an_abbreviated_rank_before_a_name_keeps_its_period(nlp):
    words = [t.text for t in nlp.tokenizer("Army Capt. Jane Roe met Lt. Col. Omar Haddad and Sens. Kay Ross and Ed Lin.")]
    assert words[:4] == ["Army", "Capt.", "Jane", "Roe"]
    assert {"Lt.", "Col.", "Sens."} <= set(words)


def test_a_kept_rank_does_not_join_sentences(nlp):
    assert _sentences(nlp, "He was promoted to major. The ceremony was held on Friday.")[0] == "He was promoted to major."
    assert _sentences(nlp, "It ran for 30 sec. Then it stopped.")[0] == "It ran for 30 sec."
    assert _sentences(nlp, "He was promoted to Lt. Col. The ceremony was held on Friday.")[0] == "He was promoted to Lt. Col."


def test_verb_forms_the_model_mislemmatizes_get_their_lemma_and_nouns_keep_theirs(nlp):
    doc = nlp("Rebel fighters raped 150 women, and the army staged raids. The court imposed heavy fines.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["raped"], lemmas["staged"], lemmas["fines"]) == ("rape", "stage", "fine")
    assert nlp("The singer rapped about the war.")[2].lemma_ == "rap"


def test_a_row_with_its_own_tags_fixes_a_noun_lemma(nlp):
    # "bases" the plural noun is military bases far more often than the plural of "basis" in news.
    assert nlp("Jets struck rebel bases near the border.")[3].lemma_ == "base"
