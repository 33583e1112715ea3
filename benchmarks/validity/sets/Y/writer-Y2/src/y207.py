
# ================================================================ y207 FAIL letter-column
PLANS.append(dict(
    id="y207", layout="letter-column",
    front=[
        ("Name", "Shane"),
        ("Age", "19"),
        ("Education phase", "Post-16, year 2 at college"),
        ("Date this plan was issued", "28/02/2025"),
        ("Last annual review", "22/09/2025 (plan maintained without amendment)"),
        ("Setting", "Ashcombe House College (52-week residential)"),
    ],
    intro=intro("Shane", "his dad and stepmum", "him"),
    A=[
        ("h", "How we found out Shane's views"),
        ("p", "Shane uses a few spoken words, Makaton signs and photographs. His views were gathered by his key worker at "
              "Ashcombe House, Dean, who has supported him for two years, through watching what Shane chooses during "
              "the week and by going through a photo book of his week with him on 4 and 11 February 2025. Shane "
              "pointed to photographs and signed ‘good’ or ‘finished’."),
        ("h", "What Shane likes and what matters to him"),
        ("ul", [
            "Going to the farm shop café with staff and choosing a sausage roll. He signed ‘good’ and smiled at every café photo.",
            "Looking after the college chickens: he collects the eggs every morning and puts them in the box.",
            "Tractors and diggers – he likes watching the farm machinery from the fence.",
            "Phone calls with his dad on Sunday evenings.",
            "He does not like crowds, loud voices or having his hair cut, and pushed those photographs away.",
        ]),
        ("h", "What Shane's family say"),
        ("p", "Shane's dad and stepmum said at the review meeting on 12 February 2025: “Shane is a gentle lad when he's "
              "settled. He's happiest outdoors and doing a proper job. We'd like him to have some kind of work on a farm "
              "or a garden centre when he leaves college, and to live somewhere near us with staff who know him, so he "
              "can come for Sunday dinner.”"),
        ("h", "Strengths"),
        ("ul", [
            "Reliable and careful with jobs he knows – he has not broken an egg in a term.",
            "Very good memory for routines and routes around the college site.",
            "Can make a hot drink and a sandwich with a photo sequence.",
            "Friendly towards staff he knows; waves and signs ‘hello’.",
        ]),
        ("h", "Aspirations"),
        ("p", "Shane's family want him to have work outdoors, on a farm or at a garden centre, and to live in supported "
              "accommodation near them. Shane shows us that he loves outdoor jobs and the café."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "Shane is autistic and has a severe learning disability. He uses around 20 spoken words, 40 Makaton signs "
              "and a photo book. He understands short sentences about familiar routines and needs objects or photographs "
              "for anything new."),
        ("h", "Cognition and learning"),
        ("p", "Shane is working at Entry Level 1 in English and maths. He can count up to 10 objects, match coins, and "
              "recognise familiar words such as his name and ‘café’. He learns best by doing the same practical task in "
              "the same order."),
        ("h", "Social, emotional and mental health"),
        ("p", "When Shane is anxious, particularly when routines change or places are crowded, he may hit his head with "
              "his hand, push people or throw objects. Incidents have fallen from about 5 a week to 2 a week over the "
              "last year. He has a positive behaviour support (PBS) plan."),
        ("h", "Sensory and/or physical"),
        ("p", "Shane is very sensitive to noise and touch on his head. He enjoys heavy physical work, which calms him."),
    ],
    C=[
        ("p", "Shane takes risperidone to help reduce his anxiety and aggression. It is prescribed and reviewed by a "
              "consultant psychiatrist in the Wealdshire Community Learning Disability Team (CLDT). He needs his weight "
              "and blood tests checked because of this medication. He also finds dental visits and blood tests very "
              "distressing and needs a planned approach to both."),
    ],
    D=[
        ("p", "Shane has been assessed by Wealdshire Adult Social Care under the Care Act 2014 (assessment of 19 November "
              "2024). He has eligible needs for support with all personal care, for supervision throughout the day and "
              "night to keep safe, and for support to keep in touch with his family. He is not able to manage money."),
    ],
    Eintro=[("p", "Shane's outcomes follow the preparing for adulthood (PfA) areas.")],
    E=[
        ("E1", "Employment",
         "By February 2026, Shane will complete the morning chicken round (letting out, feeding, collecting and boxing "
         "eggs) using a photo checklist with no more than one prompt, on 4 days out of 5, as recorded by the land-based "
         "studies tutor."),
        ("E2", "Independent living",
         "By February 2026, Shane will make a simple lunch (sandwich and a drink) following a photo sequence with one "
         "adult nearby, on 3 days a week for a half term, as recorded by residential staff."),
        ("E3", "Friends and community",
         "By February 2026, Shane will order and pay for his food at the farm shop café using a photo card and a £5 "
         "note, on 3 out of 4 weekly visits, as recorded on his community log."),
        ("E4", "Good health",
         "By February 2026, Shane will use his ‘stop’ sign and go to his calm area when he is anxious, so that incidents "
         "of hitting or pushing fall to no more than 4 a month, as recorded on the college's incident log."),
        ("E5", "Good health",
         "By February 2026, Shane will sit in the dentist's chair for a full dental check-up, using his photo story, at both of his 6-monthly check-ups, "
         "as recorded by his key worker."),
    ],
    Fintro=FINTRO + [("p", "Shane is taught in a group of no more than 5 students with a tutor and 2 learning support "
                           "assistants (LSAs), 38 weeks a year.")],
    F=[
        ("E1", "Provision for E1 – work skills", [
            ("Land-based studies (poultry and garden work) with a photo checklist, in a group of no more than 4 students", "daily, 8.30am to 9.30am, plus Tuesday afternoons for 2 hours", "Land-based studies tutor with an LSA"),
        ]),
        ("E2", "Provision for E2 – independent living", [
            ("Independent living sessions in the training kitchen, 1:1", "3 times a week, 45 minutes", "Residential support worker trained in the college's photo-sequence method"),
            ("Occupational therapy: the occupational therapist will see Shane on his own in the kitchen to adapt equipment and the photo sequences", "once each half term, 45 minutes", "Ashcombe House occupational therapist"),
        ]),
        ("E3", "Provision for E3 – community", [
            ("Weekly trip to the farm shop café with his photo card and money, 1:1", "once a week, 1 hour", "Learning support assistant"),
            ("Speech and language therapy: the speech and language therapist will make and update Shane's photo cards and Makaton vocabulary, and see him on his own to practise ordering", "fortnightly, 30 minutes", "Ashcombe House speech and language therapist"),
        ]),
        ("E4", "Provision for E4 – wellbeing", [
            ("Positive behaviour support plan, reviewed with Shane's family and staff", "every half term, 1 hour", "Ashcombe House PBS lead"),
            ("Calm area in the classroom and in the house, kept free of clutter and noise", "every day", "Provided by the college"),
        ]),
    ],
    G=[
        ("ul", [
            "A consultant psychiatrist from the Wealdshire CLDT will review Shane's risperidone every 3 months (30-minute appointment) and will arrange a blood test and weight check every 6 months.",
            "A learning disability nurse from the CLDT will write a photo story for dental visits and blood tests, visit the college once a term for 1 hour to practise it with Shane and his key worker, and go with Shane to his 6-monthly dental check-up.",
        ]),
        dco("Dr Helen Okafor, Designated Clinical Officer, Weald and Downs Integrated Care Board (ICB),", "24 February 2025"),
    ],
    H1=[("p", "Not applicable. Shane is over 18; his social care is provided under the Care Act 2014 (see H2).")],
    H2=[
        ("ul", [
            "The social care element of Shane's 52-week residential placement: 1:1 staff support during waking hours and a waking night staff member shared between 4 residents, 52 weeks a year, funded by Wealdshire Adult Social Care.",
            "Support to visit his family for Sunday dinner once a month, with a member of staff driving him and staying for the visit (about 5 hours).",
        ]),
    ],
    I=[("p", "Ashcombe House College, an independent specialist post-16 institution for young people with autism and "
              "learning disabilities (approved under section 41 of the Children and Families Act 2014); 52-week "
              "residential placement.")],
    J=[("p", "No personal budget has been requested.")],
    K=[
        ("Shane's views (observation and photo book)", "Dean, key worker, Ashcombe House College", "4 and 11 February 2025"),
        ("Family views", "Shane's dad and stepmum", "12 February 2025"),
        ("Educational advice", "Head of Learning, Ashcombe House College", "30 January 2025"),
        ("Psychological advice", "Educational psychologist, Wealdshire Educational Psychology Service", "March 2021"),
        ("Medical advice", "Consultant psychiatrist, Wealdshire Community Learning Disability Team", "June 2022"),
        ("Speech and language therapy report", "Ashcombe House speech and language therapist", ""),
        ("Information from previous school", "", ""),
        ("Social care advice (Care Act assessment)", "Social worker, Wealdshire Adult Social Care Transitions Team", "19 November 2024"),
        ("Preparing for adulthood advice", "Wealdshire Preparing for Adulthood adviser", "27 January 2025"),
    ],
    signoff=signoff("28 February 2025"),
))
