"""Validity classes from set V (round 19) in health (HC-*) and social care (SC-*): each class in
words of our own, with its boundary (a near miss that must still be flagged, or still pass)."""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

H2_GOOD = "- Overnight short breaks at Larch House: two nights a month, arranged by the Disabled Children's Team."
ASTHMA_G = ["- Asthma nurse: an asthma review every 6 months, 30 minutes, at the GP surgery."]
ASTHMA_E = ["By July 2027, Rosa will tell an adult when she feels wheezy and use her inhaler with a reminder."]


# -- HC-NEEDS-MET / HC-OUTCOMES: the service that did a clear test names who tested, not a need ----

TESTED_CLEAR = [
    "Rosa's eyesight is good (examined at the hospital ophthalmology clinic in March 2026). She has asthma.",
    "Rosa has no difficulty hearing (checked by the community audiology team last year), but she has asthma.",
]


@pytest.mark.parametrize("c", TESTED_CLEAR)
def test_a_tester_named_beside_a_clear_result_needs_no_provision(c):
    res = run(care_builder.build({"C": [c], "G": ASTHMA_G, "E": ASTHMA_E}), "HC-NEEDS-MET")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("c", TESTED_CLEAR)
def test_a_tester_named_beside_a_clear_result_needs_no_outcome(c):
    res = run(care_builder.build({"C": [c], "G": ASTHMA_G, "E": ASTHMA_E}), "HC-OUTCOMES")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("c", [
    # the test found a loss: that is a need, whoever tested
    "Rosa was tested at the audiology clinic in May 2026, which found a moderate hearing loss. She has asthma.",
    # the service she goes to (not a test it did) still says there is a need
    "Rosa attends the audiology clinic every six months. She has asthma.",
])
def test_a_need_found_or_followed_by_the_service_is_still_a_need(c):
    assert flagged(run(care_builder.build({"C": [c], "G": ASTHMA_G, "E": ASTHMA_E}), "HC-NEEDS-MET"))


# -- HC-PROVISION-SPECIFIC: a vaccination given once, with when, needs no frequency -----------------

def test_a_vaccination_with_its_term_needs_no_frequency():
    plan = care_builder.build({"C": ["Rosa has asthma."], "G": [
        *ASTHMA_G, "- School immunisation team: Rosa's missed booster given at school in the spring term 2027."]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_a_vaccination_with_no_when_is_still_flagged():
    plan = care_builder.build({"C": ["Rosa has asthma."], "G": [
        *ASTHMA_G, "- School immunisation team to give Rosa the vaccinations she has missed."]})
    assert flagged(run(plan, "HC-PROVISION-SPECIFIC"))


# -- SC-NEEDS: a "none" naming the advice or report it was found in is a "none" with its basis ------

@pytest.mark.parametrize("d", [
    "No social care needs were noted in the social work report (Northway Children's Services, January 2026).",
    "No social care needs were recorded in the family's most recent assessment (Ms K Reid, Social Worker, "
    "March 2026).",
])
def test_a_none_naming_the_advice_it_was_found_in_has_its_basis(d):
    res = run(care_builder.build({"D": [d], "H2": [H2_GOOD]}), "SC-NEEDS")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("d", [
    "No social care needs were identified.",
    "No social care needs. Social care advice was requested in May 2026 and has not yet been received.",
])
def test_a_none_with_no_advice_named_or_received_is_still_flagged(d):
    assert flagged(run(care_builder.build({"D": [d], "H2": [H2_GOOD]}), "SC-NEEDS"))


# -- SC-PROVISION-SPECIFIC: H pointing to a table of F judges the care written there --------------

POINTER = "Short breaks: see the physical needs table above (Section F)."


def test_a_pointer_to_a_table_in_f_judges_the_care_there():
    plan = care_builder.build({"D": ["Tom needs help to take part in activities with other young people."],
                               "F": ["- Short break: Tom will go to the youth club for disabled children every other "
                                     "Saturday, 10am to 1pm, funded by the Children's Disability Team."],
                               "H1": [POINTER]})
    res = run(plan, "SC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_a_pointer_to_vague_care_in_f_is_still_flagged():
    plan = care_builder.build({"D": ["Tom needs help to take part in activities with other young people."],
                               "F": ["- Short break: Tom will go to the youth club for disabled children when a "
                                     "place is available."],
                               "H1": [POINTER]})
    assert flagged(run(plan, "SC-PROVISION-SPECIFIC"))


# -- SC-RIGHT-SECTION: care named only as when the school's provision happens is not care in F ----

@pytest.mark.parametrize("f", [
    "- Leah's TA will spend 10 minutes with her in the nurture room each Tuesday after her weekend family time.",
    "- Her key adult will give Leah a quiet start, 15 minutes with a sensory box, on the morning after an "
    "overnight stay at Willow House.",
])
def test_care_named_as_timing_is_not_misplaced(f):
    res = run(care_builder.build({"F": [f], "H2": [H2_GOOD]}), "SC-RIGHT-SECTION")
    assert not flagged(res), why(res)


def test_a_line_that_provides_family_time_in_f_is_still_misplaced():
    plan = care_builder.build({"F": ["- Supported family time after school each Wednesday, with staff taking Leah to "
                                     "the family centre."], "H2": [H2_GOOD]})
    assert flagged(run(plan, "SC-RIGHT-SECTION"))
