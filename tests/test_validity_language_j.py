"""Validity classes fixed for the language criteria on set J (round 7): each class with a new
sentence written for this test and the set's own sentence, in its exact wording ("set J/jNNN").

- LG-SPELLING: a regular derivation of a known word ("employability", "settledness",
  "prioritisations") is not a misspelling, at a sentence start too; the misspellings of the same
  shape ("happyness", "noticable", "storeable", "dropable", "greatful") still are.
- LG-SPELLING: the clinical words of every area of need an EHC plan covers (vision, hearing,
  physical, medical, mental health, feeding, continence, genetic conditions) are correct.
- Other false findings on correct professional English found by proofreading sets A-J: "an"
  before an initialism said letter by letter ("an SpLD"), form shorthand with a slash ("w/c",
  "y/o"), a title or a child's words in single quotation marks ('Twinkle Twinkle', 'dada'), a
  surname after one initial ("K. Whitmore, EHC Co-ordinator").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from packaged_rubric import RUBRIC

from ehcaudit.language.derivation import damerau_one, derived_word
from ehcaudit.language.harper_engine import HarperEngine, get_engine
from ehcaudit.reader import read_plan
from ehcaudit.rubric.engine import score_plan

AS_OF = dt.date(2026, 12, 1)


@pytest.fixture(scope="module")
def engine() -> HarperEngine:
    return get_engine()


def _spelling(engine: HarperEngine, text: str) -> list[str]:
    return [i.text for i in engine.check(text) if i.kind == "spelling"]


# -- derived words ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Employability sessions (CV, interview practice, workplace behaviour)",  # set J/j205
    "Employability skills are taught on Fridays at college.",
    "Settledness at the start of the day has improved since the new routine began.",
    "The college tracks his employability and his settledness each term.",
    "Chewable tablets are given at lunchtime by the school nurse.",
    "Distractibility is high in a busy classroom.",
])
def test_a_regular_derivation_of_a_known_word_is_not_a_misspelling(engine, text):
    assert _spelling(engine, text) == []


@pytest.mark.parametrize(("text", "word"), [
    ("Happyness is what his mum wants most for him.", "Happyness"),
    ("The change was noticable by the end of term.", "noticable"),
    ("Her workload is managable with a visual timetable.", "managable"),
    ("The agreable plan was signed by both parents.", "agreable"),
    ("Storeable resources are kept in the base room.", "Storeable"),
    ("Dropable items are kept away from the stairs.", "Dropable"),
    ("His mum is greatful for the support.", "greatful"),
    ("Relyable staff know him well.", "Relyable"),
])
def test_misspellings_of_a_derived_shape_are_still_found(engine, text, word):
    assert word in _spelling(engine, text)


def test_the_derivation_rules_in_isolation():
    known = {"employable", "settled", "prioritise", "chew", "happy", "notice", "store", "drop",
             "iterate", "iterable"}.__contains__
    assert derived_word("employability", known)
    assert derived_word("Employability", known)  # capitalised at a sentence start
    assert derived_word("settledness", known)
    assert derived_word("prioritisations", known)
    assert derived_word("chewable", known)
    assert not derived_word("EMPLOYABILITY", known)  # capitals: an acronym or a heading, not ours
    assert not derived_word("happyness", known)  # consonant + y takes i
    assert not derived_word("noticable", known)  # soft c keeps its e
    assert not derived_word("storeable", known)  # the silent e drops
    assert not derived_word("dropable", known)  # a short closed syllable doubles
    assert not derived_word("iteratable", known, ["iterable"])  # a mis-formed word of the suggestion
    assert not derived_word("settlednes", known, ["settledness"])
    assert damerau_one("happyness", "happiness") and damerau_one("form", "from")
    assert not damerau_one("employability", "exploitability")


# -- clinical vocabulary -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Amira is very sensitive to bright light (photophobia) and finds it hard to judge steps and kerbs.",  # set J/j211
    "She has photophobia and wears tinted glasses outdoors.",
    "He has a right hemianopia and an intermittent exotropia.",
    "A palmar grasp is still used for chunky crayons.",
    "Tight gastrocnemius muscles limit his ankle dorsiflexion, and he walks on his toes.",
    "Her dysdiadochokinesia makes quick alternating hand movements hard.",
    "After a seizure she is drowsy for an hour (the postictal phase).",
    "He is immunocompromised after chemotherapy and must avoid chickenpox contacts.",
    "She has emetophobia and will not eat in the dining hall.",
    "Desmopressin is taken at bedtime for night-time wetting.",
    "His dysphagic cough is worse with thin drinks.",
    "Trisomy 21 mosaicism was confirmed by the genetics team.",
    "The symptomatology fits a neurodevelopmental profile.",
    "Two first aiders are on the playground at every break.",
    "He builds redstone circuits and plays with playdough to calm down.",
])
def test_clinical_and_school_day_words_are_correct(engine, text):
    assert _spelling(engine, text) == []


def test_a_misspelt_clinical_word_is_still_found(engine):
    assert "photofobia" in _spelling(engine, "She has photofobia and wears tinted glasses.")


# -- through the criterion ---------------------------------------------------------------------

_PLAIN = ("Amira likes singing, swimming and her cat. She wants to be a vet when she leaves school. "
          "Her mum says she is kind and funny and helps at home with her little brother. ") * 4


def test_lg_spelling_on_a_plan_with_derived_and_clinical_words(tmp_path: Path):
    text = ("Reference: LG-J-001\n# Section A: Views, interests and aspirations\n" + _PLAIN + "\n"
            "# Section B: Special educational needs\n"
            "Amira is very sensitive to bright light (photophobia) and finds it hard to judge steps "
            "and kerbs. She has nystagmus and a right hemianopia. Settledness in the morning has "
            "improved.\n# Section F: Special educational provision\n"
            "Employability sessions (CV, interview practice, workplace behaviour), weekly, with the "
            "careers adviser.\n")
    p = tmp_path / "plan.md"
    p.write_text(text, encoding="utf-8")
    res = score_plan(read_plan(p), RUBRIC, AS_OF, areas={"language"}, cache={})
    crit = {c.id: c for c in res.criteria}["LG-SPELLING"]
    assert crit.level == 4, [f.message for f in crit.findings]


# -- other false findings on correct professional English in sets A-J --------------------------

@pytest.mark.parametrize("text", [
    "Jordan has ADHD and an SpLD profile.",  # set H/h210 (the article before "SpLD")
    "She has an SEN support plan at her primary school.",
    "He has an MLD diagnosis and an FSM entitlement.",
])
def test_an_before_an_initialism_said_letter_by_letter_is_right(engine, text):
    assert [i.text for i in engine.check(text) if i.kind == "grammar"] == []


def test_a_before_a_vowel_sound_word_is_still_an_error(engine):
    assert "an" in [i.text for i in engine.check("She has an teaching assistant in maths.") if i.kind == "grammar"]


@pytest.mark.parametrize("text", [
    "45 minutes, weekly, for 8 weeks from w/c 4 Jan 2027",  # set J/j106
    "Sessions start w/c 9 March and end w/e 27 March.",
    "C is a 20 y/o male with PMLD/SLD secondary to bilateral spastic CP.",  # set G/g110
])
def test_form_shorthand_with_a_slash_is_not_a_misspelling(engine, text):
    assert _spelling(engine, text) == []


@pytest.mark.parametrize("text", [
    "I love music, especially 'Twinkle Twinkle', and I love bubbles and the big swing.",  # set J/j109
    "She uses about 25 Makaton signs and four clear words ('mama', 'dada', 'more' and 'no').",  # set G/g201
    "He calls the cat 'Mimi Mimi' and says 'wuff', 'baa' and 'moo' for the animals.",
])
def test_a_few_words_in_single_quotation_marks_are_not_proofread(engine, text):
    assert [i.text for i in engine.check(text) if i.kind != "style"] == []


@pytest.mark.parametrize(("text", "word"), [
    ("The girls' and boys' toilets are seperate.", "seperate"),
    ("She said 'I dont want to go there' and cried.", "dont"),
])
def test_apostrophes_and_longer_single_quoted_speech_are_still_proofread(engine, text, word):
    assert word in _spelling(engine, text)


@pytest.mark.parametrize("text", [
    "K. Whitmore, EHC Co-ordinator",  # set J/j101
    "EHC Co-ordinator: S. Bateman, SEND Casework Team",  # set J/j102
    "Educational psychologist: T. Okonkwo-Baptiste",
])
def test_a_surname_after_one_initial_is_a_name(engine, text):
    assert _spelling(engine, text) == []


def test_a_misspelling_after_a_list_letter_in_a_sentence_is_still_found(engine):
    assert "Recieve" in _spelling(engine, "See Section B. Recieve the plan by post.")
