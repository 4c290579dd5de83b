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
