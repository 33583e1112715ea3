
# ================================================================ y212 FAIL bold-statutory
PLANS.append(dict(
    id="y212", layout="bold-statutory",
    front=[
        ("Name (first name only)", "Oscar"),
        ("Age", "12"),
        ("National Curriculum (NC) year", "Year 7"),
        ("Date this plan was issued", "10 November 2026 (amended following annual review)"),
        ("Date of last annual review", "14 October 2026"),
        ("Setting", "Kingsleigh School (38-week residential special school)"),
    ],
    intro=intro("Oscar", "his parents", "him"),
    A=[
        ("h", "All about me"),
        ("p", "My name is Oscar and I am 12 years old. I moved to Kingsleigh School in September 2025. I feel that my "
              "sensory needs are often misunderstood by the adults around me, and I would like my placement to provide a "
              "more consistent, low-arousal environment. I find transitions between activities challenging and I would "
              "prefer to be given advance warning. I enjoy my time in the hydrotherapy pool and I value the relationships "
              "I have built with my key workers. In the future I would like to be as independent as possible in my "
              "self-care."),
        ("h", "What Oscar's parents say"),
        ("p", "Oscar's mum and dad told us at the annual review on 14 October 2026: “Oscar is a happy, affectionate boy "
              "when he feels safe. He loves water, bubbles and being squeezed in a big hug. Kingsleigh has helped him so "
              "much with his sleep and his behaviour. We would love him to be able to tell us what he wants, to be calmer "
              "and happier, and to come home for weekends without it being so hard for him. In the long run we hope he will "
              "live somewhere near us, with people who love him, and enjoy his days.”"),
        ("h", "Oscar's strengths"),
        ("ul", [
            "He has a lovely smile and loves to share a joke through tickling games and peekaboo.",
            "He is beginning to use objects of reference to make choices, and chooses between two objects reliably.",
            "He can feed himself with a spoon and drink from an open cup.",
            "He enjoys music and rocks in time to songs he knows.",
        ]),
        ("h", "Aspirations"),
        ("p", "Oscar's parents hope he will be able to tell people what he wants, be calmer and happier so that weekends "
              "at home are easier, and as an adult live near the family with people who know him well."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "Oscar is autistic and has a severe learning disability. He does not use speech or signs. He communicates by "
              "leading adults by the hand, by vocalising and by reaching for objects. He is beginning to use objects of "
              "reference (a cup for drink, a towel for swimming). He understands a few familiar words in routines, such "
              "as ‘dinner’ and ‘swimming’, when they are said with the object."),
        ("h", "Cognition and learning"),
        ("p", "Oscar is assessed using the engagement model. He explores objects by mouthing and banging them, and is "
              "beginning to show anticipation in familiar routines."),
        ("h", "Social, emotional and mental health"),
        ("p", "When Oscar cannot make himself understood, or when a routine changes, he may bang his head on hard surfaces, "
              "bite his hand or grab an adult's hair. These behaviours happen several times a day at present. He is "
              "calmed by deep pressure, by water and by being in a quiet room."),
        ("h", "Sensory and/or physical"),
        ("p", "Oscar seeks deep pressure and movement and puts objects in his mouth. He is very sensitive to noise. He can "
              "walk and climb well but has little sense of danger."),
    ],
    C=[
        ("p", "Oscar's hearing and eyesight have been checked and there are no concerns (audiology and orthoptic review, "
              "June 2026). He is not toilet trained and wears pads day and night. The Wealdshire Children's Continence "
              "Service assessed him on 5 June 2026 and found that he is physically able to be toilet trained, but needs a "
              "structured toileting programme; he also has recurring constipation, which causes him pain and makes his "
              "behaviour worse. Oscar also sees the community paediatrician each year because of his autism and learning "
              "disability."),
    ],
    D=[
        ("p", "Oscar lives at Kingsleigh School during term time (38 weeks a year) and at home with his parents and older "
              "brother in the school holidays and every third weekend. The Children with Disabilities Team assessed the "
              "family on 18 September 2026. Oscar needs 2:1 support when out in the community because he runs off and has "
              "no sense of danger, and help with all personal care. His parents need regular breaks from caring during "
              "the holidays."),
    ],
    E=[
        ("E1", "Communication", "Oscar has a visual timetable and objects of reference throughout the day."),
        ("E2", "Communication",
         "By July 2027, Oscar will hand an adult an object of reference to ask for a drink or for swimming, without a "
         "physical prompt, on 7 out of 10 chances in a week, as recorded on his communication log by his class team."),
        ("E3", "Social, emotional and mental health", "Oscar is given deep pressure and sensory breaks to help him regulate."),
        ("E4", "Social, emotional and mental health", "Staff will follow Oscar's positive behaviour support plan consistently so that he is calmer."),
        ("E5", "Sensory", "Oscar will receive occupational therapy to meet his sensory needs."),
    ],
    Fintro=FINTRO + [("p", "Oscar is taught in a class of 5 pupils with a teacher and 3 teaching assistants (TAs), and "
                           "has a 1:1 TA throughout the school day.")],
    F=[
        ("E1", "Provision for E1 and E2 – communication", [
            ("Objects of reference and a visual (photo and object) timetable used for every transition; the object set is made and kept up to date", "throughout the school day; reviewed weekly", "Class teacher"),
            ("Speech and language therapy, 1:1, working on objects of reference; this may be delivered in a pair with one other pupil where appropriate", "weekly, 30 minutes", "Kingsleigh speech and language therapist"),
            ("Intensive Interaction, 1:1, increasing to twice daily as appropriate", "daily, 20 minutes", "Oscar's 1:1 TA, trained in Intensive Interaction"),
        ]),
        ("E3", "Provision for E3 and E5 – sensory", [
            ("Oscar will have access to the sensory room with his 1:1 TA", "3 times a day, 15 minutes", "1:1 TA"),
            ("Deep-pressure activities from his sensory diet, where possible before each lesson", "6 times a day, 5 minutes", "1:1 TA, following the occupational therapist's programme"),
            ("Occupational therapy: the occupational therapist will review Oscar's sensory diet with his class team", "once each half term, 45 minutes", "Kingsleigh occupational therapist"),
        ]),
        ("E4", "Provision for E4 – behaviour", [
            ("Positive behaviour support (PBS) plan, reviewed with Oscar's parents and the class and residential staff", "every half term, 1 hour", "Kingsleigh PBS lead"),
            ("Staff should use a calm, low-language approach and give Oscar processing time", "throughout the day", "All staff"),
        ]),
    ],
    G=[
        ("ul", [
            "Dr Priya Nair, consultant paediatrician, Wealdshire Community Paediatrics, will review Oscar's general health and development once a year in a 30-minute appointment (next due June 2027).",
        ]),
        dco("Dr Helen Okafor, Designated Clinical Officer (DCO), Weald and Downs Integrated Care Board (ICB),", "3 November 2026"),
    ],
    H1=[
        ("ul", [
            "Short breaks at home in the school holidays: a support worker from Wealdshire Short Breaks Service, 2:1 with a second worker for trips out, for 6 hours a week during the 14 weeks of school holidays.",
            "Overnight short breaks at Oakfield House: 1 night every other week during the school holidays.",
        ]),
    ],
    H2=[("p", "The care element of Oscar's 38-week residential placement at Kingsleigh (waking hours 1:1 and waking night "
               "staff), funded jointly by Wealdshire Children's Services and Wealdshire SEND (special educational needs "
               "and disabilities) Service.")],
    I=[("p", "Kingsleigh School, a non-maintained special school for pupils aged 5 to 19 with severe and complex learning "
              "disabilities and autism; 38-week residential placement.")],
    J=[("p", "No personal budget has been requested.")],
    K=[
        ("Parents' views", "Oscar's mum and dad", "14 October 2026"),
        ("Educational advice (annual review report)", "Class teacher, Kingsleigh School", "30 September 2026"),
        ("Psychological advice", "Dr Tom Ashworth, educational psychologist, Wealdshire Educational Psychology Service", "16 September 2026"),
        ("Medical advice", "Dr Priya Nair, consultant paediatrician, Wealdshire Community Paediatrics", "18 June 2026"),
        ("Continence assessment", "Children's continence nurse, Wealdshire Children's Continence Service", "5 June 2026"),
        ("Speech and language therapy report", "Speech and language therapist, Kingsleigh School", "22 September 2026"),
        ("Occupational therapy report", "Occupational therapist, Kingsleigh School", "24 September 2026"),
        ("Social care advice", "Social worker, Children with Disabilities Team", "18 September 2026"),
    ],
    signoff=signoff("10 November 2026"),
))
