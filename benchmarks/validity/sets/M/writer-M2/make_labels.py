import yaml
CRIT = ["CA-DATED","CA-ADVICE-AGE","CA-STATUTORY-ADVICE","CA-ANNUAL-REVIEW",
 "PC-OUTCOME-NOT-PROVISION","PC-SMART","PC-VOICE","PC-ASPIRATIONS","PC-ASPIRATION-LINK","PC-PFA","PC-STRENGTHS",
 "PR-VAGUE-WORDING","PR-QUANTIFIED","PR-OUTCOME-LINK",
 "HC-NEEDS","HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-ADVICE","HC-DCO-SIGNOFF","HC-THERAPY-PLACEMENT","HC-ADVICE-PROVIDERS","HC-OUTCOMES",
 "SC-NEEDS","SC-STATUTORY-LINK","SC-PROVISION-SPECIFIC","SC-ADVICE","SC-RIGHT-SECTION",
 "LG-SPELLING","LG-GRAMMAR","LG-READABILITY","LG-JARGON"]

def lab(fails=(), na=()):
    d = {}
    for c in CRIT:
        d[c] = "fail" if c in fails else ("na" if c in na else "pass")
    return d

P = []
def add(file, layout, age, yg, needs, voice, fails, na, why):
    assert set(fails) <= set(CRIT) and set(na) <= set(CRIT), file
    for f in fails: assert f in why, (file, f)
    P.append(dict(file=file, layout=layout, age=age, year_group=yg, needs=needs, voice=voice,
                  labels=lab(fails, na), why=why))

add("m201.docx","heading2-numbered",17,"Year 13",["Down syndrome","learning difficulty","speech and language"],"first person",
    [], ["SC-STATUTORY-LINK"],
    {"PC-OUTCOME-NOT-PROVISION": "\"By the end of my course (July 2027), I will be awarded my Entry Level 3 Certificate in Animal Care.\" - an achievement, not provision (trap: PASS)",
     "PR-QUANTIFIED": "\"Niamh will have a reader and an extra quarter of the time in all assessments and exams, applied for and set up by the college Exams Officer.\" - access arrangement: what + who (trap: PASS)",
     "HC-DCO-SIGNOFF": "\"The health provision in this section was agreed by Dr Leila Ahmed, Designated Clinical Officer for Mereshire Integrated Care Board (ICB), on 3 June 2026.\""})

add("m202.docx","letter-column",15,"Year 11",["SEMH","anxiety"],"first person (quoted by key worker)",
    ["SC-STATUTORY-LINK","SC-ADVICE","CA-STATUTORY-ADVICE","SC-PROVISION-SPECIFIC","PC-PFA","HC-PROVISION-SPECIFIC","HC-DCO-SIGNOFF"],
    ["HC-THERAPY-PLACEMENT"],
    {"SC-STATUTORY-LINK": "D: \"Callum and his sister have been subject to Child Protection plans since February 2026 under the category of emotional harm.\" - H1 \"None.\", H2 \"None.\", no social worker, CP plan or social care advice anywhere in the plan",
     "SC-ADVICE": "K lists no social care advice at all although the young person is on a Child Protection plan",
     "CA-STATUTORY-ADVICE": "social care advice (reg 6) missing from K",
     "SC-PROVISION-SPECIFIC": "H1 \"None.\" H2 \"None.\" - nothing on whether short breaks / early help were considered, despite a CP plan",
     "PC-PFA": "Year 11: the four outcomes are attendance, an English mock grade, using a calm plan and joining a maths class - none covers post-16 education/employment, independent living, community or adulthood",
     "HC-PROVISION-SPECIFIC": "G: \"Callum will continue to be supported by the CAMHS Getting Help team. Appointments will be offered as needed.\" - no what, how often or how long",
     "HC-DCO-SIGNOFF": "G has CAMHS provision but no record that health (DCO/commissioner) agreed it",
     "HC-NEEDS-MET": "tricky PASS: anxiety in C is met by CAMHS provision in G; the provision is unspecific (scored under HC-PROVISION-SPECIFIC)",
     "SC-NEEDS": "tricky PASS: D describes the family situation and CP plan; the failure is the missing link (SC-STATUTORY-LINK)"})

add("m203.docx","shaded-heading-table",18,"Year 14",["physical (cerebral palsy)","epilepsy"],"first person",
    ["HC-NEEDS-MET","HC-OUTCOMES","HC-THERAPY-PLACEMENT","PR-VAGUE-WORDING","PR-QUANTIFIED","PC-OUTCOME-NOT-PROVISION","PC-SMART"],
    ["SC-STATUTORY-LINK"],
    {"HC-NEEDS-MET": "C: \"Epilepsy: Liam has focal epilepsy ... he still has occasional seizures ... He has an emergency medication plan\" - G has only physiotherapy and OT; nothing for epilepsy (no epilepsy nurse, no care plan/training)",
     "HC-OUTCOMES": "no outcome in E relates to his epilepsy",
     "HC-THERAPY-PLACEMENT": "G: \"An Occupational Therapist ... will work with Liam 1-2-1 in the college training flat fortnightly (45 mins) for 12 weeks, teaching him to use a perching stool, kettle tipper and adapted knife...\" - OT that trains the young person belongs in F",
     "PR-VAGUE-WORDING": "F: \"Liam will have access to the quiet room for rest breaks where possible.\" and \"Opportunities to practise independent living skills in the college training flat as appropriate.\"",
     "PR-QUANTIFIED": "the same two F items: no frequency, length or who delivers/supervises (other F items are quantified, e.g. travel training 2 journeys/week for 10 weeks)",
     "PC-OUTCOME-NOT-PROVISION": "E: \"Liam will continue to receive physiotherapy and support from staff with his physical needs.\"",
     "PC-SMART": "the same E item has no measure and no date"})

add("m204.docx","heading2-numbered",7,"Year 3",["ASC","communication"],"observed through pictures and play (TA); foster carers' views",
    ["PC-OUTCOME-NOT-PROVISION","PC-SMART","CA-ANNUAL-REVIEW","SC-STATUTORY-LINK","SC-ADVICE","CA-STATUTORY-ADVICE"],
    ["PC-PFA"],
    {"PC-OUTCOME-NOT-PROVISION": "E2: \"Alfie has a 1-2-1 teaching assistant in every lesson to help him stay in class and complete his work.\"",
     "PC-SMART": "E3: \"By the end of Year 3, Alfie will be happier and more settled at school.\" - no measure",
     "CA-ANNUAL-REVIEW": "\"Date finalised 03.07.2024\", \"Date of last annual review 12.06.2025\" - more than 12 months before the 2026-12-01 audit (next review June 2026 not held)",
     "SC-STATUTORY-LINK": "D: \"Alfie is a looked after child.\" - no social worker, care plan or Personal Education Plan (PEP) and no social care advice; H2 \"None.\"",
     "SC-ADVICE": "K has no social care advice for a looked-after child",
     "CA-STATUTORY-ADVICE": "social care advice missing from K",
     "CA-ADVICE-AGE": "tricky PASS: 2024 advice was under 12 months old when the plan was issued (July 2024) and annual review reports of May/June 2025 are listed",
     "SC-PROVISION-SPECIFIC": "PASS: H1 \"Short breaks have been discussed with Alfie's foster carers. They do not wish to apply at this time.\""})

add("m205.docx","letter-column",20,"Age 19+",["vision impairment","moderate learning difficulty"],"first person",
    [], ["SC-STATUTORY-LINK","HC-THERAPY-PLACEMENT"],
    {"PC-OUTCOME-NOT-PROVISION": "\"By July 2027, I will gain a positive reference from my kitchen manager ...\" - achievement (trap: PASS)",
     "PR-QUANTIFIED": "\"A tablet with magnification and text-to-speech apps and a hand-held electronic magnifier. These were set up by the college Assistive Technology Officer, who will update them each term\" - equipment + who (trap: PASS)",
     "CA-STATUTORY-ADVICE": "QTVI advice present (Ann Lyle, 09.03.2026) and PfA advice present",
     "HC-DCO-SIGNOFF": "\"Mereshire Integrated Care Board (ICB) agreed this health provision. Signed off by Mark Benson, Designated Clinical Officer, 20 July 2026.\""})

add("m206.docx","shaded-heading-table",3,"Early years (pre-school)",["global developmental delay","communication","EAL","feeding"],"observed through play by key person; parents via interpreter",
    [], ["PC-PFA","SC-STATUTORY-LINK"],
    {"PC-VOICE": "\"Her key person at pre-school, Hannah Price, watched Ruby closely over three weeks in July 2026 ...\" - views of a pre-verbal 3-year-old gathered by a practitioner (trap: PASS)",
     "HC-NEEDS-MET": "\"Ruby has no difficulty walking\" sits alongside a real feeding need, which is met by the Specialist Dietitian in G (trap: PASS)",
     "PR-QUANTIFIED": "\"Every half-term (6 visits per year, 60 minutes each), a Speech and Language Therapist ... will see Ruby\" - professional's visit, no group size needed (trap: PASS)",
     "PR-VAGUE-WORDING": "\"kept up to date by her key person\" is not the woolly 'up to' (PASS)",
     "SC-NEEDS": "\"She found that Ruby's care needs are met well at home ... there are no social care needs at this time.\" - none, with basis (PASS)"})

add("m207.docx","heading2-numbered",14,"Year 9",["severe learning difficulty","physical (hypotonia)"],"none recorded (parents only)",
    ["PC-VOICE","PC-STRENGTHS","LG-JARGON","CA-DATED"],
    ["SC-STATUTORY-LINK"],
    {"PC-VOICE": "A1: \"Kian was unable to give his views for this plan due to his level of need.\" - no attempt to gather his views by observation, objects, symbols or a key adult",
     "PC-STRENGTHS": "A and B are deficit-only: \"he cannot be left alone ... is unable to dress or wash himself\", \"He is not able to read or write and cannot count reliably beyond 3\", \"Fine motor skills are poor\"",
     "LG-JARGON": "unexplained: \"SLD\", \"ARE\", \"AAC\", \"VOCA\" (in B), \"SALT\", \"SCERTS\", \"SEMH\", \"MDT\", \"PBS\", \"RHS\", \"OT\", \"DCO\", \"EHCP\"",
     "CA-DATED": "K: \"Appendix 2: Educational advice - 20.01.2026\", \"Appendix 3: Psychological advice - 22.01.2026\", \"Appendix 6: SALT advice - 15.01.2026\" - no person, role or service named",
     "CA-STATUTORY-ADVICE": "tricky PASS: every type of reg 6 advice is listed (two items are unattributed - scored under CA-DATED)",
     "LG-READABILITY": "PASS: A and E are plain sentences (E explains VOCA as 'talking communication device')"})

add("m208.docx","letter-column",21,"Age 19+",["learning disability","ASC","anxiety"],"first person",
    ["LG-SPELLING","LG-GRAMMAR","SC-RIGHT-SECTION","HC-ADVICE-PROVIDERS"],
    ["SC-STATUTORY-LINK","HC-THERAPY-PLACEMENT"],
    {"LG-SPELLING": "\"independant\", \"accomodation\" (A), \"enviroment\" (B), \"seperate\", \"dosn't recieve\" (F)",
     "LG-GRAMMAR": "B: \"he don't like using the phone\", \"There is lots of things he can do well\"; D: \"Ryan's dad works full time and have told the assessor\"",
     "SC-RIGHT-SECTION": "F: \"Daily living support: A support worker funded by Adult Social Care will support Ryan at home for 10 hours per week to plan his meals, go shopping, cook and manage his money, as set out in his Care Act support plan.\" - Care Act social care in F; H2 only says \"see Section F\"",
     "HC-ADVICE-PROVIDERS": "G: Clinical Psychologist and Community Learning Disability Nurse of the Adult Learning Disability Team provide, but K lists only the GP's health advice - no advice from the Adult Learning Disability Team",
     "SC-PROVISION-SPECIFIC": "tricky PASS: the Care Act support is specific (10 hours per week, what it is for); its location is the SC-RIGHT-SECTION failure"})

add("m209.docx","shaded-heading-table",12,"Year 7",["DLD","ADHD","literacy","hypermobility"],"first person bullets",
    ["PR-QUANTIFIED","PR-VAGUE-WORDING","CA-ADVICE-AGE","HC-ADVICE","PR-OUTCOME-LINK","HC-NEEDS-MET"],
    ["PC-PFA","SC-STATUTORY-LINK"],
    {"PR-QUANTIFIED": "F: \"Literacy: Small group literacy intervention each week for 10 weeks.\" - no who, group size or session length",
     "PR-VAGUE-WORDING": "F: \"Regular check-ins with a member of the pastoral team\" and \"Leo will have access to a laptop for longer pieces of writing where appropriate.\"",
     "CA-ADVICE-AGE": "K: \"Medical advice | Dr Rahman, Community Paediatrician | 09.11.2023\" - 30 months old when the plan was finalised (18 May 2026)",
     "HC-ADVICE": "the only medical advice is the 2023 paediatric report - not current (the SALT advice is educational/therapy advice, not the medical advice)",
     "PR-OUTCOME-LINK": "B: \"He often misreads jokes and banter ... does not yet have a settled friendship group\" and E: \"By July 2027, Leo will go to a lunchtime club at least twice a week and be able to name two friends there\" - no provision in F for social communication/friendships",
     "HC-NEEDS-MET": "C: joint hypermobility \"causing pain when writing, and recommends hand-strengthening exercises and physiotherapy review\" - G has only the ADHD medication review",
     "CA-STATUTORY-ADVICE": "tricky PASS: all reg 6 advice types are listed; the medical advice is out of date (scored under CA-ADVICE-AGE / HC-ADVICE)",
     "PC-ASPIRATION-LINK": "PASS: \"plan a 1-minute stop-motion film with a 6-frame storyboard\" builds on his film aspiration"})

add("m210.docx","heading2-numbered",15,"Year 10",["hearing impairment"],"first person",
    [], ["SC-STATUTORY-LINK","HC-THERAPY-PLACEMENT"],
    {"PR-VAGUE-WORDING": "\"From May 2027, the QTOD will add a weekly 20-minute 1-2-1 revision session\" - 'May' is the month (trap: PASS); \"in the run-up to\" is not 'up to'",
     "PR-QUANTIFIED": "\"Radio aid: provided by the Sensory Support Service and maintained by the QTOD at each visit.\" and \"separate small room with 25% extra time ... applied for by the Special Educational Needs Co-ordinator (SENCo)\" - equipment/access arrangements with who (PASS)",
     "SC-NEEDS": "\"screened the request for advice in January 2026 and found no social care needs: Harvey's needs at home are met by his family.\" (PASS)",
     "CA-STATUTORY-ADVICE": "Qualified Teacher of the Deaf advice (Rachel Frost, 28.01.2026) and PfA advice present",
     "CA-ANNUAL-REVIEW": "annual review 24 March 2026, amended plan finalised 21 April 2026 (PASS)"})

add("m211.docx","letter-column",9,"Year 5",["DLD","SEMH (anxiety)","young carer"],"first person via Talking Mats",
    [], ["PC-PFA","HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-DCO-SIGNOFF","HC-ADVICE-PROVIDERS","HC-OUTCOMES"],
    {"SC-STATUTORY-LINK": "PASS: \"Her social worker, Priya Lal ... gave advice for this plan and attended the planning meeting.\"; \"The CIN plan's goals ... are built into outcomes 4 and 5 in Section E and into Section H2.\"",
     "HC-NEEDS": "PASS: \"None. Dr Amin, Community Paediatrician, assessed Isla in January 2026 and found no medical cause ...\" - no health needs, with basis",
     "HC-THERAPY-PLACEMENT": "PASS: SALT is in F; G says \"Isla's speech and language therapy is educational provision and is set out in Section F.\"",
     "PR-QUANTIFIED": "\"The Speech and Language Therapist ... will visit school twice termly (1 hour each visit)\" - professional's visit, no group size needed (PASS)"})

add("m212.docx","shaded-heading-table",17,"Year 12",["ASC","anxiety"],"third person, professional register",
    ["HC-NEEDS","HC-ADVICE","CA-STATUTORY-ADVICE","PC-ASPIRATIONS","PC-ASPIRATION-LINK","LG-READABILITY","LG-JARGON","SC-NEEDS","SC-PROVISION-SPECIFIC"],
    ["SC-STATUTORY-LINK","HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-DCO-SIGNOFF","HC-THERAPY-PLACEMENT","HC-ADVICE-PROVIDERS","HC-OUTCOMES"],
    {"HC-NEEDS": "C: \"Not known at the time of writing. Awaiting information from the GP.\"",
     "HC-ADVICE": "K lists no medical/health advice",
     "CA-STATUTORY-ADVICE": "medical (health) advice missing from K",
     "PC-ASPIRATIONS": "A records difficulties and that she \"enjoys online gaming and spending time with her cat\"; mum's view lists concerns - no hopes or aspirations for now or the future from Maya or her family",
     "PC-ASPIRATION-LINK": "with no aspirations stated, and outcomes unrelated to the interests in A (gaming, her cat), E cannot build on A",
     "LG-READABILITY": "A: \"sensory overload secondary to auditory and olfactory stimuli significantly impacts her capacity to engage\"; E: \"Maya will evidence increased self-regulatory capacity by utilising her co-produced sensory regulation plan in unstructured contexts\" - not family-readable",
     "LG-JARGON": "unexplained: \"executive functioning\", \"interoceptive awareness\", \"demand-avoidant profile\", \"masking\", \"dysregulation\", \"parental scaffolding\", \"generalise travel skills\"",
     "SC-NEEDS": "D: \"N/A\" - no description and no basis, although PfA social care advice is in K",
     "SC-PROVISION-SPECIFIC": "H1 \"N/A\", H2 \"N/A\" - no statement that short breaks/early help were considered",
     "HC-NEEDS-MET": "NA: no health needs are recorded in C (the failure is HC-NEEDS) and G says \"None identified.\"",
     "PC-SMART": "PASS: outcomes are jargon-heavy but each has a date and a measure (e.g. '80% of occasions, as evidenced by tutor tracking data')"})

for p in P:
    assert set(p["why"]) <= set(CRIT), p["file"]
import datetime
doc = {"audit_date": datetime.date(2026, 12, 1), "plans": P}
with open("labels.yaml","w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=200)

# tallies
from collections import Counter
fc = Counter()
for p in P:
    for c,v in p["labels"].items():
        if v=="fail": fc[c]+=1
sound=[p["file"] for p in P if "fail" not in p["labels"].values()]
print("sound:", sound)
print("fail plans:", [ (p["file"], sum(v=="fail" for v in p["labels"].values())) for p in P if p["file"] not in sound])
for c in CRIT: print(f"  {c}: {fc[c]}")
missing=[c for c in CRIT if fc[c]==0]
print("missing:", missing)
