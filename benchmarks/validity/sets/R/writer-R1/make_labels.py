"""Writes labels.yaml (answer key) for set R1. Run after generate.py."""
import yaml

CRIT = ['CA-DATED', 'CA-ADVICE-AGE', 'CA-STATUTORY-ADVICE', 'CA-ANNUAL-REVIEW',
        'PC-OUTCOME-NOT-PROVISION', 'PC-SMART', 'PC-VOICE', 'PC-ASPIRATIONS', 'PC-ASPIRATION-LINK', 'PC-PFA', 'PC-STRENGTHS',
        'PR-VAGUE-WORDING', 'PR-QUANTIFIED', 'PR-OUTCOME-LINK',
        'HC-NEEDS', 'HC-PROVISION-SPECIFIC', 'HC-NEEDS-MET', 'HC-ADVICE', 'HC-DCO-SIGNOFF', 'HC-THERAPY-PLACEMENT',
        'HC-ADVICE-PROVIDERS', 'HC-OUTCOMES',
        'SC-NEEDS', 'SC-STATUTORY-LINK', 'SC-PROVISION-SPECIFIC', 'SC-ADVICE', 'SC-RIGHT-SECTION',
        'LG-SPELLING', 'LG-GRAMMAR', 'LG-READABILITY', 'LG-JARGON']

NO_HEALTH = {'HC-PROVISION-SPECIFIC': 'na', 'HC-NEEDS-MET': 'na', 'HC-DCO-SIGNOFF': 'na',
             'HC-ADVICE-PROVIDERS': 'na', 'HC-OUTCOMES': 'na'}

PLANS = [
    dict(file='r101.docx', layout='bold-statutory', age=9, year_group='Year 4', needs=['VI', 'EAL'],
         voice="family narrative through a Polish interpreter + child's own words gathered by the QTVI; hand-typed bullets",
         sound=True,
         over={'PC-PFA': 'na', 'SC-STATUTORY-LINK': 'na'},
         why={
             'PR-QUANTIFIED': 'tricky pass: "Visits from the Qualified Teacher of Vision Impairment (QTVI) ... | Once every half term, 90 minutes each visit (6 visits a year)" (professional visit, no group size needed); "Modified large print papers and 25% extra time in all tests ... The special educational needs co-ordinator (SENCo) applies for and arranges these." (access arrangement); laptop and video magnifier "its technician sets it up and checks it every half term" (equipment + maintainer); "Weekly, 20 minutes, small group (max 4)".',
             'PR-VAGUE-WORDING': 'tricky pass: "small group (max 4)" is a stated group size, not woolly wording.',
             'SC-PROVISION-SPECIFIC': 'pass: H1 "None ... Short breaks were discussed with the family and are not needed at present (see Section D)."',
             'HC-DCO-SIGNOFF': 'pass: "Health content confirmed by DCO: Dr Helen Ashworth, Designated Clinical Officer (DCO) for Brackenfold, on 9 June 2026."',
             'HC-THERAPY-PLACEMENT': 'pass: no speech and language therapy or OT; habilitation (mobility training) is correctly in F, G holds only ophthalmology, low vision clinic and school nursing.',
         }),
    dict(file='r102.docx', layout='bold-statutory', age=14, year_group='Year 9', needs=['SpLD', 'SEMH', 'EAL'],
         voice="family narrative through a Romanian interpreter + young person's own words gathered by the EP; hand-typed '-' bullets",
         sound=False,
         over=dict(NO_HEALTH, **{'HC-THERAPY-PLACEMENT': 'na', 'SC-STATUTORY-LINK': 'na',
                                 'HC-NEEDS': 'fail', 'HC-ADVICE': 'fail', 'CA-STATUTORY-ADVICE': 'fail',
                                 'SC-ADVICE': 'fail', 'PC-PFA': 'fail', 'SC-RIGHT-SECTION': 'fail'}),
         why={
             'HC-NEEDS': 'Section C: "Not known at this time. The family are not yet registered with a family doctor (GP) in Brackenfold." - health needs neither described nor stated as none.',
             'HC-ADVICE': 'Section K lists no medical/health advice at all (parent, views, educational, literacy, EP, "social care" (TELO), PfA only).',
             'CA-STATUTORY-ADVICE': 'No medical advice in K, and the only item labelled "Social care advice" is from "Patrick Doherty, Traveller Education and Liaison Officer" - an education officer, not social care. Two reg 6 advices missing.',
             'SC-ADVICE': 'K: "Social care advice | Patrick Doherty, Traveller Education and Liaison Officer | 2 March 2026" - the TELO is an education service; no advice from Children\'s Services is listed (the duty-team check in D is not in K).',
             'PC-PFA': 'Year 9 plan; all five outcomes are school-bound (reading age, paragraph writing, column methods, time-out card, attendance) - nothing on employment/further education, independent living, community or health, although PfA advice from the careers adviser is listed in K.',
             'SC-RIGHT-SECTION': 'H2: "The Traveller Education and Liaison Officer (TELO) will visit the family ... once per fortnight (1 hr) to support Florin\'s attendance, to read and explain school letters ... and to pass Florin\'s records on quickly to any new school" - educational provision written in H2.',
             'SC-NEEDS': 'pass: D says there are none and on what basis ("a check with the Children\'s Services duty team on 24 February 2026 confirmed this").',
             'SC-PROVISION-SPECIFIC': 'pass: H1 "None ... Early help was discussed with Florin\'s mother and she did not want a referral at this time."',
             'PC-ASPIRATION-LINK': 'tricky pass: aspirations (mechanic, read and write well) are picked up by the reading outcome on "a short article about cars or engines" and the literacy outcomes.',
             'HC-PROVISION-SPECIFIC': 'na: G "None." and no health needs are stated (the failure is recorded under HC-NEEDS).',
         }),
    dict(file='r103.docx', layout='bold-statutory', age=20, year_group='Post-19 (further education)', needs=['Down syndrome', 'HI', 'SLD'],
         voice="young person's own words recorded with a talking mat + parent narrative; bullets",
         sound=True,
         over={'SC-STATUTORY-LINK': 'na'},
         why={
             'PC-OUTCOME-NOT-PROVISION': 'tricky pass: "he will be awarded the Entry Level 2 Certificate in Food Safety" is an achievement, not provision.',
             'PC-SMART': 'tricky pass: "travel on the 464 bus between home and college on his own, five days a week, and will go to the town centre shops and gym on his own" - independent community access is a measurable PfA outcome.',
             'PR-VAGUE-WORDING': 'tricky pass: "May and June 2027: the travel trainer will shadow Kacper at a distance ..." - "May" is the month, not a modal.',
             'PR-QUANTIFIED': 'pass: e.g. "Direct speech and language therapy ... Weekly, 30 minutes, 1:1, in term time"; radio aid "The Sensory Support Service supplies it and its Teacher of the Deaf checks and maintains it"; SALT placement visit "Once each half term, 1 hour".',
             'HC-OUTCOMES': 'pass: hearing loss -> hearing aid outcome; hypothyroidism -> "take his morning thyroid tablet himself" outcome. C also says "Kacper has no difficulty walking".',
             'SC-PROVISION-SPECIFIC': 'pass: H1 "Not applicable ... Kacper is 20"; H2 "6 hours a week (Saturdays, 10am to 4pm)" PA support and "two nights a month" short stays.',
             'CA-STATUTORY-ADVICE': 'pass: young person, parent, educational, GP medical advice, EP, Teacher of the Deaf (hearing impairment), Adult Social Care, PfA - all within 12 months.',
         }),
    dict(file='r104.docx', layout='bold-statutory', age=3, year_group='Nursery (EYFS)', needs=['VI (CVI)', 'global developmental delay', 'EAL'],
         voice="unattributed first-person 'All about me' + family narrative through a Polish interpreter",
         sound=False,
         over={'PC-PFA': 'na', 'SC-STATUTORY-LINK': 'na', 'PC-VOICE': 'fail', 'HC-DCO-SIGNOFF': 'fail',
               'CA-ANNUAL-REVIEW': 'fail', 'HC-PROVISION-SPECIFIC': 'fail', 'HC-ADVICE-PROVIDERS': 'fail'},
         why={
             'PC-VOICE': '"All about me: I am Maja and I am three. I love the bubble tube ... I want to walk by myself and play with the other children." - written in the first person for a child who "uses about ten single words", with no statement of who gathered her views or how (no observation, key person or play record).',
             'HC-DCO-SIGNOFF': 'Section G lists ophthalmology, community paediatrics and orthoptics provision but there is no record that health (DCO/commissioner) agreed it.',
             'CA-ANNUAL-REVIEW': 'Front matter: "Plan date | 22 September 2025", "Date of most recent review | Not yet reviewed" - more than 12 months before the audit date 1 December 2026.',
             'HC-PROVISION-SPECIFIC': 'G: "Orthoptics will continue to monitor Maja\'s squint." - no frequency or length (the other two G items are specific).',
             'HC-ADVICE-PROVIDERS': 'Orthoptics provides in G but no orthoptic advice is listed in K (K has ophthalmology, paediatrics, physiotherapy, SALT, Portage, QTVI, EP, social care).',
             'CA-STATUTORY-ADVICE': 'pass: includes "Advice from a qualified teacher of the visually impaired | Joanne Hargreaves, QTVI" and all reg 6 advice.',
             'HC-NEEDS-MET': 'pass: the squint is met (if vaguely) by orthoptic monitoring plus glasses; CVI and development are met by ophthalmology and paediatric reviews.',
         }),
    dict(file='r105.docx', layout='ef-table', age=3, year_group='Nursery (EYFS)', needs=['HI', 'speech and language delay'],
         voice='views gathered through play and observation by the key person + family narrative (Irish Traveller family)',
         sound=True,
         over={'PC-PFA': 'na', 'SC-STATUTORY-LINK': 'na'},
         why={
             'PC-VOICE': 'tricky pass: "What Lacey-Mae tells us through play (gathered by her key person, Amy, over three nursery sessions in January 2026) ... Amy watched what Lacey-Mae chose, what made her smile and what she pushed away" - a three-year-old\'s views gathered by a practitioner, clearly attributed.',
             'HC-NEEDS': 'tricky pass: C describes the hearing loss and glue ear and says "She has no difficulty walking and no other health needs." alongside a real health need.',
             'SC-ADVICE': 'tricky pass: social care advice is from the Disabled Children\'s Team (5 February 2026); the TELO is listed separately as "Other educational advice".',
             'PR-QUANTIFIED': 'pass: e.g. "Once per fortnight (1 hr) at nursery, plus one home visit each half term (1 hr)" ToD; "Daily, 10 minutes, small group (max 4)"; radio aid "Supplied and maintained by the Sensory Support Service".',
             'HC-DCO-SIGNOFF': 'pass: "Dr Helen Ashworth (Designated Clinical Officer) confirmed the health sections on 24 February 2026."',
         }),
    dict(file='r106.docx', layout='ef-table', age=10, year_group='Year 5', needs=['ADHD', 'literacy', 'EAL'],
         voice="child's own words recorded by his TA + family narrative through a Romanian interpreter",
         sound=False,
         over={'PC-PFA': 'na', 'SC-STATUTORY-LINK': 'na', 'PC-OUTCOME-NOT-PROVISION': 'fail', 'PC-SMART': 'fail',
               'PR-VAGUE-WORDING': 'fail', 'HC-NEEDS-MET': 'fail', 'HC-OUTCOMES': 'fail',
               'PC-ASPIRATIONS': 'fail', 'PC-ASPIRATION-LINK': 'fail'},
         why={
             'PC-OUTCOME-NOT-PROVISION': 'Outcome column: "Darius will have a 1:1 teaching assistant in all lessons so that he is happier and calmer in class." - what he receives, not what he will achieve.',
             'PC-SMART': 'The same outcome has no measure and no date: "... so that he is happier and calmer in class."',
             'PR-VAGUE-WORDING': '"Where possible, Darius will have a 5-minute movement break ..." and "The class teacher should give Darius instructions one step at a time" - hedged wording in F.',
             'HC-NEEDS-MET': 'C: "Darius has great difficulty getting to sleep and is often awake until after 11pm ... his sleep needs to be assessed." - G contains only the ADHD medication review; nothing for sleep.',
             'HC-OUTCOMES': 'No outcome in E addresses his sleep difficulty described in C.',
             'PC-ASPIRATIONS': 'Section A has his likes/dislikes and his parents\' worries ("We are worried that he is behind ...") but no hopes or aspirations for now or the future, from Darius or his family.',
             'PC-ASPIRATION-LINK': 'With no aspirations recorded, outcomes cannot build on them; his interests (football, drawing dragons, Minecraft) are not used in any outcome.',
             'PR-QUANTIFIED': 'pass: the hedged items still state what, how often, how long and who ("5-minute movement break ... with his TA after every 20 minutes of seated work"); all others quantified.',
         }),
    dict(file='r107.docx', layout='ef-table', age=15, year_group='Year 10', needs=['ASC', 'SEMH (anxiety)'],
         voice="young person's written questionnaire answers + parent narrative",
         sound=False,
         over={'SC-STATUTORY-LINK': 'fail', 'SC-ADVICE': 'fail', 'CA-STATUTORY-ADVICE': 'fail',
               'SC-PROVISION-SPECIFIC': 'fail', 'PR-QUANTIFIED': 'fail', 'LG-SPELLING': 'fail', 'PC-STRENGTHS': 'fail'},
         why={
             'SC-STATUTORY-LINK': 'D: "Oliwia, her mum and her two younger brothers have been subject to a child protection plan since January 2026 ..." but H1 "None." H2 "None.", no social worker contribution, no reference to the child protection plan anywhere else, and no social care advice in K.',
             'SC-ADVICE': 'Section K lists no social care advice (parent, views, educational, autism, medical, CAMHS, EP, PfA only).',
             'CA-STATUTORY-ADVICE': 'Social care advice (reg 6) missing from K.',
             'SC-PROVISION-SPECIFIC': 'H1 "None." and H2 "None." with no statement that short breaks or early help were considered, for a family on a child protection plan.',
             'PR-QUANTIFIED': '"Oliwia will take part in a small group social skills programme each week for 10 weeks. | Weekly for 10 weeks | School" - no session length, no group size, no named role or expertise.',
             'LG-SPELLING': 'Planted misspellings: "acheive", "begining", "occassionally", "recieve", "seperate", "enviroment", "independantly".',
             'PC-STRENGTHS': 'A and B describe only difficulties (no strengths section; B: "significant difficulties with social communication", "struggles with organisation", "cannot cope with open-ended tasks", "no friendships"); nothing she can do or is good at.',
             'PC-PFA': 'pass: outcomes grouped under education and work, living independently, friends and community, good health.',
         }),
    dict(file='r108.docx', layout='ef-table', age=17, year_group='Year 13 (post-16 college)', needs=['physical (right hemiplegia)', 'MLD'],
         voice="young person's own words recorded by his tutor + family narrative (Romany Gypsy family)",
         sound=False,
         over={'SC-STATUTORY-LINK': 'na', 'CA-ANNUAL-REVIEW': 'fail', 'CA-DATED': 'fail',
               'PR-OUTCOME-LINK': 'fail', 'HC-THERAPY-PLACEMENT': 'fail'},
         why={
             'CA-ANNUAL-REVIEW': 'Front matter: "Plan date | 3 March 2025", "Date of most recent review | 20 November 2025" - the last review is more than 12 months before the audit date 1 December 2026.',
             'CA-DATED': 'K: "Educational advice | Brackenfold College Learning Support | " (no date) and "Physiotherapy advice | Community Physiotherapy | Not dated".',
             'PR-OUTCOME-LINK': 'B: "he cannot keep up with note-taking or written tasks in lessons and needs a different way of recording his work" - no provision in F (no laptop, voice recording, scribe or typing teaching) and no outcome for it.',
             'HC-THERAPY-PLACEMENT': 'G: "Occupational therapy: weekly 45-minute 1:1 sessions in the college training kitchen ... to teach Jaxon one-handed cooking techniques and how to use adapted kitchen equipment" - therapy that trains him is in G, not F.',
             'CA-ADVICE-AGE': 'pass: every dated item is under 12 months old at the plan date (November 2024 - January 2025, plus the November 2025 review report); the two undated items are counted under CA-DATED.',
             'HC-ADVICE-PROVIDERS': 'pass: physiotherapy, orthotics and OT all appear in K (physiotherapy undated - see CA-DATED).',
             'HC-NEEDS-MET': 'pass: stretching, splint and one-handed daily living needs all have G provision (the OT item is misplaced but present).',
         }),
    dict(file='r109.docx', layout='national-template', age=11, year_group='Year 7', needs=['ASC', 'DLD (speech and language)', 'EAL'],
         voice="child's own words recorded by the SENCo + parents through a Polish interpreter",
         sound=True,
         over=dict(NO_HEALTH, **{'PC-PFA': 'na', 'SC-STATUTORY-LINK': 'na'}),
         why={
             'HC-NEEDS': 'tricky pass: C-G-E row: "Tomek has no health care needs relating to his special educational needs ... The school nurse\'s health advice (September 2026) confirms that there are no current health needs." - none, with the basis.',
             'SC-NEEDS': 'tricky pass: D: "Tomek has no social care needs ... Disabled Children\'s Team considered the request for advice on 22 September 2026 and found no eligible needs"; short breaks and early help considered.',
             'PR-QUANTIFIED': 'tricky pass: "The speech and language therapist will visit once a term (three visits a year, 1 hour each)" (visit, no group size); "small group (max 4)"; "2 x 30 mins per week, 1:2"; ear defenders "provided by the SENCo".',
             'CA-STATUTORY-ADVICE': 'tricky pass: the PfA row and the "parent reasonably requests" row are unfilled template rows ("YES/ NO") - not advice items; PfA advice is not required in Year 7.',
             'HC-DCO-SIGNOFF': 'na: no health provision ("No health care provision is needed.").',
         }),
    dict(file='r110.docx', layout='national-template', age=7, year_group='Year 2', needs=['SLD', 'epilepsy', 'EAL'],
         voice='observation and symbol choices recorded by the class teacher; clinical third person; parents through a Romanian interpreter',
         sound=False,
         over={'PC-PFA': 'na', 'SC-STATUTORY-LINK': 'na', 'HC-NEEDS-MET': 'fail', 'HC-OUTCOMES': 'fail',
               'PR-VAGUE-WORDING': 'fail', 'PR-QUANTIFIED': 'fail', 'LG-READABILITY': 'fail', 'LG-JARGON': 'fail',
               'CA-ADVICE-AGE': 'fail'},
         why={
             'HC-NEEDS-MET': 'C (continence row): "He also has epilepsy, with absence seizures most days and a tonic-clonic seizure about once a month; rescue medication (buccal midazolam) has been prescribed" - the G cell covers only the continence service; nothing for epilepsy (no neurology review, seizure plan or staff training).',
             'HC-OUTCOMES': 'No outcome relates to his epilepsy; the row\'s E cell is a toileting outcome only.',
             'PR-VAGUE-WORDING': '"Nicu will have opportunities to use his communication aid (iPad with symbol software) throughout the school day as appropriate."',
             'PR-QUANTIFIED': 'The same item names no one who supports or maintains the communication aid and gives no amount of teaching.',
             'LG-READABILITY': 'A and E are written in clinical shorthand families cannot follow: "Nicu is a 7yo male with GDD/SLD (dx 2022 via CDC following HV referral at 18m)"; "By EOY (Jul 2027), N. will demonstrate intentional comms via AAC/PECS Ph.3 ... at 80% accuracy on SaLT probe data."',
             'LG-JARGON': 'Acronyms never explained: GDD, SLD, CDC, HV, NS, SS, PMLD, MDT, CCN, OOR, PECS, AAC, RDLS, SaLT, EOY, ICW, OT, EP.',
             'CA-ADVICE-AGE': 'K: "Educational psychologist | 14 June 2023 | Dr Sarah Holt, Educational Psychologist (advice from the original EHC needs assessment)" - three years old at the plan date 8 July 2026.',
             'CA-STATUTORY-ADVICE': 'pass: all reg 6 advice is listed (EP advice present but out of date - see CA-ADVICE-AGE).',
             'PC-SMART': 'pass: despite the jargon, outcomes have measures and a date ("By EOY (Jul 2027) ... at 80% accuracy"; "for 10 mins ... in 3 consecutive visits").',
             'LG-GRAMMAR': 'pass: clinical note-form, but no grammatical errors were planted; the failure is readability/jargon.',
         }),
    dict(file='r111.docx', layout='national-template', age=10, year_group='Year 6', needs=['VI'],
         voice="child's own words written down by the QTVI + parent narrative",
         sound=False,
         over={'PC-PFA': 'na', 'SC-STATUTORY-LINK': 'fail', 'SC-NEEDS': 'fail', 'SC-PROVISION-SPECIFIC': 'fail',
               'PC-OUTCOME-NOT-PROVISION': 'fail', 'PC-SMART': 'fail', 'LG-GRAMMAR': 'fail', 'CA-DATED': 'fail'},
         why={
             'SC-STATUTORY-LINK': 'Services table: "Known to social care | Yes – child in need plan (Family Support Team). Social worker: Donna Hartley" - D, H1 and H2 never mention the child in need plan or the social worker, and K has no advice from the Family Support Team.',
             'SC-NEEDS': 'D: "Sara does not have any social care needs." - no basis given, and contradicted by the child in need plan.',
             'SC-PROVISION-SPECIFIC': 'H1 "None." H2 "None." with no statement that short breaks or early help were considered.',
             'PC-OUTCOME-NOT-PROVISION': 'E cell (cognition and learning): "Sara has large print copies of all class texts, prepared by the HLTA." - provision, not an outcome.',
             'PC-SMART': 'The same E cell has no measure and no timescale.',
             'LG-GRAMMAR': 'Planted errors: "Sara need all of her work enlarged", "she take longer than others", "fall out with friends" (for falls), "a chatty, confident girl who make friends easily", "and need regular eye pressure checks".',
             'CA-DATED': 'K: "Ophthalmology clinic letter |  | Eye Clinic, Royal Brackenfold Hospital" - no date.',
             'SC-ADVICE': 'pass: social care advice from the Disabled Children\'s Team is listed, attributed and dated (28 October 2025); the failure to involve the child in need social worker is scored under SC-STATUTORY-LINK.',
             'PR-QUANTIFIED': 'tricky pass: "A tablet with a camera app ..., set up by the school\'s IT technician and checked each half term by the QTVI"; access arrangements "applied for and arranged by the special educational needs co-ordinator (SENCo)".',
         }),
    dict(file='r112.docx', layout='national-template', age=16, year_group='Year 12 (post-16 college)', needs=['VI (severe sight impairment, braille user)', 'EAL'],
         voice="young person's own written words + parent",
         sound=True,
         over={'SC-STATUTORY-LINK': 'na'},
         why={
             'PC-OUTCOME-NOT-PROVISION': 'tricky pass: "By July 2027, Weronika will gain her Level 2 Diploma in Health and Social Care" - an achievement, not provision.',
             'PR-QUANTIFIED': 'tricky pass: "A braille note-taker and a laptop with a screen reader, supplied by the Sensory Support Service and maintained by the college\'s assistive technology officer"; exam access arrangements "arranged by the college exams officer"; QTVI "once every half term, 2 hours".',
             'HC-DCO-SIGNOFF': 'pass: "Health content confirmed by DCO – Dr Helen Ashworth, Designated Clinical Officer (DCO), 22 July 2026."',
             'LG-GRAMMAR': 'pass: the template\'s own labels ("which relates", "in prepare for independent in adulthood") are national-template text, not the writer\'s.',
             'PC-PFA': 'pass: diploma (education), cooking and budgeting plus travel (independent living), outings with her PA and group discussion (community), managing her own eye clinic appointment (health).',
         }),
]


def main():
    import datetime
    out = {'audit_date': datetime.date(2026, 12, 1), 'plans': []}
    for p in PLANS:
        labels = {c: 'pass' for c in CRIT}
        labels.update(p['over'])
        assert set(labels) == set(CRIT)
        fails = [c for c in CRIT if labels[c] == 'fail']
        for c in fails:
            assert c in p['why'], (p['file'], c)
        if p['sound']:
            assert not fails, p['file']
        out['plans'].append({
            'file': p['file'], 'layout': p['layout'], 'age': p['age'], 'year_group': p['year_group'],
            'needs': p['needs'], 'voice': p['voice'],
            'labels': {c: labels[c] for c in CRIT},
            'why': p['why'],
        })
    with open('labels.yaml', 'w') as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=200)
    # summary
    from collections import Counter
    cnt = Counter()
    for p in out['plans']:
        for c, v in p['labels'].items():
            if v == 'fail':
                cnt[c] += 1
    for c in CRIT:
        print('%-26s %d' % (c, cnt[c]))
    print('sound:', [p['file'] for p in PLANS if p['sound']])


if __name__ == '__main__':
    main()
