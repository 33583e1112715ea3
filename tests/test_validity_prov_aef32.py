"""Round 32, provision classes found on sets AE and AF (written blind), as classes:

1. A provision table nested in the content cell of a "letter | content" table, under that cell's
   own title line ("Special educational provision (supported internship)") and any lead-in
   sentence: the title is neither a row nor a column, so the table is read row by row. Before, the
   title line stopped the nested table being found and every cell line was judged as an item.
2. A line about who sees to the items ("At the academy it is overseen by the head of learning
   support", "Provision from September to July, co-ordinated by the apprenticeship team (training
   provider)"): about the items, not one of them, even when the agent's title has a word for
   something given ("learning support", "training provider").
3. The kind "a placement, course or programme of study" is the word as the thing given, not a
   word naming a person or a test ("the apprenticeship coordinator", "course assessments").

The examples are written for these tests, in wording of their own.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import run, why

from ehcaudit.checks._prov_unit import about_items, is_item
from ehcaudit.checks._table_lines import nested_table

# -- 1. a nested provision table under its cell's own title -----------------------------------------

_HEADER = ["Provision", "How often and how long", "Group size", "Who delivers it"]
_ROWS = [["P1 Social stories read with an adult before lunchtime (E2)", "Daily, 5 minutes", "1:1", "Learning mentor"],
         ["P2 Handwriting group using a cursive scheme (E3)", "Twice a week, 30 minutes", "Group of 5",
          "TA trained by the occupational therapist"]]


def _cell(*lead: str) -> str:
    return "\n".join([*lead, *_HEADER, *(c for r in _ROWS for c in r)])


@pytest.mark.parametrize("lead", [
    ("Special educational provision",),
    ("Special educational provision (Harbour View Sixth Form)",),
    ("Educational provision", "Everything below is arranged and checked by the school's inclusion manager."),
    ("Provision for Amira", "All of it is reviewed with her parents each term."),
])
def test_a_title_line_over_a_nested_table_is_not_read_as_part_of_it(lead):
    found = nested_table(_cell(*lead))
    assert found is not None
    before, header, rows = found
    assert header == _HEADER
    assert rows == _ROWS  # the title is no row and no column
    # where it is kept, it stays the cell's own text before the table, which no check judges as
    # an item (a section's title: checks._items.is_section_title, round 32's care fix)
    assert set(before) <= set(lead)


def test_the_boundary_a_cell_of_lines_with_no_table_under_its_title_is_still_no_table():
    text = "\n".join(["Special educational provision", "Daily reading with an adult for 10 minutes.",
                      "A visual timetable on her desk, made by the class teacher.",
                      "Weekly social skills group of 4, run by the ELSA.", "Movement breaks every hour."])
    assert nested_table(text) is None


def test_the_boundary_a_sentence_is_never_taken_for_the_title():
    text = "\n".join(["The provision below is put in place by the school and reviewed each term.",
                      "Everything is checked by the SENCo.", "Another sentence about the plan follows here.",
                      *_HEADER, *(c for r in _ROWS for c in r)])
    assert nested_table(text) is None


# -- 2. a line about who sees to the items ---------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "At Northgate High it is overseen by the head of learning support.",
    "Provision from January 2027 to December 2027, co-ordinated by the Bay College supported employment team (training provider).",
    "In the primary phase it is managed by the assistant head for inclusion; at secondary it is overseen by the learning support manager.",
    "Provision for the next school year, overseen by the director of specialist teaching.",
])
def test_a_line_on_who_sees_to_the_items_is_about_them(line):
    assert about_items(line)
    assert not is_item(line)


@pytest.mark.parametrize("line", [
    "A spelling group of 3, co-ordinated by the SENCo, four times a week.",
    "Weekly counselling sessions managed by the school's wellbeing lead.",
    "Provision for the year, overseen by the SENCo, with a daily check-in with his key adult.",
])
def test_the_boundary_a_thing_given_and_seen_to_is_still_an_item(line):
    assert is_item(line)
    assert not about_items(line)


# -- 3. a placement or course word naming a person or a test is not the kind -------------------------------

def _quantified(line: str):
    return run(care_builder.build({"A": ["Rhys likes cars."], "F": [f"- {line}"]}), "PR-QUANTIFIED")


@pytest.mark.parametrize("line", [
    "Exam access arrangements: 25% extra time and a separate room for all course assessments, arranged by the exams officer.",
    "Workplace equipment (a height-adjustable desk and a footrest), arranged by the apprenticeship coordinator.",
    "A reader for his apprenticeship tests, arranged by the college's exams officer.",
    "Assistive software on his laptop, set up by the placement team and maintained by the IT technician.",
])
def test_equipment_and_access_arrangements_named_with_a_course_word_are_not_a_course(line):
    res = _quantified(line)
    assert not any("placement, course or programme" in f.message for f in res.findings), res.findings


def test_the_boundary_the_course_itself_is_still_a_course():
    res = _quantified("A college motor vehicle course, taught by a qualified lecturer.")
    assert any("placement, course or programme" in f.message for f in res.findings)


# -- 4. PR-OUTCOME-LINK: a need met on its own topic; reading people is not reading -----------------------

def _link(b_lines: list[str], f_lines: list[str]):
    return run(care_builder.build({"A": ["Lena likes drawing."], "B": b_lines, "F": f_lines}), "PR-OUTCOME-LINK")


_F_LEARNING = ["- Spelling intervention, 20 minutes daily, 1:1 with a trained TA.",
               "- A laptop with a spell-checker for all written work, set up by the IT technician.",
               "- A lunchtime chess club twice a week with a learning mentor, group of 6."]


@pytest.mark.parametrize("need", [
    "Physical: her handwriting is slow and tires her hand after a few lines.",
    "Sensory and physical: Lena's handwriting is hard to read and she cannot keep up when copying.",
])
def test_a_need_met_on_its_topic_is_met_whatever_its_area(need):
    res = _link([need, "Lena finds spelling hard and her spelling age is well below her age."], _F_LEARNING)
    assert not any("sensory and/or physical need has no provision" in f.message for f in res.findings), why(res)


def test_the_boundary_a_need_of_the_same_area_on_no_topic_f_meets_is_still_a_gap():
    res = _link(["Physical: her handwriting is slow and tires her hand after a few lines.",
                 "Physical: she is very sensitive to loud noise and bright lights and covers her ears in assembly."],
                _F_LEARNING)
    assert any("sensory and/or physical need has no provision" in f.message for f in res.findings), why(res)


@pytest.mark.parametrize("need", [
    "She finds it hard to read other people's faces and to know when a joke is meant.",
    "He struggles to read body language in a group.",
    "She finds it difficult to read social situations at break time.",
])
def test_reading_people_is_not_a_reading_need(need):
    res = _link([need], _F_LEARNING)
    assert not any("need (reading)" in f.message for f in res.findings), why(res)


def test_the_boundary_finding_text_hard_to_read_is_still_a_reading_need():
    res = _link(["She finds it hard to read words of more than one syllable."], _F_LEARNING)
    assert any("need (reading)" in f.message for f in res.findings), why(res)


@pytest.mark.parametrize("club", ["A lunchtime board games club with a learning mentor, twice a week, group of 6.",
                                  "A place at the after-school drama club, weekly, 1 hour, led by the drama teacher."])
def test_a_social_time_club_of_any_activity_is_provision_on_friendships(club):
    res = _link(["He finds it hard to keep friendships and often falls out with other pupils."], [f"- {club}"])
    assert not any("friendships and social understanding" in f.message and f.kind == "issue"
                   for f in res.findings), why(res)


def test_the_boundary_a_club_at_no_social_time_is_not_provision_on_friendships():
    res = _link(["He finds it hard to keep friendships and often falls out with other pupils."],
                ["- A homework club in the library, weekly, 1 hour, led by a TA."])
    assert any("friendships and social understanding" in f.message and f.kind == "issue" for f in res.findings), why(res)
