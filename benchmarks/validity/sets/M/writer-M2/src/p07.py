
# ============================================================ m207 (fail: no child's voice; deficit-only A/B; unexplained jargon; K items without who)
plan(
    file="m207.docx", layout="heading2-numbered",
    title="EHCP - Kian",
    front=[
        ("Name", "Kian"),
        ("Age", "14"),
        ("NC year", "Year 9"),
        ("Education phase", "Secondary (special school)"),
        ("Date finalised", "17.03.2026"),
        ("Next review", "March 2027"),
    ],
    sections=[
        ("A", "Views, interests and aspirations", [
            ("sub", "A1 Kian's views"),
            ("p", "Kian was unable to give his views for this plan due to his level of need."),
            ("sub", "A2 Parents' views"),
            ("p", "Kian's parents report that he cannot be left alone at any time, has no sense of danger, does not sleep through the night and is unable to dress or wash himself. He has frequent meltdowns when routines change and at these times he can bite his hand. He cannot tell them when he is in pain. They find family outings very difficult."),
            ("p", "Kian's parents would like him to be as independent as possible. In the future they would like him to live in a supported home near the family and do some kind of work, perhaps outdoors, as he has always liked being in the garden."),
        ]),
        ("B", "Special educational needs", [
            ("sub", "B1 Cognition and learning"),
            ("p", "Kian has SLD and is working well below ARE. On the school's BSquared Engagement Steps he is at early developing stages across all areas. He is not able to read or write and cannot count reliably beyond 3. His attention is fleeting and he does not stay on task without 1:1 adult direction."),
            ("sub", "B2 Communication and interaction"),
            ("p", "Kian is non-verbal. He does not use AAC functionally and his VOCA is not yet used spontaneously. He has limited understanding of language out of context. He has difficulty with joint attention and does not initiate interaction with peers. SALT recommends a SCERTS-informed approach."),
            ("sub", "B3 SEMH"),
            ("p", "Kian has significant dysregulation, with self-injurious behaviour when demands are placed on him. He is unable to tolerate waiting and has poor transitions across the school day."),
            ("sub", "B4 Physical and sensory"),
            ("p", "Kian has hypotonia and hypermobility, with reduced stamina when walking. Fine motor skills are poor and he is unable to use cutlery independently. He has sensory-seeking behaviours and mouths objects."),
        ]),
        ("C", "Health needs", [
            ("p", "Kian has low muscle tone and hypermobile joints, which limit how far he can walk before he needs a rest. The Children's Community Physiotherapy team advise a daily stretching and strengthening programme."),
            ("p", "Kian's sleep is disturbed (waking 3-4 times a night). This is managed by the Community Paediatrician, who prescribes melatonin and reviews it every 6 months."),
        ]),
        ("D", "Social care needs", [
            ("p", "Kian lives with his parents and his younger sister. The Children with Disabilities Social Work Team assessed the family in January 2026. Because Kian needs constant supervision and wakes at night, his parents have very little rest, and the assessment found a need for short breaks for Kian and the family."),
        ]),
        ("E", "Outcomes", [
            ("sub", "E1 Communication"),
            ("num", ["By March 2027, Kian will use his talking communication device (VOCA) to request a preferred item or activity on 5 occasions each day, recorded by staff on his communication log."]),
            ("sub", "E2 Independent living"),
            ("num", [
                "By March 2027, Kian will put on his coat and shoes (velcro) with one physical prompt, on 4 out of 5 days, recorded by class staff.",
                "By July 2027, Kian will use a spoon to eat his main course at lunch with no more than two prompts, recorded weekly by his teaching assistant.",
            ]),
            ("sub", "E3 Employment and community"),
            ("num", [
                "By July 2027, Kian will complete a 3-step gardening task (fill a pot, plant a seedling, water it) in the school garden with a visual sequence, on 3 occasions recorded by his teacher.",
                "By July 2027, Kian will go to the local garden centre café with his class once a half-term and hand over money to pay, recorded on his community visit sheet.",
            ]),
            ("sub", "E4 Good health"),
            ("num", [
                "By March 2027, Kian will walk from his classroom to the school hall (about 80 metres) without needing a rest on 4 days out of 5, recorded by class staff.",
                "By March 2027, Kian will sleep through until 5am on 4 nights out of 7, recorded in his sleep diary by his parents.",
            ]),
        ]),
        ("F", "Special educational provision", [
            ("sub", "F1 Communication"),
            ("bul", [
                "SALT: direct block of 6 x 45 min sessions 1:1 each term, plus termly MDT meeting (1 hour) with class team and parents.",
                "Daily VOCA modelling by trained TA, 3 x 10 mins 1:1.",
                "Intensive Interaction 1:1 with TA, daily for 15 mins.",
                "Whole-class SCERTS approach in all lessons; class team to receive SCERTS training from SALT (2 hours, autumn term 2026).",
            ]),
            ("sub", "F2 Learning"),
            ("bul", [
                "Class of 8 with a teacher and 3 TAs; Kian supported 1:1 for all structured activities (25 hours per week).",
                "TEACCH workstation daily 2 x 15 mins, set up by TA.",
                "Progress assessed termly by class teacher on BSquared Engagement Steps.",
            ]),
            ("sub", "F3 SEMH and sensory"),
            ("bul", [
                "OT sensory diet: OT to review termly (1 hour visit); TA delivers sensory circuit 2 x 15 mins daily.",
                "PBS plan written by class teacher with the school's PBS lead, reviewed half-termly (30 mins).",
            ]),
            ("sub", "F4 Preparing for adulthood"),
            ("bul", [
                "Horticulture group (max 4) in school garden, weekly 1 hour, led by TA with RHS Level 2.",
                "Community visit with class once per half-term, ratio 1:1, planned by class teacher.",
                "Dressing and eating programme 1:1 with TA daily (15 mins at lunchtime and before home time).",
            ]),
        ]),
        ("G", "Health provision", [
            ("bul", [
                "Physiotherapy (Children's Community Physiotherapy): 6 sessions per year (45 mins each) in school, and a written daily stretching programme carried out by school staff (15 mins daily), reviewed at each session.",
                "Community Paediatrician: review of sleep and melatonin every 6 months (30 mins).",
            ]),
            ("p", "Health provision agreed by the DCO, Dr Leila Ahmed, 9 March 2026."),
        ]),
        ("H1", "Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)", [
            ("bul", [
                "Short breaks: one overnight stay per month at Willow Lodge residential short breaks unit.",
                "After-school club: 3 hours per week (Thursdays) at the Haddow inclusive youth club, with a 1:1 support worker.",
            ]),
        ]),
        ("H2", "Other social care provision", [
            ("p", "None. The family's needs are met by the short breaks in H1, which will be reviewed by the social worker every 6 months."),
        ]),
        ("I", "Placement", [
            ("p", "Rowan Brook School (special school for pupils with severe and complex learning difficulties, ages 4-19)."),
        ]),
        ("J", "Personal budget", [
            ("p", "None requested."),
        ]),
        ("K", "Advice and information", [
            ("bul", [
                "Appendix 1: Parental advice - Kian's parents - 12.01.2026",
                "Appendix 2: Educational advice - 20.01.2026",
                "Appendix 3: Psychological advice - 22.01.2026",
                "Appendix 4: Medical advice - Dr Simon Clay, Community Paediatrician - 05.02.2026",
                "Appendix 5: Physiotherapy advice - Jess Harper, Physiotherapist, Children's Community Physiotherapy - 28.01.2026",
                "Appendix 6: SALT advice - 15.01.2026",
                "Appendix 7: OT advice - Ben Walsh, OT - 19.01.2026",
                "Appendix 8: Social care advice - Laura Finch, Social Worker, Children with Disabilities Social Work Team - 26.01.2026",
                "Appendix 9: Preparing for adulthood advice - Careers Adviser, Mereshire Careers Service - 03.02.2026",
            ]),
        ]),
    ],
)
