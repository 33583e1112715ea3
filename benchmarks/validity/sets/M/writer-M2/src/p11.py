
# ============================================================ m211 (sound; CIN plan shown; no health needs)
plan(
    file="m211.docx", layout="letter-column",
    title="Education, Health and Care Plan",
    front=[
        ("Name", "Isla"),
        ("Age", "9"),
        ("National Curriculum year", "Year 5"),
        ("Education phase", "Primary"),
        ("School", "St Botolph's Church of England Primary School"),
        ("Date finalised", "16.03.2026"),
        ("Next review", "March 2027"),
    ],
    sections=[
        ("A", "Views, interests and aspirations", [
            ("sub", "Isla's views"),
            ("p", "Isla shared her views with her teaching assistant, Miss Reed, using Talking Mats (a picture-based tool that helps children say what they think) in January 2026. Miss Reed wrote down her words:"),
            ("bul", [
                "\"I love gymnastics. I can do a cartwheel and a bridge. I like drawing animals, and my cat is called Pickle.\"",
                "\"I'm good at maths and I'm good at looking after my little brother.\"",
                "\"It's hard when I don't know what the words mean and everyone else does. Then I just pretend.\"",
                "\"Sometimes I worry about my mum when I'm at school.\"",
                "\"When I grow up I want to be a vet or a gymnastics coach.\"",
            ]),
            ("sub", "Isla's mum's views"),
            ("p", "Isla's mum says Isla is caring, sporty and brave, and that she has had to grow up fast while mum has been ill. She wants Isla to enjoy school, to catch up with her reading and talking, to worry less, and to have time to be a child and do the things she loves, like gymnastics."),
        ]),
        ("B", "Special educational needs", [
            ("sub", "Communication and interaction"),
            ("p", "Isla has Developmental Language Disorder (DLD), a long-term difficulty with learning and using language. She understands short, everyday instructions but loses track of longer ones. Her vocabulary is well behind that of her classmates, and she finds it hard to put her ideas into sentences in the right order, particularly when telling a story or explaining her thinking."),
            ("sub", "Cognition and learning"),
            ("p", "Isla's maths calculation skills are in line with her age. Her reading age is 7 years 6 months (January 2026); she decodes well but does not always understand what she has read because of the vocabulary."),
            ("sub", "Social, emotional and mental health"),
            ("p", "Isla is popular and kind. She worries a lot about her mum's health, and she hides it when she has not understood, which can make her look as if she is not trying. Her attendance was 86% in the autumn term 2025 because of late arrivals and missed mornings."),
        ]),
        ("C", "Health needs", [
            ("p", "None. Dr Amin, Community Paediatrician, assessed Isla in January 2026 and found no medical cause for her language difficulty and no health needs related to her special educational needs. Her hearing test in December 2025 was normal."),
        ]),
        ("D", "Social care needs", [
            ("p", "Isla has been supported under a Child in Need (CIN) plan since September 2025, because her mum has a serious long-term illness and Isla was doing a lot of caring for her younger brother and missing school. Isla is also a registered young carer. Her social worker, Priya Lal (Children's Social Care, Haddow Team), gave advice for this plan and attended the planning meeting."),
            ("p", "The CIN plan's goals - Isla arriving at school on time every day, having time to be a child, and support for mum with the family's morning routine - are built into outcomes 4 and 5 in Section E and into Section H2. The CIN plan is reviewed every 6 weeks; the school's Special Educational Needs Co-ordinator (SENCo) attends these reviews so that the two plans stay joined up."),
        ]),
        ("E", "Outcomes", [
            ("num", [
                "By the end of Year 5 (July 2026), Isla will retell a short story with a clear beginning, middle and end, using at least 5 story words, in 3 out of 4 retells recorded by her teaching assistant.",
                "By July 2027, Isla will learn 10 new topic words each half-term and score at least 8 out of 10 on the vocabulary check.",
                "By the end of Year 6 (July 2027), Isla will reach a reading age of 9 years 6 months on the school's reading test.",
                "By the end of Year 5, Isla will tell a trusted adult when she is worried, using her worry scale, at least once a week, recorded by her Emotional Literacy Support Assistant (ELSA).",
                "By July 2027, Isla will arrive at school by 8:50am on at least 9 days out of 10 (attendance above 95%).",
                "By the end of Year 5, Isla will go to the after-school gymnastics club every week and tell her class about it in 'news time' once each half-term.",
            ]),
        ]),
        ("F", "Special educational provision", [
            ("lab", "Speech and language therapy:", "The Speech and Language Therapist from the NHS Children's Speech and Language Therapy Service will visit school twice termly (1 hour each visit) to review Isla's targets and show her teaching assistant how to deliver them."),
            ("lab", "Language programme:", "Her teaching assistant, trained in Elklan (an accredited course in supporting children's language), will work with Isla 1-2-1, 3 x 20 min sessions weekly, on the therapist's targets, including story retelling."),
            ("lab", "Vocabulary:", "Word Aware (a structured way of teaching new words) in a small group (max 4), 2 x 30 min sessions weekly, led by a Higher Level Teaching Assistant (HLTA), pre-teaching the topic words for the coming week."),
            ("lab", "Reading comprehension:", "Reading comprehension group (max 3), 4 x 20 min sessions weekly, with a trained teaching assistant."),
            ("lab", "In class:", "In every lesson, instructions are given in short steps with a word mat and pictures; the class teacher checks Isla's understanding by asking her to tell it back."),
            ("lab", "Emotional support:", "ELSA sessions 1-2-1, weekly (30 mins) for 12 weeks, then fortnightly (30 mins); the ELSA is trained and supervised by the Mereshire Educational Psychology Service."),
            ("lab", "Morning check-in:", "Her teaching assistant will meet Isla at the classroom door each morning at 8:45 (5 mins) for a check-in using her worry scale."),
            ("lab", "Gymnastics club:", "A funded place at the school's after-school gymnastics club, 1 hour weekly, arranged by the SENCo."),
            ("lab", "Review:", "The SENCo will meet Isla's mum once each half-term (30 mins) to review progress."),
        ]),
        ("G", "Health provision", [
            ("p", "None - no health needs (see Section C). Isla's speech and language therapy is educational provision and is set out in Section F."),
        ]),
        ("H1", "Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)", [
            ("p", "None. Short breaks were discussed with Isla's mum and social worker; they are not needed, as Isla's needs arise from her caring role rather than from her disability."),
        ]),
        ("H2", "Other social care provision", [
            ("bul", [
                "Family Practitioner (Mereshire Early Help, working under the CIN plan): home visit once a week (1 hour) to support mum with the morning routine so that Isla and her brother get to school on time.",
                "Young carers: Isla attends the Mereshire Young Carers club every other Saturday (3 hours), arranged by her social worker.",
                "The CIN plan is reviewed every 6 weeks by her social worker.",
            ]),
        ]),
        ("I", "Placement", [
            ("p", "St Botolph's Church of England Primary School (mainstream primary school)."),
        ]),
        ("J", "Personal budget", [
            ("p", "Not requested."),
        ]),
        ("K", "Advice and information", [
            ("tbl", ["Advice", "Given by", "Date"], [
                ["Isla's views", "Isla, with Hollie Reed, Teaching Assistant", "20.01.2026"],
                ["Parent's views", "Isla's mum", "20.01.2026"],
                ["Educational advice", "Ruth Allen, SENCo, St Botolph's Church of England Primary School", "22.01.2026"],
                ["Educational psychology advice", "Dr Tom Hughes, Educational Psychologist", "27.01.2026"],
                ["Medical advice", "Dr Amin, Community Paediatrician", "14.01.2026"],
                ["Speech and language therapy advice", "Alice Green, Speech and Language Therapist", "30.01.2026"],
                ["Social care advice", "Priya Lal, Social Worker, Children's Social Care (Haddow Team)", "09.02.2026"],
            ]),
        ]),
    ],
)
