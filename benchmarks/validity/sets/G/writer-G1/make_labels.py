"""Writes labels.yaml (answer key) for set G1."""
import yaml
CRIT = ['CA-DATED','CA-ADVICE-AGE','CA-STATUTORY-ADVICE','CA-ANNUAL-REVIEW',
 'PC-OUTCOME-NOT-PROVISION','PC-SMART','PC-VOICE','PC-ASPIRATIONS','PC-ASPIRATION-LINK','PC-PFA','PC-STRENGTHS',
 'PR-VAGUE-WORDING','PR-QUANTIFIED','PR-OUTCOME-LINK',
 'HC-NEEDS','HC-PROVISION-SPECIFIC','HC-NEEDS-MET','HC-ADVICE','HC-DCO-SIGNOFF','HC-THERAPY-PLACEMENT','HC-ADVICE-PROVIDERS','HC-OUTCOMES',
 'SC-NEEDS','SC-STATUTORY-LINK','SC-PROVISION-SPECIFIC','SC-ADVICE','SC-RIGHT-SECTION',
 'LG-SPELLING','LG-GRAMMAR','LG-READABILITY','LG-JARGON']

def plan(file, layout, age, yg, needs, voice, na=(), fail=None, why=None):
    fail = fail or {}
    labels = {}
    for c in CRIT:
        labels[c] = 'fail' if c in fail else ('na' if c in na else 'pass')
    w = dict(fail); w.update(why or {})
    return dict(file=file, layout=layout, age=age, year_group=yg, needs=needs, voice=voice, labels=labels, why=w)

NO_SC = ['SC-STATUTORY-LINK']
P = []
P.append(plan('g101.docx','bold-statutory',3,'Nursery (FS1)',['Down syndrome','SLCN','hearing (glue ear)'],
  'observation through play by key person; parents',
  na=['PC-PFA']+NO_SC,
  why={'PC-VOICE': '"What Ruby tells us through play and signing" - gathered by her key person over three sessions (trap: very young child, views through play: PASS)',
       'PR-QUANTIFIED': 'SaLT visit "Once per half term, 1 hour each visit (6 visits a year)" and OT "Termly consultation (1.5 hrs)" - professional visits need no group size (trap: PASS)',
       'PR-VAGUE-WORDING': '"the board is made and kept up to date by her key person" - "up to" here is not a hedge (PASS)',
       'HC-DCO-SIGNOFF': '"agreed on behalf of the Integrated Care Board by Dr Priya Raman, Designated Clinical Officer (DCO), on 9 September 2026"'}))
P.append(plan('g102.docx','ef-table',8,'Year 4',['ADHD','SEMH'],'first person (All about me) + family, third person',
  na=['PC-PFA','HC-THERAPY-PLACEMENT'],
  fail={'SC-STATUTORY-LINK': 'D: "Mason and his younger sister have been subject to a child protection plan since 3 February 2026 (category: neglect). Mum is working with the family\'s social worker." - H1 "None." H2 "None."; no social worker contribution, CP plan not reflected anywhere, no social care advice in K',
        'SC-ADVICE': 'K lists parents, Mason, SENCo, EP and Community Paediatrician only - no social care advice although the child is on a CP plan',
        'CA-STATUTORY-ADVICE': 'K has no social care advice (reg 6 statutory advice missing)',
        'SC-PROVISION-SPECIFIC': 'H1: "None." H2: "None." - for a child on a CP plan, with no statement that short breaks / early help / CP plan support were considered',
        'SC-NEEDS': 'D only records the CP status; it does not describe Mason\'s social care needs or how they relate to his SEN',
        'PC-SMART': '"By the end of Year 4 (July 2027), Mason will be more settled and will enjoy coming to school." measured by "staff and Mum will see that Mason is happier" - not measurable',
        'LG-GRAMMAR': '"Mum said that Mason have always been a lively, loving boy and he love being outdoors. She feel that ... the afternoons is still hard"; "Mason find it difficult"; "He don\'t always hear"; "there has been about three incidents a week"',
        'HC-ADVICE-PROVIDERS': 'G: "ADHD Specialist Nurse, CAMHS" provides medication reviews and a sleep programme, but K has no CAMHS advice (only the Community Paediatrician)'}))
P.append(plan('g103.docx','national-template',15,'Year 10',['hearing impairment (cochlear implants)'],'first person quote (speech/BSL to QToD) + parents',
  na=['HC-THERAPY-PLACEMENT']+NO_SC,
  why={'PC-OUTCOME-NOT-PROVISION': '"Tyler will be awarded GCSE English Language at grade 4" and "Tyler will receive a positive report from his work experience employer" - achievements, not provision (trap: PASS)',
       'PR-QUANTIFIED': '"Extra time (25%), a live speaker ... organised by the Exams Officer" (access arrangement) and radio aid "maintained by the Educational Audiologist" - what and who is enough (trap: PASS)',
       'CA-DATED': 'the template K row "Advice and information from any person the child\'s parent ... reasonably requests" is left unfilled - a template row, not an advice item (trap: PASS)',
       'CA-STATUTORY-ADVICE': 'QToD advice (2026-09-10) and PfA advice (Careers Adviser 2026-09-25) present',
       'HC-DCO-SIGNOFF': '"checked and agreed on 2026-10-14 by Dr Priya Raman, Designated Clinical Officer (DCO)"'}))
P.append(plan('g104.docx','bold-statutory',12,'Year 7',['ASC','epilepsy'],'first person quotes (Kofi) + parents',
  na=['PC-PFA','HC-THERAPY-PLACEMENT']+NO_SC,
  fail={'HC-NEEDS-MET': 'C: "Kofi has epilepsy ... two tonic-clonic seizures in the last year ... buccal midazolam prescribed as rescue medicine" - G only has "Review of autism, sleep and melatonin prescription"; no epilepsy care plan, nurse, staff training or rescue-medication provision',
        'HC-OUTCOMES': 'no outcome in E relates to his epilepsy (only the sleep outcome is health-related)',
        'PR-VAGUE-WORDING': '"Kofi will have opportunities to take part in lunchtime clubs and friendship activities as appropriate." and "Kofi will be given access to a quiet space when required."',
        'PR-QUANTIFIED': 'the same two items: "Ongoing | School staff" and "When needed | Pastoral team" - no frequency, duration or defined staff',
        'LG-SPELLING': '"no freinds", "at the begining of a task", "Seperate changing area", "The enviroment", "Kofi will recieve a copy"',
        'PC-ASPIRATIONS': 'Section A has views, interests and parents\' worries but no aspirations for now or the future from Kofi or his parents',
        'PC-ASPIRATION-LINK': 'with no aspirations recorded, the outcomes cannot build on them; none draws on his interests (trains, maps, science) either'}))
P.append(plan('g105.docx','ef-table',6,'Year 2',['DLD (speech and language)','EAL','asthma'],'child\'s words + talking mats; parents via interpreter',
  na=['PC-PFA']+NO_SC,
  why={'PR-QUANTIFIED': 'SaLT "Once per half term, 1 hour each visit (6 a year)" - a professional\'s visit needs no group size (trap: PASS)',
       'HC-NEEDS': '"Zara has no difficulty walking, running or climbing" alongside her asthma - the asthma is described in C and met in G (trap: PASS)'}))
P.append(plan('g106.docx','national-template',14,'Year 9',['SLD','ASC traits','dysphagia'],'observation / photo choices by class team; parents via interpreter',
  na=NO_SC,
  fail={'PC-OUTCOME-NOT-PROVISION': 'E cells: "Aisha will receive speech and language therapy every week.", "Aisha will be given a visual timetable.", "Aisha has a 1:1 TA for all lessons."',
        'PC-SMART': 'the same three E cells have no measure or timescale - three of the five education outcomes are not SMART outcomes at all',
        'PC-PFA': 'Year 9 plan with no preparing-for-adulthood outcomes: nothing on post-16 education/work, where she will live, community participation as an adult',
        'CA-STATUTORY-ADVICE': 'no preparing-for-adulthood advice in K for a Year 9 pupil (the PfA row has been deleted)',
        'HC-THERAPY-PLACEMENT': 'G: "Speech and language therapy: weekly 30-minute 1:1 session with the Speech and Language Therapist (SaLT) ... working on PECS Phase 3" - educational therapy placed in G, not F',
        'HC-NEEDS-MET': 'C: "Dysphagia (difficulty swallowing safely): Aisha is at risk of choking" - G cell for this need is empty'}))
P.append(plan('g107.docx','bold-statutory',17,'Post-16 (Year 13)',['ASC','anxiety','type 1 diabetes'],'first person (written by Nadia with tutor) + mother',
  na=['HC-THERAPY-PLACEMENT']+NO_SC,
  why={'PC-OUTCOME-NOT-PROVISION': '"Nadia will be awarded her Level 2 Diploma in Animal Care and gain a positive report from her city farm placement supervisor" - achievement (trap: PASS); "travel independently around the community by bus" (trap: PASS)',
       'PR-QUANTIFIED': '"Laptop with speech-to-text ... set up and maintained by the college IT technician" and "25% extra time ... Arranged by the college Exams Officer" - equipment/access arrangements (trap: PASS)',
       'HC-DCO-SIGNOFF': '"Health provision confirmed by the Designated Clinical Officer, Dr Priya Raman, on 8 July 2026."',
       'SC-RIGHT-SECTION': 'personal assistant short break in H1, Care Act transition in H2; travel training in F is education/PfA provision'}))
P.append(plan('g108.docx','ef-table',16,'Year 11',['SEMH','literacy difficulties'],'first person quotes + mother',
  na=['HC-PROVISION-SPECIFIC','HC-NEEDS-MET','HC-DCO-SIGNOFF','HC-THERAPY-PLACEMENT','HC-ADVICE-PROVIDERS','HC-OUTCOMES']+NO_SC,
  fail={'PC-STRENGTHS': 'A and B are deficit-only: "I don\'t like school", "I can\'t do English"; Mum\'s worries; B "Current attainment" lists "two fixed-term suspensions" and predicted grades, barriers "difficulty managing his anger", "poor attendance", "low self-esteem" - no strengths anywhere',
        'CA-ADVICE-AGE': '"Psychological advice | Dr Sam Whitfield, Educational Psychologist (EP) | 2023-03-21" - about 31 months old when the plan was issued (2025-10-14)',
        'CA-ANNUAL-REVIEW': '"EHCP issued on 2025-10-14 (amended after the annual review meeting of 23/9/25)" - both more than 12 months before the audit date 2026-12-01',
        'PC-OUTCOME-NOT-PROVISION': 'E: "Kai has a 1:1 mentor for all lessons." / "Kai will be supported by his mentor in every lesson."',
        'PC-SMART': 'that outcome is measured by "mentor timetable" - not a measurable outcome for Kai'},
  why={'HC-NEEDS': '"His GP confirmed (letter, 2025-07-02), after seeing Kai and checking his records, that he has no health needs affecting his learning" - none, with basis (PASS)'}))
P.append(plan('g109.docx','national-template',10,'Year 5',['vision impairment'],'first person quote (told to TA) + mother',
  na=['HC-THERAPY-PLACEMENT']+NO_SC,
  fail={'CA-STATUTORY-ADVICE': 'vision impairment but no advice from a qualified teacher of the visually impaired in K (only parent, Hana, SENCo, ophthalmologist, EP, CWD Team)',
        'CA-DATED': 'K: "Educational advice (school) |  | Mrs Ahmed, SENCo" and "Medical advice |  | Consultant Ophthalmologist" - Date received left blank',
        'HC-ADVICE': 'the only medical advice (Consultant Ophthalmologist, Eye Clinic) is undated, so its currency cannot be shown',
        'HC-PROVISION-SPECIFIC': 'G: "Ophthalmology at St Anselm\'s Hospital to continue to monitor Hana\'s eyes." / "Orthoptist input as needed." - no frequency or content',
        'HC-DCO-SIGNOFF': 'no record anywhere that health (DCO/commissioner) agreed the health provision'},
  why={'CA-ADVICE-AGE': 'all dated items are from March 2026 (issued 2026-04-27); the two undated items are penalised under CA-DATED / HC-ADVICE, not here'}))
P.append(plan('g110.docx','bold-statutory',20,'Post-19',['SLD/PMLD','physical (cerebral palsy)'],'professional third person (clinical) + mother',
  na=NO_SC,
  fail={'PC-VOICE': 'Section A has "Background and presentation" by professionals and "Family views" only - no views of Callum and no account of how they were sought (e.g. observation, objects, eye-pointing)',
        'LG-READABILITY': 'A: "C is a 20 y/o male with PMLD/SLD secondary to bilateral spastic CP (GMFCS IV, MACS III)... receptive skills at single ICW level"; E: "C will demonstrate increased intentional functional communication using his AAC system (PODD) across 80% of ISP-identified opportunities" - not readable by a family',
        'LG-JARGON': 'PMLD, SLD, CP, GMFCS, MACS, WC, AAC, ICW, ADLs, MDT, TEACCH, PODD, ISP, DCO never explained',
        'PR-VAGUE-WORDING': '"Callum will have access to physiotherapy-informed exercise and hydrotherapy as required." and "Regular opportunities for community visits and travel on public transport."',
        'PR-QUANTIFIED': 'same two items: "As required | College staff" and "Regular | Community tutor" - no frequency, duration, ratio or expertise',
        'SC-NEEDS': 'D: "Not known at this time."',
        'SC-RIGHT-SECTION': 'F contains "Overnight short breaks at Willow House respite unit | 2 nights a month | Funded by Adult Social Care" and "Personal assistant at home at weekends (Care Act support package) | 14 hours a week"',
        'SC-PROVISION-SPECIFIC': 'H1 "None." H2 "None." - the short breaks and Care Act package are not recorded in H and there is no statement of what was considered'},
  why={'CA-STATUTORY-ADVICE': 'parent, educational, EP, health, social care (Care Act) and PfA advice all present; the missing young person\'s view is graded under PC-VOICE'}))
P.append(plan('g111.docx','ef-table',11,'Year 6',['physical (hemiplegia)'],'first person (written with TA) + parents',
  na=['PC-PFA']+NO_SC,
  why={'PR-VAGUE-WORDING': '"May 2026 onwards: the Specialist Teacher for Physical Disability will plan Dev\'s move" - "May" is the month (trap: PASS)',
       'PR-QUANTIFIED': '"Laptop with word-prediction software ... set up and maintained by the school IT technician"; "25% extra time ... Arranged by the SENCo" (trap: PASS)',
       'HC-DCO-SIGNOFF': '"Dr Priya Raman, Designated Clinical Officer (DCO) for Kellingford, confirmed the health provision on 2026-03-17."'}))
P.append(plan('g112.docx','national-template',7,'Year 3',['ASC','EAL (Polish)','fine motor'],'drawings and choices board gathered by specialist teacher + foster carers',
  na=['HC-PROVISION-SPECIFIC','HC-NEEDS-MET','HC-DCO-SIGNOFF','HC-ADVICE-PROVIDERS','HC-OUTCOMES','PC-PFA'],
  fail={'SC-STATUTORY-LINK': 'front matter "Currently a looked after child? Yes"; D: "Leo has been looked after by the local authority since 2025 and lives with experienced foster carers" - no reference to his care plan, PEP (Personal Education Plan), virtual school or what his social worker advised; H1/H2 add nothing',
        'HC-NEEDS': 'C - Health care needs: "Not known." (G "N/A") although he has an autism diagnosis and medical advice was received',
        'PR-OUTCOME-LINK': 'B (sensory/physical): "Leo has weak fine motor skills: he holds his pencil in his fist..." - the F cell is empty, so this need and the outcome "will write his first name and a simple sentence" have no provision',
        'PC-SMART': '"By the end of Year 3, Leo will feel calmer and more confident in class." - no measure'},
  why={'SC-ADVICE': '"Social care | 2026-05-06 | Leo\'s social worker, Children Looked After Team" - advice listed, attributed, dated (PASS); the failure is that D/H do not use it',
       'CA-DATED': 'the unfilled template rows (Y9 PfA; parent-requested advice) are template rows, not advice items (trap: PASS)',
       'HC-NEEDS-MET': 'graded NA: C records no health needs (itself a fail under HC-NEEDS)'}))

doc = dict(audit_date='2026-12-01', plans=P)
with open('labels.yaml','w') as f:
    f.write('# Set G1 answer key (writer G1). Every criterion of CRITERIA.md for every plan.\n')
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=200)
