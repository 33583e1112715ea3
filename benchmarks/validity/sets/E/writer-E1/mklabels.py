import yaml
CRIT = ['CA-DATED','CA-ADVICE-AGE','CA-STATUTORY-ADVICE','CA-ANNUAL-REVIEW',
 'PC-OUTCOME-NOT-PROVISION','PC-SMART','PC-VOICE','PC-ASPIRATIONS','PC-ASPIRATION-LINK','PC-PFA','PC-STRENGTHS',
 'PR-VAGUE-WORDING','PR-QUANTIFIED','PR-OUTCOME-LINK',
 'HC-NEEDS','HC-PROVISION-SPECIFIC','HC-NEEDS-MET','HC-ADVICE','HC-DCO-SIGNOFF','HC-THERAPY-PLACEMENT','HC-ADVICE-PROVIDERS','HC-OUTCOMES',
 'SC-NEEDS','SC-STATUTORY-LINK','SC-PROVISION-SPECIFIC','SC-ADVICE','SC-RIGHT-SECTION',
 'LG-SPELLING','LG-GRAMMAR','LG-READABILITY','LG-JARGON']
P = []
def plan(file, layout, age, yg, needs, voice, fails, na, why):
    labels = {c: ('fail' if c in fails else 'na' if c in na else 'pass') for c in CRIT}
    assert set(fails) <= set(CRIT) and set(na) <= set(CRIT), (file, set(fails)|set(na) - set(CRIT))
    assert set(fails) <= set(why), (file, set(fails) - set(why))
    P.append(dict(file=file, layout=layout, age=age, year_group=yg, needs=needs, voice=voice, labels=labels, why=why))

plan('e101.docx','bold-statutory',8,'Year 4',['hearing'],'first person (child\'s own words gathered by QToD) plus parents',
 [], ['PC-PFA','SC-STATUTORY-LINK','HC-THERAPY-PLACEMENT'],
 {'CA-STATUTORY-ADVICE': 'K includes "Educational advice from a Qualified Teacher of the Deaf - Ms H. Gill, QToD, Sensory Support Service, 26.02.2026" (HI requirement met) - pass',
  'PR-QUANTIFIED': 'Trap: "Visits from a Qualified Teacher of the Deaf (QToD) ... Twice termly, 1.5 hours each visit" (professional visit, no group size needed); radio aid "provided and maintained by the Sensory Support Service"; access arrangement "Arranged by the SENCo" - pass',
  'HC-DCO-SIGNOFF': '"agreed by Dr S. Okoro, Designated Clinical Officer (DCO) for Harrowfield ICB, on 2 July 2026" - pass',
  'HC-THERAPY-PLACEMENT': 'na: no SALT/OT or other therapy in the plan',
  'PC-ASPIRATION-LINK': 'Step outcome builds on interests: "give a 2-minute talk to her class about something she loves (for example riding and caring for Biscuit)" - pass'})

plan('e102.docx','bold-statutory',15,'Year 10',['ASC','SEMH'],'first person (typed by child) plus mother',
 ['SC-STATUTORY-LINK','SC-ADVICE','CA-STATUTORY-ADVICE','SC-PROVISION-SPECIFIC','PR-VAGUE-WORDING','PR-QUANTIFIED','PC-PFA','PC-SMART'], [],
 {'SC-STATUTORY-LINK': 'D: "Since February 2026 the children have been subject to a child protection plan under the category of neglect." but H1 "None." / H2 "None.", no social worker contribution, no reference to the CP plan informing provision, no social care advice in K',
  'SC-ADVICE': 'Section K lists parent, pupil, SENCo, EP, paediatrician, SALT and annual review - no social care advice at all, despite a child protection plan',
  'CA-STATUTORY-ADVICE': 'No social care advice in K (reg 6 statutory advice missing)',
  'SC-PROVISION-SPECIFIC': 'H1: "None." H2: "None." - no statement that short breaks or early help were considered, although mother "has asked for help with his sleep routine"',
  'PR-VAGUE-WORDING': 'F.1.2 "Jayden will be given opportunities to join a lunchtime social club as appropriate."',
  'PR-QUANTIFIED': 'F.1.2 "Jayden will be given opportunities to join a lunchtime social club as appropriate." - no who, how often, how long or group size',
  'PC-PFA': 'Year 10 (age 15) but no outcome addresses post-16 education/employment, independent living or community participation, although A records "go to college and one day live on his own"',
  'PC-SMART': 'E.2 "Jayden will be less anxious and will cope better with changes to his day." - no measure, no date',
  'HC-DCO-SIGNOFF': '"Health provision agreed on behalf of Harrowfield ICB by Ms J. Whitfield, Designated Clinical Officer, 24.06.2026." - pass',
  'PR-OUTCOME-LINK': 'Tricky pass: every need in B has provision; the SEMH outcome is poorly written (PC-SMART) but is served by F.2.1-F.2.2'})

plan('e103.docx','bold-statutory',7,'Year 2',['Down syndrome','speech and language'],'child via photographs and Makaton gathered by TA, plus family',
 ['HC-NEEDS-MET','HC-OUTCOMES','PC-SMART','LG-SPELLING','PR-OUTCOME-LINK'], ['PC-PFA','SC-STATUTORY-LINK'],
 {'HC-NEEDS-MET': 'C.2 "Ruby was diagnosed with epilepsy (absence seizures) in January 2026 and takes medication twice a day." - Section G covers only audiology and orthoptics; no epilepsy care plan, medication review, staff training or rescue plan',
  'HC-OUTCOMES': 'Epilepsy (C.2) leads to no outcome in E; only hearing and vision have health outcomes',
  'PC-SMART': '"By July 2027, Ruby will be happier and more settled at playtimes and lunchtimes." - not measurable',
  'LG-SPELLING': '"busy enviroment", "A seperate quiet work station", "definately more frequent", "All parents will recieve a copy"',
  'PR-OUTCOME-LINK': 'B.4.2 "Ruby is not yet toilet trained during the day and needs help to dress and undress ... low muscle tone and tires easily" - no provision in F and no outcome in E for self-care/physical needs',
  'PR-QUANTIFIED': 'Trap: "Speech and language therapist visits ... Once each half-term, 1 hour" (professional visit) - pass',
  'PC-VOICE': 'Tricky pass: views gathered "using photographs and Makaton signs" by class TA, plus "Ruby says \\"I like singing. I like Maisie.\\""'})

plan('e104.docx','bold-statutory',16,'Year 11',['ADHD','SEMH'],'first person (written with mentor) plus parents',
 [], ['SC-STATUTORY-LINK','HC-THERAPY-PLACEMENT'],
 {'HC-NEEDS': 'Trap: "Ellis has no difficulty walking or with any physical activity" sits alongside a real health need (type 1 diabetes, ADHD medication) - pass',
  'PC-OUTCOME-NOT-PROVISION': 'Trap: "Ellis will gain a grade 4 in GCSE maths or English language" is an achievement, not provision - pass',
  'PC-PFA': 'Year 11 outcomes: college course, independent bus travel, diabetes self-management - pass',
  'PR-QUANTIFIED': 'Access arrangement "Rest breaks and a separate room for GCSE examinations, with 25 per cent extra time. Arranged by the exams officer" - no group size needed - pass',
  'HC-DCO-SIGNOFF': '"the provision in Section G has been agreed by the Designated Clinical Officer, Ms J. Whitfield, Harrowfield ICB. Date agreed: 10 November 2026." - pass',
  'CA-ANNUAL-REVIEW': 'Last annual review 22 October 2026 - pass'})

plan('e105.docx','ef-table',17,'Year 12',['physical'],'first person (young person) plus mother',
 ['PC-OUTCOME-NOT-PROVISION','CA-ADVICE-AGE','HC-ADVICE','HC-THERAPY-PLACEMENT','LG-GRAMMAR'], ['SC-STATUTORY-LINK'],
 {'PC-OUTCOME-NOT-PROVISION': 'Outcome cell for E.1: "Tom has a 1:1 support assistant in all practical sessions." - provision written as an outcome',
  'CA-ADVICE-AGE': 'K: "Medical advice | Dr V. Sharma, Consultant Paediatrician | 21.09.2023" and "Physiotherapy advice | Ms D. Young | 04.10.2023" - over 24 months old at issue (16.06.2026)',
  'HC-ADVICE': 'Medical and physiotherapy advice dated 21.09.2023 and 04.10.2023 - not current for a plan issued 16.06.2026',
  'HC-THERAPY-PLACEMENT': 'G: "Occupational therapy sessions to teach Tom to use his adapted keyboard more quickly, and to practise dressing his lower body independently ... Weekly, 45 minutes, for 12 weeks" - therapy that trains the young person placed in G, not F',
  'LG-GRAMMAR': '"Tom have grown up a lot this year. Him and his mum was worried ... but it has went well"; "there is less people available"; "The staff needs to read this plan"',
  'HC-ADVICE-PROVIDERS': 'Tricky pass: physiotherapy and OT, the G providers, both gave advice listed in K (the physio advice is old - counted under CA-ADVICE-AGE/HC-ADVICE)',
  'PC-PFA': 'Outcomes cover qualification, work placement, travelling into town with friends, health - pass'})

plan('e106.docx','ef-table',3,'Nursery (EYFS)',['ASC'],'what Noah tells us through play (key person observation) plus parents',
 [], ['PC-PFA','SC-STATUTORY-LINK'],
 {'PC-VOICE': 'Trap: pre-verbal 3-year-old; views gathered by key person "watched him over four weeks and noted what he chose and how he responded" - pass',
  'HC-NEEDS': 'Trap: "He has no difficulty with walking, climbing or sleeping at nursery" alongside real needs (restricted diet, night waking) - pass',
  'PR-VAGUE-WORDING': 'Tricky pass: "Daily, at least 3 planned opportunities of 5 minutes" is a quantified minimum, not woolly wording',
  'PR-QUANTIFIED': 'SALT "Once each half-term for 1 hour at nursery, plus one 1-hour home visit each term" (professional visit) - pass',
  'SC-PROVISION-SPECIFIC': 'H2 "family support worker ... fortnightly, 1 hour each visit, for 12 weeks"; H1 says short breaks considered - pass',
  'HC-DCO-SIGNOFF': '"Health contributions agreed by Dr S. Okoro, Designated Clinical Officer, Harrowfield ICB - 1st September 2026." - pass'})

plan('e107.docx','ef-table',11,'Year 6',['dyslexia (SpLD)','SEMH'],'child\'s words reported by teacher, plus father',
 ['CA-ANNUAL-REVIEW','PR-QUANTIFIED','PC-STRENGTHS','HC-NEEDS'], ['PC-PFA','SC-STATUTORY-LINK','HC-PROVISION-SPECIFIC','HC-NEEDS-MET','HC-DCO-SIGNOFF','HC-THERAPY-PLACEMENT','HC-ADVICE-PROVIDERS','HC-OUTCOMES'],
 {'CA-ANNUAL-REVIEW': '"Date plan first issued | 12.03.2024", "Date of last annual review | 15.10.2025" - more than 12 months before the audit date 2026-12-01',
  'PR-QUANTIFIED': '"A weekly session of small-group organisation and study skills work for 10 weeks." - no who, no session length, no group size (Who column empty)',
  'PC-STRENGTHS': 'A and B are deficit-only: "I think I\'m stupid", "refuses to do homework, has meltdowns"; B lists only difficulties ("cannot decode", "very weak", "low") with no strengths or what Kian can do',
  'HC-NEEDS': 'Section C: "Not known."',
  'HC-NEEDS-MET': 'na: C identifies no health need (the C failure is counted under HC-NEEDS); G says "No health provision is required."',
  'CA-ADVICE-AGE': 'Advice dated Dec 2023-Jan 2024 for a plan issued 12.03.2024 - recent at issue (currency of review counted under CA-ANNUAL-REVIEW) - pass'})

plan('e108.docx','ef-table',4,'Nursery',['speech and language','EAL'],'parents only (child\'s views missing)',
 ['PC-VOICE','CA-DATED','PC-OUTCOME-NOT-PROVISION','HC-PROVISION-SPECIFIC'], ['PC-PFA','SC-STATUTORY-LINK'],
 {'PC-VOICE': '"Amira\'s views: Amira is too young to give her views." - no attempt to gather the 4-year-old\'s views through play/observation',
  'CA-DATED': 'K: "Parental advice (with Arabic interpreter) | Amira\'s parents |" , "Educational advice | Sunflower Nursery School |", "Psychological advice | Educational Psychologist |" - no dates',
  'PC-OUTCOME-NOT-PROVISION': 'E.1 outcome: "Amira will receive speech and language therapy each week at nursery."',
  'HC-PROVISION-SPECIFIC': 'G: "The community paediatrician will continue to monitor Amira\'s hearing and development." - no frequency or duration (Frequency column blank)',
  'HC-ADVICE': 'Medical advice "Dr M. Rahman, Community Paediatrician | 3 June 2026" is dated and current - pass',
  'SC-ADVICE': 'Social care advice dated 10 June 2026 - pass',
  'CA-STATUTORY-ADVICE': 'Tricky pass: all reg 6 advice types are listed (three of them undated - counted under CA-DATED)'})

plan('e109.docx','national-template',9,'Year 5',['ADHD','speech and language (DLD)'],'first person (words written down by TA) plus parents',
 [], ['PC-PFA','SC-STATUTORY-LINK'],
 {'PR-QUANTIFIED': 'Trap: "May 2026 onwards, a specialist teacher from the Communication and Language Team will visit ... Once each half-term, 1.5 hours" (month name starting a sentence; professional visit); laptop "set up and maintained by the school\'s IT technician" - pass',
  'PR-VAGUE-WORDING': 'Tricky pass: "passwords and updates kept up to date" is not "up to" provision wording',
  'CA-DATED': 'Trap: the national-template K row "Advice and information from any person the child\'s parent or young person reasonably requests..." and the Y9 row are left unfilled as template rows - not advice items',
  'HC-DCO-SIGNOFF': '"Section G has been agreed on behalf of Harrowfield ICB by Dr S. Okoro, Designated Clinical Officer, 20 April 2026." - pass',
  'HC-NEEDS': 'Trap: "He has no difficulty walking, running or with his physical health" alongside ADHD medication need - pass'})

plan('e110.docx','national-template',20,'Post-19',['severe learning difficulty','autism'],'young person via talking mat and communication book gathered by tutor, plus mother',
 ['PR-VAGUE-WORDING','PR-QUANTIFIED','SC-RIGHT-SECTION','HC-NEEDS-MET','HC-DCO-SIGNOFF','HC-ADVICE-PROVIDERS'], ['SC-STATUTORY-LINK'],
 {'PR-VAGUE-WORDING': '"Maya should have access to speech and language therapy as required to support her communication."',
  'PR-QUANTIFIED': '"Maya should have access to speech and language therapy as required" - no who, how often, how long',
  'SC-RIGHT-SECTION': 'F (cognition and learning row): "Overnight short breaks at Rowan House short break unit ... 2 nights per month" - social care provision written in F',
  'HC-NEEDS-MET': 'C: "Maya has dysphagia (a difficulty with swallowing) and is at risk of choking..." - G cell for this need is empty; no SALT dysphagia assessment or eating and drinking plan',
  'HC-DCO-SIGNOFF': 'No record anywhere that the DCO/ICB agreed Section G; only the LA officer sign-off',
  'HC-ADVICE-PROVIDERS': 'G is delivered by the "Community learning disability nurse, Adult Learning Disability Health Team" but K has no advice from that service (medical advice is from the GP)',
  'SC-PROVISION-SPECIFIC': 'H1 "Not applicable (Maya is over 18)"; H2 "6 hours per week, funded by Adult Social Care under the Care Act 2014" - pass',
  'CA-DATED': 'Template rows "Advice ... any other person the local authority thinks appropriate" and "... parent or young person reasonably requests" left unfilled - template rows, not advice items - pass'})

plan('e111.docx','national-template',14,'Year 9',['vision','SEMH'],'reported views in professional register (SENCo interview) plus foster carers',
 ['CA-STATUTORY-ADVICE','SC-NEEDS','SC-STATUTORY-LINK','LG-READABILITY','LG-JARGON','PC-ASPIRATIONS','PC-ASPIRATION-LINK'], ['HC-THERAPY-PLACEMENT'],
 {'CA-STATUTORY-ADVICE': 'Visual impairment but K has no advice from a qualified teacher of the visually impaired (QTVI); only "Habilitation advice - Mr I. Rowe, Habilitation Specialist"',
  'SC-NEEDS': 'D: "Leo is looked after by the local authority and lives with foster carers." - no social care needs described, nor a statement that there are none',
  'SC-STATUTORY-LINK': 'Looked-after child: D and H1/H2 ("None.") make no reference to the care plan, the PEP or the social worker\'s contribution; nothing shows how his looked-after status informed the plan',
  'LG-READABILITY': 'A and E in professional register: "he perceives that staff are insufficiently cognisant of his visual needs"; "It is anticipated that, by the conclusion of Key Stage 4 (July 2028), Leo will demonstrate consolidated and independent utilisation of his LVAs..."',
  'LG-JARGON': 'Unexplained on first use: "CVI", "SEMH", "VI", "LVAs", "O&M", "ROVI", "SENCo", "N24 bold"',
  'PC-ASPIRATIONS': 'Aspirations box: "See views above." - the views state no aspirations for now or the future',
  'PC-ASPIRATION-LINK': 'No aspirations stated and outcomes do not build on his interests (audiobooks, football podcasts, goalball)',
  'PC-PFA': 'Year 9 outcomes include independent living (hot meal), community club, post-16 route, independent travel - pass',
  'SC-ADVICE': 'Social care advice "Ms A. Petrova, Social Worker, Children Looked After Team | 10.07.2026" - pass',
  'SC-PROVISION-SPECIFIC': 'H2: "None. Short breaks were considered with Leo\'s carers and are not needed at present." - pass',
  'PC-VOICE': 'Tricky pass: views attributed ("obtained by the SENCo during a structured pupil-voice interview"), though badly written (LG-READABILITY)'})

plan('e112.docx','national-template',17,'Year 12',['speech and language (DLD)','SEMH'],'first person (written by young person) plus parents',
 [], ['SC-STATUTORY-LINK'],
 {'PC-OUTCOME-NOT-PROVISION': 'Traps: "Priya will be awarded the Level 2 Diploma in Animal Care" and "receive a positive employer review at week 12" are achievements - pass',
  'PR-QUANTIFIED': 'Traps: "25 per cent extra time and use of a word processor ... Arranged by the college exams office"; laptop "with updates and repairs handled by the college assistive technology co-ordinator"; SALT "Once a term, 1.5 hours" consultation - pass',
  'HC-DCO-SIGNOFF': '"The Designated Clinical Officer for Harrowfield, Dr S. Okoro, confirmed on 28 August 2026 that the ICB agrees the health provision above." - pass',
  'CA-DATED': 'Template row "... any person the child\'s parent or young person reasonably requests ..." left unfilled - a template row, not an advice item - pass',
  'CA-ANNUAL-REVIEW': 'Last annual review 14.07.2026; amended plan "Sep-26 (issued 04.09.2026)" - pass'})

import datetime
doc = {'audit_date': datetime.date(2026, 12, 1), 'plans': P}
open('labels.yaml','w').write(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=200))
from collections import Counter
c = Counter(k for p in P for k, v in p['labels'].items() if v == 'fail')
print('sound:', sum(1 for p in P if 'fail' not in p['labels'].values()), 'failing:', sum(1 for p in P if 'fail' in p['labels'].values()))
for k in CRIT: print(k, c.get(k, 0))
