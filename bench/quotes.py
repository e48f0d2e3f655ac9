"""Quote attribution scored on PolNeAR (brat standoff), the way Citron and CofeNet report it.

For content, source (speaker mention) and cue spans: precision, recall and F1 by
exact match and by token overlap, micro-averaged over the split.

- exact: a predicted span counts when a gold span of the same type in the same article
  has the same boundaries once whitespace, quote marks and edge punctuation (,.;:) are
  trimmed from both (PolNeAR keeps the quote marks in content, parley does not).
  Discontinuous gold spans ("“...,” he said, “...”") count as one span per fragment.
- token: word tokens (``\\w+``) inside predicted spans against word tokens inside gold
  spans of the same type: P = shared / predicted, R = shared / gold.

    python -m bench.quotes [PATH] [--split dev|train|FOLDER] [--limit N] [--model DIR]
    python -m bench.quotes --speed [--min-bytes 1000000] [--model DIR]

``--model`` scores (or times) the rules with the learned quote tagger saved by ``parley
train-quotes`` adding its attributions, as ``--quote-model`` runs them. ``--speed`` times ``nlp.pipe`` alone against ``nlp.pipe`` +
``extract_quotes`` over the bundled examples repeated to ``--min-bytes`` of text, and
prints the overhead.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from pathlib import Path

from parley import nlp as nlp_module
from parley.quotes import extract_quotes
from parley.quotes.brat import SPAN_KINDS as TYPES
from parley.quotes.brat import AnnotatedText, normalised, read_split
from parley.quotes.tagger import QuoteTagger

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = ROOT.parent / "shared" / "dev" / "polnear"
EXAMPLES = ROOT / "examples"
WORD = re.compile(r"\w+")


def predicted_spans(text: str, quotes) -> dict[str, set[tuple[int, int]]]:
    spans: dict[str, set[tuple[int, int]]] = {kind: set() for kind in TYPES}
    for quote in quotes:
        for kind, span in (("Content", quote), ("Source", quote.speaker), ("Cue", quote.cue)):
            bounds = normalised(text, span.start, span.end) if span is not None else None
            if bounds:
                spans[kind].add(bounds)
    return spans


def words(text: str, spans: set[tuple[int, int]]) -> set[int]:
    """Start offsets of the word tokens inside any of the spans."""
    return {m.start() for start, end in spans for m in WORD.finditer(text, start, end)}


def score(
    articles: list[AnnotatedText], batch_size: int = 16, tagger: QuoteTagger | None = None
) -> dict[tuple[str, str], Counter]:
    counts: dict[tuple[str, str], Counter] = {(kind, how): Counter() for kind in TYPES for how in ("exact", "token")}
    language = nlp_module.load()
    for article, doc in zip(articles, language.pipe((a.text for a in articles), batch_size=batch_size)):
        tagged = tagger.tag(article.text) if tagger is not None else None
        predicted = predicted_spans(article.text, extract_quotes(doc, article.name, tagged))
        for kind in TYPES:
            gold, guess = article.gold.get(kind, set()), predicted[kind]
            counts[kind, "exact"].update(shared=len(gold & guess), predicted=len(guess), gold=len(gold))
            gold_words, guess_words = words(article.text, gold), words(article.text, guess)
            counts[kind, "token"].update(
                shared=len(gold_words & guess_words), predicted=len(guess_words), gold=len(gold_words)
            )
    return counts


def prf(count: Counter) -> tuple[float, float, float]:
    precision = count["shared"] / count["predicted"] if count["predicted"] else 0.0
    recall = count["shared"] / count["gold"] if count["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def print_table(counts: dict[tuple[str, str], Counter], title: str) -> None:
    print(title)
    print(f"{'span':<8} {'match':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>7} {'pred':>7}")
    for (kind, how), count in counts.items():
        precision, recall, f1 = prf(count)
        print(f"{kind.lower():<8} {how:<6} {precision:6.3f} {recall:6.3f} {f1:6.3f} {count['gold']:7d} {count['predicted']:7d}")


def time_overhead(min_bytes: int, batch_size: int = 16, tagger: QuoteTagger | None = None) -> None:
    """Parse time with and without quote extraction, on the examples repeated."""
    originals = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.txt"))]
    texts: list[str] = []
    while sum(len(t.encode("utf-8")) for t in texts) < min_bytes:
        texts.extend(originals)
    language = nlp_module.load()
    started = time.perf_counter()
    docs = list(language.pipe(texts, batch_size=batch_size))
    parse = time.perf_counter() - started
    started = time.perf_counter()
    found = sum(
        len(extract_quotes(doc, str(i), tagger.tag(doc.text) if tagger is not None else None)) for i, doc in enumerate(docs)
    )
    quotes = time.perf_counter() - started
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(f"{len(texts)} articles, {size} bytes, {found} quotes")
    print(f"spaCy parse {parse:.2f}s, extract_quotes {quotes:.2f}s, overhead {100 * quotes / parse:.1f}% of parse time")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH, help="PolNeAR folder (holding dev/, train/)")
    parser.add_argument("--split", default="dev", help="sub-folder to score: dev, train, or one of your own")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    parser.add_argument("--model", type=Path, default=None, help="add a learned quote tagger's attributions (parley train-quotes)")
    parser.add_argument("--speed", action="store_true", help="time extract_quotes against the parse instead")
    parser.add_argument("--min-bytes", type=int, default=1_000_000)
    args = parser.parse_args()
    tagger = QuoteTagger.load(args.model) if args.model else None
    if args.speed:
        time_overhead(args.min_bytes, tagger=tagger)
        return
    articles = read_split(args.path, args.split, args.limit)
    mode = f"tagger {args.model}" if tagger else "rules"
    print_table(score(articles, tagger=tagger), f"PolNeAR {args.split}: {len(articles)} articles ({args.path}), {mode}")


if __name__ == "__main__":
    main()
