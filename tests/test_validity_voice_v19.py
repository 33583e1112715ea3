"""Voice criteria, round 19: the classes behind set V's disagreements for PC-VOICE and
PC-ASPIRATION-LINK, each in our own words with its boundary.

* Reader: a numbered box of the section being read, its title and its text in one cell of a letter
  table ("A2 What Sam's dad says" over his account) is content, as "A1 About me ..." is - not a
  heading that swallows the family's views and hopes (set V, v102).
* PC-VOICE: long, finished first-person views for a child the plan says speaks only in single words
  or short phrases, with nothing saying how they were gathered, are the adults' words (v111, v210).
* PC-ASPIRATION-LINK: "I don't want to go to big school" is no aspiration (v108); a team game or PE
  builds towards a hope of playing football for a team (v109); an outcome about the child's language
  serves a hope that he will speak well (v204).
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from test_validity_person_centred_g import build
from validity_helpers import flagged, run, why

from ehcaudit.checks._aspire_reading import hoped
from ehcaudit.checks._pc_reading import SHORT_PHRASES
from ehcaudit.reader import read_plan

SET_V = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets" / "V" / "plans"
LINK = "PC-ASPIRATION-LINK"


def rows(*items: tuple[str, str] | tuple[str, str, str]) -> list[tuple]:
    return [(x[0], x[1], x[2] if len(x) > 2 else None, None) for x in items]


# -- reader: a numbered box with its text in one cell of a letter table ---------------------------------------

def _letter_table(path: Path, boxes: list[list[str]]) -> Path:
    """A letter table: a section letter over a merged first column, each box's lines in one cell."""
    d = docx.Document()
    t = d.add_table(rows=0, cols=2)
    for code, title, cells in (("A", "Section A: The views, interests and aspirations of Sam and his family", boxes),
                               ("B", "Section B: Sam's special educational needs",
                                [["B1 Communication", "Sam talks in full sentences and likes to chat."]])):
        r = t.add_row().cells
        r[0].text, r[1].text = code, title
        for lines in cells:
            c = t.add_row().cells[1]
            c.text = lines[0]
            c.paragraphs[0].runs[0].bold = True
            for ln in lines[1:]:
                c.add_paragraph(ln)
    d.save(str(path))
    return path


_ME = ["A1 About me", "\"I like trains and I want to drive one when I'm older.\""]
_DAD = ["A2 What Sam's dad says", "Dad describes Sam as curious and kind.",
        "He would like Sam to get a job on the railway one day."]


def test_numbered_box_with_its_text_is_content(tmp_path):
    plan = read_plan(_letter_table(tmp_path / "p.docx", [_ME, _DAD]))
    dad = [b for b in plan.blocks_in("A") if "Dad describes" in b.text]
    assert dad and dad[0].kind == "table_cell", [(b.kind, b.text[:30]) for b in plan.blocks]
    res = run(plan, "PC-VOICE")
    assert not flagged(res), why(res)


def test_a_box_title_alone_is_still_a_heading(tmp_path):
    # boundary: a one-line box title over nothing is a sub-heading, not content
    plan = read_plan(_letter_table(tmp_path / "p.docx", [_ME, ["A2 What Sam's dad says"]]))
    assert not [b for b in plan.blocks_in("A") if b.text.startswith("A2")]


def test_voice_set_v_v102():
    assert not flagged(run(read_plan(SET_V / "v102.docx"), "PC-VOICE"))


# -- PC-VOICE: finished first-person views for a child of single words or short phrases ----------------------

_SHORT = "Sam speaks in short phrases of two or three words and uses some signs."
_FLUENT = ("\"I know that my autism means I need a calm room to learn in, and I would like every teacher to "
           "explain the plan for the day before the lesson starts.\"")
_DAD_SAYS = ("Sam's dad says he is happiest outdoors.", "What Sam's dad says")


@pytest.mark.parametrize("text,short", [
    ("He uses single words and a few learned phrases.", True),
    ("She speaks in short phrases of three to four words.", True),
    ("Ali talks in two-word phrases with familiar adults.", True),
    ("His speech is limited to single words.", True),
    ("He can read single words and short sentences.", False),  # reading, not speech
    ("She speaks in full sentences and chats to her friends.", False),
])
def test_short_phrases_reading(text, short):
    assert bool(SHORT_PHRASES.search(text)) is short


def test_finished_first_person_views_for_short_phrases_are_the_adults():
    plan = build(rows(("A", _FLUENT, "My views"), ("A", *_DAD_SAYS), ("B", _SHORT)), known_as="Sam")
    res = run(plan, "PC-VOICE")
    assert flagged(res), why(res)


def test_short_first_person_lines_can_be_his_own():
    # boundary: short lines a child of short phrases could say
    plan = build(rows(("A", "\"I like the bus. Dinner too noisy. I want my quiet room.\"", "My views"),
                      ("A", *_DAD_SAYS), ("B", _SHORT)), known_as="Sam")
    res = run(plan, "PC-VOICE")
    assert not flagged(res), why(res)


def test_finished_views_with_how_they_were_gathered_are_his():
    # boundary: the same words, with Section A saying how his views were put together
    plan = build(rows(("A", "His teaching assistant wrote these views with Sam over three sessions, using symbols "
                            "and photos of his day.", "My views"),
                      ("A", _FLUENT, "My views"), ("A", *_DAD_SAYS), ("B", _SHORT)), known_as="Sam")
    res = run(plan, "PC-VOICE")
    assert not flagged(res), why(res)


def test_finished_views_of_a_child_who_talks_in_sentences_are_his():
    # boundary: nothing says he speaks only in short phrases
    plan = build(rows(("A", _FLUENT, "My views"), ("A", *_DAD_SAYS),
                      ("B", "Sam talks in long sentences but finds it hard to follow instructions.")), known_as="Sam")
    res = run(plan, "PC-VOICE")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("name", ["v111", "v210"])
def test_voice_set_v(name):
    res = run(read_plan(SET_V / f"{name}.docx"), "PC-VOICE")
    assert flagged(res), why(res)


# -- PC-ASPIRATION-LINK: a negated want is no aspiration -----------------------------------------------------

_HOPE = re.compile(r"\bwants? to (?:go|be)\b", re.IGNORECASE)


@pytest.mark.parametrize("sentence,hope", [
    ("I don't want to go to the big school.", False),
    ("She doesn’t want to go back to her old class.", False),
    ("He does not want to be picked last.", False),
    ("I want to go to the big school with Ellie.", True),
    ("I don't like maths but I want to be a builder.", True),  # the negation is another clause's
])
def test_hoped(sentence, hope):
    assert hoped(sentence, _HOPE) is hope


_READING = "By July 2027, Ellie will read 60 common words on sight, checked by her teacher each half term."


def test_a_fear_of_school_is_no_aspiration_to_build_on():
    plan = build(rows(("A", "\"I hate tests. I don't want to go to the big school.\"", "Ellie's views"),
                      ("E", _READING),
                      ("E", "By October 2027, Ellie will attend all her lessons at her new school for 3 weeks "
                            "running, shown by the school register.")), known_as="Ellie")
    res = run(plan, LINK)
    assert flagged(res) and res.level == 2, why(res)


def test_a_hope_for_the_next_school_is_still_built_on():
    # boundary: the same plan with the hope stated, not feared
    plan = build(rows(("A", "\"I want to go to the big school with my friend Ruby.\"", "Ellie's views"),
                      ("E", _READING),
                      ("E", "By October 2027, Ellie will attend all her lessons at her new school for 3 weeks "
                            "running, shown by the school register.")), known_as="Ellie")
    res = run(plan, LINK)
    assert not flagged(res), why(res)


def test_link_set_v_v108():
    assert flagged(run(read_plan(SET_V / "v108.docx"), LINK))


# -- PC-ASPIRATION-LINK: sport as outcomes name it; language as outcomes name it -----------------------------

def test_a_team_game_serves_the_sporting_hope():
    plan = build(rows(("A", "Kai wants to play cricket for the village team."),
                      ("A", "He says he would like to bowl like his uncle and play cricket every weekend."),
                      ("A", "His mum hopes he will play cricket at the club next summer."),
                      ("E", "By July 2027, Kai will join in a ball game with 5 other pupils for 15 minutes, "
                            "taking turns, in 3 out of 4 games lessons, recorded by his TA.")), known_as="Kai")
    res = run(plan, LINK)
    assert not flagged(res), why(res)


def test_the_sporting_hope_said_again_and_again_is_still_missed_without_sport():
    # boundary: no outcome about a game, PE or sport
    plan = build(rows(("A", "Kai wants to play cricket for the village team."),
                      ("A", "He says he would like to bowl like his uncle and play cricket every weekend."),
                      ("A", "His mum hopes he will play cricket at the club next summer."),
                      ("E", "By July 2027, Kai will spell 30 of the Year 3 words correctly, checked by his "
                            "teacher.")), known_as="Kai")
    res = run(plan, LINK)
    assert flagged(res), why(res)


def test_a_language_outcome_serves_a_hope_to_speak_well():
    plan = build(rows(("A", "His parents want Dawit to speak well in Amharic and English and to become a pilot."),
                      ("E", "By July 2027, Dawit will develop his expressive language, naming 20 everyday objects "
                            "in play, recorded by his key person.")), known_as="Dawit")
    res = run(plan, LINK)
    assert not flagged(res), why(res)


def test_link_set_v_v109_and_v204():
    assert not flagged(run(read_plan(SET_V / "v109.docx"), LINK))
    assert not flagged(run(read_plan(SET_V / "v204.docx"), LINK))
