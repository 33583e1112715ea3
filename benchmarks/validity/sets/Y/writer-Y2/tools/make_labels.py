"""Writes labels.yaml (the answer key) for set Y2."""
import yaml, os
CRIT = ["CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW",
        "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-VOICE", "PC-ASPIRATIONS", "PC-ASPIRATION-LINK", "PC-PFA", "PC-STRENGTHS",
        "PR-VAGUE-WORDING", "PR-QUANTIFIED", "PR-OUTCOME-LINK",
        "HC-NEEDS", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-ADVICE", "HC-DCO-SIGNOFF", "HC-THERAPY-PLACEMENT",
        "HC-ADVICE-PROVIDERS", "HC-OUTCOMES",
        "SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "SC-RIGHT-SECTION",
        "LG-SPELLING", "LG-GRAMMAR", "LG-READABILITY", "LG-JARGON"]


def lab(overrides):
    d = {c: "pass" for c in CRIT}
    d.update(overrides)
    return d


P = []
P.append(dict(file="y201.docx", layout="bold-statutory", age=14, year_group="Year 9",
    needs=["autism", "severe learning disability", "behaviour that challenges", "epilepsy", "looked after (section 20)"],
    voice="views gathered through talking mat, PECS and observation by key worker; parents quoted",
    labels=lab({}),
    why={
        "PC-VOICE": 'PASS: "Reuben\'s views were gathered on 2 and 9 October 2026 by Sian, his key worker" - non-verbal child\'s views gathered through a talking mat and PECS under the heading "How we found out what Reuben thinks" (trap)',
        "PR-VAGUE-WORDING": 'PASS: "Reuben has access to the trampoline every evening after tea" is in Section A, not provision (trap); "He wears ear defenders "+"when needed" is in B',
        "PR-QUANTIFIED": 'PASS: "will see Reuben on his own to teach two-card sentences" - therapist 1:1 on named days (every Tuesday and Thursday, 30 minutes); "Training for the class and residential staff in Reuben\'s PECS programme" has who, how often, how long and needs no group size (trap)',
        "PC-OUTCOME-NOT-PROVISION": 'PASS: "will gain the ASDAN (Award Scheme Development and Accreditation Network) Personal Progress certificate unit in horticulture" is an achievement (trap)',
        "HC-NEEDS": 'PASS: "there are no difficulties with either, but he has epilepsy and a sleep difficulty" - a no-difficulty sentence next to real needs that C, G and E5/E6 cover (trap)',
        "HC-DCO-SIGNOFF": 'PASS: "reviewed and agreed by Dr Helen Okafor, Designated Clinical Officer (DCO)" dated 28 October 2026',
        "SC-STATUTORY-LINK": 'PASS: "Reuben\'s care plan and this EHC plan are reviewed together" - looked after status drawn through D, H2 and K (social worker advice, LAC review, PEP)',
        "PR-OUTCOME-LINK": 'PASS: "Outcomes E5 and E6 are met through the health provision in Section G" - health outcomes served by G',
        "CA-STATUTORY-ADVICE": 'PASS: Year 9 - "Preparing for adulthood advice" present with parent, educational, psychological, medical and social care advice',
        "PR-VAGUE-WORDING ": None,
    }))
P[-1]["why"].pop("PR-VAGUE-WORDING ")
P[-1]["why"]["PR-VAGUE-WORDING"] = 'PASS: "Reuben has access to the trampoline every evening after tea" and "when needed" appear in Sections A and B, not in provision (trap); Section F has no vague wording'
P[-1]["why"]["CA-ANNUAL-REVIEW"] = 'PASS: "3 November 2026 (amended following annual review)" - within 12 months of the audit'
P[-1]["why"]["PC-SMART"] = 'PASS: "From September 2027, ASDAN Personal Progress horticulture unit" - a month starting provision is not a problem; every outcome has a count, recorder and date (trap)'

P.append(dict(file="y202.docx", layout="ef-table", age=15, year_group="Year 10",
    needs=["foetal alcohol spectrum disorder", "youth justice (referral order)", "child in need plan"],
    voice="first person (quoted) with mum's views",
    labels=lab({"CA-STATUTORY-ADVICE": "fail", "PC-OUTCOME-NOT-PROVISION": "fail", "PC-SMART": "fail", "PC-PFA": "fail",
                "HC-THERAPY-PLACEMENT": "na", "SC-NEEDS": "fail", "SC-STATUTORY-LINK": "fail",
                "SC-PROVISION-SPECIFIC": "fail", "SC-ADVICE": "fail", "SC-RIGHT-SECTION": "na"}),
    why={
        "PC-OUTCOME-NOT-PROVISION": '"Kai will receive 1:1 support from a teaching assistant in English and maths lessons." - provision written as an outcome; also "Kai is given a daily check-in with his key adult" and "Staff will use a consistent behaviour plan and give Kai time out"',
        "PC-SMART": '"Kai is given a daily check-in with his key adult so that he feels settled in school." - no measure and no date (also E1 and E4, which are provision with no date or measure)',
        "PC-PFA": '"Cognition and learning – attendance" - Year 10 plan whose outcomes are reading, maths, attendance and provision statements; no employment, independent living, community or health outcome',
        "SC-NEEDS": '"Kai has no social care needs." - contradicted by the child in need plan, with no assessment or advice given as the basis',
        "SC-STATUTORY-LINK": '"Child in need plan (Wealdshire Children\'s Services)" - recorded in front matter and A but D says no needs, H1/H2 say "None." and no social worker contributed',
        "SC-PROVISION-SPECIFIC": '"None." in H1 and H2 with no sign that short breaks, early help or the child in need plan were considered',
        "SC-ADVICE": 'No social care advice in K despite "Since January 2026 he has been supported by a child in need plan"',
        "CA-STATUTORY-ADVICE": 'Social care advice missing from K (only parent, Kai, SENCo, educational psychologist, paediatrician and careers adviser); "Preparing for adulthood advice" is present',
        "PC-ASPIRATION-LINK": 'PASS (arguable): "I want to get my GCSEs so I\'m not stuck" and mum\'s "catch up with his reading and his maths and stay in school" are built on by E2, E5 and E6',
        "HC-OUTCOMES": 'PASS (arguable): "It is lifelong and affects his memory, attention and impulse control" - the FASD leads to the learning and attendance outcomes; no other health need',
        "HC-DCO-SIGNOFF": 'PASS: "was confirmed by Dr Helen Okafor, Designated Clinical Officer (DCO)" dated 3 June 2026',
    }))

P.append(dict(file="y203.docx", layout="letter-column", age=11, year_group="Year 7",
    needs=["acquired brain injury", "post-traumatic epilepsy", "left hemiparesis", "word-finding difficulty"],
    voice="first person ('All about me', written with her teaching assistant); parents quoted",
    labels=lab({"PC-PFA": "na", "PR-OUTCOME-LINK": "fail", "HC-NEEDS-MET": "fail", "HC-DCO-SIGNOFF": "fail",
                "HC-THERAPY-PLACEMENT": "fail", "HC-OUTCOMES": "fail", "SC-STATUTORY-LINK": "na", "SC-RIGHT-SECTION": "na"}),
    why={
        "HC-NEEDS-MET": '"She has about one seizure a month" - epilepsy is described in C (needs an adult with her, swimming supervision) but G has no epilepsy provision (no care plan, training or review)',
        "HC-OUTCOMES": '"Since her injury Amira has had focal seizures (post-traumatic epilepsy)." - no outcome in E relates to her epilepsy',
        "HC-DCO-SIGNOFF": 'Section G ends with "show her teaching assistant how to continue it." - no record of health agreement (no DCO, name or date)',
        "HC-THERAPY-PLACEMENT": '"will see Amira on her own in school for 45 minutes every week for 10 weeks in the autumn term to teach her word-finding strategies" - speech and language therapy (and the occupational therapy handwriting and keyboard programme) that educates is placed in G, not F',
        "PR-OUTCOME-LINK": '"By July 2027, Amira will spend lunchtime at a club or activity with at least two classmates" - E4 and the social, emotional and mental health need in B have no provision in F',
        "CA-DATED": 'PASS: "Amira, with her teaching assistant" dated "June 2026" - the child\'s own contribution needs a date, not a named professional',
        "PC-ASPIRATION-LINK": 'PASS: parents\' "make friends and keep up with her learning" built on by E4 and E2 ("such as her animal fact file")',
        "SC-PROVISION-SPECIFIC": 'PASS: "None – see Section D." where D shows the short breaks local offer was considered',
        "SC-NEEDS": 'PASS: "she has no assessed social care needs at present" after a single assessment in March 2026',
    }))

P.append(dict(file="y204.docx", layout="ef-table", age=10, year_group="Year 5",
    needs=["autism with pathological demand avoidance (PDA) profile", "anxiety", "gaps from non-attendance"],
    voice="first person, typed by the child with his teacher; parents quoted",
    labels=lab({"PC-PFA": "na", "SC-STATUTORY-LINK": "na", "SC-RIGHT-SECTION": "na"}),
    why={
        "HC-NEEDS": 'PASS: "Ellis has no difficulties with his physical health, eyesight or hearing, but he has high levels of anxiety" - real need covered by CAMHS provision in G and outcome E1 (trap)',
        "SC-NEEDS": 'PASS: "Ellis has no social care needs. The Children with Disabilities Team completed a social care assessment on 14 January 2026" - none, with the basis (trap)',
        "SC-PROVISION-SPECIFIC": 'PASS: "None. The family have information about short breaks and Early Help" - short breaks and early help considered',
        "PC-OUTCOME-NOT-PROVISION": 'PASS: "Ellis will have written praise from an adult" - accepting praise calmly is an achievement (trap)',
        "PR-QUANTIFIED": 'PASS: "set up, updated and repaired" by "The Orchard Centre\'s information technology (IT) technician" - equipment needs no group size; "one 90-minute visit each term" for the educational psychologist; the occupational therapist sees Ellis "on his own on Monday mornings for 6 weeks" (traps)',
        "PR-VAGUE-WORDING": 'PASS: "From April 2026, a computing project lesson using Scratch" - a month starting provision is fine; "up to 15 minutes" and "when needed" appear only in Section B (traps)',
        "PC-VOICE": 'PASS: "Ellis wrote this with his teacher, Mrs Dale, at The Orchard Centre on 3 February 2026." - first person is the child\'s own',
        "HC-DCO-SIGNOFF": 'PASS: "reviewed and agreed by Dr Helen Okafor, Designated Clinical Officer" on 2 March 2026',
        "CA-ANNUAL-REVIEW": 'PASS: "6th March 2026" - first plan issued within 12 months of the audit',
        "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy and occupational therapy are in the E/F table, CAMHS psychology in G',
    }))

P.append(dict(file="y205.docx", layout="bold-statutory", age=17, year_group="Year 12 (post-16)",
    needs=["autism with PDA profile", "anxiety", "pragmatic language difficulty"],
    voice="first person (quoted, attributed); mother's views reported",
    labels=lab({"CA-STATUTORY-ADVICE": "fail", "PR-VAGUE-WORDING": "fail", "PR-QUANTIFIED": "fail", "HC-NEEDS": "fail",
                "HC-PROVISION-SPECIFIC": "na", "HC-NEEDS-MET": "na", "HC-ADVICE": "fail", "HC-DCO-SIGNOFF": "na",
                "HC-ADVICE-PROVIDERS": "na", "HC-OUTCOMES": "na", "SC-STATUTORY-LINK": "na", "SC-RIGHT-SECTION": "na",
                "LG-SPELLING": "fail", "LG-GRAMMAR": "fail", "LG-READABILITY": "fail", "LG-JARGON": "fail"}),
    why={
        "HC-NEEDS": '"Awaiting health advice." - Section C is not completed',
        "HC-ADVICE": '"Health advice was requested from the community paediatrician on 3 March 2026 and has not been recieved." - no medical advice in K',
        "CA-STATUTORY-ADVICE": 'Medical (health) advice missing: "requested from the community paediatrician on 3 March 2026 and has not been recieved"',
        "HC-PROVISION-SPECIFIC": 'NA: "To be confirmed once health advice is recieved." - no health needs recorded and no health provision, so the other HC criteria cannot apply; the defect is graded under HC-NEEDS and HC-ADVICE',
        "PR-VAGUE-WORDING": '"Freya will have access to a quiet space where possible"; also "Regular check-ins with her key worker", "SALT input as appropriate", "Mentoring may be offered", "Staff should use non-directive language"',
        "PR-QUANTIFIED": '"Small group social skills sessions" - no group size, frequency or length; "SALT input as appropriate to support pragmatic language" has no amount; "Travel training" has no session length',
        "LG-SPELLING": '"decompensation in the home enviroment" - also "occured", "definately", "percieves", "seperate", "recieved", "accomodate"',
        "LG-GRAMMAR": '"Freya have been out of full-time education" - also "happier at college than she were at school" and "misread the the intentions"',
        "LG-READABILITY": '"Freya presents with an ASC diagnosis with a PDA phenotype, characterised by marked anxiety-driven demand avoidance" in A; "will utilise co-regulation and self-regulation strategies to down-regulate affective arousal" in E',
        "LG-JARGON": '"First plan following EHCNA" - EHCNA, ASC, PDA, SALT, ELSA, PfA and LSA are never spelled out',
        "PC-SMART": 'PASS: "attending 1 day per week and completing the placement supervisor\'s tasks on 8 out of 10 placement days" - clinical wording but each outcome is measurable and dated',
        "HC-THERAPY-PLACEMENT": 'PASS: "SALT input as appropriate to support pragmatic language" is in F (right section; vague and unquantified, graded under PR)',
        "SC-PROVISION-SPECIFIC": 'PASS: "None – see Section D." where D says Freya "has no eligible social care needs at present" and she was given the youth club and travel training in the local offer',
    }))

P.append(dict(file="y206.docx", layout="letter-column", age=20, year_group="Post-19 (year 2 of 3 at college)",
    needs=["acquired brain injury after encephalitis", "epilepsy", "fatigue", "low mood"],
    voice="first person (young person's own words, checked by him); mum's views with his agreement",
    labels=lab({"SC-STATUTORY-LINK": "na"}),
    why={
        "PC-OUTCOME-NOT-PROVISION": 'PASS: "Daniel will access the community independently" (E3), "will gain the Level 1 Certificate in Cycle Mechanics" (E1) and "will receive a positive written report from the shop manager" (E2) are achievements (traps)',
        "PR-QUANTIFIED": 'PASS: "Extra time (25%) and a rest break in his cycle mechanics assessments" arranged by "the college exams officer"; phone "set up and checked" by the assistive technology coordinator; the occupational therapist works "with Daniel on his own" every Wednesday morning (traps - no group size needed)',
        "HC-NEEDS": 'PASS: "Daniel has no difficulty with his hearing or eyesight, but he has epilepsy as a result of his encephalitis." - need covered in G and E5 (trap)',
        "HC-DCO-SIGNOFF": 'PASS: "reviewed and supported by Dr Helen Okafor, Designated Clinical Officer for SEND" on 5 January 2026 (trap wording)',
        "CA-ANNUAL-REVIEW": 'PASS: "4 December 2025" last review and "9 January 2026" issue - both within 12 months of the audit date 1 December 2026 (close to the line)',
        "SC-PROVISION-SPECIFIC": 'PASS: "Not applicable. Daniel is over 18" for H1; H2 gives "Personal assistant support for 8 hours a week" under the Care Act',
        "CA-STATUTORY-ADVICE": 'PASS: young person over compulsory school age gives his own views ("Daniel, with the SEND case officer"); educational, medical, psychological, social care and preparing for adulthood advice present',
        "LG-GRAMMAR": 'PASS: "basically woke up a different person" - informal speech in a quotation is the young person\'s voice, not a grammar error',
    }))

P.append(dict(file="y207.docx", layout="letter-column", age=19, year_group="Post-16 (year 2 at college)",
    needs=["autism", "severe learning disability", "behaviour that challenges"],
    voice="views gathered by key worker through observation and photo book; family quoted",
    labels=lab({"CA-DATED": "fail", "CA-ADVICE-AGE": "fail", "CA-ANNUAL-REVIEW": "fail", "HC-ADVICE": "fail",
                "SC-STATUTORY-LINK": "na"}),
    why={
        "CA-ANNUAL-REVIEW": '"22/09/2025 (plan maintained without amendment)" - last review more than 12 months before the audit (1 December 2026); plan issued "28/02/2025"',
        "CA-ADVICE-AGE": '"Psychological advice" dated "March 2021" and "Medical advice" dated "June 2022" - both over 24 months before the plan was issued in February 2025',
        "HC-ADVICE": '"Consultant psychiatrist, Wealdshire Community Learning Disability Team; June 2022" - the only medical advice is over two and a half years old at issue',
        "CA-DATED": '"Speech and language therapy report" has no date, and "Information from previous school" has no author and no date',
        "CA-STATUTORY-ADVICE": 'PASS: all the required kinds of advice are present (parent, young person\'s views, educational, medical, psychological, social care, preparing for adulthood); their age is graded under CA-ADVICE-AGE',
        "PC-VOICE": 'PASS: "His views were gathered by his key worker at Ashcombe House, Dean, who has supported him for two years" - observation and photo book for a young person with few words',
        "HC-ADVICE-PROVIDERS": 'PASS: the Community Learning Disability Team that provides G gave advice in K (out of date, graded under HC-ADVICE)',
    }))

P.append(dict(file="y208.docx", layout="ef-table", age=13, year_group="Year 8",
    needs=["foetal alcohol spectrum disorder", "language difficulty", "sleep difficulty", "looked after (care order)"],
    voice="third person: child's views reported by foster carer and designated teacher; foster carers' views",
    labels=lab({"CA-STATUTORY-ADVICE": "fail", "PC-SMART": "fail", "PC-ASPIRATIONS": "fail", "PC-ASPIRATION-LINK": "fail",
                "PC-PFA": "na", "PC-STRENGTHS": "fail", "PR-QUANTIFIED": "fail", "SC-STATUTORY-LINK": "fail",
                "SC-PROVISION-SPECIFIC": "fail", "SC-ADVICE": "fail", "SC-RIGHT-SECTION": "na"}),
    why={
        "PC-SMART": '"By July 2027, Rio will feel happier and more settled at school." - dated but not measurable; "Rio will be more confident with his reading." and "Rio will sleep better." have no date or measure',
        "PC-STRENGTHS": '"They told us that Rio struggles with everything at school." - A and B describe only deficits; no strengths anywhere',
        "PC-ASPIRATIONS": 'Section A ("Rio\'s views", "Foster carers\' views") records no hopes or aspirations for Rio\'s future',
        "PC-ASPIRATION-LINK": 'No aspirations are stated, so the outcomes cannot build on them ("Rio will understand instructions better in lessons.")',
        "PR-QUANTIFIED": '"Friendship Group to develop turn-taking and problem-solving" - 40 minutes but no frequency or group size; "Numeracy catch-up programme with concrete resources" has no frequency, length or group size; speech and language therapy "to develop his understanding of spoken language" has no amount',
        "SC-STATUTORY-LINK": '"Rio is looked after by Wealdshire County Council and lives with foster carers." - no social worker contribution, care plan, PEP or joint working; H1 and H2 "None."',
        "SC-PROVISION-SPECIFIC": '"None." in H1 and H2 although D says "his foster carers need support to manage his behaviour at home"; nothing considered',
        "SC-ADVICE": 'K has no social care advice for a looked after child (no social worker, no care plan)',
        "CA-STATUTORY-ADVICE": 'Social care advice missing from K',
        "SC-NEEDS": 'PASS: "he needs closer supervision than other 13-year-olds when he is out in the community" - D describes needs (more than a legal status)',
        "HC-OUTCOMES": 'PASS: sleep leads to an outcome ("Rio will sleep better."), which fails only PC-SMART',
        "PR-VAGUE-WORDING": 'PASS: provision is incomplete rather than vague; Section F uses none of the vague hedges (access to, regular, as appropriate, where possible)',
    }))

P.append(dict(file="y209.docx", layout="bold-statutory", age=16, year_group="Year 11",
    needs=["autism", "developmental language disorder", "youth justice (youth rehabilitation order)", "child in need plan (criminal exploitation)", "low mood and sleep"],
    voice="first person (young person's words typed and read back); mum quoted",
    labels=lab({}),
    why={
        "SC-STATUTORY-LINK": 'PASS: "The child in need plan and this EHC plan were agreed together at a joint meeting on 30 June 2026" - CIN plan drawn through D, H2 and K',
        "PC-OUTCOME-NOT-PROVISION": 'PASS: "will receive an offer of a place on the Level 1 Diploma in Bricklaying" and "will gain the Entry Level 3 Functional Skills qualification" are achievements (traps)',
        "PR-QUANTIFIED": 'PASS: "Access arrangements for the CSCS health, safety and environment test: a reader and 25% extra time" arranged by the SENCo; the therapist "will see Tyler on his own every Monday for 45 minutes across the autumn term" (traps)',
        "PR-VAGUE-WORDING": 'PASS: "He can concentrate for up to 20 minutes on a practical task" is in B, not F (trap)',
        "HC-NEEDS": 'PASS: "Tyler has no physical health difficulties (General Practitioner (GP) health check, 3 June 2026), but he has low mood and a significant sleep problem" - covered by CAMHS in G and outcome E5 (trap)',
        "HC-DCO-SIGNOFF": 'PASS: "Agreed on behalf of Weald and Downs Integrated Care Board (ICB) by Sarah Lindqvist, Designated Clinical Officer (DCO), 6 August 2026."',
        "SC-RIGHT-SECTION": 'PASS: "The order is not provision under this plan" - youth justice order kept out of F/H; social care provision in H2',
        "SC-PROVISION-SPECIFIC": 'PASS: H1 "Short breaks were considered at the child in need review on 30 June 2026"; H2 specific',
        "LG-JARGON": 'PASS: "Construction Skills Certification Scheme (CSCS)" spelled out before the young person\'s quotation uses it',
    }))

P.append(dict(file="y210.docx", layout="letter-column", age=15, year_group="Year 10",
    needs=["acquired brain injury", "moderate hearing loss", "low mood and anger", "youth justice (completed referral order)"],
    voice="first person (quoted at review); mum quoted",
    labels=lab({"CA-STATUTORY-ADVICE": "fail", "PC-ASPIRATION-LINK": "fail", "PC-PFA": "fail",
                "HC-PROVISION-SPECIFIC": "fail", "HC-ADVICE-PROVIDERS": "fail",
                "SC-STATUTORY-LINK": "na", "SC-RIGHT-SECTION": "fail"}),
    why={
        "PC-ASPIRATION-LINK": '"I want to be a mechanic." and the motor vehicle course are not reflected: outcomes are about staying in lessons, reading age, the radio aid and behaviour',
        "PC-PFA": '"By July 2027, Jordan will stay in every lesson for the full 50 minutes" - Year 10 plan with no employment, independent living, community or health outcome',
        "CA-STATUTORY-ADVICE": '"Teaching assistant (hearing), Wealdshire Sensory Support Service" - hearing advice not from a qualified teacher of the deaf',
        "HC-PROVISION-SPECIFIC": '"Mental health: CAMHS will see Jordan for therapy sessions to help with his mood and anger." - no how often or how long',
        "HC-ADVICE-PROVIDERS": 'CAMHS provides in G ("CAMHS will see Jordan for therapy sessions") but gave no advice in K',
        "SC-RIGHT-SECTION": '"Saturday activity club for disabled young people" (a short break) is in F, and "Maths and English tuition at home with a qualified teacher" (educational) is in H2',
        "HC-NEEDS-MET": 'PASS (arguable): the mental health need in C has provision in G; its lack of detail is graded under HC-PROVISION-SPECIFIC',
        "PR-QUANTIFIED": 'PASS: F items (including the misplaced short break) state what, how often, how long and who',
    }))

P.append(dict(file="y211.docx", layout="ef-table", age=18, year_group="Post-16 (second year at college)",
    needs=["autism", "severe learning disability", "behaviour that challenges", "hypothyroidism"],
    voice="views gathered through Talking Mats and observation by tutor; family quoted",
    labels=lab({"SC-STATUTORY-LINK": "na"}),
    why={
        "PC-VOICE": 'PASS: "How we found out what Hannah thinks" - Talking Mats and observation by her tutor, with Hannah\'s own signs and words (trap)',
        "PC-OUTCOME-NOT-PROVISION": 'PASS: "will receive a positive written report from the centre\'s volunteer coordinator", "will gain the ASDAN (Award Scheme Development and Accreditation Network) Towards Independence certificate" and "will have her thyroid blood test" are achievements (traps)',
        "HC-NEEDS": 'PASS: "Hannah eats and drinks well and has no difficulty with swallowing, but she has hypothyroidism" - covered in G and E4/E5 (trap)',
        "HC-DCO-SIGNOFF": 'PASS: "Health provision confirmed by Dr Helen Okafor, Designated Clinical Officer (DCO)" on 12 May 2026',
        "PR-QUANTIFIED": 'PASS: the communication app is "Set up and maintained by the Fernhill speech and language therapist"; the occupational therapist sees Hannah "on her own on Tuesday mornings" (traps)',
        "PR-VAGUE-WORDING": 'PASS: "June 2026: training for all residential and teaching staff" - a month starting provision (trap)',
        "SC-PROVISION-SPECIFIC": 'PASS: "Overnight short breaks at Maple Lodge: 4 nights in each of the Christmas, Easter and summer holidays"; H1 "Not applicable – Hannah is over 18"',
    }))

P.append(dict(file="y212.docx", layout="bold-statutory", age=12, year_group="Year 7",
    needs=["autism", "severe learning disability", "behaviour that challenges", "continence and constipation"],
    voice="first person that cannot be the child's own (non-verbal); parents quoted",
    labels=lab({"PC-OUTCOME-NOT-PROVISION": "fail", "PC-SMART": "fail", "PC-VOICE": "fail", "PC-PFA": "na",
                "PR-VAGUE-WORDING": "fail", "HC-NEEDS-MET": "fail", "HC-OUTCOMES": "fail", "SC-STATUTORY-LINK": "na"}),
    why={
        "PC-VOICE": '"I feel that my sensory needs are often misunderstood by the adults around me" - first-person account in adult professional language for a boy who "does not use speech or signs"; no statement of how his views were gathered',
        "PC-OUTCOME-NOT-PROVISION": '"Oscar has a visual timetable and objects of reference throughout the day." - also "Oscar is given deep pressure and sensory breaks", "Staff will follow Oscar\'s positive behaviour support plan" and "Oscar will receive occupational therapy"',
        "PC-SMART": '"Staff will follow Oscar\'s positive behaviour support plan consistently so that he is calmer." - no measure, no date (E1, E3, E5 likewise)',
        "PR-VAGUE-WORDING": '"Oscar will have access to the sensory room with his 1:1 TA" - also "this may be delivered in a pair with one other pupil where appropriate", "increasing to twice daily as appropriate", "where possible before each lesson", "Staff should use a calm, low-language approach"',
        "PR-QUANTIFIED": 'PASS (arguable): every F item still states what, how often, how long, ratio and who ("3 times a day, 15 minutes"); the hedges are graded under PR-VAGUE-WORDING',
        "HC-NEEDS-MET": '"He is not toilet trained and wears pads day and night." - continence and constipation need a structured programme, but G has only the annual paediatric review',
        "HC-OUTCOMES": '"he also has recurring constipation, which causes him pain and makes his behaviour worse" - no toileting or continence outcome in E',
        "PC-ASPIRATION-LINK": 'PASS: parents\' "tell people what he wants" is built on by E2 (objects of reference)',
        "SC-PROVISION-SPECIFIC": 'PASS: "for 6 hours a week during the 14 weeks of school holidays" and "1 night every other week during the school holidays"',
    }))

import datetime
doc = {"audit_date": datetime.date(2026, 12, 1), "council": "Wealdshire County Council (fictional home-counties shire)", "plans": P}
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(here, "labels.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=200)
print("ok")
