
# ================================================================ y201 SOUND bold-statutory
PLANS.append(dict(
    id="y201", layout="bold-statutory",
    front=[
        ("Name (first name only)", "Reuben"),
        ("Age", "14"),
        ("National Curriculum (NC) year", "Year 9"),
        ("Date this plan was issued", "3 November 2026 (amended following annual review)"),
        ("Date of last annual review", "15 October 2026"),
        ("Legal status", "Looked after by Wealdshire County Council under section 20 of the Children Act 1989, with his parents' agreement"),
        ("Setting", "Hollowmere School (52-week residential placement)"),
    ],
    intro=intro("Reuben", "his mum and dad", "him"),
    A=[
        ("h", "About Reuben"),
        ("p", "Reuben is 14 and lives at Hollowmere School, where he has been a residential pupil since February 2025. "
              "He goes home to his mum, dad and younger sister Ella every other Saturday. Reuben is autistic and has a "
              "severe learning disability. He does not use spoken words, but he communicates a great deal through his "
              "Picture Exchange Communication System (PECS) book, some Makaton signs, his face and his body. People who "
              "know him well say he has a wicked sense of humour and a laugh that fills the room."),
        ("h", "How we found out what Reuben thinks"),
        ("p", "Reuben's views were gathered on 2 and 9 October 2026 by Sian, his key worker at Hollowmere, who has worked "
              "with him for 18 months. She used a talking mat with photographs (a ‘like’, ‘not sure’ and ‘don't like’ "
              "board), his PECS book and what she and the class team have seen across the school day and in the house. "
              "His mum and dad looked at the mat with him during family time on 11 October 2026 and agreed that it shows "
              "what Reuben is like."),
        ("h", "What Reuben showed us he likes"),
        ("ul", [
            "Swimming. He put the photograph of the hydrotherapy pool on the ‘like’ side straight away, smiling and rocking.",
            "The trampoline. Reuben has access to the trampoline every evening after tea and will fetch the ‘jump’ symbol to ask for it.",
            "Toast with strawberry jam, car journeys and watching the trains from the footbridge in Ashford Magna.",
            "Music, especially anything with a strong drum beat. He claps along and will hand an adult the speaker.",
            "Jigsaws. He can finish a 24-piece jigsaw on his own.",
        ]),
        ("h", "What Reuben showed us he does not like"),
        ("ul", [
            "Loud hand dryers and busy dining halls. He pushed the photograph of the dining hall at lunchtime off the mat twice.",
            "Waiting, especially when he cannot see what is coming next.",
            "A new adult arriving without warning.",
        ]),
        ("h", "What Reuben's parents say"),
        ("p", "“Reuben has come such a long way since he moved to Hollowmere. He is calmer, he sleeps better and he is "
              "using his book to tell us what he wants. We want him to be safe and happy, and as independent as he can "
              "be. Our big wish for this year is that he can come home for tea on a Saturday, go to the shop with his dad "
              "and enjoy it, without it all being too much for him.” (Mum and Dad, annual review meeting, 15 October 2026)"),
        ("h", "Reuben's strengths"),
        ("ul", [
            "He uses more than 60 PECS symbols and is starting to put two together on a sentence strip.",
            "He has an excellent memory for routes and places and knows the way to the pool, the shop and the station.",
            "He can dress himself with a photo sequence and a few prompts, and uses the toilet on his own in the day.",
            "He is gentle with the younger pupils in the house and will share his jigsaws with them.",
            "He works hard at the school garden and enjoys watering and carrying pots.",
        ]),
        ("h", "Aspirations"),
        ("p", "Reuben's own hopes, as far as we can tell from what he chooses and enjoys, are to keep swimming, to ride on "
              "the train and to have toast whenever he likes. His parents hope that as an adult he will live in a "
              "supported home close to the family, spend his days doing something he enjoys (perhaps at a garden centre "
              "or a farm project), and be able to buy things and get about in the community with support."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "Reuben is autistic. He does not use speech. He uses his PECS book at Phase 4 (building a sentence with an "
              "‘I want’ card and a picture) with adults he knows, though in new places he often goes back to giving a "
              "single picture. He understands short spoken instructions with one key word when they are backed up with "
              "an object of reference or a symbol. He uses about 15 Makaton signs, including ‘more’, ‘finished’ and "
              "‘help’. He finds it hard to get an adult's attention if they are not looking at him, and this can lead to "
              "distress."),
        ("h", "Cognition and learning"),
        ("p", "Reuben has a severe learning disability. His teachers assess him using the engagement model and the "
              "school's pre-formal curriculum. He can match and sort by colour and shape, counts up to 5 objects, and "
              "recognises his own name and about 20 familiar photographs and symbols. He learns best through short, "
              "practical tasks that are repeated in the same order, with a clear ‘finished’ signal."),
        ("h", "Social, emotional and mental health"),
        ("p", "When Reuben is anxious or cannot make himself understood, he may bite his hand, hit out at the adult "
              "nearest to him or drop to the floor. The school's incident log shows this has fallen from most days in "
              "spring 2025 to about twice a week in the autumn term 2026. The main triggers are waiting, noise and "
              "unexpected change. He has a positive behaviour support (PBS) plan that all staff follow. He calms with "
              "deep pressure, music through headphones and time in his calm space."),
        ("h", "Sensory and/or physical"),
        ("p", "Reuben seeks deep pressure and movement and is very sensitive to sudden loud noise. He wears ear defenders "
              "when needed, usually in the dining hall and on the minibus. His fine motor skills are delayed: he finds "
              "buttons, spreading and using a knife difficult. He needs an adult nearby for personal care such as "
              "showering and tooth brushing."),
        ("h", "Preparing for adulthood"),
        ("p", "Reuben is in Year 9, and the family and school have started to think about his life after school. He needs "
              "to build everyday skills (choosing and buying, simple food preparation, taking part in a work-style "
              "task) that will help him have as much choice and control as possible as an adult."),
    ],
    C=[
        ("p", "Reuben's hearing and eyesight were checked in March 2026 and there are no difficulties with either, "
              "but he has epilepsy and a sleep difficulty that affect his learning and his care."),
        ("h", "Epilepsy"),
        ("p", "Reuben was diagnosed with epilepsy in 2023. He has a tonic-clonic seizure about once every two months and "
              "takes levetiracetam twice a day. He has emergency rescue medication (buccal midazolam) if a seizure lasts "
              "more than 5 minutes. He finds taking medicine difficult and sometimes refuses it, especially in the morning. "
              "He has an individual healthcare plan (IHCP) written by the epilepsy nurse specialist."),
        ("h", "Sleep"),
        ("p", "Reuben has had difficulty getting off to sleep and staying asleep since he was small. He takes melatonin, "
              "prescribed by his consultant paediatrician. He now usually sleeps from about 9pm but often wakes before "
              "5am and becomes distressed when he is asked to stay in his room."),
    ],
    D=[
        ("p", "Reuben has been looked after by Wealdshire County Council under section 20 of the Children Act 1989 since "
              "February 2025. His parents asked for this, and agreed it, because his needs could no longer be met "
              "safely at home, even with short breaks. His social worker is Marcus Reid, Children with Disabilities "
              "Team. Marcus contributed social care advice to this plan (30 September 2026) and attended the annual "
              "review. Reuben's care plan and this EHC plan are reviewed together: his looked after child review on "
              "12 August 2026 agreed the outcomes for independence and family time that appear in Section E, and his "
              "Personal Education Plan (PEP), reviewed with the Wealdshire Virtual School on 20 September 2026, uses "
              "the same communication and independence targets."),
        ("p", "Reuben's social care needs are:"),
        ("ul", [
            "care and supervision from an adult he knows throughout the day and night, including waking night staff, because he cannot keep himself safe and may have seizures at night;",
            "help with all personal care, following his photo sequences;",
            "keeping strong relationships with his mum, dad and sister through planned family time;",
            "planning, from age 17, for his move to adult social care, through a Care Act 2014 transition assessment.",
        ]),
    ],
    Eintro=[("p", "Reuben is in Year 9, so his outcomes are grouped under the four preparing for adulthood (PfA) areas: "
                  "employment, independent living, friends and community, and good health. Each outcome will be "
                  "reviewed at his next annual review in October 2027 unless a date is given.")],
    E=[
        ("E1", "Communication – friends and community",
         "By July 2027, Reuben will use his PECS book to build a two-card sentence (‘I want’ and a picture) to ask for "
         "a drink or a snack without being prompted, on 8 out of 10 chances across a week, as recorded by his class "
         "team on his communication log."),
        ("E2", "Friends and community",
         "By October 2027, Reuben will buy one item at a local shop by handing over a symbol card and the money, with "
         "one adult nearby, on 4 out of 5 weekly trips over a half term, as recorded on his community log. This builds "
         "towards his parents' wish that he can go to the shop with his dad."),
        ("E3", "Independent living",
         "By July 2027, Reuben will make his own toast with jam, following a four-step picture sequence, with no more "
         "than two gestural prompts, on 3 evenings a week for four weeks running, as recorded by residential staff."),
        ("E4", "Good health – wellbeing",
         "By July 2027, when he is becoming anxious, Reuben will hand an adult his ‘break’ card or go to his calm "
         "space, so that biting or hitting falls from about twice a week (autumn term 2026) to no more than twice a "
         "month across the summer term 2027, as shown by the school's incident log."),
        ("E5", "Good health – epilepsy",
         "By April 2027, Reuben will take his epilepsy medication when it is offered with his medication symbol card, "
         "for at least 12 of his 14 doses each week over a month, as recorded on his medication chart."),
        ("E6", "Good health – sleep",
         "By October 2027, Reuben will stay in his bedroom until his visual clock shows the ‘sun’ picture at 6.30am on "
         "5 nights out of 7, over four weeks, as recorded on the night log."),
        ("E7", "Employment",
         "By July 2028, Reuben will complete a 20-minute job at the school garden project (watering or sorting pots) "
         "with one adult, on 3 out of 4 weekly sessions, and will gain the ASDAN (Award Scheme Development and "
         "Accreditation Network) Personal Progress certificate unit in horticulture."),
    ],
    Fintro=FINTRO + [("p", "Throughout the school day Reuben is taught in a class of no more than 6 pupils with a teacher "
                           "and 3 teaching assistants (TAs), 39 weeks a year. In the residential house he has an adult "
                           "with him 1:1 during waking hours.")],
    F=[
        ("E1", "Provision for E1 – communication", [
            ("Speech and language therapy: a speech and language therapist (SLT) registered with the Health and Care Professions Council (HCPC) will see Reuben on his own to teach two-card sentences and set his PECS targets",
             "every Tuesday and Thursday, 30 minutes each, term time", "Hollowmere speech and language therapist"),
            ("PECS practice built into snack, lunch and choosing times, 1:1", "3 times a day, about 15 minutes each", "Class TA who has completed PECS Level 1 training"),
            ("Training for the class and residential staff in Reuben's PECS programme", "one 2-hour session each term", "Hollowmere speech and language therapist"),
            ("PECS book and symbol cards, kept up to date with new symbols", "checked and updated every Friday", "Class teacher"),
        ]),
        ("E2", "Provision for E2 – shopping and community", [
            ("Community trip to a local shop, following a social story written by the class teacher", "once a week, 45 minutes", "1:1 with a TA who knows Reuben well"),
            ("Money-handling sessions (handing over coins and a symbol card, waiting for change) in a group of no more than 3 pupils", "3 times a week, 20 minutes", "Higher level teaching assistant (HLTA)"),
        ]),
        ("E3", "Provision for E3 – independent living", [
            ("Food preparation in the house kitchen using a four-step photo sequence", "3 evenings a week, 30 minutes", "Residential support worker, 1:1"),
            ("Occupational therapy (OT): an occupational therapist will assess Reuben's grip and spreading and write a fine motor programme for the class and house", "1 hour assessment in January 2027, then a 45-minute session on his own every Monday morning for 6 weeks, then review", "Hollowmere occupational therapist (HCPC registered)"),
        ]),
        ("E4", "Provision for E4 – wellbeing", [
            ("Positive behaviour support plan, reviewed with class and residential staff and his parents", "every half term, 1-hour meeting", "Hollowmere PBS practitioner, certified by the British Institute of Learning Disabilities (BILD)"),
            ("Sensory circuit (deep pressure, trampoline, heavy work) set by the occupational therapist", "daily, 15 minutes at the start of the school day, 1:1", "Class TA trained by the occupational therapist"),
            ("Calm space in class and in the house, with a weighted blanket and ear defenders; equipment checked for wear", "checked monthly", "Provided by Hollowmere; checked by the occupational therapist"),
            ("Positive behaviour support training for every adult who works with Reuben", "one day on joining, refreshed every 12 months", "Hollowmere PBS practitioner"),
        ]),
        ("E7", "Provision for E7 – employment", [
            ("Work-related learning at the school garden project, in a group of no more than 4 pupils with 2 staff", "every Wednesday afternoon, 1 hour", "Horticulture instructor with a TA"),
            ("From September 2027, ASDAN Personal Progress horticulture unit, assessed by the class teacher", "within the Wednesday sessions above", "Class teacher (ASDAN-registered centre)"),
            ("Preparing for adulthood planning meeting with Reuben's family, school and social worker", "once a term, 1 hour", "Wealdshire Preparing for Adulthood adviser"),
        ]),
    ],
    Fafter=[("p", "Outcomes E5 and E6 are met through the health provision in Section G, carried out by school and house staff who have been trained as set out there.")],
    G=[
        ("h", "Epilepsy (outcome E5)"),
        ("ul", [
            "Dr Priya Nair, consultant paediatrician, Wealdshire Community Paediatrics, will review Reuben's epilepsy and medication every 6 months in a 30-minute clinic appointment (next due April 2027) and write to the school and his parents after each review.",
            "The Weald and Downs Children's Epilepsy Nurse Service will train school and residential staff in Reuben's IHCP and the use of buccal midazolam: one 2-hour session every September and whenever the plan changes. The epilepsy nurse specialist will rewrite the IHCP every 12 months.",
            "Reuben's medication will be given twice a day by trained residential staff, using his medication symbol card, as set out in the IHCP.",
        ]),
        ("h", "Sleep (outcome E6)"),
        ("ul", [
            "Dr Nair will review Reuben's sleep and his melatonin prescription at the same 6-monthly appointment.",
            "A community paediatric nurse will visit the residential house once each half term for 45 minutes to review the night log and the sleep plan with the house manager.",
        ]),
        dco("Dr Helen Okafor, Designated Clinical Officer (DCO), Weald and Downs Integrated Care Board (ICB),", "28 October 2026"),
    ],
    H1=[
        ("p", "Travel for family time: Reuben will be driven home every other Saturday for family time from 10am to "
              "3pm, with one residential support worker (1:1) who stays nearby. Arranged by the residential house "
              "manager and funded by Wealdshire Children's Services."),
    ],
    H2=[
        ("ul", [
            "The care element of Reuben's 52-week residential placement: care and supervision in the house with 1:1 staffing during waking hours and waking night staff (1 member of staff to 3 young people), 52 weeks a year, funded by Wealdshire Children's Services as part of a joint education and social care placement.",
            "Social worker visits from the Children with Disabilities Team at least every 6 weeks, with looked after child reviews every 6 months chaired by an independent reviewing officer.",
            "A Care Act 2014 transition assessment by the Wealdshire Preparing for Adulthood social work team, to be completed before Reuben's 17th birthday.",
        ]),
    ],
    I=[
        ("p", "Hollowmere School, an independent special school for pupils aged 8 to 19 with autism and learning "
              "disabilities, approved under section 41 of the Children and Families Act 2014. Reuben attends on a "
              "52-week residential basis."),
    ],
    J=[("p", "No personal budget has been requested. Personal budgets were explained to Reuben's parents at the annual review on 15 October 2026.")],
    Kintro=[("p", "The following advice and information was used to write this plan:")],
    K=[
        ("Parents' views and written contribution", "Reuben's mum and dad", "15 October 2026"),
        ("Reuben's views (talking mat, PECS and observation)", "Sian, key worker, Hollowmere School", "2 and 9 October 2026"),
        ("Educational advice (annual review report)", "Class teacher, Hollowmere School", "1 October 2026"),
        ("Psychological advice", "Dr Laura Benn, educational psychologist, Wealdshire Educational Psychology Service", "22 September 2026"),
        ("Medical advice", "Dr Priya Nair, consultant paediatrician, Wealdshire Community Paediatrics", "10 September 2026"),
        ("Epilepsy nurse advice and IHCP", "Children's epilepsy nurse specialist, Weald and Downs Children's Epilepsy Nurse Service", "4 September 2026"),
        ("Community paediatric nursing advice (sleep)", "Community paediatric nurse, Wealdshire Community Paediatrics", "16 September 2026"),
        ("Speech and language therapy report", "Speech and language therapist, Hollowmere School", "25 September 2026"),
        ("Occupational therapy report", "Occupational therapist, Hollowmere School", "18 September 2026"),
        ("Social care advice", "Marcus Reid, social worker, Children with Disabilities Team", "30 September 2026"),
        ("Looked after child review minutes", "Independent reviewing officer, Wealdshire Children's Services", "12 August 2026"),
        ("Personal Education Plan", "Wealdshire Virtual School and Hollowmere designated teacher", "20 September 2026"),
        ("Preparing for adulthood advice", "Wealdshire Preparing for Adulthood adviser", "5 October 2026"),
    ],
    signoff=signoff("3 November 2026"),
))
