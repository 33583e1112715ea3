P = dict(
    id="aa202",
    layout="ef-table",
    front=[
        ("First name", "Mali"),
        ("School year", "Year 4"),
        ("Age", "9"),
        ("School", "St Beuno's Church of England Primary School, Cwm Draw"),
        ("Date of this plan", "23/04/2026 (amended after annual review)"),
        ("Last annual review", "12 March 2026"),
        ("EHC co-ordinator", "EHC Co-ordinator, Clun and Teme area team"),
    ],
    A=[
        "## All about me (Mali's own words, written down by her teaching assistant on 2 March 2026)",
        "My name is Mali and I am nine. I live in Cwm Draw with Mam, Dad, my brother Deio and our cat Siani. I like drawing horses, the Frozen songs, and going to see the lambs at Taid's farm. I am good at remembering things and I am kind to my friends.",
        "I go to school in a taxi and it takes ages. I like Mrs Price and I like reading books about ponies. I don't like it when my legs are tired and everybody is on the field and I can't get there.",
        "When I grow up I want to work with horses, like at the riding stables at Hopton. I want to be able to walk to the field on my own. I want to swim like Deio.",
        "## What Mali's parents say",
        "\"Mali is a bright, chatty, caring girl. She has brilliant determination: she taught herself to get up the stairs at home on her bottom before anyone showed her. She's got lots of friends at school and she's really loved in the village.\"",
        "\"We'd like her to be more independent at school, not always needing an adult next to her, and to keep up her reading, because she loves stories. The riding for the disabled group on Saturdays has been the best thing for her confidence. We want her to have access to the same things as her friends, including the field and swimming.\"",
        "\"Looking further ahead we hope she'll go to Clee Marches High School with her friends and have a job she loves, probably with animals.\"",
        "## Mali's strengths",
        "- A strong memory for stories, songs and routines.",
        "- Warm, sociable and popular; she notices when others are sad.",
        "- Works hard and keeps going when a task is difficult.",
        "- Good spoken vocabulary about things she is interested in, especially horses and farm animals.",
    ],
    B=[
        "Mali has cerebral palsy affecting both legs (spastic diplegia) and moderate learning difficulties. The needs below are taken from the advice in Section K and the annual review on 12 March 2026.",
        "## Cognition and learning",
        "Mali is working well below the level expected for her age in reading, writing and maths. She reads books at book band Orange (level 6) with about 85% accuracy and understands what she reads when she can talk about it. In maths she counts reliably to 30 and adds numbers to 10 using objects, but cannot yet subtract without them. Her working memory for new information is weaker than her memory for stories and routines, and she needs regular over-learning to keep new skills. Her progress is steady when she is taught in small steps.",
        "## Communication and interaction",
        "Mali talks confidently about familiar topics but finds it hard to put events in order when she retells them, and she often misses the meaning of longer instructions given to the whole class. She benefits from visual prompts and instructions broken into two parts.",
        "## Social, emotional and mental health",
        "Mali is sociable, but at playtimes she is often left with an adult because she cannot get to where her friends are playing. She has told staff that this makes her feel 'left out'. She needs planned help to join in games and to ask others to play.",
        "## Sensory and physical",
        "Mali walks indoors with a walking frame and uses a wheelchair, pushed by an adult, for longer distances and on the school field. Her legs tire after about 20 metres. She has tightness in her hamstrings and calves and needs a daily stretching and strengthening programme. Her fine motor control is affected: she holds a pencil with a fist grip and her writing is large and hard to read. She needs help with fastenings when changing for PE (physical education) and swimming.",
    ],
    C=[
        "Mali has no difficulty with eating, drinking, sleeping or toileting, but her cerebral palsy means she has the following health needs:",
        "- Muscle tightness in both legs, which needs physiotherapy to manage and to prevent contractures (permanent shortening of the muscles).",
        "- She wears ankle-foot orthoses (splints) on both legs during the day and needs them reviewed as she grows.",
        "- She uses a walking frame and a self-propelling wheelchair, which need to be checked and adjusted as she grows.",
        "These needs were described by the community paediatrician and the children's physiotherapist (Section K).",
    ],
    D=[
        "Mali was assessed by the Children with Disabilities Team in January 2026. Because of her physical disability she cannot go to local clubs and activities without an adult supporting her, and her parents, who both work on the family's farm, have little time to take her to activities further away. The assessment found that Mali needs short breaks to take part in leisure activities with other children and to give her parents a break from caring. She has a direct payment for this (Sections H1 and J).",
    ],
    EF=dict(
        title="Sections E and F: Outcomes and the special educational provision to meet them",
        intro=[
            "Mali's outcomes (Section E) are in the first column. The provision that will help her to achieve each one (Section F) is set out beside it. Unless it says otherwise, provision is delivered at school during term time. These outcomes are for the end of Key Stage 2 in steps, and will be checked at her annual review in March 2027.",
        ],
        header=["Outcome: what Mali will achieve", "Special educational provision", "How often and for how long", "Who will provide it"],
        rows=[
            "Cognition and learning",
            (
                "E1. By July 2027, Mali will read a book at book band Turquoise (level 7) with at least 90% accuracy, as checked by her class teacher in a running record each half term.\n(Mali: \"I like reading books about ponies.\")",
                [
                    ("Precision teaching of high-frequency words and phonics, 1:1", "4 times a week, 15 minutes each", "Teaching assistant trained in precision teaching by the special educational needs co-ordinator (SENCo)"),
                    ("1:1 reading of a book at her level, with talk about the story", "Daily, 10 minutes", "Teaching assistant"),
                ],
            ),
            (
                "E2. By July 2027, Mali will add and subtract numbers to 20 using a number line, getting at least 8 out of 10 correct in a weekly check, recorded by her teaching assistant.",
                [
                    ("Structured maths intervention using Numicon, in a group of no more than 4 pupils", "3 times a week, 20 minutes, for the autumn and spring terms, then review", "Higher level teaching assistant, planned with the class teacher"),
                ],
            ),
            "Communication and interaction",
            (
                "E3. By March 2027, Mali will retell a piece of news or a short story in 4 sentences in the right order, on at least 3 occasions each half term, as recorded by her class teacher.",
                [
                    ("Language group working on sequencing and narrative, using a visual story frame, in a group of 4 pupils", "Twice a week, 30 minutes, for 10 weeks, then review", "Teaching assistant trained by the speech and language therapist"),
                    ("Speech and language therapist visits to set Mali's targets, model activities for the teaching assistant and review progress", "Once each half term, 1 hour", "Speech and language therapist, Wyeland Children's Community Health Services"),
                ],
            ),
            "Sensory and physical",
            (
                "E4. By July 2027, Mali will walk with her walking frame from her classroom to the dining hall (about 40 metres) and back without stopping, on 4 days out of 5, recorded weekly by her teaching assistant.",
                [
                    ("Daily stretching and strengthening programme written by the physiotherapist", "Daily, 20 minutes, in the first session of the afternoon", "Teaching assistant shown the programme by the physiotherapist and checked each half term"),
                    ("Planned walking practice: Mali walks with her frame between lessons, with the wheelchair available for the return if she is tired", "Every school day, at least 4 journeys", "Teaching assistant"),
                ],
            ),
            (
                "E5. By July 2027, Mali will access the school field at playtime on her own using her walking frame along the new path, on dry days, on at least 3 days a week, as recorded by the midday supervisor.\n(Mali: \"I want to be able to walk to the field on my own.\")",
                [
                    ("September 2026: a firm path to the edge of the field, laid by the school before the start of the autumn term and maintained by the site manager", "Once, then checked each term", "Headteacher and site manager"),
                    ("A named midday supervisor, shown by the physiotherapist how to support Mali safely, stays within sight on the field while she plays", "Every playtime and lunchtime", "Midday supervisor"),
                ],
            ),
            (
                "E6. By July 2027, Mali will write her first name and a sentence of at least 5 words that an unfamiliar adult can read, on 3 occasions in a week, as judged by her class teacher.",
                [
                    ("Occupational therapy assessment of Mali on her own, setting a fine-motor and handwriting programme and showing staff how to deliver it", "Once each half term, 45 minutes", "Children's occupational therapist"),
                    ("Fine-motor and handwriting programme, 1:1", "3 times a week, 15 minutes", "Teaching assistant"),
                    ("A sloping writing board and a chunky pencil grip, provided by the occupational therapist and kept in Mali's classroom by her teaching assistant", "Used in every writing lesson", "Children's occupational therapist; teaching assistant"),
                ],
            ),
            (
                "E7. By July 2027, Mali will gain her Swim England 10-metre certificate.\n(Mali: \"I want to swim like Deio.\")",
                [
                    ("Swimming lessons with her class at Knighton pool, with a teaching assistant in the water with her, 1:1, who has been shown water exercises by the physiotherapist", "Weekly, 40 minutes in the water, throughout the summer term", "Class teacher and teaching assistant"),
                    ("Help with changing, using the accessible changing room", "Each swimming lesson and each PE lesson", "Teaching assistant"),
                ],
            ),
            "Social, emotional and mental health",
            (
                "E8. By December 2026, Mali will ask a friend to play with her at lunchtime on at least 2 days a week, as recorded by the Emotional Literacy Support Assistant (ELSA).",
                [
                    ("Lunchtime friendship club in a group of 6 pupils, practising joining in and asking to play", "Twice a week, 20 minutes, for the autumn term, then review", "Emotional Literacy Support Assistant (ELSA)"),
                ],
            ),
        ],
        after=[
            "## Provision across the school day",
            "- Mali will have a teaching assistant with her for 25 hours a week (the whole school week except lunchtime), to deliver the programmes above, to help her move safely around school, to break instructions into two parts, and to prompt her to work on her own for short periods of 5 to 10 minutes.",
            "- Her class teacher will plan work at Mali's level in English and maths, with visual prompts on her desk, and will check her targets with the SENCo each half term.",
            "- May 2027: the SENCo will invite the Clee Marches High School SENCo to Mali's Year 5 review, to start planning her move to secondary school.",
        ],
    ),
    G=[
        "- Physiotherapy: a children's physiotherapist will see Mali on her own at school once each half term for 1 hour to assess her, update her stretching and strengthening programme and check that her teaching assistant is doing it safely. She will also see Mali and her parents in clinic each term for 45 minutes.",
        "- Orthotics: ankle-foot orthoses for both legs, made and fitted by the Orthotics Service at Wyeland County Hospital, reviewed every six months and replaced as Mali grows.",
        "- Wheelchair and walking frame: provided by the Wheelchair and Posture Service, which will check and adjust them every six months and repair them when they break.",
        "- Community paediatrician: a review in clinic every 12 months, with her parents.",
        "## Health agreement",
        "Reviewed and supported by Dr Miriam Okafor, Designated Clinical Officer (DCO), Wyeland and Marches Integrated Care Board, 16 April 2026.",
    ],
    H1=[
        "- Short breaks: a 1:1 support worker from Marches Care Partners so that Mali can go to the Saturday club at the Teme Valley Riding for the Disabled centre, 6 hours each month (one Saturday a month, 10.00am to 4.00pm). Paid for by a direct payment of the amount set out in Section J.",
        "- A ramp to the back door of the family home was fitted in 2025 and is maintained by the council's Home Adaptations Service, which will check it once a year.",
    ],
    H2=[
        "None. Mali's parents were given information about the Carers' Hub and the local offer at the social care assessment.",
    ],
    I=[
        "St Beuno's Church of England Primary School, Cwm Draw: a mainstream voluntary aided primary school.",
    ],
    J=[
        "Mali's parents receive a direct payment for the short breaks in Section H1 (6 hours of 1:1 support a month). The amount and how it is paid are set out in the direct payment agreement with the Children with Disabilities Team, dated 2 February 2026. There is no personal budget for the provision in Section F.",
    ],
    K=dict(
        header=["Advice and information", "Given by", "Date"],
        rows=[
            ["Mali's views", "Mali, with her teaching assistant", "2 March 2026"],
            ["Parents' views", "Mali's mother and father", "4 March 2026"],
            ["Educational advice (annual review report)", "Class teacher and SENCo, St Beuno's Church of England Primary School", "5 March 2026"],
            ["Psychological advice", "Dr Sian Probert, Educational Psychologist", "11 November 2025"],
            ["Medical advice", "Dr Alun Hughes, Community Paediatrician", "20 January 2026"],
            ["Physiotherapy advice", "Children's Physiotherapist, Wyeland Children's Community Health Services", "26 February 2026"],
            ["Occupational therapy advice", "Children's Occupational Therapist", "24 February 2026"],
            ["Speech and language therapy advice", "Speech and Language Therapist, Wyeland Children's Community Health Services", "17 February 2026"],
            ["Orthotics and wheelchair information", "Orthotics Service and Wheelchair and Posture Service, Wyeland County Hospital", "9 February 2026"],
            ["Social care advice", "Social Worker, Children with Disabilities Team", "27 January 2026"],
            ["Annual review record", "Chaired by the SENCo", "12 March 2026"],
        ],
    ),
    signoff=[
        "Signed for Wyeland County Council by the EHC Co-ordinator, Clun and Teme area team, 23 April 2026.",
    ],
)
