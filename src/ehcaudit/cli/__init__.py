"""The ``ehcaudit`` command line (typer). One module per command; this file wires them up."""

from __future__ import annotations

from ehcaudit.cli.application import app

# Each command module registers itself on `app` when imported; it imports `app` from
# ehcaudit.cli.application, never from this package (which imports it: a cycle).
from ehcaudit.cli import score as _score  # noqa: E402,F401
from ehcaudit.cli import rubric as _rubric  # noqa: E402,F401
from ehcaudit.cli import feedback as _feedback  # noqa: E402,F401

from ehcaudit.cli import privacy as _privacy  # noqa: E402,F401
from ehcaudit.cli import audit as _audit  # noqa: E402,F401
from ehcaudit.cli import trend as _trend  # noqa: E402,F401
from ehcaudit.cli import proofread as _proofread  # noqa: E402,F401
from ehcaudit.cli import store as _store  # noqa: E402,F401
from ehcaudit.cli import serve as _serve  # noqa: E402,F401


def main() -> None:  # console script entry point
    app()
