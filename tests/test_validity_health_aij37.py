"""Round 37 (sets AI and AJ): what a health need is, as a designated clinical officer reads Section C.

A health need is the child's own difficulty. "Has no difficulty with X (...), but has Y" states a need
for Y only: the negation ends at its clause, and the words around the negated X are not needs either:

* a test or screening of the condition ("(eye test at school, March 2026)", "her last hearing check")
  is no condition; what it found is one when the clause states a difficulty ("found a mild loss");
* a clause that says the child does the thing safely ("she swallows safely and eats everything") says
  it is fine, as "sleeps well" does; "cannot swallow safely" is still a need;
* the mental health service named as the one that considered a referral and advised on it is the
  service, not a need; a child known to it, referred to it, waiting for it or having sessions with it
  has one.

Also: "is not taking medication" is no medication need (HC-OUTCOMES); a G item that names by its code
the outcome about a need ("(E4)", E4 being the sleep outcome) meets that need (HC-NEEDS-MET); outcomes
on organising and finishing work, or on using a movement-break card, are ADHD outcomes.

The wording is invented here, not taken from any validity set.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

E_LEARN = "- By July 2027, Zara will read 80 common words by sight, checked each term by her class teacher."
E_HEAR = ("- By July 2027, Zara will wear her hearing aids all day and tell an adult when a battery runs out, "
          "recorded weekly by her teaching assistant.")
G_HEAR = ["- Paediatric audiology, Northfield Hospital: hearing aid review and hearing test every 6 months "
          "(1 hour)."]


# -- "no difficulty with X (...), but Y": only Y is a need ----------------------------------------

@pytest.mark.parametrize("c", [
    "Zara has no difficulty with her eyesight (eye test at school, March 2026), but she has a moderate hearing "
    "loss in both ears and wears two hearing aids.",
    "Zara's vision is not a concern (her last vision check was in May 2026), but she has a moderate hearing loss "
    "in both ears and wears two hearing aids.",
    "There are no concerns about Zara's sight; her optician's eyesight test in June 2026 found nothing to worry "
    "about. She has a moderate hearing loss in both ears and wears two hearing aids.",
])
def test_a_test_or_screening_beside_a_negated_condition_is_no_need(c: str) -> None:
    plan = care_builder.build({"C": [c], "G": G_HEAR, "E": [E_HEAR, E_LEARN]})
    for cid in ("HC-NEEDS-MET", "HC-OUTCOMES"):
        res = run(plan, cid)
        assert not flagged(res), (cid, why(res))


def test_a_test_that_found_a_difficulty_is_still_a_need() -> None:
    # the boundary: the screening found something, and nothing in G or E serves the eyes
    c = ("Zara has a moderate hearing loss in both ears and wears two hearing aids. Her vision screening in "
         "May 2026 found a squint in her left eye.")
    res = run(care_builder.build({"C": [c], "G": G_HEAR, "E": [E_HEAR, E_LEARN]}), "HC-NEEDS-MET")
    assert flagged(res), why(res)


G_TRACH = ["- Children's community nursing team: tracheostomy care plan reviewed every 3 months and staff "
           "trained each September (2 hours)."]
E_TRACH = ("- By July 2027, Theo will tell an adult with his sign when his tube needs suction, on 4 out of 5 "
           "occasions, recorded by his nurse-trained assistant.")


@pytest.mark.parametrize("c", [
    "Mealtimes: Theo has no difficulty with eating – he swallows safely and enjoys all foods – but an adult must "
    "sit with him so that food does not go near his tracheostomy.",
    "Theo swallows safely and eats a normal diet; he has a tracheostomy and needs suction several times a day.",
])
def test_a_clause_that_says_the_child_swallows_safely_is_no_need(c: str) -> None:
    extra = "Theo has a tracheostomy and needs suction several times a day."
    plan = care_builder.build({"C": [c, extra], "G": G_TRACH, "E": [E_TRACH]})
    for cid in ("HC-NEEDS-MET", "HC-OUTCOMES"):
        res = run(plan, cid)
        assert not flagged(res), (cid, why(res))


@pytest.mark.parametrize("c", [
    "Theo cannot swallow safely and coughs on thin drinks.",
    "Swallowing: Theo is unable to swallow thin drinks safely and has had two chest infections this year.",
])
def test_a_swallow_that_is_not_safe_is_still_a_need(c: str) -> None:
    res = run(care_builder.build({"C": [c, "Theo has a tracheostomy."], "G": G_TRACH, "E": [E_TRACH]}),
              "HC-NEEDS-MET")
    assert flagged(res), why(res)


# -- the mental health service that decided is no need ----------------------------------------

G_SLEEP = ["- Community paediatrician: review of Rosa's sleep and melatonin every 6 months (30 minutes)."]
C_SLEEP = "Rosa takes over an hour to fall asleep most nights and has been prescribed melatonin."


def test_the_service_that_considered_a_referral_is_no_need() -> None:
    c = ("The Children and Young People's Mental Health Service (CYPMHS) looked at a referral in March 2026 "
         "and said that the family therapy arranged by her social worker (see Section H2) meets her needs now.")
    res = run(care_builder.build({"C": [C_SLEEP, c], "G": G_SLEEP}), "HC-NEEDS-MET")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("c", [
    "Rosa is known to CAMHS.",
    "Rosa is on the waiting list for CAMHS.",
    "Rosa has been referred to the Child and Adolescent Mental Health Service.",
    "Rosa has fortnightly sessions with the CAMHS practitioner.",
])
def test_a_child_in_the_services_care_still_has_a_need(c: str) -> None:
    res = run(care_builder.build({"C": [C_SLEEP, c], "G": G_SLEEP}), "HC-NEEDS-MET")
    assert flagged(res), why(res)


# -- a medicine not taken; a medicine taken at home ------------------------------------------

@pytest.mark.parametrize("c", [
    "Ben has a tic disorder. He is not taking medication for it; his consultant has suggested habit reversal "
    "therapy first.",
    "Ben has a tic disorder and is not on any medicine for it at present.",
])
def test_a_medicine_the_child_is_not_taking_asks_for_no_outcome(c: str) -> None:
    res = run(care_builder.build({"C": [c], "E": [E_LEARN]}), "HC-OUTCOMES")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("e", [
    "- By July 2027, Kofi will organise his bag and planner for the next day, checked daily by his tutor.",
    "- By July 2027, Kofi will finish 4 out of 5 written tasks in class, recorded weekly by his teacher.",
    "- Kofi will use his movement-break card instead of calling out, with calling out falling to 3 times a "
    "week by July 2027.",
])
def test_an_outcome_on_organising_or_finishing_work_serves_adhd(e: str) -> None:
    c = ("ADHD: Kofi has ADHD and takes a long-acting stimulant medicine (lisdexamfetamine) every morning at home. "
         "It wears off by early afternoon, when he finds it hard to concentrate.")
    res = run(care_builder.build({"C": [c], "E": [e]}), "HC-OUTCOMES")
    assert not flagged(res), why(res)


def test_adhd_with_only_a_reading_outcome_is_still_flagged() -> None:
    c = ("ADHD: Kofi has ADHD. It wears off by early afternoon, when he finds it hard to concentrate and "
         "leaves his seat.")
    res = run(care_builder.build({"C": [c], "E": [E_LEARN]}), "HC-OUTCOMES")
    assert flagged(res), why(res)


# -- a G item that names a need's outcome by code meets it -----------------------------------

C_TRAUMA = ["- Musa has nightmares and flashbacks after his journey to the UK, assessed by CAMHS in May 2026.",
            "- Musa finds it hard to get to sleep and often sleeps only five hours a night."]
E_CODED = ["E1 (learning): By July 2027, Musa will read a short news article and answer 5 questions about it.",
           "E2 (good health): By March 2027, Musa will be asleep by 11pm on 5 nights out of 7, recorded in his "
           "sleep diary by his carer.",
           "E3 (good health): By April 2027, Musa will use a calming technique when a flashback starts."]


def test_a_g_item_naming_the_sleep_outcome_meets_the_sleep_need() -> None:
    g = ["G1. Trauma-focused therapy with a CAMHS clinical psychologist: 12 weekly sessions of 50 minutes from "
         "October 2026, then review. (E2, E3)"]
    res = run(care_builder.build({"C": C_TRAUMA, "E": E_CODED, "G": g}), "HC-NEEDS-MET")
    assert not flagged(res), why(res)


def test_a_g_item_naming_another_outcome_does_not_meet_the_sleep_need() -> None:
    g = ["G1. Trauma-focused therapy with a CAMHS clinical psychologist: 12 weekly sessions of 50 minutes from "
         "October 2026, then review. (E3)"]
    res = run(care_builder.build({"C": C_TRAUMA, "E": E_CODED, "G": g}), "HC-NEEDS-MET")
    assert flagged(res), why(res)


# -- a need C itself says is met in Section F ----------------------------------------------------

C_CVI = ["- Epilepsy: Leah has daily seizures and a care plan with rescue medicine.",
         "- Eyesight: Leah has cortical visual impairment. The hospital eye clinic checks her eyes; her use of "
         "her vision in class is supported through the specialist teaching in Section F."]
G_EPI = ["- Epilepsy nurse specialist: reviews Leah's care plan every 6 months and trains staff each September "
         "(2 hours)."]


def test_a_need_c_says_is_met_in_f_is_met_by_an_f_item_naming_it() -> None:
    f = ["- A qualified teacher of children with vision impairment visits Leah's class once a fortnight "
         "(1 hour) to adapt her resources."]
    res = run(care_builder.build({"C": C_CVI, "F": f, "G": G_EPI}), "HC-NEEDS-MET")
    assert not flagged(res), why(res)


def test_without_the_pointer_a_teachers_f_item_meets_no_health_need() -> None:
    c = [C_CVI[0], "- Eyesight: Leah has cortical visual impairment. The hospital eye clinic checks her eyes."]
    f = ["- A qualified teacher of children with vision impairment visits Leah's class once a fortnight "
         "(1 hour) to adapt her resources."]
    res = run(care_builder.build({"C": c, "F": f, "G": G_EPI}), "HC-NEEDS-MET")
    assert flagged(res), why(res)


def test_a_pointer_to_f_with_nothing_in_f_about_the_need_is_still_flagged() -> None:
    f = ["- Small-group phonics with a teaching assistant, 20 minutes a day."]
    res = run(care_builder.build({"C": C_CVI, "F": f, "G": G_EPI}), "HC-NEEDS-MET")
    assert flagged(res), why(res)
