"""Builds labels.yaml for set AC2 and checks every quoted phrase in `why` against the .docx text."""
import os, re, sys
import yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate as g

CRITERIA = ["CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW",
            "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-VOICE", "PC-ASPIRATIONS", "PC-ASPIRATION-LINK", "PC-PFA",
            "PC-STRENGTHS", "PR-VAGUE-WORDING", "PR-QUANTIFIED", "PR-OUTCOME-LINK",
            "HC-NEEDS", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-ADVICE", "HC-DCO-SIGNOFF",
            "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES",
            "SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "SC-RIGHT-SECTION",
            "LG-SPELLING", "LG-GRAMMAR", "LG-READABILITY", "LG-JARGON"]

META = {
 "ac201": dict(age=3, year_group="Nursery", needs=["Down syndrome", "speech and language delay", "low muscle tone"], voice="observation and play (young child)", status="sound"),
 "ac202": dict(age=19, year_group="Year 14", needs=["autism", "moderate learning disability", "epilepsy"], voice="first person (young person's own words)", status="sound"),
 "ac203": dict(age=7, year_group="Year 3", needs=["cystic fibrosis", "learning gaps", "handwriting", "SEMH"], voice="first person recorded by teaching assistant", status="failure"),
 "ac204": dict(age=14, year_group="Year 9", needs=["autism", "anxiety", "literacy"], voice="first person", status="failure"),
 "ac205": dict(age=10, year_group="Year 6", needs=["vision impairment", "septo-optic dysplasia", "cortisol deficiency"], voice="first person", status="failure"),
 "ac206": dict(age=15, year_group="Year 10", needs=["vision impairment", "albinism"], voice="first person (written by Miriam)", status="sound"),
 "ac207": dict(age=16, year_group="Year 11", needs=["Prader-Willi syndrome", "moderate learning difficulty", "scoliosis"], voice="first person (booklet)", status="failure"),
 "ac208": dict(age=6, year_group="Year 1", needs=["autism", "non-speaking", "sensory", "sleep"], voice="first person that cannot be the child's own", status="failure"),
 "ac209": dict(age=11, year_group="Year 7", needs=["Down syndrome", "coeliac disease", "hypothyroidism"], voice="talking mat with HLTA; kinship foster carers", status="failure"),
 "ac210": dict(age=10, year_group="Year 5", needs=["22q11.2 deletion syndrome", "speech", "moderate learning difficulties", "heart", "low calcium"], voice="first person scribed by class teacher", status="sound"),
 "ac211": dict(age=13, year_group="Year 8", needs=["autism", "anxiety", "EOTAS"], voice="first person (email)", status="sound"),
 "ac212": dict(age=17, year_group="Year 12", needs=["autism", "anxiety", "low mood", "reading"], voice="first person", status="failure"),
}

NA = {
 "ac201": ["PC-PFA", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
 "ac202": ["SC-STATUTORY-LINK"],
 "ac203": ["PC-PFA", "HC-THERAPY-PLACEMENT", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
 "ac204": ["HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES", "SC-RIGHT-SECTION"],
 "ac205": ["PC-PFA", "HC-THERAPY-PLACEMENT", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
 "ac206": ["HC-THERAPY-PLACEMENT", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
 "ac207": ["SC-STATUTORY-LINK"],
 "ac208": ["PC-PFA", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
 "ac209": ["PC-PFA"],
 "ac210": ["PC-PFA"],
 "ac211": ["PC-PFA", "SC-STATUTORY-LINK"],
 "ac212": ["HC-THERAPY-PLACEMENT", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
}

FAIL = {
 "ac203": ["PC-SMART", "PR-OUTCOME-LINK", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-OUTCOMES"],
 "ac204": ["CA-STATUTORY-ADVICE", "PC-PFA", "PR-VAGUE-WORDING", "HC-NEEDS", "HC-ADVICE", "SC-NEEDS",
           "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE"],
 "ac205": ["CA-STATUTORY-ADVICE", "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PR-QUANTIFIED", "LG-SPELLING"],
 "ac207": ["CA-DATED", "CA-ADVICE-AGE", "CA-ANNUAL-REVIEW", "HC-NEEDS-MET", "HC-ADVICE", "HC-OUTCOMES"],
 "ac208": ["PC-VOICE", "PC-ASPIRATIONS", "PC-ASPIRATION-LINK", "PC-STRENGTHS", "HC-THERAPY-PLACEMENT",
           "LG-READABILITY", "LG-JARGON"],
 "ac209": ["CA-STATUTORY-ADVICE", "SC-STATUTORY-LINK", "SC-ADVICE", "SC-RIGHT-SECTION", "LG-GRAMMAR", "LG-JARGON"],
 "ac212": ["PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-ASPIRATION-LINK", "PR-VAGUE-WORDING", "PR-QUANTIFIED",
           "HC-PROVISION-SPECIFIC", "HC-ADVICE-PROVIDERS"],
}

WHY = {
 "ac201": {
  "PC-VOICE": 'PASS: "Her views below were gathered by watching her play and by talking with the people who know her best" - a 3-year-old\'s views gathered through play and observation, under a heading that says so (trap); parents quoted too',
  "PR-VAGUE-WORDING": 'PASS: "May 2027: a transition meeting" is the month, not the modal; "Made and kept up to date by the key person" is not "up to" a quantity; "have access to the same songs and stories" is in Section A, not F (traps)',
  "PR-QUANTIFIED": 'PASS: "Provided by the nursery; checked for fit each half term by the nursery manager" - equipment needs only what and who maintains it; "Chaya on her own with the therapist" on named days across two terms (traps)',
  "HC-NEEDS-MET": 'PASS: "Chaya has no trouble with her hearing at present, but she does have low muscle tone" - the real need (muscle tone) is met by physiotherapy in G and hearing surveillance is in G (trap)',
  "HC-DCO-SIGNOFF": 'PASS: "reviewed and agreed by Dr Ruth Adeyemi, Designated Clinical Officer" with a date',
  "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy is in F ("Speech and language therapy: assessment, setting targets and direct therapy")',
  "SC-NEEDS": 'PASS: "She has no social care needs that require provision in this plan at present" after a social worker\'s screening on 8 July 2026 (trap: none, with basis)',
  "SC-PROVISION-SPECIFIC": 'PASS: H1/H2 none, but "The social worker explained the short breaks local offer" - short breaks considered',
  "CA-STATUTORY-ADVICE": 'PASS: parents, nursery, EP, paediatrician and social worker all in K; "Chaya has no trouble with her hearing at present", so no teacher of the deaf is needed',
 },
 "ac202": {
  "PC-OUTCOME-NOT-PROVISION": 'PASS: "receive a positive written report from his workplace supervisor" and "gain the Entry Level 3 Functional Skills qualification" are achievements (traps)',
  "PR-QUANTIFIED": 'PASS: "Exam access arrangements: 25% extra time and a reader in Functional Skills assessments." - access arrangement with who arranges it, no group size needed (trap)',
  "PR-VAGUE-WORDING": 'PASS: "From September 2026, independent travel training" starts with a month; "regular medication" and "up to two minutes" are in Section C, not F (traps)',
  "SC-PROVISION-SPECIFIC": 'PASS: H1 "Not applicable. Baran is over 18" explained; H2 "A personal assistant for 6 hours a week"',
  "CA-STATUTORY-ADVICE": 'PASS: young person\'s own views ("Baran, with his job coach"), parent, college, EP, epilepsy nurse, adult social care and preparing-for-adulthood advice',
  "PC-VOICE": 'PASS: "Baran wrote these words with his job coach at his annual review" - the young person\'s own words',
 },
 "ac203": {
  "PC-SMART": '"By July 2027, Elif will feel happier and more confident at playtimes." and "By July 2027, Elif will be more settled in class when she comes back from hospital." - dated but no observable measure ("keep an eye on her")',
  "PR-OUTCOME-LINK": '"Elif\'s handwriting is slow and tiring for her." - a need in B with no provision in F',
  "HC-NEEDS-MET": '"since January 2026 Elif has had soiling accidents at school about once a week" - continence need in C with nothing in G',
  "HC-OUTCOMES": '"Continence: since January 2026 Elif has had soiling accidents" and her cystic fibrosis needs lead to no health outcome; E has only reading, maths and two wellbeing outcomes',
  "HC-DCO-SIGNOFF": 'Section G ends at "Named school staff, trained by the Cystic Fibrosis Clinical Nurse Specialist" - no record anywhere of health agreement, name or date',
  "HC-ADVICE-PROVIDERS": 'PASS: every G provider (cystic fibrosis consultant, nurse, physiotherapist, dietitian) gave advice in K',
 },
 "ac204": {
  "PC-PFA": 'Year 9, but every outcome is about school (e.g. "will spell correctly 80% of the 200 most common English words"); nothing on work, independent travel ("I would like to go on the bus on my own"), community or health',
  "CA-STATUTORY-ADVICE": 'no preparing-for-adulthood advice (Year 9), no social care advice although on a child in need plan, and medical advice "not received at the time of issue"',
  "PR-VAGUE-WORDING": '"and more often where possible", "Shmuel will have access to a quiet room", "Staff should give Shmuel warning", "for up to 10 minutes"',
  "PR-QUANTIFIED": 'PASS (arguable): the vague items still state how often, how long, ratio and who ("20 minutes twice a week"; "Every break and lunchtime" / "Supervised by the duty teacher"); the failure is the hedging wording',
  "HC-NEEDS": '"Awaiting advice from the Community Paediatrician. Health needs are not known at this time."',
  "HC-ADVICE": '"Requested from the Community Paediatrician on 14 May 2026; not received at the time of issue" - no health advice in K',
  "HC-NEEDS-MET": 'NA (arguable): C records no health need and G says "None at present."; the failure is graded under HC-NEEDS and HC-ADVICE. Same reasoning for HC-PROVISION-SPECIFIC, HC-DCO-SIGNOFF, HC-ADVICE-PROVIDERS, HC-OUTCOMES',
  "SC-NEEDS": '"Shmuel is a child in need." - legal status only, no description of need',
  "SC-STATUTORY-LINK": '"Child in need plan, Northmead Children\'s Social Care (open since January 2026)" in the front matter, but D is one line, H1/H2 "None." and no social worker or child in need plan in K',
  "SC-PROVISION-SPECIFIC": 'H1 "None." and H2 "None." with no sign that short breaks, the local offer or early help were considered',
  "SC-ADVICE": 'no social care advice in K despite the child in need plan',
  "PC-ASPIRATION-LINK": 'PASS (arguable): the Gemara outcome builds on "I want to go to a big yeshiva and learn all day" and the exit-card outcome on the parents\' wish that he manage his worries; the missing work/travel outcomes are graded under PC-PFA',
  "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy is in F',
 },
 "ac205": {
  "CA-STATUTORY-ADVICE": '"Ms Karen Lowe, Vision Support Assistant, Northmead Sensory Support Service" - vision impairment advice not from a qualified teacher of the visually impaired',
  "PC-OUTCOME-NOT-PROVISION": '"Rojda will receive braille lessons three times a week from her specialist teacher.", "Staff will make sure all of Rojda\'s worksheets and books are in braille before each lesson.", "By July 2027, Rojda is given a laptop with screen-reading software and a braille display."',
  "PC-SMART": 'the same three outcomes say nothing Rojda will do or how her progress is measured ("Lesson records.", "The equipment is in place."); two have no date',
  "PR-QUANTIFIED": '"Rojda will have habilitation training to help her learn to use a long cane and move around school safely." - no who, how often or how long',
  "PR-VAGUE-WORDING": 'PASS: the habilitation item is unquantified but uses none of the hedging words; "May 2027 tests" is a month',
  "LG-SPELLING": '"I definately want to stay with Hana", "classroom enviroment", "a seperate Saturday music group", "to accomodate Rojda\'s needs" - four misspellings',
  "PC-ASPIRATION-LINK": 'PASS (arguable): literacy and independent mobility outcomes build on "I want her to be independent, to go to university"; music is not picked up',
  "HC-OUTCOMES": 'PASS: cortisol deficiency leads to "go to the school office at lunchtime on her own to take her hydrocortisone"',
 },
 "ac206": {
  "PC-OUTCOME-NOT-PROVISION": 'PASS: "gain at least grade 6 in GCSE biology and history" and "access the community independently" are achievements (traps)',
  "PR-QUANTIFIED": 'PASS: "Provided and maintained by Northmead Sensory Support Service (technology officer)" - equipment; "Miriam on her own with the habilitation specialist" on 10 Wednesday afternoons; exam arrangements "Arranged by the exams officer" (traps)',
  "PR-VAGUE-WORDING": 'PASS: "May 2027: a visit by the QTVI" is the month (trap); "She has access to a video magnifier" is in B, not F',
  "HC-NEEDS-MET": 'PASS: "Miriam has no difficulty with her general health, but she has a vision impairment caused by albinism" - the eye clinic and low vision clinic are in G (trap)',
  "HC-DCO-SIGNOFF": 'PASS: "Confirmed by Dr Ruth Adeyemi, Designated Clinical Officer" with a date (council wording, trap)',
  "CA-STATUTORY-ADVICE": 'PASS: QTVI advice ("Ms Joanna Fraser, QTVI") and preparing-for-adulthood advice present',
  "SC-NEEDS": 'PASS: "she has no social care needs that require provision" after the Sensory Team assessment on 2 February 2026',
 },
 "ac207": {
  "CA-ANNUAL-REVIEW": '"Date of last annual review" 19 September 2025 and "Date of this amended plan" 6 November 2025 - both more than 12 months before the audit (7 December 2026)',
  "CA-ADVICE-AGE": '"15 January 2022" (educational psychology) and "9 June 2023" (medical) - over 24 months old when the plan was amended',
  "HC-ADVICE": 'the only medical advice is dated "9 June 2023" - not current',
  "CA-DATED": '"Speech and Language Therapy Service" with no named person and no date; the dietetic advice from "Ms Rebecca Shaw, Paediatric Dietitian" is undated',
  "HC-NEEDS-MET": '"She must wear a back brace for 16 hours a day, including at school, and needs an adult to help her" - scoliosis in C with nothing in G',
  "HC-OUTCOMES": 'scoliosis ("which is getting worse") has no outcome in E',
  "SC-RIGHT-SECTION": 'PASS: short breaks are in H1 ("One overnight stay a month")',
  "HC-ADVICE-PROVIDERS": 'PASS (arguable): dietitian and endocrinologist both appear in K, though one is undated and one out of date (graded under CA-DATED / HC-ADVICE)',
 },
 "ac208": {
  "PC-VOICE": '"My name is Dovid and I am 6. I find lots of things very hard. I cannot talk" - a first-person account a non-speaking 6-year-old cannot have given, with no note of how it was gathered',
  "PC-STRENGTHS": '"I find lots of things very hard" ... "Dovid is not yet able to take part in class learning" - A and B describe only deficits; no strengths anywhere',
  "PC-ASPIRATIONS": 'no hopes for the future from Dovid or his parents; parents\' views are only worries ("We are very worried.")',
  "PC-ASPIRATION-LINK": 'there are no aspirations in A for the outcomes to build on',
  "HC-THERAPY-PLACEMENT": '"Speech and language therapy for Dovid is set out in Section G." - direct speech and language therapy teaching PECS is special educational provision placed in G',
  "LG-READABILITY": '"Dovid presents with a marked impairment in reciprocal social interaction and restricted, repetitive patterns of behaviour" - clinical report language in Section A',
  "LG-JARGON": '"meeting DSM-5 criteria for ASD (Level 2 severity), with comorbid global developmental delay" - acronyms and clinical terms never explained',
  "HC-PROVISION-SPECIFIC": 'PASS: G items state who, what, how often and how long (e.g. "30 minutes every 3 months")',
  "PC-OUTCOME-NOT-PROVISION": 'PASS: outcomes are what Dovid will do ("will hand a picture card to an adult")',
 },
 "ac209": {
  "SC-STATUTORY-LINK": '"CLA – s.31 care order" in the front matter, but D and H never mention his looked-after status, care plan, personal education plan or social worker',
  "SC-ADVICE": 'no social care advice in K; only "Carers\' views" from his aunt and uncle',
  "CA-STATUTORY-ADVICE": 'social care advice missing from K for a looked-after child',
  "SC-RIGHT-SECTION": '"Mehmet will have 1:1 support from a TA for 15 hours each week in lessons" - educational provision written in H2',
  "LG-GRAMMAR": '"Mehmet have a great sense of humour", "He is an very sociable boy", "He he enjoys helping adults", "spend there weekends"',
  "LG-JARGON": '"HLTA", "SALT", "CLA", "ELSA", "TA", "EP", "DCO", "ICB" never spelled out and no glossary',
  "SC-NEEDS": 'PASS: "Mehmet needs help and prompting with washing, dressing and personal hygiene" - needs are described',
  "SC-PROVISION-SPECIFIC": 'PASS: H1 "5 hours (10am to 3pm) every other Saturday, with 1:3 staffing"',
  "PC-VOICE": 'PASS: "using photographs of the school and a talking mat"; carers\' views recorded',
  "HC-DCO-SIGNOFF": 'PASS: "Agreed by Dr Ruth Adeyemi, DCO" with a date (the acronym is graded under LG-JARGON)',
 },
 "ac210": {
  "SC-STATUTORY-LINK": 'PASS: "The child in need plan and this EHC plan were agreed together" - social worker\'s advice, short break and family support from the child in need plan, SENCO at child in need reviews',
  "PC-OUTCOME-NOT-PROVISION": 'PASS: "pay for items costing up to £2" - "up to" in E is not provision wording (trap)',
  "PR-VAGUE-WORDING": 'PASS: "From January 2027, a morning check-in" starts with a month (trap); "regular breaks from caring" is in D, not F',
  "PR-QUANTIFIED": 'PASS: "One 1-hour assessment in November 2026, then a review visit of 45 minutes each half term" - professional visits need who, how often, how long (trap)',
  "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy and occupational therapy are in F; G has only the cleft surgeon\'s assessment',
  "HC-DCO-SIGNOFF": 'PASS: "reviewed and agreed by Dr Ruth Adeyemi, Designated Clinical Officer" with a date',
 },
 "ac211": {
  "PC-VOICE": 'PASS: "Emir wrote these in an email to his SEND officer" - first person, attributed',
  "PR-VAGUE-WORDING": 'PASS: "From April 2026, a small-group morning" starts with a month (trap)',
  "PR-QUANTIFIED": 'PASS: "Provided by the local authority; set up and maintained by the Northmead Tuition Service IT technician" - equipment; "1 hour once a term" consultation with no group size (traps)',
  "HC-NEEDS-MET": 'PASS: "Emir has no difficulty with his physical health, but he has severe anxiety" - anxiety and sleep are met by CAMHS therapy in G (trap)',
  "SC-RIGHT-SECTION": 'PASS: the short break is in H1',
  "CA-STATUTORY-ADVICE": 'PASS: GP medical advice and CAMHS health advice; Year 8 so no preparing-for-adulthood advice needed',
 },
 "ac212": {
  "PC-OUTCOME-NOT-PROVISION": '"Hasan will be given weekly mentoring to help with his anxiety." and "Hasan will receive support from the learning support team in his lessons." - provision written as outcomes',
  "PC-SMART": '"Hasan will improve his reading." - no date, no measure; the two provision outcomes have no date or measure either',
  "PC-ASPIRATION-LINK": '"I want to be a mechanic and one day have my own garage" - no outcome touches cars, football or driving; the work experience is in the college reception office',
  "PR-VAGUE-WORDING": '"Regular mentoring sessions", "where possible", "Up to 5 hours a week", "Access to a quiet room at break times as needed."',
  "PR-QUANTIFIED": '"Reading support." with only "Small group" - no frequency, length, group size or who; mentoring has no frequency or length',
  "HC-PROVISION-SPECIFIC": '"CAMHS will continue to support Hasan as needed." - no who, what, how often or how long',
  "HC-ADVICE-PROVIDERS": 'CAMHS provides in G but the only health advice in K is from the GP ("Dr Mark Evans, General Practitioner (GP)")',
  "HC-NEEDS-MET": 'PASS (arguable): the mental health need in C has CAMHS provision in G; it is unspecified, which is graded under HC-PROVISION-SPECIFIC',
  "PC-PFA": 'PASS: employment (work experience), independent living (travel) and health outcomes for a Year 12 student',
  "PR-OUTCOME-LINK": 'PASS: each outcome has some provision in F (travel training, careers and work experience, mentoring, reading support)',
 },
}

LAYOUT = {p["id"]: p["layout"] for p in g.PLANS}


def docx_text(pid):
    return "\n".join(g.extract_text(os.path.join(g.PLANS_DIR, pid + ".docx")))


def main():
    plans = []
    problems = 0
    for pid in sorted(META):
        labels = {}
        for c in CRITERIA:
            labels[c] = "na" if c in NA.get(pid, []) else "fail" if c in FAIL.get(pid, []) else "pass"
        why = WHY.get(pid, {})
        for c in FAIL.get(pid, []):
            if c not in why:
                print("MISSING why for fail", pid, c); problems += 1
        text = docx_text(pid)
        norm = re.sub(r"\s+", " ", text.replace("’", "'"))
        paras = [re.sub(r"\s+", " ", t) for t in text.split("\n")]
        for c, w in why.items():
            for q in re.findall(r'"([^"]+)"', w):
                if not any(q in pp for pp in paras):
                    print("QUOTE NOT FOUND", pid, c, repr(q)); problems += 1
        m = META[pid]
        plans.append({"file": pid + ".docx", "layout": LAYOUT[pid], "status": m["status"], "age": m["age"],
                      "year_group": m["year_group"], "needs": m["needs"], "voice": m["voice"],
                      "labels": labels, "why": why})
    # coverage
    for c in CRITERIA:
        n = sum(1 for p in plans if p["labels"][c] == "fail")
        need = 2 if c in ("PC-SMART", "PR-QUANTIFIED", "PC-OUTCOME-NOT-PROVISION", "PR-VAGUE-WORDING",
                          "HC-NEEDS-MET", "SC-STATUTORY-LINK") else 1
        if n < need:
            print("COVERAGE", c, n); problems += 1
    for p in plans:
        nf = sum(1 for v in p["labels"].values() if v == "fail")
        if (p["status"] == "sound") != (nf == 0):
            print("STATUS MISMATCH", p["file"], nf); problems += 1
    with open(os.path.join(g.OUT, "labels.yaml"), "w") as f:
        yaml.safe_dump({"audit_date": "2026-12-07", "council": "London Borough of Northmead (fictional)",
                        "writer": "AC2", "plans": plans}, f, sort_keys=False, allow_unicode=True, width=200)
    print("problems:", problems)


if __name__ == "__main__":
    main()
