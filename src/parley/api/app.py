"""The FastAPI app: the JSON API under /api and the dashboard's static files, over one read-only store.

Bad requests are 4xx with a one-line ``detail`` (422 for parameters that fail
validation, unknown ones included; 400 for a cursor this server did not issue;
404 for an unknown id), never a 500. The OpenAPI schema is at /api/openapi.json;
FastAPI's /docs pages are off because they load their scripts from a CDN.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from anyio import to_thread
from fastapi import FastAPI, Header, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from parley.api import queries
from parley.api.cache import RecordCache, ResponseCache
from parley.api.gate import StoreBusy, StoreGate
from parley.api.ingest import MAX_UPLOAD_BYTES, SUFFIXES, ingest, suffix_for
from parley.api.paging import BadCursor
from parley.api.schemas import (
    ActorPage,
    ActorProfile,
    ActorsQuery,
    ArticleRecord,
    EventPage,
    Filters,
    IngestResult,
    Problem,
    StatementPage,
    StoryOut,
    StoryQuery,
    TimelineOut,
    TimelineQuery,
)
from parley.store import Store, StoreError

STATIC = resources.files("parley.api").joinpath("static")
DASHBOARD_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
ID = PathParam(min_length=1, max_length=200)
WARM_CHUNK = 500
WORKER_THREADS = 8
"""Requests computed at once; more only queue on the two or so cores and the GIL, and stretch every latency."""


def create_app(
    db_path: str | Path, allow_ingest: bool = False, token: str | None = None, quote_model: Path | None = None
) -> FastAPI:
    """The server over the store at ``db_path`` (opened read-only; raises StoreError when it cannot be).

    ``allow_ingest`` turns POST /api/articles on; it then needs ``token``, which
    requests must send as ``Authorization: Bearer <token>``. Uploads are processed with the
    learned quote tagger at ``quote_model`` when one is given.
    """
    if allow_ingest and not token:
        raise ValueError("--allow-ingest needs a token: set PARLEY_TOKEN")
    gate = StoreGate(db_path)

    records = RecordCache(generation=lambda: gate.generation)
    stopping = threading.Event()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
        warming = threading.Thread(target=warm_records, args=(gate, records, stopping), name="warm", daemon=True)
        warming.start()
        yield
        stopping.set()
        warming.join(timeout=10)
        gate.close()

    app = FastAPI(
        title="parley",
        summary="Who said what to whom, when, and how cooperative or hostile it was.",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
        responses={status: {"model": Problem} for status in (400, 404, 422, 503)},
        lifespan=lifespan,
    )
    _add_error_handlers(app)
    app.add_middleware(ResponseCache, generation=lambda: gate.generation)

    def page(read: Callable[[Any, Any], tuple[list, str | None]], query: Any) -> dict[str, Any]:
        with gate.reading() as store:
            items, next_cursor = read(store.connection, query)
        return {"items": items, "next_cursor": next_cursor}

    def one(read: Callable[[Store, str], dict | None], key: str, kind: str) -> dict[str, Any]:
        with gate.reading() as store:
            found = read(store, key)
        if found is None:
            raise HTTPException(404, f"no {kind} {key!r}")
        return found

    @app.get("/api/statements", response_model=StatementPage, tags=["statements"])
    def statements(filters: Annotated[Filters, Query()]) -> dict[str, Any]:
        """Consolidated statements (one per statement, however many outlets report it), oldest first, undated last."""
        return page(partial(queries.statements_page, records=records), filters)

    @app.get("/api/events", response_model=EventPage, tags=["events"])
    def events(filters: Annotated[Filters, Query()]) -> dict[str, Any]:
        """Consolidated events, oldest first, undated last; each with the article events it stands for."""
        return page(partial(queries.events_page, records=records), filters)

    @app.get("/api/stories/{story_id}", response_model=StoryOut, tags=["stories"])
    def story(story_id: Annotated[str, ID], query: Annotated[StoryQuery, Query()]) -> dict[str, Any]:
        """A story: its first member articles whole, the others as summaries, its consolidated statements
        and events, and every mention. A wire story reprinted by hundreds of outlets stays one small answer."""
        return one(partial(queries.story, records=records, whole=query.articles), story_id, "story")

    @app.get("/api/articles/{article_id}", response_model=ArticleRecord, tags=["articles"])
    def article(article_id: Annotated[str, ID]) -> dict[str, Any]:
        """One article in the record contract: its text, entities, quotes and events with their offsets."""
        return one(queries.article, article_id, "article")

    @app.get("/api/timeline", response_model=TimelineOut, tags=["timeline"])
    def timeline(query: Annotated[TimelineQuery, Query()]) -> dict[str, Any]:
        """Cooperation and conflict of a dyad per period, counting each consolidated event once."""
        with gate.reading() as store:
            return queries.timeline_of(store, query, records)

    @app.get("/api/actors", response_model=ActorPage, tags=["actors"])
    def actors(query: Annotated[ActorsQuery, Query()]) -> dict[str, Any]:
        """Actor codes and the names they were seen under, in code order."""
        return page(queries.actors_page, query)

    @app.get("/api/actors/{code}", response_model=ActorProfile, tags=["actors"])
    def actor(code: Annotated[str, PathParam(pattern=r"^[A-Za-z]{3,15}$")]) -> dict[str, Any]:
        """What an actor said, to whom, and month by month."""
        return one(queries.actor_profile, code.upper(), "actor")

    @app.post(
        "/api/articles", response_model=IngestResult, tags=["articles"],
        responses={status: {"model": Problem} for status in (401, 403, 413, 415)},
        openapi_extra={"requestBody": {"required": True, "content": {kind: {} for kind in SUFFIXES}}},
    )
    async def post_articles(
        request: Request, authorization: Annotated[str | None, Header()] = None
    ) -> dict[str, Any]:
        """Ingest articles (text, HTML or JSONL, by Content-Type) as `parley run` would; needs --allow-ingest."""
        if not allow_ingest:
            raise HTTPException(403, "ingest is off: start the server with --allow-ingest and PARLEY_TOKEN set")
        if not _bearer_matches(authorization, token):
            raise HTTPException(
                401, "a valid token is needed: Authorization: Bearer <PARLEY_TOKEN>",
                headers={"WWW-Authenticate": "Bearer"},
            )
        suffix = suffix_for(request.headers.get("content-type"))
        if suffix is None:
            raise HTTPException(415, f"Content-Type must be one of {', '.join(SUFFIXES)}")
        body = await _read_body(request)
        result = await run_in_threadpool(ingest, gate, body, suffix, quote_model)
        if not result["articles"]:
            raise HTTPException(422, "; ".join(f["message"] for f in result["failed"]) or "no article in the body")
        return result

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        with resources.as_file(STATIC.joinpath("index.html")) as index:
            return FileResponse(index, headers=DASHBOARD_HEADERS)

    app.mount("/static", StaticFiles(packages=[("parley.api", "static")]), name="static")
    return app


def warm_records(gate: StoreGate, records: RecordCache, stopping: threading.Event) -> None:
    """Assemble the records of the latest statements and events before anyone asks for them.

    Up to a quarter of the record cache each, a chunk at a time so that an ingest
    can take the store in between; a busy store or a stop ends it. The first
    analysts after a start (50 at once, in bench/api.py) then do not all wait on
    the same cold queries.
    """
    try:
        with gate.reading() as store:
            statement_ids = queries.latest_ids(store.connection, "statements", records.max_weight // 4)
            event_ids = queries.latest_ids(store.connection, "consolidated_events", records.max_weight // 4)
        for read, ids in ((queries.statement_records, statement_ids), (queries.event_records, event_ids)):
            for start in range(0, len(ids), WARM_CHUNK):
                if stopping.is_set():
                    return
                with gate.reading() as store:
                    read(store.connection, ids[start:start + WARM_CHUNK], records)
    except (StoreBusy, StoreError):
        return


def _bearer_matches(authorization: str | None, token: str | None) -> bool:
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given or not token:
        return False
    return hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8"))


async def _read_body(request: Request) -> bytes:
    """The request body, refused with a 413 as soon as it passes MAX_UPLOAD_BYTES."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_UPLOAD_BYTES:
        raise HTTPException(413, f"body over {MAX_UPLOAD_BYTES:,} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_UPLOAD_BYTES:
            raise HTTPException(413, f"body over {MAX_UPLOAD_BYTES:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, error: RequestValidationError) -> JSONResponse:
        return JSONResponse(
            status_code=422,
            content={"detail": validation_message(error.errors()), "errors": jsonable_encoder(error.errors())},
        )

    @app.exception_handler(BadCursor)
    async def bad_cursor(_: Request, error: BadCursor) -> JSONResponse:
        return JSONResponse(status_code=400, content={"detail": f"bad cursor: {error}"})

    @app.exception_handler(StoreBusy)
    @app.exception_handler(StoreError)
    async def store_unavailable(_: Request, error: StoreBusy | StoreError) -> JSONResponse:
        """An ingest holds the store, or another process does (it cannot be opened for writing)."""
        return JSONResponse(status_code=503, content={"detail": str(error)}, headers={"Retry-After": "5"})


def validation_message(errors: Any) -> str:
    """Pydantic's errors as one line: "query parameter 'limit': Input should be less than or equal to 200"."""
    parts = []
    for error in errors:
        where, *rest = [str(part) for part in error.get("loc", ())] or ["request"]
        name = ".".join(rest)
        label = f"{where} parameter {name!r}" if name else where
        parts.append(f"{label}: {error.get('msg', 'invalid')}")
    return "; ".join(parts)
