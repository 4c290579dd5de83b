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

from ..schemas import STATEMENT_MADE, Article, Entity, Envelope, Producer, Span, StatementMade, article_event
from .attribution import Attribution, find_attributions
from .analysis import analysis_of
from .context import ExtractionContext
from .speakers import SpeakerResolver

PRODUCER = Producer(name="statements", version="1.1.0")


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
        source_span = Span.of(text, s_start, s_end)
        c_start, c_end = att.content_hull
        content = Span.of(text, c_start, c_end)
        cue = Span.of(text, *att.cue)
        payload = StatementMade(
            speaker=Entity(name=source_span.text, canonical=resolved.canonical, span=source_span),
            cue=cue,
            content=content,
            mode=att.mode,  # type: ignore[arg-type]
        )
        events.append(
            article_event(
                article,
                event_type=STATEMENT_MADE,
                producer=PRODUCER,
                payload=payload,
                evidence=content,
                discriminators=(str(cue.start), str(cue.end)),
            )
        )
    return events
