"""Validity classes from sets AE and AF (round 32) in health and social care (HC-*, SC-*): each
class in words of our own, with its boundary.

1. A section's own title written as the first line of its cell ("Health care provision", "Social
   care provision (Chronically Sick and Disabled Persons Act 1970)", "Other social care provision")
   is never the unit judged: it is no provision item, and a table nested in the cell under it is
   still read as rows (HC-PROVISION-SPECIFIC, SC-PROVISION-SPECIFIC, and every check that splits
   provision into items).
2. The basis of a "none" in D may be social care itself deciding ("Children's Social Care looked at
   the reports and advised on <date> that no assessment is needed") (SC-NEEDS).
3. A legal status, however the sentence reaches it, describes no social care need (SC-NEEDS).
4. Needs said to be unknown while the advice is awaited are not described (HC-NEEDS).
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

from ehcaudit.checks._items import is_section_title
from ehcaudit.checks._table_lines import nested_table

# -- 1. a section's title opening its cell ---------------------------------------------------------

D_NONE = ["Priya has no social care needs. The Disabled Children's Team assessed the family in May 2026 and found "
          "none; short breaks on the Local Offer were explained to her parents."]
H_ITEM = ("Short breaks: a support worker from the Hollyfield Home Care Service will take Priya swimming for 3 hours "
          "every other Saturday, arranged by the Disabled Children's Team.")


@pytest.mark.parametrize("title", [
    "Social care provision (Chronically Sick and Disabled Persons Act 1970)",
    "Social care provision (section 2, CSDPA 1970)",
    "Other social care provision",
    "Social care provision",
])
def test_a_social_care_title_opening_the_cell_is_not_an_item(title):
    res = run(care_builder.build({"D": D_NONE, "H1": [f"{title}\n{H_ITEM}"]}), "SC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)
    assert all(title != f.quote for f in res.findings)


@pytest.mark.parametrize("title", [
    "Social care provision (Chronically Sick and Disabled Persons Act 1970)",
    "Other social care provision",
])
def test_a_title_above_none_leaves_none(title):
    res = run(care_builder.build({"D": D_NONE, "H1": [f"{title}\nNone."]}), "SC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_an_unquantified_item_under_the_title_is_still_flagged():
    # the boundary: dropping the title leaves the item under it to be judged as before
    cell = "Social care provision (Chronically Sick and Disabled Persons Act 1970)\nShort breaks as needed."
    assert flagged(run(care_builder.build({"D": D_NONE, "H1": [cell]}), "SC-PROVISION-SPECIFIC"))


G_TABLE = "\n".join([
    "Health care provision",
    "Provision", "Who", "How often / how long",
    "G1 Asthma review and inhaler technique check", "Practice nurse, Elm Road Surgery", "Every 6 months, 20 minutes",
    "G2 Training for class staff in using Ben's inhaler and spacer", "School nursing team", "Once a year, 1 hour, each September",
])


def test_a_nested_table_under_the_health_title_is_read_as_rows():
    lead, header, rows = nested_table(G_TABLE) or ([], [], [])
    assert lead == ["Health care provision"]
    assert header == ["Provision", "Who", "How often / how long"]
    assert len(rows) == 2
    res = run(care_builder.build({"C": ["Ben has asthma and uses an inhaler with a spacer."], "G": [G_TABLE]}),
              "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("line", [
    "Health care provision",
    "Health provision",
    "Social care provision (Chronically Sick and Disabled Persons Act 1970)",
    "Other social care provision",
])
def test_titles_are_section_titles(line):
    assert is_section_title(line)


@pytest.mark.parametrize("line", [
    "Health provision will be reviewed each year by the school nurse",
    "Social care provision: a support worker for 4 hours every Saturday",
    "Direct payments (4 hours a week)",  # provision in H, not Section J's title
    "Short breaks",
])
def test_provision_that_starts_like_a_title_is_not_one(line):
    assert not is_section_title(line)


# -- 2. social care itself as the basis of a none --------------------------------------------------

@pytest.mark.parametrize("basis", [
    "Children's Social Care looked at the reports and advised on 3 June 2026 that no assessment is needed.",
    "Children’s Social Care considered the annual review papers and advised in May 2026 that no assessment is required.",
    "Adult Social Care reviewed the information in April 2026 and decided that no assessment was needed.",
    "Social services considered the referral on 2 March 2026 and concluded that no further action was needed.",
])
def test_social_care_deciding_is_the_basis_of_a_none(basis):
    d = [f"Omar has no social care needs relating to his special educational needs. {basis}"]
    res = run(care_builder.build({"D": d}), "SC-NEEDS")
    assert not flagged(res), why(res)


def test_a_none_with_no_one_deciding_is_still_flagged():
    # the boundary: social care named, but nobody looked or advised
    d = ["Omar has no social care needs relating to his special educational needs. The family know about social care."]
    assert flagged(run(care_builder.build({"D": d}), "SC-NEEDS"))


# -- 3. a status, however the sentence reaches it --------------------------------------------------------

@pytest.mark.parametrize("d", [
    "Sami is an unaccompanied young person and is looked after by the council under section 20 of the Children Act 1989.",
    "Lena is a refugee child who has been in foster care since January 2026 under a care order.",
    "Amir is looked after by the council and has been in foster care since 2025.",
])
def test_a_status_however_reached_describes_no_need(d):
    assert flagged(run(care_builder.build({"D": [d]}), "SC-NEEDS"))


def test_a_status_with_a_need_is_described():
    # the boundary: the same status with what the child needs is a description
    d = ["Sami is an unaccompanied young person looked after under section 20; he has nightmares and needs an adult "
         "he trusts nearby at bedtime, and help from his key worker to manage money and travel."]
    res = run(care_builder.build({"D": d}), "SC-NEEDS")
    assert not flagged(res), why(res)


# -- 4. health needs unknown while advice is awaited -----------------------------------------------

@pytest.mark.parametrize("c", [
    "Ruby's health needs are not known at this time. She has been referred to the paediatric clinic and their report is awaited.",
    "Her health needs are not yet known. The community paediatrician's advice is still awaited.",
    "Jay's needs are not known yet. A referral has gone to CAMHS and their advice is outstanding.",
])
def test_health_needs_unknown_while_advice_is_awaited(c):
    assert flagged(run(care_builder.build({"C": [c]}), "HC-NEEDS"))


def test_health_needs_described_are_still_read():
    # the boundary: needs said and described pass, even with a further report to come
    c = ["Ruby has type 1 diabetes; she checks her blood glucose before lunch and needs an adult to help her count "
         "carbohydrates. A dietitian's report is awaited."]
    res = run(care_builder.build({"C": c}), "HC-NEEDS")
    assert not flagged(res), why(res)


# -- 5. a symptom limited to the school day is the worry's -------------------------------------------

G_CAMHS = ["- CAMHS: 8 weekly sessions of cognitive behavioural therapy for anxiety, 50 minutes each, from January 2027."]
E_WORRY = ["By July 2027, Leo will use his calm plan to come into class within 10 minutes of arriving on 4 days out of 5."]


@pytest.mark.parametrize("symptom", [
    "He has headaches and sleeps badly on school nights.",
    "She finds it hard to get to sleep before school days and often feels sick in the morning.",
    "He has tummy aches on school mornings and trouble sleeping on Sunday nights.",
    "He lies awake before going back to school after a holiday.",
])
@pytest.mark.parametrize("criterion", ["HC-NEEDS-MET", "HC-OUTCOMES"])
def test_sleep_limited_to_the_school_day_is_the_worrys(symptom, criterion):
    c = [f"Leo has an anxiety disorder, diagnosed by CAMHS in May 2026. {symptom}"]
    res = run(care_builder.build({"C": c, "G": G_CAMHS, "E": E_WORRY}), criterion)
    assert not flagged(res), why(res)


def test_sleep_with_no_such_limit_is_a_need_of_its_own():
    # the boundary: poor sleep most nights, not tied to school, is a need the anxiety provision does not meet
    c = ["Leo has an anxiety disorder, diagnosed by CAMHS in May 2026. He wakes three or four times most nights "
         "and has been prescribed melatonin."]
    assert flagged(run(care_builder.build({"C": c, "G": G_CAMHS, "E": E_WORRY}), "HC-NEEDS-MET"))
