
# ============================================================ m212 (fail: health needs "not known" and no health advice; no aspirations; professional jargon in A/E; D/H "N/A")
plan(
    file="m212.docx", layout="shaded-heading-table",
    title="Education, Health and Care Plan - Maya",
    front=[
        ("Name", "Maya"),
        ("Age", "17"),
        ("Education phase", "Post-16 (Year 12)"),
        ("College", "Kingsmead College - Level 2 Art and Design"),
        ("Date finalised", "2 November 2026"),
        ("Next review", "October 2027"),
    ],
    sections=[
        ("A", "Views, interests and aspirations", [
            ("sub", "Maya's views"),
            ("p", "Maya contributed her views to her Personal Tutor during a structured person-centred review in September 2026. Maya reported that she experiences heightened anxiety in unstructured social contexts such as the refectory and corridors, and that sensory overload secondary to auditory and olfactory stimuli significantly impacts her capacity to engage with learning. She identified difficulties with task initiation and with interoceptive awareness, for example recognising hunger and fatigue. Maya reported that she enjoys online gaming and spending time with her cat."),
            ("sub", "Parental views"),
            ("p", "Maya's mother reports that Maya presents with a demand-avoidant profile in the home environment and that there is significant masking in the college setting, with associated post-college dysregulation. She reports concerns regarding Maya's limited engagement in community-based activity, and her reliance on parental scaffolding for activities of daily living."),
        ]),
        ("B", "Special educational needs", [
            ("sub", "Communication and interaction"),
            ("p", "Maya has a diagnosis of autism spectrum condition. She speaks fluently but finds group discussion and unfamiliar people very demanding, and she rarely asks for help. She understands instructions best when they are written down."),
            ("sub", "Cognition and learning"),
            ("p", "Maya is working at Level 2 and her practical art work is of a high standard. She has significant difficulty starting and organising tasks and keeping to deadlines without step-by-step plans."),
            ("sub", "Social, emotional and mental health"),
            ("p", "Maya becomes anxious in busy, noisy spaces and avoids the refectory. After a full day she is often exhausted. Her attendance was 83% in Year 12 so far."),
            ("sub", "Independence"),
            ("p", "Maya does not yet travel on her own on unfamiliar routes and relies on her mum to book appointments and manage money."),
        ]),
        ("C", "Health needs", [
            ("p", "Not known at the time of writing. Awaiting information from the GP."),
        ]),
        ("D", "Social care needs", [
            ("p", "N/A"),
        ]),
        ("E", "Outcomes", [
            ("num", [
                "By 31.07.2027, Maya will demonstrate improved executive functioning by independently initiating and completing assignment tasks within agreed deadlines on 80% of occasions, as evidenced by tutor tracking data.",
                "By the end of Year 13, Maya will evidence increased self-regulatory capacity by utilising her co-produced sensory regulation plan in unstructured contexts on 4 out of 5 monitored occasions.",
                "Within 6 months, Maya will generalise travel skills by completing a novel bus journey to college without adult facilitation on 3 consecutive occasions, as verified by the Travel Trainer.",
                "By 31.07.2027, Maya will demonstrate engagement in a community-based extracurricular provision on a fortnightly basis, as evidenced by attendance records.",
                "By the end of Year 13, Maya will complete a 2-week work experience placement with satisfactory employer feedback in relation to punctuality and task completion.",
                "By 31.07.2027, Maya will independently book and attend a GP appointment, as evidenced by parental report.",
            ]),
        ]),
        ("F", "Special educational provision", [
            ("lab", "Learning support:", "A Learning Support Assistant (LSA) will support Maya 1-2-1 in the studio for 6 hours per week, breaking each assignment into written steps with target dates and checking them with her at the start and end of each session."),
            ("lab", "Study skills:", "Weekly 1-2-1 session (45 mins) with a Specialist Autism Practitioner from the college Learning Support team, to plan her week and review her deadlines."),
            ("lab", "Quiet space:", "A named quiet room for lunch and breaks every day, agreed with Maya and her tutor; an 'exit card' in every lesson so she can leave for 10 minutes."),
            ("lab", "Sensory plan:", "The Specialist Autism Practitioner will write a sensory plan with Maya by December 2026 and review it with her twice termly (30 mins)."),
            ("lab", "Travel training:", "A Travel Trainer will travel with Maya 1-2-1 on a new bus route to college, 2 journeys per week for 6 weeks from January 2027."),
            ("lab", "Work experience:", "A Job Coach from the college Work Placements team will arrange a 2-week placement in the summer term 2027 and visit Maya at the placement twice (1 hour each)."),
            ("lab", "Enrichment:", "The Student Support Officer will go with Maya to her first two sessions of a college club of her choice and then meet her fortnightly (15 mins) for one term."),
            ("lab", "Independent living:", "In the spring term 2027, 1-2-1 sessions fortnightly (30 mins) with the Specialist Autism Practitioner to practise booking appointments by phone and online, and managing a weekly budget."),
            ("lab", "Exams:", "25% extra time and a separate room for all assessments, arranged by the college Exams Officer."),
        ]),
        ("G", "Health provision", [
            ("p", "None identified."),
        ]),
        ("H1", "Social care provision (section 2 of the Chronically Sick and Disabled Persons Act 1970)", [
            ("p", "N/A"),
        ]),
        ("H2", "Other social care provision", [
            ("p", "N/A"),
        ]),
        ("I", "Placement", [
            ("p", "Kingsmead College (general further education college), Level 2 Art and Design, 4 days per week."),
        ]),
        ("J", "Personal budget", [
            ("p", "None requested."),
        ]),
        ("K", "Advice and information", [
            ("tbl", ["Advice", "From", "Date"], [
                ["Maya's views", "Maya, with Claire Young, Personal Tutor, Kingsmead College", "18.09.2026"],
                ["Parent's views", "Maya's mum", "18.09.2026"],
                ["Educational advice", "Claire Young, Personal Tutor, Kingsmead College", "22.09.2026"],
                ["Educational psychology advice", "Dr Ruth Barker, Educational Psychologist", "01.09.2026"],
                ["Social care advice", "Leanne Ward, Social Worker, Preparing for Adulthood team", "14.09.2026"],
                ["Preparing for adulthood advice", "Sam Hollis, Careers Adviser", "25.09.2026"],
            ]),
        ]),
    ],
)
