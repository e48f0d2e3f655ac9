"""The word lists of the quotes stage, read once from the data files in ``data/``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from parley.datafiles import data_lines


def _lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a data file, lower-cased."""
    return [line.strip().lower() for line in data_lines(__package__, name)]


@dataclass(frozen=True)
class Lexicon:
    """Everything the extractor and the speaker resolver look words up in."""

    verb_frames: dict[str, frozenset[str]]
    """Reporting verb lemma -> the complements it takes ("clause", "to", or a particle)."""
    speech_verbs: frozenset[str]
    lemma_corrections: dict[str, str]
    nouns: frozenset[str]
    cue_settings: frozenset[str]
    """Nouns that belong to a cue after "in": "said in a statement"."""
    source_prepositions: tuple[tuple[str, ...], ...]
    pronouns: frozenset[str]
    role_nouns: frozenset[str]
    source_nouns: frozenset[str]
    not_speakers: frozenset[str]
    titles: frozenset[str]

    def verb_lemma(self, verb: Token) -> str:
        """A verb's lower-case lemma, corrected where the tagger's lemmatiser slips."""
        lemma = verb.lemma_.lower()
        return self.lemma_corrections.get(lemma, lemma)


@lru_cache(maxsize=None)
def load() -> Lexicon:
    frames = {}
    for line in _lines("reporting_verbs.tsv"):
        lemma, complements = line.split("\t")
        frames[lemma] = frozenset(complements.split(","))
    return Lexicon(
        verb_frames=frames,
        speech_verbs=frozenset(_lines("speech_verbs.txt")),
        lemma_corrections=dict(line.split("\t") for line in _lines("lemma_corrections.tsv")),
        nouns=frozenset(_lines("reporting_nouns.txt")),
        cue_settings=frozenset(_lines("cue_settings.txt")),
        source_prepositions=tuple(tuple(line.split()) for line in _lines("source_prepositions.txt")),
        pronouns=frozenset(_lines("pronouns.txt")),
        role_nouns=frozenset(_lines("role_nouns.txt")),
        source_nouns=frozenset(_lines("source_nouns.txt")),
        not_speakers=frozenset(_lines("not_speakers.txt")),
        titles=frozenset(_lines("titles.txt")),
    )
