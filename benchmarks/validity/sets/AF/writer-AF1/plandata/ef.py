# ef-table plans: af103 (failures), af106 (sound), af109 (failures), af112 (failures)
# Sections E and F in one table; outcome cell merged down its provision rows.

SEND_TEAM = "Saxmere Special Educational Needs and Disabilities (SEND) Assessment Team"

AF106 = dict(
    id="af106", layout="ef-table", name="Georgi",
    front=[
        ("First name", "Georgi"),
        ("Age", "15"),
        ("School year", "Year 10"),
        ("Setting", "Fenwold Academy"),
        ("Plan status", "Amended plan following annual review"),
        ("Last annual review", "15.10.2026"),
        ("Date this plan was issued", "12 November 2026"),
        ("EHC co-ordinator", "Joanne, EHC Co-ordinator, " + SEND_TEAM),
    ],
    A=[
        ("h", "About me \u2013 in my own words"),
        "Georgi wrote this with his teaching assistant on his laptop on 30 September 2026, and read it out at his annual review on 15 October 2026.",
        "My name is Georgi and I am 15. My family comes from Plovdiv in Bulgaria. We came to Saxmere when I was seven because my mum and dad got jobs picking strawberries and then at the mushroom farm. I speak Bulgarian at home and English everywhere else.",
        "I want to be a chef. My uncle has a restaurant in Plovdiv and when we visit in the summer I help in the kitchen. I like making banitsa with my grandmother. Cooking is hard for me because my hands don\u2019t always do what I want and I am slow with a knife, but I don\u2019t give up.",
        "At school I like food technology, computing and PE when it\u2019s football. I don\u2019t like English because I know what I want to say but it comes out wrong, and writing by hand makes my hand ache. The laptop helps a lot. I don\u2019t like being rushed.",
        "I want to go to Kingsmere College to do catering when I leave school. I want to be able to get the bus to Kingsmere on my own, and I want to do my Duke of Edinburgh\u2019s Award with my friends.",
        ("h", "What Georgi\u2019s parents told us"),
        "Yordanka and Petar are Georgi\u2019s parents. They gave their views at the annual review with a Bulgarian interpreter. They are very proud of how hard Georgi works. They said he is the person in the family who cooks on Sundays, and he helps his younger sister with her homework. They worry that he gets tired and frustrated by the end of the school day, and that people judge him as less able because of how he speaks. They want him to have a real job, to be able to look after himself and to keep his friends. They would like him to be able to travel on his own, because they both work early shifts and cannot always drive him.",
        ("h", "Georgi\u2019s strengths"),
        ("b", [
            "Determined and hard-working; he will practise a skill until he gets it right.",
            "Creative and careful with food: his teacher says his flavours and presentation are \u201cthe best in the group\u201d.",
            "Good with computers: he learns new software quickly and helps others.",
            "Kind and loyal, with a steady group of friends from football.",
            "Bilingual: he understands and speaks Bulgarian and English.",
        ]),
        ("h", "Georgi\u2019s hopes and aspirations"),
        "Short term: to pass his food preparation and nutrition GCSE (General Certificate of Secondary Education), to get his Bronze Duke of Edinburgh\u2019s Award and to travel on his own. Long term: to study catering at college, work as a chef and one day run his own kitchen.",
    ],
    B=[
        ("h", "Communication and interaction"),
        "Georgi has a developmental language disorder (DLD), diagnosed in Year 4 by a speech and language therapist and confirmed at his review in September 2026. His understanding of everyday conversation is good, but he finds it hard to follow long or complex instructions and to understand subject vocabulary, particularly in science and English. When he explains something he often loses the order of his ideas, leaves out key information and takes time to find the word he wants. This is true in both of his languages; it is not caused by learning English as an additional language.",
        ("h", "Cognition and learning"),
        "Georgi\u2019s reasoning skills are in the average range (educational psychologist, January 2026). He is working towards grade 4 in maths and food preparation and nutrition. His reading accuracy is secure, but his reading comprehension and written expression are well below his peers because of his language disorder. He writes short answers, with ideas out of order. Handwriting is slow and tiring, so he uses a laptop for most written work; he types at about 18 words a minute.",
        ("h", "Physical and sensory"),
        "Georgi has developmental coordination disorder (DCD), which affects the planning and control of movement. His fine motor skills are weak: he finds it hard to use a knife safely at speed, to manage hot pans and to do fiddly tasks such as tying knots or fastening small buttons. He is sometimes clumsy in busy corridors and in the kitchen, and he tires quickly when a task needs a lot of hand control. He plays football well and his gross motor skills are stronger than his fine motor skills.",
        ("h", "Social, emotional and mental health"),
        "Georgi has good friendships. He can become frustrated when he is rushed or misunderstood, and he is anxious about new places and about travelling alone, because he worries that he will not be able to explain himself if something goes wrong.",
    ],
    C=[
        "Georgi has no health needs that require health provision at present. This is the advice of the community paediatrician, who reviewed him on 3 June 2026 and discharged him from the paediatric clinic. He has no difficulty with his hearing or vision (audiology and vision checks, March 2026) and is in good general health.",
        "His DCD and language disorder are met through the special educational provision in Section F, which includes occupational therapy and speech and language therapy.",
    ],
    D=[
        "Georgi has no social care needs relating to his special educational needs or disability. This was the conclusion of the social care advice from the Children with Disabilities Team, given after a screening conversation with Yordanka (with an interpreter) on 21 September 2026. The family are supported by the Bulgarian community group at Fenwold and know about the Saxmere Local Offer.",
    ],
    EF_intro=["Georgi is taught in mainstream Year 10 classes at Fenwold Academy. The outcomes below were co-produced with Georgi and his parents at his annual review. The provision is in addition to what the school provides for all pupils."],
    EF_header=["What Georgi will achieve", "Provision", "How often / how long", "Who"],
    EF=[
        ("Communication and interaction", [
            ("By July 2027, Georgi will explain the steps of a recipe or practical task to a partner in at least 6 sentences in the right order, using linking words (\u201cfirst\u201d, \u201cafter that\u201d, \u201cfinally\u201d), on 4 out of 5 occasions recorded by the speech and language therapist.", [
                ("Direct speech and language therapy, 1:1, on sequencing and explaining, using his food technology work.", "30 minutes fortnightly on Tuesdays: 6 sessions, then review in February 2027", "Speech and language therapist (SLT), Saxmere Community Health"),
                ("Language programme set by the SLT (narrative and subject vocabulary), 1:1.", "3 x 20 minutes weekly", "Teaching assistant (TA) who has completed a Level 3 accredited course in supporting language and communication"),
                ("The SLT trains Georgi\u2019s subject teachers in supporting pupils with DLD.", "One 60-minute twilight session in November 2026, then 20 minutes at each termly department meeting", "Speech and language therapist"),
            ]),
            ("By March 2027, Georgi will learn and use 10 key words for each new science and food topic, scoring at least 8 out of 10 in his end-of-topic vocabulary check, marked by his subject teacher.", [
                ("Pre-teaching of key vocabulary with word maps, in a group of no more than 4.", "Twice weekly for 20 minutes", "Teaching assistant"),
                ("Vocabulary lists and visual glossaries given to Georgi one week before each new topic.", "Each new topic", "Subject teachers, checked by the Special Educational Needs Co-ordinator (SENCo)"),
            ]),
        ]),
        ("Cognition and learning", [
            ("By July 2027, Georgi will type at 25 words a minute with 90% accuracy, measured by the typing program\u2019s half-termly speed test.", [
                ("Touch-typing programme, on his own at a computer with a TA checking progress.", "15 minutes every morning in tutor time", "Teaching assistant"),
                ("A school laptop with predictive text, spellchecking and mind-mapping software, for all written work. The IT technician sets it up, keeps the software up to date and repairs or replaces it within two school days if it fails.", "Every lesson; checked each half term", "IT technician; use monitored by the SENCo"),
            ]),
            ("By May 2027, Georgi will write a 300-word evaluation of one of his dishes for his food preparation and nutrition GCSE coursework, planned with a mind map, reaching at least grade 4 on the exam board mark scheme, as marked by his teacher.", [
                ("Writing frames and planning templates for every extended writing task.", "Every extended writing task", "Subject teachers"),
                ("25% extra time and use of a word processor in all internal tests and mock examinations, and the same arrangements applied for his GCSEs in 2028.", "All assessments; application for GCSEs made by 31 March 2027", "SENCo (access arrangements are arranged by the SENCo with the exams officer)"),
            ]),
        ]),
        ("Physical and sensory (preparing for employment and independent living)", [
            ("By July 2027, Georgi will cook a two-course meal for his family, following a recipe, using his adapted equipment safely (no help needed with knives or hot pans), with his parents and food technology teacher completing the 10-point kitchen safety checklist with him.", [
                ("Occupational therapy: the occupational therapist (OT) assesses Georgi\u2019s kitchen skills, sets a programme and reviews it with the food technology teacher.", "Once each half term, 1 hour", "Children\u2019s Occupational Therapist, Saxmere Community Health"),
                ("Adapted kitchen equipment: rocker knife, non-slip board, kettle tipper and pan holder, kept in the food technology room and a second set at home.", "Provided by January 2027; checked termly", "OT provides the equipment; the food technology technician maintains the school set"),
                ("Life skills cooking group, practising the OT programme.", "Weekly, 50 minutes, in a group of no more than 6", "Food technology teacher and TA"),
            ]),
            ("By June 2027, Georgi will complete a one-week work experience placement in a professional kitchen and receive a positive report from his placement supervisor, with a rating of at least \u201cgood\u201d in 4 of the 5 areas of the school\u2019s work experience report.", [
                ("Preparation for work experience: the placement visit, the kitchen rules and what to say if he needs help, 1:1.", "3 x 30 minutes in May 2027", "Careers lead"),
                ("Job coach visits the placement to check the adjustments are in place.", "Twice during the placement week, 1 hour each", "Job coach, Saxmere Supported Employment Service"),
                ("Careers guidance interview about catering courses and apprenticeships.", "One 45-minute interview each term", "Careers adviser (Level 6 qualified), Saxmere Careers Service"),
            ]),
        ]),
        ("Social, emotional and mental health (preparing for adulthood: friends, community and independence)", [
            ("By April 2027, Georgi will travel by bus from Fenwold to Kingsmere and back on his own, and access the town centre independently on at least 3 Saturdays, as agreed with his parents and recorded in his travel log.", [
                ("Travel training on the Fenwold to Kingsmere bus route, including what to do if the bus is late or he gets lost, and using his phone to show a help card.", "2 x 1 hour weekly for 8 weeks from January 2027, then review", "Independent travel trainer, Saxmere Passenger Transport"),
            ]),
            ("By July 2027, Georgi will gain his Bronze Duke of Edinburgh\u2019s Award with his friends, completing the volunteering, physical, skills and expedition sections.", [
                ("Duke of Edinburgh\u2019s Award club, with the expedition planned so that Georgi\u2019s DCD is taken into account (adapted stove and lighter pack agreed with the OT).", "Thursdays, 1 hour after school, in a group of 10 pupils with two leaders; expedition weekend in June 2027", "Duke of Edinburgh\u2019s Award leader (PE teacher)"),
            ]),
        ]),
    ],
    EF_after=["Georgi\u2019s annual review will be held in October 2027. His Year 11 review will include a transition plan for college, with a careers adviser and a representative from Kingsmere College invited."],
    G=["No health provision is required (see Section C). The community paediatrician has advised that Georgi can be referred back by his GP (general practitioner) if his needs change."],
    H1=["No provision is required under section 2 of the Chronically Sick and Disabled Persons Act 1970 (social care screening, 21 September 2026). The family have information about short breaks and youth activities in the Saxmere Local Offer, in Bulgarian."],
    H2=["None required. The family were told about the Early Help Hub and the Bulgarian community family worker at the annual review."],
    I=["Fenwold Academy, a mainstream secondary academy (11\u201318)."],
    J=["No personal budget has been requested."],
    K=[
        ("hb", [
            "Georgi\u2019s views \u2013 written by Georgi with his TA, 30 September 2026",
            "Parents\u2019 views \u2013 Yordanka and Petar, with a Bulgarian interpreter, 15 October 2026",
            "Educational advice and annual review report \u2013 Mr David Cho, SENCo, Fenwold Academy, 8 October 2026",
            "Psychological advice \u2013 Dr Fiona Grant, Educational Psychologist, Saxmere Educational Psychology Service, 20 January 2026",
            "Medical advice \u2013 Dr Laura Finch, Community Paediatrician, Saxmere Community Health, 3 June 2026",
            "Speech and language therapy advice \u2013 Amy Chen, Speech and Language Therapist, Saxmere Community Health, 22 September 2026",
            "Occupational therapy advice \u2013 Sian Morris, Children\u2019s Occupational Therapist, Saxmere Community Health, 25 September 2026",
            "Social care advice \u2013 Priya Shah, Social Work Practitioner, Children with Disabilities Team, 21 September 2026",
            "Preparing for adulthood advice \u2013 Gary Nolan, Careers Adviser, Saxmere Careers Service, 1 October 2026",
        ]),
    ],
    signoff=["Signed for Saxmere County Council by Helen Frost, Team Manager, SEND Assessment Team, 12 November 2026."],
)


AF103 = dict(
    id="af103", layout="ef-table", name="Stefan",
    front=[
        ("First name", "Stefan"),
        ("Age", "7"),
        ("School year", "Year 2"),
        ("Setting", "Brandlow Church of England Primary School"),
        ("Plan status", "Final plan (new)"),
        ("Last annual review", "N/A \u2013 new plan"),
        ("Date this plan was issued", "11 May 2026"),
        ("EHC co-ordinator", "Marek, EHC Co-ordinator, " + SEND_TEAM),
    ],
    A=[
        ("h", "Stefan\u2019s views"),
        "Stefan shared his views with his class teacher and Mrs Ivanova, a teaching assistant who speaks Bulgarian, on 18 March 2026. He drew pictures and talked about them in Bulgarian and English.",
        ("b", [
            "He drew himself playing football with his brother and said \u201cme goal!\u201d.",
            "He said he likes the computer, the sand and \u201cthe big slide\u201d.",
            "He said he does not like \u201ctalking time\u201d on the carpet because \u201cthey don\u2019t know me words\u201d.",
            "When asked what he wants to be when he is big, he said \u201cpoliceman\u201d and drew a police car.",
        ]),
        ("h", "Parents\u2019 views"),
        "Stefan\u2019s parents, Mariya and Nikolay, came to Saxmere from Sliven in Bulgaria in 2021 to work in the fields and packhouses. They gave their views at home with a Bulgarian interpreter on 12 March 2026. They said Stefan is a funny, loving boy who plays well with his brother and cousins. He was late to start talking in Bulgarian, and at home he uses short sentences and points a lot. They are worried because he is not reading like other children and he gets cross when people do not understand him. They would like him to speak clearly, read and write in English and Bulgarian, and have friends at school.",
        ("h", "What Stefan is good at"),
        ("b", [
            "He is good at football and running and loves PE.",
            "He is good at puzzles and building, and copies models from pictures.",
            "He is affectionate and helpful to younger children.",
            "He can count to 20 and add small numbers using objects.",
        ]),
        ("h", "How Stefan communicates"),
        "Stefan talks in short phrases of two to four words in Bulgarian and English, and he points, pulls adults by the hand and uses facial expressions to show what he means. He understands more when adults use gestures and show him pictures or real objects. He is more confident talking one-to-one with an adult he knows, and he goes quiet in large groups. Mrs Ivanova, the bilingual teaching assistant, reports that his Bulgarian is at a similar level to his English, which supports the speech and language therapist\u2019s view that he has a language disorder rather than a difference caused by learning English.",
        ("h", "What helps Stefan"),
        ("b", [
            "Adults getting down to his level, saying his name first and using short sentences.",
            "Pictures, objects and gestures to show what is going to happen next.",
            "Being given time to answer, without other children answering for him.",
            "Working with a friend he trusts, especially his cousin Daniel, who is in the same class.",
            "Praise for trying, and a quiet space when he is cross.",
            "Home and school using the same words for the things he is learning, with word lists in Bulgarian sent home.",
        ]),
        ("h", "Stefan\u2019s history"),
        "Stefan was born in Sliven and came to Saxmere when he was two. He went to a childminder while his parents worked on the summer harvest, and started at Brandlow Pre-School at the age of three. Pre-school staff noticed that he was slow to start talking and referred him to the speech and language therapy service, but the family moved house twice during the harvest seasons and missed two appointments. He started in Reception at Brandlow in September 2023. School put in place support at special educational needs (SEN) support level (small group language work and visual timetables) in Reception and Year 1, and asked for an EHC needs assessment in November 2025 because his progress was still slow.",
        ("h", "Hopes for the future"),
        "Stefan wants to be a police officer. His parents hope he will talk and read well and go on to a good job.",
    ],
    B=[
        ("h", "Communication and interaction"),
        "Stefan has a developmental language disorder (DLD), identified by a speech and language therapist in January 2026. His difficulties are in both Bulgarian and English, which shows they are not caused by learning English as an additional language (EAL). He has difficulty understanding instructions with more than one key word and with questions such as \u201cwhy\u201d and \u201chow\u201d. He uses two- to four-word sentences, often leaving out small words and word endings. His speech is sometimes hard to understand, especially sounds such as \u201ck\u201d, \u201cg\u201d and \u201cs\u201d blends. He finds it hard to join in with games that need talking and becomes frustrated.",
        ("h", "Cognition and learning"),
        "Stefan\u2019s non-verbal skills are in the average range (educational psychologist, February 2026). He is working below the expected level in reading, writing and phonics; he knows 18 of the 44 phonemes (letter sounds) and can blend three-letter words with support. His writing is one or two words with an adult\u2019s help.",
        ("h", "Social, emotional and mental health"),
        "Stefan is sociable but can push or grab when he cannot make himself understood, which happens about twice a week at playtime.",
    ],
    C=[
        "Not known at this time. Health advice has been requested from the community paediatric team and will be added to the plan when it is received.",
    ],
    D=[
        "Stefan has no social care needs relating to his special educational needs or disability. This was confirmed in the social care advice from the Children with Disabilities Team (screening call with Mariya and an interpreter, 9 March 2026).",
    ],
    EF_header=["Outcome", "Provision", "Frequency", "Who"],
    EF=[
        ("Communication and interaction", [
            ("Stefan will receive speech and language therapy every week.", [
                ("Speech and language therapy as set out in Section G.", "Weekly, 30 minutes", "Speech and language therapist, Saxmere Community Health"),
            ]),
            ("Stefan is given a visual timetable and picture prompts in class so that he can understand what is happening.", [
                ("Visual timetable on his table and picture cards for classroom routines.", "Every day", "Class teacher"),
            ]),
            ("Staff will model correct sentences back to Stefan and give him time to answer.", [
                ("Adults repeat back what Stefan says in a correct sentence and wait 10 seconds for him to answer questions.", "In every lesson", "All adults working with Stefan"),
                ("Language group (Talk Boost-type programme) focusing on listening, vocabulary and sentence building, in a group of no more than 4.", "3 x 20 minutes weekly for 10 weeks, then review", "Teaching assistant trained by the speech and language therapist"),
            ]),
        ]),
        ("Cognition and learning", [
            ("By March 2027, Stefan will know 35 of the 44 phonemes and read 30 of the Year 1 common exception words, assessed by his class teacher at the end of each half term.", [
                ("Daily phonics catch-up, 1:1, using the school\u2019s phonics scheme.", "10 minutes daily", "Teaching assistant trained in the phonics scheme"),
                ("Precision teaching of common exception words.", "5 minutes daily, 1:1", "Teaching assistant"),
            ]),
            ("Stefan has a teaching assistant to help him with his writing.", [
                ("Teaching assistant support, 1:1 within English lessons, to scribe and model sentences.", "Every English lesson (5 x 1 hour weekly)", "Teaching assistant"),
            ]),
        ]),
        ("Social, emotional and mental health", [
            ("By December 2026, Stefan will use his \u201chelp\u201d card or the words \u201cstop, I don\u2019t like it\u201d instead of pushing when he is frustrated at playtime, on 4 out of 5 occasions recorded by the midday supervisor.", [
                ("Teaching of the help card and the words to use, with role-play.", "2 x 10 minutes weekly, 1:1, for 6 weeks", "Teaching assistant"),
                ("Structured playground games with a trained play leader, in a group of 4 to 6 children.", "Lunchtimes on Monday, Wednesday and Friday, 20 minutes", "Midday supervisor trained as a play leader"),
            ]),
        ]),
    ],
    G=[
        ("b", [
            "Speech and language therapy: 1:1 direct therapy for Stefan at school working on understanding, sentence building and speech sounds, 30 minutes weekly in term time, delivered by a speech and language therapist from Saxmere Community Health, who also sets the targets for the school language group.",
            "Speech and language therapist to review Stefan\u2019s progress and write a report each term.",
        ]),
    ],
    G_agree=[
        ("h", "Health agreement"),
        "Section G agreed by Dr Priya Lal, Designated Clinical Officer (DCO), Saxmere and Fens Integrated Care Board (ICB), 5 May 2026.",
    ],
    H1=["No provision is required under section 2 of the Chronically Sick and Disabled Persons Act 1970. The family have been given the Local Offer short breaks leaflet in Bulgarian."],
    H2=["None required. The family know how to contact the Saxmere Early Help Hub."],
    I=["Brandlow Church of England Primary School, a mainstream primary academy. Stefan is in a Year 2 class of 27 children with a class teacher and a full-time teaching assistant. His parents asked for him to stay at Brandlow, where his brother and cousin also go."],
    J=["No personal budget has been requested."],
    K=[
        ("hb", [
            "Stefan\u2019s views \u2013 gathered by his class teacher and Mrs Ivanova (bilingual teaching assistant) through drawing and talk, 18 March 2026",
            "Parents\u2019 views \u2013 Mariya and Nikolay, with a Bulgarian interpreter, 12 March 2026",
            "Educational advice \u2013 Mrs Sarah Moore, SENCo (Special Educational Needs Co-ordinator), Brandlow Church of England Primary School, 10 March 2026",
            "Psychological advice \u2013 Dr Tom Ellis, Educational Psychologist, Saxmere Educational Psychology Service, 24 February 2026",
            "Speech and language therapy advice \u2013 Amy Chen, Speech and Language Therapist, Saxmere Community Health, 19 January 2026",
            "Social care advice \u2013 Priya Shah, Social Work Practitioner, Children with Disabilities Team, 9 March 2026",
            "Medical advice \u2013 requested from the community paediatric team on 2 March 2026; not received at the date of issue",
        ]),
    ],
    signoff=["Signed for Saxmere County Council by Helen Frost, Team Manager, SEND Assessment Team, 11 May 2026."],
)


AF109 = dict(
    id="af109", layout="ef-table", name="Ivan",
    front=[
        ("First name", "Ivan"),
        ("Age", "13"),
        ("School year", "Year 8"),
        ("Setting", "Holtham High School"),
        ("Plan status", "Amended plan following annual review"),
        ("Last annual review", "2 June 2026"),
        ("Date this plan was issued", "30/06/2026"),
        ("EHC co-ordinator", "Marek, EHC Co-ordinator, " + SEND_TEAM),
    ],
    A=[
        ("h", "Ivan\u2019s history"),
        "Ivan was born in Sliven, Bulgaria, and came to Saxmere with his mother and two younger sisters in 2020. His mother works on the vegetable harvest and in packhouses, often on long shifts from April to October. Ivan went to Holtham Primary School from Year 2 and was identified with dyslexia and developmental coordination disorder (DCD) in Year 5. His EHC plan was first issued in Year 6. Ivan has been subject to a child protection plan since April 2026, under the category of neglect.",
        ("h", "What Ivan told us"),
        "Ivan met his EHC co-ordinator at school on 14 May 2026 and spoke in English.",
        ("b", [
            "\u201cI\u2019m good at drawing and at computer games. I want to make games when I\u2019m older, or be a YouTuber.\u201d",
            "\u201cReading makes my head hurt. The letters swap round.\u201d",
            "\u201cMy writing is messy and people laugh. In PE I\u2019m always last to get changed.\u201d",
            "\u201cI look after my sisters after school when Mum is at work. I make their tea.\u201d",
            "\u201cI like art club and my friend Kacper.\u201d",
        ]),
        ("h", "What Ivan\u2019s mother told us"),
        "Desislava gave her views with a Bulgarian interpreter on 14 May 2026. She said Ivan is a good boy who helps her a lot at home. She is worried that he is falling behind with reading and that he is tired in the mornings. She would like him to learn to read well, to pass his exams and to have a good job with computers.",
        ("h", "Ivan\u2019s strengths"),
        ("b", [
            "Artistic: his drawings were chosen for the school\u2019s summer exhibition.",
            "Good with technology and quick to learn new programs.",
            "Caring and responsible towards his sisters.",
            "Good spoken vocabulary in English and Bulgarian.",
        ]),
        ("h", "What helps Ivan"),
        ("b", [
            "Being given printed copies of anything he has to read or copy from the board.",
            "Using a laptop or his reader pen so that he can show what he knows.",
            "Adults who speak to him quietly rather than in front of the class.",
            "Extra time, and being told a few minutes before the end of a task.",
            "A calm start to the day with something to eat.",
            "Being able to talk about his caring role with an adult he trusts.",
        ]),
        ("h", "Ivan\u2019s school history"),
        "Ivan started school in Bulgaria and then joined Holtham Primary School in Year 2, speaking very little English. By Year 4 his spoken English was fluent, but his reading and spelling did not improve in the same way. The school asked for a specialist teacher assessment in Year 5, which identified dyslexia, and the community paediatrician diagnosed DCD in the same year. Ivan moved to Holtham High School in September 2024. His attendance was 89% in Year 7, with most absences in the autumn term, when his mother works the longest hours.",
        ("h", "Aspirations"),
        "Ivan would like to design computer games. His mother hopes he will pass his GCSEs (General Certificate of Secondary Education) and go to college.",
    ],
    B=[
        ("h", "Cognition and learning"),
        "Ivan has dyslexia. His reading age is 8 years 6 months (New Group Reading Test, March 2026) and his spelling age is 8 years. He reads slowly and makes errors with longer words, which affects his understanding in all subjects. His working memory and processing speed are below average (educational psychologist, March 2026). He has good verbal reasoning and understands well when information is read to him.",
        ("h", "Physical"),
        "Ivan has developmental coordination disorder (DCD). His handwriting is slow, large and hard to read, and he tires after a few lines. He finds it hard to organise his equipment, to use a ruler and compass in maths, and to get changed for PE quickly. He often drops or loses things and arrives at lessons without what he needs.",
        ("h", "Social, emotional and mental health"),
        "In maths Ivan is working towards the expected standard for Year 8; he understands new ideas when they are explained but loses marks because he misreads questions and makes copying errors. In science and humanities his spoken answers are good, but his written work is short and often unfinished.",
        ("h", "Social, emotional and mental health (continued)"),
        "Ivan is well liked but can be withdrawn. He has said he is embarrassed about his handwriting and reading. He is sometimes tired in lessons and staff have noticed he is often hungry at the start of the day.",
    ],
    C=[
        "Ivan\u2019s DCD was diagnosed by the community paediatrician in 2023. He was reviewed on 26 May 2026 and discharged from the paediatric clinic, as he has no medical needs that require ongoing health care. The paediatrician advised that his coordination difficulties should be met through school-based support and occupational therapy (see Section F). He has no other health conditions.",
    ],
    D=[
        "Ivan is a young carer. His mother works long shifts during the harvest season and Ivan looks after his two younger sisters (aged 6 and 8) after school, including making their tea, two to four evenings a week. A young carers assessment was completed by Saxmere Young Carers on 5 May 2026, which found that his caring role affects his sleep, his homework and his chance to see friends.",
    ],
    EF_header=["Outcome", "Provision", "Frequency", "Who"],
    EF=[
        ("Cognition and learning", [
            ("By July 2027, Ivan will feel more confident about reading.", [
                ("Structured reading intervention (a multisensory, phonics-based programme for secondary pupils), 1:1.", "4 x 30 minutes weekly", "Learning support assistant trained in the programme, overseen by the SENCo (Special Educational Needs Co-ordinator)"),
                ("Reading buddy scheme with a Year 12 student.", "Once a week, 20 minutes, Tuesday tutor time", "Sixth-form reading buddy, organised by the learning support teacher"),
            ]),
            ("By July 2027, Ivan will read aloud a Year 7 level passage at 100 words per minute with 95% accuracy, measured by the learning support teacher each half term.", [
                ("Paired reading of subject texts, 1:1.", "3 x 15 minutes weekly", "Learning support assistant"),
                ("Reader pen provided for use in all lessons, set up and charged by the learning support department.", "Every lesson", "Learning support department"),
            ]),
            ("By March 2027, Ivan will spell 40 of the 50 Year 7/8 key subject words correctly in a dictation, checked half-termly by the learning support teacher.", [
                ("Spelling programme, in a group of no more than 4.", "2 x 20 minutes weekly", "Learning support assistant"),
            ]),
        ]),
        ("Physical", [
            ("Ivan will improve his handwriting.", [
                ("To be agreed once the occupational therapy assessment has been received.", "To be confirmed", "To be confirmed"),
            ]),
        ]),
        ("Social, emotional and mental health", [
            ("By December 2026, Ivan will be happier in school.", [
                ("Weekly mentoring session with his tutor, 1:1.", "20 minutes each Friday", "Form tutor (trained mentor)"),
                ("Breakfast club place.", "Daily, 8.15 to 8.45 am", "Holtham High School breakfast club staff"),
            ]),
            ("By July 2027, Ivan will take part in art club and one other lunchtime or after-school club, attending at least 3 out of 4 sessions each half term, recorded on the club register.", [
                ("Art club place kept for Ivan, with a member of staff who knows him.", "Weekly, 45 minutes at lunchtime", "Art teacher"),
            ]),
        ]),
    ],
    G=["No health provision is required. The community paediatrician discharged Ivan on 26 May 2026 (see Section C)."],
    H1=["No provision is required under section 2 of the Chronically Sick and Disabled Persons Act 1970."],
    H2=[
        ("b", [
            "Young carers group at the Kingsmere youth centre: fortnightly on Tuesday evenings, 6 to 8 pm, with transport provided. Provided by Saxmere Young Carers.",
            "Young carers support worker: one 1-hour home visit each month to review Ivan\u2019s caring role with him and his mother. Provided by Saxmere Young Carers.",
        ]),
    ],
    I=["Holtham High School, a mainstream secondary academy (11\u201316). Ivan is taught in mainstream classes for all subjects, with learning support sessions in the school\u2019s learning support base."],
    J=["No personal budget has been requested."],
    K=[
        ("hb", [
            "Ivan\u2019s views \u2013 Ivan, with Marek (EHC Co-ordinator), 14 May 2026",
            "Parent\u2019s views \u2013 Desislava (mother), with a Bulgarian interpreter, 14 May 2026",
            "Educational advice \u2013 Holtham High School",
            "Reading and spelling assessment \u2013 March 2026",
            "Psychological advice \u2013 Dr Fiona Grant, Educational Psychologist, Saxmere Educational Psychology Service, 18 March 2026",
            "Medical advice \u2013 Dr Laura Finch, Community Paediatrician, Saxmere Community Health, 26 May 2026",
            "Social care advice \u2013 Young carers assessment, Amira Hassan, Young Carers Assessment Worker, Saxmere Young Carers (Children\u2019s Services), 5 May 2026",
            "Occupational therapy \u2013 referral made 26 May 2026; assessment awaited",
        ]),
    ],
    signoff=["Signed for Saxmere County Council by Helen Frost, Team Manager, SEND Assessment Team, 30 June 2026."],
)


AF112 = dict(
    id="af112", layout="ef-table", name="Jonas",
    front=[
        ("First name", "Jonas"),
        ("Age", "24"),
        ("Education phase", "Post-19 (specialist further education)"),
        ("Setting", "Fenwold Specialist College"),
        ("Plan status", "Amended plan following annual review"),
        ("Last annual review", "10 March 2026"),
        ("Date this plan was issued", "25th April 2026"),
        ("EHC co-ordinator", "Joanne, EHC Co-ordinator, " + SEND_TEAM),
    ],
    A=[
        ("h", "Jonas\u2019s views"),
        "Jonas\u2019s mother, Jurgita, told us about Jonas at home on 2 March 2026.",
        "Mum says Jonas is a sociable young man who loves music, especially rock music, and going to watch Kingsmere Town football club. Mum says he likes college, especially the caf\u00e9, and he likes being with other young people. Mum says he does not like being rushed when he is using his communication aid and gets upset when people talk over him. Mum says he wants to work in the college caf\u00e9 and to have his own flat one day with carers.",
        ("h", "Family\u2019s views"),
        "Jurgita and Jonas\u2019s stepfather, Aleksandr, moved from Klaip\u0117da in Lithuania to Saxmere in 2012 to work on a dairy farm. Jonas has lived with them all his life. Jurgita said that the family are very proud of how far Jonas has come since he started at college in 2021. He now uses his eye-gaze communication aid to chat, to make choices and to tell jokes. They worry about what will happen when college finishes in July 2027, and they want him to have a job, his own home with support, and friends his own age. They want his posture and comfort to be looked after because he has had pain in his hips.",
        ("h", "Jonas\u2019s strengths"),
        ("b", [
            "He is funny, sociable and popular with staff and students.",
            "He uses his eye-gaze communication aid with over 400 words and phrases and is learning to build sentences.",
            "He remembers people, routines and song lyrics very well.",
            "He works hard in his café work placement and is proud of his role.",
        ]),
        ("h", "Aspirations"),
        "To work in a caf\u00e9, to live in his own flat with support and to go to football with friends rather than with his family.",
    ],
    B=[
        ("h", "Communication and interaction"),
        "Jonas has dyskinetic cerebral palsy, which affects his speech: he has very little speech that people who do not know him can understand. He communicates with facial expression, yes/no signals and an eye-gaze communication aid. He can now put two or three symbols together and is learning to use grammar words. He needs time to compose messages (up to a minute for a sentence) and people who know to wait for him.",
        ("h", "Cognition and learning"),
        "Jonas is working at Entry Level 1 to 2 in functional English and maths. He recognises about 60 sight words and can use money with support to pay for items up to \u00a310. He learns best through repetition, real situations and routines.",
        ("h", "Physical"),
        "Jonas uses a powered wheelchair, which he drives with a head switch indoors and with support outdoors. He needs full support with personal care, eating and drinking and with all transfers, using a hoist. His involuntary movements make fine motor tasks very difficult.",
        ("h", "Social, emotional and mental health"),
        "Jonas is generally happy and sociable. He becomes frustrated and can withdraw when he is not understood or when people speak for him.",
    ],
    C=[
        "Jonas has dyskinetic cerebral palsy (GMFCS level V \u2013 Gross Motor Function Classification System, the most severe level of physical disability). His health needs are:",
        ("b", [
            "Posture and hip pain: he is at risk of hip subluxation and contractures and needs a 24-hour postural management programme, including stretches, time out of his wheelchair in a standing frame or sleep system, and well-fitting seating.",
            "Epilepsy: he has tonic-clonic seizures about once every two months, controlled with medication; he has rescue medication (buccal midazolam) if a seizure lasts more than 5 minutes.",
            "Wheelchair: his powered wheelchair and head switch need regular checks and adjustments as he changes shape.",
        ]),
    ],
    D=[
        "Jonas needs support from two carers for all personal care and transfers. His mother has been his main carer for 24 years and has said she is exhausted. Adult Social Care completed a Care Act 2014 needs assessment on 20 January 2026, which found that Jonas has eligible needs for care and support, and that his mother has eligible needs as a carer. Jonas wants more time with friends without his family, and to plan for living away from home.",
    ],
    EF_header=["Outcome", "Provision", "Frequency", "Who"],
    EF=[
        ("Communication and interaction (preparing for adulthood: employment)", [
            ("Jonas will be supported by staff to use his communication aid in all sessions.", [
                ("Staff wait for Jonas to compose his message and do not speak for him; his communication aid is available, charged and positioned in every session.", "All sessions", "All college staff"),
                ("Speech and language therapy: vocabulary and sentence building on his eye-gaze aid, 1:1.", "45 minutes weekly, Wednesdays, for 10 weeks each term", "Speech and language therapist, Fenwold Specialist College therapy team"),
            ]),
            ("By July 2027, Jonas will take orders from 5 customers in the college caf\u00e9 using his communication aid, in each of his Thursday shifts for 4 weeks in a row, recorded by his job coach.", [
                ("Supported work placement in the college caf\u00e9 with a job coach.", "Every Thursday, 10 am to 1 pm", "Job coach (Level 3 Supported Employment qualification)"),
                ("Caf\u00e9 vocabulary page on his aid, set up and updated by the speech and language therapist.", "Set up by September 2026; reviewed each half term", "Speech and language therapist"),
            ]),
        ]),
        ("Cognition and learning (preparing for adulthood: independent living)", [
            ("By July 2027, Jonas will choose, pay for and check his change for a caf\u00e9 or shop purchase of up to \u00a310 using his money app, on 4 out of 5 occasions recorded by his tutor.", [
                ("Functional maths (money) in a group of no more than 4.", "3 x 1 hour weekly", "Functional skills tutor"),
                ("Community visits to shops and caf\u00e9s in Fenwold, practising money skills.", "Weekly, Tuesday afternoon, 2 hours, 1:1", "Learning support assistant"),
            ]),
            ("Staff will help Jonas to plan for moving into supported living.", [
                ("Independent living sessions: planning a weekly menu, shopping list and daily routine.", "Weekly, 2 hours, in a group of 3", "Independent living tutor"),
            ]),
        ]),
        ("Physical and health", [
            ("By March 2027, Jonas will tell staff using his aid when he is uncomfortable or needs a change of position, on at least 4 out of 5 occasions checked hourly and recorded on his postural chart.", [
                ("Postural management programme (stretches and standing frame) carried out by trained staff.", "Daily, 30 minutes standing and 20 minutes stretches", "Learning support assistants trained by the physiotherapist"),
                ("Occupational therapy: review of seating, head switch access and classroom positioning.", "Once each half term, 1 hour", "Occupational therapist, Fenwold Specialist College therapy team"),
                ("\u201cComfort\u201d page on his aid, taught 1:1.", "10 minutes daily for 4 weeks, then review", "Speech and language therapist and learning support assistant"),
            ]),
            ("By December 2026, after each seizure, once he has recovered, Jonas will use the \u201chow I feel\u201d page on his aid to tell staff whether he has a headache, feels sick or wants to sleep, on every occasion recorded on his seizure log.", [
                ("\u201cHow I feel\u201d page on his aid, set up by the speech and language therapist and practised 1:1.", "Set up by June 2026; practised 5 minutes daily for 6 weeks, then review", "Speech and language therapist and learning support assistant"),
            ]),
        ]),
        ("Social, emotional and mental health (preparing for adulthood: friends and community)", [
            ("By July 2027, Jonas will go to two Kingsmere Town home matches with friends from college and a personal assistant, without his family, and tell his tutor about each match using his aid.", [
                ("Personal assistant to support Jonas in the community at weekends, funded through his Care Act personal budget.", "6 hours each Saturday", "Personal assistant employed through a direct payment (Adult Social Care)"),
                ("Friendship and social skills group.", "Weekly, 1 hour, in a group of no more than 6", "College wellbeing lead"),
            ]),
        ]),
    ],
    G=[
        ("b", [
            "Epilepsy: the epilepsy specialist nurse (Saxmere Community Health) will review Jonas\u2019s epilepsy care plan every 6 months and train named college staff in seizure care and giving buccal midazolam, in a 2-hour session each September and a 1-hour refresher each January.",
            "Wheelchair: Saxmere Wheelchair Service will review his powered wheelchair, seating and head switch every 6 months (1-hour appointment) and repair faults within 5 working days.",
            "Physiotherapy as required from the Adult Community Physiotherapy team, to oversee his postural management programme.",
            "Consultant in rehabilitation medicine: review of his hips and spasticity once a year at Kingsmere and District Hospital.",
        ]),
    ],
    G_agree=[
        ("h", "Health agreement"),
        "Section G agreed by Dr Priya Lal, Designated Clinical Officer (DCO), Saxmere and Fens Integrated Care Board (ICB), 22 April 2026.",
    ],
    H1=["Not applicable: Jonas is over 18, so social care provision is made under the Care Act 2014 (see H2)."],
    H2=[
        ("b", [
            "Care and support at home under the Care Act 2014: two carers from an agency commissioned by Adult Social Care, 45 minutes each morning and 45 minutes each evening, 7 days a week, for personal care and transfers.",
            "Carer\u2019s support for Jurgita: one overnight respite stay for Jonas at Willow House respite unit, 2 nights each month.",
            "Social worker (Adult Social Care Transitions Team) will complete a supported living assessment with Jonas and his family by 31 January 2027.",
        ]),
    ],
    I=["Fenwold Specialist College, an independent specialist post-16 institution (approved under section 41 of the Children and Families Act 2014), 5 days a week until July 2027."],
    J=["Jonas has a direct payment from Adult Social Care for a personal assistant (6 hours a week), managed by his mother."],
    K=[
        ("hb", [
            "Parent\u2019s views \u2013 Jurgita (mother), 2 March 2026",
            "Educational advice and annual review report \u2013 Ms Claire Dunn, Head of Learning Support, Fenwold Specialist College, 10 March 2026",
            "Speech and language therapy advice \u2013 Ella Novak, Speech and Language Therapist, Fenwold Specialist College, 20 February 2026",
            "Occupational therapy advice \u2013 Imran Ali, Occupational Therapist, Fenwold Specialist College, 20 February 2026",
            "Psychological advice \u2013 Dr Fiona Grant, Educational Psychologist, Saxmere Educational Psychology Service, 9 February 2026",
            "Medical advice \u2013 Dr Rhys Owen, Consultant in Rehabilitation Medicine, Kingsmere and District Hospital, 4 February 2026",
            "Epilepsy nursing advice \u2013 Kate Dyer, Epilepsy Specialist Nurse, Saxmere Community Health, 11 February 2026",
            "Wheelchair service advice \u2013 Saxmere Wheelchair Service (rehabilitation engineer), 13 January 2026",
            "Social care advice \u2013 Care Act assessment, Sam Turner, Social Worker, Adult Social Care Transitions Team, 20 January 2026",
            "Preparing for adulthood advice \u2013 Gary Nolan, Careers Adviser, Saxmere Careers Service, 3 March 2026",
        ]),
    ],
    signoff=["Signed for Saxmere County Council by Helen Frost, Team Manager, SEND Assessment Team, 25 April 2026."],
)

PLANS = [AF103, AF106, AF109, AF112]
