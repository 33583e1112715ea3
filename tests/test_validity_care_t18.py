"""Validity classes from set U (round 18) in health (HC-*) and social care (SC-*): each class in
words of our own, with its boundary (a near miss that must still be flagged, or still pass)."""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

D = care_builder.D

C_ANXIETY = "Ellis has an anxiety disorder; on bad days he cannot leave the house."
H2_GOOD = "- Overnight short breaks at Larch House: two nights a month, arranged by the Disabled Children's Team."


# -- SC-PROVISION-SPECIFIC: a line saying the statute does not apply is a "none", not provision ---------

@pytest.mark.parametrize("h1", [
    "Sam is 19 and section 2 of the Chronically Sick and Disabled Persons Act 1970 no longer applies to him.",
    "Ava does not need provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.",
])
def test_a_statute_that_does_not_apply_is_no_provision_item(h1):
    res = run(care_builder.build({"D": ["Ava needs support with personal care."], "H1": [h1], "H2": [H2_GOOD]}),
              "SC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_a_vague_line_beside_it_is_still_flagged():
    plan = care_builder.build({"D": ["Ava needs support with personal care."],
                               "H1": ["Section 2 of the 1970 Act no longer applies to Ava."],
                               "H2": ["- Support from the family support worker as needed."]})
    assert flagged(run(plan, "SC-PROVISION-SPECIFIC"))


# -- SC-RIGHT-SECTION: supervised family contact written in F is social care provision -----------

def test_supervised_contact_in_f_is_misplaced():
    plan = care_builder.build({"F": ["- Maya will see her father every other Sunday for 2 hours, supervised by the "
                                     "county contact service."], "H2": [H2_GOOD]})
    assert flagged(run(plan, "SC-RIGHT-SECTION"))


def test_contact_with_school_staff_in_f_is_not_care():
    plan = care_builder.build({"F": ["- Maya's keyworker will keep in contact with her mum by a weekly 10-minute "
                                     "phone call."], "H2": [H2_GOOD]})
    res = run(plan, "SC-RIGHT-SECTION")
    assert not flagged(res), why(res)


# -- SC-RIGHT-SECTION: tutoring towards a qualification written in H is educational --------------

def test_tutoring_in_h2_is_educational():
    plan = care_builder.build({"H2": [H2_GOOD, "- English tutoring: 1:1 with the college's learning support tutor, "
                                               "45 minutes every Monday, towards Functional Skills English."]})
    assert flagged(run(plan, "SC-RIGHT-SECTION"))


def test_a_weekend_personal_assistant_in_h2_is_care():
    plan = care_builder.build({"H2": [H2_GOOD, "- A personal assistant to take Noor bowling on Saturdays, 4 hours "
                                               "a week, paid through a direct payment."]})
    res = run(plan, "SC-RIGHT-SECTION")
    assert not flagged(res), why(res)


# -- SC-RIGHT-SECTION: equipment a health service provides is health provision in G --------------

def test_health_service_equipment_checked_by_care_staff_belongs_in_g():
    plan = care_builder.build({"G": ["- An apnoea monitor by Josh's bed, supplied and serviced by the Children's "
                                     "Respiratory Team, checked each night by waking night staff."], "H2": [H2_GOOD]})
    res = run(plan, "SC-RIGHT-SECTION")
    assert not flagged(res), why(res)


def test_waking_night_care_in_g_with_no_health_service_is_misplaced():
    plan = care_builder.build({"G": ["- Waking night staff at the residential house will check on Josh every hour "
                                     "overnight."], "H2": [H2_GOOD]})
    assert flagged(run(plan, "SC-RIGHT-SECTION"))


# -- HC-NEEDS-MET: a condition ruled out (a clear test, "not caused by") is no need --------------

@pytest.mark.parametrize("c", [
    "Her eyesight was checked by the hospital eye clinic last spring and found to be normal, so her reading "
    "difficulties are not caused by a vision problem. She has asthma.",
    "Leo's attention difficulties are not due to hearing loss. He has asthma.",
])
def test_a_ruled_out_condition_needs_no_provision(c):
    plan = care_builder.build({"C": [c], "G": ["- Asthma nurse: an asthma review every 6 months, 30 minutes."]})
    res = run(plan, "HC-NEEDS-MET")
    assert not flagged(res), why(res)


def test_a_hearing_loss_stated_is_still_a_need():
    plan = care_builder.build({"C": ["Leo has a moderate hearing loss in both ears. He has asthma."],
                               "G": ["- Asthma nurse: an asthma review every 6 months, 30 minutes."]})
    assert flagged(run(plan, "HC-NEEDS-MET"))


# -- HC-NEEDS-MET / HC-ADVICE-PROVIDERS: the adult community mental health team (CMHT) -----------

CMHT_G = ["- Care coordinator from the CMHT: a 1-hour appointment every 2 weeks to review Ellis's mood."]


def test_cmht_meets_a_mental_health_need():
    res = run(care_builder.build({"C": [C_ANXIETY], "G": CMHT_G}), "HC-NEEDS-MET")
    assert not flagged(res), why(res)


def test_cmht_providing_without_its_advice_is_flagged():
    plan = care_builder.build({"C": [C_ANXIETY], "G": CMHT_G},
                              advice=[("health", "Medical advice", "Dr P Lund, GP", D(2026, 5, 1))])
    assert flagged(run(plan, "HC-ADVICE-PROVIDERS"))


def test_cmht_providing_with_its_advice_passes():
    plan = care_builder.build({"C": [C_ANXIETY], "G": CMHT_G},
                              advice=[("health", "Mental health advice", "Mr T Obi, Care Coordinator, CMHT",
                                       D(2026, 5, 1))])
    res = run(plan, "HC-ADVICE-PROVIDERS")
    assert not flagged(res), why(res)


# -- HC-ADVICE-PROVIDERS: a general practice advises as one team ----------------------------------

def _practice(provider_place: str, k_author: str):
    return care_builder.build(
        {"C": ["Ellis has a learning disability and hypothyroidism."],
         "G": [f"- Health action plan reviewed with Ellis once a year, 30 minutes, by the practice learning "
               f"disability nurse, {provider_place}."]},
        advice=[("health", "Medical advice", k_author, D(2026, 5, 1))])


def test_a_practice_nurse_is_covered_by_the_practice_gp_advice():
    res = run(_practice("Elm Tree Surgery", "Dr R Shah, GP, Elm Tree Surgery"), "HC-ADVICE-PROVIDERS")
    assert not flagged(res), why(res)


def test_a_nurse_at_another_practice_is_not_covered():
    res = run(_practice("Elm Tree Surgery", "Dr R Shah, GP, Castle Medical Centre"), "HC-ADVICE-PROVIDERS")
    assert flagged(res)


# -- HC-PROVISION-SPECIFIC: a safety net added to the provision above it ------------------------

THERAPY = ("- CAMHS clinical psychologist: 10 sessions of CBT, 50 minutes each, weekly from January 2027, at the "
           "CAMHS clinic.")


def test_a_safety_net_in_addition_to_the_therapy_above_is_judged_with_it():
    plan = care_builder.build({"C": [C_ANXIETY], "G": [THERAPY, "- Ellis's parents may phone the CAMHS advice line "
                                                                "if they are worried, as well as the sessions above."]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_a_when_needed_line_of_its_own_is_still_flagged():
    plan = care_builder.build({"C": [C_ANXIETY], "G": [THERAPY, "- Ellis can see the CAMHS duty worker when "
                                                                "needed."]})
    assert flagged(run(plan, "HC-PROVISION-SPECIFIC"))


# -- one rule for a one-off piece of work with its deadline (health and social care alike) ------

@pytest.mark.parametrize("line", [
    "- The social worker will review Kit's housing options at his next annual review.",
    "- A transfer to the adult disability team, completed before Kit's 18th birthday.",
])
def test_social_care_one_off_work_with_a_deadline_needs_no_frequency(line):
    plan = care_builder.build({"D": ["Kit needs help to plan for adult life."], "H2": [line]})
    res = run(plan, "SC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_health_one_off_work_at_a_set_review_needs_no_frequency():
    plan = care_builder.build({"C": [C_ANXIETY], "G": [
        THERAPY, "- CAMHS consultant: a referral to the adult mental health service, made at his next annual review."]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_social_care_one_off_work_with_no_deadline_is_still_flagged():
    plan = care_builder.build({"D": ["Kit needs help to plan for adult life."],
                               "H2": ["- A transfer to the adult disability team will be arranged."]})
    assert flagged(run(plan, "SC-PROVISION-SPECIFIC"))
