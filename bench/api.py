"""Latency of the HTTP API under load: p50 and p99 per endpoint, 50 concurrent clients, 20 seconds.

The store holds synthetic articles written straight through ``Store.write``
(no spaCy): each reports a statement of a known person (parley.actors' people
table) to another country, made of real sentences (PolNeAR train texts, read
at run time, never stored), with its quote, speaker, cue and coded event at
true offsets; a story is reported by one to three outlets. ``update_stories``
then clusters and consolidates them as it would real articles.

`parley serve` runs in its own process on 127.0.0.1; the clients (one asyncio
loop, httpx) share the machine with it, so the figures include the clients'
own CPU (a minimal keep-alive client keeps that small). The load is bounded: ``--clients`` connections, each sending its next
request when the last one is answered, for ``--seconds`` each load:

- "repeated": a dashboard's mix of a few dozen requests asked again and again,
  which the server's response cache answers after the first time;
- "distinct": every statements, events and timeline request has its own random
  date window, so the response cache never has the answer and every request is
  computed. It runs twice, with other windows the second time: first on what
  the server warmed at start and what the repeated load read (the matches of
  each filter set and the dyads are computed as they are first asked for), then
  in the steady state.

    python -m bench.api [--text-dir ../shared/dev/polnear/train/text] [--articles 10000] [--clients 50]
                        [--seconds 20] [--db PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from statistics import quantiles
from urllib.parse import urlencode

import httpx
import psutil

from parley.datafiles import data_lines, tsv_rows
from parley.events import ontology
from parley.records import Actor, Article, Event, Quote, Span
from parley.store import Store
from parley.stories import update_stories

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEXTS = ROOT.parent / "shared" / "dev" / "polnear" / "train" / "text"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
FIRST_DAY = date(2018, 1, 1)
DAYS = 6 * 365
UNDATED_SHARE = 0.1
OUTLETS = tuple(f"outlet {number}" for number in range(25))
BATCH = 1000
GOAL_MS = 200


def sentences(text_dir: Path) -> list[str]:
    """Plain sentences of the texts, 40 to 250 characters, without quotation marks of their own."""
    found = []
    for path in sorted(text_dir.glob("*.txt")):
        for sentence in SENTENCE_END.split(" ".join(path.read_text("utf-8", errors="replace").split())):
            if 40 <= len(sentence) <= 250 and not set(sentence) & set("\"“”"):
                found.append(sentence)
    if not found:
        raise SystemExit(f"no sentences in {text_dir}: give --text-dir")
    return found


def people() -> list[tuple[str, str, str]]:
    """(name, country, sector) of parley.actors' known people."""
    rows = tsv_rows(data_lines("parley.actors", "people.tsv"))
    return sorted({(row[0], row[2], row[3] or "GOV") for row in rows if len(row) > 3 and row[2]})


def country_names() -> dict[str, str]:
    """Code -> the country's first name in parley.actors' table (the others are aliases and demonyms, and later rows
    of a code hold names bound to a period, such as "Congo")."""
    names: dict[str, str] = {}
    for row in tsv_rows(data_lines("parley.actors", "countries.tsv")):
        if len(row) > 1:
            names.setdefault(row[0], row[1].split("|")[0])
    return names


class Writer:
    """Appends sentences to an article text and records the spans of what it wrote."""

    def __init__(self) -> None:
        self.text = ""

    def add(self, piece: str) -> Span:
        start = len(self.text)
        self.text += piece
        return Span(start, len(self.text), piece)


def synthetic_articles(count: int, pool: list[str], seed: int = 7) -> list[Article]:
    """``count`` articles in stories of one to three outlets; each story is one person's statement to a country."""
    rng = random.Random(seed)
    speakers = people()
    countries = country_names()
    targets = sorted({country for _, country, _ in speakers} & set(countries))
    codes = [entry for entry in ontology().values() if len(entry.code) == 3]
    articles: list[Article] = []
    story = 0
    while len(articles) < count:
        story += 1
        name, country, sector = rng.choice(speakers)
        target = rng.choice([t for t in targets if t != country] or targets)
        cameo = rng.choice(codes)
        day = None if rng.random() < UNDATED_SHARE else FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        quoted = " ".join(rng.sample(pool, rng.randint(1, 2)))
        for outlet in rng.sample(OUTLETS, min(rng.randint(1, 3), count - len(articles))):
            article_id = f"syn-{story:06d}-{outlet.split()[-1]}"
            writer = Writer()
            writer.add(rng.choice(pool) + " ")
            speaker = writer.add(name)
            writer.add(" ")
            cue = writer.add("said")
            writer.add(" of ")
            target_span = writer.add(countries[target])
            writer.add(': "')
            content = writer.add(quoted)
            writer.add('" ' + " ".join(rng.sample(pool, 2)))
            quote = Quote(id=f"{article_id}:q0", kind="direct", start=content.start, end=content.end,
                          text=content.text, cue=cue, speaker=speaker, speaker_name=name,
                          speaker_role="official", speaker_actor=country + sector)
            event = Event(
                id=f"{article_id}:e0", start=content.start, end=content.end,
                source=Actor(name, speaker.start, speaker.end, name, country + sector, country, sector),
                target=Actor(target_span.text, target_span.start, target_span.end, None, target, target, None),
                cameo=cameo.code, plover=cameo.plover, goldstein=cameo.goldstein, quad_class=cameo.quad_class,
                date=day.isoformat() if day else None, quote_id=quote.id, confidence=0.9,
            )
            articles.append(Article(
                id=article_id, text=writer.text, outlet=outlet, title=f"{name} on {countries[target]}",
                published=day.isoformat() if day else None, quotes=[quote], events=[event],
            ))
    return articles


def build_store(path: Path, count: int, text_dir: Path) -> None:
    started = time.perf_counter()
    articles = synthetic_articles(count, sentences(text_dir))
    made = time.perf_counter()
    with Store(path) as store:
        for start in range(0, len(articles), BATCH):
            store.write(articles[start:start + BATCH])
        written = time.perf_counter()
        update = update_stories(store)
        counts = {table: store.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                  for table in ("articles", "stories", "statements", "consolidated_events")}
    print(f"store: {counts} | made {made - started:.1f} s, written {written - made:.1f} s, "
          f"stories {time.perf_counter() - written:.1f} s ({update.new_stories} new)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    command = [sys.executable, "-c", "from parley.cli import main; main()", "--quiet", "serve",
               "--db", str(db), "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/openapi.json", timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit("parley serve did not start")


def request_mix(db: Path) -> list[tuple[str, str, dict]]:
    """(endpoint, path, params) the clients cycle through: real ids and codes from the store."""
    with Store(db, read_only=True) as store:
        connection = store.connection
        story_ids = [r[0] for r in connection.execute("SELECT id FROM stories ORDER BY id LIMIT 50").fetchall()]
        article_ids = [r[0] for r in connection.execute("SELECT id FROM articles ORDER BY id LIMIT 50").fetchall()]
        speakers = [r[0] for r in connection.execute(
            "SELECT speaker_name FROM statements GROUP BY 1 ORDER BY count(*) DESC LIMIT 10").fetchall()]
        dyads = connection.execute(
            "SELECT source_country, target_country FROM consolidated_events GROUP BY 1, 2"
            " ORDER BY count(*) DESC LIMIT 10").fetchall()
    mix = [("statements", "/api/statements", {})]
    mix += [("statements", "/api/statements", {"source": s, "target": t}) for s, t in dyads[:3]]
    mix += [("statements", "/api/statements", {"speaker": name}) for name in speakers[:3]]
    mix += [("statements", "/api/statements", {"text": "president", "from": "2020-01-01", "to": "2021-12-31"})]
    mix += [("timeline", "/api/timeline", {"source": s, "target": t, "by": "month", "both": "true"})
            for s, t in dyads[:5]]
    mix += [("events", "/api/events", {"source": s, "quad_class": 1}) for s, _ in dyads[:3]]
    mix += [("story", f"/api/stories/{i}", {}) for i in story_ids[:5]]
    mix += [("article", f"/api/articles/{i}", {}) for i in article_ids[:5]]
    mix += [("actors", "/api/actors", {"q": name.split()[-1]}) for name in speakers[:3]]
    return mix


def distinct(mix: list[tuple[str, str, dict]], seed: int = 11) -> Callable[[int], tuple[str, str, dict]]:
    """The mix with a random date window on every statements, events and timeline request."""
    rng = random.Random(seed)

    def pick(turn: int) -> tuple[str, str, dict]:
        endpoint, path, params = mix[turn % len(mix)]
        if endpoint in ("statements", "events", "timeline"):
            first = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
            last = first + timedelta(days=rng.randrange(30, 3 * 365))
            params = {**params, "from": first.isoformat(), "to": last.isoformat()}
        return endpoint, path, params

    return pick


def repeated(mix: list[tuple[str, str, dict]]) -> Callable[[int], tuple[str, str, dict]]:
    return lambda turn: mix[turn % len(mix)]


class KeepAlive:
    """One HTTP/1.1 keep-alive connection that sends GETs and reads Content-Length answers.

    A client this small spends far less CPU per request than a general one, and the
    machine it shares with the server has two cores: what it saves goes to the server.
    """

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str) -> None:
        self.reader, self.writer, self.host = reader, writer, host

    @classmethod
    async def open(cls, host: str, port: int) -> KeepAlive:
        reader, writer = await asyncio.open_connection(host, port)
        return cls(reader, writer, f"{host}:{port}")

    async def get(self, target: str) -> int:
        """The status of ``GET target``; the body is read and dropped."""
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode("ascii"))
        head = await self.reader.readuntil(b"\r\n\r\n")
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        length = next(int(line.split(":", 1)[1]) for line in header_lines
                      if line.lower().startswith("content-length:"))
        await self.reader.readexactly(length)
        return int(status_line.split()[1])

    def close(self) -> None:
        self.writer.close()


async def load(port: int, pick: Callable[[int], tuple[str, str, dict]], clients: int, seconds: float) -> dict:
    latencies: dict[str, list[float]] = defaultdict(list)
    failures: dict[str, int] = defaultdict(int)
    deadline = time.perf_counter() + seconds

    async def one_client(offset: int) -> None:
        connection = await KeepAlive.open("127.0.0.1", port)
        turn = offset
        try:
            while time.perf_counter() < deadline:
                endpoint, path, params = pick(turn)
                turn += 1
                target = f"{path}?{urlencode(params)}" if params else path
                started = time.perf_counter()
                status = await connection.get(target)
                latencies[endpoint].append((time.perf_counter() - started) * 1000)
                failures[endpoint] += status != 200
        finally:
            connection.close()

    await asyncio.gather(*(one_client(number * 7) for number in range(clients)))
    return {"latencies": latencies, "failures": failures}


def report(result: dict, seconds: float) -> None:
    total = sum(len(values) for values in result["latencies"].values())
    print(f"{total} requests in {seconds:.0f} s: {total / seconds:.0f} requests/s")
    print(f"{'endpoint':<12}{'requests':>9}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}{'non-200':>9}")
    for endpoint, values in sorted(result["latencies"].items()):
        cuts = quantiles(values, n=100, method="inclusive")
        goal = f"  (goal p99 < {GOAL_MS} ms: {'met' if cuts[98] < GOAL_MS else 'NOT met'})" \
            if endpoint in ("statements", "timeline") else ""
        print(f"{endpoint:<12}{len(values):>9}{cuts[49]:>9.1f}{cuts[98]:>9.1f}{max(values):>9.1f}"
              f"{result['failures'][endpoint]:>9}{goal}")


def server_cpu(server: subprocess.Popen) -> float:
    """Seconds of CPU the server process has used so far."""
    times = psutil.Process(server.pid).cpu_times()
    return times.user + times.system


def cold_latencies(base: str, mix: list[tuple[str, str, dict]]) -> None:
    """One request at a time, each once: the latency without queueing behind other clients."""
    timings: dict[str, list[float]] = defaultdict(list)
    with httpx.Client(base_url=base, timeout=30) as client:
        for endpoint, path, params in mix:
            started = time.perf_counter()
            client.get(path, params=params).raise_for_status()
            timings[endpoint].append((time.perf_counter() - started) * 1000)
    print("one client, each request once (ms, max): " + ", ".join(
        f"{endpoint} {max(values):.1f}" for endpoint, values in sorted(timings.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text-dir", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--db", type=Path, help="Reuse (or keep) this store instead of a temporary one.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="parley-bench-api-") as folder:
        db = args.db or Path(folder) / "bench.duckdb"
        if not db.exists():
            build_store(db, args.articles, args.text_dir)
        mix = request_mix(db)
        port = free_port()
        server = start_server(db, port)
        base = f"http://127.0.0.1:{port}"
        try:
            cold_latencies(base, mix)
            loads = (("repeated", repeated(mix)), ("distinct, first run", distinct(mix)),
                     ("distinct, second run", distinct(mix, seed=12)))
            for name, pick in loads:
                print(f"\n{name}: {args.clients} clients for {args.seconds:.0f} s against {base}")
                cpu_before = server_cpu(server)
                result = asyncio.run(load(port, pick, args.clients, args.seconds))
                report(result, args.seconds)
                requests = sum(len(values) for values in result["latencies"].values())
                print(f"server CPU per request: {(server_cpu(server) - cpu_before) / requests * 1000:.2f} ms"
                      " (user + system time of the server process: what other jobs on the machine do not change);"
                      f" server memory {psutil.Process(server.pid).memory_info().rss / 2**20:.0f} MiB")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
