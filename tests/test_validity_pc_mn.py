"""Person-centred criteria, round 11: the classes behind sets M and N's false alarms.

Each class: a new sentence in our own words and the set's sentence (exact wording), run through
the packaged rubric's criterion; where the class is a layout, the set's plan itself too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_validity_person_centred_g import build, issues, table
from validity_helpers import flagged, run, why

from ehcaudit.checks._nested_outcomes import Headings, read_nested
from ehcaudit.checks._outcomes import _ASPIRATION_HEADING_RE, _DATE_HEADING_RE, _MEASURE_HEADING_RE
from ehcaudit.model import Plan
from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"


def set_plan(s: str, name: str) -> Plan:
    return read_plan(SETS / s / "plans" / name)


# -- PC-SMART: a measure column headed by the sentence its cells complete -----------------------------

@pytest.mark.parametrize("heading", [
    "We will know this has happened when...",  # set M (m101, m104, m107, m110)
    "You'll know I've got there when",  # ours
    "Staff will know he has done this when",  # ours
    "What success looks like",  # ours
    "How we will measure it",  # set M (m209)
    "How we will check",  # ours
])
def test_smart_measure_column_headed_as_a_sentence_to_complete(heading):
    plan = table(["My outcome", "Steps towards it (this year)", heading],
                 ["By July 2028, Leah will order her own lunch at the café counter.",
                  "By March 2027, Leah will point to her choice on the menu board.",
                  "The café staff note in her passport that she ordered on 3 visits in a row."])
    res = run(plan, "PC-SMART")
    assert not flagged(res), why(res)
    assert heading not in issues(res)


def test_smart_measure_column_heading_still_needs_a_measure_in_its_cell():
    # the heading is recognised, but a cell that names no means or criterion still measures nothing
    plan = table(["My outcome", "We will know this has happened when..."],
                 ["By July 2027, Leah will be more confident.", "She seems happier."])
    assert flagged(run(plan, "PC-SMART"))


# -- PC-SMART: the next birthday as a deadline; every one of a countable set as a measure -------------

@pytest.mark.parametrize("outcome", [
    # set M, m110
    "By his next birthday, Bilal will put on his sun cream, hat and tinted glasses before going outside "
    "without being reminded.",
    # ours
    "Before her next birthday, Leah will brush her teeth morning and evening without being prompted.",
])
def test_smart_next_birthday_is_a_deadline(outcome):
    res = run(table(["Outcome", "How we will know"], [outcome, "Her parents keep a weekly checklist."]), "PC-SMART")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("outcome", [
    "By July 2027, Simran will sit all of her Year 9 end-of-year exams.",  # set M, m106
    "By July 2027, Leah will attend each of her weekly college placement shifts.",  # ours
    "By Easter 2027, Leah will hand in all of the unit assignments for her BTEC course.",  # ours
])
def test_smart_every_one_of_a_countable_set_is_measurable(outcome):
    res = run(table(["Outcome"], [outcome]), "PC-SMART")
    assert not flagged(res), why(res)


def test_smart_all_of_an_uncountable_thing_is_not_a_measure():
    res = run(table(["Outcome"], ["By July 2027, Leah will enjoy all of her time at school."]), "PC-SMART")
    assert flagged(res)


# -- PC-SMART: an outcomes table nested in one cell (headings, then rows, one line per cell) ----------

NESTED_OURS = "\n".join([
    "Long-term aspiration", "Outcome", "How we will know", "By when",
    "To be a chef (Leah)",
    "Leah will follow a three-step recipe card to make a hot drink with no adult prompts.",
    "Kitchen skills checklist kept by the food technology teacher.",
    "July 2027",
    "To have friends (Mum)",
    "Leah will invite a classmate to join her game at break on 3 days a week.",
    "Playground observation by the lunchtime supervisor each half term.",
    "by end Spring 2027",
])


HEADINGS = Headings(_MEASURE_HEADING_RE, _DATE_HEADING_RE, _ASPIRATION_HEADING_RE)


def test_nested_outcomes_table_reads_rows():
    t = read_nested(NESTED_OURS.splitlines(), HEADINGS)
    assert t is not None
    out = "Leah will invite a classmate to join her game at break on 3 days a week."
    assert t.beside[out] == ["Playground observation by the lunchtime supervisor each half term."]
    assert t.dates[out] == "by end Spring 2027"
    assert "To be a chef (Leah)" in t.others and "Outcome" in t.others
    # a row with an empty cell leaves no line: the grid breaks and the cell is read as lines
    assert read_nested(NESTED_OURS.splitlines()[:-1], HEADINGS) is None


def test_smart_nested_outcomes_table_rows_are_measured_and_dated():
    plan = build([("E", "E", None, (0, 0, 0)), ("E", NESTED_OURS, None, (0, 1, 1))])
    res = run(plan, "PC-SMART")
    assert not flagged(res), why(res)
    assert "To be a chef (Leah)" not in issues(res)


def test_smart_nested_table_row_without_date_is_still_found():
    lines = NESTED_OURS.splitlines()
    lines[-1] = "ongoing"
    res = run(build([("E", "E", None, (0, 0, 0)), ("E", "\n".join(lines), None, (0, 1, 1))]), "PC-SMART")
    assert flagged(res)
    assert "Leah will invite a classmate to join her game at break on 3 days a week." in issues(res)


@pytest.mark.parametrize("name", ["n205.docx", "n206.docx", "n207.docx", "n208.docx"])
def test_smart_set_n_letter_column_plans(name):
    res = run(set_plan("N", name), "PC-SMART")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("name", ["m101.docx", "m104.docx", "m107.docx", "m110.docx", "m209.docx", "m106.docx"])
def test_smart_set_m_plans(name):
    res = run(set_plan("M", name), "PC-SMART")
    assert not flagged(res), why(res)


# -- PC-VOICE: the family speaking as "we"; a child's views read from what adults watched -------------

def _voice(rows: list[tuple]) -> list[tuple]:
    res = run(build(rows, known_as="Kyle"), "PC-VOICE")
    return [(k, m) for k, m, _ in why(res) if k == "issue"]


CHILD = ("A", "Kyle told his key worker: \"I like cars and I want to be a mechanic.\"", None, None)


@pytest.mark.parametrize("rows", [
    # set N, n206: a label cell naming the family, then their paragraph in the first person plural
    [CHILD, ("A", "Views of Kyle's foster carers", None, (1, 4, 1)),
     ("A", "We, Janet and Mike, have been Kyle's foster carers since 2022. Kyle is funny, kind to our dog and great "
           "with younger children. He has settled much better since moving to Brackenwood. We want him to catch up "
           "with his reading, to keep his temper, and in time to go to college and learn a trade.", None, (1, 5, 1))],
    # ours: a heading naming only the family over a quotation in their words
    [CHILD, ("A", "\"Kyle is a gentle boy who loves his bike. Evenings are hard for him. We'd like his school to "
                  "send home a picture of his day.\"", "What Nan and Grandad say", None)],
    # ours: the family naming themselves, then "we" later in the same paragraph
    [CHILD, ("A", "We are Kyle's parents. Kyle has grown in confidence this year. We hope he can join the "
                  "Scouts in the spring.", None, None)],
])
def test_voice_family_speaking_as_we(rows):
    assert not any("family" in m for _, m in _voice(rows)), _voice(rows)


def test_voice_we_without_the_family_is_not_their_view():
    # "we" with nothing naming the family (the school writing) is no family view
    rows = [CHILD, ("A", "Kyle has grown in confidence this year. We hope he can join a club.", None, None)]
    assert any("family" in m for _, m in _voice(rows))


@pytest.mark.parametrize("text", [
    # set M, m104
    "He goes to the sensory room swing whenever the door is open and shows he wants to stay by holding the ropes.",
    # ours
    "Staff watched him at choosing time over a fortnight and wrote down which toys he went back to.",
    "She pulls her coat off the peg at home time and shows she wants to go outside.",
])
def test_voice_child_view_read_from_what_adults_watched(text):
    rows = [("A", text, "How Kyle tells us what he thinks", None),
            ("A", "Kyle's parents say he is happiest on the trampoline.", "What Kyle's family say", None)]
    assert not any("child's own views" in m for _, m in _voice(rows)), _voice(rows)


def test_voice_set_m_and_n_plans():
    for s, name in (("M", "m104.docx"), ("N", "n102.docx"), ("N", "n206.docx")):
        res = run(set_plan(s, name), "PC-VOICE")
        assert not flagged(res), (name, why(res))


# -- PC-OUTCOME-NOT-PROVISION: a verb's bare form used as a noun's modifier is no verb ----------------

@pytest.mark.parametrize("outcome", [
    # set M, m112
    "By July 2027, Hodan will participate in a weekly community access session, selecting 1 item using OoR with "
    "LSA support, as evidenced by the LSA log.",
    # ours
    "By July 2027, Leah will lead a weekly peer support group for younger pupils, recorded by her mentor.",
])
def test_not_provision_verb_form_as_a_noun_modifier(outcome):
    res = run(table(["Outcome"], [outcome]), "PC-OUTCOME-NOT-PROVISION")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("outcome", [
    "By July 2027, Leah will access a weekly speech and language therapy session.",
    "By July 2027, Leah has a 1:1 teaching assistant in every lesson.",
])
def test_not_provision_real_provision_still_found(outcome):
    assert flagged(run(table(["Outcome"], [outcome]), "PC-OUTCOME-NOT-PROVISION"))


# -- PC-ASPIRATIONS: a want in a clause of when or what is a present want, not a hope ----------------

@pytest.mark.parametrize("text", [
    # set N, n212
    "He takes staff by the hand to the door when he wants to go outside.",
    # ours
    "She hands her key person the cup when she wants to have a drink, and shows what she wants to play with by "
    "pointing.",
])
def test_aspirations_a_present_want_is_no_hope(text):
    res = run(build([("A", text, None, None)], known_as="Kyle"), "PC-ASPIRATIONS")
    assert flagged(res), why(res)


def test_aspirations_a_real_want_is_still_a_hope():
    res = run(build([("A", "Kyle says he wants to work with animals when he leaves school.", None, None)],
                    known_as="Kyle"), "PC-ASPIRATIONS")
    assert not flagged(res), why(res)


def test_aspirations_set_n_n212():
    assert flagged(run(set_plan("N", "n212.docx"), "PC-ASPIRATIONS"))
