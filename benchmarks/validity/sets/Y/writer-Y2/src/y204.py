
# ================================================================ y204 SOUND ef-table
PLANS.append(dict(
    id="y204", layout="ef-table",
    front=[
        ("Name", "Ellis"),
        ("Age", "10"),
        ("National Curriculum year", "Year 5"),
        ("Date this plan was issued", "6th March 2026"),
        ("Date of last annual review", "Not applicable – this is the first plan (next review due by March 2027)"),
        ("Setting", "The Orchard Centre, Little Wenham (independent specialist day school)"),
    ],
    intro=intro("Ellis", "his mum and dad", "him"),
    A=[
        ("h", "All about me – Ellis's own words"),
        ("p", "Ellis wrote this with his teacher, Mrs Dale, at The Orchard Centre on 3 February 2026. He chose to type it "
              "himself and asked for it to be put in exactly as he wrote it, apart from the spelling."),
        ("p", "“My name is Ellis and I am 10. I like Minecraft, Lego Technic and my cat Pixel. I know loads about "
              "volcanoes. I don't like being told what to do all the time because it makes my chest go tight and then I "
              "can't think. When that happens I might shout or hide under the table. It's not because I'm naughty. "
              "It's better when grown-ups give me a choice, like ‘do you want to start with the maths or the drawing?’ "
              "I like The Orchard because it's small and no one shouts. I want to make my own computer game and put it "
              "on the internet. I'd like a friend who likes Minecraft too.”"),
        ("h", "What Ellis's parents say"),
        ("p", "Ellis's mum and dad told us (meeting on 10 February 2026) that Ellis is funny, clever and very loving at "
              "home. He did not attend school for most of Year 3 and Year 4 because the demands of a busy classroom "
              "made him so anxious that he could not get out of the car. Since starting at The Orchard Centre in "
              "September 2025 he has attended every day. They said: “We want Ellis to enjoy learning again, to have "
              "at least one good friend, and to believe in himself. We'd love him to be able to go to a secondary "
              "school that suits him and maybe work with computers one day.”"),
        ("h", "What Ellis is good at"),
        ("ul", [
            "He reads fluently and well above the level expected for his age, and loves information books.",
            "He is creative and builds complex Lego Technic models from instructions.",
            "He has a big vocabulary and a great sense of humour.",
            "He is kind to animals and to younger children.",
            "He is learning to code in Scratch and has made a simple maze game at home.",
        ]),
        ("h", "Aspirations"),
        ("p", "Ellis wants to make his own computer game and have a friend who shares his interests. His parents hope he "
              "will enjoy learning, have good friendships and move on to a secondary school that suits him in September 2027."),
    ],
    B=[
        ("h", "Social, emotional and mental health"),
        ("p", "Ellis is autistic, with a profile of extreme demand avoidance, sometimes called a pathological demand "
              "avoidance (PDA) profile (diagnosis by the Wealdshire Neurodevelopmental Service, November 2024). Everyday "
              "requests, even ones he wants to do, can make him feel out of control and very anxious. When his anxiety "
              "rises he may negotiate, change the subject, refuse, hide or, at the top of his anxiety, shout and throw "
              "things. Direct praise in front of others can also be a trigger. He does best when adults use indirect, "
              "collaborative language, offer real choices and give him time."),
        ("h", "Communication and interaction"),
        ("p", "Ellis's language is very good, but he takes some things literally and finds it hard to read other "
              "children's intentions during play. He likes to be in charge of games and can become upset when others "
              "change the rules. He wants friends and can sustain a shared game for up to 15 minutes with an adult "
              "nearby."),
        ("h", "Cognition and learning"),
        ("p", "Ellis's reading age is 12 years 4 months (February 2026). Because he missed most of Year 3 and Year 4, "
              "there are gaps in his maths: he is secure in addition and subtraction but not yet in multiplication, "
              "division and fractions. He strongly avoids handwriting, which is slow and untidy; he types quickly."),
        ("h", "Sensory and/or physical"),
        ("p", "Ellis is sensitive to noise and to certain clothing labels. He uses noise-cancelling headphones when "
              "needed. The occupational therapist found that his hand strength and pencil control are below what is "
              "expected for his age."),
    ],
    C=[
        ("p", "Ellis has no difficulties with his physical health, eyesight or hearing, but he has high levels of "
              "anxiety linked to his autism. He was assessed by the Weald and Downs Child and Adolescent Mental Health "
              "Service (CAMHS) in December 2025. CAMHS found that his anxiety is severe at times, affects his sleep on "
              "school nights, and needs a clinical psychology intervention with his parents alongside the support in "
              "school."),
    ],
    D=[
        ("p", "Ellis has no social care needs. The Children with Disabilities Team completed a social care assessment "
              "on 14 January 2026 and found that his needs are met by his family with universal services. The family "
              "were given information about the Wealdshire short breaks local offer and the Early Help parenting "
              "course for families of autistic children, and may contact the team again at any time."),
    ],
    Eintro=[("p", "Outcomes will be reviewed at Ellis's first annual review in March 2027. Provision is set out alongside "
                  "each outcome. All staff at The Orchard Centre use a low-demand, collaborative approach with Ellis "
                  "throughout the day.")],
    efheader=["What Ellis will achieve", "What will be provided", "How often and how long", "Who will provide it"],
    alllabel="All outcomes – provision throughout the school day",
    E=[
        ("E1", "Wellbeing",
         "By March 2027, Ellis will tell an adult he needs a break, using words or his traffic-light card, before his "
         "anxiety reaches ‘red’, on 4 out of 5 occasions over a fortnight, as recorded on his regulation log by his key "
         "adult."),
        ("E2", "Friendships",
         "By March 2027, Ellis will play a shared game with another pupil for 20 minutes, taking turns and accepting a "
         "change to the rules without leaving the game, in 3 out of 4 observed sessions, as recorded by the "
         "speech and language therapist."),
        ("E3", "Maths",
         "By March 2027, Ellis will recall multiplication facts for the 2, 5 and 10 times tables and use them to solve "
         "word problems, scoring at least 16 out of 20 on the termly maths assessment marked by his class teacher."),
        ("E4", "Writing and his game",
         "By December 2026, Ellis will plan, build and share a simple game in Scratch with a title screen and three "
         "levels, writing a 150-word ‘how to play’ guide using his laptop, as checked by his class teacher."),
        ("E5", "Accepting praise",
         "By March 2027, Ellis will have written praise from an adult (a note or a sticker on his work) on 4 out of 5 "
         "occasions without tearing or hiding the work, as recorded by his class teacher."),
    ],
    Fintro=FINTRO,
    F=[
        ("E1", "", [
            ("Individual regulation session using the Zones of Regulation and his traffic-light card", "3 times a week, 20 minutes, 1:1", "Key adult: a teaching assistant (TA) trained in the Zones of Regulation and in the PDA Society's approaches"),
            ("A low-stimulation room kept free for Ellis, which he goes to with his key adult whenever he asks or when his key adult sees early signs of rising anxiety", "every school day", "Room provided by the head teacher; Ellis accompanied by his key adult"),
            ("Advice to staff and a written support plan from the educational psychologist", "one 90-minute visit each term", "Educational psychologist, Wealdshire Educational Psychology Service"),
        ]),
        ("E2", "", [
            ("Social communication group based on his interests (Minecraft building club) in a group of no more than 3 pupils", "twice a week, 30 minutes", "Speech and language therapist (SLT) with a TA"),
            ("Speech and language therapy: the Orchard Centre speech and language therapist will see Ellis on his own on Tuesday afternoons for 30 minutes across the summer term, to practise reading other children's intentions", "weekly, 30 minutes, 12 sessions, then review", "Speech and language therapist (Health and Care Professions Council registered)"),
        ]),
        ("E3", "", [
            ("Maths teaching in a class of 6 pupils with a teacher and TA, using concrete resources", "daily, 45 minutes", "Class teacher"),
            ("Multiplication practice 1:1 using a game-based app of Ellis's choosing", "4 times a week, 10 minutes", "Key adult"),
        ]),
        ("E4", "", [
            ("Laptop with speech-to-text and word-prediction software for all written work; set up, updated and repaired", "every lesson", "The Orchard Centre's information technology (IT) technician"),
            ("Occupational therapy (OT): fine motor and hand strength programme. The occupational therapist will see Ellis on his own on Monday mornings for 6 weeks, then write a programme for his key adult to continue", "6 sessions of 40 minutes, then a 30-minute review each half term", "Occupational therapist (HCPC – Health and Care Professions Council – registered)"),
            ("Fine motor programme set by the occupational therapist", "daily, 10 minutes, 1:1", "Key adult"),
            ("From April 2026, a computing project lesson using Scratch", "weekly, 1 hour, in a group of no more than 4 pupils", "Computing teacher"),
        ]),
        ("E5", "", [
            ("Praise given privately and in writing (notes, stickers on work), never announced in front of the class", "every lesson", "All staff, following the plan written by the educational psychologist"),
        ]),
        ("ALL", "", [
            ("Teaching in a class of no more than 6 pupils with a teacher and TA, using a low-demand, collaborative approach with choices offered for each task", "full time, 32.5 hours a week", "Class teacher and TA, both trained in autism and the PDA profile"),
            ("Training for all staff who work with Ellis in the PDA profile", "one 3-hour session in the spring term 2026, refreshed each September", "Specialist autism teacher, Wealdshire Autism Outreach Service"),
        ]),
    ],
    G=[
        ("ul", [
            "A clinical psychologist from Weald and Downs CAMHS will see Ellis's parents, with Ellis joining for part of each session, for 6 sessions of 1 hour, fortnightly from April 2026, then review. The sessions will focus on managing anxiety and bedtime routines at home.",
            "The CAMHS clinical psychologist will attend one 1-hour meeting with The Orchard Centre staff in the summer term 2026 to share strategies, so that home and school use the same approach.",
        ]),
        dco("Dr Helen Okafor, Designated Clinical Officer, Weald and Downs Integrated Care Board (ICB),", "2 March 2026"),
    ],
    H1=[("p", "None. Ellis's social care assessment (14 January 2026) found no eligible needs – see Section D.")],
    H2=[("p", "None. The family have information about short breaks and Early Help – see Section D.")],
    I=[("p", "The Orchard Centre, Little Wenham: an independent specialist day school for autistic pupils aged 7 to 16, "
              "approved under section 41 of the Children and Families Act 2014. Home-to-school transport is arranged "
              "separately under Wealdshire's travel assistance policy.")],
    J=[("p", "Ellis's parents have not asked for a personal budget.")],
    Kintro=[("p", "The advice below was gathered between October 2025 and February 2026.")],
    K=[
        ("Ellis's views (‘All about me’)", "Ellis, with his class teacher", "3 February 2026"),
        ("Parents' views", "Ellis's mum and dad", "10 February 2026"),
        ("Educational advice", "Mrs Dale, class teacher, and the head teacher, The Orchard Centre", "28 January 2026"),
        ("Psychological advice", "Dr Rachel Osei, educational psychologist, Wealdshire Educational Psychology Service", "19 January 2026"),
        ("Medical advice", "Dr Sunita Rao, community paediatrician, Wealdshire Community Paediatrics", "27 November 2025"),
        ("Mental health advice", "Dr Gemma Lowe, clinical psychologist, Weald and Downs CAMHS", "15 December 2025"),
        ("Speech and language therapy advice", "Speech and language therapist, The Orchard Centre", "21 January 2026"),
        ("Occupational therapy advice", "Occupational therapist, The Orchard Centre", "22 January 2026"),
        ("Social care advice (social care assessment)", "Leah Morgan, social worker, Children with Disabilities Team", "14 January 2026"),
        ("Autism outreach advice", "Specialist autism teacher, Wealdshire Autism Outreach Service", "3 October 2025"),
    ],
    signoff=signoff("6 March 2026"),
))
