"""Moved to :mod:`ehcaudit.store.safety` (issue 18). This name is kept only so that branches
written before the move still import (``from ehcaudit.store_safety import write_failure``); new
code imports ``ehcaudit.store.safety``. Remove it once no branch uses it."""

from typing import Any

import ehcaudit.store.safety


def __getattr__(name: str) -> Any:  # PEP 562: every name of ehcaudit.store.safety, as before
    return getattr(ehcaudit.store.safety, name)
