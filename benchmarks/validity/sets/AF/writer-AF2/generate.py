"""Generator for blind test set AF2 (London Borough of Westmere, fictional).

Plan text lives as Python data in src/af2NN.py (one PLAN dict per file).
One renderer per layout: heading2-numbered, letter-column, bold-statutory.
Block mini-syntax inside a section:
  "## text"  sub-heading          "* text"  bullet        "+ text" sub-bullet
  "# text"   numbered item        "**Label:** rest"  bold lead-in
  ("T", [header...], [[row...], ...])  a table
  anything else: a plain paragraph
Run:  /work/blind/.venv-AF2/bin/python generate.py
"""
import importlib.util, pathlib
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = pathlib.Path(__file__).parent
OUT = HERE / "plans"

SHORT = {
    "A": "Section A: Views, interests and aspirations",
    "B": "Section B: Special educational needs",
    "C": "Section C: Health needs",
    "D": "Section D: Social care needs",
    "E": "Section E: Outcomes",
    "F": "Section F: Special educational provision",
    "G": "Section G: Health provision",
    "H1": "Section H1: Social care provision (Chronically Sick and Disabled Persons Act 1970)",
    "H2": "Section H2: Other social care provision",
    "I": "Section I: Placement",
    "J": "Section J: Personal budget",
    "K": "Section K: Advice and information",
}
LONG = {
    "A": "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
    "B": "Section B: The child or young person's special educational needs",
    "C": "Section C: The child or young person's health care needs which relate to their special educational needs",
    "D": "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability",
    "E": "Section E: The outcomes sought for the child or the young person, including outcomes for adult life",
    "F": "Section F: The special educational provision required by the child or the young person",
    "G": "Section G: Any health care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "H1": "Section H1: Any social care provision which must be made for a child or young person under 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "I": "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person, and the type of that institution",
    "J": "Section J: Where there is a personal budget, the details of how the personal budget will support particular outcomes, the provision it will be used for, and the arrangements for any direct payments",
    "K": "Section K: The advice and information gathered during the EHC needs assessment",
}


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def add_runs(par, text):
    if text.startswith("**") and "**" in text[2:]:
        lead, rest = text[2:].split("**", 1)
        par.add_run(lead).bold = True
        par.add_run(rest)
    else:
        par.add_run(text)


def front_table(doc, plan):
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in plan["front"]:
        r = t.add_row().cells
        r[0].text = ""; r[0].paragraphs[0].add_run(k).bold = True
        r[1].text = v
    return t


# ---------------- heading2-numbered ----------------
def render_heading2(plan):
    doc = Document()
    doc.add_heading(plan["council"], level=1)
    doc.add_paragraph(plan["title"])
    front_table(doc, plan)
    for letter, blocks in plan["sections"]:
        doc.add_heading(SHORT[letter], level=2)
        for b in blocks:
            if isinstance(b, tuple):
                hdr, rows = b[1], b[2]
                t = doc.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
                for i, h in enumerate(hdr):
                    t.rows[0].cells[i].text = ""; t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
                for row in rows:
                    cells = t.add_row().cells
                    for i, c in enumerate(row):
                        cells[i].text = c
                doc.add_paragraph("")
            elif b.startswith("## "):
                doc.add_heading(b[3:], level=3)
            elif b.startswith("* "):
                add_runs(doc.add_paragraph(style="List Bullet"), b[2:])
            elif b.startswith("+ "):
                add_runs(doc.add_paragraph(style="List Bullet 2"), b[2:])
            elif b.startswith("# "):
                add_runs(doc.add_paragraph(style="List Number"), b[2:])
            else:
                add_runs(doc.add_paragraph(), b)
    return doc


# ---------------- letter-column ----------------
def cell_write(cell, blocks, first=True):
    for b in blocks:
        if isinstance(b, tuple):
            hdr, rows = b[1], b[2]
            for row in rows:
                p = cell.add_paragraph() if not first else cell.paragraphs[0]
                first = False
                p.add_run(row[0]).bold = True
                p.add_run(" – " + " – ".join(row[1:]))
            continue
        p = cell.add_paragraph() if not first else cell.paragraphs[0]
        first = False
        if b.startswith("## "):
            p.add_run(b[3:]).bold = True
        elif b.startswith("* ") or b.startswith("# "):
            add_runs(p, "\u2022 " + b[2:])
        elif b.startswith("+ "):
            add_runs(p, "    - " + b[2:])
        else:
            add_runs(p, b)


def render_letter(plan):
    doc = Document()
    p = doc.add_paragraph(); r = p.add_run(plan["council"]); r.bold = True; r.font.size = Pt(14)
    p = doc.add_paragraph(); r = p.add_run(plan["title"]); r.bold = True
    front_table(doc, plan)
    doc.add_paragraph("")
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for letter, blocks in plan["sections"]:
        groups, cur = [], []
        for b in blocks:
            if isinstance(b, str) and b.startswith("## ") and cur:
                groups.append(cur); cur = []
            cur.append(b)
        if cur:
            groups.append(cur)
        start = len(t.rows)
        for gi, g in enumerate(groups):
            row = t.add_row().cells
            right = row[1]
            if gi == 0:
                right.paragraphs[0].add_run(SHORT[letter].split(": ", 1)[1]).bold = True
                cell_write(right, g, first=False)
            else:
                cell_write(right, g, first=True)
        left = t.rows[start].cells[0]
        if len(groups) > 1:
            left = left.merge(t.rows[len(t.rows) - 1].cells[0])
        left.text = ""
        run = left.paragraphs[0].add_run(letter); run.bold = True; run.font.size = Pt(16)
        shade(left)
    return doc


# ---------------- bold-statutory ----------------
def render_bold(plan):
    doc = Document()
    p = doc.add_paragraph(); r = p.add_run(plan["council"].upper()); r.bold = True
    p = doc.add_paragraph(); r = p.add_run(plan["title"].upper()); r.bold = True
    for k, v in plan["front"]:
        p = doc.add_paragraph(); p.add_run(k + ": ").bold = True; p.add_run(v)
    bullet = plan.get("bullet", "\u2022")
    for letter, blocks in plan["sections"]:
        doc.add_paragraph("")
        p = doc.add_paragraph(); p.add_run(LONG[letter]).bold = True
        for b in blocks:
            if isinstance(b, tuple):
                hdr, rows = b[1], b[2]
                t = doc.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
                for i, h in enumerate(hdr):
                    t.rows[0].cells[i].text = ""; t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
                for row in rows:
                    cells = t.add_row().cells
                    for i, c in enumerate(row):
                        cells[i].text = c
            elif b.startswith("## "):
                p = doc.add_paragraph(); p.add_run(b[3:]).bold = True
            elif b.startswith("* ") or b.startswith("# "):
                add_runs(doc.add_paragraph(), bullet + "  " + b[2:])
            elif b.startswith("+ "):
                add_runs(doc.add_paragraph(), "      o  " + b[2:])
            else:
                add_runs(doc.add_paragraph(), b)
    return doc


RENDER = {"heading2-numbered": render_heading2, "letter-column": render_letter, "bold-statutory": render_bold}


def load(pid):
    spec = importlib.util.spec_from_file_location(pid, HERE / "src" / f"{pid}.py")
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m.PLAN


def main():
    OUT.mkdir(exist_ok=True)
    for n in range(201, 213):
        pid = f"af{n}"
        if not (HERE / "src" / f"{pid}.py").exists():
            continue
        plan = load(pid)
        assert [s for s, _ in plan["sections"]] == ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"], pid
        RENDER[plan["layout"]](plan).save(OUT / f"{pid}.docx")
        print("wrote", pid)


if __name__ == "__main__":
    main()
