"""Events in real news, scored against hand-coded CAMEO events in PolNeAR train articles.

The PLOVER gold sentences (``bench.events``) come from the CAMEO manual; this set
is the news parley is built for. ``bench/data/events_news/SET.tsv`` holds, for
every sentence of its articles (``SET_sentences.tsv`` lists them all, so a
sentence with no row is known to have no event), the events a careful coder
coded blind to parley's output: source and target country (ISO alpha-3, or
IGO/NGO/IMG), sectors and the CAMEO code. Offsets and codes only, never the
articles' text. Set ``tuning`` (40 articles) is the one to read errors from; set ``report``,
coded the same way on ten other articles, is for reporting only. parley runs its whole pipeline on each article (dated from `metadata.tsv`), and each event
whose span starts in a judged sentence is matched on

- root: (sentence, source country, target country or none, CAMEO root),
- quad: the same with the quad class instead of the root,

micro-averaged P/R/F1 at each confidence threshold. Events whose source parley
could not name (an empty mention) are counted apart and left out of precision:
they never match a coded actor.

    python -m bench.events_news [PATH] [--set tuning|report]
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path

from parley import pipeline
from parley.events.ontology import lookup
from parley.records import Article, Event

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = ROOT.parent / "shared" / "dev" / "polnear"
DATA = Path(__file__).resolve().parent / "data" / "events_news"
THRESHOLDS = (0.0, 0.3, 0.5, 0.7, 0.9)
Key = tuple[str, int, str, str | None, str]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))


def read_gold(name: str, data: Path = DATA) -> tuple[dict[str, list[tuple[int, int]]], list[dict[str, str]]]:
    """Judged sentence spans per article, and the coded event rows, of set ``name``."""
    sentences: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for row in _rows(data / f"{name}_sentences.tsv"):
        sentences[row["article"]].append((int(row["sentence_start"]), int(row["sentence_end"])))
    return dict(sentences), _rows(data / f"{name}.tsv")


def _country(code: str | None) -> str | None:
    return code[:3] if code else None


def _sentence_of(event: Event, spans: list[tuple[int, int]]) -> int | None:
    return next((start for start, end in spans if start <= event.start < end), None)


def gold_keys(rows: list[dict[str, str]], level: str) -> set[Key]:
    keys = set()
    for row in rows:
        cameo = row["cameo"]
        act = cameo[:2] if level == "root" else str(lookup(cameo).quad_class)
        keys.add((row["article"], int(row["sentence_start"]), row["source"], row["target"] or None, act))
    return keys


def event_keys(article: str, events: list[Event], spans: list[tuple[int, int]], level: str) -> set[Key]:
    keys = set()
    for event in events:
        sentence = _sentence_of(event, spans)
        if sentence is None or not _country(event.source.country or event.source.code):
            continue
        act = event.cameo[:2] if level == "root" else str(event.quad_class)
        target = _country(event.target.country or event.target.code) if event.target else None
        keys.add((article, sentence, _country(event.source.country or event.source.code), target, act))
    return keys


def code(polnear: Path, names: list[str]) -> dict[str, list[Event]]:
    dates = publication_dates(polnear / "metadata.tsv")
    articles = [Article(id=name, text=(polnear / "train" / "text" / f"{name}.txt").read_text(encoding="utf-8"),
                        published=dates.get(name)) for name in names]
    return {article.id: article.events for article in pipeline.process(articles)}


def publication_dates(metadata: Path) -> dict[str, str]:
    """PolNeAR's publication date per article, so that relative dates and dated offices resolve
    as they would for a dated feed ("Trump" is no government official in 2016)."""
    if not metadata.exists():
        return {}
    return {row["filename"]: row["publication_date"] for row in _rows(metadata) if row.get("publication_date")}


def scores(gold: set[Key], found: set[Key]) -> tuple[float, float, float]:
    shared = len(gold & found)
    precision = shared / len(found) if found else 0.0
    recall = shared / len(gold) if gold else 0.0
    return precision, recall, 2 * precision * recall / (precision + recall) if shared else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH, help="PolNeAR folder (holding train/)")
    parser.add_argument("--set", dest="name", choices=("tuning", "report"), default="report")
    parser.add_argument("--data", type=Path, default=DATA, help="folder of the judged files")
    args = parser.parse_args()
    sentences, rows = read_gold(args.name, args.data)
    coded = code(args.path, sorted(sentences))
    in_sentences = [(name, e) for name, events in coded.items() for e in events
                    if _sentence_of(e, sentences[name]) is not None]
    unknown = sum(not _country(e.source.country or e.source.code) for _, e in in_sentences)
    judged = sum(map(len, sentences.values()))
    print(f"real-news events, set {args.name}: {len(sentences)} PolNeAR train articles, {judged} sentences, {len(rows)} coded events; "
          f"parley {len(in_sentences)} events, {unknown} with an unknown source (not scored)")
    print("confidence >=   root P   root R  root F1   quad P   quad R  quad F1")
    for threshold in THRESHOLDS:
        figures = []
        for level in ("root", "quad"):
            found = set().union(*(event_keys(name, [e for e in events if e.confidence >= threshold],
                                             sentences[name], level) for name, events in coded.items()))
            figures.extend(scores(gold_keys(rows, level), found))
        print(f"  {threshold:.1f}         " + "  ".join(f"{value:7.3f}" for value in figures))


if __name__ == "__main__":
    main()
