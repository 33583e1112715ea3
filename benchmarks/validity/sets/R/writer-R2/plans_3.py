# Plans r208 - r212 (content only)

# ---------------------------------------------------------------- r208
R208 = {
    "file": "r208.docx",
    "layout": "heading2-numbered",
    "intro": "This is Callum's Education, Health and Care Plan (EHCP), amended after his Year 10 annual review. 'NC year' means National Curriculum year group.",
    "front": [
        ("Name", "Callum"),
        ("EHCP issued", "10 July 2026 (amended following annual review)"),
        ("Last reviewed (annual review)", "16 June 2026"),
        ("Current NC year", "Year 10"),
        ("Education phase", "Secondary (Key Stage 4)"),
        ("School", "Plainfield Academy"),
        ("SEND Case Officer", "Nadia Khan"),
    ],
    "A": [
        ("About me: what people like and admire about me", [
            ("p", "Callum's own words, written down by Mr Hughes, his teaching assistant, in May 2026."),
            ("ul", [
                "“I'm good at rugby. I'm a prop for the under-15s and the coach says I never give up.”",
                "“I can fix stuff. I rebuilt a lawnmower engine with my grandad.”",
                "“I'm good with my dog, Tank. I walk him every day.”",
            ]),
        ]),
        ("My hopes", [
            ("ul", [
                "“I want to be a vehicle mechanic. Maybe in the REME [Royal Electrical and Mechanical Engineers] like my dad, or at a garage.”",
                "“I want to go to college and do motor vehicle.”",
                "“I want to learn to drive when I'm 17.”",
                "“One day I want my own flat. With Tank.”",
            ]),
        ]),
        ("What my family say", [
            ("q", "Callum's dad said: “Callum is a grafter when he's interested. He's brilliant with his hands and with animals, and he's got "
                  "a good heart. School has been a battle since Year 7 and we nearly lost him to exclusion last year. We want him to get "
                  "onto a motor vehicle course at college, and we want him to grow up able to look after "
                  "himself – cook, manage his money, get himself to college.”"),
        ]),
    ],
    "B": [
        "Callum is autistic (diagnosed in Year 5) and has attention deficit hyperactivity disorder (ADHD), diagnosed in Year 8. He is a "
        "practical, determined young man who works hard in lessons he sees a point to, such as engineering and PE, and learns best from "
        "demonstrations and hands-on tasks.",
        "In lessons with a lot of listening and writing, Callum's attention lasts about ten minutes. He finds long spoken instructions hard "
        "to hold in his head, he loses equipment and forgets homework, and he finds it hard to plan and organise extended written answers. "
        "His reading age was 11 years 6 months in April 2026, about three and a half years below his actual age, and he avoids reading aloud. "
        "His teachers predict grade 3 in English and grade 4 in mathematics at GCSE (General Certificate of Secondary Education).",
        "Callum's autism affects how he reads social situations. He takes comments literally, can misread a teacher's tone as hostile, and "
        "reacts quickly and angrily when he feels he has been treated unfairly or is corrected in front of others. In Year 9 he had two "
        "fixed-term suspensions for refusing to follow instructions and swearing at staff. Busy corridors make him anxious and irritable, "
        "and his anxiety has been higher since the start of Year 10. He has a small, loyal group of friends.",
        "Callum's independence skills are developing. He walks his dog every day, but he has not yet travelled on a bus on his own, does not "
        "cook, and relies on his parents to manage money and appointments.",
    ],
    "C": [
        ("p", "Callum's ADHD is treated by Child and Adolescent Mental Health Services (CAMHS) at Tier 3 (the specialist community team). "
              "He takes ADHD medicine every morning at home. CAMHS also assessed Callum's anxiety in April 2026 and found that he has "
              "moderate anxiety, which is worse in crowded places and before tests. He has no physical health needs (GP letter, March 2026)."),
    ],
    "D": [("p", "Callum has no social care needs.")],
    "E": {
        "intro": "",
        "groups": [
            ("Short-term (by next review)", [
                "By the next review, Callum will stay in all his lessons for the whole lesson on at least 9 days out of 10, as shown on the school's attendance and behaviour system.",
                "By Easter 2027, Callum will use his exit card to take a 5-minute break when he feels angry, instead of arguing with staff, on four out of five occasions, as recorded by his Learning Mentor.",
                "By the end of the Spring term 2027, Callum will hand in 80% of his homework on time, as recorded on the school's online homework system.",
                "By the next review, Callum's reading age will have risen from 11 years 6 months to at least 12 years 6 months on the school's standardised reading test.",
            ]),
            ("Longer-term (end of key stage)", [
                "By the end of Key Stage 4 (July 2028), Callum will complete the main task in 8 out of 10 lessons, as recorded on his daily report card.",
                "By the end of Key Stage 4, Callum will have had no suspensions in the previous 12 months.",
                "By the end of Key Stage 4, Callum will plan and write a three-paragraph extended answer in timed conditions in English and history, using a writing frame, in three out of four assessments.",
            ]),
        ],
    },
    "F": [
        ("Cognition and learning", [
            "Callum will follow a structured reading programme 1:1 with a trained teaching assistant (TA), 3 x 20 minutes per week in tutor time, for two terms, then reviewed by the SENCo (special educational needs co-ordinator).",
            "In English, history and science, the class teacher will give Callum a writing frame and a printed copy of the key instructions for every extended writing task.",
            "Callum will attend homework club in the library, staffed by a TA, on Tuesday and Thursday afternoons (3.15 to 4.15pm), in a group of no more than 10.",
            "Callum will have a reader and a separate room for internal exams and GCSE exams, applied for by the school's Exams Officer.",
        ]),
        ("Social, emotional and mental health", [
            "Callum will have regular check-ins with a trusted adult as required.",
            "A Learning Mentor will meet Callum 1:1 once a week for 45 minutes to work on noticing anger early and putting things right after incidents.",
            "Callum will carry an exit card that allows him to leave a lesson for a 5-minute break at the Student Support base. The SENCo will tell all his teachers about the card at the start of each term.",
            "Callum should have access to a quiet space at break and lunch where possible.",
            "Callum will leave each lesson two minutes early to avoid crowded corridors; this is written on his pupil passport by the SENCo.",
        ]),
        ("Communication and interaction", [
            "A Speech and Language Therapist (SALT) will see Callum 1:1 for six weekly 45-minute sessions in the Spring term 2027 on sarcasm, tone of voice and non-literal language, then set a programme for his Learning Mentor.",
            "Staff will tell Callum privately, not in front of the class, when he needs to change his behaviour; the SENCo will share his one-page profile with all his teachers each term.",
        ]),
        ("Independence", [
            "Opportunities for Callum to develop his independence skills as appropriate.",
            "A Careers Adviser will meet Callum for a 45-minute careers interview once in Year 10 and once in Year 11.",
            "Callum will have a Family Link short break one Saturday each month (10am to 4pm) with his Family Link carer, arranged and funded by the Disabled Children's Team.",
        ]),
    ],
    "G": [
        ("p", "G1. CAMHS (Tier 3): a CAMHS psychiatrist will review Callum's ADHD medication every six months (30-minute appointment), checking his weight, blood pressure and how well the medicine is working."),
        ("p", "G2. CAMHS (Tier 3): a CAMHS clinical psychologist will see Callum for six fortnightly 50-minute sessions of cognitive behavioural therapy (CBT, a talking therapy that helps people change unhelpful thoughts) for anxiety, at the CAMHS clinic from September 2026."),
    ],
    "G_sign": "The health elements of this plan have been agreed by the ICB's (Integrated Care Board's) Designated Clinical Officer, Daniel Hope, on 3 July 2026.",
    "H1": [("p", "See Section F (Independence) for Callum's Family Link short break.")],
    "H2": [("p", "None.")],
    "I": [("p", "Plainfield Academy (mainstream secondary academy).")],
    "J": [("p", "No personal budget has been requested.")],
    "K": [
        ("Callum's views", "Mr Hughes, teaching assistant, Plainfield Academy", "20 May 2026"),
        ("Parents' views", "Callum's mum and dad", "20 May 2026"),
        ("Educational advice (annual review report)", "Ms Dale, SENCo, Plainfield Academy", "16 June 2026"),
        ("Psychological advice", "Dr Tom Fenwick, Educational Psychologist", "28 April 2026"),
        ("Health advice – CAMHS (Tier 3)", "Dr Priya Nair, Consultant Child and Adolescent Psychiatrist", "24 April 2026"),
        ("Medical advice (GP letter)", "Dr Wallace, GP, Larkmoor Surgery", "12 March 2026"),
        ("Speech and language therapy advice", "Rachel Kemp, Speech and Language Therapist", "14 May 2026"),
        ("Preparing for adulthood advice", "Lee Burton, Careers Adviser", "9 June 2026"),
        ("Social care advice (short break review)", "Sam Reed, Social Worker, Disabled Children's Team", "2 June 2026"),
    ],
    "signed": "Signed on behalf of Chalkvale Council: Nadia Khan, SEND Case Officer. Date: 10 July 2026.",
}

# ---------------------------------------------------------------- r209
R209 = {
    "file": "r209.docx",
    "layout": "shaded-heading-table",
    "intro": "This is Sujan's Education, Health and Care Plan (EHCP). 'NC year' means National Curriculum year group.",
    "front": [
        ("Name", "Sujan"),
        ("EHCP issued", "21 August 2026"),
        ("Last reviewed (annual review)", "Not applicable – new plan"),
        ("Current NC year", "Year 1 (from September 2026)"),
        ("Education phase", "Primary (Key Stage 1)"),
        ("School", "Kingsdown Infant School"),
        ("Language spoken at home", "Nepali"),
        ("SEND Case Officer", "Gemma Rowe"),
    ],
    "A": [
        ("About me: what people like and admire about me", [
            ("p", "Sujan's views were obtained through a process of structured observation undertaken across three sessions in June 2026 by "
                  "his class teaching assistant, Mrs Gurung, who is a fluent Nepali speaker, supplemented by photographic preference "
                  "elicitation and parental report. Sujan communicates predominantly through single words in Nepali and English, gesture "
                  "and the physical direction of adults towards desired objects."),
            ("p", "Observations indicated that Sujan demonstrates a consistent and marked preference for musical and auditory stimuli, in "
                  "particular the madal (a Nepali hand drum) and the classroom percussion resources, with which he engages with sustained "
                  "attention for periods exceeding ten minutes. He additionally selected photographs depicting the train track and the "
                  "water tray on each occasion they were presented. Adults working with Sujan describe him as affectionate, with an engaging "
                  "sense of humour which manifests in anticipatory laughter during repetitive action games."),
            ("p", "Sujan's dislikes, as evidenced through his behavioural responses, include transitions not preceded by adequate "
                  "forewarning and environments of elevated auditory intensity, such as the school hall during assemblies."),
        ]),
        ("What my family say (through a Nepali interpreter)", [
            ("p", "Sujan's parents report that his acquisition of language in both Nepali and English has been significantly slower than "
                  "that of his older sister, and that at home he is frequently frustrated when unable to communicate his requirements, which "
                  "results in episodes of dysregulated behaviour including the throwing of objects. The parents expressed concern regarding "
                  "the appropriateness of the current setting and the adequacy of the support available following the family's relocation "
                  "from Brunei in March 2026."),
        ]),
    ],
    "B": [
        "Sujan has global developmental delay: his development in language, learning, play and self-care is behind what is expected for his "
        "age. He is an affectionate, lively boy who learns best through songs, repetition and hands-on activities. Sujan's family speak Nepali at home and he is learning English at school. His class "
        "teacher and the educational psychologist agree that his delay is seen in both languages, so it is not "
        "explained by his learning English.",
        "Sujan understands simple, familiar instructions in Nepali and English when they are linked to what is happening, and he uses "
        "about 30 single words across both languages. He does not yet put words together. He pulls adults to what "
        "he wants, and cries or throws things when he cannot make himself understood. His play is mainly exploring and repeating actions, such "
        "as filling and emptying or pushing trains back and forth; he is beginning to copy simple pretend actions.",
        "Sujan can attend to an adult-led activity for about two minutes, or longer if it involves music. He finds whole-class carpet time very "
        "hard and leaves the carpet after a minute or two. Changes between activities upset him unless he is warned first. He is not yet dry "
        "during the day, and he needs help with dressing and using a spoon. He is beginning to play alongside other children at the water tray.",
    ],
    "C": [
        ("p", "To be confirmed. Medical advice was requested from Community Paediatrics on 2 June 2026 but had not been received when this "
              "plan was finalised. Section C will be completed when the advice is received."),
    ],
    "D": [
        ("p", "Sujan lives with his mum, his dad, his sister (8) and his grandmother. His dad serves with the Brigade of Gurkhas (Queen's "
              "Gurkha Engineers); the family moved from Brunei to Larkmoor Camp in March 2026. "
              "The Disabled Children's Team's social care advice (June 2026) found that Sujan's care needs are met by his family and that he "
              "does not need social care provision now. The team told the family about Family Link short breaks and a Nepali-speaking "
              "families' group; the family did not want a short break at this time."),
    ],
    "E": {
        "intro": "",
        "groups": [
            ("Short-term (by next review)", [
                "By the conclusion of the Spring term 2027, Sujan will demonstrate increased capacity for joint attention, evidenced by sustained engagement in adult-directed tabletop activities for a duration of five minutes on four out of five observed occasions, as recorded by the class teacher.",
                "Sujan will be provided with a visual timetable and a now-and-next board in all sessions.",
                "By Easter 2027, Sujan will utilise a repertoire of 50 functional words or signs across Nepali and English for the purposes of requesting, rejecting and commenting, as recorded on his communication tracker by the teaching assistant.",
                "By 30.06.27, Sujan will demonstrate the capacity to tolerate adult-initiated transitions between activities, when supported by visual forewarning, without exhibiting dysregulated behaviours, on four out of five occasions, as recorded by the teaching assistant.",
            ]),
            ("Longer-term (end of key stage)", [
                "By the end of Key Stage 1 (July 2028), Sujan will produce two-word combinations in either language to fulfil a range of communicative functions, including requesting, commenting and the initiation of social interaction with peers, as assessed by the specialist teacher.",
                "By July 2028, Sujan will achieve independence in toileting during the school day, with a frequency of accidents not exceeding one per week, as documented on his toileting record.",
                "By July 2028, Sujan will participate in a small-group adult-led activity of ten minutes' duration in the company of three peers, demonstrating turn-taking behaviours with minimal adult prompting, on three out of four observed occasions.",
            ]),
        ],
    },
    "F": [
        ("Adult support", [
            "A teaching assistant (TA) will support Sujan 1:1 for 25 hours a week (the whole school day) to deliver the programmes below and help him with dressing, eating and toileting. Mrs Gurung, a TA who speaks Nepali, will be Sujan's key adult for at least half of this time.",
        ]),
        ("Communication and interaction", [
            "A specialist teacher from the Chalkvale Communication and Interaction Team will visit every three weeks for one hour to assess Sujan's language, set his communication targets, show his TA and class teacher how to teach them, and update his communication tracker.",
            "Sujan's TA will do a 1:1 communication session with him for 15 minutes, four mornings a week, using real objects, photographs and simple Makaton signs (a signing system used alongside speech) to teach him new words for asking, refusing and commenting.",
            "Sujan will join an attention-building group (a short, exciting adult-led activity that builds looking and listening) in a small group (max 4), for 15 minutes, four mornings a week, led by a trained TA.",
        ]),
        ("Learning and managing change", [
            "Sujan will have a visual timetable and a now-and-next board, made and updated each week by his TA, and used at every change of activity throughout the school day.",
            "Sujan will join the class carpet session for five minutes, then continue the same learning with his TA at a nearby table; carpet time will rise by one minute each fortnight.",
            "The Educational Psychologist (EP) will visit once a term for one hour to review Sujan's progress and advise his class teacher and TA.",
        ]),
        ("Self-care and working with the family", [
            "His TA will take Sujan to the toilet at four set times each day (on arrival, before lunch, after lunch and before home time), using the same symbol card and routine.",
            "The class teacher and TA will meet Sujan's parents for 30 minutes every half-term, with a Nepali interpreter booked by the school office, to share progress and agree next steps.",
        ]),
    ],
    "G": [("p", "Not applicable at this time (see Section C).")],
    "G_sign": None,
    "H1": [("p", "None – short breaks were considered (see Section D).")],
    "H2": [("p", "None.")],
    "I": [("p", "Kingsdown Infant School (mainstream).")],
    "J": [("p", "No personal budget has been requested.")],
    "K": [
        ("Parents' views (through a Nepali interpreter)", "Sujan's mum and dad", "8 June 2026"),
        ("Sujan's views", "Mrs Gurung, teaching assistant, Kingsdown Infant School", "19 June 2026"),
        ("Educational advice", "Miss Holt, Special Educational Needs Co-ordinator, Kingsdown Infant School", "12 June 2026"),
        ("Psychological advice", "Dr Owen Price, Educational Psychologist", "24 June 2026"),
        ("Communication and Interaction Team advice", "Amrit Sohal, Specialist Teacher", "17 June 2026"),
        ("Social care advice", "Lisa Price, Social Worker, Disabled Children's Team", "26 June 2026"),
    ],
    "K_notes": ["Medical advice: requested from Community Paediatrics on 2 June 2026 – not received at the time of issue."],
    "signed": "Signed on behalf of Chalkvale Council: Gemma Rowe, SEND Case Officer. Date: 21 August 2026.",
}

# ---------------------------------------------------------------- r210
R210 = {
    "file": "r210.docx",
    "layout": "heading2-numbered",
    "intro": "This is Jayden's Education, Health and Care Plan (EHCP). 'NC year' means National Curriculum year group.",
    "front": [
        ("Name", "Jayden"),
        ("EHCP issued", "2 October 2026 (amended following annual review)"),
        ("Last reviewed (annual review)", "15 September 2026"),
        ("Current NC year", "Year 6"),
        ("Education phase", "Primary (Key Stage 2)"),
        ("School", "St Aldhelm's Church of England Primary School"),
    ],
    "A": [
        ("About me: what people like and admire about me", [
            ("p", "Jayden talked to Mrs Carter, our Service Pupil Champion (the member of staff who supports children from Armed Forces "
                  "families), in September 2026. She wrote down what he said."),
            ("ul", [
                "“I'm fast. I came second in the cross-country.”",
                "“I'm kind to the little ones. I help at the Reception lunch table.”",
                "“I'm good at fixing things. Me and Dad fixed my bike brakes.”",
            ]),
        ]),
        ("My hopes", [
            ("ul", [
                "“I want to go to big school and not get in trouble.”",
                "“I want to be a mechanic in the Army like my dad.”",
                "“I want to get better at writing so it doesn't take forever.”",
            ]),
            ("q", "Jayden's mum said: “Jayden has the biggest heart. We expect to be posted to Yorkshire in August 2027, just as he starts "
                  "secondary school, so we want everything written down clearly for his new school. We want him to be proud of his work "
                  "and one day to have a job he loves, working with his hands.”"),
        ]),
    ],
    "B": [
        "Jayden has attention deficit hyperactivity disorder (ADHD), diagnosed by the Neurodevelopmental Pathway in March 2024. He is a "
        "warm, practical boy who learns best by doing, and in practical lessons he concentrates for twenty minutes or more. When he has to listen for long periods his attention lasts five to "
        "eight minutes; he calls out, leaves his seat and forgets instructions with more than two steps.",
        "Jayden reads at the level expected for his age. Writing is his main barrier: his handwriting is slow and hard to read, and "
        "in September 2026 his written work was at about the level expected at the end of Year 3. In mathematics he is just below the expected standard; his mental arithmetic is quick, but he loses track of "
        "written methods with several steps.",
        "Jayden is popular, but lunchtimes can go wrong: he acts on impulse and reacts angrily when something feels unfair, with about two "
        "playground incidents a week in 2025–26. When his dad is deployed his worry and anger increase. "
        "Physically he has no difficulties: he walks, runs and climbs with ease.",
    ],
    "C": [
        ("ul", [
            "ADHD: Jayden takes a long-acting ADHD medicine each morning at home, prescribed by his Community Paediatrician.",
            "Asthma: mild asthma, set off by cold air and hard exercise. He uses a reliever inhaler before PE and when wheezy, and has an Individual Healthcare Plan (IHCP) in school. It does not limit his walking or running, but he sometimes forgets his inhaler.",
        ]),
        ("p", "He has no other health needs (medical advice, Dr Shah, August 2026)."),
    ],
    "D": [
        ("p", "Jayden lives with his mum, his dad and two sisters. His dad serves with the Royal Engineers and will be deployed for six months "
              "from January 2027. Anna Kowalski, a social worker from the Disabled Children's Team, assessed Jayden's needs in July 2026: his "
              "impulsive behaviour makes outings and evenings hard for his mum to manage on her own, and she will need planned breaks from "
              "caring while his dad is away. A Family Link short break was agreed (see H1)."),
    ],
    "E": {
        "intro": "",
        "groups": [
            ("Short-term (by next review)", [
                "By Easter 2027, Jayden will write a paragraph of at least five sentences on his own, using his laptop, in three out of four weekly writing tasks, as checked by his class teacher.",
                "By Easter 2027, Jayden will follow a three-step instruction without a reminder on four out of five occasions, as recorded by his teaching assistant each week.",
                "By Spring term 2027, Jayden will ask for a movement break with his break card instead of leaving his seat, so that times out of his seat without permission fall from about eight a day to two or fewer (daily tracking sheet).",
                "By Christmas 2026, Jayden will use his reliever inhaler before every PE lesson without a reminder, as checked each week by his PE teacher.",
            ]),
            ("Longer-term (end of key stage)", [
                "By the end of Y6, Jayden will reach the expected standard in the Key Stage 2 reading and mathematics tests.",
                "By the end of Key Stage 2, Jayden will sort out falling-outs using the 'stop, walk, talk' steps, so that lunchtime incidents fall from two a week to no more than one a fortnight (lunchtime log).",
                "Before the posting in August 2027, Jayden will have met his key adult at his new secondary school (in person or by video call) and helped to write his own one-page profile, as checked by the Service Pupil Champion.",
            ]),
        ],
    },
    "F": [
        ("Cognition and learning", [
            "Jayden will work in a 1:2 writing group with the higher level teaching assistant (HLTA), trained in 'Talk for Writing', three times a week for 30 minutes.",
            "Jayden will have a school laptop with typing and speech-to-text software for all extended writing. The school's IT technician will set it up, keep it updated and replace it within one day if it breaks.",
            "Jayden will follow a touch-typing programme for 15 minutes, four mornings a week, with his teaching assistant (TA).",
            "Jayden will have maths pre-teaching in a small group (max 4) with his class teacher, 2 x 30 mins per week.",
            "For the Key Stage 2 tests, the SENCo (special educational needs co-ordinator) will apply for rest breaks and arrange for Jayden to sit the tests in a separate room with the HLTA.",
        ]),
        ("Attention and behaviour", [
            "A TA will support Jayden and one other pupil (1:2) in all English and mathematics lessons (10 hours a week), giving instructions one step at a time with a visual checklist.",
            "The class teacher will build three 5-minute movement breaks into Jayden's visual timetable every day, and Jayden can use his break card for one extra break a day.",
            "An Occupational Therapist (OT) from Occupational Therapy (Sensory) will visit once a term for one hour to update Jayden's movement programme; his TA will deliver it 1:1 for 10 minutes each morning.",
        ]),
        ("Social, emotional and mental health", [
            "A Learning Mentor will meet Jayden 1:1 once a week for 30 minutes to work on managing anger, using the 'stop, walk, talk' steps.",
            "While his dad is deployed, the Service Pupil Champion will see Jayden 1:1 for 15 minutes every Monday morning.",
            "The Educational Psychologist (EP) will visit once a term for 90 minutes to observe Jayden and review his strategies with his teacher and TA.",
        ]),
        ("Moving to secondary school", [
            "January 2027 is when transfer planning starts: the SENCo will send this plan to the new area and meet the new school's SENCo online by the end of the Spring term.",
            "In the Summer term 2027, Jayden will have two video calls with his new key adult and three 30-minute sessions with the Service Pupil Champion to write his one-page profile.",
        ]),
    ],
    "G": [
        ("p", "G1. Community Paediatrics: Dr Shah, Community Paediatrician, will review Jayden's ADHD medication in clinic every six months "
              "(30 minutes), checking his height, weight, blood pressure and how well it is working."),
        ("p", "G2. School Nursing: the School Nurse will review Jayden's asthma IHCP with his parents every September (30 minutes) and train "
              "his class staff in asthma care once a year (one hour)."),
    ],
    "G_sign": "The health elements of this plan have been agreed by the ICB's (Integrated Care Board's) Designated Clinical Officer, Daniel Hope, on 25 September 2026.",
    "H1": [
        ("p", "Family Link short break: one Saturday each month (10am to 4pm) with his Family Link carer, arranged by the Disabled Children's "
              "Team from October 2026 and reviewed in April 2027."),
    ],
    "H2": [("p", "None.")],
    "I": [("p", "St Aldhelm's Church of England Primary School (mainstream) until July 2027; secondary school to be named by 15 February 2027.")],
    "J": [("p", "None requested.")],
    "K": [
        ("Jayden's views", "Recorded by Mrs Carter, Service Pupil Champion", "10 September 2026"),
        ("Parent's views", "Jayden's mum", "10 September 2026"),
        ("Educational advice (annual review report)", "Mr Okonjo, SENCo, St Aldhelm's Church of England Primary School", "15 September 2026"),
        ("Psychological advice", "Dr Sian Lewis, Educational Psychologist", "4 June 2026"),
        ("Medical advice", "Dr Amir Shah, Community Paediatrician", "20 August 2026"),
        ("School Nursing advice (asthma)", "Kerry Mills, School Nurse", "8 July 2026"),
        ("Occupational therapy advice", "Ben Harris, Occupational Therapist (Sensory)", "30 June 2026"),
        ("Social care advice and assessment", "Anna Kowalski, Social Worker, Disabled Children's Team", "24 July 2026"),
    ],
    "signed": "Signed on behalf of Chalkvale Council: Tom Ashby, SEND Case Officer, 2 October 2026.",
}

# ---------------------------------------------------------------- r211
R211 = {
    "file": "r211.docx",
    "layout": "letter-column",
    "intro": "This is Mia's Education, Health and Care Plan (EHCP). 'NC year' means National Curriculum year group.",
    "front": [
        ("Name", "Mia"),
        ("EHCP issued", "29 July 2026"),
        ("Last reviewed (annual review)", "Not applicable – new plan"),
        ("Current NC year", "Year 8 (from September 2026)"),
        ("Education phase", "Secondary (Key Stage 3)"),
        ("School", "Plainfield Academy"),
        ("SEND Case Officer", "Nadia Khan"),
    ],
    "A": [
        ("About me: what people like and admire about me", [
            ("p", "Mia did not want to come to a meeting, so she wrote her answers on a worksheet at home and emailed them to Mrs Dunn, the "
                  "Service Pupil Champion (the member of staff who supports children from Armed Forces families), in June 2026. These are her own words."),
            ("ul", [
                "“I'm creative. I draw manga characters and I've filled six sketchbooks.”",
                "“I'm a really loyal friend. My best friend Ruby says I'm the person she trusts most.”",
                "“I know a lot about animals, especially cats and axolotls.”",
                "“I'm kind to my little brother even when he's annoying.”",
            ]),
        ]),
        ("What is hard for me", [
            ("ul", [
                "“Noisy classrooms and corridors. I feel like my head is going to explode.”",
                "“Mornings. I can't get to sleep so I'm exhausted.”",
            ]),
        ]),
        ("My hopes", [
            ("ul", [
                "“To go back to school without feeling sick every morning.”",
                "“To take art for my exams and maybe go to art college and become an illustrator.”",
                "“To have a quiet place to go when it gets too much.”",
            ]),
        ]),
        ("What my family say", [
            ("q", "Mia's mum said: “Mia is funny, clever and incredibly artistic. Since the middle of Year 7 the anxiety has taken over and "
                  "she's hardly been in school. I want Mia back in school and enjoying learning, sleeping properly and believing in herself. "
                  "In the long run I'd love her to study art at college.”"),
        ]),
    ],
    "B": [
        "Mia was diagnosed as autistic by the Neurodevelopmental Pathway in January 2026, at the age of 11. She is a thoughtful, creative and "
        "articulate young person with a wide vocabulary and a real talent for drawing. In the autumn term of Year 7 she was working at or "
        "above the expected level in English, science and art. Like many autistic girls, "
        "Mia worked very hard to fit in at primary school; at secondary school the size, noise and constant changes became overwhelming.",
        "Since February 2026 Mia's attendance has fallen to 38%. She has extreme anxiety before school, with stomach aches and panic, and on "
        "many days she cannot leave the house. When she is in school she manages best in small, quiet rooms with an adult she knows. She finds "
        "it very hard to ask for help, to speak in front of the class or to say when she does not understand, and she often 'masks' (hides her "
        "distress) until she gets home, when she becomes very upset. Noise and crowds overload her senses and are a major trigger. She has "
        "missed a great deal of teaching and has gaps in her mathematics as a result.",
    ],
    "C": [
        ("p", "Mia's health needs are:"),
        ("ul", [
            "Autism, diagnosed by the Neurodevelopmental Pathway (Community Paediatrics) in January 2026.",
            "Anxiety: Mia has been seen by CAMHS (Child and Adolescent Mental Health Services, Tier 3) since March 2026 for severe anxiety linked to school.",
            "Sleep: Mia has had great difficulty getting to sleep for two years and often does not fall asleep until after 1am, which leaves her exhausted in the mornings. Her paediatrician prescribed melatonin (a medicine to help sleep) in April 2026 and plans to review whether it is working.",
        ]),
    ],
    "D": [
        ("p", "Mia lives with her mum, her stepdad and her brother Oscar (7). Her stepdad serves with the Royal Logistic Corps. The family have "
              "been supported by a social worker under a Child in Need plan since February 2026, after Mia's mum asked Children's Services for "
              "help when Mia stopped going to school and mornings at home were becoming unmanageable. Mum says the early mornings and the "
              "evenings are the hardest parts of the day for the whole family."),
    ],
    "E": {
        "intro": "",
        "groups": [
            ("Short-term (by next review)", [
                "Within the next two terms, Mia will attend school for at least 60% of sessions, up from 38% now, as shown on the school's attendance record.",
                "By Easter 2027, Mia will use her time-out pass to go to the Inclusion Room when she feels overwhelmed, instead of leaving school or staying at home, on four out of five occasions, as recorded by the Inclusion Room staff.",
                "By Easter 2027, Mia will be asleep by 11pm on at least five nights out of seven, as shown in the sleep diary she keeps with her mum.",
                "By the end of the Spring term 2027, Mia will ask an adult for help in lessons, using her help card or a message on her laptop, at least once a day, as noted by her key worker.",
            ]),
            ("Longer-term (end of key stage)", [
                "By the end of Key Stage 3 (July 2028), Mia will attend all her timetabled lessons in at least four subjects, including art, 90% of the time.",
                "By July 2028, Mia will have closed the gaps in her mathematics so that she is working at the expected level for Year 9 in her end-of-year assessment.",
                "By the end of Key Stage 3, Mia will have chosen her GCSE (General Certificate of Secondary Education) options, including art, and will bring a portfolio of her artwork to her options interview.",
            ]),
        ],
    },
    "F": [
        ("Attendance and anxiety", [
            "Mia will follow a personal timetable agreed with her and her mum. From September 2026 she will attend four mornings a week (Monday to Thursday, 8.40am to 12.30pm), spending them in the Inclusion Room and in two chosen lessons (art and English). One more lesson will be added every three weeks when Mia and her key worker agree, and the SENCo (special educational needs co-ordinator) will review the timetable every three weeks.",
            "A key worker (a Learning Mentor trained in autism and anxiety) will meet Mia at the school gate every morning she attends, and will see her 1:1 once a week for 45 minutes, using an anxiety programme agreed with CAMHS. In these sessions the key worker will also go through Mia's sleep diary with her.",
            "Mia will have a time-out pass to leave any lesson and go to the Inclusion Room, which is staffed throughout the school day by a teaching assistant (TA).",
            "Teachers will not ask Mia to read aloud or answer in front of the class; she will ask for help with a help card or a message on a school laptop set up by the IT technician.",
            "Mia will leave lessons five minutes early to avoid busy corridors.",
        ]),
        ("Learning", [
            "Mia will have 1:1 mathematics tuition with a qualified mathematics teacher, 2 x 30 mins per week, in the Inclusion Room, for the Autumn and Spring terms 2026–27, then reviewed.",
            "Mia will join the Year 8 art club on Wednesdays after school (one hour, group of no more than eight), led by her art teacher.",
        ]),
        ("Sensory needs and specialist advice", [
            "An Occupational Therapist (OT) from Occupational Therapy (Sensory) will visit school once per fortnight (1 hr) in the Autumn term 2026 and then once each half-term, to assess Mia's sensory needs, teach her calming strategies and advise staff. The OT will provide Mia with ear defenders and a sensory kit.",
            "The Educational Psychologist (EP) will visit once a term (1.5 hours) to meet Mia and her key worker, review her return-to-school plan and advise staff.",
        ]),
    ],
    "G": [
        ("p", "CAMHS (Tier 3) will continue to be involved with Mia and her family as needed."),
        ("p", "School Nursing will offer Mia support with her emotional wellbeing."),
    ],
    "G_sign": None,
    "H1": [
        ("p", "No provision under this section. Family Link short breaks were discussed with Mia's mum at the planning meeting on 8 July 2026; "
              "the family did not want a short break at this time."),
    ],
    "H2": [("p", "None.")],
    "I": [("p", "Plainfield Academy (mainstream secondary academy).")],
    "J": [("p", "No personal budget has been requested.")],
    "K": [
        ("Mia's views (written by Mia)", "Sent to Mrs Dunn, Service Pupil Champion", "16 June 2026"),
        ("Parent's views", "Mia's mum", "16 June 2026"),
        ("Educational advice", "Ms Dale, SENCo, Plainfield Academy", "10 June 2026"),
        ("Psychological advice", "Dr Tom Fenwick, Educational Psychologist", "22 May 2026"),
        ("Medical advice", "Dr Farida Rahman, Community Paediatrician, Neurodevelopmental Pathway", "14 May 2026"),
        ("Health advice – CAMHS (Tier 3)", "Gemma Stokes, Clinical Psychologist", "2 June 2026"),
        ("Occupational therapy advice", "Ben Harris, Occupational Therapist (Sensory)", "5 June 2026"),
        ("Social care advice (screening: Mia does not meet the criteria for the Disabled Children's Team)", "Helen Carr, Senior Practitioner, Disabled Children's Team", "19 June 2026"),
    ],
    "signed": "Signed on behalf of Chalkvale Council: Nadia Khan, SEND Case Officer. Date: 29 July 2026.",
}

# ---------------------------------------------------------------- r212
R212 = {
    "file": "r212.docx",
    "layout": "shaded-heading-table",
    "intro": "This is Ethan's Education, Health and Care Plan (EHCP), amended after his annual review. "
    "'NC year' means National Curriculum year group.",
    "front": [
        ("Name", "Ethan"),
        ("EHCP issued", "20 October 2026 (amended following annual review)"),
        ("Last reviewed (annual review)", "23 September 2026"),
        ("Current NC year", "Post-19 (age 20)"),
        ("Education phase", "Further education – specialist college"),
        ("Setting", "Riverside Specialist College"),
    ],
    "A": [
        ("About me: what people like and admire about me", [
            ("p", "Ethan gave his views to his key worker, Dan Morgan, in September 2026, using his talking app (an iPad app that speaks "
                  "when he presses pictures) and photographs. His own words are in quotation marks."),
            ("ul", [
                "People at college say Ethan is friendly, hard-working and always on time; he remembers everyone's name and which bus they catch.",
                "Ethan pressed 'happy' for the photo of the college café and said “café – work – good”.",
                "He chose the photos of the number 3 bus, Tesco and the swimming pool as his favourite places.",
            ]),
        ]),
        ("My hopes", [
            ("ul", [
                "“Work café.” Ethan wants to carry on working in a café.",
                "“Bus. Me.” Ethan wants to go on the bus on his own.",
                "“Flat. Sam.” Ethan wants to live in a flat with his friend Sam one day.",
            ]),
            ("q", "Ethan's mum and dad said: “We want him to get a real job, "
                  "even a few hours a week, to travel on his own on routes he knows, and to live in supported housing with his friends when "
                  "he's ready. We worry about his weight and want him to stay active.”"),
        ]),
    ],
    "B": [
        "Ethan has a severe learning disability and is autistic. He is a friendly, reliable young man with an excellent memory for routes, "
        "timetables and names.",
        "Ethan understands short, familiar sentences and uses short phrases, Makaton signs (a signing system used with speech) and his app. He finds it hard to ask for help with something new and to be understood by people who do not know him. He reads "
        "about 60 familiar words and symbols, including signs in shops and at bus stops. He can pay for one item with a £5 or £10 note but does "
        "not yet check his change.",
        "Ethan makes a hot drink and a sandwich on his own from a picture sequence, but needs prompts to plan a meal and choose healthy food. "
        "He travels to college by taxi and has started travel training. Unexpected changes make him very anxious: he paces, covers his ears and "
        "repeats questions, and calms when shown a clear picture of what will happen next.",
    ],
    "C": [
        ("ul", [
            "Weight: Ethan is above a healthy weight (his body mass index, or BMI, was 32 in August 2026). His GP wants him supported to eat more healthily and be more active.",
            "As an adult with a learning disability, Ethan has a yearly Learning Disability Health Check with his GP and a Health Action Plan.",
        ]),
        ("p", "Ethan has no other medical conditions."),
    ],
    "D": [
        ("p", "Ethan lives with his mum and dad. As he is 20, his social care needs are assessed under the Care Act 2014. His Care Act "
              "assessment (Adult Social Care Transitions Team, July 2026) found eligible needs: he needs support to take part in community "
              "activities and keep safe when out, and his parents need breaks from caring."),
    ],
    "E": {
        "intro": "Ethan's outcomes follow the Preparing for Adulthood areas.",
        "groups": [
            ("Short-term (by next review)", [
                "Employment: by July 2027, Ethan will work two three-hour café shifts a week, taking orders with his app, and will receive a good report from his café supervisor.",
                "Friends and community: by 30.06.27, Ethan will travel on the number 3 bus between home and college on his own, on 9 out of 10 journeys over a fortnight, as confirmed by his travel trainer.",
                "Independent living: by Easter 2027, Ethan will pay for two items in a shop and check his change against a picture card on four out of five shopping trips, as recorded by his tutor.",
                "Good health: by the next review, Ethan will choose a healthy lunch at college on four days out of five and swim or go for a long walk three times a week (easy-read diary).",
            ]),
            ("Longer-term (end of his course, July 2028)", [
                "Employment: by July 2028, Ethan will gain the Entry Level 1 certificate in Employability and complete a six-week supported work placement outside college.",
                "Independent living: by July 2028, Ethan will cook a simple hot meal in the college training flat, with one picture prompt, once a week.",
                "Friends and community: by July 2028, Ethan will plan and go on a social outing with his friend Sam once a month, using his app to agree the plan.",
            ]),
        ],
    },
    "F": [
        ("Learning and communication", [
            "Ethan will attend college four days a week (9.30am to 3pm) in a class of six learners with a teacher and two learning support assistants.",
            "A Speech and Language Therapist (SALT) employed by the college will work with Ethan 1:1 once a fortnight (45 minutes) on using his app to ask for help and to plan outings, and will visit the café once a half-term (1 hour) to set up his ordering vocabulary.",
            "Ethan's communication app will be set up and updated by the college's Assistive Technology Technician, who will add new vocabulary within one week of a request and repair or replace the iPad within two working days.",
            "His tutor will show Ethan the day's plan in pictures each morning and warn him of any change on his app before it happens.",
        ]),
        ("Employment", [
            "Ethan will work in the college café on Tuesday and Thursday mornings (3 hours each), supported 1:2 by a job coach for the first half-term, then 1:4.",
            "From April 2027, a college job coach will find a six-week work placement, support Ethan 1:1 for his first three days and then visit weekly for one hour.",
        ]),
        ("Independent living, community and health", [
            "Travel training: a trainer from the council's Independent Travel Training Service will travel with Ethan on the number 3 bus twice a week (one return journey each time), weekly for 10 weeks then reviewed.",
            "Ethan will have cooking and daily living skills sessions in the college training flat two mornings a week (2 hours each), in a small group (max 4) with a trained learning support assistant.",
            "Ethan will practise money skills 1:1 with a learning support assistant in the college shop, 2 x 30 mins per week, using his picture change card.",
            "Ethan will swim in the college's Thursday session (45 minutes, six learners with two staff) and use a healthy-choices menu card in the café, made for him by his tutor.",
        ]),
    ],
    "G": [
        ("p", "G1. GP practice: a Learning Disability Annual Health Check at Larkmoor Surgery each September (45 minutes), updating his easy-read Health Action Plan."),
        ("p", "G2. Community Learning Disability Team: a Learning Disability Nurse will see Ethan fortnightly for six 45-minute sessions "
              "(January to March 2027) to make an easy-read healthy eating and exercise plan with him and his family, then review it with them."),
    ],
    "G_sign": "Health sign-off: the health elements of this plan have been agreed by the Integrated Care Board's (ICB's) Designated "
    "Clinical Officer, Sarah Whitlock, on 14 October 2026.",
    "H1": [("p", "Not applicable: Ethan is over 18; see H2.")],
    "H2": [
        ("p", "Under the Care Act 2014:"),
        ("ul", [
            "A personal assistant will support Ethan for 6 hours a week (Saturday 10am to 2pm and Wednesday 5pm to 7pm) to swim, shop in town and practise his bus routes, paid for by direct payment (see J).",
            "Ethan will have 14 nights a year of respite at Oakfield House.",
        ]),
    ],
    "I": [("p", "Riverside Specialist College (specialist post-16 institution), day placement, four days a week, to July 2028.")],
    "J": [("p", "A direct payment of £96 a week from Adult Social Care for his personal assistant (see H2).")],
    "K": [
        ("Ethan's views", "Dan Morgan, key worker, Riverside Specialist College", "15 September 2026"),
        ("Parents' views", "Ethan's mum and dad", "15 September 2026"),
        ("Educational advice (annual review report)", "Priya Mehta, Curriculum Manager, Riverside Specialist College", "23 September 2026"),
        ("Psychological advice", "Dr Sian Lewis, Educational Psychologist", "3 March 2026"),
        ("Medical advice", "Dr Wallace, GP, Larkmoor Surgery", "27 August 2026"),
        ("Community Learning Disability Team advice", "Grace Obi, Learning Disability Nurse", "10 September 2026"),
        ("Speech and language therapy advice", "Owen Lacey, Speech and Language Therapist, Riverside Specialist College", "18 September 2026"),
        ("Social care advice (Care Act assessment)", "Mike Hanson, Social Worker, Adult Social Care Transitions Team", "22 July 2026"),
        ("Preparing for adulthood advice", "Lee Burton, Careers Adviser", "1 September 2026"),
    ],
    "signed": "Signed on behalf of Chalkvale Council: Gemma Rowe, SEND Case Officer, 20 October 2026.",
}
