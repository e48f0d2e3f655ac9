"""Events as rows of GDELT 2.0 event columns, so code written for GDELT can read parley output.

Only the columns parley can fill are produced; unknown values are empty strings, never
guessed (SQLDATE is the day the act happened, not the publication day). Counts are per
article: consolidating mentions across outlets is the stories stage's work.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from parley.records import Actor, Article, Event

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "SOURCEURL",
)


def _actor_columns(number: int, actor: Actor | None) -> dict[str, str]:
    actor = actor or Actor(text="", start=0, end=0)
    return {
        f"Actor{number}Code": actor.code or "",
        f"Actor{number}Name": (actor.name or actor.text or "").upper(),
        f"Actor{number}CountryCode": actor.country or "",
        f"Actor{number}Type1Code": actor.sector or "",
    }


def _lead_end(text: str) -> int:
    """Where the first paragraph ends: GDELT's IsRootEvent marks events of the lead."""
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    end = stripped.find("\n\n")
    return len(text) if end < 0 else offset + end


def gdelt_row(article: Article, event: Event) -> dict[str, str | int | float]:
    row: dict[str, str | int | float] = {
        "GLOBALEVENTID": event.id,
        "SQLDATE": event.date.replace("-", "") if event.date else "",
        **_actor_columns(1, event.source),
        **_actor_columns(2, event.target),
        "IsRootEvent": int(event.start < _lead_end(article.text)),
        "EventCode": event.cameo,
        "EventBaseCode": event.cameo[:3],
        "EventRootCode": event.cameo[:2],
        "QuadClass": event.quad_class,
        "GoldsteinScale": event.goldstein,
        "NumMentions": 1,
        "NumSources": 1,
        "NumArticles": 1,
        "SOURCEURL": article.url or "",
    }
    return {column: row[column] for column in GDELT_COLUMNS}


def gdelt_rows(articles: Iterable[Article]) -> Iterator[dict[str, str | int | float]]:
    """One GDELT-shaped row per event of every article, in article order."""
    for article in articles:
        for event in article.events:
            yield gdelt_row(article, event)
