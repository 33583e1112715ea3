#!/usr/bin/env python3
"""Generator for blind validity set T2 (writer T2): twelve fictional EHC plans for the
London Borough of Limehurst, an invented inner-London borough.

Plan text is held below as Python data (one dict per plan); there is one renderer per layout:
  bold-statutory        - no heading styles; bold paragraphs with the long statutory titles;
                          hand-typed bullets
  letter-column         - one big two-column table; the section letter in a shaded left cell
                          merged down all the section's rows; content on the right
  shaded-heading-table  - each section heading in its own shaded 1x1 table, then paragraphs,
                          Word bullet lists and tables
Run:  /work/blind/.venv-T2/bin/python generate.py   (writes plans/t201.docx ... t212.docx)
"""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plans")

# ---- block helpers -------------------------------------------------------------------------
def H(text):            # sub-heading inside a section
    return ("h", text)

def P(text):            # paragraph
    return ("p", text)

def B(items):           # bullet list
    return ("b", list(items))

def T(header, rows):    # table
    return ("t", list(header), [list(r) for r in rows])

SECTIONS = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]

LONG_TITLES = {
    "A": "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
    "B": "Section B: The child or young person's special educational needs",
    "C": "Section C: The child or young person's health needs which relate to their special educational needs",
    "D": "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability",
    "E": "Section E: The outcomes sought for the child or young person",
    "F": "Section F: The special educational provision required by the child or young person",
    "G": "Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "H1": "Section H1: Any social care provision which must be made for the child or young person as a result of section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "I": "Section I: The name and type of the school or other institution to be attended by the child or young person",
    "J": "Section J: Personal Budget, including the details of any direct payments and the outcomes they will support",
    "K": "Section K: The advice and information gathered during the education, health and care needs assessment",
}

SHORT_TITLES = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health needs",
    "D": "Social care needs",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}

COUNCIL = "London Borough of Limehurst"
DOC_TITLE = "Education, Health and Care (EHC) Plan"

PLANS = []

# ============================================================================ t201 (SOUND)
PLANS.append(dict(
    id="t201", layout="bold-statutory", bullet="•",
    front=[
        ("Child's first name", "Ayaan"),
        ("Age when this plan was issued", "3 years 9 months"),
        ("School year", "Nursery – Early Years Foundation Stage (EYFS)"),
        ("Home languages", "Sylheti and English"),
        ("Interpreter", "Sylheti interpreter at every meeting (booked through Limehurst Language Line)"),
        ("Date this plan was issued", "14 May 2026"),
        ("Date of last annual review", "Not yet held – this is Ayaan's first plan. Because Ayaan is under five, the plan will be reviewed within six months."),
        ("EHC coordinator", "Rokeya Begum, EHC Coordinator, Limehurst Special Educational Needs and Disabilities (SEND) Service"),
    ],
    A=[
        P("This section is written as Ayaan's one-page profile. It was put together with his mum and dad, his key person at Sidney Gardens Nursery School and the professionals who know him."),
        H("How we found out what Ayaan thinks and feels"),
        P("Ayaan does not use spoken words yet, so we learnt about his views by watching him and playing with him. His key person, Ms Farida Khatun, kept notes on four mornings in March 2026 of what he chose, what made him laugh and what upset him. The speech and language therapist offered him photographs and real objects during play and noted what he reached for and what he pushed away. His mum and dad told us, through the interpreter, what he does at home. Everything below comes from these observations by people who know him well."),
        H("What people like and admire about Ayaan"),
        B([
            "He has a big, sudden laugh that makes everyone in the room smile.",
            "He is determined: he will keep working at a shape sorter until every piece is in.",
            "He can line up to twenty toy cars by colour and notices straight away if one is moved.",
            "He is gentle with the nursery guinea pigs and strokes them with one finger.",
            "He climbs the big frame in the garden confidently and safely.",
        ]),
        H("What Ayaan shows us is important to him"),
        P("Ayaan loves water, bubbles, spinning wheels and the song \"Twinkle, Twinkle\", which his nani (grandmother) sings to him in Sylheti. At nursery he goes straight to the water tray and will stay there for up to 15 minutes, much longer than anywhere else. He pulls an adult by the hand to the things he wants, and at home he brings his shoes to his mum when he wants to go to the park. When the room gets loud he covers his ears and goes to the book corner; his key person has learnt that this is how he tells us he needs a quiet minute."),
        H("How to support Ayaan well"),
        B([
            "Get down to his level and say his name before you speak to him.",
            "Use one or two words at a time, with a photograph or a real object.",
            "Show him the \"finished\" sign and give him a warning before an activity ends.",
            "Let him hold his small blue car when he moves from room to room.",
            "Keep the lights low in the quiet area and let him go there when he covers his ears.",
        ]),
        H("What Ayaan's family say"),
        P("\"Ayaan is our first child and he is very loving. At home he laughs with his father and likes to be swung in a blanket. We worry because he does not talk, and at the mosque the other children play without him. We want nursery to help him show us what he wants so he is not so frustrated. We also worry that he eats only a few foods.\" – Ayaan's mum and dad, speaking through a Sylheti interpreter, 10 March 2026."),
        H("Hopes and aspirations for the future"),
        P("Ayaan's parents hope that he will be able to ask for what he needs – with words, signs or pictures – play with other children, eat a wider range of family food, and one day go to school with his cousins and have friends there. For now, the adults around him hope he will enjoy nursery, feel safe there and begin to share his games with another child."),
    ],
    B=[
        P("Ayaan was diagnosed as autistic by the Limehurst Child Development Team in January 2026. His main area of need is communication and interaction. He also has sensory needs and finds changes in routine hard."),
        H("Communication and interaction"),
        P("What Ayaan can do: he follows familiar routines when he is shown an object cue (his coat means home time); he understands \"coat\", \"drink\", \"bubbles\" and \"finished\" when they are said with a gesture; he asks for things by reaching, pulling an adult's hand or bringing the object to them. He makes good eye contact with his dad during rough-and-tumble play."),
        P("What Ayaan finds hard: he does not yet use words, signs or pictures to ask for things, and he does not turn when his name is called in a busy room. The speech and language therapist found in February 2026 that his understanding of words is at about the level expected of a child aged 12 to 18 months. He rarely looks where an adult is pointing (this is called shared attention), and shared attention is the foundation for learning new words."),
        H("Cognition and learning"),
        P("Ayaan completes six-piece inset puzzles and matches colours and shapes quickly. He learns best through repetition, movement and hands-on play with things he loves. He finds it hard to copy what an adult does, and his play is mostly lining up and spinning objects; pretend play has not started yet."),
        H("Social, emotional and mental health"),
        P("Ayaan is calm and happy when he knows what is coming next. Changes of routine, such as tidy-up time, upset him: he cries and drops to the floor about four times in a morning session. He plays near other children but not yet with them, and he will let one familiar child sit beside him at the water tray."),
        H("Sensory and/or physical"),
        P("Ayaan seeks movement – spinning, jumping and swinging – and finds noise very hard; he covers his ears during music time. His fine motor skills are developing well: he uses a pincer grip to pick up raisins and can turn the pages of a board book. He walks, runs and climbs confidently."),
    ],
    C=[
        P("Ayaan has no difficulty with his hearing – a full hearing test at the Royal Limehurst Hospital audiology clinic on 16 February 2026 was clear – but he has a very restricted diet. He eats only five foods (plain rice, dry cereal, one brand of yoghurt, crisps and bananas) and drinks milk from a bottle. His weight is on the 9th centile, and the community paediatrician wants to make sure it does not fall further."),
        P("Ayaan has eczema on his hands and behind his knees. It flares up when he is anxious and scratches, and the skin sometimes cracks and bleeds."),
        P("Ayaan's sleep is broken: he wakes for about an hour on most nights. His parents have started a bedtime routine with the health visitor and say it is beginning to help."),
    ],
    D=[
        P("Ayaan lives with his mum, dad and baby sister in a two-bedroom flat; his grandmother lives nearby and helps every day. Mr Daniel Osei, Social Worker in the Children with Disabilities Team, completed a social care screening with the family on 2 April 2026 and found no social care needs at present: the family meet Ayaan's care needs well with the help of his grandmother."),
        P("Mr Osei went through Limehurst's local offer with the family, including the Saturday stay-and-play sessions at Sidney Gardens Family Hub and short breaks for children under five. The family said they do not want a short-break assessment now, and they know how to ask for one later."),
    ],
    E=[
        P("These outcomes were agreed with Ayaan's parents and nursery at the planning meeting on 28 April 2026. They build on the family's hopes that Ayaan will show people what he wants, play with other children and eat more family foods."),
        T(["Ref", "What Ayaan will achieve, and by when", "How we will know"], [
            ["E1", "By the end of December 2026, Ayaan will ask for a favourite toy, food or activity by handing an adult a photograph card, at least 10 times in a nursery morning on 4 mornings out of 5.", "His key person's tally sheet, checked every half term by the speech and language therapist."],
            ["E2", "By July 2027, Ayaan will take turns with an adult and one other child in a favourite game (bubbles or the ball run) for three turns each, on 3 occasions a week.", "Key person's weekly record and short videos shared with the family."],
            ["E3", "By the end of March 2027, Ayaan will move from one activity to the next when shown his \"now and next\" board, without crying or dropping to the floor, at 8 out of 10 changes in a morning.", "Key person's daily change chart, looked at each month by the nursery special educational needs co-ordinator (SENCo)."],
            ["E4", "By July 2027, Ayaan will respond to his name by stopping and looking at the adult on 4 out of 5 tries in the nursery room.", "The speech and language therapist's check at the end of each term."],
            ["E5", "By May 2027, Ayaan will eat at least 3 new foods, each tasted and swallowed on 3 different days at home or nursery, and his weight will stay on or above the 9th centile.", "Food diary kept by his family and key person; weight measured by the community paediatrician."],
            ["E6", "By the end of the spring term 2027, Ayaan will sit with his group for a 5-minute song time on 4 days out of 5, wearing his ear defenders if he chooses.", "Key person's weekly record."],
        ]),
    ],
    F=[
        P("Ayaan attends Sidney Gardens Nursery School for 15 hours a week (five mornings of 3 hours). The provision below is in addition to what the nursery provides for every child."),
        H("Communication and interaction"),
        T(["Provision", "How often and how long", "Group size", "Who delivers it (and their training)", "Outcome"], [
            ["Picture Exchange Communication System (PECS) teaching, phases 1 and 2, using photographs of Ayaan's favourite things.", "Daily, two sessions of 10 minutes each.", "1:1, with a second adult prompting from behind.", "Key person and nursery teaching assistant, both trained on the two-day PECS Level 1 course.", "E1"],
            ["Direct speech and language therapy to build shared attention and turn-taking.", "Tuesdays and Thursdays, 30 minutes each, across the autumn term 2026 (12 weeks), then reviewed.", "On his own with the therapist.", "Speech and language therapist, Limehurst Children's Speech and Language Therapy Service.", "E2, E4"],
            ["Speech and language therapy programme: the therapist writes Ayaan's targets, shows his key person how to run the activities and reviews progress.", "One visit of 1 hour each half term.", "Not applicable (consultation).", "Speech and language therapist.", "E1, E2, E4"],
            ["Attention Autism group (\"bucket time\"), building from attention to shared play.", "Four times a week, 15 minutes.", "Group of no more than 4 children with 2 adults.", "Nursery teacher trained in Attention Autism (two-day course).", "E2, E4"],
        ]),
        H("Social, emotional and mental health"),
        T(["Provision", "How often and how long", "Group size", "Who delivers it (and their training)", "Outcome"], [
            ["A \"now and next\" board and a photograph timetable, with a sand timer to show when an activity is ending.", "Used at every change of activity.", "Not applicable (equipment).", "Made and kept up to date by Ayaan's key person.", "E3"],
            ["From January 2027, a plan for starting Reception: six visits of 30 minutes to his new Reception class with his key person, and a photo book of the new school made by the Reception teacher.", "Six visits between January and July 2027.", "1:1 with his key person.", "Key person, with the SENCo of the receiving school.", "E3"],
        ]),
        H("Sensory and physical"),
        T(["Provision", "How often and how long", "Group size", "Who delivers it (and their training)", "Outcome"], [
            ["Ear defenders and a quiet tent in the book corner.", "Available every session.", "Not applicable (equipment).", "Provided by the nursery SENCo, who checks them each week.", "E6"],
            ["Sensory movement break (jumping, swinging in the blanket) before group time, following the occupational therapist's programme.", "Twice each morning, 5 minutes.", "1:1.", "Nursery teaching assistant.", "E3, E6"],
            ["Occupational therapist visits to set up and update the sensory programme and show staff how to use it.", "Two visits of 90 minutes in the autumn term 2026, then one visit of 1 hour each term.", "Not applicable (consultation and staff training).", "Occupational therapist, Limehurst Children's Therapy Service.", "E3, E6"],
        ]),
        H("Eating and learning at snack time"),
        T(["Provision", "How often and how long", "Group size", "Who delivers it (and their training)", "Outcome"], [
            ["Food play (touching, smelling and tasting new foods) at snack time, following the dietitian's food-chaining programme.", "Daily, 10 minutes.", "1:1 with his key person.", "Key person, shown the programme by the paediatric dietitian.", "E5"],
        ]),
        H("Training for staff"),
        P("All nursery staff who work with Ayaan will complete Limehurst Autism Outreach Team's early years autism training (3 hours) by the end of October 2026. The nursery SENCo will book the training and keep the attendance record."),
    ],
    G=[
        T(["Health provision", "How often and for how long", "Who provides it", "Health need"], [
            ["Assessment and a food-chaining programme for home and nursery, with advice on milk and bottle use.", "Three appointments of 45 minutes between June and December 2026, then reviewed.", "Paediatric dietitian, Royal Limehurst Hospital.", "Restricted diet and weight"],
            ["Review of Ayaan's growth, eating and general health.", "Every six months, 30 minutes.", "Dr Amina Warsame, Consultant Community Paediatrician.", "Restricted diet and weight"],
            ["Eczema care plan: emollient cream applied at home morning and night and by nursery staff after lunch each day; the health visitor writes the care plan and shows nursery staff what to do.", "One 30-minute session with nursery staff in June 2026; care plan checked every three months.", "Health visitor, Limehurst Health Visiting Service (emollient already prescribed).", "Eczema"],
            ["Telephone support for the bedtime routine.", "A 20-minute call every four weeks for three months from May 2026, then reviewed.", "Health visitor, Limehurst Health Visiting Service.", "Broken sleep"],
        ]),
        P("Health agreement: the health provision in Section G was reviewed and agreed by Dr Helen Marsh, Designated Clinical Officer, North East London Integrated Care Board (ICB), on 7 May 2026."),
    ],
    H1=[
        P("None. Short breaks for children under five were explained to the family by the Children with Disabilities social worker on 2 April 2026 (see Section D); the family chose not to have an assessment at this time."),
    ],
    H2=[
        P("None. Early help was offered through Sidney Gardens Family Hub; the family already go to the Tuesday stay-and-play group there and do not want further support now."),
    ],
    I=[
        P("Sidney Gardens Nursery School, Limehurst (maintained nursery school), nursery class, 15 hours a week. Ayaan is due to start Reception in September 2027; his school will be named when this plan is reviewed."),
    ],
    J=[
        P("The family have not asked for a personal budget."),
    ],
    K=[
        T(["Advice or information", "Given by", "Date"], [
            ["Parents' views (given with a Sylheti interpreter)", "Ayaan's mum and dad", "10 March 2026"],
            ["Educational advice", "Ms Laura Pemberton, Nursery Teacher and SENCo, Sidney Gardens Nursery School", "18 March 2026"],
            ["Psychological advice", "Dr Tomasz Nowak, Educational Psychologist, Limehurst Educational Psychology Service", "24 March 2026"],
            ["Medical advice", "Dr Amina Warsame, Consultant Community Paediatrician", "12 February 2026"],
            ["Audiology report", "Mr Kwame Boateng, Clinical Scientist (Audiology), Royal Limehurst Hospital", "16 February 2026"],
            ["Speech and language therapy advice", "Ms Shirin Ahmed, Speech and Language Therapist", "19 February 2026"],
            ["Occupational therapy advice", "Mr Luke Brennan, Occupational Therapist", "3 March 2026"],
            ["Dietetic advice", "Ms Priya Nair, Paediatric Dietitian, Royal Limehurst Hospital", "25 March 2026"],
            ["Health visiting report", "Ms Joy Adeyemi, Health Visitor", "5 March 2026"],
            ["Social care advice (screening)", "Mr Daniel Osei, Social Worker, Children with Disabilities Team", "2 April 2026"],
        ]),
    ],
))

# ============================================================================ t202 (SOUND)
PLANS.append(dict(
    id="t202", layout="letter-column", bullet="•",
    front=[
        ("Child's first name", "Hamdi"),
        ("Age", "7"),
        ("School year", "Year 2"),
        ("Home languages", "Somali and English"),
        ("Interpreter", "Somali interpreter at the annual review meeting"),
        ("Date this plan was issued", "19/10/2026 (amended plan following annual review)"),
        ("Date of last annual review", "21/09/2026"),
        ("EHC coordinator", "Abdirahman Yusuf, EHC Coordinator, Limehurst Special Educational Needs and Disabilities (SEND) Service"),
    ],
    A=[
        H("My one-page profile"),
        P("Hamdi talked about himself with his teaching assistant, Ms Nimco Hassan, on 14 September 2026. They used Talking Mats (picture cards that Hamdi sorts into \"like\", \"not sure\" and \"don't like\"), and Ms Hassan wrote down what he said in his own words."),
        H("What I like and what I am good at"),
        B([
            "\"I like football. I am a good goalie. I stop the ball with my hands.\"",
            "\"I like maths. I can do take-away in my head.\"",
            "\"My best friend is Yusuf. We play tag.\"",
            "\"I help my little sister with her shoes.\"",
        ]),
        H("What I find hard"),
        B([
            "\"When I don't know the word, I get cross.\"",
            "\"Sometimes my legs hurt and my tummy hurts and I go to hospital. I miss school and I miss football.\"",
            "\"Reading the long words.\"",
        ]),
        H("What people like and admire about Hamdi"),
        P("His teachers describe Hamdi as kind, funny and very brave about his hospital visits. He is quick with numbers, he never gives up in physical education (PE) lessons and he looks after younger children in the playground. He is learning to read in English and to read the Qur'an in Arabic at weekend classes, and he talks to his grandmother in Somali every day."),
        H("How to support me well"),
        B([
            "\"Show me pictures of the new words.\"",
            "\"Let me have my water.\"",
            "Give Hamdi time to find his words – count to ten in your head before you help.",
            "Keep him warm: he needs his coat for outdoor play in cold weather.",
        ]),
        H("What Hamdi's family say"),
        P("Hamdi's mother spoke with us through a Somali interpreter on 21 September 2026: \"Hamdi is a happy boy who loves his friends. His illness makes him miss a lot of school and then he is behind and sad. I want him to catch up with reading and to tell his teacher when he has pain, not hide it. At home we speak Somali and he finds some words hard in both languages.\""),
        H("My hopes and dreams"),
        P("Hamdi says: \"I want to be a footballer for Arsenal. Or a goalie.\" His mother hopes he will read well, stay healthy enough to keep playing football, and go on to secondary school with his friends. She would like him to learn to look after his own health as he grows up."),
    ],
    B=[
        H("Communication and interaction"),
        P("Hamdi has developmental language disorder (DLD), diagnosed by the speech and language therapist in 2025. This is a lifelong difficulty with learning and using language; it is not caused by his learning English as an additional language (EAL), because it shows in Somali as well as in English. Hamdi understands everyday instructions but struggles with longer ones (\"Before you get your book, put your coat on the peg\"). He speaks in sentences of four to five words, often leaves out small words such as \"is\" and \"the\", and has trouble finding words he knows. His vocabulary in both languages is well below that of most children his age."),
        P("Strengths: Hamdi is sociable, keen to talk, uses gesture well and is quick to join in games."),
        H("Cognition and learning"),
        P("Hamdi is working at the expected standard in maths: he knows number bonds to 20 and adds and subtracts two-digit numbers. His reading is behind: he reads Phase 4 phonics books with support and finds blending longer words hard. His writing is limited to one or two short sentences because he finds it hard to put ideas into words. He has missed about 12% of school this year (attendance 88%) because of illness and hospital appointments, and this has left gaps in his phonics."),
        H("Social, emotional and mental health"),
        P("Hamdi has good friendships. When he cannot find a word or has fallen behind after an absence, he becomes frustrated, puts his head on the desk and stops working. He sometimes hides pain because he does not want to miss football."),
        H("Sensory and/or physical"),
        P("Hamdi gets tired more quickly than other children, especially in the afternoons and after a pain crisis (see Section C). His gross and fine motor skills are typical for his age."),
    ],
    C=[
        P("Hamdi has no difficulty with his mobility, hearing or vision, but he has sickle cell disease, a lifelong blood condition. His red blood cells can change shape and block small blood vessels, causing sudden, severe pain (a \"crisis\"), tiredness and a greater risk of infection. In the last year he had three pain crises; one needed a four-day stay in hospital."),
        P("To stay well Hamdi needs to drink plenty of water, keep warm, use the toilet when needed and avoid becoming over-tired. He takes penicillin twice a day and folic acid once a day, given at home. He has a yearly transcranial Doppler scan (an ultrasound of the blood flow in his head) because children with sickle cell disease have a higher risk of stroke; his last scan in August 2026 was normal."),
    ],
    D=[
        P("Hamdi has no social care needs. This is based on the social care screening completed by Mr Daniel Osei, Social Worker, Children with Disabilities Team, on 17 September 2026, who found that Hamdi's parents meet his care needs well, including during hospital stays, with support from his extended family."),
        P("Mr Osei shared information about Limehurst's local offer, short breaks and the Sickle Cell Society's Somali family group. The family joined the family group and did not want a short-break assessment."),
    ],
    E=[
        P("These outcomes run to the end of Year 2 and were agreed at the annual review on 21 September 2026."),
        T(["Outcome", "How we will know", "Links to"], [
            ["E1. By July 2027, Hamdi will use at least 40 new words from the Year 2 science and PE word lists correctly in a spoken sentence (he uses 6 of them now).", "His teaching assistant ticks a termly word checklist; the speech and language therapist checks a sample each term.", "Reading well; football"],
            ["E2. By July 2027, Hamdi will retell a short story with four events in the right order using \"first, next, then, last\", in English and in Somali, on 3 out of 4 tries.", "Speech and language therapist's recorded retells in December, April and July.", "Reading well; talking to his family"],
            ["E3. By the end of March 2027, Hamdi will read a Phase 5 phonics book with at least 90% accuracy.", "Class teacher's running record each half term.", "Reading well; secondary school with friends"],
            ["E4. By April 2027, Hamdi will tell or show an adult when he is in pain, cold or thirsty, using words or his \"body card\", every time it happens in school.", "The school's health log: every pain or cold episode records whether Hamdi told an adult himself.", "Looking after his own health"],
            ["E5. By July 2027, Hamdi will take part in the after-school football club for the full 45 minutes at 8 out of 10 sessions, taking his own water and rest breaks, and receive a \"Player of the Week\" certificate from the coach.", "Football coach's register and break record.", "Being a footballer"],
            ["E6. By July 2027, after any absence, Hamdi will catch up so that he is no more than one step behind his class target in the school's reading and maths trackers.", "The special educational needs co-ordinator (SENCo) checks the trackers each half term.", "Secondary school with friends"],
        ]),
    ],
    F=[
        H("Communication and interaction"),
        T(["Provision", "How often / how long", "Group size", "Who"], [
            ["Direct speech and language therapy for vocabulary and storytelling (narrative).", "Wednesdays, 40 minutes, for 10 weeks each term, then reviewed at the end of the term.", "1:1", "Speech and language therapist, Limehurst Children's Speech and Language Therapy Service."],
            ["Word Aware pre-teaching of topic words before each new science and PE unit.", "x5 weekly, 15 minutes.", "1:1 or with one other child", "Class teaching assistant, trained by the speech and language therapist (2-hour Word Aware training)."],
            ["Talk Boost language group.", "x3 weekly, 30 minutes, for 10 weeks in the spring term.", "A group of no more than 4", "Teaching assistant trained in Talk Boost."],
            ["Therapist visit to review targets, model strategies and meet the class teacher and teaching assistant.", "Once each half term, 1 hour.", "Not applicable", "Speech and language therapist."],
            ["Training on developmental language disorder for all Year 2 staff.", "One 2-hour session in the spring term 2027.", "Not applicable", "Speech and language therapist."],
        ]),
        H("Cognition and learning"),
        T(["Provision", "How often / how long", "Group size", "Who"], [
            ["Phonics catch-up tutoring (Read Write Inc. Fast Track).", "Daily, 10 minutes.", "1:1", "Teaching assistant trained in Read Write Inc."],
            ["Catch-up teaching after illness: a 20-minute session on each of the first three days back after any absence of two days or more.", "As set out, after each absence.", "1:1", "Class teacher or class teaching assistant."],
            ["Home learning pack with the week's phonics and maths.", "Sent within two school days of any absence of more than three days.", "Not applicable", "Class teacher."],
        ]),
        H("Social, emotional and health-related learning"),
        T(["Provision", "How often / how long", "Group size", "Who"], [
            ["Check-in with his \"body card\" (pictures of pain, cold, thirst and tiredness), so that Hamdi learns to say how his body feels.", "Twice a day (start of the day and after lunch), 2 minutes.", "1:1", "Class teaching assistant."],
            ["Named water bottle on his desk at all times and a toilet pass.", "Every day.", "Not applicable (equipment)", "Provided and refilled by the class teacher and teaching assistant."],
            ["Rest space (beanbag in the reading corner) and permission to wear his coat for outdoor PE and play in cold weather.", "Every day.", "Not applicable (adaptation)", "Arranged by the SENCo, who tells all staff and supply teachers."],
            ["Football club adjustments: water and rest breaks every 15 minutes, and a warm-up indoors in cold weather.", "Each weekly session, 45 minutes.", "Whole club (no more than 16 children)", "Football coach, briefed by the SENCo."],
        ]),
    ],
    G=[
        T(["Health provision", "How often / how long", "Who provides it", "Health need"], [
            ["Individual Healthcare Plan (IHCP) written with school, covering pain crises, fever, fluids, warmth and when to call an ambulance.", "Written each September and reviewed after any hospital stay.", "Haemoglobinopathy Clinical Nurse Specialist, Royal Limehurst Hospital.", "Sickle cell disease"],
            ["Training in sickle cell care for Hamdi's class staff, the PE teacher and the football coach.", "One 1-hour session each autumn term.", "Haemoglobinopathy Clinical Nurse Specialist.", "Sickle cell disease"],
            ["Haematology clinic review.", "Every 3 months, 30 minutes.", "Dr Simon Okafor, Consultant Haematologist, Royal Limehurst Hospital.", "Sickle cell disease"],
            ["Transcranial Doppler scan (stroke screening).", "Once a year.", "Royal Limehurst Hospital haematology team.", "Stroke risk"],
            ["School nurse visit to check the IHCP is being followed and that medicines and the health log are in order.", "Once a term, 30 minutes.", "School Nurse, Limehurst School Nursing Service.", "Sickle cell disease"],
            ["Daily penicillin and folic acid.", "Penicillin twice a day, folic acid once a day, given at home.", "Prescribed by the haematology team; given by Hamdi's parents.", "Infection risk; anaemia"],
        ]),
        P("Health sign-off: this health provision was confirmed by Ms Grace Adebayo, Designated Clinical Officer, North East London Integrated Care Board, on 12 October 2026."),
    ],
    H1=[P("None. Hamdi's family were told about Limehurst short breaks (see Section D) and did not want an assessment at this stage.")],
    H2=[P("None. The family chose to join the Sickle Cell Society's Somali family group, which they found through the local offer.")],
    I=[P("Ropewalk Primary School, Limehurst – community primary school (mainstream).")],
    J=[P("The family asked about a personal budget at the annual review and decided not to have one at this time.")],
    K=[
        T(["Advice / information", "From", "Date"], [
            ["Hamdi's views (Talking Mats)", "Gathered by Ms Nimco Hassan, Teaching Assistant, Ropewalk Primary School", "14/09/2026"],
            ["Parent's views (Somali interpreter)", "Hamdi's mother", "21/09/2026"],
            ["Educational advice – annual review report", "Ms Joanne Reid, SENCo, and Mr Adam Clarke, Class Teacher", "15/09/2026"],
            ["Psychological advice", "Dr Fatima Ali, Educational Psychologist", "02/07/2026"],
            ["Medical advice", "Dr Simon Okafor, Consultant Haematologist", "08/08/2026"],
            ["Nursing advice", "Ms Ruth Mensah, Haemoglobinopathy Clinical Nurse Specialist", "08/08/2026"],
            ["Speech and language therapy advice", "Ms Aisha Rahman, Speech and Language Therapist", "10/09/2026"],
            ["School nursing report", "Ms Claire Dunn, School Nurse", "01/09/2026"],
            ["Social care advice (screening)", "Mr Daniel Osei, Social Worker, Children with Disabilities Team", "17/09/2026"],
        ]),
    ],
))

# ============================================================================ t203 (FAIL)
# Planted: outcomes written as provision (E2, E4, E5); clinical language in A; anxiety in C with
# nothing in G and no outcome; educational provision (Lego-based therapy) written in H2.
PLANS.append(dict(
    id="t203", layout="shaded-heading-table",
    front=[
        ("Child's first name", "Rahim"),
        ("Age", "11"),
        ("School year", "Year 6"),
        ("Home languages", "Bengali and English"),
        ("Interpreter", "Not needed – family asked to meet in English"),
        ("Date this plan was issued", "9 February 2026"),
        ("Date of last annual review", "15 January 2026"),
        ("EHC coordinator", "Rokeya Begum, EHC Coordinator, Limehurst Special Educational Needs and Disabilities (SEND) Service"),
    ],
    A=[
        H("About Rahim"),
        P("Rahim presents with a triad of impairments in reciprocal social communication, social interaction and social imagination, together with restricted and repetitive patterns of behaviour and sensory hyper-reactivity, consistent with autism spectrum disorder without disorder of intellectual development and with mild or no impairment of functional language (International Classification of Diseases, 11th revision (ICD-11), code 6A02.0). Comorbid generalised anxiety symptomatology is reported, with somatic presentation prior to school attendance and marked avoidance of non-preferred demands."),
        H("What Rahim told us"),
        P("Rahim met his class teacher on 8 January 2026 to prepare for his review and typed his answers on the class laptop. He wrote: \"I like trains, especially the Elizabeth line. I know every station from Reading to Abbey Wood. I am good at maths and I like coding on Scratch. I don't like the dinner hall because it is too loud and people push. I get a bad feeling in my stomach in the morning before school. When I go to secondary school I want a quiet place to go at lunch.\""),
        H("What people like and admire about Rahim"),
        B([
            "He has an excellent memory for facts and timetables.",
            "He is honest and fair and will always tell you if a rule has been broken.",
            "He works hard in maths and is working above the expected standard.",
            "He has built a model of Whitechapel station that was displayed in the school entrance.",
        ]),
        H("What Rahim's parents say"),
        P("Rahim's mum and dad told us on 15 January 2026: \"Rahim is clever and kind, and he is a good brother. We are worried about secondary school. He is very anxious in the mornings and some days he is sick before school. We want him to have a calm start to Year 7 and to make one or two friends who like the same things he does.\""),
        H("Hopes for the future"),
        P("Rahim would like to work for Transport for London as a train driver or as an engineer who designs railways. His parents hope he will settle well at secondary school, make friends and one day go to university."),
    ],
    B=[
        H("Communication and interaction"),
        P("Rahim is autistic. He speaks fluently and has a wide vocabulary, especially about trains and maths. He finds it hard to take turns in conversation and will talk at length about his interests without noticing that others want to speak. He takes language literally, so idioms such as \"pull your socks up\" confuse him. In group work he prefers to work alone and can become upset when others change the plan."),
        H("Cognition and learning"),
        P("Rahim is working above the expected standard in maths and at the expected standard in reading. His writing is below the expected standard: he writes accurate facts but finds it hard to write stories or explain other people's feelings. He finds open-ended tasks hard to start and needs clear steps."),
        H("Social, emotional and mental health"),
        P("Rahim worries a great deal about changes and about getting things wrong. On about two mornings a week he arrives upset and needs 20 minutes before he can go into class. He has one friend in his class and finds the playground and dinner hall overwhelming."),
        H("Sensory and/or physical"),
        P("Rahim is very sensitive to noise and to being touched unexpectedly. He covers his ears in assemblies and the dinner hall. He has no physical difficulties."),
    ],
    C=[
        P("Rahim has anxiety. He was assessed by the Child and Adolescent Mental Health Service (CAMHS) in November 2025, who found moderate generalised anxiety, with stomach aches and being sick before school on about two mornings a week, and panic when routines change without warning."),
        P("Rahim also has difficulty getting to sleep; he often lies awake until after 11pm. The community paediatrician prescribed melatonin in October 2025 and this has helped."),
    ],
    D=[
        P("Rahim's parents find weekends and school holidays hard, as Rahim needs an adult with him most of the time and his younger sister also needs their attention. The Children with Disabilities Team completed a social care assessment on 3 December 2025 and agreed that Rahim needs short breaks so that he can enjoy time with other young people and his parents can have a rest."),
    ],
    E=[
        T(["No.", "Outcome", "How we will know"], [
            ["E1", "By July 2026, Rahim will take part in a paired maths or coding task with one classmate, taking turns to speak, for 15 minutes on 3 occasions a week.", "Class teacher's weekly observation record."],
            ["E2", "Rahim will receive 1:1 support from a teaching assistant in all literacy lessons.", "Teaching assistant timetable."],
            ["E3", "By July 2026, Rahim will write a story of at least 150 words that includes what one character feels and why, using his story planner, in 3 out of 4 assessed pieces.", "Class teacher's writing assessment each half term."],
            ["E4", "Staff will use a visual timetable with Rahim every day and will warn him of any change to his day.", "Checked by the special educational needs co-ordinator (SENCo)."],
            ["E5", "Rahim is given a weekly social skills group with other pupils.", "Group register."],
            ["E6", "By the end of the autumn term 2026, Rahim will eat his lunch in the quiet dining area of his secondary school and then join a lunchtime club (such as the coding club) on at least 3 days a week.", "Year 7 key worker's weekly record."],
        ]),
    ],
    F=[
        H("Communication and interaction"),
        T(["Provision", "How often and for how long", "Group size", "Who"], [
            ["Social stories and comic strip conversations to explain new situations and what other people think and feel.", "Twice a week, 20 minutes.", "1:1", "Teaching assistant trained by the Limehurst Autism Outreach Team."],
            ["Speech and language therapy programme for conversation skills (turn-taking, checking the listener is interested).", "Therapist visits once a half term for 1 hour to set targets; teaching assistant delivers the programme three times a week for 15 minutes.", "1:1", "Speech and language therapist; trained teaching assistant."],
        ]),
        H("Cognition and learning"),
        T(["Provision", "How often and for how long", "Group size", "Who"], [
            ["Support in literacy lessons to use a story planner and sentence starters for feelings.", "Every literacy lesson (5 x 1 hour a week).", "1:1 within the class", "Teaching assistant."],
            ["Writing intervention focusing on characters and feelings.", "Twice a week, 30 minutes, for 12 weeks.", "Group of no more than 4", "Class teacher."],
        ]),
        H("Social, emotional and mental health"),
        T(["Provision", "How often and for how long", "Group size", "Who"], [
            ["Visual timetable on his desk and a written warning of any change to his day.", "Every day.", "Not applicable (equipment)", "Class teacher."],
            ["Morning meet-and-greet at the side gate and a 10-minute calm activity before class.", "Daily, 10 minutes.", "1:1", "Teaching assistant."],
            ["Transition programme to secondary school: six extra visits to his secondary school and a photo booklet of key places and staff.", "Six visits of 1 hour between April and July 2026.", "1:1 with teaching assistant", "Teaching assistant and the secondary school SENCo."],
        ]),
        H("Sensory"),
        T(["Provision", "How often and for how long", "Group size", "Who"], [
            ["Ear defenders and a seat at the end of the row in assemblies; lunch in the quiet room.", "Every day.", "Not applicable (equipment and adaptation)", "Provided by the SENCo."],
        ]),
    ],
    G=[
        T(["Health provision", "How often", "Who provides it"], [
            ["Review of sleep and melatonin prescription.", "Every 6 months, 20-minute appointment.", "Dr Amina Warsame, Consultant Community Paediatrician."],
        ]),
        P("Health agreement: agreed by Dr Helen Marsh, Designated Clinical Officer, North East London Integrated Care Board, 2 February 2026."),
    ],
    H1=[
        P("Short breaks: Rahim will attend the Limehurst Saturday Club for autistic young people, 5 hours every other Saturday, funded by the Children with Disabilities Team."),
    ],
    H2=[
        P("Lego-based therapy group at school to develop turn-taking and shared problem-solving: weekly, 45 minutes, in a group of 3, led by a teaching assistant trained in Lego-based therapy."),
    ],
    I=[
        P("Until July 2026: Cannon Street Primary School, Limehurst (community primary school). From September 2026: Marshgate Academy, Limehurst (mainstream secondary academy)."),
    ],
    J=[
        P("No personal budget."),
    ],
    K=[
        T(["Advice", "Given by", "Date"], [
            ["Rahim's views", "Rahim, with Mr Ian Doyle, Class Teacher", "8 January 2026"],
            ["Parents' views", "Rahim's mum and dad", "15 January 2026"],
            ["Educational advice – annual review report", "Ms Helen Ward, SENCo, Cannon Street Primary School", "12 January 2026"],
            ["Psychological advice", "Dr Tomasz Nowak, Educational Psychologist", "20 October 2025"],
            ["Medical advice", "Dr Amina Warsame, Consultant Community Paediatrician", "14 October 2025"],
            ["Mental health advice", "Dr Rachel Stone, Clinical Psychologist, Child and Adolescent Mental Health Service", "27 November 2025"],
            ["Speech and language therapy advice", "Ms Shirin Ahmed, Speech and Language Therapist", "5 December 2025"],
            ["Social care advice", "Ms Sara Whitfield, Social Worker, Children with Disabilities Team", "3 December 2025"],
        ]),
    ],
))

# ============================================================================ t204 (SOUND)
PLANS.append(dict(
    id="t204", layout="bold-statutory", bullet="-",
    front=[
        ("Young person's first name", "Idil"),
        ("Age", "14"),
        ("School year", "Year 9"),
        ("Home languages", "Somali, English"),
        ("Interpreter", "Somali interpreter for Idil's mother at the review"),
        ("Date this plan was issued", "2nd March 2026"),
        ("Date of last annual review", "4th February 2026"),
        ("EHC coordinator", "Abdirahman Yusuf, EHC Coordinator, Limehurst Special Educational Needs and Disabilities (SEND) Service"),
    ],
    A=[
        H("All about me"),
        P("I wrote this with my tutor, Ms Okonkwo, on 20 January 2026. These are my words."),
        P("My name is Idil and I am 14. I live with my mum, my two brothers and my auntie. I love netball – I play Goal Defence for the school team – and I draw manga characters in my sketchbook every night. People say I am kind because I look after my little cousins at weekends and I help new Year 7s find their way round school. I am good at art and I got a merit in the Year 8 art exhibition."),
        H("What is important to me"),
        B([
            "My friends Hodan and Maryam, and sitting with them at lunch.",
            "Netball on Tuesdays and Thursdays.",
            "Having my own money so I can buy art things.",
            "Not being made to read out loud in front of the class.",
        ]),
        H("What I find hard"),
        P("When teachers talk fast or use long words I lose the meaning and then I don't know what to do. I don't like to ask because people will think I am stupid. Reading long pages is hard and I get tired. In science I don't understand the words in the questions, even when I know the answer."),
        H("How to help me"),
        B([
            "Write the key words on the board and tell me what they mean before the lesson.",
            "Check I understand by asking me quietly, not in front of everyone.",
            "Give me a bit more time to answer.",
            "Let me type my work on the laptop.",
        ]),
        H("My hopes for the future"),
        P("I want to work in a beauty salon doing nails and make-up, and maybe one day have my own salon. I also like the idea of being an art teacher. Before that I want to get a Saturday job and go to college. I want to go to the youth club on my own on the bus like my friends do."),
        H("What my mum says"),
        P("Idil's mother spoke to us through a Somali interpreter on 22 January 2026: \"Idil is a good girl and very creative. She helps me at home with the little ones. I want her to be independent – to travel by herself, to cook, to get a job. I worry that she does not tell teachers when she does not understand. I want her to leave school with qualifications and go to college.\""),
    ],
    B=[
        H("Communication and interaction"),
        P("Idil has developmental language disorder (DLD), a lifelong difficulty with understanding and using language. It was diagnosed by the speech and language therapy service in Year 5. Her understanding of spoken language is well below that of most young people her age, particularly long sentences, words with more than one meaning and subject vocabulary. She rarely tells an adult when she has not understood. Her everyday conversation is good, and she explains herself well when she has time and pictures to help."),
        H("Cognition and learning"),
        P("Idil's reading accuracy is good but her understanding of what she reads is at about the level of a 10-year-old (tested in December 2025). Her written work is short and she avoids words she is unsure of. In maths she is working at about the level expected at the end of Year 7 and is strong in shape and measure. In art she is working above the level expected for her age."),
        H("Social, emotional and mental health"),
        P("Idil has close, lasting friendships and is well liked. She becomes anxious in new situations and when she has to speak in front of a group, and she sometimes stays at home on days when she has an oral presentation. Her attendance last year was 93%."),
        H("Sensory and/or physical"),
        P("Idil has no sensory or physical needs."),
    ],
    C=[
        P("Idil has no health needs relating to her special educational needs. This is based on medical advice from Dr Amina Warsame, Consultant Community Paediatrician, dated 12 December 2025, who found her fit and well, and on a hearing test at the Royal Limehurst Hospital audiology clinic on 27 November 2025, which was normal."),
    ],
    D=[
        P("Idil has no social care needs. Ms Sara Whitfield, Social Worker, Children with Disabilities Team, completed a social care screening on 8 January 2026 and found that Idil's needs are met well at home. Ms Whitfield gave the family information about Limehurst's local offer, including the youth centre on Bow Lane and the free travel training scheme (now included in Section F)."),
    ],
    E=[
        P("Idil is in Year 9, so her outcomes look ahead to adult life: work, living independently, friends and community, and good health. They were written with Idil at her review."),
        T(["Outcome (what Idil will achieve, by when)", "How we will know", "Preparing for adulthood area"], [
            ["By the end of July 2027, Idil will complete a one-week work experience placement in a hair and beauty salon and receive a positive written report from her placement supervisor, rated \"good\" or better for following instructions and timekeeping.", "Placement supervisor's report, kept by the careers adviser.", "Employment"],
            ["By July 2027, Idil will access her local community independently: she will travel by bus on her own from home to the Bow Lane youth centre and back on 4 out of 4 planned evenings in a month.", "Travel trainer's sign-off sheet and a journey log kept by Idil's mum.", "Independent living; friends and community"],
            ["By July 2027, Idil will gain an Entry Level Certificate in English at Entry Level 3.", "Exam board certificate.", "Employment (college entry)"],
            ["By the end of March 2027, Idil will ask for help when she has not understood (\"Can you say that again?\", \"What does ___ mean?\") at least twice in each observed lesson, in 4 out of 5 observed lessons.", "Lesson observations by the speech and language therapist and the special educational needs co-ordinator (SENCo), each half term.", "Employment (asking for help at work)"],
            ["By July 2027, Idil will use at least 30 of 40 pre-taught science and English words correctly in her written work.", "Teaching assistant's word checklist, checked each half term.", "Employment (college entry)"],
            ["By July 2027, Idil will plan and cook a simple meal for her family from a picture recipe card, on her own, on 3 occasions.", "Photo diary kept by Idil and her mum, shared with the food technology teacher.", "Independent living; good health"],
        ]),
    ],
    F=[
        H("Communication and interaction"),
        T(["Provision", "Frequency and duration", "Group size / ratio", "Delivered by"], [
            ["Speech and language therapy: comprehension monitoring (spotting and saying when she has not understood) and word-learning strategies.", "Mondays, 45 minutes, for 8 weeks each term (24 sessions a year).", "On her own with the therapist", "Specialist speech and language therapist, Ravenscourt Academy Speech and Language Resource Base"],
            ["Therapist consultation with the SENCo and Idil's subject teachers to set and review targets.", "Once each half term, 1 hour.", "Not applicable", "Specialist speech and language therapist"],
            ["September 2026: a 2-hour training session for all of Idil's subject teachers on developmental language disorder and how to adapt their language.", "Once, then refreshed each September.", "Not applicable", "Specialist speech and language therapist"],
            ["Pre-teaching of subject vocabulary (Word Aware approach) before each new science and English topic.", "x3 weekly, 20 minutes.", "A group of no more than 4", "Teaching assistant trained in Word Aware by the therapist"],
        ]),
        H("Cognition and learning"),
        T(["Provision", "Frequency and duration", "Group size / ratio", "Delivered by"], [
            ["Reading comprehension programme (Lexia PowerUp), with the teaching assistant checking understanding at the end of each session.", "x3 weekly, 30 minutes, in tutor time.", "1:1", "Teaching assistant"],
            ["25% extra time and a reader in all internal tests and public exams.", "Every test and exam.", "Not applicable (access arrangement)", "Arranged by the SENCo and the exams officer"],
            ["Laptop with speech-to-text software for written work in all lessons.", "Every lesson.", "Not applicable (equipment)", "Set up and maintained by the school's information technology (IT) technician"],
        ]),
        H("Social, emotional and mental health"),
        T(["Provision", "Frequency and duration", "Group size / ratio", "Delivered by"], [
            ["Check-in with her key worker to plan the week and practise asking for help.", "Mondays and Fridays, 10 minutes.", "1:1", "Key worker (higher level teaching assistant)"],
            ["Presentations: Idil presents to her teacher and two friends instead of the whole class, then to a group of 8 from the spring term 2027.", "Each planned presentation.", "Teacher plus two peers", "Subject teacher"],
        ]),
        H("Preparing for adulthood"),
        T(["Provision", "Frequency and duration", "Group size / ratio", "Delivered by"], [
            ["Careers guidance interview and action plan.", "Once each term in Years 9 and 10, 45 minutes.", "1:1", "Careers adviser (Level 6 qualified in careers guidance)"],
            ["Work experience preparation course (interview practice, workplace rules, travel to the placement).", "Weekly, 45 minutes, for 6 weeks before the placement.", "A group of no more than 6", "Careers and work-related learning co-ordinator"],
            ["Travel training from home to the youth centre, school and the high street.", "6 sessions of 1 hour, then reviewed with Idil and her mum.", "1:1", "Limehurst independent travel trainer"],
            ["Life skills cookery.", "Weekly, 50 minutes.", "A group of 6 with two adults", "Food technology teacher and teaching assistant"],
        ]),
    ],
    G=[
        P("None – Idil has no health needs relating to her special educational needs (see Section C)."),
    ],
    H1=[
        P("None. Idil's needs are met within the family; the family were given information on the local offer by the social worker (see Section D)."),
    ],
    H2=[
        P("None. The family chose to use the universal youth centre offer and the travel training in Section F."),
    ],
    I=[
        P("Ravenscourt Academy, Limehurst – mainstream secondary academy with a Speech and Language Resource Base."),
    ],
    J=[
        P("No personal budget has been requested."),
    ],
    K=[
        T(["Advice and information", "Provided by", "Date"], [
            ["Idil's views (written with her tutor)", "Idil, with Ms Grace Okonkwo, Form Tutor", "20th January 2026"],
            ["Parent's views (Somali interpreter)", "Idil's mother", "22nd January 2026"],
            ["Educational advice – annual review report", "Mr Martin Hale, SENCo, Ravenscourt Academy", "28th January 2026"],
            ["Psychological advice", "Dr Fatima Ali, Educational Psychologist", "10th November 2025"],
            ["Medical advice", "Dr Amina Warsame, Consultant Community Paediatrician", "12th December 2025"],
            ["Audiology report", "Mr Kwame Boateng, Clinical Scientist (Audiology)", "27th November 2025"],
            ["Speech and language therapy advice", "Ms Lucy Tran, Specialist Speech and Language Therapist", "15th January 2026"],
            ["Social care advice (screening)", "Ms Sara Whitfield, Social Worker, Children with Disabilities Team", "8th January 2026"],
            ["Preparing for adulthood advice", "Mr Omar Farah, Careers Adviser, Limehurst Careers Service", "14th January 2026"],
        ]),
    ],
))

# ============================================================================ t205 (FAIL)
# Planted: looked-after status not drawn through D/H/K; Year 11 with no preparing-for-adulthood
# outcomes and outcomes ignoring his aspirations; spelling slips; undated / unattributed advice in K.
PLANS.append(dict(
    id="t205", layout="letter-column", bullet="•",
    front=[
        ("Young person's first name", "Kamal"),
        ("Age", "16"),
        ("School year", "Year 11"),
        ("Home languages", "English (and some Bengali)"),
        ("Legal status", "Looked after child (care order)"),
        ("Date this plan was issued", "23 April 2026"),
        ("Date of last annual review", "26 March 2026"),
        ("EHC coordinator", "Rokeya Begum, EHC Coordinator, Limehurst Special Educational Needs and Disabilities (SEND) Service"),
    ],
    A=[
        H("About me – in my own words"),
        P("Kamal talked to his key worker, Mr Lewis, on 10 March 2026 and chose what to put in this section. These are his words."),
        P("\"I'm Kamal. I live with my foster carers, Jan and Steve, and their dog Biscuit. I've been with them two years and it's alright there. I like cars – I know loads about engines. Me and Steve fixed up an old moped in the garage and I did most of it. I'm good at practical stuff and I'm good with my hands. I like gaming and I go to the gym with Steve on Saturdays.\""),
        P("\"School is hard when it's noisy and when teachers just talk and talk. I don't like writing loads. If people mess about I get wound up and walk out. I like it in the workshop in engineering because you can see what you're doing.\""),
        H("My hopes for the future"),
        P("\"I want to go to college and do motor vehicle, then be a mechanic. One day I want my own garage. I want to learn to drive when I'm 17 and have my own flat.\""),
        H("What people like and admire about Kamal"),
        B([
            "He is practical and patient with fiddly mechanical work.",
            "He is loyal to his friends and kind to younger pupils.",
            "He has a dry sense of humour.",
            "He has stuck with the school gym club all year.",
        ]),
        H("What Kamal's foster carers say"),
        P("Jan and Steve told us on 12 March 2026: \"Kamal has come on so much. He is helpful around the house and brilliant with anything mechanical. We want him to get onto a college course he enjoys, and to learn the skills to live on his own one day – cooking, money, getting about. He still finds it hard when plans change, and he needs to learn to walk away calmly rather than storm off.\""),
    ],
    B=[
        H("Communication and interaction"),
        P("Kamal is autistic. He speaks clearly and enjoys talking about his interests, but he finds long verbal explanations hard to follow and he often misses the main point when a teacher talks for more than a few minutes. He takes things literally and can misread jokes or sarcasm from other students, which sometimes leads to arguments."),
        H("Cognition and learning"),
        P("Kamal is working towards GCSE (General Certificate of Secondary Education) grades 3 to 4 in maths and engineering, and grade 2 to 3 in English. His reading is accurate but he finds it hard to pick out the important information from a long text, and his handwriting is slow, so he produces much less written work than he knows. He does best when tasks are broken into seperate steps with a checklist."),
        H("Social, emotional and mental health"),
        P("Kamal becomes anxious and angry when there is noise, when plans change without warning or when he feels he is being treated unfairly, and in the autumn term he walked out of lessons on average three times a week. He has a small group of friends and gets on well with adults he trusts. He has definately made progress this year and now uses his exit card instead of walking out on most days."),
        H("Sensory and/or physical"),
        P("Kamal finds noisy, crowded places difficult, particularly the canteen and corridors between lessons, and he has found that he learns best in a calm enviroment with a clear routine. He has no physical needs."),
    ],
    C=[
        P("Kamal has no health needs relating to his special educational needs. This is based on his review health assessment by Ms Olivia Grant, Specialist Nurse for Children Looked After, on 10 February 2026, which found him fit and well with no current health concerns."),
    ],
    D=[
        P("Kamal is a looked after child."),
    ],
    E=[
        P("The outcomes below were agreed at the annual review on 26 March 2026."),
        T(["Outcome", "How progress will be measured"], [
            ["E1. By July 2027, Kamal will use his exit card and go to the agreed calm space, instead of walking out of the lesson, on at least 9 out of 10 occasions when he feels angry.", "Behaviour log kept by his key worker, reviewed each half term."],
            ["E2. By the end of the spring term 2027, Kamal will answer 4 out of 5 questions correctly about the key points of a one-page text, using his highlighter method.", "English teacher's half-termly comprehension check."],
            ["E3. By July 2027, Kamal will produce at least one side of typed writing in 30 minutes in English and engineering, in 4 out of 5 assessed pieces.", "Subject teachers' assessment records."],
            ["E4. By December 2026, Kamal will start every practical lesson by following a written checklist on his own, completing each step in order, in 8 out of 10 lessons.", "Engineering teacher's checklist record."],
        ]),
    ],
    F=[
        H("Communication and interaction"),
        T(["Provision", "How often / how long", "Group size", "Who"], [
            ["Key points of each lesson given in writing at the start, and teacher instructions kept to 3 minutes or less before tasks begin.", "Every lesson.", "Whole class", "All subject teachers, trained by the Limehurst Autism Outreach Team (2-hour session each September)."],
            ["Social communication sessions on reading other people's intentions, jokes and sarcasm.", "Weekly, 40 minutes, for 10 weeks in the autumn term.", "1:1", "Speech and language therapist."],
        ]),
        H("Cognition and learning"),
        T(["Provision", "How often / how long", "Group size", "Who"], [
            ["Laptop for written work in all lessons, so that Kamal does not have to handwrite long answers.", "Every lesson.", "Not applicable (equipment)", "Set up and maintained by the school information technology (IT) technician."],
            ["Reading comprehension intervention using a highlighter and key-point method.", "x2 weekly, 30 minutes.", "Group of no more than 4", "Higher level teaching assistant (HLTA) trained in the programme."],
            ["25% extra time and a separate room for all exams and mock exams.", "Every exam.", "Not applicable (access arrangement)", "Arranged by the special educational needs co-ordinator (SENCo) and exams officer."],
            ["Step-by-step task checklists in engineering and English, so that Kamal can recieve each task in small parts.", "Every lesson.", "Not applicable", "Subject teachers, checked by the SENCo each half term."],
        ]),
        H("Social, emotional and mental health"),
        T(["Provision", "How often / how long", "Group size", "Who"], [
            ["Exit card and an agreed calm space (the library office).", "Every day.", "Not applicable (adaptation)", "Agreed by the SENCo; all staff told at the start of each term."],
            ["Key worker check-in to plan the day and talk through any changes.", "Daily, 10 minutes, at 8.40am.", "1:1", "Key worker (learning mentor)."],
            ["Anger management programme (recognising early signs and calming strategies).", "Weekly, 45 minutes, for 8 weeks, then reviewed.", "1:1", "Learning mentor trained in the programme."],
            ["Leaving lessons 3 minutes early to avoid crowded corridors, and lunch in the quiet room.", "Every day.", "Not applicable (adaptation)", "Arranged by the SENCo."],
        ]),
    ],
    G=[P("None.")],
    H1=[P("None.")],
    H2=[P("None.")],
    I=[P("Marshgate Academy, Limehurst – mainstream secondary academy.")],
    J=[P("No personal budget.")],
    K=[
        T(["Advice", "From", "Date"], [
            ["Kamal's views", "Kamal, with Mr Tom Lewis, Key Worker", "10 March 2026"],
            ["Foster carers' views", "Jan and Steve, foster carers", "12 March 2026"],
            ["Educational advice", "School report", "March 2026"],
            ["Psychological advice", "Dr Tomasz Nowak, Educational Psychologist", "5 February 2026"],
            ["Health advice – review health assessment", "Ms Olivia Grant, Specialist Nurse for Children Looked After", "10 February 2026"],
            ["Speech and language therapy advice", "Ms Lucy Tran, Speech and Language Therapist", "2 March 2026"],
            ["Preparing for adulthood advice", "Limehurst Careers Service", "Not dated"],
        ]),
    ],
))

# ============================================================================ t206 (FAIL)
# Planted: vague and unquantified provision in F; speech and language therapy that teaches Hodan
# placed in G; acronyms never spelled out; hearing advice from a support assistant, not a qualified
# teacher of the deaf.
PLANS.append(dict(
    id="t206", layout="shaded-heading-table",
    front=[
        ("Child's first name", "Hodan"),
        ("Age", "9"),
        ("School year", "Year 4"),
        ("Home languages", "Somali (main language at home), English"),
        ("Interpreter", "Somali interpreter for parents at the planning meeting"),
        ("Date this plan was issued", "16.09.2026"),
        ("Date of last annual review", "None – first EHCP"),
        ("EHC coordinator", "Abdirahman Yusuf, EHC Coordinator, Limehurst SEND Service"),
    ],
    A=[
        H("How we gathered Hodan's views"),
        P("Hodan talked to her class TA, Ms Begum, in a quiet room on 2 July 2026, with pictures to help. She wore her hearing aids and the TA wrote down what she said."),
        H("What Hodan said"),
        P("\"I like drawing and I like my rabbit, Snowy. I like PE and running races – I am fast. My best friend is Amal. I don't like it when everyone talks at the same time, I can't hear the teacher. Sometimes my hearing aids whistle and people look at me. I want to be a doctor for children.\""),
        H("What people like and admire about Hodan"),
        B([
            "She is friendly and always includes others in her games.",
            "She is a fast runner and came first in the Year 3 sports day race.",
            "She works very hard and does not give up when something is difficult.",
            "She is a careful artist and her drawings are full of detail.",
        ]),
        H("How to help Hodan"),
        B([
            "Make sure she can see your face when you talk – do not talk while writing on the board.",
            "Use the FM system in every lesson and in assemblies.",
            "Check she has understood by asking her to tell you what to do, not \"Do you understand?\"",
            "Write new words on the board with a picture.",
        ]),
        H("Hodan's story"),
        P("Hodan was born in Somalia and came to London with her family when she was three. She started at Ropewalk Primary School in Reception. Her hearing loss was found at a school hearing screen in Year 1 and she was fitted with hearing aids in the spring of that year. She has made steady progress since, but the gap between her and her classmates in reading and vocabulary has grown."),
        H("What Hodan's parents say"),
        P("Hodan's mum and dad told us, through a Somali interpreter, on 2 July 2026: \"Hodan is a happy and hard-working girl. She is clever but she misses what the teacher says and then she is behind. We want her to learn to read and write well in English and keep her Somali. We want her to be confident with her hearing aids and not be shy about them. We hope she can go to university and become a doctor as she wants.\""),
        H("Aspirations"),
        P("Hodan wants to be a children's doctor. Her parents hope she will do well at school, go to university and be confident and independent."),
    ],
    B=[
        H("Communication and interaction"),
        P("Hodan has a permanent moderate to severe HI in both ears and wears bilateral hearing aids. She is also EAL. In quiet, with her hearing aids and FM system, she follows conversation well, but in the noisy classroom she misses a lot of what is said, especially from behind her or at a distance. Her vocabulary in English is well below that of her peers, and she often nods when she has not understood. Her speech is clear but she misses word endings (plurals, past tense -ed)."),
        H("Cognition and learning"),
        P("Hodan is working below ARE in reading and writing and at ARE in maths. She has gaps in phonics because she did not hear some sounds clearly before her hearing loss was identified in Year 1. Her reading age is about 7 years. She learns best with visual support and pre-teaching of vocabulary."),
        H("Social, emotional and mental health"),
        P("Hodan has good friendships but is self-conscious about her hearing aids and sometimes takes them out at playtime. She becomes tired by the end of the day from the effort of listening."),
        H("Sensory and/or physical"),
        P("See Section C for Hodan's hearing. She has no physical needs."),
    ],
    C=[
        P("Hodan has a permanent bilateral sensorineural hearing loss (moderate to severe, 55–75 dB) identified in Year 1. She wears two hearing aids fitted by Royal Limehurst Hospital audiology and needs new ear moulds about every 6 months as she grows. Her hearing aids must be worn all day and checked daily. She has no other health needs."),
    ],
    D=[
        P("Hodan has no social care needs. This was confirmed by a social care screening by Ms Sara Whitfield, Social Worker, CWD Team, on 1 July 2026. The family were told about the local offer, including the NDCS family days, and said they would like to join these."),
    ],
    E=[
        T(["No.", "Outcome", "How we will know"], [
            ["E1", "By July 2027, Hodan will check her own hearing aids each morning with the listening check card and tell an adult if they are not working, on 9 out of 10 school days.", "Daily hearing aid log kept by the class TA."],
            ["E2", "By July 2027, Hodan will read Year 3 level texts with 95% accuracy and answer 4 out of 5 questions about the text correctly.", "Class teacher's termly reading assessment."],
            ["E3", "By July 2027, Hodan will use 50 new topic words correctly in her speaking and writing (she knows about 10 of the Year 4 topic words now).", "Termly vocabulary checklist."],
            ["E4", "By the end of March 2027, Hodan will say \"Can you say that again?\" or ask for the FM system when she has not heard, at least 3 times in each observed lesson, in 4 out of 5 observations.", "Observations by the SENCo each half term."],
            ["E5", "By July 2027, Hodan will wear her hearing aids all day, including at playtime, on 5 days out of 5 for the whole summer term.", "Class TA's daily log."],
        ]),
    ],
    F=[
        H("Communication and interaction"),
        B([
            "Hodan should sit near the front of the class, where possible away from the door and the window.",
            "Pre-teaching of topic vocabulary by the TA, up to 3 times a week as appropriate.",
            "Regular checks of hearing aids and FM system by staff.",
            "Support from the Sensory Support Service for Hodan and her teachers.",
        ]),
        H("Cognition and learning"),
        B([
            "Hodan will have access to a small group phonics intervention.",
            "Daily reading to an adult, 10 minutes, 1:1 with the class TA.",
            "Subtitles on all videos used in class, turned on by the class teacher.",
        ]),
        H("Social, emotional and mental health"),
        B([
            "ELSA sessions, weekly, 30 minutes, 1:1, for 6 weeks, to build confidence about her hearing aids.",
            "Opportunities to meet other deaf children at the Sensory Support Service events.",
        ]),
    ],
    G=[
        T(["Health provision", "How often", "Who"], [
            ["Audiology review, hearing test and hearing aid check.", "Every 4 months, 45 minutes.", "Paediatric audiologist, Royal Limehurst Hospital."],
            ["New ear moulds.", "Every 6 months, or sooner if the hearing aids whistle.", "Paediatric audiologist, Royal Limehurst Hospital."],
            ["SALT: 1:1 sessions to teach Hodan new vocabulary, word endings and listening skills.", "Weekly, 30 minutes, for 12 weeks each term.", "Speech and language therapist, Limehurst Children's SALT Service."],
        ]),
        P("Health agreement: agreed by Ms Grace Adebayo, DCO, NEL ICB, 9 September 2026."),
    ],
    H1=[P("None. The family were given information on the local offer (see Section D).")],
    H2=[P("None.")],
    I=[P("Ropewalk Primary School, Limehurst – community primary school (mainstream).")],
    J=[P("No personal budget requested.")],
    K=[
        T(["Advice", "Given by", "Date"], [
            ["Hodan's views", "Ms Sultana Begum, Class TA", "2 July 2026"],
            ["Parents' views (Somali interpreter)", "Hodan's mum and dad", "2 July 2026"],
            ["Educational advice", "Ms Joanne Reid, SENCo, Ropewalk Primary School", "25 June 2026"],
            ["Educational advice (hearing)", "Ms Mary Lynch, Hearing Support Assistant, Limehurst Sensory Support Service", "30 June 2026"],
            ["Psychological advice", "Dr Fatima Ali, Educational Psychologist", "18 June 2026"],
            ["Medical advice (audiology)", "Dr Nadia Hussain, Consultant Audiovestibular Physician, Royal Limehurst Hospital", "10 June 2026"],
            ["SALT advice", "Ms Aisha Rahman, Speech and Language Therapist", "15 June 2026"],
            ["Social care advice (screening)", "Ms Sara Whitfield, Social Worker, CWD Team", "1 July 2026"],
        ]),
    ],
))

# ============================================================================ t207 (FAIL)
# Planted: plan issued and last reviewed more than 12 months before the audit; haematology advice
# from 2021; no record of health's agreement; grammar errors.
PLANS.append(dict(
    id="t207", layout="bold-statutory", bullet="-",
    front=[
        ("Young person's first name", "Nasra"),
        ("Age", "17"),
        ("Education phase", "Post-16 – second year of a Foundation Learning programme at college (equivalent to Year 12)"),
        ("Home languages", "Somali and English"),
        ("Interpreter", "Somali interpreter for Nasra's father at the review"),
        ("Date this plan was issued", "18 August 2025 (amended following annual review)"),
        ("Date of last annual review", "2 July 2025"),
        ("EHC coordinator", "Abdirahman Yusuf, EHC Coordinator, Limehurst Special Educational Needs and Disabilities (SEND) Service"),
    ],
    A=[
        H("My views – I said these things at my review on 2 July 2025"),
        P("My name is Nasra. I am 17 and I go to Limehurst College. I like my course because we do cooking, money and work skills. I like my tutor, Sam, and my friends Ayan and Chloe. I like singing and I sing in the college choir. I am good at looking after people – I help my dad with my younger brothers and I take my gran to her appointments."),
        P("Sometimes I am poorly with my sickle cell and I have to go to hospital, and then I miss college and I get behind. I don't like it when people rush me with money at the shop. I get tired in the afternoons."),
        H("What I want in the future"),
        P("I want to work in a care home or a nursery, looking after people. I want to do a supported internship next year. I want to travel to college on my own and one day live in my own flat with support."),
        H("What people like and admire about Nasra"),
        B([
            "She is caring and patient, especially with younger children and older people.",
            "She has a lovely singing voice and performed a solo at the college summer show.",
            "She is reliable: she has not missed a placement day unless she was unwell.",
        ]),
        H("What Nasra's father says"),
        P("Nasra's father spoke through a Somali interpreter on 2 July 2025: \"Nasra is a good daughter and very caring. I want her to have a job and be independent, but I worry about her health, especially in the cold and when she is tired. I want the college to understand her illness.\""),
    ],
    B=[
        H("Communication and interaction"),
        P("Nasra communicates well in everyday situations. She finds it harder to follow long or complicated instructions and needs information broken into small steps."),
        H("Cognition and learning"),
        P("Nasra has moderate learning difficulties (MLD). She is working at Entry Level 2 in English and Entry Level 1 in maths. She reads simple texts and writes short sentences. Money and time are the hardest areas for her: she can count coins to £2 but needs help to check change. Nasra have a good relationship with her tutor and learns best through practical tasks that are repeated."),
        H("Social, emotional and mental health"),
        P("Nasra is friendly and well liked. She worries about falling behind when she is in hospital, and she sometimes feels low after a long stay. She has a good circle of friends at college."),
        H("Sensory and/or physical"),
        P("Nasra tires easily because of her sickle cell disease, especially in the afternoons and in cold weather. She needs to avoid heavy lifting and getting cold or dehydrated."),
    ],
    C=[
        P("Nasra has sickle cell disease, a lifelong inherited blood condition. Her red blood cells can change shape and block blood vessels, causing severe pain (a crisis), tiredness and a risk of serious infection. She had four crises in the last year, two of which needed hospital stays. She takes penicillin and folic acid every day, and she need to drink at least 2 litres of water a day and keep warm. She is learning to manage her own medicines."),
        P("Nasra also has moderate learning difficulties, which means she needs support to understand and follow her health plan."),
    ],
    D=[
        P("Nasra needs support to take part in activities in the community and to build her independence outside the home. Her father works shifts and cares for three younger children. The Children with Disabilities Team assessed Nasra in May 2025 and agreed that she needs a personal assistant to help her take part in community activities and to practise independent living skills."),
    ],
    E=[
        T(["Outcome", "How we will know", "Preparing for adulthood"], [
            ["By July 2026, Nasra will travel from home to college and back on her own by bus, on 5 days out of 5 for 4 weeks in a row.", "Travel trainer's record and college attendance register.", "Independent living"],
            ["By July 2026, Nasra will pay for items up to £10 in a shop and check her change correctly on 4 out of 5 occasions.", "Tutor's record from community visits.", "Independent living"],
            ["By July 2026, Nasra will complete a 10-week work placement at a day nursery for one day a week and receive a positive report from her placement supervisor.", "Placement supervisor's written report.", "Employment"],
            ["By July 2026, Nasra will take her own medicines and record her water intake on her phone app every day, checked by her father, for 4 weeks in a row.", "Phone app record, checked at her haematology clinic.", "Good health"],
            ["By July 2026, Nasra will gain an Entry Level 3 certificate in English.", "Awarding body certificate.", "Employment"],
        ]),
    ],
    F=[
        T(["Provision", "How often and how long", "Group size", "Who"], [
            ["Foundation Learning programme (English, maths, independent living and work skills).", "16 hours a week over 4 days, 36 weeks a year.", "Class of no more than 10", "Lecturers trained in teaching learners with learning difficulties"],
            ["Additional support in English and maths lessons to break tasks into small steps.", "6 hours a week.", "1:4", "Learning support assistant"],
            ["Money skills sessions in the college shop and on community visits.", "Weekly, 1 hour.", "Group of no more than 4", "Tutor"],
            ["Travel training from home to college.", "10 sessions of 1 hour, then review.", "1:1", "Limehurst independent travel trainer"],
            ["Work placement at a day nursery, with a job coach visiting to support.", "1 day a week for 10 weeks; job coach visits weekly for 1 hour.", "1:1 with the job coach during visits", "Job coach, Limehurst College Supported Employment Team"],
            ["Catch-up sessions after any hospital stay, to go over the work she missed.", "3 sessions of 1 hour in the week she returns.", "1:1", "Tutor"],
            ["A warm rest room and a water bottle at all times.", "Every day.", "Not applicable (adaptation)", "Arranged by the college additional learning support manager"],
        ]),
        P("Nasra's tutor will make sure that she have her rest breaks in the afternoons, which is an important part of her plan."),
    ],
    G=[
        T(["Health provision", "How often / how long", "Who provides it"], [
            ["Haematology clinic review.", "Every 3 months, 30 minutes.", "Consultant Haematologist, Royal Limehurst Hospital"],
            ["Individual healthcare plan for college, covering pain crises, fever, fluids and warmth, and training for college staff.", "Written each September; a 1-hour training session for her tutor and learning support staff each September.", "Haemoglobinopathy Clinical Nurse Specialist, Royal Limehurst Hospital"],
            ["Support to manage her own medicines using a phone app, at clinic.", "At each 3-monthly clinic, 15 minutes.", "Haemoglobinopathy Clinical Nurse Specialist"],
        ]),
    ],
    H1=[
        P("Personal assistant to support Nasra to take part in community activities (choir, shopping, the youth club) and practise independent living skills: 4 hours a week, funded through a direct payment (see Section J)."),
    ],
    H2=[
        P("None. Nasra's father was given information about the carers' assessment, which he has asked for."),
    ],
    I=[
        P("Limehurst College – general further education college, Foundation Learning programme."),
    ],
    J=[
        P("Nasra's personal budget is a direct payment from the Children with Disabilities Team of £62 a week, paid to her father, to employ a personal assistant for 4 hours a week (Section H1). This supports the outcomes about travelling, money and independent living. Nasra and her father choose the personal assistant, who is a individual they know and trust."),
    ],
    K=[
        T(["Advice", "Given by", "Date"], [
            ["Nasra's views", "Nasra, at her annual review", "2 July 2025"],
            ["Parent's views (Somali interpreter)", "Nasra's father", "2 July 2025"],
            ["Educational advice – annual review report", "Ms Kerry Walsh, Additional Learning Support Manager, Limehurst College", "20 June 2025"],
            ["Psychological advice", "Dr Tomasz Nowak, Educational Psychologist", "14 March 2025"],
            ["Medical advice", "Dr Simon Okafor, Consultant Haematologist, Royal Limehurst Hospital", "15 June 2021"],
            ["Nursing advice", "Ms Ruth Mensah, Haemoglobinopathy Clinical Nurse Specialist", "9 September 2021"],
            ["Social care advice", "Mr Daniel Osei, Social Worker, Children with Disabilities Team", "22 May 2025"],
            ["Preparing for adulthood advice", "Mr Omar Farah, Careers Adviser, Limehurst Careers Service", "10 June 2025"],
        ]),
        P("The the haematology advice was not updated for this review because Nasra's clinic appointments were moved."),
    ],
))

# ============================================================================ t208 (SOUND)
PLANS.append(dict(
    id="t208", layout="letter-column", bullet="o",
    front=[
        ("Child's first name", "Tanvir"),
        ("Age", "5 years 2 months"),
        ("School year", "Reception"),
        ("Home languages", "Bengali (Sylheti) and English"),
        ("Interpreter", "Sylheti interpreter for Tanvir's mother at all meetings"),
        ("Date this plan was issued", "6th July 2026"),
        ("Date of last annual review", "Not applicable – first plan"),
        ("EHC coordinator", "Rokeya Begum, EHC Coordinator, Limehurst Special Educational Needs and Disabilities (SEND) Service"),
    ],
    A=[
        H("How Tanvir told us what he thinks – using symbols and play"),
        P("Tanvir is five and his speech is hard for people outside his family to understand, so his teaching assistant, Ms Shapla Miah, used a Talking Mat with picture symbols on 3 June 2026. Tanvir placed each picture under a smiley face, a flat face or a sad face. She also watched him at play across a week and talked with his mum. This is what we learnt."),
        H("Things Tanvir put under the smiley face"),
        B([
            "Buses – he has a red bus that goes everywhere with him, and he lines up the number 15 and number 25 bus pictures.",
            "The sand tray and the big wooden blocks.",
            "His mum, his big sister Ruma and his cousin Sami.",
            "Story time when the book has flaps to lift.",
        ]),
        H("Things Tanvir put under the sad face"),
        B([
            "Carpet time when it goes on a long time.",
            "When other children don't understand him – he pointed to this picture, then to himself, and said \"no\".",
            "Loud music in the hall.",
        ]),
        H("What people like and admire about Tanvir"),
        P("Tanvir is cheerful, affectionate and full of energy. He is a brilliant builder: his block bus station had a ramp, a ticket office and a queue of people. He is kind to younger children and will give them a turn on the bikes. He is very good at copying actions and learns songs with actions quickly."),
        H("What Tanvir's mum says"),
        P("Tanvir's mother spoke through a Sylheti interpreter on 8 June 2026: \"At home he talks all the time, but even I do not understand some of his words. He gets very angry when people don't understand him and he hits his sister. He has had a lot of ear infections. I want him to speak clearly so that his teacher and his friends understand him, and I want him to read in English and in Bengali like his sister.\""),
        H("Hopes for the future"),
        P("Tanvir tells everyone he will be a bus driver. His family hope he will speak clearly, make friends, enjoy school and learn to read. His mum would like him to go to the same secondary school as Ruma."),
    ],
    B=[
        H("Communication and interaction – Tanvir's main area of need"),
        P("Tanvir has a speech sound disorder and delayed language. He uses sentences of two to three words (\"me want bus\") in Sylheti and in English. Many sounds are replaced with \"d\" or \"t\" (so \"car\" sounds like \"tar\"), and about half of what he says is understood by familiar adults at school. His understanding is better than his talking: he follows two-part instructions in a familiar routine. His teacher and speech and language therapist agree that his difficulties are not because he is learning English as an additional language (EAL): they show in both of his languages."),
        P("Strengths: Tanvir is keen to communicate and uses gesture, pointing and facial expression very well."),
        H("Cognition and learning"),
        P("Tanvir counts to 10, recognises numerals to 5 and builds complex models. He knows 8 letter sounds. His early reading and writing are behind because he finds it hard to hear and say the sounds in words."),
        H("Social, emotional and mental health"),
        P("Tanvir has two friends he plays with most days. When he is not understood he becomes frustrated and sometimes hits or pushes; this happens about three times a week at school."),
        H("Sensory and/or physical"),
        P("Tanvir's physical development is typical for his age. He finds loud, echoing spaces such as the hall difficult. See Section C for his hearing."),
    ],
    C=[
        P("Tanvir has no difficulty with his eyesight (checked by the school nursing team in June 2026), but he has glue ear (fluid behind the eardrum) in both ears, which comes and goes. When it is bad, his hearing drops to a mild loss, and he cannot hear quiet speech or hear well in a noisy room. This makes learning speech sounds harder. He was seen by the Royal Limehurst Hospital audiology clinic in May 2026 and is being monitored; the ear, nose and throat (ENT) surgeon will decide in December 2026 whether he needs grommets (tiny tubes in the eardrum)."),
    ],
    D=[
        P("Tanvir has no social care needs. Mr Daniel Osei, Social Worker, Children with Disabilities Team, completed a social care screening with the family on 10 June 2026 and found that Tanvir's care needs are fully met by his family. Mr Osei gave the family information about the local offer, including the Limehurst Family Hub stay-and-play and short breaks; the family did not want an assessment for short breaks."),
    ],
    E=[
        P("Outcomes agreed with Tanvir's mother and school on 22 June 2026. They build on his family's hope that he will be understood, make friends and read."),
        T(["Outcome", "How we will know"], [
            ["E1. By April 2027, Tanvir will say the sounds \"k\" and \"g\" correctly at the start of words (\"car\", \"go\", \"cake\") in 8 out of 10 tries in his therapy activities.", "Speech and language therapist's sound checklist at the end of each block."],
            ["E2. By July 2027, Tanvir will use sentences of 4 or more words (\"I want the red bus\") at least 5 times in a 15-minute play session.", "Teaching assistant's language sample, recorded each half term."],
            ["E3. By July 2027, Tanvir will say or show \"I can't hear\" (using his \"ear\" symbol or words) when he has not heard, on 4 out of 5 occasions noted by staff.", "Class teacher's weekly listening log."],
            ["E4. By the end of the spring term 2027, when he is not understood, Tanvir will point to his symbol book or show the adult what he means instead of hitting, so that hitting or pushing happens no more than once a fortnight.", "Incident log kept by the class teacher."],
            ["E5. By July 2027, Tanvir will recognise and say 20 letter sounds and blend 3-letter words orally (\"b-u-s, bus\").", "Phonics assessment by the class teacher each half term."],
        ]),
    ],
    F=[
        H("Communication and interaction"),
        T(["Provision", "How often / how long", "Group size", "Delivered by"], [
            ["Direct speech sound therapy.", "Mondays and Thursdays, 20 minutes, for a 6-week block each half term, then reviewed.", "On his own with the therapist", "Speech and language therapist, Limehurst Children's Speech and Language Therapy Service"],
            ["Speech sound practice following the therapist's programme.", "Daily, 10 minutes.", "1:1", "Teaching assistant, trained by the speech and language therapist (two 1-hour sessions)"],
            ["Language group building longer sentences through play (Colourful Semantics).", "x3 weekly, 20 minutes.", "A group of no more than 4", "Teaching assistant trained in Colourful Semantics"],
            ["Therapist visit to review progress, update the programme and advise the class teacher.", "Once every half term, 1 hour.", "Not applicable", "Speech and language therapist"],
            ["Symbol book with pictures of his favourite things, school routines and feelings.", "Available at all times.", "Not applicable (equipment)", "Made and kept up to date by the teaching assistant"],
        ]),
        H("Hearing and listening"),
        T(["Provision", "How often / how long", "Group size", "Delivered by"], [
            ["Soundfield system in the Reception classroom so the teacher's voice is heard clearly over background noise.", "In use during all teaching sessions.", "Not applicable (equipment)", "Installed and maintained by the Limehurst Sensory Support Service"],
            ["Seat near the teacher at carpet time, away from the door and the sand tray.", "Every carpet session.", "Not applicable (adaptation)", "Class teacher"],
            ["Visit from the qualified teacher of the deaf to check the classroom listening conditions and train staff in glue-ear strategies.", "Two visits of 1 hour in the autumn term 2026, then reviewed after the December audiology appointment.", "Not applicable", "Qualified teacher of the deaf, Limehurst Sensory Support Service"],
        ]),
        H("Cognition and learning"),
        T(["Provision", "How often / how long", "Group size", "Delivered by"], [
            ["Extra phonics practice with actions and pictures (Jolly Phonics).", "Daily, 10 minutes, straight after the class phonics lesson.", "1:1 or with one other child", "Teaching assistant"],
        ]),
        H("Social, emotional and mental health"),
        T(["Provision", "How often / how long", "Group size", "Delivered by"], [
            ["Calm corner with a timer and his red bus; adults prompt him to use his symbol book when he is frustrated.", "Every day.", "Not applicable (adaptation)", "Class teacher and teaching assistant"],
            ["Small-group turn-taking games to practise waiting and asking with words or symbols.", "Twice a week, 15 minutes.", "A group of 3", "Teaching assistant"],
        ]),
    ],
    G=[
        T(["Health provision", "How often / how long", "Provided by", "Need"], [
            ["Hearing test and ear check.", "Every 3 months, 30 minutes, until the ear, nose and throat decision in December 2026.", "Paediatric audiologist, Royal Limehurst Hospital", "Glue ear"],
            ["Ear, nose and throat review to decide about grommets.", "One appointment in December 2026.", "Ear, nose and throat surgeon, Royal Limehurst Hospital", "Glue ear"],
        ]),
        P("Health agreement: reviewed and supported by Ms Grace Adebayo, Designated Clinical Officer, North East London Integrated Care Board, 29 June 2026."),
    ],
    H1=[P("None – see Section D. Short breaks were considered and the family did not want an assessment.")],
    H2=[P("None – the family use the Family Hub stay-and-play from the local offer.")],
    I=[P("Ropewalk Primary School, Limehurst – community primary school (mainstream).")],
    J=[P("The family have not asked for a personal budget.")],
    K=[
        T(["Advice", "Given by", "Date"], [
            ["Tanvir's views (Talking Mat and observation)", "Ms Shapla Miah, Teaching Assistant, Ropewalk Primary School", "3rd June 2026"],
            ["Parent's views (Sylheti interpreter)", "Tanvir's mother", "8th June 2026"],
            ["Educational advice", "Ms Joanne Reid, Special Educational Needs Co-ordinator, Ropewalk Primary School", "29th May 2026"],
            ["Psychological advice", "Dr Fatima Ali, Educational Psychologist", "20th May 2026"],
            ["Medical advice", "Dr Amina Warsame, Consultant Community Paediatrician", "14th April 2026"],
            ["Audiology report", "Mr Kwame Boateng, Clinical Scientist (Audiology), Royal Limehurst Hospital", "12th May 2026"],
            ["Ear, nose and throat clinic letter", "Mr David Cho, Consultant Ear, Nose and Throat Surgeon, Royal Limehurst Hospital", "26th May 2026"],
            ["Speech and language therapy advice", "Ms Shirin Ahmed, Speech and Language Therapist", "21st April 2026"],
            ["Advice on hearing and listening", "Ms Eleanor Price, Qualified Teacher of the Deaf, Limehurst Sensory Support Service", "2nd June 2026"],
            ["Social care advice (screening)", "Mr Daniel Osei, Social Worker, Children with Disabilities Team", "10th June 2026"],
        ]),
    ],
))

# ============================================================================ t209 (FAIL)
# Planted: child in need plan recorded in D but not drawn through (H "None", no social worker
# advice); outcomes that are states/feelings or undated; deficit-only description, no strengths;
# literacy need in B with no provision in F.
PLANS.append(dict(
    id="t209", layout="shaded-heading-table",
    front=[
        ("Child's first name", "Jayden"),
        ("Age", "13"),
        ("School year", "Year 8"),
        ("Home language", "English"),
        ("Interpreter", "Not needed"),
        ("Date this plan was issued", "5 October 2026"),
        ("Date of last annual review", "10 September 2026"),
        ("EHC coordinator", "Rokeya Begum, EHC Coordinator, Limehurst Special Educational Needs and Disabilities (SEND) Service"),
    ],
    A=[
        H("Jayden's views"),
        P("Jayden spoke to his head of year, Mr Andrews, on 1 September 2026. Mr Andrews wrote down what he said:"),
        P("\"I hate sitting still for an hour. Teachers are always on at me. I get sent out for stuff that other people do as well. I can't read the worksheets so I just mess about. I like football and the gym. I want to be a personal trainer when I'm older or work at a gym.\""),
        H("About Jayden"),
        P("Jayden has attention deficit hyperactivity disorder (ADHD). He cannot sit still in lessons for more than a few minutes. He shouts out, leaves his seat, distracts other students and refuses to start written work. He argues with staff when he is corrected and has had four fixed-term suspensions since September 2025. He does not bring the right equipment and rarely completes homework. He struggles to make and keep friendships, because he is often in trouble and other students avoid working with him."),
        H("What Jayden's mum says"),
        P("Jayden's mum told us on 10 September 2026: \"I'm worried he's going to get permanently excluded. At home he's always on the go and we argue a lot. He doesn't sleep until late and he won't tell me where he goes in the evening. I want school to understand his ADHD and I want him to stay in school and pass his exams, so he can do the sports course he wants at college.\""),
        H("Hopes for the future"),
        P("Jayden wants to be a personal trainer or work in a gym. His mum wants him to stay in school, get his General Certificate of Secondary Education (GCSE) qualifications and go to college."),
    ],
    B=[
        H("Social, emotional and mental health"),
        P("Jayden has attention deficit hyperactivity disorder (ADHD), diagnosed in 2024. He is impulsive, restless and easily distracted, and he finds it very hard to manage his frustration when he is corrected or when work is difficult. Incidents of leaving lessons without permission average four a week. He finds unstructured times (break, lunch and the end of the day) particularly hard."),
        H("Cognition and learning"),
        P("Jayden has significant literacy difficulties. His reading age is 8 years 6 months (tested July 2026) and his spelling is at about the level of a 7-year-old. He cannot read most worksheets and textbooks in his lessons without help, which leads to him avoiding work. In maths he is working at about the level expected at the end of Year 5."),
        H("History"),
        P("Jayden was first identified as needing extra support in Year 3, when his primary school noted that he found it hard to stay on task and was behind with reading. He was diagnosed with ADHD by the community paediatrician in 2024 and started medication that year. The move to secondary school in September 2025 was difficult: he had four fixed-term suspensions in Year 7, and the school asked for this assessment in March 2026."),
        H("Communication and interaction"),
        P("Jayden often interrupts and talks over others, and he misreads other students' intentions as hostile."),
        H("Sensory and/or physical"),
        P("Jayden needs to move frequently and fiddles with objects. He has no physical disability."),
    ],
    C=[
        P("Jayden has attention deficit hyperactivity disorder (ADHD). He takes a long-acting stimulant medicine (methylphenidate) each morning at home, prescribed by the community paediatrician, which helps him concentrate for most of the school day. His appetite is reduced at lunchtime and he has difficulty getting to sleep."),
    ],
    D=[
        P("Jayden lives with his mum and two younger sisters. Since May 2026 the family have been supported under a child in need plan by Limehurst Children's Social Care, because Jayden's mum is finding it very hard to manage his behaviour at home and there are concerns that he is spending evenings out with older young people she does not know."),
    ],
    E=[
        T(["Outcome", "How we will know"], [
            ["By July 2027, Jayden will feel calmer and more confident in lessons.", "Feedback from staff."],
            ["Jayden will be happier at school and have better relationships with staff.", "Reviewed at the annual review."],
            ["By the end of the spring term 2027, Jayden will stay in his lessons for the whole lesson, without leaving without permission, in 4 out of 5 lessons each day.", "Behaviour tracking system, checked weekly by his key worker."],
            ["By July 2027, Jayden will complete the 10-week Sports Leaders course and lead a 10-minute warm-up for a Year 7 PE (physical education) class on 3 occasions.", "PE teacher's course record and observation."],
            ["By July 2027, Jayden will start a written task within 2 minutes of being given it, using his task card, in 8 out of 10 observed lessons.", "Teaching assistant's observation record, each half term."],
        ]),
    ],
    F=[
        H("Social, emotional and mental health"),
        T(["Provision", "How often / how long", "Group size", "Who"], [
            ["Key worker check-in at the start and end of the day to plan and review his day.", "Daily, 10 minutes each time.", "1:1", "Key worker (learning mentor)"],
            ["Movement breaks using a time-out card, with a 5-minute walk to an agreed place and back.", "Two breaks in each lesson, 5 minutes each.", "Not applicable (adaptation)", "All subject teachers, briefed by the special educational needs co-ordinator (SENCo) each term"],
            ["Emotional regulation programme (Zones of Regulation).", "Weekly, 45 minutes, for 12 weeks.", "Group of no more than 4", "Learning mentor trained in Zones of Regulation"],
            ["Structured lunchtime club (football or the gym).", "4 lunchtimes a week, 40 minutes.", "Group of no more than 12 with two adults", "PE teacher and teaching assistant"],
        ]),
        H("Attention and learning in lessons"),
        T(["Provision", "How often / how long", "Group size", "Who"], [
            ["Task cards breaking written tasks into numbered steps, and a fiddle tool.", "Every lesson.", "Not applicable (equipment)", "Prepared by subject teachers; fiddle tools provided by the SENCo"],
            ["Seat near the front and away from the door, with a named \"study buddy\".", "Every lesson.", "Not applicable (adaptation)", "Subject teachers"],
            ["Training for all staff who teach Jayden on ADHD and de-escalation.", "One 2-hour session in the autumn term 2026.", "Not applicable", "Limehurst Inclusion Support Team specialist teacher"],
        ]),
        H("Preparing for the future"),
        T(["Provision", "How often / how long", "Group size", "Who"], [
            ["Sports Leaders course.", "Weekly, 1 hour, for 10 weeks from January 2027.", "Group of no more than 10", "PE teacher (qualified Sports Leaders tutor)"],
        ]),
    ],
    G=[
        T(["Health provision", "How often / how long", "Who provides it"], [
            ["ADHD clinic review of medication, growth, appetite and sleep.", "Every 6 months, 30 minutes.", "Dr Amina Warsame, Consultant Community Paediatrician"],
            ["Sleep advice programme for Jayden and his mum.", "3 appointments of 45 minutes between October and December 2026.", "Dr Amina Warsame, Consultant Community Paediatrician"],
        ]),
        P("Health agreement: agreed by Dr Helen Marsh, Designated Clinical Officer, North East London Integrated Care Board, 28 September 2026."),
    ],
    H1=[P("None.")],
    H2=[P("None.")],
    I=[P("Marshgate Academy, Limehurst – mainstream secondary academy.")],
    J=[P("No personal budget.")],
    K=[
        T(["Advice", "Given by", "Date"], [
            ["Jayden's views", "Jayden, with Mr Paul Andrews, Head of Year 8", "1 September 2026"],
            ["Parent's views", "Jayden's mum", "10 September 2026"],
            ["Educational advice – annual review report", "Ms Kemi Adebola, SENCo, Marshgate Academy", "4 September 2026"],
            ["Psychological advice", "Dr Tomasz Nowak, Educational Psychologist", "8 July 2026"],
            ["Medical advice", "Dr Amina Warsame, Consultant Community Paediatrician", "20 July 2026"],
        ]),
    ],
))

# ============================================================================ t210 (FAIL)
# Planted: first-person account in A that cannot be the child's own, and no aspirations; epilepsy in
# C with no specific provision in G, no outcome, and a provider with no advice; vague and
# unquantified provision in F.
PLANS.append(dict(
    id="t210", layout="bold-statutory", bullet="•",
    front=[
        ("Child's first name", "Mahir"),
        ("Age", "10"),
        ("School year", "Year 5"),
        ("Home languages", "Bengali and English"),
        ("Interpreter", "Bengali interpreter offered; the family chose to meet in English"),
        ("Date this plan was issued", "25 June 2026"),
        ("Date of last annual review", "2 June 2026"),
        ("EHC coordinator", "Rokeya Begum, EHC Coordinator, Limehurst Special Educational Needs and Disabilities (SEND) Service"),
    ],
    A=[
        H("All about me"),
        P("I am a ten-year-old boy with a diagnosis of autism spectrum condition and epilepsy. My needs are best met in a setting which offers a consistent approach from all staff, clear boundaries and a high level of adult support at unstructured times. I benefit from visual supports and advance warning of transitions. I can become upset when things are asked of me without warning."),
        H("What people like and admire about me"),
        B([
            "I have a great memory for dinosaurs and can name more than 50 of them.",
            "I am very good at jigsaws and can finish a 500-piece puzzle.",
            "I am honest and I like things to be fair.",
            "I am good at maths, especially times tables.",
        ]),
        H("What is important to me"),
        B([
            "My tablet and dinosaur videos.",
            "My brother Arif.",
            "Knowing what is happening next.",
            "Eating my lunch in a quiet place.",
        ]),
        H("What my parents say"),
        P("Mahir's parents told us at the review on 2 June 2026 that Mahir is settled at school and that they are happy with the support he receives. They said he is a loving boy who enjoys family trips to the museum. They are worried about his seizures, which have become more frequent this year, and about how tired he is afterwards."),
    ],
    B=[
        H("Communication and interaction"),
        P("Mahir is autistic. He speaks in full sentences and has a wide vocabulary about his interests, but he finds it hard to follow group conversation, to take turns and to understand jokes and non-literal language. He often talks at length about dinosaurs and becomes upset if he is interrupted."),
        H("Cognition and learning"),
        P("Mahir is working at the expected standard in maths and just below the expected standard in reading and writing. His reading comprehension is weaker than his word reading: he finds it hard to work out how characters feel or why they act. He misses learning after seizures, when he is tired for the rest of the day."),
        H("Background"),
        P("Mahir was diagnosed as autistic in Year 1 and has had an EHC plan since Year 2. His first seizure happened at home in the summer of 2024, and he was diagnosed with epilepsy later that year. Since then his attendance has dropped to 91%, mostly because of seizures, tiredness and hospital appointments. Staff report that he has become more anxious in class since the seizures started, particularly about having a seizure in front of other children."),
        H("Social, emotional and mental health"),
        P("Mahir finds unstructured times such as playtime hard and often walks alone around the edge of the playground. Unexpected changes make him anxious, and when he is overwhelmed he shouts and runs out of the classroom, about twice a week."),
        H("Sensory and/or physical"),
        P("Mahir is sensitive to noise and bright lights. He covers his ears in the hall and dislikes the hand dryers. He has no physical disability."),
    ],
    C=[
        P("Mahir has no trouble with eating or sleeping, but he has epilepsy. He has focal seizures, during which he stares, does not respond and picks at his clothes for 1 to 2 minutes, about three times a week, and he has had two tonic-clonic (convulsive) seizures in school this year. He has emergency rescue medicine (buccal midazolam) prescribed for seizures that last longer than 5 minutes. After a seizure he is very tired and needs to rest. He takes anti-seizure medicine twice a day at home."),
    ],
    D=[
        P("Mahir has no social care needs. Ms Sara Whitfield, Social Worker, Children with Disabilities Team, completed a social care screening on 14 May 2026 and found that his family meet his care needs. She gave the family information about short breaks and the Limehurst Saturday Club, which they are thinking about."),
    ],
    E=[
        T(["Ref", "Outcome", "How we will know"], [
            ["E1", "By July 2027, Mahir will take turns in a structured game with two other children for 10 minutes, waiting for his turn without interrupting, on 4 out of 5 observed occasions.", "Teaching assistant's observation record, each half term."],
            ["E2", "By the end of the spring term 2027, Mahir will answer 3 out of 4 questions correctly about how a character feels and why, after reading a short text.", "Class teacher's guided reading record."],
            ["E3", "By July 2027, when he feels overwhelmed, Mahir will show his \"break\" card and go to the quiet room instead of running out of class, on 8 out of 10 occasions.", "Incident log kept by the class teacher."],
            ["E4", "By December 2026, Mahir will join a structured lunchtime club (the Lego club or the library club) on at least 3 days a week.", "Club register."],
        ]),
    ],
    F=[
        H("Communication and interaction"),
        B([
            "Social skills group weekly.",
            "Speech and language therapy as advised by the therapist.",
            "Social stories to prepare Mahir for changes, written by the class teacher when needed.",
        ]),
        H("Cognition and learning"),
        B([
            "Mahir should have support in reading comprehension lessons to help him understand characters' feelings.",
            "Catch-up support after seizures where possible.",
        ]),
        H("Social, emotional and mental health"),
        B([
            "Mahir should have access to a quiet room when he feels overwhelmed.",
            "A \"break\" card, made by the teaching assistant and kept on his desk every day.",
            "Regular movement breaks.",
            "Structured lunchtime club, 3 days a week, 30 minutes, in a group of no more than 6, led by a teaching assistant.",
        ]),
        H("Sensory"),
        B([
            "Ear defenders, provided by the special educational needs co-ordinator (SENCo), available in all lessons and assemblies.",
        ]),
    ],
    G=[
        P("The community paediatrician will continue to see Mahir."),
        P("The school nurse will support the school as needed."),
        P("Health agreement: agreed by Dr Helen Marsh, Designated Clinical Officer, North East London Integrated Care Board, on 19 June 2026."),
    ],
    H1=[P("None. Short breaks have been explained to the family (see Section D).")],
    H2=[P("None. The family have information about the Limehurst Saturday Club from the local offer.")],
    I=[P("Cannon Street Primary School, Limehurst – community primary school (mainstream).")],
    J=[P("No personal budget has been requested.")],
    K=[
        T(["Advice", "Given by", "Date"], [
            ["Parents' views", "Mahir's mum and dad", "2 June 2026"],
            ["Educational advice – annual review report", "Ms Helen Ward, SENCo, Cannon Street Primary School", "22 May 2026"],
            ["Psychological advice", "Dr Tomasz Nowak, Educational Psychologist", "11 March 2026"],
            ["Medical advice", "Dr Amina Warsame, Consultant Community Paediatrician", "30 April 2026"],
            ["Speech and language therapy advice", "Ms Shirin Ahmed, Speech and Language Therapist", "7 May 2026"],
            ["Social care advice (screening)", "Ms Sara Whitfield, Social Worker, Children with Disabilities Team", "14 May 2026"],
        ]),
    ],
))

# ============================================================================ t211 (SOUND)
PLANS.append(dict(
    id="t211", layout="shaded-heading-table",
    front=[
        ("Young person's first name", "Sadia"),
        ("Age", "18"),
        ("School year", "Year 13 (sixth form)"),
        ("Home languages", "English and Bengali"),
        ("Interpreter", "Not needed"),
        ("Date this plan was issued", "9 November 2026 (amended following annual review)"),
        ("Date of last annual review", "14 October 2026"),
        ("EHC coordinator", "Abdirahman Yusuf, EHC Coordinator, Limehurst Special Educational Needs and Disabilities (SEND) Service"),
    ],
    A=[
        H("My one-page profile – written by me, Sadia, in September 2026"),
        P("I typed this myself before my review and went through it with my key worker, Ms Chowdhury, on 28 September 2026."),
        H("What people like and admire about me"),
        B([
            "I am very organised. I plan my revision in colour-coded timetables and I never miss a deadline.",
            "I am honest and people trust me.",
            "I know a lot about animals, especially cats, and I volunteer at the Limehurst cat rescue on Saturday mornings.",
            "I am good at biology and maths and I got grade 7s in both at GCSE (General Certificate of Secondary Education).",
        ]),
        H("What is important to me"),
        P("My cats, Mochi and Tofu. My younger sister. Having a plan for each day and knowing about changes in advance. Wearing my headphones on the bus. Having somewhere quiet to eat lunch. Being treated like an adult and being asked what I think, not having people talk about me as if I am not there."),
        H("What I find difficult"),
        P("Crowds, noise and people touching me. Phone calls to people I don't know. Group work when people don't do their part. When someone praises me in front of everyone I don't know what to do with my face and I want to leave. When I get anxious my chest feels tight and I can't think. I have had panic attacks before exams."),
        H("How to support me"),
        B([
            "Email me about changes the day before if you can.",
            "Let me sit at the end of a row near the door.",
            "Tell me what you think of my work in private or in writing.",
            "Give me up to a minute to answer a question – I am thinking, not ignoring you.",
        ]),
        H("My hopes and dreams"),
        P("I want to work with animals. My first choice is to study veterinary nursing at college or do an apprenticeship at a vet practice. One day I would like to live in my own flat with my cats, near my family. I want to be able to travel anywhere in London on my own and to have a part-time job."),
        H("What my parents say"),
        P("Sadia's mum and dad told us on 14 October 2026: \"Sadia is hard-working, clever and kind. She has grown up a lot this year. We want her to follow her dream of working with animals and to live as independently as she can. We worry about her anxiety and about what happens when school finishes and the structure goes. We want a plan for the move to college that starts early.\""),
    ],
    B=[
        H("Communication and interaction"),
        P("Sadia is autistic. She speaks and writes fluently and precisely. She finds unplanned conversations, phone calls and group discussions hard, and she can find it difficult to tell when someone is joking. She prefers written information and email, and she is much more relaxed when she knows what will be asked of her in advance."),
        H("Cognition and learning"),
        P("Sadia is studying A levels in biology and psychology and a Level 2 Functional Skills English qualification. She is predicted grade B in biology and grade C in psychology. Her written work is well organised, but she finds extended essays that need her to weigh up other people's views hard, and she loses marks because she runs out of time in exams."),
        H("Social, emotional and mental health"),
        P("Sadia has anxiety linked to her autism (see Section C). She has two close friends at sixth form and a good relationship with her key worker. She becomes overwhelmed by unexpected change and by public praise or criticism, and she has left lessons on 6 occasions this term. She is motivated by her goal of working with animals."),
        H("Sensory and/or physical"),
        P("Sadia is very sensitive to noise and to touch. She wears noise-cancelling headphones on public transport and in busy spaces and has a regular seat in every classroom, near the door."),
    ],
    C=[
        P("Sadia has no trouble with her physical health, but she has an anxiety disorder, diagnosed by the Limehurst Child and Adolescent Mental Health Service (CAMHS) in March 2026. She has panic attacks (about twice a month, more often before exams), difficulty getting to sleep on nights before a change, and a tight chest and stomach pains when she is anxious. Her CAMHS clinician describes her anxiety as moderate; it is closely linked to her autism and affects her attendance and exams."),
    ],
    D=[
        P("Sadia turned 18 in August 2026. Mr Kofi Mensah, Transitions Social Worker in the Limehurst Preparing for Adulthood Team, completed a needs assessment under the Care Act 2014 on 22 September 2026. He found that Sadia needs support to develop independent living skills (managing money, cooking, booking appointments) so that she can move towards living in her own flat, and that she is eligible for adult social care support for this. Her parents were also offered a carer's assessment."),
    ],
    E=[
        P("Sadia co-produced these outcomes with her key worker and her parents at her review on 14 October 2026. They follow her wish to work with animals, live in her own flat and travel on her own."),
        T(["Outcome", "How we will know", "Preparing for adulthood area"], [
            ["By the end of March 2027, Sadia will receive an offer of a place on a Level 3 veterinary nursing course at college or an apprenticeship at a vet practice, starting in September 2027.", "Offer letter or email, kept by the careers adviser.", "Employment / further education"],
            ["By July 2027, Sadia will complete a 6-week work placement at a vet practice (one afternoon a week) and gain a positive report from her placement supervisor for reliability and care of animals.", "Supervisor's written report.", "Employment"],
            ["By July 2027, Sadia will gain Level 2 Functional Skills in English.", "Awarding body result.", "Employment / further education"],
            ["By the end of April 2027, when praised in class, Sadia will take the praise calmly – staying in her seat and saying \"thank you\" or nodding – on 4 out of 5 occasions recorded by her teachers.", "Teachers' log, collated by her key worker each half term.", "Friends and community"],
            ["By June 2027, Sadia will use her breathing and grounding plan to manage a panic attack and return to the lesson or exam within 15 minutes, on 4 out of 5 occasions.", "Key worker's log; reviewed with her CAMHS clinician.", "Good health"],
            ["By July 2027, Sadia will access the community independently: she will plan and make a journey on her own to a new place in London (for example the college campus) using a journey app, on 3 different journeys.", "Travel trainer's sign-off and Sadia's journey log.", "Independent living"],
            ["By September 2027, Sadia will budget for and buy her own weekly food shop on £30, and cook 3 meals a week from it, for 4 weeks in a row.", "Budget sheet and photo log, checked by her support worker.", "Independent living"],
        ]),
    ],
    F=[
        H("Learning and exams"),
        T(["Provision", "How often / how long", "Group size", "Who"], [
            ["25% extra time, rest breaks and a separate small room in all mock and public exams.", "Every exam.", "Not applicable (access arrangement)", "Arranged by the exams officer and the special educational needs co-ordinator (SENCo)"],
            ["Laptop for essays and exams, with an essay-planning template saved on it.", "Every lesson and exam.", "Not applicable (equipment)", "Set up and maintained by the sixth form information technology (IT) technician"],
            ["Essay-planning sessions to practise weighing up different views.", "Weekly, 45 minutes, for 10 weeks in the autumn and spring terms.", "1:1", "Specialist teacher (autism), Limehurst Inclusion Support Team"],
            ["Written copies of any change to her timetable, emailed the day before.", "Each change.", "Not applicable", "Key worker"],
        ]),
        H("Social, emotional and mental health"),
        T(["Provision", "How often / how long", "Group size", "Who"], [
            ["Key worker meeting to plan the week, practise responding to praise and feedback, and review her anxiety plan.", "Every Monday, 30 minutes.", "1:1", "Key worker (higher level teaching assistant trained in autism and anxiety)"],
            ["Quiet room for lunch and at times of stress, with a pass she can show without speaking.", "Every day.", "Not applicable (adaptation)", "Arranged by the SENCo"],
            ["Feedback on work given in writing or in private, never in front of the class.", "Every lesson.", "Not applicable", "All subject teachers, briefed by the SENCo each September"],
        ]),
        H("Preparing for adulthood"),
        T(["Provision", "How often / how long", "Group size", "Who"], [
            ["Careers guidance and support with college and apprenticeship applications.", "Once each half term, 45 minutes, until September 2027.", "1:1", "Careers adviser (Level 6 qualified), Limehurst Careers Service"],
            ["January 2027: a transition plan for college, with 4 visits of 2 hours to the college with her key worker and a meeting with the college's learning support team.", "4 visits between February and June 2027.", "1:1 with key worker", "Key worker and college additional learning support manager"],
            ["Work placement at a vet practice, with a job coach visiting.", "One afternoon a week for 6 weeks; job coach visits weekly for 30 minutes.", "1:1 during visits", "Job coach, Limehurst Supported Employment Team"],
            ["Travel training for journeys to new places.", "4 sessions of 2 hours, then reviewed.", "1:1", "Limehurst independent travel trainer"],
        ]),
    ],
    G=[
        T(["Health provision", "How often / how long", "Who provides it", "Health need"], [
            ["Cognitive behavioural therapy (a talking therapy) for anxiety and panic, adapted for autistic young people.", "12 weekly sessions of 50 minutes from November 2026, then reviewed.", "Clinical psychologist, Limehurst CAMHS Transition Team", "Anxiety and panic"],
            ["Written breathing and grounding plan for panic attacks, shared with sixth form staff, and a 1-hour staff briefing.", "Plan written by December 2026; briefing once, in December 2026.", "Clinical psychologist, Limehurst CAMHS Transition Team", "Anxiety and panic"],
            ["Planned transfer to adult mental health services, with a joint meeting with Sadia and her parents.", "Joint meeting by May 2027.", "Limehurst CAMHS Transition Team, which arranges the transfer", "Anxiety and panic"],
            ["Sleep hygiene advice, reviewed at therapy sessions.", "At 3 of the therapy sessions.", "Clinical psychologist", "Sleep difficulties"],
        ]),
        P("Health agreement: the health provision in this section was reviewed and supported by Dr Helen Marsh, Designated Clinical Officer, North East London Integrated Care Board, on 3 November 2026."),
    ],
    H1=[
        P("None. Sadia is 18, so her social care support is provided under the Care Act 2014 (see Section H2)."),
    ],
    H2=[
        P("Independent living skills support (budgeting, shopping, cooking and booking appointments) from a support worker: 3 hours each week, from January 2027 for 12 months, then reviewed. Provided by Limehurst Adult Social Care under the Care Act 2014, following the assessment by the Transitions Social Worker."),
        P("Transitions Social Worker review meeting with Sadia and her parents: once each term (1 hour) until she starts college."),
    ],
    I=[
        P("Marshgate Academy Sixth Form, Limehurst – mainstream academy sixth form, until July 2027."),
    ],
    J=[
        P("Sadia has chosen not to take her adult social care support as a direct payment; it will be arranged by Limehurst Adult Social Care."),
    ],
    K=[
        T(["Advice", "From", "Date"], [
            ["Sadia's views (written by Sadia)", "Sadia", "28 September 2026"],
            ["Parents' views", "Sadia's mum and dad", "14 October 2026"],
            ["Educational advice – annual review report", "Ms Kemi Adebola, SENCo, Marshgate Academy", "1 October 2026"],
            ["Psychological advice", "Dr Fatima Ali, Educational Psychologist", "4 June 2026"],
            ["Medical advice (mental health)", "Dr Anjali Rao, Consultant Child and Adolescent Psychiatrist, Limehurst CAMHS", "10 September 2026"],
            ["Psychology report", "Ms Hannah Cole, Clinical Psychologist, Limehurst CAMHS Transition Team", "15 September 2026"],
            ["Social care advice – Care Act assessment", "Mr Kofi Mensah, Transitions Social Worker, Preparing for Adulthood Team", "22 September 2026"],
            ["Preparing for adulthood advice", "Mr Omar Farah, Careers Adviser, Limehurst Careers Service", "30 September 2026"],
        ]),
    ],
))

# ============================================================================ t212 (FAIL)
# Planted: child protection plan recorded only as a status (D, H, K); health needs "not known" and
# no medical advice; outcomes that are provision (several forms) and an undated outcome.
PLANS.append(dict(
    id="t212", layout="letter-column", bullet="•",
    front=[
        ("Child's first name", "Sumaya"),
        ("Age", "8"),
        ("School year", "Year 3"),
        ("Home languages", "Somali and English"),
        ("Interpreter", "Somali interpreter for Sumaya's mother"),
        ("Date this plan was issued", "30 January 2026"),
        ("Date of last annual review", "Not applicable – first plan"),
        ("EHC coordinator", "Abdirahman Yusuf, EHC Coordinator, Limehurst Special Educational Needs and Disabilities (SEND) Service"),
    ],
    A=[
        H("How we found out Sumaya's views"),
        P("Sumaya talks freely at home but does not speak at school. Her learning mentor, Ms Ahmed, sat with her on 4 November 2025 and Sumaya drew pictures of what she likes and what worries her; she then whispered some of her answers to her mum, who was with her, and her mum told Ms Ahmed. Her mum also brought a short video of Sumaya talking about school at home."),
        H("What Sumaya told us"),
        B([
            "She drew herself with her cat and her baby brother and said (through her mum): \"I like drawing and I like looking after my brother.\"",
            "She drew the classroom and coloured the carpet area black. She whispered: \"Everybody looks at me when I have to talk.\"",
            "In the video she said: \"I want to be a teacher. I do teaching to my teddies.\"",
            "She pointed to a picture of the playground and shook her head; later she told her mum she has nobody to play with.",
        ]),
        H("What people like and admire about Sumaya"),
        P("Sumaya is gentle, thoughtful and artistic; her drawings are full of detail and colour. She listens carefully, follows classroom routines well and is always ready for lessons. Her written work is neat and she reads well for her age. She is very caring towards younger children."),
        H("What Sumaya's mum says"),
        P("Sumaya's mother spoke through a Somali interpreter on 11 November 2025: \"At home Sumaya talks and sings all day. At school she is silent and I know she is unhappy. I want her to talk to her teacher and have friends. She wants to be a teacher and I want her to believe she can.\""),
        H("How to support Sumaya"),
        B([
            "Do not ask her to speak in front of others, and do not praise her for speaking in front of the class.",
            "Accept nods, pointing, writing and her answer cards as full answers.",
            "Greet her warmly each morning without expecting a reply.",
            "Give her jobs that help others, such as handing out books – she enjoys being helpful.",
        ]),
        H("Sumaya's story so far"),
        P("Sumaya was born in London and lives with her mum and baby brother; her father lives in Leicester. She went to a nursery where staff noticed she did not speak, but it was thought she was shy and learning English. In Reception and Year 1 she made good progress with reading and writing but stayed silent. Her Year 2 teacher asked the speech and language therapist to see her in the summer term of 2025, and the school asked for this assessment in September 2025."),
        H("Hopes for the future"),
        P("Sumaya wants to be a teacher. Her mum hopes she will speak at school, make friends and be happy there."),
    ],
    B=[
        H("Communication and interaction"),
        P("Sumaya has selective mutism: she speaks fluently at home but has not spoken to any adult or child at school since she started in Reception. She communicates at school by nodding, pointing and writing. The speech and language therapist found that her understanding of language and her vocabulary are within the expected range for her age, in Somali and in English."),
        H("Cognition and learning"),
        P("Sumaya is working at the expected standard in reading and maths. Her written work is at the expected standard, but she cannot read aloud or take part in spoken activities, so her teachers cannot fully check her understanding in class."),
        H("Social, emotional and mental health"),
        P("Sumaya is very anxious about being looked at or expected to speak. She spends most playtimes alone near the classroom door. She freezes and cries if she is asked a question in front of the class."),
        H("Sensory and/or physical"),
        P("No needs identified."),
    ],
    C=[
        P("Not known. Awaiting advice from the community paediatrician."),
    ],
    D=[
        P("Sumaya is subject to a child protection plan."),
    ],
    E=[
        T(["Outcome", "How we will know"], [
            ["E1. Sumaya will have speech and language therapy every week.", "Therapy record."],
            ["E2. By July 2026, Sumaya will speak single words to her key adult in the small room, on 4 out of 5 sessions, following the sliding-in programme.", "Speech and language therapist's sliding-in record."],
            ["E3. Sumaya is given a quiet place to go when she is upset.", "Class teacher."],
            ["E4. Staff will help Sumaya to make friends in the playground.", "Playground staff."],
            ["E5. Sumaya will speak to two adults in school.", "Class teacher."],
            ["E6. By the end of the spring term 2026, Sumaya will take part in a small-group activity by pointing, writing or using her answer cards, in 4 out of 5 group sessions.", "Teaching assistant's weekly record."],
        ]),
    ],
    F=[
        H("Communication and interaction"),
        T(["Provision", "How often / how long", "Group size", "Who"], [
            ["\"Sliding-in\" programme: a trusted adult gradually joins Sumaya and her mum in a small room at school so that she talks with them.", "x3 weekly, 20 minutes, for 12 weeks, then review.", "1:1 (with mum for the first 4 weeks)", "Learning mentor, trained and supervised by the speech and language therapist"],
            ["Speech and language therapy: planning and supervising the sliding-in programme, and advising the class teacher.", "Fortnightly visit of 45 minutes for the spring and summer terms 2026.", "Not applicable", "Speech and language therapist, Limehurst Children's Speech and Language Therapy Service"],
            ["Answer cards (yes, no, I don't know, I need help) and a small whiteboard, so that Sumaya can answer without speaking.", "Every lesson.", "Not applicable (equipment)", "Made and replaced by the class teaching assistant"],
            ["Training for all staff in Year 3 on selective mutism (no pressure to speak, no praise for speaking in front of others).", "One 90-minute session in February 2026.", "Not applicable", "Speech and language therapist"],
        ]),
        H("Social, emotional and mental health"),
        T(["Provision", "How often / how long", "Group size", "Who"], [
            ["Quiet room with her learning mentor when she becomes upset; she shows a red card to go.", "Every day.", "Not applicable (adaptation)", "Arranged by the special educational needs co-ordinator (SENCo)"],
            ["Small-group games club where speaking is not expected (drawing, board games).", "Twice a week at lunchtime, 30 minutes.", "A group of 4", "Learning mentor"],
            ["Worry programme using drawing and writing.", "Weekly, 30 minutes, for 8 weeks.", "1:1", "Learning mentor trained in emotional literacy support"],
        ]),
    ],
    G=[P("None at present.")],
    H1=[P("None.")],
    H2=[P("None.")],
    I=[P("Ropewalk Primary School, Limehurst – community primary school (mainstream).")],
    J=[P("No personal budget.")],
    K=[
        T(["Advice", "Given by", "Date"], [
            ["Sumaya's views (drawing, whispering to her mum, video)", "Gathered by Ms Leila Ahmed, Learning Mentor, Ropewalk Primary School", "4 November 2025"],
            ["Parent's views (Somali interpreter)", "Sumaya's mother", "11 November 2025"],
            ["Educational advice", "Ms Joanne Reid, SENCo, Ropewalk Primary School", "7 November 2025"],
            ["Psychological advice", "Dr Fatima Ali, Educational Psychologist", "25 November 2025"],
            ["Speech and language therapy advice", "Ms Aisha Rahman, Speech and Language Therapist", "2 December 2025"],
        ]),
    ],
))

# ---- rendering -----------------------------------------------------------------------------
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    return doc


def title_block(doc, plan):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(COUNCIL)
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(plan.get("title", DOC_TITLE))
    r.bold = True
    r.font.size = Pt(14)


def add_word_table(doc, header, rows, shade_header="D9D9D9"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, shade_header)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()
    return t


# bold-statutory --------------------------------------------------------------------------
def render_bold_statutory(plan):
    doc = base_doc()
    title_block(doc, plan)
    bullet = plan.get("bullet", "•")
    for label, value in plan["front"]:
        p = doc.add_paragraph()
        p.add_run(label + ": ").bold = True
        p.add_run(value)
    doc.add_paragraph()
    for s in SECTIONS:
        p = doc.add_paragraph()
        r = p.add_run(LONG_TITLES[s])
        r.bold = True
        r.font.size = Pt(12)
        for blk in plan[s]:
            kind = blk[0]
            if kind == "h":
                p = doc.add_paragraph()
                r = p.add_run(blk[1])
                r.bold = True
                r.underline = True
            elif kind == "p":
                doc.add_paragraph(blk[1])
            elif kind == "b":
                for it in blk[1]:
                    doc.add_paragraph(f"{bullet}  {it}")
            elif kind == "t":
                add_word_table(doc, blk[1], blk[2])
        doc.add_paragraph()
    return doc


# letter-column ---------------------------------------------------------------------------
def render_letter_column(plan):
    doc = base_doc()
    title_block(doc, plan)
    bullet = plan.get("bullet", "•")
    ft = doc.add_table(rows=0, cols=2)
    ft.style = "Table Grid"
    for label, value in plan["front"]:
        cells = ft.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value
    doc.add_paragraph()
    big = doc.add_table(rows=0, cols=2)
    big.style = "Table Grid"
    for s in SECTIONS:
        first = len(big.rows)
        cells = big.add_row().cells
        cells[1].text = ""
        cells[1].paragraphs[0].add_run(SHORT_TITLES[s]).bold = True
        for blk in plan[s]:
            kind = blk[0]
            if kind == "h":
                c = big.add_row().cells[1]
                c.text = ""
                r = c.paragraphs[0].add_run(blk[1])
                r.bold = True
                r.italic = True
            elif kind == "p":
                big.add_row().cells[1].text = blk[1]
            elif kind == "b":
                c = big.add_row().cells[1]
                c.text = f"{bullet}  {blk[1][0]}"
                for it in blk[1][1:]:
                    c.add_paragraph(f"{bullet}  {it}")
            elif kind == "t":
                header, rows = blk[1], blk[2]
                for row in rows:
                    c = big.add_row().cells[1]
                    c.text = ""
                    para = c.paragraphs[0]
                    for i, (h, v) in enumerate(zip(header, row)):
                        if i:
                            para = c.add_paragraph()
                        para.add_run(h + ": ").bold = True
                        para.add_run(v)
        last = len(big.rows) - 1
        left = big.cell(first, 0)
        if last > first:
            left = left.merge(big.cell(last, 0))
        left.text = ""
        r = left.paragraphs[0].add_run(s)
        r.bold = True
        r.font.size = Pt(16)
        shade(left, "1F4E79")
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    return doc


# shaded-heading-table --------------------------------------------------------------------
def render_shaded_heading(plan):
    doc = base_doc()
    title_block(doc, plan)
    ft = doc.add_table(rows=0, cols=2)
    ft.style = "Table Grid"
    for label, value in plan["front"]:
        cells = ft.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value
    doc.add_paragraph()
    for s in SECTIONS:
        ht = doc.add_table(rows=1, cols=1)
        ht.style = "Table Grid"
        c = ht.cell(0, 0)
        c.text = ""
        r = c.paragraphs[0].add_run(f"Section {s} \u2013 {SHORT_TITLES[s]}")
        r.bold = True
        shade(c, "C5E0B3")
        for blk in plan[s]:
            kind = blk[0]
            if kind == "h":
                p = doc.add_paragraph()
                p.add_run(blk[1]).bold = True
            elif kind == "p":
                doc.add_paragraph(blk[1])
            elif kind == "b":
                for it in blk[1]:
                    doc.add_paragraph(it, style="List Bullet")
            elif kind == "t":
                add_word_table(doc, blk[1], blk[2], shade_header="E2EFD9")
        doc.add_paragraph()
    return doc


RENDERERS = {
    "bold-statutory": render_bold_statutory,
    "letter-column": render_letter_column,
    "shaded-heading-table": render_shaded_heading,
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for plan in PLANS:
        doc = RENDERERS[plan["layout"]](plan)
        doc.save(os.path.join(OUT, plan["id"] + ".docx"))
        print("wrote", plan["id"], plan["layout"])


if __name__ == "__main__":
    main()
