import yaml, collections
CRIT = """CA-DATED CA-ADVICE-AGE CA-STATUTORY-ADVICE CA-ANNUAL-REVIEW PC-OUTCOME-NOT-PROVISION PC-SMART
PC-VOICE PC-ASPIRATIONS PC-ASPIRATION-LINK PC-PFA PC-STRENGTHS PR-VAGUE-WORDING PR-QUANTIFIED PR-OUTCOME-LINK
HC-NEEDS HC-PROVISION-SPECIFIC HC-NEEDS-MET HC-ADVICE HC-DCO-SIGNOFF HC-THERAPY-PLACEMENT HC-ADVICE-PROVIDERS
HC-OUTCOMES SC-NEEDS SC-STATUTORY-LINK SC-PROVISION-SPECIFIC SC-ADVICE SC-RIGHT-SECTION LG-SPELLING LG-GRAMMAR
LG-READABILITY LG-JARGON""".split()

P = []
def plan(file, layout, age, yg, needs, voice, fails=None, nas=(), why=None):
    labels = {c: "pass" for c in CRIT}
    for c in nas: labels[c] = "na"
    for c in (fails or {}): labels[c] = "fail"
    w = dict(why or {})
    w.update(fails or {})
    P.append({"file": file, "layout": layout, "age": age, "year_group": yg, "needs": needs,
              "voice": voice, "labels": labels, **({"why": w} if w else {})})

NOSTAT = ["SC-STATUTORY-LINK"]
NOPFA = ["PC-PFA"]

plan("m101.docx", "bold-statutory", 3, "Nursery (Early Years, FS1)", ["Down syndrome", "hearing (glue ear)", "EAL"],
     "observation/play by key person; parents' views with Urdu interpreter", nas=NOPFA + NOSTAT,
     why={"PR-QUANTIFIED": "trap (pass): 'Speech and language therapist visit ... Once every half-term (6 visits a year), 1 hour each visit' - professional visit, no group size needed; equipment 'Provided by the occupational therapist; kept clean and replaced by the key person'",
          "PR-VAGUE-WORDING": "trap (pass): 'From June 2027, Maryam's Reception class teacher will visit ...' - month name, not 'may'",
          "PC-VOICE": "trap (pass): 3-year-old's views 'gathered by her key person, Mrs Begum (Early Years Practitioner), who watched and played with her'",
          "HC-NEEDS": "trap (pass): 'She has no difficulty walking' alongside real health needs (glue ear, repaired heart condition)",
          "HC-DCO-SIGNOFF": "'Agreed by the Designated Clinical Officer (ICB – Integrated Care Board), Dr Farah Siddiqui, on 9 September 2026.'",
          "CA-ANNUAL-REVIEW": "Plan dated 18 September 2026 (first plan)",
          "HC-OUTCOMES": "pass: hearing need -> 'turn to look at an adult who calls her name' outcome; the repaired heart and thyroid screening are stated as not affecting activity or learning (surveillance only)"})

plan("m102.docx", "ef-table", 9, "Year 4", ["autism", "speech and language (social communication)", "EAL"],
     "first person (Talking Mat with SENCo); parents with Polish interpreter", nas=NOPFA + NOSTAT,
     fails={"PC-OUTCOME-NOT-PROVISION": "Outcome column: 'Kacper will have 1-2-1 support from a teaching assistant at break and lunchtime to help him join in games.' - provision written as an outcome",
            "PC-SMART": "'By July 2027, Kacper will feel calmer and more settled in class.' - not measurable, no success measure",
            "PR-VAGUE-WORDING": "'Opportunities to practise conversation skills with a talk partner in class, as appropriate' (quantified 3 x 10 minutes weekly, but woolly wording)",
            "HC-DCO-SIGNOFF": "Section G has Community Paediatrician sleep/melatonin review but no record of health (DCO/ICB) agreement anywhere"},
     why={"PR-QUANTIFIED": "pass: the vague item still states 3 x 10 minutes weekly, class teacher, pairs; other items quantified"})

plan("m103.docx", "national-template", 14, "Year 9", ["SEMH", "ADHD", "EAL (family)"],
     "first person (to Learning Mentor); mother with Urdu interpreter",
     fails={"PC-PFA": "Year 9 plan; outcomes only cover conflict, reading, homework, walk-outs, lesson time, time on task - none about post-16/employment, independent living, community or health",
            "CA-STATUTORY-ADVICE": "K: preparing-for-adulthood row left unfilled ('YES/ NO') in a Year 9 plan; social care row deleted although the child is on a child protection plan - no social care advice",
            "CA-ANNUAL-REVIEW": "'Plan dated: 16 September 2025', no last review date - more than 12 months before 1 December 2026",
            "SC-STATUTORY-LINK": "D: 'subject to child protection plans since June 2025 under the category of neglect' but H1 'None.', H2 'None.', E '—', no social worker contribution or CP plan reflected",
            "SC-ADVICE": "no social care advice in K (row deleted) despite allocated social worker",
            "SC-PROVISION-SPECIFIC": "H1 'None.' H2 'None.' - nothing on whether short breaks or early help/family support were considered",
            "PR-VAGUE-WORDING": "'A quiet space (the Base) where possible when he feels overwhelmed'; 'daily, 10 minutes, 1-2-1, and at other times as required'"},
     why={"CA-DATED": "pass (trap): the unfilled PfA and parent-request rows are template rows nobody filled, not undated advice items",
          "SC-NEEDS": "pass (borderline): D states the CP status and allocated social worker; failure graded under SC-STATUTORY-LINK",
          "PR-QUANTIFIED": "pass: the vague items still give who/how often (check-in daily 10 minutes 1-2-1; Base supervised by Learning Mentor)",
          "PC-ASPIRATION-LINK": "pass: GCSE aspiration -> reading/lesson-time outcomes; interests -> 'bike repair guide', 'lunchtime football'"})

plan("m104.docx", "bold-statutory", 7, "Year 2", ["severe learning difficulty", "epilepsy", "EAL"],
     "observation by class teacher/TA (non-verbal); parents with Sylheti interpreter", nas=NOPFA + NOSTAT,
     fails={"HC-NEEDS-MET": "C: 'tonic-clonic seizures about twice a month ... buccal midazolam as rescue medication' (and night waking) - G has only the dietitian; no epilepsy care plan, nurse or rescue-medication training",
            "HC-OUTCOMES": "no outcome in E for epilepsy (or sleep); only the eating outcome links to a health need",
            "PC-STRENGTHS": "A and B describe only deficits: 'Rahim has no spoken words ... He cannot match objects ... He cannot dress himself'; no strengths/what he can do",
            "SC-NEEDS": "Section D: 'N/A' - no description and no basis",
            "SC-PROVISION-SPECIFIC": "H1 'N/A', H2 'N/A' - no statement that short breaks or early help were considered",
            "CA-DATED": "K: 'Parent views | Rahim's mother and father (with a Sylheti interpreter) |' and 'Educational advice | Class teacher, Oakfield Special School |' - no dates"},
     why={"CA-ADVICE-AGE": "pass: all dated items are from January-February 2026 (plan dated 11 March 2026); the two undated items are graded under CA-DATED",
          "SC-ADVICE": "pass: 'Disabled Children's Team duty social worker, Ms A Boateng ... 15 January 2026'"})

plan("m105.docx", "ef-table", 10, "Year 6", ["speech and language (DLD)", "EAL"],
     "first person 'All about me' written down by SENCo; parents with Bengali interpreter",
     nas=NOPFA + NOSTAT + ["HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"],
     why={"HC-NEEDS": "pass: 'Ayaan has no health needs relating to his special educational needs. His hearing was tested ... within normal limits. The school nurse reviewed his health records'",
          "PC-OUTCOME-NOT-PROVISION": "trap (pass): 'Ayaan will gain his school's Speaking Award by giving a 2-minute talk' - achievement",
          "PR-QUANTIFIED": "traps (pass): 'A reading pen ... set up and charged by the school's IT technician'; SLT '6 sessions per year (once each half-term), 1 hour each'",
          "SC-PROVISION-SPECIFIC": "pass: H2 'None. Early help was considered (see Section D) and is not needed.'"})

plan("m106.docx", "national-template", 14, "Year 9", ["autism", "SEMH (anxiety)", "ARFID (health)"],
     "first person with EP; mother with Punjabi interpreter and father",
     why={"PR-QUANTIFIED": "trap (pass): access arrangements 'sit in the resource base exam room ... supervised rest breaks; organised by the Exams Officer with the SENCo'",
          "CA-DATED": "trap (pass): the parent-request K row is an unfilled template row, not an advice item",
          "HC-NEEDS": "trap (pass): 'she has no difficulty walking or with her coordination' alongside ARFID",
          "SC-PROVISION-SPECIFIC": "H2 Early Help Family Practitioner fortnightly (1 hour) for 6 months; H1 'Short breaks were discussed'"},
     nas=NOSTAT)

plan("m107.docx", "bold-statutory", 12, "Year 7", ["hearing impairment", "EAL", "looked after child"],
     "first person written with Teacher of the Deaf; foster carers' views", nas=NOPFA,
     fails={"CA-ADVICE-AGE": "K: 'Qualified Teacher of the Deaf ... 14 June 2023', 'Medical advice ... 2 May 2023', 'Audiology ... 16 May 2023' - about 34-36 months old at issue (20 April 2026)",
            "HC-ADVICE": "all health advice in K is from May 2023 - not current",
            "PR-QUANTIFIED": "'Pre-teaching of key subject vocabulary before new topics.' 'Small group literacy intervention.' 'Deaf awareness training for staff.' - no who, how often, how long, group size",
            "LG-SPELLING": "'occassionally', 'enviroment', 'seperate', 'recieve'",
            "LG-GRAMMAR": "'Ioana have good friends', 'she miss what is said and she don't always ask'",
            "SC-STATUTORY-LINK": "D: 'Ioana is a looked after child and lives with her foster carers. She is settled in her placement.' - no care plan, PEP, virtual school or social worker contribution reflected in D/H"},
     why={"CA-STATUTORY-ADVICE": "pass: Teacher of the Deaf advice present (though old); parent (foster carers), educational, medical, EP, social care all listed",
          "SC-ADVICE": "pass: 'Mr D Walsh, Social Worker, Children in Care Team – 9 February 2026'",
          "PR-OUTCOME-LINK": "pass: reading outcome served by the (unquantified) literacy intervention"})

plan("m108.docx", "ef-table", 17, "Year 12", ["physical (cerebral palsy)", "speech and language (AAC user)", "EAL"],
     "first person via eye-gaze device with SLT; mother with Arabic interpreter",
     fails={"HC-THERAPY-PLACEMENT": "G: 'the Children's Therapies speech and language therapist will see Yasmin 1-2-1 at college for 45 minutes fortnightly to develop her use of her eye-gaze device' - educational therapy in G, not F",
            "SC-RIGHT-SECTION": "E/F table: 'Overnight short breaks at Maple House residential short-break centre, commissioned by the Disabled Children's Team | 2 nights per month' - social care in F",
            "PC-SMART": "'Yasmin will become more confident and independent.' - no measure, no date",
            "HC-NEEDS-MET": "C: gastrostomy with '200 ml by pump twice a day, including once at college ... needs trained staff' - nothing in G (no training, nurse or dietitian provision)",
            "HC-OUTCOMES": "no outcome in E for the gastrostomy/feeding need"},
     nas=NOSTAT,
     why={"PC-OUTCOME-NOT-PROVISION": "trap (pass): 'be awarded an Entry Level 3 certificate', 'receive a positive report from her placement supervisor' - achievements",
          "HC-ADVICE-PROVIDERS": "pass: SLT, physiotherapist and community paediatrician in G all gave advice in K"})

plan("m109.docx", "national-template", 5, "Reception", ["autism", "speech and language delay", "EAL"],
     "observation and photo choices by TA; parents with Pashto interpreter",
     nas=NOPFA + NOSTAT + ["HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"],
     fails={"HC-NEEDS": "C: 'Awaiting information from Community Paediatrics. To be updated when the medical advice is received.'",
            "HC-PROVISION-SPECIFIC": "G: 'TBC'",
            "HC-ADVICE": "K medical advice: 'Requested 04/08/2026 – not received' (Appended: NO)",
            "CA-STATUTORY-ADVICE": "no medical advice received before issue",
            "PC-OUTCOME-NOT-PROVISION": "'By the end of Reception, Zainab will have a visual timetable and a daily Attention Autism session with an adult.'",
            "PR-QUANTIFIED": "'Speech and language programme delivered in class.' and 'Small group work on early learning skills.' - no who, how often, how long, group size",
            "PR-OUTCOME-LINK": "SEMH row: need (distress at transitions) and outcome ('now and next' board) with the F cell left empty"},
     why={"PC-SMART": "pass: the other outcomes are SMART; the provision-as-outcome is graded under PC-OUTCOME-NOT-PROVISION",
          "PC-VOICE": "trap (pass): 'Zainab's teaching assistant (TA), Mrs Hussain, watched her play over three weeks ... offered her photos'",
          "CA-DATED": "pass: the not-received medical row states who it was requested from and when"})

plan("m110.docx", "bold-statutory", 16, "Year 11", ["vision impairment (albinism, nystagmus)", "EAL (family)"],
     "first person written by Bilal; parents (father interpreting, checked in Arabic)", nas=NOSTAT,
     why={"PR-VAGUE-WORDING": "trap (pass): 'From February 2027, the Habilitation Specialist ...' - month name",
          "PR-QUANTIFIED": "traps (pass): 'papers enlarged to A3, 25% extra time ... arranged by the Exams Officer with the SENCo'; laptop 'supplied, set up and maintained by the Sensory Support Service technician'; QTVI 'twice termly, 1 hour each visit'",
          "PC-OUTCOME-NOT-PROVISION": "trap (pass): 'Bilal will be awarded his GCSE in computer science'",
          "HC-NEEDS": "trap (pass): 'I have no difficulty with walking or sport' alongside albinism/nystagmus health needs",
          "CA-ANNUAL-REVIEW": "Plan dated 3 December 2025; 'Last reviewed: Annual review meeting 13 November 2026'"})

plan("m111.docx", "ef-table", 19, "Post-19 (supported internship)", ["moderate learning difficulty", "ADHD", "EAL"],
     "first person typed by Job Coach; father with Kurdish Sorani interpreter", nas=NOSTAT,
     why={"PC-OUTCOME-NOT-PROVISION": "traps (pass): 'be awarded the Level 2 Food Hygiene certificate and receive a positive end-of-placement report'; 'get around his local area on his own'",
          "SC-PROVISION-SPECIFIC": "H1 not applicable (age 19); H2 PA 6 hours per week after Care Act assessment",
          "HC-ADVICE-PROVIDERS": "pass: Adult ADHD Service (only provider in G) gave the medical advice in K"})

plan("m112.docx", "national-template", 20, "Post-19", ["vision impairment (CVI)", "severe learning difficulty", "EAL"],
     "family and college views only", nas=NOSTAT,
     fails={"PC-VOICE": "A2 Views has only 'Mother's views' and 'College views'; Hodan's own views are not recorded or gathered by any means (observation, objects of reference)",
            "PC-ASPIRATIONS": "Aspirations: 'To be discussed at the next annual review.'",
            "PC-ASPIRATION-LINK": "no aspirations; outcomes do not build on her interests (music, drumming, swimming, sisters)",
            "LG-READABILITY": "A1/E: 'Hodan will demonstrate consistent intentional use of OoR to indicate choice at the 2-item level across ADL and leisure routines in 80% of opportunities across 3 consecutive data-collection points'",
            "LG-JARGON": "CVI, HIE, SLD, GDD, FVA, QTVI, OoR, TAC, ADL, O&M, ABC never explained",
            "HC-PROVISION-SPECIFIC": "G: 'Community Dietitian to review weight as needed.' - no how often/how long",
            "HC-ADVICE-PROVIDERS": "dietitian provides in G but no dietetic advice in K"},
     why={"HC-NEEDS-MET": "pass (borderline): the weight need has provision in G, but unspecified - graded under HC-PROVISION-SPECIFIC",
          "CA-STATUTORY-ADVICE": "pass: mother acts under the Mental Capacity Act 2005; educational, QTVI, medical, EP, social care, PfA advice all listed",
          "PC-SMART": "pass: jargon outcomes still dated and measured (e.g. 'from a baseline of 6 per week to 2 or fewer per week')"})

out = {"audit_date": "2026-12-01", "plans": P}
with open("/work/blind/setM1/labels.yaml", "w") as f:
    yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=200)
cnt = collections.Counter(c for p in P for c, v in p["labels"].items() if v == "fail")
for c in CRIT: print(f"{c:28s} {cnt[c]}")
print("sound:", [p["file"] for p in P if "fail" not in p["labels"].values()])
print("missing:", [c for c in CRIT if cnt[c] == 0])
