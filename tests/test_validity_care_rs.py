"""Health and social care classes from the blind sets R and S (round 16), each with the set's
wording and new wording of our own.

HC-NEEDS-MET / HC-OUTCOMES: a sentence that opens with a pronoun standing for the need named
before it ("It affects her comfort and her toilet training") gives that need's effect, not a need
of its own; restricted eating with weight loss is a feeding need and vestibular dysfunction a
physical one; an outcome about feeding herself at lunch serves an eating and drinking need; only
the part of an F item that a health professional gives or sets meets a health need.
HC-NEEDS: registration with a GP (or not yet) and a routine annual health check describe no need.
HC-PROVISION-SPECIFIC: an NHS mental health service named by its acronym, or its care
co-ordinator, says who; the DCO's or DMO's agreement to the health sections is no provision.
HC-THERAPY-PLACEMENT: therapy that teaches or trains the child, whatever the skill, belongs in F.
HC-ADVICE-PROVIDERS: orthoptics and ophthalmology are two professions, each with its own advice.
SC-ADVICE / SC-RIGHT-SECTION: an education officer's advice is no social care advice, and an
education officer's work with the family belongs in F, not H.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

D = care_builder.D
MEDICAL = ("health", "Medical advice", "Dr S. Hassan, Community Paediatrician", D(2026, 9, 17))


# -- HC-NEEDS-MET: the effect of a need named before it ----------------------------------------------

@pytest.mark.parametrize("c, g", [
    # set R, r201 (exact wording of C and G1)
    (["- Eating and drinking: weak mouth muscles mean she can choke on hard or stringy foods.",
      "- Constipation: she takes a daily medicine at home, prescribed by her paediatrician. It affects her comfort "
      "and her toilet training."],
     ["G1. Community Paediatrics: Dr Chidi Okafor, Community Paediatrician, will see Poppy in clinic every six "
      "months (30 minutes) to check her growth, review her constipation medicine and arrange her yearly thyroid "
      "blood test.",
      "G2. Speech and Language Therapy (eating and drinking): the SALT will review Poppy's eating and drinking plan "
      "every three months and train two named staff (one hour) whenever it changes."]),
    # new
    (["- Eczema: he uses emollient cream twice a day, prescribed by his GP. This often affects his sleep and his "
      "toileting, because he scratches."],
     ["- GP: review of his eczema creams every 6 months (15 minutes)."]),
])
def test_a_pronoun_sentence_giving_a_needs_effect_is_no_need_of_its_own(c, g):
    res = run(care_builder.build({"C": c, "G": g}), "HC-NEEDS-MET")
    assert not flagged(res), why(res)


def test_a_second_condition_in_a_sentence_of_its_own_is_still_a_need():
    c = ["- Constipation: she takes a daily medicine, prescribed by her paediatrician. She also wets the bed and "
         "wears pads at night."]
    g = ["- Community Paediatrics: review of her constipation medicine every six months (30 minutes)."]
    res = run(care_builder.build({"C": c, "G": g}), "HC-NEEDS-MET")
    assert flagged(res), why(res)


# -- HC-OUTCOMES: an eating and drinking need served by an outcome about feeding -------------------

@pytest.mark.parametrize("outcome", [
    # set R, r201 (exact wording)
    "By Easter 2027, Poppy will feed herself finger foods and use a spoon for half of her lunch, safely, on four "
    "days out of five (lunch record).",
    # new
    "By July 2027, Zac will feed himself a yoghurt with a spoon at snack time on 4 days out of 5 (snack record).",
])
def test_an_outcome_about_feeding_serves_a_swallowing_need(outcome):
    c = ["- Eating and drinking: weak mouth muscles mean she can choke on hard or stringy foods."]
    g = ["- The SALT will review the eating and drinking plan every three months (1 hour)."]
    res = run(care_builder.build({"C": c, "G": g, "E": [outcome]}), "HC-OUTCOMES")
    assert not flagged(res), why(res)


# -- HC-NEEDS-MET: restricted eating, vestibular dysfunction ----------------------------------------

@pytest.mark.parametrize("need", [
    # set S, s111 (exact wording)
    "Leah eats a very limited range of foods (about ten) and has lost weight since Easter.",
    # set S, s211 (exact wording)
    "He has vestibular dysfunction (impaired balance).",
    # new
    "Omar keeps to a restricted diet of five foods and has lost a lot of weight this year.",
    "Since her meningitis she has poor balance and falls on stairs.",
])
def test_a_feeding_or_balance_need_with_nothing_in_g_is_unmet(need):
    g = ["- Paediatric Audiology: hearing aid review every 6 months (45 minutes)."]
    res = run(care_builder.build({"C": ["He wears two hearing aids for a moderate hearing loss.", need], "G": g}),
              "HC-NEEDS-MET")
    assert flagged(res), why(res)


# -- HC-NEEDS-MET: only the clinical part of an F item meets a health need -------------------------

C_SLEEP = ("Sleep: Mia has had great difficulty getting to sleep for two years and often does not fall asleep "
           "until after 1am, which leaves her exhausted in the mornings.")


@pytest.mark.parametrize("f", [
    # set R, r211 (exact wording of F2)
    "F2. A key worker (a Learning Mentor trained in autism and anxiety) will meet Mia at the school gate every "
    "morning she attends, and will see her 1:1 once a week for 45 minutes, using an anxiety programme agreed with "
    "CAMHS. In these sessions the key worker will also go through Mia's sleep diary with her.",
    # new
    "A learning mentor will run a weekly worry group (30 minutes) planned with the clinical psychologist. The "
    "mentor will also check Ben's bedtime and sleep chart each Monday.",
])
def test_school_staffs_part_of_an_item_set_by_a_clinician_does_not_meet_a_health_need(f):
    g = ["- CAMHS will see her every fortnight (50 minutes) for her anxiety."]
    res = run(care_builder.build({"C": [C_SLEEP], "F": [f], "G": g}), "HC-NEEDS-MET")
    assert flagged(res), why(res)


def test_a_sentence_carrying_on_about_the_clinician_meets_the_need():
    f = ("A physiotherapist will visit each half-term (1 hour) to set his standing programme. She will also check "
         "his night-time sleep system and positioning.")
    g = ["- Community Paediatrics: review every six months (30 minutes)."]
    c = ["He has cerebral palsy.", "He has great difficulty getting to sleep and wakes in pain."]
    res = run(care_builder.build({"C": c, "F": [f], "G": g}), "HC-NEEDS-MET")
    assert not any("(sleep)" in x.message and x.kind == "issue" for x in res.findings), why(res)


# -- HC-NEEDS / HC-PROVISION-SPECIFIC / HC-NEEDS-MET: registration and routine checks --------------

@pytest.mark.parametrize("c", [
    # set R, r102 (exact wording)
    ["Not known at this time. The family are not yet registered with a family doctor (GP) in Brackenfold."],
    # new
    ["Not known. Zofia and her brother are not yet registered with a GP or dentist in the area."],
])
def test_c_that_says_health_needs_are_unknown_has_not_described_them(c):
    plan = care_builder.build({"C": c, "G": ["None."]})
    assert flagged(run(plan, "HC-NEEDS")), why(run(plan, "HC-NEEDS"))
    for cid in ("HC-PROVISION-SPECIFIC", "HC-NEEDS-MET"):
        res = run(plan, cid)
        assert not res.applicable, why(res)


@pytest.mark.parametrize("check_line", [
    # set S, s207 (exact wording)
    "He has an annual learning disability health check with his GP.",
    # new
    "She has a yearly health check with her GP.",
])
def test_a_routine_annual_health_check_is_no_health_need(check_line):
    c = ["Jay is generally well.", check_line,
         "His GP confirmed in February 2026 (see Section K) that Jay has no health needs related to his special "
         "educational needs that require health provision in this plan."]
    plan = care_builder.build({"C": c, "G": ["No health provision is required (see Section C)."]})
    assert not flagged(run(plan, "HC-NEEDS")), why(run(plan, "HC-NEEDS"))
    for cid in ("HC-PROVISION-SPECIFIC", "HC-NEEDS-MET"):
        res = run(plan, cid)
        assert not res.applicable, why(res)


# -- HC-PROVISION-SPECIFIC: a service by its acronym; sign-off lines ---------------------------------

C_MH = ["Maya has anxiety and low mood and is open to the mental health service."]


@pytest.mark.parametrize("item", [
    # set S, s101 (exact wording)
    "EWMHS care co-ordinator: reviews Maya's safety plan with her once a month (30 minutes) and sends the updated "
    "plan to the Designated Safeguarding Lead at each setting within 2 working days.",
    # new
    "CYPMHS: a practitioner meets Tom every two weeks (40 minutes) to review his safety plan.",
])
def test_a_mental_health_service_named_by_its_acronym_says_who(item):
    res = run(care_builder.build({"C": C_MH, "G": [f"- {item}"]}), "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("line", [
    # set S, s101 (exact wording)
    "DCO approval of health sections: Dr Nadia Rahman, Designated Clinical Officer, 30 September 2026.",
    # set S, s205 (exact wording)
    "The Designated Medical Officer, Dr Hannah Oduya, agreed the health information in Sections C and G on "
    "9 February 2026.",
    # new
    "The Designated Clinical Officer agreed the health sections of this plan on 1 June 2026.",
    "ICB approval: Dr P. Lamb, Designated Clinical Officer, 3 May 2026.",
])
def test_the_dcos_agreement_to_the_health_sections_is_no_provision(line):
    g = ["- CAMHS: cognitive behavioural therapy every fortnight (50 minutes), 12 sessions.", line]
    res = run(care_builder.build({"C": C_MH, "G": g}), "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


# -- HC-THERAPY-PLACEMENT: therapy that teaches the child ------------------------------------------

@pytest.mark.parametrize("item", [
    # set R, r108 (exact wording)
    "Occupational therapy: weekly 45-minute 1:1 sessions in the college training kitchen during the summer term "
    "2025 to teach Jaxon one-handed cooking techniques and how to use adapted kitchen equipment (a spike board, "
    "one-handed tin opener and pan holder), followed by a home programme.",
    # new
    "Occupational therapy: six weekly sessions (1 hour) to teach Ruby to dress herself after PE, using adapted "
    "equipment.",
])
def test_therapy_that_teaches_the_child_belongs_in_f(item):
    res = run(care_builder.build({"C": ["He has right hemiplegia."], "G": [f"- {item}"]}), "HC-THERAPY-PLACEMENT")
    assert flagged(res), why(res)


def test_therapy_that_trains_staff_on_equipment_stays_in_g():
    item = "Occupational therapy: the OT will train staff to use the hoist and sling each term (1 hour)."
    res = run(care_builder.build({"C": ["She has cerebral palsy."], "G": [f"- {item}"]}), "HC-THERAPY-PLACEMENT")
    assert not flagged(res), why(res)


# -- HC-ADVICE-PROVIDERS: orthoptics is its own profession ------------------------------------------

OPHTHALMOLOGY = ("health", "Ophthalmology clinic letter",
                 "Mr Daniel Oduya, Consultant Ophthalmologist, Royal Brackenfold Hospital", D(2026, 6, 10))


@pytest.mark.parametrize("item", [
    # set R, r104 (exact wording)
    "Orthoptics will continue to monitor Maja's squint.",
    # new
    "The orthoptist will check Sam's glasses and patching every 3 months (30 minutes).",
])
def test_orthoptics_with_only_ophthalmology_advice_is_missing(item):
    plan = care_builder.build({"C": ["She has a squint."], "G": [f"- {item}"]}, advice=[MEDICAL, OPHTHALMOLOGY])
    res = run(plan, "HC-ADVICE-PROVIDERS")
    assert flagged(res), why(res)


@pytest.mark.parametrize("advice", [
    ("health", "Orthoptic report", "Ms L. Fenn, Orthoptist", D(2026, 9, 2)),
    ("health", "Hospital Eye Service report", "Orthoptist, Hospital Eye Service", D(2026, 6, 3)),
])
def test_orthoptics_with_its_own_advice_is_covered(advice):
    plan = care_builder.build({"C": ["She has a squint."],
                               "G": ["- Orthoptist: glasses and squint review every 6 months (30 minutes)."]},
                              advice=[MEDICAL, advice])
    res = run(plan, "HC-ADVICE-PROVIDERS")
    assert not flagged(res), why(res)


# -- SC-ADVICE / SC-RIGHT-SECTION: an education officer --------------------------------------------

@pytest.mark.parametrize("author", [
    # set R, r102 (exact wording of the K row's author)
    "Patrick Doherty, Traveller Education and Liaison Officer",
    # new
    "Mrs J. Bell, Education Welfare Officer",
])
def test_an_education_officers_advice_is_no_social_care_advice(author):
    plan = care_builder.build({"D": ["No social care needs."]},
                              advice=[("social_care", "Social care advice", author, D(2026, 3, 2))])
    res = run(plan, "SC-ADVICE")
    assert flagged(res), why(res)


def test_a_social_workers_advice_is_social_care_advice():
    plan = care_builder.build({"D": ["No social care needs."]},
                              advice=[("social_care", "Social care advice", "Ms K. Shaw, Social Worker, CWD Team",
                                       D(2026, 9, 2))])
    res = run(plan, "SC-ADVICE")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("line", [
    # set R, r102 (exact wording)
    "The Traveller Education and Liaison Officer (TELO) will visit the family at home on the Moss Lane site once "
    "per fortnight (1 hr) to support Florin's attendance, to read and explain school letters with the family, and "
    "to pass Florin's records on quickly to any new school if the family move.",
    # new
    "The Education Welfare Officer will visit the family every two weeks (1 hour) to support Kayla's attendance.",
])
def test_an_education_officers_work_in_h_belongs_in_f(line):
    res = run(care_builder.build({"H2": [f"- {line}"]}), "SC-RIGHT-SECTION")
    assert flagged(res), why(res)


# -- SC-STATUTORY-LINK: a negation governs the whole list of statuses ------------------------------

@pytest.mark.parametrize("d, applicable", [
    # set S, s212 (exact wording)
    ("He is not on a child in need, child protection or looked after plan.", False),
    # new
    ("Ella is not subject to a child protection, child in need or looked after plan.", False),
    ("Ella has no siblings, and she is on a child protection plan.", True),
])
def test_a_negated_list_of_statuses_records_none(d, applicable):
    plan = care_builder.build({"D": [d], "H2": ["- Two overnight short breaks a month at Oak House."]})
    res = run(plan, "SC-STATUTORY-LINK")
    assert res.applicable is applicable, why(res)


# -- HC-NEEDS-MET / HC-OUTCOMES: a C–G–E row that says only the health information has not come ------

@pytest.mark.parametrize("need", [
    # set O, o106 (exact wording of the row's C cell)
    "No health information received at the time of drafting.",
    # new
    "Information has been requested from his GP.",
])
def test_a_row_saying_only_that_health_information_is_awaited_has_no_need_to_meet(need):
    plan = care_builder.build(threads=[("CGE", need, "None.", "-")])
    for cid in ("HC-NEEDS-MET", "HC-OUTCOMES"):
        res = run(plan, cid)
        assert not res.applicable, why(res)
    assert flagged(run(plan, "HC-NEEDS")), why(run(plan, "HC-NEEDS"))
