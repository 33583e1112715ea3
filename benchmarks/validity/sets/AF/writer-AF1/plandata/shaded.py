# Shaded-heading-table plans: af102 (failures), af105 (sound), af108 (failures), af111 (sound)
# Saxmere County Council house style: front table labels, "What X told us", outcome codes
# E1.., F tables "Outcome(s) | Provision | Delivered by", "Health agreement" line after G.

AF105 = dict(
    id="af105", layout="shaded-heading-table", name="Harvey", parents="his parents",
    front=[
        ("First name", "Harvey"),
        ("Age", "10"),
        ("School year", "Year 5"),
        ("Setting", "Brandlow Church of England Primary School"),
        ("Plan status", "Amended plan following annual review"),
        ("Last annual review", "27 November 2025"),
        ("Date this plan was issued", "09/01/2026"),
        ("EHC co-ordinator", "Joanne, EHC Co-ordinator, Saxmere Special Educational Needs and Disabilities (SEND) Assessment Team"),
    ],
    A=[
        ("h", "What Harvey told us"),
        "Harvey talked to Joanne (his EHC co-ordinator) at school on 4 November 2025, with his teaching assistant (TA), Mrs Cole, sitting with him. These are his words, written down as he said them and read back to him.",
        ("b", [
            "\u201cI like Lego Technic and anything with an engine. My dad fixes the Typhoons at the base and sometimes he shows me pictures.\u201d",
            "\u201cThe best bits of school are PE, Forest School and maths when it\u2019s puzzles.\u201d",
            "\u201cReading is hard because the words go blurry and jumbled when I\u2019m tired. I don\u2019t like reading out loud in front of everyone.\u201d",
            "\u201cI hate it when people make a fuss about my sugar levels in front of the class. I just want to go to the office quietly.\u201d",
            "\u201cThe computer that types what I say is good. I can write more when I use it.\u201d",
            "\u201cWhen I\u2019m older I want to be a pilot or an engineer on the planes like my dad\u2019s friends.\u201d",
        ]),
        ("h", "What Harvey\u2019s parents told us"),
        "Kelly and Dean are Harvey\u2019s parents. Dean serves in the Royal Air Force (RAF) at RAF Welbourne Heath and the family have moved three times since Harvey started school: from Moray to Lincolnshire and then to Saxmere in April 2024. Kelly said that each move meant a new school having to get to know Harvey\u2019s diabetes, and that his difficulties with reading were put down to \u201cmissing bits of school\u201d until the specialist teacher assessed him in September 2025.",
        "Kelly and Dean are proud of how Harvey copes with change. He makes friends quickly and looks after younger children at the base youth club. They would like him to have access to the same trips and clubs as his classmates, and they want school to keep his diabetes care discreet, because he is embarrassed when it is talked about in front of others.",
        "At home Harvey checks his glucose readings on his phone and is starting to count the carbohydrates in his breakfast with his mum. His parents would like him to be doing more of this himself before he moves to secondary school in September 2027.",
        ("h", "What Harvey enjoys and does well"),
        ("b", [
            "Building complicated Lego Technic models from the diagrams, on his own, for an hour at a time.",
            "Maths reasoning: he explains how he solved a problem clearly and often finds a second way.",
            "Talking: he has a wide spoken vocabulary and loves facts about aircraft and engines.",
            "Sport: he is in the school football team and swims 50 metres.",
            "Being kind: his class teacher describes him as \u201cthe first to help a new child settle in\u201d.",
        ]),
        ("h", "Hopes and aspirations"),
        "Harvey wants to be a pilot or an aircraft engineer. For now, he wants to read the aircraft magazines his dad brings home without help and to be in charge of his own diabetes checks. His parents hope he will become a confident reader who reads for pleasure, and that he will move to Holtham High School in September 2027 with his friends, managing his diabetes with as little adult help as is safe.",
    ],
    B=[
        ("h", "Cognition and learning"),
        "Harvey has dyslexia, identified by a specialist teacher assessment on 19 September 2025. His single-word reading standard score is 78 and his spelling standard score is 74 (the average range is 85 to 115). His reading comprehension when a text is read to him is in the average range (standard score 101), which shows that his understanding is strong; the difficulty is in decoding words and spelling them.",
        "He has weak phonological processing (hearing and working with the sounds in words) and a below-average working memory for what he hears, so he can lose track of spoken instructions with more than two steps. He reads slowly and with effort, at about 55 words per minute on a Year 3 level text. Writing by hand is slow and his spelling makes his ideas hard to read back; when he uses speech-to-text software he can produce up to three times as much writing, with well-organised ideas.",
        "Harvey\u2019s maths reasoning is a real strength and is at the expected standard for Year 5, although he finds it hard to read word problems.",
        ("h", "Social, emotional and mental health"),
        "Harvey is sociable and well liked. He becomes anxious and sometimes refuses to take part when he is asked to read aloud or when his diabetes care is noticed by other children; at these times he may go quiet, put his head down or leave the room. Moving schools three times has meant he has had to explain his diabetes and reading difficulties to new adults each time, and he has told staff he feels \u201cthick\u201d compared with other children. He responds well to quiet praise and to adults who know him.",
        ("h", "Sensory and physical"),
        "Harvey\u2019s type 1 diabetes is described in Section C. It affects his learning when his blood glucose is too low or too high, because he finds it hard to concentrate and may need time out of the lesson to treat it. He has regular hospital appointments and misses about one morning of school every three months for clinic.",
    ],
    C=[
        "Harvey has no difficulty with his hearing or eyesight (both checked at school nurse screening in September 2025), but he has type 1 diabetes, diagnosed in 2021 when he was six.",
        ("b", [
            "He uses an insulin pump and a continuous glucose monitor (CGM), which sends his glucose readings to his phone and to his parents\u2019 phones.",
            "He needs his carbohydrates counted and an insulin dose given through his pump at lunchtime and with any snack, with an adult checking the amount.",
            "He can have hypoglycaemia (a \u201chypo\u201d, when blood glucose falls below 4 mmol/L), which must be treated straight away with fast-acting glucose, and hyperglycaemia (high blood glucose), which can make him tired and thirsty and needs checking for ketones.",
            "His Individual Healthcare Plan (IHCP), written by the diabetes team with his parents and school, sets out exactly what to do in each case.",
        ]),
        "The paediatric diabetes team note that Harvey\u2019s worry about being seen to have diabetes sometimes leads him to hide low readings. This is addressed in his outcomes (E6) and in the provision in Sections F and G.",
    ],
    D=[
        "Harvey has no social care needs relating to his special educational needs or disability. This was the finding of the social care advice given by the Children with Disabilities Team after a screening conversation with Kelly on 17 October 2025. The family are supported by the RAF Welbourne Heath community support officer and use the base youth club, and they know how to contact the Saxmere Early Help Hub if their circumstances change (for example during a future posting or a deployment).",
    ],
    E=[
        ("Cognition and learning", [
            ("E1", "By July 2027 (end of Year 6), Harvey will read a Year 5 level text aloud at 90 words per minute with at least 95% accuracy, checked each half term by the specialist teacher using a one-minute timed reading."),
            ("E2", "By July 2026, Harvey will spell correctly 80% of the Year 3 and 4 statutory spelling words in dictated sentences, tested by his class teacher at the end of each half term."),
            ("E3", "By February 2027, Harvey will use his speech-to-text software to plan and write a one-page report about an aircraft or engine of his choice, meeting at least 4 of the 5 success criteria on the class writing checklist, in three pieces of work in a row."),
        ]),
        ("Social, emotional and mental health", [
            ("E4", "By July 2026, when he is worried about reading in front of others, Harvey will tell his key adult and choose one of his three agreed options (read to a partner, read a shorter part, or pass), on at least 4 out of 5 occasions recorded on his check-in sheet."),
            ("E5", "By December 2026, Harvey will receive praise for his written work in front of the class calmly, staying in his seat and carrying on with his task, on 8 out of 10 occasions noted by his class teacher."),
        ]),
        ("Health and independence", [
            ("E6", "By July 2027, before he moves to secondary school, Harvey will read his own glucose figure on his phone before lunch and tell his trained adult what it means and what he needs to do, correctly on 9 out of 10 days, recorded in his school diabetes log."),
        ]),
    ],
    F=[
        ("Cognition and learning", "Harvey is taught in his Year 5 class (31 pupils, one class teacher and a class TA) for most of the day. The provision below is in addition to what the school provides for all pupils.", [
            ("E1, E2", "A structured, cumulative, multisensory reading and spelling programme, taught 1:1 in a quiet room, four times a week for 30 minutes (2 hours a week).", "Teaching assistant (Mrs Cole) trained in the programme by the specialist teacher; overseen by the Special Educational Needs Co-ordinator (SENCo)."),
            ("E1, E2", "Precision teaching of high-frequency words and his current spelling rule, 1:1, daily for 10 minutes.", "Teaching assistant (Mrs Cole)."),
            ("E1, E2, E3", "Specialist teacher visits once each half term for 90 minutes to assess Harvey\u2019s reading and spelling, update his programme and model teaching to Mrs Cole. She writes a short report for the SENCo and parents after each visit.", "Specialist teacher for specific learning difficulties (SpLD), Saxmere Learning Support Service."),
            ("E3", "A school laptop with speech-to-text and text-to-speech software, available to Harvey in every lesson that involves writing. It is set up and kept working by the school\u2019s IT technician, who checks it each half term.", "IT technician; class teacher makes sure it is used."),
            ("E3", "Three 20-minute 1:1 sessions at the start of each term to teach Harvey how to dictate, edit and read back his work with the software.", "Teaching assistant (Mrs Cole)."),
            ("E1, E3", "From January 2026, a reader and 25% extra time in all class tests, and the same arrangements applied for in the Key Stage 2 (KS2) national tests in May 2027, following the Standards and Testing Agency rules.", "SENCo (arranges and applies for the access arrangements)."),
            ("E1, E2, E3", "All written instructions and word problems read to Harvey or given with text-to-speech; instructions given one or two steps at a time and written on his desk card; no reading aloud in front of the class unless he has chosen to.", "Class teacher, in every lesson."),
        ]),
        ("Social, emotional and mental health", None, [
            ("E4, E5", "Check-in with his key adult at the start of each school day for 10 minutes, using his check-in sheet to plan for any reading or diabetes worries that day.", "Higher Level Teaching Assistant (HLTA), Mrs Akhtar."),
            ("E4, E5", "Emotional Literacy Support Assistant (ELSA) sessions on self-esteem and learning differences, in a group of no more than 4 pupils, 40 minutes weekly for 8 weeks in the spring term 2026, then reviewed with Harvey and his parents.", "ELSA-trained HLTA (Mrs Akhtar)."),
            ("E5", "Praise for written work given privately or in writing unless Harvey has agreed to public praise; this approach is written into his pupil passport and shared with all staff who teach him.", "Class teacher and all staff who teach Harvey; pupil passport kept by the SENCo."),
            ("E4", "Service pupils\u2019 lunch club, fortnightly on Wednesdays for 45 minutes, in a group of no more than 8 children from RAF families.", "Service Pupil Champion (a trained HLTA)."),
        ]),
        ("Health and independence", None, [
            ("E6", "Teaching of diabetes self-management: each day before lunch, Harvey and his trained adult spend 5 to 10 minutes 1:1 reading his CGM figure, talking through what it means and what he needs to do, and recording it in his diabetes log.", "Teaching assistant trained by the Paediatric Diabetes Specialist Nurse (PDSN) (see Section G)."),
            ("E6", "A discreet pass card so that Harvey can leave the classroom to treat a low without explaining in front of others.", "Class teacher; card provided by the SENCo."),
        ]),
    ],
    G=[
        ("b", [
            "Paediatric diabetes clinic at Kingsmere and District Hospital every 3 months (about 45 minutes) with the consultant paediatrician and the PDSN, to review Harvey\u2019s glucose data and pump settings.",
            "The PDSN will train named school staff (at least three, including Mrs Cole and Mrs Akhtar) in glucose monitoring, carbohydrate counting, pump use and hypo treatment: a 2-hour session each September, and a refresher within two weeks of any change to his treatment.",
            "The PDSN will review the IHCP with Kelly and the SENCo every September and after any hospital admission, and is available to school by telephone on weekdays.",
            "Trained school staff will check Harvey\u2019s carbohydrate count and insulin bolus at lunch every day, following the IHCP, and give hypo treatment when needed, as set out step by step in the IHCP.",
            "Pump and CGM supplies are prescribed by the diabetes team and supplied to the family; school keeps a spare hypo kit, restocked by Kelly each half term.",
        ]),
    ],
    G_agree=[
        ("h", "Health agreement"),
        "The health provision in Section G was reviewed and agreed by Dr Priya Lal, Designated Clinical Officer (DCO), Saxmere and Fens Integrated Care Board (ICB), on 6 January 2026.",
    ],
    H1=[
        "No provision is required under section 2 of the Chronically Sick and Disabled Persons Act 1970. The social care screening of 17 October 2025 found Harvey\u2019s needs are met through universal and school services. The family have been given information about the Saxmere Local Offer, including the short breaks activity scheme and a holiday club that takes children with diabetes, and can ask for a short breaks assessment at any time.",
    ],
    H2=[
        "None required. Early Help was discussed with Kelly on 4 November 2025 and the family did not feel it was needed at present.",
    ],
    I=[
        "Brandlow Church of England Primary School, a mainstream primary academy. Harvey will transfer to secondary school in September 2027; the phase transfer will be reviewed at his Year 5 annual review, and the plan amended by 15 February 2027.",
    ],
    J=["No personal budget has been requested."],
    K_intro=["The following advice and information was gathered for the annual review of 27 November 2025 and used to amend this plan."],
    K=[
        ("Harvey\u2019s views", "Harvey, gathered by Joanne (EHC Co-ordinator) at school", "4 November 2025"),
        ("Parents\u2019 views", "Kelly and Dean (parents)", "4 November 2025"),
        ("Educational advice", "Mrs Sarah Moore, SENCo, Brandlow Church of England Primary School", "30 October 2025"),
        ("Specialist teacher assessment", "Ms Rachel Hunt, Specialist Teacher (SpLD), Saxmere Learning Support Service", "19 September 2025"),
        ("Psychological advice", "Dr Tom Ellis, Educational Psychologist, Saxmere Educational Psychology Service", "10 October 2025"),
        ("Medical advice", "Dr Aisha Begum, Consultant Paediatrician (diabetes), Kingsmere and District Hospital", "21 October 2025"),
        ("Diabetes nursing advice and IHCP", "Claire Watts, PDSN, Kingsmere and District Hospital", "21 October 2025"),
        ("Social care advice", "Mark Daly, Social Work Practitioner, Children with Disabilities Team", "17 October 2025"),
        ("Annual review report", "Brandlow Church of England Primary School (SENCo)", "27 November 2025"),
    ],
    signoff=["Signed on behalf of Saxmere County Council: Helen Frost, Team Manager, SEND Assessment Team. Date: 9 January 2026."],
)


AF102 = dict(
    id="af102", layout="shaded-heading-table", name="Tomas", parents="his parents",
    front=[
        ("First name", "Tomas"),
        ("Age", "15"),
        ("School year", "Year 10"),
        ("Setting", "Holtham High School"),
        ("Plan status", "Amended plan following annual review"),
        ("Last annual review", "3 March 2026"),
        ("Date this plan was issued", "10 April 2026"),
        ("EHC co-ordinator", "Marek, EHC Co-ordinator, Saxmere Special Educational Needs and Disabilities (SEND) Assessment Team"),
    ],
    A=[
        ("h", "What Tomas told us"),
        "Tomas is 15. He has cystic fibrosis (CF) and dyslexia. He met Marek (his EHC co-ordinator) at school on 12 February 2026. He chose to speak in English. These are his words.",
        ("b", [
            "\u201cI\u2019m good with my hands. Give me an engine and I\u2019ll work it out. Give me a page of writing and I\u2019m lost.\u201d",
            "\u201cI help my uncle with the tractors on the farm at weekends in the summer. I want to be an agricultural mechanic.\u201d",
            "\u201cI want to pass my driving test when I\u2019m seventeen and get my own place one day.\u201d",
            "\u201cMy CF is boring. Physio every morning and night, tablets every time I eat. I don\u2019t want everybody knowing about it.\u201d",
            "\u201cSometimes I get really down about it and I don\u2019t tell anyone.\u201d",
            "\u201cI play football for Holtham Juniors on Sundays. It\u2019s the best part of the week.\u201d",
        ]),
        ("h", "What Tomas\u2019s parents told us"),
        "Rasa and Darius are Tomas\u2019s parents. They came to Saxmere from Lithuania in 2017 to work on the vegetable harvest and now work all year at a packhouse in Holtham. They shared their views with a Lithuanian interpreter on 12 February 2026. They are proud that Tomas speaks English and Lithuanian fluently and that he is a hard worker. They worry that his cystic fibrosis is getting him down and that he hides how he feels from them. They want him to be happy, to look after his health and to do practical work that he enjoys, like his uncle.",
        ("h", "What Tomas does well"),
        ("b", [
            "Practical problem-solving: he took apart and rebuilt a lawnmower engine in design and technology.",
            "Maths: he is on track for a grade 5 at GCSE (General Certificate of Secondary Education).",
            "Speaking two languages fluently and interpreting for his parents.",
            "Sport and teamwork: a reliable member of his football team.",
        ]),
        ("h", "What helps Tomas"),
        ("b", [
            "Printed notes and key words, so that he does not have to copy from the board.",
            "Being able to show what he knows by talking, drawing or making something.",
            "Teachers who do not draw attention to his CF or his reading in front of the class.",
            "A quiet word rather than a telling-off when he is frustrated.",
            "Practical, hands-on tasks and a clear reason for what he is learning.",
        ]),
        ("h", "Tomas\u2019s history"),
        "Tomas was diagnosed with cystic fibrosis as a baby in Lithuania. He started school in Saxmere in Year 2, speaking little English, and was fluent within two years. His reading and spelling difficulties were noticed in Year 4 and his EHC plan was first issued in Year 6. He moved to Holtham High School in Year 7. He has spent between two and four weeks each year in hospital for intravenous antibiotics, which has meant gaps in his learning, especially in English and science.",
        ("h", "Hopes and aspirations"),
        "Tomas wants to become an agricultural mechanic, pass his driving test, live independently and keep playing football with his friends. His parents hope he will train as a mechanic at Saxmere College after Year 11 and be able to live on his own one day.",
    ],
    B=[
        ("h", "Cognition and learning"),
        "Tomas has dyslexia, diagnosed by an educational psychologist in Year 7. His reading accuracy is at about a 10-year-old level and he reads slowly, which means that in GCSE subjects with a lot of reading, such as English, history and science, he runs out of time and often does not finish questions. His spelling is weak and he finds it hard to organise his ideas in extended writing, although his spoken answers show good understanding. He finds it difficult to copy from the board and to keep track of homework across seperate subjects, and teachers report that his books are often incomplete.",
        "His processing speed is below average and he is entitled to access arrangements in examinations, which need to be confirmed for his GCSEs in summer 2027.",
        ("h", "Social, emotional and mental health"),
        "Tomas is popular and has a close group of friends. He becomes frustrated when he cannot finish written work and has occassionally walked out of English lessons when asked to read aloud. He does not like staff to mention his cystic fibrosis in front of others.",
    ],
    C=[
        "Tomas has cystic fibrosis (CF), a lifelong condition that mainly affects the lungs and digestion. He is under the regional CF centre and his local CF team at Kingsmere and District Hospital.",
        ("b", [
            "He needs airway clearance physiotherapy twice a day, which he does at home before and after school.",
            "He takes pancreatic enzyme capsules with every meal and snack, including at break and lunch in school.",
            "He is at risk of chest infections and needs to avoid people with coughs and colds where this can be managed; he may miss school for courses of intravenous antibiotics, usually twice a year for two weeks.",
            "He needs extra salt and fluids, especially in hot weather and during sport.",
        ]),
        "The CF team psychologist reports that Tomas has low mood and anxiety related to living with his condition, scoring in the moderate range on a mood questionnaire in January 2026, and that he has started to skip some of his evening physiotherapy. She recommends that he has psychological support.",
    ],
    D=[
        "Tomas has no social care needs relating to his special educational needs or disability. This was the conclusion of the social care advice from the Children with Disabilities Team, following a screening call with Rasa (with an interpreter) on 20 January 2026. The family are aware of the Saxmere Local Offer and of the young carers and Early Help services, and have been given information in Lithuanian about how to accomodate a request for support if things change.",
    ],
    E=[
        ("Cognition and learning", [
            ("E1", "By July 2027, Tomas will read a GCSE-level exam paper using a reader pen and complete every question in the time allowed, in three mock papers in a row, checked by his English teacher."),
            ("E2", "By December 2026, Tomas will spell 85% of his subject key words correctly in his written work, checked each half term by the learning support teacher."),
            ("E3", "By March 2027, Tomas will plan and write a 400-word answer to an English literature question using a planning frame, scoring at least grade 4 on the school mark scheme, in two assessed pieces."),
            ("E4", "By July 2026, Tomas will record all his homework in his planner or phone app and hand in 9 out of 10 pieces on time each half term, tracked by his tutor."),
        ]),
        ("Social, emotional and mental health", [
            ("E5", "By July 2026, when he feels frustrated in a lesson, Tomas will use his time-out card to take five minutes and return to the lesson, rather than walking out, on 4 out of 5 occasions recorded by his head of year."),
        ]),
    ],
    F=[
        ("Cognition and learning", "Tomas is taught in mainstream Year 10 classes with support as follows.", [
            ("E1, E2", "Regular reading sessions with a teaching assistant (TA) to improve his reading speed.", "Teaching assistant."),
            ("E2", "Small group spelling intervention as appropriate.", "Learning support department."),
            ("E1, E3", "Access to a laptop where possible for extended writing.", "School."),
            ("E1", "25% extra time and a reader pen in all internal tests, mock examinations and GCSE examinations, applied for by the exams officer after assessment by the specialist assessor, by 21 February 2027.", "Special Educational Needs Co-ordinator (SENCo) and exams officer."),
            ("E3", "Writing frames and word banks provided in English, history and science lessons for every extended writing task.", "Subject teachers."),
            ("E4", "Homework set on the school app as well as on the board, and checked by his tutor during morning registration every Monday for 10 minutes.", "Form tutor."),
        ]),
        ("Social, emotional and mental health", None, [
            ("E5", "A time-out card allowing Tomas to leave the lesson for up to five minutes to a named base (the learning support room), agreed with all his teachers.", "Head of year; all teaching staff."),
            ("E5", "Weekly 20-minute 1:1 mentoring session with his head of year on Thursdays, to review how the week has gone.", "Head of year (trained in mentoring)."),
            ("E5", "No reading aloud in class unless Tomas volunteers; staff do not mention his CF in front of other pupils.", "All teaching staff, in every lesson."),
        ]),
    ],
    G=[
        ("b", [
            "CF clinic at Kingsmere and District Hospital every 3 months (around 2 hours), with the consultant respiratory paediatrician, CF nurse specialist, physiotherapist and dietitian, and an annual review at the regional CF centre each November.",
            "The CF nurse specialist will visit school once each September (1 hour) to train the SENCo, head of year and PE staff in his enzyme routine, infection control and salt and fluid needs, and will update his Individual Healthcare Plan (IHCP).",
            "School will store his enzyme capsules in the medical room and Tomas will take them with each meal and snack, following his IHCP; the school nurse checks the stock each half term.",
        ]),
    ],
    G_agree=[
        ("h", "Health agreement"),
        "The health provision in Section G was reviewed and agreed by Dr Priya Lal, Designated Clinical Officer (DCO), Saxmere and Fens Integrated Care Board (ICB), on 2 April 2026.",
    ],
    H1=[
        "No provision is required under section 2 of the Chronically Sick and Disabled Persons Act 1970, following the social care screening of 20 January 2026. The family have been given the Local Offer short breaks leaflet, translated into Lithuanian.",
    ],
    H2=["None required. The family know how to contact the Saxmere Early Help Hub."],
    I=["Holtham High School, a mainstream secondary academy (11\u201316)."],
    J=["No personal budget has been requested."],
    K_intro=["The following advice and information was used for this amended plan."],
    K=[
        ("Tomas\u2019s views", "Tomas, with Marek (EHC Co-ordinator)", "12 February 2026"),
        ("Parents\u2019 views", "Rasa and Darius (parents), with a Lithuanian interpreter", "12 February 2026"),
        ("Educational advice and annual review report", "Mr Neil Harper, SENCo, Holtham High School", "3 March 2026"),
        ("Psychological advice", "Dr Fiona Grant, Educational Psychologist, Saxmere Educational Psychology Service", "6 January 2026"),
        ("Medical advice", "Dr Samuel Okafor, Consultant Respiratory Paediatrician, Kingsmere and District Hospital", "15 January 2026"),
        ("CF nursing advice", "Lucy Bright, CF Nurse Specialist, Kingsmere and District Hospital", "15 January 2026"),
        ("Clinical psychology advice", "Dr Hannah Webb, Clinical Psychologist, CF team", "28 January 2026"),
        ("Social care advice", "Priya Shah, Social Work Practitioner, Children with Disabilities Team", "20 January 2026"),
        ("Preparing for adulthood and careers advice", "Gary Nolan, Careers Adviser (Level 6 qualified), Saxmere Careers Service", "24 February 2026"),
    ],
    signoff=["Signed on behalf of Saxmere County Council: Helen Frost, Team Manager, SEND Assessment Team. Date: 10 April 2026."],
)


AF108 = dict(
    id="af108", layout="shaded-heading-table", name="Isla", parents="her parents",
    front=[
        ("First name", "Isla"),
        ("Age", "4 years 8 months"),
        ("School year", "Reception"),
        ("Setting", "Welbourne Heath Primary School"),
        ("Plan status", "Final plan (new)"),
        ("Last annual review", "Not yet due (first review by July 2027)"),
        ("Date this plan was issued", "17 July 2026"),
        ("EHC co-ordinator", "Joanne, EHC Co-ordinator, Saxmere Special Educational Needs and Disabilities (SEND) Assessment Team"),
    ],
    A=[
        ("h", "Isla\u2019s views (gathered through play and observation by her key person)"),
        "Isla\u2019s key person at Little Wings Pre-School, Mrs Grey, spent two sessions with Isla on 8 and 10 June 2026, using photographs and play to find out what she likes and does not like. Isla said \u201cI want the sand\u201d and pointed to the photograph of the sand tray each time. She pushed away the photograph of the standing frame and said \u201cno, no\u201d. She cried when she could not reach the dressing-up box and when other children ran off outside. She did not want to join in with carpet time songs.",
        ("h", "What Isla\u2019s parents told us"),
        "Isla\u2019s parents, Becky and Liam, shared their views with the EHC co-ordinator at home on 1 June 2026. Liam serves in the Royal Air Force (RAF) and the family moved to RAF Welbourne Heath from Wiltshire in January 2026. They said that Isla cannot walk and cannot stand without her frame, and that she cannot get herself on and off the floor. She is not toilet trained and is catheterised during the day. She gets tired very easily and cannot manage a full day. She has had two shunt revisions and they are worried about headaches and vomiting, which can mean that the shunt is blocked. She is behind other children with her speech and does not play with other children. Becky said that moving to a new area has meant starting again with all the professionals, and that they are worried Isla will not cope in a mainstream Reception class.",
        ("h", "Isla\u2019s history"),
        "Isla\u2019s spina bifida was found on a scan before she was born, and she had surgery to close her spine on the day after she was born. A shunt was fitted at three weeks old to treat her hydrocephalus. It has been replaced twice, most recently in October 2025. Isla went to a pre-school in Wiltshire from the age of three and then to Little Wings Pre-School at RAF Welbourne Heath from January 2026. She cannot manage a full day and was attending for three mornings a week. Her pre-school reported that she needed an adult with her all the time for moving, personal care and safety.",
    ],
    B=[
        ("h", "Physical needs"),
        "Isla has spina bifida (myelomeningocele) and hydrocephalus. She cannot walk and uses a lightweight wheelchair, which she cannot yet propel over thresholds or on grass. She cannot sit on the floor without support and needs to be lifted for any change of position, using a two-person lift or hoist as set out in her manual handling plan. She has reduced sensation in her legs and is at risk of pressure sores if she sits in one position for too long. She has weak hand strength and poor pencil grip and cannot manage buttons, zips or her coat.",
        ("h", "Cognition and learning"),
        "Isla has difficulties with attention and with remembering instructions, which is common in children with hydrocephalus. She cannot yet count to five reliably and does not recognise her name. She loses focus after two or three minutes at an adult-led activity.",
        ("h", "Communication and interaction"),
        "Isla\u2019s speech is behind what would be expected for her age. She uses two- and three-word phrases and does not ask questions. She does not join in with group conversations.",
        ("h", "Social, emotional and mental health"),
        "Isla becomes upset and cries when she cannot join in with other children or reach what she wants. She does not play alongside other children and relies on adults.",
    ],
    C=[
        "Isla has spina bifida (myelomeningocele, repaired at birth) and hydrocephalus, which is treated with a ventriculo-peritoneal (VP) shunt (a thin tube that drains fluid from the brain). Staff must know the signs that the shunt may be blocked (headache, vomiting, drowsiness, irritability) and call her parents and 999 straight away.",
        "Isla has a neurogenic bladder and bowel. Her bladder is emptied by clean intermittent catheterisation every 3 to 4 hours, which means at least once during the school day, and she wears pads. She has a daily bowel management routine at home. She is at risk of urinary tract infections.",
        "Isla has reduced sensation and muscle weakness in both legs and wears ankle-foot orthoses (splints). She needs a physiotherapy programme to keep her joints flexible and build strength, and uses a standing frame.",
    ],
    D=[
        "Isla\u2019s family were assessed by the Children with Disabilities Team in May 2026 (social care advice, 19 May 2026). Isla needs help with all personal care, lifting and moving, which is tiring for her parents, especially when Liam is away on detachment. Becky has no family nearby since the move. The assessment found that the family would benefit from short breaks and from adaptations to their service family accommodation.",
    ],
    E=[
        ("Physical", [
            ("E1", "By July 2027, Isla will move her wheelchair independently from the classroom to the outdoor area (about 20 metres, including the door threshold) on 4 out of 5 days, recorded by her teaching assistant (TA)."),
            ("E2", "By March 2027, Isla will take off and put on her coat with only one verbal prompt on 4 out of 5 occasions, recorded on her independence chart."),
        ]),
        ("Health and personal care", [
            ("E3", "By December 2026, Isla will tell or show an adult when her head hurts or she feels sick, using words or her feelings card, on every occasion that staff notice signs of discomfort over a half term, recorded on her health log."),
            ("E4", "By July 2027, Isla will tell an adult when it is time for her catheter using her picture card and will help with washing her hands and passing equipment, on 8 out of 10 occasions recorded on her personal care log."),
        ]),
        ("Communication and learning", [
            ("E5", "By July 2027, Isla will use four-word sentences to ask for things and to answer \u201cwho\u201d and \u201cwhat\u201d questions during small group work, on 8 out of 10 occasions recorded by the TA each half term."),
            ("E6", "By December 2026, Isla will recognise her written name from a choice of four and count objects to 5 accurately, on 4 out of 5 checks by her class teacher."),
            ("E7", "By April 2027, Isla will take turns with one other child in a floor or table-top game for 5 minutes on 3 occasions in a week, observed by her key adult."),
        ]),
    ],
    F=[
        ("Physical", "Isla is in a Reception class of 28 children with a class teacher and an early years practitioner.", [
            ("E1, E2", "Isla will have access to her physiotherapy exercises and standing frame as appropriate during the school day.", "Teaching assistant."),
            ("E1", "Regular opportunities to practise moving her wheelchair around school and in the playground.", "Teaching assistant."),
            ("E1, E2", "Occupational therapist (OT) visits school once a term for 1 hour to assess seating, the classroom layout and her hand skills and to set targets for the TA, with a written report to school and parents.", "Children\u2019s Occupational Therapy Service, Saxmere Community Health."),
            ("E2", "Daily practice of dressing skills (coat, shoes) for 10 minutes, 1:1, before outdoor play and home time.", "Teaching assistant."),
            ("E1, E2, E4", "Adult support where possible at playtimes and lunchtimes.", "Midday supervisors."),
        ]),
        ("Health and personal care", None, [
            ("E3", "Teaching Isla to use her feelings card (\u201chead hurts\u201d, \u201cfeel sick\u201d, \u201ctired\u201d), 1:1 for 5 minutes at the start of each day and whenever she looks unwell.", "Teaching assistant."),
            ("E4", "A trained teaching assistant will carry out Isla\u2019s personal care (changing, hygiene and catheterisation) in the accessible toilet every day at the times set in her care plan, using a hoist and changing bench, with a second adult present for lifting.", "Two teaching assistants trained in manual handling."),
        ]),
        ("Communication and learning", None, [
            ("E5", "Speech and language therapist assesses Isla\u2019s language each term (1 hour, 1:1) and sets targets for the school language group, with a short written report.", "Speech and language therapist, Saxmere Community Health."),
            ("E5", "Small group language session (a group of no more than 4) three times a week for 15 minutes, following targets set by the speech and language therapist.", "Teaching assistant, trained by the speech and language therapist."),
            ("E6", "Daily 1:1 early number and name recognition activities, 10 minutes, using objects and photographs.", "Teaching assistant."),
            ("E7", "Turn-taking game with one other child, 10 minutes, three times a week.", "Teaching assistant."),
        ]),
    ],
    G=[
        ("b", [
            "Neurosurgical review at the regional neurosurgery centre every 6 months, and urgent review if there are signs of shunt blockage.",
            "Children\u2019s community physiotherapist: visits school once each half term for 1 hour to review Isla\u2019s physiotherapy programme, standing frame and orthoses, and to train the TAs in the programme.",
            "Orthotics service: reviews and replaces her ankle-foot orthoses every 6 months at Kingsmere and District Hospital.",
            "The community children\u2019s nurse will train school staff in recognising the signs of shunt blockage: one 1-hour session in September 2026 for all staff who work with Isla.",
        ]),
    ],
    G_agree=[
        ("h", "Health agreement"),
        "The health provision in Section G was confirmed by Dr Priya Lal, Designated Clinical Officer (DCO), Saxmere and Fens Integrated Care Board (ICB), on 13 July 2026.",
    ],
    H1=[
        "Short breaks: Isla will have 4 hours a week of support from a trained carer at home or in the community, arranged by the Children with Disabilities Team, so that her parents have a break. Adaptations: an occupational therapist from Saxmere County Council will assess the family\u2019s service family accommodation for a ceiling hoist and level-access shower by 30 September 2026, working with the Defence Infrastructure Organisation.",
    ],
    H2=["None required."],
    I=["Welbourne Heath Primary School, a mainstream primary school (Reception class)."],
    J=["Becky and Liam have asked to receive the short breaks support in H1 as a direct payment, so that they can employ a carer they know. This is agreed at \u00a348 a week, paid every 4 weeks."],
    K_intro=["Advice and information gathered during the EHC needs assessment."],
    K=[
        ("Isla\u2019s views (through play)", "Mrs Jo Grey, key person, Little Wings Pre-School", "10 June 2026"),
        ("Parents\u2019 views", "Becky and Liam (parents)", "1 June 2026"),
        ("Educational advice", "Mrs Paula Ward, Manager and SENCo (Special Educational Needs Co-ordinator), Little Wings Pre-School", "28 May 2026"),
        ("Psychological advice", "Dr Tom Ellis, Educational Psychologist, Saxmere Educational Psychology Service", "3 June 2026"),
        ("Medical advice", "Dr Laura Finch, Community Paediatrician, Saxmere Community Health", "22 May 2026"),
        ("Physiotherapy advice", "Ben Clarke, Children\u2019s Physiotherapist, Saxmere Community Health", "26 May 2026"),
        ("Occupational therapy advice", "Sian Morris, Children\u2019s Occupational Therapist, Saxmere Community Health", "27 May 2026"),
        ("Neurosurgery clinic letter", "Consultant Paediatric Neurosurgeon, regional neurosurgery centre", "12 March 2026"),
        ("Orthotics advice", "Orthotist, Orthotics Service, Kingsmere and District Hospital", "20 May 2026"),
        ("Community children\u2019s nursing advice", "Hannah Price, Community Children\u2019s Nurse, Saxmere Community Health", "21 May 2026"),
        ("Speech and language therapy advice", "Amy Chen, Speech and Language Therapist, Saxmere Community Health", "4 June 2026"),
        ("Social care advice", "Karen Bell, Social Worker, Children with Disabilities Team", "19 May 2026"),
    ],
    signoff=["Signed on behalf of Saxmere County Council: Helen Frost, Team Manager, SEND Assessment Team. Date: 17 July 2026."],
)


AF111 = dict(
    id="af111", layout="shaded-heading-table", name="Ruta", parents="her parents",
    front=[
        ("First name", "Ruta"),
        ("Age", "8"),
        ("School year", "Year 3"),
        ("Setting", "St Edmund\u2019s Junior School, Holtham"),
        ("Plan status", "Final plan (new)"),
        ("Last annual review", "Not applicable \u2013 first plan"),
        ("Date this plan was issued", "6 October 2026"),
        ("EHC co-ordinator", "Marek, EHC Co-ordinator, Saxmere Special Educational Needs and Disabilities (SEND) Assessment Team"),
    ],
    A=[
        ("h", "All about me \u2013 what Ruta told us"),
        "Ruta talked with Marek and her class teacher at school on 8 July 2026, using a talking mat with pictures, in English and some Lithuanian. She agreed that these words could go in her plan.",
        ("b", [
            "\u201cI am Ruta. I am 8. I speak Lithuanian at home and English at school.\u201d",
            "\u201cI love drawing horses and doing gymnastics. I can do a cartwheel.\u201d",
            "\u201cMy friend is Amelia. We play families at playtime.\u201d",
            "\u201cSometimes I don\u2019t know what the teacher means, so I copy my friends.\u201d",
            "\u201cI take my tablets when I eat. Some children ask why. I don\u2019t like that.\u201d",
            "\u201cWhen I am big I want to be a vet, or a teacher for little children.\u201d",
        ]),
        ("h", "What Ruta\u2019s parents told us"),
        "Ona and Mindaugas are Ruta\u2019s parents. They came to Saxmere from \u0160iauliai in Lithuania in 2019 for seasonal farm work, and now both work at a salad packhouse near Holtham. They shared their views with the EHC co-ordinator at home on 2 July 2026, with a Lithuanian interpreter.",
        "They said Ruta is a happy, caring girl who loves animals and helps with her baby brother. Her cystic fibrosis was diagnosed at birth through newborn screening. She has physiotherapy twice a day at home and is used to her routine. Her parents noticed that she was slow to talk in Lithuanian as well as English, and they were relieved when the speech and language therapist explained that she has a developmental language disorder, which is not caused by learning two languages. They want school to understand that she may nod when she has not understood. They would like Ruta to have access to Lithuanian Saturday school and to keep her home language. They hope she will read and write well in both languages, keep healthy and have friends.",
        ("h", "What Ruta is good at"),
        ("b", [
            "She is kind and notices when other children are sad.",
            "She is good at drawing and has a strong visual memory: she remembers routines and pictures quickly.",
            "She is physically active and confident in gymnastics and PE.",
            "She is reading at the expected level for single words and enjoys books about animals.",
            "She knows her health routine well and can tell an adult which tablets she takes.",
        ]),
        ("h", "Hopes for the future"),
        "Ruta wants to be a vet or a teacher of young children. Her parents want her to understand her lessons, to be able to explain her ideas, to stay well and to be happy with her friends. The family hope that Ruta will be able to manage her own enzymes and explain her condition to her friends by the time she goes to secondary school.",
    ],
    B=[
        ("h", "Communication and interaction"),
        "Ruta has a developmental language disorder (DLD), diagnosed by the speech and language therapist from Saxmere Community Health in May 2026. This is a lifelong difficulty with understanding and using spoken language. It affects both of her languages. On the CELF-5 (Clinical Evaluation of Language Fundamentals, a standardised language test) her receptive language score is 72 and her expressive language score is 70 (the average range is 85 to 115).",
        ("b", [
            "She finds it hard to follow instructions with more than two parts, and with words about position and time (\u201cbefore\u201d, \u201cunless\u201d, \u201cbetween\u201d).",
            "She has a limited range of vocabulary for school topics and finds it hard to learn and remember new words.",
            "She uses short sentences and often leaves out small grammar words; when she tells a story it can be hard to follow.",
            "She may nod or copy others when she has not understood, so her difficulties can be missed.",
        ]),
        ("h", "Cognition and learning"),
        "Ruta\u2019s non-verbal reasoning is in the average range (educational psychologist\u2019s assessment, June 2026). Her single-word reading is at the expected level, but her reading comprehension is below it, because of her language difficulties. Her writing is short and simple. In maths she can calculate accurately but finds word problems difficult.",
        ("h", "Social, emotional and mental health"),
        "Ruta has a close friend and plays well in pairs, but in larger groups she can be left out of games with complicated rules. She is beginning to notice that she is different: she is self-conscious about taking her enzymes in front of others and has said she feels \u201cstupid\u201d when she gets things wrong.",
    ],
    C=[
        "Ruta has cystic fibrosis (CF), an inherited condition that mainly affects the lungs and digestion. She is well at present and has regular clinic appointments with the CF team at Kingsmere and District Hospital.",
        ("b", [
            "She takes pancreatic enzyme capsules (Creon) with every meal and snack, including at school, and needs reminding.",
            "She needs extra salt and water, especially in hot weather and during PE.",
            "She is at risk of chest infections; school should tell her parents about outbreaks of infection and keep her away from other pupils known to have CF.",
            "Physiotherapy (airway clearance) is done at home, twice daily, and does not need to happen in school.",
        ]),
        "Ruta has no difficulty with her hearing (checked by audiology in April 2026 as part of her speech and language assessment), but she does have the language disorder described in Section B.",
    ],
    D=[
        "Ruta has no social care needs relating to her special educational needs or disability. This was confirmed by the social care advice from the Children with Disabilities Team (screening call with Ona and an interpreter, 30 June 2026). The family have good support from friends in the Lithuanian community in Holtham.",
    ],
    E=[
        ("Communication and interaction", [
            ("E1", "By July 2027, Ruta will follow three-part classroom instructions that include a position or time word (for example \u201cbefore you go out, put your book under the tray\u201d) correctly on 8 out of 10 occasions, checked each half term by the speech and language therapist."),
            ("E2", "By December 2026, Ruta will tell an adult \u201cI don\u2019t understand\u201d or ask a question when she has not understood, at least once in each lesson on 4 out of 5 days, counted by her teaching assistant over one week each half term."),
            ("E3", "By July 2027, Ruta will retell a story about animals in the right order using 5 connected sentences, using \u201cfirst\u201d, \u201cnext\u201d, \u201cthen\u201d and \u201cat the end\u201d, scored against the therapist\u2019s narrative checklist."),
        ]),
        ("Cognition and learning", [
            ("E4", "By July 2027, Ruta will learn and use 10 new topic words each half term, and use at least 8 of them correctly in her own spoken or written sentences at the end of the half term, checked by her class teacher."),
            ("E5", "By July 2027, Ruta will answer 4 out of 5 questions correctly about a short text she has read at her reading level, including one \u201cwhy\u201d question, in her class teacher\u2019s half-termly reading check."),
        ]),
        ("Social, emotional and health", [
            ("E6", "By July 2027, Ruta will ask for and take her enzymes before lunch and snacks without a reminder on 9 out of 10 school days, recorded by her teaching assistant on her enzyme chart."),
            ("E7", "By April 2027, Ruta will explain her CF to her class in her own way (a poster, drawing or short talk) with her teacher and parents, and answer at least two questions from her classmates."),
            ("E8", "By July 2027, Ruta will receive her school swimming certificate for 10 metres, having joined in with the Year 3 swimming lessons with her salt and water plan in place."),
        ]),
    ],
    F=[
        ("Communication and interaction", "Ruta is taught in a Year 3 class of 29 children with a class teacher and a teaching assistant (TA) each morning. In addition:", [
            ("E1, E3", "Speech and language therapy: the speech and language therapist (SLT) will see Ruta on her own on Thursday mornings for 30 minutes, for 6 sessions each term, and then set her targets for the next half term.", "Speech and language therapist, Saxmere Community Health."),
            ("E1, E2, E3", "Language programme set by the SLT, delivered 1:1 three times a week for 20 minutes (Monday, Wednesday, Friday).", "Teaching assistant trained by the SLT, who observes one session each half term."),
            ("E1, E2", "The SLT will train Ruta\u2019s class teacher and TA in supporting children with DLD: one 90-minute session in the autumn term 2026, then a 30-minute catch-up each term.", "Speech and language therapist."),
            ("E1, E2", "Instructions given in short chunks with a visual cue, key words written on the board, and Ruta asked to repeat back what she has to do, in every lesson.", "Class teacher and TA."),
        ]),
        ("Cognition and learning", None, [
            ("E4", "Pre-teaching of 10 topic words each half term, using word maps with pictures, in a group of 3 children, twice a week for 15 minutes.", "Teaching assistant."),
            ("E5", "Guided reading with a focus on understanding and \u201cwhy\u201d questions, in a group of no more than 5, three times a week for 20 minutes.", "Class teacher."),
            ("E4, E5", "Bilingual word lists for each topic sent home each half term so that her parents can talk about the topic in Lithuanian.", "Class teacher, with the school\u2019s Ethnic Minority Achievement Service adviser."),
        ]),
        ("Social, emotional and health", None, [
            ("E6", "A picture reminder card on her lunch box and a 2-minute check with her TA before lunch every day, recorded on her enzyme chart.", "Teaching assistant."),
            ("E7", "Three 20-minute 1:1 sessions in the spring term 2027 to plan and make her poster or talk about CF, with her parents invited to the last one.", "Class teacher."),
            ("E8", "Swimming lessons with her class every Tuesday in the summer term, with a named adult who knows her salt and water plan.", "Teaching assistant."),
            ("E2, E7", "Friendship group in a group of 4, 30 minutes weekly for 6 weeks in the spring term, then review.", "Emotional Literacy Support Assistant (ELSA)."),
        ]),
    ],
    G=[
        ("b", [
            "CF clinic at Kingsmere and District Hospital every 3 months, with the consultant paediatrician, CF nurse specialist, physiotherapist and dietitian, and an annual review at the regional CF centre each spring.",
            "The CF nurse specialist will write Ruta\u2019s Individual Healthcare Plan (IHCP) and visit school each September for 1 hour to train the class teacher, TA and lunchtime staff in giving enzymes, salt and fluids and in infection control; she will update the IHCP each year or sooner if her treatment changes.",
            "The CF dietitian will review her enzyme doses at every clinic and write any change in the IHCP within one week.",
            "Enzymes are prescribed by the CF team and supplied by her parents; school keeps a supply in the office, checked by the TA each Friday.",
        ]),
    ],
    G_agree=[
        ("h", "Health agreement"),
        "Reviewed and supported by Dr Priya Lal, Designated Clinical Officer (DCO), Saxmere and Fens Integrated Care Board (ICB), 29 September 2026.",
    ],
    H1=["No provision is required under section 2 of the Chronically Sick and Disabled Persons Act 1970 (social care screening, 30 June 2026). The family were given information in Lithuanian about the Saxmere Local Offer and the short breaks activity scheme, and know they can ask for an assessment."],
    H2=["None required. The family have been told about the Saxmere Early Help Hub."],
    I=["St Edmund\u2019s Junior School, Holtham \u2013 a mainstream junior school (Years 3 to 6)."],
    J=["No personal budget has been requested."],
    K_intro=["The following advice was gathered during the EHC needs assessment. Copies are held by Saxmere SEND Assessment Team and were sent to Ruta\u2019s parents."],
    K=[
        ("Ruta\u2019s views", "Ruta, with Marek (EHC Co-ordinator) and her class teacher, using a talking mat", "8 July 2026"),
        ("Parents\u2019 views", "Ona and Mindaugas (parents), with a Lithuanian interpreter", "2 July 2026"),
        ("Educational advice", "Mrs Lorna Pike, SENCo (Special Educational Needs Co-ordinator), St Edmund\u2019s Junior School", "25 June 2026"),
        ("Psychological advice", "Dr Fiona Grant, Educational Psychologist, Saxmere Educational Psychology Service", "16 June 2026"),
        ("Medical advice", "Dr Samuel Okafor, Consultant Respiratory Paediatrician, Kingsmere and District Hospital", "11 June 2026"),
        ("CF nursing and dietetic advice", "Lucy Bright, CF Nurse Specialist, and Tom Reyes, CF Dietitian, Kingsmere and District Hospital", "11 June 2026"),
        ("Speech and language therapy advice", "Amy Chen, Speech and Language Therapist, Saxmere Community Health", "20 May 2026"),
        ("Social care advice", "Priya Shah, Social Work Practitioner, Children with Disabilities Team", "30 June 2026"),
    ],
    signoff=["Signed on behalf of Saxmere County Council: Helen Frost, Team Manager, SEND Assessment Team. Date: 6 October 2026."],
)

PLANS = [AF102, AF105, AF108, AF111]
