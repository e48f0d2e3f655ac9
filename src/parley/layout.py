"""How an article's text is laid out: hard-wrapped lines, title-case headlines, headings inside it.

The parser (paragraph sentences), the quotes stage (headlines are no names, headings no reports) and
the events stage (headings report no acts) read the layout the same way.
"""

from __future__ import annotations

import re

WRAPPED_LINE = 100
"""Lines of hard-wrapped text are at most this long (90% of them): there a line break is no paragraph."""
HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
MIN_HEADLINE_WORDS = 4
MIN_MAJOR_WORD_LENGTH = 4
"""Title case capitalises every word but short function words ("On", "to", "a")."""
LINE = re.compile(r"[^\n]*\S[^\n]*")
"""A line of text with something on it."""
SENTENCE_END = (".", "!", "?")


def is_hard_wrapped(text: str) -> bool:
    """Text broken into short lines at a fixed width (e-mail, some wire copy), not into paragraphs."""
    lengths = sorted(len(line) for line in text.splitlines() if line.strip())
    return len(lengths) >= 4 and lengths[int(0.9 * (len(lengths) - 1))] <= WRAPPED_LINE


def is_title_case(line: str) -> bool:
    """A headline's capitalisation: every word of four letters or more capitalised, four words at least."""
    words = HEADLINE_WORD.findall(line)
    title_case = all(word[0].isupper() for word in words if len(word) >= MIN_MAJOR_WORD_LENGTH)
    return len(words) >= MIN_HEADLINE_WORDS and title_case


def title_case_lines(text: str, minor_words: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The spans of lines in title case, headlines and headings alike, read more loosely than
    :func:`is_title_case` (two major words suffice, and a long preposition may stay lower case: "China
    Seeks Cooperation with the U.S. Following Trump's Re-election"): their capitalised runs are no
    names (the names they hold come again in the text)."""
    headings = []
    for line in LINE.finditer(text):
        words = [w for w in HEADLINE_WORD.findall(line.group()) if len(w) >= MIN_MAJOR_WORD_LENGTH]
        if len(words) >= 2 and all(w[0].isupper() or w.lower() in minor_words for w in words):
            headings.append(line.span())
    return headings


def heading_lines(text: str) -> list[tuple[int, int]]:
    """Lines in title case without closing punctuation after the article's first line: a subhead or a
    link to another story ("Chinese Vice FM Calls for Improving China-U.S. Relations" inside a story
    on the foreign ministry's briefing) reports nothing of this article. The first line is its own
    headline, which does ("Clinton Urges Britain to Remain in EU")."""
    lines = [(m.start(), m.end()) for m in LINE.finditer(text)]
    return [(start, end) for start, end in lines[1:]
            if not text[start:end].rstrip().endswith(SENTENCE_END) and is_title_case(text[start:end])]
