"""Layout `bold-statutory`: no heading styles, bold statutory section titles, hand-typed bullets."""
from docx import Document
from docx.shared import Pt
from gen_common import *

TITLES = {
    "A": "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
    "B": "Section B: The child or young person's special educational needs",
    "C": "Section C: The child or young person's health needs which relate to their special educational needs",
    "D": "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability",
    "E": "Section E: The outcomes sought for the child or young person",
    "F": "Section F: The special educational provision required by the child or young person",
    "G": "Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "H1": "Section H1: Social care provision which must be made for the child or young person under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "I": "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person",
    "J": "Section J: Personal budget (including arrangements for direct payments)",
    "K": "Section K: Advice and information gathered during the EHC needs assessment",
}


def build(plan, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    bold_para(doc, COUNCIL.upper(), size=12, space_before=0)
    bold_para(doc, "Education, Health and Care (EHC) Plan", size=14, space_before=2)
    doc.add_paragraph(TEAM)
    for lab, val in plan["front"]:
        p = doc.add_paragraph()
        r = p.add_run(lab + ": ")
        r.bold = True
        p.add_run(val)
        p.paragraph_format.space_after = Pt(0)
    for key in ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]:
        bold_para(doc, TITLES[key])
        if key == "F":
            render_blocks(doc, plan["F"].get("pre", []))
            table(doc, ["Provision", "Staffing", "Frequency / duration", "Outcome no."], plan["F"]["rows"])
            render_blocks(doc, plan["F"].get("post", []))
        elif key == "K":
            render_blocks(doc, plan.get("K_pre", []))
            table(doc, ["Advice and information", "Given by", "Date"], plan["K"])
        else:
            render_blocks(doc, plan[key])
    bold_para(doc, "Sign-off")
    render_blocks(doc, plan["end"])
    doc.save(path)


# ---------------------------------------------------------------- n101 SOUND
N101 = dict(
    front=[("Name", "Freddie"), ("Date of plan", "14 October 2026"),
           ("Date of most recent review", "Not applicable - first EHC plan"),
           ("Year", "Early Years - Nursery (age 3)"),
           ("Setting", "Little Acorns Day Nursery")],
    A=[("p", "Freddie is 3 and lives with his mum, dad and big sister Isla. He has Down syndrome. He goes to Little Acorns Day Nursery four days a week."),
       ("p", "Freddie uses some single words, Makaton signs (signs and pictures used alongside speech) and pointing. His key person, Gemma, "
             "played with him over three sessions in September 2026 and noted what he chose, what made him smile and what he pushed away."),
       ("box", "What Freddie told us through signs and play: Freddie signed 'more' and 'music' again and again when Gemma sang 'Wheels on the Bus'. "
               "He fetched the bubbles and gave them to her to open. He laughed when Isla came to collect him. He covered his ears when the hand dryer came on."),
       ("lab", "What Freddie likes and is good at"),
       ("b", "Music and action songs - he joins in with the actions before the words; bubbles and water play."),
       ("b", "He is sociable, waves to the staff, copies other children's play and feeds himself with a spoon."),
       ("lab", "What Mum and Dad say"),
       ("p", "\"Freddie is a happy little boy who loves being with other children. We worry that people won't understand him when he can't find "
             "the words, and that he tires quickly. We want him to tell us what he wants, to be as independent as he can, and to start school with his friends from nursery.\""),
       ("lab", "Hopes for the future"),
       ("d", "Now: to use more words and signs, and to play alongside other children."),
       ("d", "September 2027: to start at the local primary school with his nursery friends, walking confidently and starting to use the toilet."),
       ("d", "Longer term: to have friends, keep enjoying music and lead a happy, independent life."),
       ],
    B=[("lab", "Communication and Interaction"),
       ("b", "Freddie is keen to communicate and uses about 15 words and 20 Makaton signs. He follows familiar instructions such as 'get your coat' with a sign."),
       ("b", "He does not yet join two words together and people who do not know him find his speech hard to understand."),
       ("lab", "Cognition and Learning"),
       ("b", "Freddie learns well by copying. He can finish a 4-piece inset puzzle with help."),
       ("b", "His play and early learning are similar to those of a child of about 18 to 24 months (Educational Psychologist). He needs small steps and lots of repetition."),
       ("lab", "Social, Emotional and Mental Health"),
       ("b", "Freddie is warm and friendly. He finds waiting for a turn hard and gets upset when one activity ends and another begins."),
       ("lab", "Sensory and/or Physical"),
       ("b", "Freddie takes a few steps on his own and climbs onto the low climbing frame. Low muscle tone (hypotonia) means he tires quickly and is unsteady on steps."),
       ("b", "He has a mild hearing loss in both ears caused by glue ear (fluid behind the eardrum) and wears hearing aids, which he sometimes pulls out."),
       ("b", "He is not yet toilet trained."),
       ],
    C=[("b", "Down syndrome: Freddie needs regular checks of his development and a yearly thyroid blood test."),
       ("b", "Heart: a hole in his heart was repaired when he was 5 months old. He has a yearly check with Paediatric Cardiology and no limits on activity."),
       ("b", "Hearing: mild hearing loss in both ears (glue ear); hearing aids fitted in April 2026."),
       ("b", "Movement: low muscle tone affects his walking and balance. He wears supportive boots supplied by Orthotics."),
       ],
    D=[("p", "Children's Social Care gave advice for this assessment (Child and Family Social Worker, 2 September 2026). The family are not known to "
             "social care and Freddie has no social care needs relating to his special educational needs. Short breaks and the Family Hub "
             "stay-and-play sessions were discussed; the family do not want a short breaks assessment now and know how to ask for one.")],
    E=[("lab", "Outcomes for the end of Nursery (July 2027) - reviewed every 6 months as Freddie is under 5"),
       ("n", "1.\tBy July 2027, Freddie will use 50 words and/or signs and join two together (for example 'more bubbles') at least 5 times a day, recorded on his key person's communication log."),
       ("n", "2.\tBy July 2027, Freddie will follow a two-part instruction given with a sign on 4 out of 5 occasions, observed by his key person."),
       ("n", "3.\tBy July 2027, Freddie will complete a 6-piece puzzle and sort objects by colour on his own, as shown in his learning journal."),
       ("n", "4.\tBy July 2027, Freddie will take 5 turns each with another child in a music or ball game on 3 days out of 5, recorded by his key person."),
       ("n", "5.\tBy July 2027, Freddie will move between activities using his photo timetable without becoming upset on 4 days out of 5."),
       ("n", "6.\tBy July 2027, Freddie will walk around the nursery and garden on his own and climb the three garden steps holding the rail, observed by his key person and the Children's Physiotherapist."),
       ("n", "7.\tBy July 2027, Freddie will keep his hearing aids in for the whole session on 4 days out of 5, recorded on his daily sheet."),
       ("n", "8.\tBy July 2027, Freddie will use the toilet at least once a day when an adult takes him, recorded on his toileting chart."),
       ],
    F=dict(rows=[
               ["Additional adult so Freddie can join in with play and carry out the programmes below; adult to child ratio of 1:3.",
                "Nursery practitioner (Level 3 Early Years) with Makaton training", "All sessions, 4 days a week (30 hours)", "1-8"],
               ["Makaton used by all staff; key person and one colleague to complete Makaton Level 1 and 2 training.",
                "Nursery staff; training from the Speech and Language Therapy service", "Every session; training done by end Spring 2027", "1, 2"],
               ["Individual language session on the Speech and Language Therapist's targets, 1:1.", "Key person", "Daily, 15 minutes", "1, 2"],
               ["Speech and Language Therapist visit to set targets, model the programme and review progress.",
                "Speech and Language Therapist, Northmoor Children's Therapy Service", "Every half term (1 hr)", "1, 2"],
               ["Early learning programme (puzzles, sorting, matching) in a group of 2.", "Key person", "3x weekly (20 mins)", "3"],
               ["Turn-taking game with one other child; photo timetable and 'now and next' board with a one-minute warning before changes.",
                "Key person", "Game daily (10 mins); timetable every session", "4, 5"],
               ["Early Years Specialist Teacher visit to advise staff on targets and getting ready for school.",
                "Early Years Specialist Teacher, Northmoor Early Years Inclusion Team", "Twice a term (1 hour)", "3, 5"],
               ["Movement programme written by the Children's Physiotherapist (walking, steps, balance games), 1:1.",
                "Nursery practitioner, shown the programme by the Children's Physiotherapist", "Daily, 15 minutes", "6"],
               ["Hearing aid checks at the start of each session and after outdoor play.", "Key person", "Each session", "7"],
               ["Qualified Teacher of the Deaf visit to train staff in hearing aid care and check the listening environment.",
                "Qualified Teacher of the Deaf, Northmoor Sensory Support Service", "Once each half term (1 hour)", "7"],
               ["Toileting routine at set times with a picture sequence; step and child seat provided by the nursery.", "Key person", "4 times each session", "8"],
               ["Transition planning meeting with the chosen school, then 3 visits with his key person.",
                "Early Years Special Educational Needs Inclusion Officer", "From April 2027: 1 meeting (1 hour) and 3 visits", "1-8"],
           ]),
    G=[("b", "Community Paediatrician: clinic review every 6 months (30 minutes) and a yearly thyroid blood test."),
       ("b", "Paediatric Cardiology: yearly heart check."),
       ("b", "Paediatric Audiology: hearing test and hearing aid review every 4 months; supplies and repairs hearing aids and earmoulds."),
       ("b", "Children's Physiotherapist: review every 8 weeks (45 minutes) at nursery or home; writes and updates the movement programme and shows staff and parents how to do it."),
       ("b", "Orthotics: checks the fit of his supportive boots every 6 months and replaces them as he grows."),
       ("p", "DCO sign-off: Section G agreed by the Designated Clinical Officer, R.P., 9 October 2026."),
       ],
    H1=[("p", "None at present. Short breaks were considered with the family (see Section D).")],
    H2=[("p", "None.")],
    I=[("p", "Little Acorns Day Nursery (private, voluntary and independent early years setting) until July 2027. His school from September 2027 will be named after his spring 2027 review.")],
    J=[("p", "No personal budget requested.")],
    K=[["Parents' views", "Mum and Dad", "20/08/2026"],
       ["Freddie's views (through play and signing)", "Gemma, key person", "17/09/2026"],
       ["Educational advice", "Nursery Manager, Little Acorns Day Nursery", "26/08/2026"],
       ["Educational advice (hearing)", "Qualified Teacher of the Deaf, Northmoor Sensory Support Service", "10/08/2026"],
       ["Psychological advice", "Dr A. Coulson, Educational Psychologist", "01/09/2026"],
       ["Medical advice", "Dr N. Shah, Community Paediatrician", "18/08/2026"],
       ["Speech and language therapy advice", "Ms K. Robson, Speech and Language Therapist", "12/08/2026"],
       ["Physiotherapy advice", "Children's Physiotherapist", "15/08/2026"],
       ["Audiology report", "Paediatric Audiology, Northmoor General Hospital", "05/08/2026"],
       ["Cardiology clinic letter", "Paediatric Cardiology", "11/03/2026"],
       ["Orthotics clinic letter", "Orthotics service", "24/06/2026"],
       ["Social care advice", "Child and Family Social Worker, Northmoor Children's Social Care", "02/09/2026"]],
    end=[("p", "Signed for Northmoor Metropolitan Borough Council: L. Turnbull, EHC Co-ordinator, 14 October 2026.")],
)

# ---------------------------------------------------------------- n104 FAIL (statutory advice, advice age, D/H, spelling)
N104 = dict(
    front=[("Name", "Oscar"), ("Date of plan", "28 September 2026 (amended following annual review)"),
           ("Date of most recent review", "8 September 2026"), ("Year", "Year 5"),
           ("School", "Hawthorn Primary School"), ("EHC Co-ordinator", "Mr P. Lister")],
    A=[("p", "Oscar is 10 and lives with his mum, dad and younger brother Alfie. He has a moderate to severe hearing loss in both ears "
             "and wears hearing aids. He has been at Hawthorn Primary School since Reception."),
       ("box", "What Oscar said: \"I like football and Minecraft and drawing my own comics. I'm good at drawing. I don't like it when "
               "everybody talks at once in group work because I can't tell who is talking. My radio aid helps when Mrs Carr wears it. "
               "When I grow up I want to make video games.\"\n(Oscar talked to his Teaching Assistant in a quiet room in June 2026.)"),
       ("lab", "What Mum and Dad say"),
       ("p", "\"Oscar is a kind, determined lad with a great sense of humour. He is brilliant at drawing and will spend hours on his "
             "comics. He comes home exhausted because listening all day takes so much effort, and he sometimes pretends he has "
             "heard when he hasn't. We want him to keep up with his friends, go to the same secondary school as them and be "
             "confident to tell teachers when he can't hear.\""),
       ("lab", "Aspirations"),
       ("d", "Oscar wants to design video games and to play for a football team."),
       ("d", "Mum and Dad hope Oscar will move to secondary school in September 2027 with his friends and feel confident speaking up for himself."),
       ],
    B=[("lab", "Communication and Interaction"),
       ("b", "Oscar is a chatty boy who talks clearly and enjoys one-to-one conversations with adults and friends."),
       ("b", "He has a narrower vocabulary than other children his age, especially subject words in science and history, because he misses words he does not hear clearly."),
       ("b", "He finds it hard to follow group discussions and often misses the start of what is said. In a noisy enviroment he relies on lip-reading."),
       ("lab", "Cognition and Learning"),
       ("b", "Oscar is working at the level expected for his age in maths and is good at problem solving."),
       ("b", "His reading and writing are about a year behind. He finds it hard to answer questions about what he has read when the text has unfamiliar words."),
       ("lab", "Social, Emotional and Mental Health"),
       ("b", "Oscar has a close group of friends and is well liked."),
       ("b", "He gets very tired by the afternoon (listening fatigue) and can become frustrated or withdrawn. He does not always tell adults when he has not heard."),
       ("lab", "Sensory and/or Physical"),
       ("b", "Oscar has a bilateral moderate to severe sensorineural hearing loss (a permanent hearing loss in both ears). He wears two hearing aids and recieves speech through a radio aid worn by his teacher."),
       ("b", "He manages his own hearing aids well and tells an adult when the batteries are flat."),
       ],
    C=[("p", "Oscar has a permanent hearing loss in both ears, diagnosed at age 2. He is under the care of Paediatric Audiology, who test his hearing, "
             "fit and review his hearing aids and supply his earmoulds. He is otherwise fit and well (Community Paediatrician, June 2026).")],
    D=[("p", "N/A")],
    E=[("lab", "Outcomes for the end of Key Stage 2 (July 2028)"),
       ("n", "1.\tBy July 2028, Oscar will use and explain 20 new subject words each term in science and history, checked by his teacher using his word book."),
       ("n", "2.\tBy July 2028, Oscar will tell an adult or ask for a repeat when he has not heard, in 4 out of 5 lessons, as recorded by his Teaching Assistant."),
       ("n", "3.\tBy July 2028, Oscar will acheive the expected standard in reading in his end of Key Stage 2 tests."),
       ("n", "4.\tBy July 2027, Oscar will check his own hearing aids and radio aid each morning and report any fault, every day, recorded on his equipment checklist."),
       ("n", "5.\tBy July 2027, Oscar will take part in a group discussion of 4 pupils and make at least 2 contributions, in 3 out of 4 observed sessions."),
       ("n", "6.\tBy July 2028, Oscar will design and present a short comic or game idea to his class, using the classroom sound system."),
       ],
    F=dict(rows=[
        ["Radio aid system used in all lessons; teacher wears the transmitter. Daily listening check of the hearing aids and radio aid.",
         "Teaching Assistant (Level 3); radio aid supplied and maintained by Northmoor Sensory Support Service", "Every lesson; check each morning at registration", "2, 4"],
        ["Qualified Teacher of the Deaf visit to monitor progress, check equipment and advise staff.",
         "Qualified Teacher of the Deaf, Northmoor Sensory Support Service", "Twice a term (1 hour)", "1-6"],
        ["Pre-teaching of topic vocabulary before each new science and history unit, 1:1 in a quiet room.",
         "Teaching Assistant (Level 3)", "3x weekly (20 mins)", "1, 3"],
        ["Small group reading comprehension work in a group of 4 pupils, in a seperate quiet room.",
         "Teaching Assistant (Level 3), planned by the class teacher", "Mondays and Wednesdays, 30 minutes each time", "3"],
        ["Seating near the front, away from the door and windows; teacher faces the class when speaking; subtitles switched on for all videos.",
         "Class teacher", "All lessons", "2, 5"],
        ["Group work rules taught and used (one person speaks at a time, passing the microphone).", "Class teacher", "All group work", "5, 6"],
        ["Listening breaks in a quiet space after lunch to reduce fatigue.", "Teaching Assistant (Level 3)", "Daily, 10 minutes", "2, 5"],
        ["Deaf awareness training for all staff who work with Oscar.", "Qualified Teacher of the Deaf", "Once a year (1 hour), September", "2, 5"],
    ]),
    G=[("b", "Paediatric Audiology: hearing test and hearing aid review every 6 months (45 minutes) at the Audiology clinic, Northmoor General Hospital."),
       ("b", "Paediatric Audiology: new earmoulds as Oscar grows (about every 6 months) and repairs or replacement of hearing aids within 5 working days of a fault."),
       ("p", "DCO sign-off: agreed - J.M., Designated Clinical Officer, 22/09/2026."),
       ],
    H1=[("p", "N/A")],
    H2=[("p", "N/A")],
    I=[("p", "Hawthorn Primary School (mainstream community primary school).")],
    J=[("p", "No personal budget requested.")],
    K=[["Parents' views", "Mum and Dad", "30/06/2026"],
       ["Oscar's views", "Gathered by his Teaching Assistant", "24/06/2026"],
       ["Educational advice", "Mrs S. Carr, Class Teacher, and Mr D. Fox, SENCo (special educational needs co-ordinator), Hawthorn Primary School", "01/07/2026"],
       ["Psychological advice", "Mr D. Ward, Educational Psychologist", "14/03/2023"],
       ["Medical advice", "Dr N. Shah, Community Paediatrician", "10/06/2026"],
       ["Audiology report", "Paediatric Audiology, Northmoor General Hospital", "16/06/2026"],
       ["Social care advice", "Integrated Front Door, Northmoor Children's Social Care - not known to social care", "20/06/2026"]],
    end=[("p", "Signed on behalf of Northmoor Metropolitan Borough Council: P. Lister, EHC Co-ordinator. Date: 28 September 2026.")],
)

# ---------------------------------------------------------------- n107 FAIL (SC link, H, SMART/provision, strengths, grammar)
N107 = dict(
    front=[("Name", "Mia"), ("Date of plan", "21 September 2026"),
           ("Date of most recent review", "Not applicable - new plan"), ("Year", "Year 4"),
           ("School", "Brookside Primary Academy"), ("EHC Co-ordinator", "Ms H. Bell")],
    A=[("p", "Mia is 9 and is in Year 4 at Brookside Primary Academy. She lives with her foster carers, Mr and Mrs Dunn, and their dog Bella."),
       ("box", "What Mia said: \"I don't like reading out loud. I don't like it when people shout or when it's noisy at dinner. "
               "I like Bella and drawing horses. When I'm big I want to be a vet.\"\n(Mia talked to her Teaching Assistant while drawing, July 2026.)"),
       ("lab", "What Mia's foster carers say"),
       ("p", "\"Mia can be very hard work at home. She has big tantrums when she is asked to do something she doesn't want to do, "
             "and she will not sit down to read with us. She has no real friends at school and the "
             "other children avoid her. She is a long way behind in her reading and maths. We would like her to settle down and make a friend.\""),
       ("lab", "Aspirations"),
       ("d", "Mia wants to be a vet when she grows up."),
       ("d", "Her foster carers hope she will settle at school and make a friend."),
       ],
    B=[("lab", "Cognition and Learning"),
       ("b", "Mia is working well below age-related expectations in reading, writing and maths."),
       ("b", "Her reading age is 6 years 4 months. She cannot blend longer words and refuses to read aloud."),
       ("b", "She cannot recall number bonds to 10 and relies on counting on her fingers."),
       ("b", "Mia don't remember what she has been taught from one day to the next and needs the same teaching repeated many times."),
       ("lab", "Communication and Interaction"),
       ("b", "Mia's vocabulary is limited for her age and she struggle to explain what has happened when there has been an incident."),
       ("lab", "Social, Emotional and Mental Health"),
       ("b", "Mia has poor concentration and low self-esteem and says she is 'stupid'."),
       ("b", "She is often defiant with adults and refuses work. She have outbursts three or four times a week, when she shouts, throws equipment or leaves the classroom."),
       ("b", "She finds it hard to trust adults and to accept help. Mia and her foster carers was told by school that she is often alone at playtime."),
       ("lab", "Sensory and/or Physical"),
       ("b", "No needs identified."),
       ],
    C=[("p", "Mia's Review Health Assessment (Looked After Children's Nurse, 0-19 Public Health Nursing, June 2026) found that she is healthy, "
             "her immunisations are up to date and her hearing and eyesight are normal. She has no health needs relating to her special educational needs.")],
    D=[("p", "Mia is a looked after child. She has lived with her foster carers since 2024.")],
    E=[("lab", "Outcomes for the end of Year 4 (July 2027)"),
       ("n", "1.\tMia will feel calmer and more settled in class by the end of Year 4."),
       ("n", "2.\tMia will have a weekly session with the school's Emotional Literacy Support Assistant (ELSA)."),
       ("n", "3.\tBy July 2027, Mia will read an animal fact book at Book Band Turquoise (a reading level used in school) with 95% accuracy, checked by her class teacher each half term."),
       ("n", "4.\tMia will improve her maths."),
       ("n", "5.\tBy July 2027, Mia will play a game with another child at lunchtime on 3 days a week, recorded by the lunchtime supervisor."),
       ],
    F=dict(rows=[
        ["Emotional Literacy Support Assistant (ELSA) sessions, 1:1, working on naming feelings and calming strategies.",
         "Trained ELSA", "Weekly, 30 minutes, for 12 weeks then reviewed", "1, 2"],
        ["Key adult check-in at the start of the day in a quiet space.", "Teaching Assistant (Level 3)", "Each morning at registration (10 mins)", "1"],
        ["Phonics and reading catch-up programme, 1:1.", "Teaching Assistant (Level 3), trained in the programme", "Daily, 15 minutes", "3"],
        ["Maths intervention in a group of 4 (number bonds, place value) using practical equipment.",
         "Teaching Assistant (Level 3), planned by the class teacher", "3x weekly (30 mins)", "4"],
        ["Vocabulary and talk: an adult teaches 5 new topic words each week, and uses a comic-strip conversation (simple drawings) to help Mia explain what happened after an incident.",
         "Teaching Assistant (Level 3)", "Twice weekly (15 mins), and after any incident", "1"],
        ["Lunchtime club with 3 other pupils (games and drawing).", "Learning mentor", "Tuesdays and Thursdays, 30 minutes", "5"],
        ["Educational Psychologist consultation with staff and foster carers to plan and review strategies.",
         "Educational Psychologist", "Once a term (1.5 hours)", "1-5"],
        ["Training for all staff working with Mia on attachment and trauma-informed practice.", "Educational Psychologist", "One half-day session by end Spring 2027", "1, 5"],
    ]),
    G=[("p", "No health provision is required in relation to Mia's special educational needs. Mia continues to have her yearly Review Health Assessment as a looked after child.")],
    H1=[("p", "See care plan.")],
    H2=[("p", "Mia's social care needs will be met by her allocated social worker as appropriate.")],
    I=[("p", "Brookside Primary Academy (mainstream academy).")],
    J=[("p", "Not applicable.")],
    K=[["Foster carers' views", "Mr and Mrs Dunn, foster carers", "30/07/2026"],
       ["Mia's views", "Gathered by her Teaching Assistant", "15/07/2026"],
       ["Birth mother's views", "Declined to contribute (reported by the social worker)", "05/08/2026"],
       ["Educational advice", "Mrs R. Clark, SENCo (special educational needs co-ordinator), Brookside Primary Academy", "20/07/2026"],
       ["Psychological advice", "Dr S. Lowe, Educational Psychologist", "28/07/2026"],
       ["Medical advice (Review Health Assessment)", "Looked After Children's Nurse, 0-19 Public Health Nursing", "02/06/2026"],
       ["Social care advice", "Mr J. Ellis, Child and Family Social Worker", "05/08/2026"]],
    end=[("p", "Signed on behalf of Northmoor Metropolitan Borough Council: H. Bell, EHC Co-ordinator. Date: 21 September 2026.")],
)

# ---------------------------------------------------------------- n110 SOUND (Year 10, vision impairment, PfA)
N110 = dict(
    front=[("Name", "Amira"), ("Date of plan", "5 November 2026 (amended following annual review)"),
           ("Date of most recent review", "15 October 2026"), ("Year", "Year 10"),
           ("School", "Northmoor Academy"), ("EHC Co-ordinator", "Mrs L. Turnbull")],
    A=[("p", "Amira is 15 and in Year 10 at Northmoor Academy. She lives with her mum, dad and two older brothers. Amira has albinism and "
             "nystagmus (a condition where the eyes make repeated movements), which mean she has a significant vision impairment. "
             "She is registered as sight impaired."),
       ("box", "What Amira said: \"I want to do A levels and then go to university to study psychology. I'm good at English and I love "
               "writing stories. The magnifier on my laptop is a life-saver. I hate being the only one with big papers, but I need them. "
               "I'd like to be able to get the bus into town with my friends without Mum driving me everywhere.\"\n"
               "(Amira wrote this herself for her annual review, October 2026.)"),
       ("lab", "What Mum and Dad say"),
       ("p", "\"Amira is clever, funny and very determined. She works harder than anyone to keep up. We want her to get the grades she "
             "needs for sixth form and to be confident travelling on her own. We worry about her safety crossing busy roads in the dark.\""),
       ("lab", "Interests and aspirations"),
       ("b", "Creative writing; she has had a story published in the school magazine."),
       ("b", "Drama club and music (she plays keyboard by ear)."),
       ("b", "Amira wants to take A levels in English, psychology and sociology, and then study psychology at university."),
       ("b", "She wants to travel independently and to have a Saturday job."),
       ],
    B=[("lab", "Cognition and Learning"),
       ("b", "Amira is a capable learner and is on track for grades 6 to 7 in English and grades 5 to 6 in most other GCSE subjects."),
       ("b", "She reads more slowly than her classmates because of her vision and tires when reading for long periods."),
       ("b", "Diagrams, graphs and maps in science, maths and geography are hard for her to access unless they are enlarged and simplified."),
       ("lab", "Communication and Interaction"),
       ("b", "Amira is articulate and confident speaking to adults. She cannot see facial expressions clearly across a room, so she sometimes misses non-verbal signals in group work."),
       ("lab", "Social, Emotional and Mental Health"),
       ("b", "Amira has a loyal group of friends. She can feel self-conscious about using equipment in class and has sometimes chosen not to use it."),
       ("lab", "Sensory and/or Physical"),
       ("b", "Her distance vision is 6/36 in both eyes with glasses (she can see at 6 metres what most people can see at 36 metres); she reads N12 print (ordinary book-sized print) comfortably at close range with a magnifier or on screen."),
       ("b", "She is sensitive to bright light and glare."),
       ("b", "She moves confidently around school but finds unfamiliar routes, steps and kerbs difficult, especially in poor light."),
       ],
    C=[("b", "Amira has albinism and nystagmus, diagnosed in infancy. She is under the care of Paediatric Ophthalmology, who review her vision and glasses."),
       ("b", "She needs tinted glasses and sun protection because her skin and eyes are sensitive to sunlight."),
       ("b", "She has no difficulty walking and has no other health conditions (Community Paediatrician, September 2026)."),
       ],
    D=[("p", "Social care advice was requested from the Sensory Impairment Social Worker (Northmoor Children's Social Care, 3 September 2026). "
             "Amira is not receiving social care support and does not have social care needs relating to her special educational needs. "
             "Short breaks were discussed with the family and were not wanted. The social worker will contact the family again when Amira is 17 "
             "to talk about any support she may want after 18.")],
    E=[("lab", "Outcomes for the end of Key Stage 4 (July 2028)"),
       ("lab", "Education and employment"),
       ("n", "1.\tBy July 2028, Amira will gain GCSE English Language and Literature at grade 6 or above, so she can start A level English in September 2028."),
       ("n", "2.\tBy the end of Year 10 (July 2027), Amira will use her laptop magnification software and video magnifier on her own in every lesson where she needs them, as recorded by the Qualified Teacher of Children and Young People with Vision Impairment (QTVI) at each visit."),
       ("n", "3.\tBy March 2027, Amira will have completed one week of work experience in a setting linked to her interest in psychology or writing, and will receive a positive written report from the placement."),
       ("lab", "Independent living"),
       ("n", "4.\tBy July 2027, Amira will travel on her own by bus between home and the town centre on a route she has practised, on 3 separate occasions, signed off by the Habilitation Specialist."),
       ("lab", "Friends, relationships and community"),
       ("n", "5.\tBy July 2027, Amira will go out in her local community with her friends independently, without an adult, at least once a week for 4 weeks in a row, using her long cane after dark, as recorded in her habilitation log."),
       ("lab", "Good health"),
       ("n", "6.\tBy July 2027, Amira will book and attend her own eye clinic appointment with a parent present only as support, and will explain her vision needs to the clinician herself."),
       ],
    F=dict(pre=[("p", "Provision at Northmoor Academy. The Qualified Teacher of Children and Young People with Vision Impairment (QTVI) is from the Northmoor Sensory Support Service.")],
           rows=[
        ["All printed class materials enlarged to N18 bold (large print) on matt paper, with simplified diagrams; electronic copies shared before each lesson.",
         "Teaching Assistant (Level 3), with the QTVI's guidance", "Every lesson", "1, 2"],
        ["Laptop with magnification and screen-reading software, set up and kept updated by the school's ICT Technician; a portable video magnifier supplied and serviced by the Sensory Support Service.",
         "ICT Technician; Sensory Support Service", "Equipment used daily; checked each half term", "2"],
        ["Access arrangements: 25% extra time and modified enlarged papers (N18 bold) in all mock and external exams, applied for by the Exams Officer with the special educational needs co-ordinator (SENCo).",
         "Exams Officer and SENCo", "All tests and exams", "1"],
        ["QTVI visit to teach specialist skills (touch typing, software shortcuts), check equipment and advise subject staff.",
         "QTVI", "Once a fortnight (1 hour)", "1, 2"],
        ["Habilitation training: independent travel routes, crossing roads, using a long cane and bus travel, 1:1.",
         "Habilitation Specialist, Sensory Support Service", "Weekly, 1 hour, for two terms (then reviewed)", "4, 5"],
        ["Careers guidance: personal careers interviews and support to find a work experience placement.",
         "Careers Adviser (Level 6 qualified), Northmoor Careers Service", "Twice yearly (45 minutes), plus one planning meeting in December 2026", "3"],
        ["May 2027: the Careers Adviser and QTVI will meet Amira and her parents to plan her sixth form choices and visits.",
         "Careers Adviser and QTVI", "One meeting (1 hour)", "1, 3"],
        ["Seat with her back to the window, blinds closed when there is glare, and board work shared on her laptop screen.", "Subject teachers", "All lessons", "2"],
        ["Vision awareness training for all new staff who teach Amira.", "QTVI", "Once a year (1 hour), September", "2"],
    ]),
    G=[("b", "Paediatric Ophthalmology: eye examination and vision review every 6 months (clinic, 30 minutes)."),
       ("b", "Low Vision Clinic (Optometrist): annual review of glasses, tints and magnifiers; supplies prescribed low vision aids."),
       ("p", "DCO sign-off: Section G agreed - S.K., Designated Clinical Officer, 30/10/2026."),
       ],
    H1=[("p", "None. Short breaks were offered and not wanted (see Section D).")],
    H2=[("p", "None at present. The Sensory Impairment Social Worker will review with Amira and her family when she is 17.")],
    I=[("p", "Northmoor Academy (mainstream secondary academy).")],
    J=[("p", "No personal budget has been requested.")],
    K=[["Amira's views", "Amira (written herself)", "08/10/2026"],
       ["Parents' views", "Mum and Dad", "08/10/2026"],
       ["Educational advice", "Ms F. Moore, SENCo, Northmoor Academy", "09/10/2026"],
       ["Educational advice (vision impairment)", "Mr G. Lamb, QTVI, Northmoor Sensory Support Service", "30/09/2026"],
       ["Habilitation report", "Habilitation Specialist, Northmoor Sensory Support Service", "25/09/2026"],
       ["Psychological advice", "Dr A. Coulson, Educational Psychologist", "21/09/2026"],
       ["Medical advice", "Dr N. Shah, Community Paediatrician", "17/09/2026"],
       ["Ophthalmology clinic letter", "Paediatric Ophthalmology, Northmoor General Hospital", "02/07/2026"],
       ["Low Vision Clinic report", "Optometrist, Low Vision Clinic", "19/05/2026"],
       ["Social care advice", "Sensory Impairment Social Worker, Northmoor Children's Social Care", "03/09/2026"],
       ["Preparing for adulthood advice", "Careers Adviser, Northmoor Careers Service", "29/09/2026"]],
    end=[("p", "Signed on behalf of Northmoor Metropolitan Borough Council: L. Turnbull, EHC Co-ordinator. Date: 5 November 2026.")],
)

PLANS = {"n101.docx": N101, "n104.docx": N104, "n107.docx": N107, "n110.docx": N110}
