"""Grammar patterns that complement the engine: precise regular expressions for errors typical
of hurried plan writing (``ehcaudit/data/grammar-patterns.yaml``; see that file's header).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from ehcaudit.language.base import LangIssue
from ehcaudit.regex_guard import guard
from ehcaudit.yaml_safe import safe_load

_LAST_WORD = re.compile(r"(\w+)\W*$")


@dataclass(frozen=True)
class Pattern:
    id: str
    regex: re.Pattern[str]
    suggest: str | dict[str, str]
    message: str
    unless_after: frozenset[str] = frozenset()
    #: Not reported when the text just before the match ends with this (``unless_before``).
    unless_before: re.Pattern[str] | None = None
    needs: tuple[str, ...] = ()
    #: An agreement pattern: not reported when the noun before the verb ends a phrase that
    #: modifies an earlier noun, the true head of the subject (see :func:`in_modifier_phrase`).
    subject_head: bool = False

    def issues(self, text: str) -> list[LangIssue]:
        out = []
        for m in self.regex.finditer(text):
            if self.unless_after:
                before = _LAST_WORD.search(text[max(0, m.start() - 40):m.start()])
                if before and before.group(1).lower() in self.unless_after:
                    continue
            if self.unless_before and self.unless_before.search(text, max(0, m.start() - 80), m.start()):
                continue
            group = "err" if "err" in self.regex.groupindex and m.group("err") is not None else 0
            if self.subject_head and in_modifier_phrase(text, m.start(group)):
                continue
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
_KEYS = frozenset({"id", "pattern", "case", "suggest", "message", "needs", "unless_after",
                   "unless_before", "subject_head", "examples"})

#: Prepositions (and infinitive "to") that open a phrase modifying the noun before them
#: ("access TO the range of services", "the sharing OF care plans and reports").
_PREPOSITIONS = frozenset(
    "of to for with between in on at from by about among into including within across over under "
    "through during against towards without like than per via".split())
#: Words that end the subject when reading back from the verb: a clause opener or a verb.
_CLAUSE_STOPS = frozenset(
    "that which who whom whose when where while because if although though but so since unless "
    "whether is are was were has have had will would can could should may might must does do did "
    "be been being".split())
_BACK_TOKEN = re.compile(r"[^\W\d_][\w’'-]*|[.;:!?()\[\]]")


def in_modifier_phrase(text: str, verb_start: int, window: int = 14) -> bool:
    """Whether the words before the verb at ``verb_start`` hold a preposition that is not the
    first word of the clause: then the noun before the verb ends a phrase that modifies the
    subject's head ("Access to the range of services to help these children has been
    streamlined": the subject is "Access"), so it cannot show the verb's number. A preposition
    that opens the clause ("In Year 3 the children is ...") is an adverbial, not a modifier."""
    words: list[str] = []
    for tok in reversed(_BACK_TOKEN.findall(text[max(0, verb_start - 200):verb_start])):
        low = tok.lower()
        if not tok[0].isalpha() or low in _CLAUSE_STOPS:
            break
        words.append(low)
        if len(words) >= window:
            break
    # words[-1] is the first word of the clause: a preposition there is an adverbial
    return any(w in _PREPOSITIONS for w in words[1:-1])


@cache
def load_patterns() -> tuple[Pattern, ...]:
    """The packaged grammar patterns (a packaging error raises: the file is ours, not user input)."""
    raw = resources.files("ehcaudit").joinpath("data", "grammar-patterns.yaml").read_text(encoding="utf-8")
    out = []
    for item in safe_load(raw)["patterns"]:  # libyaml when present (ehcaudit.yaml_safe)
        unknown = set(item) - _KEYS
        if unknown:  # a typo ("unles_after") would silently change what the pattern finds
            raise ValueError(f"grammar-patterns.yaml: pattern {item.get('id')!r} has unknown keys {sorted(unknown)}")
        for key in ("needs", "unless_after"):
            bad = [w for w in item.get(key, []) if not isinstance(w, str)]
            if bad:  # YAML reads on/off/yes/no as booleans: quote them
                raise ValueError(f"grammar-patterns.yaml: pattern {item.get('id')!r}: {key} holds {bad}; quote them")
        # MULTILINE: a line break starts a sentence, as a full stop does ("Communication and
        # interaction\nHodan have ..."): "^" is the start of a line, "$" its end
        flags = re.MULTILINE | (0 if item.get("case") == "sensitive" else re.IGNORECASE)
        suggest = item.get("suggest", "")
        if isinstance(suggest, dict):
            suggest = {str(k).lower(): str(v) for k, v in suggest.items()}
        out.append(Pattern(id=item["id"], regex=_guarded(item["pattern"], flags),
                           suggest=suggest, message=item["message"],
                           unless_after=frozenset(w.lower() for w in item.get("unless_after", [])),
                           # read case-blind, and it must end where the match starts
                           unless_before=(re.compile(f"(?:{item['unless_before']})$", re.IGNORECASE)
                                          if item.get("unless_before") else None),
                           needs=tuple(str(n).lower() for n in item.get("needs", [])),
                           subject_head=bool(item.get("subject_head", False))))
    return tuple(out)


def _guarded(pattern: str, flags: int) -> re.Pattern[str]:
    """The pattern behind a look-ahead for the characters its matches can start with, when they
    can be read off its source (``\\b(?:he|she|it) ...`` -> ``(?=[hsiHSI])``): the same matches
    (group numbers and names unchanged), found sooner, as the engine rules most positions out
    with one character test instead of trying every alternative there."""
    return re.compile(guard((pattern,), case_sensitive=not flags & re.IGNORECASE) + f"(?:{pattern})", flags)


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
        if p.needs and not any(map(low.__contains__, p.needs)):  # `n in low`, in C
            continue
        for i in p.issues(text):
            if any(i.start < e and i.end > s for s, e in seen):
                continue
            seen.append((i.start, i.end))
            out.append(i)
    return tuple(out)
