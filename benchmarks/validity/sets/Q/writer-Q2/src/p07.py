
# q207 - heading2-numbered - FAIL: no child's views; deficit-only A/B; SALT in G; EP and medical advice from 2023
PLANS.append(dict(
file="q207.docx", layout="heading2-numbered", title="Education, Health and Care Plan - Aaliyah",
front=[("Name", "Aaliyah"), ("Age / year of study", "14 / Year 9"),
       ("Date of issue of this plan", "9 June 2026"), ("Reviewed on", "New plan - first annual review due by June 2027"),
       ("School", "Marston Vale Academy (mainstream secondary)")],
sections=[
("A", "Views, interests and aspirations of Aaliyah and her family", [
 ("sub", "Views of Aaliyah's parents"),
 ("p", "Aaliyah's mum and dad, Yasmin and Tariq, told us that Aaliyah has struggled since she started secondary school. She finds it hard to follow what teachers say, gets lost in lessons and comes home exhausted and upset. She has missed a lot of school this year because of anxiety, and on some mornings she cannot get out of the car. She has lost touch with her friends from primary school and spends most evenings in her room."),
 ("p", "Her parents are worried that she is falling further behind and that her confidence is very low. They feel her difficulties with language were missed for a long time."),
 ("sub", "Hopes for the future"),
 ("p", "Her parents hope that Aaliyah will get her GCSEs in English and maths and go on to college to train as a hairdresser, which she has talked about for years. They want her to have a small group of friends and to feel less anxious about going out."),
]),
("B", T["B"], [
 ("sub", "Communication and interaction"),
 ("p", "Aaliyah has developmental language disorder (DLD), a long-term difficulty with understanding and using spoken language. She has difficulty understanding instructions with more than two parts, subject vocabulary and inference. Her spoken sentences are short and she has difficulty explaining her ideas or retelling events in order. She rarely asks for help in class."),
 ("sub", "Cognition and learning"),
 ("p", "Aaliyah's reading age is about 9 years 6 months (tested March 2026). She has difficulty understanding texts in all subjects, and her written work is brief and poorly organised. She is working well below age-related expectations in English, science and humanities."),
 ("sub", "Social, emotional and mental health"),
 ("p", "Aaliyah has high levels of anxiety, including panic attacks before school. Her attendance this year is 71%. She has difficulty making and keeping friends, misreads other students' intentions and withdraws from group work."),
]),
("C", T["C"], [
 ("p", "Aaliyah's developmental language disorder was diagnosed by the NHS Speech and Language Therapy Service in 2023. She has anxiety and is open to the Child and Adolescent Mental Health Service (CAMHS), where she was assessed in March 2026. She has no other health needs."),
]),
("D", T["D"], [
 ("p", "The Children's Social Care assessment team gave advice on 7 April 2026: no social care needs were identified. The family were offered Early Help and information about local youth groups; they did not want Early Help at present."),
]),
("E", "Outcomes (preparing for adulthood)", [
 ("sub", "Employment and education"),
 ("bul", ["By the end of Year 10 (July 2027), Aaliyah will complete a one-week work experience placement in a hairdressing salon, with a positive report from the salon manager.",
          "By Summer '27, Aaliyah will explain the meaning of 20 of the 25 key words from each science and English topic, checked by the language group teaching assistant (TA) at the end of each topic."]),
 ("sub", "Independent living"),
 ("bul", ["By 31/03/27, Aaliyah will use her visual checklist to ask for an instruction to be repeated in at least 3 lessons a week (tracked by her key worker)."]),
 ("sub", "Friends, relationships and community"),
 ("bul", ["By the end of Year 10 (July 2027), Aaliyah will attend the weekly after-school art club and name two students she talks to there (key worker's review)."]),
 ("sub", "Good health"),
 ("bul", ["Within 12 weeks of the start of the autumn term, Aaliyah's attendance will rise from 71% to at least 85%, and she will use her calm plan to get into school on days she feels anxious (attendance record and key worker's log)."]),
]),
("F", T["F"], [
 ("sub", "Communication and language"),
 ("table", FH, [
  ["Language group: vocabulary, following instructions and retelling events in order, using the programme set by the speech and language therapist", "Three x 40 min sessions weekly, group of no more than 5", "Teaching assistant (TA) trained in language support"],
  ["Pre-teaching of key words for science and English topics, with a word mat for each topic", "Twice weekly, 20 minutes, 1:1, at the start of each new topic", "Language group TA"],
  ["Visual checklist for asking for help, and instructions given in chunks and written on the board", "Every lesson", "All subject teachers, using the strategies in the speech and language therapy (SALT) report"],
 ]),
 ("sub", "Learning"),
 ("table", FH, [
  ["Reading intervention (comprehension and inference)", "Daily (20 mins), group of 4", "Specialist literacy teacher"],
  ["A reader and 25% extra time in assessments and examinations", "All tests and examinations", "Arranged by the SENCo (special educational needs co-ordinator)"],
 ]),
 ("sub", "Emotional wellbeing"),
 ("table", FH, [
  ["Key worker check-in on arrival, using her calm plan", "Daily, 10 minutes, 1:1", "Key worker (pastoral manager)"],
  ["Emotional Literacy Support Assistant (ELSA) sessions on anxiety and friendships", "Weekly, 45 mins, 1:1, for 10 weeks, then reviewed", "ELSA"],
 ]),
]),
("G", T["G"], [
 ("table", ["Health support", "When and how often", "Who will give it"], [
  ["Direct speech and language therapy: understanding vocabulary, narrative skills and following instructions", "Weekly, 30 minutes, 1:1, for 2 terms", "Speech and Language Therapist, NHS Speech and Language Therapy Service"],
  ["Cognitive behavioural therapy (CBT) sessions for anxiety", "8 weekly sessions, 50 minutes each", "CAMHS practitioner"],
 ]),
 ("p", "Agreed on behalf of the Integrated Care Board (ICB) by the Designated Clinical Officer, Dr Helen Marsh, on 2 June 2026."),
]),
("H1", T["H1"], [("p", "None - see Section D.")]),
("H2", T["H2"], [("p", "None. Early Help was offered and declined (see Section D).")]),
("I", T["I"], [("p", "Marston Vale Academy (mainstream secondary academy).")]),
("J", T["J"], [("p", "No personal budget requested.")]),
("K", T["K"], [
 ("table", KH, [
  ["Parents' views", "Yasmin and Tariq (parents)", "14 April 2026"],
  ["Educational advice", "Laura Henson, SENCo, Marston Vale Academy", "17 April 2026"],
  ["Psychological advice", "Dr Claire Osei, Educational Psychologist", "14 February 2023"],
  ["Medical advice", "Dr Neil Forde, Community Paediatrician", "2 March 2023"],
  ["Speech and language therapy advice", "Holly Birch, Speech and Language Therapist, NHS Speech and Language Therapy Service", "21 April 2026"],
  ["Mental health advice", "Sam Ridley, Mental Health Practitioner, CAMHS", "30 March 2026"],
  ["Social care advice", "Children's Social Care assessment team (Jo Evans, Social Worker)", "7 April 2026"],
  ["Preparing for adulthood and careers advice", "Joel Barnes, Careers Adviser, Carrowford Careers Service", "5 May 2026"],
 ]),
]),
]))
