"""Sections are found in every layout plans come in (Word .docx)."""

from __future__ import annotations

import datetime as dt

import docx
import docx_builders as B
import pytest
from docx.oxml.ns import qn

from ehcaudit.model import SECTION_CODES
from ehcaudit.reader import read_document, read_plan
from ehcaudit.text import count_words

ALL = list(SECTION_CODES)

LAYOUTS = {
    "heading styles, 'Section A: ...'": lambda p: B.heading_styles(p),
    "heading styles, 'A – ...'": lambda p: B.heading_styles(p, fmt="{code} \u2013 {title}"),
    "heading 2, 'A. ...'": lambda p: B.heading_styles(p, fmt="{code}. {title}", level=2),
    "bold and ALL CAPS paragraphs": B.bold_caps,
    "title-only headings (styled)": lambda p: B.title_only(p, styled=True),
    "title-only headings (bold)": lambda p: B.title_only(p, styled=False),
    "two-column label table": B.label_table,
    "a table per section, heading in row 1": B.heading_tables,
}


def _found(plan):
    return [c for c, s in plan.sections.items() if s.found]


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_every_section_found_and_holds_its_own_text(tmp_path, layout):
    path = LAYOUTS[layout](tmp_path / "plan.docx")
    plan = read_plan(path)
    assert _found(plan) == ALL
    for code in ALL:
        texts = [b.text for b in plan.blocks_in(code)]
        joined = "\n".join(texts)
        for sentence in B.CONTENT[code]:
            assert sentence in joined, (code, texts)
        # nothing from another section leaks in
        for other in ALL:
            if other != code:
                assert B.CONTENT[other][0] not in joined
        assert plan.section(code).words > 0
    assert plan.format == "docx"
    assert plan.plan_id == "EHC-0042"
    assert plan.front.year_group == 9
    assert plan.front.date_issued == dt.date(2026, 3, 12)


def test_heading_blocks_locations_and_words(tmp_path):
    plan = read_plan(B.heading_styles(tmp_path / "p.docx"))
    f = plan.section("F")
    first = plan.blocks[f.block_ids[0]]
    assert first.kind == "heading" and first.section == "F"
    assert f.heading.startswith("Section F")
    kinds = [plan.blocks[i].kind for i in f.block_ids]
    assert kinds == ["heading", "paragraph", "list_item"]
    locs = [plan.blocks[i].location for i in f.block_ids[1:]]
    assert locs == ["Section F, paragraph 1", "Section F, list item 1"]
    assert plan.blocks[0].location == "Front matter, paragraph 1"
    assert plan.blocks[0].section is None
    assert plan.words == sum(s.words for s in plan.sections.values()) + sum(
        count_words(b.text) for b in plan.blocks if b.section is None and b.kind != "heading")
    assert all(b.id == i for i, b in enumerate(plan.blocks))


def test_para_ids_point_at_the_same_paragraphs(tmp_path):
    for build in (B.heading_styles, B.label_table, B.combined_tables, B.with_tracked_changes_and_sdt):
        path = build(tmp_path / f"{build.__name__}.docx")
        plan = read_plan(path)
        paras = list(docx.Document(str(path)).element.body.iter(qn("w:p")))
        for b in plan.blocks:
            assert b.para_ids, b
            first_text = "".join(t.text or "" for t in paras[b.para_ids[0]].iter(qn("w:t")))
            assert first_text.strip()[:10] in b.text or b.text[:10] in first_text, (b, first_text)


def test_body_sentence_mentioning_outcomes_is_not_a_heading(tmp_path):
    d = docx.Document()
    d.add_heading("Section A: Views, interests and aspirations", 1)
    d.add_paragraph("Outcomes for Sam were agreed with his family at the meeting.")
    d.add_paragraph("Special educational provision is described later in this plan")
    d.add_paragraph("Health needs: none identified.")
    d.add_heading("Section B: Special educational needs", 1)
    d.add_paragraph("Sam needs help.")
    path = tmp_path / "p.docx"
    d.save(path)
    plan = read_plan(path)
    assert _found(plan) == ["A", "B"]
    assert len(plan.blocks_in("A")) == 3


def test_social_care_provision_title_only_maps_to_h1_or_h2(tmp_path):
    d = docx.Document()
    d.add_heading("Social care provision", 2)
    d.add_paragraph("Early help.")
    d.add_heading("Social care provision under section 2 of the CSDPA", 2)
    d.add_paragraph("Short breaks.")
    path = tmp_path / "p.docx"
    d.save(path)
    plan = read_plan(path)
    assert plan.text_of("H2") == "Early help."
    assert plan.text_of("H1") == "Short breaks."


def test_subheadings_become_subsections(tmp_path):
    d = docx.Document()
    d.add_heading("Section B: Special educational needs", 1)
    d.add_heading("Communication and interaction", 2)
    d.add_paragraph("Sam finds conversation hard.")
    p = d.add_paragraph()
    p.add_run("Cognition and learning").bold = True
    d.add_paragraph("Sam reads slowly.")
    d.add_paragraph("NONE")
    path = tmp_path / "p.docx"
    d.save(path)
    plan = read_plan(path)
    body = plan.blocks_in("B")
    assert [(b.text, b.subsection) for b in body] == [
        ("Sam finds conversation hard.", "Communication and interaction"),
        ("Sam reads slowly.", "Cognition and learning"),
        ("NONE", "Cognition and learning"),
    ]


def test_combined_tables_give_thread_rows(tmp_path):
    plan = read_plan(B.combined_tables(tmp_path / "p.docx"))
    assert [c for c in ("B", "D", "E", "F", "H1", "H2") if plan.found(c)] == ["B", "D", "E", "F", "H1", "H2"]
    bfe = [t for t in plan.threads if t.table == "BFE"]
    assert [t.row for t in bfe] == [1, 3]  # the empty row 2 makes no blocks and no thread row
    assert all(t.area == "Communication and interaction" for t in bfe)
    row1 = bfe[0]
    assert [plan.blocks[i].text for i in row1.need] == ["Need one"]
    assert [plan.blocks[i].text for i in row1.provision] == ["Provision one"]
    assert [plan.blocks[i].text for i in row1.outcome] == ["Outcome one"]
    assert plan.blocks[row1.provision[0]].section == "F"
    assert plan.blocks[row1.provision[0]].location == (
        "Section B/F/E table (Communication and interaction), row 1, column 'F – Special Educational Provision'")
    strengths = [b for b in plan.blocks_in("B") if b.text == "Sam is a keen reader."]
    assert strengths and strengths[0].subsection == "Communication and interaction"
    dhhe = [t for t in plan.threads if t.table == "DHHE"]
    assert len(dhhe) == 1 and len(dhhe[0].provision) == 2
    assert [plan.blocks[i].section for i in dhhe[0].provision] == ["H1", "H2"]


def test_read_document_does_not_need_sections(tmp_path):
    d = docx.Document()
    d.add_paragraph("A letter to parents about the annual review.")
    d.add_paragraph("It is not an EHC plan.")
    path = tmp_path / "letter.docx"
    d.save(path)
    doc = read_document(path)
    assert [b.section for b in doc.blocks] == [None, None]
    assert doc.blocks[0].location == "Paragraph 1"
    assert not any(s.found for s in doc.sections.values())
    assert doc.plan_id == "letter"


def test_realistic_plan_with_distractors_invents_nothing(tmp_path):
    d = docx.Document()
    d.add_paragraph("Education, Health and Care Plan", style="Title")
    t = d.add_table(rows=3, cols=2)
    for r, (label, value) in enumerate([("Child's name", "Sam Lee"), ("Placement", "Oakfield Primary"),
                                         ("Date issued", "12/03/2026")]):
        t.rows[r].cells[0].text, t.rows[r].cells[1].text = label, value
    d.add_heading("Section A: Views, interests and aspirations", 1)
    for text in ("What is important to me", "My aspirations", "How best to support me"):
        p = d.add_paragraph()
        p.add_run(text).bold = True
        d.add_paragraph(f"Sam talked about {text.lower()} with his teacher.")
    d.add_paragraph("Outcomes for Sam were discussed with his family.")
    d.add_paragraph("A. Sam likes trains.")
    d.add_heading("Section B: Special educational needs", 1)
    for area in ("Communication and interaction", "Social, emotional and mental health needs"):
        p = d.add_paragraph()
        p.add_run(area).bold = True
        d.add_paragraph("Sam needs adults to use short sentences.")
    opts = d.add_table(rows=2, cols=3)
    for c, text in enumerate(["A", "B", "C"]):
        opts.rows[0].cells[c].text = text
        opts.rows[1].cells[c].text = "option"
    d.add_paragraph("HEALTH AND SAFETY")
    d.add_heading("Section F: Special educational provision", 1)
    d.add_paragraph("Health provision is described in Section G.")
    d.add_paragraph("Placement decisions are made by the panel.")
    path = tmp_path / "p.docx"
    d.save(path)
    plan = read_plan(path)
    assert _found(plan) == ["A", "B", "F"]
    assert plan.front.fields["Placement"] == "Oakfield Primary"
    assert plan.front.date_issued == dt.date(2026, 3, 12)
    a = plan.blocks_in("A")
    assert [b.subsection for b in a][:2] == ["What is important to me", "My aspirations"]
    assert "Outcomes for Sam were discussed with his family." in [b.text for b in a]
    assert len(plan.blocks_in("F")) == 2


def test_heading_and_content_in_one_cell_or_paragraph(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=1, cols=1)
    cell = t.rows[0].cells[0]
    cell.paragraphs[0].add_run("Section B: Special educational needs").bold = True
    cell.add_paragraph("Sam finds it hard to listen in a noisy classroom.")
    p = d.add_paragraph()
    r = p.add_run("Section E: Outcomes")
    r.add_break()
    r.add_text("By July 2027 Sam will swim 25 metres.")
    path = tmp_path / "p.docx"
    d.save(path)
    plan = read_plan(path)
    assert plan.section("B").heading == "Section B: Special educational needs"
    assert plan.text_of("B") == "Sam finds it hard to listen in a noisy classroom."
    assert plan.section("E").heading == "Section E: Outcomes"
    assert plan.text_of("E") == "By July 2027 Sam will swim 25 metres."


def test_whole_plan_in_one_single_column_table(tmp_path):
    d = docx.Document()
    B.front_matter(d)
    t = d.add_table(rows=0, cols=1)
    for code in B.CODES:
        cell = t.add_row().cells[0]
        cell.paragraphs[0].add_run(f"Section {code}: {B.TITLES[code]}").bold = True
        for text in B.CONTENT[code]:
            t.add_row().cells[0].text = text
    path = tmp_path / "p.docx"
    d.save(path)
    plan = read_plan(path)
    assert _found(plan) == ALL
    for code in ALL:
        assert plan.text_of(code) == "\n".join(B.CONTENT[code])


def test_table_of_contents_does_not_start_sections(tmp_path):
    d = docx.Document()
    d.add_paragraph("Contents")
    d.add_paragraph("Section A: Views, interests and aspirations\t3")
    d.add_paragraph("Section K: Advice and information ........ 12")
    d.add_paragraph("Plan reference: TOC-1")
    d.add_heading("Section A: Views, interests and aspirations", 1)
    d.add_paragraph("Sam likes trains.")
    path = tmp_path / "p.docx"
    d.save(path)
    plan = read_plan(path)
    assert _found(plan) == ["A"]
    assert plan.section("A").heading == "Section A: Views, interests and aspirations"
    assert plan.plan_id == "TOC-1"
    assert [b.section for b in plan.blocks[:4]] == [None] * 4


def test_front_matter_table_titled_placement_details(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=3, cols=2)
    t.rows[0].cells[0].merge(t.rows[0].cells[1]).text = "Placement details"
    t.rows[1].cells[0].text, t.rows[1].cells[1].text = "Current setting", "Oakfield Primary"
    t.rows[2].cells[0].text, t.rows[2].cells[1].text = "Year group", "Year 4"
    d.add_heading("Section A: Views, interests and aspirations", 1)
    d.add_paragraph("Sam likes trains.")
    path = tmp_path / "p.docx"
    d.save(path)
    plan = read_plan(path)
    assert _found(plan) == ["A"]
    assert plan.front.year_group == 4


def test_summary_tick_table_is_not_a_label_table(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=3, cols=2)
    for r, (label, value) in enumerate([("Health needs", "Yes"), ("Social care needs", "No"), ("Personal budget", "No")]):
        t.rows[r].cells[0].text, t.rows[r].cells[1].text = label, value
    d.add_heading("Section A: Views, interests and aspirations", 1)
    d.add_paragraph("Sam likes trains.")
    path = tmp_path / "p.docx"
    d.save(path)
    plan = read_plan(path)
    assert _found(plan) == ["A"]
    assert plan.front.fields["Health needs"] == "Yes"


def test_title_label_table(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=0, cols=2)
    for code in ("A", "B", "E"):
        row = t.add_row().cells
        row[0].text, row[1].text = B.PLAIN_TITLES[code], B.CONTENT[code][0]
    path = tmp_path / "p.docx"
    d.save(path)
    plan = read_plan(path)
    assert _found(plan) == ["A", "B", "E"]
    assert plan.text_of("E") == B.CONTENT["E"][0]


@pytest.mark.parametrize("outcome_header, provision_header", [
    ("What we want Sam to achieve", "What will be provided"),
    ("What Sam hopes to achieve", "What support Sam will get"),
    ("What we are aiming for", "What school will do"),
])
def test_an_outcome_and_provision_table_headed_in_plain_words(tmp_path, outcome_header, provision_header):
    """E and F in one table whose header says what each column holds in a council's own words
    ("What we want Sam to achieve | What will be provided | How much / how often | Who will
    provide it"): the outcome column is Section E, the provision and its attributes Section F."""
    d = docx.Document()
    B.front_matter(d)
    for code in ALL:
        d.add_heading(f"Section {code}: {B.TITLES[code]}", level=1)
        if code == "E":
            continue
        if code == "F":
            t = d.add_table(rows=2, cols=4)
            for cell, text in zip(t.rows[0].cells, [outcome_header, provision_header, "How much / how often",
                                                    "Who will provide it"], strict=True):
                cell.text = text
            for cell, text in zip(t.rows[1].cells, [
                    "By July 2027, Sam will read 50 common words on sight in 4 of 5 checks.",
                    "Precision teaching of sight words", "10 minutes daily, 1:1", "A trained teaching assistant"],
                    strict=True):
                cell.text = text
            continue
        d.add_paragraph(B.CONTENT[code][0])
    path = tmp_path / "plan.docx"
    d.save(path)
    plan = read_plan(path)
    e = "\n".join(b.text for b in plan.blocks_in("E"))
    f = "\n".join(b.text for b in plan.blocks_in("F"))
    assert "Sam will read 50 common words" in e and "Precision teaching" not in e
    assert "Precision teaching of sight words" in f and "10 minutes daily" in f and "Sam will read" not in f
