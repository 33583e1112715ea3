"""Person-centred criteria on sets K and L: the classes behind their false alarms (round 8)."""

from __future__ import annotations

import re

from ehcaudit.checks._outcomes import _ASPIRATION_HEADING_RE, is_outcome
from ehcaudit.checks._pc_reading import is_set_note
from ehcaudit.checks.pc_smart import _COUNTED
from ehcaudit.clauses import without_time


def test_note_about_the_set_of_outcomes_or_provision_is_no_outcome():
    # new sentences in our own words
    for line in ("Because Maya is in Year 10, her targets are arranged by the preparing for adulthood themes.",
                 "Mia's end of phase is the end of Year 6 (July 2028).",
                 "All provision is made at Oakfield Primary; the class teacher oversees it."):
        assert is_set_note(line) and not is_outcome(line), line
    # the sets' sentences, exact wording
    for line in ("Freya is in Year 9, so her outcomes are grouped under the four preparing for adulthood themes.",
                 "Outcomes agreed at the planning meeting on 22 May 2025. Jordan's end of phase is the end of Key "
                 "Stage 4 (July 2027); the short-term targets run to June 2026.",
                 "Provision is delivered at Tremarsh School. The special educational needs co-ordinator (SENCo) is "
                 "responsible for arranging it and checks progress with Zofia each half-term.",
                 "The special educational needs co-ordinator (SENCo), Mrs Brenton, arranges this provision and "
                 "reviews it with Alfie's parents every term."):
        assert not is_outcome(line), line


def test_an_outcome_naming_targets_or_provision_stays_an_outcome():
    for line in ("By July 2027, Sam will meet 3 of his 4 reading targets on the termly check.",
                 "To choose which provision she uses at lunchtime, on 4 days out of 5.",
                 "Ben can tell staff which steps of his morning routine he finds hard."):
        assert not is_set_note(line) and is_outcome(line), line


def test_aspiration_column_headed_with_the_childs_name():
    for head in ("What Ella wants", "What Sam would like", "What Priya hopes for", "What I want"):
        assert _ASPIRATION_HEADING_RE.match(head), head
    # the outcome's own column keeps its label
    for head in ("What Sam would like to achieve", "Outcome"):
        assert not _ASPIRATION_HEADING_RE.match(head), head


def test_short_outcome_with_a_number_is_specific():
    assert _COUNTED.search(without_time("Amir's attendance will be 92% or above."))
    assert _COUNTED.search(without_time("Kit will score 20 out of 25."))
    # a date is no number of what the child does
    assert not _COUNTED.search(without_time("Kit will read better by July 2027."))
    assert not re.search(r"\d", without_time("By 2027 Kit will be happier."))


def test_outcome_label_before_a_colon_does_not_make_a_note():
    assert not is_set_note("Long-term outcome: Leah has a learning mentor in every lesson.")
    assert not is_set_note("Target 3: Omar has speech therapy each week.")
