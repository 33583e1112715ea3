"""Small .docx plans in each layout the reader must understand, built with python-docx.

Used by the reader tests (owned with them). Everything is synthetic: no real child's data.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt  # noqa: F401  (kept for callers that style runs)

TEMPLATE = Path(__file__).resolve().parent / "data" / "national-ehcp-template.docx"  # vendored (MIT, see its .LICENSE)

TITLES = {
    "A": "The views, interests and aspirations of the child and their parents",
    "B": "Special educational needs",
    "C": "Health needs which relate to their SEN",
    "D": "Social care needs which relate to their SEN or disability",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision reasonably required",
    "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Other social care provision reasonably required",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}

# Title-only headings (layout 3), one per section, as local templates write them.
PLAIN_TITLES = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health needs",
    "D": "Social care needs",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision (section 2 of the Chronically Sick and Disabled Persons Act 1970)",
    "H2": "Social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}

CONTENT = {
    "A": ["Sam likes trains and drawing. He wants to be an engineer when he grows up.",
          "Sam's parents hope he will make friends at school."],
    "B": ["Sam has difficulty understanding spoken instructions of more than two steps.",
          "He reads at a level typical of a child two years younger."],
    "C": ["Sam has a diagnosis of autism made by the community paediatrician in 2022."],
    "D": ["Sam has no social care needs identified after assessment."],
    "E": ["By July 2027, Sam will follow a three-step spoken instruction in class on 4 out of 5 occasions."],
    "F": ["30 minutes of speech and language therapy each week, delivered by a qualified therapist.",
          "A teaching assistant will pre-teach vocabulary for 15 minutes daily."],
    "G": ["Annual review by the community paediatrician."],
    "H1": ["Two overnight short breaks each month."],
    "H2": ["Early help support for the family for six months."],
    "I": ["Oakfield Primary School (mainstream primary)."],
    "J": ["No personal budget has been requested."],
    "K": ["Educational psychology advice – Dr Amy Clark, Educational Psychologist, 12/03/2026",
          "Paediatric advice from Dr N Shah (Community Paediatrician), dated 3 January 2024"],
}

CODES = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K")


def front_matter(d: docx.document.Document) -> None:
    d.add_paragraph("Education, Health and Care Plan")
    d.add_paragraph("Plan reference: EHC-0042")
    d.add_paragraph("National Curriculum year: 9")
    d.add_paragraph("Date issued: 12/03/2026")


def heading_styles(path: Path, fmt: str = "Section {code}: {title}", codes=CODES, level: int = 1) -> Path:
    """Layout 1: Word heading styles."""
    d = docx.Document()
    front_matter(d)
    for code in codes:
        d.add_heading(fmt.format(code=code, title=TITLES[code]), level=level)
        for i, text in enumerate(CONTENT[code]):
            if code in ("F", "K") and i == 1:
                d.add_paragraph(text, style="List Bullet")
            else:
                d.add_paragraph(text)
    d.save(path)
    return path


def bold_caps(path: Path, codes=CODES) -> Path:
    """Layout 2: unstyled bold or ALL-CAPS paragraphs."""
    d = docx.Document()
    front_matter(d)
    for n, code in enumerate(codes):
        if n % 2 == 0:
            text = f"PART {code} – {TITLES[code].upper()}"
            d.add_paragraph(text)
        else:
            p = d.add_paragraph()
            p.add_run(f"Section {code}: {TITLES[code]}").bold = True
        for text in CONTENT[code]:
            d.add_paragraph(text)
    d.save(path)
    return path


def title_only(path: Path, styled: bool = True, codes=CODES) -> Path:
    """Layout 3: headings that give only the title."""
    d = docx.Document()
    front_matter(d)
    for code in codes:
        if styled:
            d.add_heading(PLAIN_TITLES[code], level=2)
        else:
            p = d.add_paragraph()
            p.add_run(PLAIN_TITLES[code]).bold = True
        for text in CONTENT[code]:
            d.add_paragraph(text)
    d.save(path)
    return path


def label_table(path: Path, codes=CODES) -> Path:
    """Layout 4a: a two-column table whose left cell names the section."""
    d = docx.Document()
    front_matter(d)
    t = d.add_table(rows=0, cols=2)
    for code in codes:
        row = t.add_row().cells
        row[0].text = f"Section {code}"
        row[1].text = "\n".join(CONTENT[code])
    d.save(path)
    return path


def heading_tables(path: Path, codes=CODES) -> Path:
    """Layout 4b: one table per section, first row is the heading."""
    d = docx.Document()
    front_matter(d)
    for code in codes:
        t = d.add_table(rows=1 + len(CONTENT[code]), cols=1)
        t.rows[0].cells[0].text = f"Section {code} – {TITLES[code]}"
        for i, text in enumerate(CONTENT[code]):
            t.rows[i + 1].cells[0].text = text
        d.add_paragraph("")
    d.save(path)
    return path


def combined_tables(path: Path) -> Path:
    """Classic headings for A, I, J, K with B/F/E, C/G/E and D/H1/H2/E tables between."""
    d = docx.Document()
    front_matter(d)
    d.add_heading("Section A: Views, interests and aspirations", 1)
    d.add_paragraph(CONTENT["A"][0])
    t = d.add_table(rows=0, cols=3)
    for cells in (["Communication and interaction"], ["Strengths"], ["Sam is a keen reader."],
                  ["B – Special Educational Needs", "F – Special Educational Provision", "E – Outcomes"],
                  ["Need one", "Provision one", "Outcome one"],
                  ["", "", ""],
                  ["Need two", "Provision two", "Outcome two"]):
        row = t.add_row().cells
        if len(cells) == 1:
            row[0].merge(row[2])
        for i, text in enumerate(cells):
            row[i].text = text
    t2 = d.add_table(rows=2, cols=4)
    for i, text in enumerate(["D – Social care needs", "H1 – Social care provision (CSDPA)",
                              "H2 – Other social care provision", "E – Outcomes"]):
        t2.rows[0].cells[i].text = text
    for i, text in enumerate(["Short breaks needed", "Overnight short breaks", "Early help", "Sam enjoys clubs"]):
        t2.rows[1].cells[i].text = text
    d.add_heading("Section K: Advice and information", 1)
    k = d.add_table(rows=1, cols=4)
    for i, text in enumerate(["Advice and information", "Date received", "Who from", "Appended"]):
        k.rows[0].cells[i].text = text
    for row in (["Educational psychology advice", "12/03/2026", "Dr Amy Clark, Educational Psychologist", "Yes"],
                ["Medical advice", "", "", "Yes"],
                ["Parent views", "1st Sept 2025", "Ms Lee (mother)", "Yes"]):
        cells = k.add_row().cells
        for i, text in enumerate(row):
            cells[i].text = text
    d.save(path)
    return path


def append_xml(d: docx.document.Document, xml: str) -> None:
    """Append a raw WordprocessingML block (paragraph, sdt, table) before the section props."""
    el = parse_xml(xml.replace("<W>", f"<w:body {nsdecls('w')}>").replace("</W>", "</w:body>"))
    body = d.element.body
    sect = body.find(qn("w:sectPr"))
    for child in list(el):
        if sect is not None:
            sect.addprevious(child)
        else:
            body.append(child)


def with_tracked_changes_and_sdt(path: Path) -> Path:
    d = docx.Document()
    front_matter(d)
    d.add_heading("Section A: Views, interests and aspirations", 1)
    append_xml(d, """<W>
      <w:sdt><w:sdtPr/><w:sdtContent>
        <w:p><w:r><w:t>Block-level content control text about Sam.</w:t></w:r></w:p>
      </w:sdtContent></w:sdt>
      <w:p><w:r><w:t xml:space="preserve">Sam likes </w:t></w:r>
        <w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>run-level control</w:t></w:r></w:sdtContent></w:sdt>
        <w:r><w:t xml:space="preserve"> and </w:t></w:r>
        <w:ins w:id="1" w:author="x" w:date="2026-01-01T00:00:00Z"><w:r><w:t>inserted words</w:t></w:r></w:ins>
        <w:del w:id="2" w:author="x" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>DELETED WORDS</w:delText></w:r></w:del>
        <w:r><w:t>.</w:t></w:r></w:p>
      <w:p><w:del w:id="3" w:author="x" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>Entirely deleted paragraph.</w:delText></w:r></w:del></w:p>
    </W>""")
    d.add_heading("Section F: Special educational provision", 1)
    append_xml(d, """<W>
      <w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
        <w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Merged across two columns</w:t></w:r></w:p></w:tc>
              <w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Merged down two rows</w:t></w:r></w:p></w:tc></w:tr>
        <w:tr><w:tc><w:p><w:r><w:t>Left</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Middle</w:t></w:r></w:p></w:tc>
              <w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>
      </w:tbl>
    </W>""")
    d.save(path)
    return path


def fill_template(path: Path, values: dict[str, str] | None = None, default: str | None = None) -> Path:
    """The national template with ``{{ name }}`` placeholders replaced (paragraph by paragraph)."""
    values = values or {}
    d = docx.Document(str(TEMPLATE))
    pat = re.compile(r"\{\{\s*([a-z0-9_]+)\s*\}*")
    for p in d.element.body.iter(qn("w:p")):
        ts = [t for t in p.iter(qn("w:t"))]
        text = "".join(t.text or "" for t in ts)
        if "{{" not in text:
            continue

        def sub(m: re.Match[str]) -> str:
            key = m.group(1)
            if key in values:
                return values[key]
            return default.format(key=key) if default is not None else m.group(0)

        new = pat.sub(sub, text)
        if ts:
            ts[0].text = new
            for t in ts[1:]:
                t.text = ""
    d.save(path)
    return path


def fill_k_table(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    """Fill the first rows of the template's K table (advice | date | who from)."""
    d = docx.Document(str(path))
    k = [t for t in d.tables if t.rows[0].cells[0].text.startswith("Advice and information requested")][0]
    for i, (advice, date, who) in enumerate(rows):
        cells = k.rows[i + 1].cells
        cells[0].text, cells[1].text, cells[2].text = advice, date, who
    d.save(path)
    return path


def zip_with(path: Path, members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def minimal_docx_parts(document_xml: bytes) -> dict[str, bytes]:
    content_types = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        b'<Default Extension="xml" ContentType="application/xml"/>'
        b'<Override PartName="/word/document.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        b"</Types>"
    )
    rels = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        b'Target="word/document.xml"/></Relationships>'
    )
    return {"[Content_Types].xml": content_types, "_rels/.rels": rels, "word/document.xml": document_xml}


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def document_xml(*paragraphs: str) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>').encode()
