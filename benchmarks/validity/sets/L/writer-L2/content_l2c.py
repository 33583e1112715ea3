# -*- coding: utf-8 -*-
"""Plans l209-l212 (set L2). Fictional, anonymised."""

H1T = "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970"

# ============================================================================ l209
# shaded-heading-table, FAILING. Tyler, 11, Year 7, ADHD + SEMH, child protection plan.
L209 = {
    "file": "l209.docx",
    "layout": "shaded-heading-table",
    "heading_fill": "385623",
    "heading_text": "FFFFFF",
    "sub_color": "385623",
    "table_fill": "E2EFDA",
    "front_fill": "E2EFDA",
    "age": 11,
    "year_group": "Year 7",
    "needs": ["ADHD", "SEMH"],
    "voice": "child's own words; parent's views",
    "title": "Education, Health and Care Plan (EHCP) - Southcliff County Council",
    "subtitle": "Amended plan for transfer to secondary school",
    "front": [
        ("Name", "Tyler"),
        ("Age", "11"),
        ("Year Group", "Year 7 (moved from Year 6 in September 2026)"),
        ("School", "Cliffe Academy, Westbay"),
        ("Date EHCP issued", "12/02/2026"),
        ("Reviewed on", "19/01/2026 (Year 6 annual review)"),
    ],
    "sections": [
        ("A", "Section A - Tyler's views, interests and aspirations", [
            ("h", "What Tyler says"),
            ("p", "Tyler talked to his Year 6 teacher about his plan in January 2026. These are his words:"),
            ("q", "\"I'm good at BMX. I can do a bunny hop and a manual, and I can fix my bike myself when the chain comes off.\""),
            ("q", "\"I like science when we do experiments. I don't like writing loads.\""),
            ("q", "\"Sitting still for ages makes me fidgety and then I get told off. It helps when I can get up and do a job.\""),
            ("q", "\"I'm worried about getting lost at Cliffe and getting detentions.\""),
            ("q", "\"When I'm older I want to be a BMX rider or a scientist.\""),
            ("h", "What Tyler's mum says"),
            ("p", "Tyler's mum says he is funny, generous and brilliant with his little brother. He is great at anything practical and will spend hours taking things apart and putting them back together. She knows mornings at home are hard. She hopes Tyler will get a fresh start at Cliffe Academy, stay out of trouble, make good friends and go on to college to study engineering."),
        ]),
        ("B", "Section B - Special educational needs", [
            ("h", "Social, emotional and mental health"),
            ("p", "Tyler has attention deficit hyperactivity disorder (ADHD). He is impulsive and finds it hard to wait, to sit still and to follow rules in less structured times. When he feels told off or embarrassed he can become angry and walk out of lessons. He had two fixed-term suspensions in Year 6. Tyler also has anxiety and low self-esteem; he often says he is 'thick' and 'always in trouble'. He responds well to praise, practical jobs and a trusted adult."),
            ("h", "Cognition and learning"),
            ("p", "Tyler reads well: he reached the expected standard in reading at the end of Key Stage 2. He can stay on an independent task for about 5 minutes. His written work is short and untidy, and he is working towards the expected standard in writing and in maths, mainly because of gaps from missed learning. He is good at practical science and design work."),
            ("h", "Communication and interaction"),
            ("p", "Tyler is chatty and sociable. He sometimes talks over others and misreads jokes as being about him, which can lead to arguments."),
        ]),
        ("C", "Section C - Health needs", [
            ("p", "Tyler's ADHD was diagnosed by the community paediatrician in 2024. He takes methylphenidate (a stimulant medicine for ADHD) each morning, which helps his concentration. It reduces his appetite at lunchtime, and his dose, growth and side effects need to be reviewed by the paediatrician."),
            ("p", "Tyler also has anxiety and low mood. He was referred to the Mental Health Support Team in Schools (MHST) in December 2025."),
        ]),
        ("D", "Section D - Social care needs", [
            ("p", "Tyler and his younger brother have been subject to child protection plans since May 2025, under the category of neglect. Tyler lives with his mum and his brother in Westbay. His mum has told us that mornings are difficult: Tyler often arrives at school late and without breakfast, and after school he sometimes looks after his brother until his mum gets home from work."),
        ]),
        ("E", "Section E - Outcomes", [
            ("num", [
                "By the end of Year 7, Tyler will be happier and more settled in school.",
                "By the end of Year 7, Tyler will work on an independent task for 15 minutes without leaving his seat, using his planned movement breaks, in 4 out of 5 lessons, recorded by his key worker on a weekly tracker.",
                "By Easter 2027, Tyler will use his time-out card instead of walking out of a lesson on 9 out of 10 occasions, recorded by the Inclusion Lead.",
                "By the summer term 2027, Tyler will write a science investigation report of at least 150 words using a writing frame, in 3 out of 4 practicals, marked by his science teacher.",
                "By Christmas 2026, Tyler will attend the lunchtime bike maintenance club on at least 8 of the 12 Fridays in the autumn term, recorded by the club leader.",
                "By the end of Year 7, Tyler will have no suspensions and fewer than 3 behaviour points a week on average each half term, recorded on the academy's behaviour system.",
            ]),
        ]),
        ("F", "Section F - Special educational provision", [
            ("table", ["Provision", "How much", "Who"], [
                ("span", "Social, emotional and mental health"),
                ["Key worker check-in at breakfast club, to plan the day and check equipment", "Daily, 10 minutes, 8.30am", "Learning Mentor (named key worker)"],
                ["Emotional literacy sessions on anger, self-esteem and worry", "1:1, 30 minutes weekly, in two blocks of 10 weeks a year", "Emotional Literacy Support Assistant (ELSA)"],
                ["Time-out card: Tyler can go to the Inclusion Room for a maximum of 10 minutes, then return with an adult", "Every lesson", "Card issued and monitored by the Inclusion Lead"],
                ["Praise and a practical classroom job (for example handing out equipment) in every lesson; all staff briefed on Tyler's one-page profile", "Every lesson; profile shared each half term", "Class teachers, briefed by the Special Educational Needs Co-ordinator (SENCo)"],
                ["Bike maintenance club", "Fridays at lunchtime, 40 minutes, group of 8", "Design and Technology technician"],
                ("span", "Attention and learning"),
                ["Planned movement breaks", "A 2-minute movement break every 20 minutes in lessons, using a break card", "All teachers, agreed by the SENCo"],
                ["Writing: writing frames and a catch-up literacy group", "3 sessions p/w, 30 minutes, group of 4 (1:4)", "Teaching assistant (TA) trained in the catch-up literacy programme"],
                ["Maths catch-up group", "20 mins x 3 weekly, group of 6 (1:6)", "Higher Level Teaching Assistant, maths"],
                ["Seat near the front and the door, with a fidget tool", "Every lesson", "Class teachers; fidget tools provided by the SENCo"],
                ("span", "Transition"),
                ["Extra visits to Cliffe Academy with his Year 6 TA, including a map and photographs of key rooms", "5 visits of 1 hour in the summer term 2026", "Year 6 TA and Cliffe Academy SENCo"],
            ], None),
        ]),
        ("G", "Section G - Health provision", [
            ("p", "Mental Health Support Team in Schools: support for Tyler's anxiety as needed."),
            ("p", "Health provision agreed by the Designated Clinical Officer (DCO), Dr Lena Brooks, 05/02/2026."),
        ]),
        ("H1", H1T.replace("Section H1: ", "Section H1 - "), [
            ("p", "None."),
        ]),
        ("H2", "Section H2 - Other social care provision", [
            ("p", "None."),
        ]),
        ("I", "Section I - Placement", [
            ("p", "Cliffe Academy, Westbay (mainstream secondary academy), from September 2026."),
        ]),
        ("J", "Section J - Personal budget", [
            ("p", "No personal budget has been requested."),
        ]),
        ("K", "Section K - Advice and information", [
            ("table", ["Advice", "From", "Date"], [
                ["Tyler's views", "Tyler, with Mr Ford, Year 6 teacher", "12/01/2026"],
                ["Parent's views", "Tyler's mum", "14/01/2026"],
                ["Educational advice", "Mr Ford, Class Teacher, and Mrs Okoye, SENCo, Westbay Juniors", "09/01/2026"],
                ["Educational psychology advice", "Dr Sian Lloyd, Educational Psychologist", "28/11/2025"],
                ["Medical advice", "Dr Ruth Adeyemi, Community Paediatrician", "05/12/2025"],
                ["Health advice", "Mental Health Practitioner, Mental Health Support Team in Schools", "16/12/2025"],
                ["Secondary transition information", "Mr Daly, SENCo, Cliffe Academy", "15/01/2026"],
            ], None),
        ]),
    ],
    "fail": ["SC-STATUTORY-LINK", "SC-ADVICE", "SC-PROVISION-SPECIFIC", "CA-STATUTORY-ADVICE",
             "PC-SMART", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET"],
    "na": ["PC-PFA", "HC-THERAPY-PLACEMENT"],
    "why": {
        "SC-STATUTORY-LINK": "D: 'Tyler and his younger brother have been subject to child protection plans since May 2025, under the category of neglect.' - H1 'None.', H2 'None.', no social worker's contribution, no reference to the child protection plan anywhere else, no social care advice in K.",
        "SC-ADVICE": "K lists no social care advice at all, although Tyler is on a child protection plan.",
        "SC-PROVISION-SPECIFIC": "H1 'None.' and H2 'None.' - no social care provision and no statement that short breaks or early help were considered.",
        "CA-STATUTORY-ADVICE": "Social care advice (reg 6) is missing from K.",
        "PC-SMART": "E1: 'By the end of Year 7, Tyler will be happier and more settled in school.' - not measurable.",
        "HC-PROVISION-SPECIFIC": "G: 'Mental Health Support Team in Schools: support for Tyler's anxiety as needed.' - no what, how often or how long.",
        "HC-NEEDS-MET": "C: 'his dose, growth and side effects need to be reviewed by the paediatrician' - G has no paediatric review of his ADHD medication.",
        "SC-NEEDS": "Pass: D describes needs ('Tyler often arrives at school late and without breakfast, and after school he sometimes looks after his brother').",
        "PC-OUTCOME-NOT-PROVISION": "Pass: all outcomes describe what Tyler will do; E1 fails SMART only.",
        "HC-DCO-SIGNOFF": "Pass: 'Health provision agreed by the Designated Clinical Officer (DCO), Dr Lena Brooks, 05/02/2026.'",
        "CA-ANNUAL-REVIEW": "Pass: 'Date EHCP issued 12/02/2026' is within 12 months of 2026-12-01.",
        "PR-VAGUE-WORDING": "Pass: F is firm; 'as needed' is in G (graded under HC-PROVISION-SPECIFIC).",
    },
}

# ============================================================================ l210
# heading2-numbered, FAILING. Amara, 19, post-19 specialist college, vision impairment.
L210 = {
    "file": "l210.docx",
    "layout": "heading2-numbered",
    "age": 19,
    "year_group": "Post-19",
    "needs": ["vision impairment", "MLD"],
    "voice": "first person (young person's own words); parent's views",
    "title": "Education, Health and Care Plan (EHCP)",
    "subtitle": "Southcliff County Council - Special Educational Needs and Disabilities (SEND) Service, Post-16 and Post-19 Team",
    "front": [
        ("Name", "Amara"),
        ("Age", "19"),
        ("Year Group", "Post-19 (second year of a three-year programme)"),
        ("College", "Seacroft College (specialist college for young people with vision impairment), day student"),
        ("Date EHCP issued", "18/11/2024 (amended after annual review)"),
        ("Reviewed on", "15/10/2024"),
    ],
    "sections": [
        ("A", "Section A: Amara's views, interests and aspirations", [
            ("h", "A1 In my own words"),
            ("p", "\"My name is Amara and I'm 19. I'm blind - I can tell light from dark but that's all. I read Braille and I use a screen reader on my laptop. I love music and radio, and I present a ten-minute slot on the college radio station every Friday.\""),
            ("p", "\"I'm good at remembering routes once I've learned them, and I'm good with people. I want to work in a café or in radio. I want to live in a shared house with my friends one day and get about on my own without my mum taking me everywhere.\""),
            ("h", "A2 What Amara's mum says"),
            ("p", "Amara's mum says Amara is sociable, funny and determined, and that she has grown in confidence since starting at Seacroft. Amara and her mum hopes that Amara will find paid work, live in supported accomodation with friends, and travel independantly around Westbay."),
        ]),
        ("B", "Section B: Amara's special educational needs", [
            ("h", "B1 Vision"),
            ("p", "Amara has Leber congenital amaurosis, an inherited eye condition present from birth. She has light perception only. She reads Grade 1 Braille fluently and she have been learning Grade 2 (contracted) Braille since the begining of this year. She uses JAWS (a screen-reading program that reads out what is on the screen) and a refreshable Braille display. She uses a long cane and travels confidently on routes she knows, but needs training to learn new routes and to manage changes in her enviroment."),
            ("h", "B2 Learning"),
            ("p", "Amara has mild learning difficulties. She is working at Entry Level 3 in English and maths and is working towards Level 1. She learns best through hands-on practice, repetition and clear verbal explanation. Amara enjoy speaking and listening tasks and has a good memory for spoken information."),
            ("h", "B3 Independence and preparing for work"),
            ("p", "Amara can make hot drinks safely using a liquid level indicator and can prepare simple cold meals. She need support to plan and cook hot meals, to manage money and to use a talking till. She works one shift a week in the college café."),
            ("h", "B4 Social and emotional"),
            ("p", "Amara is friendly and well liked. She can become anxious in new places and in busy, noisy enviroments, and she sometimes avoids going out without her mum. She keeps her college work in a seperate folder for each subject and likes to know the plan for the day in advance."),
        ]),
        ("C", "Section C: Health needs", [
            ("p", "Amara's eye condition is monitored once a year by the ophthalmology clinic at Westbay Hospital. There is no treatment for her condition at present. Amara has no other health needs: she has no difficulty walking and she swims twice a week."),
        ]),
        ("D", "Section D: Social care needs", [
            ("p", "Amara is 19. Adult Social Care (Sensory Services) completed a Care Act 2014 assessment in August 2024. It found that Amara needs support to take part in community activities safely, to learn new routes (including the bus from home to college) and to develop daily living skills at home."),
        ]),
        ("E", "Section E: Outcomes (preparing for adulthood)", [
            ("h", "E1 Employment"),
            ("p", "By July 2025, Amara will work two 3-hour shifts a week in the college café, taking orders and using the talking till independantly on at least 4 out of 5 shifts, recorded by the café supervisor."),
            ("h", "E2 Education and radio"),
            ("p", "By July 2025, Amara will plan and present a 20-minute show on the college radio station and pass Entry Level 3 Functional Skills English, assessed by her media and English tutors."),
            ("h", "E3 Independent living"),
            ("p", "By July 2025, Amara will plan, shop for and cook a two-course meal for her friends in the college training flat, using talking scales and a talking microwave, on 3 occasions, observed by the Independence Tutor."),
            ("h", "E4 Community"),
            ("p", "By Easter 2025, Amara will travel by bus from home to college on her own on 5 days out of 5, recorded by the college reception team."),
            ("h", "E5 Braille"),
            ("p", "By July 2025, Amara will read Grade 2 Braille at 40 words per minute with 90% accuracy, assessed by her Specialist Teacher (Sensory)."),
            ("h", "E6 Good health"),
            ("p", "By July 2025, Amara will book her own eye clinic appointment by phone and attend it with her personal assistant rather than her mum, confirmed at her annual review."),
        ]),
        ("F", "Section F: Special educational provision", [
            ("h", "F1 Vision and Braille"),
            ("num", [
                "1:1 Braille teaching, 1 hour twice weekly, with a Specialist Teacher (Sensory) who is a Qualified Teacher of Vision Impairment (QTVI).",
                "All course materials in Grade 2 Braille or electronic format, produced by the college's Braille Transcriber, where possible within 2 working days of Amara recieving the timetable for the topic.",
                "A laptop with JAWS and a refreshable Braille display, provided by the college and maintained by the college's Assistive Technology Officer.",
                "Mobility on the college site: 1:1 orientation and mobility training with the college's Habilitation Specialist, 2 hours weekly in the autumn term, with further sessions as required when her timetable or routes change.",
            ]),
            ("h", "F2 Learning"),
            ("num", [
                "Functional Skills English and maths: group of 6 (1:6), 2 hours per week each, with a tutor and a Learning Support Assistant.",
                "Media and radio course: group of 8, 3 hours per week, with the media tutor and a Learning Support Assistant.",
                "Amara would benefit from a weekly 30-minute tutorial with her personal tutor to review her progress and plan the week.",
            ]),
            ("h", "F3 Independence and work"),
            ("num", [
                "Independent living skills in the college training flat and the community (cooking, money, phone calls and booking appointments): 1:1 with the Independence Tutor, 2 hours weekly.",
                "Work experience in the college café: two 3-hour shifts a week, with a job coach 1:1 for the first 10 shifts and then 1:3.",
            ]),
        ]),
        ("G", "Section G: Health provision", [
            ("p", "Ophthalmology clinic, Westbay Hospital: a yearly review of Amara's eye condition by the consultant ophthalmologist (30-minute appointment), with a letter to Amara and the college afterwards."),
            ("p", "Agreed for health by Dr Helen Marsh, Designated Clinical Officer (DCO), 04/11/2024."),
        ]),
        ("H1", H1T, [
            ("p", "Not applicable - Amara is over 18. Her social care support is provided under the Care Act 2014 (see H2)."),
        ]),
        ("H2", "Section H2: Any other social care provision", [
            ("bul", [
                "Personal assistant: 6 hours per week (Wednesday evening and Saturday), paid through a direct payment, to support Amara with community activities.",
                "Rehabilitation Officer for people with visual impairment, Adult Social Care (Sensory Services): 10 sessions of 1.5 hours, 1:1, to learn the bus route from home to college and the route to her local shops, autumn 2024 to spring 2025.",
            ]),
        ]),
        ("I", "Section I: Placement", [
            ("p", "Seacroft College (independent specialist college for young people with vision impairment), day placement, 5 days a week, 38 weeks a year."),
        ]),
        ("J", "Section J: Personal budget", [
            ("p", "Amara's personal assistant is paid through a direct payment from Adult Social Care (see H2). There is no personal budget for education."),
        ]),
        ("K", "Section K: Advice and information", [
            ("bul", [
                "Amara's views - Amara, 10 September 2024",
                "Parent's views - Amara's mum, 10 September 2024",
                "Educational advice, 12 September 2024",
                "Specialist educational advice (vision impairment) - Ruth Kemp, Specialist Teacher (Sensory), Qualified Teacher of Vision Impairment, 16 September 2024",
                "Habilitation advice - Jon Webb, Habilitation Specialist, Seacroft College, 13 September 2024",
                "Educational psychology advice - Dr Sian Lloyd, Educational Psychologist, 20 February 2024",
                "Medical advice - Mr Adrian Clarke, Consultant Ophthalmologist, Westbay Hospital, 29 August 2024",
                "Social care advice - Leanne Moss, Social Worker, Adult Social Care (Sensory Services), 22 August 2024",
                "Preparing for adulthood advice - Careers Adviser, Southcliff Careers Service, 18 September 2024",
            ]),
        ]),
    ],
    "fail": ["CA-ANNUAL-REVIEW", "CA-DATED", "LG-SPELLING", "LG-GRAMMAR", "PR-VAGUE-WORDING"],
    "na": ["SC-STATUTORY-LINK", "HC-THERAPY-PLACEMENT"],
    "why": {
        "CA-ANNUAL-REVIEW": "'Date EHCP issued 18/11/2024', 'Reviewed on 15/10/2024' - both more than 12 months before the audit date 2026-12-01.",
        "CA-DATED": "K: 'Educational advice, 12 September 2024' - does not say who gave it (no person, role or service).",
        "LG-SPELLING": "'accomodation', 'independantly' (A and E1), 'begining', 'enviroment'/'enviroments', 'seperate', 'recieving'.",
        "LG-GRAMMAR": "'Amara and her mum hopes', 'she have been learning Grade 2 (contracted) Braille', 'Amara enjoy speaking and listening tasks', 'She need support to plan and cook hot meals'.",
        "PR-VAGUE-WORDING": "'where possible within 2 working days'; 'with further sessions as required when her timetable or routes change'; 'Amara would benefit from a weekly 30-minute tutorial with her personal tutor'.",
        "CA-ADVICE-AGE": "Pass: all advice is within 12 months of the plan's issue date (18/11/2024); the plan's age is graded under CA-ANNUAL-REVIEW.",
        "HC-ADVICE": "Pass: 'Medical advice - Mr Adrian Clarke, Consultant Ophthalmologist, Westbay Hospital, 29 August 2024' - attributed, dated, under 3 months old at issue.",
        "CA-STATUTORY-ADVICE": "Pass: includes the Qualified Teacher of Vision Impairment, PfA, social care, EP, medical; the educational advice is present but unattributed (graded under CA-DATED).",
        "PR-QUANTIFIED": "Pass: each item has its core quantities (e.g. '1:1 Braille teaching, 1 hour twice weekly, with a Specialist Teacher (Sensory) who is a Qualified Teacher of Vision Impairment (QTVI)'); the hedges are graded under PR-VAGUE-WORDING.",
        "HC-NEEDS": "Pass (trap): 'she has no difficulty walking' sits alongside a real health need (eye condition, yearly ophthalmology review).",
    },
}

# ============================================================================ l211
# letter-column (one table per section), FAILING. Alfie, 4, Reception, autism, non-speaking.
L211 = {
    "file": "l211.docx",
    "layout": "letter-column",
    "one_table": False,
    "letter_fill": "FFE699",
    "front_fill": "FFF2CC",
    "age": 4,
    "year_group": "Reception",
    "needs": ["ASC", "speech and language"],
    "voice": "parents' views only (child's views not gathered)",
    "title": "Education, Health and Care Plan (EHCP)",
    "subtitle": "Southcliff County Council - Special Educational Needs and Disabilities (SEND) Service",
    "front": [
        ("Name", "Alfie"),
        ("Age", "4"),
        ("Year Group", "Reception"),
        ("School", "Eastcliff Infant School"),
        ("Date EHCP issued", "06/11/2026"),
        ("Reviewed on", "n/a - new plan (first review within 6 months, by 05/2027)"),
    ],
    "sections": [
        ("A", "Section A - Views, interests and aspirations", [
            ("h", "Alfie's views"),
            ("p", "Alfie is unable to share his views due to his age and his communication difficulties."),
            ("h", "Parents' views"),
            ("p", "Alfie's mum and dad told us that Alfie loves trains, especially Thomas the Tank Engine, water play and bouncing on the trampoline. He knows all the letters of the alphabet and can count to 20. He is very loving with his baby sister and enjoys cuddles at bedtime."),
            ("p", "They are worried that Alfie does not talk, that he runs off when they go out, and that he has long meltdowns when plans change. They find it hard to take him to the shops or the park, and they are worried about how he will manage at school."),
        ]),
        ("B", "Section B - Special educational needs", [
            ("h", "Communication and interaction"),
            ("p", "Alfie was diagnosed with autism by the community paediatrician in June 2026. He does not yet use words; he makes sounds, leads adults by the hand to what he wants, and has started to use the Picture Exchange Communication System (PECS), in which a child hands an adult a picture to ask for something. He sometimes turns when his name is called and follows routine instructions when they are shown with a picture or object. He plays on his own, often lining up trains, and does not yet join in with other children."),
            ("h", "Cognition and learning"),
            ("p", "Alfie has an excellent visual memory. He recognises all the letters of the alphabet, counts to 20 and completes 24-piece jigsaws. He attends to an adult-led activity for 1 to 2 minutes."),
            ("h", "Social, emotional and mental health"),
            ("p", "Changes of activity are very hard for Alfie. He drops to the floor and screams when asked to stop a chosen activity, and this can last 20 minutes. He has run out of the classroom and towards the school gate twice this term."),
            ("h", "Sensory and physical"),
            ("p", "Alfie seeks movement (spinning, jumping) and covers his ears in noisy places such as the hall. He runs, climbs and jumps well."),
        ]),
        ("C", "Section C - Health needs", [
            ("p", "Not known at this time."),
        ]),
        ("D", "Section D - Social care needs", [
            ("p", "Alfie has no social care needs at present. The Early Help Hub (Children's Integrated Services) met the family in July 2026. Alfie's parents asked for help to understand his autism, and they are attending a parent course (see H2). Short breaks were discussed; the family does not want them at the moment and will raise this at Alfie's first review if things change."),
        ]),
        ("E", "Section E - Outcomes", [
            ("num", [
                "By the end of Reception (July 2027), Alfie will ask for a favourite item (for example a train or a drink) by handing an adult a picture, at least 10 times in a school day, recorded on his PECS tally by his teaching assistant.",
                "Alfie has a 1:1 teaching assistant for all sessions to keep him safe.",
                "By Easter 2027, Alfie will move from the carpet to snack, and from the classroom to the playground, when shown his 'now and next' card, without dropping to the floor, on 4 out of 5 occasions, recorded by his teaching assistant.",
                "By the end of Reception, Alfie will stay at the table for the first two stages of an Attention Autism session (about 10 minutes) in 4 out of 5 sessions, recorded by the group leader.",
                "By the end of Reception, Alfie will take three turns each in a train game with an adult and one other child, on 3 occasions in a week, recorded in his learning journal.",
            ]),
        ]),
        ("F", "Section F - Special educational provision", [
            ("h", "Communication and interaction"),
            ("bul", [
                "A Speech and Language Therapist (SALT) will visit once every half term for 1 hour to assess Alfie, set his communication targets and train his teaching assistant (TA).",
                "PECS used with Alfie throughout the school day by his TA, who will complete PECS Level 1 training (2 days) by Jan 2027; his PECS book made by the TA and updated weekly.",
                "Attention Autism sessions to develop attention and communication.",
                "Turn-taking play with trains: 10 minutes daily with his TA and one other child (1:2).",
            ]),
            ("h", "Social, emotional and mental health"),
            ("bul", [
                "1:1 support from a TA trained in autism (Autism Education Trust Making Sense of Autism training) for the whole school day, 32.5 hours per week.",
                "A visual timetable and 'now and next' cards, made by his TA and used at every change of activity.",
                "Social stories to prepare Alfie for changes.",
                "A safety plan for leaving the classroom, written by the Special Educational Needs Co-ordinator (SENCo) with Alfie's parents and reviewed every half term; the classroom and garden gates have handles fitted out of reach, arranged by the site manager.",
                "Specialist Teacher (Autism) from the Autism Outreach Service: visits once every 3 weeks for 1 hour in the autumn term 2026, then twice a term, to observe Alfie and advise staff.",
            ]),
            ("h", "Sensory"),
            ("bul", [
                "A 10-minute movement break (trampoline or sensory circuit) daily (am and pm) with his TA.",
                "Ear defenders for assemblies and the hall, provided by the school and kept in his tray by his TA.",
            ]),
        ]),
        ("G", "Section G - Health provision", [
            ("p", "None."),
        ]),
        ("H1", H1T.replace("Section H1: ", "Section H1 - "), [
            ("p", "None at present. Short breaks were discussed with the family (see Section D)."),
        ]),
        ("H2", "Section H2 - Other social care provision", [
            ("p", "Early Help Hub: 'Understanding Autism' course for parents, 6 weekly sessions of 2 hours, autumn term 2026, run by an Early Help Practitioner."),
        ]),
        ("I", "Section I - Placement", [
            ("p", "Eastcliff Infant School (mainstream), Reception class."),
        ]),
        ("J", "Section J - Personal budget", [
            ("p", "None requested."),
        ]),
        ("K", "Section K - Advice and information", [
            ("table", ["Advice", "From", "Date"], [
                ["Parents' views", "Alfie's mum and dad", "08/09/2026"],
                ["Educational advice", "Miss Tran, Reception Teacher, and Mrs Ellis, SENCo, Eastcliff Infant School", "22/09/2026"],
                ["Early years information", "Sian Ward, Key Person, Puffins Nursery", "15/07/2026"],
                ["Educational psychology advice", "Dr Tom Okafor, Educational Psychologist", "16/09/2026"],
                ["Medical advice", "Dr Ruth Adeyemi, Community Paediatrician", "02/06/2026"],
                ["Health advice", "Health Visitor, 0-19 Public Health Nursing Service", "14/07/2026"],
                ["Speech and language therapy advice", "Hannah Price, Speech and Language Therapist", "01/09/2026"],
                ["Social care advice", "Early Help Practitioner, Early Help Hub, Children's Integrated Services", "10/09/2026"],
            ], None),
        ]),
    ],
    "fail": ["PC-VOICE", "PC-ASPIRATIONS", "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PR-QUANTIFIED", "HC-NEEDS"],
    "na": ["PC-PFA", "SC-STATUTORY-LINK", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF",
           "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"],
    "why": {
        "PC-VOICE": "A: 'Alfie is unable to share his views due to his age and his communication difficulties.' - no attempt to gather his views through observation, play or pictures; only the parents' views.",
        "PC-ASPIRATIONS": "A records interests and worries ('They are worried that Alfie does not talk...') but no hopes or aspirations for now or the future.",
        "PC-OUTCOME-NOT-PROVISION": "E2: 'Alfie has a 1:1 teaching assistant for all sessions to keep him safe.' - provision, not an outcome.",
        "PC-SMART": "E2 'Alfie has a 1:1 teaching assistant for all sessions to keep him safe.' - not measurable or time-bound as an achievement.",
        "PR-QUANTIFIED": "'Attention Autism sessions to develop attention and communication.' (no frequency, length, group size or who); 'Social stories to prepare Alfie for changes.' (no who or how often).",
        "HC-NEEDS": "C: 'Not known at this time.' - although K lists medical advice (02/06/2026) and health visitor advice.",
        "PC-ASPIRATION-LINK": "Tricky pass: outcomes build on the interests in A (trains: E1 'a train or a drink', E5 'a train game'); the missing aspirations are graded under PC-ASPIRATIONS.",
        "PC-STRENGTHS": "Pass: 'He knows all the letters of the alphabet and can count to 20. He is very loving with his baby sister'; B 'Alfie has an excellent visual memory'.",
        "HC-ADVICE": "Pass: 'Medical advice | Dr Ruth Adeyemi, Community Paediatrician | 02/06/2026'.",
        "HC-THERAPY-PLACEMENT": "Pass: the Speech and Language Therapist's input is in F.",
    },
}

# ============================================================================ l212
# shaded-heading-table, SOUND. Ella, 12, Year 8, EOTAS, autism + anxiety + type 1 diabetes.
L212 = {
    "file": "l212.docx",
    "layout": "shaded-heading-table",
    "heading_fill": "7030A0",
    "heading_text": "FFFFFF",
    "sub_color": "7030A0",
    "table_fill": "EDE3F5",
    "front_fill": "EDE3F5",
    "age": 12,
    "year_group": "Year 8",
    "needs": ["ASC", "SEMH", "type 1 diabetes", "EOTAS"],
    "voice": "first person (young person's own written words); parents' views",
    "title": "Southcliff County Council",
    "subtitle": "Education, Health and Care Plan (EHCP) - amended following annual review",
    "front": [
        ("Name", "Ella"),
        ("Age", "12"),
        ("Year Group", "Year 8"),
        ("Education", "Education otherwise than at school (EOTAS): tuition at home and in the community"),
        ("Date EHCP issued", "11/11/2026"),
        ("Reviewed on", "15/10/2026"),
        ("Caseworker", "Priya Desai, Special Educational Needs and Disabilities (SEND) EOTAS Team"),
    ],
    "sections": [
        ("A", "Section A - About Ella: views, interests and aspirations", [
            ("h", "In my own words"),
            ("p", "Ella prefers to write rather than talk about herself, so she typed this for her review in September 2026:"),
            ("q", "\"I'm Ella. I'm 12, I'm autistic and I have type 1 diabetes. I draw every day, mostly comics about my cat, Pickle. I'm good at drawing and reading - I read a whole fantasy series in a month.\""),
            ("q", "\"I stopped going to school in Year 7 because the bells and crowded corridors made me feel like I was going to explode. I like my tutor because she explains things properly.\""),
            ("q", "\"I'd like to go to art college and make graphic novels. I'd like one or two friends who like the same things as me. I want to do my diabetes myself so Mum doesn't have to worry all the time.\""),
            ("h", "What Ella's parents say"),
            ("p", "Ella's parents describe her as creative, funny and very clever, and much calmer since tuition started in April 2026. They hope she will take GCSEs, including art, make friends who share her interests, manage her diabetes on her own, return in time to a small learning setting, and later study art at college."),
        ]),
        ("B", "Section B - Special educational needs", [
            ("h", "Communication and interaction"),
            ("p", "Ella is autistic (diagnosed in 2022). She writes fluently but finds spoken conversation tiring, especially in groups, and prefers writing when anxious. She takes language literally and needs clear, specific instructions."),
            ("h", "Social, emotional and mental health"),
            ("p", "Ella has high anxiety, particularly in busy and noisy places and when plans change without warning. In Year 7 her school attendance fell to 15% and she had frequent 'shutdowns'. Since April 2026 she has been taught at home and in the community, with 94% attendance. She would like friends but finds it hard to start conversations."),
            ("h", "Cognition and learning"),
            ("p", "Ella is an able learner: her reading age is above 15 years and her English is at or above Year 8 level. In maths she has gaps from missed teaching and scores about 45% on Year 8 end-of-unit tests. She needs a clear structure to start written tasks."),
            ("h", "Sensory and physical"),
            ("p", "Ella is sensitive to noise and bright light. She has no difficulty walking or with physical activity; she walks the family dog every day."),
        ]),
        ("C", "Section C - Health needs", [
            ("bul", [
                "Type 1 diabetes (diagnosed in 2021). Ella uses an insulin pump and a continuous glucose monitor (CGM), a sensor that sends her blood sugar reading to her phone. She needs to check readings, count carbohydrates, give insulin at lunchtime and treat low blood sugar (hypos). She has an Individual Healthcare Plan (IHCP) and is cared for by the Paediatric Diabetes Team at Westbay Hospital and the Community Children's Nursing (CCN) team.",
                "Anxiety: Child and Adolescent Mental Health Services (CAMHS) assessed Ella in July 2026 and recommended cognitive behavioural therapy (CBT, a talking therapy), adapted for autistic young people.",
            ]),
        ]),
        ("D", "Section D - Social care needs", [
            ("p", "Ella and her family have no social care needs at the moment. Ella's parents met a worker from the Early Help Hub (Children's Integrated Services) on 22/09/2026, and together they agreed that no assessment was needed. Short breaks were talked about and are not wanted."),
        ]),
        ("E", "Section E - Outcomes", [
            ("table", ["What Ella wants", "Outcome"], [
                ["To make graphic novels", "1. By the end of Year 8 (July 2027), Ella will complete a 12-page graphic novel of her own and be awarded a Bronze Arts Award."],
                ["To catch up in maths", "2. By the summer term 2027, Ella will score at least 65% on her tutor's end-of-unit maths tests in 3 of the last 4 units of the year."],
                ["To return to a small learning setting", "3. By the end of Year 8, Ella will attend one morning a week at Westbay Learning Hub, on at least 8 out of 10 planned weeks each term, recorded by the Hub."],
                ["To have friends who like the same things", "4. Over the next 12 months, Ella will go to the weekly comic workshop at Westbay Arts Centre and talk with at least one other young person on at least 3 out of 4 sessions, recorded by her tutor."],
                ["To manage her diabetes herself", "5. By Christmas 2026, Ella will check her glucose reading on her phone before lunch and give her own lunchtime insulin through her pump, with her tutor only checking, on every tuition day, recorded on her IHCP log."],
                ["To feel calmer when things change", "6. By Easter 2027, Ella will use her 'anxiety ladder' and a calming strategy before each workshop or Hub session, and will rate her anxiety at 4 out of 10 or lower on 3 out of 4 occasions, recorded by her tutor."],
            ], None),
        ]),
        ("F", "Section F - Special educational provision", [
            ("table", ["Provision", "How much", "Who"], [
                ("span", "Learning"),
                ["Tuition in English, maths and science, 1:1, at home and at Westbay Library", "10 hrs per week (Monday to Friday, 2 hours each afternoon), 38 weeks a year", "Tutor (qualified teacher), commissioned by the SEND EOTAS Team"],
                ["Art and illustration tuition, 1:1, working towards the Bronze Arts Award", "2 hrs per week, 38 weeks a year", "Art Tutor (qualified art teacher), paid through the direct payment in Section J"],
                ["Written instructions and a task checklist for every piece of work; Ella can answer in writing", "Every tuition session", "Tutor (qualified teacher)"],
                ["A laptop with speech-to-text and mind-mapping software", "For all tuition and independent work", "Set up and maintained by the Education IT Support technician, Southcliff County Council"],
                ["Access arrangements: 25% extra time, rest breaks and a room on her own for tests and exams", "All assessments", "Arranged by the Special Educational Needs Co-ordinator (SENCo) at Westbay Learning Hub, Ella's exam centre"],
                ("span", "Social, emotional and mental health"),
                ["Comic and illustration workshop, small group (1:6)", "2 hours weekly; her tutor goes with her for the first 6 weeks", "Youth Arts Worker, Westbay Arts Centre, with Ella's Tutor"],
                ["Gradual start at Westbay Learning Hub", "One morning a week (3 hours) from Jan 2027, group of 6 or fewer; her tutor goes with her for the first 4 weeks", "Hub teacher (qualified teacher) and Ella's Tutor"],
                ["Autism advice to Ella's tutors, including the anxiety ladder", "Once every 3 weeks, 1 hour", "Specialist Teacher (Autism), Autism Outreach Service"],
                ["Review of the EOTAS package with Ella, her parents and tutors", "Once every half term, 1 hour", "SEND EOTAS Coordinator"],
            ], None),
            ("p", "May 2027 is when Ella, her parents and the SEND EOTAS Coordinator will decide, at the half-termly review, whether to increase her time at the Learning Hub to two mornings a week from September 2027."),
        ]),
        ("G", "Section G - Health provision", [
            ("table", ["Provision", "How much", "Who"], [
                ["Diabetes clinic review (insulin doses, pump and CGM settings)", "x4 per year (every 3 months), 1 hour", "Consultant and Diabetes Specialist Nurse, Paediatric Diabetes Team"],
                                ["Diabetes training for Ella's tutors (CGM alerts, treating hypos) and writing her IHCP", "Training 2 hours before a new tutor starts, then yearly; IHCP reviewed every 6 months", "Community Children's Nursing (CCN) team"],
                ["CBT adapted for autistic young people, 1:1", "50 minutes every fortnight, 16 sessions, from Jan 2027", "Clinical Psychologist, CAMHS"],
                ["Advice to Ella's tutors on managing anxiety", "30-minute consultation each half term", "Clinical Psychologist, CAMHS"],
            ], None),
            ("p", "Signed off for health: Dr Priti Nair, Designated Clinical Officer (DCO), 4th November 2026. NHS Southcliff and Downs Integrated Care Board agrees to provide the health provision above."),
        ]),
        ("H1", H1T.replace("Section H1: ", "Section H1 - "), [
            ("p", "None - Ella has no assessed social care needs (see Section D)."),
        ]),
        ("H2", "Section H2 - Other social care provision", [
            ("p", "None - early help and short breaks were considered with the family (see Section D)."),
        ]),
        ("I", "Section I - Placement", [
            ("p", "Education otherwise than at school (section 61, Children and Families Act 2014): the council is satisfied that provision in a school would be inappropriate for Ella. Exam centre: Westbay Learning Hub."),
        ]),
        ("J", "Section J - Personal budget", [
            ("p", "Ella's parents receive a direct payment of £3,040 a year for art tuition (2 hours a week for 38 weeks) from an art teacher of their choice who holds Qualified Teacher Status (QTS). Agreed by the SEND EOTAS Team on 30/10/2026."),
        ]),
        ("K", "Section K - Advice and information", [
            ("table", ["Advice", "From", "Date"], [
                ["Ella's views", "Ella (written by her)", "21/09/2026"],
                ["Parents' views", "Ella's mum and dad", "21/09/2026"],
                ["Educational advice", "Mrs Lane, Tutor (qualified teacher), and Mr Abbott, SEND EOTAS Coordinator", "24/09/2026"],
                ["Specialist teaching advice", "Grace Holt, Specialist Teacher (Autism), Autism Outreach Service", "25/09/2026"],
                ["Educational psychology advice", "Dr Fiona Reid, Educational Psychologist", "08/09/2026"],
                ["Medical advice", "Dr Kate Morris, Consultant Paediatrician, Paediatric Diabetes Team, Westbay Hospital", "10/09/2026"],
                ["Nursing advice", "Gemma Hill, Community Children's Nurse, CCN team", "15/09/2026"],
                ["Mental health advice", "Dr Ravi Bose, Clinical Psychologist, CAMHS", "17/09/2026"],
                ["Social care advice", "Early Help Practitioner, Early Help Hub, Children's Integrated Services", "22/09/2026"],
            ], None),
        ]),
    ],
    "fail": [],
    "na": ["PC-PFA", "SC-STATUTORY-LINK", "HC-THERAPY-PLACEMENT"],
    "why": {
        "PC-OUTCOME-NOT-PROVISION": "Tricky pass: 'be awarded a Bronze Arts Award' is an achievement.",
        "PR-QUANTIFIED": "Sound: 'A laptop with speech-to-text and mind-mapping software... Set up and maintained by the Education IT Support technician' (equipment: what and who); 'Access arrangements: 25% extra time... Arranged by the Special Educational Needs Co-ordinator (SENCo)' (no group size needed); 'Once every 3 weeks, 1 hour' for the Specialist Teacher's advice.",
        "PR-VAGUE-WORDING": "Tricky pass: 'May 2027 is when Ella, her parents...' - 'May' is the month; 'Ella can answer in writing' gives Ella a choice, it does not hedge the provision.",
        "HC-DCO-SIGNOFF": "Sound: 'Signed off for health: Dr Priti Nair, Designated Clinical Officer (DCO), 4th November 2026.'",
        "HC-NEEDS": "Sound (trap): 'She has no difficulty walking or with physical activity' alongside real needs (type 1 diabetes, anxiety) which are met in G.",
        "SC-NEEDS": "Sound: 'Ella and her family have no social care needs at the moment... together they agreed that no assessment was needed.'",
        "HC-THERAPY-PLACEMENT": "NA: no speech and language therapy or OT in the plan; CBT is a health treatment, correctly in G.",
    },
}

PLANS = [L209, L210, L211, L212]
