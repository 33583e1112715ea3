"""Classes of misreading found by scoring validity set B (written blind), one test per class, in
words of our own (not the set's sentences). Each class is fixed in the reader or in shared logic:

* a long statutory section title beside a section-letter cell is a heading, not content;
* a health line labelled with its clinical service says who, and is an item of its own;
* equipment and supplies in G need no frequency;
* a cross-reference clause does not hide the provision in the rest of the line;
* a team that considered the family is the basis of "no social care needs";
* a line about all the outcomes is not an outcome, and its date makes each one time-bound;
* a passive whose agent is staff is provision, not an outcome;
* Section K as councils write it: a small table typed in one cell, a "Name and role" column,
  "<name>'s views", unfilled template rows, the sign-off box, advice for a later annual review;
* a review schedule in the front matter is not a review that was held;
* a hypothetical or historical condition is not a current health need, and outcomes that
  address a condition in other words count;
* familiar school acronyms count half, an acronym inside a name is not jargon, and a long
  expansion before a bracketed acronym explains it;
* a status that only D shows, with no social care advice, is flagged;
* a need written in the template's Strengths box is not a strength.
"""

from __future__ import annotations

import datetime as dt
import re

import care_builder
import docx
import pytest
from validity_helpers import GREEN, flagged, run
from validity_helpers import why as _why

from ehcaudit.checks._items import provision_items
from ehcaudit.clauses import META_OUTCOME_RE, provision_clause
from ehcaudit.reader import read_plan
from ehcaudit.reader.advice import advice_kind, views_author
from ehcaudit.reader.frontmatter import build_front

# -- reader: long statutory titles beside a letter cell -------------------------------------------

LONG_TITLES = {
    "A": "The views, interests and aspirations of the child and his or her parents, or of the young person",
    "C": "The child or young person's health needs which relate to their special educational needs",
    "D": "The child or young person's social care needs which relate to their special educational needs "
         "or to a disability",
    "G": "Any health provision reasonably required by the learning difficulties or disabilities which "
         "result in the child or young person having special educational needs",
    "H2": "Any other social care provision reasonably required by the learning difficulties or disabilities "
          "which result in the child or young person having special educational needs",
}


def test_long_statutory_titles_in_a_letter_column_table_are_headings(tmp_path):
    d = docx.Document()
    body = {"A": "Mo says he likes buses and wants to drive one when he grows up.",
            "C": "Mo has asthma, treated with a blue inhaler before exercise.",
            "D": "Mo has no social care needs.",
            "G": "The school nurse checks Mo's inhaler technique once a term for 15 minutes.",
            "H2": "None."}
    for code, title in LONG_TITLES.items():
        t = d.add_table(rows=2, cols=2)
        top, bottom = t.cell(0, 0), t.cell(1, 0)
        top.merge(bottom).text = code
        t.cell(0, 1).text = title
        t.cell(1, 1).text = body[code]
    path = tmp_path / "letters.docx"
    d.save(path)
    plan = read_plan(path)
    for code, title in LONG_TITLES.items():
        assert plan.found(code), code
        texts = [b.text for b in plan.blocks_in(code) if b.kind != "heading"]
        assert title not in texts, (code, texts)
        assert texts == [body[code]], (code, texts)


# -- health provision: a service label says who; equipment needs no frequency ----------------------

def test_service_labelled_health_lines_are_separate_items_that_say_who():
    plan = care_builder.build({
        "C": ["Ayo has a moderate hearing loss in both ears and wears two hearing aids."],
        "G": ["- Paediatric Audiology: a hearing check and a hearing aid review every four months at the hospital.",
              "- Ear, Nose and Throat Clinic: a review once a year.",
              "- Hearing aid batteries and tubing supplied by the audiology department."]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert res.level == 4, _why(res)
    items = [f.quote for f in res.findings if f.kind == "evidence"]
    assert len(items) == 3, items  # one item per line, not merged as "Label: value" fields


def test_a_field_line_still_completes_the_item_above():
    plan = care_builder.build({"G": ["Physiotherapy:", "Provided by: the children's physiotherapy team",
                                     "Frequency: a 30-minute review each half-term"]})
    real, _, _ = provision_items([b for b in plan.blocks_in("G") if b.kind != "heading"], [], [], 3)
    assert len(real) == 1 and "Frequency" in real[0].text


def test_a_cross_reference_clause_does_not_hide_the_rest_of_the_line():
    plan = care_builder.build({
        "C": ["Ayo has anxiety and has been seen by the mental health team."],
        "G": ["- Mental health practitioner: see Section F for the group sessions in school; the practitioner "
              "will meet Ayo's teacher each half-term for 20 minutes to review progress."]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert res.applicable and res.level >= GREEN, _why(res)


# -- social care: the basis of "none" ------------------------------------------------------------

def test_a_team_that_considered_the_family_is_the_basis_of_none():
    plan = care_builder.build({"D": ["There are no social care needs. The Children with Disabilities Team "
                                     "looked at the family's circumstances (Ms Obi, Social Worker, 4 May 2026) "
                                     "and decided no service was needed."]})
    res = run(plan, "SC-NEEDS")
    assert res.level == 4, _why(res)


def test_a_bare_none_without_a_basis_is_still_flagged():
    plan = care_builder.build({"D": ["There are no social care needs."]})
    assert flagged(run(plan, "SC-NEEDS"))


# -- outcomes: a preamble line; staff as the agent ----------------------------------------------

@pytest.mark.parametrize("line", [
    "Every outcome in this table is for the end of Year 9 (July 2027).",
    "All of the outcomes below are to be met by the summer term of 2027 unless another date is given.",
])
def test_a_line_about_all_the_outcomes_is_not_an_outcome_and_dates_them(line):
    assert META_OUTCOME_RE.search(line)
    plan = care_builder.build({"E": [line, "- Mo will read 40 words from his reading book on sight, checked by "
                                           "his teacher each half term."]})
    res = run(plan, "PC-SMART")
    assert res.level == 4, _why(res)


def test_an_ordinary_outcome_is_not_a_preamble():
    assert not META_OUTCOME_RE.search("By July 2027, Mo will write two sentences about the outcomes of a test.")


def test_a_passive_with_staff_as_agent_is_provision():
    nouns = re.compile(r"\bsupport\b")
    staff = re.compile(r"\b(staff|teachers?|TAs?)\b", re.I)
    assert provision_clause("Visual timetables will be set up by all staff in every lesson.", nouns, staff)
    # recording progress is a measure, not provision
    assert provision_clause("By July, Mo will count to 20, which will be checked by his teacher.", nouns, staff) is None


# -- Section K as councils write it ----------------------------------------------------------------

def test_advice_table_typed_inside_one_cell(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).merge(t.cell(1, 0)).text = "K"
    t.cell(0, 1).text = "Advice and information gathered during the EHC needs assessment"
    inner = t.cell(1, 1)
    lines = ["Report", "Who wrote it", "Date",
             "Mo's views", "Mo, with his learning mentor", "3 March 2026",
             "Health advice", "Dr Lund, Community Paediatrician", "1 March 2026"]
    inner.text = lines[0]
    for ln in lines[1:]:
        inner.add_paragraph(ln)
    path = tmp_path / "k.docx"
    d.save(path)
    plan = read_plan(path)
    got = [(a.title, a.author, a.date) for a in plan.advice]
    assert got == [("Mo's views", "Mo, with his learning mentor", dt.date(2026, 3, 3)),
                   ("Health advice", "Dr Lund, Community Paediatrician", dt.date(2026, 3, 1))], got


def test_name_and_role_column_says_who(tmp_path):
    p = tmp_path / "k.md"
    p.write_text("# Section K: Advice and information\n\n"
                 "| Advice | Name and role | Date given |\n|---|---|---|\n"
                 "| Medical advice | Dr Lund, Community Paediatrician | 1 March 2026 |\n")
    plan = read_plan(p)
    assert [(a.kind, a.author) for a in plan.advice] == [("health", "Dr Lund, Community Paediatrician")]


@pytest.mark.parametrize("title, who", [("Dad's views", "Dad"), ("Kai's views", "Kai"),
                                        ("Grandparents' views", "Grandparents")])
def test_whose_views_an_item_is(title, who):
    assert advice_kind(title, "Mr Day, Form Tutor") == "parent_young_person"
    assert views_author(title) == who


def test_unchosen_template_rows_and_the_sign_off_box_are_not_advice(tmp_path):
    p = tmp_path / "k.md"
    p.write_text("# Section K: Advice and information\n\n"
                 "| Advice | Date received | Who from | Appended |\n|---|---|---|---|\n"
                 "| Medical advice | 1 March 2026 | Dr Lund | YES |\n"
                 "| Social care | | | YES/ NO |\n"
                 "| Careers advice | Not applicable | Not applicable | NO |\n")
    plan = read_plan(p)
    assert [a.title for a in plan.advice] == ["Medical advice"]


def test_advice_for_the_annual_review_after_issue_is_current():
    plan = care_builder.build({}, advice=[("educational", "Annual review report", "Ms Vance, SENCo",
                                           dt.date(2026, 10, 1))])
    plan.front.date_issued = dt.date(2025, 11, 1)
    plan.front.last_review = dt.date(2026, 10, 20)
    res = run(plan, "CA-ADVICE-AGE")
    assert res.level == 4, _why(res)


def test_a_review_schedule_is_not_a_review_held():
    fm = build_front([("Date this plan was issued", "3 October 2026"),
                      ("Review", "Three monthly (under-fives): January 2027")])
    assert fm.date_issued == dt.date(2026, 10, 3)
    assert fm.last_review is None


# -- health needs: hypothetical, historical, and outcomes in other words ------------------------------

def test_historical_and_hypothetical_conditions_are_not_current_needs():
    plan = care_builder.build({"C": ["Mo had glue ear when he was little. His doctor is considering whether "
                                     "medication would help his sleep in future."],
                               "E": ["- By July 2027, Mo will read 40 words on sight, checked each term."]})
    res = run(plan, "HC-OUTCOMES")
    assert not flagged(res), _why(res)


def test_adhd_outcome_about_calming_down_counts():
    plan = care_builder.build({"C": ["Mo has ADHD, diagnosed by the paediatrician."],
                               "E": ["- By July 2027, Mo will use his calm corner when he feels cross, on four "
                                     "occasions out of five, recorded by his TA."]})
    assert run(plan, "HC-OUTCOMES").level == 4


def test_an_unrelated_outcome_still_leaves_epilepsy_unmet():
    plan = care_builder.build({"C": ["Mo has epilepsy with seizures most weeks."],
                               "E": ["- By July 2027, Mo will use his calm corner when he feels cross, on four "
                                     "occasions out of five, recorded by his TA."]})
    assert flagged(run(plan, "HC-OUTCOMES"))


# -- jargon ----------------------------------------------------------------------------------------

def test_familiar_acronyms_count_half_and_names_are_not_jargon():
    plan = care_builder.build({"B": ["Mo attends Holy Cross RC Primary, where his TA and the SENCo help him."],
                               "F": ["- A Qualified Teacher of Pupils with Multi-Sensory Impairment (QTMSI) will "
                                     "visit each term for an hour."]})
    res = run(plan, "LG-JARGON")
    quoted = " ".join(f.message for f in res.findings if f.kind == "issue")
    assert "'RC'" not in quoted and "'QTMSI'" not in quoted
    assert not flagged(res), _why(res)


def test_a_string_of_unfamiliar_acronyms_is_still_flagged():
    plan = care_builder.build({"F": ["- The TA will use NGRT, IEP, PSP and SEMH targets with the SLT."]})
    assert flagged(run(plan, "LG-JARGON"))


# -- social care statutory link; strengths boxes --------------------------------------------------

def test_child_in_need_shown_only_in_d_with_no_social_care_advice_is_flagged():
    plan = care_builder.build({"D": ["Mo and his dad are supported under a Child in Need plan."],
                               "H2": ["- A youth club place every Thursday evening for two hours, funded by the "
                                      "council."]},
                              advice=[("educational", "School advice", "Ms Vance, SENCo", dt.date(2026, 5, 1))])
    assert flagged(run(plan, "SC-STATUTORY-LINK"))


def test_needs_written_in_strengths_boxes_are_not_strengths(tmp_path):
    d = docx.Document()
    d.add_heading("Section A: Views, interests and aspirations", level=1)
    d.add_paragraph("Mo's dad says Mo is funny and kind.")
    d.add_heading("Section B: Special educational needs", level=1)
    for need in ("Mo needs adult support for nearly every task.",
                 "Mo has difficulty remembering instructions.",
                 "Mo's handwriting is unclear and his vocabulary is limited."):
        d.add_heading("Strengths", level=3)
        d.add_paragraph(need)
        d.add_heading("Needs", level=3)
        d.add_paragraph("Mo is working well below the level expected for his age in reading and number.")
    path = tmp_path / "s.docx"
    d.save(path)
    res = run(read_plan(path), "PC-STRENGTHS")
    assert flagged(res), _why(res)


def test_good_health_stated_in_other_words_means_no_health_provision_is_expected():
    plan = care_builder.build({"C": ["Mo is a healthy boy and has been discharged from the children's clinic."],
                               "G": ["No health provision is required."]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert not res.applicable, _why(res)


def test_therapy_placement_does_not_apply_without_any_therapy():
    plan = care_builder.build({"G": ["- The school nurse checks Mo's inhaler technique once a term for 15 minutes."]})
    assert not run(plan, "HC-THERAPY-PLACEMENT").applicable


def test_occupational_therapist_supplying_a_chair_is_not_misplaced_therapy():
    plan = care_builder.build({"G": ["- Occupational therapy: assessment for and supply of a supportive bath chair, "
                                     "reviewed each year by the occupational therapist."]})
    res = run(plan, "HC-THERAPY-PLACEMENT")
    assert res.applicable and not flagged(res), _why(res)
