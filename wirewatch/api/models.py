"""Response models: what the OpenAPI schema promises (and the schema tests check)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class TopicFreshness(BaseModel):
    partitions: dict[str, int] = Field(description="partition -> highest applied offset")
    last_event_time: str | None = Field(description="event time of the newest applied event on the topic")


class Freshness(BaseModel):
    """How current the answer is: what the sink had applied when it was read."""

    last_event_time: str | None = Field(description="event time (publication time) of the newest applied event")
    topics: dict[str, TopicFreshness] = Field(description="derived topic -> applied offsets (the `offsets` table)")


class Statement(BaseModel):
    event_id: str
    article_id: str
    occurred_at: str | None
    speaker: str = Field(description="canonical speaker")
    speaker_name: str = Field(description="the speaker as the article names them")
    mode: str
    cue: str
    content: str
    content_start: int
    content_end: int


class Aid(BaseModel):
    event_id: str
    article_id: str
    occurred_at: str | None
    donor: str
    recipient: str
    amount_value: float | None
    currency: str | None
    qualifier: str | None
    aid_type: str
    kind: str
    status: str
    items: list[Any]
    evidence: str


class PositionChange(BaseModel):
    event_id: str
    from_: str = Field(alias="from")
    to: str
    occurred_at: str | None
    article_id: str
    evidence: str

    model_config = {"populate_by_name": True}


class Position(BaseModel):
    actor: str
    issue: str
    stance: str
    since: str | None = Field(description="publication time since which the stance holds")
    as_of: str | None = Field(description="publication time of the latest statement of it")
    event_id: str
    evidence: str
    last_change: PositionChange | None = Field(description="the latest stance change, if any")


class Page(BaseModel):
    next_cursor: str | None = Field(description="pass as `cursor` for the next page; null on the last page")
    limit: int
    freshness: Freshness


class StatementPage(Page):
    items: list[Statement]


class AidPage(Page):
    items: list[Aid]


class PositionPage(Page):
    items: list[Position]


class AidTotal(BaseModel):
    key: str = Field(description="donor, recipient or month (YYYY-MM) of the first report")
    currency: str
    total: float
    packages: int = Field(description="distinct packages after de-duplication")
    reports: int = Field(description="aid events that reported them")


class AidSource(BaseModel):
    event_id: str
    article_id: str
    occurred_at: str | None


class AidPackage(BaseModel):
    donor: str
    recipient: str
    amount: float
    currency: str
    first_reported_at: str | None
    aid_type: str
    status: str
    sources: list[AidSource]


class AidLedgerRow(BaseModel):
    package_id: str = Field(description="stable id: uuid5 of donor, recipient, amount, currency and the first report")
    donor: str
    recipient: str
    amount: float | None = Field(description="null for an in-kind transfer with no stated value")
    currency: str | None
    qualifier: str | None
    aid_type: str
    status: str = Field(description="the furthest status any report gives (planned < announced < pledged < delivered)")
    items: list[str]
    first_reported_at: str | None
    last_reported_at: str | None
    sources: list[AidSource]


class AidLedger(BaseModel):
    items: list[AidLedgerRow]
    freshness: Freshness


class AidTotals(BaseModel):
    group_by: Literal["donor", "recipient", "month"]
    totals: list[AidTotal]
    packages: list[AidPackage] = Field(description="the de-duplicated new packages the totals add up")
    freshness: Freshness


class HistoryEntry(BaseModel):
    event_id: str
    article_id: str
    occurred_at: str | None
    stance: str
    explicitly_unchanged: bool
    evidence: str


class ChangeEntry(BaseModel):
    event_id: str
    article_id: str
    occurred_at: str | None
    from_stance: str
    to_stance: str
    evidence: str
    previous_event_id: str


class PositionHistory(BaseModel):
    actor: str
    issue: str
    current: Position | None
    stated: list[HistoryEntry]
    changes: list[ChangeEntry]
    freshness: Freshness


class ArticleInfo(BaseModel):
    article_id: str
    event_id: str
    text_sha256: str
    title: str | None
    source: str | None
    url: str | None
    published_at: str | None
    chars: int
    event_ids: dict[str, list[str]]


class ArticleDetail(BaseModel):
    article_id: str
    article: ArticleInfo | None = Field(description="null until the article-processed event is applied")
    complete: bool = Field(description="every event the article yielded is in the views")
    events: dict[str, list[dict[str, Any]]] = Field(description="event type -> envelopes")
    freshness: Freshness


class SpanOut(BaseModel):
    text: str
    start: int
    end: int


class Segment(BaseModel):
    start: int
    end: int
    text: str
    evidence: bool = Field(description="inside the evidence span")


class Context(BaseModel):
    start: int
    end: int
    complete: bool = Field(description="false when parts of the surrounding text are unknown to the views")
    segments: list[Segment]


class ChainLink(BaseModel):
    kind: Literal["event", "article"]
    id: str
    event_type: str | None = None


class EventDetail(BaseModel):
    envelope: dict[str, Any]
    kafka: dict[str, Any] | None = Field(description="topic, partition, offset the sink read it from")
    evidence: SpanOut | None
    context: Context | None
    causation_chain: list[ChainLink] = Field(description="this event, what caused it, ... back to the article")
    freshness: Freshness


class Health(BaseModel):
    status: Literal["ok", "degraded"]
    store: bool
    broker: str | None


class Problem(BaseModel):
    detail: Any
