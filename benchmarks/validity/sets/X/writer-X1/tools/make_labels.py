"""Builds labels.yaml (the answer key) for set X1."""
import yaml

CRIT = ["CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW",
        "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-VOICE", "PC-ASPIRATIONS", "PC-ASPIRATION-LINK",
        "PC-PFA", "PC-STRENGTHS",
        "PR-VAGUE-WORDING", "PR-QUANTIFIED", "PR-OUTCOME-LINK",
        "HC-NEEDS", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-ADVICE", "HC-DCO-SIGNOFF",
        "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES",
        "SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "SC-RIGHT-SECTION",
        "LG-SPELLING", "LG-GRAMMAR", "LG-READABILITY", "LG-JARGON"]
HC_OTHER = ["HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-THERAPY-PLACEMENT",
            "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"]

P = []


def plan(file, layout, age, year_group, needs, voice, fails=(), na=(), why=None):
    labels = {c: "pass" for c in CRIT}
    for c in na:
        labels[c] = "na"
    for c in fails:
        labels[c] = "fail"
    P.append(dict(file=file, layout=layout, age=age, year_group=year_group, needs=list(needs),
                  voice=voice, labels=labels, why=why or {}))


plan("x101.docx", "ef-table", 7, "Year 2", ["SLCN", "DLD", "EAL (Portuguese)", "sleep"],
     "first person (child's words gathered with picture cards) and third person",
     na=["PC-PFA", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
     why={
         "PC-VOICE": 'PASS: "They used picture cards and a recording button so that Tomás could choose his answers" - child\'s words, how gathered is stated; parents\' views with interpreter also recorded',
         "HC-NEEDS": 'PASS (trap): "Tomás has no difficulty with his hearing or his eyesight" - sits next to a real sleep need that C describes and G meets',
         "HC-THERAPY-PLACEMENT": 'PASS: "so it is special educational provision and is written in Section F" - speech and language therapy is in F',
         "PR-QUANTIFIED": 'PASS (trap): "One 90-minute session in the autumn term 2026, then a 1-hour follow-up visit each half term" - staff training: who, how often, how long; no group size needed',
         "HC-DCO-SIGNOFF": 'PASS: "reviewed and agreed by Dr Helen Marsh, Designated Clinical Officer (DCO)" with date 9 September 2026',
         "SC-NEEDS": 'PASS: "This is based on the social care advice given by the Early Help Hub of Marram Coast Children\'s Services on 8 July 2026" - none, with basis',
         "SC-PROVISION-SPECIFIC": 'PASS: "The family have been told about short breaks, holiday clubs and family support on the local offer" - considered',
         "CA-ANNUAL-REVIEW": 'PASS: "14 September 2026" - first plan issued within 12 months of the audit',
         "PR-VAGUE-WORDING": 'PASS (trap): "no more than 4 children" / "no more than 5 children" - bounded group sizes, not the vague upper limit',
     })

plan("x102.docx", "letter-column", 13, "Year 8", ["HI", "SLCN"],
     "first person (written by the young person) and third person",
     na=["PC-PFA", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION", "HC-THERAPY-PLACEMENT"],
     why={
         "CA-STATUTORY-ADVICE": 'PASS: "Specialist teaching advice for hearing impairment" from a "Qualified Teacher of the Deaf, Marram Coast Sensory Support Service" - qualified teacher advice present for HI',
         "PR-QUANTIFIED": 'PASS (trap): "25% extra time, a separate room for listening tasks" arranged by "the school\'s exams officer"; radio aid "provided and maintained by the Sensory Support Service"; QToD "will visit Elliot fortnightly during term time for 1 hour" - no group size needed',
         "PR-VAGUE-WORDING": 'PASS (trap): "May 2027: the QToD will carry out a full assessment" - month name, not the modal; "where possible" appears only in Section B',
         "HC-NEEDS": 'PASS (trap): "Elliot has no difficulty with his balance, vision or general health" next to his hearing loss, which C describes and G meets',
         "HC-PROVISION-SPECIFIC": 'PASS: "a hearing test and hearing aid review every 6 months (appointments of about 45 minutes)"',
         "HC-DCO-SIGNOFF": 'PASS: "Health provision confirmed by Dr Helen Marsh, Designated Clinical Officer" on 10 June 2026',
         "CA-ANNUAL-REVIEW": 'PASS: "16/06/2026" plan finalised, last reviewed "12/05/2026" - within 12 months of audit',
         "HC-THERAPY-PLACEMENT": 'NA: no speech and language therapy or occupational therapy in the plan (audiology is not an educating therapy)',
         "PC-PFA": 'NA: Year 8',
     })

plan("x103.docx", "national-template", 10, "Year 5", ["HI", "SLCN", "asthma", "EAL (Lithuanian)"],
     "first person (child's words) and parents via interpreter",
     fails=["CA-STATUTORY-ADVICE", "HC-NEEDS-MET", "HC-OUTCOMES", "HC-PROVISION-SPECIFIC", "HC-DCO-SIGNOFF"],
     na=["PC-PFA", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
     why={
         "CA-STATUTORY-ADVICE": '"Hearing Support Assistant, Sandhaven Primary School Hearing Support Base" - the only advice on her hearing impairment is from a support assistant, not a qualified teacher of the deaf (reg 6)',
         "HC-NEEDS-MET": '"Gabija also has asthma, which is triggered by cold weather and exercise" - G cell for this need left empty; no asthma provision anywhere',
         "HC-OUTCOMES": '"she has had two hospital admissions in the last year" - a significant health need with no outcome in E',
         "HC-PROVISION-SPECIFIC": '"will see Gabija as needed to check her hearing and her hearing aids" - no frequency or length',
         "HC-DCO-SIGNOFF": 'No health agreement recorded anywhere in the plan (no DCO/health lead, no date)',
         "CA-DATED": 'PASS (trap): K rows "Provision to assist the Y9 and older..." and "Advice and information from any person the child..." left with the template wording - not advice items',
         "HC-THERAPY-PLACEMENT": 'PASS: "Direct speech and language therapy: 6 weekly 40-minute sessions on her own" is in F',
     })

plan("x104.docx", "ef-table", 8, "Year 3", ["SLCN (speech sound disorder)", "SEMH (anxiety)", "continence", "service child"],
     "first person (card sort) and third person",
     fails=["PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PR-VAGUE-WORDING", "PR-QUANTIFIED", "HC-ADVICE-PROVIDERS", "SC-RIGHT-SECTION"],
     na=["PC-PFA", "SC-STATUTORY-LINK"],
     why={
         "PC-OUTCOME-NOT-PROVISION": '"Harvey will receive 1:1 support from a teaching assistant to practise his speech sounds." / "Harvey is given a visual timetable and a word mat in every lesson." / "Staff will help Harvey to settle in the morning" - provision in E',
         "PC-SMART": '"By July 2027, Harvey will feel happier and more settled at school." - dated but no observable measure; the provision-outcomes have no measure or date',
         "PR-VAGUE-WORDING": '"Harvey should have access to a quiet space as appropriate when he feels anxious." / "Up to 3 sessions per half term" / "Regular check-ins with a trusted adult." / "Harvey may be given a"',
         "PR-QUANTIFIED": '"Harvey will take part in a social skills group." with only "Spring term" - no group size, frequency or length; speech and language therapy "Up to 3 sessions per half term" has no session length',
         "HC-ADVICE-PROVIDERS": '"Children\'s Bladder and Bowel Service: a specialist continence nurse will see Harvey" - no advice from this service in K',
         "SC-RIGHT-SECTION": '"the school\'s Emotional Literacy Support Assistant (ELSA) will run a" group in H2 - educational provision placed in social care section',
         "SC-PROVISION-SPECIFIC": 'PASS: D records no social care needs after Early Help screening and "have been told about the short breaks and holiday activities on the local offer"',
         "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy is in F (loosely written, graded under PR)',
         "PR-OUTCOME-LINK": 'PASS: every outcome has provision beside it and every need in B has (loose) provision',
     })

plan("x105.docx", "letter-column", 12, "Year 7", ["FASD", "MLD", "SEMH", "looked after"],
     "first person (child's words with form tutor and carer) and third person",
     fails=["SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "CA-STATUTORY-ADVICE",
            "CA-ADVICE-AGE", "HC-ADVICE", "LG-GRAMMAR", "PC-STRENGTHS"],
     na=["PC-PFA", "SC-RIGHT-SECTION", "HC-THERAPY-PLACEMENT"],
     why={
         "SC-NEEDS": '"Kai is a looked after child." - the whole of Section D; a legal status, not a description of need',
         "SC-STATUTORY-LINK": '"Looked after child (care order); lives with foster carers" - no social worker contribution, care plan, PEP or joint working in D or H',
         "SC-PROVISION-SPECIFIC": 'H1 "None." and H2 "None." with nothing to show short breaks, the local offer or support for the placement were considered',
         "SC-ADVICE": 'No social care advice in K (views, school, EP and a 2022 medical report only)',
         "CA-STATUTORY-ADVICE": 'Social care advice required by reg 6 is missing from K',
         "CA-ADVICE-AGE": '"Medical advice \u2013 Dr Samuel Okafor, Community Paediatrician (FASD diagnostic report) \u2013 14 March 2022" - over 4 years old at issue (Sept 2026)',
         "HC-ADVICE": '"(FASD diagnostic report) \u2013 14 March 2022" - the only health advice is out of date',
         "LG-GRAMMAR": '"Kai have great difficulty remembering instructions" / "They said that there worried" / "to to let them know" / "he was given a extra adult"',
         "PC-STRENGTHS": '"He cannot manage unstructured times, and he struggles to understand the consequences of his actions." - A and B describe only deficits; no strengths anywhere',
         "HC-ADVICE-PROVIDERS": 'PASS: the community paediatrician who provides in G gave advice in K (its age is graded under HC-ADVICE / CA-ADVICE-AGE)',
         "PC-VOICE": 'PASS: "Kai talked with his form tutor and his foster carer, Sue, about what he wanted people to know" - attributed; carers\' views recorded',
     })

plan("x106.docx", "national-template", 9, "Year 4", ["FASD", "SEMH", "sensory", "looked after"],
     "first person (Talking Mats) and third person",
     na=["PC-PFA"],
     why={
         "SC-STATUTORY-LINK": 'PASS: "This EHC plan was written alongside his Personal Education Plan (PEP)" and the social worker\'s views, visits, reviews and PEP meetings in H2',
         "SC-RIGHT-SECTION": 'PASS: life story work, respite and social worker visits are in H2; educational provision is in F',
         "HC-THERAPY-PLACEMENT": 'PASS: "Occupational therapy: the occupational therapist will visit school 3 times in the summer term 2026" - in F',
         "CA-DATED": 'PASS (trap): K rows "Provision to assist the Y9 and older..." and "Advice and information from any person the child..." left as template wording - not advice items',
         "CA-ADVICE-AGE": 'PASS: "Review health assessment" 18/11/2025 is under 5 months before issue (7 April 2026); all advice within 12 months',
         "PR-QUANTIFIED": 'PASS (trap): occupational therapist visits "3 times in the summer term 2026, for 1 hour each" - professional visits, no group size needed',
         "HC-DCO-SIGNOFF": 'PASS: "reviewed and agreed by Dr Helen Marsh, Designated Clinical Officer (DCO)" on 31 March 2026',
     })

plan("x107.docx", "ef-table", 15, "Year 10", ["MLD", "EAL (Romanian)", "SEMH (low confidence)"],
     "first person (written with tutor) and third person",
     fails=["PC-PFA", "CA-STATUTORY-ADVICE", "PC-ASPIRATION-LINK", "PC-SMART", "HC-NEEDS", "HC-ADVICE"],
     na=HC_OTHER + ["SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
     why={
         "PC-PFA": 'Year 10 plan with no preparing-for-adulthood outcome: outcomes are only vocabulary, reading, spelling, maths and "Andrei will feel calmer in lessons"',
         "CA-STATUTORY-ADVICE": 'No preparing-for-adulthood advice for a Year 10 young person, and "Requested from the school nursing team on 4 December 2025 \u2013 not received" (no medical advice)',
         "PC-ASPIRATION-LINK": '"I want to be a mechanic and work in a garage" / "travel on his own and live independently" - no outcome builds on work, travel, money or independence',
         "PC-SMART": '"Andrei will improve his reading comprehension." / "Andrei will become more confident in maths." - no date or measure; "By the end of the summer term 2026, Andrei will feel calmer in lessons." - dated feeling',
         "HC-NEEDS": '"Awaiting health advice. The school nursing team has been asked for information."',
         "HC-ADVICE": '"Requested from the school nursing team on 4 December 2025 \u2013 not received"',
         "HC-NEEDS-MET": 'NA: C records no health need and G has none; the gap is graded under HC-NEEDS and HC-ADVICE',
         "HC-DCO-SIGNOFF": 'NA: no health provision to agree ("None at present.")',
         "PC-OUTCOME-NOT-PROVISION": 'PASS: outcomes are about what Andrei will do, though not SMART',
         "CA-DATED": 'PASS: the "not received" line is missing advice, not an undated item',
     })

plan("x108.docx", "letter-column", 6, "Year 1", ["attachment difficulties", "SEMH", "language delay", "child in need"],
     "pseudo first person (adult words) and mother's views",
     fails=["SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "LG-SPELLING", "PC-VOICE", "PR-VAGUE-WORDING", "PR-QUANTIFIED"],
     na=["PC-PFA", "SC-RIGHT-SECTION"] + HC_OTHER,
     why={
         "SC-STATUTORY-LINK": '"Yes \u2013 Child in Need plan since March 2026" - D never mentions the CIN plan or the social worker\'s advice; H1 and H2 say "None."',
         "SC-PROVISION-SPECIFIC": 'H1 "None." and H2 "None." - no short breaks, early help or family support considered despite "Kelly would like help to manage Ruby\'s behaviour at home."',
         "LG-SPELLING": '"seperate" / "freinds" / "definately" / "recieve"',
         "PC-VOICE": '"I feel that my behaviour is a way of communicating that I do not feel safe." - cannot be a six-year-old\'s own words and no account of how her views were gathered',
         "PR-VAGUE-WORDING": '"Ruby should have access to the nurture group where possible." / "Regular time with her key adult to build their relationship."',
         "PR-QUANTIFIED": '"Ruby should have access to the nurture group where possible." - group intervention with no frequency, length or group size; key adult time with no amount',
         "SC-NEEDS": 'PASS: D describes needs ("Ruby\'s mum finds the evenings and mornings very difficult")',
         "SC-ADVICE": 'PASS: "Social care advice \u2013 Ruby\'s social worker, Coastal Locality Team" dated 3 June 2026',
         "HC-NEEDS": 'PASS: "Ruby has no health needs relating to her special educational needs. This is based on the medical advice from the community paediatrician (20 May 2026)"',
     })

plan("x109.docx", "national-template", 3, "Pre-school (EYFS)", ["SLCN", "global developmental delay", "sensory", "EAL (Romanian)"],
     "observation of play by key person; parents via interpreter",
     fails=["CA-ANNUAL-REVIEW", "LG-READABILITY", "LG-JARGON", "HC-THERAPY-PLACEMENT", "PR-OUTCOME-LINK"],
     na=["PC-PFA", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
     why={
         "CA-ANNUAL-REVIEW": '"10 October 2025 (final plan)" and "Last annual review: None held" - over 12 months before the audit (and under-5 plans should be reviewed every 3-6 months)',
         "LG-READABILITY": '"Luca presents with a severe mixed receptive-expressive language disorder with co-occurring phonological impairment." (A1) and "demonstrate sustained triadic joint attention" (E) - clinical report language',
         "LG-JARGON": '"SALT; EP; Early Years SEND Team" / "Differential diagnosis of ASD" / "A GDD profile" / "by an LSA trained in PECS" / "Agreed by the DCO, Marram and Broadland ICB" - acronyms never spelled out',
         "HC-THERAPY-PLACEMENT": '"SALT: direct 1:1 therapy at pre-school, weekly, 30 minutes, for 10 weeks each term" - educating therapy placed in G',
         "PR-OUTCOME-LINK": '"Awaiting occupational therapy assessment." - the sensory need in B has no provision and the outcome "sit with his group for 5 minutes at story time" is not served',
         "PC-VOICE": 'PASS (trap): "Luca\'s views \u2013 how we found out" - views of a pre-verbal three-year-old gathered by his key person through observation of play',
         "PC-SMART": 'PASS: outcomes are dated and measured ("in 4 out of 5 structured opportunities") though written in clinical language (LG-READABILITY)',
         "CA-ADVICE-AGE": 'PASS: all advice is from June-September 2025, within 12 months of issue (10 October 2025)',
     })

plan("x110.docx", "ef-table", 16, "Year 11", ["MLD", "attachment difficulties", "special guardianship"],
     "first person (written by the young person) and third person",
     na=["SC-STATUTORY-LINK"] + HC_OTHER,
     why={
         "PC-OUTCOME-NOT-PROVISION": 'PASS (trap): "Daria will gain the Entry Level 2 certificate", "will have received a positive report from her placement supervisor", "will have received an offer of a place", "will access the community independently" - achievements',
         "PR-QUANTIFIED": 'PASS (trap): "A reader and 25% extra time in all internal and external exams." arranged by "the exams officer" - access arrangement, no group size needed',
         "PC-PFA": 'PASS: employment, independent living and community outcomes (college place, travel training, budgeting, youth club)',
         "HC-NEEDS": 'PASS: "Daria has no health needs relating to her special educational needs. This was confirmed in the medical advice of Dr Anna Fielding"',
         "SC-STATUTORY-LINK": 'NA: "Daria is not looked after and is not on a child in need or child protection plan." (special guardianship)',
         "SC-RIGHT-SECTION": 'PASS: the youth club short break is in H1 and the guardianship support in H2; school provision is in F',
         "LG-SPELLING": 'PASS (trap): "wellbeing" is correct British public-sector usage',
         "CA-STATUTORY-ADVICE": 'PASS: includes "Preparing for adulthood advice" from the careers adviser (Year 11)',
     })

plan("x111.docx", "letter-column", 3, "Pre-school (EYFS)", ["global developmental delay", "SLCN", "glue ear (HI)", "EAL (Lithuanian)"],
     "observation of play by key person; mother via interpreter",
     na=["PC-PFA", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
     why={
         "PC-VOICE": 'PASS (trap): "How we learned what Rūta likes and thinks" - non-verbal child\'s views through observation and play by her key person',
         "HC-NEEDS": 'PASS (trap): "Rūta has no difficulty with eating, drinking or sleeping, but she has glue ear" - the glue ear is covered in C and G',
         "PR-VAGUE-WORDING": 'PASS (trap): "January 2027: the speech and language therapist will lead a 1-hour session" - month name, not vague; "where possible" and "may" appear only in A and D',
         "PR-QUANTIFIED": 'PASS (trap): "will see Rūta on her own at pre-school on Tuesday mornings for 30 minutes, for 8 weeks from January 2027" - therapist, named days, no group size needed',
         "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy and Portage are in F',
         "CA-STATUTORY-ADVICE": 'PASS: "Advice on hearing \u2013 Qualified Teacher of the Deaf" for her hearing loss',
         "HC-DCO-SIGNOFF": 'PASS: "Health provision confirmed by Dr Helen Marsh, Designated Clinical Officer" on 28 September 2026',
     })

plan("x112.docx", "national-template", 17, "Year 12", ["MLD", "anxiety and low mood", "EAL (Lithuanian)"],
     "first person (young person's words) and mother's views",
     fails=["HC-NEEDS-MET", "HC-OUTCOMES", "CA-DATED", "PC-ASPIRATIONS", "PC-ASPIRATION-LINK",
            "PC-OUTCOME-NOT-PROVISION", "PC-SMART"],
     na=["SC-STATUTORY-LINK", "SC-RIGHT-SECTION", "HC-THERAPY-PLACEMENT"],
     why={
         "HC-NEEDS-MET": '"Ieva has anxiety and low mood. She was referred to CAMHS in March 2026" - G cell empty; no mental health provision',
         "HC-OUTCOMES": '"she had been hurting herself" - significant mental health need with no outcome',
         "CA-DATED": 'Parent\'s views row has no date; the educational psychologist row (dated 11/09/2026) has no "Who from"',
         "PC-ASPIRATIONS": '"Not discussed at this review." - no aspirations from Ieva or her family',
         "PC-ASPIRATION-LINK": '"Not discussed at this review." - with no aspirations recorded, the outcomes cannot build on them',
         "PC-OUTCOME-NOT-PROVISION": '"Ieva will receive weekly support from a job coach on her work placement." / "Ieva is supported by college staff to travel on the college bus."',
         "PC-SMART": '"Ieva is supported by college staff to travel on the college bus." - no date, no measure',
         "PC-PFA": 'PASS: Year 12 outcomes include a qualification, telephone calls for appointments and attendance; employment is also covered in F',
         "HC-ADVICE-PROVIDERS": 'PASS: the GP who provides in G gave advice in K ("Dr Ruth Hale, GP, Kessingham Surgery")',
         "CA-STATUTORY-ADVICE": 'PASS: young person\'s own views, parent, college, medical, EP (unattributed - graded under CA-DATED), social care and preparing-for-adulthood advice all present',
     })

doc = dict(audit_date="2026-12-01", plans=P)
with open("labels.yaml", "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=1000)
print("ok")
