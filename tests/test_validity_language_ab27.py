"""Set AB, round 27 (language): clinical word families a health advice or a clinical Section A
uses - congenital heart disease, calcium and the endocrine clinic, cleft palate and
velopharyngeal speech, eating-disorder psychology - are correct British English, not
misspellings (LG-SPELLING); misspellings of the same words are still found. Sentences are our
own, not the blind set's."""

from __future__ import annotations

import pytest

from ehcaudit.language.harper_engine import HarperEngine, get_engine


@pytest.fixture(scope="module")
def engine() -> HarperEngine:
    return get_engine()


def spelling(engine: HarperEngine, text: str) -> list[str]:
    return [i.text for i in engine.check(text) if i.kind == "spelling"]


@pytest.mark.parametrize("text", [
    "Her heart condition, tetralogy of Fallot, was repaired by sternotomy when she was a baby.",
    "He takes alfacalcidol each morning because hypoparathyroidism leaves him at risk of hypocalcaemia.",
    "Velopharyngeal insufficiency makes his speech hypernasal; a nasendoscopy is planned before any palatoplasty.",
    "The formulation notes ego-syntonic cognitions about food that make change feel unsafe to her.",
    "The cardiothoracic team see him yearly for his arrhythmias.",
])
def test_clinical_families_are_not_misspellings(engine, text):
    assert spelling(engine, text) == []


@pytest.mark.parametrize("text,slip", [
    ("Her heart condition, tetrology of Fallot, was repaired.", "tetrology"),
    ("He is at risk of hypocalcemia.", "hypocalcemia"),  # the American spelling
    ("Velopharangeal insufficiency affects his speech.", "Velopharangeal"),
])
def test_misspellings_of_the_clinical_words_are_still_found(engine, text, slip):
    assert slip in spelling(engine, text)
