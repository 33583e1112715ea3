
# ============================================================ m205 (sound)
plan(
    file="m205.docx", layout="letter-column",
    title="Education, Health and Care Plan",
    front=[
        ("Young person", "Ethan"),
        ("Age", "20"),
        ("Education phase", "Age 19+ (Supported Internship)"),
        ("Provider", "Kingsmead College Supported Internship programme, hosted by Haddow Community Hospital"),
        ("Date finalised", "28.07.2026"),
        ("Next review", "July 2027"),
        ("Lead officer", "Sian Hardy, 19-25 Education, Health and Care (EHC) Team"),
    ],
    sections=[
        ("A", "All about me: my views, interests and aspirations", [
            ("p", "I wrote this with my Job Coach, Paul, in May 2026. My mum added her part at the end."),
            ("p", "I'm Ethan. I'm 20 and I'm doing a supported internship at Haddow Community Hospital. I work in the kitchen and on the ward trolleys. I like cooking, football on the radio (I support Ipswich) and walking my dog, Bramble."),
            ("p", "I'm always on time and I remember a route once I've learned it. The kitchen staff say I'm a hard worker."),
            ("p", "I can't see small writing or things far away. I need big print and I use my magnifier. Busy corridors are hard because people come at me fast."),
            ("p", "I want a paid job in a kitchen. One day I want my own flat, maybe with a friend. I want to go to football with my mates, not always with my mum."),
            ("sub", "What my mum says"),
            ("p", "Ethan's mum says he has grown up a lot on his internship and is proud of his work. She hopes he gets a paid job at the end of it, learns to cook a few meals and to travel on his own, and moves into supported living when he is ready. She would like him to have friends his own age outside work."),
        ]),
        ("B", "Special educational needs", [
            ("sub", "Vision"),
            ("p", "Ethan has congenital nystagmus (constant, involuntary movement of the eyes) and low vision, with visual acuity of 6/36 in both eyes. He is registered as sight impaired. He reads print at 24 point (N24) in bold with good contrast, and uses a hand-held magnifier and the zoom on his phone. He finds it hard to see faces and signs at a distance and to move through busy, changing spaces."),
            ("sub", "Cognition and learning"),
            ("p", "Ethan has a moderate learning difficulty. He reads and writes at Entry Level 2 and handles money to £20 with some mistakes. He learns new tasks well when they are broken into steps, shown to him and practised in the same order each time."),
            ("sub", "Communication and social"),
            ("p", "Ethan is chatty and polite and gets on well with colleagues. He sometimes misses non-verbal signals because he cannot see facial expressions clearly, and he becomes anxious in crowds."),
            ("sub", "Independence"),
            ("p", "Ethan can make simple snacks at home. He travels on routes he has learned with an adult but not yet alone on the bus to work."),
        ]),
        ("C", "Health needs", [
            ("p", "Ethan's nystagmus and low vision are lifelong. The Hospital Eye Service reviews his eyes once a year and the Low Vision Clinic provides and reviews his magnifiers. He has no other health needs related to his special educational needs."),
        ]),
        ("D", "Social care needs", [
            ("p", "Ethan lives with his mum. The Adult Social Care Transitions Team completed a Care Act assessment in April 2026. It found eligible needs in getting out into the community safely and using public transport, and in planning and preparing meals. His mum provides most of his care and does not wish to have a separate carer's assessment at present."),
        ]),
        ("E", "Outcomes", [
            ("lab", "Employment:", "By the end of my internship (July 2027), I will work a 4-hour kitchen shift following my large-print task list, with my Job Coach checking in no more than once a shift, as recorded on the Job Coach's weekly log."),
            ("lab", "Employment:", "By July 2027, I will gain a positive reference from my kitchen manager that I can show to employers when I apply for paid jobs."),
            ("lab", "Independent living:", "Within 6 months (by January 2027), I will travel by bus from home to the hospital on my own, using the talking bus-times app on my phone, on 5 days out of 5, signed off by my Travel Trainer."),
            ("lab", "Independent living:", "By July 2027, I will cook two meals a week at home from a large-print recipe, checked by my mum on my cooking record."),
            ("lab", "Friends and community:", "Before I turn 21 (March 2027), I will go to the Saturday football supporters' club with my support worker twice a month and meet at least one friend there."),
            ("lab", "Good health:", "By March '27, I will use my magnifier and phone zoom to read rotas, labels and timetables at work on my own, on 4 out of 5 checks recorded by my Job Coach."),
        ]),
        ("F", "Special educational provision", [
            ("lab", "Job coaching:", "A Job Coach from the Kingsmead College Supported Internship team will work with Ethan 1-2-1 on placement 3 days per week (6 hours per day). Autumn term: present for the whole shift. Spring term: present for the first and last hour and available by phone. Summer term: one check-in per shift."),
            ("lab", "Employability teaching:", "One day a week (5 hours) at college in a small group (max 8) led by the supported internship tutor: English and maths for work, CV writing and interview practice."),
            ("lab", "Vision support:", "A Qualified Teacher of Children and Young People with Vision Impairment (QTVI) from the Mereshire Sensory Support Service will visit twice termly (1 hour each) to assess how Ethan's vision affects his work tasks and to advise the Job Coach and his kitchen manager. All printed work materials will be produced in N24 bold by the college learning support team."),
            ("lab", "Equipment:", "A tablet with magnification and text-to-speech apps and a hand-held electronic magnifier. These were set up by the college Assistive Technology Officer, who will update them each term; the QTVI checks the settings at each visit."),
            ("lab", "Mobility (habilitation) training:", "A Habilitation Specialist from the Sensory Support Service will teach Ethan routes around the hospital site, 1-2-1, 6 sessions of 1 hour in September and October 2026."),
            ("lab", "Travel training:", "A Travel Trainer from the Independent Travel Training service will travel with Ethan 1-2-1 on his journey to work on placement days for 6 weeks from September 2026, then shadow at a distance for 2 weeks before signing him off."),
            ("lab", "Cooking skills:", "1-2-1 cooking sessions with a learning support assistant in the college training kitchen, fortnightly (90 mins), using large-print recipes."),
            ("lab", "Progress reviews:", "From September 2026, the supported internship tutor will meet Ethan and his mum once each half-term (30 mins) to review progress towards paid work."),
        ]),
        ("G", "Health provision", [
            ("lab", "Hospital Eye Service:", "Yearly eye examination with the Consultant Ophthalmologist at Haddow General Hospital (one appointment per year)."),
            ("lab", "Low Vision Clinic:", "Yearly low vision assessment (1 hour) with the Low Vision Clinic optometrist, who will review and replace Ethan's magnifiers at that appointment."),
            ("p", "Mereshire Integrated Care Board (ICB) agreed this health provision. Signed off by Mark Benson, Designated Clinical Officer, 20 July 2026."),
        ]),
        ("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", [
            ("p", "Not applicable: Ethan is over 18. His adult social care support is set out in H2."),
        ]),
        ("H2", "Other social care provision", [
            ("p", "Care Act support (Adult Social Care): a support worker for 6 hours per week, used for community activities (including the football supporters' club) and shopping for his cooking. The Adult Social Care Transitions Team will review his support plan every 12 months."),
        ]),
        ("I", "Placement", [
            ("p", "Kingsmead College (general further education college): Supported Internship, 4 days per week (3 days on placement at Haddow Community Hospital, 1 day at college), September 2026 to July 2027."),
        ]),
        ("J", "Personal budget", [
            ("p", "No personal budget has been requested for education provision. Ethan's Care Act support is arranged for him by Adult Social Care."),
        ]),
        ("K", "Advice and information", [
            ("tbl", ["Advice", "Who gave it", "Date"], [
                ["Ethan's views", "Ethan, with Paul Lacey, Job Coach", "12.05.2026"],
                ["Parent's views", "Ethan's mum", "12.05.2026"],
                ["Educational advice", "Faye Rowe, Supported Internship Tutor, Kingsmead College", "30.04.2026"],
                ["Educational psychology advice", "Dr Ruth Barker, Educational Psychologist", "18.03.2026"],
                ["Vision impairment advice", "Ann Lyle, Qualified Teacher of the Visually Impaired, Sensory Support Service", "09.03.2026"],
                ["Medical advice", "Peter Lund, Consultant Ophthalmologist, Haddow General Hospital", "04.02.2026"],
                ["Low vision advice", "Zara Hunt, Optometrist, Low Vision Clinic", "04.02.2026"],
                ["Social care advice (Care Act assessment)", "Dan Weir, Social Worker, Adult Social Care Transitions Team", "21.04.2026"],
                ["Preparing for adulthood advice", "Janine Bird, Careers Adviser, Mereshire Careers Service", "06.05.2026"],
            ]),
        ]),
    ],
)
