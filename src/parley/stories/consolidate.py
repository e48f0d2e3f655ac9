"""One statement, one event, however many articles of a story report it.

Within a story, quotes by the same speaker whose content words largely
overlap (the same words, a paraphrase, another translation) are one
statement; the events coded from them are one event. Every mention is kept,
with its article and offsets, and the date is the best one any mention gives.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from statistics import fmean

from parley.records import Event, Quote, content_hash
from parley.stories.clustering import UnionFind, count_independent
from parley.stories.features import best_date
from parley.stories.text import containment, content_terms, normalize_name


@dataclass(frozen=True)
class ConsolidationSettings:
    overlap: float = 0.5
    """Share of the shorter quote's content words that the longer one must contain."""
    min_shared_terms: int = 2
    unknown_speaker_overlap: float = 0.8
    """Quotes without a speaker are one statement only when nearly identical."""


@dataclass
class StoryArticle:
    """A member article of a story, as consolidation reads it."""

    id: str
    text: str
    outlet: str | None = None
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


@dataclass
class Mention:
    """Where an article reports a statement: the quote and its content offsets."""

    article_id: str
    quote_id: str
    start: int
    end: int
    text: str
    outlet: str | None = None


@dataclass
class EventMention:
    """Where an article reports a consolidated event: the article's event and its offsets."""

    article_id: str
    event_id: str
    start: int | None = None
    end: int | None = None


@dataclass
class Statement:
    id: str
    story_id: str
    speaker_name: str | None
    speaker_role: str | None
    speaker_actor: str | None
    text: str
    date: str | None
    articles: int
    outlets: int
    mentions: list[Mention] = field(default_factory=list)

    @property
    def outlet_names(self) -> list[str]:
        return sorted({m.outlet for m in self.mentions if m.outlet})

    @property
    def search_text(self) -> str:
        """The text and every other wording of it in the mentions, lower-cased, one per line: what a search scans."""
        others = sorted({m.text for m in self.mentions} - {self.text})
        return "\n".join([self.text, *others]).lower()


@dataclass
class ConsolidatedEvent:
    id: str
    story_id: str
    statement_id: str | None
    source_code: str | None
    source_country: str | None
    target_code: str | None
    target_country: str | None
    cameo: str
    plover: str | None
    goldstein: float
    quad_class: int
    date: str | None
    text: str
    articles: int
    outlets: int
    mentions: list[EventMention] = field(default_factory=list)
    """Every article event consolidated here."""


@dataclass
class Consolidation:
    statements: list[Statement]
    events: list[ConsolidatedEvent]


def consolidate(
    story_id: str,
    articles: Sequence[StoryArticle],
    duplicate_pairs: Iterable[tuple[str, str]] = (),
    settings: ConsolidationSettings = ConsolidationSettings(),
) -> Consolidation:
    """The consolidated statements and events of one story."""
    duplicate_pairs = list(duplicate_pairs)
    outlets = {article.id: article.outlet for article in articles}
    quotes = [(article.id, quote) for article in articles for quote in article.quotes]
    statement_of: dict[tuple[str, str], Statement] = {}
    statements = []
    for group in _group_quotes(quotes, settings):
        statement = _statement(story_id, group, outlets, duplicate_pairs)
        statements.append(statement)
        for article_id, quote in group:
            statement_of[(article_id, quote.id)] = statement
    events = _consolidate_events(story_id, articles, statement_of, duplicate_pairs, settings)
    _date_statements(statements, events)
    return Consolidation(statements, events)


def _date_statements(statements: list[Statement], events: list[ConsolidatedEvent]) -> None:
    """Date each statement by its events; undated ones take the date of the same speaker in the story.

    A story is one occasion: when one outlet dates Le Yucheng's briefing and another
    reports more of his remarks without a date, those remarks were made that day too.
    """
    dates: dict[str, list[str]] = {}
    for event in events:
        if event.statement_id and event.date:
            dates.setdefault(event.statement_id, []).append(event.date)
    speaker_dates: dict[str, list[str]] = {}
    for statement in statements:
        statement.date = best_date(dates.get(statement.id, []))
        if statement.date and statement.speaker_name:
            speaker_dates.setdefault(normalize_name(statement.speaker_name), []).append(statement.date)
    by_id = {statement.id: statement for statement in statements}
    for statement in statements:
        if statement.date is None and statement.speaker_name:
            statement.date = best_date(speaker_dates.get(normalize_name(statement.speaker_name), []))
    for event in events:
        if event.date is None and event.statement_id:
            event.date = by_id[event.statement_id].date


def says_the_same(first: set[str], second: set[str], min_shared: int, overlap: float) -> bool:
    """Two quotes (as content-term sets) carry the same statement: one largely contains the other."""
    return len(first & second) >= min_shared and containment(first, second) >= overlap


def _speaker_keys(quotes: Sequence[tuple[str, Quote]]) -> list[str | None]:
    """Each quote's speaker as a key, short forms ("Le") resolved to the full name used in the story."""
    names = {normalize_name(q.speaker_name) for _, q in quotes if q.speaker_name}
    names.discard("")

    def full(name: str) -> str:
        tokens = set(name.split())
        longer = sorted(n for n in names if n != name and tokens < set(n.split()))
        return longer[0] if len(longer) == 1 else name

    return [full(normalize_name(q.speaker_name)) if q.speaker_name and normalize_name(q.speaker_name) else None
            for _, q in quotes]


def _group_quotes(
    quotes: Sequence[tuple[str, Quote]], settings: ConsolidationSettings
) -> list[list[tuple[str, Quote]]]:
    """Quotes that carry one statement, grouped.

    Copies of a quote (same speaker, same content terms) are grouped first, so the
    pairwise test runs over distinct quotes: a statement syndicated to hundreds of
    articles costs no more than one quoted a few times.
    """
    groups = UnionFind(range(len(quotes)))
    copies: dict[tuple[str | None, frozenset[str]], list[int]] = {}
    for index, (key, (_, quote)) in enumerate(zip(_speaker_keys(quotes), quotes)):
        copies.setdefault((key, frozenset(content_terms(quote.text))), []).append(index)
    by_speaker: dict[str | None, list[tuple[frozenset[str], int]]] = {}
    for (key, terms), indices in copies.items():
        if len(terms) >= settings.min_shared_terms:
            for index in indices[1:]:
                groups.union(indices[0], index)
        by_speaker.setdefault(key, []).append((terms, indices[0]))
    for key, distinct in by_speaker.items():
        overlap = settings.overlap if key is not None else settings.unknown_speaker_overlap
        for position, (first_terms, first) in enumerate(distinct):
            for second_terms, second in distinct[position + 1:]:
                if says_the_same(first_terms, second_terms, settings.min_shared_terms, overlap):
                    groups.union(first, second)
    return [[quotes[index] for index in group] for group in groups.groups()]


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(value for value in values if value)
    return min(counts, key=lambda value: (-counts[value], -len(value), value)) if counts else None


def _stable_id(prefix: str, keys: Iterable[tuple[str, str]]) -> str:
    return f"{prefix}-{content_hash(*min(keys))}"


def _statement(
    story_id: str,
    group: Sequence[tuple[str, Quote]],
    outlets: dict[str, str | None],
    duplicate_pairs: list[tuple[str, str]],
) -> Statement:
    mentions = [
        Mention(article_id, quote.id, quote.start, quote.end, quote.text, outlets.get(article_id))
        for article_id, quote in sorted(group, key=lambda item: (item[0], item[1].start))
    ]
    quotes = [quote for _, quote in group]
    return Statement(
        id=_stable_id("st", ((article_id, quote.id) for article_id, quote in group)),
        story_id=story_id,
        speaker_name=_most_common(q.speaker_name for q in quotes),
        speaker_role=_most_common(q.speaker_role for q in quotes),
        speaker_actor=_most_common(q.speaker_actor for q in quotes),
        text=max(quotes, key=lambda q: (len(q.text), q.text)).text,
        date=None,
        articles=count_independent((m.article_id for m in mentions), duplicate_pairs),
        outlets=len({m.outlet for m in mentions if m.outlet}),
        mentions=mentions,
    )


def _consolidate_events(
    story_id: str,
    articles: Sequence[StoryArticle],
    statement_of: dict[tuple[str, str], Statement],
    duplicate_pairs: list[tuple[str, str]],
    settings: ConsolidationSettings,
) -> list[ConsolidatedEvent]:
    """Events of one statement and one dyad are one event; so are unquoted events saying the same."""
    outlets = {article.id: article.outlet for article in articles}
    items = []
    for article in articles:
        for event in article.events:
            statement = statement_of.get((article.id, event.quote_id)) if event.quote_id else None
            items.append((article, event, statement))
    keys = _event_keys(items)
    texts = [article.text[event.start:event.end] for article, event, _ in items]
    terms = [set(content_terms(text)) for text in texts]
    groups = UnionFind(range(len(items)))
    by_key: dict[tuple, list[int]] = {}
    for index, key in enumerate(keys):
        by_key.setdefault(key, []).append(index)
    for key, indices in by_key.items():
        if key[0] is not None:
            for other in indices[1:]:
                groups.union(indices[0], other)
            continue
        for position, first in enumerate(indices):
            for second in indices[position + 1:]:
                if (items[first][1].cameo == items[second][1].cameo
                        and containment(terms[first], terms[second]) >= settings.overlap):
                    groups.union(first, second)
    consolidated = []
    for group in groups.groups():
        members = [items[index] for index in group]
        statement = members[0][2]
        text = statement.text if statement else max((texts[index] for index in group), key=len)
        target_code = keys[group[0]][2]
        consolidated.append(
            _consolidated_event(story_id, members, statement, target_code, text, outlets, duplicate_pairs)
        )
    return consolidated


def _event_keys(items: Sequence[tuple[StoryArticle, Event, Statement | None]]) -> list[tuple]:
    """(statement, source, target) of each event; a mention without a target takes the statement's only one."""
    targets: dict[tuple[str, str | None], set[str]] = {}
    for _, event, statement in items:
        if statement and event.target and event.target.code:
            targets.setdefault((statement.id, event.source.code), set()).add(event.target.code)
    keys = []
    for _, event, statement in items:
        target = event.target.code if event.target else None
        if statement and target is None:
            known = targets.get((statement.id, event.source.code), set())
            target = next(iter(known)) if len(known) == 1 else None
        keys.append((statement.id if statement else None, event.source.code, target))
    return keys


def _consolidated_event(
    story_id: str,
    members: Sequence[tuple[StoryArticle, Event, Statement | None]],
    statement: Statement | None,
    target_code: str | None,
    text: str,
    outlets: dict[str, str | None],
    duplicate_pairs: list[tuple[str, str]],
) -> ConsolidatedEvent:
    events = [event for _, event, _ in members]
    cameo = _most_common(event.cameo for event in events) or events[0].cameo
    coded = [event for event in events if event.cameo == cameo]
    first = coded[0]
    article_ids = [article.id for article, _, _ in members]
    return ConsolidatedEvent(
        id=_stable_id("ce", ((article.id, event.id) for article, event, _ in members)),
        story_id=story_id,
        statement_id=statement.id if statement else None,
        source_code=first.source.code,
        source_country=_most_common(event.source.country for event in events),
        target_code=target_code,
        target_country=_most_common(
            event.target.country for event in events if event.target and event.target.code == target_code
        ),
        cameo=cameo,
        plover=_most_common(event.plover for event in coded),
        goldstein=fmean(event.goldstein for event in coded),
        quad_class=first.quad_class,
        date=best_date([event.date for event in events if event.date]),
        text=text,
        articles=count_independent(article_ids, duplicate_pairs),
        outlets=len({outlets[a] for a in article_ids if outlets.get(a)}),
        mentions=[
            EventMention(article.id, event.id, event.start, event.end)
            for article, event, _ in sorted(members, key=lambda member: (member[0].id, member[1].id))
        ],
    )
