import yaml, datetime
C = ["CA-DATED","CA-ADVICE-AGE","CA-STATUTORY-ADVICE","CA-ANNUAL-REVIEW","PC-OUTCOME-NOT-PROVISION","PC-SMART","PC-VOICE","PC-ASPIRATIONS","PC-ASPIRATION-LINK","PC-PFA","PC-STRENGTHS","PR-VAGUE-WORDING","PR-QUANTIFIED","PR-OUTCOME-LINK","HC-NEEDS","HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-ADVICE","HC-DCO-SIGNOFF","HC-THERAPY-PLACEMENT","HC-ADVICE-PROVIDERS","HC-OUTCOMES","SC-NEEDS","SC-STATUTORY-LINK","SC-PROVISION-SPECIFIC","SC-ADVICE","SC-RIGHT-SECTION","LG-SPELLING","LG-GRAMMAR","LG-READABILITY","LG-JARGON"]
HC_NA = ["HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-DCO-SIGNOFF","HC-ADVICE-PROVIDERS","HC-OUTCOMES"]
P = []
def plan(file, layout, age, yg, needs, voice, fail=(), na=(), why=None):
    lab = {c: ("fail" if c in fail else "na" if c in na else "pass") for c in C}
    for c in fail: assert c in C, c
    for c in na: assert c in C, c
    P.append(dict(file=file, layout=layout, age=age, year_group=yg, needs=needs, voice=voice, labels=lab, why=why or {}))

plan("ah201.docx","ef-table",2,"Early years (pre-school room)",["global developmental delay","SLCN","hypotonia"],"observation through play by key person; parents quoted",
 na=["PC-PFA","SC-STATUTORY-LINK","SC-RIGHT-SECTION"],
 why={
  "PC-VOICE": 'PASS: "What Ava has shown us (gathered through play and observation by her key person)" - a non-verbal two-year-old\'s views gathered through play and observation, under a heading that says so (trap)',
  "PR-VAGUE-WORDING": 'PASS: "will stay there for up to ten minutes" and "has regular visits to her Nana\'s house" are in Section A, not provision (trap)',
  "PR-QUANTIFIED": 'PASS: "Adapted cutlery (a chunky-handled, angled spoon) and a high-sided bowl on a non-slip mat" is equipment with who provides it; "May 2027: transition planning meeting" is a month starting a provision item, quantified "One 1-hour meeting, then three 1-hour visits" (traps)',
  "HC-NEEDS": 'PASS: "so she has no hearing or vision needs at present, but she does have low muscle tone (hypotonia)" - no-difficulty sentence beside a real need that C and G cover (trap)',
  "HC-DCO-SIGNOFF": 'PASS: "Health agreement: the health provision in Section G was agreed by Dr Helen Armstrong, Designated Clinical Officer (DCO)"',
  "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy and occupational therapy are in the E/F table (Section F); only physiotherapy and paediatrics are in G',
  "SC-NEEDS": 'PASS: "she has no social care needs that require a service at this time" - stated after a named social care assessment (trap)',
  "SC-PROVISION-SPECIFIC": 'PASS: H2 "None at present. The family have information about the Local Offer, the \'Tiny Steps\' stay-and-play group and the Early Help Family Hub" - local offer and early help considered',
  "CA-ANNUAL-REVIEW": 'PASS: first plan "Plan finalised" 15 October 2026, within 12 months of the audit date',
 })

plan("ah202.docx","shaded-heading-table",8,"Year 3",["Down syndrome","moderate bilateral hearing loss","BSL and Makaton user","learning difficulties"],"child's signed views (BSL, Talking Mat) translated; parents",
 fail=["CA-STATUTORY-ADVICE","PC-OUTCOME-NOT-PROVISION","PC-SMART","HC-DCO-SIGNOFF","LG-SPELLING"],
 na=["PC-PFA","SC-STATUTORY-LINK","SC-RIGHT-SECTION"],
 why={
  "CA-STATUTORY-ADVICE": '"Hearing support advice" given by "Janet Hughes, Communication Support Worker, Brackenside Sensory Support Service" - for a hearing impairment the educational advice must involve a qualified teacher of the deaf; no Qualified Teacher of the Deaf advice is in K',
  "PC-OUTCOME-NOT-PROVISION": '"Maisie will receive daily 1:1 BSL support from her communication support worker in all lessons by July 2027." and "Maisie is given a daily maths session with her teaching assistant using practical equipment." - support she will be given, not what she will achieve',
  "PC-SMART": '"Maisie is given a daily maths session with her teaching assistant using practical equipment." has no date and no measure of Maisie\'s learning; E2 measures support received, not what Maisie will do',
  "HC-DCO-SIGNOFF": 'Section G ("Paediatric audiology will review Maisie\'s hearing and hearing aids every 6 months") is followed directly by H1; no health agreement, name or date is recorded',
  "LG-SPELLING": '"to recieve the same chances as her older sister", "repeated in short, seperate steps", "The school will accomodate her need for a quieter place" - three misspellings in text going to the family',
  "PR-VAGUE-WORDING": 'PASS: "in a group of no more than 4" - quantities stated; no vague modal in F',
 })

plan("ah203.docx","bold-statutory",15,"Year 10",["developmental language disorder (SLCN)","SEMH / trauma","looked after","youth justice (Referral Order)"],"young person's own words via advocate; foster carers; birth mother via social worker",
 why={
  "SC-STATUTORY-LINK": 'PASS: "his care plan, his latest looked-after child review (March 2026) and his Personal Education Plan (PEP) were used in writing it" and H2 sets out social worker visits, reviews, PEP and youth justice work',
  "PC-OUTCOME-NOT-PROVISION": 'PASS: "Jordan will gain the Level 1 Award in Vehicle Maintenance" and "Jordan will receive his England Boxing bronze skills award" - achievements although the verb is gain/receive (trap)',
  "PR-QUANTIFIED": 'PASS: "Access arrangements: 25% extra time and a reader in all GCSE examinations and mock examinations" arranged by a named role (no group size needed); speech and language therapy "Weekly on Tuesday mornings, 45 minutes, for 20 sessions across the autumn and spring terms, then review" (traps)',
  "HC-NEEDS": 'PASS: "found no physical health needs, but he does have emotional health needs" - sleep and low mood are met by CAMHS and the nurse in G and by outcome E8 (trap)',
  "LG-GRAMMAR": 'PASS: "When they talk too fast I just say yeah, then I get wrong for not doing it." is Jordan\'s own dialect, quoted and attributed, not the caseworker\'s grammar (trap)',
  "PR-VAGUE-WORDING": 'PASS: "He asks for help when needed" is in Section B, not F (trap)',
  "PC-PFA": 'PASS: outcomes headed for employment, independent living, friends and community, and good health (E1-E8)',
  "SC-RIGHT-SECTION": 'PASS: boxing club fees and youth justice work are in H2 ("Boxing club fees of £12 a week for two sessions each week, paid from the care plan budget")',
 })

plan("ah204.docx","bold-statutory",20,"Post-19 further education",["autism","moderate learning disability","anxiety","sensory processing"],"young person's own words typed with key worker; parents",
 fail=["CA-ANNUAL-REVIEW","PC-ASPIRATION-LINK","PC-PFA","SC-RIGHT-SECTION","LG-READABILITY","LG-JARGON"],
 na=HC_NA+["SC-STATUTORY-LINK"],
 why={
  "CA-ANNUAL-REVIEW": '"14 October 2025 (plan amended and reissued on 18 November 2025)" - last review more than 12 months before the audit date (8 December 2026)',
  "PC-PFA": 'A 20-year-old\'s outcomes are all classroom tasks: "Callum will read 50 words from the first 100 high-frequency words list", "will write his full name and the date", "will stay at his workstation" - no employment, independent living, community or health outcome',
  "PC-ASPIRATION-LINK": '"Callum wants to work at a garden centre, live in a shared house with his friend Ryan and go to football matches." - no outcome in E builds on work, housing or community',
  "SC-RIGHT-SECTION": '"Personal assistant support for community activities at home in Brackenside (funded by Adult Social Care under the Care Act 2014 through a direct payment)" is written in Section F as special educational provision',
  "SC-PROVISION-SPECIFIC": 'PASS (arguable): H2 states "Callum\'s personal assistant support, 6 hours every Saturday and 12 hours a week in college holidays" - specific; its misplacement in F is graded under SC-RIGHT-SECTION',
  "LG-READABILITY": '"Callum presents with autism spectrum condition (ASC) with co-morbid moderate learning disability" ... "marked deficits in executive functioning, working memory and processing speed, together with impaired theory of mind and weak central coherence" - clinical-report language in Section A',
  "LG-JARGON": '"delayed echolalia and perseverative ideation", "auditory hyper-responsivity with sensory-seeking behaviours in the proprioceptive and vestibular domains", "escape-maintained" - technical terms never explained',
  "CA-ADVICE-AGE": 'PASS (arguable): oldest item "Dr Neil Hart, Educational Psychologist" 24 November 2024, just under 12 months before the reissue on 18 November 2025; staleness of the plan is graded under CA-ANNUAL-REVIEW',
  "PC-SMART": 'PASS: each outcome has a count and a date, e.g. "on 8 out of 10 questions on a worksheet, marked by his tutor" (they fail PfA, not SMART)',
  "HC-NEEDS": 'PASS: "found no health needs relating to his learning disability or autism" - none, with the basis (Annual Health Check, 2 September 2025); G has no provision so other HC criteria are na',
  "HC-THERAPY-PLACEMENT": 'PASS: college speech and language therapy and occupational therapy are in F',
  "PC-STRENGTHS": 'PASS: "Callum has an excellent memory for timetables, routes and numbers." and other strengths listed despite the clinical background paragraph',
 })

plan("ah205.docx","ef-table",10,"Year 6",["SEMH after bereavement","literacy decline","continence","asthma","child in need"],"child's words gathered by ELSA; mother",
 fail=["CA-STATUTORY-ADVICE","PR-VAGUE-WORDING","PR-QUANTIFIED","HC-NEEDS-MET","HC-OUTCOMES","SC-STATUTORY-LINK","SC-PROVISION-SPECIFIC","SC-ADVICE"],
 na=["PC-PFA","HC-THERAPY-PLACEMENT","SC-RIGHT-SECTION"],
 why={
  "SC-STATUTORY-LINK": 'Front matter records "Child in Need plan (Brackenside Children\'s Social Care) since June 2026" but D never mentions the plan or a social worker and H1/H2 read "None." - no trace of how the CIN plan informed this plan',
  "SC-PROVISION-SPECIFIC": 'D describes needs ("she finds evenings and weekends hard when Tyler is angry"; mum "would like help so that Tyler can take part in activities outside school") but H1 and H2 are "None." with no short breaks, local offer or early help considered',
  "SC-ADVICE": 'Section K lists no social care advice although the front matter records "Child in Need plan (Brackenside Children\'s Social Care) since June 2026"',
  "CA-STATUTORY-ADVICE": 'No social care advice in K (regulation 6 requires it); K runs from "Tyler\'s views" to "Counselling report" with nothing from social care',
  "HC-NEEDS-MET": '"Since his father\'s death Tyler has started wetting the bed on most nights, and he has had three daytime wetting accidents at school this term" - G covers only asthma; nothing for continence or sleep',
  "HC-OUTCOMES": 'The continence need ("wetting the bed on most nights") leads to no outcome in E',
  "PR-VAGUE-WORDING": '"Tyler will have access to a quiet space where possible when he feels overwhelmed", "Regular check-ins with a trusted adult as appropriate", "Tyler should be offered opportunities to talk about his dad at home and school"',
  "PR-QUANTIFIED": '"Regular check-ins with a trusted adult as appropriate" with frequency "Regular" and who "Trusted adult" - no frequency, length or named role; quiet space "When required"',
  "SC-NEEDS": 'PASS: D describes the family\'s needs after bereavement and the move (not a status alone); the missing CIN link is graded under SC-STATUTORY-LINK',
  "HC-ADVICE": 'PASS: "Dr Omar Patel, GP, Colliery Row Medical Practice" 17 June 2026',
 })

plan("ah206.docx","shaded-heading-table",13,"Year 9",["juvenile idiopathic arthritis","fatigue","anxiety"],"first person written by the young person with Head of Year; parents",
 na=["SC-STATUTORY-LINK","SC-RIGHT-SECTION"],
 why={
  "PC-OUTCOME-NOT-PROVISION": 'PASS: "Sophie will receive a positive report from her one-week work experience placement" and "Sophie will access the town centre independently with her friends" - achievements (trap)',
  "PR-QUANTIFIED": 'PASS: "Laptop with word-prediction software for use in all lessons and at home" set up and maintained by the IT technician, and "Access arrangements: 25% extra time, supervised rest breaks and use of her laptop" arranged by the examinations officer - equipment and access arrangements need no group size; occupational therapy "1:1 on Monday afternoons, 45 minutes, for 6 sessions" (traps)',
  "PR-VAGUE-WORDING": 'PASS: "June 2027: one-week work experience placement" - a month starting the item, not the modal verb; "asks for help when she needs it" is in A (traps)',
  "HC-NEEDS": 'PASS: "Sophie has no problems with her eyesight, but children with JIA can develop inflammation inside the eye (uveitis)" - covered by G4 eye screening (trap)',
  "HC-PROVISION-SPECIFIC": 'PASS: "hydrotherapy once a week for 45 minutes, for 6 weeks, whenever Sophie has a flare" - conditional wording in G, but who, what, how often and how long are stated',
  "HC-DCO-SIGNOFF": 'PASS: "Health sign-off: Section G confirmed by Dr Helen Armstrong, Designated Clinical Officer (DCO)" - council wording "confirmed"',
  "HC-THERAPY-PLACEMENT": 'PASS: the hospital occupational therapist\'s keyboard and hand-skills programme is in F; physiotherapy (health) is in G',
  "SC-NEEDS": 'PASS: "found that Sophie has no social care needs relating to her special educational needs or disability" - after a named screening (12 May 2026)',
  "PC-PFA": 'PASS: outcomes grouped under employment and further learning, independent living and good health, friends and community',
 })

plan("ah207.docx","shaded-heading-table",4,"Reception",["speech and language delay","SEMH","child protection plan","temporary accommodation"],"observation and photo choices by key person; mother",
 fail=["CA-STATUTORY-ADVICE","HC-NEEDS","HC-ADVICE","HC-THERAPY-PLACEMENT","SC-NEEDS","SC-STATUTORY-LINK","SC-PROVISION-SPECIFIC","LG-JARGON"],
 na=["PC-PFA","SC-RIGHT-SECTION"],
 why={
  "SC-NEEDS": '"Riley is subject to a CP plan." - a legal status alone, no description of need',
  "SC-STATUTORY-LINK": '"CP plan since April 2026" recorded, but D is one line and H1/H2 are "None." - nothing shows how the child protection plan or the social worker\'s advice informed the plan',
  "SC-PROVISION-SPECIFIC": 'H1 "None." and H2 "None." for a child on a child protection plan in a homeless families\' hostel, with no short breaks, early help or local offer considered',
  "HC-NEEDS": '"Awaiting information from the HV team. This section will be updated when it is received."',
  "HC-ADVICE": '"HV report" - "Requested 3 June 2026 – not received"; no medical advice in K',
  "CA-STATUTORY-ADVICE": 'No medical (health) advice: the health visitor report was "Requested 3 June 2026 – not received"',
  "HC-THERAPY-PLACEMENT": '"Riley will have 1:1 speech and language therapy at school to develop his speech sounds" is written in Section G; therapy that educates the child belongs in F',
  "LG-JARGON": '"The SaLT assessed him in May 2026", "HLTA trained in ELKLAN", "Riley is subject to a CP plan.", "Awaiting information from the HV team", "SEMH" - acronyms never spelled out',
  "HC-NEEDS-MET": 'PASS (arguable): C records no health need, so none is left unmet by G; the empty C is graded under HC-NEEDS',
  "HC-OUTCOMES": 'PASS (arguable): no health need is recorded in C to need an outcome; graded under HC-NEEDS',
  "HC-DCO-SIGNOFF": 'PASS: "Health agreement: agreed by Dr Helen Armstrong, DCO, 1 September 2026."',
  "SC-ADVICE": 'PASS: "Sarah Johnson, Social Worker, Safeguarding and Family Support Team" 22 May 2026 - advice given but not used in D/H',
  "PC-VOICE": 'PASS: "What Riley has shown us (observed by his nursery key person, who knows him well)" - photographs and observation',
  "CA-DATED": 'PASS: Riley\'s views dated "June 2026"; the unreceived HV report is missing advice, not an undated item',
 })

plan("ah208.docx","ef-table",7,"Year 2",["speech, language and communication needs","moderate learning difficulties","English as an additional language (Romani)","long sight and squint"],"child's words via bilingual TA and Talking Mat, translated; parents via interpreter",
 na=["PC-PFA","SC-STATUTORY-LINK","SC-RIGHT-SECTION"],
 why={
  "PR-VAGUE-WORDING": 'PASS: "She can count up to 20" (B), "she has access to a family tablet" (A) and "will update her prescription when needed" (G) are outside F (traps)',
  "HC-NEEDS": 'PASS: "Klaudia has no difficulty with her hearing ... but she is long-sighted and has a squint in her left eye" - covered by G1 and outcome E6 (trap)',
  "SC-NEEDS": 'PASS: "advised that Klaudia has no social care needs relating to her special educational needs" - none, with the basis (Children with Disabilities Team, 14 April 2026) (trap)',
  "LG-SPELLING": 'PASS: "co-produced", "multi-agency", place and service names (Murton Vale, Gypsy, Roma and Traveller Education Liaison Worker) are correct (trap)',
  "PC-VOICE": 'PASS: "Klaudia shared her views in October 2026 with Mrs Lakatos, a bilingual teaching assistant who speaks Romani, using a Talking Mat"',
  "CA-ANNUAL-REVIEW": 'PASS: "Plan finalised" "09.11.2026" (dotted date form)',
  "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy is in the E/F table',
 })

plan("ah209.docx","bold-statutory",11,"Year 7",["autism","epilepsy","constipation and soiling","sensory"],"child's written views; mother",
 fail=["CA-ADVICE-AGE","HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-ADVICE","HC-ADVICE-PROVIDERS","HC-OUTCOMES","LG-GRAMMAR"],
 na=["PC-PFA","HC-THERAPY-PLACEMENT","SC-STATUTORY-LINK"],
 why={
  "CA-ADVICE-AGE": '"Medical advice" from "Dr Graham Oliver, Consultant Community Paediatrician" dated "14 March 2023" - over three years before the plan was reissued (2 September 2026)',
  "HC-ADVICE": 'The only medical advice is dated "14 March 2023" - not current',
  "HC-PROVISION-SPECIFIC": '"school staff will be trained in epilepsy awareness as needed and the epilepsy nurse may visit school" and "Jayden will continue to be seen by his paediatrician." - no who by role, how often or how long',
  "HC-ADVICE-PROVIDERS": 'G names "the epilepsy nurse" as a provider but no epilepsy nurse advice is listed in K',
  "HC-NEEDS-MET": '"Jayden also has long-standing constipation and soiling. He takes a daily laxative (Movicol), one dose of which is given at school" - nothing in G for it',
  "HC-OUTCOMES": '"Jayden also has long-standing constipation and soiling." leads to no outcome in E (epilepsy has E4; continence has none)',
  "LG-GRAMMAR": '"Jayden have a diagnosis of autism", "he has a epilepsy care plan", "He finds it hard when their is a change", "His mum said that the the biggest worry" - agreement, a/an, confused word, doubled word',
  "CA-STATUTORY-ADVICE": 'PASS (arguable): medical advice is present in K; its age is graded under CA-ADVICE-AGE',
  "SC-RIGHT-SECTION": 'PASS: short breaks are in H1 ("5 hours every other Saturday")',
 })

plan("ah210.docx","shaded-heading-table",23,"Post-19 supported internship",["moderate learning disability","anxiety","hypothyroidism"],"young adult's own words written with job coach; mother",
 na=["HC-THERAPY-PLACEMENT","SC-STATUTORY-LINK"],
 why={
  "PC-OUTCOME-NOT-PROVISION": 'PASS: "Bethany will receive an offer of paid work", "Bethany will gain her Level 2 Food Hygiene certificate", "Bethany will access the gym at Brackenside Leisure Centre independently" - achievements (traps)',
  "PR-QUANTIFIED": 'PASS: "Access arrangements: a reader and 25% extra time for the food hygiene test" arranged by the college examinations officer - no group size needed (trap)',
  "PR-VAGUE-WORDING": 'PASS: "From April 2027, job search support" - a month starting a provision item (trap)',
  "HC-NEEDS": 'PASS: "Bethany has no difficulty with her mobility or physical health in general, but she has an underactive thyroid (hypothyroidism)" - covered by G and outcome E6 (trap)',
  "HC-DCO-SIGNOFF": 'PASS: "Health agreement: reviewed and agreed by Dr Helen Armstrong, Designated Clinical Officer (DCO)"',
  "SC-RIGHT-SECTION": 'PASS: Care Act personal assistant support is in H2 ("Personal assistant support, 8 hours a week")',
  "CA-ANNUAL-REVIEW": 'PASS: original plan finalised 11 March 2019, but last reviewed 15 September 2026 (trap: old first date)',
  "PC-PFA": 'PASS: outcomes under employment, independent living, friends and community, good health',
 })

plan("ah211.docx","ef-table",14,"Year 9",["moderate learning difficulties","anxiety","temporary accommodation"],"young person's words via form tutor; mother",
 fail=["CA-DATED","PC-SMART","PC-ASPIRATIONS","PC-ASPIRATION-LINK","PC-STRENGTHS","PR-QUANTIFIED"],
 na=["HC-THERAPY-PLACEMENT","SC-STATUTORY-LINK"],
 why={
  "CA-DATED": '"School report" and "Information from primary school" are listed in K with no author and no date',
  "PC-SMART": '"Demi will improve her reading." has no date or measure; "By July 2027, Demi will feel happier and more confident in school." is dated but not measurable',
  "PC-STRENGTHS": 'Sections A and B describe only difficulties ("I hate school.", "has struggled at school since Year 3 and has fallen further behind every year") - no strengths anywhere',
  "PC-ASPIRATIONS": 'Section A has views, a worry ("Stacey is worried that Demi will leave school with no qualifications") and a history, but no aspirations for Demi\'s future',
  "PC-ASPIRATION-LINK": '"Stacey is worried that Demi will leave school with no qualifications." is the nearest thing to a hope; with no aspirations recorded in A, the outcomes (including PfA outcomes E5-E7) cannot be seen to build on them',
  "PR-QUANTIFIED": '"Small-group literacy intervention (Toe by Toe)" with "Weekly" - no length or group size; "Numeracy intervention on money and time" with "In a small group" - no frequency, length or size; "Mentoring sessions with the pastoral team" "Each term" - no length',
  "PR-VAGUE-WORDING": 'PASS (arguable): none of the listed vague words (access to, where possible, regular, should, may) appears in F; the gaps are missing quantities, graded under PR-QUANTIFIED',
  "PC-VOICE": 'PASS: "Demi talked to her form tutor, Miss Hall, in September 2026. This is what she said:" plus mum\'s views',
  "PC-PFA": 'PASS: E5 employment, E6 independent travel, E7 community, E4 attendance/good health',
  "HC-NEEDS": 'PASS: "Demi\'s general practitioner (GP) wrote on 2 June 2026 that Demi has no physical health needs." with her anxiety described and met in G',
 })

plan("ah212.docx","bold-statutory",6,"Year 1",["autism","non-speaking","sensory seeking","fine motor and self-care"],"invented first person (not the child's); parents",
 fail=["PC-OUTCOME-NOT-PROVISION","PC-SMART","PC-VOICE","PR-VAGUE-WORDING","PR-QUANTIFIED","PR-OUTCOME-LINK"],
 na=["PC-PFA"]+HC_NA+["SC-STATUTORY-LINK"],
 why={
  "PC-VOICE": '"I love coming to school every day and learning new things with my friends. ... When I am older I would like to read chapter books by myself" - unattributed first person for a child who "does not use spoken words"; cannot be Amira\'s own',
  "PC-OUTCOME-NOT-PROVISION": '"Amira is given PECS sessions every day with her teaching assistant." and "Staff will use a visual timetable with Amira every day so that she can move between activities."',
  "PC-SMART": 'E1 and E3 have no date and no measure of what Amira will do ("Amira is given PECS sessions every day")',
  "PR-VAGUE-WORDING": '"Amira should have opportunities to take part in sensory circuits where possible" ("Regular sessions"), "Access to the sensory room as appropriate" ("When needed")',
  "PR-QUANTIFIED": 'Sensory circuits: "Regular sessions", who "Staff" - no frequency, length or trained role',
  "PR-OUTCOME-LINK": '"she cannot yet hold a crayon, use a spoon or manage buttons and zips" and "The occupational therapist has advised a daily fine motor programme" - no provision in F for this need',
  "HC-NEEDS": 'PASS: "confirmed that she has no health needs other than her autism" - none, with basis (paediatrician, 12 March 2026); G none so other HC criteria na',
  "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy is in F',
  "SC-RIGHT-SECTION": 'PASS: short breaks are in H1',
 })

yaml.safe_dump(dict(audit_date=datetime.date(2026, 12, 8), plans=P), open("/work/blind/setAH2/labels.yaml","w"), sort_keys=False, allow_unicode=True, width=1000)
