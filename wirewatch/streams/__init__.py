"""Kafka wiring: topics, the faust app and its agents, the embedded broker, ingest."""

from .broker import EmbeddedBroker
from .topics import TopicNames, ensure_topics

__all__ = ["EmbeddedBroker", "TopicNames", "ensure_topics"]
