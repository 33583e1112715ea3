"""Validity classes fixed for the language criteria on sets K and L (round 8): each class with a
new sentence written for this test and the set's own sentence in exact wording.

- LG-GRAMMAR, agreement the patterns did not reach: a relative clause after one person ("a learner
  who are working", "her support worker, who have worked") or after a plural noun ("the adults
  which works"); a singular subject with "together with ..." between commas ("Her fatigue,
  together with her slow handwriting, mean"); an adverb between "she" and "don't"; a compound
  subject after ", and"; "Her and her friends" opening a sentence, with an -s verb; a name and
  "live".
- LG-SPELLING: note-taking abbreviations ("incl.", "c. 10 minutes", "a dx of ADHD") are
  shorthand, not misspellings.
"""

from __future__ import annotations

import pytest

from ehcaudit.language.harper_engine import HarperEngine, get_engine


@pytest.fixture(scope="module")
def engine() -> HarperEngine:
    return get_engine()


def _grammar(engine: HarperEngine, text: str) -> list[str]:
    return [i.text for i in engine.check(text) if i.kind == "grammar"]


def _spelling(engine: HarperEngine, text: str) -> list[str]:
    return [i.text for i in engine.check(text) if i.kind == "spelling"]


@pytest.mark.parametrize("text, wrong", [
    # relative clause after one person: singular verb
    ("Sami is a friendly boy who are liked by the other children in his class.", "are"),
    ("Freya is a capable learner who are working at or above the expected level in English, music "
     "and maths when her work is enlarged for her.", "are"),  # set K/k107
    ("Her college support worker, who have worked with Jess since September, will prompt her "
     "catheter times twice a day.", "have"),  # set K/k206
    # relative clause after a plural noun: plural verb
    ("The assistants who supports him at lunchtime will have training.", "supports"),
    ("Oliwia becomes quiet and withdrawn when she does not understand, and the adults which works "
     "with her do not always notice.", "works"),  # set L/l103
    # a phrase between commas does not make the subject plural
    ("His reading, as well as his spelling, are below the level expected for his age.", "are"),
    ("Her fatigue, together with her slow handwriting, mean that she often don't finish written "
     "work in the time given.", "mean"),  # set K/k206
    # an adverb between the pronoun and "don't"
    ("He sometimes don't hear the instructions in a noisy room.", "don't"),
    ("Her fatigue, together with her slow handwriting, mean that she often don't finish written "
     "work in the time given.", "don't"),  # set K/k206
    # a compound subject after ", and"
    ("The flat is small, and Ben and his brother shares a room.", "shares"),
    ("Polish is spoken at home, and Oliwia and her brother goes to Polish Saturday school every "
     "week.", "goes"),  # set L/l103
    # an object pronoun opening a compound subject, with an -s verb
    ("Him and his dad walks to school each morning.", "Him and his dad"),
    ("Her and her friends avoids the canteen at lunchtime because it is crowded and noisy, and she "
     "sometimes goes without lunch.", "Her and her friends"),  # set K/k107
    # a name and a plain verb
    ("Kai attend the speech group on Mondays.", "attend"),
    ("Freya live with her mum, dad and younger brother on the edge of Lanmoor, five miles from the "
     "nearest bus stop.", "live"),  # set K/k107
])
def test_agreement_errors_are_found(engine, text, wrong):
    assert wrong in _grammar(engine, text)


@pytest.mark.parametrize("text", [
    "Sami is a friendly boy who is liked by the other children in his class.",
    "Her mum and dad, who have cared for her since birth, want her to stay local.",
    "She is one of the pupils who are waiting for a place.",
    "The staff who are trained in Makaton will lead the group.",
    "The assistants who support him at lunchtime will have training.",
    "He chose the afternoon sessions, which is a good sign.",
    "His reading, as well as his spelling, is below the level expected for his age.",
    "He sometimes doesn't hear the instructions; they often don't repeat them.",
    "The flat is small, and Ben and his brother share a room.",
    "He and his dad walk to school each morning.",
    "Kai attends the speech group on Mondays.",
])
def test_correct_agreement_is_left_alone(engine, text):
    assert _grammar(engine, text) == []


@pytest.mark.parametrize("text", [
    "He has extra time in all tests, incl. the end-of-year exams.",
    "Tyler has a dx of ADHD (combined presentation) since 2022 and presents with significant SEMH "
    "needs incl.",  # set K/k103
    "He can sustain attention for c. 5 minutes on an adult-led task.",
    "ADHD: sustained attention c. 10 minutes; movement-seeking; impulsivity.",  # set K/k103
    "Sessions last approx. 20 minutes and there is a hx of ear infections.",
])
def test_note_taking_abbreviations_are_not_misspellings(engine, text):
    assert _spelling(engine, text) == []


def test_a_misspelling_next_to_an_abbreviation_is_still_found(engine):
    assert "recieve" in _spelling(engine, "He will recieve extra time in tests, incl. mocks.")
