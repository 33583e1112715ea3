"""A national-template C–G–E row whose C cell says there are no health needs says so for the plan.

HC-NEEDS-MET and HC-OUTCOMES are then not applicable because Section C *says there are none*, not
because it "describes no health needs" (which would send the auditor looking for a gap that is
not there). Set P, p112 (exact wording), and the same said in other words.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import run, why

NONE_CELLS = [
    # set P, p112 (exact wording)
    "Dev has no health needs related to his special educational needs. His Community Paediatrician saw "
    "him on 14 July 2026: he is well, growing normally, eats a good range of food and sleeps through the "
    "night.",
    # in other words
    "There are no health care needs relating to Amira's special educational needs; her GP confirmed this "
    "in May 2026.",
]


@pytest.mark.parametrize("cell", NONE_CELLS)
@pytest.mark.parametrize("criterion", ["HC-NEEDS-MET", "HC-OUTCOMES"])
def test_a_row_saying_no_health_needs_is_not_a_gap(cell, criterion):
    plan = care_builder.build(threads=[("CGE", cell, "No health provision is needed at present.", "")])
    res = run(plan, criterion)
    assert not res.applicable, why(res)
    messages = " ".join(f.message for f in res.findings)
    assert "says there are no health needs" in messages, why(res)
    assert "reports the gap" not in messages, why(res)


def test_a_blank_row_still_points_to_the_gap():
    # a C cell nobody filled in says nothing: HC-NEEDS reports the gap, as before
    plan = care_builder.build(threads=[("CGE", "", "None.", "")])
    res = run(plan, "HC-NEEDS-MET")
    assert not res.applicable
    assert "says there are no health needs" not in " ".join(f.message for f in res.findings), why(res)
