"""Keyset paging: a cursor is the sort key of the last item served, so pages stay stable as rows are added.

Cursors are opaque to clients (base64url of a JSON array) and are checked
strictly when they come back: a cursor this server did not issue is a 400.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import date
from typing import Any

MAX_CURSOR_CHARS = 512


class BadCursor(ValueError):
    """A cursor that is not the encoding of a sort key this server issues."""


def encode_cursor(key: list[Any]) -> str:
    raw = json.dumps(key, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, *, dated: bool) -> list[Any]:
    """The sort key in ``cursor``: [date or null, id] when ``dated``, else [id]."""
    if len(cursor) > MAX_CURSOR_CHARS:
        raise BadCursor("cursor too long")
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw.decode("utf-8"))
    except (binascii.Error, UnicodeDecodeError, ValueError) as error:
        raise BadCursor("cursor is not one this server issued") from error
    if not isinstance(key, list) or len(key) != (2 if dated else 1) or not isinstance(key[-1], str):
        raise BadCursor("cursor is not one this server issued")
    if dated and key[0] is not None:
        if not isinstance(key[0], str):
            raise BadCursor("cursor is not one this server issued")
        try:
            key[0] = date.fromisoformat(key[0])
        except ValueError as error:
            raise BadCursor("cursor is not one this server issued") from error
    return key


def dated_key(day: date | str | None, item_id: str) -> list[Any]:
    return [day.isoformat() if isinstance(day, date) else day, item_id]


def after_dated(date_column: str, id_column: str, key: list[Any]) -> tuple[str, list[Any]]:
    """SQL condition (and its parameters) for rows after ``key`` in ``ORDER BY date NULLS LAST, id``."""
    day, item_id = key
    if day is None:
        return f"({date_column} IS NULL AND {id_column} > ?)", [item_id]
    return (
        f"({date_column} > ? OR ({date_column} = ? AND {id_column} > ?) OR {date_column} IS NULL)",
        [day, day, item_id],
    )
