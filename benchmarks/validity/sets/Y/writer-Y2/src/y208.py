
# ================================================================ y208 FAIL ef-table
PLANS.append(dict(
    id="y208", layout="ef-table",
    front=[
        ("Name", "Rio"),
        ("Age", "13"),
        ("National Curriculum year", "Year 8"),
        ("Date this plan was issued", "30 April 2026"),
        ("Date of last annual review", "Not applicable – this is the first plan"),
        ("Looked after", "Yes – care order (section 31, Children Act 1989), placed with foster carers"),
        ("Setting", "Kingsmead School (mainstream secondary)"),
    ],
    intro=intro("Rio", "his foster carers", "him"),
    A=[
        ("h", "Rio's views"),
        ("p", "Rio talked to his foster carer, Jan, and the designated teacher at Kingsmead School on 2 March 2026. He "
              "said that he finds school hard and hates maths and reading out loud. He said teachers are always on at "
              "him for not listening, that he forgets what he is meant to be doing and then gets into trouble, and that "
              "he gets into fights because the other boys wind him up. He said he does not like the noise in the "
              "canteen and does not sleep well."),
        ("h", "Foster carers' views"),
        ("p", "Rio's foster carers, Jan and Pete, gave their views on 5 March 2026. Rio has lived with them since June "
              "2025. They told us that Rio struggles with everything at school. He cannot remember instructions, loses "
              "his belongings most days, is impulsive and has little sense of danger. He has had five detentions and "
              "two internal exclusions this term. He takes a long time to settle at night and is often tired and "
              "irritable in the morning. He finds it very hard to make and keep friends and often falls out with other "
              "children."),
    ],
    B=[
        ("h", "Cognition and learning"),
        ("p", "Rio has foetal alcohol spectrum disorder (FASD). His educational psychologist's assessment (February 2026) "
              "found that his working memory and processing speed are in the lowest 2% for his age. His reading age is "
              "8 years 6 months and his spelling age 7 years 9 months. In maths he is working at the level expected "
              "in Year 3 and does not know his times tables. He cannot follow instructions of more than one step."),
        ("h", "Communication and interaction"),
        ("p", "Rio has difficulty understanding spoken language, particularly longer sentences, questions beginning with "
              "‘why’ and ‘how’, and language about time. He often does not understand what he has been asked to do."),
        ("h", "Social, emotional and mental health"),
        ("p", "Rio is impulsive and finds it very hard to wait, to take turns or to stop and think. He is quick to lose "
              "his temper, particularly at unstructured times, and has been involved in several fights this year. He has "
              "difficulty understanding the consequences of his actions."),
        ("h", "Sensory and/or physical"),
        ("p", "Rio is very sensitive to noise and avoids the canteen. He finds it hard to sit still for more than a few "
              "minutes."),
    ],
    C=[
        ("p", "Rio's FASD was diagnosed by the Wealdshire Neurodevelopmental Service in 2021. Its effects on his learning, "
              "language and behaviour are described in Section B. Rio also has difficulty getting to sleep and takes "
              "melatonin, prescribed by his community paediatrician. His physical health is otherwise good (paediatric "
              "review, 10 February 2026)."),
    ],
    D=[
        ("p", "Rio is looked after by Wealdshire County Council and lives with foster carers. He has contact with his "
              "birth mother once a month. Because of his impulsivity and limited sense of danger, he needs closer "
              "supervision than other 13-year-olds when he is out in the community, and his foster carers need support "
              "to manage his behaviour at home."),
    ],
    Eintro=[("p", "Rio's outcomes and the provision to support them are set out below.")],
    efheader=["Outcome", "Provision", "How often", "Who"],
    E=[
        ("E1", "Social, emotional and mental health", "By July 2027, Rio will feel happier and more settled at school."),
        ("E2", "Cognition and learning", "Rio will be more confident with his reading."),
        ("E3", "Cognition and learning", "By the end of Year 9, Rio will improve his maths."),
        ("E4", "Communication and interaction", "Rio will understand instructions better in lessons."),
        ("E5", "Social, emotional and mental health", "By July 2027, Rio will get on better with other pupils and have fewer fights."),
        ("E6", "Health", "Rio will sleep better."),
    ],
    Fintro=FINTRO,
    F=[
        ("E1", "", [
            ("Meet-and-greet with his key adult at the school gate and a check of his equipment and timetable", "daily, 10 minutes, 8.30am", "Key adult (teaching assistant)"),
            ("Lunchtime in the school's quiet room instead of the canteen, with a member of staff present", "daily, 12.30pm to 1.10pm", "Learning mentor"),
        ]),
        ("E2", "", [
            ("Reading intervention (Toe by Toe), 1:1", "4 times a week, 20 minutes", "Teaching assistant trained in Toe by Toe by the special educational needs co-ordinator (SENCo)"),
        ]),
        ("E3", "", [
            ("Numeracy catch-up programme with concrete resources", "", "Maths teaching assistant"),
        ]),
        ("E4", "", [
            ("Speech and language therapy from the school's speech and language therapist to develop his understanding of spoken language", "", "Speech and language therapist (Health and Care Professions Council registered)"),
            ("Instructions given one step at a time, backed up with a written or picture checklist on his desk", "every lesson", "All teachers"),
        ]),
        ("E5", "", [
            ("Friendship Group to develop turn-taking and problem-solving", "40 minutes", "Emotional literacy support assistant (ELSA)"),
        ]),
    ],
    G=[
        ("ul", [
            "Dr Sunita Rao, community paediatrician, will review Rio's FASD and his melatonin every 6 months in a 30-minute clinic appointment (next due August 2026).",
            "A school nurse from the Wealdshire School Nursing Service will see Rio and his foster carers at home for 4 sleep sessions of 45 minutes, fortnightly, from May 2026.",
        ]),
        dco("Dr Helen Okafor, Designated Clinical Officer (DCO), Weald and Downs Integrated Care Board (ICB),", "23 April 2026"),
    ],
    H1=[("p", "None.")],
    H2=[("p", "None.")],
    I=[("p", "Kingsmead School, a mainstream secondary academy for pupils aged 11 to 16.")],
    J=[("p", "No personal budget has been requested.")],
    K=[
        ("Rio's views", "Rio, with his foster carer and the designated teacher", "2 March 2026"),
        ("Foster carers' views", "Jan and Pete, foster carers", "5 March 2026"),
        ("Educational advice", "SENCo, Kingsmead School", "12 February 2026"),
        ("Psychological advice", "Dr Rachel Osei, educational psychologist, Wealdshire Educational Psychology Service", "24 February 2026"),
        ("Medical advice", "Dr Sunita Rao, community paediatrician, Wealdshire Community Paediatrics", "10 February 2026"),
        ("School nursing advice (sleep)", "School nurse, Wealdshire School Nursing Service", "3 March 2026"),
        ("Speech and language therapy advice", "Speech and language therapist, Kingsmead School", "18 February 2026"),
    ],
    signoff=signoff("30 April 2026"),
))
