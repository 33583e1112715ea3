"""Validity classes for the provision and social care criteria found on set H (round 5).

Each class is shown by a sentence written for this test (another council's way of saying the same
thing) and by set H's own sentence (plan named). What an auditor applies:

* PR-QUANTIFIED: a provision table row whose own column for how much says only "As appropriate"
  ("As required", "When needed") has left the amount open: a clear gap, not an element merely left
  unsaid. Provision delivered "1:1 with an adult" says who delivers it.
* SC-PROVISION-SPECIFIC: H pointing to provision written elsewhere in any house style ("see Part E
  and F above", "see Sections F and G") is a pointer, not provision: the social care provision
  written there is judged.
"""

from __future__ import annotations

import care_builder
import pytest
from test_validity_provision import with_table
from validity_helpers import flagged, run, why


def _issues(res):
    return [f for f in res.findings if f.kind == "issue"]


GOOD_ROWS = [
    ["Provision", "Intensity", "Delivered by", "Funded by"],
    ["Precision teaching of sight words, 1:1", "3 x 15 minutes a week", "Trained teaching assistant", "School"],
    ["Speech and language therapy programme, 1:1", "Weekly, 30 minutes", "Speech and language therapist", "ICB"],
]


@pytest.mark.parametrize("row", [
    # new
    ["Jo should be allowed time out of lessons in the sensory room as required.", "As required", "Class staff",
     "School"],
    # set H, h102
    ["Kai should be given opportunities for movement breaks and access to the calm room as appropriate.",
     "As appropriate", "All staff", "School"],
])
def test_a_row_whose_amount_column_says_as_appropriate_is_a_clear_gap(row):
    plan = with_table(care_builder.build({"F": []}), "F", GOOD_ROWS + [row])
    res = run(plan, "PR-QUANTIFIED")
    assert flagged(res) and any(row[0][:25] in (f.quote or "") for f in _issues(res)), why(res)


def test_the_same_rows_with_an_amount_are_not_flagged():
    row = ["Jo should be allowed time out of lessons in the sensory room.", "Twice a day, 10 minutes",
           "Class staff", "School"]
    res = run(with_table(care_builder.build({"F": []}), "F", GOOD_ROWS + [row]), "PR-QUANTIFIED")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("item", [
    "Amira will practise her spelling list one-to-one with a familiar adult – every afternoon, 15 minutes.",  # new
    "Tyler will read 1:1 with an adult – daily, 10 minutes before lunch.",  # set H, h202
])
def test_one_to_one_with_an_adult_says_who_delivers_it(item):
    res = run(care_builder.build({"F": [f"- {item}"]}), "PR-QUANTIFIED")
    assert not any("who delivers it" in f.message for f in _issues(res)), why(res)


@pytest.mark.parametrize("pointer", [
    "Short breaks - see Part E and F above.",  # set H, h108
    "Overnight respite: please see Sections F and G.",  # new
])
def test_a_pointer_to_other_parts_judges_the_care_written_there(pointer):
    plan = care_builder.build({
        "F": ["- Short breaks at Willow Lodge for 5 hours, fortnightly, funded by the Children with Disabilities "
              "Team."],
        "H1": [pointer]})
    res = run(plan, "SC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)



# -- PR-OUTCOME-LINK: an area's title with its aspiration in brackets ------------------------------

@pytest.mark.parametrize("title", [
    "Communication and friends (aspiration: be safe when out)",  # set H, h105
    "Getting about (links to Part A: wants to catch the bus to college)",  # new
])
def test_a_title_row_with_its_aspiration_in_brackets_is_not_an_outcome(title):
    plan = care_builder.build(threads=[
        ("BFE", "", "", title),
        ("BFE", "", "Daily 20-minute reading programme, 1:1 with a trained TA.",
         "By July 2027, Noor will read a book at her age level with 95% accuracy."),
    ])
    res = run(plan, "PR-OUTCOME-LINK")
    assert not any("has no provision in its row" in f.message for f in _issues(res)), why(res)


def test_an_outcome_row_with_a_bracket_and_no_provision_is_still_a_gap():
    plan = care_builder.build(threads=[
        ("BFE", "", "Daily 20-minute reading programme, 1:1 with a trained TA.",
         "By July 2027, Noor will read a book at her age level with 95% accuracy."),
        ("BFE", "", "", "By July 2027, Noor will order her own lunch in the canteen (with a visual menu)."),
    ])
    res = run(plan, "PR-OUTCOME-LINK")
    assert any("has no provision in its row" in f.message for f in _issues(res)), why(res)


# -- SC-STATUTORY-LINK: a status D only names, with nothing of it in H ------------------------------

SC_ADVICE = [("social_care", "Social care advice", "Duty and assessment team", None)]


@pytest.mark.parametrize("d", [
    "Kai and his family have been supported under a Child in Need plan since February 2026.",  # set H, h211
    "Maisie has been on a child protection plan since last spring.",  # new
])
def test_a_status_d_only_names_and_h_ignores_is_a_clear_gap_even_with_advice(d):
    plan = care_builder.build({"D": [d],
                               "H1": ["- Overnight short breaks at Hill House, 2 nights a month, arranged by the "
                                      "Children with Disabilities Team."]},
                              advice=SC_ADVICE)
    res = run(plan, "SC-STATUTORY-LINK")
    assert res.level <= 2 and flagged(res), why(res)


def test_a_status_whose_plan_content_reaches_d_is_not_a_clear_gap():
    plan = care_builder.build({"D": ["Maisie has been on a child protection plan since last spring.",
                                     "Her social worker's assessment found that she needs a consistent adult at "
                                     "home time and help to talk about worries."],
                               "H1": ["- Overnight short breaks at Hill House, 2 nights a month, arranged by the "
                                      "Children with Disabilities Team."]},
                              advice=SC_ADVICE)
    res = run(plan, "SC-STATUTORY-LINK")
    assert res.level == 3, why(res)


# -- SC-PROVISION-SPECIFIC: educational provision written in H is not social care -----------------

@pytest.mark.parametrize("item", [
    "Jordan will receive Learning Support Assistant support in the workshop – 3 hours per week.",  # set H, h210
    "A teaching assistant will help Ruby with her reading homework club, twice a week for 45 minutes.",  # new
])
def test_educational_provision_alone_in_h_is_not_social_care_provision(item):
    plan = care_builder.build({"D": ["N/A"], "H1": ["N/A"], "H2": [item]})
    res = run(plan, "SC-PROVISION-SPECIFIC")
    assert flagged(res) and any("educational provision" in f.message for f in _issues(res)), why(res)


def test_care_with_a_support_assistant_named_is_still_care():
    plan = care_builder.build({"H2": ["- A personal assistant, funded by a direct payment, will support Ruby at her "
                                      "Saturday drama club, 4 hours a week."]})
    assert not flagged(run(plan, "SC-PROVISION-SPECIFIC"))
