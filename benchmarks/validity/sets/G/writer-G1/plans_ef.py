DCO = 'Dr Priya Raman'
TRUST = "Kingsmere NHS Trust Children's Community Health Services"

# ------------------------------------------------------------------ g102 (fail: CP plan ignored, non-SMART outcome, grammar, CAMHS no advice)
g102 = dict(
    file='g102.docx', layout='ef-table', name='Mason',
    front=[('EHCP issued on', '2026-05-11'), ('DOB', 'October 2017'), ('Key stage', 'Key Stage 2 (KS2), Year 4'),
           ('Setting', "St Jude's Church of England Primary School (mainstream)"), ('Case officer', 'EHC Co-ordinator, Kellingford SEND Service')],
    A=[
        ('All about me – Mason', [
            'Mason told his class teacher these things during a "My Map" session on 10 March 2026. They are his words.',
            '- "I like Minecraft and building Lego cities. I\'m good at football – I\'m a defender."',
            '- "I\'m good at times tables. I know my 8s."',
            '- "I don\'t like the hall at dinner, it\'s too loud and people push."',
            '- "When I get cross I want to go to the calm corner and squeeze my ball."',
            '- "When I\'m big I want to be a YouTuber or play for Arsenal."']),
        ("What Mason's family say", [
            'Mum said that Mason have always been a lively, loving boy and he love being outdoors. She feel that school is going better since he started his medication, but the afternoons is still hard for him. She would like Mason to have friends who invites him to their houses, and to go to the same secondary school as his cousin.']),
        ('Strengths and aspirations', [
            '- Kind to younger children; helps in the playground football club.',
            '- Strong at number work and reading.',
            '- Aspirations: to play football for a team, to make videos, and to move to secondary school with his friends.']),
    ],
    B=[
        ('Cognition and learning', [
            '- Reading and maths are at the expected standard for Year 4 (teacher assessment, March 2026).',
            '- Writing is at about Year 2 level; Mason can write 3–4 sentences with support.'],
            ['- Mason find it difficult to stay focused on a task; he works for 5–8 minutes before he gets up or stops.',
             '- He don\'t always hear the whole instruction and often starts the wrong task.']),
        ('Social, emotional and mental health', [
            '- Mason has two good friends and is liked by the younger children.',
            '- He uses the calm corner when an adult suggests it.'],
            ['- He shout out in lessons and finds waiting his turn very hard.',
             '- At lunch and break he becomes cross quickly; there has been about three incidents a week this term.',
             '- He sometimes say "I\'m rubbish at everything" when he gets something wrong.']),
        ('Sensory and/or physical', [
            '- Good gross motor skills; fast runner.'],
            ['- Mason needs to move and fidget to keep focused; sitting on the carpet for more than 10 minutes is hard.']),
    ],
    C=['Mason has a diagnosis of ADHD (attention deficit hyperactivity disorder), made by the Community Paediatrician in March 2025. He takes methylphenidate each morning at home.',
       'Mason takes over an hour to fall asleep and is often still awake after 10pm, which makes mornings difficult. His medication and sleep are monitored by the CAMHS (Child and Adolescent Mental Health Services) ADHD nurse.'],
    D=['Mason and his younger sister have been subject to a child protection plan since 3 February 2026 (category: neglect). Mum is working with the family\'s social worker.'],
    EF_intro=['Each outcome is shown with the provision that will help Mason achieve it. Longer-term outcomes run to the end of Key Stage 2 (July 2028); short-term targets are reviewed each term.'],
    EF=[
        dict(outcome='**Longer-term outcome (end of KS2):** By July 2028, Mason will work on his own on a written task for 20 minutes and produce at least a side of writing.\n**Short-term target (termly):** By the end of the Spring term 2027, Mason will work on an independent task for 10 minutes using his task board on 4 days out of 5.\n**How progress will be measured:** weekly on-task tally kept by the class teacher; writing samples each half term.',
             prov=[('Task board and visual checklist for every independent task, made and updated by the class TA (teaching assistant)', 'Every lesson with independent work', 'Class TA'),
                   ('Movement break (5 minutes, errands or the trim trail) after each 20-minute working block', '4 times a day', 'Class TA'),
                   ('Writing intervention (sentence building and planning with a writing frame) in a group no larger than 4', '4 sessions of 30 minutes across the week', 'HLTA (Higher Level Teaching Assistant), trained by the SENCo (special educational needs co-ordinator)')]),
        dict(outcome='**Longer-term outcome:** By July 2028, Mason will notice when he is getting cross and use one of his three calming strategies without an adult prompt on 4 out of 5 occasions.\n**Short-term target:** By the end of the Spring term 2027, Mason will name his "zone" at three daily check-ins.\n**How progress will be measured:** check-in record; incident log (baseline three a week).',
             prov=[('Zones of Regulation group (a programme that teaches children to recognise and manage feelings)', 'Weekly, 40 minutes, small-group (max 5)', 'ELSA (Emotional Literacy Support Assistant)'),
                   ('Check-in with his key adult using the zones chart', 'Daily, 10 minutes, at 9am and after lunch, 1:1', 'Key adult (class TA)'),
                   ('A named adult with Mason at every unstructured time (break and lunch), running a structured football or Lego activity', 'Every break and lunchtime', 'Lunchtime supervisor trained by the SENCo')]),
        dict(outcome='**Longer-term outcome:** By July 2028, Mason will take turns and accept losing in a structured game without arguing on 4 out of 5 occasions, and will be invited to play by at least two classmates.\n**Short-term target:** By the end of the Spring term 2027, Mason will complete a whole Lego-based therapy session taking his turn.\n**How progress will be measured:** group leader\'s session record; friendship survey each term.',
             prov=[('Lego-based therapy (children build together in roles: engineer, supplier, builder)', 'Weekly, 45 minutes, in a group of 3', 'Trained TA')]),
        dict(outcome='**Longer-term outcome:** By the end of Year 4 (July 2027), Mason will be more settled and will enjoy coming to school.\n**Short-term target:** Mason will feel happier in class.\n**How progress will be measured:** staff and Mum will see that Mason is happier.',
             prov=[('Educational Psychologist (EP) consultation with class teacher, SENCo and Mum to review strategies', 'Termly consultation (1.5 hrs)', 'Educational Psychologist, Kellingford Educational Psychology Service')]),
        dict(outcome='**Longer-term outcome (health):** By July 2027, Mason will be asleep by 9pm on 5 nights out of 7.\n**Short-term target:** By February 2027, Mason will follow his bedtime picture routine every school night.\n**How progress will be measured:** sleep diary kept by Mum, reviewed by the CAMHS ADHD nurse.',
             prov=[('See Section G (sleep programme from the CAMHS ADHD nurse)', 'See Section G', 'See Section G')]),
    ],
    G=[
        ('ADHD medication review (height, weight, blood pressure, effect of medication at school using teacher questionnaire)', 'Every 3 months, 30 minutes in clinic', 'ADHD Specialist Nurse, CAMHS, ' + TRUST, 'June 2026'),
        ('Sleep hygiene programme with Mum and Mason', '3 sessions of 45 minutes, fortnightly', 'ADHD Specialist Nurse, CAMHS, ' + TRUST, 'September 2026'),
        ('Review of diagnosis and general health', 'Once a year', 'Dr Lewis, Community Paediatrician, ' + TRUST, 'March 2027'),
    ],
    G_outro=['Section G agreed by ' + DCO + ', Designated Clinical Officer (DCO), on 2026-05-06.'],
    H1=['None.'],
    H2=['None.'],
    I=["St Jude's Church of England Primary School, Kellingford – mainstream primary school."],
    J=['No Personal Budget requested.'],
    K=[
        ("Mason's views", 'Mason, with Miss Carter, class teacher', '2026-03-10'),
        ("Parent's views", "Mason's mother", '2026-03-12'),
        ('Educational advice', "Mrs Nwosu, SENCo, St Jude's Church of England Primary", '2026-03-20'),
        ('Psychological advice', 'Dr Helen Marsh, Educational Psychologist (EP)', '2026-04-02'),
        ('Medical advice', 'Dr Lewis, Community Paediatrician, ' + TRUST, '2026-03-26'),
    ],
)

# ------------------------------------------------------------------ g105 (sound, DLD + EAL, asthma, Year 2)
g105 = dict(
    file='g105.docx', layout='ef-table', name='Zara',
    front=[('EHCP issued on', '16/2/26'), ('DOB', 'March 2019'), ('Key stage', 'Key Stage 1 (KS1), Year 2'),
           ('Setting', 'Brookfield Primary School (mainstream)'), ('Home languages', 'Somali and English')],
    A=[
        ('What Zara says', [
            'Zara shared her views with her class teacher and the speech and language therapist using talking mats (picture cards she sorts into "like" and "don\'t like") on 8 January 2026. She also said some things in her own words:',
            '- "I like drawing. I like the big slide. I like my friend Amal."',
            '- "Reading is hard. The words go fast."',
            '- She put "playtime", "painting" and "PE" under "like", and "carpet time" and "spelling test" under "don\'t like".',
            '- "I want to be a teacher." ']),
        ("What Zara's parents say", [
            'Zara\'s parents spoke with us in Somali, with an interpreter. They say Zara is caring and creative and is a wonderful big sister. At home she speaks mostly Somali and is understood well by the family, but she gets upset when English-speaking children do not understand her. They want her to read and write well, to have many friends, and to go to university one day. They asked that letters from school are explained to them by phone with an interpreter.']),
        ('Strengths', [
            '- Creative: excellent drawing and model making.',
            '- Good at number: counts to 100 and adds within 20.',
            '- Kind and helpful; a popular playmate.',
            '- Zara has no difficulty walking, running or climbing and loves PE.']),
        ('Aspirations', [
            'Zara wants to be a teacher. Her parents want her to read confidently, make friends in both languages and go on to university.']),
    ],
    B=[
        ('Communication and interaction', [
            '- Zara has a diagnosis of developmental language disorder (DLD), a long-term difficulty learning and using language. It affects both her home language and English; it is not caused by learning English as an additional language (EAL).',
            '- She understands simple two-part instructions in English when they are shown with pictures.'],
            ['- Her sentences in English are 3–4 words long and words are often in the wrong order.',
             '- She finds it hard to understand longer instructions, questions starting "why" and "how", and new topic words.']),
        ('Cognition and learning', [
            '- Maths: working at the expected standard for Year 2 in number.',
            '- Reading: secure in phonics Phase 3; reads simple books at Book Band Yellow.'],
            ['- Reading comprehension and writing are about 18 months behind her age because of her language difficulties.',
             '- She finds it hard to remember new words.']),
        ('Social, emotional and mental health', [
            '- Zara is well liked and plays happily with a small group of friends.'],
            ['- When others don\'t understand her, she gives up and sometimes cries; this happens most days.']),
    ],
    C=['Zara has **asthma**. She uses a blue reliever inhaler with a spacer when she coughs or is wheezy, and a brown preventer inhaler at home. Cold weather and running can set it off. She has an Individual Healthcare Plan (IHCP) at school. She has no other health needs; her hearing was tested in November 2025 and was normal.'],
    D=['Zara lives with her parents and two younger brothers. The family are not known to social care. The Children with Disabilities (CWD) Team screened the request on 2025-12-09 and found no social care needs relating to Zara\'s special educational needs (SEN). The family were told about the Family Hub ESOL (English for speakers of other languages) classes and the Local Offer.'],
    EF_intro=['Outcomes are to the end of Key Stage 1 (July 2026) and Key Stage 2 (July 2030). Termly targets are reviewed with Zara\'s parents, with an interpreter.'],
    EF=[
        dict(outcome='**Longer-term outcome (end of KS2):** By July 2030, Zara will tell a short story or news of 5 sentences in English with the words in the right order, so that unfamiliar adults understand her.\n**Short-term target (termly):** By Easter 2026, Zara will use 5-word sentences with "and" or "because" when describing a picture, in 4 out of 5 tries.\n**How progress will be measured:** SaLT (speech and language therapist) assessment each half term; teaching assistant (TA) session record.',
             prov=[('Language programme set by the SaLT (sentence building with colour-coded word cards, narrative "story bones")', '4 sessions of 30 minutes across the week, in a group no larger than 3', 'Teaching assistant (TA) trained by the SaLT'),
                   ('SaLT visit to assess Zara, model the programme and set new targets', 'Once per half term, 1 hour each visit (6 a year)', 'Speech and Language Therapist, ' + TRUST)]),
        dict(outcome='**Longer-term outcome:** By July 2030, Zara will follow a three-part spoken instruction in class and answer "why" and "how" questions about a story she has heard.\n**Short-term target:** By Easter 2026, Zara will follow two-part instructions without pictures on 4 out of 5 occasions.\n**How progress will be measured:** class teacher observation record, twice a week.',
             prov=[('Visual timetable, pictures or objects with every instruction, and key words shown on the board', 'Every lesson', 'Class teacher and TA'),
                   ('Pre-teaching of topic words (word maps with pictures, sent home with Somali translations)', 'Twice a week, 15 minutes, small-group (max 4)', 'TA')]),
        dict(outcome='**Longer-term outcome:** By July 2026, Zara will read Book Band Green texts and answer 3 out of 4 questions about what she has read; by July 2030 she will reach the expected standard in reading.\n**Short-term target:** By Easter 2026, Zara will read Book Band Blue with 90% accuracy.\n**How progress will be measured:** termly reading assessment by the class teacher.',
             prov=[('Daily 1:1 reading with comprehension questions using pictures', 'Daily, 15 minutes, 1:1', 'TA'),
                   ('Phonics catch-up group', '3 sessions of 20 minutes a week, in a group no larger than 4', 'Phonics-trained TA')]),
        dict(outcome='**Longer-term outcome:** By July 2026, when a friend does not understand her, Zara will try again using a gesture, a picture or other words, instead of giving up, on 4 out of 5 occasions.\n**Short-term target:** By Easter 2026, Zara will use her "help" card to ask an adult instead of crying.\n**How progress will be measured:** playground and class observation tally kept by the TA.',
             prov=[('Talking friendships group: turn-taking games and practising "fix-it" strategies', 'Weekly, 30 minutes, group of 4', 'ELSA (Emotional Literacy Support Assistant)')]),
        dict(outcome='**Longer-term outcome (health):** By July 2026, Zara will tell an adult, using words or her "chest tight" card, when she needs her inhaler, and will take part in all PE lessons.\n**Short-term target:** By Easter 2026, Zara will show her card to an adult every time she feels wheezy.\n**How progress will be measured:** inhaler record kept by school; PE attendance.',
             prov=[('Reliever inhaler and spacer kept in the classroom and taken to PE and on trips, checked each half term for expiry by the school office', 'Every day', 'School office; class TA'),
                   ('See Section G for school nurse training', 'See Section G', 'See Section G')]),
    ],
    EF_outro=["Interpreting: Zara's parents will be offered a Somali interpreter for every review and parents' meeting, booked by the special educational needs co-ordinator (SENCo)."],
    G=[
        ('Asthma training for school staff and review of the Individual Healthcare Plan (IHCP)', 'Once a year, 1 hour (next: September 2026)', 'School Nurse, ' + TRUST, 'February 2026'),
        ('Asthma review', 'Once a year, 20 minutes', 'GP practice nurse, Brookfield Medical Centre', 'February 2026'),
    ],
    G_outro=['The health provision above has been agreed by the Designated Clinical Officer (DCO), ' + DCO + ', on 11 February 2026.'],
    H1=['None. Short breaks were considered at screening (2025-12-09) and are not needed.'],
    H2=['None. Early help was discussed; the family did not want a referral.'],
    I=['Brookfield Primary School, Kellingford – mainstream primary school.'],
    J=['No Personal Budget requested.'],
    K=[
        ("Zara's views (talking mats and conversation)", 'Zara, with Miss Price, class teacher, and the SaLT', '2026-01-08'),
        ("Parents' views (with Somali interpreter)", "Zara's mother and father", '2025-12-04'),
        ('Educational advice', 'Mr Ali, SENCo, Brookfield Primary School', '2025-12-12'),
        ('Psychological advice', 'Dr Helen Marsh, Educational Psychologist (EP)', '2026-01-06'),
        ('Medical advice', 'Dr Lewis, Community Paediatrician, ' + TRUST, '2025-12-15'),
        ('Speech and language therapy advice', 'Speech and Language Therapist, ' + TRUST, '2025-12-10'),
        ('School nursing advice (asthma)', 'School Nurse, ' + TRUST, '2025-12-11'),
        ('GP summary (asthma review)', 'GP practice nurse, Brookfield Medical Centre', '2025-11-27'),
        ('Social care advice', 'Children with Disabilities (CWD) Team', '2025-12-09'),
    ],
)

# ------------------------------------------------------------------ g108 (fail: deficit-only, old EP advice, stale review, provision in E)
g108 = dict(
    file='g108.docx', layout='ef-table', name='Kai',
    front=[('EHCP issued on', '2025-10-14 (amended after the annual review meeting of 23/9/25)'), ('DOB', 'February 2010'),
           ('Key stage', 'Key Stage 4 (KS4), Year 11'), ('Setting', 'Westbourne Secondary School (mainstream) with a part-time place at the Kellingford Learning Centre (alternative provision)')],
    A=[
        ("Kai's views (from his annual review meeting, 23 September 2025)", [
            '- "I don\'t like school. Teachers always pick on me."',
            '- "I can\'t do English. I just can\'t."',
            '- "I get angry when people chat about me."',
            '- "I want to be an electrician like my uncle."']),
        ("Mum's views", [
            'Mum says Kai has been struggling since Year 8. He refuses to get up for school on some days, stays up late on his phone and gets into arguments. She is worried about exclusion and about the older boys he spends time with. She wants Kai to finish school and go to college to do electrical installation.']),
        ('Aspirations', [
            '- Kai: to be an electrician.',
            '- Mum: for Kai to go to college, then an apprenticeship.']),
    ],
    B=[
        ('Social, emotional and mental health', [
            '- Kai has been given two fixed-term suspensions this year (5 days in total).'],
            ['- Kai has difficulty managing his anger and often refuses to follow staff instructions.',
             '- He has poor attendance (78% last year) and is often late.',
             '- He has low self-esteem and says he is "thick".',
             '- He has difficulty trusting adults.']),
        ('Cognition and learning', [
            '- Reading age 10 years 6 months (2025). Predicted grade 2 in English and grade 3 in maths.'],
            ['- Kai has specific difficulties with spelling and written expression; he avoids writing.',
             '- Gaps in learning because of missed lessons.']),
    ],
    C=['Kai has no diagnosed health condition. His GP confirmed (letter, 2025-07-02), after seeing Kai and checking his records, that he has no health needs affecting his learning. He is up to date with his checks and has not asked for any health support.'],
    D=['Kai and his family were supported by the Early Help service in 2024. The case was closed in March 2025 when the family\'s goals had been met. A duty social worker reviewed the request (advice dated 2025-07-10) and confirmed there are no current social care needs relating to his special educational needs.'],
    EF_intro=['Outcomes run to the end of Year 11 (July 2026) and into his first year of college (July 2027).'],
    EF=[
        dict(outcome='**Longer-term outcome (end of phase):** By July 2026, Kai will achieve grade 4 in maths and grade 3 in English.\n**Short-term target (termly):** By December 2025, Kai will complete 8 out of 10 maths homework tasks and write a 300-word piece in English.\n**How progress will be measured:** mock exam results; homework tracker checked weekly by his mentor.',
             prov=[('Maths and English catch-up in a small group', '2 x 50 minutes a week each subject, small-group (max 5)', 'Qualified maths and English teachers'),
                   ('Laptop for extended writing, set up and maintained by the school IT technician', 'Every English and humanities lesson', 'School IT technician; SENCo (special educational needs co-ordinator)'),
                   ('25% extra time and a laptop in all exams and mocks', 'All exams', 'Arranged by the Exams Officer')]),
        dict(outcome='**Longer-term outcome:** Kai has a 1:1 mentor for all lessons.\n**Short-term target:** Kai will be supported by his mentor in every lesson.\n**How progress will be measured:** mentor timetable.',
             prov=[('Learning mentor in lessons and at break', 'All lessons, 1:1 (25 hours a week)', 'Learning mentor')]),
        dict(outcome='**Longer-term outcome:** By July 2026, Kai will use his exit card and the agreed cool-down room instead of arguing with staff, reducing behaviour incidents from 6 a week to 1 a week.\n**Short-term target:** By December 2025, no more than 3 incidents a week.\n**How progress will be measured:** behaviour log (weekly totals), reviewed by the Head of Year.',
             prov=[('Anger management and emotional literacy sessions', 'Weekly, 45 minutes, 1:1', 'School counsellor'),
                   ('Exit card with a named cool-down room', 'Every lesson', 'Pastoral manager')]),
        dict(outcome='**Longer-term outcome (employment):** By July 2026, Kai will gain a place on a Level 1 Electrical Installation course and complete a one-week work experience placement with an electrical firm, receiving a good employer report.\n**Short-term target:** By February 2026, Kai will complete a college application with his careers adviser.\n**How progress will be measured:** college offer letter; employer report.',
             prov=[('Careers guidance interviews and college application support', '3 sessions of 45 minutes across the year, 1:1', 'Level 6 qualified Careers Adviser'),
                   ('Vocational day at Kellingford Learning Centre (electrical and construction taster)', '1 day a week, group of 8', 'Learning Centre vocational tutor')]),
        dict(outcome='**Longer-term outcome (independence and health):** By July 2026, Kai will get himself up and to school on time on 4 days out of 5 (attendance 90% or more) and will travel to college on his own by bus; he will also go to a weekly community activity of his choice (the youth club electronics workshop).\n**Short-term target:** By December 2025, attendance of 85%.\n**How progress will be measured:** attendance register; Education Welfare Officer report.',
             prov=[('Morning phone call and breakfast check-in', 'Daily, 10 minutes, 1:1', 'Learning mentor'),
                   ('Introduction to the youth club electronics workshop: youth worker goes with Kai to his first sessions', '3 accompanied sessions of 2 hours, then a check-in once per half term', 'Youth worker, Kellingford Youth Service')]),
    ],
    G=[],
    G_intro=['None. Kai has no health needs relating to his special educational needs (see Section C).'],
    H1=['None. Social care advice (2025-07-10) found no needs; short breaks not applicable.'],
    H2=['None. The family may contact the Early Help service again at any time.'],
    I=['Westbourne Secondary School, mainstream secondary school (4 days a week), with Kellingford Learning Centre, alternative provision (1 day a week).'],
    J=['No Personal Budget requested.'],
    K=[
        ("Kai's views", 'Kai, at annual review', '2025-09-23'),
        ("Parent's views", "Kai's mother", '2025-09-23'),
        ('Educational advice', 'Mr Doherty, SENCo, Westbourne Secondary School', '2025-07-08'),
        ('Psychological advice', 'Dr Sam Whitfield, Educational Psychologist (EP)', '2023-03-21'),
        ('Medical advice', 'Dr Grant, GP, Westbourne Surgery', '2025-07-02'),
        ('Social care advice', "Duty social worker, Kellingford Children's Social Care", '2025-07-10'),
        ('Preparing for adulthood advice', 'Careers Adviser, Kellingford Youth Service', '2025-09-01'),
    ],
)

# ------------------------------------------------------------------ g111 (sound, hemiplegia, Year 6, transition)
g111 = dict(
    file='g111.docx', layout='ef-table', name='Dev',
    front=[('EHCP issued on', '23/3/26'), ('DOB', 'August 2014'), ('Key stage', 'Key Stage 2 (KS2), Year 6 – moving to Year 7 in September 2026'),
           ('Setting', 'Oakfield Primary School (mainstream); from September 2026 Kellingford Park School (mainstream secondary)')],
    A=[
        ('About me – Dev', [
            'Dev wrote this with his teaching assistant (TA) in February 2026:',
            '- I am 11 and I am a big fan of Formula 1 and space. I want to be an engineer who designs race cars or rockets.',
            '- I have cerebral palsy on my left side. My left hand doesn\'t do what I tell it, so I do most things with my right.',
            '- I am good at maths and science and I love coding on Scratch.',
            '- Writing a lot makes my hand ache. I like typing better.',
            '- I am a bit nervous about big school because the corridors are crowded and I might get knocked.']),
        ("Dev's parents", [
            'Dev\'s mum and dad say he is determined, funny and never gives up. They are proud of how he learned to ride an adapted bike. They want Dev to go to secondary school with his friends, to keep up with his class, and to be independent at school, for example carrying his own lunch tray and changing for PE. Long term they hope he will go to university and drive an adapted car.']),
        ('Aspirations', [
            '- Dev: to be an engineer and to join the school coding club at secondary school.',
            '- Parents: independence at secondary school; university in the future.']),
    ],
    B=[
        ('Cognition and learning', [
            '- Working at the expected standard in maths and reading (Year 6 teacher assessment, January 2026); greater depth in maths.'],
            ['- Written work is slow (about 10 words a minute by hand) and he cannot finish timed tasks.']),
        ('Sensory and/or physical', [
            '- Dev walks independently and climbs stairs using the handrail.'],
            ['- Left hemiplegia (cerebral palsy affecting the left side of his body): weak grip and poor control in his left hand; he needs help with two-handed tasks such as cutting, opening containers and doing up buttons.',
             '- Balance is reduced in crowded places and on uneven ground; he tires by the afternoon.']),
        ('Social, emotional and mental health', [
            '- Confident with friends; a good sense of humour.'],
            ['- Worries about moving to secondary school and about being different from others.']),
    ],
    C=['Dev has **left hemiplegia**. He wears an ankle-foot orthosis (AFO – a plastic splint inside his shoe) on his left leg during the day. He has a home stretching programme set by his physiotherapist. He has no other health needs.'],
    D=['Dev lives with his parents and sister. The Children with Disabilities (CWD) Team completed a screening on 2026-01-22 and found no social care needs relating to his special educational needs. The family were told about the Local Offer adapted cycling club (a short break).'],
    EF_intro=['Longer-term outcomes are for the end of Key Stage 3 (July 2029), with termly targets.'],
    EF=[
        dict(outcome='**Longer-term outcome (end of KS3):** By July 2029, Dev will type at 25 words a minute and produce all extended written work and tests on a laptop, finishing them in the time given (with his extra time).\n**Short-term target (termly):** By the end of the Summer term 2026, Dev will type at 15 words a minute.\n**How progress will be measured:** typing test each half term by the TA; teacher checks of completed work.',
             prov=[('Laptop with word-prediction software for all written work, set up and maintained by the school IT technician', 'Every lesson', 'School IT technician'),
                   ('Touch-typing programme', '4 sessions of 15 minutes across the week, 1:1', 'TA (teaching assistant)'),
                   ('25% extra time and use of a laptop in all tests, Key Stage 2 national tests (SATs) and exams, with a rest break', 'All tests and exams', 'Arranged by the SENCo (special educational needs co-ordinator) and, at secondary, the Exams Officer')]),
        dict(outcome='**Longer-term outcome:** By July 2027, Dev will carry his lunch tray, open his lunch and change for PE on his own within 10 minutes.\n**Short-term target:** By July 2026, Dev will do up his shirt buttons using a button hook and open 3 out of 4 lunch containers on his own.\n**How progress will be measured:** TA checklist; Paediatric occupational therapist (OT) review.',
             prov=[('Fine motor and self-care programme set by the Paediatric OT (occupational therapist)', '3 sessions of 20 minutes a week, 1:1', 'TA trained by the Paediatric OT'),
                   ('Paediatric OT visit to review the programme and equipment', 'Once per half term, 45 minutes', 'Paediatric OT, ' + TRUST),
                   ('Equipment: writing slope, non-slip mat, button hook and a tray with raised edges; provided by the Paediatric OT and checked each term by the TA', 'Every day', 'Paediatric OT; TA')]),
        dict(outcome='**Longer-term outcome:** By October 2026, Dev will find his way around his new school and move between lessons safely and on time, leaving 3 minutes early using his corridor pass.\n**Short-term target:** By July 2026, Dev will make 3 transition visits and say he feels "ready" (4 or 5 on his 1–5 scale).\n**How progress will be measured:** transition record; Dev\'s rating scale; late marks in the first half term.',
             prov=[('May 2026 onwards: the Specialist Teacher for Physical Disability will plan Dev\'s move with both schools, including a risk assessment of corridors and stairs', '3 visits of 1 hour (May, June, September 2026)', 'Specialist Teacher for Physical Disability, Kellingford Inclusion Service'),
                   ('Transition visits to Kellingford Park School with a photo book of the building', '3 visits of half a day in the Summer term', 'Oakfield TA and Kellingford Park SENCo'),
                   ('Corridor pass to leave lessons 3 minutes early', 'Every lesson change', 'Issued by the Kellingford Park SENCo')]),
        dict(outcome='**Longer-term outcome:** By July 2027, Dev will join at least one club (coding or science and technology) and will say he has two friends at his new school.\n**Short-term target:** By December 2026, Dev will attend coding club weekly.\n**How progress will be measured:** club register; Dev\'s views at his review.',
             prov=[('Check-in with a named member of staff during the first term at secondary school', 'Weekly, 20 minutes, 1:1, for the Autumn term 2026', 'Year 7 pastoral lead'),
                   ('Coding club place with a buddy for the first month', 'Weekly, 1 hour', 'Computing teacher')]),
        dict(outcome='**Longer-term outcome (health):** By July 2027, Dev will put on his AFO and do his stretches on his own each day, and walk around the school site without falling.\n**Short-term target:** By July 2026, Dev will do 3 of his 5 stretches without a reminder.\n**How progress will be measured:** home and school stretching chart; physiotherapy review.',
             prov=[('Daily stretches at school (part of the physiotherapy programme)', 'Daily, 10 minutes, 1:1', 'TA trained by the physiotherapist'),
                   ('See Section G', 'See Section G', 'See Section G')]),
    ],
    G=[
        ('Physiotherapy review, update of the stretching programme and training for the TA', 'Every 3 months, 1 hour (alternating school and clinic)', 'Children\'s Physiotherapist, ' + TRUST, 'April 2026'),
        ('AFO fitting and replacement as Dev grows', 'Review every 6 months', 'Orthotics Service, Kingsmere NHS Trust', 'April 2026'),
        ('Review of cerebral palsy and general health', 'Once a year', 'Dr Mensah, Community Paediatrician, ' + TRUST, 'September 2026'),
    ],
    G_outro=['Sign-off: ' + DCO + ', Designated Clinical Officer (DCO) for Kellingford, confirmed the health provision on 2026-03-17.'],
    H1=['None. Short breaks were considered at the CWD screening (2026-01-22); the family prefer to use the universal adapted cycling club.'],
    H2=['None.'],
    I=['Until 31 August 2026: Oakfield Primary School (mainstream primary). From 1 September 2026: Kellingford Park School (mainstream secondary).'],
    J=['No Personal Budget requested.'],
    K=[
        ("Dev's views", 'Dev, with his TA', '2026-02-05'),
        ("Parents' views", "Dev's mother and father", '2026-01-19'),
        ('Educational advice', 'Ms Lowe, SENCo, Oakfield Primary School', '2026-01-28'),
        ('Psychological advice', 'Dr Sam Whitfield, Educational Psychologist (EP)', '2026-02-02'),
        ('Medical advice', 'Dr Mensah, Community Paediatrician, ' + TRUST, '2026-01-26'),
        ('Physiotherapy advice', "Children's Physiotherapist, " + TRUST, '2026-01-21'),
        ('Occupational therapy advice', 'Paediatric OT, ' + TRUST, '2026-01-23'),
        ('Orthotics report', 'Orthotics Service, Kingsmere NHS Trust', '2025-11-18'),
        ('Physical disability specialist advice', 'Specialist Teacher for Physical Disability, Kellingford Inclusion Service', '2026-02-09'),
        ('Social care advice', 'Children with Disabilities (CWD) Team', '2026-01-22'),
    ],
)

PLANS = [g102, g105, g108, g111]
