# Plans r201 - r204 (content only)

# ---------------------------------------------------------------- r201
R201 = {
    "file": "r201.docx",
    "layout": "heading2-numbered",
    "intro": "This is Poppy's Education, Health and Care Plan (EHCP). 'NC year' means National Curriculum year group.",
    "front": [
        ("Name", "Poppy"),
        ("EHCP issued", "6 October 2026"),
        ("Last reviewed (annual review)", "Not yet reviewed – first plan (early review due March 2027, as Poppy is under five)"),
        ("Current NC year", "Pre-school (age 3)"),
        ("Education phase", "Early years"),
        ("Setting", "Little Oaks Pre-school, Larkmoor Camp"),
    ],
    "A": [
        ("About me: what people like and admire about me", [
            ("ul", [
                "Full of fun, with a cheeky laugh.",
                "Sociable – she waves to everyone at drop-off.",
                "A brilliant copier: she learns by copying adults sweeping, stirring and singing.",
                "Determined – she now climbs the steps of the small slide holding an adult's hand.",
            ]),
        ]),
        ("What Poppy tells us through signs and play", [
            ("p", "Poppy's key person, Jo Dean, gathered her views by playing with her over four sessions in September 2026 and "
                  "showing her photographs of activities to see which she chose."),
            ("ul", [
                "At the bubble machine Poppy laughed and signed 'more' (Makaton, a signing system used alongside speech), bringing the pot back to Jo three times.",
                "When the room is loud she covers her ears and goes under the table; she calms when an adult sits with her and sings.",
            ]),
        ]),
        ("My hopes", [
            ("p", "Jo thinks Poppy's hopes right now are more bubbles, more sand and someone to play with. Her parents said:"),
            ("q", "“We want Poppy to be able to tell us what she wants, with words, signs or pictures, so she doesn't get frustrated. "
                  "We want her to have friends and to go to her brother's primary school with the right help. In the long run we want "
                  "her to be as independent as she can be – feeding herself, using the toilet and making her own choices.”"),
        ]),
    ],
    "B": [
        "Poppy has Down syndrome. She is sociable and happy, and learns best by copying adults and through action songs. Once she has "
        "practised a routine she remembers it: she now finds her own peg by its photograph.",
        "Poppy understands more than she can say. She understands around 50 familiar words and follows short instructions when an "
        "adult also points or signs. She uses about 12 Makaton signs and four words. When she cannot make herself understood she cries "
        "or drops to the floor. She attends to an adult-led activity for two to three minutes, longer with bubbles, music or water, and "
        "she learns new skills in very small steps.",
        "Poppy does not yet join in other children's play, and changes of activity and loud group times upset her; she copes better "
        "when she is shown a picture of what comes next. She has low muscle tone: she walks on flat floors but is unsteady on grass and "
        "slopes. She grips a spoon with her whole hand and needs an adult to load it. She is still in nappies.",
    ],
    "C": [
        ("p", "Poppy's health needs related to her learning and development are:"),
        ("ul", [
            "Eating and drinking: weak mouth muscles mean she can choke on hard or stringy foods. Her eating and drinking plan, written by her speech and language therapist, says her food is cut into pieces no bigger than 1cm and an adult stays with her whenever she eats or drinks.",
            "Constipation: she takes a daily medicine at home, prescribed by her paediatrician. It affects her comfort and her toilet training.",
        ]),
    ],
    "D": [
        ("p", "Poppy lives with her mum, her dad and her brother Alfie (6) in Service Family Accommodation at Larkmoor Camp. Lisa Price, a social worker in the Disabled Children's Team, "
              "assessed Poppy's needs in September 2026: her care needs are fully met by her family and she needs no social care provision "
              "now. Ms Price discussed Family Link short breaks with Poppy's parents, who will think again about them when Poppy's dad is "
              "deployed in 2027."),
    ],
    "E": {
        "intro": "",
        "groups": [
            ("Short-term (by next review)", [
                "By March 2027, Poppy will ask for things she wants using 25 different signs or words, as recorded on her key person's sign tracker.",
                "By March 2027, Poppy will play beside another child at the sand tray or in the home corner for five minutes, at least three times a week (key person's observations).",
                "By Easter 2027, Poppy will feed herself finger foods and use a spoon for half of her lunch, safely, on four days out of five (lunch record).",
            ]),
            ("Longer-term (end of Reception, July 2028)", [
                "By July 2028, Poppy will join two or three words or signs to ask and comment (for example 'more bubbles please'), assessed each term by her teacher and speech and language therapist.",
                "By July 2028, Poppy will walk across the grass and up the playground slope without falling, as checked by her physiotherapist.",
                "By July 2028, Poppy will tell an adult by sign, word or picture when she needs the toilet on four days out of five (toileting chart).",
            ]),
        ],
    },
    "F": [
        ("Communication and interaction", [
            "All adults in Poppy's room will use Makaton signs as they speak, throughout every session; her key person (Makaton Level 2) will teach new staff Poppy's signs in their first week.",
            "Her key person will do a 1:1 language session with Poppy for 15 minutes every day she attends, following the speech and language therapist's targets.",
            "A Speech and Language Therapist (SALT) will visit once each half-term for one hour to assess Poppy, model the next signs and words for her key person and update her targets.",
        ]),
        ("Cognition, play and managing change", [
            "An Early Years Specialist Teacher from the Early Years Inclusion Team will visit every three weeks for one hour to model play-based teaching and agree Poppy's small-step targets.",
            "Poppy will join a 'bucket time' attention group (a short, exciting adult-led activity) in a small group (max 4) for 10 minutes, four mornings a week, led by her key person.",
            "Staff will show Poppy a 'now and next' picture before every change of activity. At loud whole-room times she will join a group of four children with one adult in the side room.",
            "Her key person will help Poppy to play alongside one or two children at the sand tray or in the home corner for 10 minutes every day.",
        ]),
        ("Physical development and self-care", [
            "A Paediatric Physiotherapist will visit once each half-term (45 minutes) to update Poppy's movement programme; her key person will do the programme with her 1:1 for 10 minutes every day.",
            "Poppy will use a chunky-handled spoon, a cut-out cup and a chair with a footrest at every snack and meal, provided by the setting SENCo (special educational needs co-ordinator).",
            "An adult trained by the SALT in Poppy's eating and drinking plan will sit with her 1:1 at every snack and lunch.",
            "Her 1:1 adult will take Poppy to the toilet at three set times each session.",
        ]),
        ("Adult support and moving to school", [
            "Poppy will have an additional adult (1:1), trained in Makaton, for all 15 of her funded hours each week, supervised by the setting SENCo.",
            "May and June 2027 are the transition months: Poppy's key person will take her on three visits to her new Reception class.",
        ]),
    ],
    "G": [
        ("p", "G1. Community Paediatrics: Dr Chidi Okafor, Community Paediatrician, will see Poppy in clinic every six months (30 minutes) "
              "to check her growth, review her constipation medicine and arrange her yearly thyroid blood test."),
        ("p", "G2. Speech and Language Therapy (eating and drinking): the SALT will review Poppy's eating and drinking plan every three months "
              "and train two named staff (one hour) whenever it changes."),
    ],
    "G_sign": "The health elements of this plan have been agreed by the ICB's (Integrated Care Board's) Designated Clinical Officer, Sarah Whitlock, on 29 September 2026.",
    "H1": [("p", "None now. Short breaks were considered (see Section D) and will be offered again at the March 2027 review.")],
    "H2": [("p", "None.")],
    "I": [("p", "Little Oaks Pre-school, Larkmoor Camp (private, voluntary and independent early years setting), 15 funded hours a week.")],
    "J": [("p", "None requested.")],
    "K": [
        ("Parents' views", "Poppy's mum and dad", "12 August 2026"),
        ("Poppy's views (play and photographs)", "Jo Dean, Key Person, Little Oaks Pre-school", "22 September 2026"),
        ("Educational advice", "Priya Sandhu, Setting SENCo, Little Oaks Pre-school", "28 July 2026"),
        ("Psychological advice", "Dr Helen Marsh, Educational Psychologist", "4 August 2026"),
        ("Medical advice", "Dr Chidi Okafor, Community Paediatrician", "21 July 2026"),
        ("Speech and language therapy advice (including eating and drinking)", "Amy Hart, Speech and Language Therapist", "30 July 2026"),
        ("Physiotherapy advice", "Tom Reid, Paediatric Physiotherapist", "5 August 2026"),
        ("Social care advice", "Lisa Price, Social Worker, Disabled Children's Team", "2 September 2026"),
    ],
    "signed": "Signed on behalf of Chalkvale Council: Gemma Rowe, SEND Case Officer, 6 October 2026.",
}

# ---------------------------------------------------------------- r202
R202 = {
    "file": "r202.docx",
    "layout": "letter-column",
    "intro": "This Education, Health and Care Plan (EHCP) sets out Riley's needs and the help he will get. 'NC year' below means National Curriculum year group.",
    "front": [
        ("Name", "Riley"),
        ("EHCP issued", "17 July 2026"),
        ("Last reviewed (annual review)", "Not applicable – new plan"),
        ("Current NC year", "Year 2 (from September 2026)"),
        ("Education phase", "Primary (Key Stage 1)"),
        ("School", "Hazelmere Infant and Nursery School"),
        ("SEND Case Officer", "Tom Ashby"),
    ],
    "A": [
        ("About me: what people like and admire about me", [
            ("p", "Riley shared his views with Miss Tanner, his teaching assistant (TA), in May 2026, using Talking Mats (picture cards "
                  "that he sorted into 'like', 'not sure' and 'don't like'). Miss Tanner wrote down what he said."),
            ("ul", [
                "“I'm good at cars. I got 40 cars.”",
                "“I'm fast on my scooter.”",
                "“I help Mummy with baby Jack.”",
            ]),
            ("p", "Staff say Riley is gentle with the younger children, loves helping to tidy the classroom, and has a huge smile when he is proud of himself."),
            ("p", "Riley put the sand pit, the computer, cars and Miss Tanner under 'like'. He put assembly, writing and 'when people don't understand me' under 'don't like'."),
        ]),
        ("My hopes", [
            ("ul", [
                "“I want to be a bus driver.”",
                "“I want to play football with Ty and Jordan.”",
                "“I want people to know what I'm saying.”",
            ]),
        ]),
        ("What my family say", [
            ("q", "Riley's mum said: “Riley is a lovely boy with a big heart. He gets so cross when people can't understand him, and I "
                  "can see how hard he is trying. I want him to talk clearly, make friends and be happy to come to school. Things have "
                  "been hard at home since his dad left, and I want school to be a safe, happy place for him.”"),
        ]),
    ],
    "B": [
        "Riley was diagnosed with DLD by the SALT service in March 2026. He is a friendly, determined boy who loves cars and being "
        "outside. His understanding of spoken language is around the level of a child of four years: he follows short instructions "
        "with one key word, especially when they are linked to what is happening, but he become lost when instructions are longer or "
        "use words about time, such as 'before' and 'after'.",
        "Riley's talking is harder for people to follow than his understanding. His sentences is short (two to four words), he leaves "
        "out small words and word endings, and several sounds are not yet clear, so unfamiliar adults understand about half of what he "
        "says. On the WellComm assessment in May 2026 he scored in the red band for his age.",
        "Riley's reading and writing are at an early stage. He knows 18 letter sounds and can blend three-letter words with help; he "
        "writes his name and copies short words. In mathematics he counts to 20 and recognises numbers to 10, which is close to what is "
        "expected for his age, and he enjoys practical maths with cars and blocks.",
        "Riley's feelings and behaviour are affected by his language difficulties and by changes at home. When he cannot make himself "
        "understood he becomes angry, and he has pushed other children and thrown equipment, about three times a week in the summer term "
        "2026. His SDQ, completed by his teacher in May 2026, showed high scores for emotional difficulties and conduct. He find it hard "
        "to explain what has happened after an incident, which mean adults do not always know what has upset him.",
    ],
    "C": [
        ("p", "Riley has no health needs related to his special educational needs. The Community Paediatrician saw him in February 2026 "
              "and found his growth and physical development normal, and his hearing test in March 2026 was normal. His speech and "
              "language needs are described in Section B."),
    ],
    "D": [
        ("p", "Riley lives with his mum and his two younger brothers, aged three and eight months. His dad left the Army and the family "
              "home in 2025 and does not have contact at present. Riley has been on a Child Protection plan since April 2026. Mum says "
              "mornings are very difficult, and Riley arrives late to school two or three times a week. Staff have noticed that Riley is "
              "sometimes hungry when he arrives, and he now goes to breakfast club."),
    ],
    "E": {
        "intro": "",
        "groups": [
            ("Short-term (by next review)", [
                "By Easter 2027, Riley will follow instructions with two key words (for example 'get your coat and your bag') in class on four out of five occasions, as recorded by his TA.",
                "By Easter 2027, Riley will use sentences of four to five words, including small words such as 'the' and 'is', to tell an adult what he has been doing, in three out of four weekly language sessions (therapy records).",
                "By the end of the Spring term 2027, Riley will use his feelings cards or words to tell an adult when he is angry instead of pushing or throwing, so that incidents fall from three a week to no more than one a week (school behaviour log).",
            ]),
            ("Longer-term (end of key stage)", [
                "By the end of Key Stage 1 (July 2027), Riley will read a book at the level expected in Year 1 with 90% accuracy and write a simple sentence on his own.",
                "By July 2027, Riley will play football with two friends at playtime, taking turns and using words to sort out disagreements, on three playtimes a week, as observed by the playground staff.",
                "By July 2027, people who do not know Riley well will understand at least 8 out of 10 of his sentences in the therapist's end-of-year check.",
            ]),
        ],
    },
    "F": [
        ("Communication and interaction", [
            "A Speech and Language Therapist from the NHS Children's Therapy Service will see Riley in school 1:1 for 30 minutes every three weeks, set his targets, and train his TA (one hour each half-term) to deliver his programme.",
            "Riley's TA will deliver his language programme 1:1, four mornings a week for 15 minutes, using the targets set by the therapist.",
            "Riley will take part in NELI in a small group (max 4), 3 x 20 mins per week, led by a TA who has completed the NELI training.",
            "The class teacher will provide a visual timetable and now/next board for Riley, which should be used where possible.",
        ]),
        ("Cognition and learning", [
            "Riley will have phonics catch-up in a group of three with his TA for 15 minutes every afternoon, in addition to class phonics, using the school's phonics programme.",
            "Riley's class teacher will pre-teach five key topic words each week with pictures, in a 1:2 session on Monday mornings for 15 minutes.",
        ]),
        ("Social, emotional and mental health", [
            "Riley will have ELSA sessions 1:1 every week for 30 minutes for eight weeks, then reviewed, with the school's trained ELSA. Further blocks will be provided as appropriate.",
            "Riley will have a calm corner in his classroom (beanbag, ear defenders and feelings cards), set up by his class teacher; an adult will check on him after five minutes whenever he uses it.",
            "Riley will have a 10-minute check-in with his TA at the start of every school day, to talk about how he is feeling and look at his visual timetable.",
            "A midday supervisor will run a football game for Riley and three chosen friends on two lunchtimes a week for 20 minutes, helping them to take turns and sort out disagreements.",
            "An Educational Psychologist will visit once a term for one hour to review Riley's progress and advise his teacher and TA.",
        ]),
    ],
    "G": [("p", "No health provision is required. Riley's speech and language therapy is set out in Section F.")],
    "G_sign": None,
    "H1": [("p", "None.")],
    "H2": [("p", "None.")],
    "I": [("p", "Hazelmere Infant and Nursery School (mainstream).")],
    "J": [("p", "No personal budget has been requested.")],
    "K": [
        ("Parent's views", "Riley's mum", "10 May 2026"),
        ("Riley's views (Talking Mats)", "Miss Tanner, teaching assistant", "12 May 2026"),
        ("Educational advice", "Mrs Ahmed, Special Educational Needs Co-ordinator, Hazelmere Infant and Nursery School", "20 May 2026"),
        ("Psychological advice", "Dr Owen Price, Educational Psychologist", "2 June 2026"),
        ("Speech and language therapy advice", "Hollie Grant, Speech and Language Therapist, Children's Therapy Service", "15 May 2026"),
        ("Medical advice", "Dr Farida Rahman, Community Paediatrician", "18 February 2026"),
        ("Hearing test report", "Paediatric Audiology (Hannah Lowe, Audiologist)", "11 March 2026"),
    ],
    "signed": "Signed on behalf of Chalkvale Council: Tom Ashby, SEND Case Officer. Date: 17 July 2026.",
}

# ---------------------------------------------------------------- r203
R203 = {
    "file": "r203.docx",
    "layout": "shaded-heading-table",
    "intro": "This is Ollie's Education, Health and Care Plan (EHCP), amended after his annual review. 'NC year' means National Curriculum year group.",
    "front": [
        ("Name", "Ollie"),
        ("EHCP issued", "14 September 2026 (amended following annual review)"),
        ("Last reviewed (annual review)", "10 July 2026"),
        ("Current NC year", "Year 5"),
        ("Education phase", "Primary (Key Stage 2)"),
        ("School", "Larkmoor Primary School"),
    ],
    "A": [
        ("About me: what people like and admire about me", [
            ("p", "Ollie talked to Mr Shaw, his teaching assistant, in June 2026. Mr Shaw wrote down what Ollie said."),
            ("ul", [
                "“I'm really good at Lego and Minecraft. I built the whole of Stonehenge in Minecraft.”",
                "“I'm funny. I know about a hundred jokes.”",
                "“I'm a good friend to Max.”",
            ]),
        ]),
        ("What is hard for me", [
            ("ul", [
                "“Writing, because my right hand doesn't do what I want.”",
                "“Getting changed for PE. Everyone's quicker than me.”",
                "“Reading long words.”",
            ]),
        ]),
        ("My hopes", [
            ("ul", [
                "“I want to be a game designer.”",
                "“I want to do PE without everyone waiting for me.”",
                "“I want to read Harry Potter by myself.”",
            ]),
            ("q", "Ollie's mum and dad said: “Ollie is a happy, sociable boy who never gives up. His hemiplegia and his epilepsy make him "
                  "very tired, and we worry that he is falling behind with reading. We want him to read for pleasure, to be as independent "
                  "as possible at school and to go to secondary school with his friends.”"),
        ]),
    ],
    "B": [
        "Ollie has right-sided hemiplegia, a form of cerebral palsy that affects the movement of his right arm and leg. He is a cheerful, "
        "sociable boy with good friendships and a real talent for building and design on the computer. His spoken language is a strength: "
        "he explains his ideas clearly and has a wide vocabulary.",
        "Ollie does most tasks one-handed. Handwriting is slow and tiring: he writes about 20 words in ten minutes, a third of what is "
        "typical for his class. He needs help with buttons and laces when changing for PE, which takes him about 15 minutes. He walks on "
        "his own but tires over longer distances and is slow on the stairs, and by the afternoon his concentration drops.",
        "Reading is Ollie's main difficulty in learning. His reading age was 7 years 2 months in June 2026, about two years below his age. "
        "The Educational Psychologist found in May 2026 that he has weaknesses in phonological processing (hearing and working with the "
        "sounds in words) and in working memory, and he finds it hard to blend the sounds in longer words. In mathematics he is working at "
        "the expected level when he does not have to write a lot down.",
        "Ollie says he feels 'slow' in PE and is embarrased when others wait for him, and he occassionally becomes tearful when very tired.",
    ],
    "C": [
        ("p", "Ollie's health needs are:"),
        ("ul", [
            "Right-sided hemiplegia (cerebral palsy), caused by a stroke around the time of his birth. He wears an ankle-foot orthosis (AFO, a plastic splint inside his shoe) on his right leg and needs daily stretches to stop his muscles tightening.",
            "Epilepsy: Ollie has focal seizures (he stares, does not respond and his right hand twitches, for about a minute) roughly twice a month, more often when he is tired. He takes anti-seizure medicine morning and evening at home. He had a seizure in school in September 2026 and was sleepy for an hour afterwards.",
        ]),
    ],
    "D": [
        ("p", "Ollie lives with his mum, his dad and his sister Grace (13). His dad serves with the Royal Corps of Signals and is often away. "
              "Joe Barton, a social worker from the Disabled Children's Team, assessed Ollie's needs in June 2026. His day-to-day care needs "
              "are met by his parents, but the summer holidays are very hard for his mum when his dad is away, and Ollie has few chances to "
              "join holiday activities with other children. A holiday short break was agreed (see H1)."),
    ],
    "E": {
        "intro": "",
        "groups": [
            ("Short-term (by next review)", [
                "By the end of the Spring term 2027, Ollie will change for PE with no more than one adult prompt, in 8 minutes or less, in four out of five PE lessons, timed by his teaching assistant.",
                "By Easter 2027, Ollie will type 15 words a minute using both hands (his right hand as a helper), measured in a half-termly typing check.",
                "By Easter 2027, Ollie will read two-syllable words (such as 'rabbit' and 'sandwich') with 90% accuracy, checked each half-term by his class teacher.",
            ]),
            ("Longer-term (end of key stage)", [
                "By the end of Key Stage 2 (July 2028), Ollie will have a reading age of at least 9 years 6 months and will read a chapter book of his choice on his own.",
                "By the end of Key Stage 2, Ollie will move between classrooms, the hall and the playground on his own, in the same time as his class, on 9 days out of 10.",
                "By July 2028, Ollie will take part in every PE lesson, using agreed adaptations, and will tell his teacher when he needs a rest, as recorded by his PE teacher each half-term.",
            ]),
        ],
    },
    "F": [
        ("Physical development and independence", [
            "A teaching assistant (TA) will support Ollie 1:1 for 15 hours a week: in PE, at lunchtime, when changing, and in lessons with a lot of writing or practical work. The physiotherapist will train the TA in Ollie's moving and handling plan.",
            "The physiotherapist will visit school once each half-term (1 hour) to update Ollie's PE and movement programme and agree PE adaptations with the PE teacher; his TA will carry out the programme with him 3 x 15 minutes per week.",
            "Ollie will have a laptop with word-prediction software and a one-handed keyboard guide for all extended writing, set up and maintained by the school's IT technician, so that he can work independantly.",
            "Ollie will follow a two-handed touch-typing programme for 15 minutes, four mornings a week, supervised by his TA.",
            "Ollie will change for PE in a seperate room with his TA, starting 10 minutes before the rest of the class.",
            "Ollie will have a 10-minute rest break in the library every afternoon at 1.45pm, supervised by his TA.",
        ]),
        ("Learning and wellbeing", [
            "The class teacher will give Ollie instructions one step at a time, with a written checklist for each task, throughout the school day.",
            "A Learning Mentor will meet Ollie in a small group (max 4) of pupils with physical disabilities, once per fortnight (1 hr), to talk about feelings and build his confidence.",
        ]),
    ],
    "G": [
        ("p", "G1. Paediatric Physiotherapy: the physiotherapist will review Ollie's muscle tone, walking and splint in clinic every three months (45 minutes) and update his home stretching programme with his parents."),
        ("p", "G2. Orthotics: the orthotist will check the fit of Ollie's AFO every six months at the hospital orthotics clinic and make a new AFO when he outgrows it."),
        ("p", "G3. Occupational Therapy: an Occupational Therapist (OT) will work with Ollie 1:1 in school for 45 minutes every fortnight on using his right hand as a helper in two-handed tasks, dressing for PE and handwriting, and will write a daily practice programme for his TA."),
    ],
    "G_sign": "The health elements of this plan have been agreed by the ICB (Integrated Care Board) Designated Clinical Officer, Sarah Whitlock, on 8 September 2026.",
    "H1": [
        ("p", "Holiday short break: five days (10am to 3pm) at the Plainfield Inclusive Holiday Play Scheme each summer holiday, with a 1:1 "
              "support worker, funded by the Disabled Children's Team and reviewed with the family each spring."),
    ],
    "H2": [("p", "None.")],
    "I": [("p", "Larkmoor Primary School (mainstream). Ollie will recieve his education in the school's ground-floor classrooms.")],
    "J": [("p", "None requested.")],
    "K": [
        ("Ollie's views", "Mr Shaw, teaching assistant", "24 June 2026"),
        ("Parents' views", "Ollie's mum and dad", "24 June 2026"),
        ("Educational advice (annual review report)", "Mrs Grant, Special Educational Needs Co-ordinator, Larkmoor Primary School", "10 July 2026"),
        ("Psychological advice", "Dr Ravi Kumar, Educational Psychologist", "19 May 2026"),
        ("Medical advice", "Dr Helen Bell, Consultant Paediatrician (Paediatric Neurology clinic)", "2 June 2026"),
        ("Physiotherapy advice", "Tom Reid, Paediatric Physiotherapist", "12 June 2026"),
        ("Occupational therapy advice", "Nadia Farouk, Occupational Therapist", "16 June 2026"),
        ("Orthotics clinic letter", "Paul Davies, Orthotist, Chalkvale District Hospital", "5 May 2026"),
        ("Social care advice and assessment", "Joe Barton, Social Worker, Disabled Children's Team", "30 June 2026"),
    ],
    "signed": "Signed on behalf of Chalkvale Council: Gemma Rowe, SEND Case Officer, 14 September 2026.",
}
