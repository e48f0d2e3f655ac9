"""`parley serve`: the HTTP API and the web dashboard over one store, with uvicorn."""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import Annotated

import typer

from parley.cli.app import DbOption, QuoteModelOption, Settings, UserError, app, checked_tagger, err

TOKEN_VARIABLE = "PARLEY_TOKEN"
COLLECT_AFTER_ALLOCATIONS = 50_000
"""Python collects its youngest objects after 700 allocations by default; a server answering
hundreds of requests a second, each allocating thousands, then spends its tail latency in the
collector. Measured with bench/api.py's distinct load, two A/B pairs on a busy machine: statements
p99 419 → 317 ms and 489 → 276 ms."""


@app.command()
def serve(
    db: DbOption = Path("parley.duckdb"),
    host: Annotated[str, typer.Option(help="Interface to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
    allow_ingest: Annotated[
        bool, typer.Option("--allow-ingest", help=f"Accept POST /api/articles from clients sending ${TOKEN_VARIABLE}.")
    ] = False,
    quote_model: QuoteModelOption = None,
) -> None:
    """Serve the JSON API (/api) and the dashboard (/) over the store, read-only."""
    import uvicorn

    from parley.api import create_app

    token = os.environ.get(TOKEN_VARIABLE) or None
    if allow_ingest and not token:
        raise UserError(f"--allow-ingest needs a token: set {TOKEN_VARIABLE}")
    if quote_model is not None and not allow_ingest:
        raise UserError("--quote-model is for uploads: add --allow-ingest")
    server_app = create_app(db, allow_ingest=allow_ingest, token=token, quote_model=checked_tagger(quote_model))
    _tune_garbage_collector()
    if not Settings.quiet:
        err.print(f"parley: serving {db} on http://{host}:{port}/ (API under /api)")
    uvicorn.run(server_app, host=host, port=port, log_level="warning" if Settings.quiet else "info")


def _tune_garbage_collector() -> None:
    """Everything loaded so far (models, modules, the app) is kept for good; young objects are collected less often."""
    gc.collect()
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(COLLECT_AFTER_ALLOCATIONS, older, oldest)
