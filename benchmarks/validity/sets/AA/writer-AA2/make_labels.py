#!/usr/bin/env python3
"""Builds labels.yaml (the answer key) and checks every quoted string in `why`
against the text of the generated .docx (paragraphs and table cells in body order)."""
import datetime
import os
import re
import sys

import docx
import yaml
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))

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

HC_REST = ["HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-THERAPY-PLACEMENT",
           "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"]

PLANS = [
    dict(file="aa201.docx", layout="bold-statutory", age=2, year_group="Early years (not of school age)",
         needs=["cerebral palsy (right hemiplegia)", "epilepsy", "developmental delay"],
         voice="observation and play (non-verbal young child), parents quoted",
         labels={"PC-PFA": "na", "SC-STATUTORY-LINK": "na", "SC-RIGHT-SECTION": "na"},
         why={
             "PC-VOICE": 'PASS (trap): "What Owen tells us: gathered by watching him play and from the people who know him best" - a non-verbal 2-year-old\'s views gathered by observation, under a heading that says so; parents quoted',
             "PR-QUANTIFIED": 'PASS (trap): "A speech and language therapist will see Owen on his own at playgroup every other Thursday for 30 minutes" - therapist seen on his own on named days, no group size needed; equipment "A supportive corner seat and a table-top insert for his play table at playgroup, provided by the Children\'s Occupational Therapy Service" needs only what and who',
             "PR-VAGUE-WORDING": 'PASS (trap): "kept up to date as routines change" is not the vague "up to"; "He has access to the whole farmyard on his bottom" and "for up to ten minutes" are in Section A, not F',
             "HC-NEEDS": 'PASS (trap): "Owen has no trouble sleeping or eating, but he has epilepsy" - the "no trouble" sits beside a real need that C and G cover',
             "HC-DCO-SIGNOFF": 'PASS: "reviewed and agreed by Dr Miriam Okafor, Designated Clinical Officer (DCO)" with a date (council wording)',
             "SC-NEEDS": 'PASS (trap): "The assessment found that Owen does not have social care needs that require a service from the council at present" - none, with the basis (Children with Disabilities Team assessment)',
             "SC-PROVISION-SPECIFIC": 'PASS: H1 "Short breaks and the local offer were discussed with Owen\'s parents" - no provision, but short breaks / local offer / early help considered',
             "CA-ANNUAL-REVIEW": 'PASS: first plan "20 October 2026", within 12 months of the audit date; "Not applicable: this is Owen\'s first plan"',
             "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy is in F; physiotherapy in G is acceptable',
             "PC-PFA": "na: under Year 9",
         }),
    dict(file="aa202.docx", layout="ef-table", age=9, year_group="Year 4",
         needs=["cerebral palsy (spastic diplegia)", "moderate learning difficulties"],
         voice="first person (child's words written down by TA), parents quoted",
         labels={"PC-PFA": "na", "SC-STATUTORY-LINK": "na"},
         why={
             "PC-OUTCOME-NOT-PROVISION": 'PASS (trap): "Mali will access the school field at playtime on her own using her walking frame" and "Mali will gain her Swim England 10-metre certificate" are achievements despite "access"/"gain"',
             "PR-VAGUE-WORDING": 'PASS (trap): month names starting provision ("September 2026: a firm path", "May 2027: the SENCo will invite"); "access to the same things as her friends" and "regular over-learning" are in A and B, not F',
             "PR-QUANTIFIED": 'PASS (trap): equipment "A sloping writing board and a chunky pencil grip, provided by the occupational therapist" needs what and who only; therapist visits "Once each half term, 45 minutes" need no group size',
             "HC-NEEDS": 'PASS (trap): "Mali has no difficulty with eating, drinking, sleeping or toileting, but her cerebral palsy means she has the following health needs"',
             "HC-DCO-SIGNOFF": 'PASS: "Reviewed and supported by Dr Miriam Okafor, Designated Clinical Officer (DCO)" dated 16 April 2026',
             "SC-RIGHT-SECTION": 'PASS: short breaks and the home ramp are in H1; direct payment in J',
             "CA-ANNUAL-REVIEW": 'PASS: "12 March 2026" annual review; date written "23/04/2026"',
         }),
    dict(file="aa203.docx", layout="shaded-heading-table", age=6, year_group="Year 1",
         needs=["cerebral palsy (spastic quadriplegia)", "gastrostomy feeding", "epilepsy",
                "cerebral visual impairment", "severe learning difficulties", "looked after"],
         voice="eye-gaze choices and observation (non-verbal); foster carers and birth mother quoted",
         labels={"PC-PFA": "na"},
         why={
             "PC-VOICE": 'PASS (trap): "What Jac tells us: through his eye-gaze choices, his body language and observation by the people who know him best"',
             "SC-STATUTORY-LINK": 'PASS: looked after; D: "his care plan and Personal Education Plan (PEP) were both reviewed alongside this EHC plan"; social worker advice in K; H2 social worker visits, PEP, Virtual School',
             "PR-QUANTIFIED": 'PASS (trap): "An eye-gaze communication device with symbol software, set up by the Assistive Technology Service" - equipment needs what and who maintains it; "see Jac on his own in class every Wednesday afternoon for 45 minutes" - therapist on named days, no group size',
             "PR-VAGUE-WORDING": 'PASS (trap): "(up to 20 seconds)" is in Section B, not F',
             "CA-STATUTORY-ADVICE": 'PASS: vision impairment advice from "Qualified Teacher of the Visually Impaired, Sensory Support Service"; social care advice from the social worker',
             "HC-DCO-SIGNOFF": 'PASS: "confirmed by Dr Miriam Okafor, Designated Clinical Officer (DCO)" on 29 June 2026',
             "HC-OUTCOMES": 'PASS: feeding (E6 tasting), posture (E5 standing), vision (E3), epilepsy/chest absences (E7 attendance)',
             "PC-OUTCOME-NOT-PROVISION": 'PASS: E7 "Jac will attend school on at least 90% of possible days" is something Jac achieves (arguable but accepted)',
         }),
    dict(file="aa204.docx", layout="bold-statutory", age=15, year_group="Year 10",
         needs=["moderate learning difficulties", "epilepsy", "anxiety"],
         voice="first person (words typed by key worker), parents quoted",
         labels={"PC-ASPIRATION-LINK": "fail", "PC-PFA": "fail", "CA-STATUTORY-ADVICE": "fail",
                 "HC-NEEDS-MET": "fail", "HC-OUTCOMES": "fail", "SC-STATUTORY-LINK": "na",
                 "SC-RIGHT-SECTION": "na", "HC-THERAPY-PLACEMENT": "na"},
         why={
             "PC-ASPIRATION-LINK": '"I want to go to Marches Agricultural College after Year 11 and do the agriculture course, then work on the farm with Dad" - every outcome E1-E6 is classroom attainment or behaviour; nothing builds on the farming / college aspiration',
             "PC-PFA": 'Year 10: "These outcomes are for the end of Year 11 (July 2027)" - E1-E6 are reading age, spelling, writing, maths, time-out card and coursework; no employment, independent living, community or health outcome',
             "CA-STATUTORY-ADVICE": 'Year 10 but no preparing-for-adulthood (careers/transition) advice in K, which lists only views, school, educational psychologist, paediatrician, Mental Health Support Team and social care',
             "HC-NEEDS-MET": '"Dylan has generalised tonic-clonic seizures, about once a month" with emergency medication in school, but G has only "Mental Health Support Team" - no epilepsy care plan, staff training or review',
             "HC-OUTCOMES": 'epilepsy ("must not use workshop machinery, climb ladders or swim without close supervision") leads to no outcome in E; only anxiety has one (E5)',
             "PR-VAGUE-WORDING": 'PASS: F is specific ("3 times a week for 30 minutes"); "may miss part of what is said" is in B',
             "PR-QUANTIFIED": 'PASS (trap): "25% extra time and a reader for all internal tests and for GCSE examinations, applied for and arranged by the exams officer with the SENCo" - access arrangement needs what and who',
             "HC-THERAPY-PLACEMENT": "na: no speech and language therapy or occupational therapy",
         }),
    dict(file="aa205.docx", layout="ef-table", age=7, year_group="Year 2",
         needs=["cerebral palsy (spastic diplegia)", "moderate learning difficulties", "low weight"],
         voice="first person (child's choices and words with class teacher), parents quoted",
         labels={"PC-OUTCOME-NOT-PROVISION": "fail", "PC-SMART": "fail", "PR-VAGUE-WORDING": "fail",
                 "PR-QUANTIFIED": "fail", "HC-THERAPY-PLACEMENT": "fail", "HC-ADVICE-PROVIDERS": "fail",
                 "PC-PFA": "na", "SC-STATUTORY-LINK": "na", "SC-RIGHT-SECTION": "na"},
         why={
             "PC-OUTCOME-NOT-PROVISION": '"E2. Amelia will receive 1:1 support from a teaching assistant in all literacy and maths lessons." and "E4. Amelia is given a daily physiotherapy programme in school." - support she is given, not what she will achieve',
             "PC-SMART": '"E6. By July 2026, Amelia will feel happier and more settled at playtimes." - dated but no observable measure; E2 and E4 have no date or measure',
             "PR-VAGUE-WORDING": '"Adult support in class as appropriate", "Regular movement breaks", "Access to a quiet space where possible"',
             "PR-QUANTIFIED": '"Small group phonics intervention" - frequency "Daily" only: no session length, no group size, delivered by "School staff" with no expertise; "Friendship group" "Weekly" with no length or group size',
             "HC-THERAPY-PLACEMENT": '"a children\'s occupational therapist will deliver a handwriting and dressing skills programme with Amelia at school" - occupational therapy that teaches the child is special educational provision, placed in G',
             "HC-ADVICE-PROVIDERS": '"the children\'s dietitian will see Amelia and her parents in clinic every three months" - dietetics provides in G but gave no advice in K',
             "PR-OUTCOME-LINK": 'PASS: every outcome has provision beside it and each area of need in B has provision in F (fine motor: "A sloping writing board and a chunky pencil grip")',
         }),
    dict(file="aa206.docx", layout="shaded-heading-table", age=10, year_group="Year 5",
         needs=["moderate learning difficulties", "social, emotional and mental health (trauma)", "continence", "looked after"],
         voice="first person (words written down by learning mentor), foster carers quoted",
         labels={"SC-NEEDS": "fail", "SC-STATUTORY-LINK": "fail", "SC-PROVISION-SPECIFIC": "fail",
                 "SC-ADVICE": "fail", "CA-STATUTORY-ADVICE": "fail", "LG-SPELLING": "fail", "CA-DATED": "fail",
                 "HC-NEEDS-MET": "fail", "HC-OUTCOMES": "fail",
                 "PC-PFA": "na", "SC-RIGHT-SECTION": "na", "HC-THERAPY-PLACEMENT": "na"},
         why={
             "SC-NEEDS": '"No social care needs identified." - no description and no basis (no assessment or advice named), for a looked-after child',
             "SC-STATUTORY-LINK": 'front matter "Yes: care order (2024); lives with foster carers" but D says only "No social care needs identified." and H1/H2 "None." - no care plan, social worker, PEP or joint working',
             "SC-PROVISION-SPECIFIC": 'H1 and H2 "None." with no sign that short breaks, the local offer or early help were considered',
             "SC-ADVICE": 'no social care advice in K although the child is looked after ("Looked after")',
             "CA-STATUTORY-ADVICE": 'social care advice required by regulation 6 is missing from K',
             "LG-SPELLING": '"recieve", "occassionally", "untill", "definately", "seperate"',
             "CA-DATED": '"Class teacher and SENCo" with no date; "Therapy summary" with no author and "Received" instead of a date',
             "CA-ADVICE-AGE": 'PASS (arguable): every dated item is within 12 months of issue; the undated items are graded under CA-DATED',
             "HC-NEEDS-MET": '"Kayden wets himself during the day on most days and occassionally soils" - nothing in G for continence (only the CAMHS consultation and a paediatric review)',
             "HC-OUTCOMES": 'the continence need, which causes avoidance of drinks and teasing, has no outcome in E',
             "HC-THERAPY-PLACEMENT": "na: no speech and language therapy or occupational therapy",
         }),
    dict(file="aa207.docx", layout="bold-statutory", age=20, year_group="Post-19",
         needs=["cerebral palsy (quadriplegia)", "gastrostomy feeding", "epilepsy", "severe learning difficulties"],
         voice="young person via eye-gaze device, parents quoted",
         labels={"HC-PROVISION-SPECIFIC": "fail", "HC-DCO-SIGNOFF": "fail", "HC-ADVICE": "fail",
                 "CA-ADVICE-AGE": "fail", "LG-READABILITY": "fail", "LG-JARGON": "fail",
                 "SC-RIGHT-SECTION": "fail", "SC-STATUTORY-LINK": "na"},
         why={
             "HC-PROVISION-SPECIFIC": '"Dietitian to review PEG feeding regime as required." / "Physiotherapy as needed to review 24-hour postural management programme." / "Respiratory physiotherapy input when chest is unwell." - no how often or how long',
             "HC-DCO-SIGNOFF": 'Section G ends with no record of health\'s agreement (no DCO or health lead, no date)',
             "HC-ADVICE": '"Medical advice: Consultant in Paediatric Neurodisability, Wyeland County Hospital, 8 March 2023" - health advice three years old for a plan finalised 30 April 2026; dietetic and physiotherapy reports also 2023',
             "CA-ADVICE-AGE": '"Dietetic report: Paediatric Dietitian, 14 June 2023" and "Physiotherapy report: Paediatric Physiotherapist, 2 May 2023" - over 24 months before issue, and from paediatric services for a 20-year-old',
             "LG-READABILITY": '"Rhys presents with bilateral spastic quadriplegic cerebral palsy, GMFCS level V, secondary to hypoxic-ischaemic encephalopathy at birth" - clinical report language opening Section A',
             "LG-JARGON": '"GMFCS", "PEG", "AAC" and "MDT" are never spelled out',
             "SC-RIGHT-SECTION": '"Overnight short breaks at Brook House Adult Respite Service, 2 nights each month, funded by Adult Social Care" - social care provision placed in Section F',
             "HC-NEEDS-MET": 'PASS (arguable): each need in C has a line in G, though unspecified (graded under HC-PROVISION-SPECIFIC)',
             "CA-STATUTORY-ADVICE": 'PASS (arguable): medical advice is present (its age is graded under CA-ADVICE-AGE); young person, PfA, EP, social care present',
             "SC-PROVISION-SPECIFIC": 'PASS: H2 "10 hours a week of personal assistant support" is specific; H1 correctly not applicable over 18',
             "PC-VOICE": 'PASS: "What Rhys told us (using his eye-gaze communication device, with his college keyworker, 25 March 2026)"',
         }),
    dict(file="aa208.docx", layout="ef-table", age=16, year_group="Year 11",
         needs=["moderate learning difficulties"],
         voice="first person (written with form tutor), mother and grandmother quoted",
         labels={**{k: "na" for k in HC_REST}, "SC-STATUTORY-LINK": "na", "SC-RIGHT-SECTION": "na"},
         why={
             "PC-OUTCOME-NOT-PROVISION": 'PASS (trap): "Tomos will receive an offer of a place on the land-based engineering course" and "Tomos will gain an Entry Level 3 Functional Skills certificate in maths" are achievements',
             "PR-QUANTIFIED": 'PASS (trap): "Access arrangements: 25% extra time and a human reader in all mock and final exams" with "Applied for and arranged by the exams officer with the SENCo"; laptop "Set up and maintained by the school\'s computer technician"',
             "PR-VAGUE-WORDING": 'PASS (trap): "March 2027: a transition meeting" starts with a month; "get help when needed" and "regular practice" are in A and B',
             "HC-NEEDS": 'PASS (trap): "Tomos has no health needs relating to his special educational needs. This was confirmed by the community paediatrician in a letter dated 4 September 2026"',
             "SC-NEEDS": 'PASS (trap): "This was the conclusion of the Children with Disabilities Team\'s screening assessment, completed on 15 September 2026"',
             "SC-PROVISION-SPECIFIC": 'PASS: "Short breaks and the local offer were considered with Tomos and his mother."',
             "PC-PFA": 'PASS: outcomes grouped under employment, independent living, community and good health (travel, bank account, college place)',
             "LG-SPELLING": 'PASS (trap): "workstream" is correct public-sector vocabulary',
             "CA-ANNUAL-REVIEW": 'PASS: issued "24.11.2026 (amended following annual review)"',
         }),
    dict(file="aa209.docx", layout="shaded-heading-table", age=4, year_group="Early years (nursery class)",
         needs=["multi-sensory impairment (deafblind, CHARGE syndrome)", "global developmental delay", "heart condition"],
         voice="invented first person (fails), parents quoted",
         labels={"CA-STATUTORY-ADVICE": "fail", "CA-ANNUAL-REVIEW": "fail", "LG-GRAMMAR": "fail", "PC-VOICE": "fail",
                 "PC-PFA": "na", "SC-STATUTORY-LINK": "na"},
         why={
             "CA-STATUTORY-ADVICE": 'deafblind child, but the sensory advice is from a "Sensory Support Assistant, Sensory Support Service", not a qualified teacher of the deaf / visually impaired / multi-sensory impaired',
             "CA-ANNUAL-REVIEW": 'front matter "Date of EHC plan" "9 October 2025" and "Last reviewed" "Not yet reviewed" - over 12 months before the audit date (7 December 2026), for a child under five',
             "LG-GRAMMAR": '"Elsie communicate mainly", "She understand objects", "an adult who she know well", "A intervenor", "visit the the nursery", "check there hearing aids"',
             "PC-VOICE": '"Hello, my name is Elsie and I am four. I love coming to nursery" / "My favourite thing is reading stories with my teacher" - a first-person account a deafblind four-year-old with about 10 signs and no spoken words could not give, with no account of how her views were gathered',
             "CA-ADVICE-AGE": 'PASS: all advice within 12 months before the 9 October 2025 issue (oldest: cardiology letter 3 April 2025)',
             "PR-VAGUE-WORDING": 'PASS (trap): "keep her communication passport up to date" is not the vague "up to"',
             "HC-DCO-SIGNOFF": 'PASS: "Confirmed by Dr Miriam Okafor, Designated Clinical Officer (DCO)"',
         }),
    dict(file="aa210.docx", layout="bold-statutory", age=23, year_group="Post-19 (supported internship)",
         needs=["moderate learning difficulties", "epilepsy", "supported living"],
         voice="first person (young adult's own words), mother quoted",
         labels={"SC-STATUTORY-LINK": "na", "HC-THERAPY-PLACEMENT": "na"},
         why={
             "PC-OUTCOME-NOT-PROVISION": 'PASS (trap): "Ceri will receive a positive end-of-internship report from her supervisor", "Ceri will gain the Level 1 Award in Food Safety", "Ceri will have her own bank card and use it on her own" are achievements',
             "PR-VAGUE-WORDING": 'PASS (trap): "September 2026: Ceri will start the Level 1 Award" and "From January 2027, this will reduce to 3 hours a week" - month names starting provision; "regular repetition" is in B',
             "HC-NEEDS": 'PASS (trap): "Ceri has no difficulty with her general physical health, but she needs to learn to manage her medication"',
             "HC-DCO-SIGNOFF": 'PASS: "reviewed and supported by Dr Miriam Okafor, Designated Clinical Officer (DCO)" on 27 July 2026',
             "SC-PROVISION-SPECIFIC": 'PASS: H1 "Not applicable" because over 18, with Care Act support quantified in H2 ("28 hours a week of 1:1 support")',
             "LG-SPELLING": 'PASS (trap): "safeguarding", "co-produced" are correct',
             "CA-STATUTORY-ADVICE": 'PASS: young person\'s own views, preparing for adulthood advice, educational psychologist, health, social care present',
             "HC-THERAPY-PLACEMENT": "na: no speech and language therapy or occupational therapy",
         }),
    dict(file="aa211.docx", layout="ef-table", age=17, year_group="Year 12 (post-16)",
         needs=["moderate learning difficulties", "autism", "anxiety"],
         voice="first person (one-page profile with tutor), father quoted",
         labels={"PR-QUANTIFIED": "fail", "PR-VAGUE-WORDING": "fail", "PR-OUTCOME-LINK": "fail",
                 "PC-SMART": "fail", "PC-OUTCOME-NOT-PROVISION": "fail",
                 "SC-STATUTORY-LINK": "na", "SC-RIGHT-SECTION": "na"},
         why={
             "PR-QUANTIFIED": '"Social skills group" / "Weekly" / "Learning support" - no length, group size or trained deliverer; "Speech and language therapy programme" / "Termly" - no amount; "Key worker check-in" "Weekly" with no length',
             "PR-VAGUE-WORDING": '"Opportunities to practise using money in the college shop" / "When available"; "A help card and a quiet space she should be able to use"',
             "PR-OUTCOME-LINK": '"E4. By July 2027, Ffion will travel by bus from Presteigne to Marches College on her own" has no provision, and the need "Ffion has never travelled on public transport on her own" has none in F',
             "PC-SMART": '"E5. By July 2027, Ffion will feel more confident at college." (dated, not measurable); "E3. Ffion will improve her money skills." (no date, no measure)',
             "PC-OUTCOME-NOT-PROVISION": '"E2. Ffion will be supported by her key worker to plan her week and prepare for her placement." - support given, not an achievement',
             "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy is placed in F (though unquantified)',
             "PC-PFA": 'PASS: employment (nursery placement), independent living, community and health outcomes present',
         }),
    dict(file="aa212.docx", layout="shaded-heading-table", age=13, year_group="Year 8",
         needs=["developmental language disorder", "moderate learning difficulties", "social, emotional and mental health",
                "child protection plan"],
         voice="first person (words written down by head of year), mother quoted",
         labels={"SC-STATUTORY-LINK": "fail", "PC-STRENGTHS": "fail", "PC-ASPIRATIONS": "fail",
                 "PC-ASPIRATION-LINK": "fail", "HC-NEEDS": "fail", "HC-ADVICE": "fail", "CA-STATUTORY-ADVICE": "fail",
                 "PC-PFA": "na", "HC-PROVISION-SPECIFIC": "na", "HC-NEEDS-MET": "na", "HC-DCO-SIGNOFF": "na",
                 "HC-ADVICE-PROVIDERS": "na", "HC-OUTCOMES": "na"},
         why={
             "SC-STATUTORY-LINK": 'front matter "Child protection plan" "Yes, since June 2026", but D and H never mention the child protection plan, its core group or the social worker; H2 offers only Early Help family support',
             "PC-STRENGTHS": 'A and B describe only deficits: "He won\'t do his homework and he won\'t read", "He does not accept responsibility for his behaviour." - nothing he does well',
             "PC-ASPIRATIONS": 'no aspirations for Callum or from his family: "I don\'t want to talk about what I want to do." and nothing further recorded',
             "PC-ASPIRATION-LINK": 'with no aspirations stated, the outcomes cannot build on them',
             "HC-NEEDS": '"Awaiting advice from the community paediatrician. This section will be completed when the advice is received."',
             "HC-ADVICE": '"Requested 2 August 2026; not yet received" - no medical advice in K',
             "CA-STATUTORY-ADVICE": 'medical advice required by regulation 6 is missing: "Requested 2 August 2026; not yet received"',
             "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy is in F',
             "HC-NEEDS-MET": "na (arguable): C describes no health needs and G has no provision; the failure is graded under HC-NEEDS",
             "SC-NEEDS": 'PASS: D describes the family\'s needs (isolation, routines, behaviour, access to activities)',
             "PR-VAGUE-WORDING": 'PASS (trap): "up to 10 × 10" is in an outcome, not provision',
         }),
]


def doc_text(path):
    d = docx.Document(path)
    out = []
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            out.append("".join(x.text or "" for x in el.iter(qn("w:t"))))
        elif el.tag == qn("w:tbl"):
            for p in el.iter(qn("w:p")):
                out.append("".join(x.text or "" for x in p.iter(qn("w:t"))))
    return "\n".join(out)


def main():
    plans = []
    bad = 0
    for spec in PLANS:
        labels = {c: "pass" for c in CRITERIA}
        for k, v in spec["labels"].items():
            assert k in labels, k
            labels[k] = v
        why = spec["why"]
        for k in why:
            assert k in labels, k
        for c, v in labels.items():
            if v == "fail" and c not in why:
                print("missing why for fail", spec["file"], c)
                bad += 1
        text = doc_text(os.path.join(HERE, "plans", spec["file"]))
        flat = text.replace("\n", " ")
        for c, w in why.items():
            for q in re.findall(r'"([^"]+)"', w):
                if q not in text and q not in flat:
                    print("QUOTE NOT FOUND", spec["file"], c, repr(q))
                    bad += 1
        plans.append(dict(file=spec["file"], layout=spec["layout"], age=spec["age"],
                          year_group=spec["year_group"], needs=spec["needs"], voice=spec["voice"],
                          labels=labels, why=why))
    # coverage
    for c in CRITERIA:
        n = sum(1 for p in plans if p["labels"][c] == "fail")
        need = 2 if c in ("PC-SMART", "PR-QUANTIFIED", "PC-OUTCOME-NOT-PROVISION", "PR-VAGUE-WORDING",
                          "HC-NEEDS-MET", "SC-STATUTORY-LINK") else 1
        if n < need:
            print("COVERAGE", c, n)
            bad += 1
    sound = [p["file"] for p in plans if "fail" not in p["labels"].values()]
    print("sound:", sound)
    for p in plans:
        f = [c for c, v in p["labels"].items() if v == "fail"]
        if f:
            print(p["file"], f)
    with open(os.path.join(HERE, "labels.yaml"), "w") as fh:
        yaml.safe_dump({"audit_date": datetime.date(2026, 12, 7), "plans": plans}, fh, sort_keys=False,
                       allow_unicode=True, width=4096)
    print("problems:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
