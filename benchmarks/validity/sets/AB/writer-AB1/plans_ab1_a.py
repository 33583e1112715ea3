# Plan text for ab101-ab104 (Hollinbrook Borough Council, fictional). Python data only.
TITLE = "Hollinbrook Borough Council – Education, Health and Care (EHC) Plan"

AB101 = {
 "id": "ab101", "layout": "national-template", "title": TITLE,
 "front": {
  "name": "Maryam", "preferred": "Maryam", "age_label": "Age:", "age": "4 years (born August 2021)",
  "sex": "Female", "ethnicity": "Asian or Asian British – Pakistani",
  "lang_child": "Maryam does not use spoken words yet. She hears Urdu, Punjabi and English at home.",
  "lang_parent": "Urdu and English",
  "parent1": "Nasreen (mum)", "parent1_rel": "Mother", "parent2": "Imran (dad)", "parent2_rel": "Father",
  "year": "Reception", "issued": "16 April 2026", "plan_type": "Final plan (first plan)",
  "last_review": "Not applicable – first plan",
  "services": ["Hollinbrook St Peter's Church of England Primary School, Reception class",
               "Brookfield Medical Practice (GP); Dr Saima Ahmed, Community Paediatrician, Hollinbrook Child Development Centre",
               None, "Yes – Children with Disabilities Team (assessment completed February 2026)",
               "Speech and language therapy, occupational therapy, physiotherapy, paediatric epilepsy nursing, the Early Years Specialist Teacher and the Educational Psychology Service",
               "No", "No", "Yes – one-page profile appended", "No"],
 },
 "A1": ("Maryam is four years old and lives in Hollinbrook with her mum Nasreen, her dad Imran, her big brother Zayan, who is eight, and her paternal grandparents. The family speak Urdu and English at home, and Maryam's grandmother mostly speaks Punjabi to her. Maryam's grandparents look after her two afternoons a week and know her very well.\n"
        "Maryam has Angelman syndrome, a rare genetic condition. It was diagnosed by the regional clinical genetics service when she was 18 months old, after her parents noticed she was not sitting or babbling like her brother had. Angelman syndrome affects learning, speech, balance and movement and sleep, and many children with it have epilepsy. Children with Angelman syndrome are often very sociable and happy, and this is true of Maryam.\n"
        "Maryam went to Brookside Nursery School from September 2024 and joined the Reception class at Hollinbrook St Peter's Church of England Primary School in September 2025. The school has supported her through its special educational needs (SEN) support arrangements, with a teaching assistant for most of the day funded from the school's own budget. Her parents asked the council for an Education, Health and Care (EHC) needs assessment in October 2025 because Maryam needs more support than the school can provide from its own resources.\n"
        "How Maryam communicates: Maryam does not use spoken words. She tells people what she wants by reaching, by taking an adult's hand and leading them, by looking at the thing she wants and by vocalising. She is starting to use Makaton (a language programme that uses signs and symbols alongside speech) and uses the signs for 'more', 'finished' and 'drink' on her own. She can choose between two photographs when they are held up for her. She understands familiar words when they are said in the right place, such as 'coat' at home time."),
 "A2_views": ("How we found out what Maryam thinks (observation by people who know her well)\n"
        "Maryam does not use words, so her views were gathered by watching her closely. Her teaching assistant, Mrs Hussain, and her mum kept a short diary of what Maryam chose, what made her laugh and what upset her over four weeks in January 2026. The speech and language therapist also watched Maryam play and offered her choices using photographs. This is what they saw:\n"
        "• Maryam loves water. At school she goes straight to the water tray and laughs when water is poured over her hands.\n"
        "• She loves being with people. She pulls adults towards her for games of 'Round and Round the Garden' and bounces when her brother comes into the room.\n"
        "• She chooses the swing and the big ball over tabletop toys nearly every time.\n"
        "• She does not like the school hall at lunchtime. She covers her ears and pulls towards the door when it is noisy and echoing.\n"
        "• She pushes food away when she is tired, and she rubs her eyes and leans on an adult when she has had a seizure.\n"
        "What Maryam's family say\n"
        "Nasreen and Imran said: \"Maryam is the happiest little girl. She lights up a room and everyone at the mosque and at her grandparents' house knows her. Our worries are her seizures, her sleep and how she will tell people what she needs when we are not there. We want school to use the same signs and pictures we use at home so that she does not get confused. We are pleased with how the school has welcomed her.\"\n"
        "Maryam's grandmother said, through Imran, that Maryam always knows when it is time for her favourite song and goes to sit on her lap."),
 "A2_interests": ("• Water play, bath time and the swimming pool at Hollinbrook Leisure Centre\n"
        "• Swings, trampolines and being spun round\n"
        "• Songs with actions, especially in Urdu with her grandmother\n"
        "• Musical toys that light up when she presses them\n"
        "• Being with her brother Zayan"),
 "A2_strengths": ("Maryam is sociable and affectionate, and other children like to play with her. She makes good eye contact and smiles at familiar adults. She is curious, explores new toys and remembers routines: she goes to her peg when she sees her coat. She is determined when she wants something and will walk a long way holding a hand to get to the water tray. She copies some actions in songs and has learned three Makaton signs since September."),
 "A2_aspirations": ("Maryam's family hope that she will be able to tell people what she wants, whether with signs, pictures or a communication device, and that she will walk on her own around school and the park. They want her to be part of her class, to have friends and to be as independent as she can be with eating, dressing and toileting. In the longer term they would like her to go to a school where she is happy and learning, and to take part in family life, including visits to family in Pakistan.\n"
        "From what people who know her see, Maryam wants to be with other children, to move around freely and to be in the water as much as possible."),
 "areas": {
  "ci": {"strengths": "Maryam enjoys people and wants to communicate. She turns when she hears her name, uses three Makaton signs without help and chooses between two photographs.",
         "rows": [
    ("Maryam has no spoken words. She understands some familiar words in context and uses three signs. She cannot yet tell adults what she wants unless the thing is in sight, and she becomes upset when she is not understood.",
     "• A total communication approach all day: every adult who works with Maryam uses Makaton signs and photographs alongside short spoken phrases of one or two key words.\n"
     "• All Reception staff and Maryam's teaching assistant will complete Makaton Level 1 training (two 3-hour sessions) by July 2026, arranged by the special educational needs co-ordinator (SENCo).\n"
     "• An individual communication programme written by the speech and language therapist (SLT) from Hollinbrook Children's Speech and Language Therapy Service, delivered by Maryam's teaching assistant for 15 minutes twice a day, on her own in a quiet corner of the classroom.\n"
     "• The SLT will visit school once each half term for one hour to see Maryam, show the teaching assistant new activities and update the programme with the class teacher.\n"
     "• A core vocabulary board of 20 photographs and symbols in the classroom, dining hall and outdoor area, made and kept up to date by the teaching assistant.",
     "By the end of Year 1 (July 2027), Maryam will ask for 10 different things, such as food, drink, toys and activities, using a sign, a photograph or a symbol without being prompted, on 4 out of 5 chances, as recorded by her teaching assistant on her communication log."),
    ("Maryam finds it hard to share attention with an adult and other children. She usually leaves an activity after a few seconds and does not yet wait for a turn.",
     "• Attention-building sessions using the Attention Autism approach (an adult shows exciting objects to build shared attention), 4 times a week for 15 minutes, in a group of no more than 4 children, led by a teaching assistant who has completed Attention Autism training.",
     "By July 2027, Maryam will stay with an adult-led group activity for 5 minutes and take a turn when she is shown her name sign, in 3 out of 4 sessions, as recorded by the teaching assistant."),
  ]},
  "cl": {"strengths": "Maryam is curious and remembers familiar routines. She knows where things are kept in the classroom and goes to her peg when she sees her coat.",
         "rows": [
    ("Maryam's learning is at a very early stage of development, around 9 to 12 months in the Early Years Foundation Stage (EYFS) guidance. She explores objects by mouthing and banging them and is beginning to understand that her actions make things happen.",
     "• A personalised play-based and sensory curriculum planned by the class teacher, with advice from the Early Years Specialist Teacher, delivered in the Reception classroom.\n"
     "• A teaching assistant with a Level 3 early years qualification, working with Maryam 1:1 for the whole school day (32.5 hours a week), to support her learning, communication, movement and personal care.\n"
     "• Cause-and-effect sessions on her own with the teaching assistant, every day for 10 minutes, using switch toys and a switch-accessible tablet. The school provides the tablet and switches, and the teaching assistant keeps them charged and set up.\n"
     "• The Early Years Specialist Teacher from Hollinbrook Inclusion Service will visit twice each term for 90 minutes to observe Maryam, model activities and review her targets with staff.",
     "By July 2027, Maryam will press a switch to make a toy work, wait, and press again to repeat it, on 8 out of 10 tries with three different toys, as recorded weekly in her learning journal."),
  ]},
  "semh": None,
  "sp": {"strengths": "Maryam loves to move. She walks holding a hand, enjoys the swing and the trampoline, and will climb the soft-play steps with help.",
         "rows": [
    ("Maryam has ataxia, which means difficulty with balance and coordination. She walks with her feet wide apart and falls often, especially on uneven ground and steps. She needs an adult to hold her hand outdoors and on stairs.",
     "• A movement programme written by the children's physiotherapist (see Section G), delivered by her teaching assistant every day for 15 minutes, on her own in the hall or playground.\n"
     "• A supportive classroom chair with a footrest and hip strap, provided by the children's occupational therapist (OT), who adjusts it at each termly visit; the teaching assistant checks the straps each half term.",
     "By July 2027, Maryam will walk from her classroom to the dining hall, about 40 metres, holding one adult's hand lightly and without falling, on 4 out of 5 days across two weeks, as recorded by her teaching assistant."),
    ("Maryam needs full help with dressing, eating with a spoon and toileting. She wears nappies and does not yet show that she knows when she is wet.",
     "• A self-care programme written by the OT: at every snack and lunchtime Maryam practises with a chunky-handled spoon and a bowl with a high side, and at every playtime she practises pushing her arms into her coat, led by her teaching assistant.\n"
     "• The OT will visit school once a term for one hour to review the programme and show staff any changes.\n"
     "• A changing routine every 2 hours in the school's accessible toilet, with a height-adjustable changing bed maintained by the school business manager; two members of staff trained in intimate care by the school nursing team.",
     "By July 2027, Maryam will feed herself with a spoon for at least half of her lunch, and push her arms into her coat sleeves when the coat is held for her, on 4 out of 5 days, as recorded by her teaching assistant each week."),
  ]},
 },
 "health": {"strengths": "Maryam is generally well. She is growing steadily, takes her medicines without fuss and enjoys her food.",
  "rows": [
    ("Maryam has no difficulty with eating and drinking and takes a normal diet, but she has epilepsy, which is common in Angelman syndrome. She has brief absence seizures most days and has had three tonic-clonic seizures (where the body stiffens and jerks) in the past year, the longest lasting 7 minutes. She takes sodium valproate twice a day at home and has buccal midazolam as rescue medication.",
     "• Community Paediatrician, Hollinbrook Child Development Centre: epilepsy review every 6 months (a 30-minute clinic appointment), with blood tests and medication changes when needed.\n"
     "• Paediatric Epilepsy Specialist Nurse: writes Maryam's Individual Healthcare Plan (IHCP) and updates it each September and after any change in medication; trains at least three named school staff, including her teaching assistant, to give buccal midazolam (a 2-hour session each year, with extra training when staff change).\n"
     "• Buccal midazolam kept in school and given by trained staff when needed, that is when a tonic-clonic seizure lasts 5 minutes, as set out in the IHCP.",
     "By July 2027, Maryam will attend at least 90% of school sessions and, after a cluster of absence seizures, will return to her class activity within 30 minutes, as recorded on her seizure log and attendance record."),
    ("Sleep: Maryam wakes most nights for one to two hours and is often awake from 4am. Poor sleep is common in Angelman syndrome and makes her tired at school.",
     "• Community Paediatrician: review of her melatonin prescription at each 6-monthly epilepsy appointment.\n"
     "• Sleep Practitioner, Children's Community Nursing Team: 6 home visits of one hour, once a fortnight from May 2026, then review with the family.",
     "By December 2026, Maryam will settle to sleep within 30 minutes and sleep through the night on at least 5 nights out of 7, as recorded by her parents in a sleep diary."),
    ("Movement and balance (see sensory and physical needs above).",
     "• Children's Physiotherapy Service: assessment and review of Maryam's home and school movement programme once a term (a 45-minute visit to school).\n"
     "• Ankle-foot orthoses (splints) provided through the physiotherapy service's orthotics clinic, fitted and reviewed every 6 months.",
     "See the sensory and physical outcome about walking to the dining hall."),
  ]},
 "health_signoff": "The health provision in Section G has been reviewed and agreed by Dr Farah Qureshi, Designated Clinical Officer (DCO), NHS Lancashire and South Cumbria Integrated Care Board (ICB), on 8 April 2026.",
 "social": {"strengths": "Maryam's family is close and loving, and her grandparents share her care.",
  "rows": [
    ("A social worker from the Children with Disabilities Team, Claire Whitworth, completed a social care assessment in February 2026. Maryam needs an adult with her at all times and wakes most nights. Her parents and grandparents share her care, but her mum is very tired, and Maryam cannot yet join ordinary holiday play schemes without 1:1 support.",
     "Short breaks: a specialist sitter from Hollinbrook Short Breaks Service for 3 hours every other Saturday morning (6 hours a month), arranged by the Children with Disabilities Team and reviewed every 6 months.",
     "• A place for Maryam's parents at the Early Help 'Sleep Well' parents' workshop (one 2-hour session in June 2026), booked by the social worker.\n"
     "• Information about inclusive holiday play schemes on Hollinbrook's Local Offer, given to the family by the social worker in February 2026.",
     "By December 2026, Maryam will enjoy a 3-hour session with her sitter and join in two activities she chooses from photographs, on at least 3 out of 4 sessions, as recorded by the sitter."),
  ]},
 "I": ("Hollinbrook St Peter's Church of England Primary School", "Mainstream primary school (maintained)"),
 "J": ("No personal budget has been requested. The short breaks in H1 are arranged by the council and are not a direct payment.", "Not applicable"),
 "K": {
  1: ("Parent advice, including Maryam's one-page profile", "19 January 2026", "Nasreen and Imran, Maryam's parents", "YES"),
  2: ("Educational advice", "27 January 2026", "Mrs Lisa Hartley, SENCo, Hollinbrook St Peter's Church of England Primary School", "YES"),
  3: ("Educational advice: Early Years Specialist Teacher", "2 February 2026", "Ms Rukhsana Mir, Early Years Specialist Teacher, Hollinbrook Inclusion Service", "YES"),
  4: (None, "10/02/2026", "Dr Saima Ahmed, Community Paediatrician, Hollinbrook Child Development Centre", "YES"),
  5: (None, "16/02/2026", "Dr Thomas Greenwood, Educational Psychologist, Hollinbrook Educational Psychology Service", "YES"),
  6: (None, "20/02/2026", "Claire Whitworth, Social Worker, Children with Disabilities Team", "YES"),
  7: ("Advice and information from any other person the local authority thinks appropriate: speech and language therapy", "4 February 2026", "Hannah Booth, Speech and Language Therapist, Hollinbrook Children's Speech and Language Therapy Service", "YES"),
 },
 "K_extra": [
  ("Occupational therapy advice", "11 February 2026", "Jodie Marsden, Children's Occupational Therapist, Hollinbrook Children's Therapy Service", "YES"),
  ("Physiotherapy advice", "9 February 2026", "Ben Ashworth, Children's Physiotherapist, Hollinbrook Children's Physiotherapy Service", "YES"),
  ("Epilepsy nursing advice", "13 February 2026", "Angela Roberts, Paediatric Epilepsy Specialist Nurse", "YES"),
  ("Sleep advice", "3 March 2026", "Gemma Platt, Sleep Practitioner, Children's Community Nursing Team", "YES"),
 ],
 "signoff": ("Amina Patel, Special Educational Needs and Disabilities (SEND) Case Coordinator", "Signed electronically", "16 April 2026"),
}


def front(rows):
    return ("table", None, rows)


# ---------------------------------------------------------------- ab102 (ef-table, SOUND)
AB102 = {"id": "ab102", "layout": "ef-table", "blocks": [
 ("title", TITLE),
 front([["Child's first name", "Rayhan"], ["School year", "Year 4 (Key Stage 2)"],
        ["Date this plan was issued", "22/07/2026 (amended following annual review)"],
        ["Date of last annual review", "24 June 2026"],
        ["Education setting", "Hollinbrook Moor Primary School, with the Hearing Support Base"],
        ["Languages at home", "Sylheti and Bengali; English at school"],
        ["Plan coordinator", "Imran Shah, Education, Health and Care Plan Coordinator, Hollinbrook Borough Council"]]),
 ("h", 1, "Section A: The views, interests and aspirations of Rayhan and his family"),
 ("h", 2, "All about me (Rayhan's own words)"),
 ("p", "Rayhan told his Teacher of the Deaf what he wanted to say in this section during a session in June 2026. He spoke in English and used some signs, and she wrote down his words and read them back to him so he could check them."),
 ("lb", "My name is Rayhan and I am 9. I have two cochlear implants. I call them my 'ears'. I got them when I was little."),
 ("lb", "I like football, drawing superheroes and playing Minecraft with my cousin Sami. I support Manchester City like my dad."),
 ("lb", "At school I like maths and PE. I am good at times tables. I don't like it when the classroom is noisy because I can't hear the teacher, and when everyone talks at once on the carpet."),
 ("lb", "The radio aid helps me. Sometimes I forget to give it to the teacher. I like it when Mrs Parveen checks my ears in the morning because then I know they are working."),
 ("lb", "I get tired in the afternoon. My head hurts from listening. I like going to the base for a quiet break."),
 ("lb", "When I grow up I want to be a footballer or someone who draws comics. I want to go to the same high school as my cousin."),
 ("h", 2, "What Rayhan's family say"),
 ("p", "Rayhan's mum, Shirin, and dad, Abdul, gave their views at the annual review meeting with a Sylheti interpreter. They said: \"We are proud of how hard Rayhan works. His speech is much clearer this year, and his uncles in Bangladesh could understand him on the video call. We worry about his reading and that he gets left out of games when it is noisy outside. We want him to keep his Bengali and Sylheti as well as English. We would like him to go to a mainstream secondary school with support and to have a good job one day.\" They also asked that letters from school are sent home in plain English so that Rayhan's older sister can translate them."),
 ("h", 2, "Rayhan's interests and strengths"),
 ("p", "Rayhan is cheerful, funny and sociable. He is a strong footballer and plays for the school team. He is confident with numbers and knows his multiplication facts to 10 × 10. He draws detailed comic strips and will explain the story to anyone who asks. He looks after his processors well and is starting to tell adults when something is wrong. He is bilingual: he understands Sylheti at home and uses English at school, and he has learned some British Sign Language (BSL) from the deaf instructor in the base."),
 ("h", 2, "Aspirations"),
 ("p", "Rayhan wants to be a footballer or a comic artist and to go to Hollinbrook Academy with his cousin. His family want him to read well, to keep his home languages, to have friends and to move to a mainstream secondary school with the support he needs. These hopes shape the outcomes in Section E."),
 ("h", 1, "Section B: Special educational needs"),
 ("p", "Rayhan has a severe to profound permanent hearing loss in both ears (bilateral sensorineural hearing loss), found at his newborn hearing screen. He received his first cochlear implant at 2 years old and his second at 3 years. With both implants working he hears speech well in a quiet room at a short distance, but background noise, distance and several people talking make listening much harder. The information below comes from the advice listed in Section K, including the report of the Qualified Teacher of the Deaf (a teacher with the mandatory qualification to teach children with hearing impairment) dated 3 June 2026."),
 ("h", 2, "Communication and interaction"),
 ("lb", "Rayhan's spoken English is clear in conversation with one adult. His vocabulary is about 18 months behind his age on the British Picture Vocabulary Scale (a test of the words a child understands), and he often does not know subject words such as 'habitat' or 'estimate'."),
 ("lb", "He misses parts of group discussions, especially when classmates speak quickly, behind him or at the same time. He sometimes nods when he has not understood."),
 ("lb", "He is learning to ask for repetition, but only does this with adults he knows well."),
 ("h", 2, "Cognition and learning"),
 ("lb", "Rayhan's non-verbal reasoning is in the average range (educational psychologist, March 2026). His maths is in line with his age."),
 ("lb", "His reading is below his age. He decodes words well using phonics but his understanding of what he reads is around a Year 2 level, because of gaps in vocabulary and grammar."),
 ("lb", "His writing is short and uses simple sentences; he leaves out small grammar words such as 'the', 'is' and word endings like '-ed'."),
 ("h", 2, "Social, emotional and mental health"),
 ("lb", "Rayhan has good friendships in class but finds noisy playground games hard to follow and sometimes withdraws or becomes cross when he misses the rules."),
 ("lb", "He becomes very tired by the afternoon (listening fatigue), which affects his mood and concentration."),
 ("h", 2, "Sensory and physical"),
 ("lb", "Rayhan depends on his cochlear implant processors and on a radio aid (a microphone worn by the teacher that sends her voice straight to his processors) to hear in class."),
 ("lb", "He has no physical or mobility difficulties, although he can lose his balance in the dark or when his processors are off, for example when swimming."),
 ("h", 1, "Section C: Health care needs which relate to Rayhan's special educational needs"),
 ("p", "Rayhan has no other medical conditions. His health need is his permanent hearing loss, managed with two cochlear implants. The processors need regular checks, replacement parts and tuning (called 'mapping') by the cochlear implant team so that they give him the best possible hearing. Rayhan is also at higher risk of ear infections; these are treated by his GP in the usual way."),
 ("h", 1, "Sections E and F: Outcomes and special educational provision"),
 ("p", "Each outcome is shown with the provision that will help Rayhan achieve it. Outcomes will be reviewed at Rayhan's next annual review in June 2027. Progress towards the 'by July 2027' outcomes will be checked each term by the Teacher of the Deaf and the special educational needs co-ordinator (SENCo)."),
 ("ef", ["Outcome (what Rayhan will achieve, and by when)", "Provision", "How often / how long", "Who"], [
   {"area": "Communication and interaction"},
   {"outcome": "By July 2027, Rayhan will use 40 new subject words from his Year 5 topics correctly in his own speech and writing, checked each half term by his Teacher of the Deaf against his topic word list.",
    "prov": [("Pre-teaching of the key vocabulary for the next topic, using pictures, signs and short definitions, before the class meets it.", "3 times a week, 20 minutes each", "Teaching assistant from the Hearing Support Base with BSL Level 2, working with Rayhan on his own"),
             ("Speech and language therapy for deaf children: a vocabulary and grammar block.", "Every Tuesday afternoon for 30 minutes, on his own, for 10 weeks in the autumn term 2026, then review", "Speech and language therapist (SLT) from the Hollinbrook Deaf Children's Speech and Language Therapy Service"),
             ("The SLT sets a programme that the teaching assistant follows between blocks.", "Programme reviewed once a term in a 45-minute meeting", "SLT with the teaching assistant and class teacher")]},
   {"outcome": "By July 2027, Rayhan will ask for repetition or clarification himself when he has not heard or understood, at least 3 times in a lesson when observed, in 4 out of 5 observed lessons, recorded by his Teacher of the Deaf.",
    "prov": [("Teaching of 'repair' strategies (asking someone to repeat, to move closer or to write a word down) with practice in real lessons.", "Twice weekly, 15 minutes, in a group of 3 deaf pupils", "Teacher of the Deaf, Hearing Support Base"),
             ("Class teacher to use the agreed 'check-in' sign and to repeat classmates' answers during whole-class discussion.", "Every lesson", "Class teacher, trained by the Teacher of the Deaf (see below)")]},
   {"area": "Cognition and learning"},
   {"outcome": "By July 2027, Rayhan will read a book at his age level and answer 8 out of 10 questions about it correctly, including 3 'why' questions, as measured by the school's termly reading comprehension assessment.",
    "prov": [("A structured reading comprehension programme (Reciprocal Reading) with vocabulary support.", "4 times a week for 25 minutes, in a group of no more than 4 pupils", "Teaching assistant trained in Reciprocal Reading, supervised by the Teacher of the Deaf"),
             ("Home reading book with a short list of new words to talk about in Sylheti or English at home.", "Changed twice weekly", "Class teacher")]},
   {"outcome": "By July 2027, Rayhan will write a paragraph of at least 6 sentences that uses 'the', 'is/are' and past tense '-ed' endings correctly in 4 out of 6 sentences, in 3 pieces of independent writing, checked by his class teacher.",
    "prov": [("Colourful Semantics (a visual approach to building sentences) and a grammar checklist used in writing lessons.", "Daily in English lessons (45 minutes), with 10 minutes of 1:1 teaching assistant support per lesson", "Class teacher and Hearing Support Base teaching assistant")]},
   {"area": "Social, emotional and mental health"},
   {"outcome": "By July 2027, Rayhan will join a playground game with other children and follow its rules, staying in it for at least 10 minutes, on 3 lunchtimes a week, as recorded by the lunchtime supervisor.",
    "prov": [("Lunchtime football club with a teaching assistant who explains the rules first, checks Rayhan has understood and keeps the group small.", "Monday, Wednesday and Friday, 25 minutes, group of no more than 8 pupils", "Hearing Support Base teaching assistant"),
             ("Deaf awareness session for Rayhan's class, planned with Rayhan so that he can explain how his implants work.", "Once in the autumn term 2026, 45 minutes", "Teacher of the Deaf with Rayhan")]},
   {"outcome": "By July 2027, Rayhan will tell an adult when he is tired and choose a 10-minute quiet break using his break card, rather than withdrawing, on 4 out of 5 days, as recorded on his break card log.",
    "prov": [("A timetabled quiet listening break in the Hearing Support Base.", "Every afternoon, 10 minutes, after the first afternoon lesson", "Hearing Support Base staff"),
             ("A break card that Rayhan can show to any adult.", "Available every lesson", "Class teacher")]},
   {"area": "Sensory and physical"},
   {"outcome": "By July 2027, Rayhan will hand his radio aid to each new adult himself and check it is working, in 9 out of 10 lessons, as recorded by his teaching assistant.",
    "prov": [("A radio aid (transmitter and receivers), provided, set up and maintained by the Educational Audiologist from Hollinbrook Sensory Support Service.", "Checked every half term; repaired or replaced within 5 school days of a fault", "Educational Audiologist"),
             ("Daily listening check of both processors and the radio aid.", "Every morning on arrival, 5 minutes", "Hearing Support Base teaching assistant, trained by the Educational Audiologist"),
             ("Teacher of the Deaf visit to observe Rayhan in class, advise staff and update his targets.", "Once a fortnight, 1 hour", "Qualified Teacher of the Deaf, Hearing Support Base"),
             ("Deaf awareness and radio aid training for all adults who teach Rayhan.", "September 2026, 90 minutes, with a refresher for new staff within 2 weeks of starting", "Teacher of the Deaf")]},
   {"area": "Provision that supports all outcomes"},
   {"outcome": "All outcomes above.",
    "prov": [("A classroom with soft furnishings to reduce echo, and a seat near the teacher away from the door and windows.", "At all times", "Class teacher and school business manager"),
             ("Access arrangements for school tests and the Key Stage 2 tests in Year 6: 25% extra time, a reader for maths papers and a separate quiet room.", "All tests", "Arranged by the SENCo"),
             ("From March 2027, transition planning for secondary school: two visits to Hollinbrook Academy with a familiar adult, and a meeting between the Teacher of the Deaf and the secondary Hearing Support Base.", "Two half-day visits and one 1-hour meeting, spring and summer terms 2027", "SENCo and Teacher of the Deaf")]},
 ]),
 ("h", 1, "Section G: Health provision"),
 ("lb", "Regional Cochlear Implant Programme: an annual review appointment, including mapping of both processors and a hearing test, plus one school visit a year (about 1 hour) by the implant team's rehabilitation teacher."),
 ("lb", "Paediatric Audiology, Hollinbrook Hospital: replacement processor parts (coils, cables, rechargeable batteries) sent by post within 5 working days of a request by the family or school."),
 ("lb", "The implant team will see Rayhan sooner when needed, if the family or school report a change in his hearing or a fault that cannot be fixed with replacement parts; the family or school contacts the team directly and an appointment is offered within 2 weeks."),
 ("p", "Health outcome: By June 2027, Rayhan will tell an adult when a processor is not working and change the battery himself, every time this happens at school, as recorded by his teaching assistant."),
 ("p", "Health agreement: Section G was reviewed and supported by Sarah Lomax, Designated Clinical Officer (DCO), NHS Lancashire and South Cumbria Integrated Care Board (ICB), on 15 July 2026."),
 ("h", 1, "Section D: Social care needs"),
 ("p", "Rayhan has no social care needs arising from his special educational needs or disability. This was confirmed by the Children with Disabilities Team's screening assessment of 30 April 2026, which found that the family meets Rayhan's care needs well with support from his grandparents and uncle, who live nearby."),
 ("h", 1, "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970"),
 ("p", "None."),
 ("h", 1, "Section H2: Other social care provision"),
 ("p", "None. Short breaks were discussed with the family at the review; they did not wish to apply. The social worker gave them information from Hollinbrook's Local Offer about the monthly Saturday club for deaf children run by the Hollinbrook Deaf Children's Society."),
 ("h", 1, "Section I: Placement"),
 ("p", "Hollinbrook Moor Primary School (mainstream community primary school with a Hearing Support Base)."),
 ("h", 1, "Section J: Personal budget"),
 ("p", "No personal budget has been requested."),
 ("h", 1, "Section K: Advice and information"),
 ("table", ["Advice", "Given by", "Date"], [
   ["Parent views (with Sylheti interpreter)", "Shirin and Abdul, Rayhan's parents", "24 June 2026"],
   ["Rayhan's views", "Rayhan, recorded by his Teacher of the Deaf", "June 2026"],
   ["Educational advice (school)", "Mrs Nadia Parveen, SENCo, Hollinbrook Moor Primary School", "10 June 2026"],
   ["Educational advice (hearing impairment)", "Ms Joanne Cartwright, Qualified Teacher of the Deaf, Hollinbrook Sensory Support Service", "3 June 2026"],
   ["Educational audiology report", "Mr Peter Holt, Educational Audiologist, Hollinbrook Sensory Support Service", "5 May 2026"],
   ["Psychological advice", "Dr Aisha Malik, Educational Psychologist, Hollinbrook Educational Psychology Service", "18 March 2026"],
   ["Medical advice", "Dr Helen Crossley, Consultant Audiovestibular Physician, Paediatric Audiology, Hollinbrook Hospital", "12 May 2026"],
   ["Cochlear implant review report", "Regional Cochlear Implant Programme (Clinical Scientist, Audiology, and rehabilitation teacher)", "21 April 2026"],
   ["Speech and language therapy report", "Katie Fielding, Speech and Language Therapist, Hollinbrook Deaf Children's Speech and Language Therapy Service", "28 May 2026"],
   ["Social care advice (screening assessment)", "Mark Duerden, Social Worker, Children with Disabilities Team", "30 April 2026"],
 ]),
]}


S_A = "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person"
S_B = "Section B: The child or young person's special educational needs"
S_C = "Section C: The child or young person's health care needs which relate to their special educational needs"
S_D = "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability"
S_E = "Section E: The outcomes sought for the child or young person"
S_F = "Section F: The special educational provision required by the child or young person"
S_G = "Section G: Any health care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs"
S_H1 = "Section H1: Any social care provision which must be made for a child or young person under 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970"
S_H2 = "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs"
S_I = "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person"
S_J = "Section J: Where there is a Personal Budget, the details of how it will support particular outcomes and the provision it will be used for"
S_K = "Section K: The advice and information gathered during the Education, Health and Care needs assessment"

# ---------------------------------------------------------------- ab103 (bold-statutory, FAILURE)
AB103 = {"id": "ab103", "layout": "bold-statutory", "blocks": [
 ("title", TITLE),
 front([["Child's first name", "Tanvir"], ["School year", "Year 10"], ["Age", "15"],
        ["Date this plan was issued", "2 April 2026"], ["Date of last annual review", "05/03/2026"],
        ["Education setting", "Hollinbrook Academy (mainstream secondary academy)"],
        ["Home languages", "Sylheti and English"]]),
 ("bold", S_A),
 ("bold", "In my own words"),
 ("p", "Tanvir is studying for his GCSEs (General Certificate of Secondary Education exams). He wrote this with his key worker, Mr Haworth, in February 2026. He typed his answers on a laptop and chose what to keep."),
 ("tb", "•", "I am Tanvir. I am 15 and I am in Year 10. I have autism. It means my brain works differently. I am good at some things and some things are hard."),
 ("tb", "•", "I like computers, coding in Python and playing strategy games. I made a game in Scratch in Year 8 and my teacher showed it to the whole class."),
 ("tb", "•", "I don't like it when lessons change without warning or when there is a supply teacher. I don't like the canteen because it is loud and smells strong."),
 ("tb", "•", "Writing long answers is hard. I know the answer in my head but I can't get it onto the page."),
 ("tb", "•", "I want to do GCSE Computer Science and get a good grade. I want to be a games designer."),
 ("bold", "What Tanvir's family say"),
 ("p", "Tanvir's mum, Rokeya, and his older sister, Shapla, met the plan coordinator at home in February 2026. Rokeya said: \"Tanvir is clever and kind to his little cousins. He can fix any phone or computer in the family. Since his seizures started he has been more anxious, and we worry about him at school because the staff did not always know what to do. We want him to get his GCSEs and go to college to study computing.\" Shapla added that Tanvir is calmer when he knows the plan for the day and that he spends a lot of time on his own in his room."),
 ("bold", "Tanvir's strengths and interests"),
 ("p", "Tanvir has a strong memory for facts and a real talent for computing. He is predicted a grade 7 in GCSE Computer Science and a grade 5 in maths. He is honest and reliable, he follows rules carefully and he is patient with younger children. He enjoys strategy games, reads about technology news and has taught himself some Python."),
 ("bold", "Aspirations"),
 ("p", "Tanvir wants to pass his GCSEs, especially Computer Science, and to become a games designer. His family want him to get his GCSEs and go on to college to study computing."),
 ("bold", S_B),
 ("p", "Tanvir has a diagnosis of autism spectrum condition, made by the Hollinbrook Child Development Centre in 2017. The information below is drawn from the advice in Section K."),
 ("bold", "Communication and interaction"),
 ("tb", "•", "Tanvir understands language literally and can misread jokes, sarcasm and instructions such as \"get on with it\"."),
 ("tb", "•", "He finds group work very difficult and will often complete the task alone rather than join in, which means he occassionally loses marks in assessed group tasks and is seen by some classmates as unfriendly."),
 ("tb", "•", "He prefers to talk about his own interests and can find it hard to take turns in a conversation."),
 ("bold", "Cognition and learning"),
 ("tb", "•", "Tanvir's cognitive ability is in the high average range (educational psychologist, November 2025), with very strong visual reasoning."),
 ("tb", "•", "His written work does not show what he knows. He writes short answers and finds it hard to organise longer pieces, such as the 12-mark questions in GCSE English and history."),
 ("tb", "•", "His processing speed is below average, so he needs more time to read and answer questions in timed work."),
 ("bold", "Social, emotional and mental health"),
 ("tb", "•", "Tanvir becomes very anxious when his routine changes, and when there is alot of noise in the corridor at lesson changeover he can shut down, refuse to move or leave the building."),
 ("tb", "•", "His anxiety has increased since his seizures began in 2024; he worries about having a seizure in front of other students."),
 ("bold", "Sensory and physical"),
 ("tb", "•", "Tanvir is very sensitive to noise and strong smells. He copes better wearing his ear defenders in busy spaces."),
 ("bold", S_C),
 ("p", "Tanvir has epilepsy (juvenile myoclonic epilepsy), diagnosed in September 2024. He takes levetiracetam twice a day. He has early-morning jerks of his arms most weeks and has had two tonic-clonic seizures at school in the last year. Seizures are more likely when he is tired or has missed a dose. He needs an Individual Healthcare Plan, staff who are trained to respond to a seizure, and rest after a seizure before he can return to lessons."),
 ("p", "Tanvir's autism is reviewed by the community paediatrician. He used to have difficulty getting to sleep but this is now well managed with melatonin, and his sleep is good."),
 ("bold", S_D),
 ("p", "Tanvir has no social care needs relating to his special educational needs or disability. This was the finding of the Children with Disabilities Team's screening assessment on 14 January 2026, which noted that his mother, sister and extended family meet his care needs."),
 ("bold", S_E),
 ("p", "These outcomes will be reviewed at Tanvir's next annual review in March 2027."),
 ("tb", "•", "Outcome 1 (written work): By March 2027, Tanvir will plan and write a 12-mark answer of at least three paragraphs in English and history, using his writing frame, and score at least 8 out of 12 in 3 out of 4 assessed answers, as marked by his subject teachers."),
 ("tb", "•", "Outcome 2 (computing): By March 2027, Tanvir will complete each stage of his GCSE Computer Science programming project on or before the deadline set by his teacher, with no more than one reminder per stage, as recorded by his Computer Science teacher."),
 ("tb", "•", "Outcome 3 (coping with change): By March 2027, when told about a change to his timetable, Tanvir will check his visual timetable and go to the new room within 5 minutes, on 4 out of 5 occasions, as recorded by his key worker."),
 ("tb", "•", "Outcome 4 (managing anxiety): By March 2027, Tanvir will use his exit card to leave a lesson calmly and go to the Learning Support Base, returning to the lesson within 15 minutes, on 4 out of 5 occasions, as recorded on his exit card log."),
 ("bold", S_F),
 ("bold", "Communication and interaction"),
 ("tb", "•", "Tanvir will have access to a quiet space as appropriate when he is finding group work difficult."),
 ("tb", "•", "Opportunities to attend a social skills group led by the Learning Support Base."),
 ("tb", "•", "All staff who teach Tanvir will use clear, literal instructions and write the task on the board. The SENCo (special educational needs co-ordinator) will brief every new member of staff within their first week and send a one-page profile to supply staff before the lesson."),
 ("bold", "Cognition and learning"),
 ("tb", "•", "Writing intervention using a structured writing frame (the 'PEEL' paragraph method: point, evidence, explain, link): twice weekly for 30 minutes, in a group of no more than 4 pupils, delivered by a higher level teaching assistant trained in the method, for the autumn and spring terms."),
 ("tb", "•", "A laptop with word-processing software for all extended writing in lessons and assessments, set up and maintained by the school's IT technician."),
 ("tb", "•", "Exam access arrangements: 25% extra time, use of a word processor and a room with no more than 10 candidates, applied for and arranged by the SENCo and exams officer."),
 ("tb", "•", "Computer Science: a weekly 20-minute check-in with his Computer Science teacher at lunchtime on Thursdays to plan the next stage of his project."),
 ("bold", "Social, emotional and mental health"),
 ("tb", "•", "Regular check-ins with his key worker in the Learning Support Base."),
 ("tb", "•", "An exit card allowing Tanvir to leave a lesson and go to the Learning Support Base for up to 15 minutes, at any time in any lesson; all staff will be told about the card by the SENCo at the start of each term."),
 ("tb", "•", "A visual timetable on his phone and on paper, updated by his key worker each morning at 8.40am; Tanvir will recieve a text or message through the school app from his key worker before 9am whenever there is a planned change to his day."),
 ("bold", "Sensory and physical"),
 ("tb", "•", "Ear defenders, provided by the school and replaced by the SENCo when worn."),
 ("tb", "•", "Permission to leave each lesson 3 minutes early to avoid the busy corridor, and to eat lunch in the Learning Support Base every day."),
 ("bold", S_G),
 ("tb", "•", "Community Paediatrician, Hollinbrook Child Development Centre: annual outpatient review of Tanvir's autism, growth and melatonin prescription (a 30-minute appointment)."),
 ("p", "Health agreement: The provision in Section G has been reviewed and agreed by Sarah Lomax, Designated Clinical Officer (DCO), NHS Lancashire and South Cumbria Integrated Care Board (ICB), 25 March 2026."),
 ("bold", S_H1),
 ("p", "None. Tanvir does not need social care provision (see Section D)."),
 ("bold", S_H2),
 ("p", "None. The family has been given information from Hollinbrook's Local Offer about the Tuesday evening youth coding club at Hollinbrook Library, which is open to young people with special educational needs."),
 ("bold", S_I),
 ("p", "Hollinbrook Academy – mainstream secondary academy."),
 ("bold", S_J),
 ("p", "No Personal Budget has been requested."),
 ("bold", S_K),
 ("tb", "•", "Parent advice – Rokeya (mum) and Shapla (sister), 10 February 2026"),
 ("tb", "•", "Tanvir's views – written with his key worker, February 2026"),
 ("tb", "•", "Educational advice – Mrs Joanne Pilling, SENCo, Hollinbrook Academy, 19 February 2026"),
 ("tb", "•", "Psychological advice – Dr Aisha Malik, Educational Psychologist, Hollinbrook Educational Psychology Service, 24 November 2025"),
 ("tb", "•", "Medical advice – Dr Saima Ahmed, Community Paediatrician, Hollinbrook Child Development Centre, 16 January 2026"),
 ("tb", "•", "Epilepsy advice – Angela Roberts, Paediatric Epilepsy Specialist Nurse, 22 January 2026"),
 ("tb", "•", "Social care advice – Mark Duerden, Social Worker, Children with Disabilities Team (screening assessment), 14 January 2026"),
 ("tb", "•", "Preparing for adulthood advice – Liam Ogden, Careers Adviser (Level 6 qualified), Hollinbrook Academy, 3 March 2026"),
 ("tb", "•", "Annual review report – Hollinbrook Academy, review meeting held 5 March 2026"),
]}

# ---------------------------------------------------------------- ab104 (national-template, FAILURE)
AB104 = {
 "id": "ab104", "layout": "national-template", "title": TITLE,
 "front": {
  "name": "Ayaan", "preferred": "Ayaan", "age_label": "Age:", "age": "7 (born October 2018)",
  "sex": "Male", "ethnicity": "Asian or Asian British – Pakistani",
  "lang_child": "English and Punjabi", "lang_parent": "Punjabi and Urdu",
  "parent1": "Samina (mum)", "parent1_rel": "Mother", "parent2": "Khalid (dad)", "parent2_rel": "Father",
  "year": "Year 2", "issued": "20/05/2026", "plan_type": "Final plan (first plan)",
  "last_review": "Not applicable – first plan",
  "services": ["Whitebirk Lane Primary School", "Millfield Surgery (GP); Paediatric Audiology, Hollinbrook Hospital",
               None, "No", "Hollinbrook Sensory Support Service; speech and language therapy; Educational Psychology Service",
               "No", "No", "Yes – appended", "No"],
 },
 "A1": ("Ayaan is seven and lives with his mum Samina, his dad Khalid, his two younger sisters and his grandparents in a large family home in Hollinbrook. The family speak Punjabi and Urdu at home, and Ayaan speaks Punjabi with his grandparents and English with his sisters.\n"
        "Ayaan did not pass his newborn hearing screen, and further tests showed a permanent moderate to severe hearing loss in both ears. He has worn two hearing aids since he was 4 months old. He had a period of glue ear (fluid behind the eardrum) at age 4, which made his hearing worse for several months.\n"
        "Ayaan has attended Whitebirk Lane Primary School since Nursery. The school has supported him with a teaching assistant in phonics and with advice from the Hollinbrook Sensory Support Service. His parents and the school asked for an Education, Health and Care (EHC) needs assessment in December 2025 because his reading and language are falling further behind.\n"
        "How Ayaan communicates: Ayaan uses spoken English and Punjabi. He speaks in short sentences and some of his speech sounds are unclear to people who do not know him. He relies on lip-reading and on his hearing aids, and he hears best when the speaker is close and facing him."),
 "A2_views": ("What Ayaan told us\n"
        "Ayaan talked to the special educational needs co-ordinator (SENCo) in March 2026 using a 'talking mat' with pictures. He said:\n"
        "• \"I like football and my bike. I like PE best.\"\n"
        "• \"My hearing aids help me. Sometimes they whistle and it's annoying.\"\n"
        "• \"I don't like it when it's noisy in the hall. I can't hear my teacher.\"\n"
        "• \"I want to be a footballer for Blackburn Rovers like my dad wants.\"\n"
        "What Ayaan's family say\n"
        "Samina and Khalid said: \"Ayaan is a happy boy who loves sport and his sisters. We want him to read well and to keep up with the other children. We worry that he doesn't always hear the teacher and that he pretends he understands. He needs people to face him when they talk.\""),
 "A2_interests": "Football, riding his bike, PE, cartoons, playing with his cousins at the park.",
 "A2_strengths": ("Ayaan is friendly, energetic and good at sport. He is kind to younger children and helps his sisters. He tries hard in lessons and is proud when he gets things right. He is good at counting and adding and can count to 100. He looks after his hearing aids and puts them in himself each morning."),
 "A2_aspirations": ("Ayaan wants to be a footballer. His parents want him to read well, keep up with his classmates and have friends, and they hope he will go on to secondary school and get a good job."),
 "areas": {
  "ci": {"strengths": "Ayaan is a confident talker with adults he knows and enjoys telling stories about football.",
         "rows": [
    ("Ayaan's understanding and use of English vocabulary is below his age, particularly words for topics and concepts such as 'before', 'after' and 'between'. He often misses instructions given to the whole class, especially in noisy rooms.",
     "• Pre-teaching of new topic words.\n"
     "• Staff should face Ayaan when speaking and check he has understood.\n"
     "• Speech and language therapy programme written by the speech and language therapist (SLT), delivered by a teaching assistant three times a week for 15 minutes, 1:1.",
     "Ayaan is given pre-teaching of new topic words every week."),
    ("Ayaan does not always understand instructions given to the whole class.",
     "• Class teacher to give instructions one step at a time, with visual prompts on the board, in every lesson.",
     "By July 2027, Ayaan will follow a two-step instruction given to the whole class without a reminder, in 4 out of 5 observations recorded by his class teacher."),
  ]},
  "cl": {"strengths": "Ayaan is good at number and enjoys maths games.",
         "rows": [
    ("Ayaan's phonics and reading are about 18 months behind his age. He finds it hard to hear the difference between similar sounds such as 's', 'f' and 'th'.",
     "• Up to 3 sessions of phonics per week in a small group.\n"
     "• Daily reading to an adult for 10 minutes, 1:1, with the class teaching assistant.",
     "Ayaan will receive daily phonics in a small group so that his reading improves."),
    ("Ayaan is not yet reading books at the level of his classmates.",
     "• A reading book matched to his phonics level, changed twice a week by the class teacher.",
     "By July 2027, Ayaan will read a Year 3 level book aloud with 95% accuracy, as measured by the school's termly reading assessment."),
  ]},
  "semh": {"strengths": "Ayaan is popular and enjoys playing football with other children.",
           "rows": [
    ("Ayaan sometimes becomes frustrated and walks away from games at lunchtime when he cannot hear what other children are saying.",
     "• Lunchtime football club three times a week for 20 minutes, in a group of no more than 8 children, run by a teaching assistant who explains the rules to Ayaan before the game.",
     "By July 2027, Ayaan will play football with at least two classmates at lunchtime on 3 days a week without walking away from the game, as recorded by the lunchtime supervisor."),
  ]},
  "sp": {"strengths": "Ayaan puts his hearing aids in himself and knows how to switch them on.",
         "rows": [
    ("Ayaan has a moderate to severe hearing loss in both ears. He needs a radio aid (a microphone worn by the teacher that sends her voice to his hearing aids) to hear in class.",
     "• A radio aid in all lessons, provided by the Sensory Support Service.\n"
     "• Access to a quiet room where possible for listening breaks.\n"
     "• Regular visits from the Sensory Support Service.",
     "Ayaan has a radio aid in all lessons."),
    ("Ayaan's hearing aids need checking every day.",
     "• Daily hearing aid check by the class teaching assistant, trained by the Sensory Support Service.",
     "Staff will check Ayaan's hearing aids every morning."),
  ]},
 },
 "health": {"strengths": "Ayaan is healthy and active and wears his hearing aids all day.",
  "rows": [
    ("Ayaan has a permanent moderate to severe hearing loss in both ears and wears two behind-the-ear hearing aids. He had glue ear at age 4, which has now cleared.",
     "• Paediatric Audiology, Hollinbrook Hospital: hearing test and hearing aid review every 6 months (a 45-minute appointment).\n"
     "• New ear moulds made every 3 months by the audiology department, and replacement batteries posted to the family within 5 working days of a request.",
     "By July 2027, Ayaan will tell an adult when his hearing aid is whistling or not working, on 9 out of 10 occasions, as recorded by his teaching assistant."),
  ]},
 "health_signoff": "Confirmed. Section G was agreed by Sarah Lomax, Designated Clinical Officer (DCO), NHS Lancashire and South Cumbria Integrated Care Board (ICB), on 12 May 2026.",
 "social": {"strengths": "Ayaan has a large, supportive family who share his care.",
  "rows": [
    ("No social care needs have been identified. Social care advice from the Children with Disabilities Team duty social worker (March 2026) confirmed that Ayaan's needs are met within his family.",
     "None.",
     "None. The family has been given information from the Local Offer about the Saturday club for deaf children run by Hollinbrook Deaf Children's Society.",
     "Not applicable."),
  ]},
 "I": ("Whitebirk Lane Primary School", "Mainstream primary school (community school)"),
 "J": ("No personal budget has been requested.", "Not applicable"),
 "K": {
  1: ("Parent advice", "2 March 2026", "Samina and Khalid, Ayaan's parents", "YES"),
  2: ("Educational advice", "9 March 2026", "Mrs Rebecca Lord, SENCo, Whitebirk Lane Primary School", "YES"),
  3: ("Educational advice: hearing impairment", "12 March 2026", "Kelly Duckworth, Specialist Support Assistant (Hearing Impairment), Hollinbrook Sensory Support Service", "YES"),
  4: (None, "14 November 2023", "Paediatric Audiology, Hollinbrook Hospital (audiology report)", "YES"),
  5: (None, "8 April 2026", "Dr Thomas Greenwood, Educational Psychologist, Hollinbrook Educational Psychology Service", "YES"),
  6: (None, "18 March 2026", "Duty Social Worker, Children with Disabilities Team", "YES"),
  7: ("Advice and information from any other person the local authority thinks appropriate: speech and language therapy", "26 February 2026", "Laura Kenyon, Speech and Language Therapist, Hollinbrook Children's Speech and Language Therapy Service", "YES"),
 },
 "signoff": ("Amina Patel, Special Educational Needs and Disabilities (SEND) Case Coordinator", "Signed electronically", "20 May 2026"),
}

PLANS = [AB101, AB102, AB103, AB104]
