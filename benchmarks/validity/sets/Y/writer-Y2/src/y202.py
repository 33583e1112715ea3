
# ================================================================ y202 FAIL ef-table
PLANS.append(dict(
    id="y202", layout="ef-table",
    front=[
        ("Name", "Kai"),
        ("Age", "15"),
        ("National Curriculum year", "Year 10"),
        ("Date this plan was issued", "12/06/2026"),
        ("Date of last annual review", "Not applicable – this is the first plan"),
        ("Setting", "Thornbury Academy (mainstream secondary)"),
        ("Other plans in place", "Child in need plan (Wealdshire Children's Services); 9-month referral order (Wealdshire Youth Offending Service)"),
    ],
    intro=intro("Kai", "his mum", "him"),
    A=[
        ("h", "Kai's history"),
        ("p", "Kai is 15 and lives with his mum and his two younger brothers in Hadleigh Cross. He was diagnosed with "
              "foetal alcohol spectrum disorder (FASD) in 2019. Kai moved between three primary schools and missed a "
              "lot of Year 7 and Year 8. Since January 2026 he has been supported by a child in need plan through "
              "Wealdshire Children's Services, and in March 2026 he was given a 9-month referral order by the youth "
              "court after he was involved in damaging a bus shelter with older boys. His Youth Offending Service "
              "(YOS) case manager sees him every week. Kai is in Year 10 and is studying for General Certificate of "
              "Secondary Education (GCSE) exams."),
        ("h", "What Kai says"),
        ("p", "Kai talked to the SEND case officer at school on 22 April 2026, with his mum there. These are his words:"),
        ("p", "“School is all right when I know what I'm doing. I hate it when teachers talk for ages and then say "
              "‘off you go’ and I can't remember what they said. Then I mess about so no one sees I don't get it. "
              "I'm good at practical stuff – food tech, football, fixing my bike. I want to get my GCSEs so I'm not stuck. "
              "I like my YOS worker, she's sound. I don't want to end up back in court.”"),
        ("h", "What Kai's mum says"),
        ("p", "“Kai has a big heart. He's brilliant with his little brothers and he'll do anything for you if he "
              "trusts you. He gets led by older lads because he wants to fit in and he doesn't think about what "
              "happens next – that's the FASD. I want him to catch up with his reading and his maths and stay in "
              "school so he gets his English and maths GCSEs.” (Mum, 22 April 2026)"),
        ("h", "Kai's strengths"),
        ("ul", [
            "Practical and hands-on: he does well in food technology and sport.",
            "Kind and protective towards younger children.",
            "Funny and good company; adults who know him enjoy working with him.",
            "He keeps his YOS appointments and is proud of this.",
        ]),
        ("h", "Aspirations"),
        ("p", "Kai wants to pass his GCSEs, including English and maths, so that he has choices after Year 11. His mum wants "
              "him to stay in school, catch up with his reading and maths and keep out of trouble."),
    ],
    B=[
        ("h", "Cognition and learning"),
        ("p", "Kai's FASD affects his working memory, the speed at which he takes in information, and his ability to "
              "plan and organise. On the standardised tests given by the special educational needs co-ordinator (SENCo) in March 2026 his reading age was 10 years 2 months "
              "and his maths was at about the level expected at the end of Year 6. He forgets multi-step instructions "
              "and needs information shown visually and broken down. He learns well through practical tasks."),
        ("h", "Communication and interaction"),
        ("p", "Kai talks fluently and can seem to understand more than he does. The educational psychologist found that "
              "he has difficulty understanding longer spoken sentences and abstract language, and he often says "
              "‘yeah’ when he has not understood."),
        ("h", "Social, emotional and mental health"),
        ("p", "Kai finds it hard to stop and think before acting, and he is easily influenced by older peers. He has had "
              "four fixed-term suspensions this school year, all after he walked out of lessons and refused to return. "
              "He responds well to one trusted adult and to calm, clear limits. His attendance is 81%."),
    ],
    C=[
        ("p", "Kai's FASD was diagnosed by the Wealdshire Neurodevelopmental Service in 2019. It is lifelong and affects "
              "his memory, attention and impulse control; these needs are described in Section B and met through the "
              "provision in Section F. Kai is otherwise physically healthy: his review with the community paediatrician "
              "on 2 April 2026 found no other health needs, and his hearing and eyesight are normal."),
    ],
    D=[
        ("p", "Kai has no social care needs."),
    ],
    Eintro=[("p", "The table below sets out each outcome and the provision that will help Kai achieve it.")],
    efheader=["Outcome", "Provision", "Frequency", "Who"],
    E=[
        ("E1", "Cognition and learning", "Kai will receive 1:1 support from a teaching assistant in English and maths lessons."),
        ("E2", "Cognition and learning",
         "By July 2027, Kai will read a one-page text at his reading level and answer 4 out of 5 questions about it "
         "correctly, as measured each half term by the SENCo using the school's reading assessment."),
        ("E3", "Social, emotional and mental health", "Kai is given a daily check-in with his key adult so that he feels settled in school."),
        ("E4", "Social, emotional and mental health", "Staff will use a consistent behaviour plan and give Kai time out when he needs it."),
        ("E5", "Cognition and learning – attendance",
         "By the end of the summer term 2027, Kai will attend school on at least 9 days out of 10 and stay in all his "
         "timetabled lessons, as shown on the school's attendance register and lesson-by-lesson registers."),
        ("E6", "Cognition and learning – maths",
         "By July 2027, Kai will use a number line and a times-table square to solve two-step money problems, getting "
         "8 out of 10 correct on the termly maths check marked by his maths teacher."),
    ],
    Fintro=FINTRO,
    F=[
        ("E1", "", [
            ("1:1 in-class support in English and maths lessons to break tasks into steps and check understanding", "8 lessons a week (4 English, 4 maths), 60 minutes each", "Teaching assistant trained in FASD strategies by the SENCo"),
        ]),
        ("E2", "", [
            ("Reading intervention (Read Write Inc. Fresh Start) in a group of no more than 4 pupils", "3 times a week, 30 minutes, for 2 terms then review", "Trained HLTA (higher level teaching assistant)"),
            ("Pre-teaching of key vocabulary for English lessons, 1:1", "twice a week, 15 minutes", "Teaching assistant"),
        ]),
        ("E3", "", [
            ("Check-in with Kai's named key adult at the start and end of the school day, using a visual timetable for the day", "daily, 10 minutes morning and 5 minutes afternoon", "Learning mentor"),
        ]),
        ("E4", "", [
            ("Individual behaviour support plan based on FASD-informed strategies, shared with all staff who teach Kai", "reviewed every half term in a 30-minute meeting with Kai and his mum", "SENCo"),
            ("Time-out pass to a named base room, with a 10-minute timer and a planned return", "available in every lesson, no more than twice a day", "Learning mentor"),
            ("FASD awareness training for all staff who teach Kai", "one 90-minute session in September 2026", "Educational psychologist, Wealdshire Educational Psychology Service"),
        ]),
        ("E5", "", [
            ("Attendance support meeting with Kai and his mum", "every 2 weeks, 20 minutes", "Head of year"),
        ]),
        ("E6", "", [
            ("Maths intervention (money and number) in a group of no more than 4 pupils", "twice a week, 40 minutes", "Maths teacher"),
        ]),
    ],
    G=[
        ("ul", [
            "Dr Sunita Rao, community paediatrician, Wealdshire Community Paediatrics, will review Kai's FASD once a year in a 45-minute clinic appointment (next due April 2027) and write to school with any new advice.",
        ]),
        dco("Dr Helen Okafor, Designated Clinical Officer (DCO), Weald and Downs Integrated Care Board (ICB),", "3 June 2026", "confirmed"),
    ],
    H1=[("p", "None.")],
    H2=[("p", "None.")],
    I=[("p", "Thornbury Academy, a mainstream secondary academy for pupils aged 11 to 16.")],
    J=[("p", "No personal budget was requested.")],
    K=[
        ("Parent's views", "Kai's mum", "22 April 2026"),
        ("Kai's views", "Kai, with the SEND case officer", "22 April 2026"),
        ("Educational advice", "SENCo, Thornbury Academy", "14 April 2026"),
        ("Psychological advice", "Tom Ashworth, educational psychologist, Wealdshire Educational Psychology Service", "8 April 2026"),
        ("Medical advice", "Dr Sunita Rao, community paediatrician", "2 April 2026"),
        ("Preparing for adulthood advice", "Careers adviser (Level 6 Diploma in Career Guidance), Wealdshire Careers Service", "20 May 2026"),
    ],
    signoff=signoff("12 June 2026"),
))
