#!/usr/bin/env python3
"""generate.py – builds the 12 T1 validity-test EHC plans (Fellside County Council, fictional).
Run with /work/blind/.venv-T1/bin/python generate.py [ids...]. Plan text is Python data (PLANS);
one renderer per layout: heading2-numbered, ef-table, national-template."""
import copy
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

TEMPLATE = '/work/shared/reference/national-ehcp-template.docx'
COUNCIL = 'Fellside County Council'

SECTION_TITLES = {
    'A': 'Section A – Views, interests and aspirations',
    'B': 'Section B – Special educational needs',
    'C': 'Section C – Health needs related to special educational needs',
    'D': 'Section D – Social care needs related to special educational needs or disability',
    'E': 'Section E – Outcomes',
    'F': 'Section F – Special educational provision',
    'G': 'Section G – Health provision',
    'H1': 'Section H1 – Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970',
    'H2': 'Section H2 – Other social care provision reasonably required',
    'I': 'Section I – Placement',
    'J': 'Section J – Personal budget',
    'K': 'Section K – Advice and information gathered during the assessment',
}


def shade(cell, fill='D9E2F3'):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def bold_para(container, text):
    p = container.add_paragraph()
    p.add_run(text).bold = True
    return p


def set_cell(cell, text, bold=False):
    """Replace the cell's content with paragraphs (split on newlines)."""
    paras = text.split('\n') if text else ['']
    first = cell.paragraphs[0]
    for extra in cell.paragraphs[1:]:
        extra._element.getparent().remove(extra._element)
    for r in list(first.runs):
        r._element.getparent().remove(r._element)
    # drop any other block content (nested tables etc. are not used in the template cells)
    first.add_run(paras[0]).bold = bold
    for t in paras[1:]:
        p = cell.add_paragraph()
        p.add_run(t).bold = bold


def blocks(doc, items, h_style='Heading 3', sub_bold=False):
    """Render a list of blocks: ('h', text) ('p', text) ('ul', [..]) ('ol', [..]) ('b', text) bold para."""
    for kind, val in items:
        if kind == 'h':
            if sub_bold:
                bold_para(doc, val)
            else:
                doc.add_paragraph(val, style=h_style)
        elif kind == 'b':
            bold_para(doc, val)
        elif kind == 'p':
            doc.add_paragraph(val)
        elif kind == 'ul':
            for t in val:
                doc.add_paragraph(t, style='List Bullet')
        elif kind == 'ol':
            for t in val:
                doc.add_paragraph(t, style='List Number')
        else:
            raise ValueError(kind)


def front_table(doc, rows):
    t = doc.add_table(rows=0, cols=2)
    t.style = 'Table Grid'
    for label, value in rows:
        r = t.add_row().cells
        set_cell(r[0], label, bold=True)
        shade(r[0], 'EDEDED')
        set_cell(r[1], value)
    doc.add_paragraph()


def title(doc, plan):
    h = doc.add_paragraph(COUNCIL, style='Title')
    doc.add_paragraph('Education, Health and Care Plan' + (' – ' + plan['plan_type'] if plan.get('plan_type') else ''), style='Heading 1')


def k_table(doc, rows, header=('Advice or information', 'Given by', 'Date')):
    t = doc.add_table(rows=1, cols=3)
    t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, header):
        set_cell(c, h, bold=True)
        shade(c)
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)


# ---------------------------------------------------------------- heading2-numbered
def render_heading2(plan, path):
    doc = docx.Document()
    title(doc, plan)
    front_table(doc, plan['front'])
    for sec in ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K']:
        doc.add_paragraph(SECTION_TITLES[sec], style='Heading 2')
        if sec == 'K':
            blocks(doc, plan.get('K_intro', []))
            for advice, who, date in plan['K']:
                doc.add_paragraph(f'{advice} – {who} – {date}', style='List Bullet')
            blocks(doc, plan.get('K_after', []))
        else:
            blocks(doc, plan[sec])
    blocks(doc, plan.get('end', []))
    doc.save(path)


# ---------------------------------------------------------------- ef-table
def render_ef(plan, path):
    doc = docx.Document()
    title(doc, plan)
    front_table(doc, plan['front'])
    for sec in ['A', 'B', 'C', 'D']:
        doc.add_paragraph(SECTION_TITLES[sec], style='Heading 2')
        blocks(doc, plan[sec], sub_bold=True)
    doc.add_paragraph('Sections E and F – Outcomes and the special educational provision that will help '
                      + plan['name'] + ' achieve them', style='Heading 2')
    blocks(doc, plan.get('EF_intro', []))
    hdr = plan.get('EF_header', ('Outcome (Section E)', 'Provision (Section F)', 'How often and for how long', 'Who will provide it'))
    t = doc.add_table(rows=1, cols=4)
    t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, bold=True)
        shade(c)
    for area in plan['EF']:
        r = t.add_row()
        m = r.cells[0].merge(r.cells[3])
        set_cell(m, area['area'], bold=True)
        shade(m, 'EDEDED')
        for row in area['rows']:
            first = None
            for i, (prov, freq, who) in enumerate(row['prov']):
                cells = t.add_row().cells
                if i == 0:
                    first = cells[0]
                    set_cell(cells[0], row['outcome'])
                set_cell(cells[1], prov)
                set_cell(cells[2], freq)
                set_cell(cells[3], who)
            last = t.rows[-1].cells[0]
            if len(row['prov']) > 1:
                first.merge(last)
                # merging concatenates empty paragraphs; tidy trailing empties
                cell = t.rows[len(t.rows) - len(row['prov'])].cells[0]
                for p in cell.paragraphs[1:]:
                    if not p.text.strip():
                        p._element.getparent().remove(p._element)
    doc.add_paragraph()
    blocks(doc, plan.get('F_after', []), sub_bold=True)
    for sec in ['G', 'H1', 'H2', 'I', 'J']:
        doc.add_paragraph(SECTION_TITLES[sec], style='Heading 2')
        blocks(doc, plan[sec], sub_bold=True)
    doc.add_paragraph(SECTION_TITLES['K'], style='Heading 2')
    blocks(doc, plan.get('K_intro', []), sub_bold=True)
    k_table(doc, plan['K'])
    doc.add_paragraph()
    blocks(doc, plan.get('end', []), sub_bold=True)
    doc.save(path)


# ---------------------------------------------------------------- national-template
def _delete_row(table, idx):
    tr = table.rows[idx]._tr
    tr.getparent().remove(tr)


def _delete_table(table):
    el = table._element
    nxt = el.getnext()
    el.getparent().remove(el)
    # remove one following empty spacer paragraph
    if nxt is not None and nxt.tag == qn('w:p') and not ''.join(nxt.itertext()).strip():
        nxt.getparent().remove(nxt)


def _clone_row_after(table, idx):
    tr = table.rows[idx]._tr
    new = copy.deepcopy(tr)
    tr.addnext(new)
    return new


def _fill_rows(table, first_row, rows, ncols):
    """Fill need rows starting at first_row with the given tuples; delete unused ones."""
    max_rows = len(table.rows) - first_row
    while len(rows) > max_rows:
        _clone_row_after(table, len(table.rows) - 1)
        max_rows += 1
    for i, row in enumerate(rows):
        cells = table.rows[first_row + i].cells
        for j in range(ncols):
            set_cell(cells[j], row[j])
    for idx in range(len(table.rows) - 1, first_row + len(rows) - 1, -1):
        _delete_row(table, idx)


def render_national(plan, path):
    doc = docx.Document(TEMPLATE)
    T = doc.tables
    body = doc.element.body
    # plan details paragraphs after the template's Heading 1
    h1 = [p for p in doc.paragraphs if p.style.name == 'Heading 1'][0]
    anchor = h1
    for label, value in reversed(plan['front']):
        p = copy.deepcopy(doc.paragraphs[2]._element)  # an empty Normal paragraph
        h1._element.addnext(p)
    # now fill the inserted paragraphs
    paras = doc.paragraphs
    i0 = [i for i, p in enumerate(paras) if p.style.name == 'Heading 1'][0] + 1
    for k, (label, value) in enumerate(plan['front']):
        p = paras[i0 + k]
        r = p.add_run(label + ': ')
        r.bold = True
        p.add_run(value)
    p0 = paras[i0]
    pre = p0.insert_paragraph_before()
    pre.add_run(COUNCIL + ' – Education, Health and Care Plan').bold = True

    # table 0: personal details
    pd = plan['personal']
    t0 = T[0]
    set_cell(t0.rows[1].cells[1], pd['name']); set_cell(t0.rows[1].cells[3], pd.get('preferred', pd['name']))
    set_cell(t0.rows[2].cells[1], pd['dob'])
    set_cell(t0.rows[3].cells[1], pd['sex']); set_cell(t0.rows[3].cells[3], pd['ethnicity'])
    set_cell(t0.rows[4].cells[1], pd['lang']); set_cell(t0.rows[4].cells[3], pd['parent_lang'])
    set_cell(t0.rows[6].cells[1], pd['parent1']); set_cell(t0.rows[6].cells[3], pd['rel1'])
    for r in (7, 10):
        set_cell(t0.rows[r].cells[1], 'Held on the case record'); set_cell(t0.rows[r].cells[3], 'Held on the case record')
    set_cell(t0.rows[8].cells[1], 'Held on the case record (not shown in this copy)')
    set_cell(t0.rows[9].cells[1], pd.get('parent2', 'Not applicable')); set_cell(t0.rows[9].cells[3], pd.get('rel2', ''))
    set_cell(t0.rows[11].cells[1], pd.get('addr2', 'Same address'))
    # table 1: services
    sv = plan['services']
    for r, key in enumerate(['setting', 'gp', 'nhs', 'social', 'others', 'lac', 'was_lac', 'opp', 'moving'], start=1):
        set_cell(T[1].rows[r].cells[1], sv[key])
    # A1
    set_cell(T[2].rows[1].cells[1], plan['A1'])
    # A2
    a2 = plan['A2']
    set_cell(T[3].rows[3].cells[0], a2['views'])
    set_cell(T[3].rows[5].cells[0], a2['interests'])
    set_cell(T[3].rows[7].cells[0], a2['strengths'])
    set_cell(T[3].rows[9].cells[0], a2['aspirations'])
    # B-F-E areas
    area_tables = {'ci': T[4], 'cl': T[5], 'semh': T[6], 'sp': T[7]}
    for key, tbl in area_tables.items():
        area = plan['areas'].get(key)
        if area is None:
            _delete_table(tbl)
            continue
        set_cell(tbl.rows[2].cells[0], area['strengths'])
        _fill_rows(tbl, 4, area['rows'], 3)
    # C-G-E
    hc = plan['health']
    set_cell(T[8].rows[1].cells[0], hc['strengths'])
    _fill_rows(T[8], 3, hc['rows'], 3)
    if plan.get('health_agreement'):
        p = T[8]._element.getnext()
        para = docx.text.paragraph.Paragraph(p, T[8]._parent)
        para.add_run('Health agreement: ').bold = True
        para.add_run(plan['health_agreement'])
    # D-H1-H2-E
    sc = plan['social']
    set_cell(T[9].rows[1].cells[0], sc['strengths'])
    _fill_rows(T[9], 3, sc['rows'], 4)
    # I
    set_cell(T[10].rows[0].cells[1], plan['I_name'])
    set_cell(T[10].rows[1].cells[1], plan['I_type'])
    extra = plan.get('I_extra', [])
    for n, (a, b) in enumerate(extra[:2]):
        set_cell(T[10].rows[2 + n].cells[0], a, bold=True); set_cell(T[10].rows[2 + n].cells[1], b)
    for idx in range(3, 1 + len(extra), -1):
        _delete_row(T[10], idx)
    # J
    set_cell(T[11].rows[0].cells[1], plan['J_details'])
    set_cell(T[11].rows[1].cells[1], plan['J_arr'])
    # K: dict row_index -> (label or None, date, who, appended) ; extra rows appended after row 3
    K = T[12]
    for idx, (label, date, who, app) in plan['K_rows'].items():
        cells = K.rows[idx].cells
        if label is not None:
            set_cell(cells[0], label)
        set_cell(cells[1], date); set_cell(cells[2], who); set_cell(cells[3], app)
    for label, date, who, app in reversed(plan.get('K_extra', [])):
        new = _clone_row_after(K, 3)
        row = docx.table._Row(new, K)
        for c, v in zip(row.cells, (label, date, who, app)):
            set_cell(c, v)
    # sign-off
    set_cell(T[13].rows[1].cells[0], plan['signoff'][0])
    set_cell(T[13].rows[1].cells[1], plan['signoff'][1])
    set_cell(T[13].rows[1].cells[2], plan['signoff'][2])
    doc.save(path)


RENDERERS = {
    'heading2-numbered': render_heading2,
    'ef-table': render_ef,
    'national-template': render_national,
}

PLANS = {}
# ---------------------------------------------------------------- t101 (heading2-numbered, SOUND)
PLANS['t101'] = {
 'layout': 'heading2-numbered', 'name': 'Esme',
 'front': [
  ('First name', 'Esme'),
  ('Age and education phase', '2 years 9 months – early years (not yet of school age)'),
  ('Setting', 'Little Fells Day Nursery, Kirkby Fell (three days a week) and home'),
  ('Date this plan was issued', '14 July 2026'),
  ('Last annual review', 'Not applicable – this is Esme’s first Education, Health and Care (EHC) plan'),
  ('Next review', 'January 2027 (we review plans every six months while a child is under five)'),
  ('Plan co-ordinator', 'Rachel Haworth, EHC Co-ordinator, Fellside Special Educational Needs and Disabilities (SEND) Service'),
 ],
 'A': [
  ('h', 'A1 How we found out what Esme thinks and feels'),
  ('p', 'Esme is not yet using words or signs to tell us what she wants, so her views in this section come from people who know her well watching her at home and at nursery. Her Portage home visitor, her key worker at Little Fells and her Teacher of the Deaf each spent time playing with her between March and May 2026 and noted what she chose, what made her laugh and what she turned away from. Her mum and dad checked and added to these notes when we met at home to write this plan together on 2 June 2026.'),
  ('ul', [
   'Esme loves water play. She splashes with both hands, looks up at the adult and waits for them to splash back – this is her way of saying “again”.',
   'She reaches for the light-up drum and bangs it, then watches your face to see if you are pleased.',
   'When her cochlear implant processors come off she becomes still and quiet; when they are put back on she smiles and looks around for voices. Her family read this as Esme telling us she likes to hear.',
   'She pushes away spoons of lumpy food and opens her mouth for yoghurt and mashed banana.',
   'She dislikes being laid on her back on the floor and cries until she is helped to sit up.',
  ]),
  ('h', 'A2 What Esme’s family say'),
  ('p', 'Esme lives with her mum, her dad and her big brother Alfie, who is six. Her mum told us: “Esme is a really happy, nosy little girl. She wants to be in the middle of everything. We have had a lot of hospital appointments since she was born and it is a relief to have one plan that brings everybody together.”'),
  ('p', 'Her dad said the family have been learning British Sign Language (BSL) at an evening class in Hawes Bridge since January, and they would like nursery staff to use the same signs so that Esme sees them everywhere. They would like help to understand what the cochlear implants can and cannot do, and they worry about how Esme will cope in a busy room when she starts school.'),
  ('h', 'A3 What is important to Esme and her family'),
  ('ul', [
   'Being held upright or supported in sitting so she can see what is going on.',
   'Adults getting down to her level, facing her, so she can see their faces and hands.',
   'Her processors being checked and put on as soon as she wakes up.',
   'Alfie – she watches him constantly and laughs at his games.',
   'A quiet space to rest after lunch; she tires quickly after busy mornings.',
  ]),
  ('h', 'A4 Hopes and aspirations'),
  ('p', 'Esme’s parents hope that she will be able to tell them what she wants, using signs and, in time, spoken words. They would love her to sit on her own and move around the house by herself so that she can follow Alfie. Looking further ahead, they hope she will go to her local primary school with the help she needs, have friends there and join in with the things other children do, such as swimming and birthday parties.'),
  ('h', 'A5 Esme’s story so far'),
  ('p', 'Esme was born at Calderbeck Royal Children’s Hospital and was found to have congenital cytomegalovirus (CMV) infection, a virus passed on before birth. CMV caused a profound hearing loss in both of Esme’s ears and has slowed her early development. She received two cochlear implants in November 2025; they were switched on in January 2026. Since then her family and the professionals who work with her have noticed her turning to sounds and voices, and she now babbles far more than she did before.'),
 ],
 'B': [
  ('p', 'Esme has special educational needs in three areas. Her strengths are described first in each area, because they are what we build on.'),
  ('h', 'B1 Communication and interaction'),
  ('p', 'What Esme does well: Esme makes good eye contact and takes turns in simple games such as peek-a-boo. She uses her voice to get attention and has started to copy the shape of adults’ mouths. She understands about ten signs in context, including MILK, MORE, FINISHED and BATH, and responds to her own name when it is said close to her with her processors on.'),
  ('p', 'What Esme finds hard: Esme is at a very early stage of listening through her implants. She does not yet use any words or signs herself. She can only pick out voices when the room is quiet and the speaker is within about a metre. She needs adults to use sign and speech together, all day, so that she can build up language.'),
  ('h', 'B2 Cognition and learning'),
  ('p', 'What Esme does well: Esme is curious. She explores toys with her hands and mouth, bangs objects together and looks for a toy that has been partly hidden under a cloth. She enjoys cause-and-effect toys and will press a large switch to make a light come on.'),
  ('p', 'What Esme finds hard: her Portage assessment in April 2026 placed most of her skills at around the level of a 10 to 14 month old child. She needs learning broken into small steps, repeated many times, with an adult showing her what to do.'),
  ('h', 'B3 Physical and sensory'),
  ('p', 'What Esme does well: Esme holds her head steady, rolls in both directions and sits on the floor for up to two minutes before she topples. She reaches and grasps with both hands and can pass a toy from one hand to the other.'),
  ('p', 'What Esme finds hard: Esme has low muscle tone (her muscles are floppy) and poor balance, which is linked to her CMV. She is not yet crawling or standing. She needs a supportive chair for meals and table-top play and a standing frame, and she needs daily practice of the movements her physiotherapist has shown her family and nursery. Her hearing loss is described in B1 and Section C.'),
 ],
 'C': [
  ('p', 'Esme has no difficulty with feeding, swallowing or her breathing, and she is growing well along her centile line. She does have the following health needs, which relate to her special educational needs:'),
  ('h', 'C1 Hearing'),
  ('p', 'Esme has a profound hearing loss in both ears caused by congenital CMV. She uses two cochlear implants. The implant team at Calderbeck Royal Children’s Hospital programme (“map”) her processors and check how she is hearing with them. Her processors must be worn during all waking hours, checked daily and kept charged; a spare set is kept at home.'),
  ('h', 'C2 Movement and posture'),
  ('p', 'Esme’s low muscle tone and balance difficulties mean she needs a physiotherapy programme, specialist seating and a standing frame to help her muscles and hips develop well.'),
  ('h', 'C3 Development and general health'),
  ('p', 'Esme is seen by the community paediatrician every six months to check her growth, development and any later effects of CMV, including on her eyesight. Her last eye check in March 2026 found no concerns.'),
 ],
 'D': [
  ('p', 'Esme does not have social care needs that require provision in this plan. The Disabled Children’s Team at Fellside County Council completed a social care assessment on 21 April 2026 and found that her needs are being met by her family with the support of universal and health services. Esme’s parents were given information about short breaks and the Fellside Local Offer during the assessment. They have decided to take up the Saturday “Little Movers” inclusive play group listed in the Local Offer and will contact the team if their circumstances change.'),
 ],
 'E': [
  ('p', 'These outcomes were agreed with Esme’s parents on 2 June 2026. Each outcome is to be reached by the end of July 2027; we will check progress at the six-month review in January 2027.'),
  ('h', 'E1 Communication and interaction'),
  ('ol', [
   'By July 2027, Esme will use at least 15 different signs or spoken words on her own to ask for things she wants (for example MORE, DRINK, BUBBLES), each seen on three separate days, recorded by her key worker and her parents in her communication diary.',
   'By July 2027, Esme will turn to her name when it is called from two metres away in a quiet room on 8 out of 10 tries, recorded by her Teacher of the Deaf on her termly listening checklist.',
  ]),
  ('h', 'E2 Cognition and learning'),
  ('ol', [
   'By July 2027, Esme will finish a simple three-piece inset puzzle and post shapes into a shape sorter with no more than one adult prompt, on three out of four observed sessions, recorded by her Portage home visitor.',
   'By July 2027, Esme will choose between two objects or pictures by reaching or pointing, in five different daily routines (snack, dressing, play, bath and bedtime), as noted in her nursery learning journal.',
  ]),
  ('h', 'E3 Physical and sensory'),
  ('ol', [
   'By July 2027, Esme will sit on the floor without support for five minutes while playing with both hands, measured by her physiotherapist at her half-termly visit.',
   'By July 2027, Esme will access the nursery garden and home corner on her own by crawling or bottom-shuffling on four out of five observed sessions, recorded by her key worker.',
   'By July 2027, Esme will keep both cochlear implant processors on for her whole nursery session on at least four out of five days each week, recorded on the nursery’s daily processor checklist.',
  ]),
 ],
 'F': [
  ('h', 'F1 Communication and interaction'),
  ('ul', [
   'A qualified Teacher of the Deaf from the Fellside Sensory Support Service will visit Esme at home or at nursery once a week for one hour during term time. The visit will include direct listening and language work with Esme and her parent or key worker, and checking that her processors are working.',
   'Throughout every nursery session, Esme’s key worker and the room staff will use sign-supported English alongside speech, face Esme when speaking, and keep background noise low at group times. All staff in Esme’s room will complete Level 1 British Sign Language training (a 10-week evening course, two hours a week, run by Fellside Deaf Centre) by December 2026, funded by the nursery’s EHC plan top-up.',
   'A speech and language therapist (SLT) from Fellside Children’s Speech and Language Therapy Service will see Esme for a block of six individual 40-minute sessions each term, at home or nursery, to teach early listening and turn-taking skills, and will set a home and nursery programme. The programme will be practised with Esme for 10 minutes twice a day by her key worker on nursery days.',
   'January 2027: the Teacher of the Deaf and the speech and language therapist will carry out a joint assessment (one 90-minute visit) to update Esme’s targets for the six-month review.',
  ]),
  ('h', 'F2 Cognition and learning'),
  ('ul', [
   'Portage home visiting by a trained Portage home visitor from Fellside Early Years Inclusion Team: one 90-minute visit every fortnight in term time, with a written activity plan left for the family and shared with nursery.',
   'At nursery, Esme will have 1:1 adult support from a practitioner with Level 3 early years training for all of her three 6-hour sessions a week (18 hours a week), so that an adult is always close enough to sign to her, model play and keep her safe.',
   'Her key worker will teach Esme’s Portage targets through play for 15 minutes, three times in each nursery session, working with her on her own or alongside one other child.',
  ]),
  ('h', 'F3 Physical and sensory'),
  ('ul', [
   'Esme’s 1:1 practitioner will carry out her physiotherapy positioning programme every nursery day: 20 minutes in the standing frame before lunch and supported floor-sitting practice for 10 minutes, three times a day, as shown by her physiotherapist.',
   'Specialist seating (a small supportive chair with a tray) and a standing frame, provided and maintained by Fellside Community Equipment Service, will be kept at nursery; a second chair is provided at home.',
   'A children’s occupational therapist (OT) from Fellside Children’s Therapy Service will make one 60-minute visit to nursery each half term to teach staff how to position Esme for play and feeding and to review her seating.',
   'A nursery room with soft furnishings and carpet has been agreed so that sound is less echoey; the nursery manager will keep the quiet corner free for Esme’s rest after lunch each day.',
  ]),
 ],
 'G': [
  ('p', 'The following health provision is reasonably required by Esme’s learning difficulties and disabilities.'),
  ('h', 'G1 Cochlear implant care'),
  ('ul', [
   'Calderbeck Royal Children’s Hospital Cochlear Implant Programme: programming (“mapping”) appointments every three months during 2026, then every six months from January 2027, with an audiologist and a habilitation specialist, each lasting about two hours.',
   'Replacement parts and batteries for the processors are supplied by the implant programme; the family and nursery can phone the programme’s repair line on weekdays and a loan processor will be posted the same day.',
  ]),
  ('h', 'G2 Physiotherapy'),
  ('ul', [
   'A children’s physiotherapist from Fellside Children’s Therapy Service will see Esme at nursery or home every half term for 45 minutes, update her positioning programme and show her family and key worker how to carry it out.',
   'The physiotherapist will review Esme’s need for ankle supports in October 2026.',
  ]),
  ('h', 'G3 Paediatric review'),
  ('ul', [
   'Dr Amir Khalid, Consultant Community Paediatrician, will see Esme in clinic every six months to monitor her growth, development and the effects of CMV, and will arrange a yearly eye check with the orthoptist at Calderbeck.',
  ]),
  ('p', 'Health agreement: the health provision in this section was reviewed and agreed by Dr Sarah Blamire, Designated Medical Officer for SEND, NHS Fellside and Dales Integrated Care Board (ICB), on 8 July 2026.'),
 ],
 'H1': [
  ('p', 'None. Short breaks were considered as part of the Disabled Children’s Team assessment on 21 April 2026 (see Section D); Esme’s family chose a Local Offer activity instead.'),
 ],
 'H2': [
  ('p', 'None at this time. The family have the contact details for the Fellside Early Help Hub if they would like family support later.'),
 ],
 'I': [
  ('p', 'Little Fells Day Nursery, Kirkby Fell (private, voluntary and independent early years provider), three days a week during term time.'),
 ],
 'J': [
  ('p', 'Esme’s parents have not asked for a personal budget. They were told about personal budgets at the planning meeting on 2 June 2026.'),
 ],
 'K_intro': [('p', 'The following advice and information was gathered for this assessment.')],
 'K': [
  ('Parents’ views and contribution', 'Esme’s mum and dad', '2 June 2026'),
  ('Educational advice (early years)', 'Joanne Tweddle, Portage Home Visitor, Fellside Early Years Inclusion Team, with Little Fells Day Nursery', '24 April 2026'),
  ('Educational advice (hearing impairment)', 'Mark Sowerby, qualified Teacher of the Deaf, Fellside Sensory Support Service', '6 May 2026'),
  ('Psychological advice', 'Dr Nicola Frith, Educational Psychologist (EP), Fellside Educational Psychology Service', '12 May 2026'),
  ('Medical advice', 'Dr Amir Khalid, Consultant Community Paediatrician, Fellside Community Child Health', '18 April 2026'),
  ('Cochlear implant report', 'Helen Airey, Clinical Scientist (Audiology), Calderbeck Royal Children’s Hospital Cochlear Implant Programme', '3 March 2026'),
  ('Physiotherapy advice', 'Laura Dent, Children’s Physiotherapist, Fellside Children’s Therapy Service', '30 April 2026'),
  ('Speech and language therapy advice', 'Kate Bellis, Speech and Language Therapist, Fellside Children’s Speech and Language Therapy Service', '7 May 2026'),
  ('Occupational therapy advice', 'Priya Nair, Children’s Occupational Therapist, Fellside Children’s Therapy Service', '1 May 2026'),
  ('Social care advice', 'Carl Pickthall, Social Worker, Disabled Children’s Team, Fellside County Council', '21 April 2026'),
 ],
 'end': [('p', 'Signed on behalf of Fellside County Council: Rachel Haworth, EHC Co-ordinator, 14 July 2026.')],
}

# ---------------------------------------------------------------- t102 (heading2-numbered, FAIL)
PLANS['t102'] = {
 'layout': 'heading2-numbered', 'name': 'Oliver', 'plan_type': 'amended following annual review',
 'front': [
  ('First name', 'Oliver'),
  ('School year', 'Year 10 (age 15)'),
  ('Setting', 'Thornsgill Academy (mainstream secondary school)'),
  ('Date of last annual review', '9 March 2026'),
  ('Date this plan was issued', '17/04/2026'),
  ('Plan co-ordinator', 'Gareth Lund, Education, Health and Care (EHC) Co-ordinator, Fellside Special Educational Needs and Disabilities (SEND) Service'),
 ],
 'A': [
  ('h', 'A1 About Oliver'),
  ('p', 'Oliver is a 15-year-old young man who lives with his mum, his stepdad and his two younger sisters in Ravenbeck. He has Duchenne muscular dystrophy, a genetic condition that causes the muscles to weaken over time. Oliver has used a powered wheelchair full time since he was eleven. He is in Year 10 at Thornsgill Academy, where he has been since Year 7, and he is taking eight GCSE (General Certificate of Secondary Education) subjects.'),
  ('p', 'Oliver was not able to attend his annual review meeting on 9 March 2026 because of a hospital appointment. The views below were given by his parents and by school staff at the meeting.'),
  ('h', 'A2 What Oliver’s parents say'),
  ('p', 'Mum said: “Oliver is bright, funny and stubborn – in a good way. He has always wanted to do things for himself. He gets frustrated that his hands tire so quickly now, especially with writing, and he hates having to ask for help in front of his mates. He is very into computers and gaming and he is the one who sorts out everybody’s phones at home.”'),
  ('p', 'His stepdad added that Oliver is tired by the end of the school day and sometimes too tired to do homework. The family feel that school know Oliver well and want the current support to carry on. They asked for more information about what happens after Year 11.'),
  ('h', 'A3 What school say'),
  ('p', 'Mrs Dobson, Special Educational Needs Co-ordinator (SENCo), said that Oliver is popular and has a settled group of friends who look out for him. He is working at or close to expected levels in most subjects and is predicted grades 5 to 6 in computer science and maths. Staff have noticed that he is quieter than last year and sometimes seems low, particularly after hospital visits.'),
  ('h', 'A4 Interests'),
  ('ul', [
   'Computers, coding and gaming – Oliver builds games in a free coding program at home.',
   'Powerchair football – he plays for the Fellside Falcons on Sunday mornings.',
   'Music, especially anything his sisters say is terrible.',
  ]),
  ('h', 'A5 Aspirations'),
  ('p', 'Oliver’s parents hope he will stay on at college after Year 11 and study computing, possibly at university. In the longer term they would like him to live in his own adapted flat with personal assistants, to keep his friends and his football, and to stay as well as possible for as long as possible.'),
 ],
 'B': [
  ('h', 'B1 Cognition and learning'),
  ('p', 'Strengths: Oliver has good verbal reasoning and a strong memory. He learns quickly when he can see a worked example, and he is confident with logic and problem solving. His reading age (tested in January 2026) is in line with his age.'),
  ('p', 'Needs: Oliver’s muscle weakness means he tires quickly when writing by hand and he cannot produce the same amount of written work as his classmates. His written answers are often shorter than his spoken answers. He finds it hard to organise longer pieces of work and to keep up with homework when he is tired or has missed lessons for appointments.'),
  ('h', 'B2 Social, emotional and mental health'),
  ('p', 'Strengths: Oliver is sociable, has a good sense of humour and is well liked. He talks openly to trusted adults.'),
  ('p', 'Needs: Oliver is becoming more aware of how his condition is progressing. School have noticed he is quieter, and he sometimes refuses help that he needs because he does not want to look different. He needs a trusted adult to talk to and planned, discreet support.'),
  ('h', 'B3 Physical and sensory'),
  ('p', 'Strengths: Oliver drives his powered wheelchair skilfully and independently around school. He can use a keyboard and a mouse for short periods and uses voice-typing well.'),
  ('p', 'Needs: Oliver needs help from an adult for all transfers (using a hoist), for toileting and for some personal care. He has reduced strength in his arms and hands and needs equipment set at the right height. He needs a daily stretching routine and must avoid getting cold or overtired. He cannot carry his own bag or equipment.'),
 ],
 'C': [
  ('p', 'Awaiting updated health advice from the Neuromuscular Service at Calderbeck Royal Children’s Hospital. This section will be completed when the report is received.'),
 ],
 'D': [
  ('p', 'Oliver needs help from two adults with hoisting and personal care at home, morning and evening. His mum is his main carer and also cares for his two younger sisters. A social care assessment by the Disabled Children’s Team on 2 February 2026 found that Oliver needs adapted equipment at home and support with personal care to give his family a break, and that Oliver would benefit from time with friends away from his family.'),
 ],
 'E': [
  ('p', 'The outcomes below are to be achieved by the end of Year 11 (July 2027) unless another date is given.'),
  ('h', 'E1 Cognition and learning'),
  ('ol', [
   'By February 2027, Oliver will use voice-typing software to complete every extended written answer in his English and history mock exams, writing at least 400 words in each answer, as checked by his English teacher.',
   'By July 2027, Oliver will hand in at least 9 out of 10 homework tasks set each half term on or before the deadline, using his online planner, as recorded by his form tutor.',
   'By July 2027, Oliver will plan and write an extended answer (six marks or more) using a writing frame, with no adult prompts, in three consecutive science assessments, marked by his science teacher.',
  ]),
  ('h', 'E2 Social, emotional and mental health'),
  ('ol', [
   'By December 2026, Oliver will tell his key adult how he is feeling using a 1 to 10 scale at every weekly check-in, and will choose one agreed strategy when he scores 4 or below, as logged by the key adult.',
  ]),
  ('h', 'E3 Physical and sensory'),
  ('ol', [
   'By July 2027, Oliver will ask a member of staff for help with his equipment in class, using an agreed discreet signal, in every lesson where he needs it, as recorded by his teaching assistant on a weekly tracker.',
  ]),
 ],
 'F': [
  ('h', 'F1 Cognition and learning'),
  ('ul', [
   'A laptop with voice-typing software and word prediction, set up and kept up to date by the academy’s information technology (IT) technician, for use in every lesson and at home.',
   '25% extra time and use of a laptop with the spelling checker turned off in all tests, mock examinations and GCSE examinations, applied for and arranged by the SENCo with the exams officer.',
   'A teaching assistant (TA) trained in the use of his software will work 1:1 with Oliver as his scribe in practical subjects and will copy up board work for him, for 25 hours per week across the timetable.',
   'Study skills sessions with the SENCo, 1:1, 30 minutes once a week for six weeks then review, to teach Oliver to plan extended answers with a writing frame and to use his online planner.',
  ]),
  ('h', 'F2 Social, emotional and mental health'),
  ('ul', [
   'A named key adult (a higher level teaching assistant who has completed Emotional Literacy Support Assistant (ELSA) training) will meet Oliver 1:1 for a 20-minute check-in every Monday morning, and for a 45-minute ELSA session every other Thursday.',
  ]),
  ('h', 'F3 Physical and sensory'),
  ('ul', [
   'Two adults trained in moving and handling by the academy’s moving and handling trainer (refreshed every 12 months) will carry out all hoisting and personal care at school, four times each day (on arrival, before lunch, after lunch and before home time), following his personal care plan.',
   'A children’s occupational therapist (OT) from Fellside Children’s Therapy Service will visit school once a term for one hour to assess Oliver’s seating, desk height and access to the computer, and to train his TAs in hand and arm care.',
   'A height-adjustable desk in each teaching room Oliver uses and a ceiling track hoist in the accessible toilet, provided by the academy and serviced every six months by the manufacturer.',
   'A personal evacuation plan, reviewed by the SENCo and the site manager every September.',
  ]),
 ],
 'G': [
  ('h', 'G1 Physiotherapy'),
  ('ul', [
   'A children’s physiotherapist from Fellside Children’s Therapy Service will review Oliver at school once every half term for 45 minutes and will update his stretching programme and train the TAs who carry it out.',
   'Hydrotherapy in the Calderbeck Royal Children’s Hospital pool, 30 minutes every fortnight in term time, led by a physiotherapist from Fellside Children’s Therapy Service.',
   'Night splints for both ankles, made and reviewed every six months by the physiotherapy service.',
  ]),
  ('p', 'Health agreement: the health provision in this section was agreed by Dr Sarah Blamire, Designated Medical Officer for SEND, NHS Fellside and Dales Integrated Care Board, on 14 April 2026.'),
 ],
 'H1': [
  ('ul', [
   'A ceiling track hoist and a profiling bed at home, provided and maintained by Fellside Community Equipment Service (installed December 2025, serviced every six months).',
   'Personal care support at home from two trained carers from Dalesway Home Care, two evenings a week (Tuesday and Thursday) for two hours each evening, funded by the Disabled Children’s Team.',
  ]),
 ],
 'H2': [
  ('ul', [
   'A place at the Fellside Youth Inclusion Club, every Friday evening from 6pm to 8:30pm, with a support worker from the Disabled Children’s Team, to spend time with friends away from home.',
  ]),
 ],
 'I': [('p', 'Thornsgill Academy, Ravenbeck – mainstream secondary academy.')],
 'J': [('p', 'Oliver’s family receive a direct payment from the Disabled Children’s Team for the home care support in H1 (four hours a week). No personal budget has been requested for education provision.')],
 'K': [
  ('Parents’ views', 'Oliver’s mum and stepdad', '9 March 2026'),
  ('Educational advice – annual review report', 'Mrs Claire Dobson, SENCo, Thornsgill Academy', '23 February 2026'),
  ('Medical advice (neuromuscular review, including heart and breathing checks and steroid treatment)', 'Dr Paul Gilchrist, Consultant Paediatric Neurologist, Neuromuscular Service, Calderbeck Royal Children’s Hospital', '20 January 2026'),
  ('Psychological advice', 'Dr Hannah Wray, Educational Psychologist, Fellside Educational Psychology Service', '11 February 2026'),
  ('Physiotherapy advice', 'Ben Aspinall, Children’s Physiotherapist, Fellside Children’s Therapy Service', '29 January 2026'),
  ('Occupational therapy advice', 'Lucy Hird, Children’s Occupational Therapist, Fellside Children’s Therapy Service', '4 February 2026'),
  ('Social care advice', 'Dawn Ellwood, Social Worker, Disabled Children’s Team, Fellside County Council', '2 February 2026'),
  ('Preparing for adulthood advice', 'Jo Metcalfe, Careers Adviser, Fellside Youth Support Service', '2 March 2026'),
 ],
 'end': [('p', 'Signed on behalf of Fellside County Council: Gareth Lund, EHC Co-ordinator, 17 April 2026.')],
}

# ---------------------------------------------------------------- t103 (heading2-numbered, FAIL)
PLANS['t103'] = {
 'layout': 'heading2-numbered', 'name': 'Freya', 'plan_type': 'amended following annual review',
 'front': [
  ('First name', 'Freya'),
  ('School year', 'Year 3'),
  ('Age', '8'),
  ('Setting', 'Greystones School, Askerdale (special school for pupils with complex needs)'),
  ('Last annual review', '12th June 2026'),
  ('Date this plan was issued', '10th July 2026'),
  ('Plan co-ordinator', 'Rachel Haworth, Education, Health and Care (EHC) Co-ordinator, Fellside Special Educational Needs and Disabilities (SEND) Service'),
 ],
 'A': [
  ('h', 'A1 What Freya told us'),
  ('p', 'Freya uses an eye-gaze communication device and a paper “talking mat” with symbols. Her class teacher, Miss Harker, sat with her over two sessions in May 2026 and asked her about school, home and what she would like to get better at. Freya looked at the symbols to answer, and Miss Harker wrote down her choices in Freya’s words:'),
  ('ul', [
   '“I like music, swimming and my friend Isla.”',
   '“I don’t like the hoist. It is scary when it goes up high.”',
   '“I want to talk more with my computer.”',
   '“I want to eat proper food like my brother.”',
   '“Dinner time is too noisy.”',
  ]),
  ('h', 'A2 What Freya’s family told us'),
  ('p', 'Freya lives with her mum, dad and brother Jacob, who is 11. Her parents describe her as “a determined little girl with a wicked laugh”. They are very proud of how she has learnt to use her eye-gaze device over the last year and would like school to keep building on this. Freya has had a seperate feeding plan since she was a baby and her parents would love her to enjoy tastes of food by mouth safely. They are tired because Freya wakes often in the night and they value the short breaks she has at Birkrigg House.'),
  ('h', 'A3 What people like and admire about Freya'),
  ('ul', [
   'She is sociable and loves being with other children.',
   'She is a quick learner on her eye-gaze device and now uses more than 60 symbols.',
   'She is brave at hospital appointments.',
   'She has a great sense of fun and notices when someone is sad.',
  ]),
  ('h', 'A4 Aspirations'),
  ('p', 'Freya wants to “talk more” and to eat like her brother. Her parents hope that she will be able to tell anyone what she wants and how she feels using her device, take part in everything at school, and one day go to a youth club with her friends. In the longer term they hope she will have as much choice and control over her own life as possible.'),
 ],
 'B': [
  ('h', 'B1 Communication and interaction'),
  ('p', 'Freya understands much of what is said to her in familiar routines and follows two-part instructions when they are supported with symbols. She has no speech and uses vocalising, facial expressions and eye pointing. She uses her eye-gaze device to make requests and comment, with 60 symbols across four pages. She is at the begining of learning to use it to ask questions, say how she feels and to use it in new places. She takes longer to respond and needs adults to wait for up to 15 seconds.'),
  ('h', 'B2 Cognition and learning'),
  ('p', 'Freya is working within the school’s pre-formal and semi-formal curriculum. She can match pictures and objects, recognise her own name and the names of her classmates, and count to five using her device. She needs learning set out in small steps with lots of repetition and needs materials positioned where she can see and reach them.'),
  ('h', 'B3 Physical and sensory'),
  ('p', 'Freya has bilateral cerebral palsy affecting all four limbs. She uses a specialist wheelchair which she cannot propel herself, and needs two adults and a hoist for every transfer. She has some control of her right arm and can press a large switch. She needs daily standing and stretching and a change of position every 45 minutes. She tires easily and her concentration drops in the afternoons.'),
  ('h', 'B4 Social, emotional and mental health'),
  ('p', 'Freya is happy and settled at school. She can become upset in noisy and crowded places such as the dining hall, and needs a calm space and an adult she knows to help her settle.'),
 ],
 'C': [
  ('h', 'C1 Epilepsy'),
  ('p', 'Freya has epilepsy. She takes daily medication and has an individual healthcare plan, which includes emergency rescue medication (buccal midazolam) if a seizure lasts more than five minutes. She had four seizures at school in the last year, usually when she was tired or unwell.'),
  ('h', 'C2 Eating, drinking and nutrition'),
  ('p', 'Freya is fed through a gastrostomy (a tube into her stomach). She is at risk of food going into her lungs if she eats by mouth, so any tastes of food must follow the plan written by her speech and language therapist. She has reflux and needs to stay upright for 30 minutes after each feed.'),
  ('h', 'C3 Movement and posture'),
  ('p', 'Freya’s cerebral palsy causes stiffness in her muscles. She is at risk of hip problems and needs a postural management programme (standing frame, sleep system, stretches) and yearly hip X-rays.'),
 ],
 'D': [
  ('p', 'Freya needs help with every part of her personal care, day and night, and her parents have a broken night’s sleep most nights. A social care assessment by the Disabled Children’s Team on 14 April 2026 found that the family need regular short breaks to continue caring for Freya at home untill she is older, and that Freya enjoys time with other children away from home.'),
 ],
 'E': [
  ('p', 'We will check progress towards these outcomes at Freya’s next annual review in June 2027.'),
  ('h', 'E1 Communication and interaction'),
  ('ol', [
   'By June 2027, Freya will use her eye-gaze device to ask a question (who, where or what) at least three times a day in class, as recorded by her class team on her communication log.',
   'Staff will support Freya to use her eye-gaze device in all lessons and at break times.',
  ]),
  ('h', 'E2 Cognition and learning'),
  ('ol', [
   'By June 2027, Freya will count up to ten objects using her device, with one-to-one correspondence, on four out of five occasions, recorded by her teacher in her maths assessment.',
   'By June 2027, Freya will choose the next activity from a symbol timetable of three choices at each change of lesson on four days out of five, as noted by her class teacher.',
  ]),
  ('h', 'E3 Physical and sensory'),
  ('ol', [
   'Freya will be given daily standing frame sessions and stretches at school.',
   'By June 2027, Freya will press her switch to start and stop music in her music lesson within five seconds of a verbal cue, on 8 out of 10 tries, recorded by her teaching assistant.',
  ]),
  ('h', 'E4 Health and wellbeing'),
  ('ol', [
   'By June 2027, Freya will take ten teaspoons of a smooth purée during her lunch tasting session, with no signs of coughing or distress, on four days out of five, as recorded on her eating and drinking chart.',
   'By June 2027, Freya will use her “I feel poorly” symbol to tell an adult when she feels unwell, on every occasion staff see early signs that she is unwell, as recorded on her healthcare log.',
  ]),
 ],
 'F': [
  ('h', 'F1 Communication and interaction'),
  ('ul', [
   'A class of no more than eight pupils, with a qualified teacher and three teaching assistants (TAs), in which every adult uses Freya’s eye-gaze device and symbols throughout the school day.',
   'Her eye-gaze device will be set up at the start of each session by a TA trained by the school’s assistive technology lead, and kept charged and updated; the lead will add new vocabulary every half term.',
   'Adults will wait at least 15 seconds for Freya to respond before repeating or rephrasing.',
  ]),
  ('h', 'F2 Cognition and learning'),
  ('ul', [
   'Daily individual teaching of maths and early reading for 20 minutes each, 1:1 with a TA, following targets set by the class teacher each half term.',
   'A symbol timetable at the front of the class and a personal choice board mounted on her wheelchair, prepared by the class team each day.',
  ]),
  ('h', 'F3 Physical and sensory'),
  ('ul', [
   'Two adults trained in moving and handling will carry out all transfers using the classroom ceiling hoist. Training is refreshed yearly by the school’s moving and handling trainer.',
   'Freya will be repositioned every 45 minutes (wheelchair, side-lying, standing frame), following her postural management programme, by a trained TA.',
   'A large button switch mounted on her wheelchair tray, provided by the school’s assistive technology lead, for use in music, cooking and computer sessions every day.',
  ]),
  ('h', 'F4 Social, emotional and mental health'),
  ('ul', [
   'Freya will have her lunch in the small quiet dining room with two classmates and a familiar TA every day, and will have a five-minute calm-down time in the sensory room when she becomes distressed, with the same TA.',
  ]),
 ],
 'G': [
  ('h', 'G1 Epilepsy'),
  ('ul', [
   'The Children’s Epilepsy Nurse Specialist, Calderbeck Royal Children’s Hospital, will train all staff in Freya’s class in her individual healthcare plan and the use of rescue medication once a year (a two-hour session) and will review the plan every six months.',
  ]),
  ('h', 'G2 Gastrostomy and feeding'),
  ('ul', [
   'The Fellside Community Children’s Nursing Team will train named TAs to give Freya’s gastrostomy feeds and to care for her tube, in a three-hour session each September, and will check their competency every term.',
   'A paediatric dietitian from Calderbeck Royal Children’s Hospital will review Freya’s feeding regime every three months in clinic.',
  ]),
  ('h', 'G3 Therapies'),
  ('ul', [
   'Speech and language therapy: a speech and language therapist from Fellside Children’s Speech and Language Therapy Service will see Freya 1:1 for 30 minutes every week in term time to teach her new vocabulary on her eye-gaze device and to develop her questioning, and will review her eating and drinking plan each half term.',
   'Occupational therapy: a children’s occupational therapist will work with Freya 1:1 for 45 minutes every fortnight to teach her to use her right arm and hand for switch access and for dressing tasks, and will set a daily hand programme for school.',
   'Physiotherapy: a children’s physiotherapist from Fellside Children’s Therapy Service will see Freya at school for one hour every half term, will review her postural management programme and will train the TAs who carry out her daily stretches. Freya will continue to recieve yearly hip X-rays arranged by the physiotherapist with the orthopaedic team.',
  ]),
  ('p', 'Health agreement: reviewed and agreed by Dr Sarah Blamire, Designated Medical Officer for SEND, NHS Fellside and Dales Integrated Care Board, 7 July 2026.'),
 ],
 'H1': [
  ('ul', [
   'Overnight short breaks at Birkrigg House (a residential short break unit with nursing staff), one night every fortnight, arranged by the Disabled Children’s Team.',
   'A place at the Saturday Splash Club, 10am to 12pm every other Saturday in term time, with 1:1 staffing, funded by the Disabled Children’s Team.',
  ]),
 ],
 'H2': [
  ('p', 'None. The family were offered a carer’s assessment, which was completed on 14 April 2026; Freya’s parents will be contacted by the Fellside Carers’ Centre about support for themselves.'),
 ],
 'I': [('p', 'Greystones School, Askerdale – maintained special school for pupils aged 2 to 19 with severe, profound and multiple learning difficulties.')],
 'J': [('p', 'No personal budget has been requested. The family were given information about personal budgets at the annual review.')],
 'K': [
  ('Views of Freya (gathered with her eye-gaze device and talking mat)', 'Miss Laura Harker, Class Teacher, Greystones School', '20 May 2026'),
  ('Parents’ views', 'Freya’s mum and dad', '12 June 2026'),
  ('Educational advice – annual review report', 'Mr Neil Ashby, Deputy Headteacher and Special Educational Needs Co-ordinator (SENCo), Greystones School', '1 June 2026'),
  ('Psychological advice', 'Dr Nicola Frith, Educational Psychologist, Fellside Educational Psychology Service', '17 November 2025'),
  ('Medical advice', 'Dr Amir Khalid, Consultant Community Paediatrician, Fellside Community Child Health', '22 April 2026'),
  ('Epilepsy advice', 'Sian Pollard, Children’s Epilepsy Nurse Specialist, Calderbeck Royal Children’s Hospital', '28 April 2026'),
  ('Community nursing advice', 'Tracey Walsh, Community Children’s Nurse, Fellside Community Children’s Nursing Team', '5 May 2026'),
  ('Dietetic advice', 'Amy Cowperthwaite, Paediatric Dietitian, Calderbeck Royal Children’s Hospital', '9 April 2026'),
  ('Speech and language therapy advice', 'Kate Bellis, Speech and Language Therapist, Fellside Children’s Speech and Language Therapy Service', '13 May 2026'),
  ('Occupational therapy advice', 'Priya Nair, Children’s Occupational Therapist, Fellside Children’s Therapy Service', '6 May 2026'),
  ('Social care advice', 'Carl Pickthall, Social Worker, Disabled Children’s Team, Fellside County Council', '14 April 2026'),
 ],
 'end': [('p', 'Signed on behalf of Fellside County Council: Rachel Haworth, EHC Co-ordinator, 10 July 2026.')],
}

# ---------------------------------------------------------------- t104 (heading2-numbered, SOUND)
PLANS['t104'] = {
 'layout': 'heading2-numbered', 'name': 'Harvey', 'plan_type': 'amended following annual review',
 'front': [
  ('First name', 'Harvey'),
  ('School year', 'Year 11'),
  ('Month and year of birth', 'October 2010'),
  ('Setting', 'Askerdale High School (mainstream secondary school)'),
  ('Last annual review', 'Wednesday 22 April 2026'),
  ('Date this plan was issued', '3 June 2026'),
  ('Plan co-ordinator', 'Gareth Lund, Education, Health and Care (EHC) Co-ordinator, Fellside Special Educational Needs and Disabilities (SEND) Service'),
 ],
 'A': [
  ('h', 'A1 About me – in my own words'),
  ('p', 'Harvey wrote this section himself with his key worker, Mr Dobbs, in March 2026 and checked it before the review.'),
  ('p', '“My name is Harvey and I am 15. I live in Hawes Bridge with my mum, my nan and our dog Biscuit. I have spina bifida and hydrocephalus, which means I use a wheelchair and I have a shunt in my head. Most people at school don’t really think about my chair any more, which is how I like it.'),
  ('p', 'I’m good at computers and maths and I am the person people come to when the projector breaks. I’m into wheelchair basketball – I train with Dales Dynamos every Tuesday and we travel to matches about once a month. I also like fixing bikes with my uncle, even though I can’t ride one.'),
  ('p', 'What I find hard is writing for a long time, because my hands get tired and my writing goes messy. I also get headaches sometimes and then I can’t concentrate. I don’t like it when people talk to my assistant instead of me.'),
  ('p', 'After Year 11 I want to go to Askerdale College to do a Level 3 course in IT (information technology). One day I want to work in IT support or cyber security and have my own flat. I want to learn to drive an adapted car when I’m 17.”'),
  ('h', 'A2 What Harvey’s family say'),
  ('p', 'Harvey’s mum said she is proud of how independent Harvey has become this year, especially with his catheter routine. She would like him to be fully in charge of his own health care before he leaves school, so that he is ready for college and, later, a place of his own. She worries about travel: at the moment a council taxi takes Harvey to school and she would like him to learn to use the accessible bus. His nan said Harvey “has always had more confidence than the rest of us put together”.'),
  ('h', 'A3 Aspirations'),
  ('ul', [
   'Study a Level 3 IT course at Askerdale College from September 2027.',
   'Work in IT support or cyber security.',
   'Live in his own adapted flat and manage his own health care.',
   'Travel independently and learn to drive an adapted car.',
   'Keep playing wheelchair basketball with his friends.',
  ]),
 ],
 'B': [
  ('h', 'B1 Cognition and learning'),
  ('p', 'Harvey has no difficulty with his reading – his reading age is above his chronological age – but he has difficulties with working memory and with processing speed, linked to his hydrocephalus. He sometimes loses track of multi-step instructions and needs information in writing. His predicted GCSE (General Certificate of Secondary Education) grades are 6 in maths, 5 in computer science and 4 in English Language. He needs extra time to process and to write, and regular breaks in long tasks.'),
  ('h', 'B2 Physical and sensory'),
  ('p', 'Harvey is a skilled manual wheelchair user and moves around the school site on his own, using the lift to reach the first floor. His upper body strength is good for sport but his fine motor control and hand endurance are reduced; handwriting for more than ten minutes causes fatigue and pain. He has reduced sensation in his legs and must change position and check his skin every day.'),
  ('h', 'B3 Social, emotional and mental health'),
  ('p', 'Harvey is confident, has a good group of friends and is a member of the school council. He can be reluctant to ask for help because he dislikes standing out. As he prepares to leave school, he needs support to plan his next steps and to speak up for himself in new settings such as college and work placements.'),
  ('h', 'B4 Preparing for adulthood'),
  ('p', 'Harvey needs to learn to travel independently on public transport, to cook simple meals from a wheelchair-height kitchen, and to manage his own health appointments. He has had access to a taster day at Askerdale College and needs a planned transition in the summer term of 2027.'),
 ],
 'C': [
  ('p', 'Harvey has spina bifida (a condition where the spine does not develop fully before birth) and hydrocephalus (a build-up of fluid on the brain), which is controlled by a shunt. His health needs are:'),
  ('ul', [
   'Shunt: Harvey and the adults around him need to know the warning signs of shunt blockage (severe headache, vomiting, drowsiness), which need emergency medical attention.',
   'Bladder: Harvey empties his bladder using a catheter five times a day (clean intermittent catheterisation). He now does this himself at home and with prompting at school.',
   'Skin: reduced feeling in his legs means he is at risk of pressure sores and burns; he needs daily skin checks and a pressure-relieving cushion.',
   'Headaches: Harvey gets tension headaches about twice a month, which are managed with rest and pain relief under his healthcare plan.',
  ]),
 ],
 'D': [
  ('p', 'Harvey does not have social care needs that require provision in this plan. The Disabled Children’s Team assessed Harvey on 10 March 2026 and found no eligible needs: his personal care needs are met by Harvey himself with his family’s help. The social worker discussed short breaks and the Local Offer with Harvey and his mum; Harvey already attends wheelchair basketball listed in the Local Offer and did not want a short break. Because he will soon be 16, the social worker has referred Harvey to the Fellside Transitions Team, who will contact him before he turns 17 to discuss any adult social care needs.'),
 ],
 'E': [
  ('p', 'These outcomes were co-produced with Harvey and his mum at his review on 22 April 2026. They follow the four preparing for adulthood themes: employment and further education, independent living, friends and community, and good health.'),
  ('h', 'E1 Employment and further education'),
  ('ol', [
   'By August 2027, Harvey will gain GCSE English Language at grade 4 or above, shown in his results.',
   'By June 2027, Harvey will receive an offer of a place on a Level 3 IT course at Askerdale College, having applied on his own through the college’s online system by 31 January 2027.',
   'By July 2027, Harvey will complete a one-week work experience placement in an IT support team and will receive a written report from his placement supervisor that rates him “good” or better in at least four of five areas.',
  ]),
  ('h', 'E2 Independent living'),
  ('ol', [
   'By July 2027, Harvey will plan, shop for and cook a simple two-course meal in the school’s accessible kitchen on three separate occasions with no adult help, as recorded by his food technology teacher.',
   'By April 2027, Harvey will travel independently by accessible bus between his home and Askerdale town centre on five occasions in a row, agreed with and checked by the independent travel trainer.',
  ]),
  ('h', 'E3 Friends, relationships and community'),
  ('ol', [
   'By July 2027, Harvey will speak up for himself in his college transition meeting, telling college staff at least three things that help him learn, as recorded in the meeting notes.',
  ]),
  ('h', 'E4 Good health'),
  ('ol', [
   'By December 2026, Harvey will carry out all five of his daily catheterisations at school with no prompting, recorded by the school nurse on his continence log over four consecutive weeks.',
   'By March 2027, Harvey will describe the three warning signs of shunt blockage and what to do, without help, when checked by the school nurse each term.',
   'By December 2026, Harvey will check his own skin every day using a long-handled mirror and record the check in his health app on at least six days out of seven, as reviewed monthly by the school nurse.',
   'By July 2027, Harvey will book and attend one of his own hospital appointments, with his mum present only in the waiting room, as confirmed by his community children’s nurse.',
  ]),
 ],
 'F': [
  ('h', 'F1 Cognition and learning'),
  ('ul', [
   '25% extra time, rest breaks of five minutes each hour, a reader on request and use of a word processor in all internal tests, mock exams and GCSE examinations, applied for and arranged by the Special Educational Needs Co-ordinator (SENCo) with the exams officer.',
   'A laptop with speech-to-text software and a mind-mapping program, set up by the school’s information technology (IT) technician and maintained by them, for use in every lesson, in exams and at home.',
   'Written copies of all multi-step instructions and homework tasks, given by each subject teacher at the start of the lesson and uploaded to the school’s online platform on the same day.',
   'Memory and study skills intervention with a teaching assistant (TA) trained in the school’s study skills programme: 30 minutes, twice a week, in a group of no more than 4 students, for 10 weeks (autumn term), then reviewed by the SENCo.',
  ]),
  ('h', 'F2 Physical and sensory'),
  ('ul', [
   'Two pressure-relieving cushions (one in his wheelchair, one spare at school), provided and checked every term by Fellside Wheelchair Service.',
   'A height-adjustable desk in each of his main teaching rooms and a perching stool in science labs, provided by the school and checked each September by the site manager.',
   'A children’s occupational therapist (OT) from Fellside Children’s Therapy Service will see Harvey in school once every half term for 45 minutes, on his own, to teach independent kitchen skills from a wheelchair, and will set a practice programme for food technology lessons.',
   'From March, the OT will also carry out a 60-minute assessment of the college’s accessible facilities with Harvey, and will write a short report for the college before his transition meetings.',
  ]),
  ('h', 'F3 Preparing for adulthood and social, emotional and mental health'),
  ('ul', [
   'Careers guidance from the school’s Level 6 qualified careers adviser: three 1:1 meetings of 45 minutes (October 2026, January 2027, March 2027).',
   'Independent travel training from a trained travel trainer from Fellside Travel Training Service, 1:1, one two-hour session a week for 12 weeks from January 2027, starting on quiet routes and building to the bus journey to Askerdale town centre.',
   'A weekly 20-minute 1:1 mentoring session with his key worker (a higher level teaching assistant) every Friday, to prepare for his college interview and transition meeting and to practise speaking up for himself.',
   'Transition programme: three half-day visits to Askerdale College in June and July 2027 with his key worker, arranged by the SENCo with the college’s additional learning support manager.',
  ]),
 ],
 'G': [
  ('ul', [
   'The Fellside Community Children’s Nursing Team will train Harvey’s key worker and two named TAs in catheterisation support, skin checks and shunt warning signs: a two-hour session each September, with competency checks each term.',
   'The school nurse will review Harvey’s continence log once a month and will hold a 20-minute check-in with him each term about his shunt warning signs and health care plan.',
   'Urology nurse specialist, Calderbeck Royal Children’s Hospital: clinic review every six months, and catheter supplies delivered to home every month by the home delivery service, with a week’s supply kept at school.',
   'Neurosurgical review of Harvey’s shunt once a year at Calderbeck Royal Children’s Hospital, and emergency access to the neurosurgical ward via his open-access letter when shunt symptoms occur.',
   'Transition to adult health services: the community children’s nurse will hold three planning appointments with Harvey between January and July 2027 to prepare him to manage his own appointments.',
  ]),
  ('p', 'Health agreement: the health provision above was confirmed by Dr Sarah Blamire, Designated Medical Officer for SEND, NHS Fellside and Dales Integrated Care Board, on 28 May 2026.'),
 ],
 'H1': [('p', 'None. Short breaks were discussed with Harvey and his family at the Disabled Children’s Team assessment on 10 March 2026 (see Section D).')],
 'H2': [('p', 'None. Harvey has been referred to the Fellside Transitions Team for a transition assessment before his 17th birthday.')],
 'I': [('p', 'Askerdale High School – mainstream community secondary school. From September 2027 a post-16 placement will be named following Harvey’s Year 11 review.')],
 'J': [('p', 'Harvey and his mum have not requested a personal budget.')],
 'K': [
  ('Harvey’s own views', 'Harvey, written with his key worker', '16 March 2026'),
  ('Parent’s views', 'Harvey’s mum', '22 April 2026'),
  ('Educational advice', 'Mrs Anna Strickland, SENCo, Askerdale High School', '8 April 2026'),
  ('Psychological advice', 'Dr Hannah Wray, Educational Psychologist, Fellside Educational Psychology Service', '3 February 2026'),
  ('Medical advice', 'Dr Fiona McKenna, Consultant Paediatrician, Calderbeck Royal Children’s Hospital', '18 February 2026'),
  ('Community nursing advice', 'Tracey Walsh, Community Children’s Nurse, Fellside Community Children’s Nursing Team', '2 March 2026'),
  ('School nursing advice', 'Jenny Alcock, School Nurse, Fellside School Nursing Service', '27 February 2026'),
  ('Urology advice', 'Sue Braithwaite, Urology Nurse Specialist, Calderbeck Royal Children’s Hospital', '11 February 2026'),
  ('Neurosurgical letter (shunt review)', 'Mr Rahul Desai, Consultant Paediatric Neurosurgeon, Calderbeck Royal Children’s Hospital', '14 January 2026'),
  ('Occupational therapy advice', 'Lucy Hird, Children’s Occupational Therapist, Fellside Children’s Therapy Service', '5 March 2026'),
  ('Wheelchair service review', 'Craig Holliday, Clinical Engineer, Fellside Wheelchair Service', '20 January 2026'),
  ('Social care advice', 'Dawn Ellwood, Social Worker, Disabled Children’s Team, Fellside County Council', '10 March 2026'),
  ('Preparing for adulthood advice', 'Jo Metcalfe, Careers Adviser, Fellside Youth Support Service', '25 March 2026'),
 ],
 'end': [('p', 'Signed on behalf of Fellside County Council: Gareth Lund, EHC Co-ordinator, 3 June 2026.')],
}

# ---------------------------------------------------------------- t105 (ef-table, FAIL)
PLANS['t105'] = {
 'layout': 'ef-table', 'name': 'Eli', 'plan_type': 'amended following annual review',
 'front': [
  ('First name', 'Eli'),
  ('School year', 'Year 7'),
  ('Age', '12'),
  ('Setting', 'Ravenbeck Academy with MSI resource base'),
  ('Last annual review', '05/02/2026'),
  ('Date this plan was issued', '12/03/2026'),
  ('Plan co-ordinator', 'Joanne Pike, EHC Co-ordinator, Fellside SEND Service'),
 ],
 'A': [
  ('b', 'What Eli says'),
  ('p', 'Eli’s views were gathered by his intervener using BSL and his tactile symbols in January 2026. Eli said: “I like science and cooking. I like my friend Dylan. Big school is loud. I get lost. I want to go to the shop on my own. I want to be a chef.”'),
  ('p', 'Eli told his intervener that he likes it when people tap his shoulder and say their name before they talk to him, and that he does not like the dining hall because he cannot hear or see who is talking.'),
  ('b', 'What Eli’s family say'),
  ('p', 'Eli lives with his mum and dad and his little sister Maisie. His parents say Eli is kind, funny and a brilliant cook – he makes pancakes for the family every Sunday. The move to secondary school in September went better than they feared, but Eli comes home exhausted and sometimes upset because he has got lost or missed what the teacher said. They want Eli to be more independent around school and in the village, and they want his BSL to keep developing alongside his speech.'),
  ('b', 'Interests'),
  ('p', 'Cooking, science experiments, trampolining, Minecraft, and the family’s chickens.'),
  ('b', 'Aspirations'),
  ('p', 'Eli wants to be a chef. His parents hope he will go to the village shop and, later, into Askerdale on his own, keep his friendships from primary school and leave school with qualifications in catering and science.'),
 ],
 'B': [
  ('b', 'Communication and interaction'),
  ('p', 'Eli has CHARGE syndrome and MSI. He has a CI on the right and a hearing aid on the left. He uses spoken English and BSL. In a quiet room with his radio aid he follows conversation well; in a noisy room or at a distance he misses most of what is said. His BSL is at about Level 1 and his receptive English vocabulary is around the level of an 8 year old. He is socially keen and has a good friend in Dylan, but he finds it hard to join group conversations.'),
  ('b', 'Cognition and learning'),
  ('p', 'Eli is curious and has good problem-solving skills. He is working at around KS2 age-related expectations in maths and science and below them in reading and writing. He needs all text in N18 bold print or on his iPad with zoom, and he needs pre-teaching of new vocabulary.'),
  ('b', 'Sensory and physical'),
  ('p', 'Eli has bilateral coloboma with reduced visual acuity and a loss of the upper visual field. He has poor balance due to absent semicircular canals and tires quickly. He needs O&M training to learn routes around the school site and must not carry heavy bags on stairs.'),
  ('b', 'Social, emotional and mental health'),
  ('p', 'Eli is happy, sociable and keen to please. He becomes anxious when he is lost or when routines change without warning, and he needs warnings of changes and a quiet base to go to.'),
 ],
 'C': [
  ('b', 'Hearing'),
  ('p', 'Profound sensorineural hearing loss (right, CI since age 3), severe loss on the left (hearing aid). Implant mapping and audiology reviews are needed to keep his equipment working well.'),
  ('b', 'Vision'),
  ('p', 'Bilateral coloboma affecting the retina; distance acuity of about 6/36 with glasses. Annual ophthalmology review.'),
  ('b', 'Balance and fatigue'),
  ('p', 'Vestibular impairment causing poor balance, especially in low light and on uneven ground, and fatigue by the end of the day.'),
 ],
 'D': [
  ('p', 'Eli’s family have asked for help so that Eli can spend time with friends in the evening without his parents. A Disabled Children’s Team assessment on 8 January 2026 found that Eli needs 1:1 support from someone who can use BSL to take part in community activities safely, because of his MSI.'),
 ],
 'EF_header': ('Outcome', 'Provision', 'Frequency', 'Who'),
 'EF': [
  {'area': 'Communication and interaction', 'rows': [
   {'outcome': 'By February 2027, Eli will follow and take part in a small group discussion of four pupils in English and science, making at least two relevant comments each lesson in three lessons out of four, as recorded by his intervener.',
    'prov': [
     ('Radio aid system for use in every lesson, worn by the teacher and passed to pupils in group work.', 'All lessons', 'Provided and maintained by the Sensory Support Service; checked daily by the TA'),
     ('Pre-teaching of new topic vocabulary in English and science using BSL, pictures and text.', 'Weekly', 'TA'),
     ('BSL lessons to develop Eli’s signing.', 'Regular', 'Deaf instructor'),
    ]},
   {'outcome': 'Eli will be supported by his intervener to join in with conversations at break and lunch.',
    'prov': [
     ('Intervener support at break and lunchtimes.', 'As required', 'Intervener'),
    ]},
  ]},
  {'area': 'Cognition and learning', 'rows': [
   {'outcome': 'By February 2027, Eli will read a Year 6 level text in N18 print or on his iPad and answer 8 out of 10 comprehension questions correctly, on a termly reading assessment carried out by the SENCo.',
    'prov': [
     ('All written materials enlarged to N18 bold or provided digitally for his iPad.', 'Every lesson', 'Subject teachers, with the resource base TA'),
     ('Small group literacy intervention.', 'Weekly', 'HLTA'),
    ]},
   {'outcome': 'By February 2027, Eli will follow a five-step recipe card in N18 print and cook the dish in food technology with no more than two adult prompts, on three separate occasions, recorded by his food technology teacher.',
    'prov': [
     ('Food technology with a recipe card in N18 bold print and a TA alongside Eli, in a class group of no more than 12.', 'One double lesson (100 minutes) each week', 'Food technology teacher and resource base TA'),
    ]},
  ]},
  {'area': 'Sensory and physical', 'rows': [
   {'outcome': 'Eli will receive O&M sessions to learn routes around school.',
    'prov': [
     ('O&M training on routes around school and in Ravenbeck village.', 'Regular sessions, reviewed termly', 'Habilitation specialist'),
    ]},
   {'outcome': 'By February 2027, Eli will walk to the village shop with his cane and buy three items using his communication card, on three separate occasions, with the habilitation specialist watching from a distance.',
    'prov': [
     ('1:1 habilitation lessons in Ravenbeck village: the route from school to the shop, road crossings and using his communication card.', '45 minutes every fortnight in term time', 'Habilitation specialist, Fellside Sensory Support Service'),
    ]},
   {'outcome': 'By February 2027, Eli will move between lessons on his own using his cane and tactile map, arriving at the right room on time on four days out of five, recorded by his form tutor.',
    'prov': [
     ('Intervener support for transitions between lessons.', 'Up to 10 hours per week', 'Intervener'),
     ('Use of the lift pass and a locker on the ground floor so he does not carry his bag on stairs.', 'Daily', 'SENCo'),
     ('Access to the sensory room and quiet base as appropriate.', 'When needed', 'Resource base staff'),
    ]},
  ]},
  {'area': 'Social, emotional and mental health', 'rows': [
   {'outcome': 'By February 2027, Eli will use his visual timetable to check for changes at the start of each day and will tell an adult when he is worried, on four days out of five, recorded on his home–school book.',
    'prov': [
     ('Visual timetable in N18 print on his iPad, updated each morning with any changes, checked with Eli at the start of the day.', 'Daily, 10 minutes at registration', 'Intervener'),
     ('Social skills group.', 'Weekly', 'ELSA'),
    ]},
  ]},
 ],
 'G': [
  ('ul', [
   'Cochlear implant mapping and review at Calderbeck Royal Children’s Hospital Cochlear Implant Programme every six months (about two hours).',
   'Audiology review of his left hearing aid at Fellside Children’s Audiology every six months; new earmoulds every three months.',
   'Paediatric ophthalmology review once a year at Calderbeck Royal Children’s Hospital, with glasses prescribed and updated by the hospital optometrist.',
   'A children’s physiotherapist from Fellside Children’s Therapy Service will see Eli at school for 45 minutes once each half term to review his balance programme, and will train his intervener to carry it out (10 minutes daily before PE).',
  ]),
  ('p', 'Health agreement: agreed by Dr Sarah Blamire, Designated Medical Officer, NHS Fellside and Dales ICB, on 4 March 2026.'),
 ],
 'H1': [
  ('ul', [
   'A 1:1 support worker who uses BSL Level 2, from the Disabled Children’s Team’s short breaks service, for three hours every Saturday afternoon, so that Eli can go to the trampoline club and into Ravenbeck village with friends.',
  ]),
 ],
 'H2': [('p', 'None.')],
 'I': [('p', 'Ravenbeck Academy, mainstream secondary academy, with a place in the resource base for pupils with MSI.')],
 'J': [('p', 'The short breaks in H1 are taken as a direct payment (three hours a week). No personal budget for education.')],
 'K': [
  ('Eli’s views', 'Gathered by his intervener, Ravenbeck Academy', '22 January 2026'),
  ('Parents’ views', 'Eli’s mum and dad', '5 February 2026'),
  ('Educational advice', 'Mrs Rebecca Thwaite, SENCo, Ravenbeck Academy', '26 January 2026'),
  ('Sensory support advice (hearing and vision)', 'Kirsty Lowes, Specialist Teaching Assistant (MSI), Fellside Sensory Support Service', '19 January 2026'),
  ('Psychological advice', 'Dr Tom Bainbridge, EP, Fellside Educational Psychology Service', '12 December 2025'),
  ('Medical advice', 'Dr Amir Khalid, Consultant Community Paediatrician', '15 January 2026'),
  ('Cochlear implant report', 'Helen Airey, Clinical Scientist (Audiology), Calderbeck Royal Children’s Hospital', '10 December 2025'),
  ('Audiology report', 'Fellside Children’s Audiology – Mark Ingham, Audiologist', '9 January 2026'),
  ('Ophthalmology letter', 'Miss Claire Dunstan, Consultant Paediatric Ophthalmologist, Calderbeck Royal Children’s Hospital', '2 October 2025'),
  ('Physiotherapy advice', 'Ben Aspinall, Children’s Physiotherapist, Fellside Children’s Therapy Service', '14 January 2026'),
  ('Habilitation report', 'Anna Ridley, Habilitation Specialist, Fellside Sensory Support Service', '16 January 2026'),
  ('Social care advice', 'Carl Pickthall, Social Worker, Disabled Children’s Team', '8 January 2026'),
 ],
 'end': [('p', 'Signed on behalf of Fellside County Council: Joanne Pike, EHC Co-ordinator, 12 March 2026.')],
}

# ---------------------------------------------------------------- t106 (ef-table, SOUND)
PLANS['t106'] = {
 'layout': 'ef-table', 'name': 'Kai', 'plan_type': 'amended following annual review',
 'front': [
  ('First name', 'Kai'),
  ('School year', 'Year 4'),
  ('Age', '9'),
  ('Setting', 'Lowther Brow Primary School, dual registered with Calderbeck Hospital School during hospital stays'),
  ('Last annual review', '15.09.2026'),
  ('Date this plan was issued', '20.10.2026'),
  ('Social care involvement', 'Child in need plan since 12 January 2026 (see Sections D and H2)'),
  ('Plan co-ordinator', 'Joanne Pike, Education, Health and Care (EHC) Co-ordinator, Fellside Special Educational Needs and Disabilities (SEND) Service'),
 ],
 'A': [
  ('b', 'All about me'),
  ('p', 'Kai wrote this with his teacher at the hospital school in September 2026. These are his own words.'),
  ('ul', [
   'I am 9 and I support Fellside Rovers. My best friends are Ollie and Zain.',
   'I am good at drawing comics and at Lego. I built the whole Millennium Falcon on the ward.',
   'I have a line in my chest for my special food that goes into my blood. It goes in at night with a pump. I am not allowed to go swimming or play rugby because of my line.',
   'I hate it when I miss school because I don’t know what everyone is talking about when I come back.',
   'I get scared when I have to go to hospital in the night. It helps when Mum stays and when I can FaceTime my class.',
   'When I grow up I want to draw comics or design video games.',
  ]),
  ('b', 'What Kai’s family say'),
  ('p', 'Kai lives with his mum, his dad and his sister Lola, who is 13. Kai was born with a very short bowel after surgery as a newborn, and he gets most of his nutrition through a drip into a central line (parenteral nutrition) overnight. Last year he spent 47 school days in Calderbeck Royal Children’s Hospital, mostly because of line infections. His parents say he is “a funny, clever boy who never complains”, and that school is the most normal part of his life. They would like him to catch up in maths, to keep his friendships going while he is in hospital, and to feel less frightened about admissions. Mum told us that the last year has been very hard on the whole family, which is why they asked for help from children’s social care.'),
  ('b', 'Aspirations'),
  ('p', 'Kai wants to draw comics or design games. His parents hope he will keep up with his class, stay at Lowther Brow with his friends and move on to Askerdale High School in Year 7, and that as he grows up he will learn to look after his own line and feeds so that he can go on school trips and, one day, live independently.'),
 ],
 'B': [
  ('b', 'Cognition and learning'),
  ('p', 'Kai is a keen reader and his reading is in line with his age. He has a lively imagination and his written stories are detailed. Because of regular and long absences, he has gaps in his maths, particularly multiplication facts, place value and fractions; his summer 2026 assessment placed him at around the expected level for the end of Year 2 in maths. He needs teaching that fills specific gaps, and a way of keeping up with class work during admissions.'),
  ('b', 'Social, emotional and mental health'),
  ('p', 'Kai is friendly, well liked and has two close friends. Since a long admission in spring 2026 he has become anxious about hospital stays, has difficulty sleeping before appointments, and sometimes refuses to come into class after a period of absence. He finds praise in front of others embarrassing and will hide under the table when picked out. He needs a planned return after every admission and an adult he trusts to talk to when needed.'),
  ('b', 'Physical and sensory'),
  ('p', 'Kai has low energy in the afternoons and on the day after a poor night. His central line must be protected from knocks and from water, so he cannot go swimming or take part in contact sports. He needs to use the toilet urgently and often, up to eight times a day, and needs a toilet pass and a private toilet close to class.'),
 ],
 'C': [
  ('b', 'Intestinal failure and parenteral nutrition'),
  ('p', 'Kai has short bowel syndrome, which means his gut cannot absorb enough food and fluid. He receives parenteral nutrition (PN – liquid food given straight into the bloodstream) through a central venous line in his chest, for 14 hours each night, five nights a week. He eats small meals and snacks by mouth during the day.'),
  ('b', 'Central line and infection risk'),
  ('p', 'His line is at risk of infection and damage. A temperature of 38°C or more is an emergency: Kai must go straight to Calderbeck Royal Children’s Hospital under his open-access arrangement. The line dressing must stay dry and covered.'),
  ('b', 'Toileting'),
  ('p', 'Kai has frequent, urgent, loose stools and occasional accidents, and needs a change of clothes in school.'),
  ('b', 'Emotional wellbeing'),
  ('p', 'Kai has hospital-related anxiety, assessed by the paediatric psychology service in July 2026, with difficulty sleeping before admissions and procedures.'),
  ('b', 'Overnight care'),
  ('p', 'Kai’s PN pump needs checking through the night. He has been assessed as eligible for children’s Continuing Care (a package of health care for children whose needs cannot be met by universal and specialist services alone).'),
 ],
 'D': [
  ('p', 'Kai has been on a child in need plan since 12 January 2026, after his parents asked for help. His mum and dad share his overnight care and his hospital stays, and both work; his sister Lola has taken on caring tasks and has been missing school. Kai’s social worker, Leanne Hart (Disabled Children’s Team), gave advice for this plan and attended the annual review. The child in need plan has three aims that relate to Kai’s disability and his learning: that the family get enough rest to keep caring for Kai at home; that Kai has time to enjoy himself with other children away from hospital; and that the family’s routines support Kai getting to school on time after overnight feeds. The provision in H1 and H2 below comes from the child in need plan, which was last reviewed on 29 September 2026. The EHC co-ordinator and the school Special Educational Needs Co-ordinator (SENCo) are invited to each child in need review, and the social worker is invited to Kai’s EHC reviews.'),
 ],
 'EF_intro': [('p', 'The outcomes were agreed with Kai and his parents on 15 September 2026. They are to be achieved by the end of Year 4 (July 2027) unless another date is given.')],
 'EF': [
  {'area': 'Cognition and learning', 'rows': [
   {'outcome': 'By July 2027, Kai will recall his multiplication facts for the 2, 3, 4, 5 and 10 times tables, answering at least 20 out of 25 questions correctly in five minutes on the school’s multiplication check, recorded by his class teacher.',
    'prov': [
     ('Maths catch-up intervention (precision teaching of multiplication facts and place value), 1:1 with a teaching assistant (TA) trained in precision teaching by the SENCo.', 'x3 weekly, 15 minutes each session, for the autumn and spring terms', 'Trained TA, planned by the class teacher'),
     ('Small group maths intervention on fractions and place value, using concrete equipment.', 'Twice a week for 30 minutes, 6 sessions then review by the SENCo, in a group of no more than 4 pupils', 'Higher level teaching assistant (HLTA)'),
    ]},
   {'outcome': 'By July 2027, during every hospital stay of more than five school days, Kai will complete at least three of the five maths and English tasks sent each week by his class teacher, as recorded by the hospital school teacher in his shared learning log.',
    'prov': [
     ('Teaching on the ward or at the bedside in Calderbeck Hospital School, following the Lowther Brow plans, 1:1 or in the ward classroom in a group of no more than 4.', 'Two hours each weekday of every admission, unless the medical team record that he is too unwell that day', 'Qualified teacher, Calderbeck Hospital School'),
     ('Weekly work pack and learning log shared between the two schools by secure email; a 15-minute phone call between the class teacher and the hospital teacher every Monday of an admission.', 'Weekly during admissions', 'Class teacher and hospital school teacher'),
    ]},
  ]},
  {'area': 'Social, emotional and mental health', 'rows': [
   {'outcome': 'By December 2026, Kai will return to his classroom on the first morning after every admission, staying for at least the first lesson, as recorded by the SENCo on his return-to-school log.',
    'prov': [
     ('Planned return meeting with Kai, a parent and his key adult before the first day back after each admission, using a visual “welcome back” plan that tells him what his class has been doing.', '20 minutes, after every admission of three days or more', 'Key adult (HLTA) and SENCo'),
     ('Video call with his class from hospital, arranged with the hospital school.', 'Every other Tuesday during an admission, 15 minutes', 'Class teacher and hospital school teacher'),
    ]},
   {'outcome': 'By July 2027, Kai will receive praise in front of the class (for example, his name read out in Friday assembly) and stay in his seat calmly, on four out of five occasions, as noted by his class teacher.',
    'prov': [
     ('Emotional literacy sessions with a trained Emotional Literacy Support Assistant (ELSA), 1:1, using comic-strip conversations to help Kai understand his worries and practise responding to praise.', 'Weekly for 45 minutes, for 8 weeks, then fortnightly for the rest of the year', 'ELSA (HLTA trained by the Educational Psychology Service)'),
    ]},
  ]},
  {'area': 'Physical and sensory, including health-related outcomes', 'rows': [
   {'outcome': 'By July 2027, Kai will tell an adult straight away if his line dressing is wet, loose or sore, or if he feels hot or shivery, every time this happens, as recorded on his school healthcare log and checked by the community children’s nurse each term.',
    'prov': [
     ('Kai’s healthcare plan on display in the staff room and class, with a one-page “line safety” sheet; all staff working with Kai trained in it (see Section G).', 'Reviewed each term', 'SENCo with the community children’s nurse'),
     ('Line safety activities adapted for physical education (PE): no contact sports, and an alternative activity planned by the PE teacher for every lesson in which Kai cannot take part.', 'Every PE lesson (two a week)', 'Class teacher and PE coach'),
    ]},
   {'outcome': 'By July 2027, Kai will use his toilet pass and change himself independently after an accident, in the private toilet, on every occasion, as recorded by his key adult.',
    'prov': [
     ('A toilet pass and a named private toilet next to his classroom, with a spare set of clothes and wipes kept there.', 'All day, every day', 'Provided by the school; the SENCo checks the supplies every Monday'),
     ('Teaching of a step-by-step self-care routine using a visual sequence on the toilet wall, practised with his key adult.', 'Daily for two weeks from the start of the autumn term, then checked once a week', 'Key adult (HLTA)'),
    ]},
   {'outcome': 'By July 2027, Kai will complete a full school day (9am to 3:15pm) on at least 85% of the days he is not in hospital, as recorded in the school’s attendance system.',
    'prov': [
     ('A rest area with a beanbag in the class reading corner, and a 10-minute rest break after lunch each day.', 'Daily', 'Class teacher'),
     ('Afternoon work adapted to his energy levels: shorter recorded tasks with the option of recording answers on a tablet.', 'Every afternoon', 'Class teacher'),
    ]},
  ]},
 ],
 'G': [
  ('b', 'Specialist intestinal failure care'),
  ('ul', [
   'Clinic review by the Intestinal Failure Team, Calderbeck Royal Children’s Hospital (consultant gastroenterologist and specialist dietitian), every month.',
   'Home parenteral nutrition nurse specialist: one home visit a week for an hour to check the line and the pump and to support his parents.',
   'Open access to Ward 7, Calderbeck Royal Children’s Hospital, 24 hours a day, for a temperature of 38°C or more or a line problem.',
  ]),
  ('b', 'Training for school staff'),
  ('ul', [
   'The Fellside Community Children’s Nursing Team will train Kai’s class teacher, his key adult and two first aiders in line safety, the fever emergency plan and continence care: a 90-minute session each September and a refresher each January, with his healthcare plan reviewed at the same time.',
  ]),
  ('b', 'Continuing Care'),
  ('ul', [
   'A Continuing Care package funded by NHS Fellside and Dales Integrated Care Board (ICB): a trained health care assistant from Dalesway Nursing to care for Kai at home overnight (10pm to 7am) two nights a week, on Wednesdays and Sundays, reviewed every 12 months.',
  ]),
  ('b', 'Emotional wellbeing'),
  ('ul', [
   'Paediatric Psychology Service, Calderbeck Royal Children’s Hospital: a clinical psychologist will see Kai for six 50-minute sessions on the ward or in outpatients, starting in November 2026, to work on his fear of hospital procedures, then review.',
  ]),
  ('p', 'Health agreement: the health provision in Section G was reviewed and supported by Dr Sarah Blamire, Designated Medical Officer for SEND, NHS Fellside and Dales ICB, on 13 October 2026.'),
 ],
 'H1': [
  ('ul', [
   'Short breaks (from the child in need plan): a 1:1 sitting service from a support worker trained in line safety by the community nursing team, 4 hours every other Saturday, so that Kai can go to the cinema, the park or a friend’s house while his parents rest.',
   'A place at the Fellside Fun Club holiday scheme, three days in each school holiday (10am to 3pm), with a trained 1:1 worker.',
  ]),
 ],
 'H2': [
  ('ul', [
   'Child in need plan: the social worker visits Kai and his family at home at least every four weeks, and the plan is reviewed at a multi-agency meeting every 12 weeks (next review January 2027).',
   'Family support worker from Fellside Early Help, 90 minutes a week at home for 12 weeks from October 2026, to help the family set up morning and evening routines around Kai’s feeds so that he gets to school on time.',
  ]),
 ],
 'I': [('p', 'Lowther Brow Primary School, Kirkby Fell (mainstream community primary). Kai is dual registered with Calderbeck Hospital School during hospital admissions.')],
 'J': [('p', 'Kai’s parents receive the short breaks in H1 as a direct payment (8 hours every four weeks plus holiday days). No personal budget is requested for education or health provision.')],
 'K': [
  ('Kai’s views (“All about me”)', 'Kai, written with Mrs Jess Lister, Teacher, Calderbeck Hospital School', '8 September 2026'),
  ('Parents’ views', 'Kai’s mum and dad', '15 September 2026'),
  ('Educational advice', 'Mr Dan Hebblethwaite, SENCo, Lowther Brow Primary School', '1 September 2026'),
  ('Educational advice (hospital education)', 'Mrs Jess Lister, Teacher, Calderbeck Hospital School', '8 September 2026'),
  ('Psychological advice', 'Dr Nicola Frith, Educational Psychologist, Fellside Educational Psychology Service', '24 March 2026'),
  ('Medical advice', 'Dr Ruth Garnett, Consultant Paediatric Gastroenterologist, Intestinal Failure Team, Calderbeck Royal Children’s Hospital', '28 July 2026'),
  ('Home parenteral nutrition nursing advice', 'Karen Tyson, Nurse Specialist, Intestinal Failure Team, Calderbeck Royal Children’s Hospital', '4 August 2026'),
  ('Community nursing advice', 'Tracey Walsh, Community Children’s Nurse, Fellside Community Children’s Nursing Team', '19 August 2026'),
  ('Continuing Care assessment', 'Michelle Ward, Children’s Continuing Care Nurse Assessor, NHS Fellside and Dales ICB', '2 July 2026'),
  ('Psychology report', 'Dr Owen Pryce, Clinical Psychologist, Paediatric Psychology Service, Calderbeck Royal Children’s Hospital', '21 July 2026'),
  ('Social care advice (including the child in need plan)', 'Leanne Hart, Social Worker, Disabled Children’s Team, Fellside County Council', '29 September 2026'),
 ],
 'end': [('p', 'Signed on behalf of Fellside County Council: Joanne Pike, EHC Co-ordinator, 20 October 2026.')],
}

# ---------------------------------------------------------------- t107 (ef-table, FAIL)
PLANS['t107'] = {
 'layout': 'ef-table', 'name': 'Poppy',
 'front': [
  ('First name', 'Poppy'),
  ('School year', 'Reception (Year R)'),
  ('Age', '4 years 7 months'),
  ('Setting', 'Greystones School, Askerdale – Early Years class'),
  ('Date this plan was issued', '20 April 2026'),
  ('Last annual review', 'Not applicable – first Education, Health and Care (EHC) plan'),
  ('Social care involvement', 'Child protection plan (category: neglect) since 23 February 2026. Social worker: Kerry Dunn, Askerdale Safeguarding and Family Support Team.'),
  ('Plan co-ordinator', 'Rachel Haworth, EHC Co-ordinator, Fellside Special Educational Needs and Disabilities (SEND) Service'),
 ],
 'A': [
  ('b', 'How we know what Poppy likes and dislikes'),
  ('p', 'Poppy does not use words. Her key worker in the Early Years class, Mrs Gill, watched Poppy during play, mealtimes and care routines over two weeks in February 2026, and her mum told us what she sees at home. This is what they noticed:'),
  ('ul', [
   'Poppy smiles and kicks her legs when she hears “Wind the Bobbin Up” and stops crying when it is sung to her.',
   'She reaches for shiny and crinkly things and holds them up to her face.',
   'She turns her head away and arches her back when she has had enough of an activity.',
   'She relaxes in the warm water of the hydrotherapy pool and makes happy cooing sounds.',
   'She cries when she is laid flat for a nappy change; a familiar adult talking to her calms her.',
  ]),
  ('b', 'What Poppy’s mum says'),
  ('p', 'Poppy lives with her mum and her two older brothers, who are 7 and 10. Mum says Poppy is “a cuddly, smiley girl who loves her brothers”. Mum told us that the last year has been difficult and that she finds it hard to get Poppy to all her appointments. She is pleased that Poppy has settled at Greystones and says Poppy now smiles when the school bus arrives. She would like Poppy to be able to sit up and to hold her own cup, and to let people know what she wants.'),
  ('b', 'Aspirations'),
  ('p', 'Mum hopes Poppy will find a way to tell people what she wants and needs, sit up by herself to play, and be as healthy as possible. She would like Poppy to stay at Greystones and to make friends there.'),
 ],
 'B': [
  ('b', 'Communication and interaction'),
  ('p', 'Poppy is very sociable. She looks at familiar faces, smiles to greet adults she knows and vocalises to get attention. She is beginning to show she recognises objects of reference (a cup for drink, a towel for swimming). She does not yet make clear choices and needs adults to read her body language and respond consistently.'),
  ('b', 'Cognition and learning'),
  ('p', 'Poppy has global developmental delay linked to a rare chromosome disorder. She is working at the earliest stages of development: she explores objects with her hands and mouth, tracks a moving light and is starting to understand cause and effect. She needs learning through sensory activities, repeated daily, with an adult alongside her.'),
  ('b', 'Physical and sensory'),
  ('p', 'Poppy has low muscle tone. She can hold her head up when supported in sitting, rolls onto her side and brings her hands together. She cannot yet sit on her own, crawl or hold objects for long. She needs specialist seating, a postural management programme and help with all care.'),
 ],
 'C': [
  ('b', 'Eating, drinking and nutrition'),
  ('p', 'Poppy is fed through a gastrostomy (a tube into her stomach) with a prescribed milk feed four times a day. She is having small tastes of smooth food by mouth as part of a plan set by her speech and language therapist, because she is at risk of food or drink going into her lungs.'),
  ('p', 'Poppy also has reflux and needs medication and to be kept upright for 30 minutes after feeds.'),
  ('b', 'Hips and posture'),
  ('p', 'Poppy’s low muscle tone puts her hips at risk. She has hip X-rays every six months and needs a postural management programme.'),
 ],
 'D': [
  ('p', 'Poppy has no social care needs.'),
 ],
 'EF_intro': [('p', 'Outcomes are to be achieved by the end of Year 1 (July 2027).')],
 'EF': [
  {'area': 'Communication and interaction', 'rows': [
   {'outcome': 'By July 2027, Poppy will be happier and more settled when communicating with adults at school.',
    'prov': [
     ('Objects of reference used for every routine (drink, change, hydrotherapy, home time), presented by the same adult before each activity.', 'Throughout each day', 'Key worker and class team (a class of 6 pupils with a teacher and three teaching assistants)'),
     ('Intensive interaction sessions, 1:1, following Poppy’s lead.', 'Daily, 10 minutes, twice a day', 'Key worker trained in intensive interaction'),
    ]},
   {'outcome': 'By July 2027, Poppy will reach for one of two objects of reference to make a choice at snack time and in play, on four out of five days, recorded by her key worker.',
    'prov': [
     ('Speech and language therapy: a speech and language therapist will work with Poppy 1:1 on choice-making and set a programme for the class team.', 'Six 30-minute sessions each term, on Tuesday mornings', 'Speech and language therapist, Fellside Children’s Speech and Language Therapy Service'),
    ]},
  ]},
  {'area': 'Cognition and learning', 'rows': [
   {'outcome': 'By July 2027, Poppy will press a big switch to make a toy move or a song play, three times in a five-minute session, on four out of five days, recorded by her class teacher.',
    'prov': [
     ('Sensory cause-and-effect sessions with switches, lights and sound, 1:1 with an adult.', 'Daily, 20 minutes', 'Teaching assistant trained by the class teacher'),
    ]},
  ]},
  {'area': 'Physical and sensory', 'rows': [
   {'outcome': 'By July 2027, Poppy will sit on a low bench with an adult’s hands at her hips only, holding her head and trunk upright for two minutes while she plays, on four days out of five, recorded on her postural chart by the class team.',
    'prov': [
     ('Postural management programme: supported sitting, side-lying and standing frame, changed every 40 minutes, and sitting-balance practice for 5 minutes three times a day.', 'Every school day', 'Class team trained by the physiotherapist'),
    ]},
   {'outcome': 'By July 2027, Poppy will be more confident in her body and enjoy moving.',
    'prov': [
     ('Hydrotherapy in the school pool, 1:1 with a trained adult.', 'Once a week, 30 minutes', 'Teaching assistant with hydrotherapy training'),
    ]},
   {'outcome': 'By July 2027, Poppy will hold a beaker with handles in both hands and bring it to her mouth, at two snack times out of five, recorded on her eating and drinking chart.',
    'prov': [
     ('Occupational therapy: an occupational therapist will visit to teach Poppy’s class team hand-to-mouth and grasp activities, review her seating and provide a beaker with handles.', 'One 45-minute visit every half term', 'Children’s occupational therapist, Fellside Children’s Therapy Service'),
    ]},
  ]},
  {'area': 'Health', 'rows': [
   {'outcome': 'By July 2027, Poppy will take ten teaspoons of smooth food during her tasting session with no coughing, on four days out of five, recorded on her eating and drinking chart.',
    'prov': [
     ('Tasting session following the eating and drinking plan, 1:1 with a trained adult, sitting upright in her feeding chair.', 'Daily at lunchtime, 15 minutes', 'Teaching assistant trained by the speech and language therapist'),
    ]},
  ]},
 ],
 'G': [
  ('ul', [
   'The Fellside Community Children’s Nursing Team will train three named staff to give Poppy’s gastrostomy feeds and care for her tube: a three-hour session each September and a competency check each term.',
   'A paediatric dietitian from Calderbeck Royal Children’s Hospital will review Poppy’s feeds every three months in clinic and send the updated feed plan to school.',
   'A children’s physiotherapist from Fellside Children’s Therapy Service will see Poppy at school for 45 minutes every half term, update her postural management programme and train staff; the physiotherapist will arrange her six-monthly hip X-rays with the orthopaedic clinic.',
   'Dr Amir Khalid, Consultant Community Paediatrician, will review Poppy’s reflux medication and growth in clinic every four months.',
  ]),
  ('p', 'Health agreement: the health provision was agreed by Dr Sarah Blamire, Designated Medical Officer for SEND, NHS Fellside and Dales Integrated Care Board, 15 April 2026.'),
 ],
 'H1': [('p', 'None.')],
 'H2': [('p', 'None.')],
 'I': [('p', 'Greystones School, Askerdale – maintained special school for pupils aged 2 to 19 with severe, profound and multiple learning difficulties (Early Years class).')],
 'J': [('p', 'No personal budget requested.')],
 'K': [
  ('Parent’s views', 'Poppy’s mum', '2 March 2026'),
  ('Educational advice', 'Mrs Sue Gill, Early Years Teacher, Greystones School', '27 February 2026'),
  ('Psychological advice', 'Dr Hannah Wray, Educational Psychologist, Fellside Educational Psychology Service', '16 January 2024'),
  ('Medical advice', 'Dr Amir Khalid, Consultant Community Paediatrician, Fellside Community Child Health', '11 February 2026'),
  ('Community nursing advice', 'Tracey Walsh, Community Children’s Nurse, Fellside Community Children’s Nursing Team', '24 February 2026'),
  ('Dietetic advice', 'Amy Cowperthwaite, Paediatric Dietitian, Calderbeck Royal Children’s Hospital', '9 February 2026'),
  ('Physiotherapy advice', 'Laura Dent, Children’s Physiotherapist, Fellside Children’s Therapy Service', '18 February 2026'),
  ('Speech and language therapy advice', 'Kate Bellis, Speech and Language Therapist, Fellside Children’s Speech and Language Therapy Service', '20 February 2026'),
  ('Occupational therapy advice', 'Priya Nair, Children’s Occupational Therapist, Fellside Children’s Therapy Service', '25 February 2026'),
 ],
 'end': [('p', 'Signed on behalf of Fellside County Council: Rachel Haworth, EHC Co-ordinator, 20 April 2026.')],
}

# ---------------------------------------------------------------- t108 (ef-table, FAIL)
PLANS['t108'] = {
 'layout': 'ef-table', 'name': 'Aisha', 'plan_type': 'amended following annual review',
 'front': [
  ('First name', 'Aisha'),
  ('School year', 'Year 12'),
  ('Age', '17'),
  ('Setting', 'Askerdale Sixth Form College, with teaching from Calderbeck Hospital School during dialysis'),
  ('Last annual review', '10 June 2026'),
  ('Date this plan was issued', '15 July 2026'),
  ('Legal status', 'Looked after child (section 20, Children Act 1989) – foster placement'),
  ('Plan co-ordinator', 'Gareth Lund, Education, Health and Care (EHC) Co-ordinator, Fellside Special Educational Needs and Disabilities (SEND) Service'),
 ],
 'A': [
  ('b', 'Background'),
  ('p', 'Aisha presents with established renal failure secondary to bilateral renal dysplasia and is maintained on haemodialysis three times weekly via a tunnelled central venous catheter. Comorbidities include renal anaemia and secondary hyperparathyroidism, with associated fatigue and reduced exercise tolerance. She is currently suspended from the transplant waiting list pending psychological assessment. Mental state: affect is flat, she reports anhedonia and anticipatory anxiety in relation to dialysis, and there is poor adherence with her fluid restriction and phosphate binders.'),
  ('b', 'Aisha’s views'),
  ('p', 'Aisha met her EHC co-ordinator at college on 27 May 2026 and said: “Dialysis takes over my whole life. I’m there Monday, Wednesday and Friday mornings and I miss the same lessons every week. I want to do my A levels and go to uni to study pharmacy, because I know more about medicines than most people my age. I don’t want to be treated like I’m ill all the time. Some days I just feel really low and I don’t want to talk to anyone. I want to get back on the transplant list.”'),
  ('b', 'What Aisha’s foster carer and mum say'),
  ('p', 'Aisha has lived with her foster carer, Jan, for two years. Jan says Aisha is clever, determined and “brilliant with the younger ones in the house”, and that she have been much quieter since Christmas. Aisha’s mum, who sees her every weekend, says she is proud of Aisha and wants her to go to university. Both of them want Aisha to learn to manage her own medicines and fluid.'),
  ('b', 'Interests and strengths'),
  ('ul', [
   'Science, especially chemistry – Aisha got grade 8 in combined science at GCSE (General Certificate of Secondary Education).',
   'Baking (within her diet), and watching baking programmes.',
   'Looking after her foster carer’s younger children.',
   'She is organised, articulate and stands up for herself in medical appointments.',
  ]),
  ('b', 'Aspirations'),
  ('p', 'Aisha wants to gain her A levels in chemistry, biology and maths, study pharmacy at university, and one day work as a hospital pharmacist. She wants to have a kidney transplant, live independently and keep in touch with her friends from school.'),
 ],
 'B': [
  ('b', 'Cognition and learning'),
  ('p', 'Aisha is an able student who learns quickly. Her dialysis timetable means she misses nine hours of college teaching each week, and she has fallen behind in the the practical parts of chemistry and biology. Tiredness after dialysis affects her concentration and her ability to do homework on those days.'),
  ('b', 'Social, emotional and mental health'),
  ('p', 'Aisha is articulate and has a small group of close friends. She has become withdrawn since the winter, avoids social events and finds it hard to ask for help at college. She needs a trusted adult at college and planned time to catch up with friends.'),
  ('b', 'Physical'),
  ('p', 'Aisha has reduced stamina, feels the cold and must avoid heavy lifting with her line. She needs to drink no more than her daily fluid allowance and to take medicines with meals at college.'),
  ('b', 'Preparing for adulthood'),
  ('p', 'Aisha needs to learn to manage her own medicines, fluid and hospital appointments, to plan her university application and to keep her friendships going.'),
 ],
 'C': [
  ('b', 'Kidney failure and dialysis'),
  ('p', 'Aisha has kidney failure and needs haemodialysis (a machine cleaning her blood) three times a week, four hours each session, at Calderbeck Royal Children’s Hospital renal unit. She has a central line in her chest for dialysis which must be kept dry and protected. She must follow a fluid restriction of 500ml a day plus what she passes as urine, and a low-potassium, low-phosphate diet.'),
  ('b', 'Medication'),
  ('p', 'Aisha takes several medicines each day, including phosphate binders with every meal, and needs a private place at college to take them.'),
  ('b', 'Mental health'),
  ('p', 'Aisha has experienced anxiety and low mood since the winter, with panic attacks before some dialysis sessions and poor sleep. Her renal consultant referred her to Child and Adolescent Mental Health Services (CAMHS) in May 2026. Her mental health is also affecting her place on the transplant waiting list.'),
 ],
 'D': [
  ('p', 'Aisha is a looked after child under section 20 of the Children Act 1989.'),
 ],
 'EF_header': ('Outcome', 'Provision', 'Frequency and duration', 'Who'),
 'EF_intro': [('p', 'These outcomes were agreed with Aisha at her annual review on 10 June 2026 and are to be achieved by July 2027, the end of Year 13, unless another date is given.')],
 'EF': [
  {'area': 'Employment and higher education', 'rows': [
   {'outcome': 'By July 2027, Aisha will achieve at least a grade B in her A level chemistry, biology and maths end-of-year assessments, recorded by her college tutor.',
    'prov': [
     ('Teaching during dialysis from a hospital school teacher, following her college schemes of work, 1:1 at the dialysis chair.', 'Three sessions a week (Monday, Wednesday and Friday), two hours each', 'Qualified teacher, Calderbeck Hospital School'),
     ('Catch-up practical sessions in chemistry and biology, in a group of no more than 3 students.', 'One hour each week, on Tuesday afternoons', 'Science technician and subject teacher, Askerdale Sixth Form College'),
     ('Lesson materials and recordings uploaded to the college’s online platform on the day of each lesson she misses.', 'Every missed lesson', 'Subject teachers'),
    ]},
   {'outcome': 'By 15 January 2027, Aisha will submit her university application for pharmacy degrees with a personal statement she has written, checked by her careers adviser.',
    'prov': [
     ('University application guidance, 1:1.', 'Five 45-minute meetings between September and December 2026', 'Level 6 qualified careers adviser, Fellside Youth Support Service'),
    ]},
  ]},
  {'area': 'Independent living and good health', 'rows': [
   {'outcome': 'By March 2027, Aisha will demonstrate adherence to her fluid restriction, with interdialytic weight gain below 2kg at 9 out of 10 dialysis sessions, and will self-administer phosphate binders with 100% of meals, as recorded by the renal nurse on her dialysis chart.',
    'prov': [
     ('Independence skills sessions on managing medicines, fluid and meals at college, using a phone app to track fluid, 1:1.', 'Weekly for 30 minutes in the autumn term, then fortnightly', 'College learning support mentor trained by the renal nurse specialist'),
     ('A private room and a fridge for her medicines and drinks at college, set up and checked weekly by the college’s additional learning support manager.', 'Daily', 'Additional learning support manager'),
    ]},
  ]},
  {'area': 'Friends, relationships and community, and emotional wellbeing', 'rows': [
   {'outcome': 'By July 2027, Aisha will go to at least one social event with friends outside college each month, and will rate her mood 6 or more out of 10 on at least three of four weekly check-ins each month, recorded by her mentor.',
    'prov': [
     ('Mentoring check-in with a named learning support mentor, 1:1.', 'Every Tuesday for 20 minutes', 'Learning support mentor, Askerdale Sixth Form College'),
     ('Counselling with the college’s qualified counsellor, 1:1.', 'Six 50-minute sessions from September 2026, then review', 'College counsellor (BACP registered)'),
    ]},
  ]},
 ],
 'G': [
  ('ul', [
   'Haemodialysis at Calderbeck Royal Children’s Hospital renal unit three times a week (Monday, Wednesday and Friday, 8am to 12pm), with nursing care and line care from the renal nursing team.',
   'Clinic review by her consultant paediatric nephrologist every month, including transplant work-up.',
   'A renal dietitian will review Aisha’s diet and fluid allowance every month at dialysis and give her written meal plans for college.',
   'The renal nurse specialist will train the college learning support mentor and additional learning support manager in her medication, fluid and line safety, in a two-hour session each September, and will visit college once a term for a hour to review arrangements.',
  ]),
  ('p', 'Health agreement: the health provision above was agreed by Dr Sarah Blamire, Designated Medical Officer for SEND, NHS Fellside and Dales Integrated Care Board, on 9 July 2026.'),
 ],
 'H1': [('p', 'None.')],
 'H2': [('p', 'Social worker to visit as required.')],
 'I': [('p', 'Askerdale Sixth Form College (general further education – sixth form college), with hospital education from Calderbeck Hospital School during dialysis.')],
 'J': [('p', 'No personal budget has been requested.')],
 'K': [
  ('Aisha’s views', 'Aisha, with her EHC co-ordinator', '27 May 2026'),
  ('Foster carer’s and mum’s views', 'Jan (foster carer) and Aisha’s mum', '10 June 2026'),
  ('Educational advice', 'Mr Stephen Ingleby, Additional Learning Support Manager, Askerdale Sixth Form College', '20 May 2026'),
  ('Educational advice (hospital education)', 'Ms Carla Bell, Teacher, Calderbeck Hospital School', '22 May 2026'),
  ('Psychological advice', 'Dr Tom Bainbridge, Educational Psychologist, Fellside Educational Psychology Service', '6 March 2026'),
  ('Medical advice', 'Dr Imran Qureshi, Consultant Paediatric Nephrologist, Calderbeck Royal Children’s Hospital', '14 April 2026'),
  ('Renal nursing advice', 'Lisa Mounsey, Renal Nurse Specialist, Calderbeck Royal Children’s Hospital', '21 April 2026'),
  ('Dietetic advice', 'Hannah Scott, Renal Dietitian, Calderbeck Royal Children’s Hospital', '21 April 2026'),
  ('Social care advice', 'Tom Reid, Social Worker, Children in Care Team, Fellside County Council', '3 March 2026'),
  ('Preparing for adulthood advice', 'Jo Metcalfe, Careers Adviser, Fellside Youth Support Service', '19 May 2026'),
 ],
 'end': [('p', 'Signed on behalf of Fellside County Council: Gareth Lund, EHC Co-ordinator, 15 July 2026. Aisha and her foster carer was sent a copy of the final plan on the same day.')],
}

# ---------------------------------------------------------------- t109 (national-template, SOUND)
PLANS['t109'] = {
 'layout': 'national-template', 'name': 'Lily',
 'front': [
  ('First name', 'Lily'),
  ('School year', 'Year 9 (age 13)'),
  ('Last annual review', '17 September 2026'),
  ('Date this plan was issued', '28 October 2026 (amended following annual review)'),
  ('Plan co-ordinator', 'Rachel Haworth, Education, Health and Care (EHC) Co-ordinator, Fellside Special Educational Needs and Disabilities (SEND) Service'),
 ],
 'personal': {'name': 'Lily', 'dob': 'March 2013 (month and year only in this copy)', 'sex': 'Female', 'ethnicity': 'White British',
   'lang': 'English (Lily communicates using eye gaze, facial expression and vocalising)', 'parent_lang': 'English',
   'parent1': 'Lily’s mum', 'rel1': 'Mother', 'parent2': 'Lily’s dad', 'rel2': 'Father', 'addr2': 'Same address'},
 'services': {'setting': 'Greystones School, Askerdale (maintained special school, 2–19)',
   'gp': 'Kirkby Fell Medical Practice. Key health professional: Dr Amir Khalid, Consultant Community Paediatrician',
   'nhs': 'Held on the case record (not shown in this copy)',
   'social': 'Yes – Disabled Children’s Team (short breaks)',
   'others': 'Children’s Epilepsy Nurse Specialist; Fellside Community Children’s Nursing Team; paediatric dietitian; children’s physiotherapist, occupational therapist and speech and language therapist; Children’s Continuing Care team',
   'lac': 'No', 'was_lac': 'No', 'opp': 'Yes – Lily’s one-page profile, updated September 2026, is appended', 'moving': 'No'},
 'A1': 'Lily is 13 and lives in Kirkby Fell with her mum, dad and her older brother Sam, who is 17. Lily has Rett syndrome, a genetic condition that affects girls’ development, movement and communication. She developed typically until she was about 18 months old, then lost her early words and the use of her hands for holding things. Lily has epilepsy, is fed through a gastrostomy (a tube into her stomach) and has a curve in her spine (scoliosis) that is monitored by the orthopaedic team. She has been at Greystones School since nursery and is in the Year 9 class, where she is known for her sense of humour.\n\nCommunication: Lily understands much more than she can show. She uses an eye-gaze computer with a 120-word vocabulary, looks at symbols and objects to make choices, and uses her voice and face to tell people how she feels. She needs time – at least 20 seconds – to respond.',
 'A2': {
  'views': 'How we found out Lily’s views: Lily’s views were gathered by people who know her well. Her class teacher and her speech and language therapist asked her questions on her eye-gaze computer over three sessions in September 2026 and watched how she responded during lessons, hydrotherapy and her short breaks. Her mum checked that these match what Lily shows at home.\n\nWhat Lily told us on her eye gaze: “I like music.” “I like swimming.” “I like Sam.” “I want café.” (Lily chose the café symbol four times when asked what she liked best at school.) “No standing.” (about the standing frame)\n\nWhat we saw: Lily laughs and kicks when her favourite songs are played, and is calm and relaxed in the hydrotherapy pool. She looks at and smiles at customers in the school café and becomes animated when she is given a job. She turns away and closes her eyes when an activity goes on too long.\n\nWhat Lily’s family say: Lily’s mum and dad said Lily is “cheeky, loving and determined”. They want her to keep using her eye gaze in every part of her life, including at home and at Birkrigg House. They are starting to think about what happens after school and want Lily to have a day that is busy and meaningful, with people who know her. They would like Lily to be as healthy and comfortable as possible and to keep seeing the friends she has made at Greystones.',
  'interests': 'Music (especially Abba and musicals), swimming and hydrotherapy, the school café, watching her brother play football, fairy lights and anything sparkly.',
  'strengths': 'Lily is sociable and has a great sense of humour. She is a confident eye-gaze user and will make her views known. She remembers people and places well and recognises familiar staff from a distance. She is brave and copes calmly with medical procedures.',
  'aspirations': 'Lily’s aspiration, shown through her choices, is to work in the café and to keep swimming and listening to music. Her family hope that after school Lily will go to a specialist college or day service where she can do work-related activities such as café work, that she will live in a home of her own with the right support when she is an adult, keep her friendships, and stay as healthy as possible.',
 },
 'areas': {
  'ci': {'strengths': 'Lily is a motivated communicator. She uses 120 words on her eye-gaze computer to make requests, comment and answer questions, and combines two symbols (“more music”) on a good day.',
   'rows': [
    ('Lily needs to learn to use her eye gaze to ask for things from people she does not know, and to use it in new places such as college visits and the community.',
     'Daily 1:1 eye-gaze teaching with a teaching assistant (TA) trained by the speech and language therapist: 20 minutes each morning, following a programme set each half term.\nSpeech and language therapy: a speech and language therapist from Fellside Children’s Speech and Language Therapy Service will work with Lily 1:1 for 30 minutes every fortnight and will add new vocabulary (including work-related vocabulary for the café) to her eye-gaze computer each half term.\nHer eye-gaze computer will be set up, charged and mounted on her wheelchair each morning by her class TA; the school’s assistive technology lead will update the software each term.',
     'By July 2027, Lily will use her eye gaze to take an order from a customer in the school café (greeting, asking “What would you like?” and saying “Thank you”) on 8 of 10 café shifts, recorded by the café supervisor.'),
    ('Lily needs adults to give her at least 20 seconds to respond and to read her non-verbal signals consistently.',
     'All staff who work with Lily will follow her communication passport; new staff will be trained in it by her class teacher in a 30-minute session before they work with her.',
     'By July 2027, Lily will tell an unfamiliar adult three facts about herself using her eye gaze (for example name, favourite music, what she likes to drink) on three college or community visits, recorded by her class teacher.'),
   ]},
  'cl': {'strengths': 'Lily has a good memory for routines and people and enjoys learning through music and real experiences.',
   'rows': [
    ('Lily is working within the school’s pre-formal curriculum (learning through her senses, routines and relationships) and needs learning through real-life, sensory experiences, with each activity broken into small steps.',
     'A class of 7 pupils with a teacher and three TAs, following the school’s 14–19 preparing for adulthood pathway (work-related learning, independence, community and health).\nWork-related learning in the school café: two one-hour shifts each week with 1:1 support from a TA, following a task sequence on her eye gaze.',
     'By July 2027, Lily will receive a positive end-of-year report from the school café supervisor, showing that she completed her agreed café tasks (taking orders and giving out drinks with support) on at least 80% of her shifts.'),
    ('Lily needs to build her understanding of money and time for use in the community.',
     'Community learning: one half-day visit to Askerdale town centre each week with her class group (no more than 4 pupils, 1:1 staffing for Lily), including paying in a shop with her eye-gaze message and a purse.',
     'By July 2027, Lily will choose a drink and pay for it in a café in Askerdale using her eye-gaze message and purse, with no more than one adult prompt, on four out of five community visits, recorded by her class teacher.'),
   ]},
  'sp': {'strengths': 'Lily can stand and take steps with two adults supporting her and enjoys moving in the hydrotherapy pool. She can use her eyes very accurately to control her computer.',
   'rows': [
    ('Lily has very limited use of her hands and needs help with all personal care, eating and drinking, and moving. She has repetitive hand movements typical of Rett syndrome.',
     'Occupational therapy: a children’s occupational therapist will visit school for 60 minutes once each half term to review Lily’s seating, hand splints and the position of her eye-gaze screen, and to teach staff her personal care routine.\nTwo staff trained in moving and handling (refreshed yearly) for all transfers, using a ceiling hoist.',
     'By July 2027, Lily will make two choices on her eye gaze during every personal care routine (for example which music to play and which towel), on four days out of five, recorded on her personal care chart.'),
    ('Lily needs to keep moving and standing each day to protect her hips and spine.',
     'Daily standing frame session (20 minutes) and a supported walk in the corridor (10 minutes), led by TAs trained by the physiotherapist.\nHydrotherapy once a week for 30 minutes, 1:1 with a TA who holds the school’s hydrotherapy qualification.',
     'By July 2027, Lily will take 20 supported steps along the school corridor with two adults, on four days out of five, recorded by her class team.'),
   ]},
 },
 'health': {'strengths': 'Lily’s seizures are well controlled this year and she is gaining weight steadily. She has no difficulty with her hearing or her eyesight, but she has the following health needs, which her family and health team manage closely.',
   'rows': [
    ('Epilepsy: Lily has epilepsy, with about two seizures a month, mostly in the morning. She has an individual healthcare plan with rescue medication (buccal midazolam) if a seizure lasts more than five minutes.',
     'The Children’s Epilepsy Nurse Specialist, Calderbeck Royal Children’s Hospital, will train all staff in Lily’s class in her healthcare plan and rescue medication: a two-hour session each September, and will review her plan every six months.\nRescue medication is given when needed by trained staff, following her epilepsy care plan; staff will record every seizure on her seizure log.',
     'By July 2027, after a morning seizure Lily will rest for no more than 45 minutes and then rejoin her class activity, on at least three out of four occasions, recorded on her seizure log by her class team and checked by the epilepsy nurse at each six-monthly review.'),
    ('Nutrition: Lily is fed by gastrostomy with three tube feeds a day at school (each given over about 20 minutes) and a pump feed overnight. She has small tastes of food by mouth for enjoyment.',
     'The Fellside Community Children’s Nursing Team will train three named staff in gastrostomy feeding and tube care in a three-hour session each September, with competency checks every term.\nA paediatric dietitian will review Lily’s feed plan every three months and send updates to school.',
     'By July 2027, Lily will take part in her tasting sessions at café time, choosing her taste on her eye gaze, on four days out of five, with no choking episodes, recorded on her eating and drinking chart.'),
    ('Scoliosis and posture: Lily has a curve in her spine which is checked by the orthopaedic team every six months.',
     'A children’s physiotherapist from Fellside Children’s Therapy Service will see Lily at school for 45 minutes every half term, update her postural management programme and train the TAs who carry it out.\nSpinal brace provided and adjusted every six months by the orthotist at the Calderbeck Royal Children’s Hospital orthopaedic clinic.',
     'By July 2027, Lily will wear her spinal brace for six hours on every school day and stand in her frame for 20 minutes daily, recorded on her postural chart.'),
    ('Continuing Care: Lily is assessed as eligible for children’s Continuing Care because of her overnight needs (seizures and overnight feeds).',
     'A Continuing Care package funded by NHS Fellside and Dales Integrated Care Board: a trained carer from Dalesway Nursing overnight at home (10pm to 7am) three nights a week, reviewed every 12 months by the Continuing Care team.',
     'By July 2027, Lily will arrive at school ready to learn (settled, in her chair by 9:15am) on at least 85% of school days, recorded by her class teacher.'),
   ]},
 'health_agreement': 'Dr Sarah Blamire, Designated Medical Officer for SEND, NHS Fellside and Dales Integrated Care Board, reviewed and agreed the health provision in Section G on 22 October 2026.',
 'social': {'strengths': 'Lily enjoys her short breaks at Birkrigg House and has made friends there. Her family are committed and well supported by her grandparents.',
   'rows': [
    ('Lily needs two adults for all personal care, day and night. A social care assessment by the Disabled Children’s Team (July 2026) found that her family need planned breaks from caring to keep caring for Lily at home, and that Lily needs time with other young people away from her family.',
     'Overnight short breaks at Birkrigg House (residential short break unit with nursing support), two nights every month.\nA 1:1 support worker for the Saturday youth club at Askerdale Leisure Centre, 10am to 1pm every other Saturday.',
     'None.',
     'By July 2027, Lily will go to the Saturday youth club on at least 15 occasions and will choose one activity there each time using her eye gaze, recorded by her support worker.'),
    ('From Year 9, Lily and her family need information about the move to adult social care.',
     'None.',
     'The Fellside Transitions Team will meet Lily and her family in spring 2027 (one meeting of about 90 minutes) to begin planning for adult social care, and will attend her Year 10 annual review.',
     'By her Year 10 annual review (autumn 2027), Lily will have visited two adult day services or colleges with her family and shown which she prefers using her eye gaze, recorded in her transition plan by the Transitions Team worker.'),
   ]},
 'I_name': 'Greystones School, Askerdale',
 'I_type': 'Maintained special school for pupils aged 2 to 19 with severe, profound and multiple learning difficulties',
 'J_details': 'The overnight short breaks are provided directly by Birkrigg House. The youth club support in H1 is taken as a direct payment.',
 'J_arr': 'Direct payment of 3 hours every other Saturday, paid four-weekly to Lily’s parents, who employ a support worker through Fellside Direct Payments Support Service.',
 'K_rows': {
  1: ('Parent views', '17 September 2026', 'Lily’s mum and dad', 'YES'),
  2: ('Educational advice', '4 September 2026', 'Mr Neil Ashby, Deputy Headteacher and Special Educational Needs Co-ordinator (SENCo), Greystones School', 'YES'),
  3: ('Lily’s views (eye gaze and observation)', '15 September 2026', 'Miss Laura Harker, Class Teacher, with Kate Bellis, Speech and Language Therapist', 'YES'),
  4: (None, '11 August 2026', 'Dr Amir Khalid, Consultant Community Paediatrician, Fellside Community Child Health', 'YES'),
  5: (None, '9 February 2026', 'Dr Nicola Frith, Educational Psychologist, Fellside Educational Psychology Service', 'YES'),
  6: (None, '21 July 2026', 'Carl Pickthall, Social Worker, Disabled Children’s Team, Fellside County Council', 'YES'),
  7: (None, '3 September 2026', 'Tracey Walsh, Community Children’s Nurse, Fellside Community Children’s Nursing Team', 'YES'),
  8: (None, '10 September 2026', 'Jo Metcalfe, Careers Adviser, Fellside Youth Support Service, with Greystones School’s 14–19 lead', 'YES'),
 },
 'K_extra': [
  ('Epilepsy advice', '18 August 2026', 'Sian Pollard, Children’s Epilepsy Nurse Specialist, Calderbeck Royal Children’s Hospital', 'YES'),
  ('Dietetic advice', '25 August 2026', 'Amy Cowperthwaite, Paediatric Dietitian, Calderbeck Royal Children’s Hospital', 'YES'),
  ('Physiotherapy advice (including orthotics)', '1 September 2026', 'Laura Dent, Children’s Physiotherapist, Fellside Children’s Therapy Service', 'YES'),
  ('Occupational therapy advice', '1 September 2026', 'Priya Nair, Children’s Occupational Therapist, Fellside Children’s Therapy Service', 'YES'),
  ('Speech and language therapy advice', '8 September 2026', 'Kate Bellis, Speech and Language Therapist, Fellside Children’s Speech and Language Therapy Service', 'YES'),
  ('Continuing Care review', '14 July 2026', 'Michelle Ward, Children’s Continuing Care Nurse Assessor, NHS Fellside and Dales Integrated Care Board', 'YES'),
  ('Orthopaedic clinic letter', '30 June 2026', 'Mr James Fairclough, Consultant Paediatric Orthopaedic Surgeon, Calderbeck Royal Children’s Hospital', 'YES'),
 ],
 'signoff': ('Rachel Haworth, EHC Co-ordinator', 'R. Haworth (signed electronically)', '28/10/2026'),
}

# ---------------------------------------------------------------- t110 (national-template, FAIL)
PLANS['t110'] = {
 'layout': 'national-template', 'name': 'Jack',
 'front': [
  ('First name', 'Jack'),
  ('Education phase', 'Post-19 – third year at Askerdale College (age 19)'),
  ('Last annual review', '14/10/2025'),
  ('Date this plan was issued', '18/11/2025 (amended following annual review)'),
  ('Plan co-ordinator', 'Gareth Lund, Education, Health and Care (EHC) Co-ordinator, Fellside Special Educational Needs and Disabilities (SEND) Service'),
 ],
 'personal': {'name': 'Jack', 'dob': 'Age 19 (date of birth held on the case record)', 'sex': 'Male', 'ethnicity': 'White British',
   'lang': 'English (Jack does not use speech)', 'parent_lang': 'English',
   'parent1': 'Jack’s mum', 'rel1': 'Mother', 'parent2': 'Jack’s stepdad', 'rel2': 'Stepfather', 'addr2': 'Same address'},
 'services': {'setting': 'Askerdale College – Foundation Learning (specialist provision within a general further education college)',
   'gp': 'Hawes Bridge Surgery. Key health professional: Adult Epilepsy Nurse Specialist, Fellside Community Neurology',
   'nhs': 'Held on the case record (not shown in this copy)',
   'social': 'Yes – Adult Social Care, Learning Disability Team',
   'others': 'Community learning disability nursing; adult physiotherapy; dietitian; NHS Continuing Healthcare team',
   'lac': 'No', 'was_lac': 'No', 'opp': 'No', 'moving': 'No'},
 'A1': 'Jack is 19 and lives at home in Hawes Bridge with his mum and stepdad. Jack has profound and multiple learning difficulties following a brain injury at birth (hypoxic-ischaemic encephalopathy). He cannot walk, talk or use his hands to hold objects. He has epilepsy, which is not fully controlled, and is fed by gastrostomy. He is dependent on adults for all of his care. Jack attended Greystones School until he was 18 and started at Askerdale College in September 2023.\n\nCommunication: Jack has no speech and no reliable yes/no response. He cannot use symbols or switches for communication. Adults have to guess what he wants from his behaviour.',
 'A2': {
  'views': 'Jack’s views: Jack cannot tell us his views in words. His key worker at college, Sue Armstrong, who has worked with him for three years, and his mum told us what they see. Jack smiles and vocalises when he hears his mum’s voice and when music is played loudly. He becomes calm in the hydrotherapy pool and lifts his head when he is outdoors in the wind. He grimaces and cries when he is hoisted quickly or when there is sudden noise, and he closes his eyes and turns away when he has had enough.\n\nFamily’s views: Jack’s mum said she is exhausted and worried about how long she can keep caring for Jack at home. She wants to make sure Jack is safe, comfortable and well looked after at college, and that staff know how to manage his seizures and his feeds. His stepdad said Jack’s seizures have been worse this year.',
  'interests': 'Jack’s interests are limited because of his level of need. He is sometimes calmer with loud music.',
  'strengths': 'Jack is fully dependent on adults for all his care. He cannot communicate his needs or make choices.',
  'aspirations': 'Jack is not able to express any aspirations.',
 },
 'areas': {
  'ci': {'strengths': 'Jack has no speech and no reliable way of communicating.',
   'rows': [
    ('Jack cannot make choices or indicate yes or no, and depends on adults interpreting his behaviour.',
     'Jack should have opportunities to make choices throughout the day where possible.\nIntensive interaction sessions.',
     'By July 2026, Jack will look at one of two objects held up by his key worker to choose his drink flavour or his music, on four out of five occasions, recorded on his college communication record.'),
   ]},
  'cl': {'strengths': 'Jack has profound and multiple learning difficulties and is not able to access a formal curriculum.',
   'rows': [
    ('Jack does not understand cause and effect and cannot take part in group learning without full adult support.',
     'Small group sensory sessions.\nAccess to the college multi-sensory room as appropriate.',
     'By July 2026, Jack will press a large head switch to turn on music or a fan three times in a 10-minute session, on three out of four sessions, recorded by his tutor.'),
    ('Jack needs to take part in his community as an adult.',
     'Community visits when staffing allows.',
     'By July 2026, Jack will visit Askerdale library and the Riverside Café with his college group on at least ten occasions and show by his behaviour (smiling, vocalising or staying calm for 20 minutes) that he is settled there, recorded by his key worker.'),
   ]},
  'sp': {'strengths': 'Jack cannot sit without support, walk or use his hands.',
   'rows': [
    ('Jack needs two people and a hoist for all transfers, and full support with personal care.',
     'Two trained staff for every transfer and for personal care, using the ceiling hoist in the Foundation Learning changing room.\nJack’s positioning programme carried out by college staff.',
     'By July 2026, Jack will keep his head upright for five minutes while sitting in his wheelchair during group sessions, on four days out of five, recorded on his postural chart.'),
   ]},
 },
 'health': {'strengths': 'Jack’s weight has been stable this year.',
   'rows': [
    ('Epilepsy: Jack has tonic-clonic seizures (where he stiffens and jerks) and absence seizures (brief blank spells), about four to six a week, with clusters when he is unwell. He has rescue medication (buccal midazolam) in his epilepsy care plan.',
     'The Adult Epilepsy Nurse Specialist, Fellside Community Neurology, will train all Foundation Learning staff working with Jack in his epilepsy care plan and rescue medication: a two-hour session each September, with a review of the plan every six months.',
     'By July 2026, after a seizure at college Jack will return to his group activity within one hour, on three out of four occasions, recorded on his seizure record by his key worker.'),
    ('Nutrition: Jack is fed by gastrostomy with a pump feed overnight and three feeds during the day.',
     'The Community Learning Disability Nursing Team will train three named college staff in gastrostomy care and feeding in a three-hour session each September, with competency checks every term.\nA dietitian will review his feed plan every three months.',
     'By July 2026, Jack will sit upright in his wheelchair for 30 minutes after each feed at college with no signs of discomfort, on four days out of five, recorded on his feeding chart.'),
    ('Posture: Jack has stiff muscles and hip pain when he is left in one position.',
     'An adult physiotherapist from Fellside Community Physiotherapy will visit college for 45 minutes every half term to update Jack’s positioning programme and train staff.',
     'By July 2026, Jack will spend 20 minutes out of his wheelchair in supported side-lying twice each college day with no signs of pain, recorded on his postural chart.'),
    ('Overnight care: Jack is eligible for NHS Continuing Healthcare because of his seizures and overnight feeding.',
     'NHS Continuing Healthcare package funded by NHS Fellside and Dales Integrated Care Board: a trained carer overnight at home (10pm to 7am) four nights a week, reviewed every 12 months.',
     'By July 2026, Jack will arrive at college settled and ready to join the morning session on at least 80% of college days, recorded by his key worker.'),
   ]},
 'health_agreement': 'Dr Sarah Blamire, Designated Medical Officer for SEND, NHS Fellside and Dales Integrated Care Board, reviewed and agreed the health provision on 10 November 2025.',
 'social': {'strengths': 'Jack’s mum and stepdad provide all of his care at home.',
   'rows': [
    ('A Care Act assessment by the Adult Social Care Learning Disability Team (September 2025) found that Jack needs support with all personal care at home, and that his mum, as his main carer, needs regular breaks to continue caring for him.',
     'Not applicable – Jack is over 18.',
     'A personal assistant, employed through a direct payment, for 10 hours a week (Tuesday and Thursday afternoons and Saturday mornings) to support Jack at home and in the community.\nOvernight respite at Fellview Lodge (adult respite service), 21 nights a year, booked by Jack’s mum with the Learning Disability Team.',
     'By July 2026, Jack will go out with his personal assistant to a community place (park, café or swimming pool) at least once every week, recorded in his personal assistant’s diary.'),
   ]},
 'I_name': 'Askerdale College',
 'I_type': 'General further education college – Foundation Learning (specialist provision for students with profound and multiple learning difficulties)',
 'J_details': 'Jack’s personal assistant hours in H2 are paid as a direct payment from Adult Social Care.',
 'J_arr': 'Direct payment of 10 hours a week, paid four-weekly to Jack’s mum as his suitable person, with payroll support from Fellside Direct Payments Support Service.',
 'K_rows': {
  1: ('Parents’ views', '14 October 2025', 'Jack’s mum and stepdad', 'YES'),
  2: ('Educational advice', '30 September 2025', 'Mrs Helen Purdy, Foundation Learning Manager, Askerdale College', 'YES'),
  3: ('Jack’s views (observation)', '29 September 2025', 'Sue Armstrong, Key Worker, Askerdale College, with Jack’s mum', 'YES'),
  4: (None, '12 September 2025', '', 'YES'),
  5: (None, '5 September 2025', 'Dr Tom Bainbridge, Educational Psychologist, Fellside Educational Psychology Service', 'YES'),
  6: (None, '26 September 2025', 'Mark Tindall, Social Worker, Adult Social Care Learning Disability Team', 'YES'),
  8: (None, '1 October 2025', 'Jo Metcalfe, Careers Adviser, Fellside Youth Support Service', 'YES'),
 },
 'K_extra': [
  ('Epilepsy advice', '8 September 2025', 'Rebecca Lamb, Adult Epilepsy Nurse Specialist, Fellside Community Neurology', 'YES'),
  ('Community nursing advice', '15 September 2025', 'Paul Heseltine, Community Learning Disability Nurse, Fellside Community Learning Disability Nursing Team', 'YES'),
  ('Dietetic advice', '11 September 2025', 'Claire Brough, Dietitian, Fellside Community Nutrition and Dietetics', 'YES'),
  ('Physiotherapy advice', '22 September 2025', 'Adam Rigg, Physiotherapist, Fellside Community Physiotherapy', 'YES'),
  ('NHS Continuing Healthcare review', '2 September 2025', 'Joanne Kirk, Continuing Healthcare Nurse Assessor, NHS Fellside and Dales Integrated Care Board', 'YES'),
 ],
 'signoff': ('Gareth Lund, EHC Co-ordinator', 'G. Lund (signed electronically)', '18/11/2025'),
}

# ---------------------------------------------------------------- t111 (national-template, FAIL)
PLANS['t111'] = {
 'layout': 'national-template', 'name': 'Ruby',
 'front': [
  ('First name', 'Ruby'),
  ('National Curriculum (NC) year', 'Year 6'),
  ('Last annual review', '25 March 2026'),
  ('Date this plan was issued', '6 May 2026 (amended following annual review)'),
  ('Plan co-ordinator', 'Joanne Pike, Education, Health and Care (EHC) Co-ordinator, Fellside Special Educational Needs and Disabilities (SEND) Service'),
 ],
 'personal': {'name': 'Ruby', 'dob': 'January 2015 (month and year only in this copy)', 'sex': 'Female', 'ethnicity': 'White and Black Caribbean',
   'lang': 'English', 'parent_lang': 'English',
   'parent1': 'Ruby’s mum', 'rel1': 'Mother', 'parent2': 'Ruby’s dad', 'rel2': 'Father', 'addr2': 'Same address'},
 'services': {'setting': 'Lowther Brow Primary School, Kirkby Fell; Calderbeck Hospital School during admissions',
   'gp': 'Kirkby Fell Medical Practice. Key health professional: Dr Emma Rowntree, Consultant in Paediatric Respiratory Medicine, Long-Term Ventilation Team, Calderbeck Royal Children’s Hospital',
   'nhs': 'Held on the case record (not shown in this copy)',
   'social': 'Yes – Disabled Children’s Team',
   'others': 'Fellside Community Children’s Nursing Team; Children’s Continuing Care team; speech and language therapy; Calderbeck Hospital School',
   'lac': 'No', 'was_lac': 'No', 'opp': 'Yes – appended', 'moving': 'No'},
 'A1': 'Ruby is 11 and lives in Kirkby Fell with her mum, dad and twin brothers, who are 6. Ruby was born with congenital central hypoventilation syndrome, a rare condition in which the brain does not control breathing properly during sleep. She has had a tracheostomy (a breathing tube in her neck) since she was a baby and uses a ventilator every time she sleeps. Ruby has spent long periods in Calderbeck Royal Children’s Hospital, including six weeks in the winter of 2025 with a chest infection. She is bright and has kept up well with her learning, but her speech is quieter and harder to understand than other children’s because of her tracheostomy, and she tires easily.\n\nCommunication: Ruby talks using a speaking valve on her tracheostomy. Her voice is quiet and she runs out of breath in long sentences. She also uses a communication app on her tablet when she is tired or her valve is off.',
 'A2': {
  'views': 'What Ruby says (written with her teaching assistant in March 2026): “I am good at maths and art and I like drawing animals, especially horses. My best friend is Nia. I hate it when people can’t hear me and say ‘pardon’ three times. I don’t like missing school when I’m in hospital, but the hospital school teachers are nice. I want to go to Askerdale High with Nia in September. I’m a bit worried about the big school because of my trachy and I don’t want everyone staring.”\n\nWhat Ruby’s parents say: Ruby’s mum and dad describe her as “clever, funny and bossy in the best way”. They want her to move to Askerdale High School with her friends and to have the support she needs to stay safe there without being treated differently. They are tired because of night-time care, especially when Ruby is unwell, and they value the overnight breaks at Birkrigg House.',
  'interests': 'Drawing (especially horses), maths puzzles, baking with her dad, watching wildlife programmes, looking after the family’s rabbits.',
  'strengths': 'Ruby is a quick learner who is working at the expected standard for Year 6 in maths and reading. She is determined, kind and well liked, and she explains her condition confidently to new adults. She knows her own care routine well and tells staff when something is not right.',
  'aspirations': 'Ruby wants to go to Askerdale High School with Nia and, one day, be a vet or a wildlife artist. Her parents hope she will make a successful move to secondary school, keep her friends, manage more of her own tracheostomy care as she gets older, and go on to college or university.',
 },
 'areas': {
  'ci': {'strengths': 'Ruby has a wide vocabulary, good understanding and lots to say.',
   'rows': [
    ('Ruby’s voice is quiet and breathy with her speaking valve, and she is often not heard in class discussion or in the playground. She needs to learn strategies to make herself heard and to use her communication app confidently in front of others.',
     '',
     'By March 2027, Ruby will use her communication app or an agreed hand signal to take part in class discussion at least once in every lesson, on four days out of five, recorded by her class teacher.'),
    ('Ruby needs adults to allow time for her to speak and to check understanding without asking her to repeat herself many times.',
     'All staff who work with Ruby will follow her communication profile; the SENCo (Special Educational Needs Co-ordinator) will brief all staff at the start of each term in a 20-minute session.\nA personal voice amplifier, provided and maintained by the school’s SENCo, for use in every lesson.',
     'By March 2027, Ruby will use her voice amplifier in every lesson in which she is asked to speak to the class, as noted by her teaching assistant on a weekly checklist.'),
   ]},
  'cl': {'strengths': 'Ruby is working at the expected standard for her age in reading and maths and just below it in writing.',
   'rows': [
    ('Ruby has gaps in her writing because of missed school during hospital admissions, and she tires quickly when writing at length.',
     'Writing intervention in a group of 3 pupils, 30 minutes three times a week, led by a teaching assistant (TA) trained in the school’s writing programme, for the autumn term, then review.\nTeaching on the ward from Calderbeck Hospital School during any admission of five days or more: two hours each weekday, 1:1 or in a group of no more than 4.',
     'By March 2027, Ruby will write a piece of at least 300 words that meets the “working at the expected standard” criteria for Year 7 English, assessed by her English teacher.'),
   ]},
  'sp': {'strengths': 'Ruby is physically active and enjoys dancing and riding her scooter in the playground.',
   'rows': [
    ('Ruby has a tracheostomy and needs a trained adult within sight of her at all times in school, including at break, lunch and on trips, to carry out suction or emergency tube changes.',
     'A trained TA, 1:1 with Ruby for the whole school day (32.5 hours a week), who has completed tracheostomy training with the community children’s nursing team and is checked as competent every term. A second trained adult covers breaks and absence.\nOvernight short breaks at Birkrigg House (residential short break unit with nursing staff), two nights every month, funded by the Disabled Children’s Team.',
     'By March 2027, Ruby will tell her 1:1 TA when she needs suction, using words or her hand signal, on every occasion, and will carry out her own suction with the TA watching on at least three out of four occasions, recorded on her tracheostomy care log.'),
    ('Ruby tires easily, especially after a night when her ventilator alarms have woken her.',
     'A rest break of 10 minutes in the quiet room each morning and afternoon, supervised by her 1:1 TA.',
     'By March 2027, Ruby will complete a full school day (8:50am to 3:15pm) on at least 85% of the days she is not in hospital, recorded in the school attendance system.'),
   ]},
 },
 'health': {'strengths': 'Ruby has been well since her spring admission and knows her own tracheostomy care routine.',
   'rows': [
    ('Tracheostomy: Ruby needs suction several times a day and a tube change in an emergency. She is at risk of chest infections.',
     'Community children’s nursing team to support school with tracheostomy care as needed.',
     'By March 2027, Ruby will carry out her own suction with the TA watching on at least three out of four occasions (see sensory and physical outcomes).'),
    ('Breathing during sleep: Ruby uses a ventilator every time she sleeps and has night-time alarms.',
     'Long-Term Ventilation Team to review.\nContinuing Care package in place.',
     'By March 2027, Ruby will sleep for at least six hours on five nights out of seven, recorded on her ventilator data and reviewed by the Long-Term Ventilation Team.'),
   ]},
 'health_agreement': None,
 'social': {'strengths': 'Ruby’s parents are experienced in her care and the family have good support from Ruby’s grandparents.',
   'rows': [
    ('Ruby needs a trained adult with her at all times because of her tracheostomy, so she cannot go to clubs or friends’ houses without one. A Disabled Children’s Team assessment (February 2026) found that Ruby needs support to join in activities with friends, and that her parents need breaks from night-time care.',
     'A personal assistant trained in tracheostomy care, 6 hours a week (Wednesday after school and Saturday afternoon), paid by direct payment, so Ruby can go to art club and meet friends.',
     'None.',
     'By March 2027, Ruby will go to an after-school or weekend club with her personal assistant at least 30 times, recorded in the personal assistant’s log.'),
   ]},
 'I_name': 'Lowther Brow Primary School (to July 2026); Askerdale High School from September 2026',
 'I_type': 'Mainstream community primary school; mainstream community secondary school from September 2026',
 'J_details': 'The personal assistant hours in H1 are taken as a direct payment.',
 'J_arr': 'Direct payment of 6 hours a week, paid four-weekly to Ruby’s parents.',
 'K_rows': {
  1: ('Parents’ views', '25 March 2026', 'Ruby’s mum and dad', 'YES'),
  2: ('Educational advice', '9 March 2026', 'Mr Dan Hebblethwaite, SENCo, Lowther Brow Primary School', 'YES'),
  3: ('Ruby’s views', '11 March 2026', 'Ruby, written with Mrs Kelly Airey, Teaching Assistant, Lowther Brow Primary School', 'YES'),
  4: (None, '26 February 2026', 'Dr Emma Rowntree, Consultant in Paediatric Respiratory Medicine, Calderbeck Royal Children’s Hospital', 'YES'),
  5: (None, '18 November 2025', 'Dr Nicola Frith, Educational Psychologist, Fellside Educational Psychology Service', 'YES'),
  6: (None, '20 February 2026', 'Leanne Hart, Social Worker, Disabled Children’s Team, Fellside County Council', 'YES'),
  7: (None, '3 March 2026', 'Tracey Walsh, Community Children’s Nurse, Fellside Community Children’s Nursing Team', 'YES'),
 },
 'K_extra': [
  ('Educational advice (hospital education)', '2 March 2026', 'Mrs Jess Lister, Teacher, Calderbeck Hospital School', 'YES'),
  ('Continuing Care review', '12 January 2026', 'Michelle Ward, Children’s Continuing Care Nurse Assessor, NHS Fellside and Dales Integrated Care Board', 'YES'),
  ('Speech and language therapy advice', '4 March 2026', 'Kate Bellis, Speech and Language Therapist, Fellside Children’s Speech and Language Therapy Service', 'YES'),
 ],
 'signoff': ('Joanne Pike, EHC Co-ordinator', 'J. Pike (signed electronically)', '06/05/2026'),
}

# ---------------------------------------------------------------- t112 (national-template, SOUND)
PLANS['t112'] = {
 'layout': 'national-template', 'name': 'Mia',
 'front': [
  ('First name', 'Mia'),
  ('School year', 'Year 1'),
  ('Plan finalised', '9th February 2026'),
  ('Last annual review', 'Not yet held – first plan; annual review due by February 2027'),
  ('Plan co-ordinator', 'Joanne Pike, Education, Health and Care (EHC) Co-ordinator, Fellside Special Educational Needs and Disabilities (SEND) Service'),
 ],
 'personal': {'name': 'Mia', 'dob': 'November 2019 (month and year only in this copy)', 'sex': 'Female', 'ethnicity': 'Pakistani',
   'lang': 'English and Urdu', 'parent_lang': 'Urdu and English',
   'parent1': 'Mia’s mum', 'rel1': 'Mother', 'parent2': 'Mia’s dad', 'rel2': 'Father', 'addr2': 'Same address'},
 'services': {'setting': 'St Oswald’s CE Primary School, Thornsgill (mainstream)',
   'gp': 'Thornsgill Health Centre. Key health professional: Dr Amir Khalid, Consultant Community Paediatrician',
   'nhs': 'Held on the case record (not shown in this copy)',
   'social': 'No – assessed by the Disabled Children’s Team in November 2025; no eligible needs (see Section D)',
   'others': 'Children’s physiotherapist and occupational therapist, Fellside Children’s Therapy Service; Children’s Epilepsy Nurse Specialist; Educational Psychology Service',
   'lac': 'No', 'was_lac': 'No', 'opp': 'Yes – Mia’s one-page profile is appended', 'moving': 'No'},
 'A1': 'Mia is six and lives in Thornsgill with her mum, dad, her older sister Hana (9) and her grandmother. Mia had a stroke around the time she was born, which has caused a weakness down the left side of her body (left hemiplegia). She also has epilepsy, which has been well controlled with daily medication since March 2025. Mia started at St Oswald’s in Reception and is now in Year 1. She walks independently, with an ankle splint on her left leg, and uses her right hand for most tasks. The family speak Urdu and English at home, and Mia is fluent in both.\n\nCommunication: Mia talks clearly in English and Urdu and loves to chat. She can tell adults what she needs, although she sometimes needs reminding to ask for help before she gets frustrated.',
 'A2': {
  'views': 'What Mia says: Mia’s teaching assistant talked with Mia while she drew pictures of her school day in January 2026, and wrote down what she said:\n“I like playing mums and dads and the big slide. My best friend is Ava. I’m good at drawing and counting.”\n“Cutting is hard ’cos my hand won’t hold the paper.”\n“I don’t like it in the hall when we have to jump on one leg. Everyone is faster than me.”\n“When I’m big I want to be a teacher like Mrs Patel.”\n\nWhat Mia’s family say: Mia’s mum and dad told us Mia is “a chatterbox with a big heart”. They are pleased with how she has settled at school and want her to keep up with her friends in reading and writing. They would like her to become more independent with dressing and with using both hands, and they want staff to understand her epilepsy and to spot when she is tired. Mia’s grandmother said Mia never gives up.',
  'interests': 'Drawing and colouring, role play, playing on the slide and swings, dancing to music with her sister, and helping her grandmother cook.',
  'strengths': 'Mia is sociable, chatty and kind. She has a good memory for stories and rhymes and is confident with numbers to 20. She is determined and will try again when things are hard, and she has good friendships in her class.',
  'aspirations': 'Mia wants to be a teacher. Her parents hope she will keep up with her classmates in reading and writing, dress herself and look after her own belongings, take part fully in physical education (PE) lessons and playtimes, and stay at St Oswald’s with her friends before moving to secondary school in Thornsgill.',
 },
 'areas': {
  'cl': {'strengths': 'Mia has good spoken language, recognises all single letter sounds and can count and compare numbers to 20.',
   'rows': [
    ('Mia finds it hard to blend sounds to read words and to hold her attention in whole-class phonics. She is working below the expected level for Year 1 in reading and writing. Her educational psychologist found she has difficulties with working memory, which is common after early brain injury.',
     'Daily phonics catch-up in a group of no more than 4 pupils, 15 minutes each afternoon, led by a teaching assistant (TA) trained in the school’s phonics programme.\nIndividual reading with her TA for 10 minutes, four times a week.\nThe class teacher will use the working memory strategies in the educational psychologist’s report (visual prompts, instructions broken into short steps) in every lesson.',
     'By February 2027, Mia will read and blend 40 of the 50 words on the Year 1 phonics word list, assessed by the class teacher at the end of each half term.'),
    ('Mia needs help to record her ideas in writing because her left hand does not steady the paper and her handwriting is slow.',
     'A writing slope and a non-slip mat for every writing task, provided by the school and checked weekly by the TA.\nThe option to record ideas using a tablet with voice recording in every writing lesson, set up by the class teacher.',
     'By February 2027, Mia will write two sentences with capital letters and full stops, using her writing slope and non-slip mat, in four out of five independent writing tasks, assessed by her class teacher.'),
   ]},
  'semh': {'strengths': 'Mia is friendly and popular and is a kind friend to others.',
   'rows': [
    ('Mia becomes frustrated and cries when she cannot keep up with others in physical games, and sometimes refuses to try.',
     'Small group “Zones of Regulation” sessions (a programme that helps children recognise and manage their feelings), in a group of 4 pupils, 20 minutes once a week for 10 weeks, led by the school’s Emotional Literacy Support Assistant (ELSA).\nA “help” card on her table that Mia can show an adult, introduced and practised with her by her TA, 10 minutes a day for the first two weeks after this plan is issued.',
     'By February 2027, Mia will show her help card or ask an adult for help before she becomes upset, on four out of five occasions when a task is difficult, recorded by her TA on a weekly tally.'),
   ]},
  'sp': {'strengths': 'Mia walks and runs independently and climbs the playground equipment with supervision. Her right hand is strong and skilful for drawing.',
   'rows': [
    ('Mia has a weakness of her left arm and hand and finds two-handed tasks (cutting, dressing, opening containers) difficult.',
     'Occupational therapy: a children’s occupational therapist from Fellside Children’s Therapy Service will see Mia on her own in school for 30 minutes on Tuesdays and Thursdays across the summer term 2026 (20 sessions), to teach two-handed skills (cutting, fastenings, opening her lunchbox), then will set a daily programme and review it once a half term.\nA daily 10-minute “busy hands” programme, 1:1 with her TA, following the occupational therapist’s programme.',
     'By February 2027, Mia will take off and put on her coat and school jumper, including the zip, without adult help, on four out of five days, recorded by her TA.'),
    ('Mia’s balance is reduced and she tires by the afternoon, especially on PE days.',
     'Adapted PE: the class teacher will plan an adapted version of each PE activity, using the physiotherapist’s advice, for every PE lesson (two a week), with her TA supporting her in the lesson.\nA five-minute movement break with her TA each afternoon, using the stretches in her physiotherapy programme.',
     'By February 2027, Mia will hop three times on each leg and join in with every PE lesson for its full length, on four out of five lessons, recorded by her class teacher.'),
   ]},
 },
 'health': {'strengths': 'Mia has no trouble with her hearing or her eyesight (both checked in October 2025), but she has the health needs below, which relate to her stroke.',
   'rows': [
    ('Epilepsy: Mia has focal seizures (a short spell of staring and left-arm twitching), now well controlled; she has had one seizure at school in the last year. She takes medication twice a day at home and has an individual healthcare plan with rescue medication if a seizure lasts more than five minutes.',
     'The Children’s Epilepsy Nurse Specialist, Calderbeck Royal Children’s Hospital, will train Mia’s class teacher, TA and two first aiders in her individual healthcare plan and rescue medication in a 90-minute session each September, and will review the plan every six months with her parents.\nDr Amir Khalid, Consultant Community Paediatrician, will review Mia’s epilepsy and development in clinic every six months.',
     'By February 2027, Mia will tell an adult when she has a “funny feeling” (her warning sign before a seizure), every time this happens at school, recorded by her TA on her healthcare log.'),
    ('Movement and posture: Mia has tightness in her left calf and needs a physiotherapy programme and an ankle splint.',
     'A children’s physiotherapist from Fellside Children’s Therapy Service will see Mia at school for 40 minutes once each half term, update her stretching programme and show her TA how to carry it out.\nAn ankle splint, made and reviewed every six months by the orthotist at Calderbeck Royal Children’s Hospital.',
     'By February 2027, Mia will put on her own ankle splint and shoes, with her TA checking only the strap, on four days out of five, recorded by her TA.'),
   ]},
 'health_agreement': 'Confirmed by Dr Sarah Blamire, Designated Medical Officer for SEND, NHS Fellside and Dales Integrated Care Board, 3 February 2026.',
 'social': {'strengths': 'Mia’s family meet all her care needs, with help from her grandmother.',
   'rows': [
    ('Mia does not have social care needs requiring provision. The Disabled Children’s Team assessed Mia on 25 November 2025 and found that her needs are met within her family and by universal services. Short breaks were discussed; the family chose to use the Local Offer instead, and Mia now goes to the Saturday inclusive dance class at Thornsgill Community Centre.',
     'None.',
     'None.',
     'No social care outcome needed.'),
   ]},
 'I_name': 'St Oswald’s CE Primary School, Thornsgill',
 'I_type': 'Mainstream voluntary controlled Church of England primary school',
 'J_details': 'No personal budget has been requested.',
 'J_arr': 'Not applicable.',
 'K_rows': {
  1: ('Parents’ views', '14 January 2026', 'Mia’s mum and dad (with Mia’s grandmother)', 'YES'),
  2: ('Educational advice', '5 January 2026', 'Mrs Ruth Kitching, Special Educational Needs Co-ordinator (SENCo), St Oswald’s CE Primary School', 'YES'),
  3: ('Mia’s views', '12 January 2026', 'Mia, talking with Mrs Shazia Patel, Teaching Assistant, St Oswald’s CE Primary School', 'YES'),
  4: (None, '2 December 2025', 'Dr Amir Khalid, Consultant Community Paediatrician, Fellside Community Child Health', 'YES'),
  5: (None, '8 December 2025', 'Dr Hannah Wray, Educational Psychologist, Fellside Educational Psychology Service', 'YES'),
  6: (None, '25 November 2025', 'Carl Pickthall, Social Worker, Disabled Children’s Team, Fellside County Council', 'YES'),
 },
 'K_extra': [
  ('Epilepsy advice', '10 December 2025', 'Sian Pollard, Children’s Epilepsy Nurse Specialist, Calderbeck Royal Children’s Hospital', 'YES'),
  ('Physiotherapy advice', '28 November 2025', 'Laura Dent, Children’s Physiotherapist, Fellside Children’s Therapy Service', 'YES'),
  ('Occupational therapy advice', '4 December 2025', 'Priya Nair, Children’s Occupational Therapist, Fellside Children’s Therapy Service', 'YES'),
  ('Orthotics letter', '16 October 2025', 'Greg Hutton, Orthotist, Calderbeck Royal Children’s Hospital', 'YES'),
 ],
 'signoff': ('Joanne Pike, EHC Co-ordinator', 'J. Pike (signed electronically)', '9 February 2026'),
}


# ---------------------------------------------------------------- main
if __name__ == '__main__':
    import os, sys
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'plans')
    os.makedirs(out, exist_ok=True)
    only = sys.argv[1:]
    for pid, plan in sorted(PLANS.items()):
        if only and pid not in only:
            continue
        RENDERERS[plan['layout']](plan, os.path.join(out, pid + '.docx'))
        print('wrote', pid, plan['layout'])
