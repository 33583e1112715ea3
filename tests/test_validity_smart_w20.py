"""Round 20 (set W), PC area: a council's service named after special educational needs in the
letterhead is not Section B, so the front matter under it (age, year group) is still read."""

import re

from ehcaudit.clauses import provision_clause
from ehcaudit.reader.headings import classify
from ehcaudit.rubric.files import default_rubric_path
from ehcaudit.rubric.schema import load_rubric


def test_service_name_in_letterhead_is_not_section_b():
    assert classify("Special Educational Needs and Disabilities (SEND) Casework and Placement Service", "strong") is None
    assert classify("Special Educational Needs Assessment Team", "strong") is None
    assert classify("Special Educational Needs Department", "cell") is None


def test_section_b_titles_still_headings():
    assert classify("Special educational needs and disabilities", "strong") == "B"
    assert classify("Special educational needs (identified by the assessment)", "strong") == "B"
    assert classify("Section B: Special educational needs", "strong") == "B"
    assert classify("B – Special Educational Needs", "cell") == "B"


# -- PC-OUTCOME-NOT-PROVISION: allowances and what the child was taught -----------------------------



def _params(cid):
    rub = load_rubric(default_rubric_path())
    return next(c for c in rub.criteria if c.id == cid).check.model_extra


def _nouns():
    nouns = _params("PC-OUTCOME-NOT-PROVISION")["provision_nouns"]
    return re.compile("|".join(f"(?:{x})" for x in nouns), re.IGNORECASE)


def test_allowance_granted_is_provision():
    n = _nouns()
    assert provision_clause("Leo will have a sensory break every hour and an exit card.", n)
    assert provision_clause("Maya has a lift pass for the science block.", n)


def test_child_taking_a_break_is_not_provision():
    n = _nouns()
    assert provision_clause("Leo will ask for a break using his card when he feels overloaded.", n) is None


def test_what_the_child_was_taught_is_the_object_not_provision():
    n = _nouns()
    assert provision_clause("By March 2027, Omar will spell 20 of the 25 words he has been taught correctly.", n) is None
    assert provision_clause("Priya will use the breathing steps which she was taught in 4 of 5 check-ins.", n) is None


def test_being_taught_as_main_verb_is_still_provision():
    n = _nouns()
    assert provision_clause("Omar will be taught his spellings daily.", n)
    assert provision_clause("By July, he will be given 1:1 support.", n)


# -- PC-PFA: vocational qualifications are employment --------------------------------------------

def _employment():
    t = next(t for t in _params("PC-PFA")["themes"] if t["name"].startswith("employment"))
    return re.compile("|".join(f"(?:{x})" for x in t["patterns"]), re.IGNORECASE)


def test_vocational_qualification_is_employment():
    r = _employment()
    assert r.search("By June 2027, Dan will pass Functional Skills maths at Entry Level 3.")
    assert r.search("Dan will gain a Level 2 Diploma in Carpentry.")
    assert r.search("Zoe will send her UCAS form by January.")


def test_reading_level_is_not_employment():
    r = _employment()
    assert not r.search("Dan will read a book at a level 2 reading band with 95% accuracy.")


# -- PC-SMART: provision written as an outcome, its date and measure cells left empty ----------------

def _table(rows: list[list[str]]):
    from test_validity_person_centred_g import build
    return build([("E", text, None, (0, r, c)) for r, row in enumerate(rows) for c, text in enumerate(row) if text])


_HEAD = ["Outcome", "By when", "How we will know"]
_GOOD = ["Leah will read 40 of the 100 high-frequency words on sight.", "March 2027", "Reading record kept weekly."]
_GOOD2 = ["Leah will write three sentences with capital letters and full stops.", "July 2027", "Writing samples."]


def test_smart_provision_row_with_blank_date_and_measure_is_flagged():
    from validity_helpers import flagged, run
    plan = _table([_HEAD, _GOOD, ["Leah will have a movement break every 30 minutes.", "", ""], _GOOD2])
    res = run(plan, "PC-SMART")
    assert flagged(res)
    assert any("left blank" in f.message for f in res.findings)


def test_smart_provision_row_with_its_cells_filled_is_left_to_outcome_not_provision():
    from validity_helpers import flagged, run
    plan = _table([_HEAD, _GOOD, ["Leah will have a movement break every 30 minutes.", "July 2027", ""], _GOOD2])
    assert not flagged(run(plan, "PC-SMART"))
