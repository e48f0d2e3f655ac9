"""Scale: the Spark runner in local[1] and local[2] against single-process `parley extract` on one WARC corpus.

The corpus is synthetic but made of real article text: each page is a run of
paragraphs drawn from the seed articles, wrapped in a news page (navigation,
footer) and written as HTTP response records to ``--files`` WARC.gz files,
with one image record per twenty pages to be skipped. Every configuration
runs as its own process (a fresh JVM for Spark, started as spark-submit would
start ``parley/spark.py``), timed from start to exit; memory is sampled every
half second over the process tree: the JVM (driver and executor in local
mode) and each Python worker, where the spaCy model lives.

    python -m bench.scale [--pages 5000] [--files 8] [--seeds ../shared/seeds] [--cores 1 2]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

import psutil
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import parley.spark

EXTRACT = "from parley.cli import main; main()"
SAMPLE_SECONDS = 0.5
MIB = 1 << 20


def seed_paragraphs(seeds: Path) -> list[str]:
    """Every paragraph of the seed articles long enough to be one (headlines and captions are not)."""
    return [line for path in sorted(seeds.glob("*.txt"))
            for line in path.read_text("utf-8").splitlines() if len(line.split()) >= 12]


def news_page(number: int, paragraphs: list[str], rng: random.Random) -> bytes:
    start = rng.randrange(len(paragraphs))
    body = [paragraphs[(start + i) % len(paragraphs)] for i in range(rng.randint(3, 6))]
    title = f"Report {number}: {' '.join(body[0].split()[:8])}"
    date = f"20{rng.randint(19, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return (f"<html><head><title>{escape(title)}</title><meta property='article:published_time' content='{date}'>"
            f"</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{escape(title)}"
            f"</h1>{''.join(f'<p>{escape(p)}</p>' for p in body)}</article><footer>Copyright</footer></body></html>"
            ).encode()


def write_corpus(folder: Path, pages: int, files: int, paragraphs: list[str], seed: int = 1) -> None:
    rng = random.Random(seed)
    with ExitStack() as files_open:
        streams = [files_open.enter_context((folder / f"crawl-{n:03d}.warc.gz").open("wb")) for n in range(files)]
        writers = [WARCWriter(stream, gzip=True) for stream in streams]
        for number in range(pages):
            writer = writers[number % files]
            _response(writer, f"https://news.example.com/{number}", "text/html; charset=utf-8",
                      news_page(number, paragraphs, rng))
            if number % 20 == 0:
                _response(writer, f"https://news.example.com/{number}.png", "image/png", b"\x89PNG\r\n\x1a\n")


def _response(writer: WARCWriter, url: str, content_type: str, body: bytes) -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))


@dataclass
class Run:
    name: str
    seconds: float = 0.0
    articles: int = 0
    model_loads: int = 0
    peak_rss: dict[str, int] = field(default_factory=dict)
    """Peak resident memory by process (pid and role)."""

    def peak(self, role: str) -> int:
        return max((rss for key, rss in self.peak_rss.items() if key.endswith(role)), default=0)


def measure(name: str, command: list[str], stdout_path: Path) -> Run:
    """Run ``command`` to completion, sampling the memory of its process tree."""
    run = Run(name)
    started = time.perf_counter()
    with stdout_path.open("wb") as stdout:
        process = subprocess.Popen(command, stdout=stdout, stderr=subprocess.DEVNULL)
        sampler = threading.Thread(target=_sample, args=(process, run), daemon=True)
        sampler.start()
        code = process.wait()
    run.seconds = time.perf_counter() - started
    sampler.join()
    if code:
        raise SystemExit(f"{name} failed with exit status {code}: {' '.join(command)}")
    return run


def _sample(process: subprocess.Popen, run: Run) -> None:
    root = psutil.Process(process.pid)
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return
        for member in tree:
            try:
                key = f"{member.pid} {_role(member)}"
                run.peak_rss[key] = max(run.peak_rss.get(key, 0), member.memory_info().rss)
            except psutil.Error:
                continue
        time.sleep(SAMPLE_SECONDS)


def _role(process: psutil.Process) -> str:
    if "java" in process.name():
        return "jvm"
    if "pyspark.daemon" not in " ".join(process.cmdline()):
        return "driver"
    parent = process.parent()
    return "python worker" if parent and "pyspark.daemon" in " ".join(parent.cmdline()) else "pyspark daemon"


def run_extract(corpus: Path, work: Path) -> Run:
    output = work / "extract.jsonl"
    run = measure("parley extract (1 process)",
                  [sys.executable, "-c", EXTRACT, "--quiet", "extract", str(corpus)], output)
    with output.open("rb") as lines:
        run.articles = sum(1 for _ in lines)
    return run


def run_spark(corpus: Path, work: Path, cores: int) -> Run:
    output = work / f"spark-{cores}"
    run = measure(f"parley spark local[{cores}]",
                  [sys.executable, parley.spark.__file__, "--input", str(corpus), "--output", str(output),
                   "--master", f"local[{cores}]"], work / f"spark-{cores}.log")
    summary = json.loads((output / parley.spark.SUMMARY_FILE).read_text())
    run.articles, run.model_loads = summary["articles"], summary["model_loads"]
    return run


def report(runs: list[Run]) -> None:
    base = runs[0]
    print(f"{'configuration':<28}{'articles':>9}{'seconds':>9}{'art/s':>8}{'vs extract':>11}"
          f"{'driver MiB':>11}{'JVM MiB':>9}{'worker MiB':>11}{'workers':>8}{'loads':>6}")
    for run in runs:
        workers = sum(1 for key in run.peak_rss if key.endswith("python worker"))
        print(f"{run.name:<28}{run.articles:>9}{run.seconds:>9.1f}{run.articles / run.seconds:>8.2f}"
              f"{run.seconds / base.seconds:>10.2f}x{run.peak('driver') / MIB:>11.0f}{run.peak('jvm') / MIB:>9.0f}"
              f"{run.peak('python worker') / MIB:>11.0f}{workers:>8}{run.model_loads:>6}")
    spark = {run.name: run for run in runs[1:]}
    one, two = spark.get("parley spark local[1]"), spark.get("parley spark local[2]")
    if one and two:
        print(f"speed-up local[2] over local[1]: {one.seconds / two.seconds:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--files", type=int, default=8)
    parser.add_argument("--seeds", type=Path, default=Path("../shared/seeds"))
    parser.add_argument("--cores", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--work", type=Path, default=None,
                        help="Where the corpus and outputs go (default: a temp dir).")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="parley-scale-") as temporary:
        work = args.work or Path(temporary)
        corpus = work / "corpus"
        corpus.mkdir(parents=True, exist_ok=True)
        write_corpus(corpus, args.pages, args.files, seed_paragraphs(args.seeds))
        size = sum(path.stat().st_size for path in corpus.iterdir())
        print(f"corpus: {args.pages} pages in {args.files} WARC.gz files, {size / MIB:.1f} MiB", flush=True)
        runs = [run_extract(corpus, work)]
        print(f"done: {runs[-1].name} in {runs[-1].seconds:.1f} s", flush=True)
        for cores in args.cores:
            runs.append(run_spark(corpus, work, cores))
            print(f"done: {runs[-1].name} in {runs[-1].seconds:.1f} s", flush=True)
        report(runs)


if __name__ == "__main__":
    main()
