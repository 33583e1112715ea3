"""Validity classes from set I (round 6) in the health (HC-*) and social care (SC-*) criteria.

Each class: the set's sentence in its exact wording, and new sentences in other words that a
different council might write.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run

# -- HC: Section C says "no health needs" in other words ---------------------------------------

NO_HEALTH_NEEDS = [
    # set I, i101: a difficulty ruled out, "is well", and the basis in a sentence of its own
    ["Amir has no health needs relating to his SEN. His hearing was tested by the Community Audiology Service in "
     "January 2026 and was normal. He has no difficulty walking or running and is well. This is confirmed by the "
     "Community Paediatrician's advice (see Section K)."],
    # set I, i104: a concern discussed and dealt with, nothing more needed
    ["Kai has no diagnosed health conditions. The school nurse saw him in January 2026; his growth, hearing and "
     "vision are normal. Sleep difficulties were discussed and a sleep hygiene leaflet given; no further health "
     "provision is needed."],
    # new: other councils' wording
    ["Priya has no medical conditions. She has no problems with her eyesight or hearing. This was confirmed by "
     "the school nurse in March 2026."],
    ["Toileting was discussed with the health visitor and advice given; no additional health input is required.",
     "Leo is well."],
]


@pytest.mark.parametrize("c", NO_HEALTH_NEEDS)
def test_no_health_needs_in_other_words_makes_the_health_thread_not_applicable(c):
    plan = care_builder.build({"C": c, "G": ["None. No health needs relating to SEN (see Section C)."],
                               "E": ["- By July 2027, the child will read 30 words on sight."]})
    for cid in ("HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-OUTCOMES"):
        assert not run(plan, cid).applicable, cid
    assert not flagged(run(plan, "HC-NEEDS"))


@pytest.mark.parametrize("c", [
    # a need named after the ruled-out difficulty, or against it, is still a need
    "He has no difficulty walking but has epilepsy and takes sodium valproate twice a day.",
    "She has no difficulty hearing and has asthma, with an inhaler kept in class.",
    "Ella has cerebral palsy and has no difficulty swallowing.",
])
def test_a_need_beside_a_ruled_out_difficulty_is_still_a_need(c):
    plan = care_builder.build({"C": [c], "G": ["None."],
                               "E": ["- By July 2027, the child will read 30 words on sight."]})
    assert flagged(run(plan, "HC-PROVISION-SPECIFIC"))


# -- HC-PROVISION-SPECIFIC: a sign-off sentence at the end of a cell of provision ----------------

@pytest.mark.parametrize("g", [
    # set I, i205
    "Community paediatrician (Dr Walsh): ADHD medication review every 6 months, 30 minutes. Looked-after "
    "children's nurse: annual health assessment (1 hour), next due March 2027. Agreed by the Designated Medical "
    "Officer, Dr Hannah Levy, on 14 September 2026.",
    # new
    "Epilepsy nurse: staff training on the seizure care plan once a year (2 hours). Signed off by the DCO, "
    "Mr R Ahmed, 2 May 2026.",
])
def test_provision_before_a_signoff_in_the_same_cell_is_read(g):
    c = "ADHD, treated with medication taken at home each morning, prescribed by the community paediatrician." \
        if "ADHD" in g else "Zara has epilepsy and has had two seizures in school this year."
    plan = care_builder.build({"C": [c], "G": [g], "E": ["- By July 2027, the child will stay on task for 10 minutes."]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert res.applicable and not flagged(res)
    assert not flagged(run(plan, "HC-NEEDS-MET"))


def test_an_agreement_line_alone_is_not_provision():
    plan = care_builder.build({"C": ["Ben has asthma and uses a blue inhaler before PE."],
                               "G": ["This health provision has been agreed. Signed: Dr Shah, Designated Clinical "
                                     "Officer, 9 March 2026."],
                               "E": ["- By July 2027, Ben will tell an adult when he is breathless."]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert "no health provision" in " ".join(f.message for f in res.findings)


# -- HC-PROVISION-SPECIFIC: a one-off session is its own amount -----------------------------------

@pytest.mark.parametrize("g, ok", [
    ("School nurse: sleep hygiene advice session with parents, once, by December 2026.", True),  # set I, i202
    ("Health visitor: a one-off home visit to advise on toileting, in the autumn term 2026.", True),
    ("Dietitian: a single advice session with parents about a balanced packed lunch.", True),
    ("Once Aisha has settled, the school nurse will advise staff.", False),  # "once" as a conjunction
])
def test_a_one_off_health_session_is_specific(g, ok):
    plan = care_builder.build({"C": ["Aisha wakes several times a night and is tired in class."], "G": [f"- {g}"],
                               "E": ["- By July 2027, Aisha will settle to a task within 2 minutes."]})
    assert flagged(run(plan, "HC-PROVISION-SPECIFIC")) is not ok


# -- HC-OUTCOMES: a C–G–E row with no outcome cell ------------------------------------------------

def test_a_monitored_need_in_a_cge_row_with_no_outcome_needs_none():
    # set I, i111
    plan = care_builder.build(threads=[(
        "CGE",
        "Maya has optic nerve hypoplasia with severe vision impairment. She is seen every 6 months at the Low "
        "Vision Clinic.",
        "Low Vision Clinic (Eastern Eye Hospital): review of vision and low vision aids every 6 months, 45-minute "
        "appointment, by the optometrist.",
        "")])
    assert not flagged(run(plan, "HC-OUTCOMES"))


def test_a_cge_row_with_no_outcome_is_met_by_an_outcome_elsewhere_in_e():
    # new: a need with an impact, whose outcome is in the B–F–E part of E
    plan = care_builder.build({"E": ["- By July 2027, Sam will read enlarged print (N24) for 10 minutes."]}, threads=[(
        "CGE", "Sam has nystagmus and finds small print difficult to read.",
        "Orthoptist: review every 6 months (30 minutes).", "")])
    assert not flagged(run(plan, "HC-OUTCOMES"))


@pytest.mark.parametrize("need", [
    "Tom has epilepsy with absence seizures most days in school.",   # never "managed" away
    "Isla has a hearing loss that affects her in class.",            # an impact: an outcome is expected
])
def test_a_cge_row_with_no_outcome_and_none_elsewhere_is_flagged(need):
    plan = care_builder.build({"E": ["- By July 2027, the child will add two-digit numbers."]}, threads=[(
        "CGE", need, "Specialist nurse: care plan reviewed every 6 months (30 minutes).", "")])
    assert flagged(run(plan, "HC-OUTCOMES"))


# -- SC-NEEDS -------------------------------------------------------------------------------------

@pytest.mark.parametrize("d", [
    "Maya is a looked after child living with long-term foster carers.",            # set I, i111
    "Tyler has been looked after since 2023, living with experienced foster carers.",  # new
    "Ruby is a looked after child who lives with her kinship carers.",               # new
])
def test_a_looked_after_status_alone_describes_no_need(d):
    assert flagged(run(care_builder.build({"D": [d]}), "SC-NEEDS"))


@pytest.mark.parametrize("d", [
    # set I, i211
    "No social care needs; the Children with Disabilities Team gave advice in April 2026 and the family did not "
    "want short breaks or early help.",
    # new
    "There are no social care needs, following advice from the family's social worker (May 2026).",
    "No social care needs. The Early Help team advised in June 2026 that no service was needed.",
])
def test_a_none_based_on_a_teams_advice_names_its_basis(d):
    assert not flagged(run(care_builder.build({"D": [d]}), "SC-NEEDS"))


# -- SC-RIGHT-SECTION: early help / family support at home written in F --------------------------

@pytest.mark.parametrize("f, misplaced", [
    # set I, i109
    ("Family Support Worker (Early Help) to work with Leon's mum at home on morning routines and managing anger. "
     "Staffing: Family Support Worker (Early Help). Frequency & duration: 1 hr per fortnight for 12 weeks.", True),
    ("Early Help practitioner: home visits to support Jo's parents with bedtime routines, weekly for 8 weeks.", True),
    ("The school's family support worker will meet Kofi weekly in school to check in (15 minutes).", False),
])
def test_early_help_with_the_family_at_home_belongs_in_h(f, misplaced):
    plan = care_builder.build({"F": [f"- {f}"], "H2": ["None."]})
    assert flagged(run(plan, "SC-RIGHT-SECTION")) is misplaced


# -- SC-PROVISION-SPECIFIC: a one-off review at a set review --------------------------------------

@pytest.mark.parametrize("h, ok", [
    ("Supported housing: Dan's name is on the housing register; a social worker will review options at his next "
     "annual review.", True),  # set I, i112
    ("Supported living: the social worker will discuss options with Amy and her parents before her transition "
     "review.", True),
    ("Supported housing: a social worker will review options with Dan from time to time.", False),
])
def test_options_reviewed_at_a_set_review_are_a_one_off(h, ok):
    plan = care_builder.build({"D": ["Dan needs help with cooking and money, and wants to live more independently."],
                               "H2": [f"- {h}"]})
    assert flagged(run(plan, "SC-PROVISION-SPECIFIC")) is not ok
