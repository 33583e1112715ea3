"""Person-centred criteria, round 25: metamorphic tests across what the next council will vary.

Each dimension crosses a dozen base outcomes (or Section A paragraphs) with a broad vocabulary of one
thing a council writes in its own way, in words written for this file:

* PC-SMART, the time frame: every common way of saying "by when" (a month and year, a shortened
  date, a term, a key stage or year group, a horizon from now, the plan's own review, a birthday),
  before or after the outcome. Sound variants pass; the same outcome with no time frame is flagged.
* PC-SMART, the measure: a count, a rate, an accuracy, a standard, who records it and where,
  written before or after the date. Sound variants pass; the same outcome with its measure swapped
  for a feeling ("more confident") is flagged.
* PC-SMART, where the time frame sits: a line over all the outcomes, the outcome column's heading,
  a sub-heading. Without it, the undated outcomes are flagged.
* PC-SMART, lines in Section E that are not outcomes: headings, notes about the set, the hope an
  outcome builds on, cross-references, who records progress. None of them is judged as an outcome.
* PC-VOICE, how a heading names the child's and the family's views; the child's view written under
  a heading naming only the family is still flagged.
"""

from __future__ import annotations

import pytest
from test_validity_person_centred_g import build, issues
from validity_helpers import flagged, run, why

SMART = "PC-SMART"
VOICE = "PC-VOICE"

# -- PC-SMART: a dozen outcomes, each with a measure and a time frame slot -----------------------------------

# (outcome after the time frame, with its measure) - written without the date
MEASURED = [
    "Leah will read aloud a page of her class reader with 95% accuracy",
    "Leah will travel to school by bus on her own on 4 days out of 5",
    "Leah will ask an adult for help in lessons, without a prompt, on 8 out of 10 occasions",
    "Leah will write three joined sentences about her weekend, recorded in her literacy book",
    "Leah will stay in the main classroom for a whole 45-minute lesson in 4 out of 5 lessons",
    "Leah will name and use 30 new topic words, checked each half-term by her teaching assistant",
    "Leah will make a hot drink safely at home with no adult help, twice a week, confirmed by her parents",
    "Leah will join in a playground game with two friends on at least 3 lunchtimes a week",
    "Leah will use her visual timetable to move between activities without support on 9 days out of 10",
    "Leah will count reliably to 20 and add two numbers up to 10 correctly in 8 out of 10 tries",
    "Leah will tell an adult when she feels worried, using her feelings chart, every time she needs to",
    "Leah will put on her coat and shoes on her own before going outside on 5 days out of 5",
]

# time frames that lead the sentence, written as "<frame>, <outcome>."
LEAD_FRAMES = [
    "By July 2027", "By the end of July 2027", "By 31 July 2027", "By 31/07/2027", "By 20.07.27",
    "By Dec '27", "By Sept 2027", "By summer 2027", "By the summer term 2027", "By Easter 2027",
    "By the end of the autumn term 2026", "By the end of the spring term", "By the end of Year 6",
    "By the end of Key Stage 2", "By the end of the school year", "By the end of this academic year",
    "By EOY", "Within 12 months", "Within a year", "Within six months", "Over the next year",
    "Over the next 12 months", "In the next six months", "By the next annual review", "By her next review",
    "By her annual review in June 2027", "By her 11th birthday", "By the time she moves to secondary school",
    "By the end of the first term", "By half-term", "By the end of next term", "Before July 2027",
    "By the end of 2027", "In 12 months' time",
    "By the conclusion of Key Stage 4", "By the time she leaves primary school", "By the end of her course",
    "By the end of Year 11 (July 2027)", "By spring 2027", "By the October half-term", "Within the next two terms",
    "Within 6 weeks", "By the start of Year 7", "Before she starts college in September 2027",
    "By her transition review", "Over the coming school year", "By her 18th birthday", "By age 16",
    "By next summer", "By the end of Summer Term 2", "By the end of Term 2", "By the end of the spring term 2027",
    "By the phase transfer review", "During the next academic year", "By the end of the first half-term",
]

# the same frames written after the outcome: "<outcome> <frame>."
TAIL_FRAMES = [
    "by July 2027", "by the end of Year 6", "by the end of the summer term 2027", "by her next annual review",
    "within 12 months", "within the next year", "by Dec '27", "by the end of the academic year",
    "by the end of Key Stage 2 (July 2027)", "before the end of Year 6",
]


def _e(*lines: str):
    return build([("E", t, None, None) for t in lines])


@pytest.mark.parametrize("frame", LEAD_FRAMES)
@pytest.mark.parametrize("outcome", MEASURED)
def test_smart_lead_time_frame_is_read(frame, outcome):
    line = f"{frame}, {outcome}."
    res = run(_e(line), SMART)
    assert not flagged(res), why(res)


@pytest.mark.parametrize("frame", TAIL_FRAMES)
@pytest.mark.parametrize("outcome", MEASURED)
def test_smart_tail_time_frame_is_read(frame, outcome):
    line = f"{outcome} {frame}."
    res = run(_e(line), SMART)
    assert not flagged(res), why(res)


@pytest.mark.parametrize("outcome", MEASURED)
def test_smart_boundary_no_time_frame_is_flagged(outcome):
    res = run(_e(f"{outcome}."), SMART)
    assert flagged(res), why(res)
    assert any("when" in m for k, m, _ in why(res) if k == "issue"), why(res)


# -- PC-SMART: the measure, crossed with base behaviours ------------------------------------------------------

BEHAVIOURS = [
    "Leah will read a short passage from her class reader",
    "Leah will travel to college by bus on her own",
    "Leah will ask for help in lessons",
    "Leah will join in with group work in science",
    "Leah will use her communication book to make a request",
    "Leah will settle at the start of the school day",
    "Leah will follow a two-step instruction in class",
    "Leah will dress herself after PE",
    "Leah will choose and pay for her lunch in the canteen",
    "Leah will use her calm-down strategies when she is upset",
]

MEASURES = [
    "on 4 out of 5 occasions", "in 8 out of 10 lessons", "80% of the time", "with 90% accuracy",
    "at least three times a week", "every day for a whole half-term", "on 3 days in a row",
    "with no more than one prompt", "without an adult prompt on 4 days out of 5", "on every occasion",
    "each time she is asked", "as recorded by her teaching assistant", "recorded weekly by her key worker",
    "checked by the SENCo each half-term", "as shown on her daily behaviour log",
    "measured by her speech and language therapist at each visit", "confirmed by her parents",
    "observed by her class teacher once a fortnight", "tracked on her weekly star chart",
    "evidenced in her home-school diary", "in 9 out of 10 sessions, logged by staff",
    "independently, on 4 days out of 5",
    "with no more than two reminders", "scoring 7 or more on her own worry scale", "with 2 or fewer prompts",
    "in 4/5 sessions", "at 80% independence", "for 10 minutes at a time", "rising from twice to five times a week",
    "per her daily log", "as seen in her work books", "with her key adult noting each time on her chart",
    "which her tutor will record in a weekly log", "on two thirds of school days",
]

NEXT_SENTENCE_MEASURES = [
    "You will know because her teacher will observe this each term.",
    "This will be measured through her weekly reading record.",
    "Evidence: her teaching assistant's weekly log.",
    "Measured by: observation by her class teacher each half-term.",
    "We will know because she will do this on 4 days out of 5.",
    "Her key worker will keep a record of each time she does this.",
    "Success: she does this on 8 out of 10 occasions, recorded by staff.",
    "How we will know: her tutor records it on her weekly sheet.",
]


@pytest.mark.parametrize("measure", MEASURES)
@pytest.mark.parametrize("behaviour", BEHAVIOURS)
def test_smart_measure_is_read(measure, behaviour):
    line = f"By July 2027, {behaviour} {measure}."
    res = run(_e(line), SMART)
    assert not flagged(res), why(res)


@pytest.mark.parametrize("measure", NEXT_SENTENCE_MEASURES)
@pytest.mark.parametrize("behaviour", BEHAVIOURS)
def test_smart_measure_in_the_next_sentence_is_read(measure, behaviour):
    res = run(_e(f"By July 2027, {behaviour}. {measure}"), SMART)
    assert not flagged(res), why(res)


# behaviours with a criterion of their own ("on her own", "two-step", "dress herself") are left out
PLAIN = [b for b in BEHAVIOURS if not any(w in b for w in ("own", "two-step", "herself"))]


@pytest.mark.parametrize("behaviour", PLAIN)
@pytest.mark.parametrize("vague", ["more confidently", "better", "and feel happier about it"])
def test_smart_boundary_feeling_is_no_measure(behaviour, vague):
    res = run(_e(f"By July 2027, {behaviour} {vague}."), SMART)
    assert flagged(res), why(res)


# -- PC-SMART: a time frame that sits over all the outcomes ----------------------------------------------------

UNDATED = [
    "Leah will read aloud a page of her class reader with 95% accuracy.",
    "Leah will travel to school by bus on her own on 4 days out of 5.",
    "Leah will join in a playground game with two friends on at least 3 lunchtimes a week.",
]

SET_FRAMES = [
    "All outcomes are to be achieved by July 2027 unless another date is given.",
    "Each outcome below is to be reached by the end of Year 6 (July 2027).",
    "Outcomes for the end of Key Stage 2 (July 2027)",
    "These outcomes are for the next 12 months.",
    "Outcomes to be achieved by the next annual review",
    "The outcomes below should be met by the end of the academic year 2026 to 2027.",
    "Outcomes (to be achieved by July 2027)",
    "By July 2027:",
    "To be achieved by the end of the summer term 2027",
    "Target date for all outcomes: July 2027",
    "Outcomes by the end of Year 6",
    "The following outcomes are to be achieved within 12 months.",
    "Timescale: by the end of the academic year",
    "Short-term outcomes (by March 2027)",
    "Outcomes - end of Key Stage 2",
]


@pytest.mark.parametrize("frame", SET_FRAMES)
def test_smart_a_frame_over_every_outcome_dates_them(frame):
    res = run(_e(frame, *UNDATED), SMART)
    assert not flagged(res), why(res)
    assert frame not in issues(res)


def test_smart_boundary_without_the_frame_undated_outcomes_are_flagged():
    assert flagged(run(_e(*UNDATED), SMART))


# -- PC-SMART: lines in Section E that are not outcomes ------------------------------------------------------

GOOD = ("By July 2027, Leah will read aloud a page of her class reader with 95% accuracy, "
        "recorded by her class teacher.")

NOT_OUTCOMES = [
    "Communication and interaction",
    "Social, emotional and mental health",
    "Preparing for adulthood: independent living",
    "E1 - Reading and writing (cognition and learning)",
    "Outcome 2: Making friends",
    "The outcomes below were agreed with Leah and her mum at the planning meeting.",
    "Each outcome is shown with the provision in Section F that will help Leah achieve it.",
    "Aspiration: To be a vet",
    "Leah's dream: to work with animals",
    "This builds on Leah's hope to be a vet.",
    "Linked to her mum's wish that she will have a best friend.",
    "Building on her love of drawing and her wish to go to art college.",
    "See the communication and interaction outcomes above.",
    "How we will know",
    "What success looks like",
    "Progress towards these outcomes will be checked by the SENCo each term.",
    "Her outcomes will be reviewed at her annual review.",
    "(This outcome also supports her health needs.)",
    "Aspiration: to live in a flat with friends",
    "My ambition - to work in a garage",
    "Long-term aspiration: to have a job in a shop",
    "Employment - her aim to go to college",
    "Her wish to become a hairdresser",
    "This supports her family's hope that she will be more independent.",
    "Linked to aspiration: being a footballer",
    "Relates to Leah's aspiration to live on her own one day.",
    "Outcomes agreed at the meeting on 3 March 2026 with Leah, her dad and her teacher.",
    "The steps show what we expect by the end of each term.",
    "Leah's outcomes build on what she told us in Section A.",
    "Targets are reviewed each term with Leah and her family.",
    "Progress will be recorded by Leah's class teacher and reviewed by the SENCo each term.",
    "Observed by her teaching assistant in English and maths once a half-term.",
    "Review: every 6 weeks at the team around the family meeting.",
    "Because Leah is under 5, her plan will be reviewed every 6 months.",
    "1, 2, 4",
    "See outcomes E2 and E3.",
    "Cognition and learning (linked to provision F2)",
    "E3 Making and keeping friends",
    "Area of need: Communication and interaction",
    "Outcome",
    "Short-term steps",
]


@pytest.mark.parametrize("line", NOT_OUTCOMES)
def test_smart_lines_that_are_no_outcome_are_not_judged(line):
    res = run(_e(line, GOOD), SMART)
    assert not flagged(res), why(res)
    assert line not in issues(res)


@pytest.mark.parametrize("line", [
    "Leah will be happier at school.",
    "Leah will make progress with her reading.",
    "Leah will develop her friendship skills.",
])
def test_smart_boundary_a_vague_outcome_among_them_is_flagged(line):
    assert flagged(run(_e(NOT_OUTCOMES[0], line, GOOD), SMART))


# -- PC-VOICE: how the headings name the child's and the family's views ---------------------------------------

CHILD_HEADINGS = [
    "Leah's views", "My views", "What I think", "About me", "All about me", "In my own words",
    "What Leah told us", "Leah's views, interests and aspirations", "What is important to me",
    "What Leah says", "My hopes and dreams", "Leah's voice", "The views of Leah",
    "Child's views", "Views of the child", "What I would like you to know about me",
]

FAMILY_HEADINGS = [
    "What Leah's parents say", "Parents' views", "Parent and carer views", "My family's views",
    "What Mum and Dad say", "Views of the parents", "Leah's mum's views", "Family views",
    "What my family think", "The views of Leah's parents", "Parent/carer views", "What Nana says",
]

_CHILD_WORDS = '"I like drawing and playing with my dog. I want to be a vet when I grow up."'
_FAMILY_WORDS = ("We are proud of how hard Leah tries. We would like her to have a friend in class and to "
                 "feel less worried about reading.")


@pytest.mark.parametrize("family", FAMILY_HEADINGS)
@pytest.mark.parametrize("child", CHILD_HEADINGS)
def test_voice_headings_naming_child_and_family(child, family):
    plan = build([("A", child, None, None), ("A", _CHILD_WORDS, child, None),
                  ("A", family, None, None), ("A", _FAMILY_WORDS, family, None)])
    res = run(plan, VOICE)
    assert not flagged(res), why(res)


@pytest.mark.parametrize("family", FAMILY_HEADINGS)
def test_voice_boundary_only_the_family_is_flagged(family):
    plan = build([("A", family, None, None), ("A", _FAMILY_WORDS, family, None)])
    assert flagged(run(plan, VOICE))
