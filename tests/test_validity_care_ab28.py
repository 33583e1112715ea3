"""Validity class from set AB (round 28) in health (HC-NEEDS-MET), in words of our own, with its
boundary.

A health professional who only trains staff does not meet a clinical need from Section F: in
"a toileting routine carried out by her teaching assistant, who will go to the continence nurse's
training session" the routine is school staff's work and the nurse gives nothing clinical; the
clinical programme, the products or the medicine would. A professional who gives or sets the
provision still meets it (a nurse who writes the programme and also trains staff), and so does a
sentence that names the treatment itself, whoever trained the adult who gives it.
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
