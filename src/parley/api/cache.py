"""Answers to GET /api requests, and the records they are made of, kept while the store stays the same.

The server's store is read-only and locked against other writers (see
``parley.api.gate``), so an answer depends only on the URL and on the gate's
generation, which an ingest moves on. A timeline or an actor profile is an
aggregate over the whole store: computing it once per store generation, rather
than once per request, is what keeps its latency low under load. The cache is
an LRU bounded in bytes; only 200 answers are kept.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

Key = tuple[int, str, bytes]
MAX_BYTES = 64 * 1024 * 1024
MAX_ENTRY_BYTES = 2 * 1024 * 1024


class ResponseCache:
    """ASGI middleware serving repeated GET /api/... requests from memory."""

    def __init__(self, app: ASGIApp, generation: Callable[[], int], max_bytes: int = MAX_BYTES) -> None:
        self.app = app
        self.generation = generation
        self.max_bytes = max_bytes
        self._entries: OrderedDict[Key, tuple[list[tuple[bytes, bytes]], bytes]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        key = (self.generation(), scope["path"], scope["query_string"])
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
        if entry is not None:
            headers, body = entry
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, self._recording(key, send))

    def _recording(self, key: Key, send: Send) -> Send:
        """``send``, keeping a copy of a whole 200 answer of at most MAX_ENTRY_BYTES."""
        status, headers, chunks = 0, [], []

        async def record(message: Message) -> None:
            nonlocal status, headers
            if message["type"] == "http.response.start":
                status, headers = message["status"], list(message.get("headers", []))
            elif message["type"] == "http.response.body" and status == 200:
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    self._store(key, headers, b"".join(chunks))
            await send(message)

        return record

    def _store(self, key: Key, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        if len(body) > MAX_ENTRY_BYTES:
            return
        with self._lock:
            if key in self._entries:
                return
            self._entries[key] = (headers, body)
            self._bytes += len(body)
            while self._bytes > self.max_bytes:
                _, (_, dropped) = self._entries.popitem(last=False)
                self._bytes -= len(dropped)


MAX_WEIGHT = 40_000
"""About 200 MiB: a weight of 1 is about one statement with its mentions (5 KiB, measured)."""


def unit_weight(_: Any) -> int:
    return 1


class RecordCache:
    """Records the API assembles from several queries, kept while the store stays the same.

    A page of statements is a query for the ids that match the filters, then each
    statement with its mentions and its events: two or three more queries, which
    cost more than the first. A timeline is a dyad's events cut to a window. The
    matching and the cutting are done afresh for every request; what this keeps
    is what they work on, which only an ingest (a new generation of the gate)
    can change. An LRU bounded in weight, which each caller gives for its kind
    of record; callers must not mutate what it returns.
    """

    def __init__(self, generation: Callable[[], int], max_weight: int = MAX_WEIGHT) -> None:
        self.generation = generation
        self.max_weight = max_weight
        self._entries: OrderedDict[tuple[int, str, str], tuple[Any, int]] = OrderedDict()
        self._weight = 0
        self._lock = threading.Lock()

    def get(
        self, kind: str, ids: Sequence[str], build: Callable[[list[str]], dict[str, Any]],
        weight: Callable[[Any], int] = unit_weight,
    ) -> dict[str, Any]:
        """The ``kind`` records of ``ids`` that exist, building the missing ones with one call of ``build``."""
        generation = self.generation()
        found, missing = {}, []
        with self._lock:
            if self._entries and next(iter(self._entries))[0] != generation:
                self._entries.clear()
                self._weight = 0
            for record_id in ids:
                key = (generation, kind, record_id)
                if key in self._entries:
                    self._entries.move_to_end(key)
                    found[record_id] = self._entries[key][0]
                else:
                    missing.append(record_id)
        if not missing:
            return found
        built = build(missing)
        found.update(built)
        with self._lock:
            for record_id, record in built.items():
                key = (generation, kind, record_id)
                if key not in self._entries:
                    self._entries[key] = (record, weight(record))
                    self._weight += self._entries[key][1]
            while self._weight > self.max_weight and self._entries:
                _, (_, dropped) = self._entries.popitem(last=False)
                self._weight -= dropped
        return found
