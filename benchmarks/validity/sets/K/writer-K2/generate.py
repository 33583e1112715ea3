# -*- coding: utf-8 -*-
"""Generator for blind test set K2 (writer K2).

Twelve fictional, anonymised EHC plans written in the voice of an inner-London borough
("London Borough of Kingsbank"). Three layouts, four plans each:
  heading2-numbered    k201 k204 k207 k210
  letter-column        k202 k205 k208 k211
  shaded-heading-table k203 k206 k209 k212

Run:  /work/blind/.venv-K2/bin/python generate.py
Writes plans/*.docx and labels.yaml next to this script.
"""
import json
import os

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor



# =============================================================================
# PLAN CONTENT
# =============================================================================
# Plan contents for set K2. Blocks: str = paragraph; ("h", t) sub-heading; ("b", lead, t)
# bold lead-in paragraph; ("q", t) quotation; ("ul", [...]) / ("ol", [...]) lists;
# ("tbl", header, rows) table.

T = {
    "A": "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
    "B": "Section B: The special educational needs of the child or young person",
    "C": "Section C: The health care needs of the child or young person which relate to their special educational needs",
    "D": "Section D: The social care needs of the child or young person which relate to their special educational needs or to a disability",
    "E": "Section E: The outcomes sought for the child or young person",
    "F": "Section F: The special educational provision required by the child or young person",
    "G": "Section G: Any health care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "H1": "Section H1: Any social care provision which must be made for the child or young person as a result of section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "I": "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person",
    "J": "Section J: Personal budget, including arrangements for direct payments",
    "K": "Section K: The advice and information gathered during the EHC needs assessment",
}


def lt(key):
    """Right-hand title for the letter-column layout: statutory wording without 'Section X:'."""
    return T[key].split(": ", 1)[1]


TITLE = "Education, Health and Care (EHC) Plan"
NCY = "NCY (National Curriculum year)"

PLANS = []

# =============================================================================== k201
PLANS.append({
    "file": "k201.docx", "layout": "heading2-numbered", "title": TITLE,
    "front": [
        ("Child's name", "Rosie"),
        ("Age", "3 years 5 months"),
        (NCY, "Nursery (Early Years Foundation Stage). Due to start Reception in September 2027"),
        ("Setting", "Little Acorns Nursery (private, voluntary and independent nursery)"),
        ("Date of final plan", "09/10/2026"),
        ("Date of last review", "Not applicable - first EHC plan. Because Rosie is under five, her plan will be reviewed every six months; first review in Spring 1 2027"),
        ("EHC Coordinator", "Olusegun Bakare, Special Educational Needs Casework Officer"),
    ],
    "sections": [
        ("A", T["A"], [
            ("h", "A1 What Rosie tells us through her play, signs and actions"),
            "Rosie is three. She uses single words, Makaton signs (a signing system that uses signs and symbols alongside speech) and pointing to tell people what she wants. Her views were gathered by her key person at nursery, Bukola, and by the nursery's Early Years SENCo (Special Educational Needs Co-ordinator), Mrs Jo Ellis, who watched Rosie over four sessions in September 2026 and noted what she chose, what made her laugh and what she pushed away.",
            "Rosie goes straight to the water tray when she arrives. She signs 'more' and 'finished', brings an adult a book to share, and signs 'again' when a song stops. She shows she is unhappy by dropping to the floor or turning her head away, mostly when the room is noisy or when she has to come in from the garden. When another child sits beside her she watches them, copies them and smiles.",
            ("h", "A2 What Rosie's parents say"),
            "Rosie's parents, Claire and Marcus, describe her as sociable, determined and funny. Their biggest worry is that people will speak for Rosie instead of waiting for her to answer, and that she will be left out of games because other children move too quickly for her.",
            ("q", "\"We want her to be able to tell us what she wants, and what's hurting her. We'd love her to go to the school round the corner with her brother and have friends who come to her birthday party.\" (Claire)"),
            ("h", "A3 Aspirations"),
            ("ul", [
                "For now: to use more words and signs to ask for things and to join in songs and games with other children.",
                "For the future: to start Reception at the local primary school with her brother, to have friends of her own, and to grow up to live as independently as she can.",
            ]),
        ]),
        ("B", T["B"], [
            ("h", "B1 Communication and interaction"),
            "Rosie understands more than she can say. She follows familiar routines and understands simple instructions with one key word, especially when an adult also signs or shows her an object ('Get your coat'). She uses about fifteen spoken words and twenty Makaton signs; unfamiliar adults find her speech hard to understand. She enjoys being near other children but finds it hard to take turns or join a game that has already started.",
            ("h", "B2 Cognition and learning"),
            "Rosie learns quickly by watching and copying. She completes a four-piece inset puzzle and matches pictures of familiar objects. She stays with an adult-led activity for two or three minutes. The educational psychologist assessed her development as around 18 to 24 months in most areas, with her interest in other people as a real strength.",
            ("h", "B3 Social, emotional and mental health"),
            "Rosie is affectionate with adults she knows. Changes between activities upset her, and a 'now and next' board and a warning song help her to move on.",
            ("h", "B4 Sensory and/or physical"),
            "Rosie walks, runs and climbs confidently and has no difficulty getting around the nursery, the garden or the park. Her fine motor skills are still developing: she holds a crayon in her fist and finds zips and lunch boxes hard. She has low muscle tone and tires towards the end of the morning.",
        ]),
        ("C", T["C"], [
            "Rosie has Down syndrome. A small hole in her heart closed without treatment, and the cardiology team discharged her in 2025.",
            "Rosie has an underactive thyroid gland (hypothyroidism) and takes levothyroxine (a thyroid hormone tablet) every morning at home; her thyroid levels are checked every six months by the Community Paediatrician. When her levels are low she is tired and less able to concentrate.",
            "Because children with Down syndrome are more likely to develop hearing loss, Rosie has a yearly hearing test with the Children's Audiology Service. Her hearing was normal in May 2026; the test is a precaution. She is otherwise healthy.",
        ]),
        ("D", T["D"], [
            "Rosie's parents manage well, with help from her grandparents. During the assessment Ms Lucy Hollis, a Children with Disabilities social worker, spoke with Claire and Marcus and concluded that Rosie has no social care needs arising from her disability at present. The family has information about short breaks and Early Help.",
        ]),
        ("E", T["E"], [
            ("h", "E1 Communication"),
            "By the end of the summer term 2027, Rosie will use 40 different words or signs, and will put two words or signs together (for example 'more bubbles') at least five times a day, as recorded by her key person on her communication tracker.",
            ("h", "E2 Playing with other children"),
            "By the end of the summer term 2027, Rosie will play a turn-taking game with one or two other children for five minutes on four out of five days, as observed by her key person.",
            ("h", "E3 Early learning"),
            "By the end of Reception (July 2028), Rosie will join in a small-group, adult-led activity for ten minutes and will count and match objects to five, as measured against her Early Years Foundation Stage (EYFS) learning journey.",
            ("h", "E4 Independence"),
            "By Spring 1 2027, Rosie will open her own lunch box and put on her coat with no more than one spoken or signed prompt, on three out of five days, as recorded by nursery staff.",
            ("h", "E5 Health"),
            "In one year's time, Rosie will still join in the last activity before lunch on at least four days a week, as recorded by her key person, with her thyroid levels in the normal range at her six-monthly checks.",
        ]),
        ("F", T["F"], [
            "Rosie attends Little Acorns Nursery for 30 hours a week. The provision below is co-ordinated by the Early Years SENCo, Mrs Ellis.",
            ("h", "F1 Communication and interaction (outcomes E1 and E2)"),
            ("ul", [
                "A Speech and Language Therapist (SALT) from the Children's Speech and Language Therapy Service will visit the nursery x1 per half term for an hour to assess Rosie, show her key person how to carry out her programme and update her targets.",
                "Rosie's key person, trained by the SALT, will carry out her speech and language programme 1-to-1 for 15 minutes, four sessions a week, using real objects, pictures and Makaton signs.",
                "All staff working with Rosie will sign key words in Makaton throughout her sessions. From January 2027, the Early Years Specialist Teacher will deliver a two-hour Makaton session to the nursery team.",
                "A daily turn-taking group of 3 (Rosie and two other children), led by her key person for 10 minutes, using simple games such as rolling a ball and posting shapes.",
            ]),
            ("h", "F2 Cognition and learning (outcome E3)"),
            ("ul", [
                "The Early Years Specialist Teacher will visit termly (3x a year) for 90 minutes to observe Rosie, set small-step targets and check her progress.",
                "Two 10-minute adult-led learning sessions every day, 1-to-1 with her key person, teaching matching, counting and puzzles in small steps.",
                            ]),
            ("h", "F3 Social, emotional and mental health"),
            ("ul", [
                "Before each change of activity, her key person will give Rosie a two-minute warning with a sign and a short song, and show her the next activity on her 'now and next' board.",
            ]),
            ("h", "F4 Sensory, physical and independence (outcomes E4 and E5)"),
            ("ul", [
                "An additional nursery practitioner, trained in Makaton, for 15 hours a week (three hours each morning), to be with Rosie at arrival, snack, outdoor play and moves between rooms.",
                "The Children's Occupational Therapist (OT) will visit once in Spring 1 2027 for one hour to assess Rosie's fine motor and self-care skills and write a programme, which her key person will carry out 1-to-1 for 10 minutes, three times a week.",
                "A quiet rest corner with cushions, set up by her key person, where Rosie will have a 10-minute rest at 11am each day.",
            ]),
        ]),
        ("G", T["G"], [
            ("ul", [
                "Community Paediatrician (Dr Ravi Menon, Child Development Centre): review of Rosie's growth and thyroid every six months, with a thyroid blood test each time, and prescribing of levothyroxine.",
                "Children's Audiology Service: a hearing test once a year, with results sent to her parents and the Early Years SENCo.",
            ]),
            "The health provision in this section was agreed by Helen Mortimer, Designated Clinical Officer (DCO) for the borough, on 02/10/2026.",
        ]),
        ("H1", T["H1"], [
            "None (see Section D).",
        ]),
        ("H2", T["H2"], [
            "None at present; short breaks and Early Help were considered (see Section D).",
        ]),
        ("I", T["I"], [
            "Little Acorns Nursery, Kingsbank (private, voluntary and independent early years setting), until July 2027. Her Reception school will be named after her phase transfer review, by 15 February 2027.",
        ]),
        ("J", T["J"], [
            "Rosie's parents have not asked for a personal budget.",
        ]),
        ("K", T["K"], [
            ("tbl", ["Advice", "Given by", "Date"], [
                ["Parents' advice and views", "Claire and Marcus (Rosie's parents)", "28/06/2026"],
                ["Rosie's views (observations)", "Bukola (key person) and Mrs Jo Ellis, Early Years SENCo", "25/09/2026"],
                ["Educational advice", "Mrs Jo Ellis, Early Years SENCo, Little Acorns Nursery", "01/07/2026"],
                ["Educational advice", "Ms Priya Nair, Early Years Specialist Teacher (Inclusion)", "30/06/2026"],
                ["Psychological advice", "Dr Amara Chukwu, Educational Psychologist", "10/07/2026"],
                ["Medical advice", "Dr Ravi Menon, Community Paediatrician", "03/07/2026"],
                ["Audiology report", "Mr Sam Okoye, Audiologist, Children's Audiology Service", "20/05/2026"],
                ["Speech and language therapy advice", "Ms Nia Roberts, Speech and Language Therapist", "06/07/2026"],
                ["Social care advice", "Ms Lucy Hollis, Children with Disabilities Social Worker", "08/07/2026"],
            ]),
        ]),
    ],
})

# =============================================================================== k202
PLANS.append({
    "file": "k202.docx", "layout": "letter-column", "table_mode": "single", "title": TITLE,
    "front": [
        ("Name", "Finley"),
        (NCY, "Year 4"),
        ("School", "St Jude's Church of England Primary School"),
        ("Date of final plan", "17/04/2026"),
        ("Date of last review", "Not yet reviewed (first EHC plan; annual review due by April 2027)"),
        ("EHC Coordinator", "Ms Adaeze Nwosu"),
    ],
    "sections": [
        ("A", lt("A"), [
            ("h", "Finley's views"),
            "Finley is nine years old and is in Year 4 at St Jude's. His views were gathered by his class teacher, Mr Patel, and the school's Learning Mentor, Ms Jordan, over two short conversations in January 2026. They used a picture-sorting activity in which Finley sorted photographs of his school day into 'good', 'OK' and 'hard'. He put PE (physical education), maths, golden time and lunch in the 'good' pile, and reading, writing and 'waiting on the carpet' in the 'hard' pile. He said: 'I like PE because I'm fast and I always get picked. I hate reading out loud because people laugh.' Asked what would make school better, he said he would like 'more breaks and a place to go when my head gets too loud'. Finley wants to be a footballer, 'or a firefighter if football doesn't work'.",
            ("h", "The views of Finley's mum"),
            "Finley's mum, Kerry, describes him as loving, funny and generous, especially with his little sister, whom he looks after 'like a dad'. He is brilliant at anything practical and can take a bike apart and put it back together. Kerry says the last two years have been very hard: Finley has struggled to stay in class, has been sent home several times and has had two suspensions. She worries that he is starting to believe he is 'the naughty one'.",
            ("h", "Aspirations"),
            "Kerry's hope is that Finley stays at St Jude's with his friends, learns to read well enough to enjoy it, and moves on to secondary school with a group of friends. In the longer term she wants him to have a job he is proud of. Finley wants to play football for a team and to be 'good at reading so nobody laughs'.",
        ]),
        ("B", lt("B"), [
            ("h", "Strengths"),
            "Finley is quick-thinking, practical and physically confident. His mental maths is in line with his age: he knows his times tables up to six and can solve two-step word problems when they are read to him. He is popular with younger children, is a kind and protective older brother, and responds very well to praise from adults he trusts.",
            ("h", "Social, emotional and mental health"),
            "Finley was diagnosed with attention deficit hyperactivity disorder (ADHD) in June 2025. He finds it very hard to sit still and to wait, and on a typical morning he leaves his seat or the carpet more than ten times in an hour. When he is frustrated, or feels he has been treated unfairly, his feelings rise very quickly: he has thrown equipment and run out of the classroom, and during the autumn term 2025 this happened two or three times a week. Unstructured times, especially lunchtime football, are difficult because arguments about the rules escalate quickly. The educational psychologist found that Finley has a low opinion of himself as a learner and that much of his behaviour in class happens when he is asked to read or write in front of others.",
            ("h", "Cognition and learning"),
            "Finley's reading is about two years behind what is expected for his age. He knows most single letter sounds but is not yet secure with sounds made of two letters, such as 'ai' and 'oa', and he reads so slowly that he loses the meaning of the text. His writing is short and he avoids it when he can. His attention difficulties mean that he misses parts of whole-class teaching.",
            ("h", "Communication and interaction"),
            "Finley's spoken language is in line with his age. He explains his point of view clearly when he is calm, but finds it hard to listen to another child's view during a disagreement.",
        ]),
        ("C", lt("C"), [
            "Finley's ADHD was diagnosed by the Community Paediatrician, Dr Helen Asante, in June 2025. He takes methylphenidate (a medicine for ADHD) each morning before school, and his dose, growth, appetite and blood pressure are checked every six months. Since starting the medicine he has found it difficult to get to sleep, often not falling asleep until 11pm, which leaves him tired and more irritable the next day. He has no other health needs.",
        ]),
        ("D", lt("D"), [
            "Finley lives with his mum and his sister, who is five. The family has been supported under a Child in Need plan since November 2025, following concerns about Finley's behaviour at home and about his mum's health. Kerry has multiple sclerosis, and on some days she is not well enough to take the children to school. She finds it very hard to manage Finley's behaviour at bedtime. The family's allocated Child in Need worker is Mr Daniel Oyelaran.",
        ]),
        ("E", lt("E"), [
            "The outcomes below were agreed with Finley's mum and the school at the planning meeting on 24/03/2026.",
            ("ol", [
                "By the end of Key Stage 2, Finley will be happier and calmer in school and will get on better with other children.",
                "In one year's time, Finley will use his 'time out' card and go to the agreed calm space, instead of leaving the classroom or the building, on at least 4 out of 5 occasions when he feels overwhelmed, as recorded by his teaching assistant on his daily log.",
                "By July 2027, Finley will read a book at his reading level (Read Write Inc. Grey book) aloud with 95% accuracy and answer three questions about it, as assessed by the Higher Level Teaching Assistant who teaches his reading group.",
                "In one year's time, Finley will have a 1-to-1 teaching assistant in all lessons and at lunchtimes so that he can stay in class and keep up with his learning.",
                "By the end of the summer term 2027, Finley will play a 15-minute game of lunchtime football, keeping to the agreed rules and sorting out disagreements with the sports coach instead of leaving the game, on 3 out of 5 days, as recorded by the sports coach.",
                "By his medication review in Spring 2 2027, Finley will be asleep by 9.30pm on at least 5 nights out of 7, as recorded in the sleep diary kept by his mum.",
            ]),
        ]),
        ("F", lt("F"), [
            "Finley will be taught in his mainstream Year 4 class with the adjustments and additional provision below. The Special Educational Needs Co-ordinator (SENCo), Ms Hannah Fell, will oversee this provision and check it with Finley's class teacher each half-term.",
            ("h", "Support in class"),
            "Finley will have a teaching assistant (TA), 1-to-1, for 25 hours a week, covering all lessons. Before the start of the summer term 2026 the TA will be trained by the SENCo in ADHD strategies: breaking tasks into short steps, using a visual checklist and giving a warning before changes. Finley should have a five-minute movement break between lessons, led by his TA. The same TA will also be with Finley for the 45-minute lunchtime every day.",
            ("h", "Managing feelings"),
            "The Learning Mentor will check in with Finley for ten minutes at the start of each day and at other times where possible. Finley will have a weekly 30-minute session, 1-to-1 with the Learning Mentor, following the Zones of Regulation programme (a programme that teaches children to recognise and manage their feelings), for two terms. A calm space in the classroom book corner will be set up by his class teacher with a sand timer and a feelings chart, and Finley will use his 'time out' card to go there for as long as appropriate.",
            ("h", "Reading"),
            "Finley will receive the Read Write Inc. Fresh Start programme in a group of 3 for 30 minutes, four sessions a week, taught by the Higher Level Teaching Assistant (HLTA), who is trained in the programme. The HLTA will assess his reading every six weeks.",
            ("h", "Lunchtimes"),
            "Finley will join the structured football club every Monday, Wednesday and Friday lunchtime, run by the school's sports coach, who will agree the rules with the children at the start of each game. His TA will be on the playground with him.",
            ("h", "Educational psychology"),
            "The Educational Psychologist will visit termly (3x a year) for half a day to observe Finley, meet his teacher and TA, and review his support plan with his mum.",
        ]),
        ("G", lt("G"), [
            ("ul", [
                "Community Paediatrician (Dr Helen Asante, Child Development Centre): review of Finley's ADHD medication, growth, appetite and blood pressure every six months, and prescribing of methylphenidate.",
                "Sleep: the community paediatric sleep practitioner will give Kerry a sleep programme for Finley at a one-hour appointment in Spring 1 2027, followed by three telephone reviews over the next eight weeks.",
            ]),
            "This health provision was agreed by Marcia Fenton, Designated Clinical Officer (DCO), on 09/04/2026.",
        ]),
        ("H1", lt("H1"), ["None."]),
        ("H2", lt("H2"), ["None."]),
        ("I", lt("I"), ["St Jude's Church of England Primary School (mainstream voluntary aided primary school)."]),
        ("J", lt("J"), ["Finley's mum has not asked for a personal budget."]),
        ("K", lt("K"), [
            ("tbl", ["Advice", "From", "Date"], [
                ["Parent's views and advice", "Kerry (Finley's mum)", "02/02/2026"],
                ["Finley's views", "Gathered by Ms Jordan, Learning Mentor", "27/01/2026"],
                ["Educational advice", "Ms Hannah Fell, SENCo, St Jude's Church of England Primary School", "30/01/2026"],
                ["Psychological advice", "Dr Tom Waite, Educational Psychologist", "12/02/2026"],
                ["Medical advice", "Dr Helen Asante, Community Paediatrician", "26/01/2026"],
            ]),
        ]),
    ],
})

# =============================================================================== k203
PLANS.append({
    "file": "k203.docx", "layout": "shaded-heading-table", "title": TITLE, "shade": "2E75B6",
    "front": [
        ("Name", "Amir"),
        (NCY, "Year 10 (from September 2026)"),
        ("School", "Marlowe Academy"),
        ("Date of final plan", "06/07/2026"),
        ("Date of last review", "Not applicable - first EHC plan (review due by July 2027)"),
    ],
    "sections": [
        ("A", T["A"], [
            ("h", "Amir's views"),
            "Amir is fifteen. He preferred to write his views rather than talk about them, and typed them at home with his older sister in April 2026. They are given here as he wrote them:",
            ("q", "\"I am good at computers and I like making levels in game editors. I want to study computer science at college and then work in games design. School is too loud. Corridors are the worst bit. I like it when teachers tell me what is happening before it happens. I don't like being picked to answer in front of everyone. I would like to go to college on my own on the train one day.\""),
            ("h", "His parents' views"),
            "Amir's parents, Samira and Yusuf, describe him as honest, loyal and very clever, with a dry sense of humour that his family love. He has taught himself to code and helps his younger cousins with their maths homework. They are worried about his anxiety: he has missed about one day in five this year, usually after a difficult day, and he sometimes comes home and does not speak for hours. They want school to understand that Amir is not being rude when he does not answer.",
            ("h", "Aspirations"),
            "Amir wants to take his GCSEs (General Certificate of Secondary Education exams), study computer science at college and work in games design. His parents hope that he will go to college, travel there on his own, make a friend or two who share his interests, and in the long run live independently and have work he enjoys.",
        ]),
        ("B", T["B"], [
            ("h", "Strengths"),
            "Amir is a capable learner with a strong memory for facts and a talent for computing and maths. His predicted grades are 6 in maths and 7 in computer science. He follows rules carefully, is scrupulously honest and works well when he knows exactly what is expected.",
            ("h", "Communication and interaction"),
            "Amir was diagnosed as autistic when he was eleven. He understands language well but takes some things literally, and he needs extra time to process questions before he answers. He finds group work and being asked to speak in front of the class very stressful, and he occassionally walks out of lessons when this happens. He has one friend in his year.",
            ("h", "Social, emotional and mental health"),
            "Amir experiences high levels of anxiety in school, which the educational psychologist linked to noise, crowds and unpredictable changes. His attendance this year is 80%. He keeps his worries to himself, and staff often do not know he is anxious until he leaves the room.",
            ("h", "Cognition and learning"),
            "Amir finds it hard to organise himself: he forgets homework, loses track of deadlines and struggles to start extended writing. His English is below his other subjects because of this.",
            ("h", "Sensory"),
            "Amir is very sensitive to noise. Crowded corridors and the canteen are the hardest parts of his day, and he needs a seperate space to eat his lunch.",
        ]),
        ("C", T["C"], [
            "Amir was diagnosed with generalised anxiety disorder by CAMHS (Child and Adolescent Mental Health Services) in 2025. He completed eight sessions of cognitive behavioural therapy (a talking therapy) in early 2026 and remains open to CAMHS. He has had two panic attacks in school this year. He is otherwise physically well.",
        ]),
        ("D", T["D"], [
            "Amir and his family do not have social care needs related to his special educational needs. Ms Abena Sarpong, a Children with Disabilities Social Worker, contacted the family during the assessment; Amir's parents said they were coping well and did not want an assessment. Information about the short breaks and youth activities on the Local Offer was shared with them.",
        ]),
        ("E", T["E"], [
            ("tbl", ["Outcome", "By when", "How we will know"], [
                ["Amir will achieve at least grade 7 in GCSE Computer Science and grade 6 in GCSE Maths.", "End of Year 11 (July 2028)", "GCSE results"],
                ["Amir will hand in 9 out of 10 homework tasks on time, using his homework planner.", "Spring 1 2027", "Tutor's homework record"],
                ["Amir will take part in paired work in at least 3 lessons a week, speaking to his partner to share an answer.", "In one year's time (July 2027)", "Weekly check by his key worker"],
                ["Amir's attendance will be 92% or above.", "End of the spring term 2027", "School register"],
                ["Amir will rate his anxiety in lessons at 4 or below on his 1 to 10 scale in 8 of his 10 weekly check-ins.", "July 2027", "Record kept by his specialist practitioner for social, emotional and mental health"],
            ]),
        ]),
        ("F", T["F"], [
            "Amir will be taught in mainstream classes with the provision below, co-ordinated by the Special Educational Needs Co-ordinator (SENCo), Mr Ade Bello, who will review it with Amir and his parents each term.",
            ("b", "Key worker.", "A named Higher Level Teaching Assistant (HLTA), trained in autism, will meet Amir 1-to-1 for 15 minutes every morning in the Base (the school's quiet room for autistic students) before registration, to go through his timetable and any changes, and for 15 minutes at the end of each day to check his homework planner. Any change to Amir's timetable will be explained to him by his key worker the day before, so that the school can accomodate his need for warning. The same HLTA will also work with Amir 1-to-1 for 30 minutes once a week on planning his English and humanities extended writing, using writing frames."),
            ("b", "Anxiety.", "Amir will recieve a 45-minute 1-to-1 session once a week for two terms from a Specialist SEMH (social, emotional and mental health) practitioner from the borough's Inclusion Service, using cognitive behavioural approaches to manage anxiety in school. His anxiety rating will be recorded at each session."),
            ("b", "Paired work.", "Amir will be paired with the same named partner for paired work in maths, science and computer science. Teachers will give him the question five minutes before he is asked to share his answer, and will not ask him to answer in front of the whole class without warning."),
            ("b", "Sensory adjustments.", "Amir will leave lessons two minutes early to avoid crowded corridors, using a pass issued by the SENCo. At break and lunch he will use the Base, which is staffed by a teaching assistant."),
            ("b", "Exams.", "For mock and GCSE exams, Amir will sit in a smaller room with no more than ten candidates and will have 25% extra time, applied for by the exams officer with the SENCo."),
            ("b", "Advice to staff.", "The Autism Advisory Teacher will visit the school once per half term for one hour to advise staff and review Amir's profile, and will deliver a one-hour training session to all his teachers in September 2026."),
        ]),
        ("G", T["G"], [
            "Amir will continue to be supported by CAMHS for his anxiety as needed, and CAMHS will liaise with the school when required.",
            "Health provision agreed by Dr Nkechi Obi, Designated Clinical Officer (DCO), on 29/06/2026.",
        ]),
        ("H1", T["H1"], [
            "None. Amir does not have needs that call for provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.",
        ]),
        ("H2", T["H2"], [
            "None. The family has information about short breaks and youth activities on the Local Offer and did not want an Early Help referral.",
        ]),
        ("I", T["I"], [
            "Marlowe Academy (mainstream secondary academy, ages 11 to 18), with a place in the school's Base for autistic students.",
        ]),
        ("J", T["J"], ["No personal budget has been requested."]),
        ("K", T["K"], [
            ("tbl", ["Advice", "Provided by", "Date"], [
                ["Amir's views", "Amir (written at home)", "14/04/2026"],
                ["Parents' advice", "Samira and Yusuf (Amir's parents)", "14/04/2026"],
                ["Educational advice", "Mr Ade Bello, SENCo, Marlowe Academy", "22/04/2026"],
                ["Psychological advice (existing report used for this assessment)", "Dr Lisa Granger, Educational Psychologist", "09/02/2023"],
                ["Medical advice", "Dr Tariq Hussain, Community Paediatrician", "05/05/2026"],
                ["CAMHS advice", "Ms Rhiannon Lewis, Clinical Psychologist, CAMHS", "28/04/2026"],
                ["Autism advice", "Mr Paul Egan, Autism Advisory Teacher, Inclusion Service", "20/04/2026"],
                ["Social care advice", "Ms Abena Sarpong, Children with Disabilities Social Worker", "20/04/2026"],
                ["Preparing for adulthood advice", "Mr Joel Baptiste, Careers Adviser", "12/05/2026"],
            ]),
        ]),
    ],
})

# =============================================================================== k204
PLANS.append({
    "file": "k204.docx", "layout": "heading2-numbered", "title": TITLE,
    "front": [
        ("Name", "Kofi"),
        ("Age", "6"),
        (NCY, "Year 1"),
        ("School", "Brookfield Primary School"),
        ("Languages spoken at home", "Twi and English"),
        ("Date of final plan", "25/09/2026"),
        ("Date of last review", "Not applicable - first EHC plan"),
    ],
    "sections": [
        ("A", T["A"], [
            ("h", "A1 What Kofi tells us"),
            "Kofi is six. He talks in short phrases in English and understands some Twi, the language his family speaks at home. His class teacher and his teaching assistant (TA) talked with him in July 2026, using photographs of his classroom and playground and some simple signs. Kofi said: 'I like football. I like running fast.' He pointed to the book corner and said 'Dinosaur book.' When he was shown his hearing aids he said 'My blue ones' and smiled. He pointed to the photograph of the dinner hall and covered his ears, which his TA understood to mean that it is too noisy there. He said he wants to 'play football with Kwame', his cousin, who plays for a junior team.",
            ("h", "A2 What Kofi's family say"),
            "Kofi's mum, Akosua, met the caseworker with a Twi interpreter. She says Kofi is cheerful, loving and full of energy, and that he is proud of his hearing aids and shows them to everyone. Since January 2026 the family has been living in temporary accommodation in a hostel, after losing their flat, and Akosua said the move was very unsettling for Kofi. She said that their Child in Need worker, Ms Grace Mensah, has helped the family with their housing application and with getting Kofi to his audiology appointments, which they had missed several times. She hopes the family will be rehoused near Kofi's school.",
            ("h", "A3 Aspirations"),
            "Kofi wants to play football for a team like his cousin. His mum hopes he will learn to read and write well, speak confidently in English and in Twi, make friends at school and one day go to university. 'I want him to have every chance his cousins have,' she said.",
        ]),
        ("B", T["B"], [
            ("h", "B1 Hearing"),
            "Kofi has a moderate to severe permanent hearing loss in both ears (bilateral sensorineural hearing loss), identified when he was three. He wears two hearing aids and, in class, a radio aid: a small microphone worn by the teacher that sends her voice directly to his hearing aids. With his aids he hears speech well in a quiet room and close to the speaker, but in a noisy classroom or on the playground he misses much of what is said, and he tires by the afternoon from the effort of listening.",
            ("h", "B2 Communication and interaction"),
            "Kofi's spoken English is about two years behind that of other children his age. His vocabulary is small, and he leaves off the ends of words (for example 's', 't' and 'k'), so unfamiliar listeners understand about half of what he says. He is learning English as an additional language (EAL) alongside Twi. The speech and language therapist assessed him with a Twi-speaking assistant and found that his difficulties are present in both languages, so they are not simply the result of learning English.",
            ("h", "B3 Cognition and learning"),
            "Kofi is a visual learner with a good memory for routines. Number is a strength: he counts to 30, recognises numbers to 20 and adds two small groups of objects. In phonics he knows 15 letter sounds, but he finds it hard to hear the difference between similar sounds such as 'f' and 's'.",
            ("h", "B4 Social, emotional and mental health"),
            "Kofi is friendly and keen to play. He sometimes misunderstands the rules of games because he has not heard them, and this leads to arguments. His teacher has noticed that he has been more tearful since the family's move.",
        ]),
        ("C", T["C"], [
            "Kofi's hearing loss is monitored by the Children's Audiology Service at the hospital, which checks his hearing and his hearing aids every six months and makes new ear moulds as he grows. His speech sounds are also followed up by the NHS speech and language therapy service. He has no other health needs.",
        ]),
        ("D", T["D"], [
            "Kofi does not have any social care needs. His family have not asked for support from social care.",
        ]),
        ("E", T["E"], [
            ("h", "E1 Looking after his hearing aids"),
            "By the end of Year 1 (July 2027), Kofi will put in his hearing aids and check they are working using his picture checklist each morning, with no more than one reminder, on 4 out of 5 days, as recorded by his TA.",
            ("h", "E2 Vocabulary"),
            "In one year's time, Kofi will understand and use 50 new topic words from his class vocabulary lists, as checked by his TA against the lists each half-term.",
            ("h", "E3 Speech sounds"),
            "By the end of Key Stage 1 (July 2028), Kofi will use the end sounds of words ('s', 't' and 'k') when he names pictures, in 8 out of 10 words, as measured by the speech and language therapist.",
            ("h", "E4 Reading"),
            "By summer half-term 2027, Kofi will know all of the Phase 3 phonics sounds and blend them to read simple words, as assessed by his class teacher.",
            ("h", "E5 Listening in class"),
            "By the end of Year 1, Kofi will follow a two-step spoken instruction during group work on 4 out of 5 occasions, as observed by his class teacher.",
            ("h", "E6 Playing with friends"),
            "By the end of the summer term 2027, Kofi will join a playground football game with other children for 10 minutes, following the rules, on 3 out of 5 days, as observed by the lunchtime supervisor.",
        ]),
        ("F", T["F"], [
            "The provision below will be co-ordinated by the Special Educational Needs Co-ordinator (SENCo), Mrs Deborah Clarke.",
            ("h", "F1 Hearing and listening in class (outcomes E1 and E5)"),
            ("ul", [
                "The Qualified Teacher of the Deaf (QToD) from the Sensory Support Service will visit the school to advise staff and monitor Kofi's progress.",
                "Kofi will use a radio aid in all lessons. The radio aid is provided by the Sensory Support Service; the QToD will check it and show new staff how to use it at the start of each term, and his TA will test it every morning using a listening check.",
                "His TA will teach Kofi to check his own hearing aids using a picture checklist for 5 minutes each morning.",
                "The school business manager will fit carpet tiles and felt pads to chair legs in Kofi's classroom by October half-term 2026, to cut background noise.",
            ]),
            ("h", "F2 Communication and language (outcomes E2 and E3)"),
            ("ul", [
                "Kofi will be taught 5 new topic words each week, 1-to-1 with his TA, for 15 minutes, four sessions a week, using pictures and real objects, before the topic is taught in class.",
                "Kofi will take part in a small group listening programme each week.",
                "His class teacher will face Kofi when speaking, stand within two metres of him for carpet teaching, and ask him to repeat instructions back to check he has understood.",
            ]),
            ("h", "F3 Cognition and learning (outcome E4)"),
            ("ul", [
                "A 15-minute phonics catch-up session every day in a group of 3, led by a TA trained in the school's phonics programme, using mouth-shape picture cards.",
            ]),
            ("h", "F4 Social and emotional (outcome E6)"),
            ("ul", [
                "Every playtime, two trained Year 5 play leaders will run a football game that Kofi can join, supervised by the lunchtime supervisor. His TA will explain the rules to Kofi, with pictures, before he goes out.",
                "Kofi will have a TA in class for 15 hours a week (each morning) to support his listening and understanding during English and maths.",
            ]),
        ]),
        ("G", T["G"], [
            ("ul", [
                "Children's Audiology Service: a hearing test and hearing aid check every six months at the hospital clinic, and new ear moulds at least twice a year. Replacement batteries and tubing will be posted to the family when they ask for them.",
                "Speech and language therapy: Kofi will have 1-to-1 speech and language therapy from the NHS Speech and Language Therapist (SALT), 30 minutes each week in school for ten weeks each term, working on his speech sounds and vocabulary. The SALT will give his TA a programme to practise with Kofi for 10 minutes on the other four days, and a home programme in English and Twi.",
            ]),
        ]),
        ("H1", T["H1"], ["None identified."]),
        ("H2", T["H2"], [
            "None identified. Information about short breaks on the Local Offer has been shared with Kofi's mum.",
        ]),
        ("I", T["I"], ["Brookfield Primary School (mainstream community primary school)."]),
        ("J", T["J"], ["Not requested."]),
        ("K", T["K"], [
            ("ul", [
                "Parent's advice: Akosua (Kofi's mum), with a Twi interpreter - 10/07/2026",
                "Kofi's views: gathered by his class teacher and TA - 14/07/2026",
                "Educational advice: Mrs Deborah Clarke, SENCo, Brookfield Primary School - 08/07/2026",
                "Psychological advice: Dr Sanjay Patel, Educational Psychologist - 15/07/2026",
                "Medical advice: Dr Yetunde Ajayi, Community Paediatrician - 01/07/2026",
                "Audiology report: Mr Ben Carter, Clinical Scientist (Audiology), Children's Audiology Service - 18/06/2026",
                "Advice from the Sensory Support Service: Ms Ruth Adams, Qualified Teacher of the Deaf - 09/07/2026",
                "Speech and language therapy advice: Ms Efua Owusu, Speech and Language Therapist - 03/07/2026",
            ]),
        ]),
    ],
})

# =============================================================================== k205
PLANS.append({
    "file": "k205.docx", "layout": "letter-column", "table_mode": "per-section", "title": TITLE,
    "front": [
        ("Name", "Zainab"),
        (NCY, "6"),
        ("School", "Coleridge Primary School"),
        ("Date of final plan", "23/09/2026"),
        ("Date of last review", "Not applicable - this is Zainab's first EHC plan. Phase transfer review to be completed by 15/02/2027"),
    ],
    "sections": [
        ("A", lt("A"), [
            ("h", "All about me - in Zainab's own words"),
            "Zainab typed this with her Qualified Teacher of Children and Young People with Vision Impairment (QTVI) in July 2026, using the zoom on her iPad.",
            ("q", "\"My name is Zainab and I am 11. I have albinism, which means my eyes and skin don't have much colour, and I can't see things far away or small print. My eyes also wobble a bit (that's called nystagmus). I am really good at writing stories and I love reading on my iPad with the text really big. I am in the school choir and I play the keyboard."),
            ("q", "I want to be a journalist or a lawyer when I grow up because I like arguing (my mum says!). Next year I want to go to Highgate Hill School with my best friend Ruby. I'm worried about finding my way around a big school and about reading the board."),
            ("q", "Things that help me: sitting at the front, near the window but not facing it, big print, my iPad, teachers saying my name before they talk to me, and people not making a fuss.\""),
            ("h", "What Zainab's parents say"),
            "Zainab's parents, Hassan and Fatima, describe her as confident, witty and determined. They hope that she will go to the secondary school of her choice, walk there on her own by the end of Year 7, and go on to university. They worry about her safety crossing busy roads and about her being left out in PE (physical education) and in games at break time.",
        ]),
        ("B", lt("B"), [
            ("h", "Strengths"),
            "Zainab is an articulate, sociable girl with a wide vocabulary and a strong imagination. Her reading comprehension and writing are at the level expected for her age, and her teachers describe her as a natural leader in group work. She has a close group of friends.",
            ("h", "Vision"),
            "Zainab has oculocutaneous albinism, with nystagmus (involuntary movement of the eyes) and reduced vision. She sees at six metres what most people see at 36 metres and is registered as sight impaired. She reads N18 print (about three times ordinary size) comfortably, and smaller print only with a magnifier. Bright light dazzles her, and her reading slows as her eyes tire in the afternoon.",
            ("h", "Cognition and learning"),
            "Zainab's maths is slightly below the level expected for her age, mainly because she finds it hard to read charts, graphs and diagrams. She is learning to touch-type and types about 18 words a minute.",
            ("h", "Independence and mobility"),
            "Zainab moves confidently around her primary school, which she knows well, but she is not yet able to judge the speed of traffic, and she will need to learn new routes when she moves to secondary school. In PE she finds fast ball games hard because she cannot track the ball.",
            ("h", "Social, emotional and mental health"),
            "Zainab is happy and well liked. She is anxious about moving to secondary school.",
        ]),
        ("C", lt("C"), [
            "Zainab's eye condition is reviewed every twelve months by the Paediatric Ophthalmology clinic at City Hospital. She wears glasses with tinted lenses to reduce glare. Because of her albinism her skin burns very easily, so she needs factor 50 sun cream and a wide-brimmed hat whenever she is outdoors. Her health is otherwise good.",
        ]),
        ("D", lt("D"), [
            "Zainab has no social care needs. Her parents told us that they do not need support from social care, and the Children with Disabilities Social Worker who spoke with them in July 2026 agreed that no social care assessment was needed. The family knows about the short breaks offer on the Local Offer.",
        ]),
        ("E", lt("E"), [
            ("ol", [
                "By the end of Key Stage 2 (July 2027), Zainab will read age-appropriate texts at N18 print size, on paper and on her iPad, at a speed of at least 90 words per minute, as measured by her QTVI.",
                "By the end of Key Stage 2, Zainab will touch-type at 30 words per minute with 95% accuracy, as measured by her typing programme, so that she can write her stories and longer pieces of work independently.",
                "By the end of Year 6, Zainab will read a bar chart and a line graph given in an enlarged format and answer questions about them correctly in 4 out of 5 tasks, as assessed by her class teacher.",
                "In one year's time (September 2027), Zainab will walk on her own between her lessons, the canteen and the school gate at her new secondary school, using routes she has learned, as observed by the Habilitation Specialist.",
                "By the end of the summer term 2027, Zainab will put on her own sun cream and hat before outdoor play and PE without a reminder on 9 out of 10 days, as recorded by her teaching assistant.",
                "By the end of Key Stage 2, Zainab will be awarded her Grade 2 keyboard certificate.",
            ]),
        ]),
        ("F", lt("F"), [
            ("h", "Specialist teaching"),
            "A QTVI from the Sensory Support Service will visit once per fortnight for one hour to teach Zainab to use her magnifier and iPad settings, check her reading speed and advise her teachers. The QTVI will also train all staff who teach Zainab for one hour in September 2026.",
            ("h", "Equipment"),
            "Zainab will use an iPad with zoom and magnification settings, a portable video magnifier for reading the board, and a sloped writing desk. This equipment is provided and maintained by the Sensory Support Service. The school's IT technician will install the screen magnification software on her school laptop and keep it updated.",
            ("h", "Modified materials"),
            "All worksheets, texts and tests will be enlarged to N18 bold on matt cream paper by her class teaching assistant (TA), who will receive them from teachers at least one day before the lesson. Charts and graphs will be simplified and enlarged following the QTVI's guidance.",
            ("h", "Teaching assistant support"),
            "Zainab will have two 20-minute sessions a week, 1-to-1 with her TA, pre-teaching the charts, graphs and diagrams for the next maths lesson. She will do a touch-typing programme for 20 minutes, three times a week, 1-to-1 with her TA, until she reaches 30 words per minute. In science practicals she will work whole-class with adult support from her TA.",
            ("h", "Tests and exams"),
            "May 2027 brings the Key Stage 2 national tests (SATs). For these, and for all other tests in Year 6, Zainab will use modified large-print papers and have 25% extra time, applied for by the Special Educational Needs Co-ordinator (SENCo).",
            ("h", "Mobility and independence"),
            "The Habilitation Specialist (who teaches children with vision impairment to move around safely and independently) will teach Zainab the routes around her new secondary school in six 45-minute 1-to-1 sessions during the summer half-term 2027, and road crossing on her route to school in four one-hour sessions in Spring 2 2027.",
            ("h", "PE and music"),
            "In PE Zainab will use a larger, brightly coloured ball, and her TA will support her 1-to-1 in both of her weekly one-hour PE lessons. Her TA will prepare enlarged music scores for her keyboard lessons each week.",
            ("h", "Moving to secondary school"),
            "Zainab will make four extra half-day visits to her new secondary school with her TA in the summer term 2027.",
        ]),
        ("G", lt("G"), [
            ("ul", [
                "Paediatric Ophthalmology clinic, City Hospital: review of Zainab's eyes and glasses prescription every twelve months by the consultant ophthalmologist and orthoptist (a specialist in eye movement), with new glasses and tinted lenses prescribed when her prescription changes.",
                "Low Vision Clinic (optometrist): a low vision assessment once a year, to check and update her magnifiers.",
                "School Nursing Service: the school nurse will write an individual healthcare plan (IHCP) for sun protection with Zainab and her parents in October 2026, and will review it each September.",
            ]),
            "This health provision has been agreed on behalf of the Integrated Care Board (ICB) by Marcia Fenton, Designated Clinical Officer (DCO), on 15/09/2026.",
        ]),
        ("H1", lt("H1"), [
            "None. The Children with Disabilities Team confirmed that Zainab has no needs for provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.",
        ]),
        ("H2", lt("H2"), [
            "None. Short breaks and Early Help were discussed with the family, who did not want a referral at this time.",
        ]),
        ("I", lt("I"), [
            "Coleridge Primary School (mainstream community primary school) until July 2027. Her secondary school from September 2027 will be named after the phase transfer review.",
        ]),
        ("J", lt("J"), ["The family has not requested a personal budget."]),
        ("K", lt("K"), [
            ("tbl", ["Advice", "From", "Date"], [
                ["Zainab's views", "Zainab, written with her QTVI", "06/07/2026"],
                ["Parents' advice", "Hassan and Fatima (Zainab's parents)", "06/07/2026"],
                ["Educational advice", "Ms Chloe Dunn, SENCo, Coleridge Primary School", "01/07/2026"],
                ["Educational advice (vision impairment)", "Mrs Helen Bright, QTVI, Sensory Support Service", "29/06/2026"],
                ["Habilitation advice", "Ms Sara Lind, Habilitation Specialist, Sensory Support Service", "29/06/2026"],
                ["Psychological advice", "Dr Imogen Royce, Educational Psychologist", "13/07/2026"],
                ["Medical advice", "Dr Kwame Osei, Community Paediatrician", "24/06/2026"],
                ["Ophthalmology report", "Miss Laura Kent, Consultant Paediatric Ophthalmologist", "02/06/2026"],
                ["Low vision report", "Mr Adam Fry, Optometrist, Low Vision Clinic", "19/06/2026"],
                ["School nursing advice", "Ms Jade Morgan, School Nurse", "30/06/2026"],
                ["Social care advice", "Mr Tom Fisher, Children with Disabilities Social Worker", "10/07/2026"],
            ]),
        ]),
    ],
})

# =============================================================================== k206
PLANS.append({
    "file": "k206.docx", "layout": "shaded-heading-table", "title": TITLE, "shade": "385723",
    "front": [
        ("Name", "Jess"),
        ("Age", "17"),
        (NCY, "12"),
        ("Education setting", "Southbank College"),
        ("Date of final plan", "11/06/2026"),
        ("Date of last review", "04/03/2026 (phase transfer review; plan amended to name Southbank College)"),
    ],
    "sections": [
        ("A", T["A"], [
            ("h", "Jess's views, in her own words"),
            ("q", "\"I'm Jess and I'm 17. I have cerebral palsy, which affects my legs most and my hands a bit. I use a powered wheelchair outside and a walker at home. I'm good at organising things, I run the social media for my wheelchair basketball team, and I'm a good listener - my friends always come to me. I want to do a business and IT course at college and then work in an office, maybe for a charity. One day I want my own flat with a carer coming in, and to drive an adapted car. What I find hard is writing fast, getting tired, and people talking to my mum instead of me.\""),
            ("h", "Jess's mum's views"),
            "Jess's mum, Lorraine, says Jess is funny, stubborn in a good way and more independent than people expect. She wants the college to treat Jess as an adult. Jess and her mum was both clear that they want Jess to rely less on her mum for care in the mornings. Lorraine worries that Jess gets infections when her routine slips, and that she is exhausted by the end of the day.",
            ("h", "Aspirations"),
            "Jess wants to complete a business and IT course, work in an office, live in her own flat with support, drive an adapted car and keep playing wheelchair basketball.",
        ]),
        ("B", T["B"], [
            ("h", "Strengths"),
            "Jess is organised, sociable and confident with technology. She achieved grade 5 in GCSE (General Certificate of Secondary Education) English and grade 4 in GCSE maths. She reads and understands at the level expected for her age and is an articulate self-advocate.",
            ("h", "Physical and sensory"),
            "Jess has cerebral palsy affecting both legs and, to a lesser degree, her hands. She moves around college in a powered wheelchair and needs level access and an accessible toilet close to her classrooms. Her fatigue, together with her slow handwriting, mean that she often don't finish written work in the time given.",
            ("h", "Cognition and learning"),
            "Jess's handwriting is slow (about eight words a minute) and become untidy and painful after ten minutes, so she types at around 25 words a minute and uses dictation software for longer pieces.",
            ("h", "Social, emotional and mental health"),
            "Jess is sociable and confident with people she knows. She can feel low when she is tired, and told the caseworker that she sometimes feels 'like a patient, not a person'.",
            ("h", "Independence"),
            "Jess has not yet travelled to college on her own and has limited experience of cooking or managing money, which she will need for her own flat.",
        ]),
        ("C", T["C"], [
            "Jess has spastic diplegic cerebral palsy (stiffness affecting mainly both legs). Her leg and hip muscles are tight, and her hips are X-rayed every year to check they are not moving out of place. She wears ankle-foot orthoses (AFOs: splints that support her ankles) during the day.",
            "Jess has a neurogenic bladder (her bladder does not empty properly because of her cerebral palsy). She uses intermittent self-catheterisation (emptying her bladder through a thin tube) four times a day, including twice during the college day. Last year she had three urinary tract infections, two of them after her routine was disrupted. Her catheter technique and supplies are reviewed by the Continence nurse at the community clinic.",
        ]),
        ("D", T["D"], [
            "The Children with Disabilities Social Worker, Ms Joy Ansah, assessed Jess in February 2026. Jess needs help with showering and dressing in the morning, and the family wants this to come from someone other than her mum. She goes to a weekly youth club for disabled young people as a short break. As she turns 18 in May 2027, she has been referred to the Transitions Team for a Care Act 2014 assessment.",
        ]),
        ("E", T["E"], [
            ("b", "Employment.", "By July 2027, Jess will complete a two-week work placement in an office (for example at a charity) during the spring term and will receive a placement report from her supervisor rating her as 'meeting expectations' or better for reliability and communication."),
            ("b", "Education.", "By the end of her first year at college (July 2027), Jess will pass her Level 2 Business and IT units, handing in 90% of her assignments on time, using her laptop and dictation software, as recorded by her course tutor."),
            ("b", "Independent living.", "By 30/06/2027, Jess will manage her own catheter routine during the college day, going at the times on her phone schedule with no more than one reminder a day, as recorded by her support worker."),
            ("b", "Independent living.", "By the end of the summer term 2027, Jess will travel from home to college by accessible bus on her own on 4 days out of 5, as recorded by the travel trainer and her tutor."),
            ("b", "Friends and community.", "In one year's time, Jess will take part in at least one college club or student union activity each week, as recorded in her college enrichment log."),
            ("b", "Good health.", "By July 2027, Jess will do her own stretching programme at college three times a week, as recorded on her physiotherapy log."),
        ]),
        ("F", T["F"], [
            "Jess will follow a Level 2 Business and IT study programme for 16 hours a week. The college's Additional Learning Support Manager will co-ordinate the provision below and review it with Jess every term.",
            ("ul", [
                "In-class support: a learning support assistant (LSA) will support Jess in class for 10 hours a week (all practical and IT sessions), to set up equipment, take notes when she is tired and help her plan her assignments.",
                "Assistive technology: Jess will use a laptop with dictation (speech-to-text) software and a trackball mouse, provided by the college. The college's assistive technology officer will set these up and keep them updated.",
                "Exams: Jess will have 25% extra time, rest breaks and a word processor in all assessments, arranged by the college exams officer.",
                "Independence skills: Jess will attend the college's Independence Skills session for one hour a week in a group of 4, led by the Independence Tutor, covering planning her personal care routine, cooking and budgeting. Her college support worker, who have worked with Jess since September, will prompt her catheter times twice a day using her phone schedule.",
                "Travel training: a travel trainer from the borough's Travel Training Service will work 1-to-1 with Jess for two hours a week for ten weeks in the spring term 2027, on the bus route from home to college.",
                "Occupational therapy: Children's Occupational Therapy will assess how easily Jess can use the classrooms, toilets and kitchen in a two-hour visit in September 2026, then review once per term for one hour, advising on equipment and seating, which the college will buy.",
                "Careers: three 45-minute careers guidance meetings this year with the college careers adviser, who will arrange her two-week office placement in the spring term 2027.",
                "Enrichment: her LSA will support Jess for one hour a week to join a college club of her choice.",
                "Wellbeing: Jess will meet her personal tutor 1-to-1 for 20 minutes once a week to review her workload, energy levels and wellbeing.",
            ]),
        ]),
        ("G", T["G"], [
            ("ul", [
                "Physiotherapy: a physio technician under the direction of a Band 6 physiotherapist (Children's Physiotherapy Service) will see Jess at college once per fortnight for 45 minutes to carry out her stretches and teach her self-stretching programme. The Band 6 physiotherapist will review her programme termly (3x a year).",
                "Orthotics Service: review of Jess's ankle-foot orthoses every six months, with new AFOs made when she needs them.",
                "Community Paediatrician (Dr Farida Khan): an annual hip X-ray and a yearly review of Jess's general health until she transfers to adult services.",
                "Wheelchair Service: an annual review of Jess's powered wheelchair and seating, with repairs made by the approved repairer within five working days of a fault being reported.",
            ]),
            "Health provision agreed by Marcia Fenton, Designated Clinical Officer, 02/06/2026.",
        ]),
        ("H1", T["H1"], [
            "Personal care: a personal assistant for 45 minutes each weekday morning (Monday to Friday) to help Jess shower and dress, so that she does not rely on her mum. Paid for by direct payment (see Section J).",
            "Short breaks: a place at the Friday Youth Club for disabled young people, three hours each Friday evening in term time, including accessible transport, funded by the Children with Disabilities Team.",
        ]),
        ("H2", T["H2"], [
            "Transitions: the Transitions Social Worker will complete a Care Act assessment of Jess's needs as an adult by March 2027, so that support is in place when she turns 18 in May 2027.",
        ]),
        ("I", T["I"], [
            "Southbank College (general further education college): Level 2 Business and IT study programme.",
        ]),
        ("J", T["J"], [
            "A direct payment for Jess's morning personal care (5 x 45 minutes a week) is paid to Jess's mum, who employs the personal assistant.",
        ]),
        ("K", T["K"], [
            ("tbl", ["Advice", "From", "Date"], [
                ["Jess's views", "Jess, at her meeting with the EHC Coordinator", "19/02/2026"],
                ["Parent's advice", "Lorraine (Jess's mum)", "19/02/2026"],
                ["Educational advice", "-", "17/03/2026"],
                ["Educational psychology advice", "-", "24/03/2026"],
                ["Medical advice", "Dr Farida Khan, Community Paediatrician", "10/03/2026"],
                ["Physiotherapy advice", "Ms Chloe Brennan, Band 6 Physiotherapist", "02/03/2026"],
                ["Orthotics report", "Mr Ian Reid, Orthotist", "26/02/2026"],
                ["Occupational therapy advice", "Ms Nadia Haddad, Children's Occupational Therapist", "05/03/2026"],
                ["Social care advice", "Ms Joy Ansah, Children with Disabilities Social Worker", "27/02/2026"],
                ["Preparing for adulthood advice", "Mr Rob Quinn, Careers Adviser", "11/03/2026"],
            ]),
        ]),
    ],
})

# =============================================================================== k207
PLANS.append({
    "file": "k207.docx", "layout": "heading2-numbered", "title": TITLE,
    "front": [
        ("Name", "Leon"),
        (NCY, "Year 9"),
        ("School", "Northfield Academy"),
        ("Legal status", "Looked after child (care order)"),
        ("Date of final plan", "14/07/2026"),
        ("Date of last review", "Not applicable - first EHC plan; first annual review by July 2027, held alongside his Personal Education Plan meeting"),
    ],
    "sections": [
        ("A", T["A"], [
            ("h", "A1 Leon's views, in his own words"),
            "Leon talked to Mr Kevin Doyle, his Virtual School Education Adviser, in May 2026, who wrote down what Leon said and read it back to him.",
            ("q", "\"I'm Leon. I'm 14. I'm good at boxing and fixing stuff - I fixed Paul's bike. I want to be a mechanic and have my own garage one day. School is alright when I like the teacher. I hate it when people shout at me or talk about my family. I'd like help with reading but I don't want people to know I find it hard. I want to do more boxing and get a Saturday job.\""),
            ("h", "A2 The views of Leon's foster carers"),
            "Denise and Paul, Leon's foster carers since March 2024, describe him as funny, loyal and brilliant with the younger child they also foster. They want Leon to stay in mainstream school, get some GCSEs (General Certificate of Secondary Education qualifications) and do a mechanics course at college, and to learn to cook and manage money before he moves on at 18.",
            ("h", "A3 The views of Leon's mum"),
            "Leon's mum, Sharon, shares parental responsibility with the local authority. By telephone, she said she wants Leon to 'stay out of trouble and finish school' and to see his younger brothers more often.",
            ("h", "A4 Aspirations"),
            "Leon wants to become a mechanic with his own garage, study motor vehicle maintenance at college, keep boxing and get a Saturday job. By 18 he wants to be ready to live more independently.",
        ]),
        ("B", T["B"], [
            ("h", "B1 Strengths"),
            "Leon is a practical problem-solver, strong at number calculations, with a good spoken vocabulary and a quick sense of humour. Boxing has given him discipline. He is caring towards younger children.",
            ("h", "B2 Social, emotional and mental health"),
            "Leon experienced neglect in early childhood. The educational psychologist explains that he is alert to threat and can move from calm to angry in seconds, especially if an adult raises their voice or mentions his family. He was diagnosed with attention deficit hyperactivity disorder (ADHD) in 2024 and finds it hard to sit still and focus. He had three suspensions in Year 8. He does best with a few trusted adults who stay calm and give him a way out before things escalate.",
            ("h", "B3 Cognition and learning"),
            "Leon's reading age is 10 years 2 months, about four years below his age, and he hides this by joking or refusing to read aloud. He has difficulty holding several instructions in mind.",
            ("h", "B4 Communication and interaction"),
            "Leon's language is in line with his age, but he misreads others' intentions when anxious.",
        ]),
        ("C", T["C"], [
            "Leon takes lisdexamfetamine (a medicine for ADHD) each morning, prescribed and reviewed every six months by the Community Paediatrician, Dr Ruth Grant. He sometimes forgets it at weekends.",
            "Since 2025 Leon has had therapy from the CAMHS (Child and Adolescent Mental Health Services) Looked After Children's Team for anxiety and low mood linked to his early experiences.",
            "As a looked after child, he has a yearly review health assessment with the Looked After Children's Nurse. His physical health is good.",
        ]),
        ("D", T["D"], [
            "Leon is a looked after child (care order, 2023). His social worker is Ms Ama Boateng, Children in Care Team. His care plan is for him to stay with Denise and Paul until he is 18 and then move to semi-independent accommodation.",
            "Ms Boateng gave social care advice (see Section K) and attended the planning meeting. Leon's Personal Education Plan (PEP), reviewed each term with the Virtual School, was used to write the outcomes in Section E, and future PEP targets will be taken from them.",
            "His social care needs are: adults who understand how trauma and ADHD affect his behaviour; support with family relationships; and the independent living skills he will need when he leaves care.",
        ]),
        ("E", T["E"], [
            ("h", "E1 Employment"),
            "By July 2027, Leon will complete the Level 1 Introduction to Vehicle Maintenance course (one afternoon a week) and gain the Level 1 award, as recorded by the course tutor.",
            ("h", "E2 Reading"),
            "In one year's time, Leon's reading age will rise from 10 years 2 months to at least 11 years 6 months on the school's standardised reading test.",
            ("h", "E3 Managing anger and staying in school"),
            "By summer half-term 2027, Leon will use his exit card and go to the Hub, instead of walking out, on at least 8 out of 10 occasions when he feels his anger building, as recorded by his key adult.",
            ("h", "E4 Independent living"),
            "By the end of Year 9, Leon will plan, buy the ingredients for and cook a simple meal for his foster family once a week, keeping to a budget of £10, as recorded by his foster carers in his independence log.",
            ("h", "E5 Friends and community"),
            "In one year's time, Leon will travel on his own by bus to his boxing club twice a week and attend at least 80% of sessions, as recorded by the club coach.",
            ("h", "E6 Good health"),
            "By the end of the spring term 2027, Leon will take his ADHD medication every morning without a reminder, as recorded by his foster carers, and will rate his mood at 3 or above (out of 5) in 3 of every 4 weekly check-ins with his key adult.",
        ]),
        ("F", T["F"], [
            "The Special Educational Needs Co-ordinator (SENCo), Ms Farah Ali, will co-ordinate this provision and review it at each termly PEP meeting.",
            ("h", "F1 Social, emotional and mental health (outcomes E3 and E6)"),
            ("ul", [
                "A key adult, a Specialist SEMH (social, emotional and mental health) practitioner trained in trauma-informed practice, will meet Leon 1-to-1 for 15 minutes each morning and for 45 minutes once a week to plan his day, check his mood scale and talk through incidents.",
                "An exit card for all lessons, allowing Leon to go to the Hub (the school's staffed inclusion room) for a maximum of ten minutes before returning with the Hub teaching assistant.",
                "The Virtual School's Attachment and Trauma Lead will train all staff who teach Leon for 90 minutes in September 2026.",
            ]),
            ("h", "F2 Cognition and learning (outcome E2)"),
            ("ul", [
                "A structured reading catch-up programme, 1-to-1 with a Higher Level Teaching Assistant (HLTA) trained in the programme, for 30 minutes, four sessions a week, in a private room during tutor time.",
                                "A printed copy of each lesson's tasks, given by his teachers at the start of the lesson.",
                "For tests and mock exams, Leon will have 25% extra time and a reader, applied for by the SENCo with the exams officer.",
            ]),
            ("h", "F3 Preparing for adulthood (outcomes E1, E4 and E5)"),
            ("ul", [
                "The Level 1 Introduction to Vehicle Maintenance course at the Kingsbank Skills Centre every Wednesday afternoon (2.5 hours), in a group of 8, taught by a qualified motor vehicle instructor.",
                "Two 45-minute 1-to-1 careers guidance meetings this year with the school's Level 6 qualified careers adviser, who will also arrange a one-week work experience placement at a garage in the summer term 2027.",
                "The Life Skills group (cooking and budgeting), one hour a week, group of 6, led by the food technology teacher.",
                "In Spring 1 2027, four one-hour 1-to-1 travel training sessions on the bus route to his boxing club, from the borough's Travel Training Service.",
            ]),
        ]),
        ("G", T["G"], [
            ("ul", [
                "Community Paediatrician (Dr Ruth Grant): review of Leon's ADHD medication, growth and blood pressure every six months, and prescribing of lisdexamfetamine.",
                "CAMHS Looked After Children's Team: trauma-focused therapy with a clinical psychologist, 50 minutes once per fortnight, for 20 sessions from Sept 26, then reviewed; the psychologist will also meet his key adult once a term for 45 minutes.",
                "Looked After Children's Nurse: annual review health assessment (next due February 2027).",
            ]),
            "The Designated Clinical Officer (DCO), Marcia Fenton, confirmed on 08/07/2026 that the health provision above is agreed by the Integrated Care Board (ICB).",
        ]),
        ("H1", T["H1"], [
            "None. Leon's social worker considered whether he needs provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 and found that he does not.",
        ]),
        ("H2", T["H2"], [
            ("ul", [
                "His social worker will visit at least every six weeks, as set out in his care plan, and will attend his termly PEP meetings and EHC plan reviews.",
                "Supervised family time: two hours with his mum monthly and two hours with his brothers fortnightly.",
                "Mentoring: a Step Up project mentor for two hours a week, funded by the Children in Care Team.",
            ]),
        ]),
        ("I", T["I"], ["Northfield Academy (mainstream secondary academy)."]),
        ("J", T["J"], ["No personal budget has been requested."]),
        ("K", T["K"], [
            ("tbl", ["Advice and information", "Given by", "Date"], [
                ["Leon's views", "Leon, recorded by Mr Kevin Doyle, Virtual School Education Adviser", "05/05/2026"],
                ["Foster carers' advice", "Denise and Paul (foster carers)", "07/05/2026"],
                ["Parent's views", "Sharon (Leon's mum), by telephone", "11/05/2026"],
                ["Educational advice", "Ms Farah Ali, SENCo, Northfield Academy", "01/05/2026"],
                ["Virtual School advice and spring term PEP", "Mr Kevin Doyle, Virtual School Education Adviser", "24/03/2026"],
                ["Psychological advice", "Dr Owen Price, Educational Psychologist", "20/05/2026"],
                ["Medical advice", "Dr Ruth Grant, Community Paediatrician", "29/04/2026"],
                ["CAMHS advice", "Dr Leila Haddad, Clinical Psychologist, CAMHS Looked After Children's Team", "12/05/2026"],
                ["Review health assessment", "Ms Paula James, Looked After Children's Nurse", "18/02/2026"],
                ["Social care advice", "Ms Ama Boateng, Social Worker, Children in Care Team", "08/05/2026"],
                ["Preparing for adulthood advice", "Ms Kate Lyons, Careers Adviser", "14/05/2026"],
            ]),
        ]),
    ],
})

# =============================================================================== k208
PLANS.append({
    "file": "k208.docx", "layout": "letter-column", "table_mode": "single", "title": TITLE,
    "front": [
        ("Name", "Daniel"),
        (NCY, "7 (from September 2025)"),
        ("School", "Hillcrest Academy"),
        ("Date of final plan", "26/08/2025"),
        ("Date of last review", "Not yet reviewed"),
    ],
    "sections": [
        ("A", lt("A"), [
            ("h", "Daniel's views"),
            "Daniel was eleven when this plan was written, at the end of Year 6. His views were gathered by his Year 6 teaching assistant, Ms Rose King, using Talking Mats (a way of sharing views by placing picture symbols on a mat under 'like', 'not sure' and 'don't like'). Daniel put drawing, trains, swimming and his dog under 'like'. He put spelling, the playground when it is busy and 'having a funny turn at school' under 'don't like'. He told Ms King that he draws his own comics about a train driver called Captain Steam, and that when he grows up he wants to drive trains on the Underground. About secondary school he said: 'I want to go to art club. I don't want to get lost.'",
            ("h", "His parents' views"),
            "Daniel's parents, Michelle and Gary, describe him as gentle, funny and endlessly patient with his little cousins. He knows the whole London Underground map by heart. They want Daniel to be happy at secondary school, to make friends who share his interests and to keep up his drawing. They worry about him having seizures in front of other students and being teased, and about how he will cope with a big site. In the longer term they hope he will travel on his own and find work he enjoys, perhaps with the railways.",
        ]),
        ("B", lt("B"), [
            ("h", "Strengths"),
            "Daniel is a talented artist with a remarkable memory for facts about trains and maps. He is kind, follows routines well and tries hard when he feels confident.",
            ("h", "Cognition and learning"),
            "Daniel has moderate learning difficulties. The educational psychologist found that his working memory and processing speed are well below the average range, so he needs information in small amounts, repeated and shown visually. At the end of Year 6 his reading age was 8 years 1 month, and he was working at about the Year 3 level in maths. He finds it hard to follow instructions with more than one step.",
            ("h", "Communication and interaction"),
            "Daniel understands everyday language, but he finds subject vocabulary (for example in science and geography) hard to learn and remember.",
            ("h", "Sensory and/or physical"),
            "The occupational therapist found that Daniel's fine motor skills are below those expected for his age: his pencil grip is awkward, his handwriting is slow and hard to read, and his hand aches after a few minutes of writing. He produces much less written work than he can say.",
            ("h", "Social, emotional and mental health"),
            "Daniel is anxious about the move to secondary school and about having seizures in front of other students.",
        ]),
        ("C", lt("C"), [
            "Daniel has epilepsy, diagnosed in 2021. He has absence seizures (moments when he 'switches off' for a few seconds) several times a week, and focal seizures about once a month, during which he stares, fiddles with his clothes and does not respond for one to two minutes. After a focal seizure he is tired and confused for up to an hour. He takes levetiracetam twice a day, and he has rescue medication (buccal midazolam, given inside the cheek) prescribed for any seizure lasting longer than five minutes. His epilepsy is managed by the paediatric neurology clinic at the hospital. His seizures and the tiredness afterwards affect his concentration and memory.",
            "Daniel also has mild asthma and uses a reliever inhaler before PE (physical education).",
        ]),
        ("D", lt("D"), [
            "Daniel has no social care needs. His parents told the caseworker that they manage well with support from their wider family. They were given information about short breaks and the Early Help offer and did not want a referral. This was confirmed by the Children with Disabilities Social Worker (see Section K).",
        ]),
        ("E", lt("E"), [
            ("ol", [
                "By July 2026, Daniel's reading age will rise from 8 years 1 month to at least 9 years on the school's standardised reading test.",
                "By the end of Year 7, Daniel will add and subtract two-digit numbers using a number line with 80% accuracy, as assessed by the maths intervention teacher.",
                "In one year's time, Daniel will learn and use 10 key words for each science and geography topic, as checked by his teaching assistant at the end of each topic.",
                "By the end of the autumn term 2025, Daniel will find his way to all his lessons using his visual timetable and map without an adult, as recorded by his form tutor.",
                "By July 2026, Daniel will use his reliever inhaler on his own before PE lessons, as recorded by his PE teacher.",
                "In one year's time, Daniel will attend the lunchtime art club at least once a week and show one of his comics at the club's summer display, as recorded by the art technician.",
            ]),
        ]),
        ("F", lt("F"), [
            "Daniel will be taught in mainstream classes with the provision below, which will be co-ordinated by the Special Educational Needs Co-ordinator (SENCo), Ms Olivia Grant.",
            ("h", "Literacy and numeracy"),
            "Daniel will have a small group literacy intervention each week. For maths he will have a Numicon intervention (a programme using coloured shapes to teach number) in a group of 3, for 30 minutes three times a week, taught by the maths intervention teacher. He will have help from a teaching assistant (TA) in English, maths and science lessons.",
            ("h", "Language"),
            "A Speech and Language Therapist (SALT) will visit once per half term for one hour to set vocabulary targets and show his TA how to teach them. His TA will pre-teach topic vocabulary 1-to-1 for 20 minutes, three times a week, using pictures and word maps.",
            ("h", "Moving to secondary school"),
            "Before the start of term the SENCo will give Daniel a visual timetable and a colour-coded map of the school. A TA will meet Daniel at the school gate and walk with him to his first lesson each morning for the first four weeks of the autumn term 2025.",
            ("h", "Lunchtimes"),
            "Daniel will be given a place at the lunchtime art club on Tuesdays and Thursdays, run by the art technician.",
        ]),
        ("G", lt("G"), [
            ("ul", [
                "School Nursing Service: the school nurse will write Daniel's asthma care plan with his parents in September 2025, and will train PE staff in using his inhaler in a 30-minute session each September.",
            ]),
            "This health provision has been agreed by Marcia Fenton, Designated Clinical Officer (DCO), 19/08/2025.",
        ]),
        ("H1", lt("H1"), ["None - see Section D."]),
        ("H2", lt("H2"), [
            "None. The family were given information about short breaks and Early Help and did not want a referral.",
        ]),
        ("I", lt("I"), ["Hillcrest Academy (mainstream secondary academy), from September 2025."]),
        ("J", lt("J"), ["None requested."]),
        ("K", lt("K"), [
            ("tbl", ["Advice", "Provided by", "Date"], [
                ["Daniel's views", "Ms Rose King, Year 6 teaching assistant (Talking Mats)", "12/05/2025"],
                ["Parents' advice", "Michelle and Gary (Daniel's parents)", "09/05/2025"],
                ["Educational advice", "Mr Andrew Lowe, SENCo, Parkside Primary School", "02/05/2025"],
                ["Psychological advice", "Dr Kiran Bains, Educational Psychologist", "20/05/2025"],
                ["Medical advice", "Dr Hannah Ward, Consultant Paediatric Neurologist", "28/04/2025"],
                ["Speech and language therapy advice", "Ms Tola Ade, Speech and Language Therapist", "14/05/2025"],
                ["Occupational therapy advice", "Ms Grace Liu, Children's Occupational Therapist", "06/05/2025"],
                ["School nursing advice", "Ms Jade Morgan, School Nurse", "30/04/2025"],
                ["Social care advice", "Mr Tom Fisher, Children with Disabilities Social Worker", "16/05/2025"],
            ]),
        ]),
    ],
})

# =============================================================================== k209
PLANS.append({
    "file": "k209.docx", "layout": "shaded-heading-table", "title": TITLE, "shade": "7030A0",
    "front": [
        ("Name", "Tom"),
        ("Age", "20"),
        (NCY, "Post-19 (third year of further education)"),
        ("Education setting", "Thameside College, Supported Learning department"),
        ("Date of final plan", "04/09/2023"),
        ("Date of last review", "23/04/2026 (amended plan issued 15/06/2026)"),
    ],
    "sections": [
        ("A", T["A"], [
            "Tom is a 20-year-old young man with a diagnosis of ASC and SLD. He is pre-verbal and presents with significant deficits in receptive and expressive language, with limited functional communication. He has a history of BtC, including self-injurious behaviour and property destruction, which are managed under his PBS plan. He is dependent on adults for all aspects of self-care and has limited safety awareness.",
            "Tom's mother reports that he is difficult to manage at home, particularly at weekends and during college holidays, and that his sleep is poor. She reports that transitions are a trigger for dysregulation and that he requires 2:1 support in the community. She is concerned about what will happen when his college placement ends and about her own ability to continue caring for him.",
        ]),
        ("B", T["B"], [
            ("h", "Communication and interaction"),
            "Tom has a severe receptive and expressive language impairment. He uses PECS at Phase 2 and has an AAC device, although use is inconsistent across settings. He presents with echolalia and limited joint attention.",
            ("h", "Cognition and learning"),
            "Tom's cognitive functioning is in the severe range, at pre-Entry level. He has significant deficits in working memory and in generalising skills across settings.",
            ("h", "Social, emotional and mental health"),
            "Tom presents with high levels of anxiety and with sensory-seeking and sensory-avoidant BtC. Incidents occur on average four times per week, mainly at transitions.",
            ("h", "Sensory and physical"),
            "Tom has SPD with auditory hypersensitivity. He requires support with all ADLs.",
        ]),
        ("C", T["C"], [
            "Tom has poor sleep, usually sleeping four to five hours a night. He takes melatonin, prescribed by the consultant psychiatrist in the Community Learning Disability Team, who reviews it every six months. He also has chronic constipation, managed with a daily laxative and a bowel programme overseen by the Continence nurse. He has an annual learning disability health check with his GP.",
        ]),
        ("D", T["D"], [
            "Tom lives with his mother, who is his main carer. Adult Social Care assessed Tom under the Care Act 2014 in March 2026 and found that he has eligible needs for support with personal care, with taking part in activities in the community and for overnight breaks to support his mother in her caring role. His mother has had a carer's assessment.",
        ]),
        ("E", T["E"], [
            ("ol", [
                "By 31/07/2027, Tom will demonstrate functional use of his AAC device to make requests (at least 3 spontaneous requests per session) across 4/5 sessions, as per SaLT data collection.",
                "By 31/07/2027, Tom will complete a 3-step food preparation task (e.g. making toast) with no more than 1 verbal prompt, using a TEACCH workstation, across 4/5 ILS sessions.",
                "By July 2027, Tom will complete his 3 assigned tasks (wiping tables, stacking cups, restocking napkins) during a one-hour shift in the college cafe with no more than 2 prompts, as per job coach records.",
                "By July 2027, Tom will receive 1:1 job coach support for 2 days per week on his supported work placement in the college cafe.",
                "By 31/07/2027, Tom will tolerate a 20-minute community access session (e.g. the supermarket) with BtC reduced to no more than 1 incident per session, as per ABC data.",
                "By 31/07/2027, Tom's sleep diary will show at least 6 hours' sleep on 5/7 nights, and his bowel chart will show a regular pattern on 6/7 days, as per CLDT data.",
            ]),
        ]),
        ("F", T["F"], [
            ("ul", [
                "Tom will attend the Supported Learning programme at Thameside College 4 days a week (Monday to Thursday, 9.30am to 3pm), in a class of 6 students with a teacher and 3 support staff.",
                "Tom will have 1:1 support from a learning support assistant trained in Positive Behaviour Support throughout the college day.",
                "Speech and language therapy: 1-to-1 session of 45 minutes once per fortnight with the college speech and language therapist to develop Tom's use of his AAC device, plus termly (3x a year) one-hour training for the staff who work with him.",
                "Occupational therapy: a sensory diet devised by the college occupational therapist and reviewed termly (one hour), delivered by his learning support assistant in two 20-min slots daily.",
                "Job coach: a 1:1 job coach for Tom's supported work placement in the college cafe, 2 days a week (2 hours each day).",
                "Independent living skills: a 1-hour cookery session twice a week in a group of 3, led by the independent living tutor, using a TEACCH workstation.",
                "Community access: a 20-minute visit to the supermarket or park twice a week with his learning support assistant and a second member of staff (2:1), as part of the Supported Learning programme.",
                "Overnight short breaks at Oak House respite unit, 2 nights per month, funded by Adult Social Care.",
                "Personal care support at home: one hour each weekday morning (Monday to Friday) from a care agency commissioned by Adult Social Care, to help Tom wash, dress and get ready for college.",
            ]),
        ]),
        ("G", T["G"], [
            ("ul", [
                "Community Learning Disability Team (CLDT): review of Tom's sleep and melatonin every six months by Dr Sunita Rao, Consultant Psychiatrist.",
                "Continence nurse: review of Tom's bowel programme and laxative dose every six months, with advice to his mother and college staff.",
                "GP: annual learning disability health check.",
            ]),
            "The health provision in this section was agreed by Marcia Fenton, Designated Clinical Officer, on 05/06/2026.",
        ]),
        ("H1", T["H1"], [
            "Not applicable: Tom is over 18, so section 2 of the Chronically Sick and Disabled Persons Act 1970 does not apply. His social care support is provided under the Care Act 2014.",
        ]),
        ("H2", T["H2"], [
            "Community activities: 6 hours a week with two personal assistants (2:1), on Saturdays and Sundays (3 hours each day), paid for by direct payment, for swimming and trips to the park and shops. Reviewed each year by Adult Social Care.",
        ]),
        ("I", T["I"], [
            "Thameside College (general further education college), Supported Learning department, 4 days a week, to July 2027.",
        ]),
        ("J", T["J"], [
            "Direct payment from Adult Social Care for 6 hours a week of personal assistant support (see Section H2), managed by Tom's mother.",
        ]),
        ("K", T["K"], [
            ("tbl", ["Advice", "From", "Date"], [
                ["Advice from Tom and his mother", "Bisi (Tom's mother)", "12/04/2026"],
                ["Educational advice", "Ms Laura Stone, Curriculum Manager, Supported Learning, Thameside College", "02/04/2026"],
                ["Psychological advice", "Dr Peter Hale, Educational Psychologist", "09/03/2026"],
                ["Medical advice", "Dr Sunita Rao, Consultant Psychiatrist, Community Learning Disability Team", "18/03/2026"],
                ["GP summary", "Dr James Cole, GP", "11/03/2026"],
                ["Continence advice", "Ms Andrea Lyle, Continence nurse", "16/03/2026"],
                ["Speech and language therapy advice", "Ms Iris Ng, Speech and Language Therapist", "20/03/2026"],
                ["Occupational therapy advice", "Mr Luke Grey, Occupational Therapist", "25/03/2026"],
                ["Social care advice", "Mr Femi Ola, Social Worker, Adult Social Care Transitions Team", "30/03/2026"],
                ["Preparing for adulthood advice", "Ms Clare Dean, Supported Employment Coordinator", "06/04/2026"],
            ]),
        ]),
    ],
})

# =============================================================================== k210
PLANS.append({
    "file": "k210.docx", "layout": "heading2-numbered", "title": TITLE,
    "front": [
        ("Name", "Ibrahim"),
        (NCY, "Year 3"),
        ("School", "Canal Side Primary School"),
        ("Languages spoken at home", "Somali and English"),
        ("Date of final plan", "20/05/2026"),
        ("Date of last review", "Not applicable - first EHC plan"),
    ],
    "sections": [
        ("A", T["A"], [
            ("h", "A1 Ibrahim's views"),
            "Ibrahim is eight. His views were gathered in February 2026 by his speech and language therapist, Ms Ellie Ward, and his class teacher, using Talking Mats (a way of sharing views by placing picture symbols on a mat under 'like', 'not sure' and 'don't like'). Ibrahim put Lego, swimming, drawing cars and his cat under 'like'. He put writing, 'when people talk too fast' and playtime under 'don't like'; when Ms Ward asked about playtime, he said, 'Nobody play Lego with me.' He told her he wants to be a 'car builder' when he is grown up, and that he wants 'a friend for Lego'.",
            ("h", "A2 The views of Ibrahim's parents"),
            "Ibrahim's parents, Hodan and Abdi, shared their views with the help of a Somali interpreter. They describe Ibrahim as kind, patient with his baby sister and very good with his hands: he builds complicated Lego models from the instructions without help. They worry that he becomes frustrated when people do not understand him, and that he is falling behind with reading.",
            ("h", "A3 Aspirations"),
            "Ibrahim's parents hope that he will learn to read and write well, have good friends and one day go to university to become an engineer. Ibrahim wants to build cars and to have a friend to play Lego with.",
        ]),
        ("B", T["B"], [
            ("h", "B1 Communication and interaction"),
            "Ibrahim has developmental language disorder (DLD), a long-term difficulty with learning and using language, which was identified by the speech and language therapist in 2025 after assessment in both Somali and English. His understanding of spoken language is at about the level expected of a five-year-old: he follows short instructions but loses longer ones, especially when they contain words such as 'before' or 'unless'. He speaks in short sentences, often leaves out small grammatical words, and has difficulty finding the words he wants. He finds it hard to tell a story or explain what happened in order.",
            ("h", "B2 Cognition and learning"),
            "The educational psychologist found that Ibrahim's non-verbal reasoning is in the average range and that his visual and spatial skills are a strength. His number calculations are at the level expected for his age, but he struggles with word problems. His reading is at about the Year 1 level: he can decode simple words but often does not understand what he has read because of his language difficulties.",
            ("h", "B3 Social, emotional and mental health"),
            "Ibrahim becomes frustrated when he is not understood, and has occasionally pushed other children during disagreements at playtime. He has a small group of friends but is often on his own at lunchtime.",
            ("h", "B4 Sensory and/or physical"),
            "No needs have been identified in this area.",
        ]),
        ("C", T["C"], [
            "No health needs are known. Medical advice was requested from the Community Paediatrician on 12/02/2026 but had not been received when this plan was finalised.",
        ]),
        ("D", T["D"], [
            "Ibrahim does not have social care needs. His parents told us that they do not need support, and the Children with Disabilities Social Worker reviewed the request and agreed that no social care assessment was needed. Information about Early Help and the short breaks on the Local Offer was given to the family in Somali.",
        ]),
        ("E", T["E"], [
            ("h", "E1 Talking in class"),
            "In one year's time, Ibrahim will be more confident when talking in class.",
            ("h", "E2 Reading"),
            "By the end of Key Stage 2, Ibrahim will make good progress in reading.",
            ("h", "E3 Telling a story"),
            "By summer half-term 2027, Ibrahim will retell a short story with a beginning, middle and end, using a story planner with four pictures, in 4 out of 5 attempts, as recorded by the speech and language therapist.",
            ("h", "E4 Vocabulary"),
            "By 30/06/2027, Ibrahim will understand and use 40 new topic words from his class vocabulary lists, as checked by his teaching assistant at the end of each half-term.",
            ("h", "E5 Friendships"),
            "In one year's time, Ibrahim will play a Lego building game with a partner for 15 minutes, taking turns and sharing the instructions, on 3 out of 4 weeks, as recorded by the Lego club leader.",
        ]),
        ("F", T["F"], [
            "The provision below will be co-ordinated by the Special Educational Needs Co-ordinator (SENCo), Mrs Janet Fox.",
            ("h", "F1 Communication and interaction (outcomes E1, E3 and E4)"),
            ("ul", [
                "The Speech and Language Therapist (SALT) from the Children's Speech and Language Therapy Service will see Ibrahim 1-to-1 for 30 minutes once per fortnight in school, for a block of 12 sessions in the academic year 2026-2027, and will write a programme for his teaching assistant (TA). His TA, trained by the SALT, will deliver the programme 1-to-1 for 20 minutes, three times a week.",
                "Ibrahim would benefit from pre-teaching of new topic vocabulary. His TA will pre-teach five topic words each week in a 15-minute 1-to-1 session on Mondays, where possible.",
                "Adults should use visual supports (pictures, gestures and written key words) when giving instructions and should check that Ibrahim has understood.",
                "Ibrahim will have access to the school's Talk Boost group (a targeted programme for children with language difficulties) for 30 minutes, three times a week, in a group of 4, led by a TA trained in the programme.",
            ]),
            ("h", "F2 Cognition and learning (outcome E2)"),
            ("ul", [
                "A 20-minute phonics catch-up session every day in a group of 3, led by the Higher Level Teaching Assistant (HLTA), who is trained in the school's phonics programme.",
                "Ibrahim will read 1-to-1 with his TA for 10 minutes three times a week, using books matched to his phonics level, with questions to check his understanding.",
            ]),
            ("h", "F3 Social, emotional and mental health (outcome E5)"),
            ("ul", [
                "Lego-based therapy (a social skills programme in which children build Lego models together, each taking a role) in a group of 3, for 45 minutes once a week for two terms, led by a TA trained in the approach.",
                "A place at the Wednesday lunchtime Lego club (30 minutes, group of 6), run by the learning mentor.",
                "The SENCo will meet Ibrahim's parents, with a Somali interpreter, once each term (3x a year) for 45 minutes to share his progress and his home activities from the SALT programme.",
            ]),
        ]),
        ("G", T["G"], ["None."]),
        ("H1", T["H1"], ["None - see Section D."]),
        ("H2", T["H2"], [
            "None. The family have information about Early Help and short breaks and know how to ask for support.",
        ]),
        ("I", T["I"], ["Canal Side Primary School (mainstream community primary school)."]),
        ("J", T["J"], ["The family have not asked for a personal budget."]),
        ("K", T["K"], [
            ("ul", [
                "Ibrahim's views - gathered by Ms Ellie Ward, Speech and Language Therapist, using Talking Mats - 05/02/2026",
                "Parents' advice - Hodan and Abdi (with a Somali interpreter) - 03/02/2026",
                "Educational advice - Mrs Janet Fox, SENCo, Canal Side Primary School - 30/01/2026",
                "Psychological advice - Dr Mina Kaur, Educational Psychologist - 19/02/2026",
                "Speech and language therapy advice - Ms Ellie Ward, Specialist Speech and Language Therapist - 05/02/2026",
                "Medical advice - Community Paediatrician - requested 12/02/2026, not received",
                "Social care advice - Ms Lucy Hollis, Children with Disabilities Social Worker - 10/02/2026",
            ]),
        ]),
    ],
})

# =============================================================================== k211
PLANS.append({
    "file": "k211.docx", "layout": "letter-column", "table_mode": "per-section", "title": TITLE,
    "front": [
        ("Name", "Nadia"),
        ("Age", "19"),
        (NCY, "14 (third year of post-16 education)"),
        ("Education setting", "Southbank College - Supported Internship programme"),
        ("Date of final plan", "18/02/2020"),
        ("Date of last review", "09/06/2026 (amended plan issued 21/07/2026)"),
    ],
    "sections": [
        ("A", lt("A"), [
            ("h", "All about me (Nadia's own words, written with her course tutor)"),
            ("q", "\"My name is Nadia. I am 19. I have Down syndrome. I love dancing, Bollywood films and cooking for my family. I am good at remembering people's names and making them feel welcome. At college I did the cafe course and now I am doing my internship at the hotel. I want to work in a cafe or a hotel and get paid. I want to live in a flat with my friend Shreya one day. I want to go to the shops and to my dance class by myself. I don't like it when people rush me or talk to me like a baby.\""),
            ("h", "What Nadia's parents say"),
            "Nadia's parents, Meena and Raj, describe her as warm, sociable and determined. She is the one who remembers every family birthday. They hope that she will get a paid job, travel on her own and, in her twenties, move into supported living with friends. They worry about her safety with strangers, especially online, and about her managing money.",
            ("h", "Aspirations"),
            "Paid work in a cafe or hotel; travelling on her own to work, the shops and dance class; living in a flat with a friend, with support; keeping up her dancing.",
        ]),
        ("B", lt("B"), [
            ("h", "Strengths"),
            "Nadia is friendly, reliable and proud of her work. Her placement supervisor says customers ask for her by name. She follows a routine well once she has learned it, and she is very good at remembering faces and names. She reads familiar signs and menus and can use her phone to message her family.",
            ("h", "Cognition and learning"),
            "Nadia has a learning disability. She reads and writes at Entry Level 2 and handles sums of about £10, but she is not yet confident checking her change. She can tell the time to the half hour. She learns new tasks best when they are broken into steps and practised many times in the real setting.",
            ("h", "Communication and interaction"),
            "Nadia speaks in sentences and is understood well by people who know her; strangers sometimes ask her to repeat herself. She understands instructions of two or three parts when they are given one at a time. She can be too trusting of people she has just met.",
            ("h", "Social, emotional and mental health"),
            "Nadia is confident in familiar places but becomes anxious in new ones and when she is rushed.",
            ("h", "Sensory and/or physical"),
            "Nadia walks long distances without difficulty and is physically active. She has no sensory needs.",
        ]),
        ("C", lt("C"), [
            "Nadia has obstructive sleep apnoea (her breathing stops for short periods while she sleeps), diagnosed in 2024. She uses a CPAP machine (a mask and pump that keep her airway open at night) every night, and this is reviewed by the Sleep Clinic. When she does not use it she is very tired at work.",
            "Nadia has gained weight over the last two years, and her GP referred her to the Community Dietitian in 2026. She has an annual learning disability health check with her GP.",
        ]),
        ("D", lt("D"), [
            "Adult Social Care assessed Nadia under the Care Act 2014 in January 2026. She has eligible needs for support with going out in the community safely, travelling and managing her money. Her mum, Meena, had a carer's assessment at the same time.",
        ]),
        ("E", lt("E"), [
            ("ol", [
                "Employment: by July 2027, Nadia will work three 4-hour shifts a week on her supported internship at the Riverside Hotel cafe, completing her task list (setting tables, serving drinks, clearing) with no more than two prompts per shift, as recorded by her job coach.",
                "Education: by the end of the academic year 2026-2027, Nadia will be awarded her Entry Level 3 Certificate in Hospitality and Catering.",
                "Independent living: by the end of the spring term 2027, Nadia will travel by bus on her own from home to the hotel and back on every internship day, as confirmed by the travel trainer's sign-off.",
                "Independent living: by 30/06/2027, Nadia will pay for items costing less than £10 in a shop and check her change is correct, on 4 out of 5 occasions, as recorded by her learning support assistant.",
                "Friends and community: in one year's time, Nadia will go to her dance class and the local shops on her own, and will arrange to meet a friend for an activity she chooses at least twice a month, as she reports to her personal assistant.",
                "Good health: by July 2027, Nadia will put on her CPAP mask herself every night on at least 6 nights out of 7, as shown on the machine's usage record checked by the Sleep Clinic, and will choose a healthy lunch from the staff canteen on 4 days out of 5, as recorded in her food diary.",
            ]),
        ]),
        ("F", lt("F"), [
            ("h", "Supported internship"),
            "Nadia will attend a supported internship (a study programme based mainly with an employer) at the Riverside Hotel three days a week (12 hours), with one day a week at Southbank College (5 hours) for English, maths and employability, in a group of 8 interns with a tutor and a learning support assistant (LSA).",
            ("h", "Job coach"),
            "A qualified job coach from the college's supported internship team will work alongside Nadia 1-to-1 for the first six weeks of each new role, teaching each task step by step, then reduce to a one-hour visit once a week once she can complete her task list with two prompts or fewer.",
            ("h", "Money and time"),
            "A 45-minute 1-to-1 session once a week with her LSA, practising paying and checking change with real money in the college shop.",
            ("h", "Travel training"),
            "A travel trainer from the Travel Training Service will travel with Nadia 1-to-1 on the bus route to the hotel, four journeys a week for six weeks in the autumn term 2026, stepping back gradually until she travels alone.",
            ("h", "Speech and language therapy"),
            "A Speech and Language Therapist will see Nadia x1 per half term for one hour at the hotel to teach her short scripts for talking with customers and strangers, and to advise her job coach.",
            ("h", "Qualification"),
            "Entry Level 3 Hospitality and Catering, taught in the college training kitchen for 2.5 hours on her college day, in a group of 8 with a catering tutor and an LSA.",
            ("h", "Staying safe"),
            "A six-week staying safe course (one hour a week, group of 6) run by the college safeguarding officer in the spring term 2027, covering online safety and what to do if a stranger asks for money.",
        ]),
        ("G", lt("G"), [
            ("ul", [
                "Sleep Clinic (respiratory team, City Hospital): CPAP review every six months, including mask refitting, and an annual service of her machine by the clinic technician.",
                "Community Dietitian: three 30-minute appointments in the academic year 2026-2027 with Nadia and her mum, focused on healthy packed lunches and portion sizes.",
                "GP: annual learning disability health check.",
            ]),
            "Health sign-off: the health provision above was agreed by Marcia Fenton, Designated Clinical Officer (DCO), on 14/07/2026.",
        ]),
        ("H1", lt("H1"), [
            "Not applicable. Section 2 of the Chronically Sick and Disabled Persons Act 1970 applies to children, and Nadia is 19. Her social care support is set out in Section H2.",
        ]),
        ("H2", lt("H2"), [
            "Under the Care Act 2014: a personal assistant (PA) for six hours a week (Wednesdays 4pm to 7pm and Saturdays 10am to 1pm), paid for by direct payment, to support Nadia to go to her dance class, shop and meet friends, while she learns to do these on her own. Reviewed each year by Adult Social Care.",
            "Carer support: Meena receives a carer's personal budget of £300 a year following her carer's assessment.",
        ]),
        ("I", lt("I"), [
            "Southbank College (general further education college): Supported Internship programme, with her work placement at the Riverside Hotel, until July 2027.",
        ]),
        ("J", lt("J"), [
            "A direct payment for six hours a week of personal assistant support (Section H2), managed by Nadia's mum with the help of a payroll service.",
        ]),
        ("K", lt("K"), [
            "The advice below was gathered for Nadia's annual review in June 2026 and replaces the advice from her original assessment in 2019.",
            ("tbl", ["Advice", "From", "Date"], [
                ["Nadia's views", "Nadia, written with Mr Josh Allen, Course Tutor", "20/05/2026"],
                ["Parents' views", "Meena and Raj (Nadia's parents)", "22/05/2026"],
                ["Educational advice", "Ms Yvonne Hart, Supported Internship Manager, Southbank College", "18/05/2026"],
                ["Psychological advice", "Dr Helen Ince, Educational Psychologist", "02/03/2026"],
                ["Medical advice", "Dr Omar Farouk, GP (annual health check summary)", "11/02/2026"],
                ["Sleep Clinic letter", "Dr Clare Walsh, Consultant in Respiratory Medicine", "14/01/2026"],
                ["Dietitian's report", "Ms Lisa Carr, Community Dietitian", "06/04/2026"],
                ["Speech and language therapy advice", "Ms Priya Desai, Speech and Language Therapist", "27/04/2026"],
                ["Social care advice", "Ms Rachel Ibe, Social Worker, Adult Social Care", "29/01/2026"],
                ["Preparing for adulthood advice", "Mr Tom Reeves, Employment Adviser", "15/05/2026"],
            ]),
        ]),
    ],
})

# =============================================================================== k212
PLANS.append({
    "file": "k212.docx", "layout": "shaded-heading-table", "title": TITLE, "shade": "C55A11",
    "front": [
        ("Name", "Aisha"),
        ("Age", "4"),
        (NCY, "Reception"),
        ("School", "Windmill Lane Primary School"),
        ("Home language", "Bengali (Sylheti)"),
        ("Date of final plan", "04/11/2026"),
        ("Date of last review", "Not applicable - first EHC plan. Because Aisha is under five, her first review will be held within six months, by May 2027"),
    ],
    "sections": [
        ("A", T["A"], [
            ("h", "What Aisha tells us through her play and actions"),
            "Aisha does not yet use words to communicate. Her views were gathered over three weeks in September 2026 by the school's Early Years SENCo (Special Educational Needs Co-ordinator), Mrs Sabrina Hoque, and her class teaching assistant, who watched what Aisha chose to do, what she came back to and how she let adults know what she wanted and did not want.",
            "Aisha heads straight for the shape sorter, the magnetic letters and the musical instruments. She lines up cars along the edge of the sandpit and watches them closely. She loves bubbles and claps her hands when an adult blows them. When she wants something she takes an adult's hand and leads them to it, and she has begun to hand over a picture of a biscuit at snack time. She pushes things away or says 'no' when she has had enough. She covers her ears in assembly and in the dinner hall, and she is calmest outdoors, especially on the swing.",
            ("h", "What Aisha's family say"),
            "Aisha's mum, Rupa, and dad, Karim, shared their views with a Bengali interpreter. They describe Aisha as sweet, clever and full of fun. She knows the whole alphabet from her favourite songs and can do puzzles that her older brother finds difficult. Their biggest wish is that Aisha will be able to tell them what she wants and how she feels. They would also like her to be toilet trained, to play with other children and to go to the same school as her cousins.",
            ("h", "Aspirations"),
            "For now: to communicate with her family and her teachers, to use the toilet and to enjoy playing alongside other children. For the future: Aisha's parents hope she will be happy, as independent as possible, and one day have a job she loves.",
        ]),
        ("B", T["B"], [
            ("h", "Communication and interaction"),
            "Aisha is autistic. She does not yet use spoken words in English or Sylheti. She communicates by leading adults, by pushing things away and, since September, by handing over a picture to ask for a snack. She understands familiar words such as 'coat', 'snack' and 'home' when they are said with a picture or object. She sometimes repeats lines from songs. She is beginning to look at an adult to share something she enjoys, such as bubbles.",
            ("h", "Cognition and learning"),
            "Aisha has real strengths in visual learning. She matches shapes and letters, completes 24-piece puzzles and sings the counting songs to ten. She finds it hard to join in adult-led activities and will usually leave a group after a minute or two.",
            ("h", "Social, emotional and mental health"),
            "Aisha plays alongside other children but does not yet join in their games. She becomes distressed when routines change without warning.",
            ("h", "Sensory and/or physical"),
            "Aisha is sensitive to noise and to some textures, such as paint and sand on her hands. She seeks movement and is calmer after swinging or bouncing. Her physical skills are good for her age. She is not yet toilet trained.",
        ]),
        ("C", T["C"], [
            "Aisha is a healthy little girl. The Community Paediatrician, Dr Kwame Osei, confirmed her autism diagnosis in March 2026 and found no health needs that call for health provision. Her hearing was tested by the Children's Audiology Service in February 2026 and is normal. She eats a limited range of foods (mainly rice, chicken, yoghurt and bread), but she is growing well and her weight is on track, so this is not a health concern at present; her family know to see their GP if this changes.",
        ]),
        ("D", T["D"], [
            "Aisha lives with her parents and her older brother. Her parents told us that they are well supported by their extended family and did not want a social care assessment. The Children with Disabilities Team looked at the information gathered during the assessment and agreed that Aisha has no social care needs at present. The family have been given information, in Bengali, about the short breaks offer and the Early Help service.",
        ]),
        ("E", T["E"], [
            ("b", "Communication.", "By the end of Reception (July 2027), Aisha will hand an adult a picture to ask for a snack, a toy or a song, going across the room to find the adult, at least 10 times a day, as recorded on her communication log."),
            ("b", "Attention.", "By the end of Reception, Aisha will stay with an adult-led Attention Autism group (short, exciting activities that help children to focus) for 10 minutes on 4 out of 5 days, as recorded by her teaching assistant."),
            ("b", "Playing with others.", "In one year's time, Aisha will play a turn-taking game (such as posting shapes or rolling a car) with one other child and an adult for five turns each, on 4 out of 5 days, as observed by her class teacher."),
            ("b", "Toileting.", "By summer half-term 2027, Aisha will use the toilet when taken at set times and stay dry for the whole morning on 4 out of 5 days, as recorded by her teaching assistant."),
            ("b", "Early maths.", "By the end of Reception, Aisha will match the numerals 1 to 10 to sets of objects in 4 out of 5 tasks, as recorded in her learning journey."),
        ]),
        ("F", T["F"], [
            ("b", "Adult support.", "Aisha will have a teaching assistant (TA) 1-to-1 throughout the school day (27.5 hours a week). Her TA will be trained by the Autism Outreach Team in the Picture Exchange Communication System (PECS: a way of communicating by exchanging pictures) and in Attention Autism during Autumn 2 2026."),
            ("b", "Speech and language therapy.", "A Speech and Language Therapist (SALT) from the Children's Speech and Language Therapy Service will visit x1 per half term for an hour to assess Aisha's communication, model PECS with her TA and update her targets. Between visits her TA will teach PECS 1-to-1 in two 20-min slots daily."),
            ("b", "Attention Autism.", "A daily 15-minute Attention Autism group (a programme that builds attention through exciting visual activities) of 4 children, led by a trained TA."),
            ("b", "Autism Outreach.", "The Autism Outreach Teacher will visit termly (3x a year) for 90 minutes to observe Aisha, set targets with her class teacher and review her sensory plan."),
            ("b", "Sensory needs.", "A sensory plan written by the Autism Outreach Teacher, including a five-minute movement break (swing or trampoline) every hour, led by her TA. Ear defenders for assemblies and lunchtimes, provided by the school and kept in her classroom tray by her TA."),
            ("b", "Toileting.", "Her TA will take Aisha to the toilet every hour, using a picture sequence, following a toileting plan written by the Early Years SENCo with her parents in November 2026."),
            ("b", "Routines.", "A 'now and next' board and a visual timetable, made and updated every day by her TA."),
            ("b", "Working with the family.", "Her class teacher and TA will meet Aisha's parents, with a Bengali interpreter, once per half term for 30 minutes to share her progress and agree activities to try at home."),
        ]),
        ("G", T["G"], ["No health provision is needed at this time (see Section C)."]),
        ("H1", T["H1"], ["None. See Section D."]),
        ("H2", T["H2"], [
            "None. The family were told about short breaks and Early Help and know how to ask for an assessment if their circumstances change.",
        ]),
        ("I", T["I"], ["Windmill Lane Primary School (mainstream community primary school), Reception class."]),
        ("J", T["J"], ["Not requested."]),
        ("K", T["K"], [
            ("tbl", ["Advice", "Given by", "Date"], [
                ["Aisha's views (observations)", "Mrs Sabrina Hoque, Early Years SENCo", "22/09/2026"],
                ["Parents' advice", "Rupa and Karim (Aisha's parents), with a Bengali interpreter", "18/09/2026"],
                ["Educational advice", "Mrs Sabrina Hoque, Early Years SENCo, Windmill Lane Primary School", "25/09/2026"],
                ["Psychological advice", "Dr Grace Mills, Educational Psychologist", "01/10/2026"],
                ["Medical advice", "Dr Kwame Osei, Community Paediatrician", "12/03/2026"],
                ["Audiology report", "Ms Hannah Cole, Audiologist, Children's Audiology Service", "14/02/2026"],
                ["Speech and language therapy advice", "Ms Rachel Kim, Speech and Language Therapist", "29/09/2026"],
                ["Autism advice", "Mr David Ebo, Autism Outreach Teacher", "24/09/2026"],
                ["Social care advice", "Ms Lucy Hollis, Children with Disabilities Social Worker", "30/09/2026"],
            ]),
        ]),
    ],
})


# =============================================================================
# ANSWER KEY
# =============================================================================
# Answer key for set K2. Every criterion defaults to pass; overrides below.
# A `why` entry starts with an exact quote from the plan in double quotes.

CRITERIA = [
    "CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW",
    "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-VOICE", "PC-ASPIRATIONS",
    "PC-ASPIRATION-LINK", "PC-PFA", "PC-STRENGTHS",
    "PR-VAGUE-WORDING", "PR-QUANTIFIED", "PR-OUTCOME-LINK",
    "HC-NEEDS", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-ADVICE", "HC-DCO-SIGNOFF",
    "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES",
    "SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "SC-RIGHT-SECTION",
    "LG-SPELLING", "LG-GRAMMAR", "LG-READABILITY", "LG-JARGON",
]

META = {
    "k201.docx": {"age": 3, "year_group": "Nursery", "needs": ["Down syndrome", "SLCN"], "voice": "signs and play (key person)"},
    "k202.docx": {"age": 9, "year_group": "Year 4", "needs": ["ADHD", "SEMH"], "voice": "third person"},
    "k203.docx": {"age": 15, "year_group": "Year 10", "needs": ["ASC", "SEMH"], "voice": "first person (written) + third person"},
    "k204.docx": {"age": 6, "year_group": "Year 1", "needs": ["HI", "SLCN", "EAL"], "voice": "third person with child's words"},
    "k205.docx": {"age": 11, "year_group": "Year 6", "needs": ["VI"], "voice": "first person"},
    "k206.docx": {"age": 17, "year_group": "Year 12", "needs": ["physical"], "voice": "first person"},
    "k207.docx": {"age": 14, "year_group": "Year 9", "needs": ["SEMH", "ADHD"], "voice": "first person + bullets"},
    "k208.docx": {"age": 12, "year_group": "Year 7", "needs": ["MLD", "epilepsy"], "voice": "third person"},
    "k209.docx": {"age": 20, "year_group": "Post-19", "needs": ["SLD", "ASC"], "voice": "third person (parent only)"},
    "k210.docx": {"age": 8, "year_group": "Year 3", "needs": ["SLCN", "EAL"], "voice": "third person with child's words"},
    "k211.docx": {"age": 19, "year_group": "Year 14 (post-16)", "needs": ["Down syndrome", "SLD"], "voice": "first person"},
    "k212.docx": {"age": 4, "year_group": "Reception", "needs": ["ASC", "EAL"], "voice": "signs and play (practitioner)"},
}

# ---------------------------------------------------------------- per-plan overrides
O = {}

O["k201.docx"] = {
    "na": ["PC-PFA", "SC-STATUTORY-LINK"],
    "fail": {},
    "why": {
        "PC-VOICE": "\"Her views were gathered by her key person at nursery, Bukola, and by the nursery's Early Years SENCo\" - a three-year-old's views gathered through observation of play by practitioners, plus parents' views: pass (trap).",
        "PR-VAGUE-WORDING": "\"From January 2027, the Early Years Specialist Teacher will deliver a two-hour Makaton session\" - month name at the start of the sentence, not woolly wording: pass (trap).",
        "PR-QUANTIFIED": "\"will visit the nursery x1 per half term for an hour to assess Rosie\" - a professional's visit: who, how often, how long; no group size needed: pass (trap).",
        "HC-DCO-SIGNOFF": "\"The health provision in this section was agreed by Helen Mortimer, Designated Clinical Officer (DCO) for the borough, on 02/10/2026.\"",
        "HC-NEEDS": "\"has no difficulty getting around the nursery, the garden or the park\" (in B) sits alongside a real health need (hypothyroidism) described in C: pass (trap).",
        "SC-NEEDS": "\"concluded that Rosie has no social care needs arising from her disability at present\" - none, with the basis (Children with Disabilities social worker spoke to parents).",
    },
}

O["k202.docx"] = {
    "na": ["PC-PFA", "HC-THERAPY-PLACEMENT"],
    "fail": {
        "SC-STATUTORY-LINK": "\"The family has been supported under a Child in Need plan since November 2025\" - Child in Need plan recorded in D, but H1/H2 say only \"None.\", there is no Child in Need worker's advice or Child in Need plan in K and nothing shows how the plan informed the EHC plan.",
        "SC-ADVICE": "K lists parent, Finley, school, educational psychologist and Community Paediatrician only - no social care advice although \"The family's allocated Child in Need worker is Mr Daniel Oyelaran.\"",
        "CA-STATUTORY-ADVICE": "\"Medical advice\" is the last entry in K - the statutory social care advice is missing.",
        "SC-PROVISION-SPECIFIC": "\"None.\" - H1 and H2 are bare 'None.' for a child on a Child in Need plan; nothing says whether short breaks or Early Help were considered.",
        "PR-VAGUE-WORDING": "\"Finley should have a five-minute movement break between lessons\"; \"and at other times where possible\"; \"for as long as appropriate\" - woolly wording in F.",
        "PC-OUTCOME-NOT-PROVISION": "\"In one year's time, Finley will have a 1-to-1 teaching assistant in all lessons and at lunchtimes so that he can stay in class and keep up with his learning.\" - provision written as an outcome.",
        "PC-SMART": "\"By the end of Key Stage 2, Finley will be happier and calmer in school and will get on better with other children.\" - not measurable.",
    },
    "why": {
        "PR-QUANTIFIED": "Items in F state who, how often, how long and ratio/group (e.g. \"in a group of 3 for 30 minutes, four sessions a week, taught by the Higher Level Teaching Assistant (HLTA)\"); the calm space is an adaptation set up by the class teacher. The woolly phrases are graded under PR-VAGUE-WORDING.",
        "SC-NEEDS": "\"Kerry has multiple sclerosis, and on some days she is not well enough to take the children to school.\" - D does describe the family's needs; the failure is the missing link to the Child in Need plan.",
    },
}

O["k203.docx"] = {
    "na": ["SC-STATUTORY-LINK"],
    "fail": {
        "PC-PFA": "Year 10 plan whose outcomes are only GCSE grades, homework, paired work, attendance and anxiety in lessons (e.g. \"Amir will hand in 9 out of 10 homework tasks on time, using his homework planner.\") - nothing on college/employment, independent travel or living, or friends and community, although A asks for them.",
        "CA-ADVICE-AGE": "\"Psychological advice (existing report used for this assessment)\" dated \"09/02/2023\" - over three years old when the plan was issued on 06/07/2026.",
        "LG-SPELLING": "\"he occassionally walks out of lessons\"; \"he needs a seperate space to eat his lunch\"; \"so that the school can accomodate his need for warning\"; \"Amir will recieve a 45-minute 1-to-1 session\" - planted misspellings.",
        "HC-PROVISION-SPECIFIC": "\"Amir will continue to be supported by CAMHS for his anxiety as needed, and CAMHS will liaise with the school when required.\" - no who (profession), what, or how often.",
    },
    "why": {
        "HC-NEEDS-MET": "The anxiety in C is addressed by the CAMHS line in G; that line fails on specificity (HC-PROVISION-SPECIFIC), not on coverage.",
        "HC-THERAPY-PLACEMENT": "CAMHS therapy is health provision and rightly in G; there is no SALT/OT in the plan.",
        "PR-QUANTIFIED": "\"will have 25% extra time, applied for by the exams officer with the SENCo\" - access arrangement: what and who arranges it; no group size needed (trap).",
        "PC-ASPIRATION-LINK": "The computing aspiration (\"I want to study computer science at college\") is reflected in the GCSE Computer Science outcome.",
    },
}

O["k204.docx"] = {
    "na": ["PC-PFA"],
    "fail": {
        "HC-THERAPY-PLACEMENT": "\"Speech and language therapy: Kofi will have 1-to-1 speech and language therapy from the NHS Speech and Language Therapist (SALT), 30 minutes each week in school\" - therapy that educates/trains the child placed in G instead of F.",
        "HC-DCO-SIGNOFF": "Section G ends after the speech and language therapy item - no record that the DCO or commissioner agreed the health provision.",
        "PR-QUANTIFIED": "\"The Qualified Teacher of the Deaf (QToD) from the Sensory Support Service will visit the school to advise staff and monitor Kofi's progress.\" (no frequency or length); \"Kofi will take part in a small group listening programme each week.\" (no who, length or group size).",
        "SC-NEEDS": "\"Kofi does not have any social care needs. His family have not asked for support from social care.\" - contradicted by A: \"their Child in Need worker, Ms Grace Mensah, has helped the family\"; D neither describes the needs nor gives a sound basis for 'none'.",
        "SC-STATUTORY-LINK": "Child in Need involvement is mentioned only in the mother's views (\"their Child in Need worker, Ms Grace Mensah\"); D and H ignore it and there is no social worker's contribution in K.",
        "SC-ADVICE": "K has no social care advice (parent, Kofi, school, EP, paediatrician, audiology, QToD and SALT only).",
        "CA-STATUTORY-ADVICE": "No social care advice in K although the family has a Child in Need worker.",
    },
    "why": {
        "SC-PROVISION-SPECIFIC": "\"None identified. Information about short breaks on the Local Offer has been shared with Kofi's mum.\" - H says none and that short breaks were considered; the failure to reflect the Child in Need plan is graded under SC-STATUTORY-LINK / SC-NEEDS.",
        "PR-OUTCOME-LINK": "Outcome E3 (speech sounds) is served by the speech and language therapy, although it is wrongly placed in G (graded under HC-THERAPY-PLACEMENT).",
        "CA-STATUTORY-ADVICE": None,
        "PR-VAGUE-WORDING": "No woolly wording in F; the two unquantified items are graded under PR-QUANTIFIED.",
    },
}

O["k205.docx"] = {
    "na": ["PC-PFA", "SC-STATUTORY-LINK", "HC-THERAPY-PLACEMENT"],
    "fail": {},
    "why": {
        "PR-QUANTIFIED": "\"The school's IT technician will install the screen magnification software on her school laptop and keep it updated.\" - equipment with who maintains it; \"have 25% extra time, applied for by the Special Educational Needs Co-ordinator (SENCo)\" - access arrangement: pass (traps).",
        "PR-VAGUE-WORDING": "\"May 2027 brings the Key Stage 2 national tests (SATs).\" - 'May' is the month at the start of a sentence, not the modal verb: pass (trap).",
        "PC-OUTCOME-NOT-PROVISION": "\"By the end of Key Stage 2, Zainab will be awarded her Grade 2 keyboard certificate.\" - an achievement, not provision: pass (trap).",
        "HC-DCO-SIGNOFF": "\"This health provision has been agreed on behalf of the Integrated Care Board (ICB) by Marcia Fenton, Designated Clinical Officer (DCO), on 15/09/2026.\"",
        "CA-STATUTORY-ADVICE": "Vision impairment: \"Educational advice (vision impairment)\" from \"Mrs Helen Bright, QTVI, Sensory Support Service\" is in K.",
    },
}

O["k206.docx"] = {
    "na": ["SC-STATUTORY-LINK"],
    "fail": {
        "HC-NEEDS-MET": "C: \"She uses intermittent self-catheterisation (emptying her bladder through a thin tube) four times a day ... Her catheter technique and supplies are reviewed by the Continence nurse at the community clinic.\" - G has physiotherapy, orthotics, paediatrician and wheelchair items but nothing for the neurogenic bladder (no Continence nurse review, supplies or staff training).",
        "HC-ADVICE-PROVIDERS": "\"Wheelchair Service: an annual review of Jess's powered wheelchair and seating\" is health provision in G, but K has no advice from the Wheelchair Service.",
        "CA-DATED": "K rows \"Educational advice | - | 17/03/2026\" and \"Educational psychology advice | - | 24/03/2026\" do not say who gave the advice.",
        "LG-GRAMMAR": "\"Jess and her mum was both clear\"; \"Her fatigue, together with her slow handwriting, mean that she often don't finish written work\"; \"become untidy and painful after ten minutes\"; \"Her college support worker, who have worked with Jess since September\" - planted grammar errors.",
    },
    "why": {
        "HC-OUTCOMES": "Each health need leads to an outcome: cerebral palsy -> \"Good health. By July 2027, Jess will do her own stretching programme\"; bladder -> \"Jess will manage her own catheter routine during the college day\".",
        "PC-OUTCOME-NOT-PROVISION": "\"will receive a placement report from her supervisor rating her as 'meeting expectations' or better\" - an achievement, not provision: pass (trap).",
        "PR-QUANTIFIED": "\"The college's assistive technology officer will set these up and keep them updated.\" - equipment with who maintains it: pass (trap).",
        "CA-STATUTORY-ADVICE": "Educational and educational psychology advice are present (dated) though unattributed - graded under CA-DATED; PfA advice present (\"Mr Rob Quinn, Careers Adviser\").",
        "HC-THERAPY-PLACEMENT": "Occupational therapy is in F (\"Occupational therapy: Children's Occupational Therapy will assess how easily Jess can use the classrooms, toilets and kitchen\"); physiotherapy in G is health provision.",
    },
}

O["k207.docx"] = {
    "na": [],
    "fail": {},
    "why": {
        "SC-STATUTORY-LINK": "\"Ms Boateng gave social care advice (see Section K) and attended the planning meeting. Leon's Personal Education Plan (PEP), reviewed each term with the Virtual School, was used to write the outcomes in Section E\" - looked after status informs D, H2 and K.",
        "PC-OUTCOME-NOT-PROVISION": "\"complete the Level 1 Introduction to Vehicle Maintenance course (one afternoon a week) and gain the Level 1 award\" - achievement, not provision: pass (trap).",
        "PC-PFA": "E1 employment, E4 independent living, E5 friends and community (\"travel on his own by bus to his boxing club\"), E6 good health.",
        "PR-QUANTIFIED": "\"Leon will have 25% extra time and a reader, applied for by the SENCo with the exams officer\" - access arrangement: pass (trap).",
        "HC-THERAPY-PLACEMENT": "CAMHS trauma-focused therapy is health provision and rightly in G; no SALT/OT.",
        "HC-DCO-SIGNOFF": "\"The Designated Clinical Officer (DCO), Marcia Fenton, confirmed on 08/07/2026 that the health provision above is agreed by the Integrated Care Board (ICB).\"",
    },
}

O["k208.docx"] = {
    "na": ["PC-PFA", "SC-STATUTORY-LINK"],
    "fail": {
        "HC-NEEDS-MET": "C: \"Daniel has epilepsy, diagnosed in 2021 ... he has rescue medication (buccal midazolam, given inside the cheek) prescribed\" - G has only the school nurse's asthma plan; nothing for epilepsy (no healthcare plan, no rescue-medication training, no neurology review).",
        "HC-OUTCOMES": "No outcome in E relates to his epilepsy (the only health outcome is \"Daniel will use his reliever inhaler on his own before PE lessons\").",
        "PR-QUANTIFIED": "\"Daniel will have a small group literacy intervention each week.\" (no who, length or group size); \"He will have help from a teaching assistant (TA) in English, maths and science lessons.\" (no hours or ratio).",
        "CA-ANNUAL-REVIEW": "\"Date of final plan | 26/08/2025\" and \"Date of last review | Not yet reviewed\" - more than 12 months before the audit date (2026-12-01) with no review.",
        "PR-OUTCOME-LINK": "B: \"his pencil grip is awkward, his handwriting is slow and hard to read, and his hand aches after a few minutes of writing\" - no provision in F for fine motor skills or handwriting (and the occupational therapy advice in K is not used).",
    },
    "why": {
        "CA-ADVICE-AGE": "All advice (April-May 2025) was under 12 months old when the plan was issued on 26/08/2025; the failure is the missed review (CA-ANNUAL-REVIEW).",
        "HC-DCO-SIGNOFF": "\"This health provision has been agreed by Marcia Fenton, Designated Clinical Officer (DCO), 19/08/2025.\"",
        "HC-PROVISION-SPECIFIC": "The only G item (school nurse, asthma care plan, 30-minute staff training each September) is specific; the missing epilepsy provision is graded under HC-NEEDS-MET.",
        "PR-VAGUE-WORDING": "No woolly wording in F; unquantified items graded under PR-QUANTIFIED.",
    },
}

O["k209.docx"] = {
    "na": ["SC-STATUTORY-LINK"],
    "fail": {
        "PC-VOICE": "Section A has only \"Tom's mother reports that he is difficult to manage at home\" and a clinical summary - nothing of Tom's own views, likes or how they were gathered (observation, AAC, symbols).",
        "PC-STRENGTHS": "A and B are deficit-only: \"presents with significant deficits in receptive and expressive language\"; \"significant deficits in working memory and in generalising skills\" - no strengths anywhere.",
        "PC-ASPIRATIONS": "No aspirations for now or the future, from Tom or his mother; A ends \"She is concerned about what will happen when his college placement ends\".",
        "PC-ASPIRATION-LINK": "With no aspirations or interests recorded in A, the outcomes in E cannot build on them.",
        "SC-RIGHT-SECTION": "In F: \"Overnight short breaks at Oak House respite unit, 2 nights per month, funded by Adult Social Care.\" and \"Personal care support at home: one hour each weekday morning\" - social care provision written in F.",
        "LG-JARGON": "\"Tom is a 20-year-old young man with a diagnosis of ASC and SLD.\" - ASC, SLD, BtC, PBS, PECS, AAC, SPD, ADLs, SaLT, TEACCH, ILS and ABC never explained.",
        "LG-READABILITY": "A and E are written in clinical language families cannot follow: \"He has a history of BtC, including self-injurious behaviour and property destruction, which are managed under his PBS plan.\"; \"with BtC reduced to no more than 1 incident per session, as per ABC data\".",
        "PC-OUTCOME-NOT-PROVISION": "\"By July 2027, Tom will receive 1:1 job coach support for 2 days per week on his supported work placement in the college cafe.\" - provision written as an outcome.",
    },
    "why": {
        "PC-SMART": "The real outcomes are specific, measured and dated (e.g. \"at least 3 spontaneous requests per session) across 4/5 sessions\"); the job-coach line is provision, graded under PC-OUTCOME-NOT-PROVISION.",
        "PC-PFA": "Employment (cafe tasks), independent living (food preparation), community (supermarket visits) and health (sleep/bowel) outcomes are present.",
        "SC-PROVISION-SPECIFIC": "H2: \"Community activities: 6 hours a week with two personal assistants (2:1), on Saturdays and Sundays (3 hours each day)\" - specific; the misplacement of other items is graded under SC-RIGHT-SECTION.",
        "CA-STATUTORY-ADVICE": "K lists \"Advice from Tom and his mother\", educational, psychological, medical, social care and preparing for adulthood advice.",
    },
}

O["k210.docx"] = {
    "na": ["PC-PFA", "SC-STATUTORY-LINK", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET",
           "HC-DCO-SIGNOFF", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"],
    "fail": {
        "HC-NEEDS": "\"No health needs are known. Medical advice was requested from the Community Paediatrician on 12/02/2026 but had not been received when this plan was finalised.\" - 'not known', not a considered statement of no needs.",
        "HC-ADVICE": "K: \"Medical advice - Community Paediatrician - requested 12/02/2026, not received\" - no health advice.",
        "CA-STATUTORY-ADVICE": "The statutory medical advice is missing (\"requested 12/02/2026, not received\").",
        "PC-SMART": "\"In one year's time, Ibrahim will be more confident when talking in class.\"; \"By the end of Key Stage 2, Ibrahim will make good progress in reading.\" - not measurable.",
        "PR-VAGUE-WORDING": "\"Ibrahim would benefit from pre-teaching of new topic vocabulary.\"; \"on Mondays, where possible\"; \"Adults should use visual supports\"; \"Ibrahim will have access to the school's Talk Boost group\" - woolly wording in F.",
    },
    "why": {
        "PR-QUANTIFIED": "Each item still states what, how often, how long, group size and who (e.g. \"for 30 minutes, three times a week, in a group of 4, led by a TA trained in the programme\"); the hedging is graded under PR-VAGUE-WORDING.",
        "CA-DATED": "Every advice item received names who and when; the paediatric line is a request that was never answered (graded under HC-ADVICE / CA-STATUTORY-ADVICE).",
        "HC-THERAPY-PLACEMENT": "Speech and language therapy is in F.",
        "LG-GRAMMAR": "\"Nobody play Lego with me.\" is Ibrahim's own words quoted (his language disorder), not a writer's grammar error: pass.",
    },
}

O["k211.docx"] = {
    "na": ["SC-STATUTORY-LINK"],
    "fail": {},
    "why": {
        "CA-ANNUAL-REVIEW": "\"Date of last review | 09/06/2026 (amended plan issued 21/07/2026)\" - within 12 months of the audit date although the plan was first issued in 2020.",
        "PC-OUTCOME-NOT-PROVISION": "\"Nadia will be awarded her Entry Level 3 Certificate in Hospitality and Catering.\" - achievement, not provision: pass (trap).",
        "PC-SMART": "\"in one year's time, Nadia will go to her dance class and the local shops on her own\" - independent community access as an outcome, with a measure: pass (trap).",
        "HC-NEEDS": "\"Nadia walks long distances without difficulty and is physically active.\" (B) alongside a real health need (sleep apnoea, CPAP) in C: pass (trap).",
        "HC-DCO-SIGNOFF": "\"Health sign-off: the health provision above was agreed by Marcia Fenton, Designated Clinical Officer (DCO), on 14/07/2026.\"",
        "PR-QUANTIFIED": "\"A Speech and Language Therapist will see Nadia x1 per half term for one hour at the hotel\" - professional's visit, no group size needed: pass.",
        "CA-ADVICE-AGE": "\"The advice below was gathered for Nadia's annual review in June 2026 and replaces the advice from her original assessment in 2019.\" - all items January-May 2026.",
    },
}

O["k212.docx"] = {
    "na": ["PC-PFA", "SC-STATUTORY-LINK", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET",
           "HC-DCO-SIGNOFF", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"],
    "fail": {},
    "why": {
        "HC-NEEDS": "\"Aisha is a healthy little girl. The Community Paediatrician, Dr Kwame Osei, confirmed her autism diagnosis in March 2026 and found no health needs that call for health provision.\" - none, on a stated basis (sound plan with no health needs).",
        "PC-VOICE": "\"Her views were gathered over three weeks in September 2026 by the school's Early Years SENCo\" - non-verbal four-year-old's views gathered by observation, attributed: pass (trap).",
        "PR-QUANTIFIED": "\"will visit x1 per half term for an hour to assess Aisha's communication\" - professional's visit; \"Ear defenders for assemblies and lunchtimes, provided by the school and kept in her classroom tray by her TA\" - equipment with who maintains it.",
        "SC-NEEDS": "\"agreed that Aisha has no social care needs at present\" - none, with basis.",
    },
}


def _build():
    labels = {}
    for f, o in O.items():
        lab = {c: "pass" for c in CRITERIA}
        for c in o.get("na", []):
            lab[c] = "na"
        why = {}
        for c, w in o.get("fail", {}).items():
            lab[c] = "fail"
            why[c] = w
        for c, w in o.get("why", {}).items():
            if w and c not in why:
                why[c] = w
        labels[f] = {"labels": lab, "why": why}
    return labels


LABELS = _build()


# =============================================================================
# RENDERING
# =============================================================================
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")

COUNCIL = "London Borough of Kingsbank - Special Educational Needs and Disabilities (SEND) Service"


# ----------------------------------------------------------------------------- helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_col_width(table, idx, width):
    table.autofit = False
    table.columns[idx].width = width  # w:gridCol (used by LibreOffice)
    for row in table.rows:
        row.cells[idx].width = width


def add_runs(par, block_text, bold_lead=None, italic=False):
    if bold_lead:
        r = par.add_run(bold_lead + " ")
        r.bold = True
    r = par.add_run(block_text)
    r.italic = italic
    return par


def render_blocks(container, blocks, sub_style, list_mode="word", first_par=None):
    """Render content blocks into a Document or a table cell.

    container: Document or _Cell.  sub_style: paragraph style name for sub-headings, or
    None for bold plain paragraphs.  list_mode: 'word' (List Bullet / List Number styles)
    or 'hand' (hand-typed bullets).  first_par: an empty paragraph to reuse first (cells).
    """
    state = {"first": first_par}

    def newpar(text="", style=None):
        if state["first"] is not None:
            p = state["first"]
            state["first"] = None
            if style:
                p.style = style
            if text:
                p.add_run(text)
            return p
        return container.add_paragraph(text, style=style) if style else container.add_paragraph(text)

    for b in blocks:
        if isinstance(b, str):
            newpar(b)
        elif b[0] == "h":
            if sub_style:
                newpar(b[1], sub_style)
            else:
                p = newpar()
                r = p.add_run(b[1])
                r.bold = True
        elif b[0] == "b":
            p = newpar()
            add_runs(p, b[2], bold_lead=b[1])
        elif b[0] == "q":
            p = newpar()
            add_runs(p, b[1], italic=True)
        elif b[0] in ("ul", "ol"):
            for i, item in enumerate(b[1], 1):
                if list_mode == "word":
                    newpar(item, "List Bullet" if b[0] == "ul" else "List Number")
                else:
                    mark = "\u2022" if b[0] == "ul" else "%d." % i
                    newpar("%s  %s" % (mark, item))
        elif b[0] == "tbl":
            header, rows = b[1], b[2]
            if state["first"] is not None:
                # a cell must start with a paragraph; keep the empty one
                state["first"] = None
            t = container.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for i, h in enumerate(header):
                c = t.rows[0].cells[i]
                c.text = ""
                rr = c.paragraphs[0].add_run(h)
                rr.bold = True
                shade(c, "D9E2F3")
            for row in rows:
                cells = t.add_row().cells
                for i, val in enumerate(row):
                    cells[i].text = val
            if not hasattr(container, "add_heading"):
                container.add_paragraph("")
        else:
            raise ValueError(b)


def front_table(doc, front, fill="F2F2F2"):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in front:
        cells = t.add_row().cells
        cells[0].text = ""
        r = cells[0].paragraphs[0].add_run(k)
        r.bold = True
        shade(cells[0], fill)
        cells[1].text = v
    set_col_width(t, 0, Cm(5.5))
    set_col_width(t, 1, Cm(11))
    return t


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    return doc


# ----------------------------------------------------------------------------- layouts
def layout_heading2(plan):
    doc = base_doc()
    p = doc.add_paragraph(COUNCIL)
    p.runs[0].italic = True
    doc.add_heading(plan["title"], level=1)
    front_table(doc, plan["front"])
    doc.add_paragraph("")
    for key, title, blocks in plan["sections"]:
        doc.add_heading(title, level=2)
        render_blocks(doc, blocks, sub_style="Heading 3", list_mode="word")
    return doc


def layout_letter_column(plan):
    """Section letter in a left column merged down the section; content on the right.

    plan['table_mode'] == 'single': one table for the whole plan;
    'per-section': one table per section.
    """
    doc = base_doc()
    p = doc.add_paragraph(COUNCIL)
    p.runs[0].italic = True
    tp = doc.add_paragraph()
    r = tp.add_run(plan["title"])
    r.bold = True
    r.font.size = Pt(16)
    front_table(doc, plan["front"], fill="E2EFD9")
    doc.add_paragraph("")
    mode = plan.get("table_mode", "single")
    table = None
    for key, title, blocks in plan["sections"]:
        if mode == "per-section" or table is None:
            table = doc.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            if mode == "per-section":
                pass
        start = len(table.rows)
        # title row
        cells = table.add_row().cells
        cells[1].text = ""
        rr = cells[1].paragraphs[0].add_run(title)
        rr.bold = True
        shade(cells[1], "E2EFD9")
        # group blocks into rows: a sub-heading starts a new row
        groups, cur = [], []
        for b in blocks:
            if not isinstance(b, str) and b[0] == "h" and cur:
                groups.append(cur)
                cur = []
            cur.append(b)
        if cur:
            groups.append(cur)
        for g in groups:
            cells = table.add_row().cells
            render_blocks(cells[1], g, sub_style=None, list_mode="word",
                          first_par=cells[1].paragraphs[0])
        end = len(table.rows) - 1
        merged = table.cell(start, 0).merge(table.cell(end, 0))
        merged.text = ""
        lr = merged.paragraphs[0].add_run(key)
        lr.bold = True
        lr.font.size = Pt(20)
        merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        shade(merged, "C5E0B3")
        if mode == "per-section":
            set_col_width(table, 0, Cm(1.6))
            set_col_width(table, 1, Cm(15))
            doc.add_paragraph("")
    if mode == "single":
        set_col_width(table, 0, Cm(1.6))
        set_col_width(table, 1, Cm(15))
    return doc


def layout_shaded(plan):
    doc = base_doc()
    p = doc.add_paragraph(COUNCIL)
    p.runs[0].italic = True
    t = doc.add_table(rows=1, cols=1)
    c = t.rows[0].cells[0]
    c.text = ""
    r = c.paragraphs[0].add_run(plan["title"])
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade(c, "1F3864")
    doc.add_paragraph("")
    front_table(doc, plan["front"], fill="DEEAF6")
    for key, title, blocks in plan["sections"]:
        doc.add_paragraph("")
        t = doc.add_table(rows=1, cols=1)
        c = t.rows[0].cells[0]
        c.text = ""
        r = c.paragraphs[0].add_run(title)
        r.bold = True
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, plan.get("shade", "2E75B6"))
        render_blocks(doc, blocks, sub_style=None, list_mode=plan.get("list_mode", "word"))
    return doc


LAYOUTS = {
    "heading2-numbered": layout_heading2,
    "letter-column": layout_letter_column,
    "shaded-heading-table": layout_shaded,
}


# ----------------------------------------------------------------------------- labels


def q(s):
    return json.dumps(s, ensure_ascii=False)


def write_labels(path):
    lines = ["audit_date: 2026-12-01", "plans:"]
    for plan in PLANS:
        f = plan["file"]
        m = META[f]
        lab = LABELS[f]
        lines.append("  - file: %s" % f)
        lines.append("    layout: %s" % plan["layout"])
        lines.append("    age: %d" % m["age"])
        lines.append("    year_group: %s" % q(m["year_group"]))
        lines.append("    needs: [%s]" % ", ".join(m["needs"]))
        lines.append("    voice: %s" % m["voice"])
        lines.append("    labels:")
        for c in CRITERIA:
            lines.append("      %s: %s" % (c, lab["labels"][c]))
        lines.append("    why:")
        if lab["why"]:
            for c in CRITERIA:
                if c in lab["why"]:
                    lines.append("      %s: %s" % (c, q(lab["why"][c])))
        else:
            lines[-1] = "    why: {}"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    for plan in PLANS:
        doc = LAYOUTS[plan["layout"]](plan)
        doc.save(os.path.join(OUT, plan["file"]))
        print("wrote", plan["file"], plan["layout"])
    write_labels(os.path.join(HERE, "labels.yaml"))
    print("wrote labels.yaml")


if __name__ == "__main__":
    main()
