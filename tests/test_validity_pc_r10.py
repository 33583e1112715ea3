"""Person-centred criteria, round 10: the classes behind sets K and L's remaining false alarms.

Each class: a new sentence in our own words and the set's sentence (exact wording), run through
the packaged rubric's criterion.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_validity_person_centred_g import build, table
from validity_helpers import flagged, run, why

from ehcaudit.model import Plan
from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"


def set_plan(s: str, name: str) -> Plan:
    return read_plan(SETS / s / "plans" / name)


# -- PC-SMART: a birthday or an age as the deadline; a check named at a set occasion ---------------

@pytest.mark.parametrize("outcome", [
    # ours
    "Before she turns 18, Leah will be able to say which adult team to ring, confirmed at her last "
    "paediatric clinic appointment.",
    "By her 16th birthday, Leah will book her own dental appointment, checked at her annual review meeting.",
    # set L, l105
    "By his 18th birthday, Ellis will be able to say who to contact in the adult implant team, confirmed at "
    "the transition appointment.",
])
def test_smart_birthday_deadline_and_check_at_an_occasion(outcome):
    res = run(table(["Outcome"], [outcome]), "PC-SMART")
    assert not flagged(res), why(res)


def test_smart_birthday_alone_is_not_a_measure():
    res = run(table(["Outcome"], ["By her 18th birthday, Leah will feel more confident about adult services."]),
              "PC-SMART")
    assert flagged(res), why(res)


# -- PC-SMART: item by item ("each of her ...") and an act done by the date ------------------------

@pytest.mark.parametrize("outcome", [
    # ours
    "By June 2027, Leah will name the person she goes to for each of her subjects.",
    "By March 2027, Leah will have visited two sixth-form colleges and will have chosen her course.",
    # set K, k106
    "By October 2026, Lowenna will have her written health transition plan and will be able to say who to "
    "contact for each of her health needs.",
    "By September 2026, Lowenna will know what adult care and support she will have from October 2026 and "
    "will have chosen how it is delivered.",
])
def test_smart_each_item_and_future_perfect_act(outcome):
    res = run(table(["Outcome"], [outcome]), "PC-SMART")
    assert not flagged(res), why(res)


def test_smart_future_perfect_of_growth_is_not_a_measure():
    res = run(table(["Outcome"], ["By July 2027, Leah will have improved her confidence with new people."]),
              "PC-SMART")
    assert flagged(res), why(res)


# -- PC-SMART: a labelled long-term outcome is measured by the targets written under it --------------

def test_smart_long_term_outcome_measured_by_its_targets():
    plan = table(["Outcome"],
                 ["Independence\nLong-term outcome (end of Key Stage 4): By July 2029, Leah will travel to "
                  "college and feel safe doing it."],
                 ["By March 2027, Leah will walk to the bus stop with an adult following at a distance on 4 out "
                  "of 5 days, recorded by her keyworker."],
                 ["Friends\nLong-term outcome (end of Key Stage 4): By July 2029, Leah will feel part of a "
                  "group of friends."])
    res = run(plan, "PC-SMART")
    quotes = [q or "" for k, _, q in why(res) if k == "issue"]
    # the first long-term outcome has a measured target under it; the second has none
    assert not any("travel to college" in q for q in quotes), why(res)
    assert flagged(res), why(res)


def test_smart_set_l_l112():
    res = run(set_plan("L", "l112.docx"), "PC-SMART")
    assert not flagged(res), why(res)


# -- PC-OUTCOME-NOT-PROVISION: the provision line over a combined E/F table --------------------------

def _combined(preamble: str, outcome: str) -> Plan:
    p = build([("E", preamble, None, None), ("E", "Outcome", None, (0, 1, 1)), ("E", outcome, None, (0, 2, 1))])
    p.sections["E"].heading = "Sections E and F: Outcomes and provision"
    return p


def test_onp_undated_provision_over_a_combined_table_is_section_f():
    ours = _combined("Leah has a trained learning support assistant with her in every practical lesson.",
                     "By July 2027, Leah will cook a two-course meal with one prompt, recorded by her tutor.")
    assert not flagged(run(ours, "PC-OUTCOME-NOT-PROVISION")), why(run(ours, "PC-OUTCOME-NOT-PROVISION"))
    res = run(set_plan("K", "k105.docx"), "PC-OUTCOME-NOT-PROVISION")
    assert not flagged(res), why(res)


def test_onp_provision_inside_the_outcomes_column_is_still_flagged():
    p = _combined("Provision is set out in the columns beside each outcome.",
                  "Leah will receive 1:1 support in all lessons.")
    assert flagged(run(p, "PC-OUTCOME-NOT-PROVISION"))


# -- PC-OUTCOME-NOT-PROVISION: attending a share of the planned occasions is attendance -------------

@pytest.mark.parametrize("outcome,bad", [
    ("By Easter 2027, Leah will attend her work placement on 3 out of 4 planned Fridays, logged by the employer.",
     False),
    ("By the end of Year 10, Jack will attend a 2-hour small-group session at Westbay Learning Centre on at least "
     "4 out of 5 planned weeks, recorded by his tutor.", False),  # set L, l203
    ("Leah will attend speech and language therapy every week.", True),
])
def test_onp_attending_a_share_of_planned_occasions(outcome, bad):
    res = run(table(["Outcome"], [outcome]), "PC-OUTCOME-NOT-PROVISION")
    assert flagged(res) is bad, why(res)


# -- PC-VOICE: a quotation under a label naming the family member -----------------------------------

@pytest.mark.parametrize("line", [
    'Gran: "Leah is a different girl since she started at the college."',
    'Sarah (foster carer) - "She needs people to be patient with her."',
])
def test_voice_family_label_before_a_quotation(line):
    plan = build([("A", '"I like baking and my dog."', None, None), ("A", line, None, None)])
    res = run(plan, "PC-VOICE")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("name", ["l105.docx", "l108.docx"])
def test_voice_set_l_family_label(name):
    res = run(set_plan("L", name), "PC-VOICE")
    assert not flagged(res), (name, why(res))


# -- PC-ASPIRATION-LINK: a one-page profile's "What is important to me" column holds interests ------

def test_aspiration_link_interest_column_of_a_one_page_profile():
    plan = build([("A", "Her parents hope she will be happy.", None, None),  # judged on the interests
                  ("A", "What is important to me", None, (0, 1, 1)),
                  ("A", "Swimming on Saturdays with my cousin.", None, (0, 2, 1)),
                  ("E", "By July 2027, Leah will swim 25 metres on her own at the Saturday club, recorded by her "
                        "instructor.", None, None)])
    res = run(plan, "PC-ASPIRATION-LINK")
    assert not flagged(res), why(res)
    # set K, k110 (no aspirations at all) is amber since round 33: interests do not stand in for hopes
    res = run(set_plan("K", "k110.docx"), "PC-ASPIRATION-LINK")
    assert flagged(res), why(res)


def test_aspiration_link_template_title_is_no_interest_heading():
    # the template's "views, interests and aspirations" box holds its guidance, not interests (set K, k103)
    res = run(set_plan("K", "k103.docx"), "PC-ASPIRATION-LINK")
    assert flagged(res), why(res)


# -- PC-ASPIRATION-LINK: a word of the plan's register or of time links no hope ----------------------

def test_aspiration_link_register_and_time_words_link_nothing():
    # ours: "access" and "post-16" are shared, but no outcome is about hairdressing
    plan = build([("A", "Leah's dad hopes she will access a hairdressing course post-16.", None, None),
                  ("E", "By July 2027, Leah will access the library at lunchtime and post her reading log "
                        "online on 4 days out of 5.", None, None)])
    res = run(plan, "PC-ASPIRATION-LINK")
    assert flagged(res), why(res)
    # set L, l104: "for ages" is no link to "a reading age of at least 10 years"
    res = run(set_plan("L", "l104.docx"), "PC-ASPIRATION-LINK")
    assert flagged(res), why(res)


# -- PC-OUTCOME-NOT-PROVISION: "1-to-1" and "one-to-one" name provision as "1:1" does ----------------

@pytest.mark.parametrize("outcome,bad", [
    ("Leah will get one-to-one help from a mentor every morning.", True),  # ours
    ("By July 2027, Leah will work one-to-one with a peer mentor to plan her revision, on 4 out of 5 weeks.", False),
    # set K, k202
    ("In one year's time, Finley will have a 1-to-1 teaching assistant in all lessons and at lunchtimes so that he "
     "can stay in class and keep up with his learning.", True),
])
def test_onp_one_to_one_hyphenated(outcome, bad):
    res = run(table(["Outcome"], [outcome]), "PC-OUTCOME-NOT-PROVISION")
    assert flagged(res) is bad, why(res)


def test_onp_set_k_k202():
    res = run(set_plan("K", "k202.docx"), "PC-OUTCOME-NOT-PROVISION")
    assert flagged(res), why(res)
