"""The dashboard in a real browser (Debian's chromium driven by Playwright), fed through Kafka."""

from __future__ import annotations

import json
import os
import shutil
import threading
import uuid

import orjson
import pytest

from tests.conftest import SEEDS
from wirewatch.processors import extract_all
from wirewatch.schemas import ARTICLE_PROCESSED, STATEMENT_MADE, Article

from .conftest import make_client
from .server import running

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]


def _articles(tag: str) -> list[dict]:
    out = []
    for path in sorted((SEEDS / "articles").glob("*.json"), key=lambda p: not p.name.startswith("rt-")):
        data = json.loads(path.read_text(encoding="utf-8"))
        data["id"] = f"{data['id']}-{tag}"
        out.append(data)
    return out


def events_of(events, article: dict) -> str:
    return next(e.event_id for e in events if e.event_type == ARTICLE_PROCESSED and e.article_id == article["id"])


def test_dashboard_shows_a_statement_ingested_through_kafka(pipeline, ctx, tmp_path):
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} missing: `make install` installs Debian's chromium")
        pytest.skip(f"{CHROMIUM} missing (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    articles = _articles(uuid.uuid4().hex[:6])
    events = list(extract_all([Article.model_validate(a) for a in articles], ctx))
    wanted = [e for e in events if e.event_type == STATEMENT_MADE and e.article_id == articles[-1]["id"]][0]

    pipeline.worker()
    app = make_client(pipeline.store_url, broker=pipeline.bootstrap, topic_prefix=pipeline.prefix).app
    with running(app) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 1100})
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            external: list[str] = []
            page.on("request", lambda req: None if req.url.startswith(base) else external.append(req.url))
            page.goto(base)
            page.wait_for_selector("#feed-status.live", timeout=30_000)

            def ingest(article: dict) -> None:
                # playwright's sync API owns this thread's event loop: publish from another thread
                thread = threading.Thread(target=pipeline.ingest, args=([(article["id"].encode(), orjson.dumps(article))],))
                thread.start()
                thread.join(timeout=60)

            # September first, then November: in event-time order, so Biden's stance change is derived
            # (a change is never derived against a newer stance that arrived first)
            ingest(articles[0])
            page.wait_for_selector(f'#feed li.article-processed[data-event="{events_of(events, articles[0])}"]', timeout=90_000)
            ingest(articles[1])

            item = page.wait_for_selector(f'#feed li.statement-made[data-event="{wanted.event_id}"]', timeout=90_000)
            assert wanted.payload["content"]["text"] in item.inner_text()
            # the board catches up and highlights the stance that moved
            page.wait_for_selector("#board-table td.changed", timeout=30_000)
            page.wait_for_selector("#ledger-table", timeout=30_000)
            # each item links to its evidence: the sentence highlighted in its text
            item.query_selector("a.evidence-link").click()
            page.wait_for_selector("#evidence mark", timeout=10_000)
            assert page.inner_text("#evidence mark") == wanted.payload["content"]["text"]
            # search over statements
            page.fill("#q", "long-range missiles")
            page.click("#search button")
            page.wait_for_function("document.querySelectorAll('#results li.statement').length > 0", timeout=10_000)

            shot = tmp_path / "dashboard.png"
            page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 10_000
            if os.environ.get("WIREWATCH_SCREENSHOT"):
                shutil.copy(shot, os.environ["WIREWATCH_SCREENSHOT"])
            assert not errors, errors
            assert not external, external
        finally:
            browser.close()
