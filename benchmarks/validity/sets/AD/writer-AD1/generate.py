#!/usr/bin/env python3
"""Generator for blind test set AD1 (Brackenford Borough Council, fictional).

Plan text is held as Python data (PLANS, below the renderers). One renderer per layout:
  heading2-numbered, letter-column, national-template.
Run:  /work/blind/.venv-AD1/bin/python generate.py
"""
import copy, os, re
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'plans')
TEMPLATE = '/work/shared/reference/national-ehcp-template.docx'
COUNCIL = 'Brackenford Borough Council'
TEAM = 'Special Educational Needs and Disabilities (SEND) Assessment and Review Team'

SEC_TITLES = {
    'A': 'Section A: The views, interests and aspirations of {name} and {fam}',
    'B': 'Section B: Special educational needs',
    'C': 'Section C: Health care needs which relate to {name}\u2019s special educational needs',
    'D': 'Section D: Social care needs which relate to {name}\u2019s special educational needs or disability',
    'E': 'Section E: Outcomes',
    'F': 'Section F: Special educational provision',
    'G': 'Section G: Health care provision',
    'H1': 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970',
    'H2': 'Section H2: Any other social care provision',
    'I': 'Section I: Placement',
    'J': 'Section J: Personal budget',
    'K': 'Section K: Advice and information',
}


def lines(text):
    """Split cell text into (kind, text): kind is p, b (bullet), n (numbered), h (bold sub-heading)."""
    out = []
    if not text:
        return out
    for ln in text.split('\n'):
        ln = ln.rstrip()
        if not ln:
            continue
        if ln.startswith('\u2022 '):
            out.append(('b', ln[2:]))
        elif ln.startswith('# '):
            out.append(('n', ln[2:]))
        elif ln.startswith('## '):
            out.append(('h', ln[3:]))
        else:
            out.append(('p', ln))
    return out


def shade(cell, fill='D9E2F3'):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def bold_para(container, text, size=None):
    p = container.add_paragraph()
    r = p.add_run(text); r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def fill_cell(cell, text, handtyped=True, first=True):
    """Write text into a table cell (hand-typed bullets, as caseworkers do in tables)."""
    items = lines(text)
    paras = cell.paragraphs
    used_first = False
    n = 0
    for kind, t in items:
        if first and not used_first and paras and not paras[0].text:
            p = paras[0]; used_first = True
        else:
            p = cell.add_paragraph()
        if kind == 'b':
            p.add_run('\u2022 ' + t)
        elif kind == 'n':
            n += 1; p.add_run('%d. %s' % (n, t))
        elif kind == 'h':
            r = p.add_run(t); r.bold = True
        else:
            p.add_run(t)


def areas_outcomes(P):
    groups = []
    for a in P['areas']:
        outs = [r[2] for r in a['rows'] if r[2]]
        if outs:
            groups.append((a['name'], outs))
    h = [r[2] for r in P['health']['rows'] if r[2]]
    if h:
        groups.append(('Health and wellbeing', h))
    s = [r[3] for r in P['social']['rows'] if r[3]]
    if s:
        groups.append(('Social care and independence', s))
    return groups


def fam(P):
    return P.get('fam', 'family')

# ---------------------------------------------------------------- heading2-numbered

def add_body(doc, text, list_ok=True):
    n_style = 'List Number'
    for kind, t in lines(text):
        if kind == 'b':
            doc.add_paragraph(t, style='List Bullet')
        elif kind == 'n':
            doc.add_paragraph(t, style=n_style)
        elif kind == 'h':
            bold_para(doc, t)
        else:
            doc.add_paragraph(t)


def render_heading2(P, path):
    doc = Document()
    doc.add_heading('Education, Health and Care (EHC) Plan', level=1)
    doc.add_paragraph('%s \u2013 %s' % (COUNCIL, TEAM))
    t = doc.add_table(rows=0, cols=2); t.style = 'Table Grid'
    for k, v in P['front']:
        r = t.add_row().cells; r[0].text = k; r[1].text = v
        r[0].paragraphs[0].runs[0].bold = True
    name = P['name']
    def h2(key):
        doc.add_heading(SEC_TITLES[key].format(name=name, fam=fam(P)), level=2)
    # A
    h2('A')
    n = 0
    for head, key in [('History and how %s communicates' % name, 'history'),
                      (P.get('views_child_heading', 'What %s told us' % name), 'views_child'),
                      (P.get('views_family_heading', 'What %s\u2019s family told us' % name), 'views_family'),
                      ('What people like and admire about %s' % name, 'strengths'),
                      ('Interests', 'interests'),
                      ('Aspirations for the future', 'aspirations')]:
        if P.get(key):
            n += 1
            doc.add_heading('A%d %s' % (n, head), level=3)
            add_body(doc, P[key])
    # B
    h2('B')
    if P.get('b_intro'):
        add_body(doc, P['b_intro'])
    for i, a in enumerate(P['areas'], 1):
        doc.add_heading('B%d %s' % (i, a['name']), level=3)
        if a.get('strengths'):
            add_body(doc, a['strengths'])
        for need, prov, out in a['rows']:
            if need:
                add_body(doc, need)
    # C
    h2('C')
    if P['health'].get('strengths'):
        add_body(doc, P['health']['strengths'])
    for r in P['health']['rows']:
        if r[0]:
            add_body(doc, r[0])
    # D
    h2('D')
    if P['social'].get('strengths'):
        add_body(doc, P['social']['strengths'])
    for r in P['social']['rows']:
        if r[0]:
            add_body(doc, r[0])
    # E
    h2('E')
    if P.get('e_intro'):
        add_body(doc, P['e_intro'])
    for i, (g, outs) in enumerate(areas_outcomes(P), 1):
        doc.add_heading('E%d %s' % (i, g), level=3)
        for o in outs:
            first = True
            for kind, t in lines(o):
                if first:
                    doc.add_paragraph(t, style='List Number'); first = False
                else:
                    doc.add_paragraph(t)
    # F
    h2('F')
    if P.get('f_intro'):
        add_body(doc, P['f_intro'])
    for i, a in enumerate(P['areas'], 1):
        provs = [r[1] for r in a['rows'] if r[1]]
        if not provs:
            continue
        doc.add_heading('F%d %s' % (i, a['name']), level=3)
        for pv in provs:
            for kind, t in lines(pv):
                if kind == 'h':
                    bold_para(doc, t)
                elif kind == 'p':
                    doc.add_paragraph(t)
                else:
                    doc.add_paragraph(t, style='List Bullet')
    # G
    h2('G')
    for r in P['health']['rows']:
        if r[1]:
            for kind, t in lines(r[1]):
                doc.add_paragraph(t, style='List Bullet') if kind == 'b' else (bold_para(doc, t) if kind == 'h' else doc.add_paragraph(t))
    if P['health'].get('g_extra'):
        add_body(doc, P['health']['g_extra'])
    if P['health'].get('signoff'):
        doc.add_heading('G%d Health agreement' % 1, level=3)
        add_body(doc, P['health']['signoff'])
    # H1/H2
    for key, idx in (('H1', 1), ('H2', 2)):
        h2(key)
        any_ = False
        for r in P['social']['rows']:
            if r[idx]:
                add_body(doc, r[idx]); any_ = True
        if P['social'].get(key.lower() + '_text'):
            add_body(doc, P['social'][key.lower() + '_text'])
    # I, J
    h2('I')
    for k, v in P['I']:
        p = doc.add_paragraph(); r = p.add_run(k + ': '); r.bold = True; p.add_run(v)
    h2('J')
    add_body(doc, P['J'])
    h2('K')
    doc.add_paragraph('The following advice and information was gathered during the assessment and is appended to this plan.')
    t = doc.add_table(rows=1, cols=3); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, ('Advice and information', 'Given by', 'Date')):
        c.text = h; c.paragraphs[0].runs[0].bold = True
    for adv, date, who, app in P['K']:
        r = t.add_row().cells; r[0].text = adv; r[1].text = who; r[2].text = date
    doc.add_paragraph()
    p = doc.add_paragraph(); p.add_run('Signed on behalf of %s: ' % COUNCIL).bold = True
    p.add_run('%s    Date: %s' % P['signoff'])
    doc.save(path)

# ---------------------------------------------------------------- letter-column

def render_letter(P, path):
    doc = Document()
    bold_para(doc, COUNCIL.upper(), 14)
    bold_para(doc, 'Education, Health and Care (EHC) Plan', 13)
    doc.add_paragraph(TEAM)
    t = doc.add_table(rows=0, cols=2); t.style = 'Table Grid'
    for k, v in P['front']:
        r = t.add_row().cells; r[0].text = k; r[1].text = v
        r[0].paragraphs[0].runs[0].bold = True; shade(r[0], 'F2F2F2')
    doc.add_paragraph()
    big = doc.add_table(rows=0, cols=2); big.style = 'Table Grid'
    name = P['name']

    def section(key, blocks):
        rows = []
        r = big.add_row(); rows.append(r)
        r.cells[1].paragraphs[0].add_run(SEC_TITLES[key].format(name=name, fam=fam(P))).bold = True
        for head, text in blocks:
            if not text and not head:
                continue
            r = big.add_row(); rows.append(r)
            c = r.cells[1]
            if head:
                c.paragraphs[0].add_run(head).bold = True
                fill_cell(c, text, first=False)
            else:
                fill_cell(c, text)
        left = rows[0].cells[0]
        if len(rows) > 1:
            left = left.merge(rows[-1].cells[0])
        left.paragraphs[0].text = ''
        rr = left.paragraphs[0].add_run(key); rr.bold = True; rr.font.size = Pt(16)
        shade(left, 'BDD7EE')

    section('A', [('History and how %s communicates' % name, P.get('history')),
                  (P.get('views_child_heading', 'What %s told us' % name), P.get('views_child')),
                  (P.get('views_family_heading', 'What %s\u2019s family told us' % name), P.get('views_family')),
                  ('What people like and admire about %s' % name, P.get('strengths')),
                  ('Interests', P.get('interests')),
                  ('Aspirations for the future', P.get('aspirations'))])
    bl = []
    if P.get('b_intro'):
        bl.append((None, P['b_intro']))
    for a in P['areas']:
        txt = '\n'.join([a.get('strengths', '')] + [r[0] for r in a['rows'] if r[0]])
        bl.append((a['name'], txt))
    section('B', bl)
    section('C', [(None, '\n'.join([P['health'].get('strengths', '')] + [r[0] for r in P['health']['rows'] if r[0]]))])
    section('D', [(None, '\n'.join([P['social'].get('strengths', '')] + [r[0] for r in P['social']['rows'] if r[0]]))])
    el = []
    if P.get('e_intro'):
        el.append((None, P['e_intro']))
    for g, outs in areas_outcomes(P):
        el.append((g, '\n'.join('\u2022 ' + o for o in outs)))
    section('E', el)
    fl = []
    if P.get('f_intro'):
        fl.append((None, P['f_intro']))
    for a in P['areas']:
        provs = [r[1] for r in a['rows'] if r[1]]
        if provs:
            fl.append((a['name'], '\n'.join(provs)))
    section('F', fl)
    gl = [(None, '\n'.join(r[1] for r in P['health']['rows'] if r[1]))]
    if P['health'].get('g_extra'):
        gl.append((None, P['health']['g_extra']))
    if P['health'].get('signoff'):
        gl.append(('Health agreement', P['health']['signoff']))
    section('G', gl)
    for key, idx in (('H1', 1), ('H2', 2)):
        txt = '\n'.join([r[idx] for r in P['social']['rows'] if r[idx]] + [P['social'].get(key.lower() + '_text', '')])
        section(key, [(None, txt)])
    section('I', [(None, '\n'.join('%s: %s' % kv for kv in P['I']))])
    section('J', [(None, P['J'])])
    section('K', [(None, '\n'.join('\u2022 %s \u2013 %s%s' % (adv, who, (', ' + date) if date else '') for adv, date, who, app in P['K']))])
    doc.add_paragraph()
    p = doc.add_paragraph(); p.add_run('Issued on behalf of %s by: ' % COUNCIL).bold = True
    p.add_run('%s, %s' % P['signoff'])
    doc.save(path)

# ---------------------------------------------------------------- national-template

def set_cell(cell, text):
    """Replace a template cell's content with caseworker text (keeps the first paragraph's style)."""
    ps = cell.paragraphs
    for p in ps[1:]:
        p._p.getparent().remove(p._p)
    p0 = ps[0]
    for r in list(p0.runs):
        r._r.getparent().remove(r._r)
    for h in p0._p.findall(qn('w:hyperlink')):
        p0._p.remove(h)
    fill_cell(cell, text or '')


def replace_in_cell(cell, placeholder, text):
    for p in cell.paragraphs:
        if placeholder in p.text:
            for r in list(p.runs):
                r._r.getparent().remove(r._r)
            items = lines(text)
            if not items:
                return
            kind, t = items[0]
            p.add_run(('\u2022 ' if kind == 'b' else '') + t)
            anchor = p
            for kind, t in items[1:]:
                np_ = copy.deepcopy(p._p)
                for r in np_.findall(qn('w:r')):
                    np_.remove(r)
                anchor._p.addnext(np_)
                from docx.text.paragraph import Paragraph
                npara = Paragraph(np_, p._parent)
                run = npara.add_run(('\u2022 ' if kind == 'b' else '') + t)
                if kind == 'h':
                    run.bold = True
                anchor = npara
            return
    raise KeyError(placeholder)


def remove_row(row):
    row._tr.getparent().remove(row._tr)


def render_national(P, path):
    doc = Document(TEMPLATE)
    T = doc.tables
    # front matter: dates added under the template title, as Brackenford caseworkers do
    title = [p for p in doc.paragraphs if p.style.name == 'Heading 1'][0]
    anchor = title
    for k, v in reversed(P['front_extra']):
        np_ = OxmlElement('w:p')
        title._p.addnext(np_)
        from docx.text.paragraph import Paragraph
        para = Paragraph(np_, title._parent)
        para.add_run(k + ': ').bold = True
        para.add_run(v)
    pd = P['details']
    t0 = T[0]
    for ph, key in [('{{ name }}', 'name'), ('{{ preferred_name }}', 'preferred'), ('{{ date_of_birth }}', 'dob'),
                    ('{{ sex }}', 'sex'), ('{{ ethnicity }}', 'ethnicity'),
                    ('{{ child_or_young_person_first_language }}', 'lang'),
                    ('{{ parent_or_carer_first_language }}', 'plang'),
                    ('{{ parent_1_name }}', 'p1'), ('{{ parent_1_relationship }}', 'p1rel'),
                    ('{{ parent_1_email }}', 'withheld'), ('{{ parent_1_telephone_number }}', 'withheld'),
                    ('{{ parent_1_home_address }}', 'withheld'),
                    ('{{ parent_2_name }}', 'p2'), ('{{ parent_2_relationship }}', 'p2rel'),
                    ('{{ parent_2_email }}', 'withheld2'), ('{{ parent_2_telephone_number }}', 'withheld2'),
                    ('{{ parent_2_home_address_if_different_to_parent_or_carer_1 }}', 'withheld2')]:
        for row in t0.rows:
            done = False
            for c in row.cells:
                if ph in c.text:
                    set_cell(c, pd.get(key, '')); done = True; break
            if done:
                break
    t1 = T[1]
    svc = P['services']
    for row in t1.rows[1:]:
        c = row.cells[-1]
        m = re.search(r'\{\{\s*(\w+)\s*\}\}', c.text)
        if m:
            set_cell(c, svc.get(m.group(1), ''))
    # A1 / A2
    replace_in_cell(T[2].rows[1].cells[1], '{{ history }}', P['history'])
    replace_in_cell(T[2].rows[1].cells[1], '{{communication}}', P.get('communication', ''))
    c = T[3].rows[3].cells[0]
    replace_in_cell(c, '{{ child_views}}', '## ' + P.get('views_child_heading', 'What %s told us' % P['name']) + '\n' + P['views_child'])
    replace_in_cell(c, '{{ family_views}}', '## ' + P.get('views_family_heading', 'What %s\u2019s family told us' % P['name']) + '\n' + P['views_family'])
    replace_in_cell(T[3].rows[5].cells[0], '{{ interests }}', P.get('interests', ''))
    replace_in_cell(T[3].rows[7].cells[0], '{{ strengths }}', P.get('strengths', ''))
    replace_in_cell(T[3].rows[9].cells[0], '{{ aspirations }}', P.get('aspirations', ''))
    # B-F-E tables 4..7
    area_keys = ['Communication and interaction', 'Cognition and learning',
                 'Social, emotional and mental health', 'Sensory and/or physical']
    by = {a['name']: a for a in P['areas']}
    drop = []
    for ti, akey in zip(range(4, 8), area_keys):
        tb = T[ti]
        a = by.get(akey)
        if a is None:
            drop.append(tb); continue
        set_cell(tb.rows[2].cells[0], a.get('strengths', ''))
        rows = tb.rows[4:]
        for i, row in enumerate(rows):
            if i < len(a['rows']):
                need, prov, out = a['rows'][i]
                cells = []
                prev = None
                for cc in row.cells:
                    if cc._tc is prev:
                        continue
                    prev = cc._tc; cells.append(cc)
                set_cell(cells[0], need); set_cell(cells[1], prov); set_cell(cells[2], out)
        for row in rows[len(a['rows']):]:
            remove_row(row)
    # C-G-E table 8
    tb = T[8]
    set_cell(tb.rows[1].cells[0], P['health'].get('strengths', ''))
    rows = tb.rows[3:]
    for i, row in enumerate(rows):
        if i < len(P['health']['rows']):
            cells = []; prev = None
            for cc in row.cells:
                if cc._tc is prev:
                    continue
                prev = cc._tc; cells.append(cc)
            for cc, val in zip(cells, P['health']['rows'][i]):
                set_cell(cc, val)
    for row in rows[len(P['health']['rows']):]:
        remove_row(row)
    if P['health'].get('signoff'):
        np_ = OxmlElement('w:p'); tb._tbl.addnext(np_)
        from docx.text.paragraph import Paragraph
        para = Paragraph(np_, doc._body)
        para.add_run('Health agreement (Section G): ').bold = True
        para.add_run(P['health']['signoff'])
    # D-H1-H2-E table 9
    tb = T[9]
    set_cell(tb.rows[1].cells[0], P['social'].get('strengths', ''))
    rows = tb.rows[3:]
    for i, row in enumerate(rows):
        if i < len(P['social']['rows']):
            cells = []; prev = None
            for cc in row.cells:
                if cc._tc is prev:
                    continue
                prev = cc._tc; cells.append(cc)
            for cc, val in zip(cells, P['social']['rows'][i]):
                set_cell(cc, val)
    for row in rows[len(P['social']['rows']):]:
        remove_row(row)
    # I
    tb = T[10]
    for row, (k, v) in zip(tb.rows, P['I']):
        cells = []; prev = None
        for cc in row.cells:
            if cc._tc is prev:
                continue
            prev = cc._tc; cells.append(cc)
        if not cells[0].text.strip():
            set_cell(cells[0], k)
        set_cell(cells[-1], v)
    # J
    tb = T[11]
    set_cell(tb.rows[0].cells[-1], P['J'])
    set_cell(tb.rows[1].cells[-1], P.get('J2', 'Not applicable.'))
    # K: rows 1-3 blank label rows are used for parent, education and any extra; labelled rows filled by key
    tb = T[12]
    K = P['Knat']
    def put(row, label, date, who, app):
        cells = []; prev = None
        for cc in row.cells:
            if cc._tc is prev:
                continue
            prev = cc._tc; cells.append(cc)
        if label is not None:
            set_cell(cells[0], label)
        set_cell(cells[1], date); set_cell(cells[2], who); set_cell(cells[3], app)
    free = [tb.rows[1], tb.rows[2], tb.rows[3]]
    labelled = {'medical': tb.rows[4], 'ep': tb.rows[5], 'social': tb.rows[6], 'other': tb.rows[7],
                'pfa': tb.rows[8], 'requested': tb.rows[9]}
    extra_after = {}
    for item in K:
        slot, label, date, who, app = item
        if slot == 'free':
            put(free.pop(0), label, date, who, app)
        else:
            row = labelled[slot]
            if slot in extra_after:
                from docx.table import _Row
                nr = copy.deepcopy(row._tr)
                extra_after[slot]._tr.addnext(nr)
                newrow = _Row(nr, tb)
                put(newrow, label, date, who, app)
                extra_after[slot] = newrow
            else:
                put(row, label, date, who, app)
                extra_after[slot] = row
    for row in free:
        remove_row(row)
    # sign-off
    tb = T[13]
    cells = tb.rows[1].cells
    set_cell(cells[0], P['signoff'][0]); set_cell(cells[1], P['signoff'][0].split(',')[0] + ' (signed electronically)'); set_cell(cells[2], P['signoff'][1])
    for tbx in drop:
        tbx._tbl.getparent().remove(tbx._tbl)
    doc.save(path)


RENDER = {'heading2-numbered': render_heading2, 'letter-column': render_letter, 'national-template': render_national}

PLANS = []

# =============================================================== ad101 (SOUND)
PLANS.append(dict(
    id='ad101', layout='heading2-numbered', name='Oskar', fam='his family',
    front=[('Name used in this plan', 'Oskar'),
           ('Month and year of birth', 'May 2016'),
           ('School year / phase', 'Year 5, primary'),
           ('Languages at home', 'Polish and English'),
           ('Type of plan', 'First plan following an EHC needs assessment'),
           ('Date this plan was issued', '9 October 2026'),
           ('Date of last annual review', 'Not applicable \u2013 first plan. First annual review due by October 2027.'),
           ('EHC coordinator', 'Marta Kowalczyk')],
    history="""Oskar lives with his mum, dad and his sister Hania (6) in Brackenford. His family moved to England from Gda\u0144sk when Oskar was three, and he has been at Meadowcroft Primary School since Reception.
In August 2024, when he was eight, Oskar was hit by a car while crossing the road near the leisure centre. He had a serious head injury and spent five weeks in hospital, followed by eleven weeks at the Brackenford Children\u2019s Neurorehabilitation Service at St Cuthman\u2019s Hospital. He went back to school part-time in January 2025 and has attended full-time since April 2025.
The injury has affected how quickly Oskar takes in and remembers information, how he finds the words he wants, the strength and control of his left hand and leg, and how tired he gets. He also has seizures that started after the injury (see Section C). School has supported him through special educational needs (SEN) support since his return and requested this assessment in May 2026 because, although he is making progress, the gap with his classmates is widening in reading, writing and maths.
Oskar speaks Polish and English at home and English at school. He understands both languages well. When he is tired, he sometimes mixes the two, and he may take a little longer to answer; it helps if adults wait and do not finish his sentences for him.""",
    views_child_heading='What Oskar told us (in his own words, at a meeting with his class teacher and the EHC coordinator on 15 July 2026)',
    views_child="""\u201cI like school when it\u2019s games and art and when we do experiments. I don\u2019t like it when it\u2019s really noisy in the hall because my head gets too full.\u201d
\u201cMy left hand is the slow one. I can do football but I can\u2019t do the buttons on my coat fast.\u201d
\u201cSometimes I know the word but it won\u2019t come out. Then I say \u2018the thing\u2019 and my friends laugh, but Kuba doesn\u2019t laugh, he\u2019s my best friend.\u201d
\u201cI get tired after lunch. The beanbag in the quiet room helps.\u201d
\u201cWhen I\u2019m big I want to be a goalkeeper or a vet. Or both.\u201d
\u201cI want to go on the Year 6 trip to the Isle of Wight with everyone.\u201d""",
    views_family_heading='What Oskar\u2019s mum and dad told us (meeting at home with a Polish interpreter, 3 August 2026)',
    views_family="""Mum and dad said Oskar is \u201ca different boy but still our Oskar\u201d. They are proud of how hard he worked in hospital and how he kept smiling. They worry that he is falling behind and that he is starting to notice it; he has said he is \u201cthe stupid one\u201d on some evenings.
They would like Oskar to have access to the same school trips and clubs as his friends, and to stay at Meadowcroft with Kuba and his other friends until the end of Year 6. They want him to be able to walk to school with his sister by the time he starts secondary school, but they are frightened about roads and said they need help with this.
They would like information in Polish where possible, and the school now sends key letters in both languages.""",
    strengths="""Oskar is kind, funny and determined. Staff at the rehabilitation service described him as \u201cthe hardest-working patient on the ward\u201d.
He is good at football and is now back in the school team as a substitute goalkeeper.
He has a strong memory for things he has done practically, such as science experiments and cooking.
He is bilingual and helps new Polish-speaking children settle into class.""",
    interests="""Football (he supports Legia Warsaw and Brighton), animals (especially his grandmother\u2019s dog, Bursztyn), drawing cartoons, cooking pierogi with his dad, and science programmes.""",
    aspirations="""Oskar would like to be a goalkeeper or a vet. In the short term he wants to go on the Year 6 residential trip and to move to secondary school with his friends.
His parents hope that Oskar will be able to read for pleasure, travel safely on his own in Brackenford as a teenager, and go on to college or university.""",
    areas=[
        dict(name='Communication and interaction',
             strengths='Oskar understands everyday conversation in Polish and English, takes turns in conversation and has good friendships.',
             rows=[
                 ("""Since his injury Oskar has word-finding difficulties: he often knows what he wants to say but cannot retrieve the word, especially subject vocabulary (for example \u201cevaporation\u201d, \u201cperimeter\u201d). On the speech and language therapy assessment in June 2026 his naming score was below the expected range for his age.
He needs more time to process long spoken instructions. When given an instruction with three parts he usually carries out the first part only.""",
                  """\u2022 Word-finding programme (\u201cWord Detectives\u201d) planned by the speech and language therapist and delivered by a teaching assistant trained by the therapist: 1:1, three times per week for 20 minutes, in the small group room.
\u2022 Pre-teaching of 5 key topic words each week, with pictures and Polish translations, by the class teaching assistant: 15 minutes every Monday on his own.
\u2022 The speech and language therapist (Brackenford Children\u2019s Speech and Language Therapy Service) will visit school once each half-term for 1 hour to review the programme, set new targets and model strategies for the class teacher.
\u2022 All adults will break instructions into single steps and wait 10 seconds for Oskar to respond before repeating. This will be included in the one-page guide written by the SENCo (special educational needs co-ordinator) for all staff who teach him.""",
                  """By July 2027, Oskar will name 40 of the 50 science and maths topic words taught that year when shown a picture, as recorded by the speech and language therapist on the Word Detectives tracker (June 2026 baseline: 12 of 50)."""),
                 ('',
                  '',
                  """By the end of the spring term 2027, Oskar will follow a three-step classroom instruction without a reminder in 8 out of 10 observed lessons, as recorded by the class teacher on a weekly tally."""),
             ]),
        dict(name='Cognition and learning',
             strengths='Oskar learns best through practical activity and pictures. His reasoning is a relative strength: in the educational psychology assessment his verbal and non-verbal reasoning were within the average range.',
             rows=[
                 ("""Oskar\u2019s working memory and speed of processing were assessed in July 2026 as well below average. He forgets the start of a task before he reaches the end, loses his place when copying from the board, and takes about twice as long as his classmates to complete written work.
He reads at about the level expected at the end of Year 2. He can decode most words but reads slowly (42 words per minute) and finds it hard to remember what he has read. In maths he is working at around the end of Year 3 level; he understands place value but cannot yet recall multiplication facts reliably.""",
                  """\u2022 Precision teaching for reading fluency and times tables, delivered by a trained teaching assistant: 1:1, daily for 10 minutes, with progress charted by the SENCo each half-term.
\u2022 Small-group reading comprehension (\u201cReciprocal Reading\u201d) with the Higher Level Teaching Assistant: in a group of no more than 4, twice a week for 30 minutes.
\u2022 A printed copy of any board work, and a task checklist on his desk for every lesson, prepared by the class teacher.
\u2022 The educational psychologist will visit once a term for 2 hours to observe Oskar, meet with the class teacher and SENCo, and review his memory strategies.
\u2022 From January 2027, Oskar will use a laptop with word-prediction software for all extended writing. The school\u2019s information technology (IT) technician will set it up and maintain it.""",
                  """By July 2027, Oskar will read a Year 4 level passage aloud at 70 words per minute and answer 4 out of 5 questions about it correctly, as assessed by the special educational needs co-ordinator (SENCo) each half-term."""),
                 ('',
                  '',
                  """By July 2027, Oskar will recall the 2, 5, 10, 3 and 4 times tables within 3 seconds per fact, scoring 45 out of 50 on the school\u2019s times-table check, marked by his class teacher."""),
                 ('',
                  '',
                  """By the end of Year 5, Oskar will receive a Meadowcroft \u201cBookworm\u201d certificate for finishing 20 books of his own choice, checked off on his reading record by his parents and class teacher."""),
             ]),
        dict(name='Social, emotional and mental health',
             strengths='Oskar is liked by his classmates and has a close friend, Kuba. He is open about his feelings with adults he trusts.',
             rows=[
                 ("""Oskar has become more aware of the difference between himself and his classmates and sometimes calls himself \u201cstupid\u201d. He becomes frustrated when he cannot find a word, and this has led to him leaving the classroom about twice a week during the summer term 2026.
He is anxious near busy roads since the accident. He will not cross a road, even holding an adult\u2019s hand, without a lot of reassurance.""",
                  """\u2022 A weekly 30-minute session with the school\u2019s Emotional Literacy Support Assistant (ELSA), 1:1, for 12 weeks then review, focusing on understanding his brain injury and managing frustration.
\u2022 A named key adult (the class teaching assistant) will check in with Oskar for 5 minutes at the start of each morning and after lunch.
\u2022 A road-crossing programme planned by the educational psychologist: a social story about crossing safely, then practice at the crossing outside school with his key adult, 15 minutes twice a week on his own for 10 weeks, after which the routine is shared with his parents to use on the way to school.
\u2022 A \u201cbreak card\u201d Oskar can show to go to the quiet room for 10 minutes, agreed with him and recorded in his one-page guide.""",
                  """By Easter 2027, Oskar will use his break card or ask for help, instead of leaving the room, on at least 9 out of 10 occasions when he is frustrated, as logged by his key adult."""),
                 ('',
                  '',
                  """By July 2027, Oskar will cross the two roads on his route to school with his mum, using the crossing routine he has practised, on 5 mornings out of 5 for two weeks running, as recorded by his mum in a diary she shares with school."""),
             ]),
        dict(name='Sensory and/or physical',
             strengths='Oskar walks independently, runs and can kick a ball with either foot.',
             rows=[
                 ("""Oskar has weakness and reduced control in his left hand and arm (a left hemiparesis). He uses his right hand for writing but needs his left to steady the page and to do up buttons and zips. His handwriting is large and slow, and he tires after about 10 minutes of writing.
He has significant fatigue: by early afternoon he is often pale and unable to concentrate, and he needs a rest.""",
                  """\u2022 Fine motor and dressing programme written by the occupational therapist (Brackenford Children\u2019s Occupational Therapy Service) and carried out by a trained teaching assistant: 1:1, four times a week for 15 minutes.
\u2022 The occupational therapist will visit school twice a term for 45 minutes to review the programme and Oskar\u2019s seating, and will train the teaching assistant (one 1-hour session in September 2026 and again when the programme changes).
\u2022 A sloped writing board and a non-slip mat, provided by the occupational therapy service and checked each term by the teaching assistant.
\u2022 A 15-minute rest in the quiet room every day straight after lunch, supervised by the key adult.
\u2022 In class tests and in the end of Key Stage 2 tests in May 2027, 25% extra time and rest breaks, arranged by the SENCo.""",
                  """By July 2027, Oskar will fasten the buttons and zip of his coat without help in under 2 minutes, as timed by the teaching assistant at the end of each half-term."""),
             ]),
    ],
    health=dict(
        strengths='Oskar has no difficulty with eating, drinking or sleeping, but he does have seizures, which began after his head injury.',
        rows=[
            ("""Post-traumatic epilepsy: Oskar has focal seizures in which he stares, his left arm twitches and he does not respond, lasting up to 2 minutes. In the last six months he has had about one seizure a month, all at home. He takes levetiracetam twice a day (at home). He has an individual healthcare plan and has a rescue medication (buccal midazolam) prescribed for seizures lasting more than 5 minutes.""",
             """\u2022 Paediatric neurology review at St Cuthman\u2019s Hospital every 6 months by Dr Rafferty, consultant paediatric neurologist.
\u2022 The epilepsy specialist nurse will update Oskar\u2019s individual healthcare plan every September and train at least 4 named school staff (including the key adult) in seizure first aid and buccal midazolam: one 2-hour session each September, with a refresher if the medication changes.
\u2022 The epilepsy specialist nurse will meet Oskar and his parents at school for two 30-minute sessions in the spring term 2027 to explain his seizures, using a picture booklet in Polish and English.""",
             """By July 2027, Oskar will tell an adult in his own words what happens in a seizure and what to do, and will rate his understanding at least 8 out of 10 on the epilepsy nurse\u2019s checklist."""),
            ("""Left-sided weakness and balance: physiotherapy has helped, but Oskar still trips on stairs and in the playground when he is tired.""",
             """\u2022 The children\u2019s physiotherapist (Brackenford Community Children\u2019s Physiotherapy) will see Oskar at school for a block of 6 weekly 30-minute sessions in the autumn term 2026, then review. She will leave a home and school exercise sheet.""",
             """By the end of the spring term 2027, Oskar will go up and down the school stairs, holding the rail, without tripping, on every observed occasion over two weeks, as recorded by the physiotherapist."""),
        ],
        signoff="""The health provision in this section was reviewed and agreed on 30 September 2026 by Dr Helen Marsh, Designated Clinical Officer (DCO), Brackenford and Weald Integrated Care Board."""),
    social=dict(
        strengths='',
        rows=[("""Oskar\u2019s needs were screened by the Children with Disabilities Team on 2 September 2026. The team found that Oskar has no social care needs arising from his special educational needs or disability that need a social care service at present: his parents meet his care needs at home and he takes part in family and community life.
The family were given information about the local offer, including the Saturday inclusive sports club and the Polish-speaking family support worker at the Brackenford Family Hub (early help), should they need it later.""",
               """No provision is required under section 2 of the Chronically Sick and Disabled Persons Act 1970, following the Children with Disabilities Team screening of 2 September 2026.""",
               """No other social care provision is required. The family have the local offer information above and can contact the Family Hub directly.""",
               '')]),
    f_intro="""Provision is delivered at Meadowcroft Primary School during the school day. The SENCo is responsible for making sure it is in place and for reviewing it each term with Oskar\u2019s parents.""",
    I=[('Name of school', 'Meadowcroft Primary School, Brackenford'), ('Type', 'Mainstream community primary school')],
    J="""Oskar\u2019s parents have not requested a personal budget.""",
    K=[('Views of Oskar\u2019s parents (home meeting with interpreter)', '3 August 2026', 'Oskar\u2019s parents', 'Yes'),
       ('Oskar\u2019s views', '15 July 2026', 'Oskar, with Mrs Dunne, class teacher', 'Yes'),
       ('Educational advice', '1 July 2026', 'Mrs Claire Nowell, SENCo, Meadowcroft Primary School', 'Yes'),
       ('Psychological advice', '20 July 2026', 'Dr Sam Okafor, Educational Psychologist, Brackenford Educational Psychology Service', 'Yes'),
       ('Medical advice', '10 July 2026', 'Dr Fiona Rafferty, Consultant Paediatric Neurologist, St Cuthman\u2019s Hospital', 'Yes'),
       ('Speech and language therapy advice', '24 June 2026', 'Ms Leah Pryce, Speech and Language Therapist, Brackenford Children\u2019s Speech and Language Therapy Service', 'Yes'),
       ('Occupational therapy advice', '30 June 2026', 'Mr Tom Ashdown, Occupational Therapist, Brackenford Children\u2019s Occupational Therapy Service', 'Yes'),
       ('Physiotherapy advice', '8 July 2026', 'Ms Anita Baker, Children\u2019s Physiotherapist, Brackenford Community Children\u2019s Physiotherapy', 'Yes'),
       ('Epilepsy nursing advice', '14 July 2026', 'Ms Rachel Lowe, Epilepsy Specialist Nurse, St Cuthman\u2019s Hospital', 'Yes'),
       ('Social care advice', '2 September 2026', 'Ms Dorota Wi\u015bniewska, Social Worker, Children with Disabilities Team', 'Yes')],
    signoff=('Marta Kowalczyk, EHC Coordinator', '9 October 2026'),
))

# =============================================================== ad102 (FAIL)
PLANS.append(dict(
    id='ad102', layout='letter-column', name='Zofia', fam='her family',
    front=[('Name used in this plan', 'Zofia'),
           ('Month and year of birth', '01/2011'),
           ('School year / phase', 'Year 10, secondary (Key Stage 4)'),
           ('Languages at home', 'Polish and English'),
           ('Type of plan', 'Amended plan following annual review'),
           ('Date this plan was issued', '23 June 2026'),
           ('Date of last annual review', '4 June 2026'),
           ('EHC coordinator', 'Gemma Hollis')],
    history="""Zofia lives with her mum and her younger brother Tymon (11). She was diagnosed with Friedreich\u2019s ataxia, an inherited condition that gradually affects balance, coordination, speech and the heart, when she was nine. Her condition has progressed over the last two years. Since September 2025 she has used a powered wheelchair at school and a manual wheelchair at home, and her speech has become slower and less clear, particularly when she is tired.
Zofia has attended Kingsmead Academy since Year 7. She is in the top sets for English and history. Her EHC plan was first issued in Year 7 and was last reviewed on 4 June 2026; this amended plan follows that review.
Zofia communicates using speech. She prefers people to ask her to repeat something rather than guess, and she uses the voice-to-text function on her phone when she wants to be sure she is understood.""",
    views_child_heading='What Zofia told us (written by Zofia for her annual review, June 2026)',
    views_child="""\u201cI\u2019m Zofia, I\u2019m 15 and I love writing, football (watching it now, not playing!) and my friends. I write match reports for the school newsletter and I want to be a sports journalist.
The hardest thing about school is being tired all the time. By period 5 my hands don\u2019t work properly and my writing is a mess. I hate it when teachers talk to my teaching assistant instead of to me.
I want to do A levels or a media course at college and then go to university somewhere far away, like Manchester, and live with my friends. I know I\u2019ll need carers but I want to be the one who is in charge of them.
I worry about my heart and about my blood sugar at school, because not many teachers know what to do.\u201d""",
    views_family_heading='What Zofia\u2019s mum told us (annual review meeting, 4 June 2026)',
    views_family="""Mum said she is very proud of Zofia, who \u201cnever lets anything stop her\u201d. She said that the last year has been very hard. Zofia\u2019s dad moved back to Poland in 2025 and mum now does all of Zofia\u2019s personal care as well as working part-time. \u201cWe have had a social worker since February and the children are on a child in need plan, which has helped with some things, but I am exhausted.\u201d
Mum would like Zofia to have help getting ready in the mornings so that they are not late every day, and she wants school to understand Zofia\u2019s diabetes better. She hopes that Zofia will go to university and have the independent life she wants.""",
    strengths="""Zofia is articulate, witty and a talented writer; her English teacher describes her writing as \u201cwell beyond her years\u201d.
She is well organised, knows her own needs and explains them clearly to new staff.
She has a close group of friends and is a member of the school council.""",
    interests="""Football journalism, podcasts, reading (especially crime novels), Brighton and Hove Albion, and Polish cooking with her grandmother when she visits.""",
    aspirations="""Zofia wants to be a sports journalist. She plans to take A levels or a media course at college, go to university and live away from home with her friends, directing her own care.
Her mum hopes Zofia will go to university and live as independently as possible.""",
    areas=[
        dict(name='Communication and interaction',
             strengths='Zofia has excellent vocabulary and understanding of language.',
             rows=[("""Zofia has dysarthria (slurred and slow speech caused by her condition). Her speech is clear in the morning but becomes harder to understand after lunch or when she is anxious. Unfamiliar listeners understand about 70% of what she says by the end of the school day.""",
                    """\u2022 Speech and language therapy from the Brackenford Children\u2019s Speech and Language Therapy Service: a speech and language therapist will see Zofia on her own at school once a fortnight for 40 minutes during the autumn and spring terms, working on breath support and pacing, and will give her a home practice plan.
\u2022 The speech and language therapist will deliver a 1-hour training session to Zofia\u2019s subject teachers in September 2026 on how to support her speech in lessons.""",
                    """Zofia will receive speech and language therapy once a fortnight.""")]),
        dict(name='Cognition and learning',
             strengths='Zofia is working at or above age-related expectations in all subjects. She is predicted grades 7 to 8 in English and history.',
             rows=[("""Zofia\u2019s thinking and understanding are not affected, but her handwriting is slow and becomes illegible after about 15 minutes because of weakness and poor coordination in her hands. She cannot keep up with note-taking in lessons.""",
                    """\u2022 A laptop with speech-to-text software for all written work, provided by the school and maintained by the school\u2019s information technology (IT) support team.
\u2022 Touch-typing programme (\u201cTypeRight\u201d) 1:1 with a teaching assistant, three times a week for 15 minutes before registration, until she reaches 35 words per minute.
\u2022 Printed copies of the teacher\u2019s slides given to Zofia at the start of every lesson.
\u2022 In all tests and in her GCSE (General Certificate of Secondary Education) examinations: 25% extra time, rest breaks and use of a laptop, arranged by the examinations officer.""",
                    """Zofia is given a laptop for all written work in lessons."""),
                   ('', '', """By July 2027, Zofia will touch-type at 35 words per minute with at least 95% accuracy, as measured by the teaching assistant each half-term.""")]),
        dict(name='Social, emotional and mental health',
             strengths='Zofia is resilient and has strong friendships.',
             rows=[("""Zofia has become more anxious over the past year about her health and her future, and she told her form tutor she sometimes feels \u201clike a burden\u201d. She is tired, which affects her mood.""",
                    """\u2022 Counselling with the school counsellor (a qualified counsellor registered with the British Association for Counselling and Psychotherapy): 1:1, 50 minutes weekly for 10 weeks, then review with Zofia.
\u2022 A named key adult (her head of year) will meet Zofia for 15 minutes every Monday morning to plan her week and check her energy levels.""",
                    """Zofia will feel more confident and less worried about her condition."""),
                   ('', '', """Staff will check in with Zofia at the start of every day.""")]),
        dict(name='Sensory and/or physical',
             strengths='Zofia drives her powered wheelchair safely and independently around the school site.',
             rows=[("""Zofia has poor balance and coordination and cannot walk without support. She uses a powered wheelchair in school. She needs help to transfer from her wheelchair to the toilet and to move between her wheelchair and a classroom chair.""",
                    """\u2022 Two members of staff trained in moving and handling by the school\u2019s occupational therapist will support all transfers, using the ceiling hoist in the accessible toilet, at the start and end of each day, at lunchtime and for every toilet visit.
\u2022 A height-adjustable desk in each teaching room Zofia uses, provided and maintained by the school\u2019s site manager.
\u2022 A personal evacuation plan, written by the SENCo (special educational needs co-ordinator) with Zofia and reviewed each September.""",
                    '')]),
    ],
    health=dict(
        strengths='Zofia understands her condition well and takes her own medication at home.',
        rows=[("""Friedreich\u2019s ataxia: progressive weakness and poor coordination affecting her legs, arms and speech. She has a curve in her spine (scoliosis), which is monitored by the orthopaedic team.""",
               """\u2022 Physiotherapy: the children\u2019s physiotherapist (Brackenford Community Children\u2019s Physiotherapy) will see Zofia at school once a month for 45 minutes and will write a daily stretching programme. The school\u2019s trained physiotherapy assistant will carry out the programme with Zofia twice a week for 20 minutes.
\u2022 Brackenford Wheelchair Service will review Zofia\u2019s powered wheelchair every 6 months and carry out repairs within 5 working days of a request.""",
               """By July 2027, Zofia will receive two physiotherapy sessions every week from the school\u2019s physiotherapy assistant."""),
              ("""Heart: Zofia has hypertrophic cardiomyopathy (thickening of the heart muscle), which is common in Friedreich\u2019s ataxia. She is seen by the children\u2019s cardiology team at the Royal Sussex Children\u2019s Hospital and takes medication at home. She becomes breathless on exertion and must not be pushed to continue when she says she is tired.""",
               '', ''),
              ("""Diabetes: Zofia was diagnosed with diabetes in January 2026. She checks her blood glucose before lunch and at any time she feels unwell, and she takes insulin at lunchtime. Her blood glucose has been low twice at school this year, and on one occasion staff did not know what to do.""",
               '', '')],
        signoff="""Section G agreed by Dr Helen Marsh, Designated Clinical Officer, Brackenford and Weald Integrated Care Board, 17 June 2026."""),
    social=dict(
        strengths='',
        rows=[("""Zofia needs help with all personal care at home, including showering, dressing and getting in and out of bed. Her mum currently provides all of this care before work, which is not sustainable. Zofia wants to do as much as she can for herself and to choose who helps her.
An occupational therapist from the Children with Disabilities Team assessed the home in May 2026 and recommended a level-access shower and a profiling bed.""",
               """\u2022 Personal care at home: a care worker from an agency commissioned by the Children with Disabilities Team will help Zofia to get up, shower and dress for 1 hour every weekday morning (5 hours a week), from September 2026.
\u2022 A level-access shower and a profiling bed, provided through the Children with Disabilities Team occupational therapist and a Disabled Facilities Grant, to be installed by December 2026.""",
               """None.""",
               """By March 2027, Zofia will be able to get in and out of the shower more safely.""")]),
    I=[('Name of school', 'Kingsmead Academy, Brackenford'), ('Type', 'Mainstream secondary academy')],
    J="""Zofia\u2019s mum has asked for a direct payment for the personal care in Section H1, so that Zofia can help to choose her own care worker. This will be discussed with the Children with Disabilities Team in the autumn term 2026.""",
    K=[('Zofia\u2019s views', '4 June 2026', 'Zofia (written statement)', 'Yes'),
       ('Parent\u2019s views', '4 June 2026', 'Zofia\u2019s mum', 'Yes'),
       ('Educational advice (annual review report)', '28 May 2026', 'Mr Daniel Ferris, SENCo, Kingsmead Academy', 'Yes'),
       ('Psychological advice', '12 March 2026', 'Dr Anya Greaves, Educational Psychologist, Brackenford Educational Psychology Service', 'Yes'),
       ('Medical advice', '20 April 2026', 'Dr Fiona Rafferty, Consultant Paediatric Neurologist, St Cuthman\u2019s Hospital', 'Yes'),
       ('Physiotherapy advice', '6 May 2026', 'Ms Anita Baker, Children\u2019s Physiotherapist, Brackenford Community Children\u2019s Physiotherapy', 'Yes'),
       ('Wheelchair service report', '15 April 2026', 'Mr Paul Denholm, Clinical Lead, Brackenford Wheelchair Service', 'Yes'),
       ('Speech and language therapy advice', '22 April 2026', 'Ms Leah Pryce, Speech and Language Therapist, Brackenford Children\u2019s Speech and Language Therapy Service', 'Yes'),
       ('Social care advice (home assessment)', '19 May 2026', 'Ms Joanne Reid, Occupational Therapist, Children with Disabilities Team', 'Yes'),
       ('Preparing for adulthood advice', '2 June 2026', 'Ms Kerry Lamb, Careers Adviser, Brackenford Careers Hub', 'Yes')],
    signoff=('Gemma Hollis, EHC Coordinator', '23 June 2026'),
))

# =============================================================== ad103 (SOUND)
PLANS.append(dict(
    id='ad103', layout='national-template', name='Lena', fam='her family',
    front_extra=[('Plan', 'Education, Health and Care (EHC) plan, Brackenford Borough Council'),
                 ('Date this plan was issued', '18/08/2026'),
                 ('Date of last annual review', 'Not applicable \u2013 first plan. Because Lena is under 5, her plan will be reviewed within 6 months, by February 2027.'),
                 ('School year / phase', 'Early years (nursery); Lena is 2 and not yet of compulsory school age'),
                 ('EHC coordinator', 'Marta Kowalczyk')],
    details=dict(name='Lena', preferred='Lena', dob='February 2024 (month and year only)', sex='Female', ethnicity='White \u2013 Other (Polish and British)',
                 lang='Lena does not yet use words; her family speak English and Polish to her', plang='English (mum); Polish (dad)',
                 p1='Lena\u2019s mum', p1rel='Mother', withheld='Held on the case record', p2='Lena\u2019s dad', p2rel='Father', withheld2='Held on the case record'),
    services=dict(education_setting='Little Acorns Nursery, Brackenford Children\u2019s Centre (15 funded hours a week)',
                  gp_and_key_health_professional_where_applicable='Dr Fiona Rafferty, Consultant Paediatric Neurologist, St Cuthman\u2019s Hospital (family doctor (GP) details held on the case record)',
                  nhs_number_if_available='Held on the case record',
                  known_to_social_care='Yes \u2013 Children with Disabilities Team (short breaks)',
                  other_professionals_involved_with_this_childyoung_personfamily='Portage home visitor; qualified teacher of children with vision impairment; speech and language therapist; occupational therapist; physiotherapist; Children\u2019s Community Nursing Team; dietitian; Larkspur House Children\u2019s Hospice',
                  currently_a_looked_after_child='No', has_been_a_looked_after_child='No',
                  is_there_a_one_page_profile_received_append='Yes \u2013 \u201cAll about Lena\u201d, written by her mum and key person (appended)',
                  child_or_young_person_moving_to_area_with_ehcp_from_a_different_local_authority='No'),
    history="""Lena was born at 39 weeks. She was deprived of oxygen around the time of her birth (hypoxic-ischaemic encephalopathy) and spent six weeks in the neonatal unit. As a result, Lena has cerebral palsy affecting all four limbs, cortical visual impairment (her eyes work but her brain has difficulty making sense of what she sees), epilepsy, and difficulties with swallowing. She is fed through a gastrostomy (a tube into her stomach).
Lena lives with her mum, dad and her brother Adam (7). She started at Little Acorns Nursery in April 2026 for three mornings a week, with her key person, Jo. The Portage service has visited her at home since she was 9 months old.
Lena has a continuing care package from the National Health Service (NHS) because of her night-time seizures and her need for suction.""",
    communication="""Lena does not use words yet. She shows what she likes by smiling, kicking her legs and making \u201cooh\u201d sounds, and shows she has had enough by turning her head away or crying. She is beginning to reach towards objects she knows, and she stills and listens when she hears her mum\u2019s or Adam\u2019s voice.""",
    views_child_heading='How we found out what Lena likes and how she feels (observation by her key person at nursery, her Portage home visitor and her mum, May to July 2026)',
    views_child="""Lena cannot tell us in words, so the people who know her best watched her closely and wrote down what she showed them:
\u2022 Lena loves music, especially her brother singing and the nursery\u2019s \u201chello song\u201d. She smiles and vocalises as soon as it starts.
\u2022 She enjoys lying on the sensory mat under the lights and will reach for the shiny pompom.
\u2022 She does not like sudden loud noises or being moved quickly; she startles and cries.
\u2022 She likes the feel of warm water and relaxes in the hydrotherapy pool.
\u2022 She turns towards Jo, her key person, and smiles when Jo says her name, which shows she knows and trusts her.""",
    views_family_heading='What Lena\u2019s mum and dad told us (meeting at home, 9 June 2026)',
    views_family="""\u201cLena is the happiest little girl. She has been through so much and she still smiles every day. We want her to have fun, to be with other children and to learn in her own way.\u201d
Her parents want Lena to stay at Little Acorns until she starts school, and they would like her to be able to show them what she wants, for example choosing between two toys. They are tired, particularly after nights when Lena has seizures, and they want Adam to have some time with them too.
Dad asked that important letters are also sent in Polish for Lena\u2019s grandparents, which the EHC coordinator has agreed.""",
    interests="""\u2022 Music and singing, especially \u201cSto lat\u201d, which her grandparents sing
\u2022 Lights, shiny and reflective objects
\u2022 Water play and the hydrotherapy pool
\u2022 Being cuddled and rocked""",
    strengths="""\u2022 Lena is sociable and engages with familiar adults with smiles and eye contact.
\u2022 She is starting to reach and grasp with her right hand.
\u2022 She recognises familiar voices and routines, such as the hello song, and anticipates what comes next.
\u2022 She is calm and settled in the nursery for whole sessions.""",
    aspirations="""Lena\u2019s parents would like her to be able to make choices and show them what she wants, to enjoy being with other children, and to go to a school where she is happy and learning. In the longer term they hope Lena will have friends, a good quality of life and as much control over her own life as possible.""",
    areas=[
        dict(name='Communication and interaction',
             strengths='Lena responds to familiar voices and uses smiles and vocal sounds to show pleasure and to keep an interaction going.',
             rows=[("""Lena is at a very early stage of communication. She does not yet make choices or use any consistent sign, symbol or gesture, and adults have to interpret her body language.""",
                    """\u2022 A speech and language therapist (Brackenford Children\u2019s Speech and Language Therapy Service) will see Lena at nursery on her own every other Tuesday for 30 minutes during the autumn term 2026 (7 sessions), then review with her parents. The therapist will introduce objects of reference (real objects that stand for activities) and show her key person how to use them.
\u2022 Intensive Interaction (an approach in which the adult follows and joins in with the child\u2019s sounds and movements) with her key person, 1:1, for 10 minutes every nursery session.
\u2022 Objects of reference for snack, music, changing and going home, made by the speech and language therapist and used by all nursery staff at every transition.""",
                    """By February 2027, Lena will choose between two objects of reference (for example the shaker for music or the cup for snack) by reaching or looking at one, in 4 out of 5 chances at snack time, as recorded by her key person on the weekly choice chart.""")]),
        dict(name='Cognition and learning',
             strengths='Lena anticipates familiar routines and is beginning to understand that her actions make things happen.',
             rows=[("""Lena\u2019s learning is at a very early developmental stage. She is beginning to explore cause and effect but needs many repetitions and her movements are hard to control.""",
                    """\u2022 Portage (a home-visiting educational service for pre-school children with special educational needs): a Portage home visitor will visit Lena at home once a week for 1 hour, set small-step teaching targets with her parents and share them with nursery each half-term.
\u2022 Switch-activated toys and a big-button switch, lent by the Portage service and set up at nursery by her key person, used for 10 minutes in every session.""",
                    """By August 2027, Lena will press a big-button switch to make a toy play on 8 out of 10 tries over a week, as recorded on her Portage activity chart.""")]),
        dict(name='Sensory and/or physical',
             strengths='Lena is beginning to hold her head up for longer and to reach with her right hand. She uses her vision best when objects are lit, yellow or red, and presented against a plain background.',
             rows=[("""Cortical visual impairment: Lena\u2019s vision varies from day to day and is worse when she is tired or the room is busy. She notices lights and bright colours best and often looks away from an object before reaching for it.""",
                    """\u2022 A qualified teacher of children and young people with vision impairment (Brackenford Sensory Support Service) will visit Lena at nursery once a fortnight for 1 hour, assessing her functional vision, working with Lena and coaching her key person. She will provide a written vision profile each term.
\u2022 Light-box and lit-object activities, 1:1 with her key person, for 10 minutes in every nursery session, as set out in the vision profile.
\u2022 A plain, uncluttered work space with a black background board, arranged by the nursery manager.""",
                    """By February 2027, Lena will follow a lit object with her eyes from one side to the other in 3 out of 4 tries during her light-box time, as recorded by the qualified teacher of children and young people with vision impairment."""),
                   ("""Physical development: Lena has four-limb cerebral palsy. She cannot sit without support, and she needs to change position every 20 to 30 minutes to stay comfortable and to use her hands.""",
                    """\u2022 An occupational therapist (Brackenford Children\u2019s Occupational Therapy Service) will visit nursery twice a term for 1 hour to set up Lena\u2019s positioning programme and will train her key person and one other member of staff (one 90-minute session in September 2026).
\u2022 Her key person will follow the positioning programme every session, changing Lena\u2019s position at least every 30 minutes between her supportive seat, side-lying and floor play.""",
                    """By August 2027, Lena will sit in her supportive seat with her head up and both hands on the tray for 15 minutes during group music time, on 4 out of 5 days, as recorded by her key person.""")]),
    ],
    health=dict(
        strengths='Lena has had no hospital admissions since January 2026. She is gaining weight steadily on her tube feeds.',
        rows=[("""Epilepsy: Lena has focal seizures, mainly at night and when she is waking, up to six in a week. Daytime seizures at nursery happen about once a fortnight and last less than 2 minutes. She has rescue medication (buccal midazolam) for seizures lasting more than 5 minutes.
Because of her night seizures and her need for oral suction, Lena is eligible for NHS continuing care (assessed 14 May 2026).""",
               """\u2022 Dr Rafferty, consultant paediatric neurologist, will review Lena\u2019s epilepsy in clinic every 4 months.
\u2022 The epilepsy specialist nurse (St Cuthman\u2019s Hospital) will write Lena\u2019s seizure management plan, update it every 6 months, and train her key person and two other nursery staff in seizure first aid, suction and rescue medication: a 2-hour session in September 2026 and whenever the plan changes.
\u2022 Continuing care: trained healthcare support workers from the Children\u2019s Community Nursing Team will provide overnight care at home 4 nights a week, 10pm to 7am, reviewed by the continuing care nurse assessor every 6 months.""",
               """By February 2027, Lena will attend at least 90% of her nursery sessions, as recorded on the nursery register."""),
              ("""Eating, drinking and nutrition: Lena is not safe to swallow food or drink by mouth except for tiny tastes, because of the risk of food going into her lungs. She has all her nutrition through her gastrostomy. She has reflux and needs to stay upright for 30 minutes after a feed.""",
               """\u2022 The Children\u2019s Community Nursing Team will train her key person and one other member of staff in gastrostomy care and feeding (a 2-hour session before each September, and whenever her feeding plan changes), and will check their competency every 6 months.
\u2022 The paediatric dietitian (Brackenford Community Dietetics) will review Lena\u2019s feeding plan at clinic every 3 months and send the updated plan to nursery.""",
               """By February 2027, Lena will join her friends at the table for snack time in every session, accepting a taste of purée on her lips as set out in her feeding plan, as recorded by her key person."""),
              ("""Movement and posture: Lena\u2019s muscles are stiff and she is at risk of hip problems and contractures.""",
               """\u2022 The children\u2019s physiotherapist (Brackenford Community Children\u2019s Physiotherapy) will see Lena once a month at nursery or at home for 45 minutes, provide a daily stretching and standing programme, and check her standing frame and seating each term.
\u2022 Hip X-ray every 12 months, arranged by the physiotherapist through the hip surveillance programme.""",
               """By August 2027, Lena will stand in her standing frame for 30 minutes each day, five days a week, as recorded on the home and nursery standing chart.""")],
        signoff="""Reviewed and supported by Dr Helen Marsh, Designated Clinical Officer (DCO), Brackenford and Weald Integrated Care Board, on 11 August 2026."""),
    social=dict(
        strengths='Lena\u2019s parents know her very well and give her loving care. Her grandparents help two afternoons a week.',
        rows=[("""The Children with Disabilities Team assessed the family on 22 June 2026. Lena needs a trained adult with her at all times, day and night, because of her seizures, feeding and positioning needs. Her parents are very tired, and Adam has little time with them on his own. The assessment found that the family need short breaks to continue caring for Lena safely.""",
               """\u2022 Short breaks at Larkspur House Children\u2019s Hospice: one overnight stay each month (12 nights a year), booked by the family with the hospice.
\u2022 Hospice-at-home sitting service from Larkspur House: 4 hours every other Saturday, so that her parents can spend time with Adam.""",
               """\u2022 Larkspur House sibling group for Adam: one Saturday morning session a month.""",
               """By August 2027, Lena will settle to sleep during her overnight stay at Larkspur House without her parents being called, on 5 out of 6 stays, as recorded by the hospice nurse in charge.""")]),
    I=[('Name', 'Little Acorns Nursery, Brackenford Children\u2019s Centre'), ('Type', 'Maintained nursery class (early years setting)')],
    J="""Lena\u2019s parents do not wish to have a personal budget at this time.""",
    J2="""Not applicable.""",
    Knat=[('free', 'Parents\u2019 views and \u201cAll about Lena\u201d', '9 June 2026', 'Lena\u2019s mum and dad', 'YES'),
          ('free', 'Educational advice', '1 July 2026', 'Ms Jo Pearce, key person, and Mrs Sue Harland, Nursery Manager and SENCo (special educational needs co-ordinator), Little Acorns Nursery', 'YES'),
          ('free', 'Portage report', '24 June 2026', 'Mrs Beata Zaj\u0105c, Portage Home Visitor, Brackenford Portage Service', 'YES'),
          ('medical', None, '30 June 2026', 'Dr Fiona Rafferty, Consultant Paediatric Neurologist, St Cuthman\u2019s Hospital', 'YES'),
          ('ep', None, '7 July 2026', 'Dr Sam Okafor, Educational Psychologist, Brackenford Educational Psychology Service', 'YES'),
          ('social', None, '22 June 2026', 'Ms Dorota Wi\u015bniewska, Social Worker, Children with Disabilities Team', 'YES'),
          ('other', 'Vision advice (qualified teacher of children and young people with vision impairment)', '17 June 2026', 'Ms Harriet Cole, Qualified Teacher of Children and Young People with Vision Impairment, Brackenford Sensory Support Service', 'YES'),
          ('other', 'Speech and language therapy advice', '12 June 2026', 'Ms Leah Pryce, Speech and Language Therapist', 'YES'),
          ('other', 'Occupational therapy advice', '19 June 2026', 'Mr Tom Ashdown, Occupational Therapist', 'YES'),
          ('other', 'Physiotherapy advice', '26 June 2026', 'Ms Anita Baker, Children\u2019s Physiotherapist', 'YES'),
          ('other', 'Epilepsy nursing, continuing care and community nursing advice', '14 May 2026', 'Ms Rachel Lowe, Epilepsy Specialist Nurse, and Ms Kate Duffy, Continuing Care Nurse Assessor', 'YES'),
          ('other', 'Dietetic advice', '3 June 2026', 'Ms Priya Shah, Paediatric Dietitian, Brackenford Community Dietetics', 'YES'),
          ('other', 'Hospice report', '29 June 2026', 'Ms Ruth Ellery, Family Support Lead, Larkspur House Children\u2019s Hospice', 'YES')],
    signoff=('Marta Kowalczyk, EHC Coordinator', '18 August 2026'),
))

# =============================================================== ad104 (FAIL)
PLANS.append(dict(
    id='ad104', layout='heading2-numbered', name='Natalia', fam='her family',
    front=[('Name used in this plan', 'Natalia'),
           ('Month and year of birth', 'March 2013'),
           ('School year / phase', 'Year 8, secondary'),
           ('Languages at home', 'Polish (main), English'),
           ('Type of plan', 'Amended plan following annual review'),
           ('Date this plan was issued', '2nd November 2026'),
           ('Date of last annual review', '12th October 2026'),
           ('EHC coordinator', 'Gemma Hollis')],
    history="""Natalia lives with her mum, her stepdad and her two younger brothers. The family came to Brackenford from Wroc\u0142aw in 2017. When Natalia was six she became very ill with encephalitis (swelling of the brain caused by an infection) and spent three weeks in hospital. Since then she has had epilepsy and difficulties with memory, learning and finding words.
Natalia went to St Brendan\u2019s Catholic Primary School and moved to Oakfield School in September 2025, where she is supported in the school\u2019s enhanced learning base for part of each day. Her first EHC plan was issued in 2022 and it was reviewed on 12 October 2026; this amended plan follows that review and reflects the move into Year 8.
Natalia speaks Polish at home and English at school. She understands more than she can say in both languages, and she often uses gestures or describes a word when she cannot find it.""",
    views_child_heading='What Natalia told us (at her annual review, with her learning mentor helping her to write it down)',
    views_child="""\u201cI like Oakfield better than I thought. The base is calm and Mrs Adeyemi is nice. I don\u2019t like big lessons like science because there is too much talking and I forget what to do.
I have fits sometimes. I get a funny smell first and then I don\u2019t remember. I don\u2019t want people to see. When I have one I want to go to the medical room, not stay in class.
I want to be a hairdresser like my auntie Ewa. I\u2019m good at plaiting and I do my cousins\u2019 hair.
I want to go to town on the bus with my friend Lily on my own.\u201d""",
    views_family_heading='What Natalia\u2019s mum told us (annual review, 12 October 2026, with a Polish interpreter)',
    views_family="""Mum said Natalia is \u201cthe heart of our family\u201d and is a great help with her little brothers. She is pleased with how Natalia has settled at Oakfield.
Mum is worried about Natalia\u2019s seizures at school. Natalia has had three seizures in school since September, and on one occasion mum was not phoned until the end of the day. Mum would like all of the staff who teach Natalia to know what to do, and she would like her daughter to be definately safe on school trips.
Mum hopes Natalia will go to college to do hairdressing and that she will be able to live independantly one day.""",
    strengths="""Natalia is caring, patient and very good with younger children. She is creative, artistic and has excellent practical skills. She works hard and never gives up when a task is hard. She is popular in the base and has two close friends, Lily and Amira.""",
    interests="""Hair and make-up, art, baking, TikTok dance videos and looking after the family\u2019s rabbit, Kluska.""",
    aspirations="""Natalia wants to be a hairdresser like her aunt. She would like to go to town with her friends on the bus without an adult. Her mum hopes she will go to college and live independently as an adult.""",
    areas=[
        dict(name='Communication and interaction',
             strengths='Natalia is sociable, makes friends easily and uses gesture and description well when she cannot find a word.',
             rows=[("""Natalia has significant word-finding difficulties. She often cannot recall the names of everyday objects and subject words, and she loses her thread when she is explaining something. This makes her reluctant to speak in front of the class, and her teachers sometimes underestimate what she knows. Her speech and language therapy report from May 2026 shows her expressive vocabulary is well below the level expected for her age, while her understanding is better.""",
                    '', '')]),
        dict(name='Cognition and learning',
             strengths='Natalia learns well from practical demonstration and remembers routines once they are established.',
             rows=[("""Natalia has moderate learning difficulties. Her reading age is about 8 years 6 months and she is working at around the end of Year 4 level in maths. Her short-term memory is weak: she forgets instructions and needs to see and hear information several times before she can remember it. Her learning can go backwards after a cluster of seizures.""",
                    """\u2022 Natalia will be taught English and maths in the enhanced learning base in a group of no more than 8, for 5 lessons of English and 4 lessons of maths each week, by a qualified teacher with experience of teaching pupils with learning difficulties.
\u2022 Reading intervention (\u201cFresh Start\u201d phonics) with a trained teaching assistant in a group of 3, four times a week for 20 minutes, reviewed by the SENCo (special educational needs co-ordinator) each half-term.
\u2022 In all other lessons, a teaching assistant will support Natalia and a group of no more than 4 other pupils, and will give her a visual task plan for each lesson.
\u2022 The educational psychologist will visit once a term for 90 minutes to review Natalia\u2019s progress and advise staff on memory strategies, including after any cluster of seizures.""",
                    """By July 2027, Natalia will read a text at a reading age of 10 years with at least 90% accuracy on the school\u2019s termly reading assessment, carried out by the special educational needs co-ordinator (SENCo)."""),
                   ('', '', """By July 2027, Natalia will use her visual task plan to complete a 3-step practical task in science and food technology without adult prompting in 4 out of 5 lessons, as recorded by her teaching assistant.""")]),
        dict(name='Social, emotional and mental health',
             strengths='Natalia has a warm relationship with staff in the base and with two close friends.',
             rows=[("""Natalia is embarrassed about her seizures and worries what other pupils think. She has become anxious in big classes and on busy corridors, and she sometimes refuses to go into science.""",
                    """\u2022 Weekly 1:1 sessions with the school\u2019s learning mentor for 30 minutes, for 12 weeks then review, using the \u201cMy Brain and Me\u201d programme to understand her epilepsy and manage her worries.
\u2022 A pass allowing Natalia to leave lessons 3 minutes early to avoid busy corridors, arranged by her head of year.""",
                    """By February 2027, Natalia will go into her science lessons on at least 9 out of 10 occasions each half-term, as recorded on the attendance register by her teaching assistant.""")]),
    ],
    health=dict(
        strengths='Natalia is generally well and is growing normally, although she is underweight.',
        rows=[("""Epilepsy: Natalia has focal seizures that sometimes become tonic-clonic (whole-body) seizures. She has about one seizure a week, often in the morning, and most of her seizures begin with a smell that only she notices. After a seizure she is very tired and confused for up to 2 hours. She has nocturnal seizures roughly twice a month. She takes sodium valproate and lamotrigine and has buccal midazolam prescribed as a rescue medication for seizures lasting longer than 5 minutes. Natalia and her mum was told at the last neurology appointment that her medication will be changed in the new year.""",
               '',
               """By July 2027, Natalia will tell a member of staff when she notices her warning smell, on 4 out of 5 occasions, so that she can be taken somewhere safe before the seizure starts, as recorded in the school\u2019s seizure log."""),
              ("""Weight: Natalia is underweight and her appetite is reduced by her medication. She often does not finish her lunch.""",
               """\u2022 The paediatric dietitian will see Natalia and her mum at the community clinic every 3 months to monitor her weight, and will give school a written lunchtime plan. Natalia will recieve a high-calorie snack at morning break, which the school kitchen will provide each day.""",
               """By July 2027, Natalia will eat her morning snack and at least half of her lunch on 4 out of 5 school days, as recorded by the base teaching assistant.""")],
        signoff=''),
    social=dict(
        strengths='',
        rows=[("""Natalia\u2019s needs were considered by the Children with Disabilities Team on 21 September 2026. Her mum and stepdad meet her care needs at home and the team found no need for a social care service. The family were told about the local offer, including the Brackenford Young Carers\u2019 and Siblings\u2019 Club and the inclusive youth club on Wednesday evenings, which Natalia now attends.""",
               """None required, following the Children with Disabilities Team assessment of 21 September 2026.""",
               """None required. The family know how to contact the Brackenford Family Hub (early help) if there circumstances change.""",
               '')]),
    f_intro="""All provision in this section is delivered at Oakfield School and is overseen by the SENCo, who will arrange a seperate meeting with Natalia\u2019s mum each term to review it. Natalia have been in the enhanced learning base since September 2025, and the the timetable is shared with her mum at the start of each term.""",
    I=[('Name of school', 'Oakfield School, Brackenford'), ('Type', 'Mainstream secondary school with an enhanced learning base for pupils with cognition and learning needs')],
    J="""No personal budget has been requested.""",
    K=[('Natalia\u2019s views', '12 October 2026', 'Natalia, with Mrs Adeyemi, learning mentor', 'Yes'),
       ('Parent\u2019s views', '12 October 2026', 'Natalia\u2019s mum', 'Yes'),
       ('Educational advice (annual review report)', '5 October 2026', 'Mrs Laura Brennan, SENCo, Oakfield School', 'Yes'),
       ('Psychological advice', '14 July 2026', 'Dr Anya Greaves, Educational Psychologist, Brackenford Educational Psychology Service', 'Yes'),
       ('Medical advice', '1 September 2026', 'Dr Fiona Rafferty, Consultant Paediatric Neurologist, St Cuthman\u2019s Hospital', 'Yes'),
       ('Speech and language therapy report', '20 May 2026', 'Ms Leah Pryce, Speech and Language Therapist, Brackenford Children\u2019s Speech and Language Therapy Service', 'Yes'),
       ('Social care advice', '21 September 2026', 'Mr Kwame Asante, Social Worker, Children with Disabilities Team', 'Yes')],
    signoff=('Gemma Hollis, EHC Coordinator', '2 November 2026'),
))

# =============================================================== ad105 (SOUND)
PLANS.append(dict(
    id='ad105', layout='letter-column', name='Dawid', fam='his family',
    front=[('Name used in this plan', 'Dawid'),
           ('Month and year of birth', '09/2007'),
           ('School year / phase', 'Post-16: second year at Brackenford College (age 19)'),
           ('Languages at home', 'Polish and English'),
           ('Type of plan', 'Amended plan following annual review'),
           ('Date this plan was issued', '16/07/2026'),
           ('Date of last annual review', '24/06/2026'),
           ('EHC coordinator', 'Tomasz Nowak')],
    history="""Dawid lives with his mum and his older brother, Piotr. In March 2024, when he was 16 and in Year 11, he became seriously ill with encephalitis. He was in intensive care for two weeks and then spent four months at the Brackenford Children\u2019s Neurorehabilitation Service. The illness caused an acquired brain injury, which affects his memory, his planning and organisation, his energy levels and, at times, his mood. He also has epilepsy as a result of the illness.
Before his illness Dawid was predicted good GCSE (General Certificate of Secondary Education) grades and wanted to be an electrician. He returned to education in September 2024 on the Foundation Studies programme at Brackenford College and moved onto the Entry Level 3 Construction Skills course in September 2025. This amended plan follows his annual review on 24 June 2026 and sets out the support for his second year at college.
Dawid communicates well in speech in Polish and English. He may lose track of a long conversation, and it helps if people summarise and write down anything important.""",
    views_child_heading='What Dawid told us (his own words, from his review meeting with his college tutor, 24 June 2026)',
    views_child="""\u201cThe illness took a lot from me but I\u2019m still me. I\u2019m good with my hands, I\u2019m good at fixing things and I\u2019m not giving up on being an electrician, even if it takes longer.
My memory is the worst bit. If I don\u2019t write it down, it\u2019s gone. My phone reminders are my best friend.
I get wiped out by about 2 o\u2019clock and I need to stop. I don\u2019t want people to think I\u2019m lazy.
This year I want to pass my Functional Skills, do a proper work placement and get the bus into town on my own again. Next year I want to do a supported internship or the Level 1 electrical course.
One day I want my own flat, maybe with Piotr.\u201d""",
    views_family_heading='What Dawid\u2019s mum told us (review meeting, 24 June 2026)',
    views_family="""Mum said she is \u201cso proud of how far he has come\u201d. She said the college has been very good at understanding Dawid\u2019s tiredness and memory. She worries about Dawid travelling alone because of his seizures but agrees that he needs to build his independence. She would like him to have more contact with other young people, as he lost touch with many school friends while he was ill.""",
    strengths="""Dawid is practical, determined and good-humoured. His tutors describe him as \u201cthe one everyone wants in their team\u201d on practical tasks. He is skilled with tools and has good spatial awareness. He is honest about what he finds hard and uses his phone and a notebook well to support his memory.""",
    interests="""Fixing bikes and electronics, football (he supports Lech Pozna\u0144), gaming with his brother, and YouTube videos about electrical engineering.""",
    aspirations="""Dawid wants to become a qualified electrician. Over the next two years he wants to complete a supported internship or a Level 1 electrical installation course, travel independently, make new friends and, in time, move into his own flat.
His mum hopes Dawid will have a job he enjoys and a life of his own, with his seizures well controlled.""",
    areas=[
        dict(name='Communication and interaction',
             strengths='Dawid is a confident speaker in both his languages and relates well to staff and peers.',
             rows=[("""Dawid sometimes loses the thread of group discussions and can misunderstand long spoken instructions, particularly when he is tired.""",
                    """\u2022 Speech and language therapy from the Brackenford Adult Neurorehabilitation Speech and Language Therapy Team: a speech and language therapist will see Dawid on his own at college on Tuesdays for 45 minutes, for 8 sessions across the autumn term 2026, to teach him strategies for following and checking instructions. The therapist will then write a one-page guide for his tutors.
\u2022 Tutors will give all key instructions in writing as well as speech and will ask Dawid to repeat back the main steps.""",
                    """By December 2026, Dawid will use a checking strategy (repeating back or asking a question) when given a multi-step workshop instruction in 8 out of 10 observed sessions, as recorded by his vocational tutor. (Preparing for adulthood: employment)""")]),
        dict(name='Cognition and learning',
             strengths='Dawid\u2019s reasoning and problem-solving are good, particularly in practical work.',
             rows=[("""Dawid\u2019s memory was assessed by the neuropsychologist in January 2026: his verbal memory is well below average and he has difficulty planning and organising multi-step tasks. He needs to repeat information many times for it to stick. He is working at Entry Level 3 in English and maths.""",
                    """\u2022 Functional Skills English and maths at Entry Level 3 and Level 1, taught in a group of no more than 8 by a qualified Functional Skills teacher, for 3 hours per week each.
\u2022 1:1 study skills support with a learning support practitioner trained in brain injury strategies, twice a week for 45 minutes, to practise memory strategies, plan assignments and keep his diary.
\u2022 A laptop with text-to-speech and mind-mapping software, and a digital voice recorder, provided by the college. The college\u2019s assistive technology officer will set them up, maintain them and show Dawid how to use them (two 1-hour sessions in September 2026).
\u2022 In all assessments and Functional Skills examinations: 25% extra time, a reader for all written papers and supervised rest breaks, arranged by the college examinations officer.""",
                    """By July 2027, Dawid will gain his Functional Skills qualifications in English and maths at Level 1. (Preparing for adulthood: employment)"""),
                   ('', '', """By March 2027, Dawid will plan and complete a 4-stage practical wiring task using his own written checklist, without prompts from staff, in 3 out of 4 assessed tasks, as recorded by his vocational tutor. (Preparing for adulthood: employment)""")]),
        dict(name='Social, emotional and mental health',
             strengths='Dawid is resilient and open about his feelings with people he trusts.',
             rows=[("""Since his illness Dawid has experienced low mood and frustration, especially when he compares himself with his friends who are now working or at university. He has lost contact with many of his school friends.""",
                    """\u2022 Fortnightly 1:1 sessions of 50 minutes with the college\u2019s wellbeing practitioner (a qualified counsellor), for the autumn and spring terms, then review.
\u2022 A place in the college\u2019s Thursday lunchtime \u201cBuild Club\u201d (supervised by a named learning support practitioner) in a group of no more than 10 students with shared interests; his personal tutor will go with him for the first three weeks.""",
                    """By July 2027, Dawid will meet at least one friend from college outside college time on 2 or more occasions each month, as recorded by Dawid in his weekly diary and reviewed with his personal tutor. (Preparing for adulthood: friends, relationships and community)""")]),
        dict(name='Sensory and/or physical',
             strengths='Dawid has good physical strength and coordination.',
             rows=[("""Dawid has significant fatigue. After about 2pm he becomes slower, more forgetful and irritable. He needs rest breaks during the day to stay safe in the workshop.""",
                    """\u2022 A timetable ending at 2.30pm on four days a week, with a 20-minute rest break mid-morning in the college\u2019s quiet room, arranged by his personal tutor.
\u2022 Work placement (2 days a week from January 2027) with a local electrical contractor, arranged by the college employability coordinator, with a job coach from the college for the first 4 weeks and then a weekly 30-minute visit.""",
                    """By July 2027, Dawid will receive a positive final report from his work placement supervisor, rated \u201cgood\u201d or better in at least 4 of the 5 areas on the college\u2019s placement report form. (Preparing for adulthood: employment)""")]),
    ],
    health=dict(
        strengths='Dawid has no difficulty with eating, mobility or personal care, but he does have epilepsy and headaches which came from his illness.',
        rows=[("""Epilepsy: Dawid has focal seizures, about one every two months, mostly when he is very tired. He takes levetiracetam twice a day and manages this himself. He is not allowed to drive.""",
               """\u2022 Review every 6 months by Dr Imran Qureshi, consultant neurologist, in the young adult epilepsy clinic at St Cuthman\u2019s Hospital.
\u2022 The adult epilepsy specialist nurse will meet Dawid at college each September for 1 hour to update his seizure care plan with him, and will train his vocational tutor and two learning support practitioners in seizure first aid (1 hour, each September).""",
               """By February 2027, Dawid will explain his seizure care plan to his work placement supervisor himself, with his tutor present, before his placement begins. (Preparing for adulthood: good health)"""),
              ("""Memory, mood and fatigue following the brain injury, monitored by the neuropsychology team.""",
               """\u2022 Neuropsychology follow-up: Dr Chloe Barton, clinical neuropsychologist, will see Dawid in clinic every 4 months for 1 hour, and will join his annual review or send a written report.""",
               """By July 2027, Dawid will use his phone reminders and diary to attend at least 95% of his timetabled college sessions, as shown on the college attendance register. (Preparing for adulthood: independent living)""")],
        signoff="""The provision in Section G was confirmed as agreed by Dr Helen Marsh, Designated Clinical Officer, Brackenford and Weald Integrated Care Board, on 9 July 2026."""),
    social=dict(
        strengths='',
        rows=[("""Dawid had a Care Act needs assessment by Brackenford Adult Social Care on 6 May 2026. The assessment found that he manages his personal care, meals and money with some prompting from his mum, and that he does not have eligible needs for adult social care at present. The social worker will reassess if Dawid moves into his own accommodation.
Travel: Dawid used to travel on his own but lost confidence after his illness. He would like to go into town and to college on the bus by himself again.""",
               """Not applicable: Dawid is over 18.""",
               """No adult social care provision is required, following the Care Act assessment of 6 May 2026. The social worker gave Dawid and his mum information about the local offer, the Headway Brackenford young people\u2019s group and the council\u2019s independent travel training scheme. Dawid has chosen to take up independent travel training: 6 sessions with a travel trainer from the Brackenford Independent Travel Training Service, starting September 2026, then review.""",
               """By December 2026, Dawid will access the community independently, travelling by bus from home to college and to the town centre on his own on 5 journeys out of 5 over two weeks, as signed off by his travel trainer. (Preparing for adulthood: independent living)""")]),
    I=[('Name of setting', 'Brackenford College'), ('Type', 'General further education college')],
    J="""Dawid has not requested a personal budget.""",
    K=[('Dawid\u2019s views', '24 June 2026', 'Dawid, with Mr Lewis, personal tutor', 'Yes'),
       ('Parent\u2019s views', '24 June 2026', 'Dawid\u2019s mum', 'Yes'),
       ('Educational advice', '12 June 2026', 'Ms Rachel Tan, Additional Learning Support Manager, Brackenford College', 'Yes'),
       ('Psychological advice', '18 May 2026', 'Dr Sam Okafor, Educational Psychologist, Brackenford Educational Psychology Service', 'Yes'),
       ('Medical advice', '2 June 2026', 'Dr Imran Qureshi, Consultant Neurologist, St Cuthman\u2019s Hospital', 'Yes'),
       ('Neuropsychology report', '20 January 2026', 'Dr Chloe Barton, Clinical Neuropsychologist, St Cuthman\u2019s Hospital', 'Yes'),
       ('Epilepsy nursing advice', '2 June 2026', 'Mr Ben Hart, Adult Epilepsy Specialist Nurse, St Cuthman\u2019s Hospital', 'Yes'),
       ('Speech and language therapy advice', '28 April 2026', 'Ms Gita Rao, Speech and Language Therapist, Brackenford Adult Neurorehabilitation Team', 'Yes'),
       ('Social care advice (Care Act assessment)', '6 May 2026', 'Ms Helen Odell, Social Worker, Brackenford Adult Social Care', 'Yes'),
       ('Preparing for adulthood advice', '10 June 2026', 'Mr Jonah Price, Careers Adviser and Employability Coordinator, Brackenford College', 'Yes')],
    signoff=('Tomasz Nowak, EHC Coordinator', '16 July 2026'),
))

# =============================================================== ad106 (FAIL)
PLANS.append(dict(
    id='ad106', layout='national-template', name='Maja', fam='her family',
    front_extra=[('Plan', 'Education, Health and Care (EHC) plan, Brackenford Borough Council'),
                 ('Date this plan was issued', '30 September 2026'),
                 ('Date of last annual review', 'Not applicable \u2013 first plan'),
                 ('School year / phase', 'Year 2, infant school'),
                 ('EHC coordinator', 'Tomasz Nowak')],
    details=dict(name='Maja', preferred='Maja', dob='November 2019 (month and year only)', sex='Female', ethnicity='White \u2013 Polish',
                 lang='Polish; Maja is learning English at school', plang='Polish',
                 p1='Maja\u2019s mum', p1rel='Mother', withheld='Held on the case record', p2='', p2rel='', withheld2=''),
    services=dict(education_setting='Harrow Lane Infant School, Brackenford',
                  gp_and_key_health_professional_where_applicable='Dr Amrit Sandhu, Consultant Community Paediatrician (family doctor (GP) details held on the case record)',
                  nhs_number_if_available='Held on the case record',
                  known_to_social_care='Yes \u2013 Maja has been subject to a child protection plan (category: neglect) since 14 May 2026. Social worker: Ms Claire Ambrose, Brackenford Children\u2019s Safeguarding and Assessment Team.',
                  other_professionals_involved_with_this_childyoung_personfamily='Speech and language therapist; Children\u2019s Community Nursing Team; paediatric dietitian; educational psychologist; school nurse',
                  currently_a_looked_after_child='No', has_been_a_looked_after_child='No',
                  is_there_a_one_page_profile_received_append='Yes (appended)',
                  child_or_young_person_moving_to_area_with_ehcp_from_a_different_local_authority='No'),
    history="""Maja lives with her mum and her baby brother, Olek. She was born in Brackenford. Maja has global developmental delay and a severe oro-motor dyspraxia (difficulty planning and coordinating the movements of her mouth and tongue), which affects both her speech and her ability to eat safely. She had a gastrostomy (a feeding tube into her stomach) fitted in 2022 after repeated chest infections, and she has most of her nutrition through it.
Maja started at Harrow Lane Infant School in Reception. School raised concerns about her progress and about her attendance, which was 71% in the last school year, and requested this assessment in April 2026.""",
    communication="""Maja uses about 20 single words in Polish and English, which are often hard to understand, together with around 30 Makaton signs (Makaton is a language programme that uses signs and symbols alongside speech). She understands simple instructions in both languages when they are supported by gesture or pictures.""",
    views_child_heading='Maja\u2019s views',
    views_child="""Maja was not able to give her views because of her communication difficulties.""",
    views_family_heading='What Maja\u2019s mum told us (meeting at school with a Polish interpreter, 1 July 2026)',
    views_family="""Mum said Maja is \u201ca little sunshine\u201d who loves her baby brother and likes to help. She said it has been a difficult year since Maja\u2019s dad left and that she has been struggling to get Maja to school on time with the baby. She wants Maja to learn to talk more clearly and to be able to eat some food by mouth, as she gets upset when she sees other children eating. Mum would like Maja to stay at Harrow Lane and move to the junior school with her class.""",
    interests="""Maja enjoys dancing, bubbles, Peppa Pig, playing with dolls and painting.""",
    strengths="""Maja is affectionate and sociable and loves to be with other children. She copies adults well and has learnt many Makaton signs quickly. She enjoys music and movement and joins in with actions to songs. She can recognise her own name and can count to 5 with objects.""",
    aspirations="""Mum hopes that Maja will be able to talk so that everyone understands her, eat with her friends at lunchtime and have friends at school. She would like Maja to go to the junior school with her class.""",
    areas=[
        dict(name='Communication and interaction',
             strengths='Maja is keen to communicate and uses signs, gestures and pointing well.',
             rows=[("""Maja\u2019s speech is very hard to understand, even for people who know her well, because of her oro-motor dyspraxia. She uses single words and signs and does not yet join words together.""",
                    """\u2022 A speech and language therapist (Brackenford Children\u2019s Speech and Language Therapy Service) will see Maja on her own at school once a week for 30 minutes during term time, and will set a daily programme for the teaching assistant.
\u2022 A teaching assistant trained in Makaton (Level 2) and in the therapist\u2019s programme will carry out the programme with Maja, 1:1, every day for 15 minutes.
\u2022 All staff in Maja\u2019s class will use Makaton signs and symbols alongside speech; the speech and language therapist will give the class team a 1-hour training session each term.""",
                    """By July 2027, Maja will use 2-word phrases (speech, signs or both) to ask for something she wants, on at least 10 occasions in a school day, as recorded by her teaching assistant on a tally sheet on two days each half-term.""")]),
        dict(name='Cognition and learning',
             strengths='Maja learns well through songs, movement and practical activities.',
             rows=[("""Maja is working well below the level expected for her age, at around the level of a 3-year-old in early number and literacy. She needs learning broken into small steps with lots of repetition.""",
                    """\u2022 A personalised learning programme planned by the class teacher with the SENCo (special educational needs co-ordinator), delivered 1:1 by a teaching assistant for 30 minutes each morning.
\u2022 Number and phonics in a group of no more than 4 with the teaching assistant, every afternoon for 20 minutes.
\u2022 The educational psychologist will visit school once a term for 1.5 hours to review Maja\u2019s learning programme with the class teacher and SENCo.""",
                    """By July 2027, Maja will count and match objects to numerals up to 10 correctly on 4 out of 5 attempts, as assessed by her class teacher at the end of each term.""")]),
    ],
    health=dict(
        strengths='Maja has had no chest infections since her gastrostomy was fitted.',
        rows=[("""Eating, drinking and nutrition: Maja cannot safely eat most foods by mouth because of her oro-motor dyspraxia and the risk of food entering her lungs. She has all her main nutrition by gastrostomy, with bolus feeds at 10am and 12.30pm at school. She is allowed small amounts of smooth purée by mouth with a trained adult.""",
               """\u2022 The Children\u2019s Community Nursing Team will train two named school staff in gastrostomy care and bolus feeding (a 2-hour session before the start of each school year and whenever Maja\u2019s feeding plan changes), and will visit school every half-term for 30 minutes to check their competency.
\u2022 The paediatric dietitian (Brackenford Community Dietetics) will review Maja\u2019s feeding regime in clinic every 3 months and send an updated feeding plan to school.
\u2022 The dysphagia speech and language therapist will review Maja\u2019s eating and drinking plan every 6 months and update the risk assessment for school.""",
               """By July 2027, Maja will eat 10 teaspoons of smooth purée at lunchtime sitting with her friends, on 4 out of 5 school days, as recorded in her eating and drinking diary by the trained teaching assistant.""")],
        signoff="""Agreed by Dr Helen Marsh, Designated Clinical Officer, Brackenford and Weald Integrated Care Board, 23 September 2026."""),
    social=dict(
        strengths='',
        rows=[("""Maja does not have any social care needs.""",
               """None.""", """None.""", '')]),
    I=[('Name', 'Harrow Lane Infant School, Brackenford'), ('Type', 'Mainstream community infant school')],
    J="""No personal budget has been requested.""",
    Knat=[('free', 'Parent\u2019s views', '1 July 2026', 'Maja\u2019s mum (with a Polish interpreter)', 'YES'),
          ('free', 'Educational advice', '26 June 2026', 'Mrs Nicola Grant, SENCo, Harrow Lane Infant School', 'YES'),
          ('medical', None, '3 July 2026', 'Dr Amrit Sandhu, Consultant Community Paediatrician', 'YES'),
          ('ep', None, '10 July 2026', 'Dr Anya Greaves, Educational Psychologist', 'YES'),
          ('other', 'Speech and language therapy advice (communication and dysphagia)', '22 June 2026', 'Ms Leah Pryce, Speech and Language Therapist', 'YES'),
          ('other', 'Community nursing advice', '15 June 2026', 'Ms Sarah Oakes, Children\u2019s Community Nurse', 'YES'),
          ('other', 'Dietetic advice', '19 June 2026', 'Ms Priya Shah, Paediatric Dietitian, Brackenford Community Dietetics', 'YES')],
    signoff=('Tomasz Nowak, EHC Coordinator', '30 September 2026'),
))

# =============================================================== ad107 (SOUND)
PLANS.append(dict(
    id='ad107', layout='heading2-numbered', name='Amelia', fam='her family',
    front=[('Name used in this plan', 'Amelia'),
           ('Month and year of birth', 'October 2011'),
           ('School year / phase', 'Year 9 (Key Stage 3), secondary'),
           ('Languages at home', 'English'),
           ('Type of plan', 'Amended plan following annual review (Year 9 preparing for adulthood review)'),
           ('Date this plan was issued', '20 March 2026'),
           ('Date of last annual review', '2 March 2026'),
           ('EHC coordinator', 'Marta Kowalczyk')],
    history="""Amelia lives with her mum, dad and her older sister, Grace (17). She was diagnosed in 2019, aged 7, with CLN3 disease (juvenile Batten disease), a rare inherited condition that gets worse over time. It has caused a gradual loss of sight, and Amelia has been registered as severely sight impaired since 2022. In the last two years she has also started to have seizures, and her memory and concentration have become less reliable. The condition will continue to progress, and Amelia and her family are supported by Larkspur House Children\u2019s Hospice and the children\u2019s palliative care team.
Amelia attends Kingsmead Academy, where she is supported by the school\u2019s resource base for pupils with vision impairment. She reads braille at Grade 1 (letter-by-letter braille) and uses a tablet with a screen reader.
This plan was co-produced with Amelia and her parents at her Year 9 review on 2 March 2026, with a multi-agency group including her teacher of the visually impaired, her palliative care nurse, her social worker and the careers adviser.""",
    views_child_heading='All about me \u2013 in Amelia\u2019s words (recorded by her teacher of the visually impaired, February 2026)',
    views_child="""\u201cI\u2019m Amelia and I\u2019m 14. I love music \u2013 I sing in the school choir and I play the keyboard. I love animals, especially horses and my dog, Biscuit.
I can\u2019t see much now, just light and big shapes, but I know my way around school and I don\u2019t like people grabbing my arm. Ask me first!
Sometimes I forget things and that makes me cross. Having my day on my tablet helps.
When I leave school I want to work with animals, maybe at the riding stables where I do riding for the disabled. I want to keep singing and stay with my friends. I want to do things for myself, like making my own drinks and choosing my clothes.\u201d""",
    views_family_heading='What Amelia\u2019s parents told us (Year 9 review, 2 March 2026)',
    views_family="""Amelia\u2019s parents said she is \u201cfunny, brave and the most sociable person in our family\u201d. They know that Amelia\u2019s condition will get worse, and they want her to enjoy every day, keep the skills she has for as long as possible, and have fun with her friends. They want school, health and social care to work together so that they do not have to repeat their story to every new person.
They would like Amelia to stay at Kingsmead until she is 16 and then go to the sixth form or a college close to home. They want her to have access to music and animals, which make her happiest, and to have some independence from them, including time with a personal assistant.""",
    strengths="""Amelia is sociable, confident and has a great sense of humour. She has a beautiful singing voice and a good musical memory, and she learns songs quickly by ear. She moves around the school site independently using her long cane and the routes she has learnt. She is an excellent self-advocate who tells staff what helps her.""",
    interests="""Singing, keyboard, horse riding (her regular Saturday session with Riding for the Disabled), her dog Biscuit, audiobooks and musicals.""",
    aspirations="""Amelia wants to work with animals, to keep singing and to stay with her friends. She wants to do more things for herself at home.
Her parents want her to enjoy each day, keep her skills for as long as possible, go to a local sixth form or college at 16 and have some independence from them.""",
    areas=[
        dict(name='Communication and interaction',
             strengths='Amelia is chatty and articulate and enjoys conversations with adults and friends.',
             rows=[("""Amelia cannot see facial expressions or gestures, so she sometimes misses what is going on in groups and can interrupt. In busy places she finds it hard to know who is speaking to her.""",
                    """\u2022 All staff will say Amelia\u2019s name and their own name before speaking to her, as set out in her vision support plan written by the qualified teacher of the visually impaired.
\u2022 Social communication group led by the resource base teaching assistant, in a group of 4, once a week for 40 minutes, for 12 weeks then review.""",
                    """By March 2027, Amelia will join a group conversation at lunchtime by waiting for a pause and using a friend\u2019s name, on 4 out of 5 observed occasions, as recorded by her key worker. (Preparing for adulthood: friends, relationships and community)""")]),
        dict(name='Cognition and learning',
             strengths='Amelia has good verbal understanding and a strong memory for songs and routines.',
             rows=[("""Amelia\u2019s memory and speed of processing have reduced over the past year, which the educational psychologist linked to her condition. She needs information repeated, presented through sound and touch, and broken into small steps. She is working at around the end of Key Stage 2 in English and below this in maths.""",
                    """\u2022 Braille teaching 1:1 with a qualified teacher of the visually impaired, three times a week for 30 minutes.
\u2022 All class materials in braille or audio, prepared by the resource base\u2019s braille transcriber at least two days before the lesson.
\u2022 A tablet with a screen reader and her daily schedule, set up and maintained by the qualified teacher of the visually impaired, with any faults fixed by the school\u2019s information technology support team within 2 school days.
\u2022 In all tests and exams: 50% extra time, a reader and a scribe, arranged by the school examinations officer.
\u2022 Adapted English and maths in the resource base in a group of no more than 6, taught by a qualified teacher of the visually impaired, for 4 lessons a week each.""",
                    """By March 2027, Amelia will read and write 30 everyday words in braille (including her name, her address and the names of her family) with 90% accuracy, as assessed termly by her teacher of the visually impaired. (Preparing for adulthood: independent living)"""),
                   ('', '', """By July 2027, Amelia will gain an Entry Level Certificate in music, as confirmed by her music teacher. (Preparing for adulthood: employment and education)""")]),
        dict(name='Social, emotional and mental health',
             strengths='Amelia has a close group of friends from choir and is open with her key worker about her feelings.',
             rows=[("""Amelia sometimes becomes frustrated and tearful when she forgets things or when changes happen without warning. She has started to ask questions about her illness.""",
                    """\u2022 A named key worker (the resource base higher level teaching assistant) will meet Amelia for 10 minutes at the start and end of each school day to go through her schedule and talk through any changes.
\u2022 Emotional support sessions with the Larkspur House play and music therapist, 1:1, every other Tuesday for 45 minutes during term time, in school. (This is funded by the hospice and delivered in school as part of Amelia\u2019s education.)""",
                    """By March 2027, Amelia will use her tablet schedule to check what is happening next, instead of becoming distressed, in 8 out of 10 changes to her routine, as recorded by her key worker.""")]),
        dict(name='Sensory and/or physical',
             strengths='Amelia moves confidently around familiar places with her long cane.',
             rows=[("""Amelia is severely sight impaired and sees only light and large shapes. She needs mobility and independent living skills training to move safely and do everyday tasks.""",
                    """April 2026: the habilitation specialist will carry out a 2-hour assessment of Amelia\u2019s routes between home, school and the riding stables.
\u2022 Habilitation training (mobility and independent living skills) with a qualified habilitation specialist from the Brackenford Sensory Support Service: 1:1, once a week for 1 hour, including a half-termly session at home.
\u2022 From September 2026, independent living skills (making a hot drink, choosing clothes by touch, handling money) in the resource base kitchen with a trained teaching assistant, in a group of 3, twice a week for 45 minutes.""",
                    """By March 2027, Amelia will make a hot drink safely using a liquid level indicator, without help, on 4 out of 5 attempts, as checked by her habilitation specialist. (Preparing for adulthood: independent living)"""),
                   ('', '', """By July 2027, Amelia will walk from the school gate to the riding stables next door using her cane, on her own with a member of staff following at a distance, on 3 consecutive weeks, as signed off by her habilitation specialist. (Preparing for adulthood: friends, relationships and community)""")]),
    ],
    health=dict(
        strengths='Amelia eats and drinks well and has no difficulty with sleeping. She walks independently.',
        rows=[("""Epilepsy: Since 2024 Amelia has had seizures, usually tonic-clonic, about twice a month, mostly in the early morning. She takes sodium valproate and has buccal midazolam prescribed for seizures lasting more than 5 minutes.""",
               """\u2022 Dr Fiona Rafferty, consultant paediatric neurologist, St Cuthman\u2019s Hospital, will review Amelia every 4 months.
\u2022 The epilepsy specialist nurse will update Amelia\u2019s seizure care plan every 6 months and train her key worker and at least 5 named staff in seizure first aid and buccal midazolam (2 hours each September, and within 2 weeks of any change in medication).""",
               """By March 2027, Amelia will tell her key worker or a friend when she feels unwell or \u201cfunny\u201d, so that she can sit down safely, on every occasion recorded in the seizure log. (Preparing for adulthood: good health)"""),
              ("""Palliative and symptom care: Amelia has a life-limiting condition. She has an advance care plan, held by her parents, the school nurse and Larkspur House, which sets out her and her family\u2019s wishes. She is starting to have some stiffness in her legs when walking long distances.""",
               """\u2022 The children\u2019s palliative care nurse specialist (Larkspur House) will be Amelia\u2019s lead health professional, will visit the family at home once a month for 1 hour and will attend her review each year.
\u2022 The children\u2019s physiotherapist (Brackenford Community Children\u2019s Physiotherapy) will see Amelia at school once every half-term for 45 minutes and set a daily stretching programme.""",
               """By March 2027, Amelia will walk the length of the school site (about 400 metres) with her cane and without a rest, on 4 out of 5 days, as recorded by her key worker. (Preparing for adulthood: good health)""")],
        signoff="""Section G confirmed and agreed by Dr Helen Marsh, Designated Clinical Officer, Brackenford and Weald Integrated Care Board, on 13 March 2026."""),
    social=dict(
        strengths='Amelia\u2019s family are very close and her sister Grace is a great support.',
        rows=[("""Amelia was assessed by the Children with Disabilities Team on 29 January 2026. She needs an adult with her at all times outside school because of her sight loss and seizures, and she wants time to do things without her parents. Her parents provide all her care and need short breaks to continue to do so safely.""",
               """\u2022 A personal assistant for 6 hours a week (3 hours on Saturdays and 3 hours in the school holidays on a day chosen by Amelia), paid for through a direct payment (see Section J), to support Amelia to go riding, to choir and out with friends.
\u2022 Short breaks at Larkspur House Children\u2019s Hospice: 2 nights every other month (12 nights a year).""",
               """\u2022 The social worker (Children with Disabilities Team) will review the package every 6 months and begin the transition assessment for adult social care in Year 10.""",
               """By March 2027, Amelia will choose and plan one outing a month with her personal assistant, using her tablet to make the plan, as recorded in her personal assistant\u2019s log. (Preparing for adulthood: friends, relationships and community)""")]),
    I=[('Name of school', 'Kingsmead Academy (vision impairment resource base), Brackenford'), ('Type', 'Mainstream secondary academy with a resource base for pupils with vision impairment')],
    J="""Amelia\u2019s parents receive a direct payment of \u00a3120 a week to employ her personal assistant (Section H1). The direct payment is managed by her parents with support from the Brackenford Direct Payments Support Service. There is no personal budget for education or health provision.""",
    K=[('Amelia\u2019s views', '10 February 2026', 'Amelia, recorded by Ms Harriet Cole, Qualified Teacher of the Visually Impaired', 'Yes'),
       ('Parents\u2019 views', '2 March 2026', 'Amelia\u2019s mum and dad', 'Yes'),
       ('Educational advice', '16 February 2026', 'Mrs Ruth Keane, SENCo (special educational needs co-ordinator), Kingsmead Academy', 'Yes'),
       ('Vision impairment advice', '10 February 2026', 'Ms Harriet Cole, Qualified Teacher of Children and Young People with Vision Impairment, Brackenford Sensory Support Service', 'Yes'),
       ('Habilitation advice', '4 February 2026', 'Mr Owen Fry, Habilitation Specialist, Brackenford Sensory Support Service', 'Yes'),
       ('Psychological advice', '21 January 2026', 'Dr Sam Okafor, Educational Psychologist', 'Yes'),
       ('Medical advice', '15 December 2025', 'Dr Fiona Rafferty, Consultant Paediatric Neurologist, St Cuthman\u2019s Hospital', 'Yes'),
       ('Epilepsy nursing advice', '8 January 2026', 'Ms Rachel Lowe, Epilepsy Specialist Nurse', 'Yes'),
       ('Palliative care advice', '22 January 2026', 'Ms Jenny Ashby, Children\u2019s Palliative Care Nurse Specialist, Larkspur House Children\u2019s Hospice', 'Yes'),
       ('Physiotherapy advice', '5 February 2026', 'Ms Anita Baker, Children\u2019s Physiotherapist', 'Yes'),
       ('Social care advice', '29 January 2026', 'Ms Dorota Wi\u015bniewska, Social Worker, Children with Disabilities Team', 'Yes'),
       ('Preparing for adulthood advice', '24 February 2026', 'Ms Kerry Lamb, Careers Adviser, Brackenford Careers Hub', 'Yes')],
    signoff=('Marta Kowalczyk, EHC Coordinator', '20 March 2026'),
))

# =============================================================== ad108 (FAIL)
PLANS.append(dict(
    id='ad108', layout='letter-column', name='Leo', fam='the people who care for him',
    front=[('Name used in this plan', 'Leo'),
           ('Month and year of birth', 'June 2020'),
           ('School year / phase', 'Year 1, primary'),
           ('Languages at home', 'English'),
           ('Type of plan', 'First plan following an EHC needs assessment'),
           ('Date this plan was issued', '14 September 2026'),
           ('Date of last annual review', 'Not applicable (first plan)'),
           ('Legal status', 'Looked after by Brackenford Borough Council (care order); lives with foster carers'),
           ('EHC coordinator', 'Gemma Hollis')],
    history="""Leo has lived with his foster carers, Sue and Mark, since he was 5 months old. He is looked after by Brackenford Borough Council under a care order, and his social worker is Ms Abi Turner from the Children in Care Team. Leo has contact with his birth mother once a month.
When Leo was 4 months old he suffered a serious brain injury. As a result he has weakness on the left side of his body (left hemiplegia), epilepsy, and cortical visual impairment (his eyes are healthy but his brain has difficulty processing what he sees). He also has delayed speech and learning.
Leo started at Fernhill Primary School in Reception in September 2025. The Virtual School for children in care and his designated teacher have supported his education through his personal education plan (PEP).""",
    views_child_heading='What Leo told us (with his foster carer and his teaching assistant, using pictures, June 2026)',
    views_child="""Leo looked at photographs of his day and told us what he liked by pointing, smiling and saying single words.
\u2022 He liked the photos of the sand tray, the big red bike and his teaching assistant, Mrs Bell (\u201cBell! Bike!\u201d).
\u2022 He pushed away the photo of the dinner hall and said \u201cno, loud\u201d.
\u2022 When asked about home, he pointed at the photo of his foster carers and their dog and said \u201cmy Sue\u201d.
\u2022 He said he wants to \u201cgo fast\u201d on his bike and \u201cplay football with Mark\u201d.""",
    views_family_heading='What Leo\u2019s foster carers and social worker told us',
    views_family="""Sue and Mark said Leo is \u201ca cheeky, happy boy who loves being outside\u201d. They would like him to learn to ride a trike without help, to make friends at school and to be able to say what he wants so that he gets less frustrated. They worry about him being tired and about his seizures at school.
Leo\u2019s social worker said that Leo\u2019s care plan is for him to remain with Sue and Mark long-term, and that his needs at school were discussed at his looked after review on 10 June 2026 and at his PEP meeting on 24 June 2026. She wants the EHC plan and PEP to be reviewed together.""",
    strengths="""Leo is cheerful, affectionate and determined. He has a great sense of fun and loves physical play. He is beginning to play alongside other children and to take turns with an adult. He knows the routine of the school day well.""",
    interests="""Bikes and trikes, sand and water play, the foster family\u2019s dog, Pip, and songs with actions.""",
    aspirations="""Leo\u2019s foster carers and social worker would like him to talk in short sentences, ride a trike on his own, make friends and stay at Fernhill with his class. In the future they want him to be as independent as possible and to be happy and safe.""",
    areas=[
        dict(name='Communication and interaction',
             strengths='Leo understands more than he can say and is keen to communicate.',
             rows=[("""Leo uses about 50 single words and does not yet put words together. He understands simple instructions in familiar routines. He becomes frustrated when he is not understood.""",
                    """\u2022 Speech and language therapy programme, with visits from the speech and language therapist when needed.""", """By July 2027, Leo will use 2-word phrases to ask for something or to comment, at least 10 times in a school day, as recorded by his teaching assistant on a tally sheet one day each fortnight.""")]),
        dict(name='Cognition and learning',
             strengths='Leo learns well through movement and hands-on activities.',
             rows=[("""Leo is working at an early level of development, at around the level expected of a 3-year-old. He finds it hard to pay attention for more than a few minutes and needs tasks broken into small steps.""",
                    """\u2022 Small group phonics with a teaching assistant.
\u2022 Leo should have access to the sensory room as appropriate when he is tired or overwhelmed.
\u2022 Regular input from the educational psychologist.""",
                    """By July 2027, Leo will match 10 pictures to objects and name 5 colours correctly on 4 out of 5 attempts, as assessed by his class teacher at the end of each term.""")]),
        dict(name='Sensory and/or physical',
             strengths='Leo walks independently and loves physical activity.',
             rows=[("""Cortical visual impairment: Leo finds it hard to find things in cluttered spaces, misses objects on his left side, and trips over kerbs and steps.
Left hemiplegia: Leo has limited use of his left hand and arm and walks with a slight limp.""",
                    """\u2022 Regular input from the Brackenford Sensory Support Service vision team.
\u2022 Occupational therapy programme as advised by the occupational therapist, carried out by the teaching assistant where possible.
\u2022 Short breaks: Leo will have one overnight stay a month at Rowan Lodge short break unit, arranged by his social worker.""",
                    """By July 2027, Leo will find and pick up his own coat, bag and water bottle from his peg without help on 4 out of 5 days, as recorded by his teaching assistant."""),
                   ('', '', """By July 2027, Leo will dress himself in his physical education (PE) kit, except for fastenings, in under 10 minutes, on 3 consecutive PE lessons, as recorded by his class teacher.""")]),
    ],
    health=dict(
        strengths='Leo eats and sleeps well.',
        rows=[("""Epilepsy: Leo has absence and focal seizures, about 3 a week, some at school. He takes levetiracetam morning and evening (at home).""",
               """\u2022 Review by the community paediatrician, Dr Amrit Sandhu, every 6 months.
\u2022 The epilepsy specialist nurse will write a seizure care plan for school and train 4 named school staff in seizure first aid (1 hour each September and when the plan changes).""",
               """By July 2027, Leo will take part in PE and playtime every day, following his seizure care plan, as recorded by his class teacher."""),
              ("""Vision: not known at present. We are waiting for a report from the paediatric eye clinic.""", '', ''),
              ("""Physical: left hemiplegia (see Section B).""",
               """\u2022 The children\u2019s physiotherapist will see Leo at school for 6 sessions of 30 minutes in the autumn term, then review, and will provide a home and school exercise programme.""",
               """By July 2027, Leo will ride a trike around the school playground on his own, using both hands on the handlebars, as observed by the physiotherapist.""")],
        signoff="""Section G agreed by Dr Helen Marsh, Designated Clinical Officer, Brackenford and Weald Integrated Care Board, 7 September 2026."""),
    social=dict(
        strengths='',
        rows=[("""Leo is a looked after child. He lives with long-term foster carers and is visited by his social worker every 6 weeks. His care plan (reviewed at his looked after review on 10 June 2026) is for him to stay with Sue and Mark long-term. Because of his needs, Leo needs more care than other children of his age, and his foster carers need short breaks to continue to care for him. His personal education plan sets out the Virtual School\u2019s support, and the designated teacher and social worker will attend his EHC plan reviews so that the PEP and this plan are reviewed together.""",
               """\u2022 Leo\u2019s social worker (Children in Care Team) will visit him every 6 weeks, as set out in his care plan.""",
               """\u2022 Leo will have a teaching assistant with him for 25 hours each week at school, who has had training in epilepsy and visual impairment.
\u2022 The Virtual School will fund 1:1 tutoring in phonics for 1 hour a week through pupil premium plus, agreed in his PEP.""",
               """By July 2027, Leo will stay overnight at Rowan Lodge each month and settle to sleep without distress on 5 out of 6 stays, as recorded by Rowan Lodge staff.""")]),
    I=[('Name of school', 'Fernhill Primary School, Brackenford'), ('Type', 'Mainstream community primary school')],
    J="""No personal budget has been requested.""",
    K=[('Views of Leo\u2019s foster carers', '', 'Sue and Mark, foster carers', 'Yes'),
       ('Leo\u2019s views', '17 June 2026', 'Leo, with his foster carer and Mrs Bell, teaching assistant', 'Yes'),
       ('School report', '', 'Fernhill Primary School', 'Yes'),
       ('Psychological advice', '1 July 2026', 'Dr Anya Greaves, Educational Psychologist, Brackenford Educational Psychology Service', 'Yes'),
       ('Medical advice', '23 June 2026', 'Dr Amrit Sandhu, Consultant Community Paediatrician', 'Yes'),
       ('Vision impairment advice', '30 June 2026', 'Ms Harriet Cole, Qualified Teacher of Children and Young People with Vision Impairment, Brackenford Sensory Support Service', 'Yes'),
       ('Occupational therapy advice', '', 'Occupational therapy', 'Yes'),
       ('Physiotherapy advice', '2 July 2026', 'Ms Anita Baker, Children\u2019s Physiotherapist', 'Yes'),
       ('Epilepsy nursing advice', '29 June 2026', 'Ms Rachel Lowe, Epilepsy Specialist Nurse', 'Yes'),
       ('Social care advice', '26 June 2026', 'Ms Abi Turner, Social Worker, Children in Care Team', 'Yes'),
       ('Personal education plan (PEP) and Virtual School advice', '24 June 2026', 'Mr Neil Saunders, Virtual School Adviser', 'Yes')],
    signoff=('Gemma Hollis, EHC Coordinator', '14 September 2026'),
))

# =============================================================== ad109 (FAIL)
PLANS.append(dict(
    id='ad109', layout='national-template', name='Filip', fam='his family',
    front_extra=[('Plan', 'Education, Health and Care (EHC) plan, Brackenford Borough Council'),
                 ('Date this plan was issued', '5 October 2026'),
                 ('Date of last annual review', '15 September 2026'),
                 ('School year / phase', 'Year 7 (first year of secondary school)'),
                 ('EHC coordinator', 'Tomasz Nowak')],
    details=dict(name='Filip', preferred='Filip', dob='April 2015 (month and year only)', sex='Male', ethnicity='White \u2013 Polish',
                 lang='English and Polish (spoken); some British Sign Language', plang='Polish',
                 p1='Filip\u2019s mum', p1rel='Mother', withheld='Held on the case record', p2='Filip\u2019s dad', p2rel='Father', withheld2='Held on the case record'),
    services=dict(education_setting='Oakfield School, Brackenford',
                  gp_and_key_health_professional_where_applicable='South Coast Cochlear Implant Centre; community paediatrician (family doctor (GP) details held on the case record)',
                  nhs_number_if_available='Held on the case record',
                  known_to_social_care='No',
                  other_professionals_involved_with_this_childyoung_personfamily='Hearing Support Service (Brackenford Sensory Support Service); speech and language therapist; educational psychologist; audiology',
                  currently_a_looked_after_child='No', has_been_a_looked_after_child='No',
                  is_there_a_one_page_profile_received_append='Yes (appended)',
                  child_or_young_person_moving_to_area_with_ehcp_from_a_different_local_authority='No'),
    history="""Filip lives with his mum, dad and his twin sisters, who are 8. When Filip was 3 he had pneumococcal meningitis, a serious infection of the lining of the brain. He was left profoundly deaf in both ears and with some difficulties with balance, attention and memory. He had cochlear implants fitted in both ears in 2019 (a cochlear implant is an electronic device that gives a sense of sound to people who are severely or profoundly deaf).
Filip went to Meadowcroft Primary School and started at Oakfield School in September 2026. His plan was reviewed on 15 September 2026, early in the autumn term, so that it reflects his move to secondary school.""",
    communication="""Filip communicates mainly through spoken English and Polish, supported by lip-reading. He also knows some British Sign Language, which he learnt at the deaf children\u2019s club. In noisy places he misses a lot of what is said, even with his implants.""",
    views_child_heading='What Filip told us (his own words, from a conversation with his form tutor, September 2026)',
    views_child="""\u201cSecondary is big and loud. I like it though. I like science, football and Minecraft club.
The hardest thing is when people talk and I can\u2019t see their face, or when it\u2019s noisy in the canteen. Then I just nod.
The radio aid is good but sometimes teachers forget to turn it on.
I want to be a game designer or a scientist. I want to make friends here who are into the same stuff as me.\u201d""",
    views_family_heading='What Filip\u2019s parents told us (review meeting, 15 September 2026, with an interpreter)',
    views_family="""Filip\u2019s parents are proud of how well he has coped with the move to secondary school. They worry that in big classes teachers will not remember to use his radio aid and that he will pretend to understand. They want Filip to keep improving his English and to keep his Polish, and they want him to have friends. They hope he will go to university.""",
    interests="""Minecraft and coding, science experiments, swimming and the deaf children\u2019s club on Saturdays.""",
    strengths="""Filip is curious, clever and hardworking. He has a strong visual memory and excellent problem-solving skills, and he is working at the expected level in maths and science. He is kind, funny and gets on well with adults.""",
    aspirations="""Filip would like to be a game designer or a scientist and to make good friends at Oakfield. His parents hope he will go to university and keep both of his languages.""",
    areas=[
        dict(name='Communication and interaction',
             strengths='Filip has good spoken language for everyday conversation and is a confident communicator one-to-one.',
             rows=[("""Filip\u2019s vocabulary and understanding of complex sentences are about two years behind those of his hearing classmates. He misses information in class discussions and often does not ask for repetition.""",
                    """\u2022 Pre-teaching of key subject vocabulary for science, geography and history by a teaching assistant trained in deaf awareness: 1:1, three times a week for 20 minutes.
\u2022 A radio aid, provided and maintained by the Hearing Support Service, used in every lesson; the teaching assistant will check it is working at the start of each day.
\u2022 All videos used in lessons will have subtitles, arranged by the class teacher.""",
                    """By July 2027, Filip will use 30 of the 40 pre-taught science words correctly in his own spoken or written sentences, as recorded by his teaching assistant on the vocabulary tracker."""),
                   ('', '', """By February 2027, Filip will ask for repetition or clarification at least once in every lesson observed by his teaching assistant over a two-week period.""")]),
        dict(name='Cognition and learning',
             strengths='Filip is working at age-related expectations in maths and science.',
             rows=[("""Filip\u2019s reading comprehension and writing are below the expected level for his age (reading age 9 years 2 months, September 2026). His working memory is weak and he finds long written tasks hard to organise.""",
                    """\u2022 Reading comprehension group with the English intervention teacher, in a group of no more than 5, twice a week for 40 minutes.
\u2022 Writing frames and a visual task plan in English, history and geography, prepared by the class teacher.
\u2022 In tests and exams: 25% extra time, a separate quiet room and a live speaker for any listening tasks, arranged by the examinations officer.""",
                    """By July 2027, Filip will achieve a reading age of at least 10 years 6 months on the school\u2019s standardised reading test, carried out by the special educational needs co-ordinator (SENCo) in June 2027.""")]),
        dict(name='Sensory and/or physical',
             strengths='Filip uses his implants all day and manages his own equipment well.',
             rows=[("""Filip is profoundly deaf and uses bilateral cochlear implants. He needs good listening conditions and visual support to access teaching. He has some difficulty with balance, especially in the dark and on uneven ground.""",
                    """\u2022 Filip will be taught in classrooms with acoustic treatment (soft furnishings and carpet), arranged by the SENCo when the timetable is written each September.
\u2022 A risk assessment for physical education and school trips covering Filip\u2019s balance, written by the head of physical education with the SENCo each September and shared with his parents.
\u2022 Deaf awareness training for all staff who teach Filip, given by the Hearing Support Service in September 2026 (1 hour).
\u2022 Filip will sit at the front, with a clear view of the teacher\u2019s face and away from the door.""",
                    """By July 2027, Filip will check and change the batteries in his implant processors himself every morning, and will tell a member of staff if his radio aid is not working, on every occasion, as recorded by his teaching assistant.""")]),
    ],
    health=dict(
        strengths='Filip is fit and healthy and he enjoys swimming.',
        rows=[("""Hearing: profound bilateral sensorineural deafness following meningitis, managed with bilateral cochlear implants.""",
               """\u2022 South Coast Cochlear Implant Centre to continue to monitor Filip\u2019s implants.
\u2022 Review by the cochlear implant centre audiologist as needed.""",
               """By July 2027, Filip will attend all of his cochlear implant appointments and take part in the adjustment of his implants, telling the audiologist which sounds are too loud or too quiet."""),
              ("""Speech and language: Filip has delayed expressive and receptive language because of his deafness.""",
               """\u2022 Speech and language therapy: a speech and language therapist (Brackenford Children\u2019s Speech and Language Therapy Service) will see Filip on his own at school for 45 minutes every week during term time, working on his understanding of complex sentences and his listening skills, and will set targets for his teaching assistant.""",
               """By July 2027, Filip will follow spoken instructions containing 4 key words in a noisy classroom in 8 out of 10 trials, as assessed by his speech and language therapist."""),
              ],
        signoff="""Agreed by Dr Helen Marsh, Designated Clinical Officer, Brackenford and Weald Integrated Care Board, 28 September 2026."""),
    social=dict(
        strengths='Filip has a loving, supportive family.',
        rows=[("""Filip\u2019s needs were screened by the Children with Disabilities Team on 1 September 2026. He has no social care needs: his family meet his care needs and he takes part in community activities, including the deaf children\u2019s club.""",
               """None, following the screening by the Children with Disabilities Team on 1 September 2026.""",
               """None. The family have been given information about the local offer and the National Deaf Children\u2019s Society family events.""",
               '')]),
    I=[('Name', 'Oakfield School, Brackenford'), ('Type', 'Mainstream secondary school')],
    J="""No personal budget has been requested.""",
    Knat=[('free', 'Parents\u2019 and Filip\u2019s views', '15 September 2026', 'Filip and his mum and dad', 'YES'),
          ('free', 'Educational advice', '10 September 2026', 'Mrs Laura Brennan, SENCo (special educational needs co-ordinator), Oakfield School', 'YES'),
          ('free', 'Hearing impairment advice', '3 September 2026', 'Mrs Dawn Pike, Specialist Teaching Assistant (Hearing), Hearing Support Service', 'YES'),
          ('medical', None, '14 March 2024', 'Dr Amrit Sandhu, Consultant Community Paediatrician', 'YES'),
          ('ep', None, '8 July 2026', 'Dr Anya Greaves, Educational Psychologist', 'YES'),
          ('social', None, '1 September 2026', 'Mr Kwame Asante, Social Worker, Children with Disabilities Team', 'YES'),
          ('other', 'Cochlear implant centre report', '20 June 2026', 'Ms Lucy Grant, Clinical Scientist (Audiology), South Coast Cochlear Implant Centre', 'YES'),
          ('other', 'Speech and language therapy advice', '2 July 2026', 'Ms Leah Pryce, Speech and Language Therapist', 'YES')],
    signoff=('Tomasz Nowak, EHC Coordinator', '5 October 2026'),
))

# =============================================================== ad110 (FAIL)
PLANS.append(dict(
    id='ad110', layout='heading2-numbered', name='Hubert', fam='his family',
    front=[('Name used in this plan', 'Hubert'),
           ('Month and year of birth', 'December 2009'),
           ('School year / phase', 'Year 11, secondary'),
           ('Languages at home', 'Polish and English'),
           ('Type of plan', 'Amended plan following annual review'),
           ('Date this plan was issued', '19 November 2025'),
           ('Date of last annual review', '21 October 2025'),
           ('EHC coordinator', 'Gemma Hollis')],
    history="""Hubert is a 16-year-old male with an ABI secondary to a posterior fossa medulloblastoma, diagnosed in March 2022 and treated with surgical resection, CSI and adjuvant chemotherapy at the TYA unit. Post-operatively he developed PFS with transient mutism. Current sequelae include ataxic dysarthria, dysmetria and intention tremor affecting the dominant upper limb, reduced processing speed (FSIQ not calculable owing to significant index discrepancy; PSI at the 1st centile) and executive dysfunction. He has bilateral high-frequency SNHL secondary to platinum ototoxicity and is aided bilaterally. Endocrine follow-up is in place for GH deficiency and hypothyroidism.
Hubert attends Kingsmead Academy and has had an EHCP since 2023. This plan was amended following the AR on 21/10/2025.""",
    views_child_heading='Hubert\u2019s views (gathered by his key worker in a 1:1 conversation, October 2025)',
    views_child="""Hubert said that he finds lessons tiring and that he does not like being taken out of class for interventions in front of his friends. He said that writing is \u201cthe worst thing\u201d because his hand shakes, and that he prefers to type. He said he gets headaches in the afternoon. He said that he does not like people talking to him as if he is younger than he is.""",
    views_family_heading='Views of Hubert\u2019s parents (AR meeting, 21 October 2025)',
    views_family="""Parents report ongoing concerns regarding fatigue, reduced initiation and emotional lability since treatment. They report that Hubert requires prompting for ADLs and has difficulty with task sequencing at home. They are concerned regarding KS4 outcomes and the post-16 transition.""",
    strengths='',
    interests="""Hubert likes computer games, listening to music and watching Formula 1.""",
    aspirations='',
    areas=[
        dict(name='Communication and interaction',
             strengths='',
             rows=[("""Ataxic dysarthria reduces intelligibility to unfamiliar listeners, particularly with fatigue. Bilateral hearing loss (see Section C) affects auditory access in noisy environments.""",
                    """\u2022 SALT: a speech and language therapist (Brackenford Children\u2019s SLT Service) will see Hubert 1:1 at school fortnightly for 30 minutes in the autumn and spring terms, working on pacing and intelligibility strategies.
\u2022 Radio aid, provided and maintained by the HI team, used in all lessons; checked daily by the TA.""",
                    """By July 2026, Hubert will demonstrate functional use of compensatory dysarthria strategies (rate reduction, over-articulation) to achieve at least 80% intelligibility to unfamiliar listeners in structured tasks, as measured by the SLT using the CSIM.""")]),
        dict(name='Cognition and learning',
             strengths='',
             rows=[("""Significantly reduced processing speed and working memory, with executive dysfunction affecting planning, initiation and self-monitoring. Attainment is significantly below ARE across the curriculum; he is currently predicted grades 2 to 3 in GCSE English and maths.""",
                    """\u2022 A reduced timetable of 7 GCSEs rather than 9, with 2 periods a week of supported study in the learning support base with a TA, in a group of no more than 6.
\u2022 Executive function coaching with the SENCo, 1:1, once a week for 30 minutes, using a visual planner and checklists.
\u2022 A laptop for all written work, provided by the school and maintained by the IT team.
\u2022 Exam access arrangements: 25% extra time, a scribe or word processor and supervised rest breaks, arranged by the EO.""",
                    """By July 2026, Hubert will demonstrate improved executive functioning, as evidenced by independent initiation and completion of 3-step academic tasks in 4/5 observed sessions, recorded by the SENCo."""),
                   ('', '', """By July 2026, Hubert will attain a grade 4 in GCSE English language, as confirmed by his exam results.""")]),
        dict(name='Social, emotional and mental health',
             strengths='',
             rows=[("""Emotional lability and low mood secondary to ABI and the psychological sequelae of cancer treatment. Reduced social participation since diagnosis.""",
                    """\u2022 CBT-informed sessions with the school-based MHST practitioner, 1:1, weekly for 45 minutes for 8 weeks, then review.
\u2022 Membership of the Tuesday lunchtime gaming club, supervised by a named TA, in a group of 8.""",
                    """By July 2026, Hubert will show reduced emotional dysregulation, evidenced by a reduction in recorded incidents of emotional distress from 4 per week to 1 or fewer per week, as logged by his key worker. (PfA: good health)""")]),
        dict(name='Sensory and/or physical',
             strengths='',
             rows=[("""Intention tremor and dysmetria affecting the dominant hand, impacting handwriting and fine motor tasks. Fatigue limits his tolerance of a full school day.""",
                    """\u2022 OT: an occupational therapist will visit school once every half-term for 45 minutes to review Hubert\u2019s equipment and ADL programme, and will deliver 1 hour of training to his TA in September 2025.
\u2022 A rest break of 15 minutes in the medical room after lunch every day, supervised by the school nurse.""",
                    """By July 2026, Hubert will independently complete a 5-step ADL task (preparing a hot snack) with no more than 1 verbal prompt on 4/5 occasions, as recorded by the OT. (PfA: independent living)""")]),
    ],
    health=dict(
        strengths='',
        rows=[("""Late effects of treatment: GH deficiency and hypothyroidism (on daily thyroxine and nightly GH injections at home); bilateral high-frequency SNHL; fatigue; headaches.""",
               """\u2022 Late effects clinic review every 6 months with Dr Malik, consultant paediatric oncologist, St Cuthman\u2019s Hospital.
\u2022 Paediatric endocrinology review every 4 months (Dr Evans).
\u2022 Audiology review every 6 months at Brackenford Audiology, including hearing aid maintenance.
\u2022 Neuropsychology review by Dr Barton once a year, with a report to school.""",
               """By July 2026, Hubert will independently manage his headache plan at school (requesting paracetamol and a rest break) on all occasions, as recorded by the school nurse, and will self-administer his nightly GH injection with parental supervision on at least 6 nights out of 7, as recorded on his home chart. (PfA: good health)""")],
        signoff="""Health provision agreed by Dr Helen Marsh, DCO, Brackenford and Weald ICB, 12 November 2025."""),
    social=dict(
        strengths='',
        rows=[("""Hubert was assessed by the Children with Disabilities Team on 2 October 2025. No eligible social care needs were identified: his parents meet his care needs. A transition assessment for adult social care will be completed in Year 12 if needed. The family have been signposted to the local offer and to the Teenage Cancer Trust youth support group.""",
               """None, following the assessment of 2 October 2025.""",
               """None. The family have been signposted to the local offer and youth support group (see Section D).""",
               '')]),
    I=[('Name of school', 'Kingsmead Academy, Brackenford'), ('Type', 'Mainstream secondary academy')],
    J="""No personal budget requested.""",
    K=[('Hubert\u2019s views', '14 October 2025', 'Hubert, with Mr Jordan Blake, key worker', 'Yes'),
       ('Parents\u2019 views', '21 October 2025', 'Hubert\u2019s parents', 'Yes'),
       ('Educational advice (AR report)', '13 October 2025', 'Mr Daniel Ferris, SENCo, Kingsmead Academy', 'Yes'),
       ('Psychological advice', '3 June 2025', 'Dr Anya Greaves, EP, Brackenford EPS', 'Yes'),
       ('Medical advice', '18 August 2025', 'Dr Sana Malik, Consultant Paediatric Oncologist, St Cuthman\u2019s Hospital', 'Yes'),
       ('Endocrinology report', '2 September 2025', 'Dr Huw Evans, Consultant Paediatric Endocrinologist', 'Yes'),
       ('Neuropsychology report', '27 January 2025', 'Dr Chloe Barton, Clinical Neuropsychologist', 'Yes'),
       ('Audiology report', '9 July 2025', 'Ms Lucy Grant, Clinical Scientist, Brackenford Audiology', 'Yes'),
       ('SALT advice', '30 June 2025', 'Ms Leah Pryce, SLT', 'Yes'),
       ('OT advice', '7 July 2025', 'Mr Tom Ashdown, OT', 'Yes'),
       ('HI advice', '16 September 2025', 'Mrs Carol Webb, Qualified Teacher of the Deaf, Brackenford Sensory Support Service', 'Yes'),
       ('Social care advice', '2 October 2025', 'Mr Kwame Asante, Social Worker, Children with Disabilities Team', 'Yes'),
       ('PfA advice', '10 October 2025', 'Ms Kerry Lamb, Careers Adviser, Brackenford Careers Hub', 'Yes')],
    signoff=('Gemma Hollis, EHC Coordinator', '19 November 2025'),
))

# =============================================================== ad111 (FAIL)
PLANS.append(dict(
    id='ad111', layout='letter-column', name='Kacper', fam='his family',
    front=[('Name used in this plan', 'Kacper'),
           ('Month and year of birth', 'February 2017'),
           ('School year / phase', 'Year 4, primary'),
           ('Languages at home', 'Polish and English'),
           ('Type of plan', 'First plan following an EHC needs assessment'),
           ('Date this plan was issued', '11 September 2026'),
           ('Date of last annual review', 'Not applicable \u2013 first plan'),
           ('EHC coordinator', 'Tomasz Nowak')],
    history="""Kacper lives with his mum, dad and baby sister, Zuzia. When he was 3, Kacper nearly drowned in a holiday swimming pool and was without oxygen for several minutes. He made a good physical recovery, but the lack of oxygen caused a brain injury that affects his attention, his learning and how he manages his feelings. He was diagnosed with attention deficit hyperactivity disorder (ADHD) in 2025 and has epilepsy, which is well controlled.
Kacper attends St Brendan\u2019s Catholic Primary School. School has supported him at special educational needs (SEN) support since Reception and requested this assessment in March 2026.
Kacper talks a lot in Polish and English. He understands everyday language well but finds it hard to listen to long instructions.""",
    views_child_heading='What Kacper told us (talking with the EHC coordinator and his teaching assistant, drawing as he talked, 18 June 2026)',
    views_child="""\u201cI like playtime and building Lego and football. I don\u2019t like reading because the letters jump about and it\u2019s boring.
I get in trouble because I can\u2019t sit still. My legs want to move. When I get angry I go red and hot.
I want to be a firefighter like in the film. I want a best friend who comes to my house.\u201d""",
    views_family_heading='What Kacper\u2019s parents told us (home visit, 2 June 2026)',
    views_family="""Kacper\u2019s parents said he is \u201cfull of energy and love\u201d. They are worried that he cannot read yet and that he is often in trouble at school, which is making him feel bad about himself. They would like him to read simple books, to have friends and to enjoy school again. His dad would like Kacper to join the Polish Scouts.""",
    strengths="""Kacper is energetic, funny and generous. He is very good at building and constructing, and he has good practical problem-solving skills. He is kind to younger children and loves helping adults with jobs. He is a strong swimmer again, which his parents say shows how brave he is.""",
    interests="""Lego, fire engines, swimming, football and helping his dad in the garden.""",
    aspirations="""Kacper wants to be a firefighter and to have a best friend. His parents want him to be able to read, to have friends and to be happy at school.""",
    areas=[
        dict(name='Cognition and learning',
             strengths='Kacper\u2019s non-verbal reasoning is in the average range and he learns well through practical, hands-on activities.',
             rows=[("""Kacper is reading at about the level expected at the start of Year 1. He knows most single letter sounds but cannot blend them reliably. In maths he is working at about the end of Year 2 level. His attention for adult-led tasks is about 5 minutes.""",
                    """\u2022 Regular small-group phonics with a teaching assistant.
\u2022 Up to 15 hours of teaching assistant support each week across the curriculum.
\u2022 Precision teaching for sight words, 1:1 with a trained teaching assistant, daily for 10 minutes.
\u2022 The educational psychologist will visit school as required to advise staff.""",
                    """Kacper will feel more confident about reading."""),
                   ('', '', """Kacper will make good progress in maths."""),
                   ('', '', """Kacper will receive 1:1 support from a teaching assistant in all English and maths lessons.""")]),
        dict(name='Social, emotional and mental health',
             strengths='Kacper is affectionate and wants to please adults.',
             rows=[("""Kacper finds it very hard to sit still and to wait his turn. When he is frustrated he shouts, throws equipment or leaves the classroom, about three times a week. Other children have started to avoid him at playtime.""",
                    """\u2022 Kacper should have access to movement breaks where possible.
\u2022 Kacper may benefit from a fidget toy and a wobble cushion.
\u2022 Social skills group.
\u2022 Zones of Regulation (a programme that teaches children to recognise and manage their feelings), taught 1:1 by the school\u2019s Emotional Literacy Support Assistant (ELSA), once a week for 30 minutes for 10 weeks, then review.""",
                    """By July 2027, Kacper will be happier and more settled in class."""),
                   ('', '', """Staff will use a visual timetable with Kacper every day."""),
                   ('', '', """By March 2027, Kacper will name his feeling using the Zones of Regulation colours and choose a calming strategy on 4 out of 5 occasions when he is upset, as recorded by the ELSA.""")]),
    ],
    health=dict(
        strengths='Kacper is physically fit and active.',
        rows=[("""Epilepsy: Kacper has occasional focal seizures (two in the last year, both at home at night). He takes lamotrigine morning and evening at home.""",
               """\u2022 Review every 6 months by Dr Amrit Sandhu, consultant community paediatrician.
\u2022 The epilepsy specialist nurse will write Kacper\u2019s seizure care plan and train 3 named school staff in seizure first aid (1 hour each September).""",
               """By July 2027, Kacper will tell an adult if he feels unwell or \u201cfunny\u201d on every occasion, as recorded in the school\u2019s health log."""),
              ("""Attention deficit hyperactivity disorder: Kacper takes methylphenidate each morning before school. He has a poor appetite at lunchtime as a side effect.""",
               """\u2022 Review every 3 months by Dr Amrit Sandhu in the ADHD clinic, with school completing a teacher rating scale before each review.
\u2022 The school nurse will weigh Kacper once each half-term and send the result to the clinic.""",
               """By July 2027, Kacper will eat at least half of his school lunch on 4 out of 5 days, as recorded by the lunchtime supervisor.""")],
        signoff="""The health provision has been agreed by Dr Helen Marsh, Designated Clinical Officer, Brackenford and Weald Integrated Care Board, on 4 September 2026."""),
    social=dict(
        strengths='',
        rows=[("""The Children with Disabilities Team screened Kacper\u2019s needs on 15 July 2026 and found no social care needs: his parents meet all his care needs. The family were told about the local offer, including the Saturday inclusive sports club and the Family Hub parenting course for children with ADHD, which Kacper\u2019s parents are now attending.""",
               """None, following the Children with Disabilities Team screening of 15 July 2026.""",
               """None. See Section D for the local offer and early help information given to the family.""",
               '')]),
    I=[('Name of school', 'St Brendan\u2019s Catholic Primary School, Brackenford'), ('Type', 'Mainstream voluntary aided primary school')],
    J="""No personal budget has been requested.""",
    K=[('Kacper\u2019s views', '18 June 2026', 'Kacper, with the EHC coordinator and Mrs Lewis, teaching assistant', 'Yes'),
       ('Parents\u2019 views', '2 June 2026', 'Kacper\u2019s parents', 'Yes'),
       ('Educational advice', '10 June 2026', 'Mrs Joanna Fox, SENCo (special educational needs co-ordinator), St Brendan\u2019s Catholic Primary School', 'Yes'),
       ('Psychological advice', '25 June 2026', 'Dr Sam Okafor, Educational Psychologist', 'Yes'),
       ('Medical advice', '30 June 2026', 'Dr Amrit Sandhu, Consultant Community Paediatrician', 'Yes'),
       ('Epilepsy nursing advice', '1 July 2026', 'Ms Rachel Lowe, Epilepsy Specialist Nurse', 'Yes'),
       ('School nursing advice', '3 July 2026', 'Ms Gemma Wood, School Nurse, Brackenford School Nursing Service', 'Yes'),
       ('Social care advice', '15 July 2026', 'Mr Kwame Asante, Social Worker, Children with Disabilities Team', 'Yes')],
    signoff=('Tomasz Nowak, EHC Coordinator', '11 September 2026'),
))

# =============================================================== ad112 (SOUND)
PLANS.append(dict(
    id='ad112', layout='national-template', name='Jakub', fam='his family',
    front_extra=[('Plan', 'Education, Health and Care (EHC) plan, Brackenford Borough Council'),
                 ('Date this plan was issued', '03/06/2026'),
                 ('Date of last annual review', '14/05/2026'),
                 ('School year / phase', 'Post-19: third year at Brackenford College (Jakub is 21)'),
                 ('EHC coordinator', 'Tomasz Nowak')],
    details=dict(name='Jakub', preferred='Kuba', dob='August 2005 (month and year only)', sex='Male', ethnicity='White \u2013 Polish',
                 lang='English and Polish', plang='Polish',
                 p1='Jakub (young person)', p1rel='Self', withheld='Held on the case record', p2='Jakub\u2019s mum', p2rel='Mother', withheld2='Held on the case record'),
    services=dict(education_setting='Brackenford College \u2013 Level 3 Extended Diploma in Information Technology (Year 3 of a 3-year supported programme)',
                  gp_and_key_health_professional_where_applicable='Dr Imran Qureshi, Consultant Neurologist (neuromuscular), St Cuthman\u2019s Hospital (family doctor (GP) details held on the case record)',
                  nhs_number_if_available='Held on the case record',
                  known_to_social_care='Yes \u2013 Brackenford Adult Social Care (Care Act support plan)',
                  other_professionals_involved_with_this_childyoung_personfamily='Respiratory team; cardiology; physiotherapy; occupational therapy; continuing healthcare; Larkspur House transition service',
                  currently_a_looked_after_child='No', has_been_a_looked_after_child='No',
                  is_there_a_one_page_profile_received_append='Yes \u2013 written by Jakub (appended)',
                  child_or_young_person_moving_to_area_with_ehcp_from_a_different_local_authority='No'),
    history="""Jakub (who likes to be called Kuba) lives with his mum and his younger brother, Szymon. He has Duchenne muscular dystrophy, a progressive condition that weakens all the muscles of the body, including the heart and the muscles used for breathing. He has used a powered wheelchair full-time since he was 12. He uses non-invasive ventilation (a breathing machine with a mask) at night and for short periods in the day, and he receives National Health Service (NHS) continuing healthcare.
Kuba left Kingsmead Academy sixth form in 2023 and is now in the third and final year of a Level 3 Extended Diploma in Information Technology at Brackenford College, which he is studying over three years because of fatigue and hospital appointments. This plan was reviewed on 14 May 2026 and sets out his final year at college and his move into work and adult life.""",
    communication="""Kuba communicates clearly in speech, in English and Polish. His voice is quieter when he is tired or unwell. He uses eye-gaze and voice control on his computer.""",
    views_child_heading='What Kuba says (written by Kuba for his review, May 2026)',
    views_child="""\u201cI\u2019m Kuba, I\u2019m 21 and I\u2019m into tech \u2013 coding, games, building computers (well, telling other people how to build them). I\u2019m doing my Level 3 in information technology and I want to work as a software tester or in IT (information technology) support, ideally from home some of the time.
Duchenne means I get weaker every year, so I want to get on with my life now, not wait. My big goals are: finish my diploma, get a paid job, and move into my own adapted flat with my personal assistants.
I don\u2019t want to be the patient in every meeting. Talk to me, not my mum.
I\u2019m good at problem-solving, I\u2019m patient and I\u2019m funny. Ask anyone on my Discord server.\u201d""",
    views_family_heading='What Kuba\u2019s mum told us (review meeting, 14 May 2026)',
    views_family="""Kuba\u2019s mum said she is proud of the young man he has become and supports his wish to live in his own flat, although she is anxious about his health and his night-time care. She wants the health, college and care teams to plan his move together, and she would like a clear plan for what happens if he is admitted to hospital.""",
    interests="""Coding (Python and JavaScript), gaming and game testing, running a Discord community of 400 members, Formula 1 and Polish rap.""",
    strengths="""\u2022 Kuba is highly skilled with technology and is on track for a Merit or Distinction in his diploma.
\u2022 He is an excellent self-advocate who directs his own care and manages his personal assistants\u2019 rota.
\u2022 He is patient, funny and a natural problem-solver; he moderates a large online community.""",
    aspirations="""Kuba wants to complete his Level 3 diploma, get a paid job in software testing or IT support (working partly from home), move into his own adapted flat with support from his personal assistants, and keep his friendships and gaming community. His mum hopes he will live the independent life he wants, safely.""",
    areas=[
        dict(name='Cognition and learning',
             strengths='Kuba is working at Level 3 and his tutors predict a Merit or Distinction.',
             rows=[("""Kuba\u2019s learning is not affected by his condition, but fatigue, hand weakness and time in hospital slow him down. He cannot use a standard keyboard or mouse for long periods and relies on voice control and eye-gaze software.""",
                    """\u2022 Level 3 Extended Diploma in Information Technology, taught in a group of no more than 12 by qualified lecturers, for 12 hours a week over three days, with the same teaching streamed live to him at home on days when he is unwell, set up by his course leader.
\u2022 1:1 learning support from a learning support practitioner trained in assistive technology, for 6 hours a week, to set up equipment, take notes and scribe practical tasks on Kuba\u2019s instruction.
\u2022 Voice-control and eye-gaze software on his college laptop, installed and maintained by the college\u2019s assistive technology officer, who will check them at the start of each term and repair faults within 2 working days.
\u2022 In all assessments: 25% extra time, rest breaks and use of his own assistive technology, arranged by the college examinations officer.""",
                    """By July 2026, Kuba will gain his Level 3 Extended Diploma in Information Technology, as confirmed by the awarding body results. (Preparing for adulthood: employment)"""),
                   ("""Kuba has not yet had work experience in a workplace and needs to plan his move into employment.""",
                    """\u2022 Supported employment: a job coach from the Brackenford Supported Employment Service will meet Kuba for 1 hour every fortnight from May to July 2026 to help him apply for jobs and prepare for interviews, and will arrange a 4-week remote work placement with a local software company in June 2026.
\u2022 The college careers adviser will meet Kuba 3 times before July 2026 (45 minutes each) to support his applications to the Access to Work scheme.""",
                    """By September 2026, Kuba will receive at least one job offer or a paid apprenticeship offer in software testing or IT support, as reported by Kuba to his job coach. (Preparing for adulthood: employment)""")]),
        dict(name='Social, emotional and mental health',
             strengths='Kuba has a wide online friendship group and a close friend from school, Oliver.',
             rows=[("""Kuba sometimes feels low about the progression of his condition, especially after hospital admissions, and told us he finds it hard to talk about this with his family.""",
                    """\u2022 Counselling with the college\u2019s counsellor (a registered member of the British Association for Counselling and Psychotherapy), 1:1, for 6 sessions of 50 minutes in the summer term 2026, then review with Kuba.""",
                    """By July 2026, Kuba will identify two people he can talk to when he feels low and will rate his mood at 6 out of 10 or higher on at least 3 of every 4 weekly check-ins with his learning support practitioner. (Preparing for adulthood: good health)""")]),
        dict(name='Sensory and/or physical',
             strengths='Kuba drives his powered wheelchair skilfully using a joystick.',
             rows=[("""Kuba has very limited movement in his arms and hands and needs help with all personal care, eating and drinking, transfers and repositioning at college.""",
                    """\u2022 Two trained learning support practitioners for all hoist transfers and personal care at college, trained in moving and handling by the college\u2019s occupational therapist each September (3 hours).
\u2022 A changing room with a ceiling hoist, height-adjustable bench and adult changing facilities, maintained by the college estates team and serviced every 6 months.""",
                    """By July 2026, Kuba will direct his support staff through every step of his lunchtime routine and transfers himself, without staff needing to refer to the written plan, on 5 out of 5 college days, as recorded by his learning support practitioner. (Preparing for adulthood: independent living)""")]),
    ],
    health=dict(
        strengths='Kuba has not had a chest infection needing hospital treatment since October 2025.',
        rows=[("""Breathing: Kuba\u2019s breathing muscles are weak. He needs non-invasive ventilation at night and for up to 2 hours in the day, and a cough assist machine twice a day and when he has a chest infection.""",
               """\u2022 Home ventilation team (St Cuthman\u2019s Hospital): respiratory consultant review every 6 months; the respiratory physiotherapist will train his college learning support practitioners in using his ventilator and cough assist (2 hours each September and when settings change).
\u2022 NHS continuing healthcare: trained carers to provide overnight care at home 7 nights a week (10pm to 7am), reviewed by the continuing healthcare nurse assessor every 6 months and as part of his move to his own flat.""",
               """By March 2027, Kuba will direct his overnight carers in setting up his ventilator and cough assist, with no errors recorded in the care log for 4 consecutive weeks. (Preparing for adulthood: good health)"""),
              ("""Heart: Kuba has cardiomyopathy (weakening of the heart muscle), managed with medication and monitored by the cardiology team.""",
               """\u2022 Adult cardiology review every 6 months, with an echocardiogram once a year, at St Cuthman\u2019s Hospital.
\u2022 Kuba\u2019s neuromuscular nurse specialist will update his emergency health care plan every 6 months and share it with the college, his personal assistants and the ambulance service.""",
               """By July 2026, Kuba will manage his own medication schedule, reminding his personal assistants when doses are due using his phone app, on every day recorded on his medication chart. (Preparing for adulthood: good health)"""),
              ("""Posture and contractures: Kuba has stiffness in his joints and a curve in his spine, which make sitting for long periods uncomfortable.""",
               """\u2022 The adult neuromuscular physiotherapist will see Kuba every 3 months for 1 hour and set a daily stretching programme, carried out by his personal assistants.
\u2022 The wheelchair service will review his seating every 6 months.""",
               """By July 2026, Kuba will sit comfortably in his wheelchair for a full 5-hour college day, with no more than one reposition break requested, on 4 out of 5 days, as recorded by his learning support practitioner. (Preparing for adulthood: good health)""")],
        signoff="""Section G reviewed and agreed by Dr Helen Marsh, Designated Clinical Officer, Brackenford and Weald Integrated Care Board, 26 May 2026."""),
    social=dict(
        strengths='Kuba is confident in directing his own care.',
        rows=[("""Kuba had a Care Act needs assessment by Brackenford Adult Social Care on 12 March 2026. He has eligible needs for help with all personal care, meals, getting out into the community and keeping in touch with friends. He wants to move into his own adapted flat in 2027.""",
               """Not applicable \u2013 Kuba is over 18.""",
               """\u2022 Care and support plan under the Care Act 2014: 35 hours a week of personal assistant support during the day (including 10 hours a week for social and leisure activities), paid through a direct payment managed by Kuba (see Section J).
\u2022 The adult social care transitions worker will meet Kuba every month from June 2026 to plan his move into supported housing, including an occupational therapy assessment of the proposed flat by December 2026.""",
               """By June 2027, Kuba will move into his own adapted flat with his personal assistant support in place, as confirmed by his transitions worker. (Preparing for adulthood: independent living)"""),
              ("""Community and friendships: Kuba wants to see friends in person more, not only online.""",
               '',
               '',
               """By December 2026, Kuba will go out with friends, with his personal assistant, at least twice a month, as recorded in his personal assistant log. (Preparing for adulthood: friends, relationships and community)""")]),
    I=[('Name', 'Brackenford College'), ('Type', 'General further education college')],
    J="""Kuba receives a direct payment for the personal assistant hours in Section H2 (35 hours a week), which he manages himself with support from the Brackenford Direct Payments Support Service.""",
    J2="""Kuba employs three personal assistants. The direct payment is reviewed by Adult Social Care every 12 months. There is no personal budget for education or health provision.""",
    Knat=[('free', 'Kuba\u2019s views (young person)', '14 May 2026', 'Jakub (Kuba)', 'YES'),
          ('free', 'Parent\u2019s views (with Kuba\u2019s agreement)', '14 May 2026', 'Kuba\u2019s mum', 'YES'),
          ('free', 'Educational advice', '6 May 2026', 'Ms Rachel Tan, Additional Learning Support Manager, Brackenford College', 'YES'),
          ('medical', None, '24 April 2026', 'Dr Imran Qureshi, Consultant Neurologist, St Cuthman\u2019s Hospital', 'YES'),
          ('ep', None, '16 March 2026', 'Dr Sam Okafor, Educational Psychologist', 'YES'),
          ('social', None, '12 March 2026', 'Ms Helen Odell, Social Worker, Brackenford Adult Social Care', 'YES'),
          ('other', 'Respiratory and home ventilation advice', '9 April 2026', 'Dr Lisa Crane, Consultant Respiratory Physician, St Cuthman\u2019s Hospital', 'YES'),
          ('other', 'Cardiology advice', '30 January 2026', 'Dr Mark Whitlow, Consultant Cardiologist, St Cuthman\u2019s Hospital', 'YES'),
          ('other', 'Physiotherapy, neuromuscular nursing and wheelchair service advice', '21 April 2026', 'Ms Amy Cho, Neuromuscular Physiotherapist; Mr Dan Fell, Neuromuscular Nurse Specialist; Brackenford Wheelchair Service', 'YES'),
          ('other', 'Continuing healthcare review', '2 April 2026', 'Ms Kate Duffy, Continuing Healthcare Nurse Assessor', 'YES'),
          ('pfa', None, '8 May 2026', 'Mr Jonah Price, Careers Adviser and Employability Coordinator, Brackenford College; Brackenford Supported Employment Service', 'YES')],
    signoff=('Tomasz Nowak, EHC Coordinator', '3 June 2026'),
))

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for P in PLANS:
        RENDER[P['layout']](P, os.path.join(OUT, P['id'] + '.docx'))
        print('built', P['id'])
