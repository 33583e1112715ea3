"""Proofreading classes from the sixteenth blind public-sector corpus (session 18).

First run of prose-heldout-16 (`benchmarks/language/first-runs/prose-heldout-16.txt`): 0.17 false
findings per 1,000 words, 99.7% of plants found. The classes, each tested here in words of our own:

- a doubled word that is grammar, not a slip: the past perfect of "have" ("they had had to ...");
- "their" before a participle used as a modifier ("their working hours") is the possessive; "their"
  before a participle that is the main verb ("their working hard") is "they're";
- Harper's "that that" -> "that which" is an opinion (style), never a grammar error;
- a word one letter short of a known word ("varable") that Harper offers only as two words ("var
  able", read like a stem and a suffix) is the writer's slip, reported with the word it slips from,
  while a derived word Harper does not know ("chewable") is still left alone;
- words the writer cites as words ("plans use words such as "regular" and "acess to"") are spelled
  by the writer: a slip in them is reported, however short the quotation; a child's sounds in
  quotation marks stay theirs.
"""

from __future__ import annotations

import pytest
from language_helpers import errors as _errors

from ehcaudit.language.harper_engine import HarperEngine, get_engine


@pytest.fixture(scope="module")
def engine() -> HarperEngine:
    return get_engine()


@pytest.mark.parametrize("text", [
    "In the survey, 39% of carers said that they had had to reduce their working hours or give up work.",
    "By the time the plan arrived, the family had had three changes of caseworker.",
    "Several parents had had no reply by the end of the month.",
    "The panel agreed that that decision should be reviewed in March.",  # "that that": an opinion only
])
def test_a_grammatical_doubling_is_no_error(engine, text):
    assert _errors(engine, text) == []


def test_a_doubled_word_slip_is_still_found(engine):
    assert ("grammar", "the the") in [(k, t.lower()) for k, t in _errors(engine, "We sent the the letter on Monday.")]


@pytest.mark.parametrize("text", [
    "Carers told us their working hours had been cut.",
    "Young people said their working week at college was too long.",
    "The forum thanks families for their coming together at the summer event.",
    "The board noted their doing so without extra funding.",
    "Families reported their making of complaints had been slow.",
])
def test_their_before_a_modifier_or_a_gerund_is_the_possessive(engine, text):
    assert _errors(engine, text) == []


@pytest.mark.parametrize("text", [
    "The staff say their working hard to clear the backlog.",
    "Parents tell us their doing the best they can.",
    "I think their going to agree to the change.",
])
def test_their_for_theyre_is_still_found(engine, text):
    assert ("grammar", "their") in [(k, t.lower()) for k, t in _errors(engine, text)]


@pytest.mark.parametrize(("text", "slip", "word"), [
    ("The quality of plans across the area is too varable.", "varable", "variable"),
    ("Headteachers said the guidance was not relable enough.", "relable", "reliable"),
])
def test_a_word_one_letter_short_is_a_slip(engine, text, slip, word):
    found = [i for i in engine.check(text) if i.kind == "spelling" and i.text == slip]
    assert found and word in found[0].suggestions


@pytest.mark.parametrize("text", [
    "The new cups are chewable and the bottles are refillable.",
    "Her employability has improved since the placement started.",
])
def test_a_derived_word_is_not_a_slip(engine, text):
    assert _errors(engine, text) == []


@pytest.mark.parametrize(("text", "slip"), [
    ('Some plans describe provision with words such as "regular", "acess to" and "as appropriate".', "acess"),
    ('Ask her to retell a story using time words like "frist", "next" and "at the end".', "frist"),
    ('Reports still use terms such as "challanging" and "non-compliant".', "challanging"),
])
def test_a_slip_in_words_cited_as_words_is_the_writers(engine, text, slip):
    assert ("spelling", slip) in _errors(engine, text)


@pytest.mark.parametrize("text", [
    'She says "bockle" for bottle and "nana" for banana.',  # the child's own sounds
    'He uses words of his own, such as "nom nom" for dinner.',  # not a list the writer cites as words
])
def test_a_childs_own_words_in_quotation_marks_stay_theirs(engine, text):
    assert _errors(engine, text) == []
