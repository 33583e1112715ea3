"""Validity classes for the provision criteria (issue 14): each class an auditor applies, shown by a
sentence written for this test and by the validity set's own sentence (set and plan named).

PR-QUANTIFIED asks for the elements that apply to the kind of provision; tables are read as councils
write them (column headers, tables nested in a cell); PR-OUTCOME-LINK marks down clear gaps, not
wording it cannot link; the health and social care provision checks skip titles, sign-off lines and
pointers; SC-RIGHT-SECTION finds care outside the school day written in F; PR-VAGUE-WORDING knows a
group size, a permission and a month.
"""

from __future__ import annotations

import datetime as dt

import care_builder
import pytest
from packaged_rubric import RUBRIC

from ehcaudit.clauses import is_month
from ehcaudit.model import Block
from ehcaudit.rubric.engine import run_criterion

AS_OF = dt.date(2026, 6, 30)


def run(plan, cid):
    return run_criterion(plan, RUBRIC, RUBRIC.criterion(cid), AS_OF, cache={})


def issues(res):
    return [f for f in res.findings if f.kind == "issue"]


def quantified(*items: str):
    return run(care_builder.build({"F": [f"- {t}" for t in items]}), "PR-QUANTIFIED")


def with_table(plan, code: str, rows: list[list[str]]):
    """``plan`` with a Word table in section ``code``: ``rows[0]`` is the header row."""
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            b = Block(id=len(plan.blocks), kind="table_cell", text=text, section=code,
                      location=f"Section {code}, table row {r + 1}, column {c + 1}", table=7, row=r, col=c)
            plan.blocks.append(b)
            plan.sections[code].block_ids.append(b.id)
            plan.sections[code].found = True
    return plan


# -- PR-QUANTIFIED: the elements that apply to the kind of provision -------------------------------

@pytest.mark.parametrize("text", [
    "The educational psychologist will visit the school twice a term for ninety minutes to advise staff.",
    # set D, d211 (the key's sound visit)
    "A specialist teacher for SpLD will visit once each half-term (6 visits a year, 1 hour each).",
])
def test_a_professionals_visit_needs_no_group_size(text):
    res = quantified(text)
    assert res.level >= 3 and not issues(res), [f.message for f in issues(res)]


@pytest.mark.parametrize("text", [
    "A mentor from the pastoral team will meet Rhys every Wednesday for 20 minutes to plan his week.",
    # set D, d207
    "A learning support assistant (LSA) with autism training (Level 2 autism awareness or above) will support "
    "Ethan in his two weekly group project sessions (2 x 1.5 hours a week), helping him understand his role.",
    # set D, d211
    "A morning check-in at the Nest (the school's nurture room) every day, 10 minutes before registration, with "
    "the ELSA or, if she is absent, the learning mentor.",
])
def test_an_adult_working_with_the_child_needs_no_group_size(text):
    res = quantified(text)
    assert not issues(res), [f.message for f in issues(res)]


@pytest.mark.parametrize("text", [
    "Numeracy games in a small group, three times a week for 20 minutes, led by an HLTA.",
    "A weekly session of small group reading activities for 10 weeks.",  # set B, p10 (a planted failure)
])
def test_a_group_without_a_size_lacks_the_group_size(text):
    (issue,) = issues(quantified(text))
    assert "the group size or ratio" in issue.message


@pytest.mark.parametrize("text", [
    "Ffion will sit at the end of a row near the door in every assembly, arranged by her form tutor.",
    "Poppy sits near the teacher, away from noise, in every lesson.",  # set D, d203
    # set B, p01
    "Tomasz will be warned of any change to routine at least one day ahead by the class teacher, using a social story.",
])
def test_an_adjustment_needs_what_when_and_who(text):
    res = quantified(text)
    assert not issues(res), [f.message for f in issues(res)]


def test_an_adjustment_that_says_not_when_is_reported():
    (issue,) = issues(quantified("Social stories about changes to routine, written by the class TA."))
    assert issue.message.startswith("This provision (an adjustment or a strategy staff use) does not say how often.")


@pytest.mark.parametrize("text", [
    "Two lunchtime supervisors will attend a 3-hour autism awareness course run by the outreach team in the "
    "spring term.",
    # set D, d203
    "All staff in Year 1 to complete Makaton Level 1 training (two 2-hour sessions), delivered by the school's "
    "Makaton tutor in the autumn term 2026.",
])
def test_staff_training_needs_who_how_often_and_how_long(text):
    res = quantified(text)
    assert not issues(res), [f.message for f in issues(res)]


@pytest.mark.parametrize("text", [
    "A five-day work taster at the garden centre in June, with the school's work-related learning co-ordinator "
    "visiting on the first day.",
    "A 10-day supported work placement in the summer term, with a job coach for the first three days.",  # set D, d110
])
def test_a_placement_needs_what_how_long_and_who(text):
    res = quantified(text)
    assert not issues(res), [f.message for f in issues(res)]


@pytest.mark.parametrize("text", [
    "Respite at the Beeches, one weekend a month, funded by the children's disability team.",
    "Overnight short breaks at Willow Lodge respite unit, two nights each month, funded by Adult Social Care.",  # B p07
])
def test_care_provision_needs_what_how_often_and_who(text):
    res = quantified(text)
    assert not issues(res), [f.message for f in issues(res)]


def test_a_section_default_is_read_with_every_item_and_scene_setting_is_not_an_item():
    plan = care_builder.build({"F": [
        "Reading and writing (E1, E4)",
        "Unless stated otherwise, all support below is overseen by the SENCo.",
        "Ben will be seated at the front of the room in every lesson.",
        "September 2027 is Ben's move to the upper school.",
    ]})
    res = run(plan, "PR-QUANTIFIED")
    assert not issues(res), [(f.message, f.quote) for f in issues(res)]
    # set D, d201: the sentence that names who oversees every item
    plan = care_builder.build({"F": [
        "Unless stated otherwise it is delivered at Carys's school and overseen by the SENCo (special educational "
        "needs co-ordinator).",
        "Carys will be seated near the front, away from windows and noise sources, with a clear view of the "
        "teacher's face, in every lesson.",
    ]})
    assert not issues(run(plan, "PR-QUANTIFIED"))


def test_a_table_nested_in_a_cell_is_read_row_by_row_with_its_headers():
    # the letter-column layout: the reader hands a nested table over as lines (set C, p09)
    lines = ["Provision", "Staffing/ratio", "Frequency and duration", "Provided by",
             "Daily hearing aid check and re-fitting when she removes them", "Teaching assistant (TA) trained by audiology",
             "Daily, 5 minutes at start of day and after lunch", "School",
             "Language group for listening and turn-taking", "Group of 3 with a trained TA",
             "Three times a week, 20 minutes", "School",
             "Board games to practise turn-taking", "Group of 4 with the class TA", "Twice weekly", "School"]
    plan = care_builder.build({"F": ["\n".join(lines)]})
    res = run(plan, "PR-QUANTIFIED")
    (issue,) = issues(res)
    assert issue.quote == "Board games to practise turn-taking | Group of 4 with the class TA | Twice weekly | School"
    assert "does not say for how long." in issue.message


def test_a_column_header_states_who_but_a_vague_cell_states_nothing():
    plan = with_table(care_builder.build({"F": []}), "F", [
        ["Provision", "Frequency", "Duration", "Delivered by"],
        ["Handwriting programme, 1:1", "Three times a week", "15 minutes", "Northfield Outreach Service"],
        # set D, d102 (a planted failure): "Ongoing" says nothing about how often
        ["Mentoring with a member of the pastoral team", "Ongoing", "Ongoing", "Pastoral team"],
    ])
    res = run(plan, "PR-QUANTIFIED")
    quotes = {f.quote: f.message for f in issues(res)}
    assert not any(q.startswith("Handwriting programme") for q in quotes), quotes
    (msg,) = [m for q, m in quotes.items() if q.startswith("Mentoring")]
    assert "how often" in msg and "for how long" in msg


def test_a_bracket_left_open_by_an_abbreviation_does_not_split_the_item():
    # set B, p05: "Inc." ended the sentence in the middle of the programme's name
    res = quantified("Phonics intervention (Read Write Inc. Fresh Start) in a group of three pupils, four times each "
                     "week, 30 minutes each time, taught by a TA trained in the programme.")
    assert not issues(res), [f.message for f in issues(res)]


# -- PR-OUTCOME-LINK: clear gaps, not wording the heuristic cannot link ----------------------------

def test_an_outcome_the_wording_cannot_link_is_for_the_auditor_to_confirm():
    for outcome in ("By July 2027, Omar will attend at least 95% of sessions, measured by the register.",
                    "By July 2027, Kai will be happier and more settled in school."):  # set A, p05
        plan = care_builder.build({
            "E": [f"- {outcome}"],
            "F": ["- Daily 20-minute phonics programme, 1:1 with a trained teaching assistant."]})
        res = run(plan, "PR-OUTCOME-LINK")
        assert res.level == 3 and any("could be linked" in f.message for f in issues(res))


def test_a_template_row_with_an_empty_provision_cell_is_amber():
    plan = care_builder.build(threads=[
        ("BFE", "Noor relies on her communication book and cannot yet use it with unfamiliar adults.", "",
         "By July 2027, Noor will use her communication book with two unfamiliar adults on 4 of 5 occasions."),
        ("BFE", "Noor reads at a level two years below her age.",
         "Daily 20-minute reading programme, 1:1 with a trained TA.",
         "By July 2027, Noor will read a book at her age level with 95% accuracy."),
    ])
    res = run(plan, "PR-OUTCOME-LINK")
    assert res.level == 2
    assert any("has no provision in its row" in f.message for f in issues(res))


def test_the_same_who_cell_in_every_row_is_not_pasted_provision():
    who = "Teacher of the deaf, Sensory Support Service"
    plan = care_builder.build(threads=[
        ("BFE", "Zac finds new vocabulary hard to learn.", ["Pre-teaching of subject words, 1:1, 30 minutes weekly", who],
         "By July 2027, Zac will use 20 new subject words correctly in his writing."),
        ("BFE", "Zac cannot always follow group talk.", ["Radio aid in all lessons, checked daily", who],
         "By July 2027, Zac will follow group discussion in 4 of 5 lessons, as his teacher records."),
    ])
    res = run(plan, "PR-OUTCOME-LINK")
    assert not any("pasted" in f.message for f in issues(res))


# -- health and social care provision ----------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "The Designated Clinical Officer, Dr Amira Patel, read Section G and confirmed the health provision on 2 May 2026.",
    # set D, d105
    "The Designated Clinical Officer for Eastbrook, Mr Joseph Adeyemi, reviewed Section G and confirmed health "
    "agreement to it on 10 June 2026.",
])
def test_a_dco_agreement_line_is_not_health_provision(line):
    plan = care_builder.build({"C": ["Mia has asthma and uses an inhaler before exercise."],
                               "G": ["- Asthma review by the practice nurse once a year, 20 minutes.", line]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert not issues(res), [(f.message, f.quote) for f in issues(res)]


@pytest.mark.parametrize("code, title", [
    ("G", "Section G - Health provision"),  # set D, d105
    ("H1", "Section H2: Other social care provision (Care Act 2014)"),
])
def test_a_section_title_written_as_a_line_is_not_provision(code, title):
    items = {"G": "- Physiotherapy review by the community physiotherapist every 6 weeks, 45 minutes.",
             "H1": "- Two overnight short breaks a month at Oak House, funded by the disabled children's team."}
    plan = care_builder.build({"C": ["Leo has cerebral palsy and tight hamstrings."], code: [title, items[code]]})
    cid = "HC-PROVISION-SPECIFIC" if code == "G" else "SC-PROVISION-SPECIFIC"
    res = run(plan, cid)
    assert not issues(res), [(f.message, f.quote) for f in issues(res)]


def test_health_needs_left_blank_and_health_provision_none_is_not_for_this_criterion():
    # set D, d207: C "To be confirmed." (HC-NEEDS's failure), G "None identified at this time."
    for c_text in ("To be confirmed.", "TBC"):
        plan = care_builder.build({"C": [c_text], "G": ["None identified at this time."]})
        assert not run(plan, "HC-PROVISION-SPECIFIC").applicable
    # a described need with G "none" is still a gap
    plan = care_builder.build({"C": ["Ava has type 1 diabetes and needs her blood glucose checked before lunch."],
                               "G": ["None identified at this time."]})
    assert run(plan, "HC-PROVISION-SPECIFIC").level == 1


@pytest.mark.parametrize("text", [
    "Morning medicine given at home by his parents; the school nurse is told of any change.",
    "Consultant Ophthalmologist, Wealdmarsh Eye Unit: eye examination once a year.",  # set D, d110
    "The CAMHS practitioner will share a written summary of strategies with the SENCo and ELSA after session 4 "
    "and session 8.",  # set D, d211
])
def test_health_provision_schedules_written_other_ways(text):
    plan = care_builder.build({"C": ["Sam has epilepsy and an eye condition, and is anxious."], "G": [f"- {text}"]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert not issues(res), [f.message for f in issues(res)]


def test_h_that_points_to_f_is_judged_on_the_care_provision_written_there():
    for pointer in ("Short breaks: see Section F.",
                    # set D, d209
                    "Care and support under the Care Act 2014 is set out in Section F above and in Jordan's adult "
                    "care and support plan."):
        plan = care_builder.build({
            "F": ["- Two overnight short breaks a month at Oak House, funded by Adult Social Care."],
            "H2": [pointer]})
        res = run(plan, "SC-PROVISION-SPECIFIC")
        assert res.level >= 3 and not issues(res), [(f.message, f.quote) for f in issues(res)]


@pytest.mark.parametrize("text", [
    "Family time with his father every other Saturday for three hours, supervised by a family support worker.",
    "Supervised contact with her birth mum once each month for two hours, arranged by Children's Social Care.",  # B p13
])
def test_contact_and_assessments_are_what_social_care_provides(text):
    res = run(care_builder.build({"H2": [f"- {text}"]}), "SC-PROVISION-SPECIFIC")
    assert not issues(res), [f.message for f in issues(res)]


@pytest.mark.parametrize("text", [
    "Personal care in his shared flat each morning by a support worker.",
    # set C, p15 (a planted failure)
    "Personal care (help with dressing, toileting and showering) at the residential house, and support to go to "
    "football matches at weekends | 1:1 support worker",
])
def test_care_outside_the_school_day_written_in_f_is_in_the_wrong_section(text):
    plan = care_builder.build({"F": [f"- {text}"], "H1": ["- Two overnight short breaks a month at Oak House."]})
    res = run(plan, "SC-RIGHT-SECTION")
    assert res.level <= 2 and any("belongs in Section H1 or H2" in f.message for f in issues(res))


# -- PR-VAGUE-WORDING ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, vague", [
    ("Maths catch-up in a small group (up to 5), twice a week for 30 minutes, led by an HLTA.", False),
    ("1:1 or small group (up to 4) within class", False),  # set C, p01
    ("Jess may leave the lesson five minutes early to avoid the busy corridor, agreed by her head of year.", False),
    ("An agreed 'low day' plan: Callum may start at 10.30am instead of 9am on no more than two days a half-term.",
     False),  # set D, d111
    ("Careers guidance from the college Careers Adviser: three 45-minute meetings in the year (October, February "
     "and May).", False),  # set D, d111
    ("Staff may provide a quiet space when Jess is upset.", True),
    ("Support of up to 10 hours a week.", True),
])
def test_vague_wording_knows_a_group_size_a_permission_and_a_month(text, vague):
    res = run(care_builder.build({"F": [f"- {text}"]}), "PR-VAGUE-WORDING")
    assert bool(issues(res)) == vague, [f.message for f in issues(res)]


def test_a_month_in_a_list_of_months_is_a_month():
    text = "Reviews take place in (November, March and May) each year."
    i = text.index("May")
    assert is_month(text, i, i + 3)
    text = "Reviews in March, May and July."
    i = text.index("May")
    assert is_month(text, i, i + 3)
    text = "Staff May decide."
    assert not is_month(text, 6, 9)


# -- round 2 (set E): header rows anywhere in a table, headers written as questions, inline parts --

def _rows_at(plan, code: str, rows: list[list[str]], table: int = 8):
    """``plan`` with one Word table in ``code`` whose rows are given as is (label rows, header rows
    and provision rows in any order), as the letter-column layout writes several tables in one."""
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            b = Block(id=len(plan.blocks), kind="table_cell", text=text, section=code,
                      location=f"Section {code}, table row {r + 1}, column {c + 1}", table=table, row=r, col=c + 1)
            plan.blocks.append(b)
            plan.sections[code].block_ids.append(b.id)
            plan.sections[code].found = True
    return plan


# set E, e202/e205/e209/e211: the header row is a row of questions, repeated under each area's title
SET_E_HEADER = ["How this will be done", "How often", "Who will do this", "Funded by"]
OWN_HEADER = ["What will be provided", "When and for how long", "Who will provide it", "Funding"]


@pytest.mark.parametrize("header", [SET_E_HEADER, OWN_HEADER])
def test_question_headers_part_way_down_a_table_map_their_columns(header):
    plan = _rows_at(care_builder.build({"F": []}), "F", [
        ["Cognition and learning"],
        header,
        ["Precision teaching of high-frequency words", "Four mornings a week, 10 minutes", "Trained TA", "School"],
        ["Social, emotional and mental health"],
        header,
        ["Check-in with the learning mentor on arrival", "Every day, 5 minutes", "Learning mentor", "School"],
    ])
    res = run(plan, "PR-QUANTIFIED")
    assert res.level >= 3 and not issues(res), [(f.message, f.quote) for f in issues(res)]
    # the header rows are neither provision nor the same provision pasted twice
    res = run(plan, "PR-OUTCOME-LINK")
    assert not any("pasted" in f.message for f in issues(res)), [f.quote for f in issues(res)]


@pytest.mark.parametrize("header", [SET_E_HEADER, OWN_HEADER])
def test_a_header_row_of_questions_is_not_health_provision(header):
    plan = _rows_at(care_builder.build({"C": ["Amir has asthma and uses a preventer inhaler."], "G": []}), "G", [
        header,
        # set E, e202
        ["Review of sleep, melatonin and growth", "Every 6 months, 20-minute appointment",
         "Dr Rhodri Owen, community paediatrician", "Hartsdale ICB (Integrated Care Board)"],
        ["Asthma review", "Once a year, 20 minutes", "Practice nurse at his GP surgery", "NHS"],
    ])
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert not any(f.quote.startswith(header[0]) for f in issues(res)), [f.quote for f in issues(res)]


@pytest.mark.parametrize("text", [
    "Phonics catch-up in a group of three. Delivered by: HLTA trained in the programme. "
    "Frequency and duration: three times a week, 20 minutes. Group size: three pupils.",
    # set E, e104
    "F.1.1 Mentoring session with a named learning mentor to review his week, plan for difficult lessons and "
    "practise calming strategies. Delivered by: Learning mentor (trained in ADHD coaching). Frequency and duration: "
    "Weekly (30 mins), Friday period 5. Group size: Individually. Monitoring: Mentor log; behaviour points reviewed "
    "half-termly by the special educational needs co-ordinator (SENCo).",
])
def test_inline_label_parts_are_read_with_the_provision_they_follow(text):
    res = run(care_builder.build({"F": [text]}), "PR-QUANTIFIED")
    assert not issues(res), [(f.message, f.quote) for f in issues(res)]


def test_inline_parts_still_show_a_missing_element():
    res = run(care_builder.build({"F": ["Reading support in a small group. Delivered by: a teaching assistant. "
                                        "Group size: four pupils."]}), "PR-QUANTIFIED")
    (issue,) = issues(res)
    assert "how often" in issue.message


@pytest.mark.parametrize("row", [
    ["Occupational therapy for handwriting", "Weekly for 6 weeks, then reviewed", "Children's occupational therapist",
     "Funded by the ICB"],
    # set E, e211: "reviewed" in the frequency cell and "ICB" in the funding cell
    ["CAMHS sessions for low mood and anxiety", "Fortnightly, 50 minutes, for 12 sessions then reviewed",
     "CAMHS practitioner", "Hartsdale Integrated Care Board (ICB)"],
])
def test_a_sign_off_pattern_spread_over_a_rows_cells_does_not_drop_the_row(row):
    plan = _rows_at(care_builder.build({"C": ["Jo has low mood and anxiety and weak hand strength."], "G": []}), "G",
                    [SET_E_HEADER, row,
                     ["Health provision agreed by Dr Ann Lee, Designated Clinical Officer (DCO), on 1.10.2026."]])
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert res.level >= 3 and not issues(res), [(f.message, f.quote) for f in issues(res)]


@pytest.mark.parametrize("title", [
    "F3 and E3 Communication and interaction",
    "E.2 / F.2 Preparing for adulthood: independence and community",  # set E, e105
])
def test_a_title_row_of_the_e_f_table_is_not_an_outcome_without_provision(title):
    plan = care_builder.build(threads=[
        ("BFE", "", "Daily 20-minute reading programme, 1:1 with a trained TA.",
         "By July 2027, Noor will read a book at her age level with 95% accuracy."),
        ("BFE", "", "", title),
    ])
    res = run(plan, "PR-OUTCOME-LINK")
    assert not any("has no provision in its row" in f.message for f in issues(res)), [f.quote for f in issues(res)]


@pytest.mark.parametrize("outcome", [
    "By July 2027, Sam will take his inhaler before PE without a reminder on 9 out of 10 occasions.",
    # set E, e105
    "End of key stage outcome: By July 2027, Tom will carry out his stretching programme with one adult each day "
    "at college on 4 days out of 5, recorded on his programme sheet.",
])
def test_outcomes_under_their_own_sub_heading_in_g_are_not_health_provision(outcome):
    plan = care_builder.build({"C": ["Sam has asthma and tight calf muscles."],
                               "G": ["- Physiotherapy review by the community physiotherapist every 6 weeks, 45 minutes.",
                                     f"- {outcome}"]})
    plan.blocks[-1].subsection = "Health outcomes (Section E):"
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert not issues(res), [(f.message, f.quote) for f in issues(res)]


@pytest.mark.parametrize("text", [
    "The school nurse will monitor Lily's weight and growth.",
    # set E, e108 (a planted failure: the frequency column is blank)
    "The community paediatrician will continue to monitor Amira's hearing and development.",
])
def test_monitoring_by_a_professional_is_not_equipment_and_needs_a_frequency(text):
    plan = care_builder.build({"C": ["The child has a hearing loss and slow growth."], "G": [f"- {text}"]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert any("how often" in f.message for f in issues(res)), [f.message for f in issues(res)]


@pytest.mark.parametrize("text", [
    "Help with feeding from a trained carer at every meal at the after-school club.",
    # set E, e206 (care written in F, the row's cells read together)
    "Help with personal care (toileting and changing for PE), following her personal care plan. As set out in the "
    "plan: at each toilet visit and each PE lesson. Two trained TAs.",
])
def test_a_frequency_tied_to_a_recurring_event_quantifies_social_care(text):
    plan = care_builder.build({"D": ["Mia needs help with all personal care."], "H1": [f"- {text}"]})
    res = run(plan, "SC-PROVISION-SPECIFIC")
    assert not any("how often" in f.message for f in issues(res)), [f.message for f in issues(res)]


# -- SC-NEEDS: a status is not a need; a team that confirmed none is a basis ----------------------

@pytest.mark.parametrize("d", [
    ["Kai is in local authority care.", "He lives with his foster carers."],
    ["Jess is a looked after child. She lives with foster carers."],  # set E, e211
    ["Leo is settled in a stable foster placement.",
     "Leo is looked after by the local authority and lives with foster carers."],  # set E, e111
])
def test_a_looked_after_status_alone_describes_no_social_care_need(d):
    res = run(care_builder.build({"D": d}), "SC-NEEDS")
    assert res.level <= 2


def test_a_status_with_needs_described_is_still_described():
    res = run(care_builder.build({"D": [
        "Kai is a looked after child. He needs two carers for all personal care and his foster carers need "
        "overnight short breaks because he wakes several times each night."]}), "SC-NEEDS")
    assert res.level == 4


@pytest.mark.parametrize("text", [
    "Mo has no social care needs. Family Services checked their records and found no involvement.",
    # set E, e109
    "Oliver has no social care needs. Children's Services confirmed there is no current or past involvement; the "
    "family were given information about early help and the local offer.",
])
def test_none_confirmed_by_a_named_service_is_sourced(text):
    res = run(care_builder.build({"D": [text]}), "SC-NEEDS")
    assert res.level == 4 and not issues(res), [f.message for f in issues(res)]
