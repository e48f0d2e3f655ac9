"""The CAMEO ontology as shipped data: description, Goldstein weight, quad class, PLOVER category."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from parley.datafiles import data_lines, tsv_rows


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


@lru_cache(maxsize=None)
def plover_rules() -> dict[tuple[str, str], str]:
    """data/plover.tsv: (CAMEO code, word or "") -> the category the PLOVER 0.8 manual gives that act."""
    return {(code, word): plover for code, word, plover, *_ in tsv_rows(data_lines("parley.events", "plover.tsv"))}


def plover_category(code: str, words: Iterable[str] = ()) -> str | None:
    """The PLOVER category of an act: the manual's definition where it differs from the CAMEO map
    (an occupation carried out is an ASSAULT, a resignation a RETREAT, a pardon a CONCEDE), else the map.
    ``words`` are the lemmas of the act's word and object, for codes PLOVER splits by the act."""
    rules = plover_rules()
    for word in words:
        if (code, word) in rules:
            return rules[code, word]
    return rules.get((code, ""), lookup(code).plover)
