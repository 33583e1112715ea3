
# ================================================================ y206 SOUND letter-column
PLANS.append(dict(
    id="y206", layout="letter-column",
    front=[
        ("Name", "Daniel"),
        ("Age", "20"),
        ("Education phase", "Post-19, year 2 of a 3-year college programme"),
        ("Date this plan was issued", "9 January 2026 (amended following annual review)"),
        ("Last annual review", "4 December 2025"),
        ("Setting", "Brookfield College (independent specialist college), day student"),
    ],
    intro=intro("Daniel", "his mum", "him"),
    A=[
        ("h", "Daniel's views – from his conversation with the SEND case officer on 20 November 2025, checked and agreed by Daniel"),
        ("p", "“Three years ago I got encephalitis and basically woke up a different person. I used to be doing A "
              "levels. Now my memory is rubbish and I get wiped out by about two o'clock. It's really frustrating "
              "because people think I'm fine because I look fine."),
        ("p", "“I like Brookfield. The bike workshop is the best bit – I can strip a gear system and put it back "
              "together, I just need my checklist. I'd like to work in a bike shop, maybe part-time to start with. I "
              "want to live with mates in a flat, not at my mum's forever, but I know I'd need someone to help me with "
              "money and remembering stuff. I want to be able to get around on my own without getting lost or getting "
              "ripped off.”"),
        ("h", "What Daniel's mum says (shared with Daniel's agreement)"),
        ("p", "Daniel's mum told us on 27 November 2025 that the last three years have been hard for the whole family, but "
              "that Daniel has worked incredibly hard. She is proud of how he has rebuilt his skills. Her worries are his "
              "safety when he is out alone, because he is very trusting, and who will help him when she is no longer "
              "able to. She would like him to have a job he enjoys and a home of his own with the right support."),
        ("h", "Daniel's strengths"),
        ("ul", [
            "Practical and mechanically minded: he is the most skilled student in the college bike workshop.",
            "Sociable and funny; he is popular with students and staff.",
            "Uses his phone well for reminders, maps and messages.",
            "Honest about what he finds hard and willing to try new strategies.",
            "Passed his Level 1 Functional Skills English in June 2025.",
        ]),
        ("h", "Aspirations"),
        ("ul", [
            "To work in a bike shop, part-time at first.",
            "To live in a shared flat with friends, with support.",
            "To travel around Wealdshire on his own safely.",
        ]),
    ],
    B=[
        ("h", "Cognition and learning"),
        ("p", "Daniel has an acquired brain injury (ABI) after encephalitis (inflammation of the brain) in 2023. His "
              "neuropsychological assessment (October 2025) shows that his reasoning is in the average range but his "
              "memory for new information, his speed of processing and his planning are well below average. He forgets "
              "steps in tasks unless they are written down and finds it hard to start tasks without a prompt."),
        ("h", "Communication and interaction"),
        ("p", "Daniel talks easily but can lose track of longer conversations and sometimes misses the point of what "
              "others mean, particularly when tired. He can be too trusting of people he has just met."),
        ("h", "Social, emotional and mental health"),
        ("p", "Daniel has periods of low mood and frustration, especially when he compares himself with friends who have "
              "gone to university. He is very open about this with staff he trusts."),
        ("h", "Sensory and/or physical"),
        ("p", "Daniel has mild weakness on his right side and his balance is poorer when he is tired. He tires quickly and "
              "needs a rest in the early afternoon."),
    ],
    C=[
        ("p", "Daniel has no difficulty with his hearing or eyesight, but he has epilepsy as a result of his encephalitis. "
              "He has had two focal seizures in the last year, both when he had missed his medication. He takes "
              "levetiracetam twice a day. He also has fatigue and low mood that are linked to his brain injury. He is "
              "under the care of the neurology team at Wealdshire General Hospital and the Community Neurorehabilitation "
              "Team."),
    ],
    D=[
        ("p", "Daniel had a Care Act 2014 needs assessment by Wealdshire Adult Social Care on 18 November 2025. It found "
              "that he has eligible needs for help with planning meals, managing money, travelling to unfamiliar places "
              "and keeping safe in the community (he is at risk of being taken advantage of). His mum had a carer's "
              "assessment on the same day."),
    ],
    Eintro=[("p", "Daniel's outcomes are grouped under the preparing for adulthood (PfA) areas and will be reviewed at "
                  "his annual review in December 2026.")],
    E=[
        ("E1", "Employment",
         "By July 2026, Daniel will gain the Level 1 Certificate in Cycle Mechanics, as shown by his certificate from the "
         "awarding body."),
        ("E2", "Employment",
         "By December 2026, Daniel will complete a supported work placement at a local bike shop for one day a week, "
         "arriving on time and finishing the tasks on his job checklist on 9 out of 10 placement days, and will "
         "receive a positive written report from the shop manager."),
        ("E3", "Friends and community",
         "By July 2026, Daniel will access the community independently, travelling by bus from home to college and to "
         "his placement using his phone map and route cards, on every journey for four weeks running, as recorded by "
         "his travel trainer."),
        ("E4", "Independent living",
         "By December 2026, Daniel will plan a weekly budget of £40 for food and buy the items on his list, staying "
         "within the budget in 3 out of 4 weeks, as recorded in his independent living skills log."),
        ("E5", "Good health",
         "By April 2026, Daniel will take his epilepsy medication on time using his phone alarm, with no missed doses "
         "in a month, as shown on his medication app and checked by his mum and his tutor."),
        ("E6", "Good health",
         "By December 2026, Daniel will use at least two strategies from his neuropsychology sessions when his mood is "
         "low and will score his mood at 5 or above (on the college's 1 to 10 wellbeing scale) in 3 out of 4 weekly "
         "tutorials over a half term, as recorded by his personal tutor."),
    ],
    Fintro=FINTRO + [("p", "Daniel attends Brookfield College 4 days a week (Monday to Thursday), 9.30am to 3pm, 38 weeks a year.")],
    F=[
        ("E1", "Provision for E1 and E2 – employment", [
            ("Cycle mechanics course in the college bike workshop, in a group of no more than 6 students", "2 days a week, 4 hours each day", "Cycle mechanics tutor (qualified City & Guilds assessor) and a learning support assistant (LSA)"),
            ("Written job checklists and photo guides for each workshop task, made with Daniel and kept up to date", "checked every Friday", "Learning support assistant"),
            ("Supported work placement at a local bike shop, with a job coach on site for the first 6 weeks and then a 30-minute visit every fortnight", "1 day a week (Thursday), 10am to 2pm", "Brookfield College job coach"),
            ("Extra time (25%) and a rest break in his cycle mechanics assessments", "all assessments", "Arranged by the college exams officer"),
        ]),
        ("E3", "Provision for E3 – travel", [
            ("Independent travel training, 1:1, from home to college and to his placement", "twice a week, 90 minutes, for 8 weeks then review", "Wealdshire independent travel trainer"),
            ("Phone with route cards, maps and a ‘keep safe’ contacts list; set up and checked", "checked each half term", "Brookfield College assistive technology coordinator"),
        ]),
        ("E4", "Provision for E4 – independent living", [
            ("Independent living skills (budgeting, shopping, simple cooking) in a group of no more than 4 students", "once a week, 2.5 hours", "Independent living tutor"),
            ("Occupational therapy (OT): an occupational therapist will work with Daniel on his own in the training kitchen to build a step-by-step cooking and budgeting routine", "every Wednesday morning, 45 minutes, for 6 weeks in the spring term 2026, then one 30-minute review each half term", "Brookfield College occupational therapist (Health and Care Professions Council registered)"),
        ]),
        ("E6", "Provision for E6 and communication needs", [
            ("Speech and language therapy (SLT): a speech and language therapist will teach Daniel strategies for following longer conversations and checking what people mean, including how to spot when someone is taking advantage of him", "1:1, fortnightly, 45 minutes, for the autumn term 2026, then review", "Brookfield College speech and language therapist"),
            ("Weekly tutorial with his personal tutor to review his timetable, fatigue and wellbeing scale", "weekly, 30 minutes", "Personal tutor"),
            ("A planned rest in the quiet room after lunch", "daily, 20 minutes", "Learning support assistant"),
        ]),
    ],
    Fafter=[("p", "Outcome E5 is supported through the health provision in Section G.")],
    G=[
        ("ul", [
            "Epilepsy: Dr Mark Hales, consultant neurologist, Wealdshire General Hospital, will review Daniel's epilepsy in a 20-minute outpatient appointment every 6 months (next due May 2026).",
            "The adult epilepsy nurse specialist will meet Daniel and his tutor once in the spring term 2026 for 1 hour to set up his medication reminder routine and train college staff in his seizure care plan, and will review the care plan every 12 months.",
            "Mood and adjustment: a clinical neuropsychologist from the Community Neurorehabilitation Team will see Daniel for 8 sessions of 1 hour, fortnightly from February 2026, then review with him.",
        ]),
        dco("Dr Helen Okafor, Designated Clinical Officer for SEND, Weald and Downs Integrated Care Board (ICB),", "5 January 2026", "reviewed and supported"),
    ],
    H1=[("p", "Not applicable. Daniel is over 18, so section 2 of the Chronically Sick and Disabled Persons Act 1970 no "
               "longer applies; his social care provision is made under the Care Act 2014 and is set out in H2.")],
    H2=[
        ("ul", [
            "Personal assistant support for 8 hours a week (two 4-hour sessions on Friday and Saturday) to help Daniel plan meals, shop, manage money and go out safely in the community, paid for through a direct payment (see Section J). From his Care and Support Plan, 18 November 2025.",
            "Carer's support for Daniel's mum: a carer's personal budget of £300 a year, and a place on the Wealdshire Carers' Support Group, which meets monthly.",
            "Annual review of Daniel's Care and Support Plan by his Adult Social Care worker, held alongside his EHC plan annual review.",
        ]),
    ],
    I=[("p", "Brookfield College, an independent specialist post-16 institution for young people aged 16 to 25 with "
              "acquired brain injury and learning difficulties (approved under section 41 of the Children and Families "
              "Act 2014). Day placement, 4 days a week, 38 weeks a year.")],
    J=[("p", "Daniel receives a direct payment of £156 a week from Wealdshire Adult Social Care to employ a personal "
              "assistant for 8 hours a week (outcomes E3 and E4). He manages it with help from the Wealdshire Direct "
              "Payments Support Service.")],
    K=[
        ("Daniel's views", "Daniel, with the SEND case officer", "20 November 2025"),
        ("Parent's views", "Daniel's mum", "27 November 2025"),
        ("Educational advice (annual review report)", "Personal tutor, Brookfield College", "21 November 2025"),
        ("Psychological advice", "Dr Laura Benn, educational psychologist, Wealdshire Educational Psychology Service", "30 October 2025"),
        ("Medical advice", "Dr Mark Hales, consultant neurologist, Wealdshire General Hospital", "6 November 2025"),
        ("Epilepsy nurse advice", "Adult epilepsy nurse specialist, Wealdshire General Hospital", "12 November 2025"),
        ("Neuropsychological assessment", "Dr Nadia Karim, clinical neuropsychologist, Community Neurorehabilitation Team", "15 October 2025"),
        ("Speech and language therapy report", "Speech and language therapist, Brookfield College", "17 November 2025"),
        ("Occupational therapy report", "Occupational therapist, Brookfield College", "14 November 2025"),
        ("Social care advice (Care Act assessment and Care and Support Plan)", "Jo Patel, social worker, Wealdshire Adult Social Care", "18 November 2025"),
        ("Preparing for adulthood advice (employment and travel)", "Job coach, Brookfield College, and Wealdshire independent travel trainer", "24 November 2025"),
    ],
    signoff=signoff("9 January 2026"),
))
