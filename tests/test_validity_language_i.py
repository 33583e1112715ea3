"""Validity classes fixed for the language criteria on set I (round 6): each class with a new
sentence written for this test and the set's own sentence, in its exact wording ("set I/iNNN").

- LG-READABILITY: an outcome written in clinical language (report words with everyday
  equivalents, and shorthand) caps the level, however short it is and whatever the average.
- LG-GRAMMAR: a sentence that starts a new line inside a block (after a run-in heading) is read
  as a sentence start; the present tense with "since" and a point in time is an error.
- LG-JARGON: a term whose everyday noun says what it is ("Makaton signs"), a test cited with
  what kind of test it is, an acronym spelled out in another case ("SaLT"), and the language
  terms of every speech and language report (half, like TA and SENCo).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from packaged_rubric import RUBRIC

from ehcaudit.language.harper_engine import HarperEngine, get_engine
from ehcaudit.reader import read_plan
from ehcaudit.rubric.engine import score_plan

AS_OF = dt.date(2026, 12, 1)


def _criteria(tmp_path: Path, sections: dict[str, str]) -> dict:
    titles = {"A": "Views, interests and aspirations", "B": "Special educational needs",
              "D": "Social care needs", "E": "Outcomes", "F": "Special educational provision",
              "G": "Health provision"}
    text = "Reference: LG-I-001\n" + "".join(f"# Section {k}: {titles[k]}\n{v}\n" for k, v in sections.items())
    p = tmp_path / "plan.md"
    p.write_text(text, encoding="utf-8")
    res = score_plan(read_plan(p), RUBRIC, AS_OF, areas={"language"}, cache={})
    return {c.id: c for c in res.criteria}


@pytest.fixture(scope="module")
def engine() -> HarperEngine:
    return get_engine()


# -- LG-READABILITY: one outcome in clinical language -----------------------------------------

_PLAIN_A = ("Sam likes football, drawing and his dog. He wants to work with animals when he leaves "
            "school. His dad says he is kind and funny and helps at home. ") * 3
_PLAIN_E = ("By July 2027, Sam will read a short book to an adult, checked by his teacher. "
            "By July 2027, Sam will ask for help in class when he is stuck, on 4 of 5 days. ") * 2


def _readability(tmp_path: Path, outcome: str = "") -> object:
    return _criteria(tmp_path, {"A": _PLAIN_A, "E": _PLAIN_E + outcome})["LG-READABILITY"]


@pytest.mark.parametrize("outcome", [
    # own: officialese, and a therapy report's words with its shorthand
    "By July 2027, Sam will demonstrate consolidated utilisation of his visual timetable.",
    "By July 2027, Sam will initiate functional requests with his VOCA in 4 of 5 sessions.",
    "Sam will sustain attention with reduced dysregulation, evidenced by ABC data and SDQ scores.",
    # set I/i107 and I/i204 (the outcomes the key quotes)
    "Outcome: By July 2027, Owen will demonstrate functional auditory discrimination in noise with "
    "consistent RA use across 90% of lessons, with SSQ-12 and LIFE-R outcomes maintained, evidenced "
    "by ToD monitoring.",
    "By July 2027, Bilal will demonstrate improved auditory discrimination of key subject vocabulary "
    "in SNR-adverse conditions, scoring 80% on the ToD's probe assessment.",
])
def test_one_outcome_in_clinical_language_caps_readability(tmp_path, outcome):
    assert _readability(tmp_path).level >= 3
    crit = _readability(tmp_path, " " + outcome)
    assert crit.level == 2, [f.message for f in crit.findings]
    (hit,) = [f for f in crit.findings if "clinical language" in f.message]
    assert hit.quote and hit.quote in outcome
    assert "(show)" in hit.message or "(start)" in hit.message or "(overwhelmed" in hit.message \
        or "becoming overwhelmed" in hit.message


@pytest.mark.parametrize("outcome", [
    # own: plain outcomes holding one such word, or a qualification's or a diagnosis's name
    "By July 2027, Sam will pass Functional Skills English Level 1 and maths Entry Level 3.",
    "By July 2027, Sam will show his teacher 20 new words, checked by the speech and language "
    "therapist (SALT).",
    "By July 2027, Sam will start a conversation with a friend at lunch, recorded by his TA.",
    "By July 2027, Sam will take his attention deficit hyperactivity disorder medicine each day.",
    # sets I/i209, F/f101 (sound plans)
    "By July 2027, Danielle will be awarded her Level 2 Functional Skills English.",
    "By July 2027, Ellie will read and understand 30 new functional words (for example \"exit\", "
    "\"push\", \"bus stop\", \"price\") checked termly by the SENCo using her word list.",
])
def test_plain_outcomes_with_one_report_word_or_a_name_are_not_clinical(tmp_path, outcome):
    crit = _readability(tmp_path, " " + outcome)
    assert crit.level >= 3, [f.message for f in crit.findings]
    assert not any("clinical language" in f.message for f in crit.findings)


def test_clinical_language_in_section_a_caps_as_in_an_outcome(tmp_path):
    # round 18 (sets T and U, four plans of four councils): Section A describes the child for the
    # family, so one sentence of it in clinical register caps the level as an outcome's does
    # (it was left to the reading-ease rules until then; no earlier set passed such a sentence)
    a = _PLAIN_A + " The SALT report says Sam's expressive deficits necessitate facilitated interaction."
    crit = _criteria(tmp_path, {"A": a, "E": _PLAIN_E})["LG-READABILITY"]
    assert crit.level == 2
    # one report word in a plain sentence of A is not clinical register
    a = _PLAIN_A + " The speech and language therapist says Sam's expressive language is growing."
    assert _criteria(tmp_path, {"A": a, "E": _PLAIN_E})["LG-READABILITY"].level >= 3


# -- LG-GRAMMAR --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "err"), [
    # own: a run-in heading, then a name and a plain verb on the next line of the same cell
    ("Social, emotional and mental health\nKian want to sit near the door in every lesson.", "want"),
    # set I/i207
    ("Communication and interaction\nHodan have a speech and language need in both Somali and "
     "English, confirmed by a bilingual assessment in June 2026.", "have"),
])
def test_a_sentence_that_starts_a_new_line_is_read_as_a_sentence_start(engine, text, err):
    assert ("grammar", err) in [(i.kind, i.text) for i in engine.check(text)]


@pytest.mark.parametrize(("text", "err"), [
    ("Ayaan lives with his aunt since September 2025.", "lives"),  # own
    ("The boys are looked after by the council since 2024.", "are"),  # own
    # set I/i207
    ("The family is supported under a child in need plan since February 2026 because of "
     "overcrowded temporary housing.", "is"),
])
def test_the_present_tense_with_since_and_a_point_in_time_is_an_error(engine, text, err):
    assert ("grammar", err) in [(i.kind, i.text) for i in engine.check(text)]


@pytest.mark.parametrize("text", [
    "Ayaan has lived with his aunt since September 2025.",
    "He is supported at break, since he finds the playground too busy.",
    "She is supported by a mentor who has worked with her since Year 7.",
    "Ruby and her family are supported under a Child in Need plan (since May 2026).",  # set B/p24
    "Mental health and wellbeing\nParents want more information about the clubs.",
])
def test_correct_sentences_with_since_or_on_a_new_line_are_left_alone(engine, text):
    assert [i.text for i in engine.check(text) if i.kind == "grammar"] == []


def test_three_agreement_and_tense_errors_are_flagged(tmp_path):
    # set I/i207's three errors (the parents' translated words, in quotes, are theirs: not counted)
    b = ("Communication and interaction\nHodan have a speech and language need in both Somali and "
         "English. She uses 2-3 word phrases in Somali and single words in English. She enjoy songs "
         "and joins in with actions, and she understands routines well.")
    a = ("\"Hodan is a happy girl, she love singing and helping me cook.\" " + _PLAIN_A * 3)
    d = "The family is supported under a child in need plan since February 2026."
    crit = _criteria(tmp_path, {"A": a, "B": b, "D": d})["LG-GRAMMAR"]
    assert crit.level <= 2, [f.message for f in crit.findings]
    issues = [f for f in crit.findings if f.kind == "issue"]
    assert len(issues) == 3 and not any("love" in (f.quote or "") for f in issues)


# -- LG-JARGON ---------------------------------------------------------------------------------

def _jargon_keys(tmp_path: Path, sections: dict[str, str]) -> tuple[int, list[str]]:
    crit = _criteria(tmp_path, sections)["LG-JARGON"]
    keys = [f.message.split("'")[1] for f in crit.findings if f.kind == "issue" and "not explained" in f.message]
    return crit.level, keys


@pytest.mark.parametrize("sentence", [
    "Jamal answers with Makaton gestures and a few spoken words.",  # own
    "Staff will use Makaton symbols on his visual timetable.",  # own
    "Ruby uses Makaton signs and single words.",  # set I/i105
    "Teaching assistant support in all lessons, trained in Makaton signing, to adapt tasks and "
    "model language",  # set I/i210
])
def test_a_term_whose_everyday_noun_says_what_it_is_is_explained(tmp_path, sentence):
    _, keys = _jargon_keys(tmp_path, {"B": sentence})
    assert "Makaton" not in keys, keys
    _, keys = _jargon_keys(tmp_path, {"B": "Jamal uses Makaton at home."})
    assert "Makaton" in keys  # bare, it is still unexplained


@pytest.mark.parametrize(("sentence", "key"), [
    ("Reading age about 7 years (standardised reading test: NGRT, May 2026).", "NGRT"),  # own
    ("Expressive language at around a 4-year level in English (standardised language test, CELF "
     "Preschool-2, January 2026): short phrases, misses small grammar words", "CELF"),  # set I/i101
])
def test_a_test_cited_with_what_kind_of_test_it_is_is_explained(tmp_path, sentence, key):
    _, keys = _jargon_keys(tmp_path, {"B": sentence})
    assert key not in keys, keys
    _, keys = _jargon_keys(tmp_path, {"B": f"His {key} score was low."})
    assert key in keys


@pytest.mark.parametrize("sentence", [
    "Speech and language therapist support: the SaLT will visit each half-term.",  # own
    "Speech and language therapy: the SaLT assesses Tilly, sets targets and shows staff the "
    "activities",  # set I/i106
])
def test_an_acronym_spelled_out_in_another_case_is_explained(tmp_path, sentence):
    _, keys = _jargon_keys(tmp_path, {"F": sentence})
    assert "SaLT" not in keys, keys


def test_the_language_terms_of_every_speech_report_count_half(tmp_path):
    # own, and sets I/i106 and I/i210: reported, but two of them with a familiar acronym stay Good
    level, keys = _jargon_keys(tmp_path, {
        "B": "Her receptive language at around a 4-year level; her expressive language at about a 3-year level.",
        "F": "Small group work planned by the SENCo.",
        "G": "Speech and language therapy on expressive language and sentence building"})
    assert "expressive language" in keys and "receptive language" in keys
    assert level >= 3
    # a professional's jargon still fails
    level, _ = _jargon_keys(tmp_path, {"B": "Expressive language at around an 18-month level "
                                            "(Early Years Outcomes / WellComm, June 2026). "
                                            "He has SNHL, uses a ROGER and sees the QToD and CSW."})
    assert level <= 2
