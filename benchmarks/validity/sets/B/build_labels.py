"""Builds labels.yaml (answer key) for set B."""
import yaml
CRIT = ['CA-DATED', 'CA-ADVICE-AGE', 'CA-STATUTORY-ADVICE', 'CA-ANNUAL-REVIEW',
        'PC-OUTCOME-NOT-PROVISION', 'PC-SMART', 'PC-VOICE', 'PC-ASPIRATIONS', 'PC-ASPIRATION-LINK', 'PC-PFA', 'PC-STRENGTHS',
        'PR-VAGUE-WORDING', 'PR-QUANTIFIED', 'PR-OUTCOME-LINK',
        'HC-NEEDS', 'HC-PROVISION-SPECIFIC', 'HC-NEEDS-MET', 'HC-ADVICE', 'HC-DCO-SIGNOFF', 'HC-THERAPY-PLACEMENT', 'HC-ADVICE-PROVIDERS', 'HC-OUTCOMES',
        'SC-NEEDS', 'SC-STATUTORY-LINK', 'SC-PROVISION-SPECIFIC', 'SC-ADVICE', 'SC-RIGHT-SECTION',
        'LG-SPELLING', 'LG-GRAMMAR', 'LG-READABILITY', 'LG-JARGON']
NOHEALTH = ['HC-PROVISION-SPECIFIC', 'HC-NEEDS-MET', 'HC-DCO-SIGNOFF', 'HC-OUTCOMES', 'HC-ADVICE-PROVIDERS']

# file, layout, age, year_group, needs, voice, fails{crit: why}, na[list], notes{crit: why for tricky passes}
P = [
 ('p01.docx', 'heading2-numbered', 7, 'Year 2', ['ASC', 'SLCN'], 'first-person one-page profile bullets + views via talking mat (TA)', {}, NOHEALTH + ['PC-PFA', 'SC-STATUTORY-LINK'],
  {'PR-QUANTIFIED': 'TRAP pass: "A speech and language therapist (SALT) ... will visit school once each half-term for an hour" - a professional\'s visit needs no group size.',
   'PR-VAGUE-WORDING': 'TRAP pass: "in a group of up to four" states a group-size cap (brief lists "in a group of up to 6" as a valid quantity).',
   'HC-NEEDS': 'Pass: "no health needs other than his autism" on the basis of the paediatrician\'s advice of 14 April 2026.',
   'HC-DCO-SIGNOFF': 'NA: no health provision (G says none), although the DCO agreement sentence is present.'}),
 ('p02.docx', 'ef-table', 15, 'Year 10', ['SEMH', 'ADHD'], 'first-person one-page profile + quoted words to mentor', {
   'PC-OUTCOME-NOT-PROVISION': '"Kyle has a 1:1 TA for all lessons." and "Kyle will be given movement breaks." in the Outcome column are provision, not outcomes.',
   'PR-VAGUE-WORDING': '"Kyle will have opportunities to take a five-minute movement break with his TA, as appropriate."',
   'LG-JARGON': '"EHCP, SEMH, ELSA, NGRT and ADHD-friendly strategies will be used by all staff. SLT will monitor via the IEP and the PSP." - string of unexplained acronyms (also NGRT and CAMHS unexplained in B/C).'},
  ['SC-STATUTORY-LINK'],
  {'PR-QUANTIFIED': 'Pass (debatable): the vague movement-break row still states length (five minutes), frequency (every lesson) and who (named TA); failure is the woolly wording.',
   'PC-SMART': 'Pass: the EF table states all outcomes are for July 2027; the remaining real outcomes are measurable. The provision-as-outcome rows are graded under PC-OUTCOME-NOT-PROVISION.',
   'PR-QUANTIFIED ': ''}),
 ('p03.docx', 'letter-column', 3, 'Nursery (FS1)', ['Down syndrome', 'SLCN', 'physical'], 'What Maisie tells us through signs and play (key person)', {}, ['PC-PFA', 'SC-STATUTORY-LINK'],
  {'PC-VOICE': 'TRAP pass: a three-year-old\'s views "gathered by her key person ... through play and observation".',
   'CA-ANNUAL-REVIEW': 'Pass: issued 14 October 2026.'}),
 ('p04.docx', 'bold-statutory', 17, 'Year 12', ['physical (cerebral palsy)'], 'first-person (young person\'s own words)', {}, ['SC-STATUTORY-LINK'],
  {'PC-OUTCOME-NOT-PROVISION': 'TRAP pass: "pass her Level 2 Business course and receive a certificate"; "receive a positive employer report"; "access the community independently" are achievements.',
   'PR-QUANTIFIED': 'TRAP pass: "A laptop with speech-to-text software, set up by the IT technician"; "25% extra time in all examinations ... arranged by the SENCo" need no group size.'}),
 ('p05.docx', 'shaded-heading-table', 10, 'Year 5', ['MLD', 'epilepsy', 'SEMH'], 'child\'s quoted words + family', {
   'HC-NEEDS-MET': 'C: "Leo has epilepsy (focal seizures ...) He has rescue medication prescribed." G lists only the ophthalmology clinic - nothing for epilepsy (no epilepsy nurse, care plan or staff training).',
   'HC-OUTCOMES': 'No outcome in E relates to epilepsy/seizure recovery; only the glasses need leads to an outcome.',
   'CA-ANNUAL-REVIEW': '"Date plan issued | 14 October 2025" and no later review date - more than 12 months before 2026-12-01.',
   'LG-SPELLING': '"dificulties", "writen work", "dailey for 10 minutes", "medicaton", "brillient goalkeeper".'},
  ['PC-PFA', 'SC-STATUTORY-LINK', 'HC-THERAPY-PLACEMENT'],
  {'HC-DCO-SIGNOFF': 'Pass: "Agreed by Ms Carr, Designated Clinical Officer, on 7 October 2025."'}),
 ('p06.docx', 'national-template', 12, 'Year 7', ['HI'], 'child\'s written words with Teacher of the Deaf', {
   'CA-DATED': 'K row "Educational advice | 14 May 2026 | (Who from left blank)" - not attributed.',
   'PC-SMART': '"By July 2027, Ellie will be happier and more settled at Hollins Park." - not measurable.',
   'HC-NEEDS-MET': 'C-G-E row: asthma ("needs it with her for PE and netball") has an empty G cell - no health provision for the asthma.'},
  ['PC-PFA', 'SC-STATUTORY-LINK', 'HC-THERAPY-PLACEMENT'],
  {'CA-STATUTORY-ADVICE': 'Pass: Teacher of the Deaf advice (Mr Ahmed, 28 May 2026) present; PfA row correctly "Not applicable (Year 7)".',
   'HC-OUTCOMES': 'Pass: the asthma row has an E outcome (carry inhaler to PE) even though G is empty.'}),
 ('p07.docx', 'heading2-numbered', 19, 'Post-19 (Year 14)', ['SLD', 'ASC'], 'picture book and short phrases gathered by tutor', {
   'SC-RIGHT-SECTION': 'F: "Overnight short breaks at Willow Lodge respite unit, two nights each month, funded by Adult Social Care." and "Personal care support at home each morning from a care agency worker" - social care in F.',
   'SC-PROVISION-SPECIFIC': 'H1: "Short breaks to continue as before." H2: "Support will be put in place as agreed with the family." - no what/how much.',
   'LG-GRAMMAR': '"He need a clear routine and a warning before things changes."; "may becomes distressed"; "Daniel\'s mum receive a direct payment".'},
  NOHEALTH + ['SC-STATUTORY-LINK'],
  {'CA-ANNUAL-REVIEW': 'Pass: last annual review 18 November 2026.',
   'PC-OUTCOME-NOT-PROVISION': 'TRAP pass: "Daniel will access the community independently to go to the leisure centre..."'}),
 ('p08.docx', 'ef-table', 9, 'Year 4', ['VI'], 'child\'s quoted words (QTVI)', {}, ['PC-PFA', 'SC-STATUTORY-LINK'],
  {'PR-VAGUE-WORDING': 'TRAP pass: "From May 2026, a specialist teacher (QTVI) ... will teach Priya" - May is the month.',
   'CA-STATUTORY-ADVICE': 'Pass: QTVI advice (Mrs Lord, 17 April 2026) present.'}),
 ('p09.docx', 'letter-column', 14, 'Year 9', ['SEMH'], 'child\'s quoted words to mentor', {
   'SC-STATUTORY-LINK': 'D: "Jayden has been subject to a child protection plan under the category of neglect since March 2026." - no social worker contribution, no CP plan link; H1 "None." H2 "None."; no social care advice in K.',
   'SC-ADVICE': 'K has no social care advice at all.',
   'CA-STATUTORY-ADVICE': 'Social care advice (reg 6) missing from K.',
   'SC-PROVISION-SPECIFIC': 'H1 "None." / H2 "None." with described needs (CP plan, caring for brother) and no statement that short breaks or early help were considered.'},
  ['HC-THERAPY-PLACEMENT'], {}),
 ('p10.docx', 'bold-statutory', 11, 'Year 6', ['SpLD (dyslexia)', 'EAL'], 'parent only (no child views)', {
   'PC-VOICE': '"Andrei\'s views were not available at the time this plan was written." - no child\'s views.',
   'PR-QUANTIFIED': '"A weekly session of small group reading activities for 10 weeks." (no who, length or group size); "Support with spelling from an adult."; "A laptop for extended writing." (no who provides).',
   'PC-ASPIRATION-LINK': 'A: football coach, making friends and joining the football team at secondary; E has only decoding, spelling and writing-speed outcomes - nothing builds on them.',
   'LG-READABILITY': 'A: "It was reported by Andrei\'s mother ... that Andrei\'s presentation within the home environment is characterised by a marked reluctance..." and E: "demonstrate automaticity ... in grapheme-phoneme correspondence ... across the extended code" - not readable by a family (EAL).'},
  NOHEALTH + ['PC-PFA', 'SC-STATUTORY-LINK', 'HC-THERAPY-PLACEMENT'],
  {'LG-JARGON': 'Pass (debatable): technical terms in E are glossed in brackets; the failure is register/readability.'}),
 ('p11.docx', 'shaded-heading-table', 4, 'Reception', ['SLCN', 'type 1 diabetes'], 'views through play and photographs (key person)', {}, ['PC-PFA', 'SC-STATUTORY-LINK'],
  {'HC-NEEDS': 'TRAP pass: "Amara has no difficulty walking, running or climbing" sits alongside a real health need (type 1 diabetes), which is met in G.',
   'PR-QUANTIFIED': 'TRAP pass: therapist "visiting school once each half-term (6 visits a year, 1 hour each)"; "Mondays, Wednesdays and Fridays, 15 minutes each time".'}),
 ('p12.docx', 'national-template', 16, 'Year 11', ['ADHD', 'SpLD (dyslexia)'], 'young person\'s quoted words at review', {}, ['SC-STATUTORY-LINK', 'HC-THERAPY-PLACEMENT'],
  {'PR-QUANTIFIED': 'TRAP pass: "25% extra time in exams, arranged by the SENCo"; "A laptop with speech-to-text software, set up by the IT technician".',
   'PC-OUTCOME-NOT-PROVISION': 'TRAP pass: "complete his two-week work experience placement and receive a positive employer report".',
   'CA-DATED': 'TRAP pass: the last K row ("Advice and information from any person the child\'s parent ... reasonably requests") is an unfilled template row, not an advice item.'}),
 ('p13.docx', 'heading2-numbered', 13, 'Year 8', ['SEMH', 'looked after'], 'first-person profile + written views with social worker', {}, ['PC-PFA'],
  {'SC-STATUTORY-LINK': 'Pass: care order, care plan reviewed by IRO, social worker advice, PEP aligned with E, Virtual School advice in K.',
   'CA-ANNUAL-REVIEW': 'Pass: issued 16 March 2026.'}),
 ('p14.docx', 'ef-table', 18, 'Year 13', ['ASC', 'anxiety'], 'first-person written by young person', {
   'PC-PFA': 'Age 18: outcomes are only A level grades, mock exams, asking for help and attendance - nothing on independent living (travel, cooking, money), community or health though A asks for it.',
   'CA-ADVICE-AGE': 'K: "Educational psychology advice | Dr Lewin | 14 March 2022" - over four years old at issue (21 May 2026).',
   'PR-OUTCOME-LINK': 'B Sensory: "very sensitive to noise and to bright fluorescent light ... often skips lunch" - no provision in F for this need.',
   'PC-ASPIRATION-LINK': 'A: "I would like to be able to get the train by myself"; parents want travel, cooking, money - no outcome builds on these (only A levels).'},
  ['SC-STATUTORY-LINK'], {}),
 ('p15.docx', 'letter-column', 6, 'Year 1', ['SLD', 'global developmental delay', 'non-verbal'], 'What Oliver tells us through signs and play (observation by class teacher)', {
   'HC-THERAPY-PLACEMENT': 'G: "Speech and language therapy: ... a communication programme ... training his TA to deliver the programme daily" and "Occupational therapy: ... fine motor programme" - educational therapy placed in G not F.',
   'PC-STRENGTHS': 'A and B are deficit-only: "Oliver has no spoken words and does not use signs...", "does not play with other children", "cannot hold a spoon or crayon" - no strengths stated.',
   'PC-ASPIRATIONS': 'No aspirations for now or the future from Oliver or his parents (A has background, observed likes and parents\' difficulties only).'},
  ['PC-PFA', 'SC-STATUTORY-LINK'],
  {'PC-ASPIRATION-LINK': 'Pass: outcomes build on interests in A (bubbles, music, light-up toys).'}),
 ('p16.docx', 'bold-statutory', 8, 'Year 3', ['ADHD', 'SEMH', 'child in need'], 'first-person profile (told to learning mentor) + quoted words', {}, ['PC-PFA', 'HC-THERAPY-PLACEMENT'],
  {'SC-STATUTORY-LINK': 'Pass: CIN plan described in D, social worker advice and attendance, CIN plan in K, CIN support in H2.'}),
 ('p17.docx', 'shaded-heading-table', 21, 'Post-19', ['PMLD', 'physical', 'epilepsy'], 'observation and eye-pointing by key worker', {
   'HC-PROVISION-SPECIFIC': 'G: "Input from the community learning disability nursing team as required."; "Physiotherapy review."; "The dietitian will monitor Sophie\'s weight" - no frequency/duration.',
   'HC-DCO-SIGNOFF': 'No record anywhere that health (DCO/commissioner) agreed the health provision.',
   'HC-ADVICE-PROVIDERS': 'The dietitian provides in G but no dietetic advice is listed in K.'},
  ['SC-STATUTORY-LINK'],
  {'HC-NEEDS-MET': 'Pass: each need in C (epilepsy, gastrostomy/weight, chest infections/swallow, posture) has some G/F provision, though unspecific.'}),
 ('p18.docx', 'national-template', 5, 'Year 1', ['ASC', 'EAL'], 'observation and photo choice board (bilingual TA)', {
   'PC-OUTCOME-NOT-PROVISION': 'E: "By April 2027, Zara will recieve speech and language therapy every week." and "From September 2026, Zara has a TA at lunchtime and eats in a quiet room."',
   'PR-VAGUE-WORDING': 'F: "Speech and language therapy support as required." and "Opportunities to play with other children as appropriate, with adult support where possible."',
   'PR-QUANTIFIED': 'The same two F items give no frequency, duration, group size or who.',
   'LG-SPELLING': '"recieve", "begining", "referal".'},
  NOHEALTH + ['PC-PFA', 'SC-STATUTORY-LINK'],
  {'HC-NEEDS': 'Pass: "no other health needs; her hearing test in November 2025 was normal".'}),
 ('p19.docx', 'heading2-numbered', 15, 'Year 10 (Year 9 at last review)', ['MLD', 'SEMH'], 'child\'s quoted words at review', {
   'HC-NEEDS': 'C: "To be confirmed."',
   'CA-ANNUAL-REVIEW': '"Date this plan was issued | 2 March 2024", "Date of last annual review | 11 April 2025" - over 12 months before 2026-12-01.',
   'PC-SMART': '"Callum will improve his reading."; "Callum will make progress in English and maths."; "Callum will be more confident and will behave better in lessons." - no measure or date.'},
  NOHEALTH + ['SC-STATUTORY-LINK', 'HC-THERAPY-PLACEMENT'],
  {'PC-PFA': 'Pass: PfA outcomes (college taster/options; cooking a meal) are present and SMART.'}),
 ('p20.docx', 'ef-table', 12, 'Year 7', ['DLD', 'SLCN'], 'child\'s quoted words (drawing + words)', {
   'PR-QUANTIFIED': '"Vocabulary pre-teaching using word maps. | Each week | TA"; "Speech and language therapy programme delivered in school. | Weekly | TA"; "Small group work to develop social skills. | Each week | Pastoral team" - no length or group size.',
   'HC-ADVICE': 'Health advice in K is "Dr Green, Community Paediatrician | 9 February 2023" and "Audiology report | 2 March 2023" - not current.',
   'CA-ADVICE-AGE': 'Medical and audiology advice over 24 months old at issue (20 July 2026).'},
  ['PC-PFA', 'SC-STATUTORY-LINK'], {}),
 ('p21.docx', 'letter-column', 10, 'Year 6', ['ASC', 'anxiety'], 'first-person profile + written booklet with mentor', {}, ['PC-PFA', 'SC-STATUTORY-LINK'],
  {'CA-ANNUAL-REVIEW': 'Pass: reviewed 2 November 2026, issued 19 November 2026.'}),
 ('p22.docx', 'bold-statutory', 14, 'Year 9', ['Tourette syndrome', 'ADHD', 'SEMH'], 'parents and school only', {
   'PC-VOICE': 'Section A has "Parents\' views" and "School\'s view of Dana" only - Dana\'s own views are not recorded.',
   'CA-DATED': 'K: "Educational advice, received 9 February 2026." and "Psychological advice, received 2 March 2026." - no person, role or service named.',
   'SC-NEEDS': 'D: "N/A" - neither describes needs nor says there are none and on what basis.'},
  ['SC-STATUTORY-LINK'],
  {'SC-PROVISION-SPECIFIC': 'Pass: H1 says short breaks were considered by the Disabled Children\'s Team.'}),
 ('p23.docx', 'shaded-heading-table', 2, 'Early years (pre-school)', ['physical (cerebral palsy)', 'VI (CVI)'], 'What Freddie tells us through signs and play (key person)', {}, ['PC-PFA', 'SC-STATUTORY-LINK'],
  {'CA-STATUTORY-ADVICE': 'Pass: QTVI advice present for the vision impairment.'}),
 ('p24.docx', 'national-template', 11, 'Year 7', ['Down syndrome', 'SLD', 'HI', 'child in need'], 'symbol talking mat (form tutor)', {
   'SC-STATUTORY-LINK': 'D: "supported under a Child in Need plan (since May 2026)" - no social worker contribution, no reference to the CIN plan, no social care advice in K.',
   'SC-ADVICE': 'K "Social care" row left blank (no date, no who).',
   'CA-STATUTORY-ADVICE': 'Social care advice missing.',
   'PC-STRENGTHS': 'Strengths rows are deficits: "Ruby needs adult support for most tasks and has a short attention span."; "Ruby\'s speech is unclear and she has a limited vocabulary."; "Ruby can become upset and refuse to cooperate when tired."'},
  ['PC-PFA'], {}),
]

import datetime
out = {'audit_date': datetime.date(2026, 12, 1), 'plans': []}
for f, layout, age, yg, needs, voice, fails, na, notes in P:
    labels = {}
    for c in CRIT:
        labels[c] = 'fail' if c in fails else ('na' if c in na else 'pass')
    why = {k: v for k, v in fails.items()}
    for k, v in notes.items():
        k = k.strip()
        if v and k not in why:
            why[k] = v
    out['plans'].append({'file': f, 'layout': layout, 'age': age, 'year_group': yg, 'needs': needs, 'voice': voice,
                         'labels': labels, 'why': why})
    assert not (set(fails) & set(na)), f
    assert set(fails) <= set(CRIT), (f, set(fails) - set(CRIT))
with open('labels.yaml', 'w') as fh:
    yaml.safe_dump(out, fh, sort_keys=False, allow_unicode=True, width=200)
# summary
from collections import Counter
cnt = Counter(c for p in out['plans'] for c, v in p['labels'].items() if v == 'fail')
print('sound', sum(1 for p in out['plans'] if 'fail' not in p['labels'].values()), 'failure plans', sum(1 for p in out['plans'] if 'fail' in p['labels'].values()))
for c in CRIT:
    print(f'{c:26s} {cnt[c]}')
print('per plan', [(p['file'], sum(v == 'fail' for v in p['labels'].values())) for p in out['plans']])
print(Counter(p['layout'] for p in out['plans']))
