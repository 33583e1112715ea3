"""Round 29: what a health need is, defined as an auditor applies it (HC-NEEDS-MET, HC-OUTCOMES).

A health need is a current condition, difficulty or risk the child has now that needs care,
treatment, monitoring or an adjustment. A clause that says a condition, or a test of it, is
typical, clear, fine, resolved or history states no need, whatever condition it names; a clause
that states a difficulty, a loss or a risk states one. The discipline or service that tested the
child names no condition. The sentences here are invented, in the words other councils might use:
none of them is a phrasing the rubric lists.
"""

from __future__ import annotations

import care_builder
import pytest
from packaged_rubric import RUBRIC
from validity_helpers import flagged, run, why

from ehcaudit.checks._health_c_reading import needs_in
from ehcaudit.checks._items import Sentence
from ehcaudit.checks.health_thread import HealthOutcomesParams, NeedsMetParams
from ehcaudit.model import Block
from ehcaudit.text import sentences

NEEDS_MET = NeedsMetParams(**RUBRIC.criterion("HC-NEEDS-MET").check.params_dict())
OUTCOMES = HealthOutcomesParams(**RUBRIC.criterion("HC-OUTCOMES").check.params_dict())


def _needs(text: str, p=NEEDS_MET) -> list[str]:
    b = Block(id=0, kind="paragraph", text=text, section="C", location="Section C, paragraph 1")
    return [c.name for c, _ in needs_in([Sentence(t, b) for t in sentences(text)], p)]


# -- a clause that says the condition is typical, clear or fine states no need ----------------------

FINE = [
    "Her audiology results last spring showed typical hearing in both ears.",
    "Vision: unremarkable at the orthoptic review in May 2026.",
    "His sight was assessed by the optometrist and is age-appropriate.",
    "She passed her newborn hearing screen and a repeat check in 2025.",
    "Hearing and vision are satisfactory.",
    "His hearing is within normal limits (audiology, April 2026).",
    "Hearing – no issues identified.",
    "Amir hears well and has passed all his hearing checks.",
    "Her eyesight was last checked in June 2026 and needs no correction.",
    "Her hearing and eyesight have been checked and are as expected for her age.",
    "An audiology review in May 2026 showed her hearing is now in the typical range.",
    "Eyesight: no difficulties noted at her last eye test (June 2026).",
    "Hearing was screened at birth and again at 4; both results were clear.",
    "There are no current worries about her sleep.",
    "Zac sleeps well now that his bedtime routine is settled.",
]

# -- ... or that it is over: history, or controlled away -------------------------------------------

OVER = [
    "She had glue ear as a toddler, which cleared without treatment.",
    "He has been seizure free since 2023 and no longer takes medication.",
    "Her asthma resolved in early childhood.",
    "He has not had a seizure for three years.",
    "She had a heart murmur as a newborn, which has since gone.",
]


@pytest.mark.parametrize("text", FINE + OVER)
def test_a_fine_or_finished_condition_is_no_need(text):
    assert _needs(text) == [], text
    assert _needs(text, OUTCOMES) == [], text


# -- a clause that states a difficulty, a loss or a risk is a need, beside any fine word -----------

NEEDS = [
    ("His hearing test showed a moderate loss in his left ear.", "hearing"),
    ("Her hearing is not within the normal range.", "hearing"),
    ("She has a mild hearing loss; her aids were checked in March 2026 and are working well.", "hearing"),
    ("Her hearing was tested in May 2026 and showed a mild loss in both ears.", "hearing"),
    ("Audiology found a mild conductive loss in his right ear in May 2026.", "hearing"),
    ("Her vision was checked in June and she now needs glasses for reading.", "vision"),
    ("Mo's hearing is good, but he has asthma.", "asthma"),
    ("Kai has epilepsy and is doing well at school.", "epilepsy"),
    ("Her epilepsy is well controlled with medication, but she had one seizure at school in May.", "epilepsy"),
    ("Bilal has right-sided cerebral palsy, diagnosed in infancy.", "physical needs"),
    ("Zainab's eye condition is reviewed every year by the paediatric ophthalmology clinic.", "vision"),
    ("Her hearing fluctuates because of glue ear and is worse when she has a cold.", "hearing"),
]


@pytest.mark.parametrize(("text", "need"), NEEDS)
def test_a_difficulty_loss_or_risk_is_a_need(text, need):
    assert need in _needs(text), text


EFFECTS = [
    # the later condition is the first one's effect, whatever the verb, met by its provision
    ("Her eczema is very itchy at night, which disturbs her sleep.", "eczema"),
    ("His constipation gives him tummy pain and means he sleeps poorly.", "constipation"),
    ("Isla has hypermobility. This also disturbs her sleep, because her joints ache at night.", "physical needs"),
    ("Cerebral palsy: Ben's cerebral palsy affects his walking. It also leads to poor sleep.", "physical needs"),
    ("Leo has asthma; when it flares he is tired and anxious the next day.", "asthma"),
    ("Her eczema itches most at night, so she often sleeps poorly.", "eczema"),
]


@pytest.mark.parametrize(("text", "need"), EFFECTS)
def test_an_effect_stated_of_a_need_is_part_of_it(text, need):
    assert _needs(text) == [need], text


@pytest.mark.parametrize(("text", "need"), [
    ("Sam has asthma. It is also thought that he has anxiety.", "mental health"),
    ("He has eczema. These days he also has seizures at night.", "epilepsy"),
])
def test_a_second_need_after_a_pronoun_is_still_its_own(text, need):
    assert need in _needs(text), text


def test_a_cause_set_aside_states_no_difficulty():
    # the hearing test found nothing, and the loss is named only as a cause ruled out
    assert _needs("Her hearing was checked by the audiology service and found to be normal, so her speech delay "
                  "is not caused by a hearing loss.") == []


# -- the criteria on whole plans: a fine statement raises nothing; a real need left unmet is flagged --

G_EPILEPSY = "- Epilepsy nurse: seizure care plan written with school by September 2026 and reviewed each term."
E_EPILEPSY = "- By July 2027, Maya will tell an adult when she feels unwell, on 4 occasions out of 5."


def _plan(c: str, g: str = G_EPILEPSY, e: str = E_EPILEPSY):
    return care_builder.build({"C": [c], "G": [g], "E": [e]})


@pytest.mark.parametrize("fine", ["Her eyesight and hearing were looked at by the school nurse in May and are "
                                  "age-appropriate.",
                                  "Vision – no concerns at the optician's check (March 2026).",
                                  "She passed her hearing screen at nursery; the result was clear."])
def test_a_fine_finding_beside_a_met_need_raises_nothing(fine):
    plan = _plan(f"{fine} Maya has epilepsy, with absence seizures most days.")
    for cid in ("HC-NEEDS-MET", "HC-OUTCOMES"):
        res = run(plan, cid)
        assert not flagged(res), (cid, why(res))


@pytest.mark.parametrize("need", ["Maya has a moderate hearing loss in both ears and wears hearing aids.",
                                  "A hearing test in March 2026 found a mild loss in her right ear.",
                                  "Her hearing is below the typical range for her age and is being monitored "
                                  "by the audiology clinic."])
def test_a_real_need_with_nothing_in_g_is_still_flagged(need):
    res = run(_plan(f"Maya has epilepsy, with absence seizures most days. {need}"), "HC-NEEDS-MET")
    assert flagged(res), why(res)


# -- health's sign-off line in a C–G–E row is no need row ----------------------------------------

ROW = ("CGE", "Epilepsy: Maya has absence seizures most days.",
       "Epilepsy nurse: seizure care plan written with school by September 2026, reviewed termly.",
       "By July 2027, Maya will tell an adult when she feels unwell, 4 times out of 5.")


@pytest.mark.parametrize("signoff", [
    "Health provision reviewed and signed off by Dr Patel, Designated Clinical Officer, 4 June 2026.",
    "DCO agreement: Ms K Obi, Designated Clinical Officer for SEND, 12 May 2026",
    "The health sections of this plan were checked and approved by the Designated Medical Officer on 2 March 2026.",
    "Signed on behalf of the ICB: A Jones (DCO), 1 April 2026",
])
def test_a_sign_off_row_is_no_need_row(signoff):
    plan = care_builder.build({"E": ["- By July 2027, Maya will read 20 words."]},
                              threads=[ROW, ("CGE", signoff, "", "")])
    for cid in ("HC-NEEDS-MET", "HC-OUTCOMES"):
        res = run(plan, cid)
        assert not flagged(res), (cid, why(res))


def test_a_need_row_with_nothing_in_g_is_still_flagged():
    plan = care_builder.build({"E": ["- By July 2027, Maya will read 20 words."]},
                              threads=[ROW, ("CGE", "Maya has asthma and needs her inhaler before PE.", "", "")])
    assert flagged(run(plan, "HC-NEEDS-MET"))


# -- a word of one condition used in another sense names no condition --------------------------------

@pytest.mark.parametrize("text", [
    "He has fits of temper when routines change.",
    "His heart is set on joining the football club.",
    "She loses heart quickly when work is hard.",
    "She is anxious to do well in her exams.",
])
def test_a_word_in_another_sense_is_no_condition(text):
    assert _needs(text) == [], text


@pytest.mark.parametrize(("text", "need"), [
    ("He has fits most weeks.", "epilepsy"),
    ("She was born with a hole in her heart, which is checked every year.", "heart condition"),
    ("He has a heart condition and tires quickly.", "heart condition"),
    ("He is anxious about most things and settles well with a familiar adult.", "mental health"),
    ("She is profoundly deaf and does well with her cochlear implants.", "hearing"),
])
def test_the_condition_itself_is_still_read(text, need):
    assert need in _needs(text), text


# -- HC-OUTCOMES: only a significant need asks for an outcome of its own -----------------------------

G_CARE = "- GP and school nurse: asthma and eczema review each year; emollient cream and inhalers prescribed by the GP."
E_READING = "- By July 2027, Sam will read 30 words on sight."


@pytest.mark.parametrize("c", [
    "Ava has eczema, treated with emollient cream at home.",
    "Mild eczema on her elbows; her parents apply cream each night.",
    "Constipation, for which he has a daily laxative at home from his GP.",
    "His asthma is controlled by a preventer inhaler he takes at home morning and evening.",
])
def test_a_need_looked_after_at_home_with_no_effect_is_not_significant(c):
    res = run(care_builder.build({"C": [c], "G": [G_CARE], "E": [E_READING]}), "HC-OUTCOMES")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("c", [
    "Sam has asthma and uses his reliever inhaler in school about twice a week, which stops him joining in PE.",
    "Amy has asthma and a preventer inhaler at home; she gets wheezy after PE and uses her reliever then.",
    "Tom's sleep is poor: he wakes most nights and is often too tired to concentrate in lessons.",
])
def test_a_need_that_affects_the_school_day_is_significant(c):
    res = run(care_builder.build({"C": [c], "G": [G_CARE], "E": [E_READING]}), "HC-OUTCOMES")
    assert flagged(res), why(res)
