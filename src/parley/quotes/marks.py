"""Quoted stretches of text found from quotation marks alone, before looking at the parse.

Marks are paired within a paragraph. A paragraph that ends inside a quote continues it
when the next paragraph reopens with a quote mark (the newspaper convention for quotes
of several paragraphs); otherwise the unclosed mark is dropped. Single quotes count only
outside double quotes (inside, they are nested quotes belonging to the outer one), and
an apostrophe between letters ("it’s", "China’s") is never a mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
STRAIGHT = "\"'"
MARKS = re.compile("[\n" + DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT + "]")
OPENING_CONTEXT = set(" \t\r\n([{—–-/:") | set(DOUBLE_OPEN + SINGLE_OPEN + STRAIGHT)
CLOSING_CONTEXT = set(" \t\r\n)]}—–-/.,;:!?…") | set(DOUBLE_CLOSE + SINGLE_CLOSE + STRAIGHT)


@dataclass(frozen=True)
class QuotedSpan:
    """One quote: `open` is the opening mark's offset, `close` the offset after the closing
    mark (or the paragraph's end), `start`/`end` the content between them (without the
    surrounding whitespace, nor the comma that hands over to "he said"). `continued`
    marks a paragraph that reopens the quote of the paragraph before."""

    open: int
    start: int
    end: int
    close: int
    continued: bool = False


def _role(text: str, i: int) -> str | None:
    """Whether the mark at `i` opens, closes, or is not a mark (apostrophe, stray)."""
    mark = text[i]
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    can_open = before in OPENING_CONTEXT and not after.isspace()
    can_close = after in CLOSING_CONTEXT and not before.isspace()
    if mark in DOUBLE_OPEN or mark in SINGLE_OPEN:
        return "open"
    if mark in DOUBLE_CLOSE:
        return "open" if can_open and not can_close else "close"
    if mark == "’" and before.isalnum() and after.isalnum():
        return None
    if mark == "’":
        return "close" if can_close else None
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "toggle" if mark == '"' else None


def _family(mark: str) -> str:
    return "single" if mark in SINGLE_OPEN + SINGLE_CLOSE + "'" else "double"


def _next_paragraph_reopens(text: str, newline: int, family: str) -> int | None:
    """Offset of the mark that reopens the quote in the next paragraph, if there is one."""
    match = re.compile(r"\s*").match(text, newline)
    position = match.end()
    if position >= len(text) or not MARKS.match(text, position) or text[position] == "\n":
        return None
    if _family(text[position]) == family and _role(text, position) in ("open", "toggle"):
        return position
    return None


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Every balanced quote in `text`, in order; unbalanced marks are skipped, never fatal."""
    spans: list[QuotedSpan] = []
    opened: dict[str, int] = {}
    continuing: set[str] = set()
    skip_until = -1
    for match in MARKS.finditer(text):
        i = match.start()
        if i < skip_until:
            continue
        mark = text[i]
        if mark == "\n":
            for family in list(opened):
                reopening = _next_paragraph_reopens(text, i, family)
                opening = opened.pop(family)
                if reopening is not None:
                    spans.append(_span(text, opening, i + 1, family in continuing))
                    opened[family] = reopening
                    continuing.add(family)
                    skip_until = reopening + 1
            continue
        family = _family(mark)
        if family == "single" and "double" in opened:
            continue
        role = _role(text, i)
        if role == "toggle":
            role = "close" if family in opened else "open"
        if role == "open":
            opened[family] = i
            continuing.discard(family)
            if family == "double":
                opened.pop("single", None)
        elif role == "close" and family in opened:
            spans.append(_span(text, opened.pop(family), i + 1, family in continuing))
            continuing.discard(family)
    return [span for span in spans if span.start < span.end]


def _span(text: str, open_at: int, close: int, continued: bool) -> QuotedSpan:
    """The span between an opening mark and `close` (just past the closing mark or newline)."""
    start, end = open_at + 1, close - 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return QuotedSpan(open_at, start, end, close, continued)
