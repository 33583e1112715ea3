"""Harper's rules sorted for ehcaudit: the table in ``ehcaudit/data/harper-rules.yaml`` (rule
name first, then lint kind -> ``spelling``, ``grammar``, ``style`` or ``off``), its word lists
(:func:`words`) and Harper's own grouping of its rules.
"""

from __future__ import annotations

from functools import cache
from typing import Literal, get_args

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


#: The word lists of harper-rules.yaml, each read by one filter of ``lint_filters``:
#: ``an_words`` (take "an" where Harper expects "a"), ``to_prepositions`` (after them "to" is a
#: preposition: "close to expected"), ``of_phrase_openers`` ("would not of itself": no slip for
#: "have"), ``to_verbs`` (the verb of a noun/verb pair, right after an infinitive "to"),
#: ``british_forms`` ("learnt", "spelt"), ``their_prepositions`` (after them "their" is the
#: possessive), ``number_words`` ("one of the five workstreams"), ``irregular_pasts``
#: ("withdrew", "undertook": a past tense agrees with every pronoun), ``time_units`` ("in each 24
#: hours": a period), ``finite_auxiliaries`` ("record how progress had been measured": an
#: indirect question, not a missing "to").
WordList = Literal["an_words", "to_prepositions", "of_phrase_openers", "to_verbs", "british_forms",
                   "their_prepositions", "number_words", "irregular_pasts", "time_units", "finite_auxiliaries"]


@cache
def words(key: WordList) -> frozenset[str]:
    """One word list of harper-rules.yaml, lower-cased (see :data:`WordList`)."""
    if key not in get_args(WordList):
        raise KeyError(f"harper-rules.yaml has no word list {key!r}")
    listed = list(_rules_file().get(key) or ())
    bad = [w for w in listed if not isinstance(w, str)]
    if bad:  # YAML reads a bare no/yes/on/off as a boolean: a packaging error, not user input
        raise ValueError(f"harper-rules.yaml: {key} holds {bad}; quote them")
    return frozenset(w.lower() for w in listed)


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
