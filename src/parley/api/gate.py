"""The server's read-only view of the store, and the one door an ingest writes through.

DuckDB locks a database file per process: any number of read-only connections,
or one read-write connection, never both. So the server holds one read-only
connection for its whole life; each request works on its own cursor of it (a
DuckDB connection must not be used by two threads at once), and while the
server runs no other process can write the file (`parley run` on it fails with
a lock error: stop the server, or POST to /api/articles).

An ingest (POST /api/articles) parses its articles first, outside the gate,
then asks to write: new readers wait, requests in flight finish, the read-only
connection is closed, a short-lived read-write Store writes the batch and
updates the stories, and the read-only connection is opened again. A reader
that waits longer than ``wait_seconds`` gets ``StoreBusy`` (HTTP 503), never
a hung request.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from parley.store import Store, upgrade


class StoreBusy(RuntimeError):
    """The store is being written by an ingest for longer than a request may wait."""


class StoreView(Store):
    """A Store over one cursor of the server's read-only connection (analysis functions take a Store)."""

    def __init__(self, path: Path, connection: duckdb.DuckDBPyConnection) -> None:
        self.path = path
        self.connection = connection


class StoreGate:
    """Readers share the read-only connection; a writer has the file to itself for the length of a write."""

    def __init__(self, path: str | Path, wait_seconds: float = 30.0) -> None:
        self.path = Path(path)
        self.wait_seconds = wait_seconds
        self._condition = threading.Condition()
        self._readers = 0
        self._writers = 0
        self._writing = False
        upgrade(self.path)
        self._store = self._open()
        self.generation = 0
        """Moves on after every write, so that answers computed before it are not served again."""

    def _open(self) -> Store:
        """The read-only store, its queries on one thread each: requests already run side by side."""
        store = Store(self.path, read_only=True)
        store.connection.execute("SET threads TO 1")
        return store

    def close(self) -> None:
        with self._condition:
            self._store.close()

    @contextmanager
    def reading(self) -> Iterator[Store]:
        with self._condition:
            if not self._condition.wait_for(lambda: not self._writing and not self._writers, self.wait_seconds):
                raise StoreBusy("the store is busy with an ingest; retry in a moment")
            self._readers += 1
            cursor = self._store.connection.cursor()
        try:
            yield StoreView(self.path, cursor)
        finally:
            cursor.close()
            with self._condition:
                self._readers -= 1
                self._condition.notify_all()

    @contextmanager
    def writing(self) -> Iterator[Store]:
        with self._condition:
            self._writers += 1
            self._condition.wait_for(lambda: not self._writing and not self._readers)
            self._writers -= 1
            self._writing = True
            self._store.close()
        try:
            with Store(self.path) as store:
                yield store
        finally:
            with self._condition:
                self._store = self._open()
                self.generation += 1
                self._writing = False
                self._condition.notify_all()
