"""Validity classes from set AA (round 26) in health and social care (HC-*, SC-*): each class in
words of our own, with its boundary.

1. A sleep difficulty limited to the situation a condition named before it is about ("... has an
   anxiety disorder. He sleeps badly in the weeks before exams") is that condition's, met by its
   provision and outcome (HC-NEEDS-MET, HC-OUTCOMES). A sleep difficulty with no such limit, or
   named before any other condition, is a need of its own.
2. An unsafe swallow met by an oral tasting programme (tastes, tasters, oral trials) that a speech
   and language therapist writes or sets (HC-NEEDS-MET).
3. Aspiration pneumonia is a chest need, met by chest or respiratory provision, not a swallowing
   need (HC-NEEDS-MET); "at risk of aspiration" is still a swallowing need.
4. "Calm" in the name of a place or resource (a calm space, room, corner or box) is no emotional
   outcome: an outcome about using the calm room to stay in lessons does not serve a mental health
   need by that word alone (HC-OUTCOMES).
5. A deferral after a time qualifier and a full stop ("Not known at this time. Advice has been
   requested and will be added when received") describes nothing yet: HC-NEEDS (and SC-NEEDS) fail,
   HC-NEEDS-MET and HC-OUTCOMES have no need to match. "Not known whether ..." beside a condition
   is still a need.
6. "Looked after" as a verb with its object ("the nurses who looked after me in hospital") is no
   looked-after status (SC-STATUTORY-LINK); "is looked after", "a looked-after child" and "looked
   after by the council" still are.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

# -- 1. a sleep difficulty limited to the situation of a condition named before it -------------------

G_CBT = ["- A CAMHS clinical psychologist will give 10 weekly sessions of CBT for anxiety, 50 minutes each."]
E_ANX = ["By June 2027, Ola will use two calming strategies when she feels anxious before a test, "
         "recorded by her key worker each half term."]


@pytest.mark.parametrize("second", [
    "In the weeks before tests she struggles to get to sleep.",
    "She sleeps badly around exam time and has panic attacks on the morning of a test.",
    "During SATs week she has trouble sleeping.",
    "She finds it hard to get to sleep the night before a presentation.",
    "Her sleep is poor at times of stress, such as exam periods.",
])
@pytest.mark.parametrize("criterion", ["HC-NEEDS-MET", "HC-OUTCOMES"])
def test_sleep_tied_to_the_anxiety_situation_is_the_anxiety(second, criterion):
    c = ["Ola has generalised anxiety disorder, diagnosed by CAMHS in March 2026. " + second]
    res = run(care_builder.build({"C": c, "G": G_CBT, "E": E_ANX}), criterion)
    assert not flagged(res), why(res)


@pytest.mark.parametrize("c", [
    # no limit to a situation: a sleep need of its own, which the CBT does not meet
    ["Ola has generalised anxiety disorder, diagnosed by CAMHS in March 2026. She also has difficulty "
     "getting to sleep most nights and has been prescribed melatonin."],
    # named before any other condition: nothing to be part of
    ["Ola has difficulty getting to sleep before exams. She has generalised anxiety disorder, diagnosed by CAMHS."],
])
def test_sleep_of_its_own_is_still_a_need(c):
    assert flagged(run(care_builder.build({"C": c, "G": G_CBT, "E": E_ANX}), "HC-NEEDS-MET"))


def test_set_aa_exam_sleep_example():
    c = ["Mykola has no physical health needs (GP summary, 14 April 2026), but he has an anxiety disorder, "
         "assessed by CAMHS in April 2026. He has panic attacks before exams and some difficulty getting to "
         "sleep in exam periods. CAMHS have advised a course of cognitive behavioural therapy (CBT)."]
    e = ["By April 2027, Mykola will use two strategies from his therapy when he feels anxious and will sit "
         "all of his mock exams to the end, recorded by the clinical psychologist."]
    for criterion in ("HC-NEEDS-MET", "HC-OUTCOMES"):
        res = run(care_builder.build({"C": c, "G": G_CBT, "E": e}), criterion)
        assert not flagged(res), why(res)


# -- 2. an unsafe swallow met by a therapist's tasting programme -------------------------------------

C_SWALLOW = ["Amir is fed through a gastrostomy because his swallow is not safe for meals."]
G_GASTRO = ["- The community children's nursing team will write his gastrostomy care plan and train school "
            "staff for 2 hours each September."]
E_TASTE = ["By July 2027, Amir will accept 4 teaspoons of puree at lunchtime on 4 days out of 5."]


@pytest.mark.parametrize("f_item", [
    "- A tasting programme written by the speech and language therapist, delivered daily at lunch by a trained "
    "teaching assistant.",
    "- Oral trials of smooth yoghurt, set by the SALT and given by trained staff three times a week.",
    "- A daily programme of small tastes of puree, set by the speech and language therapist and reviewed "
    "each half term.",
    "- Therapeutic tasting sessions, planned by the speech and language therapist, 10 minutes each school day.",
])
def test_tasting_programme_set_by_the_therapist_meets_the_swallow(f_item):
    res = run(care_builder.build({"C": C_SWALLOW, "G": G_GASTRO, "F": [f_item], "E": E_TASTE}), "HC-NEEDS-MET")
    assert not flagged(res), why(res)


def test_tasting_by_school_staff_alone_does_not_meet_the_swallow():
    # the boundary: a tasting session with no health professional setting it is school's own activity
    f_item = "- A food tasting session in food technology once a week, led by the class teacher."
    assert flagged(run(care_builder.build({"C": C_SWALLOW, "G": G_GASTRO, "F": [f_item], "E": E_TASTE}),
                       "HC-NEEDS-MET"))


# -- 3. aspiration pneumonia is a chest need ----------------------------------------------------------

G_CHEST = ["- Respiratory physiotherapy from the community physiotherapist when his chest is unwell, within 2 days."]


@pytest.mark.parametrize("line", [
    "- Chest: two aspiration pneumonias in the last year.",
    "- Breathing: he has had aspiration pneumonia twice since January.",
    "- Recurrent pneumonia (three hospital stays in 2025).",
])
def test_aspiration_pneumonia_is_met_by_chest_provision(line):
    res = run(care_builder.build({"C": [line], "G": G_CHEST}), "HC-NEEDS-MET")
    assert not flagged(res), why(res)


def test_risk_of_aspiration_is_still_a_swallowing_need():
    line = "- Eating: he is at risk of aspiration when he drinks thin fluids."
    assert flagged(run(care_builder.build({"C": [line], "G": G_CHEST}), "HC-NEEDS-MET"))


# -- 4. "calm" as the name of a place is no emotional outcome -----------------------------------------

C_PTSD = ["Tariq has post-traumatic stress disorder, diagnosed by the CAMHS trauma team. He has nightmares "
          "and periods of low mood."]
G_PTSD = ["- CAMHS will give trauma-focused therapy, 12 weekly sessions of 60 minutes."]


@pytest.mark.parametrize("outcome", [
    "By July 2027, Tariq will use his time-out card and the calm room and go back to class within 10 minutes.",
    "By March 2027, Tariq will go to the calm corner and return to his lesson within 5 minutes, on 4 of 5 days.",
    "By July 2027, Tariq will use the school's calm space and be back in class within a quarter of an hour.",
])
def test_calm_place_alone_is_no_mental_health_outcome(outcome):
    assert flagged(run(care_builder.build({"C": C_PTSD, "G": G_PTSD, "E": [outcome]}), "HC-OUTCOMES"))


@pytest.mark.parametrize("outcome", [
    "By July 2027, Tariq will use the calm room when he feels overwhelmed and rate his mood afterwards.",
    "By July 2027, Tariq will calm himself using a breathing strategy, on 4 of 5 occasions.",
    "By July 2027, Tariq will stay calm in lessons on 4 days out of 5.",
])
def test_calming_outcome_still_serves_mental_health(outcome):
    res = run(care_builder.build({"C": C_PTSD, "G": G_PTSD, "E": [outcome]}), "HC-OUTCOMES")
    assert not flagged(res), why(res)


# -- 5. a deferral with a time qualifier says nothing yet ---------------------------------------------

@pytest.mark.parametrize("c", [
    "Not known at this time. Health advice has been requested and will be added when received.",
    "Unknown at present. A report has been requested from the paediatrician and will be added once received.",
    "Not known yet - information has been requested from the GP and will be included when received.",
    "To be confirmed at this stage; the school nurse's advice has been requested and will be added when it is "
    "received.",
])
def test_deferral_after_a_time_qualifier_describes_no_need(c):
    plan = care_builder.build({"C": [c], "G": ["None at present."]})
    assert flagged(run(plan, "HC-NEEDS"))
    for criterion in ("HC-NEEDS-MET", "HC-OUTCOMES"):
        res = run(plan, criterion)
        assert not res.applicable, why(res)


def test_not_known_whether_with_a_condition_is_still_a_need():
    # the boundary: "not known" about one detail, beside a condition C does describe
    c = "Not known at this time whether her asthma affects PE; she uses a blue inhaler daily."
    res = run(care_builder.build({"C": [c], "G": ["None at present."]}), "HC-NEEDS-MET")
    assert res.applicable and flagged(res), why(res)


@pytest.mark.parametrize("d", [
    "Not known at this time. Social care advice has been requested and will be added when received.",
    "Unknown at the time of writing. The Children with Disabilities Team's assessment has been requested and "
    "will be added once received.",
])
def test_social_care_deferral_after_a_time_qualifier_is_inadequate(d):
    assert flagged(run(care_builder.build({"D": [d]}), "SC-NEEDS"))


# -- 6. "looked after" as a verb with its object is no looked-after status ----------------------------

D_PLAIN = ["Zainab lives with her parents and younger brother. Social care advice (Children with Disabilities "
           "Team, March 2026) found no social care needs."]


@pytest.mark.parametrize("a", [
    "When I grow up I want to be a nurse like the ones who looked after me in hospital.",
    "My nan looked after us while Mum was in hospital with my baby brother.",
    "She loves the nursery staff who looked after her when she first arrived.",
    "Zainab and her cousins looked after each other on the long journey to the UK.",
])
def test_looked_after_someone_is_no_status(a):
    res = run(care_builder.build({"A": [a], "D": D_PLAIN}), "SC-STATUTORY-LINK")
    assert not res.applicable, why(res)


@pytest.mark.parametrize("a", [
    "Zainab is looked after and lives with her foster carers.",
    "As a looked-after child, Zainab has a personal education plan.",
    "Zainab has been looked after by the council since May 2025.",
])
def test_the_status_is_still_read(a):
    assert run(care_builder.build({"A": [a], "D": D_PLAIN}), "SC-STATUTORY-LINK").applicable
