"""Validity classes for the person-centred criteria (round 3, set F): each class an auditor applies,
shown by a sentence written for this test and by set F's own sentence (plan named).

PC-SMART reads an outcome with its title and its steps; titles, notes about all the outcomes and
provision written under a combined E/F table are no outcomes; PC-OUTCOME-NOT-PROVISION knows an offer
the young person wins; PC-VOICE finds the family's view through a named carer or "they"; PC-STRENGTHS
reads a one-page profile's "What people like about me"; PC-ASPIRATION-LINK skips deferrals and
measuring words.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from validity_helpers import flagged, run, why

from ehcaudit.model import SECTION_CODES, Block, FrontMatter, Plan, Section
from ehcaudit.reader import read_plan

SET_F = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets" / "F" / "plans"


def plan_of(rows: list[tuple], *, front: FrontMatter | None = None, e_heading: str = "Section E") -> Plan:
    """A plan from (section, kind, text, subsection, table) rows in document order."""
    blocks: list[Block] = []
    secs = {c: Section(code=c, title=c) for c in SECTION_CODES}
    for code in dict.fromkeys(r[0] for r in rows):
        secs[code].found = True
        secs[code].heading = e_heading if code == "E" else f"Section {code}"
    for i, (code, kind, text, sub, table) in enumerate(rows):
        loc = (f"Section E/F table, row {i}, column 'Outcome'" if table is not None and e_heading != "Section E"
               else f"Section {code}, {kind} {i}")
        b = Block(id=i, kind=kind, text=text, section=code, subsection=sub, location=loc, table=table,
                  row=i if table is not None else None, col=0 if table is not None else None)
        blocks.append(b)
        secs[code].block_ids.append(i)
    return Plan(plan_id="T", source="t.md", sha256="0" * 64, format="md", front=front or FrontMatter(),
                blocks=blocks, sections=secs)


def e_lines(*lines: str | tuple[str, str | None]) -> Plan:
    """Section E paragraphs; a (text, subsection) pair sets the sub-heading the reader gave it."""
    rows = [("E", "paragraph", *(ln if isinstance(ln, tuple) else (ln, None)), None) for ln in lines]
    return plan_of(rows)


def f_plan(name: str) -> Plan:
    return read_plan(SET_F / name)


# -- PC-SMART: a medium-term outcome is dated by its title and measured by its steps --------------

def test_smart_outcome_measured_by_its_steps_and_dated_by_its_title():
    plan = e_lines(
        "Medium-term outcome (by the end of Key Stage 2, July 2029)",
        "Priya will take a full part in swimming lessons and change for them without help from an adult.",
        "Steps",
        "By March 2027, Priya will swim 10 metres with a float on 3 lessons running, noted by her swimming teacher.",
        "By July 2027, Priya will put on her costume and towel within 10 minutes on 4 out of 5 swimming days.")
    assert not flagged(run(plan, "PC-SMART")), why(run(plan, "PC-SMART"))


def test_smart_outcome_whose_steps_measure_nothing_is_still_flagged():
    plan = e_lines(
        "Medium-term outcome (by July 2029)",
        "Priya will take a full part in swimming lessons and enjoy the water with her class.",
        "Steps",
        "Priya will feel more confident in the pool and happier about swimming.")
    assert flagged(run(plan, "PC-SMART"))


def test_smart_set_f_steps_under_subheadings_f204():
    res = run(f_plan("f204.docx"), "PC-SMART")
    assert not flagged(res), why(res)


def test_smart_set_f_title_rows_in_a_table_f205_f206_f207():
    for name in ("f205.docx", "f206.docx", "f207.docx"):
        res = run(f_plan(name), "PC-SMART")
        assert not flagged(res), (name, why(res))


# -- PC-SMART: a title line is no outcome, and its date is the outcome's ---------------------------

@pytest.mark.parametrize("title", [
    "Outcome 3 - Communication and friendships (by the end of Year 9, July 2027)",
    "Long-term outcome: independent living and travel (by the end of his college course, July 2028)",
    "End of Key Stage 4 outcome: education and employment (by the end of Year 11, July 2028)",
])
def test_smart_outcome_title_line_dates_the_outcome_and_is_not_one(title):
    plan = e_lines(title, "Sami will travel by bus from home to college on his own on 4 days out of 5, "
                          "recorded in his travel diary.")
    res = run(plan, "PC-SMART")
    assert not flagged(res), why(res)
    assert not any(q == title for k, _, q in why(res) if k == "issue")


def test_smart_set_f_title_lines_f208_f209_f211():
    for name in ("f208.docx", "f209.docx", "f211.docx"):
        res = run(f_plan(name), "PC-SMART")
        assert not flagged(res), (name, why(res))


def test_smart_an_undated_outcome_with_no_title_is_still_flagged():
    plan = e_lines("Sami will travel by bus from home to college on his own on 4 days out of 5.")
    assert flagged(run(plan, "PC-SMART"))


# -- PC-SMART: an outcome written as provision with provision steps is no measured outcome -----------

def test_smart_outcome_and_steps_all_provision_are_flagged():
    plan = e_lines(
        ("By July 2027, Noor will read a simple book aloud with 90% accuracy on the school's reading tracker.",
         "E1 Medium-term outcome (by July 2027)"),
        ("Noor has a teaching assistant in every maths lesson.", "E2 Medium-term outcome (by July 2027)"),
        ("Noor will receive support to finish her written work.", "Steps"))
    res = run(plan, "PC-SMART")
    assert flagged(res)
    assert any("describe provision" in m for k, m, _ in why(res) if k == "issue")


def test_smart_set_f_provision_outcome_and_step_f203():
    assert flagged(run(f_plan("f203.docx"), "PC-SMART"))


# -- PC-SMART / PC-OUTCOME-NOT-PROVISION: provision under a combined E/F table ------------------------

def ef_plan(*after: str) -> Plan:
    rows = [("E", "paragraph", "Outcomes are set out under the preparing-for-adulthood headings.", None, None),
            ("E", "table_cell", "By July 2027, Dev will order his own lunch in the canteen on 4 days out of 5, "
                                "recorded by his key adult.", "Independent living", 3)]
    rows += [("E", "list_item", t, None, None) for t in after]
    return plan_of(rows, front=FrontMatter(known_as="Dev"), e_heading="Sections E and F - Outcomes and provision")


def test_provision_lines_under_a_combined_ef_table_are_not_outcomes():
    plan = ef_plan("The speech and language therapist will give staff a 2-hour training session each autumn term.",
                   "Specialist seating in every classroom, checked weekly by the site team.")
    for cid in ("PC-SMART", "PC-OUTCOME-NOT-PROVISION"):
        res = run(plan, cid)
        assert not flagged(res), (cid, why(res))


def test_an_outcome_about_the_child_under_the_table_is_still_read():
    plan = ef_plan("Dev will feel happier at lunchtime.")
    assert flagged(run(plan, "PC-SMART"))


def test_set_f_provision_after_the_ef_table_f105_f106_f107():
    for name in ("f105.docx", "f106.docx", "f107.docx"):
        res = run(f_plan(name), "PC-SMART")
        assert not flagged(res), (name, why(res))
    assert not flagged(run(f_plan("f106.docx"), "PC-OUTCOME-NOT-PROVISION"))


# -- PC-SMART: "(as above)" takes the measure from where it was written ------------------------------

def test_smart_as_above_outcome_is_measured_where_first_written():
    plan = e_lines(
        "By July 2027, Ruby will climb the stairs to her classroom holding the rail on 5 days out of 5, "
        "recorded by her teaching assistant.",
        "By July 2027, Ruby will climb the stairs to her classroom holding the rail (as above).")
    assert not flagged(run(plan, "PC-SMART"))


def test_smart_set_f_as_above_f109():
    assert not flagged(run(f_plan("f109.docx"), "PC-SMART"))


# -- PC-OUTCOME-NOT-PROVISION: an offer the young person wins is an achievement ------------------------

@pytest.mark.parametrize("outcome", [
    "By June 2027, Callum will complete his apprenticeship application and receive an offer of a place "
    "with a local garage.",
    "Mia will gain her Level 3 Extended Diploma in Art and Design and receive an offer of a place on an "
    "illustration degree.",  # set F, f212
])
def test_receiving_an_offer_of_a_place_is_an_achievement(outcome):
    res = run(e_lines(outcome), "PC-OUTCOME-NOT-PROVISION")
    assert not flagged(res), why(res)


def test_having_a_place_given_is_still_provision():
    res = run(e_lines("By September 2027, Callum will have a place at the specialist resource base."),
              "PC-OUTCOME-NOT-PROVISION")
    assert flagged(res)


# -- PC-VOICE: the family's view through a named carer, or "they" after the family ------------------

CHILD_VIEW = '"I like drawing and my dog. I want to be an artist."'


def a_plan(*texts: str, front: FrontMatter | None = None) -> Plan:
    return plan_of([("A", "paragraph", t, None, None) for t in texts], front=front)


def test_voice_family_named_in_the_history():
    plan = a_plan("Maisie has lived with her grandmother Pat since 2021.", CHILD_VIEW,
                  "Pat says Maisie is thoughtful and wants her to feel settled at her new school.")
    assert not flagged(run(plan, "PC-VOICE")), why(run(plan, "PC-VOICE"))


def test_voice_family_named_in_the_front_matter():
    front = FrontMatter(fields={"Main contact: Parent or carer 1": "Dawn", "Relationship": "Mum"})
    plan = a_plan(CHILD_VIEW, "Dawn feels that Maisie is much calmer since moving to the small class.", front=front)
    assert not flagged(run(plan, "PC-VOICE"))


def test_voice_they_after_the_family_as_subject():
    plan = a_plan(CHILD_VIEW, "Maisie's parents run a market stall and work long hours.",
                  "They say she is funny, loving and very determined.")
    assert not flagged(run(plan, "PC-VOICE"))


def test_voice_no_family_view_is_still_flagged():
    plan = a_plan(CHILD_VIEW, "Maisie enjoys art and gymnastics.", "She says she likes her teacher.")
    res = run(plan, "PC-VOICE")
    assert flagged(res)
    assert any("family" in m for k, m, _ in why(res) if k == "issue")


def test_voice_set_f_f110_f112_f207():
    for name in ("f110.docx", "f112.docx", "f207.docx"):
        res = run(f_plan(name), "PC-VOICE")
        assert not flagged(res), (name, why(res))


# -- PC-STRENGTHS: a one-page profile's "What people like and admire about me" ------------------------

def test_strengths_one_page_profile_heading():
    rows = [("A", "list_item", "Tom is patient with younger children and a keen gardener.",
             "What others appreciate about Tom", None),
            ("A", "list_item", "He is a reliable friend.", "What others appreciate about Tom", None),
            ("B", "paragraph", "Tom finds it hard to follow long spoken instructions.", "Cognition and learning", None)]
    res = run(plan_of(rows), "PC-STRENGTHS")
    assert not flagged(res), why(res)


def test_strengths_set_f_f107():
    assert not flagged(run(f_plan("f107.docx"), "PC-STRENGTHS"))


# -- PC-ASPIRATION-LINK: a deferral is no aspiration; measuring words are no link --------------------

@pytest.mark.parametrize("deferral", ["To be discussed at the next review.", "Not yet known - to be gathered in Year 9."])
def test_aspiration_link_deferral_is_no_aspiration(deferral):
    rows = [("A", "paragraph", deferral, "Aspirations", None),
            ("E", "paragraph", "By July 2027, Amir will add up coins to £5 correctly in 4 out of 5 shop role-plays, "
                               "recorded at the next maths review.", None, None)]
    res = run(plan_of(rows), "PC-ASPIRATION-LINK")
    assert not any(deferral in (f.quote or "") and "reflected" in f.message for f in res.findings), why(res)


def test_aspiration_link_measuring_word_is_no_link():
    rows = [("A", "paragraph", '"I want to be a DJ and record my own music."', "Aspirations", None),
            ("E", "paragraph", "By July 2027, Lara will spell 20 common words correctly (spelling record).", None, None)]
    res = run(plan_of(rows), "PC-ASPIRATION-LINK")
    assert flagged(res), why(res)


def test_a_label_followed_by_an_outcome_is_an_outcome_not_a_title():
    from ehcaudit.checks._outcomes import is_outcome, is_outcome_title

    for line in ("Aim: to read 50 common words by July 2027 with 90% accuracy",
                 "Outcome 1: Jo will make a hot drink safely on her own by July 2027"):
        assert not is_outcome_title(line) and is_outcome(line), line
    assert is_outcome_title("Medium-term outcome: employment and education (by the end of his course, July 2027)")


def test_the_childs_name_from_the_front_matter_keeps_an_outcome_under_the_ef_table():
    rows = [("E", "table_cell", "By July 2027, Dev will order his own lunch on 4 days out of 5, recorded by his key "
                                "adult.", "Independent living", 3),
            ("E", "list_item", "By July 2027, Dev will feel happier at lunchtime.", None, None)]
    plan = plan_of(rows, front=FrontMatter(fields={"Name": "Dev"}), e_heading="Sections E and F")
    assert flagged(run(plan, "PC-SMART"))
