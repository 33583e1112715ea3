"""Builds labels.yaml (the answer key) for set AG2."""
import yaml, os
CRIT = ['CA-DATED', 'CA-ADVICE-AGE', 'CA-STATUTORY-ADVICE', 'CA-ANNUAL-REVIEW',
        'PC-OUTCOME-NOT-PROVISION', 'PC-SMART', 'PC-VOICE', 'PC-ASPIRATIONS', 'PC-ASPIRATION-LINK', 'PC-PFA', 'PC-STRENGTHS',
        'PR-VAGUE-WORDING', 'PR-QUANTIFIED', 'PR-OUTCOME-LINK',
        'HC-NEEDS', 'HC-PROVISION-SPECIFIC', 'HC-NEEDS-MET', 'HC-ADVICE', 'HC-DCO-SIGNOFF', 'HC-THERAPY-PLACEMENT', 'HC-ADVICE-PROVIDERS', 'HC-OUTCOMES',
        'SC-NEEDS', 'SC-STATUTORY-LINK', 'SC-PROVISION-SPECIFIC', 'SC-ADVICE', 'SC-RIGHT-SECTION',
        'LG-SPELLING', 'LG-GRAMMAR', 'LG-READABILITY', 'LG-JARGON']

P = []
def plan(file, layout, age, yg, needs, voice, fails=(), na=(), why=None):
    labels = {c: ('fail' if c in fails else 'na' if c in na else 'pass') for c in CRIT}
    for c in list(fails) + list(na):
        assert c in CRIT, c
    P.append({'file': file, 'layout': layout, 'age': age, 'year_group': yg, 'needs': needs, 'voice': voice,
              'labels': labels, 'why': why or {}})

plan('ag201.docx', 'bold-statutory', 7, 'Year 2', ['ADHD', 'SEMH', 'attachment difficulties after early trauma', 'kinship care (special guardianship)'], 'first person (child, gathered by TA) + grandmother',
     na=['PC-PFA', 'HC-THERAPY-PLACEMENT', 'SC-STATUTORY-LINK'],
     why={
      'PC-OUTCOME-NOT-PROVISION': 'PASS: "Alfie will receive praise from adults calmly" is an achievement with a measure, not support given (trap)',
      'PC-VOICE': 'PASS: "My views \u2013 gathered by Mrs Dale (my teaching assistant) while I drew a picture of my best day, 12 January 2026" - attributed child voice plus Nana\'s views',
      'PR-QUANTIFIED': 'PASS: "The educational psychologist (EP) will visit once a term for 1.5 hours" - a professional visit needs who/how often/how long, not a group size (trap)',
      'PR-VAGUE-WORDING': 'PASS: "June 2026: two transition visits of 30 minutes" - a month opening a provision item is not vague (trap)',
      'HC-NEEDS': 'PASS: "Alfie has no trouble getting to sleep now that he has a bedtime routine, but his medicine takes away his appetite in the middle of the day" - the appetite need is met in G and E6 (trap)',
      'HC-DCO-SIGNOFF': 'PASS: "Health agreement: the health provision in this section was reviewed and agreed by Claire Hebden, Designated Clinical Officer (DCO)"',
      'SC-STATUTORY-LINK': 'NA: special guardianship ("Nana has been Alfie\u2019s special guardian since he was three") is not looked-after, child in need or child protection status',
      'SC-PROVISION-SPECIFIC': 'PASS: "a kinship support worker from the Kinship and Special Guardianship Support Team will visit Nana at home once a month for 1 hour, for 12 months, then review"',
     })

plan('ag202.docx', 'national-template', 3, 'Early years (pre-school nursery)', ['severe learning difficulties', 'global developmental delay', 'hypotonia', 'eating and drinking difficulty'], 'observation and play by key person + parents',
     na=['PC-PFA', 'SC-STATUTORY-LINK', 'SC-RIGHT-SECTION'],
     why={
      'PC-VOICE': 'PASS: "Maisie\u2019s views \u2013 gathered through observation and play by her key person, Becky Lamb (Nursery Practitioner)" - non-verbal 3-year-old, views gathered by someone who knows her (trap)',
      'CA-DATED': 'PASS: the K rows left as template wording ("Advice and information from any person the child\u2019s parent or young person reasonably requests that the local authority seek it from." with only YES/ NO) are not advice items (trap); every filled row has who and date',
      'PR-QUANTIFIED': 'PASS: "will see Maisie on her own at nursery on Tuesday mornings, every other week, for 30 minutes" - therapist seeing the child alone, no group size needed; "A supportive chair with a tray for snack and table-top play, provided and maintained by the occupational therapy service" - equipment with who maintains it (trap)',
      'HC-THERAPY-PLACEMENT': 'PASS: communication speech and language therapy and occupational therapy are in F; the eating-and-drinking therapist in G ("A speech and language therapist trained in eating and drinking difficulties will assess Maisie") is health provision (trap)',
      'SC-NEEDS': 'PASS: "It found no assessed social care needs at present" - none stated with the basis (Child and Family Assessment, 24 February 2026) (trap)',
      'SC-PROVISION-SPECIFIC': 'PASS: "None at present. The family have been signposted to the local offer stay-and-play sessions." - local offer considered',
      'HC-DCO-SIGNOFF': 'PASS: "Health agreement: the health provision above was reviewed and agreed by Claire Hebden"',
      'CA-ANNUAL-REVIEW': 'PASS: "Date this plan was issued: 5 May 2026" (and a six-monthly review on 10 November 2026)',
     })

plan('ag203.docx', 'shaded-heading-table', 12, 'Year 8', ['Duchenne muscular dystrophy', 'physical disability', 'literacy difficulties', 'low mood'], 'first person (typed by key worker) + mother',
     na=['PC-PFA', 'SC-STATUTORY-LINK'],
     why={
      'PC-OUTCOME-NOT-PROVISION': 'PASS: "Harvey will receive his iDEA Bronze Award (a national digital skills award)" - receiving an award is an achievement (trap)',
      'PR-QUANTIFIED': 'PASS: "25% extra time, a reader and rest breaks in all tests and exams." arranged by the SENCo, and the laptop maintained by the "School information technology (IT) technician" - access arrangements and equipment need no group size (trap)',
      'PR-VAGUE-WORDING': 'PASS: "February 2027: options meeting to plan Harvey\u2019s Key Stage 4 subjects and access needs." - a month opening the item (trap); "Harvey has access to the full curriculum" is in B, not F (trap)',
      'HC-NEEDS': 'PASS: "Harvey has no trouble with eating or swallowing at present, but he has tight muscles in his ankles, knees and hips" - the real need is met by the stretching programme in G (trap)',
      'HC-PROVISION-SPECIFIC': 'PASS: "repairs on request within 2 working days" sits beside a planned check every 6 months - specific (trap)',
      'HC-DCO-SIGNOFF': 'PASS: "Health agreement: reviewed and supported by Claire Hebden"',
      'LG-SPELLING': 'PASS: "wellbeing" and "powerchair" are correct domain vocabulary (trap)',
     })

plan('ag204.docx', 'bold-statutory', 19, 'Post-16 (supported internship)', ['moderate learning difficulties', 'anxiety about change'], 'first person (young person) + mother',
     na=['HC-PROVISION-SPECIFIC', 'HC-NEEDS-MET', 'HC-DCO-SIGNOFF', 'HC-THERAPY-PLACEMENT', 'HC-ADVICE-PROVIDERS', 'HC-OUTCOMES', 'SC-STATUTORY-LINK'],
     why={
      'PC-OUTCOME-NOT-PROVISION': 'PASS: "Chloe will gain a positive reference from her placement manager", "Chloe will access the community independently" and "Chloe will gain her Entry Level 3 Functional Skills qualification in maths" are achievements (trap)',
      'PR-QUANTIFIED': 'PASS: "In Functional Skills exams, a reader and 25% extra time, arranged by the college exams officer." and "A tablet with a step-by-step picture app for kitchen tasks, set up by the job coach" - no group size needed (trap)',
      'PR-VAGUE-WORDING': 'PASS: "From January 2027, the job coach will fade support to a 15-minute check-in" - month-led, specific (trap)',
      'HC-NEEDS': 'PASS: "Chloe has no health care needs relating to her special educational needs. This is based on the medical advice from her GP (family doctor), Dr Amira Haddad" - none, with the basis (trap)',
      'HC-ADVICE': 'PASS: "Medical advice (annual learning disability health check summary) \u2013 Dr Amira Haddad, GP, Harbour Medical Practice, 11 February 2026."',
      'PC-PFA': 'PASS: outcomes grouped under employment, independent living, friends and community, good health',
      'SC-RIGHT-SECTION': 'PASS: Care Act support in H2; "Not applicable. Chloe is 19; provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 applies only to children and young people under 18." (trap)',
     })

plan('ag205.docx', 'shaded-heading-table', 10, 'Year 5', ['epilepsy with vagus nerve stimulator', 'memory and processing difficulties', 'young carer', 'child in need plan'], 'first person (child, with teacher) + mother',
     na=['PC-PFA', 'HC-THERAPY-PLACEMENT'],
     why={
      'SC-STATUTORY-LINK': 'PASS: "The social worker\u2019s advice (26 February 2026) and the CIN plan have shaped this EHC plan" and H2 "Child in Need plan: the social worker will visit Jack and his family at least every 4 weeks"',
      'HC-NEEDS': 'PASS: "Jack has no trouble sleeping or eating, but he is very tired after seizures and needs to rest." - no-difficulty sentence beside real needs covered in G and F (trap)',
      'HC-PROVISION-SPECIFIC': 'PASS: "given when needed by trained staff following the IHCP (for any seizure lasting 5 minutes or more)" - "when needed" in G is defined (trap)',
      'PR-VAGUE-WORDING': 'PASS: "From September 2026, swimming lessons with the class" is month-led; "he can lose up to half a day of learning" is in B, not F (trap)',
      'HC-DCO-SIGNOFF': 'PASS: "Health agreement: the provision in Section G was confirmed by Claire Hebden"',
      'LG-SPELLING': 'PASS: "multi-agency" is correct public-sector vocabulary (trap)',
     })

plan('ag206.docx', 'national-template', 15, 'Year 10', ['ADHD', 'attachment difficulties after early trauma', 'SEMH', 'looked after (foster care)'], 'first person (with mentor) + foster carers',
     fails=['CA-STATUTORY-ADVICE', 'PC-OUTCOME-NOT-PROVISION', 'PC-SMART', 'PC-ASPIRATION-LINK', 'PC-PFA', 'SC-NEEDS', 'SC-STATUTORY-LINK', 'SC-PROVISION-SPECIFIC', 'SC-ADVICE', 'LG-JARGON'],
     na=['HC-THERAPY-PLACEMENT', 'SC-RIGHT-SECTION'],
     why={
      'CA-STATUTORY-ADVICE': '"Social care" row in K left blank - a looked-after child\'s plan with no social care advice',
      'PC-OUTCOME-NOT-PROVISION': '"Jayden will be given a daily check-in with his key adult." - provision written as an outcome',
      'PC-SMART': '"Jay will feel calmer in school." - a feeling with no measure and no date; "Jayden will be given a daily check-in with his key adult." has neither either',
      'PC-ASPIRATION-LINK': '"Jay wants to be a motor vehicle mechanic, to go to Holmsea College on the motor vehicle course" - no outcome builds on this; outcomes are all classroom behaviour, reading and health',
      'PC-PFA': 'Year 10: no outcome for employment/college, independent living, community or managing his own health, e.g. "By July 2027, Jay\u2019s reading age will be at least 12 years 6 months"',
      'SC-NEEDS': '"Jayden is a looked after child." - legal status only, no description of need',
      'SC-STATUTORY-LINK': '"Currently a looked after child?" answered "Yes" but D is "Jayden is a looked after child." and H1/H2 "None." - no care plan, personal education plan or social worker contribution',
      'SC-PROVISION-SPECIFIC': 'H1 and H2 "None." with no consideration of short breaks, local offer or early help',
      'SC-ADVICE': 'No social care advice listed in K (the "Social care" row is empty)',
      'SC-RIGHT-SECTION': 'NA: no social care provision appears anywhere in the plan',
      'LG-JARGON': '"Reading intervention with a HLTA", "Small-group social communication sessions with the ELSA", "EP consultation", "CAMHS", "KS4 access arrangements" - acronyms never spelled out',
      'HC-DCO-SIGNOFF': 'PASS: "Health provision agreed by the DCO, East Coast ICB \u2013 Claire Hebden, 24 February 2026."',
      'CA-DATED': 'PASS: every filled K row has who and date; the empty "Social care" row is missing advice, graded under CA-STATUTORY-ADVICE',
     })

plan('ag207.docx', 'bold-statutory', 8, 'Year 3', ['epilepsy', 'severe learning difficulties', 'continence'], 'symbols (Talking Mats) and observation + parents',
     fails=['HC-NEEDS-MET', 'HC-OUTCOMES', 'HC-DCO-SIGNOFF', 'SC-RIGHT-SECTION', 'LG-SPELLING'],
     na=['PC-PFA', 'SC-STATUTORY-LINK'],
     why={
      'HC-NEEDS-MET': '"Lily is not yet toilet trained and wears pads. Over the last year she has had frequent urine infections" - continence need with nothing in G (no continence service, drinking or changing routine)',
      'HC-OUTCOMES': 'No outcome in E for continence/urine infections, a significant health need in C ("the school nurse has advised that Lily needs a drinking and changing routine at school and a toileting assessment")',
      'HC-DCO-SIGNOFF': 'Section G ends with "so that her parents can recieve the information the same day." - no record of health agreement anywhere',
      'SC-RIGHT-SECTION': '"Lily will attend the Saturday Sunbeams club at the Holmsea Short Breaks Centre for 5 hours every other Saturday" and overnight short breaks are written in Section F, while H1 says "None."',
      'LG-SPELLING': '"this is seperate from her school day", "she occassionally bites her hand", "so that her parents can recieve the information", "We will definately review" - four misspellings',
      'SC-PROVISION-SPECIFIC': 'PASS: "A family support worker from the Children with Disabilities Team will visit the family at home once a month for 1 hour" - H2 is specific; the misplaced short breaks are failed under SC-RIGHT-SECTION',
      'PC-VOICE': 'PASS: "My views \u2013 gathered using symbols (Talking Mats) and observation by my class teacher, Mr Coyle, 8 January 2026" (trap)',
      'HC-PROVISION-SPECIFIC': 'PASS: the G items that exist are specific ("review Lily\u2019s epilepsy every 4 months in clinic (30 minutes)")',
     })

plan('ag208.docx', 'shaded-heading-table', 14, 'Year 9', ['attachment difficulties after early trauma', 'SEMH', 'literacy difficulties', 'young carer', 'child protection plan'], 'first person (with mentor) + mother',
     fails=['CA-STATUTORY-ADVICE', 'PC-OUTCOME-NOT-PROVISION', 'PC-SMART', 'PR-VAGUE-WORDING', 'PR-QUANTIFIED', 'HC-NEEDS', 'HC-ADVICE', 'LG-GRAMMAR'],
     na=['HC-PROVISION-SPECIFIC', 'HC-NEEDS-MET', 'HC-DCO-SIGNOFF', 'HC-THERAPY-PLACEMENT', 'HC-ADVICE-PROVIDERS', 'HC-OUTCOMES'],
     why={
      'PC-OUTCOME-NOT-PROVISION': '"Kayden has a mentor he can talk to in school.", "Kayden is given time out of class when he needs it.", "Kayden will receive 1:1 reading support to improve his reading.", "Staff will help Kayden to manage his anger better." - provision in four grammatical forms',
      'PC-SMART': 'E1, E2 and E4 are "Ongoing" with measures such as "Fewer incidents"; none says what Kayden will do, how much, by when',
      'PR-VAGUE-WORDING': '"Regular mentoring sessions with the learning mentor.", "Access to the inclusion room as appropriate when Kayden is upset or angry.", "Reading support should be provided, using a reading programme.", "Kayden may be offered a place in the anger management group.", "Opportunities to take part in lunchtime clubs."',
      'PR-QUANTIFIED': 'Mentoring has no frequency or length ("Regular"), reading support "Where possible" has no frequency or length, the anger management group is "Small group" and "To be confirmed"',
      'HC-NEEDS': '"Awaiting health advice from the school nursing service. This section will be updated when the advice is received."',
      'HC-ADVICE': '"Holmsea School Nursing Team \u2013 requested 2 February 2026, not received" - no health advice',
      'CA-STATUTORY-ADVICE': 'No medical (health) advice: "requested 2 February 2026, not received"',
      'LG-GRAMMAR': '"their are times when Kayden has had to do too much", "he have been on a child protection plan since February 2026", "Kayden and his sister lives with their mum", "understand the the texts", "This is a untidy picture", "If their is anything in this plan"',
      'SC-STATUTORY-LINK': 'PASS: "The child protection plan asks school to monitor Kayden\u2019s attendance" and H2 "Child protection plan: the social worker visits the family every 10 working days" - the CP plan informs D and H',
      'HC-NEEDS-MET': 'NA: C records no needs, only "Awaiting health advice" (failed under HC-NEEDS) and G has "None at this time." - nothing to match',
      'HC-DCO-SIGNOFF': 'NA: no health provision in G to agree',
      'PC-OUTCOME-NOT-PROVISION_note': 'E5 "gain a positive report from his supervisor" is an achievement; the failure rests on E1-E4',
      'CA-DATED': 'PASS: "requested 2 February 2026, not received" is missing advice, not an undated item',
     })

plan('ag209.docx', 'national-template', 6, 'Year 1', ['severe learning difficulties', 'cerebral visual impairment', 'hypotonia'], 'observation by class team + mother',
     fails=['CA-STATUTORY-ADVICE', 'PC-ASPIRATIONS', 'PC-ASPIRATION-LINK', 'HC-PROVISION-SPECIFIC', 'HC-THERAPY-PLACEMENT', 'HC-ADVICE-PROVIDERS'],
     na=['PC-PFA', 'SC-STATUTORY-LINK'],
     why={
      'CA-STATUTORY-ADVICE': '"Gemma Lowe, Teaching Assistant (vision), Sensory Support Service" - vision advice for a child with a vision impairment from a teaching assistant, not a qualified teacher of the visually impaired',
      'PC-ASPIRATIONS': '"To be discussed with Mum at Millie\u2019s first annual review." - no aspirations',
      'PC-ASPIRATION-LINK': 'With no aspirations recorded ("To be discussed with Mum at Millie\u2019s first annual review.") the outcomes cannot build on them',
      'HC-PROVISION-SPECIFIC': '"Physiotherapy as required." - no who, how often or how long',
      'HC-THERAPY-PLACEMENT': '"A speech and language therapist (Holmsea Children\u2019s Therapy Service) will work with Millie 1:1 at school for 30 minutes every Wednesday during term time, teaching her to use her communication book" - therapy that teaches the child, placed in G instead of F',
      'HC-ADVICE-PROVIDERS': 'Physiotherapy is provided in G ("Physiotherapy as required.") but no physiotherapy advice appears in K',
      'HC-NEEDS-MET': 'PASS (arguable): each C row has a G entry; the physiotherapy entry is unspecific, failed under HC-PROVISION-SPECIFIC',
      'PC-VOICE': 'PASS: "Millie\u2019s views \u2013 gathered through observation by her class teacher, Mrs Quinn, and her teaching assistant over four weeks in February 2026, and by Mum" (trap)',
      'HC-DCO-SIGNOFF': 'PASS: "Health sign-off: health provision reviewed and supported by Claire Hebden"',
     })

plan('ag210.docx', 'bold-statutory', 11, 'Year 6', ['ADHD', 'SEMH', 'handwriting and fine motor', 'social communication', 'special guardianship'], 'first person (typed by learning mentor) + grandparents',
     fails=['CA-ANNUAL-REVIEW', 'CA-ADVICE-AGE', 'HC-ADVICE', 'PR-VAGUE-WORDING', 'PR-QUANTIFIED'],
     na=['PC-PFA', 'SC-STATUTORY-LINK'],
     why={
      'CA-ANNUAL-REVIEW': '"Date this plan was issued" "14 October 2024" and "Last annual review" "20 November 2025 (plan maintained without amendment)" - over 12 months before the audit date (8 December 2026)',
      'CA-ADVICE-AGE': '"Psychological advice \u2013 Dr Hannah Pryce, Educational Psychologist, Holmsea Educational Psychology Service, 9 March 2022." and medical advice of "2 February 2022" - over 24 months before the plan was issued',
      'HC-ADVICE': '"Medical advice \u2013 Dr Priya Nair, Community Paediatrician, Holmsea Community Paediatrics, 2 February 2022." - out of date; C even says "His medicine was last reviewed in early 2022."',
      'PR-VAGUE-WORDING': '"Tyler should have access to a movement break where possible", "Regular check-ins with his learning mentor", "Fine motor and handwriting group, as appropriate, led by a teaching assistant."',
      'PR-QUANTIFIED': '"Social skills group with the learning mentor, working on turn-taking, losing and sorting out disagreements." - no group size, frequency or length; "Speech and language therapy to work on conversation skills and understanding jokes and sarcasm, delivered by the speech and language therapist" - no amount',
      'SC-ADVICE': 'PASS (arguable): "Social care advice \u2013 Dawn Pickering, Social Worker, Kinship and Special Guardianship Support Team, 20 September 2024." - attributed, dated and current when the plan was issued; the plan\'s overall age is failed under CA-ANNUAL-REVIEW',
      'HC-DCO-SIGNOFF': 'PASS: "Health agreement: health provision agreed by Claire Hebden"',
      'PC-SMART': 'PASS: outcomes were measurable and dated when written ("By July 2026, Tyler will put his hand up and wait to be asked before speaking in at least 8 out of 10 whole-class discussions")',
     })

plan('ag211.docx', 'national-template', 16, 'Year 11', ['epilepsy with vagus nerve stimulator', 'learning difficulties', 'anxiety', 'young carer'], 'first person (with key worker) + mother',
     fails=['PC-STRENGTHS', 'PC-ASPIRATION-LINK', 'HC-NEEDS-MET', 'LG-READABILITY', 'LG-JARGON'],
     na=['HC-THERAPY-PLACEMENT', 'SC-STATUTORY-LINK'],
     why={
      'PC-STRENGTHS': '"Ellie needs adult support in most lessons. Her reading and maths are well below those of her peers" under Strengths, and "Ellie does not yet read or calculate at the level expected for her age." / "Ellie does not yet show confidence in school." - deficits only',
      'PC-ASPIRATION-LINK': '"She would like to do the Level 1 animal care course at Holmsea College after Year 11" - no outcome mentions animals, college or work',
      'HC-NEEDS-MET': '"Anxiety: Ellie\u2019s GP has noted persistent generalised anxiety" met by "No health provision identified at present."',
      'LG-READABILITY': '"Ellie presents with drug-resistant generalised epilepsy of unknown aetiology, with tonic-clonic, atonic and myoclonic seizure types" in A; "Ellie will reduce her post-ictal recovery time to under 45 minutes, with reintegration into the classroom" in E - clinical-report language',
      'LG-JARGON': '"Polytherapy with three anti-seizure medications", "output current is titrated at neurology review", "Post-ictal phases are prolonged (45\u201390 minutes) with somnolence" - technical terms never explained',
      'PC-PFA': 'PASS: "Ellie will travel on her own by bus to the Young Carers group in town and home again" (independent living) and VNS magnet self-management (good health)',
      'HC-OUTCOMES': 'PASS: the anxiety row has an outcome ("Ellie\u2019s attendance will be at least 90%") and the SEMH anxiety rating outcome',
     })

plan('ag212.docx', 'shaded-heading-table', 9, 'Year 4', ['ADHD', 'literacy difficulties', 'fine motor / handwriting', 'young carer', 'child in need plan'], 'adults only (mother, grandmother, teacher)',
     fails=['CA-DATED', 'PC-VOICE', 'PR-OUTCOME-LINK', 'SC-STATUTORY-LINK'],
     na=['PC-PFA', 'HC-THERAPY-PLACEMENT'],
     why={
      'CA-DATED': '"Grandma\u2019s views" with no date; "Occupational therapy report" from "Holmsea Children\u2019s Therapy Service" with no date; "After-school club report" with no author or date',
      'PC-VOICE': 'Section A has "What Mum says", "What Grandma says", "What school says" - Lacey\'s own views are not recorded or gathered',
      'PR-OUTCOME-LINK': '"Lacey will write a sentence of at least 10 words with correctly formed, readable letters" (E4) and the B need "Her handwriting is large and poorly formed, she holds her pencil in a fist grip" have no provision in F',
      'SC-STATUTORY-LINK': '"Child in Need plan since September 2025; allocated social worker" on the front page, but D never mentions the CIN plan or the social worker and H1 is "None." - the CIN plan does not inform D or H',
      'CA-ADVICE-AGE': 'PASS: every dated advice item is within 12 months of issue (e.g. "18 November 2025"); the undated items are failed under CA-DATED',
      'SC-ADVICE': 'PASS: "Social care advice" from "Kerry Dunn, Social Worker, Children\u2019s Assessment and Intervention Team" dated "12 January 2026"',
      'PC-ASPIRATIONS': 'PASS: "Mum says Lacey has always wanted to be a dancer or a dance teacher" - family-stated aspirations',
      'HC-THERAPY-PLACEMENT': 'NA: no speech and language or occupational therapy provision appears in the plan (the OT report is only in K)',
     })

# drop helper notes that are not criteria keys
for p in P:
    p['why'] = {k: v for k, v in p['why'].items() if k in CRIT}

import datetime
doc = {'audit_date': datetime.date(2026, 12, 8), 'writer': 'AG2', 'plans': P}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'labels.yaml'), 'w') as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=200)
print('ok')
