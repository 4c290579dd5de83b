"""Shared fixtures: the seed article, the shipped issues, and paths to ../shared."""

from __future__ import annotations

import json
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
