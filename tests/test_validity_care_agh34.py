"""Validity classes from sets AG and AH (round 34) in health and social care (HC-*, SC-*): each
class in words of our own, with its boundary.

1. A section's title is never the unit judged, however long the Regulations make it: "Section H1:"
   then the section's statutory title ("Social care provision which must be made under section 2 of
   the Chronically Sick and Disabled Persons Act 1970") is a heading over provision, not provision
   with no amount (SC-PROVISION-SPECIFIC, and every check that reads items). A title followed by a
   separator and provision with an amount is still provision.
2. "No further social care needs" and "does not have eligible social care needs" (no "any") say
   plainly there are none (SC-NEEDS): with the assessment named, that is the basis an auditor asks
   for; with none named, it is a weak "none", not a description of needs.
3. A row of Section K whose advice was asked for and not received names no advice: the service in
   its other cells ("CAMHS") gave none (HC-ADVICE-PROVIDERS).
4. Eating and drinking (dysphagia) therapy stays health provision when the therapist trains the
   staff who feed the child (a key person, a room leader), and a health professional meeting or
   liaising with the school's therapist is joint working, not therapy in G (HC-THERAPY-PLACEMENT).
   A therapist teaching the child is still special educational provision.
5. A speech and language therapist or teaching assistant named in H only as the source of the
   approach the care uses ("recommended by her SALT") is not educational provision in H
   (SC-RIGHT-SECTION); one who provides there still is.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

from ehcaudit.checks._items import is_section_title
from ehcaudit.model import Block

# -- 1. a section's statutory title after "Section X:" ----------------------------------------------


@pytest.mark.parametrize("title", [
    "Section H1: Social care provision which must be made under section 2 of the Chronically Sick and "
    "Disabled Persons Act 1970",
    "Section H1 - Social care provision that must be made for the child under section 2 of the Chronically Sick "
    "and Disabled Persons Act 1970",
    "Part H2: Any other social care provision reasonably required by the learning difficulties or disabilities "
    "which result in the child or young person having special educational needs",
    "Section G: Any health provision reasonably required by the learning difficulties or disabilities which result "
    "in the child or young person having special educational needs",
    "Section H1: Social care provision (which must be made under section 2 of the CSDPA 1970)",
])
def test_a_long_statutory_title_is_a_title(title):
    assert is_section_title(title)


@pytest.mark.parametrize("line", [
    "Section H1: Social care provision: Ella will have a personal assistant for 3 hours every Saturday.",
    "Section H2: Social care provision to be made by the short breaks team for 4 hours each week at the centre",
    "Social care provision under section 2 will give Ella a carer to help her wash and dress every morning",
])
def test_a_title_that_carries_provision_is_not_a_title(line):
    # the boundary: the title's words, then an amount or a sentence of provision
    assert not is_section_title(line)


H1_TITLE = ("Section H1: Social care provision which must be made under section 2 of the Chronically Sick and "
            "Disabled Persons Act 1970")
H1_ITEM = "- Short breaks: 3 hours every other Saturday with a support worker from the council's short breaks service."


def test_the_h1_title_over_specific_provision_passes():
    res = run(care_builder.build({"H1": [H1_TITLE, H1_ITEM]}), "SC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_vague_provision_under_the_title_is_still_flagged():
    # the boundary: the title is skipped, the vague item under it is not
    res = run(care_builder.build({"H1": [H1_TITLE, "- Support from the short breaks team as and when needed."]}),
              "SC-PROVISION-SPECIFIC")
    assert flagged(res)


# -- 2. "no further" and "does not have eligible" social care needs ----------------------------------


@pytest.mark.parametrize("d", [
    "Priya's needs were screened by the Disabled Children's Service, whose advice of 4 May 2026 found that she "
    "does not have eligible social care needs: her family meet her care needs at home.",
    "The family support worker's assessment (March 2026) concluded that Ben doesn't have assessed social care "
    "needs at present.",
    "Following a social care assessment by the Children with Disabilities Team in June 2026, no further social "
    "care needs were identified.",
    "Aaron does not have social care needs relating to his SEN (Northfield Early Help Hub advice, Kim Lowe, Family "
    "Support Worker, 3 May 2026).",
])
def test_a_sourced_none_without_any_passes(d):
    res = run(care_builder.build({"D": [d]}), "SC-NEEDS")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("d", [
    ["Kai has been on a child protection plan since May 2026. No further social care needs have been identified."],
    ["Nell does not have eligible social care needs."],
    ["No other social care needs are known for this plan."],
    ["Aaron does not have social care needs relating to his SEN (see his school report)."],
])
def test_a_none_with_no_basis_is_still_flagged(d):
    # the boundary: the same "none" with no assessment or advice named is weak
    assert flagged(run(care_builder.build({"D": d}), "SC-NEEDS"))


# -- 3. a K row whose advice was asked for and not received names no advice -------------------------

G_CAMHS = ["- CAMHS: a clinical psychologist will see Ruby every fortnight for 50 minutes for her anxiety."]


def _with_k_row(cells: list[str]):
    plan = care_builder.build({"G": G_CAMHS}, advice=[("educational", "Educational advice", "Mr P. Shaw, SENCo",
                                                        care_builder.D(2026, 3, 1))])
    for col, text in enumerate(cells):
        b = Block(id=len(plan.blocks), kind="table_cell", text=text, section="K", location="Section K, table row 4",
                  table=30, row=4, col=col)
        plan.blocks.append(b)
        plan.sections["K"].block_ids.append(b.id)
    return plan


@pytest.mark.parametrize("cells", [
    ["Health advice\nAsked for from CAMHS on 4 February 2026", "Not received by the date of issue", "CAMHS", "NO"],
    ["Medical advice", "Requested 1 March 2026 – not yet received", "Children's mental health service (CAMHS)"],
    ["Health advice requested from CAMHS", "Awaited: not received when the plan was issued", "CAMHS"],
])
def test_advice_not_received_is_no_advice_from_the_service_in_its_row(cells):
    assert flagged(run(_with_k_row(cells), "HC-ADVICE-PROVIDERS"))


def test_a_row_of_received_advice_still_counts():
    # the boundary: the same row with the advice received and dated covers the provider
    res = run(_with_k_row(["Health advice", "12 February 2026", "Dr N. Shah, CAMHS clinical psychologist", "YES"]),
              "HC-ADVICE-PROVIDERS")
    assert not flagged(res), why(res)


# -- 4. who a therapist trains, and a therapist met rather than providing ------------------------------


@pytest.mark.parametrize("g", [
    "- A speech and language therapist with dysphagia training will assess Isla's eating and drinking at nursery "
    "each term for 1 hour and train her key person in her eating and drinking plan.",
    "- Speech and language therapy (eating and drinking): a review each term (1 hour) at nursery, training his room "
    "leader and key person in his swallowing plan.",
    "- The dietitian will meet the nursery's occupational therapist for 30 minutes each half term to agree Noah's "
    "mealtime plan.",
    "- The clinical psychologist will liaise with the school's speech and language therapist once a term (20 minutes) "
    "about Mia's eating plan.",
])
def test_health_therapy_and_liaison_with_a_therapist_stay_in_g(g):
    res = run(care_builder.build({"G": [g]}), "HC-THERAPY-PLACEMENT")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("g", [
    "- The occupational therapist will see Isla weekly for 45 minutes to teach her to use scissors and a pencil grip.",
    "- A speech and language therapist will train Isla in using her communication book, 30 minutes each week.",
])
def test_therapy_that_teaches_the_child_is_still_misplaced(g):
    # the boundary: the therapist teaching the child, not staff, is special educational provision
    assert flagged(run(care_builder.build({"G": [g]}), "HC-THERAPY-PLACEMENT"))


# -- 5. an educational professional named in H only as the source of the approach -------------------


@pytest.mark.parametrize("h", [
    "- Social worker visits to Leah at home every 4 weeks (1 hour); the social worker will use the symbol cards "
    "recommended by her speech and language therapist.",
    "- Family support worker: 2 hours each week at home, using the calm-down routine devised by the school's SALT.",
    "- Short breaks carer: 4 hours every other Sunday, following the visual timetable shown by her teaching assistant.",
    "- Her youth worker meets Leah each Tuesday for an hour, using the picture plan drawn up with her SALT.",
])
def test_an_approach_another_professional_advised_is_not_educational_provision(h):
    res = run(care_builder.build({"H2": [h]}), "SC-RIGHT-SECTION")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("h", [
    "- Speech and language therapy at home for Leah, 30 minutes every week, with the family support worker present.",
    "- A teaching assistant will support Leah's reading at the respite centre for 1 hour each visit.",
])
def test_an_educational_professional_providing_in_h_is_still_flagged(h):
    # the boundary: the therapist or assistant giving the provision is educational provision in H
    assert flagged(run(care_builder.build({"H2": [h]}), "SC-RIGHT-SECTION"))
