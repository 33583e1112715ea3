"""Builds labels.yaml (answer key) for set Z2 and checks every quote in `why`."""
import re, sys, yaml
sys.path.insert(0, '.')
from extract import body_text

CRIT = ['CA-DATED', 'CA-ADVICE-AGE', 'CA-STATUTORY-ADVICE', 'CA-ANNUAL-REVIEW',
        'PC-OUTCOME-NOT-PROVISION', 'PC-SMART', 'PC-VOICE', 'PC-ASPIRATIONS', 'PC-ASPIRATION-LINK',
        'PC-PFA', 'PC-STRENGTHS', 'PR-VAGUE-WORDING', 'PR-QUANTIFIED', 'PR-OUTCOME-LINK',
        'HC-NEEDS', 'HC-PROVISION-SPECIFIC', 'HC-NEEDS-MET', 'HC-ADVICE', 'HC-DCO-SIGNOFF',
        'HC-THERAPY-PLACEMENT', 'HC-ADVICE-PROVIDERS', 'HC-OUTCOMES', 'SC-NEEDS', 'SC-STATUTORY-LINK',
        'SC-PROVISION-SPECIFIC', 'SC-ADVICE', 'SC-RIGHT-SECTION', 'LG-SPELLING', 'LG-GRAMMAR',
        'LG-READABILITY', 'LG-JARGON']
HC_NONE = ['HC-PROVISION-SPECIFIC', 'HC-NEEDS-MET', 'HC-DCO-SIGNOFF', 'HC-THERAPY-PLACEMENT',
           'HC-ADVICE-PROVIDERS', 'HC-OUTCOMES']

P = []
def plan(file, layout, age, year, needs, voice, fails=(), na=(), why=None):
    labels = {c: ('fail' if c in fails else 'na' if c in na else 'pass') for c in CRIT}
    P.append({'file': file, 'layout': layout, 'age': age, 'year_group': year, 'needs': needs,
              'voice': voice, 'labels': labels, 'why': why or {}})

plan('z201.docx', 'heading2-numbered', 2, 'Early years (funded two-year-old place)',
     ['Down syndrome', 'speech and language delay', 'hypotonia'],
     'views gathered through play, signing and observation; parents and grandparent quoted',
     na=['PC-PFA', 'SC-STATUTORY-LINK', 'SC-RIGHT-SECTION'],
     why={
      'PC-VOICE': 'PASS: "How we found out what Poppy likes and wants (through play, signing and watching Poppy)" - views of a young, mostly non-verbal child gathered by observation, symbols and Makaton, under a heading that says so (trap)',
      'HC-NEEDS': 'PASS: "is within the typical range for both ears, but she has low muscle tone (hypotonia)" - a no-difficulty statement next to a real need covered in G (physiotherapy) and E4 (trap)',
      'PR-VAGUE-WORDING': 'PASS: "made and kept up to date by the key person" - idiom, not the vague "up to" (trap)',
      'SC-NEEDS': 'PASS: "Poppy has no social care needs related to her special educational needs or disability at this time. This was the conclusion of the social care advice from the Children with Disabilities Team" - none, with the basis (trap)',
      'SC-PROVISION-SPECIFIC': 'PASS: "None. See Section D: no assessed social care needs. Short breaks and the Local Offer were discussed with the family" - short breaks considered',
      'HC-DCO-SIGNOFF': 'PASS: "reviewed and agreed by Dr Anita Rowe, Designated Clinical Officer (DCO)" (council wording)',
      'PR-QUANTIFIED': 'PASS: "will see Poppy on her own at nursery once every half term for 45 minutes" - therapist visit with who/how often/how long, no group size needed (trap); "From March 2027, the nursery SENCo will arrange at least three transition visits" (month-start sentence, trap)',
      'HC-THERAPY-PLACEMENT': 'PASS: speech and language therapy is in F ("Speech and language therapy: a speech and language therapist (SALT)"); physiotherapy in G is not SLT/OT',
      'CA-ANNUAL-REVIEW': 'PASS: "2 September 2026" issued within 12 months of the audit; under-5 six-monthly review noted',
     })

plan('z202.docx', 'ef-table', 14, 'Year 9', ['MLD', 'SEMH (anxiety)', 'young carer'],
     'first person (with key worker) and grandparent',
     fails=['PC-OUTCOME-NOT-PROVISION', 'PC-SMART', 'PC-PFA', 'PR-VAGUE-WORDING', 'PR-QUANTIFIED'],
     na=HC_NONE + ['SC-STATUTORY-LINK'],
     why={
      'PC-OUTCOME-NOT-PROVISION': '"Chloe will receive 1:1 reading support from a teaching assistant." / "Chloe is given a quiet place to go at break and lunchtime when she feels worried." / "Staff will check in with Chloe each morning" - three outcomes are provision (will receive / is given / staff will)',
      'PC-SMART': '"By July 2027, Chloe will feel more confident in lessons and with her friends." - dated but no observable measure; the three provision-style outcomes have no measure or date either',
      'PC-PFA': 'Year 9 plan: no outcome addresses employment, independent living, community or health - all outcomes are about reading, maths, feelings and the school netball club',
      'PR-VAGUE-WORDING': '"Access to a reading intervention (Toe by Toe or similar) as appropriate." / "Where possible" / "Opportunities to take part in a lunchtime social skills group where possible." / "Teachers should not ask Chloe to read aloud" / "Regular check-ins with a key adult."',
      'PR-QUANTIFIED': '"Small group maths intervention." (frequency "Weekly" only: no group size, no session length) and "Regular check-ins with a key adult." / "As needed" (no frequency or length)',
      'PC-ASPIRATION-LINK': 'PASS: aspirations are to read independently, join the netball team and have friends; outcomes on reading age and netball club build on them (the weak "feel more confident" outcome is graded under PC-SMART)',
      'HC-NEEDS': 'PASS: "Chloe has no health needs related to her special educational needs. This is based on the medical advice from the community paediatrician dated 4 March 2026" - none, with basis',
      'SC-RIGHT-SECTION': 'PASS: young carers group and support worker are in H2',
     })

plan('z203.docx', 'shaded-heading-table', 19, 'Post-16 (supported internship)', ['MLD', 'epilepsy', 'young carer'],
     'first person (young person) and grandparents',
     na=['HC-THERAPY-PLACEMENT', 'SC-STATUTORY-LINK'],
     why={
      'PC-OUTCOME-NOT-PROVISION': 'PASS: "Kieran will receive a positive end-of-placement report", "Kieran will gain Entry Level 3 Functional Skills in mathematics", "Kieran will access the town centre independently with a friend" - achievements despite receive/gain/access (trap)',
      'PR-QUANTIFIED': 'PASS: "Access arrangements for the maths assessment: 25% extra time and a reader" / "Arranged by the college\'s additional learning support manager" - access arrangement needs no group size (trap)',
      'PR-VAGUE-WORDING': 'PASS: "From May 2027, the supported internship tutor" - month name, not the modal "may" (trap)',
      'CA-ANNUAL-REVIEW': 'PASS: front matter "Plan issued 6 Oct 2026" and "Last reviewed 15/09/2026" - dates in mixed formats (trap)',
      'HC-NEEDS': 'PASS: "Kieran\'s eyesight and hearing are fine (checked at his learning disability health check in March 2026), but he has epilepsy" - no-difficulty statement beside a real need met in G and E7/E8 (trap)',
      'HC-DCO-SIGNOFF': 'PASS: "Section G was reviewed and agreed by Dr Anita Rowe, Designated Clinical Officer"',
      'PC-PFA': 'PASS: outcomes grouped under Employment, Independent living, Friends, relationships and community, Good health',
      'SC-RIGHT-SECTION': 'PASS: Care Act personal assistant and young adult carers support are in H2; direct payment in J',
      'CA-STATUTORY-ADVICE': 'PASS: young person, grandparents, educational, EP, medical (epilepsy nurse, neurologist), social care (Care Act assessment) and PfA advice (Personal Adviser) all present',
     })

plan('z204.docx', 'heading2-numbered', 9, 'Year 4', ['SEMH (trauma/attachment)', 'literacy gaps', 'eczema', 'sleep disorder'],
     'first person (scribed by TA) and kinship foster carer',
     fails=['CA-STATUTORY-ADVICE', 'HC-PROVISION-SPECIFIC', 'HC-NEEDS-MET', 'HC-ADVICE-PROVIDERS', 'HC-OUTCOMES',
            'SC-NEEDS', 'SC-STATUTORY-LINK', 'SC-PROVISION-SPECIFIC', 'SC-ADVICE', 'LG-SPELLING'],
     na=['PC-PFA', 'HC-THERAPY-PLACEMENT', 'SC-RIGHT-SECTION'],
     why={
      'SC-NEEDS': '"Jayden is a looked after child." - legal status only, no description of need',
      'SC-STATUTORY-LINK': '"Looked after child (care order, 2024)" in front matter, but D is "Jayden is a looked after child." and H1/H2 are "None." - no social worker contribution, care plan or PEP',
      'SC-PROVISION-SPECIFIC': 'H1 "None." and H2 "None." with no consideration of short breaks, local offer or early help',
      'SC-ADVICE': 'Section K lists no social care advice',
      'CA-STATUTORY-ADVICE': 'No social care advice in K although the child is looked after (reg 6 social care advice missing)',
      'HC-PROVISION-SPECIFIC': '"Emollient cream to be applied at school as needed." / "see Jayden as required" / "Jayden\'s GP will review his eczema when needed." - no frequency or amount',
      'HC-NEEDS-MET': '"has prescribed melatonin, and has asked for a sleep programme to be set up" - the sleep disorder in C has nothing in G',
      'HC-ADVICE-PROVIDERS': 'G relies on the school nurse and the GP ("The school nurse will write a skin care plan"), neither of whom gave advice in K',
      'HC-OUTCOMES': 'sleep disorder ("Poor sleep is definately affecting his mood and concentration") has no outcome in E (eczema has E6)',
      'LG-SPELLING': '"occured", "definately", "recieve", "seperate", "enviroment" - five misspellings in long sentences',
      'PR-QUANTIFIED': 'PASS: all F items have amounts, e.g. "ELSA sessions with Miss Robson, 1:1, 30 minutes, once a week for 12 weeks, then reviewed."',
      'PR-VAGUE-WORDING': 'PASS: the vague "as needed"/"as required"/"when needed" are in G (graded under HC-PROVISION-SPECIFIC), not F',
     })

plan('z205.docx', 'ef-table', 7, 'Year 2', ['speech and language delay', 'asthma'],
     'child views via talking mat and drawing; grandparent (special guardian)',
     na=['PC-PFA', 'SC-STATUTORY-LINK'],
     why={
      'PR-QUANTIFIED': 'PASS: "a speech and language therapist (SALT) will work with Maisie on her own" / "Every Tuesday for 6 sessions (30 minutes each) in the autumn term, then 6 sessions in the spring term, then review" - therapist on her own on named days, no group size needed (trap)',
      'PR-VAGUE-WORDING': 'PASS: "From January 2027, Mrs Hall will attend one of the SALT sessions" - date in provision (trap); "up to" appears only in B ("instructions with up to two key words") and "hand up to answer" in an outcome; "access to" only in A ("having access to Nana\'s tablet") (traps)',
      'HC-NEEDS': 'PASS: "Maisie has no difficulties with eating, drinking, sleeping or toileting, but she has asthma." - met in G and outcome 5 (trap)',
      'HC-DCO-SIGNOFF': 'PASS: "Section G was reviewed and supported by Dr Anita Rowe, Designated Clinical Officer" - council wording (trap)',
      'CA-ANNUAL-REVIEW': 'PASS: "Date of EHC plan" "16.03.2026" - numeric date format, within 12 months of audit (trap)',
      'HC-THERAPY-PLACEMENT': 'PASS: speech and language therapy is in the E/F table',
      'SC-RIGHT-SECTION': 'PASS: kinship carers\' group and support worker in H2',
      'PC-VOICE': 'PASS: "Maisie shared her views with her speech and language therapist using a talking mat" plus quoted words; Nana quoted',
     })

plan('z206.docx', 'shaded-heading-table', 12, 'Year 7', ['vision impairment (albinism, nystagmus)'],
     'first person (typed by the child) and mother/grandmother',
     fails=['CA-DATED', 'CA-ADVICE-AGE', 'CA-STATUTORY-ADVICE', 'HC-ADVICE', 'HC-DCO-SIGNOFF'],
     na=['PC-PFA', 'HC-THERAPY-PLACEMENT', 'SC-STATUTORY-LINK', 'SC-RIGHT-SECTION'],
     why={
      'CA-DATED': '"Educational advice (Year 6 class teacher report)" from "Year 6 class teacher, Seaview Primary School" has no date',
      'CA-ADVICE-AGE': '"Medical advice (ophthalmology clinic letter)" dated "14 June 2023" - over three years before the plan was issued (18 September 2026)',
      'CA-STATUTORY-ADVICE': '"Vision impairment advice" given by "Mrs Kerr, teaching assistant (vision impairment)" - not a qualified teacher of the visually impaired, required for a vision impairment',
      'HC-ADVICE': 'the only medical advice is the consultant ophthalmologist letter of "14 June 2023" - not current',
      'HC-DCO-SIGNOFF': 'Section G ends after the sun protection item with no record of health\'s agreement (no DCO, name, role or date)',
      'HC-ADVICE-PROVIDERS': 'PASS (arguable): the Hospital Eye Service that provides G did give advice in K, though it is out of date (graded under HC-ADVICE and CA-ADVICE-AGE)',
      'PR-QUANTIFIED': 'PASS: "Tablet with a camera stand and zoom, and a handheld electronic magnifier" / "Provided and maintained by Seabrough Sensory Support Service" - equipment with who maintains it, no group size needed (trap); "Once every half term, 1.5 hours each visit" QTVI visits',
      'SC-NEEDS': 'PASS: "Ella has no social care needs related to her SEND. This was confirmed in the social care advice from the Children with Disabilities Team (June 2026)."',
     })

plan('z207.docx', 'heading2-numbered', 15, 'Year 10', ['SEMH (low mood, anxiety, bereavement)', 'literacy (writing)', 'young carer', 'child in need plan'],
     'first person (own words with key worker) and mother',
     na=['HC-THERAPY-PLACEMENT'],
     why={
      'PC-OUTCOME-NOT-PROVISION': 'PASS: "Tyler will have an offer of a place on a Level 1 or Level 2 motor vehicle course" and "Tyler will accept praise from staff calmly" - achievements despite have/accept (trap)',
      'PR-QUANTIFIED': 'PASS: "Exam access arrangements: 25% extra time and use of a word processor, arranged by the SENCo" and "maintained by the school\'s information technology (IT) technician" - access arrangements/equipment with who, no group size (trap)',
      'PR-VAGUE-WORDING': 'PASS: "May 2027: the SENCo will send Tyler\'s transition information" - month name, not modal (trap); "regular" only in A ("I\'m a regular at the boxing club") and "has access to a school laptop" in B (traps)',
      'SC-STATUTORY-LINK': 'PASS: "The CIN plan and this EHC plan have been written to work together" with CIN goals mapped to outcomes; social worker gave advice and "review the CIN plan every six weeks at a meeting attended by the SENCo" in H2',
      'LG-SPELLING': 'PASS: "multi-agency", "co-produced", "wellbeing", "safeguarding", "key worker" are correct (trap); "mam" is in the young person\'s quoted words',
      'HC-ADVICE': 'PASS: "Medical (health) advice: mental health" from CAMHS mental health practitioner, 24 September 2026',
      'HC-DCO-SIGNOFF': 'PASS: "was confirmed by Dr Anita Rowe, Designated Clinical Officer" (council wording)',
      'LG-GRAMMAR': 'PASS: "will run a drop-in in school every Monday lunchtime" - "drop-in in" is correct, not a doubled word (incidental trap)',
      'HC-NEEDS': 'PASS: "Tyler has no physical health needs and his general health is good, but he has moderate low mood and anxiety" (trap)',
     })

plan('z208.docx', 'ef-table', 10, 'Year 5', ['Down syndrome', 'MLD', 'speech and language', 'hypothyroidism', 'continence'],
     'child views via communication book and signs; parents',
     fails=['PR-QUANTIFIED', 'PR-OUTCOME-LINK', 'HC-NEEDS-MET', 'HC-THERAPY-PLACEMENT', 'HC-OUTCOMES'],
     na=['PC-PFA', 'SC-STATUTORY-LINK', 'SC-RIGHT-SECTION'],
     why={
      'PR-QUANTIFIED': '"Small group number intervention using Numicon (a structured maths resource with shapes for each number), led by a TA." / "During maths lessons" - no group size, no session length, no number of sessions',
      'PR-OUTCOME-LINK': '"By July 2027, Lily will swim a width of the school\'s local pool (10 metres) without a float" is served only by "Lily will carry on going to her swimming club with her family." - no provision; the balance need in B ("her balance is below that of other children") has no provision either',
      'HC-NEEDS-MET': '"Continence: Lily is not yet dry during the day." - nothing in G for continence',
      'HC-OUTCOMES': 'continence (two or three accidents a day, a parental priority) has no outcome in E',
      'HC-THERAPY-PLACEMENT': '"A speech and language therapist from Seabrough Children\'s Speech and Language Therapy Service will see Lily 1:1 at school for 30 minutes every fortnight, to work on sentence length and speech clarity" is in Section G, not F',
      'PR-VAGUE-WORDING': 'PASS: "count out up to 20 objects" is in an outcome cell, not provision (trap)',
      'PC-ASPIRATION-LINK': 'PASS: outcomes build on reading, independence (zips/buttons) and swimming; dryness is missing but is graded under HC-OUTCOMES',
      'HC-ADVICE-PROVIDERS': 'PASS: paediatrician and speech and language therapist both gave advice in K',
     })

plan('z209.docx', 'shaded-heading-table', 5, 'Reception', ['speech and language delay', 'SEMH (dysregulation)', 'kinship care'],
     'views via play, symbols and observation; grandparents',
     na=HC_NONE + ['PC-PFA', 'SC-STATUTORY-LINK'],
     why={
      'PC-VOICE': 'PASS: "Alfie\'s views: what we learned from playing with Alfie, his symbol choices and watching him" (trap)',
      'HC-NEEDS': 'PASS: "Alfie has no health needs related to his special educational needs. This is based on the medical advice from the community paediatrician" - none with basis (trap)',
      'HC-THERAPY-PLACEMENT': 'NA by rule (C records no health needs, G none); speech and language therapy is correctly in F anyway',
      'PR-QUANTIFIED': 'PASS: "Once a month on a Thursday, 45 minutes, with Alfie on his own and then with Mrs Carr" - therapist on named day; "x3 weekly, 15 minutes each, 1:1" (quantity styles)',
      'SC-NEEDS': 'PASS: describes grandparents\' needs after social worker and Early Help advice',
      'SC-RIGHT-SECTION': 'PASS: Early Help family practitioner and parenting course are in H2',
      'CA-ANNUAL-REVIEW': 'PASS: "Plan issued" "26 January 2026" - within 12 months of 1 December 2026',
     })

plan('z210.docx', 'heading2-numbered', 15, 'Year 10', ['MLD', 'anxiety', 'low mood'],
     'clinical third person in A, with quoted views; mother',
     fails=['CA-ANNUAL-REVIEW', 'LG-GRAMMAR', 'LG-READABILITY', 'LG-JARGON'],
     na=['HC-THERAPY-PLACEMENT', 'SC-STATUTORY-LINK', 'SC-RIGHT-SECTION'],
     why={
      'CA-ANNUAL-REVIEW': '"Date this plan was issued" "11 November 2025" and "Date of last annual review" "14 October 2025" - both more than 12 months before the audit (1 December 2026)',
      'LG-GRAMMAR': '"Ryan said he feel better", "Ryan and his mum was both at the review", "He need extra time", "Their are times", "this have helped him", "a offer of a place", "on the the school\'s reading test"',
      'LG-READABILITY': '"Ryan is a 15-year-old male who presents with moderate learning difficulties and a generalised anxiety disorder of clinically significant severity, with comorbid low mood. On observation his affect was flat" - clinical-report language in Section A',
      'LG-JARGON': '"Ryan talked to his ELSA", "Ryan has MLD", "supported by CAMHS", "DT department", "PfA pathway", "CBT", "CWD team", "LSA", "HLTA", "EP consultation", "DCO, North Coast ICB" - never spelled out',
      'PC-VOICE': 'PASS: despite the clinical A1, A2 quotes Ryan ("I like gaming, fishing with my uncle and fixing bikes") and A3 gives Mum\'s views',
      'CA-ADVICE-AGE': 'PASS: advice Sept-Oct 2025 is within 12 months of the November 2025 issue (currency of the review is graded under CA-ANNUAL-REVIEW)',
      'PC-PFA': 'PASS: outcomes under Employment and education, Independent living, Good health and wellbeing',
     })

plan('z211.docx', 'ef-table', 8, 'Year 3', ['MLD', 'SEMH', 'child in need plan', 'kinship care'],
     'adults only (grandmother, class teacher)',
     fails=['PC-OUTCOME-NOT-PROVISION', 'PC-SMART', 'PC-VOICE', 'PC-ASPIRATIONS', 'PC-ASPIRATION-LINK', 'PC-STRENGTHS',
            'PR-VAGUE-WORDING', 'SC-STATUTORY-LINK'],
     na=HC_NONE + ['PC-PFA'],
     why={
      'PC-OUTCOME-NOT-PROVISION': '"3. Ruby will be given a daily check-in with her key adult when she arrives at school." and "5. Staff will help Ruby to make friends at playtime." - provision written as outcomes',
      'PC-SMART': 'outcomes 3 and 5 ("Ruby will be given a daily check-in", "Staff will help Ruby to make friends at playtime.") have no measure and no date',
      'PC-VOICE': 'Section A has only "Views of Ruby\'s grandmother" and "Views of school" - Ruby\'s own views are not recorded or gathered in any way',
      'PC-ASPIRATIONS': 'no aspirations for Ruby are stated by anyone in Section A',
      'PC-ASPIRATION-LINK': 'with no aspirations recorded, the outcomes cannot build on them',
      'PC-STRENGTHS': '"Ruby\'s class teacher reports that Ruby struggles in every area of the curriculum" - A and B list only deficits; no strengths anywhere',
      'PR-VAGUE-WORDING': '"Opportunities to read to an adult every day", "in a group of up to 8 children", "Staff should use a visual timetable", "Throughout the day, where possible", "Regular structured playground games", "with further calls as appropriate"',
      'PR-QUANTIFIED': 'PASS (arguable): each item still states its amount, e.g. "Four afternoons a week, 1 hour 15 minutes" and "20 minutes, in a group of 4 children"; the defect is vague wording',
      'SC-STATUTORY-LINK': '"Grandma told us that Ruby has a social worker and is on a child in need plan" - D and H never mention the CIN plan, the social worker\'s contribution or joint working; social care advice came from a kinship support worker',
      'SC-NEEDS': 'PASS: D describes the kinship carer\'s support needs',
      'HC-NEEDS': 'PASS: "Ruby has no health needs related to her SEND. This is based on the medical advice of the community paediatrician"',
     })

plan('z212.docx', 'shaded-heading-table', 22, 'Post-19 (specialist course at FE college)', ['Down syndrome', 'MLD'],
     'first person (young person, checked with tutor) and parents',
     fails=['CA-STATUTORY-ADVICE', 'PC-SMART', 'PC-ASPIRATION-LINK', 'HC-NEEDS', 'HC-ADVICE', 'SC-RIGHT-SECTION'],
     na=HC_NONE + ['SC-STATUTORY-LINK'],
     why={
      'HC-NEEDS': '"Courtney\'s health needs will be confirmed once health advice has been received." - awaiting advice',
      'HC-ADVICE': '"Requested from Courtney\'s general practitioner (GP) practice on 9 March 2026: not received" - no health advice',
      'CA-STATUTORY-ADVICE': 'medical advice missing ("not received")',
      'HC-PROVISION-SPECIFIC': 'NA (judgement): C records no needs and G is "To be confirmed once health advice has been received." - the failure is graded under HC-NEEDS and HC-ADVICE',
      'PC-SMART': '"E2. Courtney will achieve Entry Level 2 Functional Skills in English." / "E1. Courtney will write three sentences about her week" - measures but no outcome has a date',
      'PC-ASPIRATION-LINK': 'aspirations "A paid job in a café.", "Moving into a supported living flat", "Travelling to college by bus on her own." - no outcome addresses work, living skills, money or travel',
      'SC-RIGHT-SECTION': '"Personal assistant funded by Adult Social Care under Courtney\'s Care Act care and support plan" is in Section F; H2 says "The personal assistant hours are set out in Section F."',
      'PC-PFA': 'PASS (arguable): E5 (community social club), E6 (exercise) and E7 (online safety) are preparing-for-adulthood outcomes; the missing employment/independent living link is graded under PC-ASPIRATION-LINK',
      'SC-PROVISION-SPECIFIC': 'PASS (arguable): the PA provision is quantified ("6 hours a week"), though misplaced; H2 gives the annual review of the care plan',
      'CA-DATED': 'PASS: the undated K row is a request not received - missing advice, not an undated advice item',
     })

if __name__ == '__main__':
    errs = 0
    for p in P:
        text = body_text('plans/' + p['file'])
        norm = re.sub(r'\s+', ' ', text)
        for c, w in p['why'].items():
            for q in re.findall(r'"([^"]+)"', w):
                if re.sub(r'\s+', ' ', q) not in norm:
                    print('MISSING', p['file'], c, '|', q); errs += 1
            if p['labels'][c] == 'fail' and '"' not in w:
                pass
        for c, v in p['labels'].items():
            if v == 'fail' and c not in p['why']:
                print('NO WHY', p['file'], c); errs += 1
    out = {'audit_date': '2026-12-01', 'plans': P}
    with open('labels.yaml', 'w') as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=1000)
    from collections import Counter
    fc = Counter(c for p in P for c, v in p['labels'].items() if v == 'fail')
    print('fail counts:', {c: fc.get(c, 0) for c in CRIT})
    print('never fail:', [c for c in CRIT if fc.get(c, 0) == 0])
    print('errors', errs)
