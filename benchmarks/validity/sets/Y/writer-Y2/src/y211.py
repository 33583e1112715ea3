
# ================================================================ y211 SOUND ef-table
PLANS.append(dict(
    id="y211", layout="ef-table",
    front=[
        ("Name", "Hannah"),
        ("Age", "18"),
        ("Education phase", "Post-16 (second year at college)"),
        ("Date this plan was issued", "19 May 2026 (amended following annual review)"),
        ("Date of last annual review", "23/04/2026"),
        ("Setting", "Fernhill College (independent specialist college), 38-week residential"),
    ],
    intro=intro("Hannah", "her mum and stepdad", "her"),
    A=[
        ("h", "How we found out what Hannah thinks"),
        ("p", "Hannah uses single words, Makaton signs and a communication app on her tablet. Her tutor at Fernhill, Kirsty, "
              "who has worked with her since September 2024, used Talking Mats (a picture-based way of sharing views) with "
              "her on 30 March and 13 April 2026. Kirsty and the residential team also added what they have seen Hannah "
              "choose and enjoy over the year. Hannah's mum looked at the mats with her during the Easter holiday and "
              "agreed with them."),
        ("h", "What Hannah told us"),
        ("ul", [
            "Hannah put ‘horses’, ‘swimming’, ‘music’ and ‘Mum’ on the happy side of the mat, and signed ‘more horse’.",
            "She put ‘shower’ and ‘periods’ on the unhappy side and covered her face.",
            "She chose the photograph of the Riding for the Disabled centre as ‘my job’.",
            "When asked about home, she chose the photographs of her mum, her dog Bramble and her bedroom, and said “home, Bramble”.",
        ]),
        ("h", "What Hannah's family say"),
        ("p", "Hannah's mum and stepdad told us at the annual review on 23 April 2026: “Hannah has grown up so much at "
              "Fernhill. She tells us what she wants now and she's much calmer. We would like her to live in a supported "
              "living home near us when she finishes college in 2027, with staff who know her, and to have a proper "
              "purpose to her week – the horses are her world. We want her to be as independent as she can be, to do "
              "things in the community and to stay healthy.”"),
        ("h", "What Hannah is good at"),
        ("ul", [
            "She is calm and gentle with animals and follows the routine for grooming a pony.",
            "She has a good memory for songs and signs along to more than 30.",
            "She can make a cup of tea and a sandwich using her photo sequences.",
            "She is a confident swimmer and swims 4 lengths without stopping.",
            "She is friendly and welcoming to new students and staff.",
        ]),
        ("h", "Aspirations"),
        ("p", "Hannah wants to work with horses and to swim and enjoy music. Her family want her to live in supported "
              "living near them after college, to have a meaningful week, to join in with her community and to be "
              "healthy."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "Hannah is autistic and has a severe learning disability. She uses around 50 single words, Makaton signs and "
              "a symbol-based communication app. She understands short sentences about what is happening now, "
              "especially with a sign or photograph. She finds it hard to tell people when she is in pain or unhappy, "
              "and this can lead to distress."),
        ("h", "Cognition and learning"),
        ("p", "Hannah is working towards Entry Level 1. She can count to 10, match and sort coins and recognise about 25 "
              "familiar words. She learns best through repeated practical routines with photo sequences."),
        ("h", "Social, emotional and mental health"),
        ("p", "When Hannah is anxious or in pain, she may scream, bite her wrist or pull the hair of the person near her. "
              "Incidents have fallen from about 6 a month in 2025 to 2 a month this year. They are more likely in the "
              "week before and during her period. She has a positive behaviour support (PBS) plan that staff at "
              "college and at home both follow."),
        ("h", "Sensory and/or physical"),
        ("p", "Hannah dislikes the feel of water from a shower on her head and finds some clothing uncomfortable. She "
              "needs help with some personal care, including showering, hair washing and managing her periods."),
    ],
    C=[
        ("p", "Hannah eats and drinks well and has no difficulty with swallowing, but she has hypothyroidism (an "
              "underactive thyroid), treated with levothyroxine every morning, and her periods cause her pain and "
              "distress. She needs her thyroid blood test every 12 months. She finds blood tests very frightening and "
              "needs a planned, gradual approach. Her period pain and distress are linked to the increase in "
              "behaviour that challenges."),
    ],
    D=[
        ("p", "Hannah had a Care Act 2014 needs assessment by Wealdshire Adult Social Care on 10 February 2026. It found "
              "eligible needs for support with all personal care, for supervision to keep safe, and for support to take "
              "part in activities in the community. During term time these needs are met through her residential "
              "placement at Fernhill. During the 14 weeks of college holidays she lives with her mum and stepdad, who "
              "need support to meet her needs and to have a break from caring."),
    ],
    Eintro=[("p", "Hannah's outcomes prepare her for adult life (employment, independent living, friends and community, "
                  "and good health). They will be reviewed at her annual review in April 2027.")],
    efheader=["Outcome", "Special educational provision", "How often / how long", "Who"],
    alllabel="All outcomes – throughout the college day",
    E=[
        ("E1", "Employment",
         "By March 2027, Hannah will carry out a 45-minute volunteering session at the Wealdshire Riding for the Disabled "
         "centre (grooming, filling hay nets, sweeping the yard) with one member of staff, on 8 out of 10 weekly sessions, "
         "and will receive a positive written report from the centre's volunteer coordinator."),
        ("E2", "Independent living",
         "By December 2026, Hannah will follow her photo sequence to shower and wash her hair with no more than three "
         "verbal prompts, on 4 mornings out of 5 for a month, as recorded by residential staff."),
        ("E3", "Friends and community",
         "By April 2027, Hannah will choose and pay for an activity in the community (a swim or a café drink), using her "
         "communication app to ask for it, on 3 out of 4 weekly trips, as recorded on her community log."),
        ("E4", "Good health",
         "By April 2027, Hannah will use her ‘pain’ symbol on her app or sign ‘hurt’ to tell staff when she is in pain, "
         "on at least 3 out of 4 occasions when staff see signs of pain, as recorded on her health log."),
        ("E5", "Good health",
         "By October 2026, Hannah will have her thyroid blood test at her general practitioner (GP) surgery, sitting calmly in the chair for the "
         "test, after following her desensitisation programme, as recorded by the community learning disability nurse."),
        ("E6", "Employment – accreditation",
         "By July 2027, Hannah will gain the ASDAN (Award Scheme Development and Accreditation Network) Towards "
         "Independence certificate in animal care, as shown by her certificate."),
    ],
    Fintro=FINTRO + [("p", "Hannah attends Fernhill College on a 38-week residential basis.")],
    F=[
        ("E1", "", [
            ("Volunteering at the Riding for the Disabled centre, 1:1 with a learning support assistant (LSA)", "every Thursday, 10am to 12 noon including travel", "LSA who holds a Level 2 certificate in horse care"),
            ("Animal care sessions at the college smallholding, in a group of no more than 4 students", "twice a week, 1 hour", "Land-based tutor with an LSA"),
        ]),
        ("E2", "", [
            ("Personal care routine using her photo sequence, with a sensory-friendly shower head and a hooded towel", "every morning, 30 minutes, 1:1", "Residential support worker; equipment provided and replaced by the residential manager"),
            ("Occupational therapy (OT): the occupational therapist will see Hannah on her own on Tuesday mornings to work on her sensory tolerance for showering and hair washing", "45 minutes each Tuesday for the autumn term 2026 (12 sessions), then review", "Fernhill occupational therapist (Health and Care Professions Council registered)"),
        ]),
        ("E3", "", [
            ("Community trip to the swimming pool or a café with her communication app and money, 1:1", "once a week, 2 hours", "LSA"),
            ("Communication app (Proloquo2Go on her tablet), with new symbols added and the tablet charged and repaired", "symbols updated weekly", "Set up and maintained by the Fernhill speech and language therapist; tablet repairs by the college information technology (IT) technician"),
        ]),
        ("E4", "", [
            ("Speech and language therapy (SLT): the speech and language therapist will teach Hannah to use her ‘pain’ and ‘unhappy’ symbols and signs, on her own and then in real situations", "30 minutes, twice a week, for 10 weeks, then once a week", "Fernhill speech and language therapist"),
            ("June 2026: training for all residential and teaching staff on Hannah's communication app and her pain signs", "one 2-hour session, then refreshed each September", "Fernhill speech and language therapist"),
            ("Positive behaviour support plan, reviewed with Hannah's family, college and home staff", "every half term, 1 hour", "Fernhill PBS practitioner"),
        ]),
        ("E6", "", [
            ("ASDAN Towards Independence animal care modules, assessed within the animal care and volunteering sessions", "within the sessions above", "Land-based tutor (ASDAN-registered centre)"),
        ]),
        ("ALL", "", [
            ("Teaching in a group of no more than 5 students with a tutor and 2 LSAs", "5 days a week, 9am to 3.30pm, 38 weeks a year", "Tutor and LSAs trained in autism and PBS"),
        ]),
    ],
    Fafter=[("p", "Outcome E5 is met through the health provision in Section G.")],
    G=[
        ("ul", [
            "Thyroid: Hannah's GP, Ashford Magna Surgery, will review her thyroid and levothyroxine once a year in a 20-minute appointment, with a blood test (next due October 2026). The Fernhill college nurse gives her levothyroxine every morning in term time.",
            "Blood test desensitisation: a community learning disability nurse from the Wealdshire Community Learning Disability Team (CLDT) will visit Hannah at college once a fortnight for 45 minutes, from June to October 2026, to practise the blood test steps with a photo story.",
            "Periods: the CLDT nurse will write a period care plan and social story with Hannah's family and the college nurse (one 1-hour meeting in June 2026), and the GP will review her period pain at a 15-minute appointment in the summer holiday 2026.",
        ]),
        ("lv", ("Health confirmation", "Health provision confirmed by Dr Helen Okafor, Designated Clinical Officer (DCO), "
                "Weald and Downs Integrated Care Board (ICB), on 12 May 2026.")),
    ],
    H1=[("p", "Not applicable – Hannah is over 18. Her social care provision is made under the Care Act 2014 (see H2).")],
    H2=[
        ("ul", [
            "During term time: the care element of Hannah's 38-week residential placement at Fernhill (personal care and supervision, 1:1 in waking hours, waking night staff shared by 4 students), funded by Wealdshire Adult Social Care.",
            "During college holidays: a personal assistant for 10 hours a week (swimming, riding and trips out) paid through a direct payment (see Section J).",
            "Overnight short breaks at Maple Lodge: 4 nights in each of the Christmas, Easter and summer holidays, so that Hannah's mum and stepdad have a break from caring.",
        ]),
    ],
    I=[("p", "Fernhill College, an independent specialist post-16 institution for young people with autism and learning "
              "disabilities, approved under section 41 of the Children and Families Act 2014; 38-week residential placement.")],
    J=[("p", "Hannah's family receive a direct payment of £1,960 a year from Wealdshire Adult Social Care to employ a "
              "personal assistant for 10 hours a week in the college holidays (outcome E3).")],
    K=[
        ("Hannah's views (Talking Mats and observation)", "Kirsty, tutor, Fernhill College", "30 March and 13 April 2026"),
        ("Family views", "Hannah's mum and stepdad", "23 April 2026"),
        ("Educational advice (annual review report)", "Head of Learning, Fernhill College", "9 April 2026"),
        ("Psychological advice", "Dr Rachel Osei, educational psychologist, Wealdshire Educational Psychology Service", "26 February 2026"),
        ("Medical advice", "GP, Ashford Magna Surgery", "5 March 2026"),
        ("Learning disability nursing advice", "Community learning disability nurse, Wealdshire CLDT", "18 March 2026"),
        ("College nurse report", "College nurse (registered general nurse), Fernhill College", "2 April 2026"),
        ("Speech and language therapy report", "Speech and language therapist, Fernhill College", "1 April 2026"),
        ("Occupational therapy report", "Occupational therapist, Fernhill College", "7 April 2026"),
        ("Social care advice (Care Act assessment)", "Sam Ellery, social worker, Wealdshire Adult Social Care", "10 February 2026"),
        ("Preparing for adulthood advice", "Wealdshire Preparing for Adulthood adviser", "15 April 2026"),
    ],
    signoff=signoff("19 May 2026"),
))
