"""Drawing a timeline: cooperation–conflict over time, one marker per consolidated event.

matplotlib is imported when a plot is drawn, not with the package: it costs every
`parley` command a third of a second to start, and only `timeline --plot` uses it.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from parley.analysis.timeline import Timeline


def plot_timeline(result: Timeline, path: str | Path) -> Path:
    """Write a PNG (or any format matplotlib knows from the suffix): Goldstein score against date.

    Each direction has its colour; each consolidated event is one marker, larger when
    more articles reported it; a bar across each period marks its mean. Undated events
    cannot be placed and are counted in the legend.
    """
    import matplotlib
    import matplotlib.dates

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    path = Path(path)
    figure, axes = plt.subplots(figsize=(10, 5))
    for direction in result.directions:
        events = [event for period in direction.periods for event in period.events]
        label = f"{direction.source} → {direction.target} ({len(events)} events, {len(direction.undated)} undated)"
        points = axes.scatter(
            [event.date for event in events], [event.goldstein for event in events],
            s=[30 + 20 * event.articles for event in events], alpha=0.6, label=label,
        )
        axes.hlines(
            [period.mean_goldstein for period in direction.periods],
            [period.start for period in direction.periods],
            [period.end + timedelta(days=1) for period in direction.periods],
            colors=points.get_facecolor()[:1] if events else None, linewidth=2, alpha=0.8,
        )
    axes.axhline(0, color="grey", linewidth=0.8)
    axes.set_ylim(-10.5, 10.5)
    axes.set_ylabel("Goldstein score (conflict − / cooperation +)")
    axes.set_title(f"{result.source} – {result.target}, by {result.by}")
    axes.xaxis.set_major_formatter(matplotlib.dates.ConciseDateFormatter(axes.xaxis.get_major_locator()))
    axes.legend(loc="lower left")
    figure.autofmt_xdate()
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)
    return path
