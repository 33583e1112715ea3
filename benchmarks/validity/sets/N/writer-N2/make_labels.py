import yaml
CRIT = ["CA-DATED","CA-ADVICE-AGE","CA-STATUTORY-ADVICE","CA-ANNUAL-REVIEW",
 "PC-OUTCOME-NOT-PROVISION","PC-SMART","PC-VOICE","PC-ASPIRATIONS","PC-ASPIRATION-LINK","PC-PFA","PC-STRENGTHS",
 "PR-VAGUE-WORDING","PR-QUANTIFIED","PR-OUTCOME-LINK",
 "HC-NEEDS","HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-ADVICE","HC-DCO-SIGNOFF","HC-THERAPY-PLACEMENT","HC-ADVICE-PROVIDERS","HC-OUTCOMES",
 "SC-NEEDS","SC-STATUTORY-LINK","SC-PROVISION-SPECIFIC","SC-ADVICE","SC-RIGHT-SECTION",
 "LG-SPELLING","LG-GRAMMAR","LG-READABILITY","LG-JARGON"]
HC_ALL = ["HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-DCO-SIGNOFF","HC-ADVICE-PROVIDERS","HC-OUTCOMES"]
P = []
def plan(file, layout, age, yg, needs, voice, fails={}, na=(), why={}):
    labels = {c: "pass" for c in CRIT}
    for c in na: labels[c] = "na"
    for c in fails: labels[c] = "fail"
    w = dict(fails); w.update(why)
    P.append(dict(file=file, layout=layout, age=age, year_group=yg, needs=needs, voice=voice, labels=labels, why=w))

plan("n201.docx","heading2-numbered",14,"Year 10",["ASC","SEMH"],"first person (own typed words) + joint family 'We'",
 na=["SC-STATUTORY-LINK"],
 why={"PC-OUTCOME-NOT-PROVISION":"\"will gain the Level 1 Certificate in Animal Care\" / \"will gain at least five GCSEs\" - achievements, not provision (trap: pass)",
      "PR-QUANTIFIED":"\"25% extra time and supervised rest breaks in all internal and public examinations, in a separate room, applied for and arranged by the Examinations Officer\" - access arrangement, no group size needed; \"Every half term (1 hr), the SALT will meet Theo's tutor\" - professional visit (trap: pass)",
      "PR-VAGUE-WORDING":"\"From January 2027, Wealdshire's Independent Travel Trainer...\" - month name, not 'may'",
      "SC-PROVISION-SPECIFIC":"H1: \"None. Section 17 short breaks were considered by the CWD team in August 2026...\"; H2 \"Early help was discussed\" - none, with what was considered (pass)",
      "HC-DCO-SIGNOFF":"\"agreed on behalf of the Integrated Care Board (ICB) by Dr Priya Nair, Designated Clinical Officer (DCO), on 14 October 2026\""})

plan("n202.docx","heading2-numbered",8,"Year 4",["Down syndrome","hearing (mild conductive)","speech and language"],"talking mat/signs gathered by TA + joint family 'We'",
 fails={"PC-OUTCOME-NOT-PROVISION":"E: \"Ruby will have support from a Teaching Assistant (Level 3) in all English and maths lessons.\" measured by \"TA timetable\" - provision written as an outcome",
        "PC-SMART":"E: \"Ruby will be happier and more confident at playtimes.\" measured by \"Observations by staff.\" - not measurable; the TA outcome is not an outcome at all",
        "PR-VAGUE-WORDING":"F1: \"15 minutes twice weekly where possible ... so that Ruby has opportunities to sign with her peers as appropriate\"; F2: \"Her TA should hear Ruby read 1:1 for 10 minutes each day, as appropriate.\"",
        "SC-NEEDS":"D: \"N/A\" - no description and no basis, although K holds CWD advice saying no assessed needs",
        "SC-PROVISION-SPECIFIC":"H1 \"N/A\", H2 \"N/A\" - nothing about short breaks or early help being considered"},
 na=["PC-PFA","SC-STATUTORY-LINK"],
 why={"PR-QUANTIFIED":"the woolly F items are still quantified (15 minutes twice weekly, 1:1 10 minutes daily, led by TA); other items give who/how often/group size - pass",
      "SC-ADVICE":"K: \"Children with Disabilities team, Mr J. Ford, Senior Practitioner ... 3 August 2026\" - advice present, only D/H not written up"})

plan("n203.docx","heading2-numbered",3,"Pre-school (EYFS)",["global developmental delay / SLD","epilepsy","non-verbal"],"'What Isla tells us through play' - key person observation + joint family 'We'",
 na=["PC-PFA","SC-STATUTORY-LINK"],
 why={"PC-VOICE":"\"Her key person at Little Acorns Pre-school, Mrs Dawn Hughes, watched Isla over four sessions in July 2026\" - views gathered through play/observation (trap: pass)",
      "HC-NEEDS-MET":"\"she walks, runs and climbs without any difficulty\" sits alongside real epilepsy need met in G (trap: pass)",
      "HC-DCO-SIGNOFF":"\"Dr Rachel Adeyemi, Designated Clinical Officer (DCO) for the Integrated Care Board, confirmed on 28 August 2026 that health partners agree\"",
      "SC-STATUTORY-LINK":"section 17 short breaks for a disabled child only; no CIN plan, CP plan or looked-after status - NA",
      "PR-QUANTIFIED":"\"An Area SENCo ... will visit every half term (1 hr)\" - professional visit, no group size needed"})

plan("n204.docx","heading2-numbered",17,"Year 12",["hearing impairment (cochlear implants)","BSL user"],"first person quote + caseworker summary",
 fails={"HC-THERAPY-PLACEMENT":"G: \"Speech and Language Therapy (SLT), Cochlear Implant Centre: 6 sessions of 1:1 therapy ... to teach Amira conversational repair strategies and listening in noise\" - therapy that teaches is in G, not F",
        "CA-DATED":"K: \"Educational advice | Additional Learning Support team, Westbrook College | (no date)\"",
        "LG-SPELLING":"\"independance\", \"recieved\", \"enviroment\", \"independantly\" (twice)",
        "LG-READABILITY":"A2: \"bilingual BSL/English user with bilateral CIs and a Roger FM. Her aided thresholds are within 25-30 dB HL ... (SIN score 40%)\"; E: \"ALS tracking\", \"CSW log and QToD obs termly\" - A and E not family-readable",
        "LG-JARGON":"BSL, CIs, FM, dB HL, SIN, L2/L3 CACHE, EY, ILS, ALS, CSW (first use in B), QToD (first use in E, expanded only later in F), GCSE - unexplained on first use"},
 na=["SC-STATUTORY-LINK"],
 why={"CA-STATUTORY-ADVICE":"all reg 6 advice present incl. QToD (Mrs J. Rowe, 20 May 2026) and PfA; educational advice present but undated (CA-DATED)",
      "PR-OUTCOME-LINK":"communication outcome also served by F (CSW, QToD, deaf awareness training), so the misplaced SLT does not break the link"})

plan("n205.docx","letter-column",11,"Year 7",["physical (cerebral palsy)"],"first person 'All about me' + joint family 'We'",
 na=["PC-PFA","SC-STATUTORY-LINK"],
 why={"PR-QUANTIFIED":"\"A laptop with word-prediction software ... set up and kept updated by the academy's Network Manager\"; \"25% extra time and use of his laptop in all tests and examinations, arranged by the SENCo\" - equipment/access arrangements with who (trap: pass)",
      "PR-VAGUE-WORDING":"\"From January 2027, a Specialist Teacher from the Physical and Medical Needs Team will visit once a term (1 hr)\" - month name",
      "HC-THERAPY-PLACEMENT":"OT (training Noah) is in F; physiotherapy reviews and stretching programme in G - acceptable",
      "SC-STATUTORY-LINK":"section 17 short breaks only; no CIN/CP/LAC status - NA"})

plan("n206.docx","letter-column",13,"Year 9",["SEMH","ADHD","looked after"],"quoted speech gathered by residential key worker + foster carers 'We'",
 fails={"CA-ANNUAL-REVIEW":"front matter: \"EHCP finalised on 19 September 2025\", \"Review by September 2026\" - more than 12 months before the 1 December 2026 audit, no later review recorded",
        "SC-STATUTORY-LINK":"D: \"Kyle is a looked after child ... His social care needs are met through his care plan.\" - no social worker contribution, no care plan or PEP content, no Virtual School, H says only short breaks not needed, no social care advice in K",
        "SC-ADVICE":"K lists no social care advice (no social worker / Virtual School) for a looked-after child",
        "CA-STATUTORY-ADVICE":"social care advice (reg 6) missing from K",
        "PC-PFA":"Year 9 plan; all five outcomes are classroom targets (reading, incidents, staying in class, 15-minute focus, two-step problems) - none for employment, independent living, community or health, although Kyle wants \"to be a mechanic\"",
        "PR-QUANTIFIED":"F: \"Anger management sessions in a small group.\"; \"Mentoring with a member of staff each week.\"; \"Therapy input from the Integrated Therapy Team.\" - no length, frequency, group size or who"},
 na=[],
 why={"PC-ASPIRATION-LINK":"tricky pass: outcomes are keyed to Kyle's stated aspirations (\"To read car magazines\", \"To stop getting in trouble\", \"To stay at Brackenwood\"); the missing mechanic/career aspiration is scored under PC-PFA",
      "SC-PROVISION-SPECIFIC":"H1: \"Short breaks were considered and are not needed, as Kyle boards...\" - says what was considered (pass)",
      "SC-NEEDS":"D describes supervised contact and need for adult supervision in the community (pass); the failure is the statutory link"})

plan("n207.docx","letter-column",20,"Post-19",["SLD","ASC","epilepsy"],"Talking Mats + own single words gathered by key worker + joint family 'We'",
 na=["SC-STATUTORY-LINK"],
 why={"PC-OUTCOME-NOT-PROVISION":"\"will receive a positive supervisor's report at the end of each term\"; \"will be awarded the Entry Level 2 certificate\" - achievements (trap: pass)",
      "PC-SMART":"\"Grace will use her local community independently by walking the agreed route to the village shop and buying a magazine\" - measurable via community log (trap: pass)",
      "SC-RIGHT-SECTION":"residential personal care and holiday PA support in H2 (Care Act), waking day curriculum in F - correct",
      "SC-PROVISION-SPECIFIC":"H1 \"Not applicable. Grace is over 18...\" with H2 specified",
      "PR-QUANTIFIED":"\"Therapies as part of the placement's Integrated Therapy Team\" each quantified (\"1:1 session once a fortnight (45 minutes)\", \"every half term (1 hr)\")"})

plan("n208.docx","letter-column",9,"Year 5",["speech and language (DLD)","EAL"],"quoted speech via interpreter + family 'We'",
 fails={"HC-NEEDS":"C: \"Not known at the time of writing.\"",
        "HC-ADVICE":"no medical/health advice listed in K",
        "CA-STATUTORY-ADVICE":"medical (health) advice missing from K",
        "CA-ADVICE-AGE":"\"Psychological advice | Dr C. Howe, Educational Psychologist | 14 March 2024\" - 31 months old at issue (12 October 2026)",
        "PC-STRENGTHS":"B is deficit-only: \"He cannot follow instructions...\", \"is unable to read most Year 3 common exception words\", \"cannot spell\", \"cannot solve word problems\", \"his working memory is weak\"; A records only worries and an interest (football) - no strengths or what he can do",
        "LG-GRAMMAR":"\"At home he speak Portuguese but he also struggle\", \"Mateus have a developmental language disorder\", \"there is less words\", \"He don't always join in\""},
 na=["PC-PFA","SC-STATUTORY-LINK"]+HC_ALL,
 why={"HC-THERAPY-PLACEMENT":"SALT is in F (pass); G \"None.\"",
      "HC-NEEDS-MET":"NA: no health need identified (the failure is HC-NEEDS 'not known')"})

plan("n209.docx","shaded-heading-table",10,"Year 6",["ASC","MLD","epilepsy"],"first person 'All about me' with symbols + joint family 'We'",
 fails={"HC-NEEDS-MET":"C: \"Jayden has epilepsy ... two tonic-clonic seizures at school ... buccal midazolam\" - nothing in G for epilepsy (no epilepsy service, no healthcare plan, no staff training)",
        "HC-OUTCOMES":"no outcome in E relates to his epilepsy",
        "HC-PROVISION-SPECIFIC":"G: \"CAMHS: support for Jayden's anxiety as needed.\" - no who/what/how often",
        "HC-ADVICE-PROVIDERS":"CAMHS is a provider in G but gave no advice listed in K",
        "HC-DCO-SIGNOFF":"Section G ends with no record of health/DCO agreement",
        "PR-VAGUE-WORDING":"F: \"Jayden will have opportunities to join a lunchtime social group ... as appropriate.\"; \"Regular movement breaks of 5 minutes ... and access to the ARB quiet room ... where possible.\"",
        "PR-OUTCOME-LINK":"B: OT found \"fine motor skills are well below his age: he holds his pencil in a fist grip\"; E: \"write a sentence ... using a tripod pencil grip\" - no OT or fine motor provision in F"},
 na=["PC-PFA","SC-STATUTORY-LINK"],
 why={"PR-QUANTIFIED":"the woolly items still carry size/length/who; all other F items quantified - pass",
      "HC-ADVICE":"Community Paediatrician (30 July 2026) and Specialist Epilepsy Service (18 August 2026) advice listed - pass"})

plan("n210.docx","shaded-heading-table",6,"Year 2",["vision impairment (albinism, nystagmus)"],"child's own words written by TA + joint family 'We'",
 na=["PC-PFA","SC-STATUTORY-LINK"],
 why={"HC-NEEDS-MET":"\"Ava walks, runs and climbs without any difficulty\" alongside real eye/skin needs met in G (trap: pass)",
      "SC-NEEDS":"D: \"No social care needs arising from Ava's disability were identified, and no social care provision is needed. The family know how to ask for short breaks or early help\" - none, with basis (pass)",
      "PR-QUANTIFIED":"\"Every half term (1 hr), the QTVI ... visits\"; \"A desktop video magnifier (CCTV) ... provided and maintained by the Sensory Support Service's technician\"; \"Modified large-print papers in all tests ... ordered by the SENCo\" (traps: pass)",
      "PR-VAGUE-WORDING":"\"In May 2027 the QTVI will carry out a functional vision assessment\" - month name, not 'may'",
      "HC-DCO-SIGNOFF":"\"Health sign-off: the Designated Clinical Officer (DCO), Dr Rachel Adeyemi, agreed the contents of Section G on 10 November 2026.\""})

plan("n211.docx","shaded-heading-table",12,"Year 8",["ADHD","SEMH","child protection plan"],"third person professional summary + parent",
 fails={"SC-STATUTORY-LINK":"D: \"subject to a child protection plan under the category of neglect since April 2026 ... being addressed through the child protection plan.\" - no social worker contribution, nothing from the CP plan in F/H, H1 \"None.\" H2 \"None.\", no social care advice in K",
        "SC-ADVICE":"K lists no social care advice",
        "CA-STATUTORY-ADVICE":"social care advice missing from K",
        "SC-PROVISION-SPECIFIC":"H1 \"None.\" H2 \"None.\" - no statement of what was considered (early help, short breaks) for a child on a CP plan",
        "PC-VOICE":"Section A has \"About Ellis\" (staff) and \"Parent's views\" only - Ellis's own views are not recorded or attributed anywhere",
        "PC-OUTCOME-NOT-PROVISION":"E: \"Ellis will have a named key adult to check in with each morning at registration.\"",
        "PC-SMART":"E: \"Ellis will be calmer and more settled in school.\" measured by \"Staff feedback.\"",
        "CA-DATED":"K: \"School information | Downland School | (no date)\""},
 na=["PC-PFA"],
 why={"SC-NEEDS":"D names the concerns (home conditions, attendance, supervision) - described, pass; the failure is the statutory link"})

plan("n212.docx","shaded-heading-table",16,"Year 11",["SLD","ASC","non-verbal"],"observation and photo choices by residential key worker + joint family 'We'",
 fails={"HC-NEEDS-MET":"C: \"his weight is below the 2nd centile and the Dietitian advised in May 2026 that his weight and diet need to be monitored every 3 months\" - no dietetic monitoring in G",
        "PR-QUANTIFIED":"F: \"Leo will receive speech and language therapy and occupational therapy as part of the placement's Integrated Therapy Team.\" - no frequency, length or ratio",
        "SC-RIGHT-SECTION":"F: \"Residential care 52 weeks per year: personal care, waking night staff, and supervision at a ratio of 1:1 ... 2:1 in the community\" and \"Supported family time: Residential Care Staff will escort Leo to and from his family home\" - social care provision written in F",
        "PC-ASPIRATIONS":"A records likes/dislikes and the family's worries but no aspirations for now or the future; the E 'Aspiration' column holds PfA headings (\"Independent living\", \"Good health\")",
        "PC-ASPIRATION-LINK":"with no aspirations and outcomes that do not draw on his interests (trampoline, swimming, music), E cannot build on A"},
 na=["SC-STATUTORY-LINK"],
 why={"HC-OUTCOMES":"diet need has an outcome (\"try a new food ... at one meal each week\") - pass; failure is only that G lacks the dietetic provision",
      "SC-PROVISION-SPECIFIC":"H1: \"The CWD social worker will visit Leo at Hollins Park every 3 months (about 1 hour)\" - specific (pass)",
      "SC-STATUTORY-LINK":"\"Leo is not a looked after child; his parents keep full parental responsibility\" - NA"})

for p in P:
    assert set(p["labels"]) == set(CRIT)
    for c,v in p["labels"].items():
        if v=="fail": assert c in p["why"], (p["file"],c)
import datetime; yaml.safe_dump({"audit_date": datetime.date(2026,12,1), "plans": P}, open("labels.yaml","w"), sort_keys=False, allow_unicode=True, width=1000)
# summary
from collections import Counter
cnt=Counter(c for p in P for c,v in p["labels"].items() if v=="fail")
for c in CRIT: print(c, cnt[c])
print("sound:", [p["file"] for p in P if "fail" not in p["labels"].values()])
