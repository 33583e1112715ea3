
# ================================================================= EF-TABLE PLANS
M102 = {
    "file": "m102.docx",
    "front": [
        ("Child's name", "Kacper"),
        ("Plan dated", "5 October 2026"),
        ("Last reviewed", "First plan – annual review due by October 2027"),
        ("Current NC Year", "Year 4"),
        ("Age", "9"),
        ("Language(s) at home", "Polish (Kacper is bilingual; his parents prefer to speak Polish)"),
        ("Education setting", "Lyndon Park Primary School"),
    ],
    "A": [
        ("p", "**What Kacper told us.** Kacper shared his views with the special educational needs co-ordinator (SENCo), Mrs Green, on 8 July 2026, using a Talking Mat (a board where he sorts picture cards into \"I like\", \"not sure\" and \"I don't like\"). He chose to talk in English."),
        ("bul", [
            "\"I like trains, Minecraft and maths. I know all the stations on the line to Birmingham.\"",
            "\"I don't like the playground. Everyone runs and shouts and the games have rules I don't know.\"",
            "\"I like it when Miss tells me what is happening next. I hate surprises, like when there is a supply teacher.\"",
            "\"When I grow up I want to drive trains or design them.\"",
        ]),
        ("p", "**What Kacper's parents told us.** Kacper's mum and dad met the caseworker on 14 July 2026 with a Polish interpreter. They describe Kacper as clever, honest and funny, with an amazing memory. At home he talks in Polish about his interests for a long time, but he finds it hard to have a back-and-forth conversation in either language. They worry that he has no friends at school and that he is very anxious in the mornings. They hope he will have one or two good friends, feel calm at school and later go to university and work with trains or engineering, which he loves."),
    ],
    "B": [
        ("p", "Kacper has a diagnosis of autism (made by the Child Development Centre in 2024) and a language disorder affecting how he uses language socially. His strengths are his memory, his reading (above age-related expectations) and his maths, where he is working at greater depth for Year 4."),
        ("table", B_HEAD, [
            ("Communication and interaction", "Kacper talks at length about his interests but finds it hard to take turns in conversation, to stay on another person's topic or to understand jokes and non-literal language. In group work he tells others what to do or withdraws.", "Explicit teaching of conversation rules; visual prompts; adults explaining non-literal language."),
            ("Cognition and learning", "Kacper learns quickly and remembers facts well. He finds open-ended writing tasks hard to start and can spend a whole lesson on the title.", "Writing frames; a visual checklist of steps; a clear end point."),
            ("Social, emotional and mental health", "Kacper is anxious about change and unstructured times. His mum says he often cries before school. At break he walks the edge of the playground alone.", "A visual timetable; advance warning of change; a structured lunchtime club."),
            ("Sensory and/or physical", "Kacper is sensitive to noise and to the feel of some clothing. He covers his ears in assembly and in the dinner hall.", "Ear defenders; sitting at the end of a row; a movement break."),
        ]),
    ],
    "C": [
        ("p", "Kacper has difficulty getting to sleep (often not asleep until after 11pm), which leaves him tired and more anxious in the mornings. He is prescribed melatonin by the Community Paediatrician, who reviews it. He has no other health needs."),
    ],
    "D": [
        ("p", "Kacper's family were asked about social care needs during the assessment. An Early Help Family Practitioner met the family on 20 July 2026. The family do not have social care needs related to Kacper's special educational needs; they accepted information about autism parenting courses run by the local parent carer forum and the short breaks local offer."),
    ],
    "EF_intro": [
        ("p", "Outcomes are for the end of Year 4 (July 2027) unless a different date is given. The SENCo reviews progress towards each outcome every term with Kacper and his parents."),
    ],
    "EF": [
        ("Communication and interaction", [
            ("By July 2027, Kacper will take part in a conversation with a classmate on a topic the other child chooses, taking at least 3 turns each. His teaching assistant will record this in 3 observed conversations each half-term.", [
                ("Social communication group working on conversation skills (listening, turn-taking, staying on topic)", "2 x 30 min sessions weekly", "Teaching assistant trained by the speech and language therapist; small group (max 4)"),
                ("Opportunities to practise conversation skills with a talk partner in class, as appropriate", "3 x 10 minutes weekly", "Class teacher; pairs"),
                ("Speech and language therapist visit to assess Kacper, set targets and train staff", "Twice termly (6 visits per year), 1 hour each", "Speech and Language Therapist, Children's Therapies (0–19)"),
            ]),
            ("By July 2027, Kacper will explain the meaning of 20 common idioms and non-literal phrases (for example \"pull your socks up\") and use 5 of them correctly in his own speech.", [
                ("Idioms and non-literal language programme using pictures and stories", "Fortnightly (45 mins)", "Teaching assistant, 1-2-1"),
            ]),
        ]),
        ("Cognition and learning", [
            ("By July 2027, Kacper will start a piece of writing within 5 minutes and write at least a paragraph independently (for example, a report about a train journey), using a writing frame, in 4 out of 5 English lessons.", [
                ("Writing frame and visual step checklist provided for every extended writing task", "Every lesson with extended writing", "Class teacher prepares; teaching assistant checks Kacper has it"),
                ("Pre-teaching of writing tasks", "2 x 20 minutes weekly", "Teaching assistant, 1-2-1"),
            ]),
        ]),
        ("Social, emotional and mental health", [
            ("Kacper will have 1-2-1 support from a teaching assistant at break and lunchtime to help him join in games.", [
                ("Teaching assistant support at break and lunchtime", "Daily, 15 minutes morning break and 30 minutes lunchtime", "Teaching assistant, 1-2-1"),
                ("Lunchtime Lego club (Lego-based therapy – a structured building activity where children take turns as builder, supplier and engineer)", "2 x 30 min sessions weekly", "Trained teaching assistant; group of 3"),
            ]),
            ("By July 2027, Kacper will feel calmer and more settled in class.", [
                ("Visual timetable on his desk, updated each morning, with changes shown in advance", "Daily", "Class teacher"),
                ("Morning check-in to go through the day and any changes", "Daily, 10 minutes on arrival", "Teaching assistant, 1-2-1"),
            ]),
        ]),
        ("Health and wellbeing", [
            ("By July 2027, Kacper will follow his bedtime routine chart and be asleep by 9.30pm on at least 5 nights out of 7, shown in the sleep diary kept by his parents and checked at his paediatric review.", [
                ("Visual bedtime routine chart made with Kacper, with a copy for home", "One 30-minute session in October 2026, reviewed each half-term (15 minutes)", "Teaching assistant, 1-2-1, with advice from the Community Paediatrician"),
            ]),
        ]),
        ("Sensory and/or physical", [
            ("By July 2027, Kacper will stay in assembly for the whole session (20 minutes) wearing ear defenders, on 4 out of 5 days, recorded by his teaching assistant.", [
                ("Ear defenders available in class and for assembly and the dinner hall", "Every assembly and lunchtime", "Provided by the school; the SENCo replaces them when worn"),
                ("Movement break (walk, errand or trampoline) before assembly and after lunch", "2 x 5 minutes daily", "Teaching assistant"),
                ("Occupational therapist review of Kacper's sensory needs and advice to staff", "Once a term, 1 hour", "Occupational Therapist, Children's Therapies (0–19)"),
            ]),
        ]),
    ],
    "G": [
        ("p", "Community Paediatrician: review of Kacper's sleep and melatonin every 6 months at the Child Development Centre clinic (30-minute appointment), with a letter to the family and the GP after each review."),
    ],
    "H1": [("p", "None. Short breaks were discussed with the family and they do not feel they need them at present.")],
    "H2": [("p", "None. Early help was offered (see Section D).")],
    "I": [("p", "Lyndon Park Primary School – mainstream community primary school.")],
    "J": [("p", "No personal budget requested.")],
    "K": [
        ("table", ["Advice", "From", "Date"], [
            ("Kacper's views (Talking Mat)", "Mrs A Green, SENCo", "8 July 2026"),
            ("Parents' views (with Polish interpreter)", "Kacper's mother and father", "14 July 2026"),
            ("Educational advice", "Mrs A Green, SENCo, Lyndon Park Primary School", "10 July 2026"),
            ("Psychological advice", "Dr M Ferreira, Educational Psychologist", "2 July 2026"),
            ("Medical advice", "Dr S Iqbal, Community Paediatrician", "24 June 2026"),
            ("Speech and language therapy advice", "Ms T Novak, Speech and Language Therapist, Children's Therapies (0–19)", "30 June 2026"),
            ("Occupational therapy advice", "Ms C Reid, Occupational Therapist, Children's Therapies (0–19)", "6 July 2026"),
            ("Social care advice", "Ms J Bains, Early Help Family Practitioner", "20 July 2026"),
        ]),
    ],
    "signoff": "Issued by Harbourne Metropolitan Borough Council SEND Service, 5 October 2026.",
}

M105 = {
    "file": "m105.docx",
    "front": [
        ("Name", "Ayaan"),
        ("Plan dated", "19 June 2026"),
        ("Last reviewed", "New plan (issued after EHC needs assessment)"),
        ("Current NC Year", "Year 6 (Year 5 when the plan was issued)"),
        ("Age", "10"),
        ("Home language", "Bengali; Ayaan also speaks English"),
        ("School", "St Mary's Church of England Primary School"),
    ],
    "A": [
        ("sub", "All about me"),
        ("p", "Ayaan told the SENCo (special educational needs co-ordinator), Mr Okoro, these things on 13 April 2026. Mr Okoro wrote down Ayaan's words and read them back to him; Ayaan changed two sentences."),
        ("bul", [
            "\"I'm Ayaan. I'm 10 and I'm in Year 5. I love football. I play for a team on Sundays and I'm a defender.\"",
            "\"I'm good at maths and I'm good at drawing football kits.\"",
            "\"It's hard when the teacher talks for a long time because I forget the first bit. Then I copy my friend.\"",
            "\"I don't like reading out loud in front of everybody.\"",
            "\"It helps when Miss shows me a picture and gives me the words on a card.\"",
            "\"When I'm big I want to be a PE teacher or a football coach.\"",
        ]),
        ("sub", "My family's views"),
        ("p", "Ayaan's mum and dad shared their views on 15 April 2026, with a Bengali interpreter. They say Ayaan is kind, patient with his little sister and very sporty. They noticed he was slower to talk than his sister and that he sometimes uses the wrong word in Bengali as well as English. They want him to be confident to speak up in class, to read well before he goes to secondary school and to keep his love of sport. In the future they hope he goes to college and has a job he enjoys."),
    ],
    "B": [
        ("p", "Ayaan has a developmental language disorder (DLD – a lasting difficulty with understanding and using spoken language that is not caused by learning English as an additional language; it affects both of his languages). He is a good mathematician, working at the expected standard in maths, and is well liked by his classmates."),
        ("table", B_HEAD, [
            ("Communication and interaction", "I find long instructions hard to remember. I know fewer words than my friends and sometimes can't find the word I want. My sentences are short and I mix up word endings (\"he runned\").", "Instructions in small chunks; pictures and key word cards; time to think before I answer."),
            ("Cognition and learning", "My reading is about two years behind. I can read the words but I don't always understand what I've read, especially when there are new words. Writing takes me a long time.", "New words taught before the lesson; talking about a text before reading it; a reading pen."),
            ("Social, emotional and mental health", "I'm happy at school and have lots of friends. I get embarrassed if I get words wrong in front of the class.", "Practising my answer with an adult first; not being asked to read out loud without warning."),
            ("Sensory and/or physical", "I have no sensory or physical difficulties. My hearing has been tested and is fine.", "—"),
        ]),
    ],
    "C": [
        ("p", "Ayaan has no health needs relating to his special educational needs. His hearing was tested by Paediatric Audiology in January 2026 and was within normal limits. The school nurse reviewed his health records and spoke with his parents in March 2026; there are no other health concerns."),
    ],
    "D": [
        ("p", "Ayaan has no social care needs. His parents told us they do not need support from social care, and the Early Help Family Practitioner who works with the school confirmed on 20 April 2026 that the family are not known to children's social care and have no needs relating to Ayaan's special educational needs. The family know how to contact the Early Help service if this changes."),
    ],
    "EF_intro": [
        ("p", "The outcomes below are for the end of Year 6 (July 2027) unless a different date is given. Each outcome has the provision that will help Ayaan reach it."),
    ],
    "EF": [
        ("Communication and interaction", [
            ("By July 2027, Ayaan will follow a three-part spoken instruction in class (for example \"get your book, turn to page 10 and answer question 2\") without copying a friend, in 4 out of 5 observed lessons.", [
                ("Language group working on listening, memory for instructions and sentence building (using the speech and language therapist's programme)", "3 x 30 minutes per week", "Teaching assistant trained in the programme; small group (max 4)"),
                ("Speech and language therapist visit to assess Ayaan, set new targets and model the programme to the teaching assistant", "6 sessions per year (once each half-term), 1 hour each", "Speech and Language Therapist, Children's Therapies (0–19)"),
                ("Instructions given in short chunks with a visual prompt on the board", "Every lesson", "All teachers"),
            ]),
            ("By July 2027, Ayaan will gain his school's Speaking Award by giving a 2-minute talk about football to his class.", [
                ("Rehearsal of class talks and answers with an adult before he speaks to the class", "2 x 15 minutes weekly", "Teaching assistant, 1-2-1"),
            ]),
        ]),
        ("Cognition and learning", [
            ("By July 2027, Ayaan will learn and use 10 new topic words each half-term, shown by a short vocabulary check at the end of each topic (8 out of 10 correct).", [
                ("Pre-teaching of key topic vocabulary using word maps (meaning, picture, sounds and an example sentence)", "2 x 20 minutes weekly", "Teaching assistant, 1-2-1"),
                ("Key word cards and word mats for each topic", "Every topic", "Prepared by the class teacher"),
            ]),
            ("By July 2027, Ayaan's reading comprehension standardised score will rise from 78 to at least 85 on the school's reading test.", [
                ("Reading comprehension intervention (talking about the text before reading, questioning and summarising)", "3 x 20 minutes per week", "Higher Level Teaching Assistant (HLTA); group of 3"),
                ("A reading pen that reads words aloud and gives meanings, set up and charged by the school's IT technician", "Available in every lesson", "Provided by the school; IT technician maintains it"),
            ]),
        ]),
        ("Social, emotional and mental health", [
            ("By July 2027, Ayaan will put his hand up to answer a question in whole-class teaching at least once in every English and maths lesson, recorded by his teacher over two weeks each term.", [
                ("Questions shared with Ayaan before the lesson so he can prepare an answer", "Daily in English and maths", "Class teacher"),
                ("Reading aloud only when Ayaan has been told in advance and has practised", "Every lesson", "All teachers"),
            ]),
        ]),
        ("Preparing for secondary school", [
            ("By September 2027, Ayaan will start Year 7 knowing his timetable, his key adult and the way around his new school, checked by his new SENCo in his first week.", [
                ("Transition programme: two extra visits to his secondary school and a meeting between the two SENCos and his parents", "Summer term 2027; visits of 1 hour each", "SENCo and Ayaan's teaching assistant"),
            ]),
        ]),
    ],
    "G": [("p", "None. Ayaan has no health needs relating to his special educational needs (see Section C), so no health provision is needed.")],
    "H1": [("p", "None – see Section D.")],
    "H2": [("p", "None. Early help was considered (see Section D) and is not needed.")],
    "I": [("p", "St Mary's Church of England Primary School – mainstream voluntary controlled primary school.")],
    "J": [("p", "No personal budget requested.")],
    "K": [
        ("bul", [
            "Ayaan's views, recorded by Mr D Okoro, SENCo – 13 April 2026",
            "Parents' views, with a Bengali interpreter – 15 April 2026",
            "Educational advice – Mr D Okoro, SENCo, St Mary's CE Primary School – 17 April 2026",
            "Psychological advice – Dr K Bhatti, Educational Psychologist – 9 April 2026",
            "Speech and language therapy advice – Mrs L Mensah, Speech and Language Therapist, Children's Therapies (0–19) – 26 March 2026",
            "Health advice – Ms R Clarke, School Nurse (0–19 service) – 27 March 2026",
            "Audiology report – Paediatric Audiology, Miss E Tran, Audiologist – 14 January 2026",
            "Social care advice – Mrs N Chaudhry, Early Help Family Practitioner – 20 April 2026",
        ]),
    ],
    "signoff": "Final plan issued 19 June 2026 – SEND Service, Harbourne Metropolitan Borough Council.",
}

M108 = {
    "file": "m108.docx",
    "front": [
        ("Name", "Yasmin"),
        ("Plan dated", "14 September 2026 (amended after annual review)"),
        ("Last reviewed", "Annual review held 3 July 2026 (phase transfer to college)"),
        ("Current NC Year", "Year 12"),
        ("Age", "17"),
        ("Language", "Arabic at home; Yasmin understands English and Arabic"),
        ("Setting", "Harbourne College – Foundation Studies"),
    ],
    "A": [
        ("p", "**Yasmin's views.** Yasmin uses a communication aid (an eye-gaze tablet that speaks the words she chooses) and some vocalisations and facial expressions. She prepared these views with her speech and language therapist and her mum on 22 June 2026; they are Yasmin's own words, typed on her device."),
        ("bul", [
            "\"I am Yasmin. I like music, make-up and going to the shops with my sister.\"",
            "\"I am good at choosing clothes and doing my own make-up with help.\"",
            "\"I want to go to college with my friends and learn about beauty.\"",
            "\"I want to stay out with friends without my mum.\"",
            "\"I don't like when people talk to my mum and not to me.\"",
            "\"When I am older I want to work in a salon, doing nails, and live in my own flat with carers.\"",
        ]),
        ("p", "**Yasmin's family's views.** Yasmin's mother shared her views with an Arabic interpreter on 22 June 2026. She describes Yasmin as determined, sociable and stylish. She wants college to help Yasmin do more for herself, use her communication aid everywhere and make friends. She is worried about Yasmin's tiredness and pain in her hips, and about how Yasmin's feeds will be managed at college."),
    ],
    "B": [
        ("p", "Yasmin has cerebral palsy (a condition affecting movement and muscle tone) affecting all four limbs. She uses a powered wheelchair, which she drives herself. Her speech is very hard to understand (dysarthria), so she communicates mainly with her eye-gaze device. Yasmin's strengths are her determination, her sense of humour, her good understanding of spoken language and her independent wheelchair driving."),
        ("table", B_HEAD, [
            ("Communication and interaction", "I understand what people say. I use my eye-gaze device to talk; it is slow, so people need to wait. I am still learning to use it for longer sentences.", "People waiting for me; the device being charged and set up; new vocabulary added for my course."),
            ("Cognition and learning", "I am working at Entry Level 2 in English and maths. I learn best with practical tasks and pictures. I get tired in the afternoon.", "Short tasks; rest breaks; work set on my device."),
            ("Social, emotional and mental health", "I am sociable but I can feel left out when people don't wait for me to talk. I get frustrated if I can't say what I mean.", "Friends who know how my device works; time to talk."),
            ("Sensory and/or physical", "I need help with all personal care, eating and moving from my wheelchair. I have hip pain and get tired.", "Trained staff; hoist and changing bed; rest times."),
        ]),
    ],
    "C": [
        ("bul", [
            "Yasmin has cerebral palsy (spastic quadriplegia) and hip pain. She uses a standing frame and a sleep system (postural equipment) provided by Children's Therapies.",
            "Yasmin has a gastrostomy (a feeding tube into her stomach). She eats some soft food by mouth and has top-up feeds of 200 ml by pump twice a day, including once at college at lunchtime. She needs trained staff to set up and give her feed and to care for her gastrostomy site.",
            "She takes medication for muscle stiffness, given at home.",
        ]),
    ],
    "D": [
        ("p", "Yasmin is known to the Disabled Children's Team. A social care assessment by her social worker, Ms Ruth Campbell, on 19 June 2026 found that Yasmin needs support to spend time with friends away from her family and that her mother, who is her main carer, needs regular breaks. A Care Act transition assessment will be completed before Yasmin is 18."),
    ],
    "EF_intro": [
        ("p", "Outcomes run to the end of Yasmin's two-year Foundation Studies course (July 2028) unless another date is given."),
    ],
    "EF": [
        ("Communication and interaction", [
            ("By July 2027, Yasmin will use her eye-gaze device to ask and answer questions in sentences of 4 or more words in every taught session, recorded by her learning support assistant in a weekly log.", [
                ("Communication aid set up, charged and with course vocabulary added before each lesson", "Every day", "Learning support assistant trained in eye-gaze technology; the college assistive technology officer maintains the device"),
                ("Training for all Yasmin's tutors on how to talk with someone using a communication aid", "One 1-hour session in September 2026 and a refresher in January 2027", "College SEN co-ordinator with the speech and language therapist"),
            ]),
        ]),
        ("Employment and learning (preparing for adulthood)", [
            ("By July 2028, Yasmin will be awarded an Entry Level 3 certificate in Beauty and Nail Services.", [
                ("Foundation Studies course with a vocational beauty pathway", "15 hours per week term time", "College tutors; class of 10"),
                ("Learning support assistant for all taught sessions, to scribe using her device, set up equipment and support practical tasks", "15 hours per week term time", "Learning support assistant, 1-2-1"),
            ]),
            ("By July 2028, Yasmin will complete a work placement in a salon for one half-day a week for a whole term and receive a positive report from her placement supervisor.", [
                ("Supported work placement with a Job Coach who knows Yasmin's communication aid", "One half-day a week for one term (from January 2028)", "Job Coach, 1-2-1"),
            ]),
        ]),
        ("Independent living and community", [
            ("Yasmin will become more confident and independent.", [
                ("Independent living skills sessions (choosing and buying items in shops, using money with her device)", "2 x 1 hour weekly", "Learning support assistant; small group (max 4)"),
                ("Overnight short breaks at Maple House residential short-break centre, commissioned by the Disabled Children's Team", "2 nights per month", "Maple House care staff"),
            ]),
            ("By March 2027, Yasmin will go to the college café with two friends once a week and order and pay using her device.", [
                ("Lunchtime social group", "Once a week, 1 hour", "Learning support assistant; group of 3"),
            ]),
        ]),
        ("Physical and personal care", [
            ("By July 2027, Yasmin will direct her own personal care, telling staff what she needs and when, in every personal care routine, recorded by staff in her care log.", [
                ("Personal care and moving and handling by two trained staff, using a hoist and changing bed", "3 times daily at set times (on arrival, after lunch, mid-afternoon) and whenever Yasmin asks", "Two learning support assistants trained in moving and handling"),
                ("Rest breaks out of her wheelchair", "2 x 20 minutes daily", "Learning support assistants"),
            ]),
        ]),
    ],
    "G": [
        ("bul", [
            "**Speech and language therapy:** the Children's Therapies speech and language therapist will see Yasmin 1-2-1 at college for 45 minutes fortnightly to develop her use of her eye-gaze device, and will set targets for college staff each term.",
            "**Physiotherapy:** the Children's Therapies physiotherapist will review Yasmin's standing frame, sleep system and hip pain every 6 months (1-hour appointment) and update her postural management plan.",
            "**Community Paediatrician:** 6-monthly review of Yasmin's medication for muscle stiffness and her hip pain.",
        ]),
        ("p", "Agreed by the Designated Clinical Officer (ICB – Integrated Care Board), Dr Farah Siddiqui, on 8 September 2026."),
    ],
    "H1": [
        ("p", "A direct payment for a personal assistant for 6 hours per week (term time and holidays) so Yasmin can go out with friends and to the shops without her family, arranged by the Disabled Children's Team following the assessment of 19 June 2026. Reviewed every 6 months by her social worker."),
    ],
    "H2": [("p", "A Care Act transition assessment by the Adult Social Care Transitions Team, to be completed by March 2027, before Yasmin turns 18.")],
    "I": [("p", "Harbourne College – general further education college (Foundation Studies department).")],
    "J": [("p", "Direct payment for personal assistant support, 6 hours per week – see Section H1. Managed by Yasmin's mother.")],
    "K": [
        ("table", ["Advice and information", "Who gave it", "Date"], [
            ("Yasmin's views (eye-gaze device)", "Yasmin, with Ms A Farah, Speech and Language Therapist", "22 June 2026"),
            ("Parent's views (Arabic interpreter)", "Yasmin's mother", "22 June 2026"),
            ("Educational advice and annual review report", "Mrs P Jones, Assistant Headteacher, Elmhurst School (previous school)", "3 July 2026"),
            ("College advice", "Mr G Hill, SEN Co-ordinator, Harbourne College", "30 June 2026"),
            ("Psychological advice", "Dr E Byrne, Educational Psychologist", "12 May 2026"),
            ("Medical advice", "Dr R Kapoor, Community Paediatrician", "5 June 2026"),
            ("Speech and language therapy advice", "Ms A Farah, Speech and Language Therapist, Children's Therapies (0–19)", "22 June 2026"),
            ("Physiotherapy advice", "Mr O Dunn, Physiotherapist, Children's Therapies (0–19)", "10 June 2026"),
            ("Dietetic advice", "Mrs S Akhtar, Community Paediatric Dietitian", "9 June 2026"),
            ("Social care advice", "Ms R Campbell, Social Worker, Disabled Children's Team", "19 June 2026"),
            ("Preparing for adulthood advice", "Mr T Evans, Careers Adviser", "24 June 2026"),
        ]),
    ],
    "signoff": "Amended plan issued 14 September 2026 – Harbourne Metropolitan Borough Council.",
}

M111 = {
    "file": "m111.docx",
    "front": [
        ("Name", "Aram"),
        ("Plan dated", "28 August 2026"),
        ("Last reviewed", "Annual review meeting held 16 June 2026"),
        ("Current NC Year", "Post-19 (Year 14 equivalent) – supported internship"),
        ("Age", "19"),
        ("Languages", "Kurdish Sorani and English"),
        ("Setting", "Harbourne College Supported Internship programme, placement at the Grand Canal Hotel"),
    ],
    "A": [
        ("sub", "About me (Aram's own words)"),
        ("p", "Aram gave his views in English at a meeting with his Job Coach on 2 June 2026; his Job Coach typed them and Aram checked them."),
        ("bul", [
            "\"I like cooking, music and the gym. I go to the gym three times a week with my brother.\"",
            "\"I am good at working hard and I am always on time. My manager at the hotel said I'm the best at setting up breakfast.\"",
            "\"I find it hard to remember lots of things at once. Sometimes I get distracted and I forget what I was doing.\"",
            "\"My goal is to get a paid job in a kitchen. I want to be a chef one day.\"",
            "\"I want to go out on my own more, to the gym and to the city centre, without my dad driving me.\"",
        ]),
        ("sub", "My family's views"),
        ("p", "Aram's father gave his views on 4 June 2026 with a Kurdish Sorani interpreter. He is proud of Aram's hard work at the hotel. He wants Aram to get a paid job, to travel on his own and to learn to look after money, and he would like Aram to live more independently in the future, perhaps in supported accommodation near the family."),
    ],
    "B": [
        ("p", "Aram has a moderate learning difficulty and attention deficit hyperactivity disorder (ADHD – a condition that affects attention, activity levels and impulse control). His strengths are his reliability, his friendly manner with customers and colleagues, and his practical skills in the kitchen."),
        ("table", B_HEAD, [
            ("Communication and interaction", "I talk well with people I know. I find long spoken instructions hard to remember and I don't always ask when I'm unsure.", "Instructions one step at a time; a written or picture checklist; my Job Coach checking in."),
            ("Cognition and learning", "My reading is at Entry Level 3 and my maths at Entry Level 2. I find money, time and planning hard.", "Practical learning in real places; reminders on my phone."),
            ("Social, emotional and mental health", "I can lose focus and get frustrated when I'm rushed. I sometimes act before thinking.", "A quiet moment to reset; clear routines."),
            ("Sensory and/or physical", "I have no sensory or physical difficulties.", "—"),
        ]),
    ],
    "C": [
        ("p", "Aram has ADHD. He takes prescribed stimulant medication each morning, which helps his concentration at work. His medication is prescribed by his GP under a shared care arrangement with the Adult ADHD Service, which took over his care from the children's service in 2025. He has no other health needs relating to his special educational needs."),
    ],
    "D": [
        ("p", "The Adult Social Care Transitions Team completed a Care Act assessment on 12 May 2026. It found that Aram is eligible for support to take part in community activities and to develop his independent living skills (travelling, managing money and cooking at home). His father is his main carer and was offered a carer's assessment, which he declined."),
    ],
    "EF_intro": [
        ("p", "These outcomes are for the end of Aram's supported internship (July 2027) unless another date is given."),
    ],
    "EF": [
        ("Employment", [
            ("By July 2027, Aram will have applied for at least three paid kitchen jobs and attended at least one interview.", [
                ("Job search and interview practice sessions", "1 hour weekly", "Job Coach, 1-2-1"),
                ("Supported internship placement in the hotel kitchen, with on-the-job coaching", "3 days per week, 6 hours per day, term time", "Job Coach on site for full days until October half-term 2026, then two 1-hour visits each placement day; the hotel line manager supervises"),
            ]),
            ("By March 2027, Aram will be awarded the Level 2 Food Hygiene certificate and receive a positive end-of-placement report from his line manager.", [
                ("Food hygiene course with adapted materials", "6 sessions of 1.5 hours (January–March 2027)", "College tutor; group of 8"),
                ("Visual task checklists for each kitchen job, made with Aram", "Every shift", "Job Coach prepares; the line manager keeps copies in the kitchen"),
            ]),
        ]),
        ("Independent living", [
            ("By July 2027, Aram will travel by bus from home to his placement and to the gym on his own, 5 days out of 5.", [
                ("Travel training on the two routes", "As timetabled (5 x 1 hr) for each route, September–November 2026, then 30-minute spot checks fortnightly until December 2026", "Travel Trainer, 1-2-1"),
            ]),
            ("By July 2027, Aram will pay for his shopping and his gym membership using his bank card and check his balance on his banking app each week.", [
                ("Money skills sessions at college using real bills and his banking app", "2 x 45 minutes weekly", "College tutor; small group (max 4)"),
            ]),
        ]),
        ("Friends, community and good health", [
            ("By July 2027, Aram will get around his local area on his own, going to the gym, the shops and the city centre at least twice a week.", [
                ("Community skills sessions: planning trips, reading timetables, keeping safe and asking for help", "1 x 1 hour weekly", "College tutor; small group (max 4)"),
            ]),
            ("By March 2027, Aram will order his own repeat prescription using the NHS App and take his morning medication without reminders on 5 days out of 5, checked by his father and his Job Coach.", [
                ("Health self-care sessions at college (using the NHS App, medication routines, reminders on his phone)", "4 sessions of 45 minutes in the autumn term 2026", "College tutor; group of 6"),
            ]),
        ]),
    ],
    "G": [
        ("bul", [
            "Adult ADHD Service (specialist nurse): review of Aram's ADHD medication, blood pressure, weight and side effects every 6 months (45-minute clinic appointment).",
        ]),
        ("p", "This health provision was agreed by the Designated Clinical Officer (ICB – Integrated Care Board), Mrs L Okafor, on 20 August 2026."),
    ],
    "H1": [("p", "Not applicable – section 2 of the Chronically Sick and Disabled Persons Act 1970 applies to children under 18; Aram is 19. His social care provision is in H2.")],
    "H2": [
        ("p", "Following the Care Act assessment (12 May 2026), Adult Social Care will fund a personal assistant for 6 hours per week (two sessions of 3 hours), all year, to support Aram to use community facilities, practise independent travel at weekends and cook a simple meal at home. Reviewed by the Adult Social Care Transitions Team every 6 months."),
    ],
    "I": [("p", "Harbourne College – general further education college; Supported Internship programme (post-19), with a work placement at the Grand Canal Hotel.")],
    "J": [("p", "Aram's personal assistant hours (Section H2) are paid as a direct payment to Aram, managed with help from his father. No personal budget for education provision.")],
    "K": [
        ("table", ["Advice and information", "Given by", "Date"], [
            ("Aram's views", "Aram, with Mr S Price, Job Coach", "2 June 2026"),
            ("Father's views (Kurdish Sorani interpreter)", "Aram's father", "4 June 2026"),
            ("Educational advice and annual review report", "Ms H Lloyd, Supported Internship Lead, Harbourne College", "16 June 2026"),
            ("Psychological advice", "Dr M Abbasi, Educational Psychologist", "10 March 2026"),
            ("Medical advice", "Mr J Oduya, ADHD Specialist Nurse, Adult ADHD Service", "28 April 2026"),
            ("Social care advice (Care Act assessment)", "Ms K Dunne, Social Worker, Adult Social Care Transitions Team", "12 May 2026"),
            ("Preparing for adulthood advice", "Mr S Price, Job Coach, and Ms H Lloyd, Supported Internship Lead", "2 June 2026"),
        ]),
    ],
    "signoff": "Plan issued 28 August 2026 by the SEND Service, Harbourne Metropolitan Borough Council.",
}
