"""Issue 14's examples, each in the issue's exact wording: the criteria read clauses, not words.

Each example is a symptom of a class (the kind of provision, the subject and voice of the main
verb, the scope of a negation, a measure that is a measure, a month that is not a modal); the
class is fixed in ehcaudit.clauses and the checks, and these tests pin the examples.
"""

from __future__ import annotations

import datetime as dt
import re

import care_builder
import docx
import docx_builders as B
import pytest
from packaged_rubric import RUBRIC

from ehcaudit.clauses import (
    clause_before,
    has_measure,
    is_month,
    negated,
    provision_clause,
    without_time,
)
from ehcaudit.model import FrontMatter
from ehcaudit.reader import read_plan
from ehcaudit.reader.frontmatter import build_front
from ehcaudit.rubric.engine import run_criterion

AS_OF = dt.date(2026, 12, 1)
needs_template = pytest.mark.skipif(not B.TEMPLATE.exists(), reason="national template not available")
GREEN = next(i for i, lv in enumerate(RUBRIC.scale, start=1) if lv.rag == "green")


def run(plan, cid, as_of=AS_OF):
    return run_criterion(plan, RUBRIC, RUBRIC.criterion(cid), as_of, cache={})


def issues(res):
    return [f for f in res.findings if f.kind == "issue"]


def flagged(res) -> bool:
    return res.applicable and res.level < GREEN


# -- PR-QUANTIFIED: the elements that apply to the kind of provision --------------------------------

CAREERS = ("Careers: 3 one-to-one careers guidance meetings of 45 minutes each year with a qualified "
           "careers adviser")
SALT_VISIT = "The SALT will visit nursery once each half-term (6 visits a year, 1 hour each)"
SALT_SEE = ("A speech and language therapist will see Sam on his own on Mondays and Thursdays, half an hour "
            "each time, across the autumn term")


@pytest.mark.parametrize("item", [CAREERS, SALT_VISIT, SALT_SEE])
def test_pr_quantified_items_of_each_kind_are_complete(item):
    res = run(care_builder.build({"F": [f"- {item}"]}), "PR-QUANTIFIED")
    assert res.level == 4, [(f.message, f.quote) for f in res.findings]
    assert not issues(res)


def test_pr_quantified_access_arrangements_and_equipment_need_what_and_who():
    plan = care_builder.build({"F": ["- 25% extra time in exams, arranged by the SENCo.",
                                     "- A laptop with speech-to-text software, set up by the IT technician."]})
    res = run(plan, "PR-QUANTIFIED")
    assert res.level == 4, [(f.message, f.quote) for f in res.findings]


def test_pr_quantified_still_fails_vague_group_work():
    res = run(care_builder.build({"F": ["- A weekly session of small group activities for 10 weeks."]}), "PR-QUANTIFIED")
    assert flagged(res)
    msg = issues(res)[0].message
    assert "who delivers it" in msg


def test_pr_quantified_a_professional_visit_without_frequency_is_incomplete():
    res = run(care_builder.build({"F": ["- The educational psychologist will visit school to advise staff."]}),
              "PR-QUANTIFIED")
    assert issues(res) and "how often" in issues(res)[0].message
    assert "group size" not in issues(res)[0].message


# -- PC-OUTCOME-NOT-PROVISION: the subject and voice of the main verb --------------------------------

@pytest.mark.parametrize("outcome", [
    "Priya will complete a two-week work placement … and receive a positive employer report",
    "Jade will be able to receive praise from adults without becoming upset",
    "By July 2027, Sam will access the community independently, travelling to the shops on his own.",
    "By July 2027, Jade will receive a certificate for completing her Level 1 food hygiene course.",
])
def test_achievements_are_not_provision(outcome):
    res = run(care_builder.build({"E": [f"- {outcome}"]}), "PC-OUTCOME-NOT-PROVISION")
    assert res.level == 4, [(f.message, f.quote) for f in res.findings]


@pytest.mark.parametrize("outcome", [
    "Jade has a 1:1 teaching assistant for all lessons",
    "Sam is given 30 minutes of speech and language therapy every week",
    "Sam will receive 1:1 support",
    "Staff will support Jade to make friends at lunchtime.",
    "Jade received weekly sessions with the ELSA last year and will continue to have them.",
])
def test_provision_written_as_an_outcome_is_found_in_any_tense_and_voice(outcome):
    res = run(care_builder.build({"E": [f"- {outcome}"]}), "PC-OUTCOME-NOT-PROVISION")
    assert flagged(res), [(f.message, f.quote) for f in res.findings]
    assert issues(res)[0].quote.startswith(outcome[:20])


def test_provision_clause_reads_the_main_verb():
    nouns = re.compile(r"\b(support|assistant|therapy|sessions?|1:1)\b", re.I)
    assert provision_clause("Jade will follow instructions when she is given two choices", nouns) is None
    assert provision_clause("Jade will learn to accept support from a new adult", nouns) is None
    assert provision_clause("Jade is given two sessions a week", nouns).reason == "is given"
    assert provision_clause("Jade will have 1:1 support", nouns).reason == "receives"


# -- PC-SMART: a measure is a measure, never any digit ---------------------------------------------

def test_a_year_is_not_a_measure():
    res = run(care_builder.build({"E": ["- By July 2027, Jade will be happier and more settled in school"]}),
              "PC-SMART")
    assert flagged(res)
    assert "measured" in issues(res)[0].message


def test_counts_and_recorded_observations_are_measures():
    measure = re.compile(r"\d|\bout of\b|\brecorded by\b", re.I)
    assert has_measure("By July 2027, Jade will read 20 words", measure)
    assert has_measure("By the end of Year 4, Jade will settle at the start of the day, as recorded by her key person",
                       measure)
    assert not has_measure("By July 2027 (Year 4), within 6 weeks, Jade will be happier", measure)
    assert "2027" not in without_time("By 31 July 2027")


# -- HC-NEEDS-MET: negation ends at a clause boundary ------------------------------------------------

def test_negation_stops_at_but():
    text = "Jade has no difficulty walking but has epilepsy"
    neg = re.compile(r"\bno\b")
    i = text.index("epilepsy")
    assert clause_before(text, i).strip() == "has"
    assert not negated(text, i, i + 8, neg)
    j = text.index("walking")
    assert negated(text, j, j + 7, neg)


def test_unmet_epilepsy_after_but_is_red():
    plan = care_builder.build({"C": ["Jade has no difficulty walking but has epilepsy."],
                               "G": ["- Annual review of her asthma plan by the school nurse, 30 minutes each June."]})
    res = run(plan, "HC-NEEDS-MET")
    assert res.applicable and res.rag == "red", [(f.message, f.quote) for f in res.findings]
    assert "epilepsy" in issues(res)[0].message


# -- PC-STRENGTHS: "can hit out" is not a strength --------------------------------------------------

def test_can_hit_out_is_not_quoted_as_a_strength():
    plan = care_builder.build({"A": ["Jade's family say she is loving and funny."],
                               "B": ["Jade can hit out at other children when the classroom is noisy.",
                                     "Jade can bite staff when she is asked to stop an activity.",
                                     "Jade is unable to wait for her turn."]})
    res = run(plan, "PC-STRENGTHS")
    strengths = [f.quote for f in res.findings if f.kind == "evidence"]
    assert not any("hit out" in q or "bite" in q for q in strengths), strengths
    assert flagged(res)


# -- PR-VAGUE-WORDING: 'May' the month; a vague phrase is at least amber -----------------------------

def test_may_the_month_is_not_vague():
    plan = care_builder.build({"F": ["- From May 2026, a specialist teacher will teach Sam 1:1 for 30 minutes "
                                     "twice a week."]})
    res = run(plan, "PR-VAGUE-WORDING")
    assert res.level == 4, [(f.message, f.quote) for f in res.findings]
    text = "From May 2026, a specialist teacher will ..."
    assert is_month(text, 5, 8)
    assert not is_month("Sam may need a break.", 4, 7)
    assert not is_month("May is a good month? Staff May help.", 30, 33)


def test_vague_phrase_in_the_template_f_column_is_at_least_amber():
    plan = care_builder.build(threads=[("BFE", "Jade finds it hard to join in with other children's play.",
                                        "Opportunities to develop social skills throughout the school day, as appropriate",
                                        "By July 2027, Jade will join a game with two friends at 4 out of 5 playtimes.")])
    res = run(plan, "PR-VAGUE-WORDING")
    assert flagged(res), (res.level, [(f.message, f.quote) for f in res.findings])


@needs_template
def test_vague_phrase_in_the_real_template_f_column_is_at_least_amber(tmp_path):
    path = B.fill_template(tmp_path / "t.docx", {
        "communication_interaction_need_1": "Jade finds it hard to join in with other children's play.",
        "communication_interaction_provision_1": "Opportunities to develop social skills throughout the school day, "
                                                 "as appropriate",
        "communication_interaction_outcome_1": "By July 2027, Jade will join a game at 4 out of 5 playtimes.",
    }, default="")
    res = run(read_plan(path), "PR-VAGUE-WORDING")
    assert flagged(res), (res.level, [(f.message, f.quote) for f in res.findings])


# -- SC-STATUTORY-LINK: a status with no social care provision and no advice is red ----------------

def test_child_protection_plan_with_no_social_care_provision_or_advice_is_red():
    plan = care_builder.build({"D": ["Jade has been subject to a child protection plan since January 2026 because "
                                     "of concerns about neglect."],
                               "H1": ["None."], "H2": ["None."]},
                              advice=[("educational", "School advice", "Mrs A Khan, SENCo", dt.date(2026, 5, 1))])
    res = run(plan, "SC-STATUTORY-LINK")
    assert res.applicable and res.rag == "red", [(f.message, f.quote) for f in res.findings]


def test_child_protection_plan_informing_h_and_advice_is_green():
    plan = care_builder.build({"D": ["Jade is subject to a child protection plan; her social worker, Ms Reid, "
                                     "contributed to this assessment."],
                               "H2": ["- Weekly visits from her social worker under the child protection plan, "
                                      "1 hour each, until the plan ends."]},
                              advice=[("social_care", "Social care advice", "Ms J Reid, Social Worker",
                                       dt.date(2026, 5, 1))])
    res = run(plan, "SC-STATUTORY-LINK")
    assert res.applicable and res.rag == "green", [(f.message, f.quote) for f in res.findings]


# -- PC-VOICE / PC-ASPIRATIONS: a young child's views through signs and play -----------------------

def _zainab(tmp_path):
    d = docx.Document()
    d.add_paragraph("Date this plan was issued: 22 June 2026")
    d.add_heading("Section A: Views, interests and aspirations", level=1)
    d.add_heading("What Zainab tells us through her signs and play", level=2)
    d.add_paragraph("Zainab is three. Her key person at nursery, Amina, has watched and played with her every day "
                    "this term and has gathered these views with her family.")
    d.add_paragraph("Zainab signs 'more' and 'finished' and reaches for the water tray and the swings. She smiles "
                    "and laughs when an adult sings with her, and pushes away toys that make loud noises.")
    d.add_heading("What Zainab's family say", level=2)
    d.add_paragraph("Zainab's mum and dad say she is a happy, curious girl. They hope she will be able to tell "
                    "them what she wants using signs and words, and would love her to make a friend at nursery.")
    d.add_heading("Section B: Special educational needs", level=1)
    d.add_paragraph("Zainab has a severe speech and language delay.")
    path = tmp_path / "zainab.docx"
    d.save(path)
    return read_plan(path)


def test_young_childs_views_through_signs_and_play_count(tmp_path):
    plan = _zainab(tmp_path)
    voice = run(plan, "PC-VOICE")
    assert voice.level == 4, [(f.message, f.quote) for f in voice.findings]
    asp = run(plan, "PC-ASPIRATIONS")
    assert asp.level == 4, [(f.message, f.quote) for f in asp.findings]


# -- HC-DCO-SIGNOFF ----------------------------------------------------------------------------------

def test_reviewed_and_supported_by_the_dco_is_agreement():
    plan = care_builder.build({"C": ["Jade has epilepsy."],
                               "G": ["- Epilepsy care plan written and reviewed each term by the epilepsy nurse, "
                                     "1 hour each review, until the next annual review.",
                                     "This provision has been reviewed and supported by Dr Shah (Designated Clinical "
                                     "Officer) on 3 March 2026"]})
    res = run(plan, "HC-DCO-SIGNOFF")
    assert res.level == 4, [(f.message, f.quote) for f in res.findings]
    # the sign-off line is not itself an item of health provision
    spec = run(plan, "HC-PROVISION-SPECIFIC")
    assert not any("Dr Shah" in f.quote for f in issues(spec))


# -- CA-ANNUAL-REVIEW: front matter as councils write it ---------------------------------------------

@pytest.mark.parametrize("label", ["Date this plan was issued", "Date of this plan", "Plan finalised",
                                   "Date of EHC plan", "Date of last review", "Review date"])
def test_front_matter_dates_as_councils_write_them(label, tmp_path):
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Name used in this plan", "Jade"
    t.cell(1, 0).text, t.cell(1, 1).text = label, "22 June 2026"
    d.add_heading("Section A: Views, interests and aspirations", level=1)
    d.add_paragraph("Jade likes horses.")
    path = tmp_path / "p.docx"
    d.save(path)
    res = run(read_plan(path), "CA-ANNUAL-REVIEW")
    assert res.level == 4, [(f.message, f.quote) for f in res.findings]
    assert "22 June 2026" in res.findings[0].quote


def test_date_this_plan_was_issued_row():
    """The issue's exact row: 'Date this plan was issued | 22 June 2026'."""
    fm = build_front([("Date this plan was issued", "22 June 2026")])
    assert fm.date_issued == dt.date(2026, 6, 22)


@pytest.mark.parametrize("pairs,year", [
    ([("Year group", "Year 4")], 4), ([("NC year", "4")], 4), ([("School year", "Year 10")], 10),
    ([("Education phase", "Primary (Year 4)")], 4), ([("Education phase", "Early years")], 0),
    ([("Education phase", "Post-16")], 12), ([("Age", "8 years")], None),
])
def test_year_group_from_front_matter(pairs, year):
    assert build_front(pairs).year_group == year


def test_year_group_from_age_or_date_of_birth():
    fm = build_front([("Date of birth", "14/05/2017"), ("Date this plan was issued", "22 June 2026")])
    assert fm.year_group == 4  # born May 2017: Year 4 in 2025/26
    assert build_front([("Age", "8 years")]).age == 8


@needs_template
def test_unfilled_template_k_rows_are_not_advice(tmp_path):
    path = B.fill_template(tmp_path / "t.docx", {"date_of_birth": "May 2018"}, default="")
    B.fill_k_table(path, [("Parent's views", "02/03/2026", "Mrs Patel, mother"),
                          ("School advice", "03/03/2026", "Mr Jones, SENCo"),
                          ("Advice from the specialist teacher", "04/03/2026", "Ms Lee, advisory teacher"),
                          ("Medical advice", "05/03/2026", "Dr N Shah, community paediatrician"),
                          ("Educational psychology advice", "06/03/2026", "Dr A Clark, educational psychologist"),
                          ("Social care advice", "07/03/2026", "Ms Reid, social worker")])
    plan = read_plan(path)
    titles = [a.title for a in plan.advice]
    assert not any(t.startswith("Advice and information from any") for t in titles), titles
    assert not any(t.startswith("Provision to assist") for t in titles), titles
    assert run(plan, "CA-DATED").level == 4
    # a Year 4 child in the national template is not judged against preparing for adulthood
    assert plan.front.year_on(AS_OF) == 4
    assert not run(plan, "PC-PFA").applicable



# -- layouts: E and F in one table; the statutory G title in a shaded heading table -----------------

def test_outcome_provision_frequency_who_table_is_read_as_e_and_f(tmp_path):
    d = docx.Document()
    d.add_heading("Sections E and F: Outcomes and special educational provision", level=1)
    t = d.add_table(rows=2, cols=4)
    for i, h in enumerate(["Outcome", "Provision", "Frequency", "Who"]):
        t.cell(0, i).text = h
    row = ("By July 2027, Jade will read 50 common words on sight.", "Precision teaching, 1:1",
           "Daily for 10 minutes", "Class TA trained by the specialist teacher")
    for i, v in enumerate(row):
        t.cell(1, i).text = v
    path = tmp_path / "ef.docx"
    d.save(path)
    plan = read_plan(path)
    assert plan.found("E") and plan.found("F")
    assert [plan.blocks[i].text for i in plan.threads[0].outcome] == [row[0]]
    assert [plan.blocks[i].text for i in plan.threads[0].provision] == list(row[1:])
    assert run(plan, "PR-QUANTIFIED").level == 4
    assert run(plan, "PC-OUTCOME-NOT-PROVISION").level == 4


def test_statutory_g_title_in_a_one_cell_table_is_a_heading(tmp_path):
    d = docx.Document()
    for text in ("F: Special educational provision",
                 "G: Any health provision reasonably required by the learning difficulties or disabilities which "
                 "result in the child or young person having special educational needs"):
        t = d.add_table(rows=1, cols=1)
        t.cell(0, 0).text = text
        d.add_paragraph("Jade sees the school nurse once a term for 20 minutes to review her care plan.")
    path = tmp_path / "g.docx"
    d.save(path)
    plan = read_plan(path)
    assert plan.found("F") and plan.found("G")


def test_hearing_impairment_needs_a_teacher_of_the_deafs_advice():
    advice = [("parent_young_person", "Parental views", "Mrs Patel", dt.date(2026, 3, 1)),
              ("educational", "School advice", "Mr Jones, SENCo", dt.date(2026, 3, 1)),
              ("health", "Medical advice", "Dr Shah, paediatrician", dt.date(2026, 3, 1)),
              ("psychological", "Educational psychology advice", "Dr Clark, EP", dt.date(2026, 3, 1)),
              ("social_care", "Social care advice", "Ms Reid, social worker", dt.date(2026, 3, 1))]
    sections = {"B": ["Jade is profoundly deaf and wears bilateral cochlear implants."]}
    year4 = FrontMatter(year_group=4)
    res = run(care_builder.build(sections, advice=advice, front=year4), "CA-STATUTORY-ADVICE")
    assert flagged(res) and "teacher of the deaf" in issues(res)[0].message
    tod = [("educational", "Advice from the qualified teacher of the deaf", "Ms Lee, Sensory Support Service",
            dt.date(2026, 3, 1))]
    assert run(care_builder.build(sections, advice=advice + tod, front=year4), "CA-STATUTORY-ADVICE").level == 4


def test_can_hit_out_in_the_issues_exact_wording():
    plan = care_builder.build({"A": ["Jade is good at drawing and loves the school rabbits."],
                               "B": ["Jade can hit out at other children … can bite staff"]})
    res = run(plan, "PC-STRENGTHS")
    assert not any("hit out" in f.quote for f in res.findings if f.kind == "evidence"), res.findings


def test_from_may_2026_in_the_issues_exact_wording():
    text = "From May 2026, a specialist teacher will …"
    i = text.index("May")
    assert is_month(text, i, i + 3)
    res = run(care_builder.build({"F": [f"- {text}"]}), "PR-VAGUE-WORDING")
    assert res.level == 4, [(f.message, f.quote) for f in res.findings]


@pytest.mark.parametrize("pairs,year", [
    ([("Education setting", "Oak Primary School (Year 4)")], 4),
    ([("Date of Birth", "Withheld (NC Year 3)")], 3),
    ([("Education setting", "St Mary's Catholic Primary School (Reception)")], 0),
])
def test_year_group_written_beside_the_setting(pairs, year):
    assert build_front(pairs).year_group == year
