"""Validity classes for the provision criteria found on set G (round 4).

Each class is shown by a sentence written for this test (another council's way of saying the same
thing) and by set G's own sentence (plan named). What an auditor applies:

* PR-QUANTIFIED asks for the elements that apply to the kind of provision. A group size may be
  written as a cap ("in a group no larger than 4", "class of at most 8"); a profession's
  abbreviation or title names its expertise ("the QToD", "Paediatric OT", "with the CSW"); a one-off
  ("one evening session of 2 hours") says how often; an interval ("every 1.5 hours") says how often;
  provision set in a slot of the day and a place ("Lunch in the Learning Support base") says when and
  how long;
  a clock-time span ("12.00-1.00pm") says how long; "for all 15 of her funded hours" says both; a
  provision table's "Start date" column does not stop its header row being read. A study programme
  at the setting (delivered by the setting in Section I), a break from lessons, a health plan staff
  follow or a permission, and an aid the child uses need only the elements of their kind. A heading
  with an aside on its scope ("(including English as an additional language)") is a heading, not an
  item.
* PR-VAGUE-WORDING: "May" first in a list of months is the month; a change to specified provision
  left to the review ("reducing as agreed at each review") is not vague provision.
* PR-OUTCOME-LINK: a sensory-seeking need (mouthing, chewing, seeking deep pressure or strong sensory
  input) with nothing sensory in F-H is a clear gap, even when an OT's other programme covers the area;
  upset in noisy places alone is not read as that need.
"""

from __future__ import annotations

import care_builder
import pytest
from test_validity_provision import with_table
from validity_helpers import flagged, run, why


def _issues(res):
    return [f for f in res.findings if f.kind == "issue"]


FULL = [
    "- Precision teaching of sight words with a trained teaching assistant, 3 x 15 minutes a week, 1:1, for two terms.",
    "- Speech and language therapist visits once each half-term for 1 hour to set targets, 6 visits a year.",
]


def _quantified(item: str):
    return run(care_builder.build({"F": FULL + [f"- {item}"]}), "PR-QUANTIFIED")


def _quoted(res, item: str) -> bool:
    return any(item[:25] in (f.quote or "") for f in _issues(res))


# -- PR-QUANTIFIED: what states an element ------------------------------------------------------

@pytest.mark.parametrize("item", [
    "Spelling group led by the HLTA, twice a week for 25 minutes, in a class of at most 6.",
    "Phonics catch-up with a trained TA, daily for 15 minutes, group size 3.",
    # set G, g206 and g209
    "Reading comprehension programme with a trained TA (3 sessions of 30 minutes per week, in a group no larger than 4).",
    "Assignment support with the LSA (weekly, 1 hour, in a group no larger than 4) using planning frames.",
])
def test_a_capped_group_says_the_group_size(item):
    res = _quantified(item)
    assert not _quoted(res, item), why(res)
    assert not flagged(res), why(res)


def test_an_uncapped_small_group_still_lacks_a_size():
    item = "Spelling group led by the HLTA, twice a week for 25 minutes, in a small group."
    res = _quantified(item)
    assert _quoted(res, item) and "group size" in next(f.message for f in _issues(res)), why(res)


@pytest.mark.parametrize("item", [
    "Mobility and orientation lessons with the Paediatric OT, fortnightly, 45 minutes, 1:1.",
    "Life-skills cooking with the CSW, weekly for 1 hour, 1:1, for the spring term.",
    # set G, g103
    "English intervention, 3 x 45 minutes a week, small-group (max 4), delivered by the QToD.",
    "Travel practice to the college site: 4 sessions with the CSW in Summer 2027.",
])
def test_a_role_named_by_its_title_or_abbreviation_says_who_and_with_what_expertise(item):
    res = _quantified(item)
    assert not _quoted(res, item), why(res)


def test_a_document_abbreviation_is_not_a_role():
    item = "Targets from the IEP practised in class, 3 x 20 minutes a week, 1:1."
    res = _quantified(item)
    assert _quoted(res, item), why(res)


@pytest.mark.parametrize("item", [
    "Moving-and-handling training for the two TAs, delivered by the physiotherapist (one afternoon workshop of 3 hours in September).",
    "Pad change and toilet sit every two hours with his key person (1:1), following the plan agreed with his parents.",
    "Jayden will have 1:1 support from a trained nursery practitioner for all 30 of his funded hours.",
    # set G, g201
    "Makaton Foundation training for the whole nursery staff team, delivered by the SALT (one evening session of 2 hours in Autumn 2 2026).",
    "A toileting routine every 1.5 hours, following the toileting plan agreed with Rosie's parents, with her key person (1:1).",
    "Rosie will have 1:1 support from a trained early years practitioner for all 15 of her funded hours.",
])
def test_a_one_off_an_interval_and_the_childs_hours_say_how_often_and_how_long(item):
    res = _quantified(item)
    assert not _quoted(res, item), why(res)


@pytest.mark.parametrize("item", [
    "Breaktimes in the nurture room with two friends he chooses, supervised by the HLTA.",
    # set G, g206
    "Lunch in the Learning Support base in a group no larger than 8, supervised by a TA.",
])
def test_provision_set_in_a_daily_slot_says_when_and_how_long(item):
    res = _quantified(item)
    assert not _quoted(res, item), why(res)


def test_lunchtime_support_with_no_slot_or_place_still_lacks_when():
    item = "Lunchtime social skills group with a TA in a group of 4."
    res = _quantified(item)
    assert _quoted(res, item), why(res)


def test_a_start_date_column_does_not_hide_the_header_row():
    # set G, g107: "What | How much | By whom | Start date"; the clock-time span says how long
    plan = with_table(care_builder.build({"F": []}), "F", [
        ["What", "How much", "By whom", "Start date"],
        ["Quiet lunch space in the Learning Support base instead of the refectory", "Every college day, 12.00–1.00pm",
         "Learning Support department", "September 2026"],
        ["Use of the sensory room before registration", "Every morning, 8.45 to 9.05am", "Inclusion team",
         "January 2027"],
    ])
    res = run(plan, "PR-QUANTIFIED")
    assert not _issues(res), why(res)
    # the same rows with the "By whom" cell empty lack who
    plan = with_table(care_builder.build({"F": []}), "F", [
        ["What", "How much", "By whom", "Start date"],
        ["Use of the sensory room before registration", "Every morning, 8.45 to 9.05am", "", "January 2027"],
    ])
    res = run(plan, "PR-QUANTIFIED")
    assert any("who delivers it" in f.message for f in _issues(res)), why(res)


# -- PR-QUANTIFIED: kinds of provision ------------------------------------------------------------

@pytest.mark.parametrize("item", [
    "Programme of study: BTEC Level 1 Vocational Studies (14 hours a week) and Functional Skills English and "
    "maths (4 hours a week), 36 weeks a year.",
    # set G, g107
    "Study programme: Level 2 Diploma in Animal Care (12 hours a week), English and maths (5.5 hours a week), work "
    "placement at Kellingford City Farm (1 day a week), tutorial (1 hour a week) – 36 weeks a year.",
])
def test_a_study_programme_is_delivered_by_the_setting(item):
    res = _quantified(item)
    assert not _quoted(res, item), why(res)


def test_a_study_programme_must_say_how_long():
    item = "Study programme: Level 1 Construction and English and maths at the college."
    res = _quantified(item)
    assert _quoted(res, item) and "for how long" in next(f.message for f in _issues(res)), why(res)


@pytest.mark.parametrize("item", [
    "Movement breaks between lessons, every afternoon, with his LSA.",
    # set G, g207
    "A quiet 10-minute listening break in the library after lunch, every day, with an adult nearby.",
])
def test_a_break_from_lessons_needs_what_when_and_who(item):
    res = _quantified(item)
    assert not _quoted(res, item), why(res)


def test_a_break_with_no_when_or_who_is_flagged():
    item = "Movement breaks in the hall with a trampette to help him settle."
    res = _quantified(item)
    assert _quoted(res, item), why(res)


def test_rest_breaks_in_exams_are_an_access_arrangement():
    # set E, e104's trap pass
    item = "Rest breaks and a separate room for GCSE examinations, with 25 per cent extra time, arranged by the exams officer."
    res = _quantified(item)
    assert not _quoted(res, item), why(res)


@pytest.mark.parametrize("item", [
    "School staff will follow Kian's individual health plan; he may leave any lesson to use his inhaler at any time.",
    # set G, g209
    "College staff will follow Oliwia's IHCP; she can leave any session to check her levels and eat, and keeps "
    "hypo treatment with her at all times.",
])
def test_a_health_plan_staff_follow_needs_what_when_and_who(item):
    res = _quantified(item)
    assert not _quoted(res, item), why(res)


@pytest.mark.parametrize("item", [
    "A 'help' card on his table, introduced by the ELSA and recognised by every teacher.",
    # set G, g207
    "A 'say it again' card on her desk, taught by the QToD and used by all staff.",
])
def test_an_aid_the_child_uses_needs_what_and_who(item):
    res = _quantified(item)
    assert not _quoted(res, item), why(res)


@pytest.mark.parametrize("heading", [
    "Reading and spelling (e.g. phonics and word families)",
    # set G, g207
    "Language and vocabulary (including English as an additional language)",
])
def test_a_heading_with_a_scope_aside_is_a_heading(heading):
    f = [f"{heading}\nPre-teaching of topic words by a trained TA (daily, 15 minutes, 1:1)."]
    res = run(care_builder.build({"F": f}), "PR-QUANTIFIED")
    assert not _quoted(res, heading), why(res)
    assert not flagged(res), why(res)


def test_a_bracket_of_quantities_keeps_a_line_an_item():
    # the northern unitary's style: "(weekly, 1 x 45 mins, SALT)" says how much, so the line is provision
    f = ["Social communication group (weekly, 1 x 45 mins, SALT)"]
    res = run(care_builder.build({"F": f}), "PR-QUANTIFIED")
    assert _quoted(res, "Social communication group"), why(res)  # judged: no group size


# -- PR-VAGUE-WORDING ------------------------------------------------------------------------------

@pytest.mark.parametrize("item", [
    "Two observations by the EP (May and June 2027), 1 hour each.",
    # set G, g111
    "3 visits of 1 hour (May, June, September 2026) from the Specialist Teacher for Physical Disability.",
])
def test_may_first_in_a_list_of_months_is_the_month(item):
    res = run(care_builder.build({"F": [f"- {item}"]}), "PR-VAGUE-WORDING")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("item", [
    "Specialist teacher support for 5 hours a week, tapering if agreed at the annual review.",
    # set G, g206
    "Full-time 1:1 TA support in lessons (25 hours per week), reducing as agreed at each review.",
])
def test_a_change_left_to_the_review_is_not_vague(item):
    res = run(care_builder.build({"F": [f"- {item}"]}), "PR-VAGUE-WORDING")
    assert not flagged(res), why(res)


def test_provision_itself_left_to_agreement_is_vague():
    res = run(care_builder.build({"F": ["- TA support in lessons, hours as agreed with the school."]}),
              "PR-VAGUE-WORDING")
    assert flagged(res), why(res)


def test_may_the_modal_verb_is_still_vague():
    res = run(care_builder.build({"F": ["- The TA may offer a quiet space, May to July only when needed."]}),
              "PR-VAGUE-WORDING")
    assert flagged(res), why(res)


# -- PR-OUTCOME-LINK -------------------------------------------------------------------------------

E = ["- By July 2027, the child will choose between two objects using symbols, 4 times out of 5, recorded by the TA."]
F_NO_SENSORY = [
    "- Symbol-based communication sessions with the class TA trained by the SALT, daily, 20 minutes, 1:1.",
    "- A dressing programme set by the Paediatric OT, delivered by the TA, daily, 1:1, reviewed by the OT each "
    "half term.",
]


@pytest.mark.parametrize("need", [
    "Tomas chews the cuffs of his jumper and looks for deep pressure, pushing hard against adults.",
    # set G, g204
    "Maisie seeks strong sensory input: she mouths objects, chews her sleeves and seeks deep pressure by squeezing "
    "into small spaces.",
])
def test_a_sensory_seeking_need_needs_sensory_provision(need):
    res = run(care_builder.build({"B": [need], "E": E, "F": F_NO_SENSORY}), "PR-OUTCOME-LINK")
    assert flagged(res), why(res)
    assert any("sensory" in f.message for f in _issues(res)), why(res)
    # met: a sensory diet in F
    f_met = F_NO_SENSORY + ["- A sensory diet (chewy tube, weighted lap pad, trampette) set by the OT and used by "
                            "the TA before each work session."]
    res = run(care_builder.build({"B": [need], "E": E, "F": f_met}), "PR-OUTCOME-LINK")
    assert not any("sensory" in f.message for f in _issues(res)), why(res)


def test_a_sensory_sub_heading_over_provision_meets_the_need():
    need = "Noah seeks sensory input all day: he chews pencils and climbs on furniture."
    f = ["Sensory\nA timetabled five-minute circuit before lessons with the TA, daily, 1:1."] + F_NO_SENSORY
    res = run(care_builder.build({"B": [need], "E": E, "F": f}), "PR-OUTCOME-LINK")
    assert not any("sensory processing" in f.message for f in _issues(res)), why(res)


@pytest.mark.parametrize("need", [
    "Busy assemblies and noisy corridors upset him and he may cover his ears.",
    # set G, g101
    "Changes of activity and noisy spaces upset her; she drops to the floor and it can take 10 minutes to settle.",
])
def test_upset_in_noisy_places_alone_is_not_read_as_a_sensory_processing_need(need):
    res = run(care_builder.build({"B": [need], "E": E, "F": F_NO_SENSORY}), "PR-OUTCOME-LINK")
    assert not any("sensory processing" in f.message for f in _issues(res)), why(res)
