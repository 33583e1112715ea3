P = dict(
    id="aa208",
    layout="ef-table",
    front=[
        ("First name", "Tomos"),
        ("Age", "16"),
        ("School year", "Year 11"),
        ("School", "Clee Marches High School"),
        ("Date of annual review", "3 November 2026"),
        ("Date this plan was issued", "24.11.2026 (amended following annual review)"),
        ("EHC co-ordinator", "EHC Co-ordinator, Ludlow and Clee area team"),
    ],
    A=[
        "## In my own words (Tomos wrote this with his form tutor on 14 October 2026)",
        "I'm Tomos, I'm 16 and I live in Cleehill with my mum and my nan. I like fixing things, especially bikes and small engines. I help my uncle at his garage in Ludlow on Saturdays, and he lets me change oil and tyres. I also like fishing on the Teme and playing darts at the club.",
        "School is OK now. I like engineering and sport. I find English hard and I get stressed in exams because I can't read the questions fast enough. Having the reader helped a lot in my mocks last year.",
        "After Year 11 I want to go to Marches Agricultural College to do the land-based engineering course, because my uncle says there's loads of work fixing farm machinery round here. Then I want to get an apprenticeship and have my own van one day. I want to be able to get the bus to Ludlow on my own, so I don't need Mum to drive me everywhere.",
        "## What Tomos's mum and nan say",
        "\"Tomos is practical, polite and really good with his hands. Everyone at the garage likes him. He's grown up a lot in the last year. He used to get angry when things went wrong, but now he walks away and calms down.\"",
        "\"We'd like him to get into college, pass his maths and English at the level he can, and learn to travel and manage money by himself. He'll be able to get help when needed, but we want him to manage most things on his own.\"",
        "## What Tomos does well",
        "- Practical and mechanical skills: he can strip and rebuild a bicycle gear system without instructions.",
        "- Reliable and punctual at his Saturday job.",
        "- Good at explaining how things work when he can show you.",
        "- Gets on well with adults and has a small, loyal group of friends.",
        "## Aspirations",
        "To study land-based engineering at Marches Agricultural College from September 2027, then to take an apprenticeship and work as an agricultural engineer. To travel on his own, manage his own money and, in time, to live independently.",
    ],
    B=[
        "Tomos has moderate learning difficulties. His needs are described in the advice listed in Section K and at his annual review on 3 November 2026.",
        "## Cognition and learning",
        "Tomos's reading age is 10 years 4 months and his reading speed is well below average, so he needs a reader and extra time to show what he knows in tests. His spelling and written work are at around the level expected of a pupil aged 10. In maths he is working towards Entry Level 3 Functional Skills (this is a qualification in practical maths for everyday life and work). He can add, subtract and multiply, but finds it hard to work with money, time and measures in real situations. His practical skills and visual memory are strengths. He needs regular practice over several weeks to secure new skills.",
        "## Communication and interaction",
        "Tomos understands spoken language well in one-to-one conversation. He finds it harder to follow long spoken instructions in large groups and needs information in short steps.",
        "## Social, emotional and mental health",
        "Tomos's self-confidence and emotional control have improved a great deal. He becomes anxious about exams and about changes, such as the move to college, and benefits from planning ahead and talking things through with a trusted adult.",
        "## Preparing for adulthood",
        "Tomos does not yet travel on his own by bus, and he has limited experience of handling money, budgeting or using a bank card. He has a clear career goal but will need support with the college application, interview and transition.",
    ],
    C=[
        "Tomos has no health needs relating to his special educational needs. This was confirmed by the community paediatrician in a letter dated 4 September 2026, following his final review in the developmental clinic, and by the school nurse at his annual review. He is registered with his local GP (general practitioner) for routine health care.",
    ],
    D=[
        "Tomos has no social care needs relating to his special educational needs. This was the conclusion of the Children with Disabilities Team's screening assessment, completed on 15 September 2026 (Section K). The social worker discussed short breaks and the county's local offer with Tomos and his mother; Tomos already goes to the Cleehill youth club on Thursday evenings and did not want further activities. The family know how to contact the Early Help Hub if their circumstances change.",
    ],
    EF=dict(
        title="Sections E and F: Outcomes and special educational provision",
        intro=[
            "The outcomes (Section E) in the first column are Tomos's targets for the rest of Year 11, agreed with him at his annual review. The provision (Section F) beside each one is what school will do to help him achieve it. Provision is made at Clee Marches High School in term time unless stated.",
        ],
        header=["Outcome (Section E)", "Provision (Section F)", "How much and how often", "Delivered by"],
        rows=[
            "Employment and further education",
            (
                "E1. By June 2027, Tomos will receive an offer of a place on the land-based engineering course at Marches Agricultural College, after completing the application and interview himself with the help he needs.",
                [
                    ("Careers guidance interviews, 1:1, covering the college application, course choice and interview practice", "Three 45-minute sessions in the autumn and spring terms", "Level 6 qualified careers adviser, Marches Careers Service"),
                    ("Two taster days at Marches Agricultural College, with a teaching assistant who knows him", "Once in January 2027 and once in March 2027", "Special educational needs co-ordinator (SENCo) to arrange; teaching assistant to accompany"),
                    ("March 2027: a transition meeting between the SENCo, Tomos, his mum and the college's additional learning support manager", "Once, 1 hour", "SENCo"),
                ],
            ),
            (
                "E2. By August 2027, Tomos will gain an Entry Level 3 Functional Skills certificate in maths.",
                [
                    ("Functional maths teaching in a group of no more than 6 students, focusing on money, time and measures in work settings", "3 lessons a week, 50 minutes each", "Qualified maths teacher"),
                    ("1:1 practice of money and measuring tasks linked to engines and workshop jobs", "Twice a week, 20 minutes", "Teaching assistant"),
                ],
            ),
            (
                "E3. By June 2027, Tomos will pass his GCSE (General Certificate of Secondary Education) English Language exam at grade 2 or above.",
                [
                    ("Reading comprehension and exam technique group of 4 students", "Twice a week, 40 minutes", "English teacher with a specialist qualification in literacy difficulties"),
                    ("Access arrangements: 25% extra time and a human reader in all mock and final exams", "Every exam", "Applied for and arranged by the exams officer with the SENCo"),
                    ("A laptop with text-to-speech software for classwork and homework", "Daily", "Set up and maintained by the school's computer technician"),
                ],
            ),
            "Independent living",
            (
                "E4. By July 2027, Tomos will travel on the 2L bus from Cleehill to Ludlow and back on his own, including buying or showing his ticket, on 4 journeys in a row, as signed off by the independent travel trainer.",
                [
                    ("Independent travel training, 1:1, on the Cleehill to Ludlow route, reducing support step by step", "Weekly, 1.5 hours, for 8 sessions from January 2027, then review", "Independent travel trainer, Wyeland Travel Training Service"),
                ],
            ),
            (
                "E5. By July 2027, Tomos will open and use his own bank account, checking his balance on a banking app and keeping to a weekly budget of his wages for 4 weeks in a row, as checked with his teaching assistant each Monday.",
                [
                    ("Money management sessions in a group of 5 students, including opening an account, using a banking app and budgeting", "Weekly, 45 minutes, for the spring term", "Teaching assistant trained in the school's life skills programme"),
                ],
            ),
            "Friends, relationships and community",
            (
                "E6. By July 2027, Tomos will take part in the Ludlow angling club's junior matches on his own, attending at least 3 matches and keeping his own record of his catches.",
                [
                    ("Help to find, contact and join the angling club, and to plan his journey there", "Two 30-minute sessions in the spring term", "Learning mentor"),
                ],
            ),
            "Good health and wellbeing",
            (
                "E7. By July 2027, Tomos will use his own calming plan (a written list of steps) before each of his exams, and will sit every exam for the full time, as recorded by the exams officer.",
                [
                    ("1:1 sessions with his learning mentor to write and practise his calming plan for exams and for the move to college", "Weekly, 30 minutes, from January to June 2027", "Learning mentor"),
                ],
            ),
        ],
        after=[
            "## Across the school day",
            "- Subject teachers will give instructions in short steps and put key words and tasks in writing on the board, as set out in Tomos's learning plan, which the SENCo will update each term.",
        ],
    ),
    G=[
        "None. See Section C: the community paediatrician and school nurse confirmed that Tomos has no health needs that require health provision.",
    ],
    H1=[
        "None. The Children with Disabilities Team found no needs requiring provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 (see Section D). Short breaks and the local offer were considered with Tomos and his mother.",
    ],
    H2=[
        "None. The Post-16 and Adult Transitions team will be told of Tomos's plan as part of the county's preparing for adulthood workstream, so that he can be offered advice about adult services if he needs it in future.",
    ],
    I=[
        "Clee Marches High School: a mainstream secondary school for pupils aged 11 to 16. From September 2027 the council expects Tomos to attend Marches Agricultural College; Section I will be amended when his place is confirmed.",
    ],
    J=[
        "No personal budget has been requested.",
    ],
    K=dict(
        header=["Advice and information", "Given by", "Date"],
        rows=[
            ["Tomos's views", "Tomos, written with his form tutor", "14 October 2026"],
            ["Parent and family views", "Tomos's mother and grandmother", "16 October 2026"],
            ["Educational advice (annual review report)", "SENCo, Clee Marches High School", "20 October 2026"],
            ["Psychological advice", "Dr Gareth Lloyd, Educational Psychologist", "28 January 2026"],
            ["Medical advice", "Dr Alun Hughes, Community Paediatrician (discharge letter)", "4 September 2026"],
            ["School nurse information", "School Nurse, Ludlow School Nursing Team", "29 October 2026"],
            ["Social care advice", "Social Worker, Children with Disabilities Team (screening assessment)", "15 September 2026"],
            ["Preparing for adulthood and careers advice", "Careers Adviser, Marches Careers Service", "9 October 2026"],
            ["Annual review record", "Chaired by the SENCo", "3 November 2026"],
        ],
    ),
    signoff=[
        "Issued for Wyeland County Council by the EHC Co-ordinator, Ludlow and Clee area team, 24 November 2026.",
    ],
)
