"""Validity classes from set J (round 7) in the social care (SC-*) and currency (CA-*) criteria.

Each class: the set's sentence in its exact wording, and new sentences in other words that a
different council might write.
"""

from __future__ import annotations

import datetime as dt

import care_builder
import pytest
from validity_helpers import flagged, run, why

from ehcaudit.checks._care_what import names_what
from ehcaudit.model import FrontMatter

# -- SC-NEEDS: a plain "none" beside a short line about the family ------------------------------

@pytest.mark.parametrize("d", [
    # set J, j101 (the D cell of a D-H1-H2-E row)
    "Alfie's family meet his care needs well. The Disabled Children's Service advice (August 2026) found no social "
    "care needs arising from his special educational needs.",
    # set J, j202
    "Isla lives with Mum, Dad and Leo, who is 6. Isla's grandparents help the family a lot. A social worker from "
    "the Children with Disabilities Team met the family in August 2026 and found that Isla has no social care "
    "needs at present. The family were given information about short break activities on the Local Offer and "
    "about the Down syndrome family group, which they already go to.",
    # new
    "Mum and Dad share the care. The Early Help team assessed the family in May 2026: there are no social care "
    "needs.",
    "His aunt often babysits. No social care needs, following a social care assessment (March 2026).",
])
def test_a_none_with_its_basis_beside_a_short_line_about_the_family_passes(d):
    res = run(care_builder.build({"D": [d]}), "SC-NEEDS")
    assert not flagged(res), why(res)


def test_a_short_need_with_no_none_statement_is_still_thin():
    # the short line is only context when D also says there are none
    res = run(care_builder.build({"D": ["He needs help at bedtime."]}), "SC-NEEDS")
    assert flagged(res) and "only" in res.findings[0].message


@pytest.mark.parametrize("d", [
    # set J, j105: who and when before the colon
    "Amir lives with his mum, dad and two older sisters. A social worker from the Disabled Children's Service "
    "sensory team met the family in June 2026: there are no social care needs relating to Amir's deafness, as he "
    "manages his own care and goes out with friends like others of his age.",
    # new
    "The family's key worker from the Children with Disabilities Team spoke with Dad in April 2026; there are no "
    "social care needs.",
    "A CWD social worker saw Lola at home on 3 March 2026 and there are no social care needs.",
])
def test_a_worker_who_met_the_family_is_the_basis_of_a_none(d):
    res = run(care_builder.build({"D": [d]}), "SC-NEEDS")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("d", [
    # set J, j209
    "Ella is a looked after child and lives with her foster carer, Lorraine. She has a social worker.",
    # new: other ways to record the status alone
    "Sam has been in local authority care since 2023, placed with his aunt.",
    "Kacey is subject to a care order and is accommodated in a children's home in Leeford.",
    "Noah is a child looked after (CLA). He has a named social worker, Jo Lane, from the Children in Care Team.",
    # who contributed to the plan is no need either (the template test's old D text)
    "Jade is a looked after child; her social worker and foster carers contributed to this plan.",
])
def test_a_looked_after_status_however_worded_describes_no_need(d):
    res = run(care_builder.build({"D": [d]}), "SC-NEEDS")
    assert flagged(res), why(res)


def test_a_looked_after_status_with_a_need_describes_a_need():
    d = ("Ella is a looked after child and lives with her foster carer, who supports her with personal care every "
         "morning because she cannot manage fastenings.")
    assert not flagged(run(care_builder.build({"D": [d]}), "SC-NEEDS"))


# -- SC-STATUTORY-LINK ---------------------------------------------------------------------------

_SC_ADVICE = [("social_care", "Social care advice", "Jade Kerr, Social Worker, Children Looked After Team",
               dt.date(2026, 9, 10))]


@pytest.mark.parametrize("d", [
    # set J, j209
    "Ella is a looked after child and lives with her foster carer, Lorraine. She has a social worker.",
    # new
    "Sam is in local authority care. He has an allocated social worker.",
    "Tia is a looked after child. She lives with long-term foster carers.",
])
def test_naming_the_social_worker_restates_the_status_it_is_no_link(d):
    plan = care_builder.build({"D": [d], "H1": ["None."], "H2": ["None."]}, advice=_SC_ADVICE)
    assert flagged(run(plan, "SC-STATUTORY-LINK"))


def test_the_care_plan_in_d_and_h_is_a_link():
    plan = care_builder.build({
        "D": ["Sam is looked after. His social worker's care plan (June 2026) sets out that he needs help to keep "
              "in touch with his sister."],
        "H2": ["- Family time with his sister once a month (2 hours), arranged through his care plan."]},
        advice=_SC_ADVICE)
    assert not flagged(run(plan, "SC-STATUTORY-LINK"))


@pytest.mark.parametrize("d", [
    # set J, j210
    "Daniel was looked after by the council from the age of 9 until he was 18. He is now a care leaver and has a "
    "Leaving Care Personal Adviser until he is 25. His pathway plan is reviewed every 6 months and was last "
    "reviewed on 02.09.2026.",
    # new
    "Chloe was in care between 2015 and 2020 until she returned home to her mum. No social care needs.",
    "Marcus was a child in care until 2024; he is a former relevant child with a Personal Adviser.",
])
def test_a_status_that_has_ended_is_not_applicable(d):
    plan = care_builder.build({"D": [d], "H2": ["- Personal Adviser: meets him once a month for 1 hour."]})
    res = run(plan, "SC-STATUTORY-LINK")
    assert not res.applicable, why(res)


def test_a_current_status_beside_a_leaving_care_word_still_applies():
    plan = care_builder.build({"D": ["Jess is looked after by the local authority until she turns 18, when she "
                                     "will become a care leaver."]})
    assert run(plan, "SC-STATUTORY-LINK").applicable


# -- SC-PROVISION-SPECIFIC: what is provided, however the council names it ------------------------

@pytest.mark.parametrize("line", [
    "Family time with his mum: once a month, 2 hours, supervised by a family time worker.",  # set J, j204
    "Evening social group for young adults with learning disabilities, at the Hub community centre | Weekly, "
    "Thursdays 6pm - 8pm | Adult Social Care (commissioned from Northgate Community Hub)",   # set J, j205
    "Saturday drama workshop at the Arts Barn, fortnightly, 3 hours.",                        # new
    "Mentoring from a trained volunteer, Tuesday afternoons, 2 hours a week.",                # new
])
def test_a_line_that_names_a_thing_says_what_is_provided(line):
    plan = care_builder.build({"D": ["Kai needs help to keep in touch with his mum and to make friends."],
                               "H2": [f"- {line}"]})
    res = run(plan, "SC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("line", [
    "Social care input: weekly",
    "Adult Social Care to provide 6 hours a week",
    "Weekly, 2 hours, funded by Adult Social Care",
])
def test_a_line_that_names_no_thing_does_not_say_what(line):
    assert not names_what(line, [r"\b\d+ hours?\b|\bweekly\b|\ba week\b"])


@pytest.mark.parametrize("line, ok", [
    ("A Leaving Care Personal Adviser will be allocated before Kai turns 16 (August 2027).", True),  # set J, j204
    ("A direct payment will be set up by March 2027 for a personal assistant.", True),             # new
    ("A personal assistant will be allocated.", False),                                           # no date
])
def test_a_worker_put_in_place_once_by_a_date_is_a_one_off(line, ok):
    plan = care_builder.build({"D": ["Kai needs help with cooking and managing money."], "H2": [f"- {line}"]})
    assert flagged(run(plan, "SC-PROVISION-SPECIFIC")) is not ok


# -- SC-RIGHT-SECTION: provision run or paid for by social care, written in F ---------------------

@pytest.mark.parametrize("f, misplaced", [
    # set J, j109 (E/F table row: provision | frequency | provider)
    ("Short breaks: Saturday play scheme at Fernbrook School run by the Disabled Children's Service, 10am to 2pm, "
     "with a play worker, 1:1 | Fortnightly, 4 hours | Disabled Children's Service", True),
    # set J, j205
    ("Personal assistant (PA) at home to help Shannon plan meals, shop and cook, under her Care Act support plan | "
     "6 hours a week (Tuesday and Thursday evenings, 3 hours each) | Adult Social Care, through a direct payment",
     True),
    # new
    ("Holiday activity club, 5 days each summer | Children's Social Care", True),
    ("Support worker in her own flat to help with laundry, 3 hours a week.", True),
    ("Swimming sessions delivered by the Children with Disabilities Team, weekly, 1 hour.", True),
    # educational provision, whoever is mentioned
    ("Teaching assistant support in maths, 5 hours a week | School SENCo", False),
    ("Social skills group in school, weekly, 45 minutes; the social worker is kept informed.", False),
])
def test_provision_run_or_paid_for_by_social_care_belongs_in_h(f, misplaced):
    plan = care_builder.build({"F": [f"- {f}"], "H2": ["None."]})
    assert flagged(run(plan, "SC-RIGHT-SECTION")) is misplaced


# -- CA-STATUTORY-ADVICE: a hearing or vision impairment in clinical shorthand --------------------

_ADVICE = [("parent_young_person", "Parental views", "Mrs Nowak", dt.date(2026, 3, 1)),
           ("educational", "Educational advice", "Mrs Dunn, SENDCo", dt.date(2026, 3, 1)),
           ("health", "Audiology report", "Rachel Burn, Paediatric Audiologist", dt.date(2026, 3, 1)),
           ("psychological", "Psychological advice", "Dr Li, EP", dt.date(2026, 3, 1)),
           ("social_care", "Social care advice", "Mark Nolan, Social Worker", dt.date(2026, 3, 1))]
_TOD = [("educational", "Advice from the qualified teacher of the deaf", "Ms Lee, Sensory Support Service",
         dt.date(2026, 3, 1))]
_QTVI = [("educational", "QTVI advice", "Mr Ross, Vision Support Service", dt.date(2026, 3, 1))]


@pytest.mark.parametrize("b, teacher", [
    # set J, j206
    ("Zofia has a moderate-severe bilateral SNHL and wears BTE HAs. She uses a Roger FM system in class.", _TOD),
    # new
    ("Leo's aided thresholds are 40 dB HL; he has a BAHA on a softband.", _TOD),
    ("Mia uses a personal FM system and bilateral HAs in all lessons.", _TOD),
    ("Maya is registered SSI and reads N36 print.", _QTVI),
    ("Ravi has CVI and needs high-contrast materials.", _QTVI),
])
def test_a_sensory_impairment_in_clinical_shorthand_needs_the_qualified_teacher(b, teacher):
    year4 = FrontMatter(year_group=4)
    res = run(care_builder.build({"B": [b]}, advice=_ADVICE, front=year4), "CA-STATUTORY-ADVICE")
    assert flagged(res) and any("teacher of the" in f.message for f in res.findings), why(res)
    res = run(care_builder.build({"B": [b]}, advice=_ADVICE + teacher, front=year4), "CA-STATUTORY-ADVICE")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("b", [
    "She has some ideas about what she wants to do and has a cat.",   # 'has' is not 'HAs'
    "His FM radio station request was read out at assembly.",
])
def test_ordinary_words_are_not_a_sensory_impairment(b):
    res = run(care_builder.build({"B": [b]}, advice=_ADVICE, front=FrontMatter(year_group=4)), "CA-STATUTORY-ADVICE")
    assert not flagged(res), why(res)
