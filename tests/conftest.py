"""Shared fixtures: the spaCy pipeline is loaded once per test session, and the quotes and events stages
are run on a text as a one-article story (id "t"), the way most tests need them."""

from pathlib import Path

import pytest

from parley import nlp as nlp_module
from parley.events import article_context, code_events, code_quote, code_sentence
from parley.quotes import extract_quotes
from parley.records import Article, Quote, Span

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

PUBLISHED = "2016-03-01"
"""When a test's article was published, unless the test gives the day."""


@pytest.fixture(scope="session")
def nlp():
    return nlp_module.load()


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def quotes_of(nlp):
    """The quotes the quotes stage finds in a text."""
    return lambda text: extract_quotes(nlp(text), "t")


@pytest.fixture(scope="session")
def speakers_of(quotes_of):
    """Each quote's speaker in a text: the mention, the name it resolves to and the role the article gives."""
    return lambda text: [(q.speaker.text if q.speaker else None, q.speaker_name, q.speaker_role)
                         for q in quotes_of(text)]


@pytest.fixture(scope="session")
def speaker_names(speakers_of):
    """The speaker_name of each quote in a text."""
    return lambda text: [name for _, name, _ in speakers_of(text)]


@pytest.fixture(scope="session")
def quote_in():
    """A quote of a text as the quotes stage gives it, from the words of its parts: the speaker's first
    occurrence, the content's and the cue's last."""
    def span(part, start):
        return Span(start, start + len(part), part)

    def quote(text, content, speaker, cue, *, name=None, role=None, kind="indirect", number=0):
        start = text.rindex(content)
        return Quote(f"t:q{number}", kind, start, start + len(content), content,
                     cue=span(cue, text.rindex(cue)) if cue else None,
                     speaker=span(speaker, text.index(speaker)) if speaker else None,
                     speaker_name=name, speaker_role=role)
    return quote


@pytest.fixture(scope="session")
def sentence_events(nlp):
    """The acts a text reports outside quotes, coded sentence by sentence."""
    def code(text, published=PUBLISHED):
        doc = nlp(text)
        context = article_context(Article(id="t", text=text, published=published), doc)
        return [e for sentence in doc.sents for e in code_sentence(sentence, context)]
    return code


@pytest.fixture(scope="session")
def quote_events(nlp, quote_in):
    """The verbal events of one quote of a text (its parts as for ``quote_in``), coded with what the article's
    parse tells of its people."""
    def code(text, content, speaker, cue, *, published=PUBLISHED, **quote):
        said = quote_in(text, content, speaker, cue, **quote)
        doc = nlp(text)
        article = Article(id="t", text=text, published=published, quotes=[said])
        return code_quote(said, doc, article_context(article, doc))
    return code


@pytest.fixture(scope="session")
def article_events(nlp):
    """The events of a text whose quotes are the ones given, as the events stage codes an article."""
    def code(text, *quotes, published=PUBLISHED):
        return code_events(Article(id="t", text=text, published=published, quotes=list(quotes)), nlp(text), nlp)
    return code


@pytest.fixture(scope="session")
def events_of(nlp):
    """The events of a text with its quotes found first, as the pipeline codes an article."""
    def code(text, published=PUBLISHED):
        doc = nlp(text)
        return code_events(Article(id="t", text=text, published=published, quotes=extract_quotes(doc, "t")), doc, nlp)
    return code


@pytest.fixture(scope="session")
def cameos():
    """The CAMEO code of each event."""
    return lambda events: [e.cameo for e in events]


@pytest.fixture(scope="session")
def roots():
    """The two-digit CAMEO roots of the events."""
    return lambda events: {e.cameo[:2] for e in events}


@pytest.fixture(scope="session")
def source_and_code():
    """Each event's source country and CAMEO code."""
    return lambda events: [(e.source.country, e.cameo) for e in events]


@pytest.fixture(scope="session")
def source_target_code():
    """Each event's source country, target country (None without a target) and CAMEO code."""
    return lambda events: [(e.source.country, e.target.country if e.target else None, e.cameo) for e in events]


@pytest.fixture(scope="session")
def from_quotes():
    """The events coded from an article's quotes."""
    return lambda events: [e for e in events if e.quote_id]
