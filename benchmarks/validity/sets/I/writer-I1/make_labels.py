import yaml, sys
sys.path.insert(0,'.')
from gen_data import P
C = ["CA-DATED","CA-ADVICE-AGE","CA-STATUTORY-ADVICE","CA-ANNUAL-REVIEW","PC-OUTCOME-NOT-PROVISION","PC-SMART","PC-VOICE","PC-ASPIRATIONS",
 "PC-ASPIRATION-LINK","PC-PFA","PC-STRENGTHS","PR-VAGUE-WORDING","PR-QUANTIFIED","PR-OUTCOME-LINK","HC-NEEDS","HC-PROVISION-SPECIFIC","HC-NEEDS-MET",
 "HC-ADVICE","HC-DCO-SIGNOFF","HC-THERAPY-PLACEMENT","HC-ADVICE-PROVIDERS","HC-OUTCOMES","SC-NEEDS","SC-STATUTORY-LINK","SC-PROVISION-SPECIFIC",
 "SC-ADVICE","SC-RIGHT-SECTION","LG-SPELLING","LG-GRAMMAR","LG-READABILITY","LG-JARGON"]
HNA = {"HC-PROVISION-SPECIFIC":"na","HC-NEEDS-MET":"na","HC-DCO-SIGNOFF":"na","HC-ADVICE-PROVIDERS":"na","HC-OUTCOMES":"na"}
O = {
 'i101': dict(na=dict(HNA, **{"PC-PFA":"na","SC-STATUTORY-LINK":"na"}), why={"PR-VAGUE-WORDING":"PASS (trap): 'May 2026 onwards, the Specialist Teacher ...' - May is the month.","HC-NEEDS":"PASS: 'Amir has no health needs relating to his SEN... He has no difficulty walking' - stated with basis."}),
 'i102': dict(na={"PC-PFA":None,"SC-STATUTORY-LINK":"na","HC-THERAPY-PLACEMENT":"na"}, fail={
   "HC-NEEDS-MET":"C: 'Callum has epilepsy (generalised tonic-clonic seizures)... two seizures at school' - nothing in G (no epilepsy care plan, nurse training or rescue plan).",
   "HC-OUTCOMES":"Epilepsy in C leads to no outcome in E (only the toileting outcome).",
   "PR-VAGUE-WORDING":"'Callum will be given opportunities to use the library base at lunchtime and to take movement breaks as appropriate'.",
   "PC-PFA":"Year 10, but E has only communication, GCSE and calm-at-school outcomes: no independent living, community/friends or health PfA outcome despite A (bus travel, friend outside school).",
   "LG-SPELLING":"'knowledgable', 'freind', 'independant', 'occured', 'seperate'.",
   "LG-GRAMMAR":"'Callum have difficulty understanding jokes'; 'he don't like the lunch hall'."}),
 'i103': dict(na={"SC-STATUTORY-LINK":"na"}, why={"PC-OUTCOME-NOT-PROVISION":"PASS (trap): 'Jess will gain the Level 2 Diploma... and be awarded Functional Skills Maths Entry Level 3' - achievement.","PR-QUANTIFIED":"PASS (trap): laptop with speech-to-text 'set up and maintained by the college IT technician'; access arrangements arranged by the exams officer."}),
 'i104': dict(na=dict(HNA, **{"PC-PFA":"na","HC-THERAPY-PLACEMENT":"na"}), fail={
   "SC-STATUTORY-LINK":"D: 'subject to a child protection plan ... since November 2025' but H1/H2 'None.', no social worker contribution or CP plan used, no social care advice in K.",
   "SC-ADVICE":"K lists no social care advice at all although Kai has a social worker (Family Safeguarding Team).",
   "CA-STATUTORY-ADVICE":"No social care advice in K.",
   "SC-PROVISION-SPECIFIC":"H1 'None.' H2 'None.' - no statement that short breaks/early help were considered, despite CP plan.",
   "PC-SMART":"'By July 2027, Kai will be happier and more settled in school.' / 'Kai will have fewer incidents.' - no measure.",
   "PC-STRENGTHS":"B strengths columns are '-'; A and B list only difficulties (outbursts, suspensions, fights, refuses to write).",
   "PR-VAGUE-WORDING":"'Regular check-ins with his learning mentor and time in the calm room where possible'."}),
 'i105': dict(na={"PC-PFA":"na","SC-STATUTORY-LINK":"na"}, fail={
   "PC-OUTCOME-NOT-PROVISION":"Short step in E: 'Ruby has a 1:1 teaching assistant for all lessons and playtimes.'",
   "PR-QUANTIFIED":"'Small group phonics and language activities' | 'Each week' | 'Staff' - no length, group size or named role/expertise.",
   "HC-THERAPY-PLACEMENT":"Direct speech and language therapy (SaLT 1 to 1, fortnightly, 30 minutes) is written in G, not F.",
   "CA-DATED":"K: parents' views, educational advice, psychological advice and SaLT advice have no date."},
   why={"CA-ADVICE-AGE":"PASS (judgement): dated items are all recent; undated items counted under CA-DATED only.","HC-ADVICE":"PASS: medical advice 'Dr N. Evans, Community Paediatrician, 2 April 2026' is dated."}),
 'i106': dict(na={"PC-PFA":"na","SC-STATUTORY-LINK":"na"}, why={"PC-VOICE":"PASS (trap): 'What Tilly tells us through her play (gathered by her key person...)' - a three-year-old's views through play.","HC-NEEDS":"PASS: continence need plus 'no difficulty walking' (trap) alongside a real health need."}),
 'i107': dict(na={"SC-STATUTORY-LINK":"na","HC-THERAPY-PLACEMENT":"na"}, fail={
   "CA-STATUTORY-ADVICE":"Hearing impairment but no advice from a qualified Teacher of the Deaf in K.",
   "CA-ADVICE-AGE":"K: 'Medical advice (audiology report) | Mr D. Flint | 4 June 2020' - almost 3 years old at issue (March 2023); all other advice dates from Jan 2023, over 2.5 years before the Oct 2025 review.",
   "HC-ADVICE":"The only health advice is the audiology report of 4 June 2020 - out of date.",
   "CA-ANNUAL-REVIEW":"'Final EHCP date 14 March 2023', 'Date of last review 6 October 2025' - more than 12 months before the audit date (1 Dec 2026).",
   "LG-JARGON":"'bilateral moderate-severe SNHL (60-70 dB HL) with reduced SRT', 'ToD', 'FM', 'RA', 'SSQ-12 and LIFE-R', 'BPVS SS 78', 'CP' - none explained.",
   "LG-READABILITY":"E outcome: 'Owen will demonstrate functional auditory discrimination in noise with consistent RA use across 90% of lessons, with SSQ-12 and LIFE-R outcomes maintained' - not readable by a family."}),
 'i108': dict(na={"PC-PFA":"na","SC-STATUTORY-LINK":"na"}, fail={
   "PC-VOICE":"Section A is only 'Views of Alfie's parents'; nothing on Alfie's own views or how they were gathered (no key person observation).",
   "PC-ASPIRATIONS":"No aspirations for Alfie stated; every 'Aspiration' in E is '-'.",
   "PC-ASPIRATION-LINK":"With no aspirations recorded, outcomes cannot build on them ('Aspiration: -').",
   "HC-PROVISION-SPECIFIC":"G: 'Physiotherapy input from the hospital physiotherapy team as needed.' - no what, how often or how long.",
   "HC-NEEDS-MET":"C: 'under the Children's Continence Service for constipation, with daily laxatives and a toileting plan' - no continence provision in G.",
   "HC-OUTCOMES":"The continence/toileting need in C has no outcome in E.",
   "HC-DCO-SIGNOFF":"G has health provision but no DCO/commissioner sign-off anywhere in the plan."}),
 'i109': dict(na=dict(HNA, **{"PC-PFA":"na","SC-STATUTORY-LINK":"na","HC-THERAPY-PLACEMENT":"na"}), fail={
   "HC-NEEDS":"C: 'To be confirmed - awaiting information from paediatrician.' (ADHD diagnosed; paediatric advice is in K).",
   "SC-NEEDS":"D: 'Not known.' although an Early Help Family Support Worker gave advice and is working with the family.",
   "SC-RIGHT-SECTION":"F (SEMH): 'Family Support Worker (Early Help) to work with Leon's mum at home on morning routines ... 1 hr per fortnight' - social care provision written in F; H2 'None.'",
   "PR-QUANTIFIED":"F: 'Social skills group' | Staffing 'TA' | frequency and group left blank."},
   why={"SC-PROVISION-SPECIFIC":"PASS (judgement): H1 records short breaks were discussed; the early help support is specified (in the wrong section, failed under SC-RIGHT-SECTION).","CA-STATUTORY-ADVICE":"PASS: the unfilled template rows in K ('Advice and information from any other person...') are template rows nobody filled, not missing advice."}),
 'i110': dict(na={"SC-STATUTORY-LINK":"na","HC-THERAPY-PLACEMENT":"na"}, why={"PC-OUTCOME-NOT-PROVISION":"PASS (trap): 'complete a week's work experience ... and gain a written reference from the practice manager' - achievement.","PR-QUANTIFIED":"PASS (trap): '25% extra time and a separate room for exams, arranged by the SENCo' - access arrangement; Specialist Teacher visit once each half-term, 1 hour."}),
 'i111': dict(na={"PC-PFA":"na","HC-THERAPY-PLACEMENT":"na"}, fail={
   "SC-STATUTORY-LINK":"Looked after child ('Currently a looked after child? Yes'; D 'Maya is a looked after child living with long-term foster carers.') but no social worker contribution, care plan or PEP referred to, H1/H2 'None.', no social care advice in K.",
   "SC-NEEDS":"D only states her looked after status; no social care needs described or stated as none.",
   "SC-PROVISION-SPECIFIC":"H1 'None.' H2 'None.' with nothing on whether short breaks/other support were considered.",
   "SC-ADVICE":"No social care advice (social worker / children in care team) in K.",
   "CA-STATUTORY-ADVICE":"Social care advice missing from K.",
   "PC-OUTCOME-NOT-PROVISION":"E: 'By July 2027, Maya will receive mobility training from a habilitation specialist to help her get around.' / 'Maya will be supported to move around school.'",
   "PC-SMART":"The same mobility outcome has no measure of success ('to help her get around').",
   "HC-ADVICE-PROVIDERS":"G provider is the Low Vision Clinic (Eastern Eye Hospital); K's only health advice is from the GP.",
   "PR-OUTCOME-LINK":"B: 'Touch-typing speed is slow (8 words a minute), so she falls behind with written work' - no touch-typing or recording provision in F."}),
 'i112': dict(na={"SC-STATUTORY-LINK":"na"}, why={"PC-OUTCOME-NOT-PROVISION":"PASS (trap): 'Dan will be awarded the Entry Level 2 certificate'; 'access the community on his own' is an outcome.","HC-NEEDS":"PASS: epilepsy plus 'Dan has no difficulty walking.'"}),
}
META = {'i101':("Year 2",), }
out = {'audit_date':'2026-12-01','plans':[]}
for f,p in P.items():
    o = O[f]; lab = {}
    for c in C:
        v = 'pass'
        if c in o.get('na',{}) and o['na'][c]: v = o['na'][c]
        if c in o.get('fail',{}): v = 'fail'
        lab[c] = v
    why = dict(o.get('why',{})); why.update(o.get('fail',{}))
    out['plans'].append(dict(file=f+'.docx', layout=p['layout'], age=p['age'], year_group=p['yg'], needs=p['needs'], voice=p['voice'], labels=lab, why=why))
yaml.safe_dump(out, open('labels.yaml','w'), sort_keys=False, allow_unicode=True, width=200)
