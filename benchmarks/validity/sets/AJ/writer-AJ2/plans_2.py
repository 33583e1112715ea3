# Set AJ2 plans aj205-aj208 (Holmroyd Metropolitan Borough Council house style)

AJ205 = r"""
==FRONT
First name: Aleena
Age: 12
School year: Year 7 (Key Stage 3)
Languages used at home: English and Urdu
Date this plan was issued: 20 February 2026 (amended after annual review)
Date of last annual review: 15 January 2026
Plan written by: Special Educational Needs and Disabilities (SEND) Officer, Holmroyd SEND Assessment and Review Team
==A
### A1 What people like and admire about Aleena
Aleena is warm, quick-witted and very loyal. Her teachers say she has "a brilliant imagination" and that she is one of the kindest pupils in her form. She is a talented netball player and was chosen for the Year 7 team in her first term at Calder Heights. At home she is a huge help to her mum and is very protective of her little brother, Ayaz, who is 6. Aleena has attention deficit hyperactivity disorder (ADHD).
### A2 About my life at home
Aleena lives with her mum and Ayaz. Her mum has multiple sclerosis, which affects her walking and makes her very tired, and her dad does not live with the family. Aleena is a young carer: she helps her mum get up and dressed on bad days, gets Ayaz ready for school, does some of the cooking and shopping, and reminds her mum to take her medicine. Since November 2025 the family has been supported by a child in need plan, led by a social worker from Holmroyd Children's Social Care, because of the amount of caring Aleena was doing and because she was often late or absent from school.
### A3 My views (written by Aleena with her key worker, January 2026)
"I've got ADHD, which means my brain is always busy. It's good because I have loads of ideas and I'm fast at netball. It's bad because I forget things, I can't sit still in long lessons and I get told off for shouting out. I hate it when teachers say 'you're not trying' because I am trying really hard. Things that help me are sitting near the front, having the lesson steps written down, and being allowed to use my fidget. I worry about Mum when I'm at school. It helps that I can text her at break. Young Carers is the best thing - I can be with people who get it."
### A4 My family's views
Aleena's mum said at the annual review on 15 January 2026: "I'm so proud of Aleena. She does too much for a 12-year-old and I feel guilty about that. Since the social worker and the carers' agency started, she's doing less at home and she's getting to school on time. I want her to get good grades, enjoy school and have a normal childhood with her friends. Her ADHD medicine has made a big difference to her concentration, but it wears off by the end of the day, so homework is a battle."
### A5 Hopes and aspirations
- Aleena says: "I want to be a paramedic, or play netball for England. I want to get good marks in science and I want to keep my friends."
- Her mum hopes Aleena will do well in her GCSEs (General Certificate of Secondary Education exams), go to college and have time to be a teenager.
==B
### B1 Cognition and learning
! Strengths
Aleena is working at the expected standard in science and maths and reads at her age level. She is creative and asks thoughtful questions.
! Needs
Aleena's ADHD was diagnosed in 2023. She finds it hard to keep her attention on long tasks, to remember instructions with several steps and to organise her equipment and homework. Her written work is often unfinished because she loses track part-way through. She needs tasks broken into steps, written instructions, and explicit teaching of how to plan and organise her work.
### B2 Social, emotional and mental health
! Strengths
Aleena is friendly, helpful and has a strong sense of fairness. She responds very well to adults who are calm and who notice what she does well.
! Needs
Aleena can be impulsive: she calls out, leaves her seat and sometimes argues back when she feels she is being treated unfairly. She received 14 behaviour points in the autumn term, mostly in afternoon lessons. She worries about her mum during the school day, and regular changes at home (her mum's health can change from day to day) affect her mood and sleep. She needs a trusted adult in school, planned time to check in, and help to recognise and manage her feelings.
### B3 Communication and interaction
! Strengths
Aleena is articulate and confident speaking in front of the class.
! Needs
Aleena has no needs in this area beyond those linked to her ADHD (interrupting in conversation), which are covered under B2.
### B4 Sensory and/or physical
! Strengths
Aleena is sporty, well co-ordinated and fit.
! Needs
Aleena needs movement breaks: she finds it very hard to sit still for more than 20 minutes.
==C
Aleena's health needs are described in the advice from her Community Paediatrician (December 2025) and her ADHD Specialist Nurse (November 2025).
- ADHD: Aleena takes a long-acting stimulant medicine (methylphenidate) each morning at home. It helps her concentration until about 2pm. Her dose, height, weight, heart rate and blood pressure need checking regularly, as with all children on this medicine.
- Sleep: Aleena has difficulty getting to sleep, partly because of her ADHD and partly because of worries about home. She is following a sleep plan from her ADHD nurse.
- Aleena has no other health needs.
==D
### D1 Social care needs
Aleena is a young carer and has been on a child in need plan since 19 November 2025. Her social worker, Ms Laura Brook (Holmroyd Children's Social Care), completed a child and family assessment and a young carer's needs assessment in November 2025 and contributed social care advice to this plan. The assessments found that:
- Aleena was doing a level of caring (personal care for her mum, care of her brother, cooking and shopping) that was not appropriate for her age and was affecting her attendance, sleep and wellbeing.
- Aleena needs time for herself and with friends, and respite from caring.
- Her mum needs practical help at home so that Aleena's caring role can be reduced.
### D2 How the child in need plan and this EHC plan work together
The child in need plan and this EHC plan were co-produced with Aleena and her mum. The child in need plan aims to reduce Aleena's caring role and improve her attendance and wellbeing; the outcomes in E3 and E4 and the provision in F4 share these aims. Child in need review meetings are held every 6 weeks; the school's designated safeguarding lead and Aleena's key worker attend, and the social worker attended the annual review on 15 January 2026. The next child in need review is on 26 February 2026, and the annual review of this plan will be held jointly with a child in need review.
==E
### E1 Organising and finishing work
@ E1.1 Finishing written tasks
> By when: July 2026 (end of Year 7)
> Outcome: Aleena will complete extended written tasks (for example a science write-up) using her step-by-step checklist.
> How we will know: Subject teachers record completion on her report card; she completes at least 4 out of 5 extended tasks by the end of the lesson, checked fortnightly by her key worker.
> Builds on: Aleena's wish to get good marks in science and her mum's hope for good GCSE grades.
@ E1.2 Homework and equipment
> By when: December 2026
> Outcome: Aleena will hand in her homework on time and bring the right equipment, using her planner and phone reminders.
> How we will know: The school's online homework record shows at least 85% of homework handed in on time in the autumn term 2026, and no more than 2 equipment reminders in a half term.
> Builds on: her mum's hope that homework stops being a battle.
### E2 Managing feelings and behaviour
@ E2.1 Staying in lessons
> By when: July 2026
> Outcome: When she feels restless or frustrated, Aleena will use her movement-break card instead of calling out or leaving the lesson.
> How we will know: Behaviour points in afternoon lessons fall from 14 in the autumn term 2025 to 5 or fewer in the summer term 2026, recorded on the school's behaviour system.
> Builds on: Aleena's view that she is trying hard and wants teachers to see it.
@ E2.2 Taking praise
> By when: July 2026
> Outcome: Aleena will receive a Gold Achievement Award from her head of year, given for 100 positive points.
> How we will know: Recorded on the school's reward system and at her next review.
> Builds on: Aleena's wish for teachers to notice what she does well.
### E3 Being a young person as well as a young carer
@ E3.1 Time for herself
> By when: July 2026
> Outcome: Aleena will attend the Young Carers group on at least 3 out of 4 Thursdays, and netball practice every week in term time.
> How we will know: Attendance registers kept by Holmroyd Young Carers Service and the physical education (PE) department, shared with her social worker and key worker at each child in need review.
> Builds on: Aleena's wish to keep her friends and play netball, and her mum's hope that she can be a teenager.
### E4 Attendance and wellbeing
@ E4.1 Getting to school
> By when: July 2026
> Outcome: Aleena will attend school on time, reaching at least 95% attendance with no more than 3 late marks in the summer term 2026.
> How we will know: The school attendance record, reviewed at each child in need review meeting.
> Builds on: her mum's hope for good grades and a normal school life.
@ E4.2 Talking about worries
> By when: December 2026
> Outcome: Aleena will name her worries and choose one strategy from her wellbeing plan to use when she is worried about home.
> How we will know: At her weekly key-worker session Aleena rates her worry on a 1 to 10 scale; by December 2026 her average rating has dropped from 7 to 4 or lower over a half term, and she uses a chosen strategy at least once a week, as recorded by her key worker.
> Builds on: Aleena's own wish to feel less worried about her mum while she is at school.
==F
### F1 Cognition and learning
@ F1.1 Organisation and study skills
> What: A study skills programme covering planning written tasks, using a step-by-step checklist, using her planner and setting phone reminders.
> How often and for how long: Twice a week, 25 minutes, during tutor time, for the spring and summer terms 2026, then reviewed.
> Group size: A group of 4 pupils.
> Who: A higher level teaching assistant (HLTA) trained in executive function coaching.
> Outcomes: E1.1, E1.2
@ F1.2 Classroom adaptations
> What: In every lesson: a seat near the front; lesson steps written on the board or on a printed task card; a copy of homework instructions given to her on paper or on the school's online system; use of a fidget tool.
> Who: All subject teachers, following Aleena's learning profile, which the special educational needs co-ordinator (SENCO) updates and shares with staff every September and after each review.
> Outcomes: E1.1, E1.2, E2.1
@ F1.3 Homework club
> What: A supervised homework club in the library, where Aleena can complete homework before going home.
> How often and for how long: Monday, Tuesday and Wednesday, 3.15pm to 4pm.
> Group size: A group of no more than 15, with 2 adults.
> Who: Teaching assistants from the learning support team.
> Outcomes: E1.2
### F2 Social, emotional and mental health
@ F2.1 Key worker
> What: A named key worker who meets Aleena at the start of each day for a 5-minute check-in and holds a weekly 30-minute session using her wellbeing plan (naming worries, choosing strategies and reviewing her report card).
> Group size: 1:1.
> Who: A pastoral support worker trained in supporting young carers and in the Zones of Regulation programme.
> Outcomes: E2.1, E4.2
@ F2.2 Movement breaks
> What: A movement-break card Aleena can show to leave the classroom for 3 minutes to do a set job (taking a message to the office) or walk to the water fountain, no more than once in each lesson.
> Who: Agreed by all subject teachers; monitored each half term by her head of year.
> Outcomes: E2.1
@ F2.3 Contact with home
> What: Aleena texts her mum at morning break and lunchtime from the pastoral office. If her mum does not reply, the pastoral support worker will phone home on Aleena's behalf within 30 minutes.
> Who: Pastoral support worker.
> Outcomes: E4.2
@ F2.4 Educational psychologist consultation
> What: Consultation with Aleena's key worker, head of year and SENCO to review her wellbeing plan and the strategies in F1.2.
> How often and for how long: Once a term, 1 hour.
> Who: Educational psychologist, Holmroyd Educational Psychology Service.
> Outcomes: E1.1, E2.1, E4.2
### F3 Staff training
@ F3.1 ADHD and young carers awareness
> What: Training on ADHD in the classroom and on the needs of young carers for all staff who teach Aleena.
> When and how long: September 2026: one 90-minute session led by the SENCO and a worker from Holmroyd Young Carers Service, repeated each September.
> Outcomes: E1.1, E2.1, E4.1
### F4 Attendance
@ F4.1 Attendance support
> What: Aleena's attendance is checked daily by the attendance officer. If she has not arrived by 8.50am, her key worker phones home that morning; a weekly attendance summary is sent to her social worker for the child in need plan.
> Who: Attendance officer and key worker.
> Outcomes: E4.1
==G
@ G1 ADHD medication and monitoring
> What: Review of Aleena's ADHD medicine, dose, sleep plan, height, weight, heart rate and blood pressure.
> How often and for how long: Every 6 months in a 30-minute clinic appointment with the ADHD Specialist Nurse, and once a year with the Community Paediatrician. The ADHD nurse can also be contacted by phone by Aleena's mum or the SENCO when needed, between appointments.
> Who: ADHD Specialist Nurse and Community Paediatrician, Holmroyd Child Development Centre.
@ G2 Sleep plan
> What: A written sleep plan (bedtime routine, screen-free hour, a worry notebook) reviewed at each 6-monthly ADHD nurse appointment.
> Who: ADHD Specialist Nurse.
! Health sign-off
The health provision in Section G was reviewed and agreed by Mrs Rehana Bashir, Designated Clinical Officer, NHS Pennine Valleys Integrated Care Board, on 12 February 2026.
==H1
None. Aleena does not need provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 (social worker's assessment, November 2025). Her social care support is set out in H2.
==H2
@ H2.1 Practical help at home, so that Aleena's caring role is reduced
> What: A home care package for Aleena's mum's personal care (help getting up and dressed), arranged through the child in need plan so that Aleena no longer gives personal care.
> How much: 1 hour each morning, 7 days a week, from Pennine Homecare, funded by Holmroyd Adult Social Care following her mum's Care Act assessment on 2 December 2025.
@ H2.2 Child in need plan
> What: Social worker visits to the family under the child in need plan, with child in need review meetings that school attends.
> How often: Home visits every 2 weeks; review meetings every 6 weeks.
> Who: Ms Laura Brook, Social Worker, Holmroyd Children's Social Care.
@ H2.3 Young carers support
> What: The Holmroyd Young Carers Service weekly group (activities and time with other young carers) and a termly trip in the school holidays.
> How often and for how long: Every Thursday, 4.30pm to 6.30pm, term time, with transport provided.
> Who: Holmroyd Young Carers Service.
@ H2.4 Help for Ayaz
> What: A place at the after-school club at Ayaz's primary school, funded under the child in need plan, so that Aleena does not collect him on the 3 days she attends homework club.
> How much: Monday to Wednesday, until 5.30pm, term time.
==I
Calder Heights High School (a mainstream secondary academy).
==J
No personal budget was requested for special educational provision.
==K
| Advice and information | Given by | Date |
| Aleena's views | Aleena, written with her key worker, Mrs Nasreen Begum | 9 January 2026 |
| Parent's views | Aleena's mum | 15 January 2026 |
| Educational advice (annual review report) | Mr Paul Ackroyd, SENCO, Calder Heights High School | 6 January 2026 |
| Psychological advice | Dr Ben Gledhill, Educational Psychologist, Holmroyd Educational Psychology Service | 28 November 2025 |
| Medical advice | Dr Anjali Rao, Community Paediatrician, Holmroyd Child Development Centre | 11 December 2025 |
| ADHD nurse report | Ms Joanne Shaw, ADHD Specialist Nurse, Holmroyd Child Development Centre | 20 November 2025 |
| Social care advice (child and family assessment, young carer's needs assessment and child in need plan) | Ms Laura Brook, Social Worker, Holmroyd Children's Social Care | 19 November 2025 |
| Young carers report | Mr Jamie Lister, Young Carers Worker, Holmroyd Young Carers Service | 8 January 2026 |
"""

AJ206 = r"""
==FRONT
First name: Yusuf
Age: 19
Education phase: Post-19 - supported internship (September 2026 to July 2027)
Languages used at home: English and Pahari
Date this plan was issued: 31.03.2026 (amended for the move to a supported internship)
Date of last annual review: 24.02.2026
Plan written by: Special Educational Needs and Disabilities (SEND) Officer, Holmroyd SEND Post-16 Team
==A
### About me
My name is Yusuf. I am 19. I live with my mum, my dad, my sister Hafsa and my grandad. I have Down syndrome. I am in my last year at Pennine College, on the Steps to Work course. I love football (I support Holmroyd Town and Manchester United), Bollywood films, dancing at weddings and cooking chicken karahi with my dad. I am good at making people laugh and I always remember people's birthdays.
### How my views were gathered
Yusuf talked about his views with his college tutor and his careers adviser at a person-centred planning meeting on 10 February 2026. He used his "My Future" photo book to help him. The words below are Yusuf's own, written down by his tutor and read back to him.
### What I think
"I like college because my friends are there and I like the kitchen. My work placement at the café in the hospital was the best thing. I was good at clearing tables and stacking the dishwasher, and the customers were nice to me. I want a real job where I get paid. I don't like it when people talk too fast or when they talk to my mum instead of me. I get nervous on the bus on my own because I don't know when to press the bell. I want to go to the gym with my friend Callum."
### My family's views
Yusuf's mum and dad (at the annual review on 24 February 2026, with Yusuf's agreement):
"We are very proud of Yusuf. He has grown up so much at college. We were worried about what happens after college, but the hospital placement showed us he can work. We want him to have a job, to travel by himself and to have friends outside the family. We worry about his safety when he is out alone and about him being taken advantage of with money. In the future we would like him to live in supported housing near us, when he is ready, not before."
### My hopes and aspirations
- "I want a paid job in a kitchen or café."
- "I want to go on the bus to town and to the gym by myself."
- "One day I want my own flat, near Mum and Dad, with my friend."
- "I want to keep fit and play football."
### My story
Yusuf had an EHC plan from age 3, attended Brookside Special School until Year 11 and has been at Pennine College since he was 16. He completed Entry Level 2 Functional Skills in English and maths in 2025. Following his annual review, Yusuf, his family, the college and the local authority agreed that a supported internship, starting in September 2026, is the right next step towards paid work.
==B
### Communication and interaction
! What Yusuf does well
Yusuf is sociable and loves to chat. He uses short sentences and some Makaton signs (a language programme that uses signs and symbols alongside speech), and he understands more than he can say. He greets customers politely and follows routines well once he has learned them.
! What Yusuf needs help with
Yusuf has a mild hearing loss and a speech and language difficulty linked to his Down syndrome. New people do not always understand his speech, and he finds it hard to follow long spoken instructions or fast talk. He needs instructions broken into short steps and backed up with pictures or written lists, and he needs to practise asking for help at work.
### Cognition and learning
! What Yusuf does well
Yusuf learns well by doing, copying a demonstration and repeating tasks. He reads familiar words, including signs around college and the hospital, and can use a calculator for simple sums.
! What Yusuf needs help with
Yusuf has a moderate learning disability. He is working at Entry Level 2 in English and maths and needs to improve his reading of work instructions, his use of money and his understanding of time (reading a timetable and a 12-hour clock).
### Social, emotional and mental health
! What Yusuf does well
Yusuf is cheerful, kind and keen to please. He has good friendships at college.
! What Yusuf needs help with
Yusuf trusts people easily and does not always recognise when someone is not being a real friend, including online. He becomes anxious in new situations and when routines change without warning.
### Sensory and/or physical
! What Yusuf does well
Yusuf is active and enjoys sport; he can stand and walk for long periods, which suits catering work.
! What Yusuf needs help with
Yusuf wears hearing aids in both ears. He tires more quickly than his peers and needs a planned break in each half-day of work.
==C
Yusuf's health needs are set out in the advice from his family doctor (GP) (January 2026) and from the Holmroyd Community Learning Disability Team nurse (December 2025).
- Hypothyroidism (an underactive thyroid, common in people with Down syndrome). Yusuf takes a tablet (levothyroxine) every morning and has a blood test once a year.
- Mild hearing loss in both ears; he wears hearing aids, which need to be checked and re-tubed.
- Weight: Yusuf's weight has gone up over the past two years, and his doctor has advised more exercise and healthier eating.
- Yusuf has no heart problems (his heart was checked as a baby and again in 2024), but he needs to learn to manage his own medicine and appointments as he gets older.
==D
Yusuf's social care needs were assessed under the Care Act 2014 by the Holmroyd Adult Social Care Transitions Team (assessment by a social worker, 19 January 2026). The assessment found that:
- Yusuf needs support to go out into the community safely, including help to learn bus routes and to keep safe with money and online.
- Yusuf needs support to build friendships and take part in leisure activities outside college and his family.
- He needs to develop daily living skills (cooking a simple meal, managing money, using a washing machine) to prepare for living more independently in the future.
- His parents provide all his personal care and support at home and do not need a carer's break at present; they were offered a carer's assessment and chose not to have one.
==E
Yusuf's outcomes are grouped under the four preparing for adulthood themes: paid work, independent living, friends and community, and good health.
@ E1 Paid work
> By when: July 2027
> Outcome: Yusuf will complete his supported internship at Holmroyd General Hospital and receive a positive end-of-placement report from his line manager, showing he can complete his main tasks (clearing and resetting tables, loading the dishwasher and restocking the counter) to the standard expected of a paid employee.
> How we will know: The end-of-placement report and the job coach's weekly task checklist, which shows Yusuf completing each main task without prompts on at least 4 shifts out of 5 by May 2027.
> Builds on: "I want a paid job in a kitchen or café."
@ E2 Getting a job
> By when: September 2027
> Outcome: Yusuf will be offered a paid job of at least 10 hours a week, or an apprenticeship, in catering or hospitality.
> How we will know: A written job offer, recorded by the job coach and checked at the July 2027 review.
> Builds on: "I want a paid job in a kitchen or café."
@ E3 English and maths for work
> By when: July 2027
> Outcome: Yusuf will gain his Entry Level 3 Functional Skills qualification in English and in maths.
> How we will know: Exam results from Pennine College.
> Builds on: Yusuf's wish for a real job and his family's wish for him to manage his own money.
@ E4 Travelling by himself
> By when: February 2027
> Outcome: Yusuf will travel by bus from home to the hospital and back, and to Holmroyd town centre, on his own.
> How we will know: The travel trainer signs off each route; Yusuf completes both routes independently on 10 journeys in a row.
> Builds on: "I want to go on the bus to town and to the gym by myself."
@ E5 Staying safe with money
> By when: July 2027
> Outcome: Yusuf will pay for items up to £10 in a shop, check his change and explain two rules for keeping his bank card and PIN safe.
> How we will know: The college tutor's checklist, completed in real shops on 3 occasions, and Yusuf's answers recorded in his money booklet.
> Builds on: his family's worry about him being taken advantage of with money, and his wish for his own flat one day.
@ E6 Friends and community
> By when: December 2026
> Outcome: Yusuf will go to the gym or a football session with a friend at least once a week, arranging it himself with his personal assistant's support.
> How we will know: His personal assistant's weekly log; Yusuf attends at least 3 out of 4 weeks each month.
> Builds on: "I want to go to the gym with my friend Callum" and "I want to keep fit and play football."
@ E7 Good health
> By when: July 2027
> Outcome: Yusuf will take his thyroid tablet every morning without a reminder, change his own hearing-aid batteries, and book his own annual health check with support.
> How we will know: His mum and the learning disability nurse check his tablet chart monthly; he takes it without reminders on at least 27 days in 30 by July 2027, changes his batteries himself each time they run out (recorded on the same chart), and has booked his appointment by phone or online.
> Builds on: "One day I want my own flat" and his parents' hope for supported living near them.
==F
@ F1 Supported internship
> What: A supported internship: a work placement in the catering department of Holmroyd General Hospital, and college sessions covering Entry Level 3 Functional Skills English and maths and employability skills.
> How often and for how long: 4 days a week (Monday to Thursday) from September 2026 to July 2027: 3 days at the hospital (9am to 2pm) and 1 day at Pennine College (9.30am to 3pm).
> Who: Pennine College Supported Internship Programme, with the hospital as host employer.
> Outcomes: E1, E2, E3
@ F2 Job coach
> What: A job coach trained in systematic instruction who teaches each work task, makes picture task lists, and completes the weekly task checklist. Support starts at 1:1 for the whole shift and fades as Yusuf becomes independent, as agreed with Yusuf and reviewed each half term.
> How often and for how long: September to December 2026: 1:1 for every hospital shift (15 hours a week). From January 2027, 1:1 for the first and last hour of each shift, with the job coach on site for the rest.
> Who: Supported internship job coach, Pennine College.
> Outcomes: E1, E2
@ F3 English and maths teaching
> What: Entry Level 3 Functional Skills English and maths, using work materials (rotas, menus, price lists).
> How often and for how long: Every Friday, 2 hours of English and 2 hours of maths.
> Group size: A class of no more than 8 learners with a teacher and a learning support assistant.
> Who: Functional Skills tutors, Pennine College.
> Outcomes: E3, E5
@ F4 Travel training
> What: Independent travel training for two routes (home to hospital; home to town centre), including when to press the bell and what to do if the bus is late.
> How often and for how long: 1:1 on journeys 3 times a week for 12 weeks from September 2026, then review.
> Who: A trained travel trainer from the Holmroyd Independent Travel Training Team.
> Outcomes: E4
@ F5 Money, safety and daily living skills
> What: A programme on handling money, keeping safe online and with bank cards, and simple cooking, taught at college and practised in real shops.
> How often and for how long: Weekly, 1 hour, on the college day, with a shop visit each half term.
> Group size: A group of 6 learners.
> Who: College tutor (Independent Living Skills).
> Outcomes: E5, E7
@ F6 Speech and language therapy
> What: Advice to set up picture task lists and a "help card" with phrases for asking for help at work; training the job coach to use them.
> How often and for how long: 3 visits of 1 hour to the hospital placement in the autumn term 2026, then 1 review visit of 1 hour in the spring term.
> Who: A speech and language therapist from the Holmroyd Community Learning Disability Team.
> Outcomes: E1, E2
@ F7 Careers guidance
> What: Careers guidance to plan job applications and a move into paid work.
> How often and for how long: 3 meetings of 45 minutes (October 2026, February 2027, May 2027).
> Who: A careers adviser with a Level 6 qualification in career guidance, Holmroyd Careers and Transitions Service.
> Outcomes: E2
==G
@ G1 Annual health check and thyroid care
> What: A learning disability annual health check, including a thyroid blood test, weight and a review of medicines, with a written health action plan.
> How often: Once a year, 45 minutes.
> Who: Yusuf's GP surgery (Holmroyd Moor Medical Practice).
@ G2 Learning to manage his own health
> What: Health education sessions on taking his medicine, booking appointments and healthy eating, using easy-read materials and a tablet chart.
> How often and for how long: 6 sessions of 45 minutes, every other Tuesday from October 2026, then review.
> Who: A learning disability nurse, Holmroyd Community Learning Disability Team.
@ G3 Hearing aids
> What: Hearing test, hearing aid check and re-tubing.
> How often: Every 6 months at Holmroyd General Hospital Audiology; batteries and tubing posted within 3 working days of a request.
> Who: Adult Audiology, Holmroyd General Hospital.
! Health sign-off
The health provision in Section G was agreed by Mrs Rehana Bashir, Designated Clinical Officer (0 to 25), NHS Pennine Valleys Integrated Care Board, on 23 March 2026.
==H1
None. Yusuf does not need provision under section 2 of the Chronically Sick and Disabled Persons Act 1970. His parents meet his personal care needs at home (Care Act assessment, 19 January 2026).
==H2
@ H2.1 Personal assistant for community activities
> What: A personal assistant to support Yusuf to go to the gym, football and other activities with friends, and to practise his bus routes at weekends.
> How much: 4 hours each week, paid through a direct payment, reviewed every 12 months by the Adult Social Care Transitions Team.
> Outcomes: E4, E6
@ H2.2 Friendship and safety group
> What: "Safe and Social", a weekly evening group for young adults with learning disabilities (friendships, online safety, going out).
> How often and for how long: Every Wednesday, 6pm to 8pm.
> Who: Holmroyd Mencap, funded by Holmroyd Adult Social Care.
> Outcomes: E5, E6
==I
Pennine College (a general further education college) - Supported Internship Programme, with placement at Holmroyd General Hospital.
==J
A direct payment of 4 hours a week for a personal assistant (H2.1). There is no direct payment for special educational provision.
==K
| Advice and information | Given by | Date |
| Yusuf's views | Yusuf, with his college tutor and careers adviser | 10 February 2026 |
| Parents' views | Yusuf's mum and dad | 24 February 2026 |
| Educational advice (annual review report) | Ms Joanne Pearson, Curriculum Manager, Foundation Learning, Pennine College | 9 February 2026 |
| Psychological advice | Dr Aisha Qadir, Educational Psychologist, Holmroyd Educational Psychology Service | 2 December 2025 |
| Medical advice | Dr Tariq Mahmood, GP, Holmroyd Moor Medical Practice | 13 January 2026 |
| Learning disability nursing and speech and language therapy advice | Ms Becky Holt, Learning Disability Nurse, and Mr Sam Kaye, Speech and Language Therapist, Holmroyd Community Learning Disability Team | 15 December 2025 |
| Audiology report | Adult Audiology, Holmroyd General Hospital | 27 November 2025 |
| Social care advice (Care Act assessment) | Ms Nicola Firth, Social Worker, Holmroyd Adult Social Care Transitions Team | 19 January 2026 |
| Preparing for adulthood advice | Mr Harun Ali, Careers Adviser, Holmroyd Careers and Transitions Service | 10 February 2026 |
"""

AJ207 = r"""
==FRONT
First name: Ibrahim
Age: 11
School year: Year 6
Languages used at home: BSL, Pahari and English
Date this plan was issued: 12/10/2026
Date of last annual review: 17/09/2026
Plan written by: SEND Officer, Holmroyd SEND Assessment and Review Team
==A
! About me
My name is Ibrahim and I am 11. I live with my mum, dad, two sisters and my grandparents. I have CIs in both ears. At home I sign with my mum and dad and speak Pahari with my grandparents. I love cricket, drawing cartoons and playing Minecraft with my cousins. I am good at art and at maths. People say I am helpful and funny.
! How my views were collected
Ibrahim shared his views in BSL with his CSW during a 1:1 session on 10 September 2026. She wrote them in English and checked them with him.
! What I think
"I like Year 6 because I am a leader for the little ones in the HRB. I like art and PE. I don't like assembly because I can't follow it. I get tired in the afternoon from listening. I'm worried about high school - it is big and the teachers won't know me. I want to go to the same school as my cousin Adam."
! My parents' views
Ibrahim's parents said at the annual review (17 September 2026): "Ibrahim has done really well at Moorside. We want him to go to a mainstream high school with an HI base where there is good BSL support. We want him to keep up his reading and get good SATs results. We are worried about him being left out at high school and about the noise."
! Hopes for the future
- Ibrahim: "I want to be a cartoonist or an architect. I want to go to Calder Heights with my cousin."
- His parents hope Ibrahim will go to a mainstream high school with an HI base, do well in his GCSEs and go to university.
! History
Ibrahim was born with a profound sensorineural hearing loss and received bilateral CIs aged 18 months. He has had support from the SSS since diagnosis and has attended the HRB at Moorside Primary School since Reception.
==B
! Communication and interaction
- Strengths: Ibrahim is a fluent BSL user and has clear spoken English in quiet settings. He is a confident, sociable boy.
- Needs: Ibrahim's spoken-language understanding falls in noise and groups. His English vocabulary is around 2 years below age level (SALT assessment). He needs pre-teaching of vocabulary and access to BSL through a CSW in class.
! Cognition and learning
- Strengths: Ibrahim is working at ARE in maths and above in art.
- Needs: Ibrahim is working below ARE in reading and writing (reading age 8 years 6 months, NGRT, July 2026). He needs daily targeted teaching of reading comprehension and of written grammar.
! Social, emotional and mental health
- Strengths: Ibrahim is a kind and responsible Year 6 pupil and a role model in the HRB.
- Needs: Ibrahim is anxious about transition to KS3 and worries about being left out. He needs a planned transition programme.
! Sensory and/or physical
- Strengths: Ibrahim manages his processors independently.
- Needs: Ibrahim has a profound bilateral hearing loss and uses bilateral CIs with an FM system. He experiences listening fatigue in the afternoons.
==C
Awaiting updated information from the CI team. Ibrahim's health needs will be added at the next annual review.
==D
Ibrahim's social care needs were considered by the CWD Team (social care assessment by a social worker, 2 September 2026). No social care needs were identified; the family meet his care needs and he takes part in a deaf youth club and a cricket club. The family were given information about short breaks and family BSL courses on the Local Offer.
==E
! Outcome 1 - Reading
By July 2027, Ibrahim will read a text at his reading level and answer inference questions, scoring 7 out of 10 on his termly reading check, recorded by the ToD.
! Outcome 2 - Vocabulary
By July 2027, Ibrahim will use and explain 15 out of 20 new subject words each half term in BSL and English, recorded on his vocabulary tracker by the ToD.
! Outcome 3 - Transition to high school
By October 2027, Ibrahim will attend all of his lessons at his new high school and tell his key worker at the HI base one thing that went well each week, recorded by the key worker for the first 6 weeks.
! Outcome 4 - Managing his listening
By March 2027, Ibrahim will check his processors and FM each morning and tell his CSW if either is faulty, without a prompt on 9 out of 10 school days.
==F
! Provision 1 - Reading and grammar
- What: targeted reading comprehension and written grammar teaching using the ToD's programme
- How often: daily, 30 minutes
- Group size: group of no more than 4 pupils in the HRB
- Who: QToD, HRB
- Outcomes: 1
! Provision 2 - Vocabulary
- What: pre-teaching of topic vocabulary in BSL and English
- How often: 3 x weekly, 20 minutes
- Group size: 1:1
- Who: TA with BSL Level 3
- Outcomes: 2
! Provision 3 - In-class communication support
- What: CSW signing in English, maths and topic lessons and assemblies
- How often: 20 hours per week
- Who: CSW (BSL Level 3)
- Outcomes: 1, 2, 4
! Provision 4 - SALT
- What: SALT for vocabulary, grammar and listening in noise
- How often: 1:1, 6 x 45-minute sessions per term (Thursday mornings), with a programme for the TA
- Who: SALT for deaf children, Holmroyd Children's Therapy Service
- Outcomes: 1, 2
! Provision 5 - Transition
- What: enhanced transition programme: 6 half-day visits to the high school HI base in the summer term 2027 with his CSW; a transition booklet with photos; a meeting between the Moorside QToD and the high school ToD in June 2027
- Who: CSW and QToD
- Outcomes: 3
! Provision 6 - Equipment
- What: FM system and soundfield in the classroom
- Maintained by: Educational Audiologist, SSS, checked every half term
- Outcomes: 4
! Provision 7 - Visiting ToD
- What: advice and monitoring
- How often: visiting ToD from SSS once per half term, 1.5 hours
- Outcomes: 1 to 4
! Provision 8 - Access arrangements
- What: modified language papers, 25% extra time, signer for KS2 SATs
- Arranged by: SENCo and QToD
- Outcomes: 1
==G
! CI centre
- Mapping of both processors every 12 months (half day) at the Pennine Auditory Implant Centre
- Repairs and spare parts posted within 2 working days of request
- Annual school visit (1 hour, autumn term) by the implant centre's rehabilitation ToD
Health sign-off: the health provision in Section G was agreed by Mrs Rehana Bashir, Designated Clinical Officer, NHS Pennine Valleys Integrated Care Board, on 5 October 2026.
==H1
None - see Section D.
==H2
None - see Section D. Information about short breaks and family BSL courses was given to the family on 2 September 2026.
==I
Moorside Primary School (maintained mainstream primary with HRB) until July 2027. Phase transfer to secondary to be named by 15 February 2027.
==J
No personal budget requested.
==K
1. Ibrahim's views - Ibrahim, with his CSW - 10 September 2026
2. Parents' views - Ibrahim's mum and dad - 17 September 2026
3. Educational advice (annual review report) - Mrs Kirsty Beaumont, SENCo, Moorside Primary School - 8 September 2026
4. Hearing impairment advice - Mrs Sadia Kauser, Teaching Assistant (BSL Level 2), HRB
5. Class teacher report - Moorside Primary School
6. Psychological advice - Dr Ben Gledhill, EP, Holmroyd Educational Psychology Service - 14 January 2026
7. Medical advice (CI annual review report) - Pennine Auditory Implant Centre - March 2023
8. SALT report - Ms Hannah Crowther, SALT, Holmroyd Children's Therapy Service - 30 June 2026
9. Social care advice - Mr Adeel Rashid, Social Worker, CWD Team - 2 September 2026
"""

AJ208 = r"""
==FRONT
First name: Sara
Age: 16
School year: Year 11 (Key Stage 4)
Languages used at home: Urdu, Pahari and English
Date this plan was issued: 6 August 2026 (amended following annual review)
Date of last annual review: 9 July 2026
Plan written by: Special Educational Needs and Disabilities (SEND) Officer, Holmroyd SEND Assessment and Review Team
==A
### A1 What people like and admire about Sara
Sara is a beautiful, gentle young woman with a big laugh. Her family say she "lights up the room". She loves music (especially qawwali and her sister's pop songs), the swimming pool, having her hair brushed and plaited, and being in the middle of family gatherings. Staff at Brookside say Sara is determined and has a wonderful sense of humour: she laughs when someone makes a mistake in a song.
### A2 How Sara communicates and how we found out her views
Sara does not use speech. She communicates with her eyes, her facial expressions, vocal sounds and an eye-gaze computer with a 16-picture page. Her views were gathered in June 2026 by her class teacher and her speech and language therapist, who offered her photographs and eye-gaze choices about school activities over two weeks and recorded what she chose and how she reacted, and by her mum and sisters, who know her best.
### A3 What Sara told us through her choices
- Sara chose swimming, music and the sensory room most often, and looked away from pictures of the standing frame and the minibus.
- She smiles and vocalises when she sees her friend Chloe and when staff sing her name song.
- She shows she is unhappy by crying, wringing her hands faster and turning her head away, especially when she is in pain from reflux or tired after a seizure.
- "I like music, swimming and my friends. I need time to answer with my eyes. Please watch my face."
### A4 My family's views
Sara's mum said at the annual review on 9 July 2026: "Sara is happy at Brookside and we want her to stay in the sixth form. We want her to keep using her eye-gaze so that she can tell us what she wants, and we want her to go out into the community more, to cafés and the park like other young women. Her seizures are our biggest worry - she had two long ones at home this year and we had to call an ambulance. We want her to be comfortable, with her back and her tummy looked after. In the future we want her to live at home with us, with carers coming in, and to go to a good day service when she leaves school."
### A5 Hopes and aspirations
- For Sara to make choices about her day using her eye-gaze.
- For Sara to enjoy time in the community and with friends.
- For Sara to stay healthy and comfortable.
- For Sara to continue in Brookside sixth form and then move to a day service near home when she is 19.
### A6 Sara's history
Sara was diagnosed with Rett syndrome, a rare genetic condition that mainly affects girls, when she was 3, after she lost the words and hand skills she had learned as a toddler. Rett syndrome has left Sara with profound and multiple learning disabilities (PMLD), epilepsy, a curve of the spine (scoliosis), reflux and difficulty with eating and drinking. She has attended Brookside Special School since she was 4.
==B
### B1 Communication and interaction
! Strengths
Sara is sociable and interested in people. She uses eye-gaze to choose between 4 pictures reliably and is beginning to use a 16-picture page.
! Needs
Sara needs to develop her use of eye-gaze to make requests, comment and say "no". She needs adults to give her at least 15 seconds to respond and to use her objects of reference and her eye-gaze device throughout the day.
### B2 Cognition and learning
! Strengths
Sara remembers familiar routines and anticipates what comes next. She is working on the school's semi-formal curriculum.
! Needs
Sara has PMLD and learns through repetition, music and multi-sensory activities. She needs a personalised curriculum with small steps and a high level of adult support.
### B3 Social, emotional and mental health
! Strengths
Sara enjoys being with her peers and responds with laughter to humour.
! Needs
Sara can become distressed when in pain or after a seizure, and needs adults who know her signs of distress.
### B4 Sensory and/or physical
! Strengths
Sara can weight-bear for short transfers with two adults and enjoys moving in water.
! Needs
Sara uses a wheelchair with a moulded seat. She needs help with all personal care, including a hoist for transfers, and a daily postural management programme.
==C
Sara's health needs are described in the advice from her Consultant Paediatrician (May 2026), her physiotherapist (June 2026) and her speech and language therapist (June 2026).
- Epilepsy: Sara has tonic-clonic seizures (on average 3 or 4 a month) and occasional long seizures that need rescue medication (buccal midazolam after 5 minutes). She had two seizures needing an ambulance in the last year. She takes anti-seizure medicine at home and at lunchtime in school.
- Scoliosis: a curve of the spine that is monitored by the orthopaedic team; she needs a postural management programme and a spinal jacket during the day.
- Reflux: Sara takes medicine for reflux, and needs to stay upright for 30 minutes after eating.
- Eating and drinking: Sara has a modified diet (pureed food and thickened drinks) and needs to be fed by a trained adult following her eating and drinking plan, to reduce the risk of choking and chest infections.
==D
Sara's social care needs were assessed by the Holmroyd Children with Disabilities Team (assessment by a social worker, 10 June 2026). Sara needs 24-hour care. Her mum is her main carer and also cares for Sara's grandmother. The assessment found that the family needs regular planned breaks and help at home with Sara's evening routine, and that planning for Sara's move to adult social care needs to start now, at 16.
==E
### E1 Communication (preparing for adulthood: independent living)
@ E1.1 Making requests with eye-gaze
> By when: July 2027
> Outcome: Sara will use her eye-gaze device to ask for a favourite activity (music, swimming or hair brushing) from a 16-picture page.
> How we will know: Her speech and language therapist and class teacher record this in a 20-minute observation each half term; Sara makes at least 3 requests in each observation by July 2027.
@ E1.2 Choice at snack time
> By when: By the end of the spring term 2027
> Outcome: Sara will be given opportunities to make choices at snack time.
> How we will know: Staff record choices offered.
### E2 Friends and community (preparing for adulthood)
@ E2.1 Community visits
> By when: July 2027
> Outcome: Sara will take part in a weekly community visit (a café or the park) with her class and choose her drink or activity with eye-gaze.
> How we will know: Her class teacher records each visit and her choice; Sara makes a choice on at least 8 out of 10 visits in the summer term 2027.
@ E2.2 Communication with staff
> Outcome: Staff will use objects of reference and her eye-gaze board with Sara throughout the day.
### E3 Good health (preparing for adulthood)
@ E3.1 Hydrotherapy
> By when: July 2027
> Outcome: Sara will receive hydrotherapy once a week with her physiotherapy programme.
@ E3.2 Eating and drinking safely
> By when: July 2027
> Outcome: Sara will finish her lunch with her trained adult within 30 minutes without coughing or choking.
> How we will know: Lunchtime records completed daily by her trained adult; Sara eats without coughing on 4 out of 5 days by July 2027.
@ E3.3 Posture
> By when: March 2027
> Outcome: Sara will tolerate her standing frame for 20 minutes each day without distress.
> How we will know: Daily postural chart; she stands for 20 minutes on at least 4 days out of 5.
==F
### F1 Teaching and curriculum
@ F1.1 Class and staffing
> What: Teaching in a class for pupils with PMLD following the semi-formal curriculum, with sensory, music and community learning.
> Group size and staffing: A class of 7 pupils with a teacher and 4 teaching assistants; Sara is supported 1:1 for personal care, eating and community visits.
> Who: A qualified teacher with experience of teaching pupils with PMLD.
@ F1.2 Eye-gaze communication programme
> What: Daily use of her eye-gaze device in at least 3 planned sessions (morning circle, snack and afternoon choice time), each 15 minutes, 1:1 with a teaching assistant trained in eye-gaze, plus objects of reference at every transition.
> Who: Teaching assistant trained by the speech and language therapist.
@ F1.3 Speech and language therapy
> What: Speech and language therapy to develop Sara's eye-gaze vocabulary, set up her 16-picture page and train staff.
> How often and for how long: A specialist speech and language therapist sees Sara 1:1 for 45 minutes every other Monday, and reviews her eye-gaze pages each half term.
> Who: Holmroyd Children's Therapy Service.
@ F1.4 Community learning
> What: A weekly community visit (café, park or shop) with her class.
> How often and for how long: Every Wednesday morning, 2 hours.
> Group size: 3 pupils with 3 staff (1:1 for Sara).
> Who: Sara's class teacher and teaching assistants trained in her eating and drinking plan.
@ F1.5 Equipment
> What: An eye-gaze computer with a 16-picture page and a spare charger.
> Provided and maintained by: The Pennine Specialist Communication Aids Service; pages updated by the school's speech and language therapist.
==G
@ G1 Physiotherapy and posture
> What: A 24-hour postural management programme including a standing frame (20 minutes daily) and a spinal jacket, and weekly hydrotherapy in the school pool.
> How often and for how long: A children's physiotherapist reviews the programme in school every 4 weeks (1 hour) and leads a 30-minute hydrotherapy session each Tuesday, with a trained teaching assistant.
> Who: Holmroyd Children's Therapy Service. The spinal jacket is put on and taken off by trained staff, as shown by the physiotherapist.
@ G2 Eating, drinking and reflux
> What: An eating and drinking plan (pureed diet, thickened drinks, upright for 30 minutes after meals), written by a speech and language therapist specialising in eating and drinking, who reviews it in school every half term (45 minutes) and trains all staff who feed Sara each September (1 hour). Reflux medicine given at home.
> Who: Holmroyd Children's Therapy Service.
Health provision will be reviewed at the next annual review.
==H1
@ H1.1 Short breaks
> What: Overnight short breaks at Laurel House residential short breaks centre.
> How much: 2 nights each month.
@ H1.2 Evening care
> What: A carer to help with Sara's evening routine (tea, bath, bed).
> How much: 2 hours on 4 evenings a week (Monday to Thursday), from a home care agency commissioned by the Children with Disabilities Team.
==H2
@ H2.1 Transition to adult social care
> What: A transition assessment under the Care Act 2014 by the Adult Social Care Transitions Team, starting in spring 2027, with a social worker attending Sara's annual reviews from Year 12.
==I
Brookside Special School (a maintained special school for pupils aged 2 to 19 with severe and profound and multiple learning disabilities), continuing into the sixth form from September 2027.
==J
No personal budget has been requested.
==K
| Advice and information | Given by | Date |
| Sara's views (through eye-gaze and observation) | Mrs Joanne Firth, Class Teacher, and Ms Kate Whiteley, Speech and Language Therapist | 26 June 2026 |
| Parent's views | Sara's mum | 9 July 2026 |
| Educational advice | Mr Andrew Lee, Deputy Headteacher and special educational needs co-ordinator (SENCO), Brookside Special School | 1 July 2026 |
| Psychological advice | Dr Sofia Mendes, Educational Psychologist, Holmroyd Educational Psychology Service | 11 March 2026 |
| Medical advice | Dr Simon Clegg, Consultant Paediatrician, Holmroyd General Hospital | 19 May 2026 |
| Physiotherapy advice | Ms Laura Dyson, Children's Physiotherapist, Holmroyd Children's Therapy Service | 12 June 2026 |
| Speech and language therapy advice (communication, eating and drinking) | Ms Kate Whiteley, Specialist Speech and Language Therapist, Holmroyd Children's Therapy Service | 16 June 2026 |
| Social care advice | Ms Hina Shah, Social Worker, Holmroyd Children with Disabilities Team | 10 June 2026 |
| Preparing for adulthood advice | Mr Harun Ali, Careers Adviser, Holmroyd Careers and Transitions Service | 30 June 2026 |
"""

PLANS = [
    dict(id='aj205', layout='heading2-numbered', text=AJ205),
    dict(id='aj206', layout='shaded-heading-table', text=AJ206),
    dict(id='aj207', layout='bold-statutory', text=AJ207, bullet='-', sub_bullet='-'),
    dict(id='aj208', layout='heading2-numbered', text=AJ208),
]
