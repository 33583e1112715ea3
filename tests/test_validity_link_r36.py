"""Round 36, the golden thread read as an auditor reads a new council's plan (wording invented here).

PC-ASPIRATION-LINK: a plan whose own Aspirations box is left for a later meeting, or says there are
none, states no aspirations; a parent's wish in the views box does not stand in for them (amber).
A hope in the Aspirations box itself, even after such a line, is still built on.

PR-OUTCOME-LINK: reading said to be some way below or behind age is a reading need, however the
distance is put ("two years below", "well behind his peers"); with nothing on reading in F-H it is a
clear gap (amber). Reading provision meets it.
"""

from __future__ import annotations

import care_builder
import pytest
from test_validity_person_centred_g import build
from validity_helpers import flagged, run, why

ASP = "PC-ASPIRATION-LINK"
LINK = "PR-OUTCOME-LINK"

_OUTCOMES = [
    ("E", "By July 2027, Leah will ask a friend to join her game at playtime on 4 days out of 5, recorded "
          "by the lunchtime supervisor.", None, None),
    ("E", "By July 2027, Leah will talk with two other children about her weekend in a small group, "
          "checked half-termly by her teacher.", None, None),
]


def _asp_plan(views: str, box: str) -> list[tuple]:
    return [("A", "Leah lives with her dad and two brothers.", "A1 About me", None),
            ("A", views, "A2 Views", None),
            ("A", box, "A2 Aspirations", None),
            *_OUTCOMES]


# -- PC-ASPIRATION-LINK: the Aspirations box says none yet ----------------------------------------------------

@pytest.mark.parametrize("views,box", [
    ("Her dad would like Leah to make friends and to be understood.", "To be discussed at the next annual review."),
    ("Dad said he would like her to have more friends at the club.", "To be gathered at the transition review."),
    ("He would like Leah to talk more with other children.", "Leah has not yet been able to share any aspirations."),
    ("Her nan hopes she will make a best friend this year.", "TBC - to be agreed at the first review."),
])
def test_a_wish_in_the_views_does_not_stand_in_for_an_empty_aspirations_box(views, box):
    res = run(build(_asp_plan(views, box)), ASP)
    assert flagged(res), why(res)


def test_a_hope_written_in_the_aspirations_box_is_still_built_on():
    # the boundary: the box defers the child's own hopes, but states the family's; an outcome builds on it
    rows = [("A", "Leah lives with her dad and two brothers.", "A1 About me", None),
            ("A", "Her dad would like Leah to make friends.", "A2 Views", None),
            ("A", "Leah's own aspirations will be discussed at the next review.", "A2 Aspirations", None),
            ("A", "Her dad hopes she will make friends and join in with games at playtime.", "A2 Aspirations", None),
            *_OUTCOMES]
    res = run(build(rows), ASP)
    assert not flagged(res), why(res)


def test_a_wish_in_the_views_still_counts_when_the_plan_has_no_aspirations_box():
    # no box of the plan's own says the aspirations are missing: the family's hope is an aspiration
    rows = [("A", "Leah lives with her dad and two brothers.", "A1 About me", None),
            ("A", "Her dad hopes she will make friends and join in with games at playtime.", "A2 Views", None),
            *_OUTCOMES]
    res = run(build(rows), ASP)
    assert not flagged(res), why(res)


# -- PR-OUTCOME-LINK: reading some way below age --------------------------------------------------------------

def _reading_plan(need: str, provision: str):
    return care_builder.build({
        "B": [need],
        "E": ["By July 2027, Omar will stay in his seat for the first 15 minutes of each lesson in 4 lessons out "
              "of 5, recorded on his report card."],
        "F": [provision],
    })


_NO_READING = "- Movement breaks: 3 minutes once in every lesson, planned by each class teacher."


@pytest.mark.parametrize("need", [
    "His reading comprehension is around two years below his age on the school's test.",
    "Omar's reading accuracy is still well over a year behind what is expected for Year 5.",
    "His reading is now roughly 18 months below that of his classmates.",
    "Reading fluency was three years behind his age when tested in June.",
])
def test_reading_said_to_be_below_age_with_no_reading_provision_is_a_gap(need):
    res = run(_reading_plan(need, _NO_READING), LINK)
    assert flagged(res), why(res)
    assert any("(reading)" in m for k, m, _ in why(res) if k == "issue"), why(res)


def test_reading_below_age_with_reading_provision_is_met():
    need = "His reading comprehension is around two years below his age on the school's test."
    provision = "- Reading comprehension group, 3 x 20 minutes a week, 1:1 with a trained teaching assistant."
    res = run(_reading_plan(need, provision), LINK)
    assert not any("(reading)" in m for k, m, _ in why(res) if k == "issue"), why(res)


def test_reading_for_pleasure_is_no_reading_need():
    # no distance below age: a liking, not a need
    need = "Omar finds it hard to sit still; his reading is a strength and he reads for pleasure at home."
    res = run(_reading_plan(need, _NO_READING), LINK)
    assert not any("(reading)" in m for k, m, _ in why(res) if k == "issue"), why(res)
