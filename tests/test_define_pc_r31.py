"""Round 31 (issue 14, "Read clauses, not words"): PC-SMART's measure and time frame, and PC-VOICE's
child's view, as definitions an auditor signs - in wording of our own, not the blind sets'.

* Measurable: the plan says how anyone will know (a count, a score, a level, a standard, how often
  the behaviour happens, a named assessment, who records it), never any digit; a feeling or a state
  is not measurable by how widely it holds. Provision written as an outcome with no date is neither
  time-bound nor measurable.
* Time-bound: a date, the end of a stage, a horizon from now, a review of the plan.
* The child's view: the child's own words, or their communication as watched by someone who knows
  them - a child too young to give views in words has given them that way.
"""

from __future__ import annotations

import pytest
from test_validity_person_centred_g import build
from validity_helpers import flagged, run

#: Two outcomes any auditor passes, so that the line under test decides the criterion.
_SOUND = ["By July 2027, Kofi will name 30 everyday objects in Twi or English when shown a photo.",
          "By July 2027, Kofi will put on his coat and shoes on his own at home time on 4 days out of 5."]


def _smart(line: str):
    return run(build([("E", t, None, None) for t in [*_SOUND, line]], known_as="Kofi"), "PC-SMART")


# -- measurable ---------------------------------------------------------------------------------

def test_issue_example_a_feeling_with_a_date_is_not_measurable():
    res = run(build([("E", "By July 2027, Jade will be happier and more settled in school.", None, None)],
                    known_as="Jade"), "PC-SMART")
    assert flagged(res)
    assert any("measured" in f.message for f in res.findings if f.kind != "evidence")


@pytest.mark.parametrize("line", [
    "By the end of Year 4, Kofi will feel calmer in every lesson.",
    "By Easter 2027, Kofi will be more settled in all of his afternoon sessions.",
    "Within 12 months, Kofi will be happier at playtimes daily.",
])
def test_how_widely_a_feeling_holds_is_no_measure(line):
    res = _smart(line)
    assert flagged(res)
    assert any("measured" in f.message for f in res.findings if f.kind != "evidence")


def test_what_the_child_does_while_feeling_it_is_measured():
    assert not flagged(_smart("By Easter 2027, Kofi will be confident enough to read his news to the class "
                              "on 3 Fridays out of 4."))


def test_the_number_of_an_outcome_is_no_count():
    res = _smart("By March 2027, Kofi will follow the routines set out in outcome 2.")
    assert flagged(res)
    assert any("measured" in f.message for f in res.findings if f.kind != "evidence")


@pytest.mark.parametrize("line", [
    # a count, an amount, a frequency of the behaviour, a named assessment, who records it
    "By March 2027, Kofi will follow a 3-step routine for getting changed for PE.",
    "By March 2027, Kofi will spend £5 at the school tuck shop and check his change.",
    "By March 2027, Kofi will ask a friend to play at lunchtime, which his midday supervisor will tally each week.",
    "By March 2027, Kofi will reach the blue band in the school's phonics tracker.",
])
def test_a_measure_says_how_anyone_will_know(line):
    assert not flagged(_smart(line))


# -- time-bound ---------------------------------------------------------------------------------

@pytest.mark.parametrize("frame", [
    "By the close of Key Stage 3",
    "By his next review",
    "Within 12 months",
    "By the end of Year 9",
    "By Oct '27",
])
def test_a_time_frame_is_a_date_a_stage_end_a_horizon_or_a_review(frame):
    assert not flagged(_smart(f"{frame}, Kofi will catch the right bus home on 9 school days out of 10."))


def test_an_outcome_with_no_time_frame_is_not_time_bound():
    res = _smart("Kofi will catch the right bus home on 9 school days out of 10.")
    assert flagged(res)
    assert any("when" in f.message for f in res.findings if f.kind != "evidence")


# -- provision written as an outcome --------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Kofi is given a movement break every hour by his teaching assistant.",
    "Kofi has a 1:1 learning support assistant in all practical lessons.",
    "Kofi will receive a weekly session with the school nurse.",
])
def test_undated_provision_as_an_outcome_is_neither_time_bound_nor_measured(line):
    res = _smart(line)
    assert flagged(res)
    assert any("provision" in f.message for f in res.findings if f.kind != "evidence")


def test_dated_provision_as_an_outcome_is_left_to_not_provision():
    assert not flagged(_smart("From January 2027, Kofi is given a movement break every hour by his "
                              "teaching assistant."))


def test_undated_provision_dated_by_a_note_over_the_outcomes_is_left_to_not_provision():
    rows = [("E", "All of these outcomes are for the end of Year 8 (July 2027).", None, None),
            *[("E", t, None, None) for t in _SOUND],
            ("E", "Kofi has a 1:1 learning support assistant in all practical lessons.", None, None)]
    assert not flagged(run(build(rows, known_as="Kofi"), "PC-SMART"))


# -- PC-VOICE: the child's view, watched by someone who knows them ---------------------------------

_FAMILY = [("A", "What Noor's dad says", "What Noor's dad says", None),
           ("A", "Her dad says she loves the swings at the park and is happiest outdoors.", "What Noor's dad says", None)]


def _voice(rows):
    return run(build([*rows, *_FAMILY], known_as="Noor"), "PC-VOICE")


def test_a_child_too_young_for_words_whose_play_was_watched_has_given_views():
    head = "What we learned by watching Noor play"
    rows = [("A", head, head, None),
            ("A", "Noor is too young to tell us her views in words, so her childminder watched her at play for a "
                  "month and noted what she chose.", head, None),
            ("A", "Noor reaches for the drum every morning and laughs when the music starts.", head, None)]
    assert not flagged(_voice(rows))


def test_not_yet_able_to_say_it_in_sentences_is_not_no_views():
    head = "Noor's views"
    rows = [("A", head, head, None),
            ("A", "How we found out what Noor thinks: Noor is not yet able to give her views in sentences. Her "
                  "nursery teacher, who sees her every day, watched what she chose and what she pushed away.",
             head, None),
            ("A", "She chose the sand tray every day and pushed away the noisy toys.", head, None)]
    assert not flagged(_voice(rows))


def test_too_young_to_give_views_and_nothing_else_is_no_view():
    head = "Noor's views"
    rows = [("A", head, head, None),
            ("A", "Noor is too young to give her views.", head, None)]
    assert flagged(_voice(rows))
