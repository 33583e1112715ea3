"""Answer key for set J2. Every criterion is pass unless listed in fail or na."""
import datetime

import yaml

CRITERIA = [
    "CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW",
    "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-VOICE", "PC-ASPIRATIONS", "PC-ASPIRATION-LINK", "PC-PFA",
    "PC-STRENGTHS",
    "PR-VAGUE-WORDING", "PR-QUANTIFIED", "PR-OUTCOME-LINK",
    "HC-NEEDS", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-ADVICE", "HC-DCO-SIGNOFF", "HC-THERAPY-PLACEMENT",
    "HC-ADVICE-PROVIDERS", "HC-OUTCOMES",
    "SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "SC-RIGHT-SECTION",
    "LG-SPELLING", "LG-GRAMMAR", "LG-READABILITY", "LG-JARGON",
]

HC_NO_PROVISION = ["HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"]

KEY = {
    "j201.docx": dict(
        age=17, year_group="Year 13", needs=["ASC", "SEMH"],
        voice="third person; no views from the young person",
        fail=["PC-VOICE", "PC-STRENGTHS", "PC-PFA", "HC-NEEDS", "HC-ADVICE", "CA-STATUTORY-ADVICE"],
        na=HC_NO_PROVISION + ["SC-STATUTORY-LINK"],
        why={
            "PC-VOICE": "\"Rhys did not come to the review meeting and did not want to fill in the 'All about me' "
                        "form.\" - nothing from Rhys himself is recorded by any other means; A has only mum's and "
                        "the tutor's views",
            "PC-STRENGTHS": "\"Rhys finds busy places very hard to cope with and often refuses to go into lessons.\" - "
                            "A and B list only difficulties; no strengths, interests or things Rhys can do",
            "PC-PFA": "\"By July 2027, Rhys will complete all 9 units of his Level 1 Certificate in IT\" - all five "
                      "outcomes are course, attendance and classroom targets; none on employment, independent "
                      "living, friends and community or health for a 17-year-old who will not use the bus or shops alone",
            "HC-NEEDS": "\"Health information has been requested from Rhys's GP (family doctor) and will be added to "
                        "this plan when it is received.\" - C not completed",
            "HC-ADVICE": "K lists no medical or health advice at all",
            "CA-STATUTORY-ADVICE": "K has no medical/health advice (C: \"Health information has been requested\"); "
                                   "nor any advice from Rhys himself",
            "PC-ASPIRATIONS": "PASS: \"Mum hopes Rhys will pass his Level 1 IT (information technology) course this "
                              "year and go on to the Level 2 course next September.\" - family aspirations stated",
            "HC-PROVISION-SPECIFIC": "NA: no health needs are recorded and G says \"None at this time.\" (the "
                                     "failure is scored under HC-NEEDS / HC-ADVICE)",
        },
    ),
    "j202.docx": dict(
        age=3, year_group="Nursery (early years)", needs=["Down syndrome", "SLCN", "physical (hypotonia)"],
        voice="views gathered through play and signs by key person; parents quoted",
        fail=[], na=["PC-PFA", "SC-STATUTORY-LINK"],
        why={
            "PC-VOICE": "PASS: \"What Isla tells us through play and signs\" - key person's observations over "
                        "September 2026, plus parents' words",
            "PR-QUANTIFIED": "PASS: \"A visit once each half-term, 1 hour\" for the speech and language therapist "
                             "- a professional's visit needs no group size",
            "PR-VAGUE-WORDING": "PASS: \"May 2027: the Early Years SEND Advisory Teacher will hold a transition "
                                "meeting\" - May is the month, not a modal",
            "CA-ANNUAL-REVIEW": "PASS: \"Date of plan | 09.10.2026 (final plan issued)\"; not yet reviewed",
            "HC-DCO-SIGNOFF": "PASS: \"The health provision in Section G has been agreed by Dr Ayesha Rahman, "
                              "Designated Clinical Officer (DCO), on 02.10.2026.\"",
            "CA-STATUTORY-ADVICE": "PASS: hearing is now within the normal range, so no Teacher of the Deaf advice "
                                   "is required",
        },
    ),
    "j203.docx": dict(
        age=19, year_group="Post-19", needs=["SLD", "epilepsy", "SLCN"],
        voice="views gathered with Talking Mats by key worker; parents quoted",
        fail=["HC-NEEDS-MET", "HC-OUTCOMES", "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-DCO-SIGNOFF"],
        na=["SC-STATUTORY-LINK"],
        why={
            "HC-NEEDS-MET": "\"Joe has epilepsy. He has tonic-clonic seizures ... about 2 or 3 times a month\" - G "
                            "has no epilepsy provision (no care plan, rescue medication training or epilepsy review)",
            "HC-OUTCOMES": "epilepsy (the main health need in C) leads to no outcome in E",
            "HC-THERAPY-PLACEMENT": "\"Speech and language therapy: 1:1 therapy to teach Joe to use his "
                                    "communication book to ask for help and make choices\" - therapy that trains "
                                    "the young person is in G, not F",
            "HC-ADVICE-PROVIDERS": "\"Community learning disability nurse, Learning Disability Nursing Team\" "
                                   "provides in G but gave no advice listed in K",
            "HC-DCO-SIGNOFF": "no record anywhere in the plan that health (DCO or commissioner) agreed Section G",
            "PR-OUTCOME-LINK": "PASS: communication is also provided in F (\"Makaton signs and Joe's communication "
                               "book used in every session\")",
        },
    ),
    "j204.docx": dict(
        age=15, year_group="Year 10", needs=["SEMH", "ADHD"],
        voice="first person (written with key adult); foster carers and mum",
        fail=[], na=[],
        why={
            "SC-STATUTORY-LINK": "PASS (looked after): \"The targets in his PEP of 22.09.2026 are the same as the "
                                 "steps towards the outcomes in Section E\"; social worker's advice in K; care plan "
                                 "reviewed by IRO; H2 lists statutory visits and family time",
            "PC-OUTCOME-NOT-PROVISION": "PASS: \"Kai will be awarded the Level 1 Certificate in Motor Vehicle "
                                        "Studies\" - an achievement, not a service",
            "PR-QUANTIFIED": "PASS: \"In all tests and mock exams Kai has a reader and 25% extra time; the SENCo "
                             "applies for these\" - access arrangement, no group size needed",
            "HC-NEEDS-MET": "PASS: \"He has no problems with his mobility\" sits alongside real health needs "
                            "(ADHD, trauma, sleep), each met in G",
        },
    ),
    "j205.docx": dict(
        age=21, year_group="Post-19 (supported internship)", needs=["MLD", "DCD"],
        voice="formal third person with the young person's quoted words; B in first person",
        fail=["SC-RIGHT-SECTION", "PR-VAGUE-WORDING", "PR-QUANTIFIED", "PR-OUTCOME-LINK", "LG-READABILITY",
              "PC-SMART"],
        na=["SC-STATUTORY-LINK"],
        why={
            "SC-RIGHT-SECTION": "\"Personal assistant (PA) at home to help Shannon plan meals, shop and cook, under "
                                "her Care Act support plan\" - Care Act social care provision written in F",
            "PR-VAGUE-WORDING": "\"Shannon would benefit from regular opportunities to practise handling money in "
                                "real-life situations, such as the hospital shop.\"",
            "PR-QUANTIFIED": "same item: amount \"Ongoing\", provided by \"Internship team\" - no frequency, length, "
                             "ratio or named role",
            "PR-OUTCOME-LINK": "\"I read at about the level of a 9-year-old. I find my work rota hard to read\" and "
                               "outcome 2 (rotas and labels) have no provision in F",
            "LG-READABILITY": "\"in the context of which the question of her functional independence has been the "
                              "subject of ongoing consideration by a range of agencies\"; E: \"Shannon will "
                              "demonstrate sustained and consolidated progression in the acquisition of the "
                              "vocational competencies\" - A and E not readable by the family",
            "PC-SMART": "\"Shannon will exhibit enhanced autonomy in the utilisation of public transport and in the "
                        "navigation of unfamiliar community environments.\" - 5 of 6 outcomes have no timescale and "
                        "none says how success is measured",
            "SC-PROVISION-SPECIFIC": "PASS: H2 items are specific (\"Weekly, Thursdays 6pm - 8pm\"; \"1 day a "
                                     "month\"); the misplaced PA item is scored under SC-RIGHT-SECTION",
            "PC-VOICE": "PASS: Shannon's own words are quoted (\"I want a proper job in the kitchen and my own "
                        "money.\"), B is in her words, and mum's views are recorded",
            "LG-JARGON": "PASS: acronyms are spelled out (MLD, DCD, PA, DCO); the failure is long, nominalised "
                         "officialese (LG-READABILITY), not unexplained technical terms",
        },
    ),
    "j206.docx": dict(
        age=8, year_group="Year 3", needs=["HI", "EAL"],
        voice="first person (with TA, mum helping with Polish)",
        fail=["CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW", "PR-QUANTIFIED", "LG-JARGON"],
        na=["PC-PFA", "SC-STATUTORY-LINK"],
        why={
            "CA-STATUTORY-ADVICE": "hearing impairment, but K has no advice from a qualified Teacher of the Deaf "
                                   "(only class teacher/SENDCo, EP, audiology, SALT, social care)",
            "CA-ANNUAL-REVIEW": "\"Date of plan: 08.07.2025\"; \"Last reviewed: 17.06.2025\" - more than 12 months "
                                "before the audit date 01.12.2026",
            "PR-QUANTIFIED": "\"Small-group phonics with other pupils\" | \"Weekly\" | \"School\" - no session "
                             "length, group size or who delivers it",
            "LG-JARGON": "\"Zofia has a moderate-severe bilateral SNHL and wears BTE HAs. She uses a Roger FM system "
                         "in class. Unaided thresholds are 55-70 dB HL.\" - SNHL, BTE, HAs, FM, ARE, RWI, ToD, SSE, "
                         "OME, NHSP, CWD, NDCS, SALT, EAL, EP, DCO never explained",
            "HC-ADVICE": "PASS: audiology report 10.04.2025, three months before the plan was issued (currency is "
                         "judged at issue; the out-of-date plan is scored under CA-ANNUAL-REVIEW)",
            "CA-ADVICE-AGE": "PASS: all advice is from March-June 2025, under 12 months before the 08.07.2025 issue",
        },
    ),
    "j207.docx": dict(
        age=10, year_group="Year 6", needs=["SLCN (DLD)"],
        voice="first person (Talking Mat with speech and language therapist)",
        fail=[], na=["PC-PFA", "SC-STATUTORY-LINK"] + HC_NO_PROVISION,
        why={
            "HC-NEEDS": "PASS: \"Alfie has no health needs. His GP (family doctor), Dr Kaur, confirmed on "
                        "03.09.2026 that he is fit and well\" - none, with the basis",
            "SC-NEEDS": "PASS: \"Alfie has no social care needs.\" with the Children with Disabilities Team's "
                        "advice as the basis; H2 records Early Help and short breaks were considered",
            "HC-THERAPY-PLACEMENT": "PASS: speech and language therapy is in F; G says so",
            "PR-QUANTIFIED": "PASS: \"Alfie will have 25% extra time and a reader for the maths papers\" - access "
                             "arrangement applied for by the SENCo",
            "PR-VAGUE-WORDING": "PASS: \"For the Year 6 national tests in May 2027\" / \"March 2027 is the deadline "
                                "for this\" - month names",
        },
    ),
    "j208.docx": dict(
        age=14, year_group="Year 9", needs=["physical (cerebral palsy)"],
        voice="first person (typed by the young person)",
        fail=[], na=["SC-STATUTORY-LINK"],
        why={
            "PC-OUTCOME-NOT-PROVISION": "PASS: \"Kayden will receive his Bronze Arts Award certificate for his "
                                        "video project\" - an achievement",
            "PR-QUANTIFIED": "PASS: \"A school laptop with voice-typing and word prediction software\" maintained by "
                             "the network manager; exam access arrangements arranged by the SENCo; Advisory Teacher "
                             "\"Once a term, 1.5 hours\" - kinds that need no group size",
            "PR-VAGUE-WORDING": "PASS: \"From January 2027, the school's careers adviser will meet Kayden 1:1 for "
                                "45 minutes each half-term\"",
            "PC-SMART": "PASS: \"Kayden will travel by Metro from school to the city centre with a friend ... on 3 "
                        "trips in a row without needing help\" - getting about the community is a valid outcome",
        },
    ),
    "j209.docx": dict(
        age=17, year_group="Year 12 (college)", needs=["SEMH"],
        voice="first person; foster carer quoted",
        fail=["SC-STATUTORY-LINK", "SC-NEEDS", "SC-PROVISION-SPECIFIC", "PR-VAGUE-WORDING", "PR-QUANTIFIED",
              "LG-SPELLING", "LG-GRAMMAR"],
        na=[],
        why={
            "SC-STATUTORY-LINK": "\"Ella is a looked after child and lives with her foster carer, Lorraine. She has a "
                                 "social worker.\" - no care or pathway plan, PEP, Virtual School or Personal Adviser; "
                                 "nothing shows how the social worker's advice shaped the plan; H1 and H2 \"None.\"",
            "SC-NEEDS": "same D text: states her status only; no social care needs described",
            "SC-PROVISION-SPECIFIC": "H1 \"None.\" and H2 \"None.\" - no provision and no statement of what was "
                                     "considered, for a looked-after 17-year-old",
            "PR-VAGUE-WORDING": "\"Ella will have access to the college wellbeing team as required.\"",
            "PR-QUANTIFIED": "same item: no frequency, length or named role",
            "LG-SPELLING": "definately, independant (A); seperate (B); acheive (E); recieve, enviroment (F)",
            "LG-GRAMMAR": "\"Ella don't like being put on the spot.\"; \"When she get anxious she leave the room\"; "
                          "\"She have had times in the past\"; \"Staff at the nursery says the children goes to her\"",
            "SC-ADVICE": "PASS: \"Jade Kerr, Social Worker, Children Looked After Team | 10.09.2026\"",
            "PC-OUTCOME-NOT-PROVISION": "PASS: \"Ella will complete her Level 2 Early Years Practitioner course and "
                                        "be awarded the certificate\" - an achievement",
        },
    ),
    "j210.docx": dict(
        age=24, year_group="Post-19", needs=["ASC"],
        voice="first person (at review with tutor); former foster carer",
        fail=["PC-ASPIRATIONS", "PC-ASPIRATION-LINK", "CA-ADVICE-AGE", "HC-ADVICE", "CA-DATED",
              "PC-OUTCOME-NOT-PROVISION", "HC-PROVISION-SPECIFIC"],
        na=["SC-STATUTORY-LINK"],
        why={
            "PC-ASPIRATIONS": "A records only likes, dislikes and present life (\"I like trains, especially the Metro "
                              "and old steam engines.\"); no hopes for the future from Daniel or those who know him",
            "PC-ASPIRATION-LINK": "\"By July 2027, Daniel will work a 3-hour shift in the college café on 2 days a "
                                  "week, serving customers at the till\" - ignores what A says (\"I like working in "
                                  "the college stock room\"; dislikes noisy places)",
            "CA-ADVICE-AGE": "\"Dr Paul Hughes, Educational Psychologist | 14.03.2021\" and \"Dr Iqbal, Consultant "
                             "Psychiatrist, Adult Autism Service | 22.11.2022\" - over 24 months old at issue (05.10.2026)",
            "HC-ADVICE": "the only health advice is dated 22.11.2022 - not current",
            "CA-DATED": "\"Daniel's views | Daniel, gathered by his college tutor\" - the date cell is empty",
            "PC-OUTCOME-NOT-PROVISION": "\"Daniel will receive Job coach support at his work placement 2 days a week "
                                        "until July 2027.\"",
            "HC-PROVISION-SPECIFIC": "\"The Adult Autism Service will provide support with Daniel's anxiety when "
                                     "needed.\" - no who (profession), what or how often",
            "HC-NEEDS-MET": "PASS: anxiety has provision in G (psychiatrist's medication review every 6 "
                            "months); its vagueness is scored under HC-PROVISION-SPECIFIC",
            "SC-STATUTORY-LINK": "NA: Daniel is a care leaver, not looked after / CIN / CP; the plan nonetheless "
                                 "records his Personal Adviser and pathway plan",
        },
    ),
    "j211.docx": dict(
        age=6, year_group="Year 2", needs=["VI"],
        voice="first person (picture sorting with class teacher and QTVI); mum",
        fail=["SC-STATUTORY-LINK", "SC-ADVICE", "CA-STATUTORY-ADVICE", "SC-PROVISION-SPECIFIC",
              "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "HC-NEEDS-MET", "HC-OUTCOMES"],
        na=["PC-PFA"],
        why={
            "SC-STATUTORY-LINK": "\"Amira and her brothers have been subject to child protection plans since May "
                                 "2026.\" - nothing else: no social worker contribution, no link to the CP plan, "
                                 "H1 and H2 \"None.\"",
            "SC-ADVICE": "no social care advice listed in K",
            "CA-STATUTORY-ADVICE": "social care advice missing from K",
            "SC-PROVISION-SPECIFIC": "H1 \"None.\" H2 \"None.\" - no statement that short breaks or early help were "
                                     "considered",
            "PC-OUTCOME-NOT-PROVISION": "\"Amira has a specialist teaching assistant (TA), trained by the QTVI, who "
                                        "prepares all her work in large print and supports her in every lesson.\"",
            "PC-SMART": "\"By July 2027, Amira will be happier and more settled at playtimes.\" measured by "
                        "\"Observation\" - not measurable",
            "HC-NEEDS-MET": "\"Amira also has asthma. She uses a blue reliever inhaler\" - G has no asthma provision "
                            "(no healthcare plan, reliever in school, staff training)",
            "HC-OUTCOMES": "asthma leads to no outcome in E",
            "SC-NEEDS": "PASS: D does describe the family's social care situation (child protection plan); the "
                        "failure is that it did not inform the plan (SC-STATUTORY-LINK)",
        },
    ),
    "j212.docx": dict(
        age=16, year_group="Year 11", needs=["ADHD", "SpLD (dyslexia)"],
        voice="first person; dad",
        fail=[], na=["SC-STATUTORY-LINK"],
        why={
            "PC-OUTCOME-NOT-PROVISION": "PASS: \"Tyler will gain a grade 4 or above in GCSE maths\" - an achievement",
            "PR-QUANTIFIED": "PASS: \"Exam access arrangements for mocks and GCSEs: a computer reader, 25% extra time "
                             "and supervised rest breaks. The SENCo ... applies for these\"",
            "SC-NEEDS": "PASS: \"Tyler does not have any social care needs.\" with the basis (social worker spoke to "
                        "dad 08.10.2026; Early Help offered)",
        },
    ),
}


def write_labels(plans, path):
    out = {"audit_date": datetime.date(2026, 12, 1), "plans": []}
    for plan in plans:
        k = KEY[plan["file"]]
        for c in k["fail"] + k["na"]:
            assert c in CRITERIA, c
        assert not set(k["fail"]) & set(k["na"]), plan["file"]
        labels = {}
        for c in CRITERIA:
            labels[c] = "fail" if c in k["fail"] else ("na" if c in k["na"] else "pass")
        entry = {
            "file": plan["file"],
            "layout": plan["layout"],
            "age": k["age"],
            "year_group": k["year_group"],
            "needs": k["needs"],
            "voice": k["voice"],
            "labels": labels,
            "why": k["why"],
        }
        for c in k["fail"]:
            assert c in k["why"], (plan["file"], c)
        out["plans"].append(entry)
    with open(path, "w") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=120)
