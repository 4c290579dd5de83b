"""What every processor reads off an article, computed once per article and shared.

Paragraphs, sentences and gazetteer mentions used to be recomputed by each processor (and the
mentions twice by some). `process_article` builds one `ArticleAnalysis` and hands it to every
processor through the context; `analysis_of` gives a processor the shared one, or a fresh one
when it is called on its own. Everything here is a pure function of the text and the gazetteer.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .gazetteer import Gazetteer, Mention, fast_mentions
from .text import Segment, paragraphs, sentences

if TYPE_CHECKING:
    from .context import ExtractionContext


class ArticleAnalysis:
    def __init__(self, text: str, gazetteer: Gazetteer) -> None:
        self.text = text
        self.gazetteer = gazetteer
        self._memo: dict[str, Any] = {}

    @cached_property
    def paragraphs(self) -> list[Segment]:
        return paragraphs(self.text)

    @cached_property
    def sentences(self) -> list[Segment]:
        return [s for p in self.paragraphs for s in sentences(self.text, p)]

    @cached_property
    def mentions(self) -> list[Mention]:
        """Gazetteer mentions of the whole text (`Gazetteer.mentions`)."""
        return fast_mentions(self.gazetteer, self.text)

    def memo(self, name: str, compute: Callable[[], Any]) -> Any:
        """A processor's own per-article derivation (e.g. entity refs), computed once.
        Callers must not mutate what they get back."""
        if name not in self._memo:
            self._memo[name] = compute()
        return self._memo[name]


def analysis_of(text: str, ctx: "ExtractionContext") -> ArticleAnalysis:
    """The shared analysis of `text` when the context carries it, else a new one."""
    shared = ctx.analysis
    if shared is not None and shared.text is text and shared.gazetteer is ctx.gazetteer:
        return shared
    return ArticleAnalysis(text, ctx.gazetteer)
