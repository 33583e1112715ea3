"""Sets R and S: front-matter, Section K and language classes (round 16).

1. CA-DATED: the family's own contribution names its givers by role, not by name ("Young person
   and parent contribution", "Parent/carer views", "Views of the young person and his parents"):
   it needs no named author, only a date.
2. CA-STATUTORY-ADVICE: a support assistant of a sensory service (a "Specialist Support Assistant
   (Hearing)", a teaching assistant, a communication support worker, an intervenor) is not the
   qualified teacher of the deaf or of the visually impaired, though the service is named.
3. LG-SPELLING: the words of assistive technology and AAC ("keyguard", "eyegaze") and the
   clinical shorthand of abbreviated plans ("Comms: pre-verbal", "Paeds review") are words.
4. LG-JARGON: the therapy and psychology register is jargon when no everyday words explain it
   ("capacity for joint attention", "a range of communicative functions", "preference
   elicitation", "dysregulated behaviours"); "when dysregulated" stays everyday words.

Each class has new wording of our own plus the set's wording in exact form; the set plans are
read whole too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from validity_helpers import flagged, run, why

from ehcaudit.reader import advice as adv
from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"


def _plan(tmp_path, text: str):
    p = tmp_path / "plan.md"
    p.write_text(text, encoding="utf-8")
    return read_plan(p)


# -- 1. the family's contribution, named by role ---------------------------------------------------

@pytest.mark.parametrize("title, who", [
    # the set's wording (s107)
    ("Young person and parent contribution (annual review form)", "Young person and parent"),
    # our own wording
    ("Parent/carer views", "Parent/carer"),
    ("Child and family views", "Child and family"),
    ("Views of the young person and his parents", "the young person and his parents"),
    ("Foster carer contribution", "Foster carer"),
    ("Young person's own views", "Young person"),
])
def test_family_contribution_names_its_givers(title, who):
    assert adv.views_author(title) == who


@pytest.mark.parametrize("title", ["Parenting assessment", "Family support worker report",
                                   "Child development centre report"])
def test_a_professional_report_about_the_family_is_not_the_family_s_contribution(title):
    assert adv.views_author(title) is None


_K = ("Date of issue: 2 June 2026\n\n# Section K: Advice and information\n\n"
      "- {first}\n- Educational advice – Mrs Hale, SENCo, 5 March 2026\n"
      "- Psychological advice – Dr Lowe, Educational Psychologist, 9 March 2026\n")


@pytest.mark.parametrize("first", [
    "Young person and parent contribution (annual review form) – 2 September 2025",  # s107
    "Parent and child views – 4 March 2026",  # ours
])
def test_a_dated_family_contribution_is_attributed(tmp_path, first):
    res = run(_plan(tmp_path, _K.format(first=first)), "CA-DATED")
    assert not flagged(res), why(res)


def test_an_undated_family_contribution_is_still_flagged(tmp_path):
    res = run(_plan(tmp_path, _K.format(first="Parent and child views")), "CA-DATED")
    assert flagged(res), why(res)


def test_s107_advice_is_dated_and_attributed():
    assert not flagged(run(read_plan(SETS / "S" / "plans" / "s107.docx"), "CA-DATED"))


# -- 2. a sensory service's support assistant is not the qualified teacher ------------------------

_K_HEAD = ("Date of issue: 2 June 2026\nNational Curriculum year: Year 5\n\n"
           "# Section B: Special educational needs\n\n{b}\n\n# Section K: Advice and information\n\n"
           "- Parents' views – Amir's mum, 3 March 2026\n- Educational advice – Mrs Hale, SENCo, 5 March 2026\n"
           "- Psychological advice – Dr Lowe, Educational Psychologist, 9 March 2026\n"
           "- Medical advice – Dr Orr, Community Paediatrician, 10 March 2026\n"
           "- Social care advice – Ms Tan, Social Worker, Disabled Children's Team, 12 March 2026\n")


@pytest.mark.parametrize("b, k_line, teacher", [
    # the set's wording (s105)
    ("Zofia has a moderate bilateral sensorineural hearing loss and wears hearing aids.",
     "- Educational advice (hearing) – Joanne Price, Specialist Support Assistant (Hearing), Sensory Support "
     "Service – 28 October 2025\n",
     "- Hearing advice – Ms Bell, Qualified Teacher of the Deaf, Sensory Support Service, 4 March 2026\n"),
    # our own wording
    ("Amir is severely sight impaired and reads braille.",
     "- Vision advice – Mr Kaye, Teaching Assistant (VI), Sensory Support Service, 4 March 2026\n",
     "- Vision advice – Ms Ford, Qualified Teacher of the Visually Impaired, Sensory Support Service, 4 March 2026\n"),
    ("Amir is profoundly deaf and uses British Sign Language.",
     "- Communication advice – Ms Dee, Communication Support Worker, Hearing Support Service, 4 March 2026\n",
     "- Hearing advice – Ms Bell, Teacher of the Deaf, Hearing Support Service, 4 March 2026\n"),
])
def test_a_support_assistant_is_not_the_qualified_teacher(tmp_path, b, k_line, teacher):
    res = run(_plan(tmp_path, _K_HEAD.format(b=b) + k_line), "CA-STATUTORY-ADVICE")
    assert flagged(res) and any("qualified teacher" in f.message for f in res.findings), why(res)
    assert not flagged(run(_plan(tmp_path, _K_HEAD.format(b=b) + k_line + teacher), "CA-STATUTORY-ADVICE"))


def test_s105_has_no_teacher_of_the_deaf_advice():
    res = run(read_plan(SETS / "S" / "plans" / "s105.docx"), "CA-STATUTORY-ADVICE")
    assert flagged(res) and any("teacher of the deaf" in f.message for f in res.findings), why(res)


# -- 3. spelling: assistive technology and clinical shorthand --------------------------------------

@pytest.mark.parametrize("word", ["keyguard", "eyegaze", "lightwriter", "headpointer", "comms", "paeds", "resus"])
def test_vocabulary_words_are_listed(word):
    from ehcaudit.language.base import BUNDLED_VOCABULARIES  # lazy: test of the data files only
    data = Path(__file__).resolve().parents[1] / "src" / "ehcaudit" / "data"
    words = {ln.strip() for f in BUNDLED_VOCABULARIES for ln in (data / f).read_text().splitlines()}
    assert word in words


@pytest.mark.parametrize("sentence", [
    # the set's wording (s107, r110)
    "She knows her own routines and care needs well, and she can use her tablet and communication app "
    "independently with a keyguard.",
    "Comms: pre-verbal.",
    # our own wording
    "Sami accesses his eyegaze device with a headpointer when he is tired. Paeds review in March.",
])
def test_assistive_technology_and_shorthand_are_not_misspellings(tmp_path, sentence):
    from ehcaudit.language.harper_engine import get_engine  # lazy: the grammar engine, only here
    found = [m.text for m in get_engine().check(sentence + " Staff chekc it.") if m.kind == "spelling"]
    assert found == ["chekc"], found  # the planted slip is found, the words are not


# -- 4. jargon: the therapy register ---------------------------------------------------------------

def _jargon_plan(tmp_path, e: str):
    return _plan(tmp_path, f"Date of issue: 2 June 2026\n\n# Section A: Views\n\nSami likes trains.\n\n"
                           f"# Section E: Outcomes\n\n{e}\n")


def _unexplained(res) -> list[str]:
    return [f.message.split("'")[1] for f in res.findings if f.kind == "issue"]


@pytest.mark.parametrize("e, n", [
    # the set's wording (r209)
    ("Sujan will demonstrate increased capacity for joint attention. Sujan will transition between activities "
     "without exhibiting dysregulated behaviours. Sujan will use his device to fulfil a range of communicative "
     "functions. Choices will be offered through photographic preference elicitation.", 4),
    # our own wording
    ("Sami will show better joint attention with an adult. He will use signs for more communicative functions. "
     "Staff will reduce his dysregulated behaviour at lunch.", 3),
])
def test_therapy_register_is_jargon(tmp_path, e, n):
    res = run(_jargon_plan(tmp_path, e), "LG-JARGON")
    assert len(_unexplained(res)) == n and flagged(res), why(res)


def test_therapy_term_explained_in_brackets_is_explained(tmp_path):
    e = "Sami will show better joint attention (looking at the same thing as an adult and sharing it) at snack time."
    assert _unexplained(run(_jargon_plan(tmp_path, e), "LG-JARGON")) == []


def test_when_dysregulated_stays_everyday_words(tmp_path):
    e = "Sami will go to the calm room when dysregulated, on 4 out of 5 occasions."
    assert _unexplained(run(_jargon_plan(tmp_path, e), "LG-JARGON")) == []


def test_r209_is_flagged():
    res = run(read_plan(SETS / "R" / "plans" / "r209.docx"), "LG-JARGON")
    assert flagged(res), why(res)
    assert {"joint attention", "communicative functions"} <= set(_unexplained(res))
