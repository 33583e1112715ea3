"""Set X (round 22), front: classes the tool misread in X's language and Section K.

1. LG-SPELLING: the words of the inherited metabolic and mitochondrial clinics (the condition's
   name, the amino acids and supplements of the dietitian's regimen), the generic names of the
   medicines a child with complex health needs takes, and the enteral-feeding and oxygen words
   of a care plan are words; a slip next to them is still found.
2. LG-READABILITY: an outcome is measured without the frame that makes it measurable - its
   opening time frame ("By the end of July 2026,") and its closing record ("as recorded by her
   tutor"), and a bracketed cross-reference - so a well-framed outcome is not "hard to read" for
   the frame PC-SMART asks for; a long outcome is still long without its frame.
3. LG-JARGON: a quotation in the child's own words (in the first person) is theirs in every
   sentence, so a word written in capitals for emphasis in a later sentence of it ("Talk to ME")
   is not an acronym; the same capitals in a professional's sentence ("She has ME"), or in a
   quotation not in the first person, are still an acronym to explain.
4. Reader (Section K): a glossary under Section K ("Glossary of terms used in this plan",
   "What the words in this plan mean") gives meanings of words, not advice: its lines are not
   advice items (so none is "undated"); advice items above it are still read.

Each class has wording of our own, its boundary, and the set's plan read whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from validity_helpers import flagged, run, why

from ehcaudit.clauses import outcome_core
from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"


def _plan(tmp_path, text: str):
    p = tmp_path / "plan.md"
    p.write_text(text, encoding="utf-8")
    return read_plan(p)


# -- 1. spelling: metabolic clinic, medicines, feeding and oxygen words ---------------------------------

@pytest.mark.parametrize("sentence", [
    # the set's wording (x203, x206)
    "She has a mitochondrial cytopathy and is fed through a percutaneous endoscopic gastrostomy.",
    "Glutaric aciduria type 1 means her body cannot break down lysine; she takes carnitine twice a day.",
    "Dystonia is managed with trihexyphenidyl given at home.",
    # our own wording
    "Leo has propionic acidaemia; the metabolic dietitian limits isoleucine and watches for hyperammonaemia.",
    "His medicines are clonazepam, omeprazole and prednisolone, and a nasojejunal tube at night.",
    "Overnight her saturations are watched for hypoxia; she was apnoeic once and looked cyanotic.",
])
def test_metabolic_clinic_and_medicine_words_are_not_misspellings(sentence):
    from ehcaudit.language.harper_engine import get_engine  # lazy: the grammar engine, only here
    found = [m.text for m in get_engine().check(sentence + " Staff chekc it.") if m.kind == "spelling"]
    assert found == ["chekc"], found  # the planted slip is found, the words are not


@pytest.mark.parametrize("name", ["x203.docx", "x206.docx"])
def test_set_x_clinical_plans_spell_well(name):
    res = run(read_plan(SETS / "X" / "plans" / name), "LG-SPELLING")
    assert not flagged(res), why(res)


# -- 2. readability: an outcome without its frame ----------------------------------------------------

@pytest.mark.parametrize("text, core", [
    ("By the end of July 2027, Sam will read a bus timetable, as recorded by his tutor.",
     "Sam will read a bus timetable."),
    ("By Easter 2027, Sam will join a club and name a friend there, as confirmed by his mum (see Section H1).",
     "Sam will join a club and name a friend there."),
    ("Within two terms, Sam will make toast safely, measured by the cookery checklist.",
     "Sam will make toast safely."),
    ("By March 2027, Sam will write a one-page story, marked by his English teacher.", "Sam will write a one-page story."),
    ("By July 2027, Sam will pass two GCSEs, with mock results recorded by his tutor each term.",
     "Sam will pass two GCSEs."),
    ("By May 2027, Sam will have a plan for college, agreed with the careers adviser.", "Sam will have a plan for college."),
    # boundary: a lead that is a place, not a time, a verb of being assessed mid-sentence, and a
    # clause that is the outcome itself ("evidenced through ...") stay
    ("Sam will show calmer mornings, evidenced through consistent use of his strategies across lessons.",
     "Sam will show calmer mornings, evidenced through consistent use of his strategies across lessons."),
    ("In the playground, Sam will share a toy.", "In the playground, Sam will share a toy."),
    ("Sam will be assessed by the college in June.", "Sam will be assessed by the college in June."),
])
def test_outcome_core(text, core):
    assert outcome_core(text).rstrip(".") == core.rstrip(".")


_PLAIN_A = ("Sam told us he likes buses, his cat and going to the park with his nan at the weekend. "
            "He wants to work with animals when he leaves school. His nan says he is kind and funny "
            "and that he tries hard even when the work is difficult for him.")


def _outcomes_plan(tmp_path, outcomes: list[str]):
    e = "\n\n".join(outcomes)
    return _plan(tmp_path, f"Date of issue: 2 June 2026\n\n# Section A: Views\n\n{_PLAIN_A}\n\n"
                           f"# Section E: Outcomes\n\n{e}\n")


_FRAMED = [
    "By the end of July 2027, Sam will have finished a two-week placement at a farm shop and will have a good "
    "report from his supervisor on at least 3 of 4 things checked, as recorded by the placement officer.",
    "By the end of the summer term 2027, Sam will travel by bus from home to college and back on his own on "
    "5 days in a row, as signed off by the independent travel trainer.",
    "By Christmas 2026, Sam will go to the Saturday youth club on at least 3 of 4 weeks a month and will name "
    "two friends he has met there, as recorded by his youth worker at his review.",
    "By July 2027, Sam will use a list and a card to buy 5 things for a recipe in a shop and check his change "
    "on 3 visits, as recorded by his life skills teacher.",
]


def test_well_framed_outcomes_are_not_hard_to_read(tmp_path):
    res = run(_outcomes_plan(tmp_path, _FRAMED), "LG-READABILITY")
    assert not flagged(res), why(res)


def test_long_outcomes_are_still_long_without_their_frame(tmp_path):
    # boundary: the frame is all that is left out; an outcome that runs on is still hard going
    long = ("Sam will have completed a programme of supported work-related learning encompassing punctuality, "
            "communication with colleagues, independent organisation of his equipment, appropriate "
            "responses to instructions, and reflective evaluation of his performance alongside his "
            "supervisor, demonstrating consistent application across environments")
    res = run(_outcomes_plan(tmp_path, [f"By July 2027, {long}, as recorded by his tutor."] * 4), "LG-READABILITY")
    assert flagged(res), why(res)


def test_set_x_outcome_table_is_readable():
    res = run(read_plan(SETS / "X" / "plans" / "x110.docx"), "LG-READABILITY")
    assert not flagged(res), why(res)


# -- 3. jargon: the child's own words, with emphasis ---------------------------------------------------

def _jargon_plan(tmp_path, a: str):
    return _plan(tmp_path, f"Date of issue: 2 June 2026\n\n# Section A: Views\n\n{a}\n\n"
                           "# Section B: Needs\n\nSami finds reading hard.\n")


def _unexplained(res) -> list[str]:
    return [f.message.split("'")[1] for f in res.findings if f.kind == "issue"]


@pytest.mark.parametrize("a", [
    # the set's wording (x201)
    '"I don\'t like it when people talk to Mrs Kauser and not me. Talk to ME."',
    # our own wording
    "\u201cI can do it on my own. Let ME choose.\u201d",
    "\u201cWe want a say. Ask US first, not the teachers.\u201d",
    "“I asked first. It is MY turn to pick the game.”",
])
def test_emphasis_in_the_child_s_own_words_is_not_an_acronym(tmp_path, a):
    assert _unexplained(run(_jargon_plan(tmp_path, a), "LG-JARGON")) == []


@pytest.mark.parametrize("a, bad", [
    # boundary: the same capitals in a professional's sentence are an acronym
    ("Sami has ME and tires quickly in the afternoons.", ["ME"]),
    # boundary: a quotation in the third person is not the child's own words
    ("\u201cThe OT visits on Mondays.\u201d", ["OT"]),
])
def test_capitals_outside_own_words_are_still_acronyms(tmp_path, a, bad):
    assert _unexplained(run(_jargon_plan(tmp_path, a), "LG-JARGON")) == bad


def test_set_x_child_s_emphasis_is_not_jargon():
    res = run(read_plan(SETS / "X" / "plans" / "x201.docx"), "LG-JARGON")
    assert not any("'ME'" in f.message for f in res.findings), why(res)


# -- 4. reader: a glossary under Section K is not advice --------------------------------------------

_K = ("# Section K: Advice and information\n\n"
      "- Parents' views – Mr and Mrs Khan, 3 May 2026.\n"
      "- Educational advice – Ms Lee, SENCo, Hill School, 1 May 2026.\n\n")


@pytest.mark.parametrize("heading", ["Glossary of terms used in this plan", "What the words in this plan mean",
                                     "Key terms"])
def test_glossary_lines_under_k_are_not_advice(tmp_path, heading):
    k = (_K + f"## {heading}\n\n"
         "- Dysphagia: difficulty swallowing safely, as set out in the eating and drinking plan.\n"
         "- Gastrostomy: a feeding tube into the stomach (see the feeding report).\n")
    plan = _plan(tmp_path, "Date of issue: 2 June 2026\n\n" + k)
    assert [a.title for a in plan.advice] == ["Parents' views", "Educational advice"]
    assert not flagged(run(plan, "CA-DATED"))


def test_an_advice_list_under_another_subheading_is_still_read(tmp_path):
    # boundary: a sub-heading that is not a glossary keeps its items
    k = _K + "## Further reports\n\n- Physiotherapy report – Ms Ray, Physiotherapist.\n"
    plan = _plan(tmp_path, "Date of issue: 2 June 2026\n\n" + k)
    assert "Physiotherapy report" in [a.title for a in plan.advice]
    assert flagged(run(plan, "CA-DATED"))


def test_set_x_glossary_is_not_advice():
    plan = read_plan(SETS / "X" / "plans" / "x203.docx")
    assert all(a.kind != "other" for a in plan.advice)
    assert not flagged(run(plan, "CA-DATED"))
