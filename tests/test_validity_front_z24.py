"""Set Z (round 24), front: a glossary typed as a paragraph in Section K, the words of a family's
home life in its own languages, and a clinical report's description of the child as a case.

1. Reader (Section K): a glossary written as a paragraph with its label in front ("Glossary: GCSE -
   ...", "Key terms: ...", "Abbreviations used in this plan - ..."), or as a label line followed by
   its undated lines, is the meanings of words, not an item of advice (CA-DATED). Boundary: an
   advice item after it that has a date is read as advice again; an advice titled with a word
   such as "key" is not a glossary.
2. Spelling: a family's words for what the child eats, whom they call by a kinship word, where
   they worship, what they wear and play ("cooking momos with her aama", "pierogi with his
   babcia") are correct. Boundary: a slip near them is still found, and a word that is also a
   slip for an everyday word ("sel" for "sell") is still reported.
3. Readability: a sentence of Section A describing the child as a case in a clinical report's
   words ("on observation", "clinically significant", "psychomotor", "consistent with a
   diagnosis of") is clinical register. Boundary: one such phrase in a sentence written for the
   family is not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from validity_helpers import flagged, run, why

from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"

_K = ("# Section K: Advice and information\n\n"
      "- Parental advice - Mr and Mrs Khan, 3 March 2026.\n"
      "- Educational advice - Ms P. Lowe, SENCo, Hillside Academy, 9 March 2026.\n\n")


def _plan(tmp_path, text: str):
    p = tmp_path / "plan.md"
    p.write_text(text, encoding="utf-8")
    return read_plan(p)


# -- 1. a glossary typed as a paragraph --------------------------------------------------------------

@pytest.mark.parametrize("glossary", [
    # the set's layout (z106), in words of our own
    "Glossary: EP – an educational psychologist. Base – the quiet room where pupils can work.",
    "Key terms: SENCo - the teacher who co-ordinates special educational needs support.",
    "Abbreviations used in this plan – OT: occupational therapist; SALT: speech and language therapy.",
    "What some of the words in this plan mean: Makaton – signs used with speech.",
])
def test_a_glossary_paragraph_is_not_advice(tmp_path, glossary):
    plan = _plan(tmp_path, f"Date of issue: 2 June 2026\n\n{_K}{glossary}\n")
    assert [a.title for a in plan.advice] == ["Parental advice", "Educational advice"], plan.advice
    res = run(plan, "CA-DATED")
    assert not flagged(res), why(res)


def test_a_glossary_label_line_covers_its_undated_lines(tmp_path):
    text = (f"Date of issue: 2 June 2026\n\n{_K}Glossary:\n\nELSA – a teaching assistant trained in "
            "emotional support.\n\nHub – a small base in school.\n\n"
            "Occupational therapy advice – Ms R. Dunn, Occupational Therapist, 11 March 2026.\n")
    plan = _plan(tmp_path, text)
    titles = [a.title for a in plan.advice]
    assert titles == ["Parental advice", "Educational advice", "Occupational therapy advice"], plan.advice


def test_an_undated_advice_item_is_still_reported(tmp_path):
    # boundary: an advice item without a date, with no glossary label in front, is still undated
    plan = _plan(tmp_path, f"Date of issue: 2 June 2026\n\n{_K}- Key worker's report - Mrs T. Bell, Early Help.\n")
    assert any("Key worker" in (a.title or "") for a in plan.advice), plan.advice
    assert flagged(run(plan, "CA-DATED"))


def test_z106_glossary_is_not_advice():
    plan = read_plan(SETS / "Z" / "plans" / "z106.docx")
    assert not any("Glossary" in a.quote for a in plan.advice)
    assert not flagged(run(plan, "CA-DATED"))


# -- 2. a family's home-life words are spelled right --------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "At weekends she makes dal bhat and momos with her aama and her didi.",
    "His favourite foods are jollof rice, fufu and his babcia's pierogi.",
    "The family go to the gurdwara at Vaisakhi, and he wears a kurta for Diwali.",
    "She plays kabaddi with her cousins and helps her nani make parathas and pakoras for Eid.",
])
def test_family_words_are_not_misspellings(sentence):
    from ehcaudit.language.harper_engine import get_engine  # lazy: the grammar engine, only here
    found = [m.text for m in get_engine().check(sentence + " Staff chekc it.") if m.kind == "spelling"]
    assert found == ["chekc"], found


def test_a_slip_for_an_everyday_word_is_still_reported():
    from ehcaudit.language.harper_engine import get_engine  # lazy: the grammar engine, only here
    found = [m.text for m in get_engine().check("He wants to sel his old bike.") if m.kind == "spelling"]
    assert found == ["sel"], found


def test_z108_momos_is_not_a_misspelling():
    res = run(read_plan(SETS / "Z" / "plans" / "z108.docx"), "LG-SPELLING")
    assert not any("momos" in f.message for f in res.findings), why(res)


# -- 3. the child described as a case ----------------------------------------------------------------

_PLAIN_A = ("Kai likes football, drawing and his dog Biscuit. He says school is best when he knows what is "
            "happening. His dad says he is kind and funny and wants him to have friends. ")
_PLAIN_E = "By July 2027, Kai will read a short book to his teacher each week, checked by his teacher."


def _a_plan(tmp_path, extra: str):
    return _plan(tmp_path, f"Date of issue: 2 June 2026\n\n# Section A: Views\n\n{_PLAIN_A}{extra}\n\n"
                           f"# Section E: Outcomes\n\n{_PLAIN_E}\n")


@pytest.mark.parametrize("extra", [
    "On observation he showed psychomotor restlessness and somatic complaints before lessons.",
    "Kai presents with low mood of clinically significant severity, comorbid with his learning needs.",
    "His profile is consistent with a diagnosis of dyslexia secondary to weak phonological skills.",
    "On observation she presents with clinically significant anxiety.",
])
def test_the_child_described_as_a_case_caps_readability(tmp_path, extra):
    res = run(_a_plan(tmp_path, extra), "LG-READABILITY")
    assert flagged(res) and any("clinical language" in f.message for f in res.findings), why(res)


@pytest.mark.parametrize("extra", [
    # boundary: one such phrase in a sentence written for the family
    "On observation days his dad comes in to watch him play football.",
    "The doctor said the change in his sleep is clinically significant, so she will see him again soon.",
])
def test_one_case_phrase_in_a_family_sentence_does_not(tmp_path, extra):
    res = run(_a_plan(tmp_path, extra), "LG-READABILITY")
    assert not flagged(res), why(res)


def test_z210_clinical_section_a_is_flagged():
    res = run(read_plan(SETS / "Z" / "plans" / "z210.docx"), "LG-READABILITY")
    assert flagged(res), why(res)
