# National-template plans: af101 (sound), af104 (failures), af107 (failures), af110 (sound)
# K_rows offsets: 0 medical, 1 educational psychologist, 2 social care, 3 other person LA thinks
# appropriate, 4 Y9+ preparing for adulthood, 5 person the parent reasonably requests.
# None = row left as the template's wording (nobody filled it in).

HELD = "Held on the case record (not shown on this copy)"
SEND_TEAM = "Saxmere Special Educational Needs and Disabilities (SEND) Assessment Team"


def personal(name, pref, age, sex, eth, lang_c, lang_p, p1, rel1, p2, rel2):
    return {(1, 1): name, (1, 3): pref, (2, 1): age, (3, 1): sex, (3, 3): eth,
            (4, 1): lang_c, (4, 3): lang_p, (6, 1): p1, (6, 3): rel1, (7, 1): HELD, (7, 3): HELD,
            (8, 1): HELD, (9, 1): p2, (9, 3): rel2, (10, 1): HELD if p2 != "Not applicable" else "Not applicable",
            (10, 3): HELD if p2 != "Not applicable" else "Not applicable", (11, 1): "Same address"}


AF101 = dict(
    id="af101", layout="national-template", name="Emilija",
    front_lines=[
        ("Plan status", "Final EHC plan (first plan)"),
        ("Date of EHC plan", "23 June 2026"),
        ("Last reviewed", "Not yet reviewed \u2013 first review (under-5s, six-monthly) by December 2026"),
        ("Education phase", "Early years \u2013 pre-school (age 2 years 10 months)"),
        ("EHC co-ordinator", "Joanne, EHC Co-ordinator, " + SEND_TEAM),
    ],
    personal=personal("Emilija", "Emilija (Emi at home)", "Age 2 years 10 months (full date of birth held on the case record)",
                      "Female", "White \u2013 Lithuanian", "Lithuanian (learning English at pre-school)",
                      "Lithuanian (interpreter needed for meetings)", "Ieva", "Mother", "Rokas", "Father"),
    services={
        1: "Sunflowers Pre-School, Holtham (private, voluntary and independent early years setting)",
        2: "Holtham Medical Practice (GP \u2013 general practitioner); Dr Laura Finch, Community Paediatrician, Saxmere Community Health",
        3: HELD,
        4: "No \u2013 social care screening completed (see Section D)",
        5: "Children\u2019s physiotherapist; children\u2019s occupational therapist; speech and language therapist; orthotics service; Early Years Inclusion Team",
        6: "No",
        7: "No",
        8: "Yes \u2013 one-page profile written with Emilija\u2019s key person, appended",
        9: "No",
    },
    A1=[
        "Emilija lives in Holtham with her mum Ieva, her dad Rokas and her older brother Lukas, who is 7. Her parents came to Saxmere from Lithuania in 2018 for seasonal farm work and now both work at a packhouse on the edge of the town. Emilija was born at 29 weeks and spent ten weeks in the neonatal unit at Kingsmere and District Hospital. When she was 14 months old, the community paediatrician found that she has cerebral palsy affecting both legs (spastic diplegia), which means the muscles in her legs are stiff and she finds it hard to balance and move.",
        "Emilija started at Sunflowers Pre-School in January 2026 and goes for 15 hours a week (three full days). She gets about by bottom-shuffling and can walk a few steps holding a wheeled walker with an adult close by.",
        "How Emilija communicates: she understands a lot of Lithuanian and is beginning to understand English words at pre-school. She uses single words and some two-word phrases in Lithuanian, a few English words (\u201cmore\u201d, \u201cgo\u201d, \u201cbye\u201d), pointing, and Makaton signs (a sign and symbol language) for \u201cmore\u201d, \u201cfinished\u201d and \u201chelp\u201d. She shows what she wants by reaching, smiling and looking at the adult and then at the object.",
    ],
    views=[
        ("h", "What Emilija has shown us (observed through play by her key person, Mrs Shah, who has known her since January 2026, and by her mum at home, during May 2026)"),
        "Emilija is too young to tell us her views in words, so the people who know her best watched what she chose and how she reacted over three weeks:",
        ("b", [
            "She goes straight to the water tray and the musical instruments, and laughs when she makes a loud noise.",
            "She reaches her arms up and signs \u201cmore\u201d when an adult sings \u201cRow, row, row your boat\u201d with her.",
            "She watches the other children on the climbing frame for a long time and points at them.",
            "She pushes the walker away when she is tired and signs \u201cfinished\u201d.",
            "She says \u201cmama\u201d and smiles when she sees her mum at home time, and brings her a book to share.",
        ]),
        ("h", "What Emilija\u2019s parents told us (Ieva and Rokas, at home with a Lithuanian interpreter, 14 May 2026)"),
        "Ieva and Rokas said Emilija is a happy, determined little girl who \u201cnever gives up\u201d. They are pleased with how she has settled at pre-school. They worry that she cannot keep up with other children and that she will be left out as she gets older. They want her to be able to walk, to talk in both Lithuanian and English and to make friends. They asked that information is given to them in Lithuanian or with an interpreter, and that appointments are arranged around their shifts where possible.",
    ],
    interests=["Water play, music and singing, books with flaps, bubbles, and watching the other children on the climbing frame. At home she loves her brother\u2019s toy cars and bath time."],
    strengths=[("b", [
        "Sociable and happy: she smiles at adults and children and likes to be near other children.",
        "Determined: she keeps trying when something is hard, such as standing at the table.",
        "Good understanding of familiar words and routines in Lithuanian; she follows \u201cget your coat\u201d and \u201cwhere\u2019s the ball?\u201d.",
        "Good use of her hands: she can post shapes, turn pages and bang two objects together.",
        "Uses signs and gestures well to make her wishes known.",
    ])],
    aspirations=[
        "Emilija\u2019s parents hope that she will walk with a walker, and later without help, that she will talk in Lithuanian and English, that she will have friends to play with, and that she will go to Holtham Primary School with her brother in September 2027. Through play, Emilija shows us that she wants to climb and move like the other children and to join in with music and singing.",
    ],
    areas={
        "ci": ([
            "Emilija understands many words in Lithuanian and uses Makaton signs, pointing and eye contact to make her wishes known. She enjoys songs and copies actions.",
        ], [
            ("Emilija uses single words and a few two-word phrases, which is behind what is expected for her age. Her speech therapist has found that her language delay is linked to her prematurity and cerebral palsy, not to learning two languages. She finds it hard to join in with other children\u2019s play because she cannot yet ask to play or say what she wants.",
             ["Speech and language therapy: the speech and language therapist (SLT) from Saxmere Community Health will see Emilija on her own at pre-school on Tuesday mornings, for 30 minutes, 6 times each term, and will write a language plan for her key person.",
              "Language plan (modelling words in English, keeping Lithuanian at home, using Makaton signs and objects of reference) carried out by her key person, 1:1, for 10 minutes each day she attends (3 days a week).",
              "Makaton training for her key person and the room leader: one half-day Makaton Foundation workshop in the autumn term 2026, arranged by the pre-school manager."],
             "By December 2026, Emilija will use 20 different words or signs (in Lithuanian, English or Makaton) to ask for things or comment during play, counted by her key person on her word list each fortnight and checked by the SLT."),
            ("Emilija does not yet play alongside other children or take turns.",
             ["Small group turn-taking play (bubbles, ball rolling, musical instruments) in a group of no more than 3 children, for 10 minutes, twice each day she attends, led by her key person."],
             "By June 2027, Emilija will take turns with one other child in a simple game (such as rolling a ball or passing the drum) for 3 turns each, on 4 out of 5 observations recorded by her key person."),
        ]),
        "sp": ([
            "Emilija has good hand skills for her age and strong upper-body strength. She loves to move and is very motivated to stand and walk.",
        ], [
            ("Emilija has cerebral palsy affecting both legs. She cannot yet walk on her own and moves by bottom-shuffling. She can walk a few steps with a wheeled walker and adult help. She needs supported seating at the table to use her hands well.",
             ["Physical programme (standing, stepping in her walker, sitting balance) set by the children\u2019s physiotherapist, carried out by her key person, 1:1, for 15 minutes twice each day she attends.",
              "Specialist seating (a supportive chair with a footplate and tray) and a wheeled walker, provided and adjusted by the children\u2019s physiotherapy service; the pre-school manager reports any faults to the service.",
              "The pre-school is adapted for access: a ramp to the garden and a changing bench, already in place (checked by the Early Years Inclusion Team, March 2026)."],
             "By June 2027, Emilija will walk 10 metres across the pre-school room with her wheeled walker, with an adult nearby but not holding her, on 3 days in a row, recorded by her key person."),
            ("Emilija finds it hard to get on and off the floor and to join in with outdoor play without adult help.",
             ["Occupational therapy: the children\u2019s occupational therapist (OT) will visit pre-school once each half term for 45 minutes to set and review activities for getting on and off the floor, climbing and outdoor play, and to advise on seating.",
              "Outdoor play with adapted equipment (a low climbing frame with handrails) for 15 minutes each day she attends, with her key person, 1:1."],
             "By March 2027, Emilija will get from sitting on the floor to standing at a low table using a rail, without adult help, on 4 out of 5 tries recorded by her key person."),
        ]),
    },
    health_strengths=["Emilija is generally healthy. She has no difficulty with swallowing, eating or drinking (checked by the speech and language therapist in April 2026), but she does have the health needs from her cerebral palsy set out below."],
    health=[
        ("Stiffness and tightness in the muscles of both legs, which could lead to shortening of her muscles and problems with her hips as she grows.",
         ["Children\u2019s physiotherapist (Saxmere Community Health): assessment and review at pre-school or home every 6 weeks (45 minutes), setting and updating her physical programme and training her key person and parents in stretches.",
          "Hip X-ray every 12 months, arranged by the community paediatrician, as part of the national hip surveillance programme for children with cerebral palsy."],
         "By June 2027, Emilija will stand at a table in her standing position with her heels down for 5 minutes, twice each day she attends, recorded on her physical programme sheet."),
        ("Emilija needs ankle-foot orthoses (splints) to keep her feet in a good position when standing and walking.",
         ["Orthotics service at Kingsmere and District Hospital: fitting and review of her ankle-foot orthoses every 4 months (30-minute appointment), and replacement as she grows. Her parents bring them to pre-school each day; her key person puts them on for standing and walking, as shown by the physiotherapist."],
         "By December 2026, Emilija will wear her splints for all standing and walking practice at pre-school on every day she attends, recorded on her physical programme sheet."),
        ("Emilija\u2019s general development and cerebral palsy need medical oversight.",
         ["Community paediatrician review every 6 months (30 minutes) at the Holtham Child Development Centre, with an interpreter booked by the clinic."],
         "By June 2027, Emilija will be well enough to attend at least 90% of her pre-school sessions in each term, recorded on the pre-school register and reviewed with the community paediatrician."),
    ],
    G_agree=[
        ("h", "Health agreement"),
        "The health provision in Section G has been agreed by Dr Priya Lal, Designated Clinical Officer (DCO), Saxmere and Fens Integrated Care Board (ICB), on 17 June 2026.",
    ],
    social_strengths=["Emilija has a loving family and a close relationship with her brother. The family are supported by friends in the Lithuanian community in Holtham."],
    social=[
        ("Emilija has no social care needs relating to her special educational needs or disability. This was the conclusion of the social care advice from the Children with Disabilities Team (screening visit with Ieva and an interpreter, 6 May 2026).",
         "None required. Short breaks were considered at the screening visit; the family do not wish to use them at present and have the Saxmere Local Offer short breaks information in Lithuanian.",
         "None required. The family know how to contact the Saxmere Early Help Hub if their needs change.",
         "No social care outcome is needed at present."),
    ],
    placement=[(None, "Sunflowers Pre-School, Holtham"), (None, "Private, voluntary and independent early years setting (15 hours a week of funded early education)"),
               ("Start date", "January 2026"), ("Next phase", "Reception, September 2027 \u2013 to be named by 15 February 2027")],
    J=["No personal budget has been requested.", "Not applicable."],
    K_top=[
        ("Parent\u2019s views (Ieva and Rokas, with a Lithuanian interpreter)", "14 May 2026", "Ieva and Rokas (parents)", "YES"),
        ("Emilija\u2019s views (observation through play)", "20 May 2026", "Mrs Nina Shah, key person, Sunflowers Pre-School", "YES"),
        ("Educational advice", "12 May 2026", "Mrs Jane Oakes, Manager and SENCo (Special Educational Needs Co-ordinator), Sunflowers Pre-School; and Early Years Inclusion Team teacher", "YES"),
        ("Physiotherapy advice", "29 April 2026", "Ben Clarke, Children\u2019s Physiotherapist, Saxmere Community Health", "YES"),
        ("Occupational therapy advice", "5 May 2026", "Sian Morris, Children\u2019s Occupational Therapist, Saxmere Community Health", "YES"),
        ("Speech and language therapy advice", "21 April 2026", "Amy Chen, Speech and Language Therapist, Saxmere Community Health", "YES"),
        ("Orthotics advice", "29 April 2026", "Orthotist, Orthotics Service, Kingsmere and District Hospital", "YES"),
    ],
    K_rows={
        0: (None, "8 May 2026", "Dr Laura Finch, Community Paediatrician, Saxmere Community Health", "YES"),
        1: (None, "19 May 2026", "Dr Tom Ellis, Educational Psychologist, Saxmere Educational Psychology Service", "YES"),
        2: (None, "6 May 2026", "Karen Bell, Social Worker, Children with Disabilities Team", "YES"),
        3: None, 4: None, 5: None,
    },
    signoff=["Helen Frost, Team Manager, SEND Assessment Team", "Signed electronically", "23/06/2026"],
)


AF110 = dict(
    id="af110", layout="national-template", name="Maya",
    front_lines=[
        ("Plan status", "Amended EHC plan following annual review"),
        ("Date of EHC plan", "20.03.2026"),
        ("Last reviewed", "12 February 2026 (annual review)"),
        ("Education phase", "Post-16 further education, second year (age 19)"),
        ("EHC co-ordinator", "Marek, EHC Co-ordinator, " + SEND_TEAM),
    ],
    personal=personal("Maya", "Maya", "Age 19 (full date of birth held on the case record)", "Female",
                      "White \u2013 British", "English", "English", "Maya (young person)", "Self",
                      "Claire (mother)", "Mother"),
    services={
        1: "Kingsmere College (general further education college)",
        2: "Welbourne Medical Centre (GP \u2013 general practitioner); spina bifida clinic, Kingsmere and District Hospital",
        3: HELD,
        4: "Yes \u2013 Adult Social Care Transitions Team (Care Act 2014 assessment, see Section D)",
        5: "Continence nurse specialist; Saxmere Wheelchair Service; careers adviser; supported employment service",
        6: "No",
        7: "No",
        8: "Yes \u2013 written by Maya, appended",
        9: "No",
    },
    A1=[
        "Maya was born with spina bifida (myelomeningocele) and hydrocephalus, which is treated with a shunt. Her family moved often when she was younger because her dad served in the Royal Air Force (RAF); they settled near RAF Welbourne Heath in 2017 when he left the RAF and took a civilian job on the base. Maya went to Welbourne Heath Primary School and Holtham High School, and started at Kingsmere College in September 2024. She is now in the second year of a Level 1 Hospitality and Customer Service course, with functional skills English and maths.",
        "How Maya communicates: Maya is a confident talker who likes to speak for herself in meetings. She needs information broken into short steps and written down, because she finds it hard to remember a lot of spoken information at once.",
    ],
    views=[
        ("h", "Maya\u2019s views (written by Maya with her tutor, 22 January 2026, and shared at her annual review)"),
        "\u201cI like college, especially working in the Brasserie, the college restaurant. I\u2019m good with customers and I always remember what regulars like. I want a job in a coffee shop or a hotel reception. I want to get the bus into Kingsmere on my own, because at the moment Mum has to take me everywhere and I\u2019m 19. I want to live in my own flat in a few years, maybe with a friend. The things I find hard are money, remembering things and getting round town in my chair when the pavements are bad. I don\u2019t want people to talk about my catheter or my bladder in front of anyone.\u201d",
        ("h", "Parent\u2019s views (Claire, Maya\u2019s mother, at the annual review on 12 February 2026)"),
        "Claire said she is proud of how independent Maya has become with her personal care. She would like Maya to have a proper job, to travel on her own and to have a social life that does not depend on her family. She worries about Maya\u2019s safety when she is out alone, about money and about what will happen when college ends.",
    ],
    interests=["Baking, coffee, fashion and make-up, musicals (especially going to the theatre in Kingsmere), wheelchair basketball on Monday evenings, and chatting to friends online."],
    strengths=[("b", [
        "Friendly and confident with customers; her Brasserie supervisor says she is \u201cthe best at making people feel welcome\u201d.",
        "Independent with her own catheterisation and most personal care.",
        "Determined and reliable: 97% attendance this year.",
        "Strong upper body; she is a skilled wheelchair user indoors and plays wheelchair basketball.",
        "Good reader (Entry Level 3 functional English achieved in 2025).",
    ])],
    aspirations=["Maya wants to work in a coffee shop or hotel reception, travel independently by bus, and live in her own flat with some support in the future. Her mother hopes she will have paid work, friends of her own and a safe, independent life."],
    areas={
        "cl": ([
            "Maya is a fluent reader and has achieved Entry Level 3 functional English. She learns well through practical tasks and real situations.",
        ], [
            ("Maya has difficulties with working memory and with planning and organising, which are common with hydrocephalus. She forgets multi-step instructions and finds it hard to plan her day, remember deadlines and follow a recipe or work procedure without prompts.",
             ["Study skills and planning: 1:1 session with a learning support assistant each Monday for 45 minutes, to plan her week using her phone calendar and a visual checklist.",
              "All work procedures at the Brasserie written as step-by-step picture cards, made by her job coach and kept at her workstation."],
             "By July 2026, Maya will use her phone calendar and checklist to arrive at every timetabled session and work shift on time with the right equipment, on 9 out of 10 occasions each half term, recorded by her tutor."),
            ("Maya is working at Entry Level 2 in maths. She finds it hard to handle money, check change and budget.",
             ["Functional skills maths (money and budgeting) in a group of no more than 8, 2 x 90 minutes each week, taught by a qualified maths tutor.",
              "May 2026: money skills reassessed by the maths tutor in a 45-minute 1:1 assessment, and her budgeting targets updated before her supported internship."],
             "By July 2026, Maya will achieve Entry Level 3 functional skills maths, and will pay for her lunch and check her change correctly on 4 out of 5 occasions recorded by her tutor."),
        ]),
        "sp": ([
            "Maya is a skilled manual wheelchair user indoors with a strong upper body.",
        ], [
            ("Maya uses a manual wheelchair. She finds rough pavements, kerbs and slopes in the town centre hard and tiring, and she has not yet travelled alone.",
             ["Independent travel training on the route from her home to Kingsmere bus station and college, 1:1, 2 sessions a week of 90 minutes for 10 weeks from March 2026, then review; delivered by a trained independent travel trainer from Saxmere Passenger Transport.",
              "Transport on the college accessible minibus, provided by Kingsmere College, each college day until she has completed travel training."],
             "By December 2026, Maya will travel by bus from her home to Kingsmere College and back on her own, and will access the town centre independently at least once a week, recorded in her travel log and agreed by Maya and her mother."),
        ]),
        "semh": ([
            "Maya has a good group of friends at college and through wheelchair basketball.",
        ], [
            ("Maya is anxious about being out alone and about keeping herself safe online and in the community. She has sometimes shared personal information online.",
             ["Personal safety and online safety course, in a group of no more than 6, weekly for 1 hour for 8 weeks in the summer term 2026, delivered by the college wellbeing team."],
             "By July 2026, Maya will name and practise five rules for staying safe in town and online, and use her safety card to ask for help in a practice situation, assessed by the wellbeing lead at the end of the course."),
        ]),
        "ci": ([
            "Maya speaks confidently and is excellent with customers.",
        ], [
            ("Preparing for employment: Maya\u2019s talk with customers is a strength, but she needs work experience in a real workplace and support to apply for supported internships.",
             ["Supported work placement in the college Brasserie, 2 shifts of 3 hours each week, with a job coach present for the first hour of each shift.",
              "Careers guidance interview with the college careers adviser once a term (45 minutes), including support with her application for a supported internship for September 2026.",
              "From April 2026, the job coach will arrange and support two taster days at local employers (one coffee shop, one hotel)."],
             "By July 2026, Maya will have an offer of a supported internship place for September 2026, after completing two taster days and receiving a positive employer feedback form from each."),
        ]),
    },
    health_strengths=["Maya manages her own clean intermittent catheterisation and bowel routine independently and knows the signs of shunt problems."],
    health=[
        ("Hydrocephalus with a ventriculo-peritoneal (VP) shunt: risk of shunt blockage, which is an emergency. Maya knows the signs (headache, vomiting, drowsiness) but college staff also need to know.",
         ["Neurosurgery review at the regional neurosurgical centre once a year.",
          "The spina bifida clinic nurse will give a 1-hour awareness session to Maya\u2019s tutor, Brasserie supervisor and job coach each September, and update Maya\u2019s health care plan."],
         "By July 2026, Maya will explain to her new work placement supervisor what her shunt is and what to do in an emergency, using her own health passport, checked by her job coach."),
        ("Neurogenic bladder and bowel: Maya self-catheterises every 3 to 4 hours and needs an accessible toilet with a shelf and a private space; she is at risk of urinary tract infections.",
         ["Continence nurse specialist (Saxmere Community Health) review every 6 months (45 minutes) and prescription of catheter supplies via her GP.",
          "Continence nurse will advise the college and each work placement on toilet access before Maya starts there."],
         "By July 2026, Maya will manage her own catheterisation at college and on placement with no missed catheterisations in her own diary in each half term, checked with her by her tutor at the end of each half term."),
        ("Reduced sensation in her legs and buttocks: risk of pressure sores from long periods of sitting.",
         ["Saxmere Wheelchair Service review of her wheelchair and pressure-relieving cushion every 12 months (1 hour), with repairs within 5 working days."],
         "By July 2026, Maya will do a pressure relief lift every 30 minutes during lessons and shifts using her phone reminder, on 9 out of 10 spot checks by her tutor, with no pressure sores found at her 6-monthly skin check."),
    ],
    G_agree=[
        ("h", "Health agreement"),
        "Section G reviewed and agreed on 11 March 2026 by Dr Priya Lal, Designated Clinical Officer (DCO), Saxmere and Fens Integrated Care Board (ICB).",
    ],
    social_strengths=["Maya has a supportive mother and friends, and is motivated to be more independent."],
    social=[
        ("Maya needs support to go out in the community and to build the skills to live independently, because of her physical disability and her difficulties with planning and money. An Adult Social Care assessment under the Care Act 2014 (15 January 2026) found she has eligible needs for support to access the community and to develop daily living skills.",
         "Not applicable: Maya is over 18, so her social care provision is made under the Care Act 2014 (see H2).",
         "Personal assistant for 6 hours a week (Saturday 10 am to 1 pm and Wednesday 5 pm to 8 pm) to support Maya in the community, including shopping, the theatre and meeting friends, funded by Adult Social Care through a direct payment.\nIndependent living skills course at the Kingsmere Independent Living Centre: one day a week (Friday, 10 am to 3 pm) for 12 weeks from April 2026, commissioned by Adult Social Care.",
         "By December 2026, Maya will plan and carry out a trip to the theatre or town centre with a friend, buying the tickets and planning the bus journey herself, with her personal assistant only nearby, recorded in her support plan review."),
    ],
    placement=[(None, "Kingsmere College"), (None, "General further education college"),
               ("Course", "Level 1 Hospitality and Customer Service, with functional skills English and maths; 4 days a week"),
               ("Expected end date", "July 2026, then a supported internship (to be named at the next review)")],
    J=["Maya has a direct payment from Adult Social Care for her personal assistant (H2).", "Managed by Maya with help from her mother; reviewed by Adult Social Care every 6 months."],
    K_top=[
        ("Young person\u2019s views", "22 January 2026", "Maya, written with her tutor", "YES"),
        ("Parent\u2019s views", "12 February 2026", "Claire (mother)", "YES"),
        ("Educational advice and annual review report", "12 February 2026", "Mr Paul Grant, Additional Learning Support Manager, Kingsmere College", "YES"),
        ("Continence nursing advice", "2 December 2025", "Rachel Dean, Continence Nurse Specialist, Saxmere Community Health", "YES"),
        ("Wheelchair service advice", "9 January 2026", "Saxmere Wheelchair Service (clinical lead therapist)", "YES"),
        ("Neurosurgery clinic letter", "3 November 2025", "Consultant Neurosurgeon, regional neurosurgical centre", "YES"),
    ],
    K_rows={
        0: (None, "20 January 2026", "Dr Rhys Owen, Consultant in Rehabilitation Medicine, spina bifida clinic, Kingsmere and District Hospital", "YES"),
        1: (None, "15 January 2026", "Dr Tom Ellis, Educational Psychologist, Saxmere Educational Psychology Service", "YES"),
        2: (None, "15 January 2026", "Sam Turner, Social Worker, Adult Social Care Transitions Team", "YES"),
        3: None,
        4: (None, "28 January 2026", "Gary Nolan, Careers Adviser (Level 6 qualified), Saxmere Careers Service", "YES"),
        5: None,
    },
    signoff=["Helen Frost, Team Manager, SEND Assessment Team", "Signed electronically", "20/03/2026"],
)


AF104 = dict(
    id="af104", layout="national-template", name="Callum",
    front_lines=[
        ("Plan status", "Final EHC plan"),
        ("Date of EHC plan", "02/10/2023"),
        ("Last reviewed", "18/11/2025 \u2013 annual review; plan maintained without amendment"),
        ("Education phase", "Primary \u2013 Year 4 (age 8)"),
        ("EHC co-ordinator", "Joanne, EHC Co-ordinator, SEND Assessment Team"),
    ],
    personal=personal("Callum", "Cal", "Age 8 (full date of birth held on the case record)", "Male",
                      "White \u2013 Scottish", "English", "English", "Nicola", "Mother", "Stuart", "Father"),
    services={
        1: "Welbourne Heath Primary School",
        2: "RAF Welbourne Heath Medical Centre (GP); paediatric diabetes team, Kingsmere and District Hospital",
        3: HELD,
        4: "No",
        5: "PDSN; OT; EP",
        6: "No",
        7: "No",
        8: "No",
        9: "Yes \u2013 transferred from a Scottish co-ordinated support plan, converted to an EHCP in 2023",
    },
    A1=[
        "Callum lives on RAF Welbourne Heath with his mum Nicola, his dad Stuart, who is a Sergeant in the RAF, and his sister Eilidh, who is 5. The family moved from RAF Lossiemouth in Scotland in April 2023. Callum was diagnosed with T1D in May 2021 and with DCD in 2021. He had a co-ordinated support plan in Scotland, and Saxmere completed an EHCNA after the move.",
        "At his school in Scotland, Callum had support from a PSA for 10 hours a week and OT through NHS Grampian. When he arrived at Welbourne Heath Primary School in April 2023 the school put in a TA at lunchtimes for his diabetes and asked for an EHCNA, because his handwriting, dressing and diabetes management needed more support than the school could give from its own resources. Callum had a difficult start and missed 14 days in his first term, mostly because of hypos and hospital appointments.",
        "How Callum communicates: Callum is a chatty boy with good spoken language who likes to explain things in detail.",
    ],
    views=[
        ("h", "Callum\u2019s views (talked through with his HLTA, 14 June 2023)"),
        "\u201cI like football and Minecraft and my dog Bruce. I\u2019m good at maths and I know loads about volcanoes. I don\u2019t like writing because my hand hurts and it\u2019s messy. I don\u2019t like it when I have to stop playing to do my blood. When I grow up I want to be a footballer or a vet.\u201d",
        ("h", "Parents\u2019 views (Nicola and Stuart, 20 June 2023)"),
        "Nicola and Stuart said that Callum is kind, funny and clever, but that moving schools has been hard. They want him to be safe with his diabetes, to enjoy school and to be able to write and get dressed without so much help. They would like him to do football club with his friends.",
    ],
    interests=["Football, Minecraft, volcanoes and dinosaurs, walking Bruce the dog."],
    strengths=[("b", [
        "Good at maths, working at the expected standard.",
        "Wide general knowledge and good spoken vocabulary.",
        "Kind and makes friends easily.",
        "Knows a lot about his diabetes and can tell adults when he feels low.",
    ])],
    aspirations=["Callum wants to be a footballer or a vet. His parents hope he will manage his diabetes safely, write more easily, and join in fully with sport and clubs."],
    areas={
        "sp": ([
            "Callum is a keen footballer with good running and kicking skills.",
        ], [
            ("Callum has DCD. His handwriting is slow, large and hard to read, and his hand aches after a few lines. He finds it hard to use scissors and a ruler.",
             ["OT programme for fine motor skills and handwriting, 1:1, 3 x 15 minutes weekly, delivered by the TA trained by the OT.",
              "OT visits school once a term for 1 hour to review the programme and update targets.",
              "Writing slope and pencil grips provided by the SENCo; laptop for longer writing, set up by the school IT technician."],
             "By July 2024, Callum will write 3 sentences in a joined style in 5 minutes that an unfamiliar adult can read, on 4 of 5 checks by his class teacher."),
            ("Callum finds it hard to get changed for PE and to do up buttons and zips.",
             ["Dressing skills practice, 1:1, 10 minutes before each PE lesson (2 x weekly), with the TA.",
              "Callum changes for PE 5 minutes before the rest of the class in a private space."],
             "By July 2024, Callum will get changed for PE independently within 8 minutes, on 4 of 5 occasions recorded by the TA."),
        ]),
        "semh": ([
            "Callum is friendly and well liked.",
        ], [
            ("Callum gets upset and cross when he has to stop an activity to check his blood glucose, and he sometimes refuses.",
             ["ELSA sessions, in a group of no more than 3, 30 minutes weekly for 8 weeks, then review.",
              "Daily check-in with the HLTA at lunch, 5 minutes."],
             "By July 2024, Callum will stop and check his blood glucose when his alarm sounds, without refusing, on 9 out of 10 occasions recorded in his diabetes log."),
        ]),
    },
    health_strengths=["Callum knows how he feels when his blood glucose is low and tells an adult."],
    health=[
        ("T1D: Callum uses a CGM and insulin injections (MDI). He needs insulin at lunch and carbohydrate counting, and may have hypos that must be treated straight away.",
         ["Paediatric diabetes clinic every 3 months (45 minutes) with the consultant and PDSN.",
          "The PDSN trains named school staff (TA, HLTA, class teacher) in CGM, carb counting, injections and hypo treatment: 2 hours each September, with a refresher when his regime changes.",
          "IHCP written by the PDSN with parents and school, reviewed every September."],
         "By July 2024, Callum will tell the TA his CGM reading and the carbs in his lunch before his insulin is given, correctly on 8 out of 10 days, recorded in his diabetes log."),
    ],
    G_agree=[],
    social_strengths=["Callum has a close, supportive family and is part of the RAF community on the base."],
    social=[
        ("Callum has no social care needs relating to his SEN or disability (social care screening, Children with Disabilities Team, 1 June 2023).",
         "None. The family have details of the Saxmere Local Offer and short breaks.",
         "None. The family are supported by the RAF HIVE information centre and know about Early Help.",
         "No social care outcome is needed."),
    ],
    placement=[(None, "Welbourne Heath Primary School"), (None, "Mainstream primary school"),
               ("Start date", "April 2023"), ("Transport", "Not required \u2013 the school is on the base")],
    J=["No personal budget has been requested.", "Not applicable."],
    K_top=[
        ("Parents\u2019 views", "20 June 2023", "Nicola and Stuart (parents)", "YES"),
        ("Callum\u2019s views", "14 June 2023", "Callum, with Mrs Ward (HLTA)", "YES"),
        ("Educational advice", "22 June 2023", "Mrs Kerry Lang, SENCo, Welbourne Heath Primary School", "YES"),
        ("OT advice", "8 June 2021", "Gemma Price, OT, NHS Grampian", "YES"),
        ("PDSN advice", "14 July 2021", "Fiona McLeod, PDSN, NHS Grampian", "YES"),
    ],
    K_rows={
        0: (None, "14 July 2021", "Dr Ross Mackay, Consultant Paediatrician (diabetes), NHS Grampian", "YES"),
        1: (None, "5 June 2023", "Dr Tom Ellis, EP, Saxmere EPS", "YES"),
        2: (None, "1 June 2023", "Mark Daly, Social Work Practitioner, CWD Team", "YES"),
        3: None, 4: None, 5: None,
    },
    signoff=["Helen Frost, Team Manager, SEND Assessment Team", "Signed electronically", "02/10/2023"],
)


AF107 = dict(
    id="af107", layout="national-template", name="Kai",
    front_lines=[
        ("Plan status", "Amended EHC plan (phase transfer to post-16)"),
        ("Date of EHC plan", "1 September 2026"),
        ("Last reviewed", "16 June 2026 (Year 11 annual review)"),
        ("Education phase", "Year 12 \u2013 first year of further education (age 17)"),
        ("EHC co-ordinator", "Marek, EHC Co-ordinator, " + SEND_TEAM),
    ],
    personal=personal("Kai", "Kai", "Age 17 (full date of birth held on the case record)", "Male",
                      "White \u2013 British", "English", "English", "Dawn", "Mother", "Not applicable", "Not applicable"),
    services={
        1: "Kingsmere College (general further education college) from September 2026",
        2: "Fenwold Surgery (GP \u2013 general practitioner); Dr Laura Finch, Community Paediatrician",
        3: HELD,
        4: "Yes \u2013 Child in Need plan since March 2026; allocated social worker, Kingsmere Children\u2019s Services",
        5: "Children\u2019s physiotherapist; occupational therapist; speech and language therapist; Saxmere Wheelchair Service",
        6: "No",
        7: "No",
        8: "Yes \u2013 appended",
        9: "No",
    },
    A1=[
        "Kai presents with bilateral spastic quadriplegic cerebral palsy, GMFCS IV, MACS III, secondary to hypoxic-ischaemic encephalopathy at term. He has pseudobulbar dysarthria with reduced intelligibility to unfamiliar listeners, and a progressive hip migration percentage of 40% on the left, with a plan for possible varus derotation osteotomy. He is non-ambulant and mobilises in a powered chair with joystick control. Upper limb function is characterised by reduced selective motor control and dystonic posturing bilaterally, with the right upper limb dominant. Cognition is within the low average range on standardised assessment, with a relative weakness in processing speed.",
        "Kai have lived in Fenwold with his mum Dawn all his life and went to Fenwold Academy from Year 7 to Year 11. He started at Kingsmere College in September 2026.",
        "How Kai communicates: Kai speaks for himself, although people who do not know him can find his speech hard to understand at first. He uses a speech-generating app on his tablet when he is not understood, and he likes people to ask him to repeat rather than guess.",
    ],
    views=[
        ("h", "Kai\u2019s views (Kai, with Marek, 2 June 2026)"),
        "\u201cI\u2019m a gamer. I want to do IT at college and then work in games testing or IT support. I want to learn to drive my chair on the bus and go to Kingsmere with my mates. I hate people talking to my mum instead of me. My hips hurt sometimes. I want to go out more, I\u2019m stuck in the house a lot.\u201d",
        ("h", "Parent\u2019s views (Dawn, 2 June 2026)"),
        "Dawn said Kai is clever and funny and that he is sick of being treated like a child. She would like him to get a qualification in IT, to go out with his friends and to be more independent. She said that she is finding it hard to manage Kai\u2019s care on her own, especially lifting, and that the house is not suitable any more.",
    ],
    interests=["Gaming (especially strategy games), building PCs (with help), football on television, and music."],
    strengths=[("b", [
        "Excellent with computers and games; he helps his friends to set up their consoles.",
        "Good sense of humour and a loyal friend.",
        "Determined and an an useful member of his tutor group, who speaks up for others.",
        "Achieved GCSE (General Certificate of Secondary Education) grade 4 in maths and a Level 2 in IT in summer 2026.",
    ])],
    aspirations=["Kai wants to work in IT support or games testing, travel on the bus with friends and live more independently. Dawn hopes he will get a qualification, a job and a social life."],
    areas={
        "ci": ([
            "Kai has good understanding of language and a wide vocabulary, and he speaks up for himself.",
        ], [
            ("Kai\u2019s speech is hard for unfamiliar people to understand because of his cerebral palsy. He needs to use his speech-generating app in new situations and with new people.",
             ["Speech and language therapy: the college speech and language therapist will see Kai 1:1 for 30 minutes fortnightly on Mondays, for 6 sessions each term, to build his use of the app and his strategies with new people.",
              "Staff training by the speech and language therapist for his course tutors: one 45-minute session in September 2026."],
             "By July 2027, Kai will introduce himself and explain what he needs to three new people (for example a bus driver, a shop assistant and a new tutor), using speech or his app, so that each person understands without his mum or staff helping, recorded by his tutor."),
        ]),
        "cl": ([
            "Kai achieved a Level 2 in IT and grade 4 in GCSE maths.",
        ], [
            ("Kai\u2019s processing speed is slow and typing with his hands is tiring. He needs more time for written work and assessments.",
             ["Laptop with a trackball, on-screen keyboard and word prediction, set up and maintained by the college assistive technology technician.",
              "25% extra time and a scribe or voice recognition in all assessments, arranged by the college exams officer.",
              "Study support 1:1 with a learning support assistant, 2 x 1 hour each week."],
             "By July 2027, Kai will complete the first year of his Level 3 IT course, handing in every assignment by its deadline, recorded by his course tutor."),
        ]),
        "sp": ([
            "Kai drives his powered wheelchair skilfully indoors.",
        ], [
            ("Kai needs support with all personal care and transfers, and with getting around the college site and in the community.",
             ["Two learning support assistants trained in moving and handling support Kai with personal care and hoisting, at set times each day (mid-morning, lunch and mid-afternoon) and when he asks.",
              "Travel training: a travel trainer from Saxmere Passenger Transport will work with Kai 1:1 on the bus route from Fenwold to Kingsmere, 2 sessions of 90 minutes a week for 10 weeks from October 2026.",
              "Occupational therapy: the occupational therapist will assess Kai\u2019s seating and access in all his teaching rooms and will visit once each half term for 1 hour."],
             "By June 2027, Kai will travel on the bus from Fenwold to Kingsmere with a friend and no member of staff, on at least 3 occasions, recorded in his travel log."),
        ]),
    },
    health_strengths=["Kai understands his condition well and can tell staff how to move him."],
    health=[
        ("Hip pain and risk of hip dislocation; he is under review by the orthopaedic team and may need surgery.",
         ["Orthopaedic review at Kingsmere and District Hospital every 6 months, including a hip X-ray.",
          "Physiotherapy: the children\u2019s physiotherapist will review Kai\u2019s postural management programme and standing frame every 8 weeks (1 hour) until his transfer to adult services in September 2027, and train college staff in his stretches."],
         "By December 2026, Kai will tell staff the his hip pain score using a 0 to 10 scale on his app twice each day, recorded on his postural chart, so that his programme can be adjusted."),
        ("Kai needs a powered wheelchair with specialist seating that is regularly adjusted as he grows.",
         ["Saxmere Wheelchair Service will review his wheelchair and seating every 6 months (1 hour) and carry out repairs within 5 working days."],
         "By July 2027, Kai will drive his wheelchair safely and independently between all his teaching rooms, the library and the canteen, with no wheelchair faults stopping him attending college for more than one day, recorded on the college attendance register."),
    ],
    G_agree=[
        ("h", "Health agreement"),
        "Section G confirmed by Dr Priya Lal, Designated Clinical Officer (DCO), Saxmere and Fens Integrated Care Board (ICB), 25 August 2026.",
    ],
    social_strengths=["Kai has a close relationship with his mum and a good group of friends."],
    social=[
        ("None.", "None.", "None.", "Not applicable."),
    ],
    placement=[(None, "Kingsmere College"), (None, "General further education college"),
               ("Course", "Level 3 Extended Certificate in Information Technology, 4 days a week"),
               ("Start date", "September 2026")],
    J=["No personal budget has been requested.", "Not applicable."],
    K_top=[
        ("Young person\u2019s views", "2 June 2026", "Kai, with Marek (EHC Co-ordinator)", "YES"),
        ("Parent\u2019s views", "2 June 2026", "Dawn (mother)", "YES"),
        ("Educational advice and Year 11 annual review report", "16 June 2026", "Mrs Alison Reed, SENCo, Fenwold Academy", "YES"),
        ("Physiotherapy advice", "20 May 2026", "Ben Clarke, Children\u2019s Physiotherapist, Saxmere Community Health", "YES"),
        ("Speech and language therapy advice", "27 May 2026", "Amy Chen, Speech and Language Therapist, Saxmere Community Health", "YES"),
        ("Occupational therapy advice", "22 May 2026", "Sian Morris, Children\u2019s Occupational Therapist, Saxmere Community Health", "YES"),
        ("Wheelchair service advice", "12 May 2026", "Saxmere Wheelchair Service (clinical lead therapist)", "YES"),
        ("Orthopaedic clinic letter", "7 April 2026", "Mr James Hale, Consultant Orthopaedic Surgeon, Kingsmere and District Hospital", "YES"),
    ],
    K_rows={
        0: (None, "14 May 2026", "Dr Laura Finch, Community Paediatrician, Saxmere Community Health", "YES"),
        1: (None, "3 February 2026", "Dr Fiona Grant, Educational Psychologist, Saxmere Educational Psychology Service", "YES"),
        2: None, 3: None,
        4: (None, "9 June 2026", "Gary Nolan, Careers Adviser (Level 6 qualified), Saxmere Careers Service", "YES"),
        5: None,
    },
    signoff=["Helen Frost, Team Manager, SEND Assessment Team", "Signed electronically", "01/09/2026"],
)

PLANS = [AF101, AF104, AF107, AF110]
