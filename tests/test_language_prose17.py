"""Proofreading classes from the seventeenth blind public-sector corpus (session 19).

First run of prose-heldout-17 (`benchmarks/language/first-runs/prose-heldout-17.txt`): 0.27 false
findings per 1,000 words, 99.7% of plants found. The classes, each tested here in words of our own:

- NHS workforce words: a newly qualified professional's supported first year ("preceptorship",
  "preceptee") and a post filled behind someone ("backfilled") are correct British English;
- a relative clause after a phrase that ends several people ("pupils on the register who have",
  "parents at the meeting who were") is about the people, so its plural verb is right; after one
  person or thing, even behind a preposition ("works with a teacher who are"), it is still wrong.
"""

from __future__ import annotations

import pytest
from language_helpers import errors as _errors

from ehcaudit.language.harper_engine import HarperEngine, get_engine


@pytest.fixture(scope="module")
def engine() -> HarperEngine:
    return get_engine()


@pytest.mark.parametrize("text", [
    "Every newly qualified therapist joins a twelve-month preceptorship with protected study time.",
    "Two preceptorships were completed this year, and each preceptee had a named supervisor.",
    "The post was backfilled by an agency therapist for six weeks.",
])
def test_nhs_workforce_words_are_british_english(engine, text):
    assert _errors(engine, text) == []


@pytest.mark.parametrize("text", [
    "We expect the share of pupils on the register who have waited over a year to fall by March.",
    "Parents at the meeting who were asked said the new forms were clearer.",
    "Most families in the borough who have a plan use the local offer.",
    "The number of young people in the county who are not in education has fallen.",
])
def test_a_relative_clause_about_the_people_before_a_phrase_takes_their_plural_verb(engine, text):
    assert [t for k, t in _errors(engine, text) if k == "grammar"] == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("She works with a teacher who are patient with her.", "are"),
    ("He sits in the room with a girl who are kind to him.", "are"),
    ("Tom is a cheerful boy who are popular with his classmates.", "are"),
])
def test_one_person_before_the_relative_clause_still_takes_a_singular_verb(engine, text, wrong):
    assert ("grammar", wrong) in _errors(engine, text)
