"""PC-ASPIRATION-LINK, round 17: how an auditor reads the thread from A's hopes to E's outcomes.

An outcome leads towards a hope through what it has the child do, so the lines around it that point
elsewhere, head a list or say how progress is measured link nothing; an interest is the thing the
child likes (not the company, the reason, or the clause that reports it), and a child without words
shows a liking by reaching for or smiling at it. Each class: a sentence in our own words and the
set's sentence (exact wording); the set plans whose planted failure was missed, or whose pass
depended on the class, are scored whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_validity_person_centred_g import build
from validity_helpers import flagged, run, why

from ehcaudit.checks._aspire_reading import interest_object, outcome_link_text
from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"
CID = "PC-ASPIRATION-LINK"


def _liked(sentence: str, word: str) -> str:
    i = sentence.index(word)
    return interest_object(sentence, i, i + len(word))


# -- the lines of an outcome's cell that are no outcome ------------------------------------------------------

@pytest.mark.parametrize("line", [
    "See the sensory and physical outcome (standing frame).",  # set L (l108)
    "Outcomes for the end of Reception (July 2027).",  # set N (n108)
    "See Leah's communication outcome above.",  # ours
    "How progress will be measured: weekly riding log kept by the stables.",  # ours
])
def test_cross_references_headings_and_measure_lines_are_no_outcome(line):
    assert outcome_link_text(line) == ""


def test_an_outcome_line_is_kept():
    line = "By July 2027, Leah will groom a pony at the riding school with one prompt, 3 times a term."
    assert outcome_link_text(line) == line


def test_cross_reference_links_no_interest():
    # ours: the only word an outcome line shares with the interest is in a pointer to another outcome
    rows = [("A", "Leah likes the sensory garden and horses.", None, None),
            ("E", "See the sensory outcome in Section F.", None, None),
            ("E", "By July 2027, Leah will count to 20 in 4 out of 5 maths lessons, checked by her teacher.",
             None, None)]
    res = run(build(rows), CID)
    assert flagged(res), why(res)


# -- an interest is the thing liked ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,word,gone", [
    ("I like going to the skate park with my foster brother.", "like", "foster"),  # set O (o211)
    ("Jordan told his tutor: \"I like school because of my friends.", "like", "friends"),  # set F (f110)
    ("Leah loves Brownies because her cousins go too.", "loves", "cousins"),  # ours
    ("Leah enjoys baking with her nan.", "enjoys", "nan"),  # ours
])
def test_interest_is_the_thing_liked_not_the_company_or_reason(sentence, word, gone):
    assert gone not in _liked(sentence, word)


def test_interest_with_no_object_keeps_its_sentence():
    s = "Staff watched to understand what he likes and dislikes."
    assert "understand" in _liked(s, "likes")


def test_company_links_no_interest():
    # ours: the interest is the skate park, the outcome shares only the brother
    rows = [("A", "Leah likes going to the skate park with her brother Sam.", None, None),
            ("E", "By July 2027, Leah will walk to school with her brother on 4 days out of 5, as logged by her "
                  "family.", None, None)]
    assert flagged(run(build(rows), CID))


def test_interest_in_its_own_field_still_links():
    rows = [("A", "Her dad hopes she will be happy.", None, None),  # an empty hope: judged on the interests
            ("A", "Leah likes going to the skate park with her brother Sam.", None, None),
            ("E", "By July 2027, Leah will go to the skate park club on Saturdays with a support worker, 3 times a "
                  "month.", None, None)]
    res = run(build(rows), CID)
    assert not flagged(res), why(res)


@pytest.mark.parametrize("sentence,outcome", [
    # set B (p15): what a child without words likes is shown by what he reaches for and smiles at
    ("Oliver reaches for and smiles at bubbles, light-up toys and music, especially \"The Wheels on the Bus\".",
     "By February 2027, Oliver will use an object of reference or a photo to choose between two activities (for "
     "example bubbles or music) on four out of five opportunities, recorded weekly by his class teacher."),
    # ours
    ("Leah smiles at the wind chimes in the sensory room.",
     "By July 2027, Leah will press a switch to make the wind chimes play, 5 times in a session, on 3 days."),
])
def test_reaching_for_and_smiling_at_is_a_liking(sentence, outcome):
    # an empty hope beside it: the outcomes are judged on the interests
    res = run(build([("A", "His parents hope he will be happy.", None, None), ("A", sentence, None, None),
                     ("E", outcome, None, None)], known_as="Oliver"), CID)
    assert not flagged(res), why(res)


# -- "learn to swim" is a hope about swimming --------------------------------------------------------------------

def test_learn_to_swim_is_not_doing_well_at_school():
    rows = [("A", "We hope Leah will learn to swim and ride her bike.", None, None),  # ours
            ("E", "By July 2027, Leah will read 30 common words in a book, checked by her teacher each half term.",
             None, None)]
    assert flagged(run(build(rows), CID))


# -- the set plans ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("s,plan", [("G", "g104.docx"), ("L", "l108.docx"), ("M", "m212.docx"), ("O", "o211.docx")])
def test_set_plans_interests_not_built_on_are_flagged(s, plan):
    res = run(read_plan(SETS / s / "plans" / plan), CID)
    assert flagged(res), why(res)


@pytest.mark.parametrize("s,plan", [("A", "p12.docx"), ("F", "f207.docx"), ("F", "f102.docx"), ("R", "r203.docx")])
def test_sound_set_plans_still_pass(s, plan):
    res = run(read_plan(SETS / s / "plans" / plan), CID)
    assert not flagged(res), why(res)


@pytest.mark.parametrize("s,plan", [("B", "p15.docx"), ("K", "k110.docx"), ("N", "n102.docx")])
def test_no_aspirations_is_amber_whatever_interests_the_outcomes_use(s, plan):
    # round 33: these keys pass on interests alone, but 51 of the 61 plans with no aspirations in sets A to AF
    # are failed by their keys: with no hope recorded, no outcome can be seen to build on one
    res = run(read_plan(SETS / s / "plans" / plan), CID)
    assert flagged(res), why(res)


# -- "how we will know" is a measure line; "to be happy" is every family's hope ------------------------------------

@pytest.mark.parametrize("line", [
    "How we will know: Attendance records from the tutor and the online school, checked monthly by the EOTAS "
    "co-ordinator.",  # set P (p101)
    "How we will know: Leah's riding instructor will sign her logbook.",  # ours
])
def test_how_we_will_know_is_a_measure_line(line):
    assert outcome_link_text(line) == ""


@pytest.mark.parametrize("hope,outcome", [
    # set S (s206): the job with cars is the hope, not a feelings outcome
    ("Mum would like Mason to be happy and, when he is older, to get a good job, maybe working with cars like his "
     "uncle.",
     "By the next annual review, Mason will name how he is feeling using the Zones of Regulation cards and choose a "
     "calming strategy, on 4 out of 5 occasions."),
    # ours
    ("Dad wants Leah to be happy and to work in a garden centre one day.",
     "By July 2027, Leah will tell an adult how she feels using her feelings fan in 4 out of 5 lessons."),
])
def test_to_be_happy_links_no_feelings_outcome(hope, outcome):
    name = "Mason" if "Mason" in hope else "Leah"
    res = run(build([("A", hope, None, None), ("E", outcome, None, None)], known_as=name), CID)
    assert flagged(res), why(res)


def test_set_s_s206_mechanic_and_football_ignored():
    res = run(read_plan(SETS / "S" / "plans" / "s206.docx"), CID)
    assert flagged(res), why(res)


# -- "make it through secondary school" is a hope of staying in school ---------------------------------------------

@pytest.mark.parametrize("hope,outcome", [
    # set O (o210)
    ("We want him to get the help he needs and to make it through secondary school.\"",
     "By Dec '26 I will get to all my lessons on my own using my colour-coded timetable, with no more than one late "
     "arrival a week (register)."),
    # ours
    ("Gran hopes Leah will finish primary school with her friends.",
     "By July 2027, Leah will attend school on 95% of days, as shown by the school's attendance register."),
])
def test_staying_in_school_to_the_end_is_served_by_attendance(hope, outcome):
    res = run(build([("A", hope, None, None), ("E", outcome, None, None)], known_as="Jack"), CID)
    assert not flagged(res), why(res)


def test_set_o_o210_passes():
    res = run(read_plan(SETS / "O" / "plans" / "o210.docx"), CID)
    assert not flagged(res), why(res)
