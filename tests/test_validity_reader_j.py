"""Set J (a Midlands county's "My EHC Plan" house style): a section heading that carries the
statutory title AND the council's own question, "Section B: The special educational needs of the
child or young person | What do I need help with?", is a heading. Before, a bold line ending in "?"
was taken for a sentence, and four of the set's plans were read with no sections at all."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ehcaudit.reader import read_plan
from ehcaudit.reader.headings import classify

SET_J = Path(__file__).parent.parent / "benchmarks" / "validity" / "sets" / "J" / "plans"


@pytest.mark.parametrize("text, code", [
    # set J's own headings, in their exact wording
    ("Section B: The special educational needs of the child or young person | What do I need help with?", "B"),
    ("Section E: The outcomes sought for the child or young person | What do we want to achieve?", "E"),
    ("Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities "
     "which result in the child or young person having special educational needs | What other social care help "
     "will I get?", "H2"),
    # the same class in other councils' words
    ("Part F – What help will I get at school?", "F"),
    ("Section C. What are my health needs?", "C"),
    ("SECTION K: Who gave advice for my plan?", "K"),
])
def test_a_question_after_the_section_letter_is_a_heading(text, code):
    assert classify(text, "strong") == code


@pytest.mark.parametrize("text", [
    "What do I need help with?",                       # a question alone names no section
    "Does Section F say who will deliver this?",       # a sentence that mentions a section
    "Who gave advice for my plan?",
])
def test_a_question_that_does_not_name_its_section_is_not_a_heading(text):
    assert classify(text, "strong") is None


def _bold(d, text):
    d.add_paragraph().add_run(text).bold = True


def test_a_plan_in_bold_question_headings_is_read_whole(tmp_path):
    d = docx.Document()
    titles = {"A": "What is important to me?", "B": "What do I need help with?", "C": "What are my health needs?",
              "D": "What are my social care needs?", "E": "What do we want to achieve?",
              "F": "What help will I get to learn?", "G": "What help will I get from health services?",
              "H1": "What help will I get from social care?", "H2": "What other social care help will I get?",
              "I": "Where will I learn?", "J": "Is there a Personal Budget?", "K": "Who gave advice for my plan?"}
    for code, q in titles.items():
        _bold(d, f"Section {code}: {q}")
        d.add_paragraph(f"Text written for section {code} by the caseworker.")
    path = tmp_path / "questions.docx"
    d.save(path)
    plan = read_plan(path)
    assert [c for c in titles if plan.found(c)] == list(titles)
    assert "section F by the caseworker" in plan.text_of("F")
    assert "section G" not in plan.text_of("F")


@pytest.mark.skipif(not SET_J.exists(), reason="set J not present")
@pytest.mark.parametrize("name", ["j102.docx", "j105.docx", "j108.docx", "j111.docx"])
def test_set_j_bold_statutory_plans_find_every_section(name):
    plan = read_plan(SET_J / name)
    assert all(plan.found(c) for c in ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"))
