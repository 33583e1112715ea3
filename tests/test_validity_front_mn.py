"""Sets M and N front-matter classes (round 11).

1. The plan's date under a "dated" label: "Plan dated", "EHCP dated", "Dated", a bare "Date",
   "Last updated", "Version date", in "Label: value" lines and in two-column tables.
2. A review value that gives the review held and then the next one ("Annual review meeting
   13 November 2026 - ...; next review by November 2027"): the held date is the last review; a
   value that only gives a date to come ("New plan - first annual review due by March 2027",
   "it will be reviewed within 6 months (by March 2027)") gives none.
3. A label that names a deadline ("Review by", "To be reviewed before", "Review deadline") is
   the next review, not the last: the plan's age is then measured from its issue date.

Each class has new wording of our own plus the set's wording in exact form; the set M and N
plans are read whole too, and the criteria are run through the CLI.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from cli_inprocess import run_cli
from validity_helpers import flagged, run

from ehcaudit.reader import read_plan
from ehcaudit.reader.frontmatter import build_front, held_date, pairs_from_text

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"


def _front(text: str):
    return build_front(pairs_from_text(text))


# -- 1. the plan's date under a "dated" label ------------------------------------------------------

@pytest.mark.parametrize("text, when", [
    # the set's wording (m101, m104, m110: lines; m102, m105: the same label in a table)
    ("Plan dated: 18 September 2026", dt.date(2026, 9, 18)),
    ("Plan dated: 3 December 2025", dt.date(2025, 12, 3)),
    ("Plan dated: 20 April 2026 (amended following annual review)", dt.date(2026, 4, 20)),
    # our own wording
    ("EHCP dated: 07/02/2026", dt.date(2026, 2, 7)),
    ("This plan is dated: 7th Feb 2026", dt.date(2026, 2, 7)),
    ("Dated: 2026-02-07", dt.date(2026, 2, 7)),
    ("Date: 7 February 2026", dt.date(2026, 2, 7)),
    ("Last updated: 7.2.2026", dt.date(2026, 2, 7)),
    ("Version date: February 7, 2026", dt.date(2026, 2, 7)),
    ("Date of this version: 7 Feb 2026", dt.date(2026, 2, 7)),
])
def test_dated_labels_give_the_plan_date(text, when):
    assert _front(text).date_issued == when


def test_dated_label_does_not_take_the_date_of_birth():
    fm = _front("Date of birth: 4 May 2016\nPlan dated: 1 June 2026")
    assert fm.born == dt.date(2016, 5, 4) and fm.date_issued == dt.date(2026, 6, 1)


@pytest.mark.parametrize("text, when", [
    ("Last AR: 12 March 2026", dt.date(2026, 3, 12)),          # ours
    ("Date of last AR: 12/03/2026", dt.date(2026, 3, 12)),     # ours
    ("Last reviewed: 12 March 2026", dt.date(2026, 3, 12)),    # ours, the set's label
])
def test_last_review_labels(text, when):
    assert _front(text).last_review == when


# -- 2. the review held, then the next -----------------------------------------------------------

@pytest.mark.parametrize("value, when", [
    # the set's wording (m110)
    ("Annual review meeting 13 November 2026 – plan maintained without changes; next review by "
     "November 2027", dt.date(2026, 11, 13)),
    # the set's wording: only a date to come (m104, m101, m106)
    ("New plan – first annual review due by March 2027", None),
    ("Not applicable – this is Maryam's first plan. As Maryam is under five, it will be reviewed within "
     "6 months (by March 2027).", None),
    ("Not applicable – new plan; first annual review due by October 2027", None),
    # our own wording
    ("Held 2 May 2026 (next one due May 2027)", dt.date(2026, 5, 2)),
    ("Reviewed at a meeting on 02/05/2026, plan amended; the next review will be in May 2027",
     dt.date(2026, 5, 2)),
    ("First plan: this plan will be reviewed in May 2027", None),
    ("Six-monthly: May 2027", None),
])
def test_held_date_skips_dates_to_come(value, when):
    assert held_date(value) == when


def test_last_review_held_then_next():
    fm = _front("Plan dated: 3 December 2025\nLast reviewed: Annual review meeting 13 November 2026 – plan "
                "maintained without changes; next review by November 2027")
    assert fm.date_issued == dt.date(2025, 12, 3)
    assert fm.last_review == dt.date(2026, 11, 13)


# -- 3. a label naming a deadline is the next review ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Review by: September 2026",                # the set's label (n206)
    "To be reviewed before: 1 September 2026",  # ours
    "Review deadline: 01/09/2026",              # ours
    "Review no later than: Sept 2026",          # ours
    "Plan will be reviewed: September 2026",    # ours
])
def test_deadline_labels_are_not_the_last_review(text):
    fm = _front("EHCP finalised on: 19 September 2025\n" + text)
    assert fm.last_review is None
    assert fm.date_issued == dt.date(2025, 9, 19)


# -- the set plans, read whole ---------------------------------------------------------------------

@pytest.mark.parametrize("name, issued, reviewed", [
    ("M/plans/m101.docx", dt.date(2026, 9, 18), None),
    ("M/plans/m102.docx", dt.date(2026, 10, 5), None),     # table
    ("M/plans/m103.docx", dt.date(2025, 9, 16), None),
    ("M/plans/m105.docx", dt.date(2026, 6, 19), None),     # table
    ("M/plans/m110.docx", dt.date(2025, 12, 3), dt.date(2026, 11, 13)),
    ("N/plans/n206.docx", dt.date(2025, 9, 19), None),     # "Review by | September 2026"
])
def test_set_m_n_front_matter(name, issued, reviewed):
    fm = read_plan(SETS / name).front
    assert (fm.date_issued, fm.last_review) == (issued, reviewed)


def _table_plan(tmp_path, rows: list[tuple[str, str]]) -> Path:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Education, Health and Care Plan")
    t = d.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = label, value
    d.add_paragraph("Section A: Views, interests and aspirations")
    d.add_paragraph("Tom likes buses and drawing. He wants to be a bus driver.")
    d.add_paragraph("Section B: Special educational needs")
    d.add_paragraph("Tom has a language disorder and finds it hard to follow long instructions.")
    f = tmp_path / "plan.docx"
    d.save(f)
    return f


@pytest.mark.parametrize("rows, is_flagged", [
    ([("Plan dated", "14 August 2026"), ("Last reviewed", "New plan – first review due by August 2027")], False),
    ([("Dated", "14/08/2026")], False),
    ([("EHCP finalised on", "3 October 2025"), ("Review by", "October 2026")], True),
    ([("Date", "3 October 2025"), ("Last reviewed", "Review held 20 November 2026; next by November 2027")], False),
])
def test_annual_review_from_a_table(tmp_path, rows, is_flagged):
    plan = read_plan(_table_plan(tmp_path, rows))
    assert flagged(run(plan, "CA-ANNUAL-REVIEW")) is is_flagged


@pytest.mark.parametrize("name, is_flagged", [
    ("M/plans/m110.docx", False),   # plan dated 3 December 2025, reviewed 13 November 2026
    ("M/plans/m104.docx", False),   # plan dated 11 March 2026, first review due by March 2027
    ("N/plans/n206.docx", True),    # finalised 19 September 2025, "Review by September 2026"
])
def test_annual_review_through_the_cli(name, is_flagged):
    # the CLI's own code in this process (tests/cli_inprocess.py): a separate process is not what
    # is tested here, and each one costs about 1.7 s of processor time to start
    out = run_cli("score", SETS / name, "--format", "json", "--as-of", "2026-12-01")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    res = next(r for r in data["plans"][0]["criteria"] if r["id"] == "CA-ANNUAL-REVIEW")
    assert (res["rag"] in ("amber", "red")) is is_flagged, res
