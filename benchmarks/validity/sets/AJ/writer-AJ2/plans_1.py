# Set AJ2 plans aj201-aj204 (Holmroyd Metropolitan Borough Council house style)

AJ201 = r"""
==FRONT
First name: Inaaya
Age: 1 year 11 months
School year: Early years (not yet of school age)
Languages used at home: Pahari (Mirpuri) and English
Date this plan was issued: 18 September 2026
Date of last annual review: Not applicable - this is Inaaya's first EHC plan. Because Inaaya is under five, it will be reviewed every six months (first review March 2027).
Plan written by: Early Years Special Educational Needs and Disabilities (SEND) Officer, Holmroyd SEND Assessment and Review Team
==A
### About Inaaya - what people like and admire about her
Inaaya is a smiley, sociable little girl who lives in Holmroyd with her mum, her dad, her older brother (aged 6) and her grandparents. Her family call her "the calm one in a busy house". She loves being cuddled by her dadi (grandmother), the sound of her brother laughing, bath time and the feel of warm water running over her hands. Everyone who works with Inaaya says she has a beautiful smile and that she lets you know very clearly when she is happy.
### How we found out what matters to Inaaya (observed by the people who know her best)
Inaaya does not use words or signs yet. Her views were gathered by her mum and dad, by her Portage home visitor (Portage is a home-visiting teaching service for young children with SEND) over four home visits between April and July 2026, and by her key person at nursery, who watched how she responds to people, sounds and activities. They noticed that:
- Inaaya goes still and turns her head when her mum sings to her in Pahari, and she smiles and kicks her legs when the song stops and starts again.
- She likes lying on the sensory mat under the light-up panel and reaches towards the lights with her right hand.
- She does not like loud, sudden noises or being moved quickly. She shows this by arching her back and crying.
- She is most settled after a feed, when she is well supported in her seat and can see a familiar face close to her.
From these observations, the people who know Inaaya best think she would tell us: "I like my family close to me, singing, warm water and lights. Please move me slowly and tell me what is going to happen before you do it."
### My family's views
Inaaya's mum and dad shared their views at home on 14 July 2026, with a Pahari interpreter:
"Inaaya has had a lot of hospital stays since she was four months old and we have learned a lot. We want people to see Inaaya, not just her seizures. We want her to be comfortable, to have fewer seizures and to enjoy being with other children. We worry about who will look after her at nursery if she has a seizure, and we want the staff to be trained properly. One day we would like her to go to the same school as her cousins if it is right for her, but we know she may need a special school."
Inaaya's dad added that the family would like letters in Urdu as well as English, and that it helps them when hospital and therapy appointments are arranged on the same day.
### Hopes and aspirations
- Inaaya's family hope she will be able to let them know what she wants, for example by looking at or reaching for a choice.
- They hope she will be able to sit with support and join in with other children at nursery.
- They want her to be healthy and comfortable, with her seizures as well controlled as possible, so that she can spend more time learning and less time in hospital.
- In the longer term they hope she will go to a school where she is happy and well cared for, and be part of family life, including weddings, Eid and trips to the park.
### Inaaya's story so far
Inaaya began having seizures when she was 10 weeks old. After tests at Leeds Children's Hospital she was diagnosed in December 2024 with CDKL5 deficiency disorder, a rare genetic condition that affects how the brain develops. It causes epilepsy that is hard to control, profound and multiple learning disabilities (PMLD), low muscle tone and cortical visual impairment (the eyes work, but the brain has difficulty making sense of what they see). Inaaya has had a gastrostomy (a feeding tube into her stomach) since March 2025. Portage has visited the family since May 2025, and Inaaya started at Brookfold Children's Centre Nursery for two mornings a week in April 2026.
==B
### Communication and interaction
! What Inaaya does well
Inaaya recognises her mum's and dad's voices and calms when they speak to her. She smiles at familiar songs and coos when she is content. She is beginning to expect parts of her routine: she goes still and looks up when she hears the splash of water before her bath.
! What Inaaya needs help with
Inaaya communicates through her body, her face and her sounds. She is at the very earliest stage of communication: she responds to people and events, but she does not yet make a deliberate request. She needs the adults around her to notice and respond to her signals in the same way every time, to use the same objects of reference (real objects that stand for an activity) and the same short phrases in English and Pahari, and to wait for up to 10 seconds for her to respond.
### Cognition and learning
! What Inaaya does well
Inaaya is curious about light, sound and texture. She explores a vibrating toy with her right hand, and she is starting to repeat a movement that makes something happen, such as patting a switch to make a light come on.
! What Inaaya needs help with
Inaaya has PMLD. She learns best through short, repeated activities that use touch, sound and light, offered when she is alert. Her learning is often interrupted by seizures and tiredness, so adults need to watch for her most alert times and plan her learning in very small steps. Her progress is best recorded using Routes for Learning, an assessment designed for children at the earliest stages of learning.
### Social, emotional and mental health
! What Inaaya does well
Inaaya enjoys being near other children and turns towards their voices. She is relaxed when she is held by familiar adults.
! What Inaaya needs help with
Inaaya becomes distressed when she is handled by someone she does not know or when a room is noisy. She needs one consistent key person at nursery who knows her signals and care plans well.
### Sensory and/or physical
! What Inaaya does well
Inaaya has good head control when her body is supported, and she can bring her right hand to the middle of her body to touch a toy.
! What Inaaya needs help with
Inaaya has low muscle tone. She cannot sit without full support and she needs her position changed every 30 to 40 minutes. Because of her cortical visual impairment she sees best when objects are bright and high-contrast (red, yellow or black and white), held to her right side, within about 30 centimetres of her face and against a plain background. She needs the nursery room and her activities adapted so that she can use the vision she has.
==C
Inaaya's health needs are described in the advice from her Consultant Community Paediatrician (June 2026), her Epilepsy Nurse Specialist (June 2026) and the Children's Community Nursing Team (May 2026).
- Epilepsy. Inaaya has seizures every day, usually 3 to 6 short spasms lasting less than a minute, and occasional longer stiffening (tonic) seizures. She takes anti-seizure medicines twice a day at home and has an individual epilepsy care plan, including rescue medication (buccal midazolam) for any seizure that lasts more than 5 minutes.
- Eating, drinking and nutrition. Inaaya has all of her milk feeds and medicines through her gastrostomy. It is not safe for her to eat or drink by mouth, apart from tiny tastes given as part of the mouth-care programme written by her speech and language therapist.
- Posture and movement. Inaaya's low muscle tone means she needs a 24-hour postural management programme to protect her hips and spine and to keep her comfortable.
- Inaaya's hearing is fine (her newborn hearing screen and a repeat test in January 2026 were both clear) and she has no skin problems, but she picks up chest infections easily after a cluster of seizures, so the adults caring for her need to know the early signs of a chest infection.
- Vision. Inaaya has cortical visual impairment (see Section B). Her eyes are checked by the hospital eye clinic; her functional vision for learning is supported through Section F.
==D
Inaaya's social care needs were assessed by the Holmroyd Children with Disabilities Team (social care assessment completed on 2 June 2026 by a social worker in the team).
Inaaya needs an adult with her at all times. Her parents give all of her personal care and her night-time care: she wakes 3 or 4 times most nights and needs turning and her feeding pump checking. Her grandparents help during the day, but they are not trained in her rescue medication. The assessment found that her parents are very tired and that the family needs planned breaks from caring so that they can spend time with Inaaya's brother and keep well themselves. Bathing Inaaya safely is becoming difficult as she grows.
Inaaya is not subject to a child in need or child protection plan; her needs are met through the disabled children's short breaks offer.
==E
Inaaya's outcomes are written for the next 12 months and will be checked at her six-monthly review in March 2027.
@ E1 Communication - letting people know "more"
> By when: September 2027
> Outcome: When an activity she enjoys stops (a song, a light or warm water), Inaaya will show she wants it again by stilling, smiling, vocalising or reaching.
> How we will know: Her key person records her response on her communication record; she responds in this way on 4 out of 5 occasions across a week, at nursery and at home.
> Builds on: her family's hope that Inaaya will let them know what she wants.
@ E2 Making a choice
> By when: March 2027 (first step); September 2027 (second step)
> Outcome: When two high-contrast objects are held to her right side, Inaaya will look at or reach towards one of them within 10 seconds.
> How we will know: By March 2027 she does this in 3 out of 5 sessions with her Portage home visitor; by September 2027 she does it in 4 out of 5 sessions with her key person at nursery, as recorded on her Routes for Learning record.
> Builds on: her family's hope that she will show what she wants by looking or reaching.
@ E3 Joining in with other children
> By when: September 2027
> Outcome: Inaaya will stay calm and alert in her supportive seat at the group table for a 10-minute song or sensory session with up to 4 other children.
> How we will know: Her key person records each session; Inaaya takes part without crying or arching on at least 3 nursery mornings out of 4.
> Builds on: her family's hope that she will join in and enjoy being with other children.
@ E4 Being comfortable
> By when: March 2027
> Outcome: Inaaya will accept her position changes and stretches at nursery without distress.
> How we will know: On her positioning chart, completed by nursery staff at every change, she is calm during at least 8 out of every 10 changes over a fortnight.
> Builds on: her family's wish for Inaaya to be healthy and comfortable.
@ E5 Using her vision
> By when: September 2027
> Outcome: Inaaya will follow a light-up or high-contrast toy with her eyes as it moves slowly from her right side to the middle, across about 30 centimetres.
> How we will know: The qualified teacher of children with vision impairment records this at each half-termly visit; Inaaya follows the toy on 3 out of 5 attempts at two visits in a row.
> Builds on: her family's hope that she will take part in learning and family life.
@ E6 Mouth care and tastes
> By when: March 2027
> Outcome: Inaaya will accept her mouth-care routine (toothbrushing and a taste on a swab, as set by her speech and language therapist) without gagging or crying.
> How we will know: Nursery staff and her parents record each routine on her mouth-care chart; she accepts it calmly on 4 out of 5 occasions.
> Builds on: her family's wish for Inaaya to be comfortable and healthy.
@ E7 Taking part safely with her epilepsy
> By when: September 2027
> Outcome: Inaaya will attend both of her nursery mornings in at least 3 weeks out of 4, with any seizures at nursery managed in the setting by trained staff following her care plan.
> How we will know: The nursery's attendance register and seizure record, checked by the nursery special educational needs co-ordinator (SENCO) each half term.
> Builds on: her family's wish for fewer seizures and more time learning rather than in hospital.
==F
@ F1 Key person and adult support at nursery
> What: A named key person who knows Inaaya's signals and care plans works with her throughout each nursery session, carries out her learning programme (F3 to F5) and her positioning and care routines, and keeps her communication, positioning and seizure records.
> How often and for how long: Every nursery session - Tuesday and Thursday, 9am to 12 noon, 38 weeks a year.
> Group size or ratio: 1:1.
> Who: A nursery practitioner qualified to Level 3 in early years, trained as set out in F6 and in Section G. A second trained member of staff covers breaks and absence.
> Outcomes: E1 to E7
@ F2 Portage home teaching
> What: Portage home teaching using small-step activity charts for early communication, choice-making and looking, with Inaaya's parents shown how to carry on each activity daily at home.
> How often and for how long: One home visit of 1 hour each week, 40 weeks a year. From March 2027, one visit each half term will take place at nursery instead, so that the Portage home visitor and the key person can plan together.
> Group size or ratio: 1:1 with Inaaya and a parent.
> Who: An accredited Portage home visitor, Holmroyd Early Years SEND Team.
> Outcomes: E1, E2, E5
@ F3 Communication programme
> What: An early communication programme using five objects of reference (for feed, change, song time, bath or water play, and going home) and the same short phrase in English and Pahari at each routine, with the adult waiting 10 seconds for Inaaya to respond and then responding to any signal she gives.
> How often and for how long: At every routine, every nursery session and at home daily.
> Group size or ratio: 1:1 with her key person or parent.
> Who: Written by a specialist speech and language therapist, Holmroyd Children's Therapy Service, who will model it to the key person and to Inaaya's parents in two visits of 1 hour in the autumn term 2026, and then review it with them in one visit of 1 hour each term.
> Outcomes: E1, E2
@ F4 Vision support
> What: A functional vision assessment and a vision programme (a 10-minute looking and reaching session using high-contrast and light-up objects, presented to Inaaya's right side against a plain black tray) carried out by the key person.
> How often and for how long: The session takes place once every nursery morning. A qualified teacher of children and young people with vision impairment (QTVI) visits nursery once each half term for 1 hour to assess, set targets and show the key person how to present objects, and writes a short report each term.
> Group size or ratio: 1:1.
> Who: QTVI, Holmroyd Sensory Support Service; sessions delivered by the key person.
> Outcomes: E2, E5
@ F5 Small-group song and sensory session
> What: A song and sensory session (songs with objects, lights and textures), with Inaaya in her supportive seat at the group table.
> How often and for how long: Every nursery morning, 10 minutes.
> Group size or ratio: A group of no more than 5 children with 2 adults, one of whom is Inaaya's key person.
> Who: Nursery practitioners, planned with the Specialist Early Years Teacher (F7).
> Outcomes: E3
@ F6 Staff training
> What: Training in early communication for children with PMLD (2 hours, September 2026, refresher September 2027) from the Specialist Early Years Teacher, and training in presenting objects for cortical visual impairment (1 hour, by October half term 2026) from the QTVI.
> Who attends: Inaaya's key person, the second trained member of staff and the nursery SENCO.
> Outcomes: E1, E2, E3, E5
@ F7 Specialist teacher support
> What: A Specialist Early Years Teacher from the Holmroyd Early Years SEND Team visits nursery to review Inaaya's learning plan and Routes for Learning record with her key person and the nursery SENCO, and attends her six-monthly reviews.
> How often and for how long: Once each half term for 1 hour.
> Outcomes: E1 to E5
@ F8 Equipment for learning
> What: A switch-operated light-up toy, a portable sensory light panel and a black high-contrast tray.
> Provided and maintained by: The Early Years SEND Team loan library; checked each half term by the nursery SENCO.
> Outcomes: E1, E2, E5
==G
@ G1 Epilepsy
> What: An individual epilepsy care plan, written and reviewed every 6 months by the Epilepsy Nurse Specialist, Holmroyd Children's Epilepsy Service. Rescue medication (buccal midazolam) is given when needed by trained staff, exactly as set out in the care plan (a seizure lasting more than 5 minutes).
> Training: The Epilepsy Nurse Specialist trains Inaaya's key person and two other nursery staff in recognising her seizures and giving buccal midazolam: a 2-hour session before the start of each autumn term and a 1-hour refresher every 6 months, with competency signed off.
> Medical review: The Consultant Community Paediatrician reviews Inaaya's seizures, medicines and growth in clinic every 4 months, working with the paediatric neurology team at Leeds Children's Hospital.
@ G2 Gastrostomy feeding and nutrition
> What: One bolus feed at nursery at 10am, given by the trained key person following the feeding plan.
> Training: A children's community nurse trains the key person and one other member of staff in gastrostomy care and feeding (2 hours, September 2026, then once a year) and signs off their competency.
> Review: A children's community nurse visits at home once a month for 30 minutes to check the stoma and feeding plan. The paediatric dietitian reviews Inaaya's feeding plan and growth every 3 months (30 minutes, clinic or home visit).
> Who: Children's Community Nursing Team and Paediatric Dietetics, Holmroyd Community Health Services.
@ G3 Eating, drinking and swallowing
> What: A mouth-care and tastes programme to keep Inaaya's mouth healthy and comfortable while she is fed by tube, written by a speech and language therapist specialising in eating, drinking and swallowing. The therapist reviews it every 8 weeks in a 45-minute home visit and sends the updated programme to nursery.
> Carried out by: Parents daily at home; the key person once each nursery session.
@ G4 Postural management and physiotherapy
> What: A 24-hour postural management programme (positions for sitting, lying and standing, changed every 30 to 40 minutes during the day).
> How often and for how long: A children's physiotherapist reviews the programme every 6 weeks in a 1-hour visit, alternating between home and nursery, and trains the key person (1 hour, September 2026, then each time the programme changes).
> Equipment: A supportive floor seat, a specialist buggy and, from 2 years old, a standing frame, assessed by the physiotherapist and provided and maintained by the Holmroyd Community Equipment Service.
@ G5 Chest care
> What: The signs of a chest infection and what to do are included in Inaaya's epilepsy care plan (G1); nursery staff tell her parents the same day if they notice any of them.
! Health sign-off
The health provision in Section G was reviewed and agreed by Dr Asma Iqbal, Designated Clinical Officer for SEND, NHS Pennine Valleys Integrated Care Board, on 9 September 2026.
==H1
@ H1.1 Short breaks at home
> What: A sitting service at home from a carer trained in Inaaya's epilepsy care and tube feeding (trained by the Children's Community Nursing Team), so that her parents can have a break.
> How much: 4 hours every fortnight.
> Provided by: Brightside Short Breaks Service, funded by the Holmroyd Children with Disabilities Team.
@ H1.2 Bathing adaptation
> What: A supportive bath seat, assessed by a social care occupational therapist from the Children with Disabilities Team on 20 August 2026 and provided and maintained by the Holmroyd Community Equipment Service.
==H2
@ H2.1 Support for the family
> What: A named social worker from the Children with Disabilities Team reviews the short breaks package with the family every 6 months, at the same time as Inaaya's EHC plan review.
> What: A parent carer needs assessment for Inaaya's mum and dad, booked for October 2026.
> What: Information about the Holmroyd Local Offer and the parent carer forum, given to the family in Urdu and English on 14 July 2026.
==I
Brookfold Children's Centre Nursery (a private, voluntary and independent early years setting), two mornings a week (Tuesday and Thursday, 9am to 12 noon), together with Portage home teaching (F2).
==J
The family did not ask for a personal budget. They were given information about personal budgets on 14 July 2026 and can ask for one at any review.
==K
| Advice and information | Given by | Date |
| Parents' views and advice (at home, with a Pahari interpreter) | Inaaya's mum and dad | 14 July 2026 |
| Educational advice | Mrs Rubina Akhtar, Portage Home Visitor, and Ms Claire Dyson, Specialist Early Years Teacher, Holmroyd Early Years SEND Team | 30 June 2026 |
| Educational advice (vision) | Mr Peter Hollins, Qualified Teacher of Children and Young People with Vision Impairment, Holmroyd Sensory Support Service | 11 June 2026 |
| Information from the nursery | Mrs Gemma Lord, SENCO, Brookfold Children's Centre Nursery | 1 July 2026 |
| Medical advice | Dr Helen Marsh, Consultant Community Paediatrician, Holmroyd Child Development Centre | 19 June 2026 |
| Epilepsy advice | Ms Nadia Hussain, Epilepsy Nurse Specialist, Holmroyd Children's Epilepsy Service | 2 June 2026 |
| Nursing and dietetic advice (joint report) | Ms Lisa Booth, Children's Community Nurse, and Ms Amina Rafiq, Paediatric Dietitian | 21 May 2026 |
| Speech and language therapy advice (communication, eating and drinking) | Ms Kate Whiteley, Specialist Speech and Language Therapist, Holmroyd Children's Therapy Service | 28 May 2026 |
| Physiotherapy advice | Mr Dan Firth, Children's Physiotherapist, Holmroyd Children's Therapy Service | 5 June 2026 |
| Psychological advice | Dr Sofia Mendes, Educational Psychologist, Holmroyd Educational Psychology Service | 24 June 2026 |
| Social care advice | Ms Joanne Pickles, Social Worker, Holmroyd Children with Disabilities Team | 2 June 2026 |
"""

AJ202 = r"""
==FRONT
First name: Maryam
Age: 14
School year: Year 9 (Key Stage 3)
Languages used at home: English, Urdu and Pahari
Date this plan was issued: 02/04/2026 (amended following annual review)
Date of last annual review: 05/03/2026
Plan written by: Special Educational Needs and Disabilities (SEND) Officer, Holmroyd SEND Assessment and Review Team
==A
### A1 About me
My name is Maryam and I am 14. I live with my mum, my dad and my two younger sisters. I go to Holmroyd Valley Academy and I am in Year 9. I love animals more than anything, especially our cat, Biscuit, and my uncle's rabbits. I watch vet programmes on television and I know the names of most dog breeds. I like drawing on my tablet, K-pop and going to the cinema with my cousins. People say I am funny, determined and a good friend.
### A2 How I communicate
I talk, but people who don't know me can find my speech hard to understand when I am tired, so I also use a communication app on my tablet. I like people to wait for me to finish and not to guess what I am going to say.
### A3 My views (written with my form tutor and read back to me, February 2026)
"The best thing about school is science and being with my friends at lunch. The worst thing is when people talk about me to my assistant instead of talking to me. I get tired by the afternoon because my legs and hands ache. I don't like it when I have to leave lessons early for the lift, because I miss the end of the lesson. I want to do my own work on my laptop, not have somebody write for me."
### A4 My hopes for the future
"I want to work with animals - I want to be a veterinary nurse. I want to go to college after Year 11 to do animal care. I want to be able to go into town with my friends on the bus without my mum, and one day I want to live in my own flat with a spare room for my cat."
### A5 My family's views
Maryam's mum and dad said at the annual review: "Maryam is very clever and stubborn in a good way. Her epilepsy is much better since she had the vagus nerve stimulator (VNS) fitted, and we want school to keep building her independence. We want her to be treated like the other girls in her year. We would like her to choose her options and think about college now, not at the last minute. We worry about how she will get around when she is older and whether she will be safe going out on her own."
### A6 My story
Maryam was born at 28 weeks and has cerebral palsy, which affects her legs more than her arms (spastic diplegia), and also affects the muscles she uses for speech. She uses a powered wheelchair around school and a walking frame for short distances at home. She developed epilepsy when she was 7. After several years of frequent seizures, a vagus nerve stimulator (a small device placed under the skin of her chest that sends regular signals to the brain to reduce seizures) was fitted at Manchester Children's Hospital in 2023. Maryam has had an EHC plan since Year 1 and moved to Holmroyd Valley Academy, a mainstream secondary school, in Year 7.
==B
### B1 Communication and interaction
! Strengths
Maryam understands everything that is said to her and has a wide vocabulary; her reading age is above her actual age. She is a confident user of her communication app and will use it without prompting when someone does not understand her. She has a close group of friends.
! Needs
Maryam has dysarthria (her speech is slurred because cerebral palsy affects the muscles of her mouth and face). Her speech is clear to familiar people in a quiet room but is hard to understand in a noisy classroom or when she is tired. She needs to be taught to use her app quickly enough to join in class discussion, and she needs adults to give her time to answer.
### B2 Cognition and learning
! Strengths
Maryam is working at the expected standard for her age in English and science and just below it in maths. She is a good problem solver and remembers facts well.
! Needs
Maryam's handwriting is slow and tiring and she cannot keep up with note-taking. She needs to touch-type her work and to use a laptop in all lessons. She finds multi-step calculations hard to set out because of her fine-motor difficulties and she needs adapted maths resources (squared paper templates on the laptop).
### B3 Social, emotional and mental health
! Strengths
Maryam is sociable, kind and has a good sense of humour. She speaks up for herself.
! Needs
Maryam becomes frustrated and upset when she is left out, or when adults speak for her. She is anxious about seizures happening in front of her friends. She needs adults to involve her in decisions about her support.
### B4 Sensory and/or physical
! Strengths
Maryam drives her powered wheelchair safely around school and is independent in moving between lessons using the lift.
! Needs
Maryam needs help with personal care (toileting) in a hygiene room with a hoist, and she needs a planned stretching and standing programme. She tires quickly and her hands become stiff by the afternoon. She needs extra time to move between lessons.
==C
Maryam's health needs are described in the advice from her Consultant Paediatrician (January 2026) and her children's physiotherapist (January 2026).
- Epilepsy: Maryam has focal seizures with impaired awareness, which are now less frequent (about 2 a month) since her vagus nerve stimulator was fitted. She takes anti-seizure medicine morning and evening at home. Staff can swipe a magnet over the stimulator to help stop a seizure.
- Cerebral palsy: stiffness in her legs and hands, which needs daily stretching, a standing programme and specialist equipment, including her powered wheelchair.
- Speech: dysarthria (see Section B).
==D
Maryam's social care needs were assessed by the Holmroyd Children with Disabilities Team on 22 January 2026. Maryam needs help from an adult with personal care, bathing and dressing at home. Her parents provide this, with help from a personal assistant funded by a direct payment. The assessment found that Maryam needs support to take part in activities with young people her own age outside school, because her family do not drive and the accessible bus is unreliable in the evenings. Maryam does not have a child in need or child protection plan.
==E
### E1 Outcomes for the next year
@ E1.1 Typing
> By when: March 2027
> Outcome: Maryam will touch-type her own class work on her laptop at 20 words per minute with no more than 3 errors per 100 words.
> How we will know: A typing check every half term by the occupational therapist, recorded on the typing tracker.
@ E1.2 Maths
> By when: July 2027
> Outcome: Maryam will set out and solve two-step written calculations on the laptop using her squared templates, getting 8 out of 10 correct.
> How we will know: Termly maths assessment marked by her maths teacher.
@ E1.3 Joining in class discussion
> By when: March 2027
> Outcome: Maryam will answer or ask a question in class discussion, using speech or her app, at least once in every English and science lesson.
> How we will know: Her teaching assistant keeps a tally for one week each half term; Maryam contributes in at least 9 out of 10 lessons.
@ E1.4 Speaking up for myself
> By when: July 2027
> Outcome: Maryam will tell a new adult (supply teacher or cover staff) what support she needs, using a one-page profile she has written herself.
> How we will know: The SENCO (special educational needs co-ordinator) checks with Maryam each half term; she has done this with at least 3 new adults by July 2027.
@ E1.5 Managing in the afternoons
> By when: March 2027
> Outcome: Maryam will complete her stretching routine and stay in afternoon lessons to the end of the lesson on 4 days out of 5.
> How we will know: Her teaching assistant records attendance to the end of each afternoon lesson; reviewed each half term by the SENCO.
@ E1.6 Getting back to learning after a seizure
> By when: March 2027
> Outcome: After a seizure in school, Maryam will return to her lesson within 30 minutes.
> How we will know: Trained staff record the time on her seizure log; Maryam returns within 30 minutes on at least 3 out of 4 occasions, reviewed each term by the SENCO and her parents.
==F
### F1 Communication and interaction
@ F1.1 Time to answer and adult practice
> What: All teachers and teaching assistants give Maryam at least 10 seconds to answer and speak directly to her, not through her assistant; this is set out in her one-page profile, which is shared with all staff each September and January by the SENCO.
> How often: Every lesson.
> Who: All staff; monitored by the SENCO through one learning walk each half term.
@ F1.2 Practice with the communication app
> What: Practice using pre-stored phrases and word prediction on her communication app, following the programme set by her speech and language therapist (G2).
> How often and for how long: 3 times a week, 10 minutes.
> Group size: 1:1.
> Who: Maryam's teaching assistant.
### F2 Cognition and learning
@ F2.1 Laptop and software
> What: A laptop with word prediction software, squared maths templates and the school's accessibility settings, for use in every lesson and in exams.
> Provided and maintained by: The school's IT technician; set up in September each year and checked each half term.
@ F2.2 Maths support
> What: Pre-teaching of the next maths topic using the laptop templates.
> How often and for how long: Twice weekly, 20 minutes, during form time.
> Group size: 1:1.
> Who: A higher level teaching assistant (HLTA) trained by the maths lead.
@ F2.3 Access arrangements
> What: 25% extra time, use of a laptop and rest breaks in all tests and exams.
> Arranged by: The SENCO and the exams officer, with evidence gathered by the SENCO each year.
@ F2.4 Touch-typing practice
> What: A touch-typing course on the laptop, set up by the occupational therapist (G3).
> How often and for how long: 4 times a week, 15 minutes, during registration.
> Group size: 1:1.
> Who: Maryam's teaching assistant.
### F3 Social, emotional and mental health
@ F3.1 Check-in with a trusted adult
> What: A check-in with her key adult to talk through the week and plan how Maryam will tell adults what she needs.
> How often and for how long: Weekly, 15 minutes, on Monday morning.
> Group size: 1:1.
> Who: Maryam's key adult, a teaching assistant with emotional literacy support assistant (ELSA) training.
### F4 Sensory and physical
@ F4.1 Adult support for physical needs
> What: Adult support to move between lessons safely, leave lessons 3 minutes early and carry out her stretching and standing programme written by her physiotherapist.
> How often and for how long: Stretching programme daily, 20 minutes, after lunch; support for moves between lessons throughout the day.
> Who: A teaching assistant trained by the physiotherapist (see G3).
@ F4.2 Personal care
> What: Help with toileting in the school hygiene room using the ceiling hoist, by two trained members of staff.
> How often: Three times a day (mid-morning, lunchtime and mid-afternoon), at times agreed with Maryam.
> Who: Two teaching assistants trained in moving and handling by the school's moving and handling trainer (3 hours, each September).
==G
@ G1 Epilepsy and vagus nerve stimulator
> What: An individual healthcare plan including Maryam's seizure plan and how to use the VNS magnet.
> Who and how often: The Epilepsy Nurse Specialist, Holmroyd Children's Epilepsy Service, reviews the plan every 12 months and trains 4 named school staff in the magnet swipe and seizure first aid (2 hours, every September).
> VNS check: The VNS team at Manchester Children's Hospital checks and adjusts the stimulator settings every 6 months in clinic.
> After a seizure: Maryam rests in the medical room with one of the 4 trained staff until she has recovered, then returns to her lesson with her teaching assistant; each seizure is recorded on her seizure log and shared with her parents the same day.
@ G2 Speech and language therapy
> What: A programme teaching Maryam to use her communication app quickly in class (using pre-stored phrases and word prediction) and exercises to make her speech clearer.
> How often and for how long: Six 45-minute 1:1 sessions in school each term with the speech and language therapist, who also writes the practice programme carried out by her teaching assistant (F1.2).
> Who: Specialist Speech and Language Therapist, Holmroyd Children's Therapy Service.
@ G3 Occupational therapy and physiotherapy
> What: Teaching Maryam to touch-type and to use the laptop with less effort (hand function and keyboard skills), setting up the typing course practised in F2.4, and a review of her classroom seating.
> How often: The occupational therapist visits school once a half term for 1 hour to review the typing programme and train her teaching assistant. The children's physiotherapist reviews her stretching and standing programme once a term (1 hour) in school.
> Who: Children's Occupational Therapist and Children's Physiotherapist, Holmroyd Children's Therapy Service.
@ G4 Wheelchair
> What: Powered wheelchair, reviewed every 12 months, with repairs made within 5 working days of a fault being reported.
> Who: Holmroyd Wheelchair Service.
! Health sign-off
The health provision in Section G was confirmed by Mrs Rehana Bashir, Designated Clinical Officer, NHS Pennine Valleys Integrated Care Board, on 27 March 2026.
==H1
@ H1.1 Personal assistant
> What: A direct payment to employ a personal assistant who helps Maryam with personal care at home and supports her to go to an inclusive youth club and to activities in the community.
> How much: 6 hours each week, 52 weeks a year.
> Arranged by: Holmroyd Children with Disabilities Team; reviewed every 6 months by Maryam's social worker.
==H2
No other social care provision is needed. The family have been given information about the Holmroyd Local Offer, including the Saturday inclusive youth club and the accessible transport scheme, at the annual review on 5 March 2026.
==I
Holmroyd Valley Academy (a mainstream secondary academy).
==J
A direct payment is made for the social care provision in H1 (6 hours of personal assistant support each week). There is no personal budget for special educational provision.
==K
| Advice and information | Given by | Date |
| Views of Maryam and her parents (annual review) | Maryam, her mum and dad | 5 March 2026 |
| Educational advice (annual review report) | Mr Tom Sutcliffe, SENCO, Holmroyd Valley Academy | 20 February 2026 |
| Psychological advice | Dr Aisha Qadir, Educational Psychologist, Holmroyd Educational Psychology Service | 12 December 2025 |
| Medical advice | Dr Simon Clegg, Consultant Paediatrician, Holmroyd General Hospital | 14 January 2026 |
| Speech and language therapy advice | Ms Emily Rhodes, Specialist Speech and Language Therapist, Holmroyd Children's Therapy Service | 9 February 2026 |
| Occupational therapy advice | Ms Sana Mir, Children's Occupational Therapist, Holmroyd Children's Therapy Service | 3 February 2026 |
| Physiotherapy advice | Mr Gareth Lumb, Children's Physiotherapist, Holmroyd Children's Therapy Service | 19 January 2026 |
| Social care advice | Ms Claire Haigh, Social Worker, Holmroyd Children with Disabilities Team | 22 January 2026 |
| Preparing for adulthood advice | Ms Parveen Akhtar, Careers Adviser (Level 6 Diploma in Career Guidance), Holmroyd Careers and Transitions Service | 26 February 2026 |
"""

AJ203 = r"""
==FRONT
First name: Hamza
Age: 7
School year: Year 3
Languages used at home: British Sign Language (BSL), Pahari and English
Date this plan was issued: 10 June 2026
Date of last annual review: 12 May 2026
Plan written by: Special Educational Needs and Disabilities (SEND) Officer, Holmroyd SEND Assessment and Review Team
==A
### About me
I am Hamza. I am 7 and I am in Year 3 at St Aidan's. I have two cochlear implants. My mum and my big brother are deaf too, so we sign at home. My dad and my nani (grandmother) speak Pahari and some English and they are learning to sign. I like football, Lego, drawing superheroes and swimming with my brother on Saturdays. My best friends are Ollie and Zayd; they are learning to sign with me in Signing Club.
### How my views were gathered
Hamza gave his views in British Sign Language (BSL) to Mrs Shazia Ali, the deaf instructor at St Aidan's Hearing Resource Base, on 5 May 2026. She translated them into English and read them back to him in BSL, and he agreed them. Hamza also chose photographs of the things he likes best at school.
### What I think
"I like school when I can see everybody's faces and the teacher signs or uses my radio aid. I don't like the hall at lunch because it is too loud and my implants make everything buzzy. I like it when Mrs Ali comes into my class. I don't like it when people talk to me with their back to me. I am good at maths and drawing. I want to be better at reading long books."
### My family's views
Hamza's mum (who is deaf) gave her views in BSL through an interpreter, and his dad gave his views in Pahari and English at the review meeting on 12 May 2026:
"Hamza is a happy, clever boy. We want him to be fully bilingual, in BSL and English, so that he is part of the deaf community and the hearing world. It matters to us that he has access to BSL at school every day, and that he keeps his Pahari words so he can talk with his nani. We want him to read well and to have good friends. We were worried about the move to Key Stage 2 but he has settled well."
### Hopes and aspirations
- Hamza says: "I want to be a footballer or a police officer. I want to read Harry Potter by myself."
- His family hope Hamza will read and write as well as other children his age, go to a mainstream secondary school with deaf support, and grow up confident in both BSL and English.
### My story
Hamza was born with a profound hearing loss in both ears, found by the newborn hearing screen. He had his first cochlear implant at 13 months and his second at 2 years. He has had support from the Holmroyd Sensory Support Service since he was a baby and joined St Aidan's Church of England Primary School, which has a Hearing Resource Base, in Reception.
==B
### Communication and interaction
! What Hamza does well
Hamza is a fluent BSL user for his age and signs confidently with deaf and hearing adults. With his implants he hears most speech in a quiet room and his spoken English is clear to people who know him. He is friendly and makes friends easily.
! What Hamza needs help with
Hamza's understanding of spoken English drops sharply in noise and in groups. His English vocabulary and grammar are about 18 months behind his age, measured by the specialist speech and language therapist in March 2026, and he needs teaching of new topic words in BSL and English before each new topic. He misses incidental language (what he overhears in class), so he needs information to be signed or written down.
### Cognition and learning
! What Hamza does well
Hamza is working at the expected standard in maths and is a keen, careful artist. He has a good memory for what he has seen.
! What Hamza needs help with
Hamza is working below the expected standard in reading and writing because of his delayed English. He decodes words well (his phonics check was passed in Year 1) but finds it hard to understand what he reads, especially questions that ask "why" or "how". He needs daily, targeted teaching of reading comprehension.
### Social, emotional and mental health
! What Hamza does well
Hamza is proud of being deaf and is a confident member of the Signing Club.
! What Hamza needs help with
Hamza can become upset and withdrawn in noisy, busy places such as the lunch hall and assemblies, and he sometimes misses what is happening in group play. He needs to be taught how to ask for repetition and how to manage noisy situations.
### Sensory and/or physical
! What Hamza does well
Hamza looks after his implant processors well and tells adults when a battery is flat.
! What Hamza needs help with
Hamza has a profound hearing loss and uses bilateral cochlear implants. He needs a radio aid in class, good lighting, seating where he can see faces and the interpreter, and a classroom with low background noise. Hamza has no difficulty with his eyesight, but he relies heavily on it, so he tires from watching signing and lip patterns all day and needs short visual breaks.
==C
Hamza's health needs relate to his hearing and are described in the advice from his Consultant Community Paediatrician (March 2026), the Pennine Auditory Implant Centre (February 2026) and Paediatric Audiology, Holmroyd General Hospital (January 2026).
- Hamza has a profound sensorineural hearing loss in both ears and has bilateral cochlear implants. The implant processors need to be programmed ("mapped") by the implant centre, and the equipment must be checked and repaired quickly if it fails.
- Hamza has occasional ear infections; these are treated by his family doctor (GP).
- Apart from his hearing, Hamza is fit and well. His vision was checked by the school nursing service in September 2025 and was normal.
==D
Hamza's social care needs were considered by the Holmroyd Children with Disabilities Team, whose social worker completed a social care assessment on 14 April 2026. The assessment found that Hamza has no social care needs arising from his deafness: his family meet all of his care needs, he takes part in out-of-school activities (swimming and a deaf children's football club) and the family did not ask for additional support. The family were given information about short breaks, the deaf children's society family events and BSL classes for family members on the Holmroyd Local Offer.
==E
@ E1 Understanding in class
> By when: July 2027 (end of Year 4)
> Outcome: Hamza will use and explain 20 new topic words each half term in BSL and in English.
> How we will know: His teacher of the deaf checks the words at the end of each topic and records them on his vocabulary tracker; Hamza can use and explain at least 16 of the 20.
> Builds on: his family's wish for Hamza to be bilingual in BSL and English.
@ E2 Reading for meaning
> By when: July 2027
> Outcome: Hamza will read a book at his reading level and answer "why" and "how" questions about it.
> How we will know: Termly reading assessment by the class teacher; Hamza answers 7 out of 10 comprehension questions correctly, including 3 "why" or "how" questions, by July 2027.
> Builds on: Hamza's wish to read Harry Potter by himself.
@ E3 Asking for help
> By when: March 2027
> Outcome: When Hamza has not heard or understood, he will ask for it to be repeated or signed, using a phrase he has chosen.
> How we will know: His teaching assistant records this on a tally over one week each half term; Hamza asks independently at least 5 times in the week.
> Builds on: his family's hope that he grows up confident in the hearing world.
@ E4 Lunchtimes and friendships
> By when: December 2026
> Outcome: Hamza will choose where to sit at lunch, either in the quiet dining area or in the main hall, and eat lunch with at least one friend.
> How we will know: Lunchtime staff record this daily for two weeks each half term; Hamza eats with a friend on at least 8 out of 10 days and tells his deaf instructor how lunch went.
> Builds on: his family's wish for him to have good friends.
@ E5 BSL certificate
> By when: July 2027
> Outcome: Hamza will gain the Level 1 certificate in British Sign Language for young learners, alongside the members of Signing Club.
> How we will know: The certificate is awarded by the exam board and recorded at his annual review.
> Builds on: his family's wish for Hamza to be part of the deaf community.
@ E6 Looking after his implants
> By when: March 2027
> Outcome: Hamza will check his processors and radio aid each morning and tell an adult if anything is not working.
> How we will know: His teaching assistant completes a daily check sheet with him; he does the check without prompting on at least 4 mornings out of 5 for two weeks each half term.
> Builds on: his family's hope that he will be independent and confident.
==F
@ F1 Teaching in the Hearing Resource Base
> What: Teaching of reading comprehension and English vocabulary and grammar, using BSL and English, following the programme written by the teacher of the deaf.
> How often and for how long: Daily, 30 minutes (Monday to Friday).
> Group size: A group of no more than 4 deaf pupils.
> Who: A qualified teacher of the deaf (QToD), Hearing Resource Base.
> Outcomes: E1, E2
@ F2 Pre-teaching of topic vocabulary
> What: New topic words for science, history and geography taught in BSL and English before the topic starts, with a picture and sign glossary for Hamza's topic book.
> How often and for how long: Three times per week for 20 minutes.
> Group size: 1:1 or a pair with another deaf pupil.
> Who: A teaching assistant with BSL Level 3, planned with the QToD.
> Outcomes: E1
@ F3 Communication support in class
> What: Communication support in English, maths and topic lessons, signing what the teacher says and what other pupils say, and checking Hamza's understanding.
> How often and for how long: 15 hours each week, in all English, maths and topic lessons.
> Group size: In class, with Hamza and the other deaf pupil in his class.
> Who: A communication support worker with BSL Level 3.
> Outcomes: E1, E2, E3
@ F4 Deaf instructor sessions
> What: Sessions with a deaf adult role model on deaf identity, BSL, and how to ask for repetition and manage noisy places (including a weekly walk-through of the lunch hall).
> How often and for how long: Once a week, 30 minutes.
> Group size: A group of no more than 3 deaf pupils.
> Who: The deaf instructor (BSL Level 6), Hearing Resource Base.
> Outcomes: E3, E4, E5
@ F5 Signing Club and BSL certificate
> What: A Signing Club for Hamza and hearing classmates, working towards the Level 1 certificate in British Sign Language for young learners.
> How often and for how long: Every Wednesday lunchtime, 30 minutes, 36 weeks a year.
> Group size: A group of no more than 8 pupils.
> Who: The deaf instructor; exam entry arranged by the QToD.
> Outcomes: E4, E5
@ F6 Speech and language therapy
> What: Therapy for spoken English vocabulary and grammar, and listening in noise, with targets shared with the QToD and carried into F1.
> How often and for how long: 1:1 with Hamza on six Tuesday mornings in the autumn term and six in the spring term (45 minutes each), then a summer-term review visit of 1 hour with the QToD and his parents.
> Who: A specialist speech and language therapist for deaf children, Holmroyd Children's Therapy Service.
> Outcomes: E1, E2
@ F7 Radio aid and listening environment
> What: A personal radio aid linked to both implant processors; acoustic treatment (carpet tiles and soft boards) in Hamza's classroom, and a quiet dining area at lunch.
> Provided and maintained by: The educational audiologist, Holmroyd Sensory Support Service, who checks the radio aid once each half term; daily checks by the teaching assistant (see E6). The quiet dining area is arranged by the school's SENCO (special educational needs co-ordinator).
> Outcomes: E3, E4, E6
@ F8 Visiting teacher of the deaf
> What: Advice to school staff, monitoring of Hamza's progress and listening, and a termly report to his family.
> How often and for how long: A visiting QToD from Holmroyd Sensory Support Service visits once each half term for 90 minutes.
> Outcomes: E1 to E6
@ F9 Staff deaf awareness training
> What: Deaf awareness training (including how to use the radio aid and how to work with a communication support worker).
> How often and for how long: One 1-hour session every September for all staff working with Hamza, led by the visiting QToD.
> Outcomes: E3, E4
@ F10 Access arrangements for tests
> What: A BSL interpreter or signed questions, 25% extra time and a separate quiet room in national curriculum tests and school tests.
> Arranged by: The SENCO, with the QToD.
> Outcomes: E2
==G
@ G1 Cochlear implant care
> What: Programming ("mapping") of both implant processors and a hearing check.
> How often and for how long: Every 12 months at the Pennine Auditory Implant Centre (half-day appointment), with extra appointments within 2 weeks if school or family report a change in Hamza's hearing.
> Who: Clinical scientists (audiology), Pennine Auditory Implant Centre.
@ G2 Implant centre outreach
> What: A school visit to check that the radio aid works with the implants and to advise staff on listening.
> How often and for how long: Once a year, 1 hour, in the autumn term.
> Who: Teacher of the deaf from the Pennine Auditory Implant Centre rehabilitation team.
@ G3 Repairs and spares
> What: Spare processor parts, batteries and a loan processor if one fails.
> Who provides: The Pennine Auditory Implant Centre, posting spares within 2 working days of a request.
@ G4 Audiology
> What: Hearing and middle-ear check.
> How often: Every 6 months at Paediatric Audiology, Holmroyd General Hospital.
! Health sign-off
The health provision in Section G has been agreed by Mrs Rehana Bashir, Designated Clinical Officer, NHS Pennine Valleys Integrated Care Board, on 3 June 2026.
==H1
None. Hamza has no social care needs that call for provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 (social care assessment, 14 April 2026).
==H2
None. The family were told about short breaks, family BSL classes and the deaf children's football club through the Holmroyd Local Offer (see Section D).
==I
St Aidan's Church of England Primary School (a maintained mainstream primary school), with a place in its Hearing Resource Base for deaf pupils.
==J
No personal budget was requested.
==K
| Advice and information | Given by | Date |
| Hamza's views (in BSL) | Hamza, with Mrs Shazia Ali, Deaf Instructor | 5 May 2026 |
| Parents' views | Hamza's mum (in BSL, through an interpreter) and dad | 12 May 2026 |
| Educational advice (annual review report) | Mrs Karen Sykes, SENCO, St Aidan's Church of England Primary School | 28 April 2026 |
| Educational advice (hearing impairment) | Ms Ruth Ingham, Qualified Teacher of the Deaf, Holmroyd Sensory Support Service | 22 April 2026 |
| Psychological advice | Dr Ben Gledhill, Educational Psychologist, Holmroyd Educational Psychology Service | 17 March 2026 |
| Medical advice | Dr Helen Marsh, Consultant Community Paediatrician, Holmroyd Child Development Centre | 2 March 2026 |
| Cochlear implant centre report | Mr Imran Sadiq, Clinical Scientist, Pennine Auditory Implant Centre | 9 February 2026 |
| Audiology report | Ms Jo Whitworth, Paediatric Audiologist, Holmroyd General Hospital | 20 January 2026 |
| Speech and language therapy advice | Ms Hannah Crowther, Specialist Speech and Language Therapist (deaf children), Holmroyd Children's Therapy Service | 11 March 2026 |
| Social care advice | Mr Adeel Rashid, Social Worker, Holmroyd Children with Disabilities Team | 14 April 2026 |
"""

AJ204 = r"""
==FRONT
First name: Tyler
Age: 9
School year: Year 5
Languages used at home: English
Date this plan was issued: 23rd October 2026
Date of last annual review: N/A - new plan
Plan written by: Special Educational Needs and Disabilities (SEND) Officer, Holmroyd SEND Assessment and Review Team
==A
### About Tyler
Tyler is a lively, kind boy who loves animals, cooking and football. He lives with his mum and his little sister, who is 4. At school he is known for being helpful: he likes jobs such as giving out the fruit and looking after the class fish. Staff describe him as funny and caring, especially towards younger children.
### Tyler's story
Tyler has been at Netherfold Primary School since Reception. He has moved house three times in the last four years. Since February 2026 Tyler and his sister have been on a child in need plan with Holmroyd Children's Social Care, following concerns about neglect at home (missed meals, poor school attendance and missed health appointments). His attendance has improved from 79% last year to 91% this term. School asked for an education, health and care (EHC) needs assessment in April 2026 because Tyler's learning and behaviour were not improving despite SEN support (the extra help school gives to pupils with special educational needs).
### What Tyler told us (with his emotional literacy support assistant, September 2026)
"I like school when I'm helping or doing cooking. I don't like writing because my hand hurts and I don't know what to put. Sometimes I get really angry and I don't know why, and then I get in trouble. I like Mrs Hirst because she lets me talk to her. I want more friends to play football with. I'd like to be a chef in a big restaurant or have my own cooking channel."
### What Tyler's mum told us
"Tyler is a good lad, he's just had a lot to deal with. I know things weren't right at home last year and I'm working on it. He struggles with reading and he gets frustrated, and then he kicks off. I want him to catch up with his reading and be able to go to high school without getting excluded. I want him to have proper friends."
### What school told us
Tyler's class teacher says that Tyler is at his best in practical lessons such as design and technology, science experiments and physical education, and that he is proud when he is given responsibility. He is much calmer on days when he has had breakfast club and when the day follows its usual pattern. He finds Monday mornings and the afternoons after lunchtime football hardest. School has used a reward chart, a quiet corner in class and daily reading with a volunteer during SEN support, and these helped for short periods.
### Hopes for the future
- Tyler would like to be a chef or to have his own cooking channel.
- Tyler's mum hopes that he will catch up with his reading, make friends and be ready for high school.
==B
### Communication and interaction
Tyler chats happily with adults he knows and has a good sense of humour. A speech and language therapist assessed Tyler in May 2026 and found that his understanding of spoken language is at the level expected of a 6-year-old and that his vocabulary is limited for his age. He often misunderstands instructions with more than two parts, and he does not know the meaning of many words used in lessons (for example "compare", "estimate" and "predict"). Adults sometimes think he is being defiant when he has not understood. He needs his language to be developed through specific teaching.
### Cognition and learning
Tyler is good at practical tasks and remembers how to do things once he has been shown. He is working about two years below the expected standard in reading and writing and about one year below in maths. He reads at a Year 2 level and finds it hard to spell common words. His working memory (holding information in mind while using it) is well below average, according to the educational psychologist's assessment in June 2026.
### Social, emotional and mental health
Tyler is caring and helpful and responds well to praise and to adults he trusts. He finds it very hard to manage strong feelings: when he is frustrated he shouts, throws equipment or leaves the classroom, about three times a week. He has had two fixed-term suspensions this year. He finds unstructured times such as lunchtime difficult and often falls out with other children over football. Tyler has experienced neglect and changes of home, and the educational psychologist describes him as often "on alert" and quick to feel that he is in trouble.
### Sensory and/or physical
Tyler has no sensory or physical needs. He says his hand hurts when he writes for a long time; his class teacher has noticed that he grips his pencil very tightly, and this will be looked at in school.
### Summary of the assessment
The educational psychologist, the speech and language therapist and school agree that Tyler's difficulties with learning, language and managing his feelings are linked. When Tyler does not understand what is being said or asked, he feels he is failing and in trouble, and this often leads to the outbursts described above. Adults who know him well have found that he responds best to calm, short instructions, a visual timetable, and being given a job to do.
==C
Tyler was seen by Dr Anjali Rao, Community Paediatrician, on 3 June 2026 as part of this assessment. His hearing and vision were tested in May 2026 and were normal, his growth is within the normal range, and the dental treatment he needed has now been completed. Dr Rao found no health needs that relate to Tyler's special educational needs.
==D
Tyler lives with his mum and his younger sister. There are no social care needs relating to his special educational needs.
==E
- By July 2027, Tyler will feel happier and more settled in school.
- Tyler will be more confident with his reading and writing, so that he can read recipes and write his own.
- Tyler will manage his emotions better in class and at lunchtime.
- By the end of Year 5, Tyler will have better friendships and get on well with other children at football.
- By July 2028, Tyler will be ready for his move to high school.
==F
! F1 Nurture
- Tyler will have access to the school's nurture group (the Nest) where possible.
- Regular check-ins with a trusted adult, Mrs Hirst, at the start of the day.
! F2 Literacy
- Small group phonics and reading support with a teaching assistant.
- Tyler should be given a word mat and writing frames in lessons.
- A reading intervention (Switch-On Reading) for 10 weeks, 1:1 with a trained teaching assistant.
! F3 Emotional support
- Emotional literacy support assistant (ELSA) sessions as appropriate.
- A calm space he can use when he is upset, with a timer, and a trusted adult to help him return to class.
- Support at lunchtime from a midday supervisor, who may organise a football game.
! F4 Whole-school
- Staff will use a trauma-informed approach with Tyler, following the school's relational behaviour policy.
- The educational psychologist will visit school once a term for one hour to review Tyler's progress with his class teacher and the special educational needs co-ordinator (SENCO).
! F5 Family support
- A family support worker from Holmroyd Children's Social Care will visit the family at home fortnightly to help Tyler's mum with morning routines and getting Tyler to school on time.
==G
None - see Section C. Health sign-off: there is no health provision in this plan; this was confirmed by Mrs Rehana Bashir, Designated Clinical Officer, NHS Pennine Valleys Integrated Care Board, on 14 October 2026.
==H1
None.
==H2
None.
==I
Netherfold Primary School (a maintained mainstream primary school).
==J
Not applicable.
==K
1. Tyler's views - gathered by Mrs Lisa Hirst, Emotional Literacy Support Assistant, Netherfold Primary School - 16 September 2026
2. Parent's views and advice - Tyler's mum - 21 September 2026
3. Educational advice - Mr Craig Oldroyd, SENCO, Netherfold Primary School - 8 June 2026
4. Psychological advice - Dr Fatima Zahoor, Educational Psychologist, Holmroyd Educational Psychology Service - 24 June 2026
5. Medical advice - Dr Anjali Rao, Community Paediatrician, Holmroyd Child Development Centre - 3 June 2026
6. Speech and language therapy assessment - Ms Chloe Barraclough, Speech and Language Therapist, Holmroyd Children's Therapy Service - 19 May 2026
"""

PLANS = [
    dict(id='aj201', layout='bold-statutory', text=AJ201, bullet='\u2022', sub_bullet='-'),
    dict(id='aj202', layout='heading2-numbered', text=AJ202),
    dict(id='aj203', layout='shaded-heading-table', text=AJ203),
    dict(id='aj204', layout='bold-statutory', text=AJ204, bullet='-', sub_bullet='o'),
]
