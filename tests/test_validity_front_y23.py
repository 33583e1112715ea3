"""Set Y (round 23), front: how Section K's advice items are read.

1. Reader (Section K): some councils type an advice item's fields with semicolons between them
   ("Title; who gave it; date"). The semicolon ends the title when what stands before it names a
   piece of advice, so the giver is read whole - a service or team alone ("Neurodevelopmental
   Service", "College SALT") is who gave it - and the kind comes from the title, not from the
   giver's role ("Social care advice; Preparing for Adulthood social worker" is social care advice).
   Boundary: an item with a title and a date but no giver is still undated-or-unattributed; a
   semicolon inside brackets, or one joining two advices in a title, is not a field break.
2. Reader (Section K): a note that an advice was requested but never came is that note when
   "received" is misspelt ("has not been recieved"): the advice is missing (CA-STATUTORY-ADVICE,
   HC-ADVICE), not an item of advice. Boundary: an advice that was received on a date is an item.

Each class has wording of our own, its boundary, and the set's plans read whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from validity_helpers import flagged, run, why

from ehcaudit.reader import read_plan
from ehcaudit.reader.advice import not_received, split_item

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"


def _plan(tmp_path, text: str):
    p = tmp_path / "plan.md"
    p.write_text(text, encoding="utf-8")
    return read_plan(p)


# -- 1. fields typed with semicolons -----------------------------------------------------------------

@pytest.mark.parametrize(("line", "title", "author"), [
    ("Autism assessment report; Kestrel Neurodevelopmental Pathway; 14/02/2026",
     "Autism assessment report", "Kestrel Neurodevelopmental Pathway"),
    ("Dietetic advice ; Children's Dietetic Team ; 2 March 2026", "Dietetic advice", "Children's Dietetic Team"),
    ("Personal education plan (PEP); Virtual School head; 5 March 2026",
     "Personal education plan (PEP)", "Virtual School head"),
    ("Sensory profile; 12 January 2026; Occupational therapist, Brook Lane Clinic",
     "Sensory profile", "Occupational therapist, Brook Lane Clinic"),
    ("Jo's views; Jo, with her tutor; 4 June 2026", "Jo's views", "Jo, with her tutor"),
    ("Psychological advice; Dr Ann Vale, educational psychologist, County EP Service; 9 May 2026",
     "Psychological advice", "Dr Ann Vale, educational psychologist, County EP Service"),
])
def test_semicolon_fields_give_the_whole_giver(line, title, author):
    got_title, got_author, date, _dt = split_item(line)
    assert (got_title, got_author) == (title, author)
    assert date is not None


@pytest.mark.parametrize("line", [
    "Speech and language therapy report; 18 May 2026",  # a title and a date: nobody named
    "Hearing assessment;  3 June 2026",
])
def test_semicolon_item_without_a_giver_still_has_none(line):
    assert split_item(line)[1] is None


@pytest.mark.parametrize(("line", "title"), [
    # a semicolon inside brackets, or joining two advices, is not a field break
    ("Medical advice (epilepsy; sleep) – Dr Rao, 3 May 2026", "Medical advice (epilepsy; sleep)"),
    ("Speech and language therapy; audiology – Ms Penn, 3 May 2026", "Speech and language therapy; audiology"),
])
def test_semicolons_that_are_not_field_breaks(line, title):
    assert split_item(line)[0] == title


_K_SEMI = ("Date of issue: 2 July 2026\n\n# Section K: Advice and information\n\n"
           "- Parents' views; Sam's mum and dad; 3 May 2026\n"
           "- Educational advice; Head of Centre, Moor Lane Learning Centre; 1 May 2026\n"
           "- Social care advice; Preparing for adulthood social worker, Adult Social Care; 14 April 2026\n"
           "- Autism diagnostic report; Shire Neurodevelopmental Service; 22 April 2026\n"
           "- SALT report; College SALT; 18 May 2026\n")


def test_semicolon_k_list_is_attributed_and_kinds_come_from_titles(tmp_path):
    plan = _plan(tmp_path, _K_SEMI)
    assert [a.title for a in plan.advice] == ["Parents' views", "Educational advice", "Social care advice",
                                              "Autism diagnostic report", "SALT report"]
    assert all(a.author for a in plan.advice)
    assert plan.advice[2].kind == "social_care"
    assert not flagged(run(plan, "CA-DATED")), why(run(plan, "CA-DATED"))


def test_semicolon_k_list_item_with_no_giver_is_still_flagged(tmp_path):
    plan = _plan(tmp_path, _K_SEMI + "- Physiotherapy report; 2 May 2026\n")
    res = run(plan, "CA-DATED")
    assert flagged(res)
    assert any("who gave it" in m and "Physiotherapy" in q for k, m, q in why(res) if k == "issue")


@pytest.mark.parametrize("name", ["y201.docx", "y205.docx", "y209.docx"])
def test_set_y_semicolon_items_are_attributed(name):
    plan = read_plan(SETS / "Y" / "plans" / name)
    assert all(a.author for a in plan.advice), [a.quote for a in plan.advice if not a.author]
    assert not flagged(run(plan, "CA-DATED"))


def test_set_y_social_care_advice_with_a_pfa_worker_is_social_care():
    plan = read_plan(SETS / "Y" / "plans" / "y205.docx")
    assert not flagged(run(plan, "SC-ADVICE"))


# -- 2. a misspelt "not received" note -----------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Medical advice was requested from the community paediatrician on 3 March 2026 and has not been recieved.",
    "Health advice: requested 3 March 2026, not yet recevied",
    "No report was recieved from the paediatric service.",
    "Paediatric advice | requested 12/02/2026 | not receved",
])
def test_misspelt_not_received_note_is_a_missing_advice(line):
    assert not_received(line)


@pytest.mark.parametrize("line", [
    "Medical advice – Dr Shah, received 3 March 2026",
    "Paediatric report recieved on 3 March 2026 from Dr Shah",
])
def test_advice_that_came_is_not_a_missing_note(line):
    assert not not_received(line)


def test_therapy_report_beside_a_misspelt_missing_medical_advice_is_flagged(tmp_path):
    plan = _plan(tmp_path, "Date of issue: 2 July 2026\n\n# Section K: Advice and information\n\n"
                           "- Parents' views – Mr and Mrs Dean, 3 May 2026\n"
                           "- Speech and language therapy report – Ms Cole, speech and language therapist, 8 May 2026\n\n"
                           "Medical advice was asked for from the community paediatrician on 2 March 2026 and has "
                           "not been recieved.\n")
    assert not any(a.title.startswith("Medical advice") for a in plan.advice)
    assert flagged(run(plan, "HC-ADVICE"))
    assert flagged(run(plan, "CA-STATUTORY-ADVICE"))


def test_set_y_missing_medical_advice_is_found():
    plan = read_plan(SETS / "Y" / "plans" / "y205.docx")
    assert flagged(run(plan, "HC-ADVICE"))
    assert flagged(run(plan, "CA-STATUTORY-ADVICE"))
