# bold-statutory layout plans (f101-f104)
BOLD = []

# ---------------- f101 SOUND: Year 9, Down syndrome, PfA ----------------
BOLD.append(dict(
file='f101.docx', bullet='\u2022', ebullet='-',
front=[('Name', 'Ellie'), ('NC year', 'Year 9'), ('Age', '14 years'),
       ('Education phase', 'Secondary (Key Stage 3)'),
       ('Type of plan', 'Amended plan following annual review'),
       ('Date of last annual review meeting', '23rd of June 2026'),
       ('Date this plan was issued', '14.07.2026'),
       ('Case officer', 'Marcia (SEND Case Officer, West Locality Team)')],
pop=[('About me', 'I am Ellie. I love dancing, baking and my dog Biscuit.'),
     ('My main needs', 'Learning and remembering new things, speech clarity, staying safe in the community.'),
     ('What I am working towards', 'Making a snack on my own, going to the shop with friends, getting ready for college.'),
     ('Key support', 'Small-group literacy and numeracy, speech and language therapy, travel training starting in Year 10.')],
A=[('What people like and admire about me', [
    'Ellie is warm, funny and kind. Her tutor says she is "the first to notice when someone is sad".',
    'She is a confident dancer and performed in the school show in front of 200 people.',
    'She works hard and keeps going when a task is tricky.']),
   ('What is important to me (Ellie told her key worker in a conversation using her picture book)', [
    '!"I like dancing with Mia and Chloe. I want to do baking at college."',
    '!"I want to go to the shop on my own, like my brother."',
    '!"I don\'t like it when it is loud in the dinner hall."']),
   ('What my family say', [
    'Mum and Dad are proud of how much Ellie has grown in confidence since Year 7.',
    'They would like her to become more independent at home and in the town, and to stay friends with the girls from her dance group.',
    'They worry about her safety with strangers and online.']),
   ('My hopes for the future', [
    'Ellie would like to go to college to learn catering and to work in a café.',
    'Her family hope she will live in supported accommodation near home when she is an adult.']),
   ('How best to support me', [
    'Show me and give me time; use pictures and Makaton signs with your words.',
    'Tell me what is happening next.',
    'Let me practise things lots of times.'])],
B=[('Cognition and learning', [
    'Ellie has Down syndrome and a moderate learning difficulty. Her strengths are visual memory and sight vocabulary: she reads about 120 familiar words and enjoys picture books with simple text.',
    'Her reading comprehension is around a 6-year level (assessed by the special educational needs co-ordinator (SENCo) in May 2026) and she adds and subtracts within 20 using a number line. She needs new learning broken into small steps with lots of repetition, and finds money and time difficult.']),
   ('Communication and interaction', [
    'Ellie understands everyday spoken language well when it is supported by pictures and signs. Her speech can be hard for unfamiliar people to understand, especially longer sentences. She uses Makaton (a signing system used with speech) confidently and is learning to repair a message when she is not understood.']),
   ('Social, emotional and mental health', [
    'Ellie has a close group of friends. She can become tearful and withdraw in noisy, crowded places such as the dinner hall and needs an adult to help her name the feeling and choose a calm space.']),
   ('Sensory and/or physical', [
    'Ellie has low muscle tone, which affects her handwriting and fine motor skills such as using a knife or doing up buttons. She has no difficulty walking and takes part in PE and dance fully.'])],
C=['Ellie has mild hearing loss in both ears (glue ear) and is reviewed by the Paediatric Audiology Service. She wears glasses for long sight. She has an underactive thyroid, controlled by daily medication taken at home, with blood tests once a year.',
   'Ellie\'s health needs were described by Dr Okafor, Community Paediatrician, in her report of 02.03.2026.'],
D=['Ellie lives with Mum, Dad and her older brother. The 0-25 Disability Team completed a social care assessment (Jan-26). Ellie needs adult support to stay safe in the community and to build independent living skills. The family have asked for support so that Ellie can take part in leisure activities with friends without a parent present.'],
E=[('Employment and education', [
    'By July 2027 (end of Year 10), Ellie will follow a simple picture recipe to make a cold snack (for example a sandwich) with no more than two adult prompts, on 4 out of 5 observed occasions, recorded by her food technology teacher. This builds on her wish to learn baking at college.',
    'By July 2027, Ellie will read and understand 30 new functional words (for example "exit", "push", "bus stop", "price") checked termly by the SENCo using her word list.']),
   ('Independent living', [
    'By July 2027, Ellie will pay for an item costing under £5 using coins and check her change with a calculator, in a shop with a familiar adult standing back, on 3 separate occasions logged by the travel trainer.']),
   ('Friends, relationships and community', [
    'By July 2027, Ellie will go with a friend to a community leisure activity of her choice (such as a dance class) with support from a personal assistant, at least twice a month, as recorded by the 0-25 Disability Team.',
    'By July 2027, when she is not understood, Ellie will say or sign her message in a different way on 3 out of 4 observed occasions, recorded by the speech and language therapist.',
    'By the end of Year 10, Ellie will tell a trusted adult about something online that worried her, shown by her naming 3 "safe adults" and 3 "unsafe situations" in her personal, social and health education (PSHE) assessment.']),
   ('Good health', [
    'By July 2027, Ellie will tell staff when she cannot hear in class by using her "help" card or sign, at least once a week, noted by her teaching assistant (TA) in the communication log.',
    'By July 2027, Ellie will put on her glasses at the start of each lesson without a reminder on 4 days out of 5, and at home will take her thyroid tablet each morning using a picture checklist, ticked by her parents for 4 weeks running.'])],
F_intro=['All staff who teach Ellie will know her one-page profile and use Makaton signs and visual support with speech in every lesson. The SENCo will check this each term. Teaching assistant (TA) means a member of school support staff working under the direction of the teacher.'],
F=[('Literacy: functional reading programme', 'TA (Level 3) trained in precision teaching', '4 x 20 min per week, 1:1', 'Throughout Year 10', 'SENCo, termly'),
   ('Numeracy: money and time programme', 'TA (Level 3)', '3 x 30 min per week, 1 adult : 3 pupils', 'Throughout Year 10', 'SENCo, termly'),
   ('Speech and language therapy: direct therapy on intelligibility and repairing messages', 'Speech and language therapist (SALT), Kingsmere Community Therapies', 'Once each half-term, 45 min, individually, plus a written programme for the TA', '12 months', 'SALT, at annual review'),
   ('Speech and language programme set by the SALT', 'TA trained by the SALT', '3 x 15 min per week, 1:1', '12 months', 'SALT, half-termly'),
   ('Food technology life-skills group (snack preparation)', 'Food technology teacher with TA', 'Weekly (50 mins), group of 6', 'Throughout Year 10', 'Class teacher, termly'),
   ('Travel and community skills training', 'Specialist teaching assistant (independence)', 'Weekly (60 mins), individually', 'Autumn and Spring terms of Year 10', 'SENCo, end of each term'),
   ('PSHE online safety sessions', 'PSHE teacher, whole-class with adult support', 'Weekly (50 mins)', 'One term', 'PSHE lead, end of unit'),
   ('Calm space and emotional check-in at lunchtime', 'Named TA', 'Daily, 10 minutes at the start of lunch', 'Ongoing', 'SENCo, termly'),
   ('Fine motor programme set by the occupational therapist (OT)', 'TA', '3 x 15 min per week, 1:1', 'Two terms, then reviewed', 'OT, at the end of two terms'),
   ('Sloping board and chunky pencil grips in lessons', 'Provided and maintained by the SENCo', 'Every lesson', 'Ongoing', 'SENCo, termly'),
   ('Hearing: sit near the front, away from noise; teacher checks understanding', 'All teaching staff', 'Every lesson', 'Ongoing', 'Sensory Support Service advisory teacher, termly')],
F_after=['September 2026 onwards: a careers adviser from the Kingsmere Careers Service will meet Ellie and her parents once a term (45 minutes) to plan college options, starting her transition plan.',
         'Ellie\'s preparing-for-adulthood progress will be reviewed at her Year 10 annual review.'],
G=['Paediatric Audiology Service (Kingsmere Children\'s Hospital): hearing test and review every 6 months; advice to school after each appointment.',
   'Community Paediatrician (Dr Okafor): annual review of growth, thyroid and general health, including a yearly blood test.',
   'Orthoptist / optometrist: eye examination once a year, arranged by the family through the hospital eye clinic.',
   '!Health sign-off: the health provision in this section was agreed by Sunita (Designated Clinical Officer, Kingsmere Integrated Care Board) on 7 July 2026.'],
H1=['Personal assistant support for community and leisure activities: 6 hours per fortnight, funded by the 0-25 Disability Team under section 2 of the Chronically Sick and Disabled Persons Act 1970.',
    'Overnight short breaks were considered and the family do not want them at present; this will be looked at again at the next review.'],
H2=['Ellie\'s family can attend the 0-25 Disability Team\'s parent workshop on online safety (one 2-hour session each term).'],
I=['Harbour Lane Academy (mainstream secondary academy) including a place in the school\'s Learning Support Base.'],
J=['Direct payment of £1,080 a year to the family to employ the personal assistant named in Section H1. Managed by the family with support from the Direct Payments Team.'],
K=[('Parent advice and Ellie\'s views (All About Me booklet)', 'Parents and Ellie, supported by her key worker', '12 June 2026'),
   ('Educational advice (annual review report)', 'SENCo, Harbour Lane Academy', '16 June 2026'),
   ('Educational psychology advice', 'Dr Lewis, Educational Psychologist', '20 February 2026'),
   ('Medical advice', 'Dr Okafor, Community Paediatrician', '02.03.2026'),
   ('Audiology report', 'Paediatric Audiology Service', '10 April 2026'),
   ('Hearing support advice', 'Qualified teacher of the deaf (QToD), Sensory Support Service', '28 April 2026'),
   ('Speech and language therapy advice', 'Jo, Speech and Language Therapist, Kingsmere Community Therapies', '11 March 2026'),
   ('Occupational therapy advice', 'Paediatric OT Service', '25 March 2026'),
   ('Eye clinic letter (orthoptist)', 'Orthoptist, Kingsmere Children\'s Hospital eye clinic', '18 February 2026'),
   ('Social care advice', 'Hannah, Social Worker, 0-25 Disability Team', '19 January 2026'),
   ('Preparing for adulthood advice', 'Kingsmere Careers Service, personal adviser', '9 June 2026')],
sign=['Signed on behalf of Kingsmere City Council by Marcia, SEND Case Officer. Date: 14.07.2026'],
))

# ---------------- f102 FAIL: Year 10 autism, CP plan untraced, vague F, no PfA, literacy gap ----------------
BOLD.append(dict(
file='f102.docx', bullet='-', ebullet='o',
front=[('Child\'s first name', 'Callum'), ('Year group', 'Year 10'), ('Age', '15'),
       ('School', 'St Aidan\'s Catholic High School'),
       ('Plan status', 'Final plan (annual review amendment)'),
       ('Date of last review', '3rd of March 2026'),
       ('Date issued', '20 April 2026')],
pop=[('About me', 'Callum, 15. Loves history, war films and drawing maps.'),
     ('Needs', 'Autism, anxiety, reading.'),
     ('Working towards', 'Coping in busier lessons and getting his GCSEs.'),
     ('Support', 'Mentoring, social communication work, exam arrangements.')],
A=[('What people like and admire about me', [
    'Callum has an excellent memory for facts and dates and is the "go-to" person in his history class.',
    'He is honest and loyal, and looks out for younger pupils on the bus.',
    'His art teacher describes his detailed maps as "exceptional".']),
   ('What is important to me (Callum\'s own words, written with his mentor)', [
    '!"I want to be left alone when I get stressed, not crowded."',
    '!"I like history because it is facts. I want to work in a museum one day."',
    '!"Loud classrooms make my head hurt."']),
   ('What my family say', [
    'Callum\'s Nan, who he lives with most of the week, says he has become more anxious since starting Year 10 and sometimes refuses to get on the bus.',
    'She would like him to get his GCSEs and go to sixth form.']),
   ('How best to support me', [
    'Give me warning of changes.',
    'Let me use my exit card without asking questions.',
    'Write instructions down.'])],
B=[('Communication and interaction', [
    'Callum has a diagnosis of autism spectrum condition (ASC), made in 2019. He communicates fluently and has a wide vocabulary but takes language literally and finds group work and unstructured times difficult. He can misread others\' intentions, which has led to fallings-out.']),
   ('Cognition and learning', [
    'Callum is predicted grades 5-6 in history and geography. His reading age is 10 years 2 months (school test, February 2026). He reads slowly, decodes longer words with difficulty and avoids reading aloud; the educational psychologist recommends a structured reading intervention. His spelling is inconsistent.']),
   ('Social, emotional and mental health', [
    'Callum\'s anxiety has increased this year. He has had 11 days of absence since September and two incidents of leaving a lesson without permission. He is open with his mentor about how he is feeling.'])],
C=['Callum was seen by the Child and Adolescent Mental Health Service (CAMHS) neurodevelopmental team for his autism diagnosis. He has no other health needs. His GP confirmed this in a letter dated 12 February 2026.'],
D=['Callum is currently subject to a child protection plan (category: neglect) and has an allocated social worker. He lives with his Nan for most of the week and spends weekends at his mother\'s home.'],
E=[('Outcomes for Key Stage 4', [
    'By the end of Year 11, Callum will achieve at least a grade 5 in GCSE history and geography, as measured by his mock and final exam results.',
    'By July 2027, Callum will work in a group task in 4 out of 5 lessons without leaving the room, recorded by class teachers on his monitoring sheet.',
    'By February 2027, Callum will use his exit card and return to the lesson within 10 minutes on 8 out of 10 occasions, logged by his mentor.',
    'By July 2027, Callum\'s attendance will be 95% or above, as measured by school attendance records.'])],
F=[('Mentoring session with learning mentor (anxiety and planning the week), agreed with the special educational needs co-ordinator (SENCo)', 'Learning mentor (trained in ELSA - emotional literacy support)', 'Weekly (30 mins), 1:1', 'Year 10', 'SENCo, termly'),
   ('Social communication group', 'Specialist teaching assistant', 'Regular sessions as appropriate', 'Year 10', 'SENCo'),
   ('Exit card and quiet room (Base 2)', 'All staff; room supervised by the pastoral teaching assistant', 'Available every lesson', 'Ongoing', 'Head of Year, half-termly'),
   ('Advisory visit from the Autism Outreach Team to advise staff', 'Autism Outreach Team teacher', 'Twice termly, 1 hour', 'Year 10', 'SENCo'),
   ('Separate small room and supervised rest breaks for internal and external exams', 'Applied for and arranged by the Exams Officer', 'All exams', 'Key Stage 4', 'Exams Officer, each exam season')],
F_after=['Callum should have opportunities to practise social skills at break and lunchtime where possible.',
         'Staff will give written instructions and warn Callum of changes to the timetable at least a day in advance.'],
G=['No health provision is required.'],
H1=['None.'],
H2=['None.'],
I=['St Aidan\'s Catholic High School (mainstream, 11-16).'],
J=['No personal budget has been requested.'],
K=[('Views of Callum and his Nan', 'Callum and his Nan, at the review meeting', '3 March 2026'),
   ('Educational advice and annual review report', 'SENCo, St Aidan\'s Catholic High School', '24 February 2026'),
   ('Educational psychology advice', 'Dr Freeman, Educational Psychologist', '14 November 2025'),
   ('Medical advice', 'Dr Reilly, GP', '12 February 2026'),
   ('Autism Outreach Team advice', 'Advisory teacher, Autism Outreach Team', '30 January 2026')],
sign=['Issued by: Kingsmere City Council SEND Service, 20 April 2026.'],
))

# ---------------- f103 FAIL: Year 4, SLD + epilepsy unmet; unmeasurable outcome; spelling/grammar; readability ----------------
BOLD.append(dict(
file='f103.docx', bullet='\u2022', ebullet='o',
front=[('Name', 'Ruby'), ('NC year group', 'Year 4'), ('Age', '8 years 9 months'),
       ('Setting', 'Oakfield Primary School (additionally resourced provision)'),
       ('Date of issue of this plan', 'Sep-26 (issued 18 September 2026)'),
       ('Next review due', 'By September 2027')],
pop=[('About me', 'Ruby loves music, swings and the class guinea pig.'),
     ('Needs', 'Severe learning difficulty, communication, epilepsy.'),
     ('Working towards', 'Using symbols to ask for things, counting, joining in with friends.'),
     ('Support', 'Small class, speech and language programme, sensory breaks.')],
A=[('What people like and admire about me', [
    'Ruby has an infectious laugh and lights up the classroom when music is played.',
    'She is determined and will keep trying to reach a toy she wants.',
    'She is very affectionate with her little brother.']),
   ('What is important to me (gathered by her class teacher through observation and her choices on a symbol board)', [
    'Ruby chooses music and the swing when offered choices, and reaches for the guinea pig picture every morning.',
    'She shows she is unhappy by pushing things away and covering her ears in noisy rooms.']),
   ('What my family say', [
    'Ruby\'s parents want her to be able to tell them what she wants so she gets less frustrated. They hope she will have friends and go to a special school later where she is happy.',
    'They told us they are worried about her seizures and about her safty at school.']),
   ('How best to support me', [
    'It is of paramount importance that practitioners facilitate the consistent deployment of a total communication environment, incorporating objects of reference, symbol-based augmentative and alternative communication modalities and intensive interaction methodologies, so as to maximise Ruby\'s engagement across all contexts of the curriculum.'])],
B=[('Communication and interaction', [
    'Ruby has a severe learning difficulty. She uses around 10 single words and some Makaton signs, and understands simple instructions in familiar routines. She is beginning to use a symbol board to make choices between two items.']),
   ('Cognition and learning', [
    'Ruby is working at the early engagement steps of the school\'s pre-key stage assessment. She can match objects, and counts to 3 with adult support. She needs learning to be practical and repeated many times, she learn best in the morning.']),
   ('Social, emotional and mental health', [
    'Ruby enjoys being with adults and is starting to notice other children. When she is frustrated or overwhelmed she can push or throw objects; this happens more when she is tired after a seizure.']),
   ('Sensory and/or physical', [
    'Ruby seeks movement and deep pressure and benefits from sensory breaks. She walks independently but tires quickly and needs a buggy for longer trips out of school.'])],
C=['Ruby has epilepsy (generalised seizures), diagnosed in 2023, for which she takes medication twice a day at home. She has had seizures in school about twice a month this year, some lasting more than 5 minutes. She has emergency medication prescribed.',
   'Ruby has no other diagnosed health needs.'],
D=['The 0-25 Disability Team assessed Ruby\'s needs in March 2026. Her parents care for her well but need breaks, as Ruby sleeps poorly and needs constant supervision.'],
E=[('Employment and education', [
    'By July 2027, Ruby will use her symbol board to request an object or activity from a choice of 4, on 8 out of 10 opportunities across a week, as recorded by her class teacher.',
    'By July 2027, Ruby will count 5 objects with one-to-one correspondence on 3 separate days, recorded in her learning journal.']),
   ('Independent living', [
    'Subsequent to the consolidation of her pre-requisite fine motor competencies within a structured and differentiated learning context, by July 2027 Ruby will demonstrate the capacity to independently remove and replace her coat and shoes on 4 out of 5 consecutive observed occasions, as recorded by classroom personnel.']),
   ('Friends, relationships and community', [
    'By July 2027, Ruby will take turns with a peer in a simple game for 3 turns each, with one adult prompt, on 3 occasions in a half-term, noted by her teaching assistant (TA).']),
   ('Good health', [
    'By July 2027, Ruby will be happier and more settled at school.'])],
F_intro=['Ruby will be taught in a class of 8 pupils with a teacher and two teaching assistants (TAs) in the additionally resourced provision. Her provision is overseen by the special educational needs co-ordinator (SENCo).'],
F=[('Symbol-based communication programme (PECS - a picture exchange system)', 'TA trained in PECS', 'Daily, 2 x 15 min, 1:1', '12 months', 'Class teacher, termly'),
   ('Speech and language therapy: assessment, target setting and training for staff', 'Speech and language therapist (SALT), Kingsmere Community Therapies', 'Once every half-term, 1 hour', '12 months', 'SALT, annually'),
   ('Practical numeracy: counting and matching', 'Class teacher with TA, group of 3', '4 x 20 min per week', '12 months', 'Class teacher, termly'),
   ('Sensory circuit', 'TA trained by the occupational therapist (OT)', 'Each morning at registration, 15 minutes, individually', 'Ongoing', 'OT, twice a year'),
   ('Dressing skills programme', 'TA', '3 x 10 min per week, 1:1, before playtime', '2 terms', 'Class teacher, termly'),
   ('Turn-taking games group', 'TA (Level 3)', 'Twice weekly, 20 mins, group of 3', '12 months', 'Class teacher, termly'),
   ('Adult supervision at all times, including at play and lunch', 'Named TA', 'Whole school day', 'Ongoing', 'SENCo, termly')],
F_after=['Ruby will recieve a home-school diary, filled in each day by her class TA, so that her parents know how her day has gone.',
         'Staff will use seperate quiet area when Ruby is over-whelmed; the special educational needs co-ordinator (SENCo) will make sure it is set up.'],
G=['Children\'s Community Nursing Team: annual review of Ruby\'s sleep and advice to parents on a sleep routine.',
   'Health sign-off: agreed by Kareem (Designated Clinical Officer, Kingsmere Integrated Care Board), 11th of September 2026.'],
H1=['Short breaks: Ruby will attend the Rainbow House overnight short break unit for one night per month (12 nights a year), commissioned by the 0-25 Disability Team.',
    'A sitting service for 3 hours each fortnight so Ruby\'s parents can spend time with her brother.'],
H2=['Ruby\'s parents have been offered a place on the "Sleep Well" parenting course run by Early Help (6 weekly sessions).'],
I=['Oakfield Primary School, additionally resourced provision for pupils with complex learning needs.'],
J=['The family receive a direct payment for the sitting service in H1 (£900 per year).'],
K=[('Parents\' views', 'Ruby\'s parents, at home visit with case officer', '2 June 2026'),
   ('Educational advice', 'Class teacher and SENCo, Oakfield Primary School', '10 June 2026'),
   ('Educational psychology advice', 'Dr Amin, Educational Psychologist', '14 April 2026'),
   ('Medical advice', 'Dr Grant, Consultant Paediatric Neurologist', '22 May 2026'),
   ('Children\'s Community Nursing advice', 'Community nurse, Children\'s Community Nursing Team', '5 May 2026'),
   ('Speech and language therapy advice', 'Speech and Language Therapist, Kingsmere Community Therapies', '8 May 2026'),
   ('Social care advice', 'Social worker, 0-25 Disability Team', '27 March 2026')],
sign=['Signed: Priya, SEND Case Officer, Kingsmere City Council. 18.09.2026'],
))

# ---------------- f104 SOUND: post-19, vision impairment ----------------
BOLD.append(dict(
file='f104.docx', bullet='o', ebullet='\u2022',
front=[('Young person', 'Nathan'), ('Age', '20'), ('Phase', 'Post-19 (further education)'),
       ('Current course', 'Year 2 of 3, Supported Employment Pathway, Kingsmere College'),
       ('Date of most recent annual review', '14th of October 2026'),
       ('Date this amended plan was issued', '5 November 2026')],
pop=[('About me', 'I am Nathan. I like radio, football commentary and computers.'),
     ('My needs', 'I am blind in one eye and have very low vision in the other. I have a learning difficulty.'),
     ('What I am working towards', 'A job in an office or a radio station, travelling on my own, living with friends.'),
     ('Support', 'Specialist vision support, mobility training, work placement with a job coach.')],
A=[('What people like and admire about me', [
    'Nathan is chatty, polite and has a great sense of humour.',
    'He knows every football result from the last ten seasons.',
    'He is a skilled user of his screen reader and helps other students with technology.']),
   ('What is important to me (in my own words, recorded by my tutor)', [
    '!"I want to get a proper job and get paid. I like being on the radio at college."',
    '!"I want to go into town without my mum."',
    '!"I want to live with my mates one day, not in a care home."']),
   ('What my family say', [
    'Nathan\'s mum wants him to be as independent as possible and to have a job he enjoys. She worries about him crossing busy roads.']),
   ('How best to support me', [
    'Tell me who you are when you speak to me.',
    'Give me documents in large print (size 36) or electronically so my screen reader can read them.',
    'Do not move my things without telling me.'])],
B=[('Cognition and learning', [
    'Nathan has a moderate learning difficulty. He reads Braille at Grade 1 and uses a screen reader well. He has achieved Entry Level 3 in English and Entry Level 2 in maths. He needs information broken into steps and time to process it.']),
   ('Communication and interaction', [
    'Nathan is a confident speaker. He can miss non-verbal cues such as facial expressions, which sometimes makes conversations at work harder.']),
   ('Sensory and/or physical', [
    'Nathan has optic nerve hypoplasia: no useful sight in the right eye and very low vision in the left. He uses a long cane and is working on new routes with a habilitation officer.'])],
C=['Nathan\'s vision is monitored by the hospital eye service. He has no other health needs. This was confirmed by his GP in a letter of 3 August 2026.'],
D=['The 0-25 Disability Team (adults) assessed Nathan under the Care Act 2014 in July 2026. He needs support to travel safely, to manage money and to develop cooking skills before moving into supported living.'],
E=[('Employment', [
    'By July 2027, Nathan will complete a 10-week unpaid work placement (2 days a week) at the community radio station and gain a positive written reference from his placement supervisor.',
    'By July 2027, Nathan will be awarded the Entry Level 3 Functional Skills certificate in maths.']),
   ('Independent living', [
    'By July 2027, Nathan will make a hot meal using a talking scale and tactile markers, with no more than one verbal prompt, on 3 occasions, recorded by his independence tutor.']),
   ('Friends, relationships and community', [
    'By March 2027, Nathan will access the community independently by travelling from home to college by bus using his cane, on 5 out of 5 days for two weeks running, signed off by the habilitation officer.']),
   ('Good health', [
    'By July 2027, Nathan will book and attend his own eye clinic appointment, with his mum only as back-up, as confirmed at his annual review.'])],
F_intro=['Nathan will be taught in a class of 10 students on the Supported Employment Pathway, 4 days per week (30 weeks a year), with a tutor and a learning support assistant (LSA).'],
F=[('Vision support: adapting course materials into Braille and electronic format', 'Qualified teacher of the visually impaired (QTVI), Sensory Support Service', 'Fortnightly visit, 1 hour', 'Academic year', 'QTVI, termly'),
   ('Habilitation (mobility and independence) training for new routes', 'Habilitation officer, Sensory Support Service', 'Weekly (60 mins), individually', 'Autumn and Spring terms', 'Habilitation officer, end of each term'),
   ('Job coaching at work placement', 'Job coach (supported employment)', '2 days a week, 1:1 for the first 4 weeks, then fading to half a day', '10 weeks', 'Job coach and tutor, week 5 and week 10'),
   ('Conversation skills at work: reading tone of voice and taking turns', 'Course tutor', 'Weekly (30 mins), group of 4', 'Academic year', 'Tutor, termly'),
   ('Functional skills maths', 'Maths tutor', '2 x 1 hour per week, group of 6', 'Academic year', 'Tutor, termly'),
   ('Independent cooking sessions', 'Independence tutor', 'Weekly (90 mins), 1 adult : 3 students', 'Academic year', 'Tutor, termly'),
   ('Laptop with JAWS screen reader and a Braille display', 'Set up and maintained by the college assistive technology officer', 'Every session', 'Ongoing', 'Assistive technology officer, each term'),
   ('25% extra time and a reader for Functional Skills tests', 'Arranged by the college exams officer', 'All tests', 'Academic year', 'Exams officer')],
F_after=['Staff on the course will receive a 2-hour visual impairment awareness session from the QTVI at the start of the academic year.'],
G=['Hospital Eye Service, Kingsmere Royal Infirmary: ophthalmology review once a year.',
   '!Health sign-off: the health content of this plan was checked and agreed by Liam, Designated Clinical Officer (Kingsmere ICB), on 29 October 2026.'],
H1=['Travel buddy (personal assistant) to support Nathan to practise weekend bus journeys: 4 hours per week, provided through the 0-25 Disability Team, until he is signed off as independent on his routes.'],
H2=['Care Act support plan: a support worker from Kingsmere Supported Living will give Nathan 2 hours per week of help with budgeting, shopping and booking his own appointments, in preparation for a move to supported living.'],
I=['Kingsmere College (general further education college), Supported Employment Pathway.'],
J=['Personal budget for the travel buddy in H1 taken as a direct payment (£2,400 a year), managed by Nathan with help from his mum.'],
K=[('Views of Nathan and his mum', 'Nathan and his mum', '14 October 2026'),
   ('Educational advice (college review report)', 'Course tutor, Kingsmere College', '30 September 2026'),
   ('Qualified teacher of the visually impaired advice', 'QTVI, Sensory Support Service', '22 September 2026'),
   ('Educational psychology advice', 'Dr Nwosu, Educational Psychologist', '11 December 2025'),
   ('Medical advice', 'Dr Hale, GP; ophthalmology clinic letter attached', '3 August 2026'),
   ('Social care advice (Care Act assessment)', '0-25 Disability Team social worker', '18 July 2026'),
   ('Preparing for adulthood and employment advice', 'Supported employment job coach, Kingsmere College', '2 October 2026')],
sign=['Plan issued by Kingsmere City Council SEND Service on 5 November 2026 (case officer: Tom).'],
))
