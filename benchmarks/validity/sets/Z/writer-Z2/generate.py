"""Generator for blind set Z2 (Seabrough Borough Council, fictional).

Plan text is held as Python data (PLANS); one renderer per layout:
  heading2-numbered, ef-table, shaded-heading-table.
Block mark-up inside section lists:
  '## text'  numbered sub-heading (Heading 3 in heading2-numbered, bold paragraph elsewhere)
  '* text'   bullet (Word List Bullet)
  '# text'   numbered list item (Word List Number)
  '!! text'  bold paragraph
  {'table': [[...], ...]}  simple table, first row is the header
  anything else: normal paragraph
"""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'plans')
COUNCIL = 'Seabrough Borough Council'

TITLES = {
    'A': 'Section A: The views, interests and aspirations of {name} and {fam}',
    'B': 'Section B: Special educational needs',
    'C': 'Section C: Health needs related to special educational needs or disability',
    'D': 'Section D: Social care needs related to special educational needs or disability',
    'E': 'Section E: Outcomes',
    'F': 'Section F: Special educational provision',
    'EF': 'Sections E and F: Outcomes and special educational provision',
    'G': 'Section G: Health provision',
    'H1': 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970',
    'H2': 'Section H2: Other social care provision',
    'I': 'Section I: Placement',
    'J': 'Section J: Personal budget',
    'K': 'Section K: Advice and information gathered during the EHC needs assessment',
}

PLANS = []


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ''
    lines = text.split('\n') if isinstance(text, str) else text
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold


def simple_table(doc, rows, header_fill='D9E2F3'):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = 'Table Grid'
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            set_cell(t.cell(i, j), val, bold=(i == 0))
            if i == 0:
                shade(t.cell(i, j), header_fill)
    return t


def blocks(doc, items, sub_style):
    for b in items:
        if isinstance(b, dict):
            simple_table(doc, b['table'])
            doc.add_paragraph()
        elif b.startswith('## '):
            if sub_style == 'heading':
                doc.add_heading(b[3:], level=3)
            else:
                p = doc.add_paragraph()
                p.add_run(b[3:]).bold = True
        elif b.startswith('* '):
            doc.add_paragraph(b[2:], style='List Bullet')
        elif b.startswith('# '):
            doc.add_paragraph(b[2:], style='List Number')
        elif b.startswith('!! '):
            p = doc.add_paragraph()
            p.add_run(b[3:]).bold = True
        else:
            doc.add_paragraph(b)


def front(doc, plan):
    p = doc.add_paragraph()
    r = p.add_run(COUNCIL)
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run('Education, Health and Care (EHC) Plan')
    r.bold = True
    r.font.size = Pt(16)
    t = doc.add_table(rows=len(plan['front']), cols=2)
    t.style = 'Table Grid'
    for i, (k, v) in enumerate(plan['front']):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), 'F2F2F2')
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph()
    for b in plan.get('intro', []):
        doc.add_paragraph(b)


def title(plan, key):
    return TITLES[key].format(name=plan['name'], fam=plan.get('fam', 'family'))


def k_table(doc, plan):
    simple_table(doc, plan['K'])
    for b in plan.get('K_after', []):
        doc.add_paragraph(b)


ORDER = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J']


def render_heading2(plan):
    doc = Document()
    front(doc, plan)
    for key in ORDER:
        doc.add_heading(title(plan, key), level=2)
        blocks(doc, plan[key], 'heading')
    doc.add_heading(title(plan, 'K'), level=2)
    k_table(doc, plan)
    return doc


def render_ef(plan):
    doc = Document()
    front(doc, plan)
    for key in ['A', 'B', 'C', 'D']:
        doc.add_heading(title(plan, key), level=1)
        blocks(doc, plan[key], 'bold')
    doc.add_heading(TITLES['EF'], level=1)
    blocks(doc, plan.get('EF_intro', []), 'bold')
    ef = plan['EF']
    nrows = 1 + sum(len(r[1]) for r in ef['rows'])
    t = doc.add_table(rows=nrows, cols=4)
    t.style = 'Table Grid'
    for j, h in enumerate(ef['header']):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), 'C6E0B4')
    i = 1
    for outcome, provs in ef['rows']:
        start = i
        for prov in provs:
            for j, val in enumerate(prov):
                set_cell(t.cell(i, j + 1), val)
            i += 1
        c = t.cell(start, 0)
        if len(provs) > 1:
            c = c.merge(t.cell(i - 1, 0))
        set_cell(c, outcome)
    doc.add_paragraph()
    blocks(doc, plan.get('EF_after', []), 'bold')
    for key in ['G', 'H1', 'H2', 'I', 'J']:
        doc.add_heading(title(plan, key), level=1)
        blocks(doc, plan[key], 'bold')
    doc.add_heading(title(plan, 'K'), level=1)
    k_table(doc, plan)
    return doc


def shaded_heading(doc, text):
    t = doc.add_table(rows=1, cols=1)
    t.style = 'Table Grid'
    c = t.cell(0, 0)
    set_cell(c, text, bold=True)
    shade(c, '1F4E79')
    for r in c.paragraphs[0].runs:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    doc.add_paragraph()


def render_shaded(plan):
    doc = Document()
    front(doc, plan)
    for key in ORDER:
        shaded_heading(doc, title(plan, key))
        blocks(doc, plan[key], 'bold')
    shaded_heading(doc, title(plan, 'K'))
    k_table(doc, plan)
    return doc


RENDER = {'heading2-numbered': render_heading2, 'ef-table': render_ef,
          'shaded-heading-table': render_shaded}


# ---------------------------------------------------------------- z201 (sound)
PLANS.append({
 'id': 'z201', 'layout': 'heading2-numbered', 'name': 'Poppy', 'fam': 'her family',
 'front': [
  ('First name', 'Poppy'),
  ('Age', '2 years 10 months'),
  ('Education phase', 'Early years (funded place for two-year-olds)'),
  ('Current setting', 'Little Anchors Nursery, Seabrough'),
  ('Plan status', 'Final EHC plan (first plan)'),
  ('Date this plan was issued', '2 September 2026'),
  ('Date of last annual review', 'Not yet due (first plan). Because Poppy is under five, the plan will be reviewed every six months; the first review is due by 2 March 2027.'),
  ('Casework officer', 'Hayley, Special Educational Needs and Disabilities (SEND) Casework Officer, Seabrough SEND Team'),
 ],
 'intro': ['This plan was co-produced with Poppy\'s mum and nana at a planning meeting at Little Anchors Nursery on 14 July 2026. "SEND" in this plan means special educational needs and disabilities.'],
 'A': [
  '## A1 How we found out what Poppy likes and wants (through play, signing and watching Poppy)',
  'Poppy is not yet using many spoken words, so her views were gathered by the people who know her best. Her key person at nursery, Jodie, watched Poppy during free play over two weeks in June 2026 and noted what she chose, what made her laugh and what she pushed away. Mum and Nana filled in a "This is me" booklet with photographs. Poppy also chose between photo cards and objects at her planning meeting.',
  'What we learned from Poppy:',
  '* Poppy loves the water tray and the sand pit. She will stay there for ten minutes or more, pouring and filling, and she signs "more" when the jug is empty.',
  '* She loves music. When Jodie starts "Wind the Bobbin Up" Poppy comes straight over, claps and does the actions. She signs "again" at the end.',
  '* She chooses picture books with flaps and animals. Her favourite is a farm book and she makes the "moo" sound for the cow.',
  '* She does not like loud hand dryers and covers her ears. She shows she has had enough by lying down on the floor or pushing the toy away.',
  '* Poppy picked the photograph of Nana and the photograph of the swings in the park when she was asked what makes her happy.',
  'Poppy uses around 15 Makaton signs (a signing system that uses signs and symbols alongside speech), including "more", "finished", "drink", "biscuit", "Nana" and "help". She says "Mama", "Nana", "no", "bye" and "dog".',
  '## A2 What Mum and Nana say',
  '"Poppy is a little ray of sunshine. She is cheeky and she knows exactly how to get round her nana. She has been through a lot with hospital appointments when she was a baby, and she is so strong. We want people to see Poppy first, not Down syndrome."',
  'Mum works part-time at the fish quay and Nana looks after Poppy three days a week. They told us that Poppy is happiest when she has a routine and when people sign with her. They would like everybody who works with Poppy to learn her signs. They worry about her being "left behind" when she starts school and about her wandering off because she does not yet understand danger.',
  'Mum said: "At home she is a proper little helper. She puts her shoes in the basket and she brings me the remote. She goes to Little Stars music group at the library every Friday and she adores it."',
  '## A3 Hopes for the future',
  '* Mum and Nana hope that Poppy will be able to tell people what she wants, with words or signs, so she does not get frustrated.',
  '* They hope she will walk confidently to the park and climb the steps of the slide on her own.',
  '* They want Poppy to start in the nursery class at her local primary school in September 2027 alongside the children she knows from nursery, and to have friends there.',
  '* In the longer term they hope Poppy will go to her local school, make friends and "have a go at everything".',
  '## A4 What is important to Poppy and how best to support her',
  '* Keep to her routine and show her what is happening next with a photograph or object.',
  '* Sign with her: use Makaton signs with every key word you say.',
  '* Give her time: count to ten in your head before repeating a question.',
  '* Praise her for trying; she loves a high five.',
 ],
 'B': [
  'Poppy has Down syndrome. She is a sociable, curious little girl who learns well by watching other children and copying them. The information below comes from the advice listed in Section K.',
  '## B1 Communication and interaction',
  'Strengths: Poppy is very keen to communicate. She makes good eye contact, takes turns in simple games such as rolling a ball, and she understands many everyday words in familiar routines (for example "coat", "snack", "tidy up", "Nana").',
  'Needs: At 2 years 10 months, the speech and language therapist assessed Poppy\'s understanding of language at about the level of an 18-month-old child and her spoken language at about the level of a 14-month-old child. She relies on signs, pointing and taking an adult\'s hand. She needs adults to use short sentences with signs and pictures, and she needs specific teaching to build up the number of words and signs she uses and to start joining two words together.',
  '## B2 Cognition and learning',
  'Strengths: Poppy concentrates well on activities she has chosen, particularly water, sand and books. She can match two identical pictures and complete a four-piece inset puzzle with a little help.',
  'Needs: Poppy is working within the 8 to 20 months band of the Early Years Foundation Stage (EYFS) framework in most areas. She learns best in small steps, with lots of repetition and with real objects. She needs adult support to stay with an activity chosen by an adult for longer than two minutes.',
  '## B3 Social, emotional and mental health',
  'Strengths: Poppy is affectionate and loves being with other children. She waves "bye" and gives cuddles to her friends at nursery.',
  'Needs: When she is frustrated, Poppy lies on the floor and will not move. This happens about twice a day at nursery, most often at changes such as coming in from outdoors. She needs warning of changes and a visual "now and next" board. She does not yet understand danger and will run towards the gate or the road.',
  '## B4 Physical and sensory',
  'Poppy has low muscle tone, which is common in children with Down syndrome. She walked on her own at 2 years 3 months. She is still unsteady on uneven ground and on steps, and she tires quickly on long walks. Her fine motor skills are developing: she can pick up a raisin with her finger and thumb but cannot yet hold a crayon to make marks. She needs support with dressing, toileting (she is in nappies) and feeding herself with a spoon.',
 ],
 'C': [
  '## C1 Health needs',
  'Poppy\'s hearing was tested by the paediatric audiology team on 22 April 2026 and is within the typical range for both ears, but she has low muscle tone (hypotonia) which affects her balance, walking and stamina. She sees a children\'s physiotherapist.',
  'Children with Down syndrome are more likely to have thyroid problems, so Poppy has a blood test once a year, arranged by her community paediatrician. Her last test, in February 2026, was normal. She is well and takes no regular medication.',
  'Poppy had a small hole in her heart when she was born. It closed on its own and the cardiology team discharged her in 2025; she has no restrictions on play or activity.',
  '## C2 Health needs summary',
  '* Low muscle tone affecting gross motor skills (walking, steps, balance).',
  '* Annual thyroid blood test and six-monthly review with the community paediatrician.',
 ],
 'D': [
  '## D1 Social care needs',
  'Poppy has no social care needs related to her special educational needs or disability at this time. This was the conclusion of the social care advice from the Children with Disabilities Team (see Section K), who spoke with Mum and Nana on 2 March 2026.',
  'Poppy lives with her mum, and her nana lives two streets away and cares for her three days a week. The family have a strong support network. Mum was given information about the Seabrough Local Offer (the council\'s published guide to services for children with SEND), including short breaks for disabled children and the "Play for All" holiday sessions, and she knows how to ask for a short breaks assessment if the family\'s needs change. The family did not want a referral at this time.',
 ],
 'E': [
  'Each outcome is what we want Poppy to achieve by the time she starts nursery class at school (end of July 2027), with a check at her six-monthly review. Her key person will keep a record in her learning journal so that we can all see her progress.',
  '## E1 Communication',
  'By July 2027, Poppy will use at least 50 different signs or words, and will join two together (for example "more drink", "Nana gone") at least five times a day at nursery. Her key person will keep a weekly tally, and the speech and language therapist will check it at each half-termly visit.',
  'This builds on Mum and Nana\'s hope that Poppy can tell people what she wants.',
  '## E2 Understanding and play',
  'By July 2027, Poppy will follow ten different simple instructions given with a sign (such as "get your coat", "give it to Jodie") without an adult showing her, on three separate days each, recorded in her learning journal.',
  '## E3 Getting on with others and coping with change',
  'By March 2027, when shown her "now and next" board, Poppy will move from outdoor play to snack time without lying on the floor on at least four days out of five, recorded on her nursery behaviour chart over a two-week period.',
  'By July 2027, Poppy will take turns in a simple game with one other child and an adult for five minutes, seen on three occasions and recorded by her key person.',
  '## E4 Moving and getting about',
  'By July 2027, Poppy will walk up and down the three steps into the nursery garden on her own, holding the handrail, on five days in a row, as recorded by her key person and checked by the physiotherapist. This builds on the family\'s hope that she will climb the slide steps at the park on her own.',
  '## E5 Looking after herself',
  'By July 2027, Poppy will feed herself yoghurt with a spoon, with no more than one prompt from an adult, at snack time on four days out of five over two weeks, recorded by her key person.',
 ],
 'F': [
  'All provision below is made by Little Anchors Nursery unless stated otherwise. The nursery\'s special educational needs co-ordinator (SENCo) is responsible for making sure it happens and for recording it.',
  '## F1 Adult support',
  '* A named key person (currently Jodie, Level 3 early years practitioner, Makaton Level 2 trained) will support Poppy 1:1 for all 15 of her funded hours each week (five mornings, 9am to 12pm), funded through top-up funding from Seabrough Borough Council.',
  '* The key person will plan Poppy\'s activities weekly with the SENCo using the targets in Section E.',
  '## F2 Communication (outcome E1 and E2)',
  '* Speech and language therapy: a speech and language therapist (SALT) from the Seabrough Children\'s Speech and Language Therapy Service will see Poppy on her own at nursery once every half term for 45 minutes, to assess her progress and to set and model a new home and nursery programme. The therapist will write a short programme sheet after each visit for the key person and for Mum.',
  '* The key person will deliver the SALT programme with Poppy on her own for 10 minutes, twice a day, every nursery session (ten sessions a week).',
  '* All nursery staff who work in Poppy\'s room will use Makaton signs with key words throughout the day. The SENCo will arrange for two further staff to complete Makaton Level 1 training (two days) by December 2026.',
  '* "Attention Autism"-style group sessions (a structured group activity that builds looking and listening): 15 minutes daily, in a group of no more than 4 children, led by the key person.',
  '* Photo cards and objects of reference for her daily routine, made and kept up to date by the key person and reviewed half-termly.',
  '## F3 Learning and play (outcome E2)',
  '* Small-step teaching of matching, sorting and following instructions using real objects, 1:1 with the key person for 10 minutes, three times per week (Monday, Wednesday, Friday).',
  '* An Early Years SEND Advisory Teacher from the Seabrough Inclusion Support Service will visit every half term for one hour to observe Poppy, review her targets with the key person and SENCo, and model teaching strategies.',
  '## F4 Emotional wellbeing and coping with change (outcome E3)',
  '* A visual "now and next" board used at every change of activity, prepared by the key person each morning.',
  '* A five-minute warning, given with a sand timer and the sign for "finished", before every transition.',
  '* Turn-taking games with one other child and the key person: 10 minutes daily.',
  '* A written safety plan for the nursery gate and outings, drawn up by the SENCo with Mum by 30 September 2026 and reviewed each term, with an adult holding Poppy\'s hand on all outings (1:1).',
  '## F5 Physical development and self-care (outcomes E4 and E5)',
  '* The key person will carry out Poppy\'s exercises from her physiotherapy programme (see Section G) for 10 minutes each session, five times a week, including practising the garden steps.',
  '* Spoon-feeding practice at snack time every day with a chunky-handled spoon and a non-slip mat, supplied by the nursery.',
  '* Fine motor play (play dough, posting, pegs): 10 minutes daily in a group of no more than 3 children led by the key person.',
  '## F6 Moving to school',
  '* From March 2027, the nursery SENCo will arrange at least three transition visits for Poppy to her new school\'s nursery class, each lasting one hour, accompanied by her key person, and will share her photo cards and signing list with the new setting.',
 ],
 'G': [
  '## G1 Physiotherapy',
  '* A children\'s physiotherapist from Seabrough Children\'s Therapy Services (North Coast Health and Care Foundation Trust) will see Poppy at nursery once every six weeks for 45 minutes, to assess her balance and walking, update her exercise programme and show her key person how to carry it out.',
  '* The physiotherapist will also see Poppy at home once a term, with Mum or Nana, for 45 minutes.',
  '## G2 Community paediatrics',
  '* The community paediatrician will review Poppy every six months in the child development clinic (30 minutes) and will arrange her thyroid blood test once a year.',
  '## G3 Health agreement',
  'Health agreement: the health provision in Section G was reviewed and agreed by Dr Anita Rowe, Designated Clinical Officer (DCO), North Coast Integrated Care Board (ICB), on 19 August 2026.',
 ],
 'H1': ['None. See Section D: no assessed social care needs. Short breaks and the Local Offer were discussed with the family (2 March 2026).'],
 'H2': ['None at present. Mum knows how to contact the Children with Disabilities Team or Seabrough Early Help if the family would like support in future.'],
 'I': ['Little Anchors Nursery, Seabrough (private, voluntary and independent early years setting), 15 funded hours a week. From September 2027, a mainstream primary school nursery class; the school will be named at the review in March 2027.'],
 'J': ['No personal budget has been requested. The top-up funding for Poppy\'s 1:1 support is paid directly to the nursery.'],
 'K': [
  ['Advice and information', 'Given by', 'Date'],
  ['Parent advice ("This is me" booklet and meeting notes)', 'Poppy\'s mum and nana', '14 July 2026'],
  ['Educational advice', 'Sarah, nursery SENCo, Little Anchors Nursery, with Jodie, key person', '8 May 2026'],
  ['Educational advice (early years)', 'Karen, Early Years SEND Advisory Teacher, Seabrough Inclusion Support Service', '20 May 2026'],
  ['Psychological advice', 'Dr Lewis Grant, Educational Psychologist, Seabrough Educational Psychology Service', '3 June 2026'],
  ['Medical advice', 'Dr Priya Nair, Community Paediatrician, North Coast Health and Care Foundation Trust', '12 May 2026'],
  ['Speech and language therapy advice', 'Emma, Speech and Language Therapist, Seabrough Children\'s Speech and Language Therapy Service', '27 May 2026'],
  ['Physiotherapy advice', 'Rachel, Children\'s Physiotherapist, Seabrough Children\'s Therapy Services', '5 June 2026'],
  ['Audiology report', 'Paediatric Audiology, Seabrough General Hospital', '22 April 2026'],
  ['Social care advice', 'Mark, Social Worker, Children with Disabilities Team', '2 March 2026'],
 ],
})

# ---------------------------------------------------------------- z202 (failure)
PLANS.append({
 'id': 'z202', 'layout': 'ef-table', 'name': 'Chloe', 'fam': 'her nana',
 'front': [
  ('First name', 'Chloe'),
  ('Age', '14'),
  ('School year', 'Year 9'),
  ('School', 'Seabrough Academy (mainstream secondary)'),
  ('Plan status', 'Final EHC plan, amended following annual review'),
  ('Date this plan was issued', '8 July 2026'),
  ('Date of last annual review', '10 June 2026'),
  ('Casework officer', 'Gemma, Special Educational Needs and Disabilities (SEND) Casework Officer'),
 ],
 'intro': ['Chloe lives with her nana, who has cared for her since she was six under a special guardianship order (SGO). Chloe helps to look after Nana, who has a long-term lung condition. This plan uses "SEND" for special educational needs and disabilities.'],
 'A': [
  '!! About me (Chloe\'s own words, written with her key worker, Mrs Davison, in May 2026)',
  'My name is Chloe and I am 14. I live with my nana and our dog, Bella. I like netball, making slime, doing my nana\'s hair and watching baking programmes. I am good at looking after people. When Nana is poorly I make her a cup of tea and go to the shop for her.',
  'I find reading hard. When the teacher asks me to read out loud my face goes red and I want to hide. I like it when the teacher gives me the sheet before the lesson so I can look at it first. Maths is alright if I can use the number line.',
  'At break time it is too noisy in the canteen. I like going to the library with my friend Ella.',
  'What I want: I want to read books on my own, like the Harry Potter books my friends talk about. I want to be in the netball team. I want to have more friends in my form.',
  '!! What Nana says',
  'Nana told us: "Chloe is a kind, loving girl with a big heart. She never forgets my tablets and she is brilliant with the little ones next door. She worries about me too much. Reading has always been her struggle and I can\'t help her much because my eyes aren\'t good. I want her to be able to read properly and to have good friends around her."',
  'Nana explained that Chloe came to live with her after a difficult start and that Chloe can become anxious when plans change or when she is worried about Nana\'s health.',
  '!! Aspirations',
  '* Chloe wants to read books on her own and to join the school netball team.',
  '* Chloe wants more friends in her form group.',
  '* Nana hopes Chloe will read confidently and keep good friends around her.',
  '* Chloe says she does not know yet what she wants to do when she leaves school.',
 ],
 'B': [
  '!! Summary',
  'Chloe has moderate learning difficulties (MLD), which means she finds learning new information harder than most young people of her age and needs more time and repetition to learn. She also has some social, emotional and mental health needs linked to worry.',
  '!! Cognition and learning',
  'Strengths: Chloe works hard, listens carefully in class and remembers practical instructions well, especially when they are shown to her. She enjoys food technology and physical education (PE).',
  'Needs: Chloe\'s reading age on the Salford Sentence Reading Test in May 2026 was 7 years 6 months (her actual age was 14 years 1 month). She decodes short words but guesses longer ones, and loses the meaning of a text after two or three sentences. Her spelling is at a similar level. In maths she can add and subtract two-digit numbers using a number line but has not yet learned multiplication facts beyond the 2 and 10 times tables. The educational psychologist assessed her general thinking and reasoning skills as being in the low range for her age, with a particular difficulty with working memory (holding information in her head while using it).',
  '!! Social, emotional and mental health',
  'Strengths: Chloe is caring, reliable and popular with adults. She has one close friend.',
  'Needs: Chloe becomes anxious in busy, noisy places and when she is asked to read aloud. She sometimes asks to go home when she is worried about Nana. Her attendance in 2025/26 was 91%. She finds it hard to join in with groups of peers and can be left out at social times.',
 ],
 'C': [
  'Chloe has no health needs related to her special educational needs. This is based on the medical advice from the community paediatrician dated 4 March 2026 (Section K), which found her to be well. Her vision and hearing were checked by the school nursing team in January 2026 and are normal.',
 ],
 'D': [
  'Chloe is a young carer. A young carer\'s assessment was completed by Seabrough Young Carers Service on 21 January 2026. It found that Chloe helps Nana with shopping, reminding her about medication and some housework, and that she worries about Nana when she is at school. This caring role affects her concentration and her attendance.',
  'Chloe has lived with Nana under a special guardianship order since 2018. Nana receives a special guardianship allowance. No other social care needs were identified in the social care advice from Children\'s Services (see Section K).',
 ],
 'EF': {
  'header': ['Outcome', 'Provision', 'Frequency', 'Who'],
  'rows': [
   ('Chloe will receive 1:1 reading support from a teaching assistant.', [
     ('Access to a reading intervention (Toe by Toe or similar) as appropriate.', 'Regular', 'Teaching assistant (TA)'),
     ('Pre-teaching of key vocabulary before English and science lessons.', 'Where possible', 'Class teachers'),
   ]),
   ('By July 2027, Chloe will read aloud a book at her own level with 95% accuracy, and her reading age on the Salford Sentence Reading Test will have risen from 7 years 6 months to at least 8 years 6 months. The SENCo will test her each term.', [
     ('Precision teaching (short, timed daily practice) of high-frequency words, 1:1 for 10 minutes.', 'Daily (five times a week)', 'Trained TA, supervised by the special educational needs co-ordinator (SENCo)'),
     ('Paired reading with a trained Year 12 reading mentor, 20 minutes.', 'Twice a week (Tuesday and Thursday, form time)', 'Year 12 reading mentor, trained by the SENCo'),
   ]),
   ('By July 2027, Chloe will feel more confident in lessons and with her friends.', [
     ('Opportunities to take part in a lunchtime social skills group where possible.', 'Weekly', 'Pastoral team'),
     ('Teachers should not ask Chloe to read aloud without warning.', 'All lessons', 'All teaching staff'),
   ]),
   ('Chloe is given a quiet place to go at break and lunchtime when she feels worried.', [
     ('Access to the library at break and lunchtime.', 'Daily', 'Librarian'),
   ]),
   ('Staff will check in with Chloe each morning to see how she is feeling and whether she is worried about Nana.', [
     ('Regular check-ins with a key adult.', 'As needed', 'Key worker (Mrs Davison, pastoral support)'),
   ]),
   ('By February 2027, Chloe will attend the school netball club after school every Wednesday for six weeks in a row, shown on the club register.', [
     ('The PE teacher will introduce Chloe to the netball captain and agree a buddy for her first three sessions.', 'Once, in September 2026, then a buddy for three sessions', 'PE teacher'),
     ('Chloe will have a place at the club and the late bus home arranged by the school.', 'Every Wednesday in term time', 'Head of PE; school office'),
   ]),
   ('By July 2027, Chloe will know the 2, 5 and 10 times tables, answering 18 out of 20 mixed questions correctly within three minutes on a check by her maths teacher each half term.', [
     ('Small group maths intervention.', 'Weekly', 'TA'),
     ('A number line and multiplication square on her desk in every maths lesson.', 'Every maths lesson', 'Maths teacher'),
   ]),
  ],
 },
 'EF_after': [
  '!! Whole-school provision for Chloe',
  '* Chloe will have printed copies of lesson slides in 14-point font on cream paper in every lesson, provided by class teachers.',
  '* Chloe will have 25% extra time and a reader in internal tests, arranged by the SENCo.',
 ],
 'G': ['No health provision is needed (see Section C).'],
 'H1': ['None. Short breaks were considered with Nana at the annual review; Chloe does not meet the criteria for disabled children\'s short breaks and the family did not request an assessment.'],
 'H2': [
  '* Young carers\' group: Chloe will attend the Seabrough Young Carers Service group every other Tuesday, 4pm to 6pm, in term time, with transport provided by the service.',
  '* One-to-one session with her young carers\' support worker once each half term (one hour) to review her young carer\'s support plan.',
 ],
 'I': ['Seabrough Academy, mainstream secondary academy.'],
 'J': ['No personal budget has been requested.'],
 'K': [
  ['Advice and information', 'Given by', 'Date'],
  ['Views of Chloe and Nana (annual review contributions)', 'Chloe and her nana', '10 June 2026'],
  ['Educational advice (annual review report)', 'Mr Cole, SENCo, Seabrough Academy', '2 June 2026'],
  ['Psychological advice', 'Dr Fiona Shaw, Educational Psychologist, Seabrough Educational Psychology Service', '15 May 2026'],
  ['Medical advice', 'Dr Omar Hassan, Community Paediatrician, North Coast Health and Care Foundation Trust', '4 March 2026'],
  ['Social care advice', 'Sam, Social Worker, Assessment Team, Seabrough Children\'s Services', '3 February 2026'],
  ['Young carer\'s assessment', 'Jess, Young Carers Support Worker, Seabrough Young Carers Service', '21 January 2026'],
  ['Preparing for adulthood advice', 'Lisa, Personal Adviser, Seabrough Careers and Progression Service', '27 May 2026'],
 ],
})

# ---------------------------------------------------------------- z203 (sound)
PLANS.append({
 'id': 'z203', 'layout': 'shaded-heading-table', 'name': 'Kieran', 'fam': 'his grandparents',
 'front': [
  ('Young person\'s first name', 'Kieran'),
  ('Age', '19'),
  ('Education phase', 'Post-16: supported internship (second year of further education)'),
  ('Education provider', 'Coastline College, Supported Internship Programme (host employer: Seabrough General Hospital)'),
  ('Plan status', 'Final EHC plan (amended after annual review)'),
  ('Plan issued', '6 Oct 2026'),
  ('Last reviewed', '15/09/2026'),
  ('Casework officer', 'Nathan, Post-16 Special Educational Needs and Disabilities (SEND) Casework Officer'),
 ],
 'intro': ['This plan was written with Kieran, his nan and grandad, his job coach and his college tutor at his annual review on 15 September 2026. Kieran agreed the wording of Section A. "SEND" means special educational needs and disabilities.'],
 'A': [
  '!! A1 In my own words',
  'I\'m Kieran. I live with my nan and grandad in Seabrough. I\'ve lived with them since I was twelve. I like football (I support the Boro), my PlayStation, fishing off the pier with my grandad and cooking chilli. I help my grandad because his chest is bad and he can\'t walk far, so I do the heavy shopping and take the bins out.',
  'Last year I did my first placement in the hospital kitchen and now I am on my second placement in the porters\' department. I like it because I get to walk all round the hospital and people say thank you. My job coach is Dean. He comes to see how I\'m doing and he helped me learn the way to the wards.',
  'I find reading hard and I don\'t like it when people rush me with money. I\'m good at remembering routes once I\'ve done them a few times. I\'m good at being on time.',
  'What I want: I want a proper paid job, maybe as a porter or in a warehouse. I want to get the bus to work on my own. One day I want my own flat near my nan\'s so I can still help them. I want to pass my maths.',
  '!! A2 What Nan and Grandad say',
  'Nan said: "Kieran is the kindest lad you could meet. He\'s grown up so much since he started at the hospital. He is our rock, but we don\'t want him to miss out because of us. We want him to have a job he\'s proud of and his own life."',
  'Grandad added that Kieran still needs help with money and with cooking anything new, and that they worry about who will help him when they are gone. They would like him to learn to manage his own medication and appointments.',
  '!! A3 Aspirations',
  '* Paid work when his internship finishes in July 2027, ideally at the hospital or in a warehouse.',
  '* Travelling to work on his own by bus.',
  '* Living in his own flat, near his grandparents, in the future.',
  '* Passing his maths qualification.',
  '* Managing his own health: medication and appointments.',
  '!! A4 How to help me',
  '* Show me the job first, then let me have a go.',
  '* Give me instructions one at a time, and write them down with pictures.',
  '* Don\'t rush me when I\'m counting money.',
 ],
 'B': [
  '!! B1 Cognition and learning',
  'Kieran has moderate learning difficulties (MLD). The educational psychologist (May 2026) found that he learns practical tasks well through demonstration and repetition, and that his working memory and processing speed are low compared with other young people of his age, so he needs information broken down and repeated.',
  'Strengths: Kieran is reliable, punctual and keen to learn. He remembers routes and routines once he has practised them. He achieved Entry Level 2 Functional Skills English in June 2026.',
  'Needs: Kieran reads simple signs and familiar words but needs support with longer written information such as rotas or letters. In maths he is working at Entry Level 2 and needs to secure Entry Level 3 (counting money, giving change, telling the time on a 24-hour clock). He needs help to plan new tasks and to solve problems when something unexpected happens.',
  '!! B2 Communication and interaction',
  'Kieran speaks clearly and chats easily with people he knows. He sometimes says he understands when he does not, so staff need to check by asking him to show them or to repeat the instruction in his own words.',
  '!! B3 Social, emotional and mental health',
  'Kieran is friendly and well liked by staff in the porters\' department. He can become worried about his grandad\'s health and sometimes takes on too much at home. He has said he would like someone to talk to about this.',
  '!! B4 Preparing for adulthood',
  'Employment: Kieran is in the second year of a supported internship (a one-year, then extended, study programme based mainly at an employer, with a job coach). He needs to build the skills and stamina for a full working day and to learn to follow a rota.',
  'Independent living: he can make a simple meal, but needs to learn to budget, shop to a list and manage his own medication.',
  'Friends, relationships and community: he has a small group of friends from college and from the football club.',
  'Good health: see Section C.',
 ],
 'C': [
  '!! C1 Health needs',
  'Kieran\'s eyesight and hearing are fine (checked at his learning disability health check in March 2026), but he has epilepsy. He has occasional absence seizures (short "switch-offs" of a few seconds) and has had two tonic-clonic seizures (where he falls and shakes) in the last two years, the last one in August 2025. His epilepsy is controlled with medication taken twice a day. Missing his tablets or being very tired makes seizures more likely.',
  'Kieran has an epilepsy care plan written by the adult epilepsy nurse specialist, which includes what to do in an emergency and when to give his rescue medication.',
  'At the moment Nan prepares Kieran\'s tablets. He would like to take over managing his medication and his appointments.',
 ],
 'D': [
  '!! D1 Social care needs',
  'A Care Act 2014 needs assessment was completed by the Transitions Team in adult social care on 30 June 2026. It found that Kieran has eligible needs for support with managing his money, shopping and cooking, and with making use of the community, and that he needs support to build the skills to live more independently in future.',
  'Kieran is also a young carer for his grandad. Seabrough Young Carers Service supports young carers up to the age of 25, and his young carer\'s assessment (April 2026) found that his caring role can leave him tired and worried, and that he would benefit from time with other young carers.',
 ],
 'E': [
  'Kieran chose the order of these outcomes. Each one will be checked at his review in September 2027 and at termly progress meetings.',
  '!! Employment',
  '* E1. By July 2027, Kieran will receive a positive end-of-placement report from the porters\' department, with his supervisor rating him "good" or better on at least 8 of the 10 workplace skills on the college\'s placement review form (including punctuality, following a rota and completing tasks without prompts).',
  '* E2. By July 2027, Kieran will have applied for at least three paid jobs with his job coach and attended at least one interview, recorded in his employability file. (This builds on his wish to have a paid job.)',
  '* E3. By June 2027, Kieran will gain Entry Level 3 Functional Skills in mathematics.',
  '!! Independent living',
  '* E4. By April 2027, Kieran will travel on the number 12 bus from home to the hospital and back on his own on every working day for four weeks in a row, confirmed by his job coach and by Kieran\'s travel diary.',
  '* E5. By July 2027, Kieran will plan, shop for (with a budget of £20) and cook a two-course meal for his grandparents, without help, on three occasions, checked by his personal assistant.',
  '!! Friends, relationships and community',
  '* E6. By December 2026, Kieran will access the town centre independently with a friend on a Saturday (for example the cinema or the football), using his phone to let Nan know where he is, on at least four occasions, recorded by Nan.',
  '!! Good health',
  '* E7. By March 2027, Kieran will take his own epilepsy medication from a weekly blister pack at the right times, using his phone alarm, on at least 13 out of 14 days over two weeks, recorded on a chart checked by Nan and the epilepsy nurse specialist.',
  '* E8. By March 2027, Kieran will explain his seizure plan to his workplace supervisor in his own words, confirmed by his job coach.',
 ],
 'F': [
  'Coastline College is responsible for making the provision below unless stated otherwise.',
  {'table': [
   ['Provision', 'How often and how long', 'Who delivers it'],
   ['Job coaching in the workplace: Kieran\'s job coach works alongside him to teach new tasks, then steps back as he becomes independent (E1, E2, E8)', 'Four days a week in the workplace. Weeks 1 to 4 of each new task: 1:1 for three hours a day; then a one-hour check-in each day', 'Job coach (qualified in supported employment, Level 3)'],
   ['Employability sessions: job searching, application forms, interview practice (E2)', 'One hour weekly, in a group of no more than 6 interns', 'Supported internship tutor'],
   ['Functional Skills mathematics, Entry Level 3, focusing on money, change and 24-hour time (E3, E5)', '2 x 1.5-hour lessons per week in a group of no more than 8, plus 30 minutes of 1:1 practice each Friday', 'Qualified mathematics tutor; learning support assistant for the 1:1 practice'],
   ['Access arrangements for the maths assessment: 25% extra time and a reader', 'For each Functional Skills assessment', 'Arranged by the college\'s additional learning support manager'],
   ['Travel training on the number 12 bus route, reducing support step by step (E4)', 'Daily on working days from October 2026 until Kieran travels on his own, then a spot check once a fortnight for six weeks', 'Independent travel trainer, Seabrough Travel Training Team (commissioned by the council)'],
   ['Workplace task sheets with photographs for each new job on the rota', 'Made for each new task and updated when the rota changes', 'Job coach'],
   ['Independent living skills session: budgeting, shopping to a list and cooking (E5)', 'Every Friday afternoon, two hours, in a group of 4', 'Supported internship tutor and learning support assistant'],
   ['Mentoring about worries at home and about being a young carer (B3)', '30 minutes every other week', 'College wellbeing mentor (trained in mental health first aid)'],
  ]},
  'From May 2027, the supported internship tutor and his Personal Adviser from Seabrough Careers and Progression Service will meet Kieran once a month for one hour to plan his next steps after the internship, including applications for paid work and any supported employment services.',
 ],
 'G': [
  '!! G1 Epilepsy care',
  '* The adult epilepsy nurse specialist (North Coast Health and Care Foundation Trust) will review Kieran every six months in clinic (45 minutes), update his epilepsy care plan each year and teach Kieran to use his blister pack and phone reminders over three sessions of 30 minutes between October and December 2026.',
  '* The epilepsy nurse specialist will train the job coach and two named staff in the porters\' department to follow his care plan and to give rescue medication: a one-off session of two hours in October 2026, then a one-hour refresher each October.',
  '* Kieran\'s consultant neurologist will review him once a year in clinic.',
  '* His GP (general practitioner) practice will continue to prescribe his medication and offer his annual learning disability health check.',
  '!! G2 Agreement by health',
  'Health agreement: Section G was reviewed and agreed by Dr Anita Rowe, Designated Clinical Officer, North Coast Integrated Care Board, on 29 September 2026.',
 ],
 'H1': [
  'None. A short breaks service is not needed now that Kieran is 19; his support is provided under the Care Act (see H2).',
 ],
 'H2': [
  '* Care and support plan (Care Act 2014): a personal assistant for 4 hours a week (Tuesday and Thursday evenings, 2 hours each) to support Kieran with budgeting, shopping and cooking at home and using the town centre. Paid for by a direct payment (see Section J). Reviewed every six months by the Transitions Team social worker.',
  '* Seabrough Young Carers Service: a young adult carers\' group once a month (two hours, Saturday mornings) and a one-to-one check-in with his young carers\' worker each half term.',
 ],
 'I': ['Coastline College (general further education college), Supported Internship Programme, based at Seabrough General Hospital. Four days a week at the host employer and one day a week at college, 36 weeks a year, until July 2027.'],
 'J': ['Direct payment from adult social care of £68.40 a week for Kieran\'s personal assistant (H2). Nan manages the direct payment account with Kieran.'],
 'K': [
  ['Advice and information', 'Given by', 'Date'],
  ['Kieran\'s views (in his own words) and his grandparents\' views', 'Kieran; his nan and grandad', '15 September 2026'],
  ['Educational advice: annual review report', 'Supported internship tutor, Coastline College', '1 September 2026'],
  ['Educational advice: workplace progress report', 'Dean, Job Coach, Coastline College', '1 September 2026'],
  ['Psychological advice', 'Dr Fiona Shaw, Educational Psychologist, Seabrough Educational Psychology Service', '20 May 2026'],
  ['Medical advice', 'Lauren, Adult Epilepsy Nurse Specialist, North Coast Health and Care Foundation Trust', '10 July 2026'],
  ['Medical advice: clinic letter', 'Dr Ben Morley, Consultant Neurologist, Seabrough General Hospital', '18 March 2026'],
  ['Learning disability annual health check summary', 'Dr Carol Pike, GP, Harbour Medical Practice', '12 March 2026'],
  ['Social care advice: Care Act needs assessment', 'Claire, Social Worker, Adult Social Care Transitions Team', '30 June 2026'],
  ['Young carer\'s assessment', 'Seabrough Young Carers Service', '14 April 2026'],
  ['Preparing for adulthood advice', 'Lisa, Personal Adviser, Seabrough Careers and Progression Service', '8 September 2026'],
 ],
})

# ---------------------------------------------------------------- z204 (failure)
PLANS.append({
 'id': 'z204', 'layout': 'heading2-numbered', 'name': 'Jayden', 'fam': 'his family',
 'front': [
  ('First name', 'Jayden'),
  ('Age', '9'),
  ('School year', 'Year 4'),
  ('School', 'St Hilda\'s Church of England Primary School, Seabrough'),
  ('Legal status', 'Looked after child (care order, 2024). Placed with his aunt, Aunty Shannon, as a kinship foster carer.'),
  ('Plan status', 'Final EHC plan (first plan)'),
  ('Date this plan was issued', '3 June 2026'),
  ('Date of last annual review', 'Not applicable - first plan'),
  ('Casework officer', 'Hayley, Special Educational Needs and Disabilities (SEND) Casework Officer'),
 ],
 'intro': ['"SEND" in this plan means special educational needs and disabilities.'],
 'A': [
  '## A1 About me',
  'Jayden talked to his teaching assistant, Miss Robson, about what he wanted people to know, and she wrote down his words.',
  '"I\'m Jayden and I\'m nine. I live with my Aunty Shannon and my cousins Mia and Lewis. I like Lego, Spider-Man, drawing comics and going on my bike down the prom. I\'m really good at drawing and I\'m fast at running. I don\'t like it when people shout, and I don\'t like it when I don\'t know what\'s happening. When I get cross I need to go to my calm corner with my beanbag."',
  '"I want to be a comic artist or a footballer when I\'m big. I want to stay at St Hilda\'s with my friend Alfie."',
  '## A2 What Aunty Shannon says',
  'Aunty Shannon has looked after Jayden since he was seven. She said: "Jayden is funny, creative and really loving once he trusts you. He has had a lot of change in his life and it takes him a long time to feel safe. At home he is calmer when we stick to the same routine. He struggles to get to sleep and is often awake in the night, so some mornings he is shattered before he even gets to school."',
  'She would like school to help Jayden to manage his big feelings and to catch up with his reading, and she wants him to have friends and be invited to parties "like the other kids".',
  '## A3 Hopes for the future',
  '* Jayden wants to be a comic artist or a footballer, and to stay at St Hilda\'s with his friends.',
  '* Aunty Shannon hopes Jayden will feel safe and settled, catch up with his reading, and have good friends.',
 ],
 'B': [
  '## B1 Social, emotional and mental health',
  'Jayden\'s early experiences mean that he can find it very hard to trust adults and to manage strong feelings. When he feels unsafe, for example at changes of routine, when a supply teacher is in class or when he is told off in front of others, he can shout, run out of the classroom or hide under a table. Over the spring term 2026 this happened on average three times a week, and staff have recorded that incidents occured most often after lunchtime, when the playground is busy and the routine is less structured.',
  'Strengths: Jayden responds very well to a calm adult he knows, uses his calm corner when reminded, and is beginning to name his feelings using the "Zones of Regulation" colours (a way of teaching children to recognise and manage their feelings).',
  '## B2 Cognition and learning',
  'Jayden\'s attainment is below that expected for his age. He is working at around the expected standard for Year 2 in reading and writing and at the expected standard for Year 3 in maths. His reading age in April 2026 was 6 years 11 months. He missed a lot of school before he came to live with Aunty Shannon, and the educational psychologist found that his difficulties are mainly due to gaps in learning and to the effect of anxiety on his attention, rather than a general learning difficulty.',
  'Strengths: Jayden is a talented artist and storyteller and has a good memory for facts about things that interest him.',
  '## B3 Communication and interaction',
  'Jayden\'s speech and language are within the typical range. He needs adults to keep instructions short when he is upset, because he cannot take in a lot of language when he is anxious.',
 ],
 'C': [
  '## C1 Health needs',
  'Jayden has eczema on his hands and the backs of his knees, which flares up when he is stressed or hot. It becomes itchy and sore and distracts him in lessons. He uses an emollient cream and, during flare-ups, a steroid cream prescribed by his GP (general practitioner).',
  'Jayden has great difficulty getting to sleep and staying asleep. The community paediatrician has diagnosed a sleep disorder linked to anxiety and has prescribed melatonin, and has asked for a sleep programme to be set up. Poor sleep is definately affecting his mood and concentration at school.',
 ],
 'D': [
  '## D1 Social care needs',
  'Jayden is a looked after child.',
 ],
 'E': [
  '## E1 Managing feelings',
  'By July 2027, Jayden will use his calm corner or his "time out" card instead of running out of class, so that the number of times he leaves the classroom falls from three a week (spring 2026) to no more than one a fortnight, as recorded on the school\'s behaviour log.',
  '## E2 Naming feelings',
  'By December 2026, Jayden will name how he is feeling using the Zones of Regulation colours when asked by his key adult at check-in, on four mornings out of five over a two-week period, recorded on his check-in sheet.',
  '## E3 Reading',
  'By July 2027, Jayden\'s reading age will rise from 6 years 11 months to at least 8 years 0 months on the New Group Reading Test, and he will read a comic or book of his choice aloud to his aunt for ten minutes, three evenings a week, recorded in his reading record.',
  '## E4 Friendships',
  'By July 2027, Jayden will play a game at lunchtime with at least two other children for 15 minutes without adult help on three days a week, seen over two weeks and recorded by the lunchtime supervisor. This builds on Aunty Shannon\'s hope that he will have good friends.',
  '## E5 Drawing and storytelling',
  'By March 2027, Jayden will make a six-page comic with his group in the comic club and present it in a class assembly, confirmed by his class teacher.',
  '## E6 Skin care',
  'By March 2027, Jayden will put on his own emollient cream at school at the times on his care plan (before break and after lunch) with no more than one reminder, on 9 out of 10 days, recorded by his teaching assistant.',
 ],
 'F': [
  '## F1 Key adult and emotional support (outcomes E1, E2)',
  '* A named key adult (Miss Robson, higher level teaching assistant (HLTA), trained in the Emotional Literacy Support Assistant (ELSA) programme) will meet Jayden for a 10-minute check-in at 8.50am each day and a 5-minute check-out at 3pm.',
  '* ELSA sessions with Miss Robson, 1:1, 30 minutes, once a week for 12 weeks, then reviewed.',
  '* A calm corner in the classroom with a beanbag and a "time out" card, set up by the class teacher by September 2026. Jayden will be able to use it whenever he shows his card.',
  '* Adult support in class from a teaching assistant for 15 hours a week (every morning), to help Jayden settle and stay in lessons, and to recieve a warning of any changes to the timetable.',
  '* Structured lunchtime club (games and Lego) in a group of no more than 6, every Monday to Thursday for 30 minutes, led by a trained lunchtime supervisor (E4).',
  '* All staff who work with Jayden will complete whole-school training on attachment and trauma-informed approaches (one 2-hour session, by October 2026), delivered by the educational psychologist.',
  '## F2 Reading (outcome E3)',
  '* Daily 1:1 phonics and reading intervention (Read Write Inc. Fresh Start, a phonics programme for older pupils) for 20 minutes, delivered by a trained teaching assistant, in a seperate quiet room so that Jayden can concentrate.',
  '* Reading books of his choosing sent home three times a week; comics counted as reading.',
  '* The special educational needs co-ordinator (SENCo) will check his reading age each term.',
  '## F3 Creative strengths (outcome E5)',
  '* Comic club after school every Wednesday, one hour, in a group of 8, run by the art lead.',
  '## F4 Learning environment',
  '* A visual timetable on his desk, updated each morning by the teaching assistant, and a calm, low-distraction working enviroment for written tasks.',
  '* All adults will give Jayden short, one-step instructions when he is upset, and will speak to him privately rather than in front of the class (all staff, throughout the school day).',
 ],
 'G': [
  '## G1 Eczema',
  '* Emollient cream to be applied at school as needed. Aunty Shannon will supply the cream.',
  '* The school nurse will write a skin care plan and see Jayden as required.',
  '* Jayden\'s GP will review his eczema when needed.',
  '## G2 Health agreement',
  'The health provision in Section G was agreed by Dr Anita Rowe, Designated Clinical Officer, North Coast Integrated Care Board, on 21 May 2026.',
 ],
 'H1': ['None.'],
 'H2': ['None.'],
 'I': ['St Hilda\'s Church of England Primary School, Seabrough (mainstream primary).'],
 'J': ['No personal budget has been requested.'],
 'K': [
  ['Advice and information', 'Given by', 'Date'],
  ['Jayden\'s views (gathered by his teaching assistant)', 'Jayden, with Miss Robson, HLTA', '12 March 2026'],
  ['Carer\'s views', 'Aunty Shannon, kinship foster carer', '12 March 2026'],
  ['Educational advice', 'Mrs Patel, SENCo, St Hilda\'s Church of England Primary School', '20 March 2026'],
  ['Psychological advice', 'Dr Lewis Grant, Educational Psychologist, Seabrough Educational Psychology Service', '8 April 2026'],
  ['Medical advice', 'Dr Priya Nair, Community Paediatrician, North Coast Health and Care Foundation Trust', '2 April 2026'],
 ],
})

# ---------------------------------------------------------------- z205 (sound)
PLANS.append({
 'id': 'z205', 'layout': 'ef-table', 'name': 'Maisie', 'fam': 'her nana',
 'front': [
  ('First name', 'Maisie'),
  ('Age', '7'),
  ('National Curriculum year', 'Year 2'),
  ('School', 'Bank Top Primary School, Seabrough'),
  ('Plan status', 'Final EHC plan'),
  ('Date of EHC plan', '16.03.2026'),
  ('Last reviewed', 'First plan: the first annual review is due by March 2027'),
  ('Casework officer', 'Gemma, Special Educational Needs and Disabilities (SEND) Casework Officer'),
 ],
 'intro': ['Maisie lives with her nana, who is her special guardian. "SEND" means special educational needs and disabilities.'],
 'A': [
  '!! About me',
  'Maisie shared her views with her speech and language therapist using a talking mat (picture cards she sorts into "I like", "not sure" and "I don\'t like"), and she drew a picture of her "best day". These are her words:',
  '"I like my nana and my dog Rocky. I like unicorns and dancing and the beach. I like painting. I don\'t like it when people don\'t know what I say. I get sad and I go quiet. I like Mrs Hall because she waits for me."',
  'At home she loves having access to Nana\'s tablet for dance videos and practises the routines in the front room. She goes to Street Dance Minis at the community centre every Saturday.',
  '!! What Nana says',
  '"Maisie is a gentle, funny little girl who loves to dance and sing. She tries so hard to talk and gets upset when people can\'t understand her. She would sooner stay quiet than get it wrong, so people think she\'s shy. She was a bit behind with talking from the start and she had a lot of ear infections when she was little. I want her to be able to chat with her friends and tell her teacher when something is wrong."',
  'Nana also asked that school keep a close eye on Maisie\'s asthma in PE (physical education) and cold weather.',
  '!! Hopes for the future',
  '* Maisie wants to be a dancer "on the telly" and to have lots of friends to play unicorns with.',
  '* Nana hopes Maisie will talk confidently to her friends and teachers, read well, and stay healthy and active.',
 ],
 'B': [
  '!! Communication and interaction (main area of need)',
  'Maisie has speech and language delay. The speech and language therapist\'s assessment in January 2026 found:',
  '* Speech sounds: Maisie is difficult for unfamiliar people to understand. She replaces "k" and "g" with "t" and "d" ("tat" for "cat") and leaves off the ends of words. Familiar adults understand about three-quarters of what she says; unfamiliar adults understand about half.',
  '* Understanding: her understanding of spoken language is around a year behind her age. She follows instructions with up to two key words but loses the third ("put the red pencil in the box").',
  '* Expressive language: she uses sentences of three or four words and finds it hard to tell a story in order.',
  'Strengths: Maisie is keen to communicate, uses gesture and drawing well, and is very good at joining in with songs and rhymes.',
  '!! Cognition and learning',
  'Maisie is working below the expected standard for Year 2 in reading and writing, mainly because of her speech sound difficulties: she finds it hard to hear and say the sounds in words for phonics. Her maths is close to the expected standard, and she is good at shapes and patterns.',
  '!! Social, emotional and mental health',
  'Maisie is kind and has two close friends. When she is not understood, she becomes quiet and withdrawn, and she will sometimes stop trying. She needs adults to give her time and to praise her for trying.',
 ],
 'C': [
  '!! Health needs',
  'Maisie has no difficulties with eating, drinking, sleeping or toileting, but she has asthma. She has a blue reliever inhaler which she uses with a spacer, and a brown preventer inhaler which Nana gives her at home morning and night. Her asthma is triggered by cold air, colds and running games. She had two asthma attacks in 2025 that needed a visit to her GP (general practitioner). Because of her speech difficulties, Maisie does not always manage to tell adults that her chest feels tight.',
  'Maisie had repeated ear infections as a toddler. Her hearing was retested by paediatric audiology on 13 January 2026 and is now normal in both ears, and she has been discharged from audiology.',
 ],
 'D': [
  '!! Social care needs',
  'Maisie has lived with Nana since she was two, and Nana has been her special guardian (under a special guardianship order) since 2021. The social care advice from the Kinship Support Team (February 2026) found that Maisie\'s care needs are well met at home and that she has no social care needs arising from her special educational needs. Nana, who is 67, would like contact with other kinship carers and some help with paperwork, and the Kinship Support Team will provide this (see H2). Short breaks were considered but are not needed.',
 ],
 'EF_intro': ['Each outcome below is linked to the provision that will help Maisie achieve it. Progress will be checked by the school\'s special educational needs co-ordinator (SENCo) every term and reported at the annual review.'],
 'EF': {
  'header': ['What Maisie will achieve (outcome)', 'What will be provided', 'How often / how long', 'Who will provide it'],
  'rows': [
   ('1. By March 2027, Maisie will say "k" and "g" correctly at the start of words in sentences in 8 out of 10 attempts, measured by her speech and language therapist using the same word list as the January 2026 assessment. (Builds on Nana\'s hope that friends and teachers will understand her.)', [
     ('Speech and language therapy: a speech and language therapist (SALT) will work with Maisie on her own on her speech sounds and set her programme.', 'Every Tuesday for 6 sessions (30 minutes each) in the autumn term, then 6 sessions in the spring term, then review', 'Speech and language therapist, Seabrough Children\'s Speech and Language Therapy Service'),
     ('Speech sound practice using the SALT programme, 1:1.', 'Daily for 10 minutes (five days a week)', 'Mrs Hall, teaching assistant (TA) trained by the SALT'),
     ('Speech sound homework sheet sent home for Nana to practise with Maisie.', 'Once a week (Fridays)', 'Mrs Hall, TA'),
   ]),
   ('2. By July 2027, Maisie will follow instructions with three key words ("put the red pencil in the box") in 8 out of 10 attempts, and will tell a four-part story in order using picture prompts, recorded termly by the SALT.', [
     ('Language group working on understanding and storytelling (using the therapist\'s programme).', 'Three times per week, 20 minutes', 'In a group of no more than 4 children, led by Mrs Hall, TA'),
     ('Key words and new topic vocabulary pre-taught with pictures before each new topic.', 'At the start of each new topic, 15 minutes 1:1', 'Class teacher or Mrs Hall, TA'),
     ('Training for Maisie\'s class teacher and TA on supporting language in the classroom.', 'One 90-minute session each autumn term', 'Speech and language therapist'),
   ]),
   ('3. By July 2027, Maisie will read and spell 40 of the 50 Year 1 and Year 2 common exception words correctly, checked by her class teacher each half term.', [
     ('Phonics catch-up intervention (Little Wandle Keep-up), with extra practice of the sounds she finds hard to say.', 'Daily for 15 minutes', 'In a group of no more than 3, led by a trained TA'),
     ('Precision teaching (short, timed daily practice) of common exception words.', '5 minutes, 1:1, twice daily', 'Mrs Hall, TA'),
   ]),
   ('4. By December 2026, Maisie will put her hand up to answer or share an idea in whole-class time at least twice a day on four days out of five, recorded on a weekly tally by her class teacher. (Builds on Maisie\'s wish to have lots of friends and not to "go quiet".)', [
     ('Adults will wait 10 seconds for Maisie to answer and will not finish her sentences; her class teacher will give her a question card in advance of whole-class questions.', 'Every lesson', 'Class teacher and TA'),
     ('"Talk partners" time with a chosen friend before answering.', 'Daily in English and maths lessons', 'Class teacher'),
     ('Dance and drama club, where Maisie can build confidence using her strength in dance.', 'Weekly on Thursdays after school, one hour, in a group of 12 with two adults', 'School drama lead'),
   ]),
   ('5. By July 2027, Maisie will tell an adult, using words or her "chest" symbol card, when her chest feels tight, on every occasion recorded in the school asthma log over the summer term (checked by the SENCo).', [
     ('A symbol card for "my chest feels tight" on her lanyard and on her desk, made by Mrs Hall and replaced when worn.', 'Every day', 'Mrs Hall, TA'),
     ('Practice with Mrs Hall of what to say and do when her chest is tight (see also Section G).', '10 minutes weekly for 6 weeks, 1:1, then review', 'Mrs Hall, TA'),
   ]),
  ],
 },
 'EF_after': [
  '!! Arrangements for the year ahead',
  'From January 2027, Mrs Hall will attend one of the SALT sessions each half term so that she can continue the programme exactly as the therapist wants it.',
 ],
 'G': [
  '!! Asthma',
  '* Asthma review with the practice nurse at Maisie\'s GP surgery every six months (30 minutes), to check her inhaler technique and update her asthma plan.',
  '* The school nursing team will write Maisie\'s individual healthcare plan for asthma by April 2026 and will review it each September, and will train school staff in asthma awareness and inhaler use for one hour each September.',
  '* Maisie\'s reliever inhaler and spacer will be kept in a labelled bag in her classroom and taken to PE and on trips; Nana will replace them before their expiry date.',
  '!! Health agreement',
  'Health agreement: Section G was reviewed and supported by Dr Anita Rowe, Designated Clinical Officer, North Coast Integrated Care Board, on 2 March 2026.',
 ],
 'H1': ['None. Short breaks were considered with Nana at the planning meeting and were not needed.'],
 'H2': [
  '* Kinship Support Team: Nana will be offered a place at the Seabrough Kinship Carers\' Group once a month (two hours, daytime, with a crèche), and a kinship support worker will visit once a term (one hour) to help with forms and advice.',
 ],
 'I': ['Bank Top Primary School, Seabrough (mainstream primary school).'],
 'J': ['No personal budget has been requested.'],
 'K': [
  ['Advice and information', 'Given by', 'Date'],
  ['Parent/carer advice', 'Maisie\'s nana (special guardian)', '1 December 2025'],
  ['Maisie\'s views (talking mat and drawing)', 'Maisie, with the speech and language therapist', '21 January 2026'],
  ['Educational advice', 'Mrs Lowther, SENCo, Bank Top Primary School', '5 December 2025'],
  ['Psychological advice', 'Dr Lewis Grant, Educational Psychologist', '13 January 2026'],
  ['Speech and language therapy advice', 'Amy, Speech and Language Therapist, Seabrough Children\'s Speech and Language Therapy Service', '21 January 2026'],
  ['Medical advice (including asthma)', 'Dr Omar Hassan, Community Paediatrician, North Coast Health and Care Foundation Trust', '9 December 2025'],
  ['Audiology report', 'Paediatric Audiology, Seabrough General Hospital', '13 January 2026'],
  ['School nursing advice', 'Joanne, School Nurse, 0-19 Public Health Nursing Service', '12 January 2026'],
  ['General practice information (asthma review)', 'Practice nurse, Harbour Medical Practice', '15 December 2025'],
  ['Social care advice', 'Tracey, Social Worker, Kinship Support Team, Seabrough Children\'s Services', '3 February 2026'],
 ],
})

# ---------------------------------------------------------------- z206 (failure)
PLANS.append({
 'id': 'z206', 'layout': 'shaded-heading-table', 'name': 'Ella', 'fam': 'her family',
 'front': [
  ('Child\'s first name', 'Ella'),
  ('Age', '12'),
  ('School year', 'Year 7'),
  ('School', 'Northshore Academy (mainstream secondary)'),
  ('Plan status', 'Final EHC plan (first plan)'),
  ('Plan issued', '18 September 2026'),
  ('Last reviewed', 'Not applicable (new plan)'),
  ('Casework officer', 'Nathan, Special Educational Needs and Disabilities (SEND) Casework Officer'),
 ],
 'intro': ['This plan was written after a planning meeting with Ella, her mum and her grandma on 2 July 2026. "SEND" means special educational needs and disabilities.'],
 'A': [
  '!! A1 About me (Ella wrote this herself on her laptop with large print)',
  'Hi, I\'m Ella. I\'m 12 and I\'ve just started at Northshore Academy. I live with my mum, my grandma and my little brother Jack. I love music. I play the keyboard and I\'m in a choir at church. I like audiobooks, especially mysteries, and I like baking with my grandma.',
  'I have albinism, so my eyes don\'t see as well as other people\'s and bright light hurts them. I can see things close up if they are big enough. I can\'t see the board from the back of the room. I don\'t like it when people move my things, because then I can\'t find them. I don\'t like it when teachers forget to give me my big print sheets and I have to ask in front of everyone.',
  'When I\'m older I want to be a music teacher or work in a recording studio. I want to go to college and have my own place one day.',
  '!! A2 What Mum and Grandma say',
  'Mum said: "Ella is bright, determined and very musical. She has never let her eyesight stop her. The move to a big secondary school worries us because of the busy corridors, the stairs and the number of different teachers. We want every teacher to know what she needs without her having to ask."',
  'Grandma added that Ella is more independent at home than people expect: she makes her own breakfast and can find her way around the house and garden without help.',
  '!! A3 Aspirations',
  '* Ella wants to be a music teacher or a sound engineer, to go to college and to live in her own home one day.',
  '* Her family hope she will be independent in getting around school and the town, and keep up her music.',
 ],
 'B': [
  '!! B1 Sensory: vision',
  'Ella has oculocutaneous albinism, which affects her vision. She has nystagmus (her eyes make small involuntary movements), reduced sharpness of vision in both eyes and sensitivity to bright light. With her glasses, her distance vision is about a quarter of typical vision. She reads print comfortably at 24-point size with good contrast, and she uses a tablet to zoom in on the board.',
  'Ella needs all written material enlarged, a seat near the front and away from the window glare, extra time to read, and to learn to find her way around the new school building safely.',
  'Strengths: Ella is a confident, articulate young person with excellent listening skills and memory. She touch-types at 30 words a minute.',
  '!! B2 Cognition and learning',
  'Ella\'s attainment is at the expected standard for her age in English and maths (end of Key Stage 2 tests, May 2026, taken with modified large print papers). She works more slowly than her peers because reading takes longer and tires her eyes.',
  '!! B3 Social, emotional and mental health',
  'Ella has good friendships and is well liked. She can become anxious in crowded places and is self-conscious about using her equipment in front of new classmates.',
 ],
 'C': [
  '!! C1 Health needs',
  'Ella has oculocutaneous albinism with nystagmus and reduced vision (see B1). She is under the Hospital Eye Service at Seabrough General Hospital and needs her glasses prescription and vision checked regularly. Her skin burns easily, so she needs to wear sun cream, a hat and tinted glasses outdoors.',
 ],
 'D': [
  '!! D1 Social care needs',
  'Ella has no social care needs related to her SEND. This was confirmed in the social care advice from the Children with Disabilities Team (June 2026). Short breaks and the local offer of holiday activities were discussed with Mum, who did not want a referral.',
 ],
 'E': [
  '!! Outcomes',
  'E1. By July 2027, Ella will find her way independently between all her timetabled classrooms, the dining hall and the music block, using the routes taught by the habilitation specialist, on five days out of five over two weeks, recorded by her teaching assistant.',
  'E2. By March 2027, Ella will set up her tablet and camera to view the board at the start of each lesson without adult help in at least 9 out of 10 lessons observed by the teaching assistant over two weeks.',
  'E3. By July 2027, whenever her enlarged resources have not been provided, Ella will ask the teacher for them herself, on every occasion over a four-week period, recorded in her planner and checked by her form tutor.',
  'E4. By July 2027, Ella will reach a grade in her end-of-Year-7 music and English assessments at least in line with her Key Stage 2 results, with her access arrangements in place, reported by her subject teachers.',
  'E5. By June 2027, Ella will put on her sun cream, hat and tinted glasses before going outside at break and lunch on 9 out of 10 sunny days checked by her teaching assistant. (Linked to her good health and to her wish to be independent.)',
  'E6. By July 2027, Ella will travel by bus from home to the town centre music shop with a friend without an adult, on at least three occasions, confirmed by Mum.',
 ],
 'F': [
  {'table': [
   ['Provision', 'Amount and frequency', 'Delivered by'],
   ['Advice visits: observe Ella in lessons, check her equipment, advise teachers and review her targets (E2, E3, E4)', 'Once every half term, 1.5 hours each visit', 'Qualified teacher of children and young people with vision impairment (QTVI), Seabrough Sensory Support Service'],
   ['Training for all teachers who teach Ella on vision impairment and modifying resources', 'One 1-hour session in September 2026, repeated each September', 'QTVI, Sensory Support Service'],
   ['Habilitation training (independent mobility and orientation around the school site and to the bus stop) (E1, E6)', '1:1, 45 minutes weekly for 8 weeks, then review; then 45 minutes each half term', 'Habilitation specialist, Sensory Support Service'],
   ['All written material (worksheets, tests, music scores) enlarged to 24-point bold on cream paper, given to Ella at the start of each lesson (E3, E4)', 'Every lesson', 'Subject teachers; resources prepared by the learning support team, co-ordinated by the SENCo (special educational needs co-ordinator)'],
   ['Tablet with a camera stand and zoom, and a handheld electronic magnifier (E2)', 'Available every lesson; checked and updated each term', 'Provided and maintained by Seabrough Sensory Support Service'],
   ['Teaching assistant support in practical lessons (science, food technology, art, PE (physical education)) and on the stairs between lessons (E1)', '10 hours a week, 1:1 in practical lessons', 'Teaching assistant trained in vision impairment by the QTVI'],
   ['Access arrangements in tests and exams: 25% extra time, modified large print papers, a room with controlled lighting', 'All internal tests and exams', 'Arranged by the SENCo'],
   ['Keyboard skills and music technology lesson with software that magnifies the screen (E4)', 'One hour weekly, in a group of 6', 'Head of music'],
   ['Check-in with a named key adult about how she is managing socially in her new school (B3)', '15 minutes weekly for the autumn term, then fortnightly', 'Head of Year 7'],
  ]},
 ],
 'G': [
  '!! G1 Eye care',
  '* Hospital Eye Service, Seabrough General Hospital: review by the consultant ophthalmologist and orthoptist (an eye specialist who checks how the eyes move and work together) every six months (one-hour appointment), with a glasses prescription check.',
  '* Low Vision Clinic (Hospital Eye Service): assessment for and supply of tinted glasses and low vision aids once a year (one-hour appointment).',
  '!! G2 Sun protection',
  '* Ella\'s individual healthcare plan for sun protection will be written by the SENCo with Mum by 31 October 2026 and reviewed each September. Mum supplies sun cream and a hat; Ella applies the cream before break and lunch, checked by her teaching assistant (E5).',
 ],
 'H1': ['None. Short breaks were considered (see Section D).'],
 'H2': ['None. Mum has the details of Seabrough Early Help and of the local sight loss charity\'s youth group.'],
 'I': ['Northshore Academy, Seabrough (mainstream secondary academy).'],
 'J': ['No personal budget has been requested.'],
 'K': [
  ['Advice and information', 'Given by', 'Date'],
  ['Ella\'s views (written by Ella) and her family\'s views', 'Ella, her mum and grandma', '2 July 2026'],
  ['Educational advice', 'Mr Henderson, SENCo, Northshore Academy', '10 July 2026'],
  ['Educational advice (Year 6 class teacher report)', 'Year 6 class teacher, Seaview Primary School', ''],
  ['Vision impairment advice', 'Mrs Kerr, teaching assistant (vision impairment), Seabrough Sensory Support Service', '24 June 2026'],
  ['Habilitation assessment', 'Paul, Habilitation Specialist, Seabrough Sensory Support Service', '30 June 2026'],
  ['Psychological advice', 'Dr Fiona Shaw, Educational Psychologist, Seabrough Educational Psychology Service', '19 June 2026'],
  ['Medical advice (ophthalmology clinic letter)', 'Mr Adeyemi, Consultant Ophthalmologist, Hospital Eye Service, Seabrough General Hospital', '14 June 2023'],
  ['Social care advice', 'Mark, Social Worker, Children with Disabilities Team', '16 June 2026'],
 ],
})

# ---------------------------------------------------------------- z207 (sound)
PLANS.append({
 'id': 'z207', 'layout': 'heading2-numbered', 'name': 'Tyler', 'fam': 'his mum',
 'front': [
  ('First name', 'Tyler'),
  ('Age', '15'),
  ('School year', 'Year 10'),
  ('School', 'Seabrough Academy (mainstream secondary)'),
  ('Plan status', 'Final EHC plan, amended following annual review'),
  ('Date this plan was issued', '9 November 2026'),
  ('Date of last annual review', '13 October 2026'),
  ('Casework officer', 'Gemma, Special Educational Needs and Disabilities (SEND) Casework Officer'),
 ],
 'intro': ['This plan was co-produced with Tyler, his mum, his school, his social worker and the Child and Adolescent Mental Health Services (CAMHS) practitioner at a multi-agency annual review on 13 October 2026. "SEND" means special educational needs and disabilities.'],
 'A': [
  '## A1 What Tyler told us',
  'Tyler met his key worker, Mr Reed, twice before his review and chose to answer questions on a sheet and then talk them through. These are his words:',
  '"I\'m Tyler. I live with my mam and my sister Kacey, who\'s 8. My mam has MS (multiple sclerosis), so I help out a lot: I do the tea most nights, get Kacey to school and help Mam with stuff when her legs are bad. I don\'t mind, it\'s just what we do, but some days I\'m that tired I can\'t be bothered with school."',
  '"I\'m into cars and engines. My Uncle Dean has a garage in Redcar and I help him on Saturdays. I\'m a regular at the boxing club on Tuesdays and Thursdays; it clears my head. I\'m good at fixing things and I\'m good with little kids."',
  '"What helps: when teachers don\'t make a big deal if I\'m a bit late, when I can go to the pastoral room if my head\'s full, and when I know someone is checking on Mam. What doesn\'t help: being shouted at, and getting loads of homework at once."',
  '"After Year 11 I want to go to college to do motor vehicle, then get an apprenticeship and be a mechanic. I want to pass my maths and English. One day I want my own garage."',
  '## A2 What Mum says',
  '"Tyler is a good lad with a big heart, and he\'s done far too much growing up for his age. Since I got worse last year he\'s been low and angry, and he lost his grandad in 2025, which hit him hard. I want him to have a life of his own and not feel he has to stay home for me. I\'d love him to get to college and get his apprenticeship."',
  '## A3 Aspirations',
  '* Tyler: a place at college on a motor vehicle course in September 2027, then an apprenticeship, becoming a mechanic and eventually running his own garage.',
  '* Tyler: passing maths and English.',
  '* Mum: that Tyler has "a life of his own", keeps his friends and boxing, and feels better in himself.',
 ],
 'B': [
  '## B1 Social, emotional and mental health (main area of need)',
  'Tyler has experienced low mood and anxiety since early 2025, following the death of his grandad and the worsening of his mum\'s health. The CAMHS practitioner (September 2026) describes moderate low mood: he feels tired and hopeless on some days, finds it hard to sleep, and worries about his mum while he is at school. When he is overwhelmed he can become angry with staff or walk out of lessons; this happened 14 times in the summer term 2026, down from 31 in the spring term.',
  'His attendance in 2025/26 was 84%. Most absences were on days when his mum was unwell.',
  'Strengths: Tyler is practical, caring and loyal. He is respected by younger pupils and is an excellent peer mentor in the Year 7 breakfast club. He responds well to adults who are calm and straightforward with him, and he has good self-awareness about what helps him.',
  '## B2 Cognition and learning',
  'The educational psychologist (September 2026) found Tyler\'s reasoning skills to be within the average range, with weaker working memory and processing speed. Tyler has difficulty with spelling and with getting his ideas down in writing; his handwriting is slow (14 words a minute, compared with around 20 for his age). He is predicted grade 3 in GCSE (General Certificate of Secondary Education) English language and grade 4 in maths. He has access to a school laptop in lessons and types faster than he writes.',
  '## B3 Preparing for adulthood',
  'Tyler knows what he wants to do and has practical experience at his uncle\'s garage. He needs support to research college courses, complete his application and prepare for an interview, and to build routines for looking after his own wellbeing.',
 ],
 'C': [
  '## C1 Health needs',
  'Tyler has no physical health needs and his general health is good, but he has moderate low mood and anxiety (see B1), for which he is receiving support from CAMHS. He has difficulty getting to sleep, which CAMHS are addressing within his therapy. He is not taking medication. He knows how to contact the school nurse and CAMHS if he feels worse; the safeguarding lead at school and his social worker share a safety plan with Mum.',
 ],
 'D': [
  '## D1 Social care needs and the child in need plan',
  'Tyler has been supported under a child in need (CIN) plan since February 2026, because of the impact on him of his caring role and his low mood. His social worker, Becky (Seabrough Children\'s Services, Child in Need Team), gave social care advice for this review (see Section K) and attended the review meeting.',
  'The CIN plan and this EHC plan have been written to work together. The CIN plan goals are: (1) Tyler\'s caring role is reduced to a safe level through an adult social care package for Mum; (2) Tyler has time for himself and his friends; (3) Tyler\'s school attendance improves to at least 92%. Outcomes E2 and E5 in this plan share goals (2) and (3).',
  'A young carer\'s assessment (Seabrough Young Carers Service, August 2026) found that Tyler provides around 20 hours of care a week. Since Mum\'s Care Act assessment in June 2026, a carer visits her each weekday morning, which means Tyler no longer has to help her get up before school.',
 ],
 'E': [
  '## E1 Education and employment',
  'By February 2027, Tyler will have an offer of a place on a Level 1 or Level 2 motor vehicle course at a local college for September 2027, confirmed in writing by the college. (Builds on Tyler\'s aim to become a mechanic.)',
  'By August 2027, Tyler will achieve at least a grade 4 in GCSE maths and at least a grade 4 in GCSE English language in his summer 2027 exams.',
  '## E2 Attendance and independence',
  'By July 2027, Tyler\'s attendance will be at least 92% across the summer term, measured by the school register and shared with the CIN plan review.',
  '## E3 Emotional wellbeing and good health',
  'By April 2027, Tyler will use one of the strategies from his CAMHS work (for example going to the pastoral room with his exit card, or breathing exercises) instead of walking out of a lesson, so that walk-outs fall to no more than two a half term, recorded on the school\'s behaviour system.',
  'By April 2027, Tyler\'s score on the mood questionnaire used by CAMHS will have moved from the "moderate" to the "mild" range, reviewed with him by his CAMHS practitioner.',
  'By December 2026, Tyler will accept praise from staff calmly (saying "thanks" or nodding rather than walking away or putting himself down) on at least three occasions a week, recorded by his key worker.',
  '## E4 Friends and community',
  'By July 2027, Tyler will attend the Young Carers youth group on at least three Fridays in every four and take part in at least two Young Carers\' activity trips, recorded by the Young Carers Service, while keeping up boxing club twice a week. (Builds on Mum\'s hope that he keeps his friends and boxing and has a life of his own.)',
  '## E5 Independent living',
  'By July 2027, Tyler will plan and cook five different healthy meals from recipes, for himself and his sister, as part of his Level 1 food and cookery course, signed off by his food teacher.',
 ],
 'F': [
  '## F1 Emotional support (outcomes E2, E3)',
  '* A named key worker (Mr Reed, pastoral support worker, trained in Youth Mental Health First Aid) will meet Tyler every morning at 8.40am for a 10-minute check-in, and for a 30-minute 1:1 session every Wednesday.',
  '* An exit card allowing Tyler to go to the pastoral room for 10 minutes in any lesson when he feels overwhelmed, agreed with all his teachers by the SENCo (special educational needs co-ordinator). He returns when the 10 minutes are up or when the pastoral worker agrees he is ready.',
  '* A homework timetable agreed with Tyler, with no more than two pieces of homework set per evening, co-ordinated by his Head of Year.',
  '* A single late-arrival arrangement: Tyler signs in at the pastoral office without a sanction on days when his caring role makes him late, reviewed half-termly by the Head of Year and the social worker.',
  '## F2 Learning (outcome E1)',
  '* English: small-group GCSE English intervention, 45 minutes twice a week, in a group of no more than 5, taught by an English teacher.',
  '* Maths: 1:1 tutoring with a qualified maths teacher for one hour each week until the GCSE exams.',
  '* A school laptop for all written work in lessons and exams, set up with speech-to-text and spell-check software and maintained by the school\'s information technology (IT) technician.',
  '* Exam access arrangements: 25% extra time and use of a word processor, arranged by the SENCo for all mocks and GCSE exams.',
  '## F3 Preparing for adulthood (outcome E1, E5)',
  '* Careers guidance: three 45-minute 1:1 meetings with the Personal Adviser from Seabrough Careers and Progression Service between November 2026 and February 2027, to research courses, complete his college application and practise for interview.',
  '* Work experience at a local garage for one week in June 2027, arranged by the school careers lead.',
  '* Level 1 food and cookery course: one hour weekly as one of his options, in a class of 12, taught by the food teacher.',
  '* May 2027: the SENCo will send Tyler\'s transition information (with his agreement) to his chosen college and arrange two visits to the college with his key worker, each of two hours.',
 ],
 'G': [
  '## G1 Mental health',
  '* Cognitive behavioural therapy (a talking therapy that helps with linking thoughts, feelings and behaviour), including work on sleep: 12 weekly sessions of 50 minutes, 1:1, with a CAMHS mental health practitioner at school on Thursdays, from October 2026, then reviewed.',
  '* A CAMHS review at the end of the 12 sessions (one hour with Tyler and Mum) to agree next steps.',
  '* The school nurse will run a drop-in in school every Monday lunchtime, which Tyler can use; the school nurse will meet Tyler once each half term (20 minutes) to check on his sleep and wellbeing.',
  '## G2 Health agreement',
  'Health agreement: the health provision in Section G was confirmed by Dr Anita Rowe, Designated Clinical Officer, North Coast Integrated Care Board, on 29 October 2026.',
 ],
 'H1': ['None. Tyler does not have a disability that would make him eligible for disabled children\'s short breaks; his needs as a young carer are met under H2.'],
 'H2': [
  '* Child in need plan: Tyler\'s social worker will visit him at home every four weeks and review the CIN plan every six weeks at a meeting attended by the SENCo, so that both plans are reviewed together.',
  '* Young carers\' support: Tyler will attend the Seabrough Young Carers Service youth group every Friday from 5pm to 7pm, with transport, and will be offered two activity trips a year.',
  '* Mum\'s own care and support (adult social care package: a carer each weekday morning) reduces Tyler\'s caring role; this is provided to Mum under the Care Act 2014 and is recorded here because of its effect on Tyler.',
 ],
 'I': ['Seabrough Academy (mainstream secondary academy).'],
 'J': ['No personal budget has been requested.'],
 'K': [
  ['Advice and information', 'Given by', 'Date'],
  ['Tyler\'s views', 'Tyler, with Mr Reed, key worker', '6 October 2026'],
  ['Parent\'s views', 'Tyler\'s mum', '8 October 2026'],
  ['Educational advice (annual review report)', 'Mr Cole, SENCo, Seabrough Academy', '30 September 2026'],
  ['Psychological advice', 'Dr Lewis Grant, Educational Psychologist, Seabrough Educational Psychology Service', '22 September 2026'],
  ['Medical (health) advice: mental health', 'Sophie, Mental Health Practitioner, CAMHS, North Coast Health and Care Foundation Trust', '24 September 2026'],
  ['Health advice (school nursing)', 'Joanne, School Nurse, 0-19 Public Health Nursing Service', '1 October 2026'],
  ['Social care advice', 'Becky, Social Worker, Child in Need Team, Seabrough Children\'s Services', '5 October 2026'],
  ['Young carer\'s assessment', 'Jess, Young Carers Support Worker, Seabrough Young Carers Service', '19 August 2026'],
  ['Preparing for adulthood advice', 'Lisa, Personal Adviser, Seabrough Careers and Progression Service', '2 October 2026'],
 ],
})

# ---------------------------------------------------------------- z208 (failure)
PLANS.append({
 'id': 'z208', 'layout': 'ef-table', 'name': 'Lily', 'fam': 'her family',
 'front': [
  ('First name', 'Lily'),
  ('Age', '10'),
  ('National Curriculum year', 'Year 5'),
  ('School', 'Westcliffe Primary School, Seabrough (mainstream, with an enhanced resource base)'),
  ('Plan status', 'Final EHC plan, amended following annual review'),
  ('Date of EHC plan', '12 May 2026'),
  ('Last reviewed', '21 April 2026'),
  ('Casework officer', 'Hayley, Special Educational Needs and Disabilities (SEND) Casework Officer'),
 ],
 'intro': ['"SEND" means special educational needs and disabilities.'],
 'A': [
  '!! All about me',
  'Lily told her teaching assistant about herself using her communication book (photographs and symbols) and Makaton signs (signs used with speech), and her mum helped to explain. This is what Lily wanted people to know:',
  '* "I like swimming, dancing, Peppa Pig and my sister Grace."',
  '* "I like my friends Ava and Summer. I like playing shops."',
  '* "I don\'t like loud bells. I don\'t like hurry up."',
  '* When asked what she wants to do when she is big, Lily chose the pictures for "swimming" and "teacher", and signed "swim" twice.',
  '!! What Mum and Dad say',
  'Mum and Dad said: "Lily is a happy, loving and very determined girl. She has Down syndrome but that\'s not all she is: she\'s funny, she\'s cheeky and she loves people. She adores swimming and she goes to a disability swimming club on Sundays. We want her to be as independent as she can be, to be able to read, and to have friends her own age."',
  'They are worried about secondary school in two years\' time, and about Lily still having accidents in the day. They would love Lily to be able to swim a length of the pool, because "it\'s the one thing she does better than her big sister".',
  '!! Aspirations',
  '* Lily would like to swim in a gala and "be a teacher".',
  '* Her parents hope she will read simple books, be dry in the day, have friends and go to a local secondary school with support.',
 ],
 'B': [
  '!! Communication and interaction',
  'Lily understands more than she can say. She uses two- and three-word phrases, supported by around 120 Makaton signs, and her speech is often unclear to people who do not know her. She understands simple instructions in familiar contexts but needs visual support for anything new.',
  'Strengths: Lily is sociable and keen to communicate, and she signs confidently.',
  '!! Cognition and learning',
  'Lily has Down syndrome with moderate learning difficulties. She is working at around the level of a typical five-year-old in reading, writing and maths. She knows 25 phonics sounds and reads 30 words by sight. She can count objects to 10 and recognise numbers to 20. She learns best visually, in short, repeated steps, and she loses concentration after about five minutes on adult-led tasks.',
  'Strengths: Lily has a good visual memory and loves books.',
  '!! Social, emotional and mental health',
  'Lily has good friendships and is popular. She can become stubborn and sit down when she is asked to stop an activity she is enjoying, and needs a "now and next" board and a warning before changes.',
  '!! Physical and sensory',
  'Lily has low muscle tone and her balance is below that of other children of her age. Her hand strength is weak, which affects her handwriting and her ability to do up buttons and zips.',
 ],
 'C': [
  '!! Health needs',
  'Lily\'s hearing was checked by audiology in March 2026 and is within normal limits.',
  'Hypothyroidism: Lily has an underactive thyroid gland, which is common in children with Down syndrome. She takes a tablet every morning at home and has a blood test once a year. The community paediatrician reviews her every six months.',
  'Continence: Lily is not yet dry during the day. She wears pull-ups and has two or three wetting accidents a day at school, and she does not yet tell an adult when she needs the toilet. Her parents are keen for this to improve before secondary school. The community paediatrician has referred her to the Children\'s Bladder and Bowel Service.',
  'Speech and language: Lily\'s speech and language needs are described in Section B.',
 ],
 'D': [
  '!! Social care needs',
  'Lily has no social care needs related to her SEND at present. This was the conclusion of the Children with Disabilities Team\'s advice in March 2026. The family were told about short breaks and the Seabrough Local Offer and chose not to ask for an assessment at this time.',
 ],
 'EF_intro': ['Progress towards each outcome will be recorded by Lily\'s class teacher and reviewed by the special educational needs co-ordinator (SENCo) each term.'],
 'EF': {
  'header': ['Outcome', 'Provision', 'Frequency', 'Who'],
  'rows': [
   ('By April 2027, Lily will read 60 words by sight and read a simple book at Book Band Pink with 90% accuracy, checked each term by her class teacher.', [
     ('See and Learn reading programme (a visual reading programme for children with Down syndrome), 1:1, 15 minutes.', 'Daily (five days a week)', 'Teaching assistant (TA) trained in See and Learn'),
     ('Shared reading of a book of Lily\'s choice, 1:1, 10 minutes.', 'Three times a week', 'Class TA'),
   ]),
   ('By April 2027, Lily will count out up to 20 objects accurately and add two single-digit numbers using Numicon in 8 out of 10 attempts, checked each half term by her class teacher.', [
     ('Small group number intervention using Numicon (a structured maths resource with shapes for each number), led by a TA.', 'During maths lessons', 'TA'),
   ]),
   ('By April 2027, Lily will use three- and four-word sentences with signs to ask for what she needs and to tell an adult about her weekend, on at least five occasions a day, recorded on a weekly tally by her TA.', [
     ('All adults working with Lily will use Makaton signs and her communication book throughout the day.', 'Throughout the school day', 'All staff (Makaton Level 2 trained TA; class teacher Level 1)'),
     ('Language group using colourful semantics (a colour-coded way of teaching children to build sentences), in a group of 4.', 'Three times a week, 20 minutes', 'Trained TA'),
   ]),
   ('By December 2026, Lily will move from a preferred activity to the next activity when shown her "now and next" board, without sitting down, on 4 days out of 5 over two weeks, recorded by her class teacher.', [
     ('A "now and next" board and a two-minute sand timer before every change of activity.', 'Every change of activity', 'Class teacher and TA'),
   ]),
   ('By April 2027, Lily will do up the zip on her coat and the buttons on her school cardigan without help, at home time on 4 days out of 5, checked by her TA.', [
     ('Fine motor programme (hand-strengthening, buttons and zips) from the occupational therapist, 1:1, 15 minutes.', 'Four times a week', 'TA'),
     ('Occupational therapist (OT) visit to review the programme and train the TA, one hour.', 'Once each term', 'Children\'s occupational therapist, Seabrough Children\'s Therapy Services'),
   ]),
   ('By July 2027, Lily will swim a width of the school\'s local pool (10 metres) without a float, confirmed by the swimming teacher.', [
     ('Lily will carry on going to her swimming club with her family.', 'Sundays', 'Family'),
   ]),
  ],
 },
 'G': [
  '!! Hypothyroidism',
  '* Review by the community paediatrician every six months (30 minutes), with a thyroid blood test once a year.',
  '!! Speech and language therapy',
  '* A speech and language therapist from Seabrough Children\'s Speech and Language Therapy Service will see Lily 1:1 at school for 30 minutes every fortnight, to work on sentence length and speech clarity, and will set a programme for her TA to follow.',
  '!! Health agreement',
  'Health agreement: Section G was reviewed and agreed by Dr Anita Rowe, Designated Clinical Officer, North Coast Integrated Care Board, on 6 May 2026.',
 ],
 'H1': ['None. Short breaks were discussed with the family (see Section D).'],
 'H2': ['None.'],
 'I': ['Westcliffe Primary School, Seabrough (mainstream primary school with an enhanced resource base for children with learning difficulties).'],
 'J': ['No personal budget has been requested.'],
 'K': [
  ['Advice and information', 'Given by', 'Date'],
  ['Lily\'s and her parents\' views (annual review)', 'Lily, with her TA; her mum and dad', '21 April 2026'],
  ['Educational advice (annual review report)', 'Miss Grant, SENCo, Westcliffe Primary School', '10 April 2026'],
  ['Psychological advice', 'Dr Fiona Shaw, Educational Psychologist, Seabrough Educational Psychology Service', '17 March 2026'],
  ['Medical advice', 'Dr Priya Nair, Community Paediatrician, North Coast Health and Care Foundation Trust', '24 March 2026'],
  ['Speech and language therapy advice', 'Emma, Speech and Language Therapist, Seabrough Children\'s Speech and Language Therapy Service', '31 March 2026'],
  ['Occupational therapy advice', 'Nadia, Occupational Therapist, Seabrough Children\'s Therapy Services', '2 April 2026'],
  ['Audiology report', 'Paediatric Audiology, Seabrough General Hospital', '11 March 2026'],
  ['Social care advice', 'Mark, Social Worker, Children with Disabilities Team', '9 March 2026'],
 ],
})

# ---------------------------------------------------------------- z209 (sound)
PLANS.append({
 'id': 'z209', 'layout': 'shaded-heading-table', 'name': 'Alfie', 'fam': 'his grandparents',
 'front': [
  ('Child\'s first name', 'Alfie'),
  ('Age', '5 (born June 2020)'),
  ('School year', 'Reception'),
  ('School', 'Harbour View Primary School, Seabrough'),
  ('Plan status', 'Final EHC plan (first plan)'),
  ('Plan issued', '26 January 2026'),
  ('Last reviewed', 'Not yet reviewed; first review by January 2027'),
  ('Casework officer', 'Nathan, Special Educational Needs and Disabilities (SEND) Casework Officer'),
 ],
 'intro': ['Alfie lives with his grandma and grandad. "SEND" means special educational needs and disabilities.'],
 'A': [
  '!! A1 Alfie\'s views: what we learned from playing with Alfie, his symbol choices and watching him',
  'Alfie is five and does not yet have enough words to tell us his views in a conversation, so his teaching assistant, Mrs Carr, who has worked with him every day since September, spent three short sessions with him in November 2025. She used a "like / don\'t like" symbol board, his favourite toys and photographs of school, and she watched what he chose in free play. His grandma was there for one session.',
  '* Alfie pointed to the symbols for "cars", "outside", "bikes" and "Grandad" as things he likes. He lined up his cars and said "Grandad car" and "go fast".',
  '* He chose the photograph of the outdoor area and the sandpit when asked where he likes to be at school, and pushed away the photograph of the hall, where assembly and physical education lessons happen, saying "no, loud".',
  '* When Mrs Carr asked who helps him, Alfie pointed to her photograph and said "Mrs Carr, she nice".',
  '* Alfie was calm and smiling when the activity was on the carpet with one adult; he walked away when two other children joined in.',
  '!! A2 What Grandma and Grandad say',
  'Alfie has lived with Grandma and Grandad since he was 18 months old, under a child arrangements order. Grandma said: "He is our whole world. He\'s a loving, funny little boy who\'ll cuddle you to bits. He loves anything with wheels and spends hours with Grandad in the shed. When he can\'t make himself understood, or when it\'s noisy, he just explodes: he kicks and throws things and then he\'s sorry after."',
  'Grandad added: "We\'re not as young as we were and some days it\'s hard to keep up with him. We want to do the best for him."',
  '!! A3 Hopes for the future',
  '* Grandma and Grandad hope Alfie will be able to talk in sentences, tell them about his day and make friends at school.',
  '* They want him to stay at Harbour View with his cousin and to "be happy and not get so frustrated".',
  '* They would like him to ride his bike without stabilisers, like his cousin.',
 ],
 'B': [
  '!! B1 Communication and interaction',
  'Strengths: Alfie enjoys being with adults, is beginning to take turns in play with one other child, and uses gesture and pointing well.',
  'Needs: Alfie has speech and language delay. The speech and language therapist (December 2025) found that his understanding of spoken language is at about a three-year-old level, and that he uses mainly two-word phrases ("Grandad car", "more juice"). He often does not understand instructions given to the whole class and finds "what" and "where" questions hard. He needs adults to simplify their language, use pictures and check he has understood.',
  '!! B2 Social, emotional and mental health',
  'Strengths: Alfie is affectionate, has a good sense of humour and is calm in quiet, structured activities with a familiar adult.',
  'Needs: When Alfie cannot make himself understood, or when the room is noisy or busy, he becomes distressed and can kick, throw equipment or run out of the classroom. In the autumn term 2025 this happened on average four times a week, usually at busy times such as lining up, lunchtime and physical education lessons in the hall. He needs help to recognise when he is becoming upset and to use a calm-down strategy.',
  '!! B3 Cognition and learning',
  'Alfie is working below the level expected for his age in the Early Years Foundation Stage (EYFS), particularly in communication and language and in literacy. He is doing better in mathematics (he can count to 10 and recognises numbers to 5) and in physical development. The educational psychologist (November 2025) did not find a general learning difficulty; his difficulties in learning are mostly linked to his language.',
 ],
 'C': [
  '!! C1 Health needs',
  'Alfie has no health needs related to his special educational needs. This is based on the medical advice from the community paediatrician (Dr Omar Hassan, 17 November 2025), who examined Alfie and found him to be well, growing normally and with no medical cause for his speech delay, and on his hearing test with paediatric audiology (4 November 2025), which was normal in both ears. He is up to date with his immunisations and is registered with a GP (general practitioner).',
 ],
 'D': [
  '!! D1 Social care needs',
  'The social care advice from Children\'s Social Care (social worker, 3 December 2025) and from Seabrough Early Help (family practitioner, 10 December 2025) found that Alfie\'s grandparents are loving and committed carers, and that Alfie is not in need of statutory social care support. It did identify that Grandma and Grandad, who are in their late sixties, find Alfie\'s distressed behaviour at home hard to manage, and that they would like practical advice on managing behaviour and help to get some time to rest. Grandma and Grandad agreed to Early Help support (see Section H2).',
  'A short breaks assessment was considered with the family. Because Alfie does not have a diagnosed disability at present, the Early Help practitioner instead helped the family to find a local holiday play scheme on the Seabrough Local Offer (the council\'s guide to services for children with SEND).',
 ],
 'E': [
  'These outcomes will be checked at Alfie\'s first annual review (January 2027). Mrs Carr keeps a record of his progress in his learning journal and on simple tally sheets.',
  '!! E1 Talking and understanding (builds on his grandparents\' hope that he will talk in sentences and tell them about his day)',
  'By January 2027, Alfie will use three- and four-word sentences (for example "I want the red car") at least ten times a day in class, counted by Mrs Carr on one day each week for four weeks.',
  'By January 2027, Alfie will answer simple "what" and "where" questions about a picture book correctly in 8 out of 10 attempts, checked each half term by the speech and language therapist.',
  'By December 2026, Alfie will use his picture-and-photo sheet to tell Grandma two things he did at school, on at least three days a week, recorded by Grandma in his home-school book.',
  '!! E2 Feelings and behaviour (builds on the hope that he will be happy and less frustrated)',
  'By January 2027, Alfie will point to his "feelings" symbol to show an adult he is cross, and go with the adult to the calm area, so that the number of times he kicks or throws things falls from four a week to no more than one a week, measured over four weeks on the school behaviour record.',
  '!! E3 Friendships',
  'By January 2027, Alfie will play a turn-taking game (for example a car race) with two other children for five minutes with an adult nearby, on three days a week over two weeks, recorded by Mrs Carr.',
  '!! E4 Physical: riding a bike',
  'By July 2026, Alfie will ride a balance bike around the outdoor track on his own, lifting his feet for a count of five, on three days in a row, recorded by Mrs Carr. (This is a step towards riding without stabilisers, as his grandparents hope.)',
 ],
 'F': [
  {'table': [
   ['Provision', 'How much and how often', 'Who', 'Outcome'],
   ['Adult support in class and at lunchtime to help Alfie understand instructions, manage busy times and join in play', '20 hours a week (every morning and lunchtimes), 1:1, or with Alfie and no more than 3 other children', 'Teaching assistant (Mrs Carr, trained in Makaton Level 1 and "Talk Boost")', 'E1, E2, E3'],
   ['Speech and language therapy: assessment, setting of a language programme and modelling to Mrs Carr', 'Once a month on a Thursday, 45 minutes, with Alfie on his own and then with Mrs Carr', 'Speech and language therapist (SALT), Seabrough Children\'s Speech and Language Therapy Service', 'E1'],
   ['Language programme from the SALT (sentence building, "what" and "where" questions)', 'x3 weekly, 15 minutes each, 1:1', 'Mrs Carr, TA (teaching assistant)', 'E1'],
   ['"Talk Boost" early language group (a 10-week programme for children whose language is delayed)', '3 sessions a week, 20 minutes, for 10 weeks, then review; in a group of no more than 4', 'Mrs Carr, TA', 'E1, E3'],
   ['Visual timetable and "now and next" cards; instructions given with pictures and signs, one step at a time', 'All day, every day', 'Class teacher and TA', 'E1, E2'],
   ['A calm area in the classroom with a "feelings" symbol strip, and an agreed plan for what adults do when Alfie becomes upset', 'Available all day; the plan is reviewed every half term by the class teacher and special educational needs co-ordinator (SENCo)', 'Class teacher; SENCo', 'E2'],
   ['Zones of Regulation (a programme that teaches children to recognise and manage their feelings), simplified with symbols', '10 minutes daily, 1:1', 'Mrs Carr, TA', 'E2'],
   ['Lining up and lunchtime: Alfie goes to lunch five minutes before the rest of the class with Mrs Carr and sits at the end of a table; he uses ear defenders in the hall', 'Every day', 'Mrs Carr; ear defenders provided by the school', 'E2'],
   ['Picture-and-photo sheet prepared at the end of each day for Alfie to share at home, and a home-school book', 'Daily', 'Mrs Carr, TA', 'E1'],
   ['Turn-taking games with two other children', '10 minutes, every afternoon', 'Mrs Carr, TA', 'E3'],
   ['Balance bike practice on the outdoor track', '15 minutes, 3 times per week', 'Mrs Carr, TA; balance bike provided by the school', 'E4'],
   ['Educational psychologist consultation with the class teacher, SENCo and grandparents to review Alfie\'s progress and the behaviour plan', 'Once a term, one hour', 'Educational psychologist, Seabrough Educational Psychology Service', 'E1, E2'],
  ]},
 ],
 'G': ['No health provision is needed (see Section C).'],
 'H1': ['None at present (see Section D).'],
 'H2': [
  '* Seabrough Early Help: a family practitioner will visit Grandma and Grandad at home every fortnight for one hour for 12 weeks from February 2026, then review, to work with them on a home routine and behaviour plan that matches the one used in school.',
  '* Parenting programme: a place for Grandma and Grandad on the "Parenting Puzzle" course, 10 weekly sessions of two hours, run by Seabrough Early Help at the family hub, starting in April 2026.',
 ],
 'I': ['Harbour View Primary School, Seabrough (mainstream primary school).'],
 'J': ['No personal budget has been requested.'],
 'K': [
  ['Advice and information', 'Given by', 'Date'],
  ['Alfie\'s views (play, symbols and observation)', 'Mrs Carr, teaching assistant, with Alfie', '24 November 2025'],
  ['Carers\' views', 'Alfie\'s grandma and grandad', '24 November 2025'],
  ['Educational advice', 'Mrs Shaw, SENCo, Harbour View Primary School', '14 November 2025'],
  ['Psychological advice', 'Dr Lewis Grant, Educational Psychologist, Seabrough Educational Psychology Service', '28 November 2025'],
  ['Medical advice', 'Dr Omar Hassan, Community Paediatrician, North Coast Health and Care Foundation Trust', '17 November 2025'],
  ['Audiology report', 'Paediatric Audiology, Seabrough General Hospital', '4 November 2025'],
  ['Speech and language therapy advice', 'Amy, Speech and Language Therapist, Seabrough Children\'s Speech and Language Therapy Service', '8 December 2025'],
  ['Social care advice (screening and advice)', 'Craig, Social Worker, Children\'s Social Care Assessment Team, Seabrough Children\'s Services', '3 December 2025'],
  ['Social care advice (early help assessment)', 'Dawn, Family Practitioner, Seabrough Early Help', '10 December 2025'],
 ],
})

# ---------------------------------------------------------------- z210 (failure)
PLANS.append({
 'id': 'z210', 'layout': 'heading2-numbered', 'name': 'Ryan', 'fam': 'his mum',
 'front': [
  ('First name', 'Ryan'),
  ('Age', '15'),
  ('School year', 'Year 10'),
  ('School', 'Seabrough Academy (mainstream secondary)'),
  ('Plan status', 'Final EHC plan, amended following annual review'),
  ('Date this plan was issued', '11 November 2025'),
  ('Date of last annual review', '14 October 2025'),
  ('Casework officer', 'Gemma, Special Educational Needs and Disabilities (SEND) Casework Officer'),
 ],
 'intro': [],
 'A': [
  '## A1 Presentation and history',
  'Ryan is a 15-year-old male who presents with moderate learning difficulties and a generalised anxiety disorder of clinically significant severity, with comorbid low mood. On observation his affect was flat and his eye contact was poor, with evidence of psychomotor agitation and somatic symptoms (headaches, abdominal pain) in anticipation of school attendance. Cognitive assessment indicates global delay with particular deficits in verbal comprehension and working memory. Presentation is consistent with a diagnosis of anxiety secondary to cognitive difficulties and environmental stressors.',
  '## A2 Ryan\'s views',
  'Ryan talked to his ELSA about what he wanted in his plan. He said: "I like gaming, fishing with my uncle and fixing bikes. I don\'t like big crowds or when teachers pick on me to read. I want to do something practical when I leave, like bikes or building. I\'m good with my hands."',
  'Ryan said he feel better when he can work in the small room and when he knows what is happening each day.',
  '## A3 Views of Ryan\'s mum',
  'Ryan and his mum was both at the review. Mum said Ryan is kind, funny and very good with his little brothers, but that he worries about school every Sunday night and sometimes refuses to go. She wants him to get a trade and to be able to get the bus on his own.',
  '## A4 Aspirations',
  '* Ryan wants to work with bikes or in construction and to go to college after Year 11.',
  '* Mum hopes Ryan will get a trade, travel on his own and feel less worried.',
 ],
 'B': [
  '## B1 Cognition and learning',
  'Strengths: Ryan is practical and learns well through doing. He is good at design and technology and has a good memory for how things fit together.',
  'Needs: Ryan has MLD. His reading age is 9 years 2 months and he is working towards GCSE foundation tier in maths and English, with predicted grades of 2 to 3. He need extra time to process information and instructions, and has difficulty with reading and understanding longer texts.',
  '## B2 Social, emotional and mental health',
  'Ryan has anxiety, which is worse on a Monday and before tests. His attendance last year was 86%. When he is anxious he complains of headaches and stomach aches, and he asks to go home. Their are times when he will not enter the classroom. He is supported by CAMHS.',
  'Strengths: Ryan is caring and well liked by staff in the DT department. He has two good friends.',
  'Ryan\'s anxiety started in Year 7 after he was bullied on the school bus. Since the last review he has been attending the small room for part of English and maths and this have helped him to stay in school for more lessons. Staff report that he is most settled when he has a job to do with his hands, and he has helped the site team repair the school benches.',
  '## B3 Preparing for adulthood',
  'Ryan has a clear interest in practical work. He needs support to plan his PfA pathway, choose a course, and learn to travel independently.',
 ],
 'C': [
  '## C1 Health needs',
  'Ryan has anxiety and low mood. He has been seen by CAMHS since March 2025 and is on the waiting list for CBT. He has no physical health needs.',
 ],
 'D': [
  '## D1 Social care needs',
  'Ryan has no social care needs related to his SEND. This was confirmed in social care advice from the CWD team in September 2025.',
 ],
 'E': [
  '## E1 Employment and education',
  'By March 2027, Ryan will have a offer of a place on a construction or bike maintenance course at college for September 2027, confirmed in writing.',
  'By July 2026, Ryan will complete a one-week work experience placement at a bike repair workshop and receive a satisfactory report from the employer on punctuality and following instructions.',
  '## E2 Independent living',
  'By June 2026, Ryan will travel by bus from home to the town centre and back on his own on four occasions, confirmed by Mum.',
  '## E3 Good health and wellbeing',
  'By July 2026, Ryan will use a calming strategy from his CBT sessions to enter the classroom when he is anxious, so that the number of lessons he misses because of anxiety falls from around six a week to no more than one a week, recorded on the school register.',
  '## E4 Literacy',
  'By July 2026, Ryan\'s reading age will rise to at least 10 years 0 months on the the school\'s reading test, done each term by the SENCo.',
 ],
 'F': [
  '## F1 Emotional support',
  '* ELSA sessions, 1:1, 30 minutes weekly, with the school ELSA.',
  '* Daily check-in at 8.35am with his key worker (LSA), 10 minutes.',
  '* Use of the small room for independent work in English and maths lessons when he is anxious, supervised by a TA.',
  '## F2 Learning',
  '* Reading intervention (Lexia), 1:1, 20 minutes, four times a week, delivered by a trained TA.',
  '* Small group English and maths support, in a group of 5, three times a week for 45 minutes, led by a HLTA.',
  '* Exam access arrangements: 25% extra time and a reader, arranged by the SENCo.',
  '* EP consultation with the SENCo and Ryan\'s teachers, one hour each term.',
  '## F3 PfA',
  '* Careers guidance: three 1:1 meetings of 45 minutes with the PA from the careers service during the autumn term.',
  '* Work experience at a bike repair workshop for one week in June 2026, arranged by the careers lead.',
  '* Travel training: 1:1, twice weekly for 6 weeks from April 2026, delivered by the independent travel training team.',
 ],
 'G': [
  '## G1 Mental health',
  '* CBT with a CAMHS practitioner: 8 weekly sessions of 50 minutes, 1:1, at school, starting January 2026, then a review appointment.',
  '* CAMHS review with Ryan and Mum once a term (45 minutes) until the CBT finishes.',
  '## G2 Health agreement',
  'Health agreement: the health provision in Section G was reviewed and agreed by Dr Anita Rowe, DCO, North Coast ICB, on 30 October 2025.',
 ],
 'H1': ['None. Short breaks were considered at the review; Ryan and Mum did not want them.'],
 'H2': ['None. Mum has the details of Seabrough Early Help should she need support in the future.'],
 'I': ['Seabrough Academy (mainstream secondary academy).'],
 'J': ['No personal budget has been requested.'],
 'K': [
  ['Advice and information', 'Given by', 'Date'],
  ['Ryan\'s views and his mum\'s views', 'Ryan, with his ELSA; Ryan\'s mum', '14 October 2025'],
  ['Educational advice (annual review report)', 'Mr Cole, SENCo, Seabrough Academy', '1 October 2025'],
  ['Psychological advice', 'Dr Fiona Shaw, EP, Seabrough Educational Psychology Service', '15 September 2025'],
  ['Medical advice (mental health)', 'Jordan, CAMHS practitioner, North Coast Health and Care Foundation Trust', '22 September 2025'],
  ['Social care advice', 'Mark, Social Worker, CWD team', '12 September 2025'],
  ['PfA advice', 'Lisa, PA, Seabrough Careers and Progression Service', '3 October 2025'],
 ],
})

# ---------------------------------------------------------------- z211 (failure)
PLANS.append({
 'id': 'z211', 'layout': 'ef-table', 'name': 'Ruby', 'fam': 'her grandmother',
 'front': [
  ('First name', 'Ruby'),
  ('Age', '8'),
  ('National Curriculum year', 'Year 3'),
  ('School', 'Grangetown Junior School, Seabrough'),
  ('Plan status', 'Final EHC plan (first plan)'),
  ('Date of EHC plan', '22 June 2026'),
  ('Last reviewed', 'Not applicable (first plan)'),
  ('Casework officer', 'Hayley, Special Educational Needs and Disabilities (SEND) Casework Officer'),
 ],
 'intro': ['"SEND" means special educational needs and disabilities.'],
 'A': [
  '!! Views of Ruby\'s grandmother',
  'Ruby has lived with her grandmother since October 2024, under a child arrangements order. Grandma reports that Ruby has a lot of difficulties at home. She has tantrums most evenings, will not go to bed until late and refuses to do her reading. She does not play with other children on the street. Grandma says Ruby cannot concentrate on anything and does not listen.',
  'Before she came to live with Grandma, Ruby moved house several times and missed a great deal of nursery and Reception. Grandma says Ruby was not toilet trained, was not used to a bedtime and had very few words when she arrived. Ruby\'s behaviour at home is worst after contact visits and at weekends, and Grandma has had to give up one of her working days to manage it.',
  'Grandma told us that Ruby has a social worker and is on a child in need plan, and that she finds it very hard to cope with Ruby\'s behaviour on her own. She is worried that Ruby is falling further and further behind at school.',
  '!! Views of school',
  'Ruby\'s class teacher reports that Ruby struggles in every area of the curriculum. She cannot read or write independently, she is unable to sit on the carpet for more than a few minutes, and she calls out and disrupts other children. She does not have any close friends and is often alone at playtime. She has difficulty following instructions and needs constant adult reminders.',
 ],
 'B': [
  '!! Cognition and learning',
  'Ruby has moderate learning difficulties (MLD). She is working at the level expected of a child at the end of Reception (age five) in reading and writing, and at the level of Year 1 in maths. Her reading age in May 2026 was 5 years 9 months. She knows 20 of the phonics sounds taught in Reception and Year 1 but cannot blend them to read words of more than three letters. She cannot write a sentence independently. She cannot count reliably beyond 20 and does not know number bonds to 10.',
  'The educational psychologist found that Ruby\'s reasoning and memory are well below the range expected for her age, and that her learning is also affected by poor attention and by anxiety.',
  '!! Social, emotional and mental health',
  'Ruby has difficulty managing her emotions. She becomes angry and upset when she is asked to do work she finds hard and when routines change. In the spring term 2026 she was removed from class on 23 occasions because of disruptive behaviour. She has poor social skills and finds it very difficult to share and take turns. She is anxious about being separated from Grandma in the mornings.',
  '!! Communication and interaction',
  'Ruby\'s understanding of language is below that expected for her age. She has difficulty following instructions with more than two parts. Her vocabulary is limited, and she finds it hard to explain what has happened when there has been a problem in the playground, which often leads to arguments with other children. Her attendance in the spring term 2026 was 92%, and she was late on 11 occasions.',
 ],
 'C': [
  '!! Health needs',
  'Ruby has no health needs related to her SEND. This is based on the medical advice of the community paediatrician (see Section K), who saw Ruby on 11 March 2026. Her hearing and vision were checked in March 2026 and are normal.',
 ],
 'D': [
  '!! Social care needs',
  'Ruby lives with her maternal grandmother, who is 61 and works part time. Grandma has cared for Ruby since October 2024 and has a child arrangements order. The social care advice found that Grandma would benefit from support as a kinship carer, including advice on managing Ruby\'s behaviour and on settling her at bedtime, and from contact with other kinship carers. The family were told about short breaks and the Seabrough Local Offer.',
 ],
 'EF_intro': ['Progress will be recorded by the class teacher and reviewed by the special educational needs co-ordinator (SENCo) each term.'],
 'EF': {
  'header': ['Outcome', 'Provision', 'How often / how long', 'Who'],
  'rows': [
   ('1. By July 2027, Ruby will read and spell 40 of the 60 most common words and blend sounds to read four-letter words (for example "frog", "milk") in 8 out of 10 attempts, checked each half term by the SENCo.', [
     ('Phonics catch-up (Read Write Inc., a structured phonics programme), 1:1, 20 minutes daily, delivered by a trained teaching assistant (TA).', 'Daily, 20 minutes', 'Trained TA'),
     ('Opportunities to read to an adult every day, 1:1, for 10 minutes.', 'Daily, 10 minutes', 'TA or volunteer reader'),
   ]),
   ('2. By July 2027, Ruby will recall number bonds to 10 and count accurately to 50, scoring 9 out of 10 on a check by her class teacher each half term.', [
     ('Maths intervention with concrete resources (Numicon, a structured maths resource with shapes for each number), in a group of 3, three times a week for 20 minutes.', 'Three times a week, 20 minutes', 'TA, supervised by the maths lead'),
   ]),
   ('3. Ruby will be given a daily check-in with her key adult when she arrives at school.', [
     ('Morning check-in and settling-in routine at the classroom door, 10 minutes, with a key adult.', 'Every morning', 'Key adult (TA)'),
   ]),
   ('4. By April 2027, Ruby will stay in class for the whole lesson, using her "break card" to take a short break in the nurture room instead of being removed, so that removals fall from 23 a term to no more than 5 a term, recorded on the school\'s behaviour log.', [
     ('Nurture group, in a group of up to 8 children, led by a trained nurture practitioner.', 'Four afternoons a week, 1 hour 15 minutes', 'Nurture practitioner'),
     ('Staff should use a visual timetable and give Ruby warnings of any changes to routine.', 'Throughout the day, where possible', 'Class teacher and TA'),
   ]),
   ('5. Staff will help Ruby to make friends at playtime.', [
     ('Regular structured playground games, 20 minutes, in a group of 4 children.', 'Monday to Thursday lunchtimes', 'Lunchtime supervisor'),
   ]),
  ],
 },
 'EF_after': [
  '!! Working with home',
  '* A 10-minute weekly phone call from the class teacher to Grandma every Friday, with further calls as appropriate.',
  '!! Communication',
  '* Adults will give Ruby one instruction at a time, backed by a picture or gesture, in every lesson (class teacher and TA).',
 ],
 'G': ['No health provision is needed (see Section C).'],
 'H1': ['None. Short breaks were discussed with Grandma (see Section D); she did not wish to apply.'],
 'H2': [
  '* Seabrough Kinship Carers\' Group: a place for Grandma at the monthly evening group (two hours), run by the Kinship Support Team.',
  '* Kinship support worker: home visits to Grandma every fortnight (one hour) for 10 weeks from July 2026, to work on an evening and bedtime routine for Ruby, then review.',
 ],
 'I': ['Grangetown Junior School, Seabrough (mainstream junior school).'],
 'J': ['No personal budget has been requested.'],
 'K': [
  ['Advice and information', 'Given by', 'Date'],
  ['Parent/carer advice', 'Ruby\'s grandmother', '28 April 2026'],
  ['Educational advice', 'Mrs Bell, SENCo, Grangetown Junior School, with Ruby\'s class teacher', '5 May 2026'],
  ['Psychological advice', 'Dr Lewis Grant, Educational Psychologist, Seabrough Educational Psychology Service', '19 May 2026'],
  ['Medical advice', 'Dr Omar Hassan, Community Paediatrician, North Coast Health and Care Foundation Trust', '11 March 2026'],
  ['Social care advice', 'Kelly, Kinship Support Worker, Kinship Support Team, Seabrough Children\'s Services', '6 May 2026'],
 ],
})

# ---------------------------------------------------------------- z212 (failure)
PLANS.append({
 'id': 'z212', 'layout': 'shaded-heading-table', 'name': 'Courtney', 'fam': 'her parents',
 'front': [
  ('Young person\'s first name', 'Courtney'),
  ('Age', '22'),
  ('Education phase', 'Post-19 (third year at a specialist college)'),
  ('Education provider', 'Coastline College, Foundation Learning (Pathways to Independence)'),
  ('Plan status', 'Final EHC plan (amended after annual review)'),
  ('Plan issued', '14 September 2026'),
  ('Last reviewed', '3 July 2026'),
  ('Casework officer', 'Nathan, Post-16 Special Educational Needs and Disabilities (SEND) Casework Officer'),
 ],
 'intro': ['"SEND" means special educational needs and disabilities.'],
 'A': [
  '!! A1 My views',
  'Courtney told her personal tutor what she wanted in her plan, using photographs from her placement and her college diary. She checked this section with her tutor before the review. In her own words:',
  '"My name is Courtney. I am 22. I live with my mum and dad and my brother Liam. I like music, dancing, Little Mix, going to Nando\'s and seeing my boyfriend Josh. I go to Coastline College. I like cooking and I like my friends."',
  '"I did work experience at the Seaside Café on the prom. I cleared the tables and I made the toast. I loved it. I want a job in a café. I want to live in a flat with my friends Jade and Sophie, like on the telly. I want to get the bus to college by myself."',
  '!! A2 What Mum and Dad say',
  '"Courtney is a joy. She is sociable, she works hard and she knows her own mind. The café placement was the best thing that has happened to her: she came home buzzing every day. We would love her to have a real job, even a few hours a week, and in time to move into supported living with her friends while we are still around to help. She needs to learn to handle money and to travel safely on her own."',
  '!! A3 Aspirations',
  '* A paid job in a café.',
  '* Moving into a supported living flat with her friends Jade and Sophie.',
  '* Travelling to college by bus on her own.',
  '* Keeping up her friendships and her dancing.',
  '!! A4 How to support me',
  '* Show me what to do, then let me practise it lots of times.',
  '* Talk to me slowly and check I have understood. Sometimes I say yes when I don\'t understand.',
  '* Use pictures for new things, like a new bus route or a new recipe.',
  '* Let me do it myself. I don\'t like people doing things for me.',
 ],
 'B': [
  '!! B1 Cognition and learning',
  'Courtney has Down syndrome and moderate learning difficulties (MLD). She has achieved Entry Level 1 Functional Skills in English and mathematics and is working towards Entry Level 2. She reads familiar words and short sentences, writes a sentence with support, adds and subtracts numbers to 20, and recognises coins but finds it hard to work out change.',
  'Strengths: Courtney is motivated, remembers practical routines well once she has learned them, and follows a picture recipe independently.',
  '!! B2 Communication and interaction',
  'Courtney speaks in sentences and is usually understood by people who know her; unfamiliar people sometimes find her speech hard to follow. She sometimes agrees to things she has not understood.',
  '!! B3 Social, emotional and mental health',
  'Courtney is outgoing, with a wide circle of friends. She can be too trusting of strangers, particularly online, and needs to learn how to keep herself safe.',
  '!! B4 Preparing for adulthood',
  'Courtney has been at Coastline College since September 2024. Her tutors describe her as a reliable, cheerful student who sets a good example to newer students. In her second year she completed units in food preparation, customer service and personal safety, and took part in the college\'s enterprise project, running a weekly snack stall and taking orders and money from staff with the support of a learning support assistant.',
  'Employment: Courtney\'s work experience at the Seaside Café in spring 2026 went very well; the manager said she was "a natural with customers". Independent living: she can make simple meals but cannot yet budget, shop independently or use public transport on her own. Community: she has friends and a boyfriend and goes to a dance group. Health: see Section C.',
 ],
 'C': [
  '!! C1 Health needs',
  'Courtney\'s health needs will be confirmed once health advice has been received.',
 ],
 'D': [
  '!! D1 Social care needs',
  'A Care Act 2014 needs assessment was completed by the Adult Social Care Transitions Team in May 2026. It found that Courtney has eligible needs for support to access the community safely, to manage money and shopping, and to develop her daily living skills in preparation for supported living in future. Her parents provide most of her care, and they would like support to plan for Courtney to live more independently.',
 ],
 'E': [
  '!! Outcomes',
  'E1. Courtney will write three sentences about her week using capital letters and full stops, in 4 out of 5 pieces of writing, checked by her English tutor.',
  'E2. Courtney will achieve Entry Level 2 Functional Skills in English.',
  'E3. Courtney will achieve Entry Level 2 Functional Skills in mathematics.',
  'E4. Courtney will tell the time to the nearest five minutes on an analogue clock in 8 out of 10 attempts, checked by her maths tutor.',
  'E5. Courtney will go to the Friday social club at Seabrough community centre with her friends at least twice a month, recorded in her diary and checked by her personal assistant.',
  'E6. Courtney will take part in a 30-minute exercise or dance session at least twice a week, recorded in her college fitness log.',
  'E7. Courtney will explain three rules for staying safe online and show her tutor how to block and report a stranger on her phone, checked by her personal tutor.',
 ],
 'F': [
  {'table': [
   ['Provision', 'How often / how long', 'Who'],
   ['Functional Skills English at Entry Level 2, in a class of no more than 8 (E1, E2)', '3 hours a week (three 1-hour lessons)', 'Qualified English tutor, with a learning support assistant in the class'],
   ['Functional Skills mathematics at Entry Level 2, including time (E3, E4)', '3 hours a week (three 1-hour lessons), class of no more than 8', 'Qualified maths tutor, with a learning support assistant'],
   ['1:1 literacy practice using her own diary and interests (E1)', '30 minutes, twice a week', 'Learning support assistant'],
   ['Fitness and dance sessions in the college sports hall (E6)', 'Two 45-minute sessions a week, in a group of 10 with two staff', 'College sports tutor'],
   ['Personal safety and online safety course (E7)', 'One hour weekly for 10 weeks in the autumn term, in a group of no more than 6', 'Personal tutor'],
   ['Personal assistant funded by Adult Social Care under Courtney\'s Care Act care and support plan, to support her to go to the social club, go shopping and cook at home (E5)', '6 hours a week (two evenings of 2 hours and Saturday mornings, 2 hours)', 'Personal assistant employed through a direct payment'],
   ['Speech clarity: staff will check Courtney\'s understanding by asking her to repeat instructions in her own words (B2)', 'Every session', 'All college staff'],
  ]},
 ],
 'G': ['To be confirmed once health advice has been received.'],
 'H1': ['Not applicable: Courtney is over 18.'],
 'H2': ['Care and support plan under the Care Act 2014, reviewed once a year by the Transitions Team social worker. The personal assistant hours are set out in Section F.'],
 'I': ['Coastline College (general further education college), Foundation Learning: Pathways to Independence, five days a week, 36 weeks a year, until July 2027.'],
 'J': ['Direct payment from Adult Social Care for Courtney\'s personal assistant (£102.60 a week), managed by her parents.'],
 'K': [
  ['Advice and information', 'Given by', 'Date'],
  ['Courtney\'s views', 'Courtney, with Hannah, personal tutor', '24 June 2026'],
  ['Parents\' views', 'Courtney\'s mum and dad', '3 July 2026'],
  ['Educational advice (annual review report)', 'Hannah, Personal Tutor, Coastline College Foundation Learning', '19 June 2026'],
  ['Psychological advice', 'Dr Fiona Shaw, Educational Psychologist, Seabrough Educational Psychology Service', '2 June 2026'],
  ['Medical advice', 'Requested from Courtney\'s general practitioner (GP) practice on 9 March 2026: not received', ''],
  ['Social care advice: Care Act needs assessment', 'Claire, Social Worker, Adult Social Care Transitions Team', '21 May 2026'],
  ['Work experience report', 'Manager, Seaside Café', '30 April 2026'],
  ['Preparing for adulthood advice', 'Lisa, Personal Adviser, Seabrough Careers and Progression Service', '26 June 2026'],
 ],
})


def main():
    os.makedirs(OUT, exist_ok=True)
    for plan in PLANS:
        doc = RENDER[plan['layout']](plan)
        doc.save(os.path.join(OUT, plan['id'] + '.docx'))
        print('wrote', plan['id'], plan['layout'])


if __name__ == '__main__':
    main()
