"""XML details: content controls, tracked changes, merged cells, styles, .docm."""

from __future__ import annotations

import shutil

import docx
import docx_builders as B

from ehcaudit.reader import read_plan


def test_sdt_and_tracked_changes(tmp_path):
    plan = read_plan(B.with_tracked_changes_and_sdt(tmp_path / "p.docx"))
    a = [b.text for b in plan.blocks_in("A")]
    assert "Block-level content control text about Sam." in a
    assert "Sam likes run-level control and inserted words." in a
    assert "DELETED" not in plan.text_of("A")
    assert "Entirely deleted paragraph." not in plan.text_of("A")


def test_merged_cells_read_once(tmp_path):
    plan = read_plan(B.with_tracked_changes_and_sdt(tmp_path / "p.docx"))
    f = [b.text for b in plan.blocks_in("F")]
    assert f == ["Merged across two columns", "Merged down two rows", "Left", "Middle"]
    cells = plan.blocks_in("F")
    assert [(c.row, c.col) for c in cells] == [(0, 0), (0, 2), (1, 0), (1, 1)]


def test_docm_is_read(tmp_path):
    src = B.heading_styles(tmp_path / "p.docx")
    dst = tmp_path / "macro.docm"
    shutil.copy(src, dst)
    plan = read_plan(dst)
    assert plan.found("K") and plan.format == "docx"


def test_line_breaks_and_tabs_inside_a_paragraph(tmp_path):
    d = docx.Document()
    d.add_heading("Section F: Special educational provision", 1)
    p = d.add_paragraph()
    r = p.add_run("First line")
    r.add_break()
    r.add_text("Second line")
    path = tmp_path / "p.docx"
    d.save(path)
    plan = read_plan(path)
    assert plan.blocks_in("F")[0].text == "First line\nSecond line"


def test_list_markers_typed_by_hand(tmp_path):
    d = docx.Document()
    d.add_heading("Section E: Outcomes", 1)
    d.add_paragraph("\u2022 Sam will read a short book.")
    d.add_paragraph("1. Sam will count to 20.")
    d.add_paragraph("Sam will make a friend.")
    path = tmp_path / "p.docx"
    d.save(path)
    plan = read_plan(path)
    blocks = plan.blocks_in("E")
    assert [b.kind for b in blocks] == ["list_item", "list_item", "paragraph"]
    assert blocks[0].text == "Sam will read a short book."
    assert [b.location for b in blocks] == ["Section E, list item 1", "Section E, list item 2", "Section E, paragraph 1"]


MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def test_text_box_read_once_and_row_level_controls(tmp_path):
    d = docx.Document()
    d.add_heading("Section A: Views, interests and aspirations", 1)
    B.append_xml(d, f"""<W>
      <w:p><w:r><w:t>Host paragraph.</w:t></w:r>
        <w:r><mc:AlternateContent xmlns:mc="{MC_NS}">
          <mc:Choice Requires="wps"><w:drawing><w:txbxContent>
            <w:p><w:r><w:t>Text box words.</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>
          <mc:Fallback><w:pict><w:txbxContent>
            <w:p><w:r><w:t>Text box words.</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>
        </mc:AlternateContent></w:r></w:p>
      <w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>
        <w:sdt><w:sdtPr/><w:sdtContent>
          <w:tr><w:tc><w:p><w:r><w:t>Row in a control</w:t></w:r></w:p></w:tc>
            <w:sdt><w:sdtPr/><w:sdtContent><w:tc><w:p><w:r><w:t>Cell in a control</w:t></w:r></w:p></w:tc></w:sdtContent></w:sdt>
          </w:tr></w:sdtContent></w:sdt>
        <w:tr><w:trPr><w:del w:id="9" w:author="x" w:date="2026-01-01T00:00:00Z"/></w:trPr>
          <w:tc><w:p><w:r><w:t>Deleted row</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>
      </w:tbl>
    </W>""")
    path = tmp_path / "p.docx"
    d.save(path)
    plan = read_plan(path)
    texts = [b.text for b in plan.blocks_in("A")]
    assert texts == ["Host paragraph.", "Text box words.", "Row in a control", "Cell in a control"]
    assert [b.col for b in plan.blocks_in("A")[2:]] == [0, 1]


def _tc(text: str, vmerge: str | None = None) -> str:
    pr = "" if vmerge is None else (f'<w:tcPr><w:vMerge w:val="{vmerge}"/></w:tcPr>' if vmerge else "<w:tcPr><w:vMerge/></w:tcPr>")
    body = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" if text else "<w:p/>"
    return f"<w:tc>{pr}{body}</w:tc>"


def test_need_merged_down_beside_two_provisions(tmp_path):
    d = docx.Document()
    rows = [
        [_tc("B – Special educational needs"), _tc("F – Special educational provision"), _tc("E – Outcomes")],
        [_tc("Sam struggles to listen", "restart"), _tc("Daily listening group"), _tc("Listens for 5 minutes")],
        [_tc("", ""), _tc("Weekly speech therapy"), _tc("Follows two-step instructions")],
    ]
    xml = "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows)
    B.append_xml(d, f"<W><w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>{xml}</w:tbl></W>")
    d.add_heading("Section K: Advice and information", 1)
    k = [
        [_tc("Advice"), _tc("Who from"), _tc("Date received")],
        [_tc("Speech and language therapy advice"), _tc("Ms R Hughes, Speech and Language Therapist", "restart"), _tc("12/03/2026")],
        [_tc("Speech and language therapy update"), _tc("", ""), _tc("1 May 2026")],
    ]
    xml = "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in k)
    B.append_xml(d, f"<W><w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>{xml}</w:tbl></W>")
    path = tmp_path / "p.docx"
    d.save(path)
    plan = read_plan(path)
    rows = plan.threads
    assert [r.row for r in rows] == [1, 2]
    assert rows[0].need == rows[1].need and len(rows[0].need) == 1
    assert [b.text for b in plan.blocks_in("B")] == ["Sam struggles to listen"]  # read once
    assert [plan.blocks[i].text for i in rows[1].provision] == ["Weekly speech therapy"]
    assert [a.author for a in plan.advice] == ["Ms R Hughes, Speech and Language Therapist"] * 2


def test_hidden_text_is_not_read(tmp_path):
    d = docx.Document()
    d.add_heading("Section A: Views, interests and aspirations", 1)
    p = d.add_paragraph("Sam likes trains.")
    hidden = p.add_run(" Guidance: write the child's views here.")
    hidden.font.hidden = True
    path = tmp_path / "p.docx"
    d.save(path)
    assert read_plan(path).text_of("A") == "Sam likes trains."
