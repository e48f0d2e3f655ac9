"""The learned category fallback: for a sentence whose act no pattern names, a classifier of its words
guesses the PLOVER category, coded only when a clause names both sides and nothing else in the
sentence was read as an act or a statement."""

import numpy as np
import pytest

from parley.events.categories import NO_CATEGORY, NO_EVENT, CategoryModel, category_codes, category_model
from parley.events.coding import GUESS_CEILING
from parley.events.ontology import ontology


def test_every_category_has_a_code_the_ontology_files_under_it():
    categories = {entry.plover for entry in ontology().values() if entry.plover}
    assert set(category_codes()) == categories
    assert all(ontology()[code].plover == category for category, code in category_codes().items())


def test_the_model_knows_every_category_and_no_event():
    assert set(category_model().classes) == set(category_codes()) | {NO_CATEGORY, NO_EVENT}


def test_probabilities_are_a_distribution_even_for_unknown_words():
    for text in ("Israeli jets pounded Hamas positions in Gaza.", "Zyxw qwrt."):
        probabilities = category_model().probabilities(text)
        assert sum(probabilities.values()) == pytest.approx(1.0)
        assert all(0.0 <= p <= 1.0 for p in probabilities.values())


def test_a_sentence_that_tells_no_act_gets_no_category():
    category, probability = category_model().predict(
        "Nancy Pelosi first won her San Francisco seat in a 1987 special election.")
    assert category is None and probability > 0.5


def test_a_saved_model_loads_unchanged(tmp_path):
    path = tmp_path / "model.npz"
    category_model().save(path)
    loaded = CategoryModel.load(path)
    text = "Russia began pumping gas to Ukraine again on Tuesday."
    assert loaded.classes == category_model().classes
    assert loaded.probabilities(text) == pytest.approx(category_model().probabilities(text))


def test_the_shipped_model_is_the_one_the_trainer_makes_from_the_repository(tmp_path):
    pytest.importorskip("sklearn")
    from bench.train_categories import main

    main(["--out", str(tmp_path / "model.npz"), "--strength", str(category_model().strength)])
    trained = CategoryModel.load(tmp_path / "model.npz")
    assert trained.classes == category_model().classes
    assert trained.vocabulary == category_model().vocabulary
    assert np.allclose(trained.weights, category_model().weights, atol=1e-4)


def test_an_act_in_words_no_pattern_has_is_coded_by_its_guessed_category(sentence_events):
    # 060 "Engage in material cooperation, not specified below": the category's unspecific code, as the
    # words tell no finer one; less sure than any act a pattern names with both sides.
    events = sentence_events("Russia began pumping gas to Ukraine again on Tuesday.")
    assert [(e.source.code, e.target.code, e.cameo, e.plover) for e in events] == [("RUS", "UKR", "060", "COOPERATE")]
    assert events[0].confidence <= GUESS_CEILING < 0.5


@pytest.mark.parametrize("text", [
    "Russia did not begin pumping gas to Ukraine.",
    "Russia began pumping gas on Tuesday.",
    "Nancy Pelosi first won her San Francisco seat in a 1987 special election.",
])
def test_no_act_is_guessed_when_negated_one_sided_or_told_of_no_one(sentence_events, text):
    assert sentence_events(text) == []


def test_a_quoted_act_is_the_statement_not_a_guess(article_events, quote_in):
    # The quotes stage's statement stands for the words quoted: the guess reads only what no quote holds.
    text = "Russia began pumping gas to Ukraine again, Moscow said."
    quote = quote_in(text, "Russia began pumping gas to Ukraine again", "Moscow", "said")
    assert not [e for e in article_events(text, quote) if e.cameo == "060"]
    assert [e.cameo for e in article_events(text) if e.cameo == "060"] == ["060"]


def test_a_guessed_intent_is_coded_under_its_modal_word(sentence_events):
    # 030 "Express intent to cooperate, not specified below": AGREE is an intent, so "would help" is the act
    # the category names, where a modal word makes any other guessed category no event.
    events = sentence_events("Japan said on Thursday it would help Cambodia rebuild roads, bridges and schools "
                             "destroyed during two decades of civil war.")
    assert [(e.source.code, e.target.code, e.cameo, e.plover) for e in events] == [("JPN", "KHM", "030", "AGREE")]
    assert sentence_events("Russia could begin pumping gas to Ukraine.") == []
