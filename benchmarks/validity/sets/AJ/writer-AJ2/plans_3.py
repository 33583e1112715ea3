# Set AJ2 plans aj209-aj212 (Holmroyd Metropolitan Borough Council house style)

AJ209 = r"""
==FRONT
First name: Musa
Age: 5
School year: Reception (Early Years Foundation Stage)
Languages used at home: Pahari and English
Date this plan was issued: 1 September 2026
Date of last annual review: Not applicable (first plan)
Plan written by: Special Educational Needs and Disabilities (SEND) Officer, Holmroyd SEND Assessment and Review Team
==A
### About Musa
Musa is a cheerful, chatty five-year-old who lives with his mum, his dad and his baby sister in Lower Brigg. He loves trains, bubbles, his tablet and rough-and-tumble play with his dad. He has a cheeky sense of humour and loves making adults laugh. Staff at Lower Brigg Primary say he is determined and never gives up when he is trying to reach a toy.
### How we found out what Musa thinks
Musa uses single words and short phrases in English and Pahari, and some signs. His teaching assistant and class teacher talked with him during play over two weeks in June 2026, using photographs of his day and a "happy / not happy" symbol board. His mum helped to explain some of his Pahari words.
### What Musa told us
- He pointed to "happy" for the train set, the sand tray, outdoor play, his teaching assistant Miss Jan and his friend Leo.
- He pointed to "not happy" for the toilet, lunch in the hall ("noisy") and his standing frame ("ouch").
- When asked what he wants to get better at, he said "walk" and "big school bike".
### What Musa's family think
Musa's mum and dad said at the planning meeting on 7 July 2026: "Musa is a happy boy and he loves school. The vagus nerve stimulator has helped a lot - he used to have seizures every day and now it's about one a week. We want him to learn to read and write like the other children, and to walk with his walker. We worry about him falling and about him having a seizure at school when we are not there. We want him to have friends who come round to play."
### Hopes and aspirations
- Musa: "Walk. Big school bike."
- His family hope Musa will walk with his walker around school, learn to read and write, have friends and, when he is older, go to Lower Brigg's junior classes with his friends.
### Musa's story
Musa was born early, at 30 weeks, and was diagnosed with cerebral palsy (dyskinetic type, which causes involuntary movements) when he was 1. He developed epilepsy at 2. His seizures were hard to control with medicine alone, so in November 2025 he had a vagus nerve stimulator (VNS) fitted at Manchester Children's Hospital: a small device under the skin of his chest that sends regular signals to the brain to help prevent seizures. Musa started at Lower Brigg Primary School in the Nursery class in September 2025 with SEN support (extra help for pupils with special educational needs), and moves into Reception in September 2026.
==B
### Communication and interaction
! What Musa does well
Musa understands everyday language well and loves to chat using single words, short phrases and signs. He is sociable and seeks out other children.
! What Musa needs help with
Musa's speech is hard to understand because cerebral palsy affects the muscles he uses to speak. New adults understand about a quarter of what he says. He needs a communication book and an app on his tablet to help people understand him, and needs adults to wait for him.
### Cognition and learning
! What Musa does well
Musa knows his colours, counts to 10 and recognises 12 letter sounds. He concentrates well on activities that interest him.
! What Musa needs help with
Musa cannot yet hold a pencil and finds it very hard to point accurately. He needs adapted ways to show what he knows (eye-pointing, choosing from two pictures and switch-access on his tablet) and fine-motor teaching.
### Social, emotional and mental health
! What Musa does well
Musa is friendly and loves to make people laugh.
! What Musa needs help with
Musa becomes frustrated when people do not understand him and can cry or hit out. He finds the lunch hall noisy and overwhelming.
### Sensory and/or physical
! What Musa does well
Musa can roll, sit in a supportive chair and take steps in his walker with an adult guiding it.
! What Musa needs help with
Musa has involuntary movements of his arms, legs and face. He uses a specialist chair and a walker, needs help with all personal care including toileting, and needs his position changed often. He needs help to eat, because his movements make it hard to bring food to his mouth.
==C
Musa's health needs are described in the advice from his Consultant Community Paediatrician (May 2026), his Epilepsy Nurse Specialist (June 2026), the VNS team at Manchester Children's Hospital (April 2026) and his physiotherapist (June 2026).
- Epilepsy: Musa has about one seizure a week, usually a short absence or a drop seizure. He takes anti-seizure medicine morning and evening at home. If he has a seizure, an adult swipes the VNS magnet over the device; if a seizure lasts 5 minutes, he needs rescue medication (buccal midazolam).
- Cerebral palsy: involuntary movements, low tone in his trunk and tight muscles in his legs. He needs a postural management programme and specialist seating, a walker and a standing frame.
==D
Musa's social care needs were assessed by the Holmroyd Children with Disabilities Team (assessment by a social worker, 16 June 2026). Musa needs more help with personal care than other children of his age; his parents provide this at home. The family's house needs a downstairs bathroom adaptation so that Musa can be bathed safely as he grows. The family would like Musa to attend an inclusive holiday play scheme.
==E
@ E1 Communication
> By when: July 2027
> Outcome: Musa will use his communication book or tablet app to ask for a toy or activity, or to tell an adult something, in his Reception class.
> How we will know: His teaching assistant records this for one week each half term; Musa uses his book or app independently at least 5 times a day by July 2027.
@ E2 Walking
> By when: July 2027
> Outcome: Musa will walk with his walker from the classroom to the playground door (about 15 metres) with an adult walking beside him but not holding the walker.
> How we will know: His physiotherapist checks this each half term; Musa manages it on 3 out of 4 attempts by July 2027.
@ E3 Seating
> By when: July 2027
> Outcome: Musa is given a supported seating programme in class.
@ E4 Lunchtimes
> Outcome: Musa has a 1:1 adult at lunchtimes to help him eat.
@ E5 Early reading
> By when: July 2027
> Outcome: Musa will be supported by his key adult to join in with phonics every day.
@ E6 Telling an adult he feels unwell
> By when: March 2027
> Outcome: Musa will show his "poorly" symbol or sign to an adult when he feels a seizure coming or feels unwell after one.
> How we will know: His teaching assistant records this on his seizure log; Musa uses the symbol or sign on at least 3 out of 5 recorded occasions by March 2027.
==F
@ F1 Adult support
> What: Additional adult support in class for learning, communication, positioning and personal care.
> How much: Up to 25 hours a week.
> Who: A teaching assistant.
@ F2 Communication
> What: Musa will have access to a communication book and a communication app on his tablet, used across the day.
> Who: His teaching assistant and class teacher.
@ F3 Speech and language therapy
> What: Speech and language therapy from Holmroyd Children's Therapy Service to develop Musa's use of his communication book and app.
@ F4 Fine-motor group
> What: A fine-motor group led by the teaching assistant, following the occupational therapist's programme.
@ F5 Occupational therapy
> What: Occupational therapy advice to school as appropriate, including switch access to his tablet and adapted pencils and cutlery.
@ F6 Phonics
> What: Daily phonics with his class, with letter sounds offered as two-picture choices so that Musa can eye-point or touch his answer.
> How often and for how long: Every day, 20 minutes, with his class teacher; the teaching assistant adapts the materials.
@ F7 Quiet space
> What: Musa should have a quiet space at lunchtime where possible.
@ F8 Staff training
> What: Training for Musa's class teacher and teaching assistants in cerebral palsy and alternative communication.
> When: One 2-hour session in September 2026, led by the specialist teacher for physical disabilities, Holmroyd Inclusion Support Service.
==G
@ G1 Epilepsy and VNS
> What: The epilepsy nurse will support school with Musa's seizure management as needed. VNS checks by the hospital.
@ G2 Physiotherapy
> What: Physiotherapy will continue, including advice on Musa's standing frame and walker.
! Health sign-off
The health provision in Section G was agreed by Mrs Rehana Bashir, Designated Clinical Officer, NHS Pennine Valleys Integrated Care Board, on 25 August 2026.
==H1
@ H1.1 Home adaptation
> What: A downstairs wet room, with a changing bench and shower chair.
> Provided by: Holmroyd Council Home Adaptations Team, through a Disabled Facilities Grant; building work due to start in January 2027. The shower chair and bench are provided and maintained by the Community Equipment Service.
==H2
@ H2.1 Holiday play scheme
> What: A place at the Holmroyd Inclusive Holiday Play Scheme with a 1:1 support worker.
> How much: 10 days each summer holiday and 3 days each Easter and October half term.
> Arranged by: Holmroyd Children with Disabilities Team.
==I
Lower Brigg Primary School (a maintained mainstream primary school), Reception class.
==J
No personal budget was requested.
==K
| Advice and information | Given by | Date |
| Musa's views | Musa, with Miss Janet Hanson, Teaching Assistant, and Mrs Helen Broadbent, Class Teacher | 26 June 2026 |
| Parents' views | Musa's mum and dad | 7 July 2026 |
| Educational advice | Mrs Helen Broadbent, Class Teacher and special educational needs co-ordinator (SENCO), Lower Brigg Primary School | 30 June 2026 |
| Educational advice (physical disability) | Mr Chris Bentley, Specialist Teacher for Physical Disabilities, Holmroyd Inclusion Support Service | 15 June 2026 |
| Psychological advice | Dr Aisha Qadir, Educational Psychologist, Holmroyd Educational Psychology Service | 9 June 2026 |
| Medical advice | Dr Helen Marsh, Consultant Community Paediatrician, Holmroyd Child Development Centre | 21 May 2026 |
| Epilepsy advice | Ms Nadia Hussain, Epilepsy Nurse Specialist, Holmroyd Children's Epilepsy Service | 4 June 2026 |
| VNS clinic letter | Dr Peter Lowe, Consultant Paediatric Neurologist, Manchester Children's Hospital | 22 April 2026 |
| Physiotherapy advice | Mr Dan Firth, Children's Physiotherapist, Holmroyd Children's Therapy Service | 10 June 2026 |
| Speech and language therapy advice | Ms Emily Rhodes, Speech and Language Therapist, Holmroyd Children's Therapy Service | 2 June 2026 |
| Occupational therapy advice | Ms Sana Mir, Children's Occupational Therapist, Holmroyd Children's Therapy Service | 12 June 2026 |
| Social care advice | Ms Hina Shah, Social Worker, Holmroyd Children with Disabilities Team | 16 June 2026 |
"""

AJ210 = r"""
==FRONT
First name: Daniel
Age: 24
Education phase: Post-19 - supported internship
Languages used at home: English
Date this plan was issued: 20 June 2025
Date of last annual review: 22 May 2025
Plan written by: Special Educational Needs and Disabilities (SEND) Officer, Holmroyd SEND Post-16 Team
==A
### Summary
Daniel presents with trisomy 21 (Down syndrome) with associated moderate to severe global learning disability, generalised hypotonia and an expressive language disorder with significantly reduced intelligibility. Cognitive assessment indicates deficits across all domains, with particular impairment of working memory, processing speed and executive functioning. Adaptive behaviour is significantly below age-expected levels. Daniel is dependent on others for community access, budgeting and meal preparation, and demonstrates limited insight into personal safety. He has a history of non-compliance when routines are changed and displays perseverative behaviours.
### Views of parents
Daniel's mother reports that he is not coping well with change since leaving the college's Foundation Learning course and is spending most days at home. She states that he has difficulty sleeping, that his weight has increased and that he is reliant on her for all travel. She is concerned about his vulnerability, particularly with money and online contact with strangers, and about what will happen to him when she is no longer able to care for him.
### Background
Daniel attended Brookside Special School until age 19 and then Pennine College (Foundation Learning) from 2020 to 2024. He had a 3-month work experience placement in a supermarket in 2024. He lives with his mother; his father died in 2019.
==B
### Communication and interaction
Daniel has an expressive language disorder. His speech is of significantly reduced intelligibility to unfamiliar listeners and he has difficulty following multi-step verbal instructions. He requires instructions to be chunked and supported with visual prompts.
### Cognition and learning
Daniel has a moderate to severe learning disability. He is working at Entry Level 1 in English and maths. He has significant difficulties with money, time and reading and requires a high level of repetition to retain new skills.
### Social, emotional and mental health
Daniel has difficulty coping with change and becomes anxious and withdrawn in unfamiliar situations. He has limited awareness of risk and is vulnerable to exploitation.
### Sensory and/or physical
Daniel has low muscle tone and fatigues quickly. He has a mild bilateral hearing loss and wears hearing aids.
==C
Daniel's health needs are described in the advice from his GP (April 2025) and from the Holmroyd Community Learning Disability Team nurse (March 2025).
- Hypothyroidism: Daniel takes levothyroxine every morning and needs a yearly blood test.
- Obstructive sleep apnoea (his breathing stops and starts during sleep): he uses a CPAP machine (a mask that keeps his airway open at night), which must be serviced and its mask replaced.
- Weight: Daniel's weight has increased by 9 kilograms in two years.
- Hearing: mild hearing loss in both ears; he wears hearing aids.
==D
Daniel's social care needs were assessed under the Care Act 2014 by Holmroyd Adult Social Care (assessment by a social worker in the Learning Disability Team, 14 April 2025). The assessment found that Daniel needs support to travel, to manage money, to prepare simple meals and to take part in activities outside his home, and that his mother, as his only carer, needs a break from caring. His mother had a carer's assessment on the same day.
==E
Daniel's outcomes follow the preparing for adulthood themes: employment, independent living, community and good health.
@ E1 Employment
> By when: July 2026
> Outcome: Daniel will complete a supported internship at Holmroyd Co-op superstore, working 3 shifts a week, and restock shelves and face up products in his section without prompts.
> How we will know: The job coach's weekly checklist shows Daniel completing his tasks without prompts on at least 4 shifts out of 5 by May 2026, and his end-of-placement report from the store manager.
@ E2 Travel
> By when: March 2026
> Outcome: Daniel will travel by bus from home to the superstore and back on his own.
> How we will know: The travel trainer signs off the route after 10 journeys in a row completed without support.
@ E3 Money
> By when: July 2026
> Outcome: Daniel will buy his lunch with a bank card, check his receipt and keep his card and PIN safe.
> How we will know: The college tutor's checklist completed on 5 occasions; Daniel does all three steps correctly on at least 4 of them.
@ E4 Friends and community
> By when: December 2025
> Outcome: Daniel will go to a weekly social group or activity with his personal assistant.
> How we will know: The personal assistant's log shows he attends at least 3 weeks out of 4.
@ E5 Good health
> By when: July 2026
> Outcome: Daniel will put on his CPAP mask himself every night and take his thyroid tablet without a reminder.
> How we will know: His mother and the learning disability nurse check his chart each month; he does both on at least 25 nights out of 30 by July 2026.
==F
! F1 Supported internship
- What: A supported internship at Holmroyd Co-op superstore (store work) with 1 day a week at Pennine College (Entry Level 1 English and maths, employability).
- How often: 3 days a week at the store (9am to 1pm) and 1 day a week at college (10am to 3pm), September 2025 to July 2026.
- Who: Pennine College Supported Internship Programme.
! F2 Job coach
- What: A job coach trained in systematic instruction to teach each task and make visual task lists.
- How often: 1:1 for every shift from September to December 2025; from January 2026, 1:1 for the first hour of each shift, then on site.
- Who: Supported internship job coach, Pennine College.
! F3 Travel training
- What: Independent travel training on the bus route from home to the store.
- How often: 1:1, 3 journeys a week for 10 weeks from September 2025, then review.
- Who: A travel trainer from the Holmroyd Independent Travel Training Team.
! F4 Money and safety
- What: A money and personal safety programme (using a bank card, checking receipts, keeping safe online).
- How often: Weekly, 1 hour, on the college day.
- Group size: A group of 6 learners.
- Who: College tutor (Independent Living Skills).
! F5 Speech and language therapy
- What: A communication passport and visual task lists for the store, and training for the job coach.
- How often: 2 visits of 1 hour to the store in the autumn term 2025 and 1 review visit of 1 hour in the spring term 2026.
- Who: A speech and language therapist from the Holmroyd Community Learning Disability Team.
==G
! G1 Health checks and thyroid
- A learning disability annual health check (45 minutes) including a thyroid blood test and weight, with a health action plan, at Daniel's GP surgery, once a year.
! G2 Sleep apnoea
- CPAP machine serviced and mask replaced every 12 months by the Sleep Service, Holmroyd General Hospital; sleep clinic review every 12 months.
! G3 Health education
- 6 sessions of 45 minutes, fortnightly from October 2025, with a learning disability nurse from the Community Learning Disability Team, on using his CPAP mask, taking his tablets and healthy eating.
! G4 Hearing aids
- Hearing aid check and re-tubing every 6 months at Adult Audiology, Holmroyd General Hospital.
Health sign-off: the health provision in Section G was agreed by Mrs Rehana Bashir, Designated Clinical Officer (0 to 25), NHS Pennine Valleys Integrated Care Board, on 12 June 2025.
==H1
None. Daniel does not require provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 (Care Act assessment, 14 April 2025).
==H2
o Personal assistant: 5 hours each week through a direct payment, to support Daniel to attend a social group and practise travel and shopping.
o Carer's break: 1 overnight short stay each month at Moorview House for Daniel, so that his mother has a break.
o Both reviewed every 12 months by the Adult Social Care Learning Disability Team.
==I
Pennine College (a general further education college) - Supported Internship Programme, with placement at Holmroyd Co-op superstore.
==J
A direct payment of 5 hours a week for a personal assistant (H2). No direct payment for special educational provision.
==K
1. Parent's views - Daniel's mother - 22 May 2025
2. Educational advice - Ms Joanne Pearson, Curriculum Manager, Foundation Learning, Pennine College - 30 April 2025
3. Psychological advice - Dr Aisha Qadir, Educational Psychologist, Holmroyd Educational Psychology Service - 17 March 2025
4. Medical advice - Dr Tariq Mahmood, GP, Holmroyd Moor Medical Practice - 8 April 2025
5. Learning disability nursing and speech and language therapy advice - Ms Becky Holt, Learning Disability Nurse, and Mr Sam Kaye, Speech and Language Therapist, Holmroyd Community Learning Disability Team - 20 March 2025
6. Sleep Service letter - Dr Rachel Kirk, Consultant in Respiratory Medicine, Holmroyd General Hospital - 3 February 2025
7. Audiology report - Adult Audiology, Holmroyd General Hospital - 11 December 2024
8. Social care advice (Care Act assessment) - Ms Nicola Firth, Social Worker, Holmroyd Adult Social Care - 14 April 2025
9. Preparing for adulthood advice - Mr Harun Ali, Careers Adviser, Holmroyd Careers and Transitions Service - 2 May 2025
"""

AJ211 = r"""
==FRONT
First name: Bilal
Age: 17
School year: Year 12 (first year of post-16 education)
Languages used at home: English and Punjabi
Date this plan was issued: 28 May 2026 (amended after annual review)
Date of last annual review: 30 April 2026
Plan written by: Special Educational Needs and Disabilities (SEND) Officer, Holmroyd SEND Post-16 Team
==A
### A1 About me
I'm Bilal, I'm 17 and I'm in my first year at Pennine College doing the Level 2 Diploma in Information Technology. I live with my mum, my dad, my older brother and my younger sister. I'm into computers, gaming (I've built my own PC with my brother) and football - I support Liverpool and I swim with the Holmroyd Otters disability swimming club twice a week. My friends would say I'm loyal, a bit sarcastic and the person you ask when your laptop breaks.
### A2 How I want people to work with me
"Talk to me, not my mum. Don't make a big deal of my epilepsy in front of people. If I have a seizure, stay with me, swipe the magnet and let me rest - I'll be fine in half an hour. Give me the work on the computer, because my right hand is slow."
### A3 My views (written by Bilal for his annual review, April 2026)
"College is way better than school. People treat me like an adult. The IT course is good but the theory units are harder than I thought, and I need more time to type assignments. Getting to college is a pain because Mum or Dad has to drive me. I want to get the train on my own like my mates. I'm also a bit worried about leaving children's services at 18 - I don't know who my epilepsy doctor will be."
### A4 My family's views
Bilal's mum and dad said at the annual review: "We're really proud of how Bilal has settled at college. He's more confident and more independent. We want him to get his qualifications and a good job. We worry about him travelling alone in case he has a seizure, but we know he needs to. We want the move to adult health services to be smooth."
### A5 My hopes and aspirations
- "I want to do the Level 3 IT course next year, then an apprenticeship or university, and work in cyber security or game design."
- "I want to travel to college on the train by myself."
- "One day I want my own flat and I want to be able to cook more than toast."
- "I want to keep swimming and maybe compete for the club."
### A6 My story
Bilal was born with cerebral palsy affecting the right side of his body (right hemiplegia). He walks independently with a splint on his right ankle and uses his right hand as a helper hand. He developed epilepsy at 9, and a vagus nerve stimulator (VNS), a small device under the skin of his chest that sends signals to the brain to reduce seizures, was fitted in 2022. He attended Calder Heights High School with an EHC plan and started at Pennine College in September 2025.
==B
### B1 Cognition and learning
! Strengths
Bilal is a capable, logical learner with a real talent for practical IT work (networking and hardware). He gained GCSE (General Certificate of Secondary Education) grades 4 in English and 5 in maths.
! Needs
Bilal processes written information more slowly than his peers, particularly after a seizure or a poor night's sleep. He finds extended written theory assignments hard to plan and needs help to break them into stages. He types with one hand and needs extra time and a laptop for written work and assessments.
### B2 Social, emotional and mental health
! Strengths
Bilal is sociable, has a good group of friends at college and a strong sense of humour.
! Needs
Bilal can become anxious and embarrassed about having seizures in front of others, and sometimes hides how tired he is. He needs a trusted member of staff to check in with him.
### B3 Communication and interaction
! Strengths
Bilal communicates well in speech and writing and speaks up for himself.
! Needs
Bilal has no needs in communication and interaction.
### B4 Sensory and/or physical
! Strengths
Bilal walks independently, including on stairs, and is a strong swimmer.
! Needs
Bilal has weakness and stiffness in his right arm and leg. He needs to learn one-handed techniques for cooking and other daily living tasks, and to build the stamina and planning skills he needs to travel independently.
==C
Bilal's health needs are described in the advice from his Consultant Paediatrician (February 2026), his Epilepsy Nurse Specialist (March 2026), the VNS clinic at Manchester Children's Hospital (January 2026) and his physiotherapist (February 2026).
- Epilepsy: Bilal has no difficulty with eating, drinking or his general health, but he has focal epilepsy, with about one seizure a month (he stops responding, his right arm jerks, and he is tired for 30 to 60 minutes afterwards). He takes anti-seizure medicine twice a day. A swipe of the VNS magnet can shorten a seizure. He has not needed rescue medication for two years, but it is kept at college in line with his care plan.
- Cerebral palsy: stiffness in his right calf and hand, managed with a home stretching programme and an ankle-foot splint (orthosis).
- Moving to adult services: Bilal turns 18 in February 2027 and his epilepsy care must move to the adult neurology service.
==D
Bilal's social care needs were considered by the Holmroyd Children with Disabilities Team, whose social worker completed a social care assessment on 10 March 2026, including a transition screening for adult social care. The assessment found that Bilal has no social care needs that require services: he is independent in personal care, has an active social life and his family do not need a break from caring. He is not likely to be eligible for adult social care at 18. Bilal and his family were given information about the Holmroyd Local Offer, including the youth forum and the accessible transport scheme, and know they can ask for a reassessment if things change.
==E
### E1 Employment and further study
@ E1.1 Passing my course
> By when: July 2026
> Outcome: Bilal will gain the Level 2 Diploma in Information Technology, submitting all theory assignments by their deadlines.
> How we will know: Course results and the tutor's assignment tracker, checked at his progress reviews in each term.
> Builds on: "I want to do the Level 3 IT course next year."
@ E1.2 My next step
> By when: August 2026
> Outcome: Bilal will be offered a place on the Level 3 IT course at Pennine College, or an IT apprenticeship.
> How we will know: A written offer, recorded by his personal tutor.
> Builds on: "then an apprenticeship or university, and work in cyber security or game design."
@ E1.3 Work experience
> By when: July 2027
> Outcome: Bilal will complete a 2-week work placement with an IT employer and receive a positive employer's report.
> How we will know: The employer's end-of-placement report, held by the college work experience co-ordinator.
> Builds on: his wish to work in cyber security or game design.
### E2 Independent living
@ E2.1 Travelling by train
> By when: December 2026
> Outcome: Bilal will travel to college and home again by train on his own, carrying his seizure card and phone.
> How we will know: The travel trainer signs off the route after 10 independent journeys in a row.
> Builds on: "I want to travel to college on the train by myself."
@ E2.2 Cooking
> By when: July 2027
> Outcome: Bilal will plan and cook 3 simple hot meals using one-handed techniques and adapted equipment.
> How we will know: The occupational therapist and the independent living tutor sign off each meal on his skills checklist.
> Builds on: "One day I want my own flat and I want to be able to cook more than toast."
### E3 Good health
@ E3.1 Managing my epilepsy
> By when: February 2027 (before his 18th birthday)
> Outcome: Bilal will explain his seizure plan to a new member of college staff, order his own repeat prescriptions, and attend his first adult neurology appointment.
> How we will know: The Epilepsy Nurse Specialist's transition checklist, completed with Bilal; all three steps done by March 2027.
> Builds on: Bilal's worry about leaving children's services and his parents' wish for a smooth move to adult health services.
### E4 Friends and community
@ E4.1 Swimming
> By when: July 2027
> Outcome: Bilal will compete in at least one regional disability swimming gala with his club.
> How we will know: Club entry list and results, reported by Bilal at his annual review.
> Builds on: "I want to keep swimming and maybe compete for the club."
==F
### F1 Learning at college
@ F1.1 Study support for assignments
> What: Study skills sessions to plan theory assignments in stages, with a planning template, and to check progress against deadlines.
> How often and for how long: Twice a week, 45 minutes (Tuesday and Thursday afternoons), during term time.
> Group size: 1:1.
> Who: A learning support tutor with a specialist qualification in supporting learners with SEND (special educational needs and disabilities).
> Outcomes: E1.1, E1.2
@ F1.2 Laptop and software
> What: A college laptop with one-handed keyboard shortcuts, word prediction and speech-to-text software.
> Provided and maintained by: The college's assistive technology officer, who sets it up each September and checks it each half term.
> Outcomes: E1.1
@ F1.3 Access arrangements
> What: 25% extra time, use of his laptop and supervised rest breaks in all assessments and exams.
> Arranged by: The college exams officer, with evidence from the learning support tutor, renewed each September.
> Outcomes: E1.1
@ F1.4 Check-ins with a trusted member of staff
> What: A check-in about tiredness, seizures and workload, and what to tell his course tutors.
> How often and for how long: Weekly, 15 minutes, on Monday mornings.
> Group size: 1:1.
> Who: His personal tutor.
> Outcomes: E1.1, E3.1
@ F1.5 Careers guidance and work experience
> What: Careers guidance and a supported 2-week work placement with an IT employer.
> How often and for how long: 3 careers guidance meetings of 45 minutes (September and December 2026, March 2027) with a careers adviser holding a Level 6 qualification in career guidance; the work placement in June 2027, arranged by the college work experience co-ordinator, who visits Bilal on the first day and at the end of the first week (30 minutes each).
> Outcomes: E1.2, E1.3
### F2 Independence
@ F2.1 Travel training
> What: Independent travel training on the train route from home to college, including what to do if he feels a seizure coming.
> How often and for how long: 1:1, 2 journeys a week for 8 weeks from September 2026, then review.
> Who: A travel trainer from the Holmroyd Independent Travel Training Team.
> Outcomes: E2.1
@ F2.2 Occupational therapy for daily living
> What: Teaching one-handed cooking techniques, trying adapted kitchen equipment (a spike board and a non-slip mat), and setting targets for the independent living tutor.
> How often and for how long: The occupational therapist sees Bilal on his own on three Wednesday afternoons in the autumn term 2026 (1 hour each), in the college training kitchen. From January 2027, one review session of 1 hour each term.
> Who: Children's Occupational Therapist, Holmroyd Children's Therapy Service, then the adult community occupational therapy team from February 2027.
> Outcomes: E2.2
@ F2.3 Independent living skills
> What: Cooking and kitchen skills using the occupational therapist's targets.
> How often and for how long: Weekly, 1 hour 30 minutes, on Friday mornings.
> Group size: A group of no more than 6 learners.
> Who: Independent living skills tutor, Pennine College.
> Outcomes: E2.2
@ F2.4 Adapted kitchen equipment
> What: A spike board, a non-slip mat, a one-handed tin opener and a rocker knife, for use at college.
> Provided by: The occupational therapist; kept and replaced by the college independent living department.
> Outcomes: E2.2
==G
@ G1 Epilepsy care and training
> What: An individual healthcare plan, including his seizure plan, VNS magnet use and rescue medication; training for 6 named college staff.
> How often and for how long: The Epilepsy Nurse Specialist reviews the plan every 12 months and trains the named staff for 2 hours each September, with a 1-hour refresher in January.
> Who: Holmroyd Children's Epilepsy Service.
@ G2 Moving to adult epilepsy care
> What: A transition programme with Bilal (managing his own prescriptions, explaining his seizure plan, knowing who to contact), a joint transition clinic with the adult neurology team, and a referral to the adult service.
> How often and for how long: 3 sessions of 45 minutes with the Epilepsy Nurse Specialist (June and October 2026, January 2027); joint transition clinic in January 2027; referral sent by his Consultant Paediatrician by December 2026.
> Who: Epilepsy Nurse Specialist and Consultant Paediatrician, Holmroyd General Hospital.
@ G3 VNS checks
> What: Checking and adjusting the stimulator settings and the battery.
> How often: Every 6 months at the VNS clinic, Manchester Children's Hospital, until his care moves to adult services through the transition programme in G2.
@ G4 Physiotherapy and orthotics
> What: A review of Bilal's stretching programme and splint, and a new ankle-foot splint when he outgrows or wears out the old one.
> How often: Physiotherapy review every 6 months (45 minutes, in clinic); orthotics review every 6 months at the Holmroyd Orthotics Service, which makes and fits the splint.
! Health sign-off
The health provision in Section G was reviewed and supported by Mrs Rehana Bashir, Designated Clinical Officer (0 to 25), NHS Pennine Valleys Integrated Care Board, on 20 May 2026.
==H1
None. Bilal does not need provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 (social care assessment, 10 March 2026).
==H2
None. Bilal and his family were given information about the youth forum, the accessible transport scheme and short breaks on the Holmroyd Local Offer (see Section D), and can ask for a reassessment at any time.
==I
Pennine College (a general further education college), Level 2 Diploma in Information Technology, progressing to Level 3 from September 2026.
==J
No personal budget has been requested.
==K
| Advice and information | Given by | Date |
| Bilal's views | Bilal (written by him) | 20 April 2026 |
| Parents' views | Bilal's mum and dad | 30 April 2026 |
| Educational advice (annual review report) | Mr Imran Hussain, Additional Learning Support Manager, Pennine College | 15 April 2026 |
| Psychological advice | Dr Fatima Zahoor, Educational Psychologist, Holmroyd Educational Psychology Service | 4 November 2025 |
| Medical advice | Dr Simon Clegg, Consultant Paediatrician, Holmroyd General Hospital | 9 February 2026 |
| Epilepsy advice | Ms Nadia Hussain, Epilepsy Nurse Specialist, Holmroyd Children's Epilepsy Service | 17 March 2026 |
| VNS clinic letter | Dr Peter Lowe, Consultant Paediatric Neurologist, Manchester Children's Hospital | 26 January 2026 |
| Physiotherapy advice | Mr Gareth Lumb, Children's Physiotherapist, Holmroyd Children's Therapy Service | 11 February 2026 |
| Orthotics report | Mr Kevin Shaw, Orthotist, Holmroyd Orthotics Service | 2 February 2026 |
| Occupational therapy advice | Ms Sana Mir, Children's Occupational Therapist, Holmroyd Children's Therapy Service | 24 March 2026 |
| Social care advice (including transition screening) | Mr Adeel Rashid, Social Worker, Holmroyd Children with Disabilities Team | 10 March 2026 |
| Preparing for adulthood advice | Mr Harun Ali, Careers Adviser, Holmroyd Careers and Transitions Service | 22 April 2026 |
"""

AJ212 = r"""
==FRONT
First name: Kyle
Age: 15
School year: Year 10 (Key Stage 4)
Languages used at home: English
Date this plan was issued: 11 Feb 2026 (amended after annual review)
Date of last annual review: 14 Jan 2026
Plan written by: Special Educational Needs and Disabilities (SEND) Officer, Holmroyd SEND Assessment and Review Team
==A
### About Kyle
Kyle is a friendly, practical young man with a quick sense of humour. He is brilliant with his hands: he fixes bikes for half the estate and helps his uncle in his garage at weekends. Staff at Holmroyd Valley Academy describe him as loyal, protective of younger pupils and very good in a crisis. He plays five-a-side football on Friday nights.
### Kyle's home life
Kyle and his sister lives with their mum, who has depression and agoraphobia (a fear of leaving the house). Kyle is a young carer: he does the shopping, takes his sister, who is 9, to school and back, and makes sure his mum eats. Kyle has had a social worker since April 2025 and he is currently on a child in need plan because of his mum's mental health and the amount of caring he does.
### What Kyle said (at his annual review, January 2026)
"School's alright when I'm doing practical stuff. I hate writing and I hate being told off for being late when it's not my fault - I have to drop my sister off. Teachers don't get it. My tablets help me concentrate in the morning but they've worn off by after dinner. I'm worried about my mum when I'm not there. I want to pass my exams and be a mechanic like my uncle."
### What Kyle's mum said
Kyle's mum gave her views by phone on 12 January 2026, because she was not able to come into school: "Kyle is a good lad and he does too much for me. I want him to pass his exams and stay out of trouble. I know he gets angry at school, and I worry he'll get excluded."
### What school told us
Kyle's head of year says that Kyle is a different young person in practical lessons and on the football pitch, where he is patient with younger pupils and takes the lead. His attendance is 88% this year, and most of his late marks are on the days he takes his sister to school. Most of his behaviour points are in afternoon lessons, when his medicine has worn off, and in lessons with a lot of reading and writing. School has tried a report card and a mentor in Year 9; Kyle says the mentor helped because "she actually listened".
### Hopes and aspirations
- Kyle wants to pass his exams and become a mechanic.
- His mum hopes he will pass his GCSEs (General Certificate of Secondary Education exams) and stay out of trouble at school.
==B
### Cognition and learning
! Strengths
Kyle is a strong practical learner and is on track for a good grade in Design and Technology. His maths is close to the expected standard when he is in lessons.
! Needs
Kyle has attention deficit hyperactivity disorder (ADHD). He has a ADHD diagnosis from 2019 and takes medicine in the morning. He finds it hard to concentrate in afternoon lessons, to start written tasks and to organise homework and coursework. His reading comprehension is about 2 years below his age, which makes exam questions hard for him to to understand.
### Social, emotional and mental health
! Strengths
Kyle is caring and responsible and is liked by his peers.
! Needs
Kyle becomes angry quickly when he feels he is being treated unfairly, particularly when he is told off for being late. He has had 3 fixed-term suspensions in Year 10 so far. Their is a lot going on at home, and Kyle is often tired because he is worried about his mum and goes to bed late.
### Communication and interaction
! Strengths
Kyle speaks confidently to adults he trusts.
! Needs
No identified needs.
### Sensory and/or physical
! Strengths
Kyle is fit and active.
! Needs
No identified needs.
==C
Kyle's health needs are described in the advice from his ADHD Specialist Nurse (November 2025) and from the Child and Adolescent Mental Health Services (CAMHS) (December 2025).
- ADHD: Kyle takes a long-acting stimulant medicine each morning. His dose, height, weight, heart rate and blood pressure are checked every 6 months.
- Anxiety and low mood: CAMHS assessed Kyle on 8 December 2025 and found moderate anxiety, with panic attacks about twice a week, and low mood. He self-harmed once in October 2025. CAMHS recommended a course of cognitive behavioural therapy (a talking therapy that helps with anxious thoughts) and a safety plan shared with school.
==D
Kyle is a young carer. He helps look after his mum and his younger sister. A young carer's assessment was completed by Holmroyd Young Carers Service on 3 December 2025. It found that Kyle needs time away from caring, someone to talk to about his caring role, and support to manage his caring alongside his school work, especially in the mornings.
==E
@ E1 Homework and coursework
> By when: July 2026
> Outcome: Kyle will hand in at least 80% of his homework and all of his coursework sections on time, using his planner and his homework club time.
> How we will know: The school's online homework record, checked fortnightly by his mentor.
@ E2 Reading exam questions
> By when: July 2026
> Outcome: Kyle will read an exam-style question, highlight the key words and explain what it is asking, getting 8 out of 10 right.
> How we will know: A half-termly check by the reading intervention teacher.
@ E3 Staying in lessons
> By when: July 2026
> Outcome: Kyle will use his time-out card and return to the lesson within 10 minutes instead of walking out or arguing, with no more than 1 fixed-term suspension in the summer term 2026.
> How we will know: The school's behaviour records, reviewed by his head of year each half term.
@ E4 Maths
> By when: June 2026
> Outcome: Kyle will reach a grade 4 or above in his end-of-Year-10 maths assessment.
> How we will know: The end-of-year assessment, marked by his maths teacher.
==F
@ F1 Mentoring
> What: A weekly mentoring session to review his homework, behaviour points and planner, and to set targets for the week.
> How often and for how long: Weekly, 30 minutes, on Monday mornings.
> Group size: 1:1.
> Who: A learning mentor trained in supporting pupils with ADHD.
@ F2 Homework club
> What: A supervised homework club where Kyle can complete homework and coursework with adult help.
> How often and for how long: Tuesday and Thursday, 3.10pm to 4.10pm.
> Group size: A group of no more than 12, with 2 teaching assistants.
@ F3 Reading intervention
> What: A reading comprehension programme using exam-style questions and highlighting key words.
> How often and for how long: Three times a week, 25 minutes, for 12 weeks, then review.
> Group size: A group of 4.
> Who: An English teacher trained in the programme.
@ F4 Time-out card and classroom adaptations
> What: A time-out card to leave the classroom for 10 minutes and go to the learning support base; seating near the door; instructions written down. All teachers will definately follow Kyle's pupil profile, which the special educational needs co-ordinator (SENCO) updates at the begining of each term and which stays in place untill his next review.
> Who: All subject teachers.
@ F5 Late arrival
> What: Kyle is not given a detention for arriving late on the days he takes his sister to school. He goes straight to the learning support base and recieves a seperate sign-in at reception, arranged by his head of year.
@ F6 Maths catch-up
> What: Small-group maths teaching on the Year 10 topics Kyle has missed, with worked examples and exam-style practice.
> How often and for how long: Twice a week, 30 minutes, during tutor time, from February to June 2026.
> Group size: A group of no more than 5.
> Who: A higher level teaching assistant (HLTA) with a maths specialism.
@ F7 Exam access arrangements
> What: 25% extra time and a reader in all exams and mock exams.
> Arranged by: The SENCO and the exams officer.
==G
@ G1 ADHD medication review
> What: Review of Kyle's ADHD medicine, dose, height, weight, heart rate and blood pressure.
> How often and for how long: Every 6 months in a 30-minute clinic appointment.
> Who: ADHD Specialist Nurse, Holmroyd Child Development Centre.
! Health sign-off
The health provision in Section G was agreed by Mrs Rehana Bashir, Designated Clinical Officer, NHS Pennine Valleys Integrated Care Board, on 5 February 2026.
==H1
None. Kyle does not need provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.
==H2
@ H2.1 Young carers group
> What: Holmroyd Young Carers Service weekly group, with a young carers worker Kyle can talk to about his caring role.
> How often and for how long: Every Wednesday, 5pm to 7pm, term time, and 4 days of trips in each summer holiday.
> Who: Holmroyd Young Carers Service.
==I
Holmroyd Valley Academy (a mainstream secondary academy).
==J
No personal budget requested.
==K
| Advice and information | Given by | Date |
| Kyle's views | Kyle, at his annual review | 14 January 2026 |
| Parent's views | Kyle's mum (by phone) | 12 January 2026 |
| Educational advice (annual review report) | Mr Tom Sutcliffe, SENCO, Holmroyd Valley Academy | 7 January 2026 |
| Psychological advice | Dr Ben Gledhill, Educational Psychologist, Holmroyd Educational Psychology Service | 16 October 2025 |
| Medical advice (ADHD) | Ms Joanne Shaw, ADHD Specialist Nurse, Holmroyd Child Development Centre | 25 November 2025 |
| Mental health advice | Dr Naomi Feld, Clinical Psychologist, Holmroyd CAMHS | 15 December 2025 |
| Social care advice (young carer's assessment) | Ms Sophie Wood, Young Carers Worker, Holmroyd Young Carers Service | 3 December 2025 |
"""

PLANS = [
    dict(id='aj209', layout='shaded-heading-table', text=AJ209),
    dict(id='aj210', layout='bold-statutory', text=AJ210, bullet='o', sub_bullet='-'),
    dict(id='aj211', layout='heading2-numbered', text=AJ211),
    dict(id='aj212', layout='shaded-heading-table', text=AJ212),
]
