"""Answer key for set L1 (written out as labels.yaml by generate.py)."""

CRITERIA = [
    "CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW",
    "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-VOICE", "PC-ASPIRATIONS", "PC-ASPIRATION-LINK",
    "PC-PFA", "PC-STRENGTHS",
    "PR-VAGUE-WORDING", "PR-QUANTIFIED", "PR-OUTCOME-LINK",
    "HC-NEEDS", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-ADVICE", "HC-DCO-SIGNOFF",
    "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES",
    "SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "SC-RIGHT-SECTION",
    "LG-SPELLING", "LG-GRAMMAR", "LG-READABILITY", "LG-JARGON",
]


def plan(file, layout, age, year_group, needs, voice, na=(), fail=None, why=None):
    labels = {c: "pass" for c in CRITERIA}
    for c in na:
        labels[c] = "na"
    for c in (fail or {}):
        labels[c] = "fail"
    entry = {"file": file, "layout": layout, "age": age, "year_group": year_group,
             "needs": needs, "voice": voice, "labels": labels}
    w = dict(why or {})
    for c in (fail or {}):
        w.setdefault(c, fail[c])
    if w:
        entry["why"] = {c: w[c] for c in CRITERIA if c in w}
    return entry


UNDER_Y9 = ("PC-PFA",)
NO_STATUS = ("SC-STATUTORY-LINK",)
NO_THERAPY = ("HC-THERAPY-PLACEMENT",)

PLANS = [
    plan("l101.docx", "bold-statutory", 3, "Nursery (F1)", ["Down syndrome", "SLCN", "physical"],
         "key person's observation of play, signs and photo choices; parents' own words",
         na=UNDER_Y9 + NO_STATUS,
         why={
             "PC-VOICE": "tricky pass: \"Her key person at nursery, Jodie, gathered Maisie's views over three sessions in July 2026 by watching her play, offering her a choice of photographs and noting what she signed\" - a three-year-old's views gathered through play by a practitioner, plus the parents' quoted views",
             "PR-QUANTIFIED": "tricky pass: \"Speech and Language Therapist, Integrated Children's Therapy Service, visits to assess Maisie, model the programme and update her targets\" | \"Once each half-term (6 visits a year)\" | \"1 hour\" - a professional's half-termly 1-hour visit needs no group size; equipment rows name who provides/maintains (\"Fitted and checked each term by the nursery's site manager\")",
             "HC-THERAPY-PLACEMENT": "pass: speech and language therapy and OT are in F; physiotherapy (a health therapy) is in G",
             "HC-DCO-SIGNOFF": "\"the health provision in this section was agreed on 11 September 2026 by Joanne Pickles, the ICB's Designated Clinical Officer\"",
             "SC-NEEDS": "pass: \"completed a social care assessment on 2 July 2026 and found no social care needs\"; short breaks considered",
         }),
    plan("l102.docx", "ef-table", 15, "Year 10", ["ASC", "SEMH"], "first person (written with key worker); mother's words",
         na=NO_STATUS + NO_THERAPY,
         fail={
             "CA-STATUTORY-ADVICE": "Year 10 plan: Section K has no preparing-for-adulthood / careers advice (list runs from \"Kian's views\" to \"Social care advice\" only)",
             "PC-SMART": "\"By July 2027, Kian will be less anxious and happier in school.\" - no measure of success",
             "PC-OUTCOME-NOT-PROVISION": "\"Kian has a key adult he can go to at the start of the day and at break and lunch.\" - written in the outcome column; this is provision he receives",
             "PC-PFA": "Year 10 and no preparing-for-adulthood outcome: nothing on college/IT course, travel, independent living or health although A says \"I'd like to go to college to do IT\" and \"I also want to learn to drive\"",
             "PR-VAGUE-WORDING": "\"Access to a quiet space (the library office) as required\" and \"Kian will be offered opportunities to attend the lunchtime coding club as appropriate\"",
             "PR-QUANTIFIED": "\"Social communication group\" | \"Weekly for 10 weeks\" | \"School\": no session length, group size or who with what expertise; the quiet space row has no set frequency (\"As required\")",
             "SC-NEEDS": "Section D reads only \"Not applicable.\" - no statement of needs or basis",
             "SC-PROVISION-SPECIFIC": "H1 and H2 read \"Not applicable.\" - no provision and no statement that short breaks or early help were considered",
         },
         why={
             "PC-ASPIRATION-LINK": "tricky pass: outcomes build on his game-design/coding interest (\"give a five-minute talk to his computing class about a game he has designed\"); the missing college/driving aspirations are failed under PC-PFA",
             "SC-ADVICE": "pass: \"Duty and Assessment Team, Children's Social Work Service (Team Manager, Sarah Quinn)\", 10 March 2026",
         }),
    plan("l103.docx", "national-template", 8, "Year 4", ["EAL", "SLCN (developmental language disorder)"],
         "child's words gathered with pictures in Polish and English by teachers; parents via interpreter",
         na=UNDER_Y9 + NO_STATUS + ("HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"),
         fail={
             "CA-ADVICE-AGE": "\"Educational psychologist\" | \"18 January 2023\" - about 42 months old when the plan was issued on 14 July 2026",
             "CA-STATUTORY-ADVICE": "\"Medical advice\" | \"Not received (requested 20 March 2026)\" - no health advice in the assessment",
             "PC-OUTCOME-NOT-PROVISION": "\"From September 2026, Oliwia will recieve speech and language therapy every week.\" and \"From September 2026, Oliwia will have a daily check-in with a familiar adult when she arrives at school.\" written as outcomes",
             "HC-NEEDS": "C: \"Health advice has been requested from Community Paediatrics and has not yet been received. This section will be updated when it arrives.\" - health needs not described",
             "HC-PROVISION-SPECIFIC": "G: \"To be confirmed.\"",
             "HC-ADVICE": "\"Medical advice\" | \"Not received (requested 20 March 2026)\" | \"Community Paediatrics\"",
             "LG-SPELLING": "\"definately\", \"recieve\", \"seperate\", \"begining\"",
             "LG-GRAMMAR": "\"Oliwia and her brother goes to Polish Saturday school\", \"She don't always ask for help\", \"the adults which works with her\"",
         },
         why={
             "PC-SMART": "tricky pass: the child outcomes are specific, measured and dated (e.g. \"By July 2027, Oliwia will follow three-part classroom instructions without a picture prompt on 4 out of 5 occasions, recorded by her TA.\"); the two provision statements are failed under PC-OUTCOME-NOT-PROVISION",
             "HC-THERAPY-PLACEMENT": "pass: speech and language therapy is in F",
             "CA-DATED": "pass: every advice item received names who and when; the medical advice row is a request not yet answered (failed under HC-ADVICE / CA-STATUTORY-ADVICE)",
             "HC-NEEDS-MET": "na: no health needs are recorded (the failure is recorded under HC-NEEDS)",
             "PR-QUANTIFIED": "tricky pass: \"A Specialist Speech and Language Therapist (Integrated Children's Therapy Service) will see Oliwia in school every half-term (six visits a year, 1 hour each)\" - a professional's visit",
         }),
    plan("l104.docx", "bold-statutory", 12, "Year 7", ["ADHD", "MLD", "epilepsy"], "first person (pupil voice sheet); mother's words",
         na=UNDER_Y9 + NO_STATUS + NO_THERAPY,
         fail={
             "CA-DATED": "\"Parental views - Stacey (mother)\", \"Annual review report - Holmebridge High School, Mrs Patel (SENCo)\" and \"Psychological advice - Holmebridge Educational Psychology Service\" carry no date",
             "CA-ADVICE-AGE": "the currency of three advice items (parental views, the school's report and the psychological advice) cannot be established because they are undated",
             "PC-ASPIRATION-LINK": "A: \"When I grow up I want to be a chef in a big restaurant, or a footballer\" and Mum: \"I'd love him to do a cooking course at college one day\" - no outcome in E draws on cooking, food technology or football",
             "PR-QUANTIFIED": "\"Precision teaching for reading and spelling of subject words\" | \"Daily\" | [blank] | [blank] | \"School staff\"; and \"Handwriting programme\" | \"Three times a week\" | [blank] | [blank] | \"TA\": no duration, ratio or expertise",
             "HC-NEEDS-MET": "C: \"Epilepsy: Dylan has focal seizures with impaired awareness ... The Children's Epilepsy Nurse Specialist has advised that staff who work with Dylan need training in his care plan\" - G has only the ADHD medication review; no epilepsy provision (training, care plan review, nurse)",
             "HC-OUTCOMES": "epilepsy (C) leads to no outcome in E",
         },
         why={
             "HC-ADVICE-PROVIDERS": "pass: the only G provider (Community Paediatrician, Dr Ben Okafor) gave dated advice",
             "HC-DCO-SIGNOFF": "\"agreed by Lisa Crowther, the ICB's Designated Clinical Officer (DCO), on 28 October 2026\"",
         }),
    plan("l105.docx", "national-template", 17, "Year 12", ["HI"], "first person (young person); mother's words",
         na=NO_STATUS + NO_THERAPY,
         why={
             "PC-OUTCOME-NOT-PROVISION": "tricky pass: \"Ellis will gain his Level 1 Diploma in Animal Care\", \"Ellis will be awarded Functional Skills English at Entry Level 3\" and \"Ellis will receive a placement review from his supervisor rating him 'good' or better\" are achievements, not provision",
             "PR-VAGUE-WORDING": "tricky pass: \"access Holmebridge town centre and the leisure centre independently\" is an outcome in E, not provision",
             "PR-QUANTIFIED": "tricky pass: \"25% extra time and a quiet room for all college assessments and exams. The college's Exams and Access Arrangements Officer applies for these\" (access arrangement) and the radio aid \"checks and maintains it each half-term\" (equipment)",
             "CA-STATUTORY-ADVICE": "pass: QToD advice (\"Advice from a Qualified Teacher of the Deaf\"), PfA advice, medical, EP, social care, educational and young person's views all present",
             "SC-NEEDS": "pass: \"An assessment by the Children's Social Work Service on 29 April 2026 found no social care needs arising from his deafness\"",
             "CA-DATED": "pass: the two unfilled K rows (\"Advice and information from any other person...\" and \"...parent or young person reasonably requests...\") are template rows nobody filled, not advice items",
         }),
    plan("l106.docx", "ef-table", 6, "Year 1", ["ASC", "non-verbal"], "observation and picture choices gathered by class teacher and TA; parents' words",
         na=UNDER_Y9 + NO_STATUS + ("HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"),
         why={
             "HC-NEEDS": "pass: \"Alfie has no health care needs relating to his special educational needs. Dr Farah Siddiqui, Community Paediatrician, who diagnosed his autism, confirmed this in her advice of 12 December 2025\"",
             "PR-QUANTIFIED": "tricky pass: \"Speech and Language Therapist, Integrated Children's Therapy Service: reviews Alfie, updates his programme and coaches staff\" | \"Every half-term (6 visits a year), 1 hour each\"; iPad app \"The school's IT technician keeps the iPad and app updated\"",
             "PC-VOICE": "tricky pass: non-speaking child; views gathered by observation and photo choices by class teacher and TA",
             "SC-STATUTORY-LINK": "na: \"Alfie is not on a child in need plan or a child protection plan\"",
         }),
    plan("l107.docx", "bold-statutory", 14, "Year 9", ["SEMH", "literacy difficulties"], "young person's words (with learning mentor); mother's words",
         na=NO_THERAPY,
         fail={
             "CA-STATUTORY-ADVICE": "no social care advice in K although D records a child protection plan",
             "CA-ANNUAL-REVIEW": "\"Date of Issue: 9 June 2025\" and \"Review Due: June 2026\"; no later review recorded - more than 12 months before the audit date 2026-12-01",
             "PC-STRENGTHS": "A and B describe only difficulties (\"He's angry a lot of the time and won't get up for school\", \"He can be rude to staff\"); no strengths section or anything Jordan can do",
             "PR-OUTCOME-LINK": "B: \"Jordan's reading age is 9 years 2 months\" and E: \"Jordan's reading age will rise from 9 years 2 months to 10 years 6 months\" - F contains no reading or literacy provision",
             "SC-STATUTORY-LINK": "D: \"He has been subject to a child protection plan since February 2025 under the category of neglect\" - no trace of the social worker's contribution or the CP plan in D/H, H1 and H2 \"None.\", no social care advice in K",
             "SC-PROVISION-SPECIFIC": "H1: \"None.\" H2: \"None.\" - no mention of early help, young carers support or short breaks being considered",
             "SC-ADVICE": "no social care advice listed in K",
         },
         why={
             "SC-NEEDS": "tricky pass: D describes his situation (child protection plan, caring for his sisters); the failure is that it did not inform the plan (SC-STATUTORY-LINK)",
             "PC-PFA": "pass: employment (motor vehicle course, work taster), independent living (travel), good health (sleep) outcomes",
         }),
    plan("l108.docx", "national-template", 20, "Post-19", ["physical (cerebral palsy)", "SLD"], "views gathered via communication book by key worker; mother's words",
         na=NO_STATUS,
         fail={
             "PC-ASPIRATIONS": "Aspirations: \"To be discussed at the next review.\"; neither Beth's nor her mother's hopes for the future are recorded",
             "PC-ASPIRATION-LINK": "no aspirations to build on, and the outcomes (shredder, personal care choices, supermarket trip) do not draw on the interests recorded (music, hydrotherapy, the café)",
             "HC-THERAPY-PLACEMENT": "G: \"Speech and language therapy: direct 1:1 therapy, weekly, 45 minutes, by the college SLT, to develop Beth's use of her PODD book and eye-gaze device.\" and \"Occupational therapy: 1:1 session weekly, 45 minutes, by the college OT, working on kitchen skills and switch use.\" - therapy that trains her is in G, not F",
             "SC-RIGHT-SECTION": "F: \"A personal assistant (PA) for personal care at home before college (hoisting, washing and dressing), 7am to 8.30am, Monday to Friday; and a support worker (1:1) for Saturday leisure activities, 4 hours each week.\" - social care provision written in F (H2 says \"see Section F\")",
             "LG-READABILITY": "A: \"Beth presents with bilateral spastic quadriplegic CP (GMFCS level V) with associated SLD\"; E: \"Beth will use PAS with her PODD book to initiate communication for at least 3 communicative functions\" - not readable by a family",
             "LG-JARGON": "CP, GMFCS, SLD, IDDSI, AAC, PODD, PAS, SLT, LSA, AT, ADL, PfA, ICB never explained",
         },
         why={
             "PR-OUTCOME-LINK": "tricky pass: the communication and hand-function needs still have education provision in F (modelling on PODD all day, switch-adapted equipment); the therapy misplacement is failed under HC-THERAPY-PLACEMENT",
             "SC-PROVISION-SPECIFIC": "pass: H2 \"Overnight short breaks at Fernlea House, 24 nights a year\"; H1 not applicable over 18",
             "PC-VOICE": "pass: \"Beth's views were gathered by her key worker, Amy Firth, using Beth's PODD book over three sessions in June 2026\"",
         }),
    plan("l109.docx", "ef-table", 10, "Year 5", ["VI"], "first person (written with TA); parents' words",
         na=UNDER_Y9 + NO_STATUS + NO_THERAPY,
         fail={
             "CA-STATUTORY-ADVICE": "vision impairment but no advice from a qualified teacher of the visually impaired in K (only \"Habilitation advice\" from a Habilitation Specialist), although F relies on the QTVI",
             "PC-SMART": "\"By July 2027, Amira will be more confident using her magnifier and tablet.\", \"By July 2027, Amira will be more independent around school.\", \"Amira will make good progress in reading and writing.\"",
             "HC-DCO-SIGNOFF": "G lists Hospital Eye Service and School Nursing provision but no health sign-off (no DCO/commissioner agreement recorded)",
             "HC-ADVICE-PROVIDERS": "G: \"Hospital Eye Service (Consultant Ophthalmologist and Orthoptist): eye review every six months\" - the Hospital Eye Service gave no advice listed in K",
         },
         why={
             "PR-QUANTIFIED": "tricky pass: \"25% extra time and modified large-print papers (size 18) for all tests ... the headteacher applies for these arrangements\" (access arrangement); tablet \"set up by the school's IT technician\"",
         }),
    plan("l110.docx", "bold-statutory", 14, "Year 9", ["ADHD", "SpLD (dyslexia)", "type 1 diabetes"], "first person; parents' words",
         na=NO_STATUS + NO_THERAPY,
         why={
             "PR-VAGUE-WORDING": "tricky pass: \"May 2026 onwards: careers guidance meetings\" - May is the month",
             "PC-OUTCOME-NOT-PROVISION": "tricky pass: \"receive a supervisor's report rating his attendance and attitude as 'good' or better\" is an achievement",
             "HC-NEEDS": "tricky pass: \"Tom has no difficulty walking, running or with co-ordination\" sits beside a real health need (type 1 diabetes) described in C",
             "PR-QUANTIFIED": "tricky pass: access arrangements \"The school's Examinations Officer completes the application to the exam boards\"; laptop \"the school's network manager installs and updates the software\"",
             "HC-DCO-SIGNOFF": "\"the ICB's Designated Clinical Officer, Mark Ellison, reviewed Section G and agreed this health provision on 19 February 2026\"",
             "SC-NEEDS": "pass: Children's Social Work Service \"checked its records, spoken with Tom's parents and found no social care needs\"",
         }),
    plan("l111.docx", "national-template", 4, "Reception", ["SLCN", "global developmental delay"], "foster carers' words only",
         na=UNDER_Y9,
         fail={
             "PC-VOICE": "\"Noah is too young to share his views.\" - no attempt to gather a four-year-old's views through play or observation",
             "PR-VAGUE-WORDING": "\"Noah should have a daily small-group language session\", \"Adults may use Makaton signs alongside speech\", \"Noah would benefit from short adult-led play activities\", \"Noah should be prepared for changes with a photograph where possible\"",
             "HC-NEEDS-MET": "C: \"He also has long-standing constipation, which causes him pain and soiling and is holding back his toilet training ... Dr Rahman has referred him to the Children's Bladder and Bowel Service.\" - G has only the paediatric development review; nothing meets the continence need (no Bladder and Bowel Service or GP/nurse provision)",
             "SC-STATUTORY-LINK": "\"Currently a looked after child?\" | \"Yes\"; D: \"Noah has been looked after by Holmebridge Metropolitan Borough Council since March 2025 ... He has no social care needs relating to his special educational needs.\" - no mention of his care plan, personal education plan (PEP), virtual school or how the social worker's view informed the plan",
         },
         why={
             "PR-QUANTIFIED": "tricky pass: the woolly items still state what, how often, how long, group size and who (\"15 minutes, in a group of 4 children, led by a teaching assistant (TA) trained by the speech and language therapist\"); the failure is the wording (PR-VAGUE-WORDING)",
             "HC-OUTCOMES": "pass: the continence need leads to \"Noah will tell an adult when he needs the toilet or has tummy pain\" (and the toileting outcome in the sensory/physical table)",
             "SC-NEEDS": "pass: D states no social care needs and the basis (foster carers meet his day-to-day care needs)",
             "HC-THERAPY-PLACEMENT": "pass: speech and language therapy in F",
         }),
    plan("l112.docx", "ef-table", 11, "Year 6", ["epilepsy", "MLD", "SEMH"], "first-person list gathered by TA; parents' words",
         na=UNDER_Y9 + NO_STATUS + NO_THERAPY,
         why={
             "PR-VAGUE-WORDING": "tricky pass: \"May and June 2026: Leo visits Holmebridge High with his TA three times\" - May is the month",
             "HC-DCO-SIGNOFF": "\"Sarah Milner, the ICB's Designated Clinical Officer, agreed this health provision on 5 February 2026\"",
             "CA-ANNUAL-REVIEW": "pass: issued 10 February 2026 after the review of 14 January 2026 (within 12 months of 2026-12-01)",
             "SC-STATUTORY-LINK": "na: \"Leo is not on a child in need plan or a child protection plan\"",
         }),
]

import datetime
LABELS = {"audit_date": datetime.date(2026, 12, 1), "plans": PLANS}
