"""Generator for set Q1: 12 fictional, anonymised EHC plans for a fictional West Yorkshire
city council (Kirkhallam City Council). Run with the Q1 venv:
    /work/blind/.venv-Q1/bin/python generate.py
Layouts: bold-statutory (q101, q104, q107, q110), ef-table (q102, q105, q108, q111),
national-template (q103, q106, q109, q112). Rendering helpers live in gen_layouts.py / gen_common.py.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_layouts import render_bold, render_ef, render_national

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'plans')
PLANS = {}

# ---------------------------------------------------------------------------------------------
# q101  bold-statutory  Zain, 9, Year 4, hearing impairment, EAL
# ---------------------------------------------------------------------------------------------
PLANS['q101'] = dict(layout='bold', title="Education, Health and Care Plan – Zain", front=[
    ("Name", "Zain"),
    ("Age", "9 years"),
    ("School year (NC)", "Year 4"),
    ("Date of last annual review meeting", "24 February 2026"),
    ("Date plan issued", "27 March 2026 (amended following annual review)"),
    ("EHC Coordinator", "Nadia Rashid, SEND Assessment and Review Team"),
], sections=[
 ('A', [
    ('sub', "About me"),
    ('p', "Zain shared these views with his class teacher, Miss Hussain, in January 2026. They talked together using photographs of his classroom and the playground, and Zain drew pictures to show what he likes. These are his own words:"),
    ('ul', ["\u201cI like football. I am the goalkeeper at dinner time.\u201d",
            "\u201cMaths is my best because I can see the numbers on the board.\u201d",
            "\u201cIt is hard on the carpet when everybody is talking.\u201d",
            "\u201cMy hearing aids help me but the hall is too noisy.\u201d",
            "\u201cI want to be a pilot when I grow up.\u201d"], '•'),
    ('sub', "Family and community"),
    ('p', "Zain lives with his mum, dad, older brother Adil and his grandmother in the north of the city. The family speak Urdu and English at home. Zain goes to Qur\u2019an class at the local mosque on weekday evenings and plays football with his cousins at the park on Saturdays. Adil also wears hearing aids, so the family know a lot about looking after them."),
    ('p', "Zain\u2019s mother said: \u201cZain is a happy boy and he tries very hard. Sometimes he pretends he heard when he did not, because he does not want to be different. We want him to speak up, to have good friends and to go to a good high school with them.\u201d (Zain\u2019s mother, translated by interpreter)"),
    ('sub', "Aspirations"),
    ('ul', ["Zain wants to be a pilot, and to play for the school football team this year.",
            "His parents want him to be confident to tell adults when he has not heard, to keep up with his reading and to move to a mainstream secondary school with his freinds."], '-'),
 ]),
 ('B', [
    ('p', "Strengths: Zain is a determined and sociable boy. He is good at maths and sport, he looks after his hearing aids well and he can tell an adult when a battery is flat."),
    ('lp', "B1 Hearing.", "Zain have a bilateral moderate to severe sensorineural hearing loss (a permanent hearing loss in both ears), diagnosed when he was 18 months old. The loss is inherited and was confirmed by Clinical Genetics. He wears two behind-the-ear hearing aids and use a radio aid in class. In a quiet room, close to the speaker, he follows most of what is said. In the hall, the playground and on the carpet, background noise means he misses a lot of information and this make him very tired by the afternoon. Source: Paediatric Audiology report, 12 December 2025; school advice, 16 January 2026."),
    ('lp', "B2 Speech, language and communication.", "Zain\u2019s speech is clear to people who know him, but he drops some word endings (for example \u2018s\u2019 and \u2018ed\u2019) because he does not hear them reliably. His English vocabulary is behind that of his classmates, especially for subject words in science and topic. He do not always ask for things to be repeated and will nod when he has not understood. Source: speech and language therapy advice, 4 February 2026."),
    ('lp', "B3 Cognition and learning.", "Zain is a capable learner. In maths he is working at the expected standard for Year 4. In reading and writing he is working towards the Year 3 standard: he decodes words well, but his understanding of what he reads is held back by his vocabulary. Source: educational psychology advice, 9 January 2026; school advice."),
    ('lp', "B4 Social, emotional and mental health.", "Zain is well liked and plays with a wide group of children. He becomes frustrated and quiet when he has missed an instruction, and he has started to notice that he is the only child in his class who wears hearing aids. Source: parents\u2019 views; educational psychology advice."),
    ('lp', "B5 English as an additional language.", "Zain speaks Urdu and English and is fluent in everyday English. New subject vocabulary needs to be taught to him directly. Source: school advice."),
 ]),
 ('C', [
    ('p', "Zain has a permanent hearing loss in both ears (see B1) and is under the care of Paediatric Audiology at Kirkhallam Royal Infirmary for hearing tests and hearing aid fitting. He has no other known health needs. Source: medical advice from Dr Brook, Community Paediatrician, 28 January 2026."),
 ]),
 ('D', [
    ('p', "Zain\u2019s family are not known to Children\u2019s Social Care and the Early Help screening in January 2026 found no social care needs. His parents told us they manage well at home. They were given information about the Sensory Social Worker and the short breaks local offer and did not want a referral at this time."),
 ]),
 ('E', [
    ('lp', "E1 Communication.", "By the end of Year 5, Zain will tell an adult, or show his \u2018I didn\u2019t hear\u2019 card, when he has missed an instruction, in at least 4 out of 5 lessons. We will know because his teaching assistant will keep a weekly tally."),
    ('lp', "E2 Vocabulary.", "By the end of Year 5, Zain will use and explain 10 new topic words each half term in his talk and in his writing. We will know because his class teacher will check his vocabulary book at the end of each half term."),
    ('lp', "E3 Reading.", "By the end of Year 5, Zain will answer \u2018why\u2019 and \u2018how\u2019 questions about a book at his reading level, getting 8 out of 10 right. We will know because of the school\u2019s termly reading assessment."),
    ('lp', "E4 Friendships and confidence.", "By the end of Year 5, Zain will play in at least three school football matches, using the hand signals he has agreed with the coach for when he cannot hear the whistle. We will know because the PE lead will keep a record of the matches he plays."),
    ('lp', "E5 Looking after his hearing.", "By the end of Year 5, Zain will check his own hearing aids and radio aid each morning and report any fault to his teaching assistant on 9 days out of 10. We will know because of the daily equipment checklist."),
 ]),
 ('F', [
    ('sub', "Hearing and listening (B1, E1, E5)"),
    ('ul', ["A radio aid (Roger system) worn in all lessons, assemblies and PE. The class teaching assistant (TA) checks it with Zain every morning (5 minutes). The Sensory and Physical Support Service provides, maintains and repairs it.",
            "Zain will have regular visits from the Teacher of the Deaf.",
            "Seating near the front, away from the door and windows, in every lesson. Soft furnishings and carpet in his classroom to reduce echo, arranged by the school business manager.",
            "An \u2018I didn\u2019t hear\u2019 card on his desk in all lessons; his TA will practise using it with him for 5 minutes each morning in the first half term.",
            "Staff needs to repeat other children\u2019s answers and face Zain when they are speaking."], '•'),
    ('sub', "Speech, language and vocabulary (B2, B5, E2)"),
    ('ul', ["Pre-teaching of topic vocabulary, 1:1 with a TA trained by the Sensory and Physical Support Service, three x 20 minute sessions weekly, in a quiet room seperate from the classroom.",
            "Speech and language therapy: the Speech and Language Therapist (SALT) will see Zain in school once every half term (45 minutes) and write a programme which his TA delivers 1:1 twice weekly for 15 minutes.",
            "Zain will have opportunities to work in a small group on listening and attention as appropriate."], '•'),
    ('sub', "Reading (B3, E3)"),
    ('ul', ["Daily guided reading in a group of no more than 4 pupils, 20 minutes, led by the class teacher, with new words in the text checked with Zain beforehand."], '•'),
    ('sub', "Confidence and friendships (B4, E4)"),
    ('ul', ["A check-in with his TA at the end of every school day (5 minutes) to go over anything he has missed.",
            "Deaf Club with other deaf children at the Sensory and Physical Support Service, once each half term (half a day), arranged by the school.",
            "The PE lead and the football coach will agree hand signals with Zain in one 30-minute meeting in the summer term."], '•'),
    ('sub', "Training for staff"),
    ('ul', ["All staff who teach Zain, including lunchtime supervisors, will recieve deaf awareness training from the Sensory and Physical Support Service once a year (one twilight session of 1.5 hours), so the learning enviroment is right for him."], '•'),
 ]),
 ('G', [
    ('ul', ["Paediatric Audiology will continue to monitor Zain\u2019s hearing and review his hearing aids as needed.",
            "Earmoulds to be replaced by Paediatric Audiology when required."], '•'),
    ('p', "Health section agreed: Designated Clinical Officer, Mrs Shabana Iqbal, 20 March 2026."),
 ]),
 ('H1', [('p', "None. Short breaks were discussed with Zain\u2019s parents, who did not want them at this time.")]),
 ('H2', [('p', "None. The family have the Sensory Social Worker\u2019s contact details and information about Early Help, and can ask for an assessment at any time.")]),
 ('I', [('p', "Ashgrove Primary School, a mainstream community primary school.")]),
 ('J', [('p', "No personal budget has been requested.")]),
 ('K', [
    ('ul', ["Parents\u2019 advice – Zain\u2019s mother and father, with an Urdu interpreter – 14 January 2026",
            "Zain\u2019s views – gathered by Miss R. Hussain, Class Teacher – 15 January 2026",
            "Educational advice – Miss R. Hussain, Class Teacher, and Mrs L. Walsh, Special Educational Needs Co-ordinator (SENCo), Ashgrove Primary School – 16 January 2026",
            "Educational psychology advice – Dr Imran Akhtar, Educational Psychologist – 9 January 2026",
            "Medical advice – Dr Helen Brook, Community Paediatrician – 28 January 2026",
            "Paediatric Audiology report – Ms K. Patel, Clinical Scientist (Audiology) – 12 December 2025",
            "Speech and language therapy advice – Mrs Aisha Mahmood, Speech and Language Therapist – 4 February 2026",
            "Social care advice – Children\u2019s Social Care (Early Help) screening, Duty Social Worker – 22 January 2026",
            "Annual review report – Ashgrove Primary School – 24 February 2026"], '•'),
 ]),
], end=["Signed on behalf of Kirkhallam City Council: Nadia Rashid, EHC Coordinator, 27 March 2026."])

# ---------------------------------------------------------------------------------------------
# q102  ef-table  Mariam, 6, Year 1, profound deafness, bilateral cochlear implants  (sound)
# ---------------------------------------------------------------------------------------------
PLANS['q102'] = dict(layout='ef', title="Education, Health and Care Plan: Mariam", front=[
    ("Child\u2019s first name", "Mariam"),
    ("Age", "6 years"),
    ("School year (NC)", "Year 1 (moving to Year 2 in September 2026)"),
    ("Date plan issued", "6 July 2026"),
    ("Date of last annual review meeting", "Not applicable \u2013 this is Mariam\u2019s first EHC plan"),
    ("Home languages", "Punjabi and English; Mariam also uses British Sign Language (BSL)"),
    ("Case officer", "Imran Ali, SEND Assessment and Review Team"),
], sections=[
 ('A', [
    ('sub', "What Mariam told us"),
    ('p', "Mariam gave her views to her Qualified Teacher of the Deaf (QToD), Ms Firth, and her Communication Support Worker in March 2026. She used spoken English and BSL and chose photos of her day to talk about. Her words are written as she signed and said them:"),
    ('ul', ["\u201cI like drawing and painting. I draw my cat Billi.\u201d",
            "\u201cMrs Khan is nice. She does signing.\u201d",
            "\u201cAt playtime they run too fast. I don\u2019t know the game.\u201d",
            "\u201cWhen I am big I will be a teacher.\u201d"]),
    ('sub', "Family and community"),
    ('p', "Mariam lives with her mum, dad and her brother Rayan, who is nine. Her grandparents live on the same street and she sees them every day. The family speak Punjabi and English at home, and Mariam\u2019s parents and brother have started a family sign language course. On Sunday mornings Mariam goes to a club for deaf children run by a local deaf charity, where she has two close friends."),
    ('p', "\u201cWhen Mariam was born we did not know anyone who was deaf. Now she talks and signs and she is so clever. We want her to use both, speaking and signing, and to be proud of being deaf. We want her to read well and to have hearing friends and deaf friends.\u201d (Mariam\u2019s mother, translated by interpreter)"),
    ('sub', "Interests and aspirations"),
    ('p', "Mariam loves drawing, painting, her cat and playing \u2018schools\u2019 with her brother. She wants to be a teacher when she grows up. Her parents want her to read and write well, to be able to join in with other children at playtime, and to look after her own implants as she gets older."),
 ]),
 ('B', [
    ('p', "Mariam is a bright, curious and determined girl with a good sense of humour. She learns quickly when she can see what is being taught, she is confident in BSL and she is already a good artist."),
    ('p', "**B1 Hearing.** Mariam was born profoundly deaf in both ears. She had cochlear implants (surgically implanted hearing devices) fitted in both ears when she was 14 months old. With her implants she hears speech well in a quiet room, but background noise, distance and people talking over each other make it much harder for her. Source: Cochlear Implant Programme report, 3 March 2026; QToD advice, 10 March 2026."),
    ('p', "**B2 Communication and language.** Mariam uses spoken English and BSL. Her spoken English is about 18 months behind that of hearing children of her age: she speaks in sentences of four or five words and finds it hard to retell events in order. She does not always ask for help when she has not understood. Source: speech and language therapy advice (Cochlear Implant Programme), 3 March 2026; QToD advice."),
    ('p', "**B3 Cognition and learning.** Mariam is working at the expected level in maths. In phonics she knows most single sounds but finds it hard to hear the difference between similar sounds, so she is working below the Year 1 expected level in reading and spelling. Source: school advice, 6 March 2026; educational psychology advice, 25 March 2026."),
    ('p', "**B4 Social and emotional.** Mariam is friendly and kind. In the playground she often stands at the edge of games because she misses the rules when they are explained. She is very tired at the end of the school day because listening takes so much effort. Source: educational psychology advice; school advice."),
 ]),
 ('C', [
    ('p', "Mariam has bilateral cochlear implants. She is under the Cochlear Implant Programme at Kirkhallam Royal Infirmary for programming (\u2018mapping\u2019) of her implants and checks of her sound processors, and under Paediatric Audiology for yearly hearing and ear checks. Mariam walks, runs and climbs as well as other children of her age and has no problems with her balance. She has no other health needs. Source: medical advice, Dr Sameera Anwar, Community Paediatrician, 17 March 2026."),
 ]),
 ('D', [
    ('p', "The Sensory Social Worker from Children\u2019s Social Care completed a social care assessment for Mariam in April 2026. It found that Mariam\u2019s family need help to communicate with her in BSL at home, and that Mariam needs support to take part in activities with other deaf children outside school. The family need equipment that Mariam can use safely at home as she gets older (a flashing doorbell and a vibrating smoke alarm). Mariam is not a child in need and is not on any plan with Children\u2019s Social Care."),
 ]),
 ('EF', [
    ('p', "The outcomes below are for the end of Year 2 (July 2027) unless the table says otherwise. Each outcome says how we will know it has been achieved."),
    ('ef', [
      ("Communication and language", [
        ("By the end of Year 2, Mariam will use spoken sentences of 6 or more words to tell an adult about something she has done, in 3 out of 4 observed sessions. We will know because the QToD will record a language sample each term.", [
          ("Spoken language programme written by the Cochlear Implant Programme speech and language therapist, delivered 1:1 in a quiet room", "Daily, 20 minutes", "Learning Support Assistant (LSA) trained by the speech and language therapist"),
          ("Speech and language therapist visit to school to assess Mariam, update the programme and show the LSA how to deliver it", "Once a term, 1 hour", "Speech and Language Therapist, Cochlear Implant Programme"),
          ("Pre-teaching of new topic words in spoken English and BSL before each new topic", "Three x 15 minute sessions weekly, 1:1", "LSA with BSL Level 2"),
        ]),
        ("By the end of Year 2, Mariam will ask for help or repetition, in BSL or speech, when she has not understood, at least 4 times in a school day. We will know because her LSA will record this on one day each week.", [
          ("Teaching of \u2018repair\u2019 strategies (asking \u2018Say it again\u2019, \u2018What does that mean?\u2019), with a picture prompt card on her table", "Two x 10 minute sessions weekly, 1:1, then prompted in all lessons", "LSA, using a plan written by the QToD"),
          ("QToD visit to observe Mariam, check her listening, check the radio aid and advise staff", "At least once every half term, 1.5 hours", "Qualified Teacher of the Deaf, Sensory and Physical Support Service"),
        ]),
      ]),
      ("Cognition and learning", [
        ("By the end of Year 2, Mariam will read and spell the Phase 5 phonics sounds with 80% accuracy. We will know because of the school\u2019s half-termly phonics check.", [
          ("Phonics catch-up with visual and signed support (hand cues for each sound)", "Daily, 10 minutes, in a group of no more than 3", "LSA trained in phonics, overseen by the Special Educational Needs Co-ordinator (SENCo)"),
        ]),
        ("Mariam wants to be a teacher and loves drawing. By the end of Year 2, she will write three sentences about her own drawing, using capital letters and full stops, in 3 out of 4 weekly pieces of writing. We will know because her class teacher will check her writing book each half term.", [
          ("\u2018Talk and draw\u2019 writing: Mariam draws, tells or signs her idea, then writes it with an adult", "Twice weekly, 30 minutes, 1:1", "LSA"),
        ]),
      ]),
      ("Hearing and access", [
        ("By the end of Year 2, Mariam will tell an adult every time her sound processor battery is flat or a coil has come off. We will know because her LSA keeps an equipment log.", [
          ("Radio aid (Roger system) linked to both sound processors, used in all lessons and assemblies", "All lessons and assemblies", "Provided and repaired by the Sensory and Physical Support Service; checked with Mariam every morning by the LSA"),
          ("Acoustic treatment of Mariam\u2019s classroom: carpet, soft wall boards and door seals", "Fitted by the end of August 2026 and checked each September", "School business manager, on the advice of the Educational Audiologist"),
        ]),
      ]),
      ("Social and emotional", [
        ("By the end of Year 2, Mariam will join a playground game with other children on at least three lunchtimes a week. We will know because lunchtime staff will keep a weekly record.", [
          ("Playground games group for Mariam and three hearing classmates, who learn the signs for the games", "Mondays and Wednesdays at lunchtime, 20 minutes", "LSA"),
          ("Deaf awareness and basic BSL for Mariam\u2019s class and for lunchtime staff", "Staff: one 1-hour session each year; class: six weekly 20-minute sessions in the autumn term", "QToD and Deaf Instructor, Sensory and Physical Support Service"),
          ("A quiet 10-minute rest in the library after lunch to reduce listening fatigue", "Daily, 10 minutes", "Class teacher to timetable"),
        ]),
      ]),
    ]),
 ]),
 ('G', [
    ('ul', ["Cochlear Implant Programme, Kirkhallam Royal Infirmary: mapping of both implants and checks of the sound processors at clinic every 6 months (about 2 hours); replacement leads and coils posted to the family within 2 working days of a request.",
            "Paediatric Audiology: hearing and ear check once a year (1 hour) at the Children\u2019s Hearing Centre."]),
    ('p', "Health section agreed: Designated Clinical Officer, Dr Farah Qureshi, 30 June 2026."),
 ]),
 ('H1', [
    ('p', "Mariam will attend the Sensory Team\u2019s deaf children\u2019s activity group (a short break), one Saturday each month for 3 hours, arranged by the Sensory Social Worker under section 2 of the Chronically Sick and Disabled Persons Act 1970."),
    ('p', "Equipment: a flashing doorbell and a vibrating smoke alarm for the family home, supplied and fitted by the Sensory Team by 31 October 2026."),
 ]),
 ('H2', [
    ('p', "Family sign language course for Mariam\u2019s parents and brother: 10 weekly sessions of 2 hours from September 2026, arranged and paid for by the Sensory Social Worker. The Sensory Social Worker will visit the family at home once each half term (1 hour) until July 2027 to review how the family are communicating with Mariam."),
 ]),
 ('I', [('p', "Moorside Primary School: a mainstream primary school with a resourced provision for deaf children.")]),
 ('J', [('p', "No personal budget has been requested.")]),
 ('K', [
    ('table', ["Advice and information", "Given by", "Date"], [
        ["Parents\u2019 advice", "Mariam\u2019s mother and father (Punjabi interpreter present)", "2 March 2026"],
        ["Mariam\u2019s views", "Gathered by Ms J. Firth, QToD, with Mariam\u2019s Communication Support Worker", "10 March 2026"],
        ["Educational advice", "Mrs S. Khan, Class Teacher, and Mr P. Dale, SENCo, Moorside Primary School", "6 March 2026"],
        ["Educational advice (hearing impairment)", "Ms Joanne Firth, QToD, Sensory and Physical Support Service", "10 March 2026"],
        ["Educational psychology advice", "Dr Peter Cole, Educational Psychologist", "25 March 2026"],
        ["Medical advice", "Dr Sameera Anwar, Community Paediatrician", "17 March 2026"],
        ["Cochlear Implant Programme report (audiology and speech and language therapy)", "Mr T. Oldroyd, Clinical Scientist, and Ms L. Green, Speech and Language Therapist", "3 March 2026"],
        ["Paediatric Audiology report", "Ms R. Patel, Audiologist", "20 February 2026"],
        ["Social care advice", "Mrs H. Kaur, Sensory Social Worker, Children\u2019s Social Care", "14 April 2026"],
    ]),
 ]),
], end=["Plan finalised and issued by Imran Ali, Case Officer, on behalf of Kirkhallam City Council, 6 July 2026."])

# ---------------------------------------------------------------------------------------------
# q103  national-template  Hamza, 3, Nursery, Down syndrome, glue ear, heart/thyroid
# ---------------------------------------------------------------------------------------------
RED = "Redacted for audit"
PLANS['q103'] = dict(layout='national', title="Kirkhallam City Council \u2013 Education, Health and Care Plan",
 front=[("Date plan issued", "14 October 2025"),
        ("Date of last annual review meeting", "Not yet held"),
        ("School year (NC)", "Nursery (Foundation Stage 1)"),
        ("EHC Coordinator", "Sadia Rehman")],
 personal={'name': "Hamza", 'preferred_name': "Hamza", 'date_of_birth': RED + " (age 3 at date of issue)",
   'sex': "Male", 'ethnicity': "Asian or Asian British \u2013 Pakistani",
   'child_or_young_person_first_language': "Urdu and English", 'parent_or_carer_first_language': "Urdu",
   'parent_1_name': "Hamza\u2019s mother", 'parent_1_relationship': "Mother", 'parent_1_email': RED,
   'parent_1_telephone_number': RED, 'parent_1_home_address': RED,
   'parent_2_name': "Hamza\u2019s father", 'parent_2_relationship': "Father", 'parent_2_email': RED,
   'parent_2_telephone_number': RED, 'parent_2_home_address_if_different_to_parent_or_carer_1': "Same address"},
 services={'education_setting': "Little Acorns Nursery (private, voluntary and independent setting), 30 hours a week",
   'gp_and_key_health_professional_where_applicable': "Dr M. Siddiqui, Community Paediatrician",
   'nhs_number_if_available': RED, 'known_to_social_care': "No",
   'other_professionals_involved_with_this_childyoung_personfamily': "Portage; Early Years SEN Team (Area Special Educational Needs Co-ordinator); Sensory and Physical Support Service (Qualified Teacher of the Deaf); Speech and Language Therapy; Children\u2019s Physiotherapy; Occupational Therapy; Paediatric Audiology; Paediatric Cardiology",
   'currently_a_looked_after_child': "No", 'has_been_a_looked_after_child': "No",
   'is_there_a_one_page_profile_received_append': "Yes \u2013 appended",
   'child_or_young_person_moving_to_area_with_ehcp_from_a_different_local_authority': "No"},
 history=["Hamza is three years old and has Down syndrome, which was diagnosed soon after he was born. He had an operation to repair a heart defect when he was five months old. He had glue ear (fluid behind the eardrums) in both ears and has worn two hearing aids since he was two and a half.",
   "Hamza has had Portage home visits (a home-visiting education service for young children with additional needs) since he was nine months old. He started at Little Acorns Nursery in January 2025 and goes every weekday.",
   "Communication: Hamza uses about 30 Makaton signs (signs used alongside speech) and about 10 spoken words, such as \u2018mama\u2019, \u2018more\u2019 and \u2018car\u2019. He points, takes an adult\u2019s hand to show what he wants and understands familiar routines when they are shown with objects or pictures.",
   "Family and community: Hamza lives with his mum, dad, two older sisters (aged 7 and 9) and his paternal grandparents. The family speak Urdu at home. Hamza\u2019s mother goes to the parent group at Westfield Children\u2019s Centre every Tuesday and the family go to the mosque together on Fridays."],
 views=["Hamza is too young to share his views.",
   "\u201cHamza is a very happy boy. He loves his sisters and he copies everything they do. We worry that he cannot tell us what he wants and he gets cross. We want him to talk, and we want people to see Hamza first, not Down syndrome.\u201d (Hamza\u2019s mother, translated by interpreter)",
   "Hamza\u2019s father said the family want him to go to the same primary school as his sisters."],
 interests=["Bubbles, music and action songs, toy cars and anything with wheels, the swings at the park, and playing with his sisters."],
 strengths=["Hamza is sociable and loving and he greets people with a big smile. He is good at copying actions and signs, he loves songs and he will keep trying at a puzzle with a little help. He is walking and is starting to climb steps."],
 aspirations=["Hamza\u2019s parents want him to talk and sign so he can tell them what he wants, to go to the same school as his sisters, and one day to have a job, friends and his own life."],
 bfe={
  'ci': dict(strengths="Hamza copies signs quickly and enjoys turn-taking games such as rolling a ball.", rows=[
     ("B1 Hamza uses about 30 Makaton signs and 10 spoken words. He cannot yet join two words or signs together. Source: Speech and Language Therapy advice, 2 September 2025.",
      "A 1:1 language programme written by the Speech and Language Therapist and delivered by Hamza\u2019s key person, daily for 10 minutes, using Makaton, objects and pictures. The Speech and Language Therapist visits nursery every 6 weeks (1 hour) to review the programme and model it to staff. Hamza\u2019s key person and room leader will complete Makaton Foundation training (2 days) by December 2025.",
      "By July 2026, Hamza will use 60 signs or words and will join two together (for example \u2018more car\u2019) at least 5 times in a session. We will know because his key person keeps a weekly sign and word log."),
     ("B2 Hamza finds it hard to listen and attend to adults in a busy room, even with his hearing aids. Source: Qualified Teacher of the Deaf (QToD) advice, 12 September 2025.",
      "Small-group listening and attention sessions (\u2018bucket time\u2019, where an adult shows exciting objects from a bucket) in a group of no more than 4, daily for 10 minutes, led by his key person. The QToD visits nursery once each half term (1 hour) to check his hearing aids, observe him and advise staff, and visits the family at home twice a year (1 hour).",
      "By July 2026, Hamza will sit and watch a 10-minute adult-led group activity on 4 days out of 5. We will know because his key person will record this each day."),
  ]),
  'cl': dict(strengths="Hamza enjoys posting and matching toys and is beginning to complete simple inset puzzles.", rows=[
     ("B3 Hamza\u2019s play and early learning are at around the level expected of an 18-month-old child. He explores toys mainly by banging and mouthing them. Source: Educational Psychology advice, 15 September 2025; Portage advice, 28 August 2025.",
      "Portage home visit every two weeks (1 hour) until Hamza starts school, with a play plan shared with nursery. At nursery, 1:1 play sessions with his key person following the Portage plan, three x 15 minutes weekly.",
      "By July 2026, Hamza will complete a 4-piece inset puzzle and match 5 pairs of pictures without help. We will know because the Portage worker will check this at her home visits."),
  ]),
  'semh': dict(strengths="Hamza is affectionate and enjoys being with other children.", rows=[
     ("B4 Hamza becomes upset at times of change, for example when he arrives at nursery or moves from play to lunch. Source: nursery advice, 10 September 2025.",
      "A visual timetable with photos and objects of reference for each part of the session, used at every change, made and kept up to date by his key person. A named key person greets Hamza each morning and stays with him for the first 10 minutes.",
      "By July 2026, Hamza will move from one activity to the next when shown the object or photo, without becoming upset, on 4 out of 5 changes. We will know because of a weekly record kept by his key person."),
  ]),
  'sp': dict(strengths="Hamza is walking and enjoys climbing and the swings.", rows=[
     ("B5 Hamza has low muscle tone (hypotonia), so his hand skills are weak; he finds it hard to hold a spoon or crayon. Source: Occupational Therapy advice, 8 September 2025.",
      "Hand-skills programme written by the Occupational Therapist, delivered by his key person, three x 10 minutes weekly, 1:1. The Occupational Therapist reviews the programme in nursery once a term (45 minutes). Chunky crayons and a cut-away cup and angled spoon provided by the Occupational Therapy service.",
      "By July 2026, Hamza will feed himself his lunch with a spoon, with only a little help at the end, on 4 days out of 5. We will know because of his key person\u2019s lunchtime record."),
  ]),
 },
 cge=dict(strengths="Hamza is generally well. He sleeps well and eats a wide range of foods.", rows=[
     ("Hearing: Hamza has glue ear in both ears, with a mild to moderate hearing loss, and wears two hearing aids.",
      "Paediatric Audiology: hearing test and hearing aid review every 3 months (45 minutes) at the Children\u2019s Hearing Centre; new earmoulds made at each appointment.",
      "By July 2026, Hamza will keep both hearing aids in for the whole nursery session on 4 days out of 5. We will know because his key person will record this daily."),
     ("Heart and thyroid: Hamza had surgery for a heart defect (atrioventricular septal defect) at 5 months and is reviewed by Paediatric Cardiology once a year. He has an underactive thyroid (hypothyroidism) and takes levothyroxine every day; he needs a blood test every 6 months.",
      "", ""),
     ("Low muscle tone affects Hamza\u2019s balance, walking and climbing.",
      "Children\u2019s Physiotherapy: assessment and review once a term at nursery (1 hour), with a written exercise programme for his parents and key person.",
      "By July 2026, Hamza will walk up three steps holding a rail and one adult hand, on 3 out of 4 tries. We will know because the physiotherapist will check this at each termly review."),
 ]),
 dhe=dict(strengths="Hamza has a close and loving family who share his care, including his grandparents.", rows=[
     ("An Early Help screening by Children\u2019s Social Care in August 2025 found no social care needs at present. Hamza\u2019s parents told us they manage his care well with help from his grandparents.",
      "None. Short breaks were discussed with Hamza\u2019s parents; they do not want them at present and know they can ask again at any time.",
      "None. The family were given details of the local Down syndrome parents\u2019 group.",
      "No social care outcomes at present."),
 ]),
 after_g=[],
 I=("Little Acorns Nursery (until August 2026)", "Private, voluntary and independent early years setting"),
 J=("No personal budget has been requested.", "Not applicable."),
 K=[("Parent advice", "3 September 2025", "Hamza\u2019s mother and father, with an Urdu interpreter", "YES"),
    ("Educational advice", "10 September 2025", "Mrs Claire Dobson, Area Special Educational Needs Co-ordinator, Early Years SEN Team, with Hamza\u2019s key person at Little Acorns Nursery", "YES"),
    ("Educational advice \u2013 hearing impairment", "12 September 2025", "Ms Nadia Hanif, Qualified Teacher of the Deaf (Early Years), Sensory and Physical Support Service", "YES"),
    ("Medical advice", "1 September 2025", "Dr M. Siddiqui, Community Paediatrician", "YES"),
    ("Educational psychologist", "15 September 2025", "Dr Laura Hirst, Educational Psychologist", "YES"),
    ("Social care", "20 August 2025", "Children\u2019s Social Care (Early Help), Duty Social Worker", "YES"),
    ("Advice and information from any other person the local authority thinks appropriate", "18 August 2025\n2 September 2025\n5 September 2025\n8 September 2025\n28 August 2025",
     "Paediatric Audiology (Mr D. Shaw, Audiologist)\nSpeech and Language Therapy (Ms F. Akram)\nChildren\u2019s Physiotherapy (Mrs J. Booth)\nOccupational Therapy (Ms R. Lees)\nPortage (Mrs T. Bibi, Portage Home Visitor)", "YES"),
    None, None],
 signoff=("Sadia Rehman, EHC Coordinator", "Signed electronically", "14 October 2025"),
)

# ---------------------------------------------------------------------------------------------
# q104  bold-statutory  Yasmin, 14, Year 9, Usher syndrome type 1 (deaf, cochlear implants, RP)
# ---------------------------------------------------------------------------------------------
PLANS['q104'] = dict(layout='bold', title="EDUCATION, HEALTH AND CARE PLAN", front=[
    ("Young person", "Yasmin"),
    ("Age", "14"),
    ("School year (NC)", "Year 9"),
    ("Date of last annual review meeting", "22 September 2026"),
    ("Date plan issued", "20 October 2026 (amended plan following annual review)"),
    ("School", "Thornbury High School (mainstream 11\u201316 with Hearing Impairment Resource Base)"),
], sections=[
 ('A', [
    ('sub', "All about me"),
    ('p', "I\u2019m Yasmin and I\u2019m 14. I\u2019m deaf and I have Usher syndrome, which means my eyesight is slowly getting worse as well. I have two cochlear implants and I use speech and British Sign Language (BSL). I wrote this with my Learning Support Assistant (LSA) in September."),
    ('p', "I love reading (on my iPad with big writing), baking with my mum and watching Korean dramas with subtitles. I play netball at the deaf youth club. At school I like English and food technology best."),
    ('p', "What is hard: corridors and the canteen are dark and crowded and I bump into people. I get tired in the afternoon from listening and looking. I worry about what will happen when my eyes get worse. I don\u2019t like it when teachers make a fuss of me in front of everyone."),
    ('p', "What helps: sitting at the front by the window, getting the slides on my iPad before the lesson, and people saying my name before they talk to me."),
    ('sub', "Family and community"),
    ('p', "Yasmin lives with her parents and her two younger brothers; her youngest brother is also deaf. The family speak Mirpuri and English at home and are close to their extended family who live nearby. Yasmin goes to the deaf youth club on Friday evenings."),
    ('p', "\u201cYasmin is strong and she does not give up. We want her to stay in her school with her friends, to do well in her exams and to learn the skills she will need when her sight is worse, so she can still go out and have a good life.\u201d (Yasmin\u2019s father, translated by interpreter)"),
    ('sub', "Aspirations"),
    ('p', "Yasmin wants to go to university and become a primary school teacher. She wants to be able to go into town with her friends on her own, and one day to live in her own flat. Her parents want her to be independent and confident about her future."),
 ]),
 ('B', [
    ('p', "Yasmin is hard-working, funny and determined. She is a fluent reader, achieves well in English and food technology and is a confident BSL user. She organises her own equipment and explains her needs clearly to adults she knows."),
    ('lp', "B1 Hearing.", "Yasmin was born profoundly deaf and has bilateral cochlear implants (implanted hearing devices) fitted when she was two. She follows speech well one-to-one in a quiet room, but in noisy rooms and group discussions she relies on lip-reading and BSL. Source: Cochlear Implant Programme report; Qualified Teacher of the Deaf (QToD) advice, 1 September 2026."),
    ('lp', "B2 Vision.", "Yasmin has retinitis pigmentosa (RP), an inherited condition that causes gradual loss of side vision and poor sight in dim light. Her field of vision is now narrowed and she has difficulty seeing in dark corridors, in the canteen and in the evening. Lip-reading and seeing signs are becoming harder when people stand to the side of her. Source: Qualified Teacher of Children and Young People with Vision Impairment (QTVI) advice, 4 September 2026; Paediatric Ophthalmology letter, 3 June 2026."),
    ('lp', "B3 Communication.", "Yasmin\u2019s spoken English is clear, but she still finds it hard to follow fast group talk and to hear some high-frequency speech sounds. Source: QToD advice."),
    ('lp', "B4 Learning.", "Yasmin is working at the expected level for her age in English and at a slightly lower level in maths and science, where much of the teaching uses diagrams and demonstrations she cannot always see. Her reading speed slows down with standard-size print. Source: school advice, 8 September 2026; Educational Psychology advice, 10 August 2026."),
    ('lp', "B5 Emotional wellbeing.", "Yasmin feels anxious about her sight getting worse and sometimes avoids activities rather than ask for help. Source: Educational Psychology advice; Yasmin\u2019s views."),
    ('lp', "B6 Mobility and balance.", "Usher syndrome affects Yasmin\u2019s balance as well as her sight. She is unsteady on stairs and uneven ground, especially in low light. Source: QTVI advice."),
 ]),
 ('C', [
    ('p', "Yasmin has Usher syndrome type 1, an inherited condition causing profound deafness and retinitis pigmentosa. It also affects her balance; this needs no medical treatment and is supported through the mobility training in Section F. Her cochlear implants are managed by the Cochlear Implant Programme at Kirkhallam Royal Infirmary. Her eyes are reviewed by Paediatric Ophthalmology. The family have been offered genetic counselling by Clinical Genetics because Yasmin\u2019s brother is also deaf. Yasmin has no other health needs."),
 ]),
 ('D', [
    ('p', "Yasmin was assessed by the Sensory Social Worker in August 2026. The assessment found that Yasmin needs better lighting and alerting equipment at home because of her sight and hearing, and support to keep up her social life outside school with other deaf young people. She is not a child in need and is not known to any other social care team."),
 ]),
 ('E', [
    ('p', "Outcomes to be achieved by the end of Year 10 (July 2027):"),
    ('lp', "E1 Reading and braille.", "By the end of Year 10, Yasmin will read Grade 1 braille at 20 words per minute. We will know because the QTVI will test her reading speed every half term."),
    ('lp', "E2 English.", "By the end of Year 10, Yasmin will achieve at least a grade 5 in her GCSE English Language mock exam. We will know because of her mock results in the spring term."),
    ('lp', "E3 Access to learning.", "By the end of Year 10, Yasmin will use screen magnification software and her iPad to follow the slides in all lessons without needing printed copies, in 9 out of 10 lessons. We will know because of lesson observations by the QTVI each half term."),
    ('lp', "E4 Listening.", "By the end of Year 10, Yasmin will follow a small-group discussion of 4 students using her radio aid and say back the main points, in 4 out of 5 observed sessions. We will know because the QToD will record this at each visit."),
    ('lp', "E5 Confidence.", "By the end of Year 10, Yasmin will ask a teacher for an adjustment herself, without her LSA, at least once a week. We will know because Yasmin will keep a log that she shares with her LSA every Friday."),
 ]),
 ('F', [
    ('table', ["Provision", "Frequency and duration", "Staffing and expertise", "Responsible"], [
      ["Braille teaching, 1:1", "Three x 30 minute sessions weekly", "QTVI, Sensory and Physical Support Service", "Sensory and Physical Support Service"],
      ["Visits to school by a teacher qualified in multi-sensory impairment to observe Yasmin in lessons, advise staff and update her access plan", "Fortnightly, 1 hour", "Teacher for multi-sensory impairment (QToD and QTVI)", "Sensory and Physical Support Service"],
      ["In-class support in English, maths and science so that diagrams, demonstrations and practical work are described and adapted for Yasmin", "All English, maths and science lessons (14 hours a week)", "LSA with BSL Level 3 and training in vision impairment", "SENCo (Special Educational Needs Co-ordinator)"],
      ["Speech and listening programme written by the Cochlear Implant Programme, delivered 1:1", "Twice weekly, 15 minutes", "LSA", "SENCo"],
      ["Radio aid (Roger system) for all lessons, and a laptop with screen magnification software; both set up and maintained by the school\u2019s IT technician, with the radio aid repaired by the Sensory and Physical Support Service", "All lessons", "IT technician; QToD", "SENCo"],
      ["Lesson slides and worksheets sent to Yasmin\u2019s iPad the day before each lesson, in at least size 24 print with high contrast", "Every lesson", "Subject teachers, checked by the LSA", "SENCo"],
      ["Mobility training in school and on the route between school and home, including stairs and dim light, with a long cane", "Weekly, 45 minutes, 1:1, for 12 weeks from November 2026, then once each half term (45 minutes)", "Habilitation Specialist, Sensory and Physical Support Service", "Sensory and Physical Support Service"],
      ["Exam access arrangements: 25% extra time, an enlarged modified paper and a separate well-lit room, with a BSL interpreter for spoken instructions", "All internal tests and public exams", "Exams Officer and SENCo apply for and organise them", "SENCo"],
      ["Emotional support sessions to help Yasmin talk about her changing sight", "Weekly, 30 minutes, 1:1, for 8 weeks in the spring term", "Emotional Literacy Support Assistant (ELSA), supervised by the Educational Psychologist", "SENCo"],
      ["Training for all staff who teach Yasmin on Usher syndrome, lighting and communication", "Once a year, 1.5 hours (September staff training day)", "Teacher for multi-sensory impairment", "SENCo"],
    ]),
 ]),
 ('G', [
    ('ul', ["Cochlear Implant Programme (Kirkhallam Royal Infirmary): implant and processor check and mapping (programming of the implants) once a year at clinic (2 hours).",
            "Speech and Language Therapy, Cochlear Implant Programme: 1:1 auditory training and speech sessions in school, fortnightly, 45 minutes, to improve Yasmin\u2019s listening to high-frequency sounds.",
            "Paediatric Ophthalmology: eye examination and visual field test every 6 months (45 minutes) at the Eye Clinic.",
            "Clinical Genetics: one genetic counselling appointment for Yasmin and her parents (1 hour) during Year 10, with an interpreter."], '-'),
    ('p', "Health section agreed: Designated Clinical Officer (Dr Farah Qureshi) on 14 October 2026."),
 ]),
 ('H1', [
    ('ul', ["Home adaptations: brighter lighting on the stairs and landing, and a vibrating pager alert system for the doorbell and smoke alarm, assessed and fitted by the Sensory Team by 31 December 2026.",
            "Short break: deaf youth club, Friday evenings, 2.5 hours, weekly in term time, with transport provided by the Sensory Team."], '-'),
 ]),
 ('H2', [('p', "The Sensory Social Worker will review the home equipment and Yasmin\u2019s social activities with the family once a term (1 hour home visit).")]),
 ('I', [('p', "Thornbury High School: a mainstream 11\u201316 school with a Hearing Impairment Resource Base.")]),
 ('J', [('p', "None requested.")]),
 ('K', [
    ('table', ["Advice", "From", "Date"], [
      ["Yasmin\u2019s views", "Yasmin, written with her LSA", "15 September 2026"],
      ["Parents\u2019 advice", "Yasmin\u2019s parents (Mirpuri interpreter)", "12 September 2026"],
      ["Educational advice", "Mrs K. Ahmed, SENCo, Thornbury High School", "8 September 2026"],
      ["Educational advice (hearing)", "Mr J. Gregson, QToD, Sensory and Physical Support Service", "1 September 2026"],
      ["Educational advice (vision)", "Mrs P. Sharma, QTVI, Sensory and Physical Support Service", "4 September 2026"],
      ["Educational psychology advice", "Dr Owen Price, Educational Psychologist", "10 August 2026"],
      ["Medical advice", "Dr A. Malik, Community Paediatrician", "26 August 2026"],
      ["Paediatric Ophthalmology", "Mr S. Roy, Consultant Ophthalmologist", "3 June 2026"],
      ["Cochlear Implant Programme report (audiology and speech and language therapy)", "Cochlear Implant Programme team, Kirkhallam Royal Infirmary", "14 January 2023"],
      ["Social care advice", "Mrs H. Kaur, Sensory Social Worker, Children\u2019s Social Care", "19 August 2026"],
      ["Preparing for adulthood advice", "Ms D. Lodge, Careers Adviser, Futures Team", "16 September 2026"],
    ]),
 ]),
], end=["Issued by: Tariq Hussain, EHC Coordinator, Kirkhallam City Council, 20 October 2026."])

# ---------------------------------------------------------------------------------------------
# q105  ef-table  Ayaan, 15, Year 10 -> 11, ADHD and SEMH  (sound)
# ---------------------------------------------------------------------------------------------
PLANS['q105'] = dict(layout='ef', title="Education, Health and Care Plan \u2013 Ayaan", front=[
    ("Name", "Ayaan"),
    ("Age", "15"),
    ("School year (NC)", "Year 10 at the review; Year 11 from September 2026"),
    ("Date of last annual review meeting", "21 May 2026"),
    ("Date plan issued", "12 June 2026 (amended after annual review)"),
    ("Education phase", "Secondary (Key Stage 4)"),
], sections=[
 ('A', [
    ('sub', "All about me"),
    ('p', "My name is Ayaan. I like fixing things \u2013 bikes, my cousin\u2019s games console, anything with wires. I want to be an electrician like my uncle Tariq. I go to college on Thursdays for electrics and it\u2019s the best day of the week."),
    ('p', "I play cricket for the club on Saturdays in summer. I\u2019m a good bowler. I get on with most people but I lose my temper if I think someone is disrespecting me. My tablets help me concentrate in the morning but by the afternoon it\u2019s hard to sit still."),
    ('p', "I want to pass my maths and English so I can get on the Level 2 course next year. I get really stressed about exams. I want to learn to drive when I\u2019m 17 and one day have my own place."),
    ('sub', "Family and community"),
    ('p', "Ayaan lives with his mum and three younger sisters; his dad works away during the week. The family speak Punjabi and English at home. Ayaan is close to his uncle, who is an electrician and has promised to take him on site in the summer. He plays for a local cricket club and goes to the mosque with his uncle on Fridays."),
    ('p', "\u201cAyaan is a good boy with a big heart, he helps me with the girls. School was very hard for him in Year 8 but he is calmer now. I want him to get a trade and a good job, and to stay out of trouble.\u201d (Ayaan\u2019s mother, translated by interpreter)"),
    ('sub', "Aspirations"),
    ('ul', ["Ayaan: to become a qualified electrician through a college course and an apprenticeship; to learn to drive; to have his own flat one day.",
            "Ayaan\u2019s mother: for Ayaan to get a trade, stay calm and keep his friends."]),
 ]),
 ('B', [
    ('p', "Ayaan is practical, good with his hands and a quick problem-solver. He is loyal to his friends, helpful at home and a strong cricketer. He works hard when he can see why a task matters."),
    ('p', "**B1 Attention and organisation.** Ayaan has attention deficit hyperactivity disorder (ADHD), diagnosed when he was 8. He finds it hard to stay focused in lessons longer than 20 minutes, especially in the afternoon, and he loses track of homework deadlines and equipment. Source: Community Paediatrics (ADHD clinic) advice, 29 April 2026; school advice, 14 May 2026."),
    ('p', "**B2 Literacy and maths.** Ayaan reads accurately but slowly, and his written answers are short and disorganised. In maths he is working at GCSE grade 3, with gaps in fractions and algebra. Source: Educational Psychology advice, 2 May 2026; school advice."),
    ('p', "**B3 Social, emotional and mental health.** Ayaan had five fixed-term suspensions in Year 8 for losing his temper. There have been none this year. He becomes very anxious before tests and has walked out of two mock exams. Source: Educational Psychology advice; school advice."),
    ('p', "**B4 Preparing for adulthood.** Ayaan has not yet travelled on his own outside his local area and relies on his mum or uncle for lifts. Source: Careers Adviser advice, 15 May 2026; parent advice."),
 ]),
 ('C', [
    ('p', "Ayaan has ADHD. He takes slow-release methylphenidate every morning, prescribed and reviewed by the Community Paediatrics ADHD clinic. He finds it hard to get to sleep, which the clinic is monitoring. He has no other health needs. Source: Dr S. Chaudhry, Community Paediatrician, 29 April 2026; School Nursing advice, 6 May 2026."),
 ]),
 ('D', [
    ('p', "The family worked with Children\u2019s Social Care (Early Help) in 2025, when Ayaan was struggling in school. The Early Help plan was closed in March 2026 because its outcomes had been met. The Early Help worker\u2019s update for this review (7 May 2026) found no current social care needs linked to Ayaan\u2019s special educational needs, and Ayaan\u2019s mother agrees."),
 ]),
 ('EF', [
    ('ef', [
      ("Employment and education (preparing for adulthood)", [
        ("By the end of Year 11, Ayaan will be awarded the Level 1 Certificate in Electrical Installation from his college link course. We will know because of his unit tracker, reviewed half-termly with his tutor, and the certificate.", [
          ("College link course in Electrical Installation at Kirkhallam College, group of no more than 10", "Thursday mornings, 3 hours, all year", "College tutor (qualified electrician and teacher)"),
          ("LSA support on the link course", "1:1 for the first 6 weeks, then tapering to the first hour only", "School Learning Support Assistant (LSA)"),
          ("Careers guidance interviews, including the application for a Level 2 course", "Two 45-minute interviews in Year 11 (October and March)", "Careers Adviser (Level 6 qualified), Futures Team"),
        ]),
        ("By the end of Year 11, Ayaan will achieve at least grade 4 in GCSE maths. We will know because of his mock grades each term and his final result.", [
          ("Maths intervention on fractions and algebra, group of no more than 5", "Two x 40 minute sessions weekly", "Higher Level Teaching Assistant (HLTA) for maths"),
          ("Exam access arrangements: 25% extra time, supervised rest breaks and a small room with no more than 8 candidates", "All mocks and GCSE exams", "Arranged by the SENCo (Special Educational Needs Co-ordinator) and the Exams Officer"),
        ]),
      ]),
      ("Attention and organisation", [
        ("By Feb half term 2027, Ayaan will hand in 9 out of 10 pieces of homework on time, using his phone planner. We will know because his form tutor checks the homework log every Friday.", [
          ("1:1 mentoring: planning the week, homework log, equipment check", "Weekly, 30 minutes (Monday period 1)", "Learning Mentor trained in ADHD coaching"),
          ("Movement breaks: Ayaan shows his card and takes a 5-minute walk to the resource base and back", "Two breaks in each double lesson", "Subject teachers; card issued by the SENCo"),
        ]),
      ]),
      ("Emotional wellbeing", [
        ("By the end of Year 11, Ayaan will sit all his mock exams in the exam room for the full time, and rate his worry at 4 or less out of 10 beforehand. We will know because the counsellor records his rating before each mock series and the Exams Officer records attendance.", [
          ("1:1 counselling using anxiety-management techniques", "Fortnightly, 45 minutes, for the autumn and spring terms", "School Counsellor, registered with the British Association for Counselling and Psychotherapy"),
          ("Practice visit to the exam hall before each mock series", "One 30-minute visit per mock series", "Learning Mentor"),
        ]),
        ("By the end of Year 11, Ayaan will have no suspensions and will use his agreed \u2018time-out\u2019 plan instead of walking out, recorded on the school\u2019s behaviour system.", [
          ("Time-out plan: a named space (resource base) and a named adult to go to", "Available in every lesson; plan reviewed each half term (20 minutes)", "Learning Mentor and SENCo"),
        ]),
      ]),
      ("Independent living and community (preparing for adulthood)", [
        ("By Summer \u201927, Ayaan will travel independently by bus to Kirkhallam College and to cricket practice, on every journey for 4 weeks in a row. We will know because Ayaan and his mentor will keep a journey record.", [
          ("Independent travel training, 1:1", "Six weekly sessions of 1 hour from September 2026, then one check journey each half term", "Independent Travel Trainer, Kirkhallam Travel Assist"),
        ]),
      ]),
      ("Good health (preparing for adulthood)", [
        ("By the end of Year 11, Ayaan will tell the school nurse himself when his tablets are running low and will attend his ADHD clinic reviews with his mum, asking at least one question of his own. We will know because the school nurse will record this at each session.", [
          ("Health provision in Section G (ADHD clinic reviews; School Nursing sessions)", "See Section G", "Community Paediatrics; School Nursing Service"),
        ]),
      ]),
    ]),
 ]),
 ('G', [
    ('ul', ["Community Paediatrics ADHD clinic: medication review every 6 months (30 minutes), including height, weight, blood pressure and sleep; prescriptions issued by the clinic.",
            "School Nursing Service: 1:1 session at school once each half term (30 minutes) to help Ayaan manage his own medication and sleep routine."]),
    ('p', "The health provision above was agreed by the Designated Clinical Officer, Mrs Shabana Iqbal, on 8 June 2026."),
 ]),
 ('H1', [('p', "None. Ayaan does not need short breaks or other services under section 2 of the Chronically Sick and Disabled Persons Act 1970; this was considered with his mother at the review.")]),
 ('H2', [('p', "None at present. Early Help can be re-opened at the family\u2019s request; the family have the Early Help Hub number.")]),
 ('I', [('p', "Heathfield Academy (mainstream 11\u201316 academy), with a Thursday-morning link course at Kirkhallam College.")]),
 ('J', [('p', "No personal budget has been requested.")]),
 ('K', [
    ('table', ["Advice and information", "Given by", "Date"], [
      ["Ayaan\u2019s views", "Ayaan, with his Learning Mentor", "12 May 2026"],
      ["Parent\u2019s advice", "Ayaan\u2019s mother (Punjabi interpreter)", "12 May 2026"],
      ["Educational advice and annual review report", "Mr D. Barker, SENCo, Heathfield Academy", "14 May 2026"],
      ["Educational psychology advice", "Dr Aaliyah Noor, Educational Psychologist", "2 May 2026"],
      ["Medical advice", "Dr S. Chaudhry, Community Paediatrician (ADHD clinic)", "29 April 2026"],
      ["School Nursing advice", "Mrs E. Lund, School Nurse", "6 May 2026"],
      ["Social care advice", "Mr R. Haigh, Early Help Practitioner, Children\u2019s Social Care (Early Help)", "7 May 2026"],
      ["Preparing for adulthood advice", "Ms D. Lodge, Careers Adviser, Futures Team", "15 May 2026"],
    ]),
 ]),
], end=["Issued by Kirkhallam City Council SEND Assessment and Review Team, 12 June 2026."])

# ---------------------------------------------------------------------------------------------
# q106  national-template  Ibrahim, 7, Year 2, speech and language + SEMH, EAL (Mirpuri)
# ---------------------------------------------------------------------------------------------
PLANS['q106'] = dict(layout='national', title="Kirkhallam City Council \u2013 Education, Health and Care Plan",
 front=[("Date plan issued", "28 July 2026"),
        ("Date of last annual review meeting", "Not applicable \u2013 first plan; first annual review due by July 2027"),
        ("School year (NC)", "Year 2 (from September 2026)"),
        ("EHC Coordinator", "Asma Javed")],
 personal={'name': "Ibrahim", 'preferred_name': "Ibby", 'date_of_birth': RED + " (age 7)",
   'sex': "Male", 'ethnicity': "Asian or Asian British \u2013 Pakistani",
   'child_or_young_person_first_language': "Mirpuri (Pahari) and English", 'parent_or_carer_first_language': "Mirpuri",
   'parent_1_name': "Ibrahim\u2019s mother", 'parent_1_relationship': "Mother", 'parent_1_email': RED,
   'parent_1_telephone_number': RED, 'parent_1_home_address': RED,
   'parent_2_name': "Not applicable", 'parent_2_relationship': "", 'parent_2_email': "",
   'parent_2_telephone_number': "", 'parent_2_home_address_if_different_to_parent_or_carer_1': ""},
 services={'education_setting': "Westfield Primary School (mainstream)",
   'gp_and_key_health_professional_where_applicable': "Dr R. Ahmed, GP, Westfield Medical Practice",
   'nhs_number_if_available': RED, 'known_to_social_care': "Yes",
   'other_professionals_involved_with_this_childyoung_personfamily': "Speech and Language Therapy; Educational Psychology; Paediatric Audiology (discharged May 2026)",
   'currently_a_looked_after_child': "No", 'has_been_a_looked_after_child': "No",
   'is_there_a_one_page_profile_received_append': "No",
   'child_or_young_person_moving_to_area_with_ehcp_from_a_different_local_authority': "No"},
 history=["Ibrahim is seven and is the middle of three brothers. He started at Westfield Primary School in Reception. He had glue ear when he was younger and had grommets (small tubes in the eardrums) fitted in 2024; his hearing is now normal.",
   "Staff noticed in Reception that Ibrahim\u2019s talking was much less developed than other children\u2019s, in both Mirpuri and English. A speech and language therapist assessed him in 2025 and found he has developmental language disorder (DLD), a long-term difficulty with learning and using language.",
   "Communication: Ibrahim speaks in short phrases of 2\u20133 words in English and Mirpuri. He uses gesture and pointing a lot and is quick to copy other children. He understands simple instructions when they are given one step at a time with a picture.",
   "Family and community: Ibrahim lives with his mum and his two brothers. The family speak Mirpuri at home. His maternal grandmother lives nearby and looks after the boys after school on weekdays."],
 views=["Ibrahim talked to the speech and language therapist about school using a talking mat (picture cards he sorts into \u2018like\u2019 and \u2018don\u2019t like\u2019), in May 2026. He put football, the computer, his teacher Miss Ward and drawing under \u2018like\u2019, and writing, the hall at lunchtime and \u2018carpet time\u2019 under \u2018don\u2019t like\u2019. He said \u201cBig boys shout\u201d about the playground.",
   "\u201cIbrahim is a loving boy. He gets angry when people don\u2019t understand him and then he hits. At home he is fine with me. I want the school to help him talk and to stop him getting into trouble.\u201d (Ibrahim\u2019s mother, translated by interpreter)"],
 interests=["Football (he supports Kirkhallam Town), drawing cars and superheroes, games on the computer, and helping his grandmother in the kitchen."],
 strengths=["Ibrahim is affectionate, energetic and good at football. He is a keen helper, remembers routines well once he knows them and is good at drawing."],
 aspirations=["Not discussed at the planning meeting."],
 bfe={
  'ci': dict(strengths="Ibrahim is keen to communicate and uses gesture and drawing well to get his message across.", rows=[
     ("B1 Ibrahim has developmental language disorder. He speaks in phrases of 2\u20133 words and has difficulty learning new words and putting words in the right order. Source: Speech and Language Therapy advice, Mrs F. Akram, 12 May 2026.",
      "Speech and language therapy programme written by the speech and language therapist, delivered 1:1 by a trained teaching assistant (TA), three x 20 minute sessions weekly. The speech and language therapist visits school once each half term (1 hour) to see Ibrahim, update the programme and train the TA.",
      "By the end of Year 2, Ibrahim will use sentences of 4\u20135 words with the correct word order to tell an adult what he did at playtime, in 3 out of 4 observed sessions. We will know because the TA will record a language sample each half term."),
     ("B2 Ibrahim has difficulty understanding instructions with more than one step and new topic words. Source: Speech and Language Therapy advice; school advice, 20 May 2026.",
      "Pre-teaching of key topic vocabulary with pictures, 1:1 with the TA, twice weekly for 15 minutes. Visual timetable and picture prompts for instructions in all lessons, made by the class teacher.",
      "By the end of Year 2, Ibrahim will follow a two-step classroom instruction without extra help in 8 out of 10 observed instructions. We will know because of the class teacher\u2019s half-termly observation."),
  ]),
  'cl': dict(strengths="Ibrahim is good at number work with objects and remembers routines.", rows=[
     ("B3 Ibrahim is working below the expected level in reading and writing because of his language difficulties. He knows 20 phonics sounds. Source: school advice; Educational Psychology advice, Dr L. Hirst, 3 June 2026.",
      "Phonics catch-up in a group of no more than 3, daily for 15 minutes, led by a TA trained in the school\u2019s phonics programme.",
      "By the end of Year 2, Ibrahim will know all Phase 3 phonics sounds and read 30 common words. We will know because of the half-termly phonics check."),
  ]),
  'semh': dict(strengths="Ibrahim is loving and wants to be liked by other children.", rows=[
     ("B4 Ibrahim becomes frustrated when he cannot make himself understood, and at break and lunchtime he has hit other children. There were 14 incidents between January and May 2026. Source: school advice; Educational Psychology advice.",
      "Ibrahim would benefit from access to the school\u2019s nurture group where possible. A calm-down card and a quiet space in the classroom, with the TA showing him how to use it.",
      "Ibrahim has a 1:1 Learning Support Assistant (LSA) at all unstructured times (break and lunch)."),
     ("B5 Ibrahim finds it hard to join games and take turns. Source: Educational Psychology advice.",
      "Football-based turn-taking group with three other pupils, twice weekly at lunchtime for 20 minutes, led by the sports coach with the TA.",
      "By the end of Year 2, Ibrahim will play a football game at lunchtime and take turns without an adult stepping in, on 4 out of 5 days. We will know because lunchtime staff will keep a daily record."),
  ]),
  'sp': dict(strengths="Ibrahim has good gross motor skills.", rows=[
     ("No special educational needs have been identified in this area.", "Not applicable.", "Not applicable."),
  ]),
 },
 cge=dict(strengths="Ibrahim is healthy and active.", rows=[
     ("Ibrahim had grommets fitted in 2024. Paediatric Audiology tested his hearing in May 2026; it is within the normal range and he has been discharged. The GP reports no other health needs.",
      "No health provision is required.", "Not applicable."),
 ]),
 dhe=dict(strengths="Ibrahim is close to his mum, brothers and grandmother.", rows=[
     ("Ibrahim and his brothers have been on a child protection plan under the category of neglect since March 2026. His mum says things are better at home now.",
      "None.", "None.", ""),
 ]),
 after_g=[],
 I=("Westfield Primary School", "Mainstream community primary school"),
 J=("No personal budget has been requested.", "Not applicable."),
 K=[("Parent advice", "19 May 2026", "Ibrahim\u2019s mother, with a Mirpuri interpreter", "YES"),
    ("Educational advice", "20 May 2026", "Miss C. Ward, Class Teacher, and Mrs A. Mirza, Special Educational Needs Co-ordinator, Westfield Primary School", "YES"),
    ("Ibrahim\u2019s views", "12 May 2026", "Gathered by Mrs F. Akram, Speech and Language Therapist, using a talking mat", "YES"),
    ("Medical advice", "27 May 2026", "Dr R. Ahmed, GP; Paediatric Audiology discharge letter (Ms K. Patel, Audiologist, 8 May 2026)", "YES"),
    ("Educational psychologist", "3 June 2026", "Dr Laura Hirst, Educational Psychologist", "YES"),
    None,
    ("Advice and information from any other person the local authority thinks appropriate", "12 May 2026", "Speech and Language Therapy advice, Mrs F. Akram, Speech and Language Therapist", "YES"),
    None, None],
 signoff=("Asma Javed, EHC Coordinator", "Signed electronically", "28 July 2026"),
)


# ---------------------------------------------------------------------------------------------
# q107  bold-statutory  Hafsa, 10, Year 5, developmental language disorder, EAL  (sound)
# ---------------------------------------------------------------------------------------------
PLANS['q107'] = dict(layout='bold', title="Education, Health and Care Plan for Hafsa", front=[
    ("First name", "Hafsa"),
    ("Age", "10 years"),
    ("School year (NC)", "Year 5"),
    ("Date plan issued", "3 November 2026"),
    ("Date of last annual review meeting", "None \u2013 this is a new plan. The first annual review will be held by November 2027."),
    ("Languages", "Urdu at home; English at school"),
], sections=[
 ('A', [
    ('sub', "Hafsa\u2019s views"),
    ('p', "Hafsa met her speech and language therapist and her teacher in September 2026 to talk about this plan. She chose to answer their questions by drawing and writing on a big sheet of paper, and then told them about each picture. Hafsa said that she loves art, her little sister Zara, her hamster and going to her aunt\u2019s house at weekends. She said: \u201cI know the answer in my head but the words get stuck.\u201d She likes it when her teacher writes the important words on the board \u201cso I can look at them again\u201d. She does not like reading out loud in class because \u201cthe others laugh when I say it wrong\u201d. When she grows up Hafsa would like to be an artist or to design clothes, \u201clike my aunty who makes wedding dresses\u201d."),
    ('sub', "Family and community"),
    ('p', "Hafsa lives with her mum, dad and her sister Zara, who is four. Her dad runs a small shop in the city and her mum helps there in the mornings. The family speak Urdu at home. Hafsa spends most weekends with her aunt, who has a dressmaking business, and she is learning to sew. She goes to an after-school art club at the community centre on Wednesdays."),
    ('p', "Her mother said: \u201cHafsa is very creative and very kind. She is quiet at school but at home she does not stop talking in Urdu! But even in Urdu she mixes up her words. We want her to be confident to speak in class, to read well and to go to a good high school, and later maybe to have her own business.\u201d (Hafsa\u2019s mother, translated by interpreter)"),
    ('sub', "Hopes for the future"),
    ('ul', ["Hafsa: to be an artist or a fashion designer; to read a whole book on her own; to stop feeling embarrassed in class.",
            "Her parents: for Hafsa to be confident, to read and write well, to move to secondary school in September 2028 and one day to run her own business."], '\u2022'),
 ]),
 ('B', [
    ('p', "Hafsa is creative, kind and hard-working. She has a strong visual memory and a real talent for art and design, and she is patient and caring with younger children. She is working at the expected level in maths calculation."),
    ('lp', "B1 Understanding language.", "Hafsa has developmental language disorder (DLD), a lifelong difficulty with learning and using language. It is not caused by learning English as an additional language: her difficulties show in Urdu as well as in English. She finds it hard to understand long instructions and abstract words such as \u2018before\u2019, \u2018unless\u2019 and \u2018although\u2019. Source: Speech and Language Therapy advice, 11 September 2026."),
    ('lp', "B2 Using language.", "Hafsa has difficulty finding the words she wants and putting them into sentences in the right order. She often says \u201cthat thing\u201d or stops in the middle of a sentence. Source: Speech and Language Therapy advice; school advice, 15 September 2026."),
    ('lp', "B3 Reading and writing.", "Hafsa decodes words well, but her reading comprehension is at a Year 2 level because of her language difficulties. Her written work is short and hard to follow. Source: Educational Psychology advice, 1 October 2026; school advice."),
    ('lp', "B4 Maths reasoning.", "Hafsa calculates accurately but struggles with word problems because of the language they use. Source: school advice."),
    ('lp', "B5 Confidence.", "Hafsa is very quiet in class and avoids answering questions in front of others because she worries that other children will laugh at her. Source: Hafsa\u2019s views; Educational Psychology advice."),
 ]),
 ('C', [
    ('p', "Hafsa has no health needs. The Community Paediatrician saw her in August 2026 as part of this assessment and found her to be well, with normal hearing and vision. There is therefore no health provision in Section G."),
 ]),
 ('D', [
    ('p', "Hafsa has no social care needs. The family are not known to Children\u2019s Social Care, and Children\u2019s Social Care confirmed in their advice that no assessment is needed. The short breaks local offer and the Early Help offer were explained to Hafsa\u2019s parents at the planning meeting; they do not need either at present."),
 ]),
 ('E', [
    ('p', "By the end of Year 6 (July 2028) we hope Hafsa will move to secondary school as a confident communicator. The steps below are for the end of Year 5 (July 2027)."),
    ('ol', ["By the end of Year 5, Hafsa will follow a three-part classroom instruction without needing it repeated, in 8 out of 10 observed instructions. We will know because her teaching assistant will observe her once a week and record it.",
            "By the end of Year 5, Hafsa will learn 8 new topic words each half term using word maps, and will use them correctly when she talks about her art and topic work. We will know because the speech and language therapist will check her word maps every half term.",
            "By the end of Year 5, Hafsa will answer 7 out of 10 questions correctly about a book at her reading level, including \u2018why\u2019 questions. We will know because of the termly reading assessment.",
            "By the end of Year 5, Hafsa will write a set of instructions of at least 6 steps, in the right order, for making one of her own designs, for the school\u2019s design and technology display. We will know because her teacher will assess it against the Year 5 writing checklist.",
            "By the end of Year 5, Hafsa will answer a question or share an idea in front of the class at least once a day, on 4 days out of 5. We will know because her class teacher will keep a weekly tally.",
            "By the end of Year 5, Hafsa will solve 7 out of 10 maths word problems at her level using her picture-and-bar-model method. We will know because of the half-termly maths check."]),
 ]),
 ('F', [
    ('sub', "Language (B1, B2; outcomes 1 and 2)"),
    ('ul', ["Speech and language therapy: the speech and language therapist (SALT) will visit school once each half term for 1 hour to assess Hafsa, set targets, model activities and train her teaching assistant.",
            "A language programme set by the SALT, delivered 1:1 by a teaching assistant (TA) who has completed the speech and language therapy service\u2019s training: three times a week, 30 minutes each session.",
            "Vocabulary pre-teaching with word maps before each new topic, in a group of no more than 4 pupils, twice a week for 20 minutes, led by the same TA.",
            "May 2027 is when the SALT will carry out a full reassessment of Hafsa\u2019s language (one morning in school), so that her Year 6 targets and her secondary transition plan are based on up-to-date information."], '\u2022'),
    ('sub', "Reading, writing and maths (B3, B4; outcomes 3, 4 and 6)"),
    ('ul', ["Reading comprehension intervention (reciprocal reading, where pupils take turns to predict, question, clarify and summarise a text) in a group of 3, three x 20 minute sessions weekly, led by a TA trained by the school\u2019s English lead.",
            "Writing frames and a picture word bank for all extended writing, prepared by the class teacher.",
            "Maths word-problem sessions using bar models, 1:1 with the TA, Tuesdays and Fridays, 15 minutes each time."], '-'),
    ('sub', "Confidence (B5; outcome 5)"),
    ('ul', ["Her class teacher will give Hafsa the question she will be asked 2\u20133 minutes beforehand, in every lesson that involves whole-class questioning, so she can prepare her answer.",
            "Talk partner work with a named, supportive classmate in all lessons.",
            "Emotional Literacy Support Assistant (ELSA) sessions on confidence and speaking up, 1:1, weekly for 30 minutes over one term (12 sessions)."], 'o'),
    ('sub', "Staff training"),
    ('ul', ["All staff who teach Hafsa will attend a 1-hour training session on developmental language disorder, delivered by the SALT in the autumn term 2026."], '\u2022'),
 ]),
 ('G', [('p', "None. Hafsa has no health needs (see Section C).")]),
 ('H1', [('p', "None. Short breaks were explained to the family, who do not need them (see Section D).")]),
 ('H2', [('p', "None. The family know how to contact the Early Help Hub if their circumstances change.")]),
 ('I', [('p', "Brookfield Primary School, a mainstream community primary school.")]),
 ('J', [('p', "Not applicable \u2013 the family have not asked for a personal budget.")]),
 ('K', [
    ('ol', ["Parents\u2019 advice \u2013 Hafsa\u2019s mother and father, with an Urdu interpreter \u2013 10 September 2026",
            "Hafsa\u2019s views \u2013 gathered by Mrs J. Ellis, Speech and Language Therapist, and Mr K. Patel, Class Teacher \u2013 18 September 2026",
            "Educational advice \u2013 Mr K. Patel, Class Teacher, and Mrs N. Yousaf, Special Educational Needs Co-ordinator, Brookfield Primary School \u2013 15 September 2026",
            "Speech and Language Therapy advice \u2013 Mrs J. Ellis, Speech and Language Therapist \u2013 11 September 2026",
            "Educational Psychology advice \u2013 Dr Aaliyah Noor, Educational Psychologist \u2013 1 October 2026",
            "Medical advice \u2013 Dr S. Chaudhry, Community Paediatrician \u2013 27 August 2026",
            "Social care advice \u2013 Children\u2019s Social Care Assessment Team (Mr P. Walsh, Team Manager) \u2013 2 September 2026"]),
 ]),
], end=["Signed: Fatima Bashir, EHC Coordinator, for Kirkhallam City Council. Date: 3 November 2026."])

# ---------------------------------------------------------------------------------------------
# q108  ef-table  Sana, 12, Year 7, ADHD and SEMH, looked after
# ---------------------------------------------------------------------------------------------
PLANS['q108'] = dict(layout='ef', title="Education, Health and Care Plan \u2013 Sana", front=[
    ("First name", "Sana"),
    ("Age", "12"),
    ("School year (NC)", "Year 7"),
    ("Date plan issued", "15 September 2026"),
    ("Date of last annual review meeting", "N/A \u2013 new plan"),
    ("Looked after child", "Yes"),
    ("EHC Coordinator", "Rizwan Qadir"),
], sections=[
 ('A', [
    ('sub', "What Sana says"),
    ('p', "Sana shared her views with her Year 6 teacher and the educational psychologist in June 2026, and with her learning mentor at her new high school in September. She said: \u201cI like PE and art. I\u2019m good at drawing anime. I hate it when teachers shout, it makes me want to shout back.\u201d She said she finds it hard to sit still in long lessons and that she would like \u201csomewhere to go when I\u2019m about to explode\u201d. She said she wants to stay at this school and not get kicked out, and that when she is older she wants to be a tattoo artist or work in animation."),
    ('sub', "Family and community"),
    ('p', "Sana lives with her aunt and uncle, who are her foster carers, and her two younger cousins. She sees her mum every other Saturday at a family centre. Sana\u2019s mum told Sana\u2019s social worker that she wants Sana to be happy at school and to stay in one place. The household speak Urdu and English. Sana goes to a dance class at the community centre on Tuesdays and loves drawing."),
    ('p', "\u201cSana is clever and she has a good heart. She has had a lot of changes and it is hard for her to trust adults. We want her to stay in one school, make friends and finish her education. She is very good at art.\u201d (Sana\u2019s aunt and foster carer, translated by interpreter)"),
    ('sub', "Aspirations"),
    ('p', "Sana wants to be a tattoo artist or to work in animation. She wants to stay at her school and have a group of friends. Her aunt wants her to finish school and go to college."),
 ]),
 ('B', [
    ('p', "Sana is creative, funny and a talented artist. She is quick to pick up new ideas in maths when she is interested, and she is kind to younger children."),
    ('p', "**B1 Attention.** Sana has attention deficit hyperactivity disorder (ADHD), diagnosed in 2024. She finds it hard to stay focused for longer than 10\u201315 minutes, calls out and leaves her seat. Source: Community Paediatrics advice, 2 July 2026; Educational Psychology advice, 24 June 2026."),
    ('p', "**B2 Social, emotional and mental health.** Sana has experienced a lot of change and loss. She finds it hard to trust adults and reacts strongly to raised voices or to feeling criticised; in Year 6 she had three suspensions for swearing at staff and throwing equipment. Source: Educational Psychology advice; primary school advice, 30 June 2026."),
    ('p', "**B3 Learning.** Sana\u2019s reading and maths are about two years behind her age because of gaps in her schooling. She has missed about a term of school in total through moves. Source: primary school advice; Educational Psychology advice."),
    ('p', "**B4 Friendships.** Sana finds it hard to keep friendships; she can be bossy in games and falls out with peers. Source: Sana\u2019s views; Educational Psychology advice."),
 ]),
 ('C', [
    ('p', "Sana has ADHD and takes slow-release medication each morning, prescribed and reviewed by the Community Paediatrics ADHD clinic. She has no other health needs. Source: Dr A. Malik, Community Paediatrician, 2 July 2026."),
 ]),
 ('D', [
    ('p', "Sana is a looked after child."),
 ]),
 ('EF', [
    ('ef', [
      ("Attention and learning", [
        ("By the end of Year 8, Sana will stay on task for 20 minutes in English and maths lessons in 4 out of 5 lessons. We will know because her LSA will record this on a daily tracking sheet, reviewed each half term.", [
          ("In-class support in English and maths so that tasks are broken into short steps with a visual checklist", "English and maths lessons (8 hours a week)", "Learning Support Assistant (LSA)"),
          ("Two 5-minute movement breaks in each 1-hour lesson, shown on her desk card", "Every lesson", "Subject teachers"),
        ]),
        ("By the end of Year 8, Sana\u2019s reading age will rise by at least 18 months, measured by the school\u2019s standardised reading test each term.", [
          ("Reading intervention (phonics and comprehension), group of no more than 4", "Four x 30 minute sessions weekly", "Higher Level Teaching Assistant (HLTA) trained in the reading programme"),
        ]),
      ]),
      ("Social, emotional and mental health", [
        ("By the end of Year 8, Sana will be happier and more settled in school.", [
          ("Mentoring with the learning mentor", "Ongoing", "School"),
        ]),
        ("Sana will manage her anger better.", [
          ("A named quiet space (the Hub) and a time-out pass she can use when she feels overwhelmed", "Every lesson", "Pastoral Manager"),
          ("Anger management programme, 1:1", "Weekly, 40 minutes, for 10 weeks in the autumn term", "Emotional Literacy Support Assistant (ELSA)"),
        ]),
        ("Sana will have a key adult to check in with every morning.", [
          ("Morning check-in with a key adult", "Daily, 10 minutes, before registration", "Learning Mentor"),
        ]),
      ]),
      ("Friendships", [
        ("Sana wants friends and loves art. By the end of Year 8, Sana will take part in the lunchtime art club at least twice a week and name two friends there. We will know because the art teacher will keep a register and ask Sana each half term.", [
          ("Social skills group", "Weekly", "School"),
          ("Lunchtime art club", "Tuesdays and Thursdays, 30 minutes", "Art teacher"),
        ]),
      ]),
    ]),
 ]),
 ('G', [
    ('ul', ["Community Paediatrics ADHD clinic: medication review every 3 months (30 minutes) at the clinic, with height, weight and blood pressure checks; prescriptions issued by the clinic."]),
    ('p', "Health section agreed: Designated Clinical Officer, Mrs Shabana Iqbal, 9 September 2026."),
 ]),
 ('H1', [('p', "None.")]),
 ('H2', [('p', "None.")]),
 ('I', [('p', "Park Lane Academy (mainstream 11\u201318 academy).")]),
 ('J', [('p', "No personal budget requested.")]),
 ('K', [
    ('table', ["Advice and information", "Given by", "Date"], [
      ["Sana\u2019s views", "Gathered by Dr E. Moss, Educational Psychologist, and Mr A. Khan, Learning Mentor", "24 June 2026 and 7 September 2026"],
      ["Carer\u2019s advice", "Sana\u2019s aunt and foster carer (Urdu interpreter)", "18 June 2026"],
      ["Mother\u2019s views", "Gathered by Ms J. Riaz, Social Worker, at family time", "3 August 2026"],
      ["Educational advice", "Mrs L. Fox, Year 6 Teacher and Special Educational Needs Co-ordinator, Oakfield Primary School", "30 June 2026"],
      ["Educational psychology advice", "Dr Eleanor Moss, Educational Psychologist", "24 June 2026"],
      ["Medical advice", "Dr A. Malik, Community Paediatrician", "2 July 2026"],
      ["Social care advice", "Ms J. Riaz, Social Worker, Children\u2019s Social Care", "3 August 2026"],
    ]),
 ]),
], end=["Issued on behalf of Kirkhallam City Council by Rizwan Qadir, EHC Coordinator, 15 September 2026."])

# ---------------------------------------------------------------------------------------------
# q109  national-template  Rukhsana, 17, Year 12 at college, SLD (inherited condition), epilepsy
# ---------------------------------------------------------------------------------------------
PLANS['q109'] = dict(layout='national', title="Kirkhallam City Council \u2013 Education, Health and Care Plan",
 front=[("Date plan issued", "9 July 2026 (amended following annual review)"),
        ("Date of last annual review meeting", "18 June 2026"),
        ("School year (NC)", "Year 12 (second year of college from September 2026)"),
        ("Education phase", "Post-16"),
        ("EHC Coordinator", "Helen Sutcliffe")],
 personal={'name': "Rukhsana", 'preferred_name': "Rukhsana", 'date_of_birth': RED + " (age 17)",
   'sex': "Female", 'ethnicity': "Asian or Asian British \u2013 Pakistani",
   'child_or_young_person_first_language': "Urdu and English (uses signs and symbols)", 'parent_or_carer_first_language': "Urdu",
   'parent_1_name': "Rukhsana\u2019s mother", 'parent_1_relationship': "Mother", 'parent_1_email': RED,
   'parent_1_telephone_number': RED, 'parent_1_home_address': RED,
   'parent_2_name': "Rukhsana\u2019s father", 'parent_2_relationship': "Father", 'parent_2_email': RED,
   'parent_2_telephone_number': RED, 'parent_2_home_address_if_different_to_parent_or_carer_1': "Same address"},
 services={'education_setting': "Kirkhallam College \u2013 Foundation Learning (Pathways) department",
   'gp_and_key_health_professional_where_applicable': "Dr K. Jamil, Community Paediatrician; Epilepsy Nurse Specialist",
   'nhs_number_if_available': RED, 'known_to_social_care': "Yes \u2013 Children with Disabilities Team",
   'other_professionals_involved_with_this_childyoung_personfamily': "Clinical Genetics; Children\u2019s Physiotherapy; Speech and Language Therapy; Careers Adviser (Futures Team)",
   'currently_a_looked_after_child': "No", 'has_been_a_looked_after_child': "No",
   'is_there_a_one_page_profile_received_append': "Yes",
   'child_or_young_person_moving_to_area_with_ehcp_from_a_different_local_authority': "No"},
 history=["Rukhsana is 17. She has a rare inherited condition affecting her development, diagnosed by Clinical Genetics when she was four. She has a severe learning difficulty, low muscle tone and epilepsy. She went to Riverside Special School until July 2025 and started at Kirkhallam College in September 2025.",
   "Communication: Rukhsana uses single words and short phrases in English and Urdu, Makaton signs and a symbol book. She understands familiar routines and short sentences about things that are happening now.",
   "Family and community: Rukhsana lives with her parents, her older brother and her grandmother. The family speak Urdu at home. Her mother does most of her personal care with help from her grandmother. Rukhsana enjoys family weddings and Eid, when the whole family gets together."],
 views=["Rukhsana\u2019s views were gathered by her college tutor in May 2026, using her symbol book and photos of college activities. She pointed to \u2018happy\u2019 for the college caf\u00e9, music, swimming and her friend Aleena, and to \u2018sad\u2019 for the bus and noisy rooms. She signed \u2018more\u2019 for cooking and said \u201cMy cake!\u201d when shown a photo of her baking.",
   "\u201cRukhsana loves college and she is happier than at school. We want her to learn to do more for herself and to do something useful in the day when college finishes. We worry about what happens to her when we are old.\u201d (Rukhsana\u2019s mother, translated by interpreter)"],
 interests=["Music (especially Bollywood songs), swimming, baking, the college caf\u00e9, looking at family photos on her tablet."],
 strengths=["Rukhsana needs adult support with all personal care, dressing and eating. She cannot read or write and cannot use money. She cannot go out without an adult and needs help to move around college because of her low muscle tone and seizures."],
 aspirations=["Rukhsana wants to work in the college caf\u00e9 and to keep swimming. Her parents want her to do more for herself at home, to have a day activity or volunteering role when she leaves college, and in the future to live somewhere safe close to the family."],
 bfe={
  'ci': dict(strengths="Rukhsana does not speak in sentences and cannot start a conversation without a prompt.", rows=[
     ("B1 Rukhsana uses single words, signs and symbols. She needs adults to give her time and choices to communicate. Source: Speech and Language Therapy advice, 3 May 2026.",
      "Communication programme written by the speech and language therapist and delivered by her Learning Support Assistant (LSA) within the caf\u00e9 and life-skills sessions, 1:1, daily for 15 minutes. The speech and language therapist visits college once a term (1 hour) to update her symbol book and train staff.",
      "By the end of Year 13, Rukhsana will use her symbol book or signs to order a drink and snack in the college caf\u00e9 without adult help, on 4 out of 5 visits. We will know because her LSA will record this weekly."),
  ]),
  'cl': dict(strengths="Rukhsana is working at pre-entry level (below Entry Level 1, the first level of adult qualifications) in literacy and numeracy.", rows=[
     ("B2 Rukhsana has a severe learning difficulty. She is working at pre-entry level in English and maths and needs learning broken into very small, practical steps. Source: college advice; Educational Psychology advice, 12 May 2026.",
      "Functional English and maths using real objects and money in practical settings (caf\u00e9, shop), in a group of no more than 6 with an LSA, three x 40 min sessions weekly, led by a Foundation Learning tutor.",
      "By the end of Year 13, Rukhsana will match coins to a price card to pay for an item costing \u00a32 or less in the college shop, on 4 out of 5 attempts. We will know because of her tutor\u2019s half-termly assessment."),
     ("B3 Preparing for adulthood: Rukhsana wants to work in the college caf\u00e9. She has not yet had any work experience. Source: Careers Adviser advice.",
      "Supported work experience in the college caf\u00e9, 1 day per week (6 hours), with a job coach 1:1 for the first 6 weeks then tapering to 2 hrs/wk, using a photo task list made by the job coach.",
      "By the end of Year 13, Rukhsana will complete three caf\u00e9 tasks (wiping tables, setting out cups, stacking the dishwasher) using her photo task list with no more than one prompt per task. We will know because the job coach will record this each week."),
  ]),
  'semh': dict(strengths="Rukhsana becomes distressed in noisy places and cannot tell staff what is wrong.", rows=[
     ("B4 Rukhsana becomes upset in noisy, crowded rooms and at changes to her timetable. Source: college advice, 20 May 2026.",
      "A quiet room available at all times with a named LSA; a photo timetable for each day, prepared by her LSA each morning; any change shown to her in advance with a photo.",
      "By the end of Year 13, Rukhsana will use her \u2018break\u2019 symbol to ask to leave a noisy room on 4 out of 5 occasions when she becomes upset. We will know because her LSA will keep a weekly record."),
  ]),
  'sp': dict(strengths="Rukhsana cannot walk long distances and has poor balance.", rows=[
     ("B5 Independent living: Rukhsana needs help with all personal care and with preparing food. Source: college advice; parent advice.",
      "Life-skills sessions (personal care routine, making a snack and a hot drink) in the college training flat, in a group of no more than 4, twice weekly for 2 hours, led by a life-skills tutor with an LSA.",
      "By the end of Year 13, Rukhsana will make a cold snack and a drink for herself, following a photo recipe, with no more than two prompts, on 3 out of 4 attempts. We will know because her life-skills tutor will record this half-termly."),
     ("B6 Community and friendships: Rukhsana wants to keep swimming and to see her friend Aleena outside college. Source: Rukhsana\u2019s views; parent advice.",
      "A Personal Assistant (PA), funded through a direct payment from Children\u2019s Social Care, to take Rukhsana swimming and to the inclusive youth club on Saturdays, 3 hours each week.",
      "By the end of Year 13, Rukhsana will go swimming and to the youth club with her PA and meet Aleena there at least twice a month. We will know because her PA will keep a diary, shared at each review."),
  ]),
 },
 cge=dict(strengths="Rukhsana is well between seizures and enjoys being active.", rows=[
     ("Genetic condition and development: Rukhsana has a rare inherited condition and low muscle tone. She uses a wheelchair for longer distances.",
      "Community Paediatrics: annual review of growth, development and general health (45 minutes). Children\u2019s Physiotherapy: review of her wheelchair, posture and walking once a term (1 hour) at college, with an exercise programme for college staff and family.",
      "By the end of Year 13, Rukhsana will walk between her classroom and the caf\u00e9 (50 metres) using the handrail, with one adult beside her, on 4 days out of 5. We will know because the physiotherapist will check this termly."),
     ("Epilepsy: Rukhsana has tonic-clonic seizures, on average two a month, and has rescue medication (buccal midazolam) prescribed.",
      "", ""),
 ]),
 dhe=dict(strengths="Rukhsana has a loving family who share her care between them.", rows=[
     ("Rukhsana was assessed by the Children with Disabilities Team in March 2026. She needs support with all personal care, and her mother and grandmother need regular breaks from caring. She has few chances to spend time with people her own age outside college. Transition to adult social care needs to be planned before she turns 18.",
      "Overnight short breaks at Ashfield House (short breaks unit): 2 nights a month, arranged by the Children with Disabilities Team.",
      "Preparing for Adulthood social worker will complete a Care Act assessment by 31/03/27, so that adult support is in place for her 18th birthday.",
      "By the end of Year 13, Rukhsana will stay at Ashfield House for two nights each month without becoming distressed. We will know because of the unit\u2019s monthly report to her social worker."),
 ]),
 after_g=["Health section agreed: Designated Clinical Officer, Dr Farah Qureshi, 6 July 2026."],
 I=("Kirkhallam College", "General further education college \u2013 Foundation Learning (Pathways) department"),
 J=("Direct payment for a Personal Assistant (3 hours a week), agreed by the Children with Disabilities Team.", "Paid monthly to Rukhsana\u2019s mother, who employs the Personal Assistant, with support from the Direct Payments Support Service."),
 K=[("Young person and parent advice", "20 May 2026", "Rukhsana (with her college tutor, using symbols) and her parents, with an Urdu interpreter", "YES"),
    ("Educational advice", "", "Kirkhallam College, Foundation Learning department", "YES"),
    ("Speech and Language Therapy advice", "3 May 2026", "Ms S. Rafiq, Speech and Language Therapist", "YES"),
    ("Medical advice", "28 April 2026", "Dr K. Jamil, Community Paediatrician", "YES"),
    ("Educational psychologist", "12 May 2026", "Dr Owen Price, Educational Psychologist", "YES"),
    ("Social care", "10 May 2026", "Mr D. Lister, Social Worker, Children with Disabilities Team", "YES"),
    ("Advice and information from any other person the local authority thinks appropriate", "6 May 2026", "Children\u2019s Physiotherapy, Mrs J. Booth, Physiotherapist", "YES"),
    ("", "", "Careers Adviser, Futures Team (preparing for adulthood advice)", "YES"),
    None],
 signoff=("Helen Sutcliffe, EHC Coordinator", "Signed electronically", "9 July 2026"),
)

# ---------------------------------------------------------------------------------------------
# q110  bold-statutory  Musa, 3, Nursery, severe bilateral hearing loss  (sound)
# ---------------------------------------------------------------------------------------------
PLANS['q110'] = dict(layout='bold', title="Education, Health and Care Plan", front=[
    ("Child", "Musa"),
    ("Age", "3 years 7 months"),
    ("School year (NC)", "Nursery (Foundation Stage 1); due to start Reception in September 2027"),
    ("Date plan issued", "2 October 2026"),
    ("Date of last annual review meeting", "Not applicable \u2013 first plan. Because Musa is under five, his plan will be reviewed every six months; the first review will be held by the end of March 2027."),
    ("Setting", "Moorside Nursery School (maintained nursery school)"),
], sections=[
 ('A', [
    ('sub', "What Musa tells us through play and signs"),
    ('p', "Musa is three and does not yet use many words, so his key person at nursery, Mrs Begum, gathered his views by watching him play and by sharing photos of his day with him over two weeks in August and September 2026. The Early Years Qualified Teacher of the Deaf also watched him play at home."),
    ('ul', ["Musa is happiest in the sand tray and at the water table, and he brings adults over to show them what he has made.",
            "He points to the photo of the bikes outside and signs \u2018bike\u2019 many times a day \u2013 riding the balance bike is his favourite thing.",
            "He smiles and claps at \u2018Wind the bobbin up\u2019 and other action songs, and copies the actions.",
            "He pulls his hearing aids out when the room is very noisy, for example at tidy-up time, and puts his hands over his ears.",
            "He holds his key person\u2019s hand at home time and looks for his big sister Iqra in the playground."], '\u2022'),
    ('sub', "Family and community"),
    ('p', "Musa lives with his mum, dad and his sister Iqra, who is six. The family speak Punjabi and some English at home. Musa\u2019s grandparents visit often and he loves going to the park with his grandad. Musa\u2019s dad and his uncle are also deaf, and the family have been referred to Clinical Genetics to find out more about the cause."),
    ('p', "\u201cWe were sad at first when they told us Musa is deaf, but now we see he is clever and he learns fast. We want him to talk and to sign, and to go to the same school as Iqra. We want him to have friends and be happy.\u201d (Musa\u2019s mother, translated by interpreter)"),
    ('sub', "Aspirations"),
    ('p', "Musa\u2019s parents want him to talk and sign so that he can tell them what he wants and needs, to go to the same primary school as his sister, to make friends, and when he is grown up to have a good job and a family of his own."),
 ]),
 ('B', [
    ('p', "Musa is a curious, determined and cheerful little boy. He learns new signs quickly, he watches faces carefully, and he is good at puzzles and building. His physical skills are at the level expected for his age."),
    ('lp', "B1 Hearing.", "Musa has a severe permanent hearing loss in both ears. He has worn two hearing aids since he was 9 months old. With his aids he hears loud speech close by but misses quiet speech, speech from a distance and speech in noise. Source: Paediatric Audiology report, 15 August 2026; Qualified Teacher of the Deaf (QToD) advice, 1 September 2026."),
    ('lp', "B2 Communication and language.", "Musa uses about 40 signs and 5 spoken words, and he is starting to put two signs together. His understanding of spoken language is at about an 18-month level, and higher when signs are used. He finds it hard to join in group times at nursery. Source: QToD advice; Speech and Language Therapy advice, 20 August 2026."),
    ('lp', "B3 Play and learning.", "Musa\u2019s play and problem-solving are in line with his age, but he misses out on learning that happens through talk, such as stories and rhymes. Source: nursery advice, 3 September 2026; Educational Psychology advice, 9 September 2026."),
    ('lp', "B4 Social and emotional.", "Musa gets frustrated when he cannot make himself understood and sometimes pushes other children away from toys. He is beginning to play alongside one or two friends. Source: nursery advice; Educational Psychology advice."),
 ]),
 ('C', [
    ('p', "Musa has a severe permanent hearing loss in both ears and wears hearing aids, which are managed by Paediatric Audiology. Clinical Genetics are carrying out tests to find the cause of his deafness, because his father and uncle are also deaf. Musa has no other health needs; he is growing well and walks, runs and climbs like other children of his age. Source: Paediatric Audiology, 15 August 2026; Clinical Genetics letter, 26 August 2026; Dr Brook, Community Paediatrician, 28 August 2026."),
 ]),
 ('D', [
    ('p', "Children\u2019s Social Care (Early Help) completed a screening in August 2026 and found no social care needs; the family are well supported by grandparents. The Sensory Social Worker met the family in September 2026 and explained the short breaks offer and equipment for deaf children; the family do not need these now and will contact the team if this changes."),
 ]),
 ('E', [
    ('p', "These outcomes are for the end of the summer term 2027, before Musa starts in Reception."),
    ('ul', ["By the end of the summer term 2027, Musa will use 100 signs or words and put two or three together (for example \u2018more bike\u2019, \u2018Iqra gone\u2019) at least 10 times in a nursery session. We will know because his key person will keep a sign and word log, checked by the QToD each half term.",
            "By the end of the summer term 2027, Musa will keep his hearing aids in for the whole nursery session on 4 days out of 5. We will know because his key person records this every day.",
            "By the end of the summer term 2027, Musa will join a small-group story or song time for 10 minutes and copy the signs and actions, in 3 out of 4 sessions. We will know because his key person will observe and record this weekly.",
            "By the end of the summer term 2027, Musa will take turns with a bike or toy with another child, using the sign \u2018my turn\u2019 or \u2018your turn\u2019 instead of pushing, on 4 out of 5 observed occasions. We will know because of his key person\u2019s weekly observations."], '-'),
 ]),
 ('F', [
    ('table', ["Provision", "Frequency and duration", "Staffing and expertise", "Responsible"], [
      ["Visits by the Early Years QToD to nursery to work with Musa, check his hearing aids and radio aid, and coach his key person", "Fortnightly, 1 hour", "Qualified Teacher of the Deaf (Early Years)", "Sensory and Physical Support Service"],
      ["Home visits by the Early Years QToD to support the family with communication and hearing aids", "Once a month, 1 hour (with a Punjabi interpreter)", "Qualified Teacher of the Deaf (Early Years)", "Sensory and Physical Support Service"],
      ["Daily 1:1 language and signing session following the QToD\u2019s programme (naming, requesting, two-word phrases)", "Daily (10 mins)", "Key person, trained by the QToD", "Head of Moorside Nursery School"],
      ["Small-group story and song time with signs, in a quiet room", "Three times a week, 10 minutes, group of no more than 4", "Key person", "Head of Moorside Nursery School"],
      ["Speech and language therapy: assessment and advice to nursery staff and parents, with a written programme", "Once each half term, 45 minutes, at nursery", "Speech and Language Therapist (specialist in deafness)", "Speech and Language Therapy Service"],
      ["Radio aid used at group times and outdoors, checked each morning with a listening check", "Every session", "Provided and repaired by the Sensory and Physical Support Service; checked daily by the key person", "Sensory and Physical Support Service"],
      ["British Sign Language (BSL) training for Musa\u2019s key person and room staff", "BSL Level 1 course (10 weeks, 2 hours weekly) by March 2027", "Deaf Instructor, Sensory and Physical Support Service", "Head of Moorside Nursery School"],
      ["Turn-taking games with one other child, using \u2018my turn / your turn\u2019 signs", "Daily (10 mins)", "Key person", "Head of Moorside Nursery School"],
      ["Transition to Reception: the QToD and key person will visit Musa\u2019s new school with him twice in June and July 2027 (1 hour each) and train Reception staff (1.5 hours)", "As stated", "QToD and key person", "Sensory and Physical Support Service"],
    ]),
    ('p', "Musa will receive this provision in his 15 hours a week at Moorside Nursery School (Monday to Friday mornings)."),
 ]),
 ('G', [
    ('ul', ["Paediatric Audiology: hearing test and hearing aid review every 3 months (1 hour) at the Children\u2019s Hearing Centre, with new earmoulds at each appointment.",
            "Clinical Genetics: results appointment for Musa\u2019s parents (1 hour, with a Punjabi interpreter) by 31 March 2027."], '\u2022'),
    ('p', "Health section agreed: Designated Clinical Officer \u2013 Dr Farah Qureshi \u2013 24 September 2026."),
 ]),
 ('H1', [('p', "None at present. Short breaks and home equipment were considered with the Sensory Social Worker in September 2026 and are not needed now.")]),
 ('H2', [('p', "None at present; Early Help screening found no needs (August 2026).")]),
 ('I', [('p', "Moorside Nursery School (maintained nursery school) until July 2027.")]),
 ('J', [('p', "No personal budget requested.")]),
 ('K', [
    ('table', ["Advice", "Who gave it", "Date"], [
      ["Parents\u2019 advice", "Musa\u2019s mother and father, with a Punjabi interpreter", "27 August 2026"],
      ["Musa\u2019s views (observation and play)", "Mrs S. Begum, Key Person, Moorside Nursery School", "5 September 2026"],
      ["Educational advice", "Mrs S. Begum, Key Person, and Ms A. Clough, Special Educational Needs Co-ordinator, Moorside Nursery School", "3 September 2026"],
      ["Educational advice (hearing impairment)", "Ms Nadia Hanif, Qualified Teacher of the Deaf (Early Years)", "1 September 2026"],
      ["Educational psychology advice", "Dr Laura Hirst, Educational Psychologist", "9 September 2026"],
      ["Medical advice", "Dr Helen Brook, Community Paediatrician", "28 August 2026"],
      ["Paediatric Audiology report", "Mr D. Shaw, Audiologist", "15 August 2026"],
      ["Clinical Genetics letter", "Dr R. Mistry, Consultant Clinical Geneticist", "26 August 2026"],
      ["Speech and Language Therapy advice", "Ms F. Akram, Speech and Language Therapist", "20 August 2026"],
      ["Social care advice", "Children\u2019s Social Care (Early Help) screening, Mrs A. Lord, and Mrs H. Kaur, Sensory Social Worker", "19 August 2026 and 10 September 2026"],
    ]),
 ]),
], end=["Plan issued by Kirkhallam City Council SEND Assessment and Review Team, 2 October 2026."])

# ---------------------------------------------------------------------------------------------
# q111  ef-table  Adam, 19, post-19 specialist college, autism and severe learning difficulty
# ---------------------------------------------------------------------------------------------
PLANS['q111'] = dict(layout='ef', title="Education, Health and Care Plan \u2013 Adam", front=[
    ("Name", "Adam"),
    ("Age", "19"),
    ("School year (NC)", "Post-19 (Year 15) \u2013 year 1 of a 3-year study programme"),
    ("Date of last annual review meeting", "7 July 2026"),
    ("Date plan issued", "24 August 2026 (amended following annual review)"),
    ("Setting", "Calder Valley College (independent specialist post-16 institution), day placement"),
], sections=[
 ('A', [
    ('sub', "What Adam tells us through signs, symbols and what he does"),
    ('p', "Adam\u2019s keyworker at college, Mr Hussain, gathered Adam\u2019s views over three weeks in June 2026 using his PECS book, Makaton and photos. Adam chose the photos of the city farm, the goats and the kitchen as his favourite things, and pushed away the photos of the minibus and the sports hall. He signed \u2018cook\u2019 and \u2018chapati\u2019 and took Mr Hussain by the hand to the college kitchen."),
    ('sub', "Presentation and profile"),
    ('p', "Adam presents with ASC and SLD with co-occurring SPD. Executive functioning deficits and limited ToM impact on his capacity to generalise ADL skills across environments, and his receptive and expressive language profile indicates a reliance on AAC for functional communication. Behaviours of concern are hypothesised to be sensory-seeking or escape-maintained and are managed under a PBS framework."),
    ('sub', "Family and community"),
    ('p', "Adam lives with his parents and younger brother. The family speak Urdu and English at home. Every Sunday Adam goes to the city farm with his dad and helps feed the goats and chickens, and he cooks chapatis with his mum on Fridays."),
    ('p', "\u201cAdam is calm and happy at the farm and in the kitchen. He would love a job with animals. We want him to have something to do in the day that he enjoys, and one day to live near us with a little help, maybe with friends.\u201d (Adam\u2019s mother, translated by interpreter)"),
    ('sub', "Aspirations"),
    ('p', "Adam wants to work with animals, like at the city farm, and loves cooking. His parents want him to have a meaningful day, a job or volunteering with animals, and to live semi-independently near the family in future."),
 ]),
 ('B', [
    ('p', "Adam is gentle, hard-working when motivated and has a good visual memory. He follows a familiar routine well and is kind to animals."),
    ('p', "**B1 Communication.** Adam uses the Picture Exchange Communication System (PECS) at the sentence-strip stage, about 50 Makaton signs and a few spoken words. He understands short, familiar instructions given with a symbol. Source: Speech and Language Therapy advice, 2 June 2026."),
    ('p', "**B2 Learning.** Adam has a severe learning difficulty. He recognises about 20 symbols and his own name, and counts objects to 10. Source: college advice, 16 June 2026; Educational Psychology advice, 28 May 2026."),
    ('p', "**B3 Emotional regulation.** When routines change without warning, Adam becomes distressed and may bite his hand or run out of the room. Source: college advice; Educational Psychology advice."),
    ('p', "**B4 Sensory.** Adam is very sensitive to noise: he covers his ears and leaves busy rooms such as the canteen and sports hall. He seeks deep pressure by pressing himself against walls. Source: Occupational Therapy advice, 10 June 2026."),
 ]),
 ('C', [('p', "Not known.")]),
 ('D', [
    ('p', "Adam was assessed under the Care Act 2014 by Adult Social Care (Learning Disability Team) in May 2026. He needs support with all personal care and supervision in the community, and his parents need breaks from caring. He has few opportunities to spend time with people his age outside college."),
 ]),
 ('EF', [
    ('ef', [
      ("Communication", [
        ("By July 2027, Adam will demonstrate generalisation of FCT-taught requesting repertoires across a minimum of three environments, evidenced via ABC data and interval sampling with 80% fidelity.", [
          ("Speech and language therapy programme for requesting with PECS, delivered 1:1", "Daily, 20 minutes", "Learning Support Assistant (LSA) trained by the speech and language therapist"),
          ("Speech and language therapist review in college, updating the PECS book and training staff", "Once each half term, 1 hour", "Speech and Language Therapist, college therapy team"),
        ]),
      ]),
      ("Learning and independence (preparing for adulthood)", [
        ("By July 2027, Adam will evidence emergent functional numeracy through the identification and sequencing of coin denominations to a value of \u00a35 in simulated retail contexts, achieving mastery criterion across three consecutive probes.", [
          ("Functional maths with real coins in the college shop, group of no more than 4", "Three x 40 minute sessions weekly", "Tutor with LSA"),
        ]),
        ("By July 2027, Adam will complete a laundry task-analysed chain (load, add detergent, select programme) with prompt fading to gestural level on 4 of 5 consecutive sessions.", [
          ("Life-skills sessions in the college training flat, group of no more than 3", "Twice weekly, 1.5 hours", "Life-skills tutor and LSA"),
        ]),
        ("By July 2027, Adam will sustain on-task engagement in a vocational placement within the college recycling unit for 45-minute intervals with \u2264 2 redirections, per observational data.", [
          ("Supported work experience in the college recycling unit", "1 day per week (6 hours), job coach 1:1 for the first 6 weeks then tapering to 2 hrs/wk", "Job Coach"),
        ]),
      ]),
      ("Good health (preparing for adulthood)", [
        ("By July 2027, Adam will engage in \u2265 30 minutes of moderate-intensity physical activity on 3 of 5 college days, per activity log, to support cardiovascular health outcomes.", [
          ("Walking or swimming session, group of no more than 4", "Three days a week, 30 minutes", "LSA"),
        ]),
      ]),
      ("Emotional regulation and community", [
        ("By July 2027, Adam will utilise his now-and-next board and transition object to self-regulate at 4 of 5 timetabled transitions, with reduction in incidents of self-injurious behaviour recorded in the PBS log.", [
          ("Now-and-next board and photo timetable prepared each morning, with changes shown in advance", "Every day", "Keyworker"),
          ("Positive behaviour support plan reviewed with the psychologist", "Once a term, 1 hour", "College Psychologist with keyworker"),
        ]),
        ("By July 2027, Adam will access a community leisure setting (bowling alley or swimming pool) with staff for 60 minutes with no incidents of elopement on 3 of 4 consecutive visits.", [
          ("Community sessions (bowling or swimming), group of 3 students", "Weekly, 2 hours, Wednesday afternoons", "LSA ratio 1:1"),
        ]),
      ]),
    ]),
 ]),
 ('G', [('p', "None.")]),
 ('H1', [('p', "Not applicable \u2013 Adam is over 18.")]),
 ('H2', [
    ('p', "Care Act support arranged by Adult Social Care (Learning Disability Team): a Personal Assistant (PA) 1:1 on Saturdays, 4 hours, for community activities; one overnight short break a month (1 night) at Oakwood respite service for Adam\u2019s parents to have a break from caring. Reviewed annually by the social worker."),
 ]),
 ('I', [('p', "Calder Valley College: independent specialist post-16 institution (section 41 approved), 5-day timetable, day placement.")]),
 ('J', [('p', "The PA support in H2 is paid as a direct payment to Adam\u2019s father, who manages it as Adam\u2019s representative.")]),
 ('K', [
    ('table', ["Advice and information", "Given by", "Date"], [
      ["Adam\u2019s views", "Gathered by Mr S. Hussain, Keyworker, Calder Valley College", "20 June 2026"],
      ["Parents\u2019 advice", "Adam\u2019s mother and father (Urdu interpreter)", "18 June 2026"],
      ["Educational advice and annual review report", "Ms G. Wood, Head of Learning, Calder Valley College", "16 June 2026"],
      ["Educational psychology advice", "Dr Owen Price, Educational Psychologist", "28 May 2026"],
      ["Medical advice", "Dr N. Rehman, GP, Fairweather Surgery", "10 June 2026"],
      ["Speech and Language Therapy advice", "Mrs T. Doyle, Speech and Language Therapist, college therapy team", "2 June 2026"],
      ["Occupational Therapy advice", "Ms C. Barnes, Occupational Therapist", "10 June 2026"],
      ["Social care advice (Care Act assessment)", "Mr L. Hall, Social Worker, Adult Social Care (Learning Disability Team)", "21 May 2026"],
      ["Preparing for adulthood advice", "Mrs D. Lodge, Careers Adviser, Futures Team", "24 June 2026"],
    ]),
 ]),
], end=["Issued by Kirkhallam City Council, 24 August 2026."])

# ---------------------------------------------------------------------------------------------
# q112  national-template  Noor, 16, Year 12 sixth form, vision impairment (albinism)  (sound)
# ---------------------------------------------------------------------------------------------
PLANS['q112'] = dict(layout='national', title="Kirkhallam City Council \u2013 Education, Health and Care Plan",
 front=[("Date of last annual review meeting", "5 November 2026"),
        ("Date plan issued", "25 November 2026 (amended following annual review)"),
        ("School year (NC)", "Year 12"),
        ("Education phase", "Post-16 (sixth form college)"),
        ("EHC Coordinator", "Tariq Hussain")],
 personal={'name': "Noor", 'preferred_name': "Noor", 'date_of_birth': RED + " (age 16)",
   'sex': "Female", 'ethnicity': "Asian or Asian British \u2013 Pakistani",
   'child_or_young_person_first_language': "English and Urdu", 'parent_or_carer_first_language': "Urdu",
   'parent_1_name': "Noor\u2019s mother", 'parent_1_relationship': "Mother", 'parent_1_email': RED,
   'parent_1_telephone_number': RED, 'parent_1_home_address': RED,
   'parent_2_name': "Noor\u2019s father", 'parent_2_relationship': "Father", 'parent_2_email': RED,
   'parent_2_telephone_number': RED, 'parent_2_home_address_if_different_to_parent_or_carer_1': "Same address"},
 services={'education_setting': "Greenbank Sixth Form College",
   'gp_and_key_health_professional_where_applicable': "Mr S. Roy, Consultant Ophthalmologist, Paediatric Eye Service",
   'nhs_number_if_available': RED, 'known_to_social_care': "Yes \u2013 Sensory Team (Sensory Social Worker)",
   'other_professionals_involved_with_this_childyoung_personfamily': "Qualified Teacher of Children and Young People with Vision Impairment (QTVI); Habilitation Specialist; Low Vision Clinic; Careers Adviser (Futures Team)",
   'currently_a_looked_after_child': "No", 'has_been_a_looked_after_child': "No",
   'is_there_a_one_page_profile_received_append': "Yes \u2013 written by Noor",
   'child_or_young_person_moving_to_area_with_ehcp_from_a_different_local_authority': "No"},
 history=["Noor is 16 and has oculocutaneous albinism, an inherited condition that affects the colour of her skin, hair and eyes and causes low vision. Her sight is about 6/60 in both eyes (she sees at 6 metres what most people see at 60 metres). She also has nystagmus (her eyes move involuntarily) and is very sensitive to bright light. Her younger brother also has albinism.",
   "Noor went to Thornbury High School with support from the Sensory and Physical Support Service and gained seven GCSEs in summer 2026. She started A levels in Psychology, Sociology and English Literature at Greenbank Sixth Form College in September 2026.",
   "Communication: Noor communicates fluently in English and Urdu and has no communication needs.",
   "Family and community: Noor lives with her parents, her brother and her grandmother. The family speak Urdu and English at home. Noor volunteers at the community library on Saturday mornings and goes to a girls\u2019 netball club for visually impaired players."],
 views=["\u201cI want to be treated like everyone else, but I need things to be accessible. At school everything was sorted by the vision support team; now I have to ask for it myself and that\u2019s hard. I want to go to university to study psychology, maybe in Leeds or Manchester, and I want to be able to get there and around on my own. Right now I still get lifts everywhere, which is embarrassing.\u201d (Noor, written for her annual review, October 2026)",
   "\u201cNoor is very bright and very stubborn, in a good way! We worry about her travelling alone in the dark in winter. We want her to go to university and we will support her, but first she must learn to travel and cook on her own.\u201d (Noor\u2019s mother, translated by interpreter)"],
 interests=["Reading (audiobooks and e-books), psychology podcasts, netball, volunteering at the library, cooking with her grandmother."],
 strengths=["Noor is articulate, organised and determined. She achieved well in her GCSEs, she explains her needs clearly, she touch-types at 45 words per minute and she uses her screen reader and magnifier confidently."],
 aspirations=["Noor wants to study psychology at university and become a clinical psychologist. She wants to travel independently, including in the dark, and to live in student accommodation. Her parents want her to be safe and independent and to achieve her ambition."],
 bfe={
  'ci': dict(strengths="Noor communicates confidently and explains her vision needs to others.", rows=[
     ("No special educational needs in this area.", "Not applicable.", "Not applicable."),
  ]),
  'cl': dict(strengths="Noor is an able student working at A level standard; she achieved grades 6\u20138 in her GCSEs.", rows=[
     ("B1 Access to learning: Noor cannot read standard print, the whiteboard or diagrams. She reads using a magnifier or screen reader and needs materials in an accessible format before each lesson. Source: QTVI advice, Mrs P. Sharma, 8 October 2026.",
      "A laptop with screen magnification and screen-reader software, and a portable video magnifier for the board, provided by the college; set up and kept up to date by the college IT technician, with a check each half term. All handouts and slides sent electronically at least one day before each lesson by subject teachers, checked by the Learning Support Manager.",
      "By the end of Year 12, Noor will access all lesson materials on her laptop without needing adapted paper copies, in every subject. We will know because the QTVI will review a week\u2019s materials with Noor each term."),
     ("B2 Exams and timed work: Noor reads more slowly than other students because of her nystagmus and tires quickly. Source: QTVI advice; college advice, 14 October 2026.",
      "Exam access arrangements: 25% extra time, a laptop with her screen reader, modified enlarged papers where the exam board allows, and a seat away from windows; applied for by the college Exams Officer with the Learning Support Manager by the exam board deadline.",
      "By the end of Year 13, Noor will gain three A levels at grades that meet the entry requirements for her chosen psychology degree. We will know because of her predicted grades each term and her final results."),
     ("B3 Specialist skills: Noor needs to keep developing her skills with technology and learn to manage her own access needs in an adult setting. Source: QTVI advice; Noor\u2019s views.",
      "QTVI visit to college to teach Noor new access technology and self-advocacy skills and to advise staff, at least once every half term (1.5 hours).",
      "By Feb half term 2027, Noor will have written her own one-page access profile and sent it to all her teachers herself. We will know because the Learning Support Manager will check that every teacher has received it."),
  ]),
  'semh': dict(strengths="Noor is resilient and has a good group of friends.", rows=[
     ("No special educational needs in this area.", "Not applicable.", "Not applicable."),
  ]),
  'sp': dict(strengths="Noor walks confidently on familiar routes and uses a symbol cane.", rows=[
     ("B4 Independent travel: Noor cannot read bus numbers or timetables and has not travelled on her own beyond her local area; she finds it hardest in the dark. Source: Habilitation Specialist advice, 1 October 2026; Noor\u2019s views.",
      "Habilitation training 1:1 with a Habilitation Specialist (long cane skills, using a bus-tracking app, routes to college, the city centre and the train station, including in the dark): fortnightly, 1.5 hours, from November 2026 to July 2027 (18 sessions).",
      "By the end of academic year 2026/27, Noor will travel on her own from home to college, to the city centre and to Kirkhallam station, including after dark, on 5 journeys in a row without help. We will know because the Habilitation Specialist will check her on her final route assessments."),
     ("B5 Preparing for higher education: Noor needs to plan for the support she will need at university. Source: Careers Adviser advice, 12 October 2026.",
      "Careers guidance with an independent Careers Adviser on university choices, the Disabled Students\u2019 Allowance and open-day visits: two 1-hour meetings in Year 12 (January and June 2027).",
      "By 31/03/27, Noor will have visited two universities\u2019 disability services (in person or online) and written a list of the support she will ask for. We will know because she will share the list with her Careers Adviser in June 2027."),
  ]),
 },
 cge=dict(strengths="Noor is generally healthy and manages her own sun protection.", rows=[
     ("Low vision, nystagmus and light sensitivity caused by albinism.",
      "Paediatric Eye Service: eye examination once a year (45 minutes). Low Vision Clinic: assessment for magnifiers and tinted lenses once a year (1 hour), with replacement magnifiers supplied by the clinic within 4 weeks if lost or broken.",
      "By the end of Year 12, Noor will book and attend her own eye clinic and low vision appointments, with her parents only if she chooses. We will know because she will tell her QTVI at the summer term visit."),
     ("Skin: Noor\u2019s skin burns easily in the sun and she is at higher risk of skin damage.",
      "Paediatric Eye Service nurse: one 30-minute session on sun protection and skin checks at her next annual eye appointment; sun cream prescribed by the Paediatric Eye Service.",
      "By Summer \u201927, Noor will apply sun protection and wear her hat and tinted glasses before outdoor activities every time, without reminders. We will know because Noor and her mother will confirm this at the next annual review."),
 ]),
 dhe=dict(strengths="Noor has a supportive family and a busy social life.", rows=[
     ("The Sensory Social Worker assessed Noor in September 2026. Noor needs to learn to cook and do household tasks safely with low vision so that she can live in student accommodation. There are no other social care needs; Noor is not a child in need.",
      "None. Short breaks were considered and are not needed.",
      "Rehabilitation Officer for Visual Impairment (Sensory Team): independent living skills at home (safe cooking with low vision, using talking and tactile kitchen equipment, managing laundry), fortnightly, 1.5 hours, for 8 sessions from January 2027.",
      "By the end of Year 13, Noor will plan and cook a two-course meal for her family on her own, safely, using her adapted equipment. We will know because the Rehabilitation Officer will observe this at the final session."),
 ]),
 after_g=["Health provision agreed and signed off on behalf of health by the Designated Clinical Officer (Dr Farah Qureshi), 19 November 2026."],
 I=("Greenbank Sixth Form College", "Sixth form college (post-16 institution)"),
 J=("No personal budget has been requested.", "Not applicable."),
 K=[("Young person\u2019s and parents\u2019 advice", "20 October 2026", "Noor, and her mother and father (Urdu interpreter for her mother)", "YES"),
    ("Educational advice", "14 October 2026", "Mr J. Barraclough, Learning Support Manager, Greenbank Sixth Form College", "YES"),
    ("Educational advice \u2013 vision impairment", "8 October 2026", "Mrs P. Sharma, QTVI, Sensory and Physical Support Service; Ms R. Greenwood, Habilitation Specialist (1 October 2026)", "YES"),
    ("Medical advice", "2 October 2026", "Mr S. Roy, Consultant Ophthalmologist, Paediatric Eye Service; Low Vision Clinic report, Mrs L. Ward, Optometrist (22 September 2026)", "YES"),
    ("Educational psychologist", "6 June 2026", "Dr Eleanor Moss, Educational Psychologist (advice for transfer to post-16)", "YES"),
    ("Social care", "25 September 2026", "Mrs H. Kaur, Sensory Social Worker, Children\u2019s Social Care", "YES"),
    None,
    ("", "12 October 2026", "Ms D. Lodge, Careers Adviser, Futures Team", "YES"),
    None],
 signoff=("Tariq Hussain, EHC Coordinator", "Signed electronically", "25 November 2026"),
)

# ---------------------------------------------------------------------------------------------
def main():
    os.makedirs(OUT, exist_ok=True)
    for pid, P in PLANS.items():
        path = os.path.join(OUT, pid + '.docx')
        if P['layout'] == 'bold':
            render_bold(P, path)
        elif P['layout'] == 'ef':
            render_ef(P, path)
        else:
            render_national(P, path)
        print('wrote', path)

if __name__ == '__main__':
    main()
