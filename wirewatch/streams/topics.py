"""Topic names and their creation.

Keys: articles and per-article events by article id (per-article order); position events
by actor+issue (per-stance order, and co-partitioned with the position state table).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from functools import cached_property

from ..schemas import (
    AID_ANNOUNCED,
    ARTICLE_PROCESSED,
    POSITION_CHANGED,
    POSITION_STATED,
    STATEMENT_MADE,
)


@dataclass(frozen=True)
class TopicNames:
    prefix: str = "wirewatch"

    def _name(self, suffix: str) -> str:
        return f"{self.prefix}.{suffix}" if self.prefix else suffix

    @property
    def articles(self) -> str:
        return self._name("articles")

    @property
    def statements(self) -> str:
        return self._name("statements")

    @property
    def aid(self) -> str:
        return self._name("aid")

    @property
    def positions(self) -> str:
        return self._name("positions")

    @property
    def position_changes(self) -> str:
        return self._name("position-changes")

    @property
    def articles_processed(self) -> str:
        return self._name("articles-processed")

    @property
    def dlq(self) -> str:
        return self._name("dlq")

    def for_event_type(self, event_type: str) -> str:
        return self._by_event_type[event_type]

    @cached_property
    def _by_event_type(self) -> dict[str, str]:
        """Built once: the extract stage asks for every event it publishes."""
        return {
            STATEMENT_MADE: self.statements,
            AID_ANNOUNCED: self.aid,
            POSITION_STATED: self.positions,
            POSITION_CHANGED: self.position_changes,
            ARTICLE_PROCESSED: self.articles_processed,
        }

    @property
    def derived(self) -> tuple[str, ...]:
        """The topics the sinks materialize, in dependency order."""
        return (
            self.statements,
            self.aid,
            self.positions,
            self.position_changes,
            self.articles_processed,
        )

    @property
    def all(self) -> tuple[str, ...]:
        return (self.articles, *self.derived, self.dlq)


async def ensure_topics(bootstrap: str, names: list[str] | tuple[str, ...], partitions: int) -> None:
    """Create the topics if missing. Explicit creation: a restarted in-memory broker has none."""
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic
    from aiokafka.errors import TopicAlreadyExistsError

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=10_000)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [n for n in names if n not in existing]
        if missing:
            try:
                await admin.create_topics(
                    [NewTopic(name=n, num_partitions=partitions, replication_factor=1) for n in missing]
                )
            except TopicAlreadyExistsError:
                pass
    finally:
        await admin.close()


def ensure_topics_sync(bootstrap: str, names, partitions: int) -> None:
    asyncio.run(ensure_topics(bootstrap, list(names), partitions))
