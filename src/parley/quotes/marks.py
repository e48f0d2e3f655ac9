"""Quoted stretches of text found from quotation marks alone, before looking at the parse.

Marks are paired within a paragraph. A paragraph that ends inside a quote continues it
when the next paragraph reopens with a quote mark (the newspaper convention for quotes
of several paragraphs); otherwise the unclosed mark is dropped. Single quotes count only
outside double quotes (inside, they are nested quotes belonging to the outer one), and
an apostrophe between letters ("it’s", "China’s") is never a mark. Two apostrophes
('' ... '') are one double mark, as in wire and archive copy that lacks curly quotes.
Marks inside markup left in the text (``<tweet author="...">``) are no quote marks.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
STRAIGHT = "\"'"
DOUBLED = "''"
"""Two apostrophes standing for a straight double quote."""
MARKS = re.compile(DOUBLED + "|[\n" + DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT + "]")
OPENING_CONTEXT = set(" \t\r\n([{—–-/:") | set(DOUBLE_OPEN + SINGLE_OPEN + STRAIGHT)
CLOSING_CONTEXT = set(" \t\r\n)]}—–-/.,;:!?…") | set(DOUBLE_CLOSE + SINGLE_CLOSE + STRAIGHT)
MARKUP = re.compile(r"</?[A-Za-z][^<>\n]*>")
"""An HTML or XML tag an extractor left in the text: '<tweet author="@HillaryClinton">'."""


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


def markup_spans(text: str) -> list[tuple[int, int]]:
    """Where the tags left in `text` stand, in order."""
    return [match.span() for match in MARKUP.finditer(text)]


def in_markup(markup: list[tuple[int, int]], offset: int) -> bool:
    """Whether `offset` lies inside one of the tags `markup_spans` found."""
    i = bisect.bisect_right(markup, (offset, float("inf"))) - 1
    return i >= 0 and markup[i][0] <= offset < markup[i][1]


def _mark(match: re.Match) -> str:
    """The mark a match stands for: a doubled apostrophe is a straight double quote."""
    return '"' if match.group() == DOUBLED else match.group()


def _role(text: str, match: re.Match) -> str | None:
    """Whether the mark matched opens, closes, or is not a mark (apostrophe, stray)."""
    mark, i, j = _mark(match), match.start(), match.end()
    before = text[i - 1] if i > 0 else "\n"
    after = text[j] if j < len(text) else "\n"
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


def _next_paragraph_reopens(text: str, newline: int, family: str) -> re.Match | None:
    """The mark that reopens the quote in the next paragraph, if there is one."""
    position = re.compile(r"\s*").match(text, newline).end()
    mark = MARKS.match(text, position)
    if mark is None or mark.group() == "\n":
        return None
    if _family(_mark(mark)) == family and _role(text, mark) in ("open", "toggle"):
        return mark
    return None


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Every balanced quote in `text`, in order; unbalanced marks are skipped, never fatal."""
    spans: list[QuotedSpan] = []
    opened: dict[str, tuple[int, int]] = {}
    continuing: set[str] = set()
    skip_until = -1
    markup = markup_spans(text)
    for match in MARKS.finditer(text):
        i = match.start()
        if i < skip_until or in_markup(markup, i):
            continue
        mark = _mark(match)
        if mark == "\n":
            for family in list(opened):
                reopening = _next_paragraph_reopens(text, i, family)
                opening = opened.pop(family)
                if reopening is not None:
                    spans.append(_span(text, opening, (i, i + 1), family in continuing))
                    opened[family] = reopening.span()
                    continuing.add(family)
                    skip_until = reopening.end()
            continue
        family = _family(mark)
        if family == "single" and "double" in opened:
            continue
        role = _role(text, match)
        if role == "toggle":
            role = "close" if family in opened else "open"
        if role == "open":
            opened[family] = match.span()
            continuing.discard(family)
            if family == "double":
                opened.pop("single", None)
        elif role == "close" and family in opened:
            spans.append(_span(text, opened.pop(family), match.span(), family in continuing))
            continuing.discard(family)
    return [span for span in spans if span.start < span.end]


def _span(text: str, opening: tuple[int, int], closing: tuple[int, int], continued: bool) -> QuotedSpan:
    """The span between an opening mark and a closing one (or the newline ending the paragraph)."""
    (open_at, start), (end, close) = opening, closing
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return QuotedSpan(open_at, start, end, close, continued)
