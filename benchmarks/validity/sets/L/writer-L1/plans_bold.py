"""bold-statutory plans: l101, l104, l107, l110 (Holmebridge MBC, fictional)."""
from generate import b_area, e_outcome, f_table

COUNCIL = "HOLMEBRIDGE METROPOLITAN BOROUGH COUNCIL"

# =====================================================================================
# l101 - Maisie, 3, Down syndrome, nursery - SOUND
# =====================================================================================
L101 = {
    "file": "l101.docx",
    "layout": "bold-statutory",
    "bullet": "•",
    "title": [COUNCIL, "EDUCATION, HEALTH AND CARE (EHC) PLAN", "Final plan"],
    "front_style": "table",
    "front": [
        ("Child's name", "Maisie"),
        ("Date of Birth", "Withheld in this anonymised copy"),
        ("School Year", "Nursery (F1), early years"),
        ("Education phase", "Early years (pre-school)"),
        ("Setting", "Little Acorns Day Nursery"),
        ("Date of Issue", "18 September 2026"),
        ("Review Due", "March 2027 (six-monthly review, as Maisie is under five)"),
        ("EHC Plan Co-ordinator", "Andrea Lockwood, Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    "sections": [
        ("A", [
            ("h", "About Maisie"),
            "Maisie is three and a half and lives with her mum Leanne, her dad Craig and her brother Kai, who is seven. She was born with Down syndrome and had a heart operation as a baby; she is now well. She has gone to Little Acorns Day Nursery five mornings a week since January 2026.",
            ("h", "How Maisie shared her views"),
            "Maisie uses about 15 Makaton signs (signs and symbols used alongside speech) and a few spoken words. Her key person at nursery, Jodie, gathered Maisie's views over three sessions in July 2026 by watching her play, offering her a choice of photographs and noting what she signed:",
            ("b", "Maisie signs 'more' and 'music' many times a day and heads straight for the shakers."),
            ("b", "From photographs, she picks the water tray and the slide as her favourite things."),
            ("b", "She covers her ears and turns away when the room gets noisy at tidy-up time."),
            ("b", "She laughs and signs 'again' during bubbles and peek-a-boo with her friends."),
            ("h", "What Maisie's family say"),
            ("q", "\"We want people to see Maisie first and her Down syndrome second. She is cheeky, determined and loves music. Right now we want her to tell us what she wants with signs and words, and to feed herself with a spoon. When she is older we want her to go to our local primary school with her cousins, have friends of her own and be as independent as she can be.\" (Leanne and Craig)"),
            ("h", "What Maisie is good at"),
            "Maisie is sociable and copies other children. She remembers routines and photographs well, uses pictures to make choices, walks on her own and knows the actions to six nursery rhymes.",
        ]),
        ("B", b_area(
            "Communication and interaction",
            "Maisie understands around 50 familiar words in everyday routines and follows simple instructions when an adult also points or signs. She uses about 15 signs and five spoken words.",
            "Her understanding of language is at about the level of an 18 to 20 month old child (speech and language therapy assessment, June 2026). Low muscle tone in her mouth makes her speech hard to understand, so she needs adults to sign and use pictures, and to give her time to answer.",
        ) + b_area(
            "Cognition and learning",
            "Maisie is working within the 16 to 26 months band of the Early Years Foundation Stage (EYFS). She completes three-piece puzzles and matches objects to photographs.",
            "She needs many repeats to learn a new skill and can attend to an adult-led activity for about two minutes.",
        ) + b_area(
            "Social, emotional and mental health",
            "Maisie is affectionate and plays alongside other children.",
            "When she has to stop something she enjoys, or the room is loud, she drops to the floor and can take ten minutes to settle.",
        ) + b_area(
            "Sensory and/or physical",
            "Maisie walks on her own and pushes a trike.",
            "Low muscle tone affects her balance, stamina and fine motor skills. She holds a crayon in her fist, cannot yet use a spoon without spilling and needs help with dressing and toileting (she is in nappies).",
        )),
        ("C", [
            ("b", "Low muscle tone (hypotonia), part of Down syndrome, affects her balance, stamina and walking on steps. She is seen by a paediatric physiotherapist."),
            ("b", "Glue ear (fluid behind the eardrum), which comes and goes. Her hearing was within the normal range when tested on 19 May 2026; it needs checking every six months because a change would affect her listening and speech."),
            "Her heart was repaired as a baby and she was discharged by cardiology in 2025. She has no other health needs relating to her special educational needs.",
        ]),
        ("D", [
            "Maisie is very well cared for at home. Helen Booth, Social Worker, Children's Social Work Service, completed a social care assessment on 2 July 2026 and found no social care needs arising from Maisie's special educational needs or disability. Short breaks were discussed; the family have decided not to apply for now.",
        ]),
        ("E", [
            "End of phase: the end of Reception (July 2028).",
        ] + e_outcome(
            "Outcome 1: Communication",
            "By July 2028, Maisie will use signs and words together to ask for what she wants, make choices and tell adults what she has done.",
            ["By September 2027, Maisie will use 40 different signs or words (about 20 now), counted on her key person's signing log.",
             "By March 2027, Maisie will turn when her name is called from across the room on four out of five tries, recorded weekly by her key person."],
        ) + e_outcome(
            "Outcome 2: Learning and feelings",
            "By July 2028, Maisie will join in group times such as story time, and move between activities calmly using pictures.",
            ["By September 2027, Maisie will stay with an adult-led activity for five minutes on four days out of five, recorded by her key person.",
             "By March 2027, Maisie will move from play to snack time using her 'now and next' board without dropping to the floor on four days out of five, recorded in the daily diary."],
        ) + e_outcome(
            "Outcome 3: Physical skills and independence",
            "By July 2028, Maisie will feed herself, help to put on her coat and join in PE with her class.",
            ["By September 2027, Maisie will feed herself a pot of yoghurt with a spoon, with spoken reminders only, on four days out of five (her family's wish), recorded by her key person.",
             "By March 2027, Maisie will walk up and down the four garden steps holding the rail, without an adult's hand, on four out of five tries, checked by her physiotherapist."],
        )),
        ("F", [
        ] + f_table("Communication and interaction", [
            ("Adults sign key words in Makaton alongside speech", "Every session", "Whole session", "All room staff", "Makaton Beginners course, completed by all room staff by December 2026"),
            ("Speech and language programme (sign-and-word games, shared books) written by the speech and language therapist (SALT)", "Daily", "15 minutes", "1:1", "Key person, shown the programme by the SALT"),
            ("Listening and turn-taking games", "Four times a week", "10 minutes", "1 adult to 3 children", "Level 3 early years practitioner"),
            ("Speech and Language Therapist, Integrated Children's Therapy Service, visits to assess Maisie, model the programme and update her targets", "Once each half-term (6 visits a year)", "1 hour", "Visit", "Specialist Speech and Language Therapist"),
        ]) + f_table("Cognition and learning; social, emotional and mental health", [
            ("Adult-led play using a 'first and then' picture board", "Daily", "10 minutes", "1:1", "Key person"),
            ("An adult takes Maisie to the quiet corner with her music toys at tidy-up time", "Daily", "10 minutes", "1:1", "Key person or room practitioner"),
            ("'Now and next' board and a sand timer giving a two-minute warning before each change of activity", "Every change of activity", "2 minutes", "1:1", "Key person or room practitioner"),
            ("Early Years Inclusion Teacher visits to model activities and review targets", "Twice a term (6 visits a year)", "1 hour", "Visit", "Qualified teacher specialising in early years SEND"),
        ]) + f_table("Physical and self-help", [
            ("A named practitioner with Maisie for all the time she attends, including snack, outdoor play and changing", "Five mornings a week", "15 hours a week", "1:1", "Level 3 early years practitioner trained in moving and handling"),
            ("Occupational therapy (OT) programme for spoon use and fine motor skills, written by the occupational therapist", "Daily at snack, plus three other sessions a week", "Snack time; 10 minutes", "1:1", "Key person, shown the programme by the occupational therapist"),
            ("Paediatric Occupational Therapist (Integrated Children's Therapy Service) visits to review the programme, seating and equipment", "Once a term", "1 hour", "Visit", "Paediatric Occupational Therapist"),
            ("Supportive chair with footrest, cut-away cup and angled spoon for snack and meals", "Every snack and meal", "-", "-", "Provided and checked each term by the occupational therapist"),
            ("Child-height handrail on the garden steps, fitted by 31 October 2026", "-", "-", "-", "Fitted and checked each term by the nursery's site manager"),
        ])),
        ("G", [
            ("b", "Paediatric Physiotherapist, Integrated Children's Therapy Service: assesses Maisie at nursery once each half-term (6 visits a year, 45 minutes each) and writes a programme for steps, balance and stamina, which her key person carries out for 10 minutes each day."),
            ("b", "Children's Audiology Service: hearing test in clinic every six months, with results sent to her parents, nursery and speech and language therapist."),
            "Health sign-off: the health provision in this section was agreed on 11 September 2026 by Joanne Pickles, the ICB's Designated Clinical Officer (the Integrated Care Board, or ICB, is the NHS body that plans local health services).",
        ]),
        ("H1", ["None at present. Short breaks were considered with the family (see Section D)."]),
        ("H2", ["None at present. The family have the details of the Early Help Hub should their circumstances change."]),
        ("I", ["Little Acorns Day Nursery, Holmebridge: a private, voluntary and independent (PVI) early years setting; five mornings a week (15 hours), term time."]),
        ("J", ["No personal budget has been requested."]),
        ("K", [
            ("t", ["Advice or information", "Given by", "Date"], [
                ("Parental advice", "Leanne and Craig (parents)", "26 June 2026"),
                ("Educational advice", "Jodie Barker (key person) and Sam Walsh (Special Educational Needs Co-ordinator, SENCo), Little Acorns Day Nursery", "30 June 2026"),
                ("Early years specialist teaching advice", "Ruth Hanley, Early Years Inclusion Teacher", "8 July 2026"),
                ("Psychological advice", "Dr Martin Cole, Educational Psychologist", "10 July 2026"),
                ("Medical advice", "Dr Aisha Rahman, Community Paediatrician", "1 July 2026"),
                ("Speech and language therapy advice", "Priya Nair, Speech and Language Therapist, Integrated Children's Therapy Service", "16 June 2026"),
                ("Physiotherapy and occupational therapy advice", "Gareth Lowe (Physiotherapist) and Nadia Brook (Occupational Therapist), Integrated Children's Therapy Service", "23 June 2026"),
                ("Hearing test report", "Children's Audiology Service (Clinical Scientist, Audiology)", "19 May 2026"),
                ("Social care advice", "Helen Booth, Social Worker, Children's Social Work Service", "2 July 2026"),
            ], [5.0, 8.5, 3.5]),
        ]),
    ],
    "closing": ["**Signed:** Andrea Lockwood, EHC Plan Co-ordinator, on behalf of Holmebridge Metropolitan Borough Council. **Date:** 18 September 2026"],
}

# =====================================================================================
# l104 - Dylan, 12, Year 7, ADHD + MLD + epilepsy - FAIL
#   HC-NEEDS-MET + HC-OUTCOMES (epilepsy in C, nothing in G or E)
#   CA-DATED + CA-ADVICE-AGE (three K items undated)
#   PC-ASPIRATION-LINK (chef / football / cooking course not in E)
#   PR-QUANTIFIED (precision teaching, handwriting rows incomplete)
# =====================================================================================
L104 = {
    "file": "l104.docx",
    "layout": "bold-statutory",
    "bullet": "-",
    "title": [COUNCIL, "EDUCATION, HEALTH AND CARE PLAN"],
    "front_style": "lines",
    "front": [
        ("Name", "Dylan"),
        ("Date of Birth", "withheld (anonymised)"),
        ("School Year", "Year 7"),
        ("School", "Holmebridge High School"),
        ("Date of Issue", "2 November 2026 (amended plan following the annual review held on 12 October 2026)"),
        ("Review Due", "October 2027"),
    ],
    "sections": [
        ("A", [
            ("h", "Dylan's views (from his annual review pupil voice sheet, completed with his key worker in September 2026)"),
            ("q", "\"I'm Dylan and I'm 12. I love football and I play in goal for Holmebridge Juniors under-13s. I like cooking with my nan - I make the best pancakes in our family. When I grow up I want to be a chef in a big restaurant, or a footballer. At school I like PE and food tech. I don't like reading out loud and I hate it when the work is too long. It helps when Miss Patel breaks my work into small bits and when I can move about.\""),
            ("h", "Mum's views (Stacey)"),
            ("q", "\"Dylan is funny, loyal and has a huge heart. He has settled into high school better than we feared. His epilepsy worries me because the seizures can be hard to spot - he just goes blank and fiddles with his sleeve - and I want staff to know what to do. I'd love him to do a cooking course at college one day, as it's the one thing he'll concentrate on for ages.\""),
            ("h", "Dylan's strengths"),
            ("b", "He keeps going in sport and is a reliable goalkeeper who encourages his team."),
            ("b", "He is a practical learner and does well in hands-on subjects such as food technology and design."),
            ("b", "He is kind to younger children and was a playground buddy in Year 6."),
            ("b", "He learns routines quickly once he has practised them."),
        ]),
        ("B", [
            "Dylan has moderate learning difficulties (MLD) and attention deficit hyperactivity disorder (ADHD).",
        ] + b_area(
            "Cognition and learning",
            "Dylan's reading age is 8 years 4 months (New Group Reading Test, September 2026) and he is working at about the level expected at the end of Year 4 in maths. He adds and subtracts three-digit numbers using a number line.",
            "He finds it hard to remember new vocabulary and methods with several steps, and slow reading holds him back in every subject. His handwriting is slow and hard to read, so he writes less than he knows.",
        ) + b_area(
            "Social, emotional and mental health (attention)",
            "Dylan was diagnosed with ADHD in 2022. With his medication he can focus for 10 minutes on a task he enjoys, and he responds well to praise.",
            "He loses focus after a few minutes in lessons with a lot of listening, calls out and leaves his seat. He often loses equipment and homework.",
        ) + b_area(
            "Communication and interaction",
            "Dylan chats easily with adults and classmates and is well liked.",
            "He struggles to follow long spoken instructions and to explain how he worked something out.",
        ) + b_area(
            "Sensory and/or physical",
            "Dylan has good gross motor skills and is strong and well co-ordinated in PE.",
            "His pencil grip is awkward and his hand tires after a few lines of writing.",
        )),
        ("C", [
            ("b", "Epilepsy: Dylan has focal seizures with impaired awareness. During a seizure he stares, does not respond and may pick at his clothes, for up to two minutes. He has had two or three seizures a month since May 2026. He has a seizure care plan and emergency medication (buccal midazolam) prescribed by his consultant. The Children's Epilepsy Nurse Specialist has advised that staff who work with Dylan need training in his care plan, and that he must not swim or climb without 1:1 supervision."),
            ("b", "ADHD: Dylan takes slow-release ADHD medication each morning at home. His height, weight, blood pressure and the effect of the medication are checked by the community paediatrician."),
        ]),
        ("D", [
            "Dylan lives with his mum, his stepdad and his two younger sisters. He is not open to a social worker. After a short breaks eligibility check by the Short Breaks Service on 15 September 2026, Dylan has a place at the Saturday youth club, which gives him time with friends his own age and gives his parents a break. No other social care needs were identified.",
        ]),
        ("E", [
            "These outcomes were agreed at the annual review on 12 October 2026. Dylan's end of phase is the end of Key Stage 3 (July 2029).",
        ] + e_outcome(
            "Reading and spelling",
            "By July 2029, Dylan will read and understand the texts used in his lessons, with a reading age of at least 10 years.",
            ["By October 2027, Dylan's reading age will rise from 8 years 4 months to at least 9 years 4 months on the New Group Reading Test.",
             "By July 2027, Dylan will read and spell 15 words from his subject word banks correctly, checked each half-term by his teaching assistant (TA)."],
        ) + e_outcome(
            "Maths",
            "By July 2029, Dylan will use addition, subtraction, multiplication and division to solve everyday money and measuring problems.",
            ["By October 2027, Dylan will recall his 2, 3, 4, 5 and 10 times tables with 90% accuracy in weekly checks by the maths TA."],
        ) + e_outcome(
            "Attention and organisation",
            "By July 2029, Dylan will organise himself for each school day using a checklist.",
            ["By July 2027, Dylan will bring the right equipment to 8 out of 10 lessons each week, recorded on his planner check.",
             "By July 2027, Dylan will stay on task for 15 minutes in English and maths lessons in 4 out of 5 observations by the SENCo (Special Educational Needs Co-ordinator)."],
        ) + e_outcome(
            "Recording his work",
            "By July 2029, Dylan will record his ideas in writing or on a laptop at the same length as his classmates.",
            ["By July 2027, Dylan will type a paragraph of 80 words in 10 minutes on his laptop, checked termly by his English teacher.",
            ],
        ) + e_outcome(
            "Understanding instructions",
            "By July 2029, Dylan will follow spoken instructions in lessons and explain how he worked something out.",
            ["By July 2027, Dylan will follow a three-step spoken instruction in class without asking for it to be repeated in 4 out of 5 lessons, recorded by his TA."],
        )),
        ("F", [
            "Holmebridge High School will make the provision below.",
        ] + f_table("Cognition and learning", [
            ("Precision teaching for reading and spelling of subject words", "Daily", "", "", "School staff"),
            ("Reading intervention: structured phonics catch-up programme", "Three times a week", "30 minutes", "1:3", "Higher Level Teaching Assistant (HLTA) trained in the programme"),
            ("Maths catch-up group: number facts, times tables and money", "Twice a week", "25 minutes", "1:4", "Maths TA, supervised by the maths teacher"),
            ("Visit from the Specialist Teacher, Learning Support Service, to assess Dylan's progress and advise staff", "Once a term", "1.5 hours", "Not applicable (visit)", "Qualified teacher with a postgraduate qualification in learning difficulties"),
        ]) + f_table("Social, emotional and mental health (attention)", [
            ("Movement breaks and a 'now and next' task list on his desk", "Every lesson", "2 minutes per break, once or twice a lesson", "Not applicable", "Subject teachers, briefed by the SENCo each September"),
            ("Morning organisation check: planner, equipment and timetable", "Daily, 8.40am", "10 minutes", "1:1", "Key worker (TA)"),
            ("In-class support in English, maths and science", "12 lessons a week", "Whole lesson", "1 TA shared between Dylan and 3 other pupils", "TA trained in ADHD strategies by the SENCo"),
        ]) + f_table("Communication and interaction", [
            ("Instructions broken into steps and written on the board; key vocabulary taught before each new topic", "Every lesson; vocabulary session weekly", "Vocabulary session 20 minutes", "Vocabulary session 1:4", "Subject teachers; TA for the vocabulary session"),
        ]) + f_table("Sensory and/or physical", [
            ("Handwriting programme", "Three times a week", "", "", "TA"),
            ("Laptop with word-prediction software for any written work longer than a paragraph, set up and updated by the school's IT technician", "Every lesson with extended writing", "Not applicable", "Not applicable", "IT technician maintains the laptop; TA teaches Dylan to use it"),
        ])),
        ("G", [
            ("b", "Community Paediatrician (Dr Ben Okafor): reviews Dylan's ADHD medication, height, weight and blood pressure every six months in clinic, and writes to school after each review with any changes."),
            "The health provision above was agreed by Lisa Crowther, the ICB's Designated Clinical Officer (DCO), on 28 October 2026. (ICB: Integrated Care Board, the NHS body that plans local health services.)",
        ]),
        ("H1", [
            ("b", "Short Breaks Service, Saturday youth club at the Lowfield Centre: every other Saturday, 10am to 3pm, in term time and school holidays (26 sessions a year), staffed at one worker to three young people."),
        ]),
        ("H2", ["No other social care provision is needed. Early help was discussed with Dylan's mum on 12 October 2026 and she did not feel it was needed."]),
        ("I", ["Holmebridge High School: mainstream secondary academy (11 to 16)."]),
        ("J", ["No personal budget has been requested."]),
        ("K", [
            ("b", "Dylan's views (pupil voice sheet), completed with his key worker, 22 September 2026"),
            ("b", "Parental views - Stacey (mother)"),
            ("b", "Annual review report - Holmebridge High School, Mrs Patel (SENCo)"),
            ("b", "Psychological advice - Holmebridge Educational Psychology Service"),
            ("b", "Specialist teacher advice - Mr Iqbal, Specialist Teacher, Learning Support Service, 1 October 2026"),
            ("b", "Medical advice - Dr Ben Okafor, Community Paediatrician, 30 September 2026"),
            ("b", "Epilepsy advice - Gemma Hirst, Children's Epilepsy Nurse Specialist, 5 October 2026"),
            ("b", "Social care advice - Kerry Moss, Short Breaks Co-ordinator, Short Breaks Service, 15 September 2026"),
        ]),
    ],
    "closing": ["Issued on behalf of Holmebridge Metropolitan Borough Council by Ian Greaves, EHC Plan Co-ordinator, 2 November 2026."],
}

# =====================================================================================
# l107 - Jordan, 14, Year 9 (2024/25), SEMH + literacy, on a CP plan - FAIL
#   SC-STATUTORY-LINK + SC-ADVICE + CA-STATUTORY-ADVICE + SC-PROVISION-SPECIFIC
#   PC-STRENGTHS (deficit-only A and B)
#   CA-ANNUAL-REVIEW (issued June 2025, review due June 2026, no later review)
#   PR-OUTCOME-LINK (literacy need and outcome, no literacy provision in F)
# =====================================================================================
L107 = {
    "file": "l107.docx",
    "layout": "bold-statutory",
    "bullet": "o",
    "title": [COUNCIL, "EDUCATION, HEALTH AND CARE (EHC) PLAN"],
    "front_style": "lines",
    "front": [
        ("Young person", "Jordan"),
        ("Date of Birth", "withheld"),
        ("School Year", "Year 9 (2024/25)"),
        ("School", "Ridgeway Academy, with two days a week at The Bridge Centre (alternative provision)"),
        ("Date of Issue", "9 June 2025"),
        ("Review Due", "June 2026"),
    ],
    "sections": [
        ("A", [
            ("h", "Jordan's views (talked through with his learning mentor at The Bridge Centre, May 2025)"),
            ("q", "\"I don't like school. Teachers are always on at me and I get sent out. I'm better at The Bridge because it's small and they don't shout. I want to be a mechanic and work on cars like my uncle. I'd like to do an engineering course at college.\""),
            ("h", "Mum's views (Donna)"),
            ("q", "\"Jordan has been excluded four times this year. He's angry a lot of the time and won't get up for school. He doesn't listen to me and he's started staying out late. He can't read properly and it makes him kick off. I want him to stay in school and get some qualifications so he can get a job.\""),
        ]),
        ("B", [
            "Jordan has social, emotional and mental health (SEMH) needs and difficulties with reading and writing.",
        ] + b_area(
            "Social, emotional and mental health",
            "Jordan has had four suspensions this year for verbal aggression and walking out of lessons. His attendance is 71%. He becomes angry quickly when challenged and refuses to follow instructions.",
            "Jordan has experienced significant disruption at home. He finds it hard to trust adults, to manage his anger and to stay in lessons. Low mood and poor sleep mean he is often late and tired.",
        ) + b_area(
            "Cognition and learning",
            "Jordan's reading age is 9 years 2 months (he is 14). His spelling is weak and he avoids writing. He is working below age-related expectations in English, maths and science.",
            "Jordan cannot read most of his textbooks and worksheets on his own. He refuses to read aloud and becomes disruptive when asked to write.",
        ) + b_area(
            "Communication and interaction",
            "Jordan gives short answers to adults and often says 'don't know'. He can be rude to staff.",
            "He misreads other people's tone and assumes he is being criticised.",
        ) + [
            ("h", "Sensory and/or physical"),
            "No needs identified.",
        ]),
        ("C", [
            "Jordan was referred to the Child and Adolescent Mental Health Service (CAMHS) by his GP (family doctor) in January 2025 because of low mood, anger and poor sleep. CAMHS assessed him on 3 March 2025 and found moderate low mood and anxiety. He has no other health needs.",
        ]),
        ("D", [
            "Jordan lives with his mum and two younger sisters, aged 6 and 9. He has been subject to a child protection plan since February 2025 under the category of neglect, and has an allocated social worker in the Children's Social Work Service. Jordan often looks after his sisters in the evenings.",
        ]),
        ("E", [
            "Outcomes agreed at the planning meeting on 22 May 2025. Jordan's end of phase is the end of Key Stage 4 (July 2027); the short-term targets run to June 2026.",
        ] + e_outcome(
            "Work and college (preparing for adulthood - employment)",
            "By July 2027, Jordan will have a place on a Level 1 motor vehicle course at college.",
            ["By June 2026, Jordan will complete a one-week work taster at a local garage, attending all five days, and visit the motor vehicle department at Holmebridge College."],
        ) + e_outcome(
            "Managing feelings and behaviour",
            "By July 2027, Jordan will stay in his lessons and manage his anger using strategies he has chosen.",
            ["By June 2026, Jordan will reduce removals from lessons from an average of 3 a week to no more than 1 a week, recorded on the school's behaviour system.",
             "By June 2026, Jordan's attendance will rise from 71% to 90%, measured by the school register."],
        ) + e_outcome(
            "Reading",
            "By July 2027, Jordan will read and understand the texts he needs for a college course and everyday life, such as bus timetables and forms.",
            ["By June 2026, Jordan's reading age will rise from 9 years 2 months to 10 years 6 months on the school's standardised reading test."],
        ) + e_outcome(
            "Independence and health (preparing for adulthood - independent living and good health)",
            "By July 2027, Jordan will travel on his own and look after his own sleep and wellbeing.",
            ["By June 2026, Jordan will travel to The Bridge Centre on his own by bus on both of his days there, recorded on the Centre's register.",
             "By June 2026, Jordan will be in bed by 11pm on 4 out of 5 school nights, recorded in his sleep diary and checked weekly by his learning mentor."],
        )),
        ("F", f_table("Social, emotional and mental health", [
            ("Placement at The Bridge Centre (small-group alternative provision) for vocational learning in motor vehicle maintenance and personal development", "Tuesdays and Thursdays", "9am to 3pm", "1:6", "Qualified teacher and vocational tutor"),
            ("Learning mentor session to review his week, his anger 'thermometer', his calm-down plan and his sleep diary", "Weekly", "45 minutes", "1:1", "Learning mentor trained in trauma-informed practice"),
            ("Key adult at Ridgeway Academy meets Jordan at the gate and checks in with him", "The 3 days a week he attends Ridgeway", "10 minutes", "1:1", "Pastoral Manager"),
            ("Time-out card: Jordan can go to the Student Support Base for 10 minutes when he feels angry, and then returns to the lesson", "Whenever he shows the card", "10 minutes", "1:1 with the Student Support Base worker", "Student Support Base staff"),
            ("Anger management group", "Weekly for 12 weeks (autumn term 2025)", "1 hour", "Group of 4", "Pastoral Manager trained in the school's anger management programme"),
        ]) + f_table("Communication and interaction", [
            ("Adults use calm, clear language and give instructions and corrections privately, not in front of other students", "Every lesson", "Not applicable", "Not applicable", "All staff, briefed by the SENCo (Special Educational Needs Co-ordinator) each term"),
        ]) + f_table("Preparing for adulthood", [
            ("Careers guidance interviews", "Once a term", "45 minutes", "1:1", "Careers Adviser with a Level 6 careers guidance qualification"),
            ("Work taster at a local garage, arranged and risk-assessed by the Bridge Centre's work-related learning co-ordinator", "One week, summer term 2026", "5 days", "1:1 with the garage supervisor", "Work-related learning co-ordinator"),
            ("Travel training: the trainer travels with Jordan by bus, then follows him, then he travels alone", "Twice a week for 6 weeks", "The length of the journey", "1:1", "Travel trainer, Holmebridge Independent Travel Training Team"),
        ])),
        ("G", [
            ("b", "CAMHS Getting Help Team: 10 sessions of 1:1 cognitive behavioural therapy (CBT, a talking therapy that helps people change unhelpful thoughts and habits) with a CAMHS Mental Health Practitioner, weekly for 50 minutes at The Bridge Centre, from June 2025."),
            ("b", "The same practitioner will meet Jordan's learning mentor once a month for 30 minutes during the course to share strategies."),
            "This health provision was agreed by Mark Ellison, the ICB's Designated Clinical Officer, on 4 June 2025. (ICB: Integrated Care Board.)",
        ]),
        ("H1", ["None."]),
        ("H2", ["None."]),
        ("I", [
            "Ridgeway Academy: mainstream secondary academy (11 to 16), Mondays, Wednesdays and Fridays.",
            "The Bridge Centre: registered alternative provision, commissioned by Ridgeway Academy, Tuesdays and Thursdays.",
        ]),
        ("J", ["No personal budget has been requested."]),
        ("K", [
            ("b", "Jordan's views - recorded by Dean Walker, Learning Mentor, The Bridge Centre - 16 May 2025"),
            ("b", "Parental advice - Donna (mother) - 2 May 2025"),
            ("b", "Educational advice - Mrs Claire Ashworth, SENCo, Ridgeway Academy - 28 April 2025"),
            ("b", "Alternative provision report - Dean Walker, The Bridge Centre - 16 May 2025"),
            ("b", "Psychological advice - Dr Imran Qureshi, Educational Psychologist - 7 May 2025"),
            ("b", "Medical advice - Dr Nina Patel, Community Paediatrician - 22 April 2025"),
            ("b", "CAMHS advice - Laura Hinchliffe, CAMHS Mental Health Practitioner - 14 April 2025"),
            ("b", "Preparing for adulthood advice - Sam Akhtar, Careers Adviser - 12 May 2025"),
        ]),
    ],
    "closing": ["Issued on behalf of Holmebridge Metropolitan Borough Council by Ian Greaves, EHC Plan Co-ordinator, 9 June 2025."],
}

# =====================================================================================
# l110 - Tom, 14, Year 9, ADHD + dyslexia + type 1 diabetes - SOUND
# =====================================================================================
L110 = {
    "file": "l110.docx",
    "layout": "bold-statutory",
    "bullet": "•",
    "font": "Verdana",
    "title": [COUNCIL, "Education, Health and Care Plan"],
    "front_style": "table",
    "front": [
        ("Name", "Tom"),
        ("Date of Birth", "Withheld (anonymised)"),
        ("School Year", "Year 9"),
        ("Phase", "Secondary (Key Stage 3)"),
        ("School", "Calder View School"),
        ("Date of Issue", "27 February 2026"),
        ("Review Due", "February 2027"),
        ("Plan status", "Final"),
    ],
    "sections": [
        ("A", [
            ("h", "WHAT I WANT YOU TO KNOW ABOUT ME (Tom's own words, written with his form tutor in January 2026)"),
            ("q", "\"I'm Tom. I'm 14 and I play rugby league for Holmebridge Hawks under-15s. I like fixing things - I rewired the lights on my bike with my granddad, who was an electrician. I want to be an electrician too and do an apprenticeship after Year 11. I find reading hard and my writing is messy, and I get told off for fidgeting. What helps: sitting near the front, having instructions written down and being allowed to type. I know how to use my insulin pump, but sometimes I forget to check my levels when I'm busy with my mates.\""),
            ("h", "WHAT TOM'S PARENTS SAY (Nicola and Gary)"),
            ("q", "\"Tom is kind, funny and practical - if something is broken, he'll fix it. He's a great team player and a loyal friend. We worry that his reading and his attention difficulties will hold him back in his exams. We want him to get the qualifications for an electrical apprenticeship, to manage his diabetes himself by the time he leaves school, and to live independently one day.\""),
            ("h", "TOM'S STRENGTHS"),
            ("b", "Practical and mechanical: he understands how things work."),
            ("b", "A committed team player who never gives up."),
            ("b", "He explains his ideas well out loud and knows his diabetes routine."),
        ]),
        ("B", b_area(
            "Cognition and learning",
            "Tom has dyslexia (a specific learning difficulty that affects reading and spelling), assessed by the Specialist Teacher, Learning Support Service, in October 2025. His reading age is 10 years 6 months. His verbal reasoning is above average.",
            "Reading textbooks and exam papers is slow and tiring, and his written work does not show what he knows.",
        ) + b_area(
            "Social, emotional and mental health (attention)",
            "Tom has attention deficit hyperactivity disorder (ADHD), diagnosed in 2021. He concentrates well in practical lessons and on the pitch.",
            "In lessons with a lot of listening Tom becomes restless and loses track; he had 14 behaviour points last term, mostly for talking and leaving his seat. He often forgets homework and equipment.",
        ) + b_area(
            "Sensory and/or physical",
            "Tom has no difficulty walking, running or with co-ordination; he is a strong, fit athlete.",
            "His handwriting is slow and hard to read (see Cognition and learning). For his diabetes, see Section C.",
        ) + [
            ("h", "Communication and interaction"),
            "Tom communicates well with adults and with other young people. He has no special educational needs in this area.",
        ]),
        ("C", [
            "Tom has type 1 diabetes, diagnosed when he was eight. He uses an insulin pump and a continuous glucose monitor (a sensor on his arm that sends his blood sugar readings to his phone). He must count the carbohydrate in his food, respond to high and low blood sugar and carry his hypo kit (sugary snacks for low blood sugar) at all times. Low blood sugar affects his concentration and he may need to stop work for 15 to 20 minutes. His individual healthcare plan (IHCP) was updated by the Paediatric Diabetes Specialist Nurse in January 2026.",
            "Tom's ADHD was diagnosed by the community paediatrician, who reviews his medication (taken at home before school) every six months.",
        ]),
        ("D", [
            "Tom lives with his mum, dad and older sister. The family are not known to the Children's Social Work Service, which wrote on 5 January 2026 that it had checked its records, spoken with Tom's parents and found no social care needs relating to Tom's special educational needs or disability. Tom's parents were given information about the Short Breaks Service and the Early Help Hub and said they do not need either at present.",
        ]),
        ("E", [
            "Tom's end of phase is the end of Key Stage 4 (July 2028). Short-term targets run to his annual review in February 2027. Outcomes 1, 4 and 5 are preparing for adulthood (PfA) outcomes.",
        ] + e_outcome(
            "1. Towards an electrical apprenticeship (PfA - employment)",
            "By July 2028, Tom will have the GCSE (General Certificate of Secondary Education) grades, including English and maths at grade 4 or above, and the work experience he needs to start an electrical installation apprenticeship or college course.",
            ["By February 2027, Tom will complete a one-week work-experience placement with an electrical contractor and receive a supervisor's report rating his attendance and attitude as 'good' or better."],
        ) + e_outcome(
            "2. Reading and writing",
            "By July 2028, Tom will read exam papers and textbooks using assistive technology and write extended answers by typing or dictation.",
            ["By February 2027, Tom's reading age will rise from 10 years 6 months to at least 11 years 6 months on a standardised reading test, and he will use dictation for answers longer than a paragraph in 4 out of 5 written tasks, checked by his English teacher."],
        ) + e_outcome(
            "3. Attention and organisation",
            "By July 2028, Tom will organise his own school day and revision using a planner app.",
            ["By February 2027, Tom's behaviour points for talking and leaving his seat will fall from 14 a term to 5 or fewer, and he will bring the right kit on 9 out of 10 days, checked at registration."],
        ) + e_outcome(
            "4. Managing his diabetes (PfA - good health)",
            "By July 2028, Tom will manage his diabetes on his own at school, on trips and at work experience.",
            ["By February 2027, Tom will check his glucose and enter his carbohydrates into his pump before lunch on every school day without a reminder, confirmed by the pump download reviewed by his diabetes nurse."],
        ) + e_outcome(
            "5. Getting about on his own (PfA - independent living and community)",
            "By July 2028, Tom will travel independently to school, training and work experience.",
            ["By February 2027, Tom will travel by bus on his own to rugby training twice a week, carrying his hypo kit, confirmed by his parents at the review."],
        )),
        ("F", f_table("Cognition and learning", [
            ("Structured, multi-sensory literacy programme (reading and spelling)", "Three times a week", "30 minutes", "1:1", "Higher Level Teaching Assistant (HLTA) trained by the Specialist Teacher"),
            ("Specialist Teacher (Learning Support Service) visit to assess progress, update the programme and coach the HLTA", "Once a term (3 visits a year)", "1.5 hours", "Not applicable (visit)", "Qualified teacher with a postgraduate qualification in specific learning difficulties"),
            ("School laptop with text-to-speech and dictation software for every lesson with reading or extended writing; the school's network manager installs and updates the software", "Every lesson", "Not applicable", "Not applicable", "Tom taught to use it by the HLTA in 3 sessions of 30 minutes in March 2026"),
            ("Exam access arrangements: a reader (or computer reader) and 25% extra time in all tests, mock exams and GCSE exams. The school's Examinations Officer completes the application to the exam boards.", "All tests and exams", "Not applicable", "Not applicable", "Examinations Officer; readers trained by the SENCo (Special Educational Needs Co-ordinator)"),
        ]) + f_table("Social, emotional and mental health (attention)", [
            ("Seat near the front, instructions written on the board and a task checklist on his desk", "Every lesson", "Not applicable", "Not applicable", "All teaching staff, briefed by the SENCo each term"),
            ("Morning check-in: planner, kit and homework", "Daily at 8.40am", "10 minutes", "1:1", "Form tutor"),
            ("ADHD coaching: goal setting and organisation skills", "Weekly", "30 minutes", "1:1", "Learning mentor trained in ADHD coaching"),
        ]) + f_table("Preparing for adulthood", [
            ("May 2026 onwards: careers guidance meetings to plan his options, apprenticeships and work experience", "Once each half-term", "30 minutes", "1:1", "Careers Adviser (Level 6 Diploma in Careers Guidance)"),
            ("Work-experience placement with an electrical contractor, arranged by the Work Experience Co-ordinator, with a risk assessment that covers his diabetes", "One week in the autumn term 2026", "5 days", "1:1 with the workplace supervisor", "Work Experience Co-ordinator"),
            ("Travel training for the bus journey to rugby training", "Twice a week for 4 weeks", "The length of the journey", "1:1, then shadowing", "Travel trainer, Holmebridge Independent Travel Training Team"),
        ])),
        ("G", [
            ("b", "Paediatric Diabetes Specialist Nurse, Children's Diabetes Team: trains named school staff in Tom's IHCP, pump and hypo management (2 hours each September and when named staff change) and reviews the IHCP with Tom, his parents and the school every September."),
            ("b", "Children's Diabetes Team clinic: review every three months, including a pump download."),
            ("b", "Community Paediatrician (Dr Omar Farooq): ADHD medication review every six months in clinic, with a letter to school after each review."),
            "**Health sign-off:** the ICB's Designated Clinical Officer, Mark Ellison, reviewed Section G and agreed this health provision on 19 February 2026. (ICB: Integrated Care Board, the NHS body responsible for local health services.)",
        ]),
        ("H1", ["Not required: there are no social care needs (see Section D)."]),
        ("H2", ["Not required (see Section D). Short breaks and early help were both considered and are not needed."]),
        ("I", ["Calder View School, Holmebridge: mainstream secondary academy (11 to 16)."]),
        ("J", ["No personal budget has been requested."]),
        ("K", [
            ("b", "Tom's views - written with Mr Lees, form tutor - 21 January 2026"),
            ("b", "Parents' advice - Nicola and Gary - 16 January 2026"),
            ("b", "Educational advice - Mrs Kaur, SENCo, Calder View School - 23 January 2026"),
            ("b", "Specialist teaching advice - Mr Iqbal, Specialist Teacher, Learning Support Service - 20 October 2025"),
            ("b", "Psychological advice - Dr Sophie Grant, Educational Psychologist - 28 January 2026"),
            ("b", "Medical advice - Dr Omar Farooq, Community Paediatrician - 12 January 2026"),
            ("b", "Diabetes advice - Karen Holt, Paediatric Diabetes Specialist Nurse, Children's Diabetes Team - 14 January 2026"),
            ("b", "Social care advice - Ruth Gill, Senior Practitioner, Children's Social Work Service (Duty Team) - 5 January 2026"),
            ("b", "Preparing for adulthood advice - Sam Akhtar, Careers Adviser - 26 January 2026"),
        ]),
    ],
    "closing": ["Signed for Holmebridge Metropolitan Borough Council: Andrea Lockwood, EHC Plan Co-ordinator, 27 February 2026."],
}

PLANS = [L101, L104, L107, L110]
