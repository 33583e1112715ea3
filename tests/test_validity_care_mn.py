"""Validity classes from sets M and N (round 11) in health (HC-*) and social care (SC-*): each class
with the set's sentence in its exact wording and a new one in other words."""

from __future__ import annotations

import datetime as dt

import care_builder
import pytest
from validity_helpers import flagged, run, why

# -- HC-NEEDS-MET / HC-OUTCOMES: a test or check that found nothing is no need -------------------

@pytest.mark.parametrize("c", [
    # set M, m201 (exact wording)
    "Her eyesight and hearing were checked in March 2026 and are within the normal range.",
    # set M, m206 (exact wording)
    "Her hearing test in June 2026 was clear.",
    # in other words
    "His vision was screened by the orthoptist last spring and came back normal.",
    "A hearing assessment in 2025 found no loss.",
])
def test_a_check_that_found_nothing_is_no_health_need(c):
    plan = care_builder.build({
        "C": ["Ruby has type 1 diabetes and needs her blood glucose checked before lunch.", c],
        "G": ["- Diabetes specialist nurse: trains school staff in blood glucose checks once a year (2 hours)."],
        "E": ["- By July 2027, Ruby will tell an adult when she feels shaky, on 4 out of 5 occasions."]})
    for cid in ("HC-NEEDS-MET", "HC-OUTCOMES"):
        res = run(plan, cid)
        assert not any(f.kind == "issue" and ("hearing" in f.message or "vision" in f.message)
                       for f in res.findings), (cid, why(res))


# -- HC-NEEDS-MET: a condition named only as the effect of another need ---------------------------

@pytest.mark.parametrize("c", [
    # set M, m102 (exact wording)
    "Kacper has difficulty getting to sleep (often not asleep until after 11pm), which leaves him tired and "
    "more anxious in the mornings.",
    # in other words
    "Amir has long-standing eczema on his hands, which makes him anxious about joining in with messy play.",
])
def test_a_condition_named_as_the_effect_of_another_need_is_that_needs(c):
    plan = care_builder.build({
        "C": [c],
        "G": ["- Community Paediatrician: review of his sleep every 6 months (30 minutes) in clinic.",
              "- Dermatology nurse: skin care plan and emollient reviewed every 3 months (20 minutes)."]})
    res = run(plan, "HC-NEEDS-MET")
    assert not flagged(res), why(res)


def test_anxiety_as_a_need_of_its_own_is_still_a_need():
    plan = care_builder.build({
        "C": ["Kacper has difficulty getting to sleep. He is also very anxious and has panic attacks in school."],
        "G": ["- Community Paediatrician: review of his sleep every 6 months (30 minutes) in clinic."]})
    assert flagged(run(plan, "HC-NEEDS-MET"))


# -- HC-NEEDS-MET / HC-OUTCOMES: each condition of a C–G–E row's C cell ----------------------------

N109_C = ("Jordan has epilepsy (generalised tonic-clonic seizures), with about two seizures a month, usually in "
          "the morning. He has buccal midazolam (a rescue medicine given inside the cheek) if a seizure lasts more "
          "than 5 minutes, and is tired for the rest of the day after a seizure. He also wets the bed at night and "
          "needs support to manage his continence.")
N109_G = ("Community Learning Disability Nurse: continence assessment and review every 6 months (1 hour, at home); "
          "continence products supplied by the Continence Service; a toileting plan shared with college.")
N109_E = ("7. By July 2026, Jordan will use the toilet independently at college following his visual sequence, with "
          "no more than one prompt a day, recorded by college staff.")


@pytest.mark.parametrize("need, prov, out", [
    (N109_C, N109_G, N109_E),  # set N, n109 (exact wording)
    # in other words: diabetes and a hearing loss in one cell, provision only for the hearing
    ("Priya has type 1 diabetes and uses an insulin pump. She also has a moderate hearing loss in both ears and "
     "wears hearing aids.",
     "Paediatric Audiology: hearing aid check and review every 6 months (30 minutes) at the hospital.",
     "By July 2027, Priya will ask for a repeat when she has not heard, in 4 out of 5 lessons."),
])
def test_a_second_condition_in_a_cge_row_with_no_provision_is_unmet(need, prov, out):
    plan = care_builder.build(threads=[("CGE", need, prov, out)])
    res = run(plan, "HC-NEEDS-MET")
    assert flagged(res), why(res)
    assert flagged(run(plan, "HC-OUTCOMES"))


@pytest.mark.parametrize("need, prov", [
    # set K, k109 (exact wording): a reaction to a situation is the row's own need
    ("Health appointments: Jack is very anxious about medical appointments and blood tests, and missed his last "
     "annual health check.",
     "Learning disability nurse, Community Learning Disability Team: 4 one-hour sessions before his annual health "
     "check (by October 2026) using a photo story and practice visits to the surgery, and support for Jack at the "
     "health check with his GP."),
    # set B, p24 (exact wording): a generic word (medication) is about the row's own condition
    ("Thyroid: Ruby takes daily medication for an underactive thyroid, monitored by blood tests.",
     "GP: thyroid blood test and review once a year (20 minutes)."),
    # in other words
    ("Teeth: Sam is worried about visits to the dentist and has two decayed teeth.",
     "Community dental service: desensitisation visits every 6 weeks (30 minutes) until treatment is complete."),
])
def test_a_cge_row_whose_cell_serves_its_own_need_is_met(need, prov):
    plan = care_builder.build(threads=[("CGE", need, prov, "By July 2027, the child will attend a check-up.")])
    res = run(plan, "HC-NEEDS-MET")
    assert not flagged(res), why(res)


def test_an_impact_anywhere_in_a_cge_cell_means_an_outcome_is_expected():
    # set N, n112 (exact wording): the impact is in the sentence after the one saying how it is managed
    plan = care_builder.build({"E": ["- By July 2027, Lily will put on her coat on her own."]}, threads=[(
        "CGE", "Constipation: Lily has long-standing constipation, linked to her very limited diet, and takes a "
               "daily laxative prescribed by her GP. When she is in pain she becomes distressed and bites her hand.",
        "Lily's parents give her medicine at home.", "")])
    assert flagged(run(plan, "HC-OUTCOMES"))
    assert flagged(run(plan, "HC-NEEDS-MET"))
    # in other words: managed with no impact stays quiet
    quiet = care_builder.build({"E": ["- By July 2027, Lily will put on her coat on her own."]}, threads=[(
        "CGE", "Eczema: Lily has mild eczema on her arms. It is managed with an emollient twice a day at home.",
        "GP: review of her skin care once a year.", "")])
    assert not flagged(run(quiet, "HC-OUTCOMES"))


@pytest.mark.parametrize("c", [
    # set N, n212 (exact wording)
    "He eats a very restricted diet of around 6 foods; his weight is below the 2nd centile and the Dietitian "
    "advised in May 2026 that his weight and diet need to be monitored every 3 months, with supplement drinks if "
    "he loses weight.",
    # in other words
    "Ellie is underweight and is not gaining weight as expected.",
])
def test_weight_below_a_centile_is_a_feeding_need(c):
    plan = care_builder.build({"C": [c], "G": ["- Consultant psychiatrist: medication review every 3 months."]})
    res = run(plan, "HC-NEEDS-MET")
    assert flagged(res), why(res)
    met = care_builder.build({"C": [c], "G": ["- Paediatric dietitian: weight and diet review every 3 months "
                                              "(30 minutes)."]})
    assert not flagged(run(met, "HC-NEEDS-MET"))


# -- HC-PROVISION-SPECIFIC ------------------------------------------------------------------------

C_EYES = "Ethan has a severe visual impairment (retinitis pigmentosa) and a hearing loss."


@pytest.mark.parametrize("item", [
    # set M, m205 (exact wording): the ICB's agreement is sign-off, not provision
    "Mereshire Integrated Care Board (ICB) agreed this health provision. Signed off by Mark Benson, Designated "
    "Clinical Officer, 20 July 2026.",
    "The Integrated Care Board has approved all of the provision above.",  # in other words
])
def test_the_icb_agreement_line_is_not_provision(item):
    plan = care_builder.build({"C": [C_EYES], "G": [
        "- Hospital Eye Service: Yearly eye examination with the Consultant Ophthalmologist (one appointment per "
        "year).", f"- {item}"]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("item", [
    # set M, m207 (exact wording): a service label glossed in brackets says who
    "Physiotherapy (Children's Community Physiotherapy): 6 sessions per year (45 mins each) in school, and a "
    "written daily stretching programme carried out by school staff (15 mins daily), reviewed at each session.",
    # set N, n204 (exact wording): a named centre says who
    "Cochlear Implant Centre: annual mapping and device check (half a day), and repairs on request within 5 "
    "working days.",
    # in other words
    "Orthotics (Northgate Hospital): review of his ankle splints every 6 months (30 minutes).",
    "Regional Hearing Unit: hearing aid check and new ear moulds every 3 months (30 minutes).",
])
def test_a_labelled_service_says_who(item):
    plan = care_builder.build({"C": [C_EYES], "G": [f"- {item}"]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert not any("who provides" in f.message for f in res.findings if f.kind == "issue"), why(res)


@pytest.mark.parametrize("g", ["TBC", "To be confirmed when the medical advice is received."])
def test_g_put_off_is_a_gap_even_when_c_describes_nothing(g):
    # set M, m109 (exact wording of C and G)
    plan = care_builder.build({"C": ["Awaiting information from Community Paediatrics. To be updated when the "
                                     "medical advice is received."], "G": [g]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert flagged(res), why(res)
    # G saying none beside an empty C stays not applicable (HC-NEEDS reports the gap)
    plan = care_builder.build({"C": ["To be confirmed."], "G": ["None identified at this time."]})
    assert not run(plan, "HC-PROVISION-SPECIFIC").applicable


# -- HC-ADVICE-PROVIDERS: a bracketed gloss is the same service -----------------------------------

@pytest.mark.parametrize("g, k_author", [
    # set N, n207 (exact wording)
    ("Specialist Epilepsy Service (adult neurology): annual clinic review with medication check.",
     "Ms R. Bell, Specialist Nurse (Epilepsy), Specialist Epilepsy Service"),
    # in other words
    ("Diabetes Team (paediatric endocrinology): insulin review every 3 months (30 minutes).",
     "Ms K. Dunn, Diabetes Specialist Nurse, Children's Diabetes Team"),
])
def test_a_bracketed_gloss_on_a_service_label_is_that_service(g, k_author):
    plan = care_builder.build({"C": ["Grace has epilepsy and type 1 diabetes."], "G": [f"- {g}"]},
                              advice=[("health", "Health advice", k_author, dt.date(2026, 4, 14))])
    res = run(plan, "HC-ADVICE-PROVIDERS")
    assert not flagged(res), why(res)


# -- SC-NEEDS -------------------------------------------------------------------------------------

@pytest.mark.parametrize("d", [
    # set N, n102 (exact wording): the social care service's own advice is the basis
    "Children's Social Care gave advice for the review (Child and Family Social Worker, 15 September 2026): the "
    "family are not known to social care and there are no social care needs relating to Daniel's SEN (special "
    "educational needs).",
    # in other words
    "Adult Social Care provided advice in May 2026 (Mr P. Hale, Social Worker): there are no social care needs.",
])
def test_the_social_care_services_own_advice_is_a_basis_for_none(d):
    res = run(care_builder.build({"D": [d]}), "SC-NEEDS")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("d", [
    # set N, n107 (exact wording)
    "Mia is a looked after child. She has lived with her foster carers since 2024.",
    # in other words
    "Josh is in local authority care. He has been living with his kinship carers for two years.",
])
def test_a_status_and_how_long_the_placement_has_lasted_describe_no_need(d):
    res = run(care_builder.build({"D": [d]}), "SC-NEEDS")
    assert flagged(res), why(res)


@pytest.mark.parametrize("d", [
    # set K, k204 (exact wording)
    "Kofi does not have any social care needs. His family have not asked for support from social care.",
    # in other words
    "There are no social care needs. Mum has never requested help from children's social care.",
])
def test_nobody_asking_for_support_is_no_basis_for_none(d):
    res = run(care_builder.build({"D": [d]}), "SC-NEEDS")
    assert flagged(res), why(res)
    assert not any(f.kind == "evidence" and "describes" in f.message for f in res.findings)


# -- SC-STATUTORY-LINK: a bare pointer to the care plan -------------------------------------------

@pytest.mark.parametrize("h1, h2", [
    # set N, n107 (exact wording)
    ("See care plan.", "Mia's social care needs will be met by her allocated social worker as appropriate."),
    # in other words
    ("As set out in his care plan.", "His social worker will provide support when needed."),
])
def test_a_bare_pointer_to_the_care_plan_is_no_link(h1, h2):
    plan = care_builder.build({"D": ["Mia is a looked after child. She has lived with her foster carers since 2024."],
                               "H1": [h1], "H2": [h2]},
                              advice=[("social_care", "Social care advice", "Jade Kerr, Social Worker",
                                       dt.date(2026, 9, 10))])
    res = run(plan, "SC-STATUTORY-LINK")
    assert flagged(res), why(res)


# -- SC-PROVISION-SPECIFIC ------------------------------------------------------------------------

@pytest.mark.parametrize("lines", [
    # set M, m112 (exact wording)
    ["Personal care at home: 1 hour each morning, 7 days a week, by a home care agency.",
     "Day opportunities on Saturdays: 6 hours weekly at a community day service.",
     "Overnight respite: 2 nights per month at a residential respite service.",
     "Arranged by Adult Social Care and reviewed every 12 months."],
    # in other words
    ["Weekend club: 5 hours every Saturday at the Riverside youth centre.",
     "All of the above is funded by the Disabled Children's Team."],
])
def test_service_names_with_time_words_and_arrangement_notes(lines):
    res = run(care_builder.build({"H2": [f"- {t}" for t in lines]}), "SC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("h2, f", [
    # set M, m208 (exact wording of H2)
    ("Ryan has a Care Act support plan from the Adult Social Care Transitions Team; see Section F for his support "
     "worker hours.",
     "Daily living support: A support worker funded by Adult Social Care will support Ryan at home for 10 hours "
     "per week to plan his meals, go shopping and cook."),
    # in other words
    ("Short breaks are arranged by the CWD Team (see Section F for how many).",
     "Two overnight short breaks a month at Oak House, funded by the Disabled Children's Team."),
])
def test_an_h_line_pointing_to_f_for_its_amount_is_judged_there(h2, f):
    res = run(care_builder.build({"F": [f"- {f}"], "H2": [h2]}), "SC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


# -- SC-RIGHT-SECTION: respite the child goes to, written in F ------------------------------------

@pytest.mark.parametrize("f", [
    # set N, n109 (exact wording)
    "Social group at college on Wednesday afternoons (a group of 6, 2 hours) led by a Learning Support Assistant. "
    "Jordan should continue to access respite at Oak Lodge as required.",
    # in other words
    "Maths intervention three times a week (20 minutes). Amy attends respite one weekend a month.",
])
def test_respite_written_in_f_is_misplaced(f):
    res = run(care_builder.build({"F": [f"- {f}"], "H2": ["None."]}), "SC-RIGHT-SECTION")
    assert flagged(res), why(res)


def test_respite_as_a_break_in_class_is_not_social_care():
    f = "A quiet corner as respite from the noise of the classroom, 10 minutes after each lesson."
    res = run(care_builder.build({"F": [f"- {f}"], "H2": ["None."]}), "SC-RIGHT-SECTION")
    assert not flagged(res), why(res)


# -- labelled not applicable on sound plans: C says none, with a normal test beside it -------------

@pytest.mark.parametrize("c", [
    # set M, m211 (exact wording): a bare "None." opening the cell, and a normal test result
    "None. Dr Amin, Community Paediatrician, assessed Isla in January 2026 and found no medical cause for her "
    "language difficulty and no health needs related to her special educational needs. Her hearing test in "
    "December 2025 was normal.",
    # set N, n106 (exact wording): "no ongoing health concerns"
    "Chloe has no health needs relating to her special educational needs. Her GP confirmed this (summary, 14 July "
    "2026), and the Community Paediatrician discharged her from clinic in 2024 as there were no ongoing health "
    "concerns.",
    # in other words
    "Nil. The school nurse saw Tom in May 2026 and found no health needs. His eyesight check last term came back "
    "clear.",
])
def test_c_saying_none_with_its_basis_leaves_g_none_not_applicable(c):
    plan = care_builder.build({"C": [c], "G": ["No health provision is required."]})
    for cid in ("HC-PROVISION-SPECIFIC", "HC-NEEDS-MET"):
        res = run(plan, cid)
        assert not res.applicable, (cid, why(res))


def test_a_test_with_a_finding_is_still_a_need():
    plan = care_builder.build({"C": ["Her hearing test in 2025 showed a moderate loss in both ears."],
                               "G": ["No health provision is required."]})
    assert flagged(run(plan, "HC-NEEDS-MET"))


# -- SC-STATUTORY-LINK: section 17 short breaks are a service, not a child in need plan ------------

@pytest.mark.parametrize("text, status", [
    # set N, n201 / n205 (exact wording)
    ("The family were given information about section 17 short breaks and can ask for a fresh assessment at any "
     "time.", False),
    ("He is eligible for section 17 short breaks to support him to take part in community activities.", False),
    # in other words
    ("Sara's family receive section 17 funding for a weekly sitting service.", False),
    ("Sam is supported under section 17 as a child in need, with a plan reviewed every 3 months.", True),
])
def test_section_17_short_breaks_are_not_a_child_in_need_status(text, status):
    plan = care_builder.build({"D": [text], "H2": ["- Two overnight short breaks a month at Oak House."]})
    assert run(plan, "SC-STATUTORY-LINK").applicable is status


@pytest.mark.parametrize("c", [
    # set M, m212 / set N, n208 (exact wording)
    "Not known at the time of writing.",
    # set N, n108 (exact wording): a routine check reported with no finding, beside a plain none
    "Amir's hearing was tested by Paediatric Audiology in May 2026 and is normal. His eyesight was checked at his "
    "school entry health check. He is healthy and has no health needs relating to his SEN.",
    # in other words
    "Unknown at this point.",
])
def test_c_saying_nothing_or_none_with_g_none_is_not_for_needs_met(c):
    plan = care_builder.build({"C": [c], "G": ["None."]})
    res = run(plan, "HC-NEEDS-MET")
    assert not res.applicable, why(res)


def test_a_check_that_found_a_problem_is_a_need():
    plan = care_builder.build({"C": ["His eyesight was checked in May and he now wears glasses for a squint."],
                               "G": ["None."]})
    assert flagged(run(plan, "HC-NEEDS-MET"))
