"""Validity classes for the provision criteria found on sets T and U (round 18).

Each class is shown by a sentence written for this test (another council's way of saying the same
thing), by its boundary (a near-miss that must still be flagged, or must still pass) and, where
useful, by the set's own sentence (plan named). What an auditor applies:

* PR-QUANTIFIED: a person the plan introduces with their role ("Mrs Shah (learning mentor)", "his
  teaching assistant, Miss Rowe") names that role wherever the name is used; a name the plan never
  gives a role names no one's expertise. A sentence booking or arranging "the training" goes on
  about the item before. "Yearly" says how often; a wait for the child's answer counted in seconds
  is how every exchange goes; a cell naming the occasions may end with a full stop; "adults
  trained in moving and handling" say who; a named school or service the provision comes from
  ("from Calderbeck Hospital School") says who, and a hospital school's teaching its expertise.
* PR-OUTCOME-LINK: a cause the sentence rules out ("rather than because of a sensory processing
  difficulty") is not the need's area or topic; a line on when the outcomes are due is not an
  outcome; "needs to learn to keep herself safe" is met by safety teaching (online safety, PSHE); a
  choice made at snack time is not making a snack; an outcome beside provision in its row says what
  that provision is for.
"""

from __future__ import annotations

from pathlib import Path

import care_builder
import docx
import pytest
from docx_builders import front_matter
from validity_helpers import flagged, run, why

from ehcaudit.checks._glossary import named_roles
from ehcaudit.clauses import ruled_out
from ehcaudit.reader import read_plan

GOOD = [
    "- Precision teaching of sight words, 1:1 with a trained teaching assistant, 3 x 15 minutes a week.",
    "- Speech and language therapy, 1:1 with a speech and language therapist, weekly, 30 minutes.",
]


def _issues(res, text: str) -> list:
    return [f for f in res.findings if f.kind == "issue" and text[:40] in (f.quote or "")]


def _prq(lines: list[str], a: list[str] | None = None):
    return run(care_builder.build({"A": a or ["Kit likes football."], "F": GOOD + lines}), "PR-QUANTIFIED")


# -- PR-QUANTIFIED: a person introduced with their role ----------------------------------------------

def test_named_roles_are_read_where_the_plan_introduces_people():
    roles = named_roles([
        "His class teacher, Mrs Hall, and his teaching assistant, Miss Rowe, spent three sessions with him.",
        "Her foster carer, Jo, wrote down what she said.",
        "A named key adult (Mr Brook) will meet her.",
        "Ms Priya Nair, Educational Psychologist, Northfield Council",
        "Mr Okafor (pastoral mentor, trained in restorative practice) sees him daily.",
        "Sessions with Mr Dale, 30 minutes weekly.",  # no role given: nothing read
    ])
    assert roles == {"Mrs Hall": "class teacher", "Miss Rowe": "teaching assistant", "Jo": "foster carer",
                     "Mr Brook": "named key adult", "Ms Priya Nair": "Educational Psychologist",
                     "Mr Okafor": "pastoral mentor"}


@pytest.mark.parametrize("a, line", [
    # set U, u110: the role is given in another item of F
    ([], "- A named key adult, Mrs Shah (learning mentor, trained in emotion coaching), will meet Amira at the gate "
         "every morning for 10 minutes. Emotional literacy sessions, 1:1 with Mrs Shah, 30 minutes twice a week."),
    # new: the role is given in Section A, the name alone in F
    (["Kit's mentor, Mr Okafor, helped him write this."], "- Anger management sessions, 1:1 with Mr Okafor, "
                                                          "20 minutes every Wednesday."),
])
def test_a_name_the_plan_gives_a_role_says_who(a, line):
    res = _prq([line], a)
    assert not flagged(res) and not any("who delivers" in f.message or "expertise" in f.message
                                        for f in res.findings if f.kind == "issue"), why(res)


def test_a_name_with_no_role_anywhere_names_no_expertise():
    line = "Anger management sessions, 1:1 with Mr Okafor, 20 minutes every Wednesday."
    res = _prq([f"- {line}"])
    assert [f for f in _issues(res, line) if "expertise" in f.message], why(res)


# -- PR-QUANTIFIED: a sentence arranging the item before is part of it --------------------------------

@pytest.mark.parametrize("item", [
    # set T, t201
    "All nursery staff who work with Ayaan will complete the Autism Outreach Team's early years autism training "
    "(3 hours) by the end of October 2026. The nursery SENCo will book the training and keep the attendance record.",
    # new
    "A qualified teacher of the deaf will visit school for 1 hour each half term to advise staff. The SENCo will "
    "arrange the visits and share the notes with his parents.",
])
def test_a_sentence_arranging_the_item_before_joins_it(item):
    res = _prq([f"- {item}"])
    assert not flagged(res), why(res)


def test_a_sentence_arranging_something_the_item_before_never_named_is_its_own_item():
    line = "The SENCo will arrange the meetings."
    res = _prq(["- A qualified teacher of the deaf will visit school for 1 hour each half term to advise staff.",
                f"- {line}"])
    assert _issues(res, line), why(res)


# -- PR-QUANTIFIED: how often, who and expertise written other ways -----------------------------------

@pytest.mark.parametrize("line", [
    "Two adults trained in moving and handling will carry out all hoist transfers. Training is refreshed yearly "
    "by the school's moving and handling trainer, 2 hours each time.",
    "Adults will wait at least 10 seconds for Kit to answer before repeating the question.",
    "Teaching on the ward from Riverside Hospital School during any stay of a week or more: 2 hours each weekday, "
    "1:1 or in a group of no more than 4.",
    "A switch on his tray, provided by the school's assistive technology lead, for use in every music lesson.",
])
def test_elements_written_other_ways_are_read(line):
    res = _prq([f"- {line}"])
    assert not _issues(res, line), why(res)


def test_a_wait_with_no_length_still_lacks_how_often():
    line = "The TA will wait for Kit to answer before repeating the question."
    res = _prq([f"- {line}"])
    assert [f for f in _issues(res, line) if "how often" in f.message], why(res)


def _table_docx(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    d = docx.Document()
    front_matter(d)
    d.add_heading("Section A: Views, interests and aspirations", 1)
    d.add_paragraph("Idil likes drama and wants to be a nurse.")
    d.add_heading("Section F: Special educational provision", 1)
    t = d.add_table(rows=0, cols=len(header))
    for cells in [header, *rows]:
        row = t.add_row().cells
        for i, text in enumerate(cells):
            row[i].text = text
    d.save(path)
    return path


@pytest.mark.parametrize("cell, ok", [("Each planned presentation.", True), ("Every science practical.", True),
                                      ("When she is ready.", False)])
def test_an_occasion_cell_ending_with_a_full_stop_says_how_often(tmp_path, cell, ok):
    rows = [["Precision teaching of spellings", "10 minutes daily", "1:1", "Teaching assistant"],
            ["Idil presents to her teacher and two friends instead of the whole class.", cell, "Teacher plus two peers",
             "Subject teacher"]]
    plan = read_plan(_table_docx(tmp_path / "p.docx", ["Provision", "When", "Group size", "Who"], rows))
    res = run(plan, "PR-QUANTIFIED")
    lacking = [f for f in res.findings if f.kind == "issue" and "presents" in (f.quote or "")]
    assert (not lacking) is ok, why(res)


# -- PR-OUTCOME-LINK: a cause ruled out is not the need ----------------------------------------------

def test_ruled_out_splits_off_the_cause_a_sentence_rules_out():
    kept, out = ruled_out("He jumps at sudden bangs because of past events, rather than because of a sensory "
                          "processing difficulty. He is calm in class.")
    assert "sensory" not in kept and "He is calm in class." in kept and out.startswith("rather than because of")
    assert ruled_out("His speech delay is not caused by hearing loss; he hears well.")[1] == "not caused by hearing loss"
    assert ruled_out("He has a sensory processing difficulty.") == ("He has a sensory processing difficulty.", "")


SETTLED = "By July 2027, Kai will join in a class discussion twice a week, recorded by his teacher."
TALK = "- A talk group to practise joining discussions, 20 minutes weekly, group of 4, led by the SALT."


@pytest.mark.parametrize("need, gap", [
    ("Kai jumps at sudden bangs because of past events, rather than because of a sensory processing difficulty.",
     False),
    ("Kai's startle at sudden bangs is not caused by a sensory difficulty but by what happened to him.", False),
    ("Kai jumps at sudden bangs because of a sensory processing difficulty.", True),  # boundary: it is the cause
])
def test_a_ruled_out_cause_is_not_the_needs_area(need, gap):
    res = run(care_builder.build({"B": [need], "E": [SETTLED], "F": [TALK]}), "PR-OUTCOME-LINK")
    sensory = [f for f in res.findings if f.kind == "issue" and "sensory" in f.message]
    assert bool(sensory) is gap, why(res)


# -- PR-OUTCOME-LINK: lines on when outcomes are due ---------------------------------------------------

@pytest.mark.parametrize("line", ["Outcomes are to be achieved by the end of Year 1 (July 2027).",  # set T, t107
                                  "These outcomes are for the end of Key Stage 2 unless another date is given.",
                                  "All outcomes will be reviewed at the annual review."])
def test_a_line_on_when_outcomes_are_due_is_not_an_outcome(line):
    res = run(care_builder.build({"E": [line, SETTLED], "F": [TALK]}), "PR-OUTCOME-LINK")
    assert not [f for f in res.findings if f.kind == "issue" and line[:30] in (f.quote or "")], why(res)


# -- PR-OUTCOME-LINK: keeping safe, snack time ---------------------------------------------

SAFE_NEED = "Mia trusts people she meets online, so she needs to learn to keep herself safe."


@pytest.mark.parametrize("prov, gap", [
    ("- Online safety programme in a group of 5, 1 hour weekly for the spring term, led by the PSHE teacher.", False),
    ("- PSHE healthy relationships lessons, 1 hour weekly, in a group of 6, taught by her tutor.", False),
    ("- Staffing to keep you safe when out: 1 adult to 1 young person in the community, care staff.", False),
    ("- A safe space to calm down at break, with her key adult.", True),  # a calm place teaches no safety
])
def test_a_need_to_learn_to_keep_safe_is_met_by_safety_teaching(prov, gap):
    res = run(care_builder.build({"B": [SAFE_NEED], "E": [SETTLED], "F": [TALK, prov]}), "PR-OUTCOME-LINK")
    assert flagged(res) is gap, why(res)


@pytest.mark.parametrize("outcome, gap", [
    ("By July 2027, Poppy will point to one of two pictures to make a choice at snack time, recorded by her key "
     "person.", False),
    ("By July 2027, Poppy will make a snack for herself with one adult prompt, recorded by her key person.", True),
])
def test_a_choice_at_snack_time_is_not_making_a_snack(outcome, gap):
    res = run(care_builder.build({"E": [outcome], "F": [TALK]}), "PR-OUTCOME-LINK")
    cooking = [f for f in res.findings if f.kind == "issue" and "cooking" in f.message]
    assert bool(cooking) is gap, why(res)


# -- PR-OUTCOME-LINK: an outcome beside provision in its row says what the provision is for ----------------

@pytest.mark.parametrize("outcome, gap", [
    ("By July 2027, Sam will take off his coat and shoes by himself, checked by his key person each term.", False),
    ("By July 2027, Sam will hold a chunky crayon and copy a circle, checked by his key person each term.", True),
])
def test_an_outcome_beside_provision_in_its_row_says_what_it_is_for(outcome, gap):
    need = "The occupational therapist found that Sam needs help with dressing."
    plan = care_builder.build({"B": [need]}, threads=[("BFE", "", "OT programme delivered in school by his TA, "
                                                                  "15 minutes daily", outcome)])
    res = run(plan, "PR-OUTCOME-LINK")
    dressing = [f for f in res.findings if f.kind == "issue" and "(toileting and dressing)" in f.message]
    assert bool(dressing) is gap, why(res)


@pytest.mark.parametrize("need, gap", [
    ("Kai has significant literacy difficulties.", True),  # set T, t209 (with no reading provision)
    ("Kai struggles with literacy and avoids written work.", True),
    ("Kai's literacy is a strength: he reads widely.", False),  # boundary: not a difficulty
])
def test_literacy_difficulties_are_a_reading_need(need, gap):
    res = run(care_builder.build({"B": [need], "E": [SETTLED], "F": [TALK]}), "PR-OUTCOME-LINK")
    reading = [f for f in res.findings if f.kind == "issue" and "(reading)" in f.message]
    assert bool(reading) is gap, why(res)
