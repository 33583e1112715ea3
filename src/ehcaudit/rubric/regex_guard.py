"""Rubric patterns are data written by people: each must compile, and none may hang a run.

Every regular expression in a rubric is checked when the rubric is loaded (``rubric check``,
and every command that reads a rubric):

* it must compile, alone and joined with the other patterns of its list as the checks join
  them (``(?i)`` in the middle of a list compiles alone but not joined);
* it must not be open to catastrophic backtracking, which Python's ``re`` would take
  exponential time over: a quantifier applied to something that itself holds an unbounded
  quantifier (``(a+)+``, ``(\\w+\\s?)*``), or to alternatives that can match the same text
  (``(a|a)*``, ``(ab|a)+b``). A nested quantifier whose inner repeat is always ended by a
  character it cannot match (``(?:\\w+\\s+)*``, ``(?:[^,]+,)+``) has one way to match and is
  allowed. Such a pattern is refused with a one-line reason.

That analysis is a guard, not a proof; the per-plan time limit (``--time-limit``: ``score``,
``proofread``, ``feedback`` and ``audit``) bounds whatever gets past it, so a pattern is
either refused or bounded, never a hang.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from re import _constants as C  # type: ignore[attr-defined]  # noqa: N812 - the stdlib's own parser
from typing import Any

from pydantic import BaseModel

from ehcaudit.regex_cache import parse_checked

_UNBOUNDED = C.MAXREPEAT
#: A bounded repeat larger than this counts as unbounded: "{1,10}" over an ambiguous body
#: backtracks like "+" (32 a's and "!" took 34 s for "(?:\\w+\\s?){1,10}!x").
_LARGE_REPEAT = 3
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT)

ANY = None  # a first-character set that could be anything


def _charset(op, av):
    """A test for one character (a function), or ANY when the item can match too much to say."""
    if op is C.LITERAL:
        return lambda ch: ch == av
    if op is C.NOT_LITERAL:
        return lambda ch: ch != av
    if op is C.ANY:
        return ANY
    if op is C.IN:
        return _in_set(av)
    return ANY


_CATEGORY = {
    C.CATEGORY_DIGIT: lambda ch: chr(ch).isdigit(),
    C.CATEGORY_NOT_DIGIT: lambda ch: not chr(ch).isdigit(),
    C.CATEGORY_SPACE: lambda ch: chr(ch).isspace(),
    C.CATEGORY_NOT_SPACE: lambda ch: not chr(ch).isspace(),
    C.CATEGORY_WORD: lambda ch: chr(ch).isalnum() or ch == 95,
    C.CATEGORY_NOT_WORD: lambda ch: not (chr(ch).isalnum() or ch == 95),
}


def _in_range(lo: int, hi: int, ch: int) -> bool:
    return lo <= ch <= hi


def _in_set(items):
    tests: list[Callable[[Any], bool]] = []
    negate = False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            tests.append(functools.partial(operator.eq, av))
        elif op is C.RANGE:
            tests.append(functools.partial(_in_range, av[0], av[1]))
        elif op is C.CATEGORY and av in _CATEGORY:
            tests.append(_CATEGORY[av])
        else:
            return ANY
    if negate:
        return lambda ch: not any(t(ch) for t in tests)
    return lambda ch: any(t(ch) for t in tests)


#: Characters tried when asking whether two character sets overlap: ASCII, Latin-1 and the
#: typographic punctuation plans use.
_PROBE = [*range(0, 256), 0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026, 0x00A0]


def _overlap(a, b) -> bool:
    if a is ANY or b is ANY:
        return True
    return any(a(ch) and b(ch) for ch in _PROBE)


def _first(items) -> list:
    """Character tests for the first character ``items`` can match ([ANY] when unknown);
    an empty list if ``items`` can match nothing but the empty string."""
    out: list = []
    for op, av in items:
        if op is C.AT:
            continue
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            out.append(_charset(op, av))
            return out
        if op is C.SUBPATTERN:
            sub = _first(av[-1])
            out.extend(sub)
            if not _can_be_empty(av[-1]):
                return out
            continue
        if op in _REPEATS or op is C.POSSESSIVE_REPEAT:
            out.extend(_first(av[2]))
            if av[0] > 0 and not _can_be_empty(av[2]):
                return out
            continue
        if op is C.BRANCH:
            for alt in av[1]:
                out.extend(_first(alt))
            if not any(_can_be_empty(alt) for alt in av[1]):
                return out
            continue
        if op in (C.ASSERT, C.ASSERT_NOT):
            continue
        return [*out, ANY]  # groupref, atomic group...: unknown
    return out


def _can_be_empty(items) -> bool:
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.SUBPATTERN:
            if not _can_be_empty(av[-1]):
                return False
        elif op in _REPEATS or op is C.POSSESSIVE_REPEAT:
            if av[0] > 0 and not _can_be_empty(av[2]):
                return False
        elif op is C.BRANCH:
            if not any(_can_be_empty(alt) for alt in av[1]):
                return False
        elif op is C.ATOMIC_GROUP:
            if not _can_be_empty(av):
                return False
        elif op is C.GROUPREF:
            continue
        else:
            return False
    return True


def _single_char(items):
    """The character test if ``items`` is exactly one character class, else ANY."""
    if len(items) == 1:
        op, av = items[0]
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            return _charset(op, av)
        if op is C.SUBPATTERN:
            return _single_char(av[-1])
    return ANY


def _ends_unambiguously(seq) -> bool:
    """Whether every unbounded repeat of a single character class in ``seq`` (one level) is
    followed by a required character it cannot match: ``\\w+\\s+``, ``[^,]+,``. Such a body
    can split a text in one way only, so repeating it cannot backtrack exponentially."""
    for i, (op, av) in enumerate(seq):
        if op in _REPEATS and (av[1] == _UNBOUNDED or av[1] > _LARGE_REPEAT):
            inner = _single_char(av[2])
            if inner is ANY:
                return False
            rest = seq[i + 1:]
            if not rest:  # last in the body: the next repeat of the body follows it
                follow = _first(seq)
                if not follow or _can_be_empty(seq):
                    return False
            elif _can_be_empty(rest):
                return False
            else:
                follow = _first(rest)
            if not follow or any(_overlap(inner, f) for f in follow):
                return False
        elif op is C.SUBPATTERN or op is C.BRANCH or op in _REPEATS:
            if _has_repeat(av[-1] if op is C.SUBPATTERN else av[2] if op in _REPEATS else
                           [x for alt in av[1] for x in alt]):
                return False
    return True


def _has_repeat(items) -> bool:
    for op, av in items:
        if op in _REPEATS and (av[1] == _UNBOUNDED or av[1] > _LARGE_REPEAT):
            return True
        if op is C.SUBPATTERN and _has_repeat(av[-1]):
            return True
        if op in _REPEATS and _has_repeat(av[2]):
            return True
        if op is C.BRANCH and any(_has_repeat(alt) for alt in av[1]):
            return True
    return False


def _ambiguous_branch(items) -> bool:
    """An alternation (at the top of a repeated body) two of whose alternatives can begin with
    the same character: repeated, it can split one text in many ways."""
    for op, av in items:
        if op is C.SUBPATTERN:
            if _ambiguous_branch(av[-1]):
                return True
        elif op is C.BRANCH:
            maybe = [_literal(alt) for alt in av[1]]
            if all(w is not None for w in maybe):
                words = [w for w in maybe if w is not None]
                # plain words ("known |current |specific |significant "): ambiguous only if one
                # is the start of another ("a|ab"); a prefix-free set splits a text one way only
                if any(a.startswith(b) for i, a in enumerate(words) for j, b in enumerate(words) if i != j):
                    return True
                continue
            firsts = [_first(alt) or [ANY] for alt in av[1]]
            for i in range(len(firsts)):
                for j in range(i + 1, len(firsts)):
                    if any(_overlap(a, b) for a in firsts[i] for b in firsts[j]):
                        return True
    return False


def _literal(items) -> str | None:
    """The text ``items`` match if they are plain characters only (casefolded), else None."""
    chars = []
    for op, av in items:
        if op is not C.LITERAL:
            return None
        chars.append(chr(av).casefold())
    return "".join(chars)


def _problem(items) -> str | None:
    for op, av in items:
        if op in _REPEATS and av[1] > 1:
            body = av[2]
            big = av[1] == _UNBOUNDED or av[1] > _LARGE_REPEAT
            if big and _has_repeat(body) and not _ends_unambiguously(_flatten(body)):
                return "a repeated group holds another unbounded repeat (like '(a+)+')"
            if big and _ambiguous_branch(body):
                return "a repeated group holds alternatives that can match the same text (like '(a|ab)+')"
            found = _problem(body)
            if found:
                return found
        elif op is C.SUBPATTERN:
            found = _problem(av[-1])
            if found:
                return found
        elif op is C.BRANCH:
            for alt in av[1]:
                found = _problem(alt)
                if found:
                    return found
        elif op in (C.ASSERT, C.ASSERT_NOT):
            found = _problem(av[1])
            if found:
                return found
        elif op is C.POSSESSIVE_REPEAT or op is C.ATOMIC_GROUP:
            continue  # never backtracks
    return None


def _flatten(items) -> list:
    """A sequence with plain (capturing or not) groups opened up."""
    out = []
    for op, av in items:
        if op is C.SUBPATTERN and av[1] == 0 and av[2] == 0:
            out.extend(_flatten(av[-1]))
        else:
            out.append((op, av))
    return out


@lru_cache(maxsize=4096)
def pattern_problem(pattern: str, flags: int = re.IGNORECASE) -> str | None:
    """Why ``pattern`` cannot be used (does not compile, or can backtrack catastrophically),
    in one line; None if it can."""
    try:
        # parsed and compiled once a process (ehcaudit.regex_cache; the parameter models'
        # own check shares it): the same errors as re.compile, and the tree read below
        tree = parse_checked(pattern, flags)
    except re.error as e:
        return f"{pattern!r} is not a valid regular expression ({e})"
    except (OverflowError, RecursionError, MemoryError) as e:
        return f"{pattern!r} is too large or too deeply nested ({type(e).__name__})"
    try:
        why = _problem(list(tree))
    except RecursionError:
        return f"{pattern!r} is too deeply nested"
    if why:
        return f"{pattern!r} could take exponential time on some text (catastrophic backtracking): {why}"
    return None


def _is_regex_field(model: BaseModel, name: str) -> bool:
    return (bool(getattr(model, "ALL_TEXT_IS_REGEX", False)) or name == "patterns"
            or name.endswith("_patterns") or name in getattr(model, "REGEX_FIELDS", frozenset()))


def rubric_patterns(model: BaseModel, path: str = "") -> Iterator[tuple[str, list[str]]]:
    """``(path, patterns)`` for every list of regular expressions in a check's parameters."""
    for name, value in model:
        here = f"{path}.{name}" if path else name
        if isinstance(value, BaseModel):
            yield from rubric_patterns(value, here)
        elif isinstance(value, list | tuple):
            if value and all(isinstance(v, str) for v in value):
                if _is_regex_field(model, name):
                    yield here, [v.replace("{term}", "x") for v in value]
            else:
                for i, v in enumerate(value):
                    if isinstance(v, BaseModel):
                        yield from rubric_patterns(v, f"{here}.{i}")


_JOIN_SENSITIVE = re.compile(r"\(\?(?:[aiLmsux-]+[:)]|P<|<\w)")


def check_params(model: BaseModel) -> list[tuple[str, str]]:
    """``(path, reason)`` for every pattern in a check's parameters that cannot be used."""
    problems: list[tuple[str, str]] = []
    for path, patterns in rubric_patterns(model):
        bad = False
        for i, p in enumerate(patterns):
            why = pattern_problem(p)
            if why:
                problems.append((f"{path}.{i}", why))
                bad = True
        # joining can only break patterns that compile alone through inline flags or group names
        if not bad and len(patterns) > 1 and any(_JOIN_SENSITIVE.search(p) for p in patterns):
            for joined in ("|".join(f"(?:{p})" for p in patterns), "|".join(patterns)):
                try:
                    re.compile(joined, re.IGNORECASE)
                except re.error as e:
                    problems.append((path, f"the patterns do not compile when joined as the check joins "
                                           f"them ({e}); put inline flags such as (?i) nowhere but at the start"))
                    break
    return problems
