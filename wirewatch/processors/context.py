"""What a processor may read besides the article: fixed reference data, no I/O, no clock."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..schemas import IssueSet
from .gazetteer import Gazetteer, default_gazetteer


@dataclass(frozen=True)
class ExtractionContext:
    gazetteer: Gazetteer = field(default_factory=default_gazetteer)
    issues: IssueSet = field(default_factory=IssueSet)
    # Set when reprocessing under a label: every event then carries this producer version
    # and ids of its own, so two builds never collide in one log or store.
    producer_version: str | None = None
