# Plans in the national-template layout: d203, d206 (sound), d209, d212 (sound)
PLANS = []
W = 'Withheld (anonymised copy)'


def personal(name, dob, sex, eth, lang, plang, p1, rel1, p2='', rel2='', **kw):
    d = dict(name=name, preferred_name=name, date_of_birth=dob, sex=sex, ethnicity=eth,
             child_or_young_person_first_language=lang, parent_or_carer_first_language=plang,
             parent_1_name=p1, parent_1_relationship=rel1, parent_1_email=W, parent_1_telephone_number=W,
             parent_1_home_address=W, parent_2_name=p2 or 'Not applicable', parent_2_relationship=rel2 or '',
             parent_2_email=W if p2 else '', parent_2_telephone_number=W if p2 else '',
             parent_2_home_address_if_different_to_parent_or_carer_1='Same address' if p2 else '',
             nhs_number_if_available=W, currently_a_looked_after_child='No', has_been_a_looked_after_child='No',
             is_there_a_one_page_profile_received_append='Yes – appended',
             child_or_young_person_moving_to_area_with_ehcp_from_a_different_local_authority='No')
    d.update(kw)
    return d

# ---------------------------------------------------------------- d203
PLANS.append(dict(
file='d203.docx', layout='national-template',
council='North Fellshire County Council',
front=[
 ('Date this plan was issued', '27 April 2026'),
 ('National Curriculum year', 'Year 1'),
 ('Education phase', 'Primary (Key Stage 1)'),
 ('EHC Plan Coordinator', 'Dawn Heslop, Special Educational Needs and Disabilities (SEND) Assessment Team (South)'),
],
personal=personal('Poppy', 'Age 6 (full date withheld)', 'Female', 'White British', 'English', 'English',
 'Poppy\'s mum', 'Mother', 'Poppy\'s dad', 'Father',
 education_setting='Brackenfield Church of England Primary School (mainstream), Year 1',
 gp_and_key_health_professional_where_applicable='GP: Fellgate Medical Practice. Community Paediatrician: Dr Haworth. Paediatric Audiology, Fellgate Hospital.',
 known_to_social_care='No',
 other_professionals_involved_with_this_childyoung_personfamily='Speech and language therapist (SaLT); Hearing Support Service (Qualified Teacher of the Deaf); Educational Psychologist.'),
history='Poppy was born with Down syndrome. She had heart surgery as a baby and is now discharged from cardiology. She attended Brackenfield Nursery with support and started in Reception at Brackenfield Primary in September 2024. She has a fluctuating hearing loss because of glue ear.\n\nPoppy communicates with single words, short phrases of two words and Makaton signs (a sign and symbol language programme). She understands more than she can say, especially when adults use signs and pictures.',
A2=dict(
 views='Poppy\'s views were gathered by her teaching assistant (TA), Mrs Barker, using photographs of her day and Makaton. Poppy pointed to and signed "happy" for: the sand tray, singing, her friend Ruby, the iPad and PE. She signed "sad" for: loud assembly and the toilet hand-dryers. When shown a picture of a book she said "read, Poppy read!"\n\nPoppy\'s mum and dad say she is sociable, cheeky and loving, and that she loves music and dancing. They are happy with her school and want her to stay at Brackenfield with her friends. They would like her to talk more clearly so that other children understand her, and to learn to read.',
 interests='Music and dancing, the sand tray, books with flaps, the iPad, swimming with her dad, her dog Ziggy.',
 strengths='Poppy is friendly and wants to be with other children. She copies actions and routines well, is learning new Makaton signs quickly, and has a good visual memory. She can recognise her name and 10 letter sounds.',
 aspirations='Poppy wants to "read books" and "dance". Her parents hope she will go on to the local junior school with her friends and, in the future, have a job she enjoys and live as independently as she can.'),
areas=dict(
 ci=('Poppy uses over 60 Makaton signs and is starting to put two words together. She enjoys turn-taking games with adults.', [
  ('Poppy\'s speech is unclear and she uses mainly single words and signs. She finds it hard to be understood by other children.',
   '* A daily 15-minute language session, 1:1 with a TA trained in Makaton and the BLAST programme, following targets set by the SaLT (see G).\n* All staff in Year 1 to complete Makaton Level 1 training (two 2-hour sessions), delivered by the school\'s Makaton tutor in the autumn term 2026.\n* Key vocabulary for each topic shown with Makaton signs and symbols, prepared weekly by the class teacher.',
   'By April 2027, Poppy will use phrases of 3 words (spoken or signed) to ask for things and comment, in 4 out of 5 recorded observations by her TA.'),
  ('Poppy finds it hard to join group conversations and play with other children without an adult.',
   '* A small-group social play session (Poppy and 3 peers), 20 minutes, 3 times a week, led by her TA.',
   'By July 2027, Poppy will be more confident and happier when playing with other children.'),
 ]),
 cl=('Poppy has a good visual memory and enjoys books. She can count to 5 with objects.', [
  ('Poppy is working at the level of the Early Years Foundation Stage (EYFS) in reading, writing and maths. She recognises 10 letter sounds and can count 5 objects.',
   '* See and Learn reading programme (designed for children with Down syndrome), 1:1, 10 minutes daily, with her TA.\n* Numicon maths in a group of 3, 20 minutes, 4 times a week, led by the TA with planning from the class teacher.\n* An Educational Psychologist (EP) will visit once a term (3 times a year, 1 hour) to advise staff and review progress.',
   'By April 2027, Poppy will read 20 sight words from the See and Learn programme and match them to pictures, recorded on her See and Learn tracker.'),
  ('Poppy needs more time to process instructions and tires in the afternoon.',
   '* Instructions given one at a time with a sign and a picture; a visual timetable used all day, set up each morning by the TA.\n* A 10-minute movement or quiet break after lunch, supervised by the TA.',
   'By April 2027, Poppy will count up to 10 objects accurately in 4 out of 5 maths sessions, recorded by her TA.'),
 ]),
 semh=None,
 sp=('Poppy can walk, run and climb. She enjoys PE and swimming.', [
  ('Poppy has low muscle tone which affects her hand strength, pencil control and dressing.',
   '* Daily fine motor programme, 10 minutes, 1:1 with her TA, from the occupational therapy (OT) programme written in February 2026.\n* Chunky pencils, a sloped writing board and easy-grip scissors, provided and replaced by the class teacher.',
   'By April 2027, Poppy will write the letters of her first name in the correct order, checked by her class teacher each half-term.'),
  ('Poppy has a mild fluctuating hearing loss (glue ear).',
   '* A Qualified Teacher of the Deaf (QToD) from the Hearing Support Service will visit twice a term (6 times a year, 45 minutes) to check her listening conditions and advise staff.\n* Poppy sits near the teacher, away from noise, in every lesson.',
   'By April 2027, Poppy will respond to her name and to simple spoken instructions in class at the first time of asking on 4 out of 5 occasions, observed by her QToD.'),
 ]),
),
no_area_text={'semh': 'Poppy is a happy, sociable child. She has no separate social, emotional and mental health needs; her play with other children is covered under communication and interaction above.'},
health=('Poppy is generally well and loves swimming. She attends all her health appointments.', [
 ('Down syndrome: fluctuating hearing loss caused by glue ear.', 'Paediatric Audiology, Fellgate Hospital: hearing test and ear check every 6 months (about 45 minutes).', 'See sensory and physical: responding to her name and instructions.'),
 ('Speech that is hard to understand because of low muscle tone in her mouth and tongue, and delayed language.', 'NHS speech and language therapist (SaLT): a block of 6 weekly 30-minute therapy sessions in school each term, 1:1, with a written programme for the TA to carry on daily.', 'See communication and interaction: using 3-word phrases.'),
 ('Poppy has an underactive thyroid (hypothyroidism) and takes levothyroxine each morning. She has regular blood tests.', '', ''),
]),
social=('Poppy\'s family are very supportive and attend all meetings.', [
 ('Poppy has no social care needs. The Children with Disabilities Team gave advice in February 2026; the family was told about short breaks and the local Down syndrome support group and do not want services at present.', 'None required. Short breaks were considered (see D).', 'None. Early help not needed.', 'Not applicable.'),
]),
I=('Brackenfield Church of England Primary School', 'Mainstream primary school'),
J=('No personal budget has been requested.', 'Not applicable.'),
K={
 1: ('Parental advice', '20/01/2026', 'Poppy\'s mum and dad', 'YES'),
 2: ('Poppy\'s views', '22/01/2026', 'Mrs Barker, TA, Brackenfield CE Primary', 'YES'),
 3: ('Educational advice', '26/01/2026', 'Mr Lowther, special educational needs co-ordinator (SENCo), Brackenfield CE Primary', 'YES'),
 4: ('Medical advice', 'Requested 14/01/2026 – not received at the time this plan was issued', 'Community Paediatrics, North Fellshire', 'NO'),
 5: ('Educational psychologist', '10/02/2026', 'Dr Ruth Sandle, Educational Psychologist', 'YES'),
 6: ('Social care', '12/02/2026', 'Children with Disabilities Team (Ms Oates, social worker)', 'YES'),
 7: ('Advice and information from any other person the local authority thinks appropriate: Qualified Teacher of the Deaf; speech and language therapy; occupational therapy', '02/02/2026; 05/02/2026; 16/02/2026', 'Mrs Clarke, Hearing Support Service; Ms Dale, NHS SaLT; Mr Bell, NHS OT', 'YES'),
},
signoff=('Dawn Heslop, EHC Plan Coordinator', 'D. Heslop', '27/04/2026'),
dco='Health provision (Section G) agreed on behalf of North Fellshire Integrated Care Board by Mrs Sue Metcalfe, Designated Clinical Officer (DCO), 20 April 2026.',
))

# ---------------------------------------------------------------- d206
PLANS.append(dict(
file='d206.docx', layout='national-template',
council='City of Aldwick Council',
front=[
 ('Date of last annual review', '8th October 2026'),
 ('Date this amended plan was issued', '2nd November 2026'),
 ('National Curriculum year', 'Year 9'),
 ('Education phase', 'Secondary – Key Stage 3'),
],
personal=personal('Maya', 'Year 9, age 14 (date withheld)', 'Female', 'Mixed – White and Black Caribbean', 'English', 'English',
 'Maya\'s mum', 'Mother',
 education_setting='Aldwick Park School (mainstream 11–18 academy)',
 gp_and_key_health_professional_where_applicable='Consultant Ophthalmologist, Aldwick Eye Unit; Low Vision Clinic',
 known_to_social_care='Sensory Team (adult and children\'s social care) – assessment completed; no services',
 other_professionals_involved_with_this_childyoung_personfamily='Qualified Teacher of Children and Young People with Vision Impairment (QTVI); habilitation specialist; careers adviser'),
history='Maya has oculocutaneous albinism with nystagmus (involuntary eye movement) and reduced vision in both eyes. She is registered as sight impaired. She has attended mainstream schools in Aldwick throughout with support from the council\'s Vision Support Service, and moved to Aldwick Park School in Year 7.\n\nMaya is a confident talker who communicates very well. She tells adults clearly what she needs to see her work.',
A2=dict(
 views='Maya\'s views (written by Maya, September 2026): "I want people to know I can do most things, I just need things bigger or closer. I hate it when teachers forget to enlarge the worksheet and I have to ask in front of everyone. I love music, I sing in the school choir, and I want to learn to get around town on my own like my friends do. Next year I want to do Music, Computer Science and Spanish for GCSE."\n\nMum\'s views: "Maya is funny, independent and stubborn in a good way. I want her to have the same chances as her friends: to travel, work and live on her own one day. I worry about her getting around safely when I\'m not there."',
 interests='Singing and playing keyboard, choir, coding simple games, Spanish, shopping with her friends, YouTube music channels.',
 strengths='Maya is articulate, determined and a strong self-advocate. She is working at or above expected levels in English, music and computing. She touch-types at 40 words a minute and uses her laptop skilfully. She has a wide group of friends.',
 aspirations='Maya wants to study music technology at college or university and work in the music industry, perhaps as a sound engineer. She wants to travel independently and one day live in her own flat in the city. Mum hopes Maya will be independent and happy.'),
areas=dict(
 ci=None,
 cl=('Maya\'s attainment is in line with or above age expectations when materials are accessible.', [
  ('Maya cannot read standard print (size 12) or see the whiteboard from her seat. She reads comfortably at size 24 bold and needs more time to read and scan text.',
   '* A laptop with screen magnification software (ZoomText) and a camera to view the board, provided by the Vision Support Service and set up and updated each term by the school IT technician.\n* All worksheets, tests and textbooks provided in size 24 bold or electronically, prepared by the Vision Support Service resource technician, at least 2 days before each lesson.\n* Access arrangements: 25% extra time, modified enlarged papers (size 24 bold) and use of her laptop in all internal exams and GCSEs, applied for by the Exams Officer and the SENCo (special educational needs co-ordinator).',
   'By July 2027, Maya will complete all Year 9 end-of-year assessments using her laptop and enlarged papers, and reach her target grades in at least 6 of her 8 subjects, as shown on the school\'s tracking report.'),
  ('Maya needs teaching in specialist skills for vision impairment (the "expanded curriculum"): keyboard shortcuts, magnification, and organising digital files.',
   '* A Qualified Teacher of Children and Young People with Vision Impairment (QTVI) from the Vision Support Service will teach Maya on her own for 1 hour every fortnight and advise her teachers (30 minutes) on the same visit.\n* The QTVI will give a 1-hour training session on vision impairment to all teachers new to Maya at the start of each school year.',
   'By March 2027, Maya will use the keyboard shortcuts and magnification settings for all her school software without help, checked against the QTVI\'s skills checklist (at least 18 of 20 skills secure).'),
 ]),
 semh=('Maya has a strong friendship group and good self-esteem.', [
  ('Maya sometimes feels embarrassed asking for adjustments in front of the class and can become frustrated when they are forgotten.',
   '* A named key worker (her Head of Year) will meet Maya for 20 minutes every other Wednesday to check that adjustments are in place and follow up any problems with staff.',
   'By December 2027, Maya will ask for her adjustments herself, privately and calmly, when they are missing, on at least 9 out of 10 occasions, recorded by her key worker.'),
 ]),
 sp=('Maya has no difficulty walking and is fit and active. She knows her school building well.', [
  ('Maya cannot see road signs, bus numbers or kerbs clearly and has not yet learned to travel independently in unfamiliar places.',
   '* Habilitation training (independent travel and mobility, including use of a symbol cane and a bus app) from the Vision Support Service\'s qualified habilitation specialist: 1 hour a week for the spring term 2027 (12 sessions), then twice a term (6 sessions a year) to keep her skills up.',
   'By October 2027, Maya will travel on her own from home to Aldwick city centre by bus and back on at least 3 occasions, planned with her bus app, as confirmed by her habilitation specialist and mum.'),
  ('Maya needs to plan for life after school: work experience, college options and independent living skills such as managing money and cooking.',
   '* Careers guidance interviews (two a year, 45 minutes each) with the school\'s qualified careers adviser, with the QTVI present at one.\n* A one-week Year 10 work experience placement in a music or recording setting, arranged by the careers adviser with a workplace risk assessment by the QTVI.\n* Life skills in the school\'s independence group (group of 6), 1 hour a week, led by a trained HLTA (higher level teaching assistant), covering money, cooking and using adapted kitchen equipment.',
   'By July 2028, Maya will complete a week of work experience in a music or recording setting and receive a written report from her supervisor saying she met the placement\'s expectations. By July 2027 she will cook a simple meal at home on her own twice a month, confirmed by mum.'),
 ]),
),
no_area_text={'ci': 'Maya has no special educational needs in communication and interaction. She is a confident, articulate speaker.'},
health=('Maya attends her eye clinic appointments and understands her condition well.', [
 ('Oculocutaneous albinism with nystagmus and low vision (registered sight impaired).', '* Consultant Ophthalmologist, Aldwick Eye Unit: annual review (about 1 hour) of Maya\'s vision and eye health, with a report copied to the Vision Support Service.\n* Low Vision Clinic (optometrist): annual assessment and supply of hand-held magnifiers and tinted lenses.', 'See cognition and learning and sensory and physical outcomes.'),
 ('Albinism means Maya\'s skin burns easily in the sun.', '* School nurse: a written sun-safety care plan, reviewed each spring (30 minutes with Maya and mum), so that Maya uses sunscreen and a hat for PE and outdoor trips.', 'By July 2027, Maya will apply sunscreen and wear her hat before every outdoor PE lesson without reminders, on 9 out of 10 lessons, recorded by her PE teacher.'),
]),
social=('Maya has a supportive family and a good group of friends.', [
 ('Maya has no social care needs at present. The Sensory Team assessed her in June 2026 under the Children Act 1989 and recommended habilitation through the Vision Support Service (see Section F) rather than social care services. The family were told about short breaks and the Aldwick VI youth club (VI: vision impairment).', 'None. Short breaks were considered and are not needed.', 'None.', 'See independent travel outcome (sensory and physical).'),
]),
I=('Aldwick Park School', 'Mainstream 11–18 academy'),
J=('No personal budget.', 'Not applicable.'),
K={
 1: ('Maya\'s views', '15th September 2026', 'Maya (written herself)', 'YES'),
 2: ('Parental advice', '20th September 2026', 'Maya\'s mum', 'YES'),
 3: ('Educational advice (annual review report) and QTVI advice', '8th October 2026; 25th September 2026', 'Mr Osei, SENCo, Aldwick Park School; Mrs Grant, QTVI, Vision Support Service', 'YES'),
 4: ('Medical advice', '14th July 2026', 'Mr Banerjee, Consultant Ophthalmologist, Aldwick Eye Unit', 'YES'),
 5: ('Educational psychologist', '3rd March 2026', 'Dr Claire Wong, Educational Psychologist', 'YES'),
 6: ('Social care', '24th June 2026', 'Sensory Team, City of Aldwick (Mrs Patel, social worker)', 'YES'),
 7: ('Habilitation specialist report', '1st October 2026', 'Mr Reeves, Habilitation Specialist, Vision Support Service', 'YES'),
 8: ('Preparing for adulthood advice', '30th September 2026', 'Ms Quinn, Careers Adviser, Aldwick Park School', 'YES'),
},
K_delete=[9],
signoff=('Rachel Holt, EHC Coordinator', 'R. Holt', '02/11/2026'),
dco='Health sign-off: the provision in the health table (Section G) was agreed with Aldwick Integrated Care Board by its Designated Clinical Officer, Mr Daniel Frost, on 26th October 2026.',
))

# ---------------------------------------------------------------- d209
PLANS.append(dict(
file='d209.docx', layout='national-template',
council='London Borough of Hartsbrook',
front=[
 ('Date of last annual review', '24 June 2026'),
 ('Date amended plan issued', '29 July 2026'),
 ('Year of education', 'Post-19 (third year at specialist college)'),
 ('Education phase', 'Post-19 – specialist further education'),
],
personal=personal('Jordan', 'Age 20 (full date withheld)', 'Male', 'Black British – African', 'English', 'English and Yoruba',
 'Jordan\'s mother', 'Mother',
 education_setting='Riverside Specialist College (independent specialist college for young people with learning disabilities)',
 gp_and_key_health_professional_where_applicable='GP: Hartsbrook Health Centre; Epilepsy Specialist Nurse, Hartsbrook Hospital',
 known_to_social_care='Yes – Adult Social Care (Transitions Team)',
 other_professionals_involved_with_this_childyoung_personfamily='Speech and language therapist; Community Learning Disability Team'),
history='Jordan has severe learning difficulties (SLD) and epilepsy. He attended Hartsbrook special schools until he was 19 and is now in his third year at Riverside Specialist College, which he attends as a day student 4 days a week.\n\nWith regard to communication, Jordan presents with limited expressive verbal output, predominantly comprising single-word utterances and phrases repeated from songs and other people, and he utilises the Picture Exchange Communication System (PECS), an augmentative and alternative communication (AAC) system, in conjunction with objects of reference (real objects that stand for activities, such as a towel for swimming); his understanding of language is contingent upon the provision of contextual and visual cues.',
A2=dict(
 views='Jordan\'s views were elicited via a Talking Mats (picture-based) activity facilitated by the college speech and language therapist (SaLT) on 12/05/2026, during which Jordan indicated positive affective responses in relation to swimming, bus journeys, music sessions and horticultural activities, whereas negative responses were indicated in relation to crowded environments and unplanned transitions between activities.\n\nMaternal views: Jordan\'s mother reports that he presents as happy and settled within the college environment. She expressed a wish for increased community participation and the development of functional independence skills in anticipation of post-college transition, and articulated concerns regarding seizure management in community contexts.',
 interests='Swimming, music (particularly gospel and reggae), riding the bus, gardening, watering plants in the college polytunnel.',
 strengths='Jordan is cheerful and sociable with people he knows, has an excellent memory for routes and routines, works carefully in the garden and will stick at a task for 20 minutes.',
 aspirations='Jordan\'s mother would like him to have a supported job, possibly in gardening, after college, and to live in supported accommodation near home when he is older. Jordan chose the pictures for "garden" and "bus" when asked about the future.'),
areas=dict(
 ci=('Jordan uses about 40 PECS symbols and objects of reference well in familiar routines.', [
  ('Jordan has very limited speech and relies on PECS and objects of reference. He cannot yet use his communication book with unfamiliar people in the community.',
   '',
   'By July 2027, Jordan will demonstrate generalisation of his utilisation of a PECS sentence strip ("I want ___") to a minimum of 2 unfamiliar communication partners within community-based settings, across 4 of 5 opportunities, as recorded by the SaLT.'),
 ]),
 cl=('Jordan recognises coins and can match prices to picture cards.', [
  ('Jordan has severe learning difficulties. He is working at early functional levels in literacy and numeracy.',
   '* Functional numeracy sessions with support.\n* Literacy through symbols and sight words in class.',
   'Jordan will receive 1:1 support for money skills.'),
  ('Jordan needs to develop work-related skills for a supported job.',
   '* Work experience in the college garden centre.\n* Job coach support.',
   'By July 2027, Jordan will complete a 2-hour work placement shift at the college garden centre once a week for 10 weeks, completing a 5-step task sequence with no more than two verbal prompts per step, as recorded by the job coach on a task analysis record.'),
 ]),
 semh=('Jordan is calm and settled when his day is predictable.', [
  ('Jordan becomes distressed when routines change unexpectedly or places are crowded.',
   '* A visual timetable and now/next board.\n* Staff to prepare Jordan for changes.',
   'Jordan will be supported by staff when there are changes to his routine.'),
 ]),
 sp=('Jordan is physically active and enjoys swimming.', [
  ('Jordan cannot yet travel safely on his own, even on routes he knows well.',
   '* Travel training with college staff.',
   'By July 2027, Jordan will evidence travel competency on a familiar route (the 214 bus from college to the Hartsbrook leisure centre) under distal supervision, that is with one member of staff shadowing at a distance rather than accompanying him, on a minimum of 6 occasions, as documented within the travel trainer\'s observational record.'),
  ('Jordan needs help with dressing and personal care, and his mother needs regular breaks from caring.',
   '* Overnight respite at Oakfield short breaks unit, 2 nights a month, funded by Adult Social Care.\n* Personal care support at home each morning (45 minutes) from a care agency.',
   'By July 2027, Jordan will attain independence in the component tasks of dressing subsequent to swimming sessions, necessitating verbal prompting only, in 4 of 5 sessions, as recorded by support staff.'),
 ]),
),
health=('Jordan takes his medication without difficulty and enjoys swimming safely with a trained adult.', [
 ('Epilepsy (tonic-clonic seizures, where Jordan loses consciousness, stiffens and jerks; about 2 a month). Jordan has rescue medication (buccal midazolam, a medicine given inside the cheek).', '* Epilepsy Specialist Nurse, Hartsbrook Hospital: review every 6 months (45 minutes) and an updated epilepsy care plan for college and home.\n* The Epilepsy Specialist Nurse will train college staff who work with Jordan in giving buccal midazolam: 2-hour training each September, refreshed annually, with a written record kept by the college nurse.', 'By July 2027, Jordan will show his seizure card to a member of staff or carer when he feels unwell, on 4 out of 5 occasions recorded in his college health log.'),
]),
social=('Jordan has a loving family and enjoys time with his cousins.', [
 ('Jordan needs support with personal care, and his mother needs regular breaks from caring. Adult Social Care completed a Care Act assessment in March 2026 and Jordan is eligible for support.', 'Not applicable (Jordan is over 18).', 'Care and support under the Care Act 2014 is set out in Section F above and in Jordan\'s adult care and support plan.', 'See travel outcome.'),
]),
I=('Riverside Specialist College', 'Independent specialist post-16 institution (section 41 approved list), day placement, 4 days a week'),
J=('Jordan\'s mother receives a direct payment from Adult Social Care for 6 hours a week of personal assistant support in the community.', 'Paid monthly by Adult Social Care to Jordan\'s mother as his appointee.'),
K={
 1: ('Jordan\'s views (Talking Mats)', '12/05/2026', 'Ms Adebayo, Speech and Language Therapist, Riverside College', 'YES'),
 2: ('Parental advice', '20/05/2026', 'Jordan\'s mother', 'YES'),
 3: ('Educational advice (annual review report)', '24/06/2026', 'Mr Carter, Head of Learning Support, Riverside College', 'YES'),
 4: ('Medical advice', '02/06/2026', 'Ms Yeboah, Epilepsy Specialist Nurse, Hartsbrook Hospital', 'YES'),
 5: ('Educational psychologist', '15/01/2026', 'Dr Moore, Educational Psychologist', 'YES'),
 6: ('Social care', '18/03/2026', 'Adult Social Care Transitions Team (Mr Hussain, social worker)', 'YES'),
 8: ('Preparing for adulthood', '10/06/2026', 'Riverside College transition co-ordinator and Hartsbrook supported employment service', 'YES'),
},
K_delete=[9, 7],
signoff=('Yusuf Rahman, EHC Co-ordinator', 'Y. Rahman', '29/07/2026'),
dco='Section G agreed by Ms Joy Ellis, Designated Clinical Officer, NHS North East London Integrated Care Board, 20/07/2026.',
))

# ---------------------------------------------------------------- d212
PLANS.append(dict(
file='d212.docx', layout='national-template',
council='Marches and Wyebridge Council',
front=[
 ('Date of last annual review', '3rd March 2026'),
 ('Date this plan was issued (amended after review)', '31st March 2026'),
 ('Year', 'Year 13 equivalent (second year at college)'),
 ('Education phase', 'Post-16'),
],
personal=personal('Leah', 'Age 18 (date withheld)', 'Female', 'White British', 'English', 'English',
 'Leah (young person)', 'Young person', 'Leah\'s dad', 'Father',
 education_setting='Wyebridge College (general further education college), Foundation Learning and Independence course',
 gp_and_key_health_professional_where_applicable='GP: Wyebridge Surgery. Diabetes Specialist Nurse, Young Adult Diabetes Service, County Hospital.',
 known_to_social_care='Yes – Adult Social Care (Care Act assessment, January 2026)',
 other_professionals_involved_with_this_childyoung_personfamily='Speech and language therapist; careers adviser'),
history='Leah has moderate learning difficulties (MLD) and a speech and language disorder. She was diagnosed with Type 1 diabetes when she was 9. She went to Wyebridge High School with an EHC plan and started at Wyebridge College in September 2024.\n\nLeah talks in short sentences and understands best when people speak slowly, use simple words and check she has understood. She likes to have things written down with pictures.',
A2=dict(
 views='Leah\'s own views (from her review meeting, February 2026): "I like college. My favourite is the café, I like serving people and making the coffee. I want a job in a café. I want to go to town on my own and meet my friends at the bowling. I don\'t like it when people talk too fast. I need help with my diabetes sometimes when I\'m busy and forget."\n\nDad\'s views: "Leah has grown up a lot at college. She\'s kind and works hard. I\'d like her to be able to manage her diabetes herself and get a job, and one day live with some support but not with us."',
 interests='Cooking and baking, the college café, ten-pin bowling, pop music, her friends from college.',
 strengths='Leah is friendly, polite and reliable. She follows routines and recipes with picture instructions and handles money up to £10 correctly. She checks her blood glucose without reminders at home. She has no difficulty walking and is fit and active.',
 aspirations='Leah wants a paid job in a café and to go into town on her own to meet friends. In the longer term she and her dad want her to live in supported living with friends.'),
areas=dict(
 ci=('Leah is a willing communicator and will ask an adult she knows for help.', [
  ('Leah has a language disorder: she understands short, simple sentences but loses the meaning of longer or fast speech, and has difficulty finding words and explaining herself to strangers (for example customers).',
   '* Speech and language therapy: a speech and language therapist (SaLT) from the college\'s contracted therapy service will see Leah 1:1 for 30 minutes a week in term time for the autumn and spring terms, working on customer phrases and asking for clarification.\n* The SaLT will train her café supervisor and tutors (1 hour, once a term) and write a communication passport, updated each term.\n* Tutors will use short sentences, check understanding and give written instructions with pictures in every session.',
   'By March 2027, Leah will take a customer\'s order in the college café, repeat it back and ask a question if she does not understand, in 8 out of 10 orders recorded by her café supervisor.'),
 ]),
 cl=('Leah is good with money up to £10 and follows written recipes with pictures.', [
  ('Leah is working at Entry Level 2 in English and maths. She needs help with money over £10, time and reading timetables.',
   '* Functional maths and English, Entry Level 3 course, in a class of 8 with a tutor and one learning support assistant (LSA), 4 hours a week.\n* A work placement in the college café, 2 mornings a week (3 hours each), with a job coach from the college\'s Supported Internship team, reducing support as Leah\'s skills grow.',
   'By July 2027, Leah will gain her Entry Level 3 Functional Skills qualification in maths and complete her Level 1 Food Hygiene certificate.'),
 ]),
 semh=None,
 sp=('Leah is fit and active and has no physical difficulties.', [
  ('Leah cannot yet plan and make journeys on her own to new places because she finds timetables and changes hard.',
   '* Travel training with the council\'s Independent Travel Trainer: 8 sessions of 1.5 hours, weekly, from September 2026, covering the bus from home to town and college.',
   'By December 2026, Leah will access the town centre independently, travelling by bus from home to the bowling alley and back on her own on 3 occasions, as confirmed by her travel trainer and dad.'),
 ]),
),
no_area_text={'semh': 'Leah has no social, emotional or mental health needs that require special educational provision. She is settled and happy at college.',
              'sp': ''},
health=('Leah understands her diabetes and checks her blood glucose independently at home.', [
 ('Type 1 diabetes. Leah uses a continuous glucose monitor (CGM, a sensor that reads her blood sugar) and insulin injections. When she is busy at college she can forget to check her readings and her lunch-time insulin.', '* Diabetes Specialist Nurse, Young Adult Diabetes Service: clinic review every 3 months (45 minutes) and an individual healthcare plan for college, updated each September.\n* The Diabetes Specialist Nurse will train Leah\'s tutors and café supervisor in recognising and treating hypos (low blood sugar) and in her CGM alarms: 1.5 hours each September, with a refresher in January.', 'By July 2027, Leah will check her CGM reading and give her lunchtime insulin at college without a reminder on 9 out of 10 college days, recorded in her diabetes log and checked by her tutor.'),
]),
social=('Leah has a close family and good friends at college.', [
 ('Leah needs support to go out into the community and to learn skills for living away from home. Adult Social Care completed a Care Act assessment in January 2026 and found Leah eligible for support.', 'Not applicable – Leah is 18.', 'Adult Social Care will fund 4 hours a week of personal assistant support (as a direct payment, see Section J) to help Leah go bowling, shop and cook at home, and a 2-day taster stay at Orchard House supported living in the summer of 2026.', 'By March 2027, Leah will plan and cook a two-course meal for her family once a fortnight, confirmed by her personal assistant\'s log.'),
]),
I=('Wyebridge College', 'General further education college (post-16 institution)'),
J=('Leah receives a direct payment from Adult Social Care for 4 hours a week of personal assistant support (see H2).', 'Paid every 4 weeks into a managed account; Leah\'s dad helps her manage it.'),
K={
 1: ('Leah\'s views', '12th February 2026', 'Leah, recorded by Mrs Davies, Additional Learning Support Co-ordinator', 'YES'),
 2: ('Parental advice', '12th February 2026', 'Leah\'s dad', 'YES'),
 3: ('Educational advice (annual review report)', '3rd March 2026', 'Mrs Davies, Additional Learning Support Co-ordinator, Wyebridge College', 'YES'),
 4: ('Medical advice', '20th January 2026', 'Ms Rowe, Diabetes Specialist Nurse, Young Adult Diabetes Service', 'YES'),
 5: ('Educational psychologist', '11th November 2025', 'Dr Patel, Educational Psychologist', 'YES'),
 6: ('Social care', '28th January 2026', 'Adult Social Care (Mr Tudor, social worker) – Care Act assessment', 'YES'),
 7: ('Speech and language therapy advice', '5th February 2026', 'Ms Hughes, Speech and Language Therapist', 'YES'),
 8: ('Preparing for adulthood advice', '17th February 2026', 'Marches Careers Service (Mr Ellis, careers adviser)', 'YES'),
},
signoff=('Sian Pritchard, EHC Co-ordinator', 'S. Pritchard', '31/03/2026'),
dco='The Designated Clinical Officer for the Marches and Wyebridge area, Dr Rhian Mostyn, confirmed on 24th March 2026 that health agrees to the provision in the C–G–E table.',
))
