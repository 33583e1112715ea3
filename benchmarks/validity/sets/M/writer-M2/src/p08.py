
# ============================================================ m208 (fail: spelling; grammar; Care Act support placed in F; ALDT provides in G but gave no advice)
plan(
    file="m208.docx", layout="letter-column",
    title="Education, Health and Care Plan: Ryan",
    front=[
        ("Name", "Ryan"),
        ("Age", "21"),
        ("Education phase", "Age 19+ (Apprenticeship)"),
        ("Programme", "Level 2 Horticulture Apprenticeship - employer: Mereshire County Council Parks Service; off-the-job training at Haddow College"),
        ("Date finalised", "15.10.2026"),
        ("Next review", "October 2027"),
    ],
    sections=[
        ("A", "My views, interests and aspirations", [
            ("p", "Ryan told his Job Coach, Carl, what he wanted in his plan. These are his words."),
            ("p", "\"I work in the parks. I cut the grass, I plant the bulbs and I empty the bins. I like it best when I am on the big mower. I am good at remembering the jobs and I am never late. My boss Dave says I work hard.\""),
            ("p", "\"I want to finish my apprenticeship and get a proper job with the parks. I want to live in my own flat one day but not on my own, with a friend maybe. I like going to the gym and watching wrestling.\""),
            ("p", "\"I don't like it when they change the jobs at the last minute. I get panicky. Me and my dad has talked about it and he says I need to tell someone.\""),
            ("sub", "What Ryan's dad says"),
            ("p", "Ryan's dad is very proud of him. He says Ryan has become more confident since starting his apprenticeship. He would like Ryan to get a permanent job and to become more independant at home, so that he can move into supported accomodation in the next few years."),
        ]),
        ("B", "Special educational needs", [
            ("sub", "Cognition and learning"),
            ("p", "Ryan has a learning disability. He reads and writes at Entry Level 3 and is working towards Level 1 Functional Skills in maths. He remembers practical routines very well once he has been shown them, but he finds it hard to work out what to do when something unexpected happens. He needs instructions given one at a time and written down."),
            ("sub", "Communication and interaction"),
            ("p", "Ryan is autistic. He takes language literally and he don't like using the phone, so he prefers to get messages by text. There is lots of things he can do well at work, but in a noisy enviroment he struggles to follow what is being said in a group."),
            ("sub", "Social, emotional and mental health"),
            ("p", "Ryan gets anxious when his routine changes, and has had panic attacks at work. He has good relationships with his supervisor and two colleagues."),
            ("sub", "Independence"),
            ("p", "Ryan lives with his dad. He can make simple meals with help but does not yet plan his shopping or manage his own money."),
        ]),
        ("C", "Health needs", [
            ("p", "Ryan has anxiety linked to his autism and has panic attacks when plans change unexpectedly. He is being supported by the Adult Learning Disability Team. He has a yearly Learning Disability Annual Health Check with his GP (family doctor). He has no other health needs."),
        ]),
        ("D", "Social care needs", [
            ("p", "The Adult Social Care Transitions Team completed a Care Act assessment with Ryan and his dad in June 2026. It found that Ryan has eligible needs for support with planning and cooking meals, shopping and managing his money. Ryan's dad works full time and have told the assessor that he cannot provide this support every day."),
        ]),
        ("E", "Outcomes", [
            ("lab", "Employment:", "By the end of my apprenticeship (July 2027), I will pass my Level 2 Horticulture end-point assessment."),
            ("lab", "Employment:", "By July 2027, I will plan my own jobs for the day from the team rota and do them with no more than one check from my supervisor, on 4 days out of 5, recorded by my Job Coach."),
            ("lab", "Independent living:", "Before I turn 22 (March 2027), I will plan and cook 3 meals a week at home, from a shopping list I write myself, checked by my support worker."),
            ("lab", "Independent living:", "Within 6 months, I will use a budgeting app to keep track of my wages and pay my phone bill myself each month, checked with my support worker."),
            ("lab", "Friends and community:", "By July 2027, I will go to the college's lunchtime football club on my training day at least 3 times a month, recorded by the Student Support Officer."),
            ("lab", "Good health:", "Within 6 months, I will use my anxiety plan when jobs change, telling my supervisor \"I need five minutes\", on 4 out of 5 occasions recorded by my Job Coach."),
        ]),
        ("F", "Special educational provision", [
            ("lab", "Job coaching:", "A Job Coach from Haddow College will work with Ryan 1-2-1 at the Parks depot 2 days per week (3 hours each day) during the autumn term, reducing to 1 day per week from January 2027. The Job Coach will meet his supervisor fortnightly (30 mins) to agree any changes to his rota in advance."),
            ("lab", "Off-the-job training:", "One day per week at Haddow College, taught in a small group (max 6) by the horticulture tutor, with a learning support assistant in the group for all practical sessions."),
            ("lab", "Maths:", "Functional Skills maths in a small group (max 4) with a qualified maths tutor, 2 x 1 hour sessions weekly."),
            ("lab", "Enrichment:", "The Student Support Officer will go with Ryan to his first two football club sessions and then meet him fortnightly (15 mins) for the autumn term."),
            ("lab", "Assessment arrangements:", "25% extra time and a seperate room for his end-point assessment and Functional Skills exams, applied for by the college Exams Officer."),
            ("lab", "Daily living support:", "A support worker funded by Adult Social Care will support Ryan at home for 10 hours per week to plan his meals, go shopping, cook and manage his money, as set out in his Care Act support plan."),
            ("lab", "Communication:", "His supervisor and the Job Coach will send Ryan a text by 5pm the day before any change to his jobs, so he dosn't recieve changes at the start of his shift."),
        ]),
        ("G", "Health provision", [
            ("lab", "Clinical Psychologist, Adult Learning Disability Team:", "12 sessions of 1-2-1 anxiety management, fortnightly (50 mins), from November 2026, at the Haddow Community Hub."),
            ("lab", "Community Learning Disability Nurse, Adult Learning Disability Team:", "review of Ryan's health action plan twice a year (1 hour)."),
            ("lab", "GP:", "Learning Disability Annual Health Check, once a year."),
            ("p", "This health provision was agreed by the Designated Clinical Officer, Mark Benson, on 8 October 2026."),
        ]),
        ("H1", "Social care provision (section 2 of the Chronically Sick and Disabled Persons Act 1970)", [
            ("p", "Not applicable - Ryan is over 18."),
        ]),
        ("H2", "Other social care provision", [
            ("p", "Ryan has a Care Act support plan from the Adult Social Care Transitions Team; see Section F for his support worker hours."),
        ]),
        ("I", "Placement", [
            ("p", "Haddow College (general further education college) - off-the-job training for Ryan's Level 2 Horticulture Apprenticeship with Mereshire County Council Parks Service, until July 2027."),
        ]),
        ("J", "Personal budget", [
            ("p", "None requested for education. Ryan's Care Act support is a managed budget held by Adult Social Care."),
        ]),
        ("K", "Advice and information", [
            ("tbl", ["Advice", "Given by", "Date"], [
                ["Ryan's views", "Ryan, with Carl Benton, Job Coach, Haddow College", "02.09.2026"],
                ["Parent's views", "Ryan's dad", "02.09.2026"],
                ["Educational advice", "Nicola Reeve, Apprenticeship Tutor, Haddow College", "27.08.2026"],
                ["Employer report", "Dave Lister, Parks Supervisor, Mereshire County Council", "20.08.2026"],
                ["Educational psychology advice", "Dr Emma Carr, Educational Psychologist", "15.07.2026"],
                ["Health advice", "Dr Anna Price, GP, Haddow Health Centre", "22.07.2026"],
                ["Social care advice (Care Act assessment)", "Gary Moss, Social Worker, Adult Social Care Transitions Team", "18.06.2026"],
                ["Preparing for adulthood advice", "Janine Bird, Careers Adviser, Mereshire Careers Service", "10.08.2026"],
            ]),
        ]),
    ],
)
