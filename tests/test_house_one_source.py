"""One source for each rule (issue 18): rules that were written twice now come from one place, and
every reader of the rule still reads as it did.

- how plans spell "receive" (clauses.RECEIVE_STEM): a provision clause's verb and a K note that
  advice never arrived;
- the verbs that name who records a measure (clauses.RECORD_VERBS): an outcome's closing frame and
  the recorder clause the person-centred checks drop;
- what a glossary is called (reader/advice_items._GLOSSARY_NAME): as a sub-heading and as a label;
- an outcome's code or number in front of its line (text.OUTCOME_CODE, text.OUTCOME_NUMBER).
"""

from __future__ import annotations

import re

import pytest

from ehcaudit.checks._outcomes import ENUM_RE
from ehcaudit.checks._pc_reading import without_recorder
from ehcaudit.clauses import RECEIVE_STEM, RECORD_VERBS, outcome_core, provision_clause
from ehcaudit.reader import advice as adv
from ehcaudit.reader.advice_items import _GLOSSARY_LEAD_RE, _GLOSSARY_RE
from ehcaudit.text import OUTCOME_CODE, OUTCOME_NUMBER

_THERAPY = re.compile(r"\bphysiotherapy\b|\bsessions?\b", re.IGNORECASE)


@pytest.mark.parametrize("spelt", ["received", "recieved", "receved", "recevied"])
def test_a_misspelt_received_still_says_the_advice_never_came(spelt):
    assert adv.not_received(f"Physiotherapy report asked for in March; not yet {spelt}")
    assert re.fullmatch(rf"{RECEIVE_STEM}(?:ed|ied)", spelt)


@pytest.mark.parametrize("verb", ["receive", "recieve", "receives", "recieves"])
def test_receiving_provision_is_read_whatever_the_spelling(verb):
    clause = provision_clause(f"Jo will {verb} weekly physiotherapy sessions.", _THERAPY)
    assert clause is not None


def test_the_not_received_note_and_the_template_row_are_still_reached_through_reader_advice():
    assert adv.is_template_row("Advice and information requested")
    assert not adv.not_received("Speech and language therapy advice received 4 May 2026")


@pytest.mark.parametrize("verb", [v for v in RECORD_VERBS.split("|")])
def test_every_recording_verb_closes_an_outcome_and_is_dropped_as_its_recorder(verb):
    outcome = f"By the end of Year 4, Jo will walk 50 metres unaided, {verb} by the physiotherapist."
    assert outcome_core(outcome) == "Jo will walk 50 metres unaided."
    assert "physiotherapist" not in without_recorder(outcome)


def test_words_that_close_only_a_sentence_stay_inside_one():
    # "shown" ends an outcome's frame, but inside a sentence it is what the outcome says
    assert outcome_core("By July 2027, Jo will paint a picture, shown by her teacher.") == "Jo will paint a picture."
    assert "drawings" in without_recorder("Jo likes the stories shown in her drawings")


@pytest.mark.parametrize("heading", ["Acronyms", "Key  terms used", "What some of the words in this plan mean"])
def test_a_glossary_is_known_by_one_list_of_names_as_heading_and_as_label(heading):
    assert _GLOSSARY_RE.search(heading)
    label = _GLOSSARY_LEAD_RE.match(f"{heading}: OT - occupational therapist")
    assert label is not None and label.group(1) == "OT - occupational therapist"


def test_a_line_that_only_names_the_plan_is_not_a_glossary_label():
    assert _GLOSSARY_LEAD_RE.match("Advice from the school: report attached") is None


@pytest.mark.parametrize("lead, code", [("E1", True), ("B2.3:", True), ("O4)", True), ("3.", False), ("2.1)", False)])
def test_an_outcome_code_or_number_is_one_rule(lead, code):
    assert bool(re.fullmatch(OUTCOME_CODE, lead)) is code
    assert bool(re.fullmatch(OUTCOME_NUMBER, lead)) is not code
    assert ENUM_RE.match(f"{lead} Jo will count to 20.")


def test_a_bare_number_is_not_an_outcome_number():
    assert not re.fullmatch(OUTCOME_NUMBER, "12")
    assert ENUM_RE.match("12 children in the class") is None
