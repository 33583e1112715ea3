"""A plan's own abbreviations (checks/_glossary.py) and LG-JARGON's "explained where first used"
read initials by one rule, ``expansion_start``: small words skipped, or taken for a letter only
where the abbreviation needs them."""

from __future__ import annotations

import pytest

from ehcaudit.checks._glossary import abbreviations, expansion_start
from ehcaudit.checks.language_jargon import _initials_match


@pytest.mark.parametrize(("text", "abbr", "expansion"), [
    ("Support from 2 Learning Support Practitioners (LSPs) each morning.", "LSPs", "Learning Support Practitioners"),
    ("Advice from the Qualified Teacher of the Deaf (QToD) each term.", "QToD", "Qualified Teacher of the Deaf"),
    ("Visits from a Teacher of the Deaf (ToD).", "ToD", "Teacher of the Deaf"),
    ("Weekly sessions with the Speech and Language Therapist (SALT).", "SALT", "Speech and Language Therapist"),
    ("Support for English as an additional language (EAL) in class.", "EAL", "English as an additional language"),
    ("She is on a child in need (CIN) plan.", "CIN", "child in need"),
    ("The special educational needs co-ordinator (SENCo) will check.", "SENCo",
     "special educational needs co-ordinator"),
])
def test_the_plan_defines_an_abbreviation(text, abbr, expansion):
    assert abbreviations([text]) == {abbr: expansion}


@pytest.mark.parametrize("text", [
    "Checks by the nurse (SN) weekly.",  # the initials are not those of the words before the bracket
    "Reading with her teacher (T) daily.",  # one capital is no abbreviation
])
def test_no_abbreviation_where_the_initials_do_not_fit(text):
    assert abbreviations([text]) == {}


def test_glossary_and_jargon_share_the_rule():
    words = "regular visits from the Speech and Language Therapist".split()
    assert expansion_start("SALT", words) == 4
    assert _initials_match("SALT", words)
    assert expansion_start("SALT", ["visits"]) is None
    assert not _initials_match("SALT", ["visits"])
