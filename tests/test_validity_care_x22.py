"""Validity classes from set X (round 22) in health (HC-*): each class in words of our own, with its
boundary.

1. A line in G that only says where other provision is written ("Occupational therapy is an
   educational provision and is recorded in Section F") is no item of health provision
   (HC-PROVISION-SPECIFIC); an item that names Section F and gives its own amount still is.
2. A line saying who keeps the care plan that provision above sets up ("The SENCo will keep the
   toileting plan at school") is judged with that provision, not as a one-off without a date; a
   named role in the setting (SENCo, teaching assistant) says who.
3. An optional extra at the family's wish ("with a second appointment if the parents wish") is no
   trigger of care on demand, and a single follow-up does not make a one-off appointment
   continuing care (HC-PROVISION-SPECIFIC).
4. A label naming conditions ("Hearing and vision:") whose value names them again is read through
   the value: "no difficulty with her hearing or her eyesight" is no need (HC-NEEDS-MET,
   HC-OUTCOMES).
5. A condition named only as what sets off a symptom described before it ("she hyperventilates,
   mostly when tired or anxious") is that symptom's trigger, not a need of its own.
6. The sentence that says whose advice C's account comes from ("Her health needs were described by
   Dr X, Consultant Ophthalmologist") names no need; sight loss is a vision need, its effect on
   sleep ("affects his sleep") is the sight loss's, and an outcome about a long cane, habilitation
   or the QTVI serves it (HC-OUTCOMES).
7. An outcome about her tube feeds serves a swallowing need as well as the feeding need
   (HC-OUTCOMES).
"""

from __future__ import annotations

import care_builder
import pytest
from packaged_rubric import RUBRIC
from validity_helpers import flagged, run, why

from ehcaudit.checks._health_amount import amount_gap
from ehcaudit.checks.health import HealthProvisionParams

# -- 1. a pointer to another section in G ---------------------------------------------------------

C_WALK = "Leo has cerebral palsy affecting his legs; he walks with a frame and tires quickly."
G_PHYSIO = "- Children's physiotherapist: 45 minutes in school every other Monday to review his stretches."
E_WALK = "By July 2027, Leo will walk from the classroom to the hall with his frame on 4 days out of 5."


def test_a_line_saying_where_other_provision_is_written_is_no_item():
    g = [G_PHYSIO, "- Occupational therapy is an educational provision for Leo and is recorded in Section F."]
    res = run(care_builder.build({"C": [C_WALK], "G": g, "E": [E_WALK]}), "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_an_item_that_names_section_f_with_no_amount_is_still_judged():
    # the boundary: a real item (it will do something) that mentions F is still provision
    g = [G_PHYSIO, "- The physiotherapist will train staff in the standing programme in Section F."]
    assert flagged(run(care_builder.build({"C": [C_WALK], "G": g, "E": [E_WALK]}), "HC-PROVISION-SPECIFIC"))


# -- 2. who keeps the care plan -------------------------------------------------------------------

C_WET = "Maya has daytime wetting and needs reminders and help to change."
G_NURSE = ("- School nurse: three 30-minute visits in the autumn term 2026 to write a toileting plan with "
           "Maya's parents and train her teaching assistant.")


def test_who_keeps_the_care_plan_is_judged_with_the_provision_above():
    g = [G_NURSE, "- The SENCo will keep the toileting plan at school."]
    res = run(care_builder.build({"C": [C_WET], "G": g}), "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_a_school_role_that_delivers_care_still_needs_its_amount():
    # the boundary: a SENCo delivering something is an item, and needs how often
    g = [G_NURSE, "- The SENCo will support Maya with her toileting plan."]
    assert flagged(run(care_builder.build({"C": [C_WET], "G": g}), "HC-PROVISION-SPECIFIC"))


# -- 3. an extra at the family's wish is no trigger ----------------------------------------------

def _g_params() -> HealthProvisionParams:
    d = RUBRIC.criterion("HC-PROVISION-SPECIFIC").check.model_dump()
    d.pop("kind", None)
    return HealthProvisionParams(**d)


def test_a_dated_appointment_with_an_optional_follow_up_is_one_off_work():
    p = _g_params()
    text = ("Cardiology: a clinic appointment with the consultant cardiologist by June 2027 (one visit, "
            "with a second appointment or a follow-up if the parents wish).")
    kind, gap, _ = amount_gap(text, p)
    assert (kind, gap) == ("one-off", None)


@pytest.mark.parametrize("text", [
    "Physiotherapy: a review appointment by the physiotherapist if his parents are worried.",
    "Audiology: an appointment with the audiologist if he stops wearing his aids.",
])
def test_a_real_trigger_still_needs_a_response_time(text):
    kind, gap, _ = amount_gap(text, _g_params())
    assert kind == "on demand" and gap is not None


# -- 4. a label of two conditions whose value rules them out --------------------------------------

G_DYSTONIA = ["- Children's physiotherapist: 40 minutes every fortnight in school to review her seating and stretches."]
E_DYSTONIA = ["By July 2027, Zara will keep an upright posture in her chair for 10 minutes while looking at a book, "
              "on 4 of 5 days."]


@pytest.mark.parametrize("criterion", ["HC-NEEDS-MET", "HC-OUTCOMES"])
def test_a_label_whose_value_rules_the_conditions_out_is_no_need(criterion):
    c = ["- Movement: Zara has dystonic cerebral palsy and needs help with her posture.",
         "- Sight and hearing: Zara has no difficulty with her eyesight or her hearing (tested in May 2026), "
         "but she needs things held close to her."]
    res = run(care_builder.build({"C": c, "G": G_DYSTONIA, "E": E_DYSTONIA}), criterion)
    assert not flagged(res), why(res)


def test_a_label_whose_value_names_a_loss_is_still_a_need():
    # the boundary: the value names the condition again, as a need
    c = ["- Movement: Zara has dystonic cerebral palsy and needs help with her posture.",
         "- Hearing and vision: Zara has a moderate hearing loss in both ears and wears hearing aids."]
    assert flagged(run(care_builder.build({"C": c, "G": G_DYSTONIA, "E": E_DYSTONIA}), "HC-NEEDS-MET"))


# -- 5. a condition named only as a symptom's trigger ---------------------------------------------

C_RETT = ["- Breathing: as part of Rett syndrome, Ella sometimes hyperventilates and holds her breath, "
          "mostly when tired or anxious."]
G_RETT = ["- Community children's nurse: a breathing care plan written by October 2026, and reviewed every 6 months."]
E_RETT = ["By July 2027, Ella will use her eye-gaze device to ask for a break, on 4 of 5 occasions."]


@pytest.mark.parametrize("criterion", ["HC-NEEDS-MET", "HC-OUTCOMES"])
def test_anxiety_named_only_as_a_trigger_is_no_mental_health_need(criterion):
    res = run(care_builder.build({"C": C_RETT, "G": G_RETT, "E": E_RETT}), criterion)
    assert not flagged(res), why(res)


def test_anxiety_that_opens_its_own_sentence_is_still_a_need():
    # the boundary: "When she is anxious she ..." describes the anxiety itself
    c = C_RETT + ["- When she is anxious she bites her hands until they bleed, most days."]
    assert flagged(run(care_builder.build({"C": c, "G": G_RETT, "E": E_RETT}), "HC-NEEDS-MET"))


# -- 6. who described the needs; sight loss and the outcomes that serve it -------------------------

C_SIGHT = ["Omar's health needs were described by Ms R Hale, Consultant Paediatric Ophthalmologist, in her "
           "advice of 2 May 2026.",
           "- Retinitis pigmentosa: Omar has severe sight loss and nystagmus. He is seen once a year in the eye clinic.",
           "- Omar has no difficulty with his hearing, but his sight loss affects his sleep; he takes melatonin "
           "prescribed by his GP."]
G_SIGHT = ["- Eye clinic: Ms Hale, Consultant Ophthalmologist, will review Omar once every 12 months.",
           "- GP: Dr Lane will review Omar's melatonin every 6 months."]


def test_a_mobility_outcome_serves_sight_loss():
    e = ["By July 2027, Omar will travel from home to college with his long cane on his own, on 5 days in a row, "
         "signed off by his habilitation specialist."]
    res = run(care_builder.build({"C": C_SIGHT, "G": G_SIGHT, "E": e}), "HC-OUTCOMES")
    assert not flagged(res), why(res)


def test_sight_loss_with_no_related_outcome_is_still_flagged():
    # the boundary: outcomes about something else leave the vision need without one
    e = ["By July 2027, Omar will gain five GCSEs at grade 4 or above."]
    assert flagged(run(care_builder.build({"C": C_SIGHT, "G": G_SIGHT, "E": e}), "HC-OUTCOMES"))


# -- 7. tube feeds and swallowing -----------------------------------------------------------------

C_TUBE = ["- Feeding: Noor is fed through a gastrostomy, with bolus feeds at school.",
          "- Swallowing: Noor's swallow is unsafe for thin drinks; she has a dysphagia plan."]
G_TUBE = ["- Children's community nurses: 2 hours of staff training in gastrostomy feeding each September.",
          "- Speech and language therapist (dysphagia): swallowing review every 6 months."]


def test_an_outcome_about_her_feeds_serves_the_swallowing_need():
    e = ["By July 2027, Noor will tell staff when she is ready for her feeds, using her switch, on 4 of 5 days."]
    res = run(care_builder.build({"C": C_TUBE, "G": G_TUBE, "E": e}), "HC-OUTCOMES")
    assert not flagged(res), why(res)


def test_swallowing_with_no_outcome_about_eating_or_feeds_is_flagged():
    e = ["By July 2027, Noor will choose a song at morning circle using her switch, on 4 of 5 days."]
    assert flagged(run(care_builder.build({"C": C_TUBE, "G": G_TUBE, "E": e}), "HC-OUTCOMES"))


# -- 8. poor sleep beside a reduced appetite, after a medicine: its side effects ---------------------

C_STIM = ("Ben has ADHD and takes a stimulant medicine each morning at home, prescribed by his paediatrician. "
          "His appetite is lower at lunchtime and he finds it hard to get to sleep.")
G_STIM = ["- Community paediatrician: review of Ben's ADHD medication every 6 months in clinic."]
E_STIM = ["By July 2027, Ben will stay on task for 15 minutes in English and maths lessons, on 4 of 5 days."]


def test_poor_sleep_beside_a_lower_appetite_is_the_medicines_side_effect():
    res = run(care_builder.build({"C": [C_STIM], "G": G_STIM, "E": E_STIM}), "HC-OUTCOMES")
    assert not flagged(res), why(res)


def test_poor_sleep_in_a_sentence_of_its_own_is_still_a_need():
    # the boundary: a sleep difficulty with its own treatment, no side-effect pair
    c = C_STIM.replace("His appetite is lower at lunchtime and he", "He") + \
        " He wakes most nights and is tired in class, and the sleep clinic has prescribed melatonin."
    assert flagged(run(care_builder.build({"C": [c], "G": G_STIM, "E": E_STIM}), "HC-OUTCOMES"))


def test_a_recognised_symptom_set_off_by_anxiety_stays_part_of_the_anxiety():
    # the boundary of class 5: the symptom before the trigger is a condition of its own (sleep), so the
    # anxiety is still named and the sleep is part of it, served by the anxiety's provision
    c = ["Mo has an anxiety disorder, treated by CAMHS, and takes sertraline each morning at home. "
         "He sometimes struggles to get to sleep when anxious."]
    g = ["- CAMHS: a psychiatrist reviews Mo's sertraline every 3 months in clinic."]
    e = ["By July 2027, Mo will use his calm plan to tell an adult when he feels anxious, on 4 of 5 occasions."]
    res = run(care_builder.build({"C": c, "G": g, "E": e}), "HC-OUTCOMES")
    assert not flagged(res), why(res)
