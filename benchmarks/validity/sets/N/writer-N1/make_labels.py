import yaml
CRIT = """CA-DATED CA-ADVICE-AGE CA-STATUTORY-ADVICE CA-ANNUAL-REVIEW PC-OUTCOME-NOT-PROVISION PC-SMART PC-VOICE
PC-ASPIRATIONS PC-ASPIRATION-LINK PC-PFA PC-STRENGTHS PR-VAGUE-WORDING PR-QUANTIFIED PR-OUTCOME-LINK HC-NEEDS
HC-PROVISION-SPECIFIC HC-NEEDS-MET HC-ADVICE HC-DCO-SIGNOFF HC-THERAPY-PLACEMENT HC-ADVICE-PROVIDERS HC-OUTCOMES
SC-NEEDS SC-STATUTORY-LINK SC-PROVISION-SPECIFIC SC-ADVICE SC-RIGHT-SECTION LG-SPELLING LG-GRAMMAR LG-READABILITY LG-JARGON""".split()
NO_HEALTH_NA = ["HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"]

P = [
 dict(file="n101.docx", layout="bold-statutory", age=3, year_group="Nursery", needs=["Down syndrome", "hearing"], voice="signs and play via key person",
      na=["PC-PFA", "SC-STATUTORY-LINK"], fail={},
      why={"PC-VOICE": "\"What Freddie told us through signs and play: Freddie signed 'more' and 'music'...\" - views of a 3-year-old gathered through play by his key person (trap: pass)",
           "HC-OUTCOMES": "Hearing and low muscle tone lead to outcomes 6 and 7; the heart and thyroid items are routine monitoring with 'no limits on activity' - pass",
           "CA-ANNUAL-REVIEW": "\"Date of plan: 14 October 2026\" / \"Date of most recent review: Not applicable - first EHC plan\" - issued within 12 months",
           "CA-STATUTORY-ADVICE": "hearing loss: \"Educational advice (hearing) | Qualified Teacher of the Deaf ... | 10/08/2026\" present",
           "PR-QUANTIFIED": "\"Speech and Language Therapist visit ... | Every half term (1 hr)\" - a professional's visit, no group size needed (trap: pass)",
           "HC-DCO-SIGNOFF": "\"DCO sign-off: Section G agreed by the Designated Clinical Officer, R.P., 9 October 2026.\""}),
 dict(file="n102.docx", layout="ef-table", age=7, year_group="Year 2", needs=["ASC", "speech and language"], voice="third person with quoted child's words",
      na=["PC-PFA", "SC-STATUTORY-LINK"],
      fail={"PR-VAGUE-WORDING": "\"Daniel will have regular opportunities to practise turn-taking and sharing in small group activities, as appropriate.\" (F, outcome 3) - 'regular', 'opportunities', 'as appropriate'",
            "PR-QUANTIFIED": "same F item: frequency only \"Weekly\", who \"School staff\" - no length, no group size, no named role/expertise",
            "PC-OUTCOME-NOT-PROVISION": "Outcome 5: \"Daniel has a 1:1 Teaching Assistant for all lessons and at lunchtime.\" - provision written as an outcome",
            "PC-SMART": "Outcome 5 \"Daniel has a 1:1 Teaching Assistant for all lessons and at lunchtime.\" - no measure of Daniel's progress, no date",
            "HC-THERAPY-PLACEMENT": "Section G: \"Direct speech and language therapy: 1:1 sessions in school working on understanding questions and conversation skills.\" - therapy that educates the child placed in G",
            "PC-ASPIRATIONS": "Section A records likes and Mum's wishes about school routine (\"We'd like school to keep things as predictable as possible...\") but no hopes or aspirations for Daniel now or in the future"},
      why={"PC-ASPIRATION-LINK": "no aspirations, but outcomes visibly build on interests in A (outcome 2 uses 'a dinosaur book') - graded pass"}),
 dict(file="n103.docx", layout="national-template", age=14, year_group="Year 9", needs=["SEMH"], voice="third person with quoted child's words",
      na=["SC-NA"] and ["HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"],
      fail={"SC-STATUTORY-LINK": "D: \"Jayden and his younger sister have been subject to a child protection plan since March 2026 under the category of neglect.\" H1 \"None.\", H2 \"None.\"; no social worker contribution, no CP plan link, no social care advice in K",
            "SC-ADVICE": "K 'Social care' row left empty (no date, no author) - no social care advice despite a child protection plan",
            "SC-PROVISION-SPECIFIC": "H1 \"None.\" / H2 \"None.\" - no statement that short breaks or early help were considered",
            "CA-STATUTORY-ADVICE": "Year 9 with no social care advice and no preparing-for-adulthood advice in K (both rows empty)",
            "PC-PFA": "Year 9: outcomes 1-5 are reading, maths, attendance, behaviour and DT coursework - none on employment, independent living, community or health",
            "HC-NEEDS": "C: \"Not known at this time.\" (G: \"None.\")",
            "LG-READABILITY": "A1: \"It has been reported by the professionals who have contributed to the assessment process that Jayden's presentation in school has ... been characterised by an escalating pattern of disengagement...\"; family views: \"Jayden's mother has indicated, in the course of discussions ... that she is of the view that the difficulties which have been experienced in respect of his attendance...\" - officialese not readable by a family"},
      why={"CA-DATED": "the unfilled template rows in K (social care, PfA, parent-requested) are not advice items; every filled row has author and date",
           "HC-ADVICE": "\"Medical advice | 10/09/2026 | School Nurse, 0-19 Public Health Nursing\" - dated and current",
           "PC-VOICE": "\"What Jayden said: 'School's alright when it's PE or DT...'\" (with the Educational Psychologist) plus mother's views"}),
 dict(file="n104.docx", layout="bold-statutory", age=10, year_group="Year 5", needs=["hearing"], voice="third person with quoted child's words",
      na=["PC-PFA", "SC-STATUTORY-LINK", "HC-THERAPY-PLACEMENT"],
      fail={"CA-STATUTORY-ADVICE": "hearing impairment but K lists no advice from a Qualified Teacher of the Deaf (only parents, school, EP, paediatrician, audiology, social care front door)",
            "CA-ADVICE-AGE": "\"Psychological advice | Mr D. Ward, Educational Psychologist | 14/03/2023\" - over 3 years old at issue (28 September 2026)",
            "SC-NEEDS": "Section D: \"N/A\" - no description and no basis",
            "SC-PROVISION-SPECIFIC": "H1 \"N/A\" / H2 \"N/A\" - no statement on short breaks or early help",
            "LG-SPELLING": "\"noisy enviroment\", \"recieves speech through a radio aid\", \"acheive the expected standard\", \"in a seperate quiet room\""},
      why={"SC-ADVICE": "\"Social care advice | Integrated Front Door, Northmoor Children's Social Care - not known to social care | 20/06/2026\" - present, so pass; D still fails",
           "HC-DCO-SIGNOFF": "\"DCO sign-off: agreed - J.M., Designated Clinical Officer, 22/09/2026.\""}),
 dict(file="n105.docx", layout="ef-table", age=12, year_group="Year 7", needs=["physical (cerebral palsy)"], voice="third person with quoted child's words",
      na=["PC-PFA", "SC-STATUTORY-LINK"], fail={},
      why={"PR-QUANTIFIED": "\"Laptop with word-prediction software, set up and kept updated by the school's IT technician.\" (equipment + who) and \"Occupational Therapist visit ... | Once each half term (1 hour)\" (visit: no group size) - traps, pass",
           "SC-PROVISION-SPECIFIC": "H1: \"Saturday inclusive youth club with a 1:1 support worker: 4 hours every Saturday during term time.\"",
           "HC-DCO-SIGNOFF": "\"DCO sign-off: health provision agreed. Initials: S.K. (Designated Clinical Officer). Date: 11/11/2026.\"",
           "HC-THERAPY-PLACEMENT": "OT and the daily physiotherapy programme are in F; G holds physiotherapy review, orthotics and paediatric review"}),
 dict(file="n106.docx", layout="national-template", age=17, year_group="Year 12", needs=["ASC", "MLD"], voice="first person (young person's own words)",
      na=NO_HEALTH_NA + ["SC-STATUTORY-LINK"], fail={},
      why={"HC-NEEDS": "\"Chloe has no health needs relating to her special educational needs. Her GP confirmed this (summary, 14 July 2026)...\" - none, with basis",
           "PC-OUTCOME-NOT-PROVISION": "outcome 4 \"...gain her Entry Level 3 Certificate in Employability, and be awarded a written reference\" - achievements, not provision (trap: pass)",
           "PC-SMART": "outcome 6 \"travel independently by bus ... 5 days out of 5 for 4 weeks in a row, signed off by the Independent Travel Trainer\"",
           "CA-DATED": "K row 'Advice ... from any person the parent or young person reasonably requests' left as template (no advice requested) - not an advice item (trap: pass)",
           "SC-NEEDS": "\"Chloe has no social care needs at present ... Short breaks ... were discussed\" with Transitions Social Worker advice 05/08/2026"}),
 dict(file="n107.docx", layout="bold-statutory", age=9, year_group="Year 4", needs=["SEMH", "MLD", "looked after"], voice="third person with quoted child's words",
      na=["PC-PFA"] + NO_HEALTH_NA + ["HC-THERAPY-PLACEMENT"],
      fail={"SC-STATUTORY-LINK": "D: \"Mia is a looked after child. She has lived with her foster carers since 2024.\"; H1 \"See care plan.\" - no PEP, no Virtual School, care plan not described or linked",
            "SC-NEEDS": "D gives status only (\"Mia is a looked after child...\") - no social care needs described",
            "SC-PROVISION-SPECIFIC": "H1: \"See care plan.\" H2: \"Mia's social care needs will be met by her allocated social worker as appropriate.\"",
            "PC-SMART": "\"1. Mia will feel calmer and more settled in class by the end of Year 4.\" and \"4. Mia will improve her maths.\" - not measurable (and 4 not time-bound)",
            "PC-OUTCOME-NOT-PROVISION": "\"2. Mia will have a weekly session with the school's Emotional Literacy Support Assistant (ELSA).\"",
            "PC-STRENGTHS": "A (carers: \"Mia can be very hard work... She has no real friends...\") and B (\"working well below...\", \"poor concentration and low self-esteem\", \"often defiant\") list deficits only",
            "LG-GRAMMAR": "\"Mia don't remember\", \"she struggle to explain\", \"She have outbursts\", \"Mia and her foster carers was told\""},
      why={"SC-ADVICE": "\"Social care advice | Mr J. Ellis, Child and Family Social Worker | 05/08/2026\" - present, dated: pass",
           "HC-NEEDS": "\"Review Health Assessment ... found that she is healthy ... no health needs relating to her special educational needs\""}),
 dict(file="n108.docx", layout="ef-table", age=5, year_group="Reception", needs=["speech and language", "EAL"], voice="parents' views only",
      na=["PC-PFA", "SC-STATUTORY-LINK"] + NO_HEALTH_NA,
      fail={"PC-VOICE": "\"Amir is too young to share his views.\" - a 5-year-old; no views gathered through play, symbols or observation",
            "PC-ASPIRATION-LINK": "A: \"We hope Amir will make friends at school, learn to swim and ride his bike...\"; interests cars, football, cooking - none of outcomes 1-6 (instructions, 3-word sentences, questions, help card, counting, letter sounds) builds on them",
            "LG-JARGON": "\"significant SLCN\", \"WellComm screen ... red band, section 5\", \"Blank Level 1\", \"ELGs\", \"EAL learner\", \"NELI programme\", \"TA (ELKLAN Level 3)\", \"SALT\", \"EMTAS\", \"RWI phonics\", \"ESOL\" - never explained",
            "PR-OUTCOME-LINK": "B: \"Fine motor: Amir uses a palmar grasp on his pencil, cannot yet use scissors and needs help with buttons...\" - no provision in F and no outcome"},
      why={"LG-READABILITY": "A and the outcome column of E are plain English; the jargon sits in B, F and K (graded under LG-JARGON)",
           "HC-THERAPY-PLACEMENT": "speech and language therapy is in F; G says \"No health provision is needed\""}),
 dict(file="n109.docx", layout="national-template", age=20, year_group="Post-19", needs=["SLD", "epilepsy"], voice="symbols and Makaton with tutor",
      na=["SC-STATUTORY-LINK"],
      fail={"HC-NEEDS-MET": "C: \"Jordan has epilepsy (generalised tonic-clonic seizures), with about two seizures a month ... buccal midazolam\" - G covers only continence; nothing for epilepsy",
            "HC-OUTCOMES": "no outcome relates to epilepsy (only outcome 7, continence)",
            "HC-ADVICE-PROVIDERS": "G: \"Community Learning Disability Nurse: continence assessment ... products supplied by the Continence Service\" - neither service gave advice listed in K",
            "CA-ANNUAL-REVIEW": "\"Date of plan: 9 October 2025\" / \"Date of most recent review: 18 September 2025\" - more than 12 months before 1 December 2026",
            "PR-VAGUE-WORDING": "F (SEMH row): \"Jordan should continue to access respite at Oak Lodge as required.\"",
            "PR-QUANTIFIED": "same item: no amount, frequency or provider detail",
            "SC-RIGHT-SECTION": "respite (\"access respite at Oak Lodge\") is social care provision written in F"},
      why={"CA-ADVICE-AGE": "advice dated July-September 2025, under 12 months at issue (9 October 2025): pass; the overdue review is graded under CA-ANNUAL-REVIEW",
           "HC-ADVICE": "\"Medical advice | 12/08/2025 | Dr P. Lowther, GP\" - current at issue",
           "HC-DCO-SIGNOFF": "\"DCO sign-off: health provision agreed by S.K., Designated Clinical Officer (DCO), 02/10/2025.\"",
           "PC-PFA": "outcomes cover employment (café shift), independent living (money, travel), community (bowling, PA activity), good health (continence)"}),
 dict(file="n110.docx", layout="bold-statutory", age=15, year_group="Year 10", needs=["vision"], voice="third person with young person's own written words",
      na=["SC-STATUTORY-LINK"], fail={},
      why={"PR-QUANTIFIED": "\"Access arrangements: 25% extra time and modified enlarged papers ... applied for by the Exams Officer with the ... SENCo\" and \"Laptop ... set up and kept updated by the school's ICT Technician\" - traps, pass",
           "PR-VAGUE-WORDING": "\"May 2027: the Careers Adviser and QTVI will meet Amira...\" - 'May' is the month (trap, pass)",
           "PC-OUTCOME-NOT-PROVISION": "outcome 3 \"will receive a positive written report from the placement\"; outcome 5 \"go out in her local community with her friends independently\" - achievements (traps, pass)",
           "HC-NEEDS": "\"She has no difficulty walking and has no other health conditions\" alongside albinism/nystagmus needs (trap: health needs present)",
           "HC-DCO-SIGNOFF": "\"DCO sign-off: Section G agreed - S.K., Designated Clinical Officer, 30/10/2026.\"",
           "CA-STATUTORY-ADVICE": "QTVI advice 30/09/2026 and preparing-for-adulthood advice (Careers Adviser) 29/09/2026 present"}),
 dict(file="n111.docx", layout="ef-table", age=8, year_group="Year 3", needs=["ADHD"], voice="third person with quoted child's words",
      na=["PC-PFA", "SC-STATUTORY-LINK", "HC-THERAPY-PLACEMENT"], fail={},
      why={"CA-ANNUAL-REVIEW": "front table \"Date of plan | 2 March 2026\" - 9 months before the audit date",
           "HC-NEEDS": "\"Leo has no difficulty walking or with his physical health; his health needs relate to his ADHD and his sleep.\" (trap)",
           "SC-PROVISION-SPECIFIC": "H2: \"Early Help: home visit ... once a fortnight (1 hour) for 12 weeks\"; H1 none with short breaks discussed",
           "PR-QUANTIFIED": "\"Educational Psychologist consultation ... | Once a term (1.5 hours)\" - professional's visit (trap, pass)"}),
 dict(file="n112.docx", layout="national-template", age=11, year_group="Year 6", needs=["ASC", "SLD"], voice="Talking Mats via class teacher",
      na=["PC-PFA", "SC-STATUTORY-LINK"],
      fail={"HC-NEEDS-MET": "C: \"Constipation: Lily has long-standing constipation ... takes a daily laxative\" - G: \"Lily's parents give her medicine at home.\" - no health provision",
            "HC-OUTCOMES": "constipation row has an empty outcome; no outcome in E for it",
            "HC-PROVISION-SPECIFIC": "G: \"The Community Paediatrician will review Lily's sleep and medication as needed.\" - no frequency",
            "HC-DCO-SIGNOFF": "health provision in G but no record of DCO/commissioner agreement anywhere in the plan",
            "CA-DATED": "K: \"Medical advice |  | Community Paediatrician (Neurodevelopmental pathway) | YES\" - date received left blank",
            "HC-ADVICE": "the only medical advice in K is undated"},
      why={"PC-VOICE": "\"What Lily told us using Talking Mats ... Lily put 'swing', 'trampoline' ... under 'like'\" - non-verbal child's views gathered by her teacher",
           "HC-ADVICE-PROVIDERS": "the only G provider (Community Paediatrician) is listed in K (undated - graded under CA-DATED/HC-ADVICE)",
           "CA-STATUTORY-ADVICE": "Year 6: PfA row left as template (not required); all reg 6 advice present"}),
]

plans = []
fails_count = {}
for p in P:
    labels = {}
    for c in CRIT:
        if c in p["fail"]:
            labels[c] = "fail"; fails_count[c] = fails_count.get(c, 0) + 1
        elif c in p["na"]:
            labels[c] = "na"
        else:
            labels[c] = "pass"
    why = dict(p["fail"]); why.update(p["why"])
    plans.append(dict(file=p["file"], layout=p["layout"], age=p["age"], year_group=p["year_group"], needs=p["needs"],
                      voice=p["voice"], sound=not p["fail"], labels=labels, why=why))
with open("labels.yaml", "w") as f:
    yaml.safe_dump({"audit_date": "2026-12-01", "plans": plans}, f, sort_keys=False, allow_unicode=True, width=1000)
print("sound:", [p["file"] for p in plans if p["sound"]])
for c in CRIT: print(c, fails_count.get(c, 0))
