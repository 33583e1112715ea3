#!/usr/bin/env python3
"""Set J1 generator: builds 12 fictional EHC plans (Marlshire County Council 'My EHC Plan'
house style) in three layouts, writes labels.yaml, and self-checks the answer key quotes.

Run with: /work/blind/.venv-J1/bin/python generate.py
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen_common import new_doc, render_blocks, docx_text  # noqa: E402
from gen_national import build_national  # noqa: E402
import plans_bold  # noqa: E402
import plans_ef  # noqa: E402
import plans_national  # noqa: E402

OUT = HERE
PLANS_DIR = os.path.join(OUT, "plans")

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

# ---------------------------------------------------------------- answer key
# meta: layout, age (at plan date), year_group, needs, voice; fail/na overrides; why notes
KEY = {
    "j101.docx": dict(age=3, year_group="Nursery (FS1)", needs=["DS", "HI", "SLCN"],
                      voice="signs and play (key person)",
                      na=["PC-PFA", "SC-STATUTORY-LINK"], fail={},
                      why={"PC-VOICE": '"What Alfie tells us through signs and play." - a 3-year-old\'s views gathered by his key person through play and a photo choice board: PASS',
                           "CA-STATUTORY-ADVICE": '"Educational advice \u2013 hearing impairment" - QToD advice present for a child with glue-ear hearing loss; the unfilled Y9 and parent-request template rows in K are template rows nobody filled, not advice items: PASS',
                           "HC-DCO-SIGNOFF": '"agreed by Dr Nadia Rahman, Designated Clinical Officer (DCO (SEND)), on behalf of the Integrated Care Board, on 15 September 2026" - PASS',
                           "PR-QUANTIFIED": '"visits once a term (3 visits a year, 1 hour each)" - professional visits: who, how often, how long; no group size needed: PASS'}),
    "j102.docx": dict(age=10, year_group="Year 6", needs=["ADHD", "SEMH"], voice="first person",
                      na=["PC-PFA", "SC-STATUTORY-LINK", "HC-THERAPY-PLACEMENT"],
                      fail={"PC-OUTCOME-NOT-PROVISION": '"Reece has a 1:1 teaching assistant for all lessons and at lunchtime so that he can stay in class." - an outcome in E that describes provision he receives',
                            "PR-VAGUE-WORDING": '"Opportunities to use the sensory room to calm down when he is becoming upset" with "As appropriate"; "Movement breaks" with "Regular, throughout the day" - woolly wording in F',
                            "PR-QUANTIFIED": '"Regular, throughout the day" (movement breaks) and "As appropriate" / "Any available adult" (sensory room) - no frequency, length or named role',
                            "CA-DATED": '"Parent and carer views form" and "Educational advice and annual review report" - K rows with the Date cell left blank',
                            "PC-ASPIRATIONS": '"She is worried about how Reece will cope with the move to secondary school next September." - Section A gives likes, dislikes and worries but no hopes or aspirations, now or for the future, from Reece or his mum'},
                      why={"PC-ASPIRATION-LINK": '"for example a football match report or the next part of his comic" - outcomes build on the interests in A (football, comics): PASS (aspirations themselves are failed under PC-ASPIRATIONS)',
                           "CA-ADVICE-AGE": '"3 July 2026" - every dated item is under 12 months old at issue; the undated items are failed under CA-DATED: PASS',
                           "PR-OUTCOME-LINK": "each B need has at least one F item (the movement need is served by the wobble cushion and fidget tools as well as the vague movement breaks): PASS"}),
    "j103.docx": dict(age=9, year_group="Year 4", needs=["ASC", "SLCN"], voice="first person (Talking Mat with SLT)",
                      na=["PC-PFA", "SC-STATUTORY-LINK", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF",
                          "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"],
                      fail={},
                      why={"HC-NEEDS": '"Kai is a fit and healthy boy." ... "confirmed in her advice of 21 April 2026 that he has no health needs relating to his special educational needs" - no health needs, stated with basis: PASS',
                           "SC-PROVISION-SPECIFIC": '"None. Short breaks were discussed with the family, who do not need them at present." - PASS',
                           "PR-QUANTIFIED": '"Once each half-term, 1 hour (6 visits a year)" - SLT visit: who, how often, how long: PASS'}),
    "j104.docx": dict(age=15, year_group="Year 10", needs=["VI"], voice="first person",
                      na=["SC-STATUTORY-LINK", "HC-THERAPY-PLACEMENT"],
                      fail={"CA-STATUTORY-ADVICE": 'Maya "is registered SSI" (sight impaired) and F relies on the "QTVI visit half-termly", but K lists no advice from a qualified teacher of the visually impaired',
                            "PC-PFA": '"By July 2027, Maya will demonstrate independent utilisation of AT" - Year 10, yet every outcome is about classroom access; none on employment/college, independent travel, friends and community, or health',
                            "PC-ASPIRATION-LINK": '"I want to be a radio presenter or work in music production. I\'d like to go to college in the city and get the bus there by myself." - no outcome builds on music, college, travel or going out with friends',
                            "LG-JARGON": '"Maya has bilateral ONH and nystagmus with a VA of approximately 6/60 (binocular) and is registered SSI. She has received QTVI input since EYFS" - acronyms (ONH, VA, SSI, QTVI, EYFS, MDT, LVA, CCTV, AT, LSA, CPD, VI, N24) never explained',
                            "LG-READABILITY": '"evidenced by a reduction in adult-mediated modification of resources to no more than 2 lessons per week" - A1 and the E outcomes are written in professional report language, not for a family',
                            "SC-NEEDS": '"No social care involvement." - says nothing about needs or the basis (independence and mobility of a severely sight-impaired 15-year-old not considered)',
                            "SC-PROVISION-SPECIFIC": 'H1 "N/A" and H2 "N/A" - no statement that short breaks, early help or other support were considered'},
                      why={"SC-ADVICE": '"Disabled Children\'s Service (duty team): Maya is not known to the service" dated "21.09.2026" - social care advice listed, attributed and dated: PASS',
                           "PC-SMART": "the outcomes are badly worded but each has a measure and a date (e.g. 8 out of 10 curriculum tasks by the end of the Spring term 2027): PASS"}),
    "j105.docx": dict(age=12, year_group="Year 8", needs=["HI"], voice="first person",
                      na=["PC-PFA", "SC-STATUTORY-LINK", "HC-THERAPY-PLACEMENT"], fail={},
                      why={"HC-NEEDS": '"Amir has no difficulty walking, running or with his balance" alongside a real health need (permanent hearing loss, audiology): PASS',
                           "PR-QUANTIFIED": '"maintained and repaired by the Teacher of the Deaf" (equipment: what and who maintains it); "25% extra time, a separate room with low background noise and a reader" organised by the Exams Officer (access arrangement, no group size needed): PASS',
                           "HC-DCO-SIGNOFF": '"agreed by Mrs Joanne Reid, Designated Clinical Officer (DCO (SEND)), for the Integrated Care Board on 28 September 2026" - PASS'}),
    "j106.docx": dict(age=16, year_group="Year 11", needs=["SEMH"], voice="first person",
                      na=["HC-THERAPY-PLACEMENT"],
                      fail={"PC-SMART": '"By July 2027, Jordan will be happier and more settled in school." and "Jordan will feel more confident talking to people he doesn\'t know." - not measurable (and the second has no date)',
                            "SC-STATUTORY-LINK": '"Jordan has been subject to a child protection plan since May 2026 under the category of neglect." - H1 and H2 say "None.", no social worker contribution or link to the CP plan anywhere, no social care advice in K',
                            "SC-ADVICE": "K lists no social care advice at all (the child is on a child protection plan)",
                            "SC-PROVISION-SPECIFIC": 'H1 "None." and H2 "None." - nothing says whether short breaks or early help were considered',
                            "CA-STATUTORY-ADVICE": "social care advice (reg 6) missing from K",
                            "LG-GRAMMAR": '"Jordan have found school difficult since Year 9", "Jordan have panic attacks", "Him and his mum was both worried" - planted grammar errors',
                            "PR-VAGUE-WORDING": '"Jordan would benefit from a 1:1 session with the Learning Mentor" and "Staff should give Jordan 5 minutes\' notice" - non-committal wording in F'},
                      why={"PR-QUANTIFIED": '"Weekly, 45 minutes" / "Learning Mentor" - the woolly items still state amount, length, ratio and role; the failure is the wording, scored under PR-VAGUE-WORDING: PASS',
                           "SC-NEEDS": '"He is often late, sometimes arrives without having had breakfast, and looks after his younger sister before school" - D describes the needs: PASS'}),
    "j107.docx": dict(age=7, year_group="Year 2", needs=["SLCN", "EAL"], voice="translated child's words (drawing, EAL TA)",
                      na=["PC-PFA", "SC-STATUTORY-LINK", "HC-NEEDS-MET", "HC-OUTCOMES"],
                      fail={"HC-THERAPY-PLACEMENT": '"NHS Speech and Language Therapy: a block of 6 weekly 1:1 therapy sessions of 30 minutes each term" - direct therapy that educates the child is placed in G, not F',
                            "PC-STRENGTHS": '"Zofia has good attendance (97%)." is the only entry under Strengths; the B strengths rows are deleted and B is written as deficits ("Zofia cannot understand instructions with more than one part", "Zofia is unable to use sentences.")',
                            "HC-NEEDS": 'C reads "To be confirmed." - health needs not described',
                            "LG-SPELLING": '"recieve", "seperate", "begining", "acheive", "definately" - planted misspellings'},
                      why={"HC-ADVICE": '"C. Evans, School Nurse, 0-19 Public Health Nursing service" dated "14.07.2026" - health advice is listed, attributed, dated and current (the failure is that C was not completed from it): PASS',
                           "HC-DCO-SIGNOFF": '"health provision agreed by Dr Fiona Blake, Designated Clinical Officer (DCO (SEND)), on 22 September 2026" - PASS'}),
    "j108.docx": dict(age=19, year_group="Post-19", needs=["SLD"], voice="third person (talking mat, observation)",
                      na=["SC-STATUTORY-LINK"],
                      fail={"HC-NEEDS-MET": '"Daniel has epilepsy, with tonic-clonic seizures" and "rescue medication (buccal midazolam)" in C; G has only "Annual learning disability health check with Daniel\'s GP" - no epilepsy care plan, specialist nurse or rescue-medication training',
                            "HC-OUTCOMES": "no outcome in E relates to his epilepsy (the good-health outcome is about walking and diet)",
                            "CA-ANNUAL-REVIEW": '"Plan date: 24 February 2025" and "Date of most recent annual review: 8 July 2025" - both more than 12 months before the audit date',
                            "HC-ADVICE": '"Medical advice \u2013 Dr M. Okafor, Consultant Paediatrician \u2013 2 December 2021" - the only medical advice is over 3 years old at issue',
                            "CA-ADVICE-AGE": '"2 December 2021" - medical advice over 24 months old when the plan was issued (February 2025)',
                            "HC-ADVICE-PROVIDERS": "the GP provides in G but K lists no advice from the GP",
                            "HC-DCO-SIGNOFF": "G contains health provision but no health/DCO agreement is recorded anywhere",
                            "PR-QUANTIFIED": '"Travel training with a job coach for 10 weeks." - no frequency, session length or ratio'},
                      why={"HC-PROVISION-SPECIFIC": '"Annual learning disability health check with Daniel\'s GP, including a review of his medication" - the one item in G says who, what and how often: PASS',
                           "CA-STATUTORY-ADVICE": "parent, educational, medical (out of date), EP, social care and PfA advice are all listed; the age of the medical advice is failed under CA-ADVICE-AGE/HC-ADVICE: PASS"}),
    "j109.docx": dict(age=4, year_group="Reception", needs=["SLD", "PD"], voice="first person (unattributed)",
                      na=["PC-PFA", "SC-STATUTORY-LINK"],
                      fail={"PC-VOICE": '"I am Ruby and I am 4. I love music" - written in the first person for a non-verbal 4-year-old, with no account of how her views were gathered',
                            "HC-PROVISION-SPECIFIC": '"Ruby will continue to be seen by the Community Paediatrician.", "Physiotherapy: advice and review as needed.", "Paediatric Dietitian to monitor Ruby\'s weight." - no frequency or amount',
                            "PR-OUTCOME-LINK": '"Ruby puts most objects in her mouth, seeks deep pressure by pushing her head into adults, and becomes very distressed by sudden noises" - need in B with no provision in F and no outcome',
                            "SC-RIGHT-SECTION": '"Short breaks: Saturday play scheme at Fernbrook School run by the Disabled Children\'s Service" - social care provision written into the E/F table'},
                      why={"HC-NEEDS-MET": "each need in C (paediatric, physiotherapy, dietetic) has a line in G; the lines are vague, which is failed under HC-PROVISION-SPECIFIC: PASS",
                           "PC-ASPIRATIONS": '"In the future they hope she will be happy, have friends and be as independent as she can be." - PASS'}),
    "j110.docx": dict(age=13, year_group="Year 9", needs=["PD"], voice="first person",
                      na=["SC-STATUTORY-LINK"], fail={},
                      why={"PR-QUANTIFIED": '"set up and kept updated by the school\'s IT Support Technician" (equipment); "visits once a term (3 visits a year, about 90 minutes each)" (Advisory Teacher visit): PASS',
                           "PR-VAGUE-WORDING": '"May 2026: the Advisory Teacher and the SENCo will check that the Year 10 rooms and the exam hall are accessible" - May is the month: PASS',
                           "CA-STATUTORY-ADVICE": "the unfilled parent-request row in K is a template row nobody filled, not an advice item: PASS"}),
    "j111.docx": dict(age=17, year_group="Year 12 (college)", needs=["ASC", "MLD", "SEMH"], voice="first person",
                      na=["SC-STATUTORY-LINK", "HC-THERAPY-PLACEMENT"], fail={},
                      why={"PC-OUTCOME-NOT-PROVISION": '"Ellie will gain her Entry Level 3 Certificate" and "be awarded a \'good\' or better rating by her supervisor" - achievements, not provision: PASS',
                           "PR-VAGUE-WORDING": '"May 2027: Ellie and her job coach review the placement" - May is the month: PASS',
                           "HC-DCO-SIGNOFF": '"Section G was checked and agreed on behalf of health by Mr Tom Ashworth, Designated Clinical Officer (DCO (SEND)), on 24 September 2026" - PASS'}),
    "j112.docx": dict(age=11, year_group="Year 7", needs=["SEMH"], voice="first person",
                      na=["PC-PFA", "HC-THERAPY-PLACEMENT"],
                      fail={"SC-STATUTORY-LINK": '"Kayden is a child in our care and has lived with his foster carers, Jo and Martin, since March 2024." - no care plan, PEP (personal education plan), Virtual School or social worker\'s view in D or H; H1 "None."',
                            "PC-OUTCOME-NOT-PROVISION": '"Kayden will receive ELSA sessions every week to help him understand and manage his feelings." - provision written as an outcome',
                            "PC-SMART": '"Kayden will make good progress with his reading." - no measure and no date (the ELSA outcome also has neither)',
                            "HC-NEEDS-MET": '"Kayden has daytime wetting (about twice a week) and wets the bed at night." - G has only EWMHS Theraplay; nothing from the Children\'s Continence Service'},
                      why={"SC-PROVISION-SPECIFIC": '"Short breaks are not required." - H2 says none and that short breaks were considered: PASS',
                           "HC-OUTCOMES": '"By Easter 2027, Kayden will go to the toilet by himself at set times" - the continence need does lead to an outcome: PASS'}),
}

LAYOUT_ORDER = ["j101.docx", "j102.docx", "j103.docx", "j104.docx", "j105.docx", "j106.docx",
                "j107.docx", "j108.docx", "j109.docx", "j110.docx", "j111.docx", "j112.docx"]


def build_all():
    os.makedirs(PLANS_DIR, exist_ok=True)
    layouts = {}
    for p in plans_bold.PLANS + plans_ef.PLANS:
        d = new_doc()
        render_blocks(d, p["blocks"], p["layout"], p.get("opts", {}))
        d.save(os.path.join(PLANS_DIR, p["file"]))
        layouts[p["file"]] = p["layout"]
    for p in plans_national.PLANS:
        build_national(p, os.path.join(PLANS_DIR, p["file"]))
        layouts[p["file"]] = p["layout"]
    return layouts


def yq(s):
    """YAML single-quoted scalar."""
    return "'" + s.replace("'", "''") + "'"


def write_labels(layouts):
    lines = ["audit_date: 2026-12-01", "plans:"]
    for f in LAYOUT_ORDER:
        k = KEY[f]
        lines.append(f"  - file: {f}")
        lines.append(f"    layout: {layouts[f]}")
        lines.append(f"    age: {k['age']}")
        lines.append(f"    year_group: \"{k['year_group']}\"")
        lines.append(f"    needs: [{', '.join(k['needs'])}]")
        lines.append(f"    voice: {k['voice']}")
        lines.append("    labels:")
        for c in CRITERIA:
            v = "fail" if c in k["fail"] else ("na" if c in k["na"] else "pass")
            lines.append(f"      {c}: {v}")
        why = dict(k["fail"])
        for c, t in k["why"].items():
            why.setdefault(c, t)
        if why:
            lines.append("    why:")
            for c in CRITERIA:
                if c in why:
                    lines.append(f"      {c}: {yq(why[c])}")
    with open(os.path.join(OUT, "labels.yaml"), "w") as fh:
        fh.write("\n".join(lines) + "\n")


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u2019", "'")).strip()


def check(layouts):
    import yaml
    data = yaml.safe_load(open(os.path.join(OUT, "labels.yaml")))
    assert len(data["plans"]) == 12
    problems = 0
    fails_per_crit = {c: 0 for c in CRITERIA}
    sound = 0
    for plan in data["plans"]:
        f = plan["file"]
        assert set(plan["labels"]) == set(CRITERIA), f
        nf = sum(1 for v in plan["labels"].values() if v == "fail")
        sound += nf == 0
        for c, v in plan["labels"].items():
            if v == "fail":
                fails_per_crit[c] += 1
                assert c in plan.get("why", {}), (f, c)
        text = norm(docx_text(os.path.join(PLANS_DIR, f)))
        words = len(text.split())
        print(f"{f}: {layouts[f]:18s} words={words:5d} fails={nf}")
        for c, w in (plan.get("why") or {}).items():
            for q in re.findall(r'"([^"]+)"', w):
                if norm(q) not in text:
                    print(f"   QUOTE NOT FOUND {c}: {q}")
                    problems += 1
    print("sound plans:", sound)
    for c in CRITERIA:
        print(f"  {c:26s} {fails_per_crit[c]}")
    missing = [c for c in CRITERIA if fails_per_crit[c] == 0]
    print("criteria never failed:", missing)
    print("quote problems:", problems)


if __name__ == "__main__":
    lay = build_all()
    write_labels(lay)
    check(lay)
