"""Validity classes from sets AC and AD (round 30) in health and social care (HC-*, SC-*): each
class in words of our own, with its boundary.

1. A provision item written as a first line naming what is provided, followed by labelled lines
   for its parts ("How often and for how long: …", "Who will provide it: …"), is one item,
   however long the part's label is (HC-PROVISION-SPECIFIC): as list items, as paragraphs or as
   lines of one table cell. The boundary: an item whose own labelled lines leave out the amount
   is still flagged, and one item's amount does not serve the item after it.
2. Where such an item has a labelled "who" part, that part names the provider whose advice K
   should list (HC-ADVICE-PROVIDERS), not the words of the item's first line.
3. Trauma is a mental health need when it is lived through; "traumatic" naming how the body was
   injured ("post-traumatic epilepsy", "traumatic brain injury", "head trauma") is no mental
   health need (HC-NEEDS-MET, HC-OUTCOMES): the injury or the epilepsy is.
4. (Left: set AD's ad103 key reads gastrostomy feeding as meeting "not safe to swallow"; set
   AA's key, and its round 26 test, read it as not meeting a swallowing need. Arguable.)
5. A sense or function whose state is not yet known (a report awaited) states no need to meet
   (HC-NEEDS-MET, HC-OUTCOMES); a condition of unknown cause is still a need.
6. A line offering contact between the appointments set out in G ("can ring the team when needed
   between sessions") is a safety net judged with them, not an item lacking an amount
   (HC-PROVISION-SPECIFIC); alone in G, with no appointments, it is still flagged.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

from ehcaudit.checks._items import provision_items

C_NEEDS = ["Mia has a squint in her left eye and wears glasses; she also has low muscle tone and tires quickly."]
E_OUT = ["By July 2027, Mia will wear her glasses for all lessons, on 4 days out of 5, as recorded by her teacher."]

# -- 1. a first line with its labelled parts --------------------------------------------------

EYE = ["Eye check with glasses review.",
       "How often and for how long: a 30-minute appointment once a year (next due May 2027)",
       "Who will provide it: Orthoptist, Riverside Eye Clinic"]
MOVE = ["Physiotherapy: a movement programme for home and school, and coaching for her teaching assistant.",
        "How long and how often: 5 sessions of 40 minutes, every 3 weeks from January 2027, then a review",
        "Who will do this: Paediatric Physiotherapist, Brookside Children's Therapy Service"]


def _as_list(*items: list[str]) -> list[str]:
    return [f"- {line}" for it in items for line in it]


def _as_paragraphs(*items: list[str]) -> list[str]:
    return [line for it in items for line in it]


@pytest.mark.parametrize("layout", [_as_list, _as_paragraphs])
def test_labelled_part_lines_complete_the_item_above(layout):
    plan = care_builder.build({"C": C_NEEDS, "G": layout(EYE, MOVE), "E": E_OUT})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_labelled_parts_in_one_table_cell_are_one_item():
    plan = care_builder.build(threads=[("CGE", C_NEEDS[0], "\n".join(EYE), E_OUT[0]),
                                       ("CGE", "Low muscle tone.", "\n".join(MOVE), E_OUT[0])])
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("label", [
    "How often and for how long", "How long and how often", "Frequency and duration", "How often and how much"])
def test_a_long_part_label_joins_like_a_short_one(label):
    plan = care_builder.build({"G": ["- Hearing test.", f"- {label}: every 6 months, 20 minutes",
                                     "- Provided by: Children's Audiology Service"]})
    blocks = [plan.blocks[i] for i in plan.sections["G"].block_ids if plan.blocks[i].kind != "heading"]
    real = provision_items(blocks, [], [], 1)[0]
    assert len(real) == 1 and "Audiology" in real[0].text and "every 6 months" in real[0].text, [i.text for i in real]


def test_labelled_parts_without_an_amount_are_still_flagged():
    # the boundary: the parts are read with their item, and this item's parts say no amount
    g = _as_list(["Eye check with glasses review.", "Who will provide it: Orthoptist, Riverside Eye Clinic"])
    res = run(care_builder.build({"C": C_NEEDS, "G": g, "E": E_OUT}), "HC-PROVISION-SPECIFIC")
    assert flagged(res), why(res)


def test_one_items_amount_does_not_serve_the_next_item():
    # the boundary: a first line starts a new item, so the eye check's amount stays with the eye check
    g = _as_list(EYE, ["Physiotherapy: a movement programme for home and school.",
                       "Who will do this: Paediatric Physiotherapist, Brookside Children's Therapy Service"])
    res = run(care_builder.build({"C": C_NEEDS, "G": g, "E": E_OUT}), "HC-PROVISION-SPECIFIC")
    issues = [f for f in res.findings if f.kind == "issue"]
    assert len(issues) == 1 and "movement programme" in (issues[0].quote or ""), why(res)


# -- 2. the labelled "who" part names the provider ---------------------------------------------

HEART = ["Heart check (clinic review and scan).",
         "How often and for how long: once a year, about an hour (next due March 2027)",
         "Who will provide it: Consultant Paediatric Cardiologist, Kingsbridge Children's Hospital"]


def test_the_who_part_names_the_provider_advice_is_expected_from():
    plan = care_builder.build({"C": ["Mia had heart surgery as a baby and is checked each year."],
                               "G": _as_list(HEART), "E": E_OUT},
                              advice=[("health", "Cardiology advice", "Dr P Osei, Consultant Paediatric Cardiologist",
                                       care_builder.D(2026, 6, 1))])
    res = run(plan, "HC-ADVICE-PROVIDERS")
    assert not flagged(res), why(res)
    assert not any("Heart check" in f.message for f in res.findings), why(res)


def test_a_who_part_with_no_advice_in_k_is_still_flagged():
    # the boundary: the service the part names gave no advice (only the GP did)
    plan = care_builder.build({"C": C_NEEDS, "G": _as_list(MOVE), "E": E_OUT},
                              advice=[("health", "Medical advice", "Dr L Ng, General Practitioner",
                                       care_builder.D(2026, 6, 1))])
    res = run(plan, "HC-ADVICE-PROVIDERS")
    assert flagged(res), why(res)


# -- 3. trauma lived through, not an injury's cause ---------------------------------------------

G_SEIZ = ["- Epilepsy nurse: seizure care plan and rescue medication training for class staff, 2 hours each "
          "September, from the Children's Epilepsy Service."]
E_SEIZ = ["By July 2027, Sam will tell an adult when he feels a seizure coming, on 4 of 5 occasions."]


@pytest.mark.parametrize("line", [
    "Post-traumatic epilepsy: since his accident Sam has short seizures in which he stares and does not answer.",
    "Sam has epilepsy (post traumatic), with absence seizures most mornings.",
    "After a traumatic brain injury in 2024, Sam has epilepsy with seizures about twice a week.",
    "Sam has epilepsy following head trauma in a fall when he was three.",
])
@pytest.mark.parametrize("criterion", ["HC-NEEDS-MET", "HC-OUTCOMES"])
def test_trauma_naming_an_injury_is_no_mental_health_need(line, criterion):
    res = run(care_builder.build({"C": [line], "G": G_SEIZ, "E": E_SEIZ}), criterion)
    assert not any("mental health" in f.message for f in res.findings if f.kind == "issue"), why(res)
    assert not flagged(res), why(res)


@pytest.mark.parametrize("line", [
    "Sam has epilepsy, and since the house fire he has post-traumatic stress: nightmares and panic at loud noises.",
    "Sam has epilepsy; he was badly traumatised by the accident and now avoids cars and roads.",
    "Sam has epilepsy and lives with the trauma of losing his mother; he is tearful most days.",
])
def test_trauma_lived_through_is_still_a_mental_health_need(line):
    # the boundary: the epilepsy provision does not meet trauma the child lived through
    res = run(care_builder.build({"C": [line], "G": G_SEIZ, "E": E_SEIZ}), "HC-NEEDS-MET")
    assert flagged(res), why(res)


# -- 5. a state not yet known -------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Hearing: not known yet. The audiology clinic has been asked for a report.",
    "Sam's hearing is unknown at present, and a report from the audiology clinic is awaited.",
    "Hearing: not yet assessed; the audiology appointment is in January.",
])
@pytest.mark.parametrize("criterion", ["HC-NEEDS-MET", "HC-OUTCOMES"])
def test_a_state_not_yet_known_is_no_need_to_meet(line, criterion):
    res = run(care_builder.build({"C": [line, "Sam has epilepsy with seizures most weeks."], "G": G_SEIZ, "E": E_SEIZ}),
              criterion)
    assert not any("hearing" in f.message for f in res.findings if f.kind == "issue"), why(res)


@pytest.mark.parametrize("line", [
    "Hearing: a moderate loss in both ears, cause unknown; he wears two hearing aids.",
    "Sam has a hearing loss of unknown cause and wears hearing aids.",
])
def test_a_need_of_unknown_cause_is_still_a_need(line):
    # the boundary: "unknown" about the cause leaves the loss a need, unmet by the epilepsy provision
    res = run(care_builder.build({"C": [line, "Sam has epilepsy with seizures most weeks."], "G": G_SEIZ, "E": E_SEIZ}),
              "HC-NEEDS-MET")
    assert flagged(res), why(res)


# -- 6. contact between appointments ------------------------------------------------------------

PLANNED = "- Clinical psychologist, Children's Learning Disability Team: one 50-minute session a fortnight at home for 4 months."


@pytest.mark.parametrize("extra", [
    "- The family can ring the Learning Disability Team for advice when needed between appointments.",
    "- Sam's parents may email the psychologist between sessions if something worries them.",
    "- School staff can contact the team by phone between planned visits.",
])
def test_contact_between_appointments_is_judged_with_them(extra):
    res = run(care_builder.build({"C": ["Sam has a learning disability and hurts himself when upset."],
                                  "G": [PLANNED, extra], "E": E_OUT}), "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_contact_as_the_only_provision_is_still_flagged():
    # the boundary: with no appointments set out, "when needed" is no amount
    res = run(care_builder.build({"C": ["Sam has a learning disability and hurts himself when upset."],
                                  "G": ["- The family can ring the Learning Disability Team for advice when needed "
                                        "between appointments."], "E": E_OUT}), "HC-PROVISION-SPECIFIC")
    assert flagged(res), why(res)
