"""Validity classes for PR-QUANTIFIED and PR-OUTCOME-LINK found on set X (round 22).

Each class is shown by a sentence written for this test and by its boundary (a near-miss that must
still be flagged or still stand as an item of its own). What an auditor applies:

* a later sentence of one bullet that goes on about the item it follows is part of that item, not an
  item to be judged alone: one naming the item's adult again as its subject ("The learning mentor will
  not ..." after "A learning mentor trained in ..."), one saying who makes its materials ("Worksheets
  are enlarged by ..."), the child working "at it", a fragment saying only when ("Every session, every
  week."), who covers when the adult is away, and a deadline for arranging it ("Referral to be sent by
  ...");
* a status line in place of provision ("Awaiting a physiotherapy assessment.") is not provision: it is
  not judged for its amount, and the need and outcome beside it have no provision (PR-OUTCOME-LINK);
* a one-off action tied to its moment ("Once, before her first club session") says how often, and needs
  no length.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

from ehcaudit.checks._prov_frame import names_again, timing_only

GOOD = [
    "- Precision teaching of sight words, 1:1 with a trained teaching assistant, 3 x 15 minutes a week.",
    "- Speech and language therapy, 1:1 with a speech and language therapist, weekly, 30 minutes.",
]


def _issues(res, text: str) -> list:
    return [f for f in res.findings if f.kind == "issue" and text[:40] in (f.quote or "")]


def _run(lines: list[str], criterion: str = "PR-QUANTIFIED"):
    return run(care_builder.build({"A": ["Kit likes football."], "F": GOOD + lines}), criterion)


@pytest.mark.parametrize("first, then", [
    ("A teaching assistant trained in Makaton in all maths lessons (5 lessons a week).",
     "The teaching assistant will not sit beside her unless she asks."),
    ("Science lessons with enlarged worksheets and diagrams in every lesson.",
     "Worksheets are enlarged by the resource base technician the day before."),
    ("A work station in class, set up by the class teacher.",
     "Milo will work at it 1:1 with a TA for 15 minutes twice daily."),
    ("A specialist teaching assistant, 1:1 for the whole school day, trained in her signing system.",
     "If the teaching assistant is away, a second trained assistant chosen by the SENCo will cover."),
    ("Access arrangements for all mock exams: 25% extra time and a reader, arranged by the exams officer.",
     "Applications to be made by 30 October 2026."),
])
def test_a_later_sentence_of_one_bullet_that_goes_on_about_the_item_is_part_of_it(first, then):
    res = _run([f"- {first} {then}"])
    assert not _issues(res, then) and not _issues(res, first), why(res)


def test_a_fragment_saying_only_when_is_part_of_the_item_before():
    item = "All adults will face Ola when speaking and repeat other pupils' answers, by the class teacher."
    res = _run([f"- {item} Every lesson, every day."])
    assert not _issues(res, "Every lesson, every day."), why(res)
    assert timing_only("Every lesson, every day.") and timing_only("Daily, 20 minutes.")


def test_a_sentence_with_a_verb_of_its_own_is_not_a_timing_fragment():
    assert not timing_only("Every lesson will start with a recap.")
    assert not timing_only("Lunchtime club in the library every week for pupils in Year 7 and 8.")


def test_naming_the_school_again_does_not_join_a_new_item():
    # one word after "the" is left to the rubric's referring nouns: "The school will ..." is a new item
    assert not names_again("The school will provide a laptop.", "A reading group run by the school.")
    assert names_again("The teaching assistant will not guide him.", "A teaching assistant trained in braille.")
    # a plural noun must be named in the item before, and something done to it by someone
    assert not names_again("Laptops are provided by the school.", "Braille teaching weekly.")


def test_a_new_provision_in_the_same_bullet_is_still_judged():
    new = "Lunchtime football club for pupils in Year 7 and 8."
    res = _run([f"- A learning mentor trained in emotion coaching, 1:1 for 30 minutes every Tuesday. {new}"])
    assert _issues(res, new), why(res)


@pytest.mark.parametrize("line", [
    "Awaiting a physiotherapy assessment.",
    "Pending the educational psychologist's report.",
    "To be confirmed following the occupational therapy assessment.",
])
def test_a_status_line_is_not_provision(line):
    res = _run([f"- {line}"])
    assert not _issues(res, line) and not flagged(res), why(res)


def test_a_dated_assessment_is_still_provision():
    line = "Physiotherapy assessment in school, by the NHS physiotherapist."
    res = _run([f"- {line}"])
    assert _issues(res, line), why(res)


def test_a_status_line_beside_a_need_leaves_it_without_provision():
    plan = care_builder.build({"A": ["Kit likes football."]}, threads=[
        ("BFE", "Kit finds it hard to sit still at carpet time and seeks deep pressure.",
         "Awaiting occupational therapy assessment.",
         "By July 2027, Kit will sit with his group for 5 minutes at carpet time on 4 of 5 days."),
        ("BFE", "Kit's speech is hard to understand.",
         "Speech and language therapy, weekly, 30 minutes, 1:1, by a speech and language therapist.",
         "By July 2027, Kit will say his 'k' and 'g' sounds in 8 of 10 words."),
    ])
    res = run(plan, "PR-OUTCOME-LINK")
    assert flagged(res), why(res)


def test_a_one_off_action_tied_to_its_moment_needs_no_length():
    res = _run(["- The SENCo will share Kit's one-page profile with the club leaders, once, before his first session."])
    assert not flagged(res), why(res)


def test_a_one_off_action_with_no_moment_is_still_flagged():
    line = "The SENCo will share Kit's one-page profile with the club leaders."
    res = _run([f"- {line}"])
    assert _issues(res, line), why(res)


# -- PR-OUTCOME-LINK: a provision table pointing at its outcomes; E's other columns ------------------

PLAN = """Plan reference: T-22
Date of issue: 2 June 2026
National Curriculum year: Year 12

# Section A: Views, interests and aspirations

Sam likes trains and wants to work in a bike shop.

# Section B: Special educational needs

Sam finds it hard to start a conversation with adults he does not know.

Sam cannot yet cook a simple meal on his own.

# Section E: Outcomes

| Outcome | How we will know | Links to |
|---|---|---|
| By July 2027, Sam will start a conversation with a shop assistant using a practised phrase on 4 of 5 visits. | Noted by his tutor on a weekly checklist after each visit. | Sam's wish to work in a bike shop one day |
| By July 2027, Sam will cook pasta following a picture recipe with one prompt at most, in 3 of 4 cooking sessions. | Written up by the catering teacher in his cooking log. | Living on his own in a flat |

# Section F: Special educational provision

| Provision | How often and how long | Delivered by | Outcome |
|---|---|---|---|
| Conversation practice with learnt phrases on shop visits, following the speech and language therapist's programme | Weekly, 1 hour | Teaching assistant | Conversation |
| Cooking lessons with picture recipes in the training kitchen | Weekly, 1 hour, in a group of no more than 4 | Catering teacher | Cooking |
"""


def _link_plan(tmp_path, text: str):
    from ehcaudit.reader import read_plan
    p = tmp_path / "plan.md"
    p.write_text(text, encoding="utf-8")
    return read_plan(p)


def _unlinked(res) -> list[str]:
    return [f.quote or "" for f in res.findings if f.kind == "issue" and "could be linked" in f.message]


def test_outcomes_are_linked_to_a_provision_table_that_points_at_them(tmp_path):
    res = run(_link_plan(tmp_path, PLAN), "PR-OUTCOME-LINK")
    assert not _unlinked(res), why(res)


def test_how_we_will_know_and_links_to_cells_are_not_outcomes(tmp_path):
    res = run(_link_plan(tmp_path, PLAN), "PR-OUTCOME-LINK")
    quotes = " ".join(_unlinked(res))
    assert "weekly checklist" not in quotes and "bike shop one day" not in quotes, why(res)


def test_an_outcome_with_no_provision_is_still_unlinked(tmp_path):
    extra = ("| By July 2027, Sam will swim 25 metres front crawl without a float at the leisure centre. "
             "| Recorded by the swimming coach. | Keeping fit |\n")
    text = PLAN.replace("| Living on his own in a flat |\n", "| Living on his own in a flat |\n" + extra)
    res = run(_link_plan(tmp_path, text), "PR-OUTCOME-LINK")
    quotes = " ".join(_unlinked(res))
    assert "swim 25 metres" in quotes and "Recorded by the swimming coach" not in quotes, why(res)
