"""Validity classes from set H (round 5) in the health and currency criteria.

HC-NEEDS-MET / HC-OUTCOMES: a symptom (poor sleep) that Section C presents as part of another
need - named with it in one sentence, or tied to it as a side effect - is that need's, met by its
provision; a sleep difficulty in a sentence of its own is still a need of its own.
"""

from __future__ import annotations

import datetime as dt

import care_builder
import pytest
from packaged_rubric import RUBRIC

from ehcaudit.rubric.engine import run_criterion

AS_OF = dt.date(2026, 12, 1)
GREEN = next(i for i, lv in enumerate(RUBRIC.scale, start=1) if lv.rag == "green")


def run(plan, cid):
    return run_criterion(plan, RUBRIC, RUBRIC.criterion(cid), AS_OF, cache={})


def flagged(res) -> bool:
    return res.applicable and res.level < GREEN


# -- a symptom presented as part of another need ----------------------------------------------------

@pytest.mark.parametrize("c, g, e", [
    # set H, h111 (a side effect of the ADHD medicine)
    ("Mia was diagnosed with ADHD by the community paediatrician in 2024. She takes methylphenidate (a "
     "stimulant medicine that helps concentration) each morning at home. Side effects are a reduced appetite "
     "at lunchtime and some difficulty getting to sleep. Her height, weight and blood pressure are monitored "
     "by the paediatric ADHD service.",
     "Paediatric ADHD service: medication review with the community paediatrician every 6 months (30 minutes).",
     "By July 2027, Mia will stay on task for 15 minutes at a time in four out of five lessons."),
    # set H, h207 (named with anxiety in one sentence)
    ("Jayden has anxiety and difficulty sleeping linked to his early experiences. He is seen by the Child and "
     "Adolescent Mental Health Services (CAMHS) Children in Care team.",
     "CAMHS Children in Care team: a Clinical Psychologist will see Jayden for therapy fortnightly (50 minutes).",
     "Within 12 months, Jayden will use two calming strategies to settle himself in school."),
    # new: low mood and broken sleep together
    ("Sam has low mood and wakes in the night, and his sleep is poor. He sees a CAMHS practitioner.",
     "CAMHS: cognitive behavioural therapy, weekly for 10 weeks (45 minutes).",
     "By July 2027, Sam will name his feelings and use a calming plan on 4 out of 5 difficult days."),
    # new: a side effect of epilepsy medicine, written as "caused by"
    ("Lola has epilepsy and takes sodium valproate twice a day. Her tiredness and poor sleep are caused by "
     "the medicine.",
     "Epilepsy nurse: seizure care plan written and staff trained, once a year (2 hours).",
     "By July 2027, Lola will tell an adult when she feels unwell, on 4 out of 5 occasions."),
])
def test_a_symptom_presented_as_part_of_another_need_is_that_needs(c, g, e):
    plan = care_builder.build({"C": [c], "G": [f"- {g}"], "E": [f"- {e}"]})
    assert not flagged(run(plan, "HC-NEEDS-MET"))
    assert not flagged(run(plan, "HC-OUTCOMES"))


@pytest.mark.parametrize("c", [
    # new: a sleep difficulty in a sentence of its own, after ADHD
    "Ben has ADHD and takes medication each morning. He has great difficulty getting to sleep and is often "
    "awake until midnight, which leaves him exhausted at school.",
    "Ava wakes four or five times every night and her sleep is very broken.",
])
def test_a_sleep_difficulty_of_its_own_is_still_a_need(c):
    plan = care_builder.build({"C": [c], "G": ["- Paediatrician: ADHD medication review every 6 months (30 minutes)."],
                               "E": ["- By July 2027, Ben will finish a written task in 4 out of 5 lessons."]})
    assert flagged(run(plan, "HC-NEEDS-MET"))


# -- CA-ANNUAL-REVIEW: a date with a two-digit year after the month name ----------------------------

@pytest.mark.parametrize("written, expected", [
    ("3 February 26", dt.date(2026, 2, 3)),   # set H, h202 (front matter "Date of issue")
    ("27 March 26", dt.date(2026, 3, 27)),    # set H, h206
    ("14th Jan '26", dt.date(2026, 1, 14)),   # new
    ("1 Sept. 25", dt.date(2025, 9, 1)),      # new
])
def test_a_two_digit_year_after_a_month_name_is_a_date(written, expected):
    from ehcaudit.dates import parse_uk_date
    assert parse_uk_date(written) == expected


@pytest.mark.parametrize("text", ["on 3 March 12 pupils joined the club", "5 June 20 minutes of reading",
                                  "from 2 May 10-15 words a day"])
def test_a_count_after_a_day_and_month_is_not_a_year(text):
    from ehcaudit.dates import find_dates
    assert find_dates(text) == []


@pytest.mark.parametrize("written", ["3 February 26", "14th Jan '26"])
def test_a_plan_issued_under_a_year_ago_with_a_two_digit_year_is_current(tmp_path, written):
    from ehcaudit.reader import read_plan
    f = tmp_path / "plan.txt"
    f.write_text(f"Name: Ty\nDate of issue: {written}\n\nSection A: Views\nTy likes football and maths.\n\n"
                 "Section B: Special educational needs\nTy has ADHD and finds it hard to sit still.\n")
    plan = read_plan(f)
    assert plan.front.date_issued is not None
    assert not flagged(run(plan, "CA-ANNUAL-REVIEW"))


# -- HC-ADVICE-PROVIDERS: a clinician's advice filed under the template's "any other person" row ------

@pytest.mark.parametrize("author, kind", [
    ("Paediatric Dietitian, Specialist Children's Services", "health"),  # set H, h109
    ("Ms R. Khan, Community Nurse, Children's Services (NHS)", "health"),  # new
    ("Mr D. Owen, Social Worker, Children's Services", "social_care"),  # new: still social care
    ("Children with Disabilities Team (screening)", "social_care"),
])
def test_a_clinicians_job_title_decides_the_advice_kind_over_the_service_name(author, kind):
    from ehcaudit.reader.advice import advice_kind
    title = "Advice and information from any other person the local authority thinks appropriate"
    assert advice_kind(title, author) == kind


def test_a_dietitians_advice_under_any_other_person_covers_the_dietetic_provision():
    from ehcaudit.model import AdviceItem
    plan = care_builder.build(
        {"C": ["Noah has a very restricted diet and eats six foods."],
         "G": ["- Paediatric dietitian, Specialist Children's Services: home visit every 3 months, 45 minutes."],
         "K": ["Advice and information from any other person the local authority thinks appropriate | 4th Sep "
               "2025 | Paediatric Dietitian, Specialist Children's Services"]})
    k = next(b for b in plan.blocks if b.section == "K" and b.kind != "heading")
    from ehcaudit.reader.advice import advice_kind
    title = "Advice and information from any other person the local authority thinks appropriate"
    author = "Paediatric Dietitian, Specialist Children's Services"
    plan.advice = [AdviceItem(kind=advice_kind(title, author), title=title, author=author, date=dt.date(2025, 9, 4),
                              date_text="4th Sep 2025", block_id=k.id, location=k.location, quote=k.text)]
    assert not flagged(run(plan, "HC-ADVICE-PROVIDERS"))


# -- Section C: an assessment that found no need is the basis of a "none", not a need ----------------

@pytest.mark.parametrize("basis", [
    # set H, h211
    "Kai was assessed by the Emotional Wellbeing Service in 2025 and did not need a referral to specialist "
    "mental health services.",
    # new
    "She was screened by the school nursing team for anxiety in March 2026 and did not meet the threshold for "
    "CAMHS.",
])
def test_an_assessment_that_found_no_need_is_the_basis_of_none(basis):
    plan = care_builder.build({"C": [f"Kai has no health needs. His GP reports no medical conditions. {basis}"],
                               "G": ["None."]})
    for cid in ("HC-PROVISION-SPECIFIC", "HC-NEEDS-MET"):
        assert not run(plan, cid).applicable, cid
    assert not flagged(run(plan, "HC-NEEDS"))


def test_a_need_the_assessment_still_found_is_a_need():
    plan = care_builder.build({"C": ["Kai was assessed by CAMHS in 2025 and did not need medication, but he still "
                                     "has panic attacks and anxiety most mornings."], "G": ["None."]})
    assert run(plan, "HC-NEEDS-MET").applicable or flagged(run(plan, "HC-PROVISION-SPECIFIC"))
