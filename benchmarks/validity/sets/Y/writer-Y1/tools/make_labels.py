"""Builds labels.yaml for set Y1 (answer key written by hand below; this only serialises it)."""
import yaml, os
CRIT = ["CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW",
        "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-VOICE", "PC-ASPIRATIONS", "PC-ASPIRATION-LINK", "PC-PFA", "PC-STRENGTHS",
        "PR-VAGUE-WORDING", "PR-QUANTIFIED", "PR-OUTCOME-LINK",
        "HC-NEEDS", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-ADVICE", "HC-DCO-SIGNOFF", "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES",
        "SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "SC-RIGHT-SECTION",
        "LG-SPELLING", "LG-GRAMMAR", "LG-READABILITY", "LG-JARGON"]
HC_NO_NEEDS_NA = ["HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"]

P = []
def plan(file, layout, age, yg, needs, voice, fails=(), na=(), why=None):
    labels = {c: "pass" for c in CRIT}
    for c in na: labels[c] = "na"
    for c in fails: labels[c] = "fail"
    P.append({"file": file, "layout": layout, "age": age, "year_group": yg, "needs": needs, "voice": voice,
              "labels": labels, "why": why or {}})

plan("y101.docx", "heading2-numbered", 9, "Year 4", ["SpLD (dyslexia)", "SEMH (anxiety about reading)", "returned from elective home education"], "first person",
     na=["PC-PFA", "HC-THERAPY-PLACEMENT", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"] + HC_NO_NEEDS_NA,
     why={
        "PC-OUTCOME-NOT-PROVISION": 'PASS: "By July 2027, Isla will receive the Saltcombe Shore Watch junior naturalist certificate" is an achievement, not support given (trap)',
        "PR-QUANTIFIED": 'PASS: "For tests and assessments in school, Isla will have 25% extra time and a reader" and the laptop "set up and kept up to date by the school\'s computer technician" are access arrangements/equipment: what + who, no group size needed (trap)',
        "PR-VAGUE-WORDING": 'PASS: "have access to specialist advice about dyslexia" is in A (parents) and "(up to four children)" is in E; Section F itself uses "no more than four children" (trap)',
        "LG-SPELLING": 'PASS: "becos", "wos" are quoted examples of Isla\'s own spellings in B, not misspellings (trap)',
        "HC-NEEDS": 'PASS: "Isla has no health needs related to her special educational needs. This is based on the health advice from the School Nursing Team" - none, with basis (trap)',
        "SC-PROVISION-SPECIFIC": 'PASS: no provision, but "Short breaks and Early Help were considered" with the Local Offer named',
        "CA-ANNUAL-REVIEW": 'PASS: issued 22 April 2026, within 12 months of the 1 December 2026 audit',
        "PC-SMART": 'PASS: month-led provision ("September 2026: before the autumn term begins") is not an outcome; every outcome has a measure and date, e.g. "at least 160 of the 200 common exception words"',
     })

plan("y102.docx", "shaded-heading-table", 15, "Year 10", ["cerebral palsy (spastic diplegia)", "physical", "fine motor"], "first person",
     fails=["CA-STATUTORY-ADVICE", "PC-ASPIRATION-LINK", "PC-PFA", "PR-VAGUE-WORDING", "PR-QUANTIFIED", "HC-THERAPY-PLACEMENT", "HC-OUTCOMES", "SC-PROVISION-SPECIFIC", "SC-RIGHT-SECTION"],
     na=["SC-STATUTORY-LINK"],
     why={
        "CA-STATUTORY-ADVICE": 'K lists parent, Kieran, educational, psychological, medical, therapy and social care advice but no preparing-for-adulthood advice for a Year 10 young person ("Annual review report" is the last item)',
        "PC-PFA": 'Year 10 plan whose outcomes are all classroom targets, e.g. "Kieran will hand in 8 out of 10 maths homework tasks on time" - no employment, independent living, community or health outcome',
        "PC-ASPIRATION-LINK": 'A: "I want to go to Westmoor College and do the sports media course, and then be a sports journalist. I want to be able to get the bus into Tidemouth on my own" - no outcome builds on college, journalism, travel or living independently',
        "HC-OUTCOMES": 'C lists "a daily stretching and strengthening programme", orthoses, "pain in his knees" and fatigue, but E has no health outcome',
        "HC-THERAPY-PLACEMENT": 'G: "Occupational therapy block: 1:1 sessions teaching Kieran to touch-type at speed and to manage fastenings and changing for PE independently" - OT that trains the child is special educational provision and belongs in F',
        "SC-RIGHT-SECTION": 'F: "Kieran will have access to the Tidemouth Youth Club inclusion scheme and overnight short breaks at weekends" - short breaks are social care provision written in F',
        "PR-VAGUE-WORDING": 'F: "will have access to the Tidemouth Youth Club inclusion scheme and overnight short breaks at weekends where possible" with frequency "As appropriate."',
        "PR-QUANTIFIED": 'F short-breaks row: "As appropriate." - no amount or frequency',
        "SC-PROVISION-SPECIFIC": 'the weekend break assessed in D ("his mum needs a break from caring at weekends") is met only by "access ... where possible" / "As appropriate."; H2 says "None."',
        "HC-NEEDS-MET": 'PASS: every need in C has provision in G (physiotherapy, orthotics, paediatric review, OT) even though the OT is misplaced',
        "HC-DCO-SIGNOFF": 'PASS: "reviewed and agreed by Jo Trewin, Designated Clinical Officer, Westmoor and Coast Integrated Care Board, on 29 June 2026"',
        "HC-ADVICE-PROVIDERS": 'PASS: physiotherapy, orthotics, occupational therapy and the paediatrician all gave advice in K',
     })

plan("y103.docx", "national-template", 4, "Reception", ["DLD (developmental language disorder)", "SEMH (frustration)", "daytime wetting (health)", "Romany Gypsy family"], "views gathered through play and observation",
     na=["PC-PFA", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
     why={
        "PC-VOICE": 'PASS: "Lenny\'s views – gathered through play, photographs and observation by the people who know him best" (key person; trap for a young child)',
        "HC-NEEDS": 'PASS: "Lenny has no difficulty with his hearing (the Paediatric Audiology Service tested him in May 2026 and his hearing is normal in both ears), but he is not yet dry during the day" - the wetting is a real need met in G and E (trap)',
        "CA-DATED": 'PASS: the rows "Provision to assist the Y9 and older children" and "Advice and information from any person the child’s parent" are template rows nobody filled in, not advice items (trap)',
        "PR-QUANTIFIED": 'PASS: "Lenny\'s speech and language therapist will see him on his own in school on Tuesday mornings for 30 minutes, every week in the autumn term 2026 (11 sessions)" - a therapist 1:1 with who, when, how long (trap)',
        "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy is in the F column; G holds only the Bladder and Bowel Service',
        "HC-DCO-SIGNOFF": 'PASS: "reviewed and supported by Dr Amir Haddad, Designated Medical Officer for special educational needs and disabilities (SEND)" on 30 September 2026 (council wording, trap)',
        "CA-STATUTORY-ADVICE": 'PASS: parent, educational, medical, educational psychologist and social care advice are all in K; PfA row correctly unfilled for a Reception child',
        "SC-PROVISION-SPECIFIC": 'PASS: "Early Help and short breaks were considered" with the Family Hub and Local Offer named',
        "PR-OUTCOME-LINK": 'PASS: cognition and sensory/physical tables deleted as no needs there; each remaining need row has provision and an outcome',
     })

plan("y104.docx", "heading2-numbered", 11, "Year 7", ["SpLD (dyslexia)", "SEMH (anxiety)", "absence epilepsy (health)"], "first person",
     fails=["PC-OUTCOME-NOT-PROVISION", "PC-SMART", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-OUTCOMES", "LG-GRAMMAR"],
     na=["PC-PFA", "HC-THERAPY-PLACEMENT", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
     why={
        "PC-OUTCOME-NOT-PROVISION": 'E: "Ellie-Mae will receive a daily 20-minute reading intervention", "Ellie-Mae is given a check-in with her key adult every morning" and "Staff will use a visual checklist with Ellie-Mae" are provision, not outcomes',
        "PC-SMART": 'E: "Ellie-Mae will improve her spelling." (no date, no measure) and "By July 2027, Ellie-Mae will feel more confident and happier in lessons." (dated feeling, no measure)',
        "HC-NEEDS-MET": 'C: "Ellie-Mae has childhood absence epilepsy" with staff needing to "recognise and record absences" and 1:1 swimming supervision - G contains only the Mental Health Support Team; nothing for epilepsy',
        "HC-OUTCOMES": 'no outcome in E relates to her epilepsy, a significant health need described in C',
        "HC-DCO-SIGNOFF": 'no record anywhere of health agreeing Section G (no Designated Clinical/Medical Officer, name or date)',
        "LG-GRAMMAR": 'agreement: "Ellie-Mae\'s parents says she is" and "Ellie-Mae have a good group of friends"; a/an: "She has a interest in animals"; doubled word: "when the the teacher"; confused word: "there are to many steps"',
        "HC-PROVISION-SPECIFIC": 'PASS: the one health item is specific: "once a week for 45 minutes for 8 weeks in the autumn term 2026"',
        "HC-ADVICE-PROVIDERS": 'PASS: the Mental Health Support Team that provides in G gave advice ("Mental health advice: Mental Health Support Team practitioner, CAMHS, 11 February 2026")',
        "PR-QUANTIFIED": 'PASS: F items are specific, e.g. "1:1 with a teaching assistant trained in the programme, daily for 20 minutes"; the reader/extra time needs no group size (trap)',
        "PC-ASPIRATION-LINK": 'PASS: "read a Year 7 non-fiction article about animal care aloud" builds on her wish to be a vet',
     })

plan("y105.docx", "national-template", 13, "Year 8", ["SEMH (trauma, anxiety)", "literacy gaps", "sleep and low mood (health)", "child protection plan"], "first person",
     fails=["CA-STATUTORY-ADVICE", "PR-VAGUE-WORDING", "PR-QUANTIFIED", "SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "LG-JARGON"],
     na=["PC-PFA", "HC-THERAPY-PLACEMENT", "SC-RIGHT-SECTION"],
     why={
        "SC-NEEDS": 'D: "Jayden is subject to a child protection plan." - a status only, no description of need',
        "SC-STATUTORY-LINK": 'front matter: "Jayden has been subject to a child protection plan (category: neglect) since March 2026" but D/H show no social worker contribution, no CP plan, no joint working; H1 and H2 "None"',
        "SC-PROVISION-SPECIFIC": 'H1 "None" and H2 "None" with no sign that short breaks, Early Help or the Local Offer were considered',
        "SC-ADVICE": 'K "Social care" row left blank (no date, no author); no social care advice despite an allocated social worker',
        "CA-STATUTORY-ADVICE": 'statutory social care advice missing from K (the template "Social care" row is unfilled)',
        "PR-VAGUE-WORDING": 'F: "Access to a quiet space when needed.", "Regular check-ins with a trusted adult.", "ELSA sessions as appropriate.", "Small group social skills sessions where possible.", "Up to 10 hours per week of LSA support"',
        "PR-QUANTIFIED": 'F: "Literacy catch-up intervention in a small group, regularly, with a TA." - no frequency, duration or group size; "Reduced timetable if needed, reviewed regularly."',
        "LG-JARGON": 'acronyms never spelled out: "CAMHS MHST practitioner", "Tidemouth Academy DSL; ELSA", "Staff to use PACE and TIS approaches", "LSA support", "liaise with the EWO", "Westmoor and Coast ICB", "Dr Helen Vyvyan, EP, Westmoor EPS"',
        "HC-DCO-SIGNOFF": 'PASS: "Section G agreed by Jo Trewin, Designated Clinical Officer, Westmoor and Coast ICB, 10 September 2026"',
        "LG-READABILITY": 'PASS: A (history and views) is in plain language ("When he is upset he may swear, shout, or go quiet and leave the room"); the clinical wording "hypervigilance" is in a B need row',
        "PR-OUTCOME-LINK": 'PASS: every outcome has (vague) provision against it; the defect is vagueness, graded under PR-VAGUE-WORDING/PR-QUANTIFIED',
     })

plan("y106.docx", "shaded-heading-table", 14, "Year 9", ["cerebral palsy (right hemiplegia)", "physical", "working memory", "SEMH (anxiety about change)"], "first person",
     na=["SC-STATUTORY-LINK"],
     why={
        "CA-ANNUAL-REVIEW": 'PASS: front matter First EHC plan "21.11.2019" is history; Last annual review "14.05.2026" and the plan was issued "19.06.2026 (amended following the annual review)" (trap)',
        "PC-OUTCOME-NOT-PROVISION": 'PASS: "Tegan will gain her Bronze Duke of Edinburgh\'s Award", "Tegan will access Tidemouth town centre independently" and "receive a positive report from the placement" are achievements (trap)',
        "PR-QUANTIFIED": 'PASS: "Exam access arrangements: 25% extra time and supervised rest breaks" arranged by the exams officer; equipment "kept and checked each term by the science and food technicians"; month-led items "From March 2027: 8 weekly sessions of 90 minutes, 1:1" and "May 2027: a one-week work experience placement" (traps)',
        "PR-VAGUE-WORDING": 'PASS: "asks for help when needed" is in B, "They live up to 40 minutes" in A, "regular checking" in C; F has none (trap)',
        "HC-PROVISION-SPECIFIC": 'PASS: C says the splint "needs regular checking", G quantifies it: "Every 4 months, and within 3 weeks of a request"',
        "HC-THERAPY-PLACEMENT": 'PASS: "Occupational therapy: teaching one-handed cooking and kitchen safety skills" is in F; physiotherapy and orthotics in G',
        "HC-DCO-SIGNOFF": 'PASS: "Jo Trewin, Designated Clinical Officer, Westmoor and Coast Integrated Care Board, confirmed the health provision in this section on 11 June 2026" (trap wording)',
        "HC-NEEDS": 'PASS: "Tegan has no difficulty with her eating, drinking or general health, but her cerebral palsy means she has the following health needs" (trap)',
        "PC-PFA": 'PASS: outcomes 4 to 7 labelled independent living, employment, good health, friends and community',
        "CA-STATUTORY-ADVICE": 'PASS: includes "Preparing for adulthood advice" (7 May 2026) and updated psychological advice (3 March 2026)',
     })

plan("y107.docx", "shaded-heading-table", 16, "Year 11", ["type 1 diabetes (health)", "SEMH (anxiety, school avoidance)", "learning gaps"], "first person",
     fails=["CA-ADVICE-AGE", "CA-ANNUAL-REVIEW", "HC-PROVISION-SPECIFIC", "HC-ADVICE", "LG-SPELLING"],
     na=["HC-THERAPY-PLACEMENT", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
     why={
        "CA-ANNUAL-REVIEW": 'front matter: Date this plan was issued "10 July 2025"; Last annual review "Not yet held" - nearly 17 months before the 1 December 2026 audit',
        "CA-ADVICE-AGE": 'K: "Medical advice (diabetes)" dated "15 March 2023" - 28 months before the plan was issued',
        "HC-ADVICE": 'the diabetes (medical) advice is from March 2023, out of date when the plan was issued in July 2025',
        "HC-PROVISION-SPECIFIC": 'G: "The diabetes team will provide training to school staff as required and Ruby will be reviewed in clinic regularly." - no who-trains-whom, how often or how long',
        "LG-SPELLING": '"accomodate her part-time timetable", "sit tests seperately", "which have occured about once a week", "We definately want to thank everyone"',
        "HC-NEEDS-MET": 'PASS (arguable): the diabetes need has provision in G (vague, graded under HC-PROVISION-SPECIFIC) and anxiety has specific CBT',
        "HC-ADVICE-PROVIDERS": 'PASS: both G providers (Paediatric Diabetes Team, CAMHS) gave advice in K; the diabetes advice\'s age is graded under HC-ADVICE',
        "PC-OUTCOME-NOT-PROVISION": 'PASS: "Ruby will receive an offer of a place on the Level 3 art and photography course" is an achievement (trap)',
        "HC-DCO-SIGNOFF": 'PASS: "agreed by Dr Amir Haddad, Designated Medical Officer ... on 2 July 2025"',
        "LG-GRAMMAR": 'PASS: no grammar errors; the slips are spelling only',
     })

plan("y108.docx", "heading2-numbered", 12, "Year 8", ["DLD (developmental language disorder)", "type 1 diabetes (health)", "Irish Traveller family (seasonal travel)"], "third person with quoted words (talking mat)",
     na=["PC-PFA", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
     why={
        "PC-OUTCOME-NOT-PROVISION": 'PASS: "Noah will receive the school\'s Year 9 construction skills certificate after completing the after-school construction club" is an achievement (trap)',
        "HC-NEEDS": 'PASS: "Noah has no difficulty with his vision or hearing (both checked in the last year), but he has type 1 diabetes" - the diabetes is met in G and E (trap)',
        "PR-VAGUE-WORDING": 'PASS: "He has access to the lunch club every day" is in B; F gives the lunch club "in a group of no more than 10 students" (trap)',
        "PR-QUANTIFIED": 'PASS: "will see Noah 1:1 on Wednesday mornings for 40 minutes, for 6 sessions in the autumn term"; "x3 weekly, 20 minutes, in a group of no more than 5"; "January 2026: the therapist delivered a 1-hour training session" (month-led, trap)',
        "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy is in F1; G holds diabetes care only',
        "HC-DCO-SIGNOFF": 'PASS: "has been agreed by Jo Trewin, Designated Clinical Officer, Westmoor and Coast Integrated Care Board, on 24 February 2026"',
        "CA-ANNUAL-REVIEW": 'PASS: "Last annual review: 20 January 2026"; amended plan issued 3rd March 2026; "First EHC plan: 2 February 2025" is history',
        "LG-SPELLING": 'PASS: "mam" is the family\'s own (dialect) word, not a misspelling',
     })

plan("y109.docx", "national-template", 8, "Year 3", ["cerebral palsy (quadriplegia)", "cortical visual impairment", "PMLD / complex needs", "gastrostomy feeding (health)"], "first person (not the child's own)",
     fails=["CA-STATUTORY-ADVICE", "PC-VOICE", "PC-STRENGTHS", "LG-READABILITY"],
     na=["PC-PFA", "SC-STATUTORY-LINK"],
     why={
        "PC-VOICE": '"I love coming to school and seeing my friends. My favourite lesson is phonics" - a first-person account that cannot be Alfie\'s (he is "pre-verbal" with "inconsistent selection between two photographs"), with no account of how views were gathered',
        "PC-STRENGTHS": 'Strengths: "Alfie is fully dependent on adults for positioning, feeding, personal care and mobility"; area strengths "None identified at present." - deficits only',
        "LG-READABILITY": 'A1: "Alfie presents with bilateral spastic quadriplegic cerebral palsy" ... "secondary to hypoxic-ischaemic encephalopathy"; E: "Alfie will demonstrate improved postural alignment in supported sitting" - clinical-report language in A and E',
        "CA-STATUTORY-ADVICE": 'vision impairment (CVI) but the vision advice is from "Specialist Teaching Assistant (Vision), Westmoor Sensory Support Service", not a qualified teacher of the visually impaired',
        "LG-JARGON": 'PASS (arguable): acronyms are spelled out ("augmentative and alternative communication (AAC)") and a "Glossary of terms used in this plan" explains the technical terms; the failure is readability, not unexplained jargon',
        "PC-SMART": 'PASS: clinical but measurable, e.g. "80% accuracy across 10 trials on three consecutive sessions"',
        "HC-THERAPY-PLACEMENT": 'PASS: communication speech and language therapy and OT are in F; eating-and-drinking therapy, physiotherapy, nursing and dietetics are in G',
        "SC-RIGHT-SECTION": 'PASS: overnight short breaks and home care are in H1',
        "PC-ASPIRATIONS": 'PASS: "Alfie\'s parents want him to be able to communicate his choices"',
     })

plan("y110.docx", "heading2-numbered", 10, "Year 5", ["SpLD (dyslexic difficulties)", "SEMH (low self-esteem, playground conflict)", "vocabulary", "child in need plan"], "first person",
     fails=["CA-DATED", "PC-SMART", "PR-QUANTIFIED", "SC-STATUTORY-LINK"],
     na=["PC-PFA"] + HC_NO_NEEDS_NA,
     why={
        "CA-DATED": 'K: "Parent views – Harvey\'s mum." (no date), "Information from school." (no author or date), "Speech and language therapy report – Westmoor Children\'s Speech and Language Therapy Service." (no date)',
        "PC-SMART": 'E: "Harvey will become a more confident reader." (no date, no measure); "By July 2027, Harvey will be happier at playtimes."; "By Christmas 2026, Harvey will feel calmer in the classroom." (dated feelings)',
        "PR-QUANTIFIED": 'F: "Harvey will attend a Precision Teaching group delivered by a trained teaching assistant." (no frequency, length or group size); "A speech and language therapy programme to build Harvey\'s vocabulary, delivered in school." (no amount, no who); "Harvey will take part in the school\'s nurture group."',
        "SC-STATUTORY-LINK": 'front matter: "Yes – child in need plan since January 2026" but D and H never mention the child in need plan, the social worker or joint working; social care advice is from a family support worker',
        "SC-ADVICE": 'PASS (arguable): "Social care advice – Family Support Worker, Tidemouth Family Support Team, 12 February 2026" is attributed, dated and current; the missing social worker input is graded under SC-STATUTORY-LINK',
        "CA-ADVICE-AGE": 'PASS (arguable): every dated item is from 2026; the undated items are graded under CA-DATED',
        "CA-STATUTORY-ADVICE": 'PASS (arguable): parent, educational ("Information from school."), medical, psychological and social care advice are all present; their attribution is graded under CA-DATED',
        "HC-THERAPY-PLACEMENT": 'PASS: the speech and language therapy programme is in F (its missing amount is graded under PR-QUANTIFIED)',
        "HC-NEEDS": 'PASS: "Harvey has no health needs related to his special educational needs. This is based on the medical advice from Dr Ruth Angove"',
        "PR-VAGUE-WORDING": 'PASS: the F items are incomplete rather than hedged - no hedging words such as access-to, where-possible, regular or up-to',
     })

plan("y111.docx", "shaded-heading-table", 16, "Year 11", ["SEMH (trauma, low mood)", "DLD (developmental language disorder)", "looked after child"], "first person",
     why={
        "SC-STATUTORY-LINK": 'PASS: D: "This plan has been written together with his care plan and his Personal Education Plan (PEP)"; social worker and Virtual School at the review; H2 sets out statutory visits and the Pathway Plan',
        "PC-OUTCOME-NOT-PROVISION": 'PASS: "Mason will receive praise for his work in front of his group calmly", "Mason will receive an offer of a place", "Mason will gain his Level 2 Food Hygiene certificate" and "Mason will access the community independently" are achievements (trap)',
        "PR-VAGUE-WORDING": 'PASS: "Mason\'s birth mum has regular contact" is in A; F has no vague wording (trap)',
        "PR-QUANTIFIED": 'PASS: "Exam access arrangements: a reader and 25% extra time" arranged by the exams officer; "From April 2027: 6 sessions of 90 minutes, 1:1" (month-led, trap); therapy "1:1, every Tuesday morning for 45 minutes, for 10 weeks"',
        "HC-DCO-SIGNOFF": 'PASS: "reviewed and supported by Dr Amir Haddad, Designated Medical Officer" on 6 November 2026',
        "SC-RIGHT-SECTION": 'PASS: social care provision (visits, contact, personal adviser, living skills group) is in H2; Pupil Premium Plus tuition is education, in F',
        "CA-ANNUAL-REVIEW": 'PASS: front matter First EHC plan "June 2021" is history; Last annual review "8 October 2026"',
     })

plan("y112.docx", "national-template", 7, "Year 2", ["DLD (developmental language disorder)", "SEMH (anxiety, speaks little in school)", "daytime wetting and sleep (health)", "returned from elective home education"], "views gathered with a puppet and drawings",
     fails=["PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-ASPIRATIONS", "PC-ASPIRATION-LINK", "PR-OUTCOME-LINK", "HC-NEEDS", "HC-NEEDS-MET", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"],
     na=["PC-PFA", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
     why={
        "PC-ASPIRATIONS": 'Aspirations row: "To be discussed at the first annual review." - no aspirations from Poppy or her mum anywhere in A',
        "PC-ASPIRATION-LINK": 'with no aspirations recorded, the outcomes cannot be seen to build on them',
        "PC-OUTCOME-NOT-PROVISION": 'SEMH outcome: "Poppy will have a visual timetable and a named adult to greet her each morning." - provision, copied from the F cell',
        "PC-SMART": 'the same SEMH outcome has no measure and no date',
        "PR-OUTCOME-LINK": 'need "Poppy has difficulty with handwriting and forming letters." and outcome "write her first name and a simple sentence" have an empty F cell - no provision',
        "HC-NEEDS": 'C: "Not known at this time – awaiting community paediatric assessment (referral made in February 2026)."',
        "HC-NEEDS-MET": 'C: "Poppy has difficulty getting to sleep and wakes three or four times most nights" - the G cell is empty',
        "HC-OUTCOMES": 'the sleep need has no outcome (E cell empty)',
        "HC-ADVICE-PROVIDERS": 'G: "Children\'s Bladder and Bowel Service: a specialist nurse will assess Poppy" but K has no advice from the Bladder and Bowel Service (health advice is the School Nursing Team only)',
        "HC-PROVISION-SPECIFIC": 'PASS: the provision that is there is specific: "every 8 weeks for 30 minutes until July 2027"',
        "HC-ADVICE": 'PASS: medical advice row: "School Nursing Team (Specialist Community Public Health Nurse)", 14 January 2026',
        "PC-VOICE": 'PASS: "Poppy\'s views (gathered at home by her mum, and at school by the educational psychologist using a puppet and drawings, March 2026)"',
        "CA-DATED": 'PASS: the unfilled template rows ("Advice and information from any other person the local authority thinks appropriate" etc.) are not advice items (trap)',
     })

out = {"audit_date": "2026-12-01", "plans": P}
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(here, "labels.yaml"), "w") as f:
    yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=200)
# summary
from collections import Counter
fc = Counter(); 
for p in P:
    for c, v in p["labels"].items():
        if v == "fail": fc[c] += 1
print("criteria never failing:", [c for c in CRIT if fc[c] == 0])
print("need >=2:", {c: fc[c] for c in ["PC-SMART", "PR-QUANTIFIED", "PC-OUTCOME-NOT-PROVISION", "PR-VAGUE-WORDING", "HC-NEEDS-MET", "SC-STATUTORY-LINK"]})
print("sound:", [p["file"] for p in P if "fail" not in p["labels"].values()])
print("fails per plan:", {p["file"]: sum(v == "fail" for v in p["labels"].values()) for p in P})
