"""MinHash signatures of word shingles and their LSH bands, for near-duplicate articles.

Signatures come from datasketch; the banding (how many bands of how many rows)
is datasketch's optimum for the threshold. The bands are kept as 64-bit keys
in the store, so finding the candidates of a new article is one join, not a
rebuilt index: the cost of adding articles does not grow with the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from parley.stories.text import shingles

NUM_PERM = 128
THRESHOLD = 0.5
"""Estimated Jaccard similarity of shingle sets above which two articles are near-duplicates."""
SEED = 1


@cache
def banding() -> tuple[int, int]:
    """(bands, rows per band) that datasketch finds best for ``THRESHOLD``, recall weighted."""
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM, weights=(0.3, 0.7))
    return lsh.b, lsh.r


def signatures(texts: Sequence[str]) -> np.ndarray:
    """One row of ``NUM_PERM`` uint32 hash values per text."""
    minhashes = MinHash.bulk([shingles(text) for text in texts], num_perm=NUM_PERM, seed=SEED)
    if not minhashes:
        return np.zeros((0, NUM_PERM), dtype=np.uint32)
    return np.vstack([m.hashvalues for m in minhashes]).astype(np.uint32)


def band_keys(rows: np.ndarray) -> np.ndarray:
    """One int64 key per (text, band): equal keys mean an identical band of the signature."""
    bands, width = banding()
    values = rows[:, :bands * width].astype(np.uint64).reshape(len(rows), bands, width)
    keys = np.zeros((len(rows), bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for column in range(width):
            keys = keys * np.uint64(0x100000001B3) + values[:, :, column]
        keys ^= np.arange(bands, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    return keys.view(np.int64)


def estimated_jaccard(first: Sequence[int], second: Sequence[int]) -> float:
    """Share of equal hash values: datasketch's estimate of the Jaccard similarity."""
    first, second = np.asarray(first, dtype=np.uint32), np.asarray(second, dtype=np.uint32)
    return float(np.count_nonzero(first == second)) / len(first)
