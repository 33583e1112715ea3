"""Plan content j207-j212 (fictional, anonymised)."""

# ----------------------------------------------------------------------------- j207
J207 = dict(
    file="j207.docx",
    layout="heading2-numbered",
    fill="FBE5D6",
    front=[
        ("Name", "Alfie"),
        ("Age", "10"),
        ("NC year", "Year 6"),
        ("Education phase", "Primary (Key Stage 2)"),
        ("Date of plan", "03.11.2026"),
        ("Last reviewed", "08.10.2026 (annual review)"),
        ("School", "Hadrian Road Primary School"),
    ],
    sections={
        "A": [
            ("h", "A1 All about me"),
            ("p", "Alfie told us this with his speech and language therapist on 22.09.2026. They used a Talking Mat "
                  "(picture cards Alfie sorts into 'good', 'OK' and 'not good') and the therapist wrote down his words."),
            ("ul", [
                "\"My name is Alfie and I'm 10. I like Lego, drawing comics and going fishing with my grandad.\"",
                "\"I'm good at building things and at football. I'm good at maths, especially shapes.\"",
                "\"Words are hard sometimes. When the teacher talks for a long time I lose it. I don't like reading out loud.\"",
                "\"Pictures help me, and when my teacher writes it down. It helps when Miss Kerr checks I know what to do.\"",
                "\"I'm a bit worried about big school because it's massive and I won't know where to go.\"",
                "\"When I'm older I want to be an engineer and build bridges like the Tyne Bridge.\"",
            ]),
            ("h", "A2 What Mum and Dad say"),
            ("p", "Mum and Dad say Alfie is kind, funny and never gives up. He can spend hours building and is proud of "
                  "his Lego models. They have seen his confidence grow this year. Their hopes for this year are a good "
                  "move to secondary school, friends who understand him and for Alfie to start reading for pleasure. "
                  "In the future they would love him to go to college and get a trade, or to study engineering."),
        ],
        "B": [
            ("p", "Alfie has developmental language disorder (DLD). This is a long-term difficulty with understanding "
                  "and using spoken language that is not caused by another condition. His needs are set out under the "
                  "four broad areas."),
            ("h", "B1 Communication and interaction"),
            ("table", ["What Alfie finds difficult", "What helps Alfie"], [[
                "On a standard language test in September 2026, Alfie's understanding of language and his use of "
                "language were both well below the average range for his age. He finds long or complicated "
                "instructions hard to follow, struggles to find the word he wants and finds it hard to tell a story "
                "or explain events in order.",
                "Short instructions with key words. Pictures and written prompts. Time to think before he answers. "
                "Word maps for new words."]]),
            ("h", "B2 Cognition and learning"),
            ("table", ["What Alfie finds difficult", "What helps Alfie"], [[
                "Alfie reads words accurately at about a Year 4 level but often does not understand what he has read. "
                "His writing is in short, simple sentences. He is working at the expected level in number and is "
                "strong in shape, space and measures.",
                "Pre-teaching of topic words. Reading in small steps with questions. Writing frames and sentence starters."]]),
            ("h", "B3 Social, emotional and mental health"),
            ("table", ["What Alfie finds difficult", "What helps Alfie"], [[
                "Alfie gets frustrated when people do not understand him and sometimes friendships go wrong because "
                "of misunderstandings. He is worried about moving to secondary school.",
                "An adult helping him sort out misunderstandings calmly. Structured games at lunchtime. Extra "
                "visits to his new school."]]),
            ("h", "B4 Sensory and physical"),
            ("p", "Alfie has no sensory or physical needs."),
        ],
        "C": [
            ("p", "Alfie has no health needs. His GP (family doctor), Dr Kaur, confirmed on 03.09.2026 that he is fit "
                  "and well, and his hearing was tested in June 2026 and is normal. His speech and language needs are "
                  "educational needs and are set out in Sections B and F."),
        ],
        "D": [
            ("p", "Alfie has no social care needs. The Children with Disabilities Team looked at the information for "
                  "this plan and gave advice on 10.09.2026: Alfie's needs are met well at home and no social care "
                  "assessment is needed. The family were told about the Early Help service and the short breaks on the "
                  "Local Offer; they did not want a referral."),
        ],
        "E": [
            ("p", "Alfie's outcomes run to the end of Y6 (July 2027), when he moves to secondary school."),
            ("ol", [
                "By the end of Y6 (July 2027), Alfie will retell a short story or a news event in the right order, "
                "using at least 5 linking words (such as first, then, because, after, so), on 3 out of 4 recorded "
                "tries (speech and language therapist's check).",
                "By Easter 2027, Alfie will learn 10 new topic words each half-term using his word maps, and use 8 of "
                "them correctly in his own sentences (teaching assistant's check at the end of each half-term).",
                "By July 2027, when he does not understand an instruction, Alfie will ask for help ('Can you say that "
                "again?') on 4 out of 5 occasions observed by his class teacher.",
                "By July 2027, Alfie's reading comprehension score will rise from 78 to at least 85 on the school's "
                "standardised reading test.",
                "By July 2027, Alfie will plan and build a model bridge with a partner in the after-school science "
                "and engineering club, and write 5 instructions for it using picture prompts.",
                "Before he starts secondary school in September 2027, Alfie will visit his new school at least 3 times "
                "and tell his new key adult two things that help him (recorded in his one-page profile).",
            ]),
        ],
        "F": [
            ("h", "F1 Communication and interaction"),
            ("ol", [
                "Speech and language therapy: a speech and language therapist (SLT) from the Children's Speech and "
                "Language Therapy Service will work with Alfie 1:1 in school, fortnightly, 45 minutes, and will set "
                "his language targets each half-term.",
                "Language programme: a teaching assistant (TA) trained by the SLT will run Alfie's programme 1:1, "
                "5 x 15 min per week (every morning at 9.00).",
                "Narrative group: a group of no more than 4 pupils, 30 minutes, 2x per week, led by the TA using the "
                "SLT's plan.",
                "Training: the SLT will train Alfie's class teacher and TA in language-friendly teaching (2 hours, "
                "by 30.11.2026).",
            ]),
            ("h", "F2 Cognition and learning"),
            ("ol", [
                "Pre-teaching of topic words with word maps, 1:1 with the TA, 15 minutes, every Monday and Wednesday.",
                "Reading comprehension group of 3 pupils, 3x per week, 20 minutes, run by the Year 6 TA, who is "
                "trained in the programme.",
                "In every lesson the class teacher gives instructions in short chunks, writes the key words on the "
                "board and uses a visual timetable.",
                "For the Year 6 national tests in May 2027, Alfie will have 25% extra time and a reader for the maths "
                "papers. March 2027 is the deadline for this: the special educational needs co-ordinator (SENCo) "
                "will apply by then.",
            ]),
            ("h", "F3 Social, emotional and mental health"),
            ("ol", [
                "Lego club: every Tuesday and Friday lunchtime, 30 minutes, group of 4, run by a TA trained in "
                "Lego-based therapy.",
                "After-school science and engineering club, every Thursday, 1 hour, with a TA who knows Alfie's "
                "language targets.",
                "Transition: 3 extra visits to his secondary school in the summer term 2027, each half a day, with "
                "his TA. The SENCo will write a one-page profile with Alfie and send it to the new school by 01.06.2027.",
            ]),
        ],
        "G": [("p", "None. Alfie has no health needs (see Section C). Speech and language therapy is educational "
                    "provision and is in Section F.")],
        "H1": [("p", "None.")],
        "H2": [("p", "None. Early Help and short breaks were talked about with the family (see Section D) and are "
                     "not wanted at this time.")],
        "I": [("p", "Hadrian Road Primary School (mainstream primary school) until July 2027. Alfie's secondary school "
                    "will be named in this plan by 15 February 2027, after the family have visited schools.")],
        "J": [("p", "No personal budget has been requested.")],
        "K": [
            ("table", ["Advice", "Given by", "Date"], [
                ["Alfie's views", "Alfie, with Becca Watts, Specialist Speech and Language Therapist", "22.09.2026"],
                ["Parents' views", "Mum and Dad", "22.09.2026"],
                ["Educational advice", "Miss Kerr, Class Teacher, and Mr Iqbal, SENCo, Hadrian Road Primary School", "15.09.2026"],
                ["Psychological advice", "Dr Hannah Li, Educational Psychologist", "07.07.2026"],
                ["Speech and language therapy advice", "Becca Watts, Specialist Speech and Language Therapist", "18.09.2026"],
                ["Medical advice", "Dr Kaur, GP", "03.09.2026"],
                ["Social care advice", "Mark Nolan, Social Worker, Children with Disabilities Team", "10.09.2026"],
            ]),
        ],
    },
)

# ----------------------------------------------------------------------------- j208
J208 = dict(
    file="j208.docx",
    layout="letter-column",
    fill="E2EFDA",
    front=[
        ("Name", "Kayden"),
        ("Age", "14"),
        ("NC year", "Year 9"),
        ("Education phase", "Secondary (Key Stage 3)"),
        ("School", "Northgate Academy"),
        ("Date of plan", "12.11.2026"),
        ("Last reviewed", "14.10.2026 (Year 9 annual review)"),
    ],
    titles={
        "A": "About Kayden: views, interests and aspirations",
        "B": "Kayden's special educational needs",
        "E": "Outcomes (including Preparing for Adulthood)",
    },
    sections={
        "A": [
            ("h", "Kayden's views"),
            ("p", "Kayden typed his views on his laptop at school on 06.10.2026 and talked about them at his review."),
            ("p", "\"I'm Kayden and I'm 14. I have cerebral palsy, which affects my legs and my right hand. I use a "
                  "wheelchair around school and a walker at home. I love gaming, Newcastle United and making videos. "
                  "I'm good at computers and I'm funny.\""),
            ("p", "\"I hate being stuck at the back of the room and waiting ages for the lift. I get tired by the "
                  "afternoon and my legs ache.\""),
            ("p", "\"I want to study media at college and maybe work in video editing or sports journalism. I want to "
                  "be able to go into town with my mates on the Metro without my mum.\""),
            ("h", "What Mum and Dad say"),
            ("p", "Mum and Dad are proud of how hard Kayden works and how he keeps everyone laughing. They want him to "
                  "get good GCSEs, to go to college and to be as independent as possible, including getting about "
                  "the city with friends. They worry about how tired he gets and about pain in his legs, and they "
                  "would like more help for him to see friends at weekends."),
        ],
        "B": [
            ("p", "Kayden's needs under the four broad areas."),
            ("table", ["What Kayden finds difficult", "What helps Kayden"], [
                ["Communication and interaction: Kayden is a confident talker and has no needs in this area.", "-"],
                ["Cognition and learning: Kayden is working at the expected level in most subjects and is very able "
                 "in computing. Handwriting with his right hand is slow and tiring (about 8 words a minute), so he "
                 "cannot keep up with written work or copy from the board.",
                 "Using a laptop for all written work. Printed notes. Extra time in tests."],
                ["Social, emotional and mental health: Kayden is positive and popular, but he gets frustrated and low "
                 "when he is left out of activities because of access, and he is tired by the afternoon.",
                 "Being included in planning trips and activities. A trusted adult to talk to. A rest break mid-morning."],
                ["Sensory and physical: Kayden has bilateral cerebral palsy. He walks short distances with a walker "
                 "and uses a self-propelling wheelchair for longer distances. He needs an adult nearby when he moves "
                 "from his wheelchair to the toilet, and help on stairs and uneven ground.",
                 "Lessons on the ground floor or near the lift. An accessible toilet with grab rails. Adapted PE."],
            ]),
        ],
        "C": [
            ("p", "Kayden has bilateral cerebral palsy. The muscles in his legs are tight, and he has pain in his calves "
                  "and hamstrings after long days. He wears ankle-foot orthoses (splints that support his ankles and "
                  "feet) every day and follows a daily stretching programme from his physiotherapist. He uses a "
                  "wheelchair provided by the NHS Wheelchair Service. Kayden has no difficulties with eating, drinking "
                  "or breathing, and is otherwise well."),
        ],
        "D": [
            ("p", "Kayden lives with Mum, Dad and his sister in a house adapted in 2024 with a ramp and a downstairs wet "
                  "room. A social worker from the Children with Disabilities Team assessed Kayden's needs in September "
                  "2026. Kayden would like more time with friends outside school, and Mum and Dad, who provide all his "
                  "personal care at home, need some breaks in the evenings and at weekends."),
        ],
        "E": [
            ("table", ["Outcome", "How we will know"], [
                ["Employment and education: By July 2027, Kayden will plan, film and edit a 3-minute video for the "
                 "school's media club channel.", "Media teacher's review of the finished video"],
                ["Employment and education: By July 2027, Kayden will receive his Bronze Arts Award certificate for "
                 "his video project.", "Certificate from the awarding body"],
                ["Employment and education: By the end of Year 9 (July 2027), Kayden will type at least 25 words a "
                 "minute and complete written work in all lessons on his laptop.", "Keyboard test each term; teachers' checks"],
                ["Friends and community: By July 2027, Kayden will travel by Metro from school to the city centre "
                 "with a friend, with the travel trainer watching from a distance, on 3 trips in a row without needing help.",
                 "Travel trainer's record"],
                ["Independent living: By Easter 2027, Kayden will move from his wheelchair to the toilet with one adult "
                 "standing by only, every time.", "Teaching assistant's log"],
                ["Good health: By July 2027, Kayden will do his stretching programme himself at lunchtime on 4 out of 5 "
                 "school days, and tell staff when he is in pain using a 0-10 scale.", "Teaching assistant's log and physiotherapist's review"],
                ["Friends and community: By July 2027, Kayden will go out with friends at least twice a month, to "
                 "places he chooses.", "Parents' record"],
            ]),
        ],
        "F": [
            ("table", ["Support", "Amount", "Provided by"], [
                ["A school laptop with voice-typing and word prediction software", "Used in every lesson; the network "
                 "manager installs updates each half-term and replaces the laptop if it breaks", "School network manager"],
                ["Touch-typing practice", "1:1, 5 x 15 min per week (registration time)", "Teaching assistant (TA)"],
                ["Printed copies of anything on the board", "Every lesson", "Subject teachers"],
                ["Exam access arrangements: 25% extra time, use of a word processor and a separate room for tests "
                 "and mock exams", "All tests and mock exams", "Arranged by the special educational needs co-ordinator "
                 "(SENCo) with the exams officer"],
                ["Visits to review access, equipment and staff training", "Once a term, 1.5 hours",
                 "Advisory Teacher for Physical Disability"],
                ["Support with moving from his wheelchair to the toilet, by a TA trained in moving and handling "
                 "(training renewed every year)", "At least 3 times a day, and whenever Kayden asks", "TA"],
                ["All Kayden's lessons timetabled on the ground floor or next to the lift", "Whole school year",
                 "Timetable manager"],
                ["Height-adjustable desk in each classroom he uses, and a sloped writing board", "Checked by the "
                 "Advisory Teacher at each visit", "School"],
                ["Adapted PE (boccia, wheelchair basketball)", "2 lessons a week, group of 6", "PE teacher"],
                ["Rest break in the Learning Support base", "Daily, 10 minutes, mid-morning", "TA"],
                ["Mentoring with a trusted adult", "Fortnightly, 30 mins, 1:1", "Pastoral lead"],
                ["Media club (accessible room), including work towards the Bronze Arts Award", "Weekly, Thursday after school, 1 hour", "Media teacher"],
                ["Independent travel training on the Metro", "1:1, 1 hour, weekly for 10 weeks from Jan '27",
                 "Independent Travel Trainer, council travel team"],
            ]),
            ("p", "From January 2027, the school's careers adviser will meet Kayden 1:1 for 45 minutes each half-term "
                  "to plan his options and arrange two college taster days in media."),
        ],
        "G": [
            ("table", ["Health provision", "How often", "Provided by"], [
                ["Physiotherapy review at school, updating Kayden's stretching programme", "Every half-term, 45 minutes",
                 "Children's Physiotherapist, NHS Children's Physiotherapy"],
                ["Daily stretching programme, written by the physiotherapist", "Daily, 20 minutes, at lunchtime",
                 "TA trained by the physiotherapist"],
                ["Ankle-foot orthoses: fitting and review; new splints made when the orthotist finds they no longer fit",
                 "Every 6 months", "Orthotist, Orthotics Service"],
                ["Wheelchair review and repairs", "Yearly review; repairs within 5 working days of a call to the repair line",
                 "NHS Wheelchair Service"],
                ["Review of Kayden's cerebral palsy, pain and growth", "Every 6 months (next March 2027)",
                 "Dr Patel, Community Paediatrician"],
            ]),
            ("p", "Section G checked and agreed on behalf of health by Dr Ayesha Rahman, Designated Clinical Officer "
                  "(DCO), 05.11.2026."),
        ],
        "H1": [
            ("table", ["Support", "Amount", "Provided by"], [
                ["Saturday youth club for disabled young people, with transport", "Weekly, Saturdays 10am - 2pm",
                 "Children with Disabilities Team (short breaks)"],
                ["Personal assistant (PA) so Kayden can go out with friends", "4 hours a week, through a direct payment",
                 "Children with Disabilities Team"],
            ]),
        ],
        "H2": [("p", "None. Early Help was considered and is not needed.")],
        "I": [("p", "Northgate Academy (mainstream secondary school, 11-18).")],
        "J": [("p", "Direct payment of £62.40 a week for 4 hours of personal assistant support (see H1).")],
        "K": [
            ("table", ["Advice", "Given by", "Date"], [
                ["Kayden's views", "Kayden", "06.10.2026"],
                ["Parents' views", "Mum and Dad", "06.10.2026"],
                ["Educational advice", "Mr P. Hall, SENCo, Northgate Academy", "01.10.2026"],
                ["Advisory teacher advice", "Gill Carter, Advisory Teacher for Physical Disability", "22.09.2026"],
                ["Psychological advice", "Dr Tom Reay, Educational Psychologist", "11.09.2026"],
                ["Medical advice", "Dr Patel, Community Paediatrician", "15.09.2026"],
                ["Physiotherapy advice", "Amy Shaw, Children's Physiotherapist", "18.09.2026"],
                ["Orthotics report", "Ben Lowes, Orthotist", "08.09.2026"],
                ["Wheelchair Service report", "NHS Wheelchair Service (Rehabilitation Engineer)", "21.07.2026"],
                ["Social care advice", "Paula Greig, Social Worker, Children with Disabilities Team", "24.09.2026"],
                ["Preparing for adulthood advice", "Lee Brown, Careers Adviser", "30.09.2026"],
            ]),
        ],
    },
)

# ----------------------------------------------------------------------------- j209
J209 = dict(
    file="j209.docx",
    layout="shaded-heading-table",
    fill="D9E1F2",
    sht_format="Section {sec} - {title}",
    front=[
        ("Name", "Ella"),
        ("Age", "17"),
        ("Education phase", "Post-16 further education (first year)"),
        ("College", "Riverside College"),
        ("Date of plan", "21.10.2026"),
        ("Last reviewed", "29.09.2026"),
    ],
    sections={
        "A": [
            ("h", "Ella's views"),
            ("p", "Ella wrote this with her personal tutor on 15.09.2026."),
            ("p", "\"I'm Ella and I'm 17. I'm at Riverside College doing my Level 2 Early Years course and I love my "
                  "placement at the nursery. I'm good with little kids and they like me. I'm creative and I like doing "
                  "art and crafts with them. I get really anxious in big groups and some days I can't make myself go "
                  "in. I find it hard to trust new people. What helps me is when my tutor texts me the day before if "
                  "something is changing, and having one person I can go to.\""),
            ("p", "\"I want to work in a nursery when I finish college and then maybe do my Level 3. I want my own flat "
                  "one day and I want to learn to drive.\""),
            ("h", "What Ella's foster carer says"),
            ("p", "Lorraine, Ella's foster carer, said: \"Ella is caring and really good with children. She has come a "
                  "long way this year and she definately wants to make it work at college. Her mood dips in the winter "
                  "and she needs encouragement to go in. I'd like her to learn more about cooking and money before she "
                  "moves on, so she can be more independant.\""),
            ("h", "Strengths"),
            ("p", "Ella is kind, creative and reliable on placement. Staff at the nursery says the children goes to "
                  "her straight away."),
        ],
        "B": [
            ("h", "Communication and interaction"),
            ("table", ["What Ella finds difficult", "What helps Ella"], [[
                "Ella talks well 1:1 and with people she knows. She finds it hard to speak up in big groups and will "
                "not ask questions in class. Ella don't like being put on the spot.",
                "Her tutor checking in with her privately. Being able to email questions."]]),
            ("h", "Cognition and learning"),
            ("table", ["What Ella finds difficult", "What helps Ella"], [[
                "Ella is working at Level 2 on her Early Years course and is keeping up with her assignments. She got "
                "a grade 4 in GCSE maths and a grade 3 in English, so she is resitting English. Her written work is "
                "sometimes rushed and she finds it hard to plan long essays.",
                "Essay plans. Deadlines broken into steps. Feedback in writing."]]),
            ("h", "Social, emotional and mental health"),
            ("table", ["What Ella finds difficult", "What helps Ella"], [[
                "Ella has anxiety and periods of low mood. When she get anxious she leave the room or does not come in "
                "to college. She finds it hard to trust new adults and it takes time for her to build a relationship. "
                "She have had times in the past when she self-harmed; there has been none in the last year.",
                "One trusted adult. Knowing about changes the day before. A quiet, seperate space to go to."]]),
            ("h", "Sensory and physical"),
            ("p", "Ella has no sensory or physical needs."),
        ],
        "C": [
            ("p", "Ella has anxiety and low mood. She has been seen by CAMHS (Child and Adolescent Mental Health "
                  "Services) since 2024 and is having cognitive behavioural therapy (CBT), a talking therapy that "
                  "helps people change unhelpful thoughts. Her GP (family doctor) prescribes sertraline, an "
                  "anti-depressant, which she takes every morning. Ella has a Review Health Assessment each year with "
                  "the Looked After Children's Nurse; the last one was on 20.08.2026 and found her physically well."),
        ],
        "D": [
            ("p", "Ella is a looked after child and lives with her foster carer, Lorraine. She has a social worker."),
        ],
        "E": [
            ("ol", [
                "By July 2027, Ella will complete her Level 2 Early Years Practitioner course and be awarded the "
                "certificate (college results).",
                "By Easter 2027, Ella will attend her nursery placement every Tuesday and Thursday, missing no more "
                "than 2 days each term (placement register).",
                "By July 2027, Ella will acheive a grade 4 in her GCSE English resit.",
                "By July 2027, Ella will plan and cook 3 meals a week for herself and keep to a weekly food budget of "
                "£25, checked by her foster carer on the independence checklist.",
                "By March 2027, Ella will use 2 strategies from her CBT sessions when she feels anxious, and will rate "
                "her anxiety at 5 out of 10 or lower on 4 days out of 5 (her mood diary, checked with her mentor).",
                "By July 2027, Ella will join one college enrichment group, such as the Wednesday drama club, and go "
                "to at least 3 sessions out of 4 each half-term (enrichment register).",
            ]),
        ],
        "F": [
            ("p", "The college SEN (special educational needs) team will provide the following support."),
            ("table", ["Support", "Amount", "Provided by"], [
                ["Mentoring: a named Learning Support Practitioner meets Ella 1:1 to check on her wellbeing, go through "
                 "her week and help her plan assignments. Ella will recieve a written copy of her plan for the week.",
                 "30 minutes, weekly, Monday mornings", "Learning Support Practitioner (mentor)"],
                ["Text message the day before any change to her timetable or placement", "Each change", "Personal tutor"],
                ["GCSE English resit class", "3 hours a week, group of no more than 12", "Qualified English teacher"],
                ["1:1 English tuition on planning and writing longer answers", "45 minutes, weekly", "English teacher"],
                ["Placement visits to check how Ella is getting on and to support her with her placement assessor",
                 "Every 3 weeks, 30 mins", "Placement co-ordinator"],
                ["A quiet room in a smaller exam enviroment (no more than 5 candidates)", "All exams and mocks", "Exams officer"],
                ["Independent living skills session (budgeting, shopping and cooking)", "Weekly, 1 hour, group of 6",
                 "Independent living tutor"],
                ["Introduction to college enrichment clubs: the enrichment officer meets Ella and goes with her to her "
                 "first session", "One 30-minute meeting and the first session, by 30.11.2026", "Student enrichment officer"],
            ]),
            ("p", "Ella will have access to the college wellbeing team as required."),
        ],
        "G": [
            ("table", ["Health provision", "How often", "Provided by"], [
                ["CBT sessions, 1:1", "Fortnightly, 50 mins, September 2026 - March 2027", "CAMHS practitioner, CAMHS 16-18 team"],
                ["A plan, agreed with Ella, for moving to adult mental health services at 18", "By March 2027",
                 "CAMHS practitioner, CAMHS 16-18 team"],
                ["Medication review", "Every 3 months", "Ella's GP"],
                ["Review Health Assessment", "Yearly (next August 2027)", "Looked After Children's Nurse"],
            ]),
            ("p", "The Designated Clinical Officer (DCO), Lorna Patterson, confirmed on 14.10.2026 that health agrees "
                  "the provision in Section G."),
        ],
        "H1": [("p", "None.")],
        "H2": [("p", "None.")],
        "I": [("p", "Riverside College (general further education college): Level 2 Early Years Practitioner course, "
                    "September 2026 - July 2027, with a placement at Little Acorns Nursery on Tuesdays and Thursdays.")],
        "J": [("p", "None.")],
        "K": [
            ("table", ["Advice", "Given by", "Date"], [
                ["Ella's views", "Ella, with Jess Moore, Personal Tutor", "15.09.2026"],
                ["Foster carer's views", "Lorraine, foster carer", "15.09.2026"],
                ["Educational advice", "Jess Moore, Personal Tutor, and Andrew Pike, Course Leader, Riverside College", "18.09.2026"],
                ["Psychological advice", "Dr Hannah Li, Educational Psychologist", "07.07.2026"],
                ["Health advice: Review Health Assessment", "Kim Shaw, Looked After Children's Nurse", "20.08.2026"],
                ["Health advice: CAMHS report", "Sam Curry, CAMHS practitioner, CAMHS 16-18 team", "09.09.2026"],
                ["Health advice: GP letter", "Dr Fenwick, GP", "02.09.2026"],
                ["Social care advice", "Jade Kerr, Social Worker, Children Looked After Team", "10.09.2026"],
                ["Preparing for adulthood advice", "Lee Brown, Careers Adviser", "16.09.2026"],
            ]),
        ],
    },
)

# ----------------------------------------------------------------------------- j210
J210 = dict(
    file="j210.docx",
    layout="heading2-numbered",
    fill="EDEDED",
    front=[
        ("Name", "Daniel"),
        ("Age", "24"),
        ("Education phase", "Post-19, specialist further education"),
        ("Setting", "Northgate Specialist College, Pathways to Work programme"),
        ("Date of plan", "05.10.2026"),
        ("Last reviewed", "15.09.2026"),
    ],
    sections={
        "A": [
            ("h", "A1 What Daniel says"),
            ("p", "Daniel gave his views at his annual review on 15.09.2026, with help from his tutor."),
            ("p", "\"I like trains, especially the Metro and old steam engines. I go to the railway museum at weekends. "
                  "I like my college because it is quiet and Steve explains things properly. I like working in the "
                  "college stock room because everything goes in the right place. I don't like noisy places, people "
                  "touching my things, or when the bus is late and nobody says why.\""),
            ("p", "\"I live in my own flat. I have a support worker who comes three times a week. I can make pasta and "
                  "I do my own washing.\""),
            ("h", "A2 What people who know Daniel say"),
            ("p", "Maureen, Daniel's former foster carer, still sees him every Sunday. She says Daniel is honest, "
                  "hard-working and very good with facts and numbers. He still needs help with letters and bills, and "
                  "he gets very anxious if something unexpected happens."),
            ("p", "His Leaving Care Personal Adviser says Daniel has settled well in his flat over the last year."),
            ("h", "A3 Daniel's strengths"),
            ("ul", [
                "An excellent memory for facts, timetables and numbers.",
                "Reliable and always on time.",
                "Careful, accurate work, especially sorting and stock checking.",
                "Cooks simple meals and keeps his clothes clean.",
            ]),
        ],
        "B": [
            ("h", "B1 Communication and interaction"),
            ("table", ["What Daniel finds difficult", "What helps Daniel"], [[
                "Daniel takes what people say literally and can miss jokes or hints. He finds it hard to start "
                "conversations with people he does not know and to use the phone.",
                "Clear, direct language. Written instructions. Time to think before answering."]]),
            ("h", "B2 Cognition and learning"),
            ("table", ["What Daniel finds difficult", "What helps Daniel"], [[
                "Daniel reads well and enjoys facts. He adds and subtracts money accurately but finds budgeting over "
                "a week or a month hard, and he does not open letters he thinks look official.",
                "Step-by-step checklists. A simple weekly budget sheet. Someone to go through his post with him."]]),
            ("h", "B3 Social, emotional and mental health"),
            ("table", ["What Daniel finds difficult", "What helps Daniel"], [[
                "Daniel becomes very anxious when routines change or things go wrong unexpectedly. When he is very "
                "anxious he may shout or leave, and afterwards he needs time alone.",
                "Warning of changes. A quiet place to go. His anxiety plan (breathing, headphones, going to a quiet room)."]]),
            ("h", "B4 Sensory and physical"),
            ("table", ["What Daniel finds difficult", "What helps Daniel"], [[
                "Daniel is very sensitive to noise and to some textures. Busy, noisy places such as cafés and "
                "supermarkets at peak times are very hard for him.",
                "Noise-cancelling headphones. Going to shops at quiet times."]]),
        ],
        "C": [
            ("p", "Daniel is autistic; he was diagnosed as a child. He has anxiety, which is worse when his routine "
                  "changes. He is under the Adult Autism Service, where a psychiatrist prescribes medication to help "
                  "with his anxiety. He has no physical health problems."),
        ],
        "D": [
            ("p", "Daniel was looked after by the council from the age of 9 until he was 18. He is now a care leaver and "
                  "has a Leaving Care Personal Adviser until he is 25. His pathway plan is reviewed every 6 months and "
                  "was last reviewed on 02.09.2026."),
            ("p", "Adult Social Care completed a Care Act assessment on 20.07.2026. Daniel has eligible needs for "
                  "support with managing his post, bills and money, with keeping his flat clean, and with going to new places."),
        ],
        "E": [
            ("p", "These outcomes are for Daniel's final year at college. They end in July 2027, before his 25th birthday."),
            ("h", "E1 Employment"),
            ("ol", [
                "By July 2027, Daniel will work a 3-hour shift in the college café on 2 days a week, serving customers "
                "at the till with no more than 2 prompts each shift (café supervisor's log).",
                "Daniel will receive Job coach support at his work placement 2 days a week until July 2027.",
            ]),
            ("h", "E2 Independent living"),
            ("ol", [
                "By Easter 2027, Daniel will open his post every week and tell his support worker about any bill that "
                "needs paying, 4 weeks out of 4 (support worker's record).",
            ]),
            ("h", "E3 Friends and community"),
            ("ol", [
                "By July 2027, Daniel will go to a community group twice a month, such as a Tuesday evening board "
                "games group (support worker's record).",
            ]),
            ("h", "E4 Good health"),
            ("ol", [
                "By March 2027, when he feels anxious at college, Daniel will use his anxiety plan on 4 out of 5 "
                "occasions recorded by staff.",
                "By July 2027, Daniel will book and go to his annual health check with his GP (family doctor) himself, "
                "with one reminder from his support worker.",
            ]),
        ],
        "F": [
            ("p", "Northgate Specialist College will provide:"),
            ("ul", [
                "Pathways to Work programme, 3 days a week (Monday, Tuesday and Thursday, 9.30am - 3.00pm), in a class "
                "group of 8 with a tutor and one Learning Support Practitioner (LSP).",
                "Job coach: 1:1 at the work placement in the college café, 2 days a week (Wednesday and Friday, "
                "10am - 1pm), with a written fading plan reviewed every 6 weeks.",
                "Independent living: post, bills and budgeting session, 1:1 with an LSP, 45 minutes, weekly.",
                "Community skills group: trips to local groups and venues in a group of no more than 6, fortnightly, "
                "2 hours, led by an LSP.",
                "Anxiety: Daniel's anxiety plan is reviewed by his tutor every half-term. A quiet room (Room 4) is "
                "kept free for him every college day.",
                "Noise-cancelling headphones, bought by the college; the college SEN (special educational needs) team "
                "replaces them if they break.",
            ]),
        ],
        "G": [
            ("ul", [
                "The Adult Autism Service will provide support with Daniel's anxiety when needed.",
                "Medication review with the psychiatrist, Adult Autism Service, every 6 months (next due March 2027).",
            ]),
            ("p", "Section G agreed on behalf of health by Lorna Patterson, Designated Clinical Officer, 28.09.2026."),
        ],
        "H1": [("p", "None. Daniel is over 18; his support is under the Care Act 2014 and is set out in H2.")],
        "H2": [
            ("ul", [
                "Floating support worker from Northgate Supported Living, 10 hours a week (Monday, Wednesday and "
                "Friday), funded by Adult Social Care, to help Daniel with post, bills, cleaning and shopping.",
                "Leaving Care Personal Adviser: meets Daniel at his flat once a month for 1 hour to review his pathway "
                "plan, money and housing.",
            ]),
        ],
        "I": [("p", "Northgate Specialist College (independent specialist post-16 institution), day placement, "
                    "September 2026 - July 2027. This is Daniel's final year; his EHC plan will end when he leaves "
                    "college in July 2027.")],
        "J": [("p", "No personal budget for education. Adult Social Care funds Daniel's floating support as a managed "
                    "budget (see H2).")],
        "K": [
            ("table", ["Advice", "Given by", "Date"], [
                ["Daniel's views", "Daniel, gathered by his college tutor", ""],
                ["Former foster carer's views", "Maureen, former foster carer", "10.09.2026"],
                ["Educational advice", "Steve Armstrong, Tutor, Northgate Specialist College", "01.09.2026"],
                ["Psychological advice", "Dr Paul Hughes, Educational Psychologist", "14.03.2021"],
                ["Health advice", "Dr Iqbal, Consultant Psychiatrist, Adult Autism Service", "22.11.2022"],
                ["Social care advice (Care Act assessment)", "Chris Dunn, Social Worker, Adult Social Care", "20.07.2026"],
                ["Pathway plan review", "Leanne Hope, Leaving Care Personal Adviser", "02.09.2026"],
                ["Preparing for adulthood advice", "Lee Brown, Careers Adviser", "05.09.2026"],
            ]),
        ],
    },
)

# ----------------------------------------------------------------------------- j211
J211 = dict(
    file="j211.docx",
    layout="letter-column",
    fill="FFF2CC",
    front=[
        ("Name", "Amira"),
        ("Age", "6"),
        ("NC year", "Year 2"),
        ("Education phase", "Primary (Key Stage 1)"),
        ("School", "Lindisfarne Primary School"),
        ("Date of plan", "10.09.2026 (final plan issued)"),
        ("Last reviewed", "First annual review due by September 2027"),
    ],
    sections={
        "A": [
            ("h", "What Amira says"),
            ("p", "Amira shared her views with her class teacher and the Qualified Teacher of the Visually Impaired "
                  "(QTVI) on 08.07.2026. They used a sorting game with large, clear pictures; Amira chose the pictures "
                  "and talked about them."),
            ("p", "\"I like singing and dancing. My best friend is Lily. I like the big screen on my table because I can "
                  "see the words. I don't like it when the sun is in my eyes on the yard, and I don't like the big "
                  "stairs to the hall. When I grow up I want to be a singer on the telly.\""),
            ("h", "What Mum says"),
            ("p", "Mum says Amira is chatty, musical and loves stories at bedtime. She wants Amira to learn to read and "
                  "to be confident. She worries about Amira on the stairs and at playtime, when she sometimes plays on "
                  "her own. Mum would like Amira to join the school choir."),
            ("h", "What Amira is good at"),
            ("p", "Amira is a good listener with an excellent memory. She learns songs quickly and can retell a story "
                  "she has heard once. She is kind to other children and is well liked in her class."),
        ],
        "B": [
            ("h", "Communication and interaction"),
            ("table", ["What Amira finds difficult", "What helps Amira"], [[
                "Amira talks clearly and confidently. Because she cannot see faces clearly, she can miss facial "
                "expressions and gestures, and sometimes does not know who is talking to her.",
                "Adults saying her name first and saying who they are. Describing what is happening."]]),
            ("h", "Cognition and learning"),
            ("table", ["What Amira finds difficult", "What helps Amira"], [[
                "Amira has albinism and nystagmus (her eyes make small, constant movements), which affect her vision. "
                "Her distance vision is about 6/36: she sees at 6 metres what most people see at 36 metres. She needs "
                "print enlarged to N24 (about three times the size of print in a normal book) and cannot see the "
                "whiteboard. She is working at phonics Phase 4 and reads well when the print is large enough. Her "
                "maths is at the expected level.",
                "Enlarged print. Her own copy of anything on the board. A visualiser (a camera that shows text on a "
                "screen on her desk)."]]),
            ("h", "Social, emotional and mental health"),
            ("table", ["What Amira finds difficult", "What helps Amira"], [[
                "Amira sometimes plays on her own at playtimes because she finds it hard to find her friends on the "
                "big yard and to join in with fast ball games.",
                "A familiar adult and a friend to help her join in. Games with a bigger, brightly coloured ball."]]),
            ("h", "Sensory and physical"),
            ("table", ["What Amira finds difficult", "What helps Amira"], [[
                "Amira is very sensitive to bright light (photophobia) and finds it hard to judge steps and kerbs. "
                "She is slow on the stairs to the hall.",
                "Tinted glasses and a sun hat outside. Yellow edges on steps. Blinds in the classroom."]]),
        ],
        "C": [
            ("p", "Amira has oculocutaneous albinism (a condition that affects the colour of the skin, hair and eyes), "
                  "with nystagmus, reduced vision and photophobia. She wears glasses and is seen by the Hospital Eye "
                  "Service. Her skin burns easily and she needs sun protection outdoors."),
            ("p", "Amira also has asthma. She uses a blue reliever inhaler when she is wheezy, which happens most often "
                  "in cold weather and after PE (physical education), and she has a brown preventer inhaler at home."),
        ],
        "D": [
            ("p", "Amira lives with her mum and her two older brothers. Amira and her brothers have been subject to "
                  "child protection plans since May 2026."),
        ],
        "E": [
            ("table", ["Outcome", "How we will know"], [
                ["By July 2027, Amira will read a book at her phonics level in N24 print with 90% accuracy.",
                 "Class teacher's reading record, each half-term"],
                ["By July 2027, Amira will use the visualiser on her desk to read words from the board on her own, in "
                 "4 out of 5 literacy lessons.", "Teaching assistant's observation, weekly"],
                ["Amira has a specialist teaching assistant (TA), trained by the QTVI, who prepares all her work in "
                 "large print and supports her in every lesson.", "Timetable and TA log"],
                ["By Easter 2027, Amira will move around school on her own, including the stairs to the hall, using "
                 "the handrail and the yellow step edges, every day.", "Mobility checklist, QTVI and Habilitation Specialist"],
                ["By July 2027, Amira will be happier and more settled at playtimes.", "Observation"],
                ["By Easter 2027, Amira will learn the words of 3 songs from large-print song sheets and sing them with "
                 "the choir in the spring concert.", "Choir leader"],
            ]),
        ],
        "F": [
            ("table", ["Support", "Amount", "Provided by"], [
                ["Visits to assess Amira's vision in class, set targets, and advise and train staff",
                 "Once every half-term, 1.5 hours", "QTVI, Sensory Support Service"],
                ["All worksheets, books and resources enlarged to N24 print, prepared the day before", "Every lesson",
                 "TA trained by the QTVI (training completed June 2026)"],
                ["Visualiser linked to a tablet on Amira's desk", "Set up by the school's computer technician; checked "
                 "by the QTVI at each visit", "School, with the Sensory Support Service"],
                ["1:1 phonics catch-up using enlarged materials", "5 x 15 min per week", "TA"],
                ["Habilitation (mobility) training: moving safely around school, on the stairs and on the yard",
                 "1:1, 45 minutes, weekly for 8 weeks from w/c 14 Sept 2026, then once every half-term",
                 "Habilitation Specialist, Sensory Support Service"],
                ["Yellow edging on all steps, and blinds on the classroom windows", "Fitted by 31.10.2026", "Site manager"],
                ["Playground game group with brightly coloured balls and simple rules",
                 "Every lunchtime, 15 minutes, group of no more than 5 pupils", "Lunchtime TA"],
                ["School choir, with large-print song sheets", "Weekly, Wednesday lunchtime, 30 minutes",
                 "Choir leader; song sheets enlarged by the TA"],
            ]),
        ],
        "G": [
            ("table", ["Health provision", "How often", "Provided by"], [
                ["Eye examination and review of glasses", "Every 6 months",
                 "Ophthalmologist and orthoptist, Hospital Eye Service, Northgate General Hospital"],
                ["New glasses with tinted lenses", "Once a year, or sooner if her prescription changes",
                 "Optometrist, Hospital Eye Service"],
                ["Sun protection: factor 50 sun cream applied before outdoor play and outdoor PE, April to September",
                 "Before each outdoor play and PE lesson", "Class TA, following the advice of the Hospital Eye Service"],
            ]),
            ("p", "Health provision agreed by Dr Ayesha Rahman, Designated Clinical Officer (DCO), 03.09.2026."),
        ],
        "H1": [("p", "None.")],
        "H2": [("p", "None.")],
        "I": [("p", "Lindisfarne Primary School (mainstream primary school).")],
        "J": [("p", "None requested.")],
        "K": [
            ("table", ["Advice", "From", "Date"], [
                ["Amira's views", "Amira, with Miss Hedley (class teacher) and Helen Dodd (QTVI)", "08.07.2026"],
                ["Parent's views", "Amira's mum", "10.07.2026"],
                ["Educational advice", "Miss Hedley, Class Teacher, and Mr Rowe, Special Educational Needs "
                 "Co-ordinator, Lindisfarne Primary School", "01.07.2026"],
                ["Specialist advice: vision", "Helen Dodd, Qualified Teacher of the Visually Impaired, Sensory Support Service", "25.06.2026"],
                ["Psychological advice", "Dr Tom Reay, Educational Psychologist", "17.06.2026"],
                ["Medical advice", "Dr Patel, Community Paediatrician", "12.06.2026"],
                ["Hospital Eye Service report", "Orthoptist, Hospital Eye Service", "03.06.2026"],
            ]),
        ],
    },
)

# ----------------------------------------------------------------------------- j212
J212 = dict(
    file="j212.docx",
    layout="shaded-heading-table",
    fill="E4DFEC",
    sht_format="{sec}.  {title}",
    front=[
        ("Name", "Tyler"),
        ("Age", "16"),
        ("NC year", "Year 11"),
        ("Education phase", "Secondary (Key Stage 4)"),
        ("School", "Tynevale Academy"),
        ("Date of plan", "19.11.2026"),
        ("Last reviewed", "21.10.2026 (annual review)"),
    ],
    titles={
        "A": "Views, interests and aspirations: Tyler and his family",
        "E": "Outcomes - what Tyler will achieve",
        "F": "Special educational provision - the support Tyler will get",
    },
    sections={
        "A": [
            ("h", "Tyler's views"),
            ("p", "Tyler spoke at his annual review on 21.10.2026. These are his words."),
            ("p", "\"I want to be a plumber. My uncle's a plumber and I've been out on jobs with him in the holidays. I "
                  "want to do an apprenticeship after Year 11 and one day have my own van and my own business. I'm good "
                  "at practical stuff and at maths, and I box three times a week at the club on Shields Road.\""),
            ("p", "\"I hate reading out in class and writing long answers. My head goes everywhere if a lesson is just "
                  "someone talking. It helps when teachers tell me once, clearly, and give me the notes printed out so "
                  "I don't have to copy off the board. It helps when I can get up and move.\""),
            ("p", "\"I want to pass my driving test when I'm 17.\""),
            ("h", "What Tyler's dad says"),
            ("p", "Dad says Tyler is a grafter who will work all day on something practical. He wants Tyler to get his "
                  "maths and English and get into college or an apprenticeship. Dad worries that Tyler leaves things "
                  "to the last minute and loses his homework. He says boxing has been the best thing for Tyler's "
                  "confidence and focus."),
        ],
        "B": [
            ("h", "Communication and interaction"),
            ("table", ["What Tyler finds difficult", "What helps Tyler"], [[
                "Tyler talks easily with adults and friends. He sometimes interrupts or answers before the question is "
                "finished, because of his ADHD (attention deficit hyperactivity disorder).",
                "A quiet, private reminder. Being given a role in group work."]]),
            ("h", "Cognition and learning"),
            ("table", ["What Tyler finds difficult", "What helps Tyler"], [[
                "Tyler has dyslexia, a specific learning difficulty (SpLD) that affects reading and spelling. He reads "
                "accurately but slowly: his reading speed was well below average for his age when assessed in "
                "September 2026. His spelling is weak and his written answers are short. He is predicted a grade 5 "
                "in GCSE maths and a grade 3 in English.",
                "Printed notes and key word lists. A computer reader (software that reads text aloud) in tests. "
                "Writing frames for longer answers."]]),
            ("h", "Social, emotional and mental health"),
            ("table", ["What Tyler finds difficult", "What helps Tyler"], [[
                "Tyler finds it hard to concentrate in lessons that are mostly listening. He forgets homework and "
                "deadlines and can get into trouble for being late or not having equipment. He is sociable and well liked.",
                "A daily check-in with his mentor. Using his phone calendar for deadlines. Short tasks with clear end points."]]),
            ("h", "Sensory and physical"),
            ("table", ["What Tyler finds difficult", "What helps Tyler"], [[
                "Tyler is restless and needs to move. He has no physical needs.",
                "Movement breaks. Sitting at the end of a row."]]),
        ],
        "C": [
            ("p", "Tyler has ADHD, diagnosed in 2019 by his community paediatrician (a children's doctor). He takes ADHD "
                  "medication (lisdexamfetamine) each morning before school. The medication reduces his appetite at "
                  "lunchtime. Tyler has no other health needs: he is fit and well, and boxes three times a week."),
        ],
        "D": [
            ("p", "Tyler does not have any social care needs. He lives with his dad and his older sister. A social "
                  "worker from the Children with Disabilities Team read the advice for this plan and spoke to Tyler's "
                  "dad on 08.10.2026. They agreed that Tyler's needs are met well at home and at school. Early Help was "
                  "offered and Dad said the family do not need it at the moment; he knows how to get in touch if this changes."),
        ],
        "E": [
            ("table", ["Preparing for Adulthood area", "Outcome"], [
                ["Employment and education", "By August 2027, Tyler will gain a grade 4 or above in GCSE maths and in "
                 "GCSE English Language."],
                ["Employment and education", "By Easter 2027, Tyler will have a confirmed place on a Level 2 plumbing "
                 "course or a plumbing apprenticeship, after visiting at least 2 colleges or training providers "
                 "(careers adviser's record)."],
                ["Employment and education", "By the end of Jan '27, Tyler will complete 5 days of work experience with "
                 "a local plumbing firm and get a 'good' or 'excellent' score on the employer's feedback sheet."],
                ["Independent living", "By July 2027, Tyler will plan his revision and homework on his phone calendar "
                 "and hand in 9 out of 10 homework tasks on time (school homework record)."],
                ["Good health", "By July 2027, Tyler will take his medication himself each school morning (Dad's home "
                 "chart, 5 days out of 5) and eat lunch on at least 4 school days out of 5 (canteen record)."],
                ["Friends and community", "By July 2027, Tyler will complete the Sports Leaders Level 1 course and help "
                 "run 4 lunchtime sports sessions for Year 7 pupils (PE teacher's record)."],
            ]),
        ],
        "F": [
            ("p", "Tynevale Academy will provide the following. The special educational needs co-ordinator (SENCo) "
                  "oversees this provision and checks it each half-term."),
            ("h", "Cognition and learning"),
            ("ul", [
                "Specialist dyslexia teaching, 1:1, 45 minutes, weekly, from a specialist teacher with a Level 7 "
                "qualification in SpLD, September 2026 - Easter 2027.",
                "GCSE English intervention group of no more than 5 pupils, 3x per week (period 1 on Monday, Wednesday "
                "and Friday), 50 minutes, with an English teacher, until his exams in June 2027.",
                "Printed copies of lesson notes and key words for every lesson, handed to Tyler by the subject teacher "
                "at the start of the lesson.",
                "Exam access arrangements for mocks and GCSEs: a computer reader, 25% extra time and supervised rest "
                "breaks. The SENCo, as the school's access arrangements assessor, applies for these by 21.03.2027 "
                "and the exams officer sets them up.",
            ]),
            ("h", "Social, emotional and mental health"),
            ("ul", [
                "Mentor check-in each morning on arrival, 10 minutes, 1:1, with his learning mentor, to go through his "
                "timetable, homework and equipment.",
                "Homework is set on the school's online homework app, which sends reminders to Tyler's phone; his "
                "mentor checks it with him every Friday for 15 minutes.",
            ]),
            ("h", "Sensory and physical"),
            ("ul", [
                "Tyler uses a movement break pass once in each lesson, for a 3-minute walk to the water fountain and back.",
            ]),
            ("h", "Preparing for adulthood"),
            ("ul", [
                "The school's careers adviser meets Tyler 1:1 for 45 minutes each half-term, and arranges visits to at "
                "least 2 colleges or training providers by February 2027.",
                "Work experience: 5 days, w/c 11 Jan 2027, with a local plumbing firm, arranged by the school's careers lead.",
                "Sports Leaders Level 1 course: 1 hour, weekly, after school, in a group of no more than 15, led by a PE "
                "teacher, September 2026 - March 2027.",
            ]),
        ],
        "G": [
            ("table", ["Health provision", "How often", "Provided by"], [
                ["ADHD medication review, including weight, blood pressure and appetite",
                 "Every 6 months (next due February 2027)", "Dr Patel, Community Paediatrician"],
                ["Referral to the Adult ADHD Service, so that Tyler's care carries on after 18",
                 "Referral made by June 2027; joint hand-over appointment before his 18th birthday",
                 "Dr Patel, Community Paediatrician"],
            ]),
            ("p", "Health sign-off: Section G was agreed by Lorna Patterson, Designated Clinical Officer (DCO), on 12.11.2026."),
        ],
        "H1": [("p", "None required (see Section D).")],
        "H2": [("p", "None. Early Help and short breaks were discussed with the family on 08.10.2026 and are not needed.")],
        "I": [("p", "Tynevale Academy (mainstream secondary school, 11-16) until July 2027. Tyler's post-16 placement will "
                    "be named in this plan by 31 March 2027.")],
        "J": [("p", "None requested.")],
        "K": [
            ("table", ["Advice", "Given by", "Date"], [
                ["Tyler's views", "Tyler, at his annual review", "21.10.2026"],
                ["Parent's views", "Tyler's dad", "21.10.2026"],
                ["Educational advice", "Kate Lister, SENCo, Tynevale Academy", "07.10.2026"],
                ["Specialist teacher assessment (dyslexia)", "Mark Reid, Specialist Teacher (SpLD)", "18.09.2026"],
                ["Psychological advice", "Dr Hannah Li, Educational Psychologist", "15.09.2026"],
                ["Medical advice", "Dr Patel, Community Paediatrician", "30.09.2026"],
                ["Social care advice", "Paula Greig, Social Worker, Children with Disabilities Team", "08.10.2026"],
                ["Preparing for adulthood advice", "Lee Brown, Careers Adviser", "02.10.2026"],
            ]),
        ],
    },
)

PLANS_B = [J207, J208, J209, J210, J211, J212]
