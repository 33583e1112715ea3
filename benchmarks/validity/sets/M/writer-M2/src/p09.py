
# ============================================================ m209 (fail: vague/unquantified F; out-of-date medical advice; friendship need/outcome with no provision; hypermobility not met in G)
plan(
    file="m209.docx", layout="shaded-heading-table",
    title="Education, Health and Care Plan",
    front=[
        ("Name", "Leo"),
        ("Age", "12"),
        ("Education phase", "Secondary (Year 7)"),
        ("School", "Haddow Academy"),
        ("Date finalised", "18 May 2026"),
        ("Next review", "May 2027"),
    ],
    sections=[
        ("A", "Leo's views, interests and aspirations", [
            ("sub", "All about me (written with my key adult, Mrs Dunn)"),
            ("bul", [
                "I like drawing cartoons and making stop-motion films with my Lego figures. I have made 12 films and put them on a USB stick for my nan.",
                "I'm good at football and I'm fast. I'm good at Lego and at thinking up stories.",
                "When I'm older I want to make animated films or design games.",
                "I find it hard when teachers talk for a long time. I forget what I'm meant to do and then I get told off.",
                "Writing makes my hand hurt.",
                "I'd like to have more friends at my new school. At break I don't know who to go with.",
            ]),
            ("sub", "What my parents say"),
            ("p", "Leo's mum and dad describe him as creative, energetic and kind-hearted. They want him to feel he belongs at secondary school, to make friends, and to get the qualifications he needs to follow his interest in film and animation. They worry that he is losing confidence because he does not always understand what he is asked to do."),
        ]),
        ("B", "Special educational needs", [
            ("sub", "Communication and interaction"),
            ("p", "Leo has Developmental Language Disorder (DLD), a long-term difficulty with understanding and using spoken language. He finds it hard to follow instructions of more than two parts, to understand new subject vocabulary and to explain his ideas in order. His speech is clear. He often misreads jokes and banter and at break times he has had falling-outs which he cannot explain afterwards. He does not yet have a settled friendship group."),
            ("sub", "Cognition and learning"),
            ("p", "Leo's reading age is 9 years 2 months and his spelling is well below that expected for his age. His maths reasoning is good when questions are read to him. He tells stories well through drawing and film."),
            ("sub", "Attention"),
            ("p", "Leo has Attention Deficit Hyperactivity Disorder (ADHD). He finds it hard to sit still and to keep his attention in longer lessons, especially in the afternoon."),
            ("sub", "Physical"),
            ("p", "Leo's hands become painful after 5 to 10 minutes of handwriting because of joint hypermobility (very flexible joints)."),
        ]),
        ("C", "Health needs", [
            ("bul", [
                "ADHD: diagnosed by the Community Paediatrician in 2021. Leo takes stimulant medication each morning, which is reviewed by the Community Paediatrician.",
                "Joint hypermobility: the Community Paediatrician's report notes that Leo's finger and wrist joints are very flexible, causing pain when writing, and recommends hand-strengthening exercises and physiotherapy review.",
            ]),
        ]),
        ("D", "Social care needs", [
            ("p", "Social care advice was requested. The Children with Disabilities Social Work Team screened the request in March 2026 and found no social care needs: Leo's care needs are met by his parents. The family have been given information on short breaks and holiday activities and have said they do not need them."),
        ]),
        ("E", "Outcomes", [
            ("tbl", ["Outcome", "How we will measure it"], [
                ["By Summer 2027, Leo will follow two-part instructions in lessons without needing them repeated, on 8 out of 10 occasions.", "Observed by his teaching assistant in English, maths and science once a half-term."],
                ["By July 2027, Leo will use 10 new subject words each half-term correctly in his spoken and written work.", "Vocabulary check with the teaching assistant each half-term: 8 out of 10 correct."],
                ["By Summer 2027, Leo will plan a 1-minute stop-motion film with a 6-frame storyboard and explain it to his class in order.", "Presentation recorded by his English teacher."],
                ["By the end of Year 8, Leo will reach a reading age of 11 years.", "School reading test each term."],
                ["By Summer 2027, Leo will stay on task for 15 minutes in lessons with one reminder.", "Observation by teaching assistant, twice a term."],
                ["By Summer 2027, Leo will write for 15 minutes without stopping because of pain.", "Recorded in English by his teacher."],
                ["By July 2027, Leo will go to a lunchtime club at least twice a week and be able to name two friends there.", "Recorded by his form tutor each half-term."],
            ]),
        ]),
        ("F", "Special educational provision", [
            ("lab", "Speech and language therapy:", "The Speech and Language Therapist will visit school twice termly (1 hour each visit) to assess Leo, set his language targets and train his teaching assistant. A teaching assistant trained by the therapist will deliver the programme 1-2-1, 3 x 20 min sessions weekly."),
            ("lab", "Vocabulary:", "Before each new topic, subject teachers will give Leo a word list with pictures one week in advance; his teaching assistant will pre-teach 5 words a week in a small group (max 4), 2 x 20 min sessions weekly."),
            ("lab", "Literacy:", "Small group literacy intervention each week for 10 weeks."),
            ("lab", "In class:", "In every lesson, teachers will give instructions in short chunks, written on the board with a visual prompt, and check Leo's understanding."),
            ("lab", "Attention:", "Two 5-minute movement breaks in each double lesson, using Leo's break card."),
            ("lab", "Organisation:", "Regular check-ins with a member of the pastoral team to help him stay organised."),
            ("lab", "Writing:", "Leo will have access to a laptop for longer pieces of writing where appropriate."),
            ("lab", "Exams:", "25% extra time and a reader in all tests and exams, arranged by the Special Educational Needs Co-ordinator (SENCo)."),
        ]),
        ("G", "Health provision", [
            ("lab", "Community Paediatrician (Dr Rahman):", "review of Leo's ADHD medication every 6 months (30-minute clinic appointment)."),
            ("p", "Agreed by Claire Lord, Designated Clinical Officer, Mereshire Integrated Care Board, 11 May 2026."),
        ]),
        ("H1", "Social care provision (section 2 of the Chronically Sick and Disabled Persons Act 1970)", [
            ("p", "None - no social care needs (see Section D). Short breaks were offered and declined."),
        ]),
        ("H2", "Other social care provision", [
            ("p", "None."),
        ]),
        ("I", "Placement", [
            ("p", "Haddow Academy (mainstream secondary academy)."),
        ]),
        ("J", "Personal budget", [
            ("p", "Not requested."),
        ]),
        ("K", "Advice and information", [
            ("tbl", ["Advice", "Author", "Date"], [
                ["Leo's views", "Leo, with Carol Dunn, Teaching Assistant", "10.03.2026"],
                ["Parents' views", "Leo's mum and dad", "10.03.2026"],
                ["Educational advice", "Amir Khan, SENCo, Haddow Academy", "05.03.2026"],
                ["Educational psychology advice", "Dr Tom Hughes, Educational Psychologist", "19.02.2026"],
                ["Speech and language therapy advice", "Gemma Holt, Speech and Language Therapist", "24.02.2026"],
                ["Medical advice", "Dr Rahman, Community Paediatrician", "09.11.2023"],
                ["Social care advice", "Helen Crane, Social Worker, Children with Disabilities Social Work Team", "16.03.2026"],
            ]),
        ]),
    ],
)
