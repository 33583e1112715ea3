"""Plan content j201-j206 (fictional, anonymised)."""

# ----------------------------------------------------------------------------- j201
J201 = dict(
    file="j201.docx",
    layout="heading2-numbered",
    fill="DEEAF6",
    front=[
        ("Name", "Rhys"),
        ("Age", "17"),
        ("NC year", "Year 13 (second year at college)"),
        ("Education phase", "Post-16 further education"),
        ("Date of plan", "14.10.2026"),
        ("Last reviewed", "30.09.2026 (annual review)"),
        ("Setting", "Riverside College, Foundation Studies"),
        ("Plan co-ordinator", "Gemma Hall, SEND Officer"),
    ],
    sections={
        "A": [
            ("h", "A1 About Rhys"),
            ("p", "Rhys is 17 and lives with his mum and his younger sister. He was diagnosed with autism "
                  "spectrum condition (ASC) when he was 9. Rhys finds busy places very hard to cope with and "
                  "often refuses to go into lessons. His attendance at secondary school was poor and he left "
                  "Year 11 with few qualifications. He has not made friends at college and spends most evenings "
                  "alone in his room on his computer."),
            ("h", "A2 What Rhys says"),
            ("p", "Rhys did not come to the review meeting and did not want to fill in the 'All about me' form."),
            ("h", "A3 What Rhys's family says"),
            ("p", "Mum says Rhys gets very anxious about college and she is worried he will drop out. His anxiety "
                  "is worst in the mornings and some days he will not get on the bus. He gets angry at home when "
                  "he is asked to do jobs, and he will not go to the shops on his own."),
            ("p", "Mum hopes Rhys will pass his Level 1 IT (information technology) course this year and go on to "
                  "the Level 2 course next September. In the longer term she would like him to get a job working "
                  "with computers."),
            ("h", "A4 What college says"),
            ("p", "His personal tutor reports that Rhys is often late, does not finish his work and becomes "
                  "agitated when he is asked to work in a group. He rarely speaks in class and does not ask for help."),
        ],
        "B": [
            ("p", "Rhys's needs are set out under the four broad areas of need."),
            ("h", "B1 Communication and interaction"),
            ("table", ["What Rhys finds difficult", "What helps Rhys"], [[
                "Rhys has significant difficulties with social communication. He does not start conversations "
                "with staff or students and gives one-word answers. He does not ask for help, even when he is "
                "stuck. He takes comments literally and misreads jokes, which has led to arguments with other students.",
                "Short, clear instructions. A written list of tasks. Warning before any change to his timetable."]]),
            ("h", "B2 Cognition and learning"),
            ("table", ["What Rhys finds difficult", "What helps Rhys"], [[
                "Rhys's reading and writing were assessed at Entry Level 3 in September 2026, well below what is "
                "expected at his age. He has gaps in basic maths, especially fractions and percentages. He is very "
                "disorganised, loses handouts and misses deadlines. He cannot start a task without an adult prompting him.",
                "Tasks broken into small steps. A checklist on his desk. Deadlines written in his planner."]]),
            ("h", "B3 Social, emotional and mental health"),
            ("table", ["What Rhys finds difficult", "What helps Rhys"], [[
                "Rhys has high levels of anxiety, especially in the mornings and in crowded places. When he is "
                "anxious he walks out of the classroom, and sometimes out of the building, or he shuts down and "
                "will not speak. He has low self-esteem and often calls himself 'useless'. He has no friends at college.",
                "A quiet space he can go to. One named adult. Time to calm down before anyone talks to him."]]),
            ("h", "B4 Sensory and physical"),
            ("table", ["What Rhys finds difficult", "What helps Rhys"], [[
                "Rhys is very sensitive to noise and strong smells. He finds the college canteen overwhelming and "
                "does not eat at college. He is often tired and hungry by the afternoon, which makes his behaviour worse.",
                "Ear defenders. Eating lunch in a quiet area."]]),
        ],
        "C": [
            ("p", "Health information has been requested from Rhys's GP (family doctor) and will be added to this "
                  "plan when it is received."),
        ],
        "D": [
            ("p", "Rhys lives at home with his mum and sister. The Children with Disabilities Team completed a social "
                  "care assessment in June 2026. It found that Rhys does not have eligible social care needs at "
                  "present: his mum meets his care needs at home. The family were given information about the local "
                  "autism parent support group and the Early Help service but did not want a referral. Planning for "
                  "Adult Social Care when Rhys turns 18 will be discussed at his next review."),
        ],
        "E": [
            ("p", "These outcomes are for the end of Rhys's second year at college (July 2027), with steps along the way."),
            ("ol", [
                "By July 2027, Rhys will complete all 9 units of his Level 1 Certificate in IT, as shown on the "
                "college tracking system.",
                "By July 2027, Rhys will pass Functional Skills English at Entry Level 3 and Functional Skills maths "
                "at Level 1 (exam results).",
                "By Easter 2027, Rhys will attend at least 90% of his timetabled sessions each half-term, as shown "
                "on the college register.",
                "By Easter 2027, when he feels anxious, Rhys will show his exit card and go to the agreed quiet room, "
                "instead of leaving the building, on 4 out of 5 occasions (recorded by his Learning Support Practitioner).",
                "By July 2027, Rhys will hand in 8 out of 10 assignments by the deadline written in his planner "
                "(personal tutor's record).",
            ]),
        ],
        "F": [
            ("h", "F1 Communication and interaction"),
            ("ul", [
                "Social communication group: Rhys will be taught social communication skills in a group of no more "
                "than 5 students, 45 minutes, weekly (Tuesday afternoons), September 2026 - July 2027. The group is "
                "led by the college's Specialist Autism Practitioner.",
                "All of Rhys's tutors will give instructions in short spoken steps and put a written task list on "
                "his desk at the start of every session. The college SEN (special educational needs) team will "
                "brief each tutor on this within 2 weeks of the start of each unit.",
            ]),
            ("h", "F2 Cognition and learning"),
            ("ul", [
                "Functional Skills English and maths, taught in a group of no more than 8 students, 3x per week, "
                "1 hour each session, by qualified Functional Skills tutors.",
                "In-class support in all IT practical sessions (9 hours a week) from a Learning Support "
                "Practitioner (LSP), ratio 1:3, to help Rhys break tasks into steps and write deadlines in his planner.",
                "A planner check with his personal tutor, 1:1, 20 minutes, every Monday morning.",
            ]),
            ("h", "F3 Social, emotional and mental health"),
            ("ul", [
                "A named LSP will meet Rhys each morning on arrival (10 minutes, 1:1) to go through his day.",
                "Rhys will have an exit card, and Room L12 will be kept free as his quiet room during all of his "
                "timetabled sessions. His personal tutor told all his teaching staff about this by 01.10.2026.",
                "1:1 sessions with the college counsellor, fortnightly, 30 mins, for a block of 12 sessions "
                "starting in Jan '27.",
            ]),
            ("h", "F4 Sensory and physical"),
            ("ul", [
                "Noise-reducing ear defenders, bought by the college SEN team, who will replace them if they break.",
                "Rhys will eat lunch in the library quiet area every lunchtime. An LSP is on duty in the area "
                "throughout lunch.",
            ]),
        ],
        "G": [("p", "None at this time.")],
        "H1": [("p", "None.")],
        "H2": [("p", "None. See Section D: no eligible social care needs were found and the family did not want "
                     "an Early Help referral.")],
        "I": [("p", "Riverside College (general further education college), Foundation Studies department. "
                    "Full-time study programme, September 2026 - July 2027.")],
        "J": [("p", "No personal budget has been requested.")],
        "K": [
            ("table", ["Advice and information", "Given by", "Date"], [
                ["Parent's views (advice form)", "Rhys's mum", "04.09.2026"],
                ["Educational advice", "Sarah Carr, Curriculum Manager, Foundation Studies, Riverside College", "12.09.2026"],
                ["Psychological advice", "Dr Tom Reay, Educational Psychologist", "21.08.2026"],
                ["Social care advice", "Paula Greig, Social Worker, Children with Disabilities Team", "16.06.2026"],
                ["Preparing for adulthood advice", "Lee Brown, Careers Adviser", "08.09.2026"],
                ["Annual review report", "Sarah Carr, Riverside College", "30.09.2026"],
            ]),
        ],
    },
)

# ----------------------------------------------------------------------------- j202
J202 = dict(
    file="j202.docx",
    layout="letter-column",
    fill="FCE4D6",
    front=[
        ("Name", "Isla"),
        ("Age", "3 years 5 months"),
        ("Education phase", "Early years"),
        ("Setting", "Little Acorns Nursery (private nursery)"),
        ("Date of plan", "09.10.2026 (final plan issued)"),
        ("Last reviewed", "Not yet reviewed - first review due by April 2027"),
        ("Plan co-ordinator", "Sam Reed, SEND Officer"),
    ],
    titles={
        "A": "Views, interests and aspirations of Isla and her family",
        "B": "Isla's special educational needs",
        "C": "Isla's health needs",
        "D": "Isla's social care needs",
        "E": "Outcomes for Isla",
        "F": "Special educational provision",
    },
    sections={
        "A": [
            ("h", "What Isla tells us through play and signs"),
            ("p", "Isla is 3. She uses a few Makaton signs (signs and symbols used alongside speech) and is beginning "
                  "to say single words. Her key person at nursery, Jo, played with Isla during September 2026 and wrote "
                  "down what Isla showed her."),
            ("ul", [
                "Isla loves bubbles, the water tray and the song 'Row, Row, Row Your Boat'. She signs 'more' and laughs "
                "when Jo stops and waits for her.",
                "She brings her shoes to Jo when she wants to go outside.",
                "She shows she is happy by clapping and bringing you a toy to share, and shows she has had enough by "
                "signing 'finished' or sitting down on the floor.",
                "She does not like the noise of the hand dryer, or being hurried from one activity to the next.",
            ]),
            ("h", "What Isla is good at"),
            ("p", "Isla is sociable, affectionate and determined. She copies what other children do, walks all around "
                  "the nursery and feeds herself finger foods."),
            ("h", "What Mum and Dad say"),
            ("p", "\"Isla is a happy girl who makes everyone smile. This year we hope she starts to talk to us in short "
                  "phrases and learns to feed herself. In the future we want her to go to the same primary school as "
                  "her brother Leo, to have friends and to be as independent as she can be.\""),
        ],
        "B": [
            ("p", "Isla has Down syndrome. Her needs are set out under the four broad areas."),
            ("h", "Communication and interaction"),
            ("table", ["What Isla finds difficult", "What helps Isla"], [[
                "Isla understands familiar words when they come with a sign, such as 'coat' and 'drink'. Her "
                "understanding is like that of a child of about 15-18 months. She uses about 15 Makaton signs and 5 "
                "spoken words.",
                "Adults signing as they speak. Objects of reference (a cup for drink time). Time to respond."]]),
            ("h", "Cognition and learning"),
            ("table", ["What Isla finds difficult", "What helps Isla"], [[
                "Isla is working within the 8-20 months range in most areas of the Early Years Foundation Stage "
                "(EYFS). She concentrates on an adult-led activity for about 2 minutes.",
                "Short, repeated activities. The same routine each day. Songs and play."]]),
            ("h", "Social, emotional and mental health"),
            ("table", ["What Isla finds difficult", "What helps Isla"], [[
                "Isla finds changes between activities hard. She plays alongside other children but does not yet take turns.",
                "A now-and-next board with photos. An adult showing her how to take turns."]]),
            ("h", "Sensory and physical"),
            ("table", ["What Isla finds difficult", "What helps Isla"], [[
                "Isla has low muscle tone (hypotonia), so she tires quickly and falls more often than other children. "
                "Climbing steps and using a spoon are hard. She is not yet toilet trained.",
                "A supportive chair. Short bursts of physical play. A toileting routine with photos."]]),
        ],
        "C": [
            ("p", "Isla has Down syndrome."),
            ("ul", [
                "Muscle tone and movement: Isla has hypotonia. She is seen by the NHS Children's Physiotherapy "
                "service, who plan her movement programme.",
                "Hearing: Isla had glue ear (fluid behind the eardrum) and grommets (tiny tubes) were put in her "
                "ears in March 2026. Her hearing in July 2026 was within the normal range, but glue ear can come "
                "back, so her hearing is checked every 6 months.",
                "General health: Isla sees a community paediatrician (a children's doctor) every 6 months. She has "
                "no heart condition.",
            ]),
        ],
        "D": [
            ("p", "Isla lives with Mum, Dad and Leo, who is 6. Isla's grandparents help the family a lot. "
                  "A social worker from the Children with Disabilities Team met the family in August 2026 and found "
                  "that Isla has no social care needs at present. The family were given information about short "
                  "break activities on the Local Offer and about the Down syndrome family group, which they already go to."),
        ],
        "E": [
            ("p", "Because Isla is under 5, her plan will be reviewed every 6 months."),
            ("ol", [
                "Talking: By Easter 2027, Isla will use 30 signs or words to ask for things and to tell us about "
                "things, for example 'more bubbles' (her key person keeps a list of her words and signs).",
                "Understanding: By July 2027, Isla will follow an instruction with two parts, such as 'get your coat "
                "and sit on the mat', with signs, on 4 out of 5 tries (key person's notes).",
                "Playing with others: By Easter 2027, Isla will take 3 turns with another child in a simple game, "
                "such as rolling a ball, once a week for 4 weeks in a row (key person's observations).",
                "Looking after herself: By July 2027, Isla will feed herself a whole nursery lunch with a spoon, with "
                "no more than 2 reminders, on 4 days out of 5 (lunch record).",
                "Toileting: By July 2027, Isla will sit on the toilet when taken at the set times, every day she is "
                "at nursery for 4 weeks in a row (toileting chart).",
                "Moving: By July 2027, Isla will climb the 4 steps to the small slide on her own, holding the "
                "handrail, 3 times in a session (physiotherapy record).",
            ]),
        ],
        "F": [
            ("table", ["Support", "Amount", "Provided by"], [
                ["A named practitioner works with Isla to carry out her programmes and keep her safe",
                 "1:1, all 15 hours she attends (Monday to Wednesday, 8.30am - 1.30pm)",
                 "Named practitioner (Level 3 early years qualified)"],
                ["Speech and language therapy: assessment, targets and showing staff the activities", "A visit once each half-term, 1 hour", "Speech and Language Therapist (SALT), "
                 "Children's Speech and Language Therapy Service"],
                ["Communication session using Isla's targets, signs and picture books",
                 "1:1, x2 daily, 10 minutes each (morning and after lunch)", "Key person (Makaton Foundation trained, "
                 "September 2026)"],
                ["Makaton training for all staff in Isla's room", "One 2-hour session by 30.11.2026, then a half-day "
                 "refresher in Jan '27", "Early Years SEND Advisory Teacher"],
                ["Play group to practise turn-taking and copying, with cause-and-effect toys and songs",
                 "Daily, 15 minutes, group of no more than 3 children", "Key person or room leader (Level 3 qualified)"],
                ["Now-and-next board and photo timetable for the nursery day", "Used at every change of activity; "
                 "made and changed each week by the key person", "Key person"],
                ["Spoon-feeding practice with an angled bowl and a chunky spoon", "1:1, every lunchtime", "Named practitioner"],
                ["Toileting routine with a photo sequence", "At least 4 times a day, at set times", "Named practitioner"],
                ["Visits to check Isla's progress, advise staff and plan her move to school", "Once a term, 1.5 hours",
                 "Early Years SEND Advisory Teacher"],
            ]),
            ("p", "May 2027: the Early Years SEND Advisory Teacher will hold a transition meeting with Isla's parents, "
                  "the nursery and the special educational needs co-ordinator (SENCo) of her new school. Isla will then "
                  "have 3 visits, each of an hour, to her new Reception class in June and July 2027, with her key person."),
        ],
        "G": [
            ("table", ["Health provision", "How often", "Provided by"], [
                ["Hearing test and check of grommets", "Every 6 months (next due January 2027)",
                 "Paediatric Audiologist, Children's Hearing Clinic"],
                ["Review of Isla's development and general health", "Every 6 months, 30 minutes (next due March 2027)",
                 "Dr Patel, Community Paediatrician"],
                ["Physiotherapy visit to nursery to update Isla's movement programme with her key person",
                 "Once every half-term, 45 minutes", "Children's Physiotherapist, NHS Children's Physiotherapy"],
                ["Movement programme (stepping, climbing and balance games)",
                 "x2 daily, 10 minutes each", "Key person, trained by the physiotherapist"],
                ["A supportive chair with a foot block for table activities", "Supplied in September 2026; size "
                 "checked at each physiotherapy visit", "NHS Children's Physiotherapy"],
            ]),
            ("p", "The health provision in Section G has been agreed by Dr Ayesha Rahman, Designated Clinical Officer "
                  "(DCO), on 02.10.2026."),
        ],
        "H1": [("p", "None. Isla's parents know how to ask the Children with Disabilities Team to look at short breaks "
                     "again if her needs change.")],
        "H2": [("p", "None at present (see Section D).")],
        "I": [("p", "Little Acorns Nursery (private early years setting), until August 2027. Isla is expected to start "
                    "in a mainstream Reception class in September 2027. The school will be named in this plan after "
                    "the review in spring 2027.")],
        "J": [("p", "Not requested.")],
        "K": [
            ("table", ["Advice", "From", "Date"], [
                ["Parents' views", "Mum and Dad", "28.08.2026"],
                ["Isla's views, gathered through play and observation", "Jo Lambert, key person, Little Acorns Nursery", "18.09.2026"],
                ["Educational advice", "Claire Moss, Early Years SEND Advisory Teacher, with the nursery manager", "10.09.2026"],
                ["Psychological advice", "Dr Hannah Li, Educational Psychologist", "02.09.2026"],
                ["Medical advice", "Dr Patel, Community Paediatrician", "20.08.2026"],
                ["Speech and language therapy advice", "Megan Hall, Speech and Language Therapist", "25.08.2026"],
                ["Physiotherapy advice", "Amy Shaw, Children's Physiotherapist", "22.08.2026"],
                ["Audiology report", "Rachel Burn, Paediatric Audiologist", "14.07.2026"],
                ["Social care advice", "Mark Nolan, Social Worker, Children with Disabilities Team", "27.08.2026"],
            ]),
        ],
    },
)

# ----------------------------------------------------------------------------- j203
J203 = dict(
    file="j203.docx",
    layout="shaded-heading-table",
    fill="C6E0B4",
    sht_format="SECTION {sec}  |  {title}",
    front=[
        ("Name", "Joe"),
        ("Age", "19"),
        ("Education phase", "Post-19, specialist further education"),
        ("Date of plan", "27.07.2026"),
        ("Last reviewed", "24.06.2026"),
        ("Setting", "Northgate Specialist College (day student)"),
        ("SEND Officer", "Craig Wilson"),
    ],
    sections={
        "A": [
            ("h", "How we found out what Joe thinks"),
            ("p", "Joe uses some single words, Makaton signs (signs used with speech) and a communication book. His "
                  "key worker at college, Lisa, used Talking Mats (a picture-based way of sharing views) with Joe in "
                  "two sessions in May 2026, and Joe sorted pictures into 'like', 'not sure' and 'don't like'."),
            ("h", "What Joe likes and is good at"),
            ("ul", [
                "Buses and the Metro. Joe knows every bus that goes past college.",
                "Music, especially ABBA, and swimming on Saturdays with his dad.",
                "Helping in the college café. He puts out the cups and wipes the tables without being asked.",
                "Joe is friendly and polite, with a very good memory for routes and routines.",
            ]),
            ("h", "What Joe does not like"),
            ("ul", ["Waiting, especially when he does not know how long for.",
                    "Noisy rooms with lots of people.",
                    "Being rushed in the morning."]),
            ("h", "Joe's hopes"),
            ("p", "When Lisa showed Joe photos of things he could do after college, Joe chose the café and the bus. "
                  "He said 'work café' and signed 'bus'. He pointed to a photo of a flat and said 'Joe house'."),
            ("h", "What Mum and Dad say"),
            ("p", "\"We want Joe to have a job, even a few hours a week, where people know him. When college finishes "
                  "we want him to go somewhere with his friends in the day, not sit at home. One day we would like "
                  "him to live in supported living near us, with people he gets on with. And we want him to be safe, "
                  "especially with his seizures.\""),
        ],
        "B": [
            ("h", "Communication and interaction"),
            ("table", ["What Joe finds difficult", "What helps Joe"], [[
                "Joe understands short sentences with one or two key words. He says about 50 single words, which "
                "people who know him understand. He finds it hard to tell people when something is wrong or when "
                "he needs help.",
                "Staff using Makaton and his communication book. Giving him time to answer. Photos and symbols."]]),
            ("h", "Cognition and learning"),
            ("table", ["What Joe finds difficult", "What helps Joe"], [[
                "Joe is working at Entry Level 1 (a beginning level of adult qualifications). He recognises about "
                "20 familiar words, such as 'toilet', 'exit' and 'café'. He can count to 10 and match coins, but "
                "cannot yet work out how much to pay.",
                "Learning in real places, such as shops and the café. Lots of repetition. One step at a time."]]),
            ("h", "Social, emotional and mental health"),
            ("table", ["What Joe finds difficult", "What helps Joe"], [[
                "Joe is usually cheerful. He becomes anxious when his routine changes without warning, and when he "
                "is very anxious he bites his hand.",
                "A visual timetable. Being told about changes early, using his 'change' card. A quiet space."]]),
            ("h", "Sensory and physical"),
            ("table", ["What Joe finds difficult", "What helps Joe"], [[
                "Joe walks well and can use his hands for most tasks. He finds noisy rooms hard. After a seizure "
                "he is very tired and needs to sleep.",
                "A quieter room for lunch. Time to rest after a seizure."]]),
        ],
        "C": [
            ("h", "Epilepsy"),
            ("p", "Joe has epilepsy. He has tonic-clonic seizures (where he loses consciousness and his body stiffens "
                  "and jerks), about 2 or 3 times a month, and more often when he is tired or unwell. He takes "
                  "anti-epilepsy medication twice a day, given at home. He has rescue medication (buccal midazolam, "
                  "given inside the cheek) for any seizure that lasts more than 5 minutes. After a seizure he sleeps "
                  "for 1 to 2 hours. He is under the Adult Neurology Clinic at Northgate General Hospital."),
            ("h", "Weight and healthy lifestyle"),
            ("p", "At his annual health check in April 2026, Joe's GP (family doctor) found that his weight has gone "
                  "up over the last year and his body mass index is 31, which is in the obese range. The GP advised "
                  "healthier food choices and more exercise."),
        ],
        "D": [
            ("p", "Joe lives with his mum, dad and younger sister. Adult Social Care completed a Care Act assessment "
                  "on 03.03.2026. It found that Joe has eligible needs: he needs prompting and help with personal "
                  "care, he cannot be left alone because of his epilepsy, and he needs support to take part in "
                  "activities in the community. His parents, his main carers, need breaks from caring."),
        ],
        "E": [
            ("p", "Joe's outcomes are linked to the four Preparing for Adulthood areas: employment, independent "
                  "living, friends and community, and good health."),
            ("table", ["Preparing for Adulthood area", "Outcome"], [
                ["Employment", "By July 2027, Joe will work in the college café for 2 hours every Wednesday, taking "
                 "orders from at least 5 customers a shift using his communication book (café supervisor's record)."],
                ["Independent living", "By July 2027, Joe will make a sandwich and a hot drink in the training flat "
                 "with no more than 2 spoken prompts, on 3 weeks in a row (tutor's weekly record)."],
                ["Friends and community", "By Easter 2027, Joe will order and pay for a drink in a town centre café "
                 "using his prepaid card, on 3 visits in a row (Learning Support Practitioner's record)."],
                ["Good health", "By July 2027, Joe will choose a healthy lunch (from the 'green' choices on the "
                 "college menu) on 4 days out of 5, recorded in his food diary."],
                ["Communication", "By Easter 2027, Joe will use his communication book to ask for help, without "
                 "being prompted, on 4 out of 5 occasions recorded by staff."],
            ]),
        ],
        "F": [
            ("p", "Joe attends Northgate Specialist College 5 days a week. The college will provide:"),
            ("table", ["Support", "Amount", "Provided by"], [
                ["Teaching in a class group of 6 students with a tutor and 2 Learning Support Practitioners (LSPs)",
                 "5 days a week, 9.30am - 3.00pm, ratio 1:3", "Class tutor (qualified teacher) and LSPs"],
                ["Makaton signs and Joe's communication book used in every session; all staff in Joe's class hold "
                 "Makaton Level 2", "Every session", "Class tutor and LSPs"],
                ["Work experience in the college café", "2 hours, weekly (Wednesdays), 1:1 at first, with the Job "
                 "coach stepping back as Joe learns each task", "Job coach"],
                ["Cookery in the training flat", "2x per week, 1 hour, group of 3", "Independent living tutor"],
                ["Community visits to practise choosing, ordering and paying", "Weekly, half a day, ratio 1:2", "LSPs"],
                ["Reading and money skills (familiar words, matching coins, paying with a card)",
                 "3x per week, 45 minutes, in his class group of 6", "Class tutor"],
                ["Visual timetable and 'change' card, gone through with Joe", "Each morning on arrival", "Joe's key worker"],
                ["A quiet room for lunch", "Every lunchtime", "LSPs"],
            ]),
        ],
        "G": [
            ("table", ["Health provision", "How often / how long", "Provided by"], [
                ["Healthy lifestyle sessions at college (food choices, portion sizes, exercise), and an update of "
                 "Joe's health action plan each term", "45 minutes, fortnightly, September 2026 - July 2027",
                 "Community learning disability nurse, Learning Disability Nursing Team"],
                ["Annual health check, including weight and blood pressure", "Once a year, each April", "Joe's GP"],
                ["Speech and language therapy: 1:1 therapy to teach Joe to use his communication book to ask for "
                 "help and make choices; the therapist sets targets for college staff", "30 minutes, weekly, in term time",
                 "Speech and language therapist (SLT), college therapy team"],
            ]),
        ],
        "H1": [("p", "Joe is over 18, so his social care support is provided under the Care Act 2014 and is set out in H2.")],
        "H2": [
            ("ul", [
                "Shared Lives short breaks: one weekend a month (Friday 5pm to Sunday 5pm) with a Shared Lives carer, "
                "arranged by Adult Social Care.",
                "A personal assistant (PA), 6 hours a week on Saturdays, for swimming and community activities, paid "
                "for by a direct payment (see Section J).",
            ]),
        ],
        "I": [("p", "Northgate Specialist College (independent specialist post-16 institution), day placement. Joe is "
                    "in the second year of a three-year programme (September 2025 - July 2028).")],
        "J": [("p", "Direct payment from Adult Social Care of £97.80 a week for 6 hours of personal assistant support "
                    "(see H2). There is no personal budget for the education provision.")],
        "K": [
            ("table", ["Advice and information", "Given by", "Date"], [
                ["Joe's views (Talking Mats)", "Lisa Grant, key worker, Northgate Specialist College", "14.05.2026"],
                ["Parents' views", "Joe's mum and dad", "20.05.2026"],
                ["Educational advice", "Paul Dixon, Course Leader, Northgate Specialist College", "05.06.2026"],
                ["Psychological advice", "Dr Hannah Li, Educational Psychologist", "11.05.2026"],
                ["Health advice: annual health check summary", "Dr Fenwick, GP", "14.04.2026"],
                ["Epilepsy clinic letter", "Dr Akhtar, Consultant Neurologist, Adult Neurology Clinic", "20.03.2026"],
                ["Speech and language therapy report", "Beth Ord, Speech and Language Therapist", "02.05.2026"],
                ["Social care advice (Care Act assessment)", "Gary Moore, Social Worker, Adult Social Care", "03.03.2026"],
                ["Preparing for adulthood advice", "Lee Brown, Careers Adviser", "10.05.2026"],
            ]),
        ],
    },
)

# ----------------------------------------------------------------------------- j204
J204 = dict(
    file="j204.docx",
    layout="heading2-numbered",
    fill="E2EFDA",
    front=[
        ("Name", "Kai"),
        ("Age", "15"),
        ("NC year", "Year 10"),
        ("Education phase", "Secondary (Key Stage 4)"),
        ("Legal status", "Looked after by Northgate City Council (care order)"),
        ("Date of plan", "02.11.2026"),
        ("Last reviewed", "06.10.2026 (annual review)"),
        ("School", "Westfield Academy"),
    ],
    sections={
        "A": [
            ("h", "A1 All about me"),
            ("p", "Kai wrote this with his key adult, Mr Okafor, on 14.09.2026."),
            ("p", "\"I'm Kai and I'm 15. I live with my foster carers, Dave and Sue, and their dog Bruno. It's the best "
                  "place I've lived. I'm good at football, fixing bikes and mental maths. I don't like it when teachers "
                  "shout, or when I have to read out loud. What helps me: being told what's happening, sitting near "
                  "the door, and a break when I'm getting wound up.\""),
            ("p", "\"When I leave school I want to do motor vehicle at college and get a Saturday job at the bike shop. "
                  "One day I want my own garage.\""),
            ("h", "A2 What Kai's foster carers and mum say"),
            ("p", "Dave and Sue say Kai has come on a lot since he moved in with them in January 2024. He is kind, funny "
                  "and brilliant with younger children, but still gets angry quickly when he feels treated unfairly. "
                  "They want him to get his maths and English, go to college, and learn to cook and manage money before "
                  "he is 18."),
            ("p", "Kai's mum told his social worker on 18.09.2026 that she wants him to 'stick at school and get to "
                  "college'."),
        ],
        "B": [
            ("h", "B1 Communication and interaction"),
            ("table", ["What Kai finds difficult", "What helps Kai"], [[
                "Kai talks confidently with people he trusts but finds long spoken instructions hard to follow.",
                "Instructions one or two at a time, written on the board. A calm voice."]]),
            ("h", "B2 Cognition and learning"),
            ("table", ["What Kai finds difficult", "What helps Kai"], [[
                "Kai is strong at mental maths and working at GCSE grade 3. His reading age is 11 years "
                "(September 2026), so long texts and exam questions are hard.",
                "Text broken into short chunks. Writing frames."]]),
            ("h", "B3 Social, emotional and mental health"),
            ("table", ["What Kai finds difficult", "What helps Kai"], [[
                "Kai came into care aged 10 and finds it hard to trust adults. When he feels treated unfairly he can "
                "walk out of lessons. He has ADHD (attention deficit hyperactivity disorder) and finds it hard to "
                "concentrate for more than 10-15 minutes.",
                "A trusted key adult. A time-out card and a place to calm down. Tasks in short steps."]]),
            ("h", "B4 Sensory and physical"),
            ("table", ["What Kai finds difficult", "What helps Kai"], [[
                "Kai is restless and finds sitting through a lesson hard. He has no problems with his mobility and "
                "plays football for the school team.",
                "Short movement breaks."]]),
        ],
        "C": [
            ("p", "Kai has ADHD, diagnosed in 2022 by his community paediatrician (a children's doctor). He takes ADHD "
                  "medication (methylphenidate) each morning, which lowers his appetite at lunchtime. He finds it hard "
                  "to get to sleep. Because of his early experiences he has symptoms of trauma, and he has started "
                  "trauma-focused work with CAMHS (Child and Adolescent Mental Health Services). His yearly Review "
                  "Health Assessment (04.09.2026) found him healthy and growing well."),
        ],
        "D": [
            ("p", "Kai has been looked after under a care order since 2021 and has lived with Dave and Sue in a long-term "
                  "foster placement since January 2024. His care plan is reviewed every 6 months by an Independent "
                  "Reviewing Officer (IRO), most recently on 15.09.2026. His social care needs are a stable home, safe "
                  "family time with his mum, trusted adults, and help to build skills for living on his own."),
            ("p", "His social worker, Anna Bell, gave advice and came to his review. Kai's Personal "
                  "Education Plan (PEP) is reviewed each term with the Virtual School (the council's team for children "
                  "in care). The targets in his PEP of 22.09.2026 are the same as the steps "
                  "towards the outcomes in Section E, and the Virtual School funds his reading tuition in Section F."),
        ],
        "E": [
            ("h", "E1 Employment and education"),
            ("ol", [
                "By July 2027, Kai will gain a grade 4 in GCSE maths in his Year 10 summer mock exam.",
                "By July 2027, Kai will be awarded the Level 1 Certificate in Motor Vehicle Studies.",
                "By Easter 2027, Kai will complete a week of work experience at a vehicle repair workshop and get a "
                "'good' or better score on the employer's feedback form.",
                "By July 2027, Kai's reading age will rise from 11 years to at least 12 years 6 months on the school's "
                "reading test.",
            ]),
            ("h", "E2 Independent living"),
            ("ol", ["By July 2027, Kai will plan, shop for and cook one meal a month for the household from March 2027, "
                    "with Sue checking (independence log)."]),
            ("h", "E3 Friends and community"),
            ("ol", ["By July 2027, Kai will go to a club he has chosen outside school, such as boxing, at least 3 weeks "
                    "in every 4 (foster carers' record)."]),
            ("h", "E4 Good health"),
            ("ol", [
                "By July 2027, when he feels angry at school, Kai will use his time-out card instead of walking out, on "
                "9 out of 10 occasions (school behaviour log).",
                "By March 2027, Kai will be in bed with lights out by 10.30pm and eat breakfast on at least 5 days out "
                "of 7 (foster carers' record).",
            ]),
        ],
        "F": [
            ("h", "F1 Communication and interaction"),
            ("ul", ["Subject teachers give instructions one or two at a time, with key steps written on the board, in "
                    "every lesson. The special educational needs co-ordinator (SENCo) briefs Kai's teachers on this "
                    "at the start of each term."]),
            ("h", "F2 Cognition and learning"),
            ("ul", [
                "Reading: a 1:1 structured reading programme with a trained Higher Level Teaching Assistant (HLTA), "
                "3x per week, 20 minutes each, September 2026 - Easter 2027, funded by the Virtual School.",
                "Maths: group of no more than 5 pupils, 45 minutes, weekly, with a maths teacher.",
                "Motor Vehicle Level 1 course at Northgate Training Centre, half a day a week (Wednesday afternoons), "
                "group of 8, with a qualified vehicle instructor.",
                "In all tests and mock exams Kai has a reader and 25% extra time; the SENCo applies for these and the "
                "exams officer arranges them.",
                "Work experience: one week (w/c 8 Feb 2027), arranged by the school's careers lead.",
            ]),
            ("h", "F3 Social, emotional and mental health"),
            ("ul", [
                "Mr Okafor (Pastoral Manager) meets Kai each morning on arrival, 10 minutes, 1:1.",
                "Time-out card: Kai can go to the Learning Base, where a teaching assistant is on duty every lesson, for no more than 10 minutes.",
                "1:1 sessions with a trained Emotional Literacy Support Assistant (ELSA), 45 minutes, weekly, for 12 "
                "weeks from w/c 2 Nov 2026.",
                "The Virtual School's Attachment and Trauma Lead will train all of Kai's teachers in trauma-informed "
                "practice (2 hours, by 18.12.2026).",
            ]),
            ("h", "F4 Sensory and physical"),
            ("ul", ["A 3-minute movement break halfway through each lesson, agreed with each teacher."]),
        ],
        "G": [
            ("table", ["What", "How often", "Who"], [
                ["ADHD medication review, including growth, blood pressure, appetite and sleep",
                 "Every 6 months (next February 2027)", "Dr Patel, Community Paediatrician"],
                ["Trauma-focused therapy in school", "Fortnightly, 50 minutes, 1:1, September 2026 - July 2027",
                 "Dr Ruth Fox, Clinical Psychologist, CAMHS Looked After Children team"],
                ["Review Health Assessment; sleep plan agreed with foster carers and checked by phone in January 2027",
                 "Yearly (next September 2027)", "Kim Shaw, Looked After Children's Nurse"],
            ]),
            ("p", "Health sign-off: agreed by Lorna Patterson, Designated Clinical Officer, on 20.10.2026."),
        ],
        "H1": [("p", "None. Kai's day-to-day care is provided by his foster placement; short breaks were considered at "
                     "his care plan review on 15.09.2026 and are not needed.")],
        "H2": [
            ("ul", [
                "Social worker visits at least every 6 weeks, as set out in his care plan (Anna Bell).",
                "Family time with his mum: once a month, 2 hours, supervised by a family time worker.",
                "Weekly club of Kai's choice (such as boxing): fees and a bus pass paid through his care plan.",
                "Cooking at home: Sue cooks with Kai once a week, and from March 2027 he cooks for the household once "
                "a month, as agreed at his care plan review.",
                "A Leaving Care Personal Adviser will be allocated before Kai turns 16 (August 2027).",
            ]),
        ],
        "I": [("p", "Westfield Academy (mainstream secondary school, 11-16), with half a day a week at Northgate Training "
                    "Centre.")],
        "J": [("p", "Not requested.")],
        "K": [
            ("table", ["Advice", "Given by", "Date"], [
                ["Kai's views", "Kai, with Mr Okafor, Pastoral Manager", "14.09.2026"],
                ["Foster carers' views", "Dave and Sue", "15.09.2026"],
                ["Mum's views", "Kai's mum, by phone to Anna Bell", "18.09.2026"],
                ["Educational advice", "Mrs J. Robson, SENCo, Westfield Academy", "10.09.2026"],
                ["Virtual School advice (PEP)", "Leanne Ward, Virtual School", "22.09.2026"],
                ["Psychological advice", "Dr Tom Reay, Educational Psychologist", "03.09.2026"],
                ["Medical advice", "Dr Patel, Community Paediatrician", "26.08.2026"],
                ["Review Health Assessment", "Kim Shaw, Looked After Children's Nurse", "04.09.2026"],
                ["CAMHS advice", "Dr Ruth Fox, Clinical Psychologist", "01.09.2026"],
                ["Social care advice", "Anna Bell, Social Worker, Children Looked After Team", "16.09.2026"],
                ["Preparing for adulthood advice", "Lee Brown, Careers Adviser", "12.09.2026"],
            ]),
        ],
    },
)

# ----------------------------------------------------------------------------- j205
J205 = dict(
    file="j205.docx",
    layout="letter-column",
    fill="DDEBF7",
    front=[
        ("Name", "Shannon"),
        ("Age", "21"),
        ("Education phase", "Post-19, supported internship"),
        ("Setting", "Riverside College supported internship at Northgate General Hospital"),
        ("Date of plan", "18.09.2026"),
        ("Last reviewed", "07.07.2026"),
        ("Plan co-ordinator", "Gemma Hall, SEND Officer"),
    ],
    sections={
        "A": [
            ("p", "Shannon is a 21-year-old young woman with a moderate learning difficulty (MLD) and developmental "
                  "co-ordination disorder (DCD, also known as dyspraxia), in the context of which the question of her "
                  "functional independence has been the subject of ongoing consideration by a range of agencies "
                  "throughout the period of her post-19 education."),
            ("p", "Through the planning process undertaken at the annual review, Shannon articulated a clear preference "
                  "for securing sustained paid employment within the catering function of the hospital environment; "
                  "in her own words, \"I want a proper job in the kitchen and my own money.\" She further expressed an "
                  "aspiration towards the attainment of semi-independent residential arrangements in conjunction with "
                  "a peer (\"I want to live with my friend Chloe one day\")."),
            ("p", "With regard to interests, Shannon reports that she derives considerable enjoyment from baking, from "
                  "music-based leisure pursuits (notably attendance at live performances) and from social engagement "
                  "with her established peer group."),
            ("p", "Strengths identified through the review process include a consistently positive disposition towards "
                  "the workplace, exemplary punctuality and a well-developed capacity for establishing rapport with "
                  "colleagues and patients."),
            ("p", "Shannon's mother reported that, notwithstanding the considerable progress evidenced during the "
                  "preceding academic period, residual anxieties persist regarding Shannon's vulnerability within "
                  "community settings, the management of her financial affairs and the sustainability of any future "
                  "employment arrangement in the absence of ongoing support."),
        ],
        "B": [
            ("p", "Shannon's needs in her own words, under the four broad areas."),
            ("h", "Communication and interaction"),
            ("table", ["What I find difficult", "What helps me"], [[
                "I can chat easily with people I know and I am friendly with patients. I find long instructions and "
                "new words at work hard. I sometimes say 'yes' when I don't really understand.",
                "Short instructions. Showing me, not just telling me. Checking I have understood by asking me to "
                "say it back."]]),
            ("h", "Cognition and learning"),
            ("table", ["What I find difficult", "What helps me"], [[
                "I read at about the level of a 9-year-old. I find my work rota hard to read, and the small print on "
                "food labels and cleaning products. I can add up money to £10 but I get muddled with change.",
                "Pictures and colours. Time to read things on my own. A calculator on my phone."]]),
            ("h", "Social, emotional and mental health"),
            ("table", ["What I find difficult", "What helps me"], [[
                "I get worried when plans change or when I have to go somewhere new. I get upset if I think someone "
                "is cross with me.",
                "Being told about changes early. Talking it through with my Job coach."]]),
            ("h", "Sensory and physical"),
            ("table", ["What I find difficult", "What helps me"], [[
                "I have DCD. I find fiddly jobs hard, like tying apron strings or using a tin opener. I drop things "
                "when I rush. I get tired on long shifts.",
                "Adapted equipment. A bit more time for tasks. A short break in the middle of a shift."]]),
        ],
        "C": [
            ("p", "Shannon has DCD, diagnosed when she was 7. She was discharged from NHS occupational therapy in 2019 "
                  "and has no health treatment for it now; the support she needs at work is set out in Sections B and F. "
                  "Her GP (family doctor) carried out her annual health check on 10.03.2026. Shannon is generally well. She "
                  "has mild asthma, controlled with a brown preventer inhaler morning and evening and a blue reliever "
                  "inhaler when she is wheezy. She sometimes forgets her preventer inhaler."),
        ],
        "D": [
            ("p", "Shannon lives with her mum in a council flat. Adult Social Care completed a Care Act assessment on "
                  "12.05.2026. It found that Shannon has eligible needs for support with planning meals, shopping, "
                  "cooking and managing money, and with going to new places in the community. Her mum is her main "
                  "carer; a carer's assessment was completed on the same day."),
        ],
        "E": [
            ("ol", [
                "Shannon will demonstrate sustained and consolidated progression in the acquisition of the vocational "
                "competencies necessary for the attainment of paid employment within a catering environment.",
                "Shannon will evidence functional literacy in the interpretation of workplace documentation, "
                "including rotas and product labelling, by Easter 2027.",
                "Shannon will exhibit enhanced autonomy in the utilisation of public transport and in the navigation "
                "of unfamiliar community environments.",
                "Shannon will display improved financial capability in relation to budgeting and the management of "
                "monetary transactions, commensurate with the demands of semi-independent living.",
                "Shannon will evidence increasing autonomy in the self-management of her respiratory condition.",
                "Shannon will develop and maintain an expanded network of peer relationships through participation "
                "in community-based leisure activities.",
            ]),
        ],
        "F": [
            ("table", ["Support", "Amount", "Provided by"], [
                ["Supported internship: three work rotations at Northgate General Hospital (staff restaurant, then "
                 "linen services, then the main kitchen)", "4 days a week (Monday to Thursday), 9am - 3pm, "
                 "September 2026 - July 2027", "Riverside College supported internship team, with the hospital's "
                 "catering and facilities managers"],
                ["1:1 on-the-job support using systematic instruction, reduced as Shannon learns each task (fading "
                 "plan reviewed every 4 weeks)", "Full shifts in weeks 1-3 of each rotation, then 2 hours a day",
                 "Job coach, Riverside College"],
                ["Employability sessions (CV, interview practice, workplace behaviour)", "Every Friday morning, "
                 "2.5 hours, group of 8 interns", "Supported internship tutor"],
                ["Independent travel training on the bus route from home to the hospital", "2x per week, 1 hour, for "
                 "6 weeks from w/c 7 Sept 2026, then reviewed", "Independent Travel Trainer, Riverside College"],
                ["Shannon would benefit from regular opportunities to practise handling money in real-life situations, "
                 "such as the hospital shop.", "Ongoing", "Internship team"],
                ["Adapted kitchen equipment: a one-handed tin opener, a non-slip mat and an apron with a Velcro "
                 "fastening, kept in Shannon's locker", "Bought by the college in September 2026; checked at the "
                 "start of each rotation", "Job coach"],
                ["Notice of any rota change, gone through with Shannon", "At least 2 days before each change", "Job coach"],
                ["Personal assistant (PA) at home to help Shannon plan meals, shop and cook, under her Care Act "
                 "support plan", "6 hours a week (Tuesday and Thursday evenings, 3 hours each)",
                 "Adult Social Care, through a direct payment"],
            ]),
        ],
        "G": [
            ("table", ["What", "How often", "Who"], [
                ["Annual health check", "Once a year (next March 2027)", "Dr Kaur, GP, Shields Road Surgery"],
                ["Asthma review, inhaler technique check and a written asthma action plan",
                 "Once a year, at the annual health check", "Practice nurse, Shields Road Surgery"],
                ["A phone alarm reminder for her preventer inhaler, set up with Shannon",
                 "Set up at the March 2026 health check; checked at each asthma review", "Practice nurse, Shields Road Surgery"],
            ]),
            ("p", "Health provision confirmed by Dr Ayesha Rahman, Designated Clinical Officer (DCO), 11.09.2026."),
        ],
        "H1": [("p", "None. Shannon is over 18; her social care support is under the Care Act 2014 (see H2).")],
        "H2": [
            ("table", ["Support", "Amount", "Provided by"], [
                ["Evening social group for young adults with learning disabilities, at the Hub community centre",
                 "Weekly, Thursdays 6pm - 8pm", "Adult Social Care (commissioned from Northgate Community Hub)"],
                ["Carer's break for Shannon's mum", "1 day a month, through the Carers' Centre", "Adult Social Care"],
            ]),
        ],
        "I": [("p", "Riverside College (general further education college): supported internship based at Northgate "
                    "General Hospital, September 2026 - July 2027.")],
        "J": [("p", "Direct payment from Adult Social Care of £105.60 a week for Shannon's personal assistant.")],
        "K": [
            ("table", ["Advice", "From", "Date"], [
                ["Shannon's views", "Shannon, with her Job coach (Nicola Carr)", "25.06.2026"],
                ["Parent's views", "Shannon's mum", "25.06.2026"],
                ["Educational advice", "Kate Young, Supported Internship Tutor, Riverside College", "30.06.2026"],
                ["Psychological advice", "Dr Tom Reay, Educational Psychologist", "15.06.2026"],
                ["Health advice (annual health check)", "Dr Kaur, GP, Shields Road Surgery", "10.03.2026"],
                ["Social care advice (Care Act assessment)", "Jordan Hedley, Social Worker, Adult Social Care", "12.05.2026"],
                ["Preparing for adulthood advice", "Lee Brown, Careers Adviser", "20.06.2026"],
            ]),
        ],
    },
)

# ----------------------------------------------------------------------------- j206
J206 = dict(
    file="j206.docx",
    layout="shaded-heading-table",
    fill="FFF2CC",
    sht_format="Section {sec}: {title}",
    front=[
        ("Name", "Zofia"),
        ("Age", "8"),
        ("NC year", "Year 3 (Year 4 from September 2025)"),
        ("Education phase", "Primary (KS2)"),
        ("Home language", "Polish"),
        ("Date of plan", "08.07.2025"),
        ("Last reviewed", "17.06.2025"),
        ("School", "St Aidan's RC Primary School"),
    ],
    sections={
        "A": [
            ("h", "All about me"),
            ("p", "Zofia told us this in English with her TA on 04.06.2025. Mum helped with some Polish words."),
            ("p", "\"My name is Zofia and I am 8. I speak Polish at home and English at school. I like drawing horses, "
                  "gymnastics and my cat Kluska. My best friend is Maja. I don't like the dinner hall because it is too "
                  "noisy and I can't hear my friends. It helps when my teacher stands where I can see her face and when "
                  "she wears the radio aid. When I grow up I want to be a vet.\""),
            ("h", "What Mum and Dad say"),
            ("p", "Mum and Dad gave their views with a Polish interpreter. They said Zofia is kind, creative and works "
                  "hard. They want her to read and write well in English, and to keep her Polish. They would like her "
                  "to be more confident wearing her HAs in front of other children, and to have more friends. They "
                  "want her to go to university one day."),
        ],
        "B": [
            ("h", "Communication and interaction"),
            ("table", ["What Zofia finds difficult", "What helps Zofia"], [[
                "Zofia has a moderate-severe bilateral SNHL and wears BTE HAs. She uses a Roger FM system in class. "
                "Unaided thresholds are 55-70 dB HL. Her receptive language in English is below ARE (CELF-5 receptive "
                "standard score 76). She misses a lot of incidental language in noisy environments and in group work.",
                "ToD strategies, FM worn by all adults, clear view of the speaker's face, pre-teaching of vocabulary, "
                "SSE for key words."]]),
            ("h", "Cognition and learning"),
            ("table", ["What Zofia finds difficult", "What helps Zofia"], [[
                "Zofia is working below ARE in reading and writing. She is on RWI Set 2 sounds and reads Purple "
                "books. Maths is close to ARE; she is strong in number and shape. Zofia has a good memory and is artistic.",
                "Visual supports, pre-teaching, small-group phonics, recording ideas in pictures first."]]),
            ("h", "Social, emotional and mental health"),
            ("table", ["What Zofia finds difficult", "What helps Zofia"], [[
                "Zofia is confident 1:1 and with Maja, but can withdraw in larger groups and in the dinner hall. She "
                "shows listening fatigue by the afternoon.",
                "Listening breaks, a quieter space at lunch, buddy system."]]),
            ("h", "Sensory and physical"),
            ("table", ["What Zofia finds difficult", "What helps Zofia"], [[
                "HI as above. No physical needs. Zofia can become upset when her HAs whistle or the FM fails.",
                "Daily Ling check, spare batteries in class, HA care kit."]]),
        ],
        "C": [
            ("p", "Zofia has a bilateral moderate-severe SNHL, diagnosed at 2 years following NHSP referral. She wears "
                  "BTE HAs fitted by Paediatric Audiology and has 6-monthly audiology reviews. She has had episodes of "
                  "OME, which make her hearing worse for a few weeks at a time. She has no other health needs."),
        ],
        "D": [
            ("p", "No social care needs identified. The CWD Team gave advice in May 2025; Zofia's needs are met within "
                  "the family. The family were given information about NDCS family events and the short breaks Local "
                  "Offer, and did not want a referral."),
        ],
        "E": [
            ("table", ["Outcome", "By when", "How we will know"], [
                ["Zofia will read a book at Year 4 level (Gold band) with 90% accuracy.", "Easter 2026",
                 "Running record, class teacher"],
                ["Zofia will follow a 3-part instruction given to the whole class, with the FM on, on 4 out of 5 occasions.",
                 "July 2026", "TA observation, 5 times a half-term"],
                ["Zofia will tell an adult straight away when her HAs or FM are not working, every time.",
                 "December 2025", "HA log kept by TA"],
                ["Zofia will answer a question in a whole-class discussion at least once a day, on 4 days out of 5.",
                 "July 2026", "TA tally chart"],
                ["Zofia will write a page about an animal of her choice (for example, how to look after a horse), "
                 "spelling 8 out of 10 Year 3/4 common exception words correctly.", "July 2026",
                 "Class teacher, writing assessment"],
            ]),
        ],
        "F": [
            ("table", ["Provision", "Frequency", "Who"], [
                ["ToD visit to check HAs and FM, observe Zofia in class and advise staff", "Half-termly, 1.5 hours",
                 "ToD, Sensory Support Service"],
                ["Roger FM system, provided and maintained by the Sensory Support Service",
                 "Checked each morning on arrival with a Ling 6 check", "TA"],
                ["Pre-teaching of topic vocabulary with picture cards in English and Polish", "3x per week, 15 mins, 1:1", "TA"],
                ["Small-group phonics with other pupils", "Weekly", "School"],
                ["SALT assessment and setting of language targets", "Termly visit, 1 hour", "SALT, Children's Speech and "
                 "Language Therapy Service"],
                ["Language programme set by the SALT", "2x weekly, 20 mins, 1:1", "TA trained by the SALT"],
                ["EAL support in a group of 4", "30 mins, weekly", "EAL teacher"],
                ["Deaf awareness training for all staff who teach Zofia", "1 hour, each September", "ToD"],
                ["Seating at the front near the teacher, away from the door and windows; SSE used for key words",
                 "Every lesson", "Class teacher"],
                ["Lunch in the small hall with Maja and one other friend", "Every lunchtime", "Midday supervisor"],
            ]),
        ],
        "G": [
            ("table", ["Health provision", "How often", "Provided by"], [
                ["Hearing test, HA review and reprogramming", "Every 6 months", "Paediatric Audiology, Children's Hearing Centre"],
                ["New ear moulds", "Every 3 months", "Paediatric Audiology, Children's Hearing Centre"],
            ]),
            ("p", "Agreed for health: Dr A. Rahman, DCO, 30.06.2025."),
        ],
        "H1": [("p", "None - see Section D.")],
        "H2": [("p", "None. Short breaks were discussed; Mum and Dad do not want them at present.")],
        "I": [("p", "St Aidan's RC Primary School (mainstream).")],
        "J": [("p", "None.")],
        "K": [
            ("table", ["Advice", "From", "Date"], [
                ["Zofia's views", "Zofia, with her TA (Mrs Nowak)", "04.06.2025"],
                ["Parents' views (with interpreter)", "Mum and Dad", "04.06.2025"],
                ["Educational advice", "Miss Clarke, class teacher, and Mrs Dunn, SENDCo", "21.05.2025"],
                ["Psychological advice", "Dr Hannah Li, EP", "12.03.2025"],
                ["Audiology report", "Rachel Burn, Paediatric Audiologist", "10.04.2025"],
                ["SALT report", "Megan Hall, SALT", "28.04.2025"],
                ["Social care advice", "Mark Nolan, Social Worker, CWD Team", "14.05.2025"],
            ]),
        ],
    },
)

PLANS_A = [J201, J202, J203, J204, J205, J206]
