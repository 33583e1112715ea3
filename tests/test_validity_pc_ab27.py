"""Person-centred criteria, round 27: the class behind one of set AB's disagreements, in our own words
with its boundary.

- PC-ASPIRATION-LINK: a hope of drawing, painting or animation (an illustrator, an animator, someone who
  draws comics) is served by an outcome in the arts, written in the plural as places and courses name
  themselves ("a work taster at the Arts Centre", "a creative arts course", "the artists' studio").
"""

from __future__ import annotations

import pytest
from test_validity_person_centred_g import build
from validity_helpers import flagged, run

_HOPE = ("A", '"When I leave school I want to be an illustrator and draw my own comics."', "Aspirations", None)


@pytest.mark.parametrize("outcome", [
    "By July 2027, Nadia will complete a two-week work taster at the Arts Centre, with the manager rating her "
    "reliability as good or better on the placement form.",
    "By June 2027, Nadia will enrol on a Level 2 creative arts course and attend 9 out of 10 sessions in the "
    "first term, as recorded on the college register.",
    "By March 2027, Nadia will spend one afternoon a week helping in a local artists' studio for 6 weeks, as "
    "signed off by the studio lead.",
    "By July 2027, Nadia will take part in the community arts festival, showing 3 pieces of her own work, as "
    "recorded by her tutor.",
])
def test_hope_of_drawing_is_served_by_an_arts_outcome(outcome):
    plan = build([_HOPE, ("E", outcome, None, None)], known_as="Nadia")
    assert not flagged(run(plan, "PC-ASPIRATION-LINK"))


def test_outcome_in_another_field_still_flagged():
    # boundary: the outcomes say nothing of art or drawing - the hope is still not built on
    plan = build([_HOPE, ("E", "By July 2027, Nadia will travel by bus to college on her own on 5 journeys in a "
                               "row, as signed off by the travel trainer.", None, None)], known_as="Nadia")
    assert flagged(run(plan, "PC-ASPIRATION-LINK"))


def test_arts_centre_named_only_as_a_place_is_still_arts():
    # the singular as before: "art" still links
    plan = build([_HOPE, ("E", "By July 2027, Nadia will finish an art portfolio of 6 pieces for her college "
                               "application, as checked by her art teacher.", None, None)], known_as="Nadia")
    assert not flagged(run(plan, "PC-ASPIRATION-LINK"))
