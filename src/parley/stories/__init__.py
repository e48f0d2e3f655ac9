"""Stories: near-duplicate articles, story clusters and statements consolidated across outlets.

Entry point: ``update_stories(store)`` after articles are written. It is
incremental: only articles without a story are processed, and only the
stories they join are rebuilt.
"""

from parley.stories.consolidate import ConsolidatedEvent, EventMention, Mention, Statement
from parley.stories.update import StorySettings, StoryUpdate, update_stories

__all__ = ["ConsolidatedEvent", "EventMention", "Mention", "Statement", "StorySettings", "StoryUpdate", "update_stories"]
