"""Section E's outcomes grouped as an auditor reads them: each outcome with the title over it (and its
date) and the smaller steps written under it ("Steps (by March 2027)", the targets under a labelled
long-term outcome). Which lines are outcomes at all is :mod:`ehcaudit.checks._outcomes`' job; this
module only groups them (for PR-SMART's measured-by-steps reading)."""

from __future__ import annotations

import re

from ehcaudit.checks._outcomes import (
    ABOUT_OUTCOMES,
    ALL_OUTCOMES,
    OUTCOMES_SUBJECT,
    aspiration_cells,
    e_blocks,
    is_aspiration_line,
    is_outcome,
    is_outcome_title,
    measure_cells,
    nested_tables,
    outcome_names,
    outcome_text,
)
from ehcaudit.checks._pc_reading import (
    is_plan_note,
    is_set_note,
)
from ehcaudit.clauses import (
    META_OUTCOME_RE,
    is_label,
)
from ehcaudit.model import Block
from ehcaudit.rubric.registry import CheckContext

#: A label over the smaller steps towards an outcome: "Steps", "Steps towards this outcome",
#: "Short-term targets (by March 2027)", "Milestones".
_STEPS_TITLE = re.compile(r"^\W*(?:(?:short|shorter|interim)[- ]term\s+|small\s+)?(?:steps?|targets?|milestones?)\b",
                          re.IGNORECASE)
#: A step written after its label on the same line: "Short steps (this year): By February 2027, Maya
#: will ...", "Small step - by Easter, Sam will ...": a step of the outcome before it.
_STEP_AFTER_LABEL = re.compile(r"^\W*(?P<label>(?:(?:short|shorter|interim)[- ]term\s+|small\s+|short\s+)?"
                               r"(?:steps?|targets?|milestones?)\b[^:.\-–—]{0,40})\s*[:\-–—]\s*\S", re.IGNORECASE)
#: An outcome written after a label naming it the long-term one: "Long-term outcome (end of phase): By
#: July 2029, Leo will ...", "End of key stage outcome - ...", "Longer-term outcome: ...". The outcomes
#: written under it, until the next such label or title, are its short-term targets: they measure it.
_LONG_TERM_OUTCOME = re.compile(r"^\W*(?:(?:long|longer)[- ]term|end[- ]of[- ](?:phase|key[- ]stage|stage|year)|"
                                r"annual|overarching)\s+(?:outcome|goal|aim)s?\b[^:.\-–—]{0,40}[:\-–—]\s*\S",
                                re.IGNORECASE)
#: "(as above)", "see above": an outcome repeated from elsewhere in E, measured there.
AS_ABOVE = re.compile(r"\(?\b(?:as (?:above|before|stated above)|see above|repeated from above)\b\)?", re.IGNORECASE)

class OutcomeGroup:
    """One outcome as an auditor reads it: its line, the title over it (with its date, if any) and
    the smaller steps written under it."""

    __slots__ = ("main", "title", "steps")

    def __init__(self, main: Block, title: str) -> None:
        self.main, self.title = main, title
        self.steps: list[tuple[Block, str]] = []  # each step with the label over it ("Steps (by March 2027)")


def outcome_groups(ctx: CheckContext) -> list[OutcomeGroup]:
    """Section E's outcomes in order, each with its title and its steps.

    Read line by line: a title line ("Medium-term outcome (by July 2027)", "Outcome 2 - Good
    health") or a new sub-heading starts a new outcome; a "Steps" label (as a line or as the
    sub-heading) makes the outcomes that follow steps of the one before, until the next title."""
    groups: list[OutcomeGroup] = []
    title, steps_title, steps_mode, pending_title = "", "", False, False
    prev_sub: str | None = None
    under_measure = {b.id for bs in measure_cells(ctx).values() for b in bs} | aspiration_cells(ctx)
    nested = nested_tables(ctx)
    names = outcome_names(ctx)
    for b in e_blocks(ctx):
        if b.id in under_measure:
            continue  # a "How progress will be measured" cell: the row's measure, not an outcome
        sub = b.subsection or ""
        if sub != prev_sub:
            prev_sub = sub
            if _STEPS_TITLE.match(sub):
                steps_mode, steps_title = True, sub
            else:
                title, steps_mode, pending_title = sub, False, True
        for ln in (x.strip() for x in b.text.splitlines()):
            if not ln or (b.id in nested and " ".join(ln.split()) in nested[b.id].others):
                continue
            kept = len(ln.split()) >= 4 and not is_label(ln) and not META_OUTCOME_RE.search(ln)
            if kept and is_outcome(ln, names) and not is_outcome_title(ln) and not ALL_OUTCOMES.search(ln):
                item = b.model_copy(update={"text": ln}) if ln != b.text.strip() else b
                label = _STEP_AFTER_LABEL.match(ln)
                if label and groups and not pending_title:
                    steps_mode, steps_title = True, label.group("label")
                long_term = bool(_LONG_TERM_OUTCOME.match(outcome_text(ln)))
                if steps_mode and groups and not pending_title and not long_term:
                    groups[-1].steps.append((item, steps_title))
                else:
                    groups.append(OutcomeGroup(item, title))
                    # the targets written under a labelled long-term outcome are its steps
                    steps_mode, pending_title = long_term, False
                    steps_title = "" if long_term else steps_title
            elif is_aspiration_line(ln):
                steps_mode, pending_title = False, True  # "Aspiration: ...": the next outcome starts a new one
            elif _STEPS_TITLE.match(ln) and not is_outcome_title(ln):
                steps_mode, steps_title = True, ln  # "Short-term steps (by March 2027)": the steps' date
            elif is_outcome_title(ln) or is_label(ln) or not is_outcome(ln, names):
                if (ABOUT_OUTCOMES.search(ln) or META_OUTCOME_RE.search(ln) or ALL_OUTCOMES.search(ln)
                        or OUTCOMES_SUBJECT.search(ln) or is_plan_note(ln)
                        or (is_set_note(ln) and not is_outcome_title(ln) and not is_label(ln))):
                    continue  # a note about all the outcomes: read as common_time
                title, steps_mode, pending_title = ln, False, True
    return groups
