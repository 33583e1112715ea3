"""ef-table plans: l102, l106, l109, l112 (Holmebridge MBC, fictional)."""
from generate import b_area

TITLE = ["Holmebridge Metropolitan Borough Council", "Education, Health and Care (EHC) Plan"]

# =====================================================================================
# l102 - Kian, 15, Year 10, autism + anxiety - FAIL
#   PC-PFA + CA-STATUTORY-ADVICE (no PfA outcomes, no PfA advice)
#   PR-VAGUE-WORDING + PR-QUANTIFIED (quiet space "as required", coding club "as
#       appropriate", social communication group with no length/size/who)
#   PC-SMART + PC-OUTCOME-NOT-PROVISION ("less anxious and happier"; "has a key adult")
#   SC-NEEDS + SC-PROVISION-SPECIFIC (D, H1, H2 "Not applicable.")
# =====================================================================================
L102 = {
    "file": "l102.docx",
    "layout": "ef-table",
    "title": TITLE,
    "front": [
        ("Name", "Kian"),
        ("Date of Birth", "Not shown (anonymised copy)"),
        ("School Year", "Year 10"),
        ("Education phase", "Secondary (Key Stage 4)"),
        ("School", "Moorside Academy (mainstream)"),
        ("Date of Issue", "23 April 2026"),
        ("Review Due", "April 2027"),
    ],
    "sections": [
        ("A", [
            ("h", "In Kian's words"),
            "Kian wrote this with Mr Hussain, his key worker, in February 2026.",
            ("q", "\"I'm Kian and I'm 15. I like gaming, making mods for Minecraft and coding in Python. I've got a dog called Biscuit and I walk him every night. School is OK in computing and maths, but I hate it when it's loud in the corridors and when teachers put me in groups without asking. When I get stressed I go quiet and then I can't think. I'd like to go to college to do IT and one day make my own games. I also want to learn to drive.\""),
            ("h", "What Kian's mum says"),
            ("q", "\"Kian is kind, funny and really clever with computers - he set up his nan's tablet for her. Since Year 9 his anxiety has got worse; some mornings he can't face school and he has missed 20 days this year. We want him to feel safe in school, get his exams and go on to college to do computing.\" (Claire, mum)"),
            ("h", "What Kian is good at"),
            ("b", "He is a logical thinker and is predicted a grade 6 in maths."),
            ("b", "He teaches himself coding from online tutorials and has built two simple games."),
            ("b", "He is honest and reliable, and remembers facts very well."),
            ("b", "He looks after his dog every day without being reminded."),
        ]),
        ("B", b_area(
            "Communication and interaction",
            "Kian talks confidently about topics he knows well and answers questions in small groups when he has had time to prepare. He understands spoken instructions given one step at a time.",
            "Kian was diagnosed with autism in 2019. He finds unplanned group work and changes to routine hard, and he often cannot work out what other people mean. He can take instructions literally and struggles to start conversations with classmates.",
        ) + b_area(
            "Social, emotional and mental health",
            "Kian has two close friends from his coding club. He can say when he is starting to feel worried if an adult asks him.",
            "Kian's anxiety has increased since Year 9. His attendance is 86% this year, and most of the days he missed were Mondays. Crowded corridors, noise and sudden changes make him freeze and shut down; he then leaves the lesson or does not come into school.",
        ) + b_area(
            "Cognition and learning",
            "Kian is working at or above the expected level in maths, science and computing. His reading age is above his actual age.",
            "He finds it hard to organise extended writing and often leaves written tasks in English and history unfinished.",
        ) + b_area(
            "Sensory",
            "Kian manages most classrooms well when they are calm.",
            "He is very sensitive to noise and finds the dining hall and corridors at change-over very hard.",
        )),
        ("C", [
            "Kian's autism was diagnosed by Community Paediatrics in 2019; he is no longer under regular paediatric review.",
            "His anxiety has been assessed by the Child and Adolescent Mental Health Service (CAMHS), who have offered him a course of cognitive behavioural therapy (CBT: a talking therapy that helps people change unhelpful patterns of thinking) adapted for autistic young people.",
        ]),
        ("D", ["Not applicable."]),
        ("EF", [
            {"area": "Communication and interaction",
             "long": "By the end of Year 11 (July 2027), Kian will work with classmates in group tasks and explain his ideas to a group.",
             "rows": [
                 ("By July 2027, Kian will take part in a planned group task in computing and science at least once a week, recorded by the class teacher on his support plan.",
                  "Group tasks planned in advance, with Kian's role written on a card and given to him at the start of the lesson", "Every group task", "Subject teachers"),
                 ("By February 2027, Kian will give a five-minute talk to his computing class about a game he has designed.",
                  "Sessions to plan and practise the talk using a visual planner", "Weekly, 20 minutes, autumn term 2026", "Key worker (a teaching assistant, TA, trained in autism by the Autism Outreach Team)"),
                 ("By July 2027, Kian will start a conversation with a classmate during a structured activity on 3 occasions a week, recorded by his key worker.",
                  "Social communication group", "Weekly for 10 weeks", "School"),
             ]},
            {"area": "Social, emotional and mental health",
             "long": "By the end of Year 11, Kian will attend school every day and manage his anxiety using strategies he has chosen.",
             "rows": [
                 ("By July 2027, Kian will be less anxious and happier in school.",
                  "Access to a quiet space (the library office) as required", "As required", "Pastoral team"),
                 ("Kian has a key adult he can go to at the start of the day and at break and lunch.",
                  "Named key adult (Mr Hussain) meets Kian at the school gate and checks in with him", "Daily, 8.35am to 8.45am", "Key worker (TA)"),
                 ("By July 2027, Kian's attendance will rise from 86% to at least 95%, measured by the school's attendance records.",
                  "Check-in to review his worry scale and plan his week", "Weekly, Monday period 1, 20 minutes, 1:1", "Key worker with the SENCo (Special Educational Needs Co-ordinator)"),
                 (None,
                  "Kian will be offered opportunities to attend the lunchtime coding club as appropriate", "As appropriate", "Computing department"),
             ]},
            {"area": "Cognition and learning",
             "long": "By the end of Year 11, Kian will complete written tasks in all his subjects.",
             "rows": [
                 ("By July 2027, Kian will plan and complete a one-page written answer in English using a writing frame in 4 out of 5 tasks, checked by his English teacher.",
                  "Writing frames in all lessons with extended writing, and a school laptop for extended writing, set up and maintained by the school's IT technician", "All lessons with extended writing", "Subject teachers; IT technician"),
                 (None,
                  "Exam arrangements: 25% extra time and rest breaks in a small room for mock and GCSE (General Certificate of Secondary Education) exams; the exams officer applies to the exam boards", "All mock and GCSE exams", "Exams officer; SENCo"),
             ]},
            {"area": "Sensory",
             "long": "By the end of Year 11, Kian will eat lunch and move around school without distress.",
             "rows": [
                 ("By December 2026, Kian will eat lunch in the dining hall, wearing ear defenders, on 3 days a week, recorded by the lunchtime supervisor.",
                  "Ear defenders supplied by school and replaced by the SENCo when worn; an early-lunch pass to leave lessons 5 minutes before the bell", "Daily", "Head of Year issues the pass; SENCo"),
             ]},
        ]),
        ("G", [
            ("b", "CAMHS: a course of 12 sessions of CBT adapted for autistic young people, fortnightly, 50 minutes each, at the CAMHS clinic, with a Clinical Psychologist, starting in May 2026."),
            ("b", "After sessions 4, 8 and 12, the clinician will phone Kian's key worker (30 minutes) to share strategies for school."),
            "Health sign-off: agreed by Mark Ellison, the ICB's Designated Clinical Officer (DCO), on 20 April 2026. (ICB: Integrated Care Board, the NHS body that plans local health services.)",
        ]),
        ("H1", ["Not applicable."]),
        ("H2", ["Not applicable."]),
        ("I", ["Moorside Academy, Holmebridge: mainstream secondary academy (11 to 16)."]),
        ("J", ["No personal budget has been requested."]),
        ("K", [
            ("t", ["Advice", "From", "Date"], [
                ("Kian's views", "Kian, with Mr Hussain (key worker)", "20 February 2026"),
                ("Parental advice", "Claire (mother)", "24 February 2026"),
                ("Educational advice", "Mrs Joanne Firth, SENCo, Moorside Academy", "27 February 2026"),
                ("Autism outreach advice", "Ben Carr, Specialist Teacher, Autism Outreach Team", "2 March 2026"),
                ("Psychological advice", "Dr Lucy Marsh, Educational Psychologist", "9 March 2026"),
                ("Medical advice", "Dr Omar Farooq, Community Paediatrician", "5 March 2026"),
                ("CAMHS advice", "Hannah Wood, Clinical Psychologist, CAMHS", "12 March 2026"),
                ("Social care advice", "Duty and Assessment Team, Children's Social Work Service (Team Manager, Sarah Quinn)", "10 March 2026"),
            ], [4.5, 9.0, 3.5]),
        ]),
    ],
    "closing": ["Signed on behalf of Holmebridge Metropolitan Borough Council: Sarah Haigh, EHC Plan Co-ordinator. Date: 23 April 2026."],
}

# =====================================================================================
# l106 - Alfie, 6, Year 1, autism, non-speaking - SOUND (no health needs; H1 short breaks)
# =====================================================================================
L106 = {
    "file": "l106.docx",
    "layout": "ef-table",
    "font": "Arial",
    "title": TITLE,
    "front": [
        ("Child's name", "Alfie"),
        ("Date of Birth", "Withheld (anonymised)"),
        ("School Year", "Year 1"),
        ("Education phase", "Primary (Key Stage 1)"),
        ("School", "Brookfield Primary School (mainstream, with an enhanced resource provision)"),
        ("Date of Issue", "9 March 2026"),
        ("Review Due", "March 2027"),
    ],
    "sections": [
        ("A", [
            ("h", "How we found out what Alfie thinks"),
            "Alfie is six. He does not use spoken words yet. He communicates by leading adults by the hand, by giving picture cards (the Picture Exchange Communication System, PECS) and by using a talking symbol app on his iPad. His class teacher, Mrs Ahmed, and his teaching assistant (TA), Ms Lowe, watched Alfie over two weeks in January 2026, noted the cards he chose and showed him photographs to see which he picked and which he pushed away.",
            ("h", "What Alfie showed us"),
            ("b", "He picked the trampoline, water tray and train track photographs every time."),
            ("b", "He pushed away the photograph of the hall at lunchtime, and covers his ears when he goes there."),
            ("b", "He uses his PECS cards for 'biscuit' and 'bubbles' without help, and brings his iPad to Ms Lowe to ask for 'Duggee', his favourite programme."),
            ("b", "He smiles and stays close when another child, Ruby, joins him at the train track."),
            ("h", "What Alfie's parents say"),
            ("q", "\"Alfie is a happy, loving boy with a brilliant memory. The hardest thing is not knowing what he wants or if he is hurting. Our hope for this year is that Alfie can tell us what he wants and when something is wrong, and that he has a friend at school. In the future we want him to be as independent as possible, to have a job he enjoys and to have people around him who understand him.\" (Gemma and Lee)"),
            ("h", "Alfie's strengths"),
            ("b", "An excellent visual memory; he sorts and matches quickly and completes 24-piece jigsaws."),
            ("b", "He follows his visual timetable and is affectionate with his family."),
        ]),
        ("B", b_area(
            "Communication and interaction",
            "Alfie uses 20 PECS cards to ask for things and is starting to build 'I want' + item sentences on his iPad. He understands familiar words in routines.",
            "Alfie is autistic and does not use speech. He cannot yet tell adults when he is hurt, worried or needs the toilet, and he finds it hard to share attention with another person.",
        ) + b_area(
            "Cognition and learning",
            "Alfie counts objects to 10 and recognises numbers to 20.",
            "His learning is uneven. He learns best through visual, hands-on activities and finds whole-class teaching hard to follow.",
        ) + b_area(
            "Social, emotional and mental health",
            "Alfie is settled and happy when he knows what is happening, and he is starting to enjoy being near other children.",
            "Unexpected changes and noisy places (the hall and dining room) distress him; he may run off or drop to the floor.",
        ) + b_area(
            "Sensory and physical",
            "Alfie has good gross motor skills.",
            "He is very sensitive to noise and seeks movement. His fine motor skills, such as using scissors and pencils, are at an early stage. He needs reminding to use the toilet and help with fastenings and his coat.",
        )),
        ("EF", [
            {"area": "Communication and interaction",
             "long": "By the end of Key Stage 1 (July 2027), Alfie will use his iPad or picture cards to ask for things, make choices and tell an adult when he is hurt or needs help.",
             "rows": [
                 ("By March 2027, Alfie will use two-symbol sentences ('I want' + item) on his iPad to ask for things 5 times a day, recorded on a tally sheet by Ms Lowe.",
                  "iPad with a symbol communication app, with Alfie all day. The class teacher adds new words weekly, agreed with the speech and language therapist (SALT). The school's IT technician keeps the iPad and app updated.", "All day, every day", "Class teacher; IT technician"),
                 (None,
                  "Adults point to symbols on Alfie's iPad as they talk to him, so he sees how to use it", "Throughout the school day", "All class staff, trained by the SALT (one 1-hour session by April 2026)"),
                 ("By March 2027, Alfie will use his 'help' and 'hurt' symbols to tell an adult when something is wrong on 3 out of 4 occasions seen by staff.",
                  "Speech and language therapy programme: asking for help, 'hurt' role play and shared attention games", "Daily, 15 minutes", "1:1 with Ms Lowe (TA), following a programme written by the SALT"),
                 (None,
                  "Speech and Language Therapist, Integrated Children's Therapy Service: reviews Alfie, updates his programme and coaches staff", "Every half-term (6 visits a year), 1 hour each", "Specialist Speech and Language Therapist"),
             ]},
            {"area": "Social, emotional and mental health",
             "long": "By July 2027, Alfie will play alongside and take turns with another child, and cope with changes in his day using his visual timetable.",
             "rows": [
                 ("By March 2027, Alfie will take 5 turns in a game with one other child and an adult in 3 out of 4 sessions, recorded by the TA.",
                  "Attention Autism group ('bucket' sessions that build shared attention)", "Four mornings a week, 15 minutes", "Group of 4 children, led by a TA trained in Attention Autism, with a second adult"),
                 ("By March 2027, Alfie will move between activities using his visual timetable without running off on 4 out of 5 days, recorded on the daily log.",
                  "Visual timetable and 'now and next' board, with a change card shown before any change to the routine", "Every day", "Class teacher sets it up each morning; TA uses it through the day"),
             ]},
            {"area": "Cognition and learning",
             "long": "By July 2027, Alfie will use numbers to 20 and early reading skills in his daily work.",
             "rows": [
                 ("By March 2027, Alfie will match 20 written words to pictures and select them on his iPad talker, checked each half-term by his class teacher.",
                  "Structured teaching at a work station, with tasks set out left to right in trays (an approach known as TEACCH)", "Daily, 20 minutes", "1:1, TA trained by the Autism Outreach Team"),
                 (None,
                  "Autism Outreach Teacher visits to observe, advise and set new work-station tasks", "Twice a term (6 visits a year), 1.5 hours each", "Specialist Teacher, Autism Outreach Team (qualified teacher with an autism qualification)"),
                 (None,
                  "Teaching in the enhanced resource base (a class of 8 pupils with 1 teacher and 2 TAs) each morning, and in his Year 1 class each afternoon with a TA", "Mornings: 15 hours a week. Afternoons: 12.5 hours a week", "Resource base teacher and TAs; 1:1 TA in the Year 1 class"),
             ]},
            {"area": "Sensory and physical",
             "long": "By July 2027, Alfie will manage his coat, shoes and toilet routine using picture prompts.",
             "rows": [
                 ("By March 2027, Alfie will use the toilet when shown his picture prompt, and manage his fastenings, with no more than one spoken prompt on 4 out of 5 days, recorded by the TA.",
                  "Toilet routine with a picture sequence on the wall, and a planned toilet trip", "Every 90 minutes in the school day", "TA"),
                 ("By March 2027, Alfie will stay in assembly for 10 minutes wearing ear defenders on 3 days a week, recorded by the TA.",
                  "Sensory circuit (trampoline, balance and 'heavy work' activities that help him feel calm and ready to learn)", "Daily at 9am and after lunch, 10 minutes each", "TA; circuit designed by the Occupational Therapist (OT), Integrated Children's Therapy Service"),
                 (None,
                  "Fine motor programme (scissors, pencil control and fastenings), written by the OT", "Three times a week, 15 minutes", "1:1 with the TA"),
                 (None,
                  "OT review of the sensory circuit and fine motor programme", "Once a term, 1 hour", "Occupational Therapist, Integrated Children's Therapy Service"),
                 (None,
                  "Ear defenders, provided by school and replaced by the SENCo (Special Educational Needs Co-ordinator) when worn", "Available to Alfie at all times", "SENCo"),
             ]},
        ]),
        ("C", [
            "Alfie has no health care needs relating to his special educational needs. Dr Farah Siddiqui, Community Paediatrician, who diagnosed his autism, confirmed this in her advice of 12 December 2025: his growth, sleep, eating and general health are as expected, and he needs no ongoing health service",
        ]),
        ("G", ["No health care provision is needed (see Section C)."]),
        ("D", [
            "Alfie lives with his mum Gemma, his dad Lee and his sister Ella, who is nine. Alfie needs an adult with him at all times, which makes family outings hard.",
            "A short breaks assessment by the Children's Social Work Service (Disabled Children's Team, social worker Paul Denby) on 20 January 2026 found that Alfie needs short breaks. Alfie is not on a child in need plan or a child protection plan.",
        ]),
        ("H1", [
            ("b", "Short Breaks Service after-school club at Oakfield Short Break Centre: Wednesdays, 3.30pm to 5.30pm in term time (38 sessions a year), with 1:1 staffing. Transport from school to the club is provided by the Short Breaks Service."),
            ("b", "Short Breaks Service holiday play scheme: 6 days a year, 10am to 3pm, with 1:1 staffing."),
        ]),
        ("H2", [
            ("b", "Parent course: Gemma and Lee have a place on the Short Breaks Service's 'Living with Autism' course for parents: six weekly sessions of two hours in the summer term 2026."),
        ]),
        ("I", ["Brookfield Primary School, Holmebridge: mainstream primary school with an enhanced resource provision for autistic pupils."]),
        ("J", ["No personal budget. The family were told about direct payments for short breaks and chose services arranged by the Short Breaks Service."]),
        ("K", [
            ("t", ["Advice", "Given by", "Date"], [
                ("Parents' advice", "Gemma and Lee (parents)", "8 January 2026"),
                ("Alfie's views (observation and picture choices)", "Mrs Ahmed (class teacher) and Ms Lowe (TA), Brookfield Primary School", "30 January 2026"),
                ("Educational advice", "Mr Dixon, SENCo, Brookfield Primary School", "2 February 2026"),
                ("Specialist teacher advice", "Jo Firth, Specialist Teacher, Autism Outreach Team", "21 January 2026"),
                ("Psychological advice", "Dr Sophie Grant, Educational Psychologist", "28 January 2026"),
                ("Medical advice", "Dr Farah Siddiqui, Community Paediatrician", "12 December 2025"),
                ("Speech and language therapy advice", "Leanne Morris, Speech and Language Therapist, Integrated Children's Therapy Service", "15 January 2026"),
                ("Occupational therapy advice", "Nadia Brook, Occupational Therapist, Integrated Children's Therapy Service", "19 January 2026"),
                ("Social care advice", "Paul Denby, Social Worker, Disabled Children's Team, Children's Social Work Service", "20 January 2026"),
            ], [5.0, 8.5, 3.5]),
        ]),
    ],
    "closing": ["Plan issued by Holmebridge Metropolitan Borough Council, 9 March 2026. EHC Plan Co-ordinator: Sarah Haigh."],
}

# =====================================================================================
# l109 - Amira, 10, Year 5, vision impairment (albinism) - FAIL
#   CA-STATUTORY-ADVICE (no qualified teacher of the visually impaired advice in K)
#   PC-SMART ("more confident", "more independent", "good progress")
#   HC-DCO-SIGNOFF (no health sign-off recorded)
#   HC-ADVICE-PROVIDERS (Hospital Eye Service provides in G, gave no advice in K)
# =====================================================================================
L109 = {
    "file": "l109.docx",
    "layout": "ef-table",
    "title": TITLE,
    "front": [
        ("Name", "Amira"),
        ("Date of Birth", "Withheld (anonymised)"),
        ("School Year", "Year 5"),
        ("Education phase", "Primary (Key Stage 2)"),
        ("School", "Greenhill Primary School"),
        ("Date of Issue", "11 May 2026"),
        ("Review Due", "May 2027"),
    ],
    "sections": [
        ("A", [
            ("h", "Amira's views, in her own words"),
            "Amira wrote this with her teaching assistant (TA), Mrs Begum, in March 2026.",
            ("q", "\"I'm Amira and I'm 10. I love reading (big print!) and swimming. I like science, especially space. My eyes wobble and I can't see things far away, like the board. I don't like it when people move my things, because then I can't find them. Playtime is hard because I can't see who is who across the yard. I want to be an astronaut or a scientist.\""),
            ("h", "What Amira's parents say"),
            ("q", "\"Amira is bright, determined and funny. She doesn't let her eyesight stop her. We worry about her moving around busy places on her own, and about secondary school. We want her to be independent and to go to university.\" (Yasmin and Imran)"),
            ("h", "Amira's strengths"),
            ("b", "An excellent listener with a very good memory."),
            ("b", "She reads fluently when the print is large enough and loves books about space."),
            ("b", "She is good at maths and mental arithmetic."),
            ("b", "She is a kind friend and a confident speaker in class."),
        ]),
        ("B", b_area(
            "Vision (sensory)",
            "Amira has oculocutaneous albinism (a genetic condition that affects the colour of the skin, hair and eyes, and how the eyes develop) with nystagmus (eyes that move involuntarily). She can see at 6 metres what most people see at 36 metres, and she is registered as sight impaired. She reads large print (size 18, the size of a large-print book) comfortably and uses a hand-held magnifier for smaller print.",
            "Amira cannot see the board or demonstrations from her seat. She finds unfamiliar and crowded places hard to move around, tires from close visual work and is very sensitive to bright light.",
        ) + b_area(
            "Cognition and learning",
            "Amira is working at the expected standard in reading and maths. Her writing is slightly below, because her handwriting is large and slow.",
            "She takes longer to complete written work, cannot copy from the board, and needs all her materials enlarged.",
        ) + b_area(
            "Social, emotional and mental health",
            "Amira is confident in class and has good friends.",
            "She sometimes feels left out at playtime because she cannot recognise friends across the yard, and she worries about getting lost. She has started refusing to go onto the field.",
        ) + b_area(
            "Independence and mobility",
            "Amira finds her way around her classroom and the corridors near it on her own.",
            "She needs to learn how to move around new and busy places safely (mobility) and to do everyday things for herself, such as finding her coat peg and lunch tray.",
        )),
        ("C", [
            ("b", "Vision: albinism with nystagmus, reduced vision and sensitivity to light (see Section B). Amira is seen by the Hospital Eye Service and wears tinted glasses."),
            ("b", "Skin: because of her albinism, Amira's skin burns very easily and she needs sun protection whenever she is outside."),
            "Amira has no other health needs.",
        ]),
        ("D", [
            "Amira lives with her parents and her younger brother. She has no social care needs relating to her special educational needs: the Children's Social Work Service confirmed on 14 March 2026 that the family are not known to them and no needs were identified when they considered the request for advice. The family know about the Short Breaks Service and did not wish to be assessed.",
        ]),
        ("EF", [
            {"area": "Vision and independence",
             "long": "By the end of Key Stage 2 (July 2027), Amira will use her low vision aids and technology to follow all her lessons, and move around school on her own, ready for secondary school.",
             "rows": [
                 ("By July 2027, Amira will be more confident using her magnifier and tablet.",
                  "Tablet with a camera and magnification app to view the board, set up by the school's IT technician and checked each half-term by the Qualified Teacher of the Visually Impaired (QTVI)", "Every lesson", "Class teacher; IT technician; QTVI"),
                 (None,
                  "Teaching of magnifier and tablet skills", "Weekly, 30 minutes, 1:1", "QTVI (Specialist Teacher (Sensory), Sensory Support Service)"),
                 (None,
                  "All printed materials enlarged to size 18 print on buff paper, prepared before each lesson", "Every lesson", "TA (resources), checked by the class teacher"),
                 ("By July 2027, Amira will be more independent around school.",
                  "Mobility and independence training (habilitation): routes around school and to the field, finding her peg and her lunch tray", "Weekly, 45 minutes, for two terms; then a review each half-term", "1:1 with the Habilitation Specialist, Sensory Support Service"),
             ]},
            {"area": "Cognition and learning",
             "long": "By the end of Key Stage 2, Amira will reach the expected standard in reading, writing and maths, with her work presented in the format she chooses.",
             "rows": [
                 ("By March 2027, Amira will touch-type at 20 words per minute with 90% accuracy, measured by her typing programme.",
                  "Touch-typing programme", "Three times a week, 15 minutes", "1:1 with a TA; programme chosen by the QTVI"),
                 ("Amira will make good progress in reading and writing.",
                  "25% extra time and modified large-print papers (size 18) for all tests, including the Key Stage 2 national tests in May 2027; the headteacher applies for these arrangements", "All tests", "Headteacher; Year 6 teacher"),
             ]},
            {"area": "Social, emotional and mental health",
             "long": "By July 2027, Amira will feel confident at playtime and be ready to move to secondary school.",
             "rows": [
                 ("By July 2027, Amira will play with friends on the field at 4 out of 5 lunchtimes, recorded by the lunchtime supervisor.",
                  "Playground buddy scheme with two trained Year 6 buddies and a named lunchtime supervisor", "Every lunchtime", "Lunchtime supervisor, trained by the QTVI in guiding skills (1 hour, September 2026)"),
                 ("By July 2027, Amira will visit her new secondary school 3 times and name 2 adults there she can ask for help, recorded by the SENCo (Special Educational Needs Co-ordinator).",
                  "Transition visits with her TA, and a meeting between the QTVI and the secondary school SENCo", "Three visits of 1 hour in the summer term 2027; one meeting of 1 hour", "TA; QTVI"),
             ]},
            {"area": "Health and self-care",
             "long": "By July 2027, Amira will look after her own sun protection at school.",
             "rows": [
                 ("By July 2027, Amira will put on her sun cream and hat before going outside, without reminders, on 9 out of 10 sunny days, recorded by her TA.",
                  "Sun cream and hat kept in class, and a reminder card on her coat peg", "Before every outdoor session, April to September", "TA, following the school nurse's plan"),
             ]},
        ]),
        ("G", [
            ("b", "Hospital Eye Service (Consultant Ophthalmologist and Orthoptist): eye review every six months in clinic, with a new glasses and tint prescription each year. The Low Vision Clinic assesses Amira and supplies magnifiers once a year."),
            ("b", "School Nursing Team: writes an individual healthcare plan for sun protection (factor 50 sun cream, hat and shade) by September 2026 and reviews it every year; trains the class TA in the plan (30 minutes, each September)."),
        ]),
        ("H1", ["None (see Section D)."]),
        ("H2", ["None (see Section D)."]),
        ("I", ["Greenhill Primary School, Holmebridge: mainstream community primary school."]),
        ("J", ["No personal budget has been requested."]),
        ("K", [
            ("t", ["Advice", "From", "Date"], [
                ("Amira's views", "Amira, with her TA, Mrs Begum", "20 March 2026"),
                ("Parents' advice", "Yasmin and Imran (parents)", "18 March 2026"),
                ("Educational advice", "Mr Carter (class teacher) and Mrs Lee (SENCo), Greenhill Primary School", "24 March 2026"),
                ("Psychological advice", "Dr Lucy Marsh, Educational Psychologist", "31 March 2026"),
                ("Medical advice", "Dr Omar Farooq, Community Paediatrician", "26 March 2026"),
                ("School nursing advice", "Jane Dyson, School Nurse, School Nursing Team", "2 April 2026"),
                ("Habilitation advice", "Rachel Oakes, Habilitation Specialist, Sensory Support Service", "6 April 2026"),
                ("Social care advice", "Duty Social Worker (Adam Price), Children's Social Work Service", "14 March 2026"),
            ], [4.5, 9.0, 3.5]),
        ]),
    ],
    "closing": ["Issued by Holmebridge Metropolitan Borough Council on 11 May 2026. EHC Plan Co-ordinator: Ian Greaves."],
}

# =====================================================================================
# l112 - Leo, 11, Year 6 to Year 7, epilepsy + MLD + anxiety - SOUND
# =====================================================================================
L112 = {
    "file": "l112.docx",
    "layout": "ef-table",
    "font": "Calibri",
    "title": TITLE,
    "front": [
        ("Name", "Leo"),
        ("Date of Birth", "Withheld (anonymised)"),
        ("School Year", "Year 6 (moving to Year 7 in September 2026)"),
        ("Education phase", "Primary (Key Stage 2), transferring to secondary"),
        ("School", "Hillside Primary School"),
        ("Date of Issue", "10 February 2026 (amended after the Year 6 transfer review held on 14 January 2026)"),
        ("Review Due", "January 2027"),
    ],
    "ef_intro": [
        "Leo's end of phase is the end of Key Stage 3 (July 2029). The short-term targets run to his next annual review in January 2027. From September 2026, the provision below is made by Holmebridge High School unless the row says otherwise.",
    ],
    "sections": [
        ("A", [
            ("h", "Leo's views"),
            "Leo talked to his teaching assistant (TA), Mrs Shaw, in December 2025 and chose to have his views written as a list.",
            ("b", "\"I like Lego, making stop-motion films on the iPad and my cat Pickle.\""),
            ("b", "\"I'm worried about high school because it's big and I might get lost, and I don't want people to see if I have a seizure.\""),
            ("b", "\"I want to make films when I'm older, or work in a Lego shop.\""),
            ("b", "\"It helps when someone tells me what's going to happen, and when I can have a break in the calm room.\""),
            ("h", "What Leo's parents say (Natalie and Paul)"),
            ("q", "\"Leo is gentle, creative and patient - he spends hours on his films. Our hope is that he settles well at Holmebridge High, keeps his friends, feels safe about his epilepsy and keeps making progress in reading and maths. Longer term, we would like him to go to college to study media and to be able to live independently.\""),
            ("h", "Leo's strengths"),
            ("b", "Creative and patient: he plans and makes his own stop-motion films."),
            ("b", "Kind and caring, with a good visual memory."),
            ("b", "He knows his seizure warning signs and is starting to tell adults about them."),
        ]),
        ("B", b_area(
            "Cognition and learning",
            "Leo has moderate learning difficulties (MLD). His reading age is 7 years 9 months and he is working at about the level expected at the end of Year 3 in maths. He learns well from pictures, videos and practical work.",
            "Leo takes longer to process information and to remember new facts and methods, so he needs more repetition than his classmates. After a seizure he is very tired and his learning that day is affected.",
        ) + b_area(
            "Communication and interaction",
            "Leo talks well and enjoys telling people about his films.",
            "He needs extra time to take in longer spoken instructions and may miss parts of them.",
        ) + b_area(
            "Social, emotional and mental health",
            "Leo has a small, settled group of friends and is well liked.",
            "He is anxious about moving to a large secondary school and about having a seizure in front of other pupils. When worried, he goes quiet and withdraws.",
        ) + [
            ("h", "Sensory and physical"),
            "Leo has no sensory or physical needs.",
        ]),
        ("EF", [
            {"area": "Learning",
             "long": "By the end of Key Stage 3 (July 2029), Leo will read and use maths well enough to manage everyday tasks and his chosen college course.",
             "rows": [
                 ("By January 2027, Leo's reading age will rise from 7 years 9 months to at least 8 years 9 months on the school's standardised reading test.",
                  "Reading intervention (phonics and comprehension)", "Daily, 20 minutes", "1:1 with a TA trained in the school's reading programme; from September 2026, a Learning Support TA at Holmebridge High trained in the same programme"),
                 ("By January 2027, Leo will solve addition and subtraction problems with three-digit numbers using written methods, getting 8 out of 10 right in half-termly checks.",
                  "Maths catch-up group using practical equipment", "Four times a week, 25 minutes", "Group of 4, led by a Higher Level Teaching Assistant (HLTA)"),
                 (None,
                  "Specialist Teacher, Learning Support Service: assesses progress and advises staff", "Once a term, 1 hour", "Qualified teacher with a postgraduate qualification in learning difficulties"),
                 ("By January 2027, Leo will make a two-minute stop-motion film explaining a science or history topic and show it to his class.",
                  "iPad for recording his learning, with a stop-motion app installed and maintained by the school's IT technician", "In science and history lessons, at least twice a week", "Subject teachers; IT technician"),
                 ("By January 2027, Leo will follow a three-step spoken instruction in lessons on 4 out of 5 occasions, recorded by his key worker.",
                  "Instructions given in short steps and written on the board or on a task card", "Every lesson", "All teaching staff, briefed by the SENCo (Special Educational Needs Co-ordinator) in September 2026"),
             ]},
            {"area": "Feelings and moving to secondary school",
             "long": "By July 2027, Leo will feel settled at Holmebridge High School, find his way around and ask adults for help.",
             "rows": [
                 ("By the end of October 2026, Leo will find his way to all his lessons using his colour-coded map, with no more than one adult prompt a week, recorded by his key worker.",
                  "May and June 2026: Leo visits Holmebridge High with his TA three times to photograph key rooms and make his own map book", "Three visits of 1 hour, May to June 2026", "Hillside TA with the Holmebridge High SENCo"),
                 (None,
                  "A named key worker meets Leo at the start of each day and at lunch", "Daily for the first half-term, 10 minutes each time; then three mornings a week", "Learning Support TA (named key worker)"),
                 ("By January 2027, Leo will tell an adult when he is worried, using his worry scale card, at least once a week, recorded in his key worker's log.",
                  "Emotional literacy sessions", "Weekly, 40 minutes, for 6 weeks in the summer term 2026 and 6 weeks in the autumn term 2026", "Group of 4, led by an Emotional Literacy Support Assistant (ELSA), a TA trained by the Educational Psychology Service"),
             ]},
            {"area": "Living safely with epilepsy",
             "long": "By July 2029, Leo will understand his epilepsy, keep himself safe and explain his needs to new adults.",
             "rows": [
                 ("By January 2027, Leo will tell his key worker, or show his epilepsy card, when he feels an aura (his warning sign) or feels unwell after a seizure, on every occasion noted in the seizure log.",
                  "Staff follow Leo's individual healthcare plan (IHCP); after a seizure he rests in the medical room, and missed work is covered in a 1:1 catch-up session the next day", "After each seizure; catch-up 15 minutes", "Key worker and trained first aiders (training: see Section G)"),
             ]},
        ]),
        ("C", [
            "Leo has epilepsy, diagnosed in 2022. He is under the paediatric neurology team at the regional children's hospital and takes medication morning and evening at home. He has absence seizures (brief staring spells of a few seconds) several times a week, and has had two tonic-clonic seizures (when he loses consciousness and his body stiffens and jerks) at school in the last year. He has an individual healthcare plan (IHCP) and emergency rescue medication (buccal midazolam), which must be with him at all times, including on trips. After a larger seizure he is very tired and needs to sleep for one to two hours.",
            "Leo has no other health needs.",
        ]),
        ("G", [
            ("b", "Children's Epilepsy Nurse Specialist: trains named staff at Hillside Primary School, Holmebridge High School and the Lowfield Centre in Leo's IHCP and in giving his rescue medication - a 2-hour session once a year and for any new named staff; visits Holmebridge High in September 2026 (1 hour) to go through the plan with the SENCo and key worker; reviews the IHCP every September."),
            ("b", "Paediatric neurology team, regional children's hospital: clinic review every six months, including his medication, with a copy of the clinic letter sent to school."),
            "Sarah Milner, the ICB's Designated Clinical Officer, agreed this health provision on 5 February 2026. (ICB: Integrated Care Board, the NHS body that plans local health services.)",
        ]),
        ("D", [
            "Leo lives with his mum, dad and younger brother. Because of his epilepsy, Leo needs an adult close by when swimming, bathing and out in the community, which limits what the family can do together. A short breaks assessment by the Children's Social Work Service (Disabled Children's Team, social worker Paul Denby) on 3 November 2025 found that Leo needs short breaks, and that his parents would like help with routines. Leo is not on a child in need plan or a child protection plan.",
        ]),
        ("H1", [
            ("b", "Short Breaks Service: Friday youth club at the Lowfield Centre for young people aged 8 to 13, fortnightly, 6pm to 8pm (19 sessions a year), staffed at one worker to four young people. Staff are trained in Leo's rescue medication (see Section G)."),
        ]),
        ("H2", [
            ("b", "Early Help Service: a Family Support Worker will work with Leo's parents for 12 weeks from February 2026 (one home visit a week, 1 hour each) on bedtime routines and planning for the move to secondary school."),
        ]),
        ("I", [
            "Until the end of the summer term 2026: Hillside Primary School (mainstream primary school).",
            "From 1 September 2026: Holmebridge High School (mainstream secondary academy, 11 to 16).",
        ]),
        ("J", ["No personal budget requested; the family chose short breaks arranged directly by the Short Breaks Service."]),
        ("K", [
            ("t", ["Advice", "Given by", "Date"], [
                ("Leo's views", "Leo, with Mrs Shaw (TA)", "9 December 2025"),
                ("Parents' views", "Natalie and Paul (parents)", "12 December 2025"),
                ("Educational advice (annual review report)", "Mrs Green, SENCo, Hillside Primary School", "8 January 2026"),
                ("Secondary school advice", "Mr Holt, SENCo, Holmebridge High School", "14 January 2026"),
                ("Psychological advice", "Dr Imran Qureshi, Educational Psychologist", "15 December 2025"),
                ("Medical advice", "Dr Laura Chen, Consultant Paediatric Neurologist, regional children's hospital", "20 November 2025"),
                ("Epilepsy nursing advice", "Gemma Hirst, Children's Epilepsy Nurse Specialist", "2 December 2025"),
                ("Social care advice", "Paul Denby, Social Worker, Disabled Children's Team, Children's Social Work Service", "3 November 2025"),
                ("Short breaks information", "Kerry Moss, Short Breaks Co-ordinator, Short Breaks Service", "10 December 2025"),
            ], [5.0, 8.5, 3.5]),
        ]),
    ],
    "closing": ["Issued by Holmebridge Metropolitan Borough Council, 10 February 2026. EHC Plan Co-ordinator: Andrea Lockwood."],
}

PLANS = [L102, L106, L109, L112]
