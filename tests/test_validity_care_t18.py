"""Validity classes from set U (round 18) in health (HC-*) and social care (SC-*): each class in
words of our own, with its boundary (a near miss that must still be flagged, or still pass)."""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

D = care_builder.D

C_ANXIETY = "Ellis has an anxiety disorder; on bad days he cannot leave the house."
H2_GOOD = "- Overnight short breaks at Larch House: two nights a month, arranged by the Disabled Children's Team."


# -- SC-PROVISION-SPECIFIC: a line saying the statute does not apply is a "none", not provision ---------

@pytest.mark.parametrize("h1", [
    "Sam is 19 and section 2 of the Chronically Sick and Disabled Persons Act 1970 no longer applies to him.",
    "Ava does not need provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.",
])
def test_a_statute_that_does_not_apply_is_no_provision_item(h1):
    res = run(care_builder.build({"D": ["Ava needs support with personal care."], "H1": [h1], "H2": [H2_GOOD]}),
              "SC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_a_vague_line_beside_it_is_still_flagged():
    plan = care_builder.build({"D": ["Ava needs support with personal care."],
                               "H1": ["Section 2 of the 1970 Act no longer applies to Ava."],
                               "H2": ["- Support from the family support worker as needed."]})
    assert flagged(run(plan, "SC-PROVISION-SPECIFIC"))


# -- SC-RIGHT-SECTION: supervised family contact written in F is social care provision -----------

def test_supervised_contact_in_f_is_misplaced():
    plan = care_builder.build({"F": ["- Maya will see her father every other Sunday for 2 hours, supervised by the "
                                     "county contact service."], "H2": [H2_GOOD]})
    assert flagged(run(plan, "SC-RIGHT-SECTION"))


def test_contact_with_school_staff_in_f_is_not_care():
    plan = care_builder.build({"F": ["- Maya's keyworker will keep in contact with her mum by a weekly 10-minute "
                                     "phone call."], "H2": [H2_GOOD]})
    res = run(plan, "SC-RIGHT-SECTION")
    assert not flagged(res), why(res)


# -- SC-RIGHT-SECTION: tutoring towards a qualification written in H is educational --------------

def test_tutoring_in_h2_is_educational():
    plan = care_builder.build({"H2": [H2_GOOD, "- English tutoring: 1:1 with the college's learning support tutor, "
                                               "45 minutes every Monday, towards Functional Skills English."]})
    assert flagged(run(plan, "SC-RIGHT-SECTION"))


def test_a_weekend_personal_assistant_in_h2_is_care():
    plan = care_builder.build({"H2": [H2_GOOD, "- A personal assistant to take Noor bowling on Saturdays, 4 hours "
                                               "a week, paid through a direct payment."]})
    res = run(plan, "SC-RIGHT-SECTION")
    assert not flagged(res), why(res)


# -- SC-RIGHT-SECTION: equipment a health service provides is health provision in G --------------

def test_health_service_equipment_checked_by_care_staff_belongs_in_g():
    plan = care_builder.build({"G": ["- An apnoea monitor by Josh's bed, supplied and serviced by the Children's "
                                     "Respiratory Team, checked each night by waking night staff."], "H2": [H2_GOOD]})
    res = run(plan, "SC-RIGHT-SECTION")
    assert not flagged(res), why(res)


def test_waking_night_care_in_g_with_no_health_service_is_misplaced():
    plan = care_builder.build({"G": ["- Waking night staff at the residential house will check on Josh every hour "
                                     "overnight."], "H2": [H2_GOOD]})
    assert flagged(run(plan, "SC-RIGHT-SECTION"))


# -- HC-NEEDS-MET: a condition ruled out (a clear test, "not caused by") is no need --------------

@pytest.mark.parametrize("c", [
    "Her eyesight was checked by the hospital eye clinic last spring and found to be normal, so her reading "
    "difficulties are not caused by a vision problem. She has asthma.",
    "Leo's attention difficulties are not due to hearing loss. He has asthma.",
])
def test_a_ruled_out_condition_needs_no_provision(c):
    plan = care_builder.build({"C": [c], "G": ["- Asthma nurse: an asthma review every 6 months, 30 minutes."]})
    res = run(plan, "HC-NEEDS-MET")
    assert not flagged(res), why(res)


def test_a_hearing_loss_stated_is_still_a_need():
    plan = care_builder.build({"C": ["Leo has a moderate hearing loss in both ears. He has asthma."],
                               "G": ["- Asthma nurse: an asthma review every 6 months, 30 minutes."]})
    assert flagged(run(plan, "HC-NEEDS-MET"))


# -- HC-NEEDS-MET / HC-ADVICE-PROVIDERS: the adult community mental health team (CMHT) -----------

CMHT_G = ["- Care coordinator from the CMHT: a 1-hour appointment every 2 weeks to review Ellis's mood."]


def test_cmht_meets_a_mental_health_need():
    res = run(care_builder.build({"C": [C_ANXIETY], "G": CMHT_G}), "HC-NEEDS-MET")
    assert not flagged(res), why(res)


def test_cmht_providing_without_its_advice_is_flagged():
    plan = care_builder.build({"C": [C_ANXIETY], "G": CMHT_G},
                              advice=[("health", "Medical advice", "Dr P Lund, GP", D(2026, 5, 1))])
    assert flagged(run(plan, "HC-ADVICE-PROVIDERS"))


def test_cmht_providing_with_its_advice_passes():
    plan = care_builder.build({"C": [C_ANXIETY], "G": CMHT_G},
                              advice=[("health", "Mental health advice", "Mr T Obi, Care Coordinator, CMHT",
                                       D(2026, 5, 1))])
    res = run(plan, "HC-ADVICE-PROVIDERS")
    assert not flagged(res), why(res)


# -- HC-ADVICE-PROVIDERS: a general practice advises as one team ----------------------------------

def _practice(provider_place: str, k_author: str):
    return care_builder.build(
        {"C": ["Ellis has a learning disability and hypothyroidism."],
         "G": [f"- Health action plan reviewed with Ellis once a year, 30 minutes, by the practice learning "
               f"disability nurse, {provider_place}."]},
        advice=[("health", "Medical advice", k_author, D(2026, 5, 1))])


def test_a_practice_nurse_is_covered_by_the_practice_gp_advice():
    res = run(_practice("Elm Tree Surgery", "Dr R Shah, GP, Elm Tree Surgery"), "HC-ADVICE-PROVIDERS")
    assert not flagged(res), why(res)


def test_a_nurse_at_another_practice_is_not_covered():
    res = run(_practice("Elm Tree Surgery", "Dr R Shah, GP, Castle Medical Centre"), "HC-ADVICE-PROVIDERS")
    assert flagged(res)


# -- HC-PROVISION-SPECIFIC: a safety net added to the provision above it ------------------------

THERAPY = ("- CAMHS clinical psychologist: 10 sessions of CBT, 50 minutes each, weekly from January 2027, at the "
           "CAMHS clinic.")


def test_a_safety_net_in_addition_to_the_therapy_above_is_judged_with_it():
    plan = care_builder.build({"C": [C_ANXIETY], "G": [THERAPY, "- Ellis's parents may phone the CAMHS advice line "
                                                                "if they are worried, as well as the sessions above."]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_a_when_needed_line_of_its_own_is_still_flagged():
    plan = care_builder.build({"C": [C_ANXIETY], "G": [THERAPY, "- Ellis can see the CAMHS duty worker when "
                                                                "needed."]})
    assert flagged(run(plan, "HC-PROVISION-SPECIFIC"))


# -- one rule for a one-off piece of work with its deadline (health and social care alike) ------

@pytest.mark.parametrize("line", [
    "- The social worker will review Kit's housing options at his next annual review.",
    "- A transfer to the adult disability team, completed before Kit's 18th birthday.",
])
def test_social_care_one_off_work_with_a_deadline_needs_no_frequency(line):
    plan = care_builder.build({"D": ["Kit needs help to plan for adult life."], "H2": [line]})
    res = run(plan, "SC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_health_one_off_work_at_a_set_review_needs_no_frequency():
    plan = care_builder.build({"C": [C_ANXIETY], "G": [
        THERAPY, "- CAMHS consultant: a referral to the adult mental health service, made at his next annual review."]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_social_care_one_off_work_with_no_deadline_is_still_flagged():
    plan = care_builder.build({"D": ["Kit needs help to plan for adult life."],
                               "H2": ["- A transfer to the adult disability team will be arranged."]})
    assert flagged(run(plan, "SC-PROVISION-SPECIFIC"))


# == set T (round 18, second care pass) ==========================================================

# -- the reader's items: a card's "Health need:" line is the item's cross-reference, not an item -----

@pytest.mark.parametrize("line", ["Health need: Cerebral palsy", "Need: Recurrent ear infections",
                                  "Need met: Asthma", "Area of need: Physical"])
def test_a_need_label_completes_the_card_above_it(line):
    from ehcaudit.checks._items import is_part_field
    assert is_part_field(line)


def test_a_service_label_still_starts_an_item_of_its_own():
    from ehcaudit.checks._items import is_part_field
    assert not is_part_field("Orthopaedics: an annual review in clinic")


@pytest.mark.parametrize("cell", ["Health need", "Need", "Area of need", "Needs met"])
def test_a_need_column_heading_is_a_header(cell):
    from ehcaudit.checks._table_lines import is_header_cell
    assert is_header_cell(cell)


def test_a_need_written_as_a_sentence_is_no_header():
    from ehcaudit.checks._table_lines import is_header_cell
    assert not is_header_cell("Needs help to eat")


# -- clauses: a condition used as a label takes its value from the clause after the colon ----------

def test_a_label_takes_the_clause_after_its_colon():
    import re

    from ehcaudit.clauses import negated
    after = re.compile(r"^.{0,40}?(?:\bno seizures for\b|\bwithin normal limits\b)", re.I)
    assert negated("Epilepsy: Kit has had no seizures for three years.", 0, 8, None, after)
    assert negated("C2 Hearing: within normal limits at the March check.", 3, 10, None, after)
    # a condition in the middle of a clause is no label: "has epilepsy: seizures most weeks"
    assert not negated("Kit has epilepsy: seizures most weeks.", 8, 16, None, after)


def test_a_row_about_a_controlled_condition_is_served_by_its_own_outcome_cell():
    plan = care_builder.build(threads=[("CGE", "Epilepsy: Kit has had no seizures for three years and takes his "
                                               "medicine twice a day. He has an epilepsy care plan and rescue "
                                               "medication.",
                                        "Epilepsy nurse: reviews the care plan every 6 months and trains staff each "
                                        "September (2 hours).",
                                        "By July 2027, Kit will accept his medication from staff at both times "
                                        "each day on 95% of days.")])
    res = run(plan, "HC-OUTCOMES")
    assert not flagged(res), why(res)


def test_a_second_condition_in_the_row_still_needs_its_own_outcome():
    plan = care_builder.build(threads=[("CGE", "Asthma: Kit uses a reliever inhaler. He also has epilepsy, with "
                                               "seizures most weeks.",
                                        "Asthma nurse: an asthma review every 6 months, 30 minutes.",
                                        "By July 2027, Kit will use his inhaler before PE on 9 out of 10 lessons.")])
    assert flagged(run(plan, "HC-OUTCOMES"))


# -- HC-OUTCOMES: a list of quoted words is vocabulary, not what the outcome is about ---------------

def _continence_with(e: str):
    return care_builder.build({"C": ["Nia is not yet toilet trained and wears pads during the day."],
                               "E": [e]})


def test_a_quoted_sign_word_is_no_continence_outcome():
    res = run(_continence_with("By July 2027, Nia will use 40 signs to make requests, including 'drink', 'toilet' "
                               "and 'more', recorded by her key worker."), "HC-OUTCOMES")
    assert flagged(res)


def test_telling_an_adult_she_needs_the_toilet_is_a_continence_outcome():
    res = run(_continence_with("By July 2027, Nia will sign 'toilet' to tell an adult she needs to go, on 4 out of "
                               "5 occasions, recorded on her toileting chart."), "HC-OUTCOMES")
    assert not flagged(res), why(res)


# -- conditions that are not needs: equipment, a clear test with the service named, a trigger, a habit --

G_PHYSIO = ["- Physiotherapist from the Children's Therapy Service: reviews the postural programme every half term "
            "(1 hour)."]


def test_a_sleep_system_is_postural_equipment_not_a_sleep_need():
    plan = care_builder.build({"C": ["Tom has cerebral palsy. At home he uses a sleep system and a standing frame."],
                               "G": G_PHYSIO})
    res = run(plan, "HC-NEEDS-MET")
    assert not flagged(res), why(res)


def test_a_sleep_difficulty_is_still_a_need():
    plan = care_builder.build({"C": ["Tom has cerebral palsy. He has great difficulty getting to sleep and wakes "
                                     "four times a night."], "G": G_PHYSIO})
    assert flagged(run(plan, "HC-NEEDS-MET"))


def test_a_clear_test_naming_the_service_is_no_need():
    plan = care_builder.build({"C": ["Tom has no difficulty with his hearing – a hearing test at the hospital audiology "
                                     "clinic last June was clear – but he has cerebral palsy."], "G": G_PHYSIO})
    res = run(plan, "HC-NEEDS-MET")
    assert not flagged(res), why(res)


def test_a_trigger_of_eczema_is_not_a_mental_health_need():
    plan = care_builder.build({"C": ["Ivy has eczema on her arms. It gets worse when she is anxious about tests."],
                               "G": ["- Health visitor: writes an eczema care plan by October 2026; emollient "
                                     "applied by nursery staff after lunch each day."]})
    res = run(plan, "HC-NEEDS-MET")
    assert not flagged(res), why(res)


def test_anxiety_of_its_own_beside_eczema_is_still_a_need():
    plan = care_builder.build({"C": ["Ivy has eczema on her arms. She is anxious most mornings and often refuses to "
                                     "come into class."],
                               "G": ["- Health visitor: writes an eczema care plan by October 2026; emollient "
                                     "applied by nursery staff after lunch each day."]})
    assert flagged(run(plan, "HC-NEEDS-MET"))


def test_using_the_toilet_when_needed_in_a_list_of_habits_is_no_continence_need():
    plan = care_builder.build({"C": ["Ravi has asthma. To stay well he must drink water, use the toilet when needed "
                                     "and rest after PE."],
                               "G": ["- Asthma nurse: an asthma review every 6 months, 30 minutes."]})
    res = run(plan, "HC-NEEDS-MET")
    assert not flagged(res), why(res)


# -- HC-OUTCOMES: a rated mood is a mental health outcome; the line that feeds him is feeding's care --

def test_a_mood_rating_is_a_mental_health_outcome():
    plan = care_builder.build({"C": [C_ANXIETY], "E": ["By July 2027, Ellis will rate his mood 7 or more out of 10 "
                                                       "at 3 of 4 weekly check-ins, recorded by his mentor."]})
    res = run(plan, "HC-OUTCOMES")
    assert not flagged(res), why(res)


def test_an_outcome_about_the_feeding_tube_serves_tube_feeding():
    plan = care_builder.build({"C": ["Remy is fed through a gastrostomy overnight."],
                               "E": ["By July 2027, Remy will tell an adult when his tube site is sore or leaking, "
                                     "every time, recorded on his care log."]})
    res = run(plan, "HC-OUTCOMES")
    assert not flagged(res), why(res)


# -- HC-PROVISION-SPECIFIC: rescue medicine given as the care plan sets out; a programme as supplier --

def test_rescue_medicine_given_as_her_care_plan_sets_out_is_specific():
    plan = care_builder.build({"C": ["Mae has epilepsy."],
                               "G": ["- Rescue medication is given when needed by trained staff, as set out in her "
                                     "epilepsy care plan."]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_therapy_when_needed_is_still_flagged():
    plan = care_builder.build({"C": ["Mae has epilepsy."],
                               "G": ["- Physiotherapy from the Children's Therapy Service when needed."]})
    assert flagged(run(plan, "HC-PROVISION-SPECIFIC"))


def test_parts_supplied_by_the_implant_programme_say_who():
    plan = care_builder.build({"C": ["Zac is deaf and has bilateral cochlear implants."],
                               "G": ["- Spare batteries and replacement cables are supplied by the implant "
                                     "programme within 2 working days of a request."]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_a_row_whose_outcome_cell_is_about_another_condition_is_flagged():
    plan = care_builder.build(threads=[("CGE", "Epilepsy: Kit has two seizures a month and needs rescue medicine.",
                                        "Epilepsy nurse: reviews the care plan every 6 months and trains staff each "
                                        "September (2 hours).",
                                        "By July 2027, Kit will use the toilet on his own with one prompt a day.")])
    assert flagged(run(plan, "HC-OUTCOMES"))


# -- HC-ADVICE-PROVIDERS: a label naming where the work leads is not who gives it -----------------

NURSE_ADVICE = [("health", "Community nursing advice", "Ms J Lee, Community Children's Nurse", D(2026, 5, 1))]


def test_a_transition_label_is_not_the_provider():
    plan = care_builder.build({"C": [C_ANXIETY], "G": [
        "- Move to adult health services: the community children's nurse will hold three planning meetings with "
        "Ellis between January and July 2027."]}, advice=NURSE_ADVICE)
    res = run(plan, "HC-ADVICE-PROVIDERS")
    assert not flagged(res), why(res)


def test_a_service_label_with_no_advice_is_still_flagged():
    plan = care_builder.build({"C": [C_ANXIETY], "G": [
        "- Adult Transition Clinic: three planning meetings with Ellis between January and July 2027."]},
        advice=NURSE_ADVICE)
    assert flagged(run(plan, "HC-ADVICE-PROVIDERS"))
