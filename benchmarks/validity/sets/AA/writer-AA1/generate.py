"""Generator for blind test set AA1 (Wharfside Council, fictional inner-London borough).

Plan text lives as Python data in plans_h2.py (heading2-numbered), plans_lc.py
(letter-column) and plans_nt.py (national-template).  One renderer per layout.
Run:  /work/blind/.venv-AA1/bin/python generate.py
Writes plans/aa1NN.docx and labels.yaml, then re-opens every .docx and checks each
quoted string in the key's `why` entries against the document text.
"""
import copy, os, re, sys
import yaml
import docx
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.enum.section import WD_ORIENT

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE = '/work/shared/reference/national-ehcp-template.docx'
COUNCIL = 'Wharfside Council'
CRITERIA = ['CA-DATED', 'CA-ADVICE-AGE', 'CA-STATUTORY-ADVICE', 'CA-ANNUAL-REVIEW',
            'PC-OUTCOME-NOT-PROVISION', 'PC-SMART', 'PC-VOICE', 'PC-ASPIRATIONS',
            'PC-ASPIRATION-LINK', 'PC-PFA', 'PC-STRENGTHS',
            'PR-VAGUE-WORDING', 'PR-QUANTIFIED', 'PR-OUTCOME-LINK',
            'HC-NEEDS', 'HC-PROVISION-SPECIFIC', 'HC-NEEDS-MET', 'HC-ADVICE', 'HC-DCO-SIGNOFF',
            'HC-THERAPY-PLACEMENT', 'HC-ADVICE-PROVIDERS', 'HC-OUTCOMES',
            'SC-NEEDS', 'SC-STATUTORY-LINK', 'SC-PROVISION-SPECIFIC', 'SC-ADVICE', 'SC-RIGHT-SECTION',
            'LG-SPELLING', 'LG-GRAMMAR', 'LG-READABILITY', 'LG-JARGON']


# ---------------------------------------------------------------- helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, style=None):
    """Replace a cell's content with one or more paragraphs (text split on \n\n)."""
    paras = cell.paragraphs
    for p in paras[1:]:
        p._p.getparent().remove(p._p)
    first = paras[0]
    for r in list(first.runs):
        r._r.getparent().remove(r._r)
    chunks = text.split('\n\n') if text else ['']
    for i, chunk in enumerate(chunks):
        p = first if i == 0 else cell.add_paragraph()
        if style:
            p.style = style
        run = p.add_run(chunk)
        run.bold = bold


def add_block(container, block, in_cell=False):
    """Render one content block into a Document or a table cell."""
    kind, val = block
    if kind == 'p':
        container.add_paragraph(val)
    elif kind == 'b':
        for item in val:
            container.add_paragraph(item, style='List Bullet')
    elif kind == 'n':
        for item in val:
            container.add_paragraph(item, style='List Number')
    elif kind == 'h':
        if in_cell:
            container.add_paragraph().add_run(val).bold = True
        else:
            container.add_heading(val, level=3)
    else:
        raise ValueError(kind)


def footer(doc, plan):
    for s in doc.sections:
        s.footer.paragraphs[0].text = (f"{COUNCIL} | Education, Health and Care plan for {plan['name']} | "
                                       "OFFICIAL-SENSITIVE")


# ---------------------------------------------------------------- layout 1
def render_heading2(plan, path):
    doc = docx.Document()
    doc.styles['Normal'].font.name = 'Arial'
    doc.styles['Normal'].font.size = Pt(11)
    doc.add_heading(f"{COUNCIL}: Education, Health and Care (EHC) Plan", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = 'Table Grid'
    for k, v in plan['front']:
        r = t.add_row().cells
        r[0].text = k; r[0].paragraphs[0].runs[0].bold = True
        r[1].text = v
    for letter, title, blocks in plan['sections']:
        doc.add_heading(title, level=2)
        for b in blocks:
            add_block(doc, b)
    footer(doc, plan)
    doc.save(path)


# ---------------------------------------------------------------- layout 2
def render_letter_column(plan, path):
    doc = docx.Document()
    doc.styles['Normal'].font.name = 'Calibri'
    doc.styles['Normal'].font.size = Pt(11)
    p = doc.add_paragraph(); p.add_run(f"{COUNCIL}").bold = True
    p = doc.add_paragraph(); p.add_run('Education, Health and Care (EHC) Plan').bold = True
    for k, v in plan['front']:
        p = doc.add_paragraph(); p.add_run(k + ': ').bold = True; p.add_run(v)
    nrows = sum(1 + len(blocks) for _, _, blocks in plan['sections'])
    t = doc.add_table(rows=nrows, cols=2)
    t.style = 'Table Grid'
    for row in t.rows:
        row.cells[0].width = docx.shared.Cm(1.6); row.cells[1].width = docx.shared.Cm(15.4)
    i = 0
    for letter, title, blocks in plan['sections']:
        start = i
        set_cell(t.cell(i, 1), title, bold=True); shade(t.cell(i, 1), 'EDEDED')
        i += 1
        for b in blocks:
            cell = t.cell(i, 1)
            kind, val = b
            if kind == 'h':
                set_cell(cell, val, bold=True)
            elif kind == 'p':
                set_cell(cell, val)
            else:
                set_cell(cell, '')
                first = cell.paragraphs[0]
                style = 'List Bullet' if kind == 'b' else 'List Number'
                for j, item in enumerate(val):
                    para = first if j == 0 else cell.add_paragraph()
                    para.style = style
                    para.add_run(item)
            i += 1
        merged = t.cell(start, 0).merge(t.cell(i - 1, 0))
        set_cell(merged, letter, bold=True)
        shade(merged, 'BFBFBF')
    footer(doc, plan)
    doc.save(path)


# ---------------------------------------------------------------- layout 3
AREA_TABLE = {'ci': 4, 'cl': 5, 'semh': 6, 'sp': 7}


def fill_grid(table, first_row, rows, ncols):
    """Fill rows starting at first_row with the given tuples; delete unused template rows."""
    trs = table.rows[first_row:]
    for idx, tr in enumerate(trs):
        if idx < len(rows):
            cells = []
            seen = set()
            for c in tr.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc)); cells.append(c)
            for c, txt in zip(cells, rows[idx]):
                set_cell(c, txt)
        else:
            tr._tr.getparent().remove(tr._tr)


def render_national(plan, path):
    doc = docx.Document(TEMPLATE)
    T = list(doc.tables)
    body = doc.element.body
    # front matter: council + dates as paragraphs after the template's title (house style)
    h1 = next(p for p in doc.paragraphs if p.style.name == 'Heading 1')
    anchor = h1._p
    for k, v in plan['front']:
        el = OxmlElement('w:p')
        anchor.addnext(el)
        anchor = el
        para = docx.text.paragraph.Paragraph(el, h1._parent)
        para.add_run(k + ': ').bold = True
        para.add_run(v)
    # personal details table
    pd = T[0]
    for (r, c), v in plan['personal'].items():
        set_cell(pd.cell(r, c), v)
    for (r, c), v in plan['services'].items():
        set_cell(T[1].cell(r, c), v)
    set_cell(T[2].cell(1, 1), plan['history'])
    for r, key in [(3, 'views'), (5, 'interests'), (7, 'strengths'), (9, 'aspirations')]:
        set_cell(T[3].cell(r, 0), plan[key])
    # B-F-E area tables
    for area, ti in AREA_TABLE.items():
        tbl = T[ti]
        if area not in plan['areas']:
            tbl._tbl.getparent().remove(tbl._tbl)
            continue
        strengths, rows = plan['areas'][area]
        set_cell(tbl.cell(2, 0), strengths)
        fill_grid(tbl, 4, rows, 3)
    # C-G-E
    set_cell(T[8].cell(1, 0), plan['health_strengths'])
    fill_grid(T[8], 3, plan['health_rows'], 3)
    # health agreement paragraph after the health table (house style)
    p = OxmlElement('w:p'); T[8]._tbl.addnext(p)
    para = docx.text.paragraph.Paragraph(p, doc)
    para.add_run('Health agreement: ').bold = True
    para.add_run(plan['health_agreement'])
    # D-H1-H2-E
    set_cell(T[9].cell(1, 0), plan['social_strengths'])
    fill_grid(T[9], 3, plan['social_rows'], 4)
    # I placement
    set_cell(T[10].cell(0, 1), plan['placement_name'])
    set_cell(T[10].cell(1, 1), plan['placement_type'])
    # J
    set_cell(T[11].cell(0, 1), plan['j_details'])
    set_cell(T[11].cell(1, 1), plan['j_arrangements'])
    # K
    K = T[12]
    for r, (label, date, who, app) in plan['k_rows'].items():
        cells = K.rows[r].cells
        if label is not None:
            set_cell(cells[0], label)
        set_cell(cells[1], date); set_cell(cells[2], who); set_cell(cells[3], app)
    so = T[13]
    for c, v in enumerate(plan['signoff']):
        set_cell(so.cell(1, c), v)
    footer(doc, plan)
    doc.save(path)


RENDER = {'heading2-numbered': render_heading2, 'letter-column': render_letter_column,
          'national-template': render_national}


# ---------------------------------------------------------------- text extraction / checking
def doc_text(path):
    d = docx.Document(path)
    out = []
    def walk(parent_el, parent):
        for el in parent_el.iterchildren():
            if el.tag == qn('w:p'):
                out.append(docx.text.paragraph.Paragraph(el, parent).text)
            elif el.tag == qn('w:tbl'):
                t = docx.table.Table(el, parent)
                for row in t.rows:
                    seen = set()
                    for c in row.cells:
                        if id(c._tc) in seen:
                            continue
                        seen.add(id(c._tc))
                        walk(c._tc, c)
    walk(d.element.body, d)
    return '\n'.join(out)


def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\u2019', "'")).strip()


def main():
    sys.path.insert(0, HERE)
    import plans_h2, plans_lc, plans_nt
    plans = plans_h2.PLANS + plans_lc.PLANS + plans_nt.PLANS
    plans.sort(key=lambda p: p['id'])
    import datetime
    key = {'audit_date': datetime.date(2026, 12, 7), 'plans': []}
    problems = 0
    for plan in plans:
        path = os.path.join(HERE, 'plans', plan['id'] + '.docx')
        RENDER[plan['layout']](plan, path)
        labels = plan['labels']
        assert list(labels) == CRITERIA or set(labels) == set(CRITERIA), plan['id']
        labels = {c: labels[c] for c in CRITERIA}
        key['plans'].append({'file': plan['id'] + '.docx', 'layout': plan['layout'], 'age': plan['age'],
                             'year_group': plan['year_group'], 'needs': plan['needs'],
                             'voice': plan['voice'], 'labels': labels, 'why': plan['why']})
        text = norm(doc_text(path))
        for crit, why in plan['why'].items():
            if labels[crit] == 'fail' and not why.startswith('"'):
                print('NO QUOTE FOR FAIL', plan['id'], crit); problems += 1
            for q in re.findall(r'"([^"]+)"', why):
                if norm(q) not in text:
                    print('QUOTE NOT FOUND', plan['id'], crit, q); problems += 1
        for crit, v in labels.items():
            if v == 'fail' and crit not in plan['why']:
                print('FAIL WITHOUT WHY', plan['id'], crit); problems += 1
        print(plan['id'], plan['layout'], len(text.split()), 'words',
              sum(v == 'fail' for v in labels.values()), 'fails')
    with open(os.path.join(HERE, 'labels.yaml'), 'w') as f:
        yaml.safe_dump(key, f, sort_keys=False, allow_unicode=True, width=200)
    # coverage
    for c in CRITERIA:
        n = sum(p['labels'][c] == 'fail' for p in key['plans'])
        if n == 0 or (n < 2 and c in ('PC-SMART', 'PR-QUANTIFIED', 'PC-OUTCOME-NOT-PROVISION',
                                      'PR-VAGUE-WORDING', 'HC-NEEDS-MET', 'SC-STATUTORY-LINK')):
            print('COVERAGE SHORT', c, n); problems += 1
    print('problems:', problems)


if __name__ == '__main__':
    main()
