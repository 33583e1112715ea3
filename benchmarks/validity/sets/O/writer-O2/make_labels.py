import yaml
CRIT = ["CA-DATED","CA-ADVICE-AGE","CA-STATUTORY-ADVICE","CA-ANNUAL-REVIEW",
"PC-OUTCOME-NOT-PROVISION","PC-SMART","PC-VOICE","PC-ASPIRATIONS","PC-ASPIRATION-LINK","PC-PFA","PC-STRENGTHS",
"PR-VAGUE-WORDING","PR-QUANTIFIED","PR-OUTCOME-LINK",
"HC-NEEDS","HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-ADVICE","HC-DCO-SIGNOFF","HC-THERAPY-PLACEMENT","HC-ADVICE-PROVIDERS","HC-OUTCOMES",
"SC-NEEDS","SC-STATUTORY-LINK","SC-PROVISION-SPECIFIC","SC-ADVICE","SC-RIGHT-SECTION",
"LG-SPELLING","LG-GRAMMAR","LG-READABILITY","LG-JARGON"]
NO_HEALTH_G = ["HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-DCO-SIGNOFF","HC-ADVICE-PROVIDERS","HC-OUTCOMES"]
P = []
def plan(file, layout, age, yg, needs, voice, fail={}, na=(), why={}):
    labels = {c: "pass" for c in CRIT}
    for c in na: labels[c] = "na"
    for c in fail: labels[c] = "fail"
    w = dict(fail); w.update(why)
    P.append({"file": file, "layout": layout, "age": age, "year_group": yg, "needs": needs, "voice": voice,
              "sound": not fail, "labels": labels, "why": w})

plan("o201.docx","heading2-numbered",8,"Year 4",["SpLD (dyslexia)","Type 1 diabetes","SEMH"],"first person (child) + parent quote",
 na=["PC-PFA","SC-STATUTORY-LINK","HC-THERAPY-PLACEMENT"],
 why={"PR-QUANTIFIED": "trap passes: 'Ruby's own laptop with text-to-speech ... (Laptop provided by school; set up before first use and checked each half term by the school's ICT technician)' is equipment with who maintains it; F3 Specialist Advisory Teacher visit '(Termly (3 x per year), 1.5 hours each visit ...)' needs no group size",
      "HC-DCO-SIGNOFF": "'the provision in this section was agreed for the Integrated Care Board by Dr Priya Shah, Designated Clinical Officer, on 10 June 2026.'",
      "SC-NEEDS": "'Ruby has no social care needs ... The Disabled Children's Social Worker spoke with Mum on 16 April 2026 ...' - none, with basis",
      "CA-ANNUAL-REVIEW": "Issued 18 June 2026 (first plan); within 12 months of 2026-12-01"})

plan("o202.docx","letter-column",14,"Year 10",["ASC","SEMH (anxiety)"],"first person (young person) + parent quote",
 fail={"CA-ANNUAL-REVIEW": "front matter 'Issued | 2 October 2025' and 'Last annual review | 23 September 2025' - both more than 12 months before the audit date 2026-12-01",
       "CA-STATUTORY-ADVICE": "Year 10 but K has no preparing-for-adulthood advice (no careers/transition adviser item); K lists only parent/YP, SENCo, EP, paediatrician, CAMHS, specialist teacher, social care",
       "PC-OUTCOME-NOT-PROVISION": "E row 'I will have a session with my Learning Mentor every week to talk about my worries.' - provision (mirrors F1), not an achievement",
       "PC-SMART": "same row: 'Sessions recorded by the Learning Mentor.' / 'Over the next year' - measures attendance at a service, not a change in Kai; no end date",
       "PC-PFA": "Year 10: every outcome is about attending lessons, inference questions, 6-mark answers or anxiety in class; none about post-16 education/employment, independent living, travel, community or health despite Dad's 'so he can go to college for motor vehicle or land-based engineering'"},
 na=["SC-STATUTORY-LINK","HC-THERAPY-PLACEMENT"],
 why={"CA-ADVICE-AGE": "pass: all advice dated 14.03.2025-23.09.2025, under 12 months before issue 2 October 2025 (the plan fails on review currency, not advice age)",
      "PC-ASPIRATION-LINK": "pass: mechanic aspiration reflected in 'I will write a full answer to a 6-mark question in Engineering and Science'",
      "PR-QUANTIFIED": "trap pass: F7 'Access arrangements: ... (Applied for and arranged by the Special Educational Needs Co-ordinator (SENCo) with the exams officer)'"})

plan("o203.docx","shaded-heading-table",3,"Nursery (pre-school)",["Down syndrome","hearing (glue ear, hearing aids)","physical (low tone)"],"parents' words only",
 fail={"PC-VOICE": "Section A is only 'What Alfie's parents told us' (quotes signed 'Sarah and Liam, Alfie's parents, June 2026'); no views of Alfie gathered through play, observation or signs by his key person or anyone else",
       "CA-DATED": "K rows 'Early years setting report | Little Fells Nursery | (blank)' and 'Portage report | Portage Home Visiting Service | (blank)' - no date",
       "HC-DCO-SIGNOFF": "Section G lists Children's Audiology, Paediatric Cardiology and Community Paediatrician provision but records no agreement by the DCO/commissioner anywhere",
       "PR-VAGUE-WORDING": "F5 'Alfie would benefit from regular small group sessions to develop his turn-taking and play skills.'",
       "PR-QUANTIFIED": "F5 - no frequency, length, group size or who delivers it"},
 na=["PC-PFA","SC-STATUTORY-LINK"],
 why={"CA-ADVICE-AGE": "pass: every dated item is under 6 months old at issue (14 August 2026); the two undated items are failed under CA-DATED only",
      "CA-STATUTORY-ADVICE": "pass: includes 'Karen Moss, Specialist Advisory Teacher (Hearing), qualified Teacher of the Deaf' for the hearing impairment",
      "HC-THERAPY-PLACEMENT": "pass: speech and language therapy (F2) and physiotherapy programme (F4) are in F",
      "PR-OUTCOME-LINK": "pass: turn-taking outcome is served (poorly) by F5; other outcomes by F1-F4, F6"})

plan("o204.docx","heading2-numbered",9,"Year 5",["SEMH","cognition and learning (literacy gaps)"],"first person (child) + parent quote",
 fail={"SC-STATUTORY-LINK": "D: 'Levi and his two younger sisters have been subject to child protection plans since March 2026 ...' but H1 'None.', H2 'None.', no social worker contribution or CP plan used, no social care advice in K",
       "SC-ADVICE": "K lists no social care advice at all",
       "SC-PROVISION-SPECIFIC": "H1 'None.' H2 'None.' - no statement that short breaks or early help were considered for a child on a CP plan",
       "CA-STATUTORY-ADVICE": "K has no social care advice and no medical/health advice",
       "PC-SMART": "E1 'By July 2027, Levi will be happier and more settled in school.' - not measurable",
       "PR-VAGUE-WORDING": "F3 'Levi will have opportunities to attend the school's nurture group as appropriate, to help him with his feelings and friendships.'",
       "PR-QUANTIFIED": "F3 - no frequency, length, group size or staff",
       "HC-NEEDS": "C: 'Not known at present. Information has been requested from Levi's GP.'",
       "HC-ADVICE": "no medical or health advice listed in K"},
 na=["PC-PFA","HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-DCO-SIGNOFF","HC-THERAPY-PLACEMENT","HC-ADVICE-PROVIDERS","HC-OUTCOMES"],
 why={"SC-NEEDS": "pass (thin): D states the CP plan, category and the social worker's team; the failure is in how it informed the plan (SC-STATUTORY-LINK)",
      "HC-NEEDS-MET": "na: health needs unknown ('Not known at present') and G 'None identified.'; failure recorded under HC-NEEDS/HC-ADVICE"})

plan("o205.docx","letter-column",3,"Nursery (pre-school)",["speech and language delay","EAL (Romanes/Slovak)"],"views gathered through play by key person + parents' words via interpreter",
 na=["PC-PFA","HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-DCO-SIGNOFF","HC-ADVICE-PROVIDERS","HC-OUTCOMES","SC-STATUTORY-LINK"],
 why={"PC-VOICE": "trap pass: 'her key person at pre-school, Aisha Bell, watched and played with her over four weeks in June 2026 and wrote down what Lily showed her'",
      "HC-NEEDS": "trap pass: 'She has no health needs related to her special educational needs.' with basis (health visitor review 10 June 2026; hearing test 14 May 2026)",
      "PR-QUANTIFIED": "trap pass: F1 SALT visit '(6 visits a year, 1 hour each; Outreach SALT)' needs no group size; F4 visual supports 'made and kept up to date by her key person' ('up to date' is not 'up to')",
      "HC-THERAPY-PLACEMENT": "pass: SALT in F1; G says therapy is educational and in F",
      "SC-PROVISION-SPECIFIC": "pass: H1 'parents were told about the short breaks offer ... do not need it at present'"})

plan("o206.docx","shaded-heading-table",7,"Year 3",["SLD","global developmental delay","physical (hypotonia)","epilepsy"],"views gathered by TA through signs/pictures/observation + parent quote",
 fail={"HC-NEEDS-MET": "C: 'Mia has epilepsy (tonic-clonic and absence seizures) ... needed rescue medication (buccal midazolam). She has an epilepsy care plan...' - G has only physiotherapy and SALT; no epilepsy nurse, care plan review or rescue-medication training",
       "HC-OUTCOMES": "no outcome in E relates to her epilepsy",
       "HC-THERAPY-PLACEMENT": "G: 'Speech and Language Therapy (outreach): direct therapy with Mia in school, working on PECS phase 2 and Makaton signs ... (One session a fortnight, 45 minutes, 1:1; Outreach SALT)' - therapy that trains the child placed in G",
       "SC-NEEDS": "D: 'N/A' - no description and no basis",
       "SC-PROVISION-SPECIFIC": "H1 'N/A', H2 'N/A' - no sign that short breaks were considered for a 7-year-old with SLD, epilepsy and a walking frame",
       "LG-SPELLING": "'independant' (A), 'seperate' (B), 'occured' (C), 'recieve' (F4), 'accomodate' (I)"},
 na=["PC-PFA","SC-STATUTORY-LINK"],
 why={"SC-ADVICE": "pass: 'Social care advice - Disabled Children's Team (Duty Team), 01.04.2026: not currently known to the team'",
      "PR-OUTCOME-LINK": "pass: communication outcomes served by F2 (Makaton/PECS daily in class), walking by F6, feeding F4, switch F5",
      "HC-ADVICE-PROVIDERS": "pass: physiotherapy and SALT (the G providers) both gave advice in K"})

plan("o207.docx","heading2-numbered",20,"Post-19",["SLD","ASC"],"first person (young person's own short phrases, gathered by key tutor) + parent quote",
 na=["SC-STATUTORY-LINK"],
 why={"PC-OUTCOME-NOT-PROVISION": "trap passes: 'I will gain a positive written report from my placement supervisor' and 'I will be awarded the Entry Level 1 certificate in Employability Skills' are achievements; 'go into the village shop on my own' is a community-independence outcome",
      "PR-QUANTIFIED": "trap pass: F6 'From January 2027, a trainer from the county Independent Travel Training team ...' (month name, not 'may'); F5 ear defenders 'provided by the college and replaced by the learning support co-ordinator when worn'",
      "HC-DCO-SIGNOFF": "'Section G was signed off by Lorraine Wharton, Designated Clinical Officer, on 5 October 2026.'",
      "SC-RIGHT-SECTION": "pass: H1 'Not applicable. Owen is over 18 ... Care Act 2014 (see H2)'; PA and respite in H2",
      "CA-ANNUAL-REVIEW": "last annual review 15 September 2026; issued 9 October 2026"})

plan("o208.docx","letter-column",17,"Year 12 (FE college)",["physical (cerebral palsy)"],"first person (young person) + parent quote",
 fail={"SC-RIGHT-SECTION": "F8 'Short breaks: Finn will stay at Fellview short break house ... (One weekend a month, 2 nights)' - social care provision in F",
       "HC-PROVISION-SPECIFIC": "G: 'Finn will continue to be seen by the Paediatric Physiotherapy team as needed.' 'Orthotics will review his AFOs.' 'Hip surveillance as per CPIP.' - no frequency or duration",
       "HC-ADVICE-PROVIDERS": "physiotherapy and orthotics provide in G but K has no physiotherapy or orthotics advice (health advice is only the Consultant Paediatrician)",
       "LG-READABILITY": "E is written for professionals, e.g. 'Finn will demonstrate ADL competence in the ILS training flat (3-step hot meal prep) in 4/5 sessions without PA support.'",
       "LG-JARGON": "unexplained throughout: CP, GMFCS, MACS, K-walker, w/c, AFOs, ROM, AT, STT, ADL, ILS, WEX, pw, ITT, PT, HEP, MSK, CPIP, EAA, ALS, ILT, LSA, OT, FE, PfA"},
 na=["SC-STATUTORY-LINK"],
 why={"HC-NEEDS-MET": "pass: each health need in C (physio, orthotics, hips) is named in G - the failure is specificity",
      "HC-DCO-SIGNOFF": "pass: 'Health provision agreed by Lorraine Wharton, DCO, 27 July 2026.'",
      "PC-OUTCOME-NOT-PROVISION": "trap pass: 'gain a positive reference from his line manager' is an achievement",
      "PC-SMART": "pass: outcomes are measurable and dated despite the jargon",
      "HC-THERAPY-PLACEMENT": "pass: OT is in F3; physiotherapy in G is health treatment"})

plan("o209.docx","shaded-heading-table",14,"Year 9",["VI (albinism, nystagmus)"],"first person (young person) + parent quote",
 na=["SC-STATUTORY-LINK","HC-THERAPY-PLACEMENT"],
 why={"HC-NEEDS": "trap pass: 'Ellie has no difficulty walking and is very fit, but bright light dazzles her ...' alongside real health needs (albinism: eyes and skin)",
      "PR-QUANTIFIED": "trap passes: F4 'access arrangements - 25% extra time, modified enlarged papers and use of her iPad magnifier - will be applied for by the SENCo'; F3 equipment 'kept working and updated by the school's IT technician'; F7 'From January 2027, the school's Careers Adviser ...'",
      "PC-OUTCOME-NOT-PROVISION": "trap pass: 'receive a written reference from my placement supervisor' is an achievement",
      "CA-STATUTORY-ADVICE": "pass: includes 'Sue Dawson, Specialist Advisory Teacher (Vision), qualified teacher of children with vision impairment' and PfA advice",
      "HC-DCO-SIGNOFF": "'this section was checked and agreed by Dr Priya Shah, Designated Clinical Officer, ... on 3 November 2026.'"})

plan("o210.docx","heading2-numbered",11,"Year 7",["ADHD","SpLD"],"first person (child) + parent quote",
 fail={"PC-STRENGTHS": "A and B describe only difficulties ('I find it hard to sit still', 'I hate writing', 'Jack shouts out, leaves his seat and walks out of lessons', 'struggles to make and keep friends'); no strengths or what Jack can do anywhere",
       "PC-OUTCOME-NOT-PROVISION": "E3 'Jack has a shared teaching assistant (TA) (1:2) in English, maths and science lessons.'",
       "PC-SMART": "E3 has no measure of achievement and no date",
       "HC-NEEDS-MET": "C: 'He takes medication each morning ... His paediatrician reviews the medication every 6 months, including his height, weight and blood pressure.' - G has only Orthoptics; the ADHD medication review is missing",
       "LG-GRAMMAR": "'Jack find it very difficult', 'He don't always remember', 'Jack and his brother has moved school', 'If Jack become overwhelmed he need somewhere to go', 'The TA will supports Jack'"},
 na=["PC-PFA","SC-STATUTORY-LINK","HC-THERAPY-PLACEMENT"],
 why={"HC-OUTCOMES": "pass: ADHD -> E1/E2 concentration outcomes; glasses -> E7",
      "HC-PROVISION-SPECIFIC": "pass: the one G item is specific ('yearly eye test and review of Jack's glasses prescription in clinic')",
      "PC-ASPIRATIONS": "pass: 'When I grow up I want to join the Army like my dad.'; parents want him 'to make it through secondary school'"})

plan("o211.docx","letter-column",15,"Year 11",["HI (moderate-severe, hearing aids)","literacy"],"first person (young person) + foster carers' quote",
 fail={"SC-STATUTORY-LINK": "front matter 'Looked after by Fellshire County Council'; D only 'Casey is a looked after child and lives with foster carers.' - no care plan, PEP, social worker contribution; H1/H2 do not refer to it",
       "SC-ADVICE": "only social care advice: 'Children Looked After Team | 14.02.2023' - not current, no named worker",
       "CA-ADVICE-AGE": "social care advice dated 14.02.2023, about 41 months old at issue (10 July 2026)",
       "PC-ASPIRATIONS": "A records likes/dislikes and current feelings only; no hopes for now or the future from Casey or her foster carers (Year 11)",
       "PC-ASPIRATION-LINK": "no aspirations in A for the outcomes to build on",
       "PR-OUTCOME-LINK": "B reading age '10 years 2 months' and E 'Casey's reading age will rise from 10 years 2 months to at least 11 years 6 months' - no reading provision in F"},
 na=["HC-THERAPY-PLACEMENT"],
 why={"CA-STATUTORY-ADVICE": "pass: all types present incl. QToD ('Karen Moss, Specialist Advisory Teacher (Hearing), QToD') and PfA; the social care item's age is failed under CA-ADVICE-AGE/SC-ADVICE",
      "SC-PROVISION-SPECIFIC": "pass: H1 'Short breaks were discussed with Casey's foster carers at the annual review and are not wanted.'",
      "CA-DATED": "pass: every item names a person or service and a date"})

plan("o212.docx","shaded-heading-table",17,"Year 12 (FE college)",["ASC","SEMH (anxiety)"],"first person (young person) + parent quote",
 na=["HC-THERAPY-PLACEMENT"],
 why={"SC-STATUTORY-LINK": "pass: child in need plan; D 'Jo's advice for this plan and the child in need plan's goals ... were used to write the outcomes in Section E and the provision in Section H'; social worker advice 08.05.2026 in K",
      "PC-OUTCOME-NOT-PROVISION": "trap pass: 'I will be awarded the Level 1 Diploma in Work-based Animal Care' is an achievement",
      "HC-DCO-SIGNOFF": "'These health arrangements were confirmed by the Designated Clinical Officer for Fellshire, Lorraine Wharton, on 19 June 2026.'",
      "PR-VAGUE-WORDING": "pass: F4 quiet room is named and the time-out card mechanism stated ('at any time' is a stated entitlement, not woolly)"})

import datetime
out = {"audit_date": datetime.date(2026, 12, 1), "plans": []}
for p in P:
    d = {k: p[k] for k in ("file","layout","age","year_group","needs","voice")}
    d["labels"] = p["labels"]
    d["why"] = p["why"]
    out["plans"].append(d)
with open("labels.yaml","w") as f:
    yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=200)
# summary
from collections import Counter
c = Counter(k for p in P for k,v in p["labels"].items() if v=="fail")
print("sound:", [p["file"] for p in P if p["sound"]])
print("failing:", [(p["file"], sum(v=="fail" for v in p["labels"].values())) for p in P if not p["sound"]])
for k in CRIT: print(k, c[k])
