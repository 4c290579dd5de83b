"""Actor names as readers type them -> the canonical names the views store.

Reads the actor gazetteer YAML directly (not through the processors): aliases are data.
"""

from __future__ import annotations

from pathlib import Path

from ..schemas.yamlfile import read_yaml
from ..settings import REPO_ROOT

DEFAULT_ACTORS = REPO_ROOT / "seeds" / "actors.yaml"


class NameResolver:
    def __init__(self, by_name: dict[str, set[str]] | None = None) -> None:
        self.by_name = by_name or {}

    @classmethod
    def load(cls, path: str | Path | None) -> "NameResolver":
        path = Path(path) if path else DEFAULT_ACTORS
        try:
            data = read_yaml(path)
        except OSError:
            return cls()
        by_name: dict[str, set[str]] = {}
        for actor in data.get("actors") or []:
            canonical = actor.get("canonical")
            if not canonical:
                continue
            for name in [canonical, *(actor.get("aliases") or [])]:
                by_name.setdefault(str(name).casefold(), set()).add(canonical)
        return cls(by_name)

    def resolve(self, name: str) -> list[str]:
        """Canonical names `name` may mean; the name itself when the gazetteer does not know it."""
        found = self.by_name.get(name.strip().casefold())
        return sorted(found) if found else [name.strip()]
