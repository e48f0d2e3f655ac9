"""A learned guess of a sentence's PLOVER category, for the acts no pattern of verbs.tsv names.

The patterns name the acts they know precisely; a sentence whose act is phrased in words they lack
("test-fired missiles at", "tipped off") would get no event at all. A linear classifier over the
sentence's words (TF-IDF, logistic regression) knows which category such wording most often tells.
It is trained by ``bench/train_categories.py`` on sentences written and coded for parley
(``bench/data/event_categories.tsv``) and shipped as ``data/categories.npz``; here it only predicts,
with numpy, so using it needs nothing beyond parley's own dependencies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from parley.datafiles import data_lines, tsv_rows

NO_CATEGORY = "-"
"""The class of sentences whose act has no PLOVER category (CAMEO 01 statements and 02 appeals)."""
NO_EVENT = "none"
"""The class of sentences that tell no act at all (a poll, a biography, a statistic)."""
WORD = re.compile(r"(?u)\b\w\w+\b")
"""Words as the trainer's vectoriser splits them (scikit-learn's default token pattern)."""


@dataclass(frozen=True)
class CategoryModel:
    """Logistic regression over sublinear, L2-normalised TF-IDF word weights."""

    classes: tuple[str, ...]
    vocabulary: dict[str, int]
    idf: np.ndarray
    weights: np.ndarray
    bias: np.ndarray
    strength: float
    """The inverse regularisation it was trained with, so that a retraining can be checked against it."""

    def features(self, text: str) -> np.ndarray:
        counts = np.zeros(len(self.vocabulary))
        for word in WORD.findall(text.lower()):
            if (index := self.vocabulary.get(word)) is not None:
                counts[index] += 1
        present = counts > 0
        counts[present] = (1 + np.log(counts[present])) * self.idf[present]
        norm = np.linalg.norm(counts)
        return counts / norm if norm else counts

    def probabilities(self, text: str) -> dict[str, float]:
        scores = self.weights @ self.features(text) + self.bias
        exp = np.exp(scores - scores.max())
        return dict(zip(self.classes, (exp / exp.sum()).tolist()))

    def predict(self, text: str) -> tuple[str | None, float]:
        """The likeliest category of ``text`` and its probability; None for no event or no PLOVER category."""
        probabilities = self.probabilities(text)
        best = max(probabilities, key=probabilities.__getitem__)
        return (None if best in (NO_CATEGORY, NO_EVENT) else best), probabilities[best]

    def save(self, path) -> None:
        words = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        np.savez_compressed(path, classes=np.array(self.classes), words=np.array(words), idf=self.idf,
                            weights=self.weights, bias=self.bias, strength=self.strength)

    @classmethod
    def load(cls, source) -> CategoryModel:
        with np.load(source) as arrays:
            return cls(tuple(arrays["classes"].tolist()), {w: i for i, w in enumerate(arrays["words"].tolist())},
                       arrays["idf"], arrays["weights"], arrays["bias"], float(arrays["strength"]))


@cache
def category_model() -> CategoryModel:
    """The shipped model (``data/categories.npz``)."""
    with resources.files("parley.events").joinpath("data", "categories.npz").open("rb") as handle:
        return CategoryModel.load(handle)


@cache
def category_codes() -> dict[str, str]:
    """data/category_codes.tsv: category -> the CAMEO code of an act known only by its category."""
    return {plover: code for plover, code in tsv_rows(data_lines("parley.events", "category_codes.tsv"))}
