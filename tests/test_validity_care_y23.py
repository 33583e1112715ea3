"""Validity classes from set Y (round 23) in health and social care (HC-*, SC-*): each class in
words of our own, with its boundary.

1. Section K items laid out as "Title; who; date" (semicolons between the fields, bullets glued to
   the title): the title and the author are read apart, so "Social care advice; Transitions social
   worker, Adult Social Care; ..." is social care advice with its author (SC-ADVICE, CA-DATED,
   HC-ADVICE), whatever service the author's role names.
2. Advice asked for and "not recieved" (the common misspelling) is advice not received: the medical
   advice is missing (HC-ADVICE), and C resting on it is not known (HC-NEEDS).
3. A neuropsychologist or neuropsychiatrist (the brain-injury and neurorehabilitation services'
   clinicians) meets a mental health need such as low mood (HC-NEEDS-MET).
4. A social care item whose own name gives its frequency ("Annual review of ...", "A monthly
   visit ...") says how often (SC-PROVISION-SPECIFIC); an annual review mentioned later in the line
   is when the item is looked at again, not its amount.
5. Health care that the setting's staff give at the routine times of the day, named in a list
   ("at morning break, lunch and afternoon break"), names its events; school or college staff, or a
   member of staff by title and surname ("Mrs Kent"), say who (HC-PROVISION-SPECIFIC).
6. A condition named only in the list a routine health check covers ("the nurse checks his general
   health, sleep and diet") is no need of its own (HC-NEEDS-MET, HC-OUTCOMES).
7. For a tube-fed child, an outcome about tasting food by mouth (tastes, purees, a spoon, textures,
   oral trials) serves the feeding and swallowing needs (HC-OUTCOMES).
8. "Hand in" homework and "sit" an exam are everyday verbs, not the hand or sitting: they make no
   outcome for a physical need (HC-OUTCOMES).
"""

from __future__ import annotations

import datetime as dt

import care_builder
import pytest
from packaged_rubric import RUBRIC
from validity_helpers import flagged, run, why

from ehcaudit.checks._health_amount import amount_gap
from ehcaudit.checks.health import HealthProvisionParams
from ehcaudit.reader.advice import advice_kind, not_received, split_item

# -- 1. semicolon-separated advice items ----------------------------------------------------------


@pytest.mark.parametrize("text, title, author", [
    ("Social care advice; Transitions social worker, Northvale Adult Social Care; 3 March 2026",
     "Social care advice", "Transitions social worker, Northvale Adult Social Care"),
    ("\u2022Medical advice; Dr P Okafor, community paediatrician; 12/02/2026",
     "Medical advice", "Dr P Okafor, community paediatrician"),
    ("Occupational therapy report; Children's OT Service; 5 January 2026",
     "Occupational therapy report", "Children's OT Service"),
])
def test_semicolons_separate_title_and_author(text, title, author):
    got_title, got_author, date, _ = split_item(text)
    assert (got_title, got_author) == (title, author)
    assert isinstance(date, dt.date)


def test_a_social_care_title_with_a_preparing_for_adulthood_author_is_social_care():
    title, author, _, _ = split_item(
        "Social care advice; Preparing for Adulthood social worker, Northvale Adult Social Care; 3 March 2026")
    assert advice_kind(title, author) == "social_care"


def test_a_semicolon_inside_a_title_without_a_space_is_no_separator():
    # the boundary: only "; " between fields splits; the comma form still reads as before
    title, author, _, _ = split_item("Educational advice, Mrs J Lowe, SENCo, 4 May 2026")
    assert title == "Educational advice" and author is not None


# -- 2. "not recieved" ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Medical advice was requested from the paediatrician on 2 March 2026 and has not been recieved.",
    "Health advice: requested 02/03/2026, not yet recieved.",
    "Paediatric report requested in February 2026 - not received at the time of writing.",
])
def test_advice_not_received_in_either_spelling(text):
    assert not_received(text)


def test_advice_received_is_not_a_missing_note():
    # the boundary: advice that came is advice
    assert not not_received("Medical advice received from Dr P Okafor on 2 March 2026.")


# -- 3. a neuropsychologist meets a mental health need --------------------------------------------

C_ABI = "Sam has an acquired brain injury after a road accident; he has fatigue and low mood because of it."
E_ABI = "By July 2027, Sam will score his mood at 6 or more on his wellbeing scale in 4 of 5 weekly check-ins."


@pytest.mark.parametrize("g_line", [
    "- Low mood: a clinical neuropsychologist from the Brain Injury Service will see Sam for 6 fortnightly "
    "sessions of 1 hour from March 2026.",
    "- Mood: neuropsychology sessions with the Neurorehabilitation Team, 50 minutes every two weeks for a term.",
    "- A consultant neuropsychiatrist will review Sam's mood every 3 months in clinic.",
])
def test_a_neuropsychologist_meets_low_mood(g_line):
    res = run(care_builder.build({"C": [C_ABI], "G": [g_line], "E": [E_ABI]}), "HC-NEEDS-MET")
    assert not flagged(res), why(res)


def test_low_mood_with_only_a_neurologist_is_still_unmet():
    # the boundary: a neurologist treats the brain injury or epilepsy, not the mood
    g = ["- A consultant neurologist will review Sam's brain injury every 6 months in clinic."]
    assert flagged(run(care_builder.build({"C": [C_ABI], "G": g, "E": [E_ABI]}), "HC-NEEDS-MET"))


# -- 4. an H item named by its frequency ----------------------------------------------------------

D_CARE = ["Ayo is 19 and needs support to plan meals, shop and manage his money."]
H2_PA = "- Personal assistant for 6 hours a week (Tuesday and Thursday afternoons), paid through a direct payment."


@pytest.mark.parametrize("line", [
    "- Annual review of Ayo's Care and Support Plan by his adult social worker, at the same time as his EHC plan review.",
    "- A monthly visit from his social worker to check the personal assistant support is working.",
    "- Termly carers' support group for his dad, run by the Northvale Carers' Centre.",
])
def test_an_item_named_by_its_frequency_says_how_often(line):
    res = run(care_builder.build({"D": D_CARE, "H2": [H2_PA, line]}), "SC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_an_annual_review_later_in_the_line_is_no_amount():
    # the boundary: the item itself ("support from a social worker") says no amount
    line = "- Support from a social worker, looked at again at his annual review."
    assert flagged(run(care_builder.build({"D": D_CARE, "H2": [H2_PA, line]}), "SC-PROVISION-SPECIFIC"))


# -- 5. staff care at the routine times of the day ------------------------------------------------

def _g_params() -> HealthProvisionParams:
    d = RUBRIC.criterion("HC-PROVISION-SPECIFIC").check.model_dump()
    d.pop("kind", None)
    return HealthProvisionParams(**d)


@pytest.mark.parametrize("text", [
    "School staff (Mrs Kent) will remind Ella to use the toilet at morning break, lunch and afternoon break.",
    "Her key worker will check her blood glucose at snack time and lunchtime, following the nurse's plan.",
    "Mr Dunn will offer Ravi a drink and a sit-down at break and lunch.",
])
def test_routine_times_of_day_are_the_events(text):
    kind, gap, _ = amount_gap(text, _g_params())
    assert (kind, gap) == ("event", None)


def test_one_routine_time_alone_is_no_routine():
    # the boundary: "at lunch" once names no list of routine events
    kind, gap, _ = amount_gap("Staff will help Ella with her continence pads at lunch, following the plan.", _g_params())
    assert gap is not None


C_WET = "Ella wets herself at school two or three times a week."
G_NURSE = ("- Bladder and bowel nurse: clinic appointment in June 2026, then every 8 weeks for 30 minutes "
           "until July 2027, and a toileting plan for school.")


@pytest.mark.parametrize("line", [
    "- School staff (Mrs Kent) will remind Ella to use the toilet at morning break, lunch and afternoon break.",
    "- College staff will prompt Ella to go to the toilet at break and lunch, following the toileting plan.",
])
def test_setting_staff_say_who(line):
    res = run(care_builder.build({"C": [C_WET], "G": [G_NURSE, line]}), "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_a_prompt_with_no_one_named_is_still_flagged():
    # the boundary: nobody is named to give it
    line = "- Ella will be prompted to use the toilet at morning break, lunch and afternoon break."
    assert flagged(run(care_builder.build({"C": [C_WET], "G": [G_NURSE, line]}), "HC-PROVISION-SPECIFIC"))


# -- 6. a condition in a routine health check's list ----------------------------------------------

G_MOOD = ["- CAMHS clinical psychologist: weekly 50-minute sessions for 12 weeks from September 2026."]
E_MOOD = ["By July 2027, Tom will tell an adult when he feels worried, on 4 of 5 occasions a week."]


@pytest.mark.parametrize("check_line", [
    "He has a health assessment each year with the Children in Care nurse, who checks his general health, sleep and diet.",
    "The school nurse monitors her growth, weight and sleep at each termly visit.",
    "His GP reviews his general health and sleep once a year.",
])
@pytest.mark.parametrize("criterion", ["HC-NEEDS-MET", "HC-OUTCOMES"])
def test_a_routine_checks_list_names_no_need(check_line, criterion):
    c = ["Tom has anxiety and low mood after a difficult early childhood.", check_line]
    res = run(care_builder.build({"C": c, "G": G_MOOD, "E": E_MOOD}), criterion)
    assert not flagged(res), why(res)


def test_a_sleep_difficulty_described_in_its_own_words_is_still_a_need():
    # the boundary: the same plan saying he cannot sleep describes a need
    c = ["Tom has anxiety and low mood after a difficult early childhood.",
         "He has a health assessment each year with the Children in Care nurse.",
         "He has a diagnosed sleep disorder and wakes four or five times most nights."]
    assert flagged(run(care_builder.build({"C": c, "G": G_MOOD, "E": E_MOOD}), "HC-OUTCOMES"))


# -- 7. tasting by mouth for a tube-fed child -----------------------------------------------------

C_PEG = ["Isla has a swallowing difficulty (dysphagia) and has all her nutrition through a gastrostomy."]
G_PEG = ["- Community nursing team: gastrostomy training for two staff each September (2 hours).",
         "- Speech and language therapist: oral programme reviewed each half term (30 minutes)."]


@pytest.mark.parametrize("outcome", [
    "By March 2027, Isla will accept five tastes of smooth puree from a spoon without distress, on 4 of 5 days.",
    "By July 2027, Isla will tolerate two new food textures in her daily oral trials, recorded by the class team.",
    "By July 2027, Isla will take three teaspoonfuls of yoghurt at snack, on 3 of 5 days.",
])
def test_tasting_by_mouth_serves_feeding_and_swallowing(outcome):
    res = run(care_builder.build({"C": C_PEG, "G": G_PEG, "E": [outcome]}), "HC-OUTCOMES")
    assert not flagged(res), why(res)


def test_an_outcome_with_nothing_about_food_still_leaves_feeding_unserved():
    # the boundary: a communication outcome
    e = ["By March 2027, Isla will look at one of two photographs to make a choice, in 8 of 10 trials."]
    assert flagged(run(care_builder.build({"C": C_PEG, "G": G_PEG, "E": e}), "HC-OUTCOMES"))


# -- 8. "hand in" and "sit an exam" -----------------------------------------------------------------

C_CP = ["Leo has cerebral palsy affecting his legs; he follows a daily stretching programme set by his physiotherapist."]
G_CP = ["- Children's physiotherapist: reviews his stretching programme once each half term (45 minutes)."]


@pytest.mark.parametrize("outcome", [
    "By July 2027, Leo will hand in 8 of 10 homework tasks on time each half term.",
    "By July 2027, Leo will sit his mock GCSE papers with his access arrangements in place.",
    "By July 2027, Leo will hand over his planner to his tutor every Monday.",
    "By July 2027, Leo will hand out the reading books to his group each Friday.",
])
def test_everyday_verbs_make_no_physical_outcome(outcome):
    assert flagged(run(care_builder.build({"C": C_CP, "G": G_CP, "E": [outcome]}), "HC-OUTCOMES"))


@pytest.mark.parametrize("outcome", [
    "By July 2027, Leo will use both hands to carry his tray from the counter to his table.",
    "By July 2027, Leo will sit on a standard classroom chair for a 20-minute lesson without slumping.",
    "By July 2027, Leo will stand at the workbench for 10 minutes in design and technology.",
])
def test_the_hand_and_sitting_still_make_a_physical_outcome(outcome):
    # the boundary: the hand, sitting and standing as the body does them
    res = run(care_builder.build({"C": C_CP, "G": G_CP, "E": [outcome]}), "HC-OUTCOMES")
    assert not flagged(res), why(res)

