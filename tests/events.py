"""Building envelopes for tests without running an extractor."""

from __future__ import annotations

from wirewatch.processors.positions import PRODUCER as POSITIONS
from wirewatch.schemas import POSITION_STATED, Entity, PositionStated, Span, new_event


def stated(article_id: str, actor: str, stance: str, *, issue: str = "long-range-strikes", at: str | None,
           start: int = 0, unchanged: bool = False, signalled: bool | None = None):
    text = f"{actor} {stance}s it."
    evidence = Span(text=text, start=start, end=start + len(text))
    return new_event(
        event_type=POSITION_STATED,
        article_id=article_id,
        occurred_at=at,
        producer=POSITIONS,
        causation_id=article_id,
        payload=PositionStated(
            actor=Entity(name=actor, canonical=actor, span=Span(text=actor, start=start, end=start + len(actor))),
            issue=issue,
            stance=stance,
            explicitly_unchanged=unchanged,
            evidence=evidence,
            change_signalled=signalled,
        ),
        evidence=evidence,
        discriminators=(actor, issue),
    )
