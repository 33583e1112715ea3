import yaml
CRIT = ["CA-DATED","CA-ADVICE-AGE","CA-STATUTORY-ADVICE","CA-ANNUAL-REVIEW",
"PC-OUTCOME-NOT-PROVISION","PC-SMART","PC-VOICE","PC-ASPIRATIONS","PC-ASPIRATION-LINK","PC-PFA","PC-STRENGTHS",
"PR-VAGUE-WORDING","PR-QUANTIFIED","PR-OUTCOME-LINK",
"HC-NEEDS","HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-ADVICE","HC-DCO-SIGNOFF","HC-THERAPY-PLACEMENT","HC-ADVICE-PROVIDERS","HC-OUTCOMES",
"SC-NEEDS","SC-STATUTORY-LINK","SC-PROVISION-SPECIFIC","SC-ADVICE","SC-RIGHT-SECTION",
"LG-SPELLING","LG-GRAMMAR","LG-READABILITY","LG-JARGON"]
plans=[]
def P(file, layout, age, yg, needs, voice, fails=(), na=(), why=None):
    lab={c:"pass" for c in CRIT}
    for c in na: lab[c]="na"
    for c in fails: lab[c]="fail"
    for c in fails: assert c in (why or {}), (file,c)
    plans.append(dict(file=file, layout=layout, age=age, year_group=yg, needs=list(needs), voice=voice, labels=lab, why=why or {}))

P("v101.docx","heading2-numbered",4,"Reception",["Down syndrome","speech and language","hypothyroidism","glue ear"],
  "views gathered through play, Makaton and observation; parents third person",
  na=["PC-PFA","SC-STATUTORY-LINK","SC-RIGHT-SECTION"],
  why={
   "PC-VOICE":'PASS: "A1 What Isla has shown us (gathered through play, Makaton signs and observation)" - a young child\'s views gathered through play and signs by people who know her (trap)',
   "PC-OUTCOME-NOT-PROVISION":'PASS: "Isla will access the outdoor area and the school garden independently" - access is an achievement here (trap)',
   "PR-VAGUE-WORDING":'PASS: "kept up to date each morning by the TA" is not the vague "up to"; "regular contact" and "count up to five" are outside F (trap)',
   "PR-QUANTIFIED":'PASS: "will see Isla on her own in school for 30 minutes every other Tuesday" - therapist visit needs no group size; equipment "provided and checked each term by the OT service" (trap)',
   "HC-NEEDS":'PASS: "Isla has no difficulty eating and drinking, but she has an underactive thyroid gland (hypothyroidism)" - real need covered in G1 and E6 (trap)',
   "HC-DCO-SIGNOFF":'PASS: "Health agreement: The health provision in this section was reviewed and agreed on 8 September 2026 by Dr Helen Marsh, Designated Clinical Officer (DCO)"',
   "HC-THERAPY-PLACEMENT":'PASS: speech and language therapy and occupational therapy are in F (F1, F4); physiotherapy in G',
   "SC-PROVISION-SPECIFIC":'PASS: "None. Short breaks under the Local Offer were discussed with Isla\'s family" - none, with short breaks considered',
   "CA-ANNUAL-REVIEW":'PASS: first plan issued 15 September 2026, within 12 months of the audit; "Not applicable - this is Isla\'s first EHC plan"',
  })

P("v102.docx","letter-column",14,"Year 9",["dyslexia","anxiety"],
  "first person (young person's own words) and parents",
  fails=["CA-STATUTORY-ADVICE","PC-SMART","PC-ASPIRATION-LINK","PC-PFA","PR-VAGUE-WORDING"],
  na=["SC-STATUTORY-LINK","SC-RIGHT-SECTION","HC-THERAPY-PLACEMENT"],
  why={
   "CA-STATUTORY-ADVICE":'Year 9 plan; K lists views, educational, psychological, medical, mental health and social care advice but no preparing-for-adulthood advice (K ends with "Social care advice")',
   "PC-SMART":'"By July 2027, Finn will feel more confident and less anxious in school." - a feeling with no measure; "Finn will improve his spelling and use his strategies in his written work." - no date, no measure; "By Easter 2027, Finn will be happier at break and lunchtimes."',
   "PC-ASPIRATION-LINK":'A states "I want to go to agricultural college, get my tractor licence when I\'m 16 and run the farm with Dad" but no outcome in E builds on college, farm work or reading farm paperwork',
   "PC-PFA":'Year 9: E has only reading, confidence, spelling, attendance and break-time outcomes - no employment, independent living, community or health outcome for adulthood',
   "PR-VAGUE-WORDING":'"three times a week, where possible"; "Finn will have access to a laptop"; "Teachers should give Finn a printed copy"; "and at other times as appropriate"; "Finn may use a time-out card"',
   "PR-QUANTIFIED":'PASS (arguable): items carry their elements ("1:1 by a specialist dyslexia teacher ... for 40 minutes, three times a week"); the defects are vague wording, graded under PR-VAGUE-WORDING',
   "HC-OUTCOMES":'PASS (arguable): the anxiety need has an outcome ("feel more confident and less anxious"), though it is not SMART (graded under PC-SMART)',
   "PC-VOICE":'PASS: "About me (Finn\'s own words, written with his key worker, Mrs Airey, in April 2026)"',
  })

P("v103.docx","national-template",10,"Year 5",["hearing impairment (hearing aids)","vocabulary and reading comprehension"],
  "child's words typed by the QToD; parents third person",
  na=["PC-PFA","SC-STATUTORY-LINK","SC-RIGHT-SECTION"],
  why={
   "CA-STATUTORY-ADVICE":'PASS: hearing impairment advice from a qualified teacher: "Lisa Pratt, Qualified Teacher of the Deaf, Fellside Sensory Support Service"; the Year 9 preparing-for-adulthood row is left unfilled, which is correct for Year 5 (template row not graded - trap)',
   "CA-DATED":'PASS: every filled K row has who and date; the unfilled template rows "Provision to assist the Y9 and older..." and "...reasonably requests..." are not advice items (trap)',
   "PR-QUANTIFIED":'PASS: "A radio aid system provided by Fellside Sensory Support Service, checked and maintained by the QToD at each half-termly visit" - equipment needs what and who only (trap)',
   "HC-NEEDS":'PASS: "Tom has no problems with his general health" beside a real hearing need that C and G cover (trap)',
   "HC-DCO-SIGNOFF":'PASS: "Health agreement: The health provision in Section G was reviewed and supported by Dr Helen Marsh, Designated Clinical Officer" (own wording - trap)',
   "HC-PROVISION-SPECIFIC":'PASS: "will see him within 2 working days (the same day if urgent) when his parents report a suspected ear infection" - reactive care specified',
   "SC-NEEDS":'PASS: "Tom has no social care needs. This was confirmed by Fellside Children\'s Disability Team after a screening visit on 6 February 2026"',
   "CA-ANNUAL-REVIEW":'PASS: "Last annual review" 18/03/2026 within 12 months of the audit date',
  })

P("v104.docx","heading2-numbered",8,"Year 3",["selective mutism","anxiety","continence"],
  "child's written words and picture cards; mum third person",
  fails=["CA-STATUTORY-ADVICE","PC-OUTCOME-NOT-PROVISION","PC-SMART","HC-NEEDS-MET","HC-OUTCOMES","SC-NEEDS","SC-STATUTORY-LINK","SC-PROVISION-SPECIFIC","SC-ADVICE","LG-SPELLING"],
  na=["PC-PFA","SC-RIGHT-SECTION"],
  why={
   "CA-STATUTORY-ADVICE":'No social care advice in K although Ruby is on a child in need plan (front matter "Known to social care": "Yes - Child in Need plan (Fellside Children\'s Services)")',
   "PC-OUTCOME-NOT-PROVISION":'"Ruby will be given a key adult who she can go to when she is worried"; "Staff will set up a small friendship group for Ruby"; "Ruby will receive 30 minutes of emotional literacy support each week" - provision, not achievement',
   "PC-SMART":'E2-E4 say what Ruby will be given, not what she will do or how progress is measured: "Staff will set up a small friendship group for Ruby with two children she trusts, twice a week."',
   "HC-NEEDS-MET":'C: "Ruby also has daytime wetting and constipation" - G has only the CAMHS sessions; nothing for continence',
   "HC-OUTCOMES":'The continence need ("has accidents at school about twice a week") has no outcome in E',
   "SC-NEEDS":'"Ruby has a Child in Need plan." - a status, not a description of need',
   "SC-STATUTORY-LINK":'Child in need plan recorded ("Ruby has a Child in Need plan.") but no social worker contribution, plan or joint working in D or H ("None.")',
   "SC-PROVISION-SPECIFIC":'H1 and H2 are both "None." with no sign that short breaks, the Local Offer or early help were considered',
   "SC-ADVICE":'No social care advice listed in K',
   "LG-SPELLING":'"becomeing more fixed"; "has refered Ruby"; "how to accomodate Ruby\'s anxiety"; "on 3 seperate days"',
   "HC-PROVISION-SPECIFIC":'PASS: "will see Ruby 1:1 at Kirkby Fell Health Centre for 45 minutes every fortnight for 8 sessions" - the one G item is specific; the gap is graded under HC-NEEDS-MET',
   "PR-OUTCOME-LINK":'PASS (arguable): E1 and E5 are served by F1 and F3 and each B need has provision; the provision-outcomes are graded under PC criteria',
  })

P("v105.docx","letter-column",12,"Year 7",["developmental coordination disorder","joint hypermobility"],
  "first person (child's own words typed with key worker); parents third person",
  na=["PC-PFA","SC-STATUTORY-LINK","SC-RIGHT-SECTION"],
  why={
   "PC-OUTCOME-NOT-PROVISION":'PASS: "Alfie will gain his Bikeability Level 2 certificate" - gaining a certificate is an achievement (trap)',
   "PR-QUANTIFIED":'PASS: "25% extra time and use of a word processor in all internal tests and exams, arranged by the special educational needs co-ordinator (SENCo) and the exams officer" and the laptop "set up and maintained by the school\'s information technology (IT) technician" - no group size needed (trap)',
   "PR-VAGUE-WORDING":'PASS: "October 2026: the OT will show the TA..." and "From January 2027, Alfie will join..." are dates, not vague wording; "has access to the learning support base" and "regular football training" are outside F (trap)',
   "HC-NEEDS":'PASS: "Alfie has no trouble with eating or sleeping, but he has joint hypermobility" - covered by physiotherapy in G and Outcome 5 (trap)',
   "HC-THERAPY-PLACEMENT":'PASS: occupational therapy that teaches Alfie is in F; physiotherapy review is in G',
   "HC-DCO-SIGNOFF":'PASS: "The health provision in Section G was confirmed by Dr Helen Marsh, Designated Clinical Officer (DCO)"',
   "CA-ADVICE-AGE":'PASS: oldest advice is the psychological advice of 20 January 2026, under 12 months before issue on 10/11/2026',
  })

P("v106.docx","national-template",15,"Year 10",["Down syndrome","hypothyroidism","obstructive sleep apnoea"],
  "young person's words prepared with a talking mat; mum third person",
  fails=["CA-ADVICE-AGE","HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-ADVICE","HC-DCO-SIGNOFF","HC-OUTCOMES","LG-GRAMMAR"],
  na=["SC-STATUTORY-LINK"],
  why={
   "CA-ADVICE-AGE":'Medical advice "Paediatric report" dated 14/03/2023 - over three years before the plan was issued on 9 July 2026',
   "HC-ADVICE":'The only medical advice is the "Paediatric report" of 14/03/2023 - not current',
   "HC-PROVISION-SPECIFIC":'"Her paediatrician will monitor Daisy\'s thyroid as required." - no what, how often or how long',
   "HC-NEEDS-MET":'"Daisy has obstructive sleep apnoea" - the G cell for this need is empty',
   "HC-OUTCOMES":'Both health rows (thyroid and "obstructive sleep apnoea") have an empty outcome cell; no outcome in E addresses them',
   "HC-DCO-SIGNOFF":'No record anywhere of health agreement (no DCO or health lead, no date) after the C-G table',
   "LG-GRAMMAR":'"Daisy and her mum was clear"; "This makes Daisy very tired during the day and affect her concentration"; "She went to to Ashgill Primary School"; "Daisy is a outgoing, kind young woman"',
   "HC-ADVICE-PROVIDERS":'PASS (arguable): the only G provider, the paediatrician, gave advice in K (its age is graded under HC-ADVICE / CA-ADVICE-AGE)',
   "PC-PFA":'PASS: café placement, travel training and shopping outcomes ("Daisy will travel on the bus from Ashgill to Kirkby Fell on her own")',
   "SC-RIGHT-SECTION":'PASS: the short break is in H1 ("Short break: Daisy will attend the Saturday youth club")',
  })

P("v107.docx","heading2-numbered",6,"Year 1",["hearing impairment (hearing aids)","speech and language"],
  "clinical third person in A1; child's words gathered by class teacher",
  fails=["CA-DATED","CA-STATUTORY-ADVICE","LG-READABILITY","LG-JARGON"],
  na=["PC-PFA","SC-STATUTORY-LINK","SC-RIGHT-SECTION"],
  why={
   "CA-DATED":'"Parental contribution" has no date; the "SALT report" row has neither author nor date',
   "CA-STATUTORY-ADVICE":'Hearing impairment advice is from "Mrs Kath Ridley, teaching assistant, Sensory Support Service", not a qualified teacher of the deaf',
   "LG-READABILITY":'Section A opens "Oscar presents with a bilateral moderate-to-severe sensorineural hearing loss (average thresholds 65 dB HL right, 70 dB HL left), aetiology unknown" - clinical report language for the family',
   "LG-JARGON":'Acronyms never explained: "NHSP", "BTE", "EYFS", "SLCN", "HI", "ARE", "KS1", "SEMH", "FM system", "ToD", "SALT", "TA", "HLTA", "DCO", "ICB"',
   "LG-GRAMMAR":'PASS: clipped note style ("SALT to see Oscar 1:1") is style, not grammar',
   "PR-QUANTIFIED":'PASS: "ToD from the Sensory Support Service to visit once each half term for 1 hour"; "Phonics catch-up group of 3 children, 20 minutes x3 weekly, led by the HLTA"',
   "HC-ADVICE":'PASS: medical advice from "Dr Priya Nair, community paediatrician" dated "24 November 2025"',
  })

P("v108.docx","letter-column",11,"Year 6",["dyslexia","anxiety","looked after"],
  "child's words written down by TA; grandparents (kinship foster carers) third person",
  fails=["PC-ASPIRATIONS","PC-ASPIRATION-LINK","PC-STRENGTHS","PR-QUANTIFIED","HC-ADVICE-PROVIDERS","SC-STATUTORY-LINK"],
  na=["PC-PFA","HC-THERAPY-PLACEMENT"],
  why={
   "PC-ASPIRATIONS":'No hopes or aspirations from Megan or her carers anywhere in A; the nearest is "I don\'t want to go to big school."',
   "PC-ASPIRATION-LINK":'With no aspirations in A, the outcomes cannot build on them',
   "PC-STRENGTHS":'A and B describe only deficits: "She has difficulties with reading, spelling, writing, concentration, sleep and managing her feelings."; no strengths or interests section',
   "PR-QUANTIFIED":'"A structured phonics and spelling intervention led by a trained teaching assistant (TA), three times a week in a small group." - no duration or group size; "Sessions with the school counsellor to help Megan talk about her worries." - no frequency or length',
   "HC-ADVICE-PROVIDERS":'G: "A CAMHS practitioner will see Megan 1:1" but K has no CAMHS advice (medical advice only from the community paediatrician)',
   "SC-STATUTORY-LINK":'Looked after (front matter: "Yes - looked after by Fellside County Council (kinship foster care with her grandparents)") but D says only "Megan is looked after by Fellside County Council and lives with her maternal grandparents" - no care plan, personal education plan, social worker or virtual school contribution in D or H',
   "SC-NEEDS":'PASS: D describes need: "She becomes anxious before and after these visits and needs her grandparents\' help to manage her feelings."',
   "SC-PROVISION-SPECIFIC":'PASS: "Megan will see her mum every other Saturday for 2 hours at Kirkby Fell Family Centre"',
   "PR-VAGUE-WORDING":'PASS (arguable): the failing items lack quantities but contain none of the vague words; graded under PR-QUANTIFIED',
   "PC-VOICE":'PASS: "Megan talked to her teaching assistant, Miss Bland, on 26 March 2026; Miss Bland wrote down what she said"',
  })

P("v109.docx","national-template",9,"Year 4",["developmental coordination disorder","childhood apraxia of speech"],
  "child's words gathered by TA; parents third person",
  fails=["CA-ANNUAL-REVIEW","PC-OUTCOME-NOT-PROVISION","PC-SMART","HC-THERAPY-PLACEMENT","SC-RIGHT-SECTION"],
  na=["PC-PFA","SC-STATUTORY-LINK"],
  why={
   "CA-ANNUAL-REVIEW":'"Last annual review" 12 October 2025 and issued 3 November 2025 - more than 12 months before the audit date 1 December 2026',
   "PC-OUTCOME-NOT-PROVISION":'"Harry will receive speech and language therapy every week."; "Staff will check in with Harry each week to see how he is feeling."; "Harry will have daily handwriting and motor skills practice with his TA."; "Harry is given a writing slope and pencil grips."',
   "PC-SMART":'The same four outcomes say nothing about what Harry will achieve, how it is measured or by when',
   "HC-THERAPY-PLACEMENT":'Speech and language therapy that teaches Harry is in G: "a speech and language therapist ... will see Harry 1:1 in school for 30 minutes every week during term time to teach him to plan and produce speech sounds"',
   "SC-RIGHT-SECTION":'The short break is in F (sensory and physical table): "Short break: Harry will attend the \\"Fell Adventurers\\" activity club"; H1 says "Short breaks: see the sensory and physical table above (Section F)."',
   "SC-PROVISION-SPECIFIC":'PASS (arguable): the short break is specified ("every other Saturday from 10am to 2pm"), only misplaced - graded under SC-RIGHT-SECTION',
   "CA-ADVICE-AGE":'PASS: oldest advice 19/02/2025, under 12 months before issue on 3 November 2025',
   "CA-DATED":'PASS: unfilled Y9 and parent-request rows are template rows nobody filled in (trap)',
  })

P("v110.docx","heading2-numbered",17,"Year 12",["dyslexia","anxiety"],
  "first person (young person's own words); parents third person",
  na=["SC-STATUTORY-LINK","SC-RIGHT-SECTION","HC-THERAPY-PLACEMENT"],
  why={
   "PC-OUTCOME-NOT-PROVISION":'PASS: "Evie will gain the Level 2 Diploma in Animal Care"; "will receive a positive report from her placement supervisor"; "have an offer of a place"; "Evie will access the community independently" - achievements (trap)',
   "PR-QUANTIFIED":'PASS: "Exam access arrangements: 25% extra time, a computer reader and use of a separate room ... assessed and arranged by the college\'s exams officer and the ALS manager" (trap)',
   "PR-VAGUE-WORDING":'PASS: "May 2027: the ALS manager will review..." is a date, not the modal; "regular updates" and "has access to text-to-speech software" are outside F (trap)',
   "HC-NEEDS":'PASS: "Evie has no difficulty with her physical health, but she has an anxiety disorder" - met in G1/G2 and E5 (trap)',
   "PC-VOICE":'PASS: "Evie wrote this herself on her laptop in September 2026, using speech-to-text" - a young person over compulsory school age gives her own views',
   "PC-PFA":'PASS: employment (E1-E3), independent living (E4, E6), community (E4) and good health (E5) outcomes',
   "LG-SPELLING":'PASS: "Preparing for Adulthood workstream" and "co-produced" are correct British English public-sector vocabulary (trap)',
   "HC-DCO-SIGNOFF":'PASS: "reviewed and agreed by Dr Helen Marsh, Designated Clinical Officer (DCO) ... on 9 October 2026"',
  })

P("v111.docx","letter-column",13,"Year 8",["Down syndrome","learning disability","self-care"],
  "adult-written first person attributed to the child; parents third person",
  fails=["CA-STATUTORY-ADVICE","PC-VOICE","PR-VAGUE-WORDING","PR-QUANTIFIED","PR-OUTCOME-LINK","HC-NEEDS","HC-ADVICE"],
  na=["PC-PFA","HC-PROVISION-SPECIFIC","HC-NEEDS-MET","HC-DCO-SIGNOFF","HC-ADVICE-PROVIDERS","HC-OUTCOMES","SC-STATUTORY-LINK"],
  why={
   "PC-VOICE":'"My views" is a polished first-person statement ("I would like all the adults who support me to work together and use the same approach") that cannot be the words of a boy who "speaks in short phrases of three to four words"; no record of how his views were gathered',
   "PR-VAGUE-WORDING":'"Access to speech and language therapy as required."; "Adults should use Makaton signs and visual supports where possible."; "Up to 15 hours per week"; "Regular small-group work"; "Opportunities to practise money skills"',
   "PR-QUANTIFIED":'"Access to speech and language therapy as required." - no amount or frequency; "Regular small-group work in the Enhanced Learning Resource on literacy and numeracy." - no frequency, length or group size',
   "PR-OUTCOME-LINK":'B: "He needs reminding and help with washing his hands and with personal hygiene after PE"; Outcome 4 "Jack will change for PE on his own within 10 minutes" - no self-care provision in F',
   "HC-NEEDS":'C: "Awaiting advice from the community paediatrician. Jack\'s health needs will be added to this section when the report has been received."',
   "HC-ADVICE":'"Medical advice: requested from the community paediatrician on 2 June 2026 - not yet received"',
   "CA-STATUTORY-ADVICE":'Medical advice missing: "requested from the community paediatrician on 2 June 2026 - not yet received"',
   "HC-NEEDS-MET":'NA: C records no health need and G "To be confirmed once medical advice has been received." - the gap is graded under HC-NEEDS and HC-ADVICE',
   "HC-THERAPY-PLACEMENT":'PASS: speech and language therapy is in F (though vague - graded under PR criteria)',
   "LG-READABILITY":'PASS: A is plain English; the problem with "My views" is whose voice it is, not readability',
  })

P("v112.docx","national-template",15,"Year 10",["selective mutism","anxiety"],
  "first person (written by the young person on her tablet); parents third person",
  na=["SC-STATUTORY-LINK","SC-RIGHT-SECTION"],
  why={
   "PC-OUTCOME-NOT-PROVISION":'PASS: "Poppy will access the community independently by taking the bus"; "receive a positive report from the yard manager"; "Poppy will gain GCSE grade 5 or above" - achievements (trap)',
   "PR-QUANTIFIED":'PASS: "Access arrangements: a separate room for all exams ... arranged by the exams officer and the SENCo"; SALT "will see Poppy on her own in school on the second Tuesday of each month in term time for 40 minutes" (trap)',
   "PR-VAGUE-WORDING":'PASS: "March 2026: the SENCo will apply to the exam board" is a date; "she may not take part in oral assessments" is in the B column, not provision (trap)',
   "CA-DATED":'PASS: the unfilled "reasonably requests" template row is not an advice item (trap)',
   "HC-DCO-SIGNOFF":'PASS: "Health agreement: Health provision in Section G agreed by Dr Helen Marsh, Designated Clinical Officer, North Fells Integrated Care Board, 20 February 2026."',
   "HC-NEEDS":'PASS: "Poppy eats and sleeps well, but she has generalised anxiety and selective mutism" - met by CAMHS in G (trap)',
   "HC-THERAPY-PLACEMENT":'PASS: speech and language therapy (sliding-in programme) is in F; CAMHS therapy in G',
   "CA-STATUTORY-ADVICE":'PASS: Year 10 - preparing-for-adulthood advice from "Chris Bowe, personal adviser, Fellside Careers Service"',
   "SC-NEEDS":'PASS: "No social care needs. Fellside Early Help Team completed an early help assessment on 18 December 2025 and found none."',
  })

import datetime
yaml.safe_dump({"audit_date":datetime.date(2026,12,1),"plans":plans}, open("labels.yaml","w"), sort_keys=False, allow_unicode=True, width=1000)
print("written")
