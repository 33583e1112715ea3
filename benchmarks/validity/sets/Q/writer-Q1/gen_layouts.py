"""Three layouts used by writer Q1: bold-statutory, ef-table, national-template."""
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from gen_common import shade, cell_text, add_rich, table, COUNCIL

STAT_TITLES = {
 'A': "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
 'B': "Section B: The child or young person's special educational needs",
 'C': "Section C: The child or young person's health care needs which relate to their special educational needs",
 'D': "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability",
 'E': "Section E: The outcomes sought for the child or young person, including outcomes for adult life where appropriate",
 'F': "Section F: The special educational provision required by the child or young person",
 'G': "Section G: Any health care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
 'H1': "Section H1: Any social care provision which must be made for the child or young person under section 2 of the Chronically Sick and Disabled Persons Act 1970",
 'H2': "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
 'I': "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person",
 'J': "Section J: Personal budget (including arrangements for direct payments)",
 'K': "Section K: The advice and information gathered during the EHC needs assessment",
}
SHORT_TITLES = {
 'A': "Section A – Views, interests and aspirations",
 'B': "Section B – Special educational needs",
 'C': "Section C – Health care needs",
 'D': "Section D – Social care needs",
 'EF': "Sections E and F – Outcomes and special educational provision",
 'G': "Section G – Health care provision",
 'H1': "Section H1 – Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)",
 'H2': "Section H2 – Other social care provision",
 'I': "Section I – Placement",
 'J': "Section J – Personal budget",
 'K': "Section K – Advice and information",
}

def render_blocks(doc, blocks, mode):
    for b in blocks:
        kind = b[0]
        if kind == 'p':
            add_rich(doc.add_paragraph(), b[1])
        elif kind == 'lp':  # bold label + text
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.bold = True; add_rich(p, ' ' + b[2])
        elif kind == 'quote':
            add_rich(doc.add_paragraph(), b[1], italic=True)
        elif kind == 'sub':
            if mode == 'bold':
                p = doc.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.underline = True
            else:
                doc.add_heading(b[1], level=3)
        elif kind == 'ul':
            items = b[1]; ch = b[2] if len(b) > 2 else '•'
            for it in items:
                if mode == 'bold':
                    add_rich(doc.add_paragraph(), f"{ch}\t{it}" if ch != 'o' else f"    o  {it}")
                else:
                    add_rich(doc.add_paragraph(style='List Bullet'), it)
        elif kind == 'ol':
            for i, it in enumerate(b[1], 1):
                if mode == 'bold':
                    add_rich(doc.add_paragraph(), f"{i}. {it}")
                else:
                    add_rich(doc.add_paragraph(style='List Number'), it)
        elif kind == 'table':
            table(doc, b[1], b[2])
            doc.add_paragraph()
        elif kind == 'kv':
            t = doc.add_table(rows=0, cols=2); t.style = 'Table Grid'
            for k, v in b[1]:
                c = t.add_row().cells
                cell_text(c[0], k, bold=True); shade(c[0], 'EDEDED'); cell_text(c[1], v)
            doc.add_paragraph()
        elif kind == 'ef':
            ef_table(doc, b[1])
        else:
            raise ValueError(kind)

def ef_table(doc, areas):
    t = doc.add_table(rows=1, cols=4); t.style = 'Table Grid'
    for i, h in enumerate(["Outcome", "Provision", "Frequency", "Who"]):
        cell_text(t.rows[0].cells[i], h, bold=True); shade(t.rows[0].cells[i], 'BDD7EE')
    for area, outcomes in areas:
        r = t.add_row().cells
        m = r[0].merge(r[3]); cell_text(m, area, bold=True); shade(m, 'F2F2F2')
        for outcome, provs in outcomes:
            start = len(t.rows)
            for prov, freq, who in provs:
                c = t.add_row().cells
                cell_text(c[1], prov); cell_text(c[2], freq); cell_text(c[3], who)
            top = t.rows[start].cells[0]
            if len(provs) > 1:
                top = top.merge(t.rows[start + len(provs) - 1].cells[0])
            cell_text(top, outcome)
    doc.add_paragraph()

def render_bold(P, path):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(11)
    p = doc.add_paragraph(); r = p.add_run(COUNCIL.upper()); r.bold = True; r.font.size = Pt(14)
    p = doc.add_paragraph(); r = p.add_run(P['title']); r.bold = True; r.font.size = Pt(13)
    for k, v in P['front']:
        p = doc.add_paragraph(); r = p.add_run(k + ': '); r.bold = True; p.add_run(v)
    for key, blocks in P['sections']:
        doc.add_paragraph()
        p = doc.add_paragraph(); r = p.add_run(STAT_TITLES[key]); r.bold = True
        render_blocks(doc, blocks, 'bold')
    for line in P.get('end', []):
        add_rich(doc.add_paragraph(), line)
    doc.save(path)

def render_ef(P, path):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
    doc.add_heading(P['title'], level=1)
    t = doc.add_table(rows=0, cols=2); t.style = 'Table Grid'
    for k, v in P['front']:
        c = t.add_row().cells; cell_text(c[0], k, bold=True); shade(c[0], 'DEEAF6'); cell_text(c[1], v)
    doc.add_paragraph()
    for key, blocks in P['sections']:
        doc.add_heading(SHORT_TITLES[key], level=2)
        render_blocks(doc, blocks, 'ef')
    for line in P.get('end', []):
        add_rich(doc.add_paragraph(), line)
    doc.save(path)

# ---------------- national template ----------------
TEMPLATE = '/work/shared/reference/national-ehcp-template.docx'

def _fill_placeholders(tbl, mapping):
    for row in tbl.rows:
        for c in row.cells:
            txt = c.text
            if '{{' in txt:
                key = txt.strip().strip('{} ').strip()
                if key in mapping:
                    cell_text(c, mapping[key])

def _uniq_cells(row):
    out, seen = [], []
    for c in row.cells:
        if any(c._tc is x for x in seen): continue
        seen.append(c._tc); out.append(c)
    return out

def _fill_grid(tbl, first_row, rows, strengths=None, strengths_row=None):
    if strengths is not None:
        cell_text(tbl.rows[strengths_row].cells[0], strengths)
    trs = list(tbl.rows)[first_row:]
    for i, tr in enumerate(trs):
        if i < len(rows):
            cells = _uniq_cells(tr)
            for c, v in zip(cells, rows[i]):
                cell_text(c, v)
        else:
            tr._tr.getparent().remove(tr._tr)

def render_national(N, path):
    doc = Document(TEMPLATE)
    paras = doc.paragraphs
    h1 = paras[1]
    for r in h1.runs[1:]:
        r._r.getparent().remove(r._r)
    h1.runs[0].text = N['title']
    # front matter table inserted after the heading
    ft = doc.add_table(rows=0, cols=2); ft.style = doc.tables[0].style
    for k, v in N['front']:
        c = ft.add_row().cells; cell_text(c[0], k, bold=True); shade(c[0], 'E7E6E6'); cell_text(c[1], v)
    h1._p.addnext(ft._tbl)
    T = doc.tables  # note: index 0 is now the new front table
    _fill_placeholders(T[1], N['personal'])
    _fill_placeholders(T[2], N['services'])
    cell_text(T[3].rows[1].cells[1], N['history'])
    t = T[4]
    cell_text(t.rows[3].cells[0], N['views'])
    cell_text(t.rows[5].cells[0], N['interests'])
    cell_text(t.rows[7].cells[0], N['strengths'])
    cell_text(t.rows[9].cells[0], N['aspirations'])
    for ti, key in zip([5, 6, 7, 8], ['ci', 'cl', 'semh', 'sp']):
        area = N['bfe'][key]
        _fill_grid(T[ti], 4, area['rows'], area['strengths'], 2)
    _fill_grid(T[9], 3, N['cge']['rows'], N['cge']['strengths'], 1)
    _fill_grid(T[10], 3, N['dhe']['rows'], N['dhe']['strengths'], 1)
    # paragraph after C-G-E table: health agreement
    nxt = T[9]._tbl.getnext()
    from docx.text.paragraph import Paragraph
    for line in reversed(N.get('after_g', [])):
        newp = OxmlElement('w:p'); nxt.addprevious(newp)
        add_rich(Paragraph(newp, T[9]._parent), line)
    # I
    cell_text(T[11].rows[0].cells[1], N['I'][0]); cell_text(T[11].rows[1].cells[1], N['I'][1])
    for tr in list(T[11].rows)[2:]:
        tr._tr.getparent().remove(tr._tr)
    cell_text(T[12].rows[0].cells[1], N['J'][0]); cell_text(T[12].rows[1].cells[1], N['J'][1])
    # K
    kt = T[13]
    for i, row in enumerate(N['K'], 1):
        if row is None:
            continue
        label, date, who, app = row
        cells = _uniq_cells(kt.rows[i])
        if label: cell_text(cells[0], label)
        cell_text(cells[1], date); cell_text(cells[2], who); cell_text(cells[3], app)
    so = T[14]
    for c, v in zip(_uniq_cells(so.rows[1]), N['signoff']):
        cell_text(c, v)
    doc.save(path)
