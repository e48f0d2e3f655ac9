"""Train the category fallback of the events coder and write ``src/parley/events/data/categories.npz``.

The sentences of ``bench/data/event_categories.tsv`` were written and coded for parley (no dev set is
in them); each is labelled with the PLOVER category of its CAMEO code, ``-`` when the code has none, or
``none`` for a sentence that tells no act (a poll, a biography, a statistic).
The regularisation is chosen by five-fold cross-validation on them alone, and the figure printed is that
cross-validated accuracy; ``--strength C`` skips that choice (the tests retrain at the shipped model's C).
The shipped model is checked to predict as scikit-learn does.

    python -m bench.train_categories [--out PATH] [--strength C]

Needs scikit-learn (``pip install -e '.[dev]'``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline

from parley.datafiles import tsv_rows
from parley.events.categories import NO_CATEGORY, NO_EVENT, WORD, CategoryModel
from parley.events.ontology import plover_category

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "event_categories.tsv"
MODEL = ROOT / "src" / "parley" / "events" / "data" / "categories.npz"
STRENGTHS = (1.0, 4.0, 16.0, 64.0)


def labelled(path: Path = DATA) -> tuple[list[str], list[str]]:
    """The sentences of ``path`` and their categories."""
    rows = list(tsv_rows(path.read_text("utf-8").splitlines()))
    return [text for _, text in rows], [code if code == NO_EVENT else plover_category(code) or NO_CATEGORY
                                         for code, _ in rows]


def pipeline(strength: float) -> Pipeline:
    return Pipeline([
        ("tfidf", TfidfVectorizer(token_pattern=WORD.pattern, sublinear_tf=True)),
        ("model", LogisticRegression(C=strength, max_iter=5000)),
    ])


def train(texts: list[str], labels: list[str], strength: float) -> CategoryModel:
    fitted = pipeline(strength).fit(texts, labels)
    tfidf, model = fitted.named_steps["tfidf"], fitted.named_steps["model"]
    trained = CategoryModel(tuple(model.classes_.tolist()), {w: int(i) for w, i in tfidf.vocabulary_.items()},
                            tfidf.idf_, model.coef_, model.intercept_, strength)
    expected = fitted.predict_proba(texts)
    mine = np.array([[trained.probabilities(t)[c] for c in trained.classes] for t in texts])
    if not np.allclose(expected, mine, atol=1e-6):
        raise SystemExit("the numpy model does not reproduce scikit-learn's probabilities")
    return trained


def chosen_strength(texts: list[str], labels: list[str]) -> float:
    """The C of :data:`STRENGTHS` with the best five-fold cross-validated accuracy (each printed)."""
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    scores = {c: cross_val_score(pipeline(c), texts, labels, cv=folds).mean() for c in STRENGTHS}
    for strength, score in scores.items():
        print(f"C={strength:<5g} cross-validated accuracy {score:.3f}")
    return max(scores, key=scores.__getitem__)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--strength", type=float, help="train at this C instead of choosing it by cross-validation")
    args = parser.parse_args(argv)
    texts, labels = labelled()
    best = args.strength or chosen_strength(texts, labels)
    train(texts, labels, best).save(args.out)
    print(f"{len(texts)} sentences, C={best:g}: wrote {args.out}")


if __name__ == "__main__":
    main()
