"""Validity classes for the provision criteria found on set O (round 12).

Each class is shown by a sentence written for this test (another council's way of saying the same
thing) and by the set's own sentence (plan named). What an auditor applies:

* PR-QUANTIFIED: a provision paragraph that names the provision in a sentence and then closes with a
  bracket of amount, group and staffing ("... on her own chart. (Daily for 10 minutes; 1:1; class
  teaching assistant)") is ONE item: the bracket is the provision's parts, not an item of its own, and
  the sentence before it is not an item missing them.
* PR-QUANTIFIED: "every Engineering and Science lesson" says when and for how long, as "every lesson"
  does: the lessons of a named subject.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import run, why

GOOD = [
    "- Precision teaching of sight words, 1:1 with a trained teaching assistant, 3 x 15 minutes a week.",
    "- Speech and language therapy, 1:1 with a speech and language therapist, weekly, 30 minutes.",
]


def _issues(res):
    return [f for f in res.findings if f.kind == "issue"]


def _prq(lines: list[str]):
    return run(care_builder.build({"F": GOOD + [f"- {x}" for x in lines]}), "PR-QUANTIFIED")


# -- a provision sentence closed by a bracket of amount, group and staffing ------------------------

@pytest.mark.parametrize("line", [
    # set O, o201 (F6)
    "A check-in about how reading feels, using her confidence scale. (Every Monday, 15 minutes; 1:1; Learning Mentor)",
    # set O, o208 (F1)
    "F1 Study programme: BTEC L3 Extended Certificate in IT. (16 hours a week; class of 14; shared LSA (1:2) in "
    "practical sessions)",
    # set O, o205 (F3)
    "F3 A small group attention and listening session ('bucket time'), building up how long Lily can look and "
    "listen with other children. (3 x 15 minutes a week; 1 adult : 3 children; Early Years Practitioner trained "
    "by the Outreach SALT)",
    # new
    "Paired reading with a trained older pupil, using books chosen with his class teacher. (Tuesdays and "
    "Thursdays, 20 minutes; 1:1; supervised by the literacy lead)",
])
def test_a_closing_bracket_is_part_of_the_item(line):
    res = _prq([line])
    sentence, bracket = line.split(". (", 1)
    assert not any(f.quote and f.quote.startswith("(") for f in _issues(res)), why(res)
    assert not any(f.quote and f.quote.rstrip(".") == sentence.rstrip(".") for f in _issues(res)), why(res)
    assert res.level >= 3, why(res)


def test_a_sentence_with_no_bracket_after_it_is_still_judged():
    line = "Paired reading with a trained older pupil, using books chosen with his class teacher."
    res = _prq([line])
    assert any(f.quote and line[:40] in f.quote for f in _issues(res)), why(res)


def test_a_bracket_does_not_join_an_item_before_a_new_line():
    # a bracket on its own line is not joined across lines: the item above keeps its own gaps
    res = _prq(["A check-in about how reading feels, using her confidence scale.", "(Every Monday, 15 minutes)"])
    assert any(f.quote and "check-in about how reading" in f.quote for f in _issues(res)), why(res)


# -- every lesson of a named subject ------------------------------------------------------------

@pytest.mark.parametrize("line", [
    # set O, o202 (F4)
    "F4 Writing frames for extended answers and pre-taught key words in Engineering and Science. (Every "
    "Engineering and Science lesson; frames prepared by the learning support department and used by subject "
    "teachers)",
    # new
    "A word mat of key terms on his desk, prepared by the learning support assistant, in every maths lesson.",
])
def test_every_lesson_of_a_subject_says_when_and_how_long(line):
    res = _prq([line])
    bad = [f for f in _issues(res) if f.quote and line[:40] in f.quote
           and ("how often" in f.message or "for how long" in f.message)]
    assert not bad, why(res)
