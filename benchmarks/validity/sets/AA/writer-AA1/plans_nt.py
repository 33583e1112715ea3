# national-template plans: aa109 (sound), aa110 (fail), aa111 (sound), aa112 (fail)
from common import labels, front

PLANS = []
HELD = 'Held on the case record (not shown in audit copy)'


def nt_front(*values):
    return [('Local authority', 'Wharfside Council: Education, Health and Care (EHC) plan')] + front(*values)


def personal(name, dob, sex, eth, lang, plang, p1, rel1, p2='Not applicable', rel2=''):
    return {(1, 1): name, (1, 3): name, (2, 1): dob, (3, 1): sex, (3, 3): eth, (4, 1): lang, (4, 3): plang,
            (6, 1): p1, (6, 3): rel1, (7, 1): HELD, (7, 3): HELD, (8, 1): HELD, (9, 1): p2, (9, 3): rel2 or '-',
            (10, 1): HELD if rel2 else '-', (10, 3): HELD if rel2 else '-',
            (11, 1): 'Same address' if rel2 else '-'}


# ------------------------------------------------------------------ aa109 SOUND
PLANS.append(dict(
    id='aa109', layout='national-template', name='Sofiia', age=9, year_group='Year 4',
    needs=['hearing impairment', 'EAL'], voice='first person (child) and parents',
    front=nt_front('Sofiia', 'Year 4', '9', 'Ukrainian; English', 'Ukrainian interpreter for parents',
                   '25/02/2026', '28 January 2026', 'Mr Daniel Achterberg, EHC Plan Co-ordinator'),
    personal=personal('Sofiia', 'Month and year only: April 2016', 'Female', 'White - other (Ukrainian)',
                      'Ukrainian', 'Ukrainian', 'Olena', 'Mother', 'Andriy', 'Father'),
    services={(1, 1): 'Canal Street Primary School, Wharfside',
              (2, 1): 'Roman Road Surgery; Paediatric Audiology, Wharfside Hospital',
              (3, 1): HELD, (4, 1): 'No', (5, 1): 'Sensory Support Service (qualified teacher of the deaf); '
              'Wharfside Educational Psychology Service', (6, 1): 'No', (7, 1): 'No', (8, 1): 'Yes - appended',
              (9, 1): 'No'},
    history="Sofiia was born in Zaporizhzhia, Ukraine. Her permanent hearing loss was found when she was 2, and she "
            "has worn hearing aids in both ears since then. The family came to London under the Homes for Ukraine "
            "scheme in 2022. Sofiia joined Canal Street Primary School in Year 1 and has had an EHC plan since "
            "February 2025. This plan was amended after her annual review on 28 January 2026.\n\n"
            "Communication: Sofiia speaks Ukrainian at home and English at school. She uses speech and lip-reading "
            "and does not use sign language. She hears best one to one, close to the speaker, in a quiet room.",
    views="Sofiia's views (told to her qualified teacher of the deaf on 14 January 2026, in English with some "
          "Ukrainian words): 'I like school when it is quiet. I like reading with Miss Carter and playing "
          "netball. I don't like the hall because it is echoey and I can't hear the words. My radio aid helps me "
          "hear my teacher. Sometimes my hearing aids whistle and I feel embarrassed. I want to be a vet.'\n\n"
          "Parents' views (Olena and Andriy, with an interpreter, 28 January 2026): 'Sofiia is brave and clever. "
          "She has learned English so quickly. We want her to have access to the same lessons as her friends and "
          "to keep her Ukrainian. We worry that she is tired after school and that she does not always say when "
          "she has not heard.'",
    interests="Reading animal books, netball, drawing horses, video calls with her grandmother in Ukraine, "
              "swimming on Saturdays.",
    strengths="Sofiia is determined, friendly and hard-working. She is a keen reader and is now reading at the "
              "level expected for her age in English. She lip-reads well and is learning to manage her own "
              "equipment.",
    aspirations="Sofiia wants to be a vet and to join a swimming club. Her parents hope she will do well at school, "
                "stay bilingual, and go to secondary school with her friends.",
    areas={
        'ci': ("Sofiia is a confident speaker in both languages and starts conversations with adults and friends.",
               [("Sofiia misses parts of conversations in groups and in noisy places. She can follow up to 3-step "
                 "instructions in a quiet room but only 1-step instructions in the hall or playground. She does not "
                 "always say when she has not heard.",
                 "A qualified teacher of the deaf (QToD) from the Sensory Support Service will visit school once "
                 "every three weeks for 1 hour, to teach Sofiia to check and repair misunderstandings (1:1, 30 "
                 "minutes) and to advise her class teacher (30 minutes).\n\nDeaf awareness training for all Year 4 "
                 "staff, 60 minutes, delivered by the QToD in the spring term 2026 and again each September.",
                 "By February 2027, Sofiia will tell an adult when she has not heard, or ask for something to be "
                 "repeated, in at least 4 out of 5 observed group lessons, recorded by the QToD on each visit.")]),
        'cl': ("Sofiia reads at the level expected for her age and enjoys books about animals.",
               [("Sofiia's vocabulary for science and topic work is behind that of her classmates, because she "
                 "mishears new words and is learning English as an additional language. Her writing lacks "
                 "subject words.",
                 "Pre-teaching of new topic vocabulary: 20 minutes twice a week, in a group of no more than 4, led "
                 "by a teaching assistant trained by the QToD, using pictures and written words.\n\nAll videos in "
                 "lessons shown with subtitles, set up by the class teacher.",
                 "By February 2027, Sofiia will use at least 8 of the 10 key words from each science and topic unit "
                 "correctly in her end-of-unit writing, checked by her class teacher. (Links to: becoming a vet.)")]),
        'sp': ("Sofiia can now change her own hearing aid batteries.",
               [("Sofiia has a moderate to severe permanent hearing loss in both ears. Without her radio aid she "
                 "cannot hear her teacher clearly over background noise.",
                 "A radio aid (transmitter worn by the teacher, receivers on both hearing aids), provided and "
                 "maintained by the Sensory Support Service's educational audiologist, and checked every morning "
                 "by the class teaching assistant using a listening check.\n\nAcoustic treatment: soft panels "
                 "and carpet in Sofiia's classroom, fitted by the council's building services in April 2026.",
                 "By February 2027, Sofiia will set up and check her own radio aid receivers each morning and tell "
                 "an adult within 5 minutes if they are not working, on 9 out of 10 checks, recorded by the class "
                 "teaching assistant."),
                ("Listening all day is tiring; Sofiia is often exhausted by the afternoon.",
                 "A 10-minute listening break in the quiet room after lunch every day, with a book or drawing, "
                 "supervised by the class teaching assistant.",
                 "By July 2026, Sofiia will take part in the afternoon lessons on at least 4 days out of 5 without "
                 "asking to go home tired, recorded by her class teacher.")]),
    },
    health_strengths="Sofiia has no difficulty with her vision (checked in November 2025), but she has a permanent "
                     "hearing loss. She wears her hearing aids all day and is learning to look after them.",
    health_rows=[("Moderate to severe bilateral sensorineural hearing loss (permanent loss in both ears). Her "
                  "hearing aids and ear moulds need reviewing as she grows.",
                  "Paediatric Audiology, Wharfside Hospital: a hearing test and hearing aid review every 6 months "
                  "(45 minutes at clinic, with a Ukrainian interpreter); new ear moulds every 3 months; replacement "
                  "hearing aids posted within 5 working days if a hearing aid fails.",
                  "By February 2027, Sofiia will change her own hearing aid batteries and clean her ear moulds "
                  "each week, shown to the audiologist at her 6-monthly review.")],
    health_agreement="Confirmed by Dr Helen Osei, Designated Clinical Officer, NHS North East London, on 16 February "
                     "2026.",
    social_strengths="Sofiia lives with both parents and her younger brother; the family are well supported by the "
                     "Ukrainian church community.",
    social_rows=[("No social care needs relating to Sofiia's special educational needs. This was the advice of Ms "
                  "Tanisha Brooks, Social Worker, Children with Disabilities Team, on 9 January 2026.",
                  "None. Short breaks were considered; the family were given details of the deaf children's youth "
                  "club in the Local Offer.",
                  "None.",
                  "No social care outcome needed.")],
    placement_name='Canal Street Primary School, Wharfside',
    placement_type='Mainstream community primary school',
    j_details='No personal budget requested.', j_arrangements='Not applicable.',
    k_rows={1: ("Parents' advice and Sofiia's views", '28/01/2026 (Sofiia: 14/01/2026)',
                'Olena and Andriy (parents); Sofiia', 'YES'),
            2: ('Educational advice', '12/01/2026', 'Ms Kate Carter, class teacher, and Mr Tomasz Wolski, SENCo '
                '(special educational needs co-ordinator), Canal Street Primary School', 'YES'),
            3: ('Hearing impairment advice (qualified teacher of the deaf)', '14/01/2026',
                'Ms Bronwen Hale, QToD, Sensory Support Service', 'YES'),
            4: (None, '05/01/2026', 'Ms Ruth Abara, Clinical Scientist (Audiology), Paediatric Audiology, '
                'Wharfside Hospital', 'YES'),
            5: (None, '19/06/2025', 'Dr Ama Mensah, Educational Psychologist', 'YES'),
            6: (None, '09/01/2026', 'Ms Tanisha Brooks, Social Worker, Children with Disabilities Team', 'YES'),
            7: (None, '15/01/2026', 'Ms Leila Haddad, English as an additional language adviser, Wharfside '
                'Ethnic Minority Achievement Service', 'YES')},
    signoff=('Mr Daniel Achterberg, EHC Plan Co-ordinator', 'D. Achterberg (signed electronically)', '25/02/2026'),
    labels=labels(na=['PC-PFA', 'SC-STATUTORY-LINK', 'SC-RIGHT-SECTION', 'HC-THERAPY-PLACEMENT']),
    why={
        'CA-DATED': 'PASS (trap): the template K rows "Provision to assist the Y9 and older children" and "any person '
                    'the child\'s parent or young person reasonably requests" are left unfilled - not advice items.',
        'CA-STATUTORY-ADVICE': 'PASS: "Ms Bronwen Hale, QToD, Sensory Support Service" - a qualified teacher of the '
                               'deaf gave advice for a hearing-impaired child.',
        'CA-ADVICE-AGE': 'PASS: the oldest item (educational psychologist, "19/06/2025") is 8 months before issue.',
        'PR-QUANTIFIED': 'PASS (trap): the radio aid is "provided and maintained by the Sensory Support Service\'s '
                         'educational audiologist" (equipment: what and who); the QToD visits "once every three '
                         'weeks for 1 hour" need no group size.',
        'PR-VAGUE-WORDING': 'PASS (trap): "have access to the same lessons" is the parents\' view in A; "follow up to '
                            '3-step instructions" is in B (need column), not provision.',
        'HC-NEEDS': 'PASS (trap): "no difficulty with her vision (checked in November 2025), but she has a permanent '
                    'hearing loss".',
        'HC-DCO-SIGNOFF': 'PASS: "Confirmed by Dr Helen Osei, Designated Clinical Officer".',
        'PC-VOICE': 'PASS: Sofiia\'s own words, attributed, and her parents\' views.',
    },
))

# ------------------------------------------------------------------ aa110 FAIL
PLANS.append(dict(
    id='aa110', layout='national-template', name='Ahmad', age=11, year_group='Year 6',
    needs=['epilepsy', 'moderate learning difficulties', 'speech sound disorder', 'EAL', 'low weight'],
    voice='adults only (mother and teacher)',
    front=nt_front('Ahmad', 'Year 6', '11', 'Pashto', 'Pashto interpreter at all meetings', '18 May 2026',
                   '24 April 2026', 'Ms Nkechi Bamidele, EHC Plan Co-ordinator'),
    personal=personal('Ahmad', 'Month and year only: January 2015', 'Male', 'Asian - other (Afghan)', 'Pashto',
                      'Pashto', 'Gul', 'Mother', 'Zarif', 'Father'),
    services={(1, 1): 'Canal Street Primary School, Wharfside',
              (2, 1): 'Roman Road Surgery; Dr Ravi Shah, Community Paediatrician (epilepsy clinic)',
              (3, 1): HELD, (4, 1): 'No', (5, 1): 'Children\'s Speech and Language Therapy Service; Educational '
              'Psychology Service', (6, 1): 'No', (7, 1): 'No', (8, 1): 'No', (9, 1): 'No'},
    history="Ahmad was born in Jalalabad, Afghanistan, and came to London with his family in 2021. He started at "
            "Canal Street Primary School in Year 2 with very little schooling. He was diagnosed with epilepsy in "
            "2024. He has had an EHC plan since March 2025; this plan was amended after his annual review on 24 April "
            "2026, before his move to secondary school in September 2026.\n\n"
            "Communication: Ahmad speaks Pashto at home and English at school. His speech is hard for unfamiliar "
            "listeners to understand in both languages.",
    views="Ahmad's mother (with a Pashto interpreter, 24 April 2026): 'Ahmad is a kind boy who loves his family and "
          "his football. We are frightened when he has seizures. He is very thin and does not eat much because the "
          "medicine takes his appetite. We want the secondary school to know how to keep him safe.'\n\n"
          "Ahmad's class teacher (Mr Jonah Price, 20 April 2026): 'Ahmad tries hard and is well liked. He gets "
          "frustrated when people cannot understand him and will then stop talking. He is worried about moving to "
          "a big school.'",
    interests="Football (he supports Arsenal), cricket with his cousins, building with construction kits, cartoons.",
    strengths="Ahmad is friendly, helpful and well liked by other children. He is good at practical tasks and "
              "enjoys maths when he can use objects. He is a good goalkeeper.",
    aspirations="Ahmad's parents hope he will settle well at Riverside Academy, be safe with his epilepsy, speak "
                "clearly enough to make new friends, and one day have a job he enjoys.",
    areas={
        'ci': ("Ahmad is sociable and keen to talk.",
               [("Ahmad has a speech sound disorder: he replaces and leaves out many sounds, so his speech is hard to "
                 "understand. His English vocabulary is limited.",
                 "Language and vocabulary group: 30 minutes three times a week, in a group of no more than 4, led "
                 "by a teaching assistant trained by the speech and language therapist, following the therapist's "
                 "programme.\n\nKey vocabulary for each topic sent home in English and Pashto every half term by "
                 "the class teacher.",
                 "By April 2027, Ahmad will be understood by an unfamiliar adult in 3 out of 4 sentences in a "
                 "picture-description task, assessed by the speech and language therapist at the end of each "
                 "term.")]),
        'cl': ("Ahmad enjoys practical maths and can add and subtract within 100 using objects.",
               [("Ahmad has moderate learning difficulties. He is working at about a Year 2 level in reading and "
                 "writing and a Year 3 level in maths. He forgets new learning quickly without repetition.",
                 "Reading and phonics: 20 minutes daily, 1:1, with a teaching assistant trained in the school's "
                 "phonics programme.\n\nMaths: 30 minutes four times a week in a group of no more than 6, with "
                 "objects and visual supports, taught by a higher level teaching assistant.\n\nEducational "
                 "psychologist: two 60-minute consultations with school staff in the summer term 2026 to plan "
                 "Ahmad's move to secondary school.",
                 "By April 2027, Ahmad will read a book at the level expected for a 7-year-old with 90% accuracy "
                 "and solve 2-step problems within 100, assessed by his teacher each term.")]),
        'semh': ("Ahmad is well liked and has two good friends in his class.",
                 [("Ahmad is anxious about moving to secondary school and withdraws when he is not understood.",
                   "Transition programme: 6 extra visits to Riverside Academy in June and July 2026, each 1 hour, "
                   "with his teaching assistant, and a photo book of the new school made with him.",
                   "By October 2026, Ahmad will go to all his lessons at Riverside Academy on his own, using his "
                   "timetable, on 5 days out of 5, recorded by his form tutor.")]),
    },
    health_strengths="Ahmad takes his medicine without fuss and knows the names of his tablets.",
    health_rows=[("Epilepsy: Ahmad has focal seizures with loss of awareness, about two a month, and has had two "
                  "longer seizures needing rescue medicine (buccal midazolam) in the last year. Staff who are with "
                  "him must be trained to recognise seizures and give rescue medicine.",
                  "See individual healthcare plan held by school.",
                  "-"),
                 ("Speech sound disorder (see communication and interaction).",
                  "Speech and language therapy: a speech and language therapist from the Children's Speech and "
                  "Language Therapy Service will work with Ahmad 1:1 in school for 30 minutes each week, for 10 "
                  "weeks each term, teaching speech sounds and vocabulary, and will set the programme for the "
                  "language group.",
                  "By April 2027, Ahmad will say the sounds k, g, s and f correctly in words in 8 out of 10 tries, "
                  "assessed by the speech and language therapist."),
                 ("Low weight: Ahmad's weight has dropped below the 2nd centile because his medicine reduces his "
                  "appetite.",
                  "The paediatric dietitian will offer advice to the family when needed.",
                  "By April 2027, Ahmad will eat his full school lunch and a mid-morning snack on at least 4 days out "
                  "of 5, recorded by the lunchtime supervisor.")],
    health_agreement="Agreed by Ms Farah Qureshi, Designated Clinical Officer, on 12 May 2026.",
    social_strengths="Ahmad lives with his parents and three sisters; his parents are closely involved in his care.",
    social_rows=[("No social care needs relating to Ahmad's special educational needs, following advice from Mr "
                  "Ibrahim Kamara, Social Worker, Children with Disabilities Team, 15 April 2026.",
                  "None. The family were told about short breaks and the Local Offer on 15 April 2026 and do not "
                  "want an assessment at present.",
                  "None.",
                  "No social care outcome needed.")],
    placement_name='Canal Street Primary School until July 2026; Riverside Academy, Wharfside, from September 2026',
    placement_type='Mainstream primary school; mainstream secondary academy',
    j_details='No personal budget requested.', j_arrangements='Not applicable.',
    k_rows={1: ("Parents' advice", '24/04/2026', "Ahmad's mother, with a Pashto interpreter", 'YES'),
            2: ('Educational advice', '20/04/2026', 'Mr Jonah Price, class teacher, and Mr Tomasz Wolski, SENCo '
                '(special educational needs co-ordinator), Canal Street Primary School', 'YES'),
            3: ('Speech and language therapy advice', '08/04/2026', 'Ms Hannah Cole, Speech and Language '
                'Therapist, Children\'s Speech and Language Therapy Service', 'YES'),
            4: (None, '30/03/2026', 'Dr Ravi Shah, Community Paediatrician (epilepsy clinic)', 'YES'),
            5: (None, '02/04/2026', 'Dr Ama Mensah, Educational Psychologist', 'YES'),
            6: (None, '15/04/2026', 'Mr Ibrahim Kamara, Social Worker, Children with Disabilities Team', 'YES')},
    signoff=('Ms Nkechi Bamidele, EHC Plan Co-ordinator', 'N. Bamidele (signed electronically)', '18/05/2026'),
    labels=labels(fail=['PC-VOICE', 'HC-NEEDS-MET', 'HC-OUTCOMES', 'HC-THERAPY-PLACEMENT', 'HC-PROVISION-SPECIFIC',
                        'HC-ADVICE-PROVIDERS'],
                  na=['PC-PFA', 'SC-STATUTORY-LINK', 'SC-RIGHT-SECTION']),
    why={
        'PC-VOICE': '"Ahmad\'s mother (with a Pashto interpreter, 24 April 2026)" - Section A has only his mother\'s '
                    'and his teacher\'s views; Ahmad (11, verbal) is never asked or quoted, and no method of '
                    'gathering his views is given.',
        'HC-NEEDS-MET': '"See individual healthcare plan held by school." - the epilepsy need (seizures, rescue '
                        'medicine, staff training) has no health provision in G.',
        'HC-OUTCOMES': '"Staff who are with him must be trained to recognise seizures and give rescue medicine." - the '
                       'epilepsy row has no outcome ("-").',
        'HC-THERAPY-PLACEMENT': '"Speech and language therapy: a speech and language therapist from the Children\'s '
                                'Speech and Language Therapy Service will work with Ahmad 1:1 in school" - therapy '
                                'that teaches him is special educational provision and belongs in F, not G.',
        'HC-PROVISION-SPECIFIC': '"The paediatric dietitian will offer advice to the family when needed." - no '
                                 'frequency or duration; also "See individual healthcare plan held by school."',
        'HC-ADVICE-PROVIDERS': '"The paediatric dietitian will offer advice" - the dietetics service provides in G but '
                               'gave no advice in K.',
        'PR-OUTCOME-LINK': 'PASS: the communication need also has F provision ("Language and vocabulary group"), so '
                           'every B need has provision in F.',
        'PC-ASPIRATIONS': 'PASS: the parents\' aspirations are stated ("one day have a job he enjoys").',
        'CA-DATED': 'PASS: the unfilled template rows (Y9, parent requests) are not advice items.',
    },
))

# ------------------------------------------------------------------ aa111 SOUND
PLANS.append(dict(
    id='aa111', layout='national-template', name='Selam', age=14, year_group='Year 9',
    needs=['SEMH', 'trauma', 'cognition and learning', 'EAL', 'looked after (unaccompanied asylum-seeking child)'],
    voice='first person (young person, via interpreter), foster carer, social worker',
    front=nt_front('Selam', 'Year 9', '14', 'Tigrinya; some Arabic; English since 2025',
                   'Tigrinya interpreter (in person) at all meetings', '30 September 2026',
                   'Not applicable - first EHC plan', 'Ms Nkechi Bamidele, EHC Plan Co-ordinator'),
    personal=personal('Selam', 'Month and year only: September 2012', 'Female', 'Black - African (Eritrean)',
                      'Tigrinya', 'Not applicable (looked after; foster carer speaks English and Amharic)',
                      'Wharfside Council (corporate parent); foster carer: Mrs Hanna', 'Local authority / foster carer'),
    services={(1, 1): 'Riverside Academy, Wharfside (Year 9)',
              (2, 1): 'Roman Road Surgery; Children in Care Health Team; Child and Adolescent Mental Health '
              'Services (CAMHS) Refugee and Trauma Team',
              (3, 1): HELD, (4, 1): 'Yes - Children in Care Team, social worker Ms Amina Yusuf',
              (5, 1): 'Virtual School for children in care; Educational Psychology Service; Ethnic Minority '
              'Achievement Service', (6, 1): 'Yes - section 20, Children Act 1989 (since July 2025)',
              (7, 1): 'Not before July 2025', (8, 1): 'Yes - appended', (9, 1): 'No'},
    history="Selam arrived in the United Kingdom alone in July 2025, aged 12, after travelling from Eritrea through "
            "Ethiopia, Sudan and Libya. She has been looked after by Wharfside Council since July 2025 and lives with "
            "an experienced foster carer, Mrs Hanna, who speaks Amharic. Selam had about two years of schooling "
            "before she left Eritrea. She joined Riverside Academy in October 2025. Her social worker and the Virtual "
            "School (the council's service that promotes the education of children in care) asked for an EHC needs "
            "assessment in April 2026, because Selam's progress in learning was much slower than expected for a "
            "pupil learning English, and her distress in school was increasing.\n\n"
            "Communication: Selam speaks Tigrinya fluently and has good everyday spoken English. She prefers to talk "
            "about difficult things in Tigrinya with an interpreter she knows.",
    views="Selam's views (given in Tigrinya with an interpreter to her social worker and learning mentor on 2 "
          "September 2026, and checked with her afterwards): 'I like living with Mrs Hanna. She cooks food like my "
          "mother's. I like art and sport and my friend Rahwa. School is hard because I did not go to school much "
          "before, and sometimes I forget everything the teacher said. At night I have bad dreams and then I am "
          "tired. I want to be a nurse or a midwife. I want to learn to cook for myself, to go on the bus alone, and "
          "one day to find my brother.'\n\n"
          "Foster carer's views (Mrs Hanna, 2 September 2026): 'Selam is warm, funny and very determined. She helps "
          "with the younger children in my home and she is learning to cook. She has nightmares several nights a "
          "week and needs help to calm down. I want her to get the right help at school and to become "
          "independent.'\n\n"
          "Social worker's views, as corporate parent (Ms Amina Yusuf, 9 September 2026): 'Selam has settled well "
          "in her placement. Her care plan aims for her to stay with Mrs Hanna until she is 18, to get help with her "
          "trauma, and to be ready for semi-independent living by 18.'",
    interests="Art and drawing, braiding hair, Eritrean music, church youth group on Sundays, cooking, netball.",
    strengths="Selam is resilient, kind and determined. She is a good artist, has good everyday spoken English after "
              "one year, and is quick to help younger children. She is working at the expected level in art and physical education.",
    aspirations="Selam wants to be a nurse or a midwife, to live independently, to travel on her own and to find her "
                "brother. Her foster carer and social worker hope she will stay in education after 16, feel safe and "
                "become independent.",
    areas={
        'cl': ("Selam is a determined learner and is working at the expected level in art.",
               [("Selam's reading in English is at about the level of a 7-year-old and her writing is limited to "
                 "short sentences. The educational psychologist found that her working memory is a significant "
                 "difficulty, beyond what would be expected from learning English or missed schooling.",
                 "Reading intervention: 30 minutes daily, 1:1, with a teaching assistant trained in the school's "
                 "reading programme.\n\nMemory aids: every teacher gives Selam written and picture instructions "
                 "and a vocabulary card for each lesson; the SENCo (special educational needs co-ordinator) checks "
                 "this with staff each half term.\n\nThe designated teacher for looked-after children will hold a "
                 "Personal Education Plan (PEP) meeting each term (60 minutes) with Selam, her social worker, Mrs "
                 "Hanna and the Virtual School adviser, and will report progress against these outcomes.",
                 "By July 2027, Selam will read a text written for her age (about 400 words) and answer 4 out of 5 "
                 "questions about it correctly, assessed by the SENCo each term. (Links to: becoming a nurse.)"),
                ("Selam has no qualifications yet and needs a route to a health or care course at 16.",
                 "Careers guidance: a qualified careers adviser will meet Selam for 45 minutes each term, with an "
                 "interpreter, to plan her options.\n\nFrom January 2027, one week of work experience at a "
                 "children's centre or care setting, arranged by the careers adviser.\n\nEnglish for speakers of "
                 "other languages (ESOL) Entry Level course: 3 lessons a week of 50 minutes, in a group of no more "
                 "than 8, taught by a qualified ESOL teacher.",
                 "By July 2027, Selam will gain an ESOL Entry Level 3 certificate and complete one week of work "
                 "experience in a care setting, with a positive report from the placement, recorded by the careers "
                 "adviser. (Links to: becoming a nurse or midwife.)")]),
        'semh': ("Selam forms warm relationships with trusted adults and has one close friend.",
                 [("Selam has experienced serious trauma and separation from her family. In school she can become "
                   "frozen or tearful when she is reminded of her journey, and she leaves lessons about twice a "
                   "week.",
                   "Key adult: Ms Bekele, learning mentor trained in trauma-informed practice, will meet Selam 1:1 "
                   "for 30 minutes twice a week (Monday and Thursday) and for a 5-minute check-in each morning.\n\n"
                   "A time-out card and a named calm space (the library office), agreed with Selam and shared with "
                   "all her teachers by the SENCo.\n\nStaff training: the educational psychologist will deliver one "
                   "90-minute session on trauma-informed practice to Selam's teachers in the autumn term 2026, and "
                   "one 60-minute consultation with the key adult each half term.",
                   "By July 2027, Selam will use her time-out card and return to the lesson within 15 minutes, so "
                   "that she misses no more than 1 lesson a fortnight, recorded on the school's attendance system."),
                  ("Selam wants more friends and to belong to a group.",
                   "Girls' friendship group: 45 minutes weekly, in a group of no more than 6, for 10 weeks then "
                   "review, led by the learning mentor.",
                   "By April 2027, Selam will go to one lunchtime or after-school club each week and name at least 2 "
                   "friends in school, recorded by her learning mentor each half term.")]),
    },
    health_strengths="Selam has no physical health difficulties (initial health assessment, August 2025, and review "
                     "health assessment, August 2026), but she has trauma symptoms that affect her sleep and "
                     "wellbeing.",
    health_rows=[("Post-traumatic stress symptoms: nightmares on 4 or 5 nights a week, flashbacks and low mood, "
                  "assessed by the CAMHS Refugee and Trauma Team in "
                  "July 2026.",
                  "CAMHS Refugee and Trauma Team: a clinical psychologist will provide 16 weekly sessions of "
                  "trauma-focused cognitive behavioural therapy, 60 minutes each, with a Tigrinya interpreter, at "
                  "the clinic, starting October 2026, then review with Selam, Mrs Hanna and the social worker.",
                  "By June 2027, Selam will have nightmares on no more than 2 nights a week and use two calming "
                  "strategies on her own when she wakes, recorded in her sleep diary and reviewed by the clinical "
                  "psychologist."),
                 ("Health monitoring as a looked-after child.",
                  "Children in Care Health Team: the looked-after children's nurse will complete Selam's review "
                  "health assessment once a year (60 minutes, with an interpreter), next due August 2027, and share "
                  "it with her social worker and school.",
                  "By August 2027, Selam will book and attend her own GP (general practitioner) and dental "
                  "appointments with Mrs Hanna's help, attending all of them, recorded at her review health "
                  "assessment.")],
    health_agreement="The health provision was agreed by Ms Farah Qureshi, Designated Clinical Officer (health lead "
                     "for SEND, special educational needs and disabilities), on 22 September 2026.",
    social_strengths="Selam has a stable foster placement and a good relationship with her foster carer and social "
                     "worker.",
    social_rows=[("Selam is a looked-after child (section 20, Children Act 1989) and an unaccompanied asylum-seeking "
                  "child. Her care plan (reviewed on 4 September 2026) aims for her to stay with her foster carer, "
                  "to have help with her trauma and her asylum claim, to trace her brother, and to be ready for "
                  "semi-independent living at 18. Her social worker gave advice for this plan, the Personal "
                  "Education Plan and this EHC plan were co-produced, and the same multi-agency group (social "
                  "worker, designated teacher, Virtual School, CAMHS, foster carer) reviews both, so that the care "
                  "plan and EHC plan workstreams follow one timeframe. There are no safeguarding concerns.",
                  "None. Short breaks under section 2 were considered by the social worker on 9 September 2026 and "
                  "are not needed; Selam's needs are met through her care plan.",
                  "Social worker: a statutory visit every 6 weeks, seeing Selam alone for part of each visit.\n\n"
                  "Independent reviewing officer: chairs Selam's looked-after child review every 6 months.\n\n"
                  "Supervising social worker: visits Mrs Hanna monthly and arranges 2 days of trauma-informed "
                  "foster carer training by March 2027.\n\nIndependent living programme: 1 hour every Saturday with "
                  "Mrs Hanna (cooking, budgeting and shopping), set out in the care plan; from April 2027, 6 "
                  "sessions of travel training (90 minutes each) from the Children in Care Team's independence "
                  "worker.\n\nFamily tracing: the social worker referred Selam to the Red Cross family tracing "
                  "service on 12 September 2026 and will update her every 6 weeks.",
                  "By September 2027, Selam will cook a simple meal for the household once a week for 8 weeks in a "
                  "row and make a bus journey to school and to church on her own, recorded by Mrs Hanna in the "
                  "independence checklist.")],
    placement_name='Riverside Academy, Wharfside',
    placement_type='Mainstream secondary academy',
    j_details='No personal budget requested; discussed with the social worker on 9 September 2026.',
    j_arrangements='Not applicable.',
    k_rows={1: ("Selam's own views", '02/09/2026', 'Selam, with a Tigrinya interpreter', 'YES'),
            2: ("Foster carer's and corporate parent's views", '02/09/2026 and 09/09/2026',
                'Mrs Hanna (foster carer); Ms Amina Yusuf (social worker, for the corporate parent)', 'YES'),
            3: ('Educational advice', '05/09/2026', 'Ms Olivia Grant, SENCo, and Mr Paul Eze, designated teacher, '
                'Riverside Academy; Ms Rosa Klein, Virtual School adviser', 'YES'),
            4: (None, '21/08/2026 and 28/07/2026', 'Nurse Patricia Walsh, Looked-After Children\'s Nurse (review '
                'health assessment); Dr Leah Cohen, Clinical Psychologist, CAMHS Refugee and Trauma Team', 'YES'),
            5: (None, '16/06/2026', 'Dr Samuel Ofori, Educational Psychologist', 'YES'),
            6: (None, '09/09/2026', 'Ms Amina Yusuf, Social Worker, Children in Care Team', 'YES'),
            7: (None, '01/07/2026', 'Ms Leila Haddad, English as an additional language adviser, Ethnic Minority '
                'Achievement Service', 'YES'),
            8: (None, '10/09/2026', 'Mr Kwame Addo, Careers Adviser, Riverside Academy', 'YES')},
    signoff=('Ms Nkechi Bamidele, EHC Plan Co-ordinator', 'N. Bamidele (signed electronically)', '30/09/2026'),
    labels=labels(na=['HC-THERAPY-PLACEMENT']),
    why={
        'SC-STATUTORY-LINK': 'PASS: "the Personal Education Plan and this EHC plan were co-produced" - looked-after '
                             'status drawn through D and H2 (care plan, social worker visits, IRO, PEP).',
        'SC-RIGHT-SECTION': 'PASS: social worker, IRO and foster-carer support are in H2; the PEP meeting held by the '
                            'designated teacher is education provision in F.',
        'PC-PFA': 'PASS: work experience and ESOL certificate (employment), cooking and bus travel (independent '
                  'living), clubs and friends (community), sleep and own GP appointments (health).',
        'PC-OUTCOME-NOT-PROVISION': 'PASS (trap): "gain an ESOL Entry Level 3 certificate" and "with a positive report '
                                    'from the placement" are achievements.',
        'LG-SPELLING': 'PASS (trap): "co-produced", "multi-agency", "workstreams", "timeframe", "safeguarding", '
                       '"wellbeing" are correct public-sector British English.',
        'PR-VAGUE-WORDING': 'PASS (trap): "From January 2027, one week of work experience" - a month starting a '
                            'sentence, not vague.',
        'HC-NEEDS': 'PASS (trap): "no physical health difficulties (initial health assessment, August 2025, and review '
                    'health assessment, August 2026), but she has trauma symptoms".',
        'CA-DATED': 'PASS: the template row for requests by the parent or young person is unfilled - not an advice '
                    'item.',
        'LG-JARGON': 'PASS: PEP, ESOL, CAMHS, SENCo, GP, SEND spelled out; "Virtual School" explained in A1.',
    },
))

# ------------------------------------------------------------------ aa112 FAIL
PLANS.append(dict(
    id='aa112', layout='national-template', name='Hana', age=8, year_group='Year 3',
    needs=['specific learning difficulty (dyslexia)', 'anxiety', 'EAL'], voice='first person (child) and mother',
    front=nt_front('Hana', 'Year 3', '8', 'Arabic; English', 'Arabic interpreter for Hana\'s mother',
                   '13/04/2026', 'Not applicable - first EHC plan', 'Mr Daniel Achterberg, EHC Plan Co-ordinator'),
    personal=personal('Hana', 'Month and year only: November 2017', 'Female', 'Black - African (Sudanese)',
                      'Arabic', 'Arabic', 'Samira', 'Mother'),
    services={(1, 1): 'Canal Street Primary School, Wharfside', (2, 1): 'Roman Road Surgery', (3, 1): HELD,
              (4, 1): 'Yes - Early Help service (family support)', (5, 1): 'Educational Psychology Service',
              (6, 1): 'No', (7, 1): 'No', (8, 1): 'No', (9, 1): 'No'},
    history="Hana was born in Omdurman, Sudan. She and her mother came to London in 2024 and live in temporary "
            "accommodation in Wharfside. Hana joined Canal Street Primary School in Year 2. The school asked for an "
            "EHC needs assessment in December 2025 because Hana was making very little progress in reading and "
            "writing, even with extra help.\n\n"
            "Communication: Hana speaks Arabic at home and good everyday English at school.",
    views="Hana's views (told to her class teacher on 10 February 2026): 'I like playing with my friends, skipping "
          "and drawing. I don't like reading because the letters jump about. I get a tummy ache before spelling "
          "tests. I like it when Miss reads to me.'\n\n"
          "Hana's mother's views (Samira, with an Arabic interpreter, 12 February 2026): 'Hana is a happy, clever "
          "girl at home. She worries a lot, especially about school and about our housing. I want help for her "
          "reading.'",
    interests="Skipping, drawing, singing, playing with her cousins at the weekend.",
    strengths="Hana is chatty, sociable and kind. She has good spoken English and Arabic, she is good at maths and "
              "she loves singing in the school choir.",
    aspirations="To be discussed at the first annual review.",
    areas={
        'cl': ("Hana is working at the expected level in maths and has a good memory for songs.",
               [("Hana has difficulties consistent with dyslexia (a specific learning difficulty): she knows about 20 "
                 "letter sounds, cannot yet blend longer words and reads at about the level of a 5-year-old. Her "
                 "spelling and handwriting are well below the expected level.",
                 "Hana will have access to a small group phonics intervention as appropriate.\n\nOpportunities to "
                 "use coloured overlays where possible.",
                 "By April 2027, Hana will read and blend all Phase 3 phonics sounds and read 50 common words on "
                 "sight, checked by her class teacher in the school's termly phonics assessment."),
                ("Hana finds writing tiring and produces very little.",
                 "Handwriting and spelling: 15 minutes daily, 1:1, with a teaching assistant trained in a "
                 "multi-sensory spelling programme.",
                 "By April 2027, Hana will write 3 sentences on her own using a word mat, spelling 7 out of 10 "
                 "taught words correctly, assessed by her class teacher each half term.")]),
        'semh': ("Hana is sociable and has several friends.",
                 [("Hana is anxious, especially before tests and when plans change, and she complains of tummy aches "
                   "and asks to go home about twice a week.",
                   "Regular check-ins with a trusted adult.\n\nA family support worker from the Early Help service "
                   "will visit Hana's mother at home every fortnight for 1 hour, for 12 weeks, to help with bedtime "
                   "routines and with housing paperwork.",
                   "By April 2027, Hana will use a worry box and a calm-down card to manage her worries, so that she "
                   "asks to go home no more than once a half term, recorded by the school office.")]),
    },
    health_strengths="Not known.",
    health_rows=[("Not known at this time. Health advice has been requested and will be added when received.",
                  "None at present.", "-")],
    health_agreement="Not applicable - no health provision.",
    social_strengths="Hana has a loving relationship with her mother and the support of her extended family.",
    social_rows=[("Hana and her mother live in one room in temporary accommodation. Hana's mother is isolated and "
                  "struggles with bedtime routines and housing paperwork. The Early Help assessment (Ms Dina "
                  "Kowalczyk, Early Help Practitioner, 20 February 2026) found these needs, which affect Hana's "
                  "sleep and her worry about school.",
                  "None. Short breaks are not applicable.",
                  "Early Help family support - see Section F (social, emotional and mental health).",
                  "By July 2026, Hana will go to bed by 8pm on at least 5 nights out of 7, recorded by her mother on "
                  "a bedtime chart and checked by the family support worker.")],
    placement_name='Canal Street Primary School, Wharfside',
    placement_type='Mainstream community primary school',
    j_details='No personal budget requested.', j_arrangements='Not applicable.',
    k_rows={1: ("Parent's advice and Hana's views", '12/02/2026 (Hana: 10/02/2026)',
                "Samira (mother), with an Arabic interpreter; Hana", 'YES'),
            2: ('Educational advice', '06/02/2026', 'Ms Rachel Oduya, class teacher, and Mr Tomasz Wolski, SENCo '
                '(special educational needs co-ordinator), Canal Street Primary School', 'YES'),
            4: (None, 'Requested 2 February 2026 - not received', 'Community paediatrics', 'NO'),
            5: (None, '03/03/2026', 'Dr Ama Mensah, Educational Psychologist', 'YES'),
            6: (None, '20/02/2026', 'Ms Dina Kowalczyk, Early Help Practitioner, Wharfside Early Help service',
                'YES')},
    signoff=('Mr Daniel Achterberg, EHC Plan Co-ordinator', 'D. Achterberg (signed electronically)', '13/04/2026'),
    labels=labels(fail=['PC-ASPIRATIONS', 'PC-ASPIRATION-LINK', 'HC-NEEDS', 'HC-ADVICE', 'CA-STATUTORY-ADVICE',
                        'PR-VAGUE-WORDING', 'PR-QUANTIFIED', 'SC-RIGHT-SECTION'],
                  na=['PC-PFA', 'SC-STATUTORY-LINK', 'HC-PROVISION-SPECIFIC', 'HC-NEEDS-MET', 'HC-DCO-SIGNOFF',
                      'HC-THERAPY-PLACEMENT', 'HC-ADVICE-PROVIDERS', 'HC-OUTCOMES']),
    why={
        'PC-ASPIRATIONS': '"To be discussed at the first annual review." - no aspirations from Hana or her mother.',
        'PC-ASPIRATION-LINK': '"To be discussed at the first annual review." - with no aspirations recorded, the '
                              'outcomes cannot build on them.',
        'HC-NEEDS': '"Not known at this time. Health advice has been requested and will be added when received." - '
                    'C is not known and awaiting advice, although A and B describe tummy aches linked to anxiety.',
        'HC-ADVICE': '"Requested 2 February 2026 - not received" - no health advice in K.',
        'CA-STATUTORY-ADVICE': '"Requested 2 February 2026 - not received" - the medical advice required by reg 6 is '
                               'missing.',
        'PR-VAGUE-WORDING': '"Hana will have access to a small group phonics intervention as appropriate." - also '
                            '"Opportunities to use coloured overlays where possible." and "Regular check-ins with a '
                            'trusted adult."',
        'PR-QUANTIFIED': '"Hana will have access to a small group phonics intervention as appropriate." - no '
                         'frequency, length, group size or who; "Regular check-ins with a trusted adult." has no '
                         'frequency, length or named role.',
        'SC-RIGHT-SECTION': '"A family support worker from the Early Help service will visit Hana\'s mother at home '
                            'every fortnight" - social care (Early Help) provision written into Section F; H2 only '
                            'says "see Section F".',
        'SC-PROVISION-SPECIFIC': 'PASS: the Early Help provision is specific (fortnightly, 1 hour, 12 weeks); its '
                                 'placement is graded under SC-RIGHT-SECTION.',
        'HC-NEEDS-MET': 'NA (arguable): C describes no health need and G has none; the gap is graded under HC-NEEDS '
                        'and HC-ADVICE.',
        'CA-DATED': 'PASS: "Requested 2 February 2026 - not received" is missing advice, not an undated item; the '
                    'unfilled template rows are not advice items.',
        'PR-OUTCOME-LINK': 'PASS: every need in B has some F provision (however vaguely written) and every outcome '
                           'is served.',
    },
))
