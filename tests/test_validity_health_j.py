"""Validity classes from set J (round 8) in the health criteria (HC-*).

Each class: the set's sentence in its exact wording, and new sentences in other words that a
different council might write.
"""

from __future__ import annotations

import datetime as dt

import care_builder
import pytest
from validity_helpers import flagged, run, why

C_ASTHMA = "Mia has asthma and uses a reliever inhaler; she has had two attacks at school this year."
E_ANY = "- By July 2027, the child will read 30 words on sight."


def _g_plan(g: str, c: str = C_ASTHMA):
    return care_builder.build({"C": [c], "G": [f"- {g}"], "E": [E_ANY]})


# -- HC-PROVISION-SPECIFIC: the amount read for the kind of provision ------------------------------

SPECIFIC_BY_KIND = [
    # on demand: the trigger and how soon (set J, j105)
    "Children's Hearing Service: an appointment within 1 week when an ear infection stops Amir wearing his aids, "
    "requested by his parents or the Teacher of the Deaf.",
    "Community nursing team: a home visit within 2 working days if Noor's gastrostomy site becomes sore.",
    # on demand, given on the spot: its trigger is its amount
    "Reliever inhaler given by staff trained by the school nurse whenever Mia starts to wheeze.",
    # at each routine event (set J, j211, j205; a row of a What | When | Who table read as one line)
    "Sun protection: factor 50 sun cream applied before outdoor play and outdoor PE, April to September | Before "
    "each outdoor play and PE lesson | Class TA, following the advice of the Hospital Eye Service",
    "A phone alarm reminder for her preventer inhaler, set up with Shannon | Set up at the March 2026 health check; "
    "checked at each asthma review | Practice nurse, Shields Road Surgery",
    "Peak flow reading taken by the trained first aider after every swimming lesson, recorded for the asthma nurse.",
    # a one-off piece of work: who and by when (set J, j209, j212)
    "A plan, agreed with Ella, for moving to adult mental health services at 18 | By March 2027 | CAMHS "
    "practitioner, CAMHS 16-18 team",
    "Referral to the Adult ADHD Service, so that Tyler's care carries on after 18 | Referral made by June 2027; joint "
    "hand-over appointment before his 18th birthday | Dr Patel, Community Paediatrician",
    "Dietitian: an assessment of Sam's packed lunches with his dad, by the end of the spring term 2027.",
    "Transfer of Josh's care to the adult epilepsy service, with a joint appointment, when he turns 18 | Epilepsy "
    "nurse specialist",
    "The community nursing team will set up Noor's new overnight feeding routine with her parents before she starts "
    "nursery.",
]


@pytest.mark.parametrize("g", SPECIFIC_BY_KIND)
def test_health_provision_is_specific_for_its_kind(g):
    res = run(_g_plan(g), "HC-PROVISION-SPECIFIC")
    assert res.applicable and not flagged(res), why(res)


NOT_SPECIFIC = [
    # a trigger with no response time, from a service (not care on the spot)
    ("Children's audiology: an appointment when an ear infection stops him wearing his aids.", "response time"),
    # "when needed" is no trigger (set J, j210)
    ("The Adult Autism Service will provide support with Daniel's anxiety when needed.", "when needed"),
    ("Community paediatrician: advice to school if there are concerns.", "how often"),
    # a one-off piece of work with no date
    ("Referral to the Adult ADHD Service by Dr Patel, Community Paediatrician.", "does not say by when"),
    # continuing care is not made one-off by a date
    ("The dietitian will continue to monitor Ruby's weight from March 2027.", "how often"),
    ("The community paediatrician will review Jade's medication.", "how often"),
]


@pytest.mark.parametrize("g, gap", NOT_SPECIFIC)
def test_health_provision_missing_the_amount_for_its_kind_is_flagged(g, gap):
    res = run(_g_plan(g), "HC-PROVISION-SPECIFIC")
    assert flagged(res), why(res)
    assert gap in " ".join(f.message for f in res.findings if f.kind == "issue"), why(res)


# -- HC-PROVISION-SPECIFIC: the DCO's confirmation (dotted date) is no item of provision ----------

@pytest.mark.parametrize("line", [
    # set J, j209
    "The Designated Clinical Officer (DCO), Lorna Patterson, confirmed on 14.10.2026 that health agrees the "
    "provision in Section G.",
    "The DCO, Dr S. Kaur, confirmed on 3.3.2026 that health will provide the above.",
])
def test_a_dco_confirmation_with_a_dotted_date_is_not_provision(line):
    plan = care_builder.build({"C": [C_ASTHMA],
                               "G": ["- Asthma nurse: asthma review and inhaler technique check every 6 months.",
                                     line], "E": [E_ANY]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert not flagged(res) and not any(f.kind == "issue" for f in res.findings), why(res)


# -- C says "no health needs" and signposts the rest ---------------------------------------------

NO_HEALTH_NEEDS = [
    # set J, j207: the SEN signposted to B and F
    "Alfie has no health needs. His GP (family doctor), Dr Kaur, confirmed on 03.09.2026 that he is fit and well, "
    "and his hearing was tested in June 2026 and is normal. His speech and language needs are educational needs and "
    "are set out in Sections B and F.",
    # new: other councils' wording
    "Ayesha has no health needs. Her dyslexia is an educational need and is met in Section F.",
    "There are no health needs. He is registered with a dentist and an optician. He passed his hearing and vision "
    "screening at school in May 2026.",
    "Sam has autism, diagnosed by the Child Development Centre in 2021. He has no other health needs. His GP "
    "confirmed this in a letter dated 4 March 2026.",
]


@pytest.mark.parametrize("c", NO_HEALTH_NEEDS)
def test_no_health_needs_with_signposting_makes_g_not_applicable(c):
    plan = care_builder.build({"C": [c], "G": ["None. There are no health needs (see Section C)."], "E": [E_ANY]})
    for cid in ("HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-OUTCOMES"):
        assert not run(plan, cid).applicable, (cid, why(run(plan, cid)))
    assert not flagged(run(plan, "HC-NEEDS"))


def test_a_health_need_beside_signposting_is_still_a_need():
    c = "Her dyslexia is an educational need and is set out in Section F. She has epilepsy with weekly absences."
    plan = care_builder.build({"C": [c], "G": ["None."], "E": [E_ANY]})
    assert flagged(run(plan, "HC-PROVISION-SPECIFIC"))
    assert flagged(run(plan, "HC-NEEDS-MET"))


# -- HC-NEEDS-MET: F meets a health need only through a health professional ----------------------

C_WETTING = "Kayden has daytime wetting (about twice a week) and wets the bed at night."


@pytest.mark.parametrize("f, met", [
    # set J, j112: an educational adjustment by school staff
    ("Discreet toilet pass, spare clothes kept in the Inclusion Base, and a quiet reminder to use the toilet at "
     "break and lunch | Daily | Key adult", False),
    ("A timed toilet reminder from her teaching assistant every hour, and a change of clothes in her bag.", False),
    # a clinician's programme delivered in school
    ("Toileting programme set by the NHS continence nurse, visiting each half-term (30 minutes); the TA prompts "
     "Kayden every 90 minutes.", True),
])
def test_f_meets_a_health_need_only_through_a_health_professional(f, met):
    plan = care_builder.build({"C": [C_WETTING], "F": [f"- {f}"],
                               "G": ["- CAMHS: family therapy fortnightly, 1 hour, September 2026 to July 2027."],
                               "E": [E_ANY]})
    res = run(plan, "HC-NEEDS-MET")
    assert flagged(res) is not met, why(res)


def test_play_based_therapy_from_an_emotional_wellbeing_service_meets_a_mental_health_need():
    # set J, j112
    plan = care_builder.build({
        "C": ["Kayden and his foster carers are working with the Emotional Wellbeing & Mental Health Service (EWMHS) on "
              "his emotional wellbeing and attachment."],
        "G": ["- EWMHS: Theraplay (a play-based therapy that helps Kayden build trust with his carers), fortnightly, "
              "1 hour, with a Child and Family Practitioner at the clinic, September 2026 - July 2027."],
        "E": [E_ANY]})
    assert not flagged(run(plan, "HC-NEEDS-MET"))


# -- HC-OUTCOMES: ADHD managed by a named medicine; an outcome about anger serves trauma ----------

def test_adhd_managed_by_a_medicine_named_in_brackets_needs_no_outcome_of_its_own():
    # set J, j204
    c = ("Kai has ADHD, diagnosed in 2022 by his community paediatrician (a children's doctor). He takes ADHD "
         "medication (methylphenidate) each morning, which lowers his appetite at lunchtime.")
    plan = care_builder.build({"C": [c], "E": ["- By July 2027, Kai will gain a grade 4 in GCSE maths."]})
    res = run(plan, "HC-OUTCOMES")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("e", [
    "- By July 2027, when he feels angry at school, Kai will use his time-out card instead of walking out, on 9 out "
    "of 10 occasions (school behaviour log).",  # set J, j204
    "- By Easter 2027, when she feels worried before a lesson, Jade will tell her key adult using her card.",
])
def test_an_outcome_about_what_the_child_does_when_upset_serves_a_mental_health_need(e):
    c = "Because of his early experiences he has symptoms of trauma and has started trauma-focused work with CAMHS."
    plan = care_builder.build({"C": [c], "E": [e]})
    assert not flagged(run(plan, "HC-OUTCOMES"))


# -- HC-ADVICE-PROVIDERS: the GP who provides specific provision gave advice ---------------------

@pytest.mark.parametrize("g, k, ok", [
    # set J, j108: the GP provides, K has no GP advice
    ("Annual learning disability health check with Daniel's GP, including a review of his medication. Next due: "
     "October 2025.", ("health", "Medical advice", "Dr M. Okafor, Consultant Paediatrician"), False),
    ("GP: melatonin prescribed and reviewed every 6 months at Castle Surgery.",
     ("health", "Medical advice", "Dr A Lee, Community Paediatrician"), False),
    ("GP: melatonin prescribed and reviewed every 6 months at Castle Surgery.",
     ("health", "GP summary", "Dr B Shah, GP, Castle Surgery"), True),
])
def test_the_gp_providing_specific_provision_needs_gp_advice(g, k, ok):
    plan = care_builder.build({"C": ["He has a severe learning disability and poor sleep."], "G": [f"- {g}"]},
                              advice=[(*k, dt.date(2026, 9, 1))])
    res = run(plan, "HC-ADVICE-PROVIDERS")
    assert res.applicable and flagged(res) is not ok, why(res)


def test_registration_with_a_gp_is_no_provision_that_needs_advice():
    plan = care_builder.build({"C": ["He has a severe learning disability and poor sleep."],
                               "G": ["- Daniel is registered with Castle Surgery and sees his GP for routine care as "
                                     "any young person does.",
                                     "- School nurse: a written care plan for his medicine, reviewed each September "
                                     "(30 minutes)."]},
                              advice=[("health", "Medical advice", "Dr A Lee, Community Paediatrician",
                                       dt.date(2026, 9, 1))])
    assert not flagged(run(plan, "HC-ADVICE-PROVIDERS"))
