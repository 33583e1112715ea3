P = dict(
    id="aa211",
    layout="ef-table",
    front=[
        ("First name", "Ffion"),
        ("Age", "17"),
        ("Education phase", "Post-16: Year 12"),
        ("Setting", "Marches College, Foundation Studies"),
        ("Last annual review", "26 February 2026"),
        ("Date this plan was issued", "17 March 2026"),
        ("EHC co-ordinator", "EHC Co-ordinator, Post-16 and Adult Transitions team"),
    ],
    A=[
        "## My views (Ffion filled in her 'One-page profile' with her tutor on 9 February 2026)",
        "I'm Ffion and I'm 17. I live in Presteigne with my dad and my two brothers. I love Taylor Swift, baking, drawing manga characters and looking after my cousin's little girl. People say I'm creative and really good with small children.",
        "At college I like the catering and childcare taster sessions best. I don't like the canteen because it's too loud, and I don't like it when timetables change without anyone telling me. Sometimes I get so worried I can't get on the bus in the morning.",
        "When I leave college I want to work in a nursery or in a café. I'd like to get the bus to college on my own like my brothers do, and one day live in my own place with a friend.",
        "## What Ffion's dad says",
        "\"Ffion is kind, funny and very creative. She's brilliant with young children: they love her. She's made real progress since moving to college, but her anxiety can stop her doing things she's capable of.\"",
        "\"I'd like her to get some work experience, learn to handle money and travel on her own, so that she has choices when she leaves college. Her mum and I want her to be happy and to have a job she enjoys.\"",
        "## Ffion's story so far",
        "Ffion was diagnosed with autism when she was ten, after several years in which she found school very hard and often refused to go. She went to Presteigne Primary School and then to Radnor Edge Academy, where she had an EHC plan from Year 8 and spent part of each day in the school's learning support base. She left Radnor Edge Academy in July 2025 with Entry Level certificates in English, maths and science and a Level 1 certificate in food preparation.",
        "Ffion started at Marches College in September 2025 on the Foundation Studies programme, which includes English, maths, independent living skills and taster sessions in different vocational areas. She was very anxious during her first half term and missed a lot of sessions, but her attendance has improved since she was given a quiet room to use at break times. She has made two friends on her course.",
        "Ffion lives with her dad and her two older brothers in Presteigne. Her mum lives in Hereford and Ffion stays with her every other weekend. She helps look after her little cousin, Nansi, most Saturdays.",
        "## Strengths",
        "- Creative: drawing, baking and decorating cakes.",
        "- Patient and caring with young children.",
        "- Reliable with routines once she knows them.",
        "- Honest and able to say when something is wrong, in writing if not out loud.",
        "## Aspirations",
        "To work in a nursery or café, to travel on her own, and to live with a friend in the future.",
    ],
    B=[
        "Ffion has moderate learning difficulties and autism. Her needs are described in the advice in Section K.",
        "## Communication and interaction",
        "Ffion has a good vocabulary but finds it hard to understand implied meaning, jokes and changes in tone. She can become anxious in group conversations and may not speak at all in new situations. She communicates more easily in writing or one to one.",
        "## Cognition and learning",
        "Ffion is working at Entry Level 2 in English and Entry Level 1 in maths. She reads well for everyday purposes but has difficulty writing more than a few sentences. She has great difficulty with money, including recognising the value of coins, working out change and budgeting.",
        "## Social, emotional and mental health",
        "Ffion has significant anxiety, especially about change, noise and new people. She has missed 14% of college sessions this year, mostly because she felt too anxious to leave the house. She has two friends in her tutor group.",
        "## Independence and travel",
        "Ffion has never travelled on public transport on her own. She is transported to college by the council's transport service. She worries about the bus being late or about not knowing what to do if something goes wrong.",
        "## Sensory",
        "Ffion is very sensitive to noise. She finds the canteen, corridors between lessons and fire alarms distressing.",
    ],
    C=[
        "- Anxiety: Ffion has moderate anxiety associated with her autism. She was assessed by the Young People's Wellbeing Service in January 2026, which recommended a course of individual sessions.",
        "- Ffion has no other health needs. Her autism was diagnosed by the community paediatrician in 2019, and she was discharged from paediatric care in 2022.",
    ],
    D=[
        "Ffion's needs were screened by the Children with Disabilities Team in January 2026 (Section K). The team found no social care needs requiring a service: her father meets her care needs. Short breaks and the local offer were discussed; Ffion goes to the youth club in Presteigne with her brother.",
    ],
    EF=dict(
        title="Sections E and F: Outcomes and provision",
        intro=[
            "Ffion's outcomes (Section E) are in the first column; the special educational provision (Section F) is in the other columns.",
        ],
        header=["What Ffion will achieve", "What will be provided", "How often", "Who"],
        rows=[
            "Employment",
            (
                "E1. By July 2027, Ffion will complete a work placement of one day a week for 10 weeks in the nursery at Presteigne Family Centre, with her attendance and a supervisor's report recorded by her tutor.",
                [
                    ("A supported work placement, with a job coach 1:1 for the first 3 weeks and then visiting weekly for 30 minutes", "One day a week for 10 weeks from April 2026", "Job coach, Marches College"),
                    ("Level 1 childcare taster unit, in a group of no more than 10", "2 hours a week", "Childcare lecturer"),
                ],
            ),
            (
                "E2. Ffion will be supported by her key worker to plan her week and prepare for her placement.",
                [
                    ("Key worker check-in", "Weekly", "Key worker"),
                ],
            ),
            "Independent living",
            (
                "E3. Ffion will improve her money skills.",
                [
                    ("Functional maths", "3 hours a week", "Maths tutor"),
                    ("Opportunities to practise using money in the college shop", "When available", "Learning support assistant"),
                ],
            ),
            (
                "E4. By July 2027, Ffion will travel by bus from Presteigne to Marches College on her own for 2 weeks in a row, as recorded by her tutor.",
                [],
            ),
            "Friends, relationships and community",
            (
                "E5. By July 2027, Ffion will feel more confident at college.",
                [
                    ("Social skills group", "Weekly", "Learning support"),
                ],
            ),
            "Communication",
            (
                "E6. By December 2026, Ffion will ask a member of staff for help in class, out loud or using her help card, at least once a day on 4 days out of 5, as recorded by her learning support assistant.",
                [
                    ("Speech and language therapy programme", "Termly", "Speech and language therapist"),
                    ("A help card and a quiet space she should be able to use", "Every lesson", "All staff"),
                ],
            ),
            "Good health",
            (
                "E7. By July 2027, Ffion will attend at least 95% of her college sessions, as recorded in the college register (her attendance is 86% now).",
                [
                    ("Written timetable for each week, emailed on Friday, with any changes marked in colour", "Weekly", "Personal tutor"),
                    ("Quiet room to use at breaks and lunchtimes, instead of the canteen", "Every break and lunchtime", "Learning support manager"),
                ],
            ),
        ],
        after=[],
    ),
    G=[
        "- Young People's Wellbeing Service: a wellbeing practitioner will see Ffion at college for 8 sessions of anxiety support based on cognitive behavioural therapy, fortnightly for 50 minutes, from April 2026, then review with Ffion (E7).",
        "## Health agreement",
        "Agreed by Dr Miriam Okafor, Designated Clinical Officer (DCO), Wyeland and Marches Integrated Care Board, 9 March 2026.",
    ],
    H1=[
        "None. The screening in January 2026 found no needs for provision under section 2 of the Chronically Sick and Disabled Persons Act 1970. Short breaks were considered with Ffion and her father.",
    ],
    H2=[
        "None. Ffion will be referred to the Post-16 and Adult Transitions team before her 18th birthday for advice on adult services.",
    ],
    I=[
        "Marches College: a general further education college. Ffion attends the Foundation Studies programme for 3 days a week (16.5 hours).",
    ],
    J=[
        "No personal budget has been requested.",
    ],
    K=dict(
        header=["Advice", "Given by", "Date"],
        rows=[
            ["Ffion's views", "Ffion, with her tutor", "9 February 2026"],
            ["Parent's views", "Ffion's father", "11 February 2026"],
            ["Educational advice", "Personal Tutor and Learning Support Manager, Marches College", "16 February 2026"],
            ["Psychological advice", "Dr Gareth Lloyd, Educational Psychologist", "20 October 2025"],
            ["Medical advice", "General practitioner, Presteigne Medical Practice", "13 January 2026"],
            ["Mental health advice", "Wellbeing Practitioner, Young People's Wellbeing Service", "27 January 2026"],
            ["Speech and language therapy advice", "Speech and Language Therapist", "2 February 2026"],
            ["Social care advice", "Children with Disabilities Team (screening)", "22 January 2026"],
            ["Preparing for adulthood advice", "Careers Adviser, Marches Careers Service", "5 February 2026"],
            ["Annual review record", "Chaired by the Learning Support Manager", "26 February 2026"],
        ],
    ),
    signoff=[
        "Signed: EHC Co-ordinator, Post-16 and Adult Transitions team, for Wyeland County Council, 17 March 2026.",
    ],
)
