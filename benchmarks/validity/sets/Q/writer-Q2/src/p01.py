# ---------------------------------------------------------------------------
# Plan content
# ---------------------------------------------------------------------------
T = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health needs related to special educational needs or disability",
    "D": "Social care needs related to special educational needs or disability",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision made under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}
FH = ["Support I will get", "When and how often", "Who will give it"]
KH = ["Advice or information", "Given by", "Date"]
PLANS = []

# q201 - heading2-numbered - SOUND - Priya, 19, supported internship
PLANS.append(dict(
file="q201.docx", layout="heading2-numbered", title="Priya's Education, Health and Care Plan",
front=[("Name", "Priya"), ("Age / year of study", "19 / Supported internship (post-16, year 4 of further education)"),
       ("Reviewed on", "21 October 2026 (annual review meeting at college)"),
       ("Date of issue of this plan", "3 November 2026"),
       ("Plan co-ordinator", "Lucy Feng, Special Educational Needs and Disabilities (SEND) Officer, Post-16 and Adulthood Team")],
sections=[
("A", "All about me - views, interests and aspirations", [
 ("p", "Priya wrote this section with her college tutor before her review on 21 October 2026; the first-person words are her own."),
 ("sub", "What people like and admire about me"),
 ("bul", ["I am never late. My job coach says I am the most punctual intern she has had.",
          "I am very good at counting and sorting stock and I spot when something is in the wrong place."]),
 ("sub", "What's important TO me"),
 ("bul", ["My mum and my cat, Biscuit.",
          "The cinema on Fridays with my friend Hollie.",
          "Knowing what is happening each day. I keep my timetable on my phone.",
          "Earning my own money one day so I can pay for things myself."]),
 ("sub", "What's important FOR me"),
 ("bul", ["Having a quiet place to go for five minutes when the ward is noisy.",
          "Being told about changes before they happen, not on the day.",
          "Learning to get the bus to work on my own.",
          "Someone checking I understand what my supervisor wants."]),
 ("sub", "My PATH"),
 ("p", "**My dream:** I want a paid job at the hospital and my own flat with a friend."),
 ("p", "**My goal in one year:** To finish my internship, get a job offer and go to work on the bus by myself."),
 ("p", "**First steps:** Practise the bus route with my travel trainer and learn to ring my supervisor if I am ill."),
 ("sub", "My family's views"),
 ("p", "Priya's mum, Deepa, said: \"We are so proud of her. Now she gets up at six to go to the hospital. I want her to have a proper job and a life of her own, with the right help. My worry is money and people taking advantage of her.\""),
]),
("B", T["B"], [
 ("sub", "Communication and interaction"),
 ("p", "Priya is autistic (diagnosed when she was 11). She speaks clearly and follows written and picture instructions very well. She takes language literally, finds it hard to ask for help or start a phone call, and will often say \"yes\" when she has not understood."),
 ("sub", "Cognition and learning"),
 ("p", "Priya has a mild learning disability. Her college assessment (September 2026) puts her reading at Entry Level 3 and her maths at Entry Level 2. She handles money up to £20 with a calculator but does not yet budget across a week. Once she has practised a task she carries it out accurately."),
 ("sub", "Social, emotional and mental health"),
 ("p", "Unexpected changes make Priya very anxious; she can go quiet, stop working or leave the room. She is learning to use a traffic-light card to ask for a short break."),
 ("sub", "Sensory"),
 ("p", "Priya is sensitive to sudden loud noise such as alarms and busy corridors. Ear defenders and a warning before fire drills help her stay calm."),
]),
("C", T["C"], [
 ("p", "Priya has anxiety, treated by the consultant psychiatrist at the Psychiatry (transition clinic). She takes sertraline each morning; her GP continues the prescription. She has an annual learning disability health check with support from the Adult Learning Disability Team. She has no physical health difficulties and walks long distances without any problem."),
]),
("D", T["D"], [
 ("p", "Priya lives with her mum. A Care Act assessment by Adult Social Care (Preparing for Adulthood) in November 2025, updated on 6 October 2026, found eligible needs in managing money, travelling safely and keeping up friendships and activities outside the home. Her mum provides most day-to-day support and has had a carer's assessment."),
]),
("E", T["E"] + " (grouped under the four preparing for adulthood areas)", [
 ("p", "Preparing for adulthood (PfA) means getting ready for work, independent living, friendships and community life, and good health."),
 ("sub", "Employment"),
 ("bul", ["By the end of the internship (July 2027), Priya will complete all three hospital rotations and be awarded the Level 1 Certificate in Employability Skills. We will know because of her job coach's end-of-rotation reviews and the certificate.",
          "By the end of the internship (July 2027), Priya will phone her supervisor herself, using her script, every time she is late or unwell. Her job coach will check the call log each month."]),
 ("sub", "Independent living"),
 ("bul", ["By Feb half term 2027, Priya will travel by bus from home to the hospital on her own on 5 days out of 5 for two weeks running, signed off by her travel trainer.",
          "By 31/03/27, Priya will check her banking app and keep to a weekly spending plan, needing no more than one reminder a week from her Personal Assistant (PA), as recorded in the PA's weekly notes."]),
 ("sub", "Friends, relationships and community"),
 ("bul", ["By Summer '27, Priya will access the city centre independently to meet a friend at least once a month, planning the journey herself (recorded in her PA's notes)."]),
 ("sub", "Good health"),
 ("bul", ["By 31/03/27, Priya will use her traffic-light card to ask for a five-minute break instead of leaving the ward, so that unplanned exits fall to no more than one a month on her job coach's record.",
          "By end of academic year 2026/27, Priya will book her own GP and health check appointments through the NHS app, with her PA present, on every occasion this is needed."]),
]),
("F", T["F"], [
 ("sub", "Work and learning"),
 ("table", FH, [
  ["Supported internship at Carrowford General Hospital, three 10-week rotations (stores, portering office, pharmacy stores)", "4 days per week on site (6 hours each), September 2026 to July 2027", "Job Coach (Supported Internship Team, trained in systematic instruction)"],
  ["Job coach working 1:1 alongside Priya at the start of each rotation", "1:1 full days for the first 6 weeks of each rotation then tapering to 2 hrs/wk", "Job Coach"],
  ["Employability, English and maths (money and budgeting) teaching at college", "1 day per week (6 hours), in a group of no more than 8 interns", "Supported internship lecturer (qualified teacher)"],
  ["Written task lists with photos for each new job, made in week 1 of each rotation and updated whenever tasks change", "Each rotation", "Job Coach, checked with the ward supervisor"],
 ]),
 ("p", "May 2027 is the start of Priya's third rotation. In the two weeks before it begins, the job coach will take her to visit the pharmacy stores twice (1 hour each) and give her a photo guide of the new team."),
 ("sub", "Communication"),
 ("table", FH, [
  ["1:1 speech and language therapy: phone scripts, asking for help and checking she has understood", "Fortnightly, 45 mins, autumn and spring terms", "Speech and language therapist (SALT), college therapy team"],
 ]),
 ("sub", "Emotional wellbeing and independence"),
 ("table", FH, [
  ["Check-in to review her week using the traffic-light card", "Every Friday, 15 mins, 1:1", "Personal tutor (college)"],
  ["A named quiet room on each placement she can use for 5 minutes when she shows her break card, agreed before each rotation starts", "Whenever she shows the card", "Ward supervisor, arranged by the Job Coach"],
  ["Ear defenders kept in her locker on each placement, and a warning from her supervisor the day before any planned fire alarm test", "Every shift", "Ward supervisor, arranged by the Job Coach"],
  ["1:1 travel training on the bus route from home to the hospital", "Three x 40 min sessions weekly until she has travelled alone for two weeks running", "Independent Travel Trainer (City Council Travel Training Service)"],
 ]),
]),
("G", T["G"], [
 ("table", ["Health support", "When and how often", "Who will give it"], [
  ["Review of anxiety and sertraline; changes agreed with Priya and her mum", "Every 3 months, 30-minute appointment", "Consultant psychiatrist, Psychiatry (transition clinic)"],
  ["Annual learning disability health check, with an easy-read health action plan", "Once a year, 45 minutes, at her GP practice", "Learning disability nurse, Adult Learning Disability Team"],
  ["Sessions on using her anxiety plan and planning healthy packed lunches", "4 x 1-hour sessions, November 2026 to February 2027", "Learning disability nurse, Adult Learning Disability Team"],
 ]),
 ("p", "This health provision was signed off on behalf of the Integrated Care Board (ICB) by Dr Helen Marsh, Designated Clinical Officer (DCO), on 30 October 2026."),
]),
("H1", T["H1"], [
 ("p", "Not applicable. Priya is 19, so her social care support is provided under the Care Act 2014 and is set out in H2."),
]),
("H2", T["H2"], [
 ("bul", ["Personal Assistant (PA): 6 hours per week (Tuesday and Thursday evenings, 3 hours each) to help Priya plan her spending, cook one meal and go out with friends. Funded by a direct payment following her Care Act assessment.",
          "Review of the support plan by her Preparing for Adulthood worker every 6 months (next due April 2027).",
          ]),
]),
("I", T["I"], [
 ("p", "Carrowford College (general further education college) - Supported Internship Programme, based at Carrowford General Hospital, until July 2027."),
]),
("J", T["J"], [
 ("p", "Direct payment for the PA hours in H2 (social care), managed by Priya's mum. No education personal budget was requested."),
]),
("K", T["K"], [
 ("table", KH, [
  ["Priya's views (person-centred review)", "Priya, with her personal tutor", "21 October 2026"],
  ["Parent's views", "Deepa (mum)", "21 October 2026"],
  ["Educational advice", "Mark Ellison, Supported Internship Co-ordinator, Carrowford College", "9 October 2026"],
  ["Psychological advice", "Dr Ruth Adebayo, Educational Psychologist", "15 September 2026"],
  ["Medical advice", "Dr Kwame Asante, Consultant Psychiatrist, Psychiatry (transition clinic)", "28 September 2026"],
  ["Health advice", "Claire Bowen, Learning Disability Nurse, Adult Learning Disability Team", "30 September 2026"],
  ["Speech and language therapy advice", "Tom Reeve, Speech and Language Therapist, college therapy team", "2 October 2026"],
  ["Social care advice (Care Act assessment and update)", "Sian Doyle, Preparing for Adulthood Worker, Adult Social Care (Preparing for Adulthood)", "20 November 2025; updated 6 October 2026"],
  ["Preparing for adulthood and careers advice", "Nadia Hussain, Careers Adviser, Carrowford Careers Service", "1 October 2026"],
 ]),
]),
]))
