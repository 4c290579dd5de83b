"""`wirewatch demo`: the whole pipeline on the seed articles, on an embedded broker.

It also checks itself: the views the worker built from Kafka must hold exactly the
events the offline extractor derives from the same articles.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

from .processors import ExtractionContext, extract_all
from .report import render_views
from .settings import REPO_ROOT, DEFAULT_STORE, Settings
from .sinks import ViewStore
from .sinks import tables as t
from .sources import read_articles
from .streams.codec import encode_article
from .streams.broker import EmbeddedBroker
from .streams.ingest import publish_records
from .streams.process import WorkerProcess
from .streams.topics import TopicNames, ensure_topics

DEMO_STORE = "sqlite:///var/demo.db"


def wait_for_events(store: ViewStore, wanted: set[str], timeout: float) -> set[str]:
    """Poll the store until every wanted event id is applied; return the missing ones."""
    import sqlalchemy as sa

    deadline = time.monotonic() + timeout
    missing = set(wanted)
    while missing and time.monotonic() < deadline:
        with store.engine.connect() as conn:
            found = {r[0] for r in conn.execute(sa.select(t.events.c.event_id).where(t.events.c.event_id.in_(missing)))}
        missing -= found
        if missing:
            time.sleep(0.25)
    return missing


def run_demo(settings: Settings, ctx: ExtractionContext, paths: list[str], timeout: float = 120.0) -> int:
    paths = paths or sorted(str(p) for p in (REPO_ROOT / "seeds" / "articles").glob("*.json"))
    store_url = DEMO_STORE if settings.store == DEFAULT_STORE else settings.store
    if store_url == DEMO_STORE:
        Path("var/demo.db").unlink(missing_ok=True)
    # A story develops in order: publish articles by publication date, one at a time, so that
    # stance changes between them are seen in the order they happened.
    articles = sorted(read_articles(paths), key=lambda a: (a.published_at or "", a.id))
    expected: dict[str, set[str]] = {}
    for envelope in extract_all(articles, ctx):
        expected.setdefault(envelope.article_id, set()).add(envelope.event_id)
    wanted = set().union(*expected.values()) if expected else set()
    names = TopicNames(settings.topic_prefix)
    started = time.monotonic()
    log_dir = Path(tempfile.mkdtemp(prefix="wirewatch-demo-"))
    store = ViewStore(store_url)
    with EmbeddedBroker(log_path=log_dir / "broker.log") as broker:
        asyncio.run(ensure_topics(broker.bootstrap, names.all, settings.partitions))
        worker = WorkerProcess(
            broker.bootstrap, store_url, topic_prefix=settings.topic_prefix, partitions=settings.partitions,
            issues=settings.issues_path, log_path=log_dir / "worker.log",
        )
        with worker:
            missing: set[str] = set()
            for article in articles:
                asyncio.run(publish_records(broker.bootstrap, names.articles, [encode_article(article)]))
                print(f"published {article.id} to {names.articles} on {broker.bootstrap}", file=sys.stderr)
                missing |= wait_for_events(store, expected.get(article.id, set()), timeout)
            sent = len(articles)
        exit_code = worker.process.returncode
    elapsed = time.monotonic() - started
    print(render_views(store))
    store.close()
    print()
    if missing:
        print(f"FAILED: {len(missing)} of {len(wanted)} events missing after {timeout:.0f}s; logs in {log_dir}")
        return 1
    print(
        f"OK: {len(wanted)} events from {sent} article(s) in the views ({elapsed:.1f}s end to end; "
        f"worker exited {exit_code}); views match the offline extractor."
    )
    return 0
