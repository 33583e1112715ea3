"""Validity classes for the provision criteria found on set J (round 7).

Each class is shown by a sentence written for this test (another council's way of saying the same
thing) and by set J's own sentence (plan named). What an auditor applies:

* PR-QUANTIFIED: a count of timetabled lessons ("10 lessons a week") is the amount: a lesson has a
  length. Support at each routine event of the day ("every snack time and lunchtime", "each toilet
  visit") and a care routine at set times need no separate duration. "Half a day" says how long.
* PR-QUANTIFIED: the child's own outings ("Community visits to practise paying") are an activity,
  not a professional's visit; a column headed "Amount" says how much; an abbreviation the plan
  defines ("Learning Support Practitioners (LSPs)") names that role wherever it is used.
* PR-QUANTIFIED: a sentence that goes on about the item before it - naming it again ("The group is
  led by ..."), pointing back to it ("told all his staff about this") or to its place ("on duty in
  the area") - is part of that item.
* PR-QUANTIFIED: an item's kind comes from its own words; a sub-heading over several items ("Study
  programme") does not make each a whole study programme. An item that gives only the span of a
  programme ("for 10 weeks"), with no frequency and no session length, leaves the amount open: a
  clear gap.
* PR-QUANTIFIED: a single meeting on a stated date ("May 2027: ... will hold a transition meeting"),
  a session dated to a term ("1 hour in Autumn 2 2026") and a task due at each recurring event
  ("within 2 weeks of the start of each unit") say how often; the child's own class or tutor
  group is a known group.
* PR-OUTCOME-LINK: a statement that there is no need in an area ("no needs have been identified in
  this area") is not a need; a header row in the middle of an outcomes table ("Outcome | How we
  will know") is not an outcome.
"""

from __future__ import annotations

import care_builder
import pytest
from test_validity_provision import with_table
from validity_helpers import flagged, run, why

from ehcaudit.checks._glossary import abbreviations, with_expansions


def _issues(res):
    return [f for f in res.findings if f.kind == "issue"]


def _quoted(res, text: str) -> list:
    return [f for f in _issues(res) if text[:40] in (f.quote or "")]


GOOD = [
    "- Precision teaching of sight words, 1:1 with a trained teaching assistant, 3 x 15 minutes a week.",
    "- Speech and language therapy, 1:1 with a speech and language therapist, weekly, 30 minutes.",
]
HEADER = ["Support", "Amount", "Provided by"]
GOOD_ROW = ["Phonics catch-up, 1:1", "Daily, 20 minutes", "Teaching assistant trained in the programme"]


def _subheaded(lines: list[str], sub: str):
    plan = care_builder.build({"F": lines})
    for b in plan.blocks_in("F"):
        if b.kind != "heading":
            b.subsection = sub
    return plan


# -- PR-QUANTIFIED: a count of lessons; routine events ---------------------------------------------

@pytest.mark.parametrize("line", [
    # set J, j105
    "In-class support from a teaching assistant with British Sign Language (BSL) Level 2 in English, maths and "
    "science (10 lessons a week), to check Amir has understood and give him notes of key points.",
    # new
    "In-class support in science and geography from a higher level teaching assistant trained in dyslexia, "
    "6 periods a fortnight.",
])
def test_a_count_of_lessons_is_the_amount(line):
    res = run(care_builder.build({"F": GOOD + [f"- {line}"]}), "PR-QUANTIFIED")
    assert not _quoted(res, line) and not flagged(res), why(res)


@pytest.mark.parametrize("row", [
    # set J, j109
    ["Eating and drinking support following her eating plan, with a chunky spoon and a cut-away cup, 1:1",
     "Every snack time and lunchtime", "Teaching assistant trained in her eating plan by the Speech and Language "
                                       "Therapist"],
    # set J, j202
    ["Spoon-feeding practice with an angled bowl and a chunky spoon", "1:1, every lunchtime", "Named practitioner"],
    # set J, j202: a care routine at set times
    ["Toileting routine with a photo sequence", "At least 4 times a day, at set times", "Named practitioner"],
    # new
    ["Handwashing practice with a picture sequence, 1:1", "At each toilet visit", "Key worker trained by the OT"],
    ["Support to change for PE using a checklist, 1:1", "Every PE lesson", "Teaching assistant"],
])
def test_support_at_each_routine_event_needs_no_separate_duration(row):
    res = run(with_table(care_builder.build({"F": []}), "F", [HEADER, GOOD_ROW, row]), "PR-QUANTIFIED")
    assert not _quoted(res, row[0]) and not flagged(res), why(res)


def test_a_routine_event_without_who_is_still_reported():
    row = ["Spoon-feeding practice with an angled bowl", "Every lunchtime", "As required"]
    res = run(with_table(care_builder.build({"F": []}), "F", [HEADER, GOOD_ROW, row]), "PR-QUANTIFIED")
    assert _quoted(res, row[0]), why(res)


# -- PR-QUANTIFIED: the child's outings; "Amount"; the plan's own abbreviations ---------------------

DEFINING_ROW = ["Teaching in a class group of 6 students with a tutor and 2 Learning Support Practitioners (LSPs)",
                "5 days a week, 9.30am - 3.00pm, ratio 1:3", "Class tutor (qualified teacher) and LSPs"]


@pytest.mark.parametrize("row", [
    # set J, j203
    ["Community visits to practise choosing, ordering and paying", "Weekly, half a day, ratio 1:2", "LSPs"],
    # new
    ["Supermarket visits to practise finding items from a picture list", "Every Thursday, half a day, 1:2", "LSPs"],
])
def test_the_childs_outings_are_an_activity_not_a_professionals_visit(row):
    res = run(with_table(care_builder.build({"F": []}), "F", [HEADER, DEFINING_ROW, row]), "PR-QUANTIFIED")
    assert not _quoted(res, row[0]) and not flagged(res), why(res)


def test_a_professionals_visit_left_open_is_still_reported():
    row = ["Visits from the specialist teacher to advise staff", "As needed", "Specialist teacher"]
    res = run(with_table(care_builder.build({"F": []}), "F", [HEADER, DEFINING_ROW, row]), "PR-QUANTIFIED")
    assert flagged(res) and _quoted(res, row[0]), why(res)


def test_abbreviations_the_plan_defines():
    g = abbreviations(["2 Learning Support Practitioners (LSPs)",  # set J, j203
                       "the special educational needs co-ordinator (SENCo) will",  # set J, j202
                       "a Teacher of the Deaf (ToD) visits",  # new: small words skipped
                       "a visit (May) to"])  # not an abbreviation of the words before it
    assert g == {"LSPs": "Learning Support Practitioners", "SENCo": "special educational needs co-ordinator",
                 "ToD": "Teacher of the Deaf"}
    assert with_expansions("LSPs", g) == "LSPs (Learning Support Practitioners)"
    assert with_expansions("Learning Support Practitioners (LSPs)", g) == "Learning Support Practitioners (LSPs)"


# -- PR-QUANTIFIED: a sentence that goes on about the item before it --------------------------------

@pytest.mark.parametrize("lines", [
    # set J, j201
    ["Social communication group: Rhys will be taught social communication skills in a group of no more than 5 "
     "students, 45 minutes, weekly (Tuesday afternoons), September 2026 - July 2027. The group is led by the "
     "college's Specialist Autism Practitioner."],
    # set J, j201: pointing back to it, and to its place (LSP defined in the plan)
    ["In-class support in all IT practical sessions (9 hours a week) from a Learning Support Practitioner (LSP), "
     "ratio 1:3, to help Rhys break tasks into steps and write deadlines in his planner.",
     "Rhys will have an exit card, and Room L12 will be kept free as his quiet room during all of his timetabled "
     "sessions. His personal tutor told all his teaching staff about this by 01.10.2026.",
     "Rhys will eat lunch in the library quiet area every lunchtime. An LSP is on duty in the area throughout "
     "lunch."],
    # new
    ["Chess club to practise turn-taking, Wednesdays at lunchtime, 40 minutes, no more than 6 pupils. The club "
     "is run by the maths teacher, who has ELSA training."],
])
def test_a_sentence_referring_back_is_part_of_the_item(lines):
    res = run(care_builder.build({"F": GOOD + lines}), "PR-QUANTIFIED")
    assert not flagged(res) and not _issues(res), why(res)


def test_a_new_provision_after_an_item_is_still_judged_alone():
    lines = ["Chess club to practise turn-taking, Wednesdays at lunchtime, 40 minutes, no more than 6 pupils, run "
             "by the maths teacher.", "A social skills group will also be offered."]
    res = run(care_builder.build({"F": GOOD + lines}), "PR-QUANTIFIED")
    assert _quoted(res, lines[1]), why(res)


# -- PR-QUANTIFIED: kind from the item's own words; a span alone leaves the amount open ------------

@pytest.mark.parametrize("sub,line", [
    ("Study programme", "Travel training with a job coach for 10 weeks."),  # set J, j108
    ("Work experience", "Interview practice with a careers adviser across the spring term."),  # new
])
def test_a_span_without_frequency_or_session_length_is_a_clear_gap(sub, line):
    res = run(_subheaded([f"- {g[2:]}" for g in GOOD] + [f"- {line}"], sub), "PR-QUANTIFIED")
    hits = _quoted(res, line)
    assert flagged(res) and hits and "how long each session is" in hits[0].message, why(res)


@pytest.mark.parametrize("line", [
    "Makaton: Rosie's key person and room leader will complete Makaton Level 1 training by June 2026.",  # set A, p07
    "Travel training with a job coach, twice a week, 1 hour, for 10 weeks.",  # new: fully stated
])
def test_a_span_with_frequency_or_a_course_is_not_that_gap(line):
    res = run(care_builder.build({"F": GOOD + [f"- {line}"]}), "PR-QUANTIFIED")
    assert not any("how long each session is" in f.message for f in _issues(res)), why(res)


# -- PR-QUANTIFIED: dated one-offs, recurring deadlines, the child's own class ----------------------

@pytest.mark.parametrize("line", [
    # set J, j202
    "May 2027: the Early Years SEND Advisory Teacher will hold a transition meeting with Isla's parents, the "
    "nursery and the special educational needs co-ordinator (SENCo) of her new school.",
    # new
    "Summer term 2027: the SENCo will hold a planning meeting with the secondary school's SENCo and Ava's "
    "parents.",
    # set J, j105
    "Deaf awareness session for Amir's tutor group: 1 hour in Autumn 2 2026, led by the QToD, with Amir taking "
    "part if he wishes.",
    # set J, j201 (read with the instruction it follows)
    "All of Rhys's tutors will give instructions in short spoken steps and put a written task list on his desk at "
    "the start of every session. The college SEN (special educational needs) team will brief each tutor on this "
    "within 2 weeks of the start of each unit.",
    # new
    "Autism awareness talk for Leo's form: 45 minutes in Spring 1 2027, by the specialist teacher.",
])
def test_dated_one_offs_and_recurring_deadlines_say_how_often(line):
    res = run(care_builder.build({"F": GOOD + [line]}), "PR-QUANTIFIED")
    assert not _quoted(res, line) and not flagged(res), why(res)


# -- PR-OUTCOME-LINK: "no needs" is not a need; a header row is not an outcome ---------------------

def _linked_plan(b_lines: list[str]):
    return care_builder.build({
        "B": ["Communication and interaction: Zara finds it hard to follow spoken instructions."] + b_lines,
        "E": ["By July 2027, Zara will follow 3-step spoken instructions in class."],
        "F": ["- Speech and language therapy to practise following instructions, 1:1 with a speech and language "
              "therapist, weekly, 30 minutes."],
    })


@pytest.mark.parametrize("line", [
    "Sensory and/or physical: no needs have been identified in this area.",  # set J, j112
    "Communication and interaction: Kayden is a confident talker and has no needs in this area.",  # set J, j208
    "Sensory and physical: Zara does not have any identified needs here.",  # new
    "Physical: there are no known difficulties with her mobility or hearing.",  # new
])
def test_no_needs_is_not_a_need(line):
    res = run(_linked_plan([line]), "PR-OUTCOME-LINK")
    assert not flagged(res) and not _quoted(res, line), why(res)


def test_a_need_after_no_need_is_still_a_need():
    line = "Sensory and/or physical: no difficulty with hearing, but Zara cannot hold a pencil for long."
    res = run(_linked_plan([line]), "PR-OUTCOME-LINK")
    assert flagged(res) and _quoted(res, line), why(res)


@pytest.mark.parametrize("header", [
    ["Outcome", "How we will know"],  # set J, j208
    ["Outcomes", "Who will check and when"],  # new
])
def test_a_header_row_inside_an_outcomes_table_is_not_an_outcome(header):
    plan = care_builder.build({"B": ["Cognition and learning: Kai finds reading hard."],
                               "F": ["- Reading intervention, 1:1 with a trained teaching assistant, daily, 20 minutes."]})
    plan = with_table(plan, "E", [["E", "Outcomes (including Preparing for Adulthood)"], header,
                                  ["By July 2027, Kai will read a book of 20 pages with his reading group.",
                                   "Teacher's reading record"]])
    res = run(plan, "PR-OUTCOME-LINK")
    assert not flagged(res) and not any(f.quote == header[1] for f in _issues(res)), why(res)
