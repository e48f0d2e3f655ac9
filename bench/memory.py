"""Peak memory of ``parley extract`` on a small and a large JSONL corpus.

Input is streamed, so peak RSS should be set by the model and the batch, not by
the corpus: the two runs should show (nearly) the same peak. Each run is a
separate process; its peak RSS comes from ``os.wait4``.

    python -m bench.memory [--small-mb 1] [--large-mb 10]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.throughput import build_corpus


def write_corpus(path: Path, megabytes: float) -> int:
    """Write copies of the examples as JSONL until the file reaches ``megabytes``; returns the article count."""
    corpus = build_corpus(int(megabytes * 1e6))
    with path.open("w", encoding="utf-8") as stream:
        for article in corpus:
            stream.write(json.dumps({"id": article.id, "text": article.text}, ensure_ascii=False) + "\n")
    return len(corpus)


def peak_rss_of_extract(jsonl: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one `parley extract` process over ``jsonl``."""
    command = [sys.executable, "-c", "from parley.cli import main; main()", "--quiet", "extract", str(jsonl)]
    started = time.perf_counter()
    with open(os.devnull, "w") as sink:
        process = subprocess.Popen(command, stdout=sink)
        _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"parley extract failed on {jsonl}")
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small-mb", type=float, default=1)
    parser.add_argument("--large-mb", type=float, default=10)
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for label, size in (("small", args.small_mb), ("large", args.large_mb)):
            path = Path(folder) / f"{label}.jsonl"
            articles = write_corpus(path, size)
            seconds, peak = peak_rss_of_extract(path)
            results.append(peak)
            megabytes = path.stat().st_size / 1e6
            print(f"{label}: {megabytes:6.1f} MB, {articles:6d} articles, {seconds:7.1f} s, peak RSS {peak:7.1f} MB")
    print(f"peak RSS ratio large/small: {results[1] / results[0]:.3f} for {args.large_mb / args.small_mb:.0f}x the input")


if __name__ == "__main__":
    main()
