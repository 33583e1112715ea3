
# ============================================================ m204 (fail: provision in E; unmeasurable outcome; review overdue; looked-after status not reflected)
plan(
    file="m204.docx", layout="heading2-numbered",
    title="Education, Health and Care Plan for Alfie",
    front=[
        ("Child's name", "Alfie"),
        ("Age", "7"),
        ("National Curriculum year", "Year 3 (2025/26)"),
        ("Education phase", "Primary (Key Stage 2)"),
        ("Date finalised", "03.07.2024"),
        ("Date of last annual review", "12.06.2025"),
        ("Next review", "June 2026"),
    ],
    sections=[
        ("A", "Views, interests and aspirations", [
            ("sub", "A1 What Alfie tells us through his pictures, choices and play"),
            ("p", "Alfie's teaching assistant, Mrs Lucy Hart, spent time with him over two weeks in May 2025 using photo cards and a 'like / don't like' board, and watched what he chose in free play."),
            ("bul", [
                "Alfie chose the train track, the water tray and the trampoline every day. He lines up his trains and names each one.",
                "He picked the photo of his foster carers' dog, Biscuit, as his favourite thing at home.",
                "He put the hand dryer, the school bell and the hall at lunchtime on the 'don't like' side, and covered his ears when we showed him the hall photo.",
                "He smiles and flaps his hands when it is time for the sensory room and says 'bounce!'.",
            ]),
            ("sub", "A2 What Alfie's foster carers say"),
            ("p", "Jo and Martin have cared for Alfie since October 2023. They describe him as affectionate and funny, with a brilliant memory for train routes. Their hopes are that Alfie will talk more so he can tell people what he needs, that he makes a friend at school, and that he learns to swim. Longer term they would like him to be happy and as independent as he can be."),
        ]),
        ("B", "Special educational needs", [
            ("sub", "B1 Communication and interaction"),
            ("p", "Alfie is autistic. He uses single words and some short phrases, and he repeats phrases he has heard (echolalia). He uses the Picture Exchange Communication System (PECS) at Phase 4, building simple sentences with picture cards. He understands familiar routine language but not longer instructions. He plays alongside other children and is beginning to notice them."),
            ("sub", "B2 Cognition and learning"),
            ("p", "Alfie has a very good visual memory. He reads around 30 sight words, knows all his letter sounds and counts objects to 20. He finds it hard to stay with an adult-led task for more than 3 to 4 minutes."),
            ("sub", "B3 Social, emotional and mental health and sensory"),
            ("p", "Alfie becomes distressed at transitions and in loud places; he may drop to the floor, run or hit out. He is calmer with a visual timetable, warnings and sensory breaks."),
        ]),
        ("C", "Health needs", [
            ("p", "Alfie's autism was diagnosed by the Community Paediatrician in November 2023. He has difficulty getting to sleep and wakes two or three times a night. He is prescribed melatonin, which is reviewed by the Community Paediatrician."),
        ]),
        ("D", "Social care needs", [
            ("p", "Alfie is a looked after child. He has lived with his foster carers, Jo and Martin, and their two older children since October 2023. He needs more help than other children his age with dressing, washing and toileting, which his foster carers provide. He needs an adult with him at all times when out, because he does not understand danger near roads."),
        ]),
        ("E", "Outcomes", [
            ("sub", "E1 Communication"),
            ("p", "By the end of Year 3, Alfie will use two-picture sentences with his PECS book to ask for things at snack time and in play, on 8 out of 10 observed occasions recorded by his teaching assistant."),
            ("sub", "E2 Learning"),
            ("p", "Alfie has a 1-2-1 teaching assistant in every lesson to help him stay in class and complete his work."),
            ("p", "By the end of Year 3, Alfie will read 50 sight words and match a written number to a set of objects to 20, checked each half-term by his class teacher."),
            ("sub", "E3 Emotional wellbeing"),
            ("p", "By the end of Year 3, Alfie will be happier and more settled at school."),
            ("sub", "E4 Social"),
            ("p", "By the end of Year 3, Alfie will take turns in a simple game with one other child for 5 minutes, three times a week, recorded by his teaching assistant."),
            ("sub", "E5 Sleep"),
            ("p", "By the end of Year 3, Alfie will settle to sleep by 8pm on 5 nights out of 7, recorded in his sleep diary by his foster carers."),
        ]),
        ("F", "Special educational provision", [
            ("sub", "F1 Communication and interaction"),
            ("bul", [
                "Speech and language therapy: a Speech and Language Therapist (SALT) from the NHS Children's Speech and Language Therapy Service will visit school twice termly (1 hour each visit) to assess Alfie, set his communication targets and train his teaching assistant (TA).",
                "PECS: his TA, trained in PECS, will work with Alfie 1-2-1 three times a day for 10 minutes on his PECS targets.",
                "Turn-taking games: 3 x 10 min sessions weekly with Alfie and one other child, led by his TA.",
                "Attention Autism (a group programme that builds attention and shared enjoyment): 4 x 20 min sessions weekly in a small group (max 4), led by a Higher Level Teaching Assistant (HLTA) trained in the approach.",
            ]),
            ("sub", "F2 Cognition and learning"),
            ("bul", [
                "A TA trained in autism will support Alfie 1-2-1 for the whole school day (32.5 hours per week).",
                "Independent work station using the TEACCH approach (structured, visual tasks that Alfie completes on his own): 2 x 15 min daily, set up by his TA.",
                "Reading and number: 1-2-1 sight-word and number work with his TA, daily for 15 minutes, using targets set by the class teacher.",
            ]),
            ("sub", "F3 Emotional wellbeing and sensory"),
            ("bul", [
                "An Occupational Therapist (OT) will complete a sensory assessment in school in the autumn term 2025 (one 2-hour visit) and write a sensory programme.",
                "Sensory circuit with his TA, daily for 10 minutes on arrival and after lunch, following the OT's programme.",
                "Visual timetable and a 'now and next' board, updated by his TA before each change of activity.",
                "Lunchtime: Alfie will eat in the small dining room with his TA and two other children every day.",
            ]),
            ("sub", "F4 Working with home"),
            ("bul", [
                "Home-school book completed daily by his TA and foster carers.",
                "The Special Educational Needs Co-ordinator (SENCo) will meet the foster carers once each half-term (30 minutes) to review progress.",
            ]),
        ]),
        ("G", "Health provision", [
            ("bul", [
                "Community Paediatrician (Dr Kaur, Haddow Child Development Centre): review of Alfie's sleep and melatonin every 6 months (30-minute appointment).",
            ]),
            ("p", "Health provision agreed by Dr Priya Nandra, Designated Clinical Officer (DCO), 28 June 2024."),
        ]),
        ("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", [
            ("p", "Short breaks have been discussed with Alfie's foster carers. They do not wish to apply at this time."),
        ]),
        ("H2", "Other social care provision", [
            ("p", "None."),
        ]),
        ("I", "Placement", [
            ("p", "Brookfield Primary School (mainstream primary school)."),
        ]),
        ("J", "Personal budget", [
            ("p", "Not requested."),
        ]),
        ("K", "Advice and information", [
            ("num", [
                "Alfie's views gathered by Lucy Hart, Teaching Assistant, Brookfield Primary School - 23 May 2025 (annual review).",
                "Foster carers' views - Jo and Martin - 12 June 2025 (annual review).",
                "Annual review report - Karen Lowe, SENCo, Brookfield Primary School - 20 May 2025.",
                "Educational advice - Karen Lowe, SENCo, Brookfield Primary School - 18 March 2024.",
                "Psychological advice - Dr Tom Hughes, Educational Psychologist - 22 February 2024.",
                "Medical advice - Dr Kaur, Community Paediatrician - 15 January 2024.",
                "Speech and language therapy advice - Alice Green, Speech and Language Therapist - 6 March 2024.",
                "Occupational therapy advice - Rob Steele, Occupational Therapist - 2 April 2024.",
            ]),
        ]),
    ],
)
