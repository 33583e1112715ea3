"""Round 32, person-centred checks (sets AE and AF): the classes fixed, in wording of our own."""

from __future__ import annotations

import pytest
from test_validity_person_centred_g import build, table
from validity_helpers import flagged, run, why

from ehcaudit.checks._nested_outcomes import Headings, read_nested
from ehcaudit.checks._outcomes import _ASPIRATION_HEADING_RE, _DATE_HEADING_RE, _MEASURE_HEADING_RE

HEADINGS = Headings(_MEASURE_HEADING_RE, _DATE_HEADING_RE, _ASPIRATION_HEADING_RE)

# -- an outcomes table nested in one cell: a numbering column, a note before the heading row ----------

_ROWS = [
    "O1",
    "By July 2027, Priya will read a short chapter book aloud with at least 90% accuracy.",
    "Reading record kept by her class teacher every half term.",
    "O2",
    "By July 2027, Priya will put her PE kit on by herself before the lesson starts on 4 days out of 5.",
    "Teaching assistant's weekly checklist.",
]


@pytest.mark.parametrize("heading", ["No.", "Number", "Ref", "#", "Outcome no."])
@pytest.mark.parametrize("lead", [[], ["About these outcomes",
                                       "We agreed these outcomes with Priya and her mother at the review in May."]])
def test_nested_table_with_a_numbering_column_and_a_note_reads_rows(heading, lead):
    lines = [*lead, heading, "Outcome", "How we will know", *_ROWS]
    t = read_nested(lines, HEADINGS)
    assert t is not None
    assert t.beside[_ROWS[1]] == [_ROWS[2]]
    assert {"O1", "O2", heading, _ROWS[2], _ROWS[5]} <= t.others
    assert not set(lead) & t.others  # the note is read as lines, not as part of the grid


def test_nested_table_boundary_a_long_note_or_a_broken_grid_is_read_as_lines():
    lines = ["No.", "Outcome", "How we will know", *_ROWS]
    assert read_nested(["A line of note."] * 7 + lines, HEADINGS) is None  # more than a short note
    assert read_nested(lines[:-1], HEADINGS) is None  # a row with an empty cell breaks the grid


def test_smart_measure_column_of_a_numbered_nested_table_is_no_outcome():
    text = "\n".join(["No.", "Outcome", "How we will know", *_ROWS])
    res = run(build([("E", "E", None, (0, 0, 0)), ("E", text, None, (0, 1, 1))], known_as="Priya"), "PC-SMART")
    assert not flagged(res), why(res)


# -- PC-OUTCOME-NOT-PROVISION: what the child is given is the head of the clause's own object ----------

@pytest.mark.parametrize("outcome", [
    # a possessor is whose the thing is, not the thing got: "an adult's attention"
    "By July 2027, Leah will wave or call out to get a grown-up's attention when she needs the toilet, on 4 out of 5 days.",
    "By July 2027, Leah will hold up her card to get the teacher’s attention before she speaks in class.",
    # a clause of time opened by "before": the occasion of the child's act, not what she is given
    "By July 2027, Leah will check her blood sugar and tell the nurse the reading before her medicine is given.",
    "By July 2027, Leah will put her own splints on before her physiotherapy is started, on 5 mornings out of 5.",
    # attending on her own: the young person managing it, not a session given
    "By July 2027, Leah will arrange and attend her own dental check-ups without her foster carer's help.",
    "By July 2027, Leah will attend her college interviews independently, getting there by bus.",
    "By July 2027, Leah will attend her hospital clinic appointments on her own.",
])
def test_not_provision_possessor_time_clause_and_attending_alone_are_achievements(outcome):
    res = run(table(["Outcome"], [outcome]), "PC-OUTCOME-NOT-PROVISION")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("outcome", [
    "By July 2027, Leah will get the teaching assistant's support in every lesson.",  # the head is support
    "Before lunch, Leah will be given her medicine by the school nurse.",  # "before" is a time phrase here
    "By July 2027, Leah will attend weekly therapy sessions with her teaching assistant.",  # a session given
    "By July 2027, Leah will attend speech and language therapy sessions without fail.",  # no independence
])
def test_not_provision_boundary_things_given_are_still_provision(outcome):
    assert flagged(run(table(["Outcome"], [outcome]), "PC-OUTCOME-NOT-PROVISION"))


# -- PC-VOICE: a child observed under a heading that says so; "non-verbal" of a task, not the child -----

_FAMILY = ("A", "Her mum says: \"Leah is a joy and we want her to be happy at school.\"", "What Leah's mum says", None)


@pytest.mark.parametrize("heading", [
    "A1 What we have learned about Leah from watching her play",
    "What we found out by observing her at nursery",
    "What staff noticed when listening to her at home",
])
def test_voice_child_observed_under_a_we_heading_is_her_view(heading):
    plan = build([("A", "She laughs and reaches for the bubbles, and she signs \"more\" when they stop.", heading, None),
                  _FAMILY])
    res = run(plan, "PC-VOICE")
    assert not flagged(res), why(res)


def test_voice_boundary_a_we_heading_without_observing_the_child_is_the_adults_account():
    plan = build([("A", "She laughs and reaches for the bubbles, and she signs \"more\" when they stop.",
                   "What we think about Leah", None), _FAMILY])
    assert flagged(run(plan, "PC-VOICE"))


@pytest.mark.parametrize("assessment", [
    "The psychologist's assessment used non-verbal tasks, with an interpreter.",
    "Her scores on the non-verbal subtests were in the average range.",
    "A non-verbal assessment battery was used because English is her third language.",
])
def test_voice_non_verbal_tasks_do_not_make_the_child_non_speaking(assessment):
    plan = build([("A", "\"I like drawing and I want to be a nurse.\"", "About me", None), _FAMILY,
                  ("B", assessment, None, None)])
    res = run(plan, "PC-VOICE")
    assert not flagged(res), why(res)


def test_voice_boundary_a_non_verbal_child_needs_how_her_views_were_gathered():
    plan = build([("A", "\"I like drawing and I want to be a nurse.\"", "About me", None), _FAMILY,
                  ("B", "Leah is non-verbal and uses a few signs.", None, None)])
    assert flagged(run(plan, "PC-VOICE"))


# -- PC-SMART: a school year or key stage named as the period is a time frame -------------------------

_REAL = "By July 2027, Leah will read a page of her reading book aloud with at least 90% accuracy, as recorded by her teacher."


@pytest.mark.parametrize("prov", [
    "Throughout Year 6, Leah will have a 1:1 teaching assistant in all lessons.",
    "During Year 12, Leah will be provided with a note-taker in all lectures.",
    "Across Key Stage 3, Leah will have a daily movement break.",
])
def test_smart_provision_over_a_named_school_year_is_dated(prov):
    res = run(table(["Outcome"], [prov], [_REAL]), "PC-SMART")
    assert not flagged(res), why(res)


def test_smart_boundary_provision_with_no_period_is_still_undated():
    res = run(table(["Outcome"], ["Leah will have a 1:1 teaching assistant in all lessons."], [_REAL]), "PC-SMART")
    assert flagged(res)


# -- PC-SMART: a named assessment the child sits is a measure ------------------------------------------

@pytest.mark.parametrize("outcome", [
    "By July 2027, Leah will finish every paper in her Year 9 mock exams within the time allowed.",
    "By July 2027, Leah will read all the passages on the Year 6 reading test.",
])
def test_smart_a_named_assessment_is_a_measure(outcome):
    res = run(table(["Outcome"], [outcome]), "PC-SMART")
    assert not flagged(res), why(res)


def test_smart_boundary_a_feeling_is_still_not_measured():
    res = run(table(["Outcome"], ["By July 2027, Leah will feel happier about going to school."]), "PC-SMART")
    assert flagged(res)


# -- PC-VOICE: a first-person account in a clinical report's words is the professionals' voice -----------

_REPORT_VOICE = ("I have difficulties that impact on my ability to focus, and I find unstructured environments such as "
                 "the playground hard to manage.")


def test_voice_report_phrases_in_the_first_person_are_not_the_childs_view():
    plan = build([("A", _REPORT_VOICE, "About me", None), _FAMILY])
    assert flagged(run(plan, "PC-VOICE"))


def test_voice_boundary_one_such_phrase_in_plain_words_is_still_the_child():
    plan = build([("A", "I find unstructured times at lunch hard because it is noisy. I like football and my dog.", "About me", None),
                  _FAMILY])
    res = run(plan, "PC-VOICE")
    assert not flagged(res), why(res)
