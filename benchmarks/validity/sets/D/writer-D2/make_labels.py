import yaml
CRIT = ['CA-DATED','CA-ADVICE-AGE','CA-STATUTORY-ADVICE','CA-ANNUAL-REVIEW',
 'PC-OUTCOME-NOT-PROVISION','PC-SMART','PC-VOICE','PC-ASPIRATIONS','PC-ASPIRATION-LINK','PC-PFA','PC-STRENGTHS',
 'PR-VAGUE-WORDING','PR-QUANTIFIED','PR-OUTCOME-LINK',
 'HC-NEEDS','HC-PROVISION-SPECIFIC','HC-NEEDS-MET','HC-ADVICE','HC-DCO-SIGNOFF','HC-THERAPY-PLACEMENT','HC-ADVICE-PROVIDERS','HC-OUTCOMES',
 'SC-NEEDS','SC-STATUTORY-LINK','SC-PROVISION-SPECIFIC','SC-ADVICE','SC-RIGHT-SECTION',
 'LG-SPELLING','LG-GRAMMAR','LG-READABILITY','LG-JARGON']
NOHEALTH = {'HC-PROVISION-SPECIFIC':'na','HC-NEEDS-MET':'na','HC-DCO-SIGNOFF':'na','HC-ADVICE-PROVIDERS':'na','HC-OUTCOMES':'na'}
P = []
def plan(file, layout, age, yg, needs, voice, pfa, over, why, nohealth=False):
    lab = {c:'pass' for c in CRIT}
    lab['PC-PFA'] = 'pass' if pfa else 'na'
    lab['SC-STATUTORY-LINK'] = 'na'
    if nohealth: lab.update(NOHEALTH)
    lab.update(over)
    P.append(dict(file=file, layout=layout, age=age, year_group=yg, needs=needs, voice=voice, labels=lab, why=why))

plan('d201.docx','bold-statutory',15,'Year 10',['hearing impairment'],'first person (All about me) + family',True,{},{
 'PC-OUTCOME-NOT-PROVISION':'"complete a one-week work experience placement ... and receive a written reference from her placement supervisor rating her punctuality and teamwork as good or better" - an achievement, not provision (trap: PASS)',
 'PR-QUANTIFIED':'"Access arrangements: 25% extra time, a separate small room and a live speaker ... organised by the Examinations Officer with the SENCo" - access arrangement, no group size needed; "QToD ... will visit fortnightly for 1 hour" - professional visit; radio aid "provided, checked and repaired by the Educational Audiologist" (trap: PASS)',
 'PR-VAGUE-WORDING':'"March 2027 is when Carys\'s careers guidance begins" - month name at sentence start, not the modal (trap: PASS)',
 'HC-DCO-SIGNOFF':'"agreed for the Integrated Care Board (ICB) by Dr Rhian Mostyn, Designated Clinical Officer (DCO), on 30th June 2026"',
 'CA-STATUTORY-ADVICE':'QToD advice (Ms Evans, 28th April 2026) and PfA advice (careers adviser, 11th May 2026) both listed',
})
plan('d202.docx','shaded-heading-table',8,'Year 3',['speech and language (DLD)','EAL'],'child views via pictures with bilingual TA + family via interpreter',False,
 {'PR-VAGUE-WORDING':'fail','PC-OUTCOME-NOT-PROVISION':'fail','LG-JARGON':'fail','CA-DATED':'fail'},{
 'PR-VAGUE-WORDING':'"Amira will have opportunities to practise new vocabulary in a group of 3 with the bilingual TA, 15 minutes three times a week, as appropriate." and "Regular check-ins with the SENCo (5 minutes, Monday mornings) ... where possible." - woolly wording (items are otherwise quantified, so PR-QUANTIFIED passes)',
 'PC-OUTCOME-NOT-PROVISION':'E2 "Amira will receive speech and language therapy every week in school." and E4 "Amira has a bilingual TA to support her in English and phonics lessons." - provision written as outcomes',
 'PC-SMART':'the genuine outcomes (E1, E3, E5, E6) are specific, measured and dated; E2/E4 are graded under PC-OUTCOME-NOT-PROVISION (tricky PASS)',
 'LG-JARGON':'"a diagnosis of DLD, confirmed by the SaLT ... with the CELF-5 ... Her SLCN ... not due to EAL alone"; "NELI intervention", "TA trained in RWI", "SENCo", "TA", "NC year" - never spelled out',
 'CA-DATED':'K row "Speech and language therapy advice | Hartsbrook Children\'s Therapies (SaLT) |" - no date (and no named person)',
 'HC-NEEDS':'"Amira had a hearing test ... which was normal. She has no other health needs." - plainly none, with basis',
})
plan('d203.docx','national-template',6,'Year 1',['Down syndrome','hearing (glue ear)','speech and language'],'views through photographs and Makaton gathered by TA + parents',False,
 {'HC-NEEDS-MET':'fail','HC-OUTCOMES':'fail','HC-THERAPY-PLACEMENT':'fail','HC-ADVICE':'fail','HC-ADVICE-PROVIDERS':'fail','CA-STATUTORY-ADVICE':'fail','PC-SMART':'fail'},{
 'HC-NEEDS-MET':'C row "Poppy has an underactive thyroid (hypothyroidism) and takes levothyroxine each morning. She has regular blood tests." - G and E cells for this row left empty',
 'HC-OUTCOMES':'no outcome for the hypothyroidism row (E cell empty)',
 'HC-THERAPY-PLACEMENT':'G: "NHS speech and language therapist (SaLT): a block of 6 weekly 30-minute therapy sessions in school each term, 1:1, with a written programme for the TA" - therapy that educates is in G, not F',
 'HC-ADVICE':'K: "Medical advice | Requested 14/01/2026 - not received at the time this plan was issued | Community Paediatrics"',
 'HC-ADVICE-PROVIDERS':'Paediatric Audiology provides in G (6-monthly hearing tests) but gave no advice listed in K; no medical advice at all',
 'CA-STATUTORY-ADVICE':'medical (health) advice not received - statutory advice incomplete',
 'PC-SMART':'"By July 2027, Poppy will be more confident and happier when playing with other children." - no measure',
 'CA-DATED':'every advice actually received is named and dated; the Y9 PfA row and the parent-requested row are untouched template rows (not advice items) (tricky PASS)',
 'HC-DCO-SIGNOFF':'"agreed on behalf of North Fellshire Integrated Care Board by Mrs Sue Metcalfe, Designated Clinical Officer (DCO), 20 April 2026"',
})
plan('d204.docx','bold-statutory',11,'Year 6',['ADHD','SEMH'],'child quote (me map with teacher) + mum',False,
 {'SC-STATUTORY-LINK':'fail','SC-ADVICE':'fail','SC-PROVISION-SPECIFIC':'fail','CA-STATUTORY-ADVICE':'fail','PR-QUANTIFIED':'fail','PR-VAGUE-WORDING':'fail','CA-ANNUAL-REVIEW':'fail'},{
 'SC-STATUTORY-LINK':'D: "Kieran and his sister are subject to a child protection plan under the category of neglect (since November 2023). Kieran has an allocated social worker." - H1 "None.", H2 "None.", no social worker contribution, no social care advice in K',
 'SC-ADVICE':'K lists parents, child, SENCo, EP, paediatrician, annual review report - no social care advice',
 'SC-PROVISION-SPECIFIC':'H1 "None." H2 "None." - no statement that short breaks / early help were considered',
 'CA-STATUTORY-ADVICE':'social care advice missing from K',
 'PR-QUANTIFIED':'"The learning mentor will run a social skills group for Kieran and peers." - no frequency, length or group size; "a quiet space he can go to" - no who/when',
 'PR-VAGUE-WORDING':'"Kieran should have movement breaks where possible, and a quiet space he can go to."',
 'CA-ANNUAL-REVIEW':'"Date of last annual review | 18 September 2025" (amended 2 October 2025) - more than 12 months before the audit date 2026-12-01',
 'SC-NEEDS':'D states the child protection status and the allocated social worker (tricky PASS - the failure is that the status did not inform the plan)',
 'CA-ADVICE-AGE':'advice January 2024 for a plan issued 6 March 2024 (recent at issue)',
 'PC-SMART':'outcomes are specific, measured and dated (July 2026 - now passed because the plan was not reviewed; that is CA-ANNUAL-REVIEW)',
})
plan('d205.docx','shaded-heading-table',3,'Early years (pre-school)',['autism','speech and language'],'What Isla tells us through her play (key person) + parents',False,{},{
 'PC-VOICE':'"These views were gathered by Isla\'s key person at pre-school, Becky, who watched and played with her over four weeks in July 2026" (trap: very young child, PASS)',
 'PR-QUANTIFIED':'"A speech and language therapist (SaLT) ... will visit the setting every half-term (6 visits a year, 1 hour each)" - professional visit; photo-strip timetable "made and kept up to date by her key person" (PASS)',
 'HC-DCO-SIGNOFF':'"agreed by the Designated Clinical Officer, Mr Tom Ellery, on behalf of the Integrated Care Board on 29th September 2026"',
})
plan('d206.docx','national-template',14,'Year 9',['vision impairment'],'young person\'s own written views + mum',True,{},{
 'PR-QUANTIFIED':'"A laptop with screen magnification software (ZoomText) ... set up and updated each term by the school IT technician"; "Access arrangements: 25% extra time, modified enlarged papers ... applied for by the Exams Officer and the SENCo" (trap: PASS)',
 'PC-OUTCOME-NOT-PROVISION':'"complete a week of work experience ... and receive a written report from her supervisor saying she met the placement\'s expectations" - achievement (trap: PASS)',
 'HC-NEEDS':'"Maya has no difficulty walking and is fit and active" alongside real health needs (albinism, nystagmus, sun-sensitive skin) which are described and met (trap: PASS)',
 'CA-STATUTORY-ADVICE':'QTVI advice (Mrs Grant, 25th September 2026) and PfA advice (careers adviser, 30th September 2026) listed',
 'HC-DCO-SIGNOFF':'"agreed with Aldwick Integrated Care Board by its Designated Clinical Officer, Mr Daniel Frost, on 26th October 2026"',
})
plan('d207.docx','bold-statutory',17,'Year 12',['autism','SEMH (anxiety)'],'young person\'s own words + parents',True,
 {'PC-PFA':'fail','PC-ASPIRATIONS':'fail','PC-ASPIRATION-LINK':'fail','LG-SPELLING':'fail','LG-GRAMMAR':'fail','HC-NEEDS':'fail'},{
 'PC-PFA':'E covers only the diploma, an English resit, assignments and attendance - nothing on independent living, friends/community or health, though parents say "he doesnt go out unless they take him"',
 'PC-ASPIRATIONS':'Section A records likes and worries only; no aspirations for now or the future from Ethan or his family (no heading, no hopes)',
 'PC-ASPIRATION-LINK':'interests in A (building computers, strategy games) are not reflected; outcomes are about a Business diploma and English GCSE with no stated aspiration to build on',
 'LG-SPELLING':'"people don\'t do there share", "he doesnt go out", "recieve more help to be independant", "a seperate room", "His english is at GCSE grade 4", "taught by an english lecturer"',
 'LG-GRAMMAR':'"Ethan need help to organise larger assignments and to begin written work, he find it hard to start." and "will meets Ethan every Monday"',
 'HC-NEEDS':'C: "To be confirmed." (G: "None identified at this time.")',
})
plan('d208.docx','shaded-heading-table',4,'Reception',['physical (cerebral palsy)'],'parents only',False,
 {'PC-VOICE':'fail','PC-STRENGTHS':'fail','HC-PROVISION-SPECIFIC':'fail','HC-DCO-SIGNOFF':'fail'},{
 'PC-VOICE':'Section A has only "Parents\' views"; nothing from Oliver (a talking 4-year-old whose "speech is clear") and no account of how his views were sought',
 'PC-STRENGTHS':'A and B are deficit-only: "He cannot walk without a walking frame and falls often. He cannot dress himself or use the toilet independently. He has difficulty holding a pencil ..."; B has no strengths section',
 'HC-PROVISION-SPECIFIC':'G: "physiotherapy for Oliver\'s legs as needed", "Orthotics service: review of Oliver\'s ankle-foot orthoses.", "Community paediatrician: to continue to monitor" - no frequency or amount',
 'HC-DCO-SIGNOFF':'no record anywhere that health (DCO/commissioner) agreed Section G',
 'HC-NEEDS-MET':'each health need in C (CP, orthoses) has a G item, though unquantified (graded under HC-PROVISION-SPECIFIC)',
})
plan('d209.docx','national-template',20,'Post-19',['severe learning difficulty','epilepsy'],'Talking Mats via SaLT + mother (officialese)',True,
 {'PR-QUANTIFIED':'fail','PR-OUTCOME-LINK':'fail','PC-OUTCOME-NOT-PROVISION':'fail','SC-RIGHT-SECTION':'fail','LG-READABILITY':'fail'},{
 'PR-QUANTIFIED':'"Functional numeracy sessions with support.", "Work experience in the college garden centre.", "Job coach support.", "Travel training with college staff.", "Staff to prepare Jordan for changes." - no frequency, duration, ratio or expertise',
 'PR-OUTCOME-LINK':'communication and interaction row: need ("relies on PECS ... cannot yet use his communication book with unfamiliar people") and outcome present, F cell empty',
 'PC-OUTCOME-NOT-PROVISION':'"Jordan will receive 1:1 support for money skills." and "Jordan will be supported by staff when there are changes to his routine."',
 'SC-RIGHT-SECTION':'F: "Overnight respite at Oakfield short breaks unit, 2 nights a month, funded by Adult Social Care." and "Personal care support at home each morning (45 minutes) from a care agency."; H2: "Care and support under the Care Act 2014 is set out in Section F above"',
 'LG-READABILITY':'A: "Jordan indicated positive affective responses in relation to swimming ... whereas negative responses were indicated in relation to crowded environments"; "Maternal views: ... she presents as happy ... articulated concerns regarding seizure management in community contexts"; E: "will demonstrate generalisation of his utilisation of a PECS sentence strip ... to a minimum of 2 unfamiliar communication partners", "attain independence in the component tasks of dressing subsequent to swimming sessions, necessitating verbal prompting only"',
 'LG-JARGON':'acronyms and technical terms are explained (SLD, PECS, AAC, SaLT, Talking Mats, buccal midazolam, objects of reference) - the problem is convoluted officialese (tricky PASS)',
 'SC-PROVISION-SPECIFIC':'the social care provision itself is specific (2 nights a month; 45 minutes each morning) - its placement is graded under SC-RIGHT-SECTION',
 'PC-SMART':'the real outcomes are measurable and dated; the two provision statements are graded under PC-OUTCOME-NOT-PROVISION',
})
plan('d210.docx','bold-statutory',12,'Year 8',['SEMH','moderate learning difficulty'],'child quote + foster carers',False,
 {'SC-NEEDS':'fail','SC-STATUTORY-LINK':'fail','HC-NEEDS-MET':'fail','HC-OUTCOMES':'fail','CA-ADVICE-AGE':'fail','PC-SMART':'fail'},{
 'SC-NEEDS':'D: "No social care needs identified in relation to Tyler\'s SEN." for a child in the care of the local authority (A: "since he came into the care of North Fellshire County Council in 2023") - no basis given',
 'SC-STATUTORY-LINK':'looked-after child: no social worker contribution, care plan or Personal Education Plan (PEP) mentioned in D or H; social care advice in K is from the Children with Disabilities Team, not his social worker',
 'HC-NEEDS-MET':'C: "Tyler has asthma and uses a blue reliever inhaler." - G has only the looked-after children health assessment; nothing for asthma (inhaler in school, healthcare plan)',
 'HC-OUTCOMES':'no outcome relating to asthma',
 'CA-ADVICE-AGE':'"Psychological advice - Dr P. Nolan, Educational Psychologist, 15 March 2023" - about 42 months old at issue (21 September 2026)',
 'PC-SMART':'"By the end of Year 9 (July 2027), Tyler will have better relationships with adults in school and will feel more settled in lessons." - no measure',
 'SC-PROVISION-SPECIFIC':'H1 says short breaks were considered and not needed (PASS)',
 'SC-ADVICE':'"Social care advice - Children with Disabilities Team (Mr Dodds, team manager), 12 July 2026" - attributed, dated, current (PASS)',
})
plan('d211.docx','shaded-heading-table',10,'Year 5',['SEMH (anxiety)','specific learning difficulty (dyslexia)'],'first person (About me) + mum',False,{},{
 'PR-VAGUE-WORDING':'"May 2027 is the month of the Key Stage 2 tests for her class" - month name, not modal (trap: PASS)',
 'PR-QUANTIFIED':'"a C-Pen reading pen ... set up, charged and checked weekly by the class teaching assistant (TA)"; "A specialist teacher for SpLD ... will visit once each half-term (6 visits a year, 1 hour each)"; reader and quiet room "arranged by the SENCo" (PASS)',
 'HC-DCO-SIGNOFF':'"Section G has been checked and agreed by the Designated Clinical Officer (Dr Lorna Fisher) for Ashworth Integrated Care Board, dated 2nd November 2026"',
 'CA-ANNUAL-REVIEW':'"Date of last annual review | 16/10/2026"',
})
plan('d212.docx','national-template',18,'Year 13 equivalent (post-16 college)',['moderate learning difficulty','speech and language','Type 1 diabetes'],'young person\'s own words + dad',True,{},{
 'PC-OUTCOME-NOT-PROVISION':'"Leah will gain her Entry Level 3 Functional Skills qualification ..." and "will access the town centre independently, travelling by bus ... on her own on 3 occasions" - achievements (traps: PASS)',
 'HC-NEEDS':'"She has no difficulty walking and is fit and active" alongside Type 1 diabetes, which is described and met (trap: PASS)',
 'HC-DCO-SIGNOFF':'"The Designated Clinical Officer ..., Dr Rhian Mostyn, confirmed on 24th March 2026 that health agrees to the provision in the C-G-E table"',
 'CA-DATED':'the parent-requested K row is an unfilled template row, not an advice item (trap: PASS)',
 'SC-RIGHT-SECTION':'Care Act personal assistant support and supported-living taster are in H2 (PASS)',
})
import datetime
doc = {'audit_date': datetime.date(2026, 12, 1), 'plans': P}
with open('labels.yaml','w') as f:
    f.write('# Answer key for set D2 (writer D2). Audit date for every plan: 2026-12-01.\n')
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=200)
# summary
from collections import Counter
c=Counter(); sound=[];fail=[]
for p in P:
    fs=[k for k,v in p['labels'].items() if v=='fail']
    (fail if fs else sound).append(p['file'])
    c.update(fs)
print('sound',sound); print('failing',fail)
for k in CRIT: print(k, c[k])
missing=[k for k in CRIT if c[k]==0]; print('missing', missing)
