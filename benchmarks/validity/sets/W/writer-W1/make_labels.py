"""Builds labels.yaml (the answer key) and checks every quoted passage against the .docx text."""
import re, sys, yaml
from dump import texts

CRITERIA = ["CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW",
 "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-VOICE", "PC-ASPIRATIONS", "PC-ASPIRATION-LINK", "PC-PFA", "PC-STRENGTHS",
 "PR-VAGUE-WORDING", "PR-QUANTIFIED", "PR-OUTCOME-LINK",
 "HC-NEEDS", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-ADVICE", "HC-DCO-SIGNOFF", "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES",
 "SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "SC-RIGHT-SECTION",
 "LG-SPELLING", "LG-GRAMMAR", "LG-READABILITY", "LG-JARGON"]
HC_NA = ["HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"]

P = []
def plan(file, layout, age, yg, needs, voice, overrides, why):
    labels = {c: "pass" for c in CRITERIA}
    labels.update(overrides)
    P.append(dict(file=file, layout=layout, age=age, year_group=yg, needs=needs, voice=voice, labels=labels, why=why))

plan("w101.docx", "bold-statutory", 9, "Year 5", ["dyslexia", "SLCN", "SEMH"], "first person",
 {"PC-PFA": "na", "HC-PROVISION-SPECIFIC": "na", "HC-NEEDS-MET": "na", "HC-DCO-SIGNOFF": "na", "HC-ADVICE-PROVIDERS": "na", "HC-OUTCOMES": "na",
  "SC-STATUTORY-LINK": "na", "SC-RIGHT-SECTION": "na"},
 {"HC-NEEDS": 'PASS: "Rezan does not have health needs relating to his special educational needs. This is based on the medical advice" - no health needs stated with the basis (trap)',
  "HC-THERAPY-PLACEMENT": 'PASS: "Speech and language therapy: assessment, a written programme with targets" is in Section F (trap: therapy correctly placed)',
  "PR-QUANTIFIED": 'PASS: "Set up by the Learning Support Service and maintained by the SENCo" - equipment needs what and who maintains it, no group size (trap)',
  "PR-VAGUE-WORDING": 'PASS: "September 2026: the specialist dyslexia teacher will train Rezan" - a month starting a provision sentence is a date, not vague wording; "access to an after-school football club" is in Section A, not F (trap)',
  "SC-PROVISION-SPECIFIC": 'PASS: "Short breaks were discussed with Rezan\'s parents" - none, with short breaks and the Local Offer considered',
  "PC-VOICE": 'PASS: "Rezan shared these views with his class teacher, Mrs Hallam, and with the educational psychologist"',
  "PC-SMART": 'PASS: "read aloud a book at Turquoise book band with at least 95% accuracy" - every outcome has a measure, recorder and date',
  "HC-ADVICE": 'PASS: "Medical advice: Dr Simon Greaves, Consultant Community Paediatrician, Soarbridge Children\'s Hospital, 23 June 2026"'})

plan("w102.docx", "ef-table", 14, "Year 9", ["SEMH", "trauma", "literacy"], "first person (via key worker)",
 {"PC-OUTCOME-NOT-PROVISION": "fail", "PC-SMART": "fail", "PC-PFA": "fail", "PR-VAGUE-WORDING": "fail", "PR-QUANTIFIED": "fail", "HC-NEEDS": "fail",
  "HC-PROVISION-SPECIFIC": "na", "HC-NEEDS-MET": "na", "HC-DCO-SIGNOFF": "na", "HC-THERAPY-PLACEMENT": "na", "HC-ADVICE-PROVIDERS": "na", "HC-OUTCOMES": "na",
  "SC-STATUTORY-LINK": "na"},
 {"PC-OUTCOME-NOT-PROVISION": '"Dawit will receive 1:1 mentoring sessions every week to help him manage his anger." / "Dawit is given a key worker at the centre" / "Staff will use restorative conversations with Dawit after any incident." - all three SEMH outcomes are provision (will receive / is given / staff will)',
  "PC-SMART": '"Dawit will receive 1:1 mentoring sessions every week to help him manage his anger." - no measure of what Dawit achieves and no date (the SEMH outcomes are not SMART)',
  "PC-PFA": 'Year 9 plan: no outcome on employment, independent living, community or health, although preparing for adulthood advice was given ("Preparing for adulthood advice") and his mum hopes he will "have a good job one day"',
  "PR-VAGUE-WORDING": '"Small group reading intervention where possible" / "Should be 2–3 times a week" / "Literacy support in lessons as appropriate" / "Up to 5 hours a week" / "Access to a calm space when needed" / "Counselling may be offered through the school counsellor"',
  "PR-QUANTIFIED": '"Regular check-ins with key worker" (no frequency or length); "1:1 mentoring with key worker" with "Weekly" but no length; reading intervention with no group size; "To be agreed" for counselling',
  "HC-NEEDS": '"Awaiting the outcome of the referral to Child and Adolescent Mental Health Services (CAMHS)" - Section C neither describes the (trauma-related) health needs nor states there are none',
  "HC-NEEDS-MET": 'NA: Section C describes no health need and G has no provision; the failure is graded under HC-NEEDS (arguable)',
  "HC-ADVICE": 'PASS: "Dr Helen Marsh, Community Paediatrician, Soarbridge Community Paediatrics" dated "17 March 2026"',
  "PC-ASPIRATION-LINK": 'PASS (arguable): the reading and writing outcomes build on "I want to go back to a normal school with my cousin and do my GCSEs"',
  "SC-RIGHT-SECTION": 'PASS: Early Help family worker in H2: "a home visit once a fortnight for 1 hour for 12 weeks"'})

plan("w103.docx", "national-template", 11, "Year 6", ["SLCN", "selective mutism", "anxiety"], "views through symbols (Talking Mats)",
 {"PC-PFA": "na", "SC-STATUTORY-LINK": "na", "SC-RIGHT-SECTION": "na"},
 {"PC-VOICE": 'PASS: "How we found out what Ilona thinks: Ilona\'s views were gathered by her speech and language therapist using Talking Mats" - views of a child who does not speak at school, gathered through symbols (trap)',
  "CA-DATED": 'PASS: K rows "Advice and information from any other person the local authority thinks appropriate" and the parent-requested row are template rows nobody filled in (trap)',
  "CA-STATUTORY-ADVICE": 'PASS: parent, educational, medical, psychological and social care advice all present; the Year 9 preparing-for-adulthood row is left as template text because Ilona is in Year 6 (trap)',
  "HC-NEEDS": 'PASS: "Ilona has no difficulty with her hearing or eyesight (both checked in November 2025), but she has a developmental language disorder" (trap)',
  "HC-THERAPY-PLACEMENT": 'PASS: "No separate health provision: speech and language therapy is special educational provision and is in Section F."',
  "HC-DCO-SIGNOFF": 'PASS: "reviewed and supported by Sarah Linley, Designated Clinical Officer, Soarbridge Integrated Care Board, on 12 January 2026"',
  "PR-QUANTIFIED": 'PASS: "Every other Wednesday for 40 minutes across the spring and summer terms 2026 (10 sessions), then review" - therapist sees Ilona on her own on named days, no group size needed (trap)',
  "PR-VAGUE-WORDING": 'PASS: "regular time with a trusted adult" is the parents\' wish in Section A, not provision (trap)'})

plan("w104.docx", "bold-statutory", 12, "Year 7", ["ADHD", "SEMH", "epilepsy"], "first person",
 {"HC-NEEDS-MET": "fail", "HC-OUTCOMES": "fail", "HC-DCO-SIGNOFF": "fail", "CA-ADVICE-AGE": "fail", "HC-ADVICE": "fail", "SC-RIGHT-SECTION": "fail",
  "PC-PFA": "na", "HC-THERAPY-PLACEMENT": "na", "SC-STATUTORY-LINK": "na"},
 {"HC-NEEDS-MET": '"Kacper also has epilepsy." - Section G covers only ADHD medication review; nothing for epilepsy (no seizure care plan, no staff training, no epilepsy nurse)',
  "HC-OUTCOMES": '"two seizures at school in June 2026" - epilepsy, a significant health need affecting learning, has no outcome in Section E',
  "HC-DCO-SIGNOFF": 'No record of health agreement after Section G ("The ADHD nurse specialist will provide a 45-minute briefing" is the last G item; nothing names a Designated Clinical Officer or date)',
  "CA-ADVICE-AGE": '"Medical advice: Dr Martin Cole, Consultant Community Paediatrician, Soarbridge Community Paediatrics, 11 January 2024" - 32 months before the plan was issued (15/09/2026)',
  "HC-ADVICE": '"11 January 2024" - the only medical advice is out of date',
  "SC-RIGHT-SECTION": '"Targeted Youth Support worker from Soarbridge Children\'s Social Care to support Kacper to join a BMX club" - social care provision placed in Section F',
  "HC-ADVICE-PROVIDERS": 'PASS: Community Paediatrics (which provides the ADHD nurse review in G) gave advice in K; its age is graded under CA-ADVICE-AGE and HC-ADVICE',
  "PC-ASPIRATION-LINK": 'PASS (arguable): staying in lessons and completing homework build on his mum\'s hope that "he will get his GCSEs" and not "lose his place"',
  "SC-PROVISION-SPECIFIC": 'PASS: "every other Saturday from 10am to 3pm"'})

plan("w105.docx", "ef-table", 18, "Year 13 (post-16 college)", ["dyslexia", "ADHD", "anxiety"], "first person (young person)",
 {"SC-STATUTORY-LINK": "na", "SC-RIGHT-SECTION": "na", "HC-THERAPY-PLACEMENT": "na"},
 {"PC-OUTCOME-NOT-PROVISION": 'PASS: "Shilan will receive her Level 3 Diploma in Hairdressing" and "Shilan will gain an offer of an apprenticeship" are achievements (trap)',
  "PR-QUANTIFIED": 'PASS: "Exam access arrangements: 25% extra time, a reader and a separate small room" arranged by "the college Exams Officer" - access arrangements need no frequency or group size (trap)',
  "PC-VOICE": 'PASS: "My views – written by me with my tutor, May 2026" - a young person over compulsory school age gives her own views',
  "PC-PFA": 'PASS: employment ("offer of an apprenticeship or a paid part-time job in a salon") and independent living ("manage her own bank account") outcomes',
  "SC-NEEDS": 'PASS: "carried out a Care Act 2014 screening on 3 June 2026 and advised that she does not have eligible care and support needs" (trap: none, with basis)',
  "HC-NEEDS": 'PASS: "Shilan has no difficulty with her physical health, but she experiences exam-related anxiety" (trap)',
  "HC-DCO-SIGNOFF": 'PASS: "Section G was agreed by Dr Anjali Varma, Designated Medical Officer"',
  "LG-SPELLING": 'PASS: "College wellbeing adviser" and "Psychological Wellbeing Practitioner" - public-sector vocabulary that is correct British English (trap)'})

plan("w106.docx", "national-template", 15, "Year 10", ["SEMH", "trauma", "literacy (interrupted education)", "looked after"], "first person (with interpreter)",
 {"SC-NEEDS": "fail", "SC-STATUTORY-LINK": "fail", "SC-PROVISION-SPECIFIC": "fail", "SC-ADVICE": "fail", "CA-STATUTORY-ADVICE": "fail", "LG-SPELLING": "fail",
  "HC-NEEDS-MET": "fail", "HC-OUTCOMES": "fail", "SC-RIGHT-SECTION": "na", "HC-THERAPY-PLACEMENT": "na"},
 {"SC-NEEDS": '"No social care needs identified." - for a looked-after unaccompanied child, with no assessment or advice named',
  "SC-STATUTORY-LINK": '"Yes – accommodated under section 20 of the Children Act 1989 since March 2024" - looked-after status recorded but D and H say nothing of the care plan, PEP, social worker or Virtual School',
  "SC-PROVISION-SPECIFIC": 'H1 and H2 are "None." with no consideration of short breaks, the local offer or her care plan',
  "SC-ADVICE": 'The K "Social care" row is left empty: no advice from her social worker or the Refugee and Asylum Seeking Children\'s Team',
  "CA-STATUTORY-ADVICE": 'Social care advice (reg 6) is missing from Section K',
  "LG-SPELLING": '"definately", "recieve", "seperate", "embarassment" - four misspellings in text for the family',
  "HC-NEEDS-MET": '"Selam wets the bed most nights (nocturnal enuresis)" - the G cell for this need is empty',
  "HC-OUTCOMES": '"Selam wets the bed most nights (nocturnal enuresis)" - significant, distressing health need with no outcome',
  "HC-ADVICE-PROVIDERS": 'PASS: CAMHS, which provides the therapy in G, gave advice ("Maya Ellis, Mental Health Practitioner, CAMHS")',
  "PR-VAGUE-WORDING": 'PASS: "Time out card: Selam leaves the lesson and spends 15 minutes in the pastoral room" - specific'})

plan("w107.docx", "bold-statutory", 10, "Year 5", ["SLCN (developmental language disorder)", "dyslexia"], "third person (clinical) with a quoted line",
 {"HC-THERAPY-PLACEMENT": "fail", "LG-READABILITY": "fail", "LG-JARGON": "fail", "LG-GRAMMAR": "fail",
  "PC-PFA": "na", "SC-STATUTORY-LINK": "na", "SC-RIGHT-SECTION": "na"},
 {"HC-THERAPY-PLACEMENT": '"Direct speech and language therapy to work on understanding of concepts, vocabulary and narrative: 6 sessions of 40 minutes each half term" - therapy that educates Luca is in Section G, not F',
  "LG-READABILITY": '"Luca presents with a receptive and expressive language profile consistent with DLD, characterised by reduced syntactic complexity, word-retrieval deficits and impaired narrative cohesion." - clinical-report language in Section A',
  "LG-JARGON": '"DLD", "SALT", "CELF-5", "TA", "EP", "WM", "ELSA", "EPS", "ICB" and "SENCo" are never spelled out',
  "LG-GRAMMAR": '"He reported that he want to be a footballer"; "Luca\'s mum and dad says he is a happy boy"; "His hearing were tested in December 2025 and is normal"; "about the the Local Offer"',
  "PC-VOICE": 'PASS (arguable): Luca\'s own words are quoted ("I like football and my dog Bruno") and the method is given ("using a drawing activity"); the clinical wording is graded under LG-READABILITY',
  "HC-PROVISION-SPECIFIC": 'PASS: G says who, what, how often and how long ("6 sessions of 40 minutes each half term, 1:1, on Monday afternoons")',
  "HC-DCO-SIGNOFF": 'PASS: "agreed by Dr Anjali Varma, Designated Medical Officer, Soarbridge ICB, 16 March 2026"'})

plan("w108.docx", "ef-table", 16, "Year 11", ["dyslexia", "anxiety"], "third person (adults only)",
 {"PC-VOICE": "fail", "PC-STRENGTHS": "fail", "PC-ASPIRATIONS": "fail", "PC-ASPIRATION-LINK": "fail", "PC-SMART": "fail", "CA-ANNUAL-REVIEW": "fail",
  "SC-STATUTORY-LINK": "na", "SC-RIGHT-SECTION": "na", "HC-THERAPY-PLACEMENT": "na"},
 {"PC-VOICE": 'Section A has only "Parents\' views" and "School\'s views"; Elina\'s own views (listed in K as a questionnaire) are not recorded',
  "PC-STRENGTHS": '"Staff report that Elina is quiet and rarely asks for help." - A and B describe only difficulties; no strengths anywhere',
  "PC-ASPIRATIONS": 'No aspirations for the future from Elina or her family in Section A',
  "PC-ASPIRATION-LINK": 'With no aspirations stated, the outcomes cannot build on them',
  "PC-SMART": '"Elina will make good progress in reading and spelling." (no measure, no date); "By July 2026, Elina will feel more confident about her written work." (dated feeling); "By the end of Year 11, Elina will be less anxious and happier in school."; "Elina will be more independent and able to travel on the bus."',
  "CA-ANNUAL-REVIEW": '"19 September 2025" issued and "Not yet held" review - more than 12 months before the audit date (1 December 2026)',
  "PC-PFA": 'PASS (arguable): independent travel and move-to-college outcomes address preparing for adulthood although they are not SMART (graded under PC-SMART)',
  "HC-OUTCOMES": 'PASS (arguable): anxiety has an outcome ("less anxious and happier in school"), whose lack of measure is graded under PC-SMART'})

plan("w109.docx", "national-template", 13, "Year 8", ["hearing impairment", "SLCN"], "first person",
 {"CA-STATUTORY-ADVICE": "fail", "CA-DATED": "fail", "PR-QUANTIFIED": "fail", "PR-VAGUE-WORDING": "fail", "PR-OUTCOME-LINK": "fail",
  "PC-PFA": "na", "SC-STATUTORY-LINK": "na", "SC-RIGHT-SECTION": "na"},
 {"CA-STATUTORY-ADVICE": '"Mrs Lynn Archer, Teaching Assistant, Hearing Support Service" - for a hearing impairment the educational advice must involve a qualified teacher of the deaf',
  "CA-DATED": 'Educational advice row has a date but no "Who from"; "Speech and language therapy report" has no date and no named person',
  "PR-QUANTIFIED": '"Small group language sessions (pre-teaching vocabulary)" with "Regularly" (no frequency, length or group size); "Speech and language therapy input to advise on vocabulary targets" with "To be agreed"; "Reading comprehension intervention" with no group size; deaf awareness training with no length',
  "PR-VAGUE-WORDING": '"As appropriate", "Regularly", "notes provided before lessons where possible"',
  "PR-OUTCOME-LINK": '"Szymon becomes anxious and withdrawn in noisy unstructured times" - a need in B with no provision in F',
  "HC-THERAPY-PLACEMENT": 'PASS: the speech and language therapy item is in F (its lack of quantity is graded under PR-QUANTIFIED)',
  "HC-ADVICE-PROVIDERS": 'PASS: Paediatric Audiology, which provides in G, gave advice ("Paediatric Audiology report (Mr Neil Shah, Clinical Scientist (Audiology), 12 May 2026)")'})

plan("w110.docx", "bold-statutory", 15, "Year 10", ["SEMH", "trauma", "literacy", "looked after"], "first person",
 {"SC-RIGHT-SECTION": "pass", "HC-THERAPY-PLACEMENT": "na"},
 {"SC-STATUTORY-LINK": 'PASS: "His social care needs are set out in his care plan (reviewed at his looked-after review on 14 November 2025)" and "His social worker contributed to this assessment, and the Virtual School ensures that his PEP targets match the outcomes"',
  "PC-OUTCOME-NOT-PROVISION": 'PASS: "Tyler will receive praise from staff in front of his group and accept it calmly" and "receive a positive report from a two-week work experience placement" are achievements (trap)',
  "PR-QUANTIFIED": 'PASS: "Exam access arrangements: a reader and 25% extra time" arranged by "Oakfield\'s Exams Officer"; staff training by the educational psychologist "Two 90-minute sessions (January and September 2026)" (trap)',
  "PR-VAGUE-WORDING": 'PASS: "access to a mentor" and "on a regular basis" are the foster carers\' words in Section A, not provision (trap)',
  "HC-NEEDS": 'PASS: "Tyler has no difficulty with his physical health and sleeps well most nights, but he has symptoms of post-traumatic stress" (trap)',
  "HC-DCO-SIGNOFF": 'PASS: "agreed by Dr Harpreet Sandhu, Designated Doctor for Looked After Children, on behalf of the Designated Clinical Officer"',
  "CA-STATUTORY-ADVICE": 'PASS (arguable): for a child on a full care order the foster carers\' and social worker\'s views stand for the parent contribution',
  "SC-RIGHT-SECTION": 'PASS: social worker visits, personal adviser and independent visitor are in H2'})

plan("w111.docx", "ef-table", 17, "Year 12", ["dyslexia", "epilepsy"], "first person (young person)",
 {"SC-STATUTORY-LINK": "na", "SC-RIGHT-SECTION": "na", "HC-THERAPY-PLACEMENT": "na"},
 {"CA-ANNUAL-REVIEW": 'PASS: "16 October 2026 (plan amended following the review)" - original issue "30 April 2025" is older, but the review is recent (trap)',
  "CA-ADVICE-AGE": 'PASS: original advice (February–March 2025) is within 12 months of the 30 April 2025 issue, and updated by the annual review reports of September–October 2026',
  "HC-NEEDS": 'PASS: "Amira has no difficulty with her mobility, self-care or general health, but she has epilepsy" (trap)',
  "PC-OUTCOME-NOT-PROVISION": 'PASS: "Amira will gain A level grades" is an achievement (trap)',
  "PR-QUANTIFIED": 'PASS: "Installed and maintained by the sixth form\'s learning support co-ordinator" (equipment) and access arrangements arranged by the Exams Officer (trap)',
  "HC-DCO-SIGNOFF": 'PASS: "reviewed and confirmed by Sarah Linley, Designated Clinical Officer, Soarbridge Integrated Care Board, on 5 November 2026"',
  "PR-VAGUE-WORDING": 'PASS: "By 29 January 2027" and "Two 30-minute sessions in the autumn term 2026, then half-termly 15-minute check-ins" - dates and half-termly quantities, not vague wording'})

plan("w112.docx", "national-template", 16, "Year 11", ["ADHD", "SEMH", "low mood", "child in need"], "first person",
 {"SC-STATUTORY-LINK": "fail", "SC-PROVISION-SPECIFIC": "fail", "PC-OUTCOME-NOT-PROVISION": "fail", "PC-SMART": "fail", "HC-PROVISION-SPECIFIC": "fail", "HC-ADVICE-PROVIDERS": "fail",
  "SC-RIGHT-SECTION": "na", "HC-THERAPY-PLACEMENT": "na"},
 {"SC-STATUTORY-LINK": '"Yes – Child in Need plan (Children Act 1989, section 17) since March 2026" - D and H never mention the CIN plan or the allocated social worker; the only social care advice is from Early Help',
  "SC-PROVISION-SPECIFIC": 'H1 and H2 are "None." while D records that "Kyle\'s mum finds it hard to manage his behaviour in the evenings" - no short breaks, early help or CIN plan support considered',
  "PC-OUTCOME-NOT-PROVISION": '"Kyle will be given a key worker who he meets with every day." / "Staff will use a daily report card with Kyle and praise him when he meets his targets."',
  "PC-SMART": '"Kyle will be given a key worker who he meets with every day." and "Kyle will feel better in himself." - no measure, no date',
  "HC-PROVISION-SPECIFIC": '"CAMHS to continue to see Kyle as and when needed." - no who, how often or how long',
  "HC-ADVICE-PROVIDERS": 'CAMHS provides in G but gave no advice in K (medical advice is from Community Paediatrics only)',
  "SC-ADVICE": 'PASS (arguable): "Sophie Grant, Family Support Worker, Soarbridge Early Help" is attributed and dated 12/04/2026; the missing social-worker contribution is graded under SC-STATUTORY-LINK',
  "HC-NEEDS-MET": 'PASS (arguable): the low mood need has a G entry (CAMHS), whose vagueness is graded under HC-PROVISION-SPECIFIC'})

doc = {"audit_date": "2026-12-01", "plans": P}
with open("labels.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=200)

# --- verification of quotes
bad = 0
for p in P:
    t = " \n ".join(texts("plans/" + p["file"]))
    for crit, w in p["why"].items():
        assert crit in CRITERIA, crit
        for q in re.findall(r'"([^"]+)"', w):
            if q not in t:
                print("MISSING", p["file"], crit, repr(q)); bad += 1
    assert set(p["labels"]) == set(CRITERIA)
    for c, v in p["labels"].items():
        if v == "fail" and c not in p["why"]:
            print("no why for fail", p["file"], c); bad += 1
fails = {c: [p["file"] for p in P if p["labels"][c] == "fail"] for c in CRITERIA}
for c, fl in fails.items():
    print(c, len(fl), fl)
print("sound:", [p["file"] for p in P if "fail" not in p["labels"].values()])
print("bad", bad)
