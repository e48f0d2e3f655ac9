"""Words, content terms and shingles: the views of a text that stories compare.

Comparisons must survive syndication edits and paraphrase, so everything is
case-folded and lightly stemmed, and function words are dropped (they are
read from ``data/stopwords.txt``).
"""

from __future__ import annotations

import re
from functools import cache

from parley.datafiles import data_lines

WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
POSSESSIVE = re.compile(r"['’]s$")


@cache
def stopwords() -> frozenset[str]:
    return frozenset(line.strip() for line in data_lines("parley.stories", "stopwords.txt"))


def words(text: str) -> list[str]:
    """Case-folded word tokens; hyphenated words ("win-win") stay whole."""
    return [match.group().casefold() for match in WORD.finditer(text)]


def has_words(text: str) -> bool:
    return WORD.search(text) is not None


def stem(word: str) -> str:
    """A light stemmer: enough to match "hopes"/"hope" and "countries"/"country"."""
    word = POSSESSIVE.sub("", word)
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def content_terms(text: str) -> list[str]:
    """The topic-bearing words of a text, stemmed, in order."""
    stop = stopwords()
    return [stem(word) for word in words(text) if word not in stop and len(word) > 2 and not word.isdigit()]


def shingles(text: str, size: int = 5) -> set[bytes]:
    """Overlapping runs of ``size`` words: what near-duplicate copies share."""
    tokens = words(text)
    if len(tokens) < size:
        return {" ".join(tokens).encode("utf-8")} if tokens else set()
    return {" ".join(tokens[i:i + size]).encode("utf-8") for i in range(len(tokens) - size + 1)}


def normalize_name(name: str) -> str:
    """A person or organisation name as a comparison key: "Le Yucheng's" -> "le yucheng"."""
    name = POSSESSIVE.sub("", name.strip()).casefold()
    if name.startswith("the "):
        name = name[4:]
    return " ".join(words(name))


def containment(first: set[str], second: set[str]) -> float:
    """Share of the smaller set found in the larger: high when one text paraphrases part of another."""
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))
