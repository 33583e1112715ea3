
# ============================================================ m206 (sound; early years; no social care needs)
plan(
    file="m206.docx", layout="shaded-heading-table",
    title="Education, Health and Care Plan - Ruby",
    front=[
        ("Name", "Ruby"),
        ("Age", "3 years 3 months"),
        ("Education phase", "Early years (pre-school)"),
        ("Setting", "Little Acorns Pre-school, Eastwold"),
        ("Home language", "Polish (English is an additional language)"),
        ("Date finalised", "30 September 2026"),
        ("Next review", "March 2027 (six-monthly review, as Ruby is under five)"),
    ],
    sections=[
        ("A", "Ruby's views, interests and aspirations and those of her family", [
            ("sub", "What Ruby tells us through her play and actions"),
            ("p", "Ruby does not use words yet. Her key person at pre-school, Hannah Price, watched Ruby closely over three weeks in July 2026 and noted what she chose, what made her smile and what upset her. Ruby's mum added what she sees at home."),
            ("bul", [
                "Ruby heads straight for the water tray and the bubble machine. She takes an adult's hand and puts it on the bubble wand when she wants more.",
                "She loves the swings and laughs loudly when she is pushed high.",
                "She calms when her mum sings Polish lullabies, and at pre-school she rocks and smiles during 'Twinkle, Twinkle'.",
                "She watches her brother Oskar and follows him round the garden.",
                "She pushes away hats and cries when the hoover is on.",
                "She is very determined: she will try an inset puzzle again and again until the pieces fit.",
            ]),
            ("sub", "What Ruby's family say"),
            ("p", "Ruby's parents speak Polish at home. Their views were gathered at the planning meeting with a Polish interpreter. They describe Ruby as loving, determined and funny. Their hopes are that she will learn to talk, in Polish and English, play with other children, start school alongside her brother and eat a wider range of foods. In the future they want her to be happy and to have friends."),
        ]),
        ("B", "Special educational needs", [
            ("p", "Ruby has global developmental delay. In most areas of the Early Years Foundation Stage (EYFS, the framework for children from birth to five) she is working at the level expected of a child aged about 12 to 18 months."),
            ("sub", "Communication and interaction"),
            ("p", "Ruby babbles and uses pointing, reaching and leading adults by the hand to ask for things. She understands some familiar words in Polish (her name, 'drink', 'coat') and a few in English. She does not yet copy words or signs. She enjoys people and makes good eye contact with familiar adults."),
            ("sub", "Cognition and learning"),
            ("p", "Ruby completes 2-piece inset puzzles, posts shapes and explores toys by mouthing and banging them. She can stay with an activity she likes for 3 to 5 minutes."),
            ("sub", "Social and emotional development"),
            ("p", "Ruby is starting to watch other children and will sit near them. She finds changes of room difficult and needs time and an adult she knows to settle."),
            ("sub", "Physical and sensory"),
            ("p", "Ruby has no difficulty walking; she runs and climbs confidently in the garden. She is just starting to use a spoon and to make marks with chunky crayons. She avoids many textures, including most foods."),
        ]),
        ("C", "Health needs", [
            ("p", "Ruby's development is followed by Dr Hollis, Community Paediatrician. Genetic tests have not found a cause for her global developmental delay. Her hearing test in June 2026 was clear."),
            ("p", "Ruby eats a very limited range of foods (plain crackers, smooth yoghurt and milk from a bottle). Her weight is on the 9th centile and the Specialist Dietitian is monitoring her growth and diet."),
        ]),
        ("D", "Social care needs", [
            ("p", "Ruby lives with her mum, dad and brother Oskar, aged 6. At the SEND Team's request, a Family Practitioner from Mereshire Early Help visited the family on 8 July 2026. She found that Ruby's care needs are met well at home and that the family has good support from friends and their church, so there are no social care needs at this time. The family were told about short breaks and the 'Little Stars' play scheme and know how to contact the team if things change."),
        ]),
        ("E", "Outcomes", [
            ("tbl", ["What we want Ruby to achieve", "By when", "How we will know"], [
                ["Ruby will ask for things she wants (for example bubbles, drink, swing) using 5 different signs, words in either language, or photo cards.", "March 2027", "Her key person sees her use each one on 3 different days and records it in her learning journal."],
                ["Ruby will stay with a 5-minute adult-led song group with two other children until the end.", "March 2027", "She stays to the end on 3 out of 5 days, recorded by her key person."],
                ["Ruby will feed herself with a spoon and touch or taste one new food from her tasting plate each week.", "By her next birthday (June 2027)", "Her food chart, kept by pre-school and mum, shows a new food tried each week."],
                ["Ruby will complete a 4-piece inset puzzle and stack 5 bricks.", "March 2027", "Noted with a photo in her learning journal."],
                ["Ruby will follow her photo routine for arriving, washing her hands and snack with only one pointing prompt.", "Summer 2027", "Her key person records the number of prompts each day for one week."],
            ]),
        ]),
        ("F", "Special educational provision", [
            ("lab", "Key person support:", "1-2-1 support from an experienced early years practitioner (her key person or a named colleague) for all 15 hours per week term time."),
            ("lab", "Speech and language therapy:", "Every half-term (6 visits per year, 60 minutes each), a Speech and Language Therapist from the Children's Speech and Language Therapy Service will see Ruby at pre-school, set her communication targets and show her key person how to work on them."),
            ("lab", "Daily communication work:", "2 x 10 min sessions daily, 1-2-1 with her key person, using the therapist's targets, signs and photo cards, and copying Ruby's sounds and actions to build turn-taking."),
            ("lab", "Small group attention work:", "Daily 10-minute 'bucket time' (from the Attention Autism approach: short, exciting adult-led activities that build attention) in a small group (max 4), led by the pre-school Special Educational Needs Co-ordinator (SENCo)."),
            ("lab", "Early Years SEND Advisory Teacher:", "A termly visit (90 minutes) to review Ruby's learning plan with her key person and the SENCo and to model activities."),
            ("lab", "Visual routine:", "Photo timetable and objects of reference (objects that stand for an activity, such as a cup for snack), made and kept up to date by her key person."),
            ("lab", "Mealtimes:", "At snack and lunch every day, her key person will sit with Ruby and follow the tasting-plate steps written by the Specialist Dietitian (see Section G)."),
            ("lab", "Interpreting:", "A Polish interpreter at every review meeting, booked by the SEND Team."),
            ("lab", "Starting school:", "In the summer term 2027, her key person and the SENCo will plan Ruby's move to Reception with the new school, including 3 visits to the school (1 hour each) with her key person."),
        ]),
        ("G", "Health provision", [
            ("lab", "Specialist Dietitian (Children's Dietetics, Haddow Health Centre):", "review of Ruby's growth and diet every 3 months (30 minutes), and a written tasting-plate plan for home and pre-school, updated at each review."),
            ("lab", "Community Paediatrician (Dr Hollis):", "developmental review every 6 months (45-minute appointment)."),
            ("p", "Health provision confirmed on behalf of Mereshire Integrated Care Board (ICB) by Dr Priya Nandra, Designated Clinical Officer, on 22.09.2026."),
        ]),
        ("H1", "Social care provision (section 2 of the Chronically Sick and Disabled Persons Act 1970)", [
            ("p", "No provision required. Short breaks were considered (see Section D); the family do not want them at present."),
        ]),
        ("H2", "Other social care provision", [
            ("p", "None required. Early help was considered and the Family Practitioner found no need for it."),
        ]),
        ("I", "Placement", [
            ("p", "Little Acorns Pre-school (private and voluntary early years setting), 15 hours per week term time."),
        ]),
        ("J", "Personal budget", [
            ("p", "Not requested."),
        ]),
        ("K", "Advice and information", [
            ("tbl", ["Advice", "From", "Date"], [
                ["Parents' views (with Marta Nowak, Polish interpreter)", "Ruby's mum and dad", "12.07.2026"],
                ["Ruby's views, gathered through observation", "Hannah Price, Key Person, Little Acorns Pre-school", "10.07.2026"],
                ["Early years setting advice", "Gill Turner, SENCo, Little Acorns Pre-school", "10.07.2026"],
                ["Educational psychology advice", "Dr Sam Clarke, Educational Psychologist", "02.07.2026"],
                ["Medical advice", "Dr Hollis, Community Paediatrician", "24.06.2026"],
                ["Dietetic advice", "Kate Moss, Specialist Dietitian", "30.06.2026"],
                ["Speech and language therapy advice", "Nadia Ford, Speech and Language Therapist", "03.07.2026"],
                ["Early Years SEND Advisory Teacher report", "Liz Carter, Early Years SEND Advisory Teacher", "15.06.2026"],
                ["Social care advice", "Amy Walsh, Family Practitioner, Mereshire Early Help", "08.07.2026"],
            ]),
        ]),
    ],
)
