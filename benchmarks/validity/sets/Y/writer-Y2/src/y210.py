
# ================================================================ y210 FAIL letter-column
PLANS.append(dict(
    id="y210", layout="letter-column",
    front=[
        ("Name", "Jordan"),
        ("Age", "15"),
        ("School year", "Year 10"),
        ("Date this plan was issued", "2 October 2026 (amended following annual review)"),
        ("Last annual review", "9 September 2026"),
        ("Setting", "Marlowe Park School (mainstream secondary with a hearing resource base)"),
    ],
    intro=intro("Jordan", "his mum", "him"),
    A=[
        ("h", "Jordan's story"),
        ("p", "Jordan is 15 and lives with his mum and older sister in Wickford Green. When he was 12 he fell from a "
              "garage roof and fractured his skull. He has an acquired brain injury (ABI) and a moderate hearing loss "
              "in his left ear as a result. He wears a hearing aid and uses a radio aid in lessons. In February 2026 "
              "Jordan was given a 6-month referral order by the youth court after a fight outside a shop; he completed "
              "it in August 2026 and worked well with the Youth Offending Service (YOS)."),
        ("h", "What Jordan says – from his review meeting on 9 September 2026"),
        ("p", "“I want to be a mechanic. My uncle's got a garage and I help him on Saturdays – I can do an oil change "
              "and change a tyre on my own. I want to do motor vehicle at college and get my own car when I'm 17. "
              "School's long. I get tired and I can't hear properly when everyone's talking, so I give up. When "
              "people shout at me I lose it.”"),
        ("h", "What Jordan's mum says"),
        ("p", "“Jordan's a different boy since the accident, but he's still funny and he still loves cars. He's brilliant "
              "with his hands. I'd like him to get on the motor vehicle course at Wealdshire College and have a proper "
              "trade, like his uncle.” (Jordan's mum, 9 September 2026)"),
        ("h", "Strengths"),
        ("ul", [
            "Skilled and careful with practical, mechanical work.",
            "Completed his referral order and every session with his YOS worker.",
            "Good sense of humour; well liked by younger pupils.",
            "His maths is a relative strength, especially measuring and practical calculations.",
        ]),
        ("h", "Aspirations"),
        ("p", "Jordan wants to be a mechanic, to go on the motor vehicle course at Wealdshire College and to drive. His "
              "mum wants the same: a place on the motor vehicle course and a trade."),
    ],
    B=[
        ("h", "Cognition and learning"),
        ("p", "Since his ABI Jordan has slower processing speed and weaker working memory (educational psychologist, June "
              "2026). He tires easily, and by the afternoon his concentration drops sharply. His reading age is 11 years 3 months."),
        ("h", "Communication and interaction"),
        ("p", "Jordan has difficulty following group discussion, partly because of his hearing loss and partly because of "
              "his slower processing. The speech and language therapist found that he has difficulty finding the right "
              "words when he is under pressure."),
        ("h", "Social, emotional and mental health"),
        ("p", "Jordan becomes angry quickly, particularly when he feels shouted at or confused. He has had three fixed-term "
              "suspensions since September 2025. He sometimes says he feels low and that he is ‘not the same person’."),
        ("h", "Sensory and/or physical – hearing"),
        ("p", "Jordan has a moderate hearing loss in his left ear and wears a hearing aid. In noisy rooms he misses much of "
              "what is said unless his radio aid is used. He does not always wear his hearing aid because he is "
              "self-conscious about it."),
    ],
    C=[
        ("h", "Hearing"),
        ("p", "Jordan's hearing is reviewed by the Wealdshire Children's Audiology Service. He has a moderate hearing loss "
              "in his left ear and has a behind-the-ear hearing aid."),
        ("h", "Mental health"),
        ("p", "Jordan has low mood and problems controlling his anger since his brain injury. His general practitioner (GP) referred him to the "
              "Weald and Downs Child and Adolescent Mental Health Service (CAMHS) in June 2026, and he has been accepted "
              "for treatment."),
    ],
    D=[
        ("p", "Jordan was assessed by the Children with Disabilities Team on 17 June 2026. The assessment found that "
              "Jordan needs activities with other young people outside school where adults understand his brain injury "
              "and hearing loss, and that his mum needs a break from caring, as she is a single parent and Jordan can be "
              "physically aggressive at home when he is tired."),
    ],
    Eintro=[("p", "Jordan's outcomes will be reviewed at his next annual review in September 2027.")],
    E=[
        ("E1", "Learning",
         "By July 2027, Jordan will stay in every lesson for the full 50 minutes in at least 4 out of 5 lessons each day "
         "over a half term, as shown on the lesson-by-lesson register."),
        ("E2", "Reading",
         "By July 2027, Jordan will raise his reading age from 11 years 3 months to at least 12 years 6 months on the "
         "school's standardised reading test, given by the special educational needs co-ordinator (SENCo)."),
        ("E3", "Hearing",
         "By December 2026, Jordan will hand his radio aid transmitter to the teacher at the start of every lesson "
         "without being reminded, on 9 out of 10 lessons, as recorded by the teaching assistant in the hearing resource base."),
        ("E4", "Behaviour",
         "By April 2027, Jordan will use his ‘time out’ card and go to the resource base when he feels his anger rising, "
         "so that the number of incidents recorded on the school's behaviour log falls from about 4 a month to no more than "
         "1 a month over a half term."),
    ],
    Fintro=FINTRO,
    F=[
        ("E1", "Provision for E1 and E4 – learning and regulation", [
            ("Rest break in the hearing resource base, with water and a quiet space", "daily, 15 minutes after lunch", "Resource base teaching assistant"),
            ("Anger management programme (adapted for young people with brain injury), 1:1", "weekly, 40 minutes, for 10 weeks then review", "Learning mentor trained by the educational psychologist"),
            ("Educational psychologist consultation with staff on ABI-informed behaviour strategies", "once a term, 1 hour", "Educational psychologist, Wealdshire Educational Psychology Service"),
        ]),
        ("E2", "Provision for E2 – reading", [
            ("Reading intervention in a group of no more than 3", "3 times a week, 30 minutes", "Higher level teaching assistant (HLTA)"),
            ("Speech and language therapy (SLT): 1:1 word-finding programme", "fortnightly, 45 minutes, for the autumn and spring terms", "Speech and language therapist, Weald and Downs Children's Therapy Service"),
        ]),
        ("E3", "Provision for E3 – hearing", [
            ("Radio aid system (transmitter and receiver), checked daily and serviced", "checked daily; serviced each term", "Provided and maintained by the Wealdshire Sensory Support Service; daily checks by the resource base teaching assistant"),
            ("Visits from a qualified teacher of the deaf to advise staff and check Jordan's listening environment", "once each half term, 1 hour", "Qualified teacher of the deaf, Wealdshire Sensory Support Service"),
            ("Pre-tutoring of key vocabulary before lessons, in the resource base", "4 times a week, 15 minutes, 1:1", "Resource base teaching assistant"),
        ]),
        ("E4", "Short breaks", [
            ("Saturday activity club for disabled young people (motor sport and outdoor activities), with a 1:1 support worker", "every other Saturday, 10am to 4pm", "Wealdshire Short Breaks Service"),
        ]),
    ],
    G=[
        ("ul", [
            "Audiology: the Wealdshire Children's Audiology Service will review Jordan's hearing and hearing aid every 6 months (45-minute clinic appointment).",
            "Mental health: CAMHS will see Jordan for therapy sessions to help with his mood and anger.",
        ]),
        dco("Dr Helen Okafor, Designated Clinical Officer, Weald and Downs Integrated Care Board (ICB),", "25 September 2026", "agreed"),
    ],
    H1=[("p", "Overnight short breaks at Oakfield House short breaks unit: 2 nights a month (Friday and Saturday), "
               "provided by Wealdshire Children's Services, to give Jordan's mum a break from caring.")],
    H2=[("p", "Maths and English tuition at home with a qualified teacher, 1:1, 2 hours a week (Tuesday and Thursday "
               "evenings), funded by Children's Services to help Jordan catch up on learning missed through suspensions.")],
    I=[("p", "Marlowe Park School, a mainstream secondary academy for pupils aged 11 to 18, with a resource base for "
              "pupils who are deaf or have a hearing loss.")],
    J=[("p", "No personal budget has been requested.")],
    K=[
        ("Jordan's views", "Jordan, at his annual review", "9 September 2026"),
        ("Parent's views", "Jordan's mum", "9 September 2026"),
        ("Educational advice (annual review report)", "SENCo, Marlowe Park School", "1 September 2026"),
        ("Hearing support advice", "Teaching assistant (hearing), Wealdshire Sensory Support Service", "28 August 2026"),
        ("Psychological advice", "Dr Laura Benn, educational psychologist, Wealdshire Educational Psychology Service", "24 June 2026"),
        ("Medical advice", "Dr Sunita Rao, community paediatrician, Wealdshire Community Paediatrics", "15 July 2026"),
        ("Audiology report", "Clinical scientist (audiology), Wealdshire Children's Audiology Service", "2 July 2026"),
        ("Speech and language therapy report", "Speech and language therapist, Weald and Downs Children's Therapy Service", "7 July 2026"),
        ("Social care advice", "Social worker, Children with Disabilities Team", "17 June 2026"),
        ("Preparing for adulthood advice", "Careers adviser, Wealdshire Careers Service", "3 September 2026"),
    ],
    signoff=signoff("2 October 2026"),
))
