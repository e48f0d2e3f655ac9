"""The CAMEO ontology as shipped data: description, Goldstein weight, quad class, PLOVER category."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class CameoCode:
    code: str
    description: str
    goldstein: float
    quad_class: int
    plover: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


@lru_cache(maxsize=None)
def ontology() -> dict[str, CameoCode]:
    """Every CAMEO code of data/cameo.tsv (from ../shared/ontology, CAMEO 1.1b3 + PLOVER 0.8 map)."""
    text = resources.files("parley.events").joinpath("data", "cameo.tsv").read_text("utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    return {
        row["cameo"]: CameoCode(
            code=row["cameo"],
            description=row["description"],
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
            plover=row["plover_event"] or None,
        )
        for row in rows
    }


def lookup(code: str) -> CameoCode:
    """The entry of ``code``; raises KeyError for a code CAMEO does not define."""
    return ontology()[code]
