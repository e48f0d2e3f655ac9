"""One pipeline over Articles: parse in batches, then run each component on (article, doc).

Components are built by factories looked up by name in a registry (as spaCy does),
so the same ``process`` serves ``parley extract``, ``parley run`` and the Spark
runner. A factory gets the Language that parses the articles, as spaCy's get ``nlp``, and
the :class:`PipelineConfig` (which quote tagger, if any):
a component that parses text of its own (the events stage's re-cased headline) parses
it with that same pipeline and never loads a model. A component fills its own fields
of the Article and reads only what earlier components filled.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import catalogue
from spacy.language import Language
from spacy.tokens import Doc

from parley import nlp as nlp_module
from parley.actors import resolve_speakers
from parley.events import code_events
from parley.quotes import extract_quotes
from parley.quotes.tagger import QuoteTagger, fingerprint
from parley.records import Article, Entity

Component = Callable[[Article, Doc], None]


@dataclass(frozen=True)
class PipelineConfig:
    """What components are built with besides the Language: spaCy's config, in small."""

    quote_model: Path | None = None
    """A learned quote tagger (``parley train-quotes``) whose attributions are added where the rules find none."""

    @property
    def quote_tagger(self) -> str | None:
        """What the store records of how quotes were found: the tagger's fingerprint, None for the rules alone."""
        return fingerprint(self.quote_model) if self.quote_model is not None else None

components = catalogue.create("parley", "components", entry_points=True)

DEFAULT_COMPONENTS: tuple[str, ...] = ("entities", "quotes", "actors", "events")


@components.register("entities")
def make_entities(nlp: Language, config: PipelineConfig) -> Component:
    """Named entities from spaCy, as character spans of the article text."""

    def add_entities(article: Article, doc: Doc) -> None:
        article.entities = [
            Entity(start=ent.start_char, end=ent.end_char, text=ent.text, label=ent.label_)
            for ent in doc.ents
        ]

    return add_entities


@components.register("quotes")
def make_quotes(nlp: Language, config: PipelineConfig) -> Component:
    """Statements with their speakers resolved within the article; found by the rules, and also
    by the learned tagger when the config names one."""
    tagger = load_tagger(config.quote_model) if config.quote_model is not None else None

    def add_quotes(article: Article, doc: Doc) -> None:
        tagged = tagger.tag(article.text) if tagger is not None else None
        article.quotes = extract_quotes(doc, article.id, tagged, article.text)

    return add_quotes


@functools.lru_cache(maxsize=2)
def load_tagger(path: Path) -> QuoteTagger:
    """A quote tagger loaded once per process: a server or a Spark worker builds the pipeline for every batch."""
    return QuoteTagger.load(path)


@components.register("actors")
def make_actors(nlp: Language, config: PipelineConfig) -> Component:
    """Actor codes for the speakers of the quotes."""
    return resolve_speakers


@components.register("events")
def make_events(nlp: Language, config: PipelineConfig) -> Component:
    """CAMEO/PLOVER events from the statements and the reported actions; a title-case headline is
    parsed again by ``nlp``, the Language that parsed the article."""

    def add_events(article: Article, doc: Doc) -> None:
        article.events = code_events(article, doc, nlp)

    return add_events


def process(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    batch_size: int = 16,
    component_names: Sequence[str] = DEFAULT_COMPONENTS,
    timings: dict[str, float] | None = None,
    config: PipelineConfig = PipelineConfig(),
) -> Iterator[Article]:
    """Run every component over every article, parsing ``batch_size`` at a time.

    Memory is bounded by the batch: articles are pulled from the iterator lazily.
    ``timings``, when given, accumulates the seconds spent in each component.
    """
    language = nlp or nlp_module.load()
    steps = [(name, components.get(name)(language, config)) for name in component_names]
    iterator = iter(articles)
    while batch := list(islice(iterator, batch_size)):
        docs = language.pipe((article.text for article in batch), batch_size=batch_size)
        for article, doc in zip(batch, docs):
            run_components(article, doc, steps, timings)
            yield article


def run_components(
    article: Article,
    doc: Doc,
    steps: Sequence[tuple[str, Component]],
    timings: dict[str, float] | None = None,
) -> None:
    """Run each component; a component that fails is recorded in ``article.errors``.

    The article keeps what the other components found, so one bad sentence
    never loses a whole article.
    """
    for name, step in steps:
        started = time.perf_counter()
        try:
            step(article, doc)
        except Exception as error:  # noqa: BLE001 - reported on the record, the run goes on
            article.errors.append(f"{name}: {type(error).__name__}: {error}")
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + time.perf_counter() - started
