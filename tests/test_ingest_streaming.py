"""JSONL is streamed: memory stays bounded by one record, however long the file."""

import json
import tracemalloc

from parley.ingest import IngestError, read_inputs

LINES = 20_000


def test_reading_a_large_jsonl_keeps_memory_bounded_by_one_record(tmp_path):
    path = tmp_path / "big.jsonl"
    sentence = "China hopes that the new US administration will work together with us. " * 4
    with path.open("w", encoding="utf-8") as file:
        for number in range(LINES):
            record = {"id": f"a{number}", "text": f"{number}: {sentence}", "published": "2020-11-05"}
            file.write(json.dumps(record) + "\n")
    assert path.stat().st_size > 6_000_000
    warm_up = tmp_path / "small.jsonl"
    warm_up.write_text(json.dumps(record) + "\n", encoding="utf-8")
    list(read_inputs([warm_up]))  # first-use caches are not the stream's memory

    tracemalloc.start()
    try:
        count = sum(1 for item in read_inputs([path]) if not isinstance(item, IngestError))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == LINES
    assert peak < 1_000_000
