"""Keyset paging: a cursor is the sort key of the last item served, so pages stay stable as rows are added.

Cursors are opaque to clients (base64url of a JSON array) and are checked
strictly when they come back: a cursor this server did not issue is a 400.
"""

from __future__ import annotations

import base64
import binascii
import json
from bisect import bisect_left, bisect_right
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from parley.api.schemas import Filters

MAX_CURSOR_CHARS = 512
Match = tuple[date | None, str]
"""(date, id) of an item, as pages order them: by date, undated last, then by id."""


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


def _order(match: Match) -> tuple[bool, date, str]:
    day, item_id = match
    return day is None, day or date.min, item_id


def page_of(matches: list[Match], filters: Filters) -> tuple[list[str], str | None]:
    """The page of ``matches`` (in page order) that the filters' dates, cursor and limit select.

    The same page the database gives for ``ORDER BY date NULLS LAST, id`` with the
    date conditions and ``after_dated``: a date bound drops the undated items.
    """
    low, high = 0, len(matches)
    if filters.date_from or filters.date_to:
        high = bisect_left(matches, True, key=lambda match: match[0] is None)
        if filters.date_from:
            low = bisect_left(matches, filters.date_from, low, high, key=lambda match: match[0])
        if filters.date_to:
            high = bisect_right(matches, filters.date_to, low, high, key=lambda match: match[0])
    if filters.cursor:
        after = _order(tuple(decode_cursor(filters.cursor, dated=True)))
        low = max(low, bisect_right(matches, after, 0, len(matches), key=_order))
    page = matches[low:min(high, low + filters.limit + 1)] if low < high else []
    more = len(page) > filters.limit
    page = page[:filters.limit]
    return [item_id for _, item_id in page], encode_cursor(dated_key(*page[-1])) if more else None
