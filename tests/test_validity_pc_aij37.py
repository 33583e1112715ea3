"""Round 37, person-centred checks (sets AI and AJ): the classes fixed, in wording of our own."""

from __future__ import annotations

import care_builder
import pytest
from test_validity_person_centred_g import build, table
from validity_helpers import flagged, run, why

from ehcaudit.checks._outcomes import is_aspiration_line
from ehcaudit.model import FrontMatter

GOOD = "By July 2027, Ana will cook a pasta meal for her family on her own, on 3 occasions in a row."

# -- PC-SMART: "Builds on: ..." names the aspiration an outcome builds on: part of it, not one of its own ---


@pytest.mark.parametrize("link", [
    "Builds on: helping out at the riding stables.",
    "This builds on: running a market stall and learning to drive.",
    "Links to: 'I want to be a chef in a big hotel.'",
    "Working towards: a job with animals one day.",
    "Builds on: her nan's wish that she will be safe when she goes out.",
])
def test_smart_a_builds_on_line_is_part_of_its_outcome(link):
    assert is_aspiration_line(link)
    res = run(care_builder.build({"E": [f"- {GOOD}", f"- {link}"]}), "PC-SMART")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("line", [
    "Builds on: by July 2027 Ana will catch the train to college on her own.",  # the child's dated act
    "Building on this, Ana will cook a meal for her family by July 2027.",
])
def test_smart_boundary_an_outcome_after_a_link_word_is_an_outcome(line):
    assert not is_aspiration_line(line)


# -- PC-SMART: a record written as paragraphs - its "How we will know" line measures the outcome above --

def _record(outcome: str, measure: str | None, sub: str = "E2 Getting ready") -> list[tuple]:
    rows = [("E", "By when: March 2027", sub, None), ("E", f"Outcome: {outcome}", sub, None)]
    if measure is not None:
        rows.append(("E", f"How we will know: {measure}", sub, None))
    rows.append(("E", "Builds on: her mum's hope that mornings get easier.", sub, None))
    return rows


_MEASURES = [
    "her key person ticks her chart each day; she does it without help on 4 days out of 5.",
    "The form tutor's log shows no more than 2 late arrivals in a half term.",
    "Checked by her teaching assistant on 5 occasions; all three steps right on at least 4.",
]


@pytest.mark.parametrize("measure", _MEASURES)
def test_smart_measure_paragraph_measures_the_outcome_paragraph_above(measure):
    rows = [("E", "Section E", None, None),
            *_record("Ana will get herself ready for school and leave the house with the right bag.", measure)]
    res = run(build(rows, known_as="Ana"), "PC-SMART")
    assert not flagged(res), why(res)


def test_smart_boundary_a_record_with_no_measure_line_is_still_unmeasured():
    rows = [("E", "Section E", None, None),
            *_record("Ana will get herself ready for school and leave the house with the right bag.", None)]
    assert flagged(run(build(rows, known_as="Ana"), "PC-SMART"))


def test_smart_boundary_a_measure_under_another_heading_measures_nothing_above_it():
    rows = [("E", "Section E", None, None),
            ("E", "Outcome: Ana will get herself ready for school and leave the house with the right bag.", "E1 Mornings", None),
            ("E", f"How we will know: {_MEASURES[0]}", "E2 Evenings", None)]
    assert flagged(run(build(rows, known_as="Ana"), "PC-SMART"))


# -- PC-OUTCOME-NOT-PROVISION: an offer the young person earns is an achievement ------------------------

@pytest.mark.parametrize("outcome", [
    "By July 2027, Ana will be offered a paid job of at least 8 hours a week in a garden centre.",
    "By June 2027, Ana will be offered a Saturday job at the bakery on the high street.",
    "By September 2027, Ana will be offered an apprenticeship with the county council's parks team.",
    "By August 2027, Ana will be offered a place on the Level 2 hair and beauty course at the college.",
])
def test_not_provision_an_offer_won_is_an_achievement(outcome):
    res = run(table(["Outcome"], [outcome]), "PC-OUTCOME-NOT-PROVISION")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("outcome", [
    "By July 2027, Ana will be offered a job coach for her work placement.",
    "By July 2027, Ana will be offered a place at the resource base.",
    "By July 2027, Ana will be offered weekly sessions with a learning mentor.",
])
def test_not_provision_boundary_help_offered_is_still_provision(outcome):
    assert flagged(run(table(["Outcome"], [outcome]), "PC-OUTCOME-NOT-PROVISION"))


# -- PC-VOICE: the child's first name from the front matter tells the child's own views -----------------

def _voice(heading: str, words: str):
    rows = [("A", heading, heading, None), ("A", words, heading, None),
            ("A", "Parents' views", "Parents' views", None),
            ("A", "His dad said: 'We are proud of how hard he has worked since his operation.'", "Parents' views", None)]
    plan = build(rows, known_as="x")
    return plan.model_copy(update={"front": FrontMatter(fields={"First name": "Tomas", "School year": "Year 11"})})


@pytest.mark.parametrize("heading", [
    "Tomas's views (from a chat with his tutor and his mum, 2 June 2026)",
    "What Tomas told us (his dad was there too)",
    "Tomas in his own words, talking with his mum and the EHC co-ordinator",
])
def test_voice_a_heading_naming_the_child_is_his_though_family_were_there(heading):
    res = run(_voice(heading, "'I just want to get back to football. I get tired by lunchtime and I hate it.'"), "PC-VOICE")
    assert not flagged(res), why(res)


def test_voice_boundary_the_family_speaking_for_the_child_is_not_his_view():
    res = run(_voice("What his mum told us", "His mum said he wants to get back to football and gets tired by lunchtime."),
              "PC-VOICE")
    assert flagged(res)


# -- PC-PFA: provision names no theme; choice-making, eating safely and posture are themes --------------

def _pfa(outcomes: list[str]):
    return run(care_builder.build({"E": [f"- {o}" for o in outcomes]}, front=FrontMatter(year_group=13)), "PC-PFA")


@pytest.mark.parametrize("choice", [
    "By July 2027, Ana will choose her drink at break by looking at one of two cups, on 4 days out of 5.",
    "By July 2027, Ana will make a choice between two objects of reference at drinks time, on 4 out of 5 offers.",
    "By July 2027, Ana will select her lunch from two photos using her switch, on 4 days out of 5.",
])
def test_pfa_complex_needs_community_health_and_choice_are_themes(choice):
    res = _pfa(["By July 2027, Ana will take part in a weekly visit to the local library for 20 minutes without distress.",
                "By July 2027, Ana will eat a mashed meal with her trained adult without coughing or choking, on 4 days out of 5.",
                choice])
    assert not flagged(res), why(res)


def test_pfa_posture_is_good_health():
    res = _pfa(["By July 2027, Ana will hold her head up in supported sitting for 15 minutes on 4 days out of 5.",
                "By July 2027, Ana will go to a youth club once a week with her personal assistant.",
                "By July 2027, Ana will choose her own clothes each morning from two outfits."])
    assert not flagged(res), why(res)


@pytest.mark.parametrize("outcome", [
    "By July 2027, Ana will choose a book from the class library and read two pages aloud.",  # schoolwork
    "By July 2027, Ana will choose between 3 pictures to ask for an activity on 4 out of 5 occasions.",  # communication
])
def test_pfa_boundary_choosing_a_book_or_a_picture_is_not_independent_living(outcome):
    res = _pfa([outcome])
    assert "independent living" in " ".join(f.message for f in res.findings if f.kind != "evidence")
