"""Which pairs of articles report the same event, and the groups those links make.

Stories are the connected components of the links (single link), so the
result depends on which pairs are linked, never on the order articles arrive
in: adding articles only adds links, which may join or merge stories.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class LinkSettings:
    window_days: int = 7
    """Articles dated further apart than this report different events."""
    similarity: float = 0.35
    """Cosine of the top-term vectors above which two dated articles are linked."""
    undated_similarity: float = 0.45
    """The same, when either article has no date: without the window, ask for more overlap."""
    statement_similarity: float = 0.15
    """The cosine enough when both articles report one statement (same speaker, overlapping quotes)."""
    statement_window_days: int = 2
    min_shared_terms: int = 2


@dataclass(frozen=True)
class Candidate:
    """Two articles that share top terms, with the cosine of their top-term vectors."""

    first: str
    second: str
    similarity: float
    first_date: date | None
    second_date: date | None
    shared_statement: bool = False


def is_same_story(candidate: Candidate, settings: LinkSettings) -> bool:
    """Same event: close in time, and much shared content, or one statement reported and some shared content."""
    dated = candidate.first_date is not None and candidate.second_date is not None
    days = abs((candidate.first_date - candidate.second_date).days) if dated else 0
    if days > settings.window_days:
        return False
    if candidate.shared_statement and days <= settings.statement_window_days:
        return candidate.similarity >= settings.statement_similarity
    return candidate.similarity >= (settings.similarity if dated else settings.undated_similarity)


class UnionFind:
    """Disjoint sets over any hashable items, with path halving."""

    def __init__(self, items: Iterable[Hashable] = ()) -> None:
        self.parent: dict[Hashable, Hashable] = {}
        for item in items:
            self.add(item)

    def add(self, item: Hashable) -> None:
        self.parent.setdefault(item, item)

    def find(self, item: Hashable) -> Hashable:
        self.add(item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, first: Hashable, second: Hashable) -> None:
        root_first, root_second = self.find(first), self.find(second)
        if root_first != root_second:
            self.parent[max(root_first, root_second, key=repr)] = min(root_first, root_second, key=repr)

    def groups(self) -> list[list[Hashable]]:
        """Every set, its members sorted, the sets in order of their first member."""
        members: dict[Hashable, list[Hashable]] = {}
        for item in self.parent:
            members.setdefault(self.find(item), []).append(item)
        return sorted((sorted(group, key=repr) for group in members.values()), key=lambda g: repr(g[0]))


def count_independent(articles: Iterable[str], duplicate_pairs: Iterable[tuple[str, str]]) -> int:
    """How many distinct reports: near-duplicate copies of one article count once."""
    present = set(articles)
    groups = UnionFind(present)
    for first, second in duplicate_pairs:
        if first in present and second in present:
            groups.union(first, second)
    return len({groups.find(article) for article in present})
