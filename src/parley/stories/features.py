"""What story clustering knows of an article: its date, its names and its weighted terms.

Articles are compared by TF-IDF over content terms plus the people and
organisations they name (speakers and PERSON/ORG entities, as ``@name`` terms
weighted up), truncated to the top terms: the same event is reported with the
same names and the same rare words.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from parley.stories.text import content_terms, normalize_name

NAME_PREFIX = "@"
NAME_LABELS = ("PERSON", "ORG")


@dataclass
class ArticleFacts:
    """The parts of a stored article that stories read."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    names: list[str] = field(default_factory=list)
    """PERSON and ORG entities."""
    quotes: list[tuple[str, str]] = field(default_factory=list)
    """(resolved speaker, content) of each quote with a speaker."""
    event_dates: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class FeatureSettings:
    top_terms: int = 64
    name_boost: float = 2.0


def best_date(dates: list[str]) -> str | None:
    """The date most sources give; ties go to the earliest (the act precedes its reports)."""
    counts = Counter(date for date in dates if date)
    if not counts:
        return None
    return min(counts, key=lambda date: (-counts[date], date))


def story_date(facts: ArticleFacts) -> str | None:
    """When the reported event happened, as far as the article says: publication, else its events."""
    return facts.published or best_date(facts.event_dates)


def term_counts(facts: ArticleFacts) -> Counter[str]:
    counts = Counter(content_terms(f"{facts.title or ''}\n{facts.text}"))
    for name in facts.names + [speaker for speaker, _ in facts.quotes]:
        key = normalize_name(name)
        if key:
            counts[NAME_PREFIX + key] += 1
    return counts


def quoted_statements(facts: ArticleFacts) -> list[tuple[str, set[str]]]:
    """(speaker, content terms) of each quote by a person named in full: "China" or "Le" name no one for sure."""
    statements = []
    for speaker, text in facts.quotes:
        key = normalize_name(speaker)
        if len(key.split()) >= 2:
            statements.append((key, set(content_terms(text))))
    return statements


def top_weights(
    counts: Counter[str], document_frequency: Mapping[str, int], documents: int, settings: FeatureSettings
) -> dict[str, float]:
    """The article's strongest TF-IDF terms, L2-normalised so that a dot product is a cosine."""
    weights = {}
    for term, count in counts.items():
        idf = math.log((1 + documents) / (1 + document_frequency.get(term, 0))) + 1.0
        boost = settings.name_boost if term.startswith(NAME_PREFIX) else 1.0
        weights[term] = (1.0 + math.log(count)) * idf * boost
    top = sorted(weights.items(), key=lambda item: (-item[1], item[0]))[:settings.top_terms]
    norm = math.sqrt(sum(weight * weight for _, weight in top)) or 1.0
    return {term: weight / norm for term, weight in top}
