#!/usr/bin/env python3
"""Generator for blind test set S2 (writer S2): 12 fictional, anonymised EHC plans
written as a rural eastern county ("Eastmere County Council").

Layouts (4 plans each):
  heading2-numbered     s201 s204 s207 s210
  letter-column         s202 s205 s208 s211
  shaded-heading-table  s203 s206 s209 s212

Plan content is written below as plain data (front matter + blocks per section);
this file renders it with python-docx, one function per layout, and writes labels.yaml.
"""
import os
import sys

import yaml
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

# ================================================================ PLAN DATA
# Plan content for set S2 (Eastmere County Council, fictional). All names are fictional.
# Blocks: ("sub", text) | ("p", text) | ("bp", bold, rest) | ("ul", [items]) | ("ol", [items])
#         | ("table", header, rows). An item may be a str or (bold_lead, rest).

CRITERIA = [
    "CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW",
    "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-VOICE", "PC-ASPIRATIONS",
    "PC-ASPIRATION-LINK", "PC-PFA", "PC-STRENGTHS",
    "PR-VAGUE-WORDING", "PR-QUANTIFIED", "PR-OUTCOME-LINK",
    "HC-NEEDS", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-ADVICE", "HC-DCO-SIGNOFF",
    "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES",
    "SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "SC-RIGHT-SECTION",
    "LG-SPELLING", "LG-GRAMMAR", "LG-READABILITY", "LG-JARGON",
]

PROV = ["Provision", "Intensity", "Delivered by", "Reviewed"]
ADV = ["Advice and information", "Given by", "Date"]

PLANS = []

# =====================================================================================
# s201  heading2-numbered  SOUND  (age 2, cerebral palsy, gastrostomy, Portage + nursery)
# =====================================================================================
PLANS.append({
    "file": "s201.docx", "layout": "heading2-numbered", "age": 2,
    "year_group": "Early years (pre-school)", "needs": ["physical", "speech and language", "severe learning difficulty"],
    "voice": "parents' words plus what Alfie tells us through his face, sounds and play (Key Person)",
    "front": [
        ("Name", "Alfie"),
        ("Age", "2 years 9 months"),
        ("Education phase", "Early years"),
        ("Setting", "Bramblewood Day Nursery, Holtby (three mornings a week) and Eastmere Portage Service at home"),
        ("Date final plan issued", "19 June 2026"),
        ("Date of last review of plan", "First plan. As Alfie is under five, it will be reviewed by December 2026."),
    ],
    "sections": {
        "A": {"blocks": [
            ("sub", "A1 What we love about Alfie (written by Mum and Dad)"),
            ("p", "We love Alfie's big laugh, which fills the whole house. He adores people and lights up when his sister Grace comes home from school. He is brilliant at telling us what he wants with his eyes: he looks at the bubbles, then back at us, until we blow some more."),
            ("sub", "A2 What Alfie tells us through his face, sounds and play"),
            ("p", "Jess, his Key Person, played with Alfie over four sessions in February and March 2026 and noted that:"),
            ("ul", [
                "when Jess sings \"Row, row, row your boat\" he smiles, rocks and says \"ah\" to ask for more;",
                "he turns his head away and goes quiet when he has had enough;",
                "he cries if he lies flat for long, but is happy sitting up in his chair where he can see the other children.",
            ]),
            ("sub", "A3 Our hopes for Alfie"),
            ("p", "Right now we would love Alfie to sit at the table with the other children at snack time and join in, and to have a way to tell everyone what he wants, not just us. In the future we hope he uses a communication aid, enjoys tasting food just for fun, and goes to school with friends, wherever he is happiest."),
        ]},
        "B": {"blocks": [
            ("sub", "B1 Communication"),
            ("p", "Alfie does not use words yet. He communicates with his eyes, smiles and sounds, and by turning away. He understands familiar routines and some words (\"bath\", \"milk\", \"Grace\") when an object or sign is used too. His strong interest in people is a real strength. He needs a consistent way to make choices, objects of reference (an object that stands for an activity), Makaton signs, and adults who wait about 10 seconds for his response."),
            ("sub", "B2 Thinking and learning"),
            ("p", "Alfie enjoys toys that do something when he touches them, and can press a large switch with his right hand when well positioned. Most of his learning is at the level of a baby aged 6 to 12 months. He needs small steps, repetition and careful positioning."),
            ("sub", "B3 Feelings and relationships"),
            ("p", "Alfie is happy and settles well with adults he knows, but cries with new people and sudden noise. He needs the same familiar adults each session."),
            ("sub", "B4 Body and senses"),
            ("p", "Alfie has cerebral palsy (a condition affecting muscles and movement) in both arms and legs. He cannot sit, roll or stand without support (level IV on the Gross Motor Function Classification System, GMFCS). He is fed through a gastrostomy (a small tube into his stomach). He needs one adult for all personal care and positioning, with his position changed every 30 to 45 minutes."),
        ]},
        "C": {"blocks": [
            ("ul", [
                ("Movement and posture: ", "stiffness in his arms and legs, tight calf and hamstring muscles, and a risk of his hips moving out of place (hip X-rays every 6 months). He wears ankle-foot orthoses (AFOs, splints that hold his ankles in a good position) and uses supportive seating."),
                ("Eating and drinking: ", "fed through his gastrostomy, four feeds a day plus water. A swallow X-ray in February 2026 showed thin drinks are not safe, but he can have small tastes of smooth puree. He has reflux, treated with a daily medicine (omeprazole) prescribed by his Community Paediatrician."),
            ]),
        ]},
        "D": {"blocks": [
            ("p", "His parents give him all of his care, including tube feeds and turning him at night. An assessment by Tom Reeve, Children with Disabilities Social Work Team, in April 2026 (Section K) found that his parents need breaks to rest and to spend time with Grace, and that Alfie is eligible for short breaks. Alfie is not on a child protection plan and is not looked after."),
        ]},
        "E": {"blocks": [
            ("sub", "E1 Communication"),
            ("ul", ["By the time I start school (September 2028), I will choose between two objects or photos by looking at the one I want, on 4 out of 5 chances at snack time, recorded by my Key Person."]),
            ("sub", "E2 Thinking and learning"),
            ("ul", ["By the end of the Spring term 2027, I will press a big switch to start a toy or song, and do it again without a prompt, 5 times in a 10-minute play session, seen by my Portage Home Visitor."]),
            ("sub", "E3 Feelings and relationships"),
            ("ul", ["By the end of the Summer term 2027, I will join a song time with 3 other children for 10 minutes, smiling or making sounds to show I enjoy it, on 3 out of 4 sessions, noted by my Key Person."]),
            ("sub", "E4 Body, senses and health"),
            ("ul", [
                "Within 6 months, I will sit in my supportive chair at the snack table with my friends for 20 minutes at every nursery session, recorded on my positioning chart.",
                "By September 2027, I will enjoy tastes of smooth food from a spoon twice a day without coughing, as in my eating and drinking plan, recorded by nursery staff and my parents.",
            ]),
        ]},
        "F": {"blocks": [
            ("p", "From January 2027, Alfie's nursery sessions increase to five mornings a week and all of the provision below applies to every session."),
            ("sub", "F1 Communication"),
            ("table", PROV, [
                ["Makaton signs and objects of reference at every routine", "Every session, 1:1", "Key Person, trained in Makaton (Level 1)", "Termly, by the Early Years SENCO (Special Educational Needs Co-ordinator)"],
                ["Choice-making programme (two objects, then two photos)", "10 minutes, 1:1, every morning session", "Key Person, following the Speech and Language Therapist's written programme", "Each half term"],
                ["Speech and Language Therapist visit to review the programme and coach the Key Person", "Once every half term, 1 hour", "NHS Speech and Language Therapist, Eastmere Children's Therapies", "At each visit"],
            ]),
            ("sub", "F2 Thinking and learning"),
            ("table", PROV, [
                ["Portage home teaching: small-step play activities with Alfie's parents", "Each fortnight during term, 1.5 hours, 1:1 at home", "Portage Home Visitor, Eastmere Portage Service", "Every 3 months"],
                ["Cause-and-effect switch play", "15 minutes, 1:1, every morning session", "Key Person", "Termly"],
                ["Two large switches and four switch-adapted toys", "On loan while Alfie attends nursery", "Lent by the Portage Service; set up and kept working by the Early Years SENCO", "Termly"],
            ]),
            ("sub", "F3 Feelings and relationships"),
            ("ul", ["Song and sensory story time: 10 minutes every morning session, in a group of 4 children led by his Key Person. Reviewed termly."]),
            ("sub", "F4 Body and senses"),
            ("table", PROV, [
                ["1:1 for all personal care, positioning, moving and play", "Whole of every session (9 hours a week; 15 hours from January 2027)", "Nursery practitioner trained in moving and handling, and in gastrostomy care by Complex Care Nursing", "Termly"],
                ["Positioning programme: chair, supported sitting, side-lying, standing frame", "Position changed every 30 to 45 minutes", "Key Person, following the physiotherapist's chart", "Every 6 months"],
            ]),
        ]},
        "G": {"blocks": [
            ("table", PROV, [
                ["Physiotherapy: stretches and standing programme for home and nursery", "Monthly visit, 1 hour", "Children's Physiotherapy", "Every 6 months"],
                ["Hip X-ray review; reflux medicine review", "Every 6 months, 30 minutes", "Community Paediatrician", "Every 6 months"],
                ["Feed plan, growth and weight review", "Every 3 months, 30 minutes", "Paediatric Dietitian, Dietetics", "Every 3 months"],
                ["Gastrostomy button change; training of parents and two named nursery staff", "Button change every 3 months; 2-hour staff training, refreshed yearly", "Complex Care Nursing", "Yearly"],
                ["Eating and drinking (swallowing) review and plan", "Every 3 months, 45 minutes, at nursery", "Speech and Language Therapist (eating and drinking)", "Every 3 months"],
                ["Ankle-foot orthoses: fitting and review", "Every 6 months", "Orthotics", "Every 6 months"],
                ["Supportive chair and buggy: supply and maintenance", "Yearly review; repairs within 5 working days", "Wheelchair Service", "Yearly"],
            ]),
            ("p", "Health information signed off by the Designated Medical Officer, Dr Priya Nair, on 12 June 2026."),
        ]},
        "H1": {"blocks": [
            ("p", "In-home short break: a trained carer looks after Alfie at home every Tuesday, 4pm to 8pm (4 hours), taken as a direct payment (Section J). Reviewed every 6 months by his social worker."),
        ]},
        "H2": {"blocks": [
            ("p", "None. Early Help was offered and Alfie's parents do not need it now; it will be revisited at the December 2026 review."),
        ]},
        "I": {"blocks": [
            ("p", "Bramblewood Day Nursery, Holtby (private early years setting), and Eastmere Portage Service."),
        ]},
        "J": {"blocks": [
            ("p", "Direct payment for the short break in H1 (4 hours a week). No other personal budget requested."),
        ]},
        "K": {"blocks": [
            ("table", ADV, [
                ["Parental advice", "Alfie's parents", "3 March 2026"],
                ["Educational advice", "Lou Baines, Early Years SENCO, Bramblewood Day Nursery", "11 March 2026"],
                ["Portage report", "Karen Lister, Portage Home Visitor", "9 March 2026"],
                ["Psychological advice", "Dr Sam Kellett, Educational Psychologist", "24 March 2026"],
                ["Medical advice", "Dr Ruth Adeyemi, Community Paediatrician", "16 March 2026"],
                ["Physiotherapy advice", "Anna Cole, Children's Physiotherapy", "5 March 2026"],
                ["Dietetic advice", "Claire Moss, Dietetics", "10 March 2026"],
                ["Nursing advice", "Sue Dunne, Complex Care Nursing", "12 March 2026"],
                ["Speech and language therapy advice", "Nadia Rahman, Speech and Language Therapist", "18 March 2026"],
                ["Orthotic report", "Ben Holt, Orthotics", "2 February 2026"],
                ["Seating report", "Lisa Grant, Wheelchair Service", "27 February 2026"],
                ["Social care advice", "Tom Reeve, Social Worker, Children with Disabilities Social Work Team", "20 April 2026"],
            ]),
        ]},
    },
    "labels": {
        "PC-PFA": "na",
        "SC-STATUTORY-LINK": "na",
    },
    "why": {
        "CA-ANNUAL-REVIEW": "\"Date final plan issued | 19 June 2026\" - first plan, within 12 months of the audit date",
        "PR-QUANTIFIED": "Equipment: \"Lent by the Portage Service; set up and kept working by the Early Years SENCO\"; SLT visit \"Once every half term, 1 hour\" needs no group size",
        "HC-DCO-SIGNOFF": "\"Health information signed off by the Designated Medical Officer, Dr Priya Nair, on 12 June 2026.\"",
        "PC-VOICE": "Views of a pre-verbal 2-year-old gathered by his Key Person: \"What Alfie tells us through his face, sounds and play\"",
        "HC-THERAPY-PLACEMENT": "Communication SALT is in F; only the eating and drinking (swallowing) review, a health need, is in G",
    },
})

# =====================================================================================
# s202  letter-column  FAIL: CA-ANNUAL-REVIEW, PC-OUTCOME-NOT-PROVISION, PC-SMART, HC-DCO-SIGNOFF
# (age 2y10m at issue, Down syndrome, glue ear with hearing aids)
# =====================================================================================
PLANS.append({
    "file": "s202.docx", "layout": "letter-column", "age": 2,
    "year_group": "Early years (pre-school)", "needs": ["Down syndrome", "hearing", "speech and language"],
    "voice": "parents' words plus Key Person's observations of Ruby's play and signs",
    "front": [
        ("Child's name", "Ruby"),
        ("Age", "2 years 10 months"),
        ("Education phase", "Early years"),
        ("Setting", "Little Owls Pre-school, Fenby (five mornings a week)"),
        ("Date final plan issued", "16 September 2025"),
        ("Date of last review of plan", "-"),
        ("Plan co-ordinator", "Daniel Frost, SEND Case Officer"),
    ],
    "sections": {
        "A": {"blocks": [
            ("sub", "All about me - written by Ruby's mum and dad"),
            ("p", "We love Ruby's cheeky sense of humour and the way she copies everything we do. She adores her big brothers, Theo and Sam. Ruby loves books with flaps, dancing to the radio and feeding the ducks at Fenby pond. She is determined: once she wants something she keeps going until she gets it."),
            ("p", "Ruby has Down syndrome. She wears hearing aids because of glue ear and is still learning to walk steadily. She knows about 15 Makaton signs and a few words."),
            ("sub", "What Ruby shows us (from her Key Person, Amy, at Little Owls)"),
            ("p", "Amy watched Ruby during play over two weeks in June 2025. Ruby signs \"more\" and \"biscuit\" at snack and claps when she is pleased with herself. She chooses the home corner and the dolls nearly every day, and she takes a doll to the sink to \"wash\" it. She looks for Amy when she is unsure and pulls at her hearing aids when the room is noisy, which Amy thinks tells us the noise bothers her."),
            ("sub", "Our hopes for Ruby"),
            ("p", "For now, we want Ruby to be understood by everyone, not just by us, and to play with other children. We want her to walk well enough to keep up with her brothers in the park. When she is older we hope she will go to Fenby Primary with her brothers, have friends of her own and be as independent as she can be."),
        ]},
        "B": {"blocks": [
            ("sub", "Communication"),
            ("p", "Ruby understands more than she can say. She follows simple instructions in familiar routines (\"get your coat\", \"wash hands\") when signs are used. She uses about 15 Makaton signs and 4 words (\"Mama\", \"Dada\", \"no\", \"dog\"). Her hearing loss means she misses speech in noisy rooms and from across a room. She needs adults to get down to her level, sign key words, reduce background noise and check her hearing aids are working."),
            ("sub", "Thinking and learning"),
            ("p", "Ruby learns well by watching and copying. She can post shapes, match pictures of familiar objects and complete a 3-piece inset puzzle. She finds it hard to keep attention on an adult-led activity for more than 2 minutes. She needs learning broken into small steps, with visual prompts and lots of practice."),
            ("sub", "Feelings and relationships"),
            ("p", "Ruby is affectionate and enjoys being with adults. She watches other children but does not yet join their play. She can become upset at drop-off and when routines change. She needs a consistent Key Person and support to play alongside and then with one or two other children."),
            ("sub", "Body and senses"),
            ("p", "Ruby has low muscle tone (hypotonia), which makes her joints loose and tires her quickly. She walks a few steps holding furniture and crawls to get around. She needs adult help with steps, balance, toileting and eating."),
        ]},
        "C": {"blocks": [
            ("p", "Ruby has Down syndrome and is seen each year in the Down syndrome clinic by the Community Paediatrician, who also checks her thyroid with a yearly blood test. She had a heart operation when she was 5 months old and has been discharged from the heart clinic with no ongoing needs."),
            ("p", "Ruby has glue ear (fluid behind the eardrums) in both ears, causing mild to moderate hearing loss. She wears two hearing aids, which are checked and adjusted by Paediatric Audiology."),
            ("p", "Ruby's low muscle tone affects her walking and balance; she is seen by Children's Physiotherapy."),
        ]},
        "D": {"blocks": [
            ("p", "Ruby lives with her parents and two older brothers. Her parents asked for a social care assessment in 2025. The Children with Disabilities Social Work Team completed a short assessment in July 2025 (see Section K). It found that Ruby's care needs are being met by her family and universal services and that she does not need social care provision at present. The family were given information about short breaks in the Local Offer, including the holiday play scheme, and know they can ask for a new assessment at any time."),
        ]},
        "E": {"blocks": [
            ("sub", "Communication"),
            ("ul", [
                "By September 2027 school entry, Ruby will use 50 Makaton signs or words to ask for things and to comment, recorded by her Key Person on a sign and word list each half term.",
                "By the end of the Summer term 2026, Ruby will follow a two-part instruction with signs (e.g. \"get your cup and sit down\") on 4 out of 5 occasions, noted by her Key Person.",
            ]),
            ("sub", "Thinking and learning"),
            ("ul", [
                "By the end of the Spring term 2026, Ruby will stay at an adult-led activity for 5 minutes, on 3 out of 4 occasions, recorded in her learning journal.",
            ]),
            ("sub", "Feelings and relationships"),
            ("ul", [
                "By the end of the Spring term 2026, Ruby will be happier and more settled when she is dropped off at pre-school.",
                "By September 2027 school entry, Ruby will have 1:1 support from her Key Person during every pre-school session.",
            ]),
            ("sub", "Body, senses and health"),
            ("ul", [
                "By the end of the Summer term 2026, Ruby will walk across the pre-school room and out to the garden without holding on, on 4 out of 5 days, observed by her Key Person.",
                "By September 2027 school entry, Ruby will wear both hearing aids for the whole morning session on 4 out of 5 days, recorded on her hearing aid chart.",
            ]),
        ]},
        "F": {"blocks": [
            ("table", PROV, [
                ["1:1 support from a named Key Person for learning, play, personal care and hearing aid checks", "Every morning session (15 hours a week)", "Key Person, trained in Makaton (Level 1) and in hearing aid care by the Teacher of the Deaf", "Termly, by the Early Years SENCO (Special Educational Needs Co-ordinator)"],
                ["Hearing aid check using a listening kit, and spare batteries kept in Ruby's bag", "At the start of every morning session", "Key Person; listening kit and batteries supplied by Paediatric Audiology", "Half-termly, by the Teacher of the Deaf"],
                ["Teacher of the Deaf visit to observe Ruby, check the listening environment and advise staff", "Each half term, 1 hour (6 visits a year)", "Qualified Teacher of the Deaf, Eastmere Sensory Support Service", "At each visit"],
                ["Makaton signing of key words by all room staff, and a quiet area with soft furnishings for adult-led work", "Every session", "All room staff, led by the Key Person", "Termly"],
                ["Speech and language programme (signing, first words, two-word phrases) written by the Speech and Language Therapist", "15 minutes, 1:1, every morning session", "Key Person, following the therapist's programme", "Half-termly, by the Speech and Language Therapist"],
                ["Speech and Language Therapist visit to review the programme and coach the Key Person", "Once a half term, 45 minutes", "NHS Speech and Language Therapist, Eastmere Children's Therapies", "At each visit"],
                ["Attention and play group (turn-taking games, bubbles, puppets)", "10 minutes every morning session, group of 3 children with 1 adult", "Key Person or room leader", "Termly"],
                ["Physical programme set by the physiotherapist (walking practice, steps, balance games)", "15 minutes, 1:1, every morning session", "Key Person", "Every 3 months, with Children's Physiotherapy"],
                ["Portage home teaching", "Monthly home visits (1.5 hrs), 1:1 with Ruby and her parents", "Portage Home Visitor, Eastmere Portage Service", "Every 3 months"],
            ]),
        ]},
        "G": {"blocks": [
            ("table", PROV, [
                ["Hearing tests, hearing aid fitting, ear-mould replacement and repairs", "Every 3 months, 45-minute clinic appointment; repairs posted back within 3 working days", "Paediatric Audiology", "Every 3 months"],
                ["Down syndrome clinic review, including yearly thyroid blood test", "Once a year, 45 minutes", "Community Paediatrician", "Yearly"],
                ["Physiotherapy assessment, home and pre-school programme for walking and balance", "Monthly visit, 45 minutes, alternating between home and pre-school", "Children's Physiotherapy (Physiotherapist)", "Every 3 months"],
            ]),
        ]},
        "H1": {"blocks": [
            ("p", "No provision. Short breaks were considered with Ruby's parents during the social care assessment (see Section D) and are not needed at present."),
        ]},
        "H2": {"blocks": [
            ("p", "No provision. The family do not need Early Help support at this time."),
        ]},
        "I": {"blocks": [
            ("p", "Little Owls Pre-school, Fenby (voluntary early years setting), five mornings a week; with Eastmere Portage Service home visits."),
        ]},
        "J": {"blocks": [
            ("p", "Ruby's parents have not asked for a personal budget."),
        ]},
        "K": {"blocks": [
            ("table", ADV, [
                ["Parents' views (All about me)", "Ruby's parents", "12 June 2025"],
                ["Educational advice", "Amy Chalk, Key Person, and Helen Ward, Early Years SENCO, Little Owls Pre-school", "20 June 2025"],
                ["Portage report", "Karen Lister, Portage Home Visitor", "17 June 2025"],
                ["Advice from the Teacher of the Deaf", "Rachel Moore, Qualified Teacher of the Deaf, Eastmere Sensory Support Service", "24 June 2025"],
                ["Psychological advice", "Dr Imogen Walsh, Educational Psychologist", "1 July 2025"],
                ["Medical advice", "Dr Ruth Adeyemi, Community Paediatrician", "23 June 2025"],
                ["Audiology report", "Paediatric Audiology (Mark Fenton, Clinical Scientist)", "10 June 2025"],
                ["Physiotherapy advice", "Children's Physiotherapy (Jo Lake, Physiotherapist)", "19 June 2025"],
                ["Speech and language therapy advice", "Nadia Rahman, Speech and Language Therapist", "26 June 2025"],
                ["Social care advice", "Children with Disabilities Social Work Team (Chloe Burns, Social Worker)", "14 July 2025"],
            ]),
        ]},
    },
    "labels": {
        "CA-ANNUAL-REVIEW": "fail",
        "PC-OUTCOME-NOT-PROVISION": "fail",
        "PC-SMART": "fail",
        "HC-DCO-SIGNOFF": "fail",
        "PC-PFA": "na",
        "SC-STATUTORY-LINK": "na",
    },
    "why": {
        "CA-ANNUAL-REVIEW": "\"Date final plan issued | 16 September 2025\" and \"Date of last review of plan | -\": issued 14.5 months before the 1 December 2026 audit and never reviewed (an under-5 should be reviewed every 3-6 months)",
        "PC-OUTCOME-NOT-PROVISION": "\"By September 2027 school entry, Ruby will have 1:1 support from her Key Person during every pre-school session.\" - this is provision, not an outcome",
        "PC-SMART": "\"By the end of the Spring term 2026, Ruby will be happier and more settled when she is dropped off at pre-school.\" - not measurable (also the provision-as-outcome above cannot be measured as an achievement)",
        "HC-DCO-SIGNOFF": "G lists Paediatric Audiology, Community Paediatrician and Children's Physiotherapy provision but nowhere records that health (DMO/DCO or commissioner) agreed it",
        "CA-STATUTORY-ADVICE": "Hearing impairment: advice from \"Rachel Moore, Qualified Teacher of the Deaf\" is present, with parent, education, EP, medical and social care advice",
    },
})

# =====================================================================================
# s203  shaded-heading-table  FAIL: HC-NEEDS-MET, HC-OUTCOMES, HC-THERAPY-PLACEMENT,
#       PR-OUTCOME-LINK, PR-VAGUE-WORDING, PC-VOICE
# (age 3, chromosome duplication, epilepsy, global developmental delay)
# =====================================================================================
PLANS.append({
    "file": "s203.docx", "layout": "shaded-heading-table", "age": 3,
    "year_group": "Early years (pre-school)", "needs": ["severe learning difficulty", "physical", "speech and language", "epilepsy"],
    "voice": "parents only (no account of Ava's own views)",
    "shade": "FBE4D5",
    "front": [
        ("Name", "Ava"),
        ("Age", "3 years 4 months"),
        ("Setting", "Sunflower Nursery, Brandham (four mornings a week) and Portage at home"),
        ("Education phase", "Early years"),
        ("Date final plan issued", "7 August 2026"),
        ("Date of last review of plan", "First plan - review due by February 2027"),
    ],
    "sections": {
        "A": {"blocks": [
            ("sub", "All about me - written by Ava's mum and dad"),
            ("p", "We love Ava's cuddles and her big gummy grin first thing in the morning. She is a gentle, happy girl who loves water play, swinging, music (especially anything with drums) and being thrown up in the air by her dad. She adores her baby brother Oscar and strokes his head when he cries. Ava can sit on her own now, roll across the room to get to a toy she wants, and she is starting to bottom-shuffle. She has just learned to sign \"more\" and uses it all the time!"),
            ("p", "Ava has a rare genetic condition (a duplication on chromosome 15), which means she is developing more slowly than other children. She has epilepsy, which worries us a lot, particularly when she is at nursery."),
            ("sub", "Our hopes for Ava"),
            ("p", "Now: we want Ava to be safe and happy at nursery, to learn more signs so she can tell us what she wants, and to start taking steps with her walker. For the future: we hope Ava will walk, have a way of talking to us, and go to a school where she has friends and is understood. We would love her to be able to feed herself."),
            ("sub", "What matters to us"),
            ("p", "That everyone who looks after Ava knows her well and knows what to do if she is poorly. That she gets to do the things other children do, like swimming and going to the park."),
        ]},
        "B": {"blocks": [
            ("sub", "Communication"),
            ("p", "Ava makes sounds to get attention and to show she is happy or cross. She uses three Makaton signs (\"more\", \"finished\", \"drink\") and looks at the object she wants. She understands her name, \"no\", \"bye-bye\" and words for familiar routines, especially with a sign or object. She needs adults to use signs and objects of reference consistently and to give her many chances to ask for things."),
            ("sub", "Thinking and learning"),
            ("p", "Ava enjoys cause-and-effect toys and will press a button to make music play. She is starting to look for a toy when it is hidden. Her learning is at an early stage (roughly 9 to 12 months in most areas). She learns best through repetition, songs and movement, in short bursts of a few minutes."),
            ("sub", "Feelings and relationships"),
            ("p", "Ava is sociable with adults and smiles at other children. She is easily upset by changes of routine and by new people, and settles best with her Key Person. She needs a predictable routine and help to play alongside other children."),
            ("sub", "Body and senses"),
            ("p", "Ava has low muscle tone. She sits well but cannot yet stand or walk. She mouths objects and seeks movement (rocking, swinging). She needs adult help for all personal care and eating, and a daily physical programme."),
        ]},
        "C": {"blocks": [
            ("bp", "Epilepsy. ", "Ava has epilepsy. She has tonic-clonic seizures (where her body stiffens and jerks) about once every 3 to 4 weeks, usually when she is tired or unwell, and has had two seizures at nursery. She takes sodium valproate twice a day at home and has a rescue medicine (buccal midazolam) for seizures lasting longer than 5 minutes. She is under Paediatric Neurology, who last saw her in May 2026."),
            ("bp", "Low muscle tone. ", "Ava is seen by Children's Physiotherapy for her sitting, standing and walking."),
            ("bp", "Eating and growth. ", "Ava is a slow eater and her weight is low (on the 2nd centile). Dietetics have given her a high-calorie eating plan."),
            ("bp", "Communication and sensory needs. ", "Ava has been assessed by the Speech and Language Therapist and the Occupational Therapist (see Section G)."),
        ]},
        "D": {"blocks": [
            ("p", "Ava lives with her mum, dad and baby brother. The Children with Disabilities Social Work Team completed an assessment in May 2026 (see Section K). Ava needs much more care than other children of her age, and her parents rarely get time together or with Oscar. The assessment found Ava eligible for short breaks. Her parents chose a specialist Saturday play scheme. Ava is not known to social care in any other way."),
        ]},
        "E": {"blocks": [
            ("ol", [
                "Communication: By the end of the Spring term 2027, Ava will use 10 Makaton signs to ask for things she wants (e.g. \"drink\", \"music\", \"swing\"), each seen on at least 3 separate days, recorded by her Key Person on her sign chart.",
                "Thinking and learning: By September 2027 school entry, Ava will find a toy hidden under a cup or cloth, on 4 out of 5 tries, recorded by her Portage Home Visitor.",
                "Feelings and relationships: By the end of the Summer term 2027, Ava will stay with a group of 3 children for a 5-minute song time, on 4 out of 5 sessions, noted by her Key Person.",
                "Body and senses: By the next annual review, Ava will take 5 steps holding an adult's hands or using her walker, on 3 out of 4 tries, measured by her physiotherapist.",
                "Eating: By the end of the Spring term 2027, Ava will eat a small full portion at snack and lunch on 4 out of 5 days, recorded on her food chart at nursery and home.",
            ]),
        ]},
        "F": {"blocks": [
            ("sub", "Thinking and learning"),
            ("table", PROV, [
                ["Portage home teaching: small-step play activities with Ava and her parents", "Monthly home visits (1.5 hrs), 1:1 at home, with extra visits as required", "Portage Home Visitor, Eastmere Portage Service", "Every 3 months"],
                ["1:1 play programme (cause and effect, hiding and finding, posting)", "15 minutes, 1:1, every morning session", "Key Person", "Termly, by the Early Years SENCO (Special Educational Needs Co-ordinator)"],
            ]),
            ("sub", "Feelings and relationships"),
            ("table", PROV, [
                ["A named Key Person for every session, with the same back-up practitioner", "Every session", "Arranged by the Early Years SENCO", "Termly"],
                ["Small group song and rhyme time", "10 minutes every morning session, group of 3 children and 1 adult", "Key Person", "Termly"],
            ]),
            ("sub", "Body and senses"),
            ("table", PROV, [
                ["1:1 support for all personal care, eating and moving", "Every session (four mornings, 12 hours a week)", "Nursery practitioner trained in moving and handling", "Termly"],
                ["Movement and sensory circuit (rocking, swinging on the garden swing, rolling)", "10 minutes, 1:1, every morning session where possible", "Key Person", "Termly"],
                ["Floor sitter and walker, kept at nursery", "Every session", "Supplied by Children's Physiotherapy; checked each week by the Key Person", "Every 6 months"],
            ]),
        ]},
        "G": {"blocks": [
            ("table", PROV, [
                ["Physiotherapy: assessment and a home and nursery programme for sitting, standing and stepping", "Monthly visit, 1 hour", "Children's Physiotherapy (Physiotherapist)", "Every 3 months"],
                ["Dietetic review of growth and high-calorie eating plan", "Every 3 months, 30-minute clinic appointment", "Paediatric Dietitian, Dietetics", "Every 3 months"],
                ["Speech and Language Therapy to teach Ava Makaton signs and to use objects to make choices, then a review with nursery staff", "Block of 8 weekly sessions at nursery, 45 minutes, 1:1", "Speech and Language Therapist, Eastmere Children's Therapies", "At the end of the block"],
                ["Occupational Therapy sensory programme to help Ava tolerate messy play and to use her hands to hold a spoon", "6 visits over the year, 1 hour each, at nursery", "Occupational Therapist, Eastmere Children's Therapies", "After 6 visits"],
            ]),
            ("p", "Health information signed off by the Designated Medical Officer, Dr Hannah Oduya, on 30 July 2026."),
        ]},
        "H1": {"blocks": [
            ("p", "Specialist Saturday play scheme at the Rainbow Club, Brandham: one Saturday each month, 10am to 3pm, with a 1:1 support worker. Arranged and funded by the Children with Disabilities Social Work Team; reviewed every 6 months by the social worker."),
        ]},
        "H2": {"blocks": [
            ("p", "None. Early Help family support was considered with the family in May 2026 and is not needed at present."),
        ]},
        "I": {"blocks": [
            ("p", "Sunflower Nursery, Brandham (private early years setting), four mornings a week; Eastmere Portage Service at home."),
        ]},
        "J": {"blocks": [
            ("p", "No personal budget has been requested."),
        ]},
        "K": {"blocks": [
            ("table", ADV, [
                ["Parents' views", "Ava's parents", "2 May 2026"],
                ["Educational advice", "Gemma Price, Early Years SENCO, Sunflower Nursery", "14 May 2026"],
                ["Portage report", "Karen Lister, Portage Home Visitor", "11 May 2026"],
                ["Psychological advice", "Dr Sam Kellett, Educational Psychologist", "28 May 2026"],
                ["Medical advice", "Dr Ruth Adeyemi, Community Paediatrician", "20 May 2026"],
                ["Clinic letter (epilepsy)", "Dr Alan Marsh, Consultant, Paediatric Neurology", "6 May 2026"],
                ["Physiotherapy advice", "Anna Cole, Physiotherapist, Children's Physiotherapy", "12 May 2026"],
                ["Dietetic advice", "Claire Moss, Paediatric Dietitian, Dietetics", "18 May 2026"],
                ["Speech and language therapy advice", "Nadia Rahman, Speech and Language Therapist", "21 May 2026"],
                ["Occupational therapy advice", "Kate Bell, Occupational Therapist", "22 May 2026"],
                ["Social care advice", "Tom Reeve, Social Worker, Children with Disabilities Social Work Team", "29 May 2026"],
            ]),
        ]},
    },
    "labels": {
        "PC-VOICE": "fail",
        "PR-VAGUE-WORDING": "fail",
        "PR-OUTCOME-LINK": "fail",
        "HC-NEEDS-MET": "fail",
        "HC-THERAPY-PLACEMENT": "fail",
        "HC-OUTCOMES": "fail",
        "PC-PFA": "na",
        "SC-STATUTORY-LINK": "na",
    },
    "why": {
        "PC-VOICE": "Section A is only \"All about me - written by Ava's mum and dad\"; nothing records Ava's own views or how they were gathered (no Key Person observation of her play, signs or reactions)",
        "PR-VAGUE-WORDING": "\"Monthly home visits (1.5 hrs), 1:1 at home, with extra visits as required\" and \"10 minutes, 1:1, every morning session where possible\"",
        "PR-QUANTIFIED": "Tricky pass: the two vague items still state what, how often, how long, ratio and who; the failure is the woolly wording",
        "PR-OUTCOME-LINK": "B Communication need (signs, objects of reference) and E outcome 1 (10 Makaton signs) have no provision in F; the only communication input is the SALT block placed in G",
        "HC-NEEDS-MET": "C: \"Ava has epilepsy. She has tonic-clonic seizures ... has had two seizures at nursery ... a rescue medicine (buccal midazolam)\" - G has nothing for epilepsy (no neurology review, care plan or rescue-medicine training)",
        "HC-OUTCOMES": "No outcome in E relates to her epilepsy (e.g. staff managing seizures safely so she can attend)",
        "HC-THERAPY-PLACEMENT": "G: \"Speech and Language Therapy to teach Ava Makaton signs and to use objects to make choices\" and \"Occupational Therapy sensory programme to help Ava tolerate messy play and to use her hands\" - therapy that educates/trains belongs in F",
        "HC-DCO-SIGNOFF": "\"Health information signed off by the Designated Medical Officer, Dr Hannah Oduya, on 30 July 2026.\"",
    },
})

# =====================================================================================
# s204  heading2-numbered  FAIL: HC-NEEDS, CA-DATED, PC-OUTCOME-NOT-PROVISION (+PC-SMART),
#       PR-QUANTIFIED   (age 7, Year 2, autism + language disorder)
# =====================================================================================
PLANS.append({
    "file": "s204.docx", "layout": "heading2-numbered", "age": 7,
    "year_group": "Year 2", "needs": ["ASC", "speech and language"],
    "voice": "first person (Leo's words, gathered with photos by his TA) plus parents",
    "font": "Calibri",
    "front": [
        ("Name", "Leo"),
        ("Age", "7 years"),
        ("NC year", "Year 2"),
        ("Education phase", "Primary (Key Stage 1)"),
        ("School", "Meadowbank Primary School, Saxby"),
        ("Date of last review of plan", "20 January 2026"),
        ("Date final plan issued", "20 February 2026 (amended following annual review)"),
    ],
    "sections": {
        "A": {"blocks": [
            ("sub", "A1 All about me - in my words"),
            ("p", "I talked to Mrs Kerr (my teaching assistant) about school. We looked at photos of my classroom, the playground and the hall, and I put them on a happy face or a sad face."),
            ("ul", [
                "I like trains, dinosaurs and the iPad.",
                "I like Mrs Kerr and I like Ollie. Ollie is my friend.",
                "I like Lego time and the computer.",
                "I don't like the hall when it is noisy. It hurts my ears.",
                "I don't like it when we change the day.",
            ]),
            ("sub", "A2 What my mum and dad say"),
            ("p", "We love Leo's sense of fun and his amazing memory: he knows every train on the Saxby line and can tell you the times. He is kind and gentle with his baby cousin. He is much happier at school than he was last year and he now tells us one or two things about his day. Leo still gets very upset by loud noise and changes, and it can take a long time to calm him down after school."),
            ("sub", "A3 Our hopes"),
            ("p", "We hope Leo will make a good friend or two, be able to talk to us about his day, and stay at Meadowbank with the children he knows. When he is older we want him to do a job he loves, maybe something with trains, and to be as independent as possible."),
        ]},
        "B": {"blocks": [
            ("p", "Leo has a diagnosis of autism (autism spectrum condition) and a language disorder. His needs are described below."),
            ("sub", "B1 Communication"),
            ("p", "Leo has a large vocabulary about his interests but finds it hard to put words into sentences; he usually speaks in 2 to 3 word phrases. He finds it hard to follow instructions given to the whole class and to answer \"why\" and \"how\" questions. He needs adults to use short, clear language with pictures, to check he has understood and to teach sentence building."),
            ("sub", "B2 Thinking and learning"),
            ("p", "Leo is a strong visual learner and is at the expected level for his age in number work. He is working below his age in reading and writing: he knows his Phase 3 phonics sounds and is learning to blend longer words. He needs small-step teaching, visual prompts and daily practice."),
            ("sub", "B3 Feelings and relationships"),
            ("p", "Leo has one close friend and enjoys playing alongside others, but finds turn-taking and losing hard. He becomes anxious when routines change and can shout or run out of the classroom. He needs warning of changes, a visual timetable and teaching of social skills and calming strategies."),
            ("sub", "B4 Body and senses"),
            ("p", "Leo is very sensitive to noise, particularly in the hall and dining room. He needs ear defenders and a quieter space to go to when he is overwhelmed."),
        ]},
        "C": {"blocks": [
            ("p", "Not known at this time."),
        ]},
        "D": {"blocks": [
            ("p", "Leo's parents spoke to the Children with Disabilities Social Work Team duty worker in November 2025 (see Section K). Leo does not have social care needs arising from his special educational needs: his family meet his care needs without extra support. Short breaks were explained and the family do not wish to apply at present. Leo is not known to children's social care in any other way."),
        ]},
        "E": {"blocks": [
            ("sub", "E1 Communication"),
            ("ul", [
                "By the end of Year 3, Leo will receive speech and language therapy every week to help him use longer sentences.",
                "By July 2027, Leo will tell an adult about something he did at playtime, using a sentence of 4 or more words, on 3 days out of 5, recorded by his teaching assistant.",
            ]),
            ("sub", "E2 Thinking and learning"),
            ("ul", [
                "By July 2027, Leo will read a Phase 5 phonics book aloud with at least 90% of words correct, checked by his class teacher each half term.",
            ]),
            ("sub", "E3 Feelings and relationships"),
            ("ul", [
                "By the end of the Spring term 2027, Leo will take turns in a board game with one other child for 10 minutes, without leaving the game, on 3 out of 4 occasions, observed by his teaching assistant.",
            ]),
            ("sub", "E4 Body and senses"),
            ("ul", [
                "By the next annual review, Leo will put on his ear defenders or show his break card when the hall is noisy, instead of running out, in 4 out of 5 assemblies, noted by class staff.",
            ]),
        ]},
        "F": {"blocks": [
            ("sub", "F1 Communication"),
            ("ul", [
                "A Speech and Language Therapist (NHS, Eastmere Children's Therapies) will visit school every half term for 1 hour (6 visits a year) to assess Leo, set his targets and show his teaching assistant how to deliver his programme.",
                "Language programme set by the Speech and Language Therapist: 20 minutes, 1:1, four times a week, delivered by a teaching assistant trained in the Language for Thinking programme.",
                "Colourful Semantics (a colour-coded way of building sentences): 15 minutes x 3 weekly, in pair work with one other pupil, led by the same teaching assistant.",
            ]),
            ("sub", "F2 Thinking and learning"),
            ("ul", [
                "Teaching assistant support in class for English and maths every morning (10 hours a week), working with Leo in a group of 4 pupils.",
                "Daily phonics catch-up: 15 minutes, 1:1, every afternoon, with a teaching assistant trained in the school's phonics scheme.",
                "A visual timetable on Leo's desk, updated each morning by his teaching assistant, with changes shown before they happen.",
            ]),
            ("sub", "F3 Feelings and relationships"),
            ("ul", [
                "Leo will attend a social skills group for a block of 8 weekly sessions.",
                "A break card and a named quiet space (the library corner), set up by the class teacher. Leo shows the card to any adult to use the quiet space, and an adult goes with him each time.",
                "The Autism Outreach Teacher will visit school once a term for 1.5 hours to observe Leo and advise staff on his social and emotional targets.",
            ]),
            ("sub", "F4 Body and senses"),
            ("ul", [
                "Ear defenders provided by school and kept in Leo's tray; his class teacher makes sure they go with him to assemblies, PE and lunch.",
                "Leo will eat lunch in the small dining room with 6 other pupils, supervised by a midday supervisor, every day.",
            ]),
        ]},
        "G": {"blocks": [
            ("p", "None."),
        ]},
        "H1": {"blocks": [
            ("p", "None. Short breaks were considered and are not needed (see Section D)."),
        ]},
        "H2": {"blocks": [
            ("p", "None."),
        ]},
        "I": {"blocks": [
            ("p", "Meadowbank Primary School, Saxby (mainstream primary academy)."),
        ]},
        "J": {"blocks": [
            ("p", "No personal budget has been requested."),
        ]},
        "K": {"blocks": [
            ("table", ADV, [
                ["Parental advice", "Leo's parents", ""],
                ["Educational advice", "Mrs Anna Kerr (teaching assistant), Miss Holt (class teacher) and Mr Dale (Special Educational Needs Co-ordinator, SENCO), Meadowbank Primary School", ""],
                ["Psychological advice", "Dr Imogen Walsh, Educational Psychologist", "2 December 2025"],
                ["Speech and language therapy advice", "Priya Shah, Speech and Language Therapist, Eastmere Children's Therapies", "28 November 2025"],
                ["Autism Outreach report", "Sara Quinn, Autism Outreach Teacher", "4 December 2025"],
                ["Medical advice", "Dr Marcus Bell, Community Paediatrician", "17 November 2025"],
                ["Social care advice", "Jo Whitfield, Social Worker (duty), Children with Disabilities Social Work Team", "26 November 2025"],
                ["Annual review report", "Mr Dale, SENCO, Meadowbank Primary School", "20 January 2026"],
            ]),
        ]},
    },
    "labels": {
        "CA-DATED": "fail",
        "HC-NEEDS": "fail",
        "PC-OUTCOME-NOT-PROVISION": "fail",
        "PC-SMART": "fail",
        "PR-QUANTIFIED": "fail",
        "PC-PFA": "na",
        "SC-STATUTORY-LINK": "na",
        "HC-PROVISION-SPECIFIC": "na",
        "HC-NEEDS-MET": "na",
        "HC-DCO-SIGNOFF": "na",
        "HC-ADVICE-PROVIDERS": "na",
        "HC-OUTCOMES": "na",
    },
    "why": {
        "CA-DATED": "K rows \"Parental advice | Leo's parents\" and \"Educational advice | Mrs Anna Kerr (teaching assistant), Miss Holt (class teacher) and Mr Dale (Special Educational Needs Co-ordinator, SENCO), Meadowbank Primary School\" have an empty date column",
        "CA-ADVICE-AGE": "Tricky pass: every dated item (November-December 2025, January 2026) is under 12 months old at issue (20 February 2026); the two undated rows are counted under CA-DATED",
        "HC-NEEDS": "Section C reads only \"Not known at this time.\" although medical advice from the Community Paediatrician is listed in K",
        "PC-OUTCOME-NOT-PROVISION": "\"By the end of Year 3, Leo will receive speech and language therapy every week to help him use longer sentences.\"",
        "PC-SMART": "The same outcome has no measure of what Leo will achieve (receiving therapy is not a measurable achievement)",
        "PR-QUANTIFIED": "\"Leo will attend a social skills group for a block of 8 weekly sessions.\" - no session length, group size, or who delivers it with what expertise",
        "HC-THERAPY-PLACEMENT": "SALT is correctly in F (F1)",
    },
})

# =====================================================================================
# s205  letter-column  SOUND  (age 14, Year 9, severe vision impairment, PfA)
# =====================================================================================
PLANS.append({
    "file": "s205.docx", "layout": "letter-column", "age": 14,
    "year_group": "Year 9", "needs": ["vision"],
    "voice": "first person (Isla's own words) plus parents",
    "front": [
        ("Young person's name", "Isla"),
        ("Age", "14 years"),
        ("NC year", "Year 9"),
        ("Education phase", "Secondary (Key Stage 3)"),
        ("School", "Kingsmead Academy, Kingsmead"),
        ("Date of last review of plan", "14 January 2026 (Year 9 preparing for adulthood review)"),
        ("Date final plan issued", "18 February 2026 (amended plan)"),
    ],
    "sections": {
        "A": {"blocks": [
            ("sub", "About me - in my own words (I typed this with my teaching assistant in December 2025)"),
            ("p", "I'm Isla and I'm 14. I love singing, and I'm in the school choir and the chamber group. I go to Guides on Wednesdays. I'm good at remembering things, I'm funny (my friends say so) and I can play the keyboard by ear. I have a condition called cone-rod dystrophy, which means my sight is poor and is slowly getting worse. Bright light hurts my eyes."),
            ("p", "The things that help me most are big print, my laptop and teachers who tell me what is on the board. I hate it when people move my things or when a teacher forgets my large-print copy and I have to sit there. I don't like using my cane at school because people stare, but I know I need it outside."),
            ("p", "When I'm older I want to work in radio or be a music therapist. I want to go to sixth form or college to do music. Soon I want to be able to go into town with my friends without my mum, and cook proper meals for myself."),
            ("sub", "What my parents say"),
            ("p", "We love Isla's determination and her humour. She never gives up and she has a wonderful voice. Our hopes for Isla are that she goes on to sixth form or college, finds a job she loves, and lives independently with the right support. Right now we would like her to be confident getting around on her own, and to keep her friendships, which matter hugely to her."),
        ]},
        "B": {"blocks": [
            ("sub", "Communication and interaction"),
            ("p", "Isla is a confident, articulate speaker. She cannot see facial expressions or gestures across a room, so she can miss social cues in groups. She needs people to say her name and their own when they speak to her."),
            ("sub", "Thinking and learning"),
            ("p", "Isla is working at or close to the expected level for her age in most subjects and is predicted a grade 5 or above in English and Music. She reads print at N24 (large print) size and reads much more slowly than her classmates, and she tires quickly from close visual work. She needs all learning materials in an accessible format, extra time, touch-typing and the use of magnification and screen-reading software."),
            ("sub", "Feelings and relationships"),
            ("p", "Isla has a close group of friends and is well liked. She feels self-conscious about her cane and her equipment and can become anxious about her sight getting worse. She needs a trusted adult to talk to and support to explain her vision to others."),
            ("sub", "Body and senses"),
            ("p", "Isla has a severe vision impairment (VI), with a visual acuity of 6/60 (she sees at 6 metres what most people see at 60 metres), and is sensitive to bright light. She needs mobility and orientation training to travel safely and independently, and to learn daily living skills (cooking, handling money) without relying on sight."),
        ]},
        "C": {"blocks": [
            ("p", "Isla has cone-rod dystrophy, a genetic eye condition that slowly reduces sight. She is reviewed each year by Paediatric Ophthalmology. She is sensitive to light and wears tinted glasses and uses hand magnifiers prescribed by the Low Vision Clinic. She gets headaches from eye strain after long periods of close work."),
            ("p", "Isla has no difficulty walking, and her general health is good. She has no other health needs relating to her special educational needs."),
        ]},
        "D": {"blocks": [
            ("p", "Isla does not need social care support. The Children with Disabilities Social Work Team looked at her needs in December 2025 (see Section K) and found that her care needs are met at home by her family. Short breaks were discussed: Isla already goes to a monthly youth club for visually impaired young people, which her parents arrange themselves, and the family do not want any further support."),
        ]},
        "E": {"blocks": [
            ("sub", "Education and employment"),
            ("ul", [
                "By the end of Year 11 (July 2028), Isla will gain at least five GCSEs at grade 4 or above, including English and Music.",
                "Within 6 months, Isla will touch-type at 30 words per minute with 95% accuracy, measured by her Qualified Teacher of Vision Impairment.",
                "By Autumn '27, Isla will complete a week's work experience in a radio or music setting, and agree with her Careers Adviser two steps towards her post-16 course.",
            ]),
            ("sub", "Independent living"),
            ("ul", [
                "By the next annual review, Isla will plan and cook a simple hot meal (for example pasta with sauce) at home, using her talking kitchen scales, with no adult help, twice a week, confirmed by her parents.",
            ]),
            ("sub", "Friends, relationships and community"),
            ("ul", [
                "By Autumn '27, Isla will travel on her own by bus from home to Kingsmead town centre and back, using her long cane, and find two familiar shops, on 3 separate trips checked by her Habilitation Specialist.",
                "By the end of the Spring term 2027, Isla will explain her vision and what helps her to a new group (for example her choir or a new class) on 2 occasions, with feedback recorded by her mentor.",
            ]),
            ("sub", "Good health"),
            ("ul", [
                "By the next annual review, Isla will use her tinted glasses, screen settings and a planned break every 20 minutes so that she can work through a 50-minute lesson without a headache, on 4 out of 5 school days, recorded in her own log.",
            ]),
        ]},
        "F": {"blocks": [
            ("table", PROV, [
                ["Specialist teaching by a Qualified Teacher of Children and Young People with Vision Impairment (QTVI): touch-typing, screen magnification and screen-reader skills", "Each fortnight during term, 1 hour, 1:1", "QTVI, Eastmere Sensory Support Service", "Termly, with Isla and the SENCO (Special Educational Needs Co-ordinator)"],
                ["QTVI advice to subject teachers on presenting work accessibly and on speaking to Isla in groups (saying names, describing what is shown)", "One 1-hour staff briefing each September, and a half-termly 30-minute check with the SENCO", "QTVI, Eastmere Sensory Support Service", "Yearly"],
                ["Mobility and independent travel training (routes to school, town centre and bus)", "Block of 8 weekly sessions, 1 hour, 1:1, in the Spring term 2027; then one 1-hour session each half term", "Habilitation Specialist, Eastmere Sensory Support Service", "At the end of the block"],
                ["Independent living skills: cooking and money, using adapted equipment", "45 mins x 2 per week, pair work with one other student", "Food Technology teaching assistant, following the Habilitation Specialist's plan", "Termly"],
                ["All worksheets, texts and board work in N24 bold print on matt paper or as electronic files", "Every lesson; prepared at least one school day before the lesson", "VI Resource Assistant, Kingsmead Academy", "Half-termly, by the SENCO"],
                ["A laptop with screen magnification and screen-reader software, and a portable video magnifier", "For all lessons and homework", "Supplied by the Eastmere Sensory Support Service; set up, updated and repaired by the school's IT technician", "Yearly, by the QTVI"],
                ["Exam access arrangements: modified N24 papers, 25% extra time and a separate room with controlled lighting", "All internal and external exams", "Exams Officer, with the SENCO", "Before each exam season"],
                ["Mentoring to build confidence using her cane in school and explaining her vision to others", "30 minutes, 1:1, each fortnight during term", "School Youth Worker", "Termly"],
                ["Careers guidance, including planning Year 10 work experience", "Three 30-minute 1:1 meetings a year", "Careers Adviser (qualified to Level 6)", "At the annual review"],
            ]),
            ("p", "From September 2027, the QTVI will add half an hour of braille awareness to each fortnightly session, as agreed with Isla at her Year 9 review."),
        ]},
        "G": {"blocks": [
            ("table", PROV, [
                ["Review of Isla's eye condition", "Once a year, 45-minute clinic appointment", "Paediatric Ophthalmology (Consultant Ophthalmologist)", "Yearly"],
                ["Low vision assessment; prescription and replacement of tinted glasses and hand magnifiers; advice on reducing eye strain", "Once a year, 1 hour; replacements within 4 weeks if lost or broken", "Low Vision Clinic (Optometrist)", "Yearly"],
            ]),
            ("p", "The Designated Medical Officer, Dr Hannah Oduya, agreed the health information in Sections C and G on 9 February 2026."),
        ]},
        "H1": {"blocks": [
            ("p", "None. Short breaks were considered with Isla and her parents (see Section D) and are not wanted at present."),
        ]},
        "H2": {"blocks": [
            ("p", "None."),
        ]},
        "I": {"blocks": [
            ("p", "Kingsmead Academy (mainstream secondary academy)."),
        ]},
        "J": {"blocks": [
            ("p", "Isla's parents have not requested a personal budget."),
        ]},
        "K": {"blocks": [
            ("table", ADV, [
                ["Young person's views and parents' views", "Isla and her parents", "10 December 2025"],
                ["Educational advice and annual review report", "Mrs L Carter, SENCO, Kingsmead Academy", "14 January 2026"],
                ["Advice from a Qualified Teacher of Vision Impairment", "Sarah Quinlan, QTVI, Eastmere Sensory Support Service", "3 December 2025"],
                ["Habilitation assessment", "Dev Patel, Habilitation Specialist, Eastmere Sensory Support Service", "26 November 2025"],
                ["Psychological advice", "Dr Imogen Walsh, Educational Psychologist", "19 November 2025"],
                ["Medical advice (ophthalmology)", "Mr J Okoro, Consultant Ophthalmologist, Paediatric Ophthalmology", "21 October 2025"],
                ["Low vision report", "Low Vision Clinic (Emma Short, Optometrist)", "30 September 2025"],
                ["Preparing for adulthood advice", "Gary Finch, Careers Adviser", "8 January 2026"],
                ["Social care advice", "Children with Disabilities Social Work Team (Ruth Yeo, Social Worker)", "11 December 2025"],
            ]),
        ]},
    },
    "labels": {
        "SC-STATUTORY-LINK": "na",
    },
    "why": {
        "PC-OUTCOME-NOT-PROVISION": "Tricky pass: \"Isla will gain at least five GCSEs at grade 4 or above\" is an achievement, not provision",
        "PC-PFA": "Outcomes grouped under all four PfA themes, e.g. \"Isla will travel on her own by bus from home to Kingsmead town centre and back\"",
        "PR-QUANTIFIED": "Access arrangement \"modified N24 papers, 25% extra time and a separate room ... Exams Officer, with the SENCO\" and equipment \"set up, updated and repaired by the school's IT technician\" need no group size",
        "HC-NEEDS": "Real health need (cone-rod dystrophy, eye strain) alongside \"Isla has no difficulty walking\" - correct",
        "CA-STATUTORY-ADVICE": "Includes QTVI advice (vision impairment) and preparing for adulthood advice (Year 9)",
        "HC-DCO-SIGNOFF": "\"The Designated Medical Officer, Dr Hannah Oduya, agreed the health information in Sections C and G on 9 February 2026.\"",
    },
})

# =====================================================================================
# s206  shaded-heading-table  FAIL: SC-STATUTORY-LINK, SC-ADVICE, CA-STATUTORY-ADVICE,
#       SC-PROVISION-SPECIFIC (one defect: CP plan not followed through), PC-STRENGTHS,
#       PC-ASPIRATION-LINK, PR-QUANTIFIED + PR-VAGUE-WORDING   (age 9, Year 5, ADHD + SEMH)
# =====================================================================================
PLANS.append({
    "file": "s206.docx", "layout": "shaded-heading-table", "age": 9,
    "year_group": "Year 5", "needs": ["ADHD", "SEMH"],
    "voice": "Mason's own words (conversation with class teacher) plus mum",
    "shade": "BDD7EE",
    "front": [
        ("Name", "Mason"),
        ("Age", "9"),
        ("NC year", "Year 5"),
        ("School", "Greystone Primary School, Lowfield"),
        ("Date final plan issued", "2 July 2026"),
        ("Date of last review of plan", "New plan"),
    ],
    "sections": {
        "A": {"blocks": [
            ("sub", "Mason's views"),
            ("p", "Mason talked with his class teacher, Mr Hughes, in June 2026. This is what he said:"),
            ("p", "\"I get told off all the time. I hate writing and I can't sit still, my legs just go. Playtime is the best bit but then I get in trouble. I like football and Xbox. When I'm older I want to be a mechanic like my uncle Dean and fix cars. I want to play for a proper football team.\""),
            ("sub", "Mum's views"),
            ("p", "Mason is hard work at home. He doesn't listen, he won't go to bed and he fights with his little brother. School ring me most days about his behaviour. He has been sent home three times this year."),
            ("sub", "Our hopes for Mason"),
            ("p", "Mum would like Mason to be happy and, when he is older, to get a good job, maybe working with cars like his uncle. Mason would like to join a proper football club."),
        ]},
        "B": {"blocks": [
            ("sub", "Communication"),
            ("p", "Mason interrupts and talks over adults and other children. He struggles to follow instructions of more than two steps and often misses what has been said to the class."),
            ("sub", "Thinking and learning"),
            ("p", "Mason is working below the expected level in reading, writing and maths; his writing is at about a Year 2 level. He cannot concentrate on a task for more than about 3 minutes and rarely finishes a piece of work. His handwriting is hard to read."),
            ("sub", "Feelings and relationships"),
            ("p", "Mason has frequent outbursts in class, shouting, throwing equipment and leaving the room. He has had three fixed-term suspensions in 2025-26. He falls out with other children at playtime and has few friends. He has low self-esteem and says he is \"stupid\"."),
            ("sub", "Body and senses"),
            ("p", "Mason is constantly moving and fidgeting, rocks on his chair and finds it very hard to stay in his seat."),
        ]},
        "C": {"blocks": [
            ("p", "Mason was diagnosed with Attention Deficit Hyperactivity Disorder (ADHD) by the Community Paediatrician in October 2025. He takes methylphenidate (a medicine that helps with concentration): a slow-release dose at home in the morning. His height, weight and blood pressure are checked at each medication review."),
        ]},
        "D": {"blocks": [
            ("p", "Mason lives with his mum and his younger brother, aged 6. Mum finds managing Mason's behaviour at home very difficult, particularly at bedtime and in the mornings. Mason sometimes arrives at school late, hungry and in unwashed uniform."),
            ("p", "Mason has been subject to a child protection plan since March 2026 under the category of neglect."),
        ]},
        "E": {"blocks": [
            ("table", ["Area", "Outcome", "How we will know"], [
                ["Feelings and relationships", "By the end of the Spring term 2027, Mason will stay in class for the whole of each lesson on 4 out of 5 days.", "Class behaviour log, checked weekly by the SENCO (Special Educational Needs Co-ordinator)"],
                ["Thinking and learning", "By July 2027, Mason will write 5 sentences in one piece of work, using capital letters and full stops, in 3 out of 5 pieces of work.", "Writing samples checked by his class teacher each half term"],
                ["Feelings and relationships", "By the next annual review, Mason will name how he is feeling using the Zones of Regulation cards and choose a calming strategy, on 4 out of 5 occasions when staff prompt him.", "Recorded by his teaching assistant"],
                ["Thinking and learning / health", "By the end of Year 5, Mason will work on a task for 10 minutes without leaving his seat, on 4 out of 5 occasions.", "Timed observation by his teaching assistant, weekly"],
                ["Communication", "By the end of the Spring term 2027, Mason will carry out a two-step instruction given to the whole class, without a reminder, on 4 out of 5 occasions.", "Recorded weekly by his teaching assistant"],
            ]),
        ]},
        "F": {"blocks": [
            ("table", PROV, [
                ["Teaching assistant support in English and maths lessons: class instructions repeated to Mason in short steps, tasks broken into short chunks, and a visual checklist", "Every morning, 1:1 (10 hours a week)", "Teaching assistant trained in supporting pupils with ADHD", "Half-termly, by the SENCO (Special Educational Needs Co-ordinator)"],
                ["Movement breaks on a timetable (errands, wall push-ups, trampette)", "5 minutes every hour, 1:1", "Teaching assistant", "Half-termly"],
                ["Precision teaching for spelling and sentence writing", "10 minutes daily, 1:1", "Teaching assistant", "Half-termly"],
                ["Zones of Regulation group (naming feelings and choosing calming strategies)", "30 minutes weekly, group of 4", "ELSA (Emotional Literacy Support Assistant)", "Termly"],
                ["Mentoring", "Regular sessions with the Learning Mentor to talk about his feelings", "Learning Mentor", "Termly"],
                ["Lunchtime nurture club (Lego, board games)", "30 minutes, 3 days a week, group of 6", "ELSA", "Termly"],
                ["Educational Psychologist consultation with Mason's teacher, SENCO and mum", "Once a term, 1.5 hours", "Educational Psychologist, Eastmere Educational Psychology Service", "Termly"],
            ]),
        ]},
        "G": {"blocks": [
            ("table", PROV, [
                ["ADHD medication review, including height, weight and blood pressure", "Every 6 months, 30-minute clinic appointment", "Community Paediatrician", "Every 6 months"],
                ["Lunchtime dose of methylphenidate given in school, with a medication log", "Daily at 12.15pm", "Trained school office staff, as prescribed by the Community Paediatrician", "Every 6 months, at the medication review"],
            ]),
            ("p", "Health information signed off by the Designated Medical Officer, Dr Priya Nair, 26 June 2026."),
        ]},
        "H1": {"blocks": [
            ("p", "None."),
        ]},
        "H2": {"blocks": [
            ("p", "None."),
        ]},
        "I": {"blocks": [
            ("p", "Greystone Primary School, Lowfield (mainstream, maintained)."),
        ]},
        "J": {"blocks": [
            ("p", "Not requested."),
        ]},
        "K": {"blocks": [
            ("table", ADV, [
                ["Parental advice", "Mason's mum", "20 May 2026"],
                ["Mason's views", "Mason, with Mr Hughes (class teacher)", "9 June 2026"],
                ["Educational advice", "Mr Hughes (class teacher) and Mrs Adams (SENCO), Greystone Primary School", "22 May 2026"],
                ["Psychological advice", "Dr Leah Grant, Educational Psychologist", "5 June 2026"],
                ["Medical advice", "Dr Marcus Bell, Community Paediatrician", "27 May 2026"],
            ]),
        ]},
    },
    "labels": {
        "SC-STATUTORY-LINK": "fail",
        "SC-ADVICE": "fail",
        "CA-STATUTORY-ADVICE": "fail",
        "SC-PROVISION-SPECIFIC": "fail",
        "PC-STRENGTHS": "fail",
        "PC-ASPIRATION-LINK": "fail",
        "PR-QUANTIFIED": "fail",
        "PR-VAGUE-WORDING": "fail",
        "PC-PFA": "na",
    },
    "why": {
        "SC-STATUTORY-LINK": "D: \"Mason has been subject to a child protection plan since March 2026 under the category of neglect.\" - no social worker contribution, no reference to the CP plan in provision, H1/H2 \"None.\", no social care advice in K",
        "SC-ADVICE": "K lists parental, educational, EP and medical advice only; no social care advice",
        "CA-STATUTORY-ADVICE": "Social care advice (reg 6) missing from K",
        "SC-PROVISION-SPECIFIC": "H1 \"None.\" and H2 \"None.\" with no statement that short breaks or early help were considered, despite the needs in D",
        "PC-STRENGTHS": "A and B are deficit-only: \"Mason is hard work at home. He doesn't listen, he won't go to bed and he fights with his little brother.\"; B lists only difficulties (interrupts, below expected level, outbursts, fidgeting); no strengths or what he can do",
        "PC-ASPIRATION-LINK": "A: \"I like football and Xbox. When I'm older I want to be a mechanic like my uncle Dean\" - no outcome builds on football, cars or any stated interest",
        "PR-QUANTIFIED": "\"Mentoring | Regular sessions with the Learning Mentor to talk about his feelings\" - no frequency, length or ratio",
        "PR-VAGUE-WORDING": "\"Regular sessions with the Learning Mentor\"",
        "SC-NEEDS": "D does describe needs (behaviour at home, arriving late, hungry, unwashed uniform) - pass",
        "PC-VOICE": "Mason's own words, attributed (\"Mason talked with his class teacher, Mr Hughes, in June 2026\"), plus mum's views",
    },
})

# =====================================================================================
# s207  heading2-numbered  FAIL: PC-PFA, CA-ADVICE-AGE, PC-VOICE, LG-GRAMMAR
# (age 17, FE college, severe learning difficulty + autism)
# =====================================================================================
PLANS.append({
    "file": "s207.docx", "layout": "heading2-numbered", "age": 17,
    "year_group": "Post-16 (Year 12 equivalent)", "needs": ["severe learning difficulty", "autism"],
    "voice": "third person: parents and college tutor only (no account of Jay's own views)",
    "font": "Arial",
    "front": [
        ("Name", "Jay"),
        ("Age", "17"),
        ("Education phase", "Post-16, further education college"),
        ("Year", "Year 12 equivalent (first year at college)"),
        ("College", "Eastmere College, Foundation Learning (Pathways course)"),
        ("Date of last review of plan", "12 March 2026"),
        ("Date final plan issued", "27 April 2026"),
    ],
    "sections": {
        "A": {"blocks": [
            ("sub", "A1 About Jay - what his parents told us"),
            ("p", "We love Jay's sense of humour: he laughs at the same jokes every day and it never gets old. He is gentle, honest and very loyal. Jay loves buses and timetables, ABBA, and swimming. Him and his dad goes swimming every Saturday morning and Jay knows every lifeguard by name. He is brilliant at remembering routes and bus numbers. Jay have been so much happier since he started at college in September 2025."),
            ("sub", "A2 What college staff say"),
            ("p", "Jay's tutor, Ms Ellis, says Jay is friendly, punctual and proud of his work. He likes to help set out the equipment at the start of each session. He is beginning to use his communication app to greet staff and to say what he wants for lunch."),
            ("sub", "A3 Hopes for Jay"),
            ("p", "Jay's parents hope that he will keep learning at college for the next three years, become a more confident reader and use his communication app to tell people what he needs. They would like him to stay calm in busy places so that he can enjoy college life."),
        ]},
        "B": {"blocks": [
            ("sub", "B1 Communication"),
            ("p", "Jay speaks in short phrases of 2 to 3 words and sometimes repeats phrases he has heard (echolalia). He uses a communication app on his iPad to make requests. He understands short instructions when they are supported with pictures or gestures. He needs time to process what is said to him: staff needs to wait at least 10 seconds for a reply."),
            ("sub", "B2 Thinking and learning"),
            ("p", "Jay reads about 30 words on sight and is working at Entry Level 1 in English and maths. He can count reliably to 20 and recognises numbers to 100. He learns best with routine, visual supports and short, practical tasks."),
            ("sub", "B3 Feelings and relationships"),
            ("p", "Jay is calm and happy when he knows what is happening. Changes to his timetable and busy, noisy places make him anxious; he may cover his ears, rock or leave the room. The college has said that Jay don't like the canteen when it is busy. He gets on well with staff and is starting to sit with two other students at lunch."),
            ("sub", "B4 Body and senses"),
            ("p", "Jay is very sensitive to noise and wears ear defenders in busy places. His handwriting is large and he finds small pencil work tiring."),
        ]},
        "C": {"blocks": [
            ("p", "Jay is generally well. He has an annual learning disability health check with his GP. His GP confirmed in February 2026 (see Section K) that Jay has no health needs related to his special educational needs that require health provision in this plan."),
        ]},
        "D": {"blocks": [
            ("p", "Jay lives with his parents and his older sister. The Children with Disabilities Social Work Team completed a review of Jay's needs in January 2026 (see Section K). Jay needs adult support to take part in leisure activities outside the home, and his parents need a regular break from caring. He is eligible for short breaks and will need a Care Act assessment from Adult Social Care before his 18th birthday."),
        ]},
        "E": {"blocks": [
            ("ol", [
                "By July 2027, Jay will read 50 key words on sight (up from 30), checked each term by his tutor using the college word list.",
                "By the end of the Spring term 2027, Jay will use his communication app to ask a member of staff for help in lessons, without a prompt, on 4 out of 5 occasions, recorded by his Learning Support Assistant.",
                "By July 2027, Jay will complete the Entry Level 1 English reading unit, assessed by his English tutor.",
                "By the next annual review, Jay will stay in a 45-minute lesson in the main classroom, using his ear defenders when he needs them, in 4 out of 5 lessons, recorded on his session log.",
                "By July 2027, Jay will write his name on his worksheets without help on 9 out of 10 occasions, checked by his Learning Support Assistant.",
            ]),
        ]},
        "F": {"blocks": [
            ("sub", "F1 Communication"),
            ("ul", [
                "Speech and language therapy: 30 minutes, 1:1, each week in term time with the college Speech and Language Therapist, to build Jay's use of his communication app.",
                "The Speech and Language Therapist will train Jay's Learning Support Assistant and tutor in using his communication app: one 1-hour session each term.",
                "Jay's communication app (iPad) is kept charged and updated with new vocabulary each week by his Learning Support Assistant.",
            ]),
            ("sub", "F2 Thinking and learning"),
            ("ul", [
                "A Learning Support Assistant (LSA), trained in autism and in supporting communication apps, works with Jay 1:1 in all taught sessions (16.5 hours a week).",
                "English and maths are taught in a group of 8 students with a tutor and 2 LSAs, 3 hours a week each.",
                "Daily 20-minute 1:1 reading session with his LSA, using a sight-word programme set by the college Specialist Teacher.",
                "A visual timetable for each day, prepared by his LSA at the start of each morning.",
            ]),
            ("sub", "F3 Feelings and relationships"),
            ("ul", [
                "Jay spends break and lunch in the Quiet Base (a quiet room for no more than 6 students, supervised by an LSA) every day.",
                "Any change to Jay's timetable is shown to him on his visual timetable by his LSA at the start of the day.",
            ]),
            ("sub", "F4 Body and senses"),
            ("ul", [
                "Ear defenders, provided by the college and kept by Jay's LSA, for every session.",
                "Writing tasks adapted with large-print worksheets and wide-ruled paper, prepared by his LSA.",
            ]),
        ]},
        "G": {"blocks": [
            ("p", "No health provision is required (see Section C)."),
        ]},
        "H1": {"blocks": [
            ("p", "Short breaks: a Saturday youth club with a 1:1 support worker, every Saturday afternoon, 1pm to 5pm (4 hours). Arranged by the Children with Disabilities Social Work Team and taken by Jay's parents as a direct payment (see Section J). Reviewed every 6 months by the social worker."),
        ]},
        "H2": {"blocks": [
            ("p", "The Transitions Social Worker will complete a Care Act assessment with Jay and his parents by 31 Aug 2027, before Jay turns 18."),
        ]},
        "I": {"blocks": [
            ("p", "Eastmere College (general further education college), Foundation Learning - Pathways course, 5 days a week."),
        ]},
        "J": {"blocks": [
            ("p", "Jay's parents receive a direct payment for the Saturday short breaks in Section H1."),
        ]},
        "K": {"blocks": [
            ("table", ADV, [
                ["Parents' views", "Jay's parents", "10 February 2026"],
                ["Educational advice and annual review report", "Ms Tanya Ellis, Tutor, and Mr Rob King, Learning Support Manager, Eastmere College", "12 March 2026"],
                ["Speech and language therapy report", "Laura Webb, Speech and Language Therapist, Eastmere College", "18 February 2026"],
                ["Psychological advice", "Dr Ruth Fenn, Educational Psychologist", "9 May 2022"],
                ["Medical advice (GP letter)", "Dr S Ahmed, GP, Lowfield Surgery", "16 February 2026"],
                ["Social care advice", "Marcus Lee, Transitions Social Worker, Children with Disabilities Social Work Team", "22 January 2026"],
                ["Preparing for adulthood advice", "Preparing for Adulthood Team (Gary Finch, Careers Adviser)", "3 March 2026"],
            ]),
        ]},
    },
    "labels": {
        "PC-PFA": "fail",
        "CA-ADVICE-AGE": "fail",
        "PC-VOICE": "fail",
        "LG-GRAMMAR": "fail",
        "SC-STATUTORY-LINK": "na",
        "HC-PROVISION-SPECIFIC": "na",
        "HC-NEEDS-MET": "na",
        "HC-DCO-SIGNOFF": "na",
        "HC-ADVICE-PROVIDERS": "na",
        "HC-OUTCOMES": "na",
    },
    "why": {
        "PC-PFA": "A 17-year-old's five outcomes are all classroom learning (sight words, app use in lessons, Entry Level 1 reading unit, staying in lessons, writing his name); none covers employment, independent living, friends/community or good health",
        "CA-ADVICE-AGE": "\"Psychological advice | Dr Ruth Fenn, Educational Psychologist | 9 May 2022\" - almost 4 years old when the plan was issued on 27 April 2026",
        "PC-VOICE": "Section A has only \"what his parents told us\" and \"What college staff say\"; Jay's own views are not recorded and there is no account of how they were sought (e.g. with his app or symbols)",
        "LG-GRAMMAR": "\"Him and his dad goes swimming every Saturday morning\"; \"Jay have been so much happier\"; \"staff needs to wait\"; \"Jay don't like the canteen\"",
        "HC-NEEDS": "Says plainly there are no health needs requiring provision, on the basis of the GP's February 2026 letter",
        "CA-STATUTORY-ADVICE": "Parent, education, EP (old but present), medical (GP), social care and preparing for adulthood advice are all listed",
        "PC-ASPIRATION-LINK": "Outcomes build on the parents' hopes in A (confident reader, use his communication app, stay calm in busy places)",
    },
})

# =====================================================================================
# s208  letter-column  SOUND  (age 1y10m, chromosome disorder, chronic lung disease,
#       gastrostomy, at home with Portage; Child in Need plan; Continuing Care package)
# =====================================================================================
PLANS.append({
    "file": "s208.docx", "layout": "letter-column", "age": 1,
    "year_group": "Early years (under 3, at home)", "needs": ["severe learning difficulty", "physical", "complex medical"],
    "voice": "parents' words plus what Poppy tells us through her sounds, face and body (Portage Home Visitor)",
    "front": [
        ("Child's name", "Poppy"),
        ("Age", "1 year 10 months"),
        ("Education phase", "Early years (under 3)"),
        ("Setting", "Home (Eastmere Portage Service); Little Stars Nursery from January 2027"),
        ("Date final plan issued", "14 October 2026"),
        ("Date of last review of plan", "First plan - review due by April 2027"),
    ],
    "sections": {
        "A": {"blocks": [
            ("sub", "All about me - written by Mum and Dad"),
            ("p", "We love Poppy's giggles when her dad blows raspberries on her tummy. She loves bath time, the sound of the hoover and her brother Jacob singing to her. She is strong-willed: she knows exactly what she likes and lets us know! She was born at 26 weeks, so every new thing she does is a celebration for us."),
            ("sub", "What Poppy tells us through her sounds, face and body"),
            ("p", "Karen, Poppy's Portage Home Visitor, played with Poppy over three home visits in August and September 2026 and noticed that:"),
            ("ul", [
                "When Karen shakes the rainmaker, Poppy goes still and wide-eyed, then kicks her legs hard to ask for more.",
                "She pushes toys away with her hand and frowns when she has had enough, which is her way of saying \"finished\".",
                "She is happiest propped up in her seat where she can watch Jacob, and grumbles when she is laid down.",
            ]),
            ("sub", "Our hopes for Poppy"),
            ("p", "Now: for Poppy to stay well this winter, to sit up and play with her toys, and for us to get some sleep! In the future: to go to nursery and school with other children, to have a way of telling us what she wants, and to be happy."),
        ]},
        "B": {"blocks": [
            ("sub", "Communication"),
            ("p", "Poppy communicates through her face, body movements, crying and a few sounds, and responds to her name. She does not yet reach for or look at objects to make a choice. She needs adults to respond to her signals consistently, to use objects and simple words with routines, and to give her chances to choose."),
            ("sub", "Thinking and learning"),
            ("p", "Poppy is interested in sounds, lights and people, and is beginning to hold a rattle and repeat an action that makes something happen. Her development is at around the 4 to 6 month level. She needs short, frequent play sessions planned in very small steps."),
            ("sub", "Feelings and relationships"),
            ("p", "Poppy is close to her parents and brother and settles with carers she knows, but is unsettled by unfamiliar people and places. She needs a slow, planned start at nursery with a consistent Key Person."),
            ("sub", "Body and senses"),
            ("p", "Poppy has low muscle tone and cannot yet sit without full support. She is fed through a gastrostomy (a tube into her stomach) and has oxygen at night. She needs an adult with her at all times for feeding, oxygen checks, positioning and personal care."),
        ]},
        "C": {"blocks": [
            ("ul", [
                ("Genetic condition: ", "a rare chromosome disorder (a small deletion on chromosome 6) affecting her development and muscle tone."),
                ("Breathing: ", "chronic lung disease from her early birth. She has oxygen through a nasal tube every night and when unwell, and is at high risk of chest infections."),
                ("Eating and drinking: ", "gastrostomy feeds in the day and an overnight pump feed; reflux. She cannot safely drink by mouth but can have tastes of smooth food."),
                ("Movement and posture: ", "low muscle tone; she needs supportive seating and a positioning programme."),
                ("Continuing Care: ", "assessed as eligible for NHS Continuing Care in June 2026, with a care package of trained night carers (Section G)."),
            ]),
        ]},
        "D": {"blocks": [
            ("p", "Poppy lives with her mum, dad and brother Jacob, aged 5. Her parents give all of her daytime care, including feeds, oxygen and medicines. Poppy has a social worker, Tom Reeve (Children with Disabilities Social Work Team), and has been supported under a Child in Need plan since March 2026. Its latest 3-monthly review, on 16 September 2026, agreed three aims: rest for Poppy's parents, safe care for Poppy at home, and time and support for Jacob."),
            ("p", "Tom gave social care advice for this plan (Section K) and attended the planning meeting on 22 September 2026. The short breaks and family support in H1 and H2 come from the Child in Need plan."),
        ]},
        "E": {"blocks": [
            ("sub", "Communication"),
            ("ul", ["By April 2027, I will look at or reach towards one of two toys held up for me to show which one I want, on 3 out of 4 offers, noted by my Portage Home Visitor."]),
            ("sub", "Thinking and learning"),
            ("ul", ["By September 2027, I will press a large switch to make a toy work, 3 times in a 10-minute play session, recorded by my Portage Home Visitor."]),
            ("sub", "Feelings and relationships"),
            ("ul", ["By the end of the Summer term 2027, I will settle with my Key Person at nursery for a 3-hour session, crying for no more than 5 minutes, on 3 out of 4 sessions, noted in my daily diary."]),
            ("sub", "Body, senses and health"),
            ("ul", [
                "By April 2027, I will sit in my supportive seat for 15 minutes playing with toys on my tray, twice a day, recorded on my physiotherapy chart.",
                "By September 2027, I will enjoy a taste of smooth food from a spoon once a day without coughing, as set out in my eating and drinking plan, recorded by my parents.",
                "By April 2027, I will sleep for at least 5 hours at a time with my oxygen and overnight feed, on 5 nights out of 7, recorded by my night carers.",
            ]),
        ]},
        "F": {"blocks": [
            ("table", PROV, [
                ["Portage home teaching: small-step play activities (choosing, cause and effect, sitting play) with Poppy's parents", "Weekly home visit during term time, 1.5 hours, 1:1 (38 visits a year)", "Portage Home Visitor, Eastmere Portage Service", "Every 3 months, with parents"],
                ["Early communication: home visit to set and review Poppy's choice-making programme with her parents and Portage Home Visitor", "Once every half term, 1 hour", "Speech and Language Therapist (early communication), Eastmere Children's Therapies", "At each visit"],
                ["Large switch and light-up switch toys", "Every Portage visit and daily at home", "Lent by the Eastmere Portage Service; kept in working order by the Portage Home Visitor", "Every 3 months"],
                ["From January 2027: nursery place with 1:1 support from a trained practitioner for all personal care, feeding, oxygen checks, positioning and play", "Two 3-hour morning sessions a week, 1:1 throughout", "Key Person at Little Stars Nursery, trained by Complex Care Nursing (gastrostomy and oxygen)", "Termly, by the Early Years SENCO (Special Educational Needs Co-ordinator)"],
                ["Transition meeting with parents, Portage Home Visitor and Complex Care Nurse, then settling-in visits", "One 1-hour meeting in December 2026; two 1-hour settling-in visits with a parent", "Early Years SENCO, Little Stars Nursery", "After the first half term"],
            ]),
        ]},
        "G": {"blocks": [
            ("table", PROV, [
                ["Continuing Care package: trained carers for overnight care (oxygen, pump feed, repositioning)", "3 nights a week, 10pm to 7am", "Complex Care Nursing (Continuing Care team)", "Every 3 months"],
                ["Nursing review of gastrostomy, oxygen and care plan; training of nursery staff", "Monthly home visit, 1 hour; 3-hour staff training before January 2027, then yearly", "Complex Care Nursing", "Every 3 months"],
                ["Review of lung disease, oxygen, reflux medicine and development", "Every 3 months, 30-minute clinic appointment", "Community Paediatrician", "Every 3 months"],
                ["Feed plan, growth and weight review", "Monthly, 30 minutes, home visit or video call", "Paediatric Dietitian, Dietetics", "Monthly"],
                ["Physiotherapy: positioning programme and chest physiotherapy training for parents", "Home visit every fortnight, 45 minutes", "Children's Physiotherapy (Physiotherapist)", "Every 3 months"],
                ["Swallowing review and eating and drinking plan", "Every 3 months, 45 minutes, at home", "Speech and Language Therapist (eating and drinking), Eastmere Children's Therapies", "Every 3 months"],
                ["Supportive seat and specialist buggy: supply, set-up and maintenance", "Review every 6 months; repairs within 5 working days", "Wheelchair Service", "Every 6 months"],
            ]),
            ("p", "Health information signed off by the Designated Medical Officer, Dr Hannah Oduya, on 8 October 2026."),
        ]},
        "H1": {"blocks": [
            ("p", "In-home sitting service: a trained carer from Eastmere Short Breaks looks after Poppy at home for 3 hours every Saturday morning, so her parents can spend time with Jacob. Agreed under Poppy's Child in Need plan and reviewed every 3 months by her social worker."),
        ]},
        "H2": {"blocks": [
            ("p", "Family Support Worker (Children with Disabilities Social Work Team): monthly home visits (1.5 hrs) for 6 months from October 2026, to help with routines and to support Jacob. Agreed under the Child in Need plan."),
        ]},
        "I": {"blocks": [
            ("p", "Eastmere Portage Service (home-based early education); from January 2027, Little Stars Nursery, Holtby (private early years setting), two mornings a week."),
        ]},
        "J": {"blocks": [
            ("p", "Not requested. The Continuing Care package is commissioned by the NHS."),
        ]},
        "K": {"blocks": [
            ("table", ADV, [
                ["Parents' views (All about me)", "Poppy's parents", "18 August 2026"],
                ["Educational advice (Portage report)", "Karen Lister, Portage Home Visitor", "15 September 2026"],
                ["Psychological advice", "Dr Sam Kellett, Educational Psychologist", "10 September 2026"],
                ["Medical advice", "Dr Ruth Adeyemi, Community Paediatrician", "24 August 2026"],
                ["Nursing advice (including Continuing Care)", "Sue Dunne, Complex Care Nursing", "26 August 2026"],
                ["Dietetic advice", "Claire Moss, Dietetics", "20 August 2026"],
                ["Physiotherapy advice", "Anna Cole, Children's Physiotherapy", "19 August 2026"],
                ["Speech and language therapy advice", "Nadia Rahman, Speech and Language Therapist", "2 September 2026"],
                ["Seating report", "Wheelchair Service (Lisa Grant, Rehabilitation Engineer)", "28 July 2026"],
                ["Social care advice and Child in Need plan", "Tom Reeve, Social Worker, Children with Disabilities Social Work Team", "17 September 2026"],
            ]),
        ]},
    },
    "labels": {
        "PC-PFA": "na",
    },
    "why": {
        "SC-STATUTORY-LINK": "Child in Need plan shown to inform the plan: \"Tom gave social care advice for this plan (Section K) and attended the planning meeting on 22 September 2026. The short breaks and family support in H1 and H2 come from the Child in Need plan\"",
        "PC-VOICE": "Views of a pre-verbal toddler gathered by the Portage Home Visitor: \"What Poppy tells us through her sounds, face and body\"",
        "HC-DCO-SIGNOFF": "\"Health information signed off by the Designated Medical Officer, Dr Hannah Oduya, on 8 October 2026.\"",
        "CA-ANNUAL-REVIEW": "\"Date final plan issued | 14 October 2026\"",
        "PR-QUANTIFIED": "Equipment: \"Lent by the Eastmere Portage Service; kept in working order by the Portage Home Visitor\"; SLT home visit \"Once every half term, 1 hour\" needs no group size",
    },
})

# =====================================================================================
# s209  shaded-heading-table  SOUND  (age 5, Reception, language disorder + EAL; no health
#       needs, no social care needs)
# =====================================================================================
PLANS.append({
    "file": "s209.docx", "layout": "shaded-heading-table", "age": 5,
    "year_group": "Reception", "needs": ["speech and language", "EAL"],
    "voice": "Tomasz's words (Polish and English, with photos) plus parents through an interpreter",
    "shade": "D9D2E9",
    "front": [
        ("Name", "Tomasz"),
        ("Age", "5"),
        ("NC year", "Reception"),
        ("School", "St Botolph's Church of England Primary School, Fenby"),
        ("Languages", "Polish at home; learning English. A Polish interpreter was used at every meeting."),
        ("Date final plan issued", "3 November 2026"),
        ("Date of last review of plan", "First plan"),
    ],
    "sections": {
        "A": {"blocks": [
            ("sub", "What Tomasz told us"),
            ("p", "Tomasz talked with Mrs Nowak, a teaching assistant who speaks Polish, in September 2026. They looked at photos of his classroom and playground together, and his mum helped. He said (in Polish and English):"),
            ("ul", [
                "\"I like the bikes outside. The red one is mine.\"",
                "\"Kacper is my friend. We play Lego.\"",
                "\"Lego is my best.\"",
                "\"I don't like carpet time. It is long.\"",
                "\"Sometimes they don't know what I say.\"",
            ]),
            ("sub", "What Tomasz's parents told us"),
            ("p", "We love how kind Tomasz is to his little sister Zofia; he shares his toys and makes her laugh. He is clever with his hands and builds amazing things with Lego, and he rides his bike without stabilisers. At home he talks more in Polish, but even in Polish his sentences are shorter than his cousins' of the same age, and he gets cross when we do not understand him."),
            ("sub", "Our hopes for Tomasz"),
            ("p", "We hope Tomasz will be understood by his teachers and friends, and be able to speak both Polish and English well. We want him to have friends and to enjoy school. When he is older, we would like him to do well at school and find work he enjoys; he says he wants to build houses like his dad."),
        ]},
        "B": {"blocks": [
            ("sub", "Communication"),
            ("p", "Tomasz has a developmental language disorder (DLD): a long-term difficulty with understanding and using language. The Speech and Language Therapist assessed him in both Polish and English with an interpreter, and found that his difficulties are present in both languages, so they are not only because he is learning English. He uses 2 to 3 word phrases, finds it hard to follow instructions with more than one step, and has a small vocabulary for his age in both languages. He needs language taught in small steps with pictures, adults who model sentences, and time to respond."),
            ("sub", "Thinking and learning"),
            ("p", "Tomasz has good visual and practical skills: he can complete 24-piece jigsaws, counts to 20 and builds complex Lego models. He is finding early phonics difficult, particularly blending sounds into words. He needs extra daily phonics practice with visual support."),
            ("sub", "Feelings and relationships"),
            ("p", "Tomasz has a close friend and enjoys active play. When he is not understood he becomes frustrated and sometimes pushes other children (about three times a week in the first half term). He needs adults to help him find words for his feelings and to teach him what to do instead of pushing."),
            ("sub", "Body and senses"),
            ("p", "Tomasz has no needs in this area. He runs, climbs and pedals a bike confidently and manages his own self-care."),
        ]},
        "C": {"blocks": [
            ("p", "Tomasz has no health needs related to his special educational needs. His hearing was tested by Paediatric Audiology in June 2026 and is normal, and the Community Paediatrician saw him in August 2026 and found him fit and well with no medical conditions (see Section K)."),
        ]},
        "D": {"blocks": [
            ("p", "Tomasz has no social care needs. His family care for him well and he is not known to children's social care. School offered the family an Early Help assessment in September 2026 and they said they do not need it. The Children with Disabilities Social Work Team's advice (Section K) confirms that there are no needs that call for social care provision."),
        ]},
        "E": {"blocks": [
            ("table", ["Outcome", "How we will know"], [
                ["By the end of the Spring term 2027, Tomasz will use sentences of 4 words or more (in English or Polish) to ask for what he needs or to tell an adult about his play, at least 5 times in a week.", "Tally kept by his teaching assistant for one week each half term"],
                ["By July 2027, Tomasz will follow a two-step instruction in class (for example \"get your coat and line up\") without a picture prompt, on 4 out of 5 occasions.", "Recorded by his teaching assistant"],
                ["By the end of the Spring term 2027, Tomasz will play a Lego building game with two friends for 10 minutes, taking turns and talking about what they are building.", "Observed by the ELSA (Emotional Literacy Support Assistant) in 3 sessions"],
                ["By the next annual review, Tomasz will use words or a \"stop\" sign when he is cross instead of pushing, so that pushing falls from about 3 times a week to none in a half term.", "Class behaviour log"],
                ["By July 2027, Tomasz will blend and read 20 three-letter words (such as c-a-t, cat).", "Phonics check by his class teacher each half term"],
            ]),
        ]},
        "F": {"blocks": [
            ("table", PROV, [
                ["Language programme set by the Speech and Language Therapist: understanding instructions, vocabulary and sentence building", "20 minutes, 1:1, four times a week (Monday, Tuesday, Thursday, Friday)", "Teaching assistant trained by the Speech and Language Therapist", "Each half term, by the Speech and Language Therapist"],
                ["Speech and Language Therapist school visit to review Tomasz's targets, model activities for his teaching assistant, and write an update for parents (translated into Polish)", "One 1-hour visit each half term", "Speech and Language Therapist, Eastmere Children's Therapies", "At each visit"],
                ["Talk Boost (a structured language programme) in a small group", "3 x 30-minute sessions a week for 10 weeks, group of 4", "Teaching assistant trained in Talk Boost", "At the end of the 10 weeks"],
                ["Pre-teaching of topic words in Polish and English", "30 mins x 2 per week, 1:1", "Mrs Nowak, Polish-speaking teaching assistant", "Half-termly"],
                ["Phonics keep-up session", "10 minutes daily, pair work", "Reception teaching assistant", "Half-termly, by the class teacher"],
                ["Visual timetable and now/next board, with instructions shown in pictures", "Every day, updated each morning", "Class teacher", "Termly"],
                ["Feelings group: naming feelings and practising what to do when cross", "20 minutes weekly, group of 3, for the Spring term 2027", "ELSA (Emotional Literacy Support Assistant)", "At the end of the Spring term"],
                ["Training for all Reception staff on developmental language disorder", "One 1-hour session in November 2026", "Speech and Language Therapist", "Once delivered"],
                ["Polish interpreter for every meeting with parents about Tomasz's plan, including the annual review", "Every meeting", "Booked by the school office", "At the annual review"],
            ]),
        ]},
        "G": {"blocks": [
            ("p", "No health provision is needed (see Section C)."),
        ]},
        "H1": {"blocks": [
            ("p", "None - see Section D."),
        ]},
        "H2": {"blocks": [
            ("p", "None. Early Help was offered in September 2026 and not needed; the family know they can ask the school for it at any time."),
        ]},
        "I": {"blocks": [
            ("p", "St Botolph's Church of England Primary School, Fenby (mainstream, voluntary aided)."),
        ]},
        "J": {"blocks": [
            ("p", "Not requested."),
        ]},
        "K": {"blocks": [
            ("table", ADV, [
                ["Parents' views (given through a Polish interpreter)", "Tomasz's parents", "15 September 2026"],
                ["Tomasz's views", "Tomasz, with Mrs Nowak, teaching assistant", "17 September 2026"],
                ["Educational advice", "Miss Reed, class teacher, and Mrs Lang, Special Educational Needs Co-ordinator (SENCO), St Botolph's CE Primary School", "22 September 2026"],
                ["Speech and language therapy advice (bilingual assessment)", "Priya Shah, Speech and Language Therapist, Eastmere Children's Therapies", "24 September 2026"],
                ["Psychological advice", "Dr Leah Grant, Educational Psychologist", "2 October 2026"],
                ["Medical advice", "Dr Marcus Bell, Community Paediatrician", "19 August 2026"],
                ["Hearing test report", "Paediatric Audiology (Mark Fenton, Clinical Scientist)", "11 June 2026"],
                ["Social care advice", "Children with Disabilities Social Work Team (Jo Whitfield, Social Worker)", "29 September 2026"],
            ]),
        ]},
    },
    "labels": {
        "PC-PFA": "na",
        "SC-STATUTORY-LINK": "na",
        "HC-PROVISION-SPECIFIC": "na",
        "HC-NEEDS-MET": "na",
        "HC-DCO-SIGNOFF": "na",
        "HC-ADVICE-PROVIDERS": "na",
        "HC-OUTCOMES": "na",
    },
    "why": {
        "HC-NEEDS": "\"Tomasz has no health needs related to his special educational needs. His hearing was tested by Paediatric Audiology in June 2026 and is normal\" - none, with the basis",
        "SC-NEEDS": "\"Tomasz has no social care needs.\" ... \"The Children with Disabilities Social Work Team's advice (Section K) confirms that there are no needs that call for social care provision.\"",
        "PR-QUANTIFIED": "SLT \"One 1-hour visit each half term\" needs no group size; interpreter \"Booked by the school office\"",
        "PC-STRENGTHS": "\"He is clever with his hands and builds amazing things with Lego\"; \"good visual and practical skills\"",
    },
})

# =====================================================================================
# s210  heading2-numbered  FAIL: PC-ASPIRATIONS, HC-PROVISION-SPECIFIC, HC-ADVICE +
#       HC-ADVICE-PROVIDERS + CA-STATUTORY-ADVICE (no health advice in K), SC-RIGHT-SECTION
# (age 20, post-19, cerebral palsy, powered wheelchair)
# =====================================================================================
PLANS.append({
    "file": "s210.docx", "layout": "heading2-numbered", "age": 20,
    "year_group": "Post-19", "needs": ["physical", "moderate learning difficulty"],
    "voice": "first person (Owen's words, written with his tutor) plus parents",
    "font": "Calibri",
    "front": [
        ("Name", "Owen"),
        ("Age", "20"),
        ("Education phase", "Post-19 (further education)"),
        ("College", "Eastmere College, Skills for Life (Post-19), Lowfield campus"),
        ("Date of last review of plan", "14 May 2026"),
        ("Date final plan issued", "8 June 2026"),
    ],
    "sections": {
        "A": {"blocks": [
            ("sub", "A1 About me - in my words (written with my tutor, April 2026)"),
            ("p", "I'm Owen. I'm 20. I'm a big football fan and I go to home games with my dad. I love music: I make playlists for everyone and I'm the DJ at the college discos. My best mates at college are Zak and Lily. I like college because I see my mates every day and the music room is good."),
            ("p", "I use a powered wheelchair and I need help with things like getting dressed, the toilet and showers. It annoys me when people talk to my carer instead of me. I'm good at directing people, so ask me. I get tired in the afternoons, especially after physio."),
            ("sub", "A2 What my parents say"),
            ("p", "We love how sociable Owen is; he knows everyone at college and he has a brilliant memory for music and football results. He is good at explaining what he needs. College has been really positive for him. He needs help with all of his personal care, and he gets very tired, which can make him short-tempered by the evening."),
        ]},
        "B": {"blocks": [
            ("sub", "B1 Communication"),
            ("p", "Owen's speech is clear but slow, and he tires when he talks for a long time. He needs people to give him time to finish and not to finish his sentences for him."),
            ("sub", "B2 Thinking and learning"),
            ("p", "Owen is working at Entry Level 3 in English and maths. He reads well enough to follow a bus timetable and a recipe with pictures. He finds handling money and budgeting difficult, and needs practical teaching in real settings."),
            ("sub", "B3 Feelings and relationships"),
            ("p", "Owen is friendly and confident with people he knows. He becomes anxious when there are changes to his carers or routine, and can become withdrawn when he is very tired."),
            ("sub", "B4 Body and senses"),
            ("p", "Owen has cerebral palsy affecting his legs and, to a lesser degree, his arms. He uses a powered wheelchair and needs a hoist and two people for transfers. He uses an adapted keyboard and a joystick mouse because small hand movements are difficult. He needs support for all personal care."),
        ]},
        "C": {"blocks": [
            ("p", "Owen has cerebral palsy, which causes stiffness in his legs (spasticity) and puts him at risk of his joints becoming permanently tight. He needs a daily stretching routine and night splints. He wears ankle-foot orthoses (splints that support his ankles) during the day. He has hip pain when he sits for long periods and needs his seating reviewed. He uses a powered wheelchair with a specialist seat."),
        ]},
        "D": {"blocks": [
            ("p", "Owen lives with his parents. He needs help with all personal care (hoisting, toileting, showering and dressing) at home and at college, and support to take part in activities in the community. His parents have cared for him for 20 years and need regular breaks. Adult Social Care completed a Care Act assessment on 20 March 2026 (see Section K), which found that Owen has eligible needs for personal care, community access and respite for his parents."),
        ]},
        "E": {"blocks": [
            ("sub", "E1 Employment"),
            ("ul", ["By July 2027, Owen will complete a 3-hour shift at the college café, taking orders on the till with no more than 2 prompts, on 4 out of 5 shifts, recorded by his Job Coach."]),
            ("sub", "E2 Independent living"),
            ("ul", ["By the next annual review, Owen will plan a weekly food shop within a £20 budget and order it online, with one check from staff, on 3 out of 4 weeks."]),
            ("sub", "E3 Friends, relationships and community"),
            ("ul", [
                "By 31 Aug 2027, Owen will travel by accessible bus from college to Lowfield town centre, directing his own journey (buying his ticket and asking the driver for the ramp), on 3 trips checked by the Travel Trainer.",
                "By the end of the Spring term 2027, Owen will plan and DJ a 30-minute set at a college social, choosing and ordering 10 tracks himself using adapted software, confirmed by his music tutor.",
            ]),
            ("sub", "E4 Good health"),
            ("ul", ["By the next annual review, Owen will direct his carers through his 15-minute daily stretching routine, telling them which stretch comes next, on 5 days out of 7, and will tilt his chair once an hour at college to ease his hips, both recorded on his routine chart."]),
        ]},
        "F": {"blocks": [
            ("sub", "F1 Employment and learning"),
            ("ul", [
                "Work experience at the college café: one 3-hour shift each week, with a Job Coach 1:1 for the first 6 weeks and then 1 Job Coach to 3 students.",
                "English and maths taught through practical tasks (timetables, recipes, money): 2 hours a week each, in a group of 8 with a tutor and a Learning Support Assistant (LSA).",
                "Music technology: 2 hours a week in a group of 8 with the music tutor, using adapted switches and software.",
            ]),
            ("sub", "F2 Independent living"),
            ("ul", [
                "Independent living skills (cooking, shopping, budgeting): 2 x 90-minute sessions per week, in a group of 6 with a tutor and 2 LSAs.",
                "Travel training: block of 8 weekly sessions, 1 hour, 1:1 with the college Travel Trainer, on the accessible bus route from college to town.",
            ]),
            ("sub", "F3 Physical access and personal care at college"),
            ("ul", [
                "1:1 LSA support throughout the college day (3 days a week, 6 hours a day), with 2 trained staff for every hoist transfer and for all personal care. The LSA prompts Owen to tilt his chair once an hour.",
                "Adapted keyboard and joystick mouse, provided and maintained by the college IT support team; access reviewed by the college Occupational Therapist once a term for 1 hour.",
            ]),
            ("sub", "F4 Overnight short breaks"),
            ("ul", [
                "Owen will stay at Meadow House (adult short breaks unit) for two nights every month, so that his parents can have a break. Funded by Adult Social Care.",
            ]),
        ]},
        "G": {"blocks": [
            ("ol", [
                "Physiotherapy: Adult Community Physiotherapy will provide input as needed.",
                "Powered wheelchair and specialist seating: annual review, and repairs within 2 working days of a request, by the Wheelchair Service.",
                "Ankle-foot orthoses and night splints: review every 6 months and replacement when worn, by Orthotics.",
            ]),
            ("p", "Health information signed off by the Designated Medical Officer, Dr Hannah Oduya, on 3 June 2026."),
        ]},
        "H1": {"blocks": [
            ("p", "Not applicable: Owen is over 18. His social care support is provided under the Care Act 2014 and set out in Section H2."),
        ]},
        "H2": {"blocks": [
            ("ul", [
                "Personal care at home (Care Act 2014): two carers from an agency, 45 minutes each morning and 30 minutes each evening, 7 days a week. Arranged by Adult Social Care and reviewed every 12 months.",
                "Personal Assistant for community and leisure activities (including football matches): 6 hours a week, paid through a direct payment (see Section J).",
                "Overnight short breaks: see Section F4.",
            ]),
        ]},
        "I": {"blocks": [
            ("p", "Eastmere College (general further education college), Skills for Life (Post-19) programme, 3 days a week."),
        ]},
        "J": {"blocks": [
            ("p", "Owen receives a direct payment from Adult Social Care for his Personal Assistant (6 hours a week)."),
        ]},
        "K": {"blocks": [
            ("table", ADV, [
                ["Young person's views", "Owen (written with his tutor)", "16 April 2026"],
                ["Parents' views", "Owen's parents", "16 April 2026"],
                ["Educational advice and annual review report", "Ms Jade Parr, Curriculum Lead, Skills for Life, Eastmere College", "14 May 2026"],
                ["Psychological advice", "Dr Leah Grant, Educational Psychologist", "24 March 2026"],
                ["Social care advice (Care Act assessment)", "Sam Doyle, Social Worker, Adult Social Care", "20 March 2026"],
                ["Preparing for adulthood advice", "Gary Finch, Careers Adviser (supported employment)", "22 April 2026"],
            ]),
        ]},
    },
    "labels": {
        "PC-ASPIRATIONS": "fail",
        "HC-PROVISION-SPECIFIC": "fail",
        "HC-ADVICE": "fail",
        "HC-ADVICE-PROVIDERS": "fail",
        "CA-STATUTORY-ADVICE": "fail",
        "SC-RIGHT-SECTION": "fail",
        "SC-STATUTORY-LINK": "na",
    },
    "why": {
        "PC-ASPIRATIONS": "Section A records Owen's and his parents' views of the present (football, music, friends, personal care) but no hopes or aspirations for now or the future from either",
        "PC-ASPIRATION-LINK": "Tricky pass: with no aspirations, outcomes still visibly build on the interests in A (DJ set for his music, community travel, café work)",
        "HC-PROVISION-SPECIFIC": "G: \"Physiotherapy: Adult Community Physiotherapy will provide input as needed.\" - no what, how often or how long",
        "HC-ADVICE": "K lists no medical or health advice at all (no GP, physiotherapy, Wheelchair Service or Orthotics advice)",
        "HC-ADVICE-PROVIDERS": "Adult Community Physiotherapy, the Wheelchair Service and Orthotics provide in G but gave no advice listed in K",
        "CA-STATUTORY-ADVICE": "Medical/health advice (reg 6) is missing from K",
        "SC-RIGHT-SECTION": "F4: \"Owen will stay at Meadow House (adult short breaks unit) for two nights every month, so that his parents can have a break. Funded by Adult Social Care.\" - social care provision in F; H2 says \"Overnight short breaks: see Section F4.\"",
        "HC-NEEDS-MET": "Tricky pass: every need in C has an item in G (physiotherapy, Wheelchair Service seating, Orthotics splints); the physiotherapy item is unspecific, which is graded under HC-PROVISION-SPECIFIC",
        "HC-DCO-SIGNOFF": "\"Health information signed off by the Designated Medical Officer, Dr Hannah Oduya, on 3 June 2026.\"",
        "PC-PFA": "Outcomes cover employment, independent living, community and good health",
    },
})

# =====================================================================================
# s211  letter-column  FAIL: SC-STATUTORY-LINK + SC-NEEDS + SC-ADVICE + SC-PROVISION-SPECIFIC
#       + CA-STATUTORY-ADVICE (looked-after child, social care left thin), LG-JARGON +
#       LG-READABILITY, LG-SPELLING, HC-NEEDS-MET
# (age 11, Year 6, profound deafness with cochlear implants, looked after)
# =====================================================================================
PLANS.append({
    "file": "s211.docx", "layout": "letter-column", "age": 11,
    "year_group": "Year 6", "needs": ["hearing", "speech and language"],
    "voice": "third person, professional register; Kai's views gathered by his Teacher of the Deaf in BSL/SSE, plus foster carers",
    "front": [
        ("Name", "Kai"),
        ("Age", "11"),
        ("NC year", "Year 6"),
        ("Education phase", "Primary (KS2); transfer to secondary September 2026"),
        ("Current school", "Ashworth Primary School (Hearing Support Resource Base), Ashworth"),
        ("Date of last review of plan", "24 February 2026 (Year 6 phase transfer review)"),
        ("Date final plan issued", "10 March 2026"),
    ],
    "sections": {
        "A": {"blocks": [
            ("sub", "Kai's views (gathered by his ToD in BSL/SSE, January 2026)"),
            ("p", "Kai reported that he enjoys PE, art and DT, and that the RB is his favourite place in school because \"everyone signs\". He stated that he finds it difficult to access group discussion in the mainstream classroom when the SNR is poor and that he occassionally switches off his processors at lunch because of the noise. Kai reported he definately wants to go to a secondary school with an RB and deaf peers. Long term, Kai aspires to be a graphic designer."),
            ("sub", "Carers' views"),
            ("p", "Kai's foster carers report that he is a sociable, motivated CYP with a strong visual memory and a real talent for drawing. He is a consistent CI user and manages his own equipment at home. They report that Kai's self-esteem is fragile in hearing peer groups and that he has few hearing friends. Their aspiration is for Kai to transition successfully to an HI-resourced secondary placement and achieve his potential academically, including in art."),
        ]},
        "B": {"blocks": [
            ("sub", "Communication and interaction"),
            ("p", "Kai has bilateral profound SNHL and is a sequential bilateral CI user. He is bilingual in BSL and spoken English and uses SSE in class. Receptive language is assessed at approximately 2 years below CA (CELF-5, December 2025); expressive syntax is reduced and written narrative lacks subordinate clauses. Speech-in-noise discrimination with the Roger system is 60% (ToD assessment). Kai requires pre-tutoring of vocabulary, visual reinforcement and optimised listening conditions."),
            ("sub", "Cognition and learning"),
            ("p", "Non-verbal reasoning is within the average range (EP assessment). Attainment in maths is at ARE; reading comprehension and writing are working towards ARE, consistent with his language profile."),
            ("sub", "Social, emotional and mental health"),
            ("p", "Kai presents as confident within the RB but withdrawn in mainstream settings. He reports feeling \"left out\" in unstructured times and has few reciprocal friendships with hearing peers. Self-esteem is low in mainstream contexts."),
            ("sub", "Sensory and physical"),
            ("p", "Kai has vestibular dysfunction secondary to his deafness, affecting balance and coordination in PE and on uneven ground."),
        ]},
        "C": {"blocks": [
            ("p", "Kai has bilateral profound SNHL (congenital CMV). He has bilateral CIs (implanted 2016 and 2018), managed by the Regional CI Programme, and is reviewed by Paediatric Audiology. He has vestibular dysfunction (impaired balance). The Children's Physiotherapy assessment (October 2025) recommended a 12-week balance programme with physiotherapy review, which has not been started untill now."),
        ]},
        "D": {"blocks": [
            ("p", "Kai is a LAC and is placed with foster carers under a care order. No other SC needs identified."),
        ]},
        "E": {"blocks": [
            ("ul", [
                "By July 2026 (end of KS2), Kai will achieve 80% or more on the ToD's speech-in-noise discrimination assessment in class with his Roger system, up from a 60% baseline.",
                "By July 2026, Kai will use subordinate clauses in 3 of 5 independent written narratives, evidenced by the class teacher's moderated writing samples.",
                "By the end of the Summer term 2026, Kai will self-advocate re his audiological access needs by independently managing his Roger system (pairing, handing the transmitter to the teacher, reporting faults) in 9 of 10 lessons, as recorded by the LSA.",
                "By the end of the Summer term 2026, Kai will initiate and sustain reciprocal interaction with a hearing peer during unstructured times on 3 occasions per week, as observed by the ELSA.",
                "By June 2026, Kai will present a portfolio of 6 art pieces to the RB staff at his new secondary school during a transition visit, using BSL and spoken English, as recorded by the ToD.",
                "By the end of the Autumn term 2026 (Year 7), Kai will complete the PE department's balance circuit with no more than one step-off, on 4 of 5 attempts, measured by his PE teacher.",
            ]),
        ]},
        "F": {"blocks": [
            ("table", PROV, [
                ["Specialist teaching (language, self-advocacy and audiological management)", "45 minutes weekly, 1:1, in the RB", "ToD, Eastmere Sensory Support Service", "Termly"],
                ["ToD consultation with class teacher and LSA", "Termly, 1 hour", "ToD", "Termly"],
                ["Roger system (radio aid): daily check, and termly service and repair", "Daily check every morning; service once a term", "LSA (daily check); Educational Audiologist, Eastmere Sensory Support Service (service and repair)", "Termly"],
                ["Pre-tutoring of topic vocabulary", "20 minutes daily, 1:1", "LSA with BSL Level 2", "Half-termly"],
                ["Kai will recieve BSL tuition", "1 hour weekly, pair work with another deaf pupil", "Deaf Instructor, Eastmere Sensory Support Service", "Termly"],
                ["SaLT: narrative and syntax programme", "Block of 8 weekly sessions, 45 minutes, 1:1, then a 1-hour review each half term", "Specialist SaLT for deaf children, Eastmere Children's Therapies", "At the end of the block, then half-termly"],
                ["ELSA sessions (self-esteem and friendship skills)", "30 minutes weekly, 1:1", "ELSA", "Termly"],
                ["Lunch club with deaf and hearing peers", "45 minutes weekly, group of 6", "RB teaching assistant", "Termly"],
                ["Balance and coordination activities", "20 minutes x 2 per week, group of 6", "PE teaching assistant", "Termly"],
                ["KS2 SATs access arrangements: a seperate room, 25% additional time, and BSL signing of maths and reading instructions", "All KS2 tests, May 2026", "Applied for and arranged by the SENCO", "Before the tests"],
                ["Transition programme to Kingsmead Academy RB, including preparing and presenting Kai's art portfolio, to accomodate Kai's needs from September 2026", "6 half-day visits in the Summer term 2026, with his LSA", "SENCOs of both schools", "July 2026"],
            ]),
        ]},
        "G": {"blocks": [
            ("table", PROV, [
                ["CI mapping and review; replacement of processor parts", "Once a year, half-day appointment; replacement parts posted within 5 working days", "Regional CI Programme", "Yearly"],
                ["Audiological review", "Every 6 months, 45 minutes", "Paediatric Audiology", "Every 6 months"],
            ]),
            ("p", "Health information signed off by the Designated Medical Officer, Dr Priya Nair, 2 March 2026."),
        ]},
        "H1": {"blocks": [("p", "None.")]},
        "H2": {"blocks": [("p", "None.")]},
        "I": {"blocks": [
            ("p", "Ashworth Primary School (mainstream with Hearing Support Resource Base) until July 2026. From September 2026: Kingsmead Academy (mainstream secondary academy with Hearing Support Resource Base)."),
        ]},
        "J": {"blocks": [("p", "N/A")]},
        "K": {"blocks": [
            ("table", ADV, [
                ["Carers' views", "Kai's foster carers", "12 January 2026"],
                ["Kai's views", "Kai, with Helen Marsh, ToD", "14 January 2026"],
                ["Educational advice and annual review report", "Mr P Grey, SENCO, Ashworth Primary School", "24 February 2026"],
                ["Advice from a Qualified Teacher of the Deaf", "Helen Marsh, ToD, Eastmere Sensory Support Service", "20 January 2026"],
                ["Psychological advice", "Dr Imogen Walsh, EP", "9 December 2025"],
                ["Medical advice", "Dr Ruth Adeyemi, Community Paediatrician", "25 November 2025"],
                ["CI Programme report", "Regional CI Programme (Dr N Ellis, Clinical Scientist)", "14 October 2025"],
                ["Audiology report", "Paediatric Audiology (Mark Fenton, Clinical Scientist)", "2 December 2025"],
                ["Physiotherapy assessment", "Children's Physiotherapy (Jo Lake, Physiotherapist)", "21 October 2025"],
                ["SaLT advice", "Ruth Penn, Specialist SaLT for deaf children", "5 December 2025"],
            ]),
        ]},
    },
    "labels": {
        "SC-STATUTORY-LINK": "fail",
        "SC-NEEDS": "fail",
        "SC-ADVICE": "fail",
        "SC-PROVISION-SPECIFIC": "fail",
        "CA-STATUTORY-ADVICE": "fail",
        "LG-JARGON": "fail",
        "LG-READABILITY": "fail",
        "LG-SPELLING": "fail",
        "HC-NEEDS-MET": "fail",
        "PC-PFA": "na",
    },
    "why": {
        "SC-STATUTORY-LINK": "D: \"Kai is a LAC and is placed with foster carers under a care order.\" - no social worker contribution, care plan or PEP, nothing in H1/H2 (\"None.\"), no social care advice in K",
        "SC-NEEDS": "D: \"No other SC needs identified.\" - no description and no basis",
        "SC-ADVICE": "No social care advice in K for a looked-after child",
        "CA-STATUTORY-ADVICE": "Social care advice (reg 6) missing from K",
        "SC-PROVISION-SPECIFIC": "H1 \"None.\" and H2 \"None.\" with no statement that short breaks or other support were considered",
        "LG-JARGON": "Unexplained acronyms throughout: \"ToD\", \"BSL/SSE\", \"RB\", \"SNR\", \"CYP\", \"CI\", \"SNHL\", \"CA\", \"CELF-5\", \"ARE\", \"LAC\", \"SC\", \"KS2\", \"LSA\", \"ELSA\", \"SaLT\"",
        "LG-READABILITY": "A and E are in professional register a family could not follow: \"he finds it difficult to access group discussion in the mainstream classroom when the SNR is poor\"; \"Kai will self-advocate re his audiological access needs\"",
        "LG-SPELLING": "\"occassionally\", \"definately\", \"untill\", \"recieve\", \"seperate\", \"accomodate\"",
        "HC-NEEDS-MET": "C: vestibular dysfunction; \"Children's Physiotherapy ... recommended a 12-week balance programme with physiotherapy review\" - G has only CI Programme and Audiology; no physiotherapy",
        "HC-OUTCOMES": "Balance need has an outcome (PE balance circuit) - pass",
        "CA-ANNUAL-REVIEW": "\"Date of last review of plan | 24 February 2026\"",
        "PC-VOICE": "\"Kai's views (gathered by his ToD in BSL/SSE, January 2026)\" plus foster carers' views",
    },
})

# =====================================================================================
# s212  shaded-heading-table  SOUND  (age 4 at last review, autism + global developmental
#       delay, non-verbal; plan issued Jan 2025, reviewed July 2026)
# =====================================================================================
PLANS.append({
    "file": "s212.docx", "layout": "shaded-heading-table", "age": 3,
    "year_group": "Early years (pre-school)", "needs": ["autism", "severe learning difficulty", "speech and language"],
    "voice": "parents' words plus what Finn tells us through play (Key Person observations)",
    "shade": "FFF2CC",
    "front": [
        ("Name", "Finn"),
        ("Age", "3 years 10 months (at last review)"),
        ("Education phase", "Early years"),
        ("Setting", "Holtby Day Nursery, Holtby (five mornings a week)"),
        ("Date final plan issued", "12 January 2025"),
        ("Date of last review of plan", "9 July 2026 (six-monthly review for children under five; plan continued with no changes)"),
    ],
    "sections": {
        "A": {"blocks": [
            ("sub", "All about me - written by Mum and Dad"),
            ("p", "We love Finn's energy and his beautiful smile. He is affectionate in his own way and loves deep-pressure hugs. Finn loves water, spinning things and trains. He has an amazing memory for where things are kept, can build a tower of 8 bricks and loves posting toys into boxes."),
            ("p", "Finn is autistic and does not use words yet; he leads us by the hand to what he wants. Loud noises and changes to his routine upset him, and he does not sleep well."),
            ("sub", "What Finn tells us through play"),
            ("p", "Leanne, Finn's Key Person, watched Finn in the sand tray, the water tray and the nursery garden over two weeks in November 2024 and again in June 2026. She noticed that Finn:"),
            ("ul", [
                "goes straight to the water tray every morning and pours from jug to jug with great concentration, showing how long he can focus on what he loves;",
                "brings Leanne the bubble pot and puts it in her hand when he wants bubbles, which is his way of asking; and",
                "covers his ears and goes under the table when the hand dryer is used, which tells us the noise hurts.",
            ]),
            ("sub", "Our hopes for Finn"),
            ("p", "Right now we want Finn to show people what he wants without getting so upset, to sleep better and to enjoy nursery. For the future, we hope he finds a way to communicate, whether pictures, signs or words, goes to a school where he is understood and happy, and has friends who accept him as he is."),
        ]},
        "B": {"blocks": [
            ("sub", "Communication"),
            ("p", "Finn does not yet use words or signs. He communicates by leading adults by the hand, bringing objects and by crying or dropping to the floor. He understands some familiar words in routines (\"shoes\", \"snack\", \"outside\") and responds to his name about half of the time. He needs a picture-based way of asking for things, adults who use very few words with visual support, and practice in sharing attention with an adult."),
            ("sub", "Thinking and learning"),
            ("p", "Finn is strong at shape-sorters, posting and completing simple inset puzzles, and remembers where things are kept. His overall development is at around the 18 to 24 month level. He focuses for long periods on activities he chooses, but for only a few seconds on adult-led activities. He needs learning built around his interests."),
            ("sub", "Feelings and relationships"),
            ("p", "Finn enjoys physical play with adults he knows and is starting to notice other children. He becomes very distressed with unexpected change and noise. He needs a predictable routine, visual warning of changes and a calm space."),
            ("sub", "Body and senses"),
            ("p", "Finn seeks movement and deep pressure and is very sensitive to noise. He is not yet toilet trained. He needs a sensory diet (planned movement and calming activities through the day) and 1:1 support for personal care."),
        ]},
        "C": {"blocks": [
            ("p", "Finn has severe constipation, which is managed with a daily laxative medicine (Movicol) prescribed by the Community Paediatrician, and which makes toilet training harder. He has difficulty getting to sleep and wakes for 2 to 3 hours most nights. The Community Paediatrician reviews his constipation, sleep and growth, and the Children's Bladder and Bowel Service is helping with a toileting plan."),
        ]},
        "D": {"blocks": [
            ("p", "Finn lives with his mum, dad and older sister. The Children with Disabilities Social Work Team assessed the family in October 2024 and reviewed the assessment in June 2026 (see Section K). Finn needs constant supervision because he has no sense of danger, and his parents are exhausted by broken nights. The assessment found that Finn is eligible for short breaks. He is not on a child in need, child protection or looked after plan."),
        ]},
        "E": {"blocks": [
            ("table", ["Area", "By the time I start school (September 2027), I will...", "How we will know"], [
                ["Communication", "give a picture to an adult to ask for snack, bubbles or a toy, using PECS (Picture Exchange Communication System), with 3 different adults, on 4 out of 5 chances.", "PECS record kept by my Key Person"],
                ["Communication", "look at an adult and the toy we are sharing during a song or game, 3 times in a 5-minute play session.", "Half-termly observation by the Speech and Language Therapist"],
                ["Thinking and learning", "stay at the Attention Autism group (a group that builds attention using exciting objects) for 10 minutes, on 4 out of 5 days.", "Group record"],
                ["Feelings and relationships", "follow my visual timetable to move from one activity to the next, without becoming distressed, at 4 out of 5 changes in a session.", "Key Person's daily record"],
                ["Body and senses / health", "sit on the toilet at set times (after snack and after lunch) for 2 minutes, on 4 out of 5 days.", "Toilet chart at home and nursery"],
                ["Health", "settle to sleep in my own bed within 30 minutes, on 5 nights out of 7.", "Sleep diary kept by my parents, checked by the Community Paediatrician"],
            ]),
        ]},
        "F": {"blocks": [
            ("table", PROV, [
                ["PECS programme, following the Speech and Language Therapist's plan", "Every snack time and at least 3 planned play times each morning session, 1:1", "Key Person, trained in PECS (2-day course)", "Half-termly, by the Speech and Language Therapist"],
                ["Speech and Language Therapist visit to review PECS and joint attention targets and coach nursery staff", "Once each term, 1.5 hours", "Speech and Language Therapist, Eastmere Children's Therapies", "At each visit"],
                ["Attention Autism group", "10 minutes daily, group of 4 children with 2 adults", "Room leader trained in Attention Autism", "Termly"],
                ["Early Years Autism Outreach: observation, advice and modelling for staff", "Monthly visit, 1 hour", "Specialist Teacher, Early Years Autism Outreach", "Termly, with parents"],
                ["1:1 support throughout each session, including all personal care and toileting routine", "Every morning session (15 hours a week)", "Nursery practitioner trained in autism and in the toileting plan", "Termly, by the Early Years SENCO (Special Educational Needs Co-ordinator)"],
                ["Visual timetable and now/next board, with a photo warning before each change", "Every session", "Key Person", "Termly"],
                ["Sensory diet: trampette, swing, heavy work and calming time in the sensory tent", "Three 10-minute sessions every morning session, 1:1", "Key Person, following the Autism Outreach Teacher's plan", "Termly"],
                ["Sensory tent and ear defenders", "Every session", "Bought by the nursery; checked weekly by the Key Person", "Termly"],
            ]),
            ("p", "From March 2027, the Early Years SENCO will lead Finn's transition plan into Reception: four 30-minute visits to the Reception class with his Key Person in the Summer term 2027, and a photo book of his new class made by the Reception teacher."),
        ]},
        "G": {"blocks": [
            ("table", PROV, [
                ["Review of constipation and laxative medicine, sleep and growth", "Every 6 months, 30-minute clinic appointment", "Community Paediatrician", "Every 6 months"],
                ["Toileting plan for home and nursery, with training for parents and nursery staff", "3 home visits of 45 minutes over 6 months, then a monthly phone review (15 minutes)", "Continence Nurse, Children's Bladder and Bowel Service", "Every 3 months"],
                ["Sleep programme (bedtime routine and settling plan)", "Block of 4 fortnightly home visits, 1 hour each, then a review at 3 months", "Community Paediatrician's Sleep Practitioner", "At 3 months"],
            ]),
            ("p", "Health information signed off by the Designated Medical Officer, Dr Priya Nair, on 8 January 2025; health provision confirmed unchanged at the review on 9 July 2026."),
        ]},
        "H1": {"blocks": [
            ("p", "Short breaks: Saturday Sensory Club at Holtby Children's Centre, two Saturdays a month, 10am to 1pm, with a 1:1 support worker. Arranged by the Children with Disabilities Social Work Team and reviewed every 6 months by the social worker."),
        ]},
        "H2": {"blocks": [
            ("p", "None. Early Help family support was considered at the June 2026 review and the family chose the short breaks above instead."),
        ]},
        "I": {"blocks": [
            ("p", "Holtby Day Nursery, Holtby (private, voluntary and independent early years setting), five mornings a week."),
        ]},
        "J": {"blocks": [
            ("p", "Finn's parents have not asked for a personal budget."),
        ]},
        "K": {"blocks": [
            ("table", ADV, [
                ["Parents' views", "Finn's parents", "4 November 2024"],
                ["Educational advice", "Leanne Cross, Key Person, and Mr Owen Hart, Early Years SENCO, Holtby Day Nursery", "18 November 2024"],
                ["Early Years Autism Outreach report", "Jane Fry, Specialist Teacher, Early Years Autism Outreach", "21 November 2024"],
                ["Psychological advice", "Dr Sam Kellett, Educational Psychologist", "26 November 2024"],
                ["Medical advice", "Dr Marcus Bell, Community Paediatrician", "12 November 2024"],
                ["Bladder and bowel report", "Anne Price, Continence Nurse, Children's Bladder and Bowel Service", "28 October 2024"],
                ["Sleep assessment", "Kerry Dale, Sleep Practitioner (Community Paediatrics)", "5 November 2024"],
                ["Speech and language therapy advice", "Nadia Rahman, Speech and Language Therapist", "14 November 2024"],
                ["Social care advice", "Tom Reeve, Social Worker, Children with Disabilities Social Work Team", "22 October 2024"],
                ["Six-monthly review report", "Mr Owen Hart, Early Years SENCO", "9 July 2026"],
                ["Social care review", "Tom Reeve, Social Worker, Children with Disabilities Social Work Team", "24 June 2026"],
            ]),
        ]},
    },
    "labels": {
        "PC-PFA": "na",
        "SC-STATUTORY-LINK": "na",
    },
    "why": {
        "CA-ANNUAL-REVIEW": "Issued 12 January 2025 (over 12 months before audit) but \"Date of last review of plan | 9 July 2026\" is within 12 months - pass",
        "CA-ADVICE-AGE": "All assessment advice October-November 2024, under 3 months old at issue (12 January 2025)",
        "PC-VOICE": "Views of a non-verbal 2-3-year-old gathered through play by his Key Person: \"Leanne, Finn's Key Person, watched Finn in the sand tray, the water tray and the nursery garden\"",
        "HC-DCO-SIGNOFF": "\"Health information signed off by the Designated Medical Officer, Dr Priya Nair, on 8 January 2025\"",
        "PR-QUANTIFIED": "SLT \"Once each term, 1.5 hours\" (professional visit, no group size needed); equipment \"Bought by the nursery; checked weekly by the Key Person\"",
    },
})


# ================================================================ RENDERING
OUT = os.path.join(HERE, "plans")
COUNCIL = "Eastmere County Council"

SECTION_ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]

TITLES_H2 = {
    "A": "Section A: All about me - views, interests and aspirations",
    "B": "Section B: Special educational needs",
    "C": "Section C: Health needs related to special educational needs or disability",
    "D": "Section D: Social care needs related to special educational needs or disability",
    "E": "Section E: Outcomes",
    "F": "Section F: Special educational provision",
    "G": "Section G: Health provision",
    "H1": "Section H1: Social care provision under section 2 of the Chronically Sick and "
          "Disabled Persons Act 1970",
    "H2": "Section H2: Other social care provision",
    "I": "Section I: Placement",
    "J": "Section J: Personal budget",
    "K": "Section K: Advice and information",
}

TITLES_LETTER = {
    "A": "All about me: the views, interests and aspirations of the child and family",
    "B": "Special educational needs",
    "C": "Health needs related to special educational needs or disability",
    "D": "Social care needs related to special educational needs or disability",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision reasonably required",
    "H1": "Social care provision made under section 2 of the Chronically Sick and Disabled "
          "Persons Act 1970",
    "H2": "Any other social care provision reasonably required",
    "I": "Name and type of school or other institution",
    "J": "Personal budget (including direct payments)",
    "K": "Advice and information gathered during the assessment",
}

TITLES_SHADED = {
    "A": "SECTION A - ALL ABOUT ME",
    "B": "SECTION B - SPECIAL EDUCATIONAL NEEDS",
    "C": "SECTION C - HEALTH NEEDS",
    "D": "SECTION D - SOCIAL CARE NEEDS",
    "E": "SECTION E - OUTCOMES",
    "F": "SECTION F - SPECIAL EDUCATIONAL PROVISION",
    "G": "SECTION G - HEALTH PROVISION",
    "H1": "SECTION H1 - SOCIAL CARE PROVISION (SECTION 2, CHRONICALLY SICK AND DISABLED "
          "PERSONS ACT 1970)",
    "H2": "SECTION H2 - OTHER SOCIAL CARE PROVISION",
    "I": "SECTION I - PLACEMENT",
    "J": "SECTION J - PERSONAL BUDGET",
    "K": "SECTION K - ADVICE AND INFORMATION",
}


# ---------------------------------------------------------------- helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_font(doc, name, size):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def add_runs(par, item, bold_all=False):
    """item is str or (bold_lead, rest)."""
    if isinstance(item, (tuple, list)):
        r = par.add_run(item[0])
        r.bold = True
        par.add_run(item[1])
    else:
        r = par.add_run(item)
        if bold_all:
            r.bold = True
    return par


def fill_cell_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    add_runs(p, text, bold_all=bold)


def add_table(container, header, rows, style="Table Grid", head_fill="D9E2F3", widths=None):
    t = container.add_table(rows=1 + len(rows), cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        fill_cell_text(c, h, bold=True)
        if head_fill:
            shade(c, head_fill)
    for r, row in enumerate(rows, start=1):
        for i, val in enumerate(row):
            fill_cell_text(t.rows[r].cells[i], val)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def front_rows(plan):
    return plan["front"]


def title_block(doc, plan, heading_style=None):
    if heading_style:
        doc.add_heading(plan.get("title", "Education, Health and Care Plan"), level=1)
    else:
        p = doc.add_paragraph()
        r = p.add_run(plan.get("title", "Education, Health and Care Plan"))
        r.bold = True
        r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.add_run(COUNCIL + " - " + plan.get("subtitle", "Special Educational Needs and Disabilities Service"))


# ---------------------------------------------------------------- layout 1
def render_heading2(plan):
    doc = Document()
    set_font(doc, plan.get("font", "Arial"), 11)
    title_block(doc, plan, heading_style=True)
    t = add_table(doc, ["Personal details", ""], [], head_fill="D9E2F3")
    for lab, val in front_rows(plan):
        cells = t.add_row().cells
        fill_cell_text(cells[0], lab, bold=True)
        fill_cell_text(cells[1], val)
    doc.add_paragraph()
    for key in SECTION_ORDER:
        sec = plan["sections"][key]
        doc.add_heading(sec.get("title", TITLES_H2[key]), level=2)
        for blk in sec["blocks"]:
            kind = blk[0]
            if kind == "sub":
                doc.add_heading(blk[1], level=3)
            elif kind == "p":
                add_runs(doc.add_paragraph(), blk[1])
            elif kind == "bp":
                add_runs(doc.add_paragraph(), (blk[1], blk[2]))
            elif kind == "ul":
                for it in blk[1]:
                    add_runs(doc.add_paragraph(style="List Bullet"), it)
            elif kind == "ol":
                for it in blk[1]:
                    add_runs(doc.add_paragraph(style="List Number"), it)
            elif kind == "table":
                add_table(doc, blk[1], blk[2])
                doc.add_paragraph()
    return doc


# ---------------------------------------------------------------- layout 2
def _cell_add(cell, blk, first):
    """Add a text block into a (merged) table cell."""
    kind = blk[0]

    def newpar(style=None):
        if first[0]:
            first[0] = False
            p = cell.paragraphs[0]
            if style:
                p.style = style
            return p
        return cell.add_paragraph(style=style)

    if kind == "sub":
        add_runs(newpar(), blk[1], bold_all=True)
    elif kind == "p":
        add_runs(newpar(), blk[1])
    elif kind == "bp":
        add_runs(newpar(), (blk[1], blk[2]))
    elif kind in ("ul", "ol"):
        for it in blk[1]:
            add_runs(newpar("List Bullet" if kind == "ul" else "List Number"), it)


def render_letter(plan):
    doc = Document()
    set_font(doc, plan.get("font", "Calibri"), 11)
    title_block(doc, plan)
    ft = doc.add_table(rows=0, cols=2)
    ft.style = "Table Grid"
    for lab, val in front_rows(plan):
        cells = ft.add_row().cells
        fill_cell_text(cells[0], lab, bold=True)
        shade(cells[0], "E7E6E6")
        fill_cell_text(cells[1], val)
    doc.add_paragraph()
    for key in SECTION_ORDER:
        sec = plan["sections"][key]
        blocks = sec["blocks"]
        ncont = max([len(b[1]) for b in blocks if b[0] == "table"] + [1])
        ncols = 1 + ncont
        t = doc.add_table(rows=0, cols=ncols)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        # title row
        cells = t.add_row().cells
        fill_cell_text(cells[0], key, bold=True)
        title_cell = cells[1].merge(cells[-1]) if ncols > 2 else cells[1]
        fill_cell_text(title_cell, sec.get("title", TITLES_LETTER[key]), bold=True)
        shade(title_cell, "DEEAF6")
        cur = None
        first = [True]
        for blk in blocks:
            if blk[0] == "table":
                cur = None
                hdr = blk[1]
                rows = [hdr] + blk[2]
                for ri, row in enumerate(rows):
                    rc = t.add_row().cells
                    tgt = rc[1:]
                    if len(row) < ncont:
                        tgt[len(row) - 1].merge(tgt[-1])
                    for i, val in enumerate(row):
                        fill_cell_text(t.rows[-1].cells[1 + i], val, bold=(ri == 0))
                        if ri == 0:
                            shade(t.rows[-1].cells[1 + i], "F2F2F2")
                continue
            if blk[0] == "sub" or cur is None:
                rc = t.add_row().cells
                cur = rc[1].merge(rc[-1]) if ncols > 2 else rc[1]
                first = [True]
            _cell_add(cur, blk, first)
        # merge the letter column down the whole section
        letter = t.cell(0, 0)
        if len(t.rows) > 1:
            merged = letter.merge(t.cell(len(t.rows) - 1, 0))
            # keep only the first paragraph (the letter)
            for p in merged.paragraphs[1:]:
                p._element.getparent().remove(p._element)
            shade(merged, "1F3864")
            for r in merged.paragraphs[0].runs:
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                r.font.size = Pt(16)
        for row in t.rows:
            row.cells[0].width = Cm(1.3)
        doc.add_paragraph()
    return doc


# ---------------------------------------------------------------- layout 3
def render_shaded(plan):
    doc = Document()
    set_font(doc, plan.get("font", "Verdana"), 10)
    title_block(doc, plan)
    ft = add_table(doc, ["About this plan", ""], [], head_fill="C5E0B3")
    for lab, val in front_rows(plan):
        cells = ft.add_row().cells
        fill_cell_text(cells[0], lab, bold=True)
        fill_cell_text(cells[1], val)
    doc.add_paragraph()
    fill = plan.get("shade", "C5E0B3")
    for key in SECTION_ORDER:
        sec = plan["sections"][key]
        ht = doc.add_table(rows=1, cols=1)
        ht.style = "Table Grid"
        c = ht.rows[0].cells[0]
        fill_cell_text(c, sec.get("title", TITLES_SHADED[key]), bold=True)
        shade(c, fill)
        for blk in sec["blocks"]:
            kind = blk[0]
            if kind == "sub":
                p = doc.add_paragraph()
                r = p.add_run(blk[1])
                r.bold = True
                r.underline = True
            elif kind == "p":
                add_runs(doc.add_paragraph(), blk[1])
            elif kind == "bp":
                add_runs(doc.add_paragraph(), (blk[1], blk[2]))
            elif kind == "ul":
                for it in blk[1]:
                    add_runs(doc.add_paragraph(style="List Bullet"), it)
            elif kind == "ol":
                for it in blk[1]:
                    add_runs(doc.add_paragraph(style="List Number"), it)
            elif kind == "table":
                add_table(doc, blk[1], blk[2], head_fill="E2EFD9")
        doc.add_paragraph()
    return doc


RENDER = {
    "heading2-numbered": render_heading2,
    "letter-column": render_letter,
    "shaded-heading-table": render_shaded,
}


def write_labels():
    out = {"audit_date": "2026-12-01", "plans": []}
    for p in PLANS:
        labels = {c: "pass" for c in CRITERIA}
        for c, v in p["labels"].items():
            assert c in CRITERIA, (p["file"], c)
            labels[c] = v
        out["plans"].append({
            "file": p["file"],
            "layout": p["layout"],
            "age": p["age"],
            "year_group": p["year_group"],
            "needs": p["needs"],
            "voice": p["voice"],
            "labels": labels,
            "why": p.get("why", {}),
        })
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("audit_date: 2026-12-01\nplans:\n")
        body = yaml.safe_dump(out["plans"], sort_keys=False, allow_unicode=True, width=4000)
        fh.write("\n".join("  " + ln if ln else ln for ln in body.splitlines()) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    for p in PLANS:
        doc = RENDER[p["layout"]](p)
        doc.save(os.path.join(OUT, p["file"]))
        print("wrote", p["file"], p["layout"])
    write_labels()


if __name__ == "__main__":
    main()
