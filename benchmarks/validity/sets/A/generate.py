#!/usr/bin/env python3
"""Generator for blind test set A: 24 fictional EHC plans + answer key (labels.yaml)."""
# ---------- rendering helpers (python-docx) ----------
import copy, re, os
import docx
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

SEC_SHORT = {
 'A': 'Section A: Views, interests and aspirations',
 'B': 'Section B: Special educational needs',
 'C': 'Section C: Health needs',
 'D': 'Section D: Social care needs',
 'E': 'Section E: Outcomes',
 'F': 'Section F: Special educational provision',
 'G': 'Section G: Health provision',
 'H1': 'Section H1: Social care provision (Chronically Sick and Disabled Persons Act 1970)',
 'H2': 'Section H2: Other social care provision',
 'I': 'Section I: Placement',
 'J': 'Section J: Personal budget',
 'K': 'Section K: Advice and information',
}
SEC_LONG = {
 'A': "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
 'B': "Section B: The child or young person's special educational needs",
 'C': "Section C: The child or young person's health care needs which relate to their special educational needs",
 'D': "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability",
 'E': "Section E: The outcomes sought for the child or young person",
 'F': "Section F: The special educational provision required by the child or young person",
 'G': "Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
 'H1': "Section H1: Social care provision which must be made for the child or young person under section 2 of the Chronically Sick and Disabled Persons Act 1970",
 'H2': "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
 'I': "Section I: The name and type of the school or other institution to be attended by the child or young person",
 'J': "Section J: Where there is a Personal Budget, the details of how it will support particular outcomes",
 'K': "Section K: The advice and information gathered during the EHC needs assessment",
}
ORDER = ['A','B','C','D','E','F','G','H1','H2','I','J','K']

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcPr.append(shd)

def is_bullet(s):
    return isinstance(s, str) and s[:2] in ('• ', '- ', 'o ', '* ')

def fprov(item, style='sentence'):
    """F item may be a plain string or a (what, how often, who) tuple."""
    if isinstance(item, str):
        return item
    what, freq, who = item
    return f"{what} ({freq}; {who})" if style == 'paren' else f"{what} {freq}. Delivered by {who}."

def add_para(container, text, bullets='word', bold=False, style=None):
    """bullets: 'word' -> use List Bullet style, 'hand' -> keep hand-typed symbol"""
    if is_bullet(text) and bullets == 'word':
        p = container.add_paragraph(text[2:], style='List Bullet')
        return p
    if isinstance(text, str) and text.startswith('#. ') and bullets == 'word':
        return container.add_paragraph(text[3:], style='List Number')
    if isinstance(text, str) and text.startswith('#. '):
        text = text[3:]
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    # **bold** lead-ins
    parts = re.split(r'(\*\*[^*]+\*\*)', text)
    for part in parts:
        if part.startswith('**') and part.endswith('**'):
            r = p.add_run(part[2:-2]); r.bold = True
        elif part:
            r = p.add_run(part); r.bold = bold
    return p

def cell_paras(cell, paras, bullets='hand', first_bold=None):
    cell.text = ''
    first = True
    for t in paras:
        if first:
            p = cell.paragraphs[0]
            parts = re.split(r'(\*\*[^*]+\*\*)', t if not (t.startswith('#. ')) else t[3:])
            for part in parts:
                if part.startswith('**') and part.endswith('**'):
                    r = p.add_run(part[2:-2]); r.bold = True
                elif part:
                    p.add_run(part)
            first = False
        else:
            add_para(cell, t, bullets=bullets)

def set_table_style(t):
    try:
        t.style = 'Table Grid'
    except Exception:
        pass

def k_line(k):
    adv, who, date = k
    bits = [adv]
    if who: bits.append(who)
    if date: bits.append(date)
    return ' – '.join(bits)

def front_table(doc, front, widths=None):
    t = doc.add_table(rows=0, cols=2); set_table_style(t)
    for lab, val in front:
        r = t.add_row().cells
        r[0].text = lab; r[1].text = val
        for par in r[0].paragraphs:
            for run in par.runs: run.bold = True
    return t

# ---------------- layout 1: heading2-numbered ----------------
def render_heading2(P, path):
    doc = docx.Document()
    doc.add_heading(P['title'], level=1)
    if P.get('front_style') == 'lines':
        for lab, val in P['front']:
            add_para(doc, f"**{lab}:** {val}")
    else:
        front_table(doc, P['front'])
    for s in ORDER:
        doc.add_heading(P.get('heads', {}).get(s, SEC_SHORT[s]), level=2)
        body = P[s]
        if s in ('A',):
            for i, (sub, paras) in enumerate(body, 1):
                if sub: doc.add_heading(sub, level=3)
                for t in paras: add_para(doc, t)
        elif s in ('B', 'E', 'F'):
            for i, (area, paras) in enumerate(body, 1):
                doc.add_heading(f"{s}{i} {area}", level=3)
                for t in paras:
                    t = fprov(t) if s == 'F' else t
                    if s == 'E' and not is_bullet(t) and not t.startswith('#. '):
                        doc.add_paragraph(t, style='List Number')
                    elif s == 'F' and not is_bullet(t) and not t.startswith('#. '):
                        doc.add_paragraph(t, style='List Bullet')
                    else:
                        add_para(doc, t)
        elif s == 'K':
            for k in body:
                doc.add_paragraph(k_line(k), style='List Bullet')
        else:
            for t in body: add_para(doc, t)
    for t in P.get('signoff', []): add_para(doc, t)
    doc.save(path)

# ---------------- layout 2: ef-table ----------------
def render_eftable(P, path):
    doc = docx.Document()
    h = doc.add_paragraph(); r = h.add_run(P['title']); r.bold = True; r.font.size = Pt(16)
    front_table(doc, P['front'])
    for s in ORDER:
        if s == 'F':
            continue
        title = P.get('heads', {}).get(s, SEC_SHORT[s])
        if s == 'E':
            title = P.get('heads', {}).get('EF', 'Sections E and F: Outcomes and special educational provision')
        doc.add_heading(title, level=2)
        if s == 'A':
            for sub, paras in P['A']:
                if sub: doc.add_heading(sub, level=3)
                for t in paras: add_para(doc, t)
        elif s == 'B':
            for area, paras in P['B']:
                doc.add_heading(area, level=3)
                for t in paras: add_para(doc, t)
        elif s == 'E':
            for t in P.get('EF_intro', []): add_para(doc, t)
            t = doc.add_table(rows=1, cols=4); set_table_style(t)
            for c, txt in zip(t.rows[0].cells, ['Outcome', 'Provision', 'Frequency', 'Who']):
                c.text = txt; c.paragraphs[0].runs[0].bold = True; shade(c, 'D9E2F3')
            Fd = dict(P['F'])
            for area, outs in P['E']:
                row = t.add_row().cells
                m = row[0].merge(row[3]); m.text = area; m.paragraphs[0].runs[0].bold = True; shade(m, 'EDEDED')
                items = Fd.get(area, [])
                start = len(t.rows)
                for it in items or [('', '', '')]:
                    rc = t.add_row().cells
                    if isinstance(it, str): it = (it, '', '')
                    rc[1].text, rc[2].text, rc[3].text = it
                first = t.rows[start].cells[0]
                last = t.rows[len(t.rows) - 1].cells[0]
                mc = first.merge(last) if len(t.rows) - 1 > start else first
                cell_paras(mc, outs)
        elif s == 'K':
            t = doc.add_table(rows=1, cols=3); set_table_style(t)
            for c, txt in zip(t.rows[0].cells, ['Advice', 'Given by', 'Date']):
                c.text = txt; c.paragraphs[0].runs[0].bold = True
            for adv, who, date in P['K']:
                rc = t.add_row().cells; rc[0].text = adv; rc[1].text = who; rc[2].text = date
        else:
            for t in P[s]: add_para(doc, t)
    for t in P.get('signoff', []): add_para(doc, t)
    doc.save(path)

# ---------------- layout 3: letter-column ----------------
def render_lettercol(P, path):
    doc = docx.Document()
    h = doc.add_paragraph(); r = h.add_run(P['title']); r.bold = True; r.font.size = Pt(15)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    front_table(doc, P['front'])
    doc.add_paragraph()
    t = doc.add_table(rows=0, cols=2); set_table_style(t)
    for s in ORDER:
        blocks = []
        body = P[s]
        if s in ('A', 'B', 'E', 'F'):
            for sub, paras in body:
                paras = [fprov(x, 'paren') if s == 'F' else x for x in paras]
                blocks.append(([f"**{sub}**"] if sub else []) + paras)
        elif s == 'K':
            blocks.append(['• ' + k_line(k) for k in body])
        else:
            blocks.append(body)
        start = len(t.rows)
        hr = t.add_row().cells
        hr[1].text = P.get('heads', {}).get(s, SEC_SHORT[s].split(': ', 1)[1])
        hr[1].paragraphs[0].runs[0].bold = True; shade(hr[1], 'E2EFD9')
        for b in blocks:
            rc = t.add_row().cells
            cell_paras(rc[1], b)
        end = len(t.rows) - 1
        lc = t.rows[start].cells[0].merge(t.rows[end].cells[0]) if end > start else t.rows[start].cells[0]
        lc.text = s; lc.paragraphs[0].runs[0].bold = True; lc.paragraphs[0].runs[0].font.size = Pt(18)
        shade(lc, 'C5E0B3')
    for x in P.get('signoff', []): add_para(doc, x, bullets='hand')
    doc.save(path)

# ---------------- layout 4: bold-statutory ----------------
def render_boldstat(P, path):
    doc = docx.Document()
    p = doc.add_paragraph(); r = p.add_run(P['title'].upper()); r.bold = True
    for lab, val in P['front']:
        add_para(doc, f"{lab}: {val}", bullets='hand')
    for s in ORDER:
        doc.add_paragraph()
        p = doc.add_paragraph(); r = p.add_run(P.get('heads', {}).get(s, SEC_LONG[s])); r.bold = True
        body = P[s]
        if s in ('A', 'B', 'E', 'F'):
            for sub, paras in body:
                if sub:
                    q = doc.add_paragraph(); rr = q.add_run(sub); rr.bold = True; rr.underline = True
                for x in paras:
                    add_para(doc, fprov(x) if s == 'F' else x, bullets='hand')
        elif s == 'K':
            for k in body: add_para(doc, '• ' + k_line(k), bullets='hand')
        else:
            for x in body: add_para(doc, x, bullets='hand')
    for x in P.get('signoff', []): add_para(doc, x, bullets='hand')
    doc.save(path)

# ---------------- layout 5: shaded-heading-table ----------------
def shaded_head(doc, text, fill):
    t = doc.add_table(rows=1, cols=1); set_table_style(t)
    c = t.rows[0].cells[0]; c.text = text
    c.paragraphs[0].runs[0].bold = True; c.paragraphs[0].runs[0].font.size = Pt(12)
    shade(c, fill)

def render_shaded(P, path):
    doc = docx.Document()
    fill = P.get('fill', 'BDD7EE')
    h = doc.add_paragraph(); r = h.add_run(P['title']); r.bold = True; r.font.size = Pt(16)
    front_table(doc, P['front'])
    for s in ORDER:
        doc.add_paragraph()
        shaded_head(doc, P.get('heads', {}).get(s, SEC_SHORT[s]), fill)
        body = P[s]
        if s in ('A', 'B', 'E'):
            for sub, paras in body:
                if sub: add_para(doc, f"**{sub}**")
                for x in paras: add_para(doc, x)
        elif s == 'F':
            for sub, items in body:
                add_para(doc, f"**{sub}**")
                if items and not isinstance(items[0], str):
                    t = doc.add_table(rows=1, cols=3); set_table_style(t)
                    for c, txt in zip(t.rows[0].cells, ['Provision', 'How often / how long', 'Delivered by']):
                        c.text = txt; c.paragraphs[0].runs[0].bold = True
                    for it in items:
                        if isinstance(it, str): it = (it, '', '')
                        rc = t.add_row().cells
                        rc[0].text, rc[1].text, rc[2].text = it
                else:
                    for x in items: add_para(doc, x)
        elif s == 'K':
            t = doc.add_table(rows=1, cols=3); set_table_style(t)
            for c, txt in zip(t.rows[0].cells, ['Advice / information', 'From', 'Date']):
                c.text = txt; c.paragraphs[0].runs[0].bold = True; shade(c, 'F2F2F2')
            for adv, who, date in body:
                rc = t.add_row().cells; rc[0].text = adv; rc[1].text = who; rc[2].text = date
        else:
            for x in body: add_para(doc, x)
    for x in P.get('signoff', []): add_para(doc, x)
    doc.save(path)

# ---------------- layout 6: national template ----------------
TEMPLATE = '/work/shared/reference/national-ehcp-template.docx'

def _replace_in_cell(cell, text_or_list):
    paras = text_or_list if isinstance(text_or_list, list) else [text_or_list]
    cell_paras(cell, paras)

def _delete_row(table, row):
    table._tbl.remove(row._tr)

def render_national(P, path):
    N = P['NT']
    doc = docx.Document(TEMPLATE)
    # title + dates line after heading 1
    h1 = doc.paragraphs[1]
    h1.text = P['title']
    newp = OxmlElement('w:p'); h1._p.addnext(newp)
    from docx.text.paragraph import Paragraph
    para = Paragraph(newp, h1._parent)
    for i, (lab, val) in enumerate(P['front']):
        if i: para.add_run().add_break()
        r = para.add_run(f"{lab}: "); r.bold = True; para.add_run(val)
    T = doc.tables
    pd = N['personal']
    for row in T[0].rows:
        for c in row.cells:
            m = re.search(r'\{\{\s*([a-z0-9_]+)', c.text)
            if m:
                key = m.group(1)
                c.text = next((v for k, v in pd.items() if key.startswith(k)), 'Held on the case record')
    for row in T[1].rows:
        for c in row.cells:
            m = re.search(r'\{\{\s*([a-z0-9_]+)', c.text)
            if m: c.text = next((v for k, v in N['services'].items() if m.group(1).startswith(k)), 'No')
    T[2].rows[1].cells[1].text = ''
    cell_paras(T[2].rows[1].cells[1], N['history'])
    for idx, key in ((3, 'views'), (5, 'interests'), (7, 'strengths'), (9, 'aspirations')):
        cell_paras(T[3].rows[idx].cells[0], N[key])
    areas = ['ci', 'cl', 'semh', 'sp']
    for ti, a in zip((4, 5, 6, 7), areas):
        tb = T[ti]; data = N.get(a)
        sc = tb.rows[2].cells[0]
        if not data:
            sc.text = 'No special educational needs have been identified in this area.'
            for row in list(tb.rows)[3:]: _delete_row(tb, row)
            continue
        sc.text = data['strengths']
        rows = list(tb.rows)[4:]
        for i, row in enumerate(rows):
            if i < len(data['rows']):
                for c, val in zip(row.cells, data['rows'][i]): _replace_in_cell(c, val)
            else:
                _delete_row(tb, row)
    # health
    tb = T[8]; hd = N['health']
    tb.rows[1].cells[0].text = hd['strengths']
    rows = list(tb.rows)[3:]
    for i, row in enumerate(rows):
        if i < len(hd['rows']):
            for c, val in zip(row.cells, hd['rows'][i]): _replace_in_cell(c, val)
        else: _delete_row(tb, row)
    tb = T[9]; sd = N['social']
    tb.rows[1].cells[0].text = sd['strengths']
    rows = list(tb.rows)[3:]
    for i, row in enumerate(rows):
        if i < len(sd['rows']):
            for c, val in zip(row.cells, sd['rows'][i]): _replace_in_cell(c, val)
        else: _delete_row(tb, row)
    T[10].rows[0].cells[1].text = N['placement'][0]
    T[10].rows[1].cells[1].text = N['placement'][1]
    for row in list(T[10].rows)[2:]: _delete_row(T[10], row)
    T[11].rows[0].cells[1].text = N['pb'][0]; T[11].rows[1].cells[1].text = N['pb'][1]
    # K: N['K'] is list of (row_index or None, label, date, who, appended)
    kt = T[12]
    krows = list(kt.rows)
    for ri, label, date, who, app in N['K']:
        r = krows[ri].cells
        if label is not None: r[0].text = label
        r[1].text = date; r[2].text = who; r[3].text = app
    # sign-off
    so = T[13].rows[1].cells
    so[0].text, so[1].text, so[2].text = N['signoff_row']
    # health sign off sentence + any extra text after the health heading table
    if N.get('health_signoff'):
        # put a paragraph after the health table
        p = OxmlElement('w:p'); T[8]._tbl.addnext(p)
        para = Paragraph(p, T[8]._parent); para.add_run(N['health_signoff'])
    doc.save(path)

RENDER = {'heading2-numbered': render_heading2, 'ef-table': render_eftable, 'letter-column': render_lettercol,
          'bold-statutory': render_boldstat, 'shaded-heading-table': render_shaded, 'national-template': render_national}
ALL_PLANS = []
# ======== plans1 ========
PLANS = []

# ---------------- p01 heading2-numbered, SOUND ----------------
PLANS.append(dict(
 file='p01.docx', layout='heading2-numbered', age=7, year_group='Year 2', needs=['ASC', 'SEMH'], voice='first person',
 title='Education, Health and Care Plan – Noah',
 front=[('Name', 'Noah'), ('NC year', 'Year 2'), ('Education phase', 'Primary (Key Stage 1)'),
        ('Type of plan', 'Final EHC plan following annual review'), ('Date of last review', '9 October 2026'),
        ('Date this plan was issued', '30 October 2026'), ('EHC coordinator', 'Priya Nair, SEND Casework Team')],
 A=[('All about me (Noah told his teacher, Miss Lowe, and she wrote down his words)',
     ["My name is Noah and I am seven. I like trains, especially the Flying Scotsman, and I like drawing maps of train lines.",
      "I like school when it is quiet. I don't like the hall at dinner time because it is too loud and it makes my ears hurt.",
      "My best thing at school is computing and Mr Dale's train club on Fridays. I want to be a train driver when I am big.",
      "It helps me when grown-ups tell me what is happening next and show me on my board."]),
    ('What Noah\'s parents say',
     ["Noah's mum and dad describe him as funny, honest and very determined. He knows every station on the line to the coast and can read timetables better than they can.",
      "They would like Noah to have a couple of good friends, to be able to cope with changes without becoming so distressed, and to keep enjoying learning. In the longer term they hope he will live as independently as possible and find work he loves – trains, if he has his way."]),
    ('Noah\'s strengths',
     ["• Excellent memory for facts and routes; reads well above his age level (reading age 8 years 4 months, June 2026).",
      "• Works hard when a task is broken down and he can see the end point.",
      "• Kind to younger children and likes to help in the library."]),
    ('Aspirations', ["Now: to join in at playtime with one or two children and to eat lunch in the hall. Future: to be a train driver, to travel on trains on his own."])],
 B=[('Communication and interaction',
     ["Noah has a diagnosis of autism spectrum condition (ASC), given by the community paediatric team in 2024. He speaks in full sentences but finds back-and-forth conversation hard, especially in groups. He often talks at length about his interests and may not notice when others want a turn.",
      "He takes language literally and can misunderstand jokes and idioms, which sometimes leads to upset with peers."]),
    ('Social, emotional and mental health (SEMH)',
     ["Noah becomes anxious when routines change without warning. When anxious he may hide under a table or leave the classroom. This happens two or three times a week at present, most often after lunch.",
      "He can name 'happy', 'sad' and 'angry' but does not yet recognise the early signs of his own worry."]),
    ('Sensory',
     ["Noah is very sensitive to noise. Loud, echoing spaces such as the hall cause distress. He manages well in class when given ear defenders and a quiet workspace."])],
 C=["Noah's autism was diagnosed by Dr Okoro, community paediatrician, in 2024. He is otherwise fit and well; he is up to date with immunisations and has no medication. Dr Okoro's advice (August 2026) confirms there are no other health needs relating to his SEN. He remains open to the paediatric clinic for review."],
 D=["Noah has no social care needs relating to his SEN at present. The Disabled Children's Team screened the request (letter, 18 August 2026) and found no eligible needs. The family have been given information about the local short breaks offer and the Local Offer."],
 E=[('Communication and interaction',
     ["By July 2027, Noah will take turns in a conversation with a friend about a shared topic for at least 4 turns each, in 4 out of 5 observed sessions, as recorded by his teaching assistant.",
      "By July 2027, Noah will join a playground game with one or two children on at least 3 lunchtimes a week, observed by the midday supervisor."]),
    ('Social, emotional and mental health',
     ["By March 2027, Noah will use his calm card to ask for a break instead of leaving the room, on 8 out of 10 occasions recorded on his behaviour log.",
      "By July 2027, Noah will eat his lunch in the hall (using ear defenders) on at least 4 days a week."]),
    ('Learning and interests',
     ["By July 2027, Noah will write a short non-fiction piece of at least 6 sentences about trains, using capital letters and full stops, judged by his class teacher against the Year 2 writing framework."])],
 F=[('Communication and interaction',
     ["A speech and language therapist from the Children's Speech and Language Therapy Service will visit once each half-term for an hour to assess progress, set targets and show staff how to deliver them.",
      "Social communication group (Lego-based therapy) with 2 other children, 30 minutes twice a week, run by a teaching assistant trained by the speech and language therapist.",
      "Visual timetable on Noah's desk, updated each morning by the class teaching assistant, and a 'now and next' board used for every change of activity.",
      "A structured playground game (for example 'train tag') for Noah and 2 or 3 classmates, 15 minutes every lunchtime, set up and supervised by a named midday supervisor who has had a 30-minute briefing from the SENCo."]),
    ('Social, emotional and mental health',
     ["A 10-minute check-in with his key adult (the class teaching assistant) at the start of each day and straight after lunch, 1:1, to preview the day and talk about any changes.",
      "Zones of Regulation programme, taught 1:1 by the school's ELSA (Emotional Literacy Support Assistant), 30 minutes weekly for 12 weeks, then reviewed by the SENCo (special educational needs co-ordinator).",
      "A named quiet space (the library corner) that Noah can use by showing his calm card, at any point in the day; staff are told about this in the class one-page profile."]),
    ('Sensory and learning',
     ["Ear defenders, bought and kept in class by the SENCo, for the hall, assemblies and fire drills.",
      "Lunch in the hall at a table at the edge of the room with the same 2 peers, supervised by a named midday supervisor, every day.",
      "Writing tasks broken into numbered steps on a task card, prepared by the class teacher, for all extended writing lessons (at least 3 times a week)."])],
 G=["Review by the community paediatrician (Dr Okoro) once a year at the child development clinic, to monitor Noah's development and wellbeing.",
    "Health provision agreed by Dr L. Shah, Designated Clinical Officer, 21 October 2026."],
 H1=["None. Noah has no eligible social care needs (see Section D). Short breaks were discussed with the family, who do not wish to apply at present."],
 H2=["None."],
 I=["Brookfield Primary School (mainstream community primary school)."],
 J=["No personal budget has been requested."],
 K=[('Parent views (Noah\'s mother and father)', 'Parents', '2 September 2026'),
    ('Noah\'s views', 'Gathered by Miss Lowe, class teacher', '15 September 2026'),
    ('Educational advice', 'Mrs J. Patel, SENCo, Brookfield Primary School', '12 September 2026'),
    ('Educational psychology advice', 'Dr R. Ahmed, Educational Psychologist', '25 July 2026'),
    ('Medical advice', 'Dr Okoro, Community Paediatrician', '20 August 2026'),
    ('Speech and language therapy advice', 'Amy Byrne, Speech and Language Therapist', '1 August 2026'),
    ('Social care advice', "Disabled Children's Team (screening letter)", '18 August 2026')],
 na=['PC-PFA', 'SC-STATUTORY-LINK'],
 fail={},
 why={'PR-QUANTIFIED': 'pass: "A speech and language therapist ... will visit once each half-term for an hour" - a professional visit, no group size needed'},
))

# ---------------- p05 heading2-numbered, FAIL: HC-NEEDS-MET, PC-SMART, LG-SPELLING ----------------
PLANS.append(dict(
 file='p05.docx', layout='heading2-numbered', age=11, year_group='Year 6', needs=['SLD', 'epilepsy'], voice='third person',
 title='EHC Plan – Kai',
 front_style='lines',
 front=[('Child', 'Kai'), ('Year group', 'Year 6'), ('Date of annual review meeting', '14 May 2026'),
        ('Date this amended plan was issued', '11 June 2026'), ('Setting', 'Oakfield Special School (all-age special school)')],
 heads={'B': 'B – Kai\'s special educational needs', 'E': 'E – Outcomes', 'F': 'F – Special educational provision'},
 A=[('How we found out what Kai thinks',
     ["Kai uses around 50 Makaton signs and some single words. His class teacher and his mum went through a talking mat with him in April 2026 using photos of school activities.",
      "Kai put swimming, the sensory room, music and the minibus trips under 'like'. He put 'writing' and 'busy dinner hall' under 'don't like'. He laughed and signed 'more' when shown photos of the school farm."]),
    ('What Kai\'s family say',
     ["Kai lives with his mum, his older sister and the family dog, Biscuit, who he adores. Mum says Kai is affectionate, cheeky and loves being outdoors.",
      "Mum wants Kai to be happy at secondary phase, to be able to tell people what he wants, and eventually to do some kind of work with animals. She worries about his seizures, particularly on trips and in the swimming pool."]),
    ('Strengths and interests',
     ["• Kai can follow a familiar routine with picture prompts and is proud to be the class 'register helper'.",
      "• He can count objects to 10 and recognises his name and 20 familiar words.",
      "• He is gentle with animals and helps feed the chickens on the school farm."])],
 B=[('Cognition and learning',
     ["Kai has a severe learning difficulty. He is working within the pre-key stage standards (standard 3 in reading, standard 2 in maths). He learns best through practical activities and repetition over time.",
      "His attention for adult-led tasks is around 5 minutes; he needs a clear start and finish."]),
    ('Communication and interaction',
     ["Kai understands short sentences with two key words in familiar contexts. He communicates using Makaton signs, single words and by leading adults by the hand. When he is not understood he may become frustrated and sit down on the floor."]),
    ('Physical and sensory',
     ["Kai's fine motor skills are delayed; he holds a pencil in a fist grip and finds fastenings difficult. He has no difficulty walking but tires quickly after seizures."])],
 C=["Kai has epilepsy (generalised tonic-clonic and absence seizures) diagnosed in 2022 and managed by the paediatric neurology team at the City Hospital. He takes sodium valproate twice daily and has buccal midazolam prescribed as rescue medication for seizures lasting more than 5 minutes. Over the past year he has had around two seizures a month in school.",
    "Kai has a cows' milk allergy which is managed by diet; school meals are adapted by the catering team."],
 D=["Kai's mum receives Disability Living Allowance for Kai. A social care assessment by the Disabled Children's Team (March 2026) identified a need for short breaks to give Kai activities outside the home and give mum a break."],
 E=[('Communication',
     ["By July 2027, Kai will use a sign or symbol to make a choice between two activities at snack, play and home time, on 4 out of 5 days, as recorded by class staff on his communication log."]),
    ('Learning',
     ["By July 2027, Kai will count out up to 10 objects accurately when asked, on 3 separate occassions, checked by his class teacher.",
      "By July 2027, Kai will read and match 30 familiar words to pictures, assessed by his class teacher each term."]),
    ('Wellbeing and independence',
     ["By July 2027, Kai will be happier and more settled in school.",
      "By July 2027, Kai will put on his own coat and shoes (with velcro) before going outside, on 4 days out of 5."]),
    ('Health',
     ["By July 2027, Kai will show an adult his 'feeling poorly' symbol when he feels unwell or tired after a seizure, on 4 out of 5 occasions recorded on his health log.",
      "By July 2027, Kai will choose a milk-free snack from two options at snack time every day, with staff checking the choice."])],
 F=[('Communication',
     ["Makaton signing used by all staff in Kai's class throughout the day; all new staff complete Makaton foundation training with the school's Makaton tutor in their first term.",
      "Speech and language therapy: a speech and language therapist (Oakfield NHS team based in school) will see Kai 1:1 for 30 minutes every fortnight and set a communication programme, practised daily for 10 minutes 1:1 by his class teaching assistant.",
      "A personal symbol book with at least 40 symbols, made and updated each half-term by the class teacher."]),
    ('Learning',
     ["Teaching in a class of no more than 8 pupils with a teacher and 2 teaching assistants, following a sensory and practical curriculum.",
      "Daily 1:1 number work for 15 minutes with a teaching assistant, using objects and songs, planned by the class teacher.",
      "Precision teaching of sight words, 10 minutes daily, 1:1 with a teaching assistant."]),
    ('Physical and independence',
     ["An occupational therapist will visit once a term for one hour to review Kai's fine motor programme and train class staff; staff deliver the programme 3 times a week for 15 minutes, 1:1.",
      "Dressing practice built into break and home time routines every day, with a teaching assistant prompting and then fading support."])],
 G=["Continued care from the paediatric neurology team at the City Hospital: outpatient review every six months and medication managed by the consultant paediatric neurologist.",
    "Dietitian review of Kai's milk-free diet once a year, with advice shared with the school catering team.",
    "Health provision agreed by Mrs A. Clarke, Designated Clinical Officer, 2 June 2026."],
 H1=["Short breaks: 3 hours a week at the Saturday Play Scheme (specialist holiday and weekend scheme), plus 2 days in each school holiday, funded by the Disabled Children's Team and reviewed every 6 months."],
 H2=["None."],
 I=["Oakfield School – maintained special school for pupils with severe and complex learning difficulties."],
 J=["A direct payment is used to fund the Saturday Play Scheme (see H1)."],
 K=[('Parental advice', "Kai's mother", '20 March 2026'),
    ('Educational advice', 'Mr T. Evans, Class Teacher, Oakfield School', '1 April 2026'),
    ('Psychological advice', 'Dr S. Brennan, Educational Psychologist', '28 March 2026'),
    ('Medical advice', 'Dr F. Iqbal, Consultant Paediatric Neurologist, City Hospital', '12 March 2026'),
    ('Speech and language therapy advice', 'Jo Hart, Speech and Language Therapist', '30 March 2026'),
    ('Occupational therapy advice', 'Ben Cole, Occupational Therapist', '2 April 2026'),
    ('Dietetic advice', 'Lisa Ford, Paediatric Dietitian', '15 March 2026'),
    ('Social care advice', "Sam Reid, Social Worker, Disabled Children's Team", '16 March 2026')],
 na=['PC-PFA', 'SC-STATUTORY-LINK'],
 fail={'HC-NEEDS-MET': 'C: "two seizures a month in school ... buccal midazolam prescribed as rescue medication" - G names only neurology outpatient review and the dietitian; no individual health care plan, no training of school staff in seizure management or rescue medication, no school nursing input',
       'PC-SMART': '"By July 2027, Kai will be happier and more settled in school." - not measurable',
       'LG-SPELLING': '"on 3 separate occassions" (occasions)'},
 why={'HC-OUTCOMES': 'pass: health outcomes exist for the epilepsy (feeling-poorly symbol) and the allergy; the failure is in G, not E'},
))

# ---------------- p09 heading2-numbered, SOUND (VI, Year 9, PfA) ----------------
PLANS.append(dict(
 file='p09.docx', layout='heading2-numbered', age=14, year_group='Year 9', needs=['VI'], voice='first person', na_extra=['HC-THERAPY-PLACEMENT'],
 title='Education, Health and Care Plan',
 front=[('Young person', 'Amara'), ('National Curriculum year', 'Year 9'), ('Phase', 'Secondary'),
        ('Date of plan', 'Final plan issued 4 March 2026'), ('Next review due', 'By March 2027'),
        ('Council', 'Westmere Borough Council – SEND Service')],
 heads={'A': 'Section A – About me: my views, interests and aspirations'},
 A=[('My views (written by Amara with her QTVI, Ms Green)',
     ["I have had a visual impairment since I was born. I have very little sight in my left eye and about a third in my right. I use a cane outside and I'm getting better at braille, but I still mostly read large print on my iPad.",
      "I love music – I play keyboard and I'm in the school choir. I also like podcasts, especially true crime.",
      "What annoys me is when teachers forget to enlarge things and I have to sit there waiting. I want to do things like everyone else, without someone hovering over me.",
      "When I leave school I want to go to college to do music technology, and one day I'd like to work in a recording studio. I'd like to be able to get the bus into town with my friends."]),
    ('My family\'s views',
     ["Amara's dad says she is bright, stubborn (in a good way) and very musical. The family want her to keep up with her GCSE options, to become confident travelling on her own and to have a social life outside school. They would like her to learn to cook simple meals safely."]),
    ('Strengths',
     ["• Predicted grades 6–7 in English and music; strong verbal reasoning.",
      "• Confident using VoiceOver and magnification on her iPad.",
      "• Has a small, loyal friendship group and is a member of the school council."])],
 B=[('Sensory – vision',
     ["Amara has bilateral optic nerve hypoplasia. Her functional vision assessment (qualified teacher of children with visual impairment – QTVI, January 2026) shows she needs N24 print, or access through her iPad, and cannot see the whiteboard from more than 1 metre. Diagrams, graphs and maps are hard for her to read unless adapted."]),
    ('Cognition and learning',
     ["Amara is working at or above age-related expectations. She works more slowly than peers because of reading speed (about half the speed of her classmates for print) and is at risk of falling behind in subjects with lots of visual material such as science and geography."]),
    ('Independence and mobility',
     ["Amara is learning to travel with a long cane. She can move around school confidently but has not yet learned new routes in town or used public transport on her own."]),
    ('Social, emotional and mental health',
     ["Amara can become frustrated and withdrawn when she feels singled out. She does not like adult support in lessons that draws attention to her."])],
 C=["Amara has bilateral optic nerve hypoplasia, monitored by the hospital eye service. She has no other health needs. She wears tinted glasses outdoors to reduce glare."],
 D=["Amara has no social care needs at present. This was confirmed by the Children with Disabilities Team following a screening in December 2025. The family have received the short breaks information pack and Local Offer link."],
 E=[('Learning (preparing for adulthood: education and employment)',
     ["By the end of Year 10 (July 2027), Amara will independently access all lesson materials on her iPad, asking for adapted resources herself when needed, in 9 out of 10 lessons sampled by her QTVI.",
      "By July 2027, Amara will complete a taster day and a week's work experience related to music technology, with a written report from the provider."]),
    ('Independent living',
     ["By March 2027, Amara will prepare a simple hot meal (e.g. pasta) safely using adapted kitchen equipment, checked by the habilitation specialist."]),
    ('Friends, relationships and community',
     ["By March 2027, Amara will travel by bus from school to the town centre and back with a friend, using her cane and a phone travel app, on 3 occasions observed by her habilitation specialist."]),
    ('Good health',
     ["By July 2027, Amara will explain her eye condition and the adjustments she needs to a new teacher or employer, shown in a short presentation to her tutor group."])],
 F=[('Access to learning',
     ["Advice and monitoring from a QTVI (qualified teacher of children with visual impairment) from the Sensory Support Service: one visit of 2 hours each half-term to check Amara's access, train subject staff and agree adaptations.",
      "All printed materials enlarged to N24 or sent electronically to Amara's iPad at least 24 hours before each lesson, by the specialist teaching assistant for VI.",
      "An iPad with VoiceOver and magnification, provided and maintained by the Sensory Support Service.",
      "Braille teaching: 1:1 with the specialist teaching assistant for VI (trained in Unified English Braille) for 40 minutes, three times a week.",
      "25% extra time in exams and a reader/computer reader, arranged by the SENCo."]),
    ('Habilitation and independent living',
     ["Mobility and independent living skills training from a qualified habilitation specialist, 1:1, 1 hour weekly during term time, including route learning and kitchen skills.",
      "Adapted kitchen equipment (talking scales, liquid level indicator) provided by the Sensory Support Service."]),
    ('Preparing for adulthood',
     ["Careers guidance from the school's careers adviser (with a named link to the Sensory Support Service), 1:1, three 45-minute sessions during Year 9 and Year 10, including help to arrange music technology work experience.",
      "Self-advocacy work with the QTVI, 1:1, 30 minutes at each half-termly visit, to help Amara explain her eye condition and the adjustments she needs."])],
 G=["Hospital eye service (ophthalmology) review every 6 months.",
    "Low vision clinic assessment once a year to review magnifiers and tinted lenses.",
    "Health provision agreed: Designated Clinical Officer, Dr Eleanor Marsh, 20 February 2026."],
 H1=["None. Amara has no eligible social care needs. Short breaks were considered and the family do not wish to apply."],
 H2=["None."],
 I=["Kingsgate Academy – mainstream secondary academy, Years 7 to 11."],
 J=["No personal budget requested."],
 K=[('Amara\'s views', 'Amara, with Ms Green (QTVI)', '6 January 2026'),
    ('Parental advice', "Amara's father", '6 January 2026'),
    ('Educational advice', 'Mr P. Lowry, SENCo, Kingsgate Academy', '12 January 2026'),
    ('Advice from a qualified teacher of the visually impaired', 'Ms H. Green, QTVI, Sensory Support Service', '8 January 2026'),
    ('Educational psychology advice', 'Dr M. Hussain, Educational Psychologist', '20 December 2025'),
    ('Medical advice', 'Mr K. Osei, Consultant Ophthalmologist, City Eye Hospital', '9 December 2025'),
    ('Low vision clinic report', 'Low Vision Clinic, City Eye Hospital', '9 December 2025'),
    ('Habilitation assessment', 'Fiona Rhodes, Habilitation Specialist', '10 January 2026'),
    ('Social care advice', 'Children with Disabilities Team (screening)', '15 December 2025'),
    ('Preparing for adulthood advice', 'Careers adviser, Kingsgate Academy', '14 January 2026')],
 na=['SC-STATUTORY-LINK'],
 fail={},
 why={'LG-JARGON': 'pass: QTVI spelt out on first use'},
))

# ---------------- p16 heading2-numbered, FAIL: PC-PFA, CA-ANNUAL-REVIEW, PR-QUANTIFIED ----------------
PLANS.append(dict(
 file='p16.docx', layout='heading2-numbered', age=15, year_group='Year 10', needs=['physical', 'cerebral palsy'], voice='third person',
 title='Education, Health and Care Plan: Ollie',
 front=[('Name', 'Ollie'), ('Year group', 'Year 10'), ('School', 'Hillcrest High School'), ('Plan status', 'Amended plan following annual review'),
        ('Date this plan was issued', ''), ('Date of last review', ''), ('Case officer', 'M. Daniels')],
 A=[("Ollie's views",
     ["Ollie spoke to his tutor and his case officer at the review. He said: \"I'm fine with most lessons. PE is the worst because I just sit and watch. I want to get good grades so I can do something with computers, maybe games design. I'd like to go to sixth form with my mates.\"",
      "He said he gets tired by the afternoon and hates having to ask for help with his bag and his coat."]),
    ("Views of Ollie's parents",
     ["Ollie's parents say he has a great sense of humour and is very good with technology. They want him to get his GCSEs and go on to sixth form or college. They worry about what happens after school, about how he will manage living away from home one day, and about him getting out with friends more – at the moment he relies on them for lifts everywhere."]),
    ('Strengths',
     ["Ollie is articulate, quick-witted and well liked. He is predicted grade 6 in computer science and grade 5 in maths. He uses his laptop confidently and touch-types with his left hand."])],
 B=[('Physical',
     ["Ollie has spastic right-sided hemiplegia (a form of cerebral palsy). He walks with a crutch for short distances and uses a wheelchair for longer distances and outdoors. His right hand has limited function and he finds handwriting slow and tiring.",
      "He needs help with some personal care, including carrying equipment and putting on his coat."]),
    ('Cognition and learning',
     ["Ollie's cognitive ability is in the average range. His written output is limited by fatigue and hand function; his work does not always reflect his understanding."]),
    ('Social, emotional and mental health',
     ["Ollie can feel left out, particularly in PE and on trips. He sometimes covers this with jokes and has become reluctant to join after-school activities."])],
 C=["Ollie has right hemiplegic cerebral palsy and is under the community physiotherapy service and the orthotics service. He wears an ankle-foot orthosis on his right leg. He has no other health needs."],
 D=["Ollie has no assessed social care needs. The Children with Disabilities Team screened the assessment request and advised that needs are met within the family. Short breaks information has been provided."],
 E=[('Learning',
     ["By July 2027, Ollie will complete all GCSE coursework in computer science on time, using his laptop, as tracked by his subject teacher.",
      "By July 2027, Ollie will achieve at least grade 5 in his mock GCSE maths paper (December 2026 and March 2027 mocks).",
      "By July 2027, Ollie will type at 30 words per minute, measured each term by the SENCo."]),
    ('Physical',
     ["By July 2027, Ollie will move between lessons on the ground floor using his crutch, arriving within 5 minutes of the start, on 4 days out of 5, recorded by his teaching assistant.",
      "By July 2027, Ollie will take part in an adapted PE activity (boccia or seated volleyball) every week, recorded in the PE register."])],
 F=[('Physical',
     ["Physiotherapy programme delivered in school.",
      "A teaching assistant will help Ollie move between lessons, carry his equipment and put on his coat, at every lesson change and at break, lunch and home time.",
      "Lift pass and a 5-minute early release from lessons, arranged by the SENCo.",
      "A height-adjustable desk in each main teaching room, provided and maintained by the school's site team."]),
    ('Learning',
     ["A laptop for all written work, provided by the school and maintained by the IT department, with word prediction software.",
      "25% extra time and use of a word processor in all internal and external exams, arranged by the SENCo.",
      "Maths intervention in a group of 4 with the maths HLTA (higher level teaching assistant), 45 minutes once a week."]),
    ('Social and emotional',
     ["Adapted PE each week: the PE department will plan a boccia or seated volleyball activity that Ollie can join, in his usual PE lessons (2 hours a week), with advice from the physiotherapist."])],
 G=["Community physiotherapy: review by a paediatric physiotherapist once a term (3 visits a year, 1 hour each) to review Ollie's programme and advise school staff.",
    "Orthotics service: review and replacement of ankle-foot orthosis every 6 months.",
    "The health provision in this section was agreed by the Designated Clinical Officer, Dr Ruth Kemp, on 3 July 2026."],
 H1=["None. Short breaks were discussed at the review; the family do not wish to apply."],
 H2=["None."],
 I=["Hillcrest High School – mainstream secondary (11–16)."],
 J=["Not requested."],
 K=[("Ollie's views", 'Ollie, with his tutor', '16 June 2026'),
    ("Parents' views", "Ollie's mother and father", '16 June 2026'),
    ('Educational advice', 'Mrs D. Holt, SENCo, Hillcrest High School', '10 June 2026'),
    ('Educational psychology advice', 'Dr A. Fenn, Educational Psychologist', '2 June 2026'),
    ('Medical advice', 'Dr N. Rao, Community Paediatrician', '27 May 2026'),
    ('Physiotherapy advice', 'Kate Sims, Paediatric Physiotherapist', '29 May 2026'),
    ('Orthotics report', 'Orthotics Service, City Hospital', '20 May 2026'),
    ('Social care advice', 'Children with Disabilities Team', '22 May 2026'),
    ('Preparing for adulthood advice', 'Careers adviser (Hillcrest High School)', '11 June 2026')],
 na=['SC-STATUTORY-LINK'],
 fail={'PC-PFA': 'Year 10: E covers only GCSE, typing and mobility in school; nothing on post-16 education/employment, independent living, friends/community or health, despite the parents\' worries in A',
       'CA-ANNUAL-REVIEW': 'front matter: "Date this plan was issued |" and "Date of last review |" both left blank; no date of issue or review anywhere',
       'PR-QUANTIFIED': '"Physiotherapy programme delivered in school." - no who, how often or how long'},
 why={'PC-ASPIRATION-LINK': 'pass: outcomes build on computing (coursework in computer science) and PE frustration'},
))
ALL_PLANS += PLANS
# ======== plans2 ========
PLANS = []

# ---------------- p04 ef-table, SOUND (HI, Year 11) ----------------
PLANS.append(dict(
 file='p04.docx', layout='ef-table', age=16, year_group='Year 11', needs=['HI'], voice='third person', na_extra=['HC-THERAPY-PLACEMENT'],
 title='Education, Health and Care Plan – Ethan',
 front=[('Name', 'Ethan'), ('School year', 'Year 11'), ('Education phase', 'Secondary – Key Stage 4'),
        ('Date of last annual review', '24 September 2026'), ('Amended plan issued', '20 October 2026'),
        ('Lead professional', 'SEND Officer, Northfield County Council')],
 A=[('What Ethan told us',
     ["Ethan met his SEND officer with his teacher of the deaf in September 2026 and used British Sign Language (BSL) with spoken English. He said that he likes school \"most days\", that his favourite subjects are art and design technology, and that he wants to become a carpenter or a set builder for theatres.",
      "He said the radio aid makes a big difference, but he hates it when teachers turn away while talking or forget to switch the transmitter on. He would like more friends who sign."]),
    ("What Ethan's family told us",
     ["Ethan lives with his mum and stepdad and two younger brothers. His family use spoken English and some BSL at home. His mum says Ethan is practical, creative and patient with his brothers. The family would like him to go to college to do a carpentry course and to be confident ordering food, using the bus and talking to people he does not know."]),
    ('Strengths',
     ["Ethan is a skilled, careful maker: his design technology teacher describes his work as 'top of the year'. He is a fluent BSL user, reads at age-appropriate level and is predicted grade 5 in English and art."])],
 B=[('Hearing',
     ["Ethan has a severe to profound bilateral sensorineural hearing loss and wears two hearing aids. In a quiet room at 1 metre he understands about 70% of spoken English; in a noisy classroom this drops sharply. He relies on lip-reading, his radio aid and BSL."]),
    ('Communication and language',
     ["Ethan's English vocabulary is below that of hearing peers, particularly subject-specific words (for example in science). He may nod as if he has understood when he has not."]),
    ('Social and emotional',
     ["Ethan has a small circle of friends. He sometimes avoids group work and social situations with hearing young people because following group conversation is very tiring."])],
 C=["Ethan has a severe to profound bilateral sensorineural hearing loss, diagnosed at 18 months. He is under the paediatric audiology service. There are no other health needs."],
 D=["Ethan has no social care needs related to his SEN. The Disabled Children's Team reviewed the request (advice dated 3 September 2026) and found no eligible needs. The family have information about local deaf youth groups and short breaks."],
 EF_intro=["The outcomes below are agreed with Ethan and his family. Each row shows what will be provided to help Ethan achieve the outcome."],
 E=[('Education and employment (preparing for adulthood)',
     ["By July 2027, Ethan will achieve grade 4 or above in GCSE English and art.",
      "By July 2027, Ethan will complete a two-week work placement with a joinery or theatre workshop and receive a positive employer report."]),
    ('Communication',
     ["By July 2027, Ethan will use 60 subject-specific words from his science and DT glossaries correctly in written work, checked by his teacher of the deaf each half-term."]),
    ('Friends, community and independent living',
     ["By July 2027, Ethan will travel by bus to the college open days and his work placement on his own, on at least 3 occasions, confirmed by his mum.",
      "By July 2027, Ethan will order food and pay in a café on his own on 3 occasions, recorded by his communication support worker."]),
    ('Good health',
     ["By July 2027, Ethan will check and change his hearing aid batteries and report a faulty radio aid to staff himself, every time, recorded by his teacher of the deaf."])],
 F=[('Education and employment (preparing for adulthood)',
     [('Support from a communication support worker (Level 3 BSL) in all English, science and maths lessons', '12 hours a week', 'Communication support worker employed by the school'),
      ('25% extra time in exams, arranged by the SENCo, plus a separate room', 'All internal and external exams', 'SENCo'),
      ('Careers guidance including finding a joinery or theatre work placement', 'Three 1:1 sessions of 45 minutes in the autumn and spring terms', 'School careers adviser with the Sensory Support transition worker')]),
    ('Communication',
     [('Pre-teaching of subject vocabulary, 1:1', '30 minutes twice a week', 'Teacher of the deaf (Sensory Support Service)'),
      ('Radio aid, checked daily and serviced', 'Daily check; service yearly', 'Radio aid provided and maintained by the Sensory Support Service; daily check by tutor')]),
    ('Friends, community and independent living',
     [('Travel training on the bus route to college', '1:1, 1 hour a week for 8 weeks (spring term)', 'Council independent travel trainer'),
      ('Community skills sessions (café, shop, bank), 1:1', '1 hour weekly in the summer term', 'Communication support worker'),
      ('Place in the school deaf awareness club (with hearing peers)', 'Weekly, 45 minutes, Wednesdays', 'Teacher of the deaf')]),
    ('Good health',
     [('Teaching on looking after hearing aids and equipment', '20 minutes weekly for 6 weeks, then once each half-term', 'Teacher of the deaf'),
      ('Teacher of the deaf visit to monitor access and advise staff', 'Once every 2 weeks, 1 hour', 'Teacher of the deaf, Sensory Support Service')])],
 G=["Paediatric audiology (City Hospital): hearing test and hearing aid review every 6 months; ear moulds replaced as needed after each review.",
    "The health provision above was agreed by Gemma Pike, Designated Clinical Officer, on 12 October 2026."],
 H1=["None – no eligible needs. Short breaks and the local deaf youth group were discussed with the family."],
 H2=["None."],
 I=["Riverside Academy (mainstream secondary school with a resourced provision for deaf pupils)."],
 J=["No personal budget."],
 K=[("Ethan's views", 'Ethan (BSL), recorded by SEND officer', '24 September 2026'),
    ('Parental advice', "Ethan's mother", '28 August 2026'),
    ('Educational advice', 'Mr O. Grant, SENCo, Riverside Academy', '1 September 2026'),
    ('Advice from a qualified teacher of the deaf', 'Ms R. Lane, Teacher of the Deaf, Sensory Support Service', '2 September 2026'),
    ('Educational psychology advice', 'Dr C. Booth, Educational Psychologist', '10 July 2026'),
    ('Medical advice (audiology)', 'Dr J. Wong, Consultant Audiovestibular Physician', '18 August 2026'),
    ('Social care advice', "Disabled Children's Team", '3 September 2026'),
    ('Preparing for adulthood advice', 'Careers and transition adviser, Sensory Support Service', '5 September 2026')],
 na=['SC-STATUTORY-LINK'],
 fail={},
 why={'PC-OUTCOME-NOT-PROVISION': 'pass (trap): "receive a positive employer report" is an achievement, not provision',
      'PR-QUANTIFIED': 'pass (trap): "25% extra time in exams, arranged by the SENCo" - access arrangement, no group size needed',
      'CA-ANNUAL-REVIEW': 'pass: last annual review 24 September 2026, amended plan issued 20 October 2026',
      'HC-THERAPY-PLACEMENT': 'na: no SALT/OT/physiotherapy in the plan'},
))

# ---------------- p08 ef-table, FAIL: PC-OUTCOME-NOT-PROVISION, PR-VAGUE-WORDING, CA-DATED ----------------
PLANS.append(dict(
 file='p08.docx', layout='ef-table', age=6, year_group='Year 1', needs=['speech and language', 'ASC'], voice='third person',
 title='EHC Plan for Mia',
 front=[('Child', 'Mia'), ('Year group', 'Year 1'), ('Setting', "St Anne's CE Primary"), ('Date issued', '8 July 2026'),
        ('Plan type', 'New plan (first EHC plan)')],
 heads={'EF': 'Sections E and F – What we want Mia to achieve and the help she will get'},
 A=[("Mia's views",
     ["Mia's teaching assistant, Mrs Hale, spent time with Mia in class and at play over two weeks in May 2026. Mia pointed to photos to show what she enjoys: the sand tray, the iPad, singing time and the 'bug hotel' in the school garden. When asked what she doesn't like, Mia covered her ears for 'assembly' and pushed away the picture of the dinner hall.",
      "Mia said \"Mia like bugs\" and \"no loud\"."]),
    ("Parents' views",
     ["Mia's mum and dad say she is loving and determined, and that she can spend an hour looking for beetles in the garden. They would like her to be able to tell them about her day, to make a friend and to be less distressed at busy times. They hope she will go on to secondary school with her friends."]),
    ('What Mia is good at',
     ["• Building detailed models with bricks.", "• Recognising all the letters of the alphabet and her numbers to 20.", "• Following the class routine when she can see it on her visual timetable."])],
 B=[('Communication and interaction',
     ["Mia has a diagnosis of autism (April 2026) and a language disorder. She mostly uses two-word phrases and echoes phrases she has heard. She understands simple instructions with support from gestures and pictures but struggles with longer or abstract language.",
      "She plays alongside other children but rarely with them, and finds it hard to wait or share."]),
    ('Cognition and learning',
     ["Mia is working below age-related expectations in reading and writing (currently within the Early Years 'developing' band for literacy). Her maths is stronger; she can count to 20 and add within 5 using objects."]),
    ('Sensory and emotional',
     ["Mia is very sensitive to noise. In the hall and at lunch she often covers her ears, cries or runs out. She has around three 'meltdowns' a week, usually at transitions."])],
 C=["Mia was diagnosed with autism by the community paediatric team in April 2026. She has no other known health needs; her hearing was tested in February 2026 and is normal."],
 D=["No social care needs have been identified. The family were offered an Early Help assessment and information about short breaks; they did not feel this was needed at this time (social care screening, May 2026)."],
 E=[('Communication and interaction',
     ["By July 2027, Mia will use 3-word sentences to ask for help or for an item, on 4 out of 5 occasions observed by her teaching assistant.",
      "Mia has a 1:1 teaching assistant for all lessons to help her communicate."]),
    ('Cognition and learning',
     ["By July 2027, Mia will read and write all the phase 3 phonics sounds, assessed by her class teacher at the end of each term."]),
    ('Sensory and emotional',
     ["By March 2027, Mia will use her ear defenders and 'break' card to move to her calm area instead of running out, on 8 out of 10 occasions recorded on her incident log."])],
 F=[('Communication and interaction',
     [('Speech and language therapy: direct 1:1 sessions with a speech and language therapist, with a programme left for school', '30 minutes, every 2 weeks', 'NHS Speech and Language Therapist'),
      ('Practice of the therapy programme, 1:1', '15 minutes daily', 'Teaching assistant trained by the therapist'),
      ('Opportunities to play a turn-taking game with up to 3 other children, as appropriate', '20 minutes at lunchtime, daily', 'Teaching assistant')]),
    ('Cognition and learning',
     [('Phonics in a group of 4, following the school phonics scheme, with overlearning', '20 minutes daily', 'Trained teaching assistant, planned by the class teacher'),
      ('Visual timetable and task cards for all lessons', 'Throughout the day', 'Class teacher prepares; teaching assistant updates')]),
    ('Sensory and emotional',
     [('Ear defenders, provided by the school and kept in class', 'Available all day', 'SENCo'),
      ('A calm area in the classroom with sensory resources', 'Available all day', 'Class teacher'),
      ('Sensory circuit, 1:1', '10 minutes twice a day (start of day and after lunch)', 'Teaching assistant trained by the occupational therapist')])],
 G=["Review by the community paediatrician at 6 months and then yearly, to monitor Mia's development.",
    "Health provision agreed by Dr Fiona Lyle, Designated Clinical Officer, 30 June 2026."],
 H1=["None. Short breaks information offered; family did not request an assessment."],
 H2=["None."],
 I=["St Anne's CE Primary School – mainstream voluntary aided primary school."],
 J=["Not requested."],
 K=[("Parents' advice", "Mia's parents", '3 May 2026'),
    ("Mia's views", 'Mrs Hale, teaching assistant', ''),
    ('Educational advice', 'Mrs K. Nolan, SENCo', '10 May 2026'),
    ('Educational psychology advice', 'Dr L. Price, Educational Psychologist', ''),
    ('Medical advice', 'Dr I. Mensah, Community Paediatrician', '16 April 2026'),
    ('Speech and language therapy advice', 'Hannah Webb, Speech and Language Therapist', '2 May 2026'),
    ('Occupational therapy (sensory) advice', 'Tom Fuller, Occupational Therapist', '9 May 2026'),
    ('Social care advice', 'Children\'s Services Front Door (screening)', '20 May 2026')],
 na=['PC-PFA', 'SC-STATUTORY-LINK'],
 fail={'PC-OUTCOME-NOT-PROVISION': 'E: "Mia has a 1:1 teaching assistant for all lessons to help her communicate." - provision written as an outcome',
       'PR-VAGUE-WORDING': 'F: "Opportunities to play a turn-taking game with up to 3 other children, as appropriate" ("opportunities", "up to", "as appropriate")',
       'CA-DATED': 'K: "Mia\'s views - Mrs Hale, teaching assistant" and "Educational psychology advice - Dr L. Price" have no date'},
 why={'PR-QUANTIFIED': 'pass on balance: the only unquantified item is the vague "opportunities" row, graded under PR-VAGUE-WORDING',
      'CA-STATUTORY-ADVICE': 'pass: EP advice is present (undated - graded under CA-DATED)'},
))

# ---------------- p13 ef-table, SOUND (post-16, Down syndrome, traps) ----------------
PLANS.append(dict(
 file='p13.docx', layout='ef-table', age=18, year_group='Year 13 (post-16, college year 2)', needs=['Down syndrome', 'SLD'], voice='first person',
 title='Education, Health and Care Plan',
 front=[('Young person', 'Grace'), ('Education phase', 'Post-16 – further education college'), ('Year', 'Year 13 equivalent (second year at college)'),
        ('Date of last annual review', '19 March 2026'), ('Date amended plan issued', '16 April 2026'),
        ('Local authority', 'Eastbrook Council')],
 heads={'A': 'Section A: About Grace – her views, interests and aspirations', 'EF': 'Outcomes (Section E) and Provision (Section F)'},
 A=[('In my own words (Grace told her tutor, Sue, who typed it with her)',
     ["I am Grace. I am 18. I go to Millfield College and I am in the Pathways to Work class.",
      "I like dancing, Little Mix, my phone and going to Nando's with my friends. I am good at being kind and I always say hello to people.",
      "I want a job in a café. I want to get the bus to town by myself and go shopping with my friends, not with mum all the time.",
      "I don't like when people talk too fast. I like it when they show me."]),
    ("Grace's mum and dad",
     ["Grace's parents are proud of how much she has grown in confidence since starting college. They would like Grace to get paid work, possibly in catering, to be able to get around town safely on her own and, in time, to live in supported accommodation with friends. They want her to stay healthy and to manage her own hospital appointments with help."]),
    ('Strengths',
     ["Grace is sociable, reliable and hard-working. On her café placement she was praised for her customer service. She can read familiar signs and menus, use her phone to message and call, and handle coins up to £5."])],
 B=[('Cognition and learning',
     ["Grace has Down syndrome and a severe learning difficulty. She is working at Entry Level 1 in English and maths. She learns best with visual cues, demonstration and lots of practice; new information needs to be repeated over several weeks."]),
    ('Communication',
     ["Grace speaks in short sentences; her speech can be hard for unfamiliar people to understand. She uses some Makaton to support what she says. She understands everyday language but struggles with fast speech and complex instructions."]),
    ('Independence and community',
     ["Grace does not yet travel on her own. She does not always recognise risk from strangers and can be over-trusting."])],
 C=["Grace has Down syndrome. She has hypothyroidism, treated with levothyroxine and monitored by her GP. She had glue ear as a child; her hearing was tested in January 2026 and is within normal limits, and audiology keep it under yearly review because of her Down syndrome. She has no difficulty walking."],
 D=["Grace receives support under the Care Act 2014 from the Adult Social Care Transitions Team. Her needs assessment (February 2026) found that she needs support to access the community safely and to build independent living skills."],
 EF_intro=["Outcomes are written to Grace's aspirations: work in a café, travelling on her own and living with friends."],
 E=[('Employment',
     ["By July 2027, Grace will complete her supported internship placement at the hospital café (3 days a week for 30 weeks) and receive a positive employer report.",
      "By July 2027, Grace will pass the Level 1 Food Safety unit and receive a certificate."]),
    ('Independent living',
     ["By July 2027, Grace will make a sandwich and a hot drink for herself, following a picture recipe, with no adult prompts, on 3 consecutive occasions, recorded by her tutor."]),
    ('Community and friendships',
     ["By March 2027, Grace will access the community independently, travelling by bus between home and town on her own on 5 consecutive occasions, signed off by her travel trainer."]),
    ('Good health',
     ["By July 2027, Grace will tell the nurse or doctor herself why she is at an appointment, using her health passport, at 2 appointments, confirmed by her mum."])],
 F=[('Employment',
     [('Supported internship with a job coach at the hospital café', '3 days a week (5 hours a day) for 30 weeks; job coach 1:3 for first 6 weeks, then 1:6', 'College job coach (trained in systematic instruction)'),
      ('Functional English and maths teaching in a class of 8 with 2 support staff', '2 mornings a week (3 hours each)', 'College tutor with learning support assistants')]),
    ('Independent living',
     [('Cooking and home skills in the college training flat, group of 4', '2 hours weekly', 'Independent living tutor'),
      ('Speech and language therapy: visit to advise the tutor and review Grace\'s communication programme', 'Once each half-term, 1 hour', 'Speech and language therapist (college therapy team)')]),
    ('Community and friendships',
     [('Independent travel training on the bus route home–town', '1:1, 1.5 hours twice a week until signed off (expected 12 weeks)', 'Council travel trainer'),
      ('Staying safe and relationships course (group of 6)', '1 hour weekly for 10 weeks', 'College personal development tutor')]),
    ('Good health',
     [('Making and using a health passport; practising appointments through role play, 1:1', '30 minutes weekly for 6 weeks', 'Learning support assistant with the college nurse')])],
 G=["GP: annual health check (learning disability register) and thyroid blood test every 12 months.",
    "Audiology: hearing review every 12 months.",
    "Health contributions agreed by Designated Clinical Officer (Mr Paul Ainsley) – 9 April 2026."],
 H1=["None."],
 H2=["Care Act support (Adult Social Care): a personal assistant for 6 hours a week (Saturdays and one evening) to support Grace to go out with friends and to practise shopping and cooking at home; reviewed every 6 months by her social worker."],
 I=["Millfield College – general further education college (Pathways to Work programme)."],
 J=["Direct payment of £95 a week from Adult Social Care to employ the personal assistant in H2."],
 K=[("Grace's views", 'Grace, with her tutor', '20 February 2026'),
    ("Parents' advice", "Grace's mother and father", '20 February 2026'),
    ('Educational advice', 'Ms S. Kerr, Head of Pathways, Millfield College', '25 February 2026'),
    ('Educational psychology advice', 'Dr P. Walsh, Educational Psychologist', '10 February 2026'),
    ('Medical advice', 'Dr H. Lloyd, GP', '5 February 2026'),
    ('Audiology report', 'Audiology Department, County Hospital', '22 January 2026'),
    ('Speech and language therapy advice', 'Maya Stone, Speech and Language Therapist', '12 February 2026'),
    ('Social care advice (Care Act assessment)', 'Dan Webb, Social Worker, Adult Social Care Transitions Team', '18 February 2026'),
    ('Preparing for adulthood advice', 'Supported internship coordinator, Millfield College', '25 February 2026')],
 na=['SC-STATUTORY-LINK'],
 fail={},
 why={'PC-OUTCOME-NOT-PROVISION': 'pass (traps): "receive a positive employer report" and "receive a certificate" are achievements',
      'PC-SMART': 'pass (trap): "access the community independently, travelling by bus ... on 5 consecutive occasions"',
      'PR-QUANTIFIED': 'pass (trap): SLT "Once each half-term, 1 hour" - a professional visit'},
))

# ---------------- p18 ef-table, FAIL: PC-OUTCOME-NOT-PROVISION, PC-SMART, PC-ASPIRATIONS ----------------
PLANS.append(dict(
 file='p18.docx', layout='ef-table', age=17, year_group='Year 12 (post-16)', needs=['ASC', 'anxiety'], voice='third person',
 title='Education, Health and Care Plan – Leah',
 front=[('Name', 'Leah'), ('Year', 'Year 12 (first year of college)'), ('Phase', 'Post-16'), ('Date of issue', '22 September 2026'),
        ('Reason for issue', 'Amended plan after phase transfer to college')],
 A=[("Leah's views",
     ["Leah wrote her views on a form with her Year 11 form tutor in June 2026. She wrote: \"I like drawing and anime. I like the art room. I don't like crowds or when people change plans without telling me. The bus is stressful.\"",
      "Leah said she likes her college course so far and the art teacher is nice."]),
    ("Parent's views",
     ["Leah lives with her dad. Dad says Leah is a talented artist and very honest. He says she has found the move to college hard and that her anxiety about the bus means he drives her most days."]),
    ('Strengths',
     ["Leah has a real talent for drawing and digital art. She is reliable, punctual and careful with detail. She achieved grade 5 in GCSE art and grade 4 in English and maths."])],
 B=[('Communication and interaction',
     ["Leah has an autism diagnosis (2019). She finds group discussion and unfamiliar people difficult and will often say nothing rather than ask for help. She prefers written instructions."]),
    ('Social, emotional and mental health',
     ["Leah has generalised anxiety. Her anxiety rises with crowds, noise and unexpected changes. Her attendance in the first half-term at college was 82%, with absences mostly on days with timetable changes."]),
    ('Independence',
     ["Leah has never travelled on public transport on her own. She can manage money and use her phone for timetables."])],
 C=["Leah has anxiety and is under the Children and Young People's Mental Health Service (CYPMHS), where she receives cognitive behavioural therapy (CBT). She has no physical health needs."],
 D=["Leah has no social care needs. Social care screening (July 2026) found needs met within the family; short breaks for young people over 16 were discussed."],
 E=[('Education and employment',
     ["Leah will receive weekly mentoring from the college learning mentor.",
      "By July 2027, Leah will complete Level 2 Art and Design, achieving a pass or above in all units, as recorded by her course leader."]),
    ('Emotional wellbeing',
     ["Leah will improve her confidence and cope better with change."]),
    ('Independence and community',
     ["By July 2027, Leah will travel by bus from home to college on her own on 4 days out of 5 for a half-term, recorded on her attendance and travel log.",
      "By March 2027, Leah will attend the college anime and art club with other students at least once a week for a whole term, recorded by the club leader."])],
 F=[('Education and employment',
     [('1:1 mentoring with a learning mentor trained in autism', '45 minutes weekly (Tuesdays)', 'College learning mentor'),
      ('Written copy of all task instructions and timetable changes emailed to Leah the day before', 'Every change, by 4pm the day before', 'Course leader'),
      ('Extra time (25%) and a small room for assessments', 'All timed assessments', 'Arranged by the college exams officer')]),
    ('Emotional wellbeing',
     [('Anxiety management sessions (CBT-informed), 1:1', '30 minutes fortnightly for 12 sessions', 'College wellbeing practitioner'),
      ('Agreed quiet space (the library study room) and an exit card', 'Available in every lesson', 'Course leader informs all staff')]),
    ('Independence and community',
     [('Independent travel training on the home–college bus route, 1:1', '1 hour, 3 times a week, for 8 weeks', 'Council independent travel trainer'),
      ('Place in the weekly anime and art club; the mentor goes with Leah to the first 3 sessions', '1 hour weekly (Thursdays)', 'Art technician runs the club; learning mentor')])],
 G=["CYPMHS: cognitive behavioural therapy for anxiety, 1:1 with a CYPMHS therapist, 50 minutes fortnightly for 16 sessions, then reviewed.",
    "Health provision agreed by the Designated Clinical Officer, Sarah Quinn, 15 September 2026."],
 H1=["None. See Section D – short breaks were considered."],
 H2=["None."],
 I=["Lakeside College – general further education college (Level 2 Art and Design, 16 hours a week)."],
 J=["No personal budget."],
 K=[("Leah's views", 'Leah, with her form tutor', '24 June 2026'),
    ("Parent's advice", "Leah's father", '24 June 2026'),
    ('Educational advice', 'Ms A. Cho, Additional Learning Support Manager, Lakeside College', '9 September 2026'),
    ('Educational psychology advice', 'Dr E. Marsh, Educational Psychologist', '2 July 2026'),
    ('Medical / mental health advice', 'Dr B. Njoku, Clinical Psychologist, CYPMHS', '30 June 2026'),
    ('Social care advice', 'Children with Disabilities Team (screening)', '14 July 2026'),
    ('Preparing for adulthood advice', 'Careers adviser, Connexions service', '8 July 2026')],
 na=['SC-STATUTORY-LINK'],
 fail={'PC-OUTCOME-NOT-PROVISION': 'E: "Leah will receive weekly mentoring from the college learning mentor."',
       'PC-SMART': 'E: "Leah will improve her confidence and cope better with change." - no measure, no date',
       'PC-ASPIRATIONS': 'A records likes/dislikes and current worries only; no aspiration for now or the future from Leah or her dad (no job, study, living or social hopes) in a post-16 plan'},
 why={'PC-ASPIRATION-LINK': 'pass on balance: outcomes build on her art interest (Level 2 Art and Design) and the bus worry in A',
      'HC-THERAPY-PLACEMENT': 'pass: CBT from CYPMHS is health treatment, in G; CBT-informed sessions from college are in F',
      'PC-PFA': 'pass: employment (Level 2 course), community (travel) outcomes; wellbeing outcome present though weak'},
))
ALL_PLANS += PLANS
# ======== plans3 ========
PLANS = []

# ---------------- p03 letter-column, FAIL: SC-STATUTORY-LINK, SC-ADVICE, CA-STATUTORY-ADVICE, SC-PROVISION-SPECIFIC ----------------
PLANS.append(dict(
 file='p03.docx', layout='letter-column', age=9, year_group='Year 4', needs=['SEMH', 'ADHD'], voice='first person',
 title='EDUCATION, HEALTH AND CARE PLAN',
 front=[('Child\'s first name', 'Tyler'), ('NC year group', 'Year 4'), ('School', 'Parkside Primary School'),
        ('Date plan issued', '2 February 2026'), ('Plan type', 'Final'), ('Author', 'J. Whitfield, EHC Plan Writer')],
 heads={'A': 'The views, interests and aspirations of Tyler and his family'},
 A=[('What Tyler says (talking with the school learning mentor, Mr Cole, in November 2025)',
     ["\"I'm good at football and I'm the fastest in my class. I like Minecraft and my nan's dog. I want to play for a proper team when I'm older, or be a PE teacher.\"",
      "\"I get in trouble because I can't sit still and then I get angry. I like it when Mr Cole lets me do jobs.\""]),
    ('What Tyler\'s family say',
     ["Tyler lives with his mum and his younger sister. His nan helps with childcare. Mum says Tyler is loving and funny and is brilliant with his sister. She wants him to stop being sent out of class, to learn to read well and to join a football club."]),
    ('Strengths',
     ["• Very good at sport and takes pride in being a class PE monitor.", "• Strong at mental maths when it is practical (money, scores).", "• Responds well to praise and to adults he trusts."])],
 B=[('Social, emotional and mental health',
     ["Tyler has a diagnosis of ADHD (combined type), given in 2025. He finds it very hard to stay seated and to wait, and he acts before he thinks. When he feels criticised he can shout, throw equipment or leave the room; there were 14 such incidents last term.",
      "Tyler has experienced significant upheaval at home over the past year, and staff notice he is more unsettled on Mondays."]),
    ('Cognition and learning',
     ["Tyler's reading is about two years behind (reading age 6 years 11 months, November 2025). His phonic knowledge has gaps at phase 5. His maths is close to age expectations, but he struggles to record his working."]),
    ('Communication and interaction',
     ["Tyler communicates well verbally. He sometimes misreads peers' intentions during play, which leads to fallings-out."])],
 C=["Tyler has ADHD and takes methylphenidate (slow release) each morning, prescribed by Dr Varma, consultant community paediatrician. He is reviewed every 6 months. He sleeps poorly and is being monitored by the paediatrician for this. No other health needs."],
 D=["Tyler has been subject to a child protection plan since September 2025 and has an allocated social worker. His needs at home – consistent routines, supervision, and getting to school on time and fed – are being addressed through the child protection plan."],
 E=[('Social, emotional and mental health',
     ["By July 2026, Tyler will use his agreed 'time out' card to take a 5-minute movement break instead of leaving the room without permission, reducing incidents from 14 a term to no more than 4, measured on the school's behaviour log.",
      "By July 2026, Tyler will play a team game at lunchtime for 20 minutes without a falling-out on 4 days out of 5, recorded by the midday supervisor."]),
    ('Cognition and learning',
     ["By February 2027, Tyler will have a reading age of at least 8 years 6 months on the school's standardised reading test.",
      "By July 2026, Tyler will record his working for two-step maths problems in 3 out of 4 maths lessons, checked by his teacher."]),
    ('Health and wellbeing',
     ["By July 2026, Tyler will tell an adult when he is tired or has not had breakfast, so that they can help, on most mornings (at least 4 out of 5), recorded on his check-in sheet."])],
 F=[('Social, emotional and mental health',
     ["Daily 10-minute morning check-in with the learning mentor, 1:1, including breakfast on any day Tyler has not eaten at home.",
      "A programme of movement breaks (2 minutes every 20 minutes in lessons), planned by the class teacher, using the 'time out' card.",
      "ELSA (Emotional Literacy Support Assistant) sessions, 1:1, 30 minutes weekly for 12 weeks, on recognising and managing anger.",
      "Football club place (Thursdays after school, 1 hour), with the learning mentor attending for the first half-term."]),
    ('Cognition and learning',
     ["Phonics catch-up (phase 5) in a group of 3 with a trained teaching assistant, 20 minutes daily.",
      "Reading to an adult 1:1 for 10 minutes, 4 times a week, with a teaching assistant.",
      "Specialist teacher from the Learning Support Service: 1 visit of 1.5 hours each half-term to assess progress and advise staff."]),
    ('Communication and interaction',
     ["Social skills group (group of 4), 30 minutes weekly, led by the learning mentor."])],
 G=["Community paediatrician (Dr Varma): ADHD medication review every 6 months, including a review of Tyler's sleep.",
    "Health provision agreed by Dr Clare Hanley, Designated Clinical Officer, 26 January 2026."],
 H1=["None."],
 H2=["None."],
 I=["Parkside Primary School – mainstream maintained primary."],
 J=["None."],
 K=[('Views of Tyler', 'Mr Cole, Learning Mentor', '18 November 2025'),
    ('Parental advice', "Tyler's mother", '21 November 2025'),
    ('Educational advice', 'Mrs A. Burke, SENCo, Parkside Primary School', '25 November 2025'),
    ('Educational psychology advice', 'Dr N. Kaur, Educational Psychologist', '4 December 2025'),
    ('Medical advice', 'Dr R. Varma, Consultant Community Paediatrician', '1 December 2025'),
    ('Learning Support Service report', 'Mrs P. Dunn, Specialist Teacher', '28 November 2025')],
 na=['PC-PFA'],
 fail={'SC-STATUTORY-LINK': 'D: "Tyler has been subject to a child protection plan since September 2025 ... being addressed through the child protection plan." H1 "None." H2 "None." - no social worker contribution, no social care advice, the CP plan is not drawn on anywhere in the plan',
       'SC-ADVICE': 'K lists no social care advice although Tyler has an allocated social worker',
       'CA-STATUTORY-ADVICE': 'K: social care advice (reg 6) missing',
       'SC-PROVISION-SPECIFIC': 'H1 "None." H2 "None." - no statement that short breaks or early help were considered'},
 why={'SC-NEEDS': 'pass: D describes the needs at home (routines, supervision, getting to school)',
      'HC-NEEDS-MET': 'pass: ADHD and sleep both covered by the paediatric review in G'},
))

# ---------------- p11 letter-column, SOUND (looked after, SEMH, asthma) ----------------
PLANS.append(dict(
 file='p11.docx', layout='letter-column', age=12, year_group='Year 7', needs=['SEMH', 'attachment'], voice='third person',
 title='Education, Health and Care Plan – Kayden',
 front=[('Name', 'Kayden'), ('Year group', 'Year 7'), ('Phase', 'Secondary (Key Stage 3)'),
        ('Legal status', 'Looked after child (section 31 care order); lives with foster carers'),
        ('Date of last annual review', '15 June 2026'), ('Date amended plan issued', '10 July 2026')],
 A=[("Kayden's views",
     ["Kayden shared his views with his social worker and the Virtual School adviser during his PEP (personal education plan) meeting in June 2026, and agreed the wording. He said he wants to \"not get kicked out of another school\", that he likes science \"when we do experiments\", and that he loves BMX and cooking with his foster carer.",
      "He said that he wants to be a mechanic and have his own car. He doesn't like it when lots of adults talk about him in meetings."]),
    ("Views of Kayden's foster carers and family",
     ["Kayden has lived with his foster carers, Sandra and Mike, for 18 months. They describe him as warm-hearted, funny and a great help with their younger foster child. They would like Kayden to settle at secondary school, make friends his own age and get some qualifications. Kayden's birth mum, whom he sees monthly, said at the review that she wants him to be happy and do well at school."]),
    ('Strengths',
     ["Kayden is practical and good with his hands; he fixes bikes for friends. His science and maths teachers say he asks good questions. He has kept a stable placement and good attendance (96%) this year."])],
 B=[('Social, emotional and mental health',
     ["Kayden experienced early trauma and several moves of home before coming into care. He finds it hard to trust adults and reacts strongly to perceived unfairness or raised voices; when this happens he can swear and walk out. He finds unstructured times (break, lunch) hard and has few friendships in school.",
      "He is working with CAMHS (Child and Adolescent Mental Health Services) on managing anxiety and anger."]),
    ('Cognition and learning',
     ["Kayden missed a lot of schooling in Years 3 to 5. His reading and spelling are about 2 years behind; his maths is close to age-related. His working memory is a relative weakness (educational psychologist's assessment, April 2026)."])],
 C=["Kayden has asthma, managed with a preventer inhaler (morning and evening) and a reliever inhaler, reviewed by his GP. He attends CAMHS for anxiety and trauma-related difficulties. He has no difficulty walking and takes part fully in PE and BMX. His statutory health assessment for looked after children was completed in March 2026."],
 D=["Kayden is a looked after child under a care order and has an allocated social worker, Ms Dee Adams (Children in Care Team). His care plan and PEP have been used in writing this plan; the PEP targets for reading and for friendships match the outcomes in Section E.",
    "His social care needs are: a stable home, contact with his birth family, and support for his foster carers to manage his behaviour at home. These are met through his care plan (see H2)."],
 E=[('Social, emotional and mental health',
     ["By July 2027, Kayden will use his agreed 'time out' pass and go to the learning hub instead of walking out of school grounds, with walk-outs reduced from 6 a term to none, recorded on the school behaviour log.",
      "By July 2027, Kayden will take part in a lunchtime club (STEM or bike club) at least twice a week for a term, recorded by the club lead."]),
    ('Cognition and learning',
     ["By July 2027, Kayden will raise his reading age by at least 12 months on the school's standardised test (baseline 9 years 10 months, May 2026).",
      "By July 2027, Kayden will complete a basic bike maintenance project in design technology and present it to his class."]),
    ('Health',
     ["By July 2027, Kayden will carry and use his reliever inhaler himself and tell staff when he has used it, every time, recorded by the school office."])],
 F=[('Social, emotional and mental health',
     ["A named key adult (the pastoral lead, trained in attachment-aware practice) for a 15-minute check-in at the start and end of each day, 1:1.",
      "Kayden can go to the learning hub at any time by showing his time out pass; the SENCo explains the pass arrangement to all his teachers at the start of each term.",
      "Lego-based and small-group social skills work in a group of 4, 45 minutes weekly, led by the ELSA (Emotional Literacy Support Assistant).",
      "Whole-staff training on attachment and trauma, 2 hours once a year, delivered by the Virtual School."]),
    ('Cognition and learning',
     ["Reading intervention (Sound Training) in a group of 6, 3 times a week for 35 minutes, for 12 weeks, led by a trained teaching assistant, then reviewed.",
      "Spelling support with a specialist teaching assistant, 1:1, 20 minutes twice a week.",
      "Design technology project mentor (DT technician), 1 hour weekly for the spring term."])],
 G=["CAMHS: 1:1 therapy (trauma-focused) with a CAMHS clinical psychologist, 1 hour fortnightly; reviewed every 12 weeks.",
    "GP and practice nurse: asthma review every 12 months; prescription of preventer and reliever inhalers.",
    "Looked after children nursing team: annual review health assessment.",
    "Health provision agreed by Dr Asha Malik, Designated Clinical Officer, 2 July 2026."],
 H1=["None – Kayden's needs are met through his care plan (H2)."],
 H2=["Care plan support (Children in Care Team): social worker visits every 6 weeks; supervising social worker supports the foster carers monthly; supervised contact with birth mum monthly (2 hours); foster carers attend the 10-week therapeutic parenting course from autumn 2026."],
 I=["Meadow Park Academy – mainstream secondary academy (11–16)."],
 J=["No personal budget. Pupil Premium Plus (held by the Virtual School) funds the DT project mentor in Section F."],
 K=[("Kayden's views", 'Kayden, with his social worker', '9 June 2026'),
    ("Foster carers' views", 'Sandra and Mike (foster carers)', '9 June 2026'),
    ('Educational advice', 'Mrs F. Ogun, SENCo, Meadow Park Academy', '3 June 2026'),
    ('Virtual School advice and PEP', 'Mr L. Yates, Virtual School Adviser', '9 June 2026'),
    ('Educational psychology advice', 'Dr J. Short, Educational Psychologist', '22 April 2026'),
    ('Medical advice (looked after child health assessment)', 'Dr V. Patel, Designated Doctor for Looked After Children', '18 March 2026'),
    ('CAMHS advice', 'Dr O. Reyes, Clinical Psychologist, CAMHS', '28 May 2026'),
    ('GP summary (asthma)', 'Dr S. Ellis, GP, Hollybank Surgery', '20 May 2026'),
    ('Social care advice', 'Ms D. Adams, Social Worker, Children in Care Team', '5 June 2026')],
 na=['PC-PFA'],
 fail={},
 why={'SC-STATUTORY-LINK': 'pass: looked after; D names the care plan and PEP and shows how they informed E; social worker advice in K',
      'HC-NEEDS': 'pass (trap): "He has no difficulty walking" alongside real health needs (asthma, CAMHS)',
      'HC-ADVICE-PROVIDERS': 'pass: CAMHS, GP (via LAC health assessment) and LAC nursing advice in K'},
))

# ---------------- p20 letter-column, FAIL: HC-NEEDS, HC-ADVICE, CA-STATUTORY-ADVICE, LG-GRAMMAR ----------------
PLANS.append(dict(
 file='p20.docx', layout='letter-column', age=12, year_group='Year 7', needs=['MLD', 'EAL'], voice='third person',
 title='Education, Health and Care Plan',
 front=[('Name', 'Bilal'), ('Year group', 'Year 7'), ('School', 'Ashworth Academy'), ('Languages', 'Urdu (home), English'),
        ('Date issued', '27 August 2026'), ('Status', 'Final plan')],
 A=[("Bilal's views (gathered by the English as an additional language (EAL) coordinator, Mrs Rana, partly in Urdu, July 2026)",
     ["Bilal said he likes cricket, drawing cars and helping his uncle in the shop at weekends. He said maths is \"OK when it's money\". He finds reading in English hard and says he feels \"stupid\" when he has to read out loud.",
      "He would like to work in his uncle's shop or be a car designer. He wants to have more friends at his new school."]),
    ("Family views (given in Urdu through an interpreter)",
     ["Bilal's parents say he is respectful, hard-working and very good with his younger cousins. They want him to learn to read and write well in English and to pass exams. They are worried that he is falling further behind and would like to know how to help him with homework."]),
    ('Strengths',
     ["Bilal is fluent in spoken Urdu and Punjabi and has good conversational English. He has strong practical money skills from the shop. He is well mannered, keen to please, and a good cricketer."])],
 B=[('Cognition and learning',
     ["Bilal has moderate learning difficulties. The educational psychologist found his verbal and non-verbal reasoning to be in the low range in both English and Urdu (assessed with an interpreter), which shows his difficulties is not only due to learning English as an additional language.",
      "His reading age is 7 years 6 months and his spelling age 7 years 2 months (June 2026). In maths he can add and subtract 2-digit numbers and understands money but finds multiplication and written methods hard."]),
    ('Communication and language',
     ["Bilal's everyday spoken English is good but his academic English vocabulary is limited. He does not always understand subject words or longer instructions and he don't always ask for help when he is stuck."]),
    ('Social and emotional',
     ["Bilal has made a slow start to making friends at secondary school and is sometimes on his own at break. He loses confidence quickly when work is too hard."])],
 C=["To be confirmed – awaiting health information."],
 D=["Bilal has no social care needs. The Children with Disabilities Team screened the request (July 2026) and the family were given information about the Early Help offer and local youth clubs."],
 E=[('Cognition and learning',
     ["By July 2027, Bilal will have a reading age of at least 9 years on the school's standardised reading test.",
      "By July 2027, Bilal will use the column method to solve 2-digit by 1-digit multiplications correctly in 8 out of 10 questions, checked by his maths teacher."]),
    ('Communication and language',
     ["By March 2027, Bilal will use 40 key subject words correctly when speaking and writing in science and humanities, checked each half-term by the EAL coordinator."]),
    ('Social and emotional',
     ["By March 2027, Bilal will join the school cricket club and attend at least once a week for a term, recorded by the PE teacher."])],
 F=[('Cognition and learning',
     ["Reading intervention (Lexia and guided reading) in a group of 4, 30 minutes, four times a week, led by a teaching assistant trained in the programme.",
      "Maths catch-up group of 6 with the maths HLTA (higher level teaching assistant), 45 minutes twice a week, using concrete resources and money.",
      "Reader and extra time (25%) in all tests, arranged by the SENCo."]),
    ('Communication and language',
     ["Pre-teaching of key subject vocabulary with bilingual word mats, 1:1 or in a pair, 20 minutes twice a week, by the EAL teaching assistant.",
      "EAL coordinator to meet Bilal's parents with an interpreter once each term (1 hour) to share strategies for homework."]),
    ('Social and emotional',
     ["A place in the lunchtime 'buddy' club in a group of 8, every day, supervised by the pastoral assistant.",
      "Cricket club (Wednesday after school, 1 hour) with the PE teacher."])],
 G=["None at present."],
 H1=["None. Short breaks considered – not eligible (see D)."],
 H2=["None. Early Help offer shared with the family."],
 I=["Ashworth Academy – mainstream secondary academy."],
 J=["Not requested."],
 K=[("Bilal's views", 'Mrs Rana, EAL Coordinator', '10 July 2026'),
    ('Parental advice (via interpreter)', "Bilal's parents", '10 July 2026'),
    ('Educational advice', 'Mr G. Ibe, SENCo, Ashworth Academy', '1 July 2026'),
    ('Educational psychology advice', 'Dr H. Zaman, Educational Psychologist', '19 June 2026'),
    ('Social care advice', 'Children with Disabilities Team (screening)', '15 July 2026')],
 na=['PC-PFA', 'SC-STATUTORY-LINK', 'HC-PROVISION-SPECIFIC', 'HC-NEEDS-MET', 'HC-DCO-SIGNOFF', 'HC-ADVICE-PROVIDERS', 'HC-OUTCOMES'],
 na_extra=['HC-THERAPY-PLACEMENT'],
 fail={'HC-NEEDS': 'C: "To be confirmed – awaiting health information."',
       'HC-ADVICE': 'K lists no medical/health advice at all',
       'CA-STATUTORY-ADVICE': 'medical (health) advice missing from K',
       'LG-GRAMMAR': 'B: "shows his difficulties is not only due to" and "he don\'t always ask for help"'},
 why={'HC-NEEDS-MET': 'na: no health need identified (C unknown), G "None at present"'},
))

# ---------------- p21 letter-column, SOUND (ADHD, child in need plan) ----------------
PLANS.append(dict(
 file='p21.docx', layout='letter-column', age=13, year_group='Year 8', needs=['ADHD', 'SpLD'], voice='first person',
 title='Education, Health and Care Plan',
 front=[('Name', 'Jasmine'), ('NCY', 'Year 8'), ('Education phase', 'Secondary'), ('Date of this plan', 'Issued 5 May 2026'),
        ('Review', 'First annual review due by May 2027')],
 heads={'A': "About me (Section A)"},
 A=[('My views – I wrote this with my mentor, Ms Quinn',
     ["I'm Jas. I'm funny, I'm loud and I'm really good at drama. I love singing, TikTok dances and looking after my little brother.",
      "School is hard because I can't concentrate and the words move around when I read. I get told off for talking when really I'm just trying to work out what to do.",
      "I want to go to performing arts college and be an actor or a drama teacher. For now I want to stop getting detentions and get better at reading."]),
    ("My mum's views",
     ["Jasmine's mum says Jas has a big heart and is brilliant with her brother, who has complex health needs. Home is busy and mum is the main carer for both children. Mum wants Jasmine to enjoy school again, get support with her reading and have time for herself outside the home."]),
    ('What Jasmine is good at',
     ["• Drama and singing – she had a lead part in the Year 7 show.", "• Speaking confidently in front of others.", "• Caring, responsible and reliable with younger children."])],
 B=[('Cognition and learning',
     ["Jasmine has a specific learning difficulty (dyslexia) identified by the specialist teacher in 2025. Her reading age is 9 years 8 months and her spelling is weak; reading large amounts of text is slow and tiring. Her verbal reasoning is above average."]),
    ('Social, emotional and mental health',
     ["Jasmine was diagnosed with ADHD (Attention Deficit Hyperactivity Disorder) in 2024. She finds it hard to sustain attention, to start tasks and to organise her equipment and homework. She had 23 detentions in the autumn term, mainly for talking and missing homework.",
      "She carries significant caring responsibilities at home, which leaves her tired and with little time for homework or friends."])],
 C=["Jasmine has ADHD and takes lisdexamfetamine each morning. Her medication is reviewed every 6 months by the community paediatric ADHD team. She has no other health needs."],
 D=["Jasmine is a young carer for her brother. The family are supported under a child in need (CIN) plan, led by Mr Ade Bello, social worker, Children with Disabilities Team. The CIN plan (reviewed March 2026) identifies Jasmine's need for time away from caring and for homework support; these needs, and Mr Bello's advice, have been used to write Sections E, F and H2 of this plan."],
 E=[('Learning',
     ["By May 2027, Jasmine will raise her reading age to at least 11 years on the school's standardised reading test.",
      "By May 2027, Jasmine will hand in at least 8 out of 10 homework tasks on time each half-term, tracked on the school system."]),
    ('Attention and organisation',
     ["By December 2026, Jasmine will use her planner and checklist to start independent tasks within 3 minutes in 4 out of 5 lessons observed by her mentor.",
      "By May 2027, Jasmine will reduce detentions from 23 a term to fewer than 5 a term."]),
    ('Wellbeing and interests',
     ["By May 2027, Jasmine will take part in the school production or drama club every week, with her attendance recorded by the drama teacher, and will attend the young carers' group at least twice a month."])],
 F=[('Learning',
     ["Specialist dyslexia teaching, 1:1, 45 minutes twice a week, from a specialist teacher holding an approved dyslexia qualification (Level 5 or above).",
      "A laptop with speech-to-text software and a reading pen, set up by the IT technician and checked termly.",
      "25% extra time in tests and exams, arranged by the SENCo.",
      "Homework club (group of no more than 10 pupils with a teaching assistant), 45 minutes on Mondays and Thursdays after school."]),
    ('Attention and organisation',
     ["A learning mentor (Ms Quinn) for a 10-minute planner check at the start and end of each day, 1:1.",
      "Chunked task checklists provided by subject teachers for every extended task, with seating near the front agreed in her pupil passport, reviewed each term by the SENCo."]),
    ('Wellbeing and interests',
     ["Place in the weekly drama club (Tuesdays, 1 hour) and priority for the school production."])],
 G=["Community paediatric ADHD team: medication review every 6 months (30-minute appointment with the ADHD nurse specialist), with height, weight and blood pressure checks.",
    "Health provision agreed by Designated Clinical Officer (DCO) Dr L. Shah on 28 April 2026."],
 H1=["None under section 2 of the 1970 Act – Jasmine's support is provided through the child in need plan (see H2)."],
 H2=["Child in need plan support: social worker visits every 4 weeks; family support worker 2 hours weekly to help with the household routine in the evenings.",
     "Young Carers' Project: one evening group session (2 hours) every fortnight and 2 activity days each school holiday, arranged through the CIN plan."],
 I=["Linden Park School – mainstream secondary."],
 J=["Not requested."],
 K=[("Jasmine's views", 'Jasmine, with Ms Quinn (learning mentor)', '10 March 2026'),
    ('Parental advice', "Jasmine's mother", '12 March 2026'),
    ('Educational advice', 'Mrs R. Chandra, SENCo, Linden Park School', '18 March 2026'),
    ('Specialist teacher report (dyslexia)', 'Mr T. Wyatt, Specialist Teacher, Learning Support Service', '5 March 2026'),
    ('Educational psychology advice', 'Dr S. Bloom, Educational Psychologist', '2 March 2026'),
    ('Medical advice', 'ADHD Nurse Specialist, Community Paediatrics (Kim Doyle)', '26 February 2026'),
    ('Social care advice and child in need plan', 'Mr A. Bello, Social Worker, Children with Disabilities Team', '20 March 2026')],
 na=['PC-PFA'],
 na_extra=['HC-THERAPY-PLACEMENT'],
 fail={},
 why={'SC-STATUTORY-LINK': 'pass: D names the CIN plan, the social worker and shows how it informed E, F and H',
      'PR-QUANTIFIED': 'pass (trap): "A laptop with speech-to-text software and a reading pen, set up by the IT technician"'},
))
ALL_PLANS += PLANS
# ======== plans4 ========
PLANS = []

# ---------------- p07 bold-statutory, SOUND (age 3, Down syndrome, views through play) ----------------
PLANS.append(dict(
 file='p07.docx', layout='bold-statutory', age=3, year_group='Early years (pre-school, FS1)', needs=['Down syndrome'], voice='signs and play (key person)',
 title='Education, Health and Care Plan',
 front=[('Child', 'Rosie'), ('Age', '3 years'), ('Setting', 'Little Acorns Day Nursery (early years setting)'), ('Education phase', 'Early years'),
        ('Date this plan was issued', '20 March 2026'), ('Date of last review', 'Not yet reviewed – first review (6 months) due September 2026'),
        ('Review arrangements', 'Reviewed every 6 months while Rosie is under 5')],
 A=[('What Rosie tells us through her play, signs and actions',
     ["Rosie's key person at nursery, Kelly, has watched and played with Rosie over several weeks and shared these observations with her family:",
      "• Rosie shows she is happy by clapping, smiling and signing 'more' (Makaton). She loves the water tray, bubbles, books with flaps and anything with music.",
      "• She goes straight to the home corner and feeds the dolls – she is copying what she sees at home.",
      "• She shows she wants to be left alone by turning away or lying on the carpet, and she reaches her arms up for Kelly when she needs comfort.",
      "• She does not like the noise of the hand dryer and covers her ears."]),
    ("What Rosie's family say",
     ["Rosie lives with her mum, dad and big brother, Finn, who she follows everywhere. Her parents describe her as sociable, cheeky and determined. They want her to be able to tell them what she wants, to walk confidently, and to start school with her friends from nursery. In the future they hope she will have friends, be part of her community and be as independent as possible."]),
    ('Strengths',
     ["• Rosie is very sociable and loves being with other children.", "• She uses around 15 Makaton signs and 5 words.", "• She can pull herself to standing and cruise around furniture.", "• She concentrates well on books and music for up to 10 minutes."])],
 B=[('Communication and interaction',
     ["Rosie has Down syndrome. Her understanding of language is at around 18 months; she understands familiar words in routine contexts (e.g. 'coat', 'dinner'). Her expressive language is at around 12–15 months; she uses 15 signs and 5 spoken words."]),
    ('Cognition and learning',
     ["Rosie's overall development is at around 15–18 months across the EYFS (Early Years Foundation Stage) areas of learning. She learns best through repetition, songs and copying adults."]),
    ('Physical and sensory',
     ["Rosie has low muscle tone (hypotonia). She is not yet walking on her own. Her fine motor skills are at about 15 months; she uses a whole-hand grasp. She wears glasses for long sight."])],
 C=["Rosie has Down syndrome and is under the community paediatrician (Dr Hughes). She has low muscle tone and wears glasses for hypermetropia (long sight), reviewed by the hospital orthoptist. She had heart surgery as a baby and is now discharged from cardiology with no further treatment needed. She had glue ear last year, which has now cleared; her hearing was normal when tested in January 2026, and audiology check it every 6 months because children with Down syndrome are more likely to have hearing problems."],
 D=["Rosie has no social care needs at present. The family were visited by the Early Help team (January 2026), who found no needs requiring social care support. Information about short breaks and the Portage service was given to the family."],
 E=[('Communication',
     ["By September 2026, Rosie will use 30 signs or words to ask for things she wants (e.g. 'drink', 'more', 'bubbles'), recorded by her key person on her communication tracker."]),
    ('Learning and play',
     ["By March 2027, Rosie will take turns in a simple game (e.g. rolling a ball) with one other child for 3 turns each, on 3 occasions in a week, observed by her key person."]),
    ('Physical',
     ["By March 2027, Rosie will walk independently across the nursery room (about 5 metres), observed by her physiotherapist.",
      "By March 2027, Rosie will feed herself with a spoon at lunchtime, spilling little, on 4 days out of 5."]),
    ('Health',
     ["By March 2027, Rosie will keep her glasses on for the whole nursery session on 4 days out of 5, recorded by her key person."])],
 F=[('Communication',
     ["1:1 support from a key person for 15 hours a week (her funded hours) to deliver the programmes below throughout the session.",
      "From May 2026, a specialist teacher from the Early Years Inclusion Team will visit once a month for 1 hour to model activities and review Rosie's targets.",
      "Speech and language therapy: a speech and language therapist will visit the nursery once each half-term for an hour to set Rosie's communication targets and train her key person, who will deliver them 1:1 for 10 minutes daily.",
      "Makaton: Rosie's key person and room leader will complete Makaton Level 1 training by June 2026."]),
    ('Learning and play',
     ["Small group play (Rosie and 2 other children) led by her key person, 15 minutes daily, using turn-taking and Attention Autism-style activities."]),
    ('Physical',
     ["Physiotherapy programme set by the NHS paediatric physiotherapist, who will visit the nursery once every 6 weeks for 45 minutes; the key person will carry out the programme 1:1 for 10 minutes twice a day.",
      "Occupational therapy advice on feeding and fine motor skills: one visit per term (1 hour) by the occupational therapist, with a daily 1:1 fine motor activity (10 minutes) by the key person.",
      "A supportive chair and standing frame, provided and maintained by the NHS physiotherapy service."])],
 G=["Community paediatrician: review every 6 months.",
    "Orthoptics (hospital eye service): glasses and eye review every 6 months.",
    "Audiology: hearing test every 6 months.",
    "The health provision in this plan was agreed by the Designated Clinical Officer, Mrs Jean Alder, on 11 March 2026."],
 H1=["None. Short breaks were discussed with the family; they do not wish to apply at this time."],
 H2=["None. Early Help have closed the case with the family's agreement (January 2026)."],
 I=["Little Acorns Day Nursery – private, voluntary and independent (PVI) early years setting, 15 funded hours a week."],
 J=["Not requested."],
 K=[("Rosie's views (observations through play)", 'Kelly (key person), Little Acorns Day Nursery', '5 February 2026'),
    ('Parental advice', "Rosie's mum and dad", '2 February 2026'),
    ('Educational advice', 'Early Years Inclusion Team specialist teacher (Mrs Joy Kerr)', '9 February 2026'),
    ('Educational psychology advice', 'Dr T. Evans, Educational Psychologist', '12 February 2026'),
    ('Medical advice', 'Dr A. Hughes, Community Paediatrician', '20 January 2026'),
    ('Speech and language therapy advice', 'Beth Lowe, Speech and Language Therapist', '28 January 2026'),
    ('Physiotherapy advice', 'Dan Poole, Paediatric Physiotherapist', '30 January 2026'),
    ('Occupational therapy advice', 'Laura Finch, Occupational Therapist', '30 January 2026'),
    ('Orthoptic and audiology reports', 'Hospital Eye Service and Audiology, General Hospital', '15 January 2026'),
    ('Social care advice', 'Early Help Team (Claire Ross, Family Support Worker)', '21 January 2026')],
 na=['PC-PFA', 'SC-STATUTORY-LINK'],
 fail={},
 why={'PC-VOICE': 'pass (trap): views of a three-year-old gathered through play and signs by her key person, clearly attributed',
      'PR-VAGUE-WORDING': 'pass (trap): "From May 2026, a specialist teacher..." - May is the month',
      'HC-DCO-SIGNOFF': 'pass: "agreed by the Designated Clinical Officer, Mrs Jean Alder, on 11 March 2026"',
      'CA-ANNUAL-REVIEW': 'pass: issued 20 March 2026 (within 12 months of the audit date)'},
))

# ---------------- p10 bold-statutory, FAIL: PC-STRENGTHS, PC-VOICE, PR-QUANTIFIED ----------------
PLANS.append(dict(
 file='p10.docx', layout='bold-statutory', age=14, year_group='Year 9', needs=['SEMH'], voice='third person (parent only)',
 title='Education, Health and Care Plan',
 front=[('Name', 'Jack'), ('Year group', 'Year 9'), ('School', 'Northgate Community School'), ('Date plan issued', '14 January 2026'),
        ('Date of last annual review', 'N/A – new plan')],
 A=[('Views of Jack',
     ["Jack did not attend the planning meeting and did not contribute his views."]),
    ("Views of Jack's parents",
     ["Jack's mum says that the last two years have been very difficult. Jack refuses to go to school most mornings, stays in his room and plays online games late into the night. He is rude to her and to his grandad and has punched a door. She is worried that he will end up excluded or in trouble with the police.",
      "Mum would like Jack to get back into school full time, pass his GCSEs and go to college to do something practical like mechanics or building. She would like him to have friends who are a good influence."]),
    ('Other information',
     ["Jack has had 3 fixed-term suspensions in Year 8. His attendance this year is 54%."])],
 B=[('Social, emotional and mental health',
     ["Jack has significant social, emotional and mental health needs. He has low mood, poor self-esteem and high anxiety about school. He is unable to manage his anger and becomes verbally aggressive when challenged by staff. He refuses to follow instructions and often leaves lessons.",
      "Jack has very poor attendance and is not engaging with any learning. He has no positive relationships with staff."]),
    ('Cognition and learning',
     ["Jack is working well below age-related expectations in English and maths because of the learning he has missed. His written work is very limited and poorly presented. He cannot concentrate for more than a few minutes in class."]),
    ('Communication and interaction',
     ["Jack struggles to express his feelings in words and shuts down when adults try to talk to him about his difficulties."])],
 C=["Jack has been referred to the Child and Adolescent Mental Health Service (CAMHS) because of low mood and anxiety; he was assessed in November 2025 and has been offered a course of 1:1 therapy. He is otherwise physically healthy."],
 D=["Jack has no needs that require statutory social care. Early Help assessed the family in December 2025 and found that Jack and his mum need support with morning and bedtime routines and with boundaries at home; a family support worker has been agreed (see H2)."],
 E=[('Education and employment (preparing for adulthood)',
     ["By July 2026, Jack will attend school for at least 85% of sessions, measured by the school register.",
      "By July 2027, Jack will complete a 1-week work experience placement in a motor vehicle or construction setting, with a report from the employer."]),
    ('Social, emotional and mental health / good health',
     ["By July 2026, Jack will name 3 strategies that help him when he feels anxious and use one of them instead of leaving the lesson, on 4 out of 5 occasions recorded by his key worker.",
      "By July 2026, Jack will go to bed by 11pm on school nights on 4 nights out of 5, recorded in his home-school diary."]),
    ('Friends and community',
     ["By July 2026, Jack will attend a community activity (boxing club or youth club) at least once a week for a term, confirmed by the club leader."]),
    ('Independent living',
     ["By July 2026, Jack will get himself up with his own alarm and be ready to leave for school by 8.15am on 4 days out of 5, recorded in his home-school diary."]),
    ('Learning',
     ["By July 2027, Jack will achieve at least grade 3 in GCSE English and maths mock exams."])],
 F=[('Social, emotional and mental health',
     ["A key worker (pastoral manager) will meet Jack at the school gate each morning and have a 15-minute 1:1 check-in.",
      "A weekly session of small group activities for 10 weeks.",
      "A reduced timetable for the first 6 weeks of the plan (mornings only), increasing by one afternoon every fortnight, agreed and monitored weekly by the SENCo."]),
    ('Cognition and learning',
     ["English and maths catch-up in a group of 5 with a qualified teacher, 1 hour, 3 times a week.",
      "Work experience: the school careers adviser will meet Jack 1:1 for 3 sessions of 30 minutes in the summer term to plan a placement."]),
    ('Friends and community',
     ["The key worker will go with Jack to his first 2 sessions at the local boxing club (1 hour each) and then check in with him weekly."])],
 G=["CAMHS: 1:1 cognitive behavioural therapy with a CAMHS practitioner, 1 hour weekly for 12 weeks, then reviewed.",
    "Health provision agreed by Dr K. Ward, Designated Clinical Officer, 8 January 2026."],
 H1=["None. Short breaks were considered; Jack's needs do not meet the threshold."],
 H2=["Early Help: a family support worker will visit weekly for 1 hour for 12 weeks to support mum and Jack with morning and bedtime routines and boundaries at home."],
 I=["Northgate Community School – mainstream secondary (11–18)."],
 J=["None requested."],
 K=[('Parental advice', "Jack's mother", '20 October 2025'),
    ('Educational advice', 'Mr S. Young, SENCo, Northgate Community School', ''),
    ('Educational psychology advice', 'Dr F. Clark, Educational Psychologist', '6 November 2025'),
    ('Medical advice', 'Dr G. Ayodele, CAMHS Psychiatrist', '25 November 2025'),
    ('Social care advice', 'Early Help Hub (Tina Marsh, Family Support Worker)', '2 December 2025'),
    ('Preparing for adulthood advice', 'Careers adviser, Northgate Community School', '4 November 2025')],
 na=['SC-STATUTORY-LINK'],
 fail={'PC-STRENGTHS': 'A and B are deficit-only: "He is unable to manage his anger ... He refuses to follow instructions ... no positive relationships with staff ... very limited and poorly presented" - no strengths anywhere',
       'PC-VOICE': 'A: "Jack did not attend the planning meeting and did not contribute his views." - no child views, no attempt described',
       'PR-QUANTIFIED': 'F: "A weekly session of small group activities for 10 weeks." - no who, length or group size',
       'CA-DATED': 'K: "Educational advice – Mr S. Young, SENCo, Northgate Community School" - no date given'},
 why={'PC-ASPIRATIONS': 'pass: mum\'s aspirations (GCSEs, college for mechanics or building) are stated',
      'PR-OUTCOME-LINK': 'pass: bedtime outcome is a home routine supported by Early Help (H2); other outcomes have provision'},
))

# ---------------- p15 bold-statutory, SOUND (physical, wheelchair user) ----------------
PLANS.append(dict(
 file='p15.docx', layout='bold-statutory', age=10, year_group='Year 5', needs=['physical', 'cerebral palsy'], voice='first person',
 title='Education, Health and Care Plan – Final',
 heads={'A': 'SECTION A: THE VIEWS, INTERESTS AND ASPIRATIONS OF THE CHILD AND HIS OR HER PARENTS, OR OF THE YOUNG PERSON'},
 front=[('Name of child', 'Zain'), ('Current NC year', 'Year 5'), ('Phase', 'Primary (Key Stage 2)'),
        ('Date of annual review', '7 October 2026'), ('Date amended plan issued', '2 November 2026')],
 A=[('All about me (Zain dictated this to his teaching assistant, Mrs Bell)',
     ["Hi, I'm Zain. I am 10. I love Lego, Marvel films and wheelchair basketball – I go to a club on Saturdays.",
      "At school I like science and reading. I don't like it when I can't get to the field at playtime because of the step, and I don't like people pushing my chair without asking.",
      "When I grow up I want to be an engineer and design things that help disabled people. Next year I want to go to the same secondary school as my friend Harry."]),
    ("What Zain's parents say",
     ["Zain's mum and dad describe him as clever, chatty and determined. They are very proud of his basketball. They want him to become more independent in school (getting around, using the toilet with less help) and to move to secondary school with his friends. In the long term they want him to go to university and live independently."]),
    ('Strengths',
     ["- Zain is working at age-related expectations in reading and maths and is above expectations in science.",
      "- He is a confident speaker and explains his needs clearly.",
      "- He drives his powered wheelchair safely around school."])],
 B=[('Physical and sensory',
     ["Zain has bilateral spastic cerebral palsy (Gross Motor Function Classification System, GMFCS, level IV: he cannot walk and uses powered mobility). He uses a powered wheelchair and needs help to transfer to a standing frame and to the toilet (2 adults, using a hoist). His hand function is limited; handwriting is very slow and tiring and he cannot record at the speed of his peers."]),
    ('Cognition and learning',
     ["Zain's learning is at age-related expectations. His recorded work is much shorter than his spoken answers because of his physical difficulties; he needs alternative ways to record."]),
    ('Social, emotional and mental health',
     ["Zain is sociable and well liked. He can become frustrated and low when he is left out of activities (PE, playtime on the field, trips)."])],
 C=["Zain has bilateral spastic cerebral palsy. He is seen by the paediatric physiotherapy and occupational therapy services and the orthotics service, and is reviewed by the community paediatrician every 6 months. He takes baclofen for muscle stiffness. He has no difficulties with eating, drinking or breathing."],
 D=["Zain's social care needs were assessed by the Children with Disabilities Team (August 2026). He needs help with personal care at home and his parents need short breaks to manage the physical care. These are provided under H1."],
 E=[('Physical and independence',
     ["By July 2027, Zain will transfer from his wheelchair to the toilet using the hoist and one adult instead of two, on all occasions, signed off by his occupational therapist.",
      "By July 2027, Zain will move independently between all areas of the school site, including the field (once the ramp is fitted), at break time on 5 days out of 5."]),
    ('Learning',
     ["By July 2027, Zain will produce written work of the same length as his peers using speech-to-text, in at least 4 out of 5 English and science lessons, checked by his class teacher.",
      "By July 2027, Zain will design and build a working model of an aid for disabled people for the school science fair, assessed by his science teacher."]),
    ('Wellbeing and transition',
     ["By July 2027, Zain will take part in adapted PE every week and join all class trips, recorded by his class teacher.",
      "By July 2027, Zain will visit his chosen secondary school at least 3 times and tell staff there what help he needs, confirmed by the SENCo."])],
 F=[('Physical and independence',
     ["Support from a trained teaching assistant for personal care, transfers and positioning throughout the school day (32.5 hours a week); a second trained adult for hoisting at each toilet visit (about 3 times a day).",
      "Occupational therapy: an NHS occupational therapist will see Zain in school once a month for 45 minutes, 1:1, to work on transfers and hand function, and leave a programme delivered by the teaching assistant for 15 minutes daily.",
      "Physiotherapy programme: set by the NHS paediatric physiotherapist (visit once each half-term, 1 hour), delivered by the teaching assistant 1:1 for 20 minutes daily, including 30 minutes in the standing frame each afternoon.",
      "A ramp to the school field, fitted by the local authority's property services by January 2027."]),
    ('Learning',
     ["A laptop with speech-to-text software, set up by the IT technician, for all written work.",
      "25% extra time and a scribe in all tests, arranged by the SENCo.",
      "An adapted keyboard and rollerball mouse, provided and maintained by the Specialist Equipment Service."]),
    ('Wellbeing and transition',
     ["Adapted PE (boccia, wheelchair basketball skills) planned by the PE lead with advice from the physiotherapist, in every PE lesson (2 hours a week).",
      "Transition plan: the SENCo will arrange 3 visits to the secondary school in the summer term of Year 6, with the teaching assistant, and share a pupil profile with the new school by May 2027."])],
 G=["Community paediatrician: review every 6 months, including baclofen.",
    "Orthotics service: ankle-foot orthoses reviewed and replaced every 6 months.",
    "Wheelchair Service: review of powered wheelchair and seating every 12 months, and repairs within 5 working days of a request.",
    "The health provision in Section G was agreed with the Designated Clinical Officer, Mr R. Henley, on 28 October 2026."],
 H1=["Short breaks: 4 hours a week with a personal assistant (Saturday mornings, including going to wheelchair basketball), funded by the Children with Disabilities Team.",
     "Personal care support at home: carer visit of 45 minutes each weekday morning to help with getting ready for school.",
     "Home adaptations: level-access shower fitted (completed July 2026); hoist maintained by Equipment Services every 6 months."],
 H2=["None."],
 I=["Holmwood Primary School – mainstream community primary school."],
 J=["A direct payment (£60 a week) funds the short breaks personal assistant in H1."],
 K=[("Zain's views", 'Zain, with Mrs Bell (teaching assistant)', '2 September 2026'),
    ('Parental advice', "Zain's mother and father", '2 September 2026'),
    ('Educational advice', 'Mrs N. Ford, SENCo, Holmwood Primary School', '9 September 2026'),
    ('Educational psychology advice', 'Dr C. Amos, Educational Psychologist', '20 July 2026'),
    ('Medical advice', 'Dr P. Singh, Community Paediatrician', '1 September 2026'),
    ('Occupational therapy advice', 'Jess Moore, Occupational Therapist', '3 September 2026'),
    ('Physiotherapy advice', 'Alan Reed, Paediatric Physiotherapist', '3 September 2026'),
    ('Orthotics and Wheelchair Service reports', 'Orthotics Service and Wheelchair Service, County Hospital', '25 August 2026'),
    ('Social care advice', 'Kerry Lamb, Social Worker, Children with Disabilities Team', '18 August 2026')],
 na=['PC-PFA', 'SC-STATUTORY-LINK'],
 fail={},
 why={'PR-QUANTIFIED': 'pass (trap): "A laptop with speech-to-text software, set up by the IT technician"; "25% extra time ... arranged by the SENCo"',
      'SC-RIGHT-SECTION': 'pass: personal care at home and short breaks in H1; school personal care in F'},
))

# ---------------- p22 bold-statutory, FAIL: SC-STATUTORY-LINK, HC-PROVISION-SPECIFIC, HC-ADVICE-PROVIDERS ----------------
PLANS.append(dict(
 file='p22.docx', layout='bold-statutory', age=4, year_group='Pre-school (FS1)', needs=['global developmental delay', 'physical', 'feeding'], voice='signs and play (key person)',
 title='Education, Health and Care Plan',
 front=[('Child', 'Ellie'), ('Age', '4 years'), ('Early years setting', 'Sunflowers Pre-School'), ('Phase', 'Early years'),
        ('Date this plan was issued', '1 July 2026'), ('Next review', 'January 2027 (6-monthly review, under 5)')],
 A=[('How Ellie shares her views',
     ["Ellie does not yet use words. Her key worker at pre-school, Jo, and her mum noted what Ellie shows through her play, facial expressions and gestures over three weeks in May 2026:",
      "o Ellie smiles and kicks her legs when she hears music and when her mum arrives.",
      "o She reaches for light-up toys and the sensory tent, and will look between a toy and an adult to ask for it.",
      "o She turns her head away and pushes food away when she has had enough or does not like the texture."]),
    ("Mum's views",
     ["Ellie lives with her mum and her baby brother. The family have a social worker and Ellie is on a child in need plan. Mum says Ellie is a happy, affectionate girl who loves music, bath time and cuddles. Mum wants Ellie to be able to let people know what she wants, to sit up on her own and to eat a wider range of foods. She hopes Ellie will go to a school where she is safe and happy and can make friends."]),
    ('Strengths',
     ["o Ellie is sociable and smiles at familiar adults and children.", "o She can hold her head steady and reach and grasp toys with both hands.", "o She responds to her name and to familiar songs."])],
 B=[('Cognition and learning',
     ["Ellie has global developmental delay. Her development is at around 9–12 months across all areas of the Early Years Foundation Stage (EYFS). She learns best through sensory play and repetition."]),
    ('Communication and interaction',
     ["Ellie communicates through vocalising, facial expression, eye pointing and reaching. She is beginning to understand a few familiar words in routine (e.g. 'bye-bye', 'dinner')."]),
    ('Physical and sensory',
     ["Ellie cannot yet sit without support and is not mobile. She needs specialist seating to play and eat. She has difficulty chewing and is on a pureed and mashed diet."])],
 C=["Ellie has global developmental delay and low muscle tone. She has eating and drinking difficulties (oral dysphagia) and is at risk of choking with lumpy foods; she is underweight (below the 2nd centile) and has a high-calorie diet plan from the dietitian. She is under the community paediatrician and the health visitor."],
 D=["Ellie's mum is a single parent with a baby. She finds it hard to get out of the house with both children and Ellie's equipment. Mum would like help with Ellie's sleep and with getting to appointments."],
 E=[('Communication',
     ["By January 2027, Ellie will make a choice between two objects by looking at or reaching for one, on 4 out of 5 occasions, recorded by her key worker."]),
    ('Physical',
     ["By January 2027, Ellie will sit in her supportive chair with her head up for 10 minutes while playing, observed by her physiotherapist.",
      "By July 2027, Ellie will sit on the floor on her own, without support, for 1 minute."]),
    ('Eating and drinking / health',
     ["By January 2027, Ellie will eat mashed food with soft lumps safely at pre-school lunch on 4 days out of 5, recorded on her eating and drinking chart.",
      "By July 2027, Ellie will reach the 9th weight centile, measured by the health visitor."])],
 F=[('Communication',
     ["1:1 support from a trained key worker for all 15 funded hours to carry out Ellie's programmes.",
      "Speech and language therapist (communication and feeding): visit once a month for 1 hour to set communication goals and train staff in Ellie's eating and drinking plan.",
      "Objects of reference used at every change of activity, prepared by the key worker."]),
    ('Physical',
     ["Physiotherapy programme from the NHS paediatric physiotherapist (visit once every 6 weeks, 1 hour), delivered by the key worker 1:1 for 15 minutes twice each session.",
      "A supportive seat and floor sitter, supplied and maintained by the NHS physiotherapy service."]),
    ('Learning',
     ["Portage home visiting (1 hour every fortnight) by a trained Portage home visitor, linked to pre-school targets.",
      "Early Years Inclusion Team specialist teacher: 1-hour visit every half-term to review targets and advise staff."])],
 G=["Dietitian: high-calorie diet plan, reviewed every 3 months, with weight checks.",
    "Health visitor support as needed.",
    "Community paediatrician follow-up.",
    "Health provision agreed by the Designated Clinical Officer (Dr Hanna Price), 24 June 2026."],
 H1=["None. Short breaks were considered at the Disabled Children's Team panel (June 2026); Ellie does not meet the eligibility criteria at present."],
 H2=["Early Help family support worker: 1 home visit a week (1 hour) for 12 weeks to support mum with Ellie's bedtime routine and with transport to appointments."],
 I=["Sunflowers Pre-School – voluntary early years setting (15 funded hours a week)."],
 J=["Not requested."],
 K=[("Ellie's views (observation)", 'Jo (key worker), Sunflowers Pre-School, with mum', '20 May 2026'),
    ('Parental advice', "Ellie's mother", '13 May 2026'),
    ('Educational advice', 'Mrs P. Dean, Manager and SENCo, Sunflowers Pre-School', '18 May 2026'),
    ('Educational psychology advice', 'Dr R. Mills, Educational Psychologist', '22 May 2026'),
    ('Medical advice', 'Dr S. Obi, Community Paediatrician', '8 May 2026'),
    ('Speech and language therapy advice', 'Ana Silva, Speech and Language Therapist', '11 May 2026'),
    ('Physiotherapy advice', 'Ruth Hale, Paediatric Physiotherapist', '11 May 2026'),
    ('Social care advice', 'Early Help Hub (Kim Parry, Family Support Worker)', '19 May 2026')],
 na=['PC-PFA'],
 fail={'SC-STATUTORY-LINK': 'A: "The family have a social worker and Ellie is on a child in need plan." - D and H do not mention the CIN plan or the social worker; K social care advice is from Early Help only',
       'HC-PROVISION-SPECIFIC': 'G: "Health visitor support as needed." and "Community paediatrician follow-up." - no what/how often',
       'HC-ADVICE-PROVIDERS': 'G names the dietitian and health visitor as providers; K has no dietetic or health visitor advice'},
 why={'HC-NEEDS-MET': 'pass: dysphagia (SALT in F, dietitian in G), weight (dietitian), GDD (paediatrician)',
      'SC-NEEDS': 'pass: D describes needs (single parent, sleep, appointments)'},
))
ALL_PLANS += PLANS
# ======== plans5 ========
PLANS = []

# ---------------- p06 shaded, FAIL: PR-OUTCOME-LINK, HC-OUTCOMES, SC-NEEDS ----------------
PLANS.append(dict(
 file='p06.docx', layout='shaded-heading-table', age=11, year_group='Year 6', needs=['ADHD', 'DCD'], voice='third person', fill='FBE4D5',
 title='Education, Health and Care Plan',
 front=[('Name', 'Reuben'), ('School year', 'Year 6'), ('Education phase', 'Primary'), ('Plan issued', '15 April 2026'),
        ('Type', 'Final EHC plan'), ('SEND officer', 'Halima Begum')],
 A=[("Reuben's views",
     ["Reuben met with his SEND officer and his class teacher in February 2026 and answered questions on a 'my views' sheet. He said that he is good at gaming, swimming and telling jokes. He enjoys science experiments and PE (but not ball games). He wants to be a YouTuber or a marine biologist.",
      "He said: \"I hate writing because my hand hurts and it looks messy. I get into trouble for fidgeting and shouting out but I don't mean to.\""]),
    ("Parents' views",
     ["Reuben's mum and dad say he is imaginative, kind and full of energy. They want him to feel proud of his work, to manage the move to secondary school in September and to stop feeling that he is 'the naughty one'. They would like him to learn to swim competitively, which he loves."]),
    ('Aspirations', ["Now: a smooth move to secondary school. Future: a job with animals or science; to be independent and happy."])],
 B=[('Social, emotional and mental health (attention)',
     ["Reuben has ADHD (diagnosed 2024). He finds it hard to stay on task for more than 5 minutes in whole-class teaching, calls out, and fidgets constantly. He is often out of his seat. This affects his learning and relationships with adults."]),
    ('Physical – fine motor and handwriting',
     ["Reuben has developmental co-ordination disorder (DCD), diagnosed by the occupational therapist in 2025. His pencil grip is immature and his handwriting is slow, large and difficult to read; he writes about 6 words a minute (Year 6 average about 15). He finds cutting, rulers and fastenings difficult."]),
    ('Cognition and learning',
     ["Reuben's reading is age-appropriate and his verbal understanding is good. His maths reasoning is sound, but his written recording lets him down."])],
 C=["Reuben has ADHD. He takes methylphenidate each morning, reviewed by the community paediatrician every 6 months. He has difficulty getting to sleep and has been prescribed melatonin by the paediatrician. His DCD is under the NHS occupational therapy service."],
 D=["Not applicable."],
 E=[('Attention and learning behaviour',
     ["By July 2026, Reuben will stay on task for 15 minutes in independent work in 4 out of 5 lessons, using his timer and movement breaks, observed by his teaching assistant.",
      "By July 2026, Reuben will put his hand up and wait instead of calling out in whole-class teaching, reducing call-outs from about 20 to no more than 5 in a lesson, tallied by his teacher once a week."]),
    ('Handwriting and recording',
     ["By March 2027, Reuben will write legibly at 12 words a minute, measured each term using the DASH (Detailed Assessment of Speed of Handwriting).",
      "By March 2027, Reuben will touch-type at 20 words a minute, measured by the SENCo each half-term."]),
    ('Transition',
     ["By October 2026, Reuben will find his way to all his lessons in his new secondary school on his own, using his map and timetable, for a whole week, checked by his tutor."])],
 F=[('Attention and learning behaviour',
     [('Movement breaks: 2 minutes out of seat every 15 minutes, using a visual timer', 'Every lesson', 'Class teacher and teaching assistant'),
      ('Seat near the teacher, wobble cushion and fidget tool', 'All lessons', 'Class teacher; SENCo buys and replaces the equipment'),
      ('Self-monitoring programme (call-out tally card and reward chart), 1:1 review', '10 minutes at the end of each day', 'Teaching assistant')]),
    ('Handwriting and recording',
     [('Touch-typing programme (online) in a group of 3', '20 minutes, 4 times a week', 'Teaching assistant'),
      ('A laptop for extended writing, set up by the school IT technician', 'All lessons with extended writing', 'SENCo / IT technician')]),
    ('Transition',
     [('Enhanced transition: 3 extra visits to the secondary school with photos and a map', 'Summer term 2026 (three visits of 2 hours)', 'Year 6 teaching assistant and secondary SENCo'),
      ('Named key adult at secondary school for a daily check-in', '10 minutes each morning for the first half-term', 'Secondary learning mentor')])],
 G=["Community paediatrician: review of ADHD medication and melatonin every 6 months.",
    "NHS occupational therapy: review appointment in clinic once a year, with advice sent to school.",
    "Health provision agreed by the Designated Clinical Officer, Ms Lorna Keyes, 9 April 2026."],
 H1=["None. Short breaks information was given to the family; they did not request a social care assessment."],
 H2=["None."],
 I=["Year 6: Greenway Primary School (mainstream). From September 2026: Castle Hill Academy (mainstream secondary)."],
 J=["None."],
 K=[("Reuben's views", 'Reuben, with SEND officer', '11 February 2026'),
    ("Parents' advice", "Reuben's mum and dad", '11 February 2026'),
    ('Educational advice', 'Mr D. Shaw, SENCo, Greenway Primary School', '16 February 2026'),
    ('Educational psychology advice', 'Dr K. Lyons, Educational Psychologist', '20 February 2026'),
    ('Medical advice', 'Dr J. Taylor, Community Paediatrician', '2 February 2026'),
    ('Occupational therapy advice', 'Sian Price, Occupational Therapist (NHS)', '5 February 2026'),
    ('Social care advice', "Children's Disability Social Care – screening letter", '19 February 2026')],
 na=['PC-PFA', 'SC-STATUTORY-LINK'],
 fail={'PR-OUTCOME-LINK': 'E "write legibly at 12 words a minute" (and the DCD need in B: pencil grip, cutting, fastenings) - F has no handwriting or fine motor provision (only typing and a laptop); no OT programme in F',
       'HC-OUTCOMES': 'C: "difficulty getting to sleep and has been prescribed melatonin" - no outcome in E for sleep',
       'SC-NEEDS': 'D: "Not applicable." - no description and no basis'},
 why={'SC-PROVISION-SPECIFIC': 'pass: H1 says short breaks information was given and the family did not request an assessment',
      'HC-THERAPY-PLACEMENT': 'pass: OT in G is a yearly clinic review (health), not a training programme'},
))

# ---------------- p12 shaded, FAIL: CA-ANNUAL-REVIEW, CA-ADVICE-AGE, LG-JARGON ----------------
PLANS.append(dict(
 file='p12.docx', keep_jargon=True, layout='shaded-heading-table', age=10, year_group='Year 5', needs=['speech and language', 'DLD'], voice='first person',
 title='EHCP – Lily',
 front=[('Name', 'Lily'), ('NC Year', 'Year 5'), ('Setting', 'Fernhill Primary School – ARP'), ('Date plan finalised', '14 March 2025'),
        ('Last AR', 'Not yet held')],
 A=[('All about me (Lily told her speech and language therapist, Ms Ward, using pictures to help her)',
     ["I am Lily. I have a cat called Pickle and two sisters. I like baking with my nan, gymnastics and painting.",
      "Sometimes I don't know what the teacher means because the words are too long. I like it when they show me or write it down.",
      "When I am older I want to be a baker and have my own cake shop."]),
    ("My family's views",
     ["Lily's mum says she is creative, gentle and a brilliant big sister. Mum wants Lily to be able to explain things and to keep up with her friends, and to go to the local secondary school. She would love to see Lily run her own business one day."]),
    ('Strengths',
     ["Lily is artistic, sporty and kind. She is a confident gymnast and her visual memory is a real strength. She reads simple texts accurately."])],
 B=[('Communication and interaction',
     ["Lily has DLD. CELF-5 core language SS 68 (<2nd centile). RL and EL both significantly impaired; WFD and naming weak. She has difficulty with WH questions and narrative.",
      "Her SPAG is significantly below ARE and she has reduced WM and slow PS (WISC-V indices in the low range)."]),
    ('Cognition and learning',
     ["Lily is working at Y2/Y3 level in literacy and Y4 in maths. Reading comprehension limited by vocab and inference. Needs visual supports and overlearning."]),
    ('SEMH',
     ["Lily can become anxious and withdrawn when she does not understand, and can be reluctant to join group discussions."])],
 C=["Lily has no health needs. Her hearing was tested in 2024 and is normal, and the community paediatrician found no medical needs (December 2024). Her DLD is an educational need and is met in Section F."],
 D=["No social care needs identified (CWD team screening, December 2024). Short breaks info given to family."],
 E=[('Communication',
     ["By March 2026, Lily will answer 'who', 'what', 'where' and 'why' questions about a short story correctly in 8 out of 10 attempts, measured by her speech and language therapist.",
      "By March 2026, Lily will retell a familiar story with a beginning, middle and end using a story map, assessed by her class teacher each term."]),
    ('Learning',
     ["By March 2026, Lily will learn and use 10 new topic words each half-term, checked on her vocabulary tracker by her teaching assistant.",
      "By March 2026, Lily will write 5 sentences about a picture using capital letters and full stops, assessed by her class teacher."]),
    ('Wellbeing',
     ["By March 2026, Lily will say 'I don't understand' or show her help card when she is stuck, in 4 out of 5 lessons observed by her teaching assistant."])],
 F=[('Communication',
     ["Placement in the ARP with a teacher and TA trained in SLCN; teaching in a group of 8 for language (4 mornings a week, 1 hour).",
      "SALT: 1:1 direct therapy 30 mins weekly by NHS SALT, and a SALT programme delivered by the ARP TA 3x weekly for 20 mins.",
      "Colourful Semantics and Shape Coding in a group of 4, 3x weekly for 20 mins, by ELKLAN-trained TA.",
      "SALT to train all class staff once a term (1 hr)."]),
    ('Learning',
     ["Pre-teaching of topic vocab 1:1, 15 mins daily, by TA.",
      "Visual supports (word mats, task boards) in all lessons, prepared by the class teacher."]),
    ('Wellbeing',
     ["ELSA 1:1, 30 mins weekly for 8 weeks."])],
 G=["None. (NHS SALT is educational provision and is set out in Section F.)"],
 H1=["None – no eligible needs. Short breaks considered (see D)."],
 H2=["None."],
 I=["Fernhill Primary School – mainstream with an additionally resourced provision (ARP) for speech, language and communication needs."],
 J=["Not applicable."],
 K=[('Parental advice', "Lily's mother", '10 December 2024'),
    ('Educational advice', 'Ms H. Cross, SENCo, Fernhill Primary', '6 January 2025'),
    ('Educational psychology advice', 'Dr W. Hart, Educational Psychologist', '15 June 2022'),
    ('Medical advice', 'Dr M. Chen, Community Paediatrician', '2 December 2024'),
    ('SALT advice', 'Ms T. Ward, Speech and Language Therapist', '13 December 2024'),
    ('Social care advice', 'Children with Disabilities Team (screening)', '16 December 2024')],
 na=['PC-PFA', 'SC-STATUTORY-LINK', 'HC-PROVISION-SPECIFIC', 'HC-NEEDS-MET', 'HC-DCO-SIGNOFF', 'HC-ADVICE-PROVIDERS', 'HC-OUTCOMES'],
 fail={'CA-ANNUAL-REVIEW': 'front matter: "Date plan finalised | 14 March 2025" and "Last AR | Not yet held" - more than 12 months before the 1 December 2026 audit',
       'CA-ADVICE-AGE': 'K: "Educational psychology advice - Dr W. Hart - 15 June 2022" - about 33 months old when the plan was issued (14 March 2025)',
       'LG-JARGON': 'B and F: "DLD", "CELF-5 core language SS 68", "RL and EL", "WFD", "SPAG", "ARE", "WM", "PS", "ARP", "SLCN", "ELKLAN", "ELSA" - none explained'},
 why={'HC-NEEDS': 'pass: C says plainly there are no health needs, on the basis of hearing test and paediatric advice',
      'HC-ADVICE': 'pass: medical advice Dr M. Chen, 2 December 2024 (3 months before issue)',
      'HC-THERAPY-PLACEMENT': 'pass: SALT placed in F; G cross-refers',
      'PC-SMART': 'pass: outcomes measurable and dated (by March 2026)',
      'LG-READABILITY': 'pass: A and E are in plain English; the unexplained acronyms are in B and F (graded under LG-JARGON)'},
))

# ---------------- p17 shaded, SOUND (post-19, autism + SLD) ----------------
PLANS.append(dict(
 file='p17.docx', layout='shaded-heading-table', age=21, year_group='Post-19 (college)', needs=['ASC', 'SLD'], voice='symbols and observation',
 title='Education, Health and Care Plan – Daniel', fill='D9D9D9',
 front=[('Young person', 'Daniel'), ('Age', '21'), ('Education phase', 'Post-19 – specialist college (day placement)'),
        ('Date of last annual review', '4 February 2026'), ('Date this plan was issued', '3 March 2026'),
        ('Transition review due', 'February 2027 (planning for leaving education in July 2027)')],
 A=[("Daniel's views",
     ["Daniel uses some single words, symbols on his tablet and a photo book. His keyworker at college, Marcus, went through a symbol questionnaire with him in January 2026 and has watched what he chooses over the term.",
      "Daniel chose 'gardening', 'buses', 'swimming' and 'pizza' as things he likes. He chose the 'work' symbol and then the photo of the college garden centre when asked what he wants to do after college. He pressed 'no' for 'noisy canteen'.",
      "Marcus says Daniel is happiest outdoors, working at his own pace and knowing what is coming next."]),
    ("His family's views",
     ["Daniel lives with his parents and his grandmother. His dad says Daniel is gentle, hard-working and loves routine and being useful. The family want Daniel to have a purposeful week when college ends – ideally some work in horticulture – to be able to go out in the community with support, and in time to move into supported living near home."]),
    ('Strengths',
     ["• Daniel follows a visual schedule independently.", "• He is careful and thorough with practical tasks (potting, watering, stacking).", "• He can use the bus with a support worker and knows his route.", "• He is polite and well liked by staff and students."])],
 B=[('Communication and interaction',
     ["Daniel is autistic and has a severe learning difficulty. He understands short, concrete sentences and uses single words, symbols and his tablet (Proloquo2Go) to communicate. He finds it hard to tell people when he is upset or in pain."]),
    ('Cognition and learning',
     ["Daniel is working at Entry Level 1. He can recognise around 50 sight words and count to 20; he uses a money card to pay for items."]),
    ('Social, emotional and mental health and sensory',
     ["Daniel becomes distressed with noise and unexpected change and may bite his hand. Incidents are now about once a fortnight (down from weekly in 2025)."])],
 C=["Daniel has epilepsy, well controlled with lamotrigine; he has had no seizures for 2 years. He is under the adult learning disability (LD) health team and his GP. He has an annual health check with his GP. He has no difficulty walking."],
 D=["Daniel has eligible needs under the Care Act 2014 (assessment by Adult Social Care, October 2025): he needs support to go out safely in the community, with personal care prompts, and his parents need regular breaks from caring."],
 E=[('Employment',
     ["By July 2027, Daniel will complete a 20-week work placement at the garden centre, carrying out 3 set tasks (watering, potting, stacking) with only visual prompts, and receive a positive employer report."]),
    ('Independent living',
     ["By July 2027, Daniel will make a simple lunch (sandwich and drink) following a photo recipe on his tablet, with no adult prompts, on 3 occasions, recorded by his keyworker."]),
    ('Community and friendships',
     ["By February 2027, Daniel will access the community independently on a familiar route, taking the bus from college to the town library with his support worker at a distance, on 5 occasions."]),
    ('Good health and communication',
     ["By February 2027, Daniel will use his tablet to tell staff when he feels unwell or is in pain, on every occasion it is needed, recorded on his health log.",
      "By February 2027, Daniel will use his 'break' symbol instead of biting his hand, with incidents reduced to once a month, recorded by college staff."])],
 F=[('Employment',
     [('Work placement at the college garden centre with a job coach, 1:2 ratio', '2 days a week (10 hours) for 20 weeks', 'College job coach trained in systematic instruction'),
      ('Horticulture teaching in a group of 6', '2 mornings a week, 3 hours each', 'Horticulture tutor with a learning support assistant')]),
    ('Independent living',
     [('Cooking and home skills in the training flat, group of 3', '1.5 hours weekly', 'Independent living tutor')]),
    ('Community and friendships',
     [('Community and travel sessions, 1:1, fading support on the library route', 'Twice a week, 2 hours each', 'College learning support assistant')]),
    ('Good health and communication',
     [('Speech and language therapy: visit to update Daniel\'s tablet vocabulary (pain, feelings) and train staff', 'Once each half-term, 1 hour', 'College speech and language therapist'),
      ('Proloquo2Go on Daniel\'s tablet, updated and maintained', 'Ongoing; checked monthly', 'College assistive technology officer'),
      ('Positive behaviour support (PBS) plan, reviewed with staff', 'Once a term, 1.5 hours', 'College behaviour support lead (PBS trained)')])],
 G=["Adult learning disability health team: epilepsy nurse review once a year and after any seizure.",
    "GP: annual learning disability health check and medication review.",
    "Health provision agreed by Mrs Carol Dunn, Designated Clinical Officer (Integrated Care Board), 24 February 2026."],
 H1=["Not applicable – Daniel is over 18; his support is under the Care Act (H2)."],
 H2=["Care Act support (Adult Social Care): 8 hours a week of community support from a personal assistant (evenings and Saturdays); 14 nights a year of respite at Willow House; reviewed every 12 months by the social worker."],
 I=["Oakbridge Specialist College – specialist post-16 institution (day placement, 5 days a week, 38 weeks a year)."],
 J=["Direct payment for the personal assistant in H2 (£130 a week), held by Daniel's father as his suitable person."],
 K=[("Daniel's views (symbol questionnaire)", 'Marcus, keyworker, Oakbridge College', '15 January 2026'),
    ("Parents' views", "Daniel's mother and father", '15 January 2026'),
    ('Educational advice', 'Head of Learning, Oakbridge Specialist College', '20 January 2026'),
    ('Educational psychology advice', 'Dr A. Noon, Educational Psychologist', '3 December 2025'),
    ('Medical advice', 'Dr F. Russell, Consultant Psychiatrist (Learning Disability)', '10 December 2025'),
    ('Epilepsy nurse report', 'Adult LD Health Team (Nina Holt, Epilepsy Nurse)', '12 January 2026'),
    ('GP summary', 'Dr P. Grey, GP', '8 January 2026'),
    ('Speech and language therapy advice', 'Lucy Adams, Speech and Language Therapist', '18 January 2026'),
    ('Social care advice (Care Act assessment)', 'Mr J. Cole, Social Worker, Adult Social Care', '22 October 2025'),
    ('Preparing for adulthood advice', 'Transition Coordinator, Oakbridge Specialist College', '20 January 2026')],
 na=['SC-STATUTORY-LINK'],
 fail={},
 why={'PC-VOICE': 'pass: views gathered through symbols and observation by keyworker, attributed',
      'PC-SMART': 'pass (trap): "access the community independently ... on 5 occasions"',
      'PC-OUTCOME-NOT-PROVISION': 'pass (trap): "receive a positive employer report"',
      'LG-JARGON': 'pass: LD and PBS explained (learning disability; Positive behaviour support) - see text'},
))

# ---------------- p24 shaded, FAIL: PR-VAGUE-WORDING, PC-VOICE, LG-READABILITY ----------------
PLANS.append(dict(
 file='p24.docx', layout='shaded-heading-table', age=9, year_group='Year 4', needs=['SEMH'], voice='third person (parent only)',
 title='Education, Health and Care Plan', fill='C6E0B4',
 front=[('Child', 'Amir'), ('Year group', 'Year 4'), ('School', 'Ravensworth Primary'), ('Date of issue', '19 October 2026'),
        ('Plan type', 'Final plan')],
 A=[("Amir's views",
     ["It has not been possible to obtain Amir's views for this plan. These will be sought at the first review."]),
    ("Parents' views",
     ["It is the considered view of Amir's parents, as expressed at the co-production meeting held within the statutory timescale, that notwithstanding the significant progress which has been observed in certain domains of Amir's functioning over the preceding academic year, the frequency and intensity of the episodes of emotional dysregulation exhibited by Amir within the school environment continue to be such as to represent a substantial barrier to his sustained engagement with the curriculum, and that it would therefore be desirable, insofar as is achievable, for the provision hereinafter specified to be implemented in a manner which is consistent across all settings.",
      "Amir's parents describe him as a loving and imaginative boy who adores drawing comics, building Lego and playing with his cousins. They hope he will enjoy school, have friends, and one day follow his interest in art."]),
    ('Strengths',
     ["Amir is creative and has a good sense of humour. He is a keen reader of comics, a strong artist and very kind to younger children."])],
 B=[('Social, emotional and mental health',
     ["Amir experiences high levels of anxiety, which show as anger and running out of class when demands feel too great. Over the last half-term there were 11 incidents of leaving the classroom and 3 of leaving the building. He finds the start of the day and unstructured times hardest. He has a small number of friends and plays well one-to-one.",
      "The educational psychologist (EP) found that Amir's needs are linked to anxiety rather than to a learning difficulty."]),
    ('Cognition and learning',
     ["Amir's reading is at the expected level for his age. His writing is below; he avoids writing tasks and often produces a few lines only."])],
 C=["Amir has no health needs. He is not under any health service; the school nurse and GP summary (September 2026) confirm that he is fit and well."],
 D=["No social care needs. The family were offered an Early Help assessment (August 2026) and chose not to take it up at present."],
 E=[('Emotional wellbeing',
     ["It is intended that, by the conclusion of the current key stage (July 2027), and following the consistent implementation of the agreed strategies across the whole-school environment, Amir will have demonstrated, as evidenced by a quantifiable reduction in recorded incidents to no more than 2 per half-term on the school's behaviour recording system, an enhanced capacity for the self-regulation of affective states within the classroom setting.",
      "With reference to unstructured periods of the school day, it is anticipated that by July 2027 Amir will have sustained participation in a structured lunchtime activity on not fewer than 3 occasions per week, the attainment of which shall be determined by the observation of the midday supervisory staff."]),
    ('Learning',
     ["By July 2027, the expectation is that Amir's written output, in the context of independent writing tasks undertaken within the literacy curriculum, will have increased such that a minimum of 10 sentences are produced on 4 out of 5 occasions, as assessed by the class teacher in accordance with the school's assessment framework."])],
 F=[('Emotional wellbeing',
     ["Access to a quiet space (the nurture room) where possible when Amir feels anxious, supervised by the class teaching assistant.",
      "Check-ins with a trusted adult (the class teaching assistant), 1:1 for 10 minutes, at the start of the day and as required after break.",
      "ELSA (Emotional Literacy Support Assistant) sessions, 1:1, 30 minutes weekly for 10 weeks, delivered by the school's trained ELSA, focusing on recognising and managing anxiety.",
      "Lunchtime Lego club in a group of up to 6, 30 minutes on Mondays and Thursdays, led by a teaching assistant."]),
    ('Learning',
     ["Writing support in a group of 4 with a teaching assistant, 30 minutes 3 times a week, using comic strip and drawing-first planning.",
      "Educational psychologist to visit once a term for 1.5 hours to review progress and advise staff."])],
 G=["None – no health needs."],
 H1=["None. Short breaks were considered; Amir is not eligible."],
 H2=["None. Early Help was offered to the family (August 2026)."],
 I=["Ravensworth Primary School – mainstream community primary school."],
 J=["None."],
 K=[('Parental advice', "Amir's parents", '3 September 2026'),
    ('Educational advice', 'Ms J. Hurst, SENCo, Ravensworth Primary', '9 September 2026'),
    ('Educational psychology advice', 'Dr Y. Osman, Educational Psychologist', '28 August 2026'),
    ('Medical advice', 'School nursing team (Claire Day, School Nurse) and GP summary', '14 September 2026'),
    ('Social care advice', 'Early Help Hub', '25 August 2026')],
 na=['PC-PFA', 'SC-STATUTORY-LINK', 'HC-PROVISION-SPECIFIC', 'HC-NEEDS-MET', 'HC-DCO-SIGNOFF', 'HC-ADVICE-PROVIDERS', 'HC-OUTCOMES', 'HC-THERAPY-PLACEMENT'],
 fail={'PR-VAGUE-WORDING': 'F: "Access to a quiet space (the nurture room) where possible" and "as required after break" (also "a group of up to 6")',
       'PC-VOICE': 'A: "It has not been possible to obtain Amir\'s views for this plan." - a verbal 9-year-old; no views or method recorded',
       'LG-READABILITY': 'A and E written in dense officialese: "notwithstanding the significant progress ... in certain domains of Amir\'s functioning", "an enhanced capacity for the self-regulation of affective states" - not readable by families'},
 why={'PR-QUANTIFIED': 'pass: each item has what/how often/how long/who; the weakness is the woolly wording, graded under PR-VAGUE-WORDING',
      'PC-SMART': 'pass: outcomes, though badly worded, have measures (no more than 2 per half-term, 3 occasions a week, 10 sentences) and a date'},
))
ALL_PLANS += PLANS
# ======== plans6 ========
PLANS = []

def personal(name, dob, sex, eth, lang, plang, p1, rel1, p2='Not applicable', rel2='Not applicable'):
    return {'name': name, 'preferred_name': name, 'date_of_birth': dob, 'sex': sex, 'ethnicity': eth,
            'child_or_young_person_first_language': lang, 'parent_or_carer_first_language': plang,
            'parent_1_name': p1, 'parent_1_relationship': rel1, 'parent_1_email': 'Held on the case record',
            'parent_1_telephone_number': 'Held on the case record', 'parent_1_home_address': 'Held on the case record',
            'parent_2_name': p2, 'parent_2_relationship': rel2, 'parent_2_email': 'Held on the case record' if p2 != 'Not applicable' else 'Not applicable',
            'parent_2_telephone_number': 'Held on the case record' if p2 != 'Not applicable' else 'Not applicable',
            'parent_2_home_address_if_different_to_parent_or_carer_1': 'Same as parent 1'}

# ---------------- p02 national template, FAIL: PC-STRENGTHS, HC-NEEDS-MET, SC-RIGHT-SECTION ----------------
PLANS.append(dict(
 file='p02.docx', layout='national-template', age=8, year_group='Year 3', needs=['Down syndrome', 'SLD'], voice='signs and observation',
 title='Education, Health and Care Plan – Rio',
 front=[('Date this plan was issued', '22 June 2026'), ('NC year', 'Year 3'), ('Education phase', 'Primary (Key Stage 2)')],
 NT=dict(
  personal=personal('Rio', 'Withheld (NC Year 3)', 'Male', 'White British', 'English', 'English', "Rio's mother", 'Mother', "Rio's father", 'Father'),
  services={'education_setting': 'Westfield Primary School (mainstream)', 'gp_and_key_health_professional_where_applicable': 'GP: Elm Tree Surgery. Community paediatrician: Dr M. Lewis',
            'nhs_number_if_available': 'Held on the case record', 'known_to_social_care': "Yes – Children with Disabilities Team (short breaks)",
            'other_professionals_involved_with_this_childyoung_personfamily': 'Speech and language therapy; Learning Support Service; educational psychology',
            'currently_a_looked_after_child': 'No', 'has_been_a_looked_after_child': 'No', 'is_there_a_one_page_profile_received_append': 'Yes – appended',
            'child_or_young_person_moving_to_area_with_ehcp_from_a_different_local_authority': 'No'},
  history=["Rio was born with Down syndrome. He attended Rainbow Nursery with support before joining Westfield Primary in Reception. He has had an EHC plan since 2022.",
           "Rio communicates using Makaton signs, some single words and short phrases, and by pointing and pulling adults to what he wants."],
  views=["Rio's views were gathered by his teaching assistant, Mrs Pearce, using photos and Makaton during the spring term 2026. Rio signed 'happy' for music, the trampoline and the iPad. He pointed to 'sad' for the toilet and for 'writing'.",
         "Rio's parents say that the last year has been hard. They are worried that Rio is still not toilet trained, that he does not play with other children and that he is falling further behind. They want Rio to stay at Westfield with his brother, to talk more and to be dry in the day."],
  interests=["Music, especially songs with actions; the trampoline; tablets and videos of trains."],
  strengths=["Rio cannot yet speak in sentences, cannot read, and cannot dress himself. He is not yet toilet trained and needs an adult for all personal care."],
  aspirations=["His parents want Rio to be able to talk to them, to be dry in the day and to have a friend. In the future they want him to have a job and be happy."],
  ci={'strengths': 'Rio has very limited speech and his understanding is well below his age. He does not initiate play and does not respond when other children talk to him.',
      'rows': [("Rio understands instructions with 1–2 key words in familiar routines. He uses about 40 Makaton signs and 10 spoken words. He cannot join two words together and cannot answer questions.",
                ["Speech and language therapist (NHS) to visit once each half-term for 1 hour to assess, set targets and train staff.", "Makaton used by all adults working with Rio; the class teacher and TA complete Makaton Level 1 and 2 with the school's Makaton tutor this year.", "Communication programme delivered 1:1 by the TA, 15 minutes daily."],
                ["By July 2027, Rio will join 2 signs or words together to ask for things (e.g. 'more drink') on 10 occasions a week, recorded on his communication tracker."])]},
  cl={'strengths': 'Rio is working well below age-related expectations in all areas. He has poor attention and cannot complete tasks without an adult.',
      'rows': [("Rio is working at pre-key stage standard 1 in reading and maths. He does not yet recognise letters or count reliably. His attention for adult-led tasks is 2–3 minutes.",
                ["Teaching in a small group of 4 for literacy and maths (daily, 45 minutes each) with a teacher and TA, following a multi-sensory programme.", "Specialist teacher from the Learning Support Service to visit once each half-term (1.5 hours) to set targets and train staff.", "Individual work station with a visual schedule, set up by the class teacher."],
                ["By July 2027, Rio will match and name 10 letter sounds, checked by the class teacher each term.", "By July 2027, Rio will count 5 objects accurately on 4 out of 5 attempts."])]},
  semh=None,
  sp={'strengths': 'Rio has low muscle tone and poor fine motor skills. He cannot manage buttons, zips or cutlery.',
      'rows': [("Rio is not yet toilet trained and wears pads. He needs an adult to change him 2–3 times a day. He cannot dress or undress himself.",
                ["Personal care by a trained TA in the school's accessible toilet, 2–3 times a day, with a toileting programme (timed toilet sits every 90 minutes) agreed with parents.", "Dressing practice at PE and home time daily, 1:1 with the TA."],
                ["By July 2027, Rio will sit on the toilet when taken at set times and use it successfully at least once a day on 4 days out of 5, recorded on his toileting chart.", "By July 2027, Rio will pull up his trousers and put his coat on by himself."])]},
  health={'strengths': 'Rio is generally well and has good attendance (95%).',
          'rows': [("Rio has asthma, managed with a reliever inhaler; he sometimes needs it during PE or in cold weather.",
                    ["School nurse to train staff in using Rio's inhaler and spacer, once a year (1 hour); individual health care plan reviewed each September by the school nurse with parents."],
                    ["By July 2027, Rio will tell an adult (using his 'breathe' sign) when he needs his inhaler, on every occasion, recorded in the medicine log."]),
                   ("Rio has chronic constipation and is prescribed a daily laxative (Movicol) by the community paediatrician. He also has delayed continence and has been referred to the children's continence service, which is needed before toilet training can succeed.",
                    ["—"],
                    ["By July 2027, Rio will be dry for the school day on 3 days out of 5."])]},
  social={'strengths': 'Rio has a loving family and enjoys family outings, especially to the park and swimming.',
          'rows': [("Rio needs a high level of care at home. His parents need short breaks. Rio finds it hard to go to after-school clubs without an adult.",
                    ["Short breaks: 3 hours every Saturday at the Sunshine Saturday Club, funded by the Children with Disabilities Team.", "1:1 literacy tuition at home from a qualified tutor, 2 hours a week, to help Rio catch up with reading."],
                    ["None."],
                    ["By July 2027, Rio will take part in 2 activities at the Saturday club with other children each week, reported by the club leader."])]},
  placement=('Westfield Primary School', 'Mainstream community primary school'),
  pb=('No personal budget has been requested.', 'Not applicable'),
  K=[(1, "Parent/carer advice", '14 April 2026', "Rio's mother and father", 'YES'),
     (2, 'Educational advice', '20 April 2026', 'Mrs L. Carr, SENCo, Westfield Primary', 'YES'),
     (3, 'Speech and language therapy advice', '17 April 2026', 'Ella Brooks, Speech and Language Therapist', 'YES'),
     (4, None, '8 April 2026', 'Dr M. Lewis, Community Paediatrician', 'YES'),
     (5, None, '23 April 2026', 'Dr D. Kemp, Educational Psychologist', 'YES'),
     (6, None, '15 April 2026', 'Rachel Stone, Social Worker, Children with Disabilities Team', 'YES'),
     (7, 'School nurse advice', '21 April 2026', 'Gill Harper, School Nurse', 'YES'),
     (8, None, 'Not applicable – Year 3', '', 'NO')],
  signoff_row=('Tom Ashby, EHC Coordinator', 'T. Ashby', '22 June 2026'),
  health_signoff='Health provision agreed by Dr Sue Rowe, Designated Clinical Officer, on 15 June 2026.'),
 na=['PC-PFA', 'SC-STATUTORY-LINK'],
 fail={'PC-STRENGTHS': 'A2 Strengths: "Rio cannot yet speak in sentences, cannot read, and cannot dress himself..."; B strengths rows: "very limited speech", "poor attention and cannot complete tasks", "cannot manage buttons" - deficits only',
       'HC-NEEDS-MET': 'C: "chronic constipation ... daily laxative ... referred to the children\'s continence service" - the G cell against it is blank ("—"); no continence service or paediatric provision in G',
       'SC-RIGHT-SECTION': 'H1: "1:1 literacy tuition at home from a qualified tutor, 2 hours a week, to help Rio catch up with reading" - educational provision in H1'},
 why={'HC-ADVICE-PROVIDERS': 'pass: the only health provider named in G (school nurse) gave advice (row 7)',
      'HC-THERAPY-PLACEMENT': 'pass: SALT is in F (communication row)'},
))

# ---------------- p14 national template, FAIL: HC-THERAPY-PLACEMENT, HC-DCO-SIGNOFF, PC-ASPIRATION-LINK ----------------
PLANS.append(dict(
 file='p14.docx', layout='national-template', age=8, year_group='Year 3', needs=['ASC', 'speech and language'], voice='first person',
 title='Education, Health and Care Plan – Freya',
 front=[('Final plan issued', '9 September 2026'), ('Year group', 'Year 3'), ('Phase', 'Primary')],
 NT=dict(
  personal=personal('Freya', 'Withheld (Year 3)', 'Female', 'White British', 'English', 'English', "Freya's mother", 'Mother'),
  services={'education_setting': 'Harbour View Primary School', 'gp_and_key_health_professional_where_applicable': 'GP: Quayside Medical Practice; NHS Speech and Language Therapy Service',
            'nhs_number_if_available': 'Held on the case record', 'known_to_social_care': 'No',
            'other_professionals_involved_with_this_childyoung_personfamily': 'Autism Outreach Team; educational psychology',
            'currently_a_looked_after_child': 'No', 'has_been_a_looked_after_child': 'No', 'is_there_a_one_page_profile_received_append': 'Yes',
            'child_or_young_person_moving_to_area_with_ehcp_from_a_different_local_authority': 'No'},
  history=["Freya was diagnosed with autism in 2025 after concerns about her language and play in Reception and Year 1. She lives with her mum and her grandparents, who are very involved in her care.",
           "Freya talks in short sentences and loves to talk about animals. She uses a few signs when she is upset and finds it hard to explain what is wrong."],
  views=["Freya told her teacher, Mr Hayes, in June 2026: \"I like animals. I like horses best and dogs and guinea pigs. I want to be a vet. I like Bella [the school dog]. I don't like it noisy. I don't like when they talk and talk.\"",
         "Freya's mum says Freya is loving, funny and extremely knowledgeable about animals – she knows the names of dozens of dog breeds. Mum would like Freya to be able to say what she needs, make a friend and cope better with busy places. She shares Freya's dream of working with animals."],
  interests=["Animals – especially horses; the school dog, Bella; drawing animals; nature programmes."],
  strengths=["Freya has an excellent memory for facts. She is caring towards animals and younger children. She is a good reader of familiar words and enjoys books about animals. She follows the class routine well when she can see it."],
  aspirations=["Freya wants to be a vet. Now she would like to help look after the school dog. Her mum hopes she will have friends, go on to secondary school and one day work with animals."],
  ci={'strengths': 'Freya can talk in short sentences and will talk at length about topics she loves. She reads familiar words well.',
      'rows': [("Freya's understanding of language is below her age; she finds longer instructions, questions and abstract words hard. Her sentences are short and she finds it difficult to explain events or her feelings.",
                ["Visual supports (now/next board, visual timetable) used in every lesson, prepared by the class teacher.", "Adults give instructions in short chunks with key words and check understanding (all staff briefed by the SENCo at the start of each term)."],
                ["By July 2027, Freya will follow a 3-step instruction in class on 4 out of 5 occasions, observed by the teaching assistant."]),
               ("Freya finds it hard to join in play and conversation with other children.",
                ["Social communication group of 4 children, 30 minutes twice a week, led by a teaching assistant trained by the Autism Outreach Team.", "Autism Outreach Team specialist teacher: 1 visit of 1 hour each half-term to advise staff and review progress."],
                ["By July 2027, Freya will take 3 turns in a structured game with a friend without adult prompting on 4 out of 5 occasions, recorded by the teaching assistant."])]},
  cl={'strengths': 'Freya decodes well and has good recall of facts.',
      'rows': [("Freya's reading comprehension and writing are below age-related expectations (working at Year 1 level). She finds inference and open questions difficult.",
                ["Guided reading in a group of 4 with a teaching assistant, 20 minutes daily, using visual question prompts.", "Writing frames and word banks for all written tasks, prepared by the class teacher."],
                ["By July 2027, Freya will answer 4 out of 5 literal questions about a short text correctly, assessed by her class teacher each term.", "By July 2027, Freya will write 3 linked sentences using a writing frame, assessed by her class teacher."])]},
  semh={'strengths': 'Freya is calm and happy when routines are predictable.',
        'rows': [("Freya becomes distressed in noisy, busy places (hall, playground) and at unexpected changes; she may scream or hide. This happens about twice a week.",
                  ["Ear defenders, bought by the school and kept in class.", "A 5-minute warning and visual card before every change of activity, given by the teaching assistant.", "A quiet workstation in the classroom, set up by the class teacher, for Freya to use when she shows her 'break' card."],
                  ["By July 2027, Freya will use her 'break' card to ask for the quiet workstation instead of screaming or hiding, on 4 out of 5 occasions, recorded on her log."])]},
  sp=None,
  health={'strengths': 'Freya is physically healthy and active.',
          'rows': [("Freya has a language disorder linked to her autism, diagnosed by the NHS speech and language therapy service.",
                    ["Speech and language therapy: 1:1 therapy sessions with an NHS speech and language therapist in school, 30 minutes weekly for 10 weeks each term, with a home and school programme practised daily (10 minutes) by the teaching assistant."],
                    ["By July 2027, Freya will use sentences of 6 or more words with joining words ('and', 'because') to explain what happened, on 4 out of 5 occasions in therapy sessions."])]},
  social={'strengths': 'Freya has a close, supportive family.',
          'rows': [("Freya has no social care needs. This was confirmed by the Children with Disabilities Team screening (June 2026).",
                    ["None. Short breaks information was shared with mum; she does not wish to apply."], ["None."], ["Not applicable."])]},
  placement=('Harbour View Primary School', 'Mainstream community primary school'),
  pb=('No personal budget requested.', 'Not applicable'),
  K=[(1, "Parent's advice", '6 June 2026', "Freya's mother", 'YES'),
     (2, 'Educational advice', '10 June 2026', 'Mrs T. Knight, SENCo, Harbour View Primary School', 'YES'),
     (3, "Freya's views", '12 June 2026', 'Mr J. Hayes, Class Teacher', 'YES'),
     (4, None, '2 June 2026', 'Dr K. Adeyemi, Community Paediatrician', 'YES'),
     (5, None, '15 June 2026', 'Dr W. Frost, Educational Psychologist', 'YES'),
     (6, None, '19 June 2026', 'Children with Disabilities Team (screening)', 'YES'),
     (7, 'Speech and language therapy advice', '8 June 2026', 'Sophie Dale, Speech and Language Therapist (NHS)', 'YES'),
     (8, None, 'Not applicable', '', 'NO')],
  signoff_row=('Carla Mendes, SEND Case Officer', 'C. Mendes', '9 September 2026'),
  health_signoff=None),
 na=['PC-PFA', 'SC-STATUTORY-LINK'],
 fail={'HC-THERAPY-PLACEMENT': 'G: "Speech and language therapy: 1:1 therapy sessions with an NHS speech and language therapist in school, 30 minutes weekly..." - SALT that educates/trains the child is in G, not F',
       'HC-DCO-SIGNOFF': 'no record anywhere that the DCO or health commissioner agreed the health provision',
       'PC-ASPIRATION-LINK': 'A: "Freya wants to be a vet ... would like to help look after the school dog" - no outcome in E draws on animals, the school dog or her vet aspiration'},
 why={'HC-OUTCOMES': 'pass: the language disorder has a health-table outcome (6-word sentences)'},
))

# ---------------- p19 national template, SOUND (Reception, speech and language + EAL) ----------------
PLANS.append(dict(
 file='p19.docx', layout='national-template', age=5, year_group='Reception', needs=['speech and language', 'EAL'], voice='play (key person)',
 title='Education, Health and Care Plan – Kacper',
 front=[('Date this plan was issued', '12 February 2026'), ('Date of last review', 'New plan – first review due August 2026 (6-monthly, under 5s)'),
        ('NC year', 'Reception'), ('Education phase', 'Early years – Reception class (Early Years Foundation Stage)')],
 NT=dict(
  personal=personal('Kacper', 'Withheld (Reception)', 'Male', 'White – Other (Polish)', 'Polish', 'Polish', "Kacper's mother", 'Mother', "Kacper's father", 'Father'),
  services={'education_setting': "St Mary's Catholic Primary School (Reception)", 'gp_and_key_health_professional_where_applicable': 'GP: Riverside Health Centre; Speech and Language Therapy Service',
            'nhs_number_if_available': 'Held on the case record', 'known_to_social_care': 'No',
            'other_professionals_involved_with_this_childyoung_personfamily': 'Early Years SEND Team; EAL service; educational psychology',
            'currently_a_looked_after_child': 'No', 'has_been_a_looked_after_child': 'No', 'is_there_a_one_page_profile_received_append': 'Yes',
            'child_or_young_person_moving_to_area_with_ehcp_from_a_different_local_authority': 'No'},
  history=["Kacper was born in England; his family speak Polish at home. He attended a pre-school from age 3, where staff noticed that his talking was much slower to develop than other children's, in Polish as well as in English.",
           "The speech and language therapist assessed Kacper in both languages with a Polish interpreter (November 2025) and found a language disorder: his difficulties are not only due to learning English as an additional language (EAL)."],
  views=["What Kacper tells us through his play: his key person, Miss Ahmed, watched and played with Kacper over four weeks. He goes straight to the construction area and the cars, and lines up vehicles in careful rows. He smiles and says \"again!\" during action songs. He brings adults a toy when he wants help, and shows he is worried by standing close to the classroom door at tidy-up time.",
         "His parents (views given in Polish with an interpreter) say Kacper is gentle, loving and very good at puzzles. At home he chatters in Polish with his sister in short phrases. They want him to speak well in both languages, make friends and enjoy school."],
  interests=["Cars and tractors, construction toys, puzzles, action songs, the outdoor sandpit."],
  strengths=["Kacper completes 24-piece puzzles on his own, builds detailed models and follows familiar routines. He is kind to other children and copies adults' actions well."],
  aspirations=["For now: to talk to his friends and teachers and to join in with play. For the future: his parents hope he will do well at school and be happy, and Kacper says he wants to \"drive tractor\"."],
  ci={'strengths': 'Kacper copies words and actions readily and enjoys songs; he is an attentive listener when he is interested.',
      'rows': [("Kacper uses 1–2 word phrases in English and 2–3 word phrases in Polish. He understands simple instructions in familiar routines but not new or longer ones.",
                ["Speech and language therapy: a speech and language therapist will visit once each half-term for an hour to assess progress, set targets and train his key person.", "Language programme set by the therapist, delivered 1:1 by his key person (trained by the therapist), 15 minutes daily, using tractors and cars to motivate him.", "Bilingual key word cards (Polish/English), made by the EAL service and shared with home."],
                ["By August 2026, Kacper will use 3-word phrases in English (e.g. 'tractor go fast') to comment during play, on 5 occasions a week, recorded by his key person.", "By February 2027, Kacper will follow a 2-step instruction in class on 4 out of 5 occasions, observed by his key person."]),
               ("Kacper plays alongside other children but rarely with them.",
                ["Small group play (Kacper and 2 others) in the construction area, 15 minutes daily, led by his key person, using turn-taking games."],
                ["By February 2027, Kacper will take turns with one friend in a building game for 5 minutes, on 3 occasions a week, observed by his key person."])]},
  cl={'strengths': 'Kacper has strong visual and problem-solving skills.',
      'rows': [("Kacper's early literacy is limited by his language; he knows 6 letter sounds.",
                ["Phonics in a group of 4 with overlearning, 15 minutes daily, by a trained teaching assistant."],
                ["By February 2027, Kacper will recognise and say 20 letter sounds, checked by the class teacher each half-term."])]},
  semh=None, sp=None,
  health={'strengths': 'Kacper is healthy and active.',
          'rows': [("Kacper has no health needs related to his SEN. His hearing was tested by audiology in October 2025 and is normal; the community paediatrician (January 2026) found no other health needs.",
                    ["None required."], ["Not applicable."])]},
  social={'strengths': 'Kacper has a close and supportive family.',
          'rows': [("No social care needs. The family were offered an Early Help assessment and information about short breaks (January 2026); they did not feel they needed this.",
                    ["None – short breaks considered, not requested."], ["None – Early Help offered."], ["Not applicable."])]},
  placement=("St Mary's Catholic Primary School", 'Mainstream voluntary aided primary school (Reception class)'),
  pb=('Not requested.', 'Not applicable'),
  K=[(1, "Parents' advice (Polish interpreter)", '10 December 2025', "Kacper's mother and father", 'YES'),
     (2, 'Educational advice', '15 December 2025', "Mrs A. Nowak, Reception teacher and SENCo, St Mary's", 'YES'),
     (3, "Kacper's views (observation through play)", '12 December 2025', 'Miss S. Ahmed, key person', 'YES'),
     (4, None, '9 January 2026', 'Dr E. Fraser, Community Paediatrician', 'YES'),
     (5, None, '18 December 2025', 'Dr B. Lewin, Educational Psychologist', 'YES'),
     (6, None, '5 January 2026', 'Early Help Hub (Tara Bell, Early Help Practitioner)', 'YES'),
     (7, 'Speech and language therapy advice', '20 November 2025', 'Olga Wiśniewska, Speech and Language Therapist', 'YES'),
     (8, None, 'Not applicable – Reception', '', 'NO')],
  signoff_row=('Neil Porter, EHC Plan Coordinator', 'N. Porter', '12 February 2026'),
  health_signoff='Health: no health provision required. Plan seen and agreed by Dr Helen Moss, Designated Clinical Officer, 4 February 2026.'),
 na=['PC-PFA', 'SC-STATUTORY-LINK', 'HC-PROVISION-SPECIFIC', 'HC-NEEDS-MET', 'HC-DCO-SIGNOFF', 'HC-ADVICE-PROVIDERS', 'HC-OUTCOMES'],
 fail={},
 why={'PC-VOICE': 'pass (trap): a five-year-old\'s views gathered through play by his key person',
      'PR-QUANTIFIED': 'pass (trap): "a speech and language therapist will visit once each half-term for an hour"',
      'CA-DATED': 'pass: the last K row ("Advice and information from any person ...", date and who blank, "YES/ NO") is an unfilled template row, not an advice item',
      'HC-THERAPY-PLACEMENT': 'pass: SALT in F (communication row)'},
))

# ---------------- p23 national template, FAIL: CA-ADVICE-AGE, LG-SPELLING, HC-DCO-SIGNOFF ----------------
PLANS.append(dict(
 file='p23.docx', layout='national-template', age=20, year_group='Post-19', needs=['SLD', 'physical'], voice='first person (supported)',
 title='Education, Health and Care Plan – Chloe',
 front=[('Date of last annual review', '11 May 2026'), ('Date amended plan issued', '8 June 2026'), ('Education phase', 'Post-19 (specialist further education)')],
 NT=dict(
  personal=personal('Chloe', 'Withheld (age 20)', 'Female', 'Mixed – White and Black Caribbean', 'English', 'English', "Chloe's mother", 'Mother'),
  services={'education_setting': 'Brookside College – Foundation Learning (post-19)', 'gp_and_key_health_professional_where_applicable': 'GP: Canal Street Surgery; Adult community physiotherapy',
            'nhs_number_if_available': 'Held on the case record', 'known_to_social_care': 'Yes – Adult Social Care (Care Act)',
            'other_professionals_involved_with_this_childyoung_personfamily': 'Adult Social Care; college transition coordinator',
            'currently_a_looked_after_child': 'No', 'has_been_a_looked_after_child': 'No', 'is_there_a_one_page_profile_received_append': 'Yes',
            'child_or_young_person_moving_to_area_with_ehcp_from_a_different_local_authority': 'No'},
  history=["Chloe has a severe learning difficulty and right-sided weakness following a brain injury as a baby. She attended Millbrook Special School until she was 19 and is now in her second year at Brookside College.",
           "Chloe talks in short sentences and uses a communication book for new words. She walks independently for short distances and uses a wheelchair for longer journeys."],
  views=["Chloe told her tutor, with her communication book: \"I like college. I like cooking and my friends Amy and Jade. I want to work in a charity shop. I want my own flat with my friends. I don't like the bus when it's busy.\"",
         "Chloe's mum says Chloe is sociable, determined and has a wicked sense of humour. Mum's priorities are for Chloe to get a volunteering placement that could lead to paid work, to become more independent at home and in the community, and to keep well and active."],
  interests=["Cooking, music and dancing, charity shops and vintage clothes, spending time with her friends."],
  strengths=["Chloe is friendly, reliable and well liked. She can make a hot drink and a sandwich on her own, recognise coins and use her phone to call her mum. She is good at folding and sorting clothes neatly."],
  aspirations=["Chloe wants to work in a charity shop and live in her own flat with friends. Her mum hopes Chloe will have a happy, busy week with work, friends and activities when she leaves college."],
  ci={'strengths': 'Chloe is a confident communicator with people she knows.',
      'rows': [("Chloe speaks in 3–4 word sentences and can be hard to understand for new people. She understands everyday language but needs time to process and may say 'yes' when she has not understood.",
                ["Speech and language therapist (college therapy team) to visit once each half-term for 1 hour to update her communication book and train staff.", "Staff use short sentences, check understanding and give Chloe 10 seconds' thinking time (all tutors briefed by the college SENCo each September)."],
                ["By May 2027, Chloe will use her communication book to explain what she needs to a new person (e.g. a shop assistant) on 4 out of 5 occasions, recorded by her job coach."])]},
  cl={'strengths': 'Chloe learns practical skills well through repetition.',
      'rows': [("Chloe is working at Entry Level 1 in English and maths. She can count to 20 and recognise coins, but cannot yet check her change.",
                ["Functional maths (money) in a group of 6, 1 hour twice a week, with a tutor and learning support assistant."],
                ["By May 2027, Chloe will pay for items up to £5 and check her change using a money card, on 3 out of 4 ocasions, recorded by her tutor."])]},
  semh={'strengths': 'Chloe has good friendships at college.',
        'rows': [("Chloe becomes anxious on busy buses and in crowds and may refuse to travel.",
                  ["Travel training with a council travel trainer, 1:1, twice a week for 1.5 hours, for 10 weeks, on the bus route to her placement."],
                  ["By May 2027, Chloe will travel by bus to her placement with a travel buddy at a distance, on 5 consecutive journeys, signed off by the travel trainer."])]},
  sp={'strengths': 'Chloe walks independently for short distances.',
      'rows': [("Chloe has right-sided weakness and limited use of her right hand. She tires quickly and needs seating breaks.",
                ["Supported work placement at a charity shop, 1 day a week (5 hours) for 30 weeks, with a job coach (1:2), including adapted tasks and seated breaks every hour.", "Independent living skills in the college training flat, group of 4, 2 hours weekly, with a tutor."],
                ["By May 2027, Chloe will complete sorting, pricing and hanging stock at the charity shop for 2 hours with only 2 prompts, and get a positive employer reference.", "By May 2027, Chloe will cook a simple hot meal (pasta) safely using adapted equipment on 3 occassions, recorded by her tutor."])]},
  health={'strengths': 'Chloe enjoys being active, especially dancing.',
          'rows': [("Chloe has right hemiplegia (weakness on the right side) and tightness in her right calf. She is at risk of contractures.",
                    ["Adult community physiotherapy: physiotherapist review every 3 months (45 minutes) and a daily stretching programme, taught to Chloe and her mum, with college staff prompting it 3 times a week."],
                    ["By May 2027, Chloe will do her daily stretches herself at home using a picture sheet, on 5 days out of 7, recorded on her chart."]),
                   ("Chloe has epilepsy, well controlled with medication; her last seizure was in 2023.",
                    ["GP annual review of epilepsy medication and learning disability health check (Dr Grant, Canal Street Surgery); the college keeps an individual health care plan written with Chloe's mum using the GP's advice, reviewed each year by the college nurse."],
                    ["By May 2027, Chloe will tell staff herself when she feels unwell, using her communication book, recorded in her health log."])]},
  social={'strengths': 'Chloe has a loving and supportive mum.',
          'rows': [("Chloe has eligible needs under the Care Act 2014 (assessment March 2026): support to take part in community activities and to develop independent living skills; her mum needs breaks from caring.",
                    ["Not applicable – Chloe is over 18."],
                    ["Personal assistant 6 hours a week (Saturdays) for community activities and shopping; 10 nights a year respite at Elm Lodge; reviewed each year by the social worker."],
                    ["By May 2027, Chloe will go to the Saturday dance group every week with her personal assistant, and choose one new activity each term."])]},
  placement=('Brookside College', 'General further education college – Foundation Learning (post-19 programme, 3 days a week)'),
  pb=('Direct payment from Adult Social Care for the personal assistant (H2).', '£85 per week, managed by Chloe\'s mother.'),
  K=[(1, "Chloe's views and parent's advice", '14 April 2026', "Chloe (with her tutor) and Chloe's mother", 'YES'),
     (2, 'Educational advice', '20 April 2026', 'Mr D. Oduya, Curriculum Manager, Brookside College', 'YES'),
     (3, 'Physiotherapy advice', '10 April 2026', 'Adult Community Physiotherapy (Ian Clegg, Physiotherapist)', 'YES'),
     (4, None, '2 April 2026', 'Dr R. Grant, GP, Canal Street Surgery', 'YES'),
     (5, None, '21 November 2019', 'Dr P. Akhtar, Educational Psychologist', 'YES'),
     (6, None, '18 March 2026', 'Mr S. Vine, Social Worker, Adult Social Care', 'YES'),
     (7, 'Speech and language therapy advice', '15 April 2026', 'College therapy team (Mel Shaw, Speech and Language Therapist)', 'YES'),
     (8, None, '22 April 2026', 'Transition Coordinator, Brookside College', 'YES')],
  signoff_row=('Anna Clarke, SEND Officer (Post-16)', 'A. Clarke', '8 June 2026'),
  health_signoff=None),
 na=['SC-STATUTORY-LINK'],
 fail={'CA-ADVICE-AGE': 'K: "Educational psychologist | 21 November 2019 | Dr P. Akhtar" - about 6.5 years old when the plan was issued (8 June 2026)',
       'LG-SPELLING': '"on 3 out of 4 ocasions" and "on 3 occassions" (occasions)',
       'HC-DCO-SIGNOFF': 'health provision in G (physiotherapy, GP, epilepsy care plan) but no record that the DCO/commissioner agreed it'},
 why={'HC-ADVICE-PROVIDERS': 'pass: the providers in G (adult community physiotherapy, GP) both gave advice in K',
      'PC-OUTCOME-NOT-PROVISION': 'pass (trap): "get a positive employer reference" is an achievement'},
))
ALL_PLANS += PLANS
# ---------- build ----------
import sys, yaml
CRITERIA = ['CA-DATED', 'CA-ADVICE-AGE', 'CA-STATUTORY-ADVICE', 'CA-ANNUAL-REVIEW',
            'PC-OUTCOME-NOT-PROVISION', 'PC-SMART', 'PC-VOICE', 'PC-ASPIRATIONS', 'PC-ASPIRATION-LINK', 'PC-PFA', 'PC-STRENGTHS',
            'PR-VAGUE-WORDING', 'PR-QUANTIFIED', 'PR-OUTCOME-LINK',
            'HC-NEEDS', 'HC-PROVISION-SPECIFIC', 'HC-NEEDS-MET', 'HC-ADVICE', 'HC-DCO-SIGNOFF', 'HC-THERAPY-PLACEMENT', 'HC-ADVICE-PROVIDERS', 'HC-OUTCOMES',
            'SC-NEEDS', 'SC-STATUTORY-LINK', 'SC-PROVISION-SPECIFIC', 'SC-ADVICE', 'SC-RIGHT-SECTION',
            'LG-SPELLING', 'LG-GRAMMAR', 'LG-READABILITY', 'LG-JARGON']

def labels_for(P):
    lab = {}
    na = set(P.get('na', [])) | set(P.get('na_extra', []))
    for c in CRITERIA:
        if c in P['fail']: lab[c] = 'fail'
        elif c in na: lab[c] = 'na'
        else: lab[c] = 'pass'
    return lab

EXPAND = [  # (acronym regex, text that shows it is already explained, replacement for first use)
    (r'\bSENCo\b', 'co-ordinator', 'SENCo (special educational needs co-ordinator)'),
    (r'\bSEND\b', 'special educational needs and disabilit', 'SEND (special educational needs and disabilities)'),
    (r'\bSEN\b', 'special educational needs (SEN)', 'SEN (special educational needs)'),
    (r'\bNC [Yy]ear\b', 'National Curriculum', 'National Curriculum (NC) year'),
    (r'\bNCY\b', 'National Curriculum', 'National Curriculum year'),
    (r'\bTA\b', 'teaching assistant (TA)', 'teaching assistant (TA)'),
    (r'\bQTVI\b', 'qualified teacher of children with visual impairment', 'QTVI (qualified teacher of children with visual impairment)'),
    (r'\bVI\b', 'visual impairment (VI)', 'VI (visual impairment)'),
    (r'\bEAL\b', 'additional language', 'EAL (English as an additional language)'),
]

def expand_acronyms(P):
    """Caseworker habit: spell acronyms out on first use (plans meant for families)."""
    done = set()
    def fix(s):
        for i, (rx, known, new) in enumerate(EXPAND):
            if i in done:
                continue
            if known.lower() in s.lower():
                done.add(i); continue
            m = re.search(rx, s)
            if m:
                s = s[:m.start()] + new + s[m.end():]
                done.add(i)
        return s
    def walk(o):
        if isinstance(o, str): return fix(o)
        if isinstance(o, tuple): return tuple(walk(x) for x in o)
        if isinstance(o, list): return [walk(x) for x in o]
        if isinstance(o, dict): return {k: walk(v) for k, v in o.items()}
        return o
    Q = dict(P)
    keys = ['front'] + [k for k in ORDER if k in P] + (['NT'] if 'NT' in P else [])
    for k in keys:
        Q[k] = walk(P[k])
    return Q

def build(out):
    os.makedirs(os.path.join(out, 'plans'), exist_ok=True)
    entries = []
    for P in sorted(ALL_PLANS, key=lambda p: p['file']):
        R = P if P.get('keep_jargon') else expand_acronyms(P)
        RENDER[P['layout']](R, os.path.join(out, 'plans', P['file']))
        why = dict(P.get('why', {}))
        why.update(P['fail'])
        why = {k: why[k] for k in CRITERIA if k in why}
        entries.append({'file': P['file'], 'layout': P['layout'], 'age': P['age'], 'year_group': P['year_group'],
                        'needs': P['needs'], 'voice': P['voice'], 'labels': labels_for(P), 'why': why})
    import json
    q = lambda s: json.dumps(s, ensure_ascii=False)
    L = ['audit_date: 2026-12-01', 'plans:']
    for e in entries:
        L.append(f"  - file: {e['file']}")
        L.append(f"    layout: {e['layout']}")
        L.append(f"    age: {e['age']}")
        L.append(f"    year_group: {q(e['year_group'])}")
        L.append(f"    needs: [{', '.join(q(n) for n in e['needs'])}]")
        L.append(f"    voice: {q(e['voice'])}")
        L.append('    labels:')
        for c, v in e['labels'].items(): L.append(f'      {c}: {v}')
        L.append('    why:' + ('' if e['why'] else ' {}'))
        for c, v in e['why'].items(): L.append(f'      {c}: {q(v)}')
    with open(os.path.join(out, 'labels.yaml'), 'w') as f:
        f.write('\n'.join(L) + '\n')
    chk = yaml.safe_load(open(os.path.join(out, 'labels.yaml')))
    assert len(chk['plans']) == len(entries) and str(chk['audit_date']) == '2026-12-01'
    print('built', len(entries))

if __name__ == '__main__':
    build(os.path.dirname(os.path.abspath(__file__)))
