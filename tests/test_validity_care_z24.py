"""Validity classes from set Z (round 24) in health and social care (HC-*, SC-*): each class in
words of our own, with its boundary.

1. A sense or function C says is fine is no need (HC-NEEDS-MET, HC-OUTCOMES): a test result
   given as within the typical, expected or average range (not only "normal"), and the first of
   two or three conditions said together to be fine ("her eyesight and hearing are both fine",
   "his vision, hearing and sleep are all good").
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

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
