"""A health condition named as a reaction to a situation is met by provision that names the
situation: the words meet by the checks' one stemmer (``_words.stem``), not by their first five
letters."""

from __future__ import annotations

import pytest

from ehcaudit.checks._health_reaction import serves_situation, situation_words

NEED = "Ava is very anxious about tests and scans at the hospital."


def _situation(text: str) -> set[str]:
    return situation_words(text, text.index("anxious") + len("anxious"))


@pytest.mark.parametrize("prov", [
    "Play specialist: prepares Ava for each test with a picture story.",  # tests / test
    "Radiographer: a practice visit before each scan.",  # scans / scan
])
def test_provision_naming_the_situation_serves_it(prov):
    assert serves_situation(_situation(NEED), prov)


@pytest.mark.parametrize(("need", "prov"), [
    ("Leo is very anxious about transitions between lessons.", "Council: transport to school by taxi."),
    ("Ava is very anxious about tests and scans at the hospital.", "Physiotherapist: a weekly stretching programme."),
])
def test_provision_that_misses_the_situation_does_not_serve_it(need, prov):
    assert not serves_situation(_situation(need), prov)


def test_a_name_is_no_situation():
    assert "owen" not in _situation("He is anxious about Owen's visits.")
