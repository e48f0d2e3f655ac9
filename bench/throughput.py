"""Throughput: bare spaCy ``nlp.pipe`` against ``parley extract`` end to end, in one process.

The corpus repeats the bundled examples (each copy a distinct article) to at
least ``--min-bytes`` of text. Both runs alternate ``--rounds`` times and the
best of each is kept, since this machine is shared and noisy; the figures that
matter are the ratios, measured in the same run.

    python -m bench.throughput [--min-bytes 1000000] [--rounds 2]
"""

from __future__ import annotations

import argparse
import io
import json
import tempfile
import time
from pathlib import Path

from parley import nlp as nlp_module
from parley import pipeline
from parley.ingest import read_inputs
from parley.records import Article

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def build_corpus(min_bytes: int) -> list[Article]:
    """Copies of the examples, each with its own id, until the text reaches ``min_bytes``."""
    originals = [item for item in read_inputs([EXAMPLES]) if isinstance(item, Article)]
    corpus: list[Article] = []
    size = 0
    while size < min_bytes:
        for original in originals:
            copy = Article.from_dict({**original.to_dict(), "id": f"{original.id}-{len(corpus)}"})
            corpus.append(copy)
            size += len(copy.text.encode("utf-8"))
    return corpus


def time_spacy(texts: list[str], batch_size: int) -> float:
    language = nlp_module.load()
    started = time.perf_counter()
    for _ in language.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - started


def time_parley(jsonl: Path, batch_size: int, timings: dict[str, float]) -> float:
    """``parley extract`` as the CLI does it: read JSONL, run the pipeline, serialise records."""
    sink = io.StringIO()
    started = time.perf_counter()
    articles = (item for item in read_inputs([jsonl]) if isinstance(item, Article))
    for article in pipeline.process(articles, batch_size=batch_size, timings=timings):
        sink.write(article.to_json() + "\n")
        sink.seek(0)
        sink.truncate()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-bytes", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()

    corpus = build_corpus(args.min_bytes)
    texts = [article.text for article in corpus]
    words = sum(len(text.split()) for text in texts)
    nlp_module.load()
    with tempfile.TemporaryDirectory() as folder:
        jsonl = Path(folder) / "corpus.jsonl"
        jsonl.write_text("".join(json.dumps(a.to_dict(), ensure_ascii=False) + "\n" for a in corpus), "utf-8")
        spacy_best = parley_best = float("inf")
        best_timings: dict[str, float] = {}
        for _ in range(args.rounds):
            spacy_best = min(spacy_best, time_spacy(texts, args.batch_size))
            timings: dict[str, float] = {}
            elapsed = time_parley(jsonl, args.batch_size, timings)
            if elapsed < parley_best:
                parley_best, best_timings = elapsed, timings

    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus: {len(corpus)} articles, {words} words, {megabytes:.2f} MB; best of {args.rounds} rounds")
    print(f"{'run':<16}{'seconds':>10}{'articles/s':>12}{'words/s':>12}")
    for name, seconds in (("spaCy nlp.pipe", spacy_best), ("parley extract", parley_best)):
        print(f"{name:<16}{seconds:>10.2f}{len(corpus) / seconds:>12.1f}{words / seconds:>12.0f}")
    print(f"ratio parley/spaCy throughput: {spacy_best / parley_best:.3f} (goal >= 0.80)")
    for name, seconds in best_timings.items():
        print(f"component {name:<10} {seconds:7.2f} s = {100 * seconds / spacy_best:5.1f}% of parse time")
    own = sum(best_timings.values())
    print(f"all components {own:7.2f} s = {100 * own / spacy_best:5.1f}% of parse time (goal <= 25%)")


if __name__ == "__main__":
    main()
