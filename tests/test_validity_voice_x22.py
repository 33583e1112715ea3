"""Voice criteria, round 22: the classes behind set X's disagreements for PC-ASPIRATIONS and
PC-ASPIRATION-LINK, each in our own words with its boundary.

* PC-ASPIRATIONS: "aspiration" the medical word (food or fluid breathed into the lungs: "suspected
  aspiration", "aspiration pneumonia", "at risk of aspirating") is no hope for the future (x203).
* PC-VOICE: a young child's (Reception to Year 2) first-person account in the professionals' words
  ("I would benefit from a consistent adult who understands my needs"), with nothing saying how it
  was gathered, is the adults' voice - one such phrase is enough at that age (x108); a child being
  "collected by" someone from school says nothing about how views were gathered; a parent named by
  first name ("Kelly hopes ...") starts the family's account as "her mum" does.
* PC-ASPIRATION-LINK: an Aspirations box left empty this time ("Not discussed at this review") is
  no aspiration (x112); an occasion an outcome is done around ("before and after every kitchen
  session") is its setting, not its field (x112); a line saying how the child wants things arranged
  ("It is important to her that ...") is no interest (p111); the conditions a child needs (a quiet
  place, calm) are no field of interest for an outcome to build on (t210).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_validity_person_centred_g import build
from validity_helpers import flagged, run, why

from ehcaudit.checks._aspire_reading import is_arrangement, without_leaving_time, without_setting
from ehcaudit.checks._outcomes import _DEFERRED
from ehcaudit.checks._pc_reading import GATHERED
from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"
LINK = "PC-ASPIRATION-LINK"
HOPES = "PC-ASPIRATIONS"


def rows(*items: tuple[str, str] | tuple[str, str, str]) -> list[tuple]:
    return [(x[0], x[1], x[2] if len(x) > 2 else None, None) for x in items]


# -- PC-ASPIRATIONS: the medical "aspiration" -------------------------------------------------------------

_OUTCOME = "By July 2027, Nia will choose between two songs by looking at one, on 4 of 5 occasions, noted by staff."


@pytest.mark.parametrize("sentence", [
    "She has had two chest infections this year, thought to follow silent aspiration of drinks.",
    "Nia is at risk of aspiration when she is fed by mouth.",
    "A videofluoroscopy in May showed she aspirates thin fluids.",
    "She was admitted with aspiration pneumonia in March.",
    "Staff follow her plan for reflux and aspiration at every meal.",
])
def test_the_medical_word_is_no_hope(sentence):
    plan = build(rows(("A", "Nia smiles when she hears her sister's voice."), ("A", sentence), ("E", _OUTCOME)),
                 known_as="Nia")
    res = run(plan, HOPES)
    assert flagged(res), why(res)


@pytest.mark.parametrize("sentence", [
    "Her family's aspiration is for Nia to live in a shared house with friends when she is older.",
    "Nia's aspirations are to keep going to music club and to ride on the sensory swing.",
])
def test_a_hope_in_the_same_word_is_still_a_hope(sentence):
    # boundary: "aspiration" as a hope, beside the medical word
    plan = build(rows(("A", "Nia is at risk of aspiration when she drinks."), ("A", sentence), ("E", _OUTCOME)),
                 known_as="Nia")
    res = run(plan, HOPES)
    assert not flagged(res), why(res)


def test_hopes_set_x_x203():
    assert flagged(run(read_plan(SETS / "X" / "plans" / "x203.docx"), HOPES))


# -- PC-ASPIRATION-LINK: a box left empty this time -----------------------------------------------------------

@pytest.mark.parametrize("text,deferred", [
    ("Not discussed at this review.", True),
    ("Aspirations have not been discussed yet.", True),
    ("Not explored with Nia this year.", True),
    ("Not yet known", True),
    ("Not going to college is what worries her most.", False),
    ("Nothing would make her happier than a job at the stables.", False),
])
def test_deferred(text, deferred):
    assert bool(_DEFERRED.match(text)) is deferred


def test_around_an_occasion_is_its_setting():
    assert "kitchen" not in without_setting("Ola will wash her hands before and after every kitchen session.")
    assert "kitchen" not in without_setting("Ola will put her apron on before each kitchen session.")
    # boundary: cooking as the outcome's own field
    assert "cook" in without_setting("Ola will cook a pasta meal with one prompt after school.")


_KITCHEN = ("By July 2027, Ola will put on her gloves before and after every kitchen session without a reminder, "
            "recorded by her tutor.")


def test_an_empty_box_and_a_setting_link_nothing():
    plan = build(rows(("A", "Not discussed at this review.", "My aspirations"),
                      ("A", "\"I like baking bread and looking after the hens.\"", "What I like"),
                      ("E", _KITCHEN)), known_as="Ola")
    res = run(plan, LINK)
    assert flagged(res), why(res)


def test_an_outcome_in_the_interest_s_field_still_builds_on_it():
    # boundary: the same plan with an outcome about baking itself
    plan = build(rows(("A", "Her nan hopes she will be happy.", "My aspirations"),  # judged on the interests
                      ("A", "\"I like baking bread and looking after the hens.\"", "What I like"),
                      ("E", _KITCHEN),
                      ("E", "By July 2027, Ola will bake a loaf from a picture recipe with one prompt, recorded "
                            "by her tutor.")), known_as="Ola")
    res = run(plan, LINK)
    assert not flagged(res), why(res)


def test_link_set_x_x112():
    assert flagged(run(read_plan(SETS / "X" / "plans" / "x112.docx"), LINK))


# -- PC-ASPIRATION-LINK: arrangements and conditions are no interests ------------------------------------------

@pytest.mark.parametrize("sentence,arrangement", [
    ("It is important to Ruth that any change to her timetable is explained to her in writing.", True),
    ("It matters to me that adults knock before they come in.", True),
    ("It is important to her that she sees her gran every Sunday.", True),
    ("Riding her bike is important to Ruth.", False),
    ("Ruth loves swimming and her dog Pip.", False),
])
def test_is_arrangement(sentence, arrangement):
    assert is_arrangement(sentence) is arrangement


_WHAT_MATTERS = "What is important to me"
_BREAK = ("By July 2027, when he is upset, Dev will show his break card and go to the quiet area, on 8 of 10 "
          "occasions, logged by his TA.")


def test_a_condition_he_needs_is_no_interest_to_build_on():
    plan = build(rows(("A", "Sitting somewhere quiet at lunch.", _WHAT_MATTERS),
                      ("A", "It is important to me that my teacher tells me about changes to my education.",
                       _WHAT_MATTERS),
                      ("E", _BREAK),
                      ("E", "By July 2027, Dev will continue his education at school with full attendance for a "
                            "term, recorded on the register.")), known_as="Dev")
    res = run(plan, LINK)
    assert flagged(res), why(res)


def test_a_field_he_likes_is_still_built_on():
    # boundary: a real interest beside the conditions, taken up by an outcome
    plan = build(rows(("A", "His mum hopes he will be happy."),  # an empty hope: judged on the interests
                      ("A", "Sitting somewhere quiet at lunch.", _WHAT_MATTERS),
                      ("A", "Lego and building bridges.", _WHAT_MATTERS),
                      ("E", _BREAK),
                      ("E", "By July 2027, Dev will build a Lego model from a 10-step picture guide with a "
                            "partner, recorded by his TA.")), known_as="Dev")
    res = run(plan, LINK)
    assert not flagged(res), why(res)


@pytest.mark.parametrize("name", ["P/plans/p111", "T/plans/t210"])
def test_link_earlier_sets(name):
    assert flagged(run(read_plan(SETS / f"{name}.docx"), LINK))


# -- PC-VOICE: the professionals' words in a young child's mouth ---------------------------------------------

_POLISHED = "\"I get upset when my day changes suddenly, and I would benefit from a grown-up sitting with me.\""
_REPORT = ("\"I get upset when my day changes suddenly. I need a consistent adult who understands my needs, and I "
           "feel that my behaviour is a way of communicating that I am worried.\"")
_MUM = ("Mum's views", "Dana says Leo is funny and kind and she would like him to make a friend at school.")


def _leo(*a_rows: tuple[str, str], year: int) -> object:
    plan = build(rows(*[("A", t, h) for t, h in a_rows],
                      ("B", "Leo talks in sentences and enjoys chatting about trains.")), known_as="Leo")
    plan.front.year_group = year
    return plan


def test_a_young_child_given_the_professionals_words():
    res = run(_leo((_POLISHED, "Leo's views"), (_MUM[1], _MUM[0]), year=1), "PC-VOICE")
    assert flagged(res), why(res)


def test_the_same_words_from_a_teenager_can_be_his():
    # boundary: one report phrase in an older child's account is not enough to call it the adults'
    res = run(_leo((_POLISHED, "Leo's views"), (_MUM[1], _MUM[0]), year=9), "PC-VOICE")
    assert not flagged(res), why(res)


def test_many_report_phrases_are_the_adults_words_at_any_age():
    res = run(_leo((_REPORT, "Leo's views"), (_MUM[1], _MUM[0]), year=9), "PC-VOICE")
    assert flagged(res), why(res)


def test_a_young_child_s_words_with_how_they_were_gathered():
    # boundary: Section A says how his views were put together
    res = run(_leo(("His teacher gathered these views with Leo using photos of his day.", "Leo's views"),
                   (_POLISHED, "Leo's views"), (_MUM[1], _MUM[0]), year=1), "PC-VOICE")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("text,gathered", [
    ("He gets very upset if he is collected by someone he does not expect.", False),
    ("She hates being collected by her aunt.", False),
    ("His views were collected by his key worker using symbols.", True),
    ("These views were collected with Leo over two sessions.", True),
])
def test_collected_is_gathering_only_of_views(text, gathered):
    assert bool(GATHERED.search(text)) is gathered


def test_a_parent_named_by_first_name_speaks_for_the_family():
    # "Dana hopes ... She says Leo loves ..." is his mum's account, not Leo's view
    res = run(_leo((_POLISHED, "Leo's views"),
                   ("Dana hopes Leo will learn to read. She says Leo loves to sing and dreams of being on stage.",
                    "Hopes for the future"),
                   ("Leo lives with his mum, Dana, and his sister.", "Family"), year=1), "PC-VOICE")
    assert flagged(res), why(res)


def test_voice_set_x_x108():
    assert flagged(run(read_plan(SETS / "X" / "plans" / "x108.docx"), "PC-VOICE"))


# -- PC-ASPIRATION-LINK: the time of a hope; the hope of a job said again and again -------------------------

@pytest.mark.parametrize("sentence,school", [
    ("When I finish school I want to work at the bike shop.", False),
    ("After she leaves college, Mia hopes to work with horses.", False),
    ("Once he has left sixth form he would like a job on the buses.", False),
    ("I want to go to the big school with my cousin.", True),  # boundary: a hope of the school itself
])
def test_without_leaving_time(sentence, school):
    assert bool(re.search(r"\b(?:school|college|sixth form)\b", without_leaving_time(sentence))) is school


_DRESS = ("By July 2027, Jo will dress himself after PE, including his shoes and coat, on 4 out of 5 days, "
          "noted by his TA.")
_WORK_HOPES = (("A", "\"When I leave school I want to work at the bike shop.\""),
               ("A", "Jo wants to work at a bike shop and earn his own money."),
               ("A", "His dad would love him to have a job one day, even a few hours a week."),
               ("A", "His dad also wants him to dress himself in the mornings."))


def test_the_job_hope_said_again_and_again_and_served_by_no_outcome():
    plan = build(rows(*_WORK_HOPES, ("E", _DRESS)), known_as="Jo")
    res = run(plan, LINK)
    assert flagged(res), why(res)


def test_the_job_hope_served_by_a_work_placement():
    # boundary: an outcome that takes the hope of a job up
    plan = build(rows(*_WORK_HOPES, ("E", _DRESS),
                      ("E", "By July 2027, Jo will complete a weekly two-hour work placement at a local shop, "
                            "stacking shelves with one prompt, recorded by his job coach.")), known_as="Jo")
    res = run(plan, LINK)
    assert not flagged(res), why(res)


def test_link_set_x_x212():
    assert flagged(run(read_plan(SETS / "X" / "plans" / "x212.docx"), LINK))
