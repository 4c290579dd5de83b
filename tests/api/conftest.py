"""API fixtures: a store filled without Kafka (offline extraction + hand-made events)."""

from __future__ import annotations

import json
import warnings

import pytest

from tests.conftest import SEEDS
from wirewatch.processors import extract_all
from wirewatch.schemas import Article
from wirewatch.sinks import ViewStore

from . import factory as f

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


def seed_articles() -> list[Article]:
    return [Article.model_validate(json.loads(p.read_text(encoding="utf-8")))
            for p in sorted((SEEDS / "articles").glob("*.json"))]


def seed_events(ctx):
    return list(extract_all(seed_articles(), ctx))


def synthetic_events():
    out = []
    # 30 statements over 3 days by two speakers, two of them at the very same time
    for i in range(30):
        day = 1 + i % 3
        out.append(f.statement(f"syn-{i}", f"2025-03-0{day}T{10 + i % 10:02d}:00:00+00:00",
                               "Ms Example" if i % 2 else "Mr Sample",
                               f"Synthetic remark number {i} about drones and grain corridors"
                               if i % 5 == 0 else f"Synthetic remark number {i} about bridges", n=i))
    out.append(f.statement("syn-undated", None, "Mr Sample", "An undated remark about bridges", n=99))
    # aid: one package reported twice within 7 days, once more 10 days later (a new package),
    # a cumulative figure (never counted), an in-kind transfer (no amount)
    out += [
        f.aid("aid-a", "2025-02-01T08:00:00+00:00", "Germany", "Ukraine", 5e8, n=1),
        f.aid("aid-b", "2025-02-04T08:00:00+00:00", "Germany", "Ukraine", 5e8, n=2),
        f.aid("aid-c", "2025-02-14T08:00:00+00:00", "Germany", "Ukraine", 5e8, n=3),
        f.aid("aid-d", "2025-03-01T08:00:00+00:00", "Germany", "Ukraine", 7e9, kind="cumulative", n=4),
        f.aid("aid-e", "2025-03-02T08:00:00+00:00", "France", "Ukraine", 1e8, currency="EUR", aid_type="humanitarian", n=5),
        f.aid("aid-f", "2025-03-03T08:00:00+00:00", "France", "Ukraine", None, status="delivered", n=6),
    ]
    return out


@pytest.fixture
def api_store(store_url, ctx):
    store = ViewStore(store_url)
    store.apply_envelopes([*seed_events(ctx), *synthetic_events()])
    store.close()
    return store_url


def make_client(store_url, **config):
    from wirewatch.api import ApiConfig, create_app

    return TestClient(create_app(ApiConfig(store=store_url, **config)), raise_server_exceptions=False)


@pytest.fixture
def client(api_store):
    with make_client(api_store) as c:
        yield c
