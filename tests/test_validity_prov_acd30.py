"""Round 30, provision classes found on sets AC and AD (written blind), as classes:

1. The reader: a combined "Sections E and F" table whose provision column is headed by what will
   help the child ("What will help him", "What will support Mia", "How we will help") is Section F.
   Before, that header named no section, F was never found and the provision checks judged an
   empty Section F.
2. Provision items written as a first line and then labelled lines, one per part ("How often and
   for how long: ...", "Group size or ratio: ...", "Who will provide it: ..."): each labelled line
   is a part of the item above it, however many words its label takes, and "or" joins two parts
   as "and" does. Before, a label of six words, or one joined by "or", started an item of its own.
3. PR-OUTCOME-LINK: a golden-thread row holding only a second outcome, its need and provision
   cells left empty under a filled row, continues that row; numbered sub-headings that name the
   same area ("E2 Cognition and learning" over an outcome, "F2 Cognition and learning" over
   provision) match without their numbers; an "ADL programme" (activities of daily living) is
   living-skills provision.

The examples are written for these tests, in wording of their own.
"""

from __future__ import annotations

from pathlib import Path

import care_builder
import docx
import pytest
from validity_helpers import flagged, run, why

from ehcaudit.checks._items import provision_items
from ehcaudit.reader import read_plan
from ehcaudit.reader.thread_tables import generic_header
from ehcaudit.view import area


class _Bld:
    def __init__(self, cur: str | None = "E"):
        self.cur = cur


# -- 1. a provision column headed by what will help the child ---------------------------------------

@pytest.mark.parametrize("header", ["What will help him", "What will support Mia", "How we will help",
                                    "What will help Josh to get there"])
def test_a_header_naming_what_will_help_is_provision(header):
    assert generic_header(_Bld(), header) == "F"


@pytest.mark.parametrize("header", ["Who will help", "What will happen next", "What helps me now"])
def test_the_boundary_who_helps_or_what_happens_is_not_the_provision_column(header):
    assert generic_header(_Bld(), header) != "F"


def _ef_plan(path: Path, provision_header: str) -> None:
    d = docx.Document()
    d.add_paragraph("Section A: About me").runs[0].bold = True
    d.add_paragraph("Ollie likes trains and jigsaws.")
    d.add_paragraph("Section B: Special educational needs").runs[0].bold = True
    d.add_paragraph("Ollie finds it hard to wait for his turn and to share toys.")
    p = d.add_paragraph()
    p.add_run("Sections E and F: Outcomes and the provision to meet them").bold = True
    t = d.add_table(rows=0, cols=4)
    for r in (["What we hope Ollie will achieve", provision_header, "How often / how long", "Who will do it"],
              ["E1. By June 2027, Ollie will wait for his turn in a game of four children on 3 of 4 days.",
               "Turn-taking games with one other child", "Daily, 15 minutes", "Key worker"]):
        for c, text in zip(t.add_row().cells, r, strict=True):
            c.text = text
    d.add_paragraph("Section I: Placement").runs[0].bold = True
    d.add_paragraph("Hollybank Nursery.")
    d.save(path)


@pytest.mark.parametrize("header", ["What will help him", "What will support Ollie"])
def test_a_combined_table_with_a_what_will_help_column_finds_section_f(tmp_path, header):
    path = tmp_path / "ef.docx"
    _ef_plan(path, header)
    plan = read_plan(path)
    assert plan.found("F")
    provision = [b.text for b in area(plan, "provision")]
    assert "Turn-taking games with one other child" in provision
    assert not any(t.startswith("E1.") for t in provision)


# -- 2. a first line and its labelled lines -----------------------------------------------------------

LABELLED = [
    ["- Phonics teaching in small steps with picture cards.",
     "- How often and for how long: 20 minutes, four mornings a week",
     "- Group size or ratio: a group of no more than three",
     "- Who will provide it: a teaching assistant trained in the phonics scheme"],
    ["- Physiotherapy programme of balance and stretching exercises.",
     "- How often and how long: 15 minutes twice a day",
     "- Group or ratio: 1:1",
     "- Who will deliver this: a teaching assistant shown the programme by the physiotherapist"],
    ["- A social skills group on starting and keeping a conversation.",
     "- Frequency and length of sessions: 45 minutes once a week for a term",
     "- Ratio or group size: 1 adult to 5 pupils",
     "- Who will run it and their training: the ELSA (Emotional Literacy Support Assistant)"],
]


@pytest.mark.parametrize("lines", LABELLED)
def test_labelled_lines_are_parts_of_the_item_above(lines):
    blocks = care_builder.build({"F": lines}).blocks_in("F")
    real, _, _ = provision_items(blocks, [], [], 3)
    assert len(real) == 1, [it.text for it in real]
    res = run(care_builder.build({"A": ["Ellis likes football."], "F": lines}), "PR-QUANTIFIED")
    assert not flagged(res), why(res)


def test_the_boundary_an_item_whose_labelled_lines_leave_out_how_often_is_still_flagged():
    lines = ["- Phonics teaching in small steps with picture cards.",
             "- Group size or ratio: a group of no more than three",
             "- Who will provide it: a teaching assistant trained in the phonics scheme"]
    res = run(care_builder.build({"A": ["Ellis likes football."], "F": lines}), "PR-QUANTIFIED")
    assert flagged(res), why(res)


def test_the_boundary_a_labelled_line_naming_a_service_is_an_item_of_its_own():
    lines = ["- Phonics teaching in small steps, 20 minutes daily, 1:1, by a trained teaching assistant.",
             "- Occupational therapy: a block of six weekly sessions of 30 minutes with the OT."]
    blocks = care_builder.build({"F": lines}).blocks_in("F")
    assert len(provision_items(blocks, [], [], 3)[0]) == 2


# -- 3. outcomes and the provision that serves them --------------------------------------------------

def _link(plan):
    return run(plan, "PR-OUTCOME-LINK")


NEED = "Ava mishears spoken instructions in noisy rooms and rarely asks for them again."
PROV = "Pre-teaching of topic vocabulary, 1:1 with a teaching assistant, three times a week for 20 minutes."


@pytest.mark.parametrize("second", [
    "By March 2027, Ava will ask an adult to say an instruction again in 4 of 5 lessons observed.",
    "By July 2027, Ava will tell her teacher when she has not heard, in every observed lesson.",
])
def test_an_outcome_row_with_empty_need_and_provision_continues_the_row_above(second):
    plan = care_builder.build({"A": ["Ava likes swimming."]}, threads=[
        ("BFE", NEED, PROV, "By July 2027, Ava will use 20 of 25 pre-taught topic words in her own sentences."),
        ("BFE", "", "", second)])
    res = _link(plan)
    assert not [f for f in res.findings if f.kind == "issue" and second[:30] in (f.quote or "")], why(res)


def test_the_boundary_a_row_with_its_own_need_and_no_provision_is_still_a_gap():
    second = "By March 2027, Ava will walk to the hall with her class without holding an adult's hand."
    plan = care_builder.build({"A": ["Ava likes swimming."]}, threads=[
        ("BFE", NEED, PROV, "By July 2027, Ava will use 20 of 25 pre-taught topic words in her own sentences."),
        ("BFE", "Ava is unsteady on stairs and holds an adult's hand to walk in the corridor.", "", second)])
    res = _link(plan)
    assert [f for f in res.findings if f.kind == "issue" and second[:30] in (f.quote or "")], why(res)


def _sub_plan(e_sub: str, f_sub: str, outcome: str, provision: str):
    plan = care_builder.build({"A": ["Theo likes dinosaurs."], "E": [f"- {outcome}"], "F": [f"- {provision}"]})
    for b in plan.blocks:
        if b.section == "E" and b.kind == "list_item":
            b.subsection = e_sub
        if b.section == "F" and b.kind == "list_item":
            b.subsection = f_sub
    return plan


OUTCOME = "By July 2027, Theo will show fewer upsets, from 5 a week to 1 or none, as logged by his key adult."
TALK = "Weekly 1:1 sessions of 40 minutes with the school counsellor, for a term."


@pytest.mark.parametrize("e_sub, f_sub", [
    ("E3 Social, emotional and mental health", "F3 Social, emotional and mental health"),
    ("E3. Social, emotional and mental health", "F3: Social, emotional and mental health"),
    ("Outcome 2 - Feelings and friendships", "Provision 2 - Feelings and friendships"),
])
def test_numbered_sub_headings_naming_the_same_area_match(e_sub, f_sub):
    res = _link(_sub_plan(e_sub, f_sub, OUTCOME, TALK))
    assert not [f for f in res.findings if f.kind == "issue" and OUTCOME[:30] in (f.quote or "")], why(res)


def test_the_boundary_numbered_sub_headings_naming_different_areas_do_not_match():
    res = _link(_sub_plan("E3 Social, emotional and mental health", "F4 Sensory and/or physical", OUTCOME,
                          "A wobble cushion and a writing slope, checked each term by the class teacher."))
    assert [f for f in res.findings if f.kind == "issue" and OUTCOME[:30] in (f.quote or "")], why(res)


def test_an_adl_programme_is_living_skills_provision():
    outcome = "By July 2027, Jess will make a sandwich in 4 steps with one spoken prompt, as recorded by the OT."
    plan = care_builder.build({"A": ["Jess likes music."], "E": [f"- {outcome}"], "F": [
        "- The occupational therapist will visit once a half term for 45 minutes to update her ADL programme."]})
    res = _link(plan)
    assert not [f for f in res.findings if "cooking" in f.message], why(res)


# -- 4. a combined table's header row, filed as headings, still heads the rows under it ---------------

def _who_plan(path: Path, who_header: str, who: str) -> None:
    d = docx.Document()
    d.add_paragraph("Section A: About me").runs[0].bold = True
    d.add_paragraph("Nia likes music and swinging.")
    d.add_paragraph("Section B: Special educational needs").runs[0].bold = True
    d.add_paragraph("Nia is deafblind and needs information passed to her by touch.")
    p = d.add_paragraph()
    p.add_run("Sections E and F: Outcomes and the provision to meet them").bold = True
    t = d.add_table(rows=0, cols=4)
    for r in (["Outcome", "What will be provided", "How often and how long", who_header],
              ["E1. By May 2027, Nia will choose between two objects of reference at snack time.",
               "Tactile signing sessions, 1:1.", "Weekly, 30 minutes", who]):
        for c, text in zip(t.add_row().cells, r, strict=True):
            c.text = text
    d.add_paragraph("Section I: Placement").runs[0].bold = True
    d.add_paragraph("Meadowside School.")
    d.save(path)


@pytest.mark.parametrize("who_header", ["Who", "Delivered by"])
def test_a_cell_under_the_who_column_says_who_whatever_the_role(tmp_path, who_header):
    path = tmp_path / "who.docx"
    _who_plan(path, who_header, "Communicator-guide")
    res = run(read_plan(path), "PR-QUANTIFIED")
    assert not [f for f in res.findings if f.kind == "issue" and "who" in f.message], why(res)


def test_the_boundary_an_empty_who_cell_still_leaves_who_unsaid(tmp_path):
    path = tmp_path / "who.docx"
    _who_plan(path, "Who", "")
    res = run(read_plan(path), "PR-QUANTIFIED")
    assert flagged(res), why(res)


# -- 5. staff training dated to one month or half term is once ------------------------------------------

@pytest.mark.parametrize("line", [
    "- The Autism Outreach Team will train Zac's class staff in using his communication book "
    "(90 minutes, before February half term 2027).",
    "- The visual impairment teacher will train the PE department in adapting games for Ruby (1 hour, in March 2027).",
])
def test_training_dated_to_one_month_or_half_term_says_how_often(line):
    res = run(care_builder.build({"A": ["Zac likes lorries."], "F": [line]}), "PR-QUANTIFIED")
    assert not [f for f in res.findings if f.kind == "issue" and "how often" in f.message], why(res)


def test_the_boundary_undated_training_still_leaves_how_often_unsaid():
    line = "- The Autism Outreach Team will train Zac's class staff in using his communication book (90 minutes)."
    res = run(care_builder.build({"A": ["Zac likes lorries."], "F": [line]}), "PR-QUANTIFIED")
    assert [f for f in res.findings if f.kind == "issue" and "how often" in f.message], why(res)
