"""Validity classes for PR-QUANTIFIED and PR-OUTCOME-LINK found on set Y (round 23).

Each class is shown by sentences written for this test, worded as other councils would word them, and
by its boundary (a near-miss that must still be flagged or still stand as an item). What an auditor
applies:

* a line about the provision as a whole is not an item: the provision put in the setting's hands ("must
  be put in place by"), someone answerable for all of it ("is responsible for making sure it happens"),
  the setting's undertaking that staff have "the training described", and an outcome pointed at
  provision in another section ("Outcome E4 is met through the health provision in Section G");
* a heading over the items that names the outcomes it serves in its own words ("Provision for E1 –
  communication", "Support towards outcomes 2 and 3") is a heading, as a bracketed reference is;
* a later sentence that says who delivers the item before as a fragment ("Led by a trained teaching
  assistant."), that names every occasion of what the item before named ("Any reading aloud will be
  ..."), or that says what comes of each occasion ("A written note of each visit goes home") is part
  of that item;
* the amount read as an auditor reads it: a weekend day ("every other Saturday"), a span to noon
  ("10am to 12 noon"), the sessions of another item ("assessed within the Wednesday sessions above"),
  every waking hour, and a single training session of a stated length ("a one-hour training session");
* resources someone changes or restocks ("changed twice a week by the teaching assistant") are
  equipment: what, and who keeps them;
* PR-OUTCOME-LINK: a need ruled out ("has no sensory or physical special educational needs"), the
  toilet as where a child goes to get away from a lesson are not needs left without provision.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

from ehcaudit.checks._prov_frame import names_again
from ehcaudit.checks._prov_items import _is_lead_in

GOOD = [
    "- Precision teaching of sight words, 1:1 with a trained teaching assistant, 3 x 15 minutes a week.",
    "- Speech and language therapy, 1:1 with a speech and language therapist, weekly, 30 minutes.",
]


def _issues(res, text: str) -> list:
    return [f for f in res.findings if f.kind == "issue" and text[:40] in (f.quote or "")]


def _run(lines: list[str], criterion: str = "PR-QUANTIFIED"):
    return run(care_builder.build({"A": ["Kit likes football."], "F": lines + GOOD}), criterion)


# -- lines about the provision as a whole ----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "The provision below must be put in place by Harbourside Primary School.",
    "All of this provision is to be secured by the local authority.",
    "The SENCo is responsible for making sure it happens and for recording it on Kit's provision map.",
    "The head of centre is accountable for ensuring this provision is delivered.",
    "Where a member of staff is named by role, the setting will make sure the person in that role has the training described.",
    "Staff named in this section will hold the qualifications set out above.",
    "Outcomes E5 and E6 are met through the health provision in Section G, carried out by trained staff.",
    "Outcome 4 is served by the social care provision in Section H2.",
    "The health provision in Section G meets outcome E3.",
])
def test_a_line_about_the_provision_as_a_whole_is_not_an_item(line):
    res = _run([line])
    assert not _issues(res, line) and not flagged(res), why(res)


@pytest.mark.parametrize("line", [
    # provision the line itself gives, with no amount: still judged
    "The SENCo will give Kit's teachers training in his signing system.",
    "Kit's teaching assistant will have the training in Makaton described by the speech and language therapist.",
    "Outcome 4 is served by a weekly cooking group.",
])
def test_provision_given_in_such_words_is_still_judged(line):
    res = _run([line])
    assert _issues(res, line), why(res)


# -- headings naming their outcomes ----------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Provision for E1 – communication",
    "Provision for E6 and communication needs",
    "Support towards outcomes 2 and 3",
    "Provision for needs 1, 2 and 4 – learning",
])
def test_a_heading_naming_its_outcomes_is_a_lead_in(line):
    assert _is_lead_in(line)


@pytest.mark.parametrize("line", ["Weekly SALT for E1", "Provision for E2: 30 minutes daily with a TA"])
def test_a_line_with_an_amount_and_a_reference_stays_an_item(line):
    assert not _is_lead_in(line)


# -- later sentences of one item ---------------------------------------------------------------------

@pytest.mark.parametrize("first, then", [
    ("Talk Boost language group, no more than 6 children, three times a week for 15 minutes, for 9 weeks.",
     "Led by a teaching assistant who has completed the Talk Boost training."),
    ("Social skills group of 4 pupils, weekly, 45 minutes, in the autumn term.",
     "Run by the school's ELSA, supervised by the educational psychologist."),
    ("Kit will not be asked to read aloud in front of the whole class unless he offers.",
     "Any reading aloud will be practised first 1:1 with the teaching assistant."),
    ("The advisory teacher for autism will visit once each half term for 1 hour to observe Kit and advise staff.",
     "A written note of each visit goes to Kit's parents."),
])
def test_a_later_sentence_that_goes_on_about_the_item_is_part_of_it(first, then):
    res = _run([f"- {first} {then}"])
    assert not _issues(res, then) and not _issues(res, first), why(res)


def test_every_occasion_needs_the_words_of_the_item_before():
    assert names_again("Any reading aloud will be practised first.", "Kit will not be asked to read aloud.")
    assert not names_again("Any homework tasks will be shortened.", "Kit will not be asked to read aloud.")


# -- amounts -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Saturday activity club with a 1:1 support worker, every other Saturday, 10am to 4pm, run by the short breaks service.",
    "Volunteering at the city farm, 1:1 with a learning support assistant who holds a Level 2 animal care certificate, every Thursday, 10am to 12 noon.",
    "ASDAN horticulture unit, assessed by the class teacher within the Wednesday gardening sessions above.",
    "In the residential house an adult trained in his PBS plan is with him 1:1 during waking hours.",
    "September 2026: before term begins, the advisory teacher will give a one-hour training session on dyslexia to Kit's class teacher.",
    "Reading books at the right level, chosen with the specialist teacher and changed twice a week by the teaching assistant.",
])
def test_amounts_an_auditor_reads(line):
    res = _run([f"- {line}"])
    assert not _issues(res, line), why(res)


@pytest.mark.parametrize("line", [
    # no day, no length: how often is still open
    "Saturday activity club with a 1:1 support worker, run by the short breaks service.",
    # a session of a length, with no occasion, is not a single training session
    "A 30-minute session with the teaching assistant on handwriting.",
])
def test_an_amount_left_open_is_still_flagged(line):
    res = _run([f"- {line}"])
    assert _issues(res, line), why(res)


# -- PR-OUTCOME-LINK: sentences that are not needs ------------------------------------------------------

def _link(need_lines: list[str]):
    plan = care_builder.build({
        "A": ["Kit likes football."],
        "B": need_lines,
        "E": ["By July 2027, Kit will read a page of a Year 4 book aloud to his TA with no more than 3 errors."],
        "F": ["- Reading intervention, 1:1 with a trained teaching assistant, daily, 20 minutes."],
    })
    return run(plan, "PR-OUTCOME-LINK")


@pytest.mark.parametrize("need", [
    "Kit has no sensory or physical special educational needs.",
    "When he expects to be asked to read aloud, Kit asks to go to the toilet or hides his book.",
    "Kit goes to the toilets to avoid maths lessons about twice a week.",
])
def test_a_sentence_that_is_not_a_need_has_no_provision_to_find(need):
    res = _link(["Kit finds reading difficult: his reading is slow and inaccurate.", need])
    assert not [f for f in res.findings if f.kind == "issue" and need[:30] in (f.quote or "")], why(res)


@pytest.mark.parametrize("need", [
    "Kit is not yet toilet trained and needs help to go to the toilet.",
    "Kit finds it hard to read words of more than one syllable and has weak fine motor skills, so his handwriting is slow.",
])
def test_a_real_need_without_provision_is_still_found(need):
    res = _link([need, "Kit has poor balance and falls often; he struggles with stairs."])
    assert flagged(res) or [f for f in res.findings if f.kind == "issue"], why(res)
