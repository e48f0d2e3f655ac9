"""The events stage's entry point: an article's events from its sentences and from its quotes."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from parley.events.coding import STATEMENT_ROOT, article_context, code_sentence
from parley.events.statements import (
    code_quote,
    continues_quote,
    is_still_to_be_said,
    states_a_stance,
    tells_a_state_of_mind,
)
from parley.layout import heading_lines
from parley.quotes.marks import markup_spans
from parley.records import Article, Event, Quote


def _tokens_in(doc: Doc, spans: list[tuple[int, int]]) -> Iterator[int]:
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            yield from range(span.start, span.end)


def _quoted_tokens(quotes: list[Quote], doc: Doc) -> Iterator[int]:
    """Tokens inside a quote's content or cue: those acts are coded as the quote's."""
    return _tokens_in(doc, [(q.start, q.end) for q in quotes] + [(q.cue.start, q.cue.end) for q in quotes if q.cue])


def markup_tokens(doc: Doc) -> Iterator[int]:
    """Tokens inside HTML or tweet markup, a tag and its attributes (`<a href="...">`, `<tweet author="...">`): a
    link or an author's handle reports no act."""
    return _tokens_in(doc, markup_spans(doc.text))


def _said_in_a_quote(event: Event, statements: list[Event]) -> bool:
    """A statement the narrative names ("talking to reporters", "in a statement Thursday") where a quote of the same
    speaker is coded is that quote's statement: coded once, from the quote, which tells what was said (CAMEO 01
    "Make public statement")."""
    return event.cameo.startswith(STATEMENT_ROOT) and any(
        q.source.code == event.source.code and q.start < event.end and event.start < q.end for q in statements)


def code_events(article: Article, doc: Doc) -> list[Event]:
    """Every quote of the article as verbal events, and the acts reported outside quotes but for
    those of a heading inside the article (a link to another story reports none of this one's). The words
    of reported speech that gave no event (its speaker unknown, or what the quotes stage took for speech:
    "he voted against a measure") are read as any sentence's; words in quotation marks or of a belief ("believes
    the deal was a mistake") stay someone's."""
    context = article_context(article, doc)
    events: list[Event] = []
    coded_quotes = []
    for previous, quote in zip([None, *article.quotes], article.quotes):
        if states_a_stance(quote, doc, context) or is_still_to_be_said(quote, doc):
            coded_quotes.append(quote)
            continue
        found = code_quote(quote, doc, context, continues_quote(quote, previous))
        events.extend(found)
        if found or quote.kind != "indirect" or tells_a_state_of_mind(quote, doc):
            coded_quotes.append(quote)
    quoted = frozenset(_quoted_tokens(coded_quotes, doc)) | frozenset(markup_tokens(doc))
    headings = heading_lines(doc.text)
    statements = list(events)
    for sentence in doc.sents:
        if not any(start <= sentence.start_char < end for start, end in headings):
            events.extend(e for e in code_sentence(sentence, context, quoted) if not _said_in_a_quote(e, statements))
    for number, event in enumerate(events):
        event.id = f"{article.id}:e{number}"
    return events
