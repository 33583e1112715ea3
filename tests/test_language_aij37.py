"""Proofreading classes from sets AI and AJ's first runs (session 19), in words of our own:

- a word ending cited on its own ("endings such as '-s' and '-ed'", "(-ing)") is no word to spell;
- a word made of a known word and a clinical or common prefix ("bifrontal", "hypersalivation",
  "periorbital") is a derived word, not a misspelling, as "reinspection" already was;
- "and" joining two clauses is no compound subject ("my leg aches and my breathing gets fast"), and
  no compound object after a preposition ("hard for me and I don't like it");
- the errors those rules exist for are still found.
"""

from __future__ import annotations

import pytest
from language_helpers import errors as _errors

from ehcaudit.language.harper_engine import HarperEngine, get_engine


@pytest.fixture(scope="module")
def engine() -> HarperEngine:
    return get_engine()


@pytest.mark.parametrize("text", [
    "He often drops word endings such as '-s' and '-ed' when he reads aloud.",
    "She adds the ending (-ing) to verbs that do not need it.",
    "Practise the suffixes \"-ful\" and \"-less\" each week.",
    "The scan showed bifrontal changes and mild periorbital swelling.",
    "Staff noticed hypersalivation after lunch.",
    "When I run, my leg aches and my breathing gets fast.",
    "Spelling is hard for me and I don't like reading aloud in class.",
    "It is too noisy for me and I can't hear the teacher.",
])
def test_no_false_alarm(engine, text):
    assert _errors(engine, text) == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("The teacher and the SENCo has agreed the plan.", "has"),
    ("Please send the forms to her mother or I.", "I"),
    ("He wrote teh date at the top.", "teh"),
    ("She is learning to add -ing to verbs and spell 'runing' correctly.", "runing"),
])
def test_the_errors_are_still_found(engine, text, wrong):
    assert wrong in [t for _, t in _errors(engine, text)]
