
# ============================================================ m210 (sound; hearing impairment; no social care needs)
plan(
    file="m210.docx", layout="heading2-numbered",
    title="Education, Health and Care Plan",
    front=[
        ("Name", "Harvey"),
        ("Age", "15"),
        ("National Curriculum year", "Year 10"),
        ("Education phase", "Secondary - Key Stage 4 (GCSE years)"),
        ("School", "Haddow Academy"),
        ("Date of annual review meeting", "24 March 2026"),
        ("Date finalised (amended plan)", "21 April 2026"),
        ("Next review", "March 2027"),
    ],
    sections=[
        ("A", "Harvey's views, interests and aspirations, and those of his family", [
            ("sub", "A1 In my own words"),
            ("p", "I'm Harvey. I'm deaf and I wear two hearing aids. I love cars and engines. On Saturdays I help my uncle in his garage - I can change a tyre and do an oil change on my own now. I'm good at maths and at working out how things fit together. I play 5-a-side on Wednesdays."),
            ("p", "The hardest thing is when teachers talk with their back to me or walk around the room, or when everyone talks at once in group work. By the end of the day I'm really tired from listening."),
            ("p", "After Year 11 I want to do a motor vehicle course at college or get an apprenticeship, and then be a vehicle technician. One day I'd like my own garage."),
            ("sub", "A2 What my parents say"),
            ("p", "Harvey's parents say he is practical, loyal to his friends and has a great sense of humour. They want him to get the GCSEs he needs for a motor vehicle course or apprenticeship, to be confident telling new people about his deafness, and to manage his own hearing aids and appointments as he gets older."),
        ]),
        ("B", "Special educational needs", [
            ("sub", "B1 Hearing and communication"),
            ("p", "Harvey has a permanent moderate-to-severe hearing loss in both ears. He uses spoken English, wears two hearing aids and uses a radio aid in lessons (a system where the teacher wears a small microphone that sends their voice straight to his hearing aids). He relies on lip-reading and misses a lot of what is said in noisy rooms, in group discussions and when he cannot see the speaker's face."),
            ("sub", "B2 Language and learning"),
            ("p", "Harvey's maths is a strength: he is predicted a grade 6 at GCSE. His reading is sound, but his vocabulary for new subjects (for example in science and English literature) is behind that of his classmates, because he misses words he has not heard clearly. He is predicted a grade 4 in English Language."),
            ("sub", "B3 Social, emotional and mental health"),
            ("p", "Harvey has a close group of friends. Listening all day leaves him very tired (listening fatigue), and when tired he can withdraw and stop asking for help. He sometimes finds it hard to explain his needs to new teachers."),
        ]),
        ("C", "Health needs", [
            ("p", "Harvey has a permanent bilateral sensorineural hearing loss (hearing loss caused by the inner ear, in both ears), found when he was two. His hearing aids are fitted and checked by the Paediatric Audiology service at Haddow General Hospital. He has no other health needs."),
        ]),
        ("D", "Social care needs", [
            ("p", "Harvey lives with his mum, dad and older sister. The Children with Disabilities Social Work Team screened the request for advice in January 2026 and found no social care needs: Harvey's needs at home are met by his family. The family know about short breaks and the deaf youth activities in the local offer and do not need them now."),
        ]),
        ("E", "Outcomes", [
            ("sub", "E1 Education and employment"),
            ("bul", [
                "By the end of Year 11 (July 2027), Harvey will achieve grade 4 or above in GCSE English Language and maths.",
                "By March '27, Harvey will complete his application for a Level 2 motor vehicle course or apprenticeship, and by July 2027 he will have a confirmed place.",
            ]),
            ("sub", "E2 Independence and self-advocacy"),
            ("bul", [
                "By July 2027, Harvey will tell a new teacher or employer what he needs for his hearing (for example 'please face me when you talk'), using his one-page profile, on 3 occasions observed by the Qualified Teacher of the Deaf.",
            ]),
            ("sub", "E3 Good health"),
            ("bul", [
                "By March '27, Harvey will check his hearing aids and radio aid every morning and report any fault the same day, shown on his checklist on 9 days out of 10.",
                "By July 2027, Harvey will book and go to one of his own audiology appointments using the hospital's text booking service.",
            ]),
            ("sub", "E4 Friends and community"),
            ("bul", [
                "By July 2027, Harvey will attend at least 5 of the 6 Deaf Teens sessions this year and keep playing 5-a-side with his friends each week.",
            ]),
        ]),
        ("F", "Special educational provision", [
            ("sub", "F1 Hearing and communication"),
            ("bul", [
                "Qualified Teacher of the Deaf (QTOD) from the Mereshire Sensory Support Service: fortnightly visits (45 mins) for 1-2-1 pre-teaching of subject vocabulary and a check of his hearing aids and radio aid; plus one training session per term (1 hour) for the staff who teach Harvey.",
                "Radio aid: provided by the Sensory Support Service and maintained by the QTOD at each visit. Harvey checks it each morning with his form tutor.",
                "From May 2027, the QTOD will add a weekly 20-minute 1-2-1 revision session in the run-up to Harvey's GCSE exams.",
                "Every lesson: Harvey sits near the front with a clear view of the teacher's face; teachers wear the radio aid microphone, repeat other students' answers and switch on subtitles for all videos.",
                "Subject teachers will send key vocabulary lists to Harvey and the QTOD one week before each new topic.",
            ]),
            ("sub", "F2 English and learning"),
            ("bul", [
                "English vocabulary and written English: small group (max 4) with a Higher Level Teaching Assistant (HLTA), 2 x 30 min sessions weekly.",
                "Exams: Harvey will sit his exams in a separate small room with 25% extra time, and with a live speaker for the listening parts, applied for by the Special Educational Needs Co-ordinator (SENCo) and set up by the school Exams Officer.",
            ]),
            ("sub", "F3 Wellbeing"),
            ("bul", [
                "Weekly 1-2-1 check-in (15 mins) with the HLTA, to talk about listening fatigue and plan rest breaks.",
                "Deaf Teens group run by the Sensory Support Service: half-termly, 2 hours after school.",
            ]),
            ("sub", "F4 Preparing for adulthood"),
            ("bul", [
                "Careers guidance: a qualified careers adviser will meet Harvey twice termly (45 mins) in Years 10 and 11 to plan his route after Year 11 and help with applications; the QTOD joins one meeting per term.",
                "Work experience: one week at a local garage in July 2026. The school's work experience co-ordinator will visit the employer beforehand (30 mins) to explain Harvey's hearing needs.",
                "One-page profile: written with Harvey by the QTOD in the summer term 2026 and updated each September.",
                "Managing his own hearing care: once each half-term, 15 minutes of a QTOD visit will be used to practise booking appointments and ordering hearing aid batteries with Harvey.",
            ]),
        ]),
        ("G", "Health provision", [
            ("bul", [
                "Paediatric Audiology, Haddow General Hospital: hearing test and hearing aid review every 6 months (1-hour appointment), with new ear moulds made at each review.",
            ]),
            ("p", "The Designated Clinical Officer for Mereshire Integrated Care Board, Dr Leila Ahmed, confirmed agreement to this health provision on 14 April 2026."),
        ]),
        ("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", [
            ("p", "None - no social care needs were identified (see Section D). Short breaks were considered."),
        ]),
        ("H2", "Other social care provision", [
            ("p", "None."),
        ]),
        ("I", "Placement", [
            ("p", "Haddow Academy (mainstream secondary academy, ages 11-16)."),
        ]),
        ("J", "Personal budget", [
            ("p", "No personal budget has been requested."),
        ]),
        ("K", "Advice and information", [
            ("tbl", ["Advice", "Provided by", "Date received"], [
                ["Harvey's views", "Harvey, with Rachel Frost, Qualified Teacher of the Deaf", "10.02.2026"],
                ["Parents' views", "Harvey's mum and dad", "10.02.2026"],
                ["Educational advice (annual review report)", "Amir Khan, SENCo, Haddow Academy", "12.03.2026"],
                ["Educational psychology advice", "Dr Sam Clarke, Educational Psychologist", "03.02.2026"],
                ["Hearing impairment advice", "Rachel Frost, Qualified Teacher of the Deaf, Mereshire Sensory Support Service", "28.01.2026"],
                ["Health advice", "Joanne Wells, Clinical Scientist (Audiology), Paediatric Audiology, Haddow General Hospital", "15.01.2026"],
                ["Social care advice", "Lisa Mann, Social Worker, Children with Disabilities Social Work Team", "20.01.2026"],
                ["Preparing for adulthood advice", "Lee Grant, Careers Adviser, Mereshire Careers Service", "05.02.2026"],
            ]),
        ]),
    ],
)
