"""Round 33, PC-ASPIRATION-LINK: a plan with no aspirations in Section A has nothing for the outcomes to
build on, however well they use the child's interests. Counted from the auditors' keys of sets A to AF:
of the 61 plans whose Section A states no aspiration, 51 are failed on this criterion and 10 passed (on
interests). A hope that names nothing but being happy is still a hope: there the interests are read.
The wording is invented here (other councils' voices), not taken from any validity set.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run

LINK = "PC-ASPIRATION-LINK"
_KAYAK = "By June 2027, Bronwen will paddle a kayak across the lake at the outdoor centre with one adult nearby, logged by her instructor."


def _plan(a: list[str], e: list[str]):
    return care_builder.build({"A": a, "E": [f"- {x}" for x in e]})


@pytest.mark.parametrize("box", [
    "Aspirations: Bronwen's hopes were not explored at this meeting.",
    "Future hopes: not recorded.",
    "Bronwen was unable to share any hopes for the future.",
])
def test_no_hope_recorded_is_amber_though_an_outcome_uses_an_interest(box: str) -> None:
    res = run(_plan([box, "Bronwen loves kayaking and being on the water."], [_KAYAK]), LINK)
    assert flagged(res)
    assert any("does not make up for it" in f.message for f in res.findings if f.kind == "issue")


def test_no_hope_and_no_interest_used_is_amber_too() -> None:
    res = run(_plan(["Bronwen loves kayaking and being on the water."],
                    ["By June 2027, Bronwen will add and subtract money to £5, checked by her teacher each term."]), LINK)
    assert flagged(res)


def test_a_hope_that_names_only_happiness_is_judged_on_the_interests() -> None:
    # boundary: a hope is recorded, but it names no field; the outcome that uses her interest passes
    res = run(_plan(["Her grandparents hope she will have a happy life.", "Bronwen loves kayaking."], [_KAYAK]), LINK)
    assert not flagged(res)


def test_a_stated_hope_built_on_still_passes() -> None:
    # boundary: the definition changes nothing where a hope is stated
    res = run(_plan(["Bronwen wants to be an outdoor instructor when she leaves school."], [_KAYAK]), LINK)
    assert not flagged(res)


@pytest.mark.parametrize("line", [
    "Aspirations: Bronwen's hopes were not explored at this meeting.",
    "Future hopes: not yet recorded.",
    "His ambitions have never been asked about.",
])
def test_hopes_not_gathered_are_no_hope(line: str) -> None:
    from ehcaudit.checks._aspire_reading import states_no_hopes
    assert states_no_hopes(line, lambda rest: "want" in rest or "would like" in rest)


@pytest.mark.parametrize("line", [
    "She hopes her worries will not be discussed in front of the class.",
    "His hopes were not explored last year, but now he wants to work with horses.",
])
def test_a_hope_beside_a_gathering_is_still_a_hope(line: str) -> None:
    from ehcaudit.checks._aspire_reading import states_no_hopes
    assert not states_no_hopes(line, lambda rest: "hope" in rest or "want" in rest)
