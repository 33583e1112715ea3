# national-template layout plans (f109-f112)
NAT = []

W = 'Withheld (anonymised copy)'
BASE = dict(preferred_name='', sex='', ethnicity='', parent_1_email=W, parent_1_telephone_number=W,
            parent_1_home_address=W, parent_2_email=W, parent_2_telephone_number=W,
            parent_2_home_address_if_different_to_parent_or_carer_1='', nhs_number_if_available=W,
            is_there_a_one_page_profile_received_append='Yes - summarised in A2 below')


def areas(v, key, strengths, rows):
    v[key + '_strengths'] = strengths
    for i, (n, p, o) in enumerate(rows, 1):
        v['%s_need_%d' % (key, i)] = n; v['%s_provision_%d' % (key, i)] = p; v['%s_outcome_%d' % (key, i)] = o


def none_area(v, key):
    v[key + '_strengths'] = 'No special educational needs have been identified in this area.'


# ---------------- f109 SOUND: age 3, non-verbal, global developmental delay ----------------
v = dict(BASE)
v.update(name='Ollie', preferred_name='Ollie', date_of_birth=W + ' - age 3 years 4 months', sex='Male', ethnicity='White British',
 child_or_young_person_first_language='English (Ollie does not yet use words)', parent_or_carer_first_language='English',
 parent_1_name='Gemma', parent_1_relationship='Mum', parent_2_name='Dan', parent_2_relationship='Dad',
 education_setting='Brook Street Nursery School (maintained nursery school), 5 mornings a week',
 gp_and_key_health_professional_where_applicable='Dr Mistry, Community Paediatrician; Paediatric Physiotherapy Service',
 known_to_social_care='Yes - 0-25 Disability Team (short breaks)',
 other_professionals_involved_with_this_childyoung_personfamily='Early Years SEND Advisory Teacher; Speech and Language Therapist; Portage home visitor',
 currently_a_looked_after_child='No', has_been_a_looked_after_child='No',
 history='Ollie was born at 30 weeks and spent 6 weeks in the neonatal unit. He has global developmental delay (he is learning and developing more slowly than other children in all areas). He walked at 2 years 6 months. Ollie was supported at home by Portage (a home-visiting education service) from 14 months, and started nursery in January 2026.',
 communication='Ollie communicates through vocalising, reaching, leading adults by the hand and looking at what he wants. He is beginning to use 3 Makaton signs ("more", "finished", "drink").',
 child_views='What Ollie tells us through play and signs (gathered by his key person, Sam, over 3 weeks of observation in nursery, with photos): Ollie shows us he is happiest in the water tray and on the trampoline; he laughs and signs "more". He brings Sam the bubbles pot to ask for bubbles. He pushes away toys that make loud noises and goes to the book corner when the room gets busy.',
 family_views='Gemma and Dan say Ollie is a loving, determined little boy who has come so far. They want him to be able to tell them what he wants and to make friends. They would like him to go to the same primary school as his cousin if he can be well supported there.',
 interests='Water play, bubbles, the trampoline, lift-the-flap books, Dad\'s guitar.',
 strengths='Ollie is sociable with adults he knows and gives lots of eye contact and smiles. He is a good imitator of actions. He is curious and will keep trying to open a box to get a toy. He now walks independently and climbs the small steps in the garden.',
 aspirations='Now: to let people know what he wants and to play alongside other children. Future: his parents hope he will go to his local primary school, have friends, and be as independent as possible.')
areas(v, 'communication_interaction', 'Ollie is a keen communicator who uses eye contact, gesture and 3 signs.', [
 ('Ollie does not yet use words. He understands some single words in routines (for example "coat", "snack") but not instructions out of routine.',
  'Speech and language therapist (SALT), Kingsmere Community Therapies: visit to nursery once each half-term, 1 hour, to model and set targets, and to train his key person. Key person delivers the SALT programme daily, 2 x 10 minutes, 1:1.',
  'By March 2027, Ollie will use 10 signs, symbols or words to ask for things, recorded by his key person on his communication log.'),
 ('Ollie is beginning to make choices but needs them offered in a way he can see.',
  'Objects of reference and photo choice boards for snack and play, made and kept up to date by his key person. Used at every snack and choosing time.',
  'By March 2027, Ollie will choose between 2 photos at snack time by reaching or pointing, on 4 out of 5 days, recorded by his key person.')])
areas(v, 'cognition_learning', 'Ollie enjoys cause-and-effect toys and remembers where favourite toys are kept.', [
 ('Ollie is working within the early developmental steps of the Early Years Foundation Stage (EYFS) in all areas. He explores toys by mouthing and banging and is starting to use simple cause-and-effect toys.',
  'Individual play sessions using Ollie\'s interests (water, bubbles) to teach turn-taking and cause and effect, led by his key person (Level 3 early years practitioner), daily, 15 minutes, 1:1. Early Years SEND Advisory Teacher visits twice termly (1 hour) to set targets with staff.',
  'By March 2027, Ollie will take 3 turns in a simple game with an adult (for example rolling a ball), on 3 days in a week, observed and recorded by his key person.')])
areas(v, 'semh', 'Ollie is affectionate and settles well with familiar adults.', [
 ('Ollie becomes upset in busy, noisy rooms and at changes such as tidy-up time.',
  'A "now and next" photo strip and a warning song before each change, used by all nursery staff at every transition. When Ollie covers his ears or cries in a busy room, his key person takes him to the quiet book corner for 5 minutes of shared book time, then back to play.',
  'By March 2027, Ollie will move from play to snack time using his "now and next" photos, without becoming distressed, on 4 out of 5 days, recorded by his key person.')])
areas(v, 'sensory_physical', 'Ollie walks on his own and loves climbing.', [
 ('Ollie has low muscle tone and is unsteady on uneven ground. His hand skills are early: he grasps with his whole hand.',
  'Physiotherapy programme (balance and climbing) set by the paediatric physiotherapist and carried out by his key person in the nursery garden, 3 x 15 minutes a week, 1:1. Fine motor play (posting, pegs, play dough) daily, 10 minutes, 1:1 or in a pair, key person.',
  'By March 2027, Ollie will walk across the nursery garden (grass and paving) without falling, on 5 occasions in a half-term, recorded by his key person.')])
v['health_care_strengths'] = 'Ollie is generally well and eating a good range of food.'
v.update(health_care_need_1='Low muscle tone and delayed motor skills (see sensory and physical).',
 health_care_provision_1='Paediatric Physiotherapy Service: assessment and review in nursery every 12 weeks (45 minutes), with an updated programme for nursery and home.',
 health_care_outcome_1='By March 2027, Ollie will walk across the nursery garden without falling (as above).',
 health_care_need_2='Prematurity: growth and development are monitored.',
 health_care_provision_2='Dr Mistry, Community Paediatrician: review every 6 months in clinic.',
 health_care_outcome_2='By March 2027, Ollie\'s weight and height will stay on or above his current centile line, checked by Dr Mistry at each 6-monthly clinic review.')
v['social_care_strengths'] = 'Ollie\'s parents know him well and care for him very well.'
v.update(social_care_need_1='Ollie needs constant supervision and wakes often at night. His parents need short breaks to care for him and his older sister.',
 h1_provision_1='Short breaks: Ollie will attend the 0-25 Disability Team\'s "Little Stars" Saturday club, 3 hours each fortnight, with 1:1 staff.',
 h2_provision_1='The family have been linked to the Family Hub for a sleep support group (6 weekly sessions).',
 social_care_outcome_1='By March 2027, Ollie will take part in the Saturday club activities with 1:1 support for the full 3 hours on 4 out of 5 visits, recorded by the club leader.')
NAT.append(dict(file='f109.docx', vals=v,
 top=['Date this plan was issued: 9th of October 2026',
      'Plan type: Final plan (first plan). Early years: to be reviewed within 6 months (by April 2027).',
      'Education phase: Early years (pre-school), age 3',
      '*Plan on a page',
      'About me: I am Ollie. I love water, bubbles and bouncing. I show you what I want by taking your hand.',
      'What I am working towards: letting people know what I want, taking turns, walking on grass without falling.',
      'My key support: my key person every day, a speech and language therapist and physiotherapist, a Saturday club.'],
 after_G=['Health sign-off: the health provision in this plan was agreed on 2 October 2026 by Sunita, Designated Clinical Officer (DCO), Kingsmere Integrated Care Board.'],
 I=['Brook Street Nursery School', 'Maintained nursery school, 15 hours per week'],
 J=['No personal budget requested at this time.', 'Not applicable.'],
 K=[(1, 'Parent views (Gemma and Dan)', '2 August 2026', 'Parents, with the case officer', 'YES'),
    (2, 'Educational advice', '14 August 2026', 'Key person and SENCo (special educational needs co-ordinator), Brook Street Nursery School; Early Years SEND Advisory Teacher', 'YES'),
    (3, 'Speech and language therapy advice', '5 August 2026', 'Speech and Language Therapist, Kingsmere Community Therapies', 'YES'),
    (4, None, '20 August 2026', 'Dr Mistry, Community Paediatrician; Paediatric Physiotherapist (report 11 August 2026)', 'YES'),
    (5, None, '27 August 2026', 'Dr Carter, Educational Psychologist', 'YES'),
    (6, None, '18 August 2026', 'Social worker, 0-25 Disability Team', 'YES')],
 K_delete=[8],
 sign=['Grace, SEND Case Officer', 'Signed electronically', '09/10/2026']))

# ---------------- f110 FAIL: Year 11 cerebral palsy, looked after; gastrostomy unmet; no aspirations; vague G ----------------
v = dict(BASE)
v.update(name='Jordan', preferred_name='Jordan', date_of_birth=W + ' - NC Year 11', sex='Male', ethnicity='Mixed White and Black Caribbean',
 child_or_young_person_first_language='English', parent_or_carer_first_language='English',
 parent_1_name='Karen', parent_1_relationship='Foster carer', parent_2_name='', parent_2_relationship='',
 education_setting='Brookfield School (special school for pupils with physical disabilities, 11-19)',
 gp_and_key_health_professional_where_applicable='Dr Ahmed, GP; Community Paediatrician; Paediatric Physiotherapy; Dietetics',
 known_to_social_care='Yes',
 other_professionals_involved_with_this_childyoung_personfamily='Occupational therapist; wheelchair service',
 currently_a_looked_after_child='Yes', has_been_a_looked_after_child='Yes - since 2019',
 history='Jordan has cerebral palsy (a condition affecting movement and muscle control) affecting all four limbs. He uses a powered wheelchair and has a gastrostomy (a feeding tube into his stomach). He has attended Brookfield School since Year 7. He has lived with his foster carer Karen since 2019.',
 communication='Jordan speaks in short sentences; his speech is slow but clear to people who know him. He also uses an eye-gaze communication aid for longer messages.',
 child_views='Jordan told his tutor (using his eye-gaze device): "I like school because of my friends. I want more time on the computer. I hate it when my chair is broken and I have to wait."',
 family_views='Karen says Jordan is funny and determined and has grown up a lot this year. She is happy with his progress at Brookfield.',
 interests='Gaming, football (he supports Aston Villa), music production on the computer.',
 strengths='Jordan is witty and popular. He is skilled at using technology, including switch access for gaming and music software. He works hard and is predicted Entry Level 3 in English and maths.',
 aspirations='To be discussed at the next review.')
areas(v, 'communication_interaction', 'Jordan is a confident communicator with people who know him.', [
 ('Jordan\'s speech is slow and tiring and is not always understood by unfamiliar people. He needs his eye-gaze device for longer messages and schoolwork.',
  'Speech and language therapist (SALT): direct sessions on using his eye-gaze device in new situations, weekly (40 mins), individually, for 12 weeks then reviewed. Eye-gaze device maintained and updated by the school\'s assistive technology technician.',
  'By July 2027, Jordan will use his eye-gaze device to order food and ask a question at a café, on 3 community visits, recorded by his TA (teaching assistant).')])
areas(v, 'cognition_learning', 'Jordan has a good memory and enjoys computing.', [
 ('Jordan is working at Entry Level 2-3 in English and maths. He writes using switch access, which is slow.',
  'English and maths in a class of 8 with a teacher and 2 TAs, daily (1 hour each). Predictive text software on his laptop, set up by the assistive technology technician. 25% extra time and a scribe in exams, applied for by the exams officer.',
  'By July 2027, Jordan will achieve Entry Level 3 Functional Skills in English and maths.'),
 ('Jordan needs to learn work skills for college.',
  'Work experience in the school office, 1 afternoon per week (2 hours), supported 1:1 by a TA, for the Spring term.',
  'By July 2027, Jordan will complete 10 afternoons of work experience and receive a positive report from the school office manager.')])
areas(v, 'semh', 'Jordan has a strong friendship group.', [
 ('Jordan can become low in mood when his equipment fails and he has to wait for help, and worries about leaving school.',
  'Weekly 30-minute session with the school counsellor, individually, for the Autumn term, then reviewed. Transition plan meetings with the careers adviser once a term (45 minutes).',
  'By February 2027, Jordan will name his college choice and visit it twice, recorded in his transition plan.')])
areas(v, 'sensory_physical', 'Jordan drives his powered wheelchair safely around school.', [
 ('Jordan needs help with all personal care and with transfers using a hoist, and has limited hand control.',
  'Two trained staff for all hoisted transfers and personal care (about 4 times a day), following his moving and handling plan. Hand skills programme from the occupational therapist (OT), delivered by a TA, 3 x 15 minutes a week.',
  'By July 2027, Jordan will direct staff in the steps of his own personal care routine, telling them what to do next, on 4 out of 5 occasions, recorded by his key TA.')])
v['health_care_strengths'] = 'Jordan is well and has had no hospital admissions this year.'
v.update(health_care_need_1='Cerebral palsy with tight muscles in his legs and arms, at risk of contractures (muscles becoming permanently shortened).',
 health_care_provision_1='Physiotherapy input as needed.',
 health_care_outcome_1='By July 2027, Jordan will complete his standing frame routine for 30 minutes on 4 days a week, recorded on his physio chart.',
 health_care_need_2='Gastrostomy: Jordan has all his lunchtime feed and fluids through his gastrostomy, and needs his site checked daily.',
 health_care_provision_2='',
 health_care_outcome_2='By July 2027, Jordan will tell staff when he is hungry or thirsty, or when his tube site is sore, using his device, on 4 days out of 5, recorded on his daily feeding chart.')
v['social_care_strengths'] = 'Jordan has a stable and loving foster home.'
v.update(social_care_need_1='Jordan\'s care needs are met by his foster carer at home. He would like to go out with friends without his carer.',
 h1_provision_1='Personal assistant for community activities with friends, 4 hours per week, through the 0-25 Disability Team.',
 h2_provision_1='Transition to adult social care: Care Act assessment to start by September 2027.',
 social_care_outcome_1='By July 2027, Jordan will go to a football match or the cinema with friends and his personal assistant once a month, recorded by the 0-25 Disability Team.')
NAT.append(dict(file='f110.docx', vals=v,
 top=['National Curriculum year: Year 11 (age 16)',
      'Date of last annual review: 16th of June 2026',
      'Date amended plan issued: 24.07.2026',
      '*Plan on a page',
      'About me: Jordan, 16. Gaming, football and making music.',
      'Main needs: physical disability (cerebral palsy), communication, learning.',
      'Working towards: functional skills, using my eye-gaze device in the community, choosing a college.'],
 after_G=['Health sign-off: health provision agreed by Kareem, Designated Clinical Officer, Kingsmere Integrated Care Board, 14 July 2026.'],
 I=['Brookfield School', 'Special school (physical disabilities), 11-19'],
 J=['Direct payment for the personal assistant in H1 (£3,600 a year)', 'Managed by Karen (foster carer) with the Direct Payments Team'],
 K=[(1, 'Jordan\'s views and his foster carer\'s views', '16 June 2026', 'Jordan and Karen, at the annual review', 'YES'),
    (2, 'Educational advice (annual review report)', '2 June 2026', 'Class teacher, Brookfield School', 'YES'),
    (3, 'Occupational therapy and speech and language therapy advice', '20 May 2026', 'Brookfield School therapy team (OT and SALT)', 'YES'),
    (4, None, '12 May 2026', 'Dr Ahmed, GP, and Paediatric Physiotherapy Service', 'YES'),
    (5, None, '7 April 2026', 'Dr Fox, Educational Psychologist', 'YES'),
    (6, None, '29 May 2026', 'Social worker, 0-25 Disability Team', 'YES'),
    (8, None, '10 June 2026', 'Careers adviser, Kingsmere Careers Service', 'YES')],
 K_delete=[9, 7],
 sign=['Priya, SEND Case Officer', 'Signed electronically', '24/07/2026']))

# ---------------- f111 FAIL: Year 3 autism + EAL; D "N/A"; no DCO sign-off; short breaks in F; unquantified group ----------------
v = dict(BASE)
v.update(name='Zofia', preferred_name='Zosia', date_of_birth=W + ' - NC Year 3', sex='Female', ethnicity='White Polish',
 child_or_young_person_first_language='Polish (learning English)', parent_or_carer_first_language='Polish',
 parent_1_name='Marta', parent_1_relationship='Mum', parent_2_name='Piotr', parent_2_relationship='Dad',
 education_setting='Greenhill Primary School (mainstream)',
 gp_and_key_health_professional_where_applicable='Dr Singh, Community Paediatrician',
 known_to_social_care='No',
 other_professionals_involved_with_this_childyoung_personfamily='Autism Outreach Team; Educational Psychologist; EAL (English as an additional language) Service',
 currently_a_looked_after_child='No', has_been_a_looked_after_child='No',
 history='Zosia moved to England from Poland with her parents in 2023. She was diagnosed with autism by the community paediatrician in January 2026. She joined Greenhill Primary in Year 1.',
 communication='Zosia speaks Polish at home in full sentences and uses single English words and short phrases at school. She uses a visual timetable and "help" card.',
 child_views='Zosia told her teaching assistant, with a Polish-speaking interpreter and pictures: "I like drawing cats. I like Maja. I don\'t like the hand dryer, it is too loud. I want to be a vet."',
 family_views='Marta and Piotr want Zosia to learn English, to have a friend to play with and to be calm at school. They want her to keep her Polish too.',
 interests='Cats, drawing, jigsaws, swimming with Dad.',
 strengths='Zosia has excellent visual memory and can complete 100-piece jigsaws. She is very good at maths for her age and reads Polish fluently. She is gentle and caring with her friend Maja.',
 aspirations='Zosia wants to be a vet. Her parents hope she will go to university and have friends.')
areas(v, 'communication_interaction', 'Zosia is bilingual and a strong visual learner.', [
 ('Zosia has autism. She finds it hard to join in with group conversations and play, and to understand what others are thinking. She is also at an early stage of learning English.',
  'A weekly social communication group.',
  'By July 2027, Zosia will start and keep up a conversation with a peer for 3 turns each, in English or Polish, on 3 occasions in a half-term, observed by her teaching assistant (TA).'),
 ('Zosia needs to learn classroom English vocabulary.',
  'Pre-teaching of key English words for each topic with pictures, 1:1 with a bilingual teaching assistant (TA), Tuesdays and Fridays, 20 minutes each time.',
  'By July 2027, Zosia will use 50 new topic words correctly in English, checked each half-term by her class teacher against her word list.')])
none_area(v, 'cognition_learning')
v['cognition_learning_strengths'] = 'Zosia is working at the expected standard in maths and is making good progress in reading in English. No special educational needs have been identified in this area.'
areas(v, 'semh', 'Zosia has a good friendship with Maja.', [
 ('Zosia becomes very anxious at changes and in loud places such as assembly and the toilets, and sometimes hides under tables.',
  'Zones of Regulation (a programme to help children recognise and manage their feelings), 1:1 with a trained TA, 3 x 15 minutes per week. Ear defenders provided by the SENCo (special educational needs co-ordinator), kept in her drawer.\nZosia will attend a Saturday short-breaks club at Kingsmere Leisure Centre, 3 hours each fortnight, funded by the 0-25 Disability Team.',
  'By July 2027, Zosia will stay in assembly for the whole 15 minutes, wearing her ear defenders, on 4 out of 5 days, recorded by her TA.')])
areas(v, 'sensory_physical', 'Zosia is physically active and loves swimming.', [
 ('Zosia is very sensitive to noise and some textures.',
  'Sensory diet planned by the occupational therapist (OT), carried out by a TA: each morning at registration (10 minutes) and after lunch (10 minutes), individually. OT visit twice termly, 1 hour, to review.',
  'By July 2027, Zosia will use the toilets with her ear defenders on 5 days out of 5, without hiding, recorded by her TA.')])
v['health_care_strengths'] = 'Zosia is healthy and enjoys swimming.'
v.update(health_care_need_1='Autism (diagnosed January 2026). Zosia is a very limited eater (6 foods) and her growth needs monitoring.',
 health_care_provision_1='Dr Singh, Community Paediatrician: review of growth and eating every 6 months. Advice to school and home on introducing new foods is given at each review.',
 health_care_outcome_1='By July 2027, Zosia will try one new food at school lunch each week, recorded by her lunchtime TA.')
v['social_care_strengths'] = ''
v.update(social_care_need_1='N/A', h1_provision_1='N/A', h2_provision_1='N/A', social_care_outcome_1='')
NAT.append(dict(file='f111.docx', vals=v,
 top=['Date of issue: 03.02.2026',
      'Year group: Year 3. Key Stage 2.',
      'Plan status: Final',
      '*Plan on a page',
      'About me: Zosia, 7. I love cats, drawing and jigsaws.',
      'My needs: autism; learning English; noise.',
      'My support: teaching assistant help, sensory breaks, English words practice.'],
 after_G=[],
 I=['Greenhill Primary School', 'Mainstream primary school'],
 J=['None requested', 'Not applicable'],
 K=[(1, 'Parents\' views and Zosia\'s views (with interpreter)', '10 November 2025', 'Marta and Piotr; Zosia with her TA', 'YES'),
    (2, 'Educational advice', '14 November 2025', 'SENCo and class teacher, Greenhill Primary School', 'YES'),
    (3, 'Autism Outreach Team and OT advice', '21 November 2025', 'Advisory teacher, Autism Outreach Team; Paediatric OT', 'YES'),
    (4, None, '12 January 2026', 'Dr Singh, Community Paediatrician', 'YES'),
    (5, None, '1 December 2025', 'Dr Patel, Educational Psychologist', 'YES'),
    (6, None, '28 November 2025', 'Duty social worker, 0-25 Disability Team (screening: no role)', 'YES')],
 K_delete=[],
 sign=['Tom, SEND Case Officer', 'Signed electronically', '03/02/2026']))

# ---------------- f112 SOUND: Year 6, ADHD + asthma ----------------
v = dict(BASE)
v.update(name='Theo', preferred_name='Theo', date_of_birth=W + ' - NC Year 6', sex='Male', ethnicity='White British',
 child_or_young_person_first_language='English', parent_or_carer_first_language='English',
 parent_1_name='Lisa', parent_1_relationship='Mum', parent_2_name='', parent_2_relationship='',
 education_setting='Hillcrest Primary School (mainstream)',
 gp_and_key_health_professional_where_applicable='Dr Evans, Community Paediatrician (ADHD clinic); school nurse',
 known_to_social_care='No',
 other_professionals_involved_with_this_childyoung_personfamily='Educational Psychologist; Behaviour Support Team',
 currently_a_looked_after_child='No', has_been_a_looked_after_child='No',
 history='Theo was diagnosed with attention deficit hyperactivity disorder (ADHD) in 2023 and has asthma. He has had an EHC plan since Year 4. He will move to secondary school in September 2027.',
 communication='Theo is chatty and articulate. He speaks quickly and can talk over others when excited.',
 child_views='In Theo\'s own words (written with his key adult): "I\'m good at football and making people laugh. I want to be a PE teacher or a YouTuber. I get told off for moving but my body needs to move. I\'m worried about big school because it\'s massive."',
 family_views='Lisa says Theo is kind and full of energy. She wants him to go to Kingsmere Academy with his friends and be ready for it, and to keep playing football, which is "the best thing for him".',
 interests='Football, making videos, Lego, his dog Bruno.',
 strengths='Theo is a talented footballer and a natural leader on the pitch. He is creative and funny, good at explaining his ideas out loud, and his maths is at the expected standard. He is a helpful playground buddy for younger children.',
 aspirations='Now: to go to Kingsmere Academy with his friends and get into the school football team. Future: to be a PE teacher.')
none_area(v, 'communication_interaction')
areas(v, 'cognition_learning', 'Theo is at the expected standard in maths and has good ideas for writing.', [
 ('Theo finds it hard to keep his attention on a task for more than 5 minutes, so his written work is short and often unfinished. He is working towards the expected standard in writing.',
  'Tasks broken into short chunks with a visual checklist and timer, in every lesson (class teacher). Writing intervention using a planning frame and dictation software, 3 x 20 min per week, in a group of 4, led by a TA (teaching assistant) trained by the Educational Psychologist. Movement breaks of 2 minutes every 15-20 minutes in lessons.',
  'By July 2027, Theo will complete a one-page piece of writing using his planning frame in 4 out of 5 writing lessons, checked by his class teacher.'),
 ('Theo needs support in the Key Stage 2 (KS2) national tests (SATs).',
  '25% additional time and a prompter in KS2 tests, applied for by the SENCo (special educational needs co-ordinator). Laptop with dictation software for extended writing, set up and checked each term by the school\'s IT technician.',
  'By July 2027, Theo will sit each KS2 test paper for its full time with his prompter, recorded by the SENCo.')])
areas(v, 'semh', 'Theo is warm, funny and a good friend.', [
 ('Theo acts on impulse: he can shout out, leave his seat and react quickly in arguments at play.',
  'Zones of Regulation (a programme for recognising and managing feelings), 1:1 with his key adult (trained TA), weekly (30 mins). Playtime football games with clear rules, led by a lunchtime supervisor, daily (20 minutes, group of 10). Behaviour Support Team teacher: visit once each half-term (1 hour) to observe and advise staff.',
  'By July 2027, Theo will use a calming strategy from his Zones toolkit when asked, and return to play within 5 minutes, on 8 out of 10 occasions, recorded on his playground log.'),
 ('Theo is worried about moving to secondary school.',
  'Enhanced transition: 4 extra visits to Kingsmere Academy in the Summer term 2027 with his key adult (half a day each), and a transition booklet made with him. June 2027: the SENCo will meet the Kingsmere Academy SENCo (1 hour) to share his plan.',
  'By September 2027, Theo will name his form tutor, find 5 key rooms on a map and say one thing he is looking forward to, checked by his key adult at the last visit.')])
areas(v, 'sensory_physical', 'Theo has excellent gross motor skills and has no difficulty walking, running or climbing.', [
 ('Theo needs to move frequently to stay focused.',
  'Wobble cushion and a fiddle toy in class, provided by the SENCo. Morning "job" (taking the register to the office) each morning at registration.',
  'By July 2027, Theo will stay in his seat for the first 15 minutes of a lesson, using his cushion or fiddle toy, in 4 out of 5 lessons, recorded by his TA.')])
v['health_care_strengths'] = 'Theo is fit and active; his asthma is well controlled.'
v.update(health_care_need_1='ADHD: Theo takes medication each morning at home. It needs to be monitored for side effects such as poor appetite.',
 health_care_provision_1='Dr Evans, Community Paediatrician (ADHD clinic): medication review every 6 months, including height and weight.',
 health_care_outcome_1='By July 2027, Theo will eat his full school lunch on 4 days out of 5, recorded by the lunchtime supervisor and shared at his clinic review.',
 health_care_need_2='Asthma: Theo uses a reliever inhaler, especially in cold weather and after sport.',
 health_care_provision_2='School nurse (0-19 Public Health Nursing Service): writes and reviews his individual healthcare plan once a year, and trains school staff in asthma care and inhaler use (1 hour, each September).',
 health_care_outcome_2='By July 2027, Theo will tell an adult and use his inhaler himself when he feels wheezy during PE, on every occasion, recorded in the school medicines log.')
v['social_care_strengths'] = 'Theo lives with his mum, who supports him well.'
v.update(social_care_need_1='The 0-25 Disability Team completed a social care screening in June 2026 and found no social care needs related to Theo\'s SEN. Short breaks and Early Help were considered and are not needed; Lisa was given information about the local holiday football scheme.',
 h1_provision_1='None - short breaks considered and not needed.',
 h2_provision_1='None - Early Help considered and not needed.',
 social_care_outcome_1='')
NAT.append(dict(file='f112.docx', vals=v,
 top=['NC year: Year 6 (age 10)',
      'Date of last annual review: 24th of September 2026',
      'Date this amended plan was issued: 22 October 2026',
      '*Plan on a page',
      'About me: Theo, 10. Football, making videos and my dog Bruno.',
      'My needs: concentrating, managing big feelings, moving to secondary school.',
      'My support: chunked tasks, key adult, Zones of Regulation, transition visits.'],
 after_G=['Health sign-off: Liam, Designated Clinical Officer (DCO) for Kingsmere Integrated Care Board, confirmed the health provision on 16.10.2026.'],
 I=['Hillcrest Primary School until July 2027; secondary school to be named by 15 February 2027', 'Mainstream primary school'],
 J=['No personal budget requested', 'Not applicable'],
 K=[(1, 'Theo\'s views and his mum\'s views', '24 September 2026', 'Theo and Lisa, at the annual review', 'YES'),
    (2, 'Educational advice (annual review report)', '10 September 2026', 'Class teacher and SENCo, Hillcrest Primary School', 'YES'),
    (3, 'Behaviour Support Team advice', '1 July 2026', 'Advisory teacher, Behaviour Support Team', 'YES'),
    (4, None, '2 July 2026', 'Dr Evans, Community Paediatrician; school nurse (healthcare plan, 15 September 2026)', 'YES'),
    (5, None, '19 March 2026', 'Dr Ward, Educational Psychologist', 'YES'),
    (6, None, '24 June 2026', 'Duty social worker, 0-25 Disability Team', 'YES')],
 K_delete=[],
 sign=['Grace, SEND Case Officer', 'Signed electronically', '22/10/2026']))
