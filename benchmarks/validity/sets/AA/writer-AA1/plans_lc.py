# letter-column plans: aa105 (fail), aa106 (sound), aa107 (fail), aa108 (fail)
from common import labels, front, std_titles, sections

PLANS = []

# ------------------------------------------------------------------ aa105 FAIL
T = std_titles('Dawit', 'his')
PLANS.append(dict(
    id='aa105', layout='letter-column', name='Dawit', age=4, year_group='Reception',
    needs=['autism', 'non-verbal', 'EAL', 'sleep'], voice='observation by key person; parents third person',
    front=front('Dawit', 'Reception (Early Years Foundation Stage)', '4 years 7 months', 'Tigrinya',
                'Tigrinya interpreter at all meetings', '20/01/2026', 'Not applicable - first EHC plan',
                'Mr Daniel Achterberg, EHC Plan Co-ordinator'),
    sections=sections(T, {
        'A': [
            ('h', 'A1 About Dawit'),
            ('p', "Dawit presents with a significant social communication disorder, with marked deficits in joint "
                  "attention and reciprocal interaction, absent expressive language and restricted, repetitive "
                  "patterns of behaviour and interests consistent with a diagnosis of ASC. Sensory profiling indicates "
                  "auditory hypersensitivity and proprioceptive and vestibular sensory-seeking behaviours."),
            ('h', "A2 How we know what Dawit likes (observation by his key person)"),
            ('p', "Dawit does not use words yet. His views were gathered by his key person in Reception, Ms Tesfaye, "
                  "who speaks Tigrinya, by watching him over four weeks in November 2025 and by offering him choices "
                  "with real objects and photographs."),
            ('b', ["Dawit's face lights up at bubbles, spinning tops and the water tray; he brings an adult's hand to "
                   "the bubble pot to ask for more.",
                   "He chooses the swing outside every day and laughs when he is pushed high.",
                   "He covers his ears and hides under the table when the class sings loudly or the fire bell rings.",
                   "He likes to line up the toy cars along the window sill and becomes upset if another child moves "
                   "them.",
                   "He chooses the photograph of his mother at the end of each day and takes it to the door."]),
            ('h', "A3 What Dawit's parents say"),
            ('p', "Dawit's mother and father spoke to the plan co-ordinator on 1 December 2025 with an interpreter. "
                  "They said: 'Dawit is a happy, affectionate boy. He loves music at home, when it is quiet, and he "
                  "dances with his sisters. He does not talk and we cannot always tell what he wants, so he gets "
                  "cross. He wakes up many times every night and we are all very tired. We want him to be able to show "
                  "us what he wants, to sleep better and to be happy at school.'"),
            ('h', 'A4 Strengths'),
            ('b', ["Dawit is affectionate with his family and with his key person.",
                   "He is very good at puzzles and can complete a 12-piece inset puzzle on his own.",
                   "He remembers where everything is kept in the classroom.",
                   "He feeds himself with a spoon and drinks from an open cup."]),
            ('h', 'A5 Aspirations'),
            ('p', "Dawit's parents hope that he will be able to tell them what he wants, that he will sleep through the "
                  "night, and that he will go on to a school where he is happy and learns to communicate."),
        ],
        'B': [
            ('h', 'B1 Communication and interaction'),
            ('p', "Dawit has no spoken words in Tigrinya or English. He leads adults by the hand to what he wants and "
                  "sometimes cries or drops to the floor when he is not understood. He responds to his name about "
                  "half of the time. The SALT has recommended PECS and a total communication approach."),
            ('h', 'B2 Cognition and learning'),
            ('p', "Dawit is working well below the expected level for his age in all EYFS areas. His strongest area is "
                  "shape, space and measures: he matches shapes and completes inset puzzles."),
            ('h', 'B3 Social, emotional and mental health'),
            ('p', "Dawit plays alongside but not with other children. Transitions (tidy-up time, going outside, home "
                  "time) cause distress several times each day."),
            ('h', 'B4 Sensory and physical'),
            ('p', "Dawit is very sensitive to loud sounds and covers his ears or hides when the room is noisy. He "
                  "seeks movement (spinning, swinging, climbing on furniture) and mouths toys and clothing many times "
                  "a day. The OT report describes these sensory needs as significant."),
        ],
        'C': [('p', "Dawit has no difficulties with feeding, but he has very disturbed sleep. He takes up to two hours "
                    "to settle and wakes three or four times every night. The community paediatrician at the CDC "
                    "diagnosed ASC in September 2025 and has started a trial of melatonin.")],
        'D': [('p', "Social care advice was given by Ms Tanisha Brooks, Social Worker, Children with Disabilities Team, "
                    "on 3 December 2025. Dawit has no social care needs relating to his SEN at present; his parents "
                    "meet his care needs at home. The family have been told about short breaks and the Local Offer "
                    "and have asked for information about the holiday play scheme.")],
        'E': [
            ('h', 'E1 Transitions'),
            ('p', "Dawit will have a visual timetable to help him with transitions in the classroom."),
            ('h', 'E2 Adult support'),
            ('p', "Dawit is given 1:1 support from a TA throughout the school day."),
            ('h', 'E3 Communication'),
            ('p', "Staff will use PECS with Dawit every day."),
            ('h', 'E4 Asking for things'),
            ('p', "By January 2027, Dawit will hand over a picture card to ask for a snack, a toy or an activity at "
                  "least 10 times each day, counted by his key person on his PECS record."),
            ('h', 'E5 Sleep'),
            ('p', "By January 2027, Dawit will settle to sleep within 30 minutes and wake no more than once a night on "
                  "at least 5 nights out of 7, recorded by his parents in the sleep diary given by the paediatrician."),
        ],
        'F': [
            ('h', 'F1 Communication and interaction'),
            ('b', ["SALT: a speech and language therapist will see Dawit 1:1 for 30 minutes every week in term time at "
                   "school and will set his PECS targets each half term.",
                   "PECS: a trained TA will teach Dawit to use picture exchange 1:1 for 10 minutes three times each "
                   "day, and will prompt him to use it at snack, lunch and choosing time.",
                   "Attention Autism: 15 minutes daily in a group of no more than 4, led by a TA trained in the "
                   "approach."]),
            ('h', 'F2 Cognition and learning'),
            ('b', ["An individual EYFS learning programme, planned by the class teacher and the SENCo, with 1:1 "
                   "teaching for 20 minutes each morning from a TA.",
                   "The SENCo will review the programme with Dawit's parents and an interpreter for 30 minutes each "
                   "half term."]),
            ('h', 'F3 Social, emotional and mental health'),
            ('b', ["1:1 TA support for the whole school day (30 hours a week), from a TA who has completed the "
                   "council's autism training.",
                   "A now-and-next board and a photo timetable, prepared by the TA each morning and used at every "
                   "change of activity.",
                   "The EP will visit once a term for 90 minutes to observe Dawit and advise staff and parents."]),
        ],
        'G': [
            ('p', "Community paediatrician, CDC: a 30-minute clinic review of Dawit's sleep and his melatonin trial "
                  "every 3 months, with a Tigrinya interpreter, for 12 months then review."),
            ('p', "Health agreement: the health provision was agreed by Dr Helen Osei, DCO, on 14 January 2026."),
        ],
        'H1': [('p', "None. Short breaks were considered with the family on 3 December 2025 and are not needed at "
                     "present; the family can ask for an assessment at any time.")],
        'H2': [('p', "None. Information about the Early Help service and the Local Offer was given on 3 December "
                     "2025.")],
        'I': [('p', "Canal Street Primary School, Wharfside (mainstream primary school), Reception class.")],
        'J': [('p', "No personal budget requested.")],
        'K': [
            ('b', ["Parents' advice: Dawit's mother and father, with a Tigrinya interpreter, 1 December 2025.",
                   "Dawit's views: observation and choices by Ms Tesfaye, key person, November 2025 (report dated 28 "
                   "November 2025).",
                   "Educational advice: Ms Rachel Oduya, Reception teacher, and Mr Tomasz Wolski, SENCo, Canal Street "
                   "Primary School, 24 November 2025.",
                   "Psychological advice: Dr Ama Mensah, EP, Wharfside Educational Psychology Service, 2 December "
                   "2025.",
                   "Medical advice: Dr Ravi Shah, Community Paediatrician, CDC, 17 November 2025.",
                   "SALT advice: Ms Hannah Cole, Wharfside Children's Therapy Service, 19 November 2025.",
                   "OT advice: Mr Luis Moreno, Wharfside Children's Therapy Service, 26 November 2025.",
                   "Social care advice: Ms Tanisha Brooks, Social Worker, Children with Disabilities Team, 3 December "
                   "2025."]),
        ],
    }),
    labels=labels(fail=['PC-OUTCOME-NOT-PROVISION', 'PC-SMART', 'LG-JARGON', 'LG-READABILITY', 'PR-OUTCOME-LINK'],
                  na=['PC-PFA', 'SC-STATUTORY-LINK', 'SC-RIGHT-SECTION']),
    why={
        'PC-OUTCOME-NOT-PROVISION': '"Dawit will have a visual timetable to help him with transitions in the '
                                    'classroom." - also "Dawit is given 1:1 support from a TA throughout the school '
                                    'day." and "Staff will use PECS with Dawit every day." - provision written as '
                                    'outcomes.',
        'PC-SMART': '"Staff will use PECS with Dawit every day." - E1 to E3 say nothing Dawit will achieve, with no '
                    'measure and no date.',
        'LG-JARGON': '"consistent with a diagnosis of ASC" - ASC, SALT, PECS, EYFS, SENCo, TA, EP, OT, CDC and DCO are '
                     'never spelled out anywhere in the plan.',
        'LG-READABILITY': '"Dawit presents with a significant social communication disorder, with marked deficits in '
                          'joint attention and reciprocal interaction" - clinical-report language opening Section A.',
        'PR-OUTCOME-LINK': '"He seeks movement (spinning, swinging, climbing on furniture) and mouths toys and clothing '
                           'many times a day." - the sensory needs in B4 have no provision in F (no sensory diet, no '
                           'occupational therapy, no quiet space or ear defenders).',
        'PC-VOICE': 'PASS (trap): "How we know what Dawit likes (observation by his key person)" - non-verbal '
                    '4-year-old; views gathered by someone who knows him.',
        'HC-NEEDS': 'PASS (trap): "no difficulties with feeding, but he has very disturbed sleep" - the sleep need is '
                    'met in G and E5.',
        'HC-THERAPY-PLACEMENT': 'PASS: speech and language therapy is in F.',
        'PR-QUANTIFIED': 'PASS: each F item that is there states what, how often, how long, ratio and who; the '
                         'educational psychologist visit needs no group size.',
    },
))

# ------------------------------------------------------------------ aa106 SOUND
T = std_titles('Amir', 'his')
PLANS.append(dict(
    id='aa106', layout='letter-column', name='Amir', age=12, year_group='Year 7',
    needs=['SEMH', 'literacy difficulties', 'EAL', 'asthma', 'child in need'],
    voice='mixed: Amir quoted, third person, mother first person via interpreter',
    front=front('Amir', 'Year 7 (Key Stage 3)', '12', 'Arabic (Sudanese); English', 'Arabic interpreter for Amir\'s '
                'mother', '3rd November 2026', '6th October 2026', 'Ms Nkechi Bamidele, EHC Plan Co-ordinator'),
    sections=sections(T, {
        'A': [
            ('h', 'A1 What Amir told us'),
            ('p', "Amir met the plan co-ordinator and his learning mentor at school on 29 September 2026 and talked "
                  "about his first month at secondary school. He asked for his words to be written down as he said "
                  "them."),
            ('b', ["'I like sport, football and art. Mr Okoye, the sports teacher, is fair.'",
                   "'Reading out loud is the worst. Everyone looks at you.'",
                   "'When someone says something about my mum, I get angry and I can't stop it.'",
                   "'I look after my little brothers after school when Mum is sleeping. I don't mind, but I can't do "
                   "homework then.'",
                   "'When I am older I want to be a footballer or a police officer.'"]),
            ('h', "A2 What Amir's mother says"),
            ('p', "Amir's mother spoke with an Arabic interpreter at the annual review on 6 October 2026: 'Amir is a "
                  "good boy with a big heart. He helps me so much since we came from Sudan and since I have been "
                  "unwell. I am worried that he is angry at school and that he has too much to carry at home. I want "
                  "him to finish school, go to college and have a good job, and to have some time just to be a boy.'"),
            ('h', 'A3 Strengths and interests'),
            ('b', ["A talented footballer who plays for the school Year 7 team and the Wharfside Youth League.",
                   "Good at art, especially drawing people.",
                   "Caring and responsible towards his younger brothers.",
                   "Quick at mental arithmetic: he is working at the expected standard in maths.",
                   "Speaks Arabic fluently and good everyday English."]),
            ('h', 'A4 Aspirations'),
            ('p', "Amir wants to be a footballer or a police officer. His mother hopes he will finish school, go to "
                  "college and get a good job, and have time for himself. Amir would like to keep playing football "
                  "and to make friends at his new school."),
            ('h', 'A5 Background'),
            ('p', "Amir and his family left Khartoum in 2023 and arrived in Wharfside in 2024. They live in temporary "
                  "accommodation. Amir has been supported under a child in need plan since March 2026 (see Section D). "
                  "He moved from Canal Street Primary School to Riverside Academy in September 2026."),
        ],
        'B': [
            ('h', 'B1 Cognition and learning'),
            ('p', "Amir's reading age is about 8 years 6 months (tested by the SENCo, special educational needs "
                  "co-ordinator, in September 2026). He decodes slowly and loses the meaning of longer texts. His "
                  "spelling is at about a Year 3 level. He needs access to texts at the right level in every subject, "
                  "which his teachers now plan for. His maths is at the expected standard."),
            ('h', 'B2 Social, emotional and mental health'),
            ('p', "Amir has experienced war, displacement and loss, and he now carries caring responsibilities at "
                  "home. He has regular arguments in the playground when he feels his family is being insulted, and "
                  "has had 4 fixed-period exclusions in Year 6. He finds it hard to calm down once angry, but he "
                  "responds quickly to a trusted adult and to physical activity."),
            ('h', 'B3 Communication and interaction'),
            ('p', "Amir's everyday English is good. He needs subject vocabulary taught explicitly because English is "
                  "his additional language."),
        ],
        'C': [('p', "Amir has no problems with his hearing or sight, but he has asthma. He uses a brown preventer "
                    "inhaler each morning and evening at home and a blue reliever inhaler when he is wheezy, which is "
                    "usually after running or in cold weather. He had two attacks at school in Year 6 when his "
                    "inhaler was not with him. His asthma is managed by his general practice (asthma nurse) and an "
                    "individual healthcare plan is held by the school.")],
        'D': [
            ('p', "Amir is supported under a child in need plan (section 17, Children Act 1989) since March 2026, "
                  "because of the family's housing situation, his mother's health and the care Amir gives to his "
                  "younger brothers. His social worker, Mr Femi Adeyemi, Wharfside Children's Social Care, gave "
                  "advice for this plan on 22 September 2026 and attended the annual review."),
            ('p', "Amir's social care needs are: support as a young carer, so that caring does not stop him learning "
                  "or having a childhood; a stable routine after school; and support for the family to manage his "
                  "anger at home. The child in need plan and this EHC plan have been written together: the child in "
                  "need review meetings every 6 weeks include the SENCo, and school reports on Amir's attendance, "
                  "behaviour and homework at each meeting. The outcomes in E2 and E4 are shared with the child in "
                  "need plan."),
        ],
        'E': [
            ('h', 'E1 Reading'),
            ('p', "By July 2027, Amir's reading age will rise from 8 years 6 months to at least 10 years, measured by "
                  "the SENCo on the school's standardised reading test each term. (Links to: finishing school and "
                  "going to college.)"),
            ('h', 'E2 Managing anger'),
            ('p', "By July 2027, Amir will use his agreed calm-down plan (telling an adult, going to the sports hall "
                  "for 10 minutes) so that he has no fixed-period exclusions in the year and no more than 2 recorded "
                  "incidents each half term, recorded on the school's behaviour system. (Links to: keeping his place "
                  "in the football team; becoming a police officer.)"),
            ('h', 'E3 Friendships'),
            ('p', "By April 2027, Amir will name at least 2 friends at Riverside Academy and spend lunchtimes with "
                  "them or at a club on 4 days out of 5, observed and recorded by his learning mentor each half "
                  "term. (Links to: making friends at his new school.)"),
            ('h', 'E4 Homework and time for himself'),
            ('p', "By July 2027, Amir will hand in 8 out of 10 homework tasks on time each half term, recorded on the "
                  "school's homework system, and will attend the young carers group at least twice a month, "
                  "recorded by the young carers worker. (Links to: his mother's hope that he has time to be a boy.)"),
            ('h', 'E5 Asthma'),
            ('p', "By February 2027, Amir will carry his reliever inhaler every school day and use it on his own when "
                  "he is wheezy, telling a member of staff each time, checked by the school office on the daily "
                  "medicine log."),
        ],
        'F': [
            ('h', 'F1 Cognition and learning'),
            ('b', ["Reading intervention: a structured reading programme, 30 minutes four times a week, in a group of "
                   "no more than 3, taught by a higher level teaching assistant trained in the programme.",
                   "Spelling: 15 minutes daily, 1:1, with a teaching assistant, using a multi-sensory spelling "
                   "programme, for 12 weeks then review by the SENCo.",
                   "Subject teachers will give Amir a vocabulary sheet with pictures and Arabic translations at the "
                   "start of each new topic, prepared by the English as an additional language (EAL) co-ordinator.",
                   "Amir will not be asked to read aloud in class unless he volunteers; all subject teachers will be "
                   "told this by the SENCo at the start of each term.",
                   "Homework club: 30 minutes at lunchtime on Mondays, Wednesdays and Fridays, in a group of no more "
                   "than 10, supervised by a teaching assistant."]),
            ('h', 'F2 Social, emotional and mental health'),
            ('b', ["Learning mentor: Mr Danso, learning mentor trained in trauma-informed practice, will meet Amir 1:1 "
                   "for 20 minutes each Monday morning and for a 5-minute check-in at the end of each school day.",
                   "Emotional Literacy Support Assistant (ELSA) sessions: 45 minutes weekly, 1:1, for 6 sessions then "
                   "review, focusing on recognising and managing anger.",
                   "Calm-down plan: a written plan agreed with Amir, kept by every subject teacher; when Amir shows "
                   "his card he goes to the sports hall with a member of the PE (physical education) staff for 10 "
                   "minutes.",
                   "Educational psychologist: three visits a year (one each term), 90 minutes each, to review Amir's "
                   "progress with the SENCo and learning mentor and to advise staff.",
                   "Lunchtime football club: 40 minutes every Tuesday and Thursday, in a group of no more than 20, "
                   "run by the PE department; Amir's place is kept for the year."]),
        ],
        'G': [
            ('p', "Asthma nurse, Roman Road Surgery: an asthma review with Amir and his mother every 6 months (20 "
                  "minutes, with an interpreter), including inhaler technique, and an updated written asthma plan "
                  "sent to school after each review."),
            ('p', "School nurse, Wharfside School Nursing Service: will update Amir's individual healthcare plan with "
                  "school once a year (30 minutes, in September) and train the staff who supervise PE in asthma "
                  "first aid once a year (60 minutes). His blue inhaler is kept with him and a spare, supplied by his "
                  "GP (general practitioner) on prescription, is kept in the school office, for use when needed."),
            ('p', "Health agreement: reviewed and agreed by Ms Farah Qureshi, Designated Clinical Officer, 27 October "
                  "2026."),
        ],
        'H1': [('p', "None. Amir is not a disabled child for the purposes of section 2; the Children with Disabilities "
                     "Team confirmed on 22 September 2026 that short breaks do not apply.")],
        'H2': [
            ('p', "Child in need plan (section 17, Children Act 1989), reviewed every 6 weeks:"),
            ('b', ["Social worker (Mr Femi Adeyemi): a home visit every 4 weeks, seeing Amir on his own for part of "
                   "each visit.",
                   "Wharfside Young Carers Service: a young carers group every other Wednesday, 4pm to 6pm, with "
                   "transport home, and a young carer's needs assessment completed by 30 November 2026.",
                   "Family support worker, Early Help service: a one-hour home visit each week for 12 weeks from 9 "
                   "November 2026, then review at the child in need meeting, to help the family set up an after-school "
                   "routine."]),
        ],
        'I': [('p', "Riverside Academy, Wharfside (mainstream secondary academy).")],
        'J': [('p', "No personal budget requested.")],
        'K': [
            ('b', ["Amir's views: told to the plan co-ordinator and learning mentor, 29 September 2026.",
                   "Parent's views: Amir's mother, with an Arabic interpreter, 6 October 2026.",
                   "Educational advice: Ms Olivia Grant, SENCo, Riverside Academy, 25 September 2026; Year 6 report "
                   "from Canal Street Primary School, 10 July 2026.",
                   "Psychological advice: Dr Samuel Ofori, Educational Psychologist, 15 September 2026.",
                   "Medical advice: Ms Jenny Tran, Practice Nurse (asthma), Roman Road Surgery, 18 September 2026.",
                   "School nursing advice: Ms Alice Mwangi, School Nurse, Wharfside School Nursing Service, 21 "
                   "September 2026.",
                   "Social care advice: Mr Femi Adeyemi, Social Worker, Wharfside Children's Social Care, 22 "
                   "September 2026, with the child in need plan of 11 August 2026.",
                   "Young carers advice: Ms Dina Kowalczyk, Young Carers Worker, 24 September 2026."]),
        ],
    }),
    labels=labels(na=['PC-PFA', 'HC-THERAPY-PLACEMENT']),
    why={
        'SC-STATUTORY-LINK': 'PASS: "The child in need plan and this EHC plan have been written together" - social '
                             'worker advice, shared outcomes and CIN provision in H2.',
        'SC-RIGHT-SECTION': 'PASS: young carers group, social worker visits and family support are in H2; education '
                            'provision stays in F.',
        'PR-VAGUE-WORDING': 'PASS (trap): "He needs access to texts at the right level" and "He has regular arguments" '
                            'are in Section B; "for use when needed" is in G, describing a reliever inhaler; F has no '
                            'vague wording.',
        'PR-QUANTIFIED': 'PASS (trap): "three visits a year (one each term), 90 minutes each" - a professional\'s visits '
                         'need no group size.',
        'HC-NEEDS': 'PASS (trap): "no problems with his hearing or sight, but he has asthma" - asthma met in G and E5.',
        'HC-DCO-SIGNOFF': 'PASS: "reviewed and agreed by Ms Farah Qureshi, Designated Clinical Officer, 27 October '
                          '2026."',
        'HC-ADVICE-PROVIDERS': 'PASS: the asthma nurse and the school nurse both gave advice in K.',
        'LG-JARGON': 'PASS: SENCo, EAL, ELSA, PE, GP spelled out at first use; "child in need" is written in full.',
    },
))

# ------------------------------------------------------------------ aa107 FAIL
T = std_titles('Maryam', 'her')
PLANS.append(dict(
    id='aa107', layout='letter-column', name='Maryam', age=13, year_group='Year 8',
    needs=['SEMH', 'dyslexia', 'EAL', 'migraine', 'child protection plan'],
    voice='first person (child) and mother third person',
    front=front('Maryam', 'Year 8', '13', 'Dari; English', 'Dari interpreter at all meetings', '10 Sept 2026',
                '7 July 2026', 'Mr Daniel Achterberg, EHC Plan Co-ordinator') + [
        ('Child protection plan', 'Yes - since February 2026')],
    sections=sections(T, {
        'A': [
            ('h', 'A1 My views'),
            ('p', "Maryam wrote her views with her learning mentor on 24 June 2026 and chose to share them at her "
                  "review."),
            ('p', "I am Maryam and I am 13. I came from Herat in Afghanistan in 2022. I like drawing, K-pop, and "
                  "looking after my cousin's baby. My favourite subject is art because you do not need to write a lot. "
                  "I find reading and spelling hard and I get tired. Sometimes I get headaches so bad that I have to "
                  "go home. I feel worried a lot of the time and I like to sit with my friend Zahra because she "
                  "understands me. When I grow up I want to be an art teacher."),
            ('h', "A2 What Maryam's mother says"),
            ('p', "Maryam and her mother was seen at home on 18 June 2026 with a interpreter. Her mother said that "
                  "Maryam is gentle, artistic and helpful at home. She worries because Maryam is often quiet and sad "
                  "and does not want to go out. She would like Maryam to get help with her reading and her headaches, "
                  "and she hopes Maryam will go to college and become a teacher."),
            ('h', 'A3 Strengths'),
            ('b', ["Talented at art: her drawing was chosen for the school's exhibition in July 2026.",
                   "Loyal friend and kind to younger children.",
                   "Good spoken English and fluent Dari.",
                   "Works hard when she understands the task."]),
            ('h', 'A4 Aspirations'),
            ('p', "Maryam wants to be an art teacher. Her mother hopes she will go to college and become a teacher."),
        ],
        'B': [
            ('h', 'B1 Cognition and learning'),
            ('p', "Maryam has dyslexia, identified by the educational psychologist in May 2026. Her reading age is "
                  "about 9 years and her spelling is at about a Year 4 level. She find it hard to start written work "
                  "and to remember instructions with more than two steps. She needs extra time to to process what "
                  "she reads."),
            ('h', 'B2 Social, emotional and mental health'),
            ('p', "Maryam is anxious and often low in mood. Their are times when she withdraws completely in lessons "
                  "and puts her head on the desk. She has few friends and avoids the canteen. She has missed 11% of "
                  "sessions this year."),
        ],
        'C': [('p', "Maryam has no difficulties with her eyesight or hearing, but she has migraines about twice a "
                    "month, with a severe headache, sickness and sensitivity to light. On these days she often goes "
                    "home or misses lessons. Her migraines were diagnosed by the community paediatrician.")],
        'D': [('p', "Maryam is subject to a child protection plan.")],
        'E': [
            ('h', 'E1 Reading'),
            ('p', "By July 2027, Maryam will read a text at her age level aloud to her mentor with 95% accuracy and "
                  "answer 4 out of 5 questions about it, measured by the SENCo (special educational needs "
                  "co-ordinator) each term."),
            ('h', 'E2 Starting written work'),
            ('p', "By April 2027, Maryam will start written tasks within 5 minutes using her writing frame in at least "
                  "4 out of 5 lessons, recorded by her subject teachers on a weekly tracking sheet."),
            ('h', 'E3 Art'),
            ('p', "By July 2027, Maryam will complete an art portfolio of 6 finished pieces and show it at the Year 8 "
                  "exhibition, assessed by her art teacher. (Links to: becoming an art teacher.)"),
            ('h', 'E4 Feeling able to join in'),
            ('p', "By July 2027, Maryam will eat lunch in the canteen or attend a lunchtime club on 3 days out of 5 and "
                  "her attendance will rise to 95%, recorded by her learning mentor and the attendance officer."),
            ('h', 'E5 Migraines'),
            ('p', "By July 2027, Maryam will tell a member of staff when a migraine starts and follow her migraine "
                  "care plan, so that she misses no more than 2 half-days each term because of migraine, recorded by "
                  "the attendance officer."),
        ],
        'F': [
            ('h', 'F1 Cognition and learning'),
            ('b', ["Specialist literacy teaching: 45 minutes twice a week, 1:1, with a specialist teacher qualified in "
                   "teaching pupils with dyslexia.",
                   "Reading practice: 20 minutes daily in registration, 1:1 with a trained teaching assistant.",
                   "A writing frame and a word bank for every extended writing task, prepared by each subject "
                   "teacher.",
                   "Exam access arrangements: 25% extra time and a reader in all tests and exams, arranged by the "
                   "SENCo."]),
            ('h', 'F2 Social, emotional and mental health'),
            ('b', ["Learning mentor: Ms Rahimi, trained in trauma-informed practice, will meet Maryam 1:1 for 30 "
                   "minutes every Wednesday and check in with her for 5 minutes at the start of each day.",
                   "Emotional Literacy Support Assistant (ELSA) sessions: 40 minutes weekly, 1:1, for 8 weeks then "
                   "review, on managing worry.",
                   "Lunchtime art club: every Monday and Thursday, led by the art teacher, in a group of no more than "
                   "8.",
                   "Educational psychologist: one 60-minute consultation each term with the SENCo, mentor and "
                   "Maryam's mother."]),
            ('h', 'F3 Migraine'),
            ('b', ["When Maryam reports a migraine, a first aider will give her prescribed medicine (as written in her "
                   "care plan) and let her rest in the medical room for 30 minutes before deciding with her mother "
                   "whether she goes home."]),
        ],
        'G': [('p', "The community paediatrician will review Maryam's migraines and medicine every 6 months in a "
                    "30-minute clinic appointment with a Dari interpreter, and will write to the school within 2 weeks "
                    "of any change to her migraine care plan.")],
        'H1': [('p', "None.")],
        'H2': [('p', "None.")],
        'I': [('p', "Riverside Academy, Wharfside (mainstream secondary academy).")],
        'J': [('p', "No personal budget requested.")],
        'K': [
            ('b', ["Maryam's views: written with her learning mentor, 24 June 2026.",
                   "Parent's views: Maryam's mother, with a Dari interpreter, 18 June 2026.",
                   "Educational advice: Ms Olivia Grant, SENCo, Riverside Academy, 26 June 2026.",
                   "Psychological advice: Dr Samuel Ofori, Educational Psychologist, 21 May 2026.",
                   "Medical advice: Dr Ravi Shah, Community Paediatrician, Wharfside Child Development Centre, 12 "
                   "March 2024.",
                   "Social care advice: Ms Sara Lindqvist, Social Worker, Wharfside Children's Social Care, 30 June "
                   "2026."]),
        ],
    }),
    labels=labels(fail=['SC-STATUTORY-LINK', 'SC-NEEDS', 'SC-PROVISION-SPECIFIC', 'LG-GRAMMAR', 'HC-ADVICE',
                        'CA-ADVICE-AGE', 'HC-DCO-SIGNOFF'],
                  na=['PC-PFA', 'SC-RIGHT-SECTION', 'HC-THERAPY-PLACEMENT']),
    why={
        'SC-STATUTORY-LINK': '"Maryam is subject to a child protection plan." - the only mention in D; H1 and H2 are '
                             '"None." and nothing shows the CP plan or the social worker\'s advice informed the plan.',
        'SC-NEEDS': '"Maryam is subject to a child protection plan." - a legal status, not a description of need.',
        'SC-PROVISION-SPECIFIC': '"None." - H1 and H2 with no provision and no sign that early help, the CP plan or '
                                 'short breaks were considered.',
        'LG-GRAMMAR': '"Maryam and her mother was seen at home" - also "with a interpreter", "She find it hard", "time '
                      'to to process" and "Their are times".',
        'HC-ADVICE': '"Medical advice: Dr Ravi Shah, Community Paediatrician, Wharfside Child Development Centre, 12 '
                     'March 2024." - the only health advice is 30 months old at issue.',
        'CA-ADVICE-AGE': '"12 March 2024" - medical advice over 24 months old when the plan was issued (10 Sept 2026).',
        'HC-DCO-SIGNOFF': '"The community paediatrician will review Maryam\'s migraines" - G has no record of health\'s '
                          'agreement (no DCO, name or date).',
        'SC-ADVICE': 'PASS: "Social care advice: Ms Sara Lindqvist, Social Worker" - listed, dated, current; the '
                     'failure is that D and H ignore it.',
        'HC-NEEDS': 'PASS (trap): "no difficulties with her eyesight or hearing, but she has migraines" - migraine is '
                    'described, met in G and F3, and has outcome E5.',
        'LG-SPELLING': 'PASS: no misspellings; the errors are grammatical.',
        'LG-JARGON': 'PASS: SENCo and ELSA spelled out; "K-pop" is the child\'s own word.',
    },
))

# ------------------------------------------------------------------ aa108 FAIL
T = std_titles('Hamid', 'his')
T['A'] = "Section A: The views, interests and aspirations of Hamid (young person) and his family"
PLANS.append(dict(
    id='aa108', layout='letter-column', name='Hamid', age=19, year_group='Year 14',
    needs=['moderate learning difficulties', 'EAL', 'SEMH'], voice='first person (young person) and uncle',
    front=front('Hamid', 'Year 14 (post-16, third year at college)', '19', 'Pashto and Dari',
                'Pashto interpreter at all meetings', '12.03.2025', '14.10.2025',
                'Ms Nkechi Bamidele, EHC Plan Co-ordinator'),
    sections=sections(T, {
        'A': [
            ('h', 'A1 About me'),
            ('p', "Hamid gave his views with a Pashto interpreter on 22 January 2025."),
            ('p', "I am Hamid. I am 19. I came from Afghanistan in 2021 when I was 15 and I live with my uncle and his "
                  "family. Reading and writing are very hard for me. I forget what the teacher says. I get angry fast "
                  "and I had a warning at college for fighting. I can't cook and I don't understand money, my uncle "
                  "does it. I am late a lot. I want to be an electrician and have my own "
                  "home."),
            ('h', "A2 What Hamid's uncle says"),
            ('p', "Hamid's uncle said that Hamid does not listen, stays in his room, cannot manage money and forgets "
                  "appointments. He has been late to college many times and has been in trouble for losing his "
                  "temper. The family hope that Hamid will become an electrician and one day have his own home."),
            ('h', 'A3 Aspirations'),
            ('p', "Hamid wants to be an electrician. He wants to earn money and live in his own flat."),
        ],
        'B': [
            ('h', 'B1 Cognition and learning'),
            ('p', "Hamid has moderate learning difficulties. His reading and writing in English are at Entry Level 1, "
                  "and his maths is at Entry Level 2. His working memory and processing speed are very low and he "
                  "needs instructions repeated many times. He also has little schooling in his first language."),
            ('h', 'B2 Social, emotional and mental health'),
            ('p', "Hamid loses his temper quickly, particularly when he feels he is being laughed at. He has had one "
                  "formal warning for fighting. He is often late and misses about 20% of sessions. He finds it hard "
                  "to ask for help."),
            ('h', 'B3 Independence'),
            ('p', "Hamid cannot cook a meal, does not manage money and does not keep track of appointments."),
        ],
        'C': [('p', "Hamid has no health needs relating to his special educational needs. This is based on the general "
                    "practitioner (GP) summary from Dr Naomi Reid, Roman Road Surgery, on 20 January 2025, and his "
                    "college health questionnaire.")],
        'D': [('p', "Hamid had a Care Act 2014 needs assessment from Mr Oliver Grant, Social Worker, Adult Social Care "
                    "Transitions Team, on 3 February 2025. He does not have eligible care and support needs. He and "
                    "his uncle were given information about the Wharfside Local Offer, the adult learning service and "
                    "the Afghan community association's youth project.")],
        'E': [
            ('h', 'E1 Reading for everyday life'),
            ('p', "By March 2026, Hamid will read and fill in 3 everyday forms (for example a bank form and a GP "
                  "registration form) on his own, checked by his English tutor."),
            ('h', 'E2 Cooking'),
            ('p', "By March 2026, Hamid will cook 4 simple hot meals on his own from a picture recipe, checked by his "
                  "independent living skills tutor on the college's skills record."),
            ('h', 'E3 Money'),
            ('p', "By March 2026, Hamid will plan a weekly budget of £40 and keep to it for 4 weeks in a row, recorded "
                  "in his budget book and checked by his independent living skills tutor."),
            ('h', 'E4 Managing anger'),
            ('p', "By March 2026, Hamid will use his agreed plan (leaving the room and telling his mentor) and have no "
                  "formal warnings for behaviour in the year, recorded on the college's student system."),
            ('h', 'E5 Getting to college'),
            ('p', "By March 2026, Hamid will arrive on time for 90% of sessions, using the alarm and calendar on his "
                  "phone, recorded on the college register."),
        ],
        'F': [
            ('h', 'F1 Cognition and learning'),
            ('b', ["English at Entry Level: 3 hours a week in a group of no more than 10, taught by a qualified "
                   "English for speakers of other languages tutor.",
                   "1:1 literacy support: 1 hour weekly with a learning support assistant trained in teaching adults "
                   "with learning difficulties.",
                   "Instructions given in writing and with pictures in every session, by each tutor."]),
            ('h', 'F2 Independent living'),
            ('b', ["Independent living skills: 2 hours every Tuesday in a group of no more than 6, in the college's "
                   "training kitchen, led by the independent living skills tutor, covering cooking, shopping and "
                   "budgeting.",
                   "Travel and time: the learning support assistant will set up the alarm and calendar on Hamid's "
                   "phone in the first week of term and check it with him for 10 minutes each Monday."]),
            ('h', 'F3 Social, emotional and mental health'),
            ('b', ["Mentor: a college mentor trained in anger management will meet Hamid 1:1 for 30 minutes each "
                   "week.",
                   "Educational psychologist: one 60-minute consultation each term with Hamid's tutors."]),
        ],
        'G': [('p', "None. See Section C.")],
        'H1': [('p', "Not applicable: Hamid is over 18.")],
        'H2': [('p', "None. Hamid does not have eligible needs under the Care Act 2014 (assessment of 3 February 2025). "
                     "Information about the adult learning service and the youth project was given on that date.")],
        'I': [('p', "Thames Gate College, Wharfside (general further education college): Level 1 Study Programme, "
                    "including English, maths and construction skills.")],
        'J': [('p', "No personal budget requested.")],
        'K': [
            ('b', ["Hamid's views: given by Hamid with a Pashto interpreter, 22 January 2025.",
                   "Family views: Hamid's uncle, 22 January 2025.",
                   "Educational advice: college progress report, Thames Gate College.",
                   "Psychological advice: Educational Psychology Service.",
                   "Medical advice: Dr Naomi Reid, GP, Roman Road Surgery, 20 January 2025.",
                   "Social care advice: Mr Oliver Grant, Social Worker, Adult Social Care Transitions Team, 3 February "
                   "2025.",
                   "Preparing for adulthood advice: Ms Irina Baker, Careers Adviser, Thames Gate College, 10 February "
                   "2025, recommending a route towards an electrical installation course."]),
        ],
    }),
    labels=labels(fail=['CA-ANNUAL-REVIEW', 'CA-DATED', 'PC-STRENGTHS', 'PC-ASPIRATION-LINK'],
                  na=['SC-STATUTORY-LINK', 'SC-RIGHT-SECTION', 'HC-PROVISION-SPECIFIC', 'HC-NEEDS-MET',
                      'HC-DCO-SIGNOFF', 'HC-THERAPY-PLACEMENT', 'HC-ADVICE-PROVIDERS', 'HC-OUTCOMES']),
    why={
        'CA-ANNUAL-REVIEW': '"14.10.2025" - the last annual review is almost 14 months before the audit date '
                            '(7 December 2026), and the plan was issued on 12.03.2025.',
        'CA-DATED': '"Educational advice: college progress report, Thames Gate College." - no author or date; '
                    '"Psychological advice: Educational Psychology Service." names no psychologist and no date.',
        'PC-STRENGTHS': '"Reading and writing are very hard for me. I forget what the teacher says." - A and B list '
                        'only difficulties; nothing Hamid does well is described anywhere.',
        'PC-ASPIRATION-LINK': '"I want to be an electrician and have my own home." - none of the five outcomes works '
                              'towards becoming an electrician (no vocational, work experience or course outcome), '
                              'even though the careers adviser recommended "a route towards an electrical '
                              'installation course".',
        'PC-PFA': 'PASS: outcomes E2, E3 and E5 prepare for independent living (cooking, budgeting, getting '
                  'somewhere on time).',
        'CA-ADVICE-AGE': 'PASS (arguable): every dated item is within 3 months of issue; the undated items are graded '
                         'under CA-DATED.',
        'CA-STATUTORY-ADVICE': 'PASS: all reg 6 kinds are present (the educational and psychological items are '
                               'undated, which fails CA-DATED, not this).',
        'HC-NEEDS': 'PASS: "no health needs relating to his special educational needs. This is based on the general '
                    'practitioner (GP) summary" - basis given; other HC criteria na.',
        'SC-NEEDS': 'PASS: no eligible needs after a named, dated Care Act assessment.',
        'PC-SMART': 'PASS: each outcome has a count or percentage, who checks it and a date (March 2026).',
    },
))
