"""statement-made: who said what, with exact character spans.

Rule-based and deterministic (no model, no I/O): `attribution.find_attributions` finds
source / cue / content ranges on the quote-masked text, `speakers.SpeakerResolver` gives each
source a canonical name. One event per attribution:

- `speaker`: the source as written (`he`, `the publication`, `White House national security
  spokesman John Kirby`) with its canonical name (`John Kirby`, `The Washington Post`).
- `cue`: the reporting verb (`said`, `has said`, `told`, `According to`, `as reported by`).
- `content`: from the first to the last character of what was said (a quote interrupted
  by its cue - `"A," he said. "B."` - spans both parts).
- `mode`: direct (only quotation), indirect (no quotation), mixed.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from ..schemas import STATEMENT_MADE, Article, Envelope, Producer
from ..schemas.events import envelope_of_body
from .attribution import Attribution, find_attributions
from .analysis import analysis_of
from .context import ExtractionContext
from .speakers import SpeakerResolver

PRODUCER = Producer(name="statements", version="1.8.0")


class _Bounds(NamedTuple):
    """An event's evidence offsets (all that its id reads of the evidence span)."""

    start: int
    end: int


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"text": text[start:end], "start": start, "end": end}


def statement_body(text: str, source: tuple[int, int], canonical: str, cue: tuple[int, int], content: tuple[int, int],
                   mode: str) -> dict[str, Any]:
    """`StatementMade(speaker=Entity(name=..., canonical=..., span=Span.of(...)), cue=Span.of(...),
    content=Span.of(...), mode=...).model_dump(mode="json", by_alias=True)`, built as the dict itself: five
    models an event (validated, then dumped) were a tenth of statements' cost."""
    if not isinstance(canonical, str) or mode not in ("direct", "indirect", "mixed"):
        raise ValueError(f"not a statement: {canonical!r}, {mode!r}")  # (what the models would have refused)
    speaker = _span(text, *source)
    return {
        "speaker": {"name": speaker["text"], "canonical": canonical, "span": speaker},
        "cue": _span(text, *cue),
        "content": _span(text, *content),
        "mode": mode,
    }


def attributions_in_text(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[Attribution]:
    """Every attribution with a source, in text order (what `extract` turns into events).
    `paragraphs`: the text's paragraph ranges, when known (the shared analysis has them)."""
    return [a for a in find_attributions(text, paragraphs) if a.source is not None]


def extract(article: Article, ctx: ExtractionContext) -> list[Envelope]:
    text = article.text
    analysis = analysis_of(text, ctx)
    resolver = SpeakerResolver(text, ctx.gazetteer, analysis)
    events: list[Envelope] = []
    seen: set[tuple[int, int]] = set()
    # `text.paragraphs` and `quotes.paragraph_ranges` are the same ranges: found once per article
    for att in attributions_in_text(text, [(p.start, p.end) for p in analysis.paragraphs]):
        if att.cue in seen:
            continue
        seen.add(att.cue)
        assert att.source is not None
        s_start, s_end = att.source
        resolved = resolver.resolve(s_start, s_end)
        c_start, c_end = att.content_hull
        events.append(
            envelope_of_body(
                event_type=STATEMENT_MADE,
                article_id=article.id,
                occurred_at=article.published_at,
                producer=PRODUCER,
                causation_id=article.id,
                body=statement_body(text, att.source, resolved.canonical, att.cue, (c_start, c_end), att.mode),
                evidence=_Bounds(c_start, c_end),
                discriminators=(str(att.cue[0]), str(att.cue[1])),
            )
        )
    return events
