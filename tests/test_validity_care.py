"""Health, social care and currency classes found on validity set G (round 4): each class an
auditor judges, with a new sentence written for the test and the set's own sentence.

HC-NEEDS / HC-PROVISION-SPECIFIC / HC-NEEDS-MET (none stated in the child's voice or in the
singular), HC-PROVISION-SPECIFIC (a lead-in naming the provider of everything below; clinical
specialties and visiting specialist roles as who; "N/A" in G beside an empty C), HC-NEEDS-MET and
HC-OUTCOMES (a generic symptom after a named condition in the same item), SC-NEEDS (status,
placement and who the family works with are not needs), SC-PROVISION-SPECIFIC (one-off work with
a deadline; a title line in a cell), CA-STATUTORY-ADVICE (a young person's own advice) and
SC-STATUTORY-LINK ("looked after by" a service is not the status).
"""

from __future__ import annotations

import datetime as dt

import care_builder
import pytest
from packaged_rubric import RUBRIC

from ehcaudit.model import FrontMatter
from ehcaudit.rubric.engine import run_criterion

AS_OF = dt.date(2026, 12, 1)
GREEN = next(i for i, lv in enumerate(RUBRIC.scale, start=1) if lv.rag == "green")
D = dt.date


def run(plan, cid):
    return run_criterion(plan, RUBRIC, RUBRIC.criterion(cid), AS_OF, cache={})


def flagged(res) -> bool:
    return res.applicable and res.level < GREEN


# -- Section C says "none" in the child's voice, in the singular, or as "fit and well" ------------------

@pytest.mark.parametrize("c", [
    # set G, g203 (the child's voice)
    "I do not have any health needs linked to my special educational needs. The 0-19 Public Health Nursing "
    "team (school nurse) reviewed my health in May 2026 and my GP confirmed I am fit and well. I am not on "
    "any medication.",
    # set G, g108 (singular, and routine checks kept up)
    "Kai has no diagnosed health condition. His GP confirmed (letter, 2025-07-02), after seeing Kai and "
    "checking his records, that he has no health needs affecting his learning. He is up to date with his "
    "checks and has not asked for any health support.",
    # new
    "I don't have any medical conditions. Our health visitor saw me in March 2026 and said I am fit and healthy.",
    "Priya has no long-term medical condition; she is up to date with her immunisations.",
])
@pytest.mark.parametrize("g", ["None identified at this time. There are no health needs (see Section C).",
                               "None.", "Not applicable."])
def test_c_saying_none_makes_g_criteria_not_applicable(c, g):
    plan = care_builder.build({"C": [c], "G": [g]})
    for cid in ("HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-OUTCOMES"):
        res = run(plan, cid)
        assert not res.applicable, (cid, res.level)
    assert not flagged(run(plan, "HC-NEEDS"))


def test_a_real_need_beside_no_medication_is_still_a_need():
    plan = care_builder.build({"C": ["Sam has epilepsy with seizures most weeks. He is not on any medication."],
                               "G": ["None."]})
    assert flagged(run(plan, "HC-PROVISION-SPECIFIC"))
    assert flagged(run(plan, "HC-NEEDS-MET"))


@pytest.mark.parametrize("c, g", [
    ("Not known.", "N/A"),                                 # set G, g112 (national template C-G-E cells)
    ("To be confirmed.", "n/a"),                           # new
])
def test_g_na_beside_an_empty_c_is_hc_needs_gap_not_provision(c, g):
    plan = care_builder.build({"C": [c], "G": [g]})
    assert not run(plan, "HC-PROVISION-SPECIFIC").applicable
    assert flagged(run(plan, "HC-NEEDS"))


# -- G: a lead-in naming the provider of everything below; who named as a specialty or a role ----------

@pytest.mark.parametrize("lead", [
    # set G, g101
    "All health services below are from Kingsmere NHS Trust Children's Community Health Services unless stated.",
    # new
    "The provision in this section is delivered by the Harbour Community Children's Nursing Team.",
])
def test_a_lead_in_naming_the_provider_is_not_an_item_and_its_who_carries(lead):
    plan = care_builder.build({"C": ["Lena has asthma and uses an inhaler before PE."],
                               "G": [lead, "- Asthma review and written asthma plan, once a year (30 minutes).",
                                     "- Inhaler technique check each term, 15 minutes."]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert res.applicable and not flagged(res)
    assert not any(lead[:30] in (f.quote or "") for f in res.findings if f.kind == "issue")


def test_without_a_lead_in_the_items_still_need_who():
    plan = care_builder.build({"C": ["Lena has asthma and uses an inhaler before PE."],
                               "G": ["- Asthma review and written asthma plan, once a year (30 minutes).",
                                     "- Inhaler technique check each term, 15 minutes."]})
    assert flagged(run(plan, "HC-PROVISION-SPECIFIC"))


@pytest.mark.parametrize("item", [
    # set G, g101 (table row: what | how much | by whom)
    "Hearing test and ear review for glue ear | Every six months | Paediatric Audiology",
    # set G, g207
    "Cochlear Implant Programme rehabilitation teacher: school visit once a year (1.5 hours) to advise staff.",
    # new
    "Review of her heart murmur at Cardiology, once a year.",
    "A habilitation specialist will give mobility training with her cane, weekly for 45 minutes.",
])
def test_a_clinical_specialty_or_specialist_role_says_who(item):
    plan = care_builder.build({"C": ["Ola has a hearing impairment and a heart murmur and needs a cane."],
                               "G": [f"- {item}"]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert not flagged(res), [f.message for f in res.findings]


# -- a generic symptom (breathlessness, medication) after the named condition in the same item ---------

@pytest.mark.parametrize("item, g, e", [
    # set G, g205
    ("Asthma: she uses a brown preventer inhaler morning and evening and a blue reliever inhaler when she is "
     "wheezy. She does not always recognise or tell staff when she is becoming breathless.",
     "GP practice nurse: asthma review and personal asthma action plan, updated once a year.",
     "By July 2027, I will tell staff when I feel wheezy and use my blue inhaler, recorded on my asthma log."),
    # new
    ("Epilepsy: Tom has absence seizures several times a week. His medication is given at 8am and 4pm.",
     "Epilepsy nurse: seizure care plan written and staff trained, once a year (2 hours).",
     "By July 2027, Tom will tell an adult when he feels funny, on 4 out of 5 occasions."),
])
def test_a_generic_symptom_in_the_same_item_belongs_to_the_named_condition(item, g, e):
    plan = care_builder.build({"C": ["Her health needs are:", f"- {item}"], "G": [f"- {g}"], "E": [f"- {e}"]})
    assert not flagged(run(plan, "HC-NEEDS-MET"))
    assert not flagged(run(plan, "HC-OUTCOMES"))


def test_breathlessness_on_its_own_is_still_a_need():
    plan = care_builder.build({"C": ["- Jo becomes breathless on the stairs and after PE."],
                               "G": ["- Physiotherapist: stretching programme, weekly, 30 minutes."]})
    assert flagged(run(plan, "HC-NEEDS-MET"))


# -- SC-NEEDS: a status, a placement, or who the family works with is not a need -------------------------

@pytest.mark.parametrize("d", [
    # set G, g202
    "Kai has been subject to a child protection plan since February 2026. Mum is working with the Children's "
    "Social Care team. No additional social care needs have been identified in relation to Kai's special "
    "educational needs.",
    # set G, g211
    "Ava is a looked after child and has lived with her foster carer since 2024. No social care needs have been "
    "identified in relation to her special educational needs.",
    # new
    "Leon is a looked after child and lives with his foster parents since May 2025. His grandmother is in touch "
    "with the Children in Care Team. There are no social care needs.",
])
def test_none_with_no_basis_is_not_hidden_by_status_sentences(d):
    res = run(care_builder.build({"D": [d]}), "SC-NEEDS")
    assert flagged(res)
    assert any("not on what basis" in f.message for f in res.findings)


def test_a_status_with_a_described_need_is_described():
    d = ("Ava is a looked after child and has lived with her foster carer since 2024. Her carer struggles to "
         "manage her night waking and needs overnight short breaks to cope.")
    assert not flagged(run(care_builder.build({"D": [d]}), "SC-NEEDS"))


# -- SC-PROVISION-SPECIFIC: one-off work with a deadline; a title line in a cell -------------------------

@pytest.mark.parametrize("item", [
    # set G, g107
    "Transition to Adult Social Care: a Care Act assessment will be finalised by Nadia's 18th birthday "
    "(January 2027) by the Transitions social worker, Adult Social Care.",
    # new
    "A referral to the Adult Learning Disability Team will be completed by the social worker before March 2027.",
])
def test_one_off_social_care_work_with_a_deadline_needs_no_frequency(item):
    plan = care_builder.build({"H1": [f"- {item}",
                                      "- Short breaks at Hill House, 2 nights a month, arranged by the CWD Team."]})
    assert not flagged(run(plan, "SC-PROVISION-SPECIFIC"))


def test_one_off_work_with_no_date_is_still_unspecified():
    plan = care_builder.build({"H1": ["- A Care Act assessment will be carried out by Adult Social Care."]})
    assert flagged(run(plan, "SC-PROVISION-SPECIFIC"))


@pytest.mark.parametrize("title", ["Physical and personal care",  # set G, g210
                                   "Respite and personal assistants"])  # new
def test_a_title_line_in_an_f_cell_is_not_care_provision(title):
    plan = care_builder.build({
        "F": [f"{title}\nPersonal care and transfers by one trained support assistant at every care time "
              "(usually 3 times a day).\nOvernight short breaks at Ashfield House, 2 nights per month."],
        "H1": ["See Section F for short breaks."]})
    res = run(plan, "SC-PROVISION-SPECIFIC")
    assert not flagged(res), [(f.quote, f.message) for f in res.findings]


# -- CA-STATUTORY-ADVICE: a young person's advice is their own ----------------------------------------------

OTHER = [("educational", "Educational advice", "Ms Vance, tutor", D(2026, 5, 1)),
         ("health", "Medical advice", "Dr Shah, paediatrician", D(2026, 5, 2)),
         ("psychological", "Psychological advice", "Dr Lowe, educational psychologist", D(2026, 5, 3)),
         ("social_care", "Social care advice", "CWD social worker", D(2026, 5, 4)),
         ("preparing_for_adulthood", "Preparing for adulthood advice", "Careers adviser", D(2026, 5, 5))]


@pytest.mark.parametrize("parents", [
    ("Parents' views", "Jacob's mum and dad"),               # set G, g210
    ("Views of the family", "Mr and Mrs Okafor"),            # new
])
def test_a_young_person_with_only_parents_views_fails(parents):
    plan = care_builder.build({"A": ["Jacob is articulate and enjoys debating."]},
                              advice=[("parent_young_person", *parents, D(2026, 5, 6)), *OTHER],
                              front=FrontMatter(year_group=13))
    res = run(plan, "CA-STATUTORY-ADVICE")
    assert flagged(res)
    assert any("young person" in f.message for f in res.findings)


@pytest.mark.parametrize("advice, front, a", [
    # the young person's own views, named (set A, p23)
    (("Chloe's views and parent's advice", "Chloe (with her tutor) and Chloe's mother"), FrontMatter(year_group=14), ""),
    # a child below Year 12: the parents' views are the advice
    (("Parents' views", "Sam's mum"), FrontMatter(year_group=10), ""),
    # a young person who lacks capacity (set G, g110: PMLD)
    (("Parent's views", "Callum's mother"), FrontMatter(year_group=14),
     "Callum has profound and multiple learning difficulties (PMLD)."),
])
def test_young_persons_own_advice_a_child_or_lacking_capacity_pass(advice, front, a):
    plan = care_builder.build({"A": [a or "Likes buses."]},
                              advice=[("parent_young_person", *advice, D(2026, 5, 6)), *OTHER], front=front)
    assert not flagged(run(plan, "CA-STATUTORY-ADVICE"))


# -- SC-STATUTORY-LINK: "looked after by" a service is not the looked-after status ---------------------------

@pytest.mark.parametrize("text", [
    "She wears two hearing aids, looked after by Paediatric Audiology.",   # set G, g201
    "His wheelchair is looked after well at home by his dad.",              # new
])
def test_looked_after_as_a_verb_is_not_a_status(text):
    assert not run(care_builder.build({"C": [text]}), "SC-STATUTORY-LINK").applicable


@pytest.mark.parametrize("text", [
    "Tia has been looked after by North Fellshire County Council since March 2024.",   # set D, d102
    "Jay is looked after by the local authority.",                                    # new
])
def test_looked_after_by_the_council_is_the_status(text):
    assert run(care_builder.build({"D": [text]}), "SC-STATUTORY-LINK").applicable


# -- the same classes in the other area: a lead-in in H, "none" in the child's voice in D -------------------

def test_a_lead_in_in_h_is_not_social_care_provision():
    plan = care_builder.build({"H1": ["All provision below is arranged by the Children with Disabilities Team.",
                                      "- Overnight short breaks at Hill House, 2 nights a month.",
                                      "- A personal assistant for 4 hours a week to go swimming."]})
    res = run(plan, "SC-PROVISION-SPECIFIC")
    assert res.applicable and not flagged(res)


@pytest.mark.parametrize("d", ["I don't have any social care needs: the CWD Team screened my family in May 2026.",
                               "We do not need any help from social care, after the Early Help assessment in 2026."])
def test_none_in_the_childs_or_familys_voice_is_a_none_statement(d):
    res = run(care_builder.build({"D": [d]}), "SC-NEEDS")
    assert not flagged(res)
    assert any("no social care needs" in f.message for f in res.findings)
