"""Fill ``speaker_actor`` on an article's quotes: the pipeline's entry point for actors."""

from __future__ import annotations

from spacy.tokens import Doc

from parley.actors.resolver import ActorResolver, default_resolver, word_class
from parley.records import Actor, Article, Quote


def speaker_actor(quote: Quote, published: str | None, resolver: ActorResolver | None = None,
                  people: frozenset[str] = frozenset()) -> Actor | None:
    """The actor behind a quote, from its role and resolved name; None when nothing names one.

    A bare pronoun with no resolved name tells nothing, so it stays unknown. ``people``: names in
    the article that hold a place name (:func:`people_named_after_places`).
    """
    mention = quote.speaker
    if mention is None and not quote.speaker_name:
        return None
    if mention is not None and mention.text.lower() in word_class("pronoun") and not quote.speaker_name:
        return None
    text = " ".join(filter(None, [quote.speaker_role, mention.text if mention else None]))
    actor = (resolver or default_resolver()).resolve(text, name=quote.speaker_name, on=published, people=people)
    if mention is not None:
        actor.text, actor.start, actor.end = mention.text, mention.start, mention.end
    return actor


def people_named_after_places(doc: Doc | None, resolver: ActorResolver) -> frozenset[str]:
    """Names of people in ``doc`` that hold a country or city name ("Jim Jordan", "Chad Wolf").

    Only names of two singular proper nouns or more: the small model also tags a lone "Jordan" the
    country, and groups such as "Bosnian Serbs", as PERSON.
    """
    entities = doc.ents if doc is not None else ()
    return resolver.names_holding_places(e.text for e in entities if e.label_ == "PERSON" and len(e) > 1
                                         and all(t.tag_ == "NNP" for t in e))


def resolve_speakers(article: Article, doc: Doc) -> None:
    """Set ``speaker_actor`` (e.g. "CHNGOV") on every quote whose speaker can be resolved."""
    resolver = default_resolver()
    people = people_named_after_places(doc, resolver)
    for quote in article.quotes:
        actor = speaker_actor(quote, article.published, resolver, people)
        quote.speaker_actor = actor.code if actor else None
