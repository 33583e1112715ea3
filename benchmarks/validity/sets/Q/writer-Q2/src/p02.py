
# q202 - letter-column - FAIL: CP plan with no trace; vague F item; misspellings; C "Not known"
PLANS.append(dict(
file="q202.docx", layout="letter-column", title="Education, Health and Care Plan for Kian",
front=[("Name", "Kian"), ("Age / year of study", "17 / Year 12 (first year of college)"),
       ("Reviewed on", "2 July 2026"), ("Date of issue of this plan", "16 July 2026"),
       ("Education setting", "Carrowford College - Level 1 Diploma in Bricklaying")],
sections=[
("A", T["A"], [
 ("sub", "What's important TO me (Kian's own words, written with his college mentor)"),
 ("bul", ["Being outside and doing something with my hands. I hate sitting in a classroom all day.",
          "My uncle Dean. He is a bricklayer and he lets me help him on Saturdays.",
          "My little sisters. I look after them a lot.",
          "Football with my mates on a Sunday."]),
 ("sub", "What's important FOR me"),
 ("bul", ["People not making me read out loud in front of everyone.",
          "Being given a chance when I have had a bad day, not just being sent out.",
          "Getting my maths and English so I can do Level 2."]),
 ("sub", "My dream and my goal in one year"),
 ("p", "**My dream:** \"Work for my uncle's firm, pass my driving test and get my own place.\""),
 ("p", "**My goal in one year:** \"Pass Level 1, stay on the course and get onto Level 2 in September.\""),
 ("sub", "What my mum says"),
 ("p", "Kian's mum, Louise, said he is \"brilliant with his hands and brilliant with his sisters\". She is pleased he has stayed at college this year after a difficult time at school, where he was excluded twice. She wants him to get a trade and to believe in himself, and she worries that he gets angry when he feels stupid in lessons."),
 ("sub", "What others like about Kian"),
 ("p", "His tutor says Kian is hard-working on the practical site, takes pride in neat brickwork and is patient when showing other students what to do."),
]),
("B", T["B"], [
 ("sub", "Cognition and learning"),
 ("p", "Kian has dyslexia (a specific learning difficulty, SpLD), assessed by the educational psychologist in April 2026. His reading age is about 10 years and his spelling is well below his age. He understands spoken explanations well and remembers practical steps once he has seen them demonstrated. Written tasks, theory booklets and copying from the board are very hard for him. He is working towards Entry Level 3 English and Level 1 maths."),
 ("sub", "Social, emotional and mental health"),
 ("p", "Kian has low confidence about learning and can become angry or walk out when he thinks others will see he is struggling. He responds well to adults he trusts and to calm, private feedback. He is often tired because of responsibilities at home, which affects his concentration in the morning."),
]),
("C", T["C"], [
 ("p", "Not known."),
]),
("D", T["D"], [
 ("p", "Kian lives with his mum and two younger sisters, aged 6 and 9. Mum has long-term mental health difficulties and Kian often looks after his sisters in the evenings and gets them to school. The family have been subject to a child protection plan since March 2026 under the category of neglect."),
]),
("E", T["E"], [
 ("sub", "Employment and education"),
 ("bul", ["By the end of academic year 2026/27, Kian will acheive his Level 1 Diploma in Bricklaying, with all practical units signed off by his assessor.",
          "By Summer '27, Kian will pass Entry Level 3 Functional Skills English and Level 1 Functional Skills maths, so that he meets the entry requirements for Level 2."]),
 ("sub", "Independent living"),
 ("bul", ["By Feb half term 2027, Kian will use a reading pen and speech-to-text software on his own to complete his theory booklets, with at least 8 out of 10 booklet tasks handed in on time (tutor's tracker)."]),
 ("sub", "Friends, relationships and community"),
 ("bul", ["By 31/03/27, Kian will use his agreed time-out card to leave a lesson calmly instead of walking out, so that walk-outs fall from about three a week (June 2026) to no more than one a fortnight (mentor's log)."]),
 ("sub", "Good health"),
 ("bul", ["Within 12 weeks of the start of term, Kian will attend at least 90% of his timetabled sessions, including morning sessions (college attendance register)."]),
]),
("F", T["F"], [
 ("sub", "Learning"),
 ("table", FH, [
  ["Specialist dyslexia teaching: reading, spelling strategies and using assistive technology", "Weekly, 1 hour, 1:1", "Specialist dyslexia tutor (Level 5 qualified), Learning Support"],
  ["In-class support on theory sessions: reading texts aloud, scribing where needed and checking Kian has understood the task", "Three x 40 min sessions weekly (all theory lessons)", "Learning Support Assistant (LSA) trained in dyslexia support"],
  ["A reading pen and a laptop with speech-to-text software for all theory work", "Available in every lesson", "Provided and maintained by the college Assistive Technology Officer"],
  ["Functional Skills English and maths in a small group", "Twice weekly, 90 minutes each, group of no more than 6", "Functional Skills lecturer (qualified teacher)"],
 ]),
 ("sub", "Emotional wellbeing"),
 ("table", FH, [
  ["1:1 mentoring to review his week, set targets and practise calm ways to deal with frustration", "Weekly, 30 mins, every Monday", "Learning Mentor"],
  ["Kian will have opportunities to check in with a trusted adult and to use the quiet room as required", "", "College staff"],
  ["A time-out card agreed with all his lecturers, allowing him to leave for 5 minutes to a named space without being sanctioned", "Every lesson", "Personal tutor to share with all staff at the start of each term"],
 ]),
 ("p", "Kian's theory work is kept in a seperate folder at college so his tutor can review it with him each week, in an enviroment away from other students."),
 ("p", "All lecturers will recieve a one-page profile from Kian's tutor in the first week of each term, explaining his dyslexia and what helps him."),
]),
("G", T["G"], [
 ("p", "None."),
]),
("H1", T["H1"], [
 ("p", "None."),
]),
("H2", T["H2"], [
 ("p", "None."),
]),
("I", T["I"], [
 ("p", "Carrowford College (general further education college), Level 1 Diploma in Bricklaying, 16 hours per week over 4 days, September 2026 to July 2027."),
]),
("J", T["J"], [
 ("p", "No personal budget requested."),
]),
("K", T["K"], [
 ("table", KH, [
  ["Kian's views", "Kian, with Amir Khan, Learning Mentor", "18 June 2026"],
  ["Parent's views", "Louise (mum)", "18 June 2026"],
  ["Educational advice", "Rachel Morgan, Head of Learning Support, Carrowford College", "5 June 2026"],
  ["Psychological advice (including dyslexia assessment)", "Dr Sam Whitlock, Educational Psychologist", "23 April 2026"],
  ["Medical advice - no health needs relating to his learning were identified", "Dr Fiona Grant, GP, Riverside Medical Practice", "20 May 2026"],
  ["Preparing for adulthood and careers advice", "Joel Barnes, Careers Adviser, Carrowford Careers Service", "10 June 2026"],
 ]),
]),
]))
