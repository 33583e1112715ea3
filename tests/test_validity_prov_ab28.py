"""Validity classes for PR-OUTCOME-LINK found on set AB (round 28).

Plans written for this test, laid out as other councils would. What an auditor applies:

* provision that names an outcome by its code links to that outcome, in any layout and however
  differently the two are worded: a labelled line under a numbered sub-heading ("For outcome: E3"),
  a linking phrase ("links to E2", "supports E1 and E3"), the code in brackets ("(E3)"), or an
  "Outcome" label with a bare number ("Outcome: 3") when the outcomes are numbered "Outcome 3". A code
  that names another outcome links nothing, and numbers that are not codes ("for 2 terms", "(30
  minutes)") name no outcome.
* "his handwriting is slow and hard to read" is about legibility (others cannot read what he writes),
  a handwriting need, not a reading one; a child who finds it hard to read still has a reading need.
"""

from __future__ import annotations

import docx
import pytest
from validity_helpers import flagged, run, why

from ehcaudit.checks._outcome_refs import named_codes, own_codes
from ehcaudit.reader import read_plan

CID = "PR-OUTCOME-LINK"

NEEDS = ["Tomasz has weak balance and co-ordination and falls often in the playground.",
         "He worries when routines change and becomes upset."]
#: Outcomes worded so that no provision below shares their words or area: only a code links them.
OUTCOMES = [("E1", "By July 2027, Tomasz will hop five times on each foot without stopping."),
            ("E2", "By July 2027, Tomasz will tell an adult when plans change and wait calmly.")]


def _plan(tmp_path, provision: list[tuple[str, list[str]]], outcomes=OUTCOMES, needs=NEEDS, name="p.docx"):
    d = docx.Document()
    d.add_heading("Education, Health and Care plan for Tomasz", 1)
    d.add_heading("Section A: Views, interests and aspirations", 2)
    d.add_paragraph("Tomasz likes dinosaurs and swimming and wants to be a zookeeper.")
    d.add_heading("Section B: Special educational needs", 2)
    for n in needs:
        d.add_paragraph(n, style="List Bullet")
    d.add_heading("Section E: Outcomes", 2)
    for head, text in outcomes:
        if head:
            d.add_heading(head, 3)
        d.add_paragraph(text)
    d.add_heading("Section F: Special educational provision", 2)
    for head, lines in provision:
        if head:
            d.add_heading(head, 3)
        for line in lines:
            d.add_paragraph(line, style="List Bullet")
    for code, title in (("G", "Health provision"), ("H1", "Social care provision"), ("H2", "Other social care provision")):
        d.add_heading(f"Section {code}: {title}", 2)
        d.add_paragraph("None.")
    path = tmp_path / name
    d.save(str(path))
    return read_plan(path)


_PE = ["How often: Twice a week, 25 minutes", "Group size: A group of 4", "Delivered by: PE teacher"]
_MENTOR = ["How often: Daily, 10 minutes on arrival", "Group size: 1:1", "Delivered by: Learning mentor"]


def _linked(res) -> list[str]:
    return [m for k, m, _ in why(res) if k == "evidence" and "names outcome" in m]


def _unlinked(res) -> list[str]:
    """Outcomes no provision could be linked to (the auditor is asked to confirm each)."""
    return [q for k, m, q in why(res) if k == "issue" and "could be linked to this outcome" in m]


def test_labelled_line_under_numbered_sub_heading_links(tmp_path):
    plan = _plan(tmp_path, [("F1 Motor skills group with a physiotherapy programme", [*_PE, "For outcome: E1"]),
                            ("F2 Morning check-in with a trusted adult", [*_MENTOR, "For outcome: E2"])])
    res = run(plan, CID)
    assert not flagged(res) and not _unlinked(res), why(res)
    assert len(_linked(res)) == 2


@pytest.mark.parametrize("line1, line2", [
    ("This links to E1.", "This links to E2."),
    ("Targets the programme (E1).", "Delivered before lessons begin (E2)."),
    ("Supports E1 and E2 through daily practice.", "Contributes to E2."),
])
def test_codes_named_in_the_provision_text_link(tmp_path, line1, line2):
    plan = _plan(tmp_path, [(None, [f"A motor skills group run by the PE teacher, twice a week for 25 minutes. {line1}"]),
                            (None, [f"A morning check-in with the learning mentor, daily for 10 minutes. {line2}"])])
    res = run(plan, CID)
    assert not flagged(res) and not _unlinked(res), why(res)
    assert len(_linked(res)) == 2


def test_bare_number_after_outcome_label_links_numbered_outcomes(tmp_path):
    outs = [(None, "Outcome 1: by July 2027, Tomasz will hop five times on each foot without stopping."),
            (None, "Outcome 2: by July 2027, Tomasz will tell an adult when plans change and wait calmly.")]
    plan = _plan(tmp_path, [("Motor skills group", [*_PE, "Outcome: 1"]),
                            ("Morning check-in", [*_MENTOR, "Outcomes: 2"])], outcomes=outs)
    res = run(plan, CID)
    assert not flagged(res) and not _unlinked(res), why(res)


def test_boundary_a_code_for_another_outcome_links_nothing(tmp_path):
    # E2's provision names only E1: nothing else shares its words or area, so it is still unlinked
    plan = _plan(tmp_path, [("F1 Motor skills group", [*_PE, "For outcome: E1"]),
                            ("F2 Session on the school timetable", ["Weekly for 2 terms (30 minutes) with the class teacher.",
                                                                    "For outcome: E1"])])
    res = run(plan, CID)
    assert [q for q in _unlinked(res) if "tell an adult" in q], why(res)
    assert len(_linked(res)) == 1


def test_codes_read_from_own_and_named():
    assert own_codes("By July he will swim.", "E4 Outcome") == {"4"}
    assert own_codes("Outcome 3: he will swim 10 metres.", None) == {"3"}
    assert own_codes("By July 2027 he will swim 10 metres.", "Section E: Outcomes") == set()
    assert named_codes("For outcome: E1, E2") == {"1", "2"}
    assert named_codes("for outcomes E1 and E4") == {"1", "4"}
    assert named_codes("Outcome: 4") == {"4"}
    assert named_codes("Weekly for 2 terms (30 minutes), for 8 weeks") == set()


_LEARNING = [("F1 Working memory and learning programme", ["How often: Three times a week, 15 minutes", "Group size: 1:1",
                                                           "Delivered by: Teaching assistant", "For outcome: E1"]),
             ("F2 Morning check-in with a trusted adult", [*_MENTOR, "For outcome: E2"])]


def _unmet_areas(res) -> list[str]:
    return [m for k, m, _ in why(res) if k == "issue" and "need has no provision in Section F addressing" in m]


@pytest.mark.parametrize("need", [
    "She has difficulty concentrating and remembering instructions by the end of the afternoon.",
    "He struggles to retain spoken information and instructions for more than a minute.",
    "Finds it hard to concentrate when given a list of instructions.",
])
def test_attention_and_memory_for_instructions_is_cognition_and_learning(tmp_path, need):
    res = run(_plan(tmp_path, _LEARNING, needs=[need, NEEDS[1]]), CID)
    assert not any("communication and interaction" in m for m in _unmet_areas(res)), why(res)


def test_boundary_not_understanding_spoken_instructions_is_still_communication(tmp_path):
    res = run(_plan(tmp_path, _LEARNING, needs=["He does not understand spoken instructions and cannot follow them.",
                                                NEEDS[1]]), CID)
    assert any("communication and interaction" in m for m in _unmet_areas(res)), why(res)
