
# ============================================================ m202 (fail: CP plan not reflected; no PfA outcomes; CAMHS vague; no health sign-off)
plan(
    file="m202.docx", layout="letter-column",
    title="Education, Health and Care Plan",
    front=[
        ("Name", "Callum"),
        ("Age", "15"),
        ("Education phase", "Secondary (Year 11)"),
        ("Settings", "Haddow Academy (registered school) and Riverside Learning Centre (alternative provision)"),
        ("Date finalised", "21.04.2026"),
        ("Next review", "April 2027"),
        ("Caseworker", "Jo Pearce, Education, Health and Care (EHC) Co-ordinator"),
    ],
    sections=[
        ("A", "Views, interests and aspirations", [
            ("sub", "What Callum says"),
            ("p", "Callum talked to his key worker at Riverside, Kerry Banks, in March 2026. She wrote down what he said:"),
            ("p", "\"I like fixing bikes and I'm good at it. I built my own BMX from parts. I play FIFA online with my mates most nights. Maths is alright, I can do it if it's quiet. I don't like big corridors and loads of people, it makes me feel sick and then I can't go in. At Riverside it's small and the staff don't shout. I want to pass my English and maths GCSEs. I want to get back to learning without feeling sick every morning.\""),
            ("sub", "What Callum's mum says"),
            ("p", "Callum's mum says he is clever, funny and very good with his hands, and that he is patient and kind with his younger sister. She wants Callum to feel safe, to get back into learning and to leave school with his English and maths. \"He's missed so much, but when he's calm he flies.\""),
        ]),
        ("B", "Special educational needs", [
            ("sub", "Social, emotional and mental health"),
            ("p", "Callum has severe anxiety. In crowded places he has panic attacks (racing heart, feeling sick, needing to leave). His attendance at Haddow Academy fell to 42% in Year 10. Since January 2026 he has attended Riverside Learning Centre three days a week, where his attendance is 81%. He manages best in small groups with staff he knows, and with warning of any change."),
            ("sub", "Cognition and learning"),
            ("p", "Callum is an able learner. His maths teacher predicts a grade 5 at GCSE. In English he has gaps from missed lessons: his reading is secure, but he finds it hard to plan and finish longer written answers under time pressure, and he avoids writing when anxious."),
            ("sub", "Communication and interaction"),
            ("p", "Callum communicates well one to one and with his small group of friends. He does not like speaking in front of a class."),
        ]),
        ("C", "Health needs", [
            ("p", "Callum was diagnosed with generalised anxiety disorder by Child and Adolescent Mental Health Services (CAMHS) in 2025. His anxiety is worst on weekday mornings and in crowded places, where he has panic attacks."),
        ]),
        ("D", "Social care needs", [
            ("p", "Callum lives with his mum and his younger sister. Callum and his sister have been subject to Child Protection plans since February 2026 under the category of emotional harm. Callum's mum says things at home are now calmer."),
        ]),
        ("E", "Outcomes", [
            ("num", [
                "By the end of the spring term 2027, Callum will attend Riverside on all three of his days each week, with attendance above 90% on the register.",
                "By the summer 2027 exams, Callum will complete three practice English papers under timed conditions and reach at least grade 4 in his English mock examination.",
                "By March '27, Callum will use his calm plan (breathing, time-out card, quiet room) when he feels anxious in lessons, on 4 out of 5 occasions recorded by his key worker.",
                "By June 2027, Callum will join a maths class of 8 students for three full lessons each week, recorded on his timetable by the Riverside maths teacher.",
            ]),
        ]),
        ("F", "Special educational provision", [
            ("lab", "Key worker mentoring:", "2 x 30 min sessions weekly, 1-2-1, with his key worker at Riverside, who is trained as an Emotional Literacy Support Assistant (ELSA). Sessions cover his calm plan and planning his week."),
            ("lab", "Calm plan:", "Callum's calm plan will be reviewed by Callum and his key worker once each half-term (30 mins) and shared with all staff who teach him."),
            ("lab", "English:", "2 x 1 hour sessions weekly of 1-2-1 tuition with a qualified English teacher at Riverside, focused on planning and finishing longer written answers."),
            ("lab", "Maths:", "Maths in a small group (max 4) with the Riverside maths teacher, as timetabled (3 x 1 hr), moving to a class of 8 from the spring term 2027 when Callum agrees."),
            ("lab", "Exam arrangements:", "A separate room and supervised rest breaks in all mock and GCSE exams, applied for by the Special Educational Needs Co-ordinator (SENCo) at Haddow Academy."),
            ("lab", "Joint planning:", "The Haddow Academy SENCo and the Riverside key worker will meet twice termly (45 mins) to review Callum's timetable and attendance."),
        ]),
        ("G", "Health provision", [
            ("p", "CAMHS: Callum will continue to be supported by the CAMHS Getting Help team. Appointments will be offered as needed."),
        ]),
        ("H1", "Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)", [
            ("p", "None."),
        ]),
        ("H2", "Other social care provision", [
            ("p", "None."),
        ]),
        ("I", "Placement", [
            ("p", "Haddow Academy (mainstream secondary academy, 11-16), with a placement at Riverside Learning Centre (alternative provision) three days per week until the end of Year 11."),
        ]),
        ("J", "Personal budget", [
            ("p", "No personal budget has been requested."),
        ]),
        ("K", "Advice and information", [
            ("tbl", ["Advice", "From", "Date"], [
                ["Callum's views", "Gathered by Kerry Banks, Key Worker, Riverside Learning Centre", "10.03.2026"],
                ["Parent's views", "Callum's mum", "10.03.2026"],
                ["Educational advice", "James Farrow, SENCo, Haddow Academy", "02.03.2026"],
                ["Educational advice (alternative provision)", "Kerry Banks, Key Worker, Riverside Learning Centre", "05.03.2026"],
                ["Psychological advice", "Dr Sam Clarke, Educational Psychologist", "16.02.2026"],
                ["Health advice", "Dr Nina Ross, Clinical Psychologist, CAMHS", "24.02.2026"],
                ["Careers and preparing for adulthood advice", "Lee Grant, Careers Adviser, Mereshire Careers Service", "04.03.2026"],
            ]),
        ]),
    ],
)
