"""Round 31: a health need is met as a designated clinical officer reads it (HC-NEEDS-MET).

A need in words the rubric's list of conditions does not know is still a need: an item of Section C
that says the child needs, must have, takes, wears or is at risk of something. G meets it when its
provision names it in its own words (the condition, the care it needs, or the service that manages
it). A place or facility is an adjustment, not care. The wording is invented here (other councils'
voices), not taken from any validity set.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run

from ehcaudit.checks._health_unknown import named_in

ENDOCRINE = "- Paediatric endocrinologist: review of her growth hormone treatment every 6 months, 30 minutes."
E_ANY = "- By July 2027, Tamsin will read and write 40 key words, recorded by her class teacher."


@pytest.mark.parametrize("need", [
    "Kidneys: Tamsin has a single kidney and must drink at least 1.5 litres of water a day, with a toilet pass.",
    "Joints: she has juvenile arthritis in her knees and wears night splints; she needs a splint review.",
])
def test_a_need_in_words_the_list_does_not_know_is_still_a_need(need: str) -> None:
    c = ["- Hormones: Tamsin takes growth hormone injections at home and is reviewed by the endocrine team.",
         f"- {need}"]
    res = run(care_builder.build({"C": c, "G": [ENDOCRINE], "E": [E_ANY]}), "HC-NEEDS-MET")
    assert flagged(res)


@pytest.mark.parametrize(("c", "g"), [
    ("- Kidneys: Tamsin has a single kidney and must drink at least 1.5 litres a day.",
     "- Renal clinic, Harbourside Children's Hospital: kidney function review every 6 months, with a fluid plan "
     "for school written by the renal nurse."),
    ("- Airway: Tamsin has a tracheostomy and needs suction several times a day.",
     "- Tracheostomy care plan written by the community children's nursing team; suction training for two named "
     "staff each September."),
    ("- Joints: she has juvenile arthritis in her knees and wears night splints.",
     "- Rheumatology team: splint review each term and an exercise programme for her knees."),
])
def test_provision_naming_the_need_its_care_or_its_service_meets_it(c: str, g: str) -> None:
    res = run(care_builder.build({"C": [c], "G": [g], "E": [E_ANY]}), "HC-NEEDS-MET")
    assert not flagged(res)


def test_a_diagnosis_alone_asks_for_no_care() -> None:
    c = ["- Tamsin was diagnosed with dyspraxia by the child development team in 2024."]
    res = run(care_builder.build({"C": c, "G": [ENDOCRINE], "E": [E_ANY]}), "HC-NEEDS-MET")
    assert not flagged(res)


def test_the_service_that_manages_it_names_the_need() -> None:
    assert named_in("Back: Rivka has scoliosis. She must wear a brace and is under review by the spinal team.",
                    ["Spinal team: brace check every 3 months at the orthotics clinic."])
    assert not named_in("Back: Rivka has scoliosis. She must wear a brace and is under review by the spinal team.",
                        ["Food plan for school, with supervision at lunch, reviewed by the dietitian."])


@pytest.mark.parametrize("g", [
    "- Nursery will provide a private toilet and a spare set of clothes.",
    "- An accessible toilet near his classroom will be kept free for him.",
])
def test_a_place_or_facility_is_no_continence_provision(g: str) -> None:
    c = ["Ollie has daytime soiling (encopresis) about three times a week and is embarrassed by it."]
    res = run(care_builder.build({"C": c, "G": [g], "E": [E_ANY]}), "HC-NEEDS-MET")
    assert flagged(res)


def test_continence_care_still_meets_the_need() -> None:
    c = ["Ollie has daytime soiling (encopresis) about three times a week and is embarrassed by it."]
    g = "- Bladder and bowel nurse: a toileting programme for school, reviewed every 3 months (30 minutes)."
    assert not flagged(run(care_builder.build({"C": c, "G": [g], "E": [E_ANY]}), "HC-NEEDS-MET"))
