"""Analysis over the store: dyad timelines and the consolidated statements.

The CLI commands `parley timeline` and `parley statements` are thin wrappers of
``timeline`` + ``format_timeline`` (+ ``plot_timeline``) and ``search_statements``
+ ``format_statements``.
"""

from parley.analysis.plot import plot_timeline
from parley.analysis.statements import format_statements, search_statements
from parley.analysis.timeline import Direction, Period, Timeline, TimelineEvent, format_timeline, timeline

__all__ = [
    "Direction", "Period", "Timeline", "TimelineEvent",
    "format_statements", "format_timeline", "plot_timeline", "search_statements", "timeline",
]
