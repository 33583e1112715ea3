"""Validity classes from set Z (round 24) in health and social care (HC-*, SC-*): each class in
words of our own, with its boundary.

1. A sense or function C says is fine is no need (HC-NEEDS-MET, HC-OUTCOMES): a test result
   given as within the typical, expected or average range (not only "normal"), and the first of
   two or three conditions said together to be fine ("her eyesight and hearing are both fine",
   "his vision, hearing and sleep are all good").
2. A social care item that is itself a review of the provision, done once at a set time ("Review
   of the short breaks by the social worker after 6 months", "The team will review the direct
   payment within twelve weeks") is a one-off piece of work: it needs its time, not a frequency
   (SC-PROVISION-SPECIFIC). A support item with a review noted after it still needs its amount.
"""

from __future__ import annotations

import care_builder
import pytest
from packaged_rubric import RUBRIC
from validity_helpers import flagged, run, why

from ehcaudit.checks._health_amount import amount_gap
from ehcaudit.checks.health import HealthProvisionParams
from ehcaudit.checks.social_care import ScProvisionParams, _one_off

# -- 1. a sense or function said to be fine --------------------------------------------------------

G_EPI = ["- Epilepsy specialist nurse: seizure management training for class staff each September (2 hours)."]
E_EPI = ["By July 2027, Sam will tell an adult when he feels a seizure coming, on 4 of 5 occasions."]


@pytest.mark.parametrize("line", [
    "Sam's eyesight and hearing are fine (checked at his annual health review), but he has epilepsy.",
    "His vision and his hearing were both good when tested last spring, but he has epilepsy.",
    "Sam's hearing, vision and sleep are all fine; he has epilepsy.",
    "Sam's vision was checked by the orthoptist in May 2026 and is within the expected range; he has epilepsy.",
    "His hearing was tested at the audiology clinic last year and was within the typical range for his age, "
    "but he has epilepsy.",
])
@pytest.mark.parametrize("criterion", ["HC-NEEDS-MET", "HC-OUTCOMES"])
def test_senses_said_to_be_fine_are_no_need(line, criterion):
    res = run(care_builder.build({"C": [line], "G": G_EPI, "E": E_EPI}), criterion)
    assert not flagged(res), why(res)


@pytest.mark.parametrize("line", [
    "Sam's eyesight and hearing are a worry to his family, and he has epilepsy.",
    "His vision and hearing are both impaired, and he has epilepsy.",
    "His hearing was tested at the audiology clinic and he has a mild loss in his left ear; he has epilepsy.",
])
def test_senses_said_to_be_a_difficulty_are_still_needs(line):
    # the boundary: the same senses named as a difficulty are needs, unmet by the epilepsy provision
    assert flagged(run(care_builder.build({"C": [line], "G": G_EPI, "E": E_EPI}), "HC-NEEDS-MET"))


# -- 2. a review of the provision, once, at a set time ---------------------------------------------

D_CARE = ["Leo is 9; his mum is his main carer and has asked for a break at weekends."]
H2_SB = "- Short breaks at the Oaktree centre every other Sunday, 10am to 3pm, with a 1:1 support worker."


@pytest.mark.parametrize("line", [
    "- Review of the short breaks by Leo's social worker after 6 months.",
    "- A joint review of the short breaks with his mum and the centre at the end of the first term.",
    "- The Disabled Children's Team will review the direct payment within twelve weeks.",
    "- Evaluation of the family support by the early help worker in six months' time (March 2027).",
])
def test_a_review_done_once_at_a_set_time_needs_no_frequency(line):
    res = run(care_builder.build({"D": D_CARE, "H2": [H2_SB, line]}), "SC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def _sc_params() -> ScProvisionParams:
    d = RUBRIC.criterion("SC-PROVISION-SPECIFIC").check.model_dump()
    d.pop("kind", None)
    return ScProvisionParams(**d)


def test_a_review_under_a_sub_heading_is_read_the_same():
    # an item is read with its sub-heading in front ("Family support: Review of ...")
    assert _one_off("Family support: Review of the family support by the early help worker after 12 weeks.",
                    _sc_params())
    assert not _one_off("Family support: Help from the early help worker, reviewed after 12 weeks.", _sc_params())


@pytest.mark.parametrize("line", [
    "- Support from a family support worker, reviewed after 6 months.",
    "- Review of the short breaks by Leo's social worker.",
])
def test_support_with_a_review_note_or_a_review_with_no_time_is_still_flagged(line):
    # the boundary: the support itself says no amount; a review with no time says no when
    assert flagged(run(care_builder.build({"D": D_CARE, "H2": [H2_SB, line]}), "SC-PROVISION-SPECIFIC"))


# -- 3. everyday aids and supplies ----------------------------------------------------------------

def _g_params() -> HealthProvisionParams:
    d = RUBRIC.criterion("HC-PROVISION-SPECIFIC").check.model_dump()
    d.pop("kind", None)
    return HealthProvisionParams(**d)


@pytest.mark.parametrize("text", [
    "An angled writing slope and a triangular pencil grip, supplied and replaced by the occupational therapy service.",
    "A wobble cushion for carpet time and ear defenders for assemblies, provided by the OT team.",
    "His spacer and reliever inhaler are kept in the school office; Dad will replace them before they expire.",
    "Thickener and feeding syringes, supplied and renewed by the community nursing team.",
])
def test_aids_and_supplies_are_equipment(text):
    kind, gap, _ = amount_gap(text, _g_params())
    assert (kind, gap) == ("equipment", None)


def test_aids_with_a_session_still_need_an_amount():
    # the boundary: a visit or session in the same item makes it a service
    kind, gap, _ = amount_gap("A writing slope and pencil grip, with OT sessions to teach him to use them.", _g_params())
    assert gap is not None


@pytest.mark.parametrize("line, ok", [
    ("- Her inhaler and spacer are kept in her classroom and go with her on trips; Gran will replace them before "
     "they expire.", True),
    ("- Her inhaler and spacer are kept in her classroom and go with her on trips.", False),
])
def test_a_family_member_who_keeps_supplies_in_date_says_who(line, ok):
    c = ["Ruby has asthma, which is worse in cold weather."]
    b = care_builder.build({"C": c, "G": [line]})
    assert flagged(run(b, "HC-PROVISION-SPECIFIC")) is not ok


# -- 4. needs put off until advice comes ----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Ellie's health needs will be confirmed once health advice has been received.",
    "His medical needs are to be set out when the community paediatrician's report arrives.",
    "Health needs to be confirmed following the paediatric assessment appointment.",
    "Any diagnoses will be added after the neurodevelopmental assessment report is received.",
])
def test_needs_put_off_until_advice_comes_describe_nothing(line):
    assert flagged(run(care_builder.build({"C": [line]}), "HC-NEEDS"))


def test_needs_described_with_a_later_report_to_come_are_described():
    # the boundary: C describes a need and only adds that more advice is to come
    c = ["Ellie has asthma and uses a reliever inhaler before PE.",
         "Her sleep will be looked at again when the sleep clinic's report is received."]
    res = run(care_builder.build({"C": c}), "HC-NEEDS")
    assert not flagged(res), why(res)


def test_a_therapy_service_named_as_the_provider_of_a_service_is_still_a_service():
    # the boundary: therapy from a therapy service "as needed" is a service, not equipment
    kind, gap, _ = amount_gap("Physiotherapy from the Children's Integrated Therapy Service as needed, to advise on "
                              "splints and the standing frame.", _g_params())
    assert gap is not None
