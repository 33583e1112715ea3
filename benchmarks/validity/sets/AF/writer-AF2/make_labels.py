"""Writes labels.yaml (answer key) and checks every quoted string in `why` against the .docx text."""
import re, sys, yaml
sys.path.insert(0, '.')
from textof import text

CRIT = ["CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW",
        "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-VOICE", "PC-ASPIRATIONS", "PC-ASPIRATION-LINK", "PC-PFA", "PC-STRENGTHS",
        "PR-VAGUE-WORDING", "PR-QUANTIFIED", "PR-OUTCOME-LINK",
        "HC-NEEDS", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-ADVICE", "HC-DCO-SIGNOFF", "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES",
        "SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "SC-RIGHT-SECTION",
        "LG-SPELLING", "LG-GRAMMAR", "LG-READABILITY", "LG-JARGON"]
HC_NA = ["HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"]

P = []
def plan(n, layout, age, yg, needs, voice, fails=(), na=(), why=None):
    labels = {c: "pass" for c in CRIT}
    for c in na: labels[c] = "na"
    for c in fails: labels[c] = "fail"
    P.append(dict(file=f"af{n}.docx", layout=layout, age=age, year_group=yg, needs=needs, voice=voice,
                  labels=labels, why=why or {}))

plan(201, "heading2-numbered", 8, "Year 3", ["SEMH", "post-traumatic stress", "MLD", "EAL"], "first person (with interpreter) and third person",
     na=["PC-PFA", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION", "HC-THERAPY-PLACEMENT"],
     why={
 "PC-OUTCOME-NOT-PROVISION": 'PASS: "Mariam will receive her school’s 10-metre swimming certificate" is an achievement (trap: "receive")',
 "PC-VOICE": 'PASS: "I drew pictures and we talked about them. These are my words." - child\'s own words, gathered with EP and interpreter; mother\'s views in A2',
 "PR-VAGUE-WORDING": 'PASS: "have access to swimming lessons" is the mother\'s wish in A and "regular reassurance" is in B; F itself has no vague terms (trap)',
 "PR-QUANTIFIED": 'PASS: "May 2027: before class swimming starts, Mariam will make 2 visits of 20 minutes" (month starting a sentence, trap); EP "will visit once each term for 2 hours" needs no group size; calm box "set up and kept stocked by the class teacher"',
 "HC-NEEDS": 'PASS: "Mariam is physically healthy and has no trouble with her hearing, eyesight, eating or movement, but she does have symptoms of post-traumatic stress" - the real need is in C and met in G (trap)',
 "HC-DCO-SIGNOFF": 'PASS: "reviewed and agreed on 8 September 2026 by Dr Helen Marsh, Designated Clinical Officer"',
 "SC-NEEDS": 'PASS: "Mariam does not have social care needs relating to her special educational needs" with basis "gave advice on 3 June 2026 that no social care assessment or service is needed"',
 "SC-PROVISION-SPECIFIC": 'PASS: "None. Early help and the Local Offer have been discussed with Mariam’s mother" - local offer and early help considered',
 "HC-THERAPY-PLACEMENT": 'NA: no speech and language therapy or occupational therapy; CAMHS trauma-focused therapy is health provision in G',
 "CA-ANNUAL-REVIEW": 'PASS: issued "14 September 2026", within 12 months of the audit date',
 "LG-JARGON": 'PASS: acronyms spelled out, e.g. "Child and Adolescent Mental Health Service (CAMHS)", "Emotional Literacy Support Assistant (ELSA)"',
})

plan(202, "heading2-numbered", 15, "Year 10", ["MLD", "interrupted education", "EAL", "unaccompanied asylum-seeking child (looked after)"], "first person (with bilingual key worker) and foster carer",
     fails=["SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "CA-STATUTORY-ADVICE", "PC-PFA", "LG-SPELLING", "PR-QUANTIFIED"],
     na=HC_NA + ["SC-RIGHT-SECTION"],
     why={
 "SC-NEEDS": '"Yonas is an unaccompanied asylum-seeking child and is looked after by the London Borough of Westmere under section 20 of the Children Act 1989." - D gives the legal status only, no description of need',
 "SC-STATUTORY-LINK": '"is looked after by the London Borough of Westmere under section 20" - looked-after status recorded but no social worker contribution, care plan or PEP in D, and H1/H2 are "None."',
 "SC-PROVISION-SPECIFIC": '"None." (H1 and H2) - no provision and no sign that short breaks, the local offer or early help were considered for a looked-after child',
 "SC-ADVICE": '"Looked After Children’s Nurse" is in K but there is no social care advice at all (no social worker, no care plan)',
 "CA-STATUTORY-ADVICE": '"Foster carer’s views" ... K has no social care advice, which regulation 6 requires',
 "PC-PFA": '"By July 2027, Yonas will solve problems with fractions, decimals and percentages at Entry Level 3" - Year 10 plan with only classroom outcomes; no employment, independent living, community or health outcome although "one day be able to look after himself" and careers advice are recorded',
 "LG-SPELLING": '"occassionally", "begining", "seperate", "recieve" - four misspellings in a plan for the family',
 "PR-QUANTIFIED": '"three 50-minute sessions a week, in a seperate room, taught by the school’s EAL teacher" has no group size; "Homework club: Yonas will attend the school’s homework club" has no frequency, duration or group size',
 "HC-NEEDS": 'PASS: "No health needs relating to his special educational needs were identified." with the basis (initial and review health assessments)',
 "HC-PROVISION-SPECIFIC": 'NA: C plainly records no health needs ("No health needs relating to his special educational needs were identified.") and G has none',
 "PC-ASPIRATION-LINK": 'PASS (arguable): aspirations "I want to speak and read English well. I want to be good at maths again" are built on by E1-E4',
})

plan(203, "heading2-numbered", 14, "Year 9", ["autism", "anxiety", "writing difficulties"], "first person (written by the young person) and parent",
     na=["SC-STATUTORY-LINK"],
     why={
 "PC-OUTCOME-NOT-PROVISION": 'PASS: "Bohdan will gain a GCSE in Computer Science at grade 5 or above" and "Bohdan will access the community independently by travelling on the 212 bus" are achievements (trap: "gain", "access")',
 "PC-SMART": 'PASS: the GCSE outcome is measured by the grade and dated "By July 2028"; other outcomes have counts and who records them',
 "PR-QUANTIFIED": 'PASS: "25% extra time and use of a laptop in a separate room for tests and GCSE exams, arranged by the Exams Officer" and the laptop "set up and maintained by the school’s information technology (IT) technician" need no group size; the therapist "will see Bohdan on his own on Tuesday mornings for 6 sessions of 45 minutes" (traps)',
 "PR-VAGUE-WORDING": 'PASS: "He needs access to a calm space when needed" is in B and "needs a regular break from caring" is in D, not F (trap); "From January 2027, the Base teacher" starts with a month',
 "HC-NEEDS": 'PASS: "Bohdan is physically well and has no trouble with his hearing, eyesight or movement, but he has an anxiety disorder" - need in C met by CAMHS in G (trap)',
 "HC-DCO-SIGNOFF": 'PASS: "Health provision reviewed and supported by Dr Helen Marsh, Designated Clinical Officer"',
 "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy is in F ("a speech and language therapist commissioned by the school will see Bohdan on his own")',
 "CA-ANNUAL-REVIEW": 'PASS: first issued "20.01.2025" but last reviewed "04/11/2026" and the amended plan issued "25 Nov 2026" (dates in several forms, trap)',
 "PC-PFA": 'PASS: outcomes grouped under "Employment and education (Preparing for adulthood)", "Independent living", "Friends and community", "Good health"',
 "SC-RIGHT-SECTION": 'PASS: the Saturday short break is in H1 ("a short break for disabled young people aged 11 to 18")',
 "LG-JARGON": 'PASS: "GCSE – General Certificate of Secondary Education" in the front-matter glossary; CAMHS, SENCo, TA, IT spelled out on first use',
})

plan(204, "heading2-numbered", 7, "Year 2", ["developmental language disorder", "MLD", "EAL", "glue ear"], "third person, child's words translated",
     fails=["PC-OUTCOME-NOT-PROVISION", "PC-SMART", "HC-THERAPY-PLACEMENT", "HC-PROVISION-SPECIFIC", "PR-QUANTIFIED", "HC-DCO-SIGNOFF"],
     na=["PC-PFA", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
     why={
 "PC-OUTCOME-NOT-PROVISION": '"Halyna will receive speech and language therapy every week", "Halyna is given a visual timetable and a now-and-next board in class" and "Staff will use Makaton signs and pictures when they speak to Halyna." are provision written as outcomes',
 "PC-SMART": '"By July 2027, Halyna will be happier and more confident at school." - dated but no observable measure; E2, E4 and E5 have no date or measure',
 "HC-THERAPY-PLACEMENT": '"Halyna will be seen by the NHS Speech and Language Therapy service as needed." - therapy that educates the child is placed in G, not F',
 "HC-PROVISION-SPECIFIC": '"as needed" - the speech and language therapy item in G gives no frequency or duration',
 "PR-QUANTIFIED": '"Halyna will take part in a language group led by a teaching assistant (TA), working on vocabulary, sentences and listening." - no frequency, duration or group size',
 "HC-DCO-SIGNOFF": '"Audiology and Ear, Nose and Throat review at Westmere Hospital every 6 months" - G ends here; no record of health agreement anywhere in the plan',
 "PR-VAGUE-WORDING": 'PASS: "as needed" is in G (graded under HC-PROVISION-SPECIFIC); F has none of the vague terms',
 "HC-NEEDS-MET": 'PASS (arguable): both needs in C have something in G (speech and language therapy, ENT/audiology review); its vagueness is graded under HC-PROVISION-SPECIFIC',
 "HC-OUTCOMES": 'PASS: the language disorder leads to "use sentences of 4 to 5 words to tell an adult about her weekend"; grommet monitoring is not a significant need needing an outcome',
 "PC-ASPIRATION-LINK": 'PASS (arguable): "I want to talk to Ava in English" is built on by E3 and the reading hope by E1',
 "CA-DATED": 'PASS: Halyna\'s views are dated "December 2025" (month) and attributed',
})

plan(205, "letter-column", 11, "Year 6", ["MLD", "interrupted education", "EAL", "epilepsy"], "third person only (clinical summary, parents, staff)",
     fails=["PC-VOICE", "LG-READABILITY", "LG-JARGON", "HC-NEEDS-MET", "HC-OUTCOMES", "HC-ADVICE", "CA-ADVICE-AGE", "HC-ADVICE-PROVIDERS", "PR-VAGUE-WORDING"],
     na=["PC-PFA", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION", "HC-THERAPY-PLACEMENT"],
     why={
 "PC-VOICE": '"Views of Farid’s parents" and "Views of school staff" - Section A has no views from Farid himself and does not say how they were sought',
 "LG-READABILITY": '"Farid is an 11-year-old male of Afghan origin presenting with global cognitive delay, with non-verbal reasoning below the first centile on standardised testing" - clinical-report language in A',
 "LG-JARGON": '"typical absence seizures" and "Comorbid low body mass index" are unexplained on first use in A; "SENCo" is used in E4 before it is spelled out in F',
 "HC-NEEDS-MET": '"Epilepsy: Farid has absence seizures" - G has only growth and weight ("The school nursing team will weigh and measure Farid once a term"); nothing for epilepsy (no care plan, training, medication or review)',
 "HC-OUTCOMES": '"School staff have counted up to 20 a day." - a significant health need with no outcome in E',
 "HC-ADVICE": '"14 June 2023" - the only medical advice is a clinic letter over three years old at issue',
 "CA-ADVICE-AGE": '"Westmere Hospital Paediatric Clinic (clinic letter) – 14 June 2023" - over 24 months old when the plan was issued on 21 September 2026',
 "HC-ADVICE-PROVIDERS": '"The school nursing team will weigh and measure Farid once a term" - the school nursing team gave no advice in K',
 "PR-VAGUE-WORDING": '"Farid will have access to a literacy group of 4 pupils", "Where possible, Farid will be taught maths", "Regular check-ins with his key adult", "as appropriate" - vague terms in F ("up to 20 a day" in C is not F)',
 "PR-QUANTIFIED": 'PASS (arguable): each item still states its elements, e.g. "a literacy group of 4 pupils, 30 minutes every day, led by a teaching assistant (TA)"; the hedging is graded under PR-VAGUE-WORDING',
 "CA-STATUTORY-ADVICE": 'PASS (arguable): all required kinds are present; the medical advice is out of date, graded under CA-ADVICE-AGE and HC-ADVICE',
 "HC-DCO-SIGNOFF": 'PASS: "confirmed by Dr Helen Marsh, Designated Clinical Officer"',
})

plan(206, "letter-column", 4, "Reception", ["tracheostomy", "communication (non-verbal)", "developmental delay"], "observation and signs by people who know her; parent",
     na=["PC-PFA", "SC-STATUTORY-LINK"],
     why={
 "PC-VOICE": 'PASS: "How we found out what Amal thinks" - views gathered through observation at play, photographs and Makaton signs by her key person and therapist (trap for a non-verbal child)',
 "HC-NEEDS": 'PASS: "Amal has no difficulty with eating and drinking – she eats a normal diet for her age and drinks from a cup – but she breathes through a tracheostomy" - real need covered in C and G (trap)',
 "PR-QUANTIFIED": 'PASS: "will see Amal on her own in school on Thursday afternoons, 30 minutes each week during the autumn and spring terms" (therapist, no group size, trap); equipment "provided and maintained by the Children’s Community Nursing Team"',
 "HC-DCO-SIGNOFF": 'PASS: "Confirmed by Dr Helen Marsh, Designated Clinical Officer"',
 "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy is in F; the speaking valve review in G is an ENT clinical review',
 "CA-ANNUAL-REVIEW": 'PASS: issued "10/10/2026"; "an early review will be held in April 2027" because she is under 5',
 "CA-DATED": 'PASS: "Amal’s views (observation and signing)" dated "June 2026" (month) and attributed to named staff',
 "SC-RIGHT-SECTION": 'PASS: the home short break is in H1 ("4 hours every other Saturday"), with the direct payment in J',
 "PC-OUTCOME-NOT-PROVISION": 'PASS: "Amal will show an adult her “help” sign or tap her chest when she needs her tube cleared" is what Amal does',
})

plan(207, "letter-column", 9, "Year 4", ["autism", "MLD (literacy)", "sensory processing", "continence"], "symbols (Talking Mats) with child's words; parents",
     fails=["CA-DATED", "PC-SMART", "HC-NEEDS-MET", "HC-OUTCOMES", "PR-OUTCOME-LINK"],
     na=["PC-PFA", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
     why={
 "CA-DATED": '"Educational advice – Class teacher – —" has no name or date, and "Continence information – — – —" has neither source nor date',
 "PC-SMART": '"Dawit will be able to read 100 common words and a book at Book Band Green." (no date), "Dawit will cope better with changes to his routine." and "Dawit will take part in conversations with other children." (no date, no measure)',
 "HC-NEEDS-MET": '"Dawit has daytime wetting most days and soils about once a week." - G covers only sleep; nothing for continence',
 "HC-OUTCOMES": '"Dawit has daytime wetting most days" - no continence outcome in E although his parents hope he will "be dry in the day"',
 "PR-OUTCOME-LINK": '"The occupational therapist’s assessment found that Dawit is over-sensitive to noise, touch and some textures." - this need in B has no provision in F (no ear defenders, sensory breaks or OT programme)',
 "CA-ADVICE-AGE": 'PASS: every dated item is from March 2026, under 12 months before issue; the undated items are graded under CA-DATED',
 "CA-STATUTORY-ADVICE": 'PASS (arguable): educational advice is present, though undated (CA-DATED)',
 "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy is in F ("the school’s speech and language therapist will see Dawit 1:1")',
 "PC-ASPIRATION-LINK": 'PASS (arguable): "I want to be a train driver" is built on by E2 (timetables), reading by E1, a friend by E4',
})

plan(208, "letter-column", 13, "Year 8", ["MLD", "interrupted education", "EAL", "anxiety", "child in need"], "first person (translated) and parent",
     fails=["SC-STATUTORY-LINK", "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "LG-GRAMMAR", "HC-NEEDS"],
     na=["PC-PFA", "SC-RIGHT-SECTION"] + HC_NA,
     why={
 "SC-STATUTORY-LINK": '"Child in need plan (Westmere Children’s Social Care) since February 2026" - D and H never mention the child in need plan, the social worker\'s contribution or joint working; H2 only gives Local Offer information',
 "PC-OUTCOME-NOT-PROVISION": '"Maksym will be given a laptop", "Staff will meet with Maksym once a week to talk about his worries." and "Maksym has a key worker he can go to when he feels angry." are provision',
 "PC-SMART": '"Staff will meet with Maksym once a week to talk about his worries." and "Maksym has a key worker he can go to when he feels angry." - no date, no measure of what Maksym will do',
 "LG-GRAMMAR": '"Maksym have made good progress", "An bilingual word list helps him", "Their are days", "He he may be a young carer"',
 "HC-NEEDS": '"Not known." - Section C gives no health description or basis',
 "HC-PROVISION-SPECIFIC": 'NA (arguable): no health need is identified anywhere (medical advice "no health concerns identified") and G is "None at present."; the failure is HC-NEEDS',
 "HC-ADVICE": 'PASS: "Ms Anne Clarke, School Nurse, Westmere School Nursing Service (no health concerns identified)" dated 6 July 2026',
 "SC-NEEDS": 'PASS: D describes need: "His mother has been unwell for some time and Maksym does a lot of the cooking, shopping and looking after his sister."',
 "SC-PROVISION-SPECIFIC": 'PASS (arguable): H2 "information about Westmere’s Local Offer and the Westmere Youth Hub" shows the local offer was considered; the missing CIN link is SC-STATUTORY-LINK',
 "SC-ADVICE": 'PASS: "Ms Olivia Grant, Social Worker, Children in Need Team" dated 10 July 2026',
})

plan(209, "bold-statutory", 16, "Year 11", ["post-traumatic stress", "interrupted education", "EAL", "MLD", "unaccompanied asylum-seeking child (looked after)"], "first person (with social worker interpreting), mother, foster carers",
     na=["HC-THERAPY-PLACEMENT"],
     why={
 "SC-STATUTORY-LINK": 'PASS: "This plan was written alongside Hamid’s care plan" and the PEP; social worker attended; H2 sets out care plan and pathway plan provision',
 "PC-OUTCOME-NOT-PROVISION": 'PASS: "Hamid will receive an offer of a place on the Level 2 motor vehicle course" and "Hamid will gain an English for Speakers of Other Languages (ESOL) Entry Level 2 certificate" are achievements (trap)',
 "PR-QUANTIFIED": 'PASS: "a reader and 25% extra time in all tests and ESOL exams, arranged by the Exams Officer" needs no group size; "July 2026: two 2-hour taster days" (month starting a sentence, trap)',
 "PR-VAGUE-WORDING": 'PASS: "a trusted adult he can go to when needed" is in B, not F (trap)',
 "HC-NEEDS": 'PASS: "Hamid is physically well and has no trouble with his eyesight, hearing or movement, but he has post-traumatic stress disorder" (trap)',
 "HC-DCO-SIGNOFF": 'PASS: "reviewed and supported the health provision in Section G on 10 June 2026"',
 "CA-ANNUAL-REVIEW": 'PASS: issued "18th June 2026"',
 "CA-STATUTORY-ADVICE": 'PASS: mother\'s views by video call, educational, medical (review health assessment), psychological, social care, and preparing for adulthood advice all in K',
 "SC-RIGHT-SECTION": 'PASS: social care provision (social worker visits, independent living skills, personal adviser) is in H2; Virtual School tutoring is educational and in F',
 "HC-THERAPY-PLACEMENT": 'NA: no speech and language or occupational therapy',
})

plan(210, "bold-statutory", 10, "Year 5", ["MLD", "SEMH (anger)"], "third person, child's views reported",
     fails=["CA-ANNUAL-REVIEW", "CA-ADVICE-AGE", "PC-STRENGTHS", "PC-ASPIRATIONS", "PC-ASPIRATION-LINK", "LG-SPELLING"],
     na=["PC-PFA", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"] + HC_NA,
     why={
 "CA-ANNUAL-REVIEW": '"Last annual review: 18/06/2025" and "09/07/2025 (amended plan)" - not reviewed within 12 months of the audit date (7 December 2026)',
 "CA-ADVICE-AGE": '"9 February 2021" - the psychological advice is over four years old at the 2025 amended plan',
 "PC-STRENGTHS": '"Idris cannot read or write at the level of his classmates" - A and B describe only deficits; no strengths anywhere',
 "PC-ASPIRATIONS": '"the family are worried that Idris is falling further behind" - no aspirations from Idris or his family',
 "PC-ASPIRATION-LINK": 'No aspirations are stated in A ("will not be able to cope at secondary school" is a worry), so the outcomes cannot build on them',
 "LG-SPELLING": '"behavour", "writting", "freind", "neccessary", "acheive"',
 "PR-QUANTIFIED": 'PASS: "A writing slope and a pencil grip, provided by the SENCo" - equipment with who provides it (trap); interventions have size, frequency, duration and who',
 "HC-NEEDS": 'PASS: "This was confirmed by the community paediatrician, Dr Eke, at his review on 2 May 2025"',
 "HC-ADVICE": 'PASS (arguable): medical advice dated 2 May 2025 was current for the July 2025 amended plan; the overdue review is CA-ANNUAL-REVIEW',
 "PC-VOICE": 'PASS: "Idris’s views were gathered by his teaching assistant, Mrs Osman, who speaks Arabic"',
})

plan(211, "bold-statutory", 21, "Post-16 (supported internship)", ["MLD", "post-traumatic stress", "EAL"], "first person (young person) and aunt",
     na=["HC-THERAPY-PLACEMENT", "SC-STATUTORY-LINK"],
     why={
 "PC-OUTCOME-NOT-PROVISION": 'PASS: "Nour will receive a positive final report from her placement supervisor" and "Nour will have an offer of paid part-time work" are achievements (trap: "receive", "have")',
 "PR-QUANTIFIED": 'PASS: "a reader and 25% extra time in Functional Skills tests, arranged by the college’s Exams Officer" and a tablet "set up and updated each term by the college’s learning technology officer" need no group size (trap)',
 "HC-NEEDS": 'PASS: "Nour has no difficulty with her physical health" next to post-traumatic stress that C describes and G meets (trap)',
 "HC-DCO-SIGNOFF": 'PASS: "was confirmed on 6 October 2026 by Dr Helen Marsh, Designated Clinical Officer"',
 "SC-RIGHT-SECTION": 'PASS: Care Act support is in H2 ("A support worker from Westmere Adult Social Care for 3 hours every Saturday morning"); H1 correctly "Not applicable – Nour is over 18"',
 "CA-ANNUAL-REVIEW": 'PASS: first issued "March 2024" but last reviewed "23 September 2026" (trap)',
 "CA-STATUTORY-ADVICE": 'PASS: young person\'s own views, educational, medical (GP), psychological, social care (Care Act) and preparing for adulthood advice in K',
 "PC-PFA": 'PASS: outcomes under "Employment", "Independent living", "Friends, relationships and community", "Good health"',
 "HC-THERAPY-PLACEMENT": 'NA: no speech and language or occupational therapy',
})

plan(212, "bold-statutory", 19, "Post-16 (apprenticeship)", ["visual impairment (retinitis pigmentosa)", "anxiety"], "first person (young person) and parent",
     fails=["CA-STATUTORY-ADVICE", "PC-SMART", "LG-JARGON", "SC-RIGHT-SECTION", "PR-VAGUE-WORDING", "SC-PROVISION-SPECIFIC"],
     na=["HC-THERAPY-PLACEMENT", "SC-STATUTORY-LINK"],
     why={
 "CA-STATUTORY-ADVICE": '"Ms Kim Lowe, Learning Support Assistant (Vision), Sensory Support Service" - vision advice from a support assistant, not a qualified teacher of the visually impaired',
 "PC-SMART": '"By July 2027, Tymur will feel more confident at work." and "By March 2027, Tymur will be more independent at home." - dated but not measurable',
 "LG-JARGON": '"I have RP", "CCTV magnifier", "M&O", "ALS", "ATW", "a PA from ASC", "L2" - acronyms never spelled out',
 "SC-RIGHT-SECTION": '"Tymur will have access to a PA from ASC for 4 hours each week, where possible, to help with shopping, cooking and managing his home." - Care Act social care in F; H2 says only "See Section F."',
 "PR-VAGUE-WORDING": '"have access to", "where possible" and "further sessions as appropriate" in F',
 "SC-PROVISION-SPECIFIC": '"See Section F." - H2 specifies nothing itself and the personal assistant support it points to is hedged "where possible"',
 "PR-QUANTIFIED": 'PASS (arguable): items state their elements (e.g. "1 hour twice a week for 6 weeks"); the hedging is graded under PR-VAGUE-WORDING',
 "HC-DCO-SIGNOFF": 'PASS: "was agreed on 25 August 2026 by Dr Helen Marsh, Designated Clinical Officer"',
 "HC-THERAPY-PLACEMENT": 'NA: habilitation/mobility training is not speech and language or occupational therapy',
 "PC-PFA": 'PASS: apprenticeship, travel, goalball and eye-clinic outcomes cover the four adulthood themes',
})

# ---- checks ----
ok = True
for p in P:
    t = text(f"plans/{p['file']}")
    tn = re.sub(r"\s+", " ", t)
    for c, w in p["why"].items():
        assert c in CRIT, c
        lab = p["labels"][c]
        if lab == "fail":
            assert not w.startswith(("PASS", "NA")), (p["file"], c)
        for q in re.findall(r'"([^"]+)"', w):
            if q not in tn:
                ok = False; print("MISSING", p["file"], c, repr(q))
    for c, v in p["labels"].items():
        if v == "fail" and c not in p["why"]:
            ok = False; print("NO WHY", p["file"], c)
# coverage
from collections import Counter
fc = Counter(c for p in P for c, v in p["labels"].items() if v == "fail")
for c in CRIT:
    need = 2 if c in ["PC-SMART", "PR-QUANTIFIED", "PC-OUTCOME-NOT-PROVISION", "PR-VAGUE-WORDING", "HC-NEEDS-MET", "SC-STATUTORY-LINK"] else 1
    if fc[c] < need:
        ok = False; print("COVERAGE", c, fc[c])
sound = [p["file"] for p in P if "fail" not in p["labels"].values()]
print("sound:", sound)
for p in P:
    f = [c for c, v in p["labels"].items() if v == "fail"]
    if f: print(p["file"], f)
yaml.safe_dump({"audit_date": "2026-12-07", "plans": P}, open("labels.yaml", "w"), sort_keys=False, allow_unicode=True, width=1000)
print("OK" if ok else "PROBLEMS")
