"""Speaker names: does each quote's speaker mention resolve to the right full name?

PolNeAR marks speaker mentions ("he", "the spokesman"), not the people they
denote, so the names were judged by hand: ``bench/data/speaker_names.tsv``
lists, for speaker mentions in PolNeAR train articles, the full name the article
gives that person, or nothing where the article leaves it open (a truly
ambiguous "Wang", an unnamed "a senior official"). It holds offsets and names
only, never the articles' text. It was judged blind by a helper who never worked
on the resolver: report it, do not tune on it. ``speaker_names_tuning.tsv``,
judged the same way on 25 other articles, is the one to read errors from
(``--judgements bench/data/speaker_names_tuning.tsv --show``). The script runs the quotes stage on the listed
articles and scores every quote whose speaker mention is judged:

- precision: names given that are right / names given,
- coverage: right names / mentions the article names,
- wrong null: mentions the article names that got no name.

A name that only repeats its own mention where the judge found no named person
("CNN" for "CNN", "White House" for "the White House", "Crowdpac" for "Crowdpac, a start-up") names an organisation or a
group, not a person: it is counted apart, as neither right nor wrong. Quotes whose
speaker mention is not judged are counted, not scored: a change that finds new
quotes should be judged and added to the file.

    python -m bench.speakers [PATH] [--show]
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from parley import nlp as nlp_module
from parley.quotes import extract_quotes

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = ROOT.parent / "shared" / "dev" / "polnear"
JUDGEMENTS = Path(__file__).resolve().parent / "data" / "speaker_names.tsv"
DETERMINER_AND_POSSESSIVE = re.compile(r"^(the|a|an)\s+|[’']s?$", re.IGNORECASE)
APPOSITION = re.compile(r",\s|\s[(—–-]\s?")


@dataclass(frozen=True)
class Judgement:
    """The person a speaker mention denotes, as a reader of the article judged it ('' if the article leaves it open)."""

    article: str
    start: int
    end: int
    name: str


def read_judgements(path: Path = JUDGEMENTS) -> list[Judgement]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return [Judgement(row["article"], int(row["start"]), int(row["end"]), row["name"])
                for row in rows]


def score(polnear: Path, judgements: list[Judgement], show: bool = False) -> Counter:
    """Counts of right, wrong and missing names over the judged mentions the quotes stage finds;
    ``show`` prints each wrong name and wrong null."""
    by_article: dict[str, dict[tuple[int, int], Judgement]] = {}
    for judgement in judgements:
        by_article.setdefault(judgement.article, {})[judgement.start, judgement.end] = judgement
    texts = {name: (polnear / "train" / "text" / f"{name}.txt").read_text(encoding="utf-8") for name in by_article}
    counts: Counter = Counter()
    language = nlp_module.load()
    for name, doc in zip(texts, language.pipe(texts.values())):
        judged, text = by_article[name], texts[name]
        for quote in extract_quotes(doc, name):
            if quote.speaker is None:
                continue
            judgement = judgement_of(judged, quote.speaker.start, quote.speaker.end)
            if judgement is None:
                counts["unjudged"] += 1
                continue
            mention = text[judgement.start:judgement.end]
            if not judgement.name and quote.speaker_name and _bare(quote.speaker_name) == _bare(_before_apposition(mention)):
                counts["self-named"] += 1
                continue
            counts["judged"] += 1
            counts["named in article"] += bool(judgement.name)
            right = quote.speaker_name == judgement.name
            if quote.speaker_name:
                counts["names given"] += 1
                counts["right names"] += right
            elif judgement.name:
                counts["wrong null"] += 1
            if show and not right and (quote.speaker_name or judgement.name):
                print(f"{name} {judgement.start}-{judgement.end} {mention!r}: "
                      f"judged {judgement.name or '-'!r}, given {quote.speaker_name or '-'!r}")
    return counts


def judgement_of(judged: dict[tuple[int, int], Judgement], start: int, end: int) -> Judgement | None:
    """The judgement of a mention, or of the mention of another length judged at the same start
    ("Reed" judged, "Reed, who managed Dole's campaign" found): the quotes stage may widen or
    narrow a mention without changing whom it denotes."""
    exact = judged.get((start, end))
    if exact is not None:
        return exact
    same_start = [j for (s, _), j in judged.items() if s == start]
    return min(same_start, key=lambda j: abs(j.end - end)) if same_start else None


def _before_apposition(mention: str) -> str:
    """The mention without what an apposition adds ("Crowdpac, a start-up that ..." names Crowdpac)."""
    return APPOSITION.split(mention, maxsplit=1)[0]


def _bare(mention: str) -> str:
    return DETERMINER_AND_POSSESSIVE.sub("", mention.strip()).casefold()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH, help="PolNeAR folder (holding train/)")
    parser.add_argument("--judgements", type=Path, default=JUDGEMENTS)
    parser.add_argument("--show", action="store_true", help="print every wrong name and wrong null")
    args = parser.parse_args()
    judgements = read_judgements(args.judgements)
    counts = score(args.path, judgements, args.show)
    articles = len({j.article for j in judgements})
    given, named = counts["names given"], counts["named in article"]
    print(f"speaker names, {articles} PolNeAR train articles, {counts['judged']} judged mentions found "
          f"({counts['unjudged']} quotes with an unjudged mention, {counts['self-named']} organisations or groups "
          "named by their own mention, not scored)")
    print(f"precision {counts['right names'] / given if given else 0:.3f} ({counts['right names']}/{given})")
    print(f"coverage  {counts['right names'] / named if named else 0:.3f} ({counts['right names']}/{named})")
    print(f"wrong null {counts['wrong null'] / named if named else 0:.3f} ({counts['wrong null']}/{named})")


if __name__ == "__main__":
    main()
