"""Payload models of the derived events, one per event type."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .spans import Entity, Span

Stance = Literal["support", "oppose"]


class _Payload(BaseModel):
    model_config = ConfigDict(frozen=True, populate_by_name=True)


class StatementMade(_Payload):
    speaker: Entity
    cue: Span
    content: Span
    mode: Literal["direct", "indirect", "mixed"]


class Amount(_Payload):
    value: float
    currency: str = Field(min_length=3, max_length=3, description="ISO 4217")
    qualifier: Literal["exact", "up_to", "over", "about"] = "exact"


class AmountPart(_Payload):
    """A named part of a split package (`$50 million in drawdown`)."""

    amount: Amount
    label: str
    evidence: Span


class AidAnnounced(_Payload):
    donor: Entity
    recipient: Entity
    amount: Amount | None = Field(description="null for an in-kind transfer with no stated value")
    aid_type: Literal["military", "humanitarian", "financial", "mixed", "unspecified"]
    kind: Literal["new", "cumulative"]
    status: Literal["announced", "planned", "pledged", "delivered"]
    items: list[str] = Field(default_factory=list)
    parts: list[AmountPart] = Field(default_factory=list)
    evidence: Span


class PositionStated(_Payload):
    actor: Entity
    issue: str
    stance: Stance
    explicitly_unchanged: bool = False
    evidence: Span
    change_signalled: bool | None = Field(
        default=None,
        description="since v2: whether the article tells of a shift of position (`reversed`, `no longer`, "
        "`ending weeks of hesitation`); a differing stance becomes a position-changed event only when it is. "
        "Null when read from a v1 event (which the tracker treats as signalled, as v1 trackers did)",
    )


class PositionChanged(_Payload):
    actor: Entity
    issue: str
    from_: Stance = Field(alias="from")
    to: Stance
    evidence: Span
    previous_event_id: str


class ArticleProcessed(_Payload):
    """Closes an article's processing: what it yielded, so views know when they are complete."""

    text_sha256: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published_at: str | None = None
    language: str | None = Field(default=None, description="since v2; null when read from a v1 event")
    chars: int
    event_ids: dict[str, list[str]] = Field(
        default_factory=dict, description="event type -> ids of the events derived from this revision"
    )


class EventRetracted(_Payload):
    """An earlier event no longer holds: its article was revised, or its cause was retracted."""

    retracted_event_id: str
    retracted_event_type: str
    reason: Literal["article-revised", "cause-retracted"]
    superseded_by: str | None = Field(
        default=None, description="the article-processed event of the revision that replaced it"
    )
