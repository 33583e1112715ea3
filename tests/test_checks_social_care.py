"""Social care checks (D, H1/H2, K, statutory status) on plans built in code, incl. D–H1–H2–E rows."""

from __future__ import annotations

import datetime as dt

import pytest
from care_builder import D, build
from packaged_rubric import RUBRIC

from ehcaudit.model import FrontMatter
from ehcaudit.rubric.engine import run_criterion

AS_OF = dt.date(2026, 6, 30)
#: Social care advice in K: with it, a looked-after status and a social worker's contribution
#: in D (no provision in H) is Good; without it and without H provision it is red (issue 14).
SC_ADVICE = [("social_care", "Social care advice", "Ms Okoro, Social Worker", dt.date(2026, 3, 1))]
SOURCED_NONE = ("Following a social care assessment by the Children with Disabilities Team (March 2026), there "
                "are no social care needs.")


def run(cid, plan):
    return run_criterion(plan, RUBRIC, RUBRIC.criterion(cid), AS_OF, cache={})


def issues(res):
    return [f for f in res.findings if f.kind == "issue"]


def evidence(res):
    return [f for f in res.findings if f.kind == "evidence"]


# -- SC-NEEDS -------------------------------------------------------------------------------------

def test_sc_needs_none_with_source_is_outstanding():
    res = run("SC-NEEDS", build({"D": [SOURCED_NONE]}))
    assert res.level == 4 and "Children with Disabilities Team" in evidence(res)[0].quote


@pytest.mark.parametrize("text", ["There are no social care needs.", "None", "Sam is not known to social care."])
def test_sc_needs_none_without_source_is_amber(text):
    res = run("SC-NEEDS", build({"D": [text]}))
    assert res.level == 2 and issues(res)[0].quote == text


@pytest.mark.parametrize("text", ["Not known", "", "TBC", "{{ social_care_needs }}"])
def test_sc_needs_blank_is_red(text):
    res = run("SC-NEEDS", build({"D": [text] if text else []}))
    assert res.level == 1 and issues(res)


def test_sc_needs_described_in_thread_row():
    plan = build(threads=[("DHHE", "Jade needs support with all personal care and her parents need breaks from caring.",
                           ["Two overnight short breaks a month at Rainbow House.", ""], "Jade enjoys time away.")])
    res = run("SC-NEEDS", plan)
    assert res.level == 4 and evidence(res)[0].location == "Section D, table row 1"


# -- SC-STATUTORY-LINK ----------------------------------------------------------------------------

def test_statutory_link_na_without_status():
    res = run("SC-STATUTORY-LINK", build({"D": [SOURCED_NONE]},
                                         front_lines=["Currently a looked after child: No",
                                                      "Has been a looked after child: Yes"]))
    assert res.applicable is False and res.level is None
    assert res.findings[0].kind == "evidence" and "no looked-after" in res.findings[0].message


def test_statutory_link_negated_mentions_do_not_count():
    res = run("SC-STATUTORY-LINK", build({"D": ["Sam is not a looked after child and there is no child protection "
                                                "plan.", "Sam was previously on a child in need plan."]}))
    assert res.applicable is False


def test_statutory_link_lac_in_both_d_and_h():
    plan = build({"D": ["Jade is a looked after child (CLA) living with foster carers. Her care plan sets out contact "
                        "with her birth family."],
                  "H2": ["- Jade's social worker will attend each termly PEP meeting with the virtual school."]})
    res = run("SC-STATUTORY-LINK", plan)
    assert res.level == 4
    assert {f.section for f in evidence(res)} >= {"D", "H2"}


def test_statutory_link_cp_without_trace_is_red():
    plan = build({"D": ["Sam needs support to manage his behaviour at home."], "H1": ["None"]},
                 front_lines=["Child protection plan: Yes"])
    res = run("SC-STATUTORY-LINK", plan)
    assert res.level == 1 and issues(res)[0].quote == "Child protection plan: Yes"


def test_statutory_link_from_front_fields_only():
    plan = build({"D": ["Sam's social worker, Ms Okoro, contributed to this plan."]},
                 front=FrontMatter(fields={"Currently a looked after child": "Yes"}), advice=SC_ADVICE)
    res = run("SC-STATUTORY-LINK", plan)
    assert res.level == 3  # D shows the link, H does not
    assert res.findings[0].location == "Front matter" and res.findings[0].block_id is None


def test_statutory_link_reads_thread_rows():
    plan = build({"A": ["Jade has a child in need plan."]},
                 threads=[("DHHE", "Jade needs support with personal care.",
                           ["", "Her social worker will review the CIN plan with school every 6 weeks."],
                           "Jade is safe and settled.")])
    res = run("SC-STATUTORY-LINK", plan)
    assert res.level == 3 and any(f.section == "H2" for f in evidence(res))


# -- SC-PROVISION-SPECIFIC ------------------------------------------------------------------------

def test_sc_provision_quantified():
    plan = build({"H1": ["- Two overnight short breaks a month at Rainbow House.",
                         "- 6 hours a week of personal care at home from a personal assistant."]})
    res = run("SC-PROVISION-SPECIFIC", plan)
    assert res.level == 4 and len(evidence(res)) == 2


def test_sc_provision_unquantified_names_the_vague_phrase():
    res = run("SC-PROVISION-SPECIFIC", build({"H1": ["- Short breaks as required."]}))
    assert res.level == 1 and "only 'as required'" in issues(res)[0].message


def test_sc_provision_thread_row_h1_and_h2_cells():
    plan = build(threads=[("DHHE", "Jade's family need breaks from caring.",
                           ["Two overnight short breaks a month at Rainbow House.",
                            "A family support worker visits once a fortnight."], "Jade enjoys time away.")])
    res = run("SC-PROVISION-SPECIFIC", plan)
    assert res.level == 4


def test_sc_provision_none_considered_vs_not():
    considered = run("SC-PROVISION-SPECIFIC", build({"D": [SOURCED_NONE],
                                                    "H1": ["None. The family were signposted to early help."]}))
    assert considered.level == 3 and "early help" in evidence(considered)[0].quote
    bare = run("SC-PROVISION-SPECIFIC", build({"D": [SOURCED_NONE], "H1": ["None"], "H2": ["N/A"]}))
    assert bare.level == 2
    missing = run("SC-PROVISION-SPECIFIC", build({"D": ["Not known"]}))
    assert missing.level == 1 and issues(missing)


# -- SC-ADVICE -------------------------------------------------------------------------------------

def test_sc_advice_levels():
    issued = FrontMatter(date_issued=D(2026, 3, 12))
    good = run("SC-ADVICE", build(advice=[("social_care", "Social care advice", "Jo Evans, Social Worker",
                                           D(2026, 2, 5))], front=issued))
    assert good.level == 4
    older = run("SC-ADVICE", build(advice=[("social_care", "Social care advice", "Jo Evans, Social Worker", D(2025, 1, 5))],
                                   front=issued))
    assert older.level == 3 and "older than 12 months" in issues(older)[0].message
    none = run("SC-ADVICE", build(advice=[("health", "Medical advice", "Dr Shah", D(2026, 2, 5))], front=issued))
    assert none.level == 1 and "no social care advice" in issues(none)[0].message


# -- SC-RIGHT-SECTION ------------------------------------------------------------------------------

def test_right_section_care_in_g_and_f():
    plan = build({"F": ["- A teaching assistant will support Jade in class for 25 hours a week."],
                  "G": ["- Respite care one weekend a month at Rainbow House."],
                  "H1": ["- Two overnight short breaks a month at Rainbow House."]})
    res = run("SC-RIGHT-SECTION", plan)
    assert res.level == 2 and issues(res)[0].section == "G" and "Respite" in issues(res)[0].quote


def test_right_section_education_in_h_thread_row():
    plan = build(threads=[("DHHE", "Jade needs help to read.",
                           ["", "Speech and language therapy in school, 30 minutes a week."], "Jade reads.")])
    res = run("SC-RIGHT-SECTION", plan)
    assert res.level == 2 and "Speech and language therapy" in issues(res)[0].quote


def test_right_section_personal_care_in_school_is_not_flagged():
    plan = build({"F": ["- Support with personal care in school from a trained adult, 3 times a day."],
                  "H1": ["- 6 hours a week of personal care at home from a personal assistant."]})
    res = run("SC-RIGHT-SECTION", plan)
    assert res.level == 4


def test_right_section_see_section_f():
    res = run("SC-RIGHT-SECTION", build({"H2": ["As Section F."]}))
    assert res.level == 2 and issues(res)[0].quote == "As Section F."


def test_right_section_na():
    assert run("SC-RIGHT-SECTION", build({"H1": ["None"]})).applicable is False


# -- national template front matter and strengths ----------------------------------------------

def test_template_question_labels_are_not_a_status():
    plan = build({"D": [SOURCED_NONE]}, front_lines=["Currently a looked after child?", "{{ currently_a_looked_after_child }}"],
                 front=FrontMatter(fields={"Currently a looked after child?": "{{ currently_a_looked_after_child }}"}))
    assert run("SC-STATUTORY-LINK", plan).applicable is False


def test_template_question_label_answered_yes_is_a_status():
    plan = build({"D": ["Jade lives with foster carers; her social worker contributed to this plan."]},
                 front=FrontMatter(fields={"Currently a looked after child?": "Yes"}), advice=SC_ADVICE)
    res = run("SC-STATUTORY-LINK", plan)
    assert res.applicable and res.level == 3 and res.findings[0].quote == "Currently a looked after child?: Yes"


def test_strengths_cell_is_not_a_need():
    from ehcaudit.model import Block

    plan = build(threads=[("DHHE", "{{ social_care_need_1 }}", ["", ""], "{{ outcome }}")])
    b = Block(id=len(plan.blocks), kind="table_cell", text="Jade is a sociable girl who loves swimming with her family.",
              section="D", location="Section D/H1/H2/E table, Strengths", box="Strengths")
    plan.blocks.append(b)
    plan.sections["D"].block_ids.append(b.id)
    res = run("SC-NEEDS", plan)
    assert res.level == 1 and all("swimming" not in f.quote for f in res.findings)


def test_classroom_breaks_and_respite_are_not_social_care():
    plan = build({"F": ["- Jade will have short breaks between tasks, 3 times a lesson, with a teaching assistant.",
                        "- A quiet room for respite from the classroom for 10 minutes after lunch each day."],
                  "H1": ["- Two overnight short breaks a month at Rainbow House."]})
    res = run("SC-RIGHT-SECTION", plan)
    assert res.level == 4, [(f.message, f.quote) for f in res.findings]


@pytest.mark.parametrize("text", ["- Short breaks at Rainbow House, two nights a month.",
                                  "- Respite care one weekend a month.",
                                  "- Overnight short breaks with a short break carer."])
def test_social_care_short_breaks_in_f_are_flagged(text):
    res = run("SC-RIGHT-SECTION", build({"F": [text]}))
    assert res.level == 2 and issues(res)[0].section == "F"


def test_one_off_provision_with_a_deadline_is_quantified():
    res = run("SC-PROVISION-SPECIFIC", build({"H1": [
        "- Adaptations to the family bathroom (level-access shower), to be completed by September 2026."]}))
    assert res.level == 4


def test_social_care_advice_without_a_role_is_noted():
    res = run("SC-ADVICE", build(advice=[("social_care", "Social care advice", "Jo Evans", D(2026, 2, 5))],
                                 front=FrontMatter(date_issued=D(2026, 3, 12))))
    assert res.level == 3 and "right professional" in issues(res)[0].message


# -- robustness: any text, any layout -------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

CARE_IDS = [c.id for c in RUBRIC.criteria if c.area in ("health", "social_care")]
WORDS = st.sampled_from(["None", "N/A", "{{ x }}", "short breaks", "see Section F", "CP plan", "not",
                         "looked after", "epilepsy", "weekly", "30 minutes", "social worker", "DCO", "agreed",
                         "Dr A Patel", "12/03/2026", "physiotherapist", "speech and language therapy", ":",
                         "?", "|", "(", "no health needs", "", "é", "\u00a0"])
TEXT = st.lists(WORDS, max_size=8).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(c=st.lists(TEXT, max_size=3), g=st.lists(TEXT, max_size=3), d=st.lists(TEXT, max_size=3),
       h=st.lists(TEXT, max_size=3), row=st.tuples(TEXT, TEXT, TEXT))
def test_any_text_gives_a_judgement_with_findings(c, g, d, h, row):
    plan = build({"C": c, "G": g, "D": d, "H1": h},
                 threads=[("CGE", row[0] or "x", row[1], "o"), ("DHHE", row[0] or "x", [row[1], row[2]], "o")])
    for cid in CARE_IDS:
        res = run(cid, plan)
        assert res.findings, cid
        if res.applicable:
            assert 1 <= res.level <= 4, cid
            if res.level >= 3:
                assert any(f.kind == "evidence" and f.quote for f in res.findings), (cid, res.findings)
            else:
                assert any(f.kind == "issue" for f in res.findings), (cid, res.findings)
        else:
            assert res.level is None, cid


def test_senco_liaison_in_h_is_not_educational_provision():
    res = run("SC-RIGHT-SECTION", build({"H2": [
        "- The social worker will meet the SENCO and Jade's parents every 6 weeks to review the CIN plan."]}))
    assert res.level == 4


def test_child_in_need_without_the_word_plan():
    plan = build({"D": ["Sam is a child in need under section 17 of the Children Act 1989; his social worker "
                        "contributed to this plan."],
                  "H2": ["- The family support worker visits once a week for 2 hours, as agreed at the CIN review."]})
    res = run("SC-STATUTORY-LINK", plan)
    assert res.level == 4
