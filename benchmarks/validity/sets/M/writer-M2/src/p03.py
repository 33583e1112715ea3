
# ============================================================ m203 (fail: epilepsy unmet/no outcome; OT in G; vague F; provision-as-outcome)
plan(
    file="m203.docx", layout="shaded-heading-table",
    title="Education, Health and Care Plan - Liam",
    front=[
        ("Name", "Liam"),
        ("Age", "18"),
        ("Education phase", "Post-16 (Year 14)"),
        ("College", "West Mereshire College - Level 2 IT Technical programme"),
        ("Date finalised", "14 September 2026"),
        ("Next review", "September 2027"),
    ],
    sections=[
        ("A", "My views, interests and aspirations", [
            ("p", "Liam wrote this section with his learning support tutor in June 2026."),
            ("p", "I am Liam and I am 18. I am in my second year at West Mereshire College doing IT. I'm good at building PCs and fixing problems on laptops - my family and my neighbours ask me when their Wi-Fi stops working. I like gaming, Formula 1 and watching wheelchair basketball."),
            ("p", "I want to work in IT support, maybe on a help desk, and later I'd like to get an apprenticeship. I want to be able to cook for myself and get the bus to college without my dad driving me. I get tired by the afternoon and my hands get stiff when I type for a long time."),
            ("sub", "My parents' views"),
            ("p", "Liam's parents are proud of how hard he works and how good he is with technology. They would like him to get paid work in IT, to become more independent at home and in getting about, and to have a social life outside the family. They worry about him having a seizure when he is out on his own."),
        ]),
        ("B", "Special educational needs", [
            ("sub", "Physical and sensory"),
            ("p", "Liam has cerebral palsy (spastic diplegia), which affects his legs and, to a lesser extent, his hands. He walks short distances indoors with elbow crutches and uses a manual wheelchair outdoors and for longer distances around college. His typing and handwriting are slow, and his hands become stiff after about 20 minutes. He tires by the afternoon, particularly after a lot of walking."),
            ("sub", "Cognition and learning"),
            ("p", "Liam is working at Level 2. He has strong problem-solving skills and a good memory for technical procedures. He needs extra time to complete written work and assessments because of his slower typing."),
            ("sub", "Social, emotional and mental health"),
            ("p", "Liam is confident and gets on well with his tutors. He can become frustrated and withdrawn when he is tired or when he cannot get round the building easily. He has few friends outside college."),
            ("sub", "Independence"),
            ("p", "Liam can make a hot drink and a snack, but he has not yet cooked a meal on his own because he finds it hard to stand, lift pans and cut up food. He does not yet travel to college on his own."),
        ]),
        ("C", "Health needs", [
            ("bul", [
                "Cerebral palsy: Liam needs physiotherapy to keep his muscles and joints flexible and to maintain his walking.",
                "Epilepsy: Liam has focal epilepsy, diagnosed when he was 12. It is controlled with daily medication, but he still has occasional seizures, usually when very tired; his last seizure was in March 2026. He has an emergency medication plan written by his neurologist.",
                "Liam finds everyday kitchen tasks difficult because of his balance and hand stiffness.",
            ]),
        ]),
        ("D", "Social care needs", [
            ("p", "Liam lives with his parents and his older brother. The Preparing for Adulthood social worker, Kate Ansell, assessed Liam's needs in May 2026. His parents meet his care needs at home and Liam does not need help with personal care. The family were given information about short breaks, leisure schemes and the Adult Social Care Transitions Team and do not want any services at present; they know how to ask for a Care Act assessment if things change."),
        ]),
        ("E", "Outcomes", [
            ("tbl", ["Preparing for adulthood area", "Outcome"], [
                ["Employment", "By the end of my course (July 2027), I will gain my Level 2 IT Technical Certificate."],
                ["Employment", "Within 1 year, I will complete a 6-week work placement in an IT support office, and my placement manager will confirm in writing that I logged and solved at least 10 help-desk requests."],
                ["Independent living", "By July 2027, I will cook a hot meal (for example pasta with sauce) in the college training flat using adapted equipment with no adult help, on 3 occasions recorded by my tutor."],
                ["Independent living", "By Easter 2027, I will travel from home to college on the accessible bus in my wheelchair on my own two days a week, signed off by my Travel Trainer."],
                ["Friends and community", "By July 2027, I will join a college club or a wheelchair basketball session and go at least twice a month, recorded in my progress review."],
                ["Good health", "By July 2027, I will do my stretching programme on my own 5 days out of 7, recorded on my phone app and checked by my physiotherapist."],
                ["Good health", "Liam will continue to receive physiotherapy and support from staff with his physical needs."],
            ]),
        ]),
        ("F", "Special educational provision", [
            ("lab", "Learning support:", "A Learning Support Assistant will support Liam in a small group (max 4) in all practical IT workshop sessions (6 hours per week), setting up and moving equipment and positioning his workstation."),
            ("lab", "Assistive technology:", "A laptop with a compact keyboard, trackball and dictation software, for all lessons and assessments. The college Assistive Technology Officer installed the software and updates it each term."),
            ("lab", "Exams:", "An extra 25% of the time and use of his laptop in all assessments and exams; the college Exams Officer applies for these and sets them up."),
            ("lab", "Rest breaks:", "Liam will have access to the quiet room for rest breaks where possible."),
            ("lab", "Independent living:", "Opportunities to practise independent living skills in the college training flat as appropriate."),
            ("lab", "Travel training:", "A Travel Trainer will travel with Liam 1-2-1 on 2 journeys per week for 10 weeks from January 2027, including getting on and off the bus in his wheelchair."),
            ("lab", "Work placement:", "A Job Coach from the college Work Placements team will find Liam an IT support placement and visit him there once a week (1 hour) for the 6 weeks of the placement."),
            ("lab", "Enrichment:", "The Student Support Officer will go with Liam to his first two club or sport sessions, then meet him fortnightly (15 mins) for the rest of the autumn term."),
        ]),
        ("G", "Health provision", [
            ("lab", "Physiotherapy:", "A Neuro Physiotherapist from the Adult Community Neuro Rehabilitation Team will review Liam every 3 months (45 mins) and update his home stretching programme."),
            ("lab", "Occupational therapy:", "An Occupational Therapist from the Community Therapies Team will work with Liam 1-2-1 in the college training flat fortnightly (45 mins) for 12 weeks, teaching him to use a perching stool, kettle tipper and adapted knife and chopping board to prepare meals safely."),
            ("p", "Agreed on behalf of Mereshire Integrated Care Board by Claire Lord, Designated Clinical Officer, 2 September 2026."),
        ]),
        ("H1", "Social care provision (section 2 of the Chronically Sick and Disabled Persons Act 1970)", [
            ("p", "None: see Section D. Short breaks were offered and not taken up."),
        ]),
        ("H2", "Other social care provision", [
            ("p", "None at present. The family has contact details for the Adult Social Care Transitions Team and can request a Care Act assessment at any time."),
        ]),
        ("I", "Placement", [
            ("p", "West Mereshire College (general further education college), Level 2 IT Technical study programme, 3 days per week."),
        ]),
        ("J", "Personal budget", [
            ("p", "None requested."),
        ]),
        ("K", "Advice and information", [
            ("tbl", ["Advice", "Provided by", "Date"], [
                ["Liam's views", "Liam, with Raj Patel, Learning Support Tutor", "16.06.2026"],
                ["Parents' views", "Liam's parents", "16.06.2026"],
                ["Educational advice", "Raj Patel, Learning Support Tutor, West Mereshire College", "10.06.2026"],
                ["Educational psychology advice", "Dr Emma Carr, Educational Psychologist", "21.05.2026"],
                ["Medical advice (epilepsy)", "Dr Kwame Osei, Consultant Neurologist, Haddow General Hospital", "03.06.2026"],
                ["Physiotherapy advice", "Lucy Fenn, Neuro Physiotherapist", "28.05.2026"],
                ["Occupational therapy advice", "Mark Doyle, Occupational Therapist, Community Therapies Team", "04.06.2026"],
                ["Social care advice", "Kate Ansell, Social Worker, Preparing for Adulthood team", "19.05.2026"],
                ["Preparing for adulthood advice", "Sam Hollis, Careers Adviser", "12.06.2026"],
            ]),
        ]),
    ],
)
