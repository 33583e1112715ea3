"""Validity classes from sets P and Q (round 13) in health (HC-*) and social care (SC-*): each class
with the set's sentence in its exact wording and a new one in other words."""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

from ehcaudit.checks._items import provision_items
from ehcaudit.model import Block

C_CP = "Cerebral palsy: she has tight hamstrings and uses a walking frame; her physiotherapy programme is daily."
REVIEW = ("Physiotherapy review of her stretching programme – every 3 months, 45 minutes – paediatric "
          "physiotherapist, Children's Community Therapy Service.")


def _g(*items: str, c: str = C_CP):
    return care_builder.build({"C": [c], "G": [f"- {t}" for t in items]})


# -- HC-PROVISION-SPECIFIC: a provider named as a service after its discipline, or under a who-label --

@pytest.mark.parametrize("item", [
    # set P, p108 (exact wording, the row's cells read as one line)
    "Review of his daily stretching programme and AFO fit | 3 times a year, 45 minutes | Adult Community "
    "Physiotherapy, Dervale Community Health",
    # set P, p207 (exact wording)
    "CI review, processor servicing and upgrades – every 12 months, and repairs within 5 working days of a fault. "
    "Delivered by: Seabourne CI Programme.",
    # set P, p205 (exact wording)
    "Tracheostomy care: monthly tube change, weekly check of the stoma (the opening in your neck), and emergency "
    "training for school staff; How much: tube change monthly; staff training every 6 months, 2 hours; Who: "
    "Children's Community Nursing",
    # in other words
    "Continence review and supply of products every 6 months, 30 minutes; Provider: Northbridge Bladder and "
    "Bowel Programme",
    "Home visit to check his feeding plan once a month, 1 hour, by Paediatric Community Nursing.",
])
def test_a_service_named_after_its_discipline_or_under_a_who_label_says_who(item):
    res = run(_g(REVIEW, item), "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("item", [
    "Stretching programme review every 3 months, 45 minutes; Who: TBC",
    "Stretching programme review every 3 months, 45 minutes, at home.",
])
def test_an_unfilled_who_label_or_no_provider_is_still_flagged(item):
    res = run(_g(item), "HC-PROVISION-SPECIFIC")
    assert flagged(res), why(res)


# -- HC-PROVISION-SPECIFIC / HC-DCO-SIGNOFF: the DCO's agreement under a label, or signed after it -----

@pytest.mark.parametrize("lines", [
    # set P, p110 (exact wording): a labelled agreement line written in G
    ["DCO comments: The health provision in Section G has been agreed. Helen Adeyemi, Designated Clinical "
     "Officer (DCO), 28 September 2026."],
    # set P, p203 (exact wording): the agreement, then the signature as its own sentence
    ["I confirm that the health provision in Section G has been agreed. Dr Alan Fenwick, Designated Medical "
     "Officer (DMO), Seabourne Integrated Care Board, 9 July 2026."],
    # in other words
    ["Health sign-off: We confirm that the provision in Section G has been approved. Priya Shah, Designated "
     "Clinical Officer, 3 March 2026."],
])
def test_an_agreement_line_and_its_signature_are_no_provision_and_record_sign_off(lines):
    plan = care_builder.build({"C": [C_CP], "G": [f"- {REVIEW}", *lines]})
    spec = run(plan, "HC-PROVISION-SPECIFIC")
    assert not flagged(spec), why(spec)
    sign = run(plan, "HC-DCO-SIGNOFF")
    assert sign.level == 4, why(sign)


def test_an_agreement_with_no_signatory_is_still_not_full_sign_off():
    plan = care_builder.build({"C": [C_CP], "G": [f"- {REVIEW}",
                                                   "The health provision in Section G has been agreed."]})
    assert run(plan, "HC-DCO-SIGNOFF").level < 4


# -- provision tables: a header row whose headers give alternatives with spaced slashes --------------

def _row(texts, row, section="G", table=3):
    return [Block(id=row * 10 + i, kind="table_cell", text=t, section=section, location=f"Section G, row {row}",
                  table=table, row=row, col=i) for i, t in enumerate(texts)]


@pytest.mark.parametrize("header", [
    # set P, p203 (exact wording)
    ["What will be provided", "How often / how long / group size", "Who provides it"],
    # in other words
    ["Support", "Frequency / duration / ratio", "Delivered by"],
])
def test_a_header_row_with_slashed_alternatives_is_no_item(header):
    blocks = _row(header, 0) + _row(["Eye examination and monitoring", "every 12 months",
                                      "paediatric ophthalmologist"], 1)
    real, _, _ = provision_items(blocks, [], [], 3)
    assert [it.text for it in real] == ["Eye examination and monitoring | every 12 months | paediatric ophthalmologist"]


# -- HC-PROVISION-SPECIFIC: once a year at a named time is a frequency -------------------------------

@pytest.mark.parametrize("item", [
    # set P, p203 (exact wording)
    "Sun-protection care plan, written with the family and shared with school staff | plan reviewed each April | "
    "School Nursing Service",
    # in other words
    "Asthma care plan reviewed every September by the school nurse team.",
])
def test_once_a_year_at_a_named_month_is_how_often(item):
    res = run(_g(REVIEW, item), "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


# -- SC-RIGHT-SECTION: care health funds is health provision in G; a PA for weekends is social care ---

def test_continuing_care_in_g_is_not_misplaced_social_care():
    # set P, p205 (exact wording)
    item = ("Children's Continuing Care package: a carer trained in tracheostomy care with you at all times in "
            "school and overnight at home; How much: 32.5 hours per week in school; 4 nights per week at home, 10 "
            "hours each night; Who: carers employed by Children's Community Nursing, funded by Continuing Care")
    other = "Overnight care at home: 3 nights a week, carers commissioned by the ICB."  # in other words
    plan = care_builder.build({"C": [C_CP], "G": [f"- {item}", f"- {other}"],
                               "H1": ["Overnight short breaks at Seaview House, 2 nights a month."]})
    res = run(plan, "SC-RIGHT-SECTION")
    assert not flagged(res), why(res)


def test_a_care_package_in_g_without_health_funding_is_still_misplaced():
    plan = care_builder.build({"C": [C_CP], "G": ["- Care package at home, 6 hours a week, arranged by the "
                                                   "Children with Disabilities Team."]})
    assert flagged(run(plan, "SC-RIGHT-SECTION"))


@pytest.mark.parametrize("item", [
    # set P, p105 (exact wording)
    "Personal assistant (PA) to take Jayden to the climbing centre and the model railway club at weekends | 3 hrs "
    "per week (Saturdays) | PA employed by Rachel",
    # in other words
    "A support worker to go swimming with Ellie during the school holidays, 4 hours a week.",
    "Weekly swimming at the leisure centre, 2 hours; Funded by: Children's social care",
])
def test_a_personal_assistant_for_life_outside_school_written_in_f_is_misplaced(item):
    plan = care_builder.build({"F": [f"- {item}"], "H1": ["Overnight short breaks, 2 nights a month."]})
    res = run(plan, "SC-RIGHT-SECTION")
    assert flagged(res), why(res)


# -- SC-PROVISION-SPECIFIC: a one-off (equipment fitted, a referral) by a date needs no frequency ----

@pytest.mark.parametrize("item", [
    # set Q, q102 (exact wording)
    "Equipment: a flashing doorbell and a vibrating smoke alarm for the family home, supplied and fitted by the "
    "Sensory Team by 31 October 2026.",
    # set P, p205 (exact wording)
    "Transitions planning: the Children with Disabilities Team will refer you to the Transitions social worker by "
    "your 16th birthday so that your adult care can be planned. No other provision is needed now.",
    # in other words
    "A ceiling hoist for the bathroom, installed by the Occupational Therapy Team (social care) by March 2027.",
])
def test_one_off_social_care_work_with_a_deadline_is_quantified(item):
    plan = care_builder.build({"H1": ["Overnight short breaks at Rainbow House, 2 nights a month.", item]})
    res = run(plan, "SC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_equipment_with_no_date_or_amount_is_still_flagged():
    plan = care_builder.build({"H1": ["Equipment for the family home will be supplied by the Sensory Team."]})
    assert flagged(run(plan, "SC-PROVISION-SPECIFIC"))


@pytest.mark.parametrize("h2", [
    # set P, p202 (exact wording)
    "None. Your residential placement is funded jointly by education and social care (see Section I).",
    # in other words
    "None: his 52-week placement at Oakhurst is paid for in part by children's social care.",
])
def test_none_beside_a_placement_social_care_funds_shows_care_was_considered(h2):
    plan = care_builder.build({"D": ["Leo is looked after under section 20 and lives at his residential school."],
                               "H1": ["None."], "H2": [h2]})
    res = run(plan, "SC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


# -- HC-OUTCOMES / HC-NEEDS-MET: monitoring by a service; a condition word naming provision ----------

@pytest.mark.parametrize("c", [
    # set Q, q105 (exact wording)
    "Ayaan has ADHD. He takes slow-release methylphenidate every morning, prescribed and reviewed by the "
    "Community Paediatrics ADHD clinic. He finds it hard to get to sleep, which the clinic is monitoring. He has "
    "no other health needs.",
    # set Q, q210 (exact wording)
    "ADHD (combined presentation), diagnosed 2021. Prescribed MPH (XL) 36mg OD, reviewed by CAMHS.",
    # in other words
    "Noah has ADHD. His medication is reviewed every six months by the CAMHS team.",
])
def test_a_need_a_service_monitors_with_no_impact_needs_no_outcome(c):
    plan = care_builder.build({"C": [c], "G": ["- ADHD medication review every 6 months, 30 minutes, "
                                               "community paediatrician."],
                               "E": ["By July 2027, he will write a paragraph independently."]})
    res = run(plan, "HC-OUTCOMES")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("c", [
    # set Q, q104 (exact wording)
    "Yasmin has Usher syndrome type 1, an inherited condition causing profound deafness and retinitis pigmentosa. "
    "It also affects her balance; this needs no medical treatment and is supported through the mobility training "
    "in Section F. Her cochlear implants are managed by the Cochlear Implant Programme at Kirkhallam Royal "
    "Infirmary.",
    # in other words
    "Tom has glue ear and wears hearing aids. His coordination is weaker than his peers'; this is met by the "
    "mobility sessions in Section F.",
])
def test_a_condition_word_that_names_provision_elsewhere_is_no_unmet_need(c):
    plan = care_builder.build({"C": [c], "G": ["- Paediatric Audiology: hearing and implant review every 6 "
                                               "months, 1 hour."],
                               "E": ["By July 2027, she will listen to and follow a spoken instruction in a noisy classroom."]})
    for cid in ("HC-NEEDS-MET", "HC-OUTCOMES"):
        res = run(plan, cid)
        assert not flagged(res), (cid, why(res))


@pytest.mark.parametrize("g", [
    # set P, p207 (exact wording)
    "CI review, processor servicing and upgrades – every 12 months, and repairs within 5 working days of a fault. "
    "Delivered by: Seabourne CI Programme.",
    # in other words
    "Sound processor checks and ear mould replacement every 6 months, by the implant centre.",
])
def test_implant_care_meets_a_hearing_need(g):
    plan = care_builder.build({"C": ["You are profoundly deaf and have bilateral CIs, fitted in 2012 and 2014."],
                               "G": [f"- {g}"]})
    res = run(plan, "HC-NEEDS-MET")
    assert not flagged(res), why(res)


def test_posture_need_is_served_by_an_outcome_about_comfort_in_the_chair():
    # set P, p209 (C and E in exact wording)
    plan = care_builder.build({
        "C": ["Cerebral palsy and posture: You wear ankle-foot orthoses (splints) and a spinal brace, supplied by "
              "Orthotics."],
        "G": ["- Orthotics: review of splints and brace every 6 months, 30 minutes."],
        "E": ["Outcome 5: By the end of the year, you will use your device to tell staff when you are in pain or "
              "uncomfortable in your chair, uncomfortable during a feed, or feel 'funny' before a seizure, on 9 out "
              "of 10 occasions checked."]})
    res = run(plan, "HC-OUTCOMES")
    assert not flagged(res), why(res)
    # in other words: positioning is a physical outcome
    plan2 = care_builder.build({
        "C": ["Cerebral palsy: he uses a wheelchair and needs his position changed every hour."],
        "G": ["- Physiotherapy: posture review every 3 months, 45 minutes, paediatric physiotherapist."],
        "E": ["By July 2027, Sam will ask for a change of position using his switch, 4 times out of 5."]})
    assert not flagged(run(plan2, "HC-OUTCOMES"))


# -- HC-ADVICE-PROVIDERS: the place it happens is not who provides it ---------------------------------

@pytest.mark.parametrize("item", [
    # set Q, q201 (exact wording)
    "Annual learning disability health check, with an easy-read health action plan | Once a year, 45 minutes, at "
    "her GP practice | Learning disability nurse, Adult Learning Disability Team",
    # in other words
    "Blood test for her epilepsy medication levels every 6 months in the GP surgery, taken by the epilepsy nurse.",
])
def test_a_gp_practice_as_the_place_is_not_a_gp_provider(item):
    plan = care_builder.build({"C": [C_CP], "G": [f"- {item}"]},
                              advice=[("health", "Learning disability nursing advice", "Epilepsy nurse and "
                                       "learning disability nurse", care_builder.D(2026, 5, 1))])
    res = run(plan, "HC-ADVICE-PROVIDERS")
    assert not any("GP" in f.message for f in res.findings if f.kind == "issue"), why(res)


def test_the_gp_alone_at_the_practice_still_provides():
    plan = care_builder.build({"C": [C_CP], "G": ["- Annual health check once a year, 45 minutes, at his GP "
                                                   "practice."]},
                              advice=[("health", "Physiotherapy advice", "Children's Physiotherapy",
                                       care_builder.D(2026, 5, 1))])
    res = run(plan, "HC-ADVICE-PROVIDERS")
    assert any("GP" in f.message for f in res.findings if f.kind == "issue"), why(res)


# -- SC-RIGHT-SECTION: round-the-clock residential care and family time written in F -----------------

@pytest.mark.parametrize("item", [
    # set N, n212 (exact wording): flagged before only through the Continuing Care line in G
    "Residential care 52 weeks per year: personal care, waking night staff, and supervision at a ratio of 1:1 at "
    "all times and 2:1 in the community, provided by Residential Care Staff.",
    "Supported family time: Residential Care Staff will escort Leo to and from his family home for holiday stays "
    "(10 nights a year) and will support his parents' visits every other Saturday.",
    # in other words
    "Waking night staff at the children's home, every night, to turn Ava and give her night-time care.",
    "Contact visits with her mum every fortnight, supervised by the residential key worker.",
])
def test_residential_round_the_clock_care_and_family_time_in_f_are_social_care(item):
    plan = care_builder.build({"F": [f"- {item}"], "H1": ["A social worker visit every 3 months, 1 hour."]})
    res = run(plan, "SC-RIGHT-SECTION")
    assert flagged(res), why(res)
