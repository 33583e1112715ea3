"""Health classes from the blind sets O and Q (round 15), each with the set's wording and new
wording of our own.

HC-ADVICE: the currency rule applies to each health professional's advice the plan relies on,
not only the newest medical advice. A therapy or specialist report over 24 months old fails even
beside current medical advice, unless newer advice from the same service replaces it.

HC-ADVICE-PROVIDERS: a G item labelled with a medical specialty the checker has no service for
("Clinical Genetics", "Paediatric Dermatology") is provided by that specialty, and its advice is
expected in K.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

D = care_builder.D
C_CP = "Cerebral palsy: he has tight hamstrings and uses a walking frame; he has a daily stretching programme."
MEDICAL = ("health", "Medical advice", "Dr S. Hassan, Community Paediatrician", D(2026, 9, 17))


# -- HC-ADVICE: an old report the plan relies on, beside current medical advice ------------------------

@pytest.mark.parametrize("old", [
    # set O, o105 (exact wording of the K row)
    ("health", "Physiotherapy advice", "Ms P. Kaur, Paediatric Physiotherapist", D(2022, 6, 14)),
    # set Q, q104 (exact wording of the K row)
    ("health", "Cochlear Implant Programme report (audiology and speech and language therapy)",
     "Cochlear Implant Programme team, Kirkhallam Royal Infirmary", D(2023, 1, 14)),
    # new
    ("health", "Dietetic report", "Mrs R. Osei, Paediatric Dietitian", D(2021, 11, 2)),
])
def test_an_old_report_beside_current_medical_advice_is_out_of_date(old):
    plan = care_builder.build({"C": [C_CP]}, advice=[MEDICAL, old])
    res = run(plan, "HC-ADVICE")
    assert flagged(res), why(res)
    assert any("relies on it" in f.message for f in res.findings), why(res)


@pytest.mark.parametrize("old, new", [
    # new: the paediatrician has written since (both medical)
    (("health", "Paediatric letter", "Dr K. Lowe, Consultant Paediatrician", D(2022, 3, 1)), MEDICAL),
    # new: the physiotherapist has written since
    (("health", "Physiotherapy report", "Ms A. Grant, Physiotherapist", D(2021, 5, 4)),
     ("health", "Physiotherapy update", "Mr D. Rowe, Children's Physiotherapy Service", D(2026, 6, 1))),
])
def test_an_old_report_replaced_by_newer_advice_from_the_same_service_is_history(old, new):
    advice = [old, new] if new is MEDICAL else [MEDICAL, old, new]
    plan = care_builder.build({"C": [C_CP]}, advice=advice)
    res = run(plan, "HC-ADVICE")
    assert not flagged(res), why(res)


# -- HC-ADVICE-PROVIDERS: a medical specialty named as the provider ----------------------------------

@pytest.mark.parametrize("item", [
    # set Q, q104 (exact wording)
    "Clinical Genetics: one genetic counselling appointment for Yasmin and her parents (1 hour) during Year 10, "
    "with an interpreter.",
    # new
    "Paediatric Dermatology: review of his eczema treatment every 6 months (30 minutes) at the skin clinic.",
    "Rheumatology: joint review twice a year, 45 minutes, with the consultant.",
])
def test_a_specialty_named_in_g_without_advice_in_k_is_missing(item):
    plan = care_builder.build({"C": [C_CP], "G": [f"- {item}"]}, advice=[MEDICAL])
    res = run(plan, "HC-ADVICE-PROVIDERS")
    assert flagged(res), why(res)


def test_a_specialty_with_its_advice_in_k_is_covered():
    plan = care_builder.build(
        {"C": [C_CP], "G": ["- Paediatric Dermatology: review of his eczema treatment every 6 months (30 minutes)."]},
        advice=[MEDICAL, ("health", "Dermatology clinic letter", "Dr F. Noor, Consultant Dermatologist",
                          D(2026, 8, 1))])
    res = run(plan, "HC-ADVICE-PROVIDERS")
    assert not flagged(res), why(res)


# -- HC-PROVISION-SPECIFIC: C says only that the health information has not come, G says none ---------

@pytest.mark.parametrize("c, g", [
    # set O, o106 (exact wording)
    ("No health information received at the time of drafting.", "None."),
    # set O, o204 (exact wording)
    ("Not known at present. Information has been requested from Levi's GP.", "None identified."),
    # new
    ("The paediatric report has been sought from the hospital.", "None at present."),
    ("No medical advice has yet been received.", "No health provision is required."),
])
def test_c_awaiting_health_information_and_g_none_leaves_nothing_to_specify(c, g):
    plan = care_builder.build({"C": [c], "G": [g]})
    for cid in ("HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-OUTCOMES"):
        res = run(plan, cid)
        assert not res.applicable, (cid, why(res))
    assert flagged(run(plan, "HC-NEEDS"))


def test_a_need_with_g_none_is_still_judged():
    plan = care_builder.build({"C": ["Mia has asthma and uses a reliever inhaler."], "G": ["None at present."]})
    assert flagged(run(plan, "HC-PROVISION-SPECIFIC"))


def test_advice_requested_and_summarised_is_not_pending():
    plan = care_builder.build({"C": ["Advice has been requested from Dr Lowe and is summarised here: Mia has asthma "
                                     "and uses a reliever inhaler."], "G": ["None."]})
    assert run(plan, "HC-PROVISION-SPECIFIC").applicable


@pytest.mark.parametrize("g", ["To be confirmed when the paediatric advice is received.", "TBC"])
def test_g_put_off_is_still_a_gap(g):
    plan = care_builder.build({"C": ["Mia has asthma and uses a reliever inhaler."], "G": [g]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert res.applicable and flagged(res), why(res)


# -- HC-NEEDS: C saying only that no health information has come -------------------------------------

@pytest.mark.parametrize("c", [
    # set O, o106 (exact wording)
    "No health information received at the time of drafting.",
    # new
    "No medical advice has yet been received from the paediatric team.",
    "No health reports available when this draft was written.",
])
def test_c_saying_no_information_received_describes_nothing(c):
    plan = care_builder.build({"C": [c], "G": ["None."]})
    assert flagged(run(plan, "HC-NEEDS"))
