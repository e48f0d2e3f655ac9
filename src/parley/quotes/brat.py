"""Attribution corpora in brat standoff (PolNeAR's format): the gold spans a quote
tagger learns from and the quote bench scores against.

An ``.ann`` file has ``T`` lines (``T3<TAB>Content 120 211<TAB>text``, discontinuous
spans written ``start end;start end``) and ``E`` lines tying one attribution
together (``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .cues import trim

SPAN_KINDS = ("Content", "Source", "Cue")
EDGE = "\"'“”‘’«»,.;:"
"""Trimmed from both gold and predicted spans: PolNeAR keeps the quote marks in content,
parley does not."""


@dataclass
class AnnotatedText:
    """One annotated article: its text and its gold spans per kind."""

    name: str
    text: str
    gold: dict[str, set[tuple[int, int]]] = field(default_factory=dict)


def read_split(
    path: Path, split: str, limit: int | None = None, problems: list[str] | None = None
) -> list[AnnotatedText]:
    """The articles of ``path/split/text/*.txt`` with the first annotator's spans from
    ``path/split/attributions/NAME_*.ann``; lines that cannot be read are skipped and
    described in ``problems`` ("FILE:LINE: why")."""
    folder = path / split / "text"
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: no such folder (expected brat text files under SPLIT/text/)")
    articles = []
    for text_file in sorted(folder.glob("*.txt"))[:limit]:
        annotations = sorted((path / split / "attributions").glob(f"{text_file.stem}_*.ann"))
        text = text_file.read_text(encoding="utf-8")
        gold = {}
        if annotations:
            gold = read_brat(annotations[0].read_text(encoding="utf-8"), text, str(annotations[0]), problems)
        articles.append(AnnotatedText(text_file.stem, text, gold))
    return articles


def read_brat(
    ann: str, text: str, source: str = "<ann>", problems: list[str] | None = None
) -> dict[str, set[tuple[int, int]]]:
    """Spans of the Content, Source and Cue text-bound annotations tied into an attribution."""
    bounds: dict[str, tuple[str, list[tuple[int, ...]]]] = {}
    linked: set[str] = set()
    for number, line in enumerate(ann.splitlines(), start=1):
        columns = line.split("\t")
        try:
            if line.startswith("T") and len(columns) >= 2:
                bounds[columns[0]] = _text_bound(columns[1], len(text))
            elif line.startswith("E") and len(columns) >= 2:
                linked.update(argument.split(":", 1)[1] for argument in columns[1].split() if ":" in argument)
        except ValueError as error:
            if problems is not None:
                problems.append(f"{source}:{number}: {error}")
    gold: dict[str, set[tuple[int, int]]] = {kind: set() for kind in SPAN_KINDS}
    for key in linked:
        kind, fragments = bounds.get(key, ("", []))
        if kind in gold:
            gold[kind].update(span for span in (normalised(text, *f) for f in fragments) if span)
    return gold


def _text_bound(field: str, length: int) -> tuple[str, list[tuple[int, ...]]]:
    """``Content 120 211;215 230`` as its kind and its fragments."""
    kind, _, offsets = field.partition(" ")
    fragments = []
    for part in offsets.split(";"):
        numbers = part.split()
        if len(numbers) != 2 or not all(number.isdigit() for number in numbers):
            raise ValueError(f"offsets {part.strip()!r} are not 'start end'")
        start, end = int(numbers[0]), int(numbers[1])
        if not start <= end <= length:
            raise ValueError(f"span {start}-{end} lies outside the text ({length} characters)")
        fragments.append((start, end))
    return kind, fragments


def normalised(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A span without the whitespace, quote marks and punctuation at its edges."""
    return trim(text, start, end, EDGE)
