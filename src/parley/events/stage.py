"""The events stage's entry point: an article's events from its sentences and from its quotes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from parley.events.coding import STATEMENT_ROOT, Context, article_context, code_sentence
from parley.events.lexicon import lexicon
from parley.events.statements import (
    code_quote,
    continues_quote,
    is_still_to_be_said,
    states_a_stance,
    tells_a_state_of_mind,
)
from parley.layout import HEADLINE_WORD, LINE, heading_lines, is_title_case
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


def markup_tokens(doc: Doc, text: str) -> Iterator[int]:
    """Tokens inside HTML or tweet markup, a tag and its attributes (`<a href="...">`, `<tweet author="...">`): a
    link or an author's handle reports no act. ``text`` is ``doc.text``, which spaCy rebuilds on each access."""
    return _tokens_in(doc, markup_spans(text))


def _said_in_a_quote(event: Event, statements: list[Event]) -> bool:
    """A statement the narrative names ("talking to reporters", "in a statement Thursday") where a quote of the same
    speaker is coded is that quote's statement: coded once, from the quote, which tells what was said (CAMEO 01
    "Make public statement")."""
    return event.cameo.startswith(STATEMENT_ROOT) and any(
        q.source.code == event.source.code and q.start < event.end and event.start < q.end for q in statements)


INFLECTIONS = ("s", "es", "d", "ed")
"""Endings of a verb's present or past in a headline ("Endorses", "Defended"), taken off to find the verb."""


def _stems(word: str) -> set[str]:
    """A lower-case word and what it is without a verb's ending ("endorses": "endorse", "endors")."""
    return {word, *(word.removesuffix(ending) for ending in INFLECTIONS if word.endswith(ending))}


def _sentence_case(word: str, body_words: frozenset[str]) -> str:
    """A headline word in lower case if the article's body writes it so or it is a verb of the coder's patterns."""
    stems = _stems(word.lower())
    return word.lower() if stems & body_words or stems & lexicon().verb_lemmas else word


def _hides_a_verb(line: SpacySpan) -> bool:
    """A headline parsed with no verb at its root whose words hold a verb of the coder's patterns in title case
    ("Morton Blackwell Endorses Ted Cruz"): only then is a re-parse worth its time."""
    verbs = lexicon().verb_lemmas
    return line.root.pos_ not in ("VERB", "AUX") and any(t.is_title and _stems(t.lower_) & verbs for t in line)


def headline_sentences(doc: Doc, text: str, nlp: Language) -> list[SpacySpan]:
    """The sentences of the article's headline in title case whose parse hides its verb (:func:`_hides_a_verb`),
    parsed again with its words in the case the article writes them ("Morton Blackwell endorses Ted Cruz"): in
    title case the small model tags every word a proper noun ("Endorses") and finds no verb. A word the article's
    body writes in lower case is no name; the re-parse is of the one line, by ``nlp``, the Language that parsed
    ``doc``, with offsets into the article's text (none when a word changes length in lower case). ``text`` is
    ``doc.text``."""
    first = LINE.search(text)
    if first is None or not is_title_case(first.group()):
        return []
    line = doc.char_span(first.start(), first.end(), alignment_mode="expand")
    if line is None or not _hides_a_verb(line):
        return []
    body_words = frozenset(w for t in doc if t.is_lower and t.idx >= first.end() for w in (t.lower_, t.lemma_))
    cased = HEADLINE_WORD.sub(lambda m: _sentence_case(m.group(), body_words), text[:first.end()])
    return list(nlp(cased).sents) if len(cased) == first.end() else []


def _with_article_text(event: Event, text: str) -> Event:
    """An event coded on a re-parsed headline, with its actors' mentions in the article's own words."""
    source = replace(event.source, text=text[event.source.start:event.source.end])
    target = event.target and replace(event.target, text=text[event.target.start:event.target.end])
    return replace(event, source=source, target=target)


def _headline_events(headline: list[SpacySpan], context: Context, doc: Doc, text: str,
                     quoted: frozenset[int]) -> Iterator[Event]:
    """The acts of a re-parsed headline (:func:`headline_sentences`) whose doer it names, but for those in its
    quotes (tokens of ``doc`` numbered in ``quoted``): one whose doer is unknown ("Paris Terror Attacks Highlight
    Threat Posed by NRA") is the story's background. ``text`` is ``doc.text``."""
    quoted_starts = {doc[i].idx for i in quoted}
    for sentence in headline:
        skip = frozenset(t.i for t in sentence if t.idx in quoted_starts)
        yield from (_with_article_text(e, text) for e in code_sentence(sentence, context, skip)
                    if e.source.country)


def code_events(article: Article, doc: Doc, nlp: Language) -> list[Event]:
    """Every quote of the article as verbal events, and the acts reported outside quotes but for
    those of a heading inside the article (a link to another story reports none of this one's); a headline in
    title case is read as re-parsed in the article's own case (:func:`headline_sentences`). The words
    of reported speech that gave no event (its speaker unknown, or what the quotes stage took for speech:
    "he voted against a measure") are read as any sentence's; words in quotation marks or of a belief ("believes
    the deal was a mistake") stay someone's. ``doc`` is ``nlp``'s parse of ``article.text`` (whose string spaCy
    would rebuild from its tokens on each ``doc.text``); ``nlp`` parses the re-cased headline too, so the stage
    loads no model of its own."""
    context = article_context(article, doc)
    text = article.text
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
    quoted = frozenset(_quoted_tokens(coded_quotes, doc)) | frozenset(markup_tokens(doc, text))
    headings = heading_lines(text)
    statements = list(events)
    headline = headline_sentences(doc, text, nlp)
    headline_end = headline[-1].end_char if headline else 0
    events.extend(e for e in _headline_events(headline, context, doc, text, quoted)
                  if not _said_in_a_quote(e, statements))
    for sentence in doc.sents:
        if (sentence.start_char >= headline_end
                and not any(start <= sentence.start_char < end for start, end in headings)):
            events.extend(e for e in code_sentence(sentence, context, quoted) if not _said_in_a_quote(e, statements))
    for number, event in enumerate(events):
        event.id = f"{article.id}:e{number}"
    return events
