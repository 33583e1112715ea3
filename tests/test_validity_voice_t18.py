"""Voice criteria, round 18: the classes behind sets T and U's disagreements for PC-VOICE and
PC-ASPIRATION-LINK, each in our own words with its boundary.

* PC-VOICE: views written in fluent first person for a young person the plan says does not speak,
  with nothing saying how they were gathered, are the adults' voice wherever Section A gives them -
  a description of how he communicates, found first, does not stand in for them (set U, u212).
* PC-ASPIRATION-LINK: "activities" is where any outcome happens, not the field of a hope for
  "meaningful activity" (u212); a hope that names nothing but being happy gives the outcomes nothing
  to build towards - neither linked nor missed, so a plan whose only hope it is is judged on the
  child's interests (amber at worst, never red).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_validity_person_centred_g import build
from validity_helpers import flagged, run, why

from ehcaudit.checks.person_centred import AspirationLinkParams, _names_no_field
from ehcaudit.reader import read_plan

SET_U = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets" / "U" / "plans"
LINK = "PC-ASPIRATION-LINK"


def rows(*items: tuple[str, str] | tuple[str, str, str]) -> list[tuple]:
    return [(x[0], x[1], x[2] if len(x) > 2 else None, None) for x in items]


# -- PC-VOICE: ghost-written views, wherever they stand --------------------------------------------------

_HOW = ("Sam does not use speech. He communicates through sounds, looking at what he wants and a big "
        "button that plays a recorded message.")
_PARENTS = "Sam's dad says he is settled and would like him to try the climbing wall."
_GHOST = "\"I love my new class and I have lots of friends. Next term I want to get better at cooking.\""


def test_voice_description_first_does_not_rescue_ghost_written_views():
    plan = build(rows(("A", _HOW), ("A", _GHOST, "Sam's views"), ("A", _PARENTS, "Family views")), known_as="Sam")
    res = run(plan, "PC-VOICE")
    assert flagged(res), why(res)


def test_voice_ghost_written_views_with_how_gathered_are_his():
    # boundary: the same views, with Section A saying how they were put together
    plan = build(rows(("A", _HOW),
                      ("A", "His tutor wrote these views with Sam over a month, watching what he chose and "
                            "using his talking button.", "Sam's views"),
                      ("A", _GHOST, "Sam's views"), ("A", _PARENTS, "Family views")), known_as="Sam")
    res = run(plan, "PC-VOICE")
    assert not flagged(res), why(res)


def test_voice_description_alone_still_passes_when_no_views_are_ghost_written():
    # boundary: no first-person account written for him - how he shows what he wants is still read
    plan = build(rows(("A", _HOW), ("A", "He smiles and reaches for the drum when music starts."),
                      ("A", _PARENTS, "Family views")), known_as="Sam")
    res = run(plan, "PC-VOICE")
    assert not flagged(res), why(res)


def test_voice_first_person_of_a_speaking_young_person_after_a_description():
    # boundary: a young person who talks gives his own words, whatever is said first
    plan = build(rows(("A", "Sam communicates through speech and some signs when he is tired."),
                      ("A", _GHOST, "Sam's views"), ("A", _PARENTS, "Family views")), known_as="Sam")
    res = run(plan, "PC-VOICE")
    assert not flagged(res), why(res)


def test_voice_set_u_u212():
    res = run(read_plan(SET_U / "u212.docx"), "PC-VOICE")
    assert flagged(res), why(res)


# -- PC-ASPIRATION-LINK: "activities" links no hope --------------------------------------------------------

def test_activities_link_no_hope():
    plan = build(rows(("A", "His family would like him to have meaningful activity each week, such as volunteering "
                            "at the allotment."),
                      ("E", "By July 2027, Sam will point to one of two photos to choose between activities on 8 out "
                            "of 10 occasions, recorded by his tutor.")), known_as="Sam")
    res = run(plan, LINK)
    assert flagged(res), why(res)


def test_the_field_of_the_hope_still_links():
    # boundary: an outcome about the allotment builds on the hope
    plan = build(rows(("A", "His family would like him to have meaningful activity each week, such as volunteering "
                            "at the allotment."),
                      ("E", "By July 2027, Sam will water and weed a bed at the community allotment for an hour each "
                            "week, recorded by his support worker.")), known_as="Sam")
    res = run(plan, LINK)
    assert not flagged(res), why(res)


# -- PC-ASPIRATION-LINK: a hope that names nothing but being happy ---------------------------------------------

_READING = "By July 2027, Leah will read 40 common words on sight in 4 out of 5 checks, recorded by her teacher."


def _params() -> AspirationLinkParams:
    from packaged_rubric import RUBRIC
    return AspirationLinkParams.model_validate(RUBRIC.criterion(LINK).check.model_dump(exclude={"kind"}))


@pytest.mark.parametrize("sentence,empty", [
    ("Her parents hope she will be happy.", True),
    ("We just want Leah to be happy.", True),
    ("They want her to have a happy life.", True),
    ("I want to be happy at school.", True),
    ("They want her to be happy and have friends.", False),  # friends: a field
    ("In the future they want him to have a job and be happy.", False),  # a job
    ("I want to be happy at Wyemarch High.", False),  # a named place
    ("When I'm older I want to live with Chloe.", False),  # no empty hope word: a person and a home
])
def test_empty_hope_reading(sentence, empty):
    assert _names_no_field(sentence, _params(), ["Leah"]) is empty


def test_only_hope_to_be_happy_is_amber_not_red():
    plan = build(rows(("A", "Leah is seven."), ("A", "Her parents hope she will be happy."), ("E", _READING)))
    res = run(plan, LINK)
    assert flagged(res) and res.level == 2, why(res)


def test_only_hope_to_be_happy_judged_on_interests():
    plan = build(rows(("A", "Leah loves horses and drawing."), ("A", "Her parents hope she will be happy."),
                      ("E", _READING),
                      ("E", "By July 2027, Leah will groom a pony at the riding school with one prompt on 3 visits "
                            "a term, logged by the instructor.")))
    res = run(plan, LINK)
    assert not flagged(res), why(res)


def test_a_hope_with_a_field_beside_it_is_still_judged():
    # boundary: the happy hope drops out, the hope to be a vet is still plainly ignored
    plan = build(rows(("A", "Her parents hope she will be happy."), ("A", "Leah wants to be a vet when she grows up."),
                      ("E", _READING)))
    res = run(plan, LINK)
    assert flagged(res) and res.level == 1, why(res)


# == round 18, second pass (set T): five more classes ================================================

SET_T = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets" / "T" / "plans"
ASPIRE = "PC-ASPIRATIONS"
_SWIM = "By July 2027, Sam will swim 10 metres with a float on 3 visits in a row, recorded by his swimming teacher."


# -- (1) a parent's wish for the child's care or safety is no aspiration ---------------------------------

@pytest.mark.parametrize("sentence", [
    "His dad wants to make sure Sam is warm, fed and properly looked after on the residential trip.",
    "They would like to be sure that the nurses know how to give his rescue medicine.",
    "Mum wants Sam to be well cared for at the respite house.",
    "She hopes to make sure he is looked after by people he knows.",
])
def test_care_wish_is_no_aspiration(sentence):
    plan = build(rows(("A", "Sam is 16 and goes to Fernbrook School."), ("A", sentence), ("E", _SWIM)), known_as="Sam")
    res = run(plan, ASPIRE)
    assert flagged(res), why(res)


@pytest.mark.parametrize("sentence", [
    # boundary: a hope for the child himself - to feel safe, to make friends - is still a hope
    "They want Sam to feel safe at his new school.",
    "His dad wants to make friends with the other parents so Sam can have sleepovers.",
    # boundary: care wished for alongside a hope of his own ("and to ...")
    "Mum wants Sam to be looked after by people he knows and to learn to swim.",
])
def test_hope_beside_or_near_a_care_wish_still_counts(sentence):
    plan = build(rows(("A", "Sam is 16 and goes to Fernbrook School."), ("A", sentence), ("E", _SWIM)), known_as="Sam")
    res = run(plan, ASPIRE)
    assert not flagged(res), why(res)


def test_set_t_t110_care_wish_is_no_aspiration():
    res = run(read_plan(SET_T / "t110.docx"), ASPIRE)
    assert flagged(res), why(res)


# -- (2) a statement that there are no hopes is no aspiration ---------------------------------------------

def _box(text: str, *more: tuple[str, str] | tuple[str, str, str]) -> list[tuple]:
    return rows(("A", "Sam enjoys water play.", "A2 Interests"), ("A", text, "A2 Aspirations"), *more)


@pytest.mark.parametrize("text", [
    "Sam has not been able to tell anyone his hopes for the future.",
    "No aspirations were recorded at the meeting.",
    "None.",
])
def test_no_hopes_statement_is_not_an_aspiration(text):
    plan = build(_box(text, ("E", _SWIM)), known_as="Sam")
    res = run(plan, ASPIRE)
    assert flagged(res), why(res)
    link = run(plan, LINK)  # no aspiration: judged on his interests (water play and swimming)
    assert not any(k == "issue" and q == text for k, _, q in why(link)), why(link)


def test_hope_after_a_no_hopes_clause_still_counts():
    # boundary: he cannot say, but his mother's hope is given in the same sentence
    text = "Sam cannot tell us his hopes, but his mum would like him to work with animals."
    plan = build(_box(text, ("E", _SWIM)), known_as="Sam")
    assert not flagged(run(plan, ASPIRE))
    link = run(plan, LINK)
    assert any(k == "issue" and q == text for k, _, q in why(link)), why(link)  # a hope no outcome builds on


# -- (3) a named school is a school, and attending builds towards it -------------------------------------

_ATTEND = ("By March 2027, Leah will complete a full school day on at least 9 days out of 10, recorded in the "
           "attendance register.")


def test_hope_to_go_to_a_named_high_school_is_served_by_attendance():
    plan = build(rows(("A", "I want to go to Thornbury High with my cousin."),
                      ("A", "Her parents hope she will move to Thornbury High School with her friends."),
                      ("A", "Leah wants to go to Thornbury High School and one day be a nurse."),
                      ("A", "They hope she will make a calm move up to secondary school."),
                      ("E", _ATTEND)))
    res = run(plan, LINK)
    assert not flagged(res), why(res)


@pytest.mark.parametrize("sentence,named", [
    ("I want to go to Thornbury High with my cousin.", True),
    ("She wants to go to St Anne's Primary in September.", True),
    ("I want to go to the high street with my cousin.", False),  # boundary: no school named
])
def test_named_school_reading(sentence, named):
    plan = build(rows(("A", sentence), ("E", _ATTEND)))
    res = run(plan, LINK)
    assert (not flagged(res)) is named, why(res)


def test_outcome_naming_the_next_school_serves_the_hope_of_it():
    plan = build(rows(("A", "I want to go to secondary school with Keeley."),
                      ("A", "Her mum hopes she will cope at high school."),
                      ("A", "They want her to be confident at secondary school."),
                      ("E", "By the end of Y6, Leah will find her way from the front door of Marsh Lane Academy to "
                            "4 key rooms on her own, checked by her mentor.")))
    res = run(plan, LINK)
    assert not flagged(res), why(res)


def test_set_t_t111():
    res = run(read_plan(SET_T / "t111.docx"), LINK)
    assert not flagged(res), why(res)


# -- (4) where an outcome happens is not what it is about --------------------------------------------------

def test_occasion_of_an_outcome_is_not_its_field():
    plan = build(rows(("A", "His parents would like him to keep singing in the choir."),
                      ("E", "By July 2027, Sam will sit with his group without leaving his seat for a whole "
                            "20-minute singing session, recorded by the choir leader.")), known_as="Sam")
    res = run(plan, LINK)
    assert flagged(res), why(res)


def test_taking_part_in_the_session_is_its_field():
    # boundary: the session is what he does
    plan = build(rows(("A", "His parents would like him to keep singing in the choir."),
                      ("E", "By July 2027, Sam will take part in a 20-minute singing session each week, joining "
                            "in with two songs.")), known_as="Sam")
    res = run(plan, LINK)
    assert not flagged(res), why(res)


def test_lessons_of_several_subjects_are_a_setting():
    plan = build(rows(("A", "I want to be an engineer who builds bridges."),
                      ("E", "By July 2027, Sam will copy his homework into his planner in maths, science and "
                            "engineering lessons on 8 out of 10 occasions.")), known_as="Sam")
    res = run(plan, LINK)
    assert flagged(res), why(res)


def test_a_question_in_a_subject_is_about_the_subject():
    # boundary (set O's key): an answer to an exam question in engineering builds on the hope
    plan = build(rows(("A", "I want to be an engineer who builds bridges."),
                      ("E", "By July 2027, Sam will write a full answer to an 8-mark question in engineering and "
                            "science, using a plan.")), known_as="Sam")
    res = run(plan, LINK)
    assert not flagged(res), why(res)


def test_one_subject_is_still_a_field():
    # boundary: a single subject named after the act is not stripped
    plan = build(rows(("A", "I want to get better at maths."),
                      ("E", "By July 2027, Sam will add two 2-digit numbers in maths on 4 out of 5 checks.")),
                 known_as="Sam")
    res = run(plan, LINK)
    assert not flagged(res), why(res)


def test_learning_the_skills_to_live_alone_is_not_doing_well_at_school():
    plan = build(rows(("A", "They want him to learn the skills to live on his own one day."),
                      ("E", "By July 2027, Sam will answer 4 out of 5 questions about a short text correctly.")),
                 known_as="Sam")
    res = run(plan, LINK)
    assert flagged(res), why(res)


@pytest.mark.parametrize("path", [SET_T / "t205.docx", SET_U / "u212.docx"])
def test_set_t_u_setting_links_nothing(path):
    res = run(read_plan(path), LINK)
    assert flagged(res), why(res)


# -- (5) the professionals' words in the first person are not the child's view ---------------------------------

_REPORT = ("I am an eleven-year-old girl with a diagnosis of developmental language disorder. My needs are best "
           "met in small groups with a consistent approach from staff.")
_MUM = "Leah's mum says she is doing well at home."


def test_first_person_in_report_language_is_not_the_childs_view():
    plan = build(rows(("A", _REPORT, "All about me"), ("A", "I like ponies.", "All about me"),
                      ("A", _MUM, "Family views")))
    res = run(plan, "PC-VOICE")
    assert flagged(res), why(res)


def test_first_person_in_report_language_gathered_with_the_child():
    # boundary: Section A says how the account was put together with her
    plan = build(rows(("A", "Her teacher wrote this with Leah, using her talking mat.", "All about me"),
                      ("A", _REPORT, "All about me"), ("A", _MUM, "Family views")))
    res = run(plan, "PC-VOICE")
    assert not flagged(res), why(res)


def test_one_report_phrase_in_a_childs_own_words_is_still_hers():
    # boundary: a child can name her own diagnosis
    plan = build(rows(("A", "I am eleven with a diagnosis of DLD. I like ponies and I hate loud rooms.",
                       "All about me"), ("A", _MUM, "Family views")))
    res = run(plan, "PC-VOICE")
    assert not flagged(res), why(res)


def test_set_t_t210_voice():
    res = run(read_plan(SET_T / "t210.docx"), "PC-VOICE")
    assert flagged(res), why(res)
