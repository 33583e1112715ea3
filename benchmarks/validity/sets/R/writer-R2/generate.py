"""Build set R2: 12 fictional EHC plans (Chalkvale Council, a Wiltshire garrison town) and labels.yaml.

Run:  /work/blind/.venv-R2/bin/python /work/blind/setR2/generate.py
Content lives in plans_1.py, plans_2.py, plans_3.py; layout code in render.py.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from render import RENDERERS  # noqa: E402
from plans_1 import R201, R202, R203  # noqa: E402
from plans_2 import R204, R205, R206, R207  # noqa: E402
from plans_3 import R208, R209, R210, R211, R212  # noqa: E402

PLANS = [R201, R202, R203, R204, R205, R206, R207, R208, R209, R210, R211, R212]

CRITERIA = [
    "CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW",
    "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-VOICE", "PC-ASPIRATIONS", "PC-ASPIRATION-LINK",
    "PC-PFA", "PC-STRENGTHS",
    "PR-VAGUE-WORDING", "PR-QUANTIFIED", "PR-OUTCOME-LINK",
    "HC-NEEDS", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-ADVICE", "HC-DCO-SIGNOFF",
    "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES",
    "SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "SC-RIGHT-SECTION",
    "LG-SPELLING", "LG-GRAMMAR", "LG-READABILITY", "LG-JARGON",
]

# ------------------------------------------------------------------ answer key
# For each plan: meta, fails, nas (everything else pass), why (fails + tricky passes).
KEY = {
    "r201.docx": dict(
        age=3, year_group="Pre-school (age 3)", needs=["Down syndrome", "speech and language", "physical"],
        voice="signs and play, gathered by key person; family quote", sound=True,
        fails={}, nas=["PC-PFA", "SC-STATUTORY-LINK"],
        why={
            "PC-VOICE": '"Poppy\'s key person, Jo Dean, gathered her views by playing with her over four sessions in September 2026" - a three-year-old\'s views gathered through play and photographs, attributed; parents quoted.',
            "PR-VAGUE-WORDING": '"May and June 2027 are the transition months" - May is the month, not the modal verb; no woolly wording in F.',
            "PR-QUANTIFIED": '"A Speech and Language Therapist (SALT) will visit once each half-term for one hour" - a professional visit (who, how often, how long; no group size needed); equipment item names who provides and checks it.',
            "HC-DCO-SIGNOFF": '"The health elements of this plan have been agreed by the ICB\'s (Integrated Care Board\'s) Designated Clinical Officer, Sarah Whitlock, on 29 September 2026."',
            "HC-THERAPY-PLACEMENT": 'Communication SALT and physiotherapy programme are in F; only the eating and drinking (dysphagia) review sits in G, which is health provision.',
            "SC-PROVISION-SPECIFIC": '"None now. Short breaks were considered (see Section D)" - none, and short breaks considered.',
        },
    ),
    "r202.docx": dict(
        age=6, year_group="Year 2", needs=["speech and language (DLD)", "SEMH"],
        voice="first person (Talking Mats, written down by TA); mum quoted", sound=False,
        fails={
            "SC-STATUTORY-LINK": '"Riley has been on a Child Protection plan since April 2026." - the CP plan is mentioned once in D; H1 and H2 say only "None.", there is no social worker contribution, no reference to the CP plan in E/F/H and no social care advice in K.',
            "SC-ADVICE": 'K lists parent, Riley, school, EP, SALT, paediatrician and audiology only - no social care advice although Riley is on a Child Protection plan.',
            "CA-STATUTORY-ADVICE": 'Social care advice (reg 6) missing from K.',
            "SC-PROVISION-SPECIFIC": 'H1 "None." H2 "None." - no provision and no statement that short breaks or early help were considered, despite the needs described in D.',
            "PR-VAGUE-WORDING": '"which should be used where possible" (F4) and "Further blocks will be provided as appropriate." (F7).',
            "LG-GRAMMAR": '"he become lost", "His sentences is short", "He find it hard", "which mean adults" - planted subject-verb agreement errors.',
            "LG-JARGON": '"Riley was diagnosed with DLD by the SALT service" - DLD and SALT never spelled out; also "WellComm", "His SDQ", "NELI" and "ELSA" unexplained.',
        },
        nas=["PC-PFA", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"],
        why={
            "PR-QUANTIFIED": 'Tricky pass: the woolly items still say what, who and how often ("1:1 every week for 30 minutes for eight weeks, then reviewed"); the failure is the wording, graded under PR-VAGUE-WORDING.',
            "SC-NEEDS": 'Pass: D describes the family situation and needs ("mornings are very difficult", "sometimes hungry when he arrives").',
            "HC-NEEDS": '"Riley has no health needs related to his special educational needs. The Community Paediatrician saw him in February 2026" - none, with basis.',
            "HC-THERAPY-PLACEMENT": 'SALT is in F; G says "Riley\'s speech and language therapy is set out in Section F."',
        },
    ),
    "r203.docx": dict(
        age=9, year_group="Year 5", needs=["physical (hemiplegia)", "epilepsy", "literacy"],
        voice="first person (written down by TA); parents quoted", sound=False,
        fails={
            "HC-NEEDS-MET": '"Epilepsy: Ollie has focal seizures" (C) - G has only physiotherapy, orthotics and OT; nothing for epilepsy (no review, healthcare plan or seizure training for staff).',
            "HC-OUTCOMES": 'No outcome in E relates to epilepsy (E covers dressing, typing, hand use, reading, moving around school and PE).',
            "HC-THERAPY-PLACEMENT": '"G3. Occupational Therapy: an Occupational Therapist (OT) will work with Ollie 1:1 in school for 45 minutes every fortnight" - therapy that trains the child (hand use, dressing, handwriting) placed in G, not F.',
            "LG-SPELLING": '"embarrased", "occassionally", "independantly", "seperate", "recieve" - planted misspellings.',
            "PR-OUTCOME-LINK": '"Reading is Ollie\'s main difficulty in learning." (B) and reading outcomes in E ("Ollie will read two-syllable words", "a reading age of at least 9 years 6 months") have no reading or phonics provision in F.',
        },
        nas=["PC-PFA", "SC-STATUTORY-LINK"],
        why={
            "HC-ADVICE-PROVIDERS": 'Pass: physiotherapy, orthotics and OT (the G providers) all gave advice listed in K.',
            "PR-QUANTIFIED": 'Pass: each F item states what, who, how often/how long or who provides the equipment ("set up and maintained by the school\'s IT technician").',
        },
    ),
    "r204.docx": dict(
        age=17, year_group="Year 12", needs=["autism", "anxiety (SEMH)"],
        voice="first person (written with Learning Mentor); mum quoted", sound=True,
        fails={}, nas=["SC-STATUTORY-LINK", "HC-THERAPY-PLACEMENT"],
        why={
            "PC-OUTCOME-NOT-PROVISION": 'Trap pass: "Maisie will be awarded her Level 2 Diploma in Animal Care" and "receive a written report from her supervisor" are achievements, not provision.',
            "PC-PFA": 'Outcomes grouped under employment/education, independent living, friends and community, good health.',
            "PR-QUANTIFIED": 'Trap pass: "Maisie will have 25% extra time and a smaller room with no more than six candidates for all exams and timed assessments, applied for and arranged by the college\'s Access Arrangements Co-ordinator." - access arrangement: what and who.',
            "SC-NEEDS": '"Maisie has no social care needs arising from her special educational needs or disability. Andrew Lee, Senior Practitioner in the Disabled Children\'s Team, screened her needs in September 2026" - none, with basis.',
            "HC-THERAPY-PLACEMENT": 'NA: no SALT, OT or physiotherapy in the plan; G holds CAMHS therapy (health).',
        },
    ),
    "r205.docx": dict(
        age=6, year_group="Year 2", needs=["autism"],
        voice="first person (written down by Service Pupil Champion); parents quoted", sound=False,
        fails={
            "PC-OUTCOME-NOT-PROVISION": '"Kai has a 1:1 teaching assistant for all lessons and at lunchtime." - provision listed as a short-term outcome in E.',
            "PC-SMART": '"By the end of Key Stage 1 (July 2025), Kai will be happier and more settled in school." - not measurable; the provision item above has no measure either.',
            "PR-QUANTIFIED": '"Kai will take part in small group social skills sessions each week." - no who, session length or group size.',
            "CA-ANNUAL-REVIEW": 'Front matter: "EHCP issued" is "15 January 2025" and "Last reviewed (annual review)" is "—" - no review recorded; the issue date is more than 12 months before the audit date (2026-12-01).',
        },
        nas=["PC-PFA", "SC-STATUTORY-LINK"],
        why={
            "CA-ADVICE-AGE": 'Pass by the criterion (age at issue): all advice dated October-December 2024, under 3 months before issue on 15 January 2025.',
            "PR-VAGUE-WORDING": 'Pass: the failing item is unquantified but uses none of the woolly words.',
        },
    ),
    "r206.docx": dict(
        age=8, year_group="Year 4", needs=["hearing impairment"],
        voice="first person (typed up with TA); parents quoted", sound=True,
        fails={}, nas=["PC-PFA", "SC-STATUTORY-LINK"],
        why={
            "PR-QUANTIFIED": 'Trap pass: "A Qualified Teacher of the Deaf (QToD) from the Chalkvale Sensory Support Service will visit once every half-term for 1.5 hours" (professional visit) and the radio aid "the QToD will maintain it and arrange any repairs" (equipment + who).',
            "CA-STATUTORY-ADVICE": 'Hearing impairment: "Advice from a Qualified Teacher of the Deaf" ("Ruth Kendall, QToD, Chalkvale Sensory Support Service") is in K with all other reg 6 advice.',
            "SC-NEEDS": '"Freya has no social care needs: the Disabled Children\'s Team\'s advice (Jas Sandhu, Social Worker, November 2025)" - none, with basis.',
        },
    ),
    "r207.docx": dict(
        age=9, year_group="Year 4", needs=["ADHD", "SEMH"],
        voice="third person; no child's views", sound=False,
        fails={
            "PC-STRENGTHS": 'A "About me: what people like and admire about me" holds only difficulties ("He struggles to follow adult instructions", "can be unkind to other children"); B is deficit-only ("Leo cannot concentrate", "Leo has poor emotional regulation", "He lacks the social skills").',
            "PC-VOICE": '"Leo did not want to take part in a meeting, so his views have not been included in this plan." - no child\'s views and no other way of gathering them was tried.',
            "CA-DATED": '"Parental views – Leo\'s mum" and "School advice – Brambleside Primary School" have no date (the school advice names no person or role either).',
            "CA-ADVICE-AGE": '"Dr Anne Collins, Educational Psychologist – 27 April 2023" - over three years old when the plan was issued on 22 May 2026.',
        },
        nas=["PC-PFA", "SC-STATUTORY-LINK", "HC-THERAPY-PLACEMENT"],
        why={
            "CA-STATUTORY-ADVICE": 'Pass: parent, educational, medical, EP and social care advice are all listed; the EP advice is out of date (graded under CA-ADVICE-AGE).',
            "PC-ASPIRATIONS": 'Pass: mum\'s hopes recorded ("stay at a mainstream school", "get some qualifications so he has a chance").',
        },
    ),
    "r208.docx": dict(
        age=15, year_group="Year 10", needs=["autism", "ADHD", "anxiety"],
        voice="first person (written down by TA); dad quoted", sound=False,
        fails={
            "PC-PFA": 'Year 10, but every outcome in E is about school (staying in lessons, exit card, homework, reading age, suspensions, task completion, extended writing) - no employment/post-16, independent living, community or health outcomes, although B describes independence needs ("has not yet travelled on a bus on his own, does not cook").',
            "PC-ASPIRATION-LINK": 'A: "I want to be a vehicle mechanic", "I want to go to college and do motor vehicle", "I want to learn to drive", "One day I want my own flat" and dad\'s "look after himself – cook, manage his money" - none is reflected in E.',
            "PR-VAGUE-WORDING": '"Callum will have regular check-ins with a trusted adult as required."; "Callum should have access to a quiet space at break and lunch where possible."; "Opportunities for Callum to develop his independence skills as appropriate."',
            "PR-QUANTIFIED": 'The same three F items state no frequency, length or who ("regular check-ins with a trusted adult as required").',
            "SC-NEEDS": '"Callum has no social care needs." - no basis given, and contradicted by the Family Link short break the Disabled Children\'s Team funds.',
            "SC-RIGHT-SECTION": '"Callum will have a Family Link short break one Saturday each month (10am to 4pm) with his Family Link carer, arranged and funded by the Disabled Children\'s Team." is in Section F; H1 only cross-refers to F.',
        },
        nas=["SC-STATUTORY-LINK"],
        why={
            "SC-PROVISION-SPECIFIC": 'Tricky pass: the short break is specified (what, how often, who) - it is misplaced, graded under SC-RIGHT-SECTION.',
            "PR-OUTCOME-LINK": 'Pass: each B need has some F provision (the independence need only the vague item, graded under PR-VAGUE-WORDING/PR-QUANTIFIED).',
        },
    ),
    "r209.docx": dict(
        age=5, year_group="Year 1", needs=["global developmental delay", "speech and language", "EAL"],
        voice="observation and photographs by a Nepali-speaking TA; parents through interpreter", sound=False,
        fails={
            "HC-NEEDS": '"To be confirmed. Medical advice was requested from Community Paediatrics on 2 June 2026 but had not been received when this plan was finalised."',
            "HC-ADVICE": 'No medical or health advice in K: "Medical advice: requested from Community Paediatrics on 2 June 2026 – not received at the time of issue."',
            "CA-STATUTORY-ADVICE": 'Medical (health) advice missing from K.',
            "PC-ASPIRATIONS": 'A has no hopes section; the parents\' views record only concerns ("The parents expressed concern regarding the appropriateness of the current setting") - no aspirations now or for the future.',
            "PC-ASPIRATION-LINK": 'No aspirations to build on, and E outcomes do not draw on the interests in A (drum, trains, water tray).',
            "LG-READABILITY": 'A and E written in dense professional language: "Sujan\'s views were obtained through a process of structured observation", "photographic preference elicitation", "environments of elevated auditory intensity", "utilise a repertoire of 50 functional words", "without exhibiting dysregulated behaviours".',
            "LG-JARGON": 'The same dense text uses technical terms never explained to the family: "demonstrate increased capacity for joint attention", "without exhibiting dysregulated behaviours", "to fulfil a range of communicative functions", "photographic preference elicitation".',
            "PC-OUTCOME-NOT-PROVISION": '"Sujan will be provided with a visual timetable and a now-and-next board in all sessions." - provision in E.',
            "PC-SMART": '"Sujan will be provided with a visual timetable and a now-and-next board in all sessions." - no measure of success and no date.',
        },
        nas=["PC-PFA", "SC-STATUTORY-LINK", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF",
             "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"],
        why={
            "PC-VOICE": 'Tricky pass: child\'s views gathered by "his class teaching assistant, Mrs Gurung, who is a fluent Nepali speaker" through observation and photographs; parents\' views through an interpreter.',
            "PC-STRENGTHS": 'Pass: "Adults working with Sujan describe him as affectionate"; B "He is an affectionate, lively boy who learns best through songs".',
            "CA-DATED": 'Pass: every advice item received is named and dated; the medical line is a note that advice was not received.',
        },
    ),
    "r210.docx": dict(
        age=10, year_group="Year 6", needs=["ADHD", "SEMH", "asthma"],
        voice="first person (written down by Service Pupil Champion); mum quoted", sound=True,
        fails={}, nas=["PC-PFA", "SC-STATUTORY-LINK"],
        why={
            "PR-QUANTIFIED": 'Trap passes: "The school\'s IT technician will set it up, keep it updated and replace it within one day if it breaks." (equipment + who); "the SENCo (special educational needs co-ordinator) will apply for rest breaks" (access arrangement); "The Educational Psychologist (EP) will visit once a term for 90 minutes" (visit).',
            "PR-VAGUE-WORDING": '"January 2027 is when transfer planning starts" - a month opening a sentence; no woolly wording.',
            "HC-NEEDS-MET": 'Trap: "he walks, runs and climbs with ease" is not a health need; ADHD (G1) and asthma (G2) are both met.',
            "HC-DCO-SIGNOFF": '"The health elements of this plan have been agreed by the ICB\'s (Integrated Care Board\'s) Designated Clinical Officer, Daniel Hope, on 25 September 2026."',
        },
    ),
    "r211.docx": dict(
        age=12, year_group="Year 8", needs=["autism", "anxiety (SEMH)", "sleep"],
        voice="first person (written by Mia); mum quoted", sound=False,
        fails={
            "SC-STATUTORY-LINK": '"The family have been supported by a social worker under a Child in Need plan since February 2026" - the CIN social worker gave no advice, the CIN plan is not referred to in E, F, H or K; K holds only the Disabled Children\'s Team screening.',
            "HC-PROVISION-SPECIFIC": '"CAMHS (Tier 3) will continue to be involved with Mia and her family as needed." and "School Nursing will offer Mia support with her emotional wellbeing." - no what, how often or how long.',
            "HC-ADVICE-PROVIDERS": 'School Nursing provides in G but gave no advice listed in K.',
            "HC-DCO-SIGNOFF": 'Health provision in G but no record anywhere that the DCO or commissioner agreed it.',
            "HC-NEEDS-MET": '"Sleep: Mia has had great difficulty getting to sleep for two years" (C, melatonin prescribed, review planned) - nothing in G for sleep.',
        },
        nas=["PC-PFA"],
        why={
            "SC-ADVICE": 'Tricky pass: "Social care advice (screening: Mia does not meet the criteria for the Disabled Children\'s Team)" is attributed, dated and current.',
            "SC-PROVISION-SPECIFIC": '"Family Link short breaks were discussed with Mia\'s mum at the planning meeting on 8 July 2026" - none, with short breaks considered.',
            "HC-OUTCOMES": 'Pass: anxiety (attendance, time-out pass) and sleep ("asleep by 11pm on at least five nights out of seven") have outcomes.',
        },
    ),
    "r212.docx": dict(
        age=20, year_group="Post-19", needs=["severe learning difficulty", "autism"],
        voice="talking app, photos and own words, gathered by key worker; parents quoted", sound=True,
        fails={}, nas=["SC-STATUTORY-LINK"],
        why={
            "PC-OUTCOME-NOT-PROVISION": 'Trap passes: "will receive a good report from his café supervisor" and "Ethan will gain the Entry Level 1 certificate in Employability" are achievements.',
            "PC-PFA": 'Outcomes labelled employment, independent living, friends and community, good health; "travel on the number 3 bus between home and college on his own" is a community-independence outcome.',
            "PR-QUANTIFIED": 'Trap pass: "Ethan\'s communication app will be set up and updated by the college\'s Assistive Technology Technician" (equipment + who).',
            "SC-RIGHT-SECTION": 'H1 "Not applicable: Ethan is over 18; see H2." - Care Act provision correctly in H2.',
        },
    ),
}


def build():
    out = os.path.join(HERE, "plans")
    os.makedirs(out, exist_ok=True)
    for plan in PLANS:
        RENDERERS[plan["layout"]](plan, os.path.join(out, plan["file"]))


def q(s):
    return json.dumps(s, ensure_ascii=False)


def write_labels():
    lines = ["audit_date: 2026-12-01", "plans:"]
    for plan in PLANS:
        k = KEY[plan["file"]]
        lines.append(f"  - file: {plan['file']}")
        lines.append(f"    layout: {plan['layout']}")
        lines.append(f"    age: {k['age']}")
        lines.append(f"    year_group: {q(k['year_group'])}")
        lines.append(f"    needs: [{', '.join(q(n) for n in k['needs'])}]")
        lines.append(f"    voice: {q(k['voice'])}")
        lines.append("    labels:")
        for c in CRITERIA:
            v = "fail" if c in k["fails"] else ("na" if c in k["nas"] else "pass")
            lines.append(f"      {c}: {v}")
        lines.append("    why:")
        allwhy = dict(k["fails"])
        allwhy.update(k["why"])
        for c in CRITERIA:
            if c in allwhy:
                lines.append(f"      {c}: {q(allwhy[c])}")
    with open(os.path.join(HERE, "labels.yaml"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    for k in KEY.values():
        assert not (set(k["fails"]) & set(k["nas"]))
        assert set(k["fails"]) <= set(CRITERIA) and set(k["nas"]) <= set(CRITERIA)
    build()
    write_labels()
    print("built", len(PLANS), "plans")
