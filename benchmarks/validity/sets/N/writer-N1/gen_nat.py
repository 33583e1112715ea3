"""Layout `national-template`: fills /work/shared/reference/national-ehcp-template.docx."""
import copy
from docx import Document
from gen_common import set_cell, COUNCIL

TEMPLATE = "/work/shared/reference/national-ehcp-template.docx"


def _del_rows(tbl, start):
    for row in list(tbl.rows)[start:]:
        tbl._tbl.remove(row._tr)


def _fill_rows(tbl, first, rows, ncols):
    for i, vals in enumerate(rows):
        cells = tbl.rows[first + i].cells
        for j in range(ncols):
            set_cell(cells[j], vals[j] if j < len(vals) else "")
    _del_rows(tbl, first + len(rows))


def build(plan, path):
    doc = Document(TEMPLATE)
    # title and front matter lines
    title = [p for p in doc.paragraphs if p.style.name == "Heading 1"][0]
    for r in title.runs[1:]:
        r._element.getparent().remove(r._element)
    title.runs[0].text = f"Education, Health and Care (EHC) Plan - {COUNCIL}"
    nxt = title._element.getnext()
    from docx.text.paragraph import Paragraph
    anchor = Paragraph(nxt, title._parent)
    for lab, val in plan["front"]:
        p = anchor.insert_paragraph_before()
        rr = p.add_run(lab + ": ")
        rr.bold = True
        p.add_run(val)
    T = doc.tables
    pd = plan["personal"]
    t0 = T[0]
    set_cell(t0.rows[1].cells[1], pd["name"]); set_cell(t0.rows[1].cells[3], pd["name"])
    set_cell(t0.rows[2].cells[1], "Redacted")
    set_cell(t0.rows[3].cells[1], pd["sex"]); set_cell(t0.rows[3].cells[3], pd["ethnicity"])
    set_cell(t0.rows[4].cells[1], pd["lang"]); set_cell(t0.rows[4].cells[3], pd["plang"])
    set_cell(t0.rows[6].cells[1], pd["p1"][0]); set_cell(t0.rows[6].cells[3], pd["p1"][1])
    for c in (t0.rows[7].cells[1], t0.rows[7].cells[3], t0.rows[8].cells[1]):
        set_cell(c, "Redacted")
    if pd.get("p2"):
        set_cell(t0.rows[9].cells[1], pd["p2"][0]); set_cell(t0.rows[9].cells[3], pd["p2"][1])
        for c in (t0.rows[10].cells[1], t0.rows[10].cells[3]):
            set_cell(c, "Redacted")
        set_cell(t0.rows[11].cells[1], "Same as parent or carer 1")
    else:
        for c in (t0.rows[9].cells[1], t0.rows[9].cells[3], t0.rows[10].cells[1], t0.rows[10].cells[3], t0.rows[11].cells[1]):
            set_cell(c, "")
    t1 = T[1]
    for i, v in enumerate(plan["services"]):
        set_cell(t1.rows[i + 1].cells[1], v)
    set_cell(T[2].rows[1].cells[1], plan["history"] + "\n\n" + plan["communication"])
    t3 = T[3]
    set_cell(t3.rows[3].cells[0], plan["child_views"] + "\n\n" + plan["family_views"])
    set_cell(t3.rows[5].cells[0], plan["interests"])
    set_cell(t3.rows[7].cells[0], plan["strengths"])
    set_cell(t3.rows[9].cells[0], plan["aspirations"])
    for ti, key in zip([4, 5, 6, 7], ["ci", "cl", "semh", "sp"]):
        strengths, rows = plan["areas"][key]
        set_cell(T[ti].rows[2].cells[0], strengths)
        _fill_rows(T[ti], 4, rows, 3)
    hs, hrows = plan["health"]
    set_cell(T[8].rows[1].cells[0], hs)
    _fill_rows(T[8], 3, hrows, 3)
    # paragraph after health table: DCO sign-off if any
    if plan.get("dco"):
        after = T[8]._tbl.getnext()
        Paragraph(after, T[8]._parent).add_run(plan["dco"])
    ss, srows = plan["social"]
    set_cell(T[9].rows[1].cells[0], ss)
    _fill_rows(T[9], 3, srows, 4)
    set_cell(T[10].rows[0].cells[1], plan["I"][0])
    set_cell(T[10].rows[1].cells[1], plan["I"][1])
    set_cell(T[11].rows[0].cells[1], plan["J"][0])
    set_cell(T[11].rows[1].cells[1], plan["J"][1])
    # K
    tk = T[12]
    k = plan["K"]
    labels = {1: "Advice and information from the parent or carer", 2: "Views of the child or young person",
              3: "Educational advice and information"}
    for ri, lab in labels.items():
        set_cell(tk.rows[ri].cells[0], lab)
    keymap = {1: "parent", 2: "child", 3: "edu", 4: "medical", 5: "ep", 6: "social", 7: "other0", 8: "pfa", 9: "requested"}
    others = k.get("other", [])
    for ri, key in keymap.items():
        if key == "other0":
            val = (others[0][1], others[0][2]) if others else None
            if others:
                set_cell(tk.rows[ri].cells[0], "Advice and information from any other person the local authority thinks appropriate: " + others[0][0])
        else:
            val = k.get(key)
        if val:
            set_cell(tk.rows[ri].cells[1], val[0])
            set_cell(tk.rows[ri].cells[2], val[1])
            set_cell(tk.rows[ri].cells[3], "YES")
    # extra 'other' rows inserted after row 7
    ref = tk.rows[7]._tr
    for lab, date, who in reversed(others[1:]):
        new = copy.deepcopy(ref)
        ref.addnext(new)
    for i, (lab, date, who) in enumerate(others[1:]):
        row = tk.rows[8 + i]
        set_cell(row.cells[0], lab)
        set_cell(row.cells[1], date)
        set_cell(row.cells[2], who)
        set_cell(row.cells[3], "YES")
    so = T[13]
    set_cell(so.rows[1].cells[0], plan["signoff"][0])
    set_cell(so.rows[1].cells[1], "Signed electronically")
    set_cell(so.rows[1].cells[2], plan["signoff"][1])
    doc.save(path)


from docx.text.paragraph import Paragraph

NONE_ROW = [("No special educational needs have been identified in this area.", "No provision is required in this area.", "")]

# ---------------------------------------------------------------- n103 FAIL
N103 = dict(
    front=[("Date of plan", "6 November 2026"), ("Date of most recent review", "Not applicable - new plan"), ("Year", "Year 9")],
    personal=dict(name="Jayden", sex="Male", ethnicity="White British", lang="English", plang="English", p1=("Mum", "Mother")),
    services=["Riverside High School (mainstream academy)", "GP practice redacted; no key health professional", "Redacted",
              "Yes", "Educational Psychologist; Attendance and Inclusion Officer", "No", "No", "Yes", "No"],
    history=("It has been reported by the professionals who have contributed to the assessment process that Jayden's presentation in school has, "
             "since the point of his transition to secondary provision in September 2023, been characterised by an escalating pattern of "
             "disengagement, non-attendance and behaviours which have resulted in a number of suspensions, notwithstanding the implementation by "
             "the school of a range of interventions of increasing intensity over that period, and that the cumulative impact of difficult "
             "experiences within the family context, in conjunction with needs pertaining to the regulation of his emotions which have not "
             "hitherto been met, would appear to constitute a significant barrier to his accessing the curriculum in a manner commensurate with his ability."),
    communication=("Jayden communicates verbally and it is considered that his understanding and use of language are broadly commensurate with "
                   "expectations for his chronological age, albeit that his willingness to engage in verbal exchanges with adults is, to a "
                   "significant extent, contingent upon the prior establishment of a trusting relationship."),
    child_views=("What Jayden said: \"School's alright when it's PE or DT (design and technology). I like fixing bikes with my uncle. The teachers are "
                 "always on at me and I just walk out. I want to be a mechanic and have my own garage one day.\" (Jayden talked to the "
                 "Educational Psychologist in the school library, September 2026.)"),
    family_views=("Jayden's mother has indicated, in the course of discussions with the EHC Co-ordinator, that she is of the view that the "
                  "difficulties which have been experienced in respect of his attendance and presentation in school are attributable, in "
                  "substantial part, to a deterioration in his emotional wellbeing consequent upon events within the household during the "
                  "preceding academic year, and that it would be her preference that consideration be given, in the first instance, to "
                  "arrangements whereby his re-engagement with education might be facilitated on a graduated basis."),
    interests="Fixing and riding bikes with his uncle; PE and football; DT; gaming with his friends; his dog, Diesel.",
    strengths="Jayden is practical and good with his hands. He is loyal to his friends and has a good sense of humour. When he trusts an adult he works hard, especially in DT and PE.",
    aspirations="Jayden wants to be a motor mechanic and one day own his own garage. Mum hopes Jayden will stay in school and go on to college.",
    areas=dict(
        ci=("Jayden talks confidently with friends and with adults he knows well.", NONE_ROW),
        cl=("Jayden's general ability is in the average range (Educational Psychologist's assessment, September 2026). He is good at practical problem solving.",
            [("Jayden's reading age is 10 years 6 months. He finds long texts hard and has gaps in his learning from missed school.",
              "Reading intervention in a group of 5 pupils, 3x weekly (30 mins), delivered by the English Higher Level Teaching Assistant (HLTA).",
              "1. By July 2027, Jayden's reading age will be at least 12 years, measured by the school's reading test each term."),
             ("Jayden has gaps in maths, especially fractions and percentages. He scored 38% in his end of Year 8 test.",
              "Maths tutoring 1:1 with a qualified maths teacher, twice weekly (30 mins).",
              "2. By July 2027, Jayden will score 60% or more in his end of Year 9 maths test.")]),
        semh=("Jayden is loyal and funny and responds well to adults he trusts, especially his DT teacher.",
              [("Jayden's attendance has fallen to 71% this term. He often refuses to come to school after a weekend.",
                "Pastoral Mentor (trained in emotion coaching) meets Jayden at the school gate each morning at 8.40am and checks in with him at lunchtime (10 mins). "
                "1:1 mentoring session weekly (45 mins) with the same mentor.",
                "3. By July 2027, Jayden's attendance will be 90% or higher in each half term, as shown by the school register."),
               ("When he feels criticised Jayden becomes angry, swears and walks out of lessons (about 4 times a week). He had 6 suspensions in Year 8.",
                "Exit card and an agreed calm space (the pastoral base) with a named adult. Anger management programme 1:1 with the school counsellor "
                "(a registered counsellor), weekly for 8 weeks (1 hour), then reviewed. All staff who teach Jayden given his one-page profile and calming plan.",
                "4. By end Spring 2027, Jayden will use his exit card and go to the pastoral base instead of walking out, so that incidents on the behaviour log fall from about 4 a week to 1 a week or fewer."),
               ("Jayden has low self-esteem and calls himself 'thick'. He is most confident in practical subjects.",
                "DT mentoring session 1:2 with the DT technician on Friday afternoons (1 hour), working on his DT project.",
                "5. By July 2027, Jayden will complete and hand in all his Year 9 DT coursework tasks on time, as recorded by his DT teacher.")]),
        sp=("Jayden is fit and active and enjoys football.", NONE_ROW),
    ),
    health=("", [("Not known at this time.", "None.", "")]),
    dco=None,
    social=("Jayden is close to his mum and to his uncle, who he sees every weekend.",
            [("Jayden and his younger sister have been subject to a child protection plan since March 2026 under the category of neglect. "
              "Jayden has at times been responsible for getting his sister ready for school.", "None.", "None.", "")]),
    I=("Riverside High School", "Mainstream secondary academy"),
    J=("No personal budget has been requested.", "Not applicable."),
    K=dict(parent=("15/09/2026", "Mum"), child=("22/09/2026", "Jayden, with the Educational Psychologist"),
           edu=("18/09/2026", "Mrs K. Dodds, SENCo (special educational needs co-ordinator), Riverside High School"),
           medical=("10/09/2026", "School Nurse, 0-19 Public Health Nursing"),
           ep=("29/09/2026", "Dr S. Lowe, Educational Psychologist"),
           other=[("Attendance and Inclusion Officer", "21/09/2026", "Attendance and Inclusion Officer, Northmoor Council")]),
    signoff=("M. Armstrong, EHC Co-ordinator", "06/11/2026"),
)

# ---------------------------------------------------------------- n106 SOUND
N106 = dict(
    front=[("Date of plan", "20 October 2026 (amended following annual review)"), ("Date of most recent review", "29 September 2026"), ("Year", "Year 12 (post-16)")],
    personal=dict(name="Chloe", sex="Female", ethnicity="Mixed White and Black Caribbean", lang="English", plang="English", p1=("Mum", "Mother")),
    services=["Northmoor College - Entry Level 3 Employability and Independence programme", "GP practice redacted", "Redacted",
              "No", "Independent Travel Trainer; college Speech and Language Therapist", "No", "No", "Yes", "No"],
    history=("Chloe is 17. She was diagnosed with autism when she was 9 and has moderate learning difficulties. She went to her local primary "
             "school and then to Castle View School, where she had an EHC plan from Year 8. In September 2026 she started at Northmoor College "
             "on the Entry Level 3 Employability and Independence programme. She is settling in well."),
    communication=("Chloe speaks clearly. She understands language literally, likes instructions written down and needs a little extra time to "
                   "answer. She does not like talking on the phone and prefers to text."),
    child_views=("What Chloe said: \"I'm Chloe. I love animals - I've got two cats, Luna and Milo. I draw manga and I like K-pop dancing. College is "
                 "better than school because people are nicer. I want to work with animals, maybe at kennels or a pet shop. I want to learn to get "
                 "the bus on my own and cook proper meals, so one day I can have my own flat. I get anxious in the canteen when it's loud, and I "
                 "hate it when plans change and nobody tells me.\" (Chloe wrote this with her personal tutor before her review, September 2026.)"),
    family_views=("Mum says: \"Chloe is kind, honest and very reliable - if she says she'll do something, she does it. She is wonderful with animals. "
                  "I'd love to see her travelling on her own, getting a job she enjoys and, when she's ready, living independently with some help. "
                  "She holds things together at college and then melts down at home, so she needs people to notice when she's anxious.\""),
    interests="Animals (especially cats and dogs); drawing manga; K-pop music and dance; baking cakes.",
    strengths="Chloe is reliable and honest, has excellent attention to detail and remembers routines well. She follows written instructions carefully and reads at Entry Level 3 (a level below GCSE). She is gentle and patient with animals.",
    aspirations="Chloe wants to work with animals (kennels, a pet shop or an animal rescue centre), to travel on her own, to cook for herself and, in the future, to live in her own flat with some support. Mum shares these hopes.",
    areas=dict(
        ci=("Chloe is polite, speaks clearly and is good at following written instructions.",
            [("Chloe takes language literally and finds it hard to start conversations with new people or to join in group conversations.",
              "Social communication group at college: a group of 6 students, weekly (1 hour), led by a Learning Support Practitioner trained in autism. "
              "Speech and Language Therapist visits once a term (1 hour) to set Chloe's targets and train her support staff.",
              "1. By July 2027, Chloe will start a conversation with a customer or colleague at her work placement at least 3 times each placement day, recorded by her job coach."),
             ("Unexpected changes make Chloe very anxious.",
              "Weekly timetable emailed to Chloe every Friday; any change texted to her at least 24 hours ahead by her personal tutor.",
              "2. By March 2027, Chloe will deal with a timetable change by checking her phone planner and going to the right room on time, on 4 out of 5 occasions, recorded by her personal tutor.")]),
        cl=("Chloe reads at Entry Level 3 and is accurate and careful in practical tasks.",
            [("Chloe's maths is at Entry Level 1; she finds money, change and time difficult.",
              "Functional Skills maths focused on money and time, in a group of 6 students, 3x weekly (1 hour), taught by a maths lecturer with a Learning Support Practitioner.",
              "3. By July 2027, Chloe will pay for items in a shop using cash and a card and check her change, correctly on 5 out of 5 practice trips, recorded by her tutor."),
             ("Chloe has not yet had work experience and is unsure what a working day involves.",
              "Work placement at an animal rescue centre one day a week (6 hours) for 10 weeks from January 2027. Job Coach (college employability team) 1:1 for the first 3 weeks, "
              "then a 30-minute check-in on each placement day.",
              "4. By July 2027, Chloe will complete her 10-week placement, gain her Entry Level 3 Certificate in Employability, and be awarded a written reference from her placement supervisor.")]),
        semh=("Chloe knows some of the things that make her anxious and will ask for help from adults she trusts.",
              [("Chloe becomes anxious in noisy, crowded places such as the canteen. She hides her anxiety at college and then becomes very distressed at home.",
                "Chloe uses the quiet room (the Learning Hub) every lunchtime, supervised by a Learning Support Practitioner. 1:1 check-in with her personal tutor weekly (20 mins). "
                "Anxiety management course in a group of 4 students, weekly (1 hour) for 8 weeks, delivered by the college Wellbeing Practitioner.",
                "5. By July 2027, Chloe will use two strategies from her anxiety plan and rate her anxiety at college as 4 out of 10 or lower on 3 out of 4 weekly check-ins."),
               ("Chloe cannot yet travel on her own or cook a meal for herself.",
                "Travel training 1:1 with the council's Independent Travel Trainer, weekly (2 hours) for 12 weeks. "
                "Independent living skills in the college training kitchen, a group of 6 students, weekly (2 hours), taught by the Life Skills lecturer.",
                "6. By July 2027, Chloe will travel independently by bus from home to college and to her placement, 5 days out of 5 for 4 weeks in a row, signed off by the Independent Travel Trainer.\n"
                "7. By July 2027, Chloe will plan, shop for and cook a simple two-course meal for her family once a week, recorded in her independence log.")]),
        sp=("Chloe is fit and active.",
            [("Chloe is sensitive to loud noise and to flickering lights.",
              "Noise-reducing earplugs supplied by the college Additional Learning Support team; a seat away from the door and under steady lighting in every classroom.",
              "See outcome 5.")]),
    ),
    health=("Chloe is fit and well. She walks her neighbour's dog every day.",
            [("Chloe has no health needs relating to her special educational needs. Her GP confirmed this (summary, 14 July 2026), and the Community "
              "Paediatrician discharged her from clinic in 2024 as there were no ongoing health concerns.", "No health provision is required.",
              "8. By July 2027, Chloe will book and go to her own GP or dentist appointment, with Mum only as back-up, once during the year.")]),
    dco=None,
    social=("Chloe has a supportive mum and grandparents who live nearby.",
            [("Social care advice was given by the Transitions Social Worker (Northmoor Children's Social Care, 5 August 2026). Chloe has no social "
              "care needs at present and is well supported at home. Short breaks and the Youth Service's inclusive groups were discussed; Chloe "
              "chose to join the Saturday youth group herself. The Transitions Social Worker will contact Chloe and Mum before Chloe turns 17 and "
              "a half to talk about whether an adult social care assessment is wanted.",
              "None - no needs identified (see Section D).", "None - short breaks considered and not needed (see Section D).", "")]),
    I=("Northmoor College", "General further education college"),
    J=("No personal budget has been requested.", "Not applicable."),
    K=dict(parent=("02/09/2026", "Mum"), child=("10/09/2026", "Chloe, with her personal tutor"),
           edu=("15/09/2026", "Additional Learning Support Manager, Northmoor College"),
           medical=("14/07/2026", "Dr E. Hardy, GP (health summary)"),
           ep=("08/09/2026", "Ms R. Patel, Educational Psychologist"),
           social=("05/08/2026", "Transitions Social Worker, Northmoor Children's Social Care"),
           pfa=("03/09/2026", "Careers Adviser, Northmoor Careers Service"),
           other=[("Speech and Language Therapist", "28/08/2026", "Speech and Language Therapist, Northmoor College"),
                  ("Independent Travel Trainer", "01/09/2026", "Independent Travel Trainer, Northmoor Council")]),
    signoff=("L. Turnbull, EHC Co-ordinator", "20/10/2026"),
)

# ---------------------------------------------------------------- n109 FAIL
N109 = dict(
    front=[("Date of plan", "9 October 2025 (amended following annual review)"), ("Date of most recent review", "18 September 2025"), ("Year", "Post-19 (second year at college)")],
    personal=dict(name="Jordan", sex="Male", ethnicity="White British", lang="English", plang="English", p1=("Mum", "Mother"), p2=("Dad", "Father")),
    services=["Oakfield Specialist College (independent specialist college), day placement", "GP practice redacted", "Redacted",
              "Yes - Adult Social Care (Learning Disability Team)", "Community Learning Disability Nurse", "No", "No", "Yes", "No"],
    history=("Jordan is 20 and lives at home with his mum and dad. He has severe learning difficulties and epilepsy, which started when he was 6. "
             "He went to Brackenhill School (a special school) until he was 19, and started at Oakfield Specialist College in September 2024."),
    communication=("Jordan speaks in short phrases of 2 or 3 words, uses Makaton signs and has a communication app on his tablet with symbols. "
                   "He understands more than he can say, especially when people speak slowly and show him what they mean."),
    child_views=("What Jordan told us (with his communication app and Makaton, with his tutor, August 2025): \"College - good.\" \"Cooking - pizza!\" "
                 "\"Bus - me\" (pointing to himself). \"Job - café.\" He chose the symbols for 'loud', 'shouting' and 'waiting' as things he does not like."),
    family_views=("Mum and Dad say: \"Jordan is a friendly, happy lad who loves a routine. He's made real friends at Oakfield. We want him to have a job, "
                  "even a few hours a week in a café, to get about more on his own, and one day to live in a shared house with friends with support, "
                  "not far from us. His seizures worry us, especially when he is out.\""),
    interests="Cooking (especially pizza); buses and bus timetables; Elvis songs; bowling on Saturdays.",
    strengths="Jordan is friendly and hard-working. He follows routines well, remembers bus numbers and routes, and takes pride in cooking for his family.",
    aspirations="Jordan: to work in a café and travel on the bus. Family: a part-time job, more independence, and supported living with friends in the future.",
    areas=dict(
        ci=("Jordan is sociable and keen to communicate.",
            [("Jordan's speech is limited to short phrases, and people who don't know him find him hard to understand.",
              "Speech and Language Therapist (Oakfield Integrated Therapy Team) visits twice a term (1 hour) to update his communication app and train staff. All staff use Makaton with Jordan throughout the day.",
              "1. By July 2026, Jordan will use his communication app to order food and drink in the college café and in a community café, on 4 out of 5 occasions, recorded by his tutor.")]),
        cl=("Jordan recognises around 80 symbols and can follow a 5-step visual task list.",
            [("Jordan cannot yet manage money on his own.",
              "Money skills group of 4 students, 3x weekly (45 mins), led by a Learning Support Assistant (Level 3).",
              "2. By July 2026, Jordan will pay for items costing £5 or less using coins or a card, with spoken prompts only, in 4 out of 5 shop visits."),
             ("Jordan needs to learn work skills for a job in catering.",
              "Work experience in the college café: 2 mornings a week (3 hours each), with a job coach at a ratio of 1:2.",
              "3. By July 2027, Jordan will work a 3-hour shift in the college café following his visual task list with no more than 2 prompts, as recorded by his job coach.")]),
        semh=("Jordan is cheerful and gets on well with other students.",
              [("Jordan becomes anxious when he has to wait or when places are loud, and may hit his head with his hand.",
                "Visual timer and 'first-then' board; ear defenders carried by Jordan; staff give a 2-minute warning before changes. Used across the college day by all staff.",
                "4. By July 2026, Jordan will use his timer to wait for 5 minutes without hitting his head, on 4 out of 5 occasions, recorded on his daily log."),
               ("Jordan would like to see his college friends outside college but cannot yet arrange this himself.",
                "Social group at college on Wednesday afternoons (a group of 6, 2 hours) led by a Learning Support Assistant. Jordan should continue to access respite at Oak Lodge as required.",
                "5. By July 2026, Jordan will go bowling with two college friends once a month, having chosen the date with them using his app, recorded by his tutor.")]),
        sp=("Jordan walks well and enjoys swimming.",
            [("Jordan cannot yet travel on his own.",
              "Travel training 1:1 with the Independent Travel Trainer, weekly (2 hours) for 12 weeks.",
              "6. By July 2026, Jordan will travel on the number 42 bus from home to college, with a trainer following at a distance, on 4 days out of 5.")]),
    ),
    health=("Jordan is generally well and enjoys swimming.",
            [("Jordan has epilepsy (generalised tonic-clonic seizures), with about two seizures a month, usually in the morning. He has buccal midazolam "
              "(a rescue medicine given inside the cheek) if a seizure lasts more than 5 minutes, and is tired for the rest of the day after a seizure. "
              "He also wets the bed at night and needs support to manage his continence.",
              "Community Learning Disability Nurse: continence assessment and review every 6 months (1 hour, at home); continence products supplied by the "
              "Continence Service; a toileting plan shared with college.",
              "7. By July 2026, Jordan will use the toilet independently at college following his visual sequence, with no more than one prompt a day, recorded by college staff.")]),
    dco="DCO sign-off: health provision agreed by S.K., Designated Clinical Officer (DCO), 02/10/2025.",
    social=("Jordan has a loving family and enjoys his Saturday bowling club.",
            [("Jordan is supported by Adult Social Care (Learning Disability Team). A Care Act assessment (social worker, 20 August 2025) found he needs "
              "support with personal care, preparing meals and getting out in the community. His parents are his main carers and have been offered a carer's assessment.",
              "Not applicable - Jordan is over 18.",
              "Personal assistant (PA) paid through a direct payment: 8 hours a week (two 4-hour sessions, Tuesday evening and Saturday) for bowling, "
              "shopping and swimming. Agreed under the Care Act 2014 and reviewed yearly by the Learning Disability Team.",
              "8. By July 2026, Jordan will choose one community activity each week using his symbol planner and go to it with his PA, recorded in his PA log.")]),
    I=("Oakfield Specialist College", "Independent specialist post-16 institution - day placement, 5 days a week, 38 weeks a year"),
    J=("Direct payment for the personal assistant hours in Section H2 (Adult Social Care).", "Paid every 4 weeks into Mum's direct payment account; Mum employs the PA with help from the council's direct payments support service."),
    K=dict(parent=("26/08/2025", "Mum and Dad"), child=("28/08/2025", "Jordan, with his tutor at Oakfield Specialist College"),
           edu=("01/09/2025", "Head of Learning, Oakfield Specialist College"),
           medical=("12/08/2025", "Dr P. Lowther, GP"),
           ep=("05/09/2025", "Dr S. Lowe, Educational Psychologist"),
           social=("20/08/2025", "Social Worker, Adult Social Care Learning Disability Team"),
           pfa=("03/09/2025", "Preparing for Adulthood Co-ordinator, Northmoor Council"),
           other=[("Speech and Language Therapist", "29/08/2025", "Speech and Language Therapist, Oakfield Integrated Therapy Team"),
                  ("Epilepsy care plan", "15/07/2025", "Epilepsy Nurse Specialist, Northmoor General Hospital")]),
    signoff=("P. Lister, EHC Co-ordinator", "09/10/2025"),
)

# ---------------------------------------------------------------- n112 FAIL
N112 = dict(
    front=[("Date of plan", "18 November 2026 (amended following annual review)"), ("Date of most recent review", "21 October 2026"), ("Year", "Year 6")],
    personal=dict(name="Lily", sex="Female", ethnicity="White British", lang="English", plang="English", p1=("Mum", "Mother"), p2=("Dad", "Father")),
    services=["Meadowbank School (community special school, 4-19)", "GP practice redacted; Community Paediatrician", "Redacted",
              "Yes - short breaks (Child and Family Social Worker)", "Speech and Language Therapist; Occupational Therapist", "No", "No", "Yes", "No"],
    history=("Lily is 11 and lives with her mum, dad and older brother. She was diagnosed with autism when she was 3 and has severe learning "
             "difficulties. She has been at Meadowbank School since Reception and will stay there for secondary school."),
    communication=("Lily does not use speech. She communicates with PECS (the Picture Exchange Communication System, where she hands over picture cards "
                   "to ask for things), some Makaton signs, by leading adults by the hand, and with sounds. She understands familiar routines and "
                   "single key words when they are signed."),
    child_views=("What Lily told us using Talking Mats: her class teacher used Talking Mats (a picture tool where Lily places symbols under 'like' or "
                 "'don't like') over two sessions in October 2026, together with staff observations. Lily put 'swing', 'trampoline', 'bubbles', "
                 "'music' and 'Mum' under 'like'. She put 'hand dryer', 'hairbrush' and 'assembly' under 'don't like', and pushed the 'new food' symbol away."),
    family_views=("Mum and Dad say: \"Lily is our determined, funny girl. She loves her music and bouncing on the trampoline, and she remembers every "
                  "route we take. We want her to be able to tell us what she wants and what hurts, to do more for herself, and to stay happy at "
                  "Meadowbank. In the future we'd like her to live in a supported home close to us.\""),
    interests="Swings and trampolines; water play; Disney songs; her iPad.",
    strengths="Lily is determined and has an excellent memory for routines and routes. She is good at matching and jigsaws, loves music and now uses PECS to ask for 30 different things.",
    aspirations="Family: for Lily to communicate more, do more for herself (dressing, mealtimes), stay happy at Meadowbank and, in the future, live in a supported home near her family.",
    areas=dict(
        ci=("Lily is a keen communicator and uses PECS to ask for 30 items.",
            [("Lily does not use speech and is at phase 3 of PECS (choosing between pictures).",
              "PECS teaching 1:1 and in a group of 3, twice daily (15 mins each), by a Teaching Assistant (Level 3) trained in PECS. Speech and Language Therapist visits every half term (1 hr) to set targets and train staff.",
              "1. By July 2027, Lily will build an 'I want + item' sentence strip to ask for things 10 times a day, recorded on her communication tally."),
             ("Lily understands familiar routines but not longer spoken instructions.",
              "Makaton signs used by all class staff; objects of reference and a visual timetable at her work station.",
              "2. By July 2027, Lily will follow her visual timetable to move to the next activity with one prompt, on 4 days out of 5.")]),
        cl=("Lily is good at matching, sorting and jigsaws.",
            [("Lily needs adult help to stay with a learning task for more than 2 minutes.",
              "TEACCH (a structured teaching approach using work stations and visual schedules) work station sessions 1:1, three times a day (15 mins each), by a Teaching Assistant (Level 3).",
              "3. By July 2027, Lily will complete 3 tasks at her work station on her own, on 4 days out of 5, recorded by her teacher.")]),
        semh=("Lily is usually happy and settled in her familiar class routine.",
              [("Changes and loud noises distress Lily and she bites her hand (about 5 times a day).",
                "Sensory circuit each morning at registration (15 mins, 1:1) from the plan written by the Occupational Therapist. Occupational Therapist visits once a term (1 hour) to review the plan and train staff. Ear defenders provided by the school.",
                "4. By July 2027, Lily's hand-biting will fall from about 5 times a day to 2 or fewer, recorded on her behaviour chart (a record of what happened before and after).")]),
        sp=("Lily walks, runs and climbs well and enjoys swimming.",
            [("Lily needs full help to put on her coat and shoes.",
              "Dressing programme at home time, teaching the last step first and adding steps as she learns, 1:1 daily (10 mins), by a Teaching Assistant (Level 3), using the Occupational Therapist's plan.",
              "5. By July 2027, Lily will put on her coat and shoes on her own at home time, on 4 days out of 5.")]),
    ),
    health=("Lily is active and enjoys swimming.",
            [("Sleep: Lily finds it hard to get to sleep and often wakes at 3am. She takes melatonin prescribed by the Community Paediatrician.",
              "The Community Paediatrician will review Lily's sleep and medication as needed.",
              "6. By July 2027, Lily will sleep until 6am on 4 nights out of 7, recorded in the sleep diary kept by her parents."),
             ("Constipation: Lily has long-standing constipation, linked to her very limited diet, and takes a daily laxative prescribed by her GP. "
              "When she is in pain she becomes distressed and bites her hand.",
              "Lily's parents give her medicine at home.", "")]),
    dco=None,
    social=("Lily's family are loving and her grandparents help with childcare.",
            [("A short breaks assessment (Child and Family Social Worker, October 2026) found that Lily needs constant supervision and that her parents "
              "need regular breaks from caring. Lily is not subject to a child in need plan.",
              "Saturday club at the Sunflower short breaks centre: 5 hours every other Saturday, with 1:1 staffing. Holiday play scheme: 10 days (6 hours a day) each summer.",
              "None.",
              "7. By July 2027, Lily will join in one group activity (music or swimming) at each Saturday club visit, recorded by club staff.")]),
    I=("Meadowbank School", "Community special school for pupils with severe and complex learning difficulties (4-19)"),
    J=("No personal budget has been requested.", "Not applicable."),
    K=dict(parent=("29/09/2026", "Mum and Dad"), child=("14/10/2026", "Lily, through Talking Mats with her class teacher"),
           edu=("30/09/2026", "Class teacher and Deputy Headteacher, Meadowbank School"),
           medical=("", "Community Paediatrician (Neurodevelopmental pathway)"),
           ep=("06/10/2026", "Dr A. Coulson, Educational Psychologist"),
           social=("02/10/2026", "Ms C. Watson, Child and Family Social Worker"),
           other=[("Speech and Language Therapist", "25/09/2026", "Speech and Language Therapist, Northmoor Children's Therapy Service"),
                  ("Occupational Therapist", "22/09/2026", "Occupational Therapist, Northmoor Children's Therapy Service")]),
    signoff=("H. Bell, EHC Co-ordinator", "18/11/2026"),
)

PLANS = {"n103.docx": N103, "n106.docx": N106, "n109.docx": N109, "n112.docx": N112}
