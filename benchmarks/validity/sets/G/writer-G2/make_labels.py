import yaml
CRIT = ["CA-DATED","CA-ADVICE-AGE","CA-STATUTORY-ADVICE","CA-ANNUAL-REVIEW",
 "PC-OUTCOME-NOT-PROVISION","PC-SMART","PC-VOICE","PC-ASPIRATIONS","PC-ASPIRATION-LINK","PC-PFA","PC-STRENGTHS",
 "PR-VAGUE-WORDING","PR-QUANTIFIED","PR-OUTCOME-LINK",
 "HC-NEEDS","HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-ADVICE","HC-DCO-SIGNOFF","HC-THERAPY-PLACEMENT","HC-ADVICE-PROVIDERS","HC-OUTCOMES",
 "SC-NEEDS","SC-STATUTORY-LINK","SC-PROVISION-SPECIFIC","SC-ADVICE","SC-RIGHT-SECTION",
 "LG-SPELLING","LG-GRAMMAR","LG-READABILITY","LG-JARGON"]
P = []
def add(file, layout, age, yg, needs, voice, over, why):
    lab = {c: "pass" for c in CRIT}
    for k, v in over.items():
        assert k in lab, k
        lab[k] = v
    for k, v in lab.items():
        if v == "fail": assert k in why, (file, k)
    P.append({"file": file, "layout": layout, "age": age, "year_group": yg, "needs": needs,
              "voice": voice, "labels": lab, "why": why})

NOHEALTH = {"HC-PROVISION-SPECIFIC": "na", "HC-NEEDS-MET": "na", "HC-DCO-SIGNOFF": "na", "HC-OUTCOMES": "na", "HC-ADVICE-PROVIDERS": "na"}

add("g201.docx","heading2-numbered",3,"Nursery (FS1)",["Down syndrome","hearing"],
    "views gathered through play by key person; family views; outcomes in first person",
    {"PC-PFA":"na","SC-STATUTORY-LINK":"na"},
    {"PC-VOICE": "TRAP pass: 'her key person at nursery, Jo, gathered her views over three sessions in July 2026, watching what Rosie chose...' - a three-year-old's views gathered through play",
     "PR-QUANTIFIED": "TRAP pass: 'The SALT ... will see Rosie at nursery ... (once per half term, 1 hour each visit)' - professional visit, no group size needed; 'An angled spoon, a scoop bowl and a supportive chair ... provided by the Paediatric OT and kept clean and in good repair by nursery staff' - equipment",
     "HC-DCO-SIGNOFF": "'Health provision agreed by Sarah Whitfield, Designated Clinical Officer (DCO), 11 September 2026.'",
     "CA-STATUTORY-ADVICE": "hearing impairment: 'Advice from a Qualified Teacher of the Deaf | Helen Shaw, QToD' present; all reg 6 advice present",
     "PR-VAGUE-WORDING": "pass: 'kept up to date by the key person' is not 'up to' quantity hedging"})

add("g202.docx","letter-column",8,"Year 4",["ADHD","SEMH"],"first person (child's words with learning mentor); mum's views",
    {"PC-PFA":"na","SC-STATUTORY-LINK":"fail","SC-ADVICE":"fail","SC-PROVISION-SPECIFIC":"fail","SC-NEEDS":"fail",
     "CA-STATUTORY-ADVICE":"fail","PR-VAGUE-WORDING":"fail","PR-QUANTIFIED":"fail","HC-ADVICE":"fail","HC-ADVICE-PROVIDERS":"fail"},
    {"SC-STATUTORY-LINK": "'Kai has been subject to a child protection plan since February 2026. Mum is working with the Children's Social Care team.' - no social worker contribution, no CP plan link, H1/H2 'None identified at this time.', no social care advice in K",
     "SC-NEEDS": "'No additional social care needs have been identified in relation to Kai's special educational needs.' - stated none with no basis, despite a child protection plan",
     "SC-PROVISION-SPECIFIC": "H1 and H2: 'None identified at this time.' - no mention of short breaks or early help being considered",
     "SC-ADVICE": "K lists no social care advice at all (views, school, EP, behaviour support, annual review only)",
     "CA-STATUTORY-ADVICE": "K has no medical/health advice and no social care advice",
     "HC-ADVICE": "K has no advice from the Community Paediatrician or any health professional, although C and G describe ADHD medication and a sleep programme",
     "HC-ADVICE-PROVIDERS": "G providers 'Community Paediatrician' and '0-19 Public Health Nursing (school nursing team)' gave no advice listed in K",
     "PR-VAGUE-WORDING": "'Kai will have opportunities to take movement breaks as appropriate.'; 'Regular check-ins with a trusted adult throughout the day.'; 'Access to a quiet space where possible'",
     "PR-QUANTIFIED": "'Regular check-ins with a trusted adult throughout the day.' - no frequency, length or named role; movement breaks unquantified",
     "HC-DCO-SIGNOFF": "'Section G checked and agreed on behalf of the Integrated Care Board (ICB) by Helen Price, Designated Clinical Officer (DCO), 2026-05-11.'"})

add("g203.docx","shaded-heading-table",14,"Year 9",["autism"],"first person written by the young person with form tutor; parents' views",
    dict(NOHEALTH, **{"SC-STATUTORY-LINK":"na"}),
    {"PC-OUTCOME-NOT-PROVISION": "TRAP pass: 'receive a positive report from my placement supervisor' and 'be awarded the Bronze Duke of Edinburgh's Award' are achievements, not provision",
     "PR-QUANTIFIED": "TRAP pass: 'Extra time (25%) and a separate small room for all internal exams and mock exams, organised by the Exams Officer with the SENCo' (access arrangement); 'A school laptop ... set up and maintained by the school's IT technician' (equipment); 'termly consultation (1.5 hrs)'",
     "HC-NEEDS": "'I do not have any health needs ... The 0-19 Public Health Nursing team (school nurse) reviewed my health in May 2026 and my GP confirmed I am fit and well.' - none, with basis",
     "PC-PFA": "outcomes labelled Employment, Education, Independent living, Friends and community, Good health"})

add("g204.docx","letter-column",10,"Year 5",["severe learning difficulty","epilepsy"],"non-verbal: views gathered through signs, symbols and observation by class TA; parents' views",
    {"PC-PFA":"na","SC-STATUTORY-LINK":"na","HC-NEEDS-MET":"fail","HC-OUTCOMES":"fail","PC-SMART":"fail","LG-SPELLING":"fail","PR-OUTCOME-LINK":"fail"},
    {"HC-NEEDS-MET": "C: 'Maisie has epilepsy ... has rescue medication (buccal midazolam) which must go with her everywhere' - G has only the sleep programme and continence service; no epilepsy care plan, staff training or epilepsy nurse",
     "HC-OUTCOMES": "epilepsy (the main health need in C) leads to no outcome in E",
     "PC-SMART": "'By July 2027, I will be happier and more settled in class. You will know because staff will see that I am happier.'",
     "LG-SPELLING": "'occassionally', 'enviroment', 'seperate', 'independance', 'recieve'",
     "PR-OUTCOME-LINK": "B: 'Maisie seeks strong sensory input: she mouths objects, chews her sleeves and seeks deep pressure ... becomes very distressed in noisy, busy places' - no sensory provision in F and no outcome",
     "HC-DCO-SIGNOFF": "'Signed off for health: Priya Nair, Designated Clinical Officer (DCO), 14/6/26.'",
     "PR-QUANTIFIED": "pass: '2:1 for personal care at every changing time (two trained TAs)'"})

add("g205.docx","heading2-numbered",22,"Post-19 (year 3 of 3)",["severe learning difficulty","autism"],"young person's own words gathered with Talking Mats by tutor; mum's views",
    {"SC-STATUTORY-LINK":"na"},
    {"PC-OUTCOME-NOT-PROVISION": "TRAP pass: 'I will also be awarded my Entry Level 2 Award in Hospitality' (achievement); 'I will access my local community independently: I will take the 22 bus into town...' is an outcome, not provision",
     "PR-QUANTIFIED": "TRAP pass: 'An iPad with a symbol communication app, set up and updated by the college's assistive technology technician, who also repairs or replaces it' (equipment)",
     "HC-NEEDS-MET": "TRAP: B says 'She has no difficulty walking and swims 10 lengths each week' alongside real health needs (asthma, anxiety) which G meets",
     "HC-DCO-SIGNOFF": "'The DCO (Designated Clinical Officer), Dr Sam Hughes, confirmed on 10 February 2026 that health will provide the above.'",
     "SC-PROVISION-SPECIFIC": "H1 correctly not applicable (over 18); H2 quantified: 'Personal assistant support ... 8 hours per week (Tuesday and Saturday, 4 hours each)'"})

add("g206.docx","shaded-heading-table",12,"Year 8",["autism","SEMH"],"child's own words gathered by Specialist Advisory Teacher; parents' views",
    dict(NOHEALTH, **{"PC-PFA":"na","SC-STATUTORY-LINK":"na","HC-NEEDS":"fail","PC-OUTCOME-NOT-PROVISION":"fail","PC-SMART":"fail","PC-STRENGTHS":"fail","CA-ADVICE-AGE":"fail"}),
    {"PC-OUTCOME-NOT-PROVISION": "'I will have a 1:1 Teaching Assistant (TA) in all lessons to help me stay in class.'; 'I will receive ELSA (Emotional Literacy Support Assistant) sessions every week'",
     "PC-SMART": "the same two outcomes have no measure and no date",
     "PC-STRENGTHS": "A and B are deficit-only: 'Things I find hard'; 'He struggles...', 'poor eye contact and can be rude to staff', 'unable to organise his ideas', 'He lacks the skills...' - no strengths or can-dos",
     "CA-ADVICE-AGE": "'Psychological advice | Dr Karen Bell, Educational Psychologist (EP) | 2023-06-12' - 33 months old at issue (2026-03-14)",
     "HC-NEEDS": "C: 'Not known at this time.'",
     "HC-NEEDS-MET": "na: no health need is stated (the failure is HC-NEEDS)"})

add("g207.docx","letter-column",6,"Year 2",["hearing","EAL"],"first person (child's words gathered by QToD and TA with drawings); parents' views via interpreter",
    {"PC-PFA":"na","SC-STATUTORY-LINK":"na"},
    {"PR-VAGUE-WORDING": "TRAP pass: 'May 2026 onwards, Amira's radio aid is checked every morning by her class TA' - 'May' is the month",
     "PR-QUANTIFIED": "TRAP pass: 'A Speech and Language Therapist (SALT) ... will visit once per half term (1 hour)' (visit, no group size); radio aid 'repairs or replaces it' by Sensory Support Service (equipment)",
     "HC-DCO-SIGNOFF": "'Health contribution agreed: Lubna Begum, Designated Clinical Officer (DCO), 29 Oct 2026.'",
     "CA-STATUTORY-ADVICE": "'Advice from a Qualified Teacher of the Deaf | Miss Hart, QToD' present"})

add("g208.docx","heading2-numbered",15,"Year 10",["vision","speech and language"],"first person (young person's words typed by vision teacher); mum's views",
    {"SC-STATUTORY-LINK":"na","PC-PFA":"fail","CA-STATUTORY-ADVICE":"fail","HC-THERAPY-PLACEMENT":"fail","CA-ANNUAL-REVIEW":"fail","LG-JARGON":"fail"},
    {"PC-PFA": "Year 9+ plan: the five outcomes are all classroom/GCSE targets - none on employment/further study, independent living, friends and community or good health",
     "CA-STATUTORY-ADVICE": "no preparing-for-adulthood advice in K (plan issued in Year 9)",
     "HC-THERAPY-PLACEMENT": "G: 'NHS SaLT: direct 1:1 therapy in school on comprehension and vocabulary (weekly, 45 minutes, 10 weeks each term)' - therapy that educates, placed in G",
     "CA-ANNUAL-REVIEW": "'Date of plan | 20/11/2024'; 'Date of last annual review | 14/10/25' - more than 12 months before 2026-12-01; 'Review due | October 2026'",
     "LG-JARGON": "'VA 6/36 binocular (LogMAR 0.78). Near vision N18 ... He uses an LVA and a CCTV ... registered SSI'; 'DLD. On the CELF-5 (2024) his core language SS was 72'; 'WM'; 'WISC-V'; 'QTVI'; 'ELKLAN-trained TA ... SSE'; 'SaLT'; 'DCO'; 'CWD' - none explained",
     "HC-ADVICE": "pass: medical advice (Eye Clinic 2024-06-18, SaLT 2024-08-29) attributed, dated and current when the plan was issued (the staleness is the overdue review)",
     "CA-ADVICE-AGE": "pass: all advice under 12 months old at issue (20/11/2024)",
     "HC-DCO-SIGNOFF": "'Agreed by DCO, R. Cole, 12/11/24.'"})

add("g209.docx","shaded-heading-table",16,"Year 12",["speech and language","EAL","diabetes"],"first person (young person with personal tutor); parents' views via interpreter",
    {"SC-STATUTORY-LINK":"na"},
    {"PC-OUTCOME-NOT-PROVISION": "TRAP pass: 'be awarded the certificate'; 'I will receive a positive report from my placement nursery manager' - achievements",
     "PR-QUANTIFIED": "TRAP pass: 'Extra time (25%) and use of a word processor in all assessments and exams, arranged by the college's Access Arrangements Coordinator'; 'A job coach ... will visit ... once per half term (1 hour)'",
     "HC-NEEDS-MET": "TRAP: 'She has no problems with walking or any physical activity' alongside type 1 diabetes, which G meets (PDSN training, 3-monthly clinic)",
     "HC-DCO-SIGNOFF": "'Health provision confirmed by the Designated Clinical Officer (DCO), Gareth Lowe, on 2026-08-19.'"})

add("g210.docx","letter-column",17,"Year 13",["physical"],"third person, parents' views only",
    {"SC-STATUTORY-LINK":"na","PC-VOICE":"fail","CA-STATUTORY-ADVICE":"fail","SC-RIGHT-SECTION":"fail","CA-DATED":"fail","HC-PROVISION-SPECIFIC":"fail"},
    {"PC-VOICE": "'Jacob's parents shared their views at his annual review in June 2026.' - A records only the parents' views; Jacob (articulate, 17) is never heard; B: 'says (through his parents)'",
     "CA-STATUTORY-ADVICE": "Jacob is a young person (17): K has no advice or views from Jacob himself, only 'Parents' views'",
     "SC-RIGHT-SECTION": "F 'Short breaks': 'Overnight short breaks at Ashfield House, 2 nights per month ... provided by the Children with Disabilities Team'; H1: 'See Section F for short breaks.'",
     "CA-DATED": "K: 'Parents' views | Jacob's mum and dad | (no date)'; 'Educational advice | Additional Learning Support | (no date)'; 'Psychological advice | Educational Psychologist (EP) | (no date)'",
     "HC-PROVISION-SPECIFIC": "G: 'Physiotherapy to be provided by the NHS as needed.'; 'Orthotics review by the physiotherapy team when required.'",
     "SC-PROVISION-SPECIFIC": "pass: the short breaks are quantified (2 nights per month; 5 hours each fortnight) - the defect is their section (SC-RIGHT-SECTION)",
     "CA-ADVICE-AGE": "pass: every dated item is from 2026, under 12 months at issue; the undated items are the CA-DATED failure",
     "HC-DCO-SIGNOFF": "'Health sign-off: Anne Marsh, Designated Clinical Officer (DCO), 14/7/26.'"})

add("g211.docx","heading2-numbered",9,"Year 5",["speech and language","SEMH","looked after"],"first person (child's words with class teacher); foster carer's views",
    {"PC-PFA":"na","SC-STATUTORY-LINK":"fail","SC-NEEDS":"fail","SC-ADVICE":"fail","SC-PROVISION-SPECIFIC":"fail","CA-STATUTORY-ADVICE":"fail",
     "PC-OUTCOME-NOT-PROVISION":"fail","PC-SMART":"fail","PR-VAGUE-WORDING":"fail","PR-QUANTIFIED":"fail","HC-NEEDS-MET":"fail"},
    {"SC-STATUTORY-LINK": "D: 'Ava is a looked after child and has lived with her foster carer since 2024.' - no social worker, care plan or PEP (Personal Education Plan), no virtual school, no social care advice in K",
     "SC-NEEDS": "'No social care needs have been identified in relation to her special educational needs.' - no basis, for a looked after child",
     "SC-ADVICE": "K has no social care advice",
     "SC-PROVISION-SPECIFIC": "H1 and H2: 'None identified at this time.' - nothing on what was considered",
     "CA-STATUTORY-ADVICE": "no social care advice in K",
     "PC-OUTCOME-NOT-PROVISION": "'I will have Lego-based therapy with the HLTA (Higher Level Teaching Assistant) every week.'; 'I will get a daily check-in with my key adult.'",
     "PC-SMART": "those two outcomes have no measure and no date",
     "PR-VAGUE-WORDING": "'Ava would benefit from a social skills group with the HLTA.'; 'Movement breaks where possible.'; 'Access to a calm area as required.'",
     "PR-QUANTIFIED": "'Lego-based therapy with the HLTA.' - no frequency, length or group size; social skills group likewise",
     "HC-NEEDS-MET": "C: asthma with reliever inhaler and a 'hospital ... asthma attack in November 2025' - G covers only eczema (0-19 PHN training, GP emollient); nothing for asthma (no care plan, training or review)",
     "HC-OUTCOMES": "pass: asthma outcome ('I will know when I am wheezy and ask for my blue inhaler') and eczema outcome present",
     "HC-DCO-SIGNOFF": "'Health sections agreed by the Designated Clinical Officer (DCO), Dr Femi Ade, on 22 April 2026.'"})

add("g212.docx","shaded-heading-table",19,"Post-19 (Year 14)",["Down syndrome","severe learning difficulty","hearing"],"young person's quotes embedded in formal third-person prose; mother's views",
    {"SC-STATUTORY-LINK":"na","PC-ASPIRATIONS":"fail","PC-ASPIRATION-LINK":"fail","LG-GRAMMAR":"fail","HC-DCO-SIGNOFF":"fail","LG-READABILITY":"fail"},
    {"PC-ASPIRATIONS": "A records likes, dislikes and the mother's current concerns; no hopes or aspirations for now or the future (no 'dreams' section)",
     "PC-ASPIRATION-LINK": "no aspirations to build on, and outcomes (meal, money, travel, hearing aids, grounds work, medication) do not use his interests (drums, wrestling, bowling, his nephew)",
     "LG-GRAMMAR": "'he get on well'; 'He have good rhythm'; 'He speak in short phrases'; 'instructions which has more than one step'; 'There is many skills'; 'Toby have eligible needs'; 'Staff uses'; 'A learning support assistant check'",
     "HC-DCO-SIGNOFF": "G lists GP, CLDT nurse and audiology provision with no record of health (DCO/commissioner) agreement",
     "LG-READABILITY": "A: 'In accordance with the requirement that the views, wishes and feelings of the young person be ascertained and given due regard...'; E: 'It is intended that, by the conclusion of the academic year ending in July 2027, Toby will, with a level of prompting not exceeding one verbal prompt per task, have demonstrated the competence required to undertake the preparation of a simple hot meal...'",
     "PC-SMART": "pass: outcomes are wordy but each has a date, a count and who records it",
     "PC-VOICE": "pass: Toby's own words quoted (\"I like drums. I play drums on Friday\") and how gathered (personal tutor, photographs); mother's views"})

import datetime
doc = {"audit_date": datetime.date(2026,12,1), "plans": P}
class D(yaml.SafeDumper): pass
with open("/work/blind/setG2/labels.yaml", "w") as f:
    yaml.dump(doc, f, Dumper=D, sort_keys=False, allow_unicode=True, width=200)
