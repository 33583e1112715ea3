#!/usr/bin/env python3
"""Generator for blind test set R1 (Brackenfold Borough Council, fictional Lancashire borough).

Builds 12 fictional, anonymised EHC plans as .docx files in ./plans:
  bold-statutory    r101-r104
  ef-table          r105-r108
  national-template r109-r112
Plan contents are Python data structures below; one renderer per layout.
"""
import copy
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, 'plans')
TEMPLATE = '/work/shared/reference/national-ehcp-template.docx'
COUNCIL = 'Brackenfold Borough Council'

# ----------------------------------------------------------------- helpers

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn('w:shd')):
        tcPr.remove(old)
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Replace the whole content of a cell. '\n' starts a new paragraph."""
    lines = text.split('\n') if isinstance(text, str) else list(text)
    tc = cell._tc
    paras = tc.findall(qn('w:p'))
    for p in paras[1:]:
        tc.remove(p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def outcome_text(o, bullet='•'):
    """An outcome dict -> lines for a table cell or paragraphs."""
    lines = [o['text']]
    if o.get('steps'):
        lines.append('Steps towards this:')
        lines += ['%s %s' % (bullet, s) for s in o['steps']]
    return lines


def base_doc(font='Arial', size=11):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = OxmlElement('w:rFonts')
        rpr.append(rfonts)
    rfonts.set(qn('w:eastAsia'), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
    return d


def bold_para(d, text, size=None, italic=False, underline=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.italic = italic
    r.underline = underline
    if size:
        r.font.size = Pt(size)
    return p


def grid_table(d, headers, rows, header_fill='D9D9D9', widths=None):
    t = d.add_table(rows=1, cols=len(headers))
    t.style = 'Table Grid'
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], header_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def front_table(d, rows, fill='F2F2F2'):
    t = d.add_table(rows=0, cols=2)
    t.style = 'Table Grid'
    for k, v in rows:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        shade(c[0], fill)
        set_cell(c[1], v)
        c[0].width = Cm(6)
        c[1].width = Cm(11)
    return t


STAT = {
    'A': 'Section A: The views, interests and aspirations of the child and his or her parents, or of the young person',
    'B': "Section B: The child or young person's special educational needs",
    'C': "Section C: The child or young person's health care needs which relate to their special educational needs",
    'D': "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability",
    'E': 'Section E: The outcomes sought for the child or the young person',
    'F': 'Section F: The special educational provision required by the child or the young person',
    'G': 'Section G: Any health care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs',
    'H1': 'Section H1: Any social care provision which must be made for the child or young person as a result of section 2 of the Chronically Sick and Disabled Persons Act 1970',
    'H2': 'Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs',
    'I': 'Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person, and the type of that institution',
    'J': 'Section J: Where there is a Personal Budget, the details of how the Personal Budget will support particular outcomes, the provision it will be used for and the arrangements for any direct payments',
    'K': 'Section K: The advice and information gathered during the EHC needs assessment',
}

SHORT = {
    'A': 'Section A: Views, interests and aspirations',
    'B': 'Section B: Special educational needs',
    'C': 'Section C: Health care needs',
    'D': 'Section D: Social care needs',
    'EF': 'Sections E and F: Outcomes and special educational provision',
    'G': 'Section G: Health care provision',
    'H1': 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970',
    'H2': 'Section H2: Other social care provision',
    'I': 'Section I: Placement',
    'J': 'Section J: Personal budget',
    'K': 'Section K: Advice and information',
}

PROV_HEAD = ['What will happen', 'How much / how often', 'Who will do it', 'Where']


def lines_out(d, lines, bullet='•', sub='o'):
    """Plain paragraphs; a line starting '* ' gets a hand-typed bullet, '** ' a sub-bullet."""
    for ln in lines:
        if ln.startswith('** '):
            p = d.add_paragraph('      %s  %s' % (sub, ln[3:]))
        elif ln.startswith('* '):
            p = d.add_paragraph('%s  %s' % (bullet, ln[2:]))
        elif ln.startswith('## '):
            bold_para(d, ln[3:], underline=True)
        else:
            d.add_paragraph(ln)


def lines_out_styled(d, lines):
    """Same as lines_out but with Word list styles (used by the ef-table layout)."""
    for ln in lines:
        if ln.startswith('** '):
            d.add_paragraph(ln[3:], style='List Bullet 2')
        elif ln.startswith('* '):
            d.add_paragraph(ln[2:], style='List Bullet')
        elif ln.startswith('## '):
            d.add_heading(ln[3:], level=3)
        else:
            d.add_paragraph(ln)


# ----------------------------------------------------------------- layout 1: bold-statutory

def render_bold_statutory(P):
    d = base_doc(font=P.get('font', 'Arial'))
    b = P.get('bullet', '•')
    bold_para(d, COUNCIL.upper(), size=13)
    bold_para(d, 'Education, Health and Care (EHC) Plan', size=13)
    d.add_paragraph(P.get('status', 'Final plan'))
    front_table(d, P['front'])
    d.add_paragraph()

    bold_para(d, STAT['A'])
    for sub, lines in P['A']:
        bold_para(d, sub, italic=True)
        lines_out(d, lines, bullet=b)

    bold_para(d, STAT['B'])
    lines_out(d, P.get('B_intro', []), bullet=b)
    for area in P['B']:
        bold_para(d, area['name'], underline=True)
        for text, ev in area['paras']:
            d.add_paragraph('%s (Evidence: %s)' % (text, ev) if ev else text)

    bold_para(d, STAT['C'])
    lines_out(d, P['C'], bullet=b)
    bold_para(d, STAT['D'])
    lines_out(d, P['D'], bullet=b)

    bold_para(d, STAT['E'])
    lines_out(d, P.get('E_intro', []), bullet=b)
    n = 0
    for group, outs in P['E']:
        if group:
            bold_para(d, group, underline=True)
        for o in outs:
            n += 1
            p = d.add_paragraph()
            p.add_run('E%d.  ' % n).bold = True
            p.add_run(o['text'])
            if o.get('steps'):
                d.add_paragraph('Steps towards this:')
                for s in o['steps']:
                    d.add_paragraph('      %s  %s' % (P.get('sub', 'o'), s))

    bold_para(d, STAT['F'])
    lines_out(d, P.get('F_intro', []), bullet=b)
    for group, rows in P['F']:
        bold_para(d, group, underline=True)
        if P.get('F_style') == 'bullets':
            for what, how, who, where in rows:
                d.add_paragraph('%s  %s' % (b, what))
                d.add_paragraph('      %s  How much / how often: %s' % (P.get('sub', 'o'), how))
                d.add_paragraph('      %s  Who will do it: %s' % (P.get('sub', 'o'), who))
                d.add_paragraph('      %s  Where: %s' % (P.get('sub', 'o'), where))
        else:
            grid_table(d, PROV_HEAD, rows, widths=[7, 3.5, 4, 2.5])
            d.add_paragraph()

    bold_para(d, STAT['G'])
    lines_out(d, P['G'], bullet=b)
    bold_para(d, STAT['H1'])
    lines_out(d, P['H1'], bullet=b)
    bold_para(d, STAT['H2'])
    lines_out(d, P['H2'], bullet=b)
    bold_para(d, STAT['I'])
    lines_out(d, P['I'], bullet=b)
    bold_para(d, STAT['J'])
    lines_out(d, P['J'], bullet=b)
    bold_para(d, STAT['K'])
    lines_out(d, P.get('K_intro', []), bullet=b)
    if P.get('K_style') == 'bullets':
        for what, who, when in P['K']:
            d.add_paragraph('%s  %s – %s – %s' % (b, what, who, when))
    else:
        grid_table(d, ['Advice and information', 'Given by', 'Date'], P['K'], widths=[6, 8, 3])
    d.add_paragraph()
    lines_out(d, P.get('signoff', []), bullet=b)
    return d


# ----------------------------------------------------------------- layout 2: ef-table

def render_ef_table(P):
    d = base_doc(font=P.get('font', 'Calibri'), size=11)
    d.add_heading('%s\nEducation, Health and Care (EHC) Plan' % COUNCIL, level=1)
    front_table(d, P['front'], fill='DEEAF6')
    h = P.get('hlevel', 2)

    d.add_heading(SHORT['A'], level=h)
    for sub, lines in P['A']:
        d.add_heading(sub, level=h + 1)
        lines_out_styled(d, lines)

    d.add_heading(SHORT['B'], level=h)
    lines_out_styled(d, P.get('B_intro', []))
    for area in P['B']:
        d.add_heading(area['name'], level=h + 1)
        for text, ev in area['paras']:
            d.add_paragraph('%s (Evidence: %s)' % (text, ev) if ev else text)

    d.add_heading(SHORT['C'], level=h)
    lines_out_styled(d, P['C'])
    d.add_heading(SHORT['D'], level=h)
    lines_out_styled(d, P['D'])

    d.add_heading(SHORT['EF'], level=h)
    lines_out_styled(d, P.get('EF_intro', []))
    heads = P.get('EF_head', ['Outcome', 'Provision', 'Frequency', 'Who'])
    for group, items in P['EF']:
        if group:
            p = d.add_paragraph()
            p.add_run(group).bold = True
        t = d.add_table(rows=1, cols=4)
        t.style = 'Table Grid'
        for i, hd in enumerate(heads):
            set_cell(t.rows[0].cells[i], hd, bold=True)
            shade(t.rows[0].cells[i], P.get('EF_fill', 'BDD7EE'))
        for item in items:
            o = item['outcome']
            provs = item['prov'] or [('', '', '')]
            first = None
            for k, (what, freq, who) in enumerate(provs):
                cells = t.add_row().cells
                if k == 0:
                    first = cells[0]
                    set_cell(cells[0], outcome_text(o) if isinstance(o, dict) else o)
                set_cell(cells[1], what)
                set_cell(cells[2], freq)
                set_cell(cells[3], who)
            if len(provs) > 1:
                last = t.rows[len(t.rows) - 1].cells[0]
                merged = first.merge(last)
                # keep the outcome text once
                set_cell(merged, outcome_text(o) if isinstance(o, dict) else o)
        for row in t.rows:
            for i, w in enumerate([5.5, 6, 3, 3]):
                row.cells[i].width = Cm(w)
        d.add_paragraph()

    d.add_heading(SHORT['G'], level=h)
    lines_out_styled(d, P['G'])
    d.add_heading(SHORT['H1'], level=h)
    lines_out_styled(d, P['H1'])
    d.add_heading(SHORT['H2'], level=h)
    lines_out_styled(d, P['H2'])
    d.add_heading(SHORT['I'], level=h)
    lines_out_styled(d, P['I'])
    d.add_heading(SHORT['J'], level=h)
    lines_out_styled(d, P['J'])
    d.add_heading(SHORT['K'], level=h)
    lines_out_styled(d, P.get('K_intro', []))
    grid_table(d, P.get('K_head', ['Advice', 'From', 'Date']), P['K'], header_fill='DEEAF6', widths=[6, 8, 3])
    d.add_paragraph()
    lines_out_styled(d, P.get('signoff', []))
    return d


# ----------------------------------------------------------------- layout 3: national-template

def _drop_rows(table, keep_upto):
    """Delete rows with index > keep_upto."""
    for tr in [r._tr for r in table.rows][keep_upto + 1:]:
        tr.getparent().remove(tr)


def _fill_rows(table, first, rows, ncols):
    """Fill template rows from index `first` with tuples; delete unused template rows."""
    for i, vals in enumerate(rows):
        cells = table.rows[first + i].cells
        for c in range(ncols):
            set_cell(cells[c], vals[c] if isinstance(vals[c], (list, str)) else '')
    _drop_rows(table, first + len(rows) - 1)


def _cell_lines(v):
    if isinstance(v, dict):
        return outcome_text(v)
    return v


def render_national(P):
    d = Document(TEMPLATE)
    body = d.element.body
    h1 = [p for p in d.paragraphs if p.style.name == 'Heading 1'][0]
    for r in list(h1.runs):
        r._r.getparent().remove(r._r)
    h1.add_run('%s – Education, Health and Care (EHC) Plan' % COUNCIL)

    # plan details table inserted under the title
    pd = d.add_table(rows=0, cols=2)
    pd.style = d.tables[1].style
    for k, v in P['plan_details']:
        c = pd.add_row().cells
        set_cell(c[0], k, bold=True)
        shade(c[0], 'D9E2F3')
        set_cell(c[1], v)
    h1._p.addnext(pd._tbl)
    spacer = OxmlElement('w:p')
    pd._tbl.addnext(spacer)

    T = d.tables  # re-read: index 0 is now our plan details table
    per, svc, a1, a2, ci, cl, semh, sp, cge, dh, ti, tj, tk, sign = T[1:15]

    pv = P['personal']
    set_cell(per.rows[1].cells[1], pv['name'])
    set_cell(per.rows[1].cells[3], pv['preferred'])
    set_cell(per.rows[2].cells[1], pv['dob'])
    set_cell(per.rows[3].cells[1], pv['sex'])
    set_cell(per.rows[3].cells[3], pv['ethnicity'])
    set_cell(per.rows[4].cells[1], pv['lang_child'])
    set_cell(per.rows[4].cells[3], pv['lang_parent'])
    set_cell(per.rows[6].cells[1], pv['p1'])
    set_cell(per.rows[6].cells[3], pv['p1_rel'])
    set_cell(per.rows[7].cells[1], 'Withheld in this copy')
    set_cell(per.rows[7].cells[3], 'Withheld in this copy')
    set_cell(per.rows[8].cells[1], 'Withheld in this copy')
    set_cell(per.rows[9].cells[1], pv.get('p2', 'Not applicable'))
    set_cell(per.rows[9].cells[3], pv.get('p2_rel', ''))
    set_cell(per.rows[10].cells[1], pv.get('p2_contact', 'Not applicable'))
    set_cell(per.rows[10].cells[3], pv.get('p2_contact', 'Not applicable'))
    set_cell(per.rows[11].cells[1], pv.get('p2_addr', 'Same address'))

    for i, v in enumerate(P['services']):
        set_cell(svc.rows[i + 1].cells[1], v)

    set_cell(a1.rows[1].cells[1], P['a_history'] + [''] + P['a_comm'])
    set_cell(a2.rows[3].cells[0], P['a_child'] + [''] + P['a_family'])
    set_cell(a2.rows[5].cells[0], P['a_interests'])
    set_cell(a2.rows[7].cells[0], P['a_strengths'])
    set_cell(a2.rows[9].cells[0], P['a_aspirations'])

    for tbl, key in ((ci, 'ci'), (cl, 'cl'), (semh, 'semh'), (sp, 'sp')):
        area = P['bfe'][key]
        set_cell(tbl.rows[2].cells[0], area['strengths'])
        rows = [tuple(_cell_lines(x) for x in r) for r in area['rows']]
        _fill_rows(tbl, 4, rows, 3)

    set_cell(cge.rows[1].cells[0], P['cge']['strengths'])
    _fill_rows(cge, 3, [tuple(_cell_lines(x) for x in r) for r in P['cge']['rows']], 3)
    if P.get('health_signoff'):
        sp_p = OxmlElement('w:p')
        cge._tbl.addnext(sp_p)
        from docx.text.paragraph import Paragraph
        para = Paragraph(sp_p, cge._parent)
        run = para.add_run(P['health_signoff'])
        run.bold = True

    set_cell(dh.rows[1].cells[0], P['dh']['strengths'])
    _fill_rows(dh, 3, [tuple(_cell_lines(x) for x in r) for r in P['dh']['rows']], 4)

    set_cell(ti.rows[0].cells[1], P['I'][0])
    set_cell(ti.rows[1].cells[1], P['I'][1])
    if len(P['I']) > 2:
        set_cell(ti.rows[2].cells[0], P['I'][2][0], bold=True)
        set_cell(ti.rows[2].cells[1], P['I'][2][1])
    set_cell(tj.rows[0].cells[1], P['J'][0])
    set_cell(tj.rows[1].cells[1], P['J'][1])

    # K: P['K'] maps template row index -> (label or None, date, who, appended)
    # P['K_extra'] : list of (after_row_index, label, date, who, appended) inserted as new rows
    del_trs = [tk.rows[i]._tr for i in P.get('K_delete', [])]
    anchors = {a: tk.rows[a]._tr for a, *_ in P.get('K_extra', [])}
    for idx, (label, date, who, app) in P['K'].items():
        cells = tk.rows[idx].cells
        if label is not None:
            set_cell(cells[0], label)
        set_cell(cells[1], date)
        set_cell(cells[2], who)
        set_cell(cells[3], app)
    from docx.table import _Row
    for after, label, date, who, app in reversed(P.get('K_extra', [])):
        src = anchors[after]
        new = copy.deepcopy(src)
        src.addnext(new)
        row = _Row(new, tk)
        for c, v in zip(row.cells, (label, date, who, app)):
            set_cell(c, v)
    for tr in del_trs:
        tr.getparent().remove(tr)

    set_cell(sign.rows[1].cells[0], P['la_sign'][0])
    set_cell(sign.rows[1].cells[1], P['la_sign'][1])
    set_cell(sign.rows[1].cells[2], P['la_sign'][2])
    return d


RENDER = {
    'bold-statutory': render_bold_statutory,
    'ef-table': render_ef_table,
    'national-template': render_national,
}

PLANS_DATA = []


# =====================================================================================
# r101  bold-statutory  SOUND  Ewa, 9, Year 4, vision impairment (albinism), bilingual
# =====================================================================================
PLANS_DATA.append(dict(
    file='r101.docx', layout='bold-statutory', bullet='•', sub='o', font='Arial',
    status='Final plan – amended following annual review',
    front=[
        ('Name', 'Ewa'),
        ('Age', '9 years'),
        ('Year group', 'Year 4'),
        ('Key stage', 'Key Stage 2'),
        ('School', "St Hilda's Catholic Primary School"),
        ('Languages', 'Polish at home; Ewa is fluent in Polish and English'),
        ('Plan date', '16 June 2026'),
        ('Date of most recent review', '12 May 2026 (annual review)'),
        ('EHC plan co-ordinator', 'Lisa Greenhalgh, Special Educational Needs Team'),
    ],
    A=[
        ('My story so far (told by Ewa\'s mum and dad, Agnieszka and Paweł, through a Polish interpreter at the annual review meeting on 12 May 2026)', [
            'Ewa was born in Wrocław and we came to Brackenfold when she was two. The doctors in Poland told us she has albinism, which affects her skin, her hair and her eyes. Her eyes move all the time and she cannot see small things far away, but she has never let this stop her.',
            'She started in the Nursery at St Hilda\'s and she has been there ever since. She has lots of friends and she is proud that she speaks two languages. She goes to Polish Saturday school and she reads Polish books with her grandma on video calls.',
            'We worry about her when she is outside in the sun, because she burns very quickly, and we worry about the move to a big secondary school where the building and the people will all be new to her.',
        ]),
        ('What Ewa told us (Ewa talked to Joanne, her Qualified Teacher of Vision Impairment (QTVI), on 29 April 2026 and drew a picture of her classroom. These are her own words.)', [
            '* "I like reading on my magnifier because the words go big and I can do it by myself."',
            '* "I don\'t like it when the teacher writes on the board in green pen. I can\'t see it at all."',
            '* "My best thing is gymnastics club. I can do a cartwheel and a handstand."',
            '* "Sometimes people say I\'m staring at them but I\'m just trying to see who they are."',
            '* "When I\'m big I want to be a vet, or a teacher like Mrs Duckworth."',
        ]),
        ('What we think (Ewa\'s parents)', [
            'We are happy with St Hilda\'s. We want Ewa to be independent and not to need an adult for everything. We would like her to learn to use a computer properly so that she can keep up at high school, and to be able to find her own way around town when she is older. We want her to keep her Polish.',
        ]),
        ('What people like and admire about Ewa', [
            '* She is kind, funny and very determined.',
            '* She is good at maths, especially mental arithmetic, and she loves stories.',
            '* She speaks and reads two languages.',
            '* She helps the younger children in the playground and she is a loyal friend.',
            '* She is brave about trying new things, for example gymnastics and the school choir.',
        ]),
        ('Hopes for the future', [
            'Ewa would like to be a vet or a teacher. Her parents hope she will go to Brackenfold Academy with her friends, do well in her exams and be able to travel and live independently as an adult.',
        ]),
    ],
    B_intro=[
        'Ewa has a vision impairment caused by oculocutaneous albinism. Her distance vision has been measured at 6/36, which means that she sees at six metres what a child with typical sight could see at thirty-six metres. She sees close-up print well when it is enlarged. She has nystagmus (her eyes move involuntarily), which makes reading tiring, and she finds bright light uncomfortable.',
        'Ewa speaks Polish at home and has English as an additional language. She is now fluent in both, and her language is not a barrier to her learning.',
    ],
    B=[
        dict(name='Communication and interaction', paras=[
            ('Ewa is a confident and chatty girl who enjoys talking with adults and children. Because she cannot see faces or gestures clearly across a room or a playground, she sometimes misses who is speaking and how people are feeling. She can find it hard to join a game that has already started, and she relies on friends calling her over.',
             'QTVI advice, April 2026; class teacher report, May 2026'),
        ]),
        dict(name='Cognition and learning', paras=[
            ('Ewa is working at the expected standard in maths and reading and just below it in writing. She reads print of size N24 (letters roughly twice the size of a normal book) comfortably, and can read smaller print for short periods using her video magnifier. She reads more slowly than her classmates and is tired by the afternoon. She cannot see the whiteboard from her seat without her own copy. She has started learning to touch-type and currently types about 12 words a minute.',
             'school assessment data, spring term 2026; QTVI functional vision assessment, April 2026'),
        ]),
        dict(name='Social, emotional and mental health', paras=[
            ('Ewa is a happy girl with a secure group of friends. She is becoming more aware that she is different and has told staff that she does not like using her magnifier in front of children she does not know. She does not yet explain her vision to new adults.',
             "educational psychologist's advice, March 2026; Ewa's views, April 2026"),
        ]),
        dict(name='Sensory and/or physical needs', paras=[
            ('Ewa moves confidently around her own school. In unfamiliar places she is cautious on stairs and at kerbs, especially when the light changes, and she holds an adult\'s hand when crossing roads. She has begun learning to use a long cane but is not yet using it on her own.',
             'Habilitation Specialist assessment, March 2026'),
        ]),
    ],
    C=[
        'Ewa has oculocutaneous albinism with nystagmus and is under the care of the Ophthalmology department at Royal Brackenfold Hospital. She wears prescription glasses with a light tint for all activities, and the hospital reviews her eyes and her glasses twice a year.',
        'Because of her albinism Ewa\'s skin burns very easily. She needs high-factor sun cream, a wide-brimmed hat and tinted glasses outdoors from April to September. The school nurse has written a sun-protection care plan with the family.',
        'Ewa is otherwise healthy. The Community Paediatrician\'s advice (April 2026) records no other health needs.',
    ],
    D=[
        'Ewa has no social care needs relating to her special educational needs or disability. Children\'s Services – Disabled Children\'s Team considered the request for advice and confirmed on 20 March 2026 that no assessment was needed, as Ewa\'s needs are met well at home by her parents and in school.',
        'The family were given information about the Short Breaks Local Offer and said they did not need short breaks at present.',
    ],
    E_intro=['The outcomes below were agreed with Ewa and her parents at the annual review. Each one says what we hope Ewa will be able to do in 12 months\' time (by June 2027) and the steps towards it.'],
    E=[
        ('', [
            dict(text="In 12 months' time, Ewa will type at 25 words a minute with at least 90% accuracy and will use the magnification software on her laptop to write, save and find her own work in at least three lessons every week, as recorded by her teaching assistant.",
                 steps=['By the end of the autumn term 2026, Ewa will type at 18 words a minute.',
                        'By Easter 2027, Ewa will open, save and print her own documents without help.']),
            dict(text="In 12 months' time, Ewa will use her video magnifier to read the class text and her copy of the board work without asking an adult to read it for her in 4 out of 5 English lessons, as recorded weekly by her teaching assistant.",
                 steps=['By Spring term 2027, Ewa will set up the magnifier herself at the start of the lesson.']),
            dict(text="In 12 months' time, Ewa will join a game or a conversation in the playground by going over to the group, saying who she is and asking to join, at 4 out of 5 playtimes observed by her learning mentor.",
                 steps=['By the end of the autumn term 2026, Ewa will tell a trusted adult when she could not work out who someone was.',
                        'By Easter 2027, Ewa will use her "name first" strategy in group games with her own class.']),
            dict(text="In 12 months' time, Ewa will explain her vision and what helps her, by giving a short talk to her class and by telling two new adults in school what they need to do, as recorded by her Qualified Teacher of Vision Impairment.",
                 steps=['Spring term 2027: Ewa plans her talk with her Qualified Teacher of Vision Impairment.']),
            dict(text="In 12 months' time, Ewa will walk the route from the school gate to the town library with her Habilitation Specialist following at a distance, using her long cane to find kerbs and steps safely, on three sessions in a row.",
                 steps=['By Easter 2027, Ewa will use her cane on her own around the school grounds.']),
            dict(text="In 12 months' time, Ewa will put on her own sun cream, hat and tinted glasses before going outside on every sunny day in the summer term 2027, without reminders, as checked weekly by her teaching assistant against her sun-protection care plan.",
                 steps=['By the end of May 2027, Ewa will need no more than one reminder a week.']),
        ]),
    ],
    F_intro=['All staff who work with Ewa will follow the advice of her Qualified Teacher of Vision Impairment (QTVI). The provision below will be in place from the date of this plan.'],
    F=[
        ('Vision support and teaching', [
            ('Visits from the Qualified Teacher of Vision Impairment (QTVI) to check that Ewa can get at all parts of the curriculum, set her targets, and advise and train staff.', 'Once every half term, 90 minutes each visit (6 visits a year)', 'QTVI, Sensory Support Service', 'School'),
            ('Teaching of touch-typing and of the magnification software on her laptop, on her own with an adult.', '2 x 30 mins per week', 'One session by the QTVI and one by a teaching assistant (TA) trained by the QTVI', 'Quiet room next to the Year 4 classroom'),
            ('A laptop with screen magnification software and a desktop video magnifier at her desk. The Sensory Support Service supplies the equipment; its technician sets it up and checks it every half term. The class TA makes sure the laptop is charged each morning.', 'Available in every lesson', 'Sensory Support Service technician; class TA', 'Classroom'),
            ('All printed work enlarged to N24 (about twice the size of normal book print) on matt paper, and her own copy of anything shown on the board.', 'Throughout the school day', 'Prepared by the higher level teaching assistant (HLTA), planned by the class teacher', 'All lessons'),
            ('Modified large print papers and 25% extra time in all tests, including the national tests at the end of Key Stage 2. The special educational needs co-ordinator (SENCo) applies for and arranges these.', 'Every test and assessment', 'SENCo', 'School'),
            ('Seating with her back to the window, near the front, with blinds lowered and the whiteboard brightness turned down.', 'Every lesson', 'Class teacher', 'All teaching rooms'),
        ]),
        ('Social confidence', [
            ('A "joining in" group to practise introducing herself and joining games, using role play and playground games.', 'Weekly, 20 minutes, small group (max 4), autumn and spring terms', 'Learning mentor, with a plan written by the QTVI', 'School hall and playground'),
            ('Sessions to help Ewa understand her own vision and plan a short talk for her class.', 'Four 1:1 sessions of 30 minutes in the spring term 2027', 'QTVI', 'School'),
        ]),
        ('Mobility and independence', [
            ('Habilitation training: long cane skills, learning routes around school and then around the town centre, road crossing.', 'Weekly, 45 minutes, 1:1, for 10 weeks then reviewed; a second 10-week block follows in the summer term 2027', 'Habilitation Specialist, Sensory Support Service', 'School and local area'),
            ('Practice of the same cane skills between habilitation sessions, following the Habilitation Specialist\'s written programme.', 'Daily, 10 minutes, 1:1', 'Class TA', 'School grounds'),
        ]),
        ('Sun protection', [
            ('Support to follow her sun-protection care plan: a visual checklist by the classroom door, a named hat and sun cream kept in class, and a check before she goes outside.', 'Before every outdoor session, April to September', 'Class TA', 'Classroom'),
        ]),
    ],
    G=[
        '* Ophthalmology, Royal Brackenfold Hospital: eye examination and review of Ewa\'s glasses and tinted lenses every 6 months by the consultant ophthalmologist\'s team.',
        '* Low Vision Clinic (hospital optometrist): review of Ewa\'s magnifiers once a year (1 hour appointment).',
        '* School Nursing Service: the school nurse will review Ewa\'s sun-protection care plan with her parents and school once a year, each March, before the summer term.',
        'Health content confirmed by DCO: Dr Helen Ashworth, Designated Clinical Officer (DCO) for Brackenfold, on 9 June 2026.',
    ],
    H1=['None. Ewa does not need social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970. Short breaks were discussed with the family and are not needed at present (see Section D).'],
    H2=['None.'],
    I=["St Hilda's Catholic Primary School, Brackenfold – mainstream voluntary aided primary school."],
    J=['The family have not asked for a personal budget.'],
    K=[
        ("Parents' advice and views", 'Agnieszka and Paweł (parents), with a Polish interpreter', '12 May 2026'),
        ("Ewa's views", 'Gathered by Joanne Hargreaves, Qualified Teacher of Vision Impairment', '29 April 2026'),
        ('Educational advice', "Claire Duckworth (class teacher) and Tom Fielding (SENCo), St Hilda's Catholic Primary School", '5 May 2026'),
        ('Advice from a qualified teacher of the visually impaired', 'Joanne Hargreaves, QTVI, Sensory Support Service', '29 April 2026'),
        ('Medical advice', 'Dr Priya Shah, Consultant Community Paediatrician, Community Paediatrics', '14 April 2026'),
        ('Ophthalmology clinic letter', 'Mr Daniel Oduya, Consultant Ophthalmologist, Royal Brackenfold Hospital', '3 March 2026'),
        ('School nursing advice', 'Kerry Walsh, School Nurse, School Nursing Service', '20 April 2026'),
        ('Psychological advice', 'Dr Marek Nowicki, Educational Psychologist', '17 March 2026'),
        ('Habilitation assessment', 'Sian Pickup, Habilitation Specialist, Sensory Support Service', '10 March 2026'),
        ('Social care advice', "Rachel Entwistle, Social Worker, Children's Services – Disabled Children's Team", '20 March 2026'),
    ],
    signoff=['Signed on behalf of Brackenfold Borough Council: Lisa Greenhalgh, EHC Plan Co-ordinator. Date: 16 June 2026.'],
))


# =====================================================================================
# r102  bold-statutory  FLAWED  Florin, 14, Year 9, Roma family, literacy + SEMH, EAL
# =====================================================================================
PLANS_DATA.append(dict(
    file='r102.docx', layout='bold-statutory', bullet='-', sub='o', font='Arial',
    status='Final EHC plan',
    front=[
        ('Child\'s name', 'Florin'),
        ('Age', '14'),
        ('Year group', 'Year 9'),
        ('Key stage', 'Key Stage 3'),
        ('School', 'Brackenfold Academy (mainstream secondary academy)'),
        ('Home languages', 'Romanian and Romani; Florin also speaks English fluently'),
        ('Plan date', '28 April 2026'),
        ('Date of most recent review', 'Not applicable – this is Florin\'s first EHC plan'),
    ],
    A=[
        ('My story so far (told by Florin\'s mother, Mirela, through a Romanian interpreter, 11 February 2026)', [
            'We came from Romania in 2019 when Florin was seven. We lived in Leeds and then Bradford, and since 2023 we have lived on sites in Lancashire. Florin has been to six schools. Every time he started to settle we had to move again, for work or because of the site, and he missed a lot of school in between.',
            'At home Florin is a big help. He looks after his little sisters and he reads the letters that come for us, even though reading is hard for him. He is very good with his hands and he fixes bikes and scooters with his uncle.',
            'We are now on the Moss Lane site and we want to stay. I want Florin to stay at Brackenfold Academy and finally learn to read and write properly. When teachers shout at him he gets angry and walks out, and then he gets into trouble. He is not a bad boy.',
        ]),
        ('What Florin says (Florin spoke in English with Dr Nowicki, the educational psychologist, on 24 February 2026. These are his own words.)', [
            '- "I\'m not thick. I just never stayed anywhere long enough to learn it."',
            '- "Reading is the worst. I hate reading out loud in front of everyone."',
            '- "I get angry when teachers shout. Then I just walk out."',
            '- "I\'m good at fixing stuff. I fixed my cousin\'s scooter and it goes faster now."',
            '- "I want to be a mechanic with my uncle, and drive a van."',
        ]),
        ('What people like and admire about Florin', [
            '- He is practical and patient when he is fixing or making something.',
            '- He is quick at working out money in his head.',
            '- He speaks three languages: Romanian, Romani and English.',
            '- He is caring with younger children and loyal to his friends.',
            '- He has a good sense of humour and gets on well with adults who take time to know him.',
        ]),
        ('Hopes for the future', [
            'Florin wants to become a mechanic and to pass his driving test one day. His mother hopes he will finish school, read and write well, and go on to college.',
        ]),
    ],
    B_intro=['Florin\'s education has been interrupted by several moves between schools. Assessment shows that, alongside these gaps, he has specific difficulties with reading and spelling of a dyslexic type (difficulty linking sounds and letters), and that his anger when he feels embarrassed is getting in the way of his learning.'],
    B=[
        dict(name='Communication and interaction', paras=[
            ('Florin speaks English fluently and understands spoken instructions and explanations well. He joins in class discussion when the topic interests him, but he will not read aloud or answer questions about a text in front of the class and becomes silent or angry if pressed.',
             'observation by the special educational needs co-ordinator (SENCo), January 2026; educational psychologist\'s advice, March 2026'),
        ]),
        dict(name='Cognition and learning', paras=[
            ('Florin\'s reasoning skills, especially when working with pictures and objects, are in the average range. His reading age is 7 years 6 months and his spelling age 7 years 2 months. He has difficulty hearing and blending the sounds in words and remembering spelling patterns, and he reads very slowly. He is quick at mental arithmetic with money but has gaps in written methods such as column subtraction and multiplication, because of missed teaching.',
             'specialist literacy assessment, February 2026; educational psychologist\'s advice, March 2026'),
        ]),
        dict(name='Social, emotional and mental health', paras=[
            ('Florin has walked out of lessons 14 times this school year, nearly always when he has been asked to read or write in front of others or when he feels an adult has spoken to him unfairly. He was suspended for one day in November 2025. After many moves he is slow to trust adults, but he responds well to a calm, consistent adult.',
             'school behaviour records, autumn and spring terms 2025-26; parent\'s advice, February 2026'),
        ]),
        dict(name='Sensory and/or physical needs', paras=[
            ('No sensory or physical needs have been identified in school.',
             'SENCo observation, January 2026'),
        ]),
    ],
    C=['Not known at this time. The family are not yet registered with a family doctor (GP) in Brackenfold.'],
    D=[
        'Florin and his family are not known to Children\'s Services; a check with the Children\'s Services duty team on 24 February 2026 confirmed this. Florin has no social care needs relating to his special educational needs. The family are well supported by relatives on the Moss Lane site.',
    ],
    E_intro=['Outcomes describe what Florin will be able to do in 12 months\' time (by April 2027).'],
    E=[
        ('', [
            dict(text="In 12 months' time, Florin will read a short article about cars or engines written at his level and answer 4 out of 5 questions about it, and his reading age on the school's standardised test will have risen from 7 years 6 months to at least 9 years.",
                 steps=['By the end of the summer term 2026, Florin will know all single letter sounds and the 20 most common letter pairs.',
                        'By Christmas 2026, Florin\'s reading age will be at least 8 years 3 months.']),
            dict(text="In 12 months' time, Florin will write a paragraph of at least five sentences with capital letters and full stops, spelling 80% of the words correctly, in three pieces of work each half term, as marked by his English teacher.",
                 steps=['Spring term 2027: Florin will use his spelling log to check his own work before handing it in.']),
            dict(text="In 12 months' time, Florin will use column methods to add, subtract and multiply amounts of money, getting 8 out of 10 questions right on the termly maths check.",
                 steps=[]),
            dict(text="In 12 months' time, Florin will use his time-out card instead of walking out of lessons, with no more than one walk-out each half term, as recorded on the school's behaviour system.",
                 steps=['By the end of the summer term 2026, Florin will use the card at least once with his learning mentor\'s reminder.',
                        'By Easter 2027, Florin will use the card without a reminder.']),
            dict(text="In 12 months' time, Florin's attendance will be at least 90% across the spring term 2027, and he will name two adults in school he trusts when asked by his learning mentor.",
                 steps=[]),
        ]),
    ],
    F=[
        ('Literacy', [
            ('Structured, multi-sensory phonics and spelling teaching (a programme for pupils with dyslexic-type difficulties).', 'Four mornings a week, 30 minutes, 1:2 for literacy', 'Specialist literacy teacher holding a dyslexia qualification', 'Learning Support base'),
            ('Reading practice using high-interest texts about vehicles, engines and tools, with questions to check understanding.', '3 x 15 minutes per week, 1:1', 'Teaching assistant (TA) trained by the specialist teacher', 'School library'),
            ('A reading pen (a pen that scans printed words and reads them aloud), supplied by school and kept charged and updated by the special educational needs co-ordinator (SENCo).', 'Available in every lesson', 'SENCo', 'All lessons'),
            ('A reader and 25% extra time in all tests and exams, assessed and arranged by the SENCo.', 'Every test and exam', 'SENCo and exams officer', 'Exam rooms'),
            ('Teachers will not ask Florin to read aloud in class unless he has offered to.', 'Every lesson', 'All subject teachers', 'All lessons'),
        ]),
        ('Maths', [
            ('Catch-up teaching of written methods using money problems, in a small group of 6.', '3 x 50 minutes per week (in place of one maths lesson and two tutor times)', 'Maths higher level teaching assistant (HLTA)', 'Maths department'),
        ]),
        ('Emotional wellbeing and behaviour', [
            ('A time-out card that lets Florin leave a lesson for a 10-minute break at the Learning Support base, returning with a member of staff.', 'Whenever he shows the card', 'Learning Support base staff', 'Learning Support base'),
            ('Check-in with a named key adult at the start of the day.', 'Daily, 8.35am, 5 minutes', 'Learning mentor', 'Learning Support base'),
            ('Mentoring sessions on managing anger and on what happens in his body before he walks out.', 'Weekly, 30 minutes, 1:1, for the whole school year', 'Learning mentor', 'Learning Support base'),
            ('Training for Florin\'s teachers on interrupted education and calm, non-confrontational responses.', 'One 1-hour session in the summer term 2026', 'Educational psychologist', 'School'),
        ]),
    ],
    G=['None.'],
    H1=['- None. Florin does not have a disability that needs services under section 2 of the Chronically Sick and Disabled Persons Act 1970. Early help was discussed with Florin\'s mother and she did not want a referral at this time.'],
    H2=['- The Traveller Education and Liaison Officer (TELO) will visit the family at home on the Moss Lane site once per fortnight (1 hr) to support Florin\'s attendance, to read and explain school letters with the family, and to pass Florin\'s records on quickly to any new school if the family move.'],
    I=['Brackenfold Academy – mainstream secondary academy (11-16).'],
    J=['No personal budget has been requested.'],
    K=[
        ('Parent\'s advice', 'Mirela (mother), with a Romanian interpreter', '11 February 2026'),
        ('Florin\'s views', 'Gathered by Dr Marek Nowicki, Educational Psychologist', '24 February 2026'),
        ('Educational advice', 'Gary Hindle, SENCo, Brackenfold Academy', '2 March 2026'),
        ('Specialist literacy assessment', 'Louise Kay, Specialist Teacher, Learning Support Service', '20 February 2026'),
        ('Psychological advice', 'Dr Marek Nowicki, Educational Psychologist', '9 March 2026'),
        ('Social care advice', 'Patrick Doherty, Traveller Education and Liaison Officer', '2 March 2026'),
        ('Preparing for adulthood advice', 'Imran Patel, Careers Adviser, Brackenfold Careers Service', '16 March 2026'),
    ],
    signoff=['Signed for Brackenfold Borough Council: Lisa Greenhalgh, EHC Plan Co-ordinator, 28 April 2026.'],
))


# =====================================================================================
# r103  bold-statutory  SOUND  Kacper, 20, post-19, Down syndrome + hearing loss
# =====================================================================================
PLANS_DATA.append(dict(
    file='r103.docx', layout='bold-statutory', bullet='•', sub='-', font='Verdana',
    F_style='bullets', K_style='bullets',
    status='Amended plan following annual review',
    front=[
        ('Young person', 'Kacper'),
        ('Age', '20'),
        ('Key stage', 'Post-19 (further education) – year 2 of a 3-year study programme'),
        ('College', 'Pennine Edge Specialist College'),
        ('Plan date', '3 September 2026'),
        ('Date of most recent review', '9 July 2026'),
        ('Language', 'Polish and English at home; Kacper mostly uses English, with signs'),
    ],
    A=[
        ('My story so far (told by Kacper\'s mum, Beata, at the annual review on 9 July 2026)', [
            'Kacper was born in Brackenfold and has Down syndrome. He was a happy, busy little boy. He went to Hollinbank Specialist School until he was 19 and then started at Pennine Edge. College has been the best thing for him: he has grown up so much and he has real friends there.',
            'He has worn hearing aids since he was four. He takes a tablet every morning for his thyroid. He is healthy and strong and walks everywhere with no difficulty – he would walk to town every day if we let him.',
            'My worry is what happens when college ends. I want him to have a job, somewhere of his own with the right support, and friends. I will not be here for ever.',
        ]),
        ('What I want people to know about me (Kacper\'s own words, recorded by his tutor, Sam, on 25 June 2026 using his talking mat with pictures)', [
            '• "I like college. I like cooking. I make pasta."',
            '• "Mill Café. I want job there. Wear apron."',
            '• "Bus on my own. Not Mum."',
            '• "Friends. Disco on Friday. Gym with Tomek."',
            '• "My flat. With Tomek. When I\'m big."',
            '• "Hearing aids – sometimes I forget. Too noisy in canteen."',
        ]),
        ('What people like and admire about Kacper', [
            '• He is friendly, polite and always says hello to everyone.',
            '• He works hard and takes pride in jobs he can do, such as laying tables and loading the dishwasher.',
            '• He has a great memory for people\'s names and for song lyrics.',
            '• He uses Makaton signs (a simple signing system) and his phone to help people understand him.',
        ]),
        ('Hopes for the future', [
            'Kacper wants a paid job in a café, to travel by bus on his own, to keep his friends, and one day to share a flat with his friend Tomek. His mum wants him to have work, his own home with support, and a good social life.',
        ]),
    ],
    B=[
        dict(name='Communication and interaction', paras=[
            ('Kacper understands short sentences about everyday things, especially with signs and pictures. He speaks in sentences of three to five words; people who know him understand him well, but unfamiliar people, such as shop staff, often need him to repeat himself. His hearing loss means he misses speech in noisy places such as the canteen.',
             'speech and language therapy report, June 2026; Teacher of the Deaf report, June 2026'),
        ]),
        dict(name='Cognition and learning', paras=[
            ('Kacper has a moderate to severe learning difficulty. He reads about 60 familiar words, including words he needs at work and on signs, can tell the time on a digital clock, and can count money to £5. He learns best with short steps, lots of practice and pictures. He finds it hard to check change or plan a new journey.',
             'college progress report, June 2026; educational psychologist\'s advice, June 2026'),
        ]),
        dict(name='Social, emotional and mental health', paras=[
            ('Kacper is sociable and has a close group of friends at college. He becomes anxious when routines change without warning, for example when a bus is cancelled, and may stand still and refuse to move until a familiar adult arrives.',
             'college progress report, June 2026; parent\'s advice, July 2026'),
        ]),
        dict(name='Sensory and/or physical needs', paras=[
            ('Kacper has a mild to moderate hearing loss in both ears and wears two hearing aids. He does not yet check or clean them himself and sometimes takes them out in noisy rooms. He has low muscle tone in his hands, which makes fiddly tasks such as changing hearing aid batteries slow, but he walks long distances easily.',
             'Teacher of the Deaf report, June 2026; audiology report, April 2026'),
        ]),
    ],
    C=[
        '• Kacper has Down syndrome. His general health is checked once a year at a learning disability health check with his family doctor (GP), which includes the blood test for his thyroid (see below).',
        '• He has a permanent mild to moderate hearing loss in both ears and wears two hearing aids, which are fitted and reviewed by Paediatric and Adult Audiology at Royal Brackenfold Hospital.',
        '• He has an underactive thyroid (hypothyroidism) and takes one tablet (levothyroxine) every morning at home. His mum gives it to him now; he would like to manage it himself. He needs a blood test once a year.',
        '• Kacper has no difficulty walking and has no other physical health needs.',
    ],
    D=[
        'Adult Social Care (Learning Disability Team) completed a Care Act needs assessment on 19 June 2026. Kacper has eligible needs for support to take part in community activities and to develop daily living skills. Without support he cannot go to town, the gym or social events on his own, and his mum is his main carer.',
    ],
    E_intro=['These outcomes were agreed with Kacper and his mum at the review. They run to the next annual review (July 2027) and cover the four preparing for adulthood areas: work, living independently, friends and community, and good health.'],
    E=[
        ('Work', [
            dict(text="In 12 months' time, Kacper will carry out three jobs at his work placement at the Mill Café (clearing tables, loading the dishwasher and restocking the counter) with no more than one prompt per job, on 8 out of 10 shifts recorded by his job coach, and he will be awarded the Entry Level 2 Certificate in Food Safety.",
                 steps=['By Christmas 2026, Kacper will clear and wipe tables with no prompts.',
                        'By Easter 2027, Kacper will load the dishwasher using his picture checklist.']),
        ]),
        ('Living independently', [
            dict(text="In 12 months' time, Kacper will travel on the 464 bus between home and college on his own, five days a week, and will go to the town centre shops and gym on his own on Saturdays, with his travel trainer\'s sign-off.",
                 steps=['By the end of the autumn term 2026, Kacper will travel to college with the travel trainer sitting further back on the bus.',
                        'Spring term 2027: Kacper will do the college journey on his own with a phone check-in.']),
            dict(text="In 12 months' time, Kacper will pay for shopping costing less than £10 and check his change with the calculator app on his phone on 4 out of 5 shop visits, as recorded by his tutor or personal assistant.",
                 steps=['By Easter 2027, Kacper will choose the right note to pay for items under £5.']),
        ]),
        ('Friends and community', [
            dict(text="In 12 months' time, Kacper will arrange to meet a friend at the Friday social club or the gym by sending a text message himself, at least twice a month, as recorded by his personal assistant.",
                 steps=['By Christmas 2026, Kacper will reply to a friend\'s message with a time and place.']),
            dict(text="In 12 months' time, Kacper will order food and drink in a café and ask a member of the public for help, using clear four-word sentences and signs, and be understood first time on 4 out of 5 occasions observed by his speech and language therapist.",
                 steps=[]),
        ]),
        ('Good health', [
            dict(text="In 12 months' time, Kacper will put in, check and clean his hearing aids and change the batteries himself on five college days out of five, as recorded on his hearing aid chart.",
                 steps=['By Easter 2027, Kacper will change the batteries with one prompt.']),
            dict(text="In 12 months' time, Kacper will take his morning thyroid tablet himself from a weekly pill organiser, checked by his mum, every day for four weeks in a row.",
                 steps=['By the end of the spring term 2027, Kacper will fill the pill organiser with his nurse.']),
        ]),
    ],
    F_intro=['Kacper attends Pennine Edge Specialist College on a three-day timetable with two mornings of supported work placement.'],
    F=[
        ('Study programme and work', [
            ('Study programme including English, maths, food safety and independent living, in a class of 8 students with a tutor and two learning support assistants.', 'Mondays, Tuesdays and Thursdays, 9.30am to 3.00pm, 36 weeks a year', 'College tutor (qualified teacher) and learning support assistants', 'Pennine Edge Specialist College'),
            ('Supported work placement with a job coach who teaches each job step by step with a picture checklist and gradually steps back.', 'Wednesday and Friday mornings, 3 hours each, 1:1 reducing to distance supervision', 'College job coach', 'Mill Café, Brackenfold town centre'),
            ('Preparation for the Entry Level 2 Certificate in Food Safety, with the test read aloud and extra time arranged by the college exams officer.', 'Weekly, 1 hour, group of 8', 'College tutor; exams officer', 'College'),
        ]),
        ('Travel, money and daily living', [
            ('Travel training on the bus route to college and then to the town centre, using a photo route card and a phone check-in.', 'Four mornings a week in the autumn term, 1 hour each, 1:1; then twice a week, 1 hour each, in the spring term', 'College travel trainer', 'Home to college; town centre'),
            ('May and June 2027: the travel trainer will shadow Kacper at a distance on the Saturday town centre route.', 'Twice a week, 1 hour each time', 'College travel trainer', 'Town centre'),
            ('Money and shopping sessions using real coins, notes and the calculator app, practised in the college shop and local shops.', '2 x 45 minutes per week, group of 4', 'Learning support assistant', 'College and local shops'),
        ]),
        ('Communication and hearing', [
            ('Direct speech and language therapy on clear speech, four-word sentences and signs for use in shops and cafés.', 'Weekly, 30 minutes, 1:1, in term time', 'Speech and language therapist, college therapy team', 'College'),
            ('Visit to Kacper\'s work placement to advise his job coach and the café staff on how to communicate with him.', 'Once each half term, 1 hour', 'Speech and language therapist', 'Mill Café'),
            ('A radio aid (a small microphone worn by the tutor that sends speech straight to Kacper\'s hearing aids). The Sensory Support Service supplies it and its Teacher of the Deaf checks and maintains it.', 'Used in all group sessions', 'Tutor wears it; Teacher of the Deaf maintains it', 'College'),
            ('Visits from a qualified Teacher of the Deaf to check Kacper\'s listening, the radio aid and the room acoustics, and to train new staff.', 'Once a term, 90 minutes', 'Teacher of the Deaf, Sensory Support Service', 'College'),
            ('Hearing aid routine: checking, cleaning and changing batteries using a picture sequence.', 'Daily, 10 minutes at the start of the college day, 1:1', 'Learning support assistant trained by the Teacher of the Deaf', 'College'),
        ]),
        ('Friends and relationships', [
            ('Friendships and relationships course, including using his phone to arrange meeting friends.', 'Weekly, 1 hour, group of 6', 'College tutor', 'College'),
        ]),
    ],
    G=[
        '• Audiology, Royal Brackenfold Hospital: hearing test and hearing aid review every 6 months; new ear moulds and repairs when needed, with batteries posted to the family every 3 months.',
        '• Family doctor (GP): annual learning disability health check, including a thyroid blood test, once a year.',
        '• Community Learning Disability Nurse: four 1-hour sessions with Kacper and his mum in the autumn term 2026 to write his health action plan and set up his weekly pill organiser, then a review visit every 6 months.',
        'Health content confirmed by DCO: Dr Helen Ashworth, Designated Clinical Officer (DCO), Brackenfold, 26 August 2026.',
    ],
    H1=['Not applicable. Section 2 of the Chronically Sick and Disabled Persons Act 1970 applies to under-18s; Kacper is 20 and his support is provided under the Care Act 2014 (see H2).'],
    H2=[
        '• Community support from a personal assistant to go to the gym, the town centre and social events, and to practise shopping: 6 hours a week (Saturdays, 10am to 4pm), arranged by Adult Social Care and paid for through a direct payment (see Section J).',
        '• Short stays at Heather Lodge short break service to give Kacper time away from home with friends and to give his mum a break: two nights a month.',
        '• Adult Social Care will review the support plan every 12 months, next in June 2027.',
    ],
    I=['Pennine Edge Specialist College – independent specialist post-16 institution (approved under section 41 of the Children and Families Act 2014).'],
    J=['Kacper\'s mum manages a direct payment of £117 a week from Adult Social Care to employ his personal assistant (6 hours a week). This supports the travel, money and friendship outcomes in Section E.'],
    K=[
        ('Kacper\'s views', 'Kacper, recorded by his college tutor', '25 June 2026'),
        ('Parent\'s advice', 'Beata (mother)', '9 July 2026'),
        ('Educational advice', 'Curriculum Lead, Pennine Edge Specialist College', '30 June 2026'),
        ('Medical advice', 'Dr Yusuf Hussain, family doctor (GP), annual health check summary', '12 May 2026'),
        ('Audiology report', 'Clinical Scientist, Audiology, Royal Brackenfold Hospital', '4 April 2026'),
        ('Learning disability nursing advice', 'Community Learning Disability Nurse, Brackenfold Community Learning Disability Team', '15 June 2026'),
        ('Speech and language therapy report', 'Speech and Language Therapist, Pennine Edge college therapy team', '16 June 2026'),
        ('Advice from a qualified Teacher of the Deaf', 'Gemma Haworth, Teacher of the Deaf, Sensory Support Service', '8 June 2026'),
        ('Psychological advice', 'Dr Marek Nowicki, Educational Psychologist', '2 June 2026'),
        ('Social care advice (Care Act needs assessment)', 'Adult Social Care, Learning Disability Team', '19 June 2026'),
        ('Preparing for adulthood advice', 'Imran Patel, Careers Adviser, Brackenfold Careers Service', '23 June 2026'),
    ],
    signoff=['Signed for Brackenfold Borough Council by Lisa Greenhalgh, EHC Plan Co-ordinator, on 3 September 2026.'],
))


# =====================================================================================
# r104  bold-statutory  FLAWED  Maja, 3, early years, cerebral visual impairment + GDD
# =====================================================================================
PLANS_DATA.append(dict(
    file='r104.docx', layout='bold-statutory', bullet='•', sub='o', font='Arial',
    status='Final EHC plan',
    front=[
        ('Name', 'Maja'),
        ('Age', '3 years 2 months'),
        ('Key stage', 'Early Years Foundation Stage (EYFS)'),
        ('Setting', 'Cotton Row Nursery School – 15 hours a week (five mornings)'),
        ('Home language', 'Polish'),
        ('Plan date', '22 September 2025'),
        ('Date of most recent review', 'Not yet reviewed'),
    ],
    A=[
        ('All about me', [
            'I am Maja and I am three. I love the bubble tube in the sensory room and anything shiny or sparkly. I like it when Mummy sings to me in Polish and when Tata throws me up in the air.',
            'I don\'t like loud noises or lots of people talking at once. I like my key person, Jenny. Please give me time to look at things and to find them with my hands.',
            'I want to walk by myself and play with the other children.',
        ]),
        ('My story so far (told by Maja\'s mum and dad, Katarzyna and Marcin, through a Polish interpreter at home on 30 June 2025)', [
            'Maja was born at 28 weeks and spent ten weeks in the neonatal unit. When she was about eight months old we noticed she did not look at our faces. The doctors told us she has cerebral visual impairment – her eyes work but her brain finds it hard to make sense of what she sees.',
            'She is a happy girl who laughs a lot. She has learned to sit, to crawl and to stand holding the sofa. She says "mama", "tata", "am" (food) and a few other words, in Polish and English.',
            'We want her to walk, to talk, to have friends and to go to school with other children. We want the nursery and the hospital to talk to each other so that we do not have to explain everything again and again.',
        ]),
        ('What people like and admire about Maja', [
            '• She has a lovely laugh and a great sense of fun.',
            '• She loves music and will stop and listen to a song, and she joins in by rocking and clapping.',
            '• She is determined: she keeps trying to pull herself up to stand.',
            '• She explores with her hands and recognises her favourite toys by touch.',
        ]),
        ('Hopes for the future', [
            'Maja\'s parents hope that she will walk on her own, talk in Polish and English, make friends and go to a school near home with the right help.',
        ]),
    ],
    B=[
        dict(name='Communication and interaction', paras=[
            ('Maja uses about ten single words in Polish and English and some sounds and gestures, such as reaching up to be lifted. She understands familiar routines and simple phrases linked to them ("dinner time", "coat on"). She watches and listens to adults she knows but rarely starts an interaction with other children.',
             'speech and language therapy advice, June 2025; key person observations, July 2025'),
        ]),
        dict(name='Cognition and learning', paras=[
            ('Maja is curious and learns best through touch, sound and movement. She finds toys more easily against a plain, dark background and when there is little clutter around her. She looks at bright, shiny or moving objects but often does not notice objects that are still. She is working within the 8 to 20 months range of the early years curriculum.',
             'Qualified Teacher of Vision Impairment (QTVI) advice, July 2025; Portage records, June 2025'),
        ]),
        dict(name='Social, emotional and mental health', paras=[
            ('Maja is settled and happy at nursery and has a warm bond with her key person. She becomes upset and covers her ears in noisy rooms and during busy times such as tidy-up.',
             'report from the nursery special educational needs co-ordinator (SENCo), July 2025'),
        ]),
        dict(name='Sensory and/or physical needs', paras=[
            ('Maja has cerebral visual impairment (CVI), which means her brain finds it hard to process what her eyes see, especially in busy or cluttered places. She also has a squint and wears glasses, but she often pulls them off. She has global developmental delay: she sits well, crawls, pulls to stand and walks along furniture, but cannot yet walk without holding on.',
             'QTVI advice, July 2025; physiotherapy advice, July 2025; ophthalmology letter, June 2025'),
        ]),
    ],
    C=[
        '• Maja was born at 28 weeks. She has global developmental delay and is reviewed by Community Paediatrics.',
        '• She has cerebral visual impairment (CVI) and is under the care of the Ophthalmology department at Royal Brackenfold Hospital.',
        '• She has a squint in her left eye and wears glasses all day. The squint is being watched by the Orthoptics service.',
    ],
    D=[
        'Maja has no social care needs relating to her special educational needs or disability. Children\'s Services – Disabled Children\'s Team screened the request on 4 July 2025 and found that Maja\'s needs are being met by her parents, who are well supported by family and friends. Short breaks were discussed: the family do not want them now and would like the information again when Maja is older.',
    ],
    E_intro=['By September 2026 (12 months from this plan) we hope Maja will be able to do the following.'],
    E=[
        ('', [
            dict(text="In 12 months' time, Maja will reach for and pick up a familiar toy placed on a plain black tray within 30cm of her, on 4 out of 5 tries, as recorded by her key person each fortnight.",
                 steps=['By Christmas 2025, Maja will turn towards a lit-up or shiny toy held to her right side.']),
            dict(text="In 12 months' time, Maja will walk ten steps across the nursery room holding one adult\'s hand, and will push her walker the length of the garden path, as recorded by her physiotherapist.",
                 steps=['By Easter 2026, Maja will stand holding on with one hand for 30 seconds.']),
            dict(text="In 12 months' time, Maja will use 30 words or signs (Polish or English) to ask for things or people, as counted in the word diary kept by her key person and her parents.",
                 steps=['By the end of the spring term 2026, Maja will use 15 words or signs.']),
            dict(text="In 12 months' time, Maja will join a small song group with three other children and stay for the whole 5 minutes on 4 out of 5 days, as recorded by her key person.",
                 steps=[]),
            dict(text="In 12 months' time, Maja will keep her glasses on for the whole nursery morning on 4 out of 5 days, as recorded on the nursery\'s glasses chart.",
                 steps=['By Christmas 2025, Maja will keep her glasses on for the first hour of the session.']),
        ]),
    ],
    F=[
        ('Vision', [
            ('Teaching and advice from the Qualified Teacher of Vision Impairment (QTVI), including setting up a CVI-friendly play space, training the key person, and home visits to show the family the same strategies.', 'Once per fortnight (1 hr), alternating between nursery and home', 'QTVI, Sensory Support Service', 'Nursery and home'),
            ('A quiet play corner with a black background board, a light box and a small set of high-contrast toys, kept free of clutter.', 'Set up every session', 'Key person; checked each visit by the QTVI', 'Nursery'),
            ('Looking and reaching activities from the QTVI\'s programme.', 'Daily, 15 minutes, 1:1', 'Key person trained by the QTVI', 'Nursery'),
        ]),
        ('Learning and communication', [
            ('Home teaching using the Portage model (small-step teaching goals shared with parents).', 'Weekly, 1 hour', 'Portage home visitor', 'Home'),
            ('A speech and language therapist will set a communication programme (objects of reference, simple signs, Polish and English words) and review it with the key person and parents.', 'Once a half term, 1 hour each visit', 'Speech and language therapist', 'Nursery'),
            ('Communication programme: objects of reference (real objects that stand for activities), signing and naming during play and routines.', 'Daily, 10 minutes, 1:1, and in every routine', 'Key person', 'Nursery'),
            ('Small song and music group for joining in with other children.', 'Daily, 5 to 10 minutes, group of 4 children with 1 adult', 'Key person', 'Nursery quiet room'),
        ]),
        ('Physical development', [
            ('A physiotherapist will set and update a standing and walking programme and show nursery staff how to use Maja\'s walker.', 'Every three weeks, 45 minutes', 'Children\'s physiotherapist', 'Nursery'),
            ('Standing and walking practice from the physiotherapy programme.', 'Daily, 10 minutes, 1:1', 'Key person', 'Nursery'),
            ('A walker, supplied, adjusted and maintained by the Children\'s Physiotherapy service.', 'Available every session', 'Children\'s physiotherapist', 'Nursery'),
        ]),
        ('Support across the session', [
            ('1:1 adult support throughout each nursery session, from a key person trained in CVI strategies, including putting her glasses back on calmly and keeping her away from noisy areas at busy times.', 'Five mornings a week, 3 hours each (15 hours a week)', 'Key person (nursery practitioner)', 'Nursery'),
        ]),
    ],
    G=[
        '• Ophthalmology, Royal Brackenfold Hospital: eye examination and review of Maja\'s glasses every 6 months.',
        '• Community Paediatrics: developmental review by Dr Priya Shah, Consultant Community Paediatrician, every 4 months.',
        '• Orthoptics will continue to monitor Maja\'s squint.',
    ],
    H1=['None – see Section D.'],
    H2=['None.'],
    I=['Cotton Row Nursery School – maintained nursery school.'],
    J=['No personal budget has been requested.'],
    K=[
        ("Parents' advice", 'Katarzyna and Marcin (parents), with a Polish interpreter', '30 June 2025'),
        ('Educational advice', 'Jenny Pilling (key person) and Sue Barker (SENCo), Cotton Row Nursery School', '14 July 2025'),
        ('Advice from a qualified teacher of the visually impaired', 'Joanne Hargreaves, QTVI, Sensory Support Service', '8 July 2025'),
        ('Medical advice', 'Dr Priya Shah, Consultant Community Paediatrician', '2 July 2025'),
        ('Ophthalmology clinic letter', 'Mr Daniel Oduya, Consultant Ophthalmologist, Royal Brackenfold Hospital', '10 June 2025'),
        ('Physiotherapy advice', "Ruth Ingham, Children's Physiotherapist", '1 July 2025'),
        ('Speech and language therapy advice', 'Hannah Brierley, Speech and Language Therapist', '25 June 2025'),
        ('Portage report', 'Anne Marsden, Portage Home Visitor', '20 June 2025'),
        ('Psychological advice', 'Dr Sarah Holt, Educational Psychologist', '21 July 2025'),
        ('Social care advice', "Rachel Entwistle, Social Worker, Children's Services – Disabled Children's Team", '4 July 2025'),
    ],
    signoff=['Issued by Brackenfold Borough Council Special Educational Needs Team (Lisa Greenhalgh, EHC Plan Co-ordinator) on 22 September 2025.'],
))


# =====================================================================================
# r105  ef-table  SOUND  Lacey-Mae, 3, early years, Irish Traveller family, hearing loss
# =====================================================================================
PLANS_DATA.append(dict(
    file='r105.docx', layout='ef-table', font='Calibri', hlevel=2,
    front=[
        ('Name', 'Lacey-Mae'),
        ('Age', '3 years 6 months'),
        ('Key stage', 'Early Years Foundation Stage (EYFS) – Nursery class, 15 hours a week'),
        ('Setting', 'Weavers Green Primary School Nursery'),
        ('Plan date', '2 March 2026'),
        ('Date of most recent review', '14 September 2026 (six-month early years review – no changes needed)'),
    ],
    A=[
        ('My story so far (told by Lacey-Mae\'s mammy, Bridget, and her nan, at home on the Hollin Bridge site, 20 January 2026)', [
            'Lacey-Mae is our first. She had the hearing test when she was born and they told us then that she had a hearing loss. She has had hearing aids since she was one. She is a strong little girl – she runs everywhere, climbs everything and loves being outside with the horses and the dogs.',
            'We travel in the summer to see family and to the fairs, so she sometimes misses appointments. The health visitor helps us sort them out.',
            'We want her to talk and be understood by everyone, not just us. We want her to go to school with her cousins, to learn to read and write, and to keep our ways and be proud of who she is.',
        ]),
        ('What Lacey-Mae tells us through play (gathered by her key person, Amy, over three nursery sessions in January 2026)', [
            'Amy watched what Lacey-Mae chose, what made her smile and what she pushed away, and shared photos with Bridget to check what she had seen.',
            '* She goes straight to the farm and horse toys and the water tray every morning, and she smiles and babbles when Amy joins her play.',
            '* She brings Amy the photo card of the slide when she wants to go outside.',
            '* She pulls out her hearing aids and puts her hands over her ears when the room gets noisy. Amy thinks this is her way of telling us it is too loud.',
            '* She cries and holds on to Mammy at the door, but stops once she is at the horse toys with Amy.',
        ]),
        ('What people like and admire about Lacey-Mae', [
            '* She is brave, active and full of fun.',
            '* She is good at puzzles and works out how things fit together.',
            '* She is gentle with animals and with the babies in her family.',
            '* She watches faces carefully and copies what adults do.',
        ]),
        ('Hopes for the future', [
            'Bridget hopes Lacey-Mae will talk clearly, go to school with her cousins, learn to read and write, and have a job she chooses. Amy and Bridget both say that Lacey-Mae\'s love of horses and animals is the best way in to her learning.',
        ]),
    ],
    B=[
        dict(name='Communication and interaction', paras=[
            ('Lacey-Mae uses about 30 single words and a few two-word phrases, such as "horse gone". She understands more than she can say, especially when she can see the speaker\'s face. Her speech sounds are unclear because she does not hear all sounds, particularly quiet sounds such as "s" and "f".',
             'Teacher of the Deaf advice, January 2026; speech and language therapy advice, January 2026'),
        ]),
        dict(name='Cognition and learning', paras=[
            ('Lacey-Mae is curious and a good problem solver: she completes six-piece puzzles and sorts animals by type. Her attention is short in noisy places because she cannot pick out the adult\'s voice, and she finds it hard to take turns in a game.',
             'nursery assessment, January 2026; educational psychologist\'s advice, January 2026'),
        ]),
        dict(name='Social, emotional and mental health', paras=[
            ('She is confident with her family and with Amy, but shy with adults she does not know. She is upset when Mammy leaves each morning, for about ten minutes.',
             'key person observations, January 2026'),
        ]),
        dict(name='Sensory and/or physical needs', paras=[
            ('Lacey-Mae has a permanent moderate hearing loss in both ears and wears two hearing aids. She takes them out in noisy places. She has no difficulty walking, running or climbing; her physical development is a strength.',
             'Teacher of the Deaf advice, January 2026; audiology report, December 2025'),
        ]),
    ],
    C=[
        '* Lacey-Mae has a permanent moderate sensorineural hearing loss in both ears (caused by the inner ear, not by a blockage). It was picked up by the newborn hearing screen. She wears two behind-the-ear hearing aids.',
        '* She gets ear infections and glue ear (fluid behind the eardrum) most winters, which make her hearing worse for a few weeks at a time.',
        '* She has no difficulty walking and no other health needs.',
    ],
    D=[
        'Lacey-Mae has no social care needs relating to her hearing loss. Children\'s Services – Disabled Children\'s Team gave advice on 5 February 2026: the family are well supported by their extended family on the site and do not need social care services. Short breaks were discussed and are not wanted at present; the team will send details of the summer play scheme for deaf children.',
    ],
    EF_head=['Outcome (in 12 months\' time, by March 2027)', 'Provision – what will happen', 'Frequency – how much / how often', 'Who will do it'],
    EF_intro=['Each outcome is followed by the special educational provision that will help Lacey-Mae achieve it. Health provision is in Section G.'],
    EF=[
        ('Communication', [
            dict(outcome=dict(text="In 12 months' time, Lacey-Mae will use 100 words and put two words together (for example \"more juice\", \"horse gone\") in play at nursery and at home, as counted in a word diary by Amy and Bridget each half term.",
                              steps=['By the end of the summer term 2026, Lacey-Mae will use 50 words.', 'By Christmas 2026, she will use two-word phrases in play every day.']),
                 prov=[('Direct speech and language therapy (SALT) using play with horses, farm animals and water, 1:1, plus a written programme for staff and family.', 'Every three weeks, 45 minutes', 'Hannah Brierley, Speech and Language Therapist'),
                       ('Language programme from the speech and language therapist, in play: naming, modelling two-word phrases, waiting for Lacey-Mae to speak.', 'Four mornings a week, 10 minutes, 1:1', 'Amy (key person), trained by the speech and language therapist'),
                       ('Visits from a qualified Teacher of the Deaf (ToD) to teach listening and language, check her hearing aids and advise staff; home visits to show the family the same activities.', 'Once per fortnight (1 hr) at nursery, plus one home visit each half term (1 hr)', 'Gemma Haworth, Teacher of the Deaf, Sensory Support Service')]),
        ]),
        ('Listening and learning', [
            dict(outcome=dict(text="In 12 months' time, Lacey-Mae will turn when her name is called from 2 metres away in the busy nursery room, and follow a two-part instruction (\"get your coat and put it on\") at small group time, on 4 out of 5 tries recorded by the Teacher of the Deaf each fortnight.",
                              steps=['By Easter 2026, Lacey-Mae will turn to her name in the quiet room.']),
                 prov=[('A radio aid (a small microphone worn by Amy that sends her voice straight to Lacey-Mae\'s hearing aids) at group times and outdoors. Supplied and maintained by the Sensory Support Service; Amy checks it works at the start of each session.', 'Every session', 'Amy (daily check); ToD (maintenance)'),
                       ('Small group listening time in the quiet room, with a plain background and no music playing.', 'Daily, 10 minutes, small group (max 4)', 'Amy (key person)'),
                       ('Deaf awareness training for all nursery staff (seating, lighting, getting attention, using the radio aid).', 'One 2-hour session in March 2026, refreshed each September', 'Teacher of the Deaf')]),
            dict(outcome=dict(text="In 12 months' time, Lacey-Mae will play a turn-taking game (such as a farm lotto) with one other child and an adult for 5 minutes, waiting for her turn, on 3 out of 4 occasions recorded by the nursery teaching assistant.",
                              steps=[]),
                 prov=[('Turn-taking games using animal-themed games.', '2 x 15 mins per week, 1 adult to 2 children', 'Nursery teaching assistant')]),
        ]),
        ('Settling and wellbeing', [
            dict(outcome=dict(text="In 12 months' time, Lacey-Mae will say goodbye to Mammy at the nursery door and join an activity within 5 minutes on 4 out of 5 mornings, as recorded by Amy.",
                              steps=['By the end of the summer term 2026, she will go to Amy at the door with a photo of the horse toys.']),
                 prov=[('A settling routine: Amy greets Lacey-Mae at the door with her photo book of nursery and family, and goes with her to the horse toys.', 'Every session', 'Amy (key person)')]),
        ]),
        ('Hearing aids and health', [
            dict(outcome=dict(text="In 12 months' time, Lacey-Mae will keep both hearing aids in for the whole 3-hour nursery session on 4 out of 5 days, and will show an adult when an aid whistles or her ear hurts by pointing to her ear, as recorded on the nursery hearing aid chart.",
                              steps=['By Christmas 2026, she will keep her aids in during group time without reminders.']),
                 prov=[('Hearing aid and listening check (a quick sound check with six speech sounds) at the start of each session, with any flat battery replaced straight away.', 'Daily, 5 minutes', 'Amy, trained by the Teacher of the Deaf')]),
        ]),
    ],
    G=[
        '* Paediatric Audiology, Royal Brackenfold Hospital: hearing test and hearing aid check every 3 months, with new ear moulds as she grows (usually every 3 months). Batteries are posted to the family, including to a summer address if they are travelling.',
        '* Health Visitor (Traveller liaison): a home visit once a month on the site to support hearing aid wearing and care of her ears during infections, and to rebook any audiology appointments missed while the family travel.',
        'Health content confirmed by DCO: Dr Helen Ashworth (Designated Clinical Officer) confirmed the health sections on 24 February 2026.',
    ],
    H1=['None. Short breaks were discussed (see Section D) and are not wanted at present.'],
    H2=['None. The family know they can ask the Disabled Children\'s Team for advice again at any time.'],
    I=['Weavers Green Primary School – mainstream maintained primary school, Nursery class (15 hours a week).'],
    J=['No personal budget has been requested.'],
    K_head=['Advice', 'From', 'Date received'],
    K=[
        ("Parent's advice", 'Bridget (mother)', '20 January 2026'),
        ("Lacey-Mae's views, gathered through play", 'Amy Nuttall, key person, Weavers Green Nursery', '23 January 2026'),
        ('Educational advice', 'Nursery teacher and special educational needs co-ordinator, Weavers Green Primary School', '22 January 2026'),
        ('Advice from a qualified Teacher of the Deaf', 'Gemma Haworth, Teacher of the Deaf, Sensory Support Service', '12 January 2026'),
        ('Medical advice', 'Dr Priya Shah, Consultant Community Paediatrician, Community Paediatrics', '9 January 2026'),
        ('Audiology report', 'Paediatric Audiology, Royal Brackenfold Hospital (Clinical Scientist)', '15 December 2025'),
        ('Health visiting advice', 'Bernie Connors, Health Visitor (Traveller liaison)', '13 January 2026'),
        ('Speech and language therapy advice', 'Hannah Brierley, Speech and Language Therapist', '7 January 2026'),
        ('Psychological advice', 'Dr Marek Nowicki, Educational Psychologist', '26 January 2026'),
        ('Social care advice', "Rachel Entwistle, Social Worker, Children's Services – Disabled Children's Team", '5 February 2026'),
        ('Other educational advice (attendance and family liaison)', 'Patrick Doherty, Traveller Education and Liaison Officer', '18 January 2026'),
    ],
    signoff=['Issued for Brackenfold Borough Council by Lisa Greenhalgh, EHC Plan Co-ordinator, 2 March 2026.'],
))


# =====================================================================================
# r106  ef-table  FLAWED  Darius, 10, Year 5, ADHD, literacy, Romanian family
# =====================================================================================
PLANS_DATA.append(dict(
    file='r106.docx', layout='ef-table', font='Calibri', hlevel=1,
    front=[
        ('Name', 'Darius'),
        ('Age', '10'),
        ('Year group', 'Year 5'),
        ('Key stage', 'Key Stage 2'),
        ('School', 'Holy Trinity Church of England Primary School'),
        ('Plan date', '10 February 2026'),
        ('Date of most recent review', '21 January 2026'),
    ],
    A=[
        ('My story so far (told by Darius\'s mum and dad, Elena and Ionuț, through a Romanian interpreter, 8 January 2026)', [
            'We came to England from Romania in 2022, when Darius was six. In Romania his teachers said he was naughty. Here the school asked the doctor to see him, and in March 2024 he was told he has ADHD (attention deficit hyperactivity disorder). Now we understand him better.',
            'At home he never stops moving. He cannot sit to eat a meal, and he is up very late because he cannot fall asleep. When he has slept badly everything is harder for him the next day.',
            'Things have been better since Mrs Lord started working with him. We are worried that he is behind with reading and writing, and that other children do not invite him to play.',
        ]),
        ('What Darius says (Darius talked in English to Mrs Lord, his teaching assistant, on 12 January 2026. These are his words.)', [
            '* "I like football and drawing dragons. And Minecraft – I built a whole castle with a moat."',
            '* "I hate writing. My hand hurts and I forget what I want to say."',
            '* "I get told off for shouting out but I just forget."',
            '* "Mrs Lord helps me. She doesn\'t shout."',
        ]),
        ('What people like and admire about Darius', [
            '* He is full of energy, funny and kind.',
            '* He is creative and draws detailed dragons and castles.',
            '* He is quick with number facts and times tables.',
            '* He is a fast and skilful footballer.',
        ]),
    ],
    B_intro=['Darius has a diagnosis of attention deficit hyperactivity disorder (ADHD). He speaks Romanian at home and has English as an additional language (EAL); his everyday English is fluent but he is still learning the vocabulary used in lessons.'],
    B=[
        dict(name='Communication and interaction', paras=[
            ('Darius talks confidently in English and Romanian. He calls out answers and interrupts others, often more than ten times in a lesson, and misses parts of spoken instructions if they are longer than one step.',
             'class teacher report, January 2026; educational psychologist\'s advice, December 2025'),
        ]),
        dict(name='Cognition and learning', paras=[
            ('Darius\'s reading age is 7 years 0 months and his writing is short and hard to read. He is working at the expected standard for number facts and times tables but below it in reasoning and problem solving, because he rushes and does not check his work. He can stay on a task for about five minutes before he needs to move or is distracted.',
             'school assessment, autumn term 2025; educational psychologist\'s advice, December 2025'),
        ]),
        dict(name='Social, emotional and mental health', paras=[
            ('Darius enjoys playing with other children, but games at playtime often end in arguments, usually over rules, and he is then upset for the next lesson. He can tell an adult how he feels once he has calmed down.',
             'playground incident log, autumn term 2025; parents\' advice, January 2026'),
        ]),
        dict(name='Sensory and/or physical needs', paras=[
            ('Darius holds his pencil in a tight fist grip and his handwriting is slow and tiring. He needs to move often to help him concentrate.',
             'occupational therapy advice, December 2025'),
        ]),
    ],
    C=[
        '* Darius has ADHD, diagnosed by Community Paediatrics in March 2024. He takes slow-release medication (methylphenidate) each morning at home, and the paediatrician reviews his dose, height, weight and blood pressure every six months.',
        '* Darius has great difficulty getting to sleep and is often awake until after 11pm. His parents say that after a bad night he is more restless and impulsive. The paediatrician\'s advice (December 2025) says that his sleep needs to be assessed.',
    ],
    D=[
        'Darius has no social care needs relating to his special educational needs or disability. Children\'s Services – Disabled Children\'s Team gave advice on 5 December 2025: the family do not need social care services. Short breaks and early help from the school\'s family support worker were discussed with the family, who did not want either at this time.',
    ],
    EF_head=['Outcome', 'Provision', 'Frequency', 'Who'],
    EF=[
        ('Attention and behaviour for learning', [
            dict(outcome='Darius will have a 1:1 teaching assistant in all lessons so that he is happier and calmer in class.',
                 prov=[('1:1 teaching assistant (TA) support in all lessons to help Darius start tasks, break them into steps and reward effort on his points chart.', 'Throughout the school day (27.5 hours a week)', 'Teaching assistant (Mrs Lord), trained in ADHD strategies by the special educational needs co-ordinator (SENCo)')]),
            dict(outcome=dict(text="In 12 months' time, Darius will work on a task on his own for 15 minutes with no more than one reminder, in 4 out of 5 lessons observed by his class teacher.",
                              steps=['By Easter 2026, 8 minutes with one reminder.', 'By Christmas 2026, 12 minutes.']),
                 prov=[('Where possible, Darius will have a 5-minute movement break (jobs such as taking the register to the office) with his TA after every 20 minutes of seated work.', 'After every 20 minutes of seated work', 'TA'),
                       ('The class teacher should give Darius instructions one step at a time, with a visual checklist and a sand timer on his desk.', 'Every lesson', 'Class teacher'),
                       ('A wobble cushion and a fidget tool, provided by school and replaced by the SENCo if they wear out.', 'Available in every lesson', 'SENCo')]),
            dict(outcome=dict(text="In 12 months' time, Darius will put his hand up and wait to be asked, calling out no more than three times in a lesson, as tallied weekly by his TA.",
                              steps=['By the end of the summer term 2026, no more than six times in a lesson.']),
                 prov=[('Zones of Regulation group (a programme that teaches children to recognise and manage their feelings and energy levels).', 'Weekly, 30 minutes, group of 6', 'Emotional Literacy Support Assistant (ELSA)')]),
        ]),
        ('Reading and writing', [
            dict(outcome=dict(text="In 12 months' time, Darius\'s reading age will rise from 7 years 0 months to at least 8 years 6 months, and he will read a book at his level aloud with 95% accuracy, as checked by the SENCo each term.",
                              steps=['By the end of the summer term 2026, reading age 7 years 8 months.']),
                 prov=[('Precision teaching of high-frequency words (short, daily, timed practice).', 'Daily, 10 minutes, 1:1', 'TA trained by the SENCo'),
                       ('Phonics catch-up teaching.', '3 x 20 minutes per week, small group (max 4)', 'Higher level teaching assistant (HLTA)')]),
            dict(outcome=dict(text="In 12 months' time, Darius will write six sentences in joined handwriting that his teacher can read, within 10 minutes, in three pieces of work each half term.",
                              steps=['By Easter 2026, Darius will use the tripod pencil grip without reminders.']),
                 prov=[('Occupational therapist (OT) visit to assess Darius\'s handwriting, update his programme and show staff how to use it.', 'Once each half term, 1 hour', 'Laura Kenyon, Occupational Therapist'),
                       ('Handwriting and hand-strength programme from the OT.', 'Daily, 10 minutes, 1:1', 'TA'),
                       ('A writing slope and pencil grips, supplied by school and kept in his tray.', 'Every writing lesson', 'TA checks daily')]),
        ]),
        ('Friendships', [
            dict(outcome=dict(text="In 12 months' time, Darius will play a whole playtime game with other children without an argument that needs an adult to sort out, on 4 out of 5 days recorded by the playground supervisor.",
                              steps=[]),
                 prov=[('Structured playtime club: practising rules, taking turns and losing well in playground games.', '2 x 20 minutes per week, group of 6', 'Learning mentor')]),
        ]),
    ],
    G=[
        '* Community Paediatrics: review of Darius\'s ADHD medication (dose, height, weight and blood pressure) by Dr Priya Shah, Consultant Community Paediatrician, every 6 months.',
        'Health content confirmed by DCO: Dr Helen Ashworth, Designated Clinical Officer (DCO), 4 February 2026.',
    ],
    H1=['None (see Section D).'],
    H2=['None (see Section D).'],
    I=['Holy Trinity Church of England Primary School – mainstream voluntary controlled primary school.'],
    J=['No personal budget has been requested.'],
    K=[
        ("Parents' advice", 'Elena and Ionuț (parents), with a Romanian interpreter', '8 January 2026'),
        ("Darius's views", 'Recorded by Mrs Lord, teaching assistant', '12 January 2026'),
        ('Educational advice', 'Class teacher and SENCo, Holy Trinity Church of England Primary School', '14 January 2026'),
        ('Medical advice', 'Dr Priya Shah, Consultant Community Paediatrician', '9 December 2025'),
        ('Occupational therapy advice', 'Laura Kenyon, Occupational Therapist', '3 December 2025'),
        ('Psychological advice', 'Dr Sarah Holt, Educational Psychologist', '18 December 2025'),
        ('Social care advice', "Rachel Entwistle, Social Worker, Children's Services – Disabled Children's Team", '5 December 2025'),
    ],
    signoff=['Issued for Brackenfold Borough Council by Lisa Greenhalgh, EHC Plan Co-ordinator, on 10 February 2026.'],
))


# =====================================================================================
# r107  ef-table  FLAWED  Oliwia, 15, Year 10, autism + anxiety, child protection plan
# =====================================================================================
PLANS_DATA.append(dict(
    file='r107.docx', layout='ef-table', font='Calibri', hlevel=2,
    front=[
        ('Name', 'Oliwia'),
        ('Age', '15'),
        ('Year group', 'Year 10'),
        ('Key stage', 'Key Stage 4'),
        ('School', 'Brackenfold Academy'),
        ('Plan date', '18 May 2026'),
        ('Date of most recent review', '29 April 2026'),
    ],
    A=[
        ('My story so far (told by Oliwia\'s mum, Justyna, 14 April 2026)', [
            'Oliwia was diagnosed with autism when she was eight. She has always struggled with change and with noise. Since Year 7 she has found school harder and harder. She has meltdowns at home after school nearly every day and spends most of her time in her room.',
            'She has no friends at school. Last year she refused to go to school for six weeks. This year has been very difficult at home for all of us.',
            'I want the school to understand her autism and to stop giving her detentions for being late to lessons when she is avoiding the corridors. I want her to get her GCSEs (the exams at 16) and go to college.',
        ]),
        ('What Oliwia says (Oliwia wrote these answers on a questionnaire with her key worker on 20 April 2026)', [
            '* "I hate the canteen and the corridors. It is too loud and people push."',
            '* "I can\'t cope when the timetable changes and nobody tells me."',
            '* "I don\'t like group work. People don\'t listen to me."',
            '* "I want to go to college to do animal care or art, and work in a vet\'s or an animal rescue centre."',
            '* "I want to be able to get the bus on my own."',
        ]),
        ('Hopes for the future', [
            'Oliwia wants to study animal care or art at college and work with animals. Her mum hopes she will pass her GCSEs, go to college and become more independent.',
        ]),
    ],
    B_intro=['Oliwia is autistic and has high levels of anxiety.'],
    B=[
        dict(name='Communication and interaction', paras=[
            ('Oliwia has significant difficulties with social communication. She finds it very hard to start or keep a conversation going, takes language literally and misunderstands jokes and sarcasm. She does not ask for help in lessons and will not speak in front of the class.',
             'Autism Outreach Team advice, March 2026'),
        ]),
        dict(name='Cognition and learning', paras=[
            ('Oliwia is working below her target grades in most subjects because of the school she has missed. She struggles with organisation, homework and planning longer pieces of writing, and she cannot cope with open-ended tasks.',
             'school tracking data, spring term 2026; educational psychologist\'s advice, March 2026'),
        ]),
        dict(name='Social, emotional and mental health', paras=[
            ('Oliwia\'s anxiety has got much worse since the begining of Year 9. Her attendance this year is 71%. She shuts down in lessons when she is overwhelmed and has occassionally scratched her arms when distressed. She has no friendships in school.',
             'attendance records, April 2026; Child and Adolescent Mental Health Services (CAMHS) letter, April 2026'),
        ]),
        dict(name='Sensory and/or physical needs', paras=[
            ('Oliwia is over-sensitive to noise, smells and crowds and becomes overwhelmed in the canteen and corridors.',
             'Autism Outreach Team advice, March 2026'),
        ]),
    ],
    C=[
        '* Oliwia\'s autism was diagnosed by Community Paediatrics in 2019 and she has since been discharged from their care.',
        '* She has anxiety and has been seen by CAMHS since October 2025. She has a safety plan because she has occasionally scratched her arms when very distressed.',
    ],
    D=[
        'Oliwia, her mum and her two younger brothers have been subject to a child protection plan since January 2026, under the category of emotional abuse, following domestic abuse by Oliwia\'s father. Mum and the children now live apart from him. Oliwia has found the changes at home very hard and her anxiety has increased.',
    ],
    EF_head=['Outcome', 'Provision (what will happen)', 'Frequency', 'Who'],
    EF_intro=['The outcomes below cover Oliwia\'s learning and her preparation for adult life: education and work, living independently, friends and community, and good health. They describe what we want Oliwia to acheive by May 2027.'],
    EF=[
        ('Education and work', [
            dict(outcome=dict(text="In 12 months' time, Oliwia will attend school for at least 90% of sessions in the spring term 2027, arriving for registration after her morning check-in.",
                              steps=['By the end of the autumn term 2026, attendance of at least 85%.']),
                 prov=[('Oliwia will recieve a morning check-in with her key worker to go through the day and any timetable changes.', 'Daily, 10 minutes, 8.30am', 'Key worker (teaching assistant trained by the Autism Outreach Team)'),
                       ('A pass to leave each lesson 3 minutes early so that she avoids crowded corridors, arranged by her Head of Year; no detentions for this.', 'Every lesson', 'Head of Year; all subject teachers'),
                       ('A seperate quiet room (the Hub) for break and lunch, supervised by a teaching assistant, and ear defenders provided by the special educational needs co-ordinator (SENCo).', 'Every break and lunchtime', 'Teaching assistant; SENCo'),
                       ('Autism Outreach Team visit to advise staff on a low-arousal enviroment and to train Oliwia\'s teachers.', 'Once a half term, 1.5 hours', 'Specialist teacher, Autism Outreach Team')]),
            dict(outcome=dict(text="In 12 months' time, Oliwia will complete a one-week work experience placement at an animal rescue centre, with a report from her supervisor saying that she followed instructions and asked for help when she needed it, and she will visit the animal care course at Brackenfold College.",
                              steps=['By Christmas 2026, Oliwia will choose her placement with the careers adviser.']),
                 prov=[('Careers guidance on college courses and work with animals.', 'Three 1:1 sessions of 45 minutes during the year', 'Careers Adviser, Brackenfold Careers Service'),
                       ('Preparation for work experience (what to expect, who to ask for help) and a visit to the placement beforehand.', 'Four 30-minute 1:1 sessions and one visit of 2 hours in the spring term 2027', 'Key worker')]),
            dict(outcome=dict(text="In 12 months' time, Oliwia will hand in 8 out of 10 homework tasks on time, using her visual planner, as recorded on the school system.",
                              steps=[]),
                 prov=[('Homework club with help to plan and start tasks.', '3 afternoons a week, 45 minutes, group of 8', 'Teaching assistant'),
                       ('Visual planner checked with Oliwia.', 'Daily, 5 minutes at registration', 'Form tutor')]),
        ]),
        ('Living independently', [
            dict(outcome=dict(text="In 12 months' time, Oliwia will travel independantly by bus from home to Brackenfold College and back for her taster sessions, on three journeys in a row, as signed off by the travel trainer.",
                              steps=['Spring term 2027: Oliwia will do the journey with the travel trainer sitting apart from her.']),
                 prov=[('Independent travel training on the bus route to Brackenfold College.', 'Weekly, 1 hour, 1:1, for 8 weeks in the spring term 2027', 'Independent Travel Trainer, Brackenfold transport team')]),
        ]),
        ('Friends and community', [
            dict(outcome=dict(text="In 12 months' time, Oliwia will go to the school art club every week and talk to at least one other member at each session, as recorded by the art teacher.",
                              steps=['By Christmas 2026, Oliwia will go to art club with her key worker.']),
                 prov=[('Oliwia will take part in a small group social skills programme each week for 10 weeks.', 'Weekly for 10 weeks', 'School'),
                       ('Art club, with her key worker going with her for the first four weeks.', 'Weekly, 1 hour, after school', 'Art teacher; key worker')]),
        ]),
        ('Good health', [
            dict(outcome=dict(text="In 12 months' time, Oliwia will use her anxiety plan (a 1 to 5 scale and three calming strategies) to bring her anxiety down to 2 or 3 in 4 out of 5 situations she records in her diary, with no more than one shutdown in lessons each half term.",
                              steps=['By the end of the autumn term 2026, Oliwia will rate her anxiety on the scale with her key worker each day.']),
                 prov=[('Emotional Literacy Support Assistant (ELSA) sessions on recognising and managing anxiety, using her CAMHS plan.', 'Weekly, 45 minutes, 1:1, autumn and spring terms', 'ELSA')]),
        ]),
    ],
    G=[
        '* CAMHS: cognitive behavioural therapy (a talking therapy for anxiety) with a CAMHS clinical psychologist – 10 weekly sessions of 50 minutes from June 2026, then a review appointment.',
        '* CAMHS care co-ordinator: contact with Oliwia and her mum every 4 weeks, including review of her safety plan.',
        'Health content confirmed by DCO: Dr Helen Ashworth, Designated Clinical Officer (DCO), on 12 May 2026.',
    ],
    H1=['None.'],
    H2=['None.'],
    I=['Brackenfold Academy – mainstream secondary academy (11-16).'],
    J=['No personal budget has been requested.'],
    K=[
        ("Parent's advice", 'Justyna (mother)', '14 April 2026'),
        ("Oliwia's views", 'Oliwia, questionnaire completed with her key worker', '20 April 2026'),
        ('Educational advice', 'Gary Hindle, SENCo, Brackenfold Academy', '22 April 2026'),
        ('Autism advice', 'Specialist Teacher, Autism Outreach Team', '25 March 2026'),
        ('Medical advice', 'Dr Priya Shah, Consultant Community Paediatrician', '10 March 2026'),
        ('CAMHS advice', 'Clinical Psychologist, CAMHS Brackenfold', '2 April 2026'),
        ('Psychological advice', 'Dr Sarah Holt, Educational Psychologist', '16 March 2026'),
        ('Preparing for adulthood advice', 'Imran Patel, Careers Adviser, Brackenfold Careers Service', '1 April 2026'),
    ],
    signoff=['Issued by Brackenfold Borough Council (Lisa Greenhalgh, EHC Plan Co-ordinator), 18 May 2026.'],
))


# =====================================================================================
# r108  ef-table  FLAWED  Jaxon, 17, post-16 college, right hemiplegia + learning difficulty
# =====================================================================================
PLANS_DATA.append(dict(
    file='r108.docx', layout='ef-table', font='Calibri', hlevel=2,
    front=[
        ('Young person', 'Jaxon'),
        ('Age', '17'),
        ('Key stage', 'Post-16 (Key Stage 5) – second year of study programme'),
        ('College', 'Brackenfold College – Foundation Studies'),
        ('Plan date', '3 March 2025'),
        ('Date of most recent review', '20 November 2025'),
    ],
    A=[
        ('My story so far (told by Jaxon\'s mam, Shelley, and his grandad, 14 January 2025)', [
            'We are a Romany Gypsy family. We have lived in a house in Brackenfold since 2015 but we still go to the horse fairs every summer and Jaxon loves that more than anything. He had a stroke before he was born, and the doctors told us he has right hemiplegia – his right arm and leg are weak. He does everything with his left hand.',
            'He had a hard time at secondary school with bullying, but college has been good for him. He is out with his uncle every weekend cutting grass and helping with the horses.',
            'We want him to have a trade and work outdoors, and to be able to look after himself – cook his own food and manage his money – so he can have his own place near the family one day.',
        ]),
        ('What Jaxon says (Jaxon talked with his college tutor, Dean, on 21 January 2025. These are his words.)', [
            '* "I want to work outdoors, gardening or with horses. Not in an office."',
            '* "I\'m good on the ride-on mower at my uncle\'s."',
            '* "I want to cook my own tea, not just toast."',
            '* "Writing takes me ages because I only use one hand."',
            '* "I want to go out with my mates without my mam having to take me."',
        ]),
        ('What people like and admire about Jaxon', [
            '* He is hard-working and never gives up on a job.',
            '* He knows a lot about horses and is calm and confident with animals.',
            '* He is good at measuring and practical maths.',
            '* He is polite, funny and well liked by staff.',
        ]),
        ('Hopes for the future', [
            'Jaxon wants a job outdoors in gardening, grounds work or with horses, to cook for himself and to go out with friends independently. His family hope he will have a trade, his own home near them and a full life.',
        ]),
    ],
    B=[
        dict(name='Communication and interaction', paras=[
            ('Jaxon understands spoken information well and speaks clearly. He is quiet and shy in new groups and will not ask for help from staff he does not know.',
             'college tutor report, January 2025'),
        ]),
        dict(name='Cognition and learning', paras=[
            ('Jaxon has a moderate learning difficulty. He reads at about the level expected of a nine-year-old and understands more when text is short and has pictures. He is good at practical maths, such as measuring and weights. He writes only with his left hand and very slowly (about 8 words a minute), so he cannot keep up with note-taking or written tasks in lessons and needs a different way of recording his work.',
             'college learning support assessment; educational psychologist\'s advice, January 2025'),
        ]),
        dict(name='Social, emotional and mental health', paras=[
            ('Jaxon is confident with family and people he knows, but anxious in new places and with new people, because of bullying at school. He tends to stay quiet rather than say when something is wrong.',
             'parent\'s advice, January 2025; educational psychologist\'s advice, January 2025'),
        ]),
        dict(name='Sensory and/or physical needs', paras=[
            ('Jaxon has right hemiplegia (a form of cerebral palsy affecting one side of the body). He walks independently with a limp and wears a splint on his right ankle. His balance is poor on rough or sloping ground and he tires towards the end of the day. He cannot use two hands for tasks such as cutting food, opening tins or holding a pot while stirring.',
             'physiotherapy advice; occupational therapy advice, December 2024'),
        ]),
    ],
    C=[
        '* Jaxon has right hemiplegia. He needs a daily stretching programme to stop the muscles in his right leg and arm from tightening, and a physiotherapy review to keep the programme up to date.',
        '* He wears an ankle-foot splint (orthosis) on his right leg, which needs replacing as it wears or as he grows.',
        '* He finds one-handed daily living tasks, especially cooking, difficult and unsafe without adapted equipment and techniques.',
    ],
    D=[
        'Jaxon is known to Children\'s Services – Disabled Children\'s Team. Their assessment (January 2025) found that he needs support to go out socially without his family, because of his anxiety in new places and his physical needs, and that the family would benefit from regular short breaks.',
        'Jaxon will turn 18 in October 2025, so Adult Social Care will assess him for support after 18.',
    ],
    EF_head=['Outcome (by March 2026)', 'Provision', 'Frequency', 'Who'],
    EF=[
        ('Work and study', [
            dict(outcome=dict(text="In 12 months' time, Jaxon will complete the Level 1 Certificate in Practical Horticulture and a work placement one day a week with the Brackenfold Parks grounds team, with his supervisor reporting that he completes mowing, weeding and planting tasks safely on 8 out of 10 placement days.",
                              steps=['By the end of the summer term 2025, Jaxon will use the adapted tools safely without reminders.']),
                 prov=[('Level 1 horticulture course, in a class of 10 with a tutor and a learning support assistant (LSA).', 'Three days a week, 9.30am to 3.30pm, 36 weeks', 'Horticulture tutor and LSA'),
                       ('Supported work placement with a job coach, reducing as Jaxon becomes confident.', 'Thursdays, 9am to 2pm; job coach 1:1 for the first 4 weeks, then a weekly 1-hour visit', 'College job coach'),
                       ('One-handed and long-handled garden tools, supplied by the college and maintained by the horticulture technician.', 'Every practical session', 'Horticulture technician')]),
            dict(outcome=dict(text="In 12 months' time, Jaxon will read and follow a six-step written job sheet (for example, how to set up the mower) without help on 4 out of 5 occasions recorded by his tutor.",
                              steps=[]),
                 prov=[('Functional Skills English (reading for work, with short texts and pictures).', '3 x 1 hour per week, group of 8', 'Functional Skills tutor')]),
        ]),
        ('Living independently', [
            dict(outcome=dict(text="In 12 months' time, Jaxon will cook a simple hot meal (such as pasta with sauce) using one-handed techniques and adapted equipment, safely and without help, on three occasions observed by his independent living tutor.",
                              steps=['By the end of the summer term 2025, Jaxon will prepare a cold meal one-handed.']),
                 prov=[('Independent living sessions in the college training kitchen.', 'Weekly, 2 hours, group of 6', 'Independent living tutor')]),
            dict(outcome=dict(text="In 12 months' time, Jaxon will keep to a weekly lunch budget of £20 using a banking app on his phone, for four weeks in a row, as checked by his LSA.",
                              steps=[]),
                 prov=[('Money skills: budgeting and using a banking app.', 'Weekly, 1 hour, group of 6', 'LSA')]),
        ]),
        ('Friends and community', [
            dict(outcome=dict(text="In 12 months' time, Jaxon will go to the Saturday youth club with friends without his family on two Saturdays a month, and tell his tutor one thing he did there, as recorded in his tutorial notes.",
                              steps=[]),
                 prov=[('Confidence group in college: meeting new people, asking for help, dealing with unkind comments.', 'Weekly, 45 minutes, group of 6', 'College mentor')]),
        ]),
        ('Good health', [
            dict(outcome=dict(text="In 12 months' time, Jaxon will do his stretching programme himself every evening on 5 days out of 7, ticking his chart, and will wear his splint all day at college, as checked by his physiotherapist at each review.",
                              steps=[]),
                 prov=[('Check of his stretching chart and splint wear, and set-up of a daily reminder on his phone (health provision for his stretches and splint is in Section G).', 'Weekly, 10 minutes, 1:1', 'LSA')]),
        ]),
    ],
    G=[
        '* Community Physiotherapy: review of Jaxon\'s stretching programme every 3 months (1 hour, at college).',
        '* Orthotics, Royal Brackenfold Hospital: ankle-foot splint review every 6 months and replacement when needed.',
        '* Occupational therapy: weekly 45-minute 1:1 sessions in the college training kitchen during the summer term 2025 to teach Jaxon one-handed cooking techniques and how to use adapted kitchen equipment (a spike board, one-handed tin opener and pan holder), followed by a home programme.',
        'Health content confirmed by DCO: Dr Helen Ashworth, Designated Clinical Officer (DCO), 24 February 2025.',
    ],
    H1=['* Short breaks: the Saturday youth club for disabled young people at Pennine Youth, 10am to 3pm every other Saturday, with a support worker (1 worker to 3 young people), funded by Children\'s Services – Disabled Children\'s Team.'],
    H2=['* Adult Social Care transition worker to complete a Care Act needs assessment before Jaxon turns 18 (by September 2025), so that support continues without a gap.'],
    I=['Brackenfold College – general further education college.'],
    J=['No personal budget has been requested.'],
    K=[
        ("Parent's advice", 'Shelley (mother)', '14 January 2025'),
        ("Jaxon's views", 'Recorded by Dean Ormerod, college tutor', '21 January 2025'),
        ('Educational advice', 'Brackenfold College Learning Support', ''),
        ('Medical advice', 'Dr Priya Shah, Consultant Community Paediatrician', '6 December 2024'),
        ('Physiotherapy advice', 'Community Physiotherapy', 'Not dated'),
        ('Occupational therapy advice', 'Laura Kenyon, Occupational Therapist', '10 December 2024'),
        ('Orthotics report', 'Orthotics clinic, Royal Brackenfold Hospital', '11 November 2024'),
        ('Psychological advice', 'Dr Marek Nowicki, Educational Psychologist', '28 January 2025'),
        ('Social care advice', "Children's Services – Disabled Children's Team (social worker)", '17 January 2025'),
        ('Preparing for adulthood advice', 'Imran Patel, Careers Adviser, Brackenfold Careers Service', '20 January 2025'),
        ('Annual review report', 'Brackenfold College (Foundation Studies curriculum manager)', '12 November 2025'),
    ],
    signoff=['Issued for Brackenfold Borough Council by Lisa Greenhalgh, EHC Plan Co-ordinator, 3 March 2025.'],
))


# =====================================================================================
# r109  national-template  SOUND  Tomasz (Tomek), 11, Year 7, autism + developmental language disorder
# =====================================================================================
PLANS_DATA.append(dict(
    file='r109.docx', layout='national-template',
    plan_details=[
        ('Plan date', '4 November 2026'),
        ('Date of most recent review', "None yet – this is Tomek's first EHC plan"),
        ('Key stage', 'Key Stage 3 (Year 7)'),
        ('Plan status', 'Final'),
    ],
    personal=dict(name='Tomasz', preferred='Tomek', dob='Withheld in this copy (age 11, Year 7)', sex='Male',
                  ethnicity='White – Polish', lang_child='Polish and English', lang_parent='Polish',
                  p1='Katarzyna', p1_rel='Mother', p2='Michał', p2_rel='Father', p2_contact='Withheld in this copy',
                  p2_addr='Same address'),
    services=[
        'Brackenfold Academy (Year 7)',
        'Family doctor (GP) – details withheld in this copy. No current key health professional.',
        'Withheld in this copy',
        'No',
        "Speech and language therapist (Children's Speech and Language Therapy service); Specialist Teacher, Autism Outreach Team; Educational Psychologist",
        'No',
        'No',
        'Yes – appended',
        'No',
    ],
    a_history=[
        "My story so far (told by Tomek's mum and dad, Katarzyna and Michał, with a Polish interpreter, 20 September 2026)",
        'Tomek was born in Brackenfold in 2015. He was late to talk in both Polish and English, and when he was four the children\'s doctors told us he is autistic. At six the speech and language therapist found that he also has a language disorder.',
        "At St Hilda's Primary he had good support and a teaching assistant he loved. Moving to a big secondary school was our biggest worry. He has settled better than we expected, but he comes home exhausted and some days he does not want to go in because of the noise in the corridors.",
    ],
    a_comm=[
        'How Tomek communicates: Tomek speaks Polish at home and English at school. His developmental language disorder (DLD – a long-term difficulty learning and using language, which is not caused by another condition) affects both languages. He speaks in short sentences and needs time to find the right word. He understands best when people speak in short chunks and show pictures or written key words.',
    ],
    a_child=[
        "What Tomek says (Tomek talked with Mrs Rawcliffe, the special educational needs co-ordinator (SENCo), on 18 September 2026, with his mum there. These are his words.)",
        '"I like trains. I know all the stations from Brackenfold to Manchester Victoria."',
        '"Maths is easy. I like maths."',
        '"Corridors are too loud. Everybody pushes."',
        '"Sometimes teachers talk too fast and I don\'t know what to do."',
        '"I want to be a train driver."',
    ],
    a_family=[
        "What Tomek's parents say",
        'We are pleased he got his place at Brackenfold Academy. We want him to have a friend, to be less worried, and to learn to go on the bus by himself. Please keep talking to us – we can help at home if we know what school is working on.',
    ],
    a_interests=['Trains and timetables, drawing maps of railway lines, Minecraft, and swimming (he trains twice a week with a local club).'],
    a_strengths=['Tomek has an excellent memory for facts and routes. He is good at maths, honest, kind and follows rules carefully. He speaks two languages and is a strong swimmer.'],
    a_aspirations=['Tomek wants to be a train driver. His parents hope he will pass his GCSEs (the exams at 16), go to college, have good friends and travel and work independently as an adult.'],
    bfe=dict(
        ci=dict(strengths='Tomek is honest and direct, enjoys talking about his interests, and understands written key words and pictures well.',
                rows=[
                    ('Tomek has a developmental language disorder. He finds it hard to understand long spoken instructions and new subject words, and to put his ideas into longer sentences. (Evidence: speech and language therapy report, September 2026)',
                     ['• Direct speech and language therapy (SALT) on understanding instructions and using new vocabulary: 30 minutes, 1:1, once a week in term time for the autumn and spring terms (20 sessions), then reviewed – speech and language therapist, Children\'s Speech and Language Therapy service, in school.',
                      '• The speech and language therapist will visit once a term (three visits a year, 1 hour each) to meet Tomek\'s teachers and update the strategies in his pupil profile.',
                      '• Pre-teaching of new subject words before each topic: 2 x 30 mins per week, 1:2, by a higher level teaching assistant (HLTA) trained by the speech and language therapist, in the Learning Support base.',
                      '• All teachers give instructions in short chunks and write the key words on the board: every lesson.'],
                     dict(text="In 12 months' time, Tomek will follow a three-part spoken instruction in class without a reminder in 4 out of 5 lessons observed by his HLTA, and will use 10 new subject words correctly in his written work each half term.",
                          steps=['By Christmas 2026, Tomek will follow two-part instructions without a reminder.', 'By Easter 2027, Tomek will use his word book to check new words himself.'])),
                    ('Tomek is autistic. He finds it hard to start and keep up a conversation with other students and to understand jokes and unwritten social rules. He has not yet made a friend at secondary school. (Evidence: Autism Outreach Team advice, September 2026; parents\' advice, September 2026)',
                     ['• Social communication group (starting and keeping up conversations, understanding other people\'s points of view): weekly, 45 minutes, small group (max 4) of Year 7 students, led by the Specialist Teacher from the Autism Outreach Team, with a teaching assistant (TA) who continues the work between sessions.',
                      '• Lunchtime Lego and train club run by a TA: 3 lunchtimes a week, 30 minutes, group of 6.'],
                     dict(text="In 12 months' time, Tomek will start a conversation with a classmate and keep it going for at least three turns each, at lunchtime on 3 days a week, as recorded by his learning mentor.",
                          steps=['By Easter 2027, Tomek will invite one student to the train club.'])),
                ]),
        cl=dict(strengths='Tomek is working at the expected standard in maths and has an excellent memory for facts, routes and timetables.',
                rows=[
                    ('Tomek reads words accurately but does not always understand what he has read, especially when he has to work out something the text does not say directly. His reading comprehension age is 8 years 9 months. (Evidence: school assessment, September 2026; educational psychologist\'s advice, September 2026)',
                     ['• Reading comprehension teaching using Reciprocal Reading (a structured way of predicting, questioning, clarifying and summarising): 3 x 20 minutes per week, 1:2, HLTA trained in the programme, Learning Support base.',
                      '• Half of the texts chosen from his interests (trains, maps, travel).'],
                     dict(text="In 12 months' time, Tomek's reading comprehension age will be at least 10 years, and he will answer 'why' questions about a short text correctly 4 times out of 5, as checked by his HLTA each half term.",
                          steps=['Spring term 2027: reading comprehension age of at least 9 years 6 months.'])),
                    ('Tomek struggles to organise himself, remember equipment and keep track of homework across many subjects and teachers. (Evidence: form tutor report, October 2026)',
                     ['• Visual timetable and homework planner, checked with his form tutor: daily, 5 minutes at registration.',
                      '• Homework club: 3 afternoons a week, 45 minutes, group of 8, supervised by a TA.'],
                     dict(text='By the end of Year 7 (July 2027), Tomek will hand in 9 out of 10 homework tasks on time, as recorded on the school\'s online homework system.',
                          steps=[])),
                ]),
        semh=dict(strengths='Tomek is kind, honest and follows rules carefully. He tells adults he trusts when something is wrong.',
                  rows=[
                      ('Tomek becomes very anxious in busy corridors, with unexpected changes and with noise. At these times he freezes or leaves the room. (Evidence: Autism Outreach Team advice, September 2026; educational psychologist\'s advice, September 2026)',
                       ['• Check-in with his learning mentor to go through the day and any changes: daily at 8.40am, 10 minutes.',
                        '• A pass to leave lessons 2 minutes early to avoid crowded corridors, arranged by his Head of Year.',
                        '• Tomek can go to the Hub (a quiet room) at every break and lunchtime; a TA supervises.',
                        '• Teaching of an anxiety scale card and calming plan: 6 weekly 1:1 sessions of 30 minutes in the autumn term, learning mentor, then practised at each check-in.'],
                       dict(text='By the end of the spring term 2027, Tomek will use his anxiety scale card to tell an adult when he is at 3 or above and then follow his calming plan, in 4 out of 5 situations recorded by his learning mentor.',
                            steps=['By Christmas 2026, Tomek will use the card with a prompt from his learning mentor.'])),
                  ]),
        sp=dict(strengths='Tomek is fit and active and swims twice a week with a local club.',
                rows=[
                    ('Tomek is very sensitive to loud noise, especially in the canteen, sports hall and music room. (Evidence: Autism Outreach Team advice, September 2026)',
                     ['• Ear defenders, provided by the SENCo, who replaces them if they are lost or broken; Tomek wears them in the canteen, sports hall and assemblies whenever he chooses.',
                      '• Early lunch pass (5 minutes before the bell), arranged by his Head of Year.'],
                     dict(text="In 12 months' time, Tomek will decide for himself when to use his ear defenders and will stay in the canteen for the whole of his lunch on 4 days out of 5, as recorded by the lunchtime supervisor.",
                          steps=[])),
                ]),
    ),
    cge=dict(strengths='Tomek is healthy and active. He swims twice a week and eats and sleeps well.',
             rows=[
                 ('Tomek has no health care needs relating to his special educational needs. His autism was diagnosed by Community Paediatrics in 2019 and he was discharged in 2021. The school nurse\'s health advice (September 2026) confirms that there are no current health needs.',
                  'No health care provision is needed.', 'Not applicable.'),
             ]),
    dh=dict(strengths='Tomek lives with his mum, dad and younger sister, who are a close and supportive family.',
            rows=[
                ("Tomek has no social care needs relating to his special educational needs or disability. Children's Services – Disabled Children's Team considered the request for advice on 22 September 2026 and found no eligible needs; his parents meet his care needs. The family know about the Short Breaks Local Offer and about early help through the school's family support worker, and do not need either at present.",
                 'None – see Section D.', 'None – see Section D.', 'Not applicable.'),
            ]),
    I=['Brackenfold Academy', 'Mainstream secondary academy (11-16)'],
    J=['No personal budget has been requested.', 'Not applicable.'],
    K={
        1: ("Parents' advice", '20 September 2026', 'Katarzyna and Michał (parents), with a Polish interpreter', 'YES'),
        2: ("Tomek's views", '18 September 2026', 'Tomek, recorded by Mrs J Rawcliffe, SENCo, Brackenfold Academy', 'YES'),
        3: ('Educational advice', '2 October 2026', "Mrs J Rawcliffe, SENCo, Brackenfold Academy (with Tomek's primary school records)", 'YES'),
        4: (None, '15 September 2026', 'Dr Priya Shah, Consultant Community Paediatrician', 'YES'),
        5: (None, '25 September 2026', 'Dr Sarah Holt, Educational Psychologist', 'YES'),
        6: (None, '22 September 2026', "Rachel Entwistle, Social Worker, Children's Services – Disabled Children's Team", 'YES'),
        7: (None, '10 September 2026', "Speech and language therapist, Children's Speech and Language Therapy service", 'YES'),
    },
    K_extra=[
        (4, 'School nursing health advice', '16 September 2026', 'Kerry Walsh, School Nurse, School Nursing Service', 'YES'),
        (7, 'Autism advice', '29 September 2026', 'Specialist Teacher, Autism Outreach Team', 'YES'),
    ],
    la_sign=['Lisa Greenhalgh, EHC Plan Co-ordinator', 'Signed electronically', '4 November 2026'],
))


# =====================================================================================
# r110  national-template  FLAWED  Nicu, 7, Year 2, severe learning difficulties + epilepsy
# =====================================================================================
PLANS_DATA.append(dict(
    file='r110.docx', layout='national-template',
    plan_details=[
        ('Plan date', '8 July 2026'),
        ('Date of most recent review', '17 June 2026 (annual review)'),
        ('Key stage', 'Key Stage 1 (Year 2)'),
        ('Plan status', 'Amended following annual review'),
    ],
    personal=dict(name='Nicolae', preferred='Nicu', dob='Withheld in this copy (age 7)', sex='Male',
                  ethnicity='Roma (Romanian)', lang_child='Romanian (understands some English)', lang_parent='Romanian',
                  p1='Florentina', p1_rel='Mother', p2='Costel', p2_rel='Father', p2_contact='Withheld in this copy',
                  p2_addr='Same address'),
    services=[
        'Hollinbank Specialist School',
        'Dr Priya Shah, Community Paediatrics; Paediatric Neurology, Royal Brackenfold Hospital',
        'Withheld in this copy',
        "Yes – Children's Services – Disabled Children's Team (short breaks)",
        'SaLT; OT; EP; Paediatric Continence Service',
        'No',
        'No',
        'Yes – appended',
        'No',
    ],
    a_history=[
        'Nicu is a 7yo male with GDD/SLD (dx 2022 via CDC following HV referral at 18m) and epilepsy. Attended Cotton Row NS (EYFS) with 1:1 support; EHCP issued 2023. Transferred to Hollinbank SS (SLD/PMLD) Sept 2023. Currently assessed via the engagement model (pre-KS1 standards not yet accessible). MDT involvement ongoing (SaLT, OT, CCN, continence).',
        'Family originally from Romania; arrived UK 2019. Parents report settled home situation; older sibling (12) attends Brackenfold Academy.',
    ],
    a_comm=[
        'Comms: pre-verbal. Uses vocalisations, proximal gestures, OOR and PECS Ph.2; AAC trial (Proloquo2Go) commenced spring 2026. Receptive language est. 18-24m (formal assessment e.g. RDLS not accessible). Responds to own name inconsistently; better in Romanian.',
    ],
    a_child=[
        "Nicu's views: gathered via observation by class teacher (Ms Walmsley) and class TA across 3 sessions, June 2026, plus symbol-based choice-making.",
        'N. demonstrates clear preference for vestibular/proprioceptive input (swing, trampoline), cause-and-effect switch toys and music (esp. Romanian songs from home). Rejects (pushes away) messy play and high-arousal environments. Seeks proximity to familiar adults; initiates via reaching/leading.',
    ],
    a_family=[
        "Parents' views (via Romanian interpreter, 10 June 2026):",
        'We are happy at Hollinbank. We want Nicu to be able to show us what he wants, to be happy and to be safe when he has a seizure. We want to be able to take him to the shop with us without him getting upset.',
    ],
    a_interests=['Swing and trampoline; switch toys; water play; music, esp. Romanian songs.'],
    a_strengths=['Good gross motor skills (walks, climbs). Sociable with familiar adults. Emerging use of PECS to request. Good memory for routines and places.'],
    a_aspirations=['Parents: for Nicu to communicate his wants, to be happy and to join family life in the community (shops, church). School: increased intentional communication and engagement across settings.'],
    bfe=dict(
        ci=dict(strengths='Nicu enjoys interaction with familiar adults, smiles and vocalises to gain attention, and has begun using picture exchange to request.',
                rows=[
                    ('Nicu is pre-verbal and does not yet have a reliable way to tell people what he wants or does not want. (Evidence: SaLT report, May 2026)',
                     ['• Direct speech and language therapy focused on picture exchange and the iPad communication aid: 1:1, 30 minutes, fortnightly – Hannah Brierley, Speech and Language Therapist.',
                      '• Nicu will have opportunities to use his communication aid (iPad with symbol software) throughout the school day as appropriate.'],
                     dict(text='By EOY (Jul 2027), N. will demonstrate intentional comms via AAC/PECS Ph.3 to request preferred items across 3 contexts (class, dining hall, playground) at 80% accuracy on SaLT probe data.',
                          steps=['By Dec 2026: PECS Ph.3a discrimination (2 symbols) at 80%.'])),
                    ('Nicu understands familiar routines supported by objects, and some single words in Romanian and English. (Evidence: SaLT report, May 2026; class teacher report, June 2026)',
                     ['• Objects of reference and a symbol timetable at every change of activity, throughout the school day – class teacher and teaching assistants; key Romanian words from parents used by all staff.',
                      '• Intensive Interaction (following Nicu\'s lead to build two-way communication): daily, 10 minutes, 1:1, class teaching assistant trained by the speech and language therapist.'],
                     dict(text='By EOY, N. will respond to 10 key word instructions (ICW 1) in familiar routines w/ OOR in 4/5 trials per class data.',
                          steps=[])),
                ]),
        cl=dict(strengths='Nicu has a good memory for routines and places and enjoys cause-and-effect toys.',
                rows=[
                    ('Nicu explores objects briefly and needs adult support to stay with an activity for more than 1-2 minutes. (Evidence: class teacher report, June 2026)',
                     ['• Class of 8 pupils with a teacher and 3 teaching assistants, following a sensory curriculum with structured work stations: full time (32.5 hours a week).',
                      '• 1:1 work station session: daily, 15 minutes, teaching assistant.'],
                     dict(text='By EOY, N. will sustain engagement w/ adult-led task at workstation for 5 mins w/ ≤2 prompts in 4/5 sessions (engagement model).',
                          steps=[])),
                ]),
        semh=dict(strengths='Nicu is affectionate and settles quickly with familiar adults.',
                  rows=[
                      ('Nicu becomes distressed in noisy or unfamiliar places, such as shops, and may drop to the floor. (Evidence: parents\' advice, June 2026; OT advice, May 2026)',
                       ['• Sensory programme planned by the class teacher using the occupational therapist\'s advice: movement breaks on the swing or trampoline 3 times a day, 10 minutes each, with a teaching assistant.',
                        '• Visits to the local shop using a "now and next" board: weekly, 1 hour, 1 adult to 2 pupils, class team.'],
                       dict(text='By EOY, N. will tolerate community access (local shop) for 10 mins w/out dysregulation in 3 consecutive visits per class visit log.',
                            steps=[])),
                  ]),
        sp=dict(strengths='Nicu walks, runs and climbs confidently.',
                rows=[
                    ('Nicu uses a whole-hand grasp and cannot yet use a spoon on his own. (Evidence: OT advice, May 2026)',
                     ['• Fine motor and self-feeding programme written by the occupational therapist: daily at lunch, 15 minutes, 1:1, teaching assistant.',
                      '• Occupational therapist visit to review and update the programme: once a term, 1 hour – Laura Kenyon, Occupational Therapist.',
                      '• Adapted spoon and bowl, supplied by the occupational therapist and kept in class by the class teacher.'],
                     dict(text='By EOY, N. will self-feed w/ adapted spoon for 50% of lunchtime meal w/ ≤1 prompt across 5 consecutive days.',
                          steps=[])),
                ]),
    ),
    cge=dict(strengths='Nicu is generally well and growing normally.',
             rows=[
                 ('Nicu has global developmental delay and severe learning difficulties and is reviewed by Community Paediatrics.',
                  'Community Paediatrics: review of Nicu\'s development and growth every 6 months by Dr Priya Shah, Consultant Community Paediatrician.',
                  'See the outcomes in the tables above.'),
                 ('Nicu is not yet toilet trained and wears pads. He has long-standing constipation, managed with a daily laxative given at home. He also has epilepsy, with absence seizures most days and a tonic-clonic seizure about once a month; rescue medication (buccal midazolam) has been prescribed by his neurologist.',
                  'Paediatric Continence Service: continence assessment and toileting plan at school, reviewed every 3 months (45 minutes); pads supplied every 12 weeks.',
                  dict(text='By EOY (Jul 2027), N. will sit on the toilet for 2 mins at 4 scheduled times/day, voiding on ≥50% of sits, per toileting chart.', steps=[])),
             ]),
    health_signoff='Health content confirmed by DCO: Dr Helen Ashworth, Designated Clinical Officer (DCO), 30 June 2026.',
    dh=dict(strengths="Nicu's parents and older brother care for him well, and the family is well supported within the local Roma community.",
            rows=[
                ("Nicu needs constant supervision and care at home because of his learning difficulties and lack of awareness of danger, and his parents have asked for regular breaks. Children's Services – Disabled Children's Team assessed Nicu in April 2026 and agreed short breaks.",
                 "Short breaks: after-school club at Hollinbank every Thursday in term time (3.15pm to 5.30pm), with a 1:1 support worker, funded by the Disabled Children's Team.",
                 'None.',
                 dict(text='By Easter 2027, Nicu will stay at the Thursday club for the full session on 8 out of 10 weeks, as recorded by the club leader.', steps=[])),
            ]),
    I=['Hollinbank Specialist School', 'Maintained special school for pupils with severe and profound and multiple learning difficulties (ages 2-19)'],
    J=['No personal budget has been requested.', 'Not applicable.'],
    K={
        1: ("Parents' advice", '10 June 2026', 'Florentina and Costel (parents), with a Romanian interpreter', 'YES'),
        2: ("Nicu's views (observation and symbol choices)", '12 June 2026', 'Ms Walmsley, class teacher, Hollinbank Specialist School', 'YES'),
        3: ('Educational advice', '5 June 2026', 'Ms Walmsley, class teacher, and Deputy Headteacher (SENCo), Hollinbank Specialist School', 'YES'),
        4: (None, '20 May 2026', 'Dr Priya Shah, Consultant Community Paediatrician', 'YES'),
        5: (None, '14 June 2023', 'Dr Sarah Holt, Educational Psychologist (advice from the original EHC needs assessment)', 'YES'),
        6: (None, '24 April 2026', "Rachel Entwistle, Social Worker, Children's Services – Disabled Children's Team", 'YES'),
        7: (None, '19 May 2026', 'Hannah Brierley, Speech and Language Therapist', 'YES'),
    },
    K_extra=[
        (4, 'Paediatric Neurology clinic letter', '19 March 2026', 'Dr Alan Cowell, Consultant Paediatric Neurologist, Royal Brackenfold Hospital', 'YES'),
        (4, 'Continence advice', '2 May 2026', 'Specialist Nurse, Paediatric Continence Service', 'YES'),
        (7, 'Occupational therapy advice', '21 May 2026', 'Laura Kenyon, Occupational Therapist', 'YES'),
    ],
    K_delete=[8],
    la_sign=['Lisa Greenhalgh, EHC Plan Co-ordinator', 'Signed electronically', '8 July 2026'],
))


# =====================================================================================
# r111  national-template  FLAWED  Sara, 10, Year 6, vision impairment, child in need plan
# =====================================================================================
PLANS_DATA.append(dict(
    file='r111.docx', layout='national-template',
    plan_details=[
        ('Plan date', '15 January 2026'),
        ('Date of most recent review', '4 December 2025'),
        ('Key stage', 'Key Stage 2 (Year 6)'),
        ('Plan status', 'Amended following annual review'),
    ],
    personal=dict(name='Sara', preferred='Sara', dob='Withheld in this copy (age 10)', sex='Female',
                  ethnicity='White – British', lang_child='English', lang_parent='English',
                  p1='Leanne', p1_rel='Mother', p2='Not applicable', p2_rel='', p2_contact='Not applicable',
                  p2_addr='Not applicable'),
    services=[
        'Moorside Community Primary School (Year 6)',
        'Mr Daniel Oduya, Consultant Ophthalmologist, Royal Brackenfold Hospital',
        'Withheld in this copy',
        "Yes – child in need plan (Family Support Team). Social worker: Donna Hartley",
        'Qualified Teacher of Vision Impairment (QTVI); Habilitation Specialist; Educational Psychologist',
        'No',
        'No',
        'Yes – appended',
        'No',
    ],
    a_history=[
        "My story so far (told by Sara's mum, Leanne, 20 November 2025)",
        'Sara was born with cataracts in both eyes and had operations when she was six weeks old. She has no lenses in her eyes now, so she wears contact lenses and thick glasses, and her eyes wobble (nystagmus). She has been at Moorside since Reception and she loves it.',
        'It has been a hard couple of years for us. We have moved house three times and I have not been well myself. Sara has been brilliant through all of it. She sings all the time and she wants to be on the stage.',
        'I am worried about her going to Brackenfold Academy in September. It is a huge building and she will not know her way round.',
    ],
    a_comm=['Sara talks easily and confidently. She reads large print and uses a tablet to zoom in on text and the board.'],
    a_child=[
        "What Sara says (Sara's own words, written down by her QTVI on 10 November 2025)",
        '"I love singing and I\'m in the choir."',
        '"I hate it when I can\'t see the board and I have to ask."',
        '"I want to go to Brackenfold Academy with my best friend Keeley."',
        '"When I\'m grown up I want to be a singer or work in a nursery with babies."',
        '"My eyes get tired in the afternoon."',
    ],
    a_family=[
        "What Sara's mum says",
        'I want Sara to be confident, keep her friends and cope at high school. I want her to be able to go into town with her friends safely.',
    ],
    a_interests=['Singing (school choir), dancing, baking with her nan, making videos.'],
    a_strengths=['Sara is a confident speaker and a good reader when print is large. She is kind, has a great memory for songs and lines, and is brave about new things.'],
    a_aspirations=['Sara wants to be a singer or to work in a nursery. Her mum wants her to be confident at secondary school and to go out with friends safely.'],
    bfe=dict(
        ci=dict(strengths='Sara is a chatty, confident girl who make friends easily.',
                rows=[
                    ('Sara cannot see facial expressions across the classroom or playground, so she sometimes misreads how people are feeling and fall out with friends. (Evidence: QTVI advice, November 2025)',
                     ['• Friendship group on reading tone of voice and checking how people feel: weekly, 20 minutes, group of 4, spring term 2026 – learning mentor.'],
                     dict(text='By the end of Y6, Sara will ask a friend how they are feeling when she is unsure, at least 3 times a week, as observed by her learning mentor.',
                          steps=[])),
                ]),
        cl=dict(strengths='Sara reads fluently when print is large and is working at the expected standard in reading.',
                rows=[
                    ('Sara need all of her work enlarged to N24 or shown on her tablet. She cannot read the whiteboard from her seat, and she take longer than others to read and write. (Evidence: QTVI advice, November 2025; class teacher report, November 2025)',
                     ['• All print enlarged to N24 bold (about twice the size of book print) or sent to her tablet: throughout the school day, prepared by the higher level teaching assistant (HLTA).',
                      '• A tablet with a camera app for zooming in on the board, set up by the school\'s IT technician and checked each half term by the QTVI.',
                      '• Modified large print papers and 25% extra time in the Key Stage 2 national tests in May 2026 and in all school tests, applied for and arranged by the special educational needs co-ordinator (SENCo).'],
                     'Sara has large print copies of all class texts, prepared by the HLTA.'),
                    ('Sara types slowly and she will need to type more of her work at secondary school. (Evidence: QTVI advice, November 2025)',
                     ['• Touch-typing teaching: 2 x 20 minutes per week, 1:1, teaching assistant (TA) trained by the QTVI.'],
                     dict(text='By the end of Y6, Sara will type at 20 words per minute with 90% accuracy, as checked by her QTVI each half term.',
                          steps=['By Easter 2026, 14 words per minute.'])),
                ]),
        semh=dict(strengths='Sara is resilient and kind, and has a close group of friends.',
                  rows=[
                      ('Sara is anxious about moving to secondary school in September 2026, and about finding her way around a big building. (Evidence: parent\'s advice and Sara\'s views, November 2025)',
                       ['• Four extra transition visits to Brackenfold Academy in the summer term 2026, 1 hour each, with her TA, and a photo book of the new school.',
                        '• The QTVI will meet the SENCo of Brackenfold Academy once in June 2026 (1 hour) to plan Sara\'s support.'],
                       dict(text='By the end of Y6, Sara will find her way from the main entrance of Brackenfold Academy to 5 key rooms on her own, as checked by the Habilitation Specialist on her last transition visit.',
                            steps=[])),
                  ]),
        sp=dict(strengths='Sara moves confidently around her own school and is a keen dancer.',
                rows=[
                    ('Sara has a vision impairment: her distance vision is 6/24, which means she sees at 6 metres what most people see at 24 metres. She is unsure on steps and kerbs in places she does not know, and she has not learned to cross roads safely on her own. (Evidence: Habilitation Specialist report, November 2025)',
                     ['• Habilitation training (learning routes, crossing roads, using a symbol cane in busy places): weekly, 45 minutes, 1:1, for 10 weeks then reviewed – Habilitation Specialist, Sensory Support Service.',
                      '• QTVI visits to check how well Sara can see and use her learning materials, advise staff and teach her to use her tablet: every three weeks, 1 hour.'],
                     dict(text='By the end of Y6, Sara will cross the road at the crossing outside school safely on her own on 3 sessions in a row, as observed by her Habilitation Specialist.',
                          steps=['By Easter 2026, Sara will use her symbol cane on the route to the local shop.'])),
                ]),
    ),
    cge=dict(strengths='Sara is generally healthy and active.',
             rows=[
                 ('Sara was born with cataracts in both eyes, which were removed when she was six weeks old. She has no lens in either eye (aphakia) and wears contact lenses and glasses. She has nystagmus. She is at risk of glaucoma (raised pressure in the eye) and need regular eye pressure checks.',
                  'Ophthalmology, Royal Brackenfold Hospital: eye examination and eye pressure check every 4 months; contact lens clinic every 3 months to check the fit and replace lenses.',
                  dict(text='By the end of Y6, Sara will put in and take out her own contact lenses at home with her mum watching, every day for two weeks in a row.', steps=[])),
             ]),
    health_signoff='Health content confirmed by DCO on 8 January 2026 (Dr Helen Ashworth, Designated Clinical Officer).',
    dh=dict(strengths='Sara has a loving relationship with her mum and with her nan, who she sees every weekend.',
            rows=[
                ('Sara does not have any social care needs.', 'None.', 'None.', ''),
            ]),
    I=['Moorside Community Primary School', 'Mainstream community primary school (maintained)'],
    J=['No personal budget has been requested.', 'Not applicable.'],
    K={
        1: ("Parent's advice", '20 November 2025', 'Leanne (mother)', 'YES'),
        2: ("Sara's views", '10 November 2025', 'Sara, written down by Joanne Hargreaves, QTVI', 'YES'),
        3: ('Educational advice', '14 November 2025', 'Mrs Amanda Whittaker, SENCo, Moorside Community Primary School', 'YES'),
        4: (None, '12 November 2025', 'Dr Priya Shah, Consultant Community Paediatrician', 'YES'),
        5: (None, '18 November 2025', 'Dr Sarah Holt, Educational Psychologist', 'YES'),
        6: (None, '28 October 2025', "Children's Services – Disabled Children's Team (duty social worker): Sara does not meet the criteria for the team", 'YES'),
        7: (None, '10 November 2025', 'Joanne Hargreaves, Qualified Teacher of Vision Impairment, Sensory Support Service', 'YES'),
    },
    K_extra=[
        (4, 'Ophthalmology clinic letter', '', 'Eye Clinic, Royal Brackenfold Hospital', 'YES'),
        (7, 'Habilitation report', '3 November 2025', 'Sian Pickup, Habilitation Specialist, Sensory Support Service', 'YES'),
    ],
    la_sign=['Lisa Greenhalgh, EHC Plan Co-ordinator', 'Signed electronically', '15 January 2026'],
))


# =====================================================================================
# r112  national-template  SOUND  Weronika, 16, Year 12 college, severe sight impairment (braille user)
# =====================================================================================
PLANS_DATA.append(dict(
    file='r112.docx', layout='national-template',
    plan_details=[
        ('Plan date', '30 July 2026'),
        ('Date of most recent review', '1 July 2026 (annual review – phase transfer to college)'),
        ('Key stage', 'Post-16 (Year 12)'),
        ('Plan status', 'Amended following annual review'),
    ],
    personal=dict(name='Weronika', preferred='Weronika', dob='Withheld in this copy (age 16)', sex='Female',
                  ethnicity='White – Polish', lang_child='Polish and English', lang_parent='Polish',
                  p1='Ewelina', p1_rel='Mother', p2='Not applicable', p2_rel='', p2_contact='Not applicable',
                  p2_addr='Not applicable'),
    services=[
        'Brackenfold College (from September 2026); previously Brackenfold Academy',
        'Mr Daniel Oduya, Consultant Ophthalmologist, Royal Brackenfold Hospital',
        'Withheld in this copy',
        "Yes – Children's Services – Disabled Children's Team (direct payment for a personal assistant)",
        'Qualified Teacher of Vision Impairment (QTVI); Habilitation Specialist; Careers Adviser',
        'No',
        'No',
        'Yes – written by Weronika and appended',
        'No',
    ],
    a_history=[
        'My story so far (told by Weronika and her mum, Ewelina, at the annual review on 1 July 2026)',
        'Weronika was born in Poland. When she was six months old the doctors found that she has Leber congenital amaurosis, an inherited eye condition. We came to Brackenfold when she was five. She learned braille in Reception with her QTVI and has been supported by the Sensory Support Service ever since.',
        'She has just finished Year 11 at Brackenfold Academy and passed six GCSEs (the exams taken at 16). In September she starts the Level 2 Diploma in Health and Social Care at Brackenfold College. "It\'s a big step, but I\'m ready for it," she says.',
    ],
    a_comm=['Weronika speaks Polish and English fluently. She reads and writes in Unified English Braille (the braille code used in the UK) and uses a screen reader (software that reads the screen aloud) on her laptop and phone.'],
    a_child=[
        'What I think (Weronika wrote this herself on her laptop for her review, 24 June 2026)',
        '"The thing that stresses me most is new buildings. Once I know a route, I\'m fine."',
        '"I need my work in a format I can use on the same day as everyone else, not a week later."',
        '"I want to go to university to study psychology and one day work as a counsellor."',
        '"I want to get the train to Manchester on my own to see my friends."',
        '"I love goalball (a team sport for visually impaired players) and I\'m in the North West squad."',
    ],
    a_family=[
        "What Weronika's mum says",
        'I am so proud of her. I worry about her safety when she travels on her own, but I know she has to. I want her to be able to cook and manage her money so she can live on her own one day, and to keep her Polish.',
    ],
    a_interests=['Goalball, audiobooks and podcasts, music, cooking Polish food with her grandmother.'],
    a_strengths=['Weronika is articulate, determined and organised. She reads braille quickly, touch-types accurately and speaks up for what she needs. She is a committed athlete and a loyal friend.'],
    a_aspirations=['Weronika wants to go to university to study psychology and become a counsellor, to travel independently and to live in her own flat. Her mum hopes she will be safe, independent and happy.'],
    bfe=dict(
        ci=dict(strengths='Weronika is articulate, confident in conversation and explains her needs well to people she knows.',
                rows=[
                    ('Weronika cannot see gestures or facial expressions and does not know who is in a room unless they speak. In new groups she can be left out of conversations. (Evidence: QTVI advice, June 2026)',
                     ['• A vision awareness session for her tutors and class (naming yourself when speaking, describing what is shown): one 1-hour session in September 2026, delivered by the QTVI with Weronika.',
                      '• Weronika\'s communication passport, written with her, shared with all her tutors before the course starts by the Head of Additional Learning Support.'],
                     dict(text='By Christmas 2026, Weronika will introduce herself and explain what helps her to each new tutor without support, and will take part in group discussions in 4 out of 5 lessons, as recorded by her course tutor.',
                          steps=[])),
                ]),
        cl=dict(strengths='Weronika passed six GCSEs at grades 4 to 6 in 2026, including English (grade 5). She reads braille quickly and touch-types accurately.',
                rows=[
                    ('Weronika needs all course materials, handouts and presentations in braille or an accessible electronic format, and tactile (raised) versions of diagrams. Without this she falls behind quickly. (Evidence: QTVI advice, June 2026; report from the special educational needs co-ordinator (SENCo) at Brackenfold Academy, June 2026)',
                     ['• All course materials in Unified English Braille or accessible electronic format on the same day as other students, with tactile diagrams where a diagram is used: throughout the course, prepared by the college\'s alternative formats technician.',
                      '• A braille note-taker and a laptop with a screen reader, supplied by the Sensory Support Service and maintained by the college\'s assistive technology officer, who checks them every half term.',
                      '• In-class support from a learning support assistant (LSA) experienced in visual impairment, for practical sessions and describing visual content: 12 hours a week.',
                      '• QTVI visits to check access, train staff and teach advanced screen reader skills (for example spreadsheets): once every half term, 2 hours.',
                      '• Exam access arrangements: braille and electronic papers, 100% extra time and a practical assistant, arranged by the college exams officer.'],
                     dict(text='By July 2027, Weronika will gain her Level 2 Diploma in Health and Social Care, handing in every assignment on time using her note-taker and screen reader, as recorded by her course tutor.',
                          steps=['By Christmas 2026, Weronika will have handed in all first-term assignments on time.'])),
                ]),
        semh=dict(strengths='Weronika is determined and positive, and has close friends through goalball.',
                  rows=[
                      ('Weronika becomes anxious and very tired when routes and routines are new, and when work does not arrive in her format. (Evidence: Weronika\'s views, June 2026; QTVI advice, June 2026)',
                       ['• Weekly check-in with her Additional Learning Support key worker to plan the week, check her materials are ready and raise any problems: 20 minutes, 1:1.'],
                       dict(text='By Christmas 2026, Weronika will rate her stress at 3 or below on a 1 to 10 scale at 8 out of 10 weekly check-ins, as recorded by her key worker.',
                            steps=[])),
                  ]),
        sp=dict(strengths='Weronika is fit and strong and is an experienced long cane user.',
                rows=[
                    ('Weronika has light perception only. She needs to learn the routes around the college campus and to travel from home to college, and further afield, by bus and train. (Evidence: Habilitation Specialist report, June 2026)',
                     ['• Habilitation training: college campus routes (September 2026), then the bus route from home to college, then train travel to Manchester: weekly, 1.5 hours, 1:1, autumn and spring terms – Habilitation Specialist, Sensory Support Service.'],
                     dict(text='By Easter 2027, Weronika will travel from home to college by bus, and by train to Manchester Victoria and back, on her own using her cane and a navigation app, on three journeys signed off by her Habilitation Specialist.',
                          steps=['By October half-term 2026, Weronika will find her own way to all her teaching rooms.'])),
                    ('Weronika has not yet learned to cook a full meal or manage her own money safely, and relies on her mum for both. (Evidence: parent\'s advice, July 2026; Habilitation Specialist report, June 2026)',
                     ['• Independent living skills (cooking with talking and tactile equipment, using a banking app with her screen reader): weekly, 1.5 hours, group of 4, independent living tutor, college training flat.'],
                     dict(text='By July 2027, Weronika will cook a two-course meal for her family on her own, and will manage her weekly budget using her bank\'s app for four weeks in a row.',
                          steps=[])),
                ]),
    ),
    cge=dict(strengths='Weronika is otherwise healthy and very active.',
             rows=[
                 ('Weronika has Leber congenital amaurosis, an inherited condition of the retina. She has light perception only and is registered as severely sight impaired. Her eyes are reviewed once a year by Ophthalmology, and she wants to be kept informed about new treatments.',
                  'Ophthalmology, Royal Brackenfold Hospital: annual review by the consultant ophthalmologist (one appointment a year). The Eye Clinic Liaison Officer (a support worker based in the eye clinic) will meet Weronika at each appointment and give her information about treatment research and support services.',
                  dict(text='By July 2027, Weronika will book, travel to and attend her own eye clinic appointment and tell the clinic about any changes, with her mum there only if she chooses.', steps=[])),
             ]),
    health_signoff='Health content confirmed by DCO – Dr Helen Ashworth, Designated Clinical Officer (DCO), 22 July 2026.',
    dh=dict(strengths='Weronika has a close, supportive family and a wide group of friends through goalball.',
            rows=[
                ("Weronika needs help to take part in activities outside home and college without her mum, because she cannot yet travel to new places on her own. Children's Services – Disabled Children's Team assessed her needs in June 2026. She will need a Care Act assessment by Adult Social Care before she turns 18 in October 2027.",
                 'Personal assistant (PA) support to go swimming, shopping and to goalball training: 4 hours a week, paid through a direct payment (see Section J), agreed by the Disabled Children\'s Team.',
                 'An Adult Social Care transition worker will complete a Care Act needs assessment by April 2027, so that support continues after Weronika turns 18.',
                 dict(text='By Easter 2027, Weronika will plan two outings a month with her PA, choosing the activity and the route herself.', steps=[])),
            ]),
    I=['Brackenfold College', 'General further education college – full-time study programme, Level 2 Diploma in Health and Social Care (from September 2026)'],
    J=["Direct payment of £72 a week from Children's Services – Disabled Children's Team for 4 hours of personal assistant support (see H1).",
       "Weronika's mum, Ewelina, manages the direct payment with help from the Direct Payments Support Service. It is reviewed every 6 months."],
    K={
        1: ("Young person's views and advice", '24 June 2026', 'Weronika', 'YES'),
        2: ("Parent's advice", '1 July 2026', 'Ewelina (mother)', 'YES'),
        3: ('Educational advice', '20 June 2026', 'Head of Additional Learning Support, Brackenfold College; SENCo, Brackenfold Academy', 'YES'),
        4: (None, '14 April 2026', 'Mr Daniel Oduya, Consultant Ophthalmologist, Royal Brackenfold Hospital', 'YES'),
        5: (None, '5 May 2026', 'Dr Marek Nowicki, Educational Psychologist', 'YES'),
        6: (None, '16 June 2026', "Rachel Entwistle, Social Worker, Children's Services – Disabled Children's Team", 'YES'),
        7: (None, '12 June 2026', 'Joanne Hargreaves, Qualified Teacher of Vision Impairment, Sensory Support Service', 'YES'),
        8: (None, '18 June 2026', 'Imran Patel, Careers Adviser, Brackenfold Careers Service', 'YES'),
    },
    K_extra=[
        (7, 'Habilitation report', '10 June 2026', 'Sian Pickup, Habilitation Specialist, Sensory Support Service', 'YES'),
    ],
    la_sign=['Lisa Greenhalgh, EHC Plan Co-ordinator', 'Signed electronically', '30 July 2026'],
))


# ----------------------------------------------------------------- main

def main():
    os.makedirs(PLANS, exist_ok=True)
    for P in PLANS_DATA:
        doc = RENDER[P['layout']](P)
        doc.core_properties.author = 'Brackenfold SEND Team'
        doc.core_properties.title = 'EHC plan'
        doc.save(os.path.join(PLANS, P['file']))
        print('wrote', P['file'], P['layout'])


if __name__ == '__main__':
    main()
