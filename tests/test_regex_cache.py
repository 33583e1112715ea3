"""Rubric patterns are checked once a process (ehcaudit.regex_cache): the same answers as
re.compile, one parse and one compile per distinct pattern text."""

from __future__ import annotations

import re
from re import _compiler

import pytest

from ehcaudit.checks._params import CareParams
from ehcaudit.regex_cache import compile_error, compiles, parse_checked
from ehcaudit.rubric.regex_guard import pattern_problem

BAD = ["a)|(b", "(?<=a+)b", "(a", "[z-a]", "x(?i)y", "\\", "a{3,2}", "(?P<n>a)(?P<n>b)"]
GOOD = [r"\bspeech and language\b", r"(?:\w+\s+)*end", r"[^,]+,", r"(?i)carer", r"(?<=\bthe )plan"]


def _re_error(pattern: str, flags: int = 0) -> str | None:
    try:
        re.compile(pattern, flags)
    except re.error as e:
        return str(e)
    return None


@pytest.mark.parametrize("pattern", BAD + GOOD)
def test_the_same_errors_as_re_compile_with_and_without_flags(pattern):
    for flags in (0, re.IGNORECASE):
        err = compile_error(pattern, flags)
        assert (None if err is None else str(err)) == _re_error(pattern, flags)
    err = compiles(pattern)
    assert (None if err is None else str(err)) == _re_error(pattern)


def test_each_pattern_text_is_compiled_once_a_process(monkeypatch):
    seen: list[object] = []
    real = _compiler.compile

    def counting(p, flags=0):
        seen.append(p)
        return real(p, flags)

    monkeypatch.setattr(_compiler, "compile", counting)
    text = r"\bregex-cache-test-(?:one|two)\b"
    assert compiles(text) is None
    assert pattern_problem(text) is None
    assert compiles(text) is None
    assert len(seen) == 1  # the parameter models' check and the regex guard share one compile


def test_a_bad_pattern_is_still_refused_by_the_guard_and_the_parameter_models():
    assert pattern_problem("(a") == "'(a' is not a valid regular expression (missing ), unterminated subpattern at position 0)"

    class P(CareParams):
        words: list[str]

    with pytest.raises(ValueError, match=r"words: '\(a' is not a valid regular expression"):
        P(words=["fine", "(a"])
    assert parse_checked("fine").data  # a good one gives its parse tree
