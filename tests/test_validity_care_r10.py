"""Validity classes from sets K and L (round 10) in health (HC-*), social care (SC-*) and currency
(CA-*): each class with the set's sentence in its exact wording and a new one in other words."""

from __future__ import annotations

import datetime as dt

import care_builder
import pytest
from validity_helpers import flagged, run, why

from ehcaudit.reader.frontmatter import _year_group

C_ANXIETY = ("Sam has a diagnosis of anxiety from CAMHS; his worry stops him attending school on some days and he "
             "sleeps poorly before tests.")
CBT = ("CAMHS: a course of 10 sessions of CBT with a Clinical Psychologist, weekly, 50 minutes each, at the "
       "CAMHS clinic.")


def _g(*items: str):
    return care_builder.build({"C": [C_ANXIETY], "G": [f"- {t}" for t in items]})


# -- HC-PROVISION-SPECIFIC: liaison with the setting, by the clinician of the item before ------------

@pytest.mark.parametrize("follow_on", [
    # set L, l102 (exact wording): "the clinician" is who
    "After sessions 4, 8 and 12, the clinician will phone Kian's key worker (30 minutes) to share strategies for "
    "school.",
    # set L, l107 (exact wording): meeting the mentor to share strategies is what is provided
    "The same practitioner will meet Jordan's learning mentor once a month for 30 minutes during the course to "
    "share strategies.",
    # in other words
    "The clinician will visit the school once a term for an hour to talk with his form tutor.",
    "The psychologist will hold a 20-minute call with the SENCo every half term to agree how staff respond.",
])
def test_liaison_with_the_setting_is_specific_health_provision(follow_on):
    res = run(_g(CBT, follow_on), "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_a_follow_on_line_with_no_amount_is_still_flagged():
    res = run(_g(CBT, "The clinician will keep in touch with school."), "HC-PROVISION-SPECIFIC")
    assert flagged(res), why(res)


# -- HC-PROVISION-SPECIFIC: keeping equipment working (repair, replacement) on demand ---------------

@pytest.mark.parametrize("upkeep", [
    # set L, l205 (exact wording)
    "Southern Cochlear Implant Centre: repair or replacement of a faulty sound processor within 2 working days "
    "of Priya reporting it, by post or at the Centre, arranged by the Centre's technician.",
    # in other words
    "Paediatric Audiology: her hearing aids are repaired or replaced within 5 working days of school reporting "
    "a fault.",
])
def test_equipment_repair_on_demand_says_what_is_provided(upkeep):
    res = run(_g(CBT, upkeep), "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


# -- SC-PROVISION-SPECIFIC: a weekly schedule by the day and the clock ------------------------------

@pytest.mark.parametrize("line, ok", [
    # set L, l207 (exact wording)
    ("After-school short break at Rock Pool Club (specialist play scheme): every Wednesday, 3.30pm to 6.30pm, 1:1 "
     "staffing, arranged by the Disabled Children's Team.", True),
    # in other words
    ("Youth club with a support worker on Tuesdays and Thursdays, arranged by the CWD Team.", True),
    ("Saturday activity group at the leisure centre, 10am-1pm, with a 1:1 worker.", True),
    # no amount at all: still flagged
    ("Youth club with a support worker, arranged by the CWD Team.", False),
])
def test_a_weekday_or_clock_time_says_how_much(line, ok):
    plan = care_builder.build({"D": ["Mia needs support to take part in activities with other young people."],
                               "H2": [f"- {line}"]})
    res = run(plan, "SC-PROVISION-SPECIFIC")
    assert flagged(res) is not ok, why(res)


# -- SC-RIGHT-SECTION: a direct payment is how provision is paid for, not what it is ----------------

@pytest.mark.parametrize("f, misplaced", [
    # set L, l212 (exact wording): tuition paid from the SEN direct payment stays educational
    ("Art and illustration tuition, 1:1, working towards the Bronze Arts Award | 2 hrs per week, 38 weeks a year | "
     "Art Tutor (qualified art teacher), paid through the direct payment in Section J", False),
    # set L, l206 (exact wording): a personal assistant for weekend leisure, paid the same way, is care
    ("Personal Assistant to support Ava to go swimming and meet friends at weekends | 4 hours every Saturday | "
     "Personal Assistant funded by Children's Integrated Services through a direct payment", True),
    # in other words
    ("Music lessons with a qualified guitar teacher towards Grade 2, 30 minutes weekly, funded by his personal "
     "budget.", False),
    ("A support worker to take Leo to the cinema and bowling, 3 hours a fortnight, paid via a direct payment.",
     True),
])
def test_a_direct_payment_is_the_funding_route_not_the_kind_of_provision(f, misplaced):
    plan = care_builder.build({"F": [f"- {f}"], "H2": ["None."]})
    res = run(plan, "SC-RIGHT-SECTION")
    assert flagged(res) is misplaced, why(res)


# -- HC-NEEDS / SC-NEEDS: advice asked for and not received is no description and no basis for none ---

@pytest.mark.parametrize("c", [
    # set L, l103 (exact wording)
    ["Health advice has been requested from Community Paediatrics and has not yet been received. This section "
     "will be updated when it arrives."],
    # set K, k210 (exact wording): a "none" resting on advice that never came
    ["No health needs are known. Medical advice was requested from the Community Paediatrician on 12/02/2026 but "
     "had not been received when this plan was finalised."],
    # in other words
    ["The GP's summary was asked for in March and is still outstanding."],
    ["Ella has no health needs that we know of; the school nursing report was sought in May and has not arrived."],
])
def test_health_advice_requested_but_not_received(c):
    res = run(care_builder.build({"C": c}), "HC-NEEDS")
    assert flagged(res), why(res)


def test_social_care_advice_requested_but_not_received():
    d = ("Social care advice was requested from the Children with Disabilities Team in June and has not yet been "
         "received.")
    assert flagged(run(care_builder.build({"D": [d]}), "SC-NEEDS"))


def test_needs_described_beside_a_pending_report_still_count():
    c = ("Tom has asthma and uses a blue reliever inhaler before PE and when wheezy; he has had two hospital "
         "admissions this year. The respiratory nurse's report has been requested and has not yet been received.")
    res = run(care_builder.build({"C": [c]}), "HC-NEEDS")
    assert not flagged(res), why(res)


# -- SC-STATUTORY-LINK: the status named through the worker who holds it ----------------------------

@pytest.mark.parametrize("a", [
    # set K, k204 (exact wording)
    "She said that their Child in Need worker, Ms Grace Mensah, has helped the family with their housing "
    "application and with getting Kofi to his audiology appointments, which they had missed several times.",
    # in other words
    "Her child protection social worker visits every two weeks and knows Lily well.",
])
def test_a_status_named_through_its_worker_is_recorded(a):
    plan = care_builder.build({"A": [a], "D": ["Kofi does not have any social care needs."], "H2": ["None."]})
    res = run(plan, "SC-STATUTORY-LINK")
    assert res.applicable and flagged(res), why(res)


# -- year group written as "Yr 10" or with a bracketed note (CA-STATUTORY-ADVICE reads it) ----------

@pytest.mark.parametrize("value, year", [
    ("7 (from September 2025)", 7),   # set K, k208 (exact wording)
    ("Yr 10", 10),                    # set K, k103 (exact wording)
    ("11 (2026/27 academic year)", 11),
    ("Yr 9", 9),
    ("YR", 0),                        # Year R, as before
    ("Year R", 0),
])
def test_year_group_values(value, year):
    assert _year_group(value) == year


# -- HC-THERAPY-PLACEMENT: therapy that teaches skills for learning, whatever equipment it names -----

@pytest.mark.parametrize("g, misplaced", [
    # set L, l206 (exact wording)
    ("Occupational therapy: 1:1 sessions to develop Ava's hand skills for writing and using equipment, and dressing "
     "skills for PE; programme for TAs to follow | 45 minutes fortnightly in school, plus a 15-minute programme daily "
     "with her TA | Occupational Therapist, Children's Therapy Service", True),
    # in other words
    ("Speech and language therapy sessions in class to build his vocabulary, using his communication aid, weekly "
     "for 30 minutes, by the SALT.", True),
    # a health use of the same therapy: not misplaced
    ("Occupational therapist to assess and supply a bath seat and a hoist for home, by March 2027.", False),
    # teaching, but pointed to F: not misplaced
    ("OT programme to improve his handwriting is set out in Section F; the OT reviews his seating each term.", False),
])
def test_therapy_that_teaches_learning_skills_belongs_in_f(g, misplaced):
    plan = care_builder.build({"C": ["Ava has cerebral palsy affecting her hands and legs; she tires easily."],
                               "G": [f"- {g}"]})
    res = run(plan, "HC-THERAPY-PLACEMENT")
    assert flagged(res) is misplaced, why(res)


# -- HC-ADVICE-PROVIDERS: the community children's nursing team gives advice of its own --------------

@pytest.mark.parametrize("g", [
    # set L, l206 (exact wording)
    "Gastrostomy care: training and competency checks for the TAs who give Ava's lunchtime fluids and feed | "
    "Training 3 hours once a year and for new staff; competency check every 6 months | Community Children's "
    "Nursing (CCN) team",
    # in other words
    "Tracheostomy care training for his two named support staff, 2 hours each term, by the Children's Community "
    "Nursing Service.",
])
def test_community_childrens_nursing_needs_its_own_advice(g):
    d = dt.date(2026, 9, 1)
    paed = ("health", "Medical advice", "Dr B Khan, Community Paediatrician", d)
    c = ["Ava is fed through a gastrostomy and needs her feeds and fluids given at school."]
    without = care_builder.build({"C": c, "G": [f"- {g}"]}, advice=[paed])
    assert flagged(run(without, "HC-ADVICE-PROVIDERS")), why(run(without, "HC-ADVICE-PROVIDERS"))
    ccn = ("health", "Community nursing advice", "S Patel, Community Children's Nurse", d)
    with_ccn = care_builder.build({"C": c, "G": [f"- {g}"]}, advice=[paed, ccn])
    res = run(with_ccn, "HC-ADVICE-PROVIDERS")
    assert not flagged(res), why(res)


# -- HC-NEEDS-MET: the rooms a building has are no continence provision ---------------------------------

@pytest.mark.parametrize("f_item", [
    # set K, k206 (exact wording of the start of the F item)
    "Occupational therapy: Children's Occupational Therapy will assess how easily Jess can use the classrooms, "
    "toilets and kitchen in a two-hour visit in September 2026.",
    # in other words
    "The occupational therapist will visit in the autumn term to check that the toilets and changing rooms are "
    "accessible for his walker.",
])
def test_an_access_visit_naming_toilets_does_not_meet_a_continence_need(f_item):
    c = ["Jess has a neurogenic bladder and uses intermittent self-catheterisation four times a day, including twice "
         "during the college day. Her catheter technique and supplies are reviewed by the continence nurse."]
    g = ["- Physiotherapy: a physiotherapist will see Jess at college once a fortnight for 45 minutes."]
    plan = care_builder.build({"C": c, "F": [f"- {f_item}"], "G": g})
    res = run(plan, "HC-NEEDS-MET")
    assert flagged(res), why(res)
    met = care_builder.build({"C": c, "F": [f"- {f_item}"], "G": g + [
        "- Continence nurse: reviews her catheter technique and supplies every six months at the community clinic."]})
    assert not flagged(run(met, "HC-NEEDS-MET"))
