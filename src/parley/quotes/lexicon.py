"""The word lists of the quotes stage, read once from the data files in ``data/``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a data file, lower-cased."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Lexicon:
    """Everything the extractor and the speaker resolver look words up in."""

    verb_frames: dict[str, frozenset[str]]
    """Reporting verb lemma -> the complements it takes ("clause", "to", or a particle)."""
    nouns: frozenset[str]
    source_prepositions: tuple[tuple[str, ...], ...]
    pronouns: frozenset[str]
    role_nouns: frozenset[str]
    source_nouns: frozenset[str]
    not_speakers: frozenset[str]
    titles: frozenset[str]


@lru_cache(maxsize=None)
def load() -> Lexicon:
    frames = {}
    for line in _lines("reporting_verbs.tsv"):
        lemma, complements = line.split("\t")
        frames[lemma] = frozenset(complements.split(","))
    return Lexicon(
        verb_frames=frames,
        nouns=frozenset(_lines("reporting_nouns.txt")),
        source_prepositions=tuple(tuple(line.split()) for line in _lines("source_prepositions.txt")),
        pronouns=frozenset(_lines("pronouns.txt")),
        role_nouns=frozenset(_lines("role_nouns.txt")),
        source_nouns=frozenset(_lines("source_nouns.txt")),
        not_speakers=frozenset(_lines("not_speakers.txt")),
        titles=frozenset(_lines("titles.txt")),
    )
