"""Round 34 (sets AG, AH): which health needs an auditor expects an outcome for, and provision for.

* A child said not to take or need something ("does not take any medication") has no such need.
* A risk of children with a condition in general ("children with the syndrome are more likely to ...")
  is no need of this child, and a word in brackets glossing it is read with it.
* A test that found nothing ("the study showed no sleep apnoea") states no need.
* A symptom listed among a condition's symptoms, or caused by its pain, is part of that condition.
* A generic condition (medication) is about the specific condition C named earlier, even in another block.
* An outcome about giving or taking one's own medicine or injection serves a medication need; speaking
  aloud serves an anxiety that keeps the child silent.

The wording is invented here (other councils' voices), not taken from any validity set.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

E_LEARN = "- By July 2027, Kai will read 60 common words by sight, checked each term by his class teacher."


def _plan(c: list[str], g: list[str], e: list[str] | None = None):
    return care_builder.build({"C": c, "G": g, "E": e or [E_LEARN]})


# -- a negated need: "does not take any medication" ----------------------------------------------

@pytest.mark.parametrize("line", [
    "Kai does not take any medication for his migraines at the moment.",
    "Kai doesn't need any regular medicine.",
    "At present Kai does not receive any prescribed medication.",
])
def test_a_child_who_takes_no_medication_has_no_medication_need(line: str) -> None:
    c = ["Kai has cerebral palsy, which affects his walking and balance in busy corridors.", line]
    g = ["- Children's physiotherapist: reviews Kai's standing frame and walking programme every 6 weeks (45 minutes)."]
    e = ["- By July 2027, Kai will walk from his classroom to the hall with his frame in under 3 minutes, on 4 days out "
         "of 5, recorded by his TA."]
    for crit in ("HC-OUTCOMES", "HC-NEEDS-MET"):
        res = run(_plan(c, g, e), crit)
        assert not any("medication" in f.message for f in res.findings if f.kind == "issue"), why(res)


def test_a_child_who_does_not_take_his_medicine_reliably_still_has_the_need() -> None:
    # the boundary: a problem with the medicine is a need, not its absence
    c = ["Kai is prescribed medication for his migraines but does not take his medicine reliably at school."]
    g = ["- Paediatric neurology nurse: reviews Kai's headache diary every 3 months (30 minutes)."]
    assert flagged(run(_plan(c, g), "HC-OUTCOMES"))


# -- a risk of children with the condition, and a test that found nothing -------------------------

@pytest.mark.parametrize("c", [
    ["Sleep: young people with Down syndrome are more likely to have pauses in breathing during sleep (sleep "
     "apnoea). Kai's overnight sleep study in March 2026 showed no sleep apnoea."],
    ["Children with this syndrome can have poor sleep. His sleep study in June 2026 found no problem."],
])
def test_a_risk_of_children_in_general_and_a_clear_test_state_no_sleep_need(c: list[str]) -> None:
    g = ["- Paediatric respiratory team: a sleep study once a year, next due in March 2027."]
    res = run(_plan(c, g), "HC-OUTCOMES")
    assert not flagged(res), why(res)


def test_a_sleep_difficulty_the_child_has_still_asks_for_an_outcome() -> None:
    c = ["Sleep: Kai wakes three or four times most nights and is often too tired to concentrate in the morning."]
    g = ["- Children's sleep practitioner: 4 home visits of 1 hour over 8 weeks to set up a bedtime routine."]
    assert flagged(run(_plan(c, g), "HC-OUTCOMES"))


# -- a symptom of a condition named before it ----------------------------------------------------

E_CALM = ("- By March 2027, Kai will use his worry plan to calm himself and return to class within 10 minutes on "
          "4 occasions out of 5, recorded by his key adult.")
G_CAMHS = ["- CAMHS practitioner: cognitive behavioural therapy for anxiety, 1:1, 50 minutes a week for 10 weeks."]


@pytest.mark.parametrize("c", [
    ["Kai has generalised anxiety, diagnosed by CAMHS in 2025. His symptoms include stomach aches, poor sleep and "
     "refusing to come into school."],
    ["Kai has an anxiety disorder. The main symptoms are racing thoughts, difficulty getting to sleep and "
     "shaking in busy places."],
])
def test_sleep_listed_among_an_anxietys_symptoms_is_part_of_it(c: list[str]) -> None:
    for crit, e in (("HC-OUTCOMES", [E_CALM]), ("HC-NEEDS-MET", [E_CALM])):
        res = run(_plan(c, G_CAMHS, e), crit)
        assert not flagged(res), (crit, why(res))


def test_poor_sleep_because_of_pain_is_the_painful_conditions() -> None:
    c = ["Kai has juvenile arthritis and joint hypermobility, with pain in his knees and hands. He sometimes sleeps "
         "badly because of the pain."]
    g = ["- Children's physiotherapist: reviews Kai's joint exercises every 6 weeks (45 minutes)."]
    e = ["- By April 2027, Kai will use his pacing plan so that his pain is 3 out of 10 or lower at the end of the "
         "school day on 4 days out of 5, recorded on his pain chart."]
    res = run(_plan(c, g, e), "HC-OUTCOMES")
    assert not any("(sleep)" in f.message for f in res.findings if f.kind == "issue"), why(res)


def test_sleep_as_a_need_of_its_own_still_asks_for_an_outcome() -> None:
    # the boundary: a sleep difficulty with its own treatment, not listed as another condition's symptom
    c = ["Kai has generalised anxiety, diagnosed by CAMHS in 2025.",
         "Sleep: Kai takes two hours to fall asleep and is too tired to concentrate in morning lessons."]
    res = run(_plan(c, G_CAMHS, [E_CALM]), "HC-OUTCOMES")
    assert any("(sleep)" in f.message for f in res.findings if f.kind == "issue"), why(res)


# -- medication about the condition named earlier in C -------------------------------------------

def test_medication_in_a_later_list_item_is_about_the_condition_named_before() -> None:
    c = ["Kai has spinal muscular atrophy and is under the regional neuromuscular team.",
         "- He has a daily medicine at home that helps keep his muscles strong.",
         "- His breathing is checked by the respiratory team every 6 months."]
    g = ["- Children's physiotherapist: a stretching programme reviewed every 6 weeks (45 minutes)."]
    e = ["- By July 2027, Kai will drive his powered wheelchair from class to the dining hall on his own on 4 days "
         "out of 5, recorded by his TA.", "- By July 2027, Kai will do his stretches with his TA on 4 days out of 5."]
    res = run(_plan(c, g, e), "HC-OUTCOMES")
    assert not any("(medication)" in f.message for f in res.findings if f.kind == "issue"), why(res)


def test_medication_alone_in_c_is_still_a_need() -> None:
    c = ["Kai takes a medicine at lunchtime in school, given by trained staff, and often refuses it."]
    g = ["- School nurse: trains two members of staff to give Kai's medicine, once a year (1 hour)."]
    assert flagged(run(_plan(c, g), "HC-OUTCOMES"))


# -- outcomes an auditor accepts for these needs -------------------------------------------------

@pytest.mark.parametrize("outcome", [
    "- By April 2027, Kai will give his own weekly injection at home with his dad watching, on 4 weeks out of 4.",
    "- By July 2027, Kai will manage his own inhalers at school, asking for them before PE on every occasion.",
])
def test_an_outcome_about_his_own_medicine_serves_a_medication_need(outcome: str) -> None:
    c = ["Kai needs an injection every week and a blood test every 2 months to check how his medicine is working."]
    g = ["- Rheumatology nurse specialist: reviews Kai's injections and blood results every 2 months (30 minutes)."]
    res = run(_plan(c, g, [outcome]), "HC-OUTCOMES")
    assert not flagged(res), why(res)


def test_speaking_aloud_serves_an_anxiety_that_keeps_the_child_silent() -> None:
    c = ["Anxiety: Kai has selective mutism, an anxiety condition, and does not speak to adults at school."]
    e = ["- By July 2027, Kai will answer 'here' out loud at the morning register on 4 days out of 5, recorded by "
         "his TA."]
    assert not flagged(run(_plan(c, G_CAMHS, e), "HC-OUTCOMES"))


def test_an_anxiety_with_no_outcome_still_asks_for_one() -> None:
    c = ["Anxiety: Kai has selective mutism, an anxiety condition, and does not speak to adults at school."]
    assert flagged(run(_plan(c, G_CAMHS), "HC-OUTCOMES"))
