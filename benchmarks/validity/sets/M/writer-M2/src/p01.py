
# ============================================================ m201 (sound)
plan(
    file="m201.docx", layout="heading2-numbered",
    title="Education, Health and Care (EHC) Plan: Niamh",
    front=[
        ("Name", "Niamh"),
        ("Age", "17"),
        ("Education phase", "Post-16 (Year 13)"),
        ("Setting", "Kingsmead College, Foundation Learning"),
        ("Annual review meeting held", "14 May 2026"),
        ("Date finalised", "09.06.2026"),
        ("Next review", "By May 2027"),
        ("EHC plan co-ordinator", "Helen Marsh, SEND Casework Officer"),
    ],
    sections=[
        ("A", "Niamh's views, interests and aspirations, and those of her family", [
            ("sub", "A1 All about me"),
            ("p", "Niamh wrote this with her tutor, Mr Okafor, in May 2026, in her own words."),
            ("bul", [
                "My name is Niamh. I am 17 and I go to Kingsmead College. I am doing Animal Care.",
                "I love the rabbits best. I know all their names.",
                "I am good at remembering what to do when I have done it a few times. My friends say I am funny and kind.",
                "I find it hard when people talk fast. I like it when someone shows me first. Sometimes I use Makaton signs (signs and symbols used with talking).",
                "I want to work with animals when I leave college. I would like to work at the rescue centre or in a pet shop.",
                "I want to get the bus to college on my own, like my sister does.",
            ]),
            ("sub", "A2 What my family say"),
            ("p", "Niamh's mum and dad describe her as caring, determined and very sociable. They hope she gets a paid job with animals, travels and sees friends without a parent, lives in a shared supported flat near the family one day, and stays healthy."),
        ]),
        ("B", "Special educational needs", [
            ("p", "Niamh has Down syndrome. Her needs are set out below, starting with what she does well."),
            ("sub", "B1 Cognition and learning"),
            ("p", "Niamh reads short sentences and is working at Entry Level 2 in English and maths. She learns best by doing a task several times with an adult beside her. She forgets instructions with more than two steps and needs new information in small parts, with extra time to think."),
            ("sub", "B2 Communication and interaction"),
            ("p", "Niamh speaks in short sentences and is easily understood by people who know her. She will often say 'yes' when she has not understood, so staff need to check by asking her to show them."),
            ("sub", "B3 Social, emotional and mental health"),
            ("p", "Niamh has a wide group of friends and is well liked. She becomes anxious in new places and needs a familiar adult with her at first."),
            ("sub", "B4 Independence"),
            ("p", "Niamh can make a sandwich and use a microwave. She does not yet travel alone and needs help with money."),
        ]),
        ("C", "Health needs related to Niamh's special educational needs", [
            ("bul", [
                "Hypothyroidism (an underactive thyroid gland, which is more common in people with Down syndrome). Niamh takes a tablet every morning and has a blood test once a year. When her levels are low she is tired and puts on weight more easily.",
                "Weight: Niamh's weight has increased over the last year. Her GP (family doctor) and the Transition Nurse have advised support with healthy eating and exercise.",
                "Her eyesight and hearing were checked in March 2026 and are within the normal range.",
            ]),
        ]),
        ("D", "Social care needs", [
            ("p", "Niamh lives with her mum, dad and younger sister. Tom Ellery, Social Worker in the Preparing for Adulthood team, completed a social care assessment in March 2026. He found that Niamh needs support to take part in activities in the community with friends her own age, because she cannot yet travel or handle money on her own."),
            ("p", "Niamh turns 18 in April 2027. A Care Act transition assessment has been started by the Adult Social Care Transitions Team."),
        ]),
        ("E", "Outcomes", [
            ("p", "Niamh's outcomes follow the four Preparing for Adulthood areas."),
            ("sub", "E1 Work"),
            ("num", [
                "By the end of my course (July 2027), I will be awarded my Entry Level 3 Certificate in Animal Care.",
                "By the end of my course, I will complete a 10-week work placement at Meadowbank Animal Rescue one day a week, and my placement supervisor will record that I did the feeding and cleaning routine with no more than one reminder each day.",
            ]),
            ("sub", "E2 Living more independently"),
            ("num", [
                "Within 6 months (by December 2026), I will travel on the number 12 bus from home to college on my own on 5 days out of 5, checked by my Travel Trainer.",
                "By July 2027, I will pay for things in a shop with a £10 note and check my change, getting it right 4 times out of 5 as recorded by my learning support assistant.",
            ]),
            ("sub", "E3 Friends and community"),
            ("num", [
                "By July 2027, I will go to the Thursday youth club in town with a friend and my personal assistant at least three times a month, and tell my tutor one thing I did each time.",
            ]),
            ("sub", "E4 Staying healthy"),
            ("num", [
                "By July 2027, I will choose a healthy lunch at college on 4 days out of 5 and go for a 30-minute walk three times a week, recorded on my health chart with the Transition Nurse.",
                "Before I turn 18, I will tell the nurse or doctor myself why I take my thyroid tablet, and I will take it each morning without being reminded, as recorded on my medicine chart at home.",
            ]),
        ]),
        ("F", "Special educational provision", [
            ("sub", "F1 Learning support"),
            ("lab", "Learning support:", "A Learning Support Assistant (LSA) trained in teaching learners with Down syndrome will work with Niamh 1-2-1 in all practical animal care sessions (3 sessions per week, 2.5 hours each) and will support her in a small group (max 4) in her English and maths lessons (4 hours per week)."),
            ("lab", "English and maths:", "2 x 30 min sessions weekly of 1-2-1 reading and money skills with her LSA, following a programme written and reviewed each half-term by the Learning Support Manager."),
            ("lab", "Teaching approaches:", "In every lesson, tutors will give one instruction at a time with a photo or symbol and check Niamh's understanding by asking her to show them."),
            ("sub", "F2 Communication"),
            ("lab", "Speech and language therapy:", "A Speech and Language Therapist (SALT) from the college's contracted therapy service will see Niamh 1-2-1 fortnightly (45 mins) in the autumn and spring terms, working on asking for help and checking she has understood. The therapist will train her LSA once a term (1 hour), and the LSA will practise the programme with Niamh 3 times a week for 10 minutes."),
            ("lab", "Makaton:", "All staff who teach Niamh will complete Makaton Level 1 training, arranged by the Learning Support Manager, by December 2026."),
            ("sub", "F3 Work placement"),
            ("lab", "Job coaching:", "From January 2027, a Job Coach from the college Supported Employment Team will support Niamh at Meadowbank Animal Rescue one day per week (5 hours) for 10 weeks. The Job Coach will meet the placement supervisor fortnightly (15 mins) to check progress."),
            ("sub", "F4 Travel and money"),
            ("lab", "Travel training:", "A Travel Trainer from the council's Independent Travel Training service will travel with Niamh 1-2-1 on the morning and afternoon journeys twice a week for 8 weeks from September 2026, then follow at a distance for 2 weeks before signing her off."),
            ("sub", "F5 Exams"),
            ("lab", "Assessments:", "Niamh will have a reader and an extra quarter of the time in all assessments and exams, applied for and set up by the college Exams Officer."),
        ]),
        ("G", "Health provision", [
            ("lab", "Transition Nurse (Learning Disability):", "Sarah Quinn, Transition Nurse, will see Niamh at college or at home once every half-term (6 sessions per year, 45 mins each) to work on her health action plan, healthy eating and exercise."),
            ("lab", "Specialist Dietitian:", "6 sessions per year (30 mins each) with the Community Specialist Dietitian at Haddow Health Centre, for Niamh and her mum, to plan meals and agree a weight goal."),
            ("lab", "GP:", "Yearly thyroid blood test and Learning Disability Annual Health Check at Haddow Health Centre."),
            ("p", "The health provision in this section was agreed by Dr Leila Ahmed, Designated Clinical Officer for Mereshire Integrated Care Board (ICB), on 3 June 2026."),
        ]),
        ("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", [
            ("p", "4 hours per week of community support from a personal assistant, paid through a direct payment (see Section J), so that Niamh can go to youth club with friends. Reviewed once a term by the Preparing for Adulthood social worker."),
        ]),
        ("H2", "Other social care provision", [
            ("p", "Care Act transition assessment: the Adult Social Care Transitions Team will complete a Care Act needs assessment with Niamh and her parents by February 2027, so that any adult support is agreed before her 18th birthday."),
        ]),
        ("I", "Placement", [
            ("p", "Kingsmead College (general further education college). Foundation Learning study programme, 3 days per week."),
        ]),
        ("J", "Personal budget", [
            ("p", "Direct payment of £54 per week (4 hours at £13.50 per hour) for the community support in Section H1, paid to Niamh's parents. There is no personal budget for education provision."),
        ]),
        ("K", "Advice and information", [
            ("tbl", ["Advice", "Given by", "Date"], [
                ["Niamh's views", "Niamh, written with Daniel Okafor, Personal Tutor", "14.05.2026"],
                ["Parents' views", "Niamh's mum and dad", "14.05.2026"],
                ["Educational advice (college review report)", "Daniel Okafor, Personal Tutor, Kingsmead College", "05.05.2026"],
                ["Educational psychology advice", "Dr Ruth Barker, Educational Psychologist, Mereshire Educational Psychology Service", "20.03.2026"],
                ["Health advice", "Sarah Quinn, Transition Nurse", "17.04.2026"],
                ["Dietetic advice", "Amy Cole, Specialist Dietitian", "22.04.2026"],
                ["GP health summary", "Dr Rahul Mehta, GP, Haddow Health Centre", "10.04.2026"],
                ["Speech and language therapy advice", "Beth Lowe, Speech and Language Therapist", "28.04.2026"],
                ["Social care advice", "Tom Ellery, Social Worker, Preparing for Adulthood team", "25.03.2026"],
                ["Preparing for adulthood and careers advice", "Janine Bird, Careers Adviser, Mereshire Careers Service", "30.04.2026"],
            ]),
        ]),
    ],
)
