
# q210 - heading2-numbered - FAIL: Year 11 with no PfA outcomes (and outcomes ignore aspiration); unmeasurable outcome; vague F item; A and E in unexplained jargon
PLANS.append(dict(
file="q210.docx", layout="heading2-numbered", title="EHC Plan - Harvey",
front=[("Name", "Harvey"), ("Age / year of study", "15 / Year 11"),
       ("Reviewed on", "14 October 2026"), ("Date of issue of this plan", "2 November 2026"),
       ("School", "Cherwell Fields Academy")],
sections=[
("A", "Views, interests and aspirations", [
 ("sub", "CYP views"),
 ("p", "Views gathered via SDQ self-report and 1:1 with ELSA (03/10/26). H reports that he \"hates\" maths and finds lessons \"boring\" unless they are practical. He identifies motor vehicle as a post-16 pathway of interest and states he wants to \"be a mechanic like my grandad\". H reports that he likes DT, PE and working on his grandad's car at weekends. He reports that he finds unstructured times and cover lessons dysregulating."),
 ("sub", "Parental views"),
 ("p", "Mum reports H presents as dysregulated in unstructured contexts, with escalation presenting as verbal aggression towards staff, and EBSA-type behaviours on Mondays. Mum notes H is kind, funny and very good with his hands, and is helpful with his younger cousins. Mum's aspiration is for H to transition to FE at KS5 on a L2 motor vehicle programme and to secure L2 E&M."),
]),
("B", T["B"], [
 ("sub", "Cognition and learning"),
 ("p", "Harvey has ADHD (combined presentation). Standardised scores are within the average range (EP assessment, May 2026) but his attainment is below target in KS4 core subjects because of difficulties with sustained attention, working memory and organisation. He produces his best work in practical subjects and is on track for a grade 5 in DT."),
 ("sub", "Social, emotional and mental health"),
 ("p", "Harvey has SEMH needs including anxiety. He struggles with transitions, cover staff and unstructured times and can become verbally aggressive when anxious. He has had 3 FTEs in Year 10. His attendance is 84%, with most absences on Mondays. He relates well to adults who are calm and consistent and responds well to humour and praise."),
]),
("C", T["C"], [
 ("p", "ADHD (combined presentation), diagnosed 2021. Prescribed MPH (XL) 36mg OD, reviewed by CAMHS. Anxiety (GAD features noted by CAMHS, June 2026); referred to MHST for CBT-informed intervention."),
]),
("D", T["D"], [
 ("p", "No social care needs. Advice from the Disabled Children's Team (July 2026) confirmed no role; Early Help was discussed with mum, who did not feel it was needed."),
]),
("E", T["E"], [
 ("num", ["H will manage his anxiety better and engage more positively in lessons.",
          "By the end of the spring term 2027, H will sustain on-task behaviour for 20 mins in 4/5 lessons (baseline 8 mins), measured by LSA on-task obs.",
          "By end of KS4, H will reduce C3+ incidents on the BfL ladder from 4 p/w to 1 p/w or fewer (SIMS data).",
          "By Feb half term 2027, H will complete 80% of homework tasks set (Class Charts data).",
          "By 31/03/27, H will follow his EBSA return plan to achieve 90% attendance over a half term (attendance data)."]),
]),
("F", T["F"], [
 ("sub", "Cognition and learning"),
 ("table", FH, [
  ["LSA in-class support in English, maths and science: chunking tasks, checking understanding, keeping him on task", "12 lessons per week, 1:1 within class", "LSA"],
  ["Organisation and study skills: planner check, homework plan", "Weekly, 30 mins, 1:1", "HLTA"],
  ["Access arrangements: 25% ET and supervised rest breaks in all mocks and GCSE exams", "All exams", "Arranged by the EO"],
 ]),
 ("sub", "Social, emotional and mental health"),
 ("table", FH, [
  ["ELSA sessions on recognising triggers and using regulation strategies", "Weekly, 30 mins, 1:1, for 12 weeks", "ELSA"],
  ["Movement breaks of up to 5 minutes, where possible, two per lesson; Harvey should also have access to the Hub at break and lunch as appropriate", "Two per lesson; break and lunch", "Class LSA; Hub staffed by the Pastoral Support Worker"],
  ["Key adult meet and greet on Mondays and after any absence, to go through his EBSA return plan", "Mondays and after absence, 15 mins", "Pastoral Support Worker"],
  ["ADHD training for all KS4 staff", "Once, 1 hour, autumn term 2026", "EP"],
 ]),
]),
("G", T["G"], [
 ("table", ["Health support", "When and how often", "Who will give it"], [
  ["Medication review (MPH), including height, weight and blood pressure", "Every 3 months, 30 mins", "Consultant Psychiatrist, CAMHS"],
  ["CBT-informed intervention for anxiety", "6 sessions, fortnightly, 45 mins, 1:1 in school", "EMHP, MHST"],
 ]),
 ("p", "Signed off on behalf of the ICB by the DCO (Dr Helen Marsh) on 28/10/26."),
]),
("H1", T["H1"], [("p", "None - see D.")]),
("H2", T["H2"], [("p", "None. Early Help discussed and declined (see D).")]),
("I", T["I"], [("p", "Cherwell Fields Academy (mainstream secondary academy, 11-16).")]),
("J", T["J"], [("p", "N/A")]),
("K", T["K"], [
 ("table", KH, [
  ["CYP views (SDQ self-report and ELSA 1:1)", "Harvey, with Kerry Dean, ELSA", "3 October 2026"],
  ["Parental views", "Donna (mum)", "3 October 2026"],
  ["Educational advice", "Gareth Wynn, SENCo, Cherwell Fields Academy", "25 September 2026"],
  ["Psychological advice", "Dr Lena Hart, EP", "19 May 2026"],
  ["Medical advice", "Dr Yusuf Ali, Consultant Psychiatrist, CAMHS", "11 June 2026"],
  ["MHST advice", "Chloe Baines, EMHP, MHST", "15 September 2026"],
  ["Social care advice", "Disabled Children's Team (Nina Ford, Social Worker)", "8 July 2026"],
  ["PfA / careers advice", "Ellie Grant, Careers Adviser, Carrowford Careers Service", "22 September 2026"],
 ]),
]),
]))
