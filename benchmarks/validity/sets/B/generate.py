"""Set B generator: builds 24 fictional EHC plans (Irwell Vale City Council house style)."""
import copy, os, re, sys
import docx
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'plans')
TEMPLATE = '/work/shared/reference/national-ehcp-template.docx'
COUNCIL = 'Irwell Vale City Council - SEND Assessment and Review Service'

SHORT = {'A': 'Section A: Views, interests and aspirations', 'B': 'Section B: Special educational needs',
         'C': 'Section C: Health needs', 'D': 'Section D: Social care needs', 'E': 'Section E: Outcomes',
         'F': 'Section F: Special educational provision', 'G': 'Section G: Health provision',
         'H1': 'Section H1: Social care provision (section 2, CSDPA 1970)',
         'H2': 'Section H2: Other social care provision', 'I': 'Section I: Placement',
         'J': 'Section J: Personal budget', 'K': 'Section K: Advice and information'}
LONG = {
 'A': 'Section A: The views, interests and aspirations of the child and his or her parents, or of the young person',
 'B': "Section B: The child or young person's special educational needs",
 'C': "Section C: The child or young person's health needs which relate to their special educational needs",
 'D': "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability",
 'E': 'Section E: The outcomes sought for the child or young person, including outcomes for adult life',
 'F': 'Section F: The special educational provision required by the child or young person',
 'G': 'Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs',
 'H1': 'Section H1: Social care provision which must be made for the child or young person under section 2 of the Chronically Sick and Disabled Persons Act 1970',
 'H2': 'Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs',
 'I': 'Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended',
 'J': 'Section J: Personal budget (including arrangements for direct payments)',
 'K': 'Section K: Advice and information gathered during the EHC needs assessment'}
ORDER = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K']


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def bold_para(container, text, size=None):
    p = container.add_paragraph()
    r = p.add_run(text); r.bold = True
    if size: r.font.size = Pt(size)
    return p


def add_runs(p, text):
    """**bold** markup inside text."""
    parts = re.split(r'(\*\*[^*]+\*\*)', text)
    for part in parts:
        if part.startswith('**'):
            p.add_run(part[2:-2]).bold = True
        elif part:
            p.add_run(part)


def fill_cell_blocks(cell, blocks, bullet_mode='style', first=True):
    """Write blocks into a table cell (first paragraph reused)."""
    used = [False]
    def newp(style=None):
        if not used[0] and first:
            used[0] = True
            p = cell.paragraphs[0]
            if style: p.style = style
            return p
        return cell.add_paragraph(style=style)
    write_blocks(None, blocks, bullet_mode, newp=newp)


def write_blocks(doc, blocks, bullet_mode='style', newp=None, sub_style=None, table_style='Table Grid'):
    if newp is None:
        newp = lambda style=None: doc.add_paragraph(style=style)
    for b in blocks:
        kind = b[0]
        if kind == 'p':
            add_runs(newp(), b[1])
        elif kind == 'h':
            if sub_style and doc is not None:
                doc.add_paragraph(b[1], style=sub_style)
            else:
                p = newp(); p.add_run(b[1]).bold = True
        elif kind in ('b', 'n'):
            for item in b[1]:
                if bullet_mode == 'style':
                    add_runs(newp('List Bullet' if kind == 'b' else 'List Number'), item)
                else:
                    mark = bullet_mode if kind == 'b' else None
                    p = newp()
                    if mark:
                        add_runs(p, mark + '\t' + item if mark != '-' else '- ' + item)
                    else:
                        add_runs(p, item)
        elif kind == 't':
            header, rows = b[1], b[2]
            if doc is None:
                # nested table not used; flatten
                for r in [header] + rows:
                    add_runs(newp(), ' | '.join(r))
                continue
            t = doc.add_table(rows=1, cols=len(header))
            t.style = table_style
            for i, h in enumerate(header):
                c = t.rows[0].cells[i]; c.text = ''
                c.paragraphs[0].add_run(h).bold = True
                shade(c, 'D9E2F3')
            for r in rows:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = ''
                    add_runs(cells[i].paragraphs[0], v)
            doc.add_paragraph()


def front_table(doc, front, title='Personal details'):
    t = doc.add_table(rows=0, cols=2); t.style = 'Table Grid'
    for k, v in front:
        cells = t.add_row().cells
        cells[0].text = ''; cells[0].paragraphs[0].add_run(k).bold = True
        shade(cells[0], 'EDEDED'); cells[1].text = v
    doc.add_paragraph()


def title_block(doc, plan, style='Title'):
    p = doc.add_paragraph(COUNCIL)
    p.runs[0].font.size = Pt(9)
    if style == 'bold':
        bold_para(doc, 'EDUCATION, HEALTH AND CARE PLAN', 14)
    else:
        doc.add_heading('Education, Health and Care Plan', 0 if style == 'Title' else 1)


# ---------------- layout 1: heading2-numbered ----------------
def render_heading2(plan):
    doc = docx.Document()
    title_block(doc, plan)
    front_table(doc, plan['front'])
    for s in ORDER:
        doc.add_heading(SHORT[s] if s not in plan.get('h2titles', {}) else plan['h2titles'][s], 2)
        blocks = plan[s]
        n = 0; out = []
        for b in blocks:
            if b[0] == 'h':
                n += 1
                doc.add_heading(f'{s}{n} {b[1]}', 3)
            else:
                write_blocks(doc, [b])
    return doc


# ---------------- layout 2: ef-table ----------------
def render_ef(plan):
    doc = docx.Document()
    title_block(doc, plan, style='h1')
    front_table(doc, plan['front'])
    for s in ['A', 'B', 'C', 'D']:
        doc.add_heading(SHORT[s], 1)
        write_blocks(doc, plan[s], sub_style='Heading 3')
    doc.add_heading('Sections E and F: Outcomes and the special educational provision to meet them', 1)
    if plan.get('EF_intro'):
        write_blocks(doc, plan['EF_intro'])
    t = doc.add_table(rows=1, cols=4); t.style = 'Table Grid'
    for i, h in enumerate(['Outcome', 'Provision', 'Frequency', 'Who']):
        c = t.rows[0].cells[i]; c.text = ''; c.paragraphs[0].add_run(h).bold = True; shade(c, 'BDD7EE')
    for row in plan['EF']:
        if row[0] == 'AREA':
            cells = t.add_row().cells
            m = cells[0].merge(cells[3]); m.text = ''
            m.paragraphs[0].add_run(row[1]).bold = True; shade(m, 'F2F2F2')
            continue
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ''; add_runs(cells[i].paragraphs[0], v)
    doc.add_paragraph()
    if plan.get('EF_after'):
        write_blocks(doc, plan['EF_after'])
    for s in ['G', 'H1', 'H2', 'I', 'J', 'K']:
        doc.add_heading(SHORT[s], 1)
        write_blocks(doc, plan[s], sub_style='Heading 3')
    return doc


# ---------------- layout 3: letter-column ----------------
def render_letter(plan):
    doc = docx.Document()
    title_block(doc, plan)
    front_table(doc, plan['front'])
    for s in ORDER:
        blocks = plan[s]
        # group into rows: each 'h' starts a new row
        rows = [[]]
        for b in blocks:
            if b[0] == 'h' and rows[-1]:
                rows.append([])
            rows[-1].append(b)
        nrows = len(rows) + 1
        t = doc.add_table(rows=nrows, cols=2); t.style = 'Table Grid'
        left = t.cell(0, 0).merge(t.cell(nrows - 1, 0))
        left.text = ''
        r = left.paragraphs[0].add_run(s); r.bold = True; r.font.size = Pt(20)
        shade(left, 'DEEAF6')
        hdr = t.cell(0, 1); hdr.text = ''
        hdr.paragraphs[0].add_run(LONG[s].split(': ', 1)[1]).bold = True
        shade(hdr, 'DEEAF6')
        for i, rb in enumerate(rows):
            c = t.cell(i + 1, 1)
            tbls = [b for b in rb if b[0] == 't']
            other = [b for b in rb if b[0] != 't']
            fill_cell_blocks(c, other, bullet_mode='style')
            for tb in tbls:
                inner = c.add_table(rows=1, cols=len(tb[1])); inner.style = 'Table Grid'
                for j, h in enumerate(tb[1]):
                    inner.rows[0].cells[j].text = ''
                    inner.rows[0].cells[j].paragraphs[0].add_run(h).bold = True
                for rr in tb[2]:
                    cc = inner.add_row().cells
                    for j, v in enumerate(rr):
                        cc[j].text = v
                c.add_paragraph()
        doc.add_paragraph()
    return doc


# ---------------- layout 4: bold-statutory ----------------
def render_bold(plan):
    doc = docx.Document()
    title_block(doc, plan, style='bold')
    for k, v in plan['front']:
        p = doc.add_paragraph(); p.add_run(k + ': ').bold = True; p.add_run(v)
    mark = plan.get('mark', '•')
    for s in ORDER:
        doc.add_paragraph()
        bold_para(doc, LONG[s])
        blocks = []
        for b in plan[s]:
            if b[0] == 'h':
                p = doc.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.italic = True
            else:
                write_blocks(doc, [b], bullet_mode=mark)
    return doc


# ---------------- layout 5: shaded-heading-table ----------------
def render_shaded(plan):
    doc = docx.Document()
    title_block(doc, plan)
    front_table(doc, plan['front'])
    for s in ORDER:
        t = doc.add_table(rows=1, cols=1); t.style = 'Table Grid'
        c = t.cell(0, 0); c.text = ''
        r = c.paragraphs[0].add_run(SHORT[s]); r.bold = True; r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, '1F4E79')
        write_blocks(doc, plan[s])
        doc.add_paragraph()
    return doc


# ---------------- layout 6: national template ----------------
def _set_cell(cell, text):
    """Replace cell text, keeping first paragraph style; text may contain \n\n paragraphs."""
    paras = cell.paragraphs
    for p in paras[1:]:
        p._element.getparent().remove(p._element)
    p = paras[0]
    for r in p.runs[1:]:
        r._element.getparent().remove(r._element)
    chunks = text.split('\n')
    if p.runs:
        p.runs[0].text = chunks[0]
    else:
        p.add_run(chunks[0])
    for ch in chunks[1:]:
        cell.add_paragraph(ch)


def _replace_in_cell(cell, mapping):
    full = cell.text
    if '{{' not in full:
        return False
    new = full
    for k, v in mapping.items():
        new = re.sub(r'\{\{\s*' + re.escape(k) + r'\s*\}\}', v, new)
    _set_cell(cell, new.strip())
    return True


def render_national(plan):
    doc = docx.Document(TEMPLATE)
    m = plan['nat']
    tables = doc.tables
    # intro paragraph with dates after title
    h1 = [p for p in doc.paragraphs if p.style.name == 'Heading 1'][0]
    h1.runs[0].text = 'Education, Health and Care Plan'
    for r in h1.runs[1:]:
        r.text = ''
    anchor = h1
    for k, v in reversed(plan['front']):
        newp = copy.deepcopy(doc.paragraphs[2]._element)
        anchor._element.addnext(newp)
        from docx.text.paragraph import Paragraph
        para = Paragraph(newp, anchor._parent)
        for r in para.runs:
            r._element.getparent().remove(r._element)
        para.add_run(k + ': ').bold = True
        para.add_run(v)
    mapping = dict(m['fields'])
    area_keys = ['communication_interaction', 'cognition_learning', 'semh', 'sensory_physical']
    for ak in area_keys:
        st, rows = m['areas'].get(ak, ('Not an area of need for this child; see the other areas.', []))
        mapping[f'{ak}_strengths'] = st
        for i in range(1, 11):
            need, prov, out = rows[i - 1] if i <= len(rows) else ('', '', '')
            mapping[f'{ak}_need_{i}'] = need; mapping[f'{ak}_provision_{i}'] = prov; mapping[f'{ak}_outcome_{i}'] = out
    st, rows = m['health']
    mapping['health_care_strengths'] = st
    for i in range(1, 11):
        n, p, o = rows[i - 1] if i <= len(rows) else ('', '', '')
        mapping[f'health_care_need_{i}'] = n; mapping[f'health_care_provision_{i}'] = p; mapping[f'health_care_outcome_{i}'] = o
    st, rows = m['social']
    mapping['social_care_strengths'] = st
    for i in range(1, 11):
        n, h1p, h2p, o = rows[i - 1] if i <= len(rows) else ('', '', '', '')
        mapping[f'social_care_need_{i}'] = n; mapping[f'h1_provision_{i}'] = h1p
        mapping[f'h2_provision_{i}'] = h2p; mapping[f'social_care_outcome_{i}'] = o
    for t in tables:
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                _replace_in_cell(c, mapping)
    # delete empty B-F-E / C-G-E / D-H-E rows (all cells blank)
    for t in tables[4:10]:
        for row in list(t.rows)[3:]:
            if all(not c.text.strip() for c in row.cells):
                row._tr.getparent().remove(row._tr)
    # placement table
    pt = tables[10]
    _set_cell(pt.rows[0].cells[1], m['placement_name']); _set_cell(pt.rows[1].cells[1], m['placement_type'])
    for row in list(pt.rows)[2:]:
        row._tr.getparent().remove(row._tr)
    jt = tables[11]
    _set_cell(jt.rows[0].cells[1], m['j_details']); _set_cell(jt.rows[1].cells[1], m['j_arrangements'])
    kt = tables[12]
    for idx, vals in m['k_rows'].items():
        row = kt.rows[idx]
        for j, v in enumerate(vals):
            if v is not None:
                _set_cell(row.cells[j], v)
    so = tables[13]
    _set_cell(so.rows[1].cells[0], m['signoff'][0]); _set_cell(so.rows[1].cells[1], m['signoff'][1]); _set_cell(so.rows[1].cells[2], m['signoff'][2])
    return doc


RENDER = {'heading2-numbered': render_heading2, 'ef-table': render_ef, 'letter-column': render_letter,
          'bold-statutory': render_bold, 'shaded-heading-table': render_shaded, 'national-template': render_national}


def main():
    sys.path.insert(0, HERE)
    from plans_data import PLANS
    os.makedirs(OUT, exist_ok=True)
    for plan in PLANS:
        doc = RENDER[plan['layout']](plan)
        doc.save(os.path.join(OUT, plan['file']))
        print('wrote', plan['file'])


if __name__ == '__main__':
    main()
