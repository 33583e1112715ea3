# Plans r204 - r207 (content only)

# ---------------------------------------------------------------- r204
R204 = {
    "file": "r204.docx",
    "layout": "letter-column",
    "intro": "This is Maisie's Education, Health and Care Plan (EHCP), amended after her first annual review at college. "
    "'NC year' means National Curriculum year group.",
    "front": [
        ("Name", "Maisie"),
        ("EHCP issued", "11 November 2026 (amended following annual review)"),
        ("Last reviewed (annual review)", "14 October 2026"),
        ("Current NC year", "Year 12 (first year of college)"),
        ("Education phase", "Post-16 (further education)"),
        ("Setting", "Avon Valley College – Level 2 Diploma in Animal Care"),
    ],
    "A": [
        ("About me: what people like and admire about me", [
            ("p", "Maisie wrote these with her college Learning Mentor, Ms Hale, in October 2026. They are her own words."),
            ("ul", [
                "“The tutors say I'm the calmest person with the rabbits. Animals trust me.”",
                "“I'm honest. If I say I'll do something, I do it.”",
                "“I know loads about reptiles. I've kept a bearded dragon called Spike for four years.”",
            ]),
        ]),
        ("What is hard for me", [
            ("ul", [
                "“The refectory at lunch. It's too loud and I can't eat in there.”",
                "“When the timetable changes and nobody tells me.”",
                "“Panic attacks. My chest goes tight and I have to get out.”",
            ]),
        ]),
        ("My hopes", [
            ("ul", [
                "“I want to pass my Level 2 and go on to Level 3 Animal Management.”",
                "“I'd like to work at an animal rescue centre or a zoo.”",
                "“I want to get the bus into town on my own and go to the café with my friend Chloe.”",
                "“One day I want my own flat, with Spike.”",
            ]),
            ("q", "Maisie's mum said: “Maisie is gentle, clever and completely herself with animals. Her anxiety holds her back, and she "
                  "still relies on me to get everywhere and to make her phone calls. We want her to have a job with animals, to travel and "
                  "go out on her own, and to manage her anxiety so it doesn't stop her.”"),
        ]),
    ],
    "B": [
        "Maisie is autistic and has an anxiety disorder. She is a kind, honest and reliable young woman with a real gift for working with "
        "animals: her practical animal-handling assessments are all at Merit or Distinction. She passed GCSE (General Certificate of "
        "Secondary Education) English Language at grade 4 in summer 2026 and gained grade 3 in mathematics, which she is re-sitting.",
        "Anxiety is Maisie's biggest barrier. Crowded, noisy places, unexpected changes to her timetable and talking to people she does not "
        "know make her very anxious; in her first half-term at college she had five panic attacks and left lessons 11 times. She finds it "
        "very hard to ask for help and tends to say she is 'fine' when she is not. She also finds it hard to plan written assignments, and "
        "at the review three were overdue.",
        "Maisie does not yet travel on her own, has not used a café or shop without her mum, and relies on her mum to make phone calls and "
        "book appointments. She can make a simple meal from a recipe and manages her own money for small purchases.",
    ],
    "C": [
        ("p", "Maisie has an anxiety disorder and is supported by Child and Adolescent Mental Health Services (CAMHS) at Tier 3 (the "
              "specialist community team). She takes a daily medicine for anxiety, prescribed by her CAMHS psychiatrist. She turns 18 in "
              "August 2027, so her move to adult mental health services needs planning this year. She has no physical health needs (GP, May 2026)."),
    ],
    "D": [
        ("p", "Maisie has no social care needs arising from her special educational needs or disability. Andrew Lee, Senior Practitioner "
              "in the Disabled Children's Team, screened her needs in September 2026 and found that they are met within her family and at "
              "college. He talked with Maisie and her mum about short breaks and the Preparing for Adulthood transition worker; they do not "
              "want either now and know how to ask in future."),
    ],
    "E": {
        "intro": "Maisie's outcomes follow the Preparing for Adulthood areas.",
        "groups": [
            ("Short-term (by next review)", [
                "Education: by July 2027, Maisie will be awarded her Level 2 Diploma in Animal Care and will have a confirmed place on the Level 3 course.",
                "Employment: by the end of the Summer term 2027, Maisie will complete a 10-day work placement at the Chalkvale Animal Rescue Centre and receive a written report from her supervisor confirming she met all the placement standards.",
                "Education: by June 2027, Maisie will achieve grade 4 in her GCSE mathematics re-sit.",
                "Independent living: by Easter 2027, Maisie will travel by bus between home and college on her own on four days out of five for four weeks in a row (travel training log).",
                "Friends and community: by the Spring term 2027, Maisie will go into town with Chloe, without staff or family, to use a café and shops at least twice a month, as recorded at her Learning Mentor check-ins.",
                "Good health: by March 2027, Maisie will use her anxiety plan to manage a panic feeling and stay in, or return to, the lesson on four out of five occasions, as recorded by her Learning Mentor.",
            ]),
            ("Longer-term (end of her college course, July 2028)", [
                "By July 2028, Maisie will hand in every Level 3 assignment by its deadline, using a step-by-step plan she writes herself.",
                "Before her 18th birthday (August 2027), Maisie will book and attend her own GP appointment, making the phone call herself.",
            ]),
        ],
    },
    "F": [
        ("Learning", [
            "A Learning Mentor (trained in autism and anxiety) will meet Maisie 1:1 once per fortnight (1 hr) to break assignments into steps, review her anxiety plan and plan her trips into town; three sessions in the Spring term 2027 will practise phone calls and booking appointments.",
            "A learning support assistant will be in all Maisie's theory lessons (6 hours a week), supporting Maisie and two other learners (1:3).",
            "Maisie will attend the GCSE mathematics re-sit class (group of max 12) for 3 hours a week with a qualified maths lecturer, plus a 30-minute 1:1 session each week with the maths support tutor.",
            "Maisie will have 25% extra time and a smaller room with no more than six candidates for all exams and timed assessments, applied for and arranged by the college's Access Arrangements Co-ordinator.",
            "Maisie's personal tutor will email her at least 24 hours before any change to her timetable, room or tutor.",
        ]),
        ("Anxiety and sensory needs", [
            "Maisie will use the quiet room in the Learning Resource Centre at every break and lunchtime, with her own key fob.",
            "Maisie will carry a time-out card that lets her leave any lesson for ten minutes and go to the quiet room; the Learning Mentor will tell all her lecturers about it at the start of each term.",
        ]),
        ("Preparing for adulthood", [
            "Travel training: a trainer from the council's Independent Travel Training Service will travel with Maisie 1:1 twice a week, weekly for 10 weeks then reviewed, from January 2027.",
            "Work placement: 10 days at the Chalkvale Animal Rescue Centre in the Summer term 2027; a job coach from the college's Supported Employment team will visit once a week (1 hour).",
            "A careers adviser will meet Maisie once a term for 45 minutes to plan her route to Level 3 and into work with animals.",
        ]),
    ],
    "G": [
        ("p", "G1. CAMHS (Tier 3): a CAMHS clinician will see Maisie fortnightly for 50-minute sessions of cognitive behavioural therapy "
              "(CBT, a talking therapy for anxious thoughts) until March 2027, then review progress with her."),
        ("p", "G2. CAMHS (Tier 3): the CAMHS psychiatrist will review Maisie's medicine every three months (30 minutes) and will hold a "
              "transition meeting with Maisie, her mum and the adult mental health team by May 2027."),
    ],
    "G_sign": "The health elements of this plan have been agreed by the ICB's (Integrated Care Board's) Designated Clinical Officer, Daniel Hope, on 4 November 2026.",
    "H1": [("p", "None – short breaks were considered and are not wanted at present (see Section D).")],
    "H2": [("p", "None. Adult social care will be considered again at her next review.")],
    "I": [("p", "Avon Valley College (general further education college), Level 2 Diploma in Animal Care, 16.5 hours a week.")],
    "J": [("p", "None requested.")],
    "K": [
        ("Maisie's views", "Written with Ms Hale, Learning Mentor, Avon Valley College", "2 October 2026"),
        ("Parent's views", "Maisie's mum", "2 October 2026"),
        ("Educational advice (annual review report)", "Mark Evans, Additional Learning Support Manager, Avon Valley College", "14 October 2026"),
        ("Psychological advice", "Dr Sian Lewis, Educational Psychologist", "19 January 2026"),
        ("Health advice – CAMHS (Tier 3)", "Dr Priya Nair, Consultant Child and Adolescent Psychiatrist", "12 September 2026"),
        ("Medical advice", "Dr Wallace, GP, Larkmoor Surgery", "5 May 2026"),
        ("Social care advice", "Andrew Lee, Senior Practitioner, Disabled Children's Team", "9 September 2026"),
        ("Preparing for adulthood advice", "Lee Burton, Careers Adviser", "25 September 2026"),
    ],
    "signed": "Signed on behalf of Chalkvale Council: Nadia Khan, SEND Case Officer, 11 November 2026.",
}

# ---------------------------------------------------------------- r205
R205 = {
    "file": "r205.docx",
    "layout": "heading2-numbered",
    "intro": "This is Kai's Education, Health and Care Plan (EHCP). 'NC year' means National Curriculum year group.",
    "front": [
        ("Name", "Kai"),
        ("EHCP issued", "15 January 2025"),
        ("Last reviewed (annual review)", "—"),
        ("Current NC year", "Year 2"),
        ("Education phase", "Primary (Key Stage 1)"),
        ("School", "Larkmoor Primary School"),
    ],
    "A": [
        ("About me: what people like and admire about me", [
            ("p", "Kai told Mrs Lowe, the Service Pupil Champion (the member of staff who supports children from Armed Forces families), "
                  "these things in November 2024. She wrote down his words."),
            ("ul", [
                "“I am really good at Lego. I can build a space station with a docking bit.”",
                "“I know all the planets and their moons.”",
                "“Mrs Patel says I'm good at maths because I can do take-aways in my head.”",
            ]),
            ("p", "Staff added that Kai is honest, kind to younger children and has an excellent memory for facts."),
        ]),
        ("What is hard for me", [
            ("ul", [
                "“The dinner hall is too loud. It hurts my ears.”",
                "“When we have a different teacher and nobody told me.”",
                "“Writing. My hand gets tired.”",
            ]),
        ]),
        ("My hopes", [
            ("ul", [
                "“I want to be an astronaut and go to the Moon.”",
                "“I want a friend to play trains with at playtime.”",
                "“I want the dinner hall to be quiet.”",
            ]),
            ("q", "Kai's mum and dad said: “Kai is a loving, clever boy with a great sense of humour. We moved here from Germany in 2024 "
                  "and this is already his third school; every move knocks him back. We want Kai to be happy at school, to have a proper "
                  "friend, to cope better when things change, and to enjoy writing as much as he enjoys talking about space.”"),
        ]),
    ],
    "B": [
        "Kai was diagnosed as autistic by the Neurodevelopmental Pathway (the Community Paediatrics service that assesses autism) in October "
        "2024. He is a bright boy with a wide vocabulary and a deep knowledge of space, trains and Lego. Conversation with other children is "
        "harder for him: he talks about his own interests without noticing whether the other person is interested, finds it hard to take "
        "turns in talk and understands language literally. He wants friends but does not yet know how to join a game or accept another child's ideas.",
        "Kai reads fluently at the level expected for Year 2 and his calculation skills are above it. Writing is much harder: his pencil grip "
        "is tight, his hand tires quickly, and he often refuses to start a writing task. In November 2024 he was writing one or two sentences "
        "on his own, while most of his class were writing short paragraphs.",
        "Kai is very sensitive to noise. In the dinner hall, assemblies and wet play he covers his ears, hums loudly or runs out. Unexpected "
        "changes to his routine make him very anxious; in the autumn term 2024 he became very distressed (shouting, hiding under a table or "
        "running out of class) two or three times a week, usually at transitions. He is calmer when he knows what is coming and has a quiet "
        "place to go.",
    ],
    "C": [
        ("p", "Kai's autism was diagnosed by the Neurodevelopmental Pathway in October 2024; his sensory differences are described in Section B. "
              "The paediatrician will see him once more to follow up the diagnosis. He has no other medical conditions (medical advice, Dr Ellis, October 2024)."),
    ],
    "D": [
        ("p", "Kai lives with his mum, his dad and his baby sister in Service Family Accommodation at Larkmoor Camp. His dad serves with the "
              "Royal Electrical and Mechanical Engineers and is often away on exercise. The Disabled Children's Team's advice (2 December 2024) "
              "is that Kai's needs at home are met by his parents and he does not need a social care assessment. The team gave the family "
              "information about Family Link short breaks; they did not wish to apply."),
    ],
    "E": {
        "intro": "",
        "groups": [
            ("Short-term (by next review)", [
                "Kai has a 1:1 teaching assistant for all lessons and at lunchtime.",
                "By the next review, Kai will join a game with another child at playtime and keep playing for ten minutes, on at least three playtimes a week, as recorded by the playground staff.",
                "By the next review, Kai will show his break card and leave a noisy room calmly, instead of running out, on four out of five occasions, as recorded on his daily log.",
                "By the next review, Kai will write three sentences on his own about a topic he chooses (for example the planets), using a writing frame, in three out of four writing lessons.",
            ]),
            ("Longer-term (end of key stage)", [
                "By the end of Key Stage 1 (July 2025), Kai will be happier and more settled in school.",
                "By the end of Key Stage 1, when a change to his routine is shown to him in advance on his visual timetable, Kai will stay in class and carry on with his work on four out of five occasions, as recorded by his class teacher.",
                "By the end of Key Stage 1, Kai will hold a conversation with another child for four or more turns on a topic the other child has chosen, in three out of four weekly checks.",
            ]),
        ],
    },
    "F": [
        ("Communication and interaction", [
            "Kai will take part in small group social skills sessions each week.",
            "A Speech and Language Therapist (SALT) will visit once a term for one hour to assess Kai's social communication, set his targets and show his teaching assistant (TA) how to work on them.",
            "Kai's TA will practise conversation and turn-taking with Kai and one chosen classmate (1:2) for 15 minutes, three times a week, using the SALT's targets.",
        ]),
        ("Social, emotional and sensory needs", [
            "Kai will have a visual timetable on his desk throughout the school day. The class teacher will add any change before the day starts and show it to Kai first thing.",
            "Kai will use a break card to leave class for a 5-minute break in the library book corner, supervised by his TA.",
            "Kai will wear ear defenders, provided by the school and kept in his tray, in assemblies, the dinner hall and wet play.",
            "An Occupational Therapist (OT) from Occupational Therapy (Sensory) will visit once a term for one hour to update Kai's sensory circuit programme; his TA will run the circuit with him 1:1 for 15 minutes every morning.",
            "A specialist teacher from the Autism Outreach Service will visit every half-term for one hour to observe Kai and advise his teacher and TA.",
        ]),
        ("Cognition and learning", [
            "Kai will have a writing frame and a pencil grip for every writing task, prepared by his class teacher.",
            "Kai will work in a 1:2 writing group with the higher level teaching assistant (HLTA) three times a week for 20 minutes.",
        ]),
        ("Adult support", [
            "Kai will have a TA for 25 hours a week, 1:1 in all lessons and at lunchtime, trained to Autism Education Trust Tier 2 (a national autism training programme) and supervised by the SENCo (special educational needs co-ordinator).",
            "If the family is posted, the SENCo will send this plan and Kai's one-page profile to the new school within one week of the move being confirmed.",
        ]),
    ],
    "G": [
        ("p", "G1. Community Paediatrics (Neurodevelopmental Pathway): Dr Ellis will see Kai and his parents for a 45-minute follow-up "
              "appointment in the Spring term 2025. The pathway nurse will offer Kai's parents a place on the post-diagnosis workshop "
              "(three sessions of two hours) by February 2025."),
    ],
    "G_sign": "The health elements of this plan have been agreed by the ICB's (Integrated Care Board's) Designated Clinical Officer, Angela Price, on 10 January 2025.",
    "H1": [("p", "None. Short breaks were considered (see Section D).")],
    "H2": [("p", "None.")],
    "I": [("p", "Larkmoor Primary School (mainstream).")],
    "J": [("p", "None requested.")],
    "K": [
        ("Parents' views", "Kai's mum and dad", "18 November 2024"),
        ("Kai's views", "Written down by Sarah Lowe, Service Pupil Champion", "20 November 2024"),
        ("Educational advice", "Mrs J. Grant, SENCo, Larkmoor Primary School", "8 November 2024"),
        ("Psychological advice", "Dr Ravi Kumar, Educational Psychologist", "25 November 2024"),
        ("Medical advice", "Dr Ellis, Community Paediatrician, Neurodevelopmental Pathway", "14 October 2024"),
        ("Occupational therapy advice", "Jess Moore, Occupational Therapist (Sensory)", "22 November 2024"),
        ("Speech and language therapy advice", "Laura Finch, Speech and Language Therapist", "29 November 2024"),
        ("Social care advice", "Mark Allen, Team Manager, Disabled Children's Team", "2 December 2024"),
    ],
    "signed": "Signed on behalf of Chalkvale Council: Tom Ashby, SEND Case Officer, 15 January 2025.",
}

# ---------------------------------------------------------------- r206
R206 = {
    "file": "r206.docx",
    "layout": "shaded-heading-table",
    "intro": "This is Freya's Education, Health and Care Plan (EHCP), amended after her annual review. 'NC year' means National Curriculum year group.",
    "front": [
        ("Name", "Freya"),
        ("EHCP issued", "9 February 2026 (amended following annual review)"),
        ("Last reviewed (annual review)", "14 January 2026"),
        ("Current NC year", "Year 4"),
        ("Education phase", "Primary (Key Stage 2)"),
        ("School", "Kingsdown Junior School"),
    ],
    "A": [
        ("About me: what people like and admire about me", [
            ("p", "Freya typed these up with Mrs Ellis, her teaching assistant, in December 2025. They are Freya's words."),
            ("ul", [
                "“I can do a cartwheel and a round-off. I'm in the gymnastics squad.”",
                "“I'm good at drawing horses.”",
                "“My friends say I'm kind and I always let them have a go.”",
            ]),
        ]),
        ("What is hard for me", [
            ("ul", [
                "“When everyone talks at once at lunch. It's just noise.”",
                "“When the teacher talks with her back to me.”",
                "“By the end of the day I'm really tired from listening.”",
            ]),
        ]),
        ("My hopes", [
            ("ul", [
                "“I want to be a vet, or a gymnastics coach.”",
                "“I want a speaking part in the Year 4 play and to hear all my cues.”",
                "“I want my friends to understand about my hearing aids.”",
            ]),
            ("q", "Freya's mum and dad said: “Freya is bright, determined and funny. We have moved three times with the Army, and every "
                  "time we've had to explain her deafness from scratch. We want her to be confident enough to tell people what she needs, "
                  "to keep up with new words, and to hold on to her friendships when we move.”"),
        ]),
    ],
    "B": [
        "Freya has a moderate to severe sensorineural (permanent, inner-ear) hearing loss in both ears, found at her newborn hearing screen. "
        "She wears two hearing aids and uses a radio aid in class. She is a bright, sociable girl with clear speech and a strong will to do "
        "well. She is working at the expected level in mathematics and reads familiar words confidently.",
        "Even with her aids, Freya misses a lot of speech in noisy places and when a speaker is behind her or far away, and she relies on "
        "lip-reading. She often nods as if she has understood when she has not. Her vocabulary is below that of children her age (standard "
        "score 82, November 2025), so new topic words cause difficulty, and her reading comprehension is about 18 months behind her word reading.",
        "Listening all day is tiring, and by the afternoon Freya's attention drops. She has strong friendships, but in group conversations "
        "she misses jokes and changes of topic and sometimes withdraws. She is becoming self-conscious about her hearing aids and took them "
        "out at playtime twice last term.",
    ],
    "C": [
        ("p", "Freya has a permanent hearing loss in both ears, for which she wears two hearing aids; Paediatric Audiology checks her hearing "
              "and aids every six months. She is otherwise healthy, with no balance problems or other medical conditions (medical advice, "
              "Dr Rahman, September 2025)."),
    ],
    "D": [
        ("p", "Freya lives with her mum, her dad and her brother Sam. Her mum serves with the Royal Army Medical Service. Freya has no social "
              "care needs: the Disabled Children's Team's advice (Jas Sandhu, Social Worker, November 2025) is that her needs are fully met "
              "within her family and at school. Ms Sandhu told the family about Family Link short breaks and the local deaf children's society; "
              "the family have joined the society but do not want short breaks."),
    ],
    "E": {
        "intro": "",
        "groups": [
            ("Short-term (by next review)", [
                "By Easter 2026, Freya will check her own hearing aids each morning and tell an adult straight away when her hearing aids or radio aid are not working, on 9 days out of 10 (daily listening check sheet).",
                "By July 2026, Freya will tell an adult or a friend when she has not heard something (for example 'Can you say that again?') at least twice in every lesson, as observed by her teaching assistant in weekly checks.",
                "By the end of the Summer term 2026, Freya will learn 10 new topic words each half-term, scoring 8 out of 10 or more on her end-of-topic vocabulary check.",
                "By July 2026, Freya will respond to all her cues in the Year 4 play, with her radio aid linked to the stage microphone.",
            ]),
            ("Longer-term (end of key stage)", [
                "By the end of Key Stage 2 (July 2028), Freya's reading comprehension age will be within six months of her word reading age on the school's yearly standardised test.",
                "By July 2028, Freya will explain her hearing loss and what helps her to a new teacher or class, in a short talk or a one-page profile she has written herself.",
            ]),
        ],
    },
    "F": [
        ("Hearing and listening", [
            "A Qualified Teacher of the Deaf (QToD) from the Chalkvale Sensory Support Service will visit once every half-term for 1.5 hours to check Freya's equipment, observe her in class, teach her 1:1 for 30 minutes (speaking up for herself and managing her equipment) and advise her teacher and teaching assistant (TA).",
            "Freya will use a radio aid (a microphone worn by the teacher that sends speech straight to her hearing aids) in all lessons and assemblies. The Sensory Support Service provides it; her TA will check it every morning and the QToD will maintain it and arrange any repairs.",
            "The QToD will give all staff who teach Freya one hour of deaf awareness training each September, and run a 30-minute deaf awareness session for her class, planned with Freya.",
            "Freya's teachers will face the class when speaking, repeat other pupils' answers and switch on subtitles for every video, throughout the school day. She will sit near the front with a clear view of the teacher.",
        ]),
        ("Language and learning", [
            "Freya's TA will pre-teach new topic vocabulary 1:1, 3 x 15 mins per week, using a word list provided by the class teacher a week ahead.",
            "Freya will join a reading comprehension group (max 4) led by the higher level teaching assistant (HLTA), 2 x 30 mins per week, in a quiet room.",
            "A Speech and Language Therapist (SALT) with specialist training in deafness will see Freya 1:1 once every half-term (45 minutes) to assess her vocabulary and set a programme for her TA to use in the pre-teaching sessions.",
        ]),
        ("Wellbeing and moving on", [
            "Freya will have a 10-minute quiet listening break in the library every afternoon after lunch, with her TA.",
            "If the family is posted, the QToD will send Freya's hearing records, equipment details and this plan to the sensory support service in the new area within two weeks of the posting being confirmed.",
        ]),
    ],
    "G": [
        ("p", "G1. Paediatric Audiology: a hearing test and hearing aid check in clinic every six months, with new earmoulds made at each "
              "appointment if they no longer fit; damaged aids are repaired within one week."),
        ("p", "G2. Paediatric Audiology: replacement hearing aid batteries posted to the family and to school every three months."),
    ],
    "G_sign": "The health elements of this plan have been agreed by the ICB's (Integrated Care Board's) Designated Clinical Officer, Sarah Whitlock, on 2 February 2026.",
    "H1": [("p", "None. Short breaks were considered and are not wanted (see Section D).")],
    "H2": [("p", "None.")],
    "I": [("p", "Kingsdown Junior School (mainstream).")],
    "J": [("p", "None requested.")],
    "K": [
        ("Freya's views", "Typed up with Freya by Mrs Ellis, teaching assistant", "10 December 2025"),
        ("Parents' views", "Freya's mum and dad", "10 December 2025"),
        ("Educational advice (annual review report)", "Mr Doyle, Special Educational Needs Co-ordinator, Kingsdown Junior School", "14 January 2026"),
        ("Advice from a Qualified Teacher of the Deaf", "Ruth Kendall, QToD, Chalkvale Sensory Support Service", "8 January 2026"),
        ("Psychological advice", "Dr Helen Marsh, Educational Psychologist", "12 June 2025"),
        ("Medical advice", "Dr Farida Rahman, Community Paediatrician", "23 September 2025"),
        ("Audiology report", "Hannah Lowe, Audiologist, Paediatric Audiology", "4 December 2025"),
        ("Speech and language therapy advice", "Laura Finch, Speech and Language Therapist", "20 November 2025"),
        ("Social care advice", "Jas Sandhu, Social Worker, Disabled Children's Team", "18 November 2025"),
    ],
    "signed": "Signed on behalf of Chalkvale Council: Nadia Khan, SEND Case Officer, 9 February 2026.",
}

# ---------------------------------------------------------------- r207
R207 = {
    "file": "r207.docx",
    "layout": "letter-column",
    "intro": "This is Leo's Education, Health and Care Plan (EHCP). 'NC year' means National Curriculum year group.",
    "front": [
        ("Name", "Leo"),
        ("EHCP issued", "22 May 2026"),
        ("Last reviewed (annual review)", "Not applicable – new plan"),
        ("Current NC year", "Year 4"),
        ("Education phase", "Primary (Key Stage 2)"),
        ("School", "Brambleside Primary School"),
        ("SEND Case Officer", "Tom Ashby"),
    ],
    "A": [
        ("About me: what people like and admire about me", [
            ("p", "Leo has found school very difficult since he joined Brambleside in January 2025. He struggles to follow adult "
                  "instructions and is often involved in incidents at playtime and lunchtime. He has difficulty making and keeping friends "
                  "and can be unkind to other children. Leo does not like writing and will often refuse to start work. He has been "
                  "suspended for a fixed term on two occasions this year."),
        ]),
        ("My hopes", [
            ("p", "Leo did not want to take part in a meeting, so his views have not been included in this plan."),
        ]),
        ("What my family say", [
            ("p", "Leo's mum says that Leo is difficult to manage at home, especially at bedtime, and that he argues with his older sister. "
                  "She is worried that he will be permanently excluded. Mum hopes that Leo will be able to stay at a mainstream school, move "
                  "on to secondary school with the friends he has on the estate, and “get some qualifications so he has a chance”."),
        ]),
    ],
    "B": [
        "Leo has attention deficit hyperactivity disorder (ADHD), diagnosed by the Neurodevelopmental Pathway in November 2025. Leo cannot "
        "concentrate for more than two or three minutes on an adult-led task. He is unable to stay in his seat, frequently calls out, and "
        "does not complete work unless an adult sits with him. He is easily distracted by noise and movement in the classroom.",
        "Leo's attainment is well below age-related expectations. His reading age is 6 years 9 months (tested March 2026) and he has poor "
        "knowledge of vowel sounds written with two letters, such as 'ai' and 'oa'. His writing is limited to one or two simple sentences, "
        "with poor letter formation and spelling. In mathematics he is working at a Year 2 level and does not know his number bonds to 10 or "
        "his times tables.",
        "Leo has poor emotional regulation. He becomes angry quickly when he is corrected or loses a game, and he has hit, kicked and sworn "
        "at other pupils and staff. In the spring term 2026 there were 23 recorded behaviour incidents, mostly at lunchtime, and he received "
        "two fixed-term suspensions (three days in total). He has low self-esteem and says that he is 'bad' and that 'nobody likes me'. He "
        "lacks the social skills to join games and often takes them over or spoils them.",
    ],
    "C": [
        ("p", "Leo has ADHD. He takes a long-acting ADHD medicine before school and a short-acting dose at lunchtime, which is given in school "
              "by a trained member of the office staff. His Community Paediatrician reviews his medication every six months. Leo has no other "
              "health needs (medical advice, Dr Shah, March 2026)."),
    ],
    "D": [
        ("p", "Leo lives with his mum and his sister (12) in Chalkvale. His mum's partner serves in the Royal Logistic Corps. Leo's mum "
              "finds weekends very hard because of his behaviour and asked for help. Joe Barton, a social worker from the Disabled Children's "
              "Team, completed a social care assessment in April 2026 and agreed a Family Link short break to give Leo's mum a break from "
              "caring and Leo time out in the community (see H1)."),
    ],
    "E": {
        "intro": "",
        "groups": [
            ("Short-term (by next review)", [
                "By Easter 2027, Leo will work on a task for ten minutes with a teaching assistant nearby but not beside him, on four out of five occasions, as recorded on his daily tracking sheet.",
                "By the end of the Spring term 2027, Leo will use his calm-down plan when he feels angry, so that his recorded behaviour incidents fall from 23 a term to fewer than 10 a term (school behaviour log).",
                "By Easter 2027, Leo will read and spell the two-letter vowel sounds taught in his phonics group (such as 'ai', 'ee' and 'oa') with 90% accuracy in his half-termly phonics check.",
            ]),
            ("Longer-term (end of key stage)", [
                "By the end of Key Stage 2 (July 2028), Leo will have had no suspensions for a full school year and will still be attending a mainstream school.",
                "By the end of Key Stage 2, Leo will have a reading age of at least 9 years 6 months on the school's standardised reading test.",
                "By July 2028, Leo will know his number bonds to 20 and his 2, 5 and 10 times tables, answering at least 18 out of 20 quick-fire questions correctly.",
                "By July 2028, Leo will join a game at lunchtime and follow its rules for 15 minutes on three lunchtimes a week, as recorded by lunchtime staff.",
            ]),
        ],
    },
    "F": [
        ("Attention and learning", [
            "A teaching assistant (TA) will support Leo in all English and mathematics lessons (ten hours a week), working with Leo and one other pupil (1:2), breaking tasks into short steps and using a visual task list.",
            "Leo will have a 5-minute movement break every 30 minutes during lessons, shown on his desk timetable and supervised by his TA.",
            "Leo will take part in a phonics catch-up group (max 4) led by the higher level teaching assistant (HLTA), four mornings a week for 20 minutes, using the school's phonics programme.",
            "Leo's TA will do precision teaching with him (short daily practice of a few facts until he knows them) for number bonds and times tables, 1:1 for 10 minutes every day.",
            "An outreach teacher from the Chalkvale Behaviour Support Service will visit every three weeks (1 hour) for two terms to coach Leo's class teacher and TA in teaching approaches for children with ADHD, then reviewed.",
        ]),
        ("Social, emotional and mental health", [
            "A Learning Mentor will meet Leo 1:1 once a week for 30 minutes to teach him to notice when he is becoming angry and to use his calm-down plan (agreed with Leo and his mum).",
            "Leo will join the lunchtime games club in the hall on Mondays, Wednesdays and Fridays (a group of no more than 8, run by a midday supervisor). On other days he will play outside with a named midday supervisor nearby.",
            "The Educational Psychologist will visit once a term for one hour to observe Leo, advise staff and review his plan.",
            "The SENCo (special educational needs co-ordinator) will meet Leo's mum once each half-term for 30 minutes to share progress and agree the same strategies for home and school.",
        ]),
    ],
    "G": [
        ("p", "G1. Community Paediatrics: Dr Shah, Community Paediatrician, will review Leo's ADHD medication in clinic every six months "
              "(30 minutes), checking his height, weight, blood pressure and how well the medication is working."),
        ("p", "G2. School Nursing: the School Nurse will train two members of the office staff to store and give Leo's lunchtime medicine "
              "(one hour, each September and whenever staff change) and will check the school's medication record once a term."),
    ],
    "G_sign": "The health elements of this plan have been agreed by the ICB's (Integrated Care Board's) Designated Clinical Officer, Daniel Hope, on 15 May 2026.",
    "H1": [
        ("p", "Family Link short break: Leo will spend three hours every other Saturday with his Family Link carer, starting in June 2026. "
              "The short break is arranged by the Disabled Children's Team and will be reviewed every six months."),
    ],
    "H2": [("p", "None.")],
    "I": [("p", "Brambleside Primary School (mainstream).")],
    "J": [("p", "No personal budget has been requested.")],
    "K": [
        ("Parental views", "Leo's mum", ""),
        ("School advice", "Brambleside Primary School", ""),
        ("Psychological advice", "Dr Anne Collins, Educational Psychologist", "27 April 2023"),
        ("Medical advice", "Dr Amir Shah, Community Paediatrician", "3 March 2026"),
        ("School Nursing advice", "Kerry Mills, School Nurse", "12 March 2026"),
        ("Behaviour Support Service advice", "Gary Fox, Outreach Teacher", "20 March 2026"),
        ("Social care advice and assessment", "Joe Barton, Social Worker, Disabled Children's Team", "9 April 2026"),
    ],
    "signed": "Signed on behalf of Chalkvale Council: Tom Ashby, SEND Case Officer. Date: 22 May 2026.",
}
