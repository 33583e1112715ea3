"""Harper's rules sorted for ehcaudit: the table in ``ehcaudit/data/harper-rules.yaml`` (rule
name first, then lint kind -> ``spelling``, ``grammar``, ``style`` or ``off``), its word lists
(``an_words``, ``british_forms``, ``to_prepositions``, ``of_phrase_openers``, ``to_verbs``,
``their_prepositions``, ``number_words``, ``irregular_pasts``) and Harper's own grouping of its rules.
"""

from __future__ import annotations

from functools import cache

from ehcaudit.language.vocabulary import bundled_text
from ehcaudit.yaml_safe import safe_load

_KINDS = ("spelling", "grammar", "style", "off")


@cache
def _rules_file() -> dict:
    return safe_load(bundled_text("harper-rules.yaml"))


@cache
def tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """``(kinds, rules, groups)``: Harper lint kind / rule name / rule group -> our kind or 'off'."""
    data = _rules_file()
    kinds = {str(k): str(v) for k, v in (data.get("kinds") or {}).items()}
    rules = {str(k): ("off" if v is False else str(v)) for k, v in (data.get("rules") or {}).items()}
    groups = {str(k): ("off" if v is False else str(v)) for k, v in (data.get("groups") or {}).items()}
    for table in (kinds, rules, groups):
        bad = {k: v for k, v in table.items() if v not in _KINDS}
        if bad:  # a packaging error, not user input
            raise ValueError(f"harper-rules.yaml: unknown kinds {bad}")
    return kinds, rules, groups


def rule_table() -> tuple[dict[str, str], dict[str, str]]:
    """``(kinds, rules)`` from harper-rules.yaml: Harper lint kind / rule name -> our kind or 'off'."""
    kinds, rules, _groups = tables()
    return kinds, rules


def _words(key: str) -> frozenset[str]:
    words = list(_rules_file().get(key) or ())
    bad = [w for w in words if not isinstance(w, str)]
    if bad:  # YAML reads a bare no/yes/on/off as a boolean: a packaging error, not user input
        raise ValueError(f"harper-rules.yaml: {key} holds {bad}; quote them")
    return frozenset(w.lower() for w in words)


@cache
def an_words() -> frozenset[str]:
    """Words that take "an" where Harper's a/an rule expects "a" (harper-rules.yaml)."""
    return _words("an_words")


@cache
def to_prepositions() -> frozenset[str]:
    """Words after which "to" is a preposition ("close to expected"): harper-rules.yaml."""
    return _words("to_prepositions")


@cache
def of_phrase_openers() -> frozenset[str]:
    """Words after which "of" opens a prepositional phrase ("would not of itself"), so it is
    no slip for "have" after a modal verb: harper-rules.yaml."""
    return _words("of_phrase_openers")


@cache
def to_verbs() -> frozenset[str]:
    """Verbs of Harper's noun/verb pairs ("affect", "advise") that are right straight after an
    infinitive "to": harper-rules.yaml."""
    return _words("to_verbs")


@cache
def their_prepositions() -> frozenset[str]:
    """Prepositions after which "their" is the possessive, never "they're": harper-rules.yaml."""
    return _words("their_prepositions")


@cache
def number_words() -> frozenset[str]:
    """Number words and determiners that stand before a plural noun ("one of the five
    workstreams"): harper-rules.yaml."""
    return _words("number_words")


@cache
def irregular_pasts() -> frozenset[str]:
    """Irregular past forms: a verb ending in one ("withdrew", "undertook") is a past tense,
    which agrees with every pronoun: harper-rules.yaml."""
    return _words("irregular_pasts")


@cache
def british_forms() -> frozenset[str]:
    """Correct British forms Harper's grammar rules misread ("learnt", "spelt"): harper-rules.yaml."""
    return _words("british_forms")


def harper_groups(linter) -> dict[str, list[str]]:
    """Harper's own grouping of its rules (label -> rule names), from its settings structure."""
    out: dict[str, list[str]] = {}
    for item in linter.get_structured_lint_config().get("settings", []):
        group = item.get("Group")
        if not group:
            continue
        names: list[str] = []
        for x in group.get("child", {}).get("settings", []):
            if "Bool" in x:
                names.append(x["Bool"]["name"])
            elif "OneOfMany" in x:
                names.extend(x["OneOfMany"]["names"])
        out[group.get("label", "")] = names
    return out
