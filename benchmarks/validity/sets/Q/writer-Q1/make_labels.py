import yaml
CRIT = ["CA-DATED","CA-ADVICE-AGE","CA-STATUTORY-ADVICE","CA-ANNUAL-REVIEW",
 "PC-OUTCOME-NOT-PROVISION","PC-SMART","PC-VOICE","PC-ASPIRATIONS","PC-ASPIRATION-LINK","PC-PFA","PC-STRENGTHS",
 "PR-VAGUE-WORDING","PR-QUANTIFIED","PR-OUTCOME-LINK",
 "HC-NEEDS","HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-ADVICE","HC-DCO-SIGNOFF","HC-THERAPY-PLACEMENT","HC-ADVICE-PROVIDERS","HC-OUTCOMES",
 "SC-NEEDS","SC-STATUTORY-LINK","SC-PROVISION-SPECIFIC","SC-ADVICE","SC-RIGHT-SECTION",
 "LG-SPELLING","LG-GRAMMAR","LG-READABILITY","LG-JARGON"]
PRE9 = ["PC-PFA"]
NOHEALTH = ["HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-DCO-SIGNOFF","HC-ADVICE-PROVIDERS","HC-OUTCOMES"]
P = []
def plan(file, layout, age, yg, needs, voice, fail={}, na=(), tricky={}):
    labels = {}
    for c in CRIT:
        labels[c] = 'fail' if c in fail else ('na' if c in na else 'pass')
    if "SC-STATUTORY-LINK" not in fail and "SC-STATUTORY-LINK" not in na:
        pass
    why = dict(fail); why.update(tricky)
    P.append(dict(file=file, layout=layout, age=age, year_group=yg, needs=needs, voice=voice, labels=labels, why=why))

SL = "SC-STATUTORY-LINK"
plan("q101.docx","bold-statutory",9,"Year 4",["HI","EAL","SLCN"],"child's words gathered by teacher (bullets); third person",
 fail={
  "CA-STATUTORY-ADVICE": "K lists parents, school, EP, Community Paediatrician, Audiology, SALT and social care but no advice from a qualified Teacher of the Deaf, although Zain has a 'bilateral moderate to severe sensorineural hearing loss'",
  "PR-VAGUE-WORDING": "\"Zain will have regular visits from the Teacher of the Deaf.\" and \"Zain will have opportunities to work in a small group on listening and attention as appropriate.\"",
  "PR-QUANTIFIED": "\"Zain will have regular visits from the Teacher of the Deaf.\" - no frequency or length; \"opportunities to work in a small group ... as appropriate\" - no how often, how long, group size or who",
  "HC-PROVISION-SPECIFIC": "\"Paediatric Audiology will continue to monitor Zain's hearing and review his hearing aids as needed.\" / \"Earmoulds to be replaced by Paediatric Audiology when required.\" - no frequency or duration",
  "LG-SPELLING": "\"freinds\", \"seperate\", \"recieve\", \"enviroment\"",
  "LG-GRAMMAR": "\"Zain have a bilateral ...\", \"and use a radio aid\", \"this make him very tired\", \"He do not always ask\", \"Staff needs to repeat\"",
 }, na=PRE9+[SL],
 tricky={"HC-NEEDS-MET": "pass: the hearing need in C is met by Audiology in G, although G is not specific (that is HC-PROVISION-SPECIFIC)"})

plan("q102.docx","ef-table",6,"Year 1",["HI","SLCN"],"child's own words in BSL and speech; parent quote translated",
 na=PRE9+[SL],
 tricky={"HC-NEEDS": "pass (trap): \"Mariam walks, runs and climbs as well as other children of her age and has no problems with her balance\" alongside a real health need (cochlear implants)",
         "PR-QUANTIFIED": "pass (trap): \"QToD visit ... At least once every half term, 1.5 hours\" (professional's visit, no group size needed); radio aid \"Provided and repaired by the Sensory and Physical Support Service; checked ... by the LSA\" (equipment with named role)",
         "HC-DCO-SIGNOFF": "pass: \"Health section agreed: Designated Clinical Officer, Dr Farah Qureshi, 30 June 2026.\""})

plan("q103.docx","national-template",3,"Nursery (FS1)",["Down syndrome","HI","physical"],"third person; family quote translated; no view of the child",
 fail={
  "CA-ANNUAL-REVIEW": "\"Date plan issued | 14 October 2025\" and \"Date of last annual review meeting | Not yet held\" - more than 12 months before the audit date (1 December 2026)",
  "PC-VOICE": "\"Hamza is too young to share his views.\" - no attempt to gather a three-year-old's views through play or observation",
  "HC-NEEDS-MET": "C row: \"He has an underactive thyroid (hypothyroidism) and takes levothyroxine every day; he needs a blood test every 6 months\" and annual cardiology review - the G cell for this row is empty",
  "HC-OUTCOMES": "the heart and thyroid row has an empty E (outcomes) cell",
  "HC-DCO-SIGNOFF": "no record anywhere that health (DCO or commissioner) agreed Section G",
 }, na=PRE9+[SL],
 tricky={"PR-VAGUE-WORDING": "pass: \"made and kept up to date by his key person\" is not the vague 'up to' of a quantity",
         "CA-STATUTORY-ADVICE": "pass: QToD (Early Years) advice present; the empty Y9 and 'parent requests' rows are unfilled template rows, not advice items",
         "CA-DATED": "pass: the two unfilled template rows in K (Y9 preparing for adulthood; person the parent requests) are not advice items"})

plan("q104.docx","bold-statutory",14,"Year 9",["HI","VI","MSI"],"first person 'All about me'; parent quote translated",
 fail={
  "PC-PFA": "Year 9 with aspirations to go to university, go into town alone and live independently, but E1-E5 are braille, GCSE English, screen magnification, listening and asking for adjustments in lessons - no employment, independent living, community or health outcome",
  "HC-THERAPY-PLACEMENT": "G: \"Speech and Language Therapy, Cochlear Implant Programme: 1:1 auditory training and speech sessions in school, fortnightly, 45 minutes\" - therapy that trains the child placed in G, not F",
  "CA-ADVICE-AGE": "K: \"Cochlear Implant Programme report ... 14 January 2023\" - 45 months old when the plan was issued on 20 October 2026",
  "HC-ADVICE": "the Cochlear Implant Programme health advice (14 January 2023) is not current",
  "HC-ADVICE-PROVIDERS": "G: \"Clinical Genetics: one genetic counselling appointment ...\" but no Clinical Genetics advice is listed in K",
 }, na=[SL],
 tricky={"PC-ASPIRATION-LINK": "pass: E2 (GCSE English) and E1/E3 (reading) build on her love of reading and aim of university/teaching; the missing adult-life outcomes are graded under PC-PFA",
         "PR-QUANTIFIED": "pass (trap): \"Exam access arrangements: 25% extra time, an enlarged modified paper and a separate well-lit room ... Exams Officer and SENCo apply for and organise them\"; radio aid and laptop \"set up and maintained by the school's IT technician\"",
         "PR-OUTCOME-LINK": "pass: B3 communication is served in F by the LSA-delivered speech and listening programme"})

plan("q105.docx","ef-table",15,"Year 10",["ADHD","SEMH"],"first person 'All about me'; parent quote translated",
 na=[SL,"HC-THERAPY-PLACEMENT"],
 tricky={"PC-OUTCOME-NOT-PROVISION": "pass (trap): \"Ayaan will be awarded the Level 1 Certificate in Electrical Installation\" is an achievement",
         "PR-QUANTIFIED": "pass (trap): \"Exam access arrangements: 25% extra time, supervised rest breaks ... Arranged by the SENCo ... and the Exams Officer\"",
         "SC-NEEDS": "pass: Early Help plan closed March 2026; \"found no current social care needs\" - no CIN/CP status, so SC-STATUTORY-LINK is na",
         "PC-PFA": "pass: employment (college course, careers), independent living/community (travel by bus), good health (managing medication) outcomes"})

plan("q106.docx","national-template",7,"Year 2",["SLCN","SEMH","EAL"],"child's views via talking mat with SALT; parent quote translated",
 fail={
  SL: "D: \"Ibrahim and his brothers have been on a child protection plan under the category of neglect since March 2026.\" H1 \"None.\", H2 \"None.\", no social worker contribution, no reference to the CP plan, no social care advice in K",
  "SC-NEEDS": "D only records the CP plan and \"His mum says things are better at home now\" - no description of social care needs",
  "SC-PROVISION-SPECIFIC": "H1 \"None.\" and H2 \"None.\" with no word on whether short breaks or early help were considered",
  "SC-ADVICE": "K row 'Social care' is blank (no date, no author) - no social care advice",
  "CA-STATUTORY-ADVICE": "no social care advice in K",
  "PC-OUTCOME-NOT-PROVISION": "E (SEMH row): \"Ibrahim has a 1:1 Learning Support Assistant (LSA) at all unstructured times (break and lunch).\"",
  "PC-SMART": "the same SEMH 'outcome' has no measure and no date",
  "PR-VAGUE-WORDING": "F: \"Ibrahim would benefit from access to the school's nurture group where possible.\"",
  "PR-QUANTIFIED": "nurture group: no frequency, duration, group size or staff",
  "PC-ASPIRATIONS": "Aspirations: \"Not discussed at the planning meeting.\"",
 }, na=PRE9+["HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-DCO-SIGNOFF","HC-ADVICE-PROVIDERS","HC-OUTCOMES"],
 tricky={"PC-ASPIRATION-LINK": "pass: no aspirations are recorded (failed under PC-ASPIRATIONS), but the football turn-taking outcome builds on his stated interest in football",
         "HC-NEEDS": "pass: C says hearing now normal, discharged by Audiology, GP reports no other health needs; G \"No health provision is required.\""})

plan("q107.docx","bold-statutory",10,"Year 5",["SLCN","EAL"],"long third-person paragraph with the child's quoted words; parent quote translated",
 na=PRE9+[SL]+NOHEALTH,
 tricky={"HC-NEEDS": "pass (trap): \"Hafsa has no health needs. The Community Paediatrician saw her in August 2026 ... found her to be well\"",
         "SC-NEEDS": "pass (trap): \"Hafsa has no social care needs ... Children's Social Care confirmed in their advice that no assessment is needed\"",
         "PR-VAGUE-WORDING": "pass (trap): \"May 2027 is when the SALT will carry out a full reassessment\" - May is the month",
         "PR-QUANTIFIED": "pass (trap): \"the speech and language therapist (SALT) will visit school once each half term for 1 hour\""})

plan("q108.docx","ef-table",12,"Year 7",["ADHD","SEMH"],"third person with the child's quoted words; carer quote translated",
 fail={
  SL: "Sana is looked after (front matter \"Looked after child | Yes\") but D says only \"Sana is a looked after child.\" and H1/H2 \"None.\" - no care plan, PEP, Virtual School or social worker contribution shown",
  "SC-NEEDS": "D: \"Sana is a looked after child.\" - no social care needs described",
  "SC-PROVISION-SPECIFIC": "H1 \"None.\" H2 \"None.\" with no statement that short breaks or other support were considered",
  "PC-SMART": "\"By the end of Year 8, Sana will be happier and more settled in school.\" and \"Sana will manage her anger better.\" - not measurable (and the second not time-bound)",
  "PC-OUTCOME-NOT-PROVISION": "\"Sana will have a key adult to check in with every morning.\"",
  "PR-QUANTIFIED": "\"Mentoring with the learning mentor | Ongoing | School\" and \"Social skills group | Weekly | School\" - no length, group size or named role",
 }, na=PRE9+["HC-THERAPY-PLACEMENT"],
 tricky={"SC-ADVICE": "pass: \"Social care advice | Ms J. Riaz, Social Worker, Children's Social Care | 3 August 2026\""})

plan("q109.docx","national-template",17,"Year 12",["SLD","physical"],"young person's views via symbols gathered by tutor; parent quote translated",
 fail={
  "HC-NEEDS-MET": "C: \"Epilepsy: Rukhsana has tonic-clonic seizures, on average two a month, and has rescue medication (buccal midazolam) prescribed.\" - the G cell for epilepsy is empty",
  "HC-OUTCOMES": "the epilepsy row has an empty E cell",
  "PC-STRENGTHS": "A 'Strengths': \"Rukhsana needs adult support with all personal care ... She cannot read or write and cannot use money...\"; B strengths boxes: \"does not speak in sentences\", \"becomes distressed in noisy places\", \"cannot walk long distances\"",
  "CA-DATED": "K: \"Educational advice |  | Kirkhallam College\" and the preparing-for-adulthood row \"| | Careers Adviser, Futures Team\" have no date",
  "SC-RIGHT-SECTION": "F (B6): \"A Personal Assistant (PA), funded through a direct payment from Children's Social Care, to take Rukhsana swimming and to the inclusive youth club on Saturdays\" - social care provision written in F",
 }, na=[SL],
 tricky={"HC-DCO-SIGNOFF": "pass: \"Health section agreed: Designated Clinical Officer, Dr Farah Qureshi, 6 July 2026.\"",
         "CA-STATUTORY-ADVICE": "pass: all statutory advice is present, two items are undated (CA-DATED)"})

plan("q110.docx","bold-statutory",3,"Nursery (FS1)",["HI","SLCN"],"'What Musa tells us through play and signs' gathered by key person",
 na=PRE9+[SL],
 tricky={"PC-VOICE": "pass (trap): a three-year-old's views gathered through play and photos by his key person",
         "HC-DCO-SIGNOFF": "pass: \"Health section agreed: Designated Clinical Officer \u2013 Dr Farah Qureshi \u2013 24 September 2026.\"",
         "CA-ANNUAL-REVIEW": "pass: first plan issued 2 October 2026"})

plan("q111.docx","ef-table",19,"Post-19",["ASC","SLD"],"'What Adam tells us through signs, symbols' gathered by keyworker; parent quote translated",
 fail={
  "HC-NEEDS": "Section C: \"Not known.\"",
  "PR-OUTCOME-LINK": "B4 \"Adam is very sensitive to noise ... He seeks deep pressure\" has no provision anywhere in F",
  "PC-ASPIRATION-LINK": "A: \"Adam wants to work with animals ... and loves cooking\"; the outcomes are PECS requesting, coins, laundry, a recycling-unit placement, transitions, bowling/swimming and activity - none builds on animals or cooking",
  "LG-READABILITY": "A: \"Executive functioning deficits and limited ToM impact on his capacity to generalise ADL skills...\"; E: \"Adam will demonstrate generalisation of FCT-taught requesting repertoires ... evidenced via ABC data and interval sampling with 80% fidelity\"",
  "LG-JARGON": "ASC, SLD, SPD, ToM, ADL, AAC, PBS, FCT, ABC used without explanation",
 }, na=NOHEALTH,
 tricky={"HC-NEEDS-MET": "na: C says \"Not known.\" and G \"None.\" - the failure is graded under HC-NEEDS",
         "HC-ADVICE": "pass: \"Medical advice | Dr N. Rehman, GP, Fairweather Surgery | 10 June 2026\"",
         "PC-SMART": "pass: the outcomes are jargon-heavy but specific, measured and dated (\"By July 2027 ... 4 of 5 consecutive sessions\")"})

plan("q112.docx","national-template",16,"Year 12",["VI"],"young person's own written words; parent quote translated",
 na=[SL,"HC-THERAPY-PLACEMENT"],
 tricky={"PC-OUTCOME-NOT-PROVISION": "pass (trap): \"Noor will gain three A levels\" is an achievement",
         "PR-QUANTIFIED": "pass (trap): laptop and magnifier \"set up and kept up to date by the college IT technician\"; exam access arrangements applied for by the Exams Officer; \"QTVI visit ... at least once every half term (1.5 hours)\"",
         "PR-VAGUE-WORDING": "pass: \"kept up to date\" is not 'up to'",
         "CA-DATED": "pass: the unfilled template K rows ('any other person', 'person the parent requests') are not advice items",
         "HC-DCO-SIGNOFF": "pass: \"Health provision agreed and signed off on behalf of health by the Designated Clinical Officer (Dr Farah Qureshi), 19 November 2026.\"",
         "PC-PFA": "pass: travel, university, cooking (H2 outcome) and health-management outcomes"})

with open('labels.yaml','w') as f:
    yaml.safe_dump(dict(audit_date='2026-12-01', plans=P), f, sort_keys=False, allow_unicode=True, width=200)
# summary
from collections import Counter
c=Counter(); sound=0
for p in P:
    fails=[k for k,v in p['labels'].items() if v=='fail']
    if not fails: sound+=1
    c.update(fails)
    print(p['file'], len(fails), fails)
print('sound', sound, 'failing', len(P)-sound)
for k in CRIT: print(k, c[k])
