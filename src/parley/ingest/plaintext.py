"""Plain-text articles as they come from copy-paste: headline, dateline, and page residue.

The text is handled a line at a time. A line is either kept exactly as it is
(with its line ending) or dropped whole; the one edit inside a line takes a
leading dateline off the article sentence it opens (" date 2020-11-05
Maintaining ..." keeps "Maintaining ..."). So every sentence of the article
reaches ``text`` byte-for-byte. Dropped lines are:

- page residue matching a pattern of data/boilerplate.txt (menus, share
  buttons, breadcrumbs, comment counters, credited photo captions);
- datelines ("Published 9 November 2020"); the first one gives ``published``;
- the headline: the first remaining line, when it looks like one, becomes
  ``title``;
- echoes: a line that repeats a dropped line close by, such as the headline
  printed twice or a caption shown once without its credit.

Removing lines never leaves more blank lines in a row than the text had, and
``text`` has no blank lines at either end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from parley.ingest.dates import find_dateline
from parley.ingest.resources import read_data_lines

LINE = re.compile(r"[^\n]*\n|[^\n]+")
BULLETS = "•·▪◦►▶-*–—"
MAX_TITLE_WORDS = 30
MAX_TITLE_CHARS = 200
ECHO_DISTANCE = 3
"""How many non-blank lines away a dropped line can be echoed."""
MIN_PARTIAL_ECHO_CHARS = 20
"""A line this long that starts a nearby dropped line echoes it (a caption without its credit)."""


@dataclass(frozen=True)
class PlainText:
    """What a plain-text article gives: its body and, when stated, headline and date."""

    text: str
    title: str | None
    published: str | None


def parse_plain_text(raw: str) -> PlainText:
    """Split a copy-pasted article into body text, headline and publication date."""
    lines: list[str] = LINE.findall(raw)
    dropped: set[int] = set()
    published = None
    for index, line in enumerate(lines):
        if is_boilerplate(line):
            dropped.add(index)
        elif dateline := find_dateline(line):
            published = published or dateline.published
            if dateline.rest:
                lines[index] = dateline.rest
            else:
                dropped.add(index)
    title = _take_title(lines, dropped)
    _drop_echoes(lines, dropped)
    return PlainText(text=_join_kept(lines, dropped), title=title, published=published)


def is_boilerplate(line: str) -> bool:
    return _boilerplate_pattern().fullmatch(line.strip()) is not None


@cache
def _boilerplate_pattern() -> re.Pattern[str]:
    patterns = read_data_lines("boilerplate.txt")
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)


def _take_title(lines: list[str], dropped: set[int]) -> str | None:
    """Drop the first kept line and return it as the title, if it reads as a headline."""
    kept = [index for index, line in enumerate(lines) if index not in dropped and line.strip()]
    if len(kept) < 2:
        return None
    first, following = lines[kept[0]], lines[kept[1]]
    if not looks_like_headline(first, following):
        return None
    dropped.add(kept[0])
    return first.strip()


def looks_like_headline(line: str, following: str) -> bool:
    """Short, not closed like a sentence, and not continued by the next line."""
    headline = line.strip()
    return (
        len(headline.split()) <= MAX_TITLE_WORDS
        and len(headline) <= MAX_TITLE_CHARS
        and any(char.isalpha() for char in headline)
        and not headline.endswith((".", ",", ";", ":"))
        and not following.lstrip()[:1].islower()
    )


def _drop_echoes(lines: list[str], dropped: set[int]) -> None:
    """Drop kept lines that repeat a dropped line among their near neighbours."""
    non_blank = [index for index, line in enumerate(lines) if line.strip()]
    echoes = []
    for position, index in enumerate(non_blank):
        if index in dropped:
            continue
        near = non_blank[max(0, position - ECHO_DISTANCE): position + ECHO_DISTANCE + 1]
        if any(other in dropped and _echoes(lines[index], lines[other]) for other in near):
            echoes.append(index)
    dropped.update(echoes)


def _echoes(line: str, dropped_line: str) -> bool:
    words, dropped_words = _core(line), _core(dropped_line)
    if words == dropped_words:
        return True
    return len(words) >= MIN_PARTIAL_ECHO_CHARS and dropped_words.startswith(words)


def _core(line: str) -> str:
    """A line without indentation and list bullets, to compare repeated lines."""
    return line.strip().lstrip(BULLETS).strip()


def _join_kept(lines: list[str], dropped: set[int]) -> str:
    """The kept lines, without blank lines at the ends or blank runs that dropping created."""
    kept: list[str] = []
    gap = False
    for index, line in enumerate(lines):
        if index in dropped:
            gap = True
            continue
        blank = not line.strip()
        if blank and (not kept or (gap and not kept[-1].strip())):
            continue
        kept.append(line)
        gap = False
    while kept and not kept[-1].strip():
        kept.pop()
    if kept:
        kept[-1] = kept[-1].rstrip("\r\n")
    return "".join(kept)
