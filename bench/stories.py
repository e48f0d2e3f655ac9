"""Cost of story clustering as the store grows, and recall of planted near-duplicates.

Synthetic articles are made by recombining real sentences (PolNeAR train texts,
read at run time, never stored), dated at a constant rate per day like a news
stream; some get syndicated copies (boilerplate, trimmed paragraphs, changed
headline: the edits of the labelled fixture). Each size runs in its own process,
so its peak RSS is its own ("RSS MB": the peak once the articles are written; "peak
MB": after clustering). Timed separately: writing the articles to the store, and
``update_stories`` (near-duplicates, clustering, consolidation), in wall-clock and
CPU seconds (DuckDB may use both cores).

    python -m bench.stories [--text-dir ../shared/dev/polnear/train/text] [--sizes 1000 10000 100000]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from parley.records import Article

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEXTS = ROOT.parent / "shared" / "dev" / "polnear" / "train" / "text"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
OUTLETS = tuple(f"outlet {number}" for number in range(25))


def load_fixture_module():
    """The labelled fixture's syndication edits and scores (tests/fixtures/stories/labelled.py)."""
    path = ROOT / "tests" / "fixtures" / "stories" / "labelled.py"
    spec = importlib.util.spec_from_file_location("stories_fixture", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_sentences(text_dir: Path) -> list[str]:
    sentences = []
    for path in sorted(text_dir.glob("*.txt")):
        text = " ".join(path.read_text("utf-8").split())
        sentences += [s for s in SENTENCE_END.split(text) if 8 <= len(s.split()) <= 60]
    if not sentences:
        raise SystemExit(f"no sentences found in {text_dir}")
    return sentences


def synthetic_corpus(
    sentences: list[str], size: int, per_day: int, duplicate_share: float, seed: int
) -> tuple[list[Article], list[tuple[str, str]]]:
    """``size`` articles (originals and planted copies) and the planted (original, copy) pairs."""
    fixture = load_fixture_module()
    rng = random.Random(seed)
    first_day = date(2016, 1, 1)
    articles, planted = [], []
    while len(articles) < size:
        number = len(articles)
        paragraphs = [" ".join(rng.sample(sentences, rng.randint(1, 3))) for _ in range(rng.randint(4, 9))]
        original = Article(
            id=f"a{number:07d}", text="\n".join(paragraphs), title=paragraphs[0][:80], outlet=rng.choice(OUTLETS),
            published=(first_day + timedelta(days=number // per_day)).isoformat(),
        )
        articles.append(original)
        if rng.random() < duplicate_share:
            for copy_number in range(rng.randint(1, 3)):
                if len(articles) >= size:
                    break
                edit = rng.choice(fixture.EDITS)
                copy = fixture.syndicated_copy(original, edit, rng, f"{original.id}-{copy_number}",
                                               rng.choice(OUTLETS))
                articles.append(copy)
                planted.append((original.id, copy.id))
    rng.shuffle(articles)
    return articles, planted


def run_one(args: argparse.Namespace) -> dict:
    """Build, store and cluster one corpus; report times and planted-duplicate recall."""
    from parley.store import Store
    from parley.stories import update_stories

    sentences = load_sentences(args.text_dir)
    articles, planted = synthetic_corpus(sentences, args.child, args.per_day, args.duplicates, args.seed)
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "bench.duckdb") as store:
        started = time.perf_counter()
        for start in range(0, len(articles), 1000):
            store.write(articles[start:start + 1000])
        written = time.perf_counter() - started
        rss_written = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        started, cpu_started = time.perf_counter(), time.process_time()
        update = update_stories(store)
        clustered, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        found = set(store.connection.execute("SELECT article_id, other_id FROM near_duplicates").fetchall())
        story = dict(store.connection.execute("SELECT id, story_id FROM articles").fetchall())
        stories = store.connection.execute("SELECT count(*) FROM stories").fetchone()[0]
    linked = sum((min(pair), max(pair)) in found for pair in planted)
    together = sum(story[first] == story[second] for first, second in planted)
    return {
        "articles": len(articles), "planted": len(planted), "write_s": written, "cluster_s": clustered,
        "cluster_cpu_s": cpu, "peak_mb_written": rss_written,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "duplicates_found": update.near_duplicates, "planted_linked": linked, "planted_same_story": together,
        "stories": stories,
    }


def measure(args: argparse.Namespace, size: int) -> dict:
    """Run one size in a child process, so that its peak RSS is its own."""
    command = [sys.executable, "-m", "bench.stories", "--child", str(size), "--text-dir", str(args.text_dir),
               "--per-day", str(args.per_day), "--duplicates", str(args.duplicates), "--seed", str(args.seed)]
    result = subprocess.run(command, stdout=subprocess.PIPE, cwd=ROOT, check=False)
    if result.returncode != 0:
        raise SystemExit(f"bench.stories failed for {size} articles")
    return json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text-dir", type=Path, default=DEFAULT_TEXTS, help="Folder of .txt news texts.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--per-day", type=int, default=200, help="Articles per day in the synthetic stream.")
    parser.add_argument("--duplicates", type=float, default=0.1, help="Share of originals given copies.")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args)))
        return
    previous = None
    print(f"{'articles':>9} {'write s':>8} {'cluster s':>9} {'CPU s':>7} {'ms/article':>10} {'RSS MB':>7} "
          f"{'peak MB':>8} {'planted':>7} {'dup recall':>10} {'same story':>10} {'stories':>8}")
    for size in args.sizes:
        report = measure(args, size)
        planted = report["planted"] or 1
        print(f"{report['articles']:9d} {report['write_s']:8.1f} {report['cluster_s']:9.1f} "
              f"{report['cluster_cpu_s']:7.1f} {1000 * report['cluster_s'] / report['articles']:10.2f} "
              f"{report['peak_mb_written']:7.1f} {report['peak_mb']:8.1f} {report['planted']:7d} "
              f"{report['planted_linked'] / planted:10.3f} {report['planted_same_story'] / planted:10.3f} "
              f"{report['stories']:8d}")
        if previous:
            print(f"{'':9} growth x{report['articles'] / previous['articles']:.0f} articles: "
                  f"cluster time x{report['cluster_s'] / previous['cluster_s']:.2f}, "
                  f"CPU x{report['cluster_cpu_s'] / previous['cluster_cpu_s']:.2f}, "
                  f"peak RSS x{report['peak_mb'] / previous['peak_mb']:.2f}")
        previous = report


if __name__ == "__main__":
    main()
