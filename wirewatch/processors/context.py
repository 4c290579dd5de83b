"""What a processor may read besides the article: fixed reference data, no I/O, no clock."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..schemas import IssueSet
from .gazetteer import Gazetteer, default_gazetteer

if TYPE_CHECKING:
    from .analysis import ArticleAnalysis


@dataclass(frozen=True)
class ExtractionContext:
    gazetteer: Gazetteer = field(default_factory=default_gazetteer)
    issues: IssueSet = field(default_factory=IssueSet)
    # Set when reprocessing under a label: every event then carries this producer version
    # and ids of its own, so two builds never collide in one log or store.
    producer_version: str | None = None
    # The analysis of the article being processed (set by `for_article`), shared by processors.
    analysis: "ArticleAnalysis | None" = field(default=None, compare=False, repr=False)

    def for_article(self, text: str) -> "ExtractionContext":
        """This context carrying a fresh shared analysis of `text`."""
        from .analysis import ArticleAnalysis

        return replace(self, analysis=ArticleAnalysis(text, self.gazetteer))
