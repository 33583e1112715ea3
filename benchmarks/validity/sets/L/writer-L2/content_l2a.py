# -*- coding: utf-8 -*-
"""Plans l201-l204 (set L2). Fictional, anonymised."""

TITLE = "Education, Health and Care Plan (EHCP)"
SUB = "Southcliff County Council - Special Educational Needs and Disabilities (SEND) Service"

H1T = "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970"

# ============================================================================ l201
# heading2-numbered, SOUND. Rosie, 3, Down syndrome, pre-school. Views gathered by key person.
L201 = {
    "file": "l201.docx",
    "layout": "heading2-numbered",
    "age": 3,
    "year_group": "Nursery (pre-school)",
    "needs": ["Down syndrome", "speech and language", "physical"],
    "voice": "views gathered through play and signing by key person; parents' views",
    "title": TITLE,
    "subtitle": SUB,
    "front": [
        ("Child's name", "Rosie"),
        ("Age", "3 years 5 months"),
        ("Year Group", "Nursery (pre-school, early years)"),
        ("Setting", "Little Gulls Pre-School, Saltmarsh"),
        ("Date EHCP issued", "2nd November 2026"),
        ("Reviewed on", "New plan - first review due Jan 2027"),
        ("SEND Caseworker", "Megan Hart, SEND Casework Team (Coastal)"),
    ],
    "sections": [
        ("A", "Section A: Rosie's views, interests and aspirations, and those of her family", [
            ("h", "A1 How Rosie shows us what matters to her"),
            ("p", "Rosie uses a few words and Makaton signs (signs and symbols used alongside speech). Her key person at Little Gulls, Jo Fenwick, watched Rosie's play over four sessions in September 2026 and checked with Rosie's parents what her signs mean at home. Jo saw that:"),
            ("bul", [
                "Rosie goes straight to the sand tray and the book corner, and signs 'more' when a story ends.",
                "She claps to 'Row, Row, Row Your Boat' and pulls an adult's hand to start it again.",
                "She brings her coat to the door and signs 'outside' when she wants to go out.",
                "At noisy tidy-up time she covers her ears and sits under the book shelf.",
            ]),
            ("h", "A2 What Rosie's parents tell us"),
            ("p", "Rosie's mum and dad describe a joyful, determined girl who loves music, bath time, the family dog Biscuit and her big brother. She is a brilliant copier and feeds herself with a spoon. They would like her to tell them what she wants, to walk further without being carried, and to start dressing herself."),
            ("h", "A3 Hopes for the future"),
            ("bul", [
                "**Now:** to make friends at pre-school and ask for what she wants, using signs and words.",
                "**Next year:** to start in Reception at Harbourside Primary School, where her brother goes.",
                "**When she is older:** to be happy, have good friends, have a job she enjoys and live as independently as she can.",
            ]),
        ]),
        ("B", "Section B: Rosie's special educational needs", [
            ("p", "Rosie has Down syndrome, a genetic condition that affects learning and development. Each area starts with what she can already do."),
            ("h", "B1 Communication and interaction"),
            ("p", "**Can do:** Rosie understands about 50 everyday words, uses about 20 Makaton signs and 5 spoken words, and enjoys turn-taking games like peekaboo. **Needs:** her understanding and use of language are well below her age (speech and language therapy assessment, September 2026). She needs short sentences with signs, time to respond, and new words taught in small steps."),
            ("h", "B2 Cognition and learning"),
            ("p", "**Can do:** Rosie learns well by copying and completes a four-piece inset puzzle. **Needs:** she is working at about the level of a child of 12 to 18 months, stays with an adult-led activity for 2 to 3 minutes, and needs small steps and repetition."),
            ("h", "B3 Social, emotional and mental health"),
            ("p", "**Can do:** Rosie is affectionate and sociable and plays happily beside other children. **Needs:** changes of activity are hard: at the end of outdoor play she often sits down and cries, and it can take 10 minutes to help her move on. She is only beginning to play with, rather than beside, other children."),
            ("h", "B4 Sensory and physical"),
            ("p", "**Can do:** Rosie has walked on her own since she was 26 months old and climbs onto the small slide with help. **Needs:** she has low muscle tone (softer muscles that tire quickly), so she tires on short walks, holds crayons in her fist and needs help with dressing. She is not yet toilet trained."),
        ]),
        ("C", "Section C: Health needs relating to Rosie's special educational needs", [
            ("p", "Rosie's heart condition was repaired when she was a baby and she was discharged by cardiology in March 2026. Her hearing and vision were normal when tested in August 2026."),
            ("p", "Rosie's current health need is **low muscle tone**, which affects her balance, stamina and hand strength (see B4). She also has a yearly check of her general health with the community paediatrician, including the thyroid blood test recommended for children with Down syndrome."),
        ]),
        ("D", "Section D: Social care needs", [
            ("p", "Rosie has no social care needs at present. Her parents manage well with help from her grandparents, and Children's Integrated Services confirmed on 30 September 2026 that Rosie is not known to them and no social care assessment is needed. Short breaks and early help were discussed; her parents do not want either now."),
        ]),
        ("E", "Section E: Outcomes", [
            ("p", "These outcomes run until Rosie starts school in September 2027."),
            ("num", [
                "**Telling people what she wants:** by the end of the summer term 2027, Rosie will use at least 40 different signs or words to ask for things she wants (for example 'drink', 'Biscuit'), counted by her key person.",
                "**Playing with friends:** by the end of the summer term 2027, Rosie will take three turns each with another child in a simple game on at least three days a week, recorded in her learning journal.",
                "**Managing changes:** by Easter 2027, Rosie will move from outdoor play to snack time using her 'now and next' board, without sitting down or crying, on 4 out of 5 days, recorded by pre-school staff.",
                "**Moving and dressing:** by the end of the summer term 2027, Rosie will walk the 400 metres to the park holding an adult's hand, and put on her coat with help only for the zip, observed by her key person.",
                "**Ready to learn:** by the end of the summer term 2027, Rosie will stay with an adult-led activity for 5 minutes on 4 out of 5 tries, recorded by her key person.",
            ]),
        ]),
        ("F", "Section F: Special educational provision", [
            ("p", "Provided by Little Gulls Pre-School in Rosie's five 3-hour morning sessions a week, 38 weeks a year."),
            ("h", "F1 Communication and interaction"),
            ("num", [
                "A Speech and Language Therapist (SALT) from the Children's Speech and Language Therapy Service will visit once every 3 weeks for 45 minutes to work with Rosie and her key person, and update her communication programme.",
                "Her key person, trained by the SALT, will work on the programme with Rosie 1:1 for 10 minutes at the start and 10 minutes at the end of every session.",
                "All adults in Rosie's room will use Makaton signs with speech in every session; two staff, including her key person, will complete Makaton Beginners training (six 2-hour sessions) by Jan 2027.",
            ]),
            ("h", "F2 Cognition and learning"),
            ("num", [
                "A Specialist Teacher (Early Years) will visit once each half term (six visits a year, 90 minutes each) to set small-step targets with her key person.",
                "1:1 play-based teaching with her key person on these targets, 15 minutes three times a week (Monday, Wednesday and Friday).",
            ]),
            ("h", "F3 Social, emotional and mental health"),
            ("num", [
                "A 'now and next' photo board, made by her key person and used at every change of activity.",
                "A 10-minute turn-taking game for Rosie and one other child in every session, set up by her Early Years Practitioner (see F4).",
                "Summer term 2027: three 1-hour visits to her Reception class with her key person, and a 1-hour handover meeting with the school's Special Educational Needs Co-ordinator (SENCo).",
            ]),
            ("h", "F4 Sensory and physical"),
            ("num", [
                "A trained Early Years Practitioner (Level 3 qualified) will support Rosie 1:1 for the whole of each morning session (5 mornings, 3 hours each), including personal care.",
                "Hand-skills play (chunky crayons, playdough, posting games): 10 minutes daily, 1:1 with her key person, following a programme written by the Specialist Teacher (Early Years).",
            ]),
        ]),
        ("G", "Section G: Health provision", [
            ("bul", [
                "**Children's Physiotherapy Service:** a Children's Physiotherapist will assess Rosie every 6 months (1 hour, at pre-school) and write a balance and stamina exercise programme, which her key person carries out for 10 minutes three times a week.",
                "**Community Paediatrician:** a yearly review of Rosie's general health and growth (30-minute clinic appointment), including her thyroid blood test.",
            ]),
            ("p", "**Health sign-off:** the health provision above was agreed on 21 October 2026 by Dr Helen Marsh, Designated Clinical Officer (DCO), on behalf of NHS Southcliff and Downs Integrated Care Board."),
        ]),
        ("H1", H1T, [
            ("p", "None at present. Short breaks were considered with Rosie's parents and are not needed now (see Section D)."),
        ]),
        ("H2", "Section H2: Any other social care provision", [
            ("p", "None. Early help was offered and the family did not want it at this time."),
        ]),
        ("I", "Section I: Placement", [
            ("p", "Little Gulls Pre-School, Saltmarsh (private, voluntary and independent early years setting)."),
            ("p", "Rosie will start Reception in September 2027; her school will be named by 15 February 2027."),
        ]),
        ("J", "Section J: Personal budget", [
            ("p", "Rosie's parents have not asked for a personal budget. They know they can ask for one at any review."),
        ]),
        ("K", "Section K: Advice and information", [
            ("num", [
                "Parents' views - Rosie's mum and dad, 8 September 2026",
                "Early years educational advice - Jo Fenwick (Key Person) and Sarah Bell (Manager and SENCo), Little Gulls Pre-School, 15 September 2026",
                "Specialist teaching advice - Anna Kirby, Specialist Teacher (Early Years), 16 September 2026",
                "Educational psychology advice - Dr Tom Okafor, Educational Psychologist, 22 September 2026",
                "Medical advice - Dr Ruth Adeyemi, Community Paediatrician, 18 September 2026",
                "Physiotherapy advice - Kate Lowe, Children's Physiotherapist, 10 September 2026",
                "Speech and language therapy advice - Hannah Price, Speech and Language Therapist, 24 September 2026",
                "Social care advice - Duty and Assessment Team, Children's Integrated Services, 30 September 2026",
            ]),
        ]),
    ],
    "fail": [],
    "na": ["PC-PFA", "SC-STATUTORY-LINK"],
    "why": {
        "PC-VOICE": "Sound: 'Her key person at Little Gulls, Jo Fenwick, watched Rosie's play over four sessions in September 2026 and checked with Rosie's parents what her signs mean at home.' - a three-year-old's views gathered through play by a practitioner, plus parents' views.",
        "HC-DCO-SIGNOFF": "Sound: 'the health provision above was agreed on 21 October 2026 by Dr Helen Marsh, Designated Clinical Officer (DCO)'.",
        "SC-NEEDS": "Sound: 'Rosie has no social care needs at present... Children's Integrated Services confirmed on 30 September 2026 that Rosie is not known to them and no social care assessment is needed' - none, with basis.",
        "PR-QUANTIFIED": "Sound: SALT 'will visit once every 3 weeks for 45 minutes' (a professional's visit: no group size needed); Specialist Teacher 'once each half term (six visits a year, 90 minutes each)'.",
    },
}

# ============================================================================ l202
# letter-column (one big table), FAILING. Mason, 11, Year 7, autism + anxiety, looked after.
L202 = {
    "file": "l202.docx",
    "layout": "letter-column",
    "one_table": True,
    "age": 11,
    "year_group": "Year 7",
    "needs": ["ASC", "SEMH", "sensory"],
    "voice": "child's own words (written with TA); foster carers' views",
    "title": TITLE,
    "subtitle": SUB,
    "front": [
        ("Name", "Mason"),
        ("Age", "11"),
        ("Year Group", "Year 7"),
        ("School", "Seagate Academy, Westbay (from September 2026)"),
        ("Date EHCP issued", "10/02/2026 (amended for transfer to secondary school)"),
        ("Reviewed on", "27/11/2025 (Year 6 annual review)"),
    ],
    "sections": [
        ("A", "Section A - Views, interests and aspirations", [
            ("h", "About me - in Mason's words"),
            ("p", "Mason wrote these answers with his Year 6 teaching assistant in November 2025:"),
            ("bul", [
                "\"I like Minecraft, YouTube and my dog Pepper. I want to make my own games when I'm older.\"",
                "\"I don't like loud noises, the dinner hall and when things change and nobody tells me.\"",
                "\"I'm worried about big school because it's massive and I won't know where to go.\"",
                "\"I want to go to a computer club at my new school.\"",
                "\"It helps when teachers tell me what's happening and let me go out when it's too loud.\"",
            ]),
            ("h", "What Mason's foster carers say"),
            ("p", "Mason's foster carers, Sue and Dave, have looked after him since 2021. They say Mason struggles with any change to his routine and has meltdowns at home after school most days. He finds it very hard to make friends and does not join in with other children. He will not eat in busy places and refuses to do homework. He has difficulty getting to sleep and often cannot settle until late. They are worried that he will not cope with secondary school."),
            ("p", "Sue and Dave hope that Mason will settle at Seagate Academy, make at least one good friend and go on to study computing at college."),
        ]),
        ("B", "Section B - Special educational needs", [
            ("h", "Communication and interaction"),
            ("p", "Mason has a diagnosis of autism (2019). He has difficulty understanding jokes, sarcasm and non-literal language and takes things literally. He struggles to start and keep up conversations with other children and does not read facial expressions. He has difficulty working in groups."),
            ("h", "Cognition and learning"),
            ("p", "Mason is working below age-related expectations in writing (end of Key Stage 2 teacher assessment: working towards the expected standard). He struggles to organise his ideas and to write more than a few sentences, and his handwriting is poor. He has difficulty with organisation and often forgets his equipment."),
            ("h", "Social, emotional and mental health"),
            ("p", "Mason has high levels of anxiety, especially at unstructured times. When anxious he can shout, run out of class or hide. He has difficulty managing his emotions and does not ask for help."),
            ("h", "Sensory"),
            ("p", "Mason is very sensitive to noise and becomes distressed in the dinner hall, corridors and assemblies. He dislikes the feel of the school uniform."),
        ]),
        ("C", "Section C - Health needs", [
            ("p", "Mason's autism was diagnosed by the community paediatrician in 2019. He has difficulty getting to sleep and takes melatonin (a sleep medicine) prescribed by the paediatrician. He was referred to the Mental Health Support Team in Schools (MHST) in January 2026 for help with anxiety."),
        ]),
        ("D", "Section D - Social care needs", [
            ("p", "Mason is a looked after child. He has lived with his foster carers, Sue and Dave, since 2021. Social care advice provided in September 2023 stated that Mason has no additional social care needs arising from his special educational needs."),
        ]),
        ("E", "Section E - Outcomes", [
            ("num", [
                "By the end of Year 7, Mason will use his 'worry plan' (a card with three calming steps) when he is anxious, and will return to his lesson within 10 minutes on 4 out of 5 occasions, recorded by his key adult.",
                "By the end of Year 7, Mason will find his way to all his lessons on his own using his colour-coded timetable, arriving within 5 minutes of the start on 9 out of 10 days, recorded by his form tutor.",
                "In Year 7, Mason has a key adult he can go to at break and lunchtime and a time-out pass for lessons.",
                "By the summer term 2027, Mason will plan and write at least one side of A4 using a writing frame, in 3 out of 4 pieces of assessed writing, checked by his English teacher.",
                "By the end of Year 7, Mason will design a simple game in Scratch (free, block-based coding software) and show it at the Code Club end-of-year event.",
                "By Easter 2027, Mason will take part in a board game with at least two other pupils at lunchtime club on 3 days out of 5, recorded by the club supervisor.",
                "By the end of Year 7, Mason will be asleep by 10pm on at least 5 nights out of 7, recorded in a sleep diary kept by his foster carers.",
            ]),
        ]),
        ("F", "Section F - Special educational provision", [
            ("h", "Communication and interaction"),
            ("bul", [
                "Lego-based therapy (a group where pupils build Lego models together, each taking a role such as builder or supplier): group of 3 pupils, 45 minutes weekly, led by a teaching assistant (TA) trained in Lego-based therapy.",
                "Mason will be given opportunities to attend Code Club (45 minutes weekly, led by the computing teacher) as appropriate.",
                "Lunchtime board games club in the library, Tuesdays and Thursdays, 30 minutes, group of 6 pupils (1:6), supervised by a Learning Support Assistant.",
            ]),
            ("h", "Social, emotional and mental health"),
            ("bul", [
                "Key adult: a named Learning Mentor will meet Mason for a 10-minute check-in at the start of each day, with further regular check-ins as needed.",
                "Zones of Regulation (a programme that teaches pupils to recognise and manage their feelings): 1:1 with the Emotional Literacy Support Assistant (ELSA), 30 minutes weekly for 12 weeks, then reviewed by the Special Educational Needs Co-ordinator (SENCo).",
                "A time-out card, issued by the Head of Year, allowing Mason to leave a lesson and go to the Hub (the learning support base) for a maximum of 10 minutes.",
            ]),
            ("h", "Cognition and learning"),
            ("bul", [
                "Writing: small-group writing support using writing frames, 20 mins x 3 weekly, group of 2 (1:2), with a TA trained by the SENCo.",
                "A laptop for all extended writing, set up with spelling and grammar checking by the academy's IT technician.",
                "A colour-coded timetable and equipment checklist, made by his form tutor and checked with Mason at his morning check-in.",
            ]),
            ("h", "Sensory"),
            ("bul", [
                "Mason will leave lessons 5 minutes early to avoid busy corridors, using a pass issued by the Head of Year.",
                "Lunch in the Hub (a quiet room) every day, supervised by a TA.",
                "Where possible, Mason will be allowed to wear a plain soft jumper instead of the blazer.",
            ]),
            ("h", "Transition"),
            ("bul", [
                "Three extra visits to Seagate Academy in the summer term 2026 (1 hour each) with his Year 6 TA, and a photo booklet of the school made by the Seagate SENCo.",
            ]),
        ]),
        ("G", "Section G - Health provision", [
            ("bul", [
                "Mental Health Support Team in Schools: a Mental Health Practitioner will give Mason 8 sessions of guided self-help for anxiety (1:1, 40 minutes, weekly) at Seagate Academy in the autumn term 2026, then meet his key adult and carers (30 minutes) to agree next steps.",
                "Community Paediatrician: sleep review in clinic every 6 months (30 minutes), including review of his melatonin prescription.",
            ]),
            ("p", "Health provision agreed: Dr Lena Brooks, Designated Clinical Officer (DCO), NHS Southcliff and Downs Integrated Care Board, 03/02/2026."),
        ]),
        ("H1", H1T.replace("Section H1: ", "Section H1 - "), [
            ("p", "None."),
        ]),
        ("H2", "Section H2 - Other social care provision", [
            ("p", "No additional social care provision is needed under this plan. Short breaks were discussed with Mason's foster carers at the review on 27/11/2025; they do not want them at present."),
        ]),
        ("I", "Section I - Placement", [
            ("p", "Seagate Academy, Westbay (mainstream secondary academy), from September 2026."),
        ]),
        ("J", "Section J - Personal budget", [
            ("p", "No personal budget has been requested."),
        ]),
        ("K", "Section K - Advice and information", [
            ("bul", [
                "Mason's views, written with Mrs Nolan (Year 6 TA), Rockpool Primary School - 20/11/2025",
                "Foster carers' views - Sue and Dave - 27/11/2025",
                "Educational advice - Mr Patel (Class Teacher) and Mrs Green (SENCo), Rockpool Primary School - 14/11/2025",
                "Educational psychology advice - Dr Fiona Reid, Educational Psychologist - 03/12/2025",
                "Medical advice - Dr Ruth Adeyemi, Community Paediatrician - 08/12/2025",
                "Health advice - Mental Health Practitioner, Mental Health Support Team in Schools - 19/01/2026",
                "Social care advice - Social Worker, Children in Care Team, Children's Integrated Services - 22/09/2023",
                "Transition information - Ms Cole, SENCo, Seagate Academy - 12/01/2026",
            ]),
        ]),
    ],
    "fail": ["PC-STRENGTHS", "PR-VAGUE-WORDING", "PC-OUTCOME-NOT-PROVISION", "PC-SMART",
             "SC-STATUTORY-LINK", "SC-ADVICE", "CA-ADVICE-AGE"],
    "na": ["PC-PFA", "HC-THERAPY-PLACEMENT"],
    "why": {
        "HC-THERAPY-PLACEMENT": "NA: no speech and language therapy or OT in the plan (Lego-based therapy is TA-led, in F; guided self-help is in G).",
        "PC-STRENGTHS": "A gives only likes and the carers' list of difficulties ('struggles with any change... finds it very hard to make friends... refuses to do homework'); every area of B is deficit-only ('He has difficulty understanding jokes...', 'He struggles to organise his ideas...', 'his handwriting is poor'). Nothing says what Mason can do.",
        "PR-VAGUE-WORDING": "'Mason will be given opportunities to attend Code Club (45 minutes weekly, led by the computing teacher) as appropriate.'; 'with further regular check-ins as needed.'; 'Where possible, Mason will be allowed to wear a plain soft jumper instead of the blazer.'",
        "PC-OUTCOME-NOT-PROVISION": "E3: 'In Year 7, Mason has a key adult he can go to at break and lunchtime and a time-out pass for lessons.' - provision he receives, written as an outcome.",
        "PC-SMART": "E3 'In Year 7, Mason has a key adult he can go to at break and lunchtime and a time-out pass for lessons.' - no measurable achievement; the other six outcomes are SMART.",
        "SC-STATUTORY-LINK": "D: 'Mason is a looked after child... Social care advice provided in September 2023 stated that Mason has no additional social care needs' - no current social worker contribution, no care plan or Personal Education Plan, nothing showing how his looked-after status informed the plan; H1 'None.'",
        "SC-ADVICE": "K: 'Social care advice - Social Worker, Children in Care Team, Children's Integrated Services - 22/09/2023' - about 29 months old when the plan was issued (10/02/2026): not current.",
        "CA-ADVICE-AGE": "K: 'Social care advice ... - 22/09/2023' against 'Date EHCP issued 10/02/2026': over 24 months old at issue.",
        "CA-STATUTORY-ADVICE": "Tricky pass: every reg 6 type is present (foster carers, school, EP, paediatrician, social care); the social care item is out of date, which is graded under CA-ADVICE-AGE / SC-ADVICE.",
        "CA-ANNUAL-REVIEW": "Pass: 'Date EHCP issued 10/02/2026' is within 12 months of the audit date.",
        "PR-QUANTIFIED": "Pass: every item has its core quantities, e.g. 'group of 3 pupils, 45 minutes weekly, led by a teaching assistant (TA) trained in Lego-based therapy'; the hedged items are graded under PR-VAGUE-WORDING.",
        "PC-ASPIRATION-LINK": "Pass: 'I want to make my own games' -> E5 'design a simple game in Scratch'; carers' hope of a good friend -> E6.",
    },
}

# ============================================================================ l203
# shaded-heading-table, SOUND. Jack, 15, Year 10, EOTAS, SEMH, young carer on a CIN plan.
L203 = {
    "file": "l203.docx",
    "layout": "shaded-heading-table",
    "heading_fill": "1F4E79",
    "age": 15,
    "year_group": "Year 10",
    "needs": ["SEMH", "young carer", "EOTAS"],
    "voice": "first person (young person's own words); parent's views",
    "title": "Southcliff County Council - Education, Health and Care Plan (EHCP)",
    "subtitle": "Special Educational Needs and Disabilities (SEND) Service - amended plan following annual review",
    "front": [
        ("Name", "Jack"),
        ("Age", "15"),
        ("Year Group", "Year 10"),
        ("Education", "Education otherwise than at school (EOTAS): a home and community tuition package"),
        ("Date EHCP issued", "20/10/2026"),
        ("Reviewed on", "28/09/2026"),
        ("SEND Caseworker", "Daniel Shaw, SEND Casework Team (East)"),
    ],
    "sections": [
        ("A", "Section A - Jack's views, interests and aspirations, and his family's", [
            ("h", "In Jack's words"),
            ("p", "Jack wrote this with his tutor in September 2026 and checked the final wording himself."),
            ("q", "\"I'm Jack. I'm 15 and I live with my mum and my little sister, who is 9. I help look after Mum because she has MS (multiple sclerosis).\""),
            ("q", "\"I'm good with my hands. I can strip down and rebuild a moped engine, and I cook tea most nights. School got too much in Year 8 - the crowds made me panic. Tuition is better because nobody rushes me.\""),
            ("q", "\"I want to be a motorbike mechanic. I want to do the motor vehicle course at college after Year 11, and get my provisional licence when I'm 17.\""),
            ("q", "\"I don't want to be doing everything at home all the time. Sometimes I just want to see my mates.\""),
            ("h", "What Jack's mum says"),
            ("p", "\"I'm really proud of Jack. He's kind, practical and brilliant with his sister. I worry that he's missed so much school and always puts us first. I want him to get his qualifications, go to college and have a life of his own.\""),
            ("h", "Aspirations"),
            ("bul", [
                "Now: to pass GCSE maths and English.",
                "Next: the motor vehicle course at Marram Bay College in September 2028.",
                "Future: to work as a motorbike mechanic, drive, and live independently.",
            ]),
        ]),
        ("B", "Section B - Jack's special educational needs", [
            ("p", "**Social, emotional and mental health.** Jack has severe anxiety and periods of low mood (assessment by Child and Adolescent Mental Health Services (CAMHS), June 2026). In crowded places he has panic attacks. His school attendance fell to 22% in Year 8; since January 2026 he has been taught at home and in the community, with 91% attendance. He copes best in small groups, with notice of changes and calm, straightforward adults. His caring role adds to his worry and tiredness."),
            ("p", "**Cognition and learning.** Jack is capable and practical, with good reasoning skills, but missed much of Years 8 and 9. In September 2026 his tutors assessed him at GCSE grade 3 in maths and grade 2 in English; his reading age is 13 years 2 months, and he avoids long texts and extended writing."),
            ("p", "**Communication and interaction.** Jack communicates well with adults he trusts. With new people he goes quiet and will not ask for help."),
            ("p", "**Sensory and physical.** Jack has no sensory or physical needs."),
        ]),
        ("C", "Section C - Health needs", [
            ("p", "Jack's anxiety and low mood are his health needs. He is under the care of CAMHS, where a Mental Health Practitioner has started cognitive behavioural therapy (CBT, a talking therapy that helps people change unhelpful patterns of thinking and behaviour). He is not taking medication."),
            ("p", "Jack has no physical health needs. His family doctor (GP) confirmed in September 2026 that he is fit and well, and he plays five-a-side football most weeks."),
        ]),
        ("D", "Section D - Social care needs", [
            ("p", "Jack is a young carer. His mum has multiple sclerosis, and Jack helps with shopping, cooking, his sister's bedtime and some of his mum's personal care. After a young carer's needs assessment by Children's Integrated Services, Jack and his sister have been on a Child in Need (CIN) plan since March 2026; his mum now also has two care calls a day from Adult Social Care."),
            ("p", "His social worker, Lucy Okoro, gave advice for this review. The CIN plan, last reviewed on 9 September 2026, aims to reduce Jack's caring role so that he can keep up his education and see friends. This EHCP was written alongside the CIN plan: outcome 6 in Section E and the support in Section H2 come from it."),
        ]),
        ("E", "Section E - Outcomes (preparing for adulthood)", [
            ("table", ["Area", "Outcome"], [
                ["Employment", "1. By the end of the summer term 2027, Jack will complete a five-day work taster at a motorcycle workshop and receive a written report from the manager rating his punctuality and practical work as good or better."],
                ["Education", "2. By the end of Year 10 (July 2027), Jack will achieve grade 4 on a full GCSE maths mock paper and grade 3 on an English mock paper, marked by his tutors."],
                ["Education", "3. By Christmas 2026, Jack will gain his first certificated Unit Award in basic motorcycle maintenance, and two more by the end of Year 10."],
                ["Friends and community", "4. Over the next 12 months, Jack will access the community independently: he will take the bus to tuition on his own and go to five-a-side or the gym at least once a week, recorded by his tutor."],
                ["Good health", "5. By the summer term 2027, Jack will use at least two strategies from his CBT sessions to manage panic in busy places, and his score on the weekly CAMHS anxiety questionnaire will be in the 'mild' range or lower in at least 3 weeks out of 4."],
                ["Independent living", "6. By Christmas 2026, Jack will have at least two evenings a week and one full weekend day free of caring tasks, recorded by his Young Carers Worker and checked at each CIN plan review."],
                ["Education", "7. By the end of Year 10, Jack will attend a 2-hour small-group session at Westbay Learning Centre on at least 4 out of 5 planned weeks, recorded by his tutor."],
            ], None),
        ]),
        ("F", "Section F - Special educational provision", [
            ("table", ["Provision", "How much", "Who"], [
                ("span", "Cognition and learning"),
                ["GCSE maths and English tuition, 1:1, at home and in the study room at Westbay Library", "10 hrs per week (5 hrs maths, 5 hrs English), 38 weeks a year", "Tutor (qualified teacher) with GCSE teaching experience, commissioned by the SEND EOTAS Team"],
                ["Exam access arrangements: 25% extra time and a room on his own for GCSE mocks and exams", "All mocks and exams", "Applied for and arranged by the Special Educational Needs Co-ordinator (SENCo) at Westbay Learning Centre, Jack's exam centre"],
                ("span", "Preparing for adulthood"),
                ["Motorcycle maintenance course leading to Unit Awards", "1 day per week (5 hours), group of 4 (1:4)", "Qualified instructor, Coastline Motor Project"],
                ["Careers guidance, including setting up the work taster", "x4 per year, 45 minutes each", "Careers Adviser (Level 6 qualified), Southcliff Careers Service"],
                ["Travel training for the bus route to Westbay Library", "6 sessions, 1:1, 1.5 hours each, by Christmas 2026", "Independent Travel Trainer"],
                ("span", "Social, emotional and mental health"),
                ["Graded return to group learning: one 2-hour session a week moves from home to the library, then to a small group (6 learners or fewer) at Westbay Learning Centre, following a plan agreed with CAMHS", "Weekly; each step reviewed every 4 weeks", "English Tutor (qualified teacher)"],
                ["Wellbeing and workload check-in, including caring at home", "20 minutes at the start of Monday's tuition, every week", "Maths Tutor (qualified teacher)"],
                ["Review of the EOTAS package with Jack, his mum and his tutors", "Once every half term, 1 hour (6 a year)", "SEND EOTAS Coordinator"],
            ], None),
        ]),
        ("G", "Section G - Health provision", [
            ("table", ["Provision", "How much", "Who"], [
                ["Cognitive behavioural therapy for anxiety and low mood, 1:1", "50 minutes weekly for 12 sessions from October 2026, then reviewed with Jack", "Mental Health Practitioner, CAMHS"],
                ["Advice to Jack's tutors on the graded plan for busier places", "30-minute phone consultation once every half term", "Mental Health Practitioner, CAMHS"],
                            ], None),
            ("p", "Health sign-off: Mark Doyle, Designated Clinical Officer, confirmed on 14/10/2026 that NHS Southcliff and Downs Integrated Care Board agrees the health provision in this section."),
        ]),
        ("H1", H1T.replace("Section H1: ", "Section H1 - "), [
            ("p", "None needed (social worker's advice, September 2026). His young carer support is in H2."),
        ]),
        ("H2", "Section H2 - Other social care provision", [
            ("table", ["Provision", "How much", "Who"], [
                ["1:1 young carer support and planning breaks from caring", "Once every 3 weeks, 1 hour", "Young Carers Worker, Southcliff Young Carers service"],
                ["Young carers group", "One evening a month (2 hours)", "Southcliff Young Carers service"],
                ["Social worker visits and CIN plan reviews", "Visits every 4 weeks; review every 3 months", "Social Worker, Children's Integrated Services"],
            ], None),
        ]),
        ("I", "Section I - Placement", [
            ("p", "Education otherwise than at school, under section 61 of the Children and Families Act 2014: the council is satisfied that provision in a school would be inappropriate for Jack. Exam centre: Westbay Learning Centre."),
        ]),
        ("J", "Section J - Personal budget", [
            ("p", "None. Jack's mum chose for the council to commission the tuition directly."),
        ]),
        ("K", "Section K - Advice and information", [
            ("table", ["Advice", "Given by", "Date"], [
                ["Jack's views", "Jack, written with his tutor", "15/09/2026"],
                ["Parent's advice", "Jack's mum", "15/09/2026"],
                ["Educational advice", "Mr Hollis, Tutor (qualified teacher), and Mrs Amin, SEND EOTAS Coordinator", "18/09/2026"],
                ["Educational psychology advice", "Dr Sian Lloyd, Educational Psychologist", "02/09/2026"],
                ["Health advice (mental health)", "Nadia Farouk, Mental Health Practitioner, CAMHS", "10/09/2026"],
                ["Medical advice", "Dr Joseph Kim, GP, Westbay Medical Centre", "08/09/2026"],
                ["Social care advice", "Lucy Okoro, Social Worker, Children's Integrated Services", "11/09/2026"],
                ["Young carer information", "Ben Tate, Young Carers Worker, Southcliff Young Carers service", "09/09/2026"],
                ["Preparing for adulthood advice", "Kerry Fox, Careers Adviser, Southcliff Careers Service", "16/09/2026"],
            ], None),
        ]),
    ],
    "fail": [],
    "na": ["HC-THERAPY-PLACEMENT"],
    "why": {
        "SC-STATUTORY-LINK": "Sound: CIN plan named and dated, social worker's advice in K, 'outcome 6 in Section E and the support in Section H2 come from it'.",
        "PC-OUTCOME-NOT-PROVISION": "Tricky pass: E1 'receive a written report from the manager rating his punctuality and practical work as good or better' is an achievement, not provision.",
        "PC-SMART": "Tricky pass: E4 'Over the next 12 months, Jack will access the community independently...' is quantified and recorded.",
        "PR-QUANTIFIED": "Sound: e.g. 'Exam access arrangements: 25% extra time and a room on his own... Applied for and arranged by the Special Educational Needs Co-ordinator (SENCo)' (access arrangement: no group size needed).",
        "HC-DCO-SIGNOFF": "Sound: 'Mark Doyle, Designated Clinical Officer, confirmed on 14/10/2026 that NHS Southcliff and Downs Integrated Care Board agrees the health provision'.",
        "HC-THERAPY-PLACEMENT": "NA: no speech and language therapy or OT in the plan; CBT is a mental health treatment, correctly in G.",
    },
}

# ============================================================================ l204
# heading2-numbered, FAILING. Lily, 8, Year 4, MLD + epilepsy.
L204 = {
    "file": "l204.docx",
    "layout": "heading2-numbered",
    "age": 8,
    "year_group": "Year 4",
    "needs": ["MLD", "epilepsy"],
    "voice": "child's words via photos and sorting board with TA; parents' views",
    "title": TITLE,
    "subtitle": SUB,
    "front": [
        ("Name", "Lily"),
        ("Age", "8"),
        ("Year Group", "Year 4"),
        ("School", "Saltmarsh Community Primary School"),
        ("Date EHCP issued", "2nd November 2026 (amended after annual review)"),
        ("Reviewed on", "06/10/2026"),
    ],
    "sections": [
        ("A", "Section A: Lily's views, interests and aspirations", [
            ("h", "A1 What Lily told us"),
            ("p", "Lily talked to her teaching assistant (TA), Mrs Dean, in September 2026, using photographs of her school day and a 'likes and dislikes' sorting board. These are Lily's own words:"),
            ("bul", [
                "\"I like drawing unicorns and playing with my rabbit, Snowy.\"",
                "\"I'm good at cartwheels and handstands.\"",
                "\"I like it when Mrs Dean helps me with reading.\"",
                "\"Sometimes my head goes funny and I miss what the teacher said.\"",
                "\"Playtime is boring because nobody plays with me.\"",
                "\"I want to be a vet when I grow up.\"",
            ]),
            ("h", "A2 What Lily's parents say"),
            ("p", "Lily's mum and dad say she is kind, funny and creative. She loves animals and looks after her rabbit every day. She goes to gymnastics club on Saturdays and has won two medals. At home she enjoys baking and helps to measure out ingredients."),
            ("p", "They worry about Lily having seizures at school, about her reading, and that she is often lonely at playtime. They hope that this year Lily will read for pleasure and have a good friend. In the future they would like her to work with animals, perhaps as a veterinary nurse, and to live independently."),
        ]),
        ("B", "Section B: Lily's special educational needs", [
            ("h", "B1 Cognition and learning"),
            ("p", "Lily has moderate learning difficulties (her learning develops more slowly than other children's across most subjects). She has a good visual memory and enjoys practical maths, especially measuring. She is working at about Year 1 level in reading and writing and at Year 2 level in maths (teacher assessment, July 2026). She knows most Phase 3 phonics sounds but finds blending longer words hard, and she writes one or two sentences at a time."),
            ("h", "B2 Communication and interaction"),
            ("p", "Lily understands well when she is spoken to 1:1 and she speaks clearly and confidently. Her absence seizures mean that she can miss parts of instructions or explanations without anyone noticing, and she then finds it hard to start her work."),
            ("h", "B3 Social, emotional and mental health"),
            ("p", "Lily is warm and friendly with adults. She is often on her own at playtime; she finds it hard to join in with other children's games and says that nobody plays with her. This upsets her, and her parents say she has been reluctant to come to school on Mondays."),
            ("h", "B4 Sensory and physical"),
            ("p", "Lily is agile and strong and does well in PE. She wears glasses (see Section C). She has no other sensory or physical needs."),
        ]),
        ("C", "Section C: Health needs", [
            ("p", "Lily has epilepsy, diagnosed in 2023 by the paediatric neurology team. She has absence seizures (brief 'switching off' lasting a few seconds), which can happen several times a day, and she has had three tonic-clonic (convulsive) seizures in the past year, one of them at school in May 2026. She takes anti-seizure medicine twice a day at home and has an emergency (rescue) medicine plan. After a convulsive seizure she is very tired and usually sleeps for one to two hours."),
            ("p", "Lily also wears glasses for long sight (hypermetropia), which are checked by the Orthoptic Service."),
        ]),
        ("D", "Section D: Social care needs", [
            ("p", "N/A"),
        ]),
        ("E", "Section E: Outcomes", [
            ("h", "E1 Reading"),
            ("p", "By the end of Year 4 (July 2027), Lily will read a book matched to phonics Phase 5 with at least 95% accuracy, checked by her class teacher using a running record."),
            ("h", "E2 Writing"),
            ("p", "By the end of Year 4, Lily will write a fact file about caring for a pet of at least three sentences in a row, using capital letters and full stops, in 3 out of 4 pieces of independent writing, checked by her class teacher."),
            ("h", "E3 Maths"),
            ("p", "By the summer term 2027, Lily will add and subtract two-digit numbers using a number line, getting 8 out of 10 right in a weekly check by her TA."),
            ("h", "E4 Friendships"),
            ("p", "By Easter 2027, Lily will join a game with other children at playtime on at least 3 days out of 5, observed by the lunchtime supervisor and recorded weekly."),
            ("h", "E5 Glasses"),
            ("p", "By Christmas 2026, Lily will put on her glasses at the start of every lesson without a reminder on 4 out of 5 days, recorded by her TA."),
        ]),
        ("F", "Section F: Special educational provision", [
            ("h", "F1 Cognition and learning"),
            ("bul", [
                "Lily will take part in a phonics catch-up group each week.",
                "Precision teaching (short daily practice of a small set of words until she reads them quickly and accurately): 1:1, 10 minutes daily, with a TA trained by the Special Educational Needs Co-ordinator (SENCo).",
                "Additional reading practice with an adult.",
                "Maths: Numicon (a practical programme using shaped number pieces) in a group of 4, 20 mins x 3 weekly, led by a TA trained in Numicon.",
                "Writing frames and word mats in every English lesson, prepared by the class teacher.",
                "The SENCo will meet the class teacher for 30 minutes each half term to review Lily's progress and adjust her targets.",
            ]),
            ("h", "F2 Communication and interaction"),
            ("bul", [
                "Adults will give instructions in short chunks, check that Lily has understood by asking her to say them back, and show the steps on a visual checklist on her desk, in every lesson.",
                "Absences can make Lily miss parts of a lesson, so her TA will give her a 5-minute recap at the end of each English and maths lesson (daily, 1:1).",
            ]),
        ]),
        ("G", "Section G: Health provision", [
            ("h", "G1 Orthoptic Service"),
            ("p", "Lily's vision and glasses prescription will be reviewed by an orthoptist every 6 months at Westbay Eye Clinic (30-minute appointment). The orthoptist will send a short report to school after each review."),
            ("p", "The health provision in this section was agreed by Dr Alan Whitfield, Designated Clinical Officer, on 27/10/2026."),
        ]),
        ("H1", H1T, [
            ("p", "N/A"),
        ]),
        ("H2", "Section H2: Any other social care provision", [
            ("p", "N/A"),
        ]),
        ("I", "Section I: Placement", [
            ("p", "Saltmarsh Community Primary School (mainstream primary school)."),
        ]),
        ("J", "Section J: Personal budget", [
            ("p", "Lily's parents have not requested a personal budget."),
        ]),
        ("K", "Section K: Advice and information", [
            ("num", [
                "Lily's views - gathered by Mrs Dean (TA), 22/09/2026",
                "Parents' views - Lily's mum and dad, 25/09/2026",
                "Educational advice - Miss Rahman (Class Teacher) and Mr Lowe (SENCo), Saltmarsh Community Primary School, 29/09/2026",
                "Educational psychology advice - Dr Tom Okafor, Educational Psychologist, 15/06/2026",
                "Medical advice - Dr Priya Sandhu, Consultant Paediatric Neurologist, 12/08/2026",
                "Orthoptic report - Orthoptist, Westbay Eye Clinic, 03/07/2026",
                "Social care advice - Children's Integrated Services (Lily is not known to social care), 03/09/2026",
            ]),
        ]),
    ],
    "fail": ["HC-NEEDS-MET", "HC-OUTCOMES", "PR-QUANTIFIED", "PR-OUTCOME-LINK", "SC-NEEDS", "SC-PROVISION-SPECIFIC"],
    "na": ["PC-PFA", "SC-STATUTORY-LINK", "HC-THERAPY-PLACEMENT"],
    "why": {
        "HC-NEEDS-MET": "C: 'Lily has epilepsy... three tonic-clonic (convulsive) seizures in the past year, one of them at school... has an emergency (rescue) medicine plan' - G contains only the Orthoptic Service; no epilepsy nurse, staff training in rescue medication, care plan or neurology review.",
        "HC-OUTCOMES": "Epilepsy (C) leads to no outcome in E; E5 covers only her glasses.",
        "PR-QUANTIFIED": "'Lily will take part in a phonics catch-up group each week.' (no who, length or group size); 'Additional reading practice with an adult.' (no frequency, length or expertise).",
        "PR-OUTCOME-LINK": "B3 'She is often on her own at playtime; she finds it hard to join in' and E4 'Lily will join a game with other children at playtime on at least 3 days out of 5' have no provision in F (F has only cognition and communication items).",
        "SC-NEEDS": "D: 'N/A' - does not describe needs or say there are none and on what basis.",
        "SC-PROVISION-SPECIFIC": "H1 'N/A', H2 'N/A' - no statement that short breaks or early help were considered.",
        "SC-ADVICE": "Pass: 'Social care advice - Children's Integrated Services (Lily is not known to social care), 03/09/2026'.",
        "HC-PROVISION-SPECIFIC": "Pass: the one item in G is specific: 'reviewed by an orthoptist every 6 months at Westbay Eye Clinic (30-minute appointment)'.",
        "HC-THERAPY-PLACEMENT": "NA: no therapy (speech and language therapy, OT) in the plan.",
    },
}

PLANS = [L201, L202, L203, L204]
