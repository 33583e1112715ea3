"""Builds labels.yaml and checks every quoted string in `why` against the .docx text."""
import re, yaml, sys
sys.path.insert(0, '.')
from generate import doc_text

CRIT = ["CA-DATED","CA-ADVICE-AGE","CA-STATUTORY-ADVICE","CA-ANNUAL-REVIEW",
 "PC-OUTCOME-NOT-PROVISION","PC-SMART","PC-VOICE","PC-ASPIRATIONS","PC-ASPIRATION-LINK","PC-PFA","PC-STRENGTHS",
 "PR-VAGUE-WORDING","PR-QUANTIFIED","PR-OUTCOME-LINK",
 "HC-NEEDS","HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-ADVICE","HC-DCO-SIGNOFF","HC-THERAPY-PLACEMENT","HC-ADVICE-PROVIDERS","HC-OUTCOMES",
 "SC-NEEDS","SC-STATUTORY-LINK","SC-PROVISION-SPECIFIC","SC-ADVICE","SC-RIGHT-SECTION",
 "LG-SPELLING","LG-GRAMMAR","LG-READABILITY","LG-JARGON"]
HC_OTHER = ["HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-DCO-SIGNOFF","HC-THERAPY-PLACEMENT","HC-ADVICE-PROVIDERS","HC-OUTCOMES"]

P = []
def plan(file, layout, age, year, needs, voice, fails=(), na=(), why=None):
    labels = {c: "pass" for c in CRIT}
    for c in na: labels[c] = "na"
    for c in fails: labels[c] = "fail"
    P.append({"file": file, "layout": layout, "age": age, "year_group": year, "needs": needs, "voice": voice,
              "labels": labels, "why": why or {}})

plan("ab101.docx", "national-template", 4, "Reception", ["Angelman syndrome (rare genetic condition)", "global developmental delay", "epilepsy", "non-verbal"],
  "observation by people who know her (non-verbal); parents quoted",
  na=["PC-PFA", "SC-STATUTORY-LINK"],
  why={
   "PC-VOICE": 'PASS: "How we found out what Maryam thinks (observation by people who know her well)" - non-verbal child; views gathered by observation, attributed (trap)',
   "HC-NEEDS-MET": 'PASS: "Maryam has no difficulty with eating and drinking and takes a normal diet, but she has epilepsy" - the epilepsy is met in G (trap)',
   "HC-PROVISION-SPECIFIC": 'PASS: "given by trained staff when needed, that is when a tonic-clonic seizure lasts 5 minutes" - "when needed" in G, and defined (trap)',
   "CA-DATED": 'PASS: K rows left as template wording and unfilled ("reasonably requests that the local authority seek it from"; the Y9 row) are not advice items (trap)',
   "PR-QUANTIFIED": 'PASS: equipment with who provides it: "provided by the children\'s occupational therapist (OT), who adjusts it at each termly visit"; visits with who/how often/how long: "The SLT will visit school once each half term for one hour" (trap)',
   "PR-VAGUE-WORDING": 'PASS: "in a group of no more than 4 children" is a fixed cap; "made and kept up to date by the teaching assistant" is not a quantity; "once a fortnight from May 2026" - month name in provision (traps)',
   "HC-DCO-SIGNOFF": 'PASS: "reviewed and agreed by Dr Farah Qureshi, Designated Clinical Officer (DCO)"',
   "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy and OT programmes are in F; physiotherapy review in G',
   "CA-ANNUAL-REVIEW": 'PASS: "16 April 2026" issue date is within 12 months of the audit date; first plan',
  })

plan("ab102.docx", "ef-table", 9, "Year 4", ["hearing impairment (bilateral cochlear implants)", "speech, language and communication needs"],
  "first person (his own words, recorded by Teacher of the Deaf); parents quoted",
  na=["PC-PFA", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
  why={
   "CA-STATUTORY-ADVICE": 'PASS: hearing impairment advice from "Ms Joanne Cartwright, Qualified Teacher of the Deaf, Hollinbrook Sensory Support Service"',
   "PR-QUANTIFIED": 'PASS: equipment "provided, set up and maintained by the Educational Audiologist from Hollinbrook Sensory Support Service"; access arrangements "Arranged by the SENCo"; therapist on his own on named days "Every Tuesday afternoon for 30 minutes, on his own, for 10 weeks in the autumn term 2026, then review" (traps)',
   "PR-VAGUE-WORDING": 'PASS: "From March 2027, transition planning for secondary school" - month starting provision (trap); Access arrangements is not the vague phrase access to',
   "HC-PROVISION-SPECIFIC": 'PASS: "The implant team will see Rayhan sooner when needed" - "when needed" in G with a 2-week response stated (trap)',
   "HC-NEEDS": 'PASS: "The processors need regular checks" - "regular" in C, not F (trap)',
   "SC-NEEDS": 'PASS: "confirmed by the Children with Disabilities Team\'s screening assessment of 30 April 2026" - none, with the basis (trap)',
   "SC-PROVISION-SPECIFIC": 'PASS: none, but short breaks and the Local Offer considered: "Short breaks were discussed with the family at the review"',
   "HC-DCO-SIGNOFF": 'PASS: "Section G was reviewed and supported by Sarah Lomax, Designated Clinical Officer (DCO)" (trap wording)',
   "CA-ANNUAL-REVIEW": 'PASS: "22/07/2026 (amended following annual review)"',
  })

plan("ab103.docx", "bold-statutory", 15, "Year 10", ["autism", "epilepsy"], "first person (typed with key worker); mother and sister quoted",
  fails=["HC-NEEDS-MET", "HC-OUTCOMES", "PC-PFA", "PR-VAGUE-WORDING", "PR-QUANTIFIED", "LG-SPELLING"],
  na=["HC-THERAPY-PLACEMENT", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
  why={
   "HC-NEEDS-MET": '"Tanvir has epilepsy (juvenile myoclonic epilepsy), diagnosed in September 2024" - G holds only "annual outpatient review of Tanvir\'s autism, growth and melatonin prescription"; no seizure management, IHCP, staff training or epilepsy review in G',
   "HC-OUTCOMES": '"two tonic-clonic seizures at school in the last year" - no outcome in E relates to his epilepsy',
   "PC-PFA": '"Outcome 3 (coping with change)" - a Year 10 plan whose four outcomes are all about lessons; none prepares for adulthood (post-16, work, independent living, community, health)',
   "PR-VAGUE-WORDING": '"Tanvir will have access to a quiet space as appropriate when he is finding group work difficult."; "Opportunities to attend a social skills group"; "Regular check-ins with his key worker"; "for up to 15 minutes"',
   "PR-QUANTIFIED": '"Opportunities to attend a social skills group led by the Learning Support Base." - no frequency, duration or group size; "Regular check-ins with his key worker in the Learning Support Base." - no frequency or duration',
   "LG-SPELLING": '"occassionally", "alot of noise", "recieve a text" - three misspellings',
   "HC-DCO-SIGNOFF": 'PASS: "has been reviewed and agreed by Sarah Lomax, Designated Clinical Officer (DCO)" - agreement recorded (the gap is HC-NEEDS-MET)',
   "PC-ASPIRATION-LINK": 'PASS: aspiration "I want to be a games designer" is served by "Outcome 2 (computing)"',
   "CA-STATUTORY-ADVICE": 'PASS: preparing for adulthood advice is in K: "Liam Ogden, Careers Adviser (Level 6 qualified)"',
  })

plan("ab104.docx", "national-template", 7, "Year 2", ["hearing impairment (hearing aids)", "speech and language delay"], "child quoted via talking mat; parents quoted",
  fails=["CA-STATUTORY-ADVICE", "CA-ADVICE-AGE", "HC-ADVICE", "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PR-VAGUE-WORDING", "PR-QUANTIFIED"],
  na=["PC-PFA", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
  why={
   "CA-STATUTORY-ADVICE": '"Kelly Duckworth, Specialist Support Assistant (Hearing Impairment), Hollinbrook Sensory Support Service" - hearing impairment advice not from a qualified Teacher of the Deaf',
   "CA-ADVICE-AGE": '"14 November 2023" - audiology advice 30 months before the plan was issued (20/05/2026)',
   "HC-ADVICE": '"Paediatric Audiology, Hollinbrook Hospital (audiology report)" dated "14 November 2023" is the only health advice and is out of date; no person named',
   "PC-OUTCOME-NOT-PROVISION": '"Ayaan has a radio aid in all lessons."; "Ayaan is given pre-teaching of new topic words every week."; "Ayaan will receive daily phonics in a small group"; "Staff will check Ayaan\'s hearing aids every morning." - provision written as outcomes',
   "PC-SMART": '"Ayaan will receive daily phonics in a small group so that his reading improves." - no date, no measure; the other provision-outcomes measure nothing the child achieves',
   "PR-VAGUE-WORDING": '"Access to a quiet room where possible for listening breaks."; "Regular visits from the Sensory Support Service."; "Up to 3 sessions of phonics per week in a small group."; "Staff should face Ayaan when speaking"',
   "PR-QUANTIFIED": '"Pre-teaching of new topic words." - no frequency, duration or who; "Regular visits from the Sensory Support Service." - no who, how often or how long; phonics group has no group size, duration or deliverer',
   "PC-ASPIRATION-LINK": 'PASS: real outcomes build on the aspirations ("By July 2027, Ayaan will read a Year 3 level book aloud"; football at lunchtime)',
   "HC-ADVICE-PROVIDERS": 'PASS: audiology, which provides in G, did give advice in K (its age is graded under CA-ADVICE-AGE/HC-ADVICE)',
   "HC-DCO-SIGNOFF": 'PASS: "Confirmed. Section G was agreed by Sarah Lomax, Designated Clinical Officer (DCO)"',
  })

plan("ab105.docx", "ef-table", 11, "Year 6", ["global developmental delay", "cerebral palsy (spastic diplegia)", "language needs"], "child quoted (booklet with TA); grandmother/kinship carer quoted",
  fails=["SC-STATUTORY-LINK", "SC-NEEDS", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "CA-STATUTORY-ADVICE", "HC-ADVICE-PROVIDERS", "PC-ASPIRATIONS", "PC-ASPIRATION-LINK"],
  na=["PC-PFA", "SC-RIGHT-SECTION"],
  why={
   "SC-STATUTORY-LINK": '"Yes – placed with her grandmother, a kinship foster carer, under a care order since 2023" - looked after, but D and H say nothing of the care plan, social worker, PEP or joint working',
   "SC-NEEDS": '"No social care needs have been identified." - for a looked-after child, with no assessment or advice named',
   "SC-PROVISION-SPECIFIC": 'H1 and H2 "None." with no sign that short breaks, the Local Offer or early help were considered',
   "SC-ADVICE": 'No social care advice listed in K (only "Carer\'s views (with Urdu interpreter)", school, EP, paediatrician, SLT)',
   "CA-STATUTORY-ADVICE": 'Social care advice required by regulation 6 is missing from K',
   "HC-ADVICE-PROVIDERS": '"Children\'s Physiotherapy Service: physiotherapy assessment and review" is provided in G but no physiotherapy advice is in K',
   "PC-ASPIRATIONS": 'Section A gives views, worries and strengths but no hopes for the future, e.g. "I worry that she will be lost in a big secondary school"; there is no Aspirations heading despite the section title',
   "PC-ASPIRATION-LINK": 'No aspirations stated in A, so E cannot visibly build on them',
   "HC-DCO-SIGNOFF": 'PASS: "reviewed and agreed by Sarah Lomax, Designated Clinical Officer (DCO)"',
   "PR-QUANTIFIED": 'PASS: equipment/adjustments with who: "Arranged by the SENCo"; "set up and maintained by the school\'s IT technician"',
  })

plan("ab106.docx", "bold-statutory", 17, "Year 12 (college, post-16)", ["moderate learning difficulties", "social anxiety"], "first person (young person's own words); mother quoted",
  na=HC_OTHER + ["SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
  why={
   "PC-OUTCOME-NOT-PROVISION": 'PASS: achievements with receive/gain/have/access: "Chloe will receive her Level 1 Certificate in Catering and Hospitality"; "Chloe will gain a Level 2 qualification"; "Chloe will have a positive report from her work placement"; "Chloe will access the community independently" (traps)',
   "PR-QUANTIFIED": 'PASS: "arranged by the college\'s Access Arrangements Coordinator"; "set up and maintained by the college IT support team" - access arrangements and equipment need no group size (traps)',
   "PR-VAGUE-WORDING": 'PASS: "January 2027: a 6-week" course - month starting a provision line (trap); "in a group of no more than 8 students"; "pay for items up to £20" is in E, not F (trap)',
   "HC-NEEDS": 'PASS: "Chloe has no health care needs relating to her special educational needs. This is based on the medical advice from her GP" - none, with basis (trap)',
   "SC-NEEDS": 'PASS: "This was the conclusion of the Preparing for Adulthood social worker\'s assessment (July 2026)" - none, with basis',
   "CA-ANNUAL-REVIEW": 'PASS: front matter "Date of EHC plan" "30 October 2026 (amended following annual review)" and "Last reviewed" (house labels, trap)',
   "PC-VOICE": 'PASS: young person over compulsory school age gives her own views: "About me – in my own words"',
   "PC-PFA": 'PASS: outcomes labelled employment, independent living, community, good health',
  })

plan("ab107.docx", "national-template", 16, "Year 12 (special school sixth form)", ["22q11.2 deletion syndrome (rare genetic condition)", "learning difficulties", "speech (velopharyngeal insufficiency)", "anxiety"],
  "young person quoted via photographs; parents quoted",
  fails=["CA-ANNUAL-REVIEW", "PC-STRENGTHS", "LG-READABILITY", "LG-JARGON", "HC-THERAPY-PLACEMENT", "PC-OUTCOME-NOT-PROVISION", "PC-SMART"],
  na=["SC-STATUTORY-LINK"],
  why={
   "CA-ANNUAL-REVIEW": '"17 June 2025" issued, last review "22/05/2025" - more than 12 months before the audit date (2026-12-07)',
   "PC-STRENGTHS": '"Yusuf\'s functioning is significantly below age-expected levels across all domains." under Strengths; area strengths are deficits ("Working at pre-entry level in literacy and numeracy.")',
   "LG-READABILITY": '"Yusuf presents with 22q11.2 deletion syndrome, confirmed on array CGH in 2010. Comorbidities include tetralogy of Fallot" - clinical-report language in A',
   "LG-JARGON": '"Psychometric assessment (WISC-V, 2024) indicates an FSIQ of 52" and "CELF-5 fall more than 2 SD below the mean" - acronyms and terms never explained',
   "HC-THERAPY-PLACEMENT": '"Speech and language therapy: direct 1:1 therapy in school with a speech and language therapist (SLT)" is in G; therapy that educates belongs in F',
   "PC-OUTCOME-NOT-PROVISION": '"Staff will support Yusuf to use his communication passport when he meets new people."; "Yusuf will be given a worry scale and a quiet space."; "Yusuf will receive travel training from the school\'s travel trainer."',
   "PC-SMART": 'The provision-outcomes ("Yusuf will be given a worry scale and a quiet space.") have no date and no measure of what Yusuf achieves',
   "CA-ADVICE-AGE": 'PASS: all advice dated within 12 months before the June 2025 issue date (the plan\'s staleness is graded under CA-ANNUAL-REVIEW)',
   "PC-PFA": 'PASS: "By July 2026, Yusuf will complete a 6-week work placement at Hollinbrook City Farm"',
   "PR-OUTCOME-LINK": 'PASS: the communication need has F provision ("A communication passport") even though the therapy sits in G',
  })

plan("ab108.docx", "ef-table", 2, "Early years (nursery)", ["global developmental delay", "hypotonia", "constipation"], "observation through play; parents quoted",
  na=["PC-PFA", "SC-RIGHT-SECTION"] if False else ["PC-PFA"],
  why={
   "PC-VOICE": 'PASS: "How we learned what Ibrahim likes (through play and observation)" - a 2-year-old\'s views through play and observation (trap)',
   "HC-NEEDS-MET": 'PASS: "Ibrahim has no problems with his hearing or his vision, which were both checked in January 2026, but he has the following health needs" - each met in G (trap)',
   "SC-STATUTORY-LINK": 'PASS: "Ibrahim has been supported by a Child in Need plan" - social worker advice, joint reviews and CIN actions drawn into H2 ("as agreed in the Child in Need plan")',
   "PR-QUANTIFIED": 'PASS: "Every other Tuesday for 45 minutes, 6 sessions then review" - therapist block with who/how often/how long (trap)',
   "HC-DCO-SIGNOFF": 'PASS: "Confirmed by Sarah Lomax, Designated Clinical Officer (DCO)" (trap wording)',
   "HC-PROVISION-SPECIFIC": 'PASS: "which the paediatrician adjusts when needed" - "when needed" in G (trap)',
   "SC-PROVISION-SPECIFIC": 'PASS: H1 none but "Short breaks were considered at the Child in Need review on 2 September 2026"; H2 specific ("a home visit every Thursday for 90 minutes")',
   "SC-RIGHT-SECTION": 'PASS: family support worker and housing support are in H2',
   "CA-ANNUAL-REVIEW": 'PASS: "28 September 2026 (amended following review)"; "8 Sept 2026" - date forms vary (trap)',
  })

plan("ab109.docx", "bold-statutory", 3, "Early years (nursery)", ["global developmental delay", "continence (soiling and constipation)"], "observation through play; mother quoted",
  fails=["SC-STATUTORY-LINK", "HC-NEEDS-MET", "HC-PROVISION-SPECIFIC", "HC-DCO-SIGNOFF", "LG-GRAMMAR"],
  na=["PC-PFA"],
  why={
   "SC-STATUTORY-LINK": '"Arif and his brothers have been subject to a child protection plan since March 2026." - the CP plan appears in A and the front matter only; D, H1 and H2 never mention it, the CP social worker gave no advice, no joint working shown',
   "HC-NEEDS-MET": '"Continence: Arif is not toilet trained and has frequent soiling and constipation" - the continence nurse\'s programme, laxative and products are not in G',
   "HC-PROVISION-SPECIFIC": '"The community paediatrician will review Arif as required." - no frequency or length',
   "HC-DCO-SIGNOFF": 'No record anywhere of health agreement to Section G (no DCO or health lead named, no date)',
   "LG-GRAMMAR": '"Arif enjoy water play" (agreement); "He gives an big smile" (a/an); "join in with there games" (their/there)',
   "HC-OUTCOMES": 'PASS: continence need has an outcome: "Outcome 3: By July 2027, Arif will sit on the toilet for 2 minutes"',
   "SC-NEEDS": 'PASS: needs described ("Arif needs an adult with him at all times because he has no sense of danger")',
   "SC-ADVICE": 'PASS: "Mark Duerden, Social Worker, Children with Disabilities Team (short breaks assessment), 9 June 2026" - attributed, dated, current',
   "PC-VOICE": 'PASS: "How we found out what Arif thinks (watching him play)"',
  })

plan("ab110.docx", "national-template", 14, "Year 9", ["autism", "speech, language and communication needs", "selective eating"], "first person (written with key worker); parents quoted",
  na=["SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
  why={
   "CA-DATED": 'PASS: the template row "reasonably requests that the local authority seek it from" left unfilled is not an advice item (trap)',
   "PR-VAGUE-WORDING": 'PASS: "regular chances to be with friends outside school" is in A, not F (trap); "June 2026: a one-week work taster" - month starting provision (trap)',
   "PC-OUTCOME-NOT-PROVISION": 'PASS: "Aleena will receive a positive report from her work taster" - an achievement (trap)',
   "HC-NEEDS-MET": 'PASS: "Aleena has no difficulty with her physical health, but she eats a very small range of foods" - selective eating met by dietitian and paediatrician in G (trap)',
   "HC-DCO-SIGNOFF": 'PASS: "Section G reviewed and supported by Dr Farah Qureshi, Designated Clinical Officer (DCO)"',
   "PR-QUANTIFIED": 'PASS: "6 sessions of 45 minutes, every other Wednesday from February 2026, then review, on her own" - therapist on her own, no group size needed; "applied for and arranged by the SENCo" (traps)',
   "SC-NEEDS": 'PASS: "This is based on the Children with Disabilities Team\'s screening in October 2025"',
   "PC-PFA": 'PASS: travel, work taster, idioms/friendship and eating outcomes cover PfA areas',
   "CA-STATUTORY-ADVICE": 'PASS: Year 9 preparing for adulthood advice from "Liam Ogden, Careers Adviser, Hollinbrook Careers Service"',
  })

plan("ab111.docx", "ef-table", 13, "Year 8", ["developmental language disorder", "anxiety"], "child quoted (with learning support assistant); father quoted",
  fails=["PC-SMART", "PC-ASPIRATION-LINK", "LG-JARGON", "PR-OUTCOME-LINK"],
  na=["PC-PFA"] + HC_OTHER + ["SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
  why={
   "PC-SMART": '"By July 2027, Hamza will feel more confident when speaking in class." and "By July 2027, Hamza will be happier at school and less anxious." - dated but not measurable; "Hamza will improve his reading comprehension." - no date, no measure',
   "PC-ASPIRATION-LINK": '"When I\'m older I want to be a mechanic like him and have my own garage." - no outcome touches mechanics, practical skills, cricket or college',
   "LG-JARGON": '"Hamza has DLD, diagnosed by the SaLT service in Year 4." - DLD, SaLT, LSA, ELKLAN, HLTA, CELF-5, EP, CWD never spelled out',
   "PR-OUTCOME-LINK": '"See communication and interaction provision above." - the anxiety need in B and the SEMH outcome have no provision in F',
   "PR-QUANTIFIED": 'PASS: interventions give frequency, duration, group size and who ("3 x weekly, 30 minutes, group of 4")',
   "HC-NEEDS": 'PASS: "His GP, Dr Rehman, confirmed in April 2026 that there is no medical cause for his stomach aches" - none, with basis',
   "HC-THERAPY-PLACEMENT": 'NA: C records no health needs and G has none (speech and language therapy is correctly in F anyway)',
  })

plan("ab112.docx", "bold-statutory", 18, "Post-16 (college, second year)", ["autism", "anxiety"], "parents only (young person's own views missing)",
  fails=["PC-VOICE", "CA-STATUTORY-ADVICE", "CA-DATED", "SC-RIGHT-SECTION", "HC-NEEDS"],
  na=HC_OTHER + ["SC-STATUTORY-LINK"],
  why={
   "PC-VOICE": '"Views of Bilal and his family" holds only the parents\' views; an 18-year-old\'s own views are not recorded',
   "CA-STATUTORY-ADVICE": 'K has "Parent advice – Nadia and Kamran (parents), 10 September 2026" but no advice from the young person himself, who is over compulsory school age',
   "CA-DATED": '"College progress report – Hollinbrook College" and "Report on work experience – job coach" - undated; the second names no person',
   "SC-RIGHT-SECTION": '"A personal assistant, funded by adult social care under the Care Act 2014" and "Overnight short breaks for Bilal at Oak House" are in F; H2 says only "See Section F."',
   "HC-NEEDS": 'Section C reads "Not known." although medical advice was received in July 2026',
   "SC-PROVISION-SPECIFIC": 'PASS: the social care provision is specific ("6 hours a week (Thursday evenings and Saturday afternoons)"); its placement is graded under SC-RIGHT-SECTION',
   "HC-ADVICE": 'PASS: "Medical advice – Dr Imran Rehman, GP, Millfield Surgery, 2 July 2026"',
   "PC-ASPIRATIONS": 'PASS: family aspirations stated ("We would like him to get a job in IT")',
  })

# ---- checks
def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u2019", "'").replace("\u2018", "'")).strip()

ok = True
for p in P:
    text = norm(" \n ".join(doc_text("plans/" + p["file"])))
    for crit, why in p["why"].items():
        assert crit in CRIT, crit
        lab = p["labels"][crit]
        if lab == "fail" and why.startswith("PASS"):
            print("LABEL MISMATCH", p["file"], crit); ok = False
        for q in re.findall(r'"([^"]+)"', why):
            if norm(q) not in text:
                print("MISSING", p["file"], crit, "::", q); ok = False
    for c, v in p["labels"].items():
        if v == "fail" and c not in p["why"]:
            print("NO WHY", p["file"], c); ok = False

counts = {c: sum(p["labels"][c] == "fail" for p in P) for c in CRIT}
for c, n in counts.items():
    need = 2 if c in ["PC-SMART","PR-QUANTIFIED","PC-OUTCOME-NOT-PROVISION","PR-VAGUE-WORDING","HC-NEEDS-MET","SC-STATUTORY-LINK"] else 1
    if n < need: print("COVERAGE", c, n); ok = False
print({c: n for c, n in counts.items()})
print("sound:", [p["file"] for p in P if "fail" not in p["labels"].values()])
yaml.safe_dump({"audit_date": "2026-12-07", "plans": P}, open("labels.yaml", "w"), sort_keys=False, allow_unicode=True, width=1000)
print("OK" if ok else "PROBLEMS")
