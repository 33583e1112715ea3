# Generator for blind set F1 (Midlands city council style). Builds f101..f112.docx
import copy, os, re
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'plans')
TEMPLATE = '/work/shared/reference/national-ehcp-template.docx'
COUNCIL = 'Kingsmere City Council - Special Educational Needs and Disabilities (SEND) Service'


def shade(cell, fill='D9E2F3'):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill)
    tcPr.append(s)


def bold_para(doc, text, size=None):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = True
    if size: r.font.size = Pt(size)
    return p


def table(doc, header, rows, style='Table Grid'):
    t = doc.add_table(rows=1, cols=len(header)); t.style = style
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.text = ''; c.paragraphs[0].add_run(h).bold = True; shade(c)
    for r in rows:
        cells = t.add_row().cells
        if isinstance(r, str):  # group row merged across
            m = cells[0].merge(cells[-1]); m.text = ''; m.paragraphs[0].add_run(r).bold = True; shade(m, 'EDEDED')
            continue
        for i, v in enumerate(r):
            cells[i].text = v
    doc.add_paragraph()
    return t


def front(doc, p):
    bold_para(doc, COUNCIL, 11)
    bold_para(doc, 'Education, Health and Care Plan', 16)
    rows = p['front']
    t = doc.add_table(rows=0, cols=2); t.style = 'Table Grid'
    for k, v in rows:
        c = t.add_row().cells; c[0].text = ''; c[0].paragraphs[0].add_run(k).bold = True; shade(c[0], 'F2F2F2'); c[1].text = v
    doc.add_paragraph()
    # plan on a page
    bold_para(doc, 'My plan on a page')
    t = doc.add_table(rows=0, cols=2); t.style = 'Table Grid'
    for k, v in p['pop']:
        c = t.add_row().cells; c[0].text = ''; c[0].paragraphs[0].add_run(k).bold = True; shade(c[0], 'E2EFDA'); c[1].text = v
    doc.add_paragraph()


def section_a_profile(doc, p, title_fn):
    title_fn(doc, p['A_title'])
    for sub, items in p['A']:
        bold_para(doc, sub)
        for it in items:
            if it.startswith('!'):
                doc.add_paragraph(it[1:])
            else:
                doc.add_paragraph(p.get('bullet', '\u2022') + ' ' + it)


STAT = {
 'A': 'Section A: The views, interests and aspirations of the child and their parents, or of the young person',
 'B': 'Section B: The special educational needs (SEN) of the child or young person',
 'C': 'Section C: The health care needs of the child or young person which relate to their special educational needs',
 'D': 'Section D: The social care needs of the child or young person which relate to their special educational needs or to a disability',
 'E': 'Section E: The outcomes sought for the child or young person, including outcomes for adult life where appropriate',
 'F': 'Section F: The special educational provision required by the child or young person',
 'G': 'Section G: Any health care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs',
 'H1': 'Section H1: Any social care provision which must be made for the child or young person under section 2 of the Chronically Sick and Disabled Persons Act 1970',
 'H2': 'Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs',
 'I': 'Section I: The name and type of the school or other institution to be attended by the child or young person',
 'J': 'Section J: Personal budget (including arrangements for direct payments)',
 'K': 'Section K: Advice and information gathered during the EHC needs assessment',
}


def lines(doc, items, bullet):
    for it in items:
        if it.startswith('!'):
            doc.add_paragraph(it[1:])
        else:
            doc.add_paragraph(bullet + ' ' + it if bullet else it)


def build_bold(p):
    doc = Document()
    doc.styles['Normal'].font.name = 'Arial'; doc.styles['Normal'].font.size = Pt(10.5)
    front(doc, p)
    b = p.get('bullet', '\u2022')
    t = lambda d, s: bold_para(d, s)
    t(doc, STAT['A'])
    for sub, items in p['A']:
        bold_para(doc, sub); lines(doc, items, b)
    t(doc, STAT['B'])
    for area, items in p['B']:
        bold_para(doc, area); lines(doc, items, b)
    t(doc, STAT['C']); lines(doc, p['C'], b)
    t(doc, STAT['D']); lines(doc, p['D'], b)
    t(doc, STAT['E'])
    for pfa, items in p['E']:
        bold_para(doc, pfa); lines(doc, items, p.get('ebullet', '-'))
    t(doc, STAT['F'])
    lines(doc, p.get('F_intro', []), '')
    table(doc, ['Intervention', 'Staff', 'Frequency', 'Duration', 'Review'], p['F'])
    lines(doc, p.get('F_after', []), b)
    t(doc, STAT['G']); lines(doc, p['G'], b)
    t(doc, STAT['H1']); lines(doc, p['H1'], b)
    t(doc, STAT['H2']); lines(doc, p['H2'], b)
    t(doc, STAT['I']); lines(doc, p['I'], '')
    t(doc, STAT['J']); lines(doc, p['J'], '')
    t(doc, STAT['K'])
    table(doc, ['Advice / information', 'Given by', 'Date'], p['K'])
    lines(doc, p.get('sign', []), '')
    return doc


def build_ef(p):
    doc = Document()
    doc.styles['Normal'].font.name = 'Calibri'
    front(doc, p)
    b = p.get('bullet', '\u2022')
    def head(s):
        doc.add_paragraph(s, style='Heading 2')
    head('Section A - One page profile')
    for sub, items in p['A']:
        doc.add_paragraph(sub, style='Heading 3')
        for it in items:
            if it.startswith('!'): doc.add_paragraph(it[1:])
            else: doc.add_paragraph(it, style='List Bullet')
    head('Section B - Special educational needs')
    for area, items in p['B']:
        doc.add_paragraph(area, style='Heading 3')
        for it in items: doc.add_paragraph(it)
    head('Section C - Health needs related to SEN')
    for it in p['C']: doc.add_paragraph(it)
    head('Section D - Social care needs related to SEN or disability')
    for it in p['D']: doc.add_paragraph(it)
    head('Sections E and F - Outcomes and special educational provision')
    for it in p.get('EF_intro', []): doc.add_paragraph(it)
    table(doc, ['Outcome', 'Provision', 'Frequency', 'Who'], p['EF'])
    for it in p.get('F_after', []): doc.add_paragraph(it, style='List Bullet')
    head('Section G - Health provision')
    for it in p['G']: doc.add_paragraph(it)
    head('Section H1 - Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970')
    for it in p['H1']: doc.add_paragraph(it)
    head('Section H2 - Other social care provision')
    for it in p['H2']: doc.add_paragraph(it)
    head('Section I - Placement')
    for it in p['I']: doc.add_paragraph(it)
    head('Section J - Personal budget')
    for it in p['J']: doc.add_paragraph(it)
    head('Section K - Advice and information')
    table(doc, ['Advice / information', 'Given by', 'Date'], p['K'])
    for it in p.get('sign', []): doc.add_paragraph(it)
    return doc


# ---------------- national template ----------------

def set_cell(cell, text):
    paras = cell.paragraphs
    for extra in paras[1:]:
        extra._element.getparent().remove(extra._element)
    par = paras[0]
    for r in par.runs[1:]:
        r._element.getparent().remove(r._element)
    parts = text.split('\n')
    if par.runs:
        par.runs[0].text = parts[0]
    else:
        par.add_run(parts[0])
    for extra in parts[1:]:
        np = cell.add_paragraph(extra)


def build_national(p):
    doc = Document(TEMPLATE)
    vals = p['vals']
    # replace placeholders in all table cells
    for t in doc.tables:
        for row in t.rows:
            seen = set()
            for cell in row.cells:
                if id(cell._tc) in seen: continue
                seen.add(id(cell._tc))
                txt = cell.text
                if '{{' in txt:
                    keys = re.findall(r'\{\{\s*([a-z0-9_]+)\s*\}\}', txt)
                    new = '\n'.join(vals[k] for k in keys if vals.get(k))
                    set_cell(cell, new)
    # remove unused B-F-E / C-G-E / D-H rows that are now empty
    for t in doc.tables[4:10]:
        for row in list(t.rows):
            if all(c.text.strip() == '' for c in row.cells):
                row._tr.getparent().remove(row._tr)
    # whole area tables not used: write "No needs identified in this area"
    # placement, J
    tI = doc.tables[10]
    set_cell(tI.rows[0].cells[1], p['I'][0]); set_cell(tI.rows[1].cells[1], p['I'][1])
    for row in list(tI.rows)[2:]:
        row._tr.getparent().remove(row._tr)
    tJ = doc.tables[11]
    set_cell(tJ.rows[0].cells[1], p['J'][0]); set_cell(tJ.rows[1].cells[1], p['J'][1])
    # K
    tK = doc.tables[12]
    for (ri, label, date, who, app) in p['K']:
        row = tK.rows[ri]
        if label is not None: set_cell(row.cells[0], label)
        set_cell(row.cells[1], date); set_cell(row.cells[2], who); set_cell(row.cells[3], app)
    for ri in sorted(p.get('K_delete', []), reverse=True):
        r = tK.rows[ri]; r._tr.getparent().remove(r._tr)
    # sign off
    tS = doc.tables[13]
    set_cell(tS.rows[1].cells[0], p['sign'][0]); set_cell(tS.rows[1].cells[1], p['sign'][1]); set_cell(tS.rows[1].cells[2], p['sign'][2])
    # title + front dates: insert paragraphs after heading
    h = [q for q in doc.paragraphs if 'EHCP template for testing' in q.text][0]
    h.runs[0].text = 'Kingsmere City Council - Education, Health and Care Plan'
    for r in h.runs[1:]: r.text = ''
    anchor = h
    for line in reversed(p['top']):
        np = OxmlElement('w:p'); h._p.addnext(np)
        from docx.text.paragraph import Paragraph
        para = Paragraph(np, h._parent); run = para.add_run(line)
        if line.startswith('*'):
            run.text = line[1:]; run.bold = True
    # G sign-off / extra notes after C-G-E table
    if p.get('after_G'):
        t = doc.tables[8]
        for line in reversed(p['after_G']):
            np = OxmlElement('w:p'); t._tbl.addnext(np)
            from docx.text.paragraph import Paragraph
            Paragraph(np, t._parent).add_run(line)
    # remove the "For digital systems" instruction row in A2
    tA = doc.tables[3]
    r1 = tA.rows[1]
    if 'digital' in r1.cells[0].text:
        r1._tr.getparent().remove(r1._tr)
    return doc


from plans_bold import BOLD
from plans_ef import EF
from plans_nat import NAT

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for p in BOLD: build_bold(p).save(os.path.join(OUT, p['file']))
    for p in EF: build_ef(p).save(os.path.join(OUT, p['file']))
    for p in NAT: build_national(p).save(os.path.join(OUT, p['file']))
    print('done')
