"""Round 36 (first runs): HC-PROVISION-SPECIFIC's severity rule for an amount left to a woolly word.

An auditor reading Section G fails an item of health provision whose amount is "as required", "as
needed", "when needed", "regular" or "ongoing" and that names no trigger, date or frequency: the
family cannot tell what the child gets. Naming who provides it does not make it specific, so such an
item caps the criterion at Requires improvement however well the other items are written. The first
runs of three sets missed exactly this (a named team, "as required"; a table row "as needed").

The boundary: a line that only adds a safety net to provision specified above it, and medicine or
care given on the spot at a named sign, are not woolly amounts and still pass.

The wording is invented here, not taken from any validity set.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

C_NEEDS = ["Mo has cerebral palsy, which affects his walking and his balance on the stairs at school."]
SPECIFIC = [
    "- Children's physiotherapist, Eastvale Community Therapy: reviews Mo's walking programme in school every "
    "6 weeks (45 minutes).",
    "- Orthotics service: new ankle splints fitted every 6 months at the Eastvale clinic.",
    "- Community paediatrician: reviews Mo's growth and medication every 6 months (30 minutes).",
    "- Occupational therapist, Eastvale Community Therapy: seating review once a term in school (30 minutes).",
]


def _g(extra: str):
    return care_builder.build({"C": C_NEEDS, "G": [*SPECIFIC, extra]})


@pytest.mark.parametrize("line", [
    "- Hydrotherapy as required from the Eastvale Community Physiotherapy team.",
    "- Community nursing team: support with Mo's gastrostomy as needed.",
    "- Dietitian (Eastvale Children's Nutrition Service) to see Mo when needed.",
    "- Regular reviews of Mo's hip posture by the orthopaedic consultant at Eastvale General.",
    "- Ongoing support from the Eastvale children's community nursing team for Mo's continence.",
])
def test_a_woolly_amount_with_a_named_provider_is_a_clear_gap(line: str) -> None:
    res = run(_g(line), "HC-PROVISION-SPECIFIC")
    assert flagged(res) and res.level <= 2, why(res)


def test_every_item_specific_still_passes() -> None:
    res = run(care_builder.build({"C": C_NEEDS, "G": SPECIFIC}), "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


def test_one_item_missing_only_its_who_is_not_capped() -> None:
    # the boundary on the other side: a real amount and no provider is a gap of one element (Good at worst
    # among four specific items), not a woolly amount
    line = "- A hip X-ray once a year, with the results sent to school."
    res = run(_g(line), "HC-PROVISION-SPECIFIC")
    assert res.level >= 3, why(res)


@pytest.mark.parametrize("line", [
    "- Mo and his parents can phone the physiotherapy team when needed between appointments; this is in addition "
    "to the planned reviews above.",
    "- Rescue medicine given by trained school staff following Mo's individual healthcare plan.",
])
def test_a_safety_net_or_care_at_a_named_sign_is_no_woolly_amount(line: str) -> None:
    res = run(_g(line), "HC-PROVISION-SPECIFIC")
    assert res.level >= 3, why(res)
