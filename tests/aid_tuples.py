"""How the aid test batteries compare events: (donor, recipient, value, currency) per event a text gives, each
payload validated against the schema first."""

from __future__ import annotations

from wirewatch.processors import ExtractionContext, aid
from wirewatch.schemas import AidAnnounced, Article

_CTX = ExtractionContext()


def aid_payloads(text: str, article_id: str = "t-aid", published_at: str = "2024-05-01T00:00:00+00:00") -> list[dict]:
    """The aid payloads one text gives, each validated against the schema."""
    article = Article(id=article_id, text=text, published_at=published_at)
    out = []
    for event in aid.extract(article, _CTX):
        AidAnnounced.model_validate(event.payload)
        out.append(event.payload)
    return out


def aid_tuples(text: str, article_id: str = "t-aid") -> list[tuple]:
    out = []
    for p in aid_payloads(text, article_id):
        amount = p.get("amount") or {}
        out.append((p["donor"]["canonical"], p["recipient"]["canonical"], amount.get("value"), amount.get("currency")))
    return out


def aid_kinds(text: str, article_id: str, published_at: str) -> set[tuple]:
    """(donor, recipient, value, currency, kind) of every event: the fresh batteries' comparison."""
    out = set()
    for p in aid_payloads(text, article_id, published_at):
        amount = p.get("amount") or {}
        out.add((p["donor"]["canonical"], p["recipient"]["canonical"], amount.get("value"), amount.get("currency"), p["kind"]))
    return out


def case_param(case):
    """A battery's named case, `(name, text, expected)` or a `pytest.param` of it with its xfail mark, as a param."""
    import pytest

    if hasattr(case, "marks"):
        name, text, expected = case.values
        return pytest.param(text, expected, id=name, marks=case.marks)
    name, text, expected = case
    return pytest.param(text, expected, id=name)


def aid_parties(title: str, text: str, article_id: str = "t-aid") -> set[tuple]:
    """(donor, recipient, value, currency, kind) of an article with a headline, each recipient span checked against the
    text it points into (the recipient may come from the headline, with an empty span)."""
    article = Article(id=article_id, title=title, text=text, published_at="2024-06-01T00:00:00+00:00")
    out = set()
    for event in aid.extract(article, _CTX):
        p = AidAnnounced.model_validate(event.payload).model_dump()
        amount = p.get("amount") or {}
        out.add((p["donor"]["canonical"], p["recipient"]["canonical"], amount.get("value"), amount.get("currency"), p["kind"]))
        span = p["recipient"]["span"]
        assert text[span["start"] : span["end"]] == span["text"]
    return out
