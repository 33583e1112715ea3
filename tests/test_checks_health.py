"""Health checks (C, G, K, sign-off) on plans built in code: classic sections and C–G–E rows."""

from __future__ import annotations

import datetime as dt

import pytest
from care_builder import D, build
from packaged_rubric import RUBRIC, yaml_tree

from ehcaudit.model import FrontMatter
from ehcaudit.rubric.engine import run_criterion
from ehcaudit.rubric.schema import default_rubric_path

AS_OF = dt.date(2026, 6, 30)


def run(cid, plan):
    return run_criterion(plan, RUBRIC, RUBRIC.criterion(cid), AS_OF, cache={})


def issues(res):
    return [f for f in res.findings if f.kind == "issue"]


def evidence(res):
    return [f for f in res.findings if f.kind == "evidence"]


GOOD_G = ("A paediatric physiotherapist from the Children's Community Therapy Service will review "
          "Jade's stretching programme every 6 weeks in 45-minute sessions until the next annual review.")
SEIZURE_G = ("The epilepsy nurse specialist will train named staff to give buccal midazolam under the seizure "
             "care plan, with refresher training every 12 months, each session lasting 2 hours.")


# -- HC-NEEDS ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "Not known", "N/A", "TBC", "See attached reports.", "{{ health_needs }}", "-"])
def test_hc_needs_blank_is_red(text):
    res = run("HC-NEEDS", build({"C": [text] if text else []}))
    assert res.level == 1 and res.rag == "red"
    assert issues(res)


def test_hc_needs_missing_section_is_red():
    res = run("HC-NEEDS", build({"B": ["Jade has difficulties with reading."]}))
    assert res.level == 1
    assert "not found" in issues(res)[0].message


def test_hc_needs_described_is_outstanding_with_evidence():
    res = run("HC-NEEDS", build({"C": [
        "Jade has a diagnosis of epilepsy (absence and tonic-clonic seizures), managed with sodium valproate.",
        "- She tires easily in the afternoons after a seizure and needs time to recover."]}))
    assert res.level == 4
    assert any("epilepsy" in f.quote for f in evidence(res))


def test_hc_needs_plain_none_is_good_and_sourced_none_outstanding():
    plain = run("HC-NEEDS", build({"C": ["There are no health needs relating to Sam's special educational needs."]}))
    assert plain.level == 3 and "no health needs" in evidence(plain)[0].quote
    sourced = run("HC-NEEDS", build({"C": [
        "Following medical advice from Dr N Shah, Community Paediatrician (February 2026), no health needs have "
        "been identified."]}))
    assert sourced.level == 4


def test_hc_needs_bare_none_and_thin_are_amber():
    assert run("HC-NEEDS", build({"C": ["None."]})).level == 2
    thin = run("HC-NEEDS", build({"C": ["Jade has asthma."]}))
    assert thin.level == 2 and "Jade has asthma" in issues(thin)[0].quote


def test_hc_needs_reads_national_template_rows():
    plan = build(threads=[("CGE", "Jade has eczema on her hands which cracks and bleeds in cold weather.",
                           "School staff apply emollient cream twice a day.", "Jade's skin stays comfortable.")])
    res = run("HC-NEEDS", plan)
    assert res.level == 4 and "eczema" in evidence(res)[0].quote


def test_hc_needs_placeholder_row_is_red():
    plan = build(threads=[("CGE", "{{ health_care_need_1 }}", "{{ health_care_provision_1 }}", "{{ outcome }}")])
    res = run("HC-NEEDS", plan)
    assert res.level == 1 and "placeholder" in issues(res)[0].message


# -- HC-PROVISION-SPECIFIC --------------------------------------------------------------------

def test_provision_specific_good():
    res = run("HC-PROVISION-SPECIFIC", build({"C": ["Jade has cerebral palsy."], "G": [GOOD_G, SEIZURE_G]}))
    assert res.level == 4, res.findings
    assert len(evidence(res)) == 2


def test_provision_vague_lists_missing_elements():
    res = run("HC-PROVISION-SPECIFIC", build({"C": ["Jade has cerebral palsy."], "G": [
        "- Physiotherapy input as required.", "- Access to the school nurse."]}))
    assert res.level == 1
    msgs = " ".join(f.message for f in issues(res))
    assert "who provides it" in msgs and "only 'as required'" in msgs and "for how long" in msgs
    assert issues(res)[0].quote == "Physiotherapy input as required."


def test_provision_with_frequency_needs_no_session_length():
    """'How often / how long': a review every six months is specific (issue 14: an auditor does not
    ask how long a medication review lasts); with neither, the message names both."""
    res = run("HC-PROVISION-SPECIFIC", build({"G": [
        "The community paediatrician will review Jade's medication every six months."]}))
    assert res.level == 4
    res = run("HC-PROVISION-SPECIFIC", build({"G": ["The community paediatrician will review Jade's medication."]}))
    assert res.level <= 2
    assert issues(res)[0].message.endswith("how often or for how long.")


def test_provision_not_applicable_when_no_needs_and_no_provision():
    res = run("HC-PROVISION-SPECIFIC", build({"C": ["No health needs have been identified."], "G": ["None."]}))
    assert res.applicable is False and res.level is None
    assert res.findings and "no health needs" in res.findings[0].message.lower()


def test_provision_empty_g_with_needs_is_red():
    res = run("HC-PROVISION-SPECIFIC", build({"C": ["Jade has epilepsy and takes medication twice daily."],
                                             "G": ["Not known"]}))
    assert res.level == 1 and issues(res)


def test_provision_thread_row_cells_combine():
    plan = build(threads=[("CGE", "Jade has epilepsy.", GOOD_G, "Jade stays safe.")])
    res = run("HC-PROVISION-SPECIFIC", plan)
    assert res.level == 4
    assert evidence(res)[0].location.startswith("Section G, table row 1")


# -- HC-NEEDS-MET -----------------------------------------------------------------------------

def test_needs_met_classic_matches_conditions():
    res = run("HC-NEEDS-MET", build({
        "C": ["Jade has epilepsy with tonic-clonic seizures.", "She also has asthma, worse in winter."],
        "G": [SEIZURE_G, "The school nurse will check Jade's inhaler technique every term for 20 minutes."]}))
    assert res.level == 4
    assert {f.message.split("(")[1].split(")")[0] for f in evidence(res)} == {"epilepsy", "asthma"}


def test_needs_met_quotes_unmet_need():
    res = run("HC-NEEDS-MET", build({
        "C": ["Jade has epilepsy with tonic-clonic seizures.", "She has severe constipation and soiling."],
        "G": [SEIZURE_G]}))
    assert res.level <= 2
    unmet = issues(res)
    assert any("constipation" in f.quote and "Section C" == f"Section {f.section}" for f in unmet)


def test_needs_met_negated_mentions_are_not_needs():
    res = run("HC-NEEDS-MET", build({
        "C": ["Jade has epilepsy.", "Her hearing and vision were tested in 2025 and are normal.",
              "There are no concerns about her sleep."],
        "G": [SEIZURE_G]}))
    assert res.level == 4, [(f.message, f.quote) for f in res.findings]


def test_needs_met_thread_row_with_empty_g_cell():
    plan = build(threads=[
        ("CGE", "Jade has epilepsy.", SEIZURE_G, "Jade stays safe."),
        ("CGE", "Jade needs support to eat safely because of dysphagia.", "", "Jade eats safely."),
    ])
    res = run("HC-NEEDS-MET", plan)
    assert res.level == 2
    assert "dysphagia" in issues(res)[0].quote


def test_needs_met_na_when_no_needs():
    res = run("HC-NEEDS-MET", build({"C": ["There are no health needs relating to Sam's SEN."], "G": ["None"]}))
    assert not res.applicable and res.findings[0].kind == "evidence"


def test_needs_met_described_but_no_g_is_red():
    res = run("HC-NEEDS-MET", build({"C": ["Sam has a rare genetic syndrome affecting his energy levels."]}))
    assert res.level == 1 and "genetic syndrome" in issues(res)[0].quote


# -- HC-ADVICE -------------------------------------------------------------------------------

def test_health_advice_current_attributed():
    plan = build(advice=[("health", "Medical advice", "Dr N Shah, Community Paediatrician", D(2026, 2, 3)),
                         ("educational", "Educational advice", "Mr Patel, SENCO", D(2026, 1, 15))],
                 front=FrontMatter(date_issued=D(2026, 3, 12)))
    res = run("HC-ADVICE", plan)
    # the author stands in the quote (the plan's own words), never in a message (issue 16)
    assert res.level == 4 and "03/02/2026" in evidence(res)[0].message
    assert "Dr N Shah" not in evidence(res)[0].message


def test_health_advice_missing_or_undated():
    assert run("HC-ADVICE", build(advice=[("educational", "Educational advice", "Mr Patel", D(2026, 1, 1))])).level == 1
    res = run("HC-ADVICE", build(advice=[("health", "Medical advice", "Dr N Shah", None),
                                         ("health", "Physiotherapy report", "Ms Green", D(2026, 1, 1))],
                                 front=FrontMatter(date_issued=D(2026, 3, 12))))
    assert res.level == 2 and "when it was given" in issues(res)[0].message


def test_health_advice_old_is_flagged():
    res = run("HC-ADVICE", build(advice=[("health", "Medical advice", "Dr N Shah", D(2021, 2, 3))],
                                 front=FrontMatter(date_issued=D(2026, 3, 12))))
    assert res.level == 2 and "out of date" in issues(res)[0].message


def test_health_advice_other_kind_matched_by_title():
    res = run("HC-ADVICE", build(advice=[("other", "Epilepsy nurse report", "Ms Green, Specialist Nurse",
                                          D(2026, 1, 1))], front=FrontMatter(date_issued=D(2026, 3, 12))))
    assert res.level == 4
    # a therapy report alone is matched too, but is not the medical advice (round 2, set E)
    res = run("HC-ADVICE", build(advice=[("other", "Physiotherapy report", "Ms Green, Physiotherapist",
                                          D(2026, 1, 1))], front=FrontMatter(date_issued=D(2026, 3, 12))))
    assert res.level == 2 and "only therapy" in issues(res)[0].message


# -- HC-DCO-SIGNOFF --------------------------------------------------------------------------

def test_signoff_named_and_dated():
    plan = build({"G": [GOOD_G, "Health provision agreed by Dr A Patel, Designated Clinical Officer, 3 March 2026."]})
    res = run("HC-DCO-SIGNOFF", plan)
    assert res.level == 4 and "Dr A Patel" in evidence(res)[0].quote


def test_signoff_label_in_front_matter():
    plan = build({"G": [GOOD_G]}, front_lines=["DCO sign-off: Jane Smith, Designated Clinical Officer, 12/03/2026"])
    assert run("HC-DCO-SIGNOFF", plan).level == 4


def test_signoff_bare_and_missing():
    bare = run("HC-DCO-SIGNOFF", build({"G": [GOOD_G, "Agreed by health."]}))
    assert bare.level == 2 and issues(bare)
    missing = run("HC-DCO-SIGNOFF", build({"G": [GOOD_G]}))
    assert missing.level == 1 and "does not record" in issues(missing)[0].message
    placeholder = run("HC-DCO-SIGNOFF", build({"G": [GOOD_G]}, front_lines=["DCO sign-off: {{ dco_name }}"]))
    assert placeholder.level == 1


def test_signoff_na_without_provision():
    res = run("HC-DCO-SIGNOFF", build({"G": ["No health provision is required."]}))
    assert not res.applicable and res.level is None and res.findings


# -- HC-THERAPY-PLACEMENT ----------------------------------------------------------------------

def test_therapy_in_g_is_flagged():
    plan = build({"G": ["- Speech and language therapy: a speech and language therapist will deliver a 30-minute "
                        "session weekly to develop Jade's expressive language.", GOOD_G]})
    res = run("HC-THERAPY-PLACEMENT", plan)
    assert res.level == 2 and "Speech and language therapy" in issues(res)[0].quote


def test_therapy_for_swallowing_or_cross_reference_is_fine():
    plan = build({"F": ["A speech and language therapist will deliver a weekly 30-minute session to develop "
                        "Jade's language."],
                  "G": ["The speech and language therapist will review Jade's eating and drinking plan for "
                        "dysphagia every term.", "Speech and language therapy is set out in Section F."]})
    res = run("HC-THERAPY-PLACEMENT", plan)
    assert res.level == 4 and any(f.section == "F" for f in evidence(res))


def test_therapy_placement_na_without_g():
    assert run("HC-THERAPY-PLACEMENT", build({"G": ["None"]})).applicable is False


# -- layouts and rubric robustness ------------------------------------------------------------

def test_labelled_lines_under_a_lead_in_are_judged_together():
    plan = build({"G": ["Physiotherapy:", "- Provided by: paediatric physiotherapist, Community Therapy Service",
                        "- What: review of Jade's stretching programme", "- Frequency: every 6 weeks",
                        "- Duration: 45 minutes"]})
    res = run("HC-PROVISION-SPECIFIC", plan)
    assert res.level == 4 and len(res.findings) == 1
    assert "Frequency: every 6 weeks" in res.findings[0].quote


def test_labelled_lines_missing_frequency_are_one_finding():
    plan = build({"G": ["Continence:", "- Provided by: school nurse", "- What: a toileting programme"]})
    res = run("HC-PROVISION-SPECIFIC", plan)
    assert len(issues(res)) == 1 and "how often" in issues(res)[0].message


def test_bad_pattern_in_rubric_is_a_rubric_error():
    from ehcaudit.errors import RubricError
    from ehcaudit.rubric.schema import parse_rubric

    data = yaml_tree(default_rubric_path())
    crit = next(c for c in data["criteria"] if c["id"] == "HC-THERAPY-PLACEMENT")
    crit["check"]["therapy_patterns"] = ["(unclosed"]
    with pytest.raises(RubricError) as e:
        parse_rubric(data)
    assert "therapy_patterns" in str(e.value)


def test_every_health_criterion_has_dco_wording():
    for c in RUBRIC.criteria:
        if c.area == "health":
            assert c.dco and c.dco.endswith("?"), c.id


# -- HC-ADVICE-PROVIDERS -----------------------------------------------------------------------

def test_advice_providers_thread_row_and_k_items():
    plan = build(threads=[("CGE", "Jade has cerebral palsy.", GOOD_G, "Jade walks further.")],
                 advice=[("health", "Physiotherapy advice", "Ms K Green, Physiotherapist", D(2026, 2, 10))])
    res = run("HC-ADVICE-PROVIDERS", plan)
    assert res.level == 4 and evidence(res)[0].section == "K"


def test_advice_providers_missing_advice_quotes_g():
    plan = build({"G": ["The community dietitian will review Jade's feeding regime every 3 months for 30 minutes."]},
                 advice=[("health", "Medical advice", "Dr N Shah, Paediatrician", D(2026, 2, 3))])
    res = run("HC-ADVICE-PROVIDERS", plan)
    assert res.level == 1 and "dietitian" in issues(res)[0].quote


def test_advice_providers_na_when_no_profession_recognised():
    res = run("HC-ADVICE-PROVIDERS", build({"G": ["Trained staff will apply emollient cream twice a day."]}))
    assert res.applicable is False and res.findings[0].quote.startswith("Trained staff")


def test_healthy_mentions_are_not_needs():
    res = run("HC-NEEDS-MET", build({
        "C": ["Jade has epilepsy which is well controlled with medication.", "She sleeps well.",
              "Her hearing is good."],
        "G": [SEIZURE_G]}))
    assert res.level == 4, [(f.message, f.quote) for f in res.findings]
    assert not any("sleep" in f.message or "hearing" in f.message for f in res.findings)


def test_speech_therapy_does_not_meet_anxiety():
    res = run("HC-NEEDS-MET", build({
        "C": ["Kai experiences high levels of anxiety."],
        "G": ["- 6 sessions of speech and language therapy, 30 minutes each, every week."]}))
    assert res.level == 1 and "anxiety" in issues(res)[0].quote


def test_what_is_read_by_stem():
    res = run("HC-PROVISION-SPECIFIC", build({"G": [
        "Kai's hearing aids will be checked by the Audiology Service each term in a 20-minute appointment."]}))
    assert res.level == 4, [(f.message, f.quote) for f in res.findings]


def test_health_advice_from_a_non_health_author_is_noted():
    res = run("HC-ADVICE", build(advice=[("health", "Medical advice", "Mrs Patel, SENCO", D(2026, 2, 3))],
                                 front=FrontMatter(date_issued=D(2026, 3, 12))))
    assert res.level == 3 and "right professional" in issues(res)[0].message


@pytest.mark.parametrize(("text", "level"), [
    ("Jade is a healthy girl with no medical conditions.", 3),
    ("Please see Section B.", 1),
    ("No health needs identified at this time.", 3),
])
def test_hc_needs_phrasings(text, level):
    assert run("HC-NEEDS", build({"C": [text]})).level == level


def test_cross_reference_in_g_is_not_judged_as_provision():
    res = run("HC-PROVISION-SPECIFIC", build({"C": ["Jade has cerebral palsy."],
                                             "G": [GOOD_G, "Speech and language therapy is set out in Section F."]}))
    assert res.level == 4 and len(res.findings) == 1


def test_signoff_applies_to_template_g_cells():
    plan = build({"K": ["Health sign-off: Dr A Patel, DCO, 03/03/2026"]},
                 threads=[("CGE", "Jade has epilepsy.", SEIZURE_G, "Jade stays safe.")])
    res = run("HC-DCO-SIGNOFF", plan)
    assert res.applicable and res.level == 4


# -- HC-OUTCOMES -------------------------------------------------------------------------------

def test_outcomes_thread_row_without_outcome():
    plan = build(threads=[("CGE", "Jade has eczema.", "Cream twice a day.", "Comfortable skin."),
                          ("CGE", "Jade has asthma.", "Inhaler before PE.", "")])
    res = run("HC-OUTCOMES", plan)
    assert res.level == 2 and issues(res)[0].quote == "Jade has asthma."


def test_outcomes_classic_match_by_outcome_words():
    plan = build({"C": ["Kai experiences high levels of anxiety in busy places."],
                  "E": ["- By July 2027, Kai will use his calm box to regulate his feelings on 4 out of 5 days."]})
    res = run("HC-OUTCOMES", plan)
    assert res.level == 4 and evidence(res)[0].section == "E"


def test_outcomes_na_when_unrecognised():
    res = run("HC-OUTCOMES", build({"C": ["Sam has a rare genetic syndrome affecting his energy levels."],
                                   "E": ["- Sam will read a short book."]}))
    assert res.applicable is False and "genetic syndrome" in res.findings[0].quote
