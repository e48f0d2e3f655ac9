"""The record contract of DESIGN.md as dataclasses, with JSON in and out.

Offsets are Python ``str`` character offsets into ``Article.text``,
end-exclusive. Unknown values are ``None``, never guessed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

QuoteKind = Literal["direct", "indirect", "mixed"]


@dataclass
class Span:
    """A stretch of an article's text: the cue of a quote, a speaker mention."""

    start: int
    end: int
    text: str


@dataclass
class Entity:
    """A named entity found by the NLP pipeline (PERSON, ORG, GPE, NORP, DATE...)."""

    start: int
    end: int
    text: str
    label: str


@dataclass
class Actor:
    """A mention resolved to a CAMEO-style actor code (country + optional sector)."""

    text: str
    start: int
    end: int
    name: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass
class Quote:
    """A statement: what was said (content span), how (cue) and by whom (speaker)."""

    id: str
    kind: QuoteKind
    start: int
    end: int
    text: str
    cue: Span | None = None
    speaker: Span | None = None
    speaker_name: str | None = None
    speaker_role: str | None = None
    speaker_actor: str | None = None


@dataclass
class Event:
    """One coded act: source does `cameo` to target, on `date`."""

    id: str
    start: int
    end: int
    source: Actor
    target: Actor | None
    cameo: str
    plover: str | None
    goldstein: float
    quad_class: int
    date: str | None = None
    date_text: str | None = None
    quote_id: str | None = None
    confidence: float = 0.0


@dataclass
class Article:
    """One news article and everything parley found in it."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    story_id: str | None = None
    errors: list[str] = field(default_factory=list)
    source: str | None = field(default=None, compare=False)
    """Where the article was read from (file and line); not part of the JSON record."""

    @property
    def content_hash(self) -> str:
        """What makes two ingests of an article the same: its text and metadata."""
        return content_hash(self.text, self.url, self.outlet, self.title, self.published)

    def to_dict(self) -> dict[str, Any]:
        record = asdict(self)
        del record["source"]
        return {key: record[key] for key in RECORD_KEYS}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Article:
        """Rebuild an article from its JSON record (as written by ``to_dict``)."""
        return cls(
            id=record["id"],
            text=record["text"],
            url=record.get("url"),
            outlet=record.get("outlet"),
            title=record.get("title"),
            published=record.get("published"),
            entities=[Entity(**e) for e in record.get("entities") or []],
            quotes=[quote_from_dict(q) for q in record.get("quotes") or []],
            events=[event_from_dict(e) for e in record.get("events") or []],
            story_id=record.get("story_id"),
            errors=list(record.get("errors") or []),
        )


RECORD_KEYS = (
    "id", "url", "outlet", "title", "published", "text",
    "entities", "quotes", "events", "story_id", "errors",
)


def _span_or_none(value: dict[str, Any] | None) -> Span | None:
    return Span(**value) if value else None


def quote_from_dict(record: dict[str, Any]) -> Quote:
    values = {f.name: record.get(f.name) for f in fields(Quote)}
    values["cue"] = _span_or_none(values["cue"])
    values["speaker"] = _span_or_none(values["speaker"])
    return Quote(**values)


def event_from_dict(record: dict[str, Any]) -> Event:
    values = {f.name: record.get(f.name) for f in fields(Event)}
    values["source"] = Actor(**values["source"])
    values["target"] = Actor(**values["target"]) if values["target"] else None
    if values["confidence"] is None:
        values["confidence"] = 0.0
    return Event(**values)


def content_hash(*parts: str | None) -> str:
    """A short, stable hex digest of the given strings (None distinct from '')."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(b"\x00" if part is None else b"\x01" + part.encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:16]
