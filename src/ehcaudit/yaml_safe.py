"""One way to read YAML safely: libyaml's C loader when PyYAML was built with it, else the
pure-Python one. Both use the same safe constructors as ``yaml.safe_load`` (no Python objects,
nothing executed); the C loader is about ten times faster, which matters because every command
and every audit worker reads the rubric and the language data. This module imports nothing from
ehcaudit."""

from __future__ import annotations

from typing import Any

import yaml

LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """``yaml.safe_load(text)``, with libyaml when present (raises ``yaml.YAMLError`` alike)."""
    return yaml.load(text, Loader=LOADER)  # noqa: S506 - a safe loader, chosen above
