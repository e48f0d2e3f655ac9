"""POST /api/articles: the formats of `parley run`, read by the same readers, written through the gate.

The body is saved to a temporary file named after its media type and read
with ``parley.ingest.read_inputs``, so an upload is read exactly as the same
file given to `parley run` would be. The pipeline (spaCy) runs before the
gate is asked for the store, so readers wait only for the write itself.
"""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path
from typing import Any

from parley.api.gate import StoreGate
from parley.ingest import IngestError, read_inputs
from parley.nlp import MAX_CHARS
from parley.records import Article

SUFFIXES = {
    "text/plain": ".txt",
    "text/html": ".html",
    "application/jsonl": ".jsonl",
    "application/x-ndjson": ".jsonl",
    "application/json": ".jsonl",
}
MAX_UPLOAD_BYTES = 16 * 1024 * 1024
UPLOAD_NAME = "upload"


def suffix_for(content_type: str | None) -> str | None:
    """The file suffix `parley run` would need for this media type, or None when it reads no such format."""
    media_type = (content_type or "").split(";")[0].strip().lower()
    return SUFFIXES.get(media_type)


def read_upload(body: bytes, suffix: str) -> tuple[list[Article], list[IngestError]]:
    """The articles of an upload, and the inputs of it that failed, named "upload.<ext>[:line]"."""
    articles, failed = [], []
    with tempfile.TemporaryDirectory(prefix="parley-upload-") as folder:
        path = Path(folder) / f"{UPLOAD_NAME}{suffix}"
        path.write_bytes(body)
        for item in read_inputs([path], max_chars=MAX_CHARS):
            if isinstance(item, IngestError):
                failed.append(dataclasses.replace(item, source=path.name))
            else:
                item.source = (item.source or "").replace(str(path), path.name)
                articles.append(item)
    return articles, failed


def ingest(gate: StoreGate, body: bytes, suffix: str, quote_model: Path | None = None) -> dict[str, Any]:
    """Read, process and store an upload, then update the stories; what happened to each article.
    ``quote_model`` is a learned quote tagger, as `parley run --quote-model` takes.

    The pipeline and the clustering are imported here: a server that takes no uploads never needs them."""
    from parley import pipeline
    from parley.stories import update_stories

    articles, failed = read_upload(body, suffix)
    config = pipeline.PipelineConfig(quote_model=quote_model)
    processed = list(pipeline.process(articles, config=config))
    with gate.writing() as store:
        for error in failed:
            store.report_error(error.source, error.line, error.message)
        outcomes = store.write(processed, config.quote_tagger)
        update_stories(store)
        story_ids = dict(store.connection.execute(
            "SELECT id, story_id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
            [[article.id for article in processed]],
        ).fetchall())
    return {
        "articles": [
            {"id": article.id, "outcome": outcome.value, "story_id": story_ids.get(article.id),
             "errors": article.errors}
            for article, outcome in zip(processed, outcomes)
        ],
        "failed": [dataclasses.asdict(error) for error in failed],
    }
