"""Near-duplicate candidates over a corpus: parley's MinHash bands joined in DuckDB vs Spark ML's MinHashLSH.

This is the measurement behind the choice of where stories are clustered after
a Spark run (`parley load`, then DuckDB): the same synthetic corpus (real
sentences recombined, planted syndicated copies; see bench/stories.py) goes
through both, in the same run, and each reports its time and the recall of the
planted copies.

    python -m bench.lsh [--articles 20000] [--text-dir ../shared/dev/polnear/train/text]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import duckdb
import numpy as np

from bench.stories import DEFAULT_TEXTS, load_sentences, synthetic_corpus
from parley.stories.minhash import THRESHOLD, band_keys, banding, signatures


def duckdb_pairs(ids: list[str], texts: list[str]) -> set[tuple[str, str]]:
    """Signatures and band keys as `update_stories` makes them; candidates by one equality join in DuckDB."""
    rows = signatures(texts)
    keys = band_keys(rows)
    bands = keys.shape[1]
    connection = duckdb.connect()
    connection.execute("CREATE TABLE bands (article INTEGER, band SMALLINT, key BIGINT)")
    connection.execute(
        "INSERT INTO bands SELECT unnest(?), unnest(?), unnest(?)",
        [np.repeat(np.arange(len(ids)), bands).tolist(), np.tile(np.arange(bands), len(ids)).tolist(),
         keys.reshape(-1).tolist()],
    )
    candidates = connection.execute(
        "SELECT DISTINCT a.article, b.article FROM bands a JOIN bands b"
        " ON a.band = b.band AND a.key = b.key AND a.article < b.article"
    ).fetchall()
    pairs = set()
    for first, second in candidates:
        if np.count_nonzero(rows[first] == rows[second]) / rows.shape[1] >= THRESHOLD:
            pairs.add(tuple(sorted((ids[first], ids[second]))))
    return pairs


def spark_pairs(ids: list[str], texts: list[str], cores: int) -> tuple[set[tuple[str, str]], float]:
    """Spark ML: 5-word shingles, binary HashingTF, MinHashLSH and an approximate similarity self-join.

    Returns the pairs and the seconds the session took to start (not counted in the join).
    """
    from pyspark.ml import Pipeline
    from pyspark.ml.feature import HashingTF, MinHashLSH, NGram, RegexTokenizer
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    started = time.perf_counter()
    spark = (SparkSession.builder.master(f"local[{cores}]").appName("parley-lsh-bench")
             .config("spark.ui.showConsoleProgress", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    startup = time.perf_counter() - started
    try:
        frame = spark.createDataFrame(list(zip(ids, texts)), ["id", "text"])
        bands, _ = banding()
        model = Pipeline(stages=[
            RegexTokenizer(inputCol="text", outputCol="words", pattern=r"\W+", toLowercase=True),
            NGram(n=5, inputCol="words", outputCol="shingles"),
            HashingTF(inputCol="shingles", outputCol="features", numFeatures=1 << 22, binary=True),
            MinHashLSH(inputCol="features", outputCol="hashes", numHashTables=bands, seed=1),
        ]).fit(frame)
        hashed = model.transform(frame).filter(F.size("shingles") > 0).cache()
        joined = model.stages[-1].approxSimilarityJoin(hashed, hashed, 1 - THRESHOLD, distCol="distance")
        rows = joined.filter(F.col("datasetA.id") < F.col("datasetB.id")).select("datasetA.id", "datasetB.id")
        rows = rows.collect()
    finally:
        spark.stop()
    return {(row[0], row[1]) for row in rows}, startup


def recall(found: set[tuple[str, str]], planted: list[tuple[str, str]]) -> float:
    return sum(tuple(sorted(pair)) in found for pair in planted) / len(planted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--text-dir", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--cores", type=int, default=2)
    args = parser.parse_args()

    articles, planted = synthetic_corpus(load_sentences(args.text_dir), args.articles, 200, 0.1, 1)
    ids, texts = [a.id for a in articles], [a.text for a in articles]
    print(f"corpus: {len(ids)} articles, {len(planted)} planted copies")

    started = time.perf_counter()
    local = duckdb_pairs(ids, texts)
    duck_seconds = time.perf_counter() - started
    started = time.perf_counter()
    distributed, startup = spark_pairs(ids, texts, args.cores)
    spark_seconds = time.perf_counter() - started - startup

    print(f"{'route':<34}{'seconds':>9}{'pairs':>9}{'planted recall':>16}")
    print(f"{'parley bands, DuckDB join':<34}{duck_seconds:>9.1f}{len(local):>9}{recall(local, planted):>16.3f}")
    print(f"{f'Spark MinHashLSH, local[{args.cores}]':<34}{spark_seconds:>9.1f}{len(distributed):>9}"
          f"{recall(distributed, planted):>16.3f}")
    print(f"Spark session start {startup:.1f} s (not counted); Spark time / DuckDB time: "
          f"{spark_seconds / duck_seconds:.2f}")
    both = len(local & distributed)
    print(f"pairs found by both: {both}; only DuckDB: {len(local - distributed)}; only Spark: {len(distributed - local)}")


if __name__ == "__main__":
    main()
