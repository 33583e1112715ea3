"""What a health need is, read clause by clause: the definition HC-NEEDS-MET and HC-OUTCOMES share.

A health need is a current condition, difficulty or risk the child has now that needs care,
treatment, monitoring or an adjustment. A clause that says a condition is typical, clear, fine,
resolved or history states no need, whatever condition it names and however the council words it:
"her audiology results showed typical hearing", "Hearing - no issues identified", "passed her
newborn hearing screen", "has not had a seizure for three years". A clause that states a
difficulty, a loss or a risk ("a mild loss in her left ear", "is not within the normal range")
states a need even beside such words. The discipline or service that tested or reviews the child
("(audiology, April 2026)", "the ophthalmology clinic") is no condition either.

These are the readers :func:`ehcaudit.checks._health_c_reading.mentions` applies to each mention
of a condition; the word lists (what fine, over, a difficulty and a service are) come from the
rubric (:class:`StatusParams`).
"""

from __future__ import annotations

import re

from ehcaudit.checks._params import CareParams
from ehcaudit.checks._patterns import rx
from ehcaudit.clauses import AFTER_BOUNDARY_RE, clause_after, clause_before, ruled_out
from ehcaudit.rubric.registry import optional_list


class StatusParams(CareParams):
    """The vocabulary of the definition: what says a condition is fine or over, what states a
    difficulty, and what names a service rather than a condition."""

    fine_patterns: list[str] = optional_list(
        "Words that say a condition, or a test of it, is typical, clear or fine ('within the typical range', "
        "'unremarkable', 'passed', 'no issues identified', 'needs no correction'): a clause that says so of "
        "the condition states no need")
    over_words: list[str] = optional_list(
        "Words that say a condition is history or controlled away ('no longer', 'used to', 'none since', "
        "'seizure free', 'as a baby', 'has not had a seizure for three years'): a clause that says so states no need")
    difficulty_patterns: list[str] = optional_list(
        "Words that state a difficulty, loss or risk ('a mild loss', 'impaired', 'not within the normal range', "
        "'needs glasses'): a clause that says so states a need, whatever fine words it has; one negated in its "
        "clause ('no problems', 'without difficulty') states none")
    has_frame_patterns: list[str] = optional_list(
        "The end of a clause before a condition that says the child has it ('has', 'was diagnosed with', "
        "'experiences', 'takes medicine for'): the condition is the child's, fine words later in the clause "
        "('has epilepsy and is doing well at school') are about the child, not the condition")
    service_patterns: list[str] = optional_list(
        "A condition word used as the name of a discipline or service ('audiology', 'the ophthalmology clinic', "
        "'the cardiology team'): it names who tested or reviews the child, not a condition")
    under_service_patterns: list[str] = optional_list(
        "The end of a clause before a service that says the child is in its care ('under', 'known to', "
        "'referred to', 'seen by'): the service stands for the condition it treats")


#: Words that deny what follows them in their clause: "no problems", "without difficulty", "not a concern".
_DENIED = re.compile(r"\b(?:no|not|without|nothing|never|free (?:of|from)|any|nor)\b(?:[\s,]+[\w'’-]+){0,2}[\s,]*$",
                     re.IGNORECASE)
#: Where a clause about the condition hands over to one about something else: ", so his language ...",
#: ", which means ...", ", because ...".
_SUBORDINATE = re.compile(r",\s*(?:so|which|because|as|meaning|and so|so that)\b", re.IGNORECASE)
#: A clause that gives the result of the test or check named before it: "both results were clear".
_BACK_RESULT = re.compile(r"\s*(?:both|all|each|the|its|their|his|her)?\s*(?:results?|tests?|checks?|findings?|it|this|these|they)\b",
                          re.IGNORECASE)
#: The start of a clause that is a label: nothing, a bullet or an item code before the condition word.
_LABEL_LEAD = re.compile(r"[\s\u2022*\-\u2013]*(?:[A-Z]?\d{1,2}[.)]?\s+)?(?:[\w'’-]+\s+(?:and|&)\s+)?", re.IGNORECASE)


def clause_of(text: str, m: re.Match) -> tuple[str, str]:
    """The clause a mention sits in, as (the part before it, the part after it). A condition used as
    a label ("Hearing - no issues identified", "Vision: unremarkable") takes the clause after the
    label's colon or dash as its value."""
    before, after = clause_before(text, m.start()), clause_after(text, m.end())
    if not after.strip() and _LABEL_LEAD.fullmatch(before):
        b = AFTER_BOUNDARY_RE.search(text, m.end())
        if b is not None and b.group(0).strip() in {":", "-", "\u2013", "\u2014"}:
            after = clause_after(text, b.end())
    cut = _SUBORDINATE.search(after)
    if cut is not None:
        return before, after[:cut.start()]
    # the result given in the next clause, pointing back: "Hearing was screened at birth; both results
    # were clear", "Her eyes were tested in May - the result was normal"
    end = m.end() + len(after)
    b = AFTER_BOUNDARY_RE.match(text, end)
    if b is not None and b.group(0).strip() in {";", "-", "\u2013", "\u2014"}:
        nxt = clause_after(text, b.end())
        if _BACK_RESULT.match(nxt):
            after = f"{after} {nxt}"
    return before, after


def _stated(r: re.Pattern | None, clause: str) -> bool:
    """Does the clause say it, in words its own clause does not deny ("no problems", "not clear")?"""
    if r is None:
        return False
    return any(not _DENIED.search(clause[:f.start()]) for f in r.finditer(clause))


def states_no_need(text: str, m: re.Match, p: StatusParams) -> bool:
    """Does the clause of this mention say the condition is typical, clear, fine or over, and state
    no difficulty, loss or risk? Then it is no health need, whatever condition it names."""
    fine, over = rx(p.fine_patterns), rx(p.over_words)
    if fine is None and over is None:
        return False
    before, after = clause_of(text, m)
    clause = ruled_out(f"{before}{m.group(0)}{after}")[0]  # "not caused by hearing loss" states no loss
    if _stated(rx(p.difficulty_patterns), clause):
        return False
    if over is not None and over.search(clause):
        return True
    if fine is None:
        return False
    frame = rx(p.has_frame_patterns)
    # "has epilepsy and is doing well": fine words after a condition the child has are about the
    # child; "has good hearing" (the fine word next to the condition) is still about the condition
    if frame is not None and frame.search(before) and not fine.search(before[-25:]):
        return False
    return _stated(fine, clause)


def names_a_service(text: str, m: re.Match, p: StatusParams) -> bool:
    """Is this mention the name of a discipline or service ("tested by audiology", "(ophthalmology,
    June 2026)") rather than a condition? A child under or known to the service has the condition."""
    s = rx(p.service_patterns)
    if s is None or not s.match(text, m.start()):
        return False
    under = rx(p.under_service_patterns)
    if under is not None and under.search(clause_before(text, m.start())):
        return False
    # what the service found is a need when it is a difficulty: "Audiology found a mild loss in his right ear"
    before, after = clause_of(text, m)
    return not _stated(rx(p.difficulty_patterns), ruled_out(f"{before}{m.group(0)}{after}")[0])
