"""Pydantic models of everything that crosses a boundary: articles, events, issues."""

from .article import MAX_TEXT_CHARS, Article
from .events import (
    AID_ANNOUNCED,
    ARTICLE_PROCESSED,
    EVENT_RETRACTED,
    PAYLOAD_MODELS,
    POSITION_CHANGED,
    POSITION_STATED,
    SCHEMA_VERSIONS,
    STATEMENT_MADE,
    Envelope,
    Producer,
    article_event,
    make_event_id,
    new_event,
)
from .issues import Issue, IssueSet
from .payloads import (
    AidAnnounced,
    Amount,
    AmountPart,
    ArticleProcessed,
    EventRetracted,
    PositionChanged,
    PositionStated,
    StatementMade,
)
from .spans import Entity, Span

__all__ = [
    "AID_ANNOUNCED",
    "ARTICLE_PROCESSED",
    "EVENT_RETRACTED",
    "MAX_TEXT_CHARS",
    "PAYLOAD_MODELS",
    "POSITION_CHANGED",
    "POSITION_STATED",
    "SCHEMA_VERSIONS",
    "STATEMENT_MADE",
    "AidAnnounced",
    "Amount",
    "AmountPart",
    "Article",
    "ArticleProcessed",
    "Entity",
    "Envelope",
    "EventRetracted",
    "Issue",
    "IssueSet",
    "PositionChanged",
    "PositionStated",
    "Producer",
    "article_event",
    "Span",
    "StatementMade",
    "make_event_id",
    "new_event",
]
