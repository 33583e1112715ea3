"""Outcomes named by their code, for PR-OUTCOME-LINK (:mod:`ehcaudit.checks.outcome_link`): an outcome's
own code ("E4" over it, "Outcome 3:" at its start) and the codes a provision item names ("For outcome:
E1, E2", "links to E2", "(E3)", "Outcome: 4"). A provision item that names an outcome's code serves that
outcome, whatever the layout and however differently the two are worded."""

from __future__ import annotations

import re

from ehcaudit.text import OUTCOME_PREFIX, OUTCOME_REF

#: One code: an E-code (text.OUTCOME_REF); in a list after an "outcome" label, a bare number ("Outcome: 4").
_ANY_CODE = rf"(?:{OUTCOME_REF}|\d{{1,2}}(?:\.\d{{1,2}}|[a-z])?)"
_SEP = r"\s*(?:,|&|/|\band\b|\bor\b)\s*"

#: An outcome's own code, in its sub-heading or at the start of its text: "E4 Outcome", "E4:", "Outcome 4",
#: "Outcome E4 -", "E4. By July 2027 ...".
_OWN = re.compile(rf"^\W*(?:(?:short|long|medium)[- ]term\s+)?(?:outcome\s*(?:no\.?\s*)?(?P<a>{_ANY_CODE})\b|(?P<b>{OUTCOME_REF})\b)",
                  re.IGNORECASE)

#: A provision item naming outcomes: after an "outcome(s)" label any code list ("For outcome: E1, E2",
#: "Outcomes 2 and 3"); after a linking word or in brackets, only E-codes ("links to E2", "(E3)",
#: "supports E1 and E4"), so that "for 2 terms" or "(30 minutes)" names no outcome.
_LABELLED = re.compile(rf"\boutcomes?\s*(?:nos?\.?\s*)?[:\-–]?\s*(?P<codes>{_ANY_CODE}(?:{_SEP}{_ANY_CODE})*)\b", re.IGNORECASE)
_LINKED = re.compile(rf"(?:\b(?:for|towards?|serves?|supports?|meets?|links?|linked|linking|relates?|related|contributes?)"
                     rf"\s+(?:to\s+)?|\()(?P<codes>{OUTCOME_REF}(?:{_SEP}{OUTCOME_REF})*)\b", re.IGNORECASE)
_ONE = re.compile(_ANY_CODE, re.IGNORECASE)


def _key(code: str) -> str:
    """A code without its letter and spacing, so that "E4", "E 4" and a bare "4" after "Outcome" agree."""
    return re.sub(rf"^{OUTCOME_PREFIX}", "", code.strip(), flags=re.IGNORECASE).lower()


def own_codes(text: str, subsection: str | None) -> set[str]:
    """The codes an outcome is known by: from its sub-heading ("E4 Outcome") and from a label opening it."""
    out: set[str] = set()
    for src in (subsection or "", text):
        m = _OWN.match(src)
        if m:
            out.add(_key(m.group("a") or m.group("b")))
    return out


def named_codes(text: str) -> set[str]:
    """The outcome codes a provision item names ("For outcome: E1, E2" -> {"1", "2"})."""
    out: set[str] = set()
    for rx in (_LABELLED, _LINKED):
        for m in rx.finditer(text):
            out.update(_key(c) for c in _ONE.findall(m.group("codes")))
    return out
