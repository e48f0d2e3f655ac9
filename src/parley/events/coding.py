"""From an article and its parse to Event records: quotes as verbal events, sentences as actions.

A quote is coded with its speaker as the source. The one exception is a finished act of
someone else that a quote reports ("Finer met Liu, according to the White House"), which
is that someone's act, unless the reporter is a commentator or unknown: a professor
describing what Beijing did is not Beijing acting. Sentences are coded for acts outside
any quote. An act whose doer the text does not name ("was arrested in Lebanon") is
kept with an unknown source and a low confidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from parley.actors import default_resolver, speaker_actor
from parley.actors.resolver import COMMENTATOR, ActorResolver
from parley.events.coder import (
    Act,
    Resolve,
    acts_in,
    apply_modality,
    closed_class,
    find_sources,
    find_targets,
    is_embedded,
    match_act,
    target_heads,
)
from parley.events.dates import DayPhrase, day_phrases, parse_published
from parley.events.lexicon import Lexicon, lexicon
from parley.events.ontology import lookup
from parley.records import Actor, Article, Event, Quote

STATEMENT = "010"
"""A statement with no codable content: CAMEO 010 "Make statement, not specified below"."""
PHRASE_EXCLUDED = frozenset({"relcl", "acl", "advcl", "conj", "cc", "punct", "parataxis"})
BOUNDARIES = frozenset({":", "?", "!", "-", "–", "—", "•", "|"})
COORDINATION = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)(?:the\s+)?$")


CodedAct = tuple[Act, list[Actor], list[Actor]]
"""An act with its sources and targets, before it becomes events."""


@dataclass(frozen=True)
class Context:
    """What the coder knows of one article: publication day and the people its quotes name."""

    resolver: ActorResolver
    published: str | None
    people: dict[str, tuple[str, str | None]]


def article_context(article: Article, doc: Doc | None = None, resolver: ActorResolver | None = None) -> Context:
    """Who the article names: quoted people with their roles, and people named in full in
    ``doc`` with the phrase around the name ("Liu Jianchao, head of the ... Party"), each
    under the full name and its first and last word (the surname comes first in Chinese
    names). A short name two people share resolves to neither.
    """
    named: dict[str, tuple[str, str | None]] = {}
    for quote in article.quotes:
        if quote.speaker_name:
            named.setdefault(quote.speaker_name, (quote.speaker_name, quote.speaker_role))
    for entity in doc.ents if doc is not None else ():
        if entity.label_ == "PERSON" and len(entity) > 1 and entity.text not in named:
            tokens = phrase_tokens(entity.root)
            named[entity.text] = (entity.text, entity.doc[tokens[0].i: tokens[-1].i + 1].text)
    people = dict(named)
    short: dict[str, set[str]] = {}
    for name in named:
        for part in {name.split()[0], name.split()[-1]}:
            short.setdefault(part, set()).add(name)
    for part, names in short.items():
        if len(names) == 1 and part not in people:
            people[part] = named[next(iter(names))]
    return Context(resolver or default_resolver(), article.published, people)


def phrase_tokens(head: Token) -> list[Token]:
    """The noun phrase of ``head`` without its clauses and conjuncts, within one line of text.

    A parse can hang a headline on the next sentence's subject: a line break, free colon
    or dash ends the phrase, and a subject cut from its verb by one is the part on the verb's line.
    """
    tokens = [head]
    for child in head.children:
        if child.dep_ not in PHRASE_EXCLUDED:
            tokens.extend(t for t in child.subtree)
    tokens.sort(key=lambda t: t.i)
    verb = head.head
    cut = [t.i for t in tokens if head.i < t.i < verb.i and _is_boundary(t)]
    if head.dep_ in ("nsubj", "nsubjpass") and cut:
        return [t for t in tokens if cut[-1] < t.i < verb.i and not t.is_punct] or tokens
    before = [t.i for t in tokens if t.i < head.i and _is_boundary(t)]
    after = [t.i for t in tokens if t.i > head.i and _is_boundary(t)]
    first, last = (before[-1] + 1 if before else -1), (after[0] if after else len(head.doc))
    return [t for t in tokens if first <= t.i < last]


def _is_boundary(token: Token) -> bool:
    """A line break, or a colon, dash or bullet standing free ("re-election" is no boundary)."""
    return "\n" in token.text_with_ws or (token.text in BOUNDARIES and bool(token.whitespace_))


def phrase_actors(head: Token, context: Context) -> list[Actor]:
    """The actors a noun phrase names; coordinated countries ("US and Chinese officials") give several."""
    actors = []
    for conjunct in [head, *head.conjuncts]:
        tokens = phrase_tokens(conjunct)
        span = conjunct.doc[tokens[0].i: tokens[-1].i + 1]
        actors.extend(_span_actors(span, context))
    return [a for a in actors if a.code or a.country]


def _span_actors(span: SpacySpan, context: Context) -> list[Actor]:
    name, role = _known_person(span, context)
    text = span.text if role is None else f"{role} {span.text}"
    actor = context.resolver.resolve(text, name=name, on=context.published)
    actor.text, actor.start, actor.end = span.text, span.start_char, span.end_char
    countries = _coordinated_countries(span.text, context.resolver)
    if len(countries) < 2:
        return [actor]
    return [Actor(text=span.text, start=span.start_char, end=span.end_char, name=actor.name,
                  code=country + (actor.sector or ""), country=country, sector=actor.sector)
            for country in countries]


def _known_person(span: SpacySpan, context: Context) -> tuple[str | None, str | None]:
    """A person the article named before, by full name or surname (the tagger may miss a bare "Liu")."""
    names = [t.text for t in span if t.ent_type_ == "PERSON"]
    head = span.root.text if span.root.pos_ == "PROPN" else ""
    for key in (" ".join(names), names[-1] if names else "", head):
        if key in context.people:
            return context.people[key]
    return None, None


def _coordinated_countries(text: str, resolver: ActorResolver) -> list[str]:
    """Countries joined by "and" or commas in one phrase; "Israel's ally in Lebanon" is one actor."""
    matches = [m for m in resolver.matches(text) if m.term.country and m.term.kind != "person"]
    countries = [matches[0].term.country] if matches else []
    for previous, match in zip(matches, matches[1:]):
        if not COORDINATION.match(text[previous.end: match.start]):
            break
        countries.append(match.term.country)
    return list(dict.fromkeys(countries))


def confidence(act: Act, sources: list[Actor], targets: list[Actor], from_quote: bool) -> float:
    """How much to trust a coded event, from what supports it; thresholding trades recall for precision.

    A reported act with no target at all is most often one whose target the coder missed;
    a domestic target (null code) is a convention, weaker than a resolved one.
    """
    score = 0.45 + 0.1 * act.specificity
    score += 0.2 if any(s.code for s in sources) else -0.25
    score += 0.05 if any(t.code for t in targets) else 0.0
    score -= 0.1 if not targets and not from_quote else 0.0
    score -= 0.1 if act.kind in ("maybe", "negate") else 0.0
    score -= 0.15 if act.code and act.code.startswith("01") else 0.0
    score -= 0.25 if is_embedded(act) else 0.0
    score += 0.05 if from_quote else 0.0
    return round(min(max(score, 0.05), 0.99), 3)


def event_date(sentence: SpacySpan, act_words: list[Token], context: Context) -> DayPhrase | None:
    """The day phrase of the clause that reports the act (its own words or the reporting verb's)."""
    phrases = day_phrases(sentence.text, parse_published(context.published), sentence.start_char)
    if not phrases:
        return None
    owners = {t.i for t in act_words}
    for phrase in phrases:
        token = sentence.doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
        if token is not None and _owner_verb(token.root).i in owners:
            return phrase
    return None


def _owner_verb(token: Token) -> Token:
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _events_for(act: Act, sources: list[Actor], targets: list[Actor], span: tuple[int, int],
                when: DayPhrase | None, quote_id: str | None) -> Iterator[Event]:
    """One event per source and target; coordinated sources with no other target act on each
    other, also when the object names one of their own ("Hungarian and Romanian officials
    agreed to help Romanian refugees" is an agreement between Hungary and Romania).
    """
    pairs: list[tuple[Actor, Actor | None]]
    source_countries = {s.country for s in sources}
    if len(sources) > 1 and {t.country for t in targets} <= source_countries:
        targets = []
    if targets:
        pairs = [(s, t) for s in sources for t in targets]
    elif len(sources) > 1:
        pairs = [(s, t) for s in sources for t in sources if s is not t]
    else:
        pairs = [(s, None) for s in sources]
    entry = lookup(act.code)
    score = confidence(act, sources, targets, quote_id is not None)
    for source, target in pairs:
        yield Event(
            id="", start=span[0], end=span[1], source=source, target=target,
            cameo=entry.code, plover=entry.plover, goldstein=entry.goldstein, quad_class=entry.quad_class,
            date=when.day.isoformat() if when and when.day else None,
            date_text=when.text if when else None, quote_id=quote_id, confidence=score,
        )


DOMESTIC_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
CONFLICT_QUADS = (3, 4)
"""Verbal and material conflict: acts that are always against someone."""


def domestic_target(act: Act, sources: list[Actor]) -> list[Actor]:
    """An unresolved object of the act that names people or a place ("released Prime Minister
    Chaudhry", "shelled Juba", "dispersed demonstrators"), as the doer's own country: the
    domestic target CAMEO codes. The mention keeps a null code; only its country is the doer's.
    A conflict act that names no object at all ("demonstrators rioted", "police opened fire")
    is domestic too, with an empty mention at the act: a protest is aimed at one's own rulers.
    """
    countries = {s.country for s in sources}
    if len(countries) != 1 or None in countries:
        return []
    taken = [(s.start, s.end) for s in sources]
    people = closed_class("people")
    for head in target_heads(act):
        if any(start <= head.idx < end for start, end in taken):
            continue
        if head.ent_type_ in DOMESTIC_ENTITIES or head.lemma_.lower() in people:
            tokens = phrase_tokens(head)
            span = head.doc[tokens[0].i: tokens[-1].i + 1]
            return [Actor(text=span.text, start=span.start_char, end=span.end_char, country=next(iter(countries)))]
    if act.code and lookup(act.code).quad_class in CONFLICT_QUADS:
        return [Actor(text="", start=act.trigger.idx, end=act.trigger.idx, country=next(iter(countries)))]
    return []


def _unknown_actor(token: Token) -> Actor:
    """A doer the text does not name: its mention if any, else an empty span at the act."""
    if token.dep_ in ("nsubj", "nsubjpass", "csubj", "pobj"):
        return Actor(text=token.text, start=token.idx, end=token.idx + len(token))
    return Actor(text="", start=token.idx, end=token.idx)


def code_sentence(sentence: SpacySpan, context: Context, skip: frozenset[int] = frozenset()) -> list[Event]:
    """Reported actions in one sentence, leaving out the tokens numbered in ``skip`` (quotes)."""
    tokens = [t for t in sentence if t.i not in skip]
    lex = lexicon()
    resolve = partial(phrase_actors, context=context)
    coded = []
    for act in acts_in(tokens, lex):
        apply_modality(act, lex)
        if act.code is None:
            continue
        sources = find_sources(act, resolve) or [_unknown_actor(act.own_subject or act.trigger)]
        targets = find_targets(act, resolve, sources) or domestic_target(act, sources)
        coded.append((act, sources, targets))
    events = []
    for act, sources, targets in main_acts(coded):
        when = event_date(sentence, act.chain + _reporting_chain(act), context)
        events.extend(_events_for(act, sources, targets, (sentence.start_char, sentence.end_char), when, None))
    return events


def main_acts(coded: list[CodedAct]) -> list[CodedAct]:
    """The acts a sentence reports, not its background: a news sentence reports one act per
    clause, so an act with a named doer in the main clause hides acts in subordinate clauses
    ("..., after days of fighting") and acts whose doer the text does not name. Of two
    acts of one kind by one doer, the one that names a target is kept.
    """
    named = [c for c in coded if any(s.code or s.country for s in c[1])]
    main = [c for c in named if not is_embedded(c[0])] or named or coded
    kept: dict[tuple, CodedAct] = {}
    for act, sources, targets in main:
        key = (lookup(act.code).plover or act.code, tuple(s.country or s.code for s in sources))
        if key not in kept or (targets and not kept[key][2]):
            kept[key] = (act, sources, targets)
    return list(kept.values())


def _reporting_chain(act: Act) -> list[Token]:
    token, chain = act.chain[-1], []
    while token.head.i != token.i:
        token = token.head
        chain.append(token)
    return chain


def code_quote(quote: Quote, doc: Doc, context: Context) -> list[Event]:
    """A statement as verbal events with its speaker as source: its content's acts, else the cue, else 010."""
    speaker = speaker_actor(quote, context.published, context.resolver)
    if speaker is None:
        return []
    content = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand") if quote.cue else None
    if content is None:
        return []
    lex = lexicon()
    cue_words = list(cue) if cue is not None else []
    resolve = partial(phrase_actors, context=context)
    span = (quote.start, quote.end)
    when = event_date(cue.sent if cue is not None else content.sent, cue_words or [content.root], context)
    events = []
    for act in acts_in(content, lex):
        apply_modality(act, lex, cue_words)
        if act.code is None:
            continue
        sources = _third_party(act, speaker, resolve) or [speaker]
        if sources[0] is not speaker and (speaker.sector == COMMENTATOR or not speaker.code):
            continue
        targets = find_targets(act, resolve, sources) or domestic_target(act, sources)
        events.extend(_events_for(act, sources, targets, span, when, quote.id))
    if events:
        return events
    act = _cue_act(cue_words, lex) or Act(content.root, STATEMENT, -1, code=STATEMENT)
    targets = _mentioned_actors(content, speaker, context)[:1]
    return list(_events_for(act, [speaker], targets, span, when, quote.id))


def _third_party(act: Act, speaker: Actor, resolve: Resolve) -> list[Actor]:
    """The doers of an act a quote reports about someone else ("Finer met Liu, according to the
    White House"): another country, or another named person. Empty when it is the speaker's own act.
    """
    if act.kind in ("appeal", "demand"):
        return []
    sources = find_sources(act, resolve)
    subject = act.own_subject
    if not sources or subject is None or subject.lower_ in closed_class("pronoun"):
        return []
    other_country = all(s.country != speaker.country for s in sources)
    other_person = any(s.name and s.name != speaker.name and _names_person(s, subject) for s in sources)
    return sources if other_country or other_person else []


def _names_person(actor: Actor, subject: Token) -> bool:
    return any(t.ent_type_ == "PERSON" for t in subject.subtree) and bool(actor.name)


def _cue_act(cue_words: list[Token], lex: Lexicon) -> Act | None:
    """The cue as the act when it names one ("accused", "urged", "warned"), for content with none."""
    for word in cue_words:
        if word.pos_ == "VERB" and (found := match_act(word, lex)) and found[0] != STATEMENT:
            return Act(word, found[0], found[1], code=found[0])
    return None


def _mentioned_actors(content: SpacySpan, speaker: Actor, context: Context) -> list[Actor]:
    """Other actors a statement is about (by country), the likely addressee of a plain statement.
    A city it mentions is where something happens, not whom it is addressed to."""
    found = []
    for match in context.resolver.matches(content.text):
        country = match.term.country
        if match.term.kind not in ("role", "place") and country and country != speaker.country:
            start = content.start_char + match.start
            actor = context.resolver.resolve(match.term.phrase, start, content.start_char + match.end,
                                             on=context.published)
            actor.text = content.text[match.start: match.end]
            found.append(actor)
    return found


def _quoted_tokens(quotes: list[Quote], doc: Doc) -> Iterator[int]:
    """Tokens inside a quote's content or cue: those acts are coded as the quote's."""
    spans = [(q.start, q.end) for q in quotes] + [(q.cue.start, q.cue.end) for q in quotes if q.cue]
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            yield from range(span.start, span.end)


def code_events(article: Article, doc: Doc) -> list[Event]:
    """Every quote of the article as verbal events, and the acts reported outside quotes."""
    context = article_context(article, doc)
    events: list[Event] = []
    for quote in article.quotes:
        events.extend(code_quote(quote, doc, context))
    quoted = frozenset(_quoted_tokens(article.quotes, doc))
    for sentence in doc.sents:
        events.extend(code_sentence(sentence, context, quoted))
    for number, event in enumerate(events):
        event.id = f"{article.id}:e{number}"
    return events
