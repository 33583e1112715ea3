"""Rendering helpers for set K1 (Carrow County Council, fictional South West rural county)."""
import copy, re
import docx
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

SHADE = "D9E2F3"


def shade(cell, fill=SHADE):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn('w:shd')):
        tcPr.remove(old)
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def add_runs(par, text, bold=False):
    """Add text to paragraph; **x** marks bold runs."""
    parts = re.split(r'(\*\*.+?\*\*)', text)
    for part in parts:
        if not part:
            continue
        if part.startswith('**') and part.endswith('**'):
            r = par.add_run(part[2:-2]); r.bold = True
        else:
            r = par.add_run(part)
            if bold:
                r.bold = True
    return par


def fill_cell(cell, content, bold=False, style=None):
    """content: str or list of str (one paragraph each)."""
    if isinstance(content, str):
        content = [content]
    ps = cell.paragraphs
    for extra in ps[1:]:
        extra._p.getparent().remove(extra._p)
    p0 = cell.paragraphs[0]
    for child in list(p0._p):
        if child.tag != qn('w:pPr'):
            p0._p.remove(child)
    first = True
    for item in content:
        if first:
            p = p0
            first = False
        else:
            p = cell.add_paragraph()
        if style:
            p.style = style
        add_runs(p, item, bold=bold)


def new_doc():
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'Arial'
    st.font.size = Pt(10.5)
    return d


def table(d, headers, rows, header_fill=SHADE, style='Table Grid'):
    t = d.add_table(rows=1, cols=len(headers))
    t.style = style
    for i, h in enumerate(headers):
        fill_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], header_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            fill_cell(cells[i], v)
    return t


# ---------------------------------------------------------------- bold-statutory
def render_bold(path, blocks, props):
    d = new_doc()
    for b in blocks:
        kind = b[0]
        if kind == 'title':
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(14)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == 'line':
            p = d.add_paragraph(); r = p.add_run(b[1] + ': '); r.bold = True; p.add_run(b[2])
            p.paragraph_format.space_after = Pt(0)
        elif kind == 'sec':
            p = d.add_paragraph(); p.paragraph_format.space_before = Pt(12)
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(11.5)
        elif kind == 'p':
            add_runs(d.add_paragraph(), b[1])
        elif kind == 'bul':
            ch = b[2] if len(b) > 2 else '•'
            for item in b[1]:
                p = d.add_paragraph()
                p.paragraph_format.left_indent = Pt(14 if ch != 'o' else 32)
                p.paragraph_format.space_after = Pt(2)
                add_runs(p, ch + ' ' + item)
        elif kind == 'tbl':
            table(d, b[1], b[2])
            d.add_paragraph()
        else:
            raise ValueError(kind)
    d.core_properties.author = props.get('author', 'Carrow County Council SEND Service')
    d.core_properties.title = 'Education, Health and Care Plan'
    d.save(path)


# ---------------------------------------------------------------- ef-table
def ef_table(d, rows):
    headers = ['Outcome', 'Provision', 'Frequency', 'Who']
    t = d.add_table(rows=1, cols=4)
    t.style = 'Table Grid'
    for i, h in enumerate(headers):
        fill_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i])
    for outcome, provs in rows:
        start = len(t.rows)
        for prov, freq, who in provs:
            cells = t.add_row().cells
            fill_cell(cells[1], prov); fill_cell(cells[2], freq); fill_cell(cells[3], who)
        top = t.rows[start].cells[0]
        if len(provs) > 1:
            top = top.merge(t.rows[start + len(provs) - 1].cells[0])
        fill_cell(top, outcome)
    return t


def render_ef(path, blocks, props):
    d = new_doc()
    for b in blocks:
        kind = b[0]
        if kind == 'title':
            d.add_heading(b[1], level=1)
        elif kind == 'kv':
            t = d.add_table(rows=0, cols=2); t.style = 'Table Grid'
            for k, v in b[1]:
                c = t.add_row().cells
                fill_cell(c[0], k, bold=True); shade(c[0], 'EDEDED'); fill_cell(c[1], v)
            d.add_paragraph()
        elif kind == 'sec':
            d.add_heading(b[1], level=2)
        elif kind == 'sub':
            d.add_heading(b[1], level=3)
        elif kind == 'p':
            add_runs(d.add_paragraph(), b[1])
        elif kind == 'bul':
            for item in b[1]:
                add_runs(d.add_paragraph(style='List Bullet'), item)
        elif kind == 'num':
            for item in b[1]:
                add_runs(d.add_paragraph(style='List Number'), item)
        elif kind == 'tbl':
            table(d, b[1], b[2]); d.add_paragraph()
        elif kind == 'ef':
            ef_table(d, b[1]); d.add_paragraph()
        else:
            raise ValueError(kind)
    d.core_properties.author = props.get('author', 'Carrow County Council SEND Service')
    d.core_properties.title = 'Education, Health and Care Plan'
    d.save(path)


# ---------------------------------------------------------------- national template
TEMPLATE = '/work/shared/reference/national-ehcp-template.docx'


def _del_row(t, row):
    t._tbl.remove(row._tr)


def _dup_row_after(t, row):
    new = copy.deepcopy(row._tr)
    row._tr.addnext(new)
    from docx.table import _Row
    return _Row(new, t)


def render_national(path, P):
    d = docx.Document(TEMPLATE)
    paras = d.paragraphs
    # Heading 1 -> council title
    h1 = [p for p in paras if p.style.name == 'Heading 1'][0]
    for r in list(h1.runs):
        r._r.getparent().remove(r._r)
    h1.add_run(P['title'])
    # front matter lines after heading: insert paragraphs after h1
    anchor = h1
    for label, value in reversed(P['front']):
        newp = copy.deepcopy(paras[2]._p)  # an empty Normal paragraph
        anchor._p.addnext(newp)
        from docx.text.paragraph import Paragraph
        pp = Paragraph(newp, h1._parent)
        for r in list(pp.runs):
            r._r.getparent().remove(r._r)
        rr = pp.add_run(label + ': '); rr.bold = True
        pp.add_run(value)
    T = d.tables
    # table 0 personal details
    t0 = T[0]
    det = P['details']
    def setc(t, r, c, v, bold=False):
        fill_cell(t.rows[r].cells[c], v, bold=bold)
    setc(t0, 1, 1, det['name']); setc(t0, 1, 3, det['preferred'])
    setc(t0, 2, 1, det['dob'])
    setc(t0, 3, 1, det['sex']); setc(t0, 3, 3, det['ethnicity'])
    setc(t0, 4, 1, det['lang']); setc(t0, 4, 3, det['parent_lang'])
    setc(t0, 6, 1, det['p1']); setc(t0, 6, 3, det['p1_rel'])
    setc(t0, 7, 1, 'Held on the case record'); setc(t0, 7, 3, 'Held on the case record')
    setc(t0, 8, 1, 'Held on the case record')
    if det.get('p2'):
        setc(t0, 9, 1, det['p2']); setc(t0, 9, 3, det['p2_rel'])
        setc(t0, 10, 1, 'Held on the case record'); setc(t0, 10, 3, 'Held on the case record')
        setc(t0, 11, 1, det.get('p2_addr', 'Same as parent or carer 1'))
    else:
        for r in [11, 10, 9]:
            _del_row(t0, t0.rows[r])
    # table 1 services
    t1 = T[1]
    for i, v in enumerate(P['services'], start=1):
        setc(t1, i, 1, v)
    # table 2 A1
    setc(T[2], 1, 1, P['history'])
    # table 3 A2
    setc(T[3], 3, 0, P['views']); setc(T[3], 5, 0, P['interests'])
    setc(T[3], 7, 0, P['strengths']); setc(T[3], 9, 0, P['aspirations'])
    # B-F-E tables 4..7
    for ti, key in zip([4, 5, 6, 7], ['ci', 'cl', 'semh', 'sp']):
        t = T[ti]
        area = P['bfe'][key]
        fill_cell(t.rows[2].cells[0], area['strengths'])
        rows = area['rows']
        for i in range(10):
            r = t.rows[4 + i]
            if i < len(rows):
                for c in range(3):
                    fill_cell(r.cells[c], rows[i][c])
        for i in range(9, len(rows) - 1, -1):
            _del_row(t, t.rows[4 + i])
    # C-G-E table 8
    t = T[8]
    fill_cell(t.rows[1].cells[0], P['cge']['strengths'])
    rows = P['cge']['rows']
    for i in range(10):
        if i < len(rows):
            for c in range(3):
                fill_cell(t.rows[3 + i].cells[c], rows[i][c])
    for i in range(9, len(rows) - 1, -1):
        _del_row(t, t.rows[3 + i])
    # sign-off paragraph after the C-G-E table (goes into the empty paragraph after it)
    if P['cge'].get('signoff'):
        nxt = t._tbl.getnext()
        from docx.text.paragraph import Paragraph
        pp = Paragraph(nxt, t._parent)
        add_runs(pp, P['cge']['signoff'])
    # D-H1-H2-E table 9
    t = T[9]
    fill_cell(t.rows[1].cells[0], P['dh']['strengths'])
    rows = P['dh']['rows']
    for i in range(10):
        if i < len(rows):
            for c in range(4):
                fill_cell(t.rows[3 + i].cells[c], rows[i][c])
    for i in range(9, len(rows) - 1, -1):
        _del_row(t, t.rows[3 + i])
    # I placement table 10
    t = T[10]
    irows = P['placement']
    for i in range(4):
        if i < len(irows):
            if i >= 2:
                fill_cell(t.rows[i].cells[0], irows[i][0], bold=True)
            fill_cell(t.rows[i].cells[1], irows[i][1])
    for i in range(3, len(irows) - 1, -1):
        _del_row(t, t.rows[i])
    # J table 11
    fill_cell(T[11].rows[0].cells[1], P['j'][0]); fill_cell(T[11].rows[1].cells[1], P['j'][1])
    # K table 12: P['k'] maps row index -> (label or None, date, who, appended); 'extra' rows after row 7
    t = T[12]
    extra = P.get('k_extra', [])
    base7 = t.rows[7]
    for row_i, vals in P['k'].items():
        r = t.rows[row_i]
        label, date, who, app = vals
        if label is not None:
            fill_cell(r.cells[0], label)
        fill_cell(r.cells[1], date); fill_cell(r.cells[2], who); fill_cell(r.cells[3], app)
    last = base7
    for label, date, who, app in extra:
        nr = _dup_row_after(t, last)
        fill_cell(nr.cells[0], label); fill_cell(nr.cells[1], date)
        fill_cell(nr.cells[2], who); fill_cell(nr.cells[3], app)
        last = nr
    # sign-off table 13
    t = T[13]
    fill_cell(t.rows[1].cells[0], P['la_signoff'][0]); fill_cell(t.rows[1].cells[1], P['la_signoff'][1])
    fill_cell(t.rows[1].cells[2], P['la_signoff'][2])
    d.core_properties.author = 'Carrow County Council SEND Service'
    d.core_properties.title = 'Education, Health and Care Plan'
    d.save(path)
