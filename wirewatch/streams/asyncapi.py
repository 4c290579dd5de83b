"""An AsyncAPI 3 document of every topic: what a downstream team needs to consume our events
without reading this code (channels, keys, message schemas, examples)."""

from __future__ import annotations

from typing import Any

from .. import __version__
from ..schemas import SCHEMA_VERSIONS, Article
from ..schemas.events import (
    AID_ANNOUNCED,
    ARTICLE_PROCESSED,
    EVENT_RETRACTED,
    POSITION_CHANGED,
    POSITION_STATED,
    STATEMENT_MADE,
)
from ..schemas.export import event_schema
from .topics import TopicNames

CHANNELS = {
    # channel id: (topic attribute, key, event types carried, description)
    "statements": ("statements", "article id", [STATEMENT_MADE, EVENT_RETRACTED],
                   "Who said what: one event per attributed statement."),
    "aid": ("aid", "article id", [AID_ANNOUNCED, EVENT_RETRACTED],
            "Aid announcements: new packages and cumulative totals (kind tells which)."),
    "positions": ("positions", "actor canonical name|issue id", [POSITION_STATED, EVENT_RETRACTED],
                  "Stances of actors on watched issues, in order per actor and issue."),
    "positionChanges": ("position_changes", "actor canonical name|issue id", [POSITION_CHANGED, EVENT_RETRACTED],
                        "A stance that differs from the actor's previous one on the issue."),
    "articlesProcessed": ("articles_processed", "article id", [ARTICLE_PROCESSED],
                          "Closes an article (revision): the ids of every event it yielded."),
}


def _camel(event_type: str) -> str:
    head, *rest = event_type.split("-")
    return head + "".join(part.title() for part in rest)


def _inline(node: Any, defs: dict) -> Any:
    """Replace local $refs by their definitions: each message schema stands alone."""
    if isinstance(node, dict):
        if "$ref" in node and node["$ref"].startswith("#/$defs/"):
            return _inline(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
        return {k: _inline(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline(v, defs) for v in node]
    return node


def build(names: TopicNames, partitions: int, examples: dict[str, list[dict]]) -> dict:
    messages: dict[str, Any] = {}
    for event_type in SCHEMA_VERSIONS:
        schema = event_schema(event_type)
        messages[_camel(event_type)] = {
            "name": event_type,
            "title": f"{event_type} (schema v{SCHEMA_VERSIONS[event_type]})",
            "contentType": "application/json",
            "payload": _inline(schema, schema.get("$defs", {})),
            "examples": [{"name": f"{event_type}-{i + 1}", "payload": e} for i, e in enumerate(examples.get(event_type, [])[:2])],
        }
    channels, operations = {}, {}
    for channel_id, (attr, key, kinds, description) in CHANNELS.items():
        channels[channel_id] = {
            "address": getattr(names, attr),
            "description": description,
            "messages": {_camel(k): {"$ref": f"#/components/messages/{_camel(k)}"} for k in kinds},
            "bindings": {"kafka": {"topic": getattr(names, attr), "partitions": partitions, "bindingVersion": "0.5.0"}},
        }
        operations[f"receive{channel_id[0].upper()}{channel_id[1:]}"] = {
            "action": "receive",
            "channel": {"$ref": f"#/channels/{channel_id}"},
            "summary": f"Consume {getattr(names, attr)}; the Kafka key is the {key}.",
            "messages": [{"$ref": f"#/channels/{channel_id}/messages/{_camel(k)}"} for k in kinds],
            "bindings": {"kafka": {"bindingVersion": "0.5.0"}},
        }
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "wirewatch derived events",
            "version": __version__,
            "description": (
                "Events derived from news articles. Delivery is at-least-once: consumers must be "
                "idempotent on `event_id` (deterministic: the same article and producer version "
                "always give the same ids). `event-retracted` travels on the topic and key of the "
                "event it retracts, after it. Every message is a JSON envelope; `schema_version` "
                "only grows, and new versions only add fields."
            ),
        },
        "defaultContentType": "application/json",
        "servers": {
            "production": {"host": "kafka:9092", "protocol": "kafka", "description": "Apache Kafka (docker-compose)"},
        },
        "channels": channels,
        "operations": operations,
        "components": {"messages": messages},
    }


def seed_examples() -> dict[str, list[dict]]:
    """Example messages: the seed articles run through the processors, plus a revision."""
    import json

    from ..processors import ExtractionContext, extract_all
    from ..schemas import IssueSet
    from ..settings import DEFAULT_ISSUES, REPO_ROOT

    paths = sorted((REPO_ROOT / "seeds" / "articles").glob("*.json"))
    articles = [Article.model_validate(json.loads(p.read_text(encoding="utf-8"))) for p in paths]
    articles.sort(key=lambda a: a.published_at or "")
    if articles:  # a revision, so that event-retracted has an example too
        first = articles[0]
        articles.append(first.model_copy(update={"text": first.text.replace("375 million", "400 million")}))
    ctx = ExtractionContext(issues=IssueSet.load(DEFAULT_ISSUES))
    out: dict[str, list[dict]] = {}
    for event in extract_all(articles, ctx):
        out.setdefault(event.event_type, []).append(event.model_dump(mode="json"))
    return out
