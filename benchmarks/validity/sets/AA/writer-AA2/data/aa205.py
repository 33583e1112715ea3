P = dict(
    id="aa205",
    layout="ef-table",
    front=[
        ("First name", "Amelia"),
        ("Age", "7"),
        ("School year", "Year 2"),
        ("School", "Clunbrook Primary School"),
        ("Date this plan was issued", "15 January 2026"),
        ("Last annual review", "Not applicable (first EHC plan)"),
        ("EHC co-ordinator", "EHC Co-ordinator, Clun and Teme area team"),
    ],
    A=[
        "## My views (Amelia chose pictures and talked to her class teacher, 24 November 2025)",
        "I am Amelia and I am seven. I like unicorns, painting, my rabbit Biscuit and going to Nana's caravan at Borth. My best friend is Evie. I am good at painting and at looking after Biscuit.",
        "At school I like art and story time. I don't like games because I fall over and everyone is faster than me. I don't like lunchtime much because it is noisy and my food takes a long time.",
        "When I am big I want to be an artist or a vet for rabbits.",
        "## What Amelia's parents say",
        "\"Amelia is gentle, imaginative and very creative: she'll spend an hour on one picture. She's kind to younger children and she loves animals. She's got a lot more resilient this year.\"",
        "\"We worry that she is falling behind with reading and that she gets tired and left out at playtime. She is very small and a fussy eater, and the hospital have been keeping an eye on her weight. We'd like her to be able to keep up with her friends, read for herself and enjoy school.\"",
        "## Amelia's story so far",
        "Amelia was born at 30 weeks and spent seven weeks in the special care baby unit at Wyeland County Hospital. Her parents noticed when she was about a year old that she was not crawling and that her legs seemed stiff, and she was diagnosed with cerebral palsy when she was two. She walked on her own just after her third birthday. She went to the pre-school in the village hall in Clunbrook, where staff gave her extra help with her physical skills and her early learning, and she started in Reception at Clunbrook Primary School in September 2023.",
        "In Reception and Year 1 Amelia was supported through the school's own special educational needs support, with a small amount of extra adult help in class. Her progress in reading and maths has been slower than that of other children, and the gap has widened this year. The school asked for an EHC needs assessment in July 2025, with her parents' agreement, because they felt she needed more help than they could provide from their own budget.",
        "Amelia lives with her mum, her dad and her baby brother Alfie on the edge of Clunbrook. Her dad works on a dairy farm and her mum works part time at the village shop. Her nana lives next door and looks after Amelia after school twice a week. Amelia spends a lot of time outdoors with her rabbit and with the farm cats, and she has started a painting club at the village hall on Saturday mornings, which she loves.",
        "## Strengths",
        "- Very good at art, with a strong eye for colour and detail.",
        "- Kind and caring towards other children and animals.",
        "- Listens well to stories and remembers them.",
        "- Tries hard and asks for help when she is stuck.",
        "## Aspirations",
        "Amelia would like to be an artist or a vet. Her parents want her to read for herself, keep up with her friends and go on to Clun Valley Juniors with Evie.",
    ],
    B=[
        "Amelia has mild cerebral palsy affecting both legs (spastic diplegia) and moderate learning difficulties. Her needs are described in the advice listed in Section K.",
        "## Cognition and learning",
        "Amelia is working below the level expected for her age in reading, writing and maths. She knows most Phase 3 phonics sounds but has difficulty blending words of more than four sounds. She reads books at book band Yellow (level 3). She counts to 20 and adds numbers to 10 with objects. She needs short, practical activities and a lot of repetition to learn and remember new skills.",
        "## Communication and interaction",
        "Amelia's speech and understanding are in line with her age. She can be shy in large groups and may not ask for help.",
        "## Social, emotional and mental health",
        "Amelia becomes upset and withdrawn at playtimes and in PE (physical education) because she cannot keep up with other children. She sometimes tells staff that she has 'no one to play with', although she has friends in class.",
        "## Sensory and physical",
        "Amelia walks independently but tires easily and falls over several times a day, especially on uneven ground and stairs. She has tight calf muscles and wears splints on both ankles. Her fine motor skills are delayed: she has difficulty holding a pencil correctly, cutting with scissors and doing up buttons and zips.",
    ],
    C=[
        "- Cerebral palsy (spastic diplegia): tight muscles in both legs, which need physiotherapy and ankle splints to keep her walking well and to reduce falls.",
        "- Fine motor and self-care difficulties linked to her cerebral palsy (handwriting, dressing), assessed by the children's occupational therapist.",
        "- Low weight: Amelia is below the 2nd centile for weight and eats slowly. The community paediatrician has referred her to the children's dietitian, and her weight is checked every three months.",
    ],
    D=[
        "Amelia's family had a child and family assessment from the Children with Disabilities Team in November 2025 (Section K). The assessment found no social care needs requiring a service: her parents meet her care needs well and the family are well supported by relatives nearby. The family were given information about the local offer and the inclusive holiday play scheme at Craven Arms.",
    ],
    EF=dict(
        title="Sections E and F: Outcomes and provision",
        intro=[
            "Section E (outcomes) is in the first column; Section F (special educational provision) is in the next three columns. Provision is delivered in school during term time.",
        ],
        header=["Outcome", "Provision", "Frequency", "Who"],
        rows=[
            (
                "E1. By July 2026, Amelia will read a book at book band Blue (level 4) with at least 90% accuracy, in a running record taken by her class teacher each half term.",
                [
                    ("Small group phonics intervention", "Daily", "School staff"),
                    ("1:1 reading with an adult, using books at her level", "4 times a week, 10 minutes", "Teaching assistant"),
                ],
            ),
            (
                "E2. Amelia will receive 1:1 support from a teaching assistant in all literacy and maths lessons.",
                [
                    ("Adult support in class as appropriate", "Literacy and maths lessons", "Teaching assistant"),
                ],
            ),
            (
                "E3. By July 2026, Amelia will add and subtract numbers to 20 using a number line, getting 8 out of 10 correct in a weekly check recorded by her teaching assistant.",
                [
                    ("Numicon maths programme, 1:1", "3 times a week, 15 minutes", "Teaching assistant trained in Numicon by the maths lead"),
                ],
            ),
            (
                "E4. Amelia is given a daily physiotherapy programme in school.",
                [
                    ("Daily physiotherapy exercises from her programme", "Daily, 15 minutes", "Teaching assistant shown the programme by the physiotherapist"),
                    ("Regular movement breaks", "During lessons", "Class teacher"),
                ],
            ),
            (
                "E5. By March 2027, Amelia will walk up and down the stairs to the school hall using the handrail, without an adult holding her, on 4 out of 5 occasions in a week, recorded by her teaching assistant.",
                [
                    ("Stair practice with an adult beside her, following the physiotherapist's programme", "Twice a day, 5 minutes", "Teaching assistant"),
                ],
            ),
            (
                "E6. By July 2026, Amelia will feel happier and more settled at playtimes.",
                [
                    ("Friendship group", "Weekly", "Learning mentor"),
                    ("Access to a quiet space where possible", "Playtimes and lunchtimes", "Midday supervisors"),
                ],
            ),
            (
                "E7. By July 2026, Amelia will eat at least three-quarters of her school lunch within 30 minutes on 4 days out of 5, as recorded on her lunch chart by the midday supervisor.",
                [
                    ("A seat at a quieter table at the end of the hall, with the same midday supervisor, who will encourage her and keep her lunch chart", "Every lunchtime", "Midday supervisor"),
                ],
            ),
            (
                "E8. By July 2026, Amelia will do up the buttons on her cardigan on her own at home time, on 4 out of 5 days, as recorded by her teaching assistant.",
                [
                    ("Help from her teaching assistant with buttons, zips and shoes when changing for PE and at home time, with the adult doing less each week as she learns", "Every day", "Teaching assistant"),
                ],
            ),
        ],
        after=[
            "## Other provision",
            "- A sloping writing board and a chunky pencil grip for all writing tasks, provided by the class teacher, who will check them each half term.",
            "The special educational needs co-ordinator (SENCo) will review Amelia's progress with her parents each term for 30 minutes.",
        ],
    ),
    G=[
        "- Physiotherapy: a children's physiotherapist will see Amelia at school once each half term for 45 minutes to review her programme and show the teaching assistant any changes, and will see her in clinic every three months.",
        "- Orthotics: ankle splints for both legs, provided and reviewed every six months by the Orthotics Service, Wyeland County Hospital.",
        "- Occupational therapy: a children's occupational therapist will deliver a handwriting and dressing skills programme with Amelia at school, teaching her pencil grip, letter formation, cutting and fastening buttons and zips, weekly for 30 minutes for 10 weeks from February 2026, then review.",
        "- Dietetics: the children's dietitian will see Amelia and her parents in clinic every three months for 30 minutes to review her weight and eating, and will give the school a written lunchtime plan.",
        "- Community paediatrician: review in clinic every six months.",
        "## Health agreement",
        "Agreed by Dr Miriam Okafor, Designated Clinical Officer (DCO), Wyeland and Marches Integrated Care Board, 7 January 2026.",
    ],
    H1=[
        "None. The child and family assessment in November 2025 found no needs requiring provision under section 2 of the Chronically Sick and Disabled Persons Act 1970. Short breaks were discussed with the family, who will ask for a short breaks assessment if their circumstances change.",
    ],
    H2=[
        "None. Early help was offered and not needed at this time.",
    ],
    I=[
        "Clunbrook Primary School: a mainstream community primary school.",
    ],
    J=[
        "No personal budget has been requested.",
    ],
    K=dict(
        header=["Advice", "Who from", "Date"],
        rows=[
            ["Amelia's views", "Amelia, with her class teacher", "24 November 2025"],
            ["Parents' views", "Amelia's mother and father", "26 November 2025"],
            ["Educational advice", "Class teacher and SENCo, Clunbrook Primary School", "1 December 2025"],
            ["Psychological advice", "Dr Gareth Lloyd, Educational Psychologist", "3 December 2025"],
            ["Medical advice", "Dr Alun Hughes, Community Paediatrician", "10 November 2025"],
            ["Physiotherapy advice", "Children's Physiotherapist", "14 November 2025"],
            ["Occupational therapy advice", "Children's Occupational Therapist", "18 November 2025"],
            ["Orthotics information", "Orthotics Service, Wyeland County Hospital", "12 November 2025"],
            ["Social care advice", "Social Worker, Children with Disabilities Team", "20 November 2025"],
        ],
    ),
    signoff=[
        "Signed for Wyeland County Council by the EHC Co-ordinator, 15 January 2026.",
    ],
)
