"""Stories: near-duplicate articles, story clusters and statements consolidated across outlets.

Entry point: ``update_stories(store)`` after articles are written. It is
incremental: only articles without a story are processed, and only the
stories they join are rebuilt.
"""

from importlib import import_module
from typing import TYPE_CHECKING

from parley.stories.consolidate import ConsolidatedEvent, EventMention, Mention, Statement

if TYPE_CHECKING:
    from parley.stories.update import StorySettings, StoryUpdate, update_stories

UPDATE_NAMES = frozenset({"StorySettings", "StoryUpdate", "update_stories"})


def __getattr__(name: str) -> object:
    """The clustering names load datasketch and SciPy (a third of a second): only when used, so that
    reading statements does not pay for them."""
    if name in UPDATE_NAMES:
        return getattr(import_module("parley.stories.update"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["ConsolidatedEvent", "EventMention", "Mention", "Statement", "StorySettings", "StoryUpdate",
           "update_stories"]
