"""Evidence shapes shared by every payload: character spans into `Article.text`."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Span(BaseModel):
    """`text == article.text[start:end]`; offsets are Python string indices."""

    model_config = ConfigDict(frozen=True)

    text: str
    start: int
    end: int

    @classmethod
    def of(cls, article_text: str, start: int, end: int) -> "Span":
        return cls(text=article_text[start:end], start=start, end=end)


class Entity(BaseModel):
    """A mention (`name` as written, with its span) and its normalized `canonical` name."""

    model_config = ConfigDict(frozen=True)

    name: str
    canonical: str
    span: Span
