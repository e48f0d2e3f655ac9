"""Event coding scored on the PLOVER gold standard sentences (CAMEO manual examples, PLOVER 0.5b1).

Each sentence is parsed and coded on its own (sentence-level actions and statements).
The set is split deterministically by a hash of the record id: rules were tuned on the
``tune`` part only; the ``held-out`` part was not looked at while building.

- category accuracy: the PLOVER category of the most confident event equals the gold one
  (0.5 names mapped to 0.8: DEMAND→REQUEST, DISAPPROVE and INVESTIGATE→ACCUSE, FIGHT→ASSAULT);
  a sentence with no event counts as wrong.
- source / target country accuracy: the most confident event's actor country (the first three
  letters of its code: ISO country, or IGO/NGO/IMG) is one of the gold ones.
- triples: (source country, target country or none, category) of every event at or above a
  confidence threshold against the gold pairs, micro P/R/F1; the curve shows the trade-off.
  Also for the most confident act of each sentence alone (the gold codes one act per sentence).

    python -m bench.events [PATH] [--split tune|held-out|all]
    python -m bench.events --speed [--min-bytes 300000]

PATH is the gold JSON file or the folder that holds it (``PLOVER_GSR_CAMEO.json``).

``--speed`` times ``nlp.pipe`` alone against actors + events (``resolve_speakers`` and
``code_events``) over the bundled examples repeated to ``--min-bytes``, and prints the ratio; the data
files are loaded before either clock starts, as the model is.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path

from parley import nlp as nlp_module
from parley.actors import resolve_speakers
from parley.events import article_context, code_events, code_sentence
from parley.records import Actor, Article, Event

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = ROOT.parent / "shared" / "dev" / "plover" / "PLOVER_GSR_CAMEO.json"
EXAMPLES = ROOT / "examples"
PLOVER_05_TO_08 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
GOLD_CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
"""Country codes of the gold file that are not ISO alpha-3 (Japan, Italy, Vietnam)."""
THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass
class Sentence:
    id: str
    text: str
    category: str
    sources: list[tuple[str, str]]
    targets: list[tuple[str, str]]
    mutual: bool

    @property
    def part(self) -> str:
        """Deterministic 60/40 split by id: the rules were tuned on ``tune`` only."""
        return "tune" if int(hashlib.sha1(self.id.encode()).hexdigest(), 16) % 5 < 3 else "held-out"

    def triples(self) -> set[tuple[str, str | None, str]]:
        targets = self.sources if self.mutual and not self.targets else self.targets
        pairs = {(s, t) for s_text, s in self.sources for t_text, t in targets if s_text != t_text}
        if not targets:
            pairs = {(s, None) for _, s in self.sources}
        return {(s, t, self.category) for s, t in pairs}


def _actors(value) -> list[tuple[str, str]]:
    if not isinstance(value, list):
        return []
    return [(a.get("actorText", ""), GOLD_CODE_FIXES.get(a["code"][:3], a["code"][:3]))
            for a in value if a.get("code")]


def _markup(record: dict) -> str:
    info = record.get("textInfo")
    return info.get("markup", "") if isinstance(info, dict) else ""


def gold_file(path: Path) -> Path:
    """The gold JSON file ``path`` names, directly or as the folder that holds it."""
    found = path / DEFAULT_PATH.name if path.is_dir() else path
    if not found.is_file():
        raise FileNotFoundError(f"no {DEFAULT_PATH.name} there")
    return found


def load(path: Path) -> list[Sentence]:
    """Gold sentences; actors marked "SRC/TAR" act on each other (Jordan and Britain agreed: both ways)."""
    records = json.loads(path.read_text("utf-8"))
    return [
        Sentence(r["id"], r["text"], PLOVER_05_TO_08.get(r["event"], r["event"]),
                 _actors(r.get("source")), _actors(r.get("target")), _markup(r).count("SRC/TAR") > 1)
        for r in records if "DOCUMENT" not in r["id"]
    ]


def country(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.country or (actor.code[:3] if actor.code else None)


def code_all(sentences: list[Sentence]) -> tuple[list[list[Event]], float, float]:
    """Events per sentence, with the seconds spent parsing and coding (data files loaded before)."""
    language = nlp_module.load()
    article_context(Article(id="warm-up", text=""))
    started = time.perf_counter()
    docs = list(language.pipe(s.text for s in sentences))
    parsed = time.perf_counter()
    coded = []
    for sentence, doc in zip(sentences, docs):
        context = article_context(Article(id=sentence.id, text=sentence.text), doc)
        coded.append([e for sent in doc.sents for e in code_sentence(sent, context)])
    return coded, parsed - started, time.perf_counter() - parsed


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def triple_scores(sentences: list[Sentence], coded: list[list[Event]], threshold: float) -> tuple[float, float, float]:
    shared = predicted = gold = 0
    for sentence, events in zip(sentences, coded):
        mine = {(country(e.source), country(e.target), e.plover)
                for e in events if e.confidence >= threshold and e.plover}
        truth = sentence.triples()
        shared += len(mine & truth)
        predicted += len(mine)
        gold += len(truth)
    precision, recall = _ratio(shared, predicted), _ratio(shared, gold)
    return precision, recall, _ratio(2 * precision * recall, precision + recall) if shared else 0.0


def report(name: str, sentences: list[Sentence], coded: list[list[Event]]) -> None:
    best = [max(events, key=lambda e: e.confidence) if events else None for events in coded]
    right = sum(b is not None and b.plover == s.category for s, b in zip(sentences, best))
    with_source = [(s, b) for s, b in zip(sentences, best) if s.sources]
    with_target = [(s, b) for s, b in zip(sentences, best) if s.targets]
    source_ok = sum(b is not None and country(b.source) in {c for _, c in s.sources} for s, b in with_source)
    target_ok = sum(b is not None and country(b.target) in {c for _, c in s.targets} for s, b in with_target)
    precision, recall, f1 = triple_scores(sentences, coded, 0.0)
    top_acts = [[e for e in events if (e.cameo, e.confidence) == (b.cameo, b.confidence)] if b else []
                for events, b in zip(coded, best)]
    top_p, top_r, top_f1 = triple_scores(sentences, top_acts, 0.0)
    print(f"\n== {name}: {len(sentences)} sentences")
    print(f"category accuracy        {_ratio(right, len(sentences)):.3f}  ({right}/{len(sentences)})")
    print(f"source country accuracy  {_ratio(source_ok, len(with_source)):.3f}  ({source_ok}/{len(with_source)})")
    print(f"target country accuracy  {_ratio(target_ok, len(with_target)):.3f}  ({target_ok}/{len(with_target)})")
    print(f"triples P/R/F1           {precision:.3f} / {recall:.3f} / {f1:.3f}  (every event)")
    print(f"                         {top_p:.3f} / {top_r:.3f} / {top_f1:.3f}  (most confident act only)")
    no_event = sum(not events for events in coded)
    print(f"sentences with no event  {_ratio(no_event, len(sentences)):.3f}  ({no_event})")
    print("confidence >=  triple P   triple R   triple F1  category P  category R")
    for threshold in THRESHOLDS:
        p, r, f = triple_scores(sentences, coded, threshold)
        kept = [(s, b) for s, b in zip(sentences, best) if b is not None and b.confidence >= threshold]
        correct = sum(b.plover == s.category for s, b in kept)
        print(f"  {threshold:.1f}          {p:.3f}      {r:.3f}      {f:.3f}      "
              f"{_ratio(correct, len(kept)):.3f}       {_ratio(correct, len(sentences)):.3f}")


def speed(min_bytes: int) -> None:
    """Actors + events time against spaCy parse time on the bundled examples."""
    from parley.quotes import extract_quotes

    texts = [p.read_text("utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    corpus = []
    while sum(map(len, corpus)) < min_bytes:
        corpus.extend(texts)
    language = nlp_module.load()
    started = time.perf_counter()
    docs = list(language.pipe(corpus, batch_size=16))
    parse = time.perf_counter() - started
    articles = [Article(id=f"a{n}", text=text) for n, text in enumerate(corpus)]
    for article, doc in zip(articles, docs):
        article.quotes = extract_quotes(doc, article.id)
    article_context(Article(id="warm-up", text=""))
    started = time.perf_counter()
    for article, doc in zip(articles, docs):
        resolve_speakers(article, doc)
        article.events = code_events(article, doc, language)
    coding = time.perf_counter() - started
    print(f"{len(corpus)} articles, {sum(map(len, corpus))} chars: parse {parse:.2f}s, "
          f"actors+events {coding:.2f}s, overhead {coding / parse:.1%} of parse time")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--split", choices=("tune", "held-out", "all"), default="all")
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--min-bytes", type=int, default=300_000)
    args = parser.parse_args(argv)
    if args.speed:
        speed(args.min_bytes)
        return
    try:
        sentences = load(gold_file(args.path))
    except (OSError, ValueError, KeyError) as error:
        parser.error(f"{args.path}: not a PLOVER gold file ({error})")
    coded, parse, coding = code_all(sentences)
    parts = ("tune", "held-out") if args.split == "all" else (args.split,)
    for part in parts:
        chosen = [(s, c) for s, c in zip(sentences, coded) if s.part == part]
        report(part, [s for s, _ in chosen], [c for _, c in chosen])
    if args.split == "all":
        report("all", sentences, coded)
    print(f"\nparse {parse:.2f}s, coding {coding:.2f}s ({coding / parse:.1%} of parse time)")


if __name__ == "__main__":
    main()
