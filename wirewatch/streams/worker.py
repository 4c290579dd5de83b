"""Running the worker process: topics first, then the faust worker until SIGTERM/SIGINT."""

from __future__ import annotations

import faust
import structlog

from ..processors import ExtractionContext
from ..settings import Settings
from ..sinks import ViewStore
from .app import create_app
from .sink import SinkWriter
from .sink_consumer import SinkConsumer
from .topics import TopicNames, ensure_topics_sync

log = structlog.get_logger(__name__)


def run_worker(settings: Settings, ctx: ExtractionContext, bootstrap: str, loglevel: str = "WARNING") -> None:
    """Blocks until the worker is told to stop; shutdown flushes the producer and commits offsets."""
    ensure_topics_sync(bootstrap, TopicNames(settings.topic_prefix).all, settings.partitions)
    names = TopicNames(settings.topic_prefix)
    writer = SinkWriter(ViewStore(settings.store))
    app = create_app(settings, ctx, bootstrap)
    sink = SinkConsumer(bootstrap, names, writer, group_id=f"{settings.app_id}-sink",
                        session_timeout=settings.session_timeout)
    log.info("worker starting", bootstrap=bootstrap, store=_redact(settings.store), app_id=settings.app_id)
    worker = faust.Worker(app, sink, loglevel=loglevel, quiet=True, redirect_stdouts=False)
    try:
        worker.execute_from_commandline()
    finally:
        writer.close()
        log.info("worker stopped")


def _redact(url: str) -> str:
    """Never log a password embedded in a database URL."""
    import re

    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)
