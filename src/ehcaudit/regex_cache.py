"""Rubric patterns checked once a process: parse and compile each distinct pattern text once.

Every command that reads a rubric checks each of its ~1,600 patterns when loading it (the care
checks' parameter models, then :mod:`ehcaudit.rubric.regex_guard`). That used to compile every
pattern twice (once without flags, once with IGNORECASE) and parse it a third time for the
backtracking analysis: about 3,600 compiles, the largest single cost of a one-plan ``score``
(and Python's own ``re`` cache, 512 entries, overflowed, so the checks' patterns were compiled
again). Here a pattern is parsed once and put through the same code generation as
``re.compile`` (so exactly the same errors are raised), and the answer is kept for the process.
This module imports nothing from ehcaudit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from re import _compiler as sre_compile  # type: ignore[attr-defined]  # the stdlib's own compiler
from re import _parser as sre_parse  # type: ignore[attr-defined]  # (no stubs)
from typing import Any

#: Enough for every pattern of the packaged rubric and a custom one besides.
_SIZE = 8192

#: True while the packaged rubric's own bytes are validated (ehcaudit.rubric.schema): its
#: patterns were all checked by ``ehcaudit rubric check`` and the test suite, so the parameter
#: models skip compiling them (the checks compile each on use). Never set for other rubrics.
_TRUSTED: ContextVar[bool] = ContextVar("ehcaudit_patterns_trusted", default=False)


@contextmanager
def trusted_patterns() -> Iterator[None]:
    """Within this block the parameter models take patterns as already checked."""
    token = _TRUSTED.set(True)
    try:
        yield
    finally:
        _TRUSTED.reset(token)


def patterns_trusted() -> bool:
    return _TRUSTED.get()


@lru_cache(maxsize=_SIZE)
def parse_checked(pattern: str, flags: int = re.IGNORECASE) -> Any:
    """The parse tree of ``pattern`` after checking that it compiles as ``re.compile(pattern,
    flags)`` would (same steps: parse, code generation, the engine's own check; same
    exceptions: :class:`re.error`, OverflowError, RecursionError...). Cached when it compiles;
    an exception is raised again on each call."""
    flags = int(flags)  # as re.compile: a plain int, not a RegexFlag (whose "&" is slow Python)
    tree = sre_parse.parse(pattern, flags)
    sre_compile.compile(tree, flags)  # code generation and _sre.compile of the parsed tree
    return tree


def compile_error(pattern: str, flags: int = re.IGNORECASE) -> re.error | None:
    """The :class:`re.error` ``re.compile(pattern, flags)`` raises, or None if it compiles."""
    try:
        parse_checked(pattern, flags)
    except re.error as e:
        return e
    return None


def compiles(pattern: str) -> re.error | None:
    """:func:`compile_error` of a rubric pattern as the parameter models check it (without
    flags; IGNORECASE changes no str pattern's validity, so the check made with it, which the
    regex guard makes anyway, is shared: one parse a pattern text instead of two compiles)."""
    err = compile_error(pattern, re.IGNORECASE)
    if err is None:
        return None
    return compile_error(pattern, 0)  # the error exactly as without flags

