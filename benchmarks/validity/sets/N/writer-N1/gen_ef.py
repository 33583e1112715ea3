"""Layout `ef-table`: headed paragraphs (Heading 2) with E and F together in one table
(Outcome | Provision | Frequency | Who); outcome cells merged down over their provision rows."""
from docx import Document
from docx.shared import Pt
from gen_common import *

HEAD = {
    "A": "Section A - About me: views, interests and aspirations",
    "B": "Section B - Special educational needs",
    "C": "Section C - Health needs",
    "D": "Section D - Social care needs",
    "EF": "Sections E and F - Outcomes and special educational provision",
    "G": "Section G - Health provision",
    "H1": "Section H1 - Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)",
    "H2": "Section H2 - Other social care provision",
    "I": "Section I - Placement",
    "J": "Section J - Personal budget",
    "K": "Section K - Advice and information",
}


def ef_table(doc, ef):
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Outcome", "Provision", "Frequency", "Who"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    for item in ef:
        if item[0] == "group":
            r = t.add_row()
            c = r.cells[0].merge(r.cells[3])
            set_cell(c, item[1], bold=True)
            shade(c, "E2EFDA")
            continue
        _, text, provs = item
        first = None
        for j, (prov, freq, who) in enumerate(provs):
            r = t.add_row()
            cells = r.cells
            if j == 0:
                set_cell(cells[0], text)
                first = cells[0]
            set_cell(cells[1], prov)
            set_cell(cells[2], freq)
            set_cell(cells[3], who)
        if len(provs) > 1:
            first.merge(t.rows[-1].cells[0])
            # merged cell keeps text of first; clean stray empty paragraphs
            paras = first.paragraphs
            for p in paras[1:]:
                if not p.text.strip():
                    p._element.getparent().remove(p._element)
    doc.add_paragraph()


def build(plan, path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("Education, Health and Care Plan", level=1)
    doc.add_paragraph(f"{COUNCIL} - {TEAM}")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in plan["front"]:
        cells = t.add_row().cells
        set_cell(cells[0], lab, bold=True)
        shade(cells[0], "F2F2F2")
        set_cell(cells[1], val)
    doc.add_paragraph()
    for key in ["A", "B", "C", "D", "EF", "G", "H1", "H2", "I", "J", "K"]:
        doc.add_heading(HEAD[key], level=2)
        if key == "EF":
            render_blocks(doc, plan.get("EF_pre", []), list_styles=True)
            ef_table(doc, plan["EF"])
            render_blocks(doc, plan.get("EF_post", []), list_styles=True)
        elif key == "K":
            table(doc, ["Advice / information", "From", "Date"], plan["K"])
        else:
            render_blocks(doc, plan[key], list_styles=True)
    doc.add_heading("Agreement", level=2)
    render_blocks(doc, plan["end"], list_styles=True)
    doc.save(path)


# ---------------------------------------------------------------- n102 FAIL
N102 = dict(
    front=[("Name", "Daniel"), ("Date of plan", "3 November 2026 (amended after annual review)"),
           ("Date of most recent review", "13 October 2026"), ("Year", "Year 2"),
           ("School", "St Aidan's C of E Primary School")],
    A=[("p", "Daniel is 7 and lives with his mum and his grandad. He is in Year 2 at St Aidan's C of E Primary School. "
             "Daniel was diagnosed with autism in January 2026."),
       ("box", "What Daniel said: \"I like dinosaurs. T-rex is the biggest. I like the computer and Miss Reed. I don't like the "
               "hall, it's too loud. I don't like it when my pencil breaks.\"\n(Daniel talked to his class teacher, Miss Reed, using his "
               "dinosaur cards and a 'like / don't like' sorting board, October 2026.)"),
       ("lab", "Things Daniel enjoys"),
       ("b", "Dinosaurs - he knows the names of over 40 and loves dinosaur fact books."),
       ("b", "Trains, number games on the computer, the swings at the park."),
       ("b", "Lining up his toy cars in colour order."),
       ("lab", "What Mum and Grandad say"),
       ("p", "\"Daniel is clever and funny and he has an amazing memory. Mornings are hard: if anything is different he gets very upset "
             "and it can take an hour to get him out of the door. He hates noise and crowds. At home he calms down on the trampoline or "
             "with his dinosaur books. We'd like school to keep things as predictable as possible for him, to warn him about changes, "
             "and to keep in touch with us every day through his home-school book.\""),
       ],
    B=[("lab", "Communication and Interaction"),
       ("b", "Daniel has a large vocabulary for his interests and enjoys sharing facts about dinosaurs."),
       ("b", "He speaks in short sentences and often repeats phrases from videos. He finds it hard to start a conversation or keep one going."),
       ("b", "He follows short instructions in familiar routines, but finds longer instructions given to the whole class hard to follow without pictures."),
       ("b", "The Speech and Language Therapist found that his understanding of language is below that expected for his age, especially 'why' and 'how' questions."),
       ("lab", "Social, Emotional and Mental Health"),
       ("b", "Daniel is affectionate with adults he knows and plays alongside his friend Oliver."),
       ("b", "Changes to routine, busy places and noise (assembly, the dining hall) make him very anxious. When anxious he may run out of the classroom or hide under a table."),
       ("b", "He finds taking turns and losing games hard."),
       ("lab", "Cognition and Learning"),
       ("b", "Daniel reads words accurately at the level expected for Year 2 and can count to 100."),
       ("b", "He finds it hard to answer questions about what he has read and to write more than one sentence."),
       ("lab", "Sensory and/or Physical"),
       ("b", "Daniel is sensitive to loud noises and to some textures (glue, sand). He seeks movement such as spinning and swinging."),
       ("b", "He has no physical difficulties, though his handwriting is slow."),
       ],
    C=[("p", "Daniel was diagnosed with autism in January 2026 through the Neurodevelopmental pathway (Community Paediatrician). "
             "His speech and language difficulties are part of his autism. He eats a limited range of foods, but 0-19 Public Health "
             "Nursing report that he is growing well and needs no dietary support. He has no other health needs.")],
    D=[("p", "Daniel lives with Mum and Grandad; Mum works part time. Children's Social Care gave advice for the review (Child and Family "
             "Social Worker, 15 September 2026): the family are not known to social care and there are no social care needs relating to "
             "Daniel's SEN (special educational needs). Mum was given information about short breaks and the autism parent group at the "
             "Family Hub and will get in touch if she wants them.")],
    EF_pre=[("p", "Outcomes are for the end of Key Stage 1 (July 2027). Outcome numbers are used at review.")],
    EF=[("group", "Communication and Interaction"),
        ("out", "1. By July 2027, Daniel will follow a two-step class instruction with a picture prompt (for example 'put your book away and line up') on 4 out of 5 occasions, recorded weekly by his class teacher.",
         [("Visual timetable and 'now and next' board, used at every change of activity.", "Throughout each day", "Class teacher and Teaching Assistant"),
          ("Instructions given in short chunks with a picture or object.", "Every lesson", "All staff")]),
        ("out", "2. By July 2027, Daniel will answer 'why' and 'how' questions about a dinosaur book or picture correctly in 3 out of 5 tries, recorded in his language programme book.",
         [("Language programme set by the Speech and Language Therapist, working on 'why' and 'how' questions using his dinosaur books, 1:1.",
           "4x weekly (15 mins)", "Teaching Assistant (Level 3), trained and monitored by the Speech and Language Therapist")]),
        ("out", "3. By July 2027, Daniel will take turns in a board game with two other children for 10 minutes without leaving the game, on 3 out of 4 occasions, observed by the Teaching Assistant.",
         [("Daniel will have regular opportunities to practise turn-taking and sharing in small group activities, as appropriate.", "Weekly", "School staff")]),
        ("group", "Social, Emotional and Mental Health"),
        ("out", "4. By the end of Year 2, Daniel will show his 'I need a break' card instead of running out of class, on 4 out of 5 occasions when he is upset, recorded on his daily log.",
         [("'I need a break' card and a quiet work station with ear defenders in the classroom, set up by the class teacher.", "All day, every day", "Class teacher"),
          ("Zones of Regulation (a programme that teaches children to recognise their feelings and calm down) in a group of 4.", "Twice weekly (20 mins)", "Emotional Literacy Support Assistant (ELSA)")]),
        ("out", "5. Daniel has a 1:1 Teaching Assistant for all lessons and at lunchtime.",
         [("Teaching Assistant support in class, at playtime and at lunchtime, to help Daniel follow routines and stay calm.", "Full time, 32.5 hours per week", "Teaching Assistant (Level 3)")]),
        ("group", "Cognition and Learning"),
        ("out", "6. By July 2027, Daniel will write three sentences about a topic he has chosen, using a word mat, in 3 pieces of work each half term, checked by his class teacher.",
         [("Writing frames, word mats and a sloped writing board.", "Every writing lesson", "Class teacher"),
          ("Reading comprehension group in a group of 3, using pictures and question cards.", "3x weekly (20 mins)", "Teaching Assistant (Level 3)")]),
        ("group", "Sensory and/or Physical"),
        ("out", "7. By July 2027, Daniel will stay in the school hall for the first 10 minutes of assembly, wearing his ear defenders, on 4 days out of 5, recorded on his daily log.",
         [("Ear defenders; a seat at the end of the row near the door.", "Every assembly", "Teaching Assistant"),
          ("Sensory circuit (trampoline, wall push-ups, balance beam) from the programme written by the Autism Outreach Teacher.", "Each morning at registration and after lunch (10 mins)", "Teaching Assistant"),
          ("Autism Outreach Teacher visit to advise staff and review strategies.", "Every half term (1 hr)", "Specialist Teacher, Northmoor Autism Outreach Team")]),
        ],
    G=[("table", ["Health provision", "Frequency", "Provided by"],
        [["Direct speech and language therapy: 1:1 sessions in school working on understanding questions and conversation skills.",
          "30 minutes weekly, for 8 weeks each term", "Speech and Language Therapist, Northmoor Children's Speech and Language Therapy service"],
         ["Review of Daniel's autism, development and eating.", "Once a year, clinic appointment (30 minutes)", "Community Paediatrician (Neurodevelopmental pathway)"]]),
       ("p", "DCO sign-off: agreed by the Designated Clinical Officer (DCO), K.W., 28/10/2026."),
       ],
    H1=[("p", "None. Short breaks were considered with Mum (see Section D).")],
    H2=[("p", "None.")],
    I=[("p", "St Aidan's C of E Primary School (mainstream, voluntary aided).")],
    J=[("p", "Mum has not asked for a personal budget.")],
    K=[["Parent's views", "Mum and Grandad", "12/09/2026"],
       ["Daniel's views", "Miss Reed, class teacher", "02/10/2026"],
       ["Educational advice", "Mr T. Hall, SENCo (special educational needs co-ordinator), St Aidan's C of E Primary School", "19/09/2026"],
       ["Psychological advice", "Ms R. Patel, Educational Psychologist", "24/09/2026"],
       ["Medical advice", "Dr K. Barnes, Community Paediatrician (Neurodevelopmental pathway)", "10/09/2026"],
       ["Speech and language therapy advice", "Ms J. Fenwick, Speech and Language Therapist", "08/09/2026"],
       ["Autism outreach advice", "Specialist Teacher, Northmoor Autism Outreach Team", "26/09/2026"],
       ["School nursing information", "0-19 Public Health Nursing (School Nurse)", "05/09/2026"],
       ["Social care advice", "Child and Family Social Worker, Northmoor Children's Social Care", "15/09/2026"]],
    end=[("p", "Issued by Northmoor Metropolitan Borough Council, SEND Assessment and Review Team, 3 November 2026.")],
)

# ---------------------------------------------------------------- n105 SOUND
N105 = dict(
    front=[("Name", "Ruby"), ("Date of plan", "19 November 2026 (amended after annual review)"),
           ("Date of most recent review", "22 October 2026"), ("Year", "Year 7"),
           ("School", "Castle View School")],
    A=[("p", "Ruby is 12 and started Year 7 at Castle View School in September 2026. She lives with her mum, stepdad and two younger brothers. "
             "Ruby has cerebral palsy affecting both legs (spastic diplegia)."),
       ("box", "What Ruby said: \"I love swimming - I train with a para-swimming club twice a week and I've won two medals. I like baking and art. "
               "Secondary school is good but the corridors are really busy and I get tired walking with my frame. I don't want to be the "
               "one who always misses out on trips. One day I want to swim for Great Britain, or be a PE teacher.\"\n"
               "(Ruby talked to her form tutor at her annual review, October 2026.)"),
       ("lab", "What Mum says"),
       ("p", "\"Ruby is determined, sociable and funny. She never gives up. We want her to be as independent as she can be at school, "
             "to walk further with her frame, to keep up with her schoolwork and to feel part of everything, including trips and PE.\""),
       ("lab", "Aspirations"),
       ("b", "Ruby: to swim for Great Britain, or to become a PE teacher."),
       ("b", "Family: for Ruby to be independent around school and included in all school activities."),
       ],
    B=[("lab", "Cognition and Learning"),
       ("b", "Ruby is working at the level expected for her age in English and science, and enjoys reading."),
       ("b", "Her handwriting is slow and tiring; she can handwrite about 8 words a minute and her hand aches after 10 minutes."),
       ("b", "In maths she is a little below the expected level, particularly with fractions and decimals."),
       ("lab", "Communication and Interaction"),
       ("b", "Ruby communicates clearly and confidently with adults and friends. She has no needs in this area."),
       ("lab", "Social, Emotional and Mental Health"),
       ("b", "Ruby has made friends quickly at Castle View and is a popular member of her form."),
       ("b", "She worries about being left out of trips and PE, and about falling in busy corridors."),
       ("lab", "Sensory and/or Physical"),
       ("b", "Ruby walks short distances with a walking frame and uses a manual wheelchair for longer distances and outdoors. She uses the lift between floors."),
       ("b", "She tires quickly and her balance is poor when the corridors are busy."),
       ("b", "She needs help from one adult to change for PE and swimming."),
       ("b", "Her fine motor skills are weaker than her peers', which affects handwriting and the use of some equipment in science and technology."),
       ],
    C=[("b", "Ruby has cerebral palsy (spastic diplegia), which causes stiffness in her leg muscles and affects her walking and balance."),
       ("b", "She needs a daily stretching and strengthening programme to keep her muscles flexible and to protect her hips."),
       ("b", "She wears ankle-foot orthoses (splints inside her shoes) in the day and night splints, which need to be checked and replaced as she grows."),
       ("b", "She has a yearly hip X-ray, as children with cerebral palsy can develop hip problems."),
       ],
    D=[("p", "A short breaks assessment was completed by the Child and Family Social Worker in September 2026. Ruby's mum asked for short breaks "
             "so that Ruby can take part in activities with other young people and have time away from the family. Ruby is not on a child "
             "in need plan. Social care needs: time with friends outside school, with the support she needs. The level-access "
             "shower fitted at home in 2025 meets her needs, and no further home adaptations are needed at present.")],
    EF_pre=[("p", "Outcomes for the end of Key Stage 3 (July 2029), with steps to be reached by July 2027.")],
    EF=[("group", "Sensory and/or Physical"),
        ("out", "1. By July 2027, Ruby will walk with her frame between her ground-floor lessons (about 50 metres) on her own on 4 days out of 5, recorded on her mobility chart.",
         [("Daily stretching and walking programme written by the Children's Physiotherapist, 1:1 in the physiotherapy room.", "Daily, 20 minutes", "Teaching Assistant (Level 3), trained by the Children's Physiotherapist"),
          ("Ruby leaves lessons 5 minutes early, with a friend, to move between rooms.", "Every lesson change", "Subject teachers")]),
        ("out", "2. By March 2027, Ruby will change for PE and swimming with help from one adult in under 10 minutes, checked by her Teaching Assistant each half term.",
         [("Help with changing in the accessible changing room, following Ruby's moving and handling plan.", "Each PE and swimming lesson (twice weekly)", "Teaching Assistant (Level 3), trained in moving and handling")]),
        ("group", "Cognition and Learning"),
        ("out", "3. By July 2027, Ruby will type all her longer pieces of writing on her laptop at 25 words per minute with 90% accuracy, tested each half term by her Teaching Assistant.",
         [("Laptop with word-prediction software, set up and kept updated by the school's IT technician.", "Used in all lessons", "IT technician"),
          ("Touch-typing programme, 1:1.", "3x weekly (15 mins)", "Teaching Assistant (Level 3)"),
          ("Occupational Therapist visit to review Ruby's seating, equipment and typing programme and advise staff.", "Once each half term (1 hour)", "Occupational Therapist, Northmoor Children's Therapy Service"),
          ("Access arrangements in all tests and exams: use of a word processor and supervised rest breaks, organised by the SENCo (special educational needs co-ordinator).", "All tests and exams", "SENCo")]),
        ("out", "4. By July 2027, Ruby will answer 8 out of 10 questions correctly in her end-of-unit maths checks on fractions and decimals.",
         [("Maths catch-up in a group of 5 pupils.", "Twice weekly (30 mins)", "Higher Level Teaching Assistant (HLTA) for maths")]),
        ("group", "Social, Emotional and Mental Health"),
        ("out", "5. By July 2027, Ruby will take part in every Year 7 school trip and in every PE lesson, and will rate her confidence as 7 out of 10 or higher at each termly check-in with her form tutor.",
         [("Planning meeting with Ruby and Mum two weeks before each trip, with a written access plan.", "Before every trip (30 mins)", "Head of Year and SENCo"),
          ("Adapted PE (including boccia, swimming and seated games) planned with Ruby.", "Every PE lesson", "PE teacher, with advice from the Children's Physiotherapist"),
          ("Check-in with her form tutor to talk about how things are going.", "Weekly (15 mins)", "Form tutor")]),
        ],
    G=[("table", ["Health provision", "Frequency", "Provided by"],
        [["Physiotherapy review in school: assess Ruby, update her daily programme and train the Teaching Assistant.", "Every 6 weeks (1 hour)", "Children's Physiotherapist, Northmoor Children's Therapy Service"],
         ["Review of ankle-foot orthoses and night splints; casting and replacement as Ruby grows.", "Every 6 months", "Orthotics service"],
         ["Review of Ruby's cerebral palsy, including a yearly hip X-ray.", "Once a year (clinic, 30 minutes)", "Community Paediatrician"]]),
       ("p", "DCO sign-off: health provision agreed. Initials: S.K. (Designated Clinical Officer). Date: 11/11/2026."),
       ],
    H1=[("p", "Short breaks, agreed after the short breaks assessment (September 2026):"),
        ("b", "Saturday inclusive youth club with a 1:1 support worker: 4 hours every Saturday during term time."),
        ("b", "Summer holiday activity scheme with a 1:1 support worker: 5 days (6 hours a day) each summer holiday."),
        ],
    H2=[("p", "None.")],
    I=[("p", "Castle View School (mainstream secondary school, with a resourced provision for physical disability).")],
    J=[("p", "Mum receives a direct payment for the summer holiday activity scheme (5 days) in Section H1. The Saturday club is commissioned directly by the council.")],
    K=[["Ruby's views", "Ruby, with her form tutor", "14/10/2026"],
       ["Parent's views", "Mum", "14/10/2026"],
       ["Educational advice", "Mrs P. Gray, SENCo, Castle View School", "09/10/2026"],
       ["Psychological advice", "Dr A. Coulson, Educational Psychologist", "30/09/2026"],
       ["Medical advice", "Dr N. Shah, Community Paediatrician", "17/09/2026"],
       ["Physiotherapy advice", "Children's Physiotherapist, Northmoor Children's Therapy Service", "22/09/2026"],
       ["Occupational therapy advice", "Occupational Therapist, Northmoor Children's Therapy Service", "22/09/2026"],
       ["Orthotics report", "Orthotics service", "04/08/2026"],
       ["Social care advice (short breaks assessment)", "Ms C. Watson, Child and Family Social Worker", "25/09/2026"]],
    end=[("p", "Issued by Northmoor Metropolitan Borough Council, SEND Assessment and Review Team, 19 November 2026.")],
)

# ---------------------------------------------------------------- n108 FAIL
N108 = dict(
    front=[("Name", "Amir"), ("Date of plan", "30 October 2026"),
           ("Date of most recent review", "N/A - new plan"), ("Year", "Reception"),
           ("School", "Westfield Primary School")],
    A=[("p", "Amir is 5 and started in Reception at Westfield Primary School in September 2026. He lives with his mum, dad and baby sister. "
             "The family speak Arabic at home and Amir is learning English at school."),
       ("p", "Amir is too young to share his views."),
       ("lab", "What Mum and Dad say (through an Arabic interpreter)"),
       ("p", "\"Amir is a happy and loving boy. He loves cars and football and he likes helping his dad cook. At home he talks in Arabic, "
             "but only in short phrases, and his cousins who are the same age say much more. He gets cross when we don't understand him. "
             "We hope Amir will make friends at school, learn to swim and ride his bike, and one day go to university like his cousin.\""),
       ("lab", "Interests"),
       ("b", "Cars, football, cooking with Dad."),
       ],
    B=[("lab", "Communication and Interaction"),
       ("b", "Amir has significant SLCN. On the WellComm screen (September 2026) he scored in the red band, section 5, in both Arabic and English."),
       ("b", "Receptive language: he understands Blank Level 1 questions but not yet Blank Level 2."),
       ("b", "Expressive language: he uses 2-word utterances in Arabic and single words in English. He is a keen communicator through gesture and copies new words."),
       ("b", "As an EAL learner his language should be compared with his home language; his Arabic is also delayed for his age."),
       ("lab", "Cognition and Learning"),
       ("b", "Amir has a good visual memory and completes jigsaws quickly."),
       ("b", "He is working towards the ELGs in Literacy and Mathematics. He can count to 5 in English and recognises some colours."),
       ("lab", "Social, Emotional and Mental Health"),
       ("b", "Amir is affectionate with familiar adults."),
       ("b", "He becomes upset (cries or hides under the table) when he cannot make himself understood."),
       ("lab", "Sensory and/or Physical"),
       ("b", "Fine motor: Amir uses a palmar grasp on his pencil, cannot yet use scissors and needs help with buttons and his coat zip. The school's fine motor screening shows his skills are well below those expected for his age."),
       ],
    C=[("p", "Amir's hearing was tested by Paediatric Audiology in May 2026 and is normal. His eyesight was checked at his school entry health check. "
             "He is healthy and has no health needs relating to his SEN.")],
    D=[("p", "Children's Social Care (Child and Family Social Worker, 1 October 2026) advised that the family are not known to social care and there are "
             "no social care needs. Mum and Dad were given information about the Family Hub stay-and-play and ESOL classes. Short breaks were "
             "discussed and the family do not need them.")],
    EF_pre=[("p", "Outcomes for the end of Reception (July 2027).")],
    EF=[("group", "Communication and Interaction"),
        ("out", "1. By July 2027, Amir will follow a two-step instruction in English in class (for example 'get your book and sit on the carpet') on 4 out of 5 occasions, recorded by his class teacher.",
         [("NELI programme, group of 3.", "3x weekly (15 mins)", "TA (ELKLAN Level 3)"),
          ("Visual timetable and objects of reference for routines.", "Every day", "Class teacher")]),
        ("out", "2. By July 2027, Amir will use 3-word sentences in English (for example 'I want juice') to ask for things, 10 times in a school day, recorded on his talking log.",
         [("1:1 language session on SALT targets using modelling and expansion.", "Daily (10 mins)", "TA (ELKLAN Level 3)"),
          ("SALT visit: assessment, target setting and TA training.", "Every half term (1 hr)", "SALT, Northmoor Children's SLT service"),
          ("Bilingual support to teach key topic words in Arabic and English.", "Weekly (30 mins)", "Bilingual TA, EMTAS")]),
        ("out", "3. By July 2027, Amir will answer 'what' and 'where' questions about a picture book correctly 4 times out of 5, recorded by his teaching assistant.",
         [("Blank Level 1-2 questioning in a small group story session, group of 4.", "Daily (15 mins)", "TA (ELKLAN Level 3)")]),
        ("group", "Social, Emotional and Mental Health"),
        ("out", "4. By July 2027, Amir will show an adult his 'help' card or say 'help' when he is stuck or upset, instead of crying or hiding, on 4 out of 5 occasions, recorded on the class log.",
         [("'Help' card and feelings symbols on his table; key adult to respond and model words.", "Throughout the day", "Key adult (TA)")]),
        ("group", "Cognition and Learning"),
        ("out", "5. By July 2027, Amir will count 10 objects correctly and name the numbers 0 to 10 in English, checked by his teacher at the end of Reception.",
         [("Maths group using objects and pictures, group of 4.", "3x weekly (15 mins)", "TA"),
          ]),
        ("group", "Literacy"),
        ("out", "6. By July 2027, Amir will say the English sounds for 20 letters when shown them, and read 10 simple three-letter words, checked by his class teacher each half term.",
         [("RWI phonics in a group of 5 pupils.", "Daily (20 mins)", "TA trained in RWI")]),
        ],
    G=[("p", "No health provision is needed. Amir's speech and language therapy is set out in Sections E and F as educational provision.")],
    H1=[("p", "None. Short breaks were discussed with the family (see Section D).")],
    H2=[("p", "None.")],
    I=[("p", "Westfield Primary School (mainstream community primary school).")],
    J=[("p", "No personal budget requested.")],
    K=[["Parents' views (through an interpreter)", "Mum and Dad", "22/09/2026"],
       ["Educational advice", "Mrs A. Hussain, class teacher, and Mr B. Scott, SENCo, Westfield Primary School", "02/10/2026"],
       ["Psychological advice", "Ms R. Patel, Educational Psychologist", "06/10/2026"],
       ["Medical advice", "Dr K. Barnes, Community Paediatrician", "25/09/2026"],
       ["SALT advice", "Ms K. Robson, SALT", "18/09/2026"],
       ["EAL advice", "EMTAS teacher", "29/09/2026"],
       ["Audiology report", "Paediatric Audiology", "14/05/2026"],
       ["Social care advice", "Child and Family Social Worker, Northmoor Children's Social Care", "01/10/2026"]],
    end=[("p", "Issued by Northmoor Metropolitan Borough Council, SEND Assessment and Review Team, 30 October 2026.")],
)

# ---------------------------------------------------------------- n111 SOUND
N111 = dict(
    front=[("Name", "Leo"), ("Date of plan", "2 March 2026"),
           ("Date of most recent review", "Not applicable - first plan issued 2 March 2026"), ("Year", "Year 3"),
           ("School", "Moorside Primary School")],
    A=[("p", "Leo is 8 and in Year 3 at Moorside Primary School. He lives with his mum and his older sister, and sees his nana most days."),
       ("box", "What Leo said: \"My brain goes really fast, like a racing car. I'm good at BMX and I know loads about sharks. I like building Lego "
               "and cooking with Nana. I get in trouble when I shout out. Reading is hard and I hate writing. When I'm older I want to be a "
               "stunt rider or a chef.\"\n(Leo talked to the Educational Psychologist while building Lego, January 2026.)"),
       ("lab", "What Mum says"),
       ("p", "\"Leo is loving, funny and full of energy. He is brilliant on his BMX and he is a great help in the kitchen. Since his ADHD "
             "(attention deficit hyperactivity disorder) diagnosis things have started to make sense. Mornings and bedtimes are a battle, "
             "and he is behind with his reading. I want him to stay at Moorside with his friends, to enjoy school, and to learn to read well.\""),
       ("lab", "Aspirations"),
       ("b", "Leo: to be a stunt rider or a chef."),
       ("b", "Mum: for Leo to stay in his school with his friends, enjoy learning and read well."),
       ],
    B=[("lab", "Social, Emotional and Mental Health"),
       ("b", "Leo is kind, enthusiastic and eager to help adults. He is good at sport."),
       ("b", "He has ADHD. He can concentrate on an adult-led task for about 5 minutes, often leaves his seat and calls out."),
       ("b", "When frustrated he sometimes hits out at other children (about twice a week in the autumn term)."),
       ("lab", "Cognition and Learning"),
       ("b", "Leo is quick at mental maths and has great general knowledge, especially about animals."),
       ("b", "His reading is about 18 months behind; he is not yet secure with Phase 5 phonics (the stage where children learn different ways to spell the same sound)."),
       ("b", "He finds writing hard, rarely writes more than two sentences and avoids writing tasks."),
       ("lab", "Communication and Interaction"),
       ("b", "Leo talks clearly and has a wide vocabulary. He interrupts others and finds it hard to wait his turn in conversations and group work."),
       ("lab", "Sensory and/or Physical"),
       ("b", "Leo needs to move often and fidgets when sitting. He has no physical difficulties."),
       ],
    C=[("p", "Leo was diagnosed with ADHD in November 2025 through the Neurodevelopmental pathway. He takes methylphenidate (a medicine that helps "
             "concentration) each morning at home, prescribed by the Community Paediatrician. It takes a long time for Leo to get to sleep, "
             "and melatonin was prescribed in December 2025. Leo has no difficulty walking or with his physical health; his health needs relate to his ADHD and his sleep.")],
    D=[("p", "Leo is not known to Children's Social Care and has no social care needs needing a social care assessment (advice from Northmoor "
             "Children's Social Care, 20 January 2026). Mum asked for help with routines at home, and the family are being supported through "
             "Early Help at Northmoor Family Hub (see Section H2). Short breaks were discussed; Mum did not want to apply.")],
    EF_pre=[("p", "Outcomes for the end of Key Stage 2 (July 2030), with the steps below to be reached by the dates shown.")],
    EF=[("group", "Social, Emotional and Mental Health"),
        ("out", "1. By July 2026, Leo will stay on task for 10 minutes in English and maths lessons, using his timer and movement breaks, in 4 out of 5 lessons, recorded by his Teaching Assistant.",
         [("Visual timer, 'now and next' card and a wobble cushion.", "Every lesson", "Class teacher"),
          ("Planned movement breaks (taking a message, the trampoline in the hall).", "Every 20 minutes in lessons (2-3 mins)", "Teaching Assistant (Level 3)")]),
        ("out", "2. By end Spring 2027, Leo will use a calming strategy when he is frustrated, so that incidents of hitting out fall from twice a week to no more than one each half term, recorded on the school's behaviour log.",
         [("Zones of Regulation (a programme that teaches children to recognise their feelings and how to calm down), 1:2 with one other pupil.", "Twice weekly (20 mins)", "Emotional Literacy Support Assistant (ELSA)"),
          ("Key adult check-in to plan the day.", "Each morning at registration (5 mins)", "Teaching Assistant (Level 3)"),
          ("Educational Psychologist consultation with staff and Mum to review strategies.", "Once a term (1.5 hours)", "Educational Psychologist, Northmoor Educational Psychology Service")]),
        ("group", "Cognition and Learning"),
        ("out", "3. By July 2026, Leo will read Phase 5 phonics words with 90% accuracy and read a book at his level with 95% accuracy, checked each half term by his class teacher.",
         [("Phonics catch-up programme, 1:1.", "Daily (15 mins)", "Teaching Assistant (Level 3), trained in the school's phonics programme"),
          ("Reading to an adult using books about animals and cooking.", "Daily (10 mins)", "Teaching Assistant (Level 3)")]),
        ("out", "4. By July 2027, Leo will write a recipe or recount of at least 5 sentences, using capital letters and full stops in 4 of the 5 sentences, in 3 pieces of work each half term.",
         [("Writing group in a group of 4 pupils, using sentence frames and recipe writing.", "3x weekly (30 mins)", "Teaching Assistant (Level 3), planned by the class teacher"),
          ("Talking tin (voice recorder) to plan his sentences, provided by the school and charged by the Teaching Assistant.", "Every writing lesson", "Teaching Assistant")]),
        ("group", "Communication and Interaction"),
        ("out", "5. By July 2026, Leo will wait for his turn to speak in a group of 4, using a 'talking object', in 3 out of 4 observed sessions.",
         [("Lego-based therapy group (children build a model together, each with a job, practising turn-taking and conversation), group of 3.", "Weekly (45 mins)", "Teaching Assistant trained in Lego-based therapy")]),
        ("group", "Health"),
        ("out", "6. By July 2026, Leo will be asleep by 9pm on 5 nights out of 7, recorded in his sleep diary by Mum.",
         [("Health provision - see Section G (School Nurse sleep programme and medication review).", "See Section G", "0-19 Public Health Nursing; Community Paediatrician")]),
        ],
    G=[("table", ["Health provision", "Frequency", "Provided by"],
        [["ADHD medication review, including height, weight, blood pressure and melatonin.", "Every 6 months (clinic, 30 minutes)", "Community Paediatrician (Neurodevelopmental pathway)"],
         ["Sleep programme with Mum: bedtime routine, sleep diary and advice.", "4 home visits (45 minutes each) between March and June 2026, then a review visit in September 2026", "School Nurse, 0-19 Public Health Nursing"]]),
       ("p", "DCO sign-off: agreed, R.P. (Designated Clinical Officer), 24/02/2026."),
       ],
    H1=[("p", "None. Short breaks were discussed with Mum and she did not want to apply (see Section D).")],
    H2=[("b", "Early Help: home visit from the Early Help Practitioner once a fortnight (1 hour) for 12 weeks from March 2026, to help with morning and bedtime routines."),
        ("b", "'Understanding ADHD' parenting course at Northmoor Family Hub: one 2-hour session a week for 8 weeks (summer term 2026)."),
        ],
    I=[("p", "Moorside Primary School (mainstream community primary school).")],
    J=[("p", "No personal budget requested.")],
    K=[["Leo's views", "Gathered by Dr A. Coulson, Educational Psychologist", "22/01/2026"],
       ["Parent's views", "Mum", "15/01/2026"],
       ["Educational advice", "Mrs J. Kay, SENCo (special educational needs co-ordinator), Moorside Primary School", "19/01/2026"],
       ["Psychological advice", "Dr A. Coulson, Educational Psychologist", "29/01/2026"],
       ["Medical advice", "Dr K. Barnes, Community Paediatrician (Neurodevelopmental pathway)", "12/01/2026"],
       ["School nursing advice", "School Nurse, 0-19 Public Health Nursing", "14/01/2026"],
       ["Social care advice", "Northmoor Children's Social Care (Integrated Front Door)", "20/01/2026"],
       ["Early Help information", "Early Help Practitioner, Northmoor Family Hub", "27/01/2026"]],
    end=[("p", "Issued by Northmoor Metropolitan Borough Council, SEND Assessment and Review Team, 2 March 2026.")],
)

PLANS = {"n102.docx": N102, "n105.docx": N105, "n108.docx": N108, "n111.docx": N111}
