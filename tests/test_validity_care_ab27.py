"""Validity classes from set AB (round 27) in health (HC-NEEDS-MET, HC-OUTCOMES): each class in
words of our own, with its boundary.

1. An eating disorder (anorexia, bulimia, binge eating) is a health need of its own, not one more
   name for a mental health need: therapy for anxiety does not meet it. It is met by the eating
   disorder service, a meal plan or supervised meals, weighing or a dietitian, and served by an
   outcome about eating, meals or weight (a "lunchtime club" is a time of day, not eating).
2. A sleep difficulty limited to the day or visit an anxiety is about ("sleeps badly before
   placement days", "the night before a hospital appointment") is the anxiety's symptom, met by
   its provision; a sleep difficulty with no such limit is still a need of its own.
3. A condition named only as a possible complication of another ("low calcium can cause cramps
   and, rarely, seizures") is no need the child has; a complication that happened is.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

# -- 1. an eating disorder is a need of its own ------------------------------------------------------

C_ED = [
    "Anxiety: Priya has generalised anxiety disorder, which stops her going into crowded rooms.",
    "Eating disorder: Priya has anorexia nervosa, diagnosed by the eating disorders service last year. "
    "She is on a meal plan and must eat a morning snack and lunch at school.",
]
G_ANX = ["- CAMHS practitioner: cognitive behavioural therapy for anxiety, 10 weekly sessions of 45 minutes."]
E_ANX = ["By July 2027, Priya will go into the dining hall with a friend on 4 days out of 5, feeling calm."]


@pytest.mark.parametrize("c_line", [
    C_ED[1],
    "Priya has bulimia nervosa and is seen by the community eating disorder team every fortnight.",
    "She has an eating disorder (anorexia) and her weight is checked weekly at the clinic.",
    "Priya has binge eating disorder, for which she is under the care of CAMHS.",
])
def test_an_eating_disorder_is_not_met_by_anxiety_therapy(c_line):
    res = run(care_builder.build({"C": [C_ED[0], c_line], "G": G_ANX, "E": E_ANX}), "HC-NEEDS-MET")
    assert flagged(res), why(res)


@pytest.mark.parametrize("g_line", [
    "- The eating disorders service will see Priya weekly (45 minutes) and set her meal plan.",
    "- A named teaching assistant will supervise Priya's morning snack and lunch every school day, "
    "following the meal plan set by the dietitian.",
    "- Priya will be weighed each week at the clinic by the CAMHS eating disorder nurse.",
])
def test_an_eating_disorder_is_met_by_its_own_provision(g_line):
    res = run(care_builder.build({"C": C_ED, "G": G_ANX + [g_line], "E": E_ANX}), "HC-NEEDS-MET")
    assert not flagged(res), why(res)


def test_an_eating_disorder_wants_an_outcome_about_eating():
    e_club = E_ANX + ["By April 2027, Priya will go to a lunchtime art club for 6 weeks in a row."]
    res = run(care_builder.build({"C": C_ED, "G": G_ANX, "E": e_club}), "HC-OUTCOMES")
    assert flagged(res), why(res)
    e_eat = E_ANX + ["By April 2027, Priya will eat her full lunch in school on 5 days out of 5, as her plan sets."]
    res = run(care_builder.build({"C": C_ED, "G": G_ANX, "E": e_eat}), "HC-OUTCOMES")
    assert not flagged(res), why(res)


# -- 2. sleep limited to the day or visit the anxiety is about ---------------------------------------

G_MH = ["- Young people's mental health team: anxiety management sessions every fortnight for 1 hour."]
E_MH = ["By July 2027, Tom will use his calming plan to stay in a busy workshop for an hour, on 4 of 5 days."]


@pytest.mark.parametrize("line", [
    "Anxiety: Tom has panic attacks in noisy places and sleeps poorly before placement days.",
    "Tom has an anxiety disorder. He gets very worried and cannot sleep the night before a hospital appointment.",
    "He is anxious about change and sleeps badly ahead of school trips.",
    "Tom has anxiety; on work experience days he hardly sleeps the night before.",
])
@pytest.mark.parametrize("criterion", ["HC-NEEDS-MET", "HC-OUTCOMES"])
def test_sleep_limited_to_what_the_anxiety_is_about_is_its_symptom(line, criterion):
    res = run(care_builder.build({"C": [line], "G": G_MH, "E": E_MH}), criterion)
    assert not flagged(res), why(res)


def test_sleep_with_no_such_limit_is_a_need_of_its_own():
    line = "Tom has an anxiety disorder. He also sleeps badly on most nights and is often tired in class."
    assert flagged(run(care_builder.build({"C": [line], "G": G_MH, "E": E_MH}), "HC-NEEDS-MET"))


# -- 3. a possible complication is no need ------------------------------------------------------------

G_CAL = ["- Paediatric endocrine nurse: writes an Individual Healthcare Plan each September and trains two staff "
         "to give his calcium medicine at lunch (1 hour a year)."]
E_CAL = ["By July 2027, Ali will take his lunchtime medicine himself on 5 of 5 school days."]


@pytest.mark.parametrize("line", [
    "Ali has a low calcium level, which can cause cramps and, rarely, seizures; he takes calcium at lunchtime.",
    "Ali's kidney condition may lead to high blood pressure and, in time, seizures. He takes medicine at lunch.",
    "If his salt levels drop it could bring on a seizure, so he takes tablets at lunchtime in school.",
])
@pytest.mark.parametrize("criterion", ["HC-NEEDS-MET", "HC-OUTCOMES"])
def test_a_possible_complication_is_no_need(line, criterion):
    res = run(care_builder.build({"C": [line], "G": G_CAL, "E": E_CAL}), criterion)
    assert not flagged(res), why(res)


@pytest.mark.parametrize("line", [
    "Ali's low calcium has caused two seizures this year; he takes calcium at lunchtime.",
    "Ali has seizures, which can cause him to fall; he takes calcium at lunchtime.",
])
def test_a_complication_that_happened_is_a_need(line):
    # the boundary: seizures he has had, or has, need seizure provision
    assert flagged(run(care_builder.build({"C": [line], "G": G_CAL, "E": E_CAL}), "HC-NEEDS-MET"))


# -- 4. a fear of a condition is no condition ---------------------------------------------------------

G_FOOD = ["- Dietitian: a review of Zara's diet and growth every 3 months (30 minutes), with a food plan for home "
          "and school."]
E_FOOD = ["By July 2027, Zara will try one new food at lunch each week, on 3 of 4 weeks."]


@pytest.mark.parametrize("line", [
    "Zara has ARFID: she eats a small range of foods and avoids others for their texture or for fear of choking.",
    "Zara eats only 8 foods; she is afraid of choking on anything lumpy.",
    "Zara has a restricted diet and is scared of swallowing tablets.",
])
def test_a_fear_of_choking_is_no_swallowing_need(line):
    res = run(care_builder.build({"C": [line], "G": G_FOOD, "E": E_FOOD}), "HC-NEEDS-MET")
    assert not flagged(res), why(res)


def test_choking_itself_is_still_a_swallowing_need():
    # the boundary: a child who chokes has a swallowing need the dietitian alone does not meet
    line = "Zara has a restricted diet and often chokes on lumpy food at lunch."
    assert flagged(run(care_builder.build({"C": [line], "G": G_FOOD, "E": E_FOOD}), "HC-NEEDS-MET"))


# -- 5. a physical need served by an outcome about ball skills or coordination ------------------------

C_MOT = ["Leo has low muscle tone in his shoulders and hands, and he trips and falls more often than his friends."]
G_MOT = ["- Children's physiotherapist: 6 sessions of 30 minutes every two weeks to set a home balance programme."]


@pytest.mark.parametrize("outcome", [
    "By July 2027, Leo will catch a tennis ball thrown from 3 metres on 8 of 10 throws.",
    "By July 2027, Leo will kick a football to a friend 5 metres away on 4 of 5 tries in PE.",
    "By July 2027, Leo will hop 5 times on each foot, as checked by the PE teacher.",
    "By July 2027, Leo will show better coordination in PE, completing the obstacle course in 2 minutes.",
])
def test_ball_skills_or_coordination_serve_a_physical_need(outcome):
    res = run(care_builder.build({"C": C_MOT, "G": G_MOT, "E": [outcome]}), "HC-OUTCOMES")
    assert not flagged(res), why(res)


def test_an_outcome_about_reading_does_not_serve_it():
    # the boundary: an outcome about something else leaves the physical need without one
    e = ["By July 2027, Leo will read a book of 40 pages on his own and tell an adult what happened."]
    assert flagged(run(care_builder.build({"C": C_MOT, "G": G_MOT, "E": e}), "HC-OUTCOMES"))
