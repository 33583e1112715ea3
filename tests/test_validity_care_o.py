"""Validity classes from set O (round 12) in the health criteria (HC-*).

Each class: the set's sentence in its exact wording, and new sentences in other words that a
different council might write.
"""

from __future__ import annotations

from pathlib import Path

import care_builder
import docx
import pytest
from docx_builders import front_matter
from validity_helpers import flagged, run, why

from ehcaudit.reader import read_plan

CGE_HEADER = ["C - Health care needs which relate to their special educational needs",
              "G – Health Care Provision reasonably required",
              "E – Outcomes"]


def _cge_docx(path: Path, rows: list[list[str]]) -> Path:
    """A national-template C–G–E table: a one-item row is merged across all three columns."""
    d = docx.Document()
    front_matter(d)
    d.add_heading("Section A: Views, interests and aspirations", 1)
    d.add_paragraph("Sam likes trains and wants to work at the station.")
    t = d.add_table(rows=0, cols=3)
    for cells in [["Strengths"], ["Sam is healthy and active."], CGE_HEADER, *rows]:
        row = t.add_row().cells
        if len(cells) == 1:
            row[0].merge(row[2])
        for i, text in enumerate(cells):
            row[i].text = text
    d.save(path)
    return path


NEED_ROWS = [
    ["Epilepsy: Sam has absence seizures, about two a week.",
     "Epilepsy Specialist Nurse: reviews Sam's seizure care plan with school every 6 months and trains staff "
     "once a year.",
     "By July 2027, Sam will tell an adult when he feels a seizure coming on, on 4 out of 5 occasions."],
]

# -- a note merged across the C–G–E table is not a need row (set O, o103, o109, o112) ---------------

NOTES = [
    # set O (o103), exact wording
    "Confirmed by DCO: the health provision above was agreed by Ms Rachel Adeyemi, Designated Clinical Officer, "
    "on 1 September 2026.",
    # new wording a different council might use
    "Health sections checked and agreed by the Designated Medical Officer, Dr K. Obi, 3 March 2026.",
    "Note: where a health professional's advice changes, the plan will be amended at the next annual review.",
]


@pytest.mark.parametrize("note", NOTES)
def test_note_merged_across_the_table_is_no_need_row(tmp_path, note):
    plan = read_plan(_cge_docx(tmp_path / "p.docx", [*NEED_ROWS, [note]]))
    rows = [r for r in plan.threads if r.table == "CGE"]
    assert len(rows) == 1, [plan.blocks[r.need[0]].text for r in rows]
    # the note's text is kept in the plan (HC-DCO-SIGNOFF reads it)
    assert any(note in b.text for b in plan.blocks)
    for cid in ("HC-NEEDS-MET", "HC-OUTCOMES"):
        res = run(plan, cid)
        assert not flagged(res), (cid, why(res))


def test_need_row_with_empty_cells_is_still_a_need_row(tmp_path):
    # not merged: the G and E cells are there and empty, so the need has no provision or outcome
    plan = read_plan(_cge_docx(tmp_path / "p.docx", [*NEED_ROWS, ["Asthma: uses a reliever inhaler.", "", ""]]))
    assert len([r for r in plan.threads if r.table == "CGE"]) == 2
    assert flagged(run(plan, "HC-NEEDS-MET"))


# -- dental needs are a condition of their own (set O, o109, o103) ---------------------------------

E_ANY = "By July 2027, the child will read 30 words on sight."

DENTAL_UNMET = [
    # set O (o109), exact wording
    ("Refugee health screening (March 2025) found dental decay needing treatment; Reza has tooth pain at times.",
     "Health needs will be monitored by the Looked After Children's Nurse."),
    # new wording
    ("Lily has toothache and needs dental treatment under general anaesthetic.",
     "The school nurse will keep Lily's health under review."),
]

DENTAL_MET = [
    # set O (o103), exact wording
    ("Children with Down syndrome are at higher risk of tooth decay; Yusuf does not like having his teeth brushed.",
     "Community Dental Service: dental check and fluoride varnish every 6 months."),
    # new wording
    ("Kai has tooth decay in two back teeth.",
     "Paediatric dentist at the Community Dental Clinic: treatment of both teeth by March 2027, then a check-up "
     "every 6 months."),
]


@pytest.mark.parametrize(("need", "prov"), DENTAL_UNMET)
def test_dental_need_not_met_by_monitoring(need, prov):
    plan = care_builder.build(threads=[("CGE", need, prov, E_ANY)])
    assert flagged(run(plan, "HC-NEEDS-MET"))


@pytest.mark.parametrize(("need", "prov"), DENTAL_MET)
def test_dental_need_met_by_dental_provision(need, prov):
    plan = care_builder.build(threads=[("CGE", need, prov, E_ANY)])
    res = run(plan, "HC-NEEDS-MET")
    assert res.applicable and not flagged(res), why(res)


# -- a reaction to a situation is met by provision that works on the situation (set O, o207) -------

REACTION_MET = [
    # set O (o207), exact wording
    ("He is very anxious about medical procedures and has refused blood tests since childhood, so some routine "
     "checks have not been done.",
     "Community Learning Disability Nurse: a desensitisation programme at home to help Owen manage blood tests and "
     "health appointments. (6 sessions of 45 minutes, fortnightly, completed by March 2027)"),
    # new wording
    ("Priya becomes very anxious about dental visits and will not open her mouth for the dentist.",
     "Special Care Dental Service: three short practice visits to get Priya used to the dental chair, then a check "
     "every 6 months."),
]

REACTION_UNMET = [
    # nothing in G works on the situation (or on anxiety)
    ("Priya becomes very anxious about dental visits and will not open her mouth for the dentist.",
     "GP: yearly health check with a double appointment."),
]


@pytest.mark.parametrize(("need", "prov"), REACTION_MET)
def test_reaction_met_by_provision_for_its_situation(need, prov):
    plan = care_builder.build({"C": [need], "G": [f"- {prov}"], "E": [f"- {E_ANY}"]})
    res = run(plan, "HC-NEEDS-MET")
    assert res.applicable and not flagged(res), why(res)


@pytest.mark.parametrize(("need", "prov"), REACTION_UNMET)
def test_reaction_unmet_when_provision_misses_its_situation(need, prov):
    plan = care_builder.build({"C": [need], "G": [f"- {prov}"], "E": [f"- {E_ANY}"]})
    assert flagged(run(plan, "HC-NEEDS-MET"))


# -- HC-PROVISION-SPECIFIC (set O, o201, o212) -------------------------------------------------------

C_DIABETES = "Ruby has Type 1 diabetes and uses an insulin pump."

LEAD_INS = [
    # set O (o201), exact wording: a lead-in to the list below is no item of provision
    "Ruby needs the following health provision because of her Type 1 diabetes.",
    # new wording
    "The health service will provide the following for Ruby",
]

SPECIFIED = ("Diabetes Specialist Nurse: reviews Ruby's insulin pump settings with her parents every 3 months "
             "and trains school staff once a year.")


@pytest.mark.parametrize("lead_in", LEAD_INS)
def test_lead_in_line_is_not_provision(lead_in):
    plan = care_builder.build({"C": [C_DIABETES], "G": [lead_in, f"- {SPECIFIED}"], "E": [f"- {E_ANY}"]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert res.applicable and not flagged(res), why(res)


def test_lead_in_with_its_own_provision_is_still_read():
    # a colon followed by provision is provision, not a lead-in: it must still say how often
    g = "Ruby will have the following from the Diabetes Specialist Nurse: support with carbohydrate counting at lunch."
    plan = care_builder.build({"C": [C_DIABETES], "G": [f"- {g}"], "E": [f"- {E_ANY}"]})
    assert flagged(run(plan, "HC-PROVISION-SPECIFIC"))


HANDOVERS = [
    # set O (o212), exact wording: a hand-over to adult services, with its meetings and by when
    "CAMHS transition worker: plans Maya's move to adult mental health services, starting at 17 and a half, with at "
    "least 2 joint meetings with Maya and her parents before she turns 18.",
    # new wording
    "Paediatric epilepsy nurse: arranges Tom's transfer to the adult epilepsy clinic, with a joint appointment "
    "before he turns 18.",
]


@pytest.mark.parametrize("g", HANDOVERS)
def test_handover_to_adult_services_with_deadline_is_specific(g):
    plan = care_builder.build({"C": [C_DIABETES], "G": [f"- {g}"], "E": [f"- {E_ANY}"]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert res.applicable and not flagged(res), why(res)


def test_handover_with_no_deadline_is_not_specific():
    g = "Paediatric epilepsy nurse: arranges Tom's transfer to the adult epilepsy clinic."
    plan = care_builder.build({"C": [C_DIABETES], "G": [f"- {g}"], "E": [f"- {E_ANY}"]})
    assert flagged(run(plan, "HC-PROVISION-SPECIFIC"))


# -- SC-PROVISION-SPECIFIC: an opening phrase of time is read past to the main clause (set O, o107) ---

OPENED = [
    # set O (o107), exact wording
    "From his 16th birthday, a Personal Adviser from the Leaving Care team will be allocated and will meet Samir "
    "monthly (1 hour) to begin his pathway plan.",
    # new wording
    "After school on Thursdays, a sessional support worker takes Jordan swimming at the leisure centre (2 hours).",
]


@pytest.mark.parametrize("item", OPENED)
def test_care_line_opening_with_a_time_phrase_names_what(item):
    plan = care_builder.build({"H2": [f"- {item}"]})
    res = run(plan, "SC-PROVISION-SPECIFIC")
    assert res.applicable and not flagged(res), why(res)


def test_time_phrase_then_nothing_named_is_still_unspecified():
    plan = care_builder.build({"H2": ["- From September, the Children with Disabilities Team will provide social care input (2 hours a week)."]})
    assert flagged(run(plan, "SC-PROVISION-SPECIFIC"))
