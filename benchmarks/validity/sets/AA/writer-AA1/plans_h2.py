# heading2-numbered plans: aa101 (sound), aa102 (fail), aa103 (fail), aa104 (sound)
from common import labels, front, std_titles, sections

PLANS = []

# ------------------------------------------------------------------ aa101 SOUND
T = std_titles('Farid', 'his')
T['A'] = 'Section A: The views, interests and aspirations of Farid and his family'
PLANS.append(dict(
    id='aa101', layout='heading2-numbered', name='Farid', age=7, year_group='Year 2',
    needs=['autism', 'EAL', 'continence'], voice='views gathered through play and observation; parents third person',
    front=front('Farid', 'Year 2 (Key Stage 1)', '7 years', 'Dari (Farid also understands some English)',
                'Dari interpreter at every meeting', '16 March 2026',
                'Not yet due - this is Farid\'s first EHC plan (first review by March 2027)',
                'Mr Daniel Achterberg, EHC Plan Co-ordinator, SEND Assessment and Review Team'),
    sections=sections(T, {
        'A': [
            ('h', 'A1 What Farid has shown us (views gathered through play, symbols and observation)'),
            ('p', "Farid is 7. He uses single words and short phrases in Dari and some English words. He does not yet "
                  "answer questions about his feelings, so his views were gathered by Ms Hussaini, his bilingual teaching "
                  "assistant, who speaks Dari and has worked with him since Reception. She used play with his train set "
                  "and a talking mat with picture symbols on 4 and 11 February 2026, and his class teacher added what "
                  "she has seen across the spring term."),
            ('b', ["On the talking mat Farid put trains, the sand tray, the computer and his big sister under the "
                   "smiling face.",
                   "He put assembly, the hall and the hand dryer under the sad face, and covered his ears while he did it.",
                   "When Ms Hussaini asked him in Dari who helps him, he pointed to her photograph and said 'Miss'.",
                   "He chose the picture of the quiet corner three times in one play session and carried it to the "
                   "smiling face.",
                   "While pushing his train into the station he said 'train, go, Baba'. His mother told us that his "
                   "father takes him to watch the trains at the weekend."]),
            ('h', "A2 What Farid's family say"),
            ('p', "Farid's mother and father met the plan co-ordinator at home on 2 February 2026 with a Dari "
                  "interpreter. They said: 'We came to London from Kabul in 2022. Farid is a loving boy and he makes the "
                  "whole family laugh. At home he talks to us in Dari, mostly one or two words, and he points to what he "
                  "wants. He knows every train on the line to Stratford. We worry because he does not play with other "
                  "children and he is very upset when something changes without warning. We want him to stay at Canal "
                  "Street with his sister and to be able to tell people what he needs, in Dari and in English.' They "
                  "would also like him to have access to the school's quiet room when the hall is noisy, which the "
                  "school has agreed to."),
            ('h', 'A3 What Farid is good at and enjoys'),
            ('b', ["Trains, timetables and maps: he can name 14 London Overground stations in order.",
                   "Numbers: he counts to 50 in English and to 20 in Dari, and he loves number puzzles.",
                   "He has an excellent memory for routines and notices straight away when something is missing.",
                   "He is gentle with his baby cousin and shares his crisps with his sister.",
                   "He manages snack time, coat and shoes on his own."]),
            ('h', 'A4 Hopes and aspirations'),
            ('p', "Farid's parents hope that he will stay at his local school with his sister, that he will be able to "
                  "tell his family and teachers what he needs in Dari and in English, that he will have a friend to play "
                  "trains with, and that one day he will work with trains or computers. When Ms Hussaini showed him "
                  "symbols for things he might like to do more of, Farid chose 'friends' and 'train'."),
            ('h', 'A5 Farid\'s story so far'),
            ('p', "Farid was born in Afghanistan and came to the United Kingdom with his family under a resettlement "
                  "scheme in 2022. He started in Reception at Canal Street Primary School in September 2023. He was "
                  "diagnosed with autism by the community paediatrician in October 2025. The school asked for an EHC "
                  "needs assessment in November 2025 because, even with the support the school already gives, Farid "
                  "is not yet making the progress his parents and teachers hope for."),
        ],
        'B': [
            ('h', 'B1 Communication and interaction'),
            ('p', "Farid understands short instructions in Dari and familiar instructions in English when they are "
                  "given with a picture or a gesture. He uses about 60 single words across the two languages and is "
                  "starting to join two words ('more juice', 'train go'). He rarely starts an interaction with another "
                  "child and does not yet take turns in play. He finds it hard to show that he needs help; instead he "
                  "may drop to the floor or leave the room. The speech and language therapist describes his needs as a "
                  "social communication difficulty linked to his autism; his English is also developing as an "
                  "additional language, and both need to be planned for together."),
            ('h', 'B2 Cognition and learning'),
            ('p', "Farid is a visual learner with a strong memory. He is working within the Year 1 expectations in "
                  "number (he counts objects to 20 and recognises numbers to 50). In reading he knows 22 letter sounds "
                  "and can blend three-letter words with an adult pointing. He finds it hard to listen in whole-class "
                  "teaching for more than about 3 minutes."),
            ('h', 'B3 Social, emotional and mental health'),
            ('p', "Changes of place and routine are hard for Farid. Going to assembly, lunch in the hall and the "
                  "afternoon playtime lead to distress (crying, dropping to the floor, running out of the classroom) "
                  "three or four times a week. He settles quickly with a familiar adult, a visual timetable and a few "
                  "minutes in a quiet space."),
            ('h', 'B4 Sensory and physical'),
            ('p', "Farid is very sensitive to noise, especially hand dryers, the hall and the school bell. He uses ear "
                  "defenders when needed and can fetch them himself. He is not yet reliably dry during the day (see "
                  "Section C)."),
        ],
        'C': [
            ('p', "Farid has no difficulty with his hearing or eyesight (both were checked by the school nursing team in "
                  "January 2026), but he is not yet reliably dry during the day. He has three or four wetting "
                  "accidents a week at school. The Children's Continence Service found no medical cause and advised a "
                  "structured toileting plan, with visual prompts, and follow-up at clinic."),
            ('p', "Farid's autism was diagnosed by the community paediatrician in October 2025. The paediatrician will "
                  "continue to monitor his development and general health."),
        ],
        'D': [
            ('p', "Social care advice was given by Ms Tanisha Brooks, Social Worker, Children with Disabilities Team, on "
                  "12 February 2026 after she spoke with Farid's parents (with an interpreter) and read the assessment "
                  "papers. Farid has no social care needs relating to his special educational needs at present: his "
                  "parents meet his care needs well at home. The family were given information about the Wharfside "
                  "Local Offer, the holiday play scheme for disabled children (short breaks) and the Early Help "
                  "service. They know how to ask for a short breaks assessment if things change."),
        ],
        'E': [
            ('p', "Each outcome says what Farid will be able to do by the date shown and how we will know. They were "
                  "agreed with his parents on 2 February 2026 and build on what they hope for him."),
            ('h', 'E1 Telling people what he needs'),
            ('p', "By March 2027, Farid will ask for help or for a break using a spoken word, a sign or a picture "
                  "symbol, in Dari or English, at least 5 times each school day, counted on his communication tally by "
                  "his teaching assistant over two weeks in February 2027. (Builds on: being able to tell people what "
                  "he needs.)"),
            ('h', 'E2 Playing with a friend'),
            ('p', "By March 2027, Farid will take turns with another child in a train or construction game for 5 "
                  "minutes, with an adult nearby but not directing, in 3 out of 4 weekly play sessions, recorded by the "
                  "teaching assistant who leads the sessions. (Builds on: having a friend to play trains with.)"),
            ('h', 'E3 Reading and number'),
            ('p', "By the end of Year 3 (July 2027), Farid will read and blend all 40 Phase 3 phonics sounds and add "
                  "two groups of objects within 20, checked by his class teacher in the school's half-termly phonics "
                  "and maths assessments. (Builds on: staying at his local school and learning alongside his sister's "
                  "friends.)"),
            ('h', 'E4 Moving around school calmly'),
            ('p', "By March 2027, Farid will use his visual timetable to move from the classroom to assembly, lunch "
                  "and the playground with no more than one episode of distress a week (from three or four now), "
                  "recorded on the school's behaviour log and reviewed by the special educational needs co-ordinator (SENCo) each half term."),
            ('h', 'E5 Staying dry at school'),
            ('p', "By March 2027, Farid will go to the toilet when his visual timer prompts him and stay dry for the "
                  "whole school day on at least 4 days out of 5, recorded on his toileting chart by his teaching "
                  "assistant."),
        ],
        'F': [
            ('h', 'F1 Communication and interaction'),
            ('b', ["Speech and language therapy: a speech and language therapist from the Wharfside Children's Therapy "
                   "Service will work with Farid on his own for 30 minutes every other Tuesday in term time (six "
                   "sessions each term), with his teaching assistant present, and set new targets for his "
                   "communication programme at the end of each term.",
                   "From April 2026, the same speech and language therapist will train Farid's class teacher and "
                   "teaching assistants in picture symbols and key word signing: one 60-minute session each term.",
                   "Daily communication programme: 15 minutes each morning, 1:1 with a teaching assistant trained by "
                   "the therapist, in English with key words in Dari given by the bilingual teaching assistant.",
                   "Attention Autism sessions (a structured group approach that builds shared attention): 20 minutes, "
                   "x3 weekly, in a group of no more than 4 children, led by a teaching assistant trained in the "
                   "approach."]),
            ('h', 'F2 Cognition and learning'),
            ('b', ["Phonics: daily for 10 minutes, 1:1, with a teaching assistant trained in the school's phonics "
                   "programme, in addition to the whole-class phonics lesson.",
                   "Number: small-group number work with objects and visual supports, 20 minutes three times per week, "
                   "in a group of no more than 6, taught by the class teacher.",
                   "Differentiated classwork: all new work presented with pictures and a model of the finished task, "
                   "planned by the class teacher every lesson.",
                   "The SENCo will review Farid's targets with his class "
                   "teacher and parents in a 30-minute meeting once each half term, with a Dari interpreter."]),
            ('h', 'F3 Social, emotional and mental health'),
            ('b', ["Adult support: 1:1 support from a teaching assistant who has completed the council's two-day "
                   "autism training, for 25 hours a week (the whole school day), including transitions and lunch.",
                   "Visual timetable: a now-and-next board and a picture timetable for the day, set up by his teaching "
                   "assistant each morning and used every school day.",
                   "Structured play: a train and construction game with two other children, 30 minutes twice a week, "
                   "led by his teaching assistant, for 10 weeks then review by the SENCo.",
                   "Educational psychologist: one consultation each term, 60 minutes, with Farid's class teacher, "
                   "SENCo and parents, to review his transition plan and distress log."]),
            ('h', 'F4 Sensory and physical'),
            ('b', ["Ear defenders, bought and replaced by the school and kept in Farid's tray.",
                   "A quiet corner with a small tent and cushions, set up and kept by the class teacher, which Farid "
                   "uses for 5 minutes each time he shows his 'break' card.",
                   "Toileting: his teaching assistant will prompt him to use the toilet every 90 minutes with a visual "
                   "timer, following the plan written by the continence nurse, and will keep the daily chart.",
                   "Autism outreach: a specialist teacher from the Wharfside Autism Outreach Team will visit once each "
                   "half term for 1 hour to observe Farid and advise staff, and will deliver one 90-minute training "
                   "session to all Key Stage 1 staff in the summer term 2026."]),
        ],
        'G': [
            ('h', 'G1 Continence'),
            ('p', "A nurse from the Children's Continence Service will see Farid and his parents at clinic for 45 "
                  "minutes once each half term, for 6 sessions then review, with a Dari interpreter, and will update "
                  "the toileting plan and send it to school within a week of each appointment."),
            ('h', 'G2 Development and general health'),
            ('p', "The community paediatrician at the Wharfside Child Development Centre will review Farid once every "
                  "12 months in a 30-minute clinic appointment with an interpreter. The next appointment is January "
                  "2027."),
            ('h', 'G3 Health agreement'),
            ('p', "Dr Helen Osei, Designated Clinical Officer for Wharfside, NHS North East London, reviewed the health "
                  "provision in this section and agreed it on 5 March 2026."),
        ],
        'H1': [('p', "None. Short breaks under section 2 were considered by the Children with Disabilities Team on 12 "
                     "February 2026; Farid's care needs are met at home at present. His parents have information about "
                     "the holiday play scheme and can ask for a short breaks assessment at any time.")],
        'H2': [('p', "None. The family were offered an Early Help assessment on 12 February 2026 and chose not to take "
                     "it up because they feel well supported by the school.")],
        'I': [('p', "Canal Street Primary School, Wharfside (mainstream community primary school).")],
        'J': [('p', "No personal budget was requested. Farid's parents were told about personal budgets at the meeting "
                    "on 2 February 2026.")],
        'K': [
            ('p', 'The following advice and information were gathered for this EHC needs assessment.'),
            ('n', ["Parents' advice: Farid's mother and father, given with a Dari interpreter, 2 February 2026.",
                   "Farid's views: gathered through play and a talking mat by Ms Hussaini, bilingual teaching "
                   "assistant, 4 and 11 February 2026.",
                   "Educational advice: Ms Clare Dunmore, class teacher, and Mr Tomasz Wolski, SENCo, Canal Street "
                   "Primary School, 30 January 2026.",
                   "Psychological advice: Dr Ama Mensah, Educational Psychologist, Wharfside Educational Psychology "
                   "Service, 9 February 2026.",
                   "Medical advice: Dr Ravi Shah, Community Paediatrician, Wharfside Child Development Centre, 20 "
                   "January 2026.",
                   "Continence advice: Ms Bernadette Lowe, Specialist Nurse, Children's Continence Service, 27 January "
                   "2026.",
                   "Speech and language therapy advice: Ms Hannah Cole, Speech and Language Therapist, Wharfside "
                   "Children's Therapy Service, 3 February 2026.",
                   "Autism outreach advice: Mr Joel Ferreira, Specialist Teacher, Wharfside Autism Outreach Team, 26 "
                   "January 2026.",
                   "Social care advice: Ms Tanisha Brooks, Social Worker, Children with Disabilities Team, 12 February "
                   "2026."]),
        ],
    }),
    labels=labels(na=['PC-PFA', 'SC-STATUTORY-LINK', 'SC-RIGHT-SECTION']),
    why={
        'PC-VOICE': 'PASS (trap): "views gathered through play, symbols and observation" - a young child with little '
                    'speech; the heading and text say how, and by whom, his views were gathered.',
        'PR-VAGUE-WORDING': 'PASS (trap): "have access to the school\'s quiet room" is in Section A and "when needed" '
                            'is in Section B; Section F uses neither.',
        'PR-QUANTIFIED': 'PASS (trap): "Ear defenders, bought and replaced by the school" - equipment needs what and who '
                         'provides it, not a group size; "From April 2026, the same speech and language therapist will '
                         'train" starts with a month and is fully quantified.',
        'HC-NEEDS': 'PASS (trap): "has no difficulty with his hearing or eyesight" sits next to a real continence need '
                    'that C describes and G meets.',
        'HC-THERAPY-PLACEMENT': 'PASS: speech and language therapy is in Section F ("will work with Farid on his own '
                                'for 30 minutes every other Tuesday").',
        'HC-DCO-SIGNOFF': 'PASS: "reviewed the health provision in this section and agreed it on 5 March 2026".',
        'SC-NEEDS': 'PASS: "has no social care needs relating to his special educational needs at present" with the '
                    'basis (social worker\'s advice, 12 February 2026).',
        'SC-PROVISION-SPECIFIC': 'PASS: H1/H2 "None." but short breaks and Early Help were considered.',
        'PC-ASPIRATION-LINK': 'PASS: each outcome ends with a link such as "(Builds on: having a friend to play trains with.)"',
    },
))

# ------------------------------------------------------------------ aa102 FAIL
T = std_titles('Yonas', 'his')
PLANS.append(dict(
    id='aa102', layout='heading2-numbered', name='Yonas', age=15, year_group='Year 10',
    needs=['SEMH', 'trauma', 'EAL', 'looked after (unaccompanied asylum-seeking child)'],
    voice='first person (with interpreter); foster carer third person',
    front=front('Yonas', 'Year 10', '15', 'Tigrinya; learning English since 2025',
                'Tigrinya interpreter (telephone) at all meetings', '06/07/2026', '22/06/2026',
                'Ms Nkechi Bamidele, EHC Plan Co-ordinator') + [
        ('Legal status', 'Looked after by Wharfside Council (section 20, Children Act 1989); unaccompanied asylum-'
                         'seeking child')],
    sections=sections(T, {
        'A': [
            ('h', 'A1 All about me'),
            ('p', "These are my words. I said them in Tigrinya at my review on 22 June 2026 and the interpreter put them "
                  "into English. My keyworker at school, Mr Haile, checked them with me afterwards."),
            ('p', "I am Yonas. I am from Eritrea. I came to London in March 2025 after a long journey through Sudan, "
                  "Libya and Italy. I live with my foster carer, Auntie Grace, and another boy from Eritrea. I like "
                  "football, fixing bikes and cooking injera with Auntie Grace on Sundays. At school I like maths and "
                  "the football club. I do not like it when the classroom is loud or when people stand behind me. "
                  "Sometimes I cannot sleep and then I am tired and angry at school. I want to speak English well, to "
                  "read English books and to be a car mechanic one day."),
            ('h', "A2 What Yonas's foster carer says"),
            ('p', "Grace, Yonas's foster carer, said: 'Yonas is polite, funny and very hard-working. He helps with the "
                  "younger children in the house and he is always first up for football. He has bad nights, sometimes "
                  "three or four in a week, and on those days he finds school very hard. I would like school to "
                  "understand that when he goes quiet or walks out, he is frightened, not rude.'"),
            ('h', 'A3 Strengths'),
            ('b', ["Quick at maths: he is working at about the level of a Year 9 pupil in number work.",
                   "Practical and good with his hands; he repaired two bikes for the foster family.",
                   "Kind and protective of younger children.",
                   "Learning English fast: he now reads simple sentences and follows most spoken instructions."]),
            ('h', 'A4 Aspirations'),
            ('p', "Yonas wants to speak and read English well, to pass his exams and to become a car mechanic. Grace "
                  "hopes he will feel safe and settled and stay with her until he is ready to live on his own."),
        ],
        'B': [
            ('h', 'B1 Communication and interaction'),
            ('p', "Yonas is learning English as an additional language. He had about three years of schooling in "
                  "Eritrea. His spoken English is at an early-intermediate stage; he understands classroom instructions "
                  "but not subject vocabulary in science, history and English literature."),
            ('h', 'B2 Cognition and learning'),
            ('p', "Yonas's reasoning is strong: the educational psychologist found his non-verbal reasoning in the "
                  "average range. His reading of English is at about the level of a 7-year-old and his writing is "
                  "limited to short sentences. Maths is a strength."),
            ('h', 'B3 Social, emotional and mental health'),
            ('p', "Yonas experienced serious trauma before and during his journey. In school he is hypervigilant (very "
                  "alert to danger), startles at sudden noise and leaves lessons two or three times a week when he "
                  "feels unsafe. After a bad night he finds it hard to concentrate or to accept correction."),
        ],
        'C': [
            ('p', "Yonas has post-traumatic stress disorder (PTSD), diagnosed by the Child and Adolescent Mental Health "
                  "Services (CAMHS) Refugee and Trauma Team in April 2026. He has nightmares and flashbacks, wakes "
                  "three or four nights a week and has times of very low mood. CAMHS have advised that he needs "
                  "trauma-focused therapy."),
            ('p', "Yonas is short-sighted and wears glasses. He had his initial health assessment as a looked-after "
                  "child in May 2025 and his review health assessment in May 2026."),
        ],
        'D': [('p', "Yonas has no social care needs relating to his special educational needs.")],
        'E': [
            ('h', 'E1 Reading in English'),
            ('p', "By July 2027, Yonas will read a short text written for his age group (about 300 words) and answer 5 "
                  "out of 6 questions about it correctly, measured by the English as an additional language teacher "
                  "each term. (He wants to read English books.)"),
            ('h', 'E2 Subject vocabulary'),
            ('p', "By July 2027, Yonas will explain the meaning of 20 key words from each of his science and history "
                  "topics in spoken English, checked by his subject teachers at the end of each topic."),
            ('h', 'E3 Staying in lessons'),
            ('p', "By Easter 2027, Yonas will use his exit card and the agreed calm space and return to the lesson "
                  "within 10 minutes, so that he leaves lessons no more than once a week, recorded on the school's "
                  "behaviour system."),
            ('h', 'E4 Writing'),
            ('p', "By July 2027, Yonas will write a paragraph of at least 5 linked sentences using capital letters and "
                  "full stops, assessed by his English teacher against the school's writing checklist each half "
                  "term."),
        ],
        'F': [
            ('h', 'F1 English as an additional language'),
            ('b', ["English as an additional language (EAL) teaching: 45 minutes, four times a week, in a group of no "
                   "more than 5, taught by the qualified EAL teacher.",
                   "Pre-teaching of subject vocabulary for science and history: 20 minutes before each new topic, 1:1 "
                   "with a teaching assistant, using a bilingual Tigrinya-English word list prepared by the EAL "
                   "teacher."]),
            ('h', 'F2 Literacy'),
            ('b', ["Reading intervention: a structured phonics and reading programme, 30 minutes daily, 1:1, delivered "
                   "by a teaching assistant trained in the programme, reviewed by the SENCo (special educational needs "
                   "co-ordinator) every 6 weeks.",
                   "Writing: a writing frame and word bank for every extended writing task, prepared by the class "
                   "teacher."]),
            ('h', 'F3 Social, emotional and mental health'),
            ('b', ["A named key adult (Mr Haile, learning mentor, trained in trauma-informed practice) who meets Yonas "
                   "each morning for a 10-minute check-in and for 30 minutes each Friday.",
                   "An exit card and an agreed calm space (the learning support base), known to all his teachers.",
                   "All staff who teach Yonas will have a 60-minute briefing on trauma-informed approaches from the "
                   "educational psychologist in September 2026.",
                   "Educational psychologist: one 60-minute consultation with Mr Haile and the SENCo each term."]),
        ],
        'G': [
            ('p', "The looked-after children's nurse will complete Yonas's review health assessment once a year (60 "
                  "minutes, with an interpreter) and pass any new health advice to school and to his foster carer."),
            ('p', "The looked-after children's nurse will book Yonas's eye test every 12 months with a high street "
                  "optician and make sure he has new glasses within 4 weeks when his prescription changes."),
            ('p', "Health agreement: the health provision above was confirmed by Mr Colin Baptiste, Designated Clinical "
                  "Officer, on 30 June 2026."),
        ],
        'H1': [('p', 'None.')],
        'H2': [('p', 'None.')],
        'I': [('p', "Riverside Academy, Wharfside (mainstream secondary academy).")],
        'J': [('p', "Not applicable.")],
        'K': [
            ('b', ["Yonas's views: given by Yonas with a Tigrinya interpreter at his annual review, 22 June 2026.",
                   "Foster carer's views: Grace, foster carer, 22 June 2026.",
                   "Educational advice: Ms Olivia Grant, SENCo, Riverside Academy, 10 June 2026.",
                   "Psychological advice: Dr Samuel Ofori, Educational Psychologist, Wharfside Educational Psychology "
                   "Service, 14 May 2026.",
                   "Medical advice: Nurse Patricia Walsh, Looked-After Children's Nurse, review health assessment, 19 "
                   "May 2026.",
                   "Mental health advice: Dr Leah Cohen, Clinical Psychologist, CAMHS Refugee and Trauma Team, 28 April "
                   "2026.",
                   "Preparing for adulthood advice: Mr Kwame Addo, Careers Adviser, Riverside Academy, 12 June 2026."]),
        ],
    }),
    labels=labels(fail=['SC-STATUTORY-LINK', 'SC-NEEDS', 'SC-PROVISION-SPECIFIC', 'SC-ADVICE',
                        'CA-STATUTORY-ADVICE', 'HC-NEEDS-MET', 'HC-OUTCOMES', 'PC-PFA'],
                  na=['SC-RIGHT-SECTION', 'HC-THERAPY-PLACEMENT']),
    why={
        'SC-STATUTORY-LINK': '"Looked after by Wharfside Council (section 20, Children Act 1989)" - the plan records '
                             'looked-after status but D says "Yonas has no social care needs relating to his special '
                             'educational needs." and H1/H2 say "None."; no social worker, care plan or PEP informs it.',
        'SC-NEEDS': '"Yonas has no social care needs relating to his special educational needs." - for a looked-after '
                    'unaccompanied child, with no assessment or advice named as the basis.',
        'SC-PROVISION-SPECIFIC': '"None." - H1 and H2 with nothing to show short breaks, early help or the care plan '
                                 'were considered.',
        'SC-ADVICE': '"Preparing for adulthood advice: Mr Kwame Addo" - K lists no social care advice at all (no '
                     'social worker for a looked-after child).',
        'CA-STATUTORY-ADVICE': '"Medical advice: Nurse Patricia Walsh" - K has parent (carer), educational, medical, '
                               'psychological and PfA advice but no social care advice (reg 6).',
        'HC-NEEDS-MET': '"CAMHS have advised that he needs trauma-focused therapy." - post-traumatic stress disorder '
                        'in C, but G has only the annual health assessment and eye tests.',
        'HC-OUTCOMES': '"Yonas has post-traumatic stress disorder (PTSD)" - no outcome in E about sleep, nightmares or '
                       'mental health.',
        'PC-PFA': '"By July 2027, Yonas will read a short text" - a Year 10 plan whose four outcomes are all classroom '
                  'skills; none prepares for employment or college, independent living, community or health, though '
                  'he wants to be a car mechanic.',
        'PC-ASPIRATION-LINK': 'PASS: E1 builds on "I want to speak English well, to read English books"; the '
                              'mechanic aspiration gap is graded under PC-PFA.',
        'HC-DCO-SIGNOFF': 'PASS: "confirmed by Mr Colin Baptiste, Designated Clinical Officer, on 30 June 2026".',
        'HC-THERAPY-PLACEMENT': 'NA: no speech and language therapy or occupational therapy in the plan.',
    },
))

# ------------------------------------------------------------------ aa103 FAIL
T = std_titles('Amira', 'her')
PLANS.append(dict(
    id='aa103', layout='heading2-numbered', name='Amira', age=10, year_group='Year 5',
    needs=['hearing impairment', 'EAL'], voice='first person (child) and parents third person',
    front=front('Amira', 'Year 5', '10', 'Arabic (Sudanese) and English', 'Arabic interpreter for parents',
                '14 October 2026', '23 September 2026', 'Mr Daniel Achterberg, EHC Plan Co-ordinator'),
    sections=sections(T, {
        'A': [
            ('h', 'A1 About me'),
            ('p', "Amira told her class teacher these things in English, with some Arabic words, on 16 September 2026. "
                  "She chose to type them herself on the class laptop."),
            ('b', ["I like drawing, gymnastics and baking cakes with my mum.",
                   "My best friend is Layla. We sit together at lunch.",
                   "I don't like it when everyone talks at the same time because I can't hear who is talking.",
                   "I like it when my teacher stands at the front and I can see her face.",
                   "When I grow up I want to be a doctor for children."]),
            ('h', "A2 What Amira's parents say"),
            ('p', "Amira's mother and father came to the review on 23 September 2026 with an Arabic interpreter. They "
                  "said that Amira is determined, caring and funny. The family left Khartoum in 2023 and arrived in "
                  "Wharfside in 2024, and Amira has had to get used to a new school, a new language and a noisy "
                  "enviroment all at once. They worry that she pretends to understand when she has missed what was "
                  "said, and that she is tired and occassionally tearful at the end of the school day. They would like "
                  "her hearing aids and the classroom equipment to be checked properly so that she does not miss "
                  "lessons, and they hope she will go to secondary school with her friends and later to university."),
            ('h', 'A3 Strengths'),
            ('b', ["Amira is a confident reader in Arabic and is now reading English books at about the level "
                   "expected for her age.",
                   "She is very good at art and won the school's poster competition in June 2026.",
                   "She lip-reads well and watches faces carefully.",
                   "She is a kind friend and often helps new children in the class."]),
            ('h', 'A4 Aspirations'),
            ('p', "Amira wants to be a children's doctor. Her parents hope she will move to secondary school with her "
                  "friends in September 2027 and go on to university."),
        ],
        'B': [
            ('h', 'B1 Communication and interaction'),
            ('p', "Amira has a moderate permanent hearing loss in both ears and wears two hearing aids. In a quiet room "
                  "with the speaker facing her she follows most of what is said, but in group work, assemblies and the "
                  "dining hall she misses a great deal, and she finds it hard to follow discussions when more than one "
                  "person speaks. Her English vocabulary for school subjects is behind that of her classmates because "
                  "she is learning English as an additional language (EAL) and misses words she does not hear clearly."),
            ('h', 'B2 Cognition and learning'),
            ('p', "Amira is a capable learner. She is working at the expected standard in maths and close to it in "
                  "reading, but her writing is below the expected standard because she mishears and misspells new "
                  "words. She needs new subject words taught seperately, before each topic, and checked."),
            ('h', 'B3 Social, emotional and mental health'),
            ('p', "Listening all day is tiring for Amira and she can become withdrawn by the afternoon. At the begining "
                  "of this year she said she sometimes feels 'left out' in group games."),
            ('h', 'B4 Sensory and physical'),
            ('p', "Hearing impairment as above. Her hearing aids need to be checked every day, and a radio aid helps her "
                  "hear her teacher over background noise."),
        ],
        'C': [('p', "Amira has a moderate bilateral sensorineural hearing loss (a permanent loss in both ears) and is "
                    "under the care of Paediatric Audiology at Wharfside Hospital. Her hearing aids and ear moulds need "
                    "regular checking and replacing as she grows. She has no other health needs; her eyesight was "
                    "tested in March 2026 and is normal.")],
        'D': [('p', "Social care advice was given by Mr Ibrahim Kamara, Early Help Practitioner, on 8 September 2026 "
                    "after meeting the family. Amira has no social care needs relating to her special educational "
                    "needs. The family were given information about the Wharfside Local Offer and the deaf children's "
                    "youth club.")],
        'E': [
            ('h', 'E1 Listening in class'),
            ('p', "By July 2027, Amira will tell an adult within 5 minutes when her hearing aid or radio aid is not "
                  "working, on 9 out of 10 days, recorded on her equipment checklist by the class teaching assistant. (Links to: moving to "
                  "secondary school with her friends.)"),
            ('h', 'E2 Confidence'),
            ('p', "By July 2027, Amira will feel more confident and happier in class."),
            ('h', 'E3 Subject vocabulary'),
            ('p', "Amira will receive pre-teaching of new topic words before each science and history unit."),
            ('h', 'E4 Writing'),
            ('p', "By the end of Year 6 (July 2027), Amira will spell 80% of the key words for each topic correctly in "
                  "her independent writing, checked by her class teacher in each end-of-unit writing task. (Links to: becoming a "
                  "children's doctor.)"),
        ],
        'F': [
            ('h', 'F1 Hearing and communication'),
            ('b', ["Amira should have access to a radio aid in lessons where possible.",
                   "A specialist teaching assistant from the Sensory Support Service will visit once each half term "
                   "for 1 hour to check Amira's equipment and advise her class teacher.",
                   "Opportunities to practise listening skills in a small group.",
                   "Her class teacher will seat her near the front, away from the door and the window, in every "
                   "lesson."]),
            ('h', 'F2 Learning and English as an additional language'),
            ('b', ["Regular pre-teaching of topic vocabulary by a teaching assistant.",
                   "EAL support: 30 minutes twice a week, in a group of no more than 4, led by the EAL co-ordinator.",
                   "Spelling: 15 minutes daily, 1:1 with a teaching assistant, using a multi-sensory spelling "
                   "programme."]),
            ('h', 'F3 Wellbeing'),
            ('b', ["A 10-minute 'listening break' in a quiet room every afternoon, supervised by the class teaching "
                   "assistant.",
                   "A friendship group for Amira and 3 classmates, 30 minutes weekly for 8 weeks then review, led by "
                   "the school's learning mentor."]),
        ],
        'G': [
            ('p', "Paediatric Audiology, Wharfside Hospital: a hearing test and hearing aid review every 6 months (45 "
                  "minutes at clinic, with an Arabic interpreter), new ear moulds every 3 months, and replacement "
                  "hearing aids within 2 weeks if they fail."),
            ('p', "Health agreement: Dr Helen Osei, Designated Clinical Officer, reviewed and agreed this section on 6 "
                  "October 2026."),
        ],
        'H1': [('p', "None. Short breaks were considered at the Early Help visit on 8 September 2026 and are not needed "
                     "at present.")],
        'H2': [('p', "None. The family have information about the Local Offer and the deaf children's youth club.")],
        'I': [('p', "Canal Street Primary School, Wharfside (mainstream primary school).")],
        'J': [('p', "No personal budget requested.")],
        'K': [
            ('b', ["Amira's views: typed by Amira with her class teacher, 16 September 2026.",
                   "Parents' views: Amira's mother and father, with an Arabic interpreter, 23 September 2026.",
                   "Educational advice: Ms Clare Dunmore, class teacher, and Mr Tomasz Wolski, SENCo (special "
                   "educational needs co-ordinator), Canal Street Primary School, 11 September 2026.",
                   "Hearing support advice: Ms Joanne Pike, Specialist Teaching Assistant, Sensory Support Service, 2 "
                   "September 2026.",
                   "Psychological advice: Dr Ama Mensah, Educational Psychologist, 1 July 2026.",
                   "Medical advice: Ms Ruth Abara, Clinical Scientist (Audiology), Paediatric Audiology, Wharfside "
                   "Hospital, 25 August 2026.",
                   "Social care advice: Mr Ibrahim Kamara, Early Help Practitioner, 8 September 2026."]),
        ],
    }),
    labels=labels(fail=['CA-STATUTORY-ADVICE', 'PR-VAGUE-WORDING', 'PR-QUANTIFIED', 'PC-SMART',
                        'PC-OUTCOME-NOT-PROVISION', 'LG-SPELLING'],
                  na=['PC-PFA', 'SC-STATUTORY-LINK', 'SC-RIGHT-SECTION', 'HC-THERAPY-PLACEMENT']),
    why={
        'CA-STATUTORY-ADVICE': '"Hearing support advice: Ms Joanne Pike, Specialist Teaching Assistant, Sensory Support '
                               'Service" - a child with a hearing impairment needs advice from a qualified teacher of '
                               'the deaf; a support assistant is the wrong professional.',
        'PR-VAGUE-WORDING': '"Amira should have access to a radio aid in lessons where possible." - should, access to, '
                            'where possible; also "Opportunities to practise listening skills in a small group." and '
                            '"Regular pre-teaching of topic vocabulary by a teaching assistant."',
        'PR-QUANTIFIED': '"Opportunities to practise listening skills in a small group." - no frequency, length, group '
                         'size or who; "Regular pre-teaching of topic vocabulary by a teaching assistant." has no '
                         'frequency or length; the radio aid has no one providing or maintaining it.',
        'PC-SMART': '"By July 2027, Amira will feel more confident and happier in class." - dated but no observable '
                    'measure; E3 has neither date nor measure.',
        'PC-OUTCOME-NOT-PROVISION': '"Amira will receive pre-teaching of new topic words before each science and history '
                                    'unit." - being given teaching is provision, not an achievement.',
        'LG-SPELLING': '"a noisy enviroment all at once" - also "occassionally tearful", "taught seperately" and "At the '
                       'begining of this year": four misspellings in a plan for the family.',
        'HC-NEEDS': 'PASS (trap): "She has no other health needs; her eyesight was tested in March 2026" next to the '
                    'hearing loss that G meets; "regular checking" is in C, not F.',
        'PR-OUTCOME-LINK': 'PASS: each need in B has some provision in F and each outcome is served; the defects are '
                           'in how the provision is written (PR-VAGUE-WORDING, PR-QUANTIFIED).',
        'HC-OUTCOMES': 'PASS: E1 (checking her own hearing aids) comes from the hearing need.',
        'LG-GRAMMAR': 'PASS: no grammar errors; the slips are spellings.',
    },
))

# ------------------------------------------------------------------ aa104 SOUND
T = std_titles('Mykola', 'his')
PLANS.append(dict(
    id='aa104', layout='heading2-numbered', name='Mykola', age=17, year_group='Year 12',
    needs=['specific learning difficulty (dyslexia)', 'anxiety', 'EAL'],
    voice='first person (young person), mother third person',
    front=front('Mykola', 'Year 12 (post-16, further education college)', '17 years 4 months',
                'Ukrainian and Russian; fluent spoken English', 'Not needed for Mykola; Ukrainian interpreter offered '
                'to his mother', '9 June 2026', '12 May 2026', 'Ms Nkechi Bamidele, EHC Plan Co-ordinator'),
    sections=sections(T, {
        'A': [
            ('h', 'A1 About me, in my own words'),
            ('p', "I wrote this myself with my learning support tutor before my annual review on 12 May 2026."),
            ('p', "My name is Mykola and I am 17. I came to London from Kharkiv in 2022 with my mum and my little "
                  "brother. At first I did not speak much English, but now I do, and I help my mum with letters and "
                  "phone calls. I am studying engineering at Thames Gate College. I love fixing things, especially "
                  "bikes and anything electrical, and I work up to 8 hours on a Saturday at a bike shop in Bow. My "
                  "dyslexia means reading and writing take me a long time. When I have to read out loud or sit an exam "
                  "in a big hall my heart goes fast and sometimes I have to leave. The software on my laptop helps me "
                  "a lot. What works for me: getting the slides before the lesson, being told about changes early, and "
                  "people not rushing me."),
            ('p', "In the future I want to study electrical engineering at university or do a higher apprenticeship, "
                  "learn to drive, and have my own flat in London. I also want to go back to Kharkiv one day and help "
                  "to rebuild."),
            ('h', "A2 What Mykola's mother says"),
            ('p', "Mykola's mother wrote her views in Ukrainian; they were translated on 30 April 2026. She said that "
                  "Mykola is clever, responsible and a wonderful older brother. Since the war he worries a great deal, "
                  "especially about exams and about family still in Ukraine. She would like him to get help with his "
                  "anxiety so that his results show how able he is, and she hopes he will go to university."),
            ('h', 'A3 Strengths'),
            ('b', ["Excellent practical and problem-solving skills; top of his group in the electrical installation "
                   "practical unit.",
                   "Fluent in three languages.",
                   "Reliable: he has kept his Saturday job for over a year.",
                   "Uses assistive software confidently and teaches other students how to use it."]),
            ('h', 'A4 Aspirations'),
            ('p', "Employment and higher education: a place on an electrical engineering degree or a higher "
                  "apprenticeship. Independent living: his own flat and a driving licence. Community: keep playing "
                  "five-a-side and stay involved with the Ukrainian community centre. Health: manage his anxiety so it "
                  "does not stop him doing what he wants."),
        ],
        'B': [
            ('h', 'B1 Cognition and learning'),
            ('p', "Mykola has dyslexia (a specific learning difficulty), confirmed by the educational psychologist in "
                  "March 2026. His verbal and non-verbal reasoning are in the above-average range, but his reading "
                  "speed and spelling are well below average, and his working memory is a relative weakness. He "
                  "produces written work slowly and his written assignments do not reflect his understanding. English "
                  "is his third language, which adds to the load when he reads technical texts."),
            ('h', 'B2 Social, emotional and mental health'),
            ('p', "Mykola has anxiety, which is worst before exams and presentations. In the last year he left 3 of "
                  "his 5 mock exams early and missed 2 presentations. He copes well day to day when changes are "
                  "explained early."),
            ('h', 'B3 Preparing for adulthood'),
            ('p', "Mykola has not yet researched university courses or apprenticeships in detail. He travels to "
                  "college on a familiar bus route but has not yet travelled alone to places he does not know."),
        ],
        'C': [('p', "Mykola has no physical health needs (general practitioner (GP) summary, 14 April 2026), but he has an anxiety disorder, "
                    "assessed by the Child and Adolescent Mental Health Services (CAMHS) Adolescent Team in April 2026. "
                    "He has panic attacks before exams and some difficulty getting to sleep in exam periods. CAMHS have "
                    "advised a course of cognitive behavioural therapy (CBT).")],
        'D': [('p', "Social care advice was given by Ms Grace Mutasa, Social Worker, Wharfside Children's Social Care "
                    "Assessment Team, on 20 April 2026, after a conversation with Mykola and his mother. Mykola has no "
                    "social care needs relating to his special educational needs, and he will not need an adult social "
                    "care assessment when he turns 18. He was given details of the Wharfside youth service and the "
                    "Local Offer.")],
        'E': [
            ('p', "These outcomes were agreed with Mykola at his annual review. Each one is linked to a preparing for "
                  "adulthood area."),
            ('h', 'E1 Higher education or employment'),
            ('p', "By March 2027, Mykola will receive an offer of a place on an electrical engineering degree or a "
                  "higher apprenticeship, having sent at least 3 applications by January 2027, checked by his careers "
                  "adviser."),
            ('h', 'E2 Qualification'),
            ('p', "By July 2027, Mykola will gain the Level 3 Extended Diploma in Engineering at Merit or above, "
                  "confirmed by the college's exam results."),
            ('h', 'E3 Independent study'),
            ('p', "By December 2026, Mykola will write all coursework assignments of 1,000 words or more on his own "
                  "using speech-to-text and text-to-speech software, handing each in by the deadline, checked by his "
                  "learning support tutor at the end of each term."),
            ('h', 'E4 Good health: managing anxiety'),
            ('p', "By April 2027, Mykola will use two strategies from his therapy when he feels anxious and will sit "
                  "all of his January 2027 mock exams to the end, with his own anxiety rating before exams falling "
                  "from 8 out of 10 to 5 or lower, recorded by the clinical psychologist at the end of therapy."),
            ('h', 'E5 Independent travel'),
            ('p', "By July 2027, Mykola will access the community independently by planning and making a train journey "
                  "on his own to an unfamiliar place (for example a university open day) at least twice, confirmed by "
                  "his key worker."),
        ],
        'F': [
            ('h', 'F1 Cognition and learning'),
            ('b', ["Specialist dyslexia teaching: 45 minutes once a week in term time, 1:1, with a specialist teacher "
                   "who holds a Level 5 qualification in teaching learners with dyslexia.",
                   "Study skills group: 60 minutes weekly in a group of no more than 5, led by the learning support "
                   "tutor.",
                   "Course materials: each course tutor will send Mykola the slides and notes for each lesson at least "
                   "24 hours before the lesson, on a cream background in a 12-point sans-serif font.",
                   "Assistive technology: a laptop with text-to-speech and speech-to-text software, provided by the "
                   "college and set up and maintained by the college's information technology (IT) technician, who will repair or replace it "
                   "within 5 working days if it fails.",
                   "Exam access arrangements: 25% extra time and a computer reader in all internal and external exams, "
                   "in a small room, applied for and arranged each year by the college's exams officer."]),
            ('h', 'F2 Social, emotional and mental health'),
            ('b', ["Key worker: a named key worker (his learning support tutor) will meet Mykola for 30 minutes every "
                   "Monday to plan his week and to tell him about any changes.",
                   "Presentations: Mykola will present to his tutor and no more than 3 students until his key worker "
                   "and he agree he is ready for a full class, reviewed each half term."]),
            ('h', 'F3 Preparing for adulthood'),
            ('b', ["Careers guidance: a qualified careers adviser will meet Mykola for 45 minutes each half term and "
                   "check his applications before he sends them.",
                   "Travel training: 6 sessions then review, 90 minutes each, 1:1 with the college's independent travel "
                   "trainer, starting in September 2026.",
                   "January 2027: the key worker and careers adviser will hold a 60-minute transition meeting with "
                   "Mykola and his mother to plan his move to university or an apprenticeship."]),
        ],
        'G': [
            ('p', "A clinical psychologist from the CAMHS Adolescent Team will provide 12 weekly sessions of CBT for "
                  "anxiety, 50 minutes each, at the Wharfside CAMHS clinic, starting in September 2026, then review "
                  "with Mykola. If further therapy is needed after he turns 18, CAMHS will refer him to adult talking "
                  "therapies before the course ends."),
            ('p', "Health sign-off: this section was reviewed and supported by Ms Farah Qureshi, Designated Clinical "
                  "Officer, NHS North East London, on 2 June 2026."),
        ],
        'H1': [('p', "None. Short breaks are not needed; this was considered with the social worker on 20 April 2026.")],
        'H2': [('p', "None. Mykola has details of the youth service and the Local Offer, and will use the Ukrainian "
                     "community centre's youth club, which he chose himself.")],
        'I': [('p', "Thames Gate College, Wharfside (general further education college): Level 3 Extended Diploma in "
                    "Engineering, second year from September 2026.")],
        'J': [('p', "Mykola does not want a personal budget. This was discussed at his review on 12 May 2026.")],
        'K': [
            ('b', ["Mykola's own views: written by Mykola, 12 May 2026.",
                   "Parent's views: Mykola's mother, written in Ukrainian and translated, 30 April 2026.",
                   "Educational advice: Mr Andrew Lyle, Learning Support Manager, Thames Gate College, 28 April 2026.",
                   "Psychological advice: Dr Samuel Ofori, Educational Psychologist, 17 March 2026.",
                   "Medical advice: Dr Naomi Reid, GP, Roman Road Surgery, 14 April 2026.",
                   "Mental health advice: Dr Leah Cohen, Clinical Psychologist, CAMHS Adolescent Team, 21 April 2026.",
                   "Social care advice: Ms Grace Mutasa, Social Worker, Wharfside Children's Social Care, 20 April "
                   "2026.",
                   "Preparing for adulthood advice: Ms Irina Baker, Careers Adviser, Thames Gate College, 5 May "
                   "2026."]),
        ],
    }),
    labels=labels(na=['SC-STATUTORY-LINK', 'SC-RIGHT-SECTION', 'HC-THERAPY-PLACEMENT']),
    why={
        'PC-OUTCOME-NOT-PROVISION': 'PASS (trap): "Mykola will receive an offer of a place" and "will gain the Level 3 '
                                    'Extended Diploma" are achievements; "will access the community independently" is '
                                    'an achievement, not support.',
        'PR-QUANTIFIED': 'PASS (trap): "25% extra time and a computer reader in all internal and external exams" (access '
                         'arrangement, arranged by the exams officer) and the laptop "set up and maintained by the '
                         'college\'s information technology (IT) technician" need no group size or frequency.',
        'PR-VAGUE-WORDING': 'PASS (trap): "work up to 8 hours on a Saturday" is in Section A, not F; "January 2027: the '
                            'key worker" is a month starting a sentence.',
        'HC-NEEDS': 'PASS (trap): "has no physical health needs (general practitioner (GP) summary, 14 April 2026), but he has an anxiety '
                    'disorder" - C and G cover the anxiety.',
        'HC-DCO-SIGNOFF': 'PASS: "reviewed and supported by Ms Farah Qureshi, Designated Clinical Officer".',
        'PC-PFA': 'PASS: E1, E4 and E5 cover employment/higher education, good health and community.',
        'SC-PROVISION-SPECIFIC': 'PASS: H1/H2 "None." with short breaks considered and the Local Offer given.',
        'HC-THERAPY-PLACEMENT': 'NA: the only therapy is CBT (health provision); no speech and language or '
                                'occupational therapy.',
        'LG-JARGON': 'PASS: CAMHS, CBT, GP, EHC and IT are spelled out or everyday terms; "key worker" is plain '
                     'public-sector vocabulary.',
    },
))
