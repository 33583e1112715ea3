"""Round 14, sets O-Q: PR-OUTCOME-LINK and PC-VOICE read as an auditor reads them.

* PR-OUTCOME-LINK: the same provision package repeated in rows of ONE area's table serves both
  outcomes of that area (not pasted; the same words across areas still are); an outcome row titled
  with its area ("E3 (Social, emotional and mental health)") says which area the provision in that
  row addresses; a maths difficulty in B (dyscalculia) with no maths teaching in F-H is a clear gap; a
  communication outcome served only by therapy in G, with no communication teaching in F, is a clear gap.
* PC-VOICE: when the plan itself says the child gave no views ("is too young to share his views"), a
  description of how he communicates is not his view, unless it says how a view was gathered.
"""

from __future__ import annotations

from pathlib import Path

import care_builder
import pytest
from validity_helpers import flagged, run, why

from ehcaudit.model import Block, Plan, ThreadRow
from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"


def set_plan(s: str, name: str) -> Plan:
    return read_plan(SETS / s / "plans" / name)


def _issues(res) -> list[str]:
    return [f.message for f in res.findings if f.kind == "issue"]


def _with_area(plan: Plan, areas: list[str]) -> Plan:
    for row, a in zip(plan.threads, areas, strict=True):
        row.area = a
    return plan


# -- PR-OUTCOME-LINK: one package serving two outcomes of one area is not pasted ------------------

@pytest.mark.parametrize("package", [
    "Home tutoring in English, maths and science, 1:1",  # set P, p105
    "Small-group phonics teaching with a specialist teacher, 3 x 30 minutes a week",  # new
])
def test_same_package_in_one_areas_rows_is_not_pasted(package):
    plan = _with_area(care_builder.build(threads=[
        ("BFE", "Jayden has missed most of Year 7 and is behind in all subjects.", package,
         "By July 2027, Jayden will complete 4 out of 5 set tasks each week."),
        ("BFE", "Jayden finds extended writing very hard.", package,
         "By July 2027, Jayden will write a 300-word piece in three paragraphs."),
    ]), ["Cognition and learning", "Cognition and learning"])
    res = run(plan, "PR-OUTCOME-LINK")
    assert not [m for m in _issues(res) if "pasted" in m], why(res)


def test_same_package_across_areas_is_still_pasted():
    pasted = "Jade will have 1:1 support from a teaching assistant throughout the school day."
    plan = _with_area(care_builder.build(threads=[
        ("BFE", "Jade reads at a level typical of a child two years younger.", pasted,
         "By July 2027, Jade will read a book at her age level with 95% accuracy."),
        ("BFE", "Jade's handwriting is hard to read because of weak fine motor control.", pasted,
         "By July 2027, Jade will write three legible sentences in 10 minutes."),
    ]), ["Cognition and learning", "Sensory and/or physical"])
    res = run(plan, "PR-OUTCOME-LINK")
    assert [m for m in _issues(res) if "pasted" in m], why(res)


# -- PR-OUTCOME-LINK: the outcome row's title names the area its provision addresses --------------

@pytest.mark.parametrize("title,need,provision", [
    ("E3 (Social, emotional and mental health)",  # set O, o108
     "Social, emotional and mental health: Kamal becomes distressed, cries and hits out when demands are "
     "placed on him or when routines change.",
     "F5. Visual timetable using objects, predictable routine and a quiet area; group work built up from 1:1 "
     "to a group of 3."),
    ("Outcome 2 (Communication and interaction)",  # new
     "Communication and interaction: Ravi rarely starts a conversation and answers in single words.",
     "Lunchtime club twice a week with two peers, run by a trained teaching assistant."),
])
def test_outcome_row_title_names_the_area_of_its_provision(title, need, provision):
    plan = _ef_plan(need, title, provision)
    res = run(plan, "PR-OUTCOME-LINK")
    assert not flagged(res), why(res)


def _ef_plan(need: str, title: str, provision: str) -> Plan:
    """B as a paragraph; E and F in one table row (outcome | provision), as an E/F table is read."""
    plan = care_builder.build({"B": [need]})
    out = Block(id=len(plan.blocks), kind="table_cell", section="E", location="Section E/F table, row 1, column 1",
                text=f"{title}\nBy Easter 2027, he will stay with a group activity of 3 children for 5 minutes on "
                     "4 days out of 5, recorded by class staff.", table=9, row=1, col=0)
    plan.blocks.append(out)
    prov = Block(id=len(plan.blocks), kind="table_cell", section="F", location="Section E/F table, row 1, column 2",
                 text=provision, table=9, row=1, col=1)
    plan.blocks.append(prov)
    for b in (out, prov):
        plan.sections[b.section].block_ids.append(b.id)
        plan.sections[b.section].found = True
    plan.threads.append(ThreadRow(table="BFE", row=1, provision=[prov.id], outcome=[out.id]))
    return plan


# -- PR-OUTCOME-LINK: a maths difficulty with no maths provision is a clear gap ----------------------

@pytest.mark.parametrize("need", [
    "Sofia also has significant difficulties with number (dyscalculia).",  # set P, p111
    "Tom struggles with maths and counts on his fingers for simple sums.",  # new
])
def test_maths_need_without_maths_provision_is_a_gap(need):
    plan = care_builder.build({
        "B": [need],
        "E": ["By July 2027, Sofia will read a GCSE English text aloud at 120 words a minute, checked termly."],
        "F": ["- Specialist literacy tuition (dyslexia), 2 x 1 hour a week, 1:1, from a specialist teacher."],
    })
    res = run(plan, "PR-OUTCOME-LINK")
    assert any("number and maths" in m for m in _issues(res)), why(res)


def test_maths_need_with_maths_provision_is_met():
    plan = care_builder.build({
        "B": ["Tom struggles with maths and counts on his fingers for simple sums."],
        "E": ["By July 2027, Tom will recall number bonds to 10 with 90% accuracy, checked termly."],
        "F": ["- Numeracy intervention, 3 x 20 minutes a week, 1:1, with a trained teaching assistant."],
    })
    res = run(plan, "PR-OUTCOME-LINK")
    assert not any("number and maths" in m for m in _issues(res)), why(res)


def test_link_set_plans():
    for s, name, fail in (("P", "p105.docx", False), ("O", "o108.docx", False), ("P", "p111.docx", True),
                          ("P", "p209.docx", True)):
        res = run(set_plan(s, name), "PR-OUTCOME-LINK")
        assert flagged(res) == fail, (name, why(res))


# -- PC-VOICE: "too young to share his views" --------------------------------------------------------

@pytest.mark.parametrize("no_views,description", [
    ("Hamza is too young to share his views.",  # set Q, q103
     "He points, takes an adult’s hand to show what he wants and understands familiar routines when they "
     "are shown with objects or pictures."),
    ("Ella is not yet able to give her views.",  # new
     "She reaches for the toy she wants and pushes away what she does not want."),
])
def test_no_views_stated_and_a_description_of_communication_is_not_a_view(no_views, description):
    plan = care_builder.build({"A": [description, no_views,
                                     "Her mother says: \"We want her to talk and make friends.\""]})
    res = run(plan, "PC-VOICE")
    assert any("child's own views" in m for m in _issues(res)), why(res)


def test_no_views_stated_but_views_gathered_by_choosing():
    plan = care_builder.build({"A": [
        "Ella is not yet able to give her views.",
        "Ella showed us, by choosing pictures, that she likes the swing and wants to play outside.",
        "Her mother says: \"We want her to talk and make friends.\""]})
    res = run(plan, "PC-VOICE")
    assert not any("child's own views" in m for m in _issues(res)), why(res)


def test_voice_set_q_plan():
    res = run(set_plan("Q", "q103.docx"), "PC-VOICE")
    assert flagged(res), why(res)


# -- PR-OUTCOME-LINK: a communication outcome served only by therapy in G ----------------------------

@pytest.mark.parametrize("outcome,therapy", [
    ("By the end of the Summer term 2027, you will use your eye-gaze device to start conversations with 3 "
     "different people every day.",  # set P, p209
     "Speech and language therapy: developing your eye-gaze vocabulary and sentences, and training college "
     "staff to support your communication, twice per half term, 1 hour."),
    ("By July 2027, Ava will use her communication book to ask for help in 4 out of 5 lessons.",  # new
     "Speech and language therapy: a programme for Ava's communication book, once a month, 1 hour."),
])
def test_communication_outcome_served_only_in_g_is_a_gap(outcome, therapy):
    plan = care_builder.build({
        "E": [outcome],
        "F": ["- Study programme: life skills and work-related learning, in a group of 6 learners with 1 tutor, "
              "4 days a week."],
        "G": [therapy],
    })
    res = run(plan, "PR-OUTCOME-LINK")
    assert any("served only by provision in Section G" in m for m in _issues(res)), why(res)


def test_communication_outcome_with_teaching_in_f_is_served():
    plan = care_builder.build({
        "E": ["By July 2027, Ava will use her communication book to ask for help in 4 out of 5 lessons."],
        "F": ["- Daily 15-minute communication book teaching with a trained teaching assistant, 1:1."],
        "G": ["Speech and language therapy: a programme for Ava's communication book, once a month, 1 hour."],
    })
    res = run(plan, "PR-OUTCOME-LINK")
    assert not any("served only by provision" in m for m in _issues(res)), why(res)
