"""Validity classes from sets K and L (round 9) in health (HC-*), social care (SC-*) and currency
(CA-*): each class with the set's sentence in its exact wording and a new one in other words."""

from __future__ import annotations

from pathlib import Path

import care_builder
import pytest
from validity_helpers import flagged, run, why

from ehcaudit.reader import read_plan
from ehcaudit.reader.advice_items import _table_after_intro

SETS = Path(__file__).parent.parent / "benchmarks" / "validity" / "sets"


# -- Section K: a nested advice table with an intro sentence before its header ----------------------

@pytest.mark.parametrize("intro", [
    # set K, k211 (exact wording)
    "The advice below was gathered for Nadia's annual review in June 2026 and replaces the advice from her "
    "original assessment in 2019.",
    # in other words: an intro that also names a column word ("from", "advice")
    "All of the reports listed here came from the professionals who know Sam best and were read in full.",
])
def test_an_intro_sentence_is_not_read_as_the_nested_tables_first_header(intro):
    lines = [intro, "Advice", "From", "Date",
             "Medical advice", "Dr Ana Lopes, Community Paediatrician", "03/03/2026",
             "Social care advice", "Mr Ben Hale, Social Worker", "12/04/2026"]
    lead, rows = _table_after_intro(lines)
    assert lead == [intro]
    assert rows == ["Medical advice \u2013 Dr Ana Lopes, Community Paediatrician, 03/03/2026",
                    "Social care advice \u2013 Mr Ben Hale, Social Worker, 12/04/2026"]


def test_a_table_with_no_intro_reads_as_before():
    lines = ["Advice", "Given by", "Date", "Parents' views", "Mum and Dad", "01/02/2026"]
    assert _table_after_intro(lines) == ([], ["Parents' views \u2013 Mum and Dad, 01/02/2026"])


def test_k211_advice_items_carry_their_own_authors_and_dates():
    plan = read_plan(SETS / "K" / "plans" / "k211.docx")
    by_title = {a.title: a for a in plan.advice}
    assert by_title["Social care advice"].date_text == "29/01/2026"
    assert by_title["Medical advice"].author.startswith("Dr Omar Farouk")
    assert all(a.date is not None for a in plan.advice)
    for cid in ("CA-DATED", "SC-ADVICE", "HC-ADVICE", "CA-STATUTORY-ADVICE"):
        res = run(plan, cid)
        assert not flagged(res), (cid, why(res))


# -- HC-NEEDS-MET / HC-OUTCOMES: a condition its own item of C says is over ----------------------

OVER = [
    # set K, k101 (exact wording): a label sentence, then the history and the discharge
    "C2 Heart. Poppy's heart condition (an atrioventricular septal defect, a hole between the chambers of the "
    "heart) was repaired when she was five months old. The cardiology team discharged her in March 2026 with no "
    "limits on play or activity, so there is no current health need.",
    # set K, k201 (exact wording)
    "Rosie has Down syndrome. A small hole in her heart closed without treatment, and the cardiology team "
    "discharged her in 2025.",
    # in other words
    "Epilepsy: Sami had seizures as a toddler. The neurology team discharged him last year and he has no "
    "current health needs from this.",
]


@pytest.mark.parametrize("c", OVER)
@pytest.mark.parametrize("cid", ["HC-NEEDS-MET", "HC-OUTCOMES"])
def test_a_condition_its_item_says_is_over_is_no_need(c, cid):
    hearing = "Mild hearing loss from glue ear in both ears; it is worse in a noisy room."
    plan = care_builder.build({"C": [f"- {hearing}", f"- {c}"],
                               "G": ["- An audiologist from the Children's Hearing Service will test her hearing "
                                     "every 6 months at a 45-minute clinic appointment."],
                               "E": ["- By July 2027, she will tell an adult when her hearing makes a noisy room hard, "
                                     "in 4 out of 5 lessons (teacher log)."]})
    res = run(plan, cid)
    assert not flagged(res), why(res)


def test_a_current_condition_beside_another_that_is_over_is_still_a_need():
    c = ("Asthma: Leo uses a reliever inhaler before PE and had three attacks at school this year. "
         "His eczema has cleared and the dermatology team discharged him in 2025.")
    plan = care_builder.build({"C": [f"- {c}"], "G": ["- No health provision is needed."],
                               "E": ["- By July 2027, the child will read 30 words on sight."]})
    assert flagged(run(plan, "HC-NEEDS-MET"))


# -- C: a difficulty the sentence itself concludes is no health need --------------------------------

@pytest.mark.parametrize("c", [
    # set K, k212 (exact wording)
    "Aisha is a healthy little girl. The Community Paediatrician, Dr Kwame Osei, confirmed her autism diagnosis "
    "in March 2026 and found no health needs that call for health provision. She eats a limited range of foods "
    "(mainly rice, chicken, yoghurt and bread), but she is growing well and her weight is on track, so this is not "
    "a health concern at present; her family know to see their GP if this changes.",
    # set L, l208 (exact wording)
    "Karol has no health needs related to his special educational needs. The community paediatrician saw him in "
    "May 2026 and found no medical cause for his language difficulties and no other health concerns.",
    # in other words
    "Ben's GP reviewed his sleep in April 2026; he wakes early but settles again, and this is not a medical "
    "concern.",
])
def test_c_that_concludes_no_health_need_leaves_g_nothing_to_meet(c):
    plan = care_builder.build({"C": [c], "G": ["No health provision is needed at this time."]})
    for cid in ("HC-NEEDS-MET", "HC-PROVISION-SPECIFIC"):
        res = run(plan, cid)
        assert not flagged(res), (cid, why(res))


# -- SC-NEEDS: "none", on the basis of a named team's advice --------------------------------------

@pytest.mark.parametrize("d", [
    # set K, k102 and k108 (exact wording)
    "The Family Support Team gave social care advice on 5 June 2025: there are no social care needs relating to "
    "Oscar's special educational needs, and his parents manage his needs well.",
    "Children's social care has had no involvement with the family, and the Family Support Team's advice (16 March "
    "2026) identified no social care needs relating to Zofia's special educational needs.",
    # in other words
    "The Early Help Service provided written family support advice in May 2026 and found no social care needs.",
    "The duty social worker's assessment (2 February 2026) found that Amy has no social care needs.",
])
def test_none_on_a_named_teams_advice_is_sourced(d):
    res = run(care_builder.build({"D": [d]}), "SC-NEEDS")
    assert not flagged(res), why(res)


def test_none_with_no_basis_is_still_flagged():
    res = run(care_builder.build({"D": ["There are no social care needs."]}), "SC-NEEDS")
    assert flagged(res)


# -- SC-PROVISION-SPECIFIC: H's own title and the reason for "none" are not provision ----------------

@pytest.mark.parametrize("h1", [
    # set L, l205 (exact wording of the title row, then its "None")
    ["H1. Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
     "None - Priya has no assessed social care needs (see Section D)."],
    # set L, l110 (exact wording)
    ["Not required: there are no social care needs (see Section D)."],
    # in other words
    ["H2 Other social care provision", "Not needed - the family have no eligible social care needs."],
])
def test_h_title_and_reason_for_none_are_not_unspecified_provision(h1):
    d = ("The Children with Disabilities Team assessed the family in May 2026 and found no social care needs; "
         "the family were told about short breaks and the local offer.")
    res = run(care_builder.build({"D": [d], "H1": h1, "H2": ["None."]}), "SC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_real_h1_provision_without_an_amount_is_still_flagged():
    res = run(care_builder.build({"D": ["Jo needs help with personal care at home."],
                                  "H1": ["- Short breaks at Oak House."]}), "SC-PROVISION-SPECIFIC")
    assert flagged(res)
