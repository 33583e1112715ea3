"""Validity class from set AB (round 28) in health (HC-NEEDS-MET), in words of our own, with its
boundary.

A health professional who only trains staff does not meet a clinical need from Section F: in
"a toileting routine carried out by her teaching assistant, who will go to the continence nurse's
training session" the routine is school staff's work and the nurse gives nothing clinical; the
clinical programme, the products or the medicine would. A professional who gives or sets the
provision still meets it (a nurse who writes the programme and also trains staff), and so does a
sentence that names the treatment itself, whoever trained the adult who gives it.

Second class (SC-PROVISION-SPECIFIC): a single visit or meeting a social worker makes once, by a
set date, is a one-off piece of work: it needs its date, not a frequency. A visit with no date,
or visits that recur, still need how often.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

from ehcaudit.checks._health_conditions import clinical_part

C_CONT = ["Continence: Nadia is not yet toilet trained and has daily wetting and soiling accidents; the "
          "continence nurse has advised a bowel programme and continence products."]
G_PAED = ["- The community paediatrician will review Nadia once a year."]
E_ANY = ["By July 2027, Nadia will use the toilet at her planned times on 3 days out of 5."]


def _score(f_line: str):
    return run(care_builder.build({"C": C_CONT, "F": [f_line], "G": G_PAED, "E": E_ANY}), "HC-NEEDS-MET")


@pytest.mark.parametrize("f_line", [
    # the issue's own wording (ab109)
    "- A toileting routine at nursery every 2 hours, with a toileting chart, carried out by his key person, "
    "who will attend the continence nurse's training session (1 hour) by September 2026.",
    "- Her teaching assistant will take her to the toilet every 90 minutes and keep a chart; the assistant "
    "will receive training from the school nurse on continence before January 2027.",
    "- Toilet visits every two hours with a named adult who has been trained by the paediatric continence "
    "nurse, with a reward chart.",
    "- The continence nurse will train Nadia's key worker to run a toileting routine every 2 hours.",
])
def test_a_professional_who_only_trains_staff_meets_no_continence_need(f_line):
    res = _score(f_line)
    assert flagged(res), why(res)


@pytest.mark.parametrize("f_line", [
    # boundary: the professional sets the programme (and trains staff as well)
    "- The continence nurse will write a bowel and bladder programme, review it each term and train staff "
    "to carry it out every day.",
    # boundary: the treatment itself is named
    "- A daily laxative and continence products, given by staff trained by the continence nurse.",
])
def test_a_professional_who_sets_the_programme_or_the_treatment_still_meets_it(f_line):
    res = _score(f_line)
    assert not flagged(res), why(res)


def test_training_is_taken_out_only_where_the_professional_just_trains():
    patterns = [r"\bnurs(e|es|ing)\b", r"\bSA?LTs?\b"]
    training = [r"\b([\w'’-]+ ){0,4}(will |to )?(train|trains|training) (the )?(staff|key (person|worker)s?)\b"]
    text = "The SLT will visit once every 6 weeks to review the programme and train staff."
    assert clinical_part(text, patterns, training) == text
    assert clinical_part("The school nurse will train the key person.", patterns, training) == ""


# -- SC-PROVISION-SPECIFIC: a single visit or meeting by a set date is a one-off -----------------------

D_HOUSE = ["The family's flat is too small for Leo's wheelchair and the family is under great strain."]


@pytest.mark.parametrize("line, ok", [
    # the issue's own wording (ab108)
    ("The social worker will support the family's application for larger housing with Hollinbrook Housing "
     "Options, with a joint visit by 31 October 2026 (a Child in Need plan action).", True),
    ("The family support worker will hold one meeting with Leo's parents and the housing officer before "
     "15 January 2027 to agree the move.", True),
    ("A home visit from the occupational therapist and social worker no later than December 2026, to look at "
     "adaptations.", True),
    # boundary: no date, or a visit that recurs without saying how often
    ("The social worker will support the family's housing application, with a joint visit.", False),
    ("The social worker will make home visits to support the family.", False),
])
def test_a_single_visit_by_a_date_is_a_one_off(line, ok):
    plan = care_builder.build({"D": D_HOUSE, "H2": [f"- {line}"]})
    res = run(plan, "SC-PROVISION-SPECIFIC")
    assert flagged(res) is not ok, why(res)
