"""From an article and its parse to Event records: the article's context (its people and their
countries), the actors of a phrase, and sentences coded as actions. Quotes are coded as verbal
events in :mod:`parley.events.statements`; :mod:`parley.events.stage` runs both over an article.

A quote is coded with its speaker as the source, or with each of its speakers when actors of
several countries speak together ("Xi and Biden agreed ..."). The one exception is a finished act of
someone else that a quote reports ("Finer met Liu, according to the White House"), which
is that someone's act, unless the reporter is a commentator or unknown: a professor
describing what Beijing did is not Beijing acting. Sentences are coded for acts outside
any quote. An act the text reports done while leaving out its doer ("a journalist was killed")
is coded with an unknown source: an empty mention at the act, a null code and a low confidence;
an active verb with no subject ("click 'sign up'") or a thing for a doer ("the interviews provide
a window") is not coded. A doer the resolver does not know keeps its mention with a null code and
a low confidence; an arrest or a protest in a named place is by that place's country, with a null
code (CAMEO's convention).

The PLOVER category of an event follows the PLOVER 0.8 manual's definitions where they differ
from the CAMEO map (data/plover.tsv): an occupation carried out is an ASSAULT, a resignation a
RETREAT. Acts two sides do together (meetings, clashes, cooperation) are coded both ways.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, partial
from typing import TypeVar

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from parley.actors import default_resolver
from parley.actors.resolver import MEDIA, ActorResolver, Term, role_words, word_class
from parley.actors.speakers import people_named_after_places
from parley.events.categories import category_codes, category_model
from parley.events.coder import (
    ASKING,
    ASSAULTS,
    EXPULSION,
    FORCE_POSTURE,
    MOBILIZE_FORCES,
    MODIFIER_DEPS,
    NEGATIONS,
    PROTEST_ROOT,
    PURPOSES,
    STATEMENT_ROOT,
    SUBJECTS,
    THREAT_KIND,
    UNSPECIFIED,
    VISIT,
    VISITS,
    Act,
    Resolve,
    acts_in,
    apply_modality,
    asked_clauses,
    at_edge,
    closed_class,
    counted_of,
    counts_people,
    dates_another,
    deployment_code,
    direct_objects,
    find_sources,
    find_targets,
    governors_of,
    is_description,
    is_embedded,
    is_hypothetical,
    is_reporting,
    match_act,
    missions_beside,
    names_act_of,
    names_no_target,
    names_people,
    names_place,
    names_weapon,
    objects_after,
    of_objects,
    preposition_is,
    sets_terms,
    target_heads,
    with_compounds,
)
from parley.events.dates import DayPhrase, day_phrases, parse_published
from parley.events.doers import ArticleDoers
from parley.events.lexicon import Lexicon, lexicon
from parley.events.ontology import lookup, plover_category
from parley.quotes.naming import name_end_across_hyphen, name_start_across_hyphen
from parley.quotes.syntax import is_infinitive
from parley.records import Actor, Article, Event, Quote

GUESS_PROBABILITY = 0.3
"""How likely the learned category of a sentence must be for an act no pattern names to be coded by it."""
GUESSED_SPECIFICITY = -1
"""A guessed act is as sure as a pattern that names only a verb under a demanding word."""
GUESS_CEILING = 0.45
"""A guessed act is never surer than this: thresholding confidence at 0.5 keeps the rules' events only."""
GUESS_KINDS = {"AGREE": (None, "intend")}
"""The modal kinds a guessed act may be under: an intent is what AGREE names ("will allow", "is ready to")."""
QUESTION_END = frozenset({'"', "'", "”", "’", ")", "''"})
"""What may follow the question mark that ends a question: closing quotation marks and brackets."""
CRITICISM = "111"
"""CAMEO 111 "Criticize or denounce": a statement whose own words condemn ("is peddling fiction")."""
SCORE = re.compile(r"\b\d{1,3}\s?[-–]\s?\d{1,3}\b(?![-–]\d)")
"""A game's score: "45-40", "3–1"."""
FORCEFUL_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
"""CAMEO roots of material conflict a warning can threaten: posture, sanctions, coercion, assault, force."""
COERCIVE_ROOTS = FORCEFUL_ROOTS - {"15"}
"""Roots of a sanction, coercion or force that a statement saying its own side could use threatens with: "we could
suspend aid"; a posture it could take may be help ("could deploy troops to help"), and a passive names no one who
could ("she may be prosecuted")."""
PHRASE_EXCLUDED = frozenset({"relcl", "acl", "advcl", "conj", "cc", "punct", "parataxis"})
BOUNDARIES = frozenset({":", "?", "!", "-", "–", "—", "•", "|"})
COORDINATION = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)(?:the\s+)?$|^[-–/]$")


V = TypeVar("V")
CodedAct = tuple[Act, list[Actor], list[Actor]]
"""An act with its sources and targets, before it becomes events."""


@dataclass(frozen=True)
class Context:
    """What the coder knows of one article: publication day, the people its quotes name, and the
    names that hold a place name ("Jim Jordan": no Jordan)."""

    resolver: ActorResolver
    published: str | None
    people: dict[str, tuple[str, str | None]]
    namesakes: frozenset[str] = frozenset()
    doers: ArticleDoers | None = None
    coded_people: dict[str, Actor] | None = None
    organisations: ArticleOrganisations | None = None
    outlet_notes: tuple[tuple[int, int], ...] = ()
    phrases: dict[tuple[Doc, int], list[Actor]] = field(default_factory=dict, compare=False, repr=False)
    """:func:`phrase_actors` of each phrase head asked about: the same subject or object is asked for by many acts."""
    days: dict[tuple[Doc, int, int], tuple[DayPhrase, ...]] = field(default_factory=dict, compare=False, repr=False)
    """The day phrases of each sentence asked about (by its doc and tokens): each quote and act in it asks."""


def article_context(article: Article, doc: Doc | None = None, resolver: ActorResolver | None = None) -> Context:
    """Who the article names: quoted people with their roles, and people named in full in
    ``doc`` with the phrase around the name ("Liu Jianchao, head of the ... Party"), each
    under the full name and its first and last word (the surname comes first in Chinese
    names). A short name two people share resolves to neither. The entities are read once here and passed
    on: spaCy builds ``doc.ents`` anew on each read.
    """
    named: dict[str, tuple[str, str | None]] = {}
    for quote in article.quotes:
        if quote.speaker_name:
            named.setdefault(quote.speaker_name, (quote.speaker_name, quote.speaker_role))
    entities = doc.ents if doc is not None else ()
    for entity in entities:
        if entity.label_ == "PERSON" and len(entity) > 1 and entity.text not in named:
            named[entity.text] = (entity.text, phrase_span(entity.root).text)
    people = with_short_names(named, lambda name: {name.split()[0], name.split()[-1]})
    resolver = resolver or default_resolver()
    doers = ArticleDoers(doc, article.quotes) if doc is not None else None
    namesakes = people_named_after_places(doc, resolver)
    return Context(resolver, article.published, people, namesakes, doers,
                   _coded_people(entities, resolver, article.published, namesakes),
                   ArticleOrganisations(entities, resolver, article.published) if doc is not None else None,
                   outlet_notes(article.text))


class ArticleOrganisations:
    """The organisations an article names in full, looked up by a later short name; built when first asked, as
    most mentions tell their country themselves."""

    def __init__(self, entities: tuple[SpacySpan, ...], resolver: ActorResolver, published: str | None):
        self._entities, self._resolver, self._published = entities, resolver, published
        self._coded: dict[str, Actor] | None = None

    def actor(self, mention: str) -> Actor | None:
        """The organisation ``mention`` names ("the Daily News"), if the article named it in full before."""
        if self._coded is None:
            self._coded = _coded_organisations(self._entities, self._resolver, self._published)
        return self._coded.get(_without_article(mention))


def _coded_organisations(entities: tuple[SpacySpan, ...], resolver: ActorResolver,
                         published: str | None) -> dict[str, Actor]:
    """The actor of each organisation the article names in full where the name tells its country ("the New York
    Daily News"), under its full name and the shorter names its last words make ("the Daily News"), so that a
    later short mention is coded alike; a short name organisations of other codes share is none of theirs ("NY
    Daily News" and "New York Daily News" are one paper)."""
    coded: dict[str, Actor] = {}
    for entity in entities:
        name = _without_article(entity.text)
        if entity.label_ != "ORG" or len(name.split()) < 2 or name in coded:
            continue
        actor = resolver.resolve(name, on=published)
        if actor.country:
            coded[name] = actor
    short: dict[str, list[Actor]] = {}
    for name, actor in coded.items():
        for part in _last_words(name):
            short.setdefault(part, []).append(actor)
    return coded | {part: actors[0] for part, actors in short.items()
                    if part not in coded and len({a.code for a in actors}) == 1}


def _last_words(name: str) -> set[str]:
    """The shorter names of an organisation: its last two words or more ("Daily News" of "New York Daily News")."""
    words = name.split()
    return {" ".join(words[start:]) for start in range(1, len(words) - 1)}


def _without_article(name: str) -> str:
    """A name as the index of :func:`_coded_organisations` keeps it: without "the", its spaces plain."""
    name = " ".join(name.split())
    return name[4:] if name.lower().startswith("the ") else name


def _coded_people(entities: tuple[SpacySpan, ...], resolver: ActorResolver, published: str | None,
                  namesakes: frozenset[str]) -> dict[str, Actor]:
    """The actor of each person the article names in full where one mention tells their country
    ("Senator Mark S. Kirk, Republican of Illinois"), so that the others ("Mr. Kirk said") are coded
    alike: the first such mention, by full name and surname (a surname two people share is neither's)."""
    coded: dict[str, Actor] = {}
    for entity in entities:
        if entity.label_ != "PERSON":
            continue
        name = _without_possessive(entity)
        if len(name.split()) < 2 or name in coded:
            continue
        phrase = phrase_span(entity.root)
        actor = resolver.resolve(phrase.text, name=name, on=published, people=namesakes)
        if not actor.country and _owner_words(phrase) and (owner := _owner(phrase, _by_surname(coded))):
            actor = _of_country(actor, owner.country)
        if actor.country:
            coded[name] = actor
    return _by_surname(coded)


def _without_possessive(entity: SpacySpan) -> str:
    """The name of a person the tagger tagged with its possessive ("Trey Gowdy’s office")."""
    return entity[:-1].text if len(entity) > 1 and entity[-1].tag_ == "POS" else entity.text


def _by_surname(coded: dict[str, Actor]) -> dict[str, Actor]:
    return with_short_names(coded, lambda name: {name.split()[-1]})


def _owner(mention: SpacySpan | None, known: dict[str, Actor]) -> Actor | None:
    """A person the article codes elsewhere whose staff or office the mention names: "Gowdy's office",
    "Gowdy spokesman Jamal Ware" (a name that owns or modifies a common noun, not a given name). Staff
    speak for their principal's country, as "Kasich's chief strategist" is of Kasich's."""
    return next((known[w.text] for w in _owner_words(mention) if w.text in known), None)


def _pronoun_owner(mention: SpacySpan | None, known: dict[str, Actor]) -> Actor | None:
    """The person whose staff a mention of a named person says they are by the possessive pronoun it opens with
    ("His campaign chairman Paul Manafort"), when its paragraph names one person only before it: the one "his" or
    "her" can stand for. Not for a relation to another actor ("his critics", "her opponent"), who is not of their
    side."""
    first = mention[0] if mention is not None else None
    if first is None or first.tag_ != "PRP$" or first.lower_ not in closed_class("third_person"):
        return None
    if first.head.pos_ != "NOUN" or first.head.lower_ in word_class("relation") or not _names_a_person_in(mention):
        return None
    named = [known[e.text] for e in _paragraph_before(mention).ents if e.text in known]
    return named[0] if len({a.name or a.text for a in named}) == 1 else None


def _names_a_person_in(mention: SpacySpan) -> bool:
    """A mention holding a person's name ("His campaign chairman Paul Manafort"), not a thing ("his book")."""
    return any(t.ent_type_ == "PERSON" for t in mention)


def _paragraph_before(mention: SpacySpan) -> SpacySpan:
    """The text of the mention's paragraph before it: back to a line break."""
    doc, start = mention.doc, mention.sent.start
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start = doc[start - 1].sent.start
    return doc[start: mention.start]


def _owner_words(mention: SpacySpan | None) -> list[Token]:
    """Names in a mention that own or modify one of its common nouns ("Gowdy" of "Gowdy's office")."""
    return [w for w in mention if w.dep_ in ("poss", "compound") and w.pos_ == "PROPN" and w.head.pos_ == "NOUN"
            and mention.start <= w.head.i < mention.end] if mention is not None else []


def _of_country(actor: Actor, country: str) -> Actor:
    return replace(actor, code=country + (actor.sector or ""), country=country)


def with_short_names(by_name: dict[str, V], short_forms: Callable[[str], set[str]]) -> dict[str, V]:
    """``by_name`` also under each short form of a name ("Kirk", "Liu") that no other name has."""
    owners: dict[str, set[str]] = {}
    for name in by_name:
        for part in short_forms(name):
            owners.setdefault(part, set()).add(name)
    return by_name | {part: by_name[next(iter(names))] for part, names in owners.items()
                      if len(names) == 1 and part not in by_name}


def with_known_country(actor: Actor, name: str | None, context: Context, mention: SpacySpan | None = None) -> Actor:
    """``actor`` coded as the person ``name`` is elsewhere in the article when this mention tells no country nor an
    organisation with its own code ("Osama bin Laden's al-Qaeda" is al-Qaeda, not Saudi Arabia), or
    as the organisation the ``mention`` names by a short name (:class:`ArticleOrganisations`), or of the country of
    the person whose staff the ``mention`` names (:func:`_owner`, :func:`_pronoun_owner`)."""
    people = context.coded_people or {}
    known = people.get(name or "")
    if actor.country or actor.code:
        return actor
    if known is None and mention is not None and mention.root.pos_ == "PROPN" and context.organisations is not None:
        known = context.organisations.actor(mention.text)
    if known is None:
        owner = _owner(mention, people) or _pronoun_owner(mention, people)
        return _of_country(actor, owner.country) if owner is not None and owner.country else actor
    sector = actor.sector or known.sector
    return replace(actor, name=actor.name or known.name, code=known.country + (sector or ""), country=known.country,
                   sector=sector)


def phrase_tokens(head: Token) -> list[Token]:
    """The noun phrase of ``head`` without its clauses (but for "based in ..."), conjuncts, a misplaced "by" phrase
    (:func:`_is_misplaced_agent`) and places at an edge ("on the Thai border"), within one line of text.

    A parse can hang a headline on the next sentence's subject: a line break, free colon
    or dash ends the phrase, and a subject cut from its verb by one is the part on the verb's line. A name the
    parser split at a hyphen inside it ("Moon Jae-in") is whole.
    """
    start, end = name_start_across_hyphen(head), name_end_across_hyphen(head)
    tokens = [*head.doc[start.i: head.i], head, *head.doc[head.i + 1: end.i + 1]]
    for child in head.children:
        if ((child.dep_ not in PHRASE_EXCLUDED or _is_location(child)) and not _is_misplaced_agent(child)
                and not _is_whereabouts(child) and not _is_subject_matter(child) and not _is_act_appositive(child)
                and not _is_time_phrase(child) and not _is_framework(child)):
            others = _appositive_conjunct_tokens(child)
            tokens.extend(t for t in child.subtree if t not in others)
    edges = {t.i for prep in tokens if prep.dep_ == "prep" and (at_edge(prep) or _is_meeting_place(prep))
             for t in prep.subtree}
    edges.update(t.i for clause in tokens if _is_nested_clause(clause, head) for t in clause.subtree)
    tokens = sorted({t.i: t for t in tokens if t.i not in edges}.values(), key=lambda t: t.i)
    verb = head.head
    boundaries = [t.i for t in tokens if _is_boundary(t)]
    cut = [i for i in boundaries if head.i < i < verb.i]
    if head.dep_ in ("nsubj", "nsubjpass") and cut:
        return [t for t in tokens if cut[-1] < t.i < verb.i and not t.is_punct] or tokens
    before = [i for i in boundaries if i < head.i]
    after = [i for i in boundaries if i > head.i]
    first, last = (before[-1] + 1 if before else -1), (after[0] if after else len(head.doc))
    return [t for t in tokens if first <= t.i < last]


def _is_nested_clause(word: Token, head: Token) -> bool:
    """What people deeper in the phrase are doing, which names no one they are ("the flow of migrants heading for the
    United States" names no American), unlike what was done to them ("techniques used against Palestinian detainees")
    or a participle that places a group."""
    return word.dep_ == "acl" and word.tag_ == "VBG" and word.head != head and not _is_location(word)


def _is_time_phrase(child: Token) -> bool:
    """A phrase of time on a noun ("rights ahead of talks on EU membership", "aid after the floods"): what it dates
    the noun by is no one the noun names."""
    return any(p.dep_ == "prep" and preposition_is(p, "temporal") for p in (child, *child.children))


def _is_misplaced_agent(child: Token) -> bool:
    """A "by" phrase the parser hung on the "of" object of an act: in "the expulsion of four U.S. diplomats by
    Moscow" it names who expelled them (:func:`parley.events.coder.find_sources`), not who the diplomats are."""
    noun = child.head
    return child.lower_ == "by" and noun.dep_ == "pobj" and noun.head.lower_ == "of"


def _is_whereabouts(child: Token) -> bool:
    """Where a person named is ("Dagalo in Jeddah"): a place that tells of no country of theirs, as it does of a
    group ("police in Jeddah", "the rebels in Darfur"); nor does a state's mission people stand outside or near
    ("police outside the Israeli embassy in Amman"), unlike one they are "at" ("officials at the US embassy")."""
    return missions_beside(child) or child.head.ent_type_ == "PERSON" and _places_it(child)


def _is_meeting_place(prep: Token) -> bool:
    """Where a document was signed or talks were held, anywhere in a phrase, is no party to them ("a peace agreement
    in the Saudi city of Jeddah", "a round of talks in Brussels")."""
    return prep.head.lemma_.lower() in closed_class("document") and _places_it(prep)


def _places_it(prep: Token) -> bool:
    """Whether a preposition places what it hangs on ("in Jeddah", "at the UN")."""
    return (prep.dep_ == "prep" and prep.lower_ in ("in", "at")
            and any(names_place(g) for g in prep.children if g.dep_ == "pobj"))


def _is_act_appositive(child: Token) -> bool:
    """An appositive of a person that names an act tells of the event, not of who the person is: in "his Pakistani
    counterpart Nawaz Sharif, the first visit by an Indian leader to Pakistan", the leader is the visitor."""
    return (child.dep_ == "appos" and child.head.ent_type_ == "PERSON"
            and child.lemma_.lower() in lexicon().noun_lemmas)


def _is_subject_matter(child: Token) -> bool:
    """What a phrase is about or where it goes ("his Ukrainian counterpart about the future of the Black Sea Fleet",
    "allow African Union monitors into Darfur"), which the parser can hang on a person: no part of who they are."""
    return child.dep_ == "prep" and child.lower_ in closed_class("subject_matter") and names_people(child.head)


def _is_framework(child: Token) -> bool:
    """The framework a thing is done in ("trade ties within the Mercosur bloc"), which names no side of it; people
    "within" a body are still of it ("member states within the EU")."""
    return child.dep_ == "prep" and child.lower_ in closed_class("framework") and not names_people(child.head)


def phrase_span(head: Token) -> SpacySpan:
    """The span of :func:`phrase_tokens`."""
    tokens = phrase_tokens(head)
    return head.doc[tokens[0].i: tokens[-1].i + 1]


def _is_location(clause: Token) -> bool:
    """A participle that places a group is part of its name: "a newspaper based in east Beirut"."""
    return clause.dep_ == "acl" and clause.lemma_.lower() in closed_class("located")


def _is_boundary(token: Token) -> bool:
    """A line break, or a colon, dash or bullet standing free ("re-election" is no boundary)."""
    return "\n" in token.text_with_ws or (token.text in BOUNDARIES and bool(token.whitespace_))


def phrase_actors(head: Token, context: Context) -> list[Actor]:
    """The actors a noun phrase names; coordinated countries ("US and Chinese officials") give several. A
    preposition the parser made the head ("sent doctors [to] Haiti") stands for its object. Worked out once per
    head and article; each call gets its own copies."""
    key = (head.doc, head.i)
    if key not in context.phrases:
        context.phrases[key] = _phrase_actors(head, context)
    return [Actor(**vars(actor)) for actor in context.phrases[key]]


def _phrase_actors(head: Token, context: Context) -> list[Actor]:
    if head.pos_ == "ADP":
        return [a for g in head.children if g.dep_ == "pobj" for a in phrase_actors(g, context)]
    actors = []
    for conjunct in [head, *head.conjuncts, *_split_conjuncts(head), *_appositive_conjuncts(head)]:
        actors.extend(_sides_hung_inside(conjunct, context) or _whole_of_named_part(conjunct, context)
                      or span_actors(phrase_span(conjunct), context))
    actors = [a for a in _government_and_its_foes(actors) if a.code or a.country]
    return [] if actors and _within_longer_name(head, context) else actors


def _whole_of_named_part(head: Token, context: Context) -> list[Actor]:
    """A named part of a place is where the place it is "of" is: "the upmarket Miraflores district of Lima" is in
    Peru, though Miraflores is also Venezuela's presidential palace."""
    if head.lemma_.lower() not in closed_class("place") or not any(
            c.dep_ in MODIFIER_DEPS and c.is_title and c.i < head.i for c in head.children):
        return []
    return [a for g in objects_after(head, ("of",)) for a in phrase_actors(g, context)]


def _government_and_its_foes(actors: list[Actor]) -> list[Actor]:
    """Rebels or an opposition named beside one state's government, with no country of their own, are that state's:
    "Nepal's government and Maoist rebels declared a ceasefire", "urged the Sudanese government and southern rebels
    to observe a ceasefire". Beside an army they need not be ("Israeli troops and militants clashed")."""
    countries = {a.country for a in actors if a.sector == GOVERNMENT and a.country}
    if len(countries) != 1:
        return actors
    country = countries.pop()
    return [replace(a, country=country, code=country + a.sector) if not a.country and a.code is None
            and a.sector in DOMESTIC_FOES else a for a in actors]


def _within_longer_name(word: Token, context: Context) -> bool:
    """A modifier that is only a part of a longer name the resolver knows in its noun's phrase names no one of its
    own: "Indian" in "the Indian Ocean", "American" in "the Pan-American Highway", "Jordan" in "the Jordan Valley".
    The whole name tells who, if anyone."""
    if word.dep_ not in MODIFIER_DEPS:
        return False
    own, whole = phrase_span(word), phrase_span(word.head)
    start, end = own.start_char - whole.start_char, own.end_char - whole.start_char
    return any(m.start <= start and end <= m.end and (m.start, m.end) != (start, end)
               for m in context.resolver.matches(whole.text))


def _appositive_conjuncts(head: Token) -> list[Token]:
    """People joined by "and" to a name the parser made the appositive of its own title ("U.S. President Barack
    Obama and Russian President Dmitry Medvedev signed": "President" the subject, "Obama" its appositive, and
    "Medvedev" a conjunct of "Obama"): other people, not part of the first one's name."""
    return [c for a in head.children if _is_appositive_name(a) for c in a.conjuncts]


def _is_appositive_name(token: Token) -> bool:
    return token.dep_ == "appos" and token.pos_ == "PROPN"


def _appositive_conjunct_tokens(child: Token) -> set[Token]:
    """The words of :func:`_appositive_conjuncts` hung on ``child``, with the "and" and commas between them."""
    if not _is_appositive_name(child) or not child.conjuncts:
        return set()
    return {t for c in child.children if c.dep_ in ("conj", "cc") or c.dep_ == "punct" and c.i > child.i
            for t in c.subtree}


def _split_conjuncts(head: Token) -> list[Token]:
    """Subjects joined by "and" that the parser gave the verb one by one, leaving the "and" on the first and no
    conjunct ("Russian Foreign Minister Sergei Lavrov and US Secretary of State Antony Blinken met"): the later
    subjects of the same verb right after it."""
    children = list(head.children)
    if head.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "conj" for c in children) or not any(
            c.dep_ == "cc" and c.lower_ in ("and", "&") for c in children):
        return []
    return [s for s in head.head.children if s.dep_ == head.dep_ and s.i > head.i and s.left_edge.i <= head.right_edge.i + 1]


def _sides_hung_inside(head: Token, context: Context) -> list[Actor]:
    """Two sides joined by "and" that the parser hung inside the second one's name ("Iranian President Hassan
    Rouhani and Qatari Emir Sheikh Tamim bin Hamad al-Thani": "Rouhani" a modifier of "Thani" with "Qatari" its
    conjunct; "Mozambique's government and RENAMO rebels"): the actors of each side, when the first side is a phrase
    of its own (not "US" in "US and Chinese defence officials") and the two are different actors; none otherwise, for
    a title of the same person ("Deputy Prime Minister and Foreign Minister Sergei Lavrov"), and none when a
    determiner before the first side opens one phrase that the first side's words describe ("the Venezuelan government
    and opposition leaders" are Venezuela's)."""
    joint = next((word for left in head.lefts for word in left.subtree if word.i < head.i
                  and word.dep_ in (*MODIFIER_DEPS, "poss") and word.left_edge.i < word.i
                  and _and_after(word) is not None
                  and any(c.dep_ == "conj" and c.i < head.i for c in word.rights)), None)
    if joint is None or any(c.dep_ == "det" and c.i < joint.i for c in head.children):
        return []
    span = phrase_span(head)
    and_word = _and_after(joint)
    if and_word is None or not span.start <= joint.left_edge.i < and_word.i < span.end:
        return []
    first = [a for a in span_actors(span.doc[span.start: joint.i + 1], context) if a.code or a.country]
    second = [a for a in span_actors(span.doc[and_word.i + 1: span.end], context) if a.code or a.country]
    codes = [{a.code for a in side} for side in (first, second)]
    return first + second if first and second and not codes[0] & codes[1] else []


def _and_after(word: Token) -> Token | None:
    return next((c for c in word.rights if c.dep_ == "cc" and c.lower_ in ("and", "&")), None)


def span_actors(span: SpacySpan, context: Context) -> list[Actor]:
    name, role = _known_person(span, context)
    places = _places_in_names(span, context)
    words = span.text if not places else "".join(t.text_with_ws for t in span if t not in places)
    text = words if role is None else f"{role} {words}"
    actor = context.resolver.resolve(text, name=name, on=context.published, people=context.namesakes)
    actor.text, actor.start, actor.end = span.text, span.start_char, span.end_char
    actor = with_known_country(actor, name, context, span)
    sides = _coordinated_sides(span.text, context)
    if len(sides) < 2:
        return [actor]
    return [Actor(text=span.text, start=span.start_char, end=span.end_char, name=actor.name,
                  code=side.country + (actor.sector or "") if side.country else side.code,
                  country=side.country, sector=actor.sector if side.country else side.sector)
            for side in sides]


def _places_in_names(span: SpacySpan, context: Context) -> list[Token]:
    """Cities named before an attack ("the Paris terror attacks", "the Orlando shooting"): where it happened,
    not who did it, though a capital can stand for its government ("Paris said"). CAMEO codes the attackers,
    whom such a phrase leaves out. A possessor ("Beijing's crackdown") or a country ("US strikes") still names
    the doer. A city that names a document is where it was made, not a party to it ("the Lusaka Protocol")."""
    return [t for t in span if (t.dep_ in ("compound", "nmod") or t.dep_ == "amod" and t.is_title)
            and (t.ent_type_ in ("GPE", "LOC") and _is_attack(t.head)
                 or t.head.lemma_.lower() in closed_class("document"))
            and all(m.term.kind in CITY_KINDS for m in context.resolver.matches(t.text))]


def _is_attack(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and names_act_of(noun, ASSAULTS)


def _known_person(span: SpacySpan, context: Context) -> tuple[str | None, str | None]:
    """A person the article named before, by full name or surname (the tagger may miss a bare "Liu"),
    or by a pronoun or a description of them ("he", "the foreign minister": :mod:`.doers`). A person the phrase's
    head is "of" or belongs to is not who it names ("Hundreds of supporters of President Donald Trump")."""
    names = [t.text for t in span if t.ent_type_ == "PERSON" and not _owns_the_head(t, span.root)]
    head = span.root.text if span.root.pos_ == "PROPN" else ""
    for key in (" ".join(names), names[-1] if names else "", head):
        if key in context.people:
            return context.people[key]
    person = context.doers.person(span.root) if context.doers is not None else None
    return (person.name, person.role) if person is not None else (None, None)


def _owns_the_head(word: Token, head: Token) -> bool:
    """Whether ``word`` is in an "of" or possessive phrase of ``head`` ("supporters of Trump"); one "like" it is
    an instance of it ("many Republicans, like Mr. Ryan")."""
    while word != head and word.head != word:
        if (word.dep_ == "poss" or word.dep_ == "prep" and word.lower_ == "of") and word.head == head:
            return True
        word = word.head
    return False


def _coordinated_sides(text: str, context: Context) -> list[Term]:
    """Countries, or organisations of no country, joined by "and", commas or a hyphen in one phrase ("China-US
    relations", "British and EU negotiators"); "Israel's ally in Lebanon" is one actor."""
    matches = [m for m in context.resolver.actor_matches(text, context.namesakes, context.published)
               if m.term.kind != "person" and (m.term.country or m.term.code)]
    sides = [matches[0].term] if matches else []
    for previous, match in zip(matches, matches[1:]):
        if not COORDINATION.match(text[previous.end: match.start]):
            break
        sides.append(match.term)
    return list({(term.country, None if term.country else term.code): term for term in sides}.values())


def confidence(act: Act, sources: list[Actor], targets: list[Actor], quote: Quote | None = None) -> float:
    """How much to trust a coded event, from what supports it; thresholding trades recall for precision.

    A reported act with no target named (none, or the doer's own country by convention, an empty mention) is
    most often one whose target the coder missed; a domestic target (null code) is a convention, weaker than a
    resolved one. A sentence's act is
    surer the more specific its pattern, and a bare statement there is weak; a quote is a statement
    whatever its words, and is as sure as its attribution (:func:`_attribution_doubt`).
    """
    score = 0.4 if quote is not None else 0.45 + 0.1 * act.specificity
    score += 0.2 if any(s.code for s in sources) else -0.25
    score += 0.05 if any(t.code for t in targets) else 0.0
    score -= 0.1 if not any(t.text for t in targets) and quote is None else 0.0
    score -= 0.1 if act.kind in ("maybe", "negate") else 0.0
    score -= 0.15 if quote is None and act.code and act.code.startswith("01") else 0.0
    score -= 0.25 if is_embedded(act) else 0.0
    score -= _attribution_doubt(quote, act.trigger.doc) if quote is not None else 0.0
    return round(min(max(score, 0.05), 0.99), 3)


def _attribution_doubt(quote: Quote, doc: Doc) -> float:
    """How much less sure a quote's speaker is: a quote whose cue is in none of its sentences was attributed
    by carrying a speaker over ("'They told me we had no chance.'" after "Rubio said"), a speaker named by a
    pronoun was resolved from elsewhere, a part of a group ("many Republicans", "some Americans") is no one
    who spoke, and a quoted fragment (a noun phrase) is a word picked from a statement, not the statement."""
    content = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand") if quote.cue else None
    if content is None:
        return 0.0
    doubt = 0.0 if cue is not None and cue.sent.start <= content[-1].i and content[0].i < cue.sent.end else 0.3
    doubt += 0.05 if quote.speaker and quote.speaker.text.lower() in closed_class("pronoun") else 0.0
    doubt += 0.25 if quote.speaker and quote.speaker.text.split()[0].lower() in closed_class("quantifier") else 0.0
    doubt += 0.1 if content.root.pos_ in ("NOUN", "PROPN") else 0.0
    return doubt


def event_date(sentence: SpacySpan, act_words: list[Token], context: Context) -> DayPhrase | None:
    """The day phrase of the clause that reports the act (its own words or the reporting verb's)."""
    key = (sentence.doc, sentence.start, sentence.end)
    if key not in context.days:
        context.days[key] = tuple(day_phrases(sentence.text, parse_published(context.published), sentence.start_char))
    phrases = context.days[key]
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


def events_for(act: Act, sources: list[Actor], targets: list[Actor], span: tuple[int, int],
                when: DayPhrase | None, quote: Quote | None) -> Iterator[Event]:
    """One event per source and target, and the other way round for an act two sides do together
    ("Christopher telephoned Kozyrev", "rebels fought government troops"), but for a domestic target, which is
    a convention and does nothing; coordinated sources with no other target act on each
    other, also when the object names one of their own ("Hungarian and Romanian officials
    agreed to help Romanian refugees" is an agreement between Hungary and Romania) unless they strike at a third
    party together (:func:`_a_common_enemy`), and sides of two countries that
    act together do so on each other whatever their object ("Putin and Bennett discussed the situation in Syria"),
    but for a one-sided act (:func:`is_one_sided`): "endorsed by the New York Times and the Boston Globe" is no
    endorsement of one paper by the other.
    """
    pairs: list[tuple[Actor, Actor | None]]
    source_countries = {s.country for s in sources}
    if len(sources) > 1 and ({t.country for t in targets} <= source_countries
                             and not _a_common_enemy(act, sources, targets)
                             or is_mutual(act) and len({s.country or s.code for s in sources} - {None}) > 1):
        targets = []
    if targets:
        pairs = [(s, t) for s in sources for t in targets]
        if is_mutual(act):
            pairs += [(t, s) for s, t in pairs if t.code or t.sector]
    elif len(sources) > 1 and not is_one_sided(act):
        pairs = [(s, t) for s in sources for t in sources if s is not t]
    else:
        pairs = [(s, None) for s in sources]
    entry = lookup(act.code)
    plover = act_plover(act)
    score = confidence(act, sources, targets, quote)
    for source, target in pairs:
        yield Event(
            id="", start=span[0], end=span[1], source=source, target=target,
            cameo=entry.code, plover=plover, goldstein=entry.goldstein, quad_class=entry.quad_class,
            date=when.day.isoformat() if when and when.day else None,
            date_text=when.text if when else None, quote_id=quote.id if quote else None, confidence=score,
        )


def _a_common_enemy(act: Act, sources: list[Actor], targets: list[Actor]) -> bool:
    """Whether sides of several countries strike at someone else together: "Russian and Syrian jets bombed Syrian
    rebels" is no attack of one on the other but both on the rebels, who are none of the sides."""
    codes = {s.code for s in sources}
    return (_allies_in_conflict(act, sources) and bool(targets)
            and all(t.code and t.code not in codes for t in targets))


def _allies_in_conflict(act: Act, sources: list[Actor]) -> bool:
    """Whether sides of two or more countries do a material-conflict act (quad class 4) together."""
    return lookup(act.code).quad_class == MATERIAL_CONFLICT and len({s.country for s in sources if s.country}) > 1


def doer_code(act: Act, sources: list[Actor]) -> str:
    """Acts whose CAMEO code depends on who does them. A show of force by several countries
    together is military cooperation (062); PLOVER 0.8 MOBILIZE: "Joint military operations are
    coded as COOPERATE but single-country exercises should be coded as MOBILIZE". Civilians who
    occupy or blockade a building or square obstruct it in protest (144), CAMEO 192 "Occupy territory"
    and 191 "Impose blockade" being an armed force's acts, and civilians who fight or burn property riot
    (145 "Protest violently, riot"; 1712 "Destroy property"). A government's protest is an official complaint
    (114), but a legislator or police force that blocks something obstructs it (144) and complains of nothing, while a
    state or its army that blocks a road or a crossing imposes a blockade (191: "Azerbaijan blocked the Lachin
    corridor");
    PLOVER 0.8 PROTEST: "All civilian demonstrations and other collective actions", ACCUSE: "Written and
    institutionalized protests"."""
    code = act.code
    if code == LABOUR_STRIKE and _is_national_strike(act.trigger):
        return MILITARY_FORCE
    if lookup(code).root == MOBILIZE_ROOT and len({s.country for s in sources if s.country}) > 1:
        return JOINT_MILITARY
    civilians = _are_civilians(act, sources)
    if code in OBSTRUCTED and civilians:
        return OBSTRUCT
    doc = act.trigger.doc
    if code == OBSTRUCT and _blocks_a_route(act) and sources and all(
            s.sector in ARMED_STATE_SECTORS or _names_a_state(s, doc) for s in sources):
        return BLOCKADE
    if code in FOUGHT and civilians:
        return RIOT
    if code.startswith(SPOKEN_PROTEST) and sources and all(s.sector in STATE_SECTORS or _names_a_state(s, doc)
                                                           for s in sources):
        return COMPLAINT
    return code


def fought_alongside(act: Act, sources: list[Actor], targets: list[Actor]) -> str | None:
    """Sides of several countries that fight side by side with no one else named as the foe (data/words.tsv
    "alongside": "battled side by side to contain forest fires", "fought together") fight with each other, not on
    each other: material cooperation (060), military if armed (062 "Cooperate militarily")."""
    together = any(c.dep_ in ("advmod", "npadvmod") and c.lemma_.lower() in closed_class("alongside")
                   for c in act.trigger.children)
    if not together or not _allies_in_conflict(act, sources) or _a_common_enemy(act, sources, targets):
        return None
    return JOINT_MILITARY if any(s.sector in ARMED_SECTORS for s in sources) else MATERIAL_COOPERATION


def _blocks_a_route(act: Act) -> bool:
    """Whether what an act blocks is a way through (data/words.tsv "route"): a road, a corridor, a crossing."""
    return any(o.lemma_.lower() in closed_class("route") for o in direct_objects(act.trigger))


def _is_national_strike(noun: Token) -> bool:
    """A strike named by a country's adjective alone is an attack, not a walkout: "killed in an Israeli strike on his
    residence", unlike "a French rail strike" or "the nationwide strike" (data/words.tsv "ambiguous_strike")."""
    modifiers = [c for c in noun.children if c.dep_ in MODIFIER_DEPS]
    return (noun.pos_ == "NOUN" and noun.lemma_.lower() in closed_class("ambiguous_strike")
            and any(m.ent_type_ in ("NORP", "GPE") for m in modifiers)
            and not any(m.pos_ == "NOUN" for m in modifiers))


def lone_exercise(act: Act, sources: list[Actor], targets: list[Actor]) -> str | None:
    """Joint drills (062 "Cooperate militarily") of one country's forces with no partner named are a show of force:
    PLOVER 0.8 MOBILIZE, "single-country exercises should be coded as MOBILIZE" (150 "Demonstrate military or
    police power"), also when aimed at someone named not "with" them ("launched joint drills around Taiwan")."""
    countries = {s.country for s in sources}
    if act.code != JOINT_MILITARY or len(countries) != 1:
        return None
    aimed = any(c.dep_ == "prep" and c.lower_ in closed_class("facing") for c in act.trigger.children)
    return MILITARY_SHOW if aimed or all(t.country in countries | {None} for t in targets) else None


def _are_civilians(act: Act, sources: list[Actor]) -> bool:
    """Whether every doer is of a civilian sector, or of none the resolver knows and named by a word for
    civilians (:func:`_names_civilians`: "protesters", "rioters", "thousands of protesters", "Uighur youths")."""
    named = _names_civilians(act.own_subject)
    return bool(sources) and all(s.sector in CIVILIAN_SECTORS or (s.sector is None and named) for s in sources)


def _names_civilians(subject: Token | None) -> bool:
    """Whether a doer is named by a word for civilians ("protesters", "thousands of rioting youths")."""
    heads = [subject, *counted_of(subject)] if subject is not None else []
    return any(h.lemma_.lower() in closed_class("civilian") for h in heads)


def is_campaign_gathering(act: Act, sources: list[Actor]) -> bool:
    """A rally or march held by one person that states no grievance is a campaign event, not CAMEO 141
    "Demonstrate or rally" (political dissent): "Sanders will cap the night with a rally", "Clinton held a rally
    in Ohio"; "Trump held a rally against the trade deal", "thousands rallied" are still demonstrations."""
    if not act.base_code.startswith(DEMONSTRATE) or act.trigger.lemma_.lower() not in closed_class("gathering"):
        return False
    if any(w.lemma_.lower() in closed_class("grievance") for w in act.trigger.subtree):
        return False
    return len(sources) == 1 and _names_a_person(sources[0], act.trigger.doc)


def is_game_result(act: Act) -> bool:
    """A win over a rival told with its score (data/words.tsv "victory": "Alabama beat undefeated Clemson 45-40")
    is a game, not 18 "Assault" nor 19 "Fight"."""
    return (act.trigger.lemma_.lower() in closed_class("victory")
            and SCORE.search(act.trigger.sent[act.trigger.i - act.trigger.sent.start:].text) is not None)


def _names_a_person(actor: Actor, doc: Doc) -> bool:
    """A known person, or a mention the tagger takes for a person's name or that is "he" or "she"."""
    mention = _mention(actor, doc)
    return bool(actor.name) or (mention is not None and (
        mention.root.ent_type_ == "PERSON" or mention.root.lower_ in closed_class("person_pronoun")))


def _names_a_state(actor: Actor, doc: Doc) -> bool:
    """A country named by its name ("a protest from China"), which stands for its state; its people are named by a
    demonym ("Chinese protested")."""
    mention = _mention(actor, doc)
    return bool(actor.country) and actor.sector is None and mention is not None and mention.root.ent_type_ == "GPE"


def _mention(actor: Actor, doc: Doc) -> SpacySpan | None:
    """The words that name an actor, if the text names it."""
    return doc.char_span(actor.start, actor.end, alignment_mode="expand") if actor.end > actor.start else None


def _is_assailant(actor: Actor, doc: Doc) -> bool:
    """One person named by what they did ("a gunman", "the shooter"); "gunmen" may be a band of fighters."""
    mention = _mention(actor, doc)
    return (mention is not None and mention.root.tag_ == "NN"
            and mention.root.lemma_.lower() in closed_class("assailant"))


def killing_by_person(act: Act, sources: list[Actor]) -> str | None:
    """A killing by one person who is neither an official nor a fighter is no military force but 1823 "Kill by
    physical assault" (CAMEO 18 "Use unconventional violence": "non-military violence... by non-military
    actors"): "Hasan killed 13 people at Fort Hood", while "Israeli troops killed three Palestinians" stays 190
    "Use conventional military force". A politician's "attack" or "offensive" is no killing, and stays as
    coded."""
    if not _plain_force_by(act, sources, "killing"):
        return None
    doc = act.trigger.doc
    individual = all((s.sector is None or s.sector in CIVILIAN_SECTORS)
                     and (_names_a_person(s, doc) or _is_assailant(s, doc)) for s in sources)
    return KILL_BY_ASSAULT if individual else None


def figurative_attack(act: Act, sources: list[Actor], targets: list[Actor]) -> str | None:
    """An attack or offensive between politicians, campaigns or parties is a war of words: "Cruz went on the
    offensive against Trump" is 111 "Criticize or denounce", CAMEO 19 "Fight" being armed force, which "rebel
    forces launched an offensive" and "Russia attacked Ukraine" still use. The press attacks in words only ("the
    Daily News attacked the NRA"). An official's offensive against no one
    named may be a military one, and stays as coded."""
    if not _plain_force_by(act, sources, "offensive"):
        return None
    if all(s.sector == MEDIA for s in sources):
        return CRITICISM
    doc = act.trigger.doc
    named = [t for t in targets if t.text]
    if not all(_is_political(a, doc) for a in sources + named):
        return None
    return None if not named and any(s.sector in OFFICIAL_SECTORS for s in sources) else CRITICISM


def _plain_force_by(act: Act, sources: list[Actor], words: str) -> bool:
    """Whether an act with doers is plain 190 "Use conventional military force", named by a word of
    class `words`: the acts that a closer reading of who does them may recode."""
    return (bool(sources) and act.code == act.base_code == MILITARY_FORCE
            and act.trigger.lemma_.lower() in closed_class(words))


def _is_political(actor: Actor, doc: Doc) -> bool:
    """A politician, a campaign or a party, not an armed force nor a group the resolver knows of no country ("the
    Islamic State")."""
    mention = _mention(actor, doc)
    if actor.sector in ARMED_SECTORS or mention is None:
        return False
    word = mention.root
    return (actor.sector == "PTY" or bool(actor.name and actor.country) or word.ent_type_ == "PERSON"
            or {word.lower_, word.lemma_.lower()} & closed_class("political_camp")
            or word.lower_ in closed_class("person_pronoun"))


def arrival_code(act: Act, lex: Lexicon) -> str | None:
    """Armed units that arrive somewhere are deployed, not visiting: "US troops arrived in Poland" is 154
    "Mobilize or increase armed forces" (042 "Make a visit" is a visit by officials), "a patch of
    Bangladeshi peacekeeping troops arrived in Sierra Leone" 074 "Provide military protection or
    peacekeeping". Other people or things that arrive were sent, and their arrival is what sending them is
    (data/verbs.tsv "send"): "a team of Cuban doctors arrived in Port-au-Prince" is 073 "Provide humanitarian
    aid", "the first battle tanks from Germany arrived in Ukraine" 072 "Provide military aid". What a plane or
    convoy that arrives carries is its act (:func:`cargo_code`)."""
    subject = act.own_subject
    if (subject is None or act.code != act.base_code or not act.base_code.startswith(VISIT)
            or subject.lemma_.lower() in closed_class("carrier")):
        return None
    units = [subject, *(g for prep in subject.children if prep.lower_ == "of" for g in prep.children)]
    if any(u.lemma_.lower() in closed_class("deployed") for u in units):
        code = MOBILIZE_FORCES
    else:
        words = [w for u in units for w in with_compounds(u)]
        code = next(filter(None, (lex.object_code("send", "", w.lemma_.lower()) for w in words)), None)
    return deployment_code(act.trigger, code) if code else None


def refined_code(act: Act, sources: list[Actor], lex: Lexicon) -> str:
    """The code an act's doer and words make finer: units or aid that arrive, the means of an attack, a killing by
    one person, an expulsion of thousands, the kind of doer."""
    return (arrival_code(act, lex) or cargo_code(act, lex) or means_code(act, lex) or killing_by_person(act, sources)
            or expulsion_code(act, lex) or doer_code(act, sources))


ASKING_ROOTS = ("02", "10")
"""CAMEO roots of appeals and demands."""


def rally_for_demand(act: Act, lex: Lexicon) -> None:
    """What a crowd gathers to ask for is a demonstration for it (transforms.tsv "rally": CAMEO 1411 "Demonstrate for
    leadership change" for "thousands of Kenyans gathered in Nairobi to call for the resignation of President Moi"),
    done by the crowd, where and when it gathers; leaders who gather to call for a ceasefire still appeal for one."""
    asker = act.kind_word if act.kind in ASKING else act.trigger
    if act.code is None or not act.code.startswith(ASKING_ROOTS) or asker is None or not is_infinitive(asker):
        return
    gathering = asker.head
    if asker.dep_ not in PURPOSES or gathering.lemma_.lower() not in closed_class("assembly"):
        return
    subjects = [c for c in gathering.children if c.dep_ == "nsubj"]
    crowd = [w for c in subjects for w in (c, *counted_of(c))]
    if not any(w.lemma_.lower() in closed_class("count") | closed_class("civilian") for w in crowd):
        return
    act.code = lex.transform("rally", act.code)
    act.governors.append(gathering)
    act.own_subject = subjects[0]


def cargo_code(act: Act, lex: Lexicon) -> str | None:
    """A plane, ship or convoy that arrives carrying aid delivers it: "a French military transport plane carrying 20
    tonnes of medicine landed in Port-au-Prince" is 073 "Provide humanitarian aid", what sending the cargo is
    (data/verbs.tsv "send"), not a visit."""
    subject = act.own_subject
    if subject is None or not act.base_code.startswith(VISIT) or subject.lemma_.lower() not in closed_class("carrier"):
        return None
    cargo = [o for clause in subject.children if clause.dep_ == "acl" and clause.lemma_.lower() == "carry"
             for obj in clause.children if obj.dep_ == "dobj" for o in (obj, *counted_of(obj), *obj.conjuncts)]
    return next(filter(None, (lex.object_code("send", "", o.lemma_.lower()) for o in cargo)), None)


def expulsion_code(act: Act, lex: Lexicon) -> str | None:
    """An expulsion of thousands is 201 "Engage in mass expulsion", not 174 "Expel or deport individuals": "expelled
    tens of thousands of black Mauritanians", "ordered more than a million illegal immigrants to leave"; a deportation
    under the law stays 174 however many it removes ("deported more than 10,000 illegal workers"). Inspectors,
    peacekeepers or aid agencies told to leave are expelled as "expel" names them (data/verbs.tsv): "ordered U.N.
    nuclear inspectors to leave" is 1662 "Expel or withdraw inspectors, observers"."""
    if act.code != EXPULSION or act.trigger.lemma_.lower() in closed_class("deportation"):
        return None
    objects = [c for c in act.trigger.children if c.dep_ == "dobj"]
    counts = [w for o in objects for w in (o, *(c for c in o.children if c.dep_ == "nummod"))]
    if any(map(_counts_thousands, counts)):
        return MASS_EXPULSION
    expelled = [lex.object_code(EXPEL, "", w.lemma_.lower()) for o in objects for w in _expelled_words(o)]
    return next((code for code in expelled if code and code.startswith(EXPELLED_ROOT)), None)


def expelled_body(act: Act, targets: list[Actor]) -> str | None:
    """An international body or an aid group that is expelled, or ordered to leave, close or halt its work (words.tsv
    "leaving"), is expelled as CAMEO files such bodies: "Burundi ordered the United Nations to shut its human rights
    office" is 1662 "Expel or withdraw inspectors, observers", "Ethiopia ordered the Red Cross to leave" 1663 "Expel or
    withdraw aid agencies". The ones the words already name (peacekeepers, 1661) keep their code
    (:func:`expulsion_code`), and so does one person of such a body ("expelled a Human Rights Watch researcher",
    174)."""
    order = act.kind_word if act.kind == DEMAND_KIND and act.kind_word is not None else act.trigger
    told = [c for c in order.children if c.dep_ in ("xcomp", "ccomp") and is_infinitive(c)]
    ordered = act.code == DEMAND and order.lemma_.lower() in closed_class("command") and any(
        w.lemma_.lower() in closed_class("leaving") for c in told for w in (c, *c.conjuncts))
    if not targets or not (ordered or act.code == EXPULSION):
        return None
    if any(o.tag_ == "NN" and o.lower_ in role_words() for o in order.children if o.dep_ == "dobj"):
        return None
    kinds = {EXPELLED_BODIES.get((t.code or "")[:3]) for t in targets}
    return kinds.pop() if len(kinds) == 1 and None not in kinds else None


def _expelled_words(noun: Token) -> list[Token]:
    """The words that say who is expelled: the noun, what it counts, and the body it is a member of with that body's
    compounds ("American members of the U.N. weapons inspection team")."""
    return [noun, *counted_of(noun), *(w for body in of_objects(noun) for w in with_compounds(body))]


def _counts_thousands(word: Token) -> bool:
    """A count of thousands or more: "thousands", "a million", "50,000"."""
    if word.lemma_.lower() in closed_class("mass_count"):
        return True
    digits = word.text.replace(",", "")
    return digits.isdigit() and int(digits) >= MASS_SIZE


def means_code(act: Act, lex: Lexicon) -> str | None:
    """An attack "not specified below" done with means its subject names takes their finer code
    (data/means.tsv): "Israeli warplanes bombed targets" is 195 "Employ aerial weapons", "a roadside
    bomb killed five soldiers" 1833 "Carry out roadside bombing"."""
    subject = act.own_subject
    if subject is None or act.code != act.base_code or act.code not in GENERAL_ATTACKS:
        return None
    modifiers = [c.lemma_.lower() for c in subject.children if c.dep_ in ("compound", "amod")]
    return lex.means_code(subject.lemma_.lower(), modifiers)


def is_mutual(act: Act) -> bool:
    """An act two sides do together, by its word or its object ("met", "held talks", "held a round of talks",
    "clashed"), as done: refusing or demanding a meeting ("refused to meet Jordan's king") is one side's act, and so is
    what one side says (:func:`is_one_sided`): "talked to reporters" is a statement to them, no talks."""
    mutual = closed_class("mutual")
    if act.kind is not None or is_one_sided(act):
        return False
    objects = [o for c in act.trigger.children if c.dep_ == "dobj" for o in (c, *counted_of(c))]
    return act.trigger.lemma_.lower() in mutual or any(o.lemma_.lower() in mutual for o in objects)


def is_one_sided(act: Act) -> bool:
    """A statement, an appeal, praise or an endorsement, a demand, criticism, a rejection, a threat, a
    protest or a cut in relations (CAMEO 01, 02, 051, 10-14, 16) is made about or to someone else, never by two sides
    to each other for being named together ("South Korea suspended exchanges with North Korea"); so is mediation
    (045), by the mediator between the sides ("Egypt mediated talks between Israel and Hamas"); an agreement the
    sides failed to reach is still between them."""
    code = act.base_code
    return code[:2] in ONE_SIDED_ROOTS or code.startswith((PRAISE, MEDIATION))


def act_plover(act: Act) -> str | None:
    """The PLOVER category of a coded act, by its code and the words of the act and its object."""
    words = [act.trigger.lemma_.lower(), *(c.lemma_.lower() for c in act.trigger.children if c.dep_ == "dobj")]
    return plover_category(act.code, words)


CITY_KINDS = frozenset({"metonym", "place"})
"""Kinds of actor knowledge that name a city (a capital standing for its government, or a town)."""
HOME_PLACES = frozenset({"place", "country"})
"""Kinds of places whose name stands for no one: a town, a region, a country (not a capital, a seat of power)."""
DOMESTIC_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
MOBILIZE_ROOT, JOINT_MILITARY, MILITARY_SHOW = "15", "062", "150"
MATERIAL_CONFLICT, MATERIAL_COOPERATION = 4, "060"
GENERAL_ATTACKS = frozenset({"180", "183", "190"})
MILITARY_FORCE, KILL_BY_ASSAULT = "190", "1823"
MASS_EXPULSION, MASS_SIZE = "201", 1000
EXPEL, EXPELLED_ROOT = "expel", "166"
"""The verb whose patterns name who is expelled, and the root of expulsions of organisations' people (1661-1663)."""
EXPELLED_BODIES, DEMAND, DEMAND_KIND = {"IGO": "1662", "NGO": "1663"}, "100", "demand"
"""The codes of expelling an international body and an aid group (:func:`expelled_body`), of a bare demand, and the
kind of an act that is only demanded."""
OBSTRUCTED, OBSTRUCT, BLOCKADE = frozenset({"191", "192"}), "144", "191"
ARMED_STATE_SECTORS = frozenset({"GOV", "MIL"})
PESSIMISM, THREAT = "012", "130"
"""A warning of what will happen, and the threat it is when the warner's own state is to act."""
FOUGHT, RIOT = frozenset({"190", "193", "1712"}), "145"
LABOUR_STRIKE = "143"
DEMONSTRATE = "141"
CIVILIAN_SECTORS = frozenset({"CVL", "EDU", "LAB", "OPP", "REF", "AGR", "MED", "BUS"})
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "COP", "SPY"})
STATE_ACTS = "17"
"""Coercion (arrests, bans, curfews) is done by a state's authorities, protest by the people of a place."""
EXTRA_VENUES = {STATE_ACTS: "imposed_on", PROTEST_ROOT: "protest_into"}
"""Word classes of prepositions that name where acts of a root happen besides "in" and "at" (data/words.tsv)."""
SPOKEN_PROTEST = ("140", "141")
"""Dissent and demonstrations; by a state, an official complaint. Obstruction, strikes and riots are not."""
OFFICIAL_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD"})
CONSULT = "04"
ONE_SIDED_ROOTS, PRAISE, MEDIATION = frozenset({"01", "02", "10", "11", "12", "13", "14", "16"}), "051", "045"
STATE_SECTORS, COMPLAINT = OFFICIAL_SECTORS | {"LEG"}, "114"
HOME_SECTORS = frozenset({"OPP", "PTY", "REB", "UAF", "COP", "JUD"})
"""Groups that act in their own country: an opposition, a party, rebels, gunmen, police, courts."""
DOMESTIC_FOES, GOVERNMENT = frozenset({"OPP", "PTY", "REB"}), "GOV"
"""Sides a government faces at home: an opposition, parties, rebels."""
NONSTATE_ARMED, CIVIL_OFFICE = frozenset({"UAF", "REB"}), frozenset({"GOV", "JUD", "LEG", "PTY", "OPP"})
"""Gunmen and rebels, and the civil offices and politicians of a state they strike at home
(:func:`_strikes_at_home`)."""
DOMESTIC_GROUPS = frozenset({"OPP", "PTY", "LEG", "LAB", "EDU", "COP", "JUD"})
"""Groups with no arms that deal only with their own state: an opposition, a party, lawmakers, unions, students,
police, courts."""
MATERIAL_QUADS = (2, 4)
CONFLICT_QUADS = (3, 4)
"""Verbal and material conflict: acts that are always against someone."""
CONCESSION, INVESTIGATION = "CONCEDE", "09"
"""PLOVER's concessions (a strike called off, a curfew or state of emergency lifted): with no one named, made to
one's own people; a resignation or a withdrawal (RETREAT) is no one's concession."""
REFORM_INTENTS = frozenset({"034", "0342", "0343", "0344"})
"""A reform promised ("would adopt a new constitution", "will allow broadcasting in Kurdish"): with no one named,
made to one's own people, as a concession is; a promise to resign (0341) is made to no one."""


def domestic_target(act: Act, sources: list[Actor], heads: list[Token]) -> list[Actor]:
    """An unresolved object of the act that names people or a place ("released Prime Minister
    Chaudhry", "shelled Juba", "dispersed demonstrators"), as the doer's own country: the
    domestic target CAMEO codes. The mention keeps a null code; only its country is the doer's. ``heads`` are the
    act's :func:`target_heads`, found once for all three ways of finding its target.
    A conflict act that names no object at all ("demonstrators rioted", "police opened fire")
    is domestic too, with an empty mention at the act: a protest is aimed at one's own rulers; and so is
    a concession ("lifted the state of emergency") or a reform promised, made to one's own people, and an inquiry
    into what befell no one named ("Egyptian authorities are looking into the sinking of a ferry").
    """
    countries = {s.country for s in sources}
    if len(countries) != 1 or None in countries:
        return []
    people = closed_class("people")
    for head in heads:
        if _within_sources(head, sources):
            continue
        if _is_worldwide(head) or names_no_target(head, act):
            continue
        if head.ent_type_ in DOMESTIC_ENTITIES or head.lemma_.lower() in people:
            span = phrase_span(head)
            return [Actor(text=span.text, start=span.start_char, end=span.end_char, country=next(iter(countries)))]
    if act.code and (lookup(act.code).quad_class in CONFLICT_QUADS or plover_category(act.code) == CONCESSION
                     or act.code.startswith(INVESTIGATION) or act.code in REFORM_INTENTS):
        return [Actor(text="", start=act.trigger.idx, end=act.trigger.idx, country=next(iter(countries)))]
    return []


def _within_sources(head: Token, sources: list[Actor]) -> bool:
    """A word of the doer's own mention, which is no one the act is done to."""
    return any(s.start <= head.idx < s.end for s in sources)


def _is_worldwide(head: Token) -> bool:
    """People of no one country: "the international community", "world leaders", "global investors"."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in closed_class("worldwide") for c in head.children)


def is_trip_at_home(act: Act, sources: list[Actor], targets: list[Actor], context: Context) -> bool:
    """Travel to a place of one's own country ("the president traveled to New York for fundraisers") is no
    CAMEO 042 "Make a visit", which is a visit to another actor: the place names no one visited. A seat of
    power ("Washington"), an institution or people are visited."""
    if not act.base_code.startswith(VISIT) or not targets:
        return False
    countries = {s.country for s in sources}
    return all(t.country in countries and not t.sector and not t.name and _names_only_places(t.text, context)
               for t in targets)


def _names_only_places(text: str, context: Context) -> bool:
    """A mention whose every known name is a town, a region or a country ("New York")."""
    found = context.resolver.matches(text)
    return bool(found) and all(m.term.kind in HOME_PLACES for m in found)


def is_interview(act: Act, sources: list[Actor], targets: list[Actor]) -> bool:
    """A talk with or a visit to a news outlet is an interview ("Speaking to MSNBC's Morning Joe,
    Trump said", "Sanders visited NBC's Today"), not CAMEO 04 "Consult", which is between the
    political actors themselves; what was said there is coded from the quote."""
    sides = [a for a in (*sources, *targets) if a.sector == MEDIA]
    return act.code is not None and act.code.startswith(CONSULT) and bool(sides)


def is_command_to_own(act: Act, sources: list[Actor], resolve: Resolve) -> bool:
    """An order to one's own forces, or to no one named, is the ordered act done by whoever orders
    it ("Putin ordered troops to withdraw", "the government ordered patrols by police"); an order
    to another country or to people who are not its forces stays a demand."""
    word = act.kind_word
    if act.kind != DEMAND_KIND or word is None or word.lemma_.lower() not in closed_class("command"):
        return False
    if act.base_code == UNSPECIFIED or lookup(act.base_code).quad_class not in MATERIAL_QUADS:
        return False
    countries = {s.country for s in sources if s.country}
    addressees = [c for c in word.children if c.dep_ in ("dobj", "dative") and c != act.trigger]
    for head in addressees:
        if head.lemma_.lower() not in closed_class("forces"):
            return False
        if any(a.country and a.country not in countries for a in resolve(head)):
            return False
    return True


def doer_from_place(act: Act, resolve: Resolve, context: Context) -> list[Actor]:
    """The doer of an arrest, ban or curfew that the text does not tie to a country is the state
    where it happens, or where the ones it is done to are, CAMEO's convention for such acts: "a
    missionary was arrested in Lebanon", "police detained six people in Dhaka". Protesters are of
    the place they protest in ("thousands of workers went on strike in Seoul", "riots broke out in Caracas"), and so
    are groups that act at home whatever they do ("opposition leaders agreed to postpone the rally in Baku").
    The place gives the country; the code stays null, since the text names no institution of that
    country. Who reports a passive act did not do it ("riot police were deployed in Harare, witnesses said")."""
    passive = any(c.dep_ == "auxpass" for c in act.trigger.children)
    doer = None if act.own_subject is not None and passive and is_reporting(act.own_subject.head) else act.own_subject
    protest = bool(act.code and act.code.startswith(PROTEST_ROOT))
    if doer is None and not passive and not (protest and _is_subject_noun(act)):
        return []
    official = bool(act.code and act.code.startswith(STATE_ACTS)) or (passive and _forces_readied(act))
    sector = context.resolver.resolve(phrase_span(doer).text).sector if doer is not None else None
    civilians = sector in CIVILIAN_SECTORS or sector is None and _names_civilians(doer)
    at_home = (sector in HOME_SECTORS and not act.base_code.startswith(VISITS)
               or civilians and lookup(act.base_code).quad_class in CONFLICT_QUADS)
    if not (official or at_home or protest):
        return []
    if official and not at_home and doer is not None and sector not in OFFICIAL_SECTORS:
        return []
    venue = venue_country(act, resolve)
    if venue is None:
        return []
    mention = doer or venue[0]
    return [Actor(text=mention.text, start=mention.idx, end=mention.idx + len(mention), country=venue[1],
                  sector=sector)]


def placed_group(act: Act, resolve: Resolve, sources: list[Actor], context: Context,
                 heads: list[Token]) -> list[Actor]:
    """People of no named country that the act is done to first ("rebels fought government troops in Aleppo",
    "police arrested protesters in Cairo") are of the country the act happens in, as its doer would be
    (:func:`doer_from_place`): the place is where they are, not whom the act is aimed at. The code stays null,
    since the text names no institution of that country. ``heads`` are the act's :func:`target_heads`."""
    for head in heads:
        if _within_sources(head, sources) or names_no_target(head, act):
            continue
        if not (names_people(head) or counts_people(head)) or any(c.dep_ == "poss" for c in head.children):
            return []
        span = phrase_span(head)
        group = context.resolver.resolve(span.text)
        if group.sector is None or resolve(head):
            return []
        venue = venue_country(act, resolve)
        if venue is None:
            return []
        return [Actor(text=span.text, start=span.start_char, end=span.end_char, country=venue[1], sector=group.sector)]
    return []


def reporters_own_state(act: Act, resolve: Resolve, context: Context) -> list[Actor]:
    """A state body the text names bare ("the government would allow broadcasts in Kurdish", "the army withdrew")
    in a clause that someone of one country reports ("Turkey's justice minister said ...") is that country's."""
    subject = act.own_subject
    if subject is None or any(c.dep_ in ("amod", "compound", "poss", "prep") for c in subject.children):
        return []
    span = phrase_span(subject)
    sector = context.resolver.resolve(span.text).sector
    reporter = next((w for w in subject.ancestors if is_reporting(w)), None)
    if sector not in STATE_SECTORS or reporter is None:
        return []
    countries = {a.country for c in reporter.children if c.dep_ in SUBJECTS for a in resolve(c) if a.country}
    if len(countries) != 1:
        return []
    country = countries.pop()
    return [Actor(text=span.text, start=span.start_char, end=span.end_char, code=country + sector, country=country,
                  sector=sector)]


def _is_subject_noun(act: Act) -> bool:
    """An act a noun names as the subject of its clause ("riots broke out in Caracas"): the clause's verb tells
    where it happened."""
    return act.trigger.pos_ == "NOUN" and act.trigger.dep_ in SUBJECTS


def _forces_readied(act: Act) -> bool:
    """A state's own forces put on alert or deployed, the passive naming no one who did it ("police across Lagos
    were placed on maximum alert", "hundreds of riot police were deployed in Harare"): the state where they are
    did it."""
    units = [u for c in act.trigger.children if c.dep_ == "nsubjpass" for u in (c, *counted_of(c))]
    return act.base_code.startswith(FORCE_POSTURE) and any(u.lemma_.lower() in closed_class("forces") for u in units)


def venue_country(act: Act, resolve: Resolve) -> tuple[Token, str] | None:
    """The place an act happens in ("in Lebanon", "in a gunbattle in southern Serbia", "marched to the US embassy
    in Athens", "riots broke out in Caracas") or where the ones it is done to or its doers are ("six people in Dhaka",
    "police across Lagos"), with its country; a state's coercion is also where it is imposed ("a curfew on
    Srinagar"), and a protest where crowds pour into ("poured into the streets of Algiers"). A participle clause
    happens where its main clause does ("set off explosives aboard a train in India's Assam state, killing at least
    30 people"). Where the act was reported is not where it happened ("..., the French foreign ministry said in
    Paris")."""
    chain = [word for word in act.chain if not is_reporting(word)]
    words = [*chain, *(c for word in chain for c in word.children if c.dep_ in ("dobj", "nsubjpass"))]
    if act.own_subject is not None:
        words.append(act.own_subject)
    if _is_subject_noun(act) or act.trigger.dep_ == "advcl":
        words.append(act.trigger.head)
    extra = EXTRA_VENUES.get(act.code[:2])
    venues = closed_class("venue") | (closed_class(extra) if extra else frozenset())
    places = [g for word in words for g in _venue_objects(word, venues)]
    inner = [g for word in words for prep in word.children if prep.dep_ == "prep"
             for p in prep.children if p.dep_ == "pobj" for g in _venue_objects(p, venues)]
    for place in [*_nested_venues(places, venues), *inner]:
        if not (names_place(place) or place.pos_ == "PROPN") or at_edge(place):
            continue
        countries = {a.country for a in resolve(place) if a.country}
        if len(countries) == 1:
            return place, countries.pop()
    return None


def _nested_venues(places: list[Token], venues: frozenset[str], depth: int = 3) -> list[Token]:
    """Places and the places they are in, nearest first, down to ``depth`` levels ("at police near the parliament
    building in Jakarta"); a seat is where its holder is ("outside the headquarters of the ruling party in
    Warsaw"), though the holder is no place."""
    found, level = list(places), places
    for _ in range(depth - 1):
        level = [g for p in level for q in (p, *_holders(p)) for g in _venue_objects(q, venues)]
        found.extend(level)
    return found


def _holders(place: Token) -> Iterator[Token]:
    """Whom a seat (words.tsv "seat") is of: "the headquarters of the ruling party"."""
    if place.lemma_.lower() in closed_class("seat"):
        yield from objects_after(place, ("of",))


def _venue_objects(word: Token, venues: frozenset[str]) -> Iterator[Token]:
    """The places a word's venue prepositions name, also by a bearing from them ("raided a hamlet south of Algiers")."""
    yield from objects_after(word, venues)
    for bearing in word.children:
        if bearing.dep_ in ("advmod", "npadvmod") and bearing.lower_ in closed_class("bearing"):
            yield from objects_after(bearing, ("of",))


def ethnic_homeland(actors: list[Actor], act: Act, resolve: Resolve, others: list[Actor]) -> list[Actor]:
    """CAMEO codes an ethnic group by the country it lives in, which can be where the act happens:
    "ethnic Albanians demonstrated in Serbia" are Serbian actors. Where the text names no place, a state acting on
    the group or acted on by it is the group's own: "Macedonian police clashed with ethnic Albanian gunmen",
    "the Macedonian parliament gave broader rights to ethnic Albanians" are Macedonian."""
    if not any(map(_is_ethnic, actors)):
        return actors
    venue = venue_country(act, resolve)
    states = {o.country for o in others if o.sector in STATE_SECTORS}
    if venue is not None:
        country = venue[1]
    elif len(states) == 1 and None not in states:
        country = states.pop()
    else:
        return actors
    return [replace(a, country=country, code=country + (a.sector or "")) if _is_ethnic(a) else a for a in actors]


def home_side(act: Act, sources: list[Actor], targets: list[Actor], context: Context, resolve: Resolve) -> list[Actor]:
    """Groups that act at home, named with no country ("opposition senators", "striking workers"), are of the country
    whose state they act on: "Opposition senators demanded that Philippine President Joseph Estrada step down" are
    Philippine senators, as a CAMEO coder reads them. The code stays null: the text names no institution. A visit
    is made from elsewhere ("Opposition leaders visited Caracas")."""
    if not sources or any(s.country for s in sources) or act.base_code.startswith(VISITS):
        return sources
    countries = {t.country for t in targets}
    if len(countries) != 1 or None in countries:
        return sources
    sectors = [context.resolver.resolve(s.text).sector for s in sources]
    acts_on_state = any(t.sector in STATE_SECTORS for t in targets)
    if not (acts_on_state and DOMESTIC_GROUPS.issuperset(sectors) or _strikes_at_home(act, sectors, targets, resolve)):
        return sources
    country = countries.pop()
    return [replace(s, country=country, sector=sector) for s, sector in zip(sources, sectors)]


def _strikes_at_home(act: Act, sectors: list[str | None], targets: list[Actor], resolve: Resolve) -> bool:
    """Gunmen or rebels named with no country who attack a state's civil officials, judges, lawmakers or politicians,
    in office or in opposition, where no other country is the venue, are of that state: "Gunmen killed Alejandro Arcos,
    the newly installed mayor of Chilpancingo" are Mexican, as ICEWS places such attackers. Not when they attack
    soldiers or police, whom foreign fighters attack as often ("militants attacked Israeli police")."""
    if not act.base_code.startswith(ASSAULTS) or not sectors or not NONSTATE_ARMED.issuperset(sectors):
        return False
    if not all(t.sector in CIVIL_OFFICE for t in targets):
        return False
    venue = venue_country(act, resolve)
    return venue is None or venue[1] == targets[0].country


def _is_ethnic(actor: Actor) -> bool:
    """"ethnic Albanians", "Up to 100 ethnic Albanians": a word of the "ethnic" class before the group the actor is
    of; not "Serbia's suppression of ethnic Albanian unrest", which is Serbia's."""
    words = actor.text.split()
    return any(w.lower() in word_class("ethnic") and default_resolver().resolve(after).country == actor.country
               for w, after in zip(words, words[1:]))


def _parties(act: Act, resolve: Resolve) -> list[Actor]:
    """The sides of an act two sides do together, named after it: "the talks between Iran and the
    United States", "clashes among rival factions"."""
    if not is_mutual(act):
        return []
    sides = [g for c in act.trigger.children if c.dep_ == "prep" and c.lower_ in closed_class("between")
             for g in c.children if g.dep_ == "pobj"]
    return [a for side in sides for a in resolve(side)]


def _unresolved_doer(act: Act, context: Context) -> list[Actor]:
    """The doer's mention when the resolver does not know it ("Cruz met the board"), with the name of
    the person it denotes when the article says ("the senator" is Bernie Sanders, whose code the
    resolver does not know); none when the
    text names no doer at all ("a journalist was killed", "Just click 'sign up'") or when what it
    names is no one ("the interviews provide a window", "his speech was full of discussion"), nor
    when it is only the noun a relative clause tells of (:func:`_told_of_by_relative`). A number of people is a
    doer too ("tens of thousands of demonstrators")."""
    subject = act.own_subject
    if subject is None or subject == act.trigger or not (names_people(subject) or counts_people(subject)):
        return []
    if _told_of_by_relative(act, subject):
        return []
    span = phrase_span(subject)
    return [Actor(text=span.text, start=span.start_char, end=span.end_char, name=_known_person(span, context)[0])]


def _told_of_by_relative(act: Act, subject: Token) -> bool:
    """Whether the doer is only the noun a relative clause around the act tells of ("a rare candidate
    who hopes to compete", "an agreement that accepts ..."): background, not a reported act."""
    return any(word.dep_ == "relcl" and word.head == subject for word in (act.trigger, *act.trigger.ancestors))


def _unknown_doer(act: Act, lex: Lexicon) -> list[Actor]:
    """An honestly unknown doer, an empty mention at the act with no code, for an act the text
    reports while leaving its doer out: a passive with no agent ("a journalist was killed in
    Mexico", "sanctions were imposed on Iran"), an act named by a noun with no doer ("the meeting
    took place on Friday"), or an act whose subject is itself an act or a weapon ("the bombing killed
    20", "a missile struck a building"). None for a subject that names a thing ("the interviews
    provide a window"), an active verb with no subject ("Just click 'sign up'"), or a noun act that
    is neither the subject of its clause nor a circumstance of its verb as in "no one was killed in
    the attack": "after a rally Friday, Clinton was asked", "areas for cooperation" and "the success
    of fostering cooperation" do not report those acts."""
    subject = act.own_subject
    if subject is not None and _told_of_by_relative(act, subject):
        return []
    if subject is not None:
        by_means = match_act(subject, lex) or names_weapon(subject)
        return [_empty_mention(act)] if subject != act.trigger and by_means else []
    trigger = act.trigger
    if trigger.pos_ == "VERB":
        return [_empty_mention(act)] if any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children) else []
    while trigger.dep_ == "conj":
        trigger = trigger.head
    said_of_clause = (trigger.dep_ == "pobj" and trigger.head.head.pos_ in ("VERB", "AUX")
                      and not dates_another(trigger))
    return [_empty_mention(act)] if trigger.dep_ in SUBJECTS or said_of_clause else []


def asks_whether(sentence: SpacySpan) -> bool:
    """A question that puts its auxiliary first ("Will China retaliate?", "Should the US impose sanctions?", "Did
    Trump meet Putin?") asks whether an act happens and reports none. A wh-question ("Why did Russia invade?")
    takes its act as given."""
    end = len(sentence) - 1
    while end > 0 and (sentence[end].is_space or sentence[end].text in QUESTION_END):
        end -= 1
    if sentence[end].text != "?":
        return False
    first = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
    return first is not None and first.pos_ == "AUX"


def is_outlet_note(sentence: SpacySpan, context: Context) -> bool:
    """A sentence in a paragraph labelled as the outlet's own note (:func:`outlet_notes`) is the outlet's comment,
    not a report of anyone's act."""
    return any(start <= sentence.start_char < end for start, end in context.outlet_notes)


def outlet_notes(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of the paragraphs a label opens as the outlet's own note (data/words.tsv "outlet_note":
    "Editor's note: Donald Trump is a serial liar"), found in the article's text once."""
    notes = []
    for label in _note_label().finditer(text):
        end = text.find("\n", label.end())
        notes.append((label.start(), end if end >= 0 else len(text)))
    return tuple(notes)


@cache
def _note_label() -> re.Pattern[str]:
    labels = "|".join(map(re.escape, sorted(closed_class("outlet_note"), key=len, reverse=True)))
    return re.compile(rf"^[ \t]*(?:{labels})[ \t]*:", re.IGNORECASE | re.MULTILINE)


def is_told_before(act: Act) -> bool:
    """An act named by a noun with a definite determiner refers back to one the article has reported when it is a
    statement ("Obama made the comments just before ending a trip", "those remarks drew criticism") or dates
    another act ("Speaking to reporters after the meeting, Earnest argued"); with a demonstrative it does whatever
    it is ("a strategy to de-escalate these threats"), unless it is another of the same kind ("made these same
    allegations in February"). It is coded where it is told, once."""
    trigger = act.trigger
    determiners = {c.lower_ for c in trigger.children if c.dep_ == "det"}
    if trigger.pos_ != "NOUN" or not determiners & closed_class("definite"):
        return False
    dating = dates_another(trigger)
    pointed_back = bool(determiners & closed_class("demonstrative")) and not any(
        c.dep_ == "amod" and c.lower_ in closed_class("likeness") for c in trigger.children)
    return act.base_code.startswith(STATEMENT_ROOT) or dating or pointed_back


def is_prospective(act: Act) -> bool:
    """A noun act said to be possible or to come is not one that happened: "the potential
    reinstatement of these tariffs", "further tariffs", "a proposed visit". A word that governs it
    can still make an event of it ("cancelled a planned visit")."""
    return act.trigger.pos_ != "VERB" and act.kind is None and any(
        c.dep_ == "amod" and c.lower_ in closed_class("prospective") for c in act.trigger.children)


def is_time_clause(act: Act) -> bool:
    """A gerund after "until" tells when a state ended, a career told in the past ("continued as a member of
    parliament until resigning in 2014"), and is no act the news reports; "just before ending a trip to Vietnam"
    still reports the trip."""
    trigger = act.trigger
    return trigger.tag_ == "VBG" and trigger.dep_ == "pcomp" and trigger.head.lower_ in closed_class("state_end")


def is_yet_to_come(act: Act) -> bool:
    """A present tense in a clause of time under a past or an unfinished act tells what is still to come: "all
    signs pointed to Obama endorsing Clinton on Thursday after the president meets with Sanders" (no meeting
    yet); a story told in the present ("Trump tells Kelly ... after she asks") keeps its acts."""
    trigger = act.trigger
    timed = any(c.dep_ == "mark" and c.lower_ in closed_class("temporal") for c in trigger.children)
    return (trigger.tag_ in ("VBZ", "VBP") and trigger.dep_ == "advcl" and timed
            and trigger.head.tag_ in ("VBD", "VBN", "VBG", "VB"))


def _empty_mention(act: Act) -> Actor:
    """No one named: the mention of an unknown actor is empty, at the act (as for a domestic target)."""
    return Actor(text="", start=act.trigger.idx, end=act.trigger.idx)


def warned_threat(act: Act, warning_words: list[Token], lex: Lexicon, any_act: bool = False) -> str | None:
    """The threat code of a force or coercion a warning says could happen (data/words.tsv "warning"), or that could
    happen on a condition (:func:`_on_condition`): "China could impose a naval blockade, an officer warned" is 1381
    "Threaten to blockade" when the one who warns is of the side that would do it; a possibility alone is no
    event. With ``any_act``, a warning makes a threat of whatever act could happen, as :func:`warns_of_own_move`
    does of an act no pattern knows ("Tehran warned Baku that Iran could drop its role as mediator")."""
    possible = act.possible or act.base_code
    if act.code is not None or act.kind != "maybe":
        return None
    warned = any(w.lemma_.lower() in closed_class("warning") for w in warning_words)
    if possible[:2] not in FORCEFUL_ROOTS:
        return lex.transform(THREAT_KIND, possible) if any_act and warned else None
    done_by_subject = not any(c.dep_ == "auxpass" for word in act.chain for c in word.children)
    if not (warned or _on_condition(act) or (possible[:2] in COERCIVE_ROOTS and done_by_subject)):
        return None
    return lex.transform(THREAT_KIND, possible)


def _on_condition(act: Act) -> bool:
    """Whether a possible act hangs on a condition, which makes saying it a warning: "the EU could impose sanctions
    if the government continues its crackdown"."""
    return any(map(sets_terms, act.chain))


def _narrated_threat(act: Act, resolve: Resolve, lex: Lexicon, context: Context) -> str | None:
    """:func:`warned_threat` for a warning, or a saying, told in the narration: the one who warns or says it must be
    of the doer's country ("a senior Chinese general said Beijing could impose a naval blockade on Taiwan if the
    island declared independence"), also when the doer is a state body named bare ("Israel's defence minister said
    the army could strike Syrian forces if ...", :func:`reporters_own_state`)."""
    warning = next((w for w in act.governors if w.lemma_.lower() in closed_class("warning") or is_reporting(w)), None)
    code = warned_threat(act, [warning], lex, any_act=True) if warning is not None else None
    if code is None:
        return None
    warners = [a for c in warning.children if c.dep_ in SUBJECTS for a in resolve(c)]
    doers = find_sources(act, resolve) or reporters_own_state(act, resolve, context)
    return code if _all_of_side(doers, {a.country for a in warners}) else None


def _all_of_side(actors: list[Actor], countries: set[str | None]) -> bool:
    """Whether there are actors, all of them of ``countries`` (a warner's side)."""
    return bool(actors) and {a.country for a in actors} <= countries


def warns_of_own_move(act: Act, sources: list[Actor], resolve: Resolve) -> bool:
    """A warning (CAMEO 012 by its pattern) that the warner's own state may act is a threat (130) even when no
    pattern knows the act: "Tehran warned Baku that Iran could rethink its stance". The clause's subject must
    name a state, by its name or as a government or army, of the warner's country: "Beijing warned that Chinese
    exports would fall" is no threat."""
    if act.code != PESSIMISM or act.trigger.lemma_.lower() not in closed_class("warning"):
        return False
    warners = {a.country for a in sources if a.country}
    if not warners:
        return False
    for clause in (c for c in act.trigger.children if c.dep_ == "ccomp"):
        if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
            continue
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            sides = [a for a in resolve(subject) if subject.pos_ == "PROPN" or a.sector in ARMED_STATE_SECTORS]
            if _all_of_side(sides, warners):
                return True
    return False


def code_sentence(sentence: SpacySpan, context: Context, skip: frozenset[int] = frozenset()) -> list[Event]:
    """Reported actions in one sentence, leaving out the tokens numbered in ``skip`` (quotes) and the
    acts a demand asks for ("its demand that Israel ease restrictions": Israel has eased nothing), and
    none in a sentence that asks whether an act happens (:func:`asks_whether`)."""
    if asks_whether(sentence) or is_outlet_note(sentence, context):
        return []
    tokens = [t for t in sentence if t.i not in skip]
    lex = lexicon()
    resolve = partial(phrase_actors, context=context)
    coded = []
    for act in acts_in(tokens, lex):
        apply_modality(act, lex)
        if threat := _narrated_threat(act, resolve, lex, context):
            act.code, act.kind = threat, THREAT_KIND
        if act.code is None or is_untold(act, lex):
            continue
        rally_for_demand(act, lex)
        sources = (find_sources(act, resolve) or reporters_own_state(act, resolve, context)
                   or doer_from_place(act, resolve, context) or _parties(act, resolve)
                   or _unresolved_doer(act, context) or _unknown_doer(act, lex))
        if not sources:
            continue
        if is_campaign_gathering(act, sources) or is_game_result(act):
            continue
        act.code = refined_code(act, sources, lex)
        if warns_of_own_move(act, sources, resolve):
            act.code, act.kind = THREAT, THREAT_KIND
        if is_command_to_own(act, sources, resolve):
            act.code, act.kind, act.kind_word = act.base_code, None, None
        heads = target_heads(act)
        targets = (placed_group(act, resolve, sources, context, heads) or find_targets(act, resolve, sources, heads)
                   or domestic_target(act, sources, heads))
        act.code = (figurative_attack(act, sources, targets) or lone_exercise(act, sources, targets)
                    or fought_alongside(act, sources, targets) or expelled_body(act, targets) or act.code)
        if is_interview(act, sources, targets) or is_trip_at_home(act, sources, targets, context):
            continue
        sources = ethnic_homeland(home_side(act, sources, targets, context, resolve), act, resolve, targets)
        coded.append((act, sources, ethnic_homeland(targets, act, resolve, sources)))
    asked = {t.i for act, _, _ in coded for clause in asked_clauses(act) for t in clause.subtree}
    coded = [c for c in coded if c[0].trigger.i not in asked]
    events = []
    for act, sources, targets in main_acts(coded):
        when = event_date(sentence, act.chain + _reporting_chain(act), context)
        events.extend(events_for(act, sources, targets, (sentence.start_char, sentence.end_char), when, None))
    return events if events or skip else guessed_events(sentence, tokens, context, lex, resolve)


def guessed_events(sentence: SpacySpan, tokens: list[Token], context: Context, lex: Lexicon,
                   resolve: Resolve) -> list[Event]:
    """The act of a sentence in which the patterns coded no event and the quotes stage found no statement, by the
    category the learned model guesses for its words (:mod:`parley.events.categories`), when the guess is
    likely enough and the highest verb no pattern knows, not a reporting verb, one of refusal or "according", not
    under a negation or modal word (but an intent, for AGREE: :data:`GUESS_KINDS`) and not background
    (:func:`is_untold`), names a known doer and a known other side. Its code is the category's "not specified" one,
    and its confidence the rules' own for so unspecific an act, times the guess's probability, at most
    :data:`GUESS_CEILING`."""
    verbs = sorted((t for t in tokens if t.pos_ == "VERB" and not is_reporting(t)
                    and t.lemma_.lower() not in lex.verb_lemmas and not _holds_back(t, lex)
                    and t.lower_ not in closed_class("attribution")),
                   key=lambda t: len(list(t.ancestors)))
    if not verbs:
        return []
    category, probability = category_model().predict("".join(t.text_with_ws for t in tokens))
    if category is None or probability < GUESS_PROBABILITY:
        return []
    code = category_codes()[category]
    for verb in verbs:
        act = Act(verb, code, GUESSED_SPECIFICITY)
        act.governors = governors_of(verb)
        apply_modality(act, lex)
        if act.code != code or act.kind not in GUESS_KINDS.get(category, (None,)) or is_untold(act, lex):
            continue
        sources = [s for s in find_sources(act, resolve) if s.code or s.country]
        if not sources:
            continue
        targets = [t for t in find_targets(act, resolve, sources, target_heads(act)) if t.code or t.country]
        if not targets:
            return []
        when = event_date(sentence, act.chain + _reporting_chain(act), context)
        return [replace(e, confidence=round(min(e.confidence * probability, GUESS_CEILING), 3))
                for e in events_for(act, sources, targets, (sentence.start_char, sentence.end_char), when, None)]
    return []


def _holds_back(verb: Token, lex: Lexicon) -> bool:
    """A verb of refusal or hesitation ("hesitated to bomb", "balked at") tells that its act was not done."""
    return not set(lex.modality.get(verb.lemma_.lower(), ())).isdisjoint(NEGATIONS)


def is_untold(act: Act, lex: Lexicon) -> bool:
    """An act the sentence does not tell as done: a description, a supposition, a plan, a time clause, a
    thing told before or yet to come."""
    return (is_description(act, lex) or is_hypothetical(act) or is_prospective(act) or is_time_clause(act)
            or is_told_before(act) or is_yet_to_come(act))


def main_acts(coded: list[CodedAct]) -> list[CodedAct]:
    """The acts a sentence reports, not its background: a news sentence reports one act per
    clause, so an act with a named doer in the main clause hides acts in subordinate clauses
    ("..., after days of fighting") and acts whose doer the text does not name. A clause with a doer of its own
    is background too ("..., days after rebels overran ECOMOG positions"): it tells what the news follows, most
    often told before and on a day the sentence does not give, so coding it would count one act again in every
    article that recalls it. With no named doer in the main clause,
    its acts still hide the subordinate ones: in "militiamen massacred hundreds of Tutsis who had sought refuge in a
    church, aid workers said" the massacre is told, not a plea of the aid workers the parser hung on it. Of two
    acts of one kind by one doer, the one that names a target is kept, and of two that both do,
    the one whose target is a named part of a country ("used his US trip to meet Ray Dalio" is a
    meeting with a US businessman more than a visit to the US). Of the acts left, things one verb lists are one act
    (:func:`_listed_after`), and an act in another's adverbial clause is its background (:func:`_background_to`).
    """
    named = [c for c in coded if any(s.code or s.country for s in c[1])]
    main = [c for c in named if not is_embedded(c[0])]
    main = main or [c for c in coded if not is_embedded(c[0])] or named or coded
    hosts = {act.trigger.i for act, _, _ in main}
    reported = [c for c in main if not _listed_after(c[0], main) and not _background_to(c[0], hosts)]
    kept: dict[tuple, CodedAct] = {}
    for act, sources, targets in reported:
        key = (act_plover(act) or act.code, tuple(s.country or s.code for s in sources))
        if key not in kept or _target_rank(targets) > _target_rank(kept[key][2]):
            kept[key] = (act, sources, targets)
    return list(kept.values())


def _listed_after(act: Act, coded: list[CodedAct]) -> bool:
    """A thing listed after another that one verb acts on ("lifted its oil embargo and flight ban") is the same act:
    one verb tells one event, coded by the first thing it names."""
    return (act.trigger.dep_ == "conj" and act.trigger.pos_ in ("NOUN", "PROPN")
            and any(other.trigger.i == act.trigger.head.i and other.governors for other, _, _ in coded))


def _background_to(act: Act, hosts: set[int]) -> bool:
    """An act in an adverbial clause of another coded act (whose word is numbered in ``hosts``) is its background
    ("promised reforms, as opposition parties threatened protests"), also where a parser slip leaves both off the
    main clause."""
    return any(word.dep_ == "advcl" and word.head.i in hosts for word in act.chain)


def _target_rank(targets: list[Actor]) -> tuple[bool, bool]:
    return bool(targets), any(t.sector for t in targets)


def _reporting_chain(act: Act) -> list[Token]:
    token, chain = act.chain[-1], []
    while token.head.i != token.i:
        token = token.head
        chain.append(token)
    return chain


