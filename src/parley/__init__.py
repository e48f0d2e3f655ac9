"""parley: who said what to whom, when, and how cooperative or hostile it was."""

from parley.records import Actor, Article, Entity, Event, Quote, Span

__all__ = ["Actor", "Article", "Entity", "Event", "Quote", "Span"]
__version__ = "0.1.0"
