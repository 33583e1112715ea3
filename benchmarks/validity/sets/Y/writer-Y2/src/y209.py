
# ================================================================ y209 SOUND bold-statutory
PLANS.append(dict(
    id="y209", layout="bold-statutory",
    front=[
        ("Name (first name only)", "Tyler"),
        ("Age", "16"),
        ("National Curriculum (NC) year", "Year 11"),
        ("Date this plan was issued", "14 August 2026 (amended following annual review)"),
        ("Date of last annual review", "18 June 2026"),
        ("Other plans", "Child in need plan (since March 2026); youth rehabilitation order, supervised by Wealdshire Youth Offending Service"),
        ("Setting", "Ridgeway Learning Centre (independent specialist day school)"),
    ],
    intro=intro("Tyler", "his mum", "him"),
    A=[
        ("h", "What Tyler says"),
        ("p", "Tyler met the SEND case officer twice, on 4 and 25 June 2026, once at Ridgeway and once at the Youth "
              "Offending Service (YOS) office with his case manager. He did not want to write anything down, so the "
              "case officer typed what he said and read it back to him. He agreed it and asked for the bit about "
              "football to be added. He talked a lot about getting his Construction Skills Certification Scheme (CSCS) "
              "card, which he needs to work on a building site."),
        ("p", "“Being in Linden Lodge was the worst thing that's ever happened to me, but the teachers there were all "
              "right, and I did more work in three months than I did in Year 10. I want to be a bricklayer like my "
              "uncle. I want to get my CSCS card so I can go on a site. I'm good with my hands. I'm not good with "
              "reading – I just switch off when it's loads of words. When teachers talk fast I say yeah even when I "
              "don't get it, because I don't want to look thick. I want to stay away from the lads I was with before. "
              "Football helps. I used to play for Hadleigh Town under-14s and I'd like to play again.”"),
        ("h", "What Tyler's mum says"),
        ("p", "Tyler's mum told us on 25 June 2026: “Tyler's a good lad underneath. He's loyal and he's kind to his nan. "
              "He was being used by older boys and he didn't see it. Since he came home in May he's been trying really "
              "hard. I want him to get on a college course, stay safe and stay out of trouble, and have a proper job. "
              "I'd like him to sleep properly too – he's up all night.”"),
        ("h", "Tyler's strengths"),
        ("ul", [
            "Practical and skilled with his hands: he built a brick barbecue with his uncle last summer.",
            "Loyal, caring towards his nan and younger cousins.",
            "Good at football and fit; he enjoys training and responds well to a coach.",
            "Has kept every appointment with his YOS case manager since May 2026.",
            "Made rapid progress in maths in the secure children's home: he now works confidently with area and measurement.",
        ]),
        ("h", "Aspirations"),
        ("p", "Tyler wants to be a bricklayer, to get his CSCS card and to "
              "play football again. His mum wants him to go to college, stay safe and get a job. Both want him to sleep "
              "better."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "Tyler is autistic (diagnosis April 2026, made by the Wealdshire Neurodevelopmental Service while he was at "
              "Linden Lodge Secure Children's Home). He also has a developmental language disorder (DLD): the speech and "
              "language therapist's assessment in May 2026 found that his understanding of spoken language is at about "
              "the level of a 9-year-old. He misses parts of longer instructions and abstract words. He often says he "
              "understands when he does not, and this has got him into trouble at school, in the community and in court."),
        ("h", "Cognition and learning"),
        ("p", "Tyler reads at Entry Level 2 and spells at Entry Level 1. His maths is stronger (working at about General "
              "Certificate of Secondary Education (GCSE) grade 3). He can concentrate for up to 20 minutes on a "
              "practical task, but only 5 to 10 minutes when listening."),
        ("h", "Social, emotional and mental health"),
        ("p", "Tyler wants to be accepted by older peers and has been exploited by them (criminal exploitation). He finds "
              "it hard to judge who is safe. When he feels stupid or disrespected he can react angrily. He has had no "
              "exclusions at Ridgeway since May 2026, and his attendance there is 94%."),
        ("h", "Sensory and/or physical"),
        ("p", "Tyler has no physical difficulties. He finds noisy, busy rooms stressful and prefers to work with music "
              "in one ear."),
    ],
    C=[
        ("p", "Tyler has no physical health difficulties (General Practitioner (GP) health check, 3 June 2026), but he has "
              "low mood and a significant sleep problem. These were identified by the health team at Linden Lodge "
              "Secure Children's Home in April 2026 and are now followed up by the Weald and Downs Child and "
              "Adolescent Mental Health Service (CAMHS). He usually falls asleep after 2am and then finds it very hard "
              "to get up for school. There is no current risk of self-harm (CAMHS assessment, 9 July 2026)."),
    ],
    D=[
        ("p", "Tyler has been supported under a child in need plan since March 2026, because of the risk of criminal "
              "exploitation. His social worker is Aisha Khan, Adolescent Safeguarding Team. Aisha contributed social care "
              "advice to this plan (2 July 2026) and attended the annual review. The child in need plan and this EHC plan "
              "were agreed together at a joint meeting on 30 June 2026 with Tyler, his mum, Ridgeway, the YOS case "
              "manager and CAMHS: the plan's outcomes on staying safe, football and college (E4 and E1) come from the "
              "child in need plan, and the YOS intervention plan has been changed to use visual materials and shorter "
              "sessions because of Tyler's language difficulties."),
        ("p", "Tyler's social care needs are:"),
        ("ul", [
            "help to stay safe from older young people who have exploited him, including safe activities after school and at weekends;",
            "support for his mum to keep him safe at home and to work with the services involved;",
            "a consistent adult in the community who understands his communication needs.",
        ]),
        ("p", "Tyler is subject to a 12-month youth rehabilitation order made in May 2026, supervised by the Wealdshire "
              "YOS. The order is not provision under this plan, but his YOS case manager and social worker meet every 6 "
              "weeks at his child in need review so that the plans work together."),
    ],
    Eintro=[("p", "Tyler is in Year 11. His outcomes prepare him for adulthood (employment, independent living, friends "
                  "and community, and good health) and will be reviewed at his next annual review, by June 2027.")],
    E=[
        ("E1", "Employment",
         "By June 2027, Tyler will complete a 5-day bricklaying taster course at Wealdshire College, attending every day, "
         "and will receive an offer of a place on the Level 1 Diploma in Bricklaying starting in September 2027."),
        ("E2", "Employment",
         "By March 2027, Tyler will pass the health, safety and environment test needed for his CSCS card, using the "
         "reader arrangement he is entitled to."),
        ("E3", "Communication – independent living",
         "By March 2027, when he does not understand an instruction, Tyler will ask for it to be repeated or shown, using "
         "one of his three practised phrases, on 4 out of 5 observed occasions in lessons, as recorded each half term by "
         "the speech and language therapist."),
        ("E4", "Friends and community",
         "By December 2026, Tyler will attend the Tuesday youth football programme on at least 3 out of 4 weeks for a "
         "whole term, as recorded on the youth worker's register."),
        ("E5", "Good health",
         "By February 2027, Tyler will be asleep by midnight on at least 5 school nights out of 5, for four weeks "
         "running, as shown in his sleep diary reviewed by his CAMHS worker."),
        ("E6", "Employment – literacy",
         "By July 2027, Tyler will gain the Entry Level 3 Functional Skills qualification in English reading, as shown by "
         "his certificate."),
    ],
    Fintro=FINTRO + [("p", "Tyler is taught in a class of no more than 5 students with a teacher and a teaching assistant "
                           "(TA), 5 days a week, 9am to 3pm, 39 weeks a year.")],
    F=[
        ("E1", "Provision for E1 and E2 – construction", [
            ("Construction skills (bricklaying basics and site safety) at the Ridgeway workshop, in a group of no more than 4 students", "every Wednesday, 9.30am to 2.30pm", "Construction instructor (qualified Level 3 bricklayer) with a TA"),
            ("Careers guidance, 1:1, including planning for the college taster week and application", "once each half term, 45 minutes", "Careers adviser holding the Level 6 Diploma in Career Guidance, Wealdshire Careers Service"),
            ("Access arrangements for the CSCS health, safety and environment test: a reader and 25% extra time", "for the test date", "Arranged by the Ridgeway special educational needs co-ordinator (SENCo)"),
        ]),
        ("E3", "Provision for E3 – communication", [
            ("Speech and language therapy (SLT): the speech and language therapist will see Tyler on his own every Monday for 45 minutes across the autumn term to teach and practise his phrases for checking and asking for help", "weekly, 45 minutes, 12 sessions, then review", "Ridgeway speech and language therapist (Health and Care Professions Council registered)"),
            ("Training for all staff who teach Tyler on DLD and how to check understanding", "one 2-hour session in September 2026", "Ridgeway speech and language therapist"),
            ("Key words for each lesson given on a card at the start, with instructions given one step at a time", "every lesson", "All teachers and the TA"),
        ]),
        ("E6", "Provision for E6 – literacy", [
            ("Reading intervention (Fresh Start), 1:1", "4 times a week, 30 minutes", "English teacher"),
            ("Reading pen for all lessons and tests; charged and checked", "daily", "TA"),
        ]),
        ("ALL", "Provision for all outcomes – wellbeing", [
            ("Mentoring with his key worker, covering how the week has gone, friendships and safety", "3 times a week, 20 minutes, 1:1", "Key worker (trained in the Zones of Regulation)"),
            ("A quiet workspace and permission to use one earphone for music during independent work", "every lesson", "Provided by the SENCo"),
        ]),
    ],
    Fafter=[("p", "Outcome E4 is served by the social care provision in Section H2, and outcome E5 by the health provision in Section G.")],
    G=[
        ("ul", [
            "A CAMHS mental health nurse will see Tyler on his own for 12 sessions of 50 minutes, fortnightly from September 2026, then review with Tyler and his mum. The sessions use a cognitive behavioural approach adapted with visual materials, and cover his sleep routine and low mood.",
            "The CAMHS nurse will join Tyler's child in need review every 6 weeks (30 minutes) to share progress.",
            "Tyler's GP will review his sleep and mood at a 15-minute appointment in January 2027.",
        ]),
        ("lv", ("Health sign-off", "Agreed on behalf of Weald and Downs Integrated Care Board (ICB) by Sarah Lindqvist, "
                "Designated Clinical Officer (DCO), 6 August 2026.")),
    ],
    H1=[("p", "None. Short breaks were considered at the child in need review on 30 June 2026 and are not needed, as Tyler's needs are for safety and positive activities, which are in H2.")],
    H2=[
        ("ul", [
            "Social worker visits under the child in need plan: Aisha Khan, Adolescent Safeguarding Team, at least every 4 weeks, with a child in need review every 6 weeks.",
            "Family support worker for Tyler's mum: 2 hours a week at home for 12 weeks from September 2026, then review at the child in need meeting.",
            "Positive activities: a place on the Wealdshire Youth Service football programme at Hadleigh Cross, every Tuesday, 6pm to 8pm, with a youth worker who knows his communication plan (outcome E4). Funded through the child in need plan.",
        ]),
    ],
    I=[("p", "Ridgeway Learning Centre, an independent specialist day school for young people aged 11 to 16 with social, "
              "emotional and mental health needs and autism, approved under section 41 of the Children and Families Act 2014.")],
    J=[("p", "No personal budget has been requested. Tyler's mum knows she can ask about one at any time.")],
    K=[
        ("Tyler's views", "Tyler, with the SEND case officer", "4 and 25 June 2026"),
        ("Parent's views", "Tyler's mum", "25 June 2026"),
        ("Educational advice (annual review report)", "Head of Centre, Ridgeway Learning Centre", "10 June 2026"),
        ("Education report from the secure children's home", "Head of Education, Linden Lodge Secure Children's Home", "12 May 2026"),
        ("Psychological advice", "Dr Tom Ashworth, educational psychologist, Wealdshire Educational Psychology Service", "27 May 2026"),
        ("Medical advice", "GP, Hadleigh Cross Surgery (health check)", "3 June 2026"),
        ("Mental health advice", "CAMHS mental health nurse, Weald and Downs CAMHS", "9 July 2026"),
        ("Autism diagnostic report", "Wealdshire Neurodevelopmental Service", "22 April 2026"),
        ("Speech and language therapy assessment", "Speech and language therapist, Ridgeway Learning Centre", "19 May 2026"),
        ("Social care advice and child in need plan", "Aisha Khan, social worker, Adolescent Safeguarding Team", "2 July 2026"),
        ("Youth justice information (intervention plan)", "YOS case manager, Wealdshire Youth Offending Service", "28 June 2026"),
        ("Preparing for adulthood advice", "Careers adviser, Wealdshire Careers Service", "16 June 2026"),
    ],
    signoff=signoff("14 August 2026"),
))
