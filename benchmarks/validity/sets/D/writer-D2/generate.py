"""Generator for blind test set D2 (layouts: bold-statutory, shaded-heading-table, national-template).
Builds /work/blind/setD2/plans/d201.docx ... d212.docx from the plan data in content_*.py."""
import copy, os, re, sys
import docx
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, 'plans')
TEMPLATE = '/work/shared/reference/national-ehcp-template.docx'

STAT = {
 'A': "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
 'B': "Section B: The child or young person's special educational needs",
 'C': "Section C: The child or young person's health care needs which relate to their special educational needs",
 'D': "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability",
 'E': "Section E: The outcomes sought for the child or the young person",
 'F': "Section F: The special educational provision required by the child or the young person",
 'G': "Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
 'H1': "Section H1: Any social care provision which must be made for the child or young person under section 2 of the Chronically Sick and Disabled Persons Act 1970",
 'H2': "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
 'I': "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person",
 'J': "Section J: Where there is a personal budget, the details of how the personal budget will support particular outcomes, the provision it will be used for and the arrangements for any direct payments",
 'K': "Section K: The advice and information gathered during the EHC needs assessment",
}
SHORT = {
 'A': "Section A – Views, interests and aspirations",
 'B': "Section B – Special educational needs",
 'C': "Section C – Health needs",
 'D': "Section D – Social care needs",
 'E': "Section E – Outcomes",
 'F': "Section F – Special educational provision",
 'G': "Section G – Health provision",
 'H1': "Section H1 – Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)",
 'H2': "Section H2 – Other social care provision",
 'I': "Section I – Placement",
 'J': "Section J – Personal budget",
 'K': "Section K – Advice and information",
}
ORDER = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K']


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def add_runs(par, text):
    """**bold** markup inside a paragraph."""
    parts = re.split(r'(\*\*[^*]+\*\*)', text)
    for part in parts:
        if part.startswith('**') and part.endswith('**'):
            par.add_run(part[2:-2]).bold = True
        elif part:
            par.add_run(part)


def table(doc, header, rows, style='Table Grid', head_fill=None):
    t = doc.add_table(rows=1, cols=len(header))
    try:
        t.style = style
    except Exception:
        pass
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ''
        c.paragraphs[0].add_run(h).bold = True
        if head_fill:
            shade(c, head_fill)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = ''
            lines = v.split('\n')
            add_runs(cells[i].paragraphs[0], lines[0])
            for ln in lines[1:]:
                add_runs(cells[i].add_paragraph(), ln)
    return t


def blocks(doc, items, layout, bullet='•', fill=None):
    """Render a list of content blocks.
    str        -> paragraph ('## ' sub-heading, '* ' bullet, '1. ' numbered)
    ('table', header, rows) -> table"""
    for it in items:
        if isinstance(it, tuple):
            doc.add_paragraph()
            table(doc, it[1], it[2], head_fill=fill)
            doc.add_paragraph()
            continue
        if it.startswith('## '):
            p = doc.add_paragraph()
            r = p.add_run(it[3:]); r.bold = True
            if layout == 'shaded-heading-table':
                r.italic = False
            else:
                r.underline = True
        elif it.startswith('* '):
            if layout == 'bold-statutory':
                p = doc.add_paragraph()
                add_runs(p, bullet + '\t' + it[2:] if bullet == '•' else bullet + ' ' + it[2:])
                p.paragraph_format.left_indent = Pt(18)
            else:
                p = doc.add_paragraph(style='List Bullet')
                add_runs(p, it[2:])
        elif it.startswith('o '):  # second level hand-typed bullet
            p = doc.add_paragraph()
            add_runs(p, 'o  ' + it[2:])
            p.paragraph_format.left_indent = Pt(36)
        elif re.match(r'^\d+\. ', it) and layout == 'shaded-heading-table':
            p = doc.add_paragraph(style='List Number')
            add_runs(p, it.split('. ', 1)[1])
        else:
            p = doc.add_paragraph()
            add_runs(p, it)


def front(doc, plan, fill=None):
    t = doc.add_table(rows=0, cols=2)
    t.style = 'Table Grid'
    for k, v in plan['front']:
        cells = t.add_row().cells
        cells[0].text = ''
        cells[0].paragraphs[0].add_run(k).bold = True
        if fill:
            shade(cells[0], fill)
        cells[1].text = v
    doc.add_paragraph()


def build_bold(plan):
    doc = docx.Document()
    st = doc.styles['Normal']; st.font.name = plan.get('font', 'Arial'); st.font.size = Pt(11)
    p = doc.add_paragraph(); r = p.add_run(plan['council']); r.bold = True; r.font.size = Pt(14)
    p = doc.add_paragraph(); r = p.add_run(plan.get('title', 'Education, Health and Care Plan')); r.bold = True; r.font.size = Pt(13)
    front(doc, plan)
    for s in ORDER:
        p = doc.add_paragraph(); r = p.add_run(STAT[s]); r.bold = True
        if plan.get('caps_titles'):
            r.text = r.text.upper()
        blocks(doc, plan[s], 'bold-statutory', bullet=plan.get('bullet', '•'))
    if plan.get('signoff'):
        doc.add_paragraph()
        blocks(doc, plan['signoff'], 'bold-statutory')
    return doc


def build_shaded(plan):
    doc = docx.Document()
    st = doc.styles['Normal']; st.font.name = plan.get('font', 'Calibri'); st.font.size = Pt(11)
    fill = plan.get('fill', 'D9E2F3')
    t = doc.add_table(rows=1, cols=1); t.style = 'Table Grid'
    c = t.rows[0].cells[0]; shade(c, plan.get('title_fill', '1F3864'))
    r = c.paragraphs[0].add_run(plan['council'] + '\n' + plan.get('title', 'Education, Health and Care Plan'))
    r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    doc.add_paragraph()
    front(doc, plan, fill='F2F2F2')
    for s in ORDER:
        t = doc.add_table(rows=1, cols=1); t.style = 'Table Grid'
        c = t.rows[0].cells[0]; shade(c, fill)
        c.paragraphs[0].add_run(plan.get('titles', SHORT)[s]).bold = True
        blocks(doc, plan[s], 'shaded-heading-table', fill='F2F2F2')
        doc.add_paragraph()
    if plan.get('signoff'):
        blocks(doc, plan['signoff'], 'shaded-heading-table')
    return doc


# ---------------- national template -----------------
def set_cell(cell, text):
    """Replace a cell's content with text (\n = new paragraph, '* ' lines get a bullet)."""
    paras = cell.paragraphs
    for p in paras[1:]:
        p._element.getparent().remove(p._element)
    p0 = paras[0]
    for r in list(p0.runs):
        r._element.getparent().remove(r._element)
    lines = text.split('\n') if text else ['']
    first = True
    for ln in lines:
        p = p0 if first else cell.add_paragraph()
        first = False
        if ln.startswith('* '):
            ln = '•  ' + ln[2:]
        add_runs(p, ln)


def remove_row(row):
    row._tr.getparent().remove(row._tr)


def fill_area(t, strengths, rows):
    """B-F-E area table: row2 strengths, rows 4.. need/provision/outcome."""
    if strengths is None:
        return False
    set_cell(t.rows[2].cells[0], strengths)
    data_rows = list(t.rows)[4:]
    for i, r in enumerate(data_rows):
        if i < len(rows):
            for j, v in enumerate(rows[i]):
                set_cell(r.cells[j], v)
        else:
            remove_row(r)
    return True


def build_national(plan):
    doc = docx.Document(TEMPLATE)
    T = doc.tables
    body = doc.element.body
    # title
    h = [p for p in doc.paragraphs if p.style.name == 'Heading 1'][0]
    for r in h.runs[1:]:
        r._element.getparent().remove(r._element)
    h.runs[0].text = plan['council'] + ' – Education, Health and Care (EHC) Plan'
    # front matter table inserted after title
    ft = doc.add_table(rows=0, cols=2); ft.style = doc.tables[0].style
    for k, v in plan['front']:
        cells = ft.add_row().cells
        cells[0].text = ''; cells[0].paragraphs[0].add_run(k).bold = True; cells[1].text = v
    h._element.addnext(ft._tbl)
    gap = OxmlElement('w:p'); ft._tbl.addnext(gap)
    # personal details
    pd = plan['personal']
    t0 = T[0]
    for row in t0.rows:
        for c in row.cells:
            m = re.search(r'\{\{\s*(\w+)\s*\}\}', c.text)
            if m:
                set_cell(c, pd.get(m.group(1), ''))
    for row in T[1].rows[1:]:
        c = row.cells[1]
        m = re.search(r'\{\{\s*(\w+)\s*\}\}', c.text)
        if m:
            set_cell(c, pd.get(m.group(1), ''))
    set_cell(T[2].rows[1].cells[1], plan['history'])
    A = plan['A2']
    set_cell(T[3].rows[1].cells[0], A.get('media', 'None supplied.'))
    set_cell(T[3].rows[3].cells[0], A['views'])
    set_cell(T[3].rows[5].cells[0], A['interests'])
    set_cell(T[3].rows[7].cells[0], A['strengths'])
    set_cell(T[3].rows[9].cells[0], A['aspirations'])
    areas = [('ci', T[4]), ('cl', T[5]), ('semh', T[6]), ('sp', T[7])]
    for key, t in areas:
        a = plan['areas'].get(key)
        if a is None:
            # area not relevant: keep heading, state no needs in this area
            set_cell(t.rows[2].cells[0], plan.get('no_area_text', {}).get(key, 'No special educational needs identified in this area.'))
            for r in list(t.rows)[3:]:
                remove_row(r)
        else:
            fill_area(t, a[0], a[1])
    # health C-G-E
    t = T[8]
    set_cell(t.rows[1].cells[0], plan['health'][0])
    for i, r in enumerate(list(t.rows)[3:]):
        if i < len(plan['health'][1]):
            for j, v in enumerate(plan['health'][1][i]):
                set_cell(r.cells[j], v)
        else:
            remove_row(r)
    # social care D-H1-H2-E
    t = T[9]
    set_cell(t.rows[1].cells[0], plan['social'][0])
    for i, r in enumerate(list(t.rows)[3:]):
        if i < len(plan['social'][1]):
            for j, v in enumerate(plan['social'][1][i]):
                set_cell(r.cells[j], v)
        else:
            remove_row(r)
    # I placement
    t = T[10]
    set_cell(t.rows[0].cells[1], plan['I'][0]); set_cell(t.rows[1].cells[1], plan['I'][1])
    extra = plan['I'][2:]
    for i, r in enumerate(list(t.rows)[2:]):
        if i < len(extra):
            set_cell(r.cells[0], extra[i][0]); set_cell(r.cells[1], extra[i][1])
        else:
            remove_row(r)
    # J
    t = T[11]
    set_cell(t.rows[0].cells[1], plan['J'][0]); set_cell(t.rows[1].cells[1], plan['J'][1])
    # K: plan['K'] maps row index (1..9) -> (label or None, date, who, appended) ; None = leave row as template
    t = T[12]
    for idx, vals in plan['K'].items():
        r = t.rows[idx]
        label, date, who, app = vals
        if label is not None:
            set_cell(r.cells[0], label)
        set_cell(r.cells[1], date); set_cell(r.cells[2], who); set_cell(r.cells[3], app)
    for idx in sorted(plan.get('K_delete', []), reverse=True):
        remove_row(t.rows[idx])
    # sign-off
    t = T[13]
    set_cell(t.rows[1].cells[0], plan['signoff'][0]); set_cell(t.rows[1].cells[1], plan['signoff'][1]); set_cell(t.rows[1].cells[2], plan['signoff'][2])
    if plan.get('dco'):
        p = doc.add_paragraph()
        add_runs(p, plan['dco'])
    return doc


BUILDERS = {'bold-statutory': build_bold, 'shaded-heading-table': build_shaded, 'national-template': build_national}


def main():
    import content_bold, content_shaded, content_national
    plans = content_bold.PLANS + content_shaded.PLANS + content_national.PLANS
    plans.sort(key=lambda p: p['file'])
    os.makedirs(OUT, exist_ok=True)
    for p in plans:
        doc = BUILDERS[p['layout']](p)
        doc.save(os.path.join(OUT, p['file']))
        print('wrote', p['file'], p['layout'])


if __name__ == '__main__':
    main()
