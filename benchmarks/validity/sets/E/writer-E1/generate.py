#!/usr/bin/env python3
"""Generator for blind test set E1 (12 fictional, anonymised EHC plans).
Layouts: bold-statutory (e101-e104), ef-table (e105-e108), national-template (e109-e112).
House style: large metropolitan borough, formal numbered paragraphs."""
import copy, os, re
import docx
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
TEMPLATE = '/work/shared/reference/national-ehcp-template.docx'
LA = 'Borough of Harrowfield Metropolitan Council - SEND Assessment and Review Service'

STAT = {
 'A': "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
 'B': "Section B: The child or young person's special educational needs",
 'C': "Section C: The child or young person's health care needs which relate to their special educational needs",
 'D': "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability",
 'E': "Section E: The outcomes sought for the child or young person, including outcomes for adult life",
 'F': "Section F: The special educational provision required by the child or young person",
 'G': "Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
 'H1': "Section H1: Any social care provision which must be made for the child or young person as a result of section 2 of the Chronically Sick and Disabled Persons Act 1970",
 'H2': "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
 'I': "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person",
 'J': "Section J: Personal budget, including arrangements for direct payments",
 'K': "Section K: The advice and information gathered during the EHC needs assessment",
}
PROV_COLS = ['Provision', 'Delivered by', 'Frequency and duration', 'Group size', 'Monitoring']


def shade(cell, fill='D9E2F3'):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def bold_para(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = True
    if size: r.font.size = Pt(size)
    return p


def set_cell(cell, text, bold=False):
    """Replace cell content with text; '\n' separates paragraphs."""
    lines = text.split('\n') if text else ['']
    ps = cell.paragraphs
    for p in ps[1:]:
        p._element.getparent().remove(p._element)
    p0 = cell.paragraphs[0]
    for r in list(p0.runs):
        r._element.getparent().remove(r._element)
    # also remove hyperlinks etc.
    for ch in list(p0._element):
        if ch.tag != qn('w:pPr'):
            p0._element.remove(ch)
    r = p0.add_run(lines[0]); r.bold = bold
    for ln in lines[1:]:
        rr = cell.add_paragraph().add_run(ln); rr.bold = bold


def table(doc, header, rows, style='Table Grid', head_fill='D9E2F3'):
    t = doc.add_table(rows=1, cols=len(header))
    try:
        t.style = style
    except Exception:
        pass
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True); shade(t.rows[0].cells[i], head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v or '')
    return t


def item_text(it):
    """One provision item as a sentence block (for paragraph layouts)."""
    parts = [it['what']]
    for k, lab in (('by', 'Delivered by'), ('freq', 'Frequency and duration'), ('group', 'Group size'), ('mon', 'Monitoring')):
        if k == 'by' and it.get(k) and it[k].lower().startswith(('arranged', 'set up', 'provided', 'modified')):
            parts.append(it[k][0].upper() + it[k][1:].rstrip('.') + '.')
            continue
        if it.get(k):
            parts.append('%s: %s.' % (lab, it[k].rstrip('.')))
    return ' '.join(parts)


def lines_out(doc, lines, bullet_char='•'):
    for ln in lines:
        if ln.startswith('* '):
            doc.add_paragraph('%s\t%s' % (bullet_char, ln[2:]))
        elif ln.startswith('- '):
            doc.add_paragraph('-\t' + ln[2:])
        elif ln.startswith('o '):
            doc.add_paragraph('    o\t' + ln[2:])
        elif ln.startswith('## '):
            bold_para(doc, ln[3:])
        else:
            doc.add_paragraph(ln)


def outcome_text(o):
    if isinstance(o, (tuple, list)):
        if o[0].startswith('End of'):
            return '%s\nSteps towards this outcome (12 months): %s' % (o[0], o[1])
        return 'End of key stage outcome: %s\nSteps towards this outcome (12 months): %s' % (o[0], o[1])
    return o


def front_table(doc, front):
    t = doc.add_table(rows=0, cols=2)
    t.style = 'Table Grid'
    for k, v in front:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True); shade(c[0], 'F2F2F2'); set_cell(c[1], v)
    doc.add_paragraph()

# ---------------------------------------------------------------- bold-statutory
def render_bold(P):
    doc = docx.Document()
    st = doc.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(11)
    bold_para(doc, LA, 10)
    bold_para(doc, 'EDUCATION, HEALTH AND CARE PLAN' + (' (FINAL - AMENDED FOLLOWING ANNUAL REVIEW)' if P.get('amended') else ' (FINAL)'), 14)
    if P.get('front_lines'):
        for k, v in P['front']:
            doc.add_paragraph('%s: %s' % (k, v))
        doc.add_paragraph()
    else:
        front_table(doc, P['front'])
    bc = P.get('bullet', '•')
    # A
    bold_para(doc, STAT['A'])
    n = 0
    for sub, lines in P['A']:
        n += 1
        bold_para(doc, 'A.%d %s' % (n, sub))
        lines_out(doc, lines, bc)
    # B
    bold_para(doc, STAT['B'])
    for i, ar in enumerate(P['areas'], 1):
        bold_para(doc, 'B.%d %s' % (i, ar['title']))
        j = 0
        if ar.get('strengths'):
            j += 1; doc.add_paragraph('B.%d.%d What %s does well: %s' % (i, j, P['name'], ar['strengths']))
        for row in ar['rows']:
            if row[0]:
                j += 1; doc.add_paragraph('B.%d.%d %s' % (i, j, row[0]))
    # C
    bold_para(doc, STAT['C'])
    for j, ln in enumerate(P['C'], 1):
        doc.add_paragraph('C.%d %s' % (j, ln))
    # D
    bold_para(doc, STAT['D'])
    for j, ln in enumerate(P['D'], 1):
        doc.add_paragraph('D.%d %s' % (j, ln))
    # E
    bold_para(doc, STAT['E'])
    if P.get('E_intro'):
        doc.add_paragraph(P['E_intro'])
    k = 0
    allouts = [(ar['title'], r[2]) for ar in P['areas'] for r in ar['rows'] if r[2]] + \
              [('Health', r[2]) for r in P['health'] if r[2]] + [(t, o) for t, o in P.get('extra_outcomes', [])]
    for title, o in allouts:
        k += 1
        bold_para(doc, 'E.%d (%s)' % (k, title))
        if isinstance(o, (tuple, list)):
            doc.add_paragraph(('%s\t%s' % (bc, o[0])) if o[0].startswith('End of') else ('%s\tEnd of key stage outcome: %s' % (bc, o[0])))
            doc.add_paragraph('%s\tSteps towards this outcome (12 months): %s' % (bc, o[1]))
        else:
            doc.add_paragraph(o)
    # F
    bold_para(doc, STAT['F'])
    if P.get('F_intro'):
        doc.add_paragraph(P['F_intro'])
    for i, ar in enumerate(P['areas'], 1):
        items = [it for r in ar['rows'] for it in r[1]]
        if not items:
            continue
        bold_para(doc, 'F.%d %s' % (i, ar['title']))
        if P.get('F_tables'):
            table(doc, PROV_COLS, [[('F.%d.%d ' % (i, j)) + it['what'], it.get('by'), it.get('freq'), it.get('group'), it.get('mon')] for j, it in enumerate(items, 1)])
            doc.add_paragraph()
        else:
            for j, it in enumerate(items, 1):
                doc.add_paragraph('F.%d.%d %s' % (i, j, item_text(it)))
    for ln in P.get('F_extra', []):
        doc.add_paragraph(ln)
    # G
    bold_para(doc, STAT['G'])
    gitems = [it for r in P['health'] for it in r[1]]
    if gitems:
        table(doc, ['Health provision', 'Provided by', 'Frequency and duration', 'Commissioned by'],
              [[('G.%d ' % j) + it['what'], it.get('by'), it.get('freq'), it.get('comm')] for j, it in enumerate(gitems, 1)])
    for ln in P.get('G_text', []):
        doc.add_paragraph(ln)
    # H
    bold_para(doc, STAT['H1']); lines_out(doc, P['H1'], bc)
    bold_para(doc, STAT['H2']); lines_out(doc, P['H2'], bc)
    bold_para(doc, STAT['I']); lines_out(doc, P['I'], bc)
    bold_para(doc, STAT['J']); lines_out(doc, P['J'], bc)
    bold_para(doc, STAT['K'])
    for j, (adv, who, date) in enumerate(P['K'], 1):
        s = 'K.%d %s' % (j, adv)
        if who: s += ' - %s' % who
        if date: s += ', %s' % date
        doc.add_paragraph('%s\t%s' % (bc, s))
    for ln in P.get('signoff', []):
        doc.add_paragraph(ln)
    return doc

# ---------------------------------------------------------------- ef-table
def render_ef(P):
    doc = docx.Document()
    st = doc.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
    doc.add_heading('Education, Health and Care Plan', 0)
    doc.add_paragraph(LA)
    front_table(doc, P['front'])
    doc.add_heading('Section A - Views, interests and aspirations', 1)
    for sub, lines in P['A']:
        doc.add_heading(sub, 2)
        for ln in lines:
            if ln.startswith('* '):
                doc.add_paragraph(ln[2:], style='List Bullet')
            else:
                doc.add_paragraph(ln)
    doc.add_heading('Section B - Special educational needs', 1)
    for i, ar in enumerate(P['areas'], 1):
        doc.add_heading('B.%d %s' % (i, ar['title']), 2)
        if ar.get('strengths'):
            doc.add_paragraph(ar['strengths'])
        for row in ar['rows']:
            if row[0]:
                doc.add_paragraph(row[0], style='List Bullet')
    doc.add_heading('Section C - Health care needs', 1)
    for ln in P['C']:
        doc.add_paragraph(ln)
    doc.add_heading('Section D - Social care needs', 1)
    for ln in P['D']:
        doc.add_paragraph(ln)
    doc.add_heading('Sections E and F - Outcomes and special educational provision', 1)
    if P.get('F_intro'):
        doc.add_paragraph(P['F_intro'])
    t = doc.add_table(rows=1, cols=4); t.style = 'Table Grid'
    for i, h in enumerate(['Outcome', 'Provision', 'Frequency', 'Who']):
        set_cell(t.rows[0].cells[i], h, bold=True); shade(t.rows[0].cells[i], 'BDD7EE')
    for ai, ar in enumerate(P['areas'], 1):
        hdr = t.add_row().cells
        m = hdr[0].merge(hdr[3]); set_cell(m, 'E.%d / F.%d %s' % (ai, ai, ar['title']), bold=True); shade(m, 'DEEAF6')
        for r in ar['rows']:
            need, items, o = r[0], r[1], r[2]
            if not items and not o:
                continue
            items = items or [None]
            first = None
            for k, it in enumerate(items):
                c = t.add_row().cells
                if k == 0:
                    first = c[0]; set_cell(c[0], outcome_text(o) if o else '')
                if it:
                    txt = it['what'] + ((' Group size: ' + it['group'] + '.') if it.get('group') else '') + ((' Monitoring: ' + it['mon'] + '.') if it.get('mon') else '')
                    set_cell(c[1], txt); set_cell(c[2], it.get('freq') or ''); set_cell(c[3], it.get('by') or '')
                if k > 0:
                    first = first.merge(c[0])
    for ln in P.get('F_extra', []):
        doc.add_paragraph(ln)
    doc.add_heading('Section G - Health provision', 1)
    gitems = [it for r in P['health'] for it in r[1]]
    if gitems:
        table(doc, ['Health provision', 'Provided by', 'Frequency and duration', 'Commissioned by'],
              [[it['what'], it.get('by'), it.get('freq'), it.get('comm')] for it in gitems])
    houts = [r[2] for r in P['health'] if r[2]]
    if houts:
        doc.add_paragraph('Health outcomes (Section E):', style=None).runs[0].bold = True
        for o in houts:
            doc.add_paragraph(outcome_text(o).replace('\n', ' '), style='List Bullet')
    for ln in P.get('G_text', []):
        doc.add_paragraph(ln)
    doc.add_heading('Section H1 - Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)', 1)
    for ln in P['H1']: doc.add_paragraph(ln)
    doc.add_heading('Section H2 - Other social care provision', 1)
    for ln in P['H2']: doc.add_paragraph(ln)
    doc.add_heading('Section I - Placement', 1)
    for ln in P['I']: doc.add_paragraph(ln)
    doc.add_heading('Section J - Personal budget', 1)
    for ln in P['J']: doc.add_paragraph(ln)
    doc.add_heading('Section K - Advice and information', 1)
    table(doc, ['Advice', 'Given by', 'Date'], [[a, w or '', d or ''] for a, w, d in P['K']])
    for ln in P.get('signoff', []):
        doc.add_paragraph(ln)
    return doc

# ---------------------------------------------------------------- national template
AREA_TABLE = {'ci': 4, 'cl': 5, 'semh': 6, 'sp': 7}


def del_row(t, row):
    t._tbl.remove(row._tr)


def fill_text_para(doc, P):
    pass


def render_national(P):
    doc = docx.Document(TEMPLATE)
    T = doc.tables
    # title and front matter inserted after Heading 1
    h1 = [p for p in doc.paragraphs if p.text.startswith('EHCP template')][0]
    h1.text = 'Education, Health and Care Plan - %s' % P['name']
    anchor = h1._p
    for k, v in reversed(P['front']):
        p = doc.add_paragraph()
        r = p.add_run(k + ': '); r.bold = True
        p.add_run(v)
        anchor.addnext(p._p)
    # personal details
    pd = P['personal']
    t0 = T[0]
    for row in t0.rows:
        for c in row.cells:
            m = re.findall(r'\{\{\s*(\w+)\s*\}\}', c.text)
            if m:
                set_cell(c, pd.get(m[0], ''))
    for row in T[1].rows:
        for c in row.cells:
            m = re.findall(r'\{\{\s*(\w+)\s*\}\}', c.text)
            if m:
                set_cell(c, pd.get(m[0], ''))
    # A1
    set_cell(T[2].rows[1].cells[1], '\n'.join(P['A1']))
    A2 = P['A2']
    set_cell(T[3].rows[3].cells[0], '\n'.join(A2['views']))
    set_cell(T[3].rows[5].cells[0], '\n'.join(A2['interests']))
    set_cell(T[3].rows[7].cells[0], '\n'.join(A2['strengths']))
    set_cell(T[3].rows[9].cells[0], '\n'.join(A2['aspirations']))
    # B-F-E
    areas = {a['key']: a for a in P['areas']}
    for key, ti in AREA_TABLE.items():
        t = T[ti]
        ar = areas.get(key)
        rows = list(t.rows)
        if not ar:
            set_cell(rows[2].cells[0], 'No special educational needs have been identified in this area.')
            for r in rows[3:]:
                del_row(t, r)
            continue
        set_cell(rows[2].cells[0], ar['strengths'])
        data = ar['rows']
        for i, r in enumerate(rows[4:]):
            if i < len(data):
                need, items, o = data[i]
                set_cell(r.cells[0], need or '')
                set_cell(r.cells[1], '\n'.join(item_text(it) for it in items))
                set_cell(r.cells[2], outcome_text(o) if o else '')
            else:
                del_row(t, r)
    # C-G-E
    t = T[8]; rows = list(t.rows)
    set_cell(rows[1].cells[0], P['health_strengths'])
    for i, r in enumerate(rows[3:]):
        if i < len(P['health']):
            need, items, o = P['health'][i]
            set_cell(r.cells[0], need or '')
            set_cell(r.cells[1], '\n'.join(('%s Provided by: %s. Frequency and duration: %s. Commissioned by: %s.' % (it['what'], it.get('by'), it.get('freq'), it.get('comm'))) if it.get('by') else it['what'] for it in items))
            set_cell(r.cells[2], outcome_text(o) if o else '')
        else:
            del_row(t, r)
    # D-H-E
    t = T[9]; rows = list(t.rows)
    set_cell(rows[1].cells[0], P['social_strengths'])
    for i, r in enumerate(rows[3:]):
        if i < len(P['social']):
            d, h1, h2, o = P['social'][i]
            set_cell(r.cells[0], d); set_cell(r.cells[1], h1); set_cell(r.cells[2], h2); set_cell(r.cells[3], outcome_text(o) if o else '')
        else:
            del_row(t, r)
    # sign-off paragraph after health table
    if P.get('G_text'):
        # insert paragraph after table 8
        for ln in reversed(P['G_text']):
            p = doc.add_paragraph(ln)
            T[8]._tbl.addnext(p._p)
    # I
    set_cell(T[10].rows[0].cells[1], P['I_name']); set_cell(T[10].rows[1].cells[1], P['I_type'])
    # J
    set_cell(T[11].rows[0].cells[1], P['J'][0]); set_cell(T[11].rows[1].cells[1], P['J'][1])
    # K: dict row index -> (label or None, date, who, appended)
    kt = T[12]
    for idx, (label, date, who, app) in P['K'].items():
        c = kt.rows[idx].cells
        if label is not None:
            set_cell(c[0], label)
        set_cell(c[1], date); set_cell(c[2], who); set_cell(c[3], app)
    for extra in P.get('K_extra', []):
        c = kt.add_row().cells
        for i, v in enumerate(extra):
            set_cell(c[i], v)
    so = T[13].rows[1].cells
    set_cell(so[0], P['officer'][0]); set_cell(so[1], P['officer'][1]); set_cell(so[2], P['officer'][2])
    return doc


RENDER = {'bold-statutory': render_bold, 'ef-table': render_ef, 'national-template': render_national}


def it(what, by=None, freq=None, group=None, mon=None, comm=None):
    d = {'what': what}
    for k, v in (('by', by), ('freq', freq), ('group', group), ('mon', mon), ('comm', comm)):
        if v:
            d[k] = v
    return d

PLANS = []

# =============================================================== e101 (sound) bold-statutory, HI, Year 4
PLANS.append(dict(
 file='e101.docx', layout='bold-statutory', name='Isla', F_tables=True, bullet='•',
 front=[('Child\'s first name', 'Isla'), ('Age', '8 years'), ('NC year', 'Year 4'), ('Education phase', 'Primary (Key Stage 2)'),
        ('Date this plan was issued', '09.07.2026'), ('Type of plan', 'Final EHC plan following needs assessment'),
        ('SEND case officer', 'Mr R. Adeyemi, SEND Case Officer')],
 A=[('About me - in my own words', [
     'Isla talked with her Qualified Teacher of the Deaf (QToD) and drew pictures to show what she wanted in her plan. These are her words:',
     '* "I like drawing horses and I go riding on Saturdays. My pony is called Biscuit."',
     '* "I can hear best when people look at me and don\'t talk all at once. Assembly is too echoey."',
     '* "I want to be a vet or an artist. Maybe both."',
     '* "I don\'t like it when I miss the joke and everyone is laughing."']),
    ('What my family say', [
     'Isla\'s mum and dad describe her as determined, funny and kind to her younger brother. They are proud that she reads every night and has just moved up a colour band. They worry that she is tired by the end of the school day because listening takes so much effort, and that she sometimes pretends she has understood. Their hope is that Isla stays confident about being deaf, keeps her friendships, and leaves primary school reading and writing at the level expected for her age.']),
    ('Aspirations', [
     '* Now: to join in group work and playground games without missing what is said.',
     '* Future: Isla wants to work with animals, perhaps as a vet; her parents want her to go on to secondary school with good friends and a strong sense of who she is.'])],
 areas=[
  dict(title='Sensory (hearing)', strengths='Isla is a confident user of her hearing aids and tells adults when a battery is flat. She lip-reads well in good light.',
   rows=[
    ('Isla has a moderate to severe hearing loss in both ears (bilateral sensorineural). She wears two hearing aids. In a noisy classroom she misses about a third of what is said unless a radio aid is used, and she finds group discussion and assemblies very hard to follow.',
     [it('A radio aid (remote microphone system) worn by the teacher in every lesson, with daily checks of the radio aid and hearing aids.', 'Radio aid provided and maintained by the Sensory Support Service; daily checks by the class teaching assistant (TA), trained by the QToD', 'Every lesson; checks each morning at registration', 'Not applicable (equipment)', 'QToD checks the equipment log each visit'),
      it('Visits from a Qualified Teacher of the Deaf (QToD) to assess Isla\'s listening, advise staff and set targets.', 'QToD, Sensory Support Service', 'Twice termly, 1.5 hours each visit (6 visits a year)', 'Not applicable (professional visit)', 'Written visit note to the special educational needs co-ordinator (SENCo) and parents after each visit'),
      it('Acoustic adaptations: soft furnishings and a carpeted quiet area in Isla\'s classroom, checked at the start of each school year.', 'Arranged by the school business manager on the advice of the Sensory Support Service', 'Reviewed each September', 'Not applicable (adaptation)', 'Annual room check recorded by the QToD')],
     ('By the end of Key Stage 2 (July 2029), Isla will follow class discussions and instructions in all lessons, answering questions about what was said correctly in at least 8 out of 10 checks made by the QToD.',
      'By July 2027, Isla will tell an adult when she has not heard something on at least 4 out of 5 occasions, as recorded in the teaching assistant\'s (TA\'s) weekly log.')),
  ]),
  dict(title='Communication and interaction', strengths='Isla speaks clearly and has a wide vocabulary for her age. She is a popular member of her class.',
   rows=[
    ('Isla misses new subject words (for example in science and history) and sometimes does not understand idioms and jokes. This affects her confidence in group work.',
     [it('Pre-teaching of new topic vocabulary using pictures and written word lists.', 'TA (Level 3) with deaf awareness training', '3 x 20 minutes per week', 'Individually', 'Vocabulary checks recorded by the TA each half-term'),
      it('Deaf identity and social group with other deaf pupils from local schools.', 'Specialist teaching assistant, Sensory Support Service', 'Once a fortnight, 1 hour', '1 adult : 4 pupils', 'Attendance and pupil feedback reviewed by the QToD termly')],
     ('By the end of Key Stage 2 (July 2029), Isla will use new topic vocabulary correctly in her own speech and writing, scoring 80% or more on end-of-topic vocabulary checks.',
      'By July 2027, Isla will explain the meaning of 8 out of 10 pre-taught words at the end of each topic, recorded by the TA, and will give a 2-minute talk to her class about something she loves (for example riding and caring for Biscuit), answering 2 questions from classmates.')),
  ]),
  dict(title='Cognition and learning', strengths='Isla\'s reading is at the expected standard and she enjoys stories about animals.',
   rows=[
    ('Isla\'s phonic knowledge has gaps, particularly sounds that are hard to hear (s, f, th). Her spelling is below the level expected for Year 4.',
     [it('Structured spelling programme focusing on high-frequency sounds Isla finds hard to hear, using visual and written cues.', 'TA (Level 3), planned with the class teacher', '3 x 20 min per week', '1 adult : 2 pupils', 'Termly spelling assessment by the class teacher'),
      it('In all tests and assessments, spoken instructions are given face to face and repeated, and Isla sits at the front with the radio aid in use.', 'Arranged by the SENCo', 'Every test and assessment', 'Not applicable (access arrangement)', 'SENCo checks arrangements before each assessment window')],
     ('By the end of Key Stage 2 (July 2029), Isla will reach the expected standard in spelling in teacher assessment.',
      'By July 2027, Isla will correctly spell 40 of the 50 words from the Year 3/4 statutory spelling list, as tested by her class teacher.')),
  ])],
 C=['Isla has a bilateral sensorineural hearing loss, diagnosed at 14 months. She wears two behind-the-ear hearing aids. She has no other health needs; she has no difficulty with mobility or eating and drinking.',
    'Isla needs her hearing and hearing aid settings reviewed by the children\'s audiology service.'],
 D=['Isla has no social care needs relating to her special educational needs. This was confirmed by the Children with Disabilities Team after screening (Ms P. Dlamini, Social Worker, 11.03.2026). The family were told about the local short breaks offer and said they do not need it at present.'],
 health=[('Hearing review', [it('Audiological review and adjustment of hearing aids, with a copy of results to the QToD.', 'Paediatric audiologist, Children\'s Hearing Service', 'Every 6 months (appointment of about 1 hour)', comm='Harrowfield Integrated Care Board (ICB)'),
                           it('Ear moulds replaced as Isla grows.', 'Children\'s Hearing Service', 'Every 4 to 6 months', comm='NHS Harrowfield Integrated Care Board (ICB)')],
          ('By July 2029, Isla will keep her hearing aids working throughout the school day, with fewer than 2 lost days of amplification each half-term, as recorded in the TA\'s equipment log.',
           'By July 2027, Isla will change her own hearing aid battery with no more than one prompt.'))],
 G_text=['The health provision in Section G was agreed by Dr S. Okoro, Designated Clinical Officer (DCO) for Harrowfield ICB, on 2 July 2026.'],
 H1=['None. The family were given information about short breaks and the local offer; no assessed need for section 2 services was identified.'],
 H2=['None at present. Early help was discussed with the family and was not required.'],
 I=['Brookfield Primary School (mainstream community primary school).'],
 J=['No personal budget has been requested.'],
 K=[('Parental advice', 'Isla\'s mother and father', '14.02.2026'),
    ('Educational advice', 'Mrs L. Carter, SENCo, Brookfield Primary School', '20.02.2026'),
    ('Educational advice from a Qualified Teacher of the Deaf', 'Ms H. Gill, QToD, Sensory Support Service', '26.02.2026'),
    ('Psychological advice', 'Dr A. Novak, Educational Psychologist', '04.03.2026'),
    ('Medical advice', 'Dr M. Rahman, Community Paediatrician', '02.03.2026'),
    ('Audiology report', 'Mr T. Evans, Paediatric Audiologist', '18.02.2026'),
    ('Social care advice', 'Ms P. Dlamini, Social Worker, Children with Disabilities Team', '11.03.2026')],
 signoff=['Signed on behalf of the Local Authority: R. Adeyemi, SEND Case Officer, 09.07.2026'],
 F_intro='The Local Authority will secure the following special educational provision. Provision is delivered in school unless stated.',
))

# =============================================================== e102 (fail) bold-statutory, ASC + SEMH, Year 10
PLANS.append(dict(
 file='e102.docx', layout='bold-statutory', name='Jayden', F_tables=False, bullet='-', front_lines=True, amended=True,
 front=[('Name', 'Jayden'), ('National Curriculum year', 'Year 10'), ('Age', '15'), ('Phase', 'Secondary (Key Stage 4)'),
        ('Date of last annual review', '14th of May 2026'), ('Date amended plan issued', '2nd of July 2026')],
 A=[('Jayden\'s views', [
     'Jayden met his key worker in the school library to talk about his plan. He chose to type his answers. He wrote:',
     '"I am good at computers and I know a lot about trains, especially the Japanese bullet train. I don\'t like the corridors because they are loud and people push. I want teachers to tell me before things change. I like Mr Harris because he explains things properly."']),
    ('His mother\'s views', [
     'Jayden\'s mum says he is honest, clever and has a dry sense of humour. She would like school to help with his anxiety, which shows at home as shutting himself in his room and not eating. She hopes he will get his GCSEs and go to college to do something with computers.']),
    ('Aspirations', ['- Jayden: "I want to design train timetables or make computer games."', '- Family: for Jayden to go to college and one day live on his own.'])],
 areas=[
  dict(title='Communication and interaction', strengths='Jayden has a wide vocabulary and expresses himself well in writing.',
   rows=[
    ('Jayden has a diagnosis of autism (autism spectrum condition, ASC). He takes language literally, finds unstructured times difficult and does not easily join conversations with peers.',
     [it('Social communication group using structured activities and video modelling to practise starting and keeping a conversation going.', 'Speech and language therapist (SALT) from the Communication and Autism Team, with a trained teaching assistant', 'Weekly, 45 minutes, for 12 weeks then reviewed', '1 adult : 4 students', 'SALT progress report at the end of each block'),
      it('Jayden will be given opportunities to join a lunchtime social club as appropriate.')],
     ('By the end of Key Stage 4 (July 2027), Jayden will start and keep going a conversation with a peer for at least 3 exchanges in 4 out of 5 observed unstructured times.',
      'By July 2027, Jayden will attend the lunchtime coding club (or another club of his choice) at least twice a week, recorded by his key worker.')),
  ]),
  dict(title='Social, emotional and mental health', strengths='Jayden can name when he is anxious and will use his exit card.',
   rows=[
    ('Jayden experiences high anxiety, particularly around change and crowded spaces. When overwhelmed he leaves the classroom or refuses to enter. His attendance this year is 81%.',
     [it('Daily check-in with a named key worker at the start of the day, to go through the visual timetable and any changes.', 'Key worker (Level 3 teaching assistant, TA)', 'Each morning at registration, 10 minutes', 'Individually', 'Key worker log reviewed weekly by the special educational needs co-ordinator (SENCo)'),
      it('Exit card and use of the Base room, with permission to leave lessons 5 minutes early to avoid busy corridors.', 'Arranged by the SENCo; all subject staff informed through the pupil passport', 'Every lesson', 'Not applicable (adaptation)', 'Use of the exit card reviewed half-termly')],
     'Jayden will be less anxious and will cope better with changes to his day.'),
  ]),
  dict(title='Cognition and learning', strengths='Jayden is working at or above the expected grades in maths and computer science.',
   rows=[
    ('Jayden finds extended writing in English and humanities difficult to organise and often does not start.',
     [it('Writing frames and teaching of planning strategies for extended answers.', 'English teacher and HLTA (higher level teaching assistant)', '2 x 30 minutes per week', '1 adult : 3 students', 'Half-termly work sample reviewed by the Head of English'),
      it('25 per cent extra time and a separate, quiet room for all examinations and mock examinations.', 'Arranged by the exams officer and SENCo', 'All examinations', 'Not applicable (access arrangement)', 'Access arrangements checked before each exam series')],
     ('By the end of Key Stage 4 (July 2027), Jayden will complete extended answers of at least 300 words in English and history assessments.',
      'By July 2027, Jayden will use a planning frame independently in 3 out of 4 extended writing tasks, checked by the higher level teaching assistant (HLTA).')),
  ])],
 C=['Jayden has a diagnosis of autism made by the community paediatrician in 2019. He has difficulty getting to sleep and takes melatonin, prescribed by his paediatrician. He has no difficulties with mobility or physical health.'],
 D=['Jayden lives with his mother and two younger sisters. Since February 2026 the children have been subject to a child protection plan under the category of neglect. Jayden\'s mother finds it hard to manage his anxiety and refusal at home and has asked for help with his sleep routine.'],
 health=[('Sleep', [it('Review of sleep and melatonin prescription.', 'Community paediatrician', 'Every 6 months, 30-minute appointment', comm='NHS Harrowfield Integrated Care Board (ICB)')],
          ('By July 2027, Jayden will be asleep by 11pm on at least 5 nights out of 7, recorded in a sleep diary kept with his mother.', 'By December 2026, Jayden and his mother will complete a 2-week sleep diary to share with the paediatrician.'))],
 G_text=['Health provision agreed on behalf of Harrowfield ICB by Ms J. Whitfield, Designated Clinical Officer, 24.06.2026.'],
 H1=['None.'], H2=['None.'],
 I=['Castlegate Academy (mainstream secondary academy) with access to the Base (resourced provision for autistic pupils).'],
 J=['Not applicable. No personal budget requested.'],
 K=[('Parental advice', 'Jayden\'s mother', '2nd of March 2026'), ('Jayden\'s views', 'Jayden, gathered by key worker', '5th of March 2026'),
    ('Educational advice', 'Mr D. Harris, SENCo, Castlegate Academy', '9th of March 2026'),
    ('Psychological advice', 'Ms C. Burke, Educational Psychologist', '18th of March 2026'),
    ('Medical advice', 'Dr F. Hussain, Community Paediatrician', '20th of March 2026'),
    ('Speech and language therapy advice', 'Ms O. Byrne, SALT, Communication and Autism Team', '12th of March 2026'),
    ('Annual review report', 'Castlegate Academy', '14th of May 2026')],
 signoff=['Authorised by: Ms K. Mensah, Team Manager, SEND Assessment and Review Service, 2nd of July 2026'],
 F_intro='The Local Authority will secure the following provision. Unless stated, provision is delivered in school.',
))

# =============================================================== e103 (fail) bold-statutory, Down syndrome, Year 2
PLANS.append(dict(
 file='e103.docx', layout='bold-statutory', name='Ruby', F_tables=True, bullet='o',
 front=[('First name', 'Ruby'), ('Year group', 'Year 2'), ('Age', '7'), ('Phase', 'Primary - Key Stage 1'),
        ('Date this plan was issued', '23 April 2026'), ('Plan status', 'Final'), ('Home language', 'English')],
 A=[('What Ruby tells us', [
     'Ruby shared her views with her class teaching assistant using photographs and Makaton signs (Makaton is a language programme using signs and symbols alongside speech). She pointed to the pictures of the sand tray, the book corner and her friend Maisie as the things she likes best at school. She signed "sad" for the dinner hall and covered her ears.',
     'Ruby says "I like singing. I like Maisie."']),
    ('What Ruby\'s family say', [
     'Ruby\'s mum and gran say she is loving, cheeky and loves music, especially songs with actions. She can say around 50 words and uses signs for many more. They would like her to be able to tell people what she needs, to have friends, and to become more independent with dressing and going to the toilet.']),
    ('Hopes for the future', ['o Ruby\'s family hope she will read simple books, sing in the school choir and, when she is older, have a job and friends of her own.'])],
 areas=[
  dict(title='Communication and interaction', strengths='Ruby is sociable and uses gesture, Makaton and single words well to make her wishes known.',
   rows=[
    ('Ruby has Down syndrome. Her expressive language is at around a 2-year level; she uses single words and some two-word phrases. Her understanding is better than her speech but she needs visual support to follow instructions with more than two parts.',
     [it('Speech and language therapy programme targeting two-word phrases, delivered using signing and pictures.', 'Programme written by the speech and language therapist (SALT); delivered by a trained TA', 'Daily, 15 minutes', 'Individually', 'SALT reviews the programme each half-term'),
      it('Speech and language therapist visits to assess Ruby, update her programme and train staff.', 'NHS speech and language therapist, Children\'s Therapy Service', 'Once each half-term, 1 hour', 'Not applicable (professional visit)', 'Written report after each visit'),
      it('All staff working with Ruby to use Makaton signs alongside speech.', 'Class teacher and TAs, after Makaton foundation training arranged by the special educational needs co-ordinator (SENCo)', 'Throughout the school day', 'Whole class with adult support', 'SENCo learning walk each term')],
     ('By the end of Key Stage 1 (July 2027), Ruby will use phrases of two or three words (spoken or signed) to ask for help or an object in 4 out of 5 opportunities, recorded by her teaching assistant (TA).',
      'By December 2026, Ruby will use 15 new two-word phrases, tracked on her speech and language therapy (SALT) record sheet.')),
  ]),
  dict(title='Cognition and learning', strengths='Ruby has good visual memory and recognises 20 words by sight. She can count to 10 with objects.',
   rows=[
    ('Ruby is working well below the level expected for her age and learns best with practical, visual and repetitive activities. She finds it hard to stay on task in a busy enviroment.',
     [it('See and Learn reading and number programmes, using pictures and objects.', 'Teaching assistant (TA) trained in the programme', '4 x 20 minutes per week', 'Individually', 'Termly progress check by the class teacher'),
      it('A seperate quiet work station in the classroom with a visual timetable.', 'Set up by the class teacher', 'Available every lesson', 'Not applicable (adaptation)', 'Reviewed at each termly SEN support meeting')],
     ('By the end of Key Stage 1 (July 2027), Ruby will read 40 words by sight and match numerals to quantities up to 10.',
      'By December 2026, Ruby will read 30 words by sight, checked by her class teacher using her word cards.')),
  ]),
  dict(title='Social, emotional and mental health', strengths='Ruby is affectionate and enjoys playing alongside other children.',
   rows=[
    ('Ruby becomes distressed at lunchtime and on the playground, particularly in the dinner hall. She sometimes sits down and refuses to move at transitions.',
     [it('Adult support at lunchtime and playtime to model play and help Ruby join in games with 1 or 2 friends.', 'Lunchtime TA', 'Every lunchtime and playtime', '1 adult : 3 pupils', 'Weekly notes to the SENCo'),
      it('Now and next board and a transition song used at each change of activity.', 'Class staff', 'At each transition', 'Individually', 'Reviewed termly')],
     'By July 2027, Ruby will be happier and more settled at playtimes and lunchtimes.'),
  ]),
  dict(title='Physical and self-care', strengths='Ruby can feed herself with a spoon and likes to help tidy up.',
   rows=[
    ('Ruby is not yet toilet trained during the day and needs help to dress and undress, including for PE. She has low muscle tone and tires easily when walking long distances.', [], None),
  ])],
 C=['Ruby has Down syndrome. She has a mild conductive hearing loss (glue ear) in both ears and wears glasses for long sight.',
    'Ruby was diagnosed with epilepsy (absence seizures) in January 2026 and takes medication twice a day. Staff have noticed brief "switching off" episodes in class, several times a week. Her mum says these are definately more frequent when she is tired.'],
 D=['Ruby has no social care needs. Her mum and gran care for her and feel well supported. The 0-25 SEND social worker confirmed no assessed needs on 03.02.2026; the family have been told about the short breaks local offer.'],
 health=[('Hearing', [it('Hearing tests and review of glue ear.', 'Paediatric audiology, Children\'s Hearing Service', 'Every 6 months, 45 minutes', comm='NHS Harrowfield Integrated Care Board (ICB)')],
          ('By July 2027, Ruby will tell or show an adult (by sign or word) when she cannot hear what is being said, on 3 out of 4 occasions observed by her TA.', 'By December 2026, Ruby will use the Makaton sign for "again" or "listen" when she has not heard, at least once a day, recorded by her TA.')),
         ('Vision', [it('Orthoptic and optometry review of glasses prescription.', 'Hospital Eye Service, orthoptist', 'Once a year, 1 hour', comm='NHS Harrowfield Integrated Care Board (ICB)')],
          ('By July 2027, Ruby will wear her glasses for at least 4 hours of the school day on 4 days out of 5, recorded on her daily home-school sheet.', 'By December 2026, Ruby will put on her glasses with one prompt each morning.'))],
 G_text=['These health arrangements were agreed by Dr S. Okoro, Designated Clinical Officer, Harrowfield ICB, on 14.04.2026.'],
 H1=['None. The family have information about short breaks and have chosen not to apply at present.'],
 H2=['None.'],
 I=['Millbrook Infant and Junior School (mainstream primary school).'],
 J=['The family has not requested a personal budget.'],
 K=[('Parental advice', 'Ruby\'s mum and gran', '19.01.2026'),
    ('Educational advice', 'Mrs J. Okafor, SENCo, Millbrook Infant and Junior School', '22.01.2026'),
    ('Psychological advice', 'Dr E. Lindqvist, Educational Psychologist', '29.01.2026'),
    ('Medical advice', 'Dr N. Patel, Community Paediatrician', '26.01.2026'),
    ('Speech and language therapy advice', 'Ms R. Quinn, SALT, Children\'s Therapy Service', '30.01.2026'),
    ('Audiology advice', 'Children\'s Hearing Service', '12.01.2026'),
    ('Orthoptic report', 'Ms C. Doyle, Orthoptist, Hospital Eye Service', '15.01.2026'),
    ('Social care advice', '0-25 SEND social worker, Mr B. Afolabi', '03.02.2026')],
 signoff=['Final plan issued by the Local Authority on 23 April 2026. All parents will recieve a copy of this plan.'],
 F_intro='The Local Authority will secure the following special educational provision for Ruby.',
))

# =============================================================== e104 (sound) bold-statutory, ADHD + SEMH + diabetes, Year 11
PLANS.append(dict(
 file='e104.docx', layout='bold-statutory', name='Ellis', F_tables=False, bullet='•', amended=True,
 front=[('Young person', 'Ellis'), ('NC year', 'Year 11'), ('Age', '16'), ('Education phase', 'Secondary - Key Stage 4 (preparing for post-16)'),
        ('Date of last annual review', '22 October 2026'), ('Amended plan issued', '17 November 2026'), ('Plan co-ordinator', 'Ms T. Achterberg, EHC Co-ordinator')],
 A=[('In Ellis\'s words', [
     'Ellis wrote this with his mentor before his Year 11 review:',
     '"I\'m good at fixing bikes and I help my uncle at his garage on Saturdays. I play five-a-side on Tuesdays. I get bored quickly if I have to sit still and copy off the board, and then I get told off. I want to do motor vehicle at college and then get an apprenticeship. I want to be able to get the bus to college on my own and not have my mum worry about my blood sugars."']),
    ('What Ellis\'s parents say', [
     'Ellis\'s mum and stepdad say he is practical, generous and great with his little cousins. His ADHD (attention deficit hyperactivity disorder) means he is impulsive, and he has had two fixed-term exclusions in Year 10. They want a calm move to college and for Ellis to take charge of his diabetes himself.']),
    ('Aspirations', [
     '• Ellis: to study motor vehicle maintenance at college, then an apprenticeship as a mechanic.',
     '• Family: for Ellis to manage his diabetes and travel independently by the end of Year 12.'])],
 areas=[
  dict(title='Social, emotional and mental health', strengths='Ellis is well liked, responds well to adults he trusts and has not had an exclusion since February 2026.',
   rows=[
    ('Ellis has ADHD. He finds it hard to stay on task for more than 10 minutes in lessons that are mainly listening or writing, calls out, and can react angrily when he feels he is being picked on.',
     [it('Mentoring session with a named learning mentor to review his week, plan for difficult lessons and practise calming strategies.', 'Learning mentor (trained in ADHD coaching)', 'Weekly (30 mins), Friday period 5', 'Individually', 'Mentor log; behaviour points reviewed half-termly by the special educational needs co-ordinator (SENCo)'),
      it('Movement breaks: Ellis has one agreed 3-minute errand or movement break in each lesson, requested with his break card.', 'Subject teachers, following the pupil passport written by the SENCo', 'Every lesson', 'Not applicable (adaptation)', 'Break card use checked half-termly')],
     ('By the end of Year 11 (July 2027), Ellis will have no fixed-term exclusions and fewer than 5 behaviour points each half-term.',
      'By March 2027, Ellis will use his break card or a calming strategy instead of leaving the room in 4 out of 5 difficult moments, recorded in his mentor log.')),
  ]),
  dict(title='Cognition and learning', strengths='Ellis learns quickly through practical tasks and is on track for a grade 5 in engineering.',
   rows=[
    ('Ellis\'s written work is short and unfinished because of difficulties with attention and organisation. He is predicted a grade 3 in English language and maths.',
     [it('Small-group maths and English intervention focusing on exam technique and functional skills.', 'Qualified teacher from the English and maths departments', '2 x 50 minutes per week until May 2027', '1 teacher : 5 students', 'Mock examination results in December and March'),
      it('Rest breaks and a separate room for GCSE examinations, with 25 per cent extra time.', 'Arranged by the exams officer following assessment by the SENCo', 'All mock and final examinations', 'Not applicable (access arrangement)', 'Confirmed in the access arrangements register before each exam series')],
     ('By July 2027, Ellis will gain a grade 4 in GCSE maths or English language, meeting the entry requirement for the Level 2 motor vehicle course.',
      'By March 2027, Ellis will finish 3 out of 4 timed practice papers in each subject, recorded by his maths and English teachers.')),
  ]),
  dict(title='Preparing for adulthood', strengths='Ellis already works on Saturdays at his uncle\'s garage and knows the bus routes near home.',
   rows=[
    ('Ellis needs support to plan his move to college and to travel on his own, as he can become distracted and miss stops or lose his pass.',
     [it('Independent travel training from home to Harrowfield College, starting in May 2027.', 'Independent travel trainer, Harrowfield Travel Training Team', '6 sessions of 1.5 hours over 6 weeks, then reviewed', 'Individually', 'Travel trainer sign-off checklist'),
      it('Careers guidance interview and a college taster day.', 'Level 6 qualified careers adviser; transition visit arranged by the SENCo', 'One 45-minute interview by December 2026; one taster day by March 2027', 'Individually', 'Careers action plan shared with parents')],
     ('By the end of Year 12 (July 2028), Ellis will be studying motor vehicle maintenance and will travel to and from college by bus on his own every day.',
      'By September 2027, Ellis will complete the bus journey to college independently on 3 supervised trial journeys, signed off by the travel trainer.')),
  ])],
 C=['Ellis has type 1 diabetes, diagnosed when he was 9. He uses an insulin pump and a glucose sensor linked to his phone. He has an individual healthcare plan (IHCP) held by school. Low blood sugar can affect his concentration and mood. Ellis has no difficulty walking or with any physical activity and plays football twice a week.',
    'Ellis has ADHD, diagnosed by the community paediatrician in 2021. He takes methylphenidate each morning.'],
 D=['Ellis has no social care needs relating to his SEN. The family were assessed by early help in 2025 and the case closed with no further need identified. This was confirmed in social care advice (see Section K).'],
 health=[('Diabetes', [it('Review of diabetes management, insulin pump settings and HbA1c (average blood sugar) levels.', 'Paediatric diabetes team (consultant and specialist nurse)', 'Every 3 months, clinic appointment of 1 hour', comm='NHS Harrowfield Integrated Care Board (ICB)'),
                       it('Training for school staff in insulin pump use and responding to high and low blood sugars, and update of the IHCP.', 'Paediatric diabetes specialist nurse', 'Once a year (2 hours), and when the IHCP changes', comm='NHS Harrowfield Integrated Care Board (ICB)')],
          ('By July 2028, Ellis will manage his own blood sugar checks and insulin doses at school and college with no adult prompts, keeping his HbA1c (average blood sugar level) within the target set by his diabetes team.',
           'By July 2027, Ellis will check his glucose sensor before lunch and PE without a reminder on 9 out of 10 school days, recorded on his IHCP log.')),
         ('ADHD', [it('ADHD medication review, height, weight and blood pressure checks.', 'Community paediatrician', 'Every 6 months, 30 minutes', comm='NHS Harrowfield Integrated Care Board (ICB)')], None)],
 G_text=['Health sign-off: the provision in Section G has been agreed by the Designated Clinical Officer, Ms J. Whitfield, Harrowfield ICB. Date agreed: 10 November 2026.'],
 H1=['None. The family know about the short breaks local offer and do not wish to apply.'],
 H2=['None. Early help was offered in 2025 and the case closed by agreement; no further need.'],
 I=['Year 11: Castlegate Academy (mainstream secondary academy).', 'From September 2027: to be named at the annual review in the spring term, following consultation with Harrowfield College (further education college).'],
 J=['No personal budget.'],
 K=[('Parental and young person\'s views', 'Ellis and his mother and stepfather', '30 September 2026'),
    ('Educational advice (annual review report)', 'Mr D. Harris, SENCo, Castlegate Academy', '22 October 2026'),
    ('Psychological advice', 'Dr L. Ferreira, Educational Psychologist', '12 May 2026'),
    ('Medical advice', 'Dr F. Hussain, Community Paediatrician', '8 October 2026'),
    ('Diabetes advice', 'Ms A. Nowak, Paediatric Diabetes Specialist Nurse', '5 October 2026'),
    ('Social care advice', 'Mr G. Tan, Early Help Co-ordinator, Children\'s Services', '14 October 2026'),
    ('Preparing for adulthood advice', 'Ms R. Coleman, Careers Adviser (Level 6)', '20 October 2026')],
 signoff=['Issued on behalf of the Local Authority by Ms T. Achterberg, EHC Co-ordinator, 17 November 2026.'],
 F_intro='F.0 The Local Authority will secure the special educational provision set out below.',
))

# =============================================================== e105 (fail) ef-table, cerebral palsy, post-16 Year 12
PLANS.append(dict(
 file='e105.docx', layout='ef-table', name='Tom',
 front=[('Young person', 'Tom'), ('Age', '17'), ('Year group', 'Year 12 (post-16)'), ('Education phase', 'Post-16, further education'),
        ('Date this plan was issued', '16.06.2026'), ('Reason for issue', 'Amended following annual review (phase transfer to college)')],
 A=[('My views', [
     '"I have been at Harrowfield College since September doing the Level 1 IT course. I like it more than school because nobody treats me like a baby. I use a wheelchair for long distances and my walker in the classroom. I need help with the practical bits like setting up equipment and I get really tired in the afternoons."',
     '"I like gaming, especially racing games, and I do wheelchair basketball on Wednesdays. I want to work in IT support or game testing."']),
    ('My family\'s views', [
     'Tom\'s mum says Tom have grown up a lot this year. Him and his mum was worried about the move to college but it has went well. She would like Tom to be more independent with his personal care so he can go out with friends without her, and she wants him to have a proper job one day.']),
    ('Aspirations', ['* Tom wants to work in IT support or as a games tester.', '* Tom wants to go out in town with his friends and to live in his own adapted flat when he is older.'])],
 areas=[
  dict(title='Physical and sensory', strengths='Tom is determined, knows what works for him and directs adults well.',
   rows=[
    ('Tom has cerebral palsy (spastic diplegia) affecting both legs and, to a lesser extent, his hands. He cannot use a standard keyboard quickly and needs help in practical IT sessions to set up hardware.',
     [it('Adapted keyboard, trackball mouse and height-adjustable desk in every IT room Tom uses.', 'Provided and maintained by the college assistive technology officer', 'All sessions', mon='Checked at the start of each term'),
      it('Support assistant in practical sessions to set up and move hardware under Tom\'s direction.', 'Learning support assistant (LSA) with moving and handling training', 'All practical sessions (6 hours per week)', group='Individually', mon='Reviewed by the course tutor each half-term')],
     'Tom has a 1:1 support assistant in all practical sessions.'),
    ('Tom tires quickly, particularly after lunch, which affects his concentration and written work.',
     [it('Timetable arranged so that practical sessions are in the morning, with a 15-minute rest break in the afternoon in the learning support base.', 'Course leader and additional learning support (ALS) manager', 'Daily', mon='Attendance and fatigue log reviewed each half-term')],
     ('End of key stage outcome (July 2028): Tom will complete his Level 2 IT qualification, attending at least 90% of sessions.', 'By July 2027, Tom will achieve his Level 1 IT qualification, handing in 9 out of 10 assignments on time, recorded by his tutor.')),
  ]),
  dict(title='Preparing for adulthood: independence and community', strengths='Tom can plan routes using accessible travel apps.',
   rows=[
    ('Tom needs to build independence skills for travelling, managing money and personal care so that he can go out with friends and, in time, live in his own adapted home.',
     [it('Independent living skills programme: budgeting, using accessible public transport and planning a trip into town.', 'Independent living skills tutor, Harrowfield College', 'Weekly, 1.5 hours, for the academic year', group='1 tutor : 6 students', mon='Skills checklist reviewed termly')],
     ('End of key stage outcome (July 2028): Tom will travel into the town centre and back with friends, without family support, at least twice a month.', 'By July 2027, Tom will plan and make a bus journey with a tutor to the town centre, using the ramp and paying his own fare, on 3 occasions recorded by the tutor.')),
    ('Tom has a work experience goal but has not yet had a placement.',
     [it('Supported work experience placement in an IT support or office setting.', 'College job coach', 'One afternoon a week (3 hours) for 10 weeks, spring term 2027', group='Individually', mon='Employer feedback form at the end of the placement')],
     ('End of key stage outcome (July 2028): Tom will complete a 10-week work placement in an IT role.', 'By July 2027, Tom will complete his first placement, with an employer report showing he arrived on time for 9 out of 10 sessions.')),
  ])],
 C=['Tom has cerebral palsy (spastic diplegia). He has tight hamstrings and calf muscles and needs a daily stretching programme to prevent contractures. He uses a wheelchair for long distances and a walker indoors. He has no other health needs.'],
 D=['Tom\'s needs were assessed by the 0-25 Disabled Children\'s Team in March 2026. He needs help with some personal care (showering, dressing lower body). His mum provides this and there is less people available to help at weekends.'],
 health=[('Muscle tightness', [it('Physiotherapy review and update of the daily stretching programme; training of college staff in the programme.', 'NHS physiotherapist, Adult and Young People\'s Physiotherapy Service', 'Termly review, 1 hour; staff training once a year', comm='NHS Harrowfield Integrated Care Board (ICB)')],
          ('By July 2027, Tom will carry out his stretching programme with one adult each day at college on 4 days out of 5, recorded on his programme sheet.', 'By December 2026, Tom will lead 3 of his stretches himself, recorded by the LSA.')),
         ('Fine motor and self-care', [it('Occupational therapy sessions to teach Tom to use his adapted keyboard more quickly, and to practise dressing his lower body independently.', 'NHS occupational therapist (OT), Children and Young People\'s Therapy Service', 'Weekly, 45 minutes, for 12 weeks', comm='NHS Harrowfield Integrated Care Board (ICB)')],
          ('By July 2027, Tom will dress his lower body independently in under 10 minutes, on 4 out of 5 attempts recorded by the OT.', 'By December 2026, Tom will type 20 words per minute using his adapted keyboard.'))],
 G_text=['The health provision in Section G was agreed by Dr S. Okoro, Designated Clinical Officer (DCO), Harrowfield ICB, on 08.06.2026.'],
 H1=['Personal care support: a personal assistant to help Tom with showering and dressing on Saturday and Sunday mornings, 2 hours each day, funded by the Disabled Children\'s Team under section 2 of the Chronically Sick and Disabled Persons Act 1970.'],
 H2=['None.'],
 I=['Harrowfield College (general further education college), Level 1 Information Technology, 16-19 study programme.'],
 J=['A direct payment of 4 hours per week (at the current council rate) is made to Tom\'s mother for the personal assistant in Section H1.'],
 K=[('Views of Tom and his mother', 'Tom and his mother', '10.03.2026'),
    ('Educational advice', 'Mr P. Lewandowski, Additional Learning Support Manager, Harrowfield College', '02.03.2026'),
    ('Psychological advice', 'Dr K. Oduya, Educational Psychologist', '17.03.2026'),
    ('Medical advice', 'Dr V. Sharma, Consultant Paediatrician', '21.09.2023'),
    ('Physiotherapy advice', 'Ms D. Young, Physiotherapist', '04.10.2023'),
    ('Occupational therapy advice', 'Mr L. Jones, Occupational Therapist', '05.03.2026'),
    ('Social care advice', 'Ms F. Ali, Social Worker, 0-25 Disabled Children\'s Team', '19.03.2026'),
    ('Preparing for adulthood advice', 'Mrs A. Chowdhury, Careers Adviser', '11.03.2026')],
 signoff=['The staff needs to read this plan alongside Tom\'s moving and handling plan. Signed: Ms K. Mensah, Team Manager, SEND Assessment and Review Service, 16.06.2026.'],
 F_intro='The Local Authority will secure the provision below. Outcomes are shown as the end of key stage outcome and the steps towards it over the next 12 months.',
))

# =============================================================== e106 (sound) ef-table, autism, age 3, nursery
PLANS.append(dict(
 file='e106.docx', layout='ef-table', name='Noah',
 front=[('Child', 'Noah'), ('Age', '3 years 8 months'), ('Year group', 'Nursery (Early Years Foundation Stage, EYFS)'), ('Education phase', 'Early years'),
        ('Date this plan was issued', '10.09.2026'), ('Review', 'Because Noah is under 5, this plan will be reviewed every 6 months (next review: March 2027)')],
 A=[('What Noah tells us through play', [
     'Noah does not yet use words to share his views. His key person at nursery, Ms Bianca Russo, watched him over four weeks and noted what he chose and how he responded. This is what she saw:',
     '* Noah goes straight to the water tray and the ball run every morning and laughs when the balls drop.',
     '* He brings an adult\'s hand to the snack cupboard when he wants a biscuit, and pushes a plate away when he has had enough.',
     '* He covers his ears and runs to the book corner when the room gets loud, and settles when an adult sits quietly near him.',
     '* He enjoys songs with actions and will look at an adult and wait for the next line of "Row, row, row your boat".']),
    ('What Noah\'s parents say', [
     'Noah\'s mum and dad describe him as a happy, affectionate little boy who loves being outdoors, splashing in puddles and lining up his toy cars. They know he understands more than he can say. They would like him to be able to tell them what he wants, to sleep through the night more often, and to play alongside other children.']),
    ('Hopes for Noah', ['* That Noah will communicate what he wants using pictures, signs or words.', '* That he will start Reception happy, with friends, in a school that understands him.'])],
 areas=[
  dict(title='Communication and interaction', strengths='Noah makes good eye contact during songs and games he enjoys and uses gestures to make requests.',
   rows=[
    ('Noah has a diagnosis of autism (made in June 2026). He has no spoken words yet. He understands simple routines and familiar words such as "coat", "snack" and "outside" when they are said with a gesture.',
     [it('Picture exchange (PECS) at snack time and play, teaching Noah to hand over a picture to request.', 'Key person, trained in PECS by the speech and language therapist', 'Daily, at least 3 planned opportunities of 5 minutes', group='Individually', mon='Weekly request count recorded by the key person'),
      it('Speech and language therapist (SALT) to assess Noah, set his targets and coach his key person and parents.', 'Speech and language therapist (SALT), Early Years Communication Team', 'Once each half-term for 1 hour at nursery, plus one 1-hour home visit each term', mon='SALT report after each visit')],
     ('End of Early Years Foundation Stage outcome (July 2028): Noah will ask for things he wants using pictures, signs or single words in 4 out of 5 opportunities at nursery and at home.', 'By March 2027, Noah will hand over a picture card to ask for a snack or toy on at least 10 occasions a week, counted by his key person.')),
    ('Noah finds it difficult to share attention with an adult on an activity and plays alone.',
     [it('Attention Autism group sessions ("bucket time"), building shared attention through exciting visual activities.', 'Early years practitioner trained in Attention Autism', '4 x 15 min per week', group='1 adult : 4 children', mon='Stage reached recorded on the Attention Autism tracker each half-term')],
     ('End of EYFS outcome (July 2028): Noah will take turns with a peer in a simple game for 3 turns with an adult nearby.', 'By March 2027, Noah will watch the bucket time activities for 5 minutes on 3 out of 4 sessions, recorded by the practitioner.')),
  ]),
  dict(title='Sensory and physical', strengths='Noah is strong and agile on climbing equipment.',
   rows=[
    ('Noah is distressed by loud noise and crowded areas and seeks movement, often spinning or running.',
     [it('A quiet den in the nursery room and planned movement breaks (trampoline, swing) in his daily timetable.', 'Set up by the nursery manager; breaks led by key person', 'Daily, at least three 5-minute breaks', group='Individually', mon='Key person daily diary')],
     ('End of EYFS outcome (July 2028): Noah will stay in a group activity with other children for 10 minutes with one adult nearby.', 'By March 2027, Noah will use his den or show his "break" card to leave a noisy space instead of running, on 3 out of 5 occasions recorded by his key person.')),
  ])],
 C=['Noah is physically well. He eats a limited range of about ten foods. His growth is within the healthy range and is being monitored by his health visitor. He has no difficulty with walking, climbing or sleeping at nursery, but he wakes for long periods most nights at home.'],
 D=['Noah\'s parents are tired because Noah wakes at night and needs constant supervision at home. They asked for help with bedtime routines. An early help assessment was completed by the Family Hub on 14.07.2026.'],
 health=[('Eating and growth', [it('Health visitor review of Noah\'s diet, growth and sleep, with advice to parents and nursery.', 'Health visitor, 0-19 Public Health Nursing Service', 'Every 3 months, 45-minute home visit', comm='Harrowfield Council Public Health (0-19 service)'),
                             it('Community paediatric review following autism diagnosis.', 'Community paediatrician', 'Every 6 months, 30 minutes', comm='NHS Harrowfield Integrated Care Board (ICB)')],
          ('By July 2028, Noah will eat at least 15 different foods and will sleep for 6 hours or more without waking on 4 nights out of 7, recorded in the food and sleep diary kept by his parents and key person.', 'By March 2027, Noah will try one new food each month and will settle to sleep within 30 minutes of his bedtime routine on 4 nights out of 7.'))],
 G_text=['Health contributions agreed by Dr S. Okoro, Designated Clinical Officer, Harrowfield ICB - 1st September 2026.'],
 H1=['None. Short breaks were considered with the family; they will revisit the short breaks offer at Noah\'s next review.'],
 H2=['Early help family support: a family support worker from the Harrowfield Family Hub will visit at home fortnightly, 1 hour each visit, for 12 weeks from October 2026, to help the family build a bedtime routine.'],
 I=['Little Acorns Nursery (private, voluntary and independent early years setting), 15 funded hours a week, rising to 30 hours from January 2027.'],
 J=['No personal budget has been requested.'],
 K=[('Parents\' advice', 'Noah\'s mother and father', '12 May 2026'),
    ('Educational advice', 'Ms B. Russo, key person, and Mrs S. Kaur, special educational needs co-ordinator (SENCo), Little Acorns Nursery', '19 May 2026'),
    ('Educational advice', 'Mr J. Mbeki, Early Years Specialist Teacher', '26 May 2026'),
    ('Psychological advice', 'Dr H. Ibrahim, Educational Psychologist', '4 June 2026'),
    ('Medical advice', 'Dr M. Rahman, Community Paediatrician', '9 June 2026'),
    ('Health visitor report', 'Ms G. Harper, Health Visitor', '2 June 2026'),
    ('Speech and language therapy advice', 'Ms E. Kowalczyk, SALT, Early Years Communication Team', '28 May 2026'),
    ('Social care advice (early help assessment)', 'Mr O. Grant, Family Hub Practitioner', '14 July 2026')],
 signoff=['Issued by Mr R. Adeyemi, SEND Case Officer, on behalf of the Local Authority, 10 September 2026.'],
 F_intro='The Local Authority will secure the following special educational provision at Noah\'s nursery.',
))

# =============================================================== e107 (fail) ef-table, dyslexia + SEMH, Year 6
PLANS.append(dict(
 file='e107.docx', layout='ef-table', name='Kian',
 front=[('Pupil', 'Kian'), ('NC year', 'Year 6'), ('Age', '11'), ('Education phase', 'Primary (Key Stage 2)'),
        ('Date plan first issued', '12.03.2024'), ('Date of last annual review', '15.10.2025'), ('Next review due', 'October 2026')],
 A=[('Kian\'s views', [
     'Kian spoke to his class teacher. He said: "I hate reading out loud. Everyone else finishes and I\'m still on the first line. I think I\'m stupid. I get in trouble because I rip my work up." He said he would like to be a mechanic like his grandad and that he likes football.']),
    ('Parents\' views', [
     'Kian\'s dad says Kian refuses to do homework, has meltdowns most evenings and says he does not want to go to school. He is worried about secondary school and that Kian is falling further behind. He wants Kian to be able to read and write well enough to get a job.']),
    ('Aspirations', ['* Kian would like to be a mechanic.', '* His dad wants him to cope at secondary school and leave with qualifications.'])],
 areas=[
  dict(title='Cognition and learning', strengths=None,
   rows=[
    ('Kian has a specific learning difficulty (dyslexia). His reading age is 7 years 2 months (chronological age 8 years 7 months at assessment, December 2023). He cannot decode unfamiliar words, his spelling is very weak and his written work is short and hard to read. His working memory and processing speed are low.',
     [it('Structured, multi-sensory literacy programme (phonics, reading fluency and spelling).', 'Specialist dyslexia teacher (holding an Approved Teacher Status qualification)', '3 x 30 minutes per week', group='Individually', mon='Standardised reading and spelling test each term'),
      it('Laptop with text-to-speech and word prediction software for extended writing.', 'Set up and maintained by the school IT technician', 'All lessons involving extended writing', mon='Special educational needs co-ordinator (SENCo) checks use half-termly')],
     ('End of Key Stage 2 outcome (July 2027): Kian will have a reading age of at least 9 years on a standardised reading test.', 'By March 2025, Kian will read a Year 3 level text of his choice (for example a football or car magazine article) aloud with 90% accuracy, measured termly by the dyslexia teacher.')),
    ('Kian has difficulty organising himself and his work. He forgets equipment, loses homework and cannot plan a piece of writing.',
     [it('A weekly session of small-group organisation and study skills work for 10 weeks.')],
     ('End of Key Stage 2 outcome (July 2027): Kian will bring the right equipment and his homework diary to school on 4 days out of 5.', 'By March 2025, Kian will use a writing plan before writing in 3 out of 4 extended writing tasks, checked by his class teacher.')),
  ]),
  dict(title='Social, emotional and mental health', strengths=None,
   rows=[
    ('Kian has low self-esteem and high anxiety about reading and writing. He refuses work, tears up his books and runs out of class around twice a week. He has few friends and is often isolated at playtime.',
     [it('Emotional literacy support sessions (ELSA, Emotional Literacy Support Assistant programme) on recognising and managing feelings.', 'Trained ELSA (teaching assistant trained by the educational psychology service)', 'Weekly, 40 minutes, for 12 weeks, then reviewed', group='Individually', mon='Pre- and post-programme wellbeing scale'),
      it('Agreed "time out" card with a named adult and a calm space.', 'Class teacher and teaching assistant', 'Available every lesson', group='Individually', mon='Incident log reviewed half-termly')],
     ('End of Key Stage 2 outcome (July 2027): Kian will stay in class for the whole lesson in 9 out of 10 lessons, with no running out of school.', 'By March 2025, Kian will use his time-out card instead of leaving class on 4 out of 5 occasions, recorded in the incident log.')),
  ])],
 C=['Not known.'],
 D=['Kian has no social care needs. The family were offered early help support in 2024 and declined; no other involvement (confirmed by the Children\'s Services front door team, 11.01.2024).'],
 health=[],
 G_text=['No health provision is required.'],
 H1=['None. Short breaks were not considered necessary.'],
 H2=['None. Early help was offered and declined by the family in 2024.'],
 I=['Riverside Primary School (mainstream community primary school). Secondary placement to be named following consultation for September 2027.'],
 J=['No personal budget.'],
 K=[('Parental advice', 'Kian\'s father', '09.12.2023'),
    ('Educational advice', 'Ms R. Holt, SENCo, Riverside Primary School', '14.12.2023'),
    ('Specialist teacher report', 'Mrs M. Shah, Specialist Dyslexia Teacher', '03.01.2024'),
    ('Psychological advice', 'Dr P. Mensah, Educational Psychologist', '05.01.2024'),
    ('Medical advice', 'School nurse, 0-19 service (Ms A. Bell)', '08.01.2024'),
    ('Social care advice', 'Children\'s Services front door team (Mr C. Reid)', '11.01.2024')],
 signoff=['Plan issued 12.03.2024. Annual review held 15.10.2025; no amendments made.'],
 F_intro='The Local Authority will secure the provision set out below.',
))

# =============================================================== e108 (fail) ef-table, SLCN + EAL, age 4, nursery
PLANS.append(dict(
 file='e108.docx', layout='ef-table', name='Amira',
 front=[('Child', 'Amira'), ('Age', '4'), ('Year group', 'Nursery (will start Reception September 2027)'), ('Education phase', 'Early years'),
        ('Date this plan was issued', '14th of October 2026'), ('Languages at home', 'Arabic (main), some English')],
 A=[('About Amira', [
     'Amira lives with her mum, dad and baby brother. She moved to Harrowfield from Syria via Lebanon in 2024. Arabic is spoken at home.']),
    ('Amira\'s views', ['Amira is too young to give her views.']),
    ('Parents\' views', [
     'Amira\'s parents (with an Arabic interpreter) said that Amira is gentle, loves dolls, drawing and the park, and sings Arabic songs with her grandmother on video calls. They are worried that she says very little in Arabic as well as English and that other children do not understand her. They would like her to speak in sentences and to be ready for Reception.']),
    ('Aspirations', ['* Amira\'s parents want her to talk with other children in Arabic and English and to be happy at school.', '* They hope she will do well at school and one day go to university like her father.'])],
 areas=[
  dict(title='Communication and interaction', strengths='Amira is interested in other children and watches them closely. She understands routines and points to show what she wants.',
   rows=[
    ('Amira has a speech and language disorder. The speech and language therapist found her understanding and use of language are delayed in both Arabic and English, so her difficulties are not explained by learning English as an additional language (EAL). She uses single words and gestures. Her speech is hard for unfamiliar adults to understand.',
     [it('Speech and language therapy: individual sessions on understanding and using two-word phrases, using pictures and objects.', 'Speech and language therapist (SALT), Early Years Communication Team', 'Weekly, 30 minutes, for 10 weeks then reviewed', group='Individually', mon='Therapist\'s report at the end of each block'),
      it('Daily language group using the therapist\'s programme (e.g. naming, following instructions with two key words).', 'Early years practitioner trained by the SALT', 'Daily, 15 minutes', group='1 adult : 4 children', mon='Key person records progress weekly'),
      it('Home language support: key words and the visual timetable shared with parents in Arabic and English.', 'Bilingual family support worker, EAL Service', 'Once a half-term, 1-hour home visit', mon='Visit note to the special educational needs co-ordinator (SENCo)')],
     'Amira will receive speech and language therapy each week at nursery.'),
    ('Amira does not yet join in play with other children and plays alone at the edge of the group.',
     [it('Adult-supported play in a small group, modelling turn-taking and play words.', 'Key person', '4 x 20 minutes per week', group='1 adult : 3 children', mon='Observations in her learning journal')],
     ('End of Early Years Foundation Stage outcome (July 2028): Amira will play a simple game with 2 other children, taking turns and using words or phrases, in 4 out of 5 observations.', 'By July 2027, Amira will join a small-group play activity with her key person and one other child for 10 minutes, on 3 occasions a week, recorded in her learning journal.')),
  ]),
  dict(title='Cognition and learning', strengths='Amira enjoys drawing and matching games and can complete 6-piece jigsaws.',
   rows=[
    ('Amira\'s play and early learning skills are developing, but her limited language means she cannot yet follow group stories or name colours and numbers.',
     [it('Small-group story sessions using props and pictures, and daily counting songs.', 'Early years practitioner (Level 3)', 'Daily, 15 minutes', group='1 adult : 4 children', mon='EYFS tracking each term')],
     ('End of EYFS outcome (July 2028): Amira will name 5 colours and count 5 objects accurately, in English or Arabic.', 'By July 2027, Amira will point to the correct picture when asked about a story (who, what) in 4 out of 5 sessions, recorded by the practitioner.')),
  ])],
 C=['Amira had recurrent ear infections and glue ear in 2025. A hearing test in March 2026 showed a mild hearing loss in her left ear. Her hearing needs to be monitored because it may affect her speech.'],
 D=['Amira has no social care needs relating to her SEN. Social care advice confirmed the family are well supported by the local resettlement team and were told about early help services; no assessed need.'],
 health=[('Hearing', [it('The community paediatrician will continue to monitor Amira\'s hearing and development.', 'Community paediatrician', None, comm='NHS Harrowfield Integrated Care Board (ICB)')],
          ('By July 2027, Amira will show an adult when she has not heard an instruction (by pointing to her ear or saying "again") on 3 out of 4 occasions observed by her key person.', 'By March 2027, Amira will look at and respond to an adult speaking to her in a small group on 4 out of 5 occasions, recorded by her key person.'))],
 G_text=['Health provision agreed by Ms J. Whitfield, Designated Clinical Officer, Harrowfield ICB, 6 October 2026.'],
 H1=['None. Short breaks considered; not required at this time.'],
 H2=['None. The family have been given information on the Family Hub stay-and-play sessions.'],
 I=['Sunflower Nursery School (maintained nursery school).'],
 J=['No personal budget has been requested.'],
 K=[('Parental advice (with Arabic interpreter)', 'Amira\'s parents', None),
    ('Educational advice', 'Sunflower Nursery School', None),
    ('Psychological advice', 'Educational Psychologist', None),
    ('Medical advice', 'Dr M. Rahman, Community Paediatrician', '3 June 2026'),
    ('Speech and language therapy advice', 'Ms E. Kowalczyk, SALT', '27 May 2026'),
    ('Social care advice', 'Ms L. Haddad, Social Worker, Children\'s Assessment Team', '10 June 2026')],
 signoff=['Signed for the Local Authority: Mr R. Adeyemi, SEND Case Officer, 14th of October 2026.'],
 F_intro='The Local Authority will secure the provision below at Amira\'s nursery.',
))

def personal(name, dob, sex, eth, lang, plang, p1, rel1, p2='', rel2='', setting='', gp='', sc='No', other='', lac='No', waslac='No', opp='No', moved='No'):
    return {'name': name, 'preferred_name': name, 'date_of_birth': dob, 'sex': sex, 'ethnicity': eth,
            'child_or_young_person_first_language': lang, 'parent_or_carer_first_language': plang,
            'parent_1_name': p1, 'parent_1_relationship': rel1, 'parent_1_email': 'Held on case record', 'parent_1_telephone_number': 'Held on case record',
            'parent_1_home_address': 'Held on case record', 'parent_2_name': p2 or 'Not applicable', 'parent_2_relationship': rel2 or '',
            'parent_2_email': 'Held on case record' if p2 else '', 'parent_2_telephone_number': 'Held on case record' if p2 else '',
            'parent_2_home_address_if_different_to_parent_or_carer_1': 'Same address' if p2 else '',
            'education_setting': setting, 'gp_and_key_health_professional_where_applicable': gp,
            'nhs_number_if_available': 'Withheld (anonymised copy)', 'known_to_social_care': sc,
            'other_professionals_involved_with_this_childyoung_personfamily': other, 'currently_a_looked_after_child': lac,
            'has_been_a_looked_after_child': waslac, 'is_there_a_one_page_profile_received_append': opp,
            'child_or_young_person_moving_to_area_with_ehcp_from_a_different_local_authority': moved}

# =============================================================== e109 (sound) national template, ADHD + DLD, Year 5
PLANS.append(dict(
 file='e109.docx', layout='national-template', name='Oliver',
 front=[('Date this plan was issued', '28.04.2026'), ('NC year', 'Year 5'), ('Education phase', 'Primary'), ('Plan type', 'Final EHC plan')],
 personal=personal('Oliver', '11/2016 (age 9)', 'Male', 'White British', 'English', 'English', 'Claire', 'Mother', 'Daniel', 'Father',
                   setting='St Anne\'s Church of England Primary School, Year 5', gp='Community paediatrician: Dr F. Hussain', sc='No',
                   other='Educational psychologist; speech and language therapist; specialist teacher (Communication and Language Team)', opp='Yes'),
 A1=['Oliver lives with his mum, dad and older sister. He was diagnosed with ADHD (attention deficit hyperactivity disorder) in 2024 and with developmental language disorder (DLD, a long-term difficulty learning and using language) in 2025. He has received SEN support at St Anne\'s since Year 2.',
     'Communication: Oliver talks a lot and is friendly, but he struggles to find the right words and to follow long instructions. He understands best when adults keep instructions short and show him what to do.'],
 A2={'views': ['Oliver\'s views (told to his teaching assistant, who wrote down his words):',
               '"I\'m really fast at running and I\'m the best in my class at Minecraft building. I don\'t like writing because my hand hurts and I forget what I wanted to say. When the teacher talks for ages I stop listening. I like it when Mrs Kelly shows me a picture of what to do."',
               'Parents\' views: Oliver\'s mum and dad say he is kind, energetic and very creative. Homework is a battle and he gets upset when he can\'t explain himself. They want school to help him with his language and concentration so he feels clever again.'],
     'interests': ['Minecraft, Lego, running (he is in the school cross-country team) and his dog, Pepper.'],
     'strengths': ['Oliver is creative and good at building and designing things. He is a strong runner and a loyal friend. His number skills are close to the expected level for Year 5.'],
     'aspirations': ['Oliver: "I want to be a game designer or build houses." His parents want him to go to secondary school feeling confident, with the reading and writing he needs, and to keep up his running.']},
 areas=[
  dict(key='ci', strengths='Oliver is chatty and keen to talk about his interests. He uses gesture well and asks for help when he is shown how.',
   rows=[
    ('Oliver has DLD. He has difficulty understanding instructions with more than two parts and finding the words he needs. His standard scores on the CELF-5 (a language test) are below the 5th centile for both understanding and expressive language.',
     [it('Speech and language therapy programme on vocabulary and understanding instructions, using word maps and visual supports.', 'A trained teaching assistant (TA) following a programme written by the speech and language therapist (SALT)', '3 x 20 min per week', '1 adult : 2 pupils', 'SALT reviews progress each visit'),
      it('Speech and language therapist visits to assess, update the programme and coach staff.', 'NHS speech and language therapist, Children\'s Therapy Service', 'Twice termly, 1 hour each visit', 'Not applicable (professional visit)', 'Written report after each visit')],
     ('By the end of Key Stage 2 (July 2028): Oliver will follow three-part classroom instructions without extra help in 4 out of 5 observed lessons.', 'By April 2027: Oliver will learn and use 10 new topic words each half-term, checked with his TA using his word maps.')),
  ]),
  dict(key='cl', strengths='Oliver is a good problem solver in maths and enjoys practical and design tasks.',
   rows=[
    ('Oliver\'s reading comprehension and writing are well below the expected level for Year 5 because of his language difficulties and attention. His writing is short and unplanned.',
     [it('May 2026 onwards, a specialist teacher from the Communication and Language Team will visit to model strategies for language-rich writing lessons and set targets with the class teacher.', 'Specialist teacher, Communication and Language Team', 'Once each half-term, 1.5 hours', 'Not applicable (advisory visit)', 'Visit notes shared with parents and the SENCo (special educational needs co-ordinator)'),
      it('Guided writing with a visual planning frame, building from spoken sentences to written ones.', 'Class teacher', '3 x 30 minutes per week', '1 adult : 4 pupils', 'Writing sample assessed each half-term'),
      it('A laptop with speech-to-text and word prediction software for extended writing, with passwords and updates kept up to date.', 'Provided by school; set up and maintained by the school\'s IT technician', 'All extended writing tasks', 'Individually', 'Checked by the SENCo each term')],
     ('By the end of Key Stage 2 (July 2028): Oliver will write a planned piece of at least 200 words, using paragraphs, in a topic he chooses (for example designing a Minecraft world).', 'By April 2027: Oliver will use his planning frame and produce at least 8 linked sentences in 3 out of 4 writing tasks, checked by his class teacher.')),
  ]),
  dict(key='semh', strengths='Oliver is well liked by his peers and responds quickly to praise.',
   rows=[
    ('Oliver has ADHD. He finds it hard to sit still and listen for longer than about 5 minutes, calls out and can become frustrated and cry when he cannot explain himself.',
     [it('Movement breaks built into his timetable (for example taking the register to the office or a 2-minute run on the track).', 'Class teacher and TA', 'Every morning and afternoon session (at least twice daily)', 'Individually', 'Behaviour log reviewed weekly by the class teacher'),
      it('Zones of Regulation sessions teaching Oliver to recognise and manage his feelings.', 'Trained TA', 'Weekly (30 mins), for 12 weeks then reviewed', '1 adult : 4 pupils', 'Self-rating scale before and after the 12 weeks')],
     ('By the end of Key Stage 2 (July 2028): Oliver will stay on task for 15 minutes in whole-class lessons in 4 out of 5 observed lessons.', 'By April 2027: Oliver will name his "zone" and choose a calming strategy on 4 out of 5 occasions when he is upset, recorded by his TA.')),
  ])],
 health_strengths='Oliver is fit and active; he runs for the school cross-country team. He has no difficulty walking, running or with his physical health.',
 health=[('Oliver takes medication for ADHD each morning. It needs reviewing because it affects his appetite and sleep.',
          [it('ADHD medication review, including height, weight, blood pressure and sleep.', 'Community paediatrician', 'Every 6 months, 30-minute clinic appointment', comm='NHS Harrowfield Integrated Care Board (ICB)')],
          ('By April 2027, Oliver will eat a full lunch on 4 days out of 5 and go to sleep by 9pm on school nights, recorded in the home-school diary.', 'By December 2026, Oliver and his parents will keep a 2-week sleep and appetite diary for his medication review.'))],
 G_text=['Health sign-off: Section G has been agreed on behalf of Harrowfield ICB by Dr S. Okoro, Designated Clinical Officer, 20 April 2026.'],
 social_strengths='Oliver has a close, supportive family and enjoys family walks with the dog.',
 social=[('Oliver has no social care needs. Children\'s Services confirmed there is no current or past involvement; the family were given information about early help and the short breaks offer.',
          'None. Short breaks were considered and are not needed.', 'None. Early help information given; not required.', '')],
 I_name='St Anne\'s Church of England Primary School', I_type='Mainstream voluntary aided primary school',
 J=('No personal budget has been requested.', 'Not applicable'),
 K={1: ('Parent advice', '03.02.2026', 'Claire and Daniel (parents)', 'YES'),
    2: ('Educational advice', '06.02.2026', 'Mrs A. Kelly, SENCo, St Anne\'s C of E Primary', 'YES'),
    3: ('Speech and language therapy advice', '10.02.2026', 'Ms S. Ahmed, Speech and Language Therapist', 'YES'),
    4: (None, '12.02.2026', 'Dr F. Hussain, Community Paediatrician', 'YES'),
    5: (None, '16.02.2026', 'Dr P. Mensah, Educational Psychologist', 'YES'),
    6: (None, '09.02.2026', 'Mr C. Reid, Children\'s Services front door team (no involvement)', 'YES'),
    7: (None, '18.02.2026', 'Mr J. Mbeki, Specialist Teacher, Communication and Language Team', 'YES')},
 officer=('Mr R. Adeyemi, SEND Case Officer', 'R. Adeyemi', '28.04.2026'),
))

# =============================================================== e110 (fail) national template, SLD + autism, post-19
PLANS.append(dict(
 file='e110.docx', layout='national-template', name='Maya',
 front=[('Date of issue', '7th of August 2026'), ('Date of last annual review', '24th of June 2026'), ('Age / phase', '20, post-19 (specialist further education)')],
 personal=personal('Maya', '05/2006 (age 20)', 'Female', 'Mixed White and Black Caribbean', 'English (uses symbols and some spoken words)', 'English', 'Denise', 'Mother',
                   setting='Oakwood Specialist College, Year 2 of a 3-year programme', gp='GP: Harrowfield Medical Centre', sc='Yes - Adult Social Care (Learning Disability Team)',
                   other='Community learning disability nurse; speech and language therapist', opp='Yes'),
 A1=['Maya has a severe learning difficulty and autism. She attended Beechwood School (special school) until she was 19 and moved to Oakwood Specialist College in September 2025. She lives at home with her mum and her older brother.',
     'Communication: Maya uses single words, some Makaton signs (a signing system used alongside speech) and a communication book with symbols. She understands short sentences about familiar routines, especially with a picture or object.'],
 A2={'views': ['Maya\'s views were gathered by her college tutor using her communication book, photographs of her week and a talking mat (a set of picture cards she sorts into "like" and "don\'t like"):',
               'Maya put "cooking", "swimming", "music", "the café" and "Mum" under "like". She put "bus" and "noisy hall" under "don\'t like". When shown a photo of the college café she said "me work".',
               'Mum\'s views: Denise says Maya is funny, loving and has a brilliant memory for songs. She wants Maya to have a life of her own, with things to do in the week, friends, and some paid or voluntary work, and to be as independent as she can be in the kitchen.'],
     'interests': ['Cooking, especially baking; swimming; Motown music; feeding the ducks at the park.'],
     'strengths': ['Maya is sociable and greets people she knows. She follows a visual timetable independently and can make a hot drink and a sandwich with picture prompts.'],
     'aspirations': ['Maya wants to work in a café. Her mum hopes that Maya will have supported work or volunteering, a group of friends, and in time live in supported accommodation near the family.']},
 areas=[
  dict(key='ci', strengths='Maya communicates clearly what she likes and does not like using her book, signs and words.',
   rows=[
    ('Maya needs support to communicate with people she does not know, for example customers in the college café, and to make choices beyond the ones in her book.',
     [it('Maya should have access to speech and language therapy as required to support her communication.'),
      it('Communication book and symbol cards updated with new café and community vocabulary.', 'College communication lead (specialist teaching assistant)', 'Checked and updated every half-term', 'Individually', 'Book audit at each progress review')],
     ('By July 2027, Maya will take and pass on a customer\'s drink order in the college café using her symbols or words, on 8 out of 10 shifts, recorded by her job coach.', 'By February 2027, Maya will greet customers and ask "What would you like?" on 4 out of 5 shifts.')),
  ]),
  dict(key='cl', strengths='Maya remembers routines and sequences very well when they are shown with pictures.',
   rows=[
    ('Maya has a severe learning difficulty. She needs tasks broken into small picture steps and a lot of repetition to learn new skills such as cooking, shopping and using money.',
     [it('Independent living skills curriculum: cooking, shopping and money, taught in the college training flat using visual recipes and task analysis.', 'Teacher and specialist teaching assistant', '3 sessions of 2 hours per week', '1 adult : 3 students', 'Skills tracker reviewed each term'),
      it('Supported work experience in the college café, with a job coach.', 'College job coach', '2 shifts of 2 hours per week', 'Individually', 'Job coach log and employer-style review each term'),
      it('Overnight short breaks at Rowan House short break unit to practise living away from home.', 'Rowan House (Adult Social Care commissioned service)', '2 nights per month', 'Small group residential setting', 'Reviewed at the adult social care review')],
     ('By July 2027, Maya will cook a simple hot meal (for example pasta bake) following a picture recipe with no more than 2 verbal prompts, recorded by her tutor.', 'By February 2027, Maya will make a cold lunch and pay for 3 items in a shop with the correct coins, with one adult nearby, on 3 occasions recorded on her tracker.')),
  ]),
  dict(key='semh', strengths='Maya is calm and happy when she knows what is happening next.',
   rows=[
    ('Maya becomes very anxious with unexpected changes and in loud places. She may cry, shout or try to leave.',
     [it('A personal visual timetable with changes shown in advance, and a quiet room she can ask to use with her "break" card.', 'Tutor and specialist teaching assistant', 'Every college day', 'Individually', 'Incident log reviewed half-termly by the college behaviour lead')],
     ('By July 2027, Maya will use her "break" card or ask for the quiet room when she feels anxious on 4 out of 5 occasions, recorded in the incident log.', 'By February 2027, Maya will look at her timetable when a change is shown and move to the new activity with one prompt.')),
  ]),
  dict(key='sp', strengths='Maya is a confident swimmer and enjoys physical activity.',
   rows=[
    ('Maya does not travel independently and is anxious on buses, which limits her access to the community.',
     [it('Travel training from home to college and to the town centre.', 'Independent travel trainer, Harrowfield Travel Training Team', '2 sessions of 1.5 hours per week for 12 weeks, then reviewed', 'Individually', 'Travel trainer assessment at week 6 and week 12')],
     ('By July 2027, Maya will travel by bus from home to college with an adult shadowing at a distance on 3 journeys in a row, as recorded by the travel trainer.', 'By February 2027, Maya will recognise her bus number and show her pass to the driver on 5 consecutive journeys.')),
  ])],
 health_strengths='Maya is physically active, swims weekly and enjoys walking.',
 health=[('Maya has chronic constipation, managed with daily medication.',
          [it('Review of bowel health and medication, with advice to Maya\'s mum and college staff.', 'Community learning disability nurse, Adult Learning Disability Health Team', 'Every 6 months, 1-hour visit at home', comm='NHS Harrowfield Integrated Care Board (ICB)')],
          ('By July 2027, Maya will take her medication and drink 6 cups of water a day with picture prompts, recorded on her health chart.', 'By February 2027, Maya will tick her drinks chart at college each day with one prompt.')),
         ('Maya has dysphagia (a difficulty with swallowing) and is at risk of choking. She needs her food cut up and her drinks thickened, and must be supervised while eating.',
          [], ('By July 2027, Maya will eat her lunch at college safely, taking small mouthfuls at a steady pace with no more than 2 reminders, recorded by staff at lunchtime.', 'By February 2027, Maya will use her "slow down" picture card at lunch with one prompt.'))],
 social_strengths='Maya has a loving family and enjoys the Friday youth club.',
 social=[('Maya needs support with personal care, meal preparation and going out in the community. Her mother is her main carer. A Care Act assessment was completed by the Adult Learning Disability Team in May 2026.',
          'Not applicable (Maya is over 18).',
          'Personal assistant support for community activities (youth club, swimming): 6 hours per week, funded by Adult Social Care under the Care Act 2014. Carer\'s assessment for Maya\'s mother completed May 2026.',
          ('By July 2027, Maya will go swimming and to her youth club each week with her personal assistant, choosing the activity using her communication book.', 'By February 2027, Maya will choose between two activities each week using her book.'))],
 I_name='Oakwood Specialist College', I_type='Independent specialist post-16 institution (day placement), approved under section 41 of the Children and Families Act 2014',
 J=('Direct payment from Adult Social Care for the personal assistant in H2 (6 hours per week).', 'Managed by Maya\'s mother as her appointee, through the council\'s payroll service.'),
 K={1: ('Views of Maya and her mother', '12.05.2026', 'Maya (with her college tutor) and Denise (mother)', 'YES'),
    2: ('Educational advice', '18.05.2026', 'Mr S. Osei, Head of Learning Support, Oakwood Specialist College', 'YES'),
    3: ('Speech and language therapy advice', '21.05.2026', 'Ms R. Quinn, Speech and Language Therapist', 'YES'),
    4: (None, '26.05.2026', 'Dr A. Williams, GP, Harrowfield Medical Centre', 'YES'),
    5: (None, '02.06.2026', 'Dr K. Oduya, Educational Psychologist', 'YES'),
    6: (None, '29.05.2026', 'Ms T. Baptiste, Social Worker, Adult Learning Disability Team (Care Act assessment)', 'YES'),
    8: (None, '20.05.2026', 'Mrs A. Chowdhury, Careers Adviser (preparing for adulthood)', 'YES')},
 officer=('Ms T. Achterberg, EHC Co-ordinator', 'T. Achterberg', '07.08.2026'),
))

# =============================================================== e111 (fail) national template, VI + SEMH, Year 9, looked after
PLANS.append(dict(
 file='e111.docx', layout='national-template', name='Leo',
 front=[('Date this plan was issued', '30 September 2026'), ('NC year', 'Year 9'), ('Education phase', 'Secondary (Key Stage 3)')],
 personal=personal('Leo', '01/2012 (age 14)', 'Male', 'White British', 'English', 'English', 'Harrowfield Council (corporate parent)', 'Local authority with parental responsibility', 'Foster carers (Mr and Mrs R.)', 'Foster carers',
                   setting='Northgate High School, Year 9', gp='Hospital Eye Service (consultant ophthalmologist)', sc='Yes', other='Sensory Support Service; Hospital Eye Service', lac='Yes', waslac='Yes'),
 A1=['Leo has been in the care of the local authority since 2022 and has lived with his current foster carers since January 2025. He has a visual impairment (CVI, with reduced acuity and a restricted lower visual field) and presents with SEMH difficulties.',
     'Communication: Leo is articulate and communicates effectively verbally.'],
 A2={'views': ['Leo\'s views (obtained by the SENCo during a structured pupil-voice interview): Leo indicated that he experiences difficulty accessing material presented on the interactive whiteboard and that he perceives that staff are insufficiently cognisant of his visual needs. He reported that he finds unstructured periods and peer interaction challenging and that he would prefer to have access to a designated base during such periods.',
               'Carers\' views: Leo\'s foster carers report that he is a polite and caring young person who is settled in placement. They are of the view that he requires consistency of approach across the curriculum and enhanced adult oversight at transition points.'],
     'interests': ['Leo enjoys audiobooks, podcasts about football and playing goalball at the regional sports club.'],
     'strengths': ['Leo is verbally able, has a good memory and is polite and well mannered with adults.'],
     'aspirations': ['See views above.']},
 areas=[
  dict(key='cl', strengths='Leo\'s verbal reasoning is in the average range; his reading is age appropriate when material is provided in accessible formats.',
   rows=[
    ('Leo\'s VI impacts significantly upon his capacity to access curriculum materials presented in standard formats, and upon his speed of working; his LVAs are not consistently utilised.',
     [it('All curriculum materials to be provided in modified large print (N24 bold, on a buff background) or electronically.', 'Modified by the school\'s specialist teaching assistant for VI, using the Sensory Support Service guidance', 'Every lesson, materials prepared at least 2 days in advance', 'Individually', 'Monitored by the QTVI (qualified teacher of the visually impaired) each visit'),
      it('Visits from the QTVI to assess functional vision, advise staff and teach Leo the use of his low vision aids.', 'QTVI, Sensory Support Service', 'Twice termly, 1 hour each visit', 'Not applicable (professional visit)', 'Written visit report'),
      it('Laptop with screen magnification software and a tablet camera for viewing the board.', 'Provided by the Sensory Support Service; maintained by the school IT technician', 'All lessons', 'Individually', 'Checked termly by the QTVI')],
     ('It is anticipated that, by the conclusion of Key Stage 4 (July 2028), Leo will demonstrate consolidated and independent utilisation of his LVAs and assistive technology across the curriculum, evidenced by completion of 90% of tasks within allocated timeframes.', 'By July 2027, Leo will independently deploy his magnification software to access the board in 4 out of 5 observed lessons, as evidenced through QTVI observation.')),
    ('Leo requires O&M and habilitation input to navigate the school site safely.',
     [it('Habilitation training in moving around the school site and local area.', 'ROVI, Sensory Support Service', 'Weekly, 1 hour, for 10 weeks then reviewed', 'Individually', 'ROVI progress report at the end of the block')],
     ('By July 2028, Leo will navigate independently between all teaching areas and to the town centre bus station using his cane skills, with no adult support, as recorded by the ROVI.', 'By July 2027, Leo will travel independently between his lessons with no adult guidance on 5 consecutive school days.')),
  ]),
  dict(key='semh', strengths='Leo forms good relationships with trusted adults.',
   rows=[
    ('Leo presents with dysregulated behaviours during unstructured times, with evidence of elevated anxiety, and social interaction difficulties with peers.',
     [it('Small-group social skills intervention.', 'Pastoral manager (trained in a recognised social skills programme)', 'Weekly, 45 minutes, for 12 weeks', '1 adult : 4 students', 'Pre- and post-intervention questionnaire'),
      it('Designated base available at break and lunchtime, supervised by a named adult.', 'Pastoral teaching assistant', 'Every break and lunchtime', '1 adult : 6 students', 'Base log reviewed half-termly by the SENCo')],
     ('It is anticipated that by July 2028 Leo will evidence improved self-regulatory capacity, with a reduction in recorded incidents of dysregulation to no more than one per half-term.', 'By July 2027, Leo will self-refer to the base rather than exhibit dysregulated behaviour on 4 out of 5 occasions, as evidenced by the base log.')),
    ('Preparing for adulthood: Leo needs to develop independent living skills, including managing money and preparing simple meals, and to build friendships outside school and maintain good health.',
     [it('Independent living skills sessions (cooking, money) adapted for VI.', 'Specialist teaching assistant for VI', 'Weekly, 1 hour', '1 adult : 2 students', 'Skills checklist reviewed termly')],
     ('By July 2028, Leo will prepare a simple hot meal using adapted equipment with no adult help, will attend one community club weekly, and will have chosen his Key Stage 4 options and a post-16 route with his careers adviser, as recorded by his carers and the school.', 'By July 2027, Leo will make a hot drink and a sandwich safely using tactile markers, observed by the specialist teaching assistant.')),
  ])],
 health_strengths='Leo is generally in good health and is physically active.',
 health=[('Leo has cerebral visual impairment (CVI), reduced acuity and a lower visual field loss. He needs his vision and prescription reviewed.',
          [it('Ophthalmology and low vision clinic review.', 'Consultant ophthalmologist and low vision optometrist, Hospital Eye Service', 'Once a year, 1.5-hour appointment', comm='NHS Harrowfield Integrated Care Board (ICB)'),
           it('Looked after child health assessment.', 'Looked After Children\'s Nurse', 'Every 6 months, 1 hour', comm='NHS Harrowfield Integrated Care Board (ICB)')],
          ('By July 2027, Leo will attend his eye clinic and health assessments and will use his prescribed low vision aids daily in school, as recorded by his specialist teaching assistant.', 'By March 2027, Leo will carry his magnifier to every lesson with no reminders.'))],
 G_text=['Health provision agreed on behalf of Harrowfield ICB by Ms J. Whitfield, Designated Clinical Officer, 22.09.2026.'],
 social_strengths='Leo is settled in a stable foster placement.',
 social=[('Leo is looked after by the local authority and lives with foster carers.', 'None.', 'None. Short breaks were considered with Leo\'s carers and are not needed at present.', '')],
 I_name='Northgate High School', I_type='Mainstream secondary school (community)',
 J=('No personal budget requested.', 'Not applicable'),
 K={1: ('Views of Leo and his foster carers', '12.07.2026', 'Leo (with SENCo) and foster carers', 'YES'),
    2: ('Educational advice', '14.07.2026', 'Ms N. Farah, SENCo, Northgate High School', 'YES'),
    3: ('Habilitation advice', '09.07.2026', 'Mr I. Rowe, Habilitation Specialist, Sensory Support Service', 'YES'),
    4: (None, '01.07.2026', 'Dr S. Kaplan, Consultant Ophthalmologist', 'YES'),
    5: (None, '16.07.2026', 'Dr E. Lindqvist, Educational Psychologist', 'YES'),
    6: (None, '10.07.2026', 'Ms A. Petrova, Social Worker, Children Looked After Team', 'YES'),
    7: (None, '15.07.2026', 'Ms D. Okonjo, Looked After Children\'s Nurse (review health assessment)', 'YES'),
    8: (None, '17.07.2026', 'Ms R. Coleman, Careers Adviser (Level 6)', 'YES')},
 officer=('Ms K. Mensah, Team Manager', 'K. Mensah', '30.09.2026'),
))

# =============================================================== e112 (sound) national template, DLD + anxiety, post-16 Year 12
PLANS.append(dict(
 file='e112.docx', layout='national-template', name='Priya',
 front=[('Date of last annual review', '14.07.2026'), ('Amended plan issued', 'Sep-26 (issued 04.09.2026)'), ('Year group', 'Year 12 (post-16)'), ('Education phase', 'Post-16 - further education')],
 personal=personal('Priya', '02/2009 (age 17)', 'Female', 'Asian British - Indian', 'English', 'English and Gujarati', 'Meena', 'Mother', 'Raj', 'Father',
                   setting='Harrowfield College, Level 2 Animal Care (Year 1 of 2)', gp='GP: Eastgate Surgery', sc='No',
                   other='Speech and language therapist; college counsellor; careers adviser'),
 A1=['Priya was diagnosed with developmental language disorder (DLD, a lasting difficulty understanding and using spoken language) when she was 6. She had an EHC plan throughout secondary school and passed five GCSEs, including English language at grade 4. She started at Harrowfield College in September 2025.',
     'Communication: Priya speaks fluently about familiar topics but can lose track of long spoken explanations and takes longer to find words when she is anxious. She likes information in writing.'],
 A2={'views': ['In Priya\'s own words (written for her annual review):',
               '"College is way better than school. I love the animal care practicals, especially the small mammals unit. The hard part is the theory lessons when the tutor talks fast and then says \'any questions?\' and I don\'t know what I missed. I get anxious in groups and sometimes I skip the lesson. I want to work at a vet\'s or a rescue centre. One day I want my own flat with a cat."',
               'Parents\' views: Meena and Raj are very proud of Priya. They have seen her confidence grow at college. They worry about her anxiety, which has made her miss some lessons, and want her to be able to speak up for herself at work. They would like her to learn to drive and to cook for herself before she leaves home.'],
     'interests': ['Animals (she volunteers at a cat rescue on Sundays), drawing, K-pop.'],
     'strengths': ['Priya is hard-working, gentle with animals and very reliable. She follows written instructions carefully and has excellent practical skills.'],
     'aspirations': ['Priya wants to work as a veterinary care assistant or at an animal rescue centre and to live independently in her own flat. Her family want her to gain qualifications, a job she enjoys and the confidence to speak up for herself.']},
 areas=[
  dict(key='ci', strengths='Priya is a fluent reader and writes clear, accurate notes when she has the key words.',
   rows=[
    ('Priya has DLD. She finds it hard to understand long spoken explanations and new technical vocabulary in theory lessons, and does not always ask when she has not understood.',
     [it('Written lesson outlines and a glossary of key terms given before each theory lesson.', 'Course tutor', 'Every theory lesson (sent the day before)', 'Individually', 'Checked by the additional learning support (ALS) co-ordinator each half-term'),
      it('Language support sessions to pre-teach technical vocabulary and practise asking for clarification.', 'Specialist learning support assistant trained by the speech and language therapist', '2 x 45 minutes per week', 'Individually', 'Vocabulary log reviewed half-termly'),
      it('Speech and language therapist consultation with Priya and her tutors to review strategies.', 'Speech and language therapist (SALT), Post-16 Communication Service', 'Once a term, 1.5 hours', 'Not applicable (professional consultation)', 'Written advice note each term')],
     ('By July 2027 (end of Level 2 course): Priya will explain key animal care terms correctly in her written assignments and practical assessments, scoring at least 80% in her end-of-unit vocabulary checks.', 'By March 2027: Priya will ask her tutor for clarification at least once in each theory lesson when she has not understood, recorded by her support assistant on 4 out of 5 observed lessons.')),
  ]),
  dict(key='cl', strengths='Priya achieves high marks in practical assessments.',
   rows=[
    ('Priya works slowly in timed written assessments because of her language processing difficulties.',
     [it('25 per cent extra time and use of a word processor in all timed assessments and examinations.', 'Arranged by the college exams office following assessment by the ALS co-ordinator', 'All timed assessments', 'Not applicable (access arrangement)', 'Access arrangements register checked each term'),
      it('A college laptop with mind-mapping and text-to-speech software, with updates and repairs handled by the college assistive technology co-ordinator.', 'Assistive technology co-ordinator, Harrowfield College', 'Available for all lessons and assessments', 'Individually', 'Annual equipment check each September')],
     ('By July 2027: Priya will be awarded the Level 2 Diploma in Animal Care, which will let her apply for a Level 3 course or a veterinary care assistant apprenticeship.', 'By March 2027: Priya will submit all unit assignments by the deadline, as recorded in the tutor tracker.')),
  ]),
  dict(key='semh', strengths='Priya has a close friend on her course and talks openly to her mum about her worries.',
   rows=[
    ('Priya experiences anxiety in group discussions and when speaking to unfamiliar adults. Her attendance at theory lessons was 82% in her first year.',
     [it('Counselling sessions using cognitive behavioural approaches for anxiety.', 'College counsellor (BACP-registered, British Association for Counselling and Psychotherapy)', 'Weekly, 50 minutes, for 8 weeks, then reviewed with Priya', 'Individually', 'Anxiety rating scale at the start and end of each block'),
      it('Weekly check-in with her personal tutor to plan for the week and agree a role in group tasks.', 'Personal tutor', 'Weekly (15 mins), Monday mornings', 'Individually', 'Attendance reviewed half-termly')],
     ('By July 2027: Priya will attend at least 95% of her theory lessons and contribute at least one point in each group discussion.', 'By March 2027: Priya\'s attendance at theory lessons will be at least 90% each half-term, recorded on the college register.')),
  ]),
  dict(key='sp', strengths='Priya is physically well and active; she walks dogs at the rescue centre.',
   rows=[
    ('Preparing for adulthood: Priya needs to build the skills and confidence to work in a real animal care setting, and the everyday independence skills for living in her own flat.',
     [it('Work placement at a veterinary practice or animal rescue centre, with a job coach for the first 4 weeks.', 'College work placement officer and job coach', 'One day a week (6 hours) for 12 weeks from January 2027', 'Individually (job coach 1:1 for first 4 weeks)', 'Employer review at weeks 4 and 12'),
      it('Independent living skills sessions: budgeting, cooking on a budget and using a bank account.', 'Independent living skills tutor', 'Weekly, 1.5 hours, autumn and spring terms', '1 tutor : 8 students', 'Skills checklist reviewed termly')],
     ('By July 2028: Priya will be in a veterinary care assistant apprenticeship or a Level 3 animal care course, and will cook 3 meals a week for her family from a budget she has planned.', 'By July 2027: Priya will complete her 12-week placement and receive a positive employer review at week 12, and will cook one family meal a week, recorded by her parents.')),
  ])],
 health_strengths='Priya is generally in good health.',
 health=[('Priya has a history of anxiety and low mood. She was seen by CAMHS (Child and Adolescent Mental Health Services) in 2024. Her GP now reviews her wellbeing.',
          [it('Wellbeing review with the GP, including discussing whether a referral to adult talking therapies is needed when she turns 18.', 'GP, Eastgate Surgery', 'Every 3 months, 15-minute appointment', comm='NHS Harrowfield Integrated Care Board (ICB)')],
          ('By July 2027: Priya will use two anxiety management strategies she has chosen (such as breathing exercises and a worry journal) on 4 out of 5 anxious days, recorded in her journal and shared at her GP review.', 'By March 2027: Priya will attend all her GP wellbeing reviews.'))],
 G_text=['The Designated Clinical Officer for Harrowfield, Dr S. Okoro, confirmed on 28 August 2026 that the ICB agrees the health provision above.'],
 social_strengths='Priya has a supportive family and a volunteering role she enjoys.',
 social=[('Priya has no social care needs. This was confirmed by the 0-25 SEND social worker after a conversation with Priya and her parents; the family know about the short breaks and early help offers and do not need them.',
          'None (short breaks considered, not required).', 'None.', '')],
 I_name='Harrowfield College', I_type='General further education college',
 J=('No personal budget.', 'Not applicable'),
 K={1: ('Young person\'s views', '20.06.2026', 'Priya', 'YES'),
    2: ('Parents\' views', '20.06.2026', 'Meena and Raj (parents)', 'YES'),
    3: ('Educational advice (annual review report)', '14.07.2026', 'Ms H. Pryce, Additional Learning Support Co-ordinator, Harrowfield College', 'YES'),
    4: (None, '30.06.2026', 'Dr A. Williams, GP, Eastgate Surgery', 'YES'),
    5: (None, '16.01.2026', 'Dr L. Ferreira, Educational Psychologist', 'YES'),
    6: (None, '02.07.2026', 'Mr B. Afolabi, 0-25 SEND Social Worker', 'YES'),
    7: (None, '25.06.2026', 'Ms S. Ahmed, Speech and Language Therapist, Post-16 Communication Service', 'YES'),
    8: (None, '08.07.2026', 'Mrs A. Chowdhury, Careers Adviser (preparing for adulthood)', 'YES')},
 officer=('Mr R. Adeyemi, SEND Case Officer', 'R. Adeyemi', '04.09.2026'),
))

if __name__ == '__main__':
    os.makedirs(os.path.join(OUT, 'plans'), exist_ok=True)
    for P in PLANS:
        doc = RENDER[P['layout']](P)
        doc.save(os.path.join(OUT, 'plans', P['file']))
        print('wrote', P['file'])
