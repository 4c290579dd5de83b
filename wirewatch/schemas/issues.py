"""User-defined watch topics ("issues") that stance detection tracks."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from .yamlfile import read_yaml


class Issue(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    id: str = Field(min_length=1, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    label: str
    proposition: str
    terms: tuple[str, ...] = ()


class IssueSet(BaseModel):
    model_config = ConfigDict(frozen=True)

    issues: tuple[Issue, ...] = ()

    @classmethod
    def load(cls, path: str | Path) -> "IssueSet":
        data = read_yaml(path)
        return cls.model_validate(data)
