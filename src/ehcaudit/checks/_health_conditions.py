"""HC-NEEDS-MET / HC-OUTCOMES: the conditions the rubric recognises in Section C, and the part of an
item of Section F that a health professional gives or sets (no check kinds are registered here)."""

from __future__ import annotations

import re

from pydantic import Field

from ehcaudit.checks._params import CareParams
from ehcaudit.checks._patterns import search
from ehcaudit.rubric.registry import optional_list
from ehcaudit.text import sentences


class Condition(CareParams):
    name: str
    need: list[str] = Field(description="Patterns that show the need in Section C")
    provision: list[str] = Field(description="Patterns that show provision for it in Section G")
    only_alone: bool = Field(False, description="Counts only when no other condition is in the same sentence "
                                                "(e.g. medication for epilepsy is met by the epilepsy provision)")
    outcome: list[str] = optional_list("Extra patterns that show an outcome in E for it "
                                                                "(need and provision patterns count too): the "
                                                                "outcomes that serve it without naming it")
    outcome_areas: list[str] = optional_list(
        "HC-OUTCOMES: regexes for the area-of-need headings in E whose outcomes serve this condition (ADHD: "
        "'social, emotional and mental health'; cerebral palsy: 'physical'): an outcome written under its area "
        "serves it without naming it")
    managed_ok: bool = Field(False, description="HC-OUTCOMES: a need of this kind that C says is managed or monitored "
                                                "(managed_patterns), with no impact on learning or daily life "
                                                "(impact_patterns), needs no outcome of its own")
    symptom: bool = Field(False, description=(
        "A symptom (poor sleep) that C may present as part of another need: it is no need of its own when its "
        "sentence names another condition with it ('anxiety and difficulty sleeping') or ties it to one named "
        "before in the same block (symptom_of_patterns: 'side effects are ... difficulty getting to sleep'); "
        "that condition's provision and outcomes serve it"))



#: A sentence that carries on about the professional of the sentence before: "She will review his seating."
_CARRIES_ON = re.compile(r"^\W*(?:he|she|they|the (?:therapist|physiotherapist|nurse|SA?LT|OT|clinician|practitioner))\b",
                         re.IGNORECASE)


def clinical_part(text: str, patterns: list[str], training: list[str] | None = None,
                  treatment: list[str] | None = None) -> str:
    """The sentences of an F item that a health professional or service gives or sets (and a sentence
    that carries on about them: "She will review his seating"): only they can meet a health need. The
    rest of the item is school staff's own ("In these sessions the key worker will also go through
    Mia's sleep diary with her", after a programme agreed with CAMHS, is no sleep provision).
    A professional named only as training staff (``training``: "his key person, who will attend the
    continence nurse's training session") gives nothing clinical in that sentence, unless it names the
    treatment itself (``treatment``: a medicine, continence products)."""
    if not patterns:
        return text
    if not search(patterns, text):
        return ""
    kept: list[str] = []
    carry = False
    for t in sentences(text):
        own = _without(t, training or [])
        clinical = bool(search(patterns, own)) or (own != t and bool(treatment) and bool(search(treatment or [], t)))
        carry = clinical or (carry and bool(_CARRIES_ON.search(t)))
        if carry:
            kept.append(t)
    return " ".join(kept)


def _without(text: str, patterns: list[str]) -> str:
    """The sentence with every phrase matching one of the patterns taken out."""
    for pat in patterns:
        text = re.sub(pat, " ", text, flags=re.IGNORECASE)
    return text
