"""What the API accepts (query models that refuse unknown fields) and what it answers (documented in OpenAPI).

Nested records are the record contract's own dataclasses (Entity, Quote, Event,
Actor), and the models of statements and timeline events are derived from their
dataclasses, so the JSON is the contract's JSON.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Annotated, Any, Literal, get_type_hints

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, create_model, model_validator

from parley.analysis import TimelineEvent
from parley.records import Entity, Event, Quote
from parley.stories import ConsolidatedEvent, Statement

MAX_LIMIT = 200
ActorCode = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{3,15}$", to_upper=True)]
ACTOR_HELP = 'A country or actor code: "CHN", "CHNGOV".'


def model_of(name: str, record: type, __doc__: str, **extra: Any) -> type[BaseModel]:
    """A response model with the fields of a dataclass the API serialises whole, plus ``extra`` fields.

    Deriving it keeps the documented schema and the JSON the same as the dataclass changes.
    """
    hints = get_type_hints(record)
    fields = {field.name: (hints[field.name], ...) for field in dataclasses.fields(record)}
    return create_model(name, __doc__=__doc__, **{**fields, **extra})


class Query(BaseModel):
    """Query parameters; an unknown one is an error (a typo must not silently widen a search)."""

    model_config = ConfigDict(extra="forbid")


class PageQuery(Query):
    limit: int = Field(50, ge=1, le=MAX_LIMIT, description=f"Items per page, 1 to {MAX_LIMIT}.")
    cursor: str | None = Field(None, description="`next_cursor` of the previous page.")


class DateRange(Query):
    date_from: date | None = Field(None, alias="from", description="First day, YYYY-MM-DD (undated items drop out).")
    date_to: date | None = Field(None, alias="to", description="Last day, YYYY-MM-DD, inclusive.")

    @model_validator(mode="after")
    def _ordered_dates(self) -> DateRange:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("'from' is after 'to'")
        return self


class Filters(PageQuery, DateRange):
    """The filters statements and events share."""

    speaker: str | None = Field(None, min_length=1, max_length=200, description="Part of the speaker's name.")
    source: ActorCode | None = Field(None, description=ACTOR_HELP)
    target: ActorCode | None = Field(None, description=ACTOR_HELP)
    cameo: str | None = Field(None, pattern=r"^\d{2,4}$", description='A CAMEO root or code prefix: "04", "036".')
    quad_class: int | None = Field(None, ge=1, le=4, description="1 verbal / 2 material cooperation, 3 / 4 conflict.")
    text: str | None = Field(None, min_length=1, max_length=200, description="Words in the text, any case.")

    @property
    def has_event_filters(self) -> bool:
        return any(value is not None for value in (self.source, self.target, self.cameo, self.quad_class))


class TimelineQuery(DateRange):
    source: ActorCode = Field("CHN", description=ACTOR_HELP)
    target: ActorCode = Field("USA", description=ACTOR_HELP)
    by: Literal["day", "week", "month"] = "month"
    both: bool = Field(False, description="Both directions: source → target and target → source.")


class StoryQuery(Query):
    articles: int = Field(
        10, ge=1, le=MAX_LIMIT,
        description="How many member articles come whole (text, quotes, events); the rest come as summaries.",
    )


class ActorsQuery(PageQuery):
    q: str | None = Field(None, min_length=1, max_length=100, description="Part of a code or of a name.")


class Problem(BaseModel):
    """What every 4xx and 503 answer holds: one line saying what is wrong, and pydantic's errors for a 422."""

    detail: str
    errors: list[dict[str, Any]] | None = None


class ArticleRecord(BaseModel):
    """One article in the record contract."""

    id: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    text: str
    entities: list[Entity]
    quotes: list[Quote]
    events: list[Event]
    story_id: str | None
    errors: list[str]


class ArticleSummary(BaseModel):
    """A member article named but not sent whole: enough to list it and fetch it from /api/articles."""

    id: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None


class EventMention(BaseModel):
    """Where one article reports a consolidated event: its event id and the coded span."""

    article_id: str
    event_id: str
    start: int
    end: int


ConsolidatedEventOut = model_of(
    "ConsolidatedEventOut", ConsolidatedEvent,
    cameo_description=(str | None, ...), mentions=(list[EventMention], ...),
    __doc__="One coded act counted once (parley.stories.ConsolidatedEvent), with every article event it stands for.",
)


TopStatement = model_of(
    "TopStatement", Statement, outlet_names=(list[str], ...),
    __doc__="A consolidated statement (parley.stories.Statement) with its outlets.",
)
StatementOut = create_model(
    "StatementOut", __base__=TopStatement, events=(list[ConsolidatedEventOut], ...),
    __doc__="A consolidated statement with its outlets and its consolidated events.",
)


class StatementPage(BaseModel):
    items: list[StatementOut]
    next_cursor: str | None


class EventPage(BaseModel):
    items: list[ConsolidatedEventOut]
    next_cursor: str | None


class StoryInfo(BaseModel):
    id: str
    title: str | None
    first_date: str | None
    last_date: str | None
    members: int
    articles: int
    outlets: int


class NearDuplicate(BaseModel):
    article_id: str
    other_id: str
    similarity: float


class StoryOut(BaseModel):
    story: StoryInfo
    articles: list[ArticleRecord]
    other_articles: list[ArticleSummary]
    statements: list[StatementOut]
    events: list[ConsolidatedEventOut]
    near_duplicates: list[NearDuplicate]


TimelineEventOut = model_of(
    "TimelineEventOut", TimelineEvent, cameo_description=(str | None, ...),
    __doc__="A consolidated event on a timeline (parley.analysis.TimelineEvent), with its story.",
)


class TimelineStory(BaseModel):
    """A story's share of one period: what a dashboard point stands for."""

    id: str
    title: str | None
    events: int
    mean_goldstein: float


class PeriodOut(BaseModel):
    label: str
    start: str
    end: str
    events: list[TimelineEventOut]
    by_quad_class: dict[int, int]
    mean_goldstein: float
    statement_count: int
    statements: list[TopStatement]
    stories: list[TimelineStory]


class DirectionOut(BaseModel):
    source: str
    target: str
    periods: list[PeriodOut]
    undated: list[TimelineEventOut]


class TimelineOut(BaseModel):
    source: str
    target: str
    by: str
    start: str | None
    end: str | None
    directions: list[DirectionOut]


class ActorOut(BaseModel):
    code: str
    country: str | None
    sector: str | None
    names: list[str]
    name_count: int


class ActorPage(BaseModel):
    items: list[ActorOut]
    next_cursor: str | None


class TargetSummary(BaseModel):
    target: str | None
    events: int
    mean_goldstein: float
    by_quad_class: dict[int, int]


class MonthSummary(BaseModel):
    month: str
    events: int
    mean_goldstein: float


class SpeakerSummary(BaseModel):
    name: str
    role: str | None
    statements: int


class ActorProfile(BaseModel):
    """What an actor (a country or a code prefix) said, to whom, and over time."""

    code: str
    names: list[str]
    speakers: list[SpeakerSummary]
    targets: list[TargetSummary]
    months: list[MonthSummary]
    undated_events: int


class IngestedArticle(BaseModel):
    id: str
    outcome: str
    story_id: str | None
    errors: list[str]


class FailedInput(BaseModel):
    source: str
    line: int | None
    message: str


class IngestResult(BaseModel):
    articles: list[IngestedArticle]
    failed: list[FailedInput]
