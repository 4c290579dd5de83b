"""The input record: one news article as it arrives on the `articles` topic."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_TEXT_CHARS = 1_000_000


class Article(BaseModel):
    """A news article. Unknown fields are ignored so publishers can send extra metadata."""

    model_config = ConfigDict(extra="ignore", frozen=True, str_strip_whitespace=False)

    id: str = Field(min_length=1, max_length=512)
    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published_at: str | None = Field(default=None, description="ISO 8601")
    language: str = "en"

    @field_validator("text")
    @classmethod
    def _text_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is blank")
        return value

    @field_validator("published_at")
    @classmethod
    def _iso_8601(cls, value: str | None) -> str | None:
        if value is None:
            return None
        from datetime import datetime

        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError as exc:
            raise ValueError(f"published_at is not ISO 8601: {value!r}") from exc
        if not 1900 <= parsed.year <= 2200:
            raise ValueError(f"published_at out of range: {value!r}")
        return value
