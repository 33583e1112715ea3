# -*- coding: utf-8 -*-
"""Plans l205-l208 (set L2). Fictional, anonymised."""

H1T = "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970"

# ============================================================================ l205
# letter-column (one table per section), SOUND. Priya, 17, Year 12 at college, deaf (cochlear implants).
L205 = {
    "file": "l205.docx",
    "layout": "letter-column",
    "one_table": False,
    "letter_fill": "BDD7EE",
    "front_fill": "DDEBF7",
    "age": 17,
    "year_group": "Year 12",
    "needs": ["hearing impairment"],
    "voice": "first person (young person's own words); parents' views",
    "title": "Education, Health and Care Plan (EHCP)",
    "subtitle": "Southcliff County Council | Post-16 | Amended plan after annual review",
    "front": [
        ("Young person", "Priya"),
        ("Age", "17"),
        ("Year Group", "Year 12 (first year of a two-year college programme)"),
        ("College", "Marram Bay College - Level 2 Diploma in Animal Care"),
        ("Date EHCP issued", "30/10/2026"),
        ("Reviewed on", "24/09/2026"),
    ],
    "sections": [
        ("A", "A. All about me: my views, interests and aspirations", [
            ("h", "In my own words"),
            ("p", "\"I'm Priya and I'm 17. I was born deaf and I've had two cochlear implants since I was two. I talk, and I use British Sign Language (BSL) with my deaf friends. I'm at Marram Bay College doing Animal Care and I love it, especially the small animal unit and the practical days.\""),
            ("p", "\"I'm good at practical work and I'm really patient with nervous animals. I got a 5 in maths and a 4 in English at GCSE and I'm proud of that.\""),
            ("p", "\"The hardest thing is noisy classrooms and group discussions. When three people talk at once I lose track and I get really tired by the afternoon. I don't always like to say I've missed something in front of everyone.\""),
            ("p", "\"I want to be a veterinary nurse. I want to pass my Level 2 this year and get onto the Level 3 course. One day I want my own flat and to drive.\""),
            ("h", "What my parents say"),
            ("p", "Priya's parents say she is determined, kind and organised, and that she has grown in confidence since starting college. They would like her to speak up more when she has not heard, to travel to college on her own, and to make friends on her course. They hope she will qualify as a veterinary nurse and live independently."),
        ]),
        ("B", "B. Special educational needs", [
            ("h", "Hearing and communication"),
            ("p", "Priya has a severe to profound hearing loss in both ears and uses two cochlear implants (surgically implanted hearing devices with an external sound processor). In a quiet room, one-to-one, she understands speech well and her own speech is clear. In noisy rooms, at a distance or when several people speak, she misses a large part of what is said. She relies on lip-reading, captions and a remote microphone. Listening all day leaves her very tired (listening fatigue)."),
            ("h", "Learning"),
            ("p", "Priya is an able learner with strong practical skills. She is on track in her practical units. Her written work is accurate but she is less secure with new technical words (for example anatomy and medicine names), which she often has not heard clearly, and she needs these taught before lessons."),
            ("h", "Social and emotional"),
            ("p", "Priya is confident with deaf friends and with adults she knows. In hearing groups she sometimes stays quiet and can feel left out. She does not always ask for repetition."),
        ]),
        ("C", "C. Health needs", [
            ("p", "Priya's health need relates to her deafness: her cochlear implants need yearly programming (called 'mapping') and audiology checks, and her sound processors need to be repaired or replaced quickly if they fail. She is looked after by the Southern Cochlear Implant Centre. Priya has no other health needs; her family doctor (GP) confirmed in September 2026 that she is well."),
        ]),
        ("D", "D. Social care needs", [
            ("p", "Priya has no social care needs linked to her deafness. Children's Integrated Services confirmed on 15/09/2026 that she is not open to them and that no assessment is needed, and Priya and her parents told us they do not need short breaks or other support at home. Before Priya turns 18 the college will give her information about the adult Sensory Services team, so she knows how to ask for an assessment if she ever needs one."),
        ]),
        ("E", "E. Outcomes", [
            ("h", "Employment and education"),
            ("bul", [
                "By the end of Year 12 (July 2027), Priya will complete a two-week work placement at a veterinary practice and be awarded the Level 2 Diploma in Animal Care, giving her the entry requirement for the Level 3 course.",
            ]),
            ("h", "Communication"),
            ("bul", [
                "By Feb 2027, Priya will ask for repetition or clarification herself in at least 3 lessons a week, without prompting, recorded by her Communication Support Worker.",
            ]),
            ("h", "Independent living"),
            ("bul", [
                "By the summer term 2027, Priya will travel to college by train on her own on 5 days out of 5, using the rail app for platform changes and delays.",
            ]),
            ("h", "Friends and community"),
            ("bul", [
                "Over the next 12 months, Priya will join at least one college enrichment club and attend at least 8 sessions, recorded by her personal tutor.",
            ]),
            ("h", "Good health"),
            ("bul", [
                "By the end of the spring term 2027, Priya will charge and check her sound processors every day, order her own spare parts and book her own implant appointments, confirmed by the Implant Centre at her yearly review.",
            ]),
        ]),
        ("F", "F. Special educational provision", [
            ("h", "Communication support in lessons"),
            ("bul", [
                "Communication Support Worker (CSW), qualified to BSL Level 3, in all theory and practical lessons: 16 hrs per week, 1:1 in class, 36 weeks a year, plus 1 hour a week at her chosen enrichment club.",
                "Electronic note-taking in theory lessons: 6 hrs per week, by a trained note-taker from the college's Learning Support team.",
                "Theory lessons timetabled in Room B12, which has carpet and acoustic panels, arranged by the Curriculum Manager.",
            ]),
            ("h", "Specialist teaching"),
            ("bul", [
                "Specialist Teacher (Sensory), a qualified Teacher of the Deaf: 1:1 tutorial, 1 hour weekly, to pre-teach technical vocabulary and practise asking for clarification.",
                "Deaf awareness training for Priya's course tutors: 2 hours in September each year, and within 4 weeks for any new tutor, delivered by the Specialist Teacher (Sensory).",
            ]),
            ("h", "Equipment and access arrangements"),
            ("bul", [
                "A remote microphone system (radio aid) paired to her implants, provided by the Sensory Support Service; set up and checked once every half term by the Specialist Teacher (Sensory), and checked at the start of each day by her CSW.",
                "25% extra time and a live speaker for listening tasks in all assessments and exams, arranged by the college's Exams Officer.",
            ]),
            ("h", "Preparing for adulthood"),
            ("bul", [
                "Careers guidance: 3 meetings a year, 45 minutes each, with the college Careers Adviser, including finding the veterinary work placement.",
                "Independent travel training for the train journey: 6 sessions, 1:1, 2 hours each, in the spring term 2027, by an Independent Travel Trainer from the Southcliff Travel Training Team.",
                "Weekly 20-minute check-in with her personal tutor, including enrichment club attendance and how tired she is.",
            ]),
        ]),
        ("G", "G. Health provision", [
            ("bul", [
                "Southern Cochlear Implant Centre: yearly mapping and audiology review (about 3 hours, at the Centre), carried out by a clinical scientist (audiology).",
                "Southern Cochlear Implant Centre: repair or replacement of a faulty sound processor within 2 working days of Priya reporting it, by post or at the Centre, arranged by the Centre's technician.",
                "Implant Centre Teacher of the Deaf: one liaison visit or call with the college each year (1 hour) to share her latest hearing test results.",
            ]),
            ("p", "The Designated Clinical Officer, Dr Rachel Green, confirmed on 23/10/2026 that the health provision in this section is agreed by NHS Southcliff and Downs Integrated Care Board."),
        ]),
        ("H1", "H1. " + H1T.replace("Section H1: ", ""), [
            ("p", "None - Priya has no assessed social care needs (see Section D)."),
        ]),
        ("H2", "H2. Other social care provision", [
            ("p", "None. Short breaks and early help were discussed with Priya and her parents, who do not need them."),
        ]),
        ("I", "I. Placement", [
            ("p", "Marram Bay College (general further education college), Level 2 Diploma in Animal Care, 16 hours a week of study, 36 weeks a year."),
        ]),
        ("J", "J. Personal budget", [
            ("p", "None requested."),
        ]),
        ("K", "K. Advice and information", [
            ("bul", [
                "Priya's views - written by Priya, 10/09/2026",
                "Parents' views - Priya's mum and dad, 10/09/2026",
                "Educational advice - Helen Cross, Learning Support Manager, Marram Bay College, 16/09/2026",
                "Specialist educational advice (hearing impairment) - Tom Avery, Specialist Teacher (Sensory), qualified Teacher of the Deaf, Sensory Support Service, 14/09/2026",
                "Educational psychology advice - Dr Amira Kaur, Educational Psychologist, 20/01/2026",
                "Medical advice - Mr David Osei, Consultant Ear, Nose and Throat Surgeon, Southern Cochlear Implant Centre, 02/09/2026",
                "Audiology advice - Clinical Scientist (Audiology), Southern Cochlear Implant Centre, 02/09/2026",
                "Social care advice - Children's Integrated Services, Duty and Assessment Team, 15/09/2026",
                "Preparing for adulthood advice - Sam Wills, Careers Adviser, Marram Bay College, 18/09/2026",
            ]),
        ]),
    ],
    "fail": [],
    "na": ["SC-STATUTORY-LINK", "HC-THERAPY-PLACEMENT"],
    "why": {
        "PC-OUTCOME-NOT-PROVISION": "Tricky pass: 'be awarded the Level 2 Diploma in Animal Care' is an achievement, not provision.",
        "PR-QUANTIFIED": "Sound: equipment with who maintains it ('provided by the Sensory Support Service; set up and checked once every half term by the Specialist Teacher (Sensory)'); access arrangement '25% extra time and a live speaker... arranged by the college's Exams Officer' (no group size needed).",
        "CA-STATUTORY-ADVICE": "Sound: includes the qualified Teacher of the Deaf ('Tom Avery, Specialist Teacher (Sensory), qualified Teacher of the Deaf'), PfA advice, social care, EP (January 2026, under 12 months at issue).",
        "HC-DCO-SIGNOFF": "Sound: 'The Designated Clinical Officer, Dr Rachel Green, confirmed on 23/10/2026 that the health provision in this section is agreed'.",
        "SC-NEEDS": "Sound: 'Priya has no social care needs linked to her deafness. Children's Integrated Services confirmed on 15/09/2026...'.",
        "HC-THERAPY-PLACEMENT": "NA: no educational therapy (speech and language therapy, OT) in the plan; implant mapping is clinical.",
    },
}

# ============================================================================ l206
# shaded-heading-table, FAILING. Ava, 10, Year 6, cerebral palsy, wheelchair user.
L206 = {
    "file": "l206.docx",
    "layout": "shaded-heading-table",
    "heading_fill": "D9E2F3",
    "heading_text": "1F3864",
    "sub_color": "1F3864",
    "age": 10,
    "year_group": "Year 6",
    "needs": ["physical", "cerebral palsy"],
    "voice": "child's own words; parent's views",
    "title": "EDUCATION, HEALTH AND CARE PLAN (EHCP)",
    "subtitle": "Southcliff County Council",
    "front": [
        ("Name", "Ava"),
        ("Age", "10"),
        ("Year Group", "Year 6 (moving to Year 7 in September 2027)"),
        ("School", "Harbourside Primary School"),
        ("Date EHCP issued", "16/11/2026 (amended after Year 6 review)"),
        ("Reviewed on", "13/10/2026"),
    ],
    "sections": [
        ("A", "Section A - About Ava: her views, interests and aspirations", [
            ("h", "What Ava says"),
            ("p", "Ava told her teaching assistant (TA) and her mum what she wanted in her plan:"),
            ("q", "\"I like boccia, drawing on my tablet, and watching baking programmes with my mum. I'm the best at boccia in our club and I want to play for Great Britain one day.\""),
            ("q", "\"I want to go to Cliffe Academy with Ruby and Leah. I'm a bit scared about the corridors and if people will help me in the toilet.\""),
            ("q", "\"I like typing better than writing because my hand gets tired. I want to be a teacher when I'm grown up.\""),
            ("h", "What Ava's mum says"),
            ("p", "Ava is bright, funny and very determined. She has lots of friends and she never gives up. She is a keen reader and loves to write stories on her laptop. We want her to go to Cliffe Academy with her friends, to be as independent as she can, and to have the same chances as everyone else. In the future we hope she will go to university and live in her own adapted home."),
        ]),
        ("B", "Section B - Special educational needs", [
            ("h", "Physical"),
            ("p", "Ava has cerebral palsy affecting all four limbs (spastic quadriplegia). She uses a powered wheelchair, which she drives safely and independently. She needs two adults and a hoist to transfer, and help with all personal care. Her hand function is limited: she can type using a keyboard with a key guard and use a touchscreen, but handwriting is slow and very tiring. She needs time out of her wheelchair each day to stand and stretch."),
            ("h", "Communication and interaction"),
            ("p", "Ava's speech is clear but slow, and she tires when speaking for a long time. She understands everything said to her. New adults sometimes finish her sentences for her, which frustrates her."),
            ("h", "Cognition and learning"),
            ("p", "Ava is working at the expected standard in reading and at the expected standard in writing when she types (teacher assessment, summer 2026). In maths she is working just below the expected standard because she finds it hard to set out written calculations and use equipment such as rulers and protractors."),
            ("h", "Social, emotional and mental health"),
            ("p", "Ava is sociable and well liked. She is anxious about moving around a large secondary school site, and about privacy when she needs help with personal care."),
        ]),
        ("C", "Section C - Health needs", [
            ("bul", [
                "Cerebral palsy: Ava has tight muscles and is at risk of contractures (permanent shortening of muscles) and hip problems. She needs a daily stretching and standing programme and regular physiotherapy review.",
                "Hand function and daily living skills: Ava's hand function limits her writing, dressing and use of equipment.",
                "Eating and drinking: Ava has a gastrostomy (a feeding tube into her stomach). She eats some food by mouth but has her fluids and a top-up feed through the tube at school at lunchtime.",
            ]),
        ]),
        ("D", "Section D - Social care needs", [
            ("p", "Ava needs help with all her personal care, both at home and in the community. Her mum is her main carer and also works part-time. The Disabled Children's Team (Children's Integrated Services) completed a child and family assessment in July 2026, which found that Ava needs overnight short breaks and support to take part in activities with friends at weekends, and that her mum needs regular breaks from caring."),
        ]),
        ("E", "Section E - Outcomes", [
            ("num", [
                "By the end of Year 6 (July 2027), Ava will do all her written work on her laptop, producing as much as her classmates in 4 out of 5 lessons, checked by her class teacher.",
                "By the end of Year 7, Ava will drive her wheelchair between all her lessons at Cliffe Academy on her own, arriving within 5 minutes of the start of each lesson on 9 out of 10 days, recorded by her key worker.",
                "By the end of Year 7, Ava will direct adults in her personal care routine, telling them each step, on every occasion, recorded on her personal care plan.",
                "By the summer term 2027, Ava will take part in her daily standing and stretching programme for 30 minutes a day at school on at least 4 days out of 5, recorded by her TA.",
                "By Christmas 2026, Ava will use a maths drawing app to draw and measure angles to the nearest degree, getting 8 out of 10 right in a class test.",
                "Over the next 12 months, Ava will go to boccia club and one other activity with friends at weekends at least twice a month, recorded by her mum.",
                "By the summer term 2027, Ava will tell the adult giving her lunchtime fluids and feed each step of her gastrostomy routine and when she needs an extra drink, on every school day, recorded on her health care plan log.",
            ]),
        ]),
        ("F", "Section F - Special educational provision", [
            ("table", ["Provision", "How much", "Who"], [
                ("span", "Physical needs and learning"),
                ["A laptop with a key guard and word prediction software, for all written work", "All lessons", "Provided by the Specialist Teacher (Physical Disability) and maintained by the school's IT technician"],
                ["Maths drawing and measuring apps on her tablet, taught 1:1", "20 mins x 3 weekly until Christmas 2026, then weekly", "TA trained by the Specialist Teacher (Physical Disability)"],
                ["1:1 support in class for practical tasks, moving around school, transfers and personal care (two trained adults for hoisting)", "32.5 hours per week (the whole school day)", "Two TAs trained in moving and handling; a second trained adult for each hoist transfer"],
                ["Specialist Teacher (Physical Disability) advice visits to the school and, from summer 2027, to Cliffe Academy", "x4 per half term in the summer term 2027 (transition), otherwise once every half term, 1 hour each", "Specialist Teacher (Physical Disability), Physical and Sensory Support Team"],
                ("span", "Communication"),
                ["A one-page profile explaining how to talk with Ava (wait for her to finish, do not finish her sentences, check she is not tired), shared with every adult who works with her", "Written by Ava and her TA each September; shared at the start of each term and with Cliffe Academy staff in July 2027", "Harbourside Primary School's Special Educational Needs Co-ordinator (SENCo)"],
                ("span", "Social and emotional"),
                ["Transition visits to Cliffe Academy, including practising the route between lessons and meeting her key worker", "6 visits, 2 hours each, in the summer term 2027", "Year 6 TA with Cliffe Academy's SENCo"],
                ["Personal Assistant to support Ava to go swimming and meet friends at weekends", "4 hours every Saturday", "Personal Assistant funded by Children's Integrated Services through a direct payment"],
                ["Small-group sessions about moving to secondary school, privacy and speaking up for herself", "Group of 4, 30 minutes weekly, spring term 2027", "Emotional Literacy Support Assistant (ELSA)"],
            ], None),
        ]),
        ("G", "Section G - Health provision", [
            ("table", ["Provision", "How much", "Who"], [
                ["Physiotherapy review of stretching and standing programme, hip monitoring, and training of TAs in the programme", "Once every half term, 1 hour, in school; hip X-ray review yearly", "Children's Physiotherapist, Children's Therapy Service"],
                ["Daily standing frame and stretching programme", "30 minutes daily in school", "TAs trained by the physiotherapist"],
                ["Occupational therapy: 1:1 sessions to develop Ava's hand skills for writing and using equipment, and dressing skills for PE; programme for TAs to follow", "45 minutes fortnightly in school, plus a 15-minute programme daily with her TA", "Occupational Therapist, Children's Therapy Service"],
                ["Gastrostomy care: training and competency checks for the TAs who give Ava's lunchtime fluids and feed", "Training 3 hours once a year and for new staff; competency check every 6 months", "Community Children's Nursing (CCN) team"],
            ], None),
        ]),
        ("H1", H1T.replace("Section H1: ", "Section H1 - "), [
            ("bul", [
                "Overnight short breaks at Seaview House short breaks unit: 2 nights per month, arranged by the Disabled Children's Team.",
                "Equipment and adaptations at home: a ceiling hoist and a level-access shower were fitted in August 2026; servicing every 6 months by the county's equipment service.",
            ]),
        ]),
        ("H2", "Section H2 - Other social care provision", [
            ("p", "Ava's mum has been offered a parent carer's needs assessment (offered July 2026). No other provision."),
        ]),
        ("I", "Section I - Placement", [
            ("p", "Harbourside Primary School (mainstream) until July 2027. From September 2027: Cliffe Academy (mainstream secondary academy), named following the Year 6 review."),
        ]),
        ("J", "Section J - Personal budget", [
            ("p", "Ava's mum receives a direct payment from Children's Integrated Services for Ava's Personal Assistant. No personal budget for education."),
        ]),
        ("K", "Section K - Advice and information", [
            ("table", ["Advice", "From", "Date"], [
                ["Ava's views", "Ava, with her TA and her mum", "20/09/2026"],
                ["Parent's views", "Ava's mum", "20/09/2026"],
                ["Educational advice", "Mrs Hale, Class Teacher, and Mr Burns, SENCo, Harbourside Primary School", "25/09/2026"],
                ["Specialist teaching advice", "Claire Dunn, Specialist Teacher (Physical Disability)", "18/09/2026"],
                ["Educational psychology advice", "Dr Fiona Reid, Educational Psychologist", "11/09/2026"],
                ["Medical advice", "Dr Ruth Adeyemi, Community Paediatrician", "07/09/2026"],
                ["Physiotherapy advice", "Lauren Pike, Children's Physiotherapist", "09/09/2026"],
                ["Occupational therapy advice", "Sanjay Mehta, Occupational Therapist", "15/09/2026"],
                ["Social care advice", "Jo Carver, Social Worker, Disabled Children's Team, Children's Integrated Services", "02/09/2026"],
            ], None),
        ]),
    ],
    "fail": ["SC-RIGHT-SECTION", "HC-THERAPY-PLACEMENT", "HC-DCO-SIGNOFF", "HC-ADVICE-PROVIDERS"],
    "na": ["PC-PFA", "SC-STATUTORY-LINK"],
    "why": {
        "SC-RIGHT-SECTION": "F (Social and emotional): 'Personal Assistant to support Ava to go swimming and meet friends at weekends | 4 hours every Saturday | Personal Assistant funded by Children's Integrated Services through a direct payment' - social care provision written in Section F, not H1.",
        "HC-THERAPY-PLACEMENT": "G: 'Occupational therapy: 1:1 sessions to develop Ava's hand skills for writing and using equipment, and dressing skills for PE; programme for TAs to follow' - therapy that educates/trains Ava, placed in G instead of F.",
        "HC-DCO-SIGNOFF": "G has health provision (physiotherapy, OT, Community Children's Nursing) but the plan records no agreement by the Designated Clinical Officer or commissioner anywhere.",
        "HC-ADVICE-PROVIDERS": "G: 'Gastrostomy care... Community Children's Nursing (CCN) team' - K has no advice from the Community Children's Nursing team.",
        "SC-PROVISION-SPECIFIC": "Pass: H1 'Overnight short breaks at Seaview House short breaks unit: 2 nights per month'; servicing 'every 6 months'.",
        "HC-NEEDS-MET": "Pass: each need in C (cerebral palsy/contractures, hand function, gastrostomy) has provision in G.",
        "PR-QUANTIFIED": "Pass: e.g. 'Specialist Teacher (Physical Disability) advice visits... x4 per half term in the summer term 2027 (transition), otherwise once every half term, 1 hour each' (a professional's visits: no group size needed).",
    },
}

# ============================================================================ l207
# heading2-numbered, FAILING. Callum, 14, Year 9, severe learning difficulties + autism, special school.
L207 = {
    "file": "l207.docx",
    "layout": "heading2-numbered",
    "age": 14,
    "year_group": "Year 9",
    "needs": ["SLD", "ASC"],
    "voice": "views gathered through symbols by class teacher; parent's views",
    "title": "Education, Health and Care Plan",
    "subtitle": "Southcliff County Council - SEND Service",
    "front": [
        ("Name", "Callum"),
        ("Age", "14"),
        ("Year Group", "Year 9"),
        ("School", "Shoreline School (special school)"),
        ("Date EHCP issued", "09/11/2026 (amended following Year 9 annual review)"),
        ("Reviewed on", "07/10/2026"),
    ],
    "sections": [
        ("A", "Section A: The views, interests and aspirations of Callum and his family", [
            ("h", "A1 Callum's views"),
            ("p", "Callum's views were elicited by his CT and HLTA via PECS Phase IV and a Talking Mats-style TEACCH-structured choice board across 3 sessions in September 2026, with ABC recording of preference behaviours."),
            ("bul", [
                "Callum consistently selected the symbols for 'animals', 'Grandad's farm', 'swimming' and 'tractor' as preferred, and demonstrated positive affect (vocalising, hand-flapping, approach behaviours) when shown photographs of the farm.",
                "He rejected (pushed away) the symbols for 'hall', 'loud' and 'change' and exhibited avoidance when presented with unpredictable transitions.",
                "He selected the 'happy' symbol for 'feeding the goats' and 'cooking' and the 'sad' symbol for 'assembly'.",
            ]),
            ("h", "A2 Parent's views"),
            ("p", "Callum's mum reports that he presents as a happy and affectionate young man within the home environment, with a strong affinity for animals, demonstrated by his sustained engagement with the goats, chickens and dog at his grandfather's smallholding, where he independently completes feeding routines with minimal verbal prompting. He is an able swimmer. Mum's aspirations are for Callum to access supported employment with animals post-19, to live in a supported living setting with peers, to develop friendships and community participation, and to maintain his physical health through swimming."),
        ]),
        ("B", "Section B: Special educational needs", [
            ("h", "B1 Communication and interaction"),
            ("p", "Callum has a diagnosis of ASC and SLD. He is minimally verbal, using approximately 15 single words and approximations, and is a PECS Phase IV user (sentence strip 'I want' + item). Receptive language is at an information-carrying word level of 2 (Derbyshire Language Scheme). He benefits from a TEACCH-structured environment, visual timetables and now-and-next boards."),
            ("h", "B2 Cognition and learning"),
            ("p", "Callum is working within the Engagement Model and pre-key stage standards. He can match and sort by colour and shape, count reliably to 5 and recognise his name and 10 familiar symbols. He learns best through routine, repetition and practical, hands-on activities."),
            ("h", "B3 Social, emotional and mental health"),
            ("p", "Callum presents with dysregulation in response to unpredictable change and auditory overload, observed as vocalising, dropping to the floor and occasionally biting his hand. Antecedents are largely identified and managed via his PBS plan."),
            ("h", "B4 Sensory and physical"),
            ("p", "Callum is hypersensitive to auditory input and seeks proprioceptive and deep pressure input. Gross motor skills are a relative strength. He needs support with fine motor tasks."),
        ]),
        ("C", "Section C: Health needs", [
            ("p", "Callum has no health needs beyond his diagnosis of autism, which was made by the community paediatrician in 2019. He is physically well and was discharged from paediatric follow-up in 2022 (paediatric advice, June 2022)."),
        ]),
        ("D", "Section D: Social care needs", [
            ("p", "Callum lives with his mum and his sister, who is 11. The Disabled Children's Team (Children's Integrated Services) completed an assessment in June 2026. Callum needs a high level of supervision at all times, and his mum needs regular breaks from caring. Callum receives a weekly after-school short break (see H1)."),
        ]),
        ("E", "Section E: Outcomes", [
            ("h", "E1 Communication"),
            ("p", "By July 2027, Callum will generalise use of a PECS sentence strip ('I want' + item + attribute) to request across 3 contexts (classroom, dining hall, sensory room) in 4/5 opportunities, as measured by CT via ABC data."),
            ("h", "E2 Early number"),
            ("p", "By July 2027, Callum will demonstrate 1:1 correspondence to 10 with concrete apparatus in 4/5 trials within TEACCH workstation tasks, as recorded on his B Squared assessment."),
            ("h", "E3 Emotional regulation"),
            ("p", "By July 2027, Callum will independently access his regulation station (sensory circuit) when dysregulated, reducing incidents of self-injurious behaviour by 50% from baseline (8 per week, September 2026), as measured on PBS incident logs."),
            ("h", "E4 Attention"),
            ("p", "By Easter 2027, Callum will sustain attention to an adult-led Attention Autism Stage 3 activity for 10 minutes in 4/5 sessions, recorded by the HLTA."),
            ("h", "E5 Fine motor"),
            ("p", "By July 2027, Callum will complete a 3-step posting and threading workstation task independently in 4/5 trials, recorded by his CT."),
        ]),
        ("F", "Section F: Special educational provision", [
            ("h", "F1 Communication and interaction"),
            ("num", [
                "Speech and Language Therapist (SALT): direct 1:1 therapy, 30 minutes weekly in school, 36 weeks a year, to develop PECS Phase IV-V and core vocabulary; SALT to update Callum's communication programme each half term.",
                "PECS used across the school day by all staff in Callum's class; class staff (teacher, HLTA and 2 TAs) to attend PECS Level 1 training (2 days) by March 2027, arranged by the SENCo.",
                "Visual timetable and now-and-next board, maintained by the class teacher, used at every transition.",
            ]),
            ("h", "F2 Cognition and learning"),
            ("num", [
                "Class of 8 pupils with a qualified teacher, an HLTA and 2 TAs (ratio 1:2) for the whole school day.",
                "TEACCH workstation tasks (number, matching, fine motor): 1:1 with a TA, 20 mins x 3 weekly.",
                "Attention Autism group (Stages 1-3), group of 4 led by the HLTA trained in Attention Autism, 20 minutes daily.",
            ]),
            ("h", "F3 Social, emotional and mental health"),
            ("num", [
                "PBS plan written by the class teacher and the school's PBS Lead, reviewed every half term (1 hour meeting with mum).",
                "Regulation station (sensory circuit) in the classroom; a 10-minute sensory circuit daily (am and pm) with a TA, following a programme written by the school's OT.",
                "School OT: review of Callum's sensory programme once every half term (1 hour).",
            ]),
        ]),
        ("G", "Section G: Health provision", [
            ("p", "None. Callum has no health needs requiring health provision."),
        ]),
        ("H1", H1T, [
            ("p", "After-school short break at Rock Pool Club (specialist play scheme): every Wednesday, 3.30pm to 6.30pm, 1:1 staffing, arranged by the Disabled Children's Team."),
            ("p", "Summer holiday play scheme: 10 days, 9.30am to 3pm, 1:1 staffing."),
        ]),
        ("H2", "Section H2: Any other social care provision", [
            ("p", "None. Callum's mum was offered a parent carer's needs assessment in June 2026 and declined it for now."),
        ]),
        ("I", "Section I: Placement", [
            ("p", "Shoreline School (community special school for pupils with severe and complex learning difficulties, 4-19)."),
        ]),
        ("J", "Section J: Personal budget", [
            ("p", "No personal budget has been requested."),
        ]),
        ("K", "Section K: Advice and information", [
            ("num", [
                "Parent's views - Callum's mum, 14/09/2026",
                "Callum's views - gathered by Mrs Ward (Class Teacher), Shoreline School, 24/09/2026",
                "Educational advice - Mrs Ward (Class Teacher) and Mr Hughes (SENCo), Shoreline School, 25/09/2026",
                "Educational psychology advice - Dr Sian Lloyd, Educational Psychologist, 01/09/2026",
                "Medical advice - Dr Mark Lewis, Community Paediatrician, 14/06/2022",
                "Speech and language therapy advice - Speech and Language Therapist, Children's Speech and Language Therapy Service, 16/01/2024",
                "Social care advice - Sophie Grant, Social Worker, Disabled Children's Team, Children's Integrated Services, 10/09/2026",
            ]),
        ]),
    ],
    "fail": ["PC-PFA", "PC-ASPIRATION-LINK", "HC-ADVICE", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE",
             "LG-READABILITY", "LG-JARGON"],
    "na": ["SC-STATUTORY-LINK", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF",
           "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"],
    "why": {
        "PC-PFA": "Year 9, but all five outcomes are classroom skills (PECS requests, 1:1 correspondence, regulation station, Attention Autism, posting task): nothing on employment, independent living, community or health.",
        "PC-ASPIRATION-LINK": "A: 'Mum's aspirations are for Callum to access supported employment with animals post-19, to live in a supported living setting...'; Callum chose 'animals', 'Grandad's farm', 'swimming', 'cooking' - none of these appears in E.",
        "HC-ADVICE": "K: 'Medical advice - Dr Mark Lewis, Community Paediatrician, 14/06/2022' (about 53 months old at issue) and SALT advice '16/01/2024' (about 34 months) - no current health advice.",
        "CA-ADVICE-AGE": "K: medical advice 14/06/2022 and speech and language therapy advice 16/01/2024 are both over 24 months old at issue (09/11/2026).",
        "CA-STATUTORY-ADVICE": "Year 9 plan with no preparing-for-adulthood advice in K (no careers/transition adviser).",
        "LG-READABILITY": "A and E are written for professionals: 'Callum's views were elicited by his CT and HLTA via PECS Phase IV and a Talking Mats-style TEACCH-structured choice board... with ABC recording of preference behaviours'; E1 'will generalise use of a PECS sentence strip... as measured by CT via ABC data'.",
        "LG-JARGON": "Acronyms and terms never explained: CT, HLTA, PECS, TEACCH, ABC, ASC, SLD, PBS, OT, B Squared, 'Engagement Model', 'information-carrying word level'.",
        "HC-NEEDS": "Pass: 'Callum has no health needs beyond his diagnosis of autism... He is physically well' - says none and on what basis (the basis is stale, graded under HC-ADVICE).",
        "HC-THERAPY-PLACEMENT": "Pass: speech and language therapy and the OT sensory programme are in F.",
        "PC-SMART": "Pass: outcomes are jargon-heavy but specific, measured and dated ('By July 2027 ... in 4/5 opportunities').",
    },
}

# ============================================================================ l208
# letter-column (one big table), SOUND. Karol, 6, Year 2, developmental language disorder + EAL (Polish).
L208 = {
    "file": "l208.docx",
    "layout": "letter-column",
    "one_table": True,
    "letter_fill": "FCE4D6",
    "front_fill": "FBE5D6",
    "age": 6,
    "year_group": "Year 2",
    "needs": ["speech and language (DLD)", "EAL"],
    "voice": "child's words (some in Polish, translated); parents' views via interpreter",
    "title": "Education, Health and Care Plan (EHCP)",
    "subtitle": "Southcliff County Council - Special Educational Needs and Disabilities (SEND) Service",
    "front": [
        ("Name", "Karol"),
        ("Age", "6"),
        ("Year Group", "Year 2"),
        ("School", "St Anne's Church of England Primary School, Westbay"),
        ("Home languages", "Polish (first language) and English"),
        ("Date EHCP issued", "21/10/2026"),
        ("Reviewed on", "First plan - annual review due by 10/2027"),
    ],
    "sections": [
        ("A", "Section A - Views, interests and aspirations", [
            ("h", "What Karol told us"),
            ("p", "Karol shared his views with the Speech and Language Therapy Assistant and his class teaching assistant (TA) in September 2026, by sorting photographs of his school day into 'happy' and 'not happy' piles and talking about them. He used some Polish words, which his mum translated."),
            ("bul", [
                "\"Football. I good at football. I goalkeeper.\"",
                "\"Lego is my best. I make fire engine.\"",
                "\"I want be strażak\" - a firefighter.",
                "\"Carpet time too long. I not know the words.\"",
                "\"Mrs Jones help me. Pictures help me.\"",
            ]),
            ("h", "What Karol's parents told us"),
            ("p", "Karol's parents spoke with us in Polish, with an interpreter, on 9 September 2026. They say Karol is cheerful, kind and very good at building things; he can spend an hour making a Lego model from the instructions. He loves football and plays in goal for an under-7s team. At home he sometimes gets upset when he cannot explain what he means, in Polish or in English."),
            ("p", "They would like Karol to understand what his teacher says, to be able to tell people what he needs, to read in English and to keep his Polish. In the future they hope he will do well at school, perhaps go to university, and have a job he enjoys."),
        ]),
        ("B", "Section B - Special educational needs", [
            ("h", "Communication and interaction"),
            ("p", "Karol has developmental language disorder (DLD): a long-term difficulty in understanding and using language that is not caused by another condition. His Speech and Language Therapist assessed him in both Polish and English, with an interpreter, in May 2026 and found that his difficulties are present in both languages, so they are not only because he is learning English as an additional language (EAL)."),
            ("p", "**Strengths:** Karol is sociable, makes good eye contact and enjoys being with other children. He follows instructions with two key words and uses pictures and gestures well to get his message across."),
            ("p", "**Needs:** Karol uses sentences of 3 to 4 words with many grammar errors (for example, missing small words such as 'is' and 'the'). He has a small vocabulary for his age in both languages and finds it hard to learn new words. He struggles with longer instructions and with understanding whole-class teaching on the carpet. He cannot yet tell a simple story in order."),
            ("h", "Cognition and learning"),
            ("p", "**Strengths:** Karol has a strong visual memory and good number sense; he can add and subtract within 20 and is working at the expected standard in maths."),
            ("p", "**Needs:** He knows Phase 3 phonics sounds but finds blending and remembering new words hard, and is working below the expected standard in reading and writing."),
            ("h", "Social, emotional and mental health"),
            ("p", "Karol is happy at school and has friends in the playground. He becomes frustrated and sometimes cries when he is not understood or cannot follow what is happening."),
            ("h", "Sensory and physical"),
            ("p", "Karol has no sensory or physical needs. He is well co-ordinated and good at sport."),
        ]),
        ("C", "Section C - Health needs", [
            ("p", "Karol has no health needs related to his special educational needs. His hearing was tested by the Children's Audiology Service on 3 April 2026 and was normal. The community paediatrician saw him in May 2026 and found no medical cause for his language difficulties and no other health concerns."),
        ]),
        ("D", "Section D - Social care needs", [
            ("p", "Karol has no social care needs. Children's Integrated Services checked their records on 17/09/2026 and he is not known to them; his parents told us they are well supported by family and friends. We gave the family information about short breaks and early help in Polish; they do not need them at present."),
        ]),
        ("E", "Section E - Outcomes", [
            ("p", "These outcomes will be checked at Karol's annual review in autumn 2027."),
            ("num", [
                "By the end of Year 2 (July 2027), Karol will follow three-part classroom instructions (for example 'Get your book, find page 5 and sit on the carpet') on 4 out of 5 occasions, observed by his class teacher.",
                "By the end of Year 2, Karol will tell a simple story or explain the rules of a playground football game in 4 or more linked sentences using 'and then' and 'because', scored by the Speech and Language Therapy Assistant on his narrative assessment.",
                "By the end of the spring term 2027, Karol will learn and use 10 new topic words each half term (for example 'fire engine', 'rescue', 'emergency' for the 'People who help us' topic), checked on his word-learning record by his TA.",
                "By the end of Year 2, Karol will read a Phase 5 phonics book with at least 90% accuracy, checked by his class teacher.",
                "By Christmas 2026, when Karol cannot find the words he needs, he will use his picture card or say 'I don't understand' instead of crying, on 4 out of 5 occasions, recorded by his TA.",
            ]),
        ]),
        ("F", "Section F - Special educational provision", [
            ("h", "Speech and language therapy"),
            ("bul", [
                "A Speech and Language Therapist (SALT) from the NHS Children's Speech and Language Therapy Service will visit once every 3 weeks for 1 hour: to see Karol, show his TA and the Speech and Language Therapy Assistant what to do, and update his programme.",
                "1:1 language therapy sessions with the Speech and Language Therapy Assistant: 20 mins x 3 weekly, following the programme set by the SALT.",
                "Narrative and talking group: group of 4 (1:4), 30 minutes twice a week, led by a TA trained by the SALT.",
                "Training for Year 2 staff on DLD and on strategies to support Karol's understanding: 1 hour, by Christmas 2026, delivered by the SALT.",
            ]),
            ("h", "Vocabulary and understanding in class"),
            ("bul", [
                "Pre-teaching of topic words, with pictures and the Polish word: 1:1 with his TA, 10 minutes daily (am), before the topic lesson.",
                "A visual timetable and topic word mats, made by the class TA and used in every lesson.",
                "The class teacher will give instructions in short steps, check Karol's understanding, and keep carpet input to 10 minutes or less for Karol before he moves to his table with his TA.",
            ]),
            ("h", "Reading and writing"),
            ("bul", [
                "Extra phonics practice: group of 3 (1:3), 15 minutes daily (pm), with a TA trained in the school's phonics programme.",
            ]),
            ("h", "English as an additional language"),
            ("bul", [
                "The school's EAL Coordinator will assess Karol's English once a term (3 times a year) and meet his parents, with an interpreter, once a term for 30 minutes, with the Special Educational Needs Co-ordinator (SENCo).",
            ]),
            ("h", "Emotional support"),
            ("bul", [
                "A 'help me' picture card on his desk and a 5-minute daily check-in with his TA at the start of the afternoon.",
            ]),
        ]),
        ("G", "Section G - Health provision", [
            ("p", "No health provision is needed. Karol's speech and language therapy is educational provision and is set out in Section F."),
        ]),
        ("H1", H1T.replace("Section H1: ", "Section H1 - "), [
            ("p", "None - see Section D. Short breaks were considered and are not needed."),
        ]),
        ("H2", "Section H2 - Other social care provision", [
            ("p", "None - see Section D. Early help was considered and is not needed."),
        ]),
        ("I", "Section I - Placement", [
            ("p", "St Anne's Church of England Primary School, Westbay (mainstream primary school)."),
        ]),
        ("J", "Section J - Personal budget", [
            ("p", "No personal budget has been requested."),
        ]),
        ("K", "Section K - Advice and information", [
            ("bul", [
                "Karol's views, gathered by Ola Nowak, Speech and Language Therapy Assistant, and Mrs Jones, TA - 14/09/2026",
                "Parents' views (with a Polish interpreter) - Karol's mum and dad - 09/09/2026",
                "Educational advice - Mrs Bryant (Class Teacher) and Mrs Ali (SENCo), St Anne's Church of England Primary School - 18/09/2026",
                "EAL advice - Mr Silva, EAL Coordinator, St Anne's - 18/09/2026",
                "Educational psychology advice - Dr Amira Kaur, Educational Psychologist - 04/09/2026",
                "Speech and language therapy advice - Hannah Price, Speech and Language Therapist - 21/05/2026",
                "Medical advice - Dr Ruth Adeyemi, Community Paediatrician - 12/05/2026",
                "Audiology report - Children's Audiology Service - 03/04/2026",
                "Social care advice - Children's Integrated Services, Duty and Assessment Team - 17/09/2026",
            ]),
        ]),
    ],
    "fail": [],
    "na": ["PC-PFA", "SC-STATUTORY-LINK", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF",
           "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"],
    "why": {
        "HC-NEEDS": "Sound: 'Karol has no health needs related to his special educational needs. His hearing was tested... on 3 April 2026 and was normal. The community paediatrician saw him in May 2026...' - none, with basis.",
        "HC-THERAPY-PLACEMENT": "Sound: 'Karol's speech and language therapy is educational provision and is set out in Section F.'",
        "PR-QUANTIFIED": "Sound: 'will visit once every 3 weeks for 1 hour' (professional's visit); '1:1... 20 mins x 3 weekly'; 'group of 4 (1:4), 30 minutes twice a week, led by a TA trained by the SALT'.",
        "LG-SPELLING": "Pass: Karol's quoted words ('I good at football', 'I want be strażak') are a child's own speech, reported as spoken; not errors in the plan.",
        "LG-GRAMMAR": "Pass: the non-standard grammar is only in Karol's quoted words, which illustrate his language disorder.",
    },
}

PLANS = [L205, L206, L207, L208]
