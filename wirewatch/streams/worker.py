"""Running the worker process: topics first, then the faust worker until SIGTERM/SIGINT."""

from __future__ import annotations

import asyncio

import faust
import mode
import structlog

from ..processors import ExtractionContext
from ..settings import Settings
from ..sinks import ViewStore
from .app import create_app
from .collector import tune_for_streaming
from .extract import ExtractConsumer, revisions_topic
from .health import BrokerWatch, Health, HealthServer, report, wait_for_broker
from .sink import SinkWriter
from .sink_consumer import SinkConsumer
from .topics import TopicNames, ensure_topics, ensure_topics_sync

log = structlog.get_logger(__name__)


def run_worker(settings: Settings, ctx: ExtractionContext | None, bootstrap: str, loglevel: str = "WARNING") -> None:
    """Blocks until the worker is told to stop; shutdown flushes the producer and commits offsets.
    `ctx` is None only for `role="sink"`, which runs no processor."""
    names = TopicNames(settings.topic_prefix)
    topics = [*names.all, revisions_topic(names)]

    async def recreate_topics() -> None:
        # A broker that comes back empty (a new cluster, an in-memory broker) must get our
        # topics with their partition count before a producer auto-creates them otherwise.
        await ensure_topics(bootstrap, topics, settings.partitions)

    watch = BrokerWatch(bootstrap, on_recovered=recreate_topics)
    asyncio.run(_until_broker_answers(watch, settings.health_port))
    ensure_topics_sync(bootstrap, topics, settings.partitions)
    services, writer = [], None
    if settings.role in ("all", "extract"):
        services.append(ExtractConsumer(bootstrap, names, ctx, group_id=settings.app_id,
                                        session_timeout=settings.session_timeout, partitions=settings.partitions,
                                        fetch_max_wait_ms=settings.fetch_max_wait_ms,
                                        shares_loop=settings.role == "all"))
    if settings.role in ("all", "sink"):
        writer = SinkWriter(ViewStore(settings.store))
        services.append(SinkConsumer(bootstrap, names, writer, group_id=f"{settings.app_id}-sink",
                                     session_timeout=settings.session_timeout,
                                     fetch_max_wait_ms=settings.fetch_max_wait_ms))
    log.info("worker starting", bootstrap=bootstrap, store=_redact(settings.store), app_id=settings.app_id,
             role=settings.role)
    health = Health(watch, settings.health_port, (lambda: writer.healthy) if writer else (lambda: True))
    if settings.role == "sink":  # no faust app: the tracker runs with the extract stage
        worker = mode.Worker(*services, health, loglevel=loglevel, quiet=True, redirect_stdouts=False)
    else:
        worker = faust.Worker(create_app(settings, ctx, bootstrap), *services, health, loglevel=loglevel,
                              quiet=True, redirect_stdouts=False)
        # faust's terminal spinner sets the root logger to DEBUG so that it can spin on every
        # record: every aiokafka debug call then built a log record (~7% of the worker's CPU).
        worker.spinner = None
    tune_for_streaming()
    try:
        worker.execute_from_commandline()
    finally:
        if writer is not None:
            writer.close()
        log.info("worker stopped")


async def _until_broker_answers(watch: BrokerWatch, health_port: int | None) -> None:
    """A worker started before its broker waits here, reporting, and serves an unhealthy
    /healthz meanwhile, rather than exiting into a restart loop."""
    server = HealthServer(health_port, lambda: report(watch, lambda: True)) if health_port else None
    if server is not None:
        await server.start()
    try:
        await wait_for_broker(watch)
    finally:
        if server is not None:
            await server.stop()


def _redact(url: str) -> str:
    """Never log a password embedded in a database URL."""
    import re

    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)
