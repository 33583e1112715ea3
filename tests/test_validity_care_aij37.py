"""Validity classes from sets AI and AJ (round 37) in social care (SC-*): each class in words of
our own, with its boundary.

1. Equipment or an adaptation of the home is not given by the week: it is specified by what it
   is and who supplies, fits or maintains it, as health provision's equipment is
   (SC-PROVISION-SPECIFIC). Equipment with no one named to supply it, not named ("Equipment for
   the home"), whose coming is left open ("as soon as possible"), or with a carer or visit given
   alongside it, still needs more.
2. A one-off piece of work may give the term or season it starts in, with its year ("starting in
   the summer of 2027"), instead of a date or deadline (SC-PROVISION-SPECIFIC). Without any time,
   or for visits that recur, it still needs one.
3. A service's own name in quotation marks at the head of the line names what is provided, whatever
   words the name uses (SC-PROVISION-SPECIFIC).
4. A line in F that names care only to point to where H1/H2 sets it out ("(see H2)") is a
   cross-reference, not care written into F, when H does hold social care provision
   (SC-RIGHT-SECTION). With H empty, the care is written only in F and is still misplaced.
"""

from __future__ import annotations

import care_builder
import pytest
from packaged_rubric import RUBRIC
from validity_helpers import flagged, run, why

from ehcaudit.checks._care_what import names_what

D_CARE = ["Mia is 12 and uses a wheelchair; her dad lifts her in and out of the bath, which is no longer safe."]
H1_PC = "- Personal care from a home care agency, 45 minutes each morning and evening, funded by Children's Social Care."
QUANTITY = RUBRIC.criterion("SC-PROVISION-SPECIFIC").check.model_dump()["quantity_patterns"]


def _sc(h1: list[str], h2: list[str] | None = None):
    return run(care_builder.build({"D": D_CARE, "H1": h1, "H2": h2 or ["None."]}), "SC-PROVISION-SPECIFIC")


# -- 1. equipment or an adaptation: what it is and who supplies it ---------------------------------

@pytest.mark.parametrize("line", [
    "- A bath lift, supplied and maintained by the community equipment store.",
    "- A level-access shower in place of the bath, built by the council's adaptations team through a "
    "Disabled Facilities Grant.",
    "- A profiling bed for Mia's bedroom, loaned by the Children's Equipment Service.",
    "- Grab rails and a ramp to the back door, fitted by the occupational therapy service.",
])
def test_equipment_with_its_supplier_needs_no_frequency(line):
    res = _sc([H1_PC, line])
    assert not flagged(res), why(res)


@pytest.mark.parametrize("line", [
    "- A ceiling track hoist for the bedroom and the bathroom.",  # no one named to supply it
    "- A bath lift, with a support worker to help at bath time, supplied by the community equipment store.",
    "- Equipment for the family bathroom, to be supplied by the community equipment store.",  # no thing named
    "- A stair lift, fitted by the council's adaptations team as soon as possible.",  # its coming left open
])
def test_equipment_with_no_supplier_or_with_a_service_still_needs_more(line):
    assert flagged(_sc([H1_PC, line]))


# -- 2. a one-off piece of work that starts in a term or season of a year --------------------------

@pytest.mark.parametrize("line", [
    "- A Care Act needs assessment by the adult transitions team, starting in the summer of 2027.",
    "- An assessment of Mia's needs for adult services, beginning in the winter of 2027.",
    "- A transfer of Mia's care to the adult disability team, due in spring 2028.",
])
def test_one_off_work_starting_in_a_named_term_needs_no_frequency(line):
    res = _sc([H1_PC], [line])
    assert not flagged(res), why(res)


@pytest.mark.parametrize("line", [
    "- A Care Act needs assessment by the adult transitions team.",  # no time at all
    "- Visits from the social worker, starting in spring 2027.",  # visits recur: how often?
])
def test_one_off_work_with_no_time_or_recurring_visits_still_need_one(line):
    assert flagged(_sc([H1_PC], [line]))


# -- 3. a service's own name in quotation marks ------------------------------------------------------

@pytest.mark.parametrize("line", [
    '"Saturday Social", every Saturday, 10am to 1pm, run by the local Mencap branch.',
    "“Friday Friends”, a fortnightly youth club for disabled teenagers.",
    "'Help at Home', two hours every Tuesday after school.",
])
def test_a_quoted_service_name_names_what_is_provided(line):
    assert names_what(line, QUANTITY)


@pytest.mark.parametrize("line", [
    "Social care input: weekly.",
    'Social care support ("as agreed"), weekly.',
    "Adult Social Care to provide 6 hours a week.",
])
def test_no_name_still_names_nothing(line):
    assert not names_what(line, QUANTITY)


def test_a_quoted_service_name_in_h_is_specified():
    res = _sc([H1_PC], ['- "Saturday Social", every Saturday, 10am to 1pm, run by the local Mencap branch.'])
    assert not flagged(res), why(res)


# -- 4. a line in F that points to H for the care --------------------------------------------------

H2_PA = ["- A support worker for swimming and the youth club at weekends, 4 hours a week, funded by Adult "
         "Social Care under Mia's Care Act support plan."]


@pytest.mark.parametrize("f_line", [
    "Weekend support worker for swimming and the youth club (see H2), 4 hours a week, funded by Adult Social Care.",
    "Support worker at weekends for swimming, as set out in Section H2; funded by Adult Social Care.",
    "A personal assistant for evening clubs, funded by Adult Social Care (see the social care provision).",
])
def test_f_line_pointing_to_h_is_not_misplaced_care(f_line):
    plan = care_builder.build({"F": [f_line], "H1": ["None."], "H2": H2_PA})
    res = run(plan, "SC-RIGHT-SECTION")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("f_line", [
    # the boundary: no pointer, the care is written in F
    "Weekend support worker for swimming and the youth club, 4 hours a week, funded by Adult Social Care.",
])
def test_f_care_with_no_pointer_is_still_misplaced(f_line):
    plan = care_builder.build({"F": [f_line], "H1": ["None."], "H2": H2_PA})
    assert flagged(run(plan, "SC-RIGHT-SECTION"))


def test_f_line_pointing_to_an_empty_h_is_still_misplaced():
    # "see H2" with nothing in H: the care is written only in F
    plan = care_builder.build({"F": ["Weekend support worker for swimming and the youth club (see H2), 4 hours a "
                                     "week, funded by Adult Social Care."], "H1": ["None."], "H2": ["None."]})
    assert flagged(run(plan, "SC-RIGHT-SECTION"))
