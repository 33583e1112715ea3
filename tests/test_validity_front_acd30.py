"""Sets AC and AD (round 30), front: advice items written as small cards, the first plan's date
on the front page, words a writer glosses in brackets, and a speech report's labels.

1. Reader (Section K, CA-DATED): an advice item written in one cell as a card, its title on a line
   of its own and then labelled lines ("Given by: …", "Date: …"), is one item with that giver and
   date, also when the title already says whose views they are ("Mia's own views (review)") or has
   a note in brackets. Boundary: a card with no date line is still undated.
2. Reader (front page, CA-ADVICE-AGE): "Plan first issued: …" written before "Date this plan was
   issued: …" is the first plan's date, in any word order; advice is aged at this plan's date.
   Boundary: "Date issued" alone is still the issue date.
3. Spelling (LG-SPELLING): a word the writer explains straight after it in square brackets is
   used on purpose; a family's faith and school words and the terms of childhood cancer and brain
   injury are correct. Boundary: a slip with no gloss, or a gloss in round brackets, is reported.
4. Jargon (LG-JARGON): a speech and language report's labels for speech-sound errors ("cluster
   reduction", "a phonological disorder") and "aetiology" are technical terms. Boundary: the same
   label explained in everyday words is not.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from validity_helpers import flagged, run, why

from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"


def _card_plan(tmp_path, cards: list[list[str]]) -> Path:
    d = docx.Document()
    d.add_paragraph("Education, Health and Care Plan")
    d.add_paragraph("Date issued: 12 May 2026")
    d.add_paragraph("Section A: Views, interests and aspirations")
    d.add_paragraph("Noor likes swimming and baking with her aunt.")
    d.add_paragraph("Section K: Advice and information")
    t = d.add_table(rows=len(cards), cols=2)
    for row, lines in zip(t.rows, cards, strict=True):
        row.cells[0].text = ""
        row.cells[1].text = lines[0]
        for ln in lines[1:]:
            row.cells[1].add_paragraph(ln)
    path = tmp_path / "cards.docx"
    d.save(path)
    return path


_EDU = ["Educational advice", "Given by: Mr J. Ford, SENCo, Elm Primary School", "Date: 20 April 2026"]


# -- 1. a card: title line, then labelled lines -------------------------------------------------------

@pytest.mark.parametrize("card", [
    ["Noor's own views (annual review)", "Given by: Noor, with her key adult", "Date: 14 April 2026"],
    ["Parents' views", "Given by: Noor's father", "Date: 14 April 2026"],
    ["Preparing for adulthood advice (travel)", "Given by: Ms K. Obi, Transition Adviser", "Date: 2 March 2026"],
    ["Grandmother's views", "Written by: Mrs A. Rahman", "Date received: 9 April 2026"],
])
def test_a_card_is_one_dated_item(tmp_path, card):
    plan = read_plan(_card_plan(tmp_path, [card, _EDU]))
    assert len(plan.advice) == 2, plan.advice
    assert all(a.date is not None and a.author for a in plan.advice), plan.advice
    res = run(plan, "CA-DATED")
    assert not flagged(res), why(res)


def test_a_card_without_a_date_line_is_still_undated(tmp_path):
    # boundary: the labelled giver alone does not date the item
    plan = read_plan(_card_plan(tmp_path, [["Parents' views", "Given by: Noor's father"], _EDU]))
    res = run(plan, "CA-DATED")
    assert flagged(res), why(res)


@pytest.mark.parametrize("name", ["ac202", "ac205", "ac208", "ac211"])
def test_ac_letter_column_cards_are_dated(name):
    res = run(read_plan(SETS / "AC" / "plans" / f"{name}.docx"), "CA-DATED")
    assert not flagged(res), why(res)


# -- 2. the first plan's date on the front page -------------------------------------------------------

_OLD_K = ("# Section K: Advice and information\n\n"
          "- Psychological advice - Dr L. Mann, Educational Psychologist - 4 February 2023\n"
          "- Educational advice - Ms D. Hart, SENCo - 1 October 2025\n")


@pytest.mark.parametrize("first", [
    "Plan first issued: March 2023",
    "EHCP originally issued on: 20 March 2023",
    "Date the plan was first issued: 20/03/2023",
    "First issued: March 2023",
])
def test_the_first_plans_date_is_not_this_plans(tmp_path, first):
    p = tmp_path / "plan.md"
    p.write_text(f"{first}\n\nDate this plan was issued: 10 November 2025\n\n{_OLD_K}", encoding="utf-8")
    plan = read_plan(p)
    assert plan.front.date_issued is not None and plan.front.date_issued.year == 2025, plan.front
    res = run(plan, "CA-ADVICE-AGE")
    assert flagged(res) and any("out of date" in f.message for f in res.findings), why(res)


def test_date_issued_alone_is_still_the_issue_date(tmp_path):
    # boundary: with only one issue date, the 2023 advice is aged at it and is current
    p = tmp_path / "plan.md"
    p.write_text(f"Date issued: 10 May 2023\n\n{_OLD_K.replace('1 October 2025', '1 April 2023')}", encoding="utf-8")
    plan = read_plan(p)
    assert plan.front.date_issued is not None and plan.front.date_issued.year == 2023
    assert not flagged(run(plan, "CA-ADVICE-AGE"))


def test_ad211_old_advice_is_out_of_date():
    res = run(read_plan(SETS / "AD" / "plans" / "ad211.docx"), "CA-ADVICE-AGE")
    assert flagged(res), why(res)


# -- 3. spelling: glossed words, faith and school words, childhood cancer terms -----------------------

def _spelling(text: str) -> list[str]:
    from ehcaudit.language.harper_engine import get_engine  # lazy: the grammar engine, only here
    return [m.text for m in get_engine().check(text) if m.kind == "spelling"]


@pytest.mark.parametrize("sentence", [
    "\"At the weekend I help my zorbit [grandmother's neighbour] feed the hens,\" she said.",
    "He calls the reading corner his kravelo [quiet den] and goes there after lunch.",
    "She goes to cheder after school, where her rebbe reads Gemara and Chumash with the boys.",
    "The medulloblastoma was treated with craniospinal radiotherapy and adjuvant chemotherapy; "
    "the sequelae include dysmetria and ototoxicity.",
])
def test_glossed_faith_and_oncology_words_are_not_misspellings(sentence):
    assert _spelling(sentence + " Staff chekc it.") == ["chekc"]


@pytest.mark.parametrize("sentence", [
    "He calls the reading corner his kravelo and goes there after lunch.",  # no gloss
    "He calls the reading corner his kravelo (quiet den) and goes there after lunch.",  # round brackets
])
def test_an_unglossed_word_is_still_reported(sentence):
    assert "kravelo" in _spelling(sentence)


def test_ad110_medulloblastoma_is_spelled_right():
    res = run(read_plan(SETS / "AD" / "plans" / "ad110.docx"), "LG-SPELLING")
    assert not any("medulloblastoma" in f.message for f in res.findings), why(res)


# -- 4. a speech report's labels for speech-sound errors ----------------------------------------------

def _jargon_plan(tmp_path, sentence: str):
    p = tmp_path / "plan.md"
    p.write_text("Date of issue: 2 June 2026\n\n# Section B: Special educational needs\n\n"
                 f"Ola enjoys stories and singing. {sentence}\n", encoding="utf-8")
    return read_plan(p)


@pytest.mark.parametrize(("sentence", "term"), [
    ("Her speech shows cluster reduction, so strangers find her hard to follow.", "cluster reduction"),
    ("She has a phonological disorder that makes her speech hard to follow.", "phonological disorder"),
    ("He shows velar fronting in most words.", "velar fronting"),
    ("Her delay is of unknown aetiology.", "aetiology"),
])
def test_speech_sound_labels_are_jargon(tmp_path, sentence, term):
    res = run(_jargon_plan(tmp_path, sentence), "LG-JARGON")
    assert any(term in f.message for f in res.findings if f.kind == "issue"), why(res)


def test_a_label_explained_in_everyday_words_is_not(tmp_path):
    # boundary: the label followed by what it means in brackets
    res = run(_jargon_plan(tmp_path, "Her speech shows cluster reduction (she says 'top' for 'stop')."), "LG-JARGON")
    assert not any("cluster reduction" in f.message for f in res.findings if f.kind == "issue"), why(res)


def test_ad212_clinical_summary_is_flagged():
    assert flagged(run(read_plan(SETS / "AD" / "plans" / "ad212.docx"), "LG-JARGON"))
