"""Shared fixtures: the seed article, the shipped issues, and paths to ../shared."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Article, IssueSet

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
SEED_ARTICLE = SEEDS / "articles" / "rt-2024-09-25-zelensky-biden-long-range.json"


@pytest.fixture(scope="session")
def seed_article() -> Article:
    return Article.model_validate(json.loads(SEED_ARTICLE.read_text(encoding="utf-8")))


@pytest.fixture(scope="session")
def issues() -> IssueSet:
    return IssueSet.load(SEEDS / "issues.yaml")


@pytest.fixture(scope="session")
def ctx(issues: IssueSet) -> ExtractionContext:
    return ExtractionContext(issues=issues)


# --- stores -------------------------------------------------------------------------
POSTGRES_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _postgres_available() -> bool:
    import sqlalchemy as sa

    try:
        engine = sa.create_engine(POSTGRES_ADMIN_URL)
        with engine.connect():
            pass
        engine.dispose()
        return True
    except Exception:
        return False


@pytest.fixture
def postgres_url():
    """A fresh database on the local PostgreSQL, dropped afterwards."""
    import uuid

    import sqlalchemy as sa

    if not _postgres_available():
        if os.environ.get("CI"):  # CI machines have it: a missing server is a failure there
            pytest.fail("no PostgreSQL on 127.0.0.1:5432")
        pytest.skip("no PostgreSQL on 127.0.0.1:5432")
    name = f"wirewatch_test_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'views.db'}"


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'views.db'}"
    return request.getfixturevalue("postgres_url")


# --- Kafka ----------------------------------------------------------------------------
@pytest.fixture(scope="session")
def broker(tmp_path_factory):
    """One embedded Kafka-protocol broker for the session; tests isolate by topic prefix."""
    import os

    from wirewatch.streams.broker import EmbeddedBroker

    if os.environ.get("WIREWATCH_TEST_BROKER"):  # e.g. a real Apache Kafka
        yield os.environ["WIREWATCH_TEST_BROKER"]
        return
    log = tmp_path_factory.mktemp("broker") / "broker.log"
    with EmbeddedBroker(log_path=log) as embedded:
        yield embedded.bootstrap


@pytest.fixture
def pipeline(broker, sqlite_url, tmp_path):
    from tests.support import Pipeline

    p = Pipeline(broker, sqlite_url, tmp_path)
    yield p
    p.close()


def pytest_collection_modifyitems(items):
    """Under `pytest -n 2 --dist loadgroup` (make test) the broker tests run one at a time on one
    worker while the other core takes the CPU-bound extraction tests: the broker tests mostly
    wait, and two of them at once (each with worker subprocesses) would starve each other."""
    for item in items:
        if item.get_closest_marker("kafka") or "broker" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("broker"))
