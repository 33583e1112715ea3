"""Sets T and U: front-matter, Section K and language classes (round 18).

1. Reader (Section K): an advice item written as a card in one cell, a label and its value on
   each line ("Advice / information: …", "From: …", "Date: …"), is one item with its title,
   author and date, not one item per line (so the child's views are not "undated").
2. CA-STATUTORY-ADVICE: a hearing or visual impairment the plan names only to rule it out ("his
   language difficulties are not caused by hearing loss", "a visual impairment has been ruled
   out") needs no qualified teacher's advice; a real impairment in the same words still does.
3. LG-READABILITY: a sentence of Section A written as a clinical report describes a case ("presents
   with … comorbid …", "demonstrates avoidant behaviours … perseveration") caps the level as an
   outcome in clinical language does; a clinical word or two in plain sentences does not.
4. LG-JARGON: signs written in capitals as examples ("signs, including MILK and MORE") are not
   acronyms; an acronym after the long compound word it shortens ("congenital cytomegalovirus
   (CMV)") is explained; a clinical report's case words ("comorbid", "symptomatology") are terms.
5. LG-SPELLING: the words of renal, blood-disorder and birth-injury clinics, and a deafblind
   child's intervener, are words.

Each class has new wording of our own plus the set's wording in exact form; the set plans are
read whole too.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from validity_helpers import flagged, run, why

from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"


def _plan(tmp_path, text: str):
    p = tmp_path / "plan.md"
    p.write_text(text, encoding="utf-8")
    return read_plan(p)


# -- 1. an advice item written as a card of labelled lines ------------------------------------------

def _card_plan(tmp_path, cards: list[list[str]]):
    d = docx.Document()
    d.add_paragraph("Date of issue: 2 June 2026")
    d.add_heading("Section K: Advice and information", level=1)
    t = d.add_table(rows=len(cards), cols=1)
    for row, lines in zip(t.rows, cards, strict=True):
        cell = row.cells[0]
        cell.paragraphs[0].text = lines[0]
        for ln in lines[1:]:
            cell.add_paragraph(ln)
    path = tmp_path / "cards.docx"
    d.save(path)
    return read_plan(path)


def test_a_card_of_labelled_lines_is_one_item(tmp_path):
    plan = _card_plan(tmp_path, [
        ["Report: Ellis's views (gathered with symbols)", "Given by: Mr Dan Hill, Key Worker", "Date: 4 March 2026"],
        ["Advice or information: Educational advice – annual review report", "Author: Mrs Hale, SENCo",
         "Date: 5/03/2026"],
    ])
    items = [(a.title, a.author, a.date_text) for a in plan.advice]
    assert items == [
        ("Ellis's views (gathered with symbols)", "Mr Dan Hill, Key Worker", "4 March 2026"),
        ("Educational advice – annual review report", "Mrs Hale, SENCo", "5/03/2026"),  # the title kept whole
    ], items
    res = run(plan, "CA-DATED")
    assert not any("when it was given" in f.message for f in res.findings), why(res)


def test_a_card_whose_date_says_not_dated_is_undated(tmp_path):
    plan = _card_plan(tmp_path, [["Advice: Careers advice", "From: Northby Careers Service", "Date: Not dated"]])
    assert [(a.title, a.date) for a in plan.advice] == [("Careers advice", None)]
    assert flagged(run(plan, "CA-DATED"))


def test_lines_each_naming_an_advice_are_not_a_card(tmp_path):
    # boundary: every line is "kind: who, when" - several items, not one card's fields
    plan = _card_plan(tmp_path, [["Educational advice: Mrs Hale, SENCo, 5 March 2026",
                                  "Psychological advice: Dr Lowe, Educational Psychologist, 9 March 2026"]])
    assert [a.kind for a in plan.advice] == ["educational", "psychological"], plan.advice


@pytest.mark.parametrize("name", ["t202.docx", "t208.docx", "t212.docx"])
def test_set_t_cards_are_dated(name):
    plan = read_plan(SETS / "T" / "plans" / name)
    assert all(a.date is not None for a in plan.advice)
    assert not flagged(run(plan, "CA-DATED"))


# -- 2. an impairment named only to rule it out --------------------------------------------------

_K_HEAD = ("Date of issue: 2 June 2026\nNational Curriculum year: Year 5\n\n"
           "# Section B: Special educational needs\n\n{b}\n\n# Section K: Advice and information\n\n"
           "- Parents' views – Amir's mum, 3 March 2026\n- Educational advice – Mrs Hale, SENCo, 5 March 2026\n"
           "- Psychological advice – Dr Lowe, Educational Psychologist, 9 March 2026\n"
           "- Medical advice – Dr Orr, Community Paediatrician, 10 March 2026\n"
           "- Social care advice – Ms Tan, Social Worker, Disabled Children's Team, 12 March 2026\n")


@pytest.mark.parametrize("b", [
    # the set's wording (u106)
    "Mason's physical health is good and his hearing was tested by the audiology service in January 2026 and "
    "found to be normal, so his language difficulties are not caused by hearing loss.",
    # our own wording
    "Amir's slow reading is not due to a visual impairment: the orthoptist checked his eyes in May.",
    "There is no hearing loss; Amir's listening difficulties are about attention.",
    "A visual impairment has been ruled out by the eye clinic.",
])
def test_an_impairment_ruled_out_needs_no_qualified_teacher(tmp_path, b):
    res = run(_plan(tmp_path, _K_HEAD.format(b=b)), "CA-STATUTORY-ADVICE")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("b", [
    # boundary: the impairment is real, only something else is ruled out
    "Amir has a moderate hearing loss that is not caused by glue ear, and he wears hearing aids.",
    "His speech delay is not caused by his hearing loss alone. He wears two hearing aids.",
    "Amir is registered sight impaired; a brain injury has been ruled out.",
])
def test_a_real_impairment_still_needs_the_qualified_teacher(tmp_path, b):
    res = run(_plan(tmp_path, _K_HEAD.format(b=b)), "CA-STATUTORY-ADVICE")
    assert flagged(res) and any("qualified teacher" in f.message for f in res.findings), why(res)


def test_u106_needs_no_teacher_of_the_deaf():
    assert not flagged(run(read_plan(SETS / "U" / "plans" / "u106.docx"), "CA-STATUTORY-ADVICE"))


# -- 3. Section A written as a clinical report --------------------------------------------------------

_PLAIN_A = ("Ellis told us he likes football, his dog and going to the park with his dad at the weekend. "
            "He wants to be a vet when he grows up because he loves animals. His mum says he is kind and "
            "funny and that he tries hard at school even when the work is difficult for him. ")
_PLAIN_E = ("By July 2027, Ellis will read a short book to an adult and answer three questions about it, "
            "checked by his teacher each term. By July 2027, Ellis will play a game with a friend at "
            "break time on three days a week, noted by the lunchtime staff.")


def _a_plan(tmp_path, extra: str):
    return _plan(tmp_path, f"Date of issue: 2 June 2026\n\n# Section A: Views\n\n{_PLAIN_A}{extra}\n\n"
                           f"# Section E: Outcomes\n\n{_PLAIN_E}\n")


@pytest.mark.parametrize("extra", [
    # the sets' wording (u207, t203)
    "He demonstrates avoidant behaviours in novel environments and a restricted repertoire of interests, "
    "with perseveration on horticultural topics.",
    "Comorbid generalised anxiety symptomatology is reported, with somatic presentation prior to school "
    "attendance and marked avoidance of non-preferred demands.",
    # our own wording
    "Ellis presents with hypervigilance secondary to early trauma and interpersonal difficulties.",
])
def test_a_clinical_sentence_in_section_a_caps_readability(tmp_path, extra):
    res = run(_a_plan(tmp_path, extra), "LG-READABILITY")
    assert flagged(res) and any("clinical language" in f.message for f in res.findings), why(res)


@pytest.mark.parametrize("extra", [
    # boundary: one clinical word in a sentence written for the family
    "He was diagnosed with generalised anxiety disorder last year and sees a counsellor each week.",
    "His weight is on the 9th centile and the dietitian is happy with it.",
    "Ellis presents with a big smile every morning.",
])
def test_a_clinical_word_in_a_plain_sentence_does_not(tmp_path, extra):
    res = run(_a_plan(tmp_path, extra), "LG-READABILITY")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("set_name, name", [("U", "u105.docx"), ("U", "u207.docx"), ("T", "t108.docx"),
                                            ("T", "t203.docx")])
def test_set_plans_with_a_clinical_section_a_are_flagged(set_name, name):
    res = run(read_plan(SETS / set_name / "plans" / name), "LG-READABILITY")
    assert flagged(res), why(res)


# -- 4. jargon: sign glosses, compound-word acronyms, a clinical report's case words -------------------

def _jargon_plan(tmp_path, b: str):
    return _plan(tmp_path, f"Date of issue: 2 June 2026\n\n# Section A: Views\n\nSami likes trains.\n\n"
                           f"# Section B: Needs\n\n{b}\n")


def _unexplained(res) -> list[str]:
    return [f.message.split("'")[1] for f in res.findings if f.kind == "issue"]


@pytest.mark.parametrize("b", [
    # the set's wording (t101)
    "She understands about ten signs in context, including MILK, MORE, FINISHED and BATH, and responds "
    "to her own name.",
    # our own wording
    "Sami uses Makaton signs for things he wants, such as BISCUIT, CAR and HELP.",
    "He now says five words on his own (for example UP, GO, DOG).",
])
def test_signs_written_in_capitals_are_not_acronyms(tmp_path, b):
    assert _unexplained(run(_jargon_plan(tmp_path, b), "LG-JARGON")) == []


def test_acronyms_listed_in_a_sentence_not_about_signs_are_still_acronyms(tmp_path):
    # boundary: services listed in capitals are acronyms
    res = run(_jargon_plan(tmp_path, "Sami is supported by several teams, including LDT, CDT and ASCT."), "LG-JARGON")
    assert set(_unexplained(res)) == {"LDT", "CDT", "ASCT"}, why(res)


@pytest.mark.parametrize("b", [
    # the set's wording (t101)
    "Esme was born with congenital cytomegalovirus (CMV) infection, a virus passed on before birth.",
    # our own wording
    "Sami had an electroencephalogram (EEG) in March, which was normal.",
    "His mother has human immunodeficiency virus (HIV), which is well controlled.",
])
def test_an_acronym_after_the_compound_word_it_shortens_is_explained(tmp_path, b):
    assert _unexplained(run(_jargon_plan(tmp_path, b), "LG-JARGON")) == []


def test_an_acronym_after_unrelated_short_words_is_not_explained(tmp_path):
    # boundary: short words never give their inner letters
    res = run(_jargon_plan(tmp_path, "Sami is seen by the school team (STA) every week."), "LG-JARGON")
    assert _unexplained(res) == ["STA"], why(res)


@pytest.mark.parametrize("b, terms", [
    # the set's wording (t203, t108)
    ("Comorbid generalised anxiety symptomatology is reported, with somatic presentation.",
     {"comorbid", "symptomatology", "somatic"}),
    ("Comorbidities include renal anaemia, and she reports anhedonia.", {"comorbidities", "anhedonia"}),
    # our own wording
    ("Sami presents with a triad of impairments and perseveration on lifts.", {"triad of impairments", "perseveration"}),
])
def test_a_clinical_report_s_case_words_are_jargon(tmp_path, b, terms):
    assert set(_unexplained(run(_jargon_plan(tmp_path, b), "LG-JARGON"))) == terms


def test_a_case_word_explained_in_brackets_is_explained(tmp_path):
    b = "She reports anhedonia (finding no pleasure in things she used to enjoy)."
    assert _unexplained(run(_jargon_plan(tmp_path, b), "LG-JARGON")) == []


@pytest.mark.parametrize("set_name, name, bad", [("T", "t101.docx", False), ("T", "t108.docx", True),
                                                 ("T", "t203.docx", True)])
def test_set_t_jargon(set_name, name, bad):
    res = run(read_plan(SETS / set_name / "plans" / name), "LG-JARGON")
    assert flagged(res) is bad, why(res)


# -- 5. spelling: clinic words by family -------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    # the sets' wording (t105, t108, t110)
    "Eli's views were gathered by his intervener using BSL and his tactile symbols in January 2026.",
    "She is maintained on haemodialysis three times weekly.",
    "Jack has profound and multiple learning difficulties following a brain injury at birth "
    "(hypoxic-ischaemic encephalopathy).",
    # our own wording
    "The nephrologist reviews his erythropoietin and tacrolimus doses; the haemoglobinopathy nurse sees his sister.",
    "An MRI showed periventricular leukomalacia; she reports anhedonia and some perseveration.",
])
def test_clinic_words_are_not_misspellings(sentence):
    from ehcaudit.language.harper_engine import get_engine  # lazy: the grammar engine, only here
    found = [m.text for m in get_engine().check(sentence + " Staff chekc it.") if m.kind == "spelling"]
    assert found == ["chekc"], found  # the planted slip is found, the words are not
