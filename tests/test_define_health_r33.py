"""Round 33: health needs, outcomes and providers as a designated clinical officer reads them.

* HC-OUTCOMES: an outcome counts wherever the plan states it (a "Health outcome: ... will ..." line
  beside the provision in G); a condition that was treated or is stable and needs only a routine check
  at an interval is monitored, and asks for no outcome of its own.
* HC-ADVICE-PROVIDERS: a glossary line in Section K names a service but is no one's advice.

The wording is invented here (other councils' voices), not taken from any validity set.
"""

from __future__ import annotations

import datetime as dt

import care_builder
import pytest
from validity_helpers import flagged, run

from ehcaudit.checks._health_advice import _glossary_entry

E_LEARN = "- By July 2027, Nia will read 60 common words by sight, checked each term by her class teacher."
MEDICAL = ("health", "Medical advice", "Dr F Mensah, Consultant Community Paediatrician", dt.date(2026, 6, 2))


# -- HC-OUTCOMES: an outcome is read wherever the plan states it --------------------------------

@pytest.mark.parametrize("label", ["Health outcome", "Intended outcome", "Outcome"])
def test_an_outcome_stated_beside_the_provision_in_g_counts(label: str) -> None:
    c = ["Nia has coeliac disease and has stomach pain and tiredness at school when she eats gluten by mistake; "
         "she also has constipation, which makes her uncomfortable in lessons."]
    g = ["- Paediatric gastroenterology nurse: review of Nia's bowel plan every 4 months (30 minutes).",
         f"{label}: by April 2027, Nia will open her bowels without pain on at least 4 days a week, as "
         "recorded on her bowel diary."]
    res = run(care_builder.build({"C": c, "G": g, "E": [E_LEARN]}), "HC-OUTCOMES")
    assert not flagged(res)


def test_a_g_line_that_only_points_to_outcomes_is_no_outcome() -> None:
    c = ["Nia has constipation, which makes her uncomfortable and distracted in lessons."]
    g = ["- Paediatric continence nurse: review of Nia's bowel plan every 4 months (30 minutes).",
         "Outcomes: see Section E."]
    res = run(care_builder.build({"C": c, "G": g, "E": [E_LEARN]}), "HC-OUTCOMES")
    assert flagged(res)


def test_without_the_g_line_the_need_still_asks_for_an_outcome() -> None:
    c = ["Nia has constipation, which makes her uncomfortable and distracted in lessons."]
    g = ["- Paediatric continence nurse: review of Nia's bowel plan every 4 months (30 minutes)."]
    assert flagged(run(care_builder.build({"C": c, "G": g, "E": [E_LEARN]}), "HC-OUTCOMES"))


@pytest.mark.parametrize("need", [
    "Heart: a narrowed heart valve was widened by a balloon procedure when Nia was two. She is well and needs "
    "a scan at the cardiology clinic every two years.",
    "Heart: Nia had a heart defect closed by keyhole surgery as a toddler; the cardiac team sees her for a "
    "check-up once a year and there are no limits on what she can do.",
])
def test_a_treated_condition_needing_only_a_routine_check_asks_for_no_outcome(need: str) -> None:
    g = ["- Paediatric cardiology clinic: review and heart scan every 2 years (1 hour)."]
    res = run(care_builder.build({"C": [need], "G": g, "E": [E_LEARN]}), "HC-OUTCOMES")
    assert not flagged(res)


def test_a_heart_condition_that_affects_her_day_still_asks_for_an_outcome() -> None:
    c = ["Heart: Nia has a heart condition that makes her breathless and tired after PE; the cardiac team sees "
         "her once a year."]
    g = ["- Paediatric cardiology clinic: review every 12 months (1 hour)."]
    assert flagged(run(care_builder.build({"C": c, "G": g, "E": [E_LEARN]}), "HC-OUTCOMES"))


# -- HC-ADVICE-PROVIDERS: a glossary is no advice ---------------------------------------------

def test_a_glossary_line_in_k_is_no_ones_advice() -> None:
    g = ["- Children's mental health service (CAMHS): eight weekly sessions of therapy for anxiety, 50 minutes each."]
    k = ["Abbreviations used in this plan", "- CAMHS: Child and Adolescent Mental Health Services",
         "- SENCo – special educational needs co-ordinator"]
    res = run(care_builder.build({"G": g, "K": k}, advice=[MEDICAL]), "HC-ADVICE-PROVIDERS")
    assert flagged(res)


@pytest.mark.parametrize(("line", "entry"), [
    ("CAMHS – Child and Adolescent Mental Health Services", True),
    ("OT: occupational therapist", True),
    ("PDSN - paediatric diabetes specialist nurse (hospital team)", True),
    ("CAMHS – Dr P Rowe, Clinical Psychologist, 3 March 2026", False),
    ("OT – Mrs J Bell, occupational therapist", False),
    ("Medical advice", False),
])
def test_what_a_glossary_entry_is(line: str, entry: bool) -> None:
    assert _glossary_entry(line) is entry
