"""PC-ASPIRATION-LINK, round 29: what an aspiration is, read as an auditor reads it (wording invented
here, not taken from any validity set)."""

from __future__ import annotations

import pytest

from ehcaudit.checks._aspire_reading import liked_help, occasion_want, role_wish


def _hope(text: str) -> bool:
    return any(w in text.lower() for w in ("want", "hope", "would like", "wish"))


@pytest.mark.parametrize("text", [
    "When I have a headache I want to lie down in the nurse's room.",
    "If the hall is too noisy I would like to eat in the library.",
    "Kacper: \"When I get cross I want to go to my den.\"",
    "Whenever the fire bell rings I want Miss to hold my hand.",
])
def test_a_want_for_a_moment_now_is_an_arrangement(text: str) -> None:
    assert occasion_want(text)


@pytest.mark.parametrize("text", [
    "When I grow up I want to drive a digger.",
    "When I leave school I want to train as a groom at the stables.",
    "When I'm older I would like my own flat.",
    "I want her to be safe when she goes out with friends.",
    "We hope that one day he will live near us.",
])
def test_a_hope_for_the_future_is_an_aspiration(text: str) -> None:
    assert not occasion_want(text)


@pytest.mark.parametrize("text", [
    "I want to be an astronaut like in my space book.",
    "When I'm big I want to be a pirate or someone who sails ships.",
    "Leila: \"I wish I could be a ballerina.\"",
])
def test_a_young_childs_own_role_wish_is_a_passing_wish(text: str) -> None:
    assert role_wish(text, _hope)


@pytest.mark.parametrize("text", [
    "I want to be a vet and look after the guinea pigs at school.",  # a near hope after the wish
    "We want him to be a chef one day.",  # the family's hope, not the child's passing wish
    "I want to be a good friend to Sami.",  # no role
    "I want to go to the forest school every week.",
])
def test_not_only_a_passing_wish(text: str) -> None:
    assert not role_wish(text, _hope)


@pytest.mark.parametrize("text", [
    "I like it when Mrs Adeyemi helps me with my spellings.",
    "She enjoys counting games with her key person.",
    "I love it when Mr Park lets me use the iPad.",
])
def test_liking_an_adults_help_is_no_interest(text: str) -> None:
    assert liked_help(text)


@pytest.mark.parametrize("text", [
    "I like dinosaurs, especially the big ones.",
    "He loves going to the skate park with his cousins.",
    "Football at playtime.",
    "She enjoys painting animals.",
])
def test_an_interest_of_the_childs_own(text: str) -> None:
    assert not liked_help(text)
