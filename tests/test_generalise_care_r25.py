"""Round 25: metamorphic tests for health and social care provision (HC-*, SC-*).

Each base item is crossed with a broad vocabulary of one dimension a council varies; sound variants
must pass, and the same item with one element removed must still be flagged (the boundary).

Dimensions:
1. who delivers health provision: an NHS role, with or without its service; a service or clinic
   named by its discipline; a programme or centre; a who-column label.
2. how often or how long health provision is given: every way a council writes a frequency, a
   session length, a block, or a one-off's deadline.
3. who delivers social care provision, and how much: care roles and services, and amounts.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

C_HEALTH = ["Ava has cerebral palsy affecting her legs; she also has asthma and a mild hearing loss."]
E_HEALTH = ["By July 2027, Ava will walk from the classroom to the hall with her frame on 4 days out of 5."]

# -- 1. who: NHS roles and services -----------------------------------------------------------

WHO = [
    "A paediatric physiotherapist",
    "The children's physiotherapist from the Community Therapy Service",
    "Children's Community Physiotherapy",
    "The NHS physiotherapy team",
    "The occupational therapist (NHS)",
    "Paediatric Occupational Therapy, Riverside NHS Trust",
    "The community paediatrician",
    "Dr Shah, consultant paediatrician,",
    "The school nurse",
    "The school nursing team",
    "The children's community nurse",
    "The Children's Community Nursing Team",
    "The specialist epilepsy nurse",
    "The asthma nurse at the GP surgery",
    "The practice nurse",
    "Her GP",
    "The audiologist",
    "Paediatric Audiology",
    "The hospital audiology department",
    "The speech and language therapist (NHS)",
    "The dietitian",
    "The paediatric dietetics service",
    "The orthotist",
    "The wheelchair service",
    "The continence nurse",
    "The continence service",
    "The learning disability nurse",
    "A CAMHS practitioner",
    "A clinical psychologist from CAMHS",
    "The Mental Health Support Team (MHST)",
    "The orthoptist",
    "The health visitor",
    "The Community Learning Disability Team",
    "The neurodevelopmental team",
    "The Children's Hearing Centre",
    "The regional cochlear implant programme",
    "The hospital diabetes team",
    "The paediatric diabetes specialist nurse",
]

SOUND_HEALTH = [
    "{who} will review Ava's stretching programme once every half term (45 minutes).",
    "{who} will see Ava at school every 6 weeks for 30 minutes to check her standing frame.",
    "{who} will train two members of staff in her asthma care plan each September (1 hour).",
    "{who} will check her hearing aids at school twice a term.",
]


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize("base", SOUND_HEALTH)
def test_health_item_with_any_deliverer_passes(who, base):
    line = "- " + base.format(who=who)
    res = run(care_builder.build({"C": C_HEALTH, "G": [line], "E": E_HEALTH}), "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("base", SOUND_HEALTH)
def test_health_item_with_no_deliverer_is_flagged(base):
    line = "- " + base.format(who="Someone").replace("Someone will", "There will be support to")
    res = run(care_builder.build({"C": C_HEALTH, "G": [line], "E": E_HEALTH}), "HC-PROVISION-SPECIFIC")
    assert flagged(res), line


# -- 2. how often / how long ------------------------------------------------------------------

HOW = [
    "once a week", "twice a week", "three times a week", "3 times a week", "3x weekly", "three times weekly",
    "weekly", "fortnightly", "every fortnight", "every two weeks", "every 2 weeks", "once a fortnight",
    "monthly", "once a month", "every month", "every 4 weeks", "once a term", "termly", "each term",
    "every half term", "once every half-term", "twice a term", "every six months", "every 6 months",
    "twice a year", "once a year", "annually", "yearly", "every 12 months",
    "every Monday", "each Wednesday afternoon", "daily", "every day", "each school day", "twice daily",
    "for 30 minutes a week", "for 20 minutes each day", "30 minutes weekly", "1 hour per term",
    "for a block of 6 weekly sessions", "6 sessions across the autumn term", "a 6-week block of sessions",
    "for 10 sessions of 45 minutes", "three sessions a year",
]

HOW_ITEMS = [
    "- The paediatric physiotherapist will review Ava's stretching programme at school {how}.",
    "- Children's Community Physiotherapy: hydrotherapy session with Ava, {how}.",
    "- Paediatric Audiology: hearing aid check at the Children's Hearing Centre, {how}.",
]


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize("base", HOW_ITEMS)
def test_health_item_with_any_frequency_passes(how, base):
    line = base.format(how=how)
    res = run(care_builder.build({"C": C_HEALTH, "G": [line], "E": E_HEALTH}), "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("how", ["as required", "when needed", "regularly", "as and when", "as appropriate",
                                 "on a regular basis", "as needed", "when required"])
@pytest.mark.parametrize("base", HOW_ITEMS)
def test_health_item_with_no_amount_is_flagged(how, base):
    line = base.format(how=how)
    res = run(care_builder.build({"C": C_HEALTH, "G": [line], "E": E_HEALTH}), "HC-PROVISION-SPECIFIC")
    assert flagged(res), line


ONE_OFF = [
    "by March 2027", "by the end of the autumn term", "before the end of December 2026", "by 31 March 2027",
    "before her 18th birthday", "by her next annual review", "within 12 weeks of this plan",
    "in the spring term 2027", "by Easter 2027", "once, by December 2026", "during the summer term 2027",
]

ONE_OFF_ITEMS = [
    "- Referral to the wheelchair service by the community paediatrician, {when}.",
    "- The school nurse will write an individual healthcare plan with Ava's parents {when}.",
    "- The CAMHS practitioner will agree a hand-over plan to adult services with Ava {when}.",
]


@pytest.mark.parametrize("when", ONE_OFF)
@pytest.mark.parametrize("base", ONE_OFF_ITEMS)
def test_one_off_health_work_with_any_deadline_passes(when, base):
    line = base.format(when=when)
    res = run(care_builder.build({"C": C_HEALTH, "G": [line], "E": E_HEALTH}), "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


# -- 3. social care: who and how much ----------------------------------------------------------

D_CARE = ["Leo is 10 and has autism; his mother is his only carer and is exhausted. He needs support "
          "to join activities in the community and his mother needs regular breaks."]

SC_WHO = [
    "a 1:1 support worker", "a trained support worker from the Disabled Children's Team",
    "the short breaks service", "a personal assistant funded by a direct payment",
    "a carer from the Oaktree short breaks unit", "the Children with Disabilities Team",
    "Leo's social worker", "the family support worker", "the early help worker",
    "a sessional worker from the Community Short Breaks Service", "a commissioned domiciliary care agency",
    "two carers from the home care provider", "a youth worker from the inclusive youth club",
]

SC_AMOUNT = [
    "every other Saturday, 10am to 4pm", "for 6 hours a week", "three hours every Saturday",
    "one overnight stay a month", "2 nights a month", "4 hours per week during term time",
    "for 3 hours each Sunday", "twice a week after school (2 hours each time)", "12 hours a month",
    "a weekend every 6 weeks", "144 hours a year", "one day each school holiday week",
]


@pytest.mark.parametrize("who", SC_WHO)
@pytest.mark.parametrize("amount", SC_AMOUNT)
def test_social_care_item_with_any_deliverer_and_amount_passes(who, amount):
    line = f"- Short breaks for Leo with {who}, {amount}, to take part in activities in the community."
    res = run(care_builder.build({"D": D_CARE, "H2": [line]}), "SC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("who", SC_WHO)
def test_social_care_item_with_no_amount_is_flagged(who):
    line = f"- Short breaks for Leo with {who}, as required, to take part in activities in the community."
    res = run(care_builder.build({"D": D_CARE, "H2": [line]}), "SC-PROVISION-SPECIFIC")
    assert flagged(res), line


# -- 4. a sense or function said to be fine (how a health need is negated) ------------------------

G_EPI = ["- Epilepsy specialist nurse: seizure management training for class staff each September (2 hours)."]
E_EPI = ["By July 2027, Sam will tell an adult when he feels a seizure coming, on 4 of 5 occasions."]

FINE = [
    "Sam has no difficulty with his {sense}",
    "Sam has no difficulties with his {sense}",
    "Sam has no problems with his {sense}",
    "There are no concerns about Sam's {sense}",
    "Sam's {sense} is fine",
    "Sam's {sense} is good",
    "Sam's {sense} is normal",
    "Sam's {sense} was tested in March 2026 and is normal",
    "Sam's {sense} was checked in March 2026 and found to be normal",
    "Sam's {sense} was checked in March 2026 and was clear",
    "Sam's {sense} test in March 2026 was clear",
    "Sam's {sense} was assessed in March 2026 and is within the normal range",
    "Sam's {sense} is within normal limits (checked March 2026)",
    "Sam's {sense} was tested last year with no concerns found",
    "Sam's {sense} has been checked and is age-appropriate",
    "Sam's {sense} is not affected",
    "Sam's {sense} is unaffected",
]

SENSES = ["hearing", "eyesight", "vision"]


@pytest.mark.parametrize("sense", SENSES)
@pytest.mark.parametrize("fine", FINE)
@pytest.mark.parametrize("criterion", ["HC-NEEDS-MET", "HC-OUTCOMES"])
def test_a_sense_said_to_be_fine_is_no_need(fine, sense, criterion):
    line = fine.format(sense=sense) + ", but he has epilepsy with about two seizures a term."
    res = run(care_builder.build({"C": [line], "G": G_EPI, "E": E_EPI}), criterion)
    assert not flagged(res), why(res)


@pytest.mark.parametrize("sense", SENSES)
@pytest.mark.parametrize("bad", [
    "Sam has a difficulty with his {sense}",
    "Sam's {sense} is poor",
    "Sam's {sense} was tested in March 2026 and a mild loss was found",
    "There are concerns about Sam's {sense}",
])
def test_a_sense_said_to_be_a_difficulty_is_still_a_need(bad, sense):
    line = bad.format(sense=sense) + ", and he has epilepsy with about two seizures a term."
    assert flagged(run(care_builder.build({"C": [line], "G": G_EPI, "E": E_EPI}), "HC-NEEDS-MET"))


# -- 5. more ways to write an amount, and a who-label after the item -------------------------------

HOW_MORE = [
    "x3 per week", "3 x 30 minutes per week", "1x per half-term", "on a six-weekly basis", "six-monthly",
    "every half-term", "half-termly", "once per academic year", "quarterly", "every three months",
    "every 3 months", "once every term", "2 sessions per term", "weekly, 30 minutes", "30 mins per week",
    "45-minute session each half term", "once in each school term", "at least once a term",
    "three times a year", "3 times per year", "every 8 weeks", "every eight weeks", "twice per term",
    "each morning", "every lunchtime", "at the start of each school day", "before each PE lesson",
]


@pytest.mark.parametrize("how", HOW_MORE)
@pytest.mark.parametrize("base", HOW_ITEMS)
def test_health_item_with_more_frequency_forms_passes(how, base):
    line = base.format(how=how)
    res = run(care_builder.build({"C": C_HEALTH, "G": [line], "E": E_HEALTH}), "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


WHO_LABEL = ["Who: {who}", "Provided by: {who}", "Delivered by {who}", "Provider: {who}",
             "Responsible: {who}", "By: {who}", "Lead: {who}", "(Provided by {who})", "Who will do this: {who}"]


@pytest.mark.parametrize("label", WHO_LABEL)
@pytest.mark.parametrize("who", ["paediatric physiotherapist", "Riverside Children's Community Health",
                                 "the school nursing team", "CAMHS", "Dr Shah"])
def test_health_item_with_who_label_after_it_passes(label, who):
    line = "- Review of Ava's stretching programme and splints, every 6 weeks for 30 minutes. " + label.format(who=who)
    res = run(care_builder.build({"C": C_HEALTH, "G": [line], "E": E_HEALTH}), "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("label", ["Who: TBC", "Provided by: to be confirmed", "Who: not yet known"])
def test_health_item_with_empty_who_label_is_flagged(label):
    line = "- Review of Ava's stretching programme and splints, every 6 weeks for 30 minutes. " + label
    res = run(care_builder.build({"C": C_HEALTH, "G": [line], "E": E_HEALTH}), "HC-PROVISION-SPECIFIC")
    assert flagged(res), line


SC_AMOUNT_MORE = [
    "fortnightly on Saturdays (6 hours)", "6 hours every other weekend", "one weekend a month (Friday to Sunday)",
    "up to 3 hours a week", "3 hrs per week", "10 hours per month", "2 x 3 hours per week", "1 overnight per fortnight",
    "28 nights a year", "once a week after school, 4pm to 7pm", "every Saturday from 10am until 2pm",
    "during each school holiday, 3 days a week", "five days in each school holiday",
]


@pytest.mark.parametrize("amount", SC_AMOUNT_MORE)
@pytest.mark.parametrize("who", ["a 1:1 support worker", "the short breaks service", "a personal assistant"])
def test_social_care_item_with_more_amount_forms_passes(amount, who):
    line = f"- Short breaks for Leo with {who}, {amount}, to take part in activities in the community."
    res = run(care_builder.build({"D": D_CARE, "H2": [line]}), "SC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


# -- 6. one-off social care work with a deadline -------------------------------------------------

SC_ONE_OFF_ITEMS = [
    "- Equipment: a flashing doorbell and a vibrating smoke alarm for the family home, supplied and fitted by the "
    "Sensory Team {when}.",
    "- Home adaptation: a ceiling hoist in Leo's bedroom, assessed and fitted by the council's adaptations team {when}.",
    "- Leo's social worker will complete a carer's assessment with his mother {when}.",
    "- The Children with Disabilities Team will refer Leo to the adult social care transitions team {when}.",
    "- A direct payment for short breaks will be set up by the Direct Payments Team {when}.",
]

SC_WHEN = [
    "by 31 October 2026", "by October 2026", "by the end of the autumn term", "before the end of March 2027",
    "by his 16th birthday", "before he turns 17", "within 6 weeks of this plan being issued", "within 12 weeks",
    "in the spring term 2027", "by Christmas 2026", "by 31/03/2027", "no later than January 2027",
    "before his next annual review", "by the end of Year 9",
]


@pytest.mark.parametrize("when", SC_WHEN)
@pytest.mark.parametrize("base", SC_ONE_OFF_ITEMS)
def test_one_off_social_care_work_with_any_deadline_passes(when, base):
    line = base.format(when=when)
    res = run(care_builder.build({"D": D_CARE, "H2": [line]}), "SC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("base", SC_ONE_OFF_ITEMS)
def test_one_off_social_care_work_with_no_deadline_is_flagged(base):
    line = base.format(when="when possible").replace(" when possible.", " as soon as possible.")
    res = run(care_builder.build({"D": D_CARE, "H2": [line]}), "SC-PROVISION-SPECIFIC")
    assert flagged(res), line


# -- 7. a health need said to be managed, with no impact described (HC-OUTCOMES) -------------------

E_READING = ["By July 2027, Zara will read a short book aloud to an adult with no more than five errors, "
             "checked each half term by her class teacher."]
G_ROUTINE = ["- Community paediatrician: review of Zara's health and medication every 6 months (30 minutes)."]

MANAGED_CONDITIONS = ["asthma", "eczema", "ADHD", "constipation", "a heart murmur"]

MANAGED = [
    "Zara has {c}, which is managed with medication at home.",
    "Zara has {c}; it is well controlled.",
    "Zara has {c}, which is well managed by her GP.",
    "Zara has {c}. It is monitored by the community paediatrician every 6 months.",
    "Zara has {c}, under the care of the community paediatrician.",
    "Zara has {c}, reviewed once a year by her GP.",
    "Zara has {c}, which the clinic is monitoring.",
    "Zara has {c} and takes medication each morning at home.",
    "Zara has {c}; she has an annual check with her GP.",
    "Zara has {c}, which is under control with daily medication.",
    "Zara has {c}, which is managed at home by her parents.",
]


@pytest.mark.parametrize("c", MANAGED_CONDITIONS)
@pytest.mark.parametrize("line", MANAGED)
def test_a_managed_condition_with_no_impact_needs_no_outcome(line, c):
    res = run(care_builder.build({"C": [line.format(c=c)], "G": G_ROUTINE, "E": E_READING}), "HC-OUTCOMES")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("c", MANAGED_CONDITIONS)
@pytest.mark.parametrize("impact", [
    " It often affects her concentration in lessons.",
    " It means she misses lessons most weeks.",
    " She is often tired and struggles to concentrate in class because of it.",
])
def test_a_managed_condition_with_an_impact_still_needs_an_outcome(c, impact):
    line = MANAGED[0].format(c=c) + impact
    assert flagged(run(care_builder.build({"C": [line], "G": G_ROUTINE, "E": E_READING}), "HC-OUTCOMES")), line



# -- 8. a health need said to be met in Section F (HC-NEEDS-MET) -----------------------------------

G_EPI_ONLY = ["- Epilepsy specialist nurse: seizure management training for class staff each September (2 hours)."]
E_EPI_ONLY = ["By July 2027, Sam will tell an adult when he feels a seizure coming, on 4 of 5 occasions."]
F_PHYSIO = ["- A balance and core strength programme set by the paediatric physiotherapist, carried out by a "
            "trained TA for 15 minutes each day, reviewed by the physiotherapist every half term."]
F_STAFF = ["- A trained TA will walk beside Sam in the corridors and on the stairs at every change of lesson."]

ELSEWHERE = [
    "; this is met through the physiotherapy programme in Section F.",
    ", which is supported through the provision in Section F.",
    "; this is met by the educational provision in Section F.",
    "; see Section F for the provision that meets this need.",
    ", and the provision for this is set out in Section F.",
    "; the provision for this is in Section F (F3).",
    "; this is addressed through the programme in Section F.",
    ", which is met in school through the provision in Section F.",
]

ROW_G = ["None – see Section F.", "No separate health provision: this is met in Section F.",
         "Provided through Section F.", "See Section F (physiotherapy programme).",
         "This need is met by the provision in Section F."]


@pytest.mark.parametrize("where", ELSEWHERE)
def test_a_health_need_met_in_f_by_a_professional_is_met(where):
    c = ["Sam has epilepsy with about two seizures a term.", "Sam's cerebral palsy affects his balance" + where]
    res = run(care_builder.build({"C": c, "G": G_EPI_ONLY, "E": E_EPI_ONLY, "F": F_PHYSIO}), "HC-NEEDS-MET")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("g_cell", ROW_G)
def test_a_table_row_pointing_to_f_by_a_professional_is_met(g_cell):
    threads = [("CGE", "Sam's cerebral palsy affects his balance on the stairs and in the playground.", g_cell,
                "By July 2027, Sam will use the stairs with one hand on the rail at every change of lesson.")]
    res = run(care_builder.build({"F": F_PHYSIO}, threads=threads), "HC-NEEDS-MET")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("g_cell", ROW_G)
def test_a_table_row_pointing_to_f_where_only_staff_provide_is_flagged(g_cell):
    threads = [("CGE", "Sam's cerebral palsy affects his balance on the stairs and in the playground.", g_cell,
                "By July 2027, Sam will use the stairs with one hand on the rail at every change of lesson.")]
    assert flagged(run(care_builder.build({"F": F_STAFF}, threads=threads), "HC-NEEDS-MET"))


def test_a_health_need_met_nowhere_is_flagged():
    c = ["Sam has epilepsy with about two seizures a term.", "Sam's cerebral palsy affects his balance."]
    assert flagged(run(care_builder.build({"C": c, "G": G_EPI_ONLY, "E": E_EPI_ONLY, "F": F_STAFF}), "HC-NEEDS-MET"))


# -- 9. lines in G that are not provision: health's agreement, a lead-in, a pointer ----------------

G_SOUND = "- The paediatric physiotherapist will review Ava's stretching programme every 6 weeks (45 minutes)."

NOT_ITEMS = [
    "Riverside Integrated Care Board (ICB) agreed this health provision.",
    "This health provision has been agreed by the ICB.",
    "Agreed by the Designated Clinical Officer (DCO), Ms Jo Park, 3 October 2026.",
    "DCO comments: the health provision in Section G has been agreed. Ms Jo Park, DCO, 3 October 2026.",
    "The Designated Medical Officer, Dr Ann Lee, agreed Sections C and G on 2 February 2026.",
    "Health sign-off: Dr Ann Lee, Designated Medical Officer, 2 February 2026.",
    "The health provision below has been agreed by the Designated Clinical Officer.",
    "Ava needs the following health provision because of her cerebral palsy.",
    "All health services below are from Riverside NHS Trust unless stated.",
    "Speech and language therapy is educational provision for Ava and is written in Section F.",
    "Confirmed by DCO: Ms Jo Park, Designated Clinical Officer, 3 October 2026.",
    "Health provision agreed by the DCO on behalf of the ICB (3 October 2026).",
]


@pytest.mark.parametrize("line", NOT_ITEMS)
@pytest.mark.parametrize("first", [True, False])
def test_a_line_that_is_not_provision_is_not_judged_as_an_item(line, first):
    g = [line, G_SOUND] if first else [G_SOUND, line]
    res = run(care_builder.build({"C": C_HEALTH, "G": g, "E": E_HEALTH}), "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


# -- 10. no social care needs, and the basis for saying so (SC-NEEDS) -------------------------------

NONE_WITH_BASIS = [
    "Following a social care assessment by the Children with Disabilities Team in March 2026, there are no social "
    "care needs.",
    "No social care needs were identified in the social care advice (Children's Disability Team, December 2025).",
    "The Children with Disabilities Team screened the referral in April 2026 and found no social care needs.",
    "Social care advice was given by the Early Help Team (May 2026): there are no social care needs at present.",
    "There are no social care needs. This was confirmed by the Children's Social Care duty team on 12 May 2026.",
    "Children's Social Care (Family Help Team) gave advice in June 2026: Leo has no social care needs arising from "
    "his special educational needs.",
    "Leo is not known to social care. The Disabled Children's Team reviewed the request in May 2026 and identified "
    "no social care needs.",
    "A social worker from the Children with Disabilities Team assessed Leo in February 2026 and concluded he has "
    "no assessed social care needs.",
]


@pytest.mark.parametrize("line", NONE_WITH_BASIS)
def test_no_social_care_needs_with_a_basis_passes(line):
    res = run(care_builder.build({"D": [line], "H1": ["None."], "H2": ["None."]}), "SC-NEEDS")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("line", ["There are no social care needs.", "No social care needs.",
                                  "Leo has no social care needs at this time.", "None identified."])
def test_no_social_care_needs_without_a_basis_is_flagged(line):
    assert flagged(run(care_builder.build({"D": [line], "H1": ["None."], "H2": ["None."]}), "SC-NEEDS"))


# -- 11. who named once for every item: a lead-in line or a sub-heading above the items ----------

LEAD_INS = [
    "All of the provision below is delivered by the Children's Community Physiotherapy Service.",
    "The following provision will be provided by the paediatric physiotherapist:",
    "Physiotherapy (Riverside Children's Community Therapy Service):",
    "Provided by: Riverside NHS Trust physiotherapy team",
    "Children's Community Physiotherapy will provide:",
    "The physiotherapist will provide the following:",
]

ITEMS_NO_WHO = [
    "- A review of Ava's stretching programme at school every 6 weeks (45 minutes).",
    "- Training for two members of staff in her stretches each September (1 hour).",
]


@pytest.mark.parametrize("lead", LEAD_INS)
def test_who_named_once_above_the_items_serves_each(lead):
    res = run(care_builder.build({"C": C_HEALTH, "G": [lead, *ITEMS_NO_WHO], "E": E_HEALTH}), "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_items_with_no_who_and_no_lead_in_are_flagged():
    assert flagged(run(care_builder.build({"C": C_HEALTH, "G": ITEMS_NO_WHO, "E": E_HEALTH}), "HC-PROVISION-SPECIFIC"))
