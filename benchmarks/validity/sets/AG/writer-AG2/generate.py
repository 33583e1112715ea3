"""Generator for blind test set AG2 (Holmsea Borough Council, fictional).

Plan text lives as Python data in plans_bold.py, plans_national.py and plans_shaded.py.
One renderer per layout: bold-statutory, national-template, shaded-heading-table.
Run: /work/blind/.venv-AG2/bin/python generate.py
"""
import copy, os, sys
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'plans')
TEMPLATE = '/work/shared/reference/national-ehcp-template.docx'
COUNCIL = 'Holmsea Borough Council'

STATUTORY = {
    'A': 'Section A: The views, interests and aspirations of the child and his or her parents, or of the young person',
    'B': 'Section B: The child or young person\u2019s special educational needs',
    'C': 'Section C: The child or young person\u2019s health care needs which relate to their special educational needs',
    'D': 'Section D: The child or young person\u2019s social care needs which relate to their special educational needs or to a disability',
    'E': 'Section E: The outcomes sought for the child or young person, including outcomes for adult life',
    'F': 'Section F: The special educational provision required by the child or young person',
    'G': 'Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs',
    'H1': 'Section H1: Any social care provision which must be made for a child or young person under 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970',
    'H2': 'Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs',
    'I': 'Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person',
    'J': 'Section J: Where any special educational provision is to be secured by a direct payment, the special educational needs and outcomes to be met by the direct payment',
    'K': 'Section K: The advice and information gathered during the education, health and care needs assessment',
}
SHORT = {
    'A': 'Section A \u2013 Views, interests and aspirations',
    'B': 'Section B \u2013 Special educational needs',
    'C': 'Section C \u2013 Health needs',
    'D': 'Section D \u2013 Social care needs',
    'E': 'Section E \u2013 Outcomes',
    'F': 'Section F \u2013 Special educational provision',
    'G': 'Section G \u2013 Health provision',
    'H1': 'Section H1 \u2013 Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)',
    'H2': 'Section H2 \u2013 Other social care provision',
    'I': 'Section I \u2013 Placement',
    'J': 'Section J \u2013 Personal budget',
    'K': 'Section K \u2013 Advice and information',
}
ORDER = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K']


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def set_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for edge in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        e = OxmlElement('w:' + edge)
        e.set(qn('w:val'), 'single'); e.set(qn('w:sz'), '4'); e.set(qn('w:space'), '0'); e.set(qn('w:color'), '808080')
        b.append(e)
    tblPr.append(b)


def bold_para(doc_or_cell, text, size=None):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(text); r.bold = True
    if size: r.font.size = Pt(size)
    return p


def add_table(doc, header, rows, merge_first=False):
    t = doc.add_table(rows=1, cols=len(header))
    set_borders(t)
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.text = ''
        c.paragraphs[0].add_run(h).bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            write_cell(cells[i], v)
    if merge_first:
        # merge runs of identical first-column text (outcome merged down its provision rows)
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1][0] == '^':
                j += 1
            if j > i:
                a = t.rows[i + 1].cells[0]; b = t.rows[j + 1].cells[0]
                for k in range(i + 1, j + 1):
                    t.rows[k + 1].cells[0].text = ''
                a.merge(b)
                # tidy: remove empty paragraphs left by merge
                for p in list(a.paragraphs)[1:]:
                    if not p.text.strip():
                        p._p.getparent().remove(p._p)
            i = j + 1
    return t


def write_cell(cell, v):
    parts = v.split('\n') if isinstance(v, str) else v
    cell.text = ''
    first = True
    for part in parts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if part.startswith('**') and part.endswith('**'):
            p.add_run(part[2:-2]).bold = True
        else:
            p.add_run(part if part != '^' else '')


def render_blocks(doc, blocks, bullets):
    for b in blocks:
        kind = b[0]
        if kind == 'p':
            doc.add_paragraph(b[1])
        elif kind == 'h':
            bold_para(doc, b[1])
        elif kind == 'lp':  # label: text
            p = doc.add_paragraph(); p.add_run(b[1]).bold = True; p.add_run(' ' + b[2])
        elif kind == 'bl':
            doc.add_paragraph(bullets[0] + '\t' + b[1] if bullets[0] == '\u2022' else bullets[0] + ' ' + b[1])
        elif kind == 'bl2':
            p = doc.add_paragraph(bullets[1] + ' ' + b[1])
            p.paragraph_format.left_indent = Pt(24)
        elif kind == 'table':
            add_table(doc, b[1], b[2], merge_first=(len(b) > 3 and b[3]))
            doc.add_paragraph('')
        else:
            raise ValueError(kind)


def front_matter(doc, plan, shaded=False):
    p = doc.add_paragraph(); r = p.add_run(COUNCIL + ' \u2013 Special Educational Needs and Disabilities (SEND) Service'); r.bold = True; r.font.size = Pt(14)
    p = doc.add_paragraph(); r = p.add_run(plan.get('title', 'Education, Health and Care Plan')); r.bold = True; r.font.size = Pt(16)
    t = doc.add_table(rows=0, cols=2); set_borders(t)
    for k, v in plan['front']:
        cells = t.add_row().cells
        cells[0].text = ''; cells[0].paragraphs[0].add_run(k).bold = True
        if shaded: shade(cells[0], 'E7E6E6')
        write_cell(cells[1], v)
    doc.add_paragraph('')
    for line in plan.get('intro', []):
        doc.add_paragraph(line)


def render_bold(plan, path):
    doc = Document()
    doc.styles['Normal'].font.name = 'Arial'; doc.styles['Normal'].font.size = Pt(11)
    front_matter(doc, plan)
    bullets = plan.get('bullets', ('\u2022', 'o'))
    for s in ORDER:
        bold_para(doc, STATUTORY[s])
        render_blocks(doc, plan['sections'][s], bullets)
    for line in plan.get('signoff', []):
        doc.add_paragraph(line)
    doc.save(path)


def render_shaded(plan, path):
    doc = Document()
    doc.styles['Normal'].font.name = 'Calibri'; doc.styles['Normal'].font.size = Pt(11)
    front_matter(doc, plan, shaded=True)
    bullets = plan.get('bullets', ('-', 'o'))
    for s in ORDER:
        t = doc.add_table(rows=1, cols=1); set_borders(t)
        c = t.rows[0].cells[0]; shade(c, '1F4E79')
        c.text = ''; r = c.paragraphs[0].add_run(SHORT[s]); r.bold = True; r.font.size = Pt(13)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        doc.add_paragraph('')
        render_blocks(doc, plan['sections'][s], bullets)
    for line in plan.get('signoff', []):
        doc.add_paragraph(line)
    doc.save(path)


# ---------------- national template ----------------

def fill_cell(cell, text):
    """Replace a cell's content with text (\n separates paragraphs), keeping the first paragraph's style."""
    paras = cell.paragraphs
    style = paras[0].style
    for p in paras[1:]:
        p._p.getparent().remove(p._p)
    p0 = paras[0]
    for r in list(p0.runs):
        r._r.getparent().remove(r._r)
    # remove hyperlinks or other leftovers
    for child in list(p0._p):
        if child.tag != qn('w:pPr'):
            p0._p.remove(child)
    lines = text.split('\n')
    for i, line in enumerate(lines):
        p = p0 if i == 0 else cell.add_paragraph(style=style)
        if line.startswith('**') and line.endswith('**'):
            p.add_run(line[2:-2]).bold = True
        else:
            p.add_run(line)


def insert_paragraph_after(el, text, bold=False):
    new_p = OxmlElement('w:p')
    el.addnext(new_p)
    p = Paragraph(new_p, None)
    r = p.add_run(text); r.bold = bold
    return new_p


def render_national(plan, path):
    doc = Document(TEMPLATE)
    T = doc.tables
    # plan details under the title (house style)
    title = [p for p in doc.paragraphs if p.text.startswith('EHCP template')][0]
    last = title._p
    for line in plan['details']:
        last = insert_paragraph_after(last, line, bold=line.startswith(COUNCIL))
    # table 0 personal details
    t0 = T[0]
    def setc(t, r, c, v):
        fill_cell(t.rows[r].cells[c], v)
    pd = plan['personal']
    setc(t0, 1, 1, pd['name']); setc(t0, 1, 3, pd['preferred'])
    setc(t0, 2, 1, pd['dob'])
    setc(t0, 3, 1, pd['sex']); setc(t0, 3, 3, pd['ethnicity'])
    setc(t0, 4, 1, pd['lang']); setc(t0, 4, 3, pd['parent_lang'])
    setc(t0, 6, 1, pd['p1']); setc(t0, 6, 3, pd['p1rel'])
    setc(t0, 7, 1, 'Held on the SEND case record'); setc(t0, 7, 3, 'Held on the SEND case record')
    setc(t0, 8, 1, 'Held on the SEND case record')
    setc(t0, 9, 1, pd.get('p2', 'Not applicable')); setc(t0, 9, 3, pd.get('p2rel', '\u2014'))
    setc(t0, 10, 1, pd.get('p2contact', '\u2014')); setc(t0, 10, 3, pd.get('p2contact', '\u2014'))
    setc(t0, 11, 1, pd.get('p2addr', '\u2014'))
    t1 = T[1]
    for i, v in enumerate(plan['services'], start=1):
        setc(t1, i, 1, v)
    # A1
    fill_cell(T[2].rows[1].cells[1], plan['A1'])
    t3 = T[3]
    fill_cell(t3.rows[3].cells[0], plan['A2_views'])
    fill_cell(t3.rows[5].cells[0], plan['A2_interests'])
    fill_cell(t3.rows[7].cells[0], plan['A2_strengths'])
    fill_cell(t3.rows[9].cells[0], plan['A2_aspirations'])
    # B-F-E tables
    for ti, key in zip((4, 5, 6, 7), ('ci', 'cl', 'semh', 'sp')):
        area = plan['bfe'][key]
        t = T[ti]
        fill_cell(t.rows[2].cells[0], area['strengths'])
        rows = area['rows']
        for i in range(10):
            r = t.rows[4 + i]
            if i < len(rows):
                for c in range(3):
                    fill_cell(r.cells[c], rows[i][c])
        for r in list(t.rows)[4 + len(rows):]:
            t._tbl.remove(r._tr)
    # C-G-E
    t = T[8]
    fill_cell(t.rows[1].cells[0], plan['cge']['strengths'])
    rows = plan['cge']['rows']
    for i, row in enumerate(rows):
        for c in range(3):
            fill_cell(t.rows[3 + i].cells[c], row[c])
    for r in list(t.rows)[3 + len(rows):]:
        t._tbl.remove(r._tr)
    last = t._tbl
    for line in plan['health_agreement']:
        last = insert_paragraph_after(last, line, bold=False)
    # D-H1-H2-E
    t = T[9]
    fill_cell(t.rows[1].cells[0], plan['dhe']['strengths'])
    rows = plan['dhe']['rows']
    for i, row in enumerate(rows):
        for c in range(4):
            fill_cell(t.rows[3 + i].cells[c], row[c])
    for r in list(t.rows)[3 + len(rows):]:
        t._tbl.remove(r._tr)
    # I
    t = T[10]
    fill_cell(t.rows[0].cells[1], plan['I_name']); fill_cell(t.rows[1].cells[1], plan['I_type'])
    for r in list(t.rows)[2:]:
        t._tbl.remove(r._tr)
    # J
    t = T[11]
    fill_cell(t.rows[0].cells[1], plan['J'][0]); fill_cell(t.rows[1].cells[1], plan['J'][1])
    # K: rows 1..9; plan['K'] maps row index -> (label or None, date, who, appended)
    t = T[12]
    for ri, vals in plan['K'].items():
        r = t.rows[ri]
        if vals[0] is not None:
            fill_cell(r.cells[0], vals[0])
        fill_cell(r.cells[1], vals[1]); fill_cell(r.cells[2], vals[2]); fill_cell(r.cells[3], vals[3])
    extra = plan.get('K_extra', [])
    for vals in extra:
        new_tr = copy.deepcopy(t.rows[3]._tr)
        t.rows[3]._tr.addnext(new_tr)
    # fill extra rows (inserted after row 3, in order)
    for i, vals in enumerate(extra):
        r = t.rows[4 + i]
        for c in range(4):
            fill_cell(r.cells[c], vals[c])
    # sign-off
    t = T[13]
    for c in range(3):
        fill_cell(t.rows[1].cells[c], plan['signoff'][c])
    doc.save(path)


def main():
    sys.path.insert(0, HERE)
    import plans_bold, plans_national, plans_shaded
    os.makedirs(OUT, exist_ok=True)
    for plan in plans_bold.PLANS:
        render_bold(plan, os.path.join(OUT, plan['id'] + '.docx'))
    for plan in plans_shaded.PLANS:
        render_shaded(plan, os.path.join(OUT, plan['id'] + '.docx'))
    for plan in plans_national.PLANS:
        render_national(plan, os.path.join(OUT, plan['id'] + '.docx'))
    print('written', len(os.listdir(OUT)))


if __name__ == '__main__':
    main()
