"""Grammar patterns that complement the engine: precise regular expressions for errors typical
of hurried plan writing (``ehcaudit/data/grammar-patterns.yaml``; see that file's header).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import yaml

from ehcaudit.language.base import LangIssue

_LAST_WORD = re.compile(r"(\w+)\W*$")


@dataclass(frozen=True)
class Pattern:
    id: str
    regex: re.Pattern[str]
    suggest: str | dict[str, str]
    message: str
    unless_after: frozenset[str] = frozenset()
    needs: tuple[str, ...] = ()

    def issues(self, text: str) -> list[LangIssue]:
        out = []
        for m in self.regex.finditer(text):
            if self.unless_after:
                before = _LAST_WORD.search(text[max(0, m.start() - 40):m.start()])
                if before and before.group(1).lower() in self.unless_after:
                    continue
            group = "err" if "err" in self.regex.groupindex and m.group("err") is not None else 0
            s, e = m.span(group)
            wrong = m.group(group)
            if isinstance(self.suggest, dict):
                fix = self.suggest.get(wrong.lower().replace("’", "'"))
                if fix is not None and wrong[:1].isupper():
                    fix = fix[:1].upper() + fix[1:]
            else:
                fix = m.expand(self.suggest) if self.suggest else None
                if fix and wrong[:1].isupper() and fix[:1].islower():
                    fix = fix[:1].upper() + fix[1:]
            out.append(LangIssue(kind="grammar", start=s, end=e, text=wrong, message=self.message,
                                 suggestions=(fix,) if fix else (), rule=f"ehcaudit:{self.id}"))
        return out


#: Keys a pattern may have (``examples`` are its pass/fail cases, checked by the tests).
_KEYS = frozenset({"id", "pattern", "case", "suggest", "message", "needs", "unless_after", "examples"})


@cache
def load_patterns() -> tuple[Pattern, ...]:
    """The packaged grammar patterns (a packaging error raises: the file is ours, not user input)."""
    raw = resources.files("ehcaudit").joinpath("data", "grammar-patterns.yaml").read_text(encoding="utf-8")
    out = []
    for item in yaml.safe_load(raw)["patterns"]:
        unknown = set(item) - _KEYS
        if unknown:  # a typo ("unles_after") would silently change what the pattern finds
            raise ValueError(f"grammar-patterns.yaml: pattern {item.get('id')!r} has unknown keys {sorted(unknown)}")
        for key in ("needs", "unless_after"):
            bad = [w for w in item.get(key, []) if not isinstance(w, str)]
            if bad:  # YAML reads on/off/yes/no as booleans: quote them
                raise ValueError(f"grammar-patterns.yaml: pattern {item.get('id')!r}: {key} holds {bad}; quote them")
        flags = 0 if item.get("case") == "sensitive" else re.IGNORECASE
        suggest = item.get("suggest", "")
        if isinstance(suggest, dict):
            suggest = {str(k).lower(): str(v) for k, v in suggest.items()}
        out.append(Pattern(id=item["id"], regex=re.compile(item["pattern"], flags),
                           suggest=suggest, message=item["message"],
                           unless_after=frozenset(w.lower() for w in item.get("unless_after", [])),
                           needs=tuple(str(n).lower() for n in item.get("needs", []))))
    return tuple(out)


def pattern_issues(text: str) -> list[LangIssue]:
    """Every grammar-pattern issue in ``text`` (at most one per span)."""
    return list(_pattern_issues(text))


def clear_cache() -> None:
    """Forget the issues remembered per text (benchmarks time the patterns from cold)."""
    _pattern_issues.cache_clear()


@lru_cache(maxsize=16384)
def _pattern_issues(text: str) -> tuple[LangIssue, ...]:
    # cached: template boilerplate repeats from plan to plan (issues are frozen dataclasses)
    seen: list[tuple[int, int]] = []
    out = []
    low = text.lower()
    for p in load_patterns():
        if p.needs and not any(n in low for n in p.needs):
            continue
        for i in p.issues(text):
            if any(i.start < e and i.end > s for s, e in seen):
                continue
            seen.append((i.start, i.end))
            out.append(i)
    return tuple(out)
