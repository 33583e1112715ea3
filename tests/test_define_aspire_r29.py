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


# -- the whole check, on plans built here ------------------------------------------------------

import datetime as dt  # noqa: E402

import care_builder  # noqa: E402
from packaged_rubric import RUBRIC  # noqa: E402

from ehcaudit.model import FrontMatter  # noqa: E402
from ehcaudit.rubric.engine import run_criterion  # noqa: E402

_GREEN = next(i for i, lv in enumerate(RUBRIC.scale, start=1) if lv.rag == "green")


def _flagged(a: list[str], e: list[str], year: int | None) -> bool:
    plan = care_builder.build({"A": a, "E": [f"- {x}" for x in e]}, front=FrontMatter(year_group=year))
    res = run_criterion(plan, RUBRIC, RUBRIC.criterion("PC-ASPIRATION-LINK"), dt.date(2026, 12, 1), cache={})
    return bool(res.applicable and res.level is not None and res.level < _GREEN)


_CLASSROOM = ["By July 2027, Tariq will read a passage at his chronological reading age with 95% accuracy, "
              "checked by his English teacher each half term.",
              "By July 2027, Tariq will make friends in his tutor group and talk with two peers at break on 3 days a week."]


def test_the_central_goal_ignored_is_flagged_even_when_a_broad_hope_is_served() -> None:
    # a Year 10 goal in a field (a trade), outcomes only in the classroom: friends served, the goal not
    a = ["Tariq: \"After Year 11 I want to train as a plumber with my uncle's firm.\"",
         "His gran hopes he will make friends at his new school."]
    assert _flagged(a, _CLASSROOM, 10)


@pytest.mark.parametrize("step", [
    "By June 2027, Tariq will complete a one-week plumbing work taster with a local firm, signed off by his mentor.",
    "By July 2027, Tariq will fit a compression joint to a copper pipe in the construction workshop, checked by his tutor.",
])
def test_the_central_goal_built_on_in_its_field_passes(step: str) -> None:
    a = ["Tariq: \"After Year 11 I want to train as a plumber with my uncle's firm.\"",
         "His gran hopes he will make friends at his new school."]
    assert not _flagged(a, [*_CLASSROOM, step], 10)


def test_a_young_childs_passing_wish_is_not_demanded() -> None:
    a = ["Poppy: \"When I'm big I want to be a zookeeper like on the telly.\"",
         "Her dad hopes she will make friends at her new school."]
    assert not _flagged(a, ["By July 2027, Poppy will take turns in a game with two friends at playtime on 3 days a week."], 2)


def test_a_want_for_a_moment_now_is_not_an_aspiration_to_build_on() -> None:
    a = ["Owen: \"If I feel poorly I want to go to the office and ring my mum.\"",
         "Owen wants to go to the same secondary school as his brother."]
    assert not _flagged(a, ["By July 2027, Owen will make three transition visits to his secondary school, "
                            "recorded by the SENCo."], 6)


def test_no_aspirations_an_interest_used_by_name_passes() -> None:
    a = ["Aspirations: none were recorded at this meeting.", "Ravi loves trains and timetables."]
    assert not _flagged(a, ["By March 2027, Ravi will ask for a train picture using a two-word phrase, on 4 out of 5 "
                            "occasions."], 3)


def test_no_aspirations_liked_help_or_a_school_skill_is_no_interest() -> None:
    a = ["Aspirations: none were recorded at this meeting.", "I like it when Mrs Lowe reads with me.",
         "He enjoys stories at home."]
    assert _flagged(a, ["By March 2027, Ravi will read 40 common words on sight and retell a short story in three "
                        "sentences, checked by his teacher."], 3)
