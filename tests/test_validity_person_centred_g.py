"""Validity classes for the person-centred criteria (round 4, set G): each class an auditor applies,
shown by a sentence written for this test and by set G's own plan (named).

PC-SMART reads an outcome table whose columns are headed as questions ("How progress will be
measured") and takes the measure column (or a "How progress will be measured:" line in the outcome's
box) as the row's measure; notes about the outcomes as a set ("Outcomes are to the end of Key Stage
2") are no outcomes; the child-voice "You will know because my teacher will observe this" names who
checks; PC-VOICE does not take the family's account of the child for the child's view; PC-ASPIRATIONS
does not take a wish that others act ("I want teachers to tell me") for an aspiration;
PC-ASPIRATION-LINK's music theme no longer reads "single"; PC-OUTCOME-NOT-PROVISION reads attending
with an attendance target as an achievement.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from validity_helpers import flagged, run, why

from ehcaudit.model import SECTION_CODES, Block, FrontMatter, Plan, Section
from ehcaudit.reader import read_plan

SET_G = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets" / "G" / "plans"


def g_plan(name: str) -> Plan:
    return read_plan(SET_G / name)


def build(rows: list[tuple], known_as: str = "Leah") -> Plan:
    """A plan from (section, text, subsection, (table, row, col) or None) rows in document order."""
    blocks: list[Block] = []
    secs = {c: Section(code=c, title=c) for c in SECTION_CODES}
    for i, (code, text, sub, cell) in enumerate(rows):
        secs[code].found = True
        secs[code].heading = f"Section {code}"
        if cell is None:
            b = Block(id=i, kind="paragraph", text=text, section=code, subsection=sub,
                      location=f"Section {code}, paragraph {i}")
        else:
            t, r, c = cell
            b = Block(id=i, kind="table_cell", text=text, section=code, subsection=sub, table=t, row=r, col=c,
                      location=f"Section {code}, table row {r}, column {c}")
        blocks.append(b)
        secs[code].block_ids.append(i)
    return Plan(plan_id="T", source="t.md", sha256="0" * 64, format="md", front=FrontMatter(known_as=known_as),
                blocks=blocks, sections=secs)


def table(header: list[str], *body: list[str], before: list[str] = ()) -> Plan:
    rows = [("E", t, None, None) for t in before]
    for r, cells in enumerate([header, *body], start=1):
        rows += [("E", t, None, (0, r, c)) for c, t in enumerate(cells, start=1)]
    return build(rows)


def issues(res) -> list[str | None]:
    return [q for k, _, q in why(res) if k == "issue"]


# -- PC-SMART: a column headed as a question is a heading; the measure column measures its row ---------

@pytest.mark.parametrize("heading", ["How progress will be measured", "How we will know", "What success will look like"])
def test_smart_question_heading_is_not_an_outcome(heading):
    plan = table(["Outcome by the end of Year 6", "Termly steps", heading],
                 ["By July 2028, Leah will read aloud a page of her class reader with 95% accuracy.",
                  "By March 2027, Leah will read 40 of the 100 high-frequency words on sight.",
                  "Reading record kept by her class teacher each week."])
    res = run(plan, "PC-SMART")
    assert not flagged(res), why(res)
    assert heading not in issues(res)


def test_smart_measure_column_measures_its_row_but_not_when_it_names_no_measure():
    good = table(["Outcome (end of phase)", "How progress will be measured"],
                 ["By July 2028, Leah will join in with her class's morning circle and share her news.",
                  "Circle-time observation log kept by the TA."])
    assert not flagged(run(good, "PC-SMART")), why(run(good, "PC-SMART"))
    vague = table(["Outcome (end of phase)", "How progress will be measured"],
                  ["By July 2028, Leah will join in with her class's morning circle and share her news.",
                   "Staff will notice that she seems more settled."])
    assert flagged(run(vague, "PC-SMART"))


def test_smart_measure_line_in_the_outcome_box_measures_it():
    plan = build([("E", "Longer-term outcome: By July 2028, Leah will take part in PE lessons with her class.\n"
                        "Short-term target: By Easter 2027, Leah will change for PE with one reminder.\n"
                        "How progress will be measured: PE register and TA checklist.", None, (0, 1, 1))])
    res = run(plan, "PC-SMART")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("name", ["g101.docx", "g104.docx", "g105.docx", "g111.docx"])
def test_smart_set_g_outcome_tables(name):
    res = run(g_plan(name), "PC-SMART")
    assert not flagged(res), (name, why(res))


def test_smart_set_g_g102_measure_line_that_measures_nothing_still_flagged():
    assert flagged(run(g_plan("g102.docx"), "PC-SMART"))


# -- PC-SMART: a note about the outcomes as a set is no outcome, and its date is theirs --------------

@pytest.mark.parametrize("note", [
    "Outcomes are to the end of Key Stage 2 (July 2029). Targets are reviewed each term with Leah's carers.",
    "Longer-term outcomes are for the end of Year 9 (July 2028), with half-termly targets.",
    "Outcomes to be achieved by the end of her time at the nursery (July 2027).",
    "These outcomes run to the end of Reception (July 2028).",
])
def test_smart_note_about_outcomes_is_not_an_outcome(note):
    plan = build([("E", note, None, None),
                  ("E", "Leah will count a group of 10 objects correctly on 4 out of 5 tries.", None, None)])
    res = run(plan, "PC-SMART")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("name", ["g105.docx", "g110.docx", "g111.docx"])
def test_smart_set_g_notes_about_the_outcomes(name):
    res = run(g_plan(name), "PC-SMART")
    assert not flagged(res), (name, why(res))


# -- PC-SMART: "You will know because ..." names who checks, and how ---------------------------------

@pytest.mark.parametrize("clause", ["my swimming teacher will observe this each week",
                                    "my TA will test me at the end of each half-term",
                                    "Mr Shah will keep samples of my writing in my folder"])
def test_smart_child_voice_evidence_clause_is_a_measure(clause):
    plan = build([("E", f"By July 2027, I will swim across the pool in front of my class without stopping. "
                        f"You will know because {clause}.", None, None)])
    res = run(plan, "PC-SMART")
    assert not flagged(res), why(res)


def test_smart_child_voice_evidence_clause_without_a_check_is_no_measure():
    plan = build([("E", "By July 2027, I will feel braver at swimming. You will know because my mum will see I "
                        "am braver.", None, None)])
    assert flagged(run(plan, "PC-SMART"))


@pytest.mark.parametrize("name", ["g202.docx", "g208.docx"])
def test_smart_set_g_child_voice(name):
    res = run(g_plan(name), "PC-SMART")
    assert not flagged(res), (name, why(res))


def test_smart_set_g_g204_unmeasured_child_voice_still_flagged():
    assert flagged(run(g_plan("g204.docx"), "PC-SMART"))


# -- PC-SMART: a review the child books and attends is a one-off event ------------------------------

def test_smart_booking_own_review_is_a_one_off_event():
    plan = build([("E", "By March 2027, Leah will arrange and attend her own annual hearing review with her "
                        "aunt there for support.", None, None)])
    assert not flagged(run(plan, "PC-SMART")), why(run(plan, "PC-SMART"))


# -- PC-SMART: provision whose own stated measure measures nothing is judged -------------------------

def test_smart_provision_with_a_measure_box_naming_no_measure_is_flagged():
    plan = build([("E", "Outcomes run to the end of Year 11 (July 2027).", None, None),
                  ("E", "Longer-term outcome: By July 2027, Leah will reach grade 4 in maths.\n"
                        "How progress will be measured: mock exam results.", None, (0, 1, 1)),
                  ("E", "Longer-term outcome: Leah has a learning mentor in every lesson.\n"
                        "How progress will be measured: the mentor's rota.", None, (0, 2, 1))])
    assert flagged(run(plan, "PC-SMART"))
    assert flagged(run(g_plan("g108.docx"), "PC-SMART"))


# -- PC-VOICE: the family's account of the child is not the child's view -----------------------------

def test_voice_family_account_is_not_the_childs_view():
    plan = build([("A", "Dad says Leah is cheerful and loves the park. She laughs when the dog chases the ball.",
                   "What Dad says", None)])
    res = run(plan, "PC-VOICE")
    assert flagged(res)
    assert any("child's own views" in m for k, m, _ in why(res) if k == "issue")


def test_voice_childs_quoted_words_in_the_family_account_are_her_view():
    plan = build([("A", "Dad says Leah told him, \"I like the big slide best.\"", "What Dad says", None)])
    res = run(plan, "PC-VOICE")
    assert not flagged(res), why(res)


def test_voice_parents_sharing_their_views_is_not_the_young_persons():
    plan = build([("A", "Leah's carers shared their views at the transition review in May 2026.", None, None),
                  ("A", "They say she is kind and hard-working.", None, None)])
    assert flagged(run(plan, "PC-VOICE"))


@pytest.mark.parametrize("name", ["g110.docx", "g210.docx"])
def test_voice_set_g_no_childs_view(name):
    assert flagged(run(g_plan(name), "PC-VOICE")), name


def test_voice_family_expressed_the_view():
    plan = build([("A", "\"I like horses,\" Leah told her tutor.", None, None),
                  ("A", "Leah's grandmother, who cares for her, expressed the view that she is ready for a "
                        "mainstream class.", None, None)])
    res = run(plan, "PC-VOICE")
    assert not flagged(res), why(res)
    assert not flagged(run(g_plan("g212.docx"), "PC-VOICE"))


# -- PC-ASPIRATIONS: a wish that others act, or to be told, is not an aspiration ---------------------

@pytest.mark.parametrize("wish", ["\"I want my teachers to warn me before a fire drill.\"",
                                  "Her parents want to be kept informed about any falls at school."])
def test_aspirations_wish_about_others_is_not_an_aspiration(wish):
    plan = build([("A", wish, None, None)])
    assert flagged(run(plan, "PC-ASPIRATIONS"))


def test_aspirations_own_hope_is_an_aspiration():
    plan = build([("A", "\"I want to be a train driver when I am older.\"", None, None)])
    assert not flagged(run(plan, "PC-ASPIRATIONS"))


def test_aspirations_set_g_g104():
    assert flagged(run(g_plan("g104.docx"), "PC-ASPIRATIONS"))


# -- PC-ASPIRATION-LINK: "single" is no music -------------------------------------------------------

def test_aspiration_link_single_is_not_singing():
    plan = build([("A", "Leah loves singing in the choir.", None, None),
                  ("E", "By July 2027, Leah will pack her school bag with a single verbal prompt on 4 days out "
                        "of 5.", None, None)])
    assert flagged(run(plan, "PC-ASPIRATION-LINK"))
    assert flagged(run(g_plan("g212.docx"), "PC-ASPIRATION-LINK"))


# -- PC-OUTCOME-NOT-PROVISION: attending with an attendance target is an achievement ------------------

def test_attendance_target_is_an_achievement():
    plan = build([("E", "By July 2027, Leah will attend 90% of timetabled lessons and stay in class for the "
                        "whole lesson.", None, None)])
    assert not flagged(run(plan, "PC-OUTCOME-NOT-PROVISION"))
    assert not flagged(run(g_plan("g107.docx"), "PC-OUTCOME-NOT-PROVISION"))


def test_attending_therapy_sessions_is_still_provision():
    plan = build([("E", "Leah will attend speech and language therapy sessions every week.", None, None)])
    assert flagged(run(plan, "PC-OUTCOME-NOT-PROVISION"))


# -- PC-SMART: a "By when" column dates its row; a heading may end with a question mark ---------------

def test_smart_by_when_column_dates_its_row():
    plan = table(["Outcome", "How will we know?", "By when"],
                 ["Leah will order and pay for her lunch in the canteen on her own on 4 days out of 5.",
                  "Canteen staff record on her card.", "July 2027"])
    res = run(plan, "PC-SMART")
    assert not flagged(res), why(res)
    undated = table(["Outcome", "How will we know?", "Who will help"],
                    ["Leah will order and pay for her lunch in the canteen on her own on 4 days out of 5.",
                     "Canteen staff record on her card.", "Her TA"])
    assert flagged(run(undated, "PC-SMART"))


def test_voice_child_as_subject_after_the_family_is_her_own_view():
    plan = build([("A", "Leah's mum came to the planning meeting. Leah showed us her favourite toys and chose "
                        "pictures of what she likes at school.", None, None)])
    res = run(plan, "PC-VOICE")
    assert any(k == "evidence" and "child's own views" in m for k, m, _ in why(res)), why(res)
