"""Reading the project's YAML files (issues, the actor gazetteer) in one place.

libyaml's safe loader when PyYAML was built with it: the same documents as `yaml.safe_load`, several
times faster (the gazetteer is read by every worker at start-up).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: str | Path) -> Any:
    """The document in a UTF-8 YAML file, `{}` for an empty one."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=SAFE_LOADER) or {}
