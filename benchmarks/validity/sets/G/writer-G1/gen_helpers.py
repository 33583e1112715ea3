"""Rendering helpers for set G1 (three layouts: bold-statutory, ef-table, national-template)."""
import copy
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.text.paragraph import Paragraph

TEMPLATE = '/work/shared/reference/national-ehcp-template.docx'
BOROUGH = 'London Borough of Kellingford'

LONG_TITLES = {
    'A': 'Section A: The views, interests and aspirations of the child and his or her parents, or of the young person',
    'B': "Section B: The child or young person's special educational needs",
    'C': "Section C: The child or young person's health care needs which relate to their special educational needs",
    'D': "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability",
    'E': 'Section E: The outcomes sought for the child or young person, including outcomes for adult life',
    'F': 'Section F: The special educational provision required by the child or young person',
    'G': 'Section G: Any health care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs',
    'H1': 'Section H1: Any social care provision which must be made for the child or young person under section 2 of the Chronically Sick and Disabled Persons Act 1970',
    'H2': 'Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs',
    'I': 'Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person',
    'J': 'Section J: Personal Budget (including arrangements for direct payments), and how it will support particular outcomes',
    'K': 'Section K: The advice and information gathered during the EHC needs assessment',
}
SHORT_TITLES = {
    'A': 'Section A – Views, interests and aspirations',
    'B': 'Section B – Special educational needs',
    'C': 'Section C – Health care needs',
    'D': 'Section D – Social care needs',
    'EF': 'Sections E and F – Outcomes and special educational provision',
    'G': 'Section G – Health care provision',
    'H1': 'Section H1 – Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)',
    'H2': 'Section H2 – Other social care provision',
    'I': 'Section I – Placement',
    'J': 'Section J – Personal Budget',
    'K': 'Section K – Advice and information',
}


def shade(cell, fill='D9E2F3'):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def add_runs(par, text):
    """'**bold**' segments become bold runs."""
    parts = text.split('**')
    for i, part in enumerate(parts):
        if part:
            r = par.add_run(part)
            if i % 2 == 1:
                r.bold = True
    return par


def set_cell(cell, content, bold=False):
    """content: str (\n separates paragraphs) or list of str."""
    if isinstance(content, str):
        content = content.split('\n')
    ps = cell.paragraphs
    for p in ps[1:]:
        p._p.getparent().remove(p._p)
    p0 = cell.paragraphs[0]
    for r in list(p0.runs):
        r._r.getparent().remove(r._r)
    for child in list(p0._p):
        if child.tag in (qn('w:hyperlink'),):
            p0._p.remove(child)
    first = True
    for line in content:
        p = p0 if first else cell.add_paragraph()
        first = False
        add_runs(p, ('**%s**' % line) if bold and line else line)


def table(doc, header, rows, style='Table Grid', shade_header=True):
    t = doc.add_table(rows=1, cols=len(header))
    try:
        t.style = style
    except Exception:
        pass
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True)
        if shade_header:
            shade(t.rows[0].cells[i])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    return t


def para(doc, text, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    add_runs(p, text)
    return p


def paras(doc, items):
    for it in items:
        para(doc, it)


# ---------------------------------------------------------------- bold-statutory
def render_bold(P, path):
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'Arial'
    st.font.size = Pt(10.5)
    para(doc, '**%s – Education, Health and Care Plan (EHCP)**' % BOROUGH)
    para(doc, '**FINAL PLAN – %s**' % P['name'])
    for k, v in P['front']:
        para(doc, '**%s:** %s' % (k, v))
    para(doc, '')
    for sec in ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K']:
        para(doc, '**%s**' % LONG_TITLES[sec])
        if sec == 'A':
            for sub, items in P['A']:
                para(doc, '**%s**' % sub)
                paras(doc, items)
        elif sec == 'B':
            for area, att, bar in P['B']:
                para(doc, '**%s**' % area)
                para(doc, 'Current attainment')
                paras(doc, att)
                para(doc, 'Barriers to learning')
                paras(doc, bar)
        elif sec == 'E':
            paras(doc, P.get('E_intro', []))
            table(doc, ['Longer-term outcome (end of phase)', 'Short-term targets (termly)',
                        'How progress will be measured'],
                  [(e['long'], e['short'], e['measure']) for e in P['E']])
        elif sec == 'F':
            paras(doc, P.get('F_intro', []))
            for area, items in P['F']:
                para(doc, '**%s**' % area)
                table(doc, ['What', 'How much', 'By whom', 'Start date'], items)
            paras(doc, P.get('F_outro', []))
        elif sec == 'G':
            paras(doc, P.get('G_intro', []))
            if P.get('G'):
                table(doc, ['What', 'How much', 'By whom', 'Start date'], P['G'])
            paras(doc, P.get('G_outro', []))
        elif sec == 'K':
            table(doc, ['Advice and information', 'Given by', 'Date'], P['K'])
            paras(doc, P.get('K_outro', []))
        else:
            paras(doc, P[sec])
        para(doc, '')
    doc.save(path)


# ---------------------------------------------------------------- ef-table
def render_ef(P, path):
    doc = Document()
    doc.add_heading('Education, Health and Care Plan (EHCP) for %s' % P['name'], level=1)
    para(doc, BOROUGH + ' – Special Educational Needs and Disabilities (SEND) Service')
    t = doc.add_table(rows=0, cols=2)
    t.style = 'Table Grid'
    for k, v in P['front']:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        shade(c[0], 'EDEDED')
        set_cell(c[1], v)
    for sec in ['A', 'B', 'C', 'D', 'EF', 'G', 'H1', 'H2', 'I', 'J', 'K']:
        doc.add_heading(SHORT_TITLES[sec], level=2)
        if sec == 'A':
            for sub, items in P['A']:
                doc.add_heading(sub, level=3)
                for it in items:
                    if it.startswith('- '):
                        para(doc, it[2:], style='List Bullet')
                    else:
                        para(doc, it)
        elif sec == 'B':
            for area, att, bar in P['B']:
                doc.add_heading(area, level=3)
                para(doc, '**Current attainment**')
                for it in att:
                    para(doc, it[2:], style='List Bullet') if it.startswith('- ') else para(doc, it)
                para(doc, '**Barriers to learning**')
                for it in bar:
                    para(doc, it[2:], style='List Bullet') if it.startswith('- ') else para(doc, it)
        elif sec == 'EF':
            paras(doc, P.get('EF_intro', []))
            t = doc.add_table(rows=1, cols=4)
            t.style = 'Table Grid'
            for i, h in enumerate(['Outcome', 'Provision', 'Frequency', 'Who']):
                set_cell(t.rows[0].cells[i], h, bold=True)
                shade(t.rows[0].cells[i])
            for e in P['EF']:
                first_idx = len(t.rows)
                for prov in e['prov']:
                    c = t.add_row().cells
                    for i, v in enumerate(prov):
                        set_cell(c[i + 1], v)
                top = t.rows[first_idx].cells[0]
                if len(e['prov']) > 1:
                    top = top.merge(t.rows[len(t.rows) - 1].cells[0])
                set_cell(top, e['outcome'])
            paras(doc, P.get('EF_outro', []))
        elif sec == 'G':
            paras(doc, P.get('G_intro', []))
            if P.get('G'):
                table(doc, ['What', 'How much', 'By whom', 'Start date'], P['G'])
            paras(doc, P.get('G_outro', []))
        elif sec == 'K':
            table(doc, ['Advice', 'From (name and role)', 'Date'], P['K'])
            paras(doc, P.get('K_outro', []))
        else:
            for it in P[sec]:
                para(doc, it[2:], style='List Bullet') if it.startswith('- ') else para(doc, it)
    doc.save(path)


# ---------------------------------------------------------------- national template
def _remove_row(row):
    row._tr.getparent().remove(row._tr)


def _insert_par_after(elem, doc, text, bold=False):
    new_p = OxmlElement('w:p')
    elem.addnext(new_p)
    p = Paragraph(new_p, doc._body)
    add_runs(p, ('**%s**' % text) if bold else text)
    return p


def _fill_area(t, strengths, rows):
    """Area table: row0 title, row1 'Strengths', row2 strengths text, row3 header, rows4.. need rows."""
    set_cell(t.rows[2].cells[0], strengths)
    data_rows = list(t.rows)[4:]
    for i, r in enumerate(data_rows):
        if i < len(rows):
            for j in range(3):
                set_cell(r.cells[j], rows[i][j])
        else:
            _remove_row(r)


def render_national(P, path):
    doc = Document(TEMPLATE)
    body = doc.element.body
    h1 = [p for p in doc.paragraphs if p.style.name == 'Heading 1' and 'template' in p.text][0]
    # front matter inserted after the heading: council title + issue table
    front = doc.add_table(rows=0, cols=2)
    front.style = doc.tables[0].style
    for k, v in P['front']:
        c = front.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)
    h1._p.addnext(front._tbl)
    _insert_par_after(h1._p, doc, '%s – Education, Health and Care Plan (EHCP)' % BOROUGH, bold=True)
    for r in h1.runs[1:]:
        r._r.getparent().remove(r._r)
    h1.runs[0].text = 'Education, Health and Care Plan – %s' % P['name']
    T = doc.tables  # index shifted by one (front table is T[0])
    pd = T[1]
    vals = P['personal']
    set_cell(pd.rows[1].cells[1], P['name']); set_cell(pd.rows[1].cells[3], vals.get('preferred', P['name']))
    set_cell(pd.rows[2].cells[1], vals['dob'])
    set_cell(pd.rows[3].cells[1], vals['sex']); set_cell(pd.rows[3].cells[3], vals['ethnicity'])
    set_cell(pd.rows[4].cells[1], vals['lang']); set_cell(pd.rows[4].cells[3], vals['parent_lang'])
    set_cell(pd.rows[6].cells[1], vals['p1']); set_cell(pd.rows[6].cells[3], vals['p1rel'])
    set_cell(pd.rows[7].cells[1], 'Held on case record'); set_cell(pd.rows[7].cells[3], 'Held on case record')
    set_cell(pd.rows[8].cells[1], 'Held on case record')
    if vals.get('p2'):
        set_cell(pd.rows[9].cells[1], vals['p2']); set_cell(pd.rows[9].cells[3], vals['p2rel'])
        set_cell(pd.rows[10].cells[1], 'Held on case record'); set_cell(pd.rows[10].cells[3], 'Held on case record')
        set_cell(pd.rows[11].cells[1], vals.get('p2addr', 'Same address'))
    else:
        for r in list(pd.rows)[9:12]:
            _remove_row(r)
    sv = T[2]
    for i, v in enumerate(P['services']):
        set_cell(sv.rows[i + 1].cells[1], v)
    set_cell(T[3].rows[1].cells[1], P['history'])
    a2 = T[4]
    set_cell(a2.rows[3].cells[0], P['views'])
    set_cell(a2.rows[5].cells[0], P['interests'])
    set_cell(a2.rows[7].cells[0], P['strengths'])
    set_cell(a2.rows[9].cells[0], P['aspirations'])
    for idx, key in zip([5, 6, 7, 8], ['ci', 'cl', 'semh', 'sp']):
        strengths, rows = P['areas'][key]
        _fill_area(T[idx], strengths, rows)
    # C-G-E
    cge = T[9]
    set_cell(cge.rows[1].cells[0], P['health_strengths'])
    for i, r in enumerate(list(cge.rows)[3:]):
        if i < len(P['health']):
            for j in range(3):
                set_cell(r.cells[j], P['health'][i][j])
        else:
            _remove_row(r)
    if P.get('health_signoff'):
        _insert_par_after(cge._tbl, doc, P['health_signoff'])
    dh = T[10]
    set_cell(dh.rows[1].cells[0], P['social_strengths'])
    for i, r in enumerate(list(dh.rows)[3:]):
        if i < len(P['social']):
            for j in range(4):
                set_cell(r.cells[j], P['social'][i][j])
        else:
            _remove_row(r)
    it = T[11]
    set_cell(it.rows[0].cells[1], P['I'][0]); set_cell(it.rows[1].cells[1], P['I'][1])
    if len(P['I']) > 2:
        set_cell(it.rows[2].cells[0], 'Start date'); set_cell(it.rows[2].cells[1], P['I'][2])
        _remove_row(it.rows[3])
    else:
        _remove_row(it.rows[3]); _remove_row(it.rows[2])
    jt = T[12]
    set_cell(jt.rows[0].cells[1], P['J'][0]); set_cell(jt.rows[1].cells[1], P['J'][1])
    kt = T[13]
    # K rows: list of (label or None to keep template label, date, who, appended) keyed by template row index
    krows = list(kt.rows)
    extra = []
    for spec in P['K']:
        idx, label, date, who, app = spec
        if idx == 'del':
            continue
        if idx is None:
            extra.append(spec)
            continue
        r = krows[idx]
        if label is not None:
            set_cell(r.cells[0], label)
        if date is not None:
            set_cell(r.cells[1], date)
        if who is not None:
            set_cell(r.cells[2], who)
        if app is not None:
            set_cell(r.cells[3], app)
    for spec in P['K']:
        if spec[0] == 'del':
            _remove_row(krows[spec[1]])
    # extra rows appended by copying the last row pattern
    anchor = krows[7]._tr  # after the 'other person LA thinks appropriate' row
    for _, label, date, who, app in extra:
        new = copy.deepcopy(krows[1]._tr)
        anchor.addnext(new)
        anchor = new
        from docx.table import _Row
        rr = _Row(new, kt)
        for j, v in enumerate([label, date, who, app]):
            set_cell(rr.cells[j], v)
    st = T[14]
    set_cell(st.rows[1].cells[0], P['signoff'][0])
    set_cell(st.rows[1].cells[1], P['signoff'][1])
    set_cell(st.rows[1].cells[2], P['signoff'][2])
    doc.save(path)
