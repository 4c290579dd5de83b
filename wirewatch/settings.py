"""Run-time settings, from flags or `WIREWATCH_*` environment variables.

Kept apart from the processors: extraction never reads the environment.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ISSUES = REPO_ROOT / "seeds" / "issues.yaml"
DEFAULT_STORE = "sqlite:///var/wirewatch.db"
ROLES = ("all", "extract", "sink")


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(f"WIREWATCH_{name}")
    return value if value not in (None, "") else default


@dataclass(frozen=True)
class Settings:
    broker: str | None = None  # host:port; None means "start the embedded broker"
    store: str = DEFAULT_STORE
    topic_prefix: str = "wirewatch"
    partitions: int = 4
    app_id: str = "wirewatch"
    issues_path: Path = DEFAULT_ISSUES
    actors_path: Path | None = None
    session_timeout: float = 10.0
    fetch_max_wait_ms: int = 100
    health_port: int | None = None  # the worker serves GET /healthz here when set
    role: str = "all"  # all | extract | sink: which stages this worker process runs (worker.py)

    @classmethod
    def from_env(cls) -> "Settings":
        actors = _env("ACTORS")
        return cls(
            broker=_env("BROKER"),
            store=_env("STORE", DEFAULT_STORE) or DEFAULT_STORE,
            topic_prefix=_env("TOPIC_PREFIX", "wirewatch") or "wirewatch",
            partitions=int(_env("PARTITIONS", "4") or 4),
            app_id=_env("APP_ID", "wirewatch") or "wirewatch",
            issues_path=Path(_env("ISSUES", str(DEFAULT_ISSUES)) or DEFAULT_ISSUES),
            actors_path=Path(actors) if actors else None,
            session_timeout=float(_env("SESSION_TIMEOUT", "10") or 10),
            fetch_max_wait_ms=int(_env("FETCH_MAX_WAIT_MS", "100") or 100),
            health_port=int(_env("HEALTH_PORT")) if _env("HEALTH_PORT") else None,
            role=_env("ROLE", "all") or "all",
        )

    def with_(self, **changes) -> "Settings":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})
