"""Validity classes for the provision, health and social care criteria found on set F (round 3).

Each class is shown by a sentence written for this test (another council's way of saying the same
thing) and by set F's own sentence (plan named). What an auditor applies:

* PR-QUANTIFIED: a glossary line among the provision ("X (abbr) means ...") is not provision; use
  of a calm or quiet space is a strategy staff see to (when and who), not equipment; a sentence
  saying what the child will have ("should have regular opportunities to practise ...") is
  provision and is judged, even when it states no element.
* PR-OUTCOME-LINK: each need in B is met by something in F. A need naming the provision it calls
  for ("the EP recommends a structured reading intervention", "needs to learn safe routes") and a
  specific need (handwriting, toileting, travel, reading) with nothing on it in F-H are clear gaps,
  even when other provision covers the same area of need.
* HC-NEEDS / SC-NEEDS: "TBC - a summary has been requested ... will be added when received" says
  nothing yet (a deferral). SC-NEEDS: a child protection status or where the child lives describes
  no need; "Short breaks are not needed" is a statement of no need, not a 7-word description.
* SC-PROVISION-SPECIFIC: a Care Act or carer's assessment is consideration of social care support.
* SC-RIGHT-SECTION: care paid for by social care (a direct payment, the disability team) written in
  F is social care provision in the wrong section; "short-breaks club" is a short break.
* HC-PROVISION-SPECIFIC: the centre that provides it ("at the regional centre") or the profession's
  abbreviation ("SLT") says who. HC-NEEDS-MET: medication taken at home asks nothing of Section G.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why


def _issues(res):
    return [f for f in res.findings if f.kind == "issue"]


FULL = [
    "- Precision teaching of sight words with a trained teaching assistant, 3 x 15 minutes a week, 1:1, for two terms.",
    "- Maths intervention in a group of 4 pupils led by the HLTA, twice a week for 30 minutes, across the autumn term.",
    "- Social skills group of 5 pupils with the ELSA, weekly for 40 minutes, for 10 weeks.",
    "- Speech and language therapist visits once each half-term for 1 hour to set targets, 6 visits a year.",
]


# -- PR-QUANTIFIED ---------------------------------------------------------------------------------

@pytest.mark.parametrize("glossary", [
    "Learning support assistant (LSA) refers to an adult employed by the school to help pupils in class.",
    # set F, f101
    "Teaching assistant (TA) means a member of school support staff working under the direction of the teacher.",
])
def test_a_glossary_line_among_the_provision_is_not_provision(glossary):
    plan = care_builder.build({"F": [f"All staff will use visual supports in every lesson, checked by the SENCo each "
                                     f"term. {glossary}"] + FULL})
    res = run(plan, "PR-QUANTIFIED")
    assert not any(glossary[:30] in (f.quote or "") for f in _issues(res)), why(res)
    assert not flagged(res), why(res)


@pytest.mark.parametrize("item", [
    "Priya can go to the quiet room when she feels overwhelmed.",
    # set F, f202
    "Kai will have opportunities to use the school's calm space as appropriate when he becomes upset.",
])
def test_use_of_a_calm_space_must_say_when_and_who(item):
    res = run(care_builder.build({"F": FULL + [f"- {item}"]}), "PR-QUANTIFIED")
    assert flagged(res), why(res)
    msg = next(f.message for f in _issues(res) if item[:20] in (f.quote or ""))
    assert "how often" in msg and "who delivers it" in msg


def test_a_calm_space_with_when_and_who_is_specified():
    item = "Access to the calm room at the start of each lunchtime, 10 minutes, with her key adult."
    res = run(care_builder.build({"F": [f"- {item}"]}), "PR-QUANTIFIED")
    assert not _issues(res), why(res)


@pytest.mark.parametrize("item", [
    "Amir will be given chances to practise his spellings with a partner.",
    # set F, f204
    "Flynn should have regular opportunities to practise touch-typing in a small group.",
])
def test_what_the_child_should_have_is_judged_as_provision(item):
    res = run(care_builder.build({"F": FULL + [f"- {item}"]}), "PR-QUANTIFIED")
    assert any(item[:20] in (f.quote or "") for f in _issues(res)), why(res)
    assert flagged(res)


# -- PR-OUTCOME-LINK -------------------------------------------------------------------------------

E = ["- By July 2027, the child will read 40 sight words aloud, checked each term by the class teacher.",
     "- By July 2027, the child will take turns in a game with two friends, observed by the ELSA."]


@pytest.mark.parametrize("need", [
    "Her spelling age is 7 years; the specialist teacher advises a daily spelling programme based on word families.",
    # set F, f102
    "He reads slowly, decodes longer words with difficulty and avoids reading aloud; the educational "
    "psychologist recommends a structured reading intervention.",
])
def test_a_need_naming_its_provision_needs_that_provision_in_f(need):
    f = ["- Social skills group of 5 pupils with the ELSA, weekly for 40 minutes, for 10 weeks.",
         "- Maths intervention in a group of 4 pupils led by the HLTA, twice a week for 30 minutes."]
    res = run(care_builder.build({"B": [need], "E": E, "F": f}), "PR-OUTCOME-LINK")
    assert flagged(res), why(res)
    assert any("calls for" in f.message or "(reading)" in f.message for f in _issues(res)), why(res)
    # the same need met: the named provision is in F
    f_met = f + ["- Spelling and reading programme with the SENCo, daily for 20 minutes, 1:1, for two terms."]
    res = run(care_builder.build({"B": [need], "E": E, "F": f_met}), "PR-OUTCOME-LINK")
    assert not any("calls for" in f.message for f in _issues(res)), why(res)


@pytest.mark.parametrize("need", [
    "She is not yet dry during the day and needs an adult's help at the toilet.",
    # set F, f204
    "Since September Flynn has got lost between buildings several times. He needs to learn safe routes and use "
    "of steps and kerbs (habilitation training) so that he can move around the site on his own.",
])
def test_a_specific_need_with_nothing_on_it_in_f_is_a_gap_though_its_area_has_provision(need):
    f = ["- A laptop with magnification software, provided by the Sensory Support Service and maintained by the "
         "IT technician.",
         "- Social skills group of 5 pupils with the ELSA, weekly for 40 minutes, for 10 weeks."]
    res = run(care_builder.build({"B": [need], "E": E, "F": f}), "PR-OUTCOME-LINK")
    assert flagged(res), why(res)


def test_a_reading_strength_is_not_a_reading_need():
    # set C, p14's sentence: at the expected standard in reading is no gap
    need = "Ethan is working at the expected standard in maths and reading and just below it in writing."
    f = ["- Handwriting programme set by the OT, delivered by the TA, 3 x 15 minutes a week, 1:1."]
    res = run(care_builder.build({"B": [need], "E": E, "F": f}), "PR-OUTCOME-LINK")
    assert not any("(reading)" in f.message for f in _issues(res)), why(res)


# -- HC-NEEDS / SC-NEEDS ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "To follow - the paediatric report has been chased and will be inserted once received.",
    # set F, f211
    "TBC - a summary has been requested from Reece's GP and will be added when received.",
])
def test_a_deferral_describes_no_health_needs(text):
    res = run(care_builder.build({"C": [text]}), "HC-NEEDS")
    assert res.level == 1, why(res)


@pytest.mark.parametrize("text", [
    "Maya has been on a child in need plan since May 2026. She lives with her father and stepmother.",
    # set F, f102
    "Callum is currently subject to a child protection plan (category: neglect) and has an allocated social "
    "worker. He lives with his Nan for most of the week and spends weekends at his mother's home.",
])
def test_a_status_and_living_arrangements_describe_no_social_care_need(text):
    assert flagged(run(care_builder.build({"D": [text]}), "SC-NEEDS"))


def test_a_status_with_a_need_is_a_description():
    text = ("Maya is on a child in need plan because her father struggles to manage her behaviour at night, and "
            "the family needs respite.")
    assert not flagged(run(care_builder.build({"D": [text]}), "SC-NEEDS"))


@pytest.mark.parametrize("text", [
    "The Children with Disabilities Team assessed the family in May 2026 and found no social care needs. "
    "Respite is not required at this time.",
    # set F, f108
    "The 0-25 Disability Team screened the referral in April 2026 and found no social care needs beyond those met "
    "within the family and universal services. Short breaks are not needed at present.",
])
def test_a_service_not_needed_is_a_statement_of_no_need(text):
    res = run(care_builder.build({"D": [text]}), "SC-NEEDS")
    assert not flagged(res), why(res)


# -- SC-PROVISION-SPECIFIC -------------------------------------------------------------------------

@pytest.mark.parametrize("d, h1", [
    ("Sam has no eligible social care needs. His mother had a carer's assessment in June 2026.", "None."),
    # set F, f212
    ("Mia has no eligible social care needs. She was assessed under the Care Act 2014 by the Adult Social Care "
     "Transitions Team on 04.03.2026.", "None - Care Act assessment found no eligible needs (see D)."),
])
def test_a_care_act_or_carers_assessment_is_consideration(d, h1):
    res = run(care_builder.build({"D": [d], "H1": [h1], "H2": ["None."]}), "SC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


# -- SC-RIGHT-SECTION ------------------------------------------------------------------------------

@pytest.mark.parametrize("item", [
    "A support worker to take Ben swimming on Sunday mornings, 2 hours, commissioned by the Children with "
    "Disabilities Team.",
    # set F, f208 and f111
    "A personal assistant for 6 hours each Saturday, paid through a direct payment from the 0-25 Disability Team.",
    "Zosia will attend a Saturday short-breaks club at Kingsmere Leisure Centre, 3 hours each fortnight, funded "
    "by the 0-25 Disability Team.",
])
def test_care_paid_for_by_social_care_belongs_in_h(item):
    plan = care_builder.build({"F": FULL + [f"- {item}"], "H1": ["None."], "H2": ["None."]})
    res = run(plan, "SC-RIGHT-SECTION")
    assert res.applicable and flagged(res), why(res)


def test_school_provision_funded_by_the_send_team_stays_in_f():
    item = "Reading tuition from a specialist teacher, weekly for 1 hour, funded by the SEND team."
    plan = care_builder.build({"F": FULL + [f"- {item}"], "H1": ["None."], "H2": ["None."]})
    assert not flagged(run(plan, "SC-RIGHT-SECTION"))


# -- HC-PROVISION-SPECIFIC / HC-NEEDS-MET ----------------------------------------------------------

@pytest.mark.parametrize("item", [
    "Gait analysis and orthotic review every 6 months at the Child Development Centre.",
    # set F, f107
    "Cochlear implant programme: mapping and processor check every 6 months at the regional centre.",
    "Speech and language therapy (adult audiology SLT): 6 sessions of 45 minutes a year, 1:1, to develop Leah's "
    "spoken vocabulary and conversation repair strategies.",
])
def test_the_centre_or_the_professions_abbreviation_says_who(item):
    plan = care_builder.build({"C": ["Leah has bilateral hearing loss and wears a cochlear implant and a hearing aid."],
                               "G": [f"- {item}"]})
    res = run(plan, "HC-PROVISION-SPECIFIC")
    assert not any("who provides" in f.message for f in _issues(res)), why(res)


@pytest.mark.parametrize("c", [
    "Tom has a mild heart murmur, seen yearly by the cardiologist, and his medication is given at home by his "
    "mother.",
    # set F, f101
    "She has an underactive thyroid, controlled by daily medication taken at home, with blood tests once a year.",
])
def test_medication_taken_at_home_asks_nothing_of_g(c):
    plan = care_builder.build({"C": [c], "G": ["- Community paediatrician: annual review of growth and general health."]})
    res = run(plan, "HC-NEEDS-MET")
    assert not any("(medication)" in f.message for f in _issues(res)), why(res)


def test_medication_at_school_still_needs_provision():
    plan = care_builder.build({"C": ["He takes medication at lunchtime in school for his ADHD symptoms."],
                               "G": ["- Orthoptist: eye examination once a year."]})
    assert flagged(run(plan, "HC-NEEDS-MET"))


# -- Reader: provision written after a combined E/F table is F's (ef-table layout, set F f105-f108) --

def _combined(after: list[str]):
    from ehcaudit.model import Block, Section
    from ehcaudit.reader.combined_sections import provision_after_combined_table

    blocks = [Block(id=0, kind="heading", text="Sections E and F - Outcomes and provision", section="E",
                    location="Section E, heading"),
              Block(id=1, kind="table_cell", text="By July 2027, Noor will count to 20 in 4 out of 5 maths lessons.",
                    section="E", location="Section E/F table, row 1, column 'Outcome'", table=1, row=1, col=0),
              Block(id=2, kind="table_cell", text="Counting group of 4 with the TA, 3 x 20 minutes a week.",
                    section="F", location="Section E/F table, row 1, column 'Provision'", table=1, row=1, col=1)]
    for t in after:
        blocks.append(Block(id=len(blocks), kind="list_item", text=t, section="E",
                            location=f"Section E, list item {len(blocks) - 2}"))
    sections = {"E": Section(code="E", title="Outcomes", found=True, block_ids=[0, 1] + list(range(3, len(blocks)))),
                "F": Section(code="F", title="Provision", found=True, block_ids=[2])}
    provision_after_combined_table(blocks, sections, ["Noor"])
    return {b.text: b.section for b in blocks[3:]}


def test_provision_after_a_combined_table_is_section_f_and_outcomes_stay_in_e():
    got = _combined([
        "The specialist teacher will visit twice a term for an hour to advise staff.",
        # set F, f106
        "The SALT will give a 1-hour training session for class staff once a year (Autumn term).",
        "By March 2027, Noor will tell an adult when she needs the toilet, on 4 days out of 5.",
        "Noor will put on her coat by herself before home time, recorded by her TA.",
        "Noor's parents will be invited to a 30-minute meeting with the class teacher each half-term.",
    ])
    assert got == {
        "The specialist teacher will visit twice a term for an hour to advise staff.": "F",
        "The SALT will give a 1-hour training session for class staff once a year (Autumn term).": "F",
        "By March 2027, Noor will tell an adult when she needs the toilet, on 4 days out of 5.": "E",
        "Noor will put on her coat by herself before home time, recorded by her TA.": "E",
        "Noor's parents will be invited to a 30-minute meeting with the class teacher each half-term.": "F",
    }


def test_set_f_f106_provision_list_is_read_as_provision():
    from pathlib import Path

    from ehcaudit.reader import read_plan

    plan = read_plan(Path(__file__).resolve().parents[1] / "benchmarks/validity/sets/F/plans/f106.docx")
    item = next(b for b in plan.blocks if b.text.startswith("The SALT will give a 1-hour training session"))
    assert item.section == "F" and item.id in plan.section("F").block_ids
    assert not flagged(run(plan, "PC-OUTCOME-NOT-PROVISION"))


# -- PR-QUANTIFIED: an access arrangement after an assessment; oversight lines ----------------------

@pytest.mark.parametrize("item", [
    "Access arrangements: a reader and a separate room for all tests, arranged by the exams officer after "
    "assessment by the specialist teacher.",
    # set B, p02 (read as provision since the combined E/F reading)
    "Access arrangements: 25% extra time and rest breaks in all GCSE examinations, arranged by the SENCo following "
    "assessment by the school's specialist assessor.",
])
def test_an_access_arrangement_after_an_assessment_is_an_access_arrangement(item):
    res = run(care_builder.build({"F": [f"- {item}"]}), "PR-QUANTIFIED")
    assert not _issues(res), why(res)


@pytest.mark.parametrize("line", [
    "The head of inclusion will oversee this provision.",
    # set B, p02
    "SLT will monitor via the IEP and the PSP.",
])
def test_a_line_on_who_oversees_the_provision_is_not_provision(line):
    res = run(care_builder.build({"F": FULL + [f"- {line}"]}), "PR-QUANTIFIED")
    assert not any(line[:15] in (f.quote or "") for f in _issues(res)), why(res)


@pytest.mark.parametrize("need", [
    "He travels to school by taxi and finds the long journey difficult.",  # how he gets to school, not a skill
    "The paediatrician recommends a referral to the sleep clinic if his sleep does not improve.",  # a referral
])
def test_a_school_journey_or_a_recommended_referral_is_no_gap_in_f(need):
    f = ["- Social skills group of 5 pupils with the ELSA, weekly for 40 minutes, for 10 weeks."]
    res = run(care_builder.build({"B": [need], "E": E, "F": f}), "PR-OUTCOME-LINK")
    assert not any("calls for" in f.message or "(travel" in f.message for f in _issues(res)), why(res)
