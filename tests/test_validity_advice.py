"""Currency of advice, health and social care advice, and the front matter: classes of misreading
found on validity sets C and D (written blind), one test per class. Each test uses a sentence of
our own and, where it helps, the set's own sentence (marked "set D", "set C").

* what counts as an advice item in Section K: the local authority's issue or sign-off line and
  contact details are not advice; a request that was never answered is a *missing* advice, not an
  undated one; a cell saying the advice was not required is an unfilled row;
* HC-ADVICE is judged on the medical advice: an undated therapy report beside current, dated
  medical advice is CA-DATED's finding, not HC-ADVICE's; old medical advice fails even beside a
  current therapy report;
* HC-ADVICE-PROVIDERS reads who provides each Section G item (its label, the service it comes
  from, else the first service it names), not every service the line mentions;
* CA-ANNUAL-REVIEW: more than 12 months (by days) is overdue; a review date still to come is not a
  review that was held;
* CA-STATUTORY-ADVICE: a social care team for sensory impairment is not a qualified teacher; the
  year group at the assessment when Section K records it;
* front matter: "Date of first plan" is the issue date when the plan gives no later one;
* SC-NEEDS: a team named as the agent of a passive ("Screened by the … Team") is the basis of "none".
"""

from __future__ import annotations

import datetime as dt

import pytest
from validity_helpers import AS_OF, RUBRIC, flagged, run, why

from ehcaudit.checks._health_advice import providers_of
from ehcaudit.reader import read_plan
from ehcaudit.reader.advice import advice_kind, is_signoff, not_received
from ehcaudit.reader.frontmatter import build_front


def plan_of(tmp_path, text: str):
    p = tmp_path / "plan.md"
    p.write_text(text, encoding="utf-8")
    return read_plan(p)




K_TABLE = """Plan reference: T-1
Date of issue: 2 June 2026
National Curriculum year: Year 5

# Section K: Advice and information

| Advice | Date received | Who from |
|---|---|---|
| Parents' views | 3 March 2026 | Amir's mum |
| Educational advice | 5 March 2026 | Mrs Hale, SENCo, Brook Primary |
| Psychological advice | 9 March 2026 | Dr Lowe, Educational Psychologist |
| Medical advice | 10 March 2026 | Dr Orr, Community Paediatrician |
| Social care advice | 12 March 2026 | Ms Tan, Social Worker, Disabled Children's Team |
"""


# -- what counts as an advice item ---------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Plan finalised by Ruth Adeyemi, Assessment Co-ordinator, on behalf of Brookvale City Council, 9 July 2026.",
    "Rachel Kim, EHC Officer, for Westmere County Council – 4 April 2026",
    "Signed for the local authority: Tom Reyes, SEND Manager, 1 May 2026",
    "SEND team contact: 01632 960123, send@example.org",
    "Caseworker: Priya Nand, 30 June 2026",
    "Name: Priya Nand, EHC Plan Co-ordinator, 30 June 2026",
    # set D (d102, d208, d211)
    "Plan issued by Daniel Storey, SEND Key Worker, on behalf of North Fellshire County Council.",
    "Claire Booth, SEN Officer, for Saltmere Borough Council – 12 May 2026",
    "Amended plan issued by the SEND Assessment and Review Team, Ashworth Metropolitan Borough Council, 13/11/2026.",
])
def test_issue_and_sign_off_lines_are_not_advice(tmp_path, line):
    assert is_signoff(line)
    plan = plan_of(tmp_path, K_TABLE + "\n" + line + "\n")
    assert [a.title for a in plan.advice][-1] == "Social care advice", [a.quote for a in plan.advice]
    res = run(plan, "CA-DATED")
    assert res.level == 4, why(res)


@pytest.mark.parametrize("line", [
    "Speech and language therapy report issued by Ms Grey, Speech and Language Therapist, 3 March 2026",
    "Social care advice from Brookvale City Council Children's Services, 4 March 2026",
    "Educational advice, received 9 February 2026.",
])
def test_an_advice_item_that_names_the_council_or_an_issue_is_still_advice(line):
    assert not is_signoff(line)


NOT_RECEIVED = """Plan reference: T-2
Date of issue: 2 June 2026
National Curriculum year: Year 5

# Section K: Advice and information

| Advice | Date received | Who from |
|---|---|---|
| Parents' views | 3 March 2026 | Amir's mum |
| Educational advice | 5 March 2026 | Mrs Hale, SENCo, Brook Primary |
| Psychological advice | 9 March 2026 | Dr Lowe, Educational Psychologist |
| {row} |
| Speech and language therapy advice | 11 March 2026 | Ms Bird, Speech and Language Therapist |
| Social care advice | 12 March 2026 | Ms Tan, Social Worker, Disabled Children's Team |
"""


@pytest.mark.parametrize("row", [
    "Paediatric (medical) advice | Asked for on 2 February 2026; no report has been received | Child Health Service",
    # set D (d203)
    "Medical advice | Requested 14/01/2026 – not received at the time this plan was issued | Community Paediatrics",
])
def test_advice_requested_but_not_received_is_missing_not_undated(tmp_path, row):
    assert not_received(row)
    plan = plan_of(tmp_path, NOT_RECEIVED.format(row=row))
    assert all("received" not in a.quote for a in plan.advice), [a.quote for a in plan.advice]
    dated = run(plan, "CA-DATED")
    assert dated.level == 4, why(dated)
    statutory = run(plan, "CA-STATUTORY-ADVICE")
    assert flagged(statutory), why(statutory)
    assert any("requested but not received" in f.message for f in statutory.findings), why(statutory)
    health = run(plan, "HC-ADVICE")
    assert health.level == 1, why(health)  # a therapist's advice is not the medical advice asked for


def test_advice_received_after_a_chasing_note_is_not_missing():
    assert not not_received("Medical advice – requested 2 January 2026, received 20 January 2026")
    assert not not_received("CAMHS advice – Dr Ray, 3 May 2026 (Amir is awaiting an assessment of his sleep)")


@pytest.mark.parametrize("cells", [
    "N/A – Amir was in Year 6 at assessment | Not required",
    # set C (p06)
    "Not applicable at assessment | Not required: Oscar was in Year 7 when assessed",
])
def test_a_row_saying_no_advice_was_required_is_not_an_item(tmp_path, cells):
    text = K_TABLE.replace("Year 5", "Year 10") + f"| Preparing for adulthood advice | {cells} |\n"
    plan = plan_of(tmp_path, text)
    assert [a.title for a in plan.advice][-1] == "Social care advice"
    assert run(plan, "CA-DATED").level == 4


def test_the_year_at_assessment_recorded_in_k_decides_preparing_for_adulthood(tmp_path):
    base = K_TABLE.replace("Year 5", "Year 10")
    plan = plan_of(tmp_path, base + "| Preparing for adulthood | Not required: Amir was in Year 7 when assessed | |\n")
    assert not flagged(run(plan, "CA-STATUTORY-ADVICE"))
    plan = plan_of(tmp_path, base)  # Year 10 and nothing said: the advice is missing
    res = run(plan, "CA-STATUTORY-ADVICE")
    assert flagged(res) and any("preparing for adulthood" in f.message for f in res.findings), why(res)


@pytest.mark.parametrize("title, author, kind", [
    ("Wheelchair service report", "Alan Burke, Rehabilitation Engineer", "health"),
    ("Orthotics report", "Mr Hale, Orthotist", "health"),
    ("Sleep service advice", "Children's Sleep Service, sleep practitioner", "health"),
    ("Special Care Dental Service letter", "Mrs Hill", "health"),
    ("Annual review report", "Teme Valley Primary", "educational"),
    ("Habilitation assessment", "Fiona Rhodes, Habilitation Specialist", "educational"),
])
def test_services_named_by_what_they_do_are_classified(title, author, kind):
    assert advice_kind(title, author) == kind


# -- HC-ADVICE: the medical advice decides -------------------------------------------------------

HEALTH_K = """Plan reference: T-3
Date of issue: 2 June 2026

# Section K: Advice and information

| Advice | Date received | Who from |
|---|---|---|
{rows}
"""


def test_an_undated_therapy_report_beside_current_medical_advice_passes(tmp_path):
    plan = plan_of(tmp_path, HEALTH_K.format(rows="| Medical advice | 10 March 2026 | Dr Orr, Community Paediatrician |\n"
                                                  "| Occupational therapy report | | Brookvale Children's Therapies |"))
    res = run(plan, "HC-ADVICE")
    assert not flagged(res), why(res)
    assert any(f.kind == "issue" and "when it was given" in f.message for f in res.findings)
    assert flagged(run(plan, "CA-DATED"))  # the gap is CA-DATED's finding


def test_set_d_undated_salt_advice_beside_dated_medical_advice(tmp_path):
    plan = plan_of(tmp_path, HEALTH_K.format(rows="| Speech and language therapy advice | | Hartsbrook Children's Therapies (SaLT) |\n"
                                                  "| Medical advice | 20/11/2025 | Dr Mensah, Community Paediatrician |"))
    assert not flagged(run(plan, "HC-ADVICE"))


def test_old_medical_advice_fails_beside_a_current_therapy_report(tmp_path):
    plan = plan_of(tmp_path, HEALTH_K.format(rows="| Medical advice | 4 February 2023 | Dr Orr, Community Paediatrician |\n"
                                                  "| Speech and language therapy advice | 1 April 2026 | Ms Bird, Speech and Language Therapist |"))
    res = run(plan, "HC-ADVICE")
    assert flagged(res), why(res)


def test_only_undated_medical_advice_fails(tmp_path):
    plan = plan_of(tmp_path, HEALTH_K.format(rows="| Ophthalmology report (medical advice) | - | Mr Shah, Consultant Ophthalmologist |"))
    res = run(plan, "HC-ADVICE")
    assert flagged(res) and any("cannot be judged" in f.message for f in res.findings), why(res)


def test_medical_advice_measured_at_the_date_of_the_first_plan(tmp_path):
    # set D (d204): "Date of first plan | 6 March 2024" is the issue date: January 2024 advice was current
    text = ("Date of first plan: 6 March 2024\nDate of last annual review: 18 September 2025\n\n"
            "# Section K: Advice and information\n\n- Medical advice – Dr Okoro, Community Paediatrician, 19 January 2024\n")
    plan = plan_of(tmp_path, text)
    assert plan.front.date_issued == dt.date(2024, 3, 6)
    assert not flagged(run(plan, "HC-ADVICE"))
    assert not flagged(run(plan, "CA-ADVICE-AGE"))


# -- HC-ADVICE-PROVIDERS: who provides ----------------------------------------------------------

def _professions():
    from ehcaudit.checks._health_advice import AdviceProvidersParams

    spec = RUBRIC.criterion("HC-ADVICE-PROVIDERS").check
    return AdviceProvidersParams.model_validate(spec.model_dump(exclude={"kind"})).professions


@pytest.mark.parametrize("line, expected", [
    ("Dr Akande to refer Lily to the hospital's audiology department and the ENT clinic, and discuss the results at "
     "her next appointment.", []),
    ("The GP will see Theo monthly while he waits for a CAMHS appointment.", ["GP"]),
    ("Paediatric Respiratory Clinic: reviews by the consultant and the dietitian every four months.", []),
    ("Relaxation programme: six weekly sessions with a clinical psychologist from the hospital neurology service.",
     ["neurology"]),
    ("Orthotics and Wheelchair Service: splints and chair reviewed each year.", ["wheelchair service", "orthotics"]),
    ("Sleep: the CAMHS nurse will give Theo's parents a bedtime plan and ring them monthly.",
     ["mental health (CAMHS)"]),
    ("Speech and language therapy: a therapist from the community team will see Theo fortnightly.",
     ["speech and language therapy"]),
    # set B (p11), set C (p13), set D (d108)
    ("Paediatric Diabetes Clinic: reviews by the consultant and dietitian every three months.", ["diabetes"]),
    ("Dr Reddy to refer Zara to the ear, nose and throat (ENT) clinic and paediatric audiology at Eastmere Hospital by "
     "October 2026, and review the results at her next 6-monthly appointment.", []),
    ("Cheviot Wheelchair Service: review of Owen's powered and manual wheelchairs every 12 months.", ["wheelchair service"]),
])
def test_who_provides_a_health_line(line, expected):
    got = [p.profession.name for p in providers_of(line, _professions()) if p.profession is not None]
    assert got == expected


def test_referrer_named_by_person_is_matched_to_their_advice():
    provs = providers_of("Dr Akande to refer Lily to the ENT clinic by March 2027.", _professions())
    assert provs and provs[0].people == ["Akande"]


def test_a_service_named_in_a_label_is_the_provider_even_without_a_family():
    provs = providers_of("Paediatric Respiratory Clinic: reviews by the consultant and the dietitian.", _professions())
    assert [(p.profession, p.stems()) for p in provs] == [(None, ["respir"])]


G_AND_K = """Plan reference: T-4
Date of issue: 2 June 2026

# Section G: Health provision

{g}

Health provision agreed by Dr Shah, Designated Clinical Officer, 20 May 2026.

# Section K: Advice and information

{k}
"""


def test_a_providing_service_without_advice_is_flagged(tmp_path):
    g = ("- Community paediatrician: review every six months (30 minutes).\n"
         "- Wheelchair service to supply and maintain a lightweight self-propelled chair, reviewed yearly.")
    k = "- Medical advice – Dr Orr, Community Paediatrician, 10 March 2026"
    res = run(plan_of(tmp_path, G_AND_K.format(g=g, k=k)), "HC-ADVICE-PROVIDERS")
    assert flagged(res) and any("wheelchair" in f.message for f in res.findings if f.kind == "issue"), why(res)


def test_a_hearing_support_teacher_is_not_audiology_advice(tmp_path):
    g = "- Paediatric Audiology, City Hospital: hearing test every 6 months (45 minutes)."
    k = ("- Medical advice – Dr Orr, Community Paediatrician, 10 March 2026\n"
         "- Advice from a Qualified Teacher of the Deaf – Mrs Clarke, Hearing Support Service, 2 February 2026")
    res = run(plan_of(tmp_path, G_AND_K.format(g=g, k=k)), "HC-ADVICE-PROVIDERS")
    assert flagged(res), why(res)


def test_services_every_child_has_and_referrals_are_not_asked_for_advice(tmp_path):
    # round 8 (set J, j108): the GP who PROVIDES specific provision in G (an annual review) is asked for
    # advice (tests/test_validity_health_j.py); a line that only records registration is no provision
    g = ("- School nurse: a written asthma care plan, reviewed each September (30 minutes).\n"
         "- Amir is registered with his GP at Castle Surgery for routine care; Dr Orr to refer Amir to the hospital "
         "dietitian if his weight drops.")
    k = "- Medical advice – Dr Orr, Community Paediatrician, 10 March 2026"
    res = run(plan_of(tmp_path, G_AND_K.format(g=g, k=k)), "HC-ADVICE-PROVIDERS")
    assert not flagged(res), why(res)


# -- CA-ANNUAL-REVIEW ---------------------------------------------------------------------------

def test_twelve_months_and_two_weeks_is_overdue(tmp_path):
    plan = plan_of(tmp_path, "Date of last annual review: 12 November 2025\n\n# Section A: Views\n\nAmir likes trains.\n")
    res = run(plan, "CA-ANNUAL-REVIEW")
    assert flagged(res) and "more than 12 months" in res.findings[0].message, why(res)
    # set D (d110): last review 6 October 2025, amended plan issued 17 November 2025, audited 1 December 2026
    plan = plan_of(tmp_path, "Date of last annual review: 6 October 2025\nDate amended plan issued: 17 November 2025\n\n"
                             "# Section A: Views\n\nEsme likes music.\n")
    assert flagged(run(plan, "CA-ANNUAL-REVIEW"))
    plan = plan_of(tmp_path, "Date of last annual review: 1 December 2025\n\n# Section A: Views\n\nAmir likes trains.\n")
    assert not flagged(run(plan, "CA-ANNUAL-REVIEW"))  # exactly 12 months: due today, not overdue


def test_a_review_date_still_to_come_is_not_a_review_held(tmp_path):
    plan = plan_of(tmp_path, "Date of issue: 4 September 2026\nReview date: 3 March 2027\n\n# Section A: Views\n\nAmir likes trains.\n")
    res = run(plan, "CA-ANNUAL-REVIEW")
    assert not flagged(res), why(res)


# -- CA-STATUTORY-ADVICE: the qualified teacher for a sensory impairment --------------------------

def test_a_social_care_sensory_team_is_not_the_qualified_teacher(tmp_path):
    text = ("Date of issue: 17 November 2025\nYear group: Year 5\n\n# Section B: Special educational needs\n\n"
            "Noor has a severe visual impairment and reads large print with a magnifier.\n\n"
            "# Section K: Advice and information\n\n"
            "- Parents' views – Noor's mum, 3 March 2025\n- Educational advice – Mrs Hale, SENCo, 5 March 2025\n"
            "- Psychological advice – Dr Lowe, Educational Psychologist, 9 March 2025\n"
            "- Medical advice – Dr Orr, Consultant Ophthalmologist, 10 March 2025\n"
            "- Social care advice – Sensory Impairment Team, Adult Social Care, 21 July 2025\n")
    res = run(plan_of(tmp_path, text), "CA-STATUTORY-ADVICE")
    assert flagged(res) and any("visually impaired" in f.message for f in res.findings), why(res)
    text = text.replace("- Social care advice", "- Vision advice – Mr Cole, QTVI, Sensory Support Service, 4 March 2025\n"
                                                "- Social care advice")
    assert not flagged(run(plan_of(tmp_path, text), "CA-STATUTORY-ADVICE"))


# -- front matter ---------------------------------------------------------------------------------

def test_date_of_first_plan_is_the_issue_date_only_without_a_later_one():
    assert build_front([("Date of original plan", "1 May 2024")]).date_issued == dt.date(2024, 5, 1)
    fm = build_front([("Date of first plan", "6 March 2024"), ("Date of this plan", "1 May 2026")])
    assert fm.date_issued == dt.date(2026, 5, 1)


# -- SC-NEEDS: the basis of "none" in the passive -------------------------------------------------

@pytest.mark.parametrize("d", [
    "There are no social care needs. Considered by the duty social worker at the Family Front Door on 4 May 2026.",
    # set C (p09)
    "No social care needs. Screened by the Children with Disabilities Team in May 2026; short breaks information "
    "given to the family.",
])
def test_a_team_as_agent_of_a_passive_is_the_basis_of_none(tmp_path, d):
    res = run(plan_of(tmp_path, f"Date of issue: 2 June 2026\n\n# Section D: Social care needs\n\n{d}\n"), "SC-NEEDS")
    assert not flagged(res), why(res)


def test_a_service_the_checker_has_no_name_for_is_matched_by_its_own_words(tmp_path):
    g = "- Paediatric Gastroenterology Clinic: review every six months, with a blood test."
    k = "- Medical advice – Dr Orr, Community Paediatrician, 10 March 2026"
    assert flagged(run(plan_of(tmp_path, G_AND_K.format(g=g, k=k)), "HC-ADVICE-PROVIDERS"))
    k += "\n- Gastroenterology letter – Dr Vale, Consultant Paediatric Gastroenterologist, 2 April 2026"
    res = run(plan_of(tmp_path, G_AND_K.format(g=g, k=k)), "HC-ADVICE-PROVIDERS")
    assert res.level == 4, why(res)


@pytest.mark.parametrize("line", ["CAMHS advice – awaited", "Occupational therapy report | Outstanding | Brookvale OT",
                                  "Physiotherapy advice: no response from the service despite two requests"])
def test_other_ways_of_saying_an_advice_never_came(line):
    assert not_received(line)


def test_a_note_about_the_plan_itself_is_not_advice():
    assert is_signoff("The plan was amended after the annual review meeting on 3 October 2026.")
    assert not is_signoff("The plan of care from the children's hospice, Ms Vine, 3 March 2026")


def test_an_advice_table_in_one_cell_with_empty_cells(tmp_path):
    import docx

    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).merge(t.cell(1, 0)).text = "K"
    t.cell(0, 1).text = "Advice and information gathered during the EHC needs assessment"
    inner = t.cell(1, 1)
    # an "Appended" column filled on some rows only, and one date left empty (set C, p15, had the latter)
    lines = ["Advice", "From", "Date", "Appended",
             "Parents' views", "Amir's mum", "3 March 2026", "Yes",
             "Medical advice", "Dr Orr, Community Paediatrician", "10 March 2026",
             "Occupational therapy report", "Brookvale Children's Therapies",
             "Social care advice", "Ms Tan, Social Worker", "12 March 2026", "Yes"]
    inner.text = lines[0]
    for ln in lines[1:]:
        inner.add_paragraph(ln)
    path = tmp_path / "k.docx"
    d.save(path)
    plan = read_plan(path)
    got = [(a.title, a.author, a.date) for a in plan.advice]
    assert got == [("Parents' views", "Amir's mum", dt.date(2026, 3, 3)),
                   ("Medical advice", "Dr Orr, Community Paediatrician", dt.date(2026, 3, 10)),
                   ("Occupational therapy report", "Brookvale Children's Therapies", None),
                   ("Social care advice", "Ms Tan, Social Worker", dt.date(2026, 3, 12))], got


# -- HC-DCO-SIGNOFF: a sign-off written as a table row ----------------------------------------------

def test_health_sign_off_as_a_table_row(tmp_path):
    text = ("Date of issue: 4 March 2026\n\n# Section G: Health provision\n\n"
            "- Community paediatrician: review every six months (30 minutes).\n\n"
            "| Health sign-off | Dr Shah (Designated Clinical Officer) | 3 March 2026 |\n|---|---|---|\n")
    res = run(plan_of(tmp_path, text), "HC-DCO-SIGNOFF")
    assert res.level == 4, why(res)


def test_the_service_in_a_sub_heading_provides_the_items_under_it(tmp_path):
    g = "## Orthotics\n\n- Night splints reviewed and replaced every six months (30-minute appointment)."
    k = "- Medical advice – Dr Orr, Community Paediatrician, 10 March 2026"
    res = run(plan_of(tmp_path, G_AND_K.format(g=g, k=k)), "HC-ADVICE-PROVIDERS")
    assert flagged(res) and any("orthotics" in f.message for f in res.findings if f.kind == "issue"), why(res)


def test_a_year_mentioned_about_another_advice_does_not_excuse_preparing_for_adulthood(tmp_path):
    base = K_TABLE.replace("Year 5", "Year 10")
    plan = plan_of(tmp_path, base + "| Specialist teacher report (assessed in Year 8, updated) | 4 March 2026 | Mr Dee, Autism Outreach |\n")
    assert flagged(run(plan, "CA-STATUTORY-ADVICE"))


def test_a_professional_working_for_the_council_still_gives_advice():
    assert not is_signoff("Dr Amy Clark, Educational Psychologist for Westshire County Council, 12 March 2026")


# == Round 2: classes found on set E ===============================================================

from ehcaudit.language.harper_engine import get_engine  # noqa: E402
from ehcaudit.rubric.engine import score_plan  # noqa: E402

_K_HEAD = ("Date of issue: 2 June 2026\nNational Curriculum year: Year 5\n\n"
           "# Section B: Special educational needs\n\n{b}\n\n# Section K: Advice and information\n\n")
_K_ALL = ("- Parents' views – Amir's mum, 3 March 2026\n- Educational advice – Mrs Hale, SENCo, 5 March 2026\n"
          "- Psychological advice – Dr Lowe, Educational Psychologist, 9 March 2026\n"
          "- Medical advice – Dr Orr, Community Paediatrician, 10 March 2026\n"
          "- Social care advice – Ms Tan, Social Worker, Disabled Children's Team, 12 March 2026\n")


def test_an_advice_list_header_row_inside_a_whole_plan_table_is_not_an_advice_item():
    """Set E (letter-column layout): the whole plan is one table, so K's column headers are a row
    of it ("Advice or information | Given by | Date"), not an undated advice."""
    from ehcaudit.reader.advice import is_header_row
    assert is_header_row(["Advice or information", "Given by", "Date"])  # set E
    assert is_header_row(["Type of report", "Written by", "Date received"])  # our own
    assert not is_header_row(["Medical advice", "Dr Orr, Community Paediatrician", "10.03.2026"])
    assert not is_header_row(["Parent's views", "Ola (mum)", "10.06.2026"])


@pytest.mark.parametrize("need", [
    "She has a mild conductive hearing loss (glue ear) in both ears and wears glasses for long sight.",  # set E
    "Tomas had grommets fitted last year for glue ear; his hearing is now checked once a year.",  # own
])
def test_a_mild_or_glue_ear_hearing_loss_does_not_need_the_teacher_of_the_deaf(tmp_path, need):
    res = run(plan_of(tmp_path, _K_HEAD.format(b=need) + _K_ALL), "CA-STATUTORY-ADVICE")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("need", [
    "Tomas has a moderate sensorineural hearing loss and wears two hearing aids.",
    "She has a mild hearing loss and uses hearing aids in class.",
])
def test_a_lasting_hearing_loss_still_needs_the_teacher_of_the_deaf(tmp_path, need):
    res = run(plan_of(tmp_path, _K_HEAD.format(b=need) + _K_ALL), "CA-STATUTORY-ADVICE")
    assert flagged(res) and any("teacher of the deaf" in f.message for f in res.findings), why(res)


@pytest.mark.parametrize("k_line", [
    "- Habilitation advice – Mr I. Rowe, Habilitation Specialist, Sensory Support Service, 2 March 2026\n",  # set E
    "- Mobility advice – Ms Kerr, Mobility Officer, Sensory Support Service, 4 March 2026\n",  # own
])
def test_a_habilitation_or_mobility_specialist_is_not_the_qualified_teacher_of_vi(tmp_path, k_line):
    b = "Leo has cerebral visual impairment (CVI), reduced acuity and a lower visual field loss."
    res = run(plan_of(tmp_path, _K_HEAD.format(b=b) + _K_ALL + k_line), "CA-STATUTORY-ADVICE")
    assert flagged(res) and any("visually impaired" in f.message for f in res.findings), why(res)
    teacher = "- Vision advice – Ms Ford, Qualified Teacher of the Visually Impaired, Sensory Support Service, 4 March 2026\n"
    assert not flagged(run(plan_of(tmp_path, _K_HEAD.format(b=b) + _K_ALL + k_line + teacher), "CA-STATUTORY-ADVICE"))


@pytest.mark.parametrize("c_text", [
    "Not known at this time - awaiting report from the community paediatrician.",  # set E
    "Not known yet – waiting for the paediatric assessment.",  # own
    "Awaiting the community paediatrician's report.",  # own
])
def test_not_known_awaiting_a_report_is_not_a_description_of_health_needs(tmp_path, c_text):
    text = ("Date of issue: 2 June 2026\n\n# Section B: Special educational needs\n\nAmir finds reading hard.\n\n"
            f"# Section C: Health needs\n\n{c_text}\n\n# Section K: Advice and information\n\n" + _K_ALL)
    res = run(plan_of(tmp_path, text), "HC-NEEDS")
    assert flagged(res), why(res)


_G_PLAN = ("Date of issue: 2 June 2026\n\n# Section C: Health needs\n\n{c}\n\n"
           "# Section G: Health provision\n\n- {g}\n\n# Section K: Advice and information\n\n{k}")


def test_a_social_care_team_named_for_a_condition_is_not_that_health_service(tmp_path):
    """Set E: G is from the community learning disability nurse; K's only "learning disability"
    line is a social worker of the Adult Learning Disability Team (Care Act assessment)."""
    k = (_K_ALL + "\n| Advice | Date | Who from |\n|---|---|---|\n"
         "| Social care | 29.05.2026 | Ms Baptiste, Social Worker, Adult Learning Disability Team (Care Act assessment) |\n")
    text = _G_PLAN.format(c="Sam has a learning disability and epilepsy.",
                          g="Community learning disability nurse, Adult Learning Disability Health Team: a health "
                            "action plan reviewed with Sam every 6 months (1 hour).", k=k)
    res = run(plan_of(tmp_path, text), "HC-ADVICE-PROVIDERS")
    assert flagged(res), why(res)
    k2 = k + "\n- Nursing advice – Mr Dale, Learning Disability Nurse, 2 April 2026\n"
    assert not flagged(run(plan_of(tmp_path, text.replace(k, k2)), "HC-ADVICE-PROVIDERS"))


@pytest.mark.parametrize("g", [
    "Ear, nose and throat (ENT) team and audiology to follow up Alfie's grommets and hearing as needed (NHS).",  # set E
    "ENT / audiology clinic to review Mia's hearing and ear tubes every 6 months (30 minutes).",  # own
])
def test_a_jointly_delivered_item_is_covered_by_either_services_advice(tmp_path, g):
    k = _K_ALL + "- Audiology report – Paediatric audiology, Hartsdale Hospital, 12 May 2026\n"
    text = _G_PLAN.format(c="Alfie had grommets fitted for glue ear.", g=g, k=k)
    res = run(plan_of(tmp_path, text), "HC-ADVICE-PROVIDERS")
    assert not flagged(res), why(res)


# -- language: acronyms and spelling -------------------------------------------------------------

_FILL = ("Maisie enjoys music, cooking with her grandad and looking after the class guinea pigs. "
         "She likes to know what is happening next and copes well when an adult explains changes "
         "to her day in good time. ") * 30


def _lang(tmp_path, b: str) -> dict:
    text = ("Reference: LG-R2\n# Section A: Views, interests and aspirations\n" + _FILL +
            "\n# Section B: Special educational needs\n" + b + "\n")
    p = tmp_path / "plan.md"
    p.write_text(text, encoding="utf-8")
    res = score_plan(read_plan(p), RUBRIC, AS_OF, areas={"language"}, cache={})
    return {c.id: c for c in res.criteria}


def _unexplained(crit) -> list[str]:
    return [f.message for f in crit.findings if f.kind != "evidence" and "not explained" in f.message]


@pytest.mark.parametrize("sentence, key", [
    ("Picture exchange (PECS) at snack time and play, teaching Noah to hand over a picture to request.", "PECS"),  # set E
    ("Her difficulties are not explained by learning English as an additional language (EAL).", "EAL"),  # set E
    ("He uses a voice output communication aid (VOCA) and a core vocabulary board at lunch.", "VOCA"),  # own
    ("He has received SEN support at St Anne's since Year 2.", "SEN"),  # set E
    ("Ms Reid, SEND Case Officer, will arrange the review meeting with the family.", "SEND"),  # own
])
def test_acronyms_an_auditor_accepts_as_explained(tmp_path, sentence, key):
    crit = _lang(tmp_path, sentence)["LG-JARGON"]
    assert not any(f"'{key}'" in m for m in _unexplained(crit)), _unexplained(crit)


def test_an_unexplained_acronym_is_still_reported(tmp_path):
    crit = _lang(tmp_path, "Noah uses PECS at snack time. He has SEN and a SEND plan.")["LG-JARGON"]
    assert any("'PECS'" in m for m in _unexplained(crit)), _unexplained(crit)


@pytest.fixture(scope="module")
def harper():
    return get_engine()


@pytest.mark.parametrize("text", [
    "Isla's phonic knowledge has gaps, particularly sounds that are hard to hear (s, f, th).",  # set E
    "He still confuses the letters b and d when writing, and the sounds sh, ch and th.",  # own
    "All printed materials enlarged to 24 point on matt paper, or sent electronically before the lesson.",  # set E
    "Worksheets are printed by reprographics on a matt finish to cut glare.",  # own
])
def test_letters_as_sounds_and_matt_are_not_misspellings(harper, text):
    assert [i.text for i in harper.check(text) if i.kind == "spelling"] == []


def test_a_real_misspelling_beside_a_letter_list_is_still_found(harper):
    hits = [i.text for i in harper.check("He is lerning the sounds s, f and th.") if i.kind == "spelling"]
    assert "lerning" in hits


@pytest.mark.parametrize("therapy", [
    "- Speech and language therapy advice – Ms Eleri Jenkins, speech and language therapist, 22 April 2026\n",  # set E
    "- Occupational therapy report – Mr Banks, Occupational Therapist, 3 March 2026\n"
    "- Physiotherapy advice – Ms Lee, Paediatric Physiotherapist, 4 March 2026\n",  # own
])
def test_therapy_reports_alone_are_not_the_medical_advice(tmp_path, therapy):
    k = _K_ALL.replace("- Medical advice – Dr Orr, Community Paediatrician, 10 March 2026\n", "") + therapy
    plan = plan_of(tmp_path, _K_HEAD.format(b="Amir finds reading hard.") + k)
    for cid in ("HC-ADVICE", "CA-STATUTORY-ADVICE"):
        res = run(plan, cid)
        assert flagged(res) and any("only therapy" in f.message for f in res.findings), (cid, why(res))
    plan = plan_of(tmp_path, _K_HEAD.format(b="Amir finds reading hard.") + _K_ALL + therapy)
    assert not flagged(run(plan, "HC-ADVICE")) and not flagged(run(plan, "CA-STATUTORY-ADVICE"))


def test_short_acronyms_count_as_the_letters_a_reader_says():
    """Set E: Section E outcomes in clinical shorthand ("SLT probes", "ALS-observed") scored as
    fairly easy because "SLT" counted as one syllable."""
    from ehcaudit.language.readability import spelled_out_extra as _spelled_out_extra
    assert _spelled_out_extra("K will respond in 4 of 5 ALS-observed sessions across 3 SLT probes.") >= 4  # set E
    assert _spelled_out_extra("The OT and the SALT team will see her each half term.") >= 1  # own: OT is 2
    assert _spelled_out_extra("Her CAMHS worker and her SALT meet each term.") == 0  # said as words
    assert _spelled_out_extra("She will read a short story to her class.") == 0
