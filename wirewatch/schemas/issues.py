"""User-defined watch topics ("issues") that stance detection tracks."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

# libyaml's safe loader when PyYAML was built with it: the same documents, several times faster
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
        data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_SAFE_LOADER) or {}
        return cls.model_validate(data)
