
# ================================================================ y205 FAIL bold-statutory
PLANS.append(dict(
    id="y205", layout="bold-statutory",
    front=[
        ("Name (first name only)", "Freya"),
        ("Age", "17"),
        ("Education phase", "Post-16 (Year 12)"),
        ("Date this plan was issued", "17 July 2026"),
        ("Date of last annual review", "First plan following EHCNA"),
        ("Setting", "Wealdshire College, Pathways programme"),
    ],
    intro=intro("Freya", "her mother", "her"),
    A=[
        ("h", "Freya's views – in her own words, given to her key worker on 9 June 2026"),
        ("p", "“I want to work with animals, maybe at a rescue centre or a stables. I hate being told what to do. If "
              "people ask me instead of telling me I can usually do it. College is better than school because nobody "
              "makes me sit in a room with thirty people. I want to be able to get the bus to Ashford Magna on my own "
              "and have my own money.”"),
        ("h", "Background"),
        ("p", "Freya presents with an ASC diagnosis with a PDA phenotype, characterised by marked anxiety-driven demand "
              "avoidance, affective dysregulation and co-morbid sensory modulation difficulties. She exhibits significant "
              "masking behaviours in structured settings with subsequent decompensation in the home enviroment. School "
              "refusal occured from Year 9 and Freya have been out of full-time education for most of Key Stage 4."),
        ("h", "Mother's views"),
        ("p", "Freya's mother said at the meeting on 12 June 2026 that Freya is clever, kind to animals and very funny when "
              "she feels safe. She is definately happier at college than she were at school. Her mother would like "
              "Freya to get a job working with animals and to be more independent, for example travelling and managing "
              "money."),
        ("h", "Strengths"),
        ("ul", [
            "Excellent rapport with animals; volunteers at her aunt's stables on Saturdays.",
            "Good verbal reasoning and a wide vocabulary.",
            "Strong sense of fairness and loyal to her friends.",
        ]),
        ("h", "Aspirations"),
        ("p", "Freya wants to work with animals and be able to travel and manage money on her own."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "Freya's expressive language is age-appropriate but SALT assessment indicates difficulties with pragmatic "
              "language and inference, particularly when she is anxious. She can misread the the intentions of others."),
        ("h", "Cognition and learning"),
        ("p", "Freya is working towards Level 1 English and maths Functional Skills. Her reading is good; her written "
              "work is limited by avoidance rather than by ability."),
        ("h", "Social, emotional and mental health"),
        ("p", "Freya's anxiety increases sharply when she percieves a demand, and she may leave the room, refuse or "
              "become verbally aggressive. She works best with one or two trusted adults and needs a seperate space "
              "to regulate. She has had ELSA support in the past which she found helpful."),
        ("h", "Sensory and/or physical"),
        ("p", "Freya is sensitive to noise and bright lighting and finds busy corridors very difficult."),
    ],
    C=[("p", "Awaiting health advice.")],
    D=[
        ("p", "A social care assessment by the Wealdshire Preparing for Adulthood social worker on 14 April 2026 found "
              "that Freya has no eligible social care needs at present. Freya and her mother were given information "
              "about the Ashford Magna youth club for young people with additional needs and the travel training "
              "offered through the local offer."),
    ],
    Eintro=[("p", "Freya's outcomes are grouped under the PfA headings.")],
    E=[
        ("E1", "Employment",
         "By July 2027, Freya will demonstrate sustained engagement in a vocational placement at an animal care setting, "
         "attending 1 day per week and completing the placement supervisor's tasks on 8 out of 10 placement days, as "
         "recorded by the college placement coordinator."),
        ("E2", "Employment",
         "By July 2027, Freya will achieve Level 1 Functional Skills in English and maths, as evidenced by the "
         "exam board certificates."),
        ("E3", "Independent living",
         "By March 2027, Freya will evidence autonomous community mobility, travelling by bus from home to college "
         "independently on 4 days out of 5 for four consecutive weeks, as recorded by her key worker."),
        ("E4", "Good health",
         "By December 2026, Freya will utilise co-regulation and self-regulation strategies to down-regulate "
         "affective arousal, identifying her anxiety level on a 1 to 5 scale and choosing a strategy on 4 out of 5 "
         "recorded occasions, as logged by her key worker."),
        ("E5", "Friends and community",
         "By July 2027, Freya will attend a community group of her choosing (for example the youth club) at least "
         "twice a month for a term, as recorded in her PfA diary reviewed by her key worker."),
    ],
    Fintro=FINTRO,
    F=[
        ("E1", "Provision for E1 and E2", [
            ("Animal care vocational placement with a job coach", "1 day a week, 9.30am to 2.30pm", "College placement coordinator and job coach"),
            ("Functional Skills English and maths teaching in a group of no more than 8", "2 hours each per week", "Functional Skills tutors"),
            ("Freya will have access to a quiet space where possible", "", ""),
        ]),
        ("E3", "Provision for E3", [
            ("Travel training", "6 sessions, then review", "Wealdshire independent travel trainer"),
        ]),
        ("E4", "Provision for E4 and E5", [
            ("Regular check-ins with her key worker", "", "Key worker"),
            ("Small group social skills sessions", "", "LSA"),
            ("SALT input as appropriate to support pragmatic language", "", "College SALT"),
            ("Mentoring may be offered if Freya wishes", "", "College mentor"),
            ("Staff should use non-directive language and offer choices", "", "All staff"),
        ]),
    ],
    G=[("p", "To be confirmed once health advice is recieved.")],
    H1=[("p", "None – see Section D.")],
    H2=[("p", "None – see Section D. Freya's mother has been told about the youth club and travel training in the local offer.")],
    I=[("p", "Wealdshire College (general further education college), Pathways programme for students with SEND, "
              "3 days a week plus 1 day vocational placement. The college has confirmed it can accomodate Freya's needs.")],
    J=[("p", "No personal budget requested.")],
    K=[
        ("Freya's views", "Freya, with her key worker", "9 June 2026"),
        ("Parent's views", "Freya's mother", "12 June 2026"),
        ("Educational advice", "Curriculum manager, Pathways programme, Wealdshire College", "20 May 2026"),
        ("Psychological advice", "Dr Tom Ashworth, educational psychologist, Wealdshire Educational Psychology Service", "11 May 2026"),
        ("SALT report", "College SALT", "18 May 2026"),
        ("Social care advice", "Preparing for Adulthood social worker, Wealdshire Adult Social Care", "14 April 2026"),
        ("Preparing for adulthood advice", "Careers adviser, Wealdshire Careers Service", "2 June 2026"),
    ],
    Kafter=[("p", "Health advice was requested from the community paediatrician on 3 March 2026 and has not been recieved.")],
    signoff=signoff("17 July 2026"),
))
