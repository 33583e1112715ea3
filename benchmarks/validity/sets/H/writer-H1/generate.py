#!/usr/bin/env python3
"""Generator for blind set H1 (Wyemarch County Council - a fictional English county on the
Welsh border). Builds 12 fictional, anonymised EHC plans in three layouts:
bold-statutory, ef-table and national-template.  Run with the H1 venv python."""
import copy, os, re
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

OUT = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(OUT, 'plans')
TEMPLATE = '/work/shared/reference/national-ehcp-template.docx'
COUNCIL = 'Wyemarch County Council'

# ----------------------------------------------------------------- helpers
def new_doc():
    d = Document()
    st = d.styles['Normal']
    st.font.name = 'Arial'
    st.font.size = Pt(11)
    return d

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcPr.append(shd)

def set_cell(cell, text, bold=False):
    """Write text (str or list of str -> paragraphs) into a cell."""
    parts = text if isinstance(text, list) else [text]
    cell.text = ''
    first = True
    for t in parts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(t); r.bold = bold

def add_table(doc, headers, rows, head_fill='D9E2F3', widths=None):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = 'Table Grid'
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True); shade(t.rows[0].cells[i], head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    return t

def bold_para(doc, text, size=None):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = True
    if size: r.font.size = Pt(size)
    return p

def render_blocks(doc, blocks, heading_fn=None):
    """blocks: str -> paragraph; ('h',t) bold sub-heading; ('b'|'d'|'o',t) hand-typed
    bullets; ('q',t) italic quotation; ('t',headers,rows) table; ('lb',t) Word List Bullet."""
    for b in blocks:
        if isinstance(b, str):
            doc.add_paragraph(b); continue
        k = b[0]
        if k == 'h':
            if heading_fn: heading_fn(doc, b[1])
            else: bold_para(doc, b[1])
        elif k == 'b': doc.add_paragraph('\u2022\t' + b[1])
        elif k == 'd': doc.add_paragraph('-  ' + b[1])
        elif k == 'o':
            p = doc.add_paragraph('o  ' + b[1]); p.paragraph_format.left_indent = Pt(24)
        elif k == 'lb': doc.add_paragraph(b[1], style='List Bullet')
        elif k == 'q':
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.italic = True
        elif k == 't':
            add_table(doc, b[1], b[2]); doc.add_paragraph('')

# ------------------------------------------------------- layout: bold-statutory
STAT_TITLES = {
 'A': 'Part A: The views, interests and aspirations of the child and his or her parents, or of the young person',
 'B': 'Part B: The special educational needs of the child or young person',
 'C': 'Part C: The health care needs of the child or young person which relate to his or her special educational needs',
 'D': 'Part D: The social care needs of the child or young person which relate to his or her special educational needs or to a disability',
 'E': 'Part E: The outcomes sought for the child or young person',
 'F': 'Part F: The special educational provision required by the child or young person',
 'G': 'Part G: Any health care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs',
 'H1': 'Part H1: Any social care provision which must be made for the child or young person under section 2 of the Chronically Sick and Disabled Persons Act 1970',
 'H2': 'Part H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs',
 'I': 'Part I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person',
 'J': 'Part J: Where there is a personal budget, the details of how it will support particular outcomes, the provision it will be used for and the arrangements for any direct payments',
 'K': 'Part K: The advice and information gathered during the EHC needs assessment',
}
E_HEAD = ['Aspiration', 'Outcome (by end of key stage)', 'How we will know']
F_HEAD = ['Provision', 'Intensity', 'Delivered by', 'Funded by']
K_HEAD = ['Advice and information', 'Given by', 'Date']

def render_bold_statutory(p):
    d = new_doc()
    bold_para(d, COUNCIL.upper(), 14)
    bold_para(d, 'EDUCATION, HEALTH AND CARE PLAN', 13)
    for k, v in p['front']:
        para = d.add_paragraph(); r = para.add_run(k + ': '); r.bold = True; para.add_run(v)
    d.add_paragraph('')
    for sec in ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K']:
        bold_para(d, STAT_TITLES[sec])
        content = p.get(sec, [])
        if sec == 'E' and 'E_rows' in p:
            render_blocks(d, p.get('E', []))
            add_table(d, E_HEAD, p['E_rows']); d.add_paragraph('')
        elif sec == 'F' and 'F_tables' in p:
            render_blocks(d, p.get('F', []))
            for area, rows in p['F_tables']:
                bold_para(d, area)
                add_table(d, F_HEAD, rows); d.add_paragraph('')
        elif sec == 'K' and 'K_rows' in p:
            render_blocks(d, p.get('K', []))
            add_table(d, K_HEAD, p['K_rows']); d.add_paragraph('')
        else:
            render_blocks(d, content)
    d.save(os.path.join(PLANS, p['file']))

# -------------------------------------------------------------- layout: ef-table
EF_TITLES = {
 'A': 'Part A - Views, interests and aspirations',
 'B': 'Part B - Special educational needs',
 'C': 'Part C - Health needs',
 'D': 'Part D - Social care needs',
 'EF': 'Part E and Part F - Outcomes and special educational provision',
 'G': 'Part G - Health provision',
 'H1': 'Part H1 - Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)',
 'H2': 'Part H2 - Other social care provision',
 'I': 'Part I - Placement',
 'J': 'Part J - Personal budget',
 'K': 'Part K - Advice and information',
}
def h3(doc, t): doc.add_heading(t, level=3)

def render_ef_table(p):
    d = new_doc()
    d.add_heading(COUNCIL, level=1)
    d.add_paragraph('Education, Health and Care Plan')
    ft = d.add_table(rows=0, cols=2); ft.style = 'Table Grid'
    for k, v in p['front']:
        c = ft.add_row().cells; set_cell(c[0], k, bold=True); shade(c[0], 'EDEDED'); set_cell(c[1], v)
    d.add_paragraph('')
    for sec in ['A', 'B', 'C', 'D', 'EF', 'G', 'H1', 'H2', 'I', 'J', 'K']:
        d.add_heading(EF_TITLES[sec], level=2)
        if sec == 'EF':
            render_blocks(d, p.get('EF_intro', []), h3)
            t = d.add_table(rows=1, cols=4); t.style = 'Table Grid'
            for i, h in enumerate(['Outcome (by end of key stage)', 'Provision', 'Frequency', 'Who']):
                set_cell(t.rows[0].cells[i], h, bold=True); shade(t.rows[0].cells[i], 'C6E0B4')
            for area, items in p['EF']:
                r = t.add_row().cells; m = r[0].merge(r[3]); set_cell(m, area, bold=True); shade(m, 'E2EFDA')
                for outcome, provs in items:
                    start = None
                    for j, (prov, freq, who) in enumerate(provs):
                        c = t.add_row().cells
                        if j == 0:
                            set_cell(c[0], outcome); start = c[0]
                        set_cell(c[1], prov); set_cell(c[2], freq); set_cell(c[3], who)
                    if len(provs) > 1:
                        start.merge(t.rows[-1].cells[0])
            d.add_paragraph('')
            render_blocks(d, p.get('EF_after', []), h3)
        elif sec == 'K':
            render_blocks(d, p.get('K', []), h3)
            add_table(d, K_HEAD, p['K_rows'])
        else:
            render_blocks(d, p[sec], h3)
    d.save(os.path.join(PLANS, p['file']))

# ----------------------------------------------------- layout: national-template
PH = re.compile(r'\{\{\s*(\w+)\s*\}\}')

def _iter_tables(doc):
    for t in doc.tables:
        yield t

def _set_para(par, text):
    for r in list(par.runs):
        r._r.getparent().remove(r._r)
    par.add_run(text)

def _insert_after(par, text, bold=False):
    new_p = OxmlElement('w:p')
    par._p.addnext(new_p)
    np_ = Paragraph(new_p, par._parent)
    r = np_.add_run(text); r.bold = bold
    return np_

def _fill_paragraph(par, mapping):
    txt = par.text
    keys = PH.findall(txt)
    if not keys:
        return
    # a paragraph holds one placeholder in this template
    key = keys[0]
    val = mapping.get(key, '')
    vals = val if isinstance(val, list) else [val]
    _set_para(par, vals[0])
    last = par
    for v in vals[1:]:
        last = _insert_after(last, v)

def render_national(p):
    doc = Document(TEMPLATE)
    m = p['map']
    body = doc.element.body
    # title and front matter
    for par in doc.paragraphs:
        if par.text.startswith('EHCP template for testing'):
            _set_para(par, COUNCIL + ' - Education, Health and Care Plan')
            last = par
            for k, v in reversed(p['front']):
                np_ = _insert_after(par, '')
                r = np_.add_run(k + ': '); r.bold = True; np_.add_run(v)
            break
    tables = doc.tables
    # delete B-F-E / health / social rows whose keys are not supplied
    rowkey = re.compile(r'_(need|provision|outcome)_\d+$')
    for t in tables:
        for row in list(t.rows):
            keys = set(PH.findall(' '.join(c.text for c in row.cells)))
            rk = [k for k in keys if rowkey.search(k)]
            if rk and not any(k in m for k in keys):
                row._tr.getparent().remove(row._tr)
    # drop whole area tables not used
    for idx in sorted(p.get('drop_tables', []), reverse=True):
        tbl = tables[idx]._tbl
        tbl.getparent().remove(tbl)
    # fill placeholders
    for t in doc.tables:
        seen = []
        for row in t.rows:
            for c in row.cells:
                if any(c._tc is x for x in seen): continue
                seen.append(c._tc)
                for par in list(c.paragraphs):
                    _fill_paragraph(par, m)
    # Section I, J, K and sign-off tables, found by their first cell
    for t in doc.tables:
        first = t.rows[0].cells[0].text.strip()
        if first.startswith('Name') and len(t.rows) == 4:
            set_cell(t.rows[0].cells[1], p['I_name']); set_cell(t.rows[1].cells[1], p['I_type'])
        elif first.startswith('Details'):
            set_cell(t.rows[0].cells[1], p['J_details']); set_cell(t.rows[1].cells[1], p['J_arr'])
        elif first.startswith('Advice and information requested'):
            proto = copy.deepcopy(t.rows[1]._tr)
            for ri, (label, date, who) in p['K'].items():
                row = t.rows[ri]
                if label: set_cell(row.cells[0], label)
                set_cell(row.cells[1], date); set_cell(row.cells[2], who); set_cell(row.cells[3], 'YES')
            for (label, date, who) in p.get('K_extra', []):
                tr = copy.deepcopy(proto); t._tbl.append(tr)
                row = t.rows[-1]
                set_cell(row.cells[0], label); set_cell(row.cells[1], date)
                set_cell(row.cells[2], who); set_cell(row.cells[3], 'YES')
        elif first.startswith('Local authority officer'):
            for i, v in enumerate(p['signoff']):
                set_cell(t.rows[1].cells[i], v)
    # paragraphs after the health and social care tables (sign-off, notes)
    for t in doc.tables:
        txt = t.rows[0].cells[0].text
        hdr = ' '.join(c.text for c in t.rows[min(2, len(t.rows)-1)].cells)
        if 'C - Health care needs' in hdr and p.get('G_after'):
            last = None
            nxt = OxmlElement('w:p'); t._tbl.addnext(nxt)
            last = Paragraph(nxt, doc._body)
            for i, line in enumerate(p['G_after']):
                if i == 0: last.add_run(line)
                else: last = _insert_after(last, line)
        if 'D – Social care needs' in hdr and p.get('H_after'):
            nxt = OxmlElement('w:p'); t._tbl.addnext(nxt)
            last = Paragraph(nxt, doc._body)
            for i, line in enumerate(p['H_after']):
                if i == 0: last.add_run(line)
                else: last = _insert_after(last, line)
    doc.save(os.path.join(PLANS, p['file']))

PLAN_LIST = []
def plan(d):
    PLAN_LIST.append(d); return d

# =============================================================== h101 (sound)
plan({
'file': 'h101.docx', 'layout': 'bold-statutory',
'front': [
 ('Child\'s first name', 'Elsie'),
 ('Age when this plan was written', '3 years 4 months'),
 ('Education phase', 'Early years - Early Years Foundation Stage (EYFS), pre-school'),
 ('Type of plan', 'Final EHC plan following EHC needs assessment'),
 ('Date this plan was issued', '9th Sep 2026'),
 ('Next review', 'Mar 2027 (six-monthly, as Elsie is under five)'),
 ('Caseworker', 'Nia Bowen, SEND Assessment and Review Team'),
],
'A': [
 ('h', 'What Elsie tells us through signs and play'),
 'Elsie is three and uses about 20 Makaton signs (Makaton is a way of communicating using signs and symbols alongside speech) and a handful of single words. Her key person at pre-school, Shona, gathered Elsie\'s views by playing alongside her over three sessions in Jul 2026 and writing down what Elsie showed her. Shona tells us:',
 ('b', 'Elsie signs "more" and "again" when an adult blows bubbles. She laughs, claps and reaches for the wand - she wants to have a go herself.'),
 ('b', 'She takes Shona\'s hand and leads her to the sand tray most mornings. This is her favourite place, and she will stay there for ten minutes filling and tipping.'),
 ('b', 'When the room gets noisy at tidy-up time, Elsie covers her ears and goes to the book corner. She is telling us she needs somewhere quiet.'),
  ('h', 'What Mum and Dad told us'),
 ('q', '"Elsie is the happiest little girl, and she loves music - she dances to anything. She is nosy in a good way and copies everything her big brother does. We want people to see Elsie first, not her Down syndrome."'),
 ('h', 'What\'s working'),
 ('b', 'Elsie has settled well at pre-school and goes in happily without crying.'),
 ('b', 'She copies signs quickly when adults use them consistently.'),
  ('h', 'What\'s not working'),
 ('b', 'Elsie gets frustrated when she cannot make herself understood and sometimes throws toys.'),
 ('b', 'Climbing steps and the small slide outside is still hard for her, and she tires by the end of a session.'),
 ('h', 'Hopes for now and for the future'),
 'For now, Elsie\'s parents hope she will talk with her family and friends using signs and words, play alongside other children, and feed herself at snack time. For the future, they would like her to go to their local primary school with her cousin, make friends, and grow up to be as independent as she can.',
],
'B': [
 ('h', 'Communication and interaction'),
 'Elsie understands familiar routines and simple instructions with a sign, such as "coat on" and "sit down". Her understanding is at about the level expected of a child of 18-24 months. She uses around 20 signs and 10 single words; her speech is hard for unfamiliar adults to understand because of low muscle tone around her mouth.',
 ('h', 'Cognition and learning'),
 'Elsie learns best by watching and copying, and with lots of repetition. Her play and early learning are at about 16-20 months on the EYFS developmental steps. She can focus on an adult-led activity for two to three minutes.',
 ('h', 'Social, emotional and mental health'),
 'Elsie is sociable and affectionate. She finds moving from one activity to the next difficult, especially when she has to leave something she enjoys, and at these times she may throw toys or sit down and refuse to move.',
 ('h', 'Sensory and/or physical'),
 'Elsie has low muscle tone (hypotonia). She walks independently but tires, finds steps and climbing hard, and is still developing the pincer grip she needs to pick up small objects and hold a spoon.',
],
'C': [
 'Elsie has Down syndrome, diagnosed at birth. A heart defect (atrioventricular septal defect) was repaired when she was five months old; she is reviewed once a year by the paediatric cardiology clinic and there are no restrictions on her activity. Her hearing is tested once a year; the last test (Jun 2026) was normal. Her low muscle tone affects her gross motor development and she is seen by a paediatric physiotherapist. Her general health is overseen by her community paediatrician, Dr Okafor.',
],
'D': [
 'The Children with Disabilities Team completed a social care assessment in Jul 2026. Elsie lives with Mum, Dad and her six-year-old brother, and the family are well supported by grandparents who live nearby. There are no assessed social care needs at present. The family have been given information about short breaks in the Wyemarch Local Offer and know how to ask for a reassessment if things change.',
],
'E_rows': [
 ['To talk with her family and friends', 'By the end of the Foundation Stage (July 2028), Elsie will use at least 50 signs or words to ask for things, comment and greet people, and will put two signs or words together (for example "more bubbles"). By Mar 2027 she will use 35.', 'Shona keeps a signing log, counted each half-term and reviewed with the speech and language therapist.'],
 ['To play with other children', 'By July 2028, Elsie will take turns in a simple game (rolling a ball, a lotto game) with one other child for five minutes, with an adult nearby but not joining in.', 'Shona records two observations each half-term in Elsie\'s learning journal.'],
 ['To move calmly between activities', 'By Mar 2027, Elsie will move from one activity to the next using her "now and next" board without throwing toys on four out of five transitions observed.', 'Transition tally kept by her 1:1 practitioner for one week each half-term.'],
 ['To feed herself and be independent', 'By July 2028, Elsie will feed herself with a spoon for a whole snack and lunch, and take off her own coat and wellies.', 'Weekly self-care checklist completed by her key person and shared with parents.'],
 ['To go to the park and climb with her brother', 'By July 2028, Elsie will climb the steps of the small slide and walk up and down the three garden steps holding the rail, without an adult holding her hand.', 'Checked by the physiotherapist at each review visit and recorded in her physiotherapy notes.'],
],
'F_tables': [
 ('Communication and interaction', [
  ['1:1 support from an Early Years Practitioner with Makaton Level 2 training, for all of Elsie\'s sessions. The practitioner models signs and words throughout play and routines.', '15 hours a week (five mornings, 3 hours each)', 'Early Years Practitioner, supervised by the pre-school SENCo (special educational needs co-ordinator)', 'Wyemarch County Council (high needs top-up)'],
  ['Individual language programme written by the speech and language therapist (SALT): picture-and-sign vocabulary, two-word phrases, turn-taking games.', 'Daily - 10 minutes, 1:1', 'Key person (Shona), trained by the SALT', 'Pre-school'],
  ['A speech and language therapist will visit Elsie at pre-school to review her progress, update her programme and coach her key person.', 'Once each half-term, 1 hour (6 visits a year)', 'Speech and Language Therapist, Specialist Children\'s Services', 'Specialist Children\'s Services'],
 ]),
 ('Cognition and learning', [
  ['Short adult-led learning activities using real objects and copying games (posting, matching, stacking), building attention from 2 to 5 minutes.', 'Three times a day, 5 minutes each, 1:1', 'Early Years Practitioner', 'Pre-school'],
  ['Advice and modelling for staff from the Early Years Inclusion Team, including planning for Elsie\'s move to school.', 'Half-termly visit, 1 hour', 'Area SENCo, Early Years Inclusion Team', 'Wyemarch County Council'],
 ]),
 ('Social, emotional and mental health', [
  ['Turn-taking and sharing group using simple games and songs.', 'Three times a week, 15 minutes', 'Early Years Practitioner, group of 3 children', 'Pre-school'],
  ['A "now and next" board with photographs, used at every change of activity; made and kept up to date by her key person.', 'Every session', 'Key person', 'Pre-school'],
  ['A quiet book corner with cushions and ear defenders that Elsie can go to at tidy-up time.', 'Every session', 'Pre-school manager sets up and maintains', 'Pre-school'],
 ]),
 ('Sensory and physical (learning)', [
  ['Fine motor activities (playdough, pegs, threading large beads) and supported spoon use at snack time.', 'Daily - 10 minutes, plus snack and lunch', 'Early Years Practitioner', 'Pre-school'],
  ['A sloped spoon, a bowl with a suction base and a small chair with a foot block, provided and checked each term by the pre-school SENCo.', 'At every meal and table activity', 'Pre-school SENCo', 'Pre-school'],
 ]),
],
'G': [
 ('b', 'Physiotherapy: a paediatric physiotherapist from Specialist Children\'s Services will see Elsie at pre-school once every 6 weeks for 45 minutes to assess her gross motor skills and update her movement programme. Her 1:1 practitioner will carry out the programme (steps, climbing, balance) for 10 minutes each day.'),
 ('b', 'Community paediatrician: Dr Okafor, Specialist Children\'s Services, will review Elsie\'s health and development every 6 months in clinic.'),
 ('b', 'Audiology: a hearing test once a year at the Specialist Children\'s Services audiology clinic.'),
 ('b', 'Paediatric cardiology: an annual review at the County Hospital cardiology clinic.'),
 'The health provision in Part G was agreed by Dr Bethan Lloyd, Designated Clinical Officer (DCO) for Wyemarch, on 2nd Sep 2026.',
],
'H1': ['No provision is needed under section 2 of the Chronically Sick and Disabled Persons Act 1970 at present. Short breaks were considered as part of the Children with Disabilities Team assessment (Jul 2026); the family do not need them now.'],
'H2': ['None. Early help was discussed with Mum and Dad at the planning meeting on 28th Jul 2026; they did not want a referral at this stage.'],
'I': ['Little Acorns Pre-school, Leominster Road - a private, voluntary and independent (PVI) early years setting. Planning for Elsie\'s move to primary school will start at her review in Mar 2027.'],
'J': ['No personal budget has been requested.'],
'K_rows': [
 ['Parents\' views and information', 'Mum and Dad', '18th Jun 2026'],
 ['Early years advice', 'Shona (key person) and Mrs Hale, SENCo, Little Acorns Pre-school', '24th Jun 2026'],
 ['Educational psychology advice', 'Dr Priya Nair, Educational Psychologist, Wyemarch Educational Psychology Service', '1st Jul 2026'],
 ['Medical advice', 'Dr Okafor, Community Paediatrician, Specialist Children\'s Services', '29th Jun 2026'],
 ['Speech and language therapy advice', 'Lucy Grant, Speech and Language Therapist, Specialist Children\'s Services', '22nd Jun 2026'],
 ['Physiotherapy advice', 'Tom Evans, Paediatric Physiotherapist, Specialist Children\'s Services', '30th Jun 2026'],
 ['Audiology report', 'Paediatric Audiology, Specialist Children\'s Services', '14th Jun 2026'],
 ['Cardiology clinic letter', 'Dr Marsh, Consultant Paediatric Cardiologist, County Hospital', '5th May 2026'],
 ['Social care advice', 'Jo Pryce, Social Worker, Children with Disabilities Team', '10th Jul 2026'],
 ['Early Years Inclusion Team advice', 'Area SENCo, Early Years Inclusion Team', '3rd Jul 2026'],
],
})

# =============================================================== h102 (fail)
plan({
'file': 'h102.docx', 'layout': 'ef-table',
'front': [
 ('Name', 'Kai'),
 ('NC year', 'Year 4'),
 ('Age', '9'),
 ('Education phase', 'Primary (Key Stage 2)'),
 ('School', 'Brampton Abbotts Church of England Primary School'),
 ('Date this plan was issued', '12th Mar 2026'),
 ('Plan status', 'Final - first EHC plan'),
],
'A': [
 ('h', 'All about me (Kai\'s own words, written with his class teacher)'),
 '"My name is Kai and I am nine. I like football and my dog Biscuit. I support Wyemarch Town and I go to matches with my grandad. I am good at running and at remembering football scores. I don\'t like it when the class is loud and people are looking at me. Sometimes I get really cross and I have to get out of the room. I like Mrs Price because she lets me help with the Reception children at lunch."',
 ('h', 'What Mum told us'),
 'Mum says Kai is a loving, funny boy who is brilliant with his younger cousins. She is worried that his angry outbursts are stopping him from making friends and that he is falling behind with reading. She would like the school to understand that Kai is not being naughty when he gets upset - he is frightened.',
 ('h', 'What\'s working / What\'s not working'),
 ('b', 'Working: Kai\'s lunchtime job with the Reception class; his relationship with Mrs Price; PE and games lessons.'),
 ('b', 'Not working: busy, noisy lessons; long writing tasks; unstructured playtimes, when most incidents happen.'),
 ('h', 'Aspirations'),
 'Kai wants to be a footballer or a PE teacher. Mum would like Kai to have good friends, to read confidently, and to move up to Wyemarch High School with his class.',
],
'B': [
 ('h', 'Social, emotional and mental health'),
 'Kai is kind and helpful with younger children and responds well to adults he trusts. He finds it hard to recognise and manage his feelings, especially anxiety and anger. When he is overwhelmed he shouts, pushes furniture or runs out of the classroom; the school recorded 23 incidents between September and December 2025, most of them at the start of the afternoon after lunch play.',
 ('h', 'Cognition and learning'),
 'Kai has a very good memory for facts that interest him. His reading is at about the level expected at the end of Year 2: he decodes slowly and loses meaning in longer texts. In maths he is secure with addition and subtraction to 100 but does not yet know his times tables beyond 2, 5 and 10.',
 ('h', 'Communication and interaction'),
 'Kai\'s speech and language are in line with his age. He sometimes misreads other children\'s intentions in games and thinks they are being unfair to him.',
],
'C': ['Not known.'],
'D': [
 'Kai lives with Mum and his grandad. Children\'s Services were asked for advice and confirmed that Kai is not known to them; there are no social care needs relating to his SEN (special educational needs). Short breaks and early help were discussed at the planning meeting; Mum did not want a referral.',
],
'EF_intro': [
 'Each outcome below is followed by the special educational provision that will help Kai achieve it. Outcomes are for the end of Key Stage 2 (KS2, July 2028) unless another date is given.',
],
'EF': [
 ('Social, emotional and mental health', [
  ('By the end of KS2 (July 2028), Kai will be happier and more settled in school. How we will know: Kai, his mum and staff will notice that he is calmer.', [
   ('Emotional literacy sessions with the school\'s ELSA (Emotional Literacy Support Assistant), working on naming feelings and the Zones of Regulation (a programme that teaches children to recognise and manage their feelings).', 'Up to three 30-minute sessions a week, 1:1, where possible', 'ELSA'),
   ('Morning check-in: Kai rates how he feels on his zones chart and agrees a plan for the day.', 'Daily - 10 minutes at 8:50am', 'Class teaching assistant (TA)'),
  ]),
  ('Kai will have a 1:1 teaching assistant in all lessons to keep him on task and help him calm down.', [
   ('1:1 TA support in all lessons. The TA will be trained in de-escalation (Team Teach, a recognised positive-handling course).', '25 hours a week', 'Teaching assistant, 1:1'),
  ]),
  ('By July 2027, Kai will use his "calm card" to ask for a break, instead of leaving the classroom, on four out of five occasions. How we will know: the class behaviour log, reviewed weekly by the SENCo (special educational needs co-ordinator).', [
   ('A calm card system: Kai shows the card and goes to the agreed space with his TA. Card made by the class teacher.', 'Every lesson', 'Class teacher and TA'),
   ('Kai should be given opportunities for movement breaks and access to the calm room as appropriate.', 'As appropriate', 'All staff'),
  ]),
  ('By July 2027, Kai will play a team game at lunchtime for 20 minutes without an adult needing to step in, on three lunchtimes a week. How we will know: lunchtime supervisor\'s weekly record.', [
   ('Structured lunchtime football club with agreed rules and a "cool-down" bench.', 'Daily, 12:30-1:00pm, group of 8 children', 'TA with a coaching qualification'),
   ('Social skills group using comic-strip conversations to talk through playground problems.', 'Weekly, 30 minutes, group of 4', 'ELSA'),
  ]),
 ]),
 ('Cognition and learning', [
  ('By July 2028, Kai will read a Year 5 level book aloud with 95% accuracy and answer four out of five questions about it. How we will know: benchmark reading assessment each term by the SENCo.', [
   ('Precision teaching for reading (short, daily practice of key words until they are known by sight).', 'Daily - 10 minutes, 1:1', 'TA trained by the SENCo'),
   ('Phonics catch-up group.', 'Three times a week, 20 minutes, group of 4', 'Higher Level Teaching Assistant (HLTA)'),
   ('Football magazines and sports-themed reading books chosen with Kai.', 'In every reading session', 'Class teacher'),
  ]),
  ('By July 2027, Kai will know his 3, 4 and 8 times tables, scoring 45 out of 50 on a 3-minute mixed check. How we will know: half-termly times tables check by the class teacher.', [
   ('Numicon-based maths intervention (Numicon uses shaped pieces to show number).', 'Twice weekly, 30 minutes, group of 3', 'TA'),
  ]),
 ]),
 ('Advice to staff', [
  ('(Supports all outcomes above.)', [
   ('Consultation with the educational psychologist (EP) to review Kai\'s plan and advise staff.', 'Once a term, 1 hour', 'Educational Psychologist, Wyemarch Educational Psychology Service'),
  ]),
 ]),
],
'G': ['None.'],
'H1': ['None. Short breaks were considered (see Part D).'],
'H2': ['None. Early help was offered and declined by Mum at the planning meeting on 19th Feb 2026.'],
'I': ['Brampton Abbotts Church of England Primary School (mainstream primary school).'],
'J': ['Not applicable - no personal budget requested.'],
'K_rows': [
 ['Parent\'s views', 'Mum', '20th Jan 2026'],
 ['Kai\'s views', 'Kai, with his class teacher', '22nd Jan 2026'],
 ['Educational advice', 'Mrs Rees, SENCo, Brampton Abbotts CE Primary School', '28th Jan 2026'],
 ['Psychological advice', 'Dr Huw Morgan, Educational Psychologist', '5th Feb 2026'],
 ['Medical advice', 'Claire Bevan, School Nurse, Specialist Children\'s Services', '2nd Feb 2026'],
 ['Social care advice', 'Duty and Assessment Team, Children\'s Services', '30th Jan 2026'],
],
})

# =============================================================== h103 (sound)
plan({
'file': 'h103.docx', 'layout': 'national-template',
'front': [
 ('Date of last annual review', '18th Jun 2026'),
 ('Date this amended plan was issued', '20th Jul 2026'),
 ('NC year', 'Year 10 (Key Stage 4)'),
 ('Education phase', 'Secondary'),
],
'drop_tables': [],
'map': {
 'name': 'Amara', 'preferred_name': 'Amara', 'date_of_birth': 'Withheld (anonymised) - age 15',
 'sex': 'Female', 'ethnicity': 'Black British - African',
 'child_or_young_person_first_language': 'English (also uses some British Sign Language)',
 'parent_or_carer_first_language': 'English',
 'parent_1_name': 'Grace (Mum)', 'parent_1_relationship': 'Mother',
 'parent_1_email': 'Withheld', 'parent_1_telephone_number': 'Withheld', 'parent_1_home_address': 'Withheld',
 'parent_2_name': '-', 'parent_2_relationship': '-', 'parent_2_email': '-', 'parent_2_telephone_number': '-',
 'parent_2_home_address_if_different_to_parent_or_carer_1': '-',
 'education_setting': 'Kingsland High School (mainstream secondary with a Hearing Support Base)',
 'gp_and_key_health_professional_where_applicable': 'Paediatric Audiology, Specialist Children\'s Services',
 'nhs_number_if_available': 'Withheld',
 'known_to_social_care': 'No',
 'other_professionals_involved_with_this_childyoung_personfamily': 'Sensory Support Service (Qualified Teacher of the Deaf); Educational Psychology Service; Wyemarch Careers Service',
 'currently_a_looked_after_child': 'No', 'has_been_a_looked_after_child': 'No',
 'is_there_a_one_page_profile_received_append': 'Yes - appended',
 'child_or_young_person_moving_to_area_with_ehcp_from_a_different_local_authority': 'No',
 'history': 'Amara was born with a moderate-to-severe hearing loss in both ears, found through the newborn hearing screen. She has worn hearing aids since she was four months old and has been supported by the Sensory Support Service throughout her education. She has attended Kingsland High School, which has a Hearing Support Base, since Year 7.',
 'communication': 'Amara communicates using spoken English. She lip-reads well when she can see the speaker\'s face and uses some British Sign Language (BSL) with her deaf friends. She uses a radio aid (a small microphone worn by the teacher that sends speech straight to her hearing aids).',
 'child_views': [
  'Amara\'s views (written by Amara for her annual review, May 2026):',
  '"I like school most of the time, especially science and art. The hardest thing is group work and the canteen because it\'s so noisy I just nod and pretend. I want teachers to always wear the radio aid mic and not turn away when they talk. I want to be a veterinary nurse - I\'ve wanted that since I was little. I\'d like to go to college and I\'d like to be able to go into town on the bus by myself like my friends do."',
 ],
 'family_views': '"Amara is determined and very caring. We want her to get the GCSEs she needs for college and to feel confident asking for what she needs, because she won\'t always have someone doing it for her. She gets very tired by the end of the day." (Grace, Mum, May 2026)',
 'interests': 'Animals (she has two rabbits and volunteers at a local animal rescue on Saturdays), art and drawing, the Deaf Youth Club.',
 'strengths': 'Hard-working and organised; excellent visual memory; strong in science and art; a caring friend; very good lip-reader; manages her own hearing aids at home.',
 'aspirations': 'Amara wants to study animal care at college and become a veterinary nurse. For now she wants to travel into town on her own and keep up with her friends. Her mum wants her to achieve the GCSEs she needs for college and to be confident explaining her deafness to new people.',
 'communication_interaction_strengths': 'Amara is a confident speaker in one-to-one and small group conversations and has a good vocabulary for her age.',
 'communication_interaction_need_1': 'Amara misses a great deal of what is said in noisy rooms, group discussions and when the speaker turns away. She can miss new subject vocabulary when it is only heard and not seen.',
 'communication_interaction_provision_1': [
  'A radio aid worn by every teacher in every lesson; checked each morning by Amara with a Learning Support Assistant (LSA) and maintained by the Educational Audiologist, Sensory Support Service (termly check and repairs).',
  'Pre-teaching of new subject vocabulary in science and English: x2 per week @ 30 mins, 1:1, by a Teacher of the Deaf in the Hearing Support Base.',
 ],
 'communication_interaction_outcome_1': 'By the end of Key Stage 4 (July 2027), Amara will ask the teacher to repeat or rephrase something she has missed in at least four out of five lessons observed by the Teacher of the Deaf each term.',
 'communication_interaction_need_2': 'Amara does not always let adults or friends know when she has not understood, and will nod along.',
 'communication_interaction_provision_2': 'Deaf awareness and self-advocacy sessions (how to explain her hearing loss, how to ask for adjustments), 1:1 with a Qualified Teacher of the Deaf (QToD), fortnightly for 45 minutes.',
 'communication_interaction_outcome_2': 'By Feb 2027, Amara will present a short talk about her deafness and the adjustments she needs to her new college tutor or a Year 7 class, and the QToD will record that she did this without help.',
 'cognition_learning_strengths': 'Amara is working at or near age-related expectations in most subjects. Her predicted grades are 5 in science and 6 in art.',
 'cognition_learning_need_1': 'Amara\'s reading comprehension of long exam texts is slower than her peers\' because she has had less access to incidental language; listening tasks in modern foreign languages are not accessible to her.',
 'cognition_learning_provision_1': [
  'Exam access arrangements: 25% extra time, a separate room and a live speaker for listening papers, applied for and organised by the SENCo (special educational needs co-ordinator) with the exams officer.',
  'May 2027 onwards, during GCSE exams, the Teacher of the Deaf will check the radio aid before each paper.',
 ],
 'cognition_learning_outcome_1': 'By July 2027, Amara will gain GCSE grades of 4 or above in English, maths and combined science, the entry requirement for the Level 2 Animal Care course at Wyemarch College.',
 'cognition_learning_need_2': 'Amara needs to understand the post-16 options available to her and what support she can expect at college.',
 'cognition_learning_provision_2': [
  'Careers guidance interviews with an independent careers adviser: once a term, 45 minutes.',
  'One week\'s work experience at a veterinary practice in Jul 2027, arranged by the school\'s careers lead, with a QToD visit on the first day (1 hour) to give deaf-awareness advice to the employer.',
 ],
 'cognition_learning_outcome_2': 'By Jan 2027, Amara will submit her college application with her tutor, and by July 2027 she will receive a positive employer report from her veterinary work experience placement.',
 'semh_strengths': 'Amara has a small group of close friends, including deaf friends from the Hearing Support Base and the Deaf Youth Club. She is calm and thoughtful.',
 'semh_need_1': 'Amara becomes very tired from concentrating on listening all day ("listening fatigue"), and she has said she feels left out in the canteen and in group work.',
 'semh_provision_1': [
  'A quiet lunch club in the Hearing Support Base: three sessions a week, 35 minutes each, with two friends of her choice, supervised by an LSA.',
  'Two 10-minute listening breaks a day in the Hearing Support Base, supervised by the Base LSA, at times agreed on her timetable.',
 ],
 'semh_outcome_1': 'By July 2027, Amara will rate her end-of-day tiredness at 5 or below (on a 1-10 scale) on four days out of five, recorded in her weekly check-in with the LSA.',
 'semh_need_2': 'Amara would like to get into town on her own but has not yet travelled by bus without an adult.',
 'semh_provision_2': 'Independent travel training with the Wyemarch Travel Training Team: 1:1, one hour a week for 8 weeks from Feb 2027, including what to do when she cannot hear announcements.',
 'semh_outcome_2': 'By July 2027, Amara will travel by bus from home to the town centre and back on her own, completing the travel trainer\'s checklist on three separate trips.',
 'sensory_physical_strengths': 'Amara looks after her hearing aids well at home and knows how to change the batteries.',
 'sensory_physical_need_1': 'Amara has a moderate-to-severe hearing loss in both ears. Classrooms with hard floors and background noise make it much harder for her to hear.',
 'sensory_physical_provision_1': [
  'A teaching visit from a QToD, Sensory Support Service: half-termly, 1 hour, to observe lessons, check Amara\'s access and advise her teachers.',
  'Deaf awareness training for all of Amara\'s subject teachers: one 1-hour session in Sep 2026, delivered by the QToD.',
  'Seating near the front with a clear view of the teacher\'s face, and soft furnishings in the Base; arranged by the SENCo.',
 ],
 'sensory_physical_outcome_1': 'By July 2027, Amara will complete all her science practicals with her group, taking an agreed role, in at least four out of five practicals recorded by her science teacher.',
 'health_care_strengths': 'Amara is healthy and looks after her hearing aids independently at home.',
 'health_care_need_1': 'Bilateral moderate-to-severe sensorineural hearing loss; Amara wears two behind-the-ear hearing aids every day.',
 'health_care_provision_1': 'Paediatric Audiology, Specialist Children\'s Services: hearing test, hearing aid check and new earmoulds every 6 months in clinic (1 hour). Transfer to adult audiology will be planned at her Year 11 review.',
 'health_care_outcome_1': 'By July 2027, Amara will order her own replacement batteries and tubing and book her own audiology appointment, confirmed by the audiologist at her 6-monthly review.',
 'social_care_strengths': 'Amara has a supportive family and attends the Deaf Youth Club every fortnight.',
 'social_care_need_1': 'Amara has no social care needs relating to her SEN. This was confirmed by the Children with Disabilities Team in their advice of Apr 2026. Short breaks were considered and are not needed.',
 'h1_provision_1': 'None.',
 'h2_provision_1': 'None.',
 'social_care_outcome_1': 'Not applicable.',
},
'G_after': ['Health sign-off: the provision in Part G has been agreed on behalf of Wyemarch Integrated Care Board (ICB) by Sarah Pugh, Designated Clinical Officer, 15th Jul 2026.'],
'I_name': 'Kingsland High School', 'I_type': 'Mainstream secondary academy with a Hearing Support Base',
'J_details': 'No personal budget.', 'J_arr': 'Not applicable.',
'K': {
 1: ('Amara\'s views and Mum\'s views (annual review)', '21st May 2026', 'Amara and Grace (Mum)'),
 2: ('Educational advice (annual review report)', '4th Jun 2026', 'Mr Jones, SENCo, Kingsland High School'),
 3: ('Advice from a qualified Teacher of the Deaf', '28th May 2026', 'Helen Ward, QToD, Sensory Support Service'),
 4: (None, '12th May 2026', 'Paediatric Audiology (Clinical Scientist), Specialist Children\'s Services'),
 5: (None, '2nd Jun 2026', 'Dr Owen Hale, Educational Psychologist'),
 6: (None, '20th Apr 2026', 'Children with Disabilities Team, Wyemarch Children\'s Services'),
 7: (None, '9th Jun 2026', 'Wyemarch Travel Training Team'),
 8: (None, '26th May 2026', 'Rob Kaur, Independent Careers Adviser, Wyemarch Careers Service'),
},
'signoff': ['Nia Bowen, SEND Caseworker', 'Signed electronically', '20th Jul 2026'],
})

# =============================================================== h104 (fail)
plan({
'file': 'h104.docx', 'layout': 'bold-statutory',
'front': [
 ('Name', 'Rhys'),
 ('Year group', 'Year 7'),
 ('Age', '11'),
 ('Education phase', 'Secondary (Key Stage 3)'),
 ('Date this plan was issued', '27th Apr 2026'),
 ('Review', 'Annual review due by Apr 2027'),
],
'A': [
 ('h', 'Rhys\'s views (gathered by his key worker, Mr Bevan, using a "My Week" sheet, Mar 2026)'),
 '"I like Minecraft and drawing maps of made-up islands. I am good at computers and I know loads about volcanoes. I hate the corridors when the bell goes because everybody pushes. I don\'t like PE because the changing room smells and it\'s too loud. I like the library at lunch. I want to make games when I\'m older."',
 ('h', 'Mum\'s views'),
 'Mum says Rhys is clever and funny and has a great imagination. She told us that the move to secondary school has been very hard and that Rhys come home exhausted and angry most days. She wants him to feel safe at school, to have at least one good friend and to be happy to go in each morning. She would like him to go on to college to study computing.',
 ('h', 'What\'s working'),
 ('b', 'The library at lunchtime, and Mr Bevan meeting him at the gate.'),
 ('b', 'Computing and geography lessons, where he is confident.'),
 ('h', 'What\'s not working'),
 ('b', 'Busy corridors, PE changing rooms and supply teachers.'),
 ('b', 'Getting to school on time - mornings at home are a struggle.'),
],
'B': [
 ('h', 'Communication and interaction'),
 'Rhys has a diagnosis of autism spectrum condition (ASC), given by the neurodevelopmental team in 2023. He has a wide vocabulary and talks in detail about his interests. He find it difficult to join in with conversations that are not about his interests, and he take jokes and sarcasm literally, which have led to arguments with other pupils.',
 ('h', 'Cognition and learning'),
 'Rhys is working at the expected level in most subjects and above it in computing. His written work is short because he find it hard to plan and get started; he needs a seperate list of steps for longer tasks.',
 ('h', 'Social, emotional and mental health'),
 'Rhys becomes anxious in crowded and unpredictable situations. When the anxiety builds he shuts down, puts his hood up and refuses to speak, or he leaves the room. Him and another boy was involved in two fights in the first term. Rhys has said he feels he has no friends at his new school.',
 ('h', 'Sensory'),
 'Rhys is very sensitive to noise and smells. Loud, echoing places such as the sports hall and dining hall make it very hard for him to stay calm, and he need a quiet enviroment to eat his lunch.',
],
'C': [
 'Rhys has ASC. He has difficulty getting to sleep and has been prescribed melatonin (a medicine that helps with sleep) by his community paediatrician, Dr Thomas, who reviews it every 6 months. Mum reports that on a good night Rhys is asleep by 10:30pm. There are no other health needs.',
],
'D': [
 'Rhys lives with his mum and his older brother, who is 16. Mum has told us that mornings are very hard: Rhys often refuses to get dressed and he has missed the school bus 11 times this term. Mum would like help at home with managing his meltdowns. Rhys has been subject to a child protection plan since Feb 2026.',
],
'E_rows': [
 ['To make games when he is older, and to study computing at college (Rhys and Mum)', 'By the end of Year 8 (July 2027), Rhys will plan and complete a written task of 300 words in English, humanities or computing using his step-by-step planner, in four out of five extended tasks - the written skills he will need for a college computing course.', 'Work sampled each half-term by the SENCo (special educational needs co-ordinator) and compared with his Year 7 baseline.'],
 ['To have a good friend', 'By July 2027, Rhys will spend lunchtime with at least one other pupil, by choice, on three days a week.', 'Weekly record kept by the library lunch club supervisor.'],
 ['To feel safe at school', 'By July 2027, Rhys will use his exit card and go to the agreed quiet room, rather than leaving the building or refusing to speak, on four out of five occasions when he feels overwhelmed.', 'Incident and exit-card log, reviewed monthly by his key worker.'],
 ['To be happy to go to school', 'By July 2027, Rhys will be in school by 8:50am on at least nine days out of ten.', 'School attendance and punctuality data, checked each half-term.'],
 ['To sleep well', 'By July 2027, Rhys will follow his bedtime routine chart and be asleep by 10pm on five nights out of seven.', 'Mum\'s sleep diary, reviewed by Dr Thomas at each 6-monthly appointment.'],
],
'F': [
 ('h', 'Communication and interaction'),
 ('b', 'Rhys will attend a social skills group each week for 10 weeks.'),
 ('b', 'Social stories and comic-strip conversations to help Rhys understand difficult situations (for example a joke that upset him). Intensity: once a week, 20 minutes, 1:1. Delivered by: his key worker, a teaching assistant (TA) trained in autism by the Autism Outreach Team. Funded by: school.'),
 ('h', 'Cognition and learning'),
 ('b', 'A step-by-step task planner for every extended piece of writing, made by the SENCo and copied into his planner by his key worker. Used in every English and humanities lesson. Funded by: school.'),
 ('b', 'Homework club in the library so Rhys can recieve help to start his homework. Intensity: Mondays and Thursdays, 40 minutes each time, group of 6. Delivered by: a Learning Support Assistant. Funded by: school.'),
 ('h', 'Social, emotional and mental health'),
 ('b', 'Meet and greet at the school gate by his key worker, then a 5-minute check of his timetable. Daily. Funded by: school.'),
 ('b', 'An exit card and an agreed quiet room (the library office) he can go to, staffed by the library assistant. Available in every lesson. Funded by: school.'),
 ('b', 'Lunchtime library club with a small group of pupils who share his interests. Daily, 30 minutes, group of 5, supervised by the library assistant. Funded by: school.'),
 ('b', 'Advice for staff from the Autism Outreach Team (specialist teacher). Once a half-term, 1 hour, including a half-day training session for his tutor team in Sep 2026. Funded by: Wyemarch County Council.'),
 ('h', 'Sensory'),
 ('b', 'Rhys will leave lessons 3 minutes early to avoid the busy corridors, with a corridor pass issued by his head of year. Every lesson change.'),
 ('b', 'A sensory assessment in school by an occupational therapist (OT) from Specialist Children\'s Services: one 2-hour visit in Autumn term 2026, followed by a written sensory plan, and a 1-hour review once a term. Funded by: Specialist Children\'s Services.'),
 ('b', 'A seperate changing space for PE, arranged by the head of PE. Every PE lesson.'),
],
'G': [
 ('b', 'Community paediatrician (Dr Thomas, Specialist Children\'s Services) will review Rhys\'s sleep and melatonin every 6 months in clinic, using Mum\'s sleep diary.'),
 'Part G was agreed by Mr Gareth Hughes, Designated Clinical Officer, on 20th Apr 2026.',
],
'H1': ['None.'],
'H2': ['None.'],
'I': ['Wyemarch Marches Academy (mainstream secondary academy).'],
'J': ['No personal budget has been requested.'],
'K_rows': [
 ['Rhys\'s views', 'Rhys, with Mr Bevan (key worker)', '10th Mar 2026'],
 ['Parent\'s views', 'Mum', '12th Mar 2026'],
 ['Educational advice', 'Ms Lloyd, SENCo, Wyemarch Marches Academy', '6th Mar 2026'],
 ['Psychological advice', 'Dr Catrin Rees, Educational Psychologist', '16th Mar 2026'],
 ['Medical advice', 'Dr Thomas, Community Paediatrician, Specialist Children\'s Services', '3rd Mar 2026'],
 ['Occupational therapy advice', 'Occupational Therapy, Specialist Children\'s Services', '19th Mar 2026'],
 ['Autism Outreach Team advice', 'Specialist Teacher, Autism Outreach Team', '11th Mar 2026'],
],
})

# =============================================================== h105 (sound)
plan({
'file': 'h105.docx', 'layout': 'ef-table',
'front': [
 ('Young person', 'Callum'),
 ('Age', '17'),
 ('Year group', 'Year 12 equivalent (first year at college)'),
 ('Education phase', 'Post-16'),
 ('Date of last annual review', '3rd Nov 2026'),
 ('Date this plan was issued (amended after review)', '24th Nov 2026'),
 ('Next annual review', 'Autumn term 2027'),
],
'A': [
 ('h', 'In Callum\'s words'),
 'Callum shared his views with his personal tutor, Dan, on 14th Oct 2026 using Talking Mats (a picture-based way of sorting what you like, don\'t like and aren\'t sure about). Dan wrote down what Callum said and signed:',
 ('q', '"I like buses. Number 476 to town. I like the café at college - making toast and wiping tables. I like football on Saturday with Gareth. I don\'t like shouting. I want a job in a café. I want to go to town on my own."'),
 ('h', 'What Mum and Dad say'),
 'Callum\'s parents describe him as gentle, sociable and funny, with a brilliant memory for bus routes and timetables. They want him to have a paid or voluntary job he enjoys, to be safe when he is out, and one day to live in a supported flat with friends. They worry about what will happen when college ends.',
 ('h', 'What\'s working'),
 ('b', 'Callum\'s café sessions at college - he is proud of his apron and badge.'),
 ('b', 'Saturday football and bowling with his Personal Assistant, Gareth.'),
 ('b', 'Overnight short breaks at Brook House, which he enjoys.'),
 ('h', 'What\'s not working'),
 ('b', 'Callum cannot yet use money or ask strangers for help, so he always needs an adult when out.'),
 ('b', 'Unfamiliar places and sudden loud noises can make him freeze.'),
 ('h', 'Aspirations'),
 'Callum wants a job in a café and to go to town on his own. His parents want him to have a job, to be safe and independent in the community, and in time to live with friends in supported housing.',
],
'B': [
 'Callum has a severe learning difficulty (SLD). He is a sociable young man who remembers routes and routines exceptionally well and takes pride in doing a job properly.',
 ('h', 'Cognition and learning'),
 'Callum recognises about 40 familiar words and his name, and can count objects to 10. He is working at Entry Level 1 in English and maths. He learns best through practical, repeated tasks in real settings.',
 ('h', 'Communication and interaction'),
 'Callum speaks in two- or three-word phrases and uses Makaton signs (a signing system used alongside speech) and a symbol communication book. Familiar people understand him well; strangers often do not. He does not yet ask unfamiliar adults for help.',
 ('h', 'Social, emotional and mental health'),
 'Callum is friendly and enjoys company. He can become anxious in new places and may freeze or cover his ears when there is sudden noise.',
 ('h', 'Independence and money'),
 'Callum cannot yet recognise coins or pay for items, and he has not yet travelled anywhere without an adult.',
],
'C': [
 'Callum has mild asthma, managed with a reliever inhaler that he carries in his bag. He has an annual asthma review and a Learning Disability Annual Health Check with his GP. His GP confirmed in Oct 2026 that he has no other health needs. He sometimes forgets to tell staff when he is wheezy.',
],
'D': [
 'Callum needs an adult with him to be safe in the community and needs prompting with personal care (showering, choosing clean clothes). His parents care for him full-time alongside work. The Children with Disabilities Team reassessed his needs in Oct 2026 and he meets the criteria for short breaks. A Transitions social worker from Adult Social Care is now involved to plan for his support after he turns 18.',
],
'EF_intro': [
 'Outcomes are for the end of Callum\'s two-year course (July 2028) unless another date is given. Each outcome is linked to Callum\'s aspirations in Part A.',
],
'EF': [
 ('Employment (aspiration: a job in a café)', [
  ('By July 2028, Callum will work a 2-hour shift in the college café each week, taking orders with his communication book and clearing tables, needing no more than one prompt per shift. How we will know: café supervisor\'s weekly record.', [
   ('Work skills in the college training café.', 'x2 per week @ 2 hours', 'Learning Support Assistant (LSA), 1:2'),
   ('Job coach visits to set work targets and plan a supported internship for Year 2.', 'One visit each half-term block (6 weeks), 1 hour', 'Job Coach, Wyemarch Supported Employment Service'),
  ]),
  ('By July 2027, Callum will be awarded the Entry Level 1 Certificate in Personal Progress. How we will know: assessor sign-off of his portfolio.', [
   ('Entry Level 1 Personal Progress course, taught in a class of 8.', '16 hours a week over three days', 'Course tutor and two LSAs (shared support, 1 adult to 3 students)'),
  ]),
 ]),
 ('Independent living (aspiration: go to town on his own)', [
  ('By July 2028, Callum will use the community independently: he will walk from college to the town library and the corner shop and back on his own, completing four out of four trips on the travel trainer\'s checklist. How we will know: travel trainer\'s checklist.', [
   ('Independent travel training along the college-library-shop route.', 'Weekly, 1 hour, for 12 weeks from Jan 2027, then one check session each half-term', 'Travel Trainer, Wyemarch Travel Training Team, 1:1'),
  ]),
  ('By July 2027, Callum will pay for items costing less than £5 using a £5 note and check his change with his money card, on three out of four shop visits. How we will know: LSA\'s shopping record.', [
   ('Money skills using real coins and a money card, then practice in the college shop.', 'Three sessions a fortnight, 30 minutes, paired work', 'LSA'),
  ]),
 ]),
 ('Communication and friends (aspiration: be safe when out)', [
  ('By July 2027, Callum will use his communication book to ask an unfamiliar adult (a shop or library worker) for help, in three out of four observed trips. How we will know: LSA observation notes, reviewed with the speech and language therapist.', [
   ('Speech and language therapy visit to review Callum\'s communication book, set targets and train his LSAs.', 'Once every half-term, 1 hour (6 visits a year)', 'Specialist Speech and Language Therapist (Band 6), Specialist Children\'s Services'),
   ('Symbol communication book, kept up to date with new vocabulary for each new place.', 'Updated weekly', 'Callum\'s named LSA'),
   ('Role-play practice of asking for help in college.', 'Daily - 15 minutes before lunch, 1:1', 'LSA'),
  ]),
 ]),
 ('Good health', [
  ('By July 2027, Callum will tell a member of staff when he feels wheezy and use his inhaler on his own, on every occasion recorded by his LSA. How we will know: LSA health log, checked each half-term by the college nurse.', [
   ('Teaching Callum to recognise asthma symptoms with a symbol card and practise using his inhaler (see also Part G).', 'At least weekly, 10 minutes, 1:1', 'LSA, trained by the college nurse'),
  ]),
 ]),
],
'G': [
 ('b', 'Annual asthma review with the practice nurse at Callum\'s GP surgery (30 minutes).'),
 ('b', 'Learning Disability Annual Health Check with his GP (once a year, 45 minutes).'),
 ('b', 'The college nurse will train Callum\'s LSAs in asthma awareness and inhaler use once a year (1 hour, Sep 2027) and check his symptom card each term.'),
 'Health sign-off: Dr Alun Morris, Designated Clinical Officer, confirmed on 18th Nov 2026 that the provision in Part G is agreed.',
],
'H1': [
 ('b', 'Overnight short breaks at Brook House short breaks unit: 2 nights per month (24 nights a year). Provided by the Children with Disabilities Team.'),
 ('b', 'Personal Assistant funded by direct payment: 6 hours every Saturday, to support Callum at football and bowling and with community activities.'),
],
'H2': ['Transitions planning: the Transitions social worker (Adult Social Care) will complete a Care Act assessment by Jun 2027 and attend Callum\'s next annual review.'],
'I': ['Wyemarch College (general further education college) - Foundation Learning department.'],
'J': ['Direct payment of £84 per week (6 hours at £14 per hour) for Callum\'s Personal Assistant, managed by his parents through a pre-paid card. This supports his outcomes on independent living and friends and community.'],
'K_rows': [
 ['Callum\'s views (Talking Mats)', 'Callum, with Dan (personal tutor)', '14th Oct 2026'],
 ['Parents\' views', 'Mum and Dad', '20th Oct 2026'],
 ['Educational advice (annual review report)', 'Learning Support Manager, Wyemarch College', '21st Oct 2026'],
 ['Educational psychology advice', 'Dr Sara Jenkins, Educational Psychologist', '8th Sep 2026'],
 ['Speech and language therapy advice', 'Specialist Speech and Language Therapist, Specialist Children\'s Services', '30th Sep 2026'],
 ['Medical advice', 'Dr Patel, GP, Bridge Street Surgery', '12th Oct 2026'],
 ['College nurse report', 'Sister Ann Jones, College Nurse, Wyemarch College', '15th Oct 2026'],
 ['Social care advice', 'Megan Price, Social Worker, Children with Disabilities Team', '16th Oct 2026'],
 ['Preparing for adulthood advice', 'Transitions Social Worker, Adult Social Care, and Wyemarch Careers Service', '2nd Oct 2026'],
],
})

# =============================================================== h106 (fail)
plan({
'file': 'h106.docx', 'layout': 'national-template',
'front': [
 ('Date this plan was issued', '3rd Mar 2026'),
 ('Year group', 'Year 2'),
 ('Education phase', 'Primary (Key Stage 1)'),
 ('Plan type', 'Final EHC plan'),
],
'drop_tables': [6],
'map': {
 'name': 'Zofia', 'preferred_name': 'Zosia', 'date_of_birth': 'Withheld - age 7',
 'sex': 'Female', 'ethnicity': 'White - Polish',
 'child_or_young_person_first_language': 'Polish (learning English as an additional language)',
 'parent_or_carer_first_language': 'Polish (an interpreter is needed for meetings)',
 'parent_1_name': 'Agnieszka (Mum)', 'parent_1_relationship': 'Mother',
 'parent_1_email': 'Withheld', 'parent_1_telephone_number': 'Withheld', 'parent_1_home_address': 'Withheld',
 'parent_2_name': '', 'parent_2_relationship': '', 'parent_2_email': '', 'parent_2_telephone_number': '',
 'parent_2_home_address_if_different_to_parent_or_carer_1': '',
 'education_setting': 'St Mary\'s Church of England Primary School',
 'gp_and_key_health_professional_where_applicable': 'Speech and Language Therapy, Specialist Children\'s Services',
 'nhs_number_if_available': 'Withheld',
 'known_to_social_care': 'Yes - open to the Family Support Team (Child in Need plan since Jan 2026)',
 'other_professionals_involved_with_this_childyoung_personfamily': 'Ethnic Minority Achievement Service; Educational Psychology Service',
 'currently_a_looked_after_child': 'No', 'has_been_a_looked_after_child': 'No',
 'is_there_a_one_page_profile_received_append': 'No',
 'child_or_young_person_moving_to_area_with_ehcp_from_a_different_local_authority': 'No',
 'history': 'Zofia was born in Poland and moved to Wyemarch with her mum when she was three. She started in Nursery at St Mary\'s and staff noticed that her talking was much less developed than other children learning English, and that her Polish was also delayed. She was assessed by the speech and language therapy service and was diagnosed with developmental language disorder (DLD) - a long-term difficulty with understanding and using language that is not caused by learning English.',
 'communication': 'Zofia speaks in short phrases in Polish at home and in two- to four-word phrases in English at school. She uses gesture and pointing to support what she says.',
 'child_views': 'Mum says Zofia is happy at school and likes her teacher, Miss Davies. She likes drawing and playing with the dolls\' house.',
 'family_views': '"I want Zosia to be able to talk to her friends and to read in English and Polish. At home she gets upset when her brothers do not understand her. I want the school to help her speak more." (Agnieszka, Mum, through an interpreter, Feb 2026)',
 'interests': 'Drawing, dolls and the dolls\' house, singing in both languages, helping Mum cook.',
 'strengths': 'Zofia is kind and caring, especially with younger children. She is good at drawing and puzzles, and her number skills are close to those expected for her age. She follows class routines well by watching others.',
 'aspirations': 'Mum hopes Zofia will talk confidently with her friends, read in both her languages, and go on to secondary school with her friends. When she is older Mum would like her to have a good job - Zofia has said she wants to be "a teacher like Miss Davies".',
 'communication_interaction_strengths': 'Zofia is a sociable child who wants to talk with others. She copies new words quickly when they are shown with pictures.',
 'communication_interaction_need_1': 'Zofia has difficulty understanding longer spoken instructions in English and in Polish, and understands single-step instructions best when they are shown with pictures.',
 'communication_interaction_provision_1': [
  'Visual timetable and picture cue cards for classroom instructions, made by the class teaching assistant (TA) and used in every lesson.',
  'Language group using the Language for Thinking programme: three times a week, 20 minutes, group of 4, led by a TA trained in Elklan (a speech and language training course for school staff).',
 ],
 'communication_interaction_outcome_1': 'By July 2027, Zofia will follow a two-step classroom instruction without picture support in four out of five observations by her class teacher.',
 'communication_interaction_need_2': 'Zofia speaks in short phrases and leaves out small words and word endings; she finds it hard to tell someone about something that has happened.',
 'communication_interaction_provision_2': 'Daily - 10 minutes, 1:1 practice of her speech and language therapy targets, delivered by the class TA following the therapist\'s written programme.',
 'communication_interaction_outcome_2': 'By July 2027, Zofia will retell a simple event (what she did at the weekend) using three linked sentences with "and" or "then", recorded by her TA in her weekly language log.',
 'cognition_learning_strengths': 'Zofia enjoys maths and can add and subtract within 20 using objects.',
 'cognition_learning_need_1': 'Zofia\'s reading and writing in English are well below those expected for her age: she knows 20 of the 44 phonics sounds and can write her name and some short words.',
 'cognition_learning_provision_1': [
  'Daily phonics catch-up: 15 minutes, group of 3, delivered by a Higher Level Teaching Assistant (HLTA).',
  'Advice to the class teacher on supporting a bilingual learner with DLD from the Ethnic Minority Achievement Service teacher: once each half-term, 1 hour.',
 ],
 'cognition_learning_outcome_1': 'By July 2027, Zofia will know all 44 phonics sounds and read a book matched to her phonics level with 90% accuracy, checked by the HLTA each half-term.',
 'sensory_physical_strengths': 'Zofia has good fine motor skills and enjoys drawing and colouring.',
 'sensory_physical_need_1': 'No sensory or physical needs. Her hearing and vision were checked in Apr 2023 and were normal.',
 'sensory_physical_provision_1': 'None required.',
 'sensory_physical_outcome_1': 'Not applicable.',
 'health_care_strengths': 'Zofia is a healthy child.',
 'health_care_need_1': 'Developmental language disorder (DLD), diagnosed by the speech and language therapy service. Zofia was also seen by the community paediatrician in 2023, who found no other health needs.',
 'health_care_provision_1': 'Specialist Speech and Language Therapist (Band 6), Specialist Children\'s Services, will provide 1:1 speech and language therapy in school: weekly, 30 minutes, in a 6-week block each half-term, and will set and review the targets practised daily by her TA.',
 'health_care_outcome_1': 'By July 2027, Zofia will use the small words "is", "the" and "a" in her sentences in 8 out of 10 attempts in her therapy sessions, measured by the therapist at the end of each block.',
 'social_care_strengths': 'Zofia has a loving relationship with her mum and her two younger brothers.',
 'social_care_need_1': 'Zofia shares a bedroom with her two brothers in temporary accommodation. She has few chances to play outside or see other children after school, and her mum is managing alone.',
 'h1_provision_1': 'None. Short breaks were discussed with Mum at the planning meeting (5th Feb 2026) and are not needed.',
 'h2_provision_1': 'None.',
 'social_care_outcome_1': 'Not applicable.',
},
'G_after': ['The health provision above was agreed by Dr Emma Rowlands, Designated Clinical Officer, on 26th Feb 2026.'],
'I_name': 'St Mary\'s Church of England Primary School', 'I_type': 'Mainstream primary (voluntary aided)',
'J_details': 'None.', 'J_arr': 'Not applicable.',
'K': {
 1: ('Parent\'s views (with Polish interpreter)', '2nd Feb 2026', 'Agnieszka (Mum)'),
 2: ('Educational advice', '20th Jan 2026', 'Mrs Lewis, special educational needs co-ordinator (SENCo), St Mary\'s CE Primary School'),
 3: ('Speech and language therapy advice', '26th Jan 2026', 'Hannah Cole, Specialist Speech and Language Therapist, Specialist Children\'s Services'),
 4: (None, '14th Jun 2023', 'Dr Ahmed, Community Paediatrician, Specialist Children\'s Services'),
 5: (None, '30th Jan 2026', 'Dr Sian Powell, Educational Psychologist'),
 7: (None, '22nd Jan 2026', 'Teacher, Ethnic Minority Achievement Service'),
},
'signoff': ['Owain Pritchard, SEND Caseworker', 'Signed electronically', '3rd Mar 2026'],
})

# =============================================================== h107 (fail)
plan({
'file': 'h107.docx', 'layout': 'bold-statutory',
'front': [
 ('Young person', 'Ffion'),
 ('Age', '20'),
 ('Education phase', 'Post-19 (further education)'),
 ('Date of last review', 'Feb 2026'),
 ('Date this plan was issued', '16th Mar 2026'),
 ('Caseworker', 'Rhodri James, Post-16 SEND Team'),
],
'A': [
 ('h', 'About me - in my own words'),
 'Ffion told her tutor these things in Jan 2026, and checked what was written:',
 ('b', '"I\'m Ffion. I\'m 20. I love gardening, plants and my cat, Mali. I\'m good at remembering the names of flowers and I\'m a good friend."'),
 ('b', '"I use my powered wheelchair to get about. I need help with some things like getting dressed and the toilet, and that\'s fine, but I want to choose who helps me."'),
 ('b', '"I want to work at the garden centre. I want to live in a flat with my friend Lowri one day, with staff to help."'),
 ('b', '"I don\'t like it when people talk to my carer and not to me."'),
 ('h', 'My family\'s views'),
 'Ffion\'s dad says she is "the most determined person I know". Her parents want her to have a job she loves and some independence from them, and they would like her to learn to cook simple meals. They are worried about what support she will have when she leaves college.',
 ('h', 'What\'s working'),
 ('b', 'Ffion\'s horticulture sessions and her placement at the college garden.'),
 ('b', 'Her friendships with Lowri and others on her course.'),
 ('h', 'What\'s not working'),
 ('b', 'Ffion gets very tired by the afternoon, and her stretches are often missed.'),
 ('b', 'She has not yet had the chance to try cooking in an adapted kitchen.'),
 ('h', 'Aspirations'),
 'To work at a garden centre; to live in a supported flat with a friend; to cook her own meals.',
],
'B': [
 'Ffion has cerebral palsy (spastic diplegia), which affects the movement of her legs and, to a lesser extent, her hands. She also has a moderate learning difficulty. She is sociable, determined and a reliable friend.',
 ('h', 'Cognition and learning'),
 'Ffion reads simple texts and instructions at about Entry Level 3 and can use a calculator for money and measuring. She needs new tasks broken into small steps and practised many times. She learns best through hands-on work in the college garden.',
 ('h', 'Communication and interaction'),
 'Ffion speaks clearly in full sentences, although her speech is slow when she is tired. She is confident with people she knows.',
 ('h', 'Physical'),
 'Ffion uses a powered wheelchair, which she drives safely. She needs help from one adult with dressing, toileting and transfers. She finds fine hand tasks such as using a knife or fastening buttons slow and tiring.',
],
'C': [
 'Ffion has cerebral palsy and needs physiotherapy to keep her muscles and joints supple; she has a programme of daily stretches. She uses a powered wheelchair provided by the Wheelchair Service.',
 'Ffion also has epilepsy. She has tonic-clonic seizures (where she loses consciousness and her body stiffens and jerks) about twice a month, usually when she is tired. She has rescue medication (buccal midazolam) prescribed by her neurologist, and staff who support her need to be trained to give it.',
],
'D': ['Not known - Ffion is awaiting a Care Act assessment by Adult Social Care.'],
'E_rows': [
 ['To work at a garden centre', 'By July 2027, Ffion will complete a 3-hour work placement at Wyemarch Garden Centre once a week, potting on and labelling plants with no more than two prompts per session.', 'Placement supervisor\'s weekly record, shared with her job coach.'],
 ['To work at a garden centre', 'By July 2027, Ffion will be awarded the Entry Level 3 Award in Practical Horticulture.', 'Assessor sign-off of her portfolio.'],
 ['To cook her own meals', 'By July 2027, Ffion will prepare a simple hot meal (for example beans on toast or pasta) in the adapted kitchen using her adapted equipment, with help from one adult only for carrying hot pans, on three occasions in a row.', 'Cookery tutor\'s checklist, reviewed each half-term.'],
 ['To live in a flat with a friend', 'By July 2027, Ffion will tell a new support worker how she likes to be helped with dressing and transfers, using her personal care passport, on every occasion a new worker starts.', 'Learning support team\'s record, and Ffion\'s own feedback at review.'],
 ['To stay strong and well', 'By July 2027, Ffion will complete her daily stretching programme at college on four days out of five, telling staff when it is time.', 'Stretch chart kept by her LSA (Learning Support Assistant).'],
],
'F_tables': [
 ('Learning and work', [
  ['Pathways to Independence course (horticulture, English, maths and life skills), class of 8.', '3 days a week, 15 hours', 'Course tutor with two LSAs (shared support, 1 adult to 4 students)', 'Wyemarch County Council (high needs funding)'],
  ['Supported work placement at Wyemarch Garden Centre.', '1 morning a week, 3 hours', 'LSA 1:1 on site; Job Coach visits once a half-term for 1 hour', 'Wyemarch County Council'],
 ]),
 ('Independent living', [
  ['Cookery sessions in the college\'s adapted kitchen.', 'Weekly, 90 minutes, group of 4', 'Cookery tutor and LSA', 'College'],
  ['Occupational therapy (OT) assessment of Ffion\'s kitchen skills and equipment (adapted knife, kettle tipper, perching stool), with the equipment supplied and checked by the OT.', 'One 2-hour visit in Summer term 2026, then a 1-hour review once a term', 'Occupational Therapist, Adult Community Therapies', 'College'],
  ['Personal care passport written with Ffion, kept with her and updated each term.', 'Termly update, 30 minutes', 'Ffion\'s named LSA', 'College'],
 ]),
 ('Physical', [
  ['Support with personal care during the college day (dressing, toileting, transfers using a hoist), so that Ffion can take part in all sessions, while teaching her to direct her own care using her personal care passport.', 'Throughout the college day', 'LSA trained in moving and handling', 'Wyemarch County Council'],
  ['Supported daily stretches following the physiotherapy programme, in a private room.', 'Daily - 15 minutes, 1:1', 'LSA', 'College'],
 ]),
],
'G': [
 ('b', 'Physiotherapy: Ffion will continue to receive physiotherapy from the Adult Community Therapies team as needed.'),
 ('b', 'Wheelchair Service: annual review of Ffion\'s powered wheelchair and seating (1 hour) at the Wyemarch Wheelchair Service, with repairs within 5 working days of a request.'),
],
'H1': ['Not applicable - Ffion is over 18.'],
'H2': ['To be confirmed following the Care Act assessment.'],
'I': ['Wyemarch College (general further education college) - Pathways to Independence programme (post-19).'],
'J': ['No personal budget at present. This will be looked at again after the Care Act assessment.'],
'K_rows': [
 ['Ffion\'s views', 'Ffion, with her course tutor', '22nd Jan 2026'],
 ['Parents\' views', 'Mum and Dad', '27th Jan 2026'],
 ['Educational advice (annual review report)', 'Curriculum Leader, Pathways to Independence, Wyemarch College', '3rd Feb 2026'],
 ['Educational psychology advice', 'Dr Sara Jenkins, Educational Psychologist', '12th Jan 2026'],
 ['Medical advice', 'Dr Rhian Price, Consultant Neurologist, County Hospital', '8th Jan 2026'],
 ['Wheelchair Service report', 'Rehabilitation Engineer, Wyemarch Wheelchair Service', '15th Dec 2025'],
 ['Occupational therapy advice', 'Occupational Therapist, Adult Community Therapies', '20th Jan 2026'],
 ['Social care advice', 'Transitions Social Worker, Adult Social Care', '3rd Feb 2026'],
 ['Preparing for adulthood advice', 'Job Coach, Wyemarch Supported Employment Service', '29th Jan 2026'],
],
})

# =============================================================== h108 (fail)
plan({
'file': 'h108.docx', 'layout': 'ef-table',
'front': [
 ('Name', 'Ellie'),
 ('Age', '13'),
 ('NC year', 'Year 9'),
 ('Education phase', 'Secondary (Key Stage 3)'),
 ('Date of last annual review', '10th Jun 2026'),
 ('Date this amended plan was issued', '1st Jul 2026'),
],
'A': [
 ('h', 'Ellie\'s views (written by Ellie on her laptop for her annual review, May 2026)'),
 '"I like music best. I sing in the school choir and I play keyboard. I listen to loads of podcasts and audiobooks. I like my friends Maisie and Tia. I find it annoying when teachers forget to give me my large print and I have to ask in front of everybody. I hate the whiteboard because I can never see it even from the front. My magnifier is good but it\'s slow."',
 ('h', 'Mum\'s views'),
 'Mum is worried that Ellie is falling behind in maths and science because her resources are often not ready at the start of the lesson. She feels that Ellie is too shy to ask for help and that teachers do not always understand how little she can see. Mum says Ellie is very musical and has a lovely singing voice.',
 ('h', 'What\'s working / What\'s not working'),
 ('b', 'Working: choir and music lessons; her friendship group; her video magnifier in science.'),
 ('b', 'Not working: resources that arrive late or are not enlarged; copying from the board; crowded corridors at lunchtime.'),
],
'B': [
 ('h', 'Sensory (vision)'),
 'Ellie has albinism with nystagmus (involuntary movement of the eyes). Her visual acuity is 6/36 in both eyes, which means she is registered as sight impaired. She reads comfortably at N18 print (about three times the size of ordinary print) and uses a video magnifier (a camera and screen that enlarges text) for small print and diagrams. She cannot see the whiteboard from any seat in the classroom.',
 ('h', 'Cognition and learning'),
 'Ellie is an able student who is working at the expected level in English and music. In maths and science she is working below the expected level, mainly because she misses information presented visually - graphs, diagrams, and board work. Her reading speed is slower than her peers\' (about 60 words per minute with N18 print) and she tires after 20 minutes of reading.',
 ('h', 'Social, emotional and mental health'),
 'Ellie has a close group of friends and is confident in choir. She is reluctant to ask for help in lessons because she does not want to stand out.',
],
'C': [
 'Ellie has oculocutaneous albinism with nystagmus and reduced vision (6/36 in both eyes). She is reviewed once a year by the eye clinic at the County Hospital and by the Low Vision Clinic, which provides her magnifiers.',
],
'D': [
 'The Children with Disabilities Team assessed Ellie\'s needs in Feb 2026. Ellie needs support to take part in out-of-school activities safely because of her vision, and her family would like her to spend time with other young people with a vision impairment. She is eligible for short breaks.',
],
'EF_intro': [
 'Outcomes are for the end of Key Stage 3 (July 2027) unless another date is given.',
],
'EF': [
 ('Cognition and learning', [
  ('By July 2027, Ellie will read N18 print at 90 words per minute with 95% accuracy. How we will know: reading speed assessment each term by the Qualified Teacher of the Vision Impaired (QTVI).', [
   ('Reading fluency practice with modified large print texts.', 'x3 weekly, 20 minutes, 1:1', 'Learning Support Assistant (LSA) trained by the QTVI'),
  ]),
  ('By July 2027, Ellie will touch-type at 30 words per minute with 95% accuracy. How we will know: typing programme report, checked half-termly by her LSA.', [
   ('Touch-typing programme (Type to Learn).', 'Mondays and Thursdays, 20 minutes each time, 1:1', 'LSA'),
   ('A laptop with screen magnification software, set up by the school\'s IT technician and checked each half-term.', 'Every lesson', 'IT technician'),
  ]),
  ('By July 2027, Ellie will work at the expected level in maths, reaching at least 65% in her end-of-Year 9 maths assessment. How we will know: school assessment data.', [
   ('All maths and science resources (worksheets, graphs, diagrams) enlarged to N18 or given as a tactile or digital copy, ready before the lesson.', 'Every lesson', 'Resource technician, under the direction of the QTVI'),
   ('Small-group maths catch-up focusing on graphs and geometry.', 'Weekly, 45 minutes, group of 3', 'Maths teacher'),
  ]),
  ('By July 2027, Ellie will use her video magnifier on her own in science practicals, setting it up and reading measurements, in four out of five practicals. How we will know: science teacher\'s record.', [
   ('Video magnifier in every science and maths lesson, maintained by the Sensory Support Service.', 'Every science and maths lesson', 'Sensory Support Service'),
   ('QTVI teaching and advisory visit to observe lessons and advise teachers.', 'Once each half-term, 1.5 hours', 'QTVI, Sensory Support Service'),
  ]),
 ]),
 ('Social, emotional and mental health', [
  ('By July 2027, Ellie will ask her teacher for an enlarged copy or a repeat of board information herself, in four out of five lessons observed by the QTVI.', [
   ('Self-advocacy sessions: how to explain her vision to teachers and ask for what she needs.', 'Fortnightly, 30 minutes, 1:1', 'QTVI'),
  ]),
 ]),
 ('Short breaks', [
  ('(Supports Ellie to spend time with other young people with a vision impairment.)', [
   ('Ellie will attend the Saturday Sensory Club for young people with a vision impairment.', '5 hours, fortnightly', 'Children with Disabilities Team (funded by Children\'s Social Care)'),
  ]),
 ]),
],
'G': [
 ('b', 'Ophthalmology review once a year at the County Hospital eye clinic (consultant ophthalmologist).'),
 ('b', 'Low Vision Clinic (optometrist, Specialist Children\'s Services): annual assessment and supply of magnifiers.'),
 'Health sign-off: agreed by Dr Bethan Lloyd, Designated Clinical Officer, 24th Jun 2026.',
],
'H1': ['Short breaks - see Part E and F above.'],
'H2': ['None.'],
'I': ['Wyemarch Marches Academy (mainstream secondary academy).'],
'J': ['No personal budget.'],
'K_rows': [
 ['Ellie\'s views', 'Ellie', '14th May 2026'],
 ['Parent\'s views', 'Mum', 'May 2026'],
 ['Educational advice (annual review report)', 'Mr Davies, special educational needs co-ordinator (SENCo), Wyemarch Marches Academy', ''],
 ['Educational psychology advice', 'Dr Owen Hale, Educational Psychologist', '3rd Jun 2026'],
 ['Medical advice (ophthalmology)', 'Consultant Ophthalmologist, County Hospital eye clinic', '12th Feb 2026'],
 ['Low Vision Clinic report', 'Optometrist, Specialist Children\'s Services', ''],
 ['Social care advice', 'Children with Disabilities Team', 'Feb 2026'],
],
})

# =============================================================== h109 (fail)
plan({
'file': 'h109.docx', 'layout': 'national-template',
'front': [
 ('Date this plan was issued', '6th Oct 2025'),
 ('Age at issue', '3 years 10 months'),
 ('Education phase', 'Early years - Nursery class (Foundation Stage 1)'),
],
'drop_tables': [5],
'map': {
 'name': 'Noah', 'preferred_name': 'Noah', 'date_of_birth': 'Withheld - age 3 at issue',
 'sex': 'Male', 'ethnicity': 'White British',
 'child_or_young_person_first_language': 'English (non-verbal)', 'parent_or_carer_first_language': 'English',
 'parent_1_name': 'Laura (Mum)', 'parent_1_relationship': 'Mother',
 'parent_1_email': 'Withheld', 'parent_1_telephone_number': 'Withheld', 'parent_1_home_address': 'Withheld',
 'parent_2_name': 'Sam (Dad)', 'parent_2_relationship': 'Father', 'parent_2_email': 'Withheld', 'parent_2_telephone_number': 'Withheld',
 'parent_2_home_address_if_different_to_parent_or_carer_1': 'Same address',
 'education_setting': 'Nursery class, Ledbury Road Primary School',
 'gp_and_key_health_professional_where_applicable': 'Dr Khan, Community Paediatrician, Child Development Centre',
 'nhs_number_if_available': 'Withheld',
 'known_to_social_care': 'No',
 'other_professionals_involved_with_this_childyoung_personfamily': 'Speech and Language Therapy; Dietetics; Early Years Inclusion Team',
 'currently_a_looked_after_child': 'No', 'has_been_a_looked_after_child': 'No',
 'is_there_a_one_page_profile_received_append': 'No',
 'child_or_young_person_moving_to_area_with_ehcp_from_a_different_local_authority': 'No',
 'history': 'Noah was referred to the Child Development Centre at 2 years because he was not talking and did not respond to his name. He was diagnosed with autism in Mar 2025. He started in the school\'s nursery class in Sep 2025. He has a very restricted diet and poor sleep, and his parents report frequent meltdowns at home.',
 'communication': 'Noah does not use words or signs. He does not point or respond to his name. He screams when he is distressed.',
 'child_views': [
  'What Noah tells us - gathered by his key person, Mrs Jones, through observation in nursery over two weeks in Sep 2025:',
  'Noah shows he is happy by humming and flapping his hands, especially at the water tray and when he is lining up his toy trains. He pulls an adult\'s hand towards the water tray or the door to the garden when he wants to go there. He covers his ears and cries in the hall at singing time, which tells us it is too loud for him. He pushes away the snack plate if the food is not one he knows.',
 ],
 'family_views': 'Mum and Dad told us: "We just want Noah to be able to tell us what he wants. The screaming is exhausting for all of us. We would love him to eat a wider range of food and to sleep through the night." (planning meeting, 8th Sep 2025)',
 'interests': 'Water play, toy trains, spinning objects, the garden swing.',
 'strengths': 'Noah does not yet talk or play with other children, and he does not follow adult-led activities. He needs an adult with him at all times.',
 'aspirations': 'Noah\'s parents would like him to communicate his needs, to eat a wider range of foods, and in time to go to a school where he is happy and understood. They hope he will be able to play with his younger cousins.',
 'communication_interaction_strengths': 'None identified at this time - Noah is non-verbal and does not respond to his name.',
 'communication_interaction_need_1': 'Noah does not use any words, signs or pictures to communicate, and becomes distressed when he cannot make his needs known.',
 'communication_interaction_provision_1': [
  '1:1 support from an Early Years Practitioner trained in autism for all of Noah\'s nursery sessions: 15 hours a week (five mornings).',
  'Noah would benefit from regular Makaton signing from all staff and access to the sensory room where possible.',
 ],
 'communication_interaction_outcome_1': 'Noah will develop his communication skills.',
 'communication_interaction_need_2': 'Noah does not yet share attention with an adult on an activity.',
 'communication_interaction_provision_2': 'Attention Autism group sessions (a structured programme that builds shared attention using exciting visual activities): daily, 15 minutes, group of 4 children, led by an Early Years Practitioner with Attention Autism training.',
 'communication_interaction_outcome_2': 'By Jul 2026, Noah will watch an adult-led Attention Autism activity for 3 minutes without leaving the group, on four out of five sessions recorded by his key person.',
 'communication_interaction_need_3': 'Noah does not yet use pictures to make requests.',
 'communication_interaction_provision_3': 'Picture Exchange Communication System (PECS - where a child hands over a picture to ask for something) phase 1 and 2 teaching: daily - 10 minutes, 1:1, by his key person, trained by the speech and language therapist. Speech and language therapy advice to be followed as appropriate.',
 'communication_interaction_outcome_3': 'By Jul 2026, Noah will hand over a picture to ask for a favourite item (water, trains, swing) to two different adults, on 8 out of 10 opportunities recorded on his PECS sheet.',
 'semh_strengths': 'Noah is not yet able to regulate himself and has frequent meltdowns.',
 'semh_need_1': 'Noah becomes very distressed at changes of activity and in noisy places; he screams, drops to the floor or runs out of the room.',
 'semh_provision_1': [
  'Objects of reference (a real object that stands for an activity, such as a cup for snack) shown 1 minute before every change of activity, by his 1:1 practitioner.',
  'A quiet area in the nursery with a beanbag and ear defenders, set up and maintained by the nursery teacher.',
 ],
 'semh_outcome_1': 'Noah will be able to cope better with changes.',
 'sensory_physical_strengths': 'Noah does not tolerate many textures and sounds.',
 'sensory_physical_need_1': 'Noah is very sensitive to noise and to many textures, including foods, glue and paint. He seeks movement (spinning, swinging).',
 'sensory_physical_provision_1': 'A sensory diet (planned movement and calming activities through the session) written by the occupational therapist and carried out by his 1:1 practitioner: three times each morning, 10 minutes each.',
 'sensory_physical_outcome_1': 'By Jul 2026, Noah will take part in a messy-play activity (sand, water with bubbles) for 5 minutes with adult support, on three out of five sessions, recorded by his key person.',
 'health_care_strengths': 'Noah is physically healthy and active.',
 'health_care_need_1': 'Autism (diagnosed Mar 2025). Very restricted diet - Noah eats six foods - and poor sleep (waking 2-3 times a night).',
 'health_care_provision_1': [
  'Community paediatrician (Dr Khan, Child Development Centre) review every 6 months, including sleep.',
  'Paediatric dietitian, Specialist Children\'s Services: home visit every 3 months, 45 minutes, to monitor growth and support the family to introduce new foods.',
 ],
 'health_care_outcome_1': 'By Jul 2026, Noah will accept a new food on his plate without pushing it away on 4 out of 5 lunchtimes, recorded by his key person, and will have tried three new foods (parents\' food diary).',
 'social_care_strengths': 'Noah has a loving family and close grandparents.',
 'social_care_need_1': 'No social care needs. The Children with Disabilities Team screened the request in Aug 2025 and found no eligible needs; the family have extended family support.',
 'h1_provision_1': 'None. Short breaks were discussed with the family, who do not need them at this time.',
 'h2_provision_1': 'None. Early help was offered; the family did not want a referral.',
 'social_care_outcome_1': 'Not applicable.',
},
'G_after': ['Health provision agreed by Dr Bethan Lloyd, Designated Clinical Officer (DCO), on 29th Sep 2025.'],
'I_name': 'Ledbury Road Primary School - Nursery class', 'I_type': 'Maintained nursery class in a mainstream primary school',
'J_details': 'None.', 'J_arr': 'Not applicable.',
'K': {
 1: ('Parents\' views', '8th Sep 2025', 'Laura and Sam (parents)'),
 2: ('Early years educational advice', '10th Sep 2025', 'Mrs Jones (key person) and Mr Ellis, Nursery Teacher, Ledbury Road Primary School'),
 3: ('Speech and language therapy advice', '2nd Sep 2025', 'Megan Lewis, Speech and Language Therapist, Specialist Children\'s Services'),
 4: (None, '28th Aug 2025', 'Dr Khan, Community Paediatrician, Child Development Centre'),
 5: (None, '5th Sep 2025', 'Dr Priya Nair, Educational Psychologist'),
 6: (None, '22nd Aug 2025', 'Children with Disabilities Team (screening)'),
 7: (None, '4th Sep 2025', 'Paediatric Dietitian, Specialist Children\'s Services'),
},
'K_extra': [
 ('Occupational therapy advice', '9th Sep 2025', 'Occupational Therapist, Specialist Children\'s Services'),
],
'signoff': ['Nia Bowen, SEND Caseworker', 'Signed electronically', '6th Oct 2025'],
})

# =============================================================== h110 (sound)
plan({
'file': 'h110.docx', 'layout': 'bold-statutory',
'front': [
 ('Young person', 'Jayden'),
 ('Age', '15'),
 ('National Curriculum year', 'Year 11'),
 ('Education phase', 'Secondary (Key Stage 4)'),
 ('Legal status', 'Looked after by Wyemarch County Council (care order)'),
 ('Date of last annual review', '2nd Oct 2026'),
 ('Date this amended plan was issued', '30th Oct 2026'),
],
'A': [
 ('h', 'In my own words'),
 'Jayden wrote this with his key adult, Mrs Ahmed, in Sep 2026:',
 ('q', '"I\'m good with my hands. I can take apart a bike and put it back together, and I help my foster dad, Mike, with his car. I want to be a mechanic and have my own garage one day. I want to pass my driving test as soon as I\'m 17. I don\'t like reading out loud, and I hate it when teachers change the plan without telling me. I get on best with teachers who have a laugh but are fair. Next year I want to go to college to do motor vehicle. In a few years I want my own flat."'),
 ('h', 'My foster carers\' views'),
 'Mike and Sandra, Jayden\'s foster carers for three years, say he is loyal, funny and very practical. They want him to get onto the Level 1 motor vehicle course at Wyemarch College, to keep his temper when things go wrong, and to learn to cook and budget before he moves on.',
 ('h', 'My mum\'s views'),
 'Jayden\'s mum sent her views to his social worker by text message in Sep 2026. She is proud of how well he is doing in his placement and wants him to "stay in school and get his exams".',
 ('h', 'What\'s working'),
 ('b', 'His settled placement with Mike and Sandra; his weekly sessions with Mrs Ahmed.'),
 ('b', 'Practical subjects (engineering, design technology), where his teachers describe him as skilled and careful.'),
 ('h', 'What\'s not working'),
 ('b', 'Reading long exam questions, and any lesson where he is asked to read aloud.'),
 ('b', 'Unexpected changes, which can make him angry.'),
 ('h', 'Aspirations'),
 'Now: to pass his GCSEs in English, maths and engineering and get onto the motor vehicle course. Future: to become a qualified mechanic, drive, and live independently in his own flat.',
],
'B': [
 'Jayden is practical, resourceful and good at solving mechanical problems. He is well liked by younger pupils, whom he helps in the engineering workshop.',
 ('h', 'Cognition and learning'),
 'Jayden has dyslexia (a specific learning difficulty that mainly affects reading and spelling). His reading age is about 10 years 6 months and his spelling is inconsistent. He understands spoken information well and his verbal reasoning is in the average range. He is predicted a grade 4 in maths and a merit in engineering.',
 ('h', 'Social, emotional and mental health'),
 'Jayden experienced neglect in early childhood and came into care aged 11. He finds it hard to trust new adults and can feel anxious when plans change without warning. When he is anxious he can become argumentative or walk out of the lesson. He has had no exclusions this year and his relationships with staff have improved.',
],
'C': [
 'Jayden has anxiety and low mood related to his early experiences. He is seen by the Child and Adolescent Mental Health Service (CAMHS) and has started cognitive behavioural therapy (CBT - a talking therapy that helps people change unhelpful patterns of thinking). As a looked-after child he has a Review Health Assessment each year with the Looked After Children\'s Nurse; his last assessment (Aug 2026) found no physical health needs.',
],
'D': [
 'Jayden has been looked after by Wyemarch County Council under a care order since 2022 and lives in a long-term foster placement. His care plan aims for him to remain with Mike and Sandra until he is 18 and to be supported to move to independence. His social worker, Kelly Morgan (Children in Care Team), contributed to this plan and attended the annual review. The targets in this plan match those in his Personal Education Plan (PEP) of Sep 2026, agreed with the Virtual School (the council team that oversees the education of children in care). From his 16th birthday in Mar 2027 he will have a Personal Adviser from the Leaving Care Team and a Pathway Plan.',
 'Jayden needs help to develop the practical skills for living independently (cooking, budgeting, managing appointments) and to keep a positive relationship with his mum, whom he sees once a month in supervised contact.',
],
'E_rows': [
 ['To go to college to do motor vehicle', 'By July 2027, Jayden will gain GCSE grade 4 or above in maths and English and a merit in engineering, meeting the entry requirements for the Level 1 Motor Vehicle course.', 'GCSE results, Aug 2027.'],
 ['To be a mechanic', 'By July 2027, Jayden will complete one week of work experience at a local garage and receive a positive report from the employer on punctuality and attitude.', 'Employer\'s report, shared at his Year 11 review.'],
 ['To read exam questions confidently', 'By Mar 2027, Jayden will raise his reading age to 12 years on the school\'s standardised reading test.', 'Standardised reading test, Dec 2026 and Mar 2027, given by the special educational needs co-ordinator (SENCo).'],
 ['To stay calm when things change', 'By July 2027, Jayden will use his agreed "time out" card or speak to his key adult, instead of walking out, on four out of five occasions when he is anxious.', 'Behaviour log, reviewed fortnightly by his key adult.'],
 ['To live in his own flat', 'By July 2027, Jayden will plan, budget for and cook a simple meal for his foster family each week, keeping a record of the cost.', 'Foster carers\' weekly log, checked at PEP meetings.'],
 ['To feel well', 'By July 2027, Jayden will use two strategies from his CBT sessions and rate his anxiety at 4 out of 10 or below on four out of five weekly check-ins.', 'Weekly check-in with his key adult; CAMHS review.'],
],
'F_tables': [
 ('Cognition and learning', [
  ['Structured reading fluency and comprehension programme using exam-style texts and questions.', 'Four sessions a week, 25 minutes, 1:1', 'Teaching assistant (TA) trained in dyslexia support', 'School (delegated special educational needs budget)'],
  ['Spelling and subject vocabulary pre-teaching for maths and engineering.', 'Twice a week, 20 minutes, group of 3', 'Specialist dyslexia teacher', 'Wyemarch County Council (high needs)'],
  ['GCSE access arrangements: a reader, 25% extra time and rest breaks in a smaller room, applied for by the special educational needs co-ordinator (SENCo) and organised by the exams officer.', 'All mock and final GCSE exams', 'SENCo and exams officer', 'School'],
  ['A laptop with speech-to-text and text-to-speech software, installed and maintained by the school\'s IT technician.', 'Every lesson and at home', 'IT technician', 'School'],
 ]),
 ('Social, emotional and mental health', [
  ['Key adult sessions: check-in, planning for the week, and talking through difficulties using a restorative approach.', 'Weekly, 45 minutes, 1:1, plus a 5-minute check-in each morning', 'Mrs Ahmed, key adult (Emotional Literacy Support Assistant)', 'Virtual School (Pupil Premium Plus - extra funding for children in care)'],
  ['Advance warning of changes: his form tutor will text or tell Jayden about timetable or staff changes before registration.', 'Every day a change occurs', 'Form tutor', 'School'],
  ['Educational psychologist consultation with his key adult and teachers.', 'Once a term, 1 hour', 'Educational Psychologist', 'Wyemarch County Council'],
 ]),
 ('Preparing for adulthood', [
  ['Careers guidance and support with his college application and interview.', 'Three 45-minute interviews (Nov 2026, Jan 2027, Mar 2027)', 'Independent Careers Adviser, Wyemarch Careers Service', 'School'],
  ['Work experience at a local garage, with a 30-minute visit from the careers lead on the first day.', 'One week in Jun 2027', 'Careers lead', 'School'],
  ['Transition visits to Wyemarch College motor vehicle workshop, with his key adult.', 'Three visits of 2 hours, Summer term 2027', 'Key adult', 'Virtual School'],
 ]),
],
'G': [
 ('b', 'CAMHS: cognitive behavioural therapy with a Clinical Psychologist, fortnightly, 50 minutes, for 12 sessions from Oct 2026, then a review appointment.'),
 ('b', 'Looked After Children\'s Nurse: annual Review Health Assessment (next due Aug 2027).'),
 'Health sign-off: the health provision in Part G was agreed by Dr Alun Morris, Designated Clinical Officer, on 26th Oct 2026.',
],
'H1': ['None. Jayden is not a disabled child for the purposes of section 2 of the Chronically Sick and Disabled Persons Act 1970; this was confirmed by his social worker. His needs are met through his care plan (see H2).'],
'H2': [
 ('b', 'Statutory social worker visits under his care plan: every 6 weeks, Kelly Morgan, Children in Care Team.'),
 ('b', 'Looked After Child reviews chaired by an Independent Reviewing Officer: every 6 months.'),
 ('b', 'Supervised contact with his mum: once a month, 2 hours, arranged by the Children in Care Team.'),
 ('b', 'Independent living skills through his Pathway Plan, with a Personal Adviser from the Leaving Care Team: monthly meetings from Mar 2027.'),
],
'I': ['Wyemarch Marches Academy (mainstream secondary academy). From Sep 2027: type of placement - general further education college.'],
'J': ['No personal budget has been requested.'],
'K_rows': [
 ['Jayden\'s views', 'Jayden, with Mrs Ahmed (key adult)', '15th Sep 2026'],
 ['Foster carers\' views', 'Mike and Sandra (foster carers)', '18th Sep 2026'],
 ['Parent\'s views', 'Jayden\'s mum, via his social worker', '20th Sep 2026'],
 ['Educational advice (annual review report)', 'Mrs Ellis, SENCo, Wyemarch Marches Academy', '22nd Sep 2026'],
 ['Personal Education Plan (PEP) and Virtual School advice', 'Education Adviser, Wyemarch Virtual School', '24th Sep 2026'],
 ['Educational psychology advice', 'Dr Catrin Rees, Educational Psychologist', '4th Sep 2026'],
 ['Medical advice - Review Health Assessment', 'Looked After Children\'s Nurse, Specialist Children\'s Services', '12th Aug 2026'],
 ['CAMHS report', 'Clinical Psychologist, CAMHS', '25th Sep 2026'],
 ['Social care advice and care plan', 'Kelly Morgan, Social Worker, Children in Care Team', '21st Sep 2026'],
 ['Preparing for adulthood advice', 'Independent Careers Adviser, Wyemarch Careers Service', '17th Sep 2026'],
],
})

# =============================================================== h111 (sound)
plan({
'file': 'h111.docx', 'layout': 'ef-table',
'front': [
 ('Child', 'Mia'),
 ('Age', '10'),
 ('Year group', 'Year 6'),
 ('Education phase', 'Primary (Key Stage 2), moving to secondary in Sep 2026'),
 ('Date of issue', '19th Feb 2026'),
 ('Plan type', 'Amended plan - phase transfer to secondary school'),
],
'A': [
 ('h', 'What Mia told us'),
 'Mia filled in a "Me and my school" questionnaire with her teaching assistant (TA), Mr Price, in Jan 2026. In her words:',
 ('b', '"I love dancing, animals and making slime. I\'m really good at street dance and I\'m in the school dance club."'),
 ('b', '"Writing makes my hand hurt and my writing is messy so people can\'t read it."'),
 ('b', '"I get told off for fidgeting and shouting out, but I can\'t help it sometimes. I work better when I can move."'),
 ('b', '"I\'m a bit scared about big school because it\'s massive and I might get lost. I want to go to Wyemarch High with Ruby."'),
 ('b', '"When I grow up I want to be a vet or a dance teacher."'),
 ('h', 'What Mia\'s parents told us'),
 'Mia\'s mum and dad describe her as energetic, kind and hilarious, with a real talent for dance. They want her to move to secondary school confidently, to stay organised enough to keep up, and to feel good about her learning. They would like teachers to understand that her ADHD is not "naughtiness".',
 ('h', 'What\'s working'),
 ('b', 'Movement breaks and her wobble cushion; using a laptop for longer writing.'),
 ('b', 'Dance club, where she is a leader for younger children.'),
 ('h', 'What\'s not working'),
 ('b', 'Long periods of sitting and listening; copying from the board; handwriting.'),
 ('b', 'Eating lunch - she is often not hungry because of her medicine.'),
],
'B': [
 'Mia is creative, sociable and a talented dancer. She is quick to understand new ideas when they are explained practically, and her spoken vocabulary is good.',
 ('h', 'Cognition and learning'),
 'Mia is working at the expected standard in reading and just below it in maths. Her written work does not show what she knows: her handwriting is slow, hard to read and tiring, and she struggles to organise her ideas on paper.',
 ('h', 'Social, emotional and mental health'),
 'Mia has attention deficit hyperactivity disorder (ADHD). She finds it hard to sit still, wait her turn and keep her attention on tasks that do not interest her, especially in the afternoons. She is anxious about the move to a much bigger secondary school.',
 ('h', 'Physical (motor co-ordination)'),
 'Mia has developmental co-ordination difficulties affecting her fine motor skills (handwriting, using a ruler and compass). She has no difficulty walking, running or dancing, and needs no help with mobility.',
],
'C': [
 'Mia was diagnosed with ADHD by the community paediatrician in 2024. She takes methylphenidate (a stimulant medicine that helps concentration) each morning at home. Side effects are a reduced appetite at lunchtime and some difficulty getting to sleep. Her height, weight and blood pressure are monitored by the paediatric ADHD service. She has no difficulty walking and no other physical health needs.',
],
'D': [
 'Mia has no social care needs relating to her SEN (special educational needs). Children\'s Services confirmed in their advice (Dec 2025) that she is not known to them. Short breaks and early help were considered with her parents at the planning meeting and are not needed.',
],
'EF_intro': [
 'Outcomes are for the end of Year 7 (July 2027) unless another date is given. Provision applies at Wyemarch High School from Sep 2026.',
],
'EF': [
 ('Cognition and learning', [
  ('By the end of Year 7 (July 2027), Mia will write a 300-word piece of work on her laptop, planned with a mind map, in English and science, in four out of five extended tasks. How we will know: work sampled each half-term by the SENCo (special educational needs co-ordinator).', [
   ('A laptop with touch-typing and mind-mapping software, set up by the school\'s IT technician and checked each half-term.', 'Every lesson', 'IT technician'),
   ('Touch-typing programme.', 'Three sessions a fortnight, 20 minutes, paired work', 'Learning Support Assistant (LSA)'),
  ]),
  ('By July 2027, Mia will reach the expected standard in her end-of-Year 7 maths assessment. How we will know: school assessment data.', [
   ('Maths catch-up group using concrete resources.', 'x2 per week @ 30 mins, group of 5', 'Maths teacher'),
  ]),
 ]),
 ('Social, emotional and mental health', [
  ('By July 2027, Mia will stay on task for 15 minutes at a time in lessons, using her task planner and a timer, in four out of five lessons observed by her LSA. How we will know: half-termly observation sheet.', [
   ('Movement breaks: a planned 3-minute job or walk.', 'Every 20 minutes in lessons longer than 40 minutes', 'Class teacher, with the LSA'),
   ('A wobble cushion and fidget tools, provided by the SENCo.', 'Every lesson', 'SENCo'),
   ('Shared LSA support in core lessons (English, maths, science).', '12 hours a week, 1 adult to 4 students', 'LSA'),
  ]),
  ('By Dec 2026, Mia will find her way to all her lessons on her own and arrive on time, in 9 out of 10 lesson changes recorded by her form tutor. How we will know: form tutor\'s punctuality log.', [
   ('Transition programme: extra visits to Wyemarch High with a photo book and map of the school.', 'Four visits of 1 hour in Summer term 2026', 'Year 7 transition lead and her primary TA'),
   ('Mentoring sessions to plan her week and talk through worries.', 'Weekly, 20 minutes, 1:1', 'Year 7 learning mentor'),
  ]),
  ('By July 2027, Mia will lead a 10-minute warm-up in Year 7 dance club, planned with the dance teacher. How we will know: dance teacher\'s record.', [
   ('Place in dance club (15 pupils) with a leadership role.', 'Weekly, 1 hour, after school', 'Dance teacher'),
  ]),
 ]),
 ('Physical (motor co-ordination)', [
  ('By July 2027, Mia will use a ruler and compass accurately to draw shapes in maths, in three out of four tasks checked by her maths teacher. How we will know: maths work sample.', [
   ('Occupational therapy (OT) programme for fine motor skills.', 'Daily - 15 minutes before lunch, 1:1', 'LSA, following the OT\'s programme'),
   ('OT visit to review the programme and train staff.', 'Once each half-term, 1 hour', 'Occupational Therapist, Specialist Children\'s Services'),
   ('Anti-slip mat, easy-grip compass and ruler, provided by the OT.', 'Every maths lesson', 'Occupational Therapist'),
  ]),
 ]),
 ('Health', [
  ('By July 2027, Mia will eat at least half of her lunch on four days out of five. How we will know: lunchtime record kept by the LSA and shared with the ADHD nurse.', [
   ('A quiet table at lunch and a high-energy snack at morning break, agreed with her parents.', 'Daily', 'Lunchtime LSA'),
  ]),
 ]),
],
'G': [
 ('b', 'Paediatric ADHD service (Specialist Children\'s Services): medication review with the community paediatrician every 6 months, including height, weight and blood pressure (30 minutes).'),
 ('b', 'ADHD nurse specialist: telephone review with Mia\'s parents once a term, and a 1-hour training session for Mia\'s Year 7 teachers in Sep 2026.'),
 'Health sign-off: Dr Emma Rowlands, Designated Clinical Officer, agreed the health provision on 12th Feb 2026.',
],
'H1': ['None. No needs under section 2 of the Chronically Sick and Disabled Persons Act 1970; short breaks considered - see Part D.'],
'H2': ['None. Early help considered and not needed (planning meeting, 28th Jan 2026).'],
'I': ['Wyemarch High School (mainstream secondary school), from Sep 2026.'],
'J': ['No personal budget.'],
'K_rows': [
 ['Mia\'s views', 'Mia, with Mr Price (TA)', '16th Jan 2026'],
 ['Parents\' views', 'Mum and Dad', '20th Jan 2026'],
 ['Educational advice', 'Year 6 teacher and SENCo, Fownhope Primary School', '14th Jan 2026'],
 ['Educational psychology advice', 'Dr Huw Morgan, Educational Psychologist', '9th Dec 2025'],
 ['Medical advice', 'Community Paediatrician, Paediatric ADHD Service, Specialist Children\'s Services', '5th Jan 2026'],
 ['ADHD nurse specialist report', 'ADHD Nurse Specialist, Specialist Children\'s Services', '7th Jan 2026'],
 ['Occupational therapy advice', 'Occupational Therapist, Specialist Children\'s Services', '12th Dec 2025'],
 ['Social care advice', 'Duty and Assessment Team, Children\'s Services', '18th Dec 2025'],
],
})

# =============================================================== h112 (fail)
plan({
'file': 'h112.docx', 'layout': 'national-template',
'front': [
 ('Date this plan was issued', '2nd Apr 2026'),
 ('Year group', 'Year 13 equivalent (second year at college)'),
 ('Education phase', 'Post-16'),
],
'drop_tables': [],
'map': {
 'name': 'Leon', 'preferred_name': 'Leon', 'date_of_birth': 'Withheld - age 18',
 'sex': 'Male', 'ethnicity': 'White British',
 'child_or_young_person_first_language': 'English', 'parent_or_carer_first_language': 'English',
 'parent_1_name': 'Leon (young person)', 'parent_1_relationship': 'Self',
 'parent_1_email': 'Withheld', 'parent_1_telephone_number': 'Withheld', 'parent_1_home_address': 'Withheld',
 'parent_2_name': 'Karen (Mum)', 'parent_2_relationship': 'Mother', 'parent_2_email': 'Withheld', 'parent_2_telephone_number': 'Withheld',
 'parent_2_home_address_if_different_to_parent_or_carer_1': 'Same address',
 'education_setting': 'Wyemarch College - Level 2 IT and Digital course',
 'gp_and_key_health_professional_where_applicable': 'Adult ADHD Service; Dr Rowe, GP',
 'nhs_number_if_available': 'Withheld',
 'known_to_social_care': 'Yes - Adult Social Care (Transitions), assessment completed Jan 2026',
 'other_professionals_involved_with_this_childyoung_personfamily': 'Wyemarch Careers Service; Educational Psychology Service',
 'currently_a_looked_after_child': 'No', 'has_been_a_looked_after_child': 'No',
 'is_there_a_one_page_profile_received_append': 'Yes',
 'child_or_young_person_moving_to_area_with_ehcp_from_a_different_local_authority': 'No',
 'history': 'Leon presents with ASC (Level 1, DSM-5) and ADHD-C, with co-morbid GAD. He had an EHCP from Year 8 at Wyemarch Marches Academy, where he was supported by the ARP. He transitioned to FE in Sep 2024 and is on the L2 IT pathway. EF deficits impact on task initiation, prioritisation and set-shifting; he demonstrates a spiky profile (WISC-V VCI high average; PSI low).',
 'communication': 'Leon is verbally fluent. He presents with pragmatic difficulties, literal interpretation and reduced reciprocity in unstructured contexts.',
 'child_views': [
  'Leon\'s views (from his one-page profile, written with his tutor, Feb 2026):',
  '"I\'m good at computers - coding, building PCs, fixing people\'s laptops. I want to get a job in IT support or go on to a Level 3 course. I hate group projects because people don\'t do their bit and then I get stressed. I forget deadlines if nobody reminds me. I\'d like to learn to drive and move out eventually, maybe with my mate Josh."',
 ],
 'family_views': 'Karen (Mum) said: "Leon is so clever but he gets overwhelmed and then shuts down. I want him to get a job and be able to look after himself - cook, sort his money, get to appointments." (Feb 2026)',
 'interests': 'Coding, building and repairing computers, gaming, cycling.',
 'strengths': 'Excellent technical knowledge of hardware and software; honest and reliable; persistent when a problem interests him; helps classmates with technical problems.',
 'aspirations': 'Leon wants to work in IT support or progress to a Level 3 course; to learn to drive; and eventually to live independently with a friend. Mum wants him to have a job and to manage his own money and appointments.',
 'communication_interaction_strengths': 'Leon communicates clearly and confidently about topics that interest him, and explains technical problems to others well.',
 'communication_interaction_need_1': 'Leon finds group projects hard: he misreads others\' intentions, finds it hard to negotiate roles and becomes stressed when others do not complete their part.',
 'communication_interaction_provision_1': '',
 'communication_interaction_outcome_1': '',
 'cognition_learning_strengths': 'Leon is on track to pass his Level 2 IT and Digital course and has achieved Level 2 functional skills in maths.',
 'cognition_learning_need_1': 'Leon has difficulty starting, planning and finishing coursework and forgets deadlines.',
 'cognition_learning_provision_1': [
  'Study skills sessions with a learning support tutor, using a visual task planner and shared online calendar: weekly, 1 hour, 1:1.',
  'Text and email deadline reminders set up with Leon by the learning support tutor, 7 days and 2 days before each deadline.',
 ],
 'cognition_learning_outcome_1': 'By July 2026, Leon will independently initiate tasks using his EF scaffolds (visual task-analysis planner) in 4/5 sessions and submit 100% of assignments on time, as evidenced by LSA RAG data and the course tracker.',
 'cognition_learning_need_2': 'Leon\'s English is at Level 1 functional skills; he needs Level 2 English for a Level 3 course or apprenticeship.',
 'cognition_learning_provision_2': 'Functional skills English Level 2 class: twice weekly, 90 minutes, group of 10, taught by an English tutor, with an LSA 1:5 and 25% extra time in exams arranged by the college exams officer.',
 'cognition_learning_outcome_2': 'By July 2026, Leon will be awarded Level 2 functional skills English, as evidenced by exam results.',
 'semh_strengths': 'Leon has a close friend on his course (Josh) and is respected by his peers for his technical skill.',
 'semh_need_1': 'Leon experiences high levels of anxiety, particularly around deadlines, exams and unfamiliar social situations, and may shut down or stop attending.',
 'semh_provision_1': 'Mentoring with the college learning mentor: weekly, 45 minutes, 1:1, using his anxiety plan (his own list of warning signs and calming strategies).',
 'semh_outcome_1': 'Leon will receive weekly mentoring sessions with the college learning mentor.',
 'semh_need_2': 'Leon will need to manage money, cooking and appointments to live independently in the future.',
 'semh_provision_2': 'Independent living skills module (budgeting, cooking, booking appointments): weekly, 2 hours, group of 8, taught by the Life Skills tutor.',
 'semh_outcome_2': 'By July 2026, Leon will plan, shop for and cook a meal on a £10 budget, and book his own GP appointment, as evidenced by the Life Skills tutor\'s checklist.',
 'sensory_physical_strengths': 'Leon is physically healthy and cycles to college.',
 'sensory_physical_need_1': 'Leon is sensitive to noise and finds the canteen and busy corridors difficult.',
 'sensory_physical_provision_1': 'Use of the Learning Support quiet room at breaks and lunch (staffed by an LSA), and noise-cancelling headphones provided by the Learning Support team.',
 'sensory_physical_outcome_1': 'By July 2026, Leon will demonstrate improved sensory regulation with reduced dysregulation episodes, maintaining 95% attendance against his ILP targets, as evidenced by the MIS register.',
 'health_care_strengths': 'Leon manages his ADHD medication independently.',
 'health_care_need_1': 'ADHD, treated with lisdexamfetamine (a long-acting ADHD medicine) since 2022.',
 'health_care_provision_1': 'Adult ADHD Service: medication review with an ADHD specialist nurse every 6 months (30 minutes), including blood pressure and weight.',
 'health_care_outcome_1': 'By July 2026, Leon will order his own repeat prescription and attend his 6-monthly medication review on his own, confirmed by the ADHD nurse.',
 'health_care_need_2': 'Generalised anxiety disorder (GAD). Leon was seen by the Child and Adolescent Mental Health Service (CAMHS) until his 18th birthday and has been referred to adult mental health services; he has panic attacks before exams.',
 'health_care_provision_2': '',
 'health_care_outcome_2': 'By July 2026, Leon will use two strategies from his anxiety plan before each exam and sit all his exams, as evidenced by mentor notes and exam attendance.',
 'social_care_strengths': 'Leon lives with his mum and has a supportive extended family.',
 'social_care_need_1': 'Adult Social Care (Transitions) completed a Care Act assessment in Jan 2026. Leon does not have eligible care and support needs at present. He has been given information about the local autism social group and the council\'s travel training scheme.',
 'h1_provision_1': 'Not applicable - Leon is over 18.',
 'h2_provision_1': 'None. Care Act assessment found no eligible needs; signposted to community groups (see D).',
 'social_care_outcome_1': 'Not applicable.',
},
'G_after': ['Health provision agreed by the Designated Clinical Officer, Mr Gareth Hughes, 27th Mar 2026.'],
'I_name': 'Wyemarch College', 'I_type': 'General further education college',
'J_details': 'None.', 'J_arr': 'Not applicable.',
'K': {
 1: ('Leon\'s views (one-page profile) and Mum\'s views', '16th Feb 2026', 'Leon and Karen (Mum)'),
 2: ('Educational advice (annual review report)', '20th Feb 2026', 'Learning Support Manager, Wyemarch College'),
 3: ('Adult ADHD Service report', '5th Feb 2026', 'ADHD Specialist Nurse, Adult ADHD Service'),
 4: (None, '11th Feb 2026', 'Dr Rowe, GP'),
 5: (None, '2nd Feb 2026', 'Dr Sara Jenkins, Educational Psychologist'),
 6: (None, '28th Jan 2026', 'Transitions Social Worker, Adult Social Care'),
 8: (None, '9th Feb 2026', 'Independent Careers Adviser, Wyemarch Careers Service'),
},
'signoff': ['Rhodri James, Post-16 SEND Caseworker', 'Signed electronically', '2nd Apr 2026'],
})

# ------------------------------------------------------------------ build
if __name__ == '__main__':
    os.makedirs(PLANS, exist_ok=True)
    for p in PLAN_LIST:
        {'bold-statutory': render_bold_statutory, 'ef-table': render_ef_table,
         'national-template': render_national}[p['layout']](p)
        print('wrote', p['file'])
