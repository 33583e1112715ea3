import yaml
CRIT = ["CA-DATED","CA-ADVICE-AGE","CA-STATUTORY-ADVICE","CA-ANNUAL-REVIEW",
"PC-OUTCOME-NOT-PROVISION","PC-SMART","PC-VOICE","PC-ASPIRATIONS","PC-ASPIRATION-LINK","PC-PFA","PC-STRENGTHS",
"PR-VAGUE-WORDING","PR-QUANTIFIED","PR-OUTCOME-LINK",
"HC-NEEDS","HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-ADVICE","HC-DCO-SIGNOFF","HC-THERAPY-PLACEMENT","HC-ADVICE-PROVIDERS","HC-OUTCOMES",
"SC-NEEDS","SC-STATUTORY-LINK","SC-PROVISION-SPECIFIC","SC-ADVICE","SC-RIGHT-SECTION",
"LG-SPELLING","LG-GRAMMAR","LG-READABILITY","LG-JARGON"]

def plan(file, layout, age, yg, needs, voice, fail=(), na=(), why=None):
    labels = {}
    for c in CRIT:
        labels[c] = "fail" if c in fail else ("na" if c in na else "pass")
    why = why or {}
    for c in fail:
        assert c in why, (file, c)
    for c in why:
        assert c in CRIT, c
    return dict(file=file, layout=layout, age=age, year_group=yg, needs=needs, voice=voice, labels=labels, why=why)

P = []
P.append(plan("ai201.docx", "national-template", 8, "Year 4", ["sickle cell disease", "medical needs with frequent hospital stays", "SEMH (anxiety)", "learning gaps"],
  "first person (child's words recorded by her TA) and parents' words",
  na=["PC-PFA","HC-THERAPY-PLACEMENT","SC-STATUTORY-LINK","SC-RIGHT-SECTION"],
  why={
   "CA-DATED": 'PASS: every filled K row has who and when; the template rows "Provision to assist the Y9 and older..." and "Advice and information from any person the child\u2019s parent..." were left unfilled and are not advice items (trap)',
   "PC-OUTCOME-NOT-PROVISION": 'PASS: "Amina will access the Year 5 two-night residential trip in June 2027" is an achievement, measured by "the trip leader\'s report" (trap: "access")',
   "PC-SMART": 'PASS: "Amina will know her times tables up to 10 × 10 and will score at least 20 out of 25" - "up to" in an outcome is not provision wording (trap)',
   "PR-VAGUE-WORDING": 'PASS: "She needs regular drinks and toilet breaks." is in the B column and "when needed during school hours" is in G, not F (trap)',
   "PR-QUANTIFIED": 'PASS: "Audio books through the school\'s online library, set up on the class tablet by the computing lead" and "A toilet pass, issued by the SENCo" are equipment/arrangements with who provides them; no group size needed (trap)',
   "HC-NEEDS": 'PASS: "She has no difficulty with her breathing when she is well, but she needs careful planning to prevent and manage painful crises and infections." next to a full sickle cell entry in C (trap)',
   "HC-DCO-SIGNOFF": 'PASS: "reviewed and agreed by Dr Ruth Adeyemi, Designated Clinical Officer, North East London Integrated Care Board, on 15 May 2026"',
   "HC-PROVISION-SPECIFIC": 'PASS: "review it each term (30 minutes)"; "train all staff who work with Amina each September (90 minutes)"; the advice line "when needed" sits beside fully specified provision (trap)',
   "SC-NEEDS": 'PASS: "Kingsferry Children\'s Services carried out an Early Help screening on 14 January 2026" - none, with the basis',
   "SC-PROVISION-SPECIFIC": 'PASS: "None. The family have chosen not to apply for short breaks at this time." - short breaks considered',
   "CA-ANNUAL-REVIEW": 'PASS: "Date this plan was issued: 22 May 2026" is within 12 months of the audit date',
  }))
P.append(plan("ai202.docx", "national-template", 6, "Year 2", ["autism", "new to English (newly arrived from Brazil)", "sensory sensitivity"],
  "observation and photo choices (child) and parents' words",
  fail=["PC-OUTCOME-NOT-PROVISION","PC-SMART","HC-THERAPY-PLACEMENT","HC-PROVISION-SPECIFIC","LG-JARGON"],
  na=["PC-PFA","SC-STATUTORY-LINK"],
  why={
   "PC-OUTCOME-NOT-PROVISION": '"Tiago has a visual timetable on his desk and staff will use it every day." / "Tiago is given 1:1 TA support for phonics." / "Tiago will receive SALT every week." - provision written as outcomes (has / staff will / is given / will receive)',
   "PC-SMART": '"Tiago will be happier at school." - a feeling with no date and no measure; the three provision-as-outcome items also say nothing Tiago will achieve or how anyone will know',
   "HC-THERAPY-PLACEMENT": '"SALT: 1:1 therapy with Tiago in school, 30 minutes every week for 10 weeks, then a programme for his TA" - direct speech and language therapy that teaches the child is placed in Section G, not F',
   "HC-PROVISION-SPECIFIC": '"Community paediatrician at the CDC to review Tiago\'s progress." and "The community paediatrician to refer Tiago to audiology for a hearing test." - no frequency, timescale or duration',
   "LG-JARGON": '"Tiago was diagnosed with ASC in Brazil" - ASC, SALT, CDC, EAL, EP, TA, SENCo, DLA and GP are used and never spelled out',
   "PC-VOICE": 'PASS: "Tiago\'s views were gathered by his TA, Mrs Costa (who speaks Portuguese), through observation over two weeks and by showing him photos" under "What Tiago has shown us" (trap)',
   "HC-NEEDS-MET": 'PASS: each need in C has a G entry; their lack of detail is graded under HC-PROVISION-SPECIFIC',
   "SC-PROVISION-SPECIFIC": 'PASS: "a 1-hour home visit every two weeks for 12 weeks from September 2026"',
   "SC-RIGHT-SECTION": 'PASS: the Early Help family practitioner visits are in H2',
  }))
P.append(plan("ai203.docx", "national-template", 9, "Year 5", ["SEMH (trauma after domestic abuse)", "expressive language", "literacy"],
  "first person (child's words recorded by learning mentor) and mother's words",
  fail=["CA-STATUTORY-ADVICE","PC-ASPIRATIONS","PC-ASPIRATION-LINK","SC-NEEDS","SC-STATUTORY-LINK","SC-PROVISION-SPECIFIC","SC-ADVICE","LG-READABILITY"],
  na=["PC-PFA","SC-RIGHT-SECTION"],
  why={
   "CA-STATUTORY-ADVICE": 'the K row "Social care" is left empty - no social care advice was obtained although Jayden has an allocated social worker',
   "PC-ASPIRATIONS": '"Not discussed at the planning meeting." - no aspirations recorded',
   "PC-ASPIRATION-LINK": 'no aspirations to build on ("Not discussed at the planning meeting."), so the outcomes cannot be shown to follow from them',
   "SC-NEEDS": '"There are no social care needs relating to Jayden\'s special educational needs." - no assessment named, and contradicted by the child protection plan recorded in the plan',
   "SC-STATUTORY-LINK": '"Yes – Jayden has been subject to a child protection plan since November 2025" but D says none and H1/H2 say "None." - no trace of the CP plan, social worker or joint working',
   "SC-PROVISION-SPECIFIC": 'H1 "None." H2 "None." with no consideration of short breaks, early help or the CP plan\'s support',
   "SC-ADVICE": 'no social care advice in K (the "Social care" row is blank)',
   "LG-READABILITY": '"Jayden presents with hypervigilance, marked emotional dysregulation and a disorganised attachment pattern" - clinical-report language in Section A',
   "LG-JARGON": 'PASS: the clinical terms are explained in the "Glossary of terms used in this plan" and acronyms (CAMHS, SLT, TA, SENCo, ELSA) are spelled out on first use (trap: readability fails, jargon does not)',
   "CA-DATED": 'PASS: every filled K row is attributed and dated; the empty "Social care" row is missing advice, graded under CA-STATUTORY-ADVICE and SC-ADVICE',
   "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy is in F ("will see Jayden 1:1 in school for 40 minutes every week for 6 weeks each term")',
  }))
P.append(plan("ai204.docx", "national-template", 14, "Year 9", ["vision impairment (braille user)", "sleep-wake disorder", "independent living and mobility"],
  "first person (young person's own written views) and parents' words",
  na=["HC-THERAPY-PLACEMENT","SC-STATUTORY-LINK"],
  why={
   "PC-OUTCOME-NOT-PROVISION": 'PASS: "Nusrat will gain the Level 1 certificate in the UEB maths and science code" and "receive a positive written report from her placement supervisor" are achievements (trap)',
   "PR-QUANTIFIED": 'PASS: "Access arrangements for all internal tests and external examinations: modified braille papers, 100% extra time ... arranged by the examinations officer" and the BrailleNote "maintained by the service\'s assistive technology officer, who visits each half term for 1 hour" need no group size (trap)',
   "HC-NEEDS": 'PASS: "Nusrat has no difficulty with her hearing, which is very important to her, but she has a sleep–wake disorder" - the real need is met in G and E (trap)',
   "HC-OUTCOMES": 'PASS (arguable): the sleep need has its own outcome; for the eye condition "No separate outcome: Nusrat\'s sight needs are met through the outcomes in the tables above."',
   "HC-DCO-SIGNOFF": 'PASS: "Confirmed by Dr Ruth Adeyemi, Designated Clinical Officer, ... who reviewed and supported the health provision on 29 June 2026"',
   "PC-PFA": 'PASS: travel on her own to the shop, work experience at a community radio station, cooking a hot meal, sleep routine',
   "CA-STATUTORY-ADVICE": 'PASS: QTVI advice ("Mrs Sarah Quinn, QTVI, Kingsferry Sensory Support Service") and preparing-for-adulthood advice from the careers adviser are in K',
   "CA-DATED": 'PASS: the template rows for "Advice and information from any other person..." and parent-requested advice were left unfilled (trap)',
   "SC-RIGHT-SECTION": 'PASS: the rehabilitation officer\'s independent living teaching at home is in H1; mobility teaching in school is in F',
  }))
P.append(plan("ai205.docx", "ef-table", 12, "Year 8", ["Tourette syndrome", "anxiety", "handwriting (motor tics)"],
  "first person (child's words recorded verbatim by learning mentor) and parents' words",
  na=["PC-PFA","HC-THERAPY-PLACEMENT","SC-STATUTORY-LINK","SC-RIGHT-SECTION"],
  why={
   "PC-OUTCOME-NOT-PROVISION": 'PASS: "Omar will receive praise or comments in front of the class calmly, staying in his seat" is an achievement (trap: "receive")',
   "PR-VAGUE-WORDING": 'PASS: "From January 2027, Emotional Literacy Support Assistant (ELSA) sessions 1:1" - a month starting the sentence is a date, not "may" (trap)',
   "PR-QUANTIFIED": 'PASS: staff training "One 1-hour session in the autumn term 2026 and again in September 2027" by the CAMHS clinical psychologist, and access arrangements "Arranged by the examinations officer with the SENCo" need no group size (trap)',
   "HC-NEEDS": 'PASS: "Omar has no difficulty sleeping, but his neck tic causes neck and shoulder pain most evenings." - the pain is met by G3 and an outcome (trap)',
   "HC-DCO-SIGNOFF": 'PASS: "Section G was confirmed by Dr Ruth Adeyemi, Designated Clinical Officer"',
   "SC-NEEDS": 'PASS: "Kingsferry Children\'s Services screened the request for social care advice on 2 September 2026 and confirmed no assessment was needed"',
   "SC-PROVISION-SPECIFIC": 'PASS: H2 records that the family were told about "short breaks and the monthly Tourette syndrome family support group"',
  }))
P.append(plan("ai206.docx", "ef-table", 17, "Year 12", ["stammer", "social anxiety"],
  "first person (young person's own words)",
  fail=["CA-DATED","PC-SMART","PC-ASPIRATION-LINK","PC-PFA","PR-VAGUE-WORDING","PR-QUANTIFIED"],
  na=["SC-STATUTORY-LINK","SC-RIGHT-SECTION"],
  why={
   "CA-DATED": '"Learning support report" from "Kingsferry Sixth Form College Learning Support Team" dated "Not dated"',
   "PC-SMART": '"By July 2027, Rafi will feel more confident when speaking in class." / "Rafi will be less anxious about presentations." (no date) / "By July 2027, Rafi will make good progress in his A levels." / "Rafi will feel less anxious." - dated or undated feelings with no measure',
   "PC-ASPIRATION-LINK": 'A says "I want to be a pharmacist", university away from home, a Saturday job in a pharmacy and learning to drive; no outcome touches any of these',
   "PC-PFA": 'Year 12: every outcome is about classroom confidence or A-level progress ("will be happier at college and will have better self-esteem"); none prepares for higher education/employment, independent living or community',
   "PR-VAGUE-WORDING": '"Speech and language therapy (SLT) support for Rafi\'s stammer as appropriate." / "Teachers should give Rafi extra time" / "Rafi may give presentations to the teacher alone or record them in advance, where possible." / "Regular check-ins with a mentor." / "Access to a quiet room at lunchtime where possible." / "Opportunities to practise speaking in a small group."',
   "PR-QUANTIFIED": '"Speech and language therapy (SLT) support for Rafi\'s stammer as appropriate." with "As agreed with the therapist" - no frequency or length; "Regular check-ins with a mentor." - no frequency or length; "Opportunities to practise speaking in a small group." - no length or group size',
   "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy is in F (its vagueness is graded under PR-VAGUE-WORDING and PR-QUANTIFIED)',
   "HC-PROVISION-SPECIFIC": 'PASS: "10 weekly sessions of 50 minutes with a CAMHS practitioner"; "at an appointment in December 2026 (15 minutes), with a follow-up if needed" - "if needed" in G beside specified provision (trap)',
   "HC-OUTCOMES": 'PASS: the anxiety need has an outcome ("Rafi will feel less anxious."), though it is not SMART - graded under PC-SMART',
   "CA-STATUTORY-ADVICE": 'PASS: Rafi\'s own views and preparing-for-adulthood advice from the careers adviser are in K',
  }))
P.append(plan("ai207.docx", "ef-table", 4, "Reception", ["Down syndrome", "speech, language and communication", "learning disability", "physical (low muscle tone)", "continence"],
  "observation, play and Makaton signs (child) and parents' words",
  na=["PC-PFA","SC-STATUTORY-LINK"],
  why={
   "PC-VOICE": 'PASS: "How we found out what Beatriz thinks (through play, Makaton signs and her key worker\'s observations)" (trap)',
   "PR-QUANTIFIED": 'PASS: "the therapist will see Beatriz on her own in school" on "Tuesday mornings, 30 minutes, for 8 weeks in each term"; the OT "One assessment (1.5 hours) in November 2026"; equipment "provided by the school and checked each term by the occupational therapist" - no group size needed (trap)',
   "PR-VAGUE-WORDING": 'PASS: "June 2027: three visits to the Year 1 classroom" - a month opening a provision sentence (trap); "when needed" appears only in G4',
   "HC-DCO-SIGNOFF": 'PASS: "reviewed and supported by Dr Ruth Adeyemi, Designated Clinical Officer"',
   "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy and occupational therapy are in F; physiotherapy in G',
   "SC-RIGHT-SECTION": 'PASS: short breaks ("Little Stars" play scheme) are in H1',
   "CA-ANNUAL-REVIEW": 'PASS: first plan issued 13 October 2026; the front matter sets a 6-month review because Beatriz is under 5',
   "HC-OUTCOMES": 'PASS (arguable): the toileting and gross motor needs lead to outcomes; the repaired heart and the thyroid treated at home are monitored in G1-G2 and need no school outcome',
  }))
P.append(plan("ai208.docx", "ef-table", 10, "Year 5", ["ADHD", "specific learning difficulty (dyslexia)", "daytime wetting"],
  "first person (child's words typed by TA) and family's words",
  fail=["PR-VAGUE-WORDING","HC-NEEDS-MET","HC-DCO-SIGNOFF","HC-OUTCOMES","LG-SPELLING"],
  na=["PC-PFA","HC-THERAPY-PLACEMENT","SC-STATUTORY-LINK","SC-RIGHT-SECTION"],
  why={
   "PR-VAGUE-WORDING": '"Leon should read to an adult every day where possible" / "Leon may use a school laptop" / "Leon should have a 5-minute movement break ... every 30 minutes where possible" / "Opportunities to join a structured lunchtime club" - quantified but hedged',
   "HC-NEEDS-MET": '"Leon has daytime wetting: he has accidents at school about twice a week" - nothing in G for continence (only the ADHD review G1)',
   "HC-OUTCOMES": 'the daytime wetting in C has no outcome in E',
   "HC-DCO-SIGNOFF": 'no health agreement is recorded anywhere in the plan: the council\'s usual health agreement line after Section G, with the DCO\'s name and date, is missing',
   "LG-SPELLING": '"a chance to recieve a clear warning" / "need to accomodate this" / "in a seperate bag" / "untill the class is lined up"',
   "PR-QUANTIFIED": 'PASS: the hedged items still state how often, how long, group size and who ("30 minutes, twice weekly", "in a group of 6", "Higher level teaching assistant (HLTA)")',
  }))
P.append(plan("ai209.docx", "letter-column", 22, "Post-19 (third year of further education)", ["moderate learning disability", "epilepsy", "dysphagia"],
  "first person (young person's words with tutor, easy-read) and mother's words",
  fail=["CA-ADVICE-AGE","CA-ANNUAL-REVIEW","HC-NEEDS-MET","HC-ADVICE","HC-ADVICE-PROVIDERS"],
  na=["HC-THERAPY-PLACEMENT","SC-STATUTORY-LINK"],
  why={
   "CA-ADVICE-AGE": '"Psychological advice: Dr Neil Barker, Educational Psychologist ... – 11 May 2021" and "Medical advice: Consultant Neurologist ... (clinic letter) – 7 February 2022" - over 24 months old when the plan was issued on 15 August 2025',
   "CA-ANNUAL-REVIEW": '"Date this plan was issued: 15 August 2025" and "Last annual review meeting: 18 June 2025" - both more than 12 months before the audit date',
   "HC-NEEDS-MET": '"Difficulty with swallowing (dysphagia): Abdi eats very quickly and is at risk of choking." - nothing in G (no speech and language therapy dysphagia review or plan update); G covers only epilepsy',
   "HC-ADVICE": 'the only medical advice is the neurology clinic letter of "7 February 2022" - not current',
   "HC-ADVICE-PROVIDERS": '"G2. Community learning disability nurse, Kingsferry Community Learning Disability Team" provides in G but gave no advice in K',
   "PC-OUTCOME-NOT-PROVISION": 'PASS: "will receive a positive written report from his placement supervisor" is an achievement (trap)',
   "HC-OUTCOMES": 'PASS: epilepsy (E5) and swallowing (E6) each lead to an outcome',
   "SC-RIGHT-SECTION": 'PASS: Care Act personal assistant hours are in H2; H1 explains it does not apply over 18',
   "CA-STATUTORY-ADVICE": 'PASS: every required kind of advice is present (own views, educational, medical, psychological, social care, preparing for adulthood); its age is graded under CA-ADVICE-AGE',
  }))
P.append(plan("ai210.docx", "letter-column", 15, "Year 10", ["SEMH (trauma)", "literacy difficulties after interrupted education", "looked after (unaccompanied asylum-seeking child)"],
  "first person (young person's words via interpreter) and foster carer's words",
  fail=["PC-OUTCOME-NOT-PROVISION","PC-SMART","PR-OUTCOME-LINK","SC-NEEDS","SC-STATUTORY-LINK","SC-PROVISION-SPECIFIC","LG-GRAMMAR"],
  na=["HC-THERAPY-PLACEMENT","SC-RIGHT-SECTION"],
  why={
   "PC-OUTCOME-NOT-PROVISION": '"E4 (wellbeing): Staff will check in with Ahmed every morning." / "E5 (learning): Ahmed will be given a laptop with an Arabic keyboard by January 2027." - provision written as outcomes',
   "PC-SMART": 'E4 has no date and no measure; E5 has a date but says nothing Ahmed will do or how anyone will know',
   "PR-OUTCOME-LINK": 'B: "his reading and writing in both Arabic and English are at an early stage" and E1 (reading age of 8 years) have no provision in F; E8 (football club outside school) is also unserved',
   "SC-NEEDS": '"Ahmed is looked after by Kingsferry Council under section 20 of the Children Act 1989." - a legal status only, no description of need',
   "SC-STATUTORY-LINK": 'looked after, but D gives only the legal status and H1/H2 say "None." - no care plan, Personal Education Plan, social worker contribution or Virtual School link drawn through',
   "SC-PROVISION-SPECIFIC": 'H1 "None." H2 "None." for a looked after child, with nothing considered',
   "LG-GRAMMAR": '"Ahmed have been living with his foster carer" / "interviewed with a interpreter" / "Their are times when he cannot sleep" / "He need help with reading" / "contact with the the Home Office"',
   "PC-VOICE": 'PASS: Ahmed\'s own words via an interpreter, and his foster carer\'s views (carer, not parent)',
   "SC-ADVICE": 'PASS: "Social care advice: Ahmed\'s social worker, Kingsferry Children in Care Team – 1 July 2026" is listed and dated - the failure is that D/H do not use it',
   "PC-PFA": 'PASS: electrical taster course, GCSE maths, sleep, football club',
  }))
P.append(plan("ai211.docx", "letter-column", 7, "Year 2", ["hearing impairment (bilateral cochlear implants)", "language delay", "phonics"],
  "first person (child's words recorded by QToD) and parents' words",
  na=["PC-PFA","SC-STATUTORY-LINK","SC-RIGHT-SECTION"],
  why={
   "PR-QUANTIFIED": 'PASS: "A QToD ... will visit the school once each half term for 1 hour 30 minutes"; the radio aid "maintained by the service\'s educational audiologist, who will check it each term"; the therapist "will see Sofia on her own on Wednesday afternoons for 30 minutes" - no group size needed (trap)',
   "PR-VAGUE-WORDING": 'PASS: "up to 2 metres" is in B and "regularly" is in C, not F (trap)',
   "HC-NEEDS": 'PASS: "She has no difficulty with her balance or her general health, but she needs her implant processors checked and tuned" (trap)',
   "CA-STATUTORY-ADVICE": 'PASS: "Educational advice (hearing impairment): Mrs Grace Amadi, QToD" - qualified teacher of the deaf advice present',
   "CA-ANNUAL-REVIEW": 'PASS: "Date this plan was issued: 3rd March 2026" (date written with an ordinal) is within 12 months of the audit',
   "HC-DCO-SIGNOFF": 'PASS: "Health agreement: agreed by Dr Ruth Adeyemi, Designated Clinical Officer ... 24 February 2026"',
   "PC-OUTCOME-NOT-PROVISION": 'PASS: every E outcome says what Sofia will do (E3: "will reach the expected standard (32 out of 40 or more)")',
  }))
P.append(plan("ai212.docx", "letter-column", 5, "Year 1", ["autism (non-verbal)", "severe learning difficulties", "sensory needs"],
  "parents only (no record of the child's views)",
  fail=["PC-VOICE","PC-STRENGTHS","PR-QUANTIFIED","HC-NEEDS","SC-RIGHT-SECTION"],
  na=["PC-PFA","HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-ADVICE-PROVIDERS","HC-OUTCOMES","SC-STATUTORY-LINK"],
  why={
   "PC-VOICE": 'Section A has "What Zakaria\'s parents told us" but nothing records Zakaria\'s own views or how they were sought (no observation, play, symbols or signs) - only the adults speak',
   "PC-STRENGTHS": '"Zakaria is non-verbal. He cannot sit at a table, cannot follow instructions and does not respond to his name." - A and B describe only deficits; no strengths anywhere',
   "PR-QUANTIFIED": '"F5. Intensive Interaction sessions with a trained member of staff." (no frequency or length) / "F6. Sensory circuits in a small group each morning." (no group size, length or who) / "F7. Attention Autism sessions led by the class team." (no frequency, length or group size)',
   "HC-NEEDS": 'C says only "Not known at this time." although community paediatric advice dated 3 August 2026 is in K',
   "SC-RIGHT-SECTION": '"F9. Short breaks: Zakaria will stay at Oak House, the Kingsferry overnight short break unit" is in F, and H1 says "See Section F."',
   "HC-NEEDS-MET": 'NA: C records no health need to test against G ("Not known at this time."); the failure is graded under HC-NEEDS',
   "HC-DCO-SIGNOFF": 'PASS (arguable): "Section G reviewed by Dr Ruth Adeyemi, Designated Clinical Officer ... on 26 October 2026" - a named, dated health sign-off is recorded',
   "SC-PROVISION-SPECIFIC": 'PASS: the short break is fully specified ("for 2 nights each month, with 1:1 staff"), though in the wrong section (graded under SC-RIGHT-SECTION)',
   "PC-ASPIRATIONS": 'PASS: "Zakaria\'s parents hope he will learn to communicate what he wants, become more independent in eating and toileting, and be safe in the community"',
   "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy (F3) and occupational therapy (F4) are in F',
  }))

import datetime
doc = {"audit_date": datetime.date(2026, 12, 9), "writer": "AI2", "council": "London Borough of Kingsferry (fictional)", "plans": P}
with open("/work/blind/setAI2/labels.yaml", "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=1000)
print("ok")
