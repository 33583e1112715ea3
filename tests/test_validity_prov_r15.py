"""Validity classes for the provision criteria found on sets J-Q (round 15).

Each class is shown by a sentence written for this test (another council's way of saying the same
thing) and by the set's own sentence (plan named). What an auditor applies:

* PR-OUTCOME-LINK: an outcome on a life skill to be taught (travelling alone, cooking) needs provision
  on that skill somewhere in F-H; in a national-template row holding several outcomes, the row's
  provision for one of them (careers meetings) does not serve the others. A second outcome joined on
  to a first ("... and will cook two meals a week") is read as secondary and not judged alone.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

CAREERS_NEED = "Reza needs support to plan for college and adult life."
CAREERS_PROV = ("Careers Adviser meetings to plan his college application: 3 x 45 minutes, autumn and spring terms.\n"
                "College taster day in motor vehicle maintenance arranged by the Careers Adviser: 1 day, by Easter.")
CAREERS_OUT = "By Easter 2027, Reza will apply for a Level 1 Motor Vehicle course and attend the interview."


def _issues(res, text: str) -> list:
    return [f for f in res.findings if f.kind == "issue" and text[:40] in (f.quote or "")]


def _row(extra: str, prov: str = CAREERS_PROV):
    plan = care_builder.build(threads=[("BFE", CAREERS_NEED, prov, f"{CAREERS_OUT}\n{extra}")])
    return run(plan, "PR-OUTCOME-LINK")


# -- PR-OUTCOME-LINK: an outcome on a skill no provision teaches, beside one that is served ----------

@pytest.mark.parametrize("outcome", [
    "By 20.07.27, Reza will travel alone by bus to the college for his induction day, confirmed by his foster carer.",  # set O, o109
    "By end of Summer 2027, Reza will cook 3 simple meals on his own, reported by his foster carer.",  # set O, o109
    "By July 2027, Amira will take the train to her work placement on her own twice a week.",  # new
    "Within a year, Tom will prepare a simple hot meal for himself at home each weekend.",  # new
])
def test_an_outcome_on_a_skill_no_provision_teaches_is_a_gap(outcome):
    res = _row(outcome)
    assert _issues(res, outcome) and flagged(res), why(res)


@pytest.mark.parametrize("outcome, prov", [
    ("By July 2027, Amira will take the train to her work placement on her own twice a week.",
     "Independent travel training with a travel trainer: 6 weekly sessions of 2 hours."),  # new
    ("Within 12 months, Kian will cook two simple meals on his own, using talking kitchen scales, as recorded by his parents.",
     "Mobility and independence (habilitation) training, 1:1 with a habilitation specialist, weekly, 1 hour."),  # set C, p17
    ("Within a year, Tom will prepare a simple hot meal for himself at home each weekend.",
     "Life skills group in the school's training kitchen: weekly, 1 hour, group of 4, with a TA."),  # new
])
def test_an_outcome_on_a_skill_with_provision_on_it_is_served(outcome, prov):
    res = _row(outcome, prov=f"{CAREERS_PROV}\n{prov}")
    assert not _issues(res, outcome) and not flagged(res), why(res)


@pytest.mark.parametrize("outcome", [
    "By July 2026, Kai will get himself up and to school on time on 4 days out of 5 and will travel to college on "
    "his own by bus; he will also go to a weekly community activity.",  # set G, g108
    "By July 2027, Nadia will choose her own clothes each morning and will cook two simple meals a week at home.",  # new
])
def test_a_skill_joined_on_as_a_second_outcome_is_not_judged_alone(outcome):
    res = _row(outcome)
    assert not _issues(res, outcome), why(res)


def test_a_skill_outcome_in_section_e_with_no_provision_is_a_gap():
    out = "By the end of Year 12, Leah will cook a two-course meal for her family once a week."  # new
    plan = care_builder.build({"E": [f"- {out}"], "F": [
        "- Maths catch-up, 1:1 with a teaching assistant, 3 x 20 minutes a week."]})
    res = run(plan, "PR-OUTCOME-LINK")
    assert _issues(res, out) and flagged(res), why(res)


# -- PR-QUANTIFIED: an EOTAS package or a personal budget named by its sum, without its contents ------

GOOD = [
    "- Precision teaching of sight words, 1:1 with a trained teaching assistant, 3 x 15 minutes a week.",
    "- Speech and language therapy, 1:1 with a speech and language therapist, weekly, 30 minutes.",
]


def _prq(line: str):
    return run(care_builder.build({"F": GOOD + [f"- {line}"]}), "PR-QUANTIFIED")


@pytest.mark.parametrize("line", [
    "Sam will receive an EOTAS package of £18,000 a year, commissioned by the local authority.",  # new
    "An EOTAS budget of £12,500 for the academic year, held by the local authority's EOTAS team.",  # new
    "A personal budget of £6,000 a year will fund support for Ella's learning at home.",  # new (the brief's class)
])
def test_a_package_named_by_its_sum_without_its_contents_is_a_gap(line):
    res = _prq(line)
    assert [f for f in _issues(res, line) if "what the package or budget buys" in f.message] and flagged(res), why(res)


@pytest.mark.parametrize("line", [
    "A personal budget of £4,000 a year, paid as a direct payment, will fund: 1:1 tuition in maths, 2 hours a week, "
    "with a qualified teacher; and a weekly 1-hour art therapy session with a registered art therapist.",  # new
    "The EOTAS package comprises: home tuition in English and maths, 1:1 with a qualified teacher, 3 x 2 hours a "
    "week; and a weekly 1-hour session with a forest school leader.",  # new
    "Personal budget for the travel buddy in H1 taken as a direct payment (£2,400 a year), managed by Nathan with "
    "help from his mum.",  # set F, f104: its contents are set out in H1
])
def test_a_package_whose_contents_are_stated_or_pointed_to_is_not_a_gap(line):
    res = _prq(line)
    assert not [f for f in _issues(res, line) if "what the package or budget buys" in f.message], why(res)


@pytest.mark.parametrize("line", [
    "25% extra time and a reader in all exams, arranged by the exams officer.",  # new
    "A laptop with speech-to-text software, set up by the IT technician.",  # the issue's trap
])
def test_equipment_and_access_arrangements_are_left_to_the_provider(line):
    res = _prq(line)
    assert not _issues(res, line) and not flagged(res), why(res)


# -- PR-OUTCOME-LINK: phonics not yet secure is a reading need; a reading corner teaches no reading ----

SETTLED = "By July 2027, Lily will stay in class for whole lessons on 4 days out of 5, recorded by her teacher."
REST = "- Lily will have a 5-minute rest in the class reading corner after each playtime, prompted by her teaching assistant."


@pytest.mark.parametrize("need", [
    "Lily did not pass the Year 1 phonics screening check (June 2025, 24 out of 40).",  # set H, h206
    "Omar is not yet secure in Phase 4 phonics and guesses longer words.",  # new
    "Because he finds new words hard, his reading is slow and he loses the meaning.",  # new
])
def test_a_phonics_need_with_only_a_reading_corner_is_a_gap(need):
    res = run(care_builder.build({"B": [need], "E": [SETTLED], "F": [REST]}), "PR-OUTCOME-LINK")
    assert _issues(res, need) and flagged(res), why(res)


def test_a_phonics_need_with_phonics_teaching_is_met():
    need = "Lily did not pass the Year 1 phonics screening check (June 2025, 24 out of 40)."
    prov = "- Daily phonics catch-up (Phase 5), 15 minutes, 1:1 with a trained teaching assistant."
    res = run(care_builder.build({"B": [need], "E": [SETTLED], "F": [REST, prov]}), "PR-OUTCOME-LINK")
    assert not _issues(res, need), why(res)
