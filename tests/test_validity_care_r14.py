"""Validity classes from sets O, P and Q (round 14) in health (HC-*): how a council says "no health
needs" with its basis beside it. Each class with the set's sentence in its exact wording and a new
one in other words."""

from __future__ import annotations

import datetime as dt

import care_builder
import pytest
from validity_helpers import flagged, run, why

NONE_G = "None. The child has no health needs (see Section C)."

# -- beside a plain "none", its basis (seen and found well, tests normal) describes no need ---------

C_NONE_WITH_BASIS = [
    # set Q, q107 (exact wording)
    ["Hafsa has no health needs. The Community Paediatrician saw her in August 2026 as part of this assessment "
     "and found her to be well, with normal hearing and vision. There is therefore no health provision in "
     "Section G."],
    # set P, p112 (exact wording)
    ["Dev has no health needs related to his special educational needs. His Community Paediatrician saw him on "
     "14 July 2026: he is well, growing normally, eats a good range of food and sleeps through the night. His "
     "hearing was tested in June 2026 and is normal."],
    # set O, o102 (exact wording)
    ["Zahra has no health needs relating to her special educational needs. This is based on her refugee health "
     "screening in March 2025, a check by her GP, a hearing test by Children's Audiology in April 2025 (normal) "
     "and the medical advice from Dr Lewis, Community Paediatrician (K3). Her stomach aches are linked to worry "
     "and are addressed in Sections B, E and F."],
    # in other words
    ["Noah has no health needs. He was examined by his GP in May 2026, who found him healthy, with normal "
     "vision."],
    ["There are no health needs. The school nurse reviewed Mia in June 2026 and found no concerns. Her "
     "tiredness in the afternoons is set out in Sections B and F."],
]


@pytest.mark.parametrize("c", C_NONE_WITH_BASIS)
@pytest.mark.parametrize("g", [NONE_G, "No health provision is needed at present.",
                               "No health provision is required at present. If her health needs change, her GP "
                               "will refer her on."])
@pytest.mark.parametrize("cid", ["HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-OUTCOMES"])
def test_a_none_with_its_basis_needs_no_health_provision(c, g, cid):
    res = run(care_builder.build({"C": c, "G": [g]}), cid)
    assert not res.applicable, why(res)


@pytest.mark.parametrize("c", C_NONE_WITH_BASIS)
def test_a_none_with_its_basis_is_a_sourced_none(c):
    res = run(care_builder.build({"C": c, "G": [NONE_G]}), "HC-NEEDS")
    assert not flagged(res), why(res)
    assert res.level == 4, why(res)


# -- the same sentences are still read as needs where they carry one, or stand without a "none" -----

@pytest.mark.parametrize("c", [
    # a need named in the basis sentence: not a normal finding
    ["Ava has no health needs. The paediatrician saw her in July 2026 and found her well, but she has epilepsy "
     "and takes medication twice a day."],
    # no "none" beside it: a need signposted to F is still read as a need described
    ["His seizures are addressed in Section F."],
])
def test_a_need_beside_the_basis_is_still_a_need(c):
    res = run(care_builder.build({"C": c, "G": [NONE_G]}), "HC-PROVISION-SPECIFIC")
    assert res.applicable and flagged(res), why(res)


# -- HC-ADVICE: mental health advice is not the medical advice ---------------------------------------

_SLT = ("health", "Speech and language therapy advice",
        "Holly Birch, Speech and Language Therapist, NHS Speech and Language Therapy Service", dt.date(2026, 9, 21))


@pytest.mark.parametrize("newer", [
    # set Q, q207 (exact wording)
    ("health", "Mental health advice", "Sam Ridley, Mental Health Practitioner, CAMHS", dt.date(2026, 9, 30)),
    # in other words
    ("health", "Emotional health advice", "Jo Park, Wellbeing Practitioner, Mind Matters Team", dt.date(2026, 10, 2)),
])
def test_an_old_medical_advice_is_not_made_current_by_mental_health_advice(newer):
    old = ("health", "Medical advice", "Dr Neil Forde, Community Paediatrician", dt.date(2023, 3, 2))
    res = run(care_builder.build({"C": ["Kit has no health needs."]}, advice=[old, _SLT, newer]), "HC-ADVICE")
    assert flagged(res), why(res)


def test_current_medical_advice_beside_mental_health_advice_passes():
    cur = ("health", "Medical advice", "Dr Neil Forde, Community Paediatrician", dt.date(2026, 9, 2))
    newer = ("health", "Mental health advice", "Sam Ridley, Mental Health Practitioner, CAMHS", dt.date(2026, 9, 30))
    res = run(care_builder.build({"C": ["Kit has no health needs."]}, advice=[cur, _SLT, newer]), "HC-ADVICE")
    assert not flagged(res), why(res)


# -- HC-ADVICE-PROVIDERS: a named nursing service gives advice of its own ----------------------------

_K_MEDICAL = [("health", "Medical advice", "Dr A. Malik, Community Paediatrician", dt.date(2026, 9, 2))]


@pytest.mark.parametrize("g", [
    # set Q, q212 (exact wording)
    "Transition Nurse to support Esme with her health as needed.",
    # in other words
    "The Clinical Nurse Specialist will review his bowel care plan with school every term.",
])
def test_a_named_nursing_service_in_g_needs_its_advice_in_k(g):
    plan = care_builder.build({"C": ["Esme has a learning disability and needs support to manage her health."],
                               "G": [g]}, advice=_K_MEDICAL)
    res = run(plan, "HC-ADVICE-PROVIDERS")
    assert res.applicable and flagged(res), why(res)


def test_the_nursing_service_s_own_advice_in_k_is_enough():
    plan = care_builder.build({"C": ["Esme has a learning disability and needs support to manage her health."],
                               "G": ["Transition Nurse to support Esme with her health as needed."]},
                              advice=_K_MEDICAL + [("health", "Transition nursing advice",
                                                    "Amy Cole, Transition Nurse", dt.date(2026, 9, 5))])
    res = run(plan, "HC-ADVICE-PROVIDERS")
    assert not flagged(res), why(res)


def test_the_school_nurse_is_still_not_asked_for_advice():
    plan = care_builder.build({"C": ["Esme has asthma."],
                               "G": ["School nurse to train staff in using her inhaler once a year, each September."]},
                              advice=_K_MEDICAL)
    res = run(plan, "HC-ADVICE-PROVIDERS")
    assert not (res.applicable and flagged(res)), why(res)
