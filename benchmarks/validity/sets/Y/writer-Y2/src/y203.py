
# ================================================================ y203 FAIL letter-column
PLANS.append(dict(
    id="y203", layout="letter-column",
    front=[
        ("Name", "Amira"),
        ("Age", "11"),
        ("School year", "Year 7"),
        ("Date this plan was issued", "21.09.2026 (amended after annual review)"),
        ("Last annual review", "08.07.2026"),
        ("Setting", "St Edmund's Church of England High School"),
    ],
    intro=intro("Amira", "her parents", "her"),
    A=[
        ("h", "All about me – written by Amira with her teaching assistant, June 2026"),
        ("p", "My name is Amira and I am 11. I have just started at St Edmund's. When I was 8 I was hit by a car outside "
              "my old school and I hurt my brain. I was in hospital for a long time and I had to learn to walk again. "
              "Now I can do nearly everything, but I get really tired, especially in the afternoon, and sometimes the word "
              "I want just disappears. My left hand doesn't work as well as my right, so writing is slow."),
        ("p", "I love animals, especially our rabbit, Biscuit, and my nan's dog. I like drawing, baking with my mum and "
              "swimming. When I grow up I want to be a vet."),
        ("p", "Things that help me: when teachers write things down, when I can have a rest, and when people wait for me "
              "to find my words and don't finish my sentences. I don't like it when people stare at my hand or ask what "
              "happened to me. At my new school I don't really have a friend yet."),
        ("h", "What Amira's parents say"),
        ("p", "“Amira is determined and brave. After the accident the doctors weren't sure she would walk, and now she "
              "swims every week. We worry about how tired she gets and about her seizures, and about her making friends "
              "at a big school. We want her to be happy, to keep up with her learning and, one day, to have the career "
              "she dreams of.” (Amira's mum and dad, 8 July 2026)"),
        ("h", "Strengths"),
        ("ul", [
            "Determined: she works hard even when she is tired.",
            "Good at art and drawing, and knows a huge amount about animals.",
            "Reads accurately and enjoys animal stories.",
            "Kind and thoughtful; staff at her primary school described her as a peacemaker.",
        ]),
        ("h", "Aspirations"),
        ("p", "Amira wants to be a vet. Her parents want her to be happy at secondary school, make friends and keep up with "
              "her learning."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "Since her acquired brain injury (ABI) in 2023 Amira has word-finding difficulties: she knows what she wants "
              "to say but cannot always find the word, especially when tired or under pressure. She processes spoken "
              "language more slowly than her classmates and can lose track of long instructions."),
        ("h", "Cognition and learning"),
        ("p", "Amira's reading accuracy is at the level expected for her age, but her reading comprehension and her "
              "working memory are below average (educational psychologist's assessment, May 2026). She finds it hard to "
              "hold information in mind while writing and to plan longer pieces of work. Her attention drops sharply "
              "after lunch because of fatigue."),
        ("h", "Social, emotional and mental health"),
        ("p", "Amira is anxious about being seen as different, and she has found it hard to make friends since moving to "
              "secondary school. She sometimes spends break time on her own in the library. She can become tearful and "
              "withdrawn at the end of the day."),
        ("h", "Sensory and/or physical"),
        ("p", "Amira has a weakness on her left side (left hemiparesis). Her handwriting is slow and tiring; she can write "
              "about 8 words a minute. She can walk around school independently but finds stairs and crowded corridors "
              "tiring."),
    ],
    C=[
        ("h", "Acquired brain injury"),
        ("p", "Amira sustained a traumatic brain injury in a road traffic accident in 2023. She is followed up by the "
              "paediatric neurology team at the Weald and Downs Children's Hospital."),
        ("h", "Epilepsy"),
        ("p", "Since her injury Amira has had focal seizures (post-traumatic epilepsy). She has about one seizure a month, "
              "usually when she is very tired. During a seizure she stares, fiddles with her clothes and does not "
              "respond for 1 to 2 minutes. She takes lamotrigine twice a day and needs an adult with her during and "
              "after a seizure. The neurology team advises that she should not swim without a trained adult nearby."),
        ("h", "Physical needs"),
        ("p", "Amira has left hemiparesis (weakness of her left arm and leg). She needs a physiotherapy programme to keep "
              "her left arm and leg strong and flexible, and to help her manage stairs safely. Her tiredness is described "
              "in Section B and is managed in school through the provision in Section F."),
    ],
    D=[
        ("p", "Amira's family had a social care assessment (single assessment) by the Children with Disabilities Team "
              "in March 2026. It found that Amira's needs are met by her family with universal services and that she "
              "has no assessed social care needs at present. The family were given information about the Wealdshire "
              "short breaks local offer (the Saturday Youth Club at Ashford Magna) and chose not to use it for now."),
    ],
    Eintro=[("p", "These outcomes will be reviewed at Amira's next annual review in July 2027.")],
    E=[
        ("E1", "Communication",
         "By July 2027, Amira will use a word-finding strategy (describing the word, saying the first sound or using "
         "her word map) to get her message across in class discussion, on 4 out of 5 observed occasions, as "
         "recorded by her teaching assistant each half term."),
        ("E2", "Learning",
         "By July 2027, Amira will complete a 300-word piece of writing on a laptop (such as her animal fact file) using a planning frame, within the "
         "lesson time, in 3 out of 4 English assessments, as marked by her English teacher."),
        ("E3", "Fatigue and independence",
         "By February 2027, Amira will use her rest card to take a planned 10-minute rest in the afternoon without an "
         "adult reminding her, on 4 days out of 5 over a half term, as recorded on her daily chart."),
        ("E4", "Friendships",
         "By July 2027, Amira will spend lunchtime at a club or activity with at least two classmates on 3 days a week "
         "for a half term, as recorded by her form tutor."),
        ("E5", "Physical",
         "By July 2027, Amira will carry her tray and drink across the dining hall using both hands on 4 days out of 5, "
         "as recorded by her teaching assistant."),
    ],
    Fintro=FINTRO,
    F=[
        ("E1", "Provision for E1 – communication", [
            ("Word-finding practice using Amira's word map and the strategies set by the speech and language therapist, 1:1", "3 times a week, 20 minutes", "Teaching assistant trained by the speech and language therapist"),
            ("Key words for each topic sent home and displayed on Amira's desk", "weekly", "Class teachers, collated by the special educational needs co-ordinator (SENCo)"),
        ]),
        ("E2", "Provision for E2 – learning and writing", [
            ("A laptop with word-prediction software for all written work, set up and maintained", "for every lesson", "School information technology (IT) technician"),
            ("Planning frames for extended writing", "every English and humanities lesson", "Subject teachers"),
            ("Working memory and comprehension intervention in a group of no more than 4", "twice a week, 30 minutes, for 12 weeks then review", "Higher level teaching assistant (HLTA)"),
            ("25% extra time and a rest break in tests and exams", "all assessments", "Arranged by the SENCo"),
        ]),
        ("E3", "Provision for E3 – fatigue", [
            ("A rest card and a quiet room for a 10-minute rest in the afternoon", "daily", "Teaching assistant; room provided by the SENCo"),
            ("Timetable adjusted so that Amira does not have two practical lessons in a row after lunch", "whole year", "SENCo with the timetabler"),
            ("Lift pass and permission to leave lessons 5 minutes early to avoid crowded corridors", "every lesson change", "Arranged by the SENCo"),
        ]),
        ("E5", "Provision for E5 – physical", [
            ("Daily practice of the physiotherapy and occupational therapy activities set in Section G, 1:1", "daily, 15 minutes", "Teaching assistant"),
        ]),
    ],
    G=[
        ("ul", [
            "Physiotherapy: a paediatric physiotherapist from the Weald and Downs Children's Therapy Service will see Amira in school for 45 minutes once each half term to review and update her exercise programme.",
            "Speech and language therapy: a speech and language therapist from the Weald and Downs Children's Therapy Service will see Amira on her own in school for 45 minutes every week for 10 weeks in the autumn term to teach her word-finding strategies, then review.",
            "Occupational therapy: an occupational therapist from the Weald and Downs Children's Therapy Service will run a handwriting and keyboard skills programme with Amira, 6 sessions of 1 hour, fortnightly from October 2026, and show her teaching assistant how to continue it.",
        ]),
    ],
    H1=[("p", "None – see Section D.")],
    H2=[("p", "None – see Section D.")],
    I=[("p", "St Edmund's Church of England High School, a mainstream voluntary aided secondary school for pupils aged 11 to 18.")],
    J=[("p", "No personal budget has been requested.")],
    K=[
        ("Amira's views", "Amira, with her teaching assistant", "June 2026"),
        ("Parents' views", "Amira's mum and dad", "8 July 2026"),
        ("Educational advice (annual review report)", "SENCo, St Edmund's Church of England High School", "1 July 2026"),
        ("Psychological advice", "Dr Rachel Osei, educational psychologist, Wealdshire Educational Psychology Service", "20 May 2026"),
        ("Medical advice", "Dr James Whitfield, consultant paediatric neurologist, Weald and Downs Children's Hospital", "11 June 2026"),
        ("Physiotherapy report", "Paediatric physiotherapist, Weald and Downs Children's Therapy Service", "3 June 2026"),
        ("Speech and language therapy report", "Speech and language therapist, Weald and Downs Children's Therapy Service", "27 May 2026"),
        ("Occupational therapy report", "Occupational therapist, Weald and Downs Children's Therapy Service", "9 June 2026"),
        ("Social care advice (single assessment)", "Social worker, Children with Disabilities Team", "16 March 2026"),
    ],
    signoff=signoff("21 September 2026"),
))
