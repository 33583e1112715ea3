"""Validity classes for the provision criteria found on sets M and N (round 11).

Each class is shown by a sentence written for this test (another council's way of saying the same
thing) and by the set's own sentence (plan named). What an auditor applies:

* PR-QUANTIFIED, by the kind of provision: a placement at a named setting (what, where, weeks a year)
  needs no session length or "who"; therapy given "as part of the placement's therapy team" is
  therapy (how often, how long); a line framing the items (where they are delivered, who a professional
  is) is not an item; a single meeting or assessment dated to a month is once; an early-years slot
  ("before group times"), the young person's working days ("on placement days") and a cell naming the
  occasions ("All group work") say when; a clock-time span says how long; a lunchtime club lasts the
  lunchtime; a supervisor's or care worker's role is the expertise; a phase line ("Summer term: ...")
  goes on with the item before; equipment set up by a role is equipment; the child's own visits to his
  next school are not a professional's visits; a change to the times of the day is a standing
  permission.
* PR-VAGUE-WORDING: "in the run-up to" is not "up to".
* PR-OUTCOME-LINK: "No provision is required in this area" in several rows is not pasted provision; an
  "X-informed" approach is met by X; a sloping desk meets a handwriting need; a friendships need with
  no provision on friendships or social understanding is a clear gap.
"""

from __future__ import annotations

import care_builder
import pytest
from test_validity_provision import with_table
from validity_helpers import flagged, run, why

GOOD = [
    "- Precision teaching of sight words, 1:1 with a trained teaching assistant, 3 x 15 minutes a week.",
    "- Speech and language therapy, 1:1 with a speech and language therapist, weekly, 30 minutes.",
]

#: An outcome the provision above serves, so that each plan has Section E.
OUTCOME = ["By July 2027, he will read 100 sight words, checked by his teaching assistant each half-term."]


def _issues(res):
    return [f for f in res.findings if f.kind == "issue"]


def _quoted(res, text: str) -> list:
    return [f for f in _issues(res) if text[:40] in (f.quote or "")]


def _prq(lines: list[str]):
    return run(care_builder.build({"F": GOOD + [f"- {x}" for x in lines]}), "PR-QUANTIFIED")


# -- PR-QUANTIFIED: a placement at a named setting -------------------------------------------------

@pytest.mark.parametrize("line", [
    "Fernleigh College, 38 weeks per year, residential, with a 24-hour waking day curriculum.",  # set N, n207
    "Hollins Park School, 52 weeks per year, with a 24-hour waking day curriculum.",  # set N, n212
    "A boarding place at Ashdown House School, 4 nights a week, 39 weeks a year.",  # new
])
def test_a_placement_needs_what_where_and_weeks(line):
    res = _prq([line])
    assert not _quoted(res, line), why(res)


@pytest.mark.parametrize("line", [
    # set N, n212
    "Leo will receive speech and language therapy and occupational therapy as part of the placement's "
    "Integrated Therapy Team.",
    # new
    "Physiotherapy will be provided by the residential placement's own therapy staff.",
])
def test_therapy_within_a_placement_still_needs_how_often_and_how_long(line):
    res = _prq([line])
    assert [f for f in _quoted(res, line) if "how often" in f.message], why(res)
    assert flagged(res), why(res)


@pytest.mark.parametrize("heading", [
    "Therapies as part of the placement's Integrated Therapy Team",  # set N, n207
    "Support from the college's own multi-disciplinary therapy staff team",  # new
])
def test_a_long_heading_without_a_verb_or_an_amount_is_not_an_item(heading):
    res = run(care_builder.build({"F": GOOD + [heading] + GOOD}), "PR-QUANTIFIED")
    assert not _quoted(res, heading), why(res)


# -- PR-QUANTIFIED: lines that frame the items -----------------------------------------------------

@pytest.mark.parametrize("line", [
    "Provided at Little Acorns Pre-school during Isla's 15 funded hours each week (38 weeks per year).",  # n203
    "Provided by Hillside Primary School's Autism Resource Base (ARB).",  # set N, n209
    # set M, m101
    "The provision below will be delivered during all of Maryam's nursery sessions (15 hours per week, term time).",
    # set N, n110 (after its lead-in)
    "The Qualified Teacher of Children and Young People with Vision Impairment (QTVI) is from the Northmoor "
    "Sensory Support Service.",
    # new
    "All provision is delivered within Brookside Academy's enhanced resource unit.",
    "The specialist teacher is from the Cognition and Learning Team.",
])
def test_a_line_framing_the_items_is_not_an_item(line):
    res = run(care_builder.build({"F": [line] + GOOD}), "PR-QUANTIFIED")
    assert not _quoted(res, line), why(res)


def test_a_framing_line_does_not_quantify_the_items():
    line = "Reading support from a teaching assistant."
    res = run(care_builder.build({"F": ["The provision below will be delivered during all 25 of his hours each "
                                        "week."] + GOOD + [f"- {line}"]}), "PR-QUANTIFIED")
    assert _quoted(res, line), why(res)


# -- PR-QUANTIFIED: when, read as councils write it ------------------------------------------------

@pytest.mark.parametrize("line", [
    # set N, n210
    "In May 2027 the QTVI will carry out a functional vision assessment and update the advice for Ava's move to "
    "Year 3.",
    # set M, m101
    "The SENCo will hold a transition meeting with the family and the speech and language therapist in June 2027.",
    # new
    "The educational psychologist will complete a cognitive assessment with Omar in February 2027.",
])
def test_a_single_meeting_or_assessment_dated_to_a_month_is_once(line):
    res = _prq([line])
    assert not [f for f in _quoted(res, line) if "how often" in f.message or "how long" in f.message], why(res)


@pytest.mark.parametrize("line", [
    # set N, n203
    "A quiet corner with her comforter, which she can be taken to when the room is loud; the key person will offer "
    "it before group times.",
    # new
    "A sand timer shown by her key person at story time so she knows when it ends.",
])
def test_an_early_years_slot_of_the_day_says_when(line):
    res = _prq([line])
    assert not [f for f in _quoted(res, line) if "how often" in f.message or "group size" in f.message], why(res)


@pytest.mark.parametrize("row", [
    # set N, n104
    ["Group work rules taught and used (one person speaks at a time, passing the microphone).", "Class teacher",
     "All group work", "5, 6"],
    # new
    ["A printed list of the steps for each experiment", "Science teacher", "Every practical", "2"],
])
def test_a_cell_naming_the_occasions_says_how_often(row):
    plan = with_table(care_builder.build({"F": GOOD}), "F",
                      [["Provision", "Staffing", "Frequency / duration", "Outcome no."], row])
    res = run(plan, "PR-QUANTIFIED")
    assert not [f for f in _quoted(res, row[0]) if "how often" in f.message or "how long" in f.message], why(res)


def test_each_week_under_frequency_still_leaves_how_long_open():
    row = ["Speech and language therapy programme delivered in school.", "TA", "Each week", "1"]
    plan = with_table(care_builder.build({"F": GOOD}), "F",
                      [["Provision", "Staffing", "Frequency / duration", "Outcome no."], row])
    res = run(plan, "PR-QUANTIFIED")
    assert [f for f in _quoted(res, row[0]) if "how long" in f.message], why(res)


@pytest.mark.parametrize("line", [
    # set N, n207
    "A taught programme from 9am to 3.30pm, Monday to Friday, in a group of 6 learners with a specialist tutor and "
    "two Learning Support Assistants (LSAs).",
    # new
    "Maths teaching in a class of 8 with a specialist teacher, 1.15 to 2.30pm every Tuesday.",
])
def test_a_clock_time_span_says_how_long(line):
    res = _prq([line])
    assert not [f for f in _quoted(res, line) if "how long" in f.message], why(res)


@pytest.mark.parametrize("line", [
    "A lunchtime club with 5 other pupils, twice weekly, run by a lunchtime supervisor.",  # set N, n208
    "A breakfast club with three other children every morning, run by a play supervisor.",  # new
])
def test_a_club_in_a_slot_of_the_day_lasts_the_slot(line):
    res = _prq([line])
    assert not _quoted(res, line), why(res)


@pytest.mark.parametrize("line", [
    # set N, n207
    "Travel and community training 1:1 with Residential Care Staff, 3x weekly (30 mins), fading to observation at a "
    "distance as set out in her training plan.",
    # new
    "Cooking practice 1:1 with a support worker, twice weekly (45 mins).",
])
def test_a_care_or_support_workers_role_is_the_expertise(line):
    res = _prq([line])
    assert not [f for f in _quoted(res, line) if "expertise" in f.message], why(res)


@pytest.mark.parametrize("line", [
    # set M, m205
    "Job coaching: A Job Coach from the Kingsmead College Supported Internship team will work with Ethan 1-2-1 on "
    "placement 3 days per week (6 hours per day). Autumn term: present for the whole shift. Spring term: present "
    "for the first and last hour and available by phone. Summer term: one check-in per shift.",
    # new
    "A mentor from the inclusion team will meet Kyle 1:1 twice a week for 20 minutes. Weeks 7-10: once a week.",
])
def test_a_phase_line_goes_on_with_the_item_before(line):
    res = run(care_builder.build({"F": GOOD + [line]}), "PR-QUANTIFIED")
    assert not [f for f in _issues(res) if (f.quote or "").startswith(("Summer term", "Weeks 7-10"))], why(res)


@pytest.mark.parametrize("line", [
    # set M, m205
    "Equipment: A tablet with magnification and text-to-speech apps and a hand-held electronic magnifier. These "
    "were set up by the college Assistive Technology Officer, who will update them each term; the QTVI checks the "
    "settings at each visit.",
    # new
    "A laptop with dictation software, set up by the school's IT technician; the specialist teacher looks at it on "
    "her visits.",
])
def test_equipment_set_up_by_a_role_is_equipment_not_a_visit(line):
    res = _prq([line])
    assert not _quoted(res, line), why(res)


@pytest.mark.parametrize("line", [
    # set N, n201
    "Theo will leave lessons 3 minutes early, and eat lunch in the small dining room with a group of 5 pupils.",
    # new
    "Mia will arrive at school ten minutes later than her class to avoid the crowded gate.",
])
def test_a_change_to_the_times_of_the_day_is_a_standing_permission(line):
    res = _prq([line])
    assert not _quoted(res, line), why(res)


@pytest.mark.parametrize("line", [
    # set M, m205
    "Travel training: A Travel Trainer from the Independent Travel Training service will travel with Ethan 1-2-1 on "
    "his journey to work on placement days for 6 weeks from September 2026, then shadow at a distance for 2 weeks "
    "before signing him off.",
    # new
    "A travel trainer from the council's travel team will go with Ruby 1:1 on her journey to college on college "
    "days for 8 weeks.",
])
def test_travel_training_on_the_journey_says_when_and_how_long(line):
    res = _prq([line])
    assert not _quoted(res, line), why(res)


def test_a_vague_item_is_still_a_gap():
    res = run(care_builder.build({"F": ["- Some help with friendships from staff when needed."]}), "PR-QUANTIFIED")
    assert flagged(res), why(res)


# -- PR-VAGUE-WORDING: "in the run-up to" ----------------------------------------------------------

@pytest.mark.parametrize("line", [
    # set M, m210
    "From May 2027, the QTOD will add a weekly 20-minute 1-2-1 revision session in the run-up to Harvey's GCSE exams.",
    # new
    "In the lead-up to the move, his TA will show him photographs of the new classroom each Friday for 10 minutes.",
])
def test_run_up_to_is_not_up_to(line):
    res = run(care_builder.build({"F": [line]}), "PR-VAGUE-WORDING")
    assert not [f for f in _issues(res) if "up to" in f.message], why(res)


def test_up_to_as_an_amount_is_still_vague():
    res = run(care_builder.build({"F": ["Up to three sessions of speech therapy a term."]}), "PR-VAGUE-WORDING")
    assert [f for f in _issues(res) if "up to" in f.message.lower()], why(res)


# -- PR-OUTCOME-LINK ---------------------------------------------------------------------------

@pytest.mark.parametrize("none_cell", [
    "No provision is required in this area.",  # set N, n103
    "No additional support is needed at present.",  # new
])
def test_no_provision_repeated_is_not_pasted(none_cell):
    plan = care_builder.build(threads=[
        ("BFE", "No special educational needs have been identified in this area.", none_cell,
         "No outcome is set in this area."),
        ("BFE", "No sensory or physical needs have been identified.", none_cell, "No outcome is set in this area."),
        ("BFE", "Jayden's reading age is 9 years.", "Reading intervention 1:1 with an HLTA, 3x weekly (30 mins).",
         "By July 2027, Jayden will read at 11 years."),
    ])
    res = run(plan, "PR-OUTCOME-LINK")
    assert not [f for f in _issues(res) if "pasted" in f.message], why(res)


@pytest.mark.parametrize("need,provision", [
    ("SALT recommends a SCERTS-informed approach.",  # set M, m207
     "Whole-class SCERTS approach in all lessons; class team to receive SCERTS training from SALT."),
    ("The educational psychologist recommends a nurture-based approach.",  # new
     "A place in the school's nurture group every morning, 9-10am, run by a trained teaching assistant."),
])
def test_an_x_informed_approach_is_met_by_x(need, provision):
    res = run(care_builder.build({"B": [need], "E": OUTCOME, "F": GOOD + [f"- {provision}"]}), "PR-OUTCOME-LINK")
    assert not [f for f in _issues(res) if "calls for" in f.message], why(res)


def test_a_sloping_desk_meets_a_handwriting_need():
    # set N, n210 (its B sentence); the F line in its words, with a new second provision
    need = "She tires by the afternoon because of the effort of looking, and her handwriting is large and slow."
    prov = "A sloping desk and an anti-glare seat position away from the window, arranged by the class teacher."
    res = run(care_builder.build({"B": [need], "E": OUTCOME, "F": GOOD + [f"- {prov}"]}), "PR-OUTCOME-LINK")
    assert not [f for f in _issues(res) if "handwriting" in f.message], why(res)


@pytest.mark.parametrize("need", [
    # set M, m209
    "He often misreads jokes and banter and at break times he has had falling-outs which he cannot explain "
    "afterwards. He does not yet have a settled friendship group.",
    # new
    "Ellie finds it hard to make friends and has few friends in her class.",
])
def test_a_friendships_need_with_no_social_provision_is_a_gap(need):
    res = run(care_builder.build({"B": [need], "E": OUTCOME, "F": GOOD}), "PR-OUTCOME-LINK")
    assert [f for f in _issues(res) if "friendships" in f.message], why(res)
    assert flagged(res), why(res)


@pytest.mark.parametrize("need,provision", [
    ("He does not yet have a settled friendship group.",
     "A lunchtime club with 5 other pupils, twice weekly, run by a lunchtime supervisor."),
    ("Ellie finds it hard to make friends.",
     "A social skills group with three peers, weekly for 30 minutes, led by the ELSA."),
])
def test_a_friendships_need_is_met_by_social_provision(need, provision):
    res = run(care_builder.build({"B": [need], "E": OUTCOME, "F": GOOD + [f"- {provision}"]}), "PR-OUTCOME-LINK")
    assert not [f for f in _issues(res) if "friendships" in f.message], why(res)


@pytest.mark.parametrize("need", [
    "She finds it hard to find her friends on the big yard because of her vision.",  # like set J, j211
    "Leon misreads others' intentions when anxious.",  # like set K, k207
])
def test_finding_friends_or_misreading_intentions_is_not_a_friendships_need(need):
    res = run(care_builder.build({"B": [need], "E": OUTCOME, "F": GOOD}), "PR-OUTCOME-LINK")
    assert not [f for f in _issues(res) if "friendships" in f.message], why(res)


@pytest.mark.parametrize("need", [
    # set L, l204
    "She is often on her own at playtime; she finds it hard to join in with other children's games and says that "
    "nobody plays with her.",
    # new
    "At lunchtime Kacper is usually by himself at break, and he struggles to join in with his classmates' games.",
])
def test_being_alone_at_play_with_no_provision_on_it_is_a_gap(need):
    res = run(care_builder.build({"B": [need], "E": OUTCOME, "F": GOOD}), "PR-OUTCOME-LINK")
    assert [f for f in _issues(res) if "friendships" in f.message], why(res)


def test_joining_in_adult_led_activities_is_not_a_friendships_need():
    # like set K, k212: attention, not friendships
    need = "She finds it hard to join in adult-led activities and will usually leave a group after a minute or two."
    res = run(care_builder.build({"B": [need], "E": OUTCOME, "F": GOOD}), "PR-OUTCOME-LINK")
    assert not [f for f in _issues(res) if "friendships" in f.message], why(res)


@pytest.mark.parametrize("need", [
    # set K, k105
    "B4 Physical. Mia walks with a wide, unsteady gait and falls several times a day.",
    # new
    "Physical: Josh has poor balance and cannot yet manage the stairs to the library without an adult.",
])
def test_a_walking_or_balance_need_with_no_provision_is_a_gap(need):
    res = run(care_builder.build({"B": [need], "E": OUTCOME, "F": GOOD}), "PR-OUTCOME-LINK")
    assert [f for f in _issues(res) if "walking, balance" in f.message], why(res)
    assert flagged(res), why(res)


@pytest.mark.parametrize("provision", [
    "A physiotherapy programme carried out by his TA, 3 x 10 minutes a week, set by the physiotherapist.",
    "An adult will walk beside him on the stairs at every lesson change (his key TA).",
])
def test_a_walking_or_balance_need_is_met_by_motor_or_stairs_provision(provision):
    need = "Physical: Josh has poor balance and cannot yet manage the stairs to the library without an adult."
    res = run(care_builder.build({"B": [need], "E": OUTCOME, "F": GOOD + [f"- {provision}"]}), "PR-OUTCOME-LINK")
    assert not [f for f in _issues(res) if "walking, balance" in f.message], why(res)
