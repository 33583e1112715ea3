#!/usr/bin/env python3
"""Generator for blind test set AC1 (Scarsby Borough Council, fictional).

Plan text is held as Python data below; one renderer per layout:
  heading2-numbered, ef-table, national-template.
Writes plans/ac101.docx ... plans/ac112.docx and labels.yaml.
"""
import copy, os, re
import yaml
import docx
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
TEMPLATE = '/work/shared/reference/national-ehcp-template.docx'
COUNCIL = 'Scarsby Borough Council'

CRITERIA = ['CA-DATED', 'CA-ADVICE-AGE', 'CA-STATUTORY-ADVICE', 'CA-ANNUAL-REVIEW',
            'PC-OUTCOME-NOT-PROVISION', 'PC-SMART', 'PC-VOICE', 'PC-ASPIRATIONS',
            'PC-ASPIRATION-LINK', 'PC-PFA', 'PC-STRENGTHS',
            'PR-VAGUE-WORDING', 'PR-QUANTIFIED', 'PR-OUTCOME-LINK',
            'HC-NEEDS', 'HC-PROVISION-SPECIFIC', 'HC-NEEDS-MET', 'HC-ADVICE', 'HC-DCO-SIGNOFF',
            'HC-THERAPY-PLACEMENT', 'HC-ADVICE-PROVIDERS', 'HC-OUTCOMES',
            'SC-NEEDS', 'SC-STATUTORY-LINK', 'SC-PROVISION-SPECIFIC', 'SC-ADVICE', 'SC-RIGHT-SECTION',
            'LG-SPELLING', 'LG-GRAMMAR', 'LG-READABILITY', 'LG-JARGON']

SECTION_TITLES = {
    'A': 'Section A: The views, interests and aspirations of {n} and {p}',
    'B': "Section B: {n}'s special educational needs",
    'C': "Section C: {n}'s health needs which relate to their special educational needs",
    'D': "Section D: {n}'s social care needs which relate to their special educational needs or disability",
    'E': 'Section E: Outcomes',
    'F': 'Section F: Special educational provision',
    'G': 'Section G: Health provision',
    'H1': 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970',
    'H2': 'Section H2: Other social care provision',
    'I': 'Section I: Placement',
    'J': 'Section J: Personal budget',
    'K': 'Section K: Advice and information gathered for this plan',
}

# ---------------------------------------------------------------- helpers

def shade(cell, fill='D9E2F3'):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def cell_write(cell, text, bold=False):
    """Write text (lines split on \n) into a cell, one paragraph per line."""
    lines = text.split('\n') if text else ['']
    paras = cell.paragraphs
    first = paras[0]
    for p in paras[1:]:
        p._element.getparent().remove(p._element)
    for r in list(first.runs):
        r._element.getparent().remove(r._element)
    run = first.add_run(lines[0]); run.bold = bold
    for ln in lines[1:]:
        p = cell.add_paragraph()
        if first.style is not None:
            p.style = first.style
        rr = p.add_run(ln); rr.bold = bold


def add_blocks(doc, blocks, h_style='Heading 3', bold_heads=False):
    for b in blocks:
        kind, val = b[0], b[1]
        if kind == 'h':
            if bold_heads:
                p = doc.add_paragraph(); p.add_run(val).bold = True
            else:
                doc.add_heading(val, level=int(h_style[-1]))
        elif kind == 'p':
            doc.add_paragraph(val)
        elif kind == 'ul':
            for it in val:
                doc.add_paragraph(it, style='List Bullet')
        elif kind == 'ol':
            for it in val:
                doc.add_paragraph(it, style='List Number')
        elif kind == 'table':
            rows = val
            t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
            for i, row in enumerate(rows):
                for j, txt in enumerate(row):
                    cell_write(t.cell(i, j), txt, bold=(i == 0))
            doc.add_paragraph()


def base_doc():
    d = docx.Document()
    st = d.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(11)
    return d


def front_matter(d, plan):
    d.add_heading(f"{COUNCIL}", level=1)
    p = d.add_paragraph(); r = p.add_run('Education, Health and Care (EHC) Plan'); r.bold = True; r.font.size = Pt(16)
    t = d.add_table(rows=len(plan['front']), cols=2); t.style = 'Table Grid'
    for i, (k, v) in enumerate(plan['front']):
        cell_write(t.cell(i, 0), k, bold=True); shade(t.cell(i, 0), 'F2F2F2')
        cell_write(t.cell(i, 1), v)
    d.add_paragraph()
    for para in plan.get('intro', []):
        d.add_paragraph(para)


def title(sec, plan):
    return SECTION_TITLES[sec].format(n=plan['name'], p=plan.get('parents', 'family'))


def k_table(d, plan):
    rows = [('Advice and information', 'Given by (name, role, service)', 'Date')] + plan['K']
    t = d.add_table(rows=len(rows), cols=3); t.style = 'Table Grid'
    for i, row in enumerate(rows):
        for j, txt in enumerate(row):
            cell_write(t.cell(i, j), txt, bold=(i == 0))
    d.add_paragraph()


def sign_off(d, plan):
    for para in plan.get('signoff', []):
        d.add_paragraph(para)

# ---------------------------------------------------------------- layout: heading2-numbered

def render_heading2(plan, path):
    d = base_doc(); front_matter(d, plan)
    for sec in ['A', 'B', 'C', 'D']:
        d.add_heading(title(sec, plan), level=2)
        add_blocks(d, plan[sec])
    d.add_heading(title('E', plan), level=2)
    add_blocks(d, plan.get('E_intro', []))
    for i, o in enumerate(plan['EF'], 1):
        d.add_heading(f"E{i} {o['area']}", level=3)
        d.add_paragraph(o['outcome'])
    d.add_heading(title('F', plan), level=2)
    add_blocks(d, plan.get('F_intro', []))
    for i, o in enumerate(plan['EF'], 1):
        d.add_heading(f"F{i} Provision for outcome E{i}: {o['area']}", level=3)
        for it in o['prov']:
            d.add_paragraph(it, style='List Bullet')
    n = len(plan['EF'])
    for j, (head, items) in enumerate(plan.get('F_general', []), n + 1):
        d.add_heading(f"F{j} {head}", level=3)
        for it in items:
            d.add_paragraph(it, style='List Number')
    for sec in ['G', 'H1', 'H2', 'I', 'J']:
        d.add_heading(title(sec, plan), level=2)
        add_blocks(d, plan[sec])
    d.add_heading(title('K', plan), level=2)
    add_blocks(d, plan.get('K_intro', []))
    k_table(d, plan); sign_off(d, plan)
    d.save(path)

# ---------------------------------------------------------------- layout: ef-table

def render_eftable(plan, path):
    d = base_doc(); front_matter(d, plan)
    for sec in ['A', 'B', 'C', 'D']:
        d.add_heading(title(sec, plan), level=2)
        add_blocks(d, plan[sec], bold_heads=True)
    d.add_heading('Sections E and F: Outcomes and the special educational provision to meet them', level=2)
    add_blocks(d, plan.get('E_intro', []), bold_heads=True)
    hdr = plan.get('ef_header', ['Outcome (Section E)', 'Provision (Section F)', 'How often and for how long', 'Who will provide it'])
    nrows = 1 + sum(len(o['prov']) for o in plan['EF'])
    t = d.add_table(rows=nrows, cols=4); t.style = 'Table Grid'
    for j, h in enumerate(hdr):
        cell_write(t.cell(0, j), h, bold=True); shade(t.cell(0, j))
    r = 1
    for i, o in enumerate(plan['EF'], 1):
        start = r
        for (what, often, who) in o['prov']:
            cell_write(t.cell(r, 1), what); cell_write(t.cell(r, 2), often); cell_write(t.cell(r, 3), who)
            r += 1
        c = t.cell(start, 0)
        if r - 1 > start:
            c = c.merge(t.cell(r - 1, 0))
        cell_write(c, f"E{i} {o['area']}\n{o['outcome']}")
    d.add_paragraph()
    if plan.get('F_general'):
        for head, items in plan['F_general']:
            p = d.add_paragraph(); p.add_run(head).bold = True
            for it in items:
                d.add_paragraph(it, style='List Bullet')
    for sec in ['G', 'H1', 'H2', 'I', 'J']:
        d.add_heading(title(sec, plan), level=2)
        add_blocks(d, plan[sec], bold_heads=True)
    d.add_heading(title('K', plan), level=2)
    add_blocks(d, plan.get('K_intro', []), bold_heads=True)
    k_table(d, plan); sign_off(d, plan)
    d.save(path)

# ---------------------------------------------------------------- layout: national-template

def _del_row(table, idx):
    tr = table.rows[idx]._tr
    tr.getparent().remove(tr)


def _fill_bfe(table, strengths, rows, ncols=3):
    # B-F-E tables: row 2 = merged strengths cell, rows 4.. = need/provision/outcome
    # C-G-E and D-H1-H2-E tables (ncols=2 flag): row 1 = strengths, rows 3..
    srow = 2 if ncols == 3 else 1
    cell_write(table.rows[srow].cells[0], strengths)
    first = 4 if ncols == 3 else 3
    for i, row in enumerate(rows):
        cells = table.rows[first + i].cells
        for j, txt in enumerate(row):
            cell_write(cells[j], txt)
    for idx in range(len(table.rows) - 1, first + len(rows) - 1, -1):
        _del_row(table, idx)


def render_national(plan, path):
    d = docx.Document(TEMPLATE)
    T = d.tables
    body = d.element.body
    # house front matter inserted after the template title
    h1 = [p for p in d.paragraphs if p.style.name == 'Heading 1'][0]
    anchor = h1
    for k, v in reversed(plan['front']):
        np_ = copy.deepcopy(d.paragraphs[2]._element)
        h1._element.addnext(np_)
    # fill the inserted paragraphs
    paras = d.paragraphs
    idx = [i for i, p in enumerate(paras) if p.style.name == 'Heading 1'][0]
    for n, (k, v) in enumerate(plan['front']):
        p = paras[idx + 1 + n]
        p.add_run(k + ': ').bold = True
        p.add_run(v)
    pd = plan['personal']
    tt = T[0]
    cell_write(tt.rows[1].cells[1], pd['name']); cell_write(tt.rows[1].cells[3], pd.get('preferred', pd['name']))
    cell_write(tt.rows[2].cells[1], pd['dob'])
    cell_write(tt.rows[3].cells[1], pd['sex']); cell_write(tt.rows[3].cells[3], pd['ethnicity'])
    cell_write(tt.rows[4].cells[1], pd['lang']); cell_write(tt.rows[4].cells[3], pd['plang'])
    cell_write(tt.rows[6].cells[1], pd['p1']); cell_write(tt.rows[6].cells[3], pd['p1rel'])
    cell_write(tt.rows[7].cells[1], 'Held by the Inclusion Casework Team'); cell_write(tt.rows[7].cells[3], 'Held by the Inclusion Casework Team')
    cell_write(tt.rows[8].cells[1], pd['addr'])
    cell_write(tt.rows[9].cells[1], pd.get('p2', 'Not applicable')); cell_write(tt.rows[9].cells[3], pd.get('p2rel', ''))
    cell_write(tt.rows[10].cells[1], pd.get('p2contact', '')); cell_write(tt.rows[10].cells[3], pd.get('p2contact', ''))
    cell_write(tt.rows[11].cells[1], pd.get('p2addr', ''))
    sv = plan['services']; ts = T[1]
    for i, key in enumerate(['setting', 'gp', 'nhs', 'known_sc', 'others', 'lac', 'was_lac', 'opp', 'moving'], 1):
        cell_write(ts.rows[i].cells[1], sv[key])
    cell_write(T[2].rows[1].cells[1] if len(T[2].rows[1].cells) > 1 else T[2].rows[1].cells[0], plan['A1'])
    a2 = T[3]
    cell_write(a2.rows[3].cells[0], plan['A2']['views'])
    cell_write(a2.rows[5].cells[0], plan['A2']['interests'])
    cell_write(a2.rows[7].cells[0], plan['A2']['strengths'])
    cell_write(a2.rows[9].cells[0], plan['A2']['aspirations'])
    area_tables = {'ci': T[4], 'cl': T[5], 'semh': T[6], 'sp': T[7]}
    for key, tbl in area_tables.items():
        if key in plan['areas']:
            st, rows = plan['areas'][key]
            _fill_bfe(tbl, st, rows)
        else:
            tbl._tbl.getparent().remove(tbl._tbl)
    st, rows = plan['health']
    _fill_bfe(T[8], st, rows, ncols=2)
    st, rows = plan['social']
    _fill_bfe(T[9], st, rows, ncols=2)
    # health agreement paragraph after C/G table
    if plan.get('health_agreement'):
        p = OxmlElement('w:p'); T[8]._tbl.addnext(p)
        from docx.text.paragraph import Paragraph
        par = Paragraph(p, T[8]._parent)
        par.add_run(plan['health_agreement'])
    ti = T[10]
    cell_write(ti.rows[0].cells[1], plan['I'][0]); cell_write(ti.rows[1].cells[1], plan['I'][1])
    cell_write(ti.rows[2].cells[0], plan['I'][2][0]); cell_write(ti.rows[2].cells[1], plan['I'][2][1])
    _del_row(ti, 3)
    tj = T[11]
    cell_write(tj.rows[0].cells[1], plan['J'][0]); cell_write(tj.rows[1].cells[1], plan['J'][1])
    tk = T[12]
    for ridx, vals in plan['K_rows'].items():
        cells = tk.rows[ridx].cells
        for j, v in enumerate(vals):
            if v is not None:
                cell_write(cells[j], v)
    for vals in plan.get('K_extra', []):
        new = copy.deepcopy(tk.rows[3]._tr)
        tk.rows[7]._tr.addprevious(new)
        row = tk.rows[7]
        for j, v in enumerate(vals):
            cell_write(row.cells[j], v)
    so = T[13]
    for j, v in enumerate(plan['signoff_row']):
        cell_write(so.rows[1].cells[j], v)
    d.save(path)


RENDER = {'heading2-numbered': render_heading2, 'ef-table': render_eftable, 'national-template': render_national}

PLANS = []

# ======================================================================= ac101  SOUND
PLANS.append(dict(
 id='ac101', layout='heading2-numbered', name='Alfie', parents='his family', age=7, year_group='Year 2',
 needs=['FASD', 'speech and language delay', 'SEMH'], voice='first person (gathered by TA) + parent',
 front=[('First name', 'Alfie'), ('School year', 'Year 2 (age 7)'),
        ('Setting', 'Northcliffe Primary School, Scarsby'),
        ('Date this plan was issued', '16 April 2026'),
        ('Last annual review', 'Not yet due - this is a new plan (first review by April 2027)'),
        ('EHC coordinator', 'Gemma Hodgson, EHC Coordinator, Inclusion Casework Team')],
 intro=["This Education, Health and Care (EHC) plan has been written by Scarsby Borough Council with Alfie, his mum and the people who work with him. It describes Alfie's special educational needs and disabilities (SEND), what we all want him to achieve, and the help he must have. It was co-produced at a planning meeting at Northcliffe Primary School on 4 March 2026."],
 A=[('h', 'A1 About me, in my own words'),
    ('p', "Alfie told Mrs Ward, his teaching assistant, these things on 3 February 2026 while they drew a map of his favourite places together. Mrs Ward wrote them down exactly as he said them and read them back to him."),
    ('ul', ["I like the beach and the donkeys. I like finding crabs in the rock pools with Nana.",
            "I am good at football. I am really fast.",
            "I don't like the dinner hall. It is too loud and it makes my ears hurt.",
            "Mrs Ward helps me when my words get stuck.",
            "I want to be on the lifeboat when I am big. They save people."]),
    ('h', "A2 What people like and admire about Alfie"),
    ('p', "Alfie is kind and funny. He notices when another child is upset and will fetch them a tissue or his teddy. He is brave about trying new things outdoors, he is a fast runner and he is very proud of his little sister. His teachers say he works hard when he knows what is coming next, and he loves being given a job such as taking the register to the office."),
    ('h', "A3 What Alfie's mum says"),
    ('p', "We moved to Scarsby from Leeds in the summer of 2024. We were in a bed and breakfast for four months and now we have a flat in a shared house on the sea front, which the council arranged. It is one room and a kitchen, so Alfie and his sister share with me. He needs access to a quiet corner at home, but we've only got the one room at the moment, so bedtime is hard. Alfie was diagnosed with foetal alcohol spectrum disorder last year and it helped me understand him. He isn't being naughty; he forgets things and gets overwhelmed. He is a lovely lad and he tries so hard. I want school to understand him and not send him out of class."),
    ('h', 'A4 Hopes for the future'),
    ('p', "Alfie wants to be on the Scarsby lifeboat crew when he grows up, like the volunteers he watches from the harbour wall. His mum hopes that he will be able to tell people what he needs, read a bedtime story to his sister, and have a couple of good friends who invite him to their parties."),
    ('h', 'A5 How Alfie communicates'),
    ('p', "Alfie talks in short sentences of three or four words. When he cannot find a word he points, shows you, or says \"that thing\". He understands best when adults keep instructions short, show him a picture and give him time to answer."),
 ],
 B=[('p', "Alfie was diagnosed with foetal alcohol spectrum disorder (FASD) by the community paediatrician in November 2025. FASD affects how Alfie remembers, understands language and manages his feelings. Each area below starts with what Alfie does well."),
    ('h', 'B1 Communication and interaction'),
    ('p', "Strengths: Alfie is chatty and wants to talk to adults and children. He uses gesture well and copies new words quickly when they are linked to a picture."),
    ('p', "Needs: Alfie has a speech and language delay. The speech and language therapist's assessment in February 2026 found that he understands instructions with two key words but loses the third (for example \"get your coat and your book and line up\"). He speaks in sentences of 3 to 4 words and has word-finding difficulties, which frustrate him. He finds it hard to join in with group talk and to take turns in conversation."),
    ('h', 'B2 Cognition and learning'),
    ('p', "Strengths: Alfie has a good visual memory and remembers routes, pictures and songs. He can count objects to 20 reliably and loves number rhymes."),
    ('p', "Needs: Alfie's working memory is well below that of most children his age. He is working within phase 3 of the school's phonics programme and can read about 20 common words by sight. He forgets sounds he knew the day before unless they are practised daily. He is not yet writing a full sentence and his letter formation is not yet consistent."),
    ('h', 'B3 Social, emotional and mental health'),
    ('p', "Strengths: Alfie is affectionate, loves praise in private, and responds well to a calm adult he trusts."),
    ('p', "Needs: Alfie finds changes to routine very hard. When the day changes without warning he may hide under a table or run out of the classroom, which happened on 11 occasions in the autumn term. Being praised in front of the class can make him giggle, shout or leave his seat. He benefits from regular movement breaks and adults who stay calm. He wants friends but struggles to share and take turns in games."),
    ('h', 'B4 Sensory and physical'),
    ('p', "Strengths: Alfie is strong and well co-ordinated in running, climbing and ball games."),
    ('p', "Needs: Alfie is very sensitive to loud noise, especially in the dinner hall and assemblies. His pencil grip is immature and fine motor tasks such as cutting and fastening buttons tire him quickly."),
 ],
 C=[('p', "Alfie has no difficulty with his hearing or his eyesight (both were checked by the school nursing team in January 2026), but he does have FASD and significant difficulties with sleep."),
    ('ul', ["C1 Foetal alcohol spectrum disorder: Alfie needs his growth, development and general health monitored by a paediatrician, who also advises school and the family.",
            "C2 Sleep: Alfie takes up to two hours to settle at night and often wakes before 5am. Poor sleep makes it harder for him to learn and manage his feelings the next day."])],
 D=[('p', "Alfie lives with his mum and his sister, who is 2, in temporary accommodation arranged by the council's Housing Options team. They have one room in a house in multiple occupation. Alfie is not known to Children's Social Care and is not on a child in need or child protection plan."),
    ('p', "An Early Help assessment by the Scarsby Family Hub (12 January 2026) found that mum is a caring and capable parent who is isolated, far from her family, and struggling to keep a bedtime routine in one shared room. Alfie needs a settled evening routine and the chance to mix with other children outside school, as he has no opportunities to do so at present. The assessment found no need for statutory social care services."),
 ],
 E_intro=[('p', "These outcomes were agreed with Alfie's mum at the planning meeting on 4 March 2026. They build on the hopes in Section A. Each will be checked at the annual review by April 2027 and at termly reviews in school.")],
 EF=[
  dict(area='Telling people what I need',
       outcome="By April 2027, Alfie will tell an adult what he needs using a sentence of 5 or more words (for example \"I need to go to the toilet please\") on 4 out of 5 occasions, recorded by his teaching assistant in his weekly speech log.",
       prov=["A speech and language therapist (SaLT) from Scarsby Children's Therapy Service will see Alfie on his own in school every Tuesday and Thursday morning for 30 minutes, for the whole of the summer term 2026 (11 weeks), working on sentence building and word-finding. She will then write a programme for school to follow.",
             "January 2027: the speech and language therapist will reassess Alfie's understanding and use of language in school (one session of 1 hour) and update his programme and targets.",
             "Alfie's teaching assistant, trained by the speech and language therapist, will deliver his language programme 1:1 for 15 minutes every day, 5 days a week, in a quiet room.",
             "The speech and language therapist will train Alfie's class teacher and teaching assistant for 90 minutes at the start of each term.",
             "All adults will give instructions one step at a time with a picture, and wait 10 seconds for Alfie to answer, in every lesson. His teaching assistant will set up his visual timetable and now-and-next board each morning."]),
  dict(area='Reading to my sister',
       outcome="By April 2027, Alfie will read a phase 5 phonics book aloud, reading at least 9 out of 10 words correctly, as checked by his class teacher in the half-termly phonics assessment, so that he can share a bedtime story with his sister.",
       prov=["Phonics catch-up every day for 20 minutes, in a group of no more than 4 pupils, led by a teaching assistant trained in the school's phonics programme. This is in addition to Alfie's class phonics lesson.",
             "Precision teaching of 5 sight words at a time, 10 minutes 1:1, three times a week (Monday, Wednesday and Friday), delivered by his teaching assistant.",
             "A book bag with a decodable book matched to his phonics phase, changed twice a week by his class teacher, with a picture guide for mum on how to share it."]),
  dict(area='Friends and play',
       outcome="By April 2027, Alfie will play a turn-taking game with 2 other children at lunchtime for 10 minutes without an adult stepping in, on at least 3 days a week over a half term, as recorded by the lunchtime supervisor on his playtime sheet.",
       prov=["Lego-based therapy in a group of 3, 40 minutes once a week on Wednesday afternoons, led by a teaching assistant trained in Lego-based therapy, for 2 terms then review.",
             "A structured playground games club, 20 minutes on four lunchtimes a week, in a group of no more than 6, led by a lunchtime supervisor who has been shown Alfie's turn-taking strategies by the special educational needs co-ordinator (SENCo)."]),
  dict(area='Managing noise and change',
       outcome="By December 2026, when the dinner hall or an assembly gets loud, Alfie will put on his ear defenders or show his quiet pass instead of running out, on 4 out of 5 days, as recorded on his daily regulation chart by his teaching assistant.",
       prov=["Ear defenders, kept in Alfie's tray and checked at the start of each half term by his teaching assistant, who will replace them if they are broken.",
             "A quiet pass and a quiet corner in the classroom with a beanbag and a sand timer, set up and kept ready by his class teacher.",
             "A movement break of 5 minutes every 30 minutes in lessons, led by his teaching assistant.",
             "Alfie will eat lunch at 11.50am in the small dining room with no more than 5 other pupils, every day, supervised by a lunchtime supervisor.",
             "His teaching assistant will tell Alfie about any change to the day (such as a visitor or a supply teacher) at the start of the morning, using his now-and-next board.",
             "An educational psychologist from Scarsby Educational Psychology Service will visit once each half term for 1 hour to consult with Alfie's class teacher and the SENCo on strategies for FASD and to review his regulation chart."]),
  dict(area='Taking praise calmly',
       outcome="By April 2027, Alfie will receive his certificate in the Friday celebration assembly calmly, staying in his place and saying thank you, on every occasion he is chosen across a full half term, as noted by his class teacher.",
       prov=["His class teacher will prepare Alfie for celebration assembly every Friday morning with a 5-minute 1:1 chat using his social story about being praised.",
             "Praise will be given to Alfie quietly and individually first, by the adult working with him, before it is shared with the class."]),
  dict(area='Writing my name and a sentence',
       outcome="By April 2027, Alfie will write his first name and a sentence of 5 words with correctly formed letters, as checked by his class teacher against his writing samples each half term.",
       prov=["An occupational therapist (OT) from Scarsby Children's Therapy Service will assess Alfie's fine motor skills in school for 1 hour in May 2026 and visit twice more before April 2027 (1 hour each) to update his programme and show staff how to deliver it.",
             "A fine motor programme set by the occupational therapist, 10 minutes every day, in a group of 3, with his teaching assistant.",
             "A pencil grip and a sloping writing board, provided by the SENCo and kept on Alfie's table."]),
  dict(area='Sleep',
       outcome="By December 2026, Alfie will be asleep by 8.30pm on at least 5 nights out of 7, as shown in the sleep diary his mum keeps with the sleep practitioner.",
       prov=["A calm 10-minute 'wind-down' story time with his teaching assistant at the end of each school day, using the same bedtime story routine his mum uses at home, agreed with the sleep practitioner (see G2)."]),
 ],
 F_general=[('Across the school day', [
    "Alfie will have a teaching assistant working with him for 25 hours a week (all lessons and the start of lunchtime). The teaching assistant will have completed FASD awareness training and the speech and language therapist's training.",
    "All adults working with Alfie will complete the council's 2-hour FASD awareness training, delivered by the Specialist Teaching Team, by the end of June 2026, and new staff within half a term of starting.",
    "The SENCo will meet Alfie's mum once each term for 30 minutes to review his progress towards these outcomes."])],
 G=[('h', 'G1 Foetal alcohol spectrum disorder'),
    ('p', "Dr Anita Kaur, Community Paediatrician, Scarsby Child Development Centre, will review Alfie in clinic every 6 months (a 30-minute appointment; the next is in October 2026) to monitor his growth, development and sleep. She will send a letter to the family and the SENCo after each appointment."),
    ('h', 'G2 Sleep'),
    ('p', "A children's sleep practitioner from the 0-19 Healthy Child Service will hold 6 sessions of 45 minutes with Alfie's mum at home, fortnightly from May 2026, to set up a bedtime routine and sleep diary, then review with mum and the paediatrician."),
    ('p', "Health agreement: The provision in Section G was reviewed and agreed by Dr Helen Sowerby, Designated Clinical Officer (DCO), Humber and North Yorkshire Integrated Care Board (ICB), on 8 April 2026.")],
 H1=[('p', "There is no provision for Alfie under section 2 of the Chronically Sick and Disabled Persons Act 1970 at present. Short breaks from the Children with Disabilities Team were discussed with mum on 12 January 2026; she felt Alfie's needs could be met through the Early Help offer and the local offer for now. This will be looked at again at the annual review.")],
 H2=[('ul', ["An Early Help family practitioner from the Scarsby Family Hub will visit the family at home fortnightly for 1 hour, for 12 weeks from May 2026, then review with mum. The visits will support a bedtime routine in a shared room and help mum to keep in touch with Housing Options about a move to settled housing.",
             "A place for Alfie at the Northcliffe Holiday Activities and Food (HAF) club for 4 days a week, 4 hours a day, for 4 weeks of the 2026 summer holiday, booked by the family practitioner."])],
 I=[('p', "Northcliffe Primary School, Scarsby: a mainstream community primary school.")],
 J=[('p', "No personal budget has been requested. Mum was told about personal budgets at the planning meeting on 4 March 2026 and does not want one at present.")],
 K=[("Alfie's views (map drawing and conversation)", "Kelly Ward, Teaching Assistant, Northcliffe Primary School", "3 February 2026"),
    ("Parent's views and contribution", "Alfie's mum", "20 January 2026"),
    ("Educational advice", "Rachel Dunn, SENCo, Northcliffe Primary School", "6 February 2026"),
    ("Psychological advice", "Dr Tom Byers, Educational Psychologist, Scarsby Educational Psychology Service", "13 February 2026"),
    ("Medical advice", "Dr Anita Kaur, Community Paediatrician, Scarsby Child Development Centre", "28 January 2026"),
    ("Speech and language therapy advice", "Sophie Lamb, Speech and Language Therapist, Scarsby Children's Therapy Service", "4 February 2026"),
    ("Occupational therapy advice", "Ryan Pickering, Occupational Therapist, Scarsby Children's Therapy Service", "10 February 2026"),
    ("Sleep advice", "Hannah Crosby, Children's Sleep Practitioner, 0-19 Healthy Child Service", "19 February 2026"),
    ("Social care advice (Early Help assessment)", "Leanne Fox, Early Help Family Practitioner, Scarsby Family Hub, Children's Services", "12 January 2026")],
 signoff=["Signed on behalf of Scarsby Borough Council: Gemma Hodgson, Education, Health and Care Coordinator. Date: 16 April 2026."],
 labels={'PC-PFA': 'na', 'SC-STATUTORY-LINK': 'na'},
 why={'PC-VOICE': 'PASS: "Mrs Ward wrote them down exactly as he said them" - first-person views are attributed and the gathering is explained',
      'PR-QUANTIFIED': 'PASS (trap): "will see Alfie on his own in school every Tuesday and Thursday morning for 30 minutes" - therapist on own, named days, no group size needed; "Ear defenders, kept in Alfie\'s tray and checked at the start of each half term by his teaching assistant" is equipment with who maintains it',
      'PR-VAGUE-WORDING': 'PASS (trap): "He needs access to a quiet corner at home" and "He benefits from regular movement breaks" are in A and B, not F; "January 2027: the speech and language therapist will reassess" is a date starting a sentence',
      'PC-OUTCOME-NOT-PROVISION': 'PASS (trap): "Alfie will receive his certificate in the Friday celebration assembly calmly" is an achievement',
      'HC-NEEDS': 'PASS (trap): "Alfie has no difficulty with his hearing or his eyesight" sits beside real needs (FASD, sleep) that C and G cover',
      'HC-DCO-SIGNOFF': 'PASS: "reviewed and agreed by Dr Helen Sowerby, Designated Clinical Officer (DCO)" with a date',
      'SC-ADVICE': 'PASS (arguable): Early Help assessment by a Children\'s Services family practitioner, named and dated, is the social care advice',
      'HC-THERAPY-PLACEMENT': 'PASS: speech and language therapy and occupational therapy are in F',
      'SC-RIGHT-SECTION': 'PASS: Early Help visits and the holiday club are in H2'},
))

# ======================================================================= ac102  FAIL
PLANS.append(dict(
 id='ac102', layout='ef-table', name='Kian', parents='his mum', age=10, year_group='Year 5',
 needs=['FASD', 'MLD', 'attention'], voice='reported by learning mentor + parent',
 front=[('First name', 'Kian'), ('School year', 'Year 5'),
        ('Setting', 'St Hilda\'s Church of England Primary School, Scarsby'),
        ('Date this plan was issued', '21/10/2024'),
        ('Last annual review', '09/06/2026 (amended plan issued 30/06/2026)'),
        ('Social care involvement', 'Child protection plan (category: neglect) since March 2026'),
        ('EHC coordinator', 'Paul Atkinson, EHC Coordinator, Inclusion Casework Team')],
 intro=["This Education, Health and Care (EHC) plan has been amended after Kian's annual review on 9 June 2026. It sets out Kian's special educational needs, the outcomes we want for him and the provision he must receive."],
 A=[('h', 'What Kian told us'),
    ('p', "Kian shared his views with his learning mentor, Mr Shaw, over two sessions in May 2026, using a 'what I like / what I find hard' sorting activity. Mr Shaw has known Kian for two years."),
    ('p', "Kian said he likes school dinners, football on the field and looking after the class guinea pigs. He said his favourite thing in Scarsby is the land train on the promenade. He said reading is \"hard and boring\" and that he gets told off for not listening, \"but I do listen, I just forget\". He said he likes Miss Carter because \"she doesn't shout\"."),
    ('h', 'What Kian is good at'),
    ('p', "Kian is gentle with animals and younger children, has a great sense of humour and is a strong, determined footballer. He is helpful in the classroom when given a job and he remembers the names of every member of staff."),
    ('h', "What Kian's mum said"),
    ('p', "Kian's mum said that Kian is a loving boy who is always on the go. She said he finds it hard to settle in the evening and that the family has had a difficult year. She is worried that he is falling further behind with reading and that other children have started to call him names. She wants school to keep her updated every week."),
    ('h', 'Hopes for the future'),
    ('p', "Kian wants to work with animals when he is older, maybe at the Sea Life centre, or drive the land train. His mum wants him to be able to read well enough to enjoy comics and to keep his friends at football."),
 ],
 B=[('h', 'Communication and interaction'),
    ('p', "Kian talks confidently with adults he knows. He has difficulty understanding longer instructions and new vocabulary in lessons, and needs information given in small steps with visual prompts."),
    ('h', 'Cognition and learning'),
    ('p', "Kian has moderate learning difficulties linked to his foetal alcohol spectrum disorder (FASD). He is working at around a Year 2 level in reading and maths. He reads at the school's orange book band with support, and knows number bonds to 10 but not yet to 20. His short-term memory is a significant difficulty: he may learn something one day and lose it the next."),
    ('h', 'Social, emotional and mental health'),
    ('p', "Kian becomes upset quickly when he feels he has done something wrong and can shout or push furniture. He is often tired and hungry on arrival at school. He finds it hard to manage when the routine changes and he needs to know what is happening next."),
    ('h', 'Sensory and physical'),
    ('p', "Kian has no physical or sensory needs affecting his learning."),
 ],
 C=[('p', "C1 Kian has FASD, diagnosed by the community paediatrician in 2023. His growth and development are monitored by the paediatric team."),
    ('p', "C2 Kian has marked difficulties with attention and impulsivity. He takes medication each morning at home, prescribed and reviewed by the paediatrician. Without it he finds it very hard to stay on a task for more than two or three minutes.")],
 D=[('p', "Kian is subject to a child protection plan.")],
 E_intro=[('p', "Outcomes were reviewed and updated at the annual review on 9 June 2026.")],
 EF=[
  dict(area='Reading',
       outcome="By June 2027, Kian will read a book at the school's yellow book band aloud with at least 90% accuracy, measured by his class teacher in the termly reading check.",
       prov=[("Kian will have access to small group phonics sessions with a teaching assistant where possible.", "20 minutes", "Teaching assistant"),
             ("Precision teaching of high-frequency words, 1:1", "10 minutes daily", "Teaching assistant trained in precision teaching by the SENCo (special educational needs co-ordinator)"),
             ("A home reading book matched to his phonics level, with a reading diary", "Changed twice weekly (Tuesday and Friday)", "Class teacher")]),
  dict(area='Number',
       outcome="Kian will receive 1:1 support from a teaching assistant for 20 minutes a day to practise his number bonds.",
       prov=[("1:1 number fluency programme (Numicon-based) using practical equipment", "20 minutes, 4 times a week", "Teaching assistant"),
             ("Numicon set and a 100 square kept on Kian's table", "Available every maths lesson", "Class teacher keeps it stocked")]),
  dict(area='Feelings',
       outcome="By June 2027, Kian will name how he is feeling using the school's feelings chart and choose a calming strategy on 4 out of 5 occasions when he becomes upset, recorded by his learning mentor on his weekly log.",
       prov=[("Zones of Regulation small group, teaching him to recognise and name feelings", "30 minutes weekly, group of 4, for 2 terms", "Learning mentor trained in Zones of Regulation"),
             ("Soft start: breakfast and a 10-minute check-in on arrival", "Daily, 8.40am to 8.55am", "Learning mentor"),
             ("Educational psychologist consultation with class teacher and SENCo to review his regulation plan", "Once each term, 1 hour", "Educational Psychologist, Scarsby Educational Psychology Service")]),
  dict(area='Knowing what happens next',
       outcome="Staff will give Kian a visual timetable each morning and will use a calm voice when he is upset.",
       prov=[("Visual timetable on Kian's desk, with changes shown before they happen", "Set up every morning", "Teaching assistant"),
             ("Social stories for known changes (trips, supply teachers, sports day)", "Read with Kian the day before and on the morning of the change", "Teaching assistant")]),
  dict(area='Working with animals',
       outcome="By June 2027, Kian will complete his class job of feeding and cleaning out the guinea pigs by following a 4-step picture checklist on his own, on 4 days out of 5, recorded by his teaching assistant on the job chart.",
       prov=[("Picture checklist for the guinea pig job, taught step by step and then faded", "Daily for 15 minutes at 3pm, for 6 weeks then review", "Teaching assistant, 1:1")]),
  dict(area='Attention',
       outcome="By June 2027, Kian will stay on a learning task for 10 minutes with no more than one reminder in 4 out of 5 literacy lessons, tracked weekly by his class teacher.",
       prov=[("Work broken into 5-minute chunks on a task board, with a movement break of 3 minutes between chunks", "Every literacy and maths lesson", "Class teacher and teaching assistant"),
             ("Wobble cushion and a fidget tool", "Kept at his table; replaced when worn by the SENCo", "SENCo")]),
 ],
 G=[('p', "G1 Community Paediatrician, Scarsby Child Development Centre: review of growth, development and medication in clinic every 6 months (30 minutes), with a letter to the family, the family doctor (GP) and school after each appointment."),
    ('p', "G2 The paediatrician will review Kian's attention medication at each 6-monthly appointment and adjust the dose if needed, with a phone review 4 weeks after any change."),
    ('p', "Health agreement: Section G was reviewed and agreed by Dr Helen Sowerby, Designated Clinical Officer, Humber and North Yorkshire Integrated Care Board, on 24 June 2026.")],
 H1=[('p', "None.")],
 H2=[('p', "None.")],
 I=[('p', "St Hilda's Church of England Primary School, Scarsby: a mainstream voluntary aided primary school.")],
 J=[('p', "No personal budget has been requested.")],
 K=[("Kian's views (sorting activity)", "Daniel Shaw, Learning Mentor, St Hilda's Church of England Primary School", "14 and 21 May 2026"),
    ("Parent's views", "Kian's mum", "2 June 2026"),
    ("Educational advice and annual review report", "Joanne Carter, Class Teacher, and Liz Morrell, SENCo, St Hilda's Church of England Primary School", "26 May 2026"),
    ("Psychological advice", "Dr Sarah Quinn, Educational Psychologist, Scarsby Educational Psychology Service", "12 March 2026"),
    ("Medical advice", "Dr Anita Kaur, Community Paediatrician, Scarsby Child Development Centre", "17 April 2026")],
 signoff=["Signed on behalf of Scarsby Borough Council: Paul Atkinson, EHC Coordinator. Date: 30 June 2026."],
 labels={'PC-PFA': 'na', 'SC-RIGHT-SECTION': 'na', 'HC-THERAPY-PLACEMENT': 'na',
         'CA-STATUTORY-ADVICE': 'fail', 'SC-NEEDS': 'fail', 'SC-STATUTORY-LINK': 'fail', 'SC-PROVISION-SPECIFIC': 'fail',
         'SC-ADVICE': 'fail', 'PC-OUTCOME-NOT-PROVISION': 'fail', 'PC-SMART': 'fail', 'PR-VAGUE-WORDING': 'fail',
         'PR-QUANTIFIED': 'fail'},
 why={'SC-STATUTORY-LINK': 'FAIL: "Child protection plan (category: neglect) since March 2026" is recorded but D says only "Kian is subject to a child protection plan." and H1/H2 say "None." - no social worker contribution, no CP plan, no joint working',
      'SC-NEEDS': 'FAIL: "Kian is subject to a child protection plan." is a legal status, not a description of need',
      'SC-PROVISION-SPECIFIC': 'FAIL: H1 and H2 "None." with no sign that short breaks, the local offer or early help were considered',
      'SC-ADVICE': 'FAIL: no social care advice in K although Kian has a social worker',
      'CA-STATUTORY-ADVICE': 'FAIL: social care advice (reg 6) missing from K',
      'PC-OUTCOME-NOT-PROVISION': 'FAIL: "Kian will receive 1:1 support from a teaching assistant for 20 minutes a day to practise his number bonds." and "Staff will give Kian a visual timetable each morning and will use a calm voice when he is upset." are provision',
      'PC-SMART': 'FAIL: "Staff will give Kian a visual timetable each morning" - two outcomes have no measure of what Kian will achieve and no date',
      'PR-VAGUE-WORDING': 'FAIL: "Kian will have access to small group phonics sessions with a teaching assistant where possible."',
      'PR-QUANTIFIED': 'FAIL: the phonics intervention gives "20 minutes" but no frequency and no group size',
      'HC-DCO-SIGNOFF': 'PASS: "reviewed and agreed by Dr Helen Sowerby, Designated Clinical Officer" with date',
      'CA-ANNUAL-REVIEW': 'PASS (trap): issued "21/10/2024" but last reviewed "09/06/2026", within 12 months of the audit'},
))

# ======================================================================= ac103  SOUND
PLANS.append(dict(
 id='ac103', layout='national-template', name='Maisie', age=4, year_group='Reception',
 needs=['speech and language delay', 'developmental trauma', 'continence'], voice='observation in play by key person + parent',
 front=[('Plan', 'Education, Health and Care (EHC) plan, Scarsby Borough Council'),
        ('First name', 'Maisie'), ('School year', 'Reception (Early Years Foundation Stage), age 4'),
        ('Date this plan was issued', '2 October 2026'),
        ('Last annual review', "None yet - new plan. As Maisie is under 5, her plan will be reviewed every 6 months; the first review is due by April 2027."),
        ('EHC coordinator', 'Nadia Wilson, EHC Coordinator, Inclusion Casework Team')],
 personal=dict(name='Maisie', dob='February 2022 (age 4)', sex='Female', ethnicity='White British', lang='English', plang='English',
               p1="Maisie's mum", p1rel='Mother', addr='Temporary accommodation in Scarsby (address held by the Inclusion Casework Team)',
               p2='Not applicable', p2rel='', p2contact='', p2addr=''),
 services=dict(setting='Sandside Primary School and Nursery, Reception class',
               gp='Harbour Medical Practice, Scarsby. Key health professional: Sally Dobson, Bladder and Bowel Nurse',
               nhs='Held on the health record', known_sc='Early Help only (Scarsby Family Hub). Not open to Children\'s Social Care.',
               others='Speech and language therapy; educational psychology; health visiting', lac='No', was_lac='No',
               opp='Yes - appended', moving='No'),
 A1=("Maisie was born in Bradford. She and her mum moved to Scarsby in the autumn of 2025 after a very difficult time at home, and they are living in one room in a guest house that the council uses for temporary accommodation. Maisie saw and heard frightening things when she was a baby and toddler. She started at Sandside Nursery in April 2026, shortly after her fourth birthday, and moved into the Reception class in September 2026.\n"
     "How Maisie communicates: Maisie uses single words and a few two-word phrases (\"mummy gone\", \"more juice\"). She uses about 15 Makaton signs, which her key person has taught her, and she points to photos to make choices. When she is worried she goes quiet and hides her face."),
 A2=dict(
   views=("How we found out what Maisie thinks: Maisie is not yet able to tell us her views in sentences. Her key person, Mrs Amy Leigh, who has worked with her every day since April 2026, watched her in play over three weeks in August and September 2026, noted what she chose and what she turned away from, and looked at photos of the setting with her. Maisie pointed to the photos and signed 'more', 'stop' and 'finished'.\n"
          "What Maisie showed us: Maisie chose the sand tray, the water wall and the baby dolls every day. She pointed to the photo of Mrs Leigh and smiled, and to the photo of the garden and signed 'more'. She turned away from the photo of the hall at lunchtime and signed 'stop'. She held Mrs Leigh's hand at home time until she saw her mum.\n"
          "What Maisie's mum says: \"Maisie is my little shadow. She is clever, she notices everything and she loves the beach. She gets scared when people shout or when I'm out of sight. I want her to be able to talk to me properly and make friends. I was frightened she would be labelled naughty, but nursery have been brilliant.\""),
   interests="Sand and water play, feeding the baby dolls, the beach and the amusements on the front, bubbles, songs with actions, and her mum's phone photos of the sea.",
   strengths="Maisie is gentle, watchful and caring towards younger children. She is good at puzzles (she completes a 12-piece jigsaw on her own), she learns new signs quickly, and she sits for a whole story when she is next to an adult she trusts.",
   aspirations=("Maisie's mum hopes that by the time Maisie starts Year 1 she will be able to tell people what she wants in short sentences, have a friend to play with, and be happy to come into school without crying. In the longer term, she hopes Maisie will do well at school and have the settled childhood she did not have at first.")),
 areas={
  'ci': ("Maisie copies words and signs quickly, enjoys singing and joins in with action rhymes. She understands simple everyday instructions in familiar routines.",
         [("Maisie has a significant speech and language delay. The speech and language therapist (September 2026) found her understanding is at about a 2-and-a-half-year level and her spoken language at about a 2-year level. She uses single words and a few two-word phrases.",
           "A speech and language therapist from Scarsby Children's Therapy Service will see Maisie on her own in school on Monday afternoons for 30 minutes, every week for the autumn term (12 weeks), then set a new programme.\nHer key person, trained by the therapist, will deliver Maisie's language programme 1:1 for 10 minutes twice a day, every school day.\nAll adults will use Makaton signs with key words, and a 'now and next' photo board, throughout the day.",
           "By April 2027, Maisie will use phrases of 3 words or more (spoken or signed) to ask for what she wants, at least 10 times in a school day, counted by her key person on one day each fortnight."),
          ("Maisie finds it hard to take part in group talk and to play alongside other children.",
           "Attention Autism-style 'bucket' sessions, 15 minutes daily, in a group of no more than 4, led by a teaching assistant who has completed the Attention Autism training.\nThe speech and language therapist will train Reception staff in Makaton (Level 1) for 3 hours in October 2026.",
           "By July 2027, Maisie will join a group activity with 3 other children for 10 minutes, taking at least 2 turns, on 4 days out of 5, recorded by her key person.")]),
  'cl': ("Maisie is curious, has good visual memory and completes a 12-piece jigsaw independently.",
         [("Maisie's early learning is delayed, mainly because of her language. She can count 3 objects and match colours, but is not yet joining in with early number or phonics sessions.",
           "Small group early number and listening games, 15 minutes four times a week, in a group of 3, led by a teaching assistant, using objects and songs.\nAn educational psychologist (EP) from Scarsby Educational Psychology Service will observe Maisie and consult with her teacher and key person once each term for 1.5 hours.",
           "By July 2027, Maisie will count out 5 objects accurately on request on 4 out of 5 tries, assessed by her class teacher in the end-of-year Early Years Foundation Stage (EYFS) assessment.")]),
  'semh': ("Maisie forms a close bond with adults who are calm and consistent and she enjoys being close to her key person.",
           [("Because of what Maisie experienced as a baby, she is very alert to raised voices and becomes frightened when her mum or her key person leaves. She may hide, cry for up to 20 minutes, or refuse to come into school.",
             "A named key person (Mrs Leigh) and a named second adult who will greet Maisie at the gate every morning and hand her back to mum at home time, every day.\nA transition object from home (mum's scarf) kept in Maisie's drawer.\nA daily 10-minute 1:1 'special time' play session with her key person.\nThe educational psychologist will deliver 2 hours of attachment and trauma-aware training to the Reception team in November 2026.",
             "By April 2027, Maisie will separate from her mum at the gate and settle to an activity within 5 minutes on at least 4 mornings out of 5, recorded by her key person on the arrival log.")]),
 },
 health=("Maisie is physically healthy, eats a good range of foods and sleeps well.",
         [("Maisie has no difficulty with eating or sleeping, but she is not yet dry in the day. She has 2 or 3 wetting accidents in a school day and does not yet tell adults when she needs the toilet.",
           "Sally Dobson, Bladder and Bowel Nurse, Scarsby Community Children's Nursing Team, will assess Maisie at home in October 2026 (1 hour), then review every 6 weeks (30 minutes, at home or in clinic) until April 2027. She will write a toileting plan for home and school and train Maisie's key person and one other adult (1 hour, October 2026).",
           "By July 2027, Maisie will tell or sign to an adult when she needs the toilet and be dry during the school day on at least 4 days out of 5, recorded on her toileting chart by her key person.")]),
 health_agreement="Health agreement: the health provision above was confirmed by Dr Helen Sowerby, Designated Clinical Officer (DCO) for Humber and North Yorkshire Integrated Care Board (ICB), on 25 September 2026.",
 social=("Maisie's mum is loving and protective and keeps every appointment.",
         [("Maisie and her mum live in temporary accommodation after leaving domestic abuse in 2025. An Early Help assessment (Scarsby Family Hub, 21 July 2026) found that mum needs support to keep routines in one room and to recover from what happened, and that Maisie needs safe places to play with other children outside school. Maisie is not open to Children's Social Care and is not on a child in need or child protection plan.",
           "None at present. Short breaks from the Children with Disabilities Team were discussed with mum on 21 July 2026; she does not want a referral now. This will be reconsidered at the 6-month review.",
           "An Early Help family practitioner will visit at home weekly for 1 hour for 8 weeks from October 2026, then fortnightly until April 2027, to support routines.\nA place for mum on the Freedom Programme (12 weekly sessions of 2 hours at the Family Hub, with a free crèche for Maisie), arranged by the family practitioner.",
           "By April 2027, Maisie will play alongside other children at the Family Hub stay-and-play for at least 20 minutes, with mum close by, on 3 weeks out of 4, as recorded by the family practitioner.")]),
 I=("Sandside Primary School and Nursery, Scarsby", "Mainstream community primary school (Reception class)", ("Start", "Reception class from September 2026")),
 J=("No personal budget has been requested.", "Not applicable. Mum was told about personal budgets on 16 September 2026."),
 K_rows={1: ("Parent's views ('All about Maisie' form)", "18 August 2026", "Maisie's mum", "YES"),
         2: ("Maisie's views: observation in play and photo choices", "9 September 2026", "Amy Leigh, Key Person, Sandside Primary School and Nursery", "YES"),
         3: ("Educational advice", "11 September 2026", "Claire Nolan, Special Educational Needs Co-ordinator (SENCo), Sandside Primary School and Nursery", "YES"),
         4: (None, "2 September 2026", "Dr Omar Haddad, Community Paediatrician, Scarsby Child Development Centre", "YES"),
         5: (None, "8 September 2026", "Dr Fiona Reid, Educational Psychologist, Scarsby Educational Psychology Service", "YES"),
         6: (None, "21 July 2026", "Jade Moss, Early Help Family Practitioner, Scarsby Family Hub, Children's Services", "YES"),
         7: (None, "4 September 2026", "Becky Hart, Speech and Language Therapist, Scarsby Children's Therapy Service", "YES")},
 K_extra=[("Bladder and bowel advice", "26 August 2026", "Sally Dobson, Bladder and Bowel Nurse, Scarsby Community Children's Nursing Team", "YES"),
          ("Health visitor report", "15 July 2026", "Karen Bell, Health Visitor, 0-19 Healthy Child Service", "YES")],
 signoff_row=("Nadia Wilson, EHC Coordinator, Inclusion Casework Team", "N. Wilson", "2 October 2026"),
 labels={'PC-PFA': 'na', 'SC-STATUTORY-LINK': 'na'},
 why={'PC-VOICE': 'PASS (trap): "How we found out what Maisie thinks" - views of a young child with little speech gathered through play, photos and signs by her key person',
      'CA-DATED': 'PASS (trap): the template rows "Provision to assist the Y9 and older children" and the parent-request row were left unfilled - not advice items',
      'HC-NEEDS': 'PASS (trap): "Maisie has no difficulty with eating or sleeping, but she is not yet dry in the day" - the real need is met in G and E',
      'HC-DCO-SIGNOFF': 'PASS: "confirmed by Dr Helen Sowerby, Designated Clinical Officer (DCO)" with date',
      'PR-QUANTIFIED': 'PASS (trap): "will see Maisie on her own in school on Monday afternoons for 30 minutes" and EP consultation "once each term for 1.5 hours" need no group size',
      'PR-VAGUE-WORDING': 'PASS (trap): "cry for up to 20 minutes" is in B, not F',
      'CA-ANNUAL-REVIEW': 'PASS: issued 2 October 2026',
      'HC-THERAPY-PLACEMENT': 'PASS: speech and language therapy is in the F column',
      'SC-RIGHT-SECTION': 'PASS: Early Help and the Freedom Programme are in H2'},
))

# ======================================================================= ac104  FAIL
PLANS.append(dict(
 id='ac104', layout='heading2-numbered', name='Tyler', parents='his grandparents', age=14, year_group='Year 9',
 needs=['SEMH', 'developmental trauma', 'ADHD'], voice='young person quoted + grandparents; clinical background',
 front=[('First name', 'Tyler'), ('School year', 'Year 9 (age 14)'),
        ('Setting', 'The Beacon Centre (alternative provision), dual registered with Scarsby Coast Academy'),
        ('Date this plan was issued', '20 January 2026'),
        ('Last annual review', 'Not yet due (new plan)'),
        ('EHC coordinator', 'Paul Atkinson, EHC Coordinator, Inclusion Casework Team')],
 intro=["This Education, Health and Care (EHC) plan sets out Tyler's special educational needs, the outcomes agreed for him and the provision he must receive. It follows an EHC needs assessment requested by Scarsby Coast Academy in July 2025."],
 A=[('h', 'A1 What Tyler said'),
    ('p', "Tyler met his EHC coordinator at the Beacon Centre on 3 December 2025 with his key worker, Mr Dale, and answered some questions. These are his words."),
    ('ul', ["\"School was rubbish. Everyone was always on my case.\"",
            "\"I like it better here because the groups are small and they don't shout.\"",
            "\"I hate writing. My hand hurts and I can't think what to put.\"",
            "\"I want to be a mechanic like my uncle. He's got a garage in Whitby.\""]),
    ('h', "A2 What Tyler's grandparents said"),
    ('p', "Tyler's grandparents said that he has had a very hard start in life and they have looked after him since he was seven. They said he can be angry and rude at home, that he stays up late on his phone and that they are tired. They hope he will get a job, stay out of trouble and be able to look after himself, cook a meal and manage money one day."),
    ('h', 'A3 Background'),
    ('p', "Tyler presents with dysregulated affect, hypervigilance and significant executive dysfunction secondary to complex developmental trauma and attention deficit hyperactivity disorder (ADHD, combined presentation). He exhibits oppositional and defiant behaviours, poor impulse control, low frustration tolerance and disinhibited attachment behaviours towards unfamiliar adults. He was permanently excluded from Scarsby Coast Academy in June 2025 following repeated physical aggression and absconding."),
    ('h', 'A4 Aspirations'),
    ('p', "Tyler wants to be a mechanic. His grandparents want him to find work and to live independently."),
 ],
 B=[('h', 'B1 Social, emotional and mental health'),
    ('p', "Tyler's early experiences of neglect and instability mean that he finds it very hard to trust adults. He becomes angry quickly when he feels criticised and may swear, throw equipment or leave the building. In the autumn term 2025 there were 14 recorded incidents of leaving the site. He finds unstructured times very difficult and struggles to accept help from staff he does not know."),
    ('h', 'B2 Cognition and learning'),
    ('p', "Tyler's reading age is about 9 years 6 months (tested November 2025). His spelling and handwriting are well below age-related expectations and he avoids writing tasks. His working memory and processing speed are in the low range on the educational psychologist's assessment. In maths he is working at about a Year 5 level and has gaps in multiplication and fractions."),
    ('h', 'B3 Communication and interaction'),
    ('p', "Tyler misreads other people's intentions, especially tone of voice and facial expression, and this leads to conflict with peers. He struggles to repair friendships after a falling-out."),
 ],
 C=[('p', "Tyler has attention deficit hyperactivity disorder, diagnosed by Child and Adolescent Mental Health Services (CAMHS) in 2022. He takes medication each morning, which is reviewed by the CAMHS ADHD nurse.")],
 D=[('p', "Tyler has lived with his maternal grandparents under a special guardianship order (SGO) since 2019. He is not looked after and is not on a child in need or child protection plan. A social care assessment by the Children with Disabilities Team (social worker Kirsty Pearson, 28 November 2025) found that Tyler's grandparents, who are both in their seventies, need regular breaks from caring, and that Tyler needs safe, supervised activities in the community at weekends, when most incidents at home happen."),
 ],
 E_intro=[('p', "These outcomes will be reviewed at the annual review by January 2027.")],
 EF=[
  dict(area='Attendance and engagement',
       outcome="By January 2027, Tyler will attend all of his timetabled sessions at the Beacon Centre in at least 9 weeks out of 10, as shown on the Beacon Centre attendance register.",
       prov=["Tyler will attend the Beacon Centre for 15 hours a week (9am to 12 noon, Monday to Friday) in a group of no more than 6 pupils, taught by a qualified teacher with a teaching assistant. His timetable will increase by one afternoon each half term, agreed at a half-termly review with his grandparents.",
             "A named key worker (Mr Dale) will meet Tyler at the door each morning for a 10-minute check-in, every day."]),
  dict(area='Managing anger',
       outcome="By January 2027, Tyler will show his time-out card and go to the agreed calm room instead of leaving the building in 4 out of 5 incidents, recorded by staff on the Beacon Centre incident log.",
       prov=["A time-out card, which lets Tyler go to the calm room at any time, explained to all staff by his key worker at the start of each half term.",
             "1:1 sessions with the Beacon Centre's emotional literacy support assistant (ELSA), 45 minutes once a week on Wednesdays, for 12 weeks then review.",
             "An educational psychologist (EP) from Scarsby Educational Psychology Service will meet Tyler's key worker and teacher once each half term for 1 hour to review his support plan."]),
  dict(area='Reading',
       outcome="By January 2027, Tyler will have a reading age of at least 11 years on the Beacon Centre's standardised reading test, given by his teacher each term.",
       prov=["A structured reading intervention (Toe by Toe) 1:1, 20 minutes four times a week, delivered by a teaching assistant trained in the programme.",
             "Reading material at his level that matches his interests, chosen with him by his teacher each half term."]),
  dict(area='Writing',
       outcome="By January 2027, Tyler will write 15 minutes of continuous work without prompting in 3 out of 4 English lessons, measured by his teacher's weekly record.",
       prov=["A laptop with speech-to-text software for written tasks, set up and maintained by the Beacon Centre computer technician.",
             "Writing frames and word banks for every written task, prepared by his teacher."]),
  dict(area='Getting on with others',
       outcome="By January 2027, Tyler will put right a falling-out with a peer, with one adult prompt, in 3 out of 4 recorded cases, noted by his key worker.",
       prov=["A social skills group (Talkabout for Teenagers), 45 minutes weekly, in a group of 4, led by the Beacon Centre learning mentor, for two terms."]),
 ],
 F_general=[('Staff training', ["All Beacon Centre staff working with Tyler will receive 2 hours of trauma-informed practice training from the educational psychologist in the spring term 2026."])],
 G=[('ul', ["The CAMHS ADHD nurse will review Tyler's medication, sleep, growth and blood pressure every 3 months in clinic (30-minute appointment).",
            "The CAMHS ADHD nurse will meet Tyler's key worker at the Beacon Centre once each term for 30 minutes to share how his medication affects him across the day."]),
    ('p', "Health agreement: Section G was reviewed and agreed by Dr Helen Sowerby, Designated Clinical Officer, Humber and North Yorkshire Integrated Care Board, on 12 January 2026.")],
 H1=[('p', "A short break: a place at the Scarsby Youth Hub Saturday activity club, 4 hours every other Saturday, with a support worker, funded by the Children with Disabilities Team and reviewed every 6 months by the social worker.")],
 H2=[('ul', ["The Beacon Centre tutor will deliver 1:1 English and maths tuition for 2 hours on Tuesday and Thursday afternoons.",
             "Special guardianship support: the grandparents will be offered a place on the 8-week Nurturing Attachments parenting group (2 hours weekly) run by the Special Guardianship Support Team."])],
 I=[('p', "The Beacon Centre, Scarsby: a local authority alternative provision (part-time timetable as set out in Section F), dual registered with Scarsby Coast Academy.")],
 J=[('p', "The grandparents have not asked for a personal budget.")],
 K=[("Tyler's views", "Tyler, with Paul Atkinson, EHC Coordinator, and Simon Dale, Key Worker, The Beacon Centre", "3 December 2025"),
    ("Grandparents' views", "Tyler's grandparents", "3 December 2025"),
    ("Educational advice", "Angela Reeves, Head of Centre, The Beacon Centre", "14 November 2025"),
    ("Psychological advice", "Dr Tom Byers, Educational Psychologist, Scarsby Educational Psychology Service", "20 November 2025"),
    ("Medical advice", "Natalie Cook, ADHD Nurse Specialist, Child and Adolescent Mental Health Services (CAMHS)", "6 November 2025"),
    ("Social care advice", "Kirsty Pearson, Social Worker, Children with Disabilities Team", "28 November 2025")],
 signoff=["Signed on behalf of Scarsby Borough Council: Paul Atkinson, EHC Coordinator. Date: 20 January 2026."],
 labels={'SC-STATUTORY-LINK': 'na', 'HC-THERAPY-PLACEMENT': 'na',
         'PC-PFA': 'fail', 'CA-STATUTORY-ADVICE': 'fail', 'PC-ASPIRATION-LINK': 'fail',
         'PC-STRENGTHS': 'fail', 'LG-READABILITY': 'fail', 'SC-RIGHT-SECTION': 'fail'},
 why={'PC-PFA': 'FAIL: Year 9 plan with no preparing-for-adulthood outcome (employment, independent living, community, health) - outcomes are attendance, anger, reading, writing, peers',
      'CA-STATUTORY-ADVICE': 'FAIL: Year 9 and no preparing-for-adulthood advice (for example a careers adviser) in K',
      'PC-ASPIRATION-LINK': 'FAIL: "I want to be a mechanic like my uncle." and the grandparents\' hope that he will "cook a meal and manage money" are not picked up by any outcome',
      'PC-STRENGTHS': 'FAIL: A and B describe only deficits - "He exhibits oppositional and defiant behaviours, poor impulse control, low frustration tolerance"; nothing Tyler does well',
      'LG-READABILITY': 'FAIL: "Tyler presents with dysregulated affect, hypervigilance and significant executive dysfunction secondary to complex developmental trauma" - clinical language in Section A',
      'SC-RIGHT-SECTION': 'FAIL: "The Beacon Centre tutor will deliver 1:1 English and maths tuition for 2 hours on Tuesday and Thursday afternoons." is educational provision placed in H2',
      'PR-VAGUE-WORDING': 'PASS (trap): "need regular breaks from caring" is in D, not F',
      'SC-STATUTORY-LINK': 'NA: special guardianship order is not looked-after, CIN or CP status',
      'SC-PROVISION-SPECIFIC': 'PASS: short break "4 hours every other Saturday, with a support worker"',
      'PC-VOICE': 'PASS: "These are his words." - Tyler quoted, grandparents\' views recorded',
      'HC-OUTCOMES': 'PASS (arguable): ADHD impulsivity and attention are addressed by the anger and writing outcomes'},
))

# ======================================================================= ac105  SOUND
PLANS.append(dict(
 id='ac105', layout='ef-table', name='Shannon', parents='the people who care for her', age=15, year_group='Year 10',
 needs=['SEMH', 'attachment difficulties', 'MLD'], voice='first person (young person) + foster carer + birth mum',
 front=[('First name', 'Shannon'), ('NC (National Curriculum) year', 'Year 10 (age 15)'),
        ('Education setting', 'Scarsby Coast Academy (Monday to Wednesday) and Coastline Skills alternative provision (Thursday and Friday)'),
        ('Plan first issued', '7 March 2023'),
        ('Last reviewed', '4 November 2026 (annual review; amended plan finalised 23 November 2026)'),
        ('Legal status', 'Looked after by Scarsby Borough Council (care order), living with foster carers since May 2023'),
        ('EHC coordinator', 'Nadia Wilson, EHC Coordinator, Inclusion Casework Team')],
 intro=["This Education, Health and Care (EHC) plan was updated after Shannon's annual review on 4 November 2026, which was held jointly with her Personal Education Plan (PEP) meeting. It was co-produced with Shannon, her foster carers, her social worker and the Virtual School, so that her care plan, PEP and this plan work together."],
 A=[('h', 'About me (written by Shannon with her key worker, October 2026)'),
    ('p', "I'm Shannon and I'm 15. I live with Jo and Mick and their dog Bramble in Scarsby, and I've been there three years now, which is the longest I've lived anywhere. I have regular contact with my mum and my little brother on Saturdays. I like cooking, especially baking, and I like music, TikTok and walking Bramble on the beach. I'm good at looking after little kids and people say I'm funny."),
    ('p', "School is OK on the days I go to Coastline. I like the catering kitchen and the tutors talk to you like an adult. At the academy I find big classes hard and I hate being stared at. Maths makes me panic. If a teacher I don't know shouts, I walk out. I want people to give me a warning before things change, and not to talk about my care stuff in front of other people."),
    ('h', 'What my foster carers say'),
    ('p', "Jo and Mick said Shannon has come a long way. She is caring, hard-working in the kitchen and very loyal to the people she trusts. She still finds it hard to sleep and can feel very low, especially after contact. They would like her to leave school with qualifications, to be able to cook and budget for herself, and to travel on the bus without worrying."),
    ('h', "What Shannon's mum says"),
    ('p', "Shannon's mum told the social worker (September 2026) that she is proud of Shannon and wants her to \"get a good job and a nice flat and not struggle like I did\"."),
    ('h', 'My hopes for the future'),
    ('p', "I want to be a chef or run my own café on the sea front. First I want to go to college in Scarborough or Whitby to do catering, and I want to pass my exams. One day I want my own flat and to be able to have my brother to stay."),
 ],
 B=[('h', 'Social, emotional and mental health'),
    ('p', "Strengths: Shannon builds strong, loyal relationships with adults who are consistent. She is kind to younger children and is a reliable member of the Coastline kitchen team."),
    ('p', "Needs: Because of her early experiences, Shannon is very alert to rejection and criticism. Unexpected change, raised voices or unfamiliar adults can lead her to leave lessons (on average twice a week at the academy in the summer term 2026). She can feel very low after family contact and finds it hard to ask for help. Her attendance is 91% this term, up from 78% last year."),
    ('h', 'Cognition and learning'),
    ('p', "Strengths: Shannon learns well by doing, follows recipes accurately and remembers practical steps once she has seen them demonstrated."),
    ('p', "Needs: Shannon has moderate learning difficulties. Her reading age is about 11 years (tested September 2026) and she reads slowly, which affects her in exams. In maths she is working towards Entry Level 3 and becomes anxious with number work, especially money and fractions."),
    ('h', 'Communication and interaction'),
    ('p', "Shannon speaks confidently with people she knows but finds it hard to speak up in large groups or to ask a stranger for help (for example at a bus station or in a shop)."),
 ],
 C=[('p', "Shannon has no difficulties with her physical health (review health assessment, August 2026), but she does have low mood and difficulty sleeping. She is supported by Child and Adolescent Mental Health Services (CAMHS), which provide help for young people's mental health. She usually falls asleep after 1am and her mood dips sharply after contact with her family.")],
 D=[('p', "Shannon is looked after by Scarsby Borough Council under a care order and has lived with her foster carers since May 2023. Her care plan (reviewed by her Independent Reviewing Officer on 15 October 2026) aims for her to stay with Jo and Mick until at least 18 under a 'staying put' arrangement."),
    ('p', "Her social worker, Kirsty Pearson, contributed to this plan and attended the joint annual review and PEP meeting. Social care needs that relate to Shannon's special educational needs are: support to manage feelings after family contact; help to build independent living skills (cooking on a budget, travel, managing money) in line with her pathway planning from 16; and support for her foster carers to keep the placement stable. Safeguarding: there are no current concerns; Shannon's safety plan about social media is held by her social worker."),
    ('p', "The Virtual School for looked-after children funds part of Shannon's provision through Pupil Premium Plus, agreed in her PEP. Her PEP targets and the outcomes in Section E are the same, so that there is one set of targets across the multi-agency workstream.")],
 E_intro=[('p', "Shannon chose the wording of these outcomes with her key worker. They follow her hopes to work in catering, live on her own and travel independently. Progress is checked at each termly PEP meeting and at her annual review by November 2027.")],
 ef_header=['What Shannon will achieve', 'What will be provided', 'How much and how often', 'Who'],
 EF=[
  dict(area='Work: catering',
       outcome="By July 2027, Shannon will gain the Level 1 Certificate in Food Preparation and Cooking, and will receive a positive written report (rated 'good' or better on all five areas) from her one-week work placement at a sea front café in June 2027.",
       prov=[("Catering course at Coastline Skills in a group of no more than 8, taught by a qualified catering tutor with a teaching assistant", "Thursday and Friday, 9.30am to 2.30pm, every week in term time", "Coastline Skills catering tutor"),
             ("Work placement found, risk-assessed and visited by a placement officer", "One week in June 2027; the placement officer visits twice during the week for 30 minutes", "Coastline Skills placement officer"),
             ("Careers guidance interview and follow-up", "Two 45-minute 1:1 interviews (December 2026 and April 2027)", "Level 6 qualified careers adviser, Scarsby Careers Service")]),
  dict(area='Exams and reading',
       outcome="By June 2027, Shannon will complete her Year 10 mock exams in English and maths using her access arrangements, finishing every paper, and will have a reading age of at least 12 years on the academy's termly reading test.",
       prov=[("25% extra time and a reader in all internal and external exams", "Every exam", "Applied for and arranged by the SENCo (special educational needs co-ordinator) with the exams officer"),
             ("Reading fluency intervention (paired reading), 1:1", "20 minutes, three times a week (Monday to Wednesday)", "Teaching assistant trained by the academy's specialist literacy teacher"),
             ("Exam practice in a small room with a familiar adult", "One session each half term in the week before assessments, 1 hour", "Teaching assistant")]),
  dict(area='Money and maths',
       outcome="By July 2027, Shannon will plan and buy the ingredients for a meal for 4 people within a budget of £10, working out the change herself, on 3 separate occasions recorded by her Coastline tutor.",
       prov=[("Entry Level maths in a group of 6, with money work linked to the kitchen", "3 hours a week at the academy (1 hour each day, Monday to Wednesday)", "Maths teacher, with a teaching assistant in the room"),
             ("Budget shopping sessions in a local supermarket", "Every other Friday afternoon for 1 hour, in a group of 3 with 1 adult", "Coastline Skills teaching assistant")]),
  dict(area='Travel and community',
       outcome="By July 2027, Shannon will access the community independently by travelling on the bus from Scarsby to Whitby and back for her college taster days, on her own, on 3 out of 3 planned journeys, checked by text with her foster carer.",
       prov=[("Travel training: planned bus journeys, with the trainer stepping back gradually", "1 hour weekly for 10 weeks from January 2027, 1:1", "Independent travel trainer, Scarsby Passenger Transport Team"),
             ("Practising asking for help (scripts and role play) before each journey", "15 minutes before each travel training session", "Independent travel trainer")]),
  dict(area='Feeling settled in school',
       outcome="By July 2027, Shannon will use her exit card and go to the nurture base instead of leaving the academy site in every incident, and will stay in lessons for 95% of her timetable, recorded by her key worker on the academy's behaviour and attendance system.",
       prov=[("A named key worker who checks in with Shannon at the start of every academy day", "Daily, 10 minutes, Monday to Wednesday", "Pastoral key worker (trained in attachment-aware practice)"),
             ("An exit card and a place in the nurture base with a member of the pastoral team", "Whenever she shows the card; she returns to lessons within 20 minutes or the key worker phones her foster carer", "Pastoral team"),
             ("Advance warning of any change (supply teachers, room changes, trips)", "Text message to Shannon the evening before, or in person at morning check-in", "Key worker"),
             ("Consultation with the educational psychologist for the key worker and SENCo", "Once each half term, 1 hour", "Educational psychologist, Scarsby Educational Psychology Service")]),
  dict(area='Sleep and wellbeing',
       outcome="By July 2027, Shannon will be asleep by 11.30pm on at least 5 nights out of 7, shown in the sleep diary she keeps with the Looked After Children's Nurse, and will rate her mood at 6 out of 10 or higher at 4 out of 5 weekly CAMHS check-ins.",
       prov=[("A 'Monday catch-up' with her key worker after weekend family contact, using her mood scale", "Every Monday, 15 minutes, 1:1", "Pastoral key worker"),
             ("A calm, screen-free study space in the pastoral base for homework, so evenings at home are freer to wind down", "Tuesday and Wednesday, 3.15pm to 4pm", "Pastoral team")]),
 ],
 G=[('p', "G1 Low mood: a CAMHS practitioner will see Shannon 1:1 for cognitive behavioural therapy, 50 minutes fortnightly for 12 sessions from November 2026, at the academy on Wednesday afternoons, then review with Shannon and her foster carers. Shannon and her carers can also use the CAMHS duty line when needed."),
    ('p', "G2 Sleep: the Looked After Children's Nurse will complete a sleep plan with Shannon and her carers (two 1-hour home visits in December 2026) and review it at her next review health assessment in August 2027."),
    ('p', "G3 Review health assessment by the Looked After Children's Nurse every 12 months (next August 2027)."),
    ('p', "Health sign-off: Reviewed and supported by Dr Helen Sowerby, Designated Clinical Officer (DCO), Humber and North Yorkshire Integrated Care Board (ICB), 19 November 2026.")],
 H1=[('p', "No provision under section 2 of the Chronically Sick and Disabled Persons Act 1970. Short breaks were considered at the looked-after review on 15 October 2026 and are not needed while her care plan provides support.")],
 H2=[('ul', ["Her social worker will visit Shannon at home every 6 weeks (1 hour) as set out in her care plan, and will attend each termly PEP meeting.",
             "Independent living skills: Shannon's foster carers will support her to cook one family meal a week and to manage a weekly allowance, with the social worker checking progress at each visit.",
             "Supervising social worker support for Jo and Mick: monthly visits of 1.5 hours from the Fostering Service, and a place on the 6-week therapeutic parenting course (2 hours weekly) from January 2027."])],
 I=[('p', "Scarsby Coast Academy (mainstream secondary academy), with Coastline Skills (independent alternative provision) on Thursdays and Fridays, commissioned by the academy.")],
 J=[('p', "No personal budget. Pupil Premium Plus funding (through the Virtual School) contributes to the Coastline Skills placement, as agreed at the PEP meeting.")],
 K=[("Shannon's views ('About me')", "Shannon, with Sam Reed, Pastoral Key Worker, Scarsby Coast Academy", "28 October 2026"),
    ("Foster carers' views", "Jo and Mick, foster carers", "30 October 2026"),
    ("Birth mother's views (given to the social worker)", "Shannon's mum, via Kirsty Pearson, Social Worker", "22 September 2026"),
    ("Educational advice", "Lisa Grant, SENCo, Scarsby Coast Academy; Adam Cole, Lead Tutor, Coastline Skills", "20 October 2026"),
    ("Psychological advice", "Dr Fiona Reid, Educational Psychologist, Scarsby Educational Psychology Service", "2 October 2026"),
    ("Medical advice (review health assessment)", "Claire Hutton, Looked After Children's Nurse, Humber Teaching NHS Foundation Trust", "18 August 2026"),
    ("Mental health advice", "Ben Walsh, CAMHS Practitioner, Scarsby CAMHS", "9 October 2026"),
    ("Social care advice and care plan", "Kirsty Pearson, Social Worker, Children in Care Team", "15 October 2026"),
    ("Personal Education Plan", "Rachel Oakes, Virtual School Head, Scarsby Virtual School", "4 November 2026"),
    ("Preparing for adulthood advice (careers and independent travel)", "Martin Lowe, Careers Adviser (Level 6), Scarsby Careers Service", "13 October 2026")],
 signoff=["Signed on behalf of Scarsby Borough Council: Nadia Wilson, EHC Coordinator. Date: 23 November 2026."],
 labels={'HC-THERAPY-PLACEMENT': 'na'},
 why={'PC-OUTCOME-NOT-PROVISION': 'PASS (trap): "will gain the Level 1 Certificate" / "will receive a positive written report" / "will access the community independently" are achievements',
      'PR-QUANTIFIED': 'PASS (trap): "25% extra time and a reader in all internal and external exams" is an access arrangement with who arranges it; careers interviews and EP consultation need no group size',
      'SC-STATUTORY-LINK': 'PASS: looked after; "Her social worker, Kirsty Pearson, contributed to this plan" and D/H2 draw on the care plan, PEP and Virtual School',
      'PC-PFA': 'PASS: catering qualification and work placement, budget shopping, independent travel',
      'HC-NEEDS': 'PASS (trap): "Shannon has no difficulties with her physical health (review health assessment, August 2026), but she does have low mood and difficulty sleeping"',
      'HC-PROVISION-SPECIFIC': 'PASS (trap): "when needed" is an addition to CBT "50 minutes fortnightly for 12 sessions"',
      'HC-OUTCOMES': 'PASS: low mood and sleep lead to the "Sleep and wellbeing" outcome',
      'HC-DCO-SIGNOFF': 'PASS: "Reviewed and supported by Dr Helen Sowerby, Designated Clinical Officer (DCO)" with date',
      'PR-VAGUE-WORDING': 'PASS (trap): "I have regular contact with my mum" is in A; "Whenever she shows the card" is a defined trigger',
      'LG-SPELLING': 'PASS (trap): multi-agency, workstream, co-produced, safeguarding are correct',
      'CA-ANNUAL-REVIEW': 'PASS: "Plan first issued" 7 March 2023 but "Last reviewed" 4 November 2026',
      'HC-THERAPY-PLACEMENT': 'NA: no speech and language or occupational therapy'},
))

# ======================================================================= ac106  FAIL
PLANS.append(dict(
 id='ac106', layout='national-template', name='Amira', age=12, year_group='Year 7',
 needs=['hearing impairment', 'speech and language'], voice='young person quoted + parents',
 front=[('Plan', 'Education, Health and Care (EHC) plan, Scarsby Borough Council'),
        ('First name', 'Amira'), ('School year', 'Year 7'),
        ('Date this plan was issued', '14/09/2025'),
        ('Last annual review', 'Not yet held'),
        ('EHC coordinator', 'Paul Atkinson, EHC Coordinator, Inclusion Casework Team')],
 personal=dict(name='Amira', dob='March 2014 (age 12)', sex='Female', ethnicity='Asian British - Pakistani', lang='English and Urdu', plang='Urdu and English',
               p1="Amira's mum", p1rel='Mother', addr='Scarsby (address held by the Inclusion Casework Team)',
               p2="Amira's dad", p2rel='Father', p2contact='Held by the Inclusion Casework Team', p2addr='Same address'),
 services=dict(setting='Scarsby Coast Academy, Year 7', gp='Esplanade Surgery, Scarsby. Key health professional: Paediatric Audiology, Scarsby General Hospital',
               nhs='Held on the health record', known_sc='No', others='Sensory Support Service; speech and language therapy', lac='No', was_lac='No',
               opp='Yes - appended', moving='No. The family moved from Bradford in 2022; Amira had no EHC plan there.'),
 A1=("Amira was born in Bradford and has had a hearing loss in both ears since birth. She has worn hearing aids since she was 2. The family moved to Scarsby in 2022, when her dad started work at the hospital. Amira went to Westcliff Primary School and moved to Scarsby Coast Academy in September 2025.\n"
     "How Amira communicates: Amira uses spoken English and Urdu. She lip-reads and relies on her hearing aids and a radio aid. She misses a lot in noisy rooms and when people turn away from her."),
 A2=dict(
   views=("Amira's views (talking with her form tutor, June 2025): \"I like art and drawing manga. I'm worried about big school because it's massive and really loud. I don't like it when teachers talk while they're writing on the board because I can't see their mouths. I want people to know I'm not ignoring them, I just didn't hear.\"\n"
          "What Amira's parents say: Amira's mum and dad said she is a determined, creative girl who works very hard and is tired at the end of the day because listening takes so much effort. They are worried that in a big school she will not recieve the same help she had at primary school, where staff knew her well. They want all her teachers to know how to use the radio aid."),
   interests="Art, drawing manga characters, baking with her mum, and swimming at the leisure centre.",
   strengths="Amira is artistic, determined and well organised. She reads well for her age and has a wide vocabulary in both English and Urdu. She is a loyal friend.",
   aspirations="Amira wants to be an illustrator or a graphic designer. Her parents hope she will acheive well at school, go to university and be confident to tell people what she needs."),
 areas={
  'ci': ("Amira is a confident reader with a wide vocabulary. She asks for repetition in small groups and with adults she knows.",
         [("Amira has a moderate hearing loss in both ears. In a noisy classroom she misses spoken instructions and discussion, and she finds it hard to follow class discussion when several people speak. She does not always ask for repetition in front of the class.",
           "All teachers will wear Amira's radio aid transmitter in every lesson. The Sensory Support Service will train all of Amira's subject teachers in using the radio aid and in deaf awareness (1 hour, before October half term 2025).\nAmira will sit near the front, away from the window and door, in every lesson, arranged by her form tutor on every seating plan.\nSubtitles will be switched on for all videos used in lessons.",
           "By July 2026, Amira will ask a teacher to repeat or rephrase something she has missed at least once in every lesson where she needs it, as recorded by her teaching assistant on a weekly check sheet in 3 subjects."),
          ("Amira's understanding of new subject vocabulary is behind her peers because she has not heard it as often.",
           "Pre-teaching of key subject vocabulary, 1:1, 20 minutes three times a week, by a teaching assistant, using word lists sent by subject teachers a week ahead.\nA speech and language therapist will visit once each term for 1 hour to set targets and train the teaching assistant.",
           "By July 2026, Amira will explain the meaning of 8 out of 10 key words from each science and geography topic, tested by her teaching assistant at the end of each topic.")]),
  'semh': ("Amira is friendly and has a small group of close friends from primary school.",
           [("Amira becomes very tired because listening takes great effort, and she can become anxious and withdrawn in a noisy enviroment, such as the canteen and corridors at changeover.",
             "A quiet room to eat lunch with 3 friends, every day, supervised by a lunchtime supervisor.\nClass tests in a seperate room with a teaching assistant, so that Amira can hear every instruction, arranged by the special educational needs co-ordinator (SENCo) for each test.\nPermission to leave lessons 3 minutes early to avoid crowded corridors, on a pass given by her head of year.\nA 15-minute 1:1 check-in with her head of year every Friday.",
             "By July 2026, Amira will rate her tiredness and worry at 3 or below on a 5-point scale on at least 4 days out of 5, recorded on her Friday check-in sheet.")]),
 },
 health=("Amira is otherwise fit and well and enjoys swimming.",
         [("Amira has a permanent moderate sensorineural hearing loss in both ears and wears two hearing aids. Her hearing aids need to be checked and her hearing tested regularly.",
           "Paediatric Audiology, Scarsby General Hospital: hearing test and hearing-aid review every 6 months (45-minute appointment), new ear moulds when needed, and replacement of hearing aids at no cost to the family.\nThe audiologist will send a report to the family and the academy after each review.",
           "By July 2026, Amira will check that her hearing aids and radio aid are working at the start of each school day and tell an adult straight away if they are not, on every school day, recorded on her equipment log.")]),
 health_agreement="Health agreement: the health provision was agreed by Dr Helen Sowerby, Designated Clinical Officer for Humber and North Yorkshire Integrated Care Board, on 5 September 2025.",
 social=("Amira has a close, supportive family.",
         [("Children's Social Care screened the family's request for information on 30 June 2025 and found that Amira has no social care needs relating to her special educational needs. The family were given information about the short breaks local offer and did not want a referral.",
           "None.", "None.",
           "No social care outcome is needed.")]),
 I=("Scarsby Coast Academy", "Mainstream secondary academy", ("Resourced provision", "Not required; support from the Sensory Support Service as set out in the plan")),
 J=("No personal budget requested.", "Not applicable."),
 K_rows={1: ("Parents' views", "14 May 2025", "Amira's mum and dad", "YES"),
         2: ("Amira's views", "18 June 2025", "Amira, with Ms Nicola Kerr, Form Tutor, Westcliff Primary School", "YES"),
         3: ("Educational advice", "16 June 2025", "Mrs Helen Barr, SENCo, Westcliff Primary School", "YES"),
         4: (None, "3 April 2025", "Mr James Fenwick, Clinical Scientist (Audiology), Paediatric Audiology, Scarsby General Hospital", "YES"),
         5: (None, "12 June 2023", "Dr Sarah Quinn, Educational Psychologist, Scarsby Educational Psychology Service", "YES"),
         6: (None, "30 June 2025", "Gary Lister, Social Worker, Children's Social Care Front Door Team", "YES"),
         7: ("Hearing support advice", "6 June 2025", "Lauren Moss, Communication Support Worker, Sensory Support Service", "YES")},
 K_extra=[("Speech and language therapy advice", "20 May 2025", "Aisha Rahman, Speech and Language Therapist, Scarsby Children's Therapy Service", "YES")],
 signoff_row=("Paul Atkinson, EHC Coordinator, Inclusion Casework Team", "P. Atkinson", "14/09/2025"),
 labels={'PC-PFA': 'na', 'SC-STATUTORY-LINK': 'na', 'SC-RIGHT-SECTION': 'na',
         'CA-STATUTORY-ADVICE': 'fail', 'CA-ANNUAL-REVIEW': 'fail', 'CA-ADVICE-AGE': 'fail', 'LG-SPELLING': 'fail'},
 why={'CA-STATUTORY-ADVICE': 'FAIL: hearing impairment but the specialist advice is from "Lauren Moss, Communication Support Worker, Sensory Support Service" - not a qualified teacher of the deaf',
      'CA-ANNUAL-REVIEW': 'FAIL: issued "14/09/2025", "Last annual review: Not yet held" - over 12 months before the audit (7 December 2026)',
      'CA-ADVICE-AGE': 'FAIL: psychological advice dated "12 June 2023" - 27 months before the plan was issued',
      'LG-SPELLING': 'FAIL: "recieve", "noisy enviroment", "in a seperate room", "acheive" in long sentences',
      'HC-NEEDS': 'PASS: permanent moderate sensorineural hearing loss described',
      'HC-PROVISION-SPECIFIC': 'PASS (arguable): "new ear moulds when needed" sits alongside the 6-monthly 45-minute review',
      'HC-THERAPY-PLACEMENT': 'PASS: speech and language therapy visits are in F',
      'SC-NEEDS': 'PASS: no social care needs after Children\'s Social Care screening, dated',
      'CA-DATED': 'PASS: every filled row has who and when; unfilled template rows are not advice'},
))

# ======================================================================= ac107  FAIL
PLANS.append(dict(
 id='ac107', layout='heading2-numbered', name='Ellie', parents='her foster carers', age=8, year_group='Year 3',
 needs=['SEMH', 'attachment difficulties', 'literacy delay'], voice='gathered with feelings fan and drawing + foster carers',
 front=[('First name', 'Ellie'), ('School year', 'Year 3 (age 8)'),
        ('Setting', 'Westcliff Primary School, Scarsby'),
        ('Date of EHC plan', '27 February 2026'),
        ('Last annual review', 'Not applicable (new plan)'),
        ('Looked after?', 'Yes'),
        ('EHC coordinator', 'Gemma Hodgson, EHC Coordinator, Inclusion Casework Team')],
 intro=["This Education, Health and Care (EHC) plan describes Ellie's special educational needs and the help she will have in school."],
 A=[('h', 'A1 What Ellie told us'),
    ('p', "Ellie shared her views with Miss Patel, her teaching assistant, on 19 January 2026. They used a feelings fan and Ellie drew pictures of school and home while she talked. Miss Patel wrote down what Ellie said."),
    ('ul', ["\"I like drawing and I like the guinea pig at Auntie Sue's.\" (Sue is Ellie's foster carer.)",
            "\"I don't like playtime because no one plays with me.\"",
            "\"Reading is hard. The words jump about.\"",
            "\"I like Miss Patel. She sits with me when I'm sad.\"",
            "\"When I grow up I want to be a teacher.\""]),
    ('h', 'A2 What Ellie is good at'),
    ('p', "Ellie is creative and loves art. She is kind to animals and younger children and she enjoys helping adults tidy the classroom. She has a good memory for stories that are read to her."),
    ('h', "A3 What Ellie's foster carers say"),
    ('p', "Sue and Graham have cared for Ellie since March 2025. They said she is a loving girl who wants to please, but she worries a lot, especially at bedtime and before school. They would like Ellie to make friends, to enjoy reading and to feel safe at school."),
    ('h', 'A4 Hopes for the future'),
    ('p', "Ellie would like to be a teacher. Her foster carers hope she will make good friends, enjoy reading books on her own and do well at school."),
 ],
 B=[('h', 'B1 Social, emotional and mental health'),
    ('p', "Ellie experienced neglect and several moves before she came into care. She finds it very hard to trust adults and to manage her feelings. When she is worried she may hide, cry for a long time, or refuse to do her work. She often seeks adult attention and finds it hard to share an adult with other children. At playtime she is often on her own or tries to control games, which causes fall-outs."),
    ('h', 'B2 Cognition and learning'),
    ('p', "Ellie is working at about a Year 1 level in reading and writing. She knows most phase 3 sounds but struggles to blend longer words. She writes one or two sentences with adult help and rarely uses capital letters or full stops. In maths she is working just below age-related expectations."),
    ('h', 'B3 Communication and interaction'),
    ('p', "Ellie's language is broadly in line with her age, but she finds it hard to explain how she is feeling or what has upset her."),
 ],
 C=[('p', "Ellie has no health needs relating to her special educational needs. Her initial health assessment by the Looked After Children's Nurse (2 December 2025) found her to be fit and well, with normal hearing and vision.")],
 D=[('p', "Ellie is a looked after child and lives with foster carers in Scarsby. She has a social worker.")],
 E_intro=[('p', "These outcomes were discussed with Ellie's foster carers at the planning meeting on 4 February 2026.")],
 EF=[
  dict(area='Feeling safe in school',
       outcome="By July 2027, Ellie will feel happier and more settled in school.",
       prov=["Ellie will have access to a calm space as appropriate.",
             "Regular check-ins with a trusted adult.",
             "An educational psychologist (EP) from Scarsby Educational Psychology Service will visit once each term for 1 hour to advise staff."]),
  dict(area='Reading',
       outcome="By the end of Year 4, Ellie will be more confident with reading.",
       prov=["Small group reading sessions, up to 3 times a week, with a teaching assistant.",
             "A reading book matched to her phonics level, changed twice a week by her class teacher."]),
  dict(area='Friendships',
       outcome="Ellie will make friends and play nicely with others.",
       prov=["Opportunities to take part in a friendship group where possible.",
             "A structured lunchtime club, 20 minutes on Tuesdays and Thursdays, in a group of 6, led by a lunchtime supervisor."]),
  dict(area='Writing',
       outcome="By July 2027, Ellie will write 3 sentences in a row using capital letters and full stops correctly, checked by her class teacher in her half-termly writing assessment.",
       prov=["A daily 15-minute 1:1 writing session with her teaching assistant, using sentence frames and a word mat.",
             "Her class teacher will give Ellie a personal checklist for capital letters and full stops in every writing lesson."]),
 ],
 F_general=[('Training', ["All staff working with Ellie will complete the Virtual School's 3-hour attachment and trauma awareness training by July 2026."])],
 G=[('p', "None. Ellie has no health needs relating to her special educational needs (see Section C).")],
 H1=[('p', "Not applicable.")],
 H2=[('p', "Not applicable.")],
 I=[('p', "Westcliff Primary School, Scarsby: a mainstream community primary school.")],
 J=[('p', "No personal budget has been requested.")],
 K=[("Ellie's views (feelings fan and drawing)", "Priya Patel, Teaching Assistant, Westcliff Primary School", "19 January 2026"),
    ("Foster carers' views", "Sue and Graham, foster carers", "22 January 2026"),
    ("Educational advice", "Mrs Helen Barr, Special Educational Needs Co-ordinator, Westcliff Primary School", "9 January 2026"),
    ("Psychological advice", "Dr Sarah Quinn, Educational Psychologist, Scarsby Educational Psychology Service", "15 January 2026"),
    ("Medical advice (initial health assessment)", "Claire Hutton, Looked After Children's Nurse, Humber Teaching NHS Foundation Trust", "2 December 2025"),
    ("Social care advice", "Owen Marsh, Social Worker, Children in Care Team", "12 January 2026")],
 signoff=["Signed on behalf of Scarsby Borough Council: Gemma Hodgson, EHC Coordinator. Date: 27 February 2026."],
 labels={'PC-PFA': 'na', 'SC-RIGHT-SECTION': 'na',
         'HC-PROVISION-SPECIFIC': 'na', 'HC-NEEDS-MET': 'na', 'HC-DCO-SIGNOFF': 'na', 'HC-THERAPY-PLACEMENT': 'na',
         'HC-ADVICE-PROVIDERS': 'na', 'HC-OUTCOMES': 'na',
         'SC-NEEDS': 'fail', 'SC-STATUTORY-LINK': 'fail', 'SC-PROVISION-SPECIFIC': 'fail',
         'PC-SMART': 'fail', 'PR-VAGUE-WORDING': 'fail', 'PR-QUANTIFIED': 'fail'},
 why={'SC-NEEDS': 'FAIL: "Ellie is a looked after child and lives with foster carers in Scarsby. She has a social worker." - status, not need',
      'SC-STATUTORY-LINK': 'FAIL: looked after, yet no care plan, PEP, Virtual School or social worker contribution drawn into D or H; H1/H2 "Not applicable." although K lists social care advice',
      'SC-PROVISION-SPECIFIC': 'FAIL: H1 and H2 "Not applicable." with no consideration of short breaks, the local offer or early help',
      'SC-ADVICE': 'PASS: "Owen Marsh, Social Worker, Children in Care Team" dated 12 January 2026 (the advice is there but unused - failed under SC-STATUTORY-LINK)',
      'PC-SMART': 'FAIL: "By July 2027, Ellie will feel happier and more settled in school." and "By the end of Year 4, Ellie will be more confident with reading." are dated but not measurable; "Ellie will make friends and play nicely with others." has no date or measure',
      'PR-VAGUE-WORDING': 'FAIL: "Ellie will have access to a calm space as appropriate.", "Regular check-ins with a trusted adult.", "up to 3 times a week", "Opportunities to take part in a friendship group where possible."',
      'PR-QUANTIFIED': 'FAIL: "Small group reading sessions, up to 3 times a week, with a teaching assistant." has no session length or group size; check-ins have no frequency or length',
      'HC-NEEDS': 'PASS (trap): "no health needs relating to her special educational needs" with the basis - initial health assessment, dated',
      'PC-OUTCOME-NOT-PROVISION': 'PASS: the weak outcomes are about Ellie (not SMART), not provision'},
))

# ======================================================================= ac108  FAIL
PLANS.append(dict(
 id='ac108', layout='ef-table', name='Jordan', parents='his mum', age=16, year_group='Year 11',
 needs=['MLD', 'type 1 diabetes', 'anxiety', 'language'], voice='young person in first person + parent',
 front=[('First name', 'Jordan'), ('Education phase', 'Key Stage 4, Year 11 (age 16)'),
        ('Setting', 'Scarsby Coast Academy'),
        ('Plan finalised', '3 May 2022'),
        ('Last reviewed', '12 May 2026 (amendments issued 2 June 2026)'),
        ('EHC coordinator', 'Paul Atkinson, EHC Coordinator, Inclusion Casework Team')],
 intro=["This Education, Health and Care (EHC) plan was reviewed on 12 May 2026, in Jordan's final year at school. It now focuses on getting ready for college, work and adult life."],
 A=[('h', 'About me'),
    ('p', "I wrote this with my tutor, Mrs Hart, in April 2026. I'm Jordan. I like fishing off the pier with my granddad, football and fixing things. I'm good at practical stuff and I like working with my hands. I want to go to Scarsby College to do construction and then be a plumber. I find reading and writing hard and I hate it when teachers talk too fast. I get worried about new places and about my diabetes when I'm not at home."),
    ('h', "What Jordan's mum says"),
    ('p', "Jordan's mum said that Jordan have a good sense of humour and that he is kind; he does a lot for her at home since her multiple sclerosis (MS) got worse. He is a young carer and worries about her when he is at school. His grandparents said there worried about him going to college because it is a big change and he will have to manage his diabetes on his own. His mum wants him to get a trade and be independent."),
    ('h', 'Hopes for the future'),
    ('p', "Jordan wants to do a construction course at Scarsby College from September 2027 and become a plumber. His mum wants him to have a trade, to travel on his own and to look after his own health."),
 ],
 B=[('h', 'Cognition and learning'),
    ('p', "Strengths: Jordan is practical and solves hands-on problems well. He is good at measuring and at following a demonstration."),
    ('p', "Needs: Jordan has moderate learning difficulties. His reading age is 10 years 2 months (March 2026) and he works at Entry Level 3 in English and maths. He needs a individual approach in lessons, with information broken into steps and shown practically."),
    ('h', 'Communication and interaction'),
    ('p', "Jordan has a language disorder. He finds it hard to understand long spoken instructions and new vocabulary, and he forgets what he has been told. He is reluctant to ask for help in front of other students."),
    ('h', 'Social, emotional and mental health'),
    ('p', "Jordan is well liked and has a small group of friends. He becomes anxious about new places and people, and about his mum's health. He sometimes misses the the first lesson when his mum has had a bad night."),
 ],
 C=[('p', "C1 Type 1 diabetes: Jordan has had type 1 diabetes since he was 9. He uses an insulin pump and a continuous glucose monitor. He needs to check his glucose levels, count carbohydrates and give insulin at lunchtime, and staff need to know how to treat a hypo (low blood sugar)."),
    ('p', "C2 Anxiety: Jordan has anxiety, which was assessed by Child and Adolescent Mental Health Services (CAMHS) in March 2026. He has panic attacks about 2 or 3 times a month, often in the morning before school, and he has difficulty sleeping.")],
 D=[('p', "Jordan is a young carer for his mum, who has multiple sclerosis (MS). A young carer's assessment by Scarsby Young Carers Service (Children's Services, 17 March 2026) found that Jordan helps his mum with meals, shopping and her medication, and that this affects his sleep, his punctuality and his time with friends. He needs a break from caring and someone to talk to about his worries. There are no safeguarding concerns. Jordan is not on a child in need or child protection plan.")],
 E_intro=[('p', "Jordan chose these outcomes with his tutor and careers adviser. They will be reviewed at his next review in spring 2027, before he moves to college.")],
 ef_header=['Outcome', 'Provision', 'Frequency / duration', 'Who'],
 EF=[
  dict(area='College and work',
       outcome="By March 2027, Jordan will have an offer of a place on the Level 1 Construction course at Scarsby College, after completing 3 taster days there and receiving a positive report from the course tutor.",
       prov=[("Careers guidance interviews", "Three 45-minute 1:1 interviews (September 2026, December 2026, February 2027)", "Level 6 qualified careers adviser, Scarsby Careers Service"),
             ("College taster days with a familiar adult for the first day", "3 days between October 2026 and February 2027", "Teaching assistant from the academy, then college transition worker"),
             ("A work experience week with a local plumbing firm, risk-assessed and visited by the academy", "One week in November 2026; two 30-minute visits during the week", "Academy work experience co-ordinator")]),
  dict(area='English and maths',
       outcome="By June 2027, Jordan will pass Functional Skills English and maths at Entry Level 3, assessed by the academy's exam board.",
       prov=[("English and maths in a group of 8, with practical and construction-themed tasks", "5 hours a week of each subject", "Qualified teachers with a teaching assistant"),
             ("25% extra time and a reader in all exams", "Every exam", "Arranged by the SENCo (special educational needs co-ordinator) with the exams officer")]),
  dict(area='Managing my diabetes',
       outcome="By July 2027, Jordan will check his glucose and give his lunchtime insulin on time without a reminder on at least 9 out of 10 school days, recorded in his diabetes log and checked weekly by the school nurse.",
       prov=[("Lunchtime check of glucose log and carbohydrate count with Jordan, fading to twice weekly from February 2027", "Daily, 5 minutes", "Teaching assistant trained by the diabetes specialist nurse")]),
  dict(area='Travelling on my own',
       outcome="By July 2027, Jordan will travel by bus from home to Scarsby College and back on his own on 3 out of 3 taster-day journeys, confirmed by a text to his mum.",
       prov=[("Independent travel training, 1:1", "1 hour weekly for 8 weeks from September 2026", "Independent travel trainer, Scarsby Passenger Transport Team")]),
  dict(area='Understanding instructions',
       outcome="By July 2027, Jordan will ask a teacher to repeat or explain an instruction he has not understood, at least once a lesson when he needs to, on 4 out of 5 days, recorded by his teaching assistant.",
       prov=[("Written step-by-step instructions and a key word list in every practical lesson", "Every lesson", "Subject teachers"),
             ("A help card that Jordan can place on his desk instead of asking aloud", "Every lesson", "Teaching assistant keeps spare cards")]),
 ],
 G=[('p', "G1 Diabetes: the Children's Diabetes Specialist Nurse, Scarsby General Hospital, will review Jordan in clinic every 3 months (45 minutes), will train 3 named academy staff in the insulin pump, glucose monitoring and hypo treatment (2 hours each September, with a 1-hour refresher each February), and will update Jordan's individual healthcare plan (IHCP) every year."),
    ('p', "G2 Speech and language therapy: a speech and language therapist from Scarsby Children's Therapy Service will see Jordan 1:1 for 30 minutes every Monday in the autumn term 2026 to teach him strategies for understanding and remembering vocabulary and instructions, and to prepare him for college lessons.")],
 H1=[('p', "No provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.")],
 H2=[('ul', ["Scarsby Young Carers Service: a place at the young carers' group, 2 hours every other Thursday evening, with transport provided.",
             "A young carers' key worker will see Jordan 1:1 for 1 hour each month to talk about his worries and plan for college."])],
 I=[('p', "Scarsby Coast Academy (mainstream secondary academy) until the end of Year 11.")],
 J=[('p', "No personal budget has been requested.")],
 K=[("Jordan's views ('About me')", "Jordan, with Mrs Louise Hart, Tutor, Scarsby Coast Academy", "22 April 2026"),
    ("Parent's views", "Jordan's mum", "24 April 2026"),
    ("Educational advice and annual review report", "Lisa Grant, SENCo, Scarsby Coast Academy", "28 April 2026"),
    ("Psychological advice", "Dr Fiona Reid, Educational Psychologist, Scarsby Educational Psychology Service", "10 February 2026"),
    ("Medical advice (diabetes)", "Karen Dyer, Children's Diabetes Specialist Nurse, Scarsby General Hospital", "31 March 2026"),
    ("Mental health advice", "Ben Walsh, CAMHS Practitioner, Scarsby CAMHS", "3 March 2026"),
    ("Speech and language therapy advice", "Aisha Rahman, Speech and Language Therapist, Scarsby Children's Therapy Service", "14 April 2026"),
    ("Social care advice (young carer's assessment)", "Dean Holt, Young Carers Worker, Scarsby Young Carers Service, Children's Services", "17 March 2026"),
    ("Preparing for adulthood advice", "Martin Lowe, Careers Adviser (Level 6), Scarsby Careers Service", "20 April 2026")],
 signoff=["Signed on behalf of Scarsby Borough Council: Paul Atkinson, EHC Coordinator. Date: 2 June 2026."],
 labels={'SC-STATUTORY-LINK': 'na',
         'HC-NEEDS-MET': 'fail', 'HC-OUTCOMES': 'fail', 'HC-DCO-SIGNOFF': 'fail', 'HC-THERAPY-PLACEMENT': 'fail',
         'LG-GRAMMAR': 'fail'},
 why={'HC-NEEDS-MET': 'FAIL: C2 "Jordan has anxiety, which was assessed by Child and Adolescent Mental Health Services (CAMHS) in March 2026" - nothing in G for anxiety or sleep',
      'HC-OUTCOMES': 'FAIL: no outcome in E for anxiety (panic attacks 2 or 3 times a month)',
      'HC-DCO-SIGNOFF': 'FAIL: no record anywhere of health agreement to Section G',
      'HC-THERAPY-PLACEMENT': 'FAIL: "G2 Speech and language therapy: a speech and language therapist from Scarsby Children\'s Therapy Service will see Jordan 1:1 for 30 minutes every Monday" teaches the young person - belongs in F',
      'LG-GRAMMAR': 'FAIL: "Jordan have a good sense of humour", "His grandparents said there worried", "He needs a individual approach", "misses the the first lesson"',
      'PR-OUTCOME-LINK': 'PASS (arguable): the language need is served in F by written instructions and the help card; the SLT is misplaced in G (failed under HC-THERAPY-PLACEMENT)',
      'HC-ADVICE-PROVIDERS': 'PASS: diabetes nurse and speech and language therapist, who provide in G, both gave advice',
      'PC-OUTCOME-NOT-PROVISION': 'PASS (trap): "will have an offer of a place" is an achievement',
      'PC-PFA': 'PASS: college/work, independent travel, managing his diabetes',
      'LG-READABILITY': 'PASS: A and E are plain English; the grammar slips are graded under LG-GRAMMAR'},
))

# ======================================================================= ac109  SOUND
PLANS.append(dict(
 id='ac109', layout='national-template', name='Oskar', age=11, year_group='Year 6',
 needs=['MLD', 'epilepsy', 'language'], voice='first person (with interpreter-supported conversation) + parents',
 front=[('Plan', 'Education, Health and Care (EHC) plan, Scarsby Borough Council'),
        ('First name', 'Oskar'), ('School year', 'Year 6 (Key Stage 2), age 11'),
        ('Date this plan was issued', 'Plan first issued 11/05/2023'),
        ('Last annual review', '3 July 2026 (amended plan issued 24 July 2026)'),
        ('EHC coordinator', 'Gemma Hodgson, EHC Coordinator, Inclusion Casework Team')],
 personal=dict(name='Oskar', dob='January 2015 (age 11)', sex='Male', ethnicity='White - Polish', lang='Polish and English', plang='Polish',
               p1="Oskar's mum", p1rel='Mother', addr='Scarsby (address held by the Inclusion Casework Team)',
               p2="Oskar's dad", p2rel='Father', p2contact='Held by the Inclusion Casework Team', p2addr='Same address'),
 services=dict(setting='Northcliffe Primary School, Year 6', gp='Harbour Medical Practice, Scarsby. Key health professional: Epilepsy Nurse Specialist, Scarsby General Hospital',
               nhs='Held on the health record', known_sc='No', others='Educational psychology; speech and language therapy; Paediatric Neurology (Leeds)',
               lac='No', was_lac='No', opp='Yes - appended', moving='No'),
 A1=("Oskar was born in Hull and the family moved to Scarsby in 2019, when his dad started work at the fish processing plant on the harbour. Oskar has had epilepsy since he was 6. He has moderate learning difficulties and has had an EHC plan since May 2023. He will move to secondary school in September 2027.\n"
     "How Oskar communicates: Oskar speaks Polish at home and English at school. He chats easily with friends, but needs time to understand long explanations and new words in lessons. His parents prefer important meetings to have a Polish interpreter."),
 A2=dict(
   views=("Oskar's views (in his own words, talking with his teaching assistant and the EHC coordinator on 17 June 2026): \"I like football, playing on my PlayStation and going on the boat with my tata. I am good at goalkeeping. Maths is OK when I use the blocks. I don't like reading out loud. I don't like it when I have a seizure at school and everyone looks at me. I want to go to Scarsby Coast Academy with my friend Dawid.\"\n"
          "What Oskar's parents say (with a Polish interpreter, 17 June 2026): \"Oskar is a happy boy, very kind to his sister. We worry about his seizures and about big school, because it is far and he will be on his own. We want him to have good friends, to be safe, and to learn to read well so he can have a good job.\""),
   interests="Football (he plays in goal for the Scarsby Juniors under-12s), computer games, fishing trips with his dad, and drawing boats.",
   strengths="Oskar is friendly, patient with younger children and a reliable team player. He is a confident goalkeeper, works hard with practical maths equipment and speaks two languages.",
   aspirations="Oskar wants to be a professional goalkeeper or work on the boats like his dad. His parents hope he will move to secondary school with his friends, read well enough for a good job, and understand and manage his epilepsy as he grows up."),
 areas={
  'cl': ("Oskar is good at practical maths and remembers routines well once he has practised them.",
         [("Oskar has moderate learning difficulties. His reading age is 7 years 9 months (May 2026) and he reads slowly, word by word. His working memory is in the low range, so he forgets instructions and new learning quickly.",
           "Reading intervention (Read Write Inc. Fresh Start) in a group of 3, 30 minutes daily, delivered by a teaching assistant trained in the programme.\nPrecision teaching of key words 1:1, 10 minutes three times a week, by his teaching assistant.\nAn educational psychologist from Scarsby Educational Psychology Service will meet his class teacher and the special educational needs co-ordinator (SENCo) once each term for 1 hour to review progress and plan for secondary school.",
           "By July 2027, Oskar will read a short news article about football (about 200 words) aloud with at least 95% accuracy, checked by his class teacher in the termly reading assessment."),
          ("In maths, Oskar is working at about a Year 3 level. He needs concrete equipment and finds word problems very hard.",
           "Maths catch-up with Numicon and base 10 equipment, in a group of no more than 5, 30 minutes four times a week, led by a higher level teaching assistant.\nFrom September 2026, a laminated step-by-step card for word problems, made by his class teacher, kept in his maths book.",
           "By July 2027, Oskar will solve 4 out of 5 two-step word problems using money up to £5, checked by the higher level teaching assistant in a half-termly quiz.")]),
  'ci': ("Oskar is sociable and bilingual and loves talking about football.",
         [("Oskar has difficulty understanding and remembering new subject vocabulary and long spoken instructions in English. This is not only because English is his second language: the speech and language therapist found his difficulties are present in Polish too.",
           "A speech and language therapist will visit once each half term for 45 minutes to update Oskar's vocabulary programme and show his teaching assistant how to deliver it.\nHis teaching assistant will deliver the vocabulary programme 1:1 for 15 minutes, three times a week (Monday, Wednesday, Friday).\nTeachers will give instructions in chunks, with key words written on the board, in every lesson.",
           "By July 2027, Oskar will explain the meaning of 8 out of 10 key words from each topic in his own words, checked by his teaching assistant at the end of each topic.")]),
  'semh': ("Oskar is popular and is proud of his football.",
           [("Oskar is embarrassed after seizures in school and has started to say he does not want to go to secondary school because of them.",
             "Six 30-minute 1:1 sessions with the school's emotional literacy support assistant (ELSA) in the autumn term 2026, about understanding his epilepsy and telling friends about it.\nA transition programme for Scarsby Coast Academy: 4 extra visits of 1 hour in the summer term 2027 with his teaching assistant, and a photo book of the new school made by the academy's special educational needs team.",
             "By July 2027, Oskar will tell his friends and a new teacher in his own words what happens when he has a seizure and what they should do, as observed by his ELSA in a role play and at one transition visit.")]),
 },
 health=("Oskar is active, sleeps well and eats well.",
         [("Oskar has no trouble with eating, sleeping or toileting, but he has epilepsy (focal seizures that sometimes become tonic-clonic seizures). In the last year he has had about 2 seizures a month at school. After a seizure he is very tired and needs to rest for up to an hour. He takes medication twice a day at home and has rescue medication (buccal midazolam) prescribed for seizures lasting more than 5 minutes.",
           "Epilepsy Nurse Specialist, Scarsby General Hospital: a review every 6 months (30 minutes, in clinic or at school); writes and updates Oskar's individual healthcare plan (IHCP) each year and after any change in medication; trains 4 named school staff in seizure management and giving buccal midazolam (2 hours each September, with a 1-hour refresher in January).\nPaediatric Neurology, Leeds Children's Hospital: consultant review once a year (next in March 2027), with a letter to the family, GP and school.",
           "By July 2027, Oskar will tell an adult when he feels a seizure aura coming and go with them to the medical room, on every occasion he feels one, as recorded on his seizure log by the first aid lead.")]),
 health_agreement="Health agreement: the health provision above has been reviewed and agreed by Dr Helen Sowerby, Designated Clinical Officer (DCO), Humber and North Yorkshire Integrated Care Board (ICB), 20 July 2026.",
 social=("Oskar has a close, loving family and a good network through his football club and church.",
         [("Oskar has no social care needs relating to his special educational needs. This was confirmed in social care advice from Children's Social Care (Front Door Team, 8 June 2026). His parents were given information about short breaks and the local offer for disabled children and did not want a referral.",
           "None. Short breaks were considered and not needed (see D).", "None.",
           "No social care outcome.")]),
 I=("Northcliffe Primary School, Scarsby", "Mainstream community primary school", ("Phase transfer", "Secondary school to be named by 15 February 2027; parents' preference is Scarsby Coast Academy")),
 J=("Personal budget not requested.", "Not applicable."),
 K_rows={1: ("Parents' views (with Polish interpreter)", "17 June 2026", "Oskar's mum and dad", "YES"),
         2: ("Oskar's views", "17 June 2026", "Oskar, with Kelly Ward, Teaching Assistant, and Gemma Hodgson, EHC Coordinator", "YES"),
         3: ("Educational advice and annual review report", "12 June 2026", "Rachel Dunn, SENCo, Northcliffe Primary School", "YES"),
         4: (None, "28 May 2026", "Rebecca Shaw, Epilepsy Nurse Specialist, Scarsby General Hospital", "YES"),
         5: (None, "14 January 2026", "Dr Tom Byers, Educational Psychologist, Scarsby Educational Psychology Service", "YES"),
         6: (None, "8 June 2026", "Gary Lister, Social Worker, Children's Social Care Front Door Team", "YES"),
         7: ("Speech and language therapy advice", "3 June 2026", "Becky Hart, Speech and Language Therapist, Scarsby Children's Therapy Service", "YES")},
 K_extra=[("Paediatric neurology clinic letter", "16 March 2026", "Dr Piotr Nowak, Consultant Paediatric Neurologist, Leeds Children's Hospital", "YES")],
 signoff_row=("Gemma Hodgson, EHC Coordinator, Inclusion Casework Team", "G. Hodgson", "24 July 2026"),
 labels={'PC-PFA': 'na', 'SC-STATUTORY-LINK': 'na', 'SC-RIGHT-SECTION': 'na'},
 why={'HC-NEEDS': 'PASS (trap): "Oskar has no trouble with eating, sleeping or toileting, but he has epilepsy" - the real need is met in G and E',
      'HC-DCO-SIGNOFF': 'PASS: "reviewed and agreed by Dr Helen Sowerby, Designated Clinical Officer (DCO)" with date',
      'CA-DATED': 'PASS (trap): the template rows "Provision to assist the Y9 and older children" and the parent-request row are left unfilled - not advice items',
      'CA-ANNUAL-REVIEW': 'PASS (trap): "Plan first issued 11/05/2023" but last review "3 July 2026"',
      'PR-VAGUE-WORDING': 'PASS (trap): "From September 2026, a laminated step-by-step card" is a date starting a sentence; "rest for up to an hour" is in C',
      'PR-QUANTIFIED': 'PASS: the speech and language therapist "will visit once each half term for 45 minutes" - a visit needs no group size',
      'SC-NEEDS': 'PASS (trap): no social care needs "confirmed in social care advice from Children\'s Social Care (Front Door Team, 8 June 2026)"',
      'SC-PROVISION-SPECIFIC': 'PASS: none, with short breaks and the local offer considered',
      'HC-THERAPY-PLACEMENT': 'PASS: speech and language therapy is in the F column',
      'PC-OUTCOME-NOT-PROVISION': 'PASS: all outcomes are things Oskar will do'},
))

# ======================================================================= ac110  FAIL
PLANS.append(dict(
 id='ac110', layout='ef-table', name='Leo', parents='his mum', age=6, year_group='Year 1',
 needs=['speech and language delay', 'attachment difficulties'], voice='adult-written first person (not the child\'s) + parent',
 front=[('First name', 'Leo'), ('Year group', 'Year 1'),
        ('School', 'Sandside Primary School and Nursery, Scarsby'),
        ('Date EHCP issued', '8 September 2026'),
        ('Last annual review', 'N/A - new plan'),
        ('EHC coordinator', 'Nadia Wilson, EHC Coordinator, Inclusion Casework Team')],
 intro=["This EHCP sets out Leo's SEN, outcomes and provision following his EHCNA."],
 A=[('h', 'About me'),
    ('p', "I am a happy and sociable boy who enjoys coming to school. I would like to improve my listening and attention skills and to be more independent in the classroom. I understand that I need help with my speech and that adults will support me to manage my feelings when things change."),
    ('h', "What Leo's mum says"),
    ('p', "Leo's mum said that Leo is a funny, loving boy who loves diggers, the beach and his baby brother. The family moved from Sheffield to Scarsby in January 2026 and lived in a hostel before moving to a room in a shared house in April. Mum said Leo has lots of tantrums when he can't make himself understood, and that he gets upset when she leaves him at school. She wants him to be able to talk to people and make friends."),
    ('h', 'Strengths'),
    ('p', "Leo is affectionate, loves building with big blocks and is very good at puzzles. He copies adults' actions and signs quickly and he enjoys songs."),
    ('h', 'Hopes for the future'),
    ('p', "Leo says he wants to drive a digger. His mum hopes he will be able to talk in sentences, make friends and settle in one school."),
 ],
 B=[('h', 'Communication and interaction'),
    ('p', "Leo has SLCN. The SALT assessment (June 2026) found his understanding is at about a 3-and-a-half-year level and his expressive language at about a 3-year level. Many of his speech sounds are unclear, so unfamiliar adults find him hard to understand."),
    ('h', 'Social, emotional and mental health'),
    ('p', "Leo has had several moves and changes of carer in his short life. He finds separation from his mum very hard, and changes to his routine can lead to long tantrums, hitting out or running away from adults. He needs a consistent key adult."),
    ('h', 'Cognition and learning'),
    ('p', "Leo is working within the EYFS at about a 40-60 month level in most areas. His learning is mainly held back by his language."),
 ],
 C=[('p', "Awaiting advice from the community paediatrician.")],
 D=[('p', "Leo lives with his mum and baby brother in temporary accommodation in a house in multiple occupation. The family is supported through a TAF plan led by the Early Help Hub (assessment 20 May 2026), which found that mum needs support with routines, housing and getting Leo to school on time. Leo is not known to Children's Social Care and has no CIN or CP plan.")],
 E_intro=[],
 ef_header=['Outcome', 'Provision', 'Frequency', 'Who'],
 EF=[
  dict(area='Talking',
       outcome="By July 2027, Leo will use sentences of 4 words or more to tell an adult what he wants, on 4 out of 5 occasions in a morning, recorded by his 1:1 TA in a weekly language log.",
       prov=[("SALT programme, 1:1", "20 minutes daily", "TA trained by the SALT"),
             ("SALT visit to assess, set targets and train staff", "Once each half term, 1 hour", "SALT, Scarsby Children's Therapy Service")]),
  dict(area='Managing change',
       outcome="Leo is given a social story before any change to his day.",
       prov=[("Social story for each known change, read with Leo the day before and on the morning", "Before each change", "Class teacher / TA"),
             ("Visual timetable on his table with now-and-next board", "Set up each morning", "TA")]),
  dict(area='Feelings',
       outcome="Leo has a daily session with the ELSA.",
       prov=[("ELSA sessions, 1:1, on feelings and calming strategies", "15 minutes daily", "ELSA"),
             ("EP consultation with class teacher and SENCo", "Once each term, 1 hour", "EP")]),
  dict(area='Separating from mum',
       outcome="By December 2026, Leo will say goodbye to his mum at the classroom door and join the morning activity within 5 minutes, on 4 mornings out of 5, recorded by his key adult on the arrival chart.",
       prov=[("A named key adult to meet Leo and mum at the gate", "Every morning, 8.45am", "TA (key adult)"),
             ("Transition object from home kept in his drawer", "Daily", "Class teacher")]),
  dict(area='Playing with others and my digger dream',
       outcome="By July 2027, Leo will play a building game with 2 other children for 10 minutes, sharing the blocks and diggers, on 3 days a week, recorded by his TA.",
       prov=[("Small group construction play (Lego-based therapy approach), group of 3", "30 minutes, twice weekly (Tuesday and Thursday)", "TA trained in Lego-based therapy")]),
 ],
 G=[('p', "To be confirmed once health advice has been received.")],
 H1=[('p', "None. Short breaks were discussed with mum at the TAF meeting on 20 May 2026 and are not needed at present.")],
 H2=[('ul', ["Early Help practitioner home visits: fortnightly, 1 hour, for 10 weeks from September 2026, to support morning routines and housing, then review at the TAF meeting.",
             "A free place at the Sandside breakfast club, 8am to 8.45am every school day, funded by the Early Help Hub, so that Leo arrives calm and on time."])],
 I=[('p', "Sandside Primary School and Nursery, Scarsby (mainstream).")],
 J=[('p', "No PB requested.")],
 K=[("Parent's views", "Leo's mum", "14 July 2026"),
    ("Educational advice", "Claire Nolan, SENCo, Sandside Primary School and Nursery", "1 July 2026"),
    ("Psychological advice", "Dr Fiona Reid, EP, Scarsby EP Service", "26 June 2026"),
    ("SALT advice", "Becky Hart, SALT, Scarsby Children's Therapy Service", "12 June 2026"),
    ("Social care advice (Early Help assessment)", "Jade Moss, Early Help Practitioner, Early Help Hub, Children's Services", "20 May 2026"),
    ("Medical advice", "Requested from Community Paediatrics on 1 July 2026 - not received", "")],
 signoff=["Signed on behalf of Scarsby Borough Council: Nadia Wilson, EHC Coordinator. Date: 8 September 2026."],
 labels={'PC-PFA': 'na', 'SC-STATUTORY-LINK': 'na',
         'HC-PROVISION-SPECIFIC': 'na', 'HC-NEEDS-MET': 'na', 'HC-DCO-SIGNOFF': 'na', 'HC-ADVICE-PROVIDERS': 'na', 'HC-OUTCOMES': 'na',
         'PC-VOICE': 'fail', 'LG-JARGON': 'fail', 'PC-OUTCOME-NOT-PROVISION': 'fail', 'PC-SMART': 'fail',
         'HC-NEEDS': 'fail', 'HC-ADVICE': 'fail', 'CA-STATUTORY-ADVICE': 'fail'},
 why={'PC-VOICE': 'FAIL: "I would like to improve my listening and attention skills and to be more independent in the classroom." - an adult-written first person for a 6-year-old with a language delay, with no account of how his views were gathered',
      'LG-JARGON': 'FAIL: "EHCP", "SEN", "EHCNA", "SLCN", "SALT", "EYFS", "TAF", "CIN or CP", "ELSA", "EP", "SENCo", "PB" never spelled out',
      'PC-OUTCOME-NOT-PROVISION': 'FAIL: "Leo is given a social story before any change to his day." and "Leo has a daily session with the ELSA." are provision',
      'PC-SMART': 'FAIL: the two provision-outcomes have no measure of what Leo achieves and no date',
      'HC-NEEDS': 'FAIL: Section C reads "Awaiting advice from the community paediatrician."',
      'HC-ADVICE': 'FAIL: "Requested from Community Paediatrics on 1 July 2026 - not received" - no medical advice',
      'CA-STATUTORY-ADVICE': 'FAIL: medical (health) advice missing from K',
      'CA-DATED': 'PASS: the "not received" medical row is missing advice, not an advice item; all other items have who and when',
      'HC-NEEDS-MET': 'NA (arguable): C describes no need and G has no provision, so there is nothing to meet, agree or link; the gap is failed under HC-NEEDS and HC-ADVICE',
      'HC-THERAPY-PLACEMENT': 'PASS: speech and language therapy is in F',
      'SC-RIGHT-SECTION': 'PASS: Early Help visits and breakfast club in H2'},
))

# ======================================================================= ac111  SOUND
PLANS.append(dict(
 id='ac111', layout='heading2-numbered', name='Ruby', parents='her family', age=9, year_group='Year 4',
 needs=['MLD', 'speech and language delay'], voice='quoted child + third person + parent',
 front=[('First name', 'Ruby'), ('School year', 'Year 4 (age 9)'),
        ('Setting', "St Hilda's Church of England Primary School, Scarsby"),
        ('Date this plan was issued', 'February 2024 (first plan)'),
        ('Last reviewed', '21/03/2026 - annual review; amended plan issued 14/04/2026'),
        ('EHC coordinator', 'Gemma Hodgson, EHC Coordinator, Inclusion Casework Team')],
 intro=["This Education, Health and Care (EHC) plan was amended after Ruby's annual review on 21 March 2026. Ruby, her dad and her grandma took part in the review, and the outcomes were co-produced with them."],
 A=[('h', 'A1 What Ruby told us'),
    ('p', "Ruby talked to her teaching assistant, Mrs Green, on 10 March 2026, using a 'school now and school next year' sheet with pictures. Mrs Green wrote down her words:"),
    ('ul', ["\"I love gymnastics and dancing. I can do a cartwheel and a back bend.\"",
            "\"I like my group with Mrs Green because it's quiet and she helps me.\"",
            "\"Sometimes I don't understand what Mr Lee says and I just copy my friend.\"",
            "\"When I grow up I want to work with animals, like at the Sea Life centre, or be a dance teacher.\""]),
    ('h', "A2 What Ruby's dad and grandma say"),
    ('p', "Ruby lives with her dad and her grandma. Her dad works long hours at the pleasure beach in the summer and on building sites in the winter, so her grandma does most of the school runs. They said Ruby is a bright, bubbly girl who is \"a different child\" since she got her plan. She asks for help when needed now instead of hiding her work. They still worry that she is behind with reading and maths and that she gets left out when other girls talk quickly. They hope she will keep making progress and go to the local secondary school with her friends."),
    ('h', "A3 What Ruby does well"),
    ('p', "Ruby is energetic, brave and determined. She is a talented gymnast and was chosen for the school's dance display. She is a caring friend and is very good at looking after the class plants. She has grown in confidence this year and now puts her hand up in her small group."),
    ('h', 'A4 Hopes for the future'),
    ('p', "Ruby wants to work with animals or be a dance teacher. Her family hope she will read for pleasure, manage money for herself and move to secondary school with her friends in September 2028."),
 ],
 B=[('h', 'B1 Cognition and learning'),
    ('p', "Strengths: Ruby learns well through movement, rhythm and practical activities. She remembers dance routines and songs very quickly."),
    ('p', "Needs: Ruby has moderate learning difficulties. Her reading age is 6 years 11 months (February 2026). She can blend and segment words with most phase 5 sounds but reads slowly and loses the meaning of what she has read. In maths she is working at about a Year 2 level: she knows number bonds to 20 but is not yet secure with place value to 100 or with telling the time."),
    ('h', 'B2 Communication and interaction'),
    ('p', "Strengths: Ruby is chatty with friends and adults she knows and uses gesture and expression well."),
    ('p', "Needs: Ruby has a speech and language delay. The speech and language therapist's assessment (January 2026) found her understanding of spoken language is about 2 years behind her age. She finds it hard to follow instructions with more than two parts and to understand words about time, order and comparison (before, after, more than). She often copies other children rather than asking for help."),
    ('h', 'B3 Social, emotional and mental health'),
    ('p', "Strengths: Ruby is well liked and kind."),
    ('p', "Needs: Ruby can become upset and withdraw when she does not understand what is happening in a group conversation, especially at playtime. This is much better than last year."),
 ],
 C=[('p', "Ruby has no health needs relating to her special educational needs. This was confirmed by the school nursing team's health advice (Sarah Lowe, School Nurse, 0-19 Healthy Child Service, 2 March 2026), which found that her hearing, vision, growth and general health are all within the expected range.")],
 D=[('p', "Ruby has no social care needs relating to her special educational needs. Children's Social Care gave advice for the original assessment and confirmed again for this review (Front Door Team, 26 February 2026) that there are no social care needs. Her dad and grandma were given information about the Scarsby local offer, including after-school clubs and holiday activities, and did not want a referral for short breaks.")],
 E_intro=[('p', "These outcomes were agreed at the annual review on 21 March 2026 and will be checked at the next annual review by March 2027.")],
 EF=[
  dict(area='Reading for pleasure',
       outcome="By March 2027, Ruby will read a short chapter book about animals and answer 4 out of 5 questions about what she has read, with a reading age of at least 8 years on the school's standardised test, assessed by her class teacher each term.",
       prov=["A reading comprehension group (Reciprocal Reading) in a group of 4, 30 minutes three times a week (Monday, Wednesday and Friday), led by a teaching assistant trained in the approach.",
             "Paired reading 1:1 with a trained Year 6 reading buddy, 10 minutes on Tuesday and Thursday mornings, supervised by her teaching assistant.",
             "A weekly home reading book about animals or dance, chosen with Ruby by her class teacher every Friday."]),
  dict(area='Money and time',
       outcome="By March 2027, Ruby will tell the time to the quarter hour and pay for items up to £2 in the class shop, working out the change, on 4 out of 5 tries, checked by her teaching assistant in a half-termly check.",
       prov=["Maths catch-up with practical equipment (coins, clocks and base 10) in a group of no more than 5, 20 minutes four times a week, led by a higher level teaching assistant.",
             "From April 2026, a real-life maths session in the school tuck shop, 15 minutes every Friday, 1:1 with her teaching assistant."]),
  dict(area='Understanding instructions',
       outcome="By March 2027, Ruby will follow a three-part spoken instruction in class and ask for help when she does not understand, on 4 out of 5 occasions observed by the speech and language therapist and her teaching assistant.",
       prov=["A speech and language therapist from Scarsby Children's Therapy Service will see Ruby on her own on Thursday afternoons for 40 minutes, every week for the summer term 2026, then every other week in the autumn term 2026.",
             "Her teaching assistant, trained by the therapist, will deliver Ruby's language programme 1:1 for 15 minutes on the other four days of the week.",
             "The speech and language therapist will give a 1-hour training session on supporting understanding to all Year 4 staff in May 2026.",
             "Teachers will use visual prompts (pictures and written key words) with every instruction of more than one part, in every lesson."]),
  dict(area='Friendships',
       outcome="By March 2027, Ruby will join a group game at playtime and stay in it for the whole of morning play on 3 days a week, as recorded by the playground leader.",
       prov=["A social communication group (Talk About), 30 minutes every Wednesday afternoon, in a group of 4, led by a teaching assistant trained by the speech and language therapist.",
             "A playground leader will start a structured game that includes Ruby at morning play on Monday, Wednesday and Friday."]),
 ],
 F_general=[('Checking progress', ["The special educational needs co-ordinator (SENCo) will meet Ruby's dad or grandma for 30 minutes once each term to review progress against these outcomes.",
                                   "An educational psychologist from Scarsby Educational Psychology Service will visit once in the autumn term 2026 (2 hours) to review Ruby's learning and plan for Year 5."])],
 G=[('p', "None. Ruby has no health needs relating to her special educational needs (see Section C).")],
 H1=[('p', "None. Short breaks were considered at the annual review and are not needed (see Section D).")],
 H2=[('p', "None. The family were signposted to the local offer (see Section D).")],
 I=[('p', "St Hilda's Church of England Primary School, Scarsby: a mainstream voluntary aided primary school.")],
 J=[('p', "No personal budget has been requested. This was discussed at the annual review on 21 March 2026.")],
 K=[("Ruby's views (picture sheet)", "Ruby, with Mrs Jenny Green, Teaching Assistant, St Hilda's Church of England Primary School", "10 March 2026"),
    ("Family's views", "Ruby's dad and grandma", "12 March 2026"),
    ("Educational advice and annual review report", "Liz Morrell, SENCo, St Hilda's Church of England Primary School", "9 March 2026"),
    ("Psychological advice", "Dr Sarah Quinn, Educational Psychologist, Scarsby Educational Psychology Service", "23 April 2025"),
    ("Medical (health) advice", "Sarah Lowe, School Nurse, 0-19 Healthy Child Service", "2 March 2026"),
    ("Speech and language therapy advice", "Becky Hart, Speech and Language Therapist, Scarsby Children's Therapy Service", "27 January 2026"),
    ("Social care advice", "Gary Lister, Social Worker, Children's Social Care Front Door Team", "26 February 2026")],
 signoff=["Signed on behalf of Scarsby Borough Council: Gemma Hodgson, EHC Coordinator. Date: 14 April 2026."],
 labels={'PC-PFA': 'na', 'SC-STATUTORY-LINK': 'na', 'SC-RIGHT-SECTION': 'na',
         'HC-PROVISION-SPECIFIC': 'na', 'HC-NEEDS-MET': 'na', 'HC-DCO-SIGNOFF': 'na', 'HC-THERAPY-PLACEMENT': 'na',
         'HC-ADVICE-PROVIDERS': 'na', 'HC-OUTCOMES': 'na'},
 why={'HC-NEEDS': 'PASS (trap): "Ruby has no health needs relating to her special educational needs. This was confirmed by the school nursing team\'s health advice" - none, with the basis',
      'SC-NEEDS': 'PASS (trap): "Ruby has no social care needs relating to her special educational needs." with the Front Door Team advice named and dated',
      'HC-THERAPY-PLACEMENT': 'NA: C plainly records no health needs and G has none (speech and language therapy is correctly in F in any case)',
      'PR-QUANTIFIED': 'PASS (trap): "see Ruby on her own on Thursday afternoons for 40 minutes, every week for the summer term 2026" - therapist on her own, no group size needed',
      'PR-VAGUE-WORDING': 'PASS (trap): "She asks for help when needed now" is in A; "From April 2026, a real-life maths session" is a date starting a sentence',
      'CA-ADVICE-AGE': 'PASS (arguable): psychological advice "23 April 2025" is 11 months before the review',
      'CA-ANNUAL-REVIEW': 'PASS (trap): first plan "February 2024" but last reviewed "21/03/2026"',
      'PC-OUTCOME-NOT-PROVISION': 'PASS (trap): "pay for items up to £2" is an achievement measure, not vague provision'},
))

# ======================================================================= ac112  FAIL
PLANS.append(dict(
 id='ac112', layout='national-template', name='Callum', age=13, year_group='Year 8',
 needs=['FASD', 'ADHD', 'continence', 'feeding/low weight', 'sensory'], voice='young person quoted + adoptive parents',
 front=[('Plan', 'Education, Health and Care (EHC) plan, Scarsby Borough Council'),
        ('First name', 'Callum'), ('School year', 'Year 8'),
        ('Date this plan was issued', '19 December 2022'),
        ('Last annual review', '30 October 2026 (amended plan issued 20 November 2026)'),
        ('EHC coordinator', 'Paul Atkinson, EHC Coordinator, Inclusion Casework Team')],
 personal=dict(name='Callum', dob='April 2013 (age 13)', sex='Male', ethnicity='White British', lang='English', plang='English',
               p1="Callum's mum (adoptive parent)", p1rel='Adoptive mother', addr='Scarsby (address held by the Inclusion Casework Team)',
               p2="Callum's dad (adoptive parent)", p2rel='Adoptive father', p2contact='Held by the Inclusion Casework Team', p2addr='Same address'),
 services=dict(setting='Scarsby Coast Academy, Year 8', gp='Esplanade Surgery, Scarsby. Key health professional: Community Paediatrician',
               nhs='Held on the health record', known_sc='Post-adoption support only (Adoption Yorkshire Coast)', others='Educational psychology; dietetics',
               lac='No', was_lac='Yes - looked after from 2014 until his adoption in 2017', opp='No', moving='No'),
 A1=("Callum was born in Leeds and was exposed to alcohol before birth. He was looked after from the age of 1 and was adopted by his mum and dad in 2017, when the family moved to Scarsby. He was diagnosed with foetal alcohol spectrum disorder (FASD) in 2019 and attention deficit hyperactivity disorder (ADHD) in 2021.\n"
     "How Callum communicates: Callum talks fluently and has a wide vocabulary, which can hide how much he does not understand or remember."),
 A2=dict(
   views=("Callum's views (given to his mentor, Mr Dale, on 14 October 2026): \"I like skateboarding at the skate park, my dog Rolo and YouTube. Science is OK when we do experiments. I hate maths and I hate the canteen because it's so loud. Teachers say I'm not trying but I forget stuff. I get into trouble for messing about, but sometimes I just can't sit still.\"\n"
          "What Callum's mum and dad say: \"Callum is loving, funny and very loyal. He has a huge heart. Year 8 has been hard: he's been in detention a lot and he's started to say he's stupid. He still has accidents with soiling at school, which he is very embarrassed about, and he eats very little at lunchtime because of his medication. We want school to understand FASD.\""),
   interests="Skateboarding, his dog, science experiments, YouTube and building Lego sets.",
   strengths="Callum is kind, funny and brave. He is a skilled skateboarder, very good with animals and good at practical science. He has a wide vocabulary and a great memory for things that interest him.",
   aspirations="Not discussed at this meeting."),
 areas={
  'cl': ("Callum is curious, enjoys practical science and has a strong vocabulary.",
         [("Callum's FASD affects his memory and processing. His reading is close to his age but his understanding of what he reads is at about a 10-year level. In maths he is working at about a Year 4 level and forgets methods from one week to the next.",
           "Maths intervention in a group of 4, 30 minutes three times a week, led by a higher level teaching assistant, using the same worked-example cards each session.\nA copy of the lesson's key steps on a card for every maths and science lesson, prepared by the class teacher.\nAn educational psychologist from Scarsby Educational Psychology Service will consult with the special educational needs co-ordinator (SENCo) and Callum's tutor once each term for 1 hour.",
           "By July 2027, Callum will use his method cards to complete 8 out of 10 questions on multiplying and dividing by 10 and 100 correctly, in the maths department's end-of-unit test."),
          ("Callum finds it hard to remember homework and equipment and to organise himself between lessons.",
           "A 10-minute 1:1 organisation check with his mentor at the start and end of every school day, using a checklist and a photo of his timetable.",
           "By July 2027, Callum will arrive at every lesson with the right equipment on at least 9 days out of 10, recorded by his mentor on his daily checklist.")]),
  'semh': ("Callum is liked by adults who get to know him and is loyal to his friends.",
           [("Callum's ADHD and FASD mean he acts before he thinks and finds it hard to sit still. He had 23 detentions in Year 7 and is starting to describe himself as stupid.",
             "Movement breaks of 3 minutes at the midpoint of every lesson, using his break card, agreed with all subject teachers by his head of year.\nWeekly 1:1 mentoring, 30 minutes on Tuesdays, with his mentor, Mr Dale, who is trained in FASD awareness.\nAll staff who teach Callum will have completed the FASD awareness training (2 hours) by the end of the autumn term 2026, delivered by the Specialist Teaching Team.",
             "By July 2027, Callum will have no more than 2 detentions in a half term, and will say three things he is good at when asked by his mentor at each half-termly review.")]),
  'sp': ("Callum has good balance and co-ordination.",
         [("Callum is very sensitive to noise. He covers his ears, shouts or walks out of the canteen and the sports hall when they are loud.",
           "",
           "By July 2027, Callum will stay in the sports hall for the whole of his physical education (PE) lesson on 4 out of 5 weeks, recorded by his PE teacher.")]),
 },
 health=("Callum is physically active and sleeps well on his medication.",
         [("Callum has daytime soiling (encopresis) about twice a week at school. He is embarrassed and sometimes hides soiled clothing.",
           "School will provide a spare set of clothes and a private toilet.",
           "By July 2027, Callum will go to the toilet at his planned times (break and lunch) and tell his mentor if he has had an accident, on every school day, with accidents reduced to no more than one a fortnight, recorded on his private log by the school nurse."),
          ("Callum's ADHD medication reduces his appetite and his weight has dropped from the 25th to the 9th centile in a year.",
           "The paediatric dietitian will see Callum as needed.\nThe community paediatrician will review his medication, growth and weight every 6 months in clinic (30 minutes).",
           "By July 2027, Callum will eat a high-energy snack at morning break and most of his lunch on 4 days out of 5, recorded by his mentor, and his weight will be back on the 25th centile at his paediatric review.")]),
 health_agreement="Health agreement: the health provision was reviewed and agreed by Dr Helen Sowerby, Designated Clinical Officer, Humber and North Yorkshire Integrated Care Board, on 13 November 2026.",
 social=("Callum's parents are experienced, loving adoptive parents who have completed therapeutic parenting training.",
         [("Callum's parents asked for post-adoption support in 2026 because his behaviour at home has become harder to manage and he has started asking about his birth family. Adoption Yorkshire Coast assessed the family (social worker Leanne Price, 21 September 2026) and found that Callum needs help to understand his life story, and his parents need support to manage his behaviour at home.",
           "None.",
           "Therapeutic life story work with Callum: 10 fortnightly sessions of 1 hour from November 2026, delivered by an adoption support social worker, funded by the Adoption and Special Guardianship Support Fund.\nA place for his parents on the 8-week FASD parenting programme (2 hours weekly, January 2027).",
           "By July 2027, Callum will be able to tell his parents and his social worker the main events of his life story using his life story book, at his final life story session.")]),
 I=("Scarsby Coast Academy", "Mainstream secondary academy", ("", "")),
 J=("No personal budget requested.", "Not applicable."),
 K_rows={1: ("Parents' views", "16 October 2026", "Callum's mum and dad", "YES"),
         2: ("Callum's views", "14 October 2026", "Callum, with Simon Dale, Mentor, Scarsby Coast Academy", "YES"),
         3: ("School report", "", "Scarsby Coast Academy", "YES"),
         4: (None, "", "Community Paediatrics", "YES"),
         5: (None, "2 September 2026", "Dr Tom Byers, Educational Psychologist, Scarsby Educational Psychology Service", "YES"),
         6: (None, "21 September 2026", "Leanne Price, Adoption Support Social Worker, Adoption Yorkshire Coast", "YES")},
 K_extra=[],
 signoff_row=("Paul Atkinson, EHC Coordinator, Inclusion Casework Team", "P. Atkinson", "20 November 2026"),
 labels={'PC-PFA': 'na', 'SC-STATUTORY-LINK': 'na', 'HC-THERAPY-PLACEMENT': 'na',
         'HC-PROVISION-SPECIFIC': 'fail', 'HC-NEEDS-MET': 'fail', 'CA-DATED': 'fail', 'HC-ADVICE': 'fail',
         'HC-ADVICE-PROVIDERS': 'fail', 'PC-ASPIRATIONS': 'fail', 'PC-ASPIRATION-LINK': 'fail', 'PR-OUTCOME-LINK': 'fail'},
 why={'HC-NEEDS-MET': 'FAIL: daytime soiling in C; G offers only "School will provide a spare set of clothes and a private toilet." - no health provision (for example a bladder and bowel service)',
      'HC-PROVISION-SPECIFIC': 'FAIL: "The paediatric dietitian will see Callum as needed." - no frequency or duration',
      'CA-DATED': 'FAIL: "School report" has no author and no date; "Community Paediatrics" medical advice has no date and no named professional',
      'HC-ADVICE': 'FAIL: the medical advice row "Community Paediatrics" is undated and unattributed to a professional',
      'HC-ADVICE-PROVIDERS': 'FAIL: the paediatric dietitian provides in G but gave no advice in K',
      'PC-ASPIRATIONS': 'FAIL: Aspirations "Not discussed at this meeting."',
      'PC-ASPIRATION-LINK': 'FAIL: with no aspirations recorded, the outcomes cannot build on them',
      'PR-OUTCOME-LINK': 'FAIL: the sensory need "Callum is very sensitive to noise" has an outcome ("stay in the sports hall for the whole of his physical education (PE) lesson") but the F cell is empty',
      'SC-STATUTORY-LINK': 'NA (trap): previously looked after and now adopted - not a current looked-after, CIN or CP status',
      'CA-ADVICE-AGE': 'PASS (arguable): every dated item is from the 3 months before the review; the undated items are failed under CA-DATED',
      'CA-STATUTORY-ADVICE': 'PASS (arguable): parent, educational, medical, psychological and social care advice are all present, though two are undated',
      'HC-OUTCOMES': 'PASS: soiling and weight each have an outcome in E',
      'HC-DCO-SIGNOFF': 'PASS: "reviewed and agreed by Dr Helen Sowerby, Designated Clinical Officer" with date',
      'SC-RIGHT-SECTION': 'PASS: adoption support (life story work, parenting programme) is in H2'},
))

# ======================================================================= build
def main():
    os.makedirs(os.path.join(OUT, 'plans'), exist_ok=True)
    key = {'audit_date': '2026-12-07', 'plans': []}
    for plan in PLANS:
        path = os.path.join(OUT, 'plans', plan['id'] + '.docx')
        RENDER[plan['layout']](plan, path)
        labels = {c: 'pass' for c in CRITERIA}
        labels.update(plan['labels'])
        assert set(labels) == set(CRITERIA), plan['id']
        key['plans'].append({'file': plan['id'] + '.docx', 'layout': plan['layout'], 'age': plan['age'],
                             'year_group': plan['year_group'], 'needs': plan['needs'], 'voice': plan['voice'],
                             'labels': labels, 'why': plan['why']})
    with open(os.path.join(OUT, 'labels.yaml'), 'w') as f:
        yaml.safe_dump(key, f, sort_keys=False, allow_unicode=True, width=200)


if __name__ == '__main__':
    main()
