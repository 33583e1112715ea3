"""Metamorphic tests for PR-VAGUE-WORDING (round 25): each woolly token also has plain senses.

A specific item is written with a vague token's other senses (a month, a name, a time, a scheme's name, a
school subject, a group size) and must pass; the same item with the token used as woolly wording must
still be flagged.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

ITEM = "Precision teaching of spellings, 1:1 with a trained teaching assistant, 3 x 15 minutes a week"


def _run(line: str):
    return run(care_builder.build({"A": ["Sam likes drawing."], "F": [f"- {line}"]}), "PR-VAGUE-WORDING")


PLAIN = [
    # "May" the month, anywhere in a sentence, and a person's name
    f"{ITEM}, from May 2027.", f"{ITEM}, starting on 4 May 2027.", f"{ITEM}, until the May half-term.",
    f"{ITEM}, reviewed in May.", f"{ITEM}, from the end of May.", f"{ITEM}, reviewed each May and November.",
    f"{ITEM}; Mrs May (the SENCo) will check the records.", f"{ITEM}, reviewed by May Lin, the SENCo.",
    f"{ITEM}, from 1st May.", f"{ITEM} (January to May 2027).",
    # "up to": a time, a stage, a date kept current, a group
    f"{ITEM}, in the run-up to the Year 6 tests.", f"{ITEM}, in the lead-up to his move to secondary school.",
    f"{ITEM}, every week up to and including Year 11.", f"{ITEM}; the TA keeps the record up to date.",
    f"{ITEM}, in the weeks leading up to each test.", f"{ITEM}, in a group of up to 4 pupils.",
    # a scheme's or service's name
    f"{ITEM}, funded by Access to Work.", f"{ITEM}; the Access to Education team will advise.",
    # a school subject or a topic
    f"{ITEM}, using words from the periodic table in science.",
    # a record of an agreement already made
    f"{ITEM}, as agreed with Sam at his annual review.",
]


@pytest.mark.parametrize("line", PLAIN)
def test_a_plain_sense_of_a_vague_token_is_not_vague(line):
    res = _run(line)
    assert not flagged(res), why(res)


WOOLLY = [
    f"{ITEM}, and may also have extra sessions.", f"{ITEM}, with up to 3 more sessions if needed.",
    f"{ITEM}, and access to a quiet room.", f"{ITEM}, with periodic reviews.", f"{ITEM}, with regular check-ins.",
    f"{ITEM}, with more hours as agreed with the school.", f"{ITEM}, where possible.",
    f"{ITEM}; he should have a laptop.",
]


@pytest.mark.parametrize("line", WOOLLY)
def test_a_woolly_use_of_the_token_is_still_flagged(line):
    res = _run(line)
    assert flagged(res), why(res)
