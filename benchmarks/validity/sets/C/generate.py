"""Generator for blind test set C: builds plans/*.docx and labels.yaml.
Run: /work/blind/.venv-C/bin/python generate.py"""
import os, sys, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render import RENDER
import plans1, plans2

OUT = os.path.dirname(os.path.abspath(__file__))
CRITS = ['CA-DATED', 'CA-ADVICE-AGE', 'CA-STATUTORY-ADVICE', 'CA-ANNUAL-REVIEW',
         'PC-OUTCOME-NOT-PROVISION', 'PC-SMART', 'PC-VOICE', 'PC-ASPIRATIONS', 'PC-ASPIRATION-LINK', 'PC-PFA', 'PC-STRENGTHS',
         'PR-VAGUE-WORDING', 'PR-QUANTIFIED', 'PR-OUTCOME-LINK',
         'HC-NEEDS', 'HC-PROVISION-SPECIFIC', 'HC-NEEDS-MET', 'HC-ADVICE', 'HC-DCO-SIGNOFF', 'HC-THERAPY-PLACEMENT', 'HC-ADVICE-PROVIDERS', 'HC-OUTCOMES',
         'SC-NEEDS', 'SC-STATUTORY-LINK', 'SC-PROVISION-SPECIFIC', 'SC-ADVICE', 'SC-RIGHT-SECTION',
         'LG-SPELLING', 'LG-GRAMMAR', 'LG-READABILITY', 'LG-JARGON']

NOTES = {  # tricky passes, recorded in 'why'
 'p01': {'HC-NEEDS': 'PASS: "She has no difficulty walking, running or climbing" sits alongside real health needs (autism, sleep) that G meets'},
 'p03': {'PC-VOICE': 'PASS: 3-year-old\u2019s views "gathered ... by watching his play, his choices and his Makaton signs" by key person'},
 'p05': {'PR-QUANTIFIED': 'PASS: "25% extra time in all tests and exams ... Arranged by the SENCo" is an access arrangement (no group size needed); teacher of the deaf visit "Fortnightly, 1 hour"'},
 'p08': {'PR-QUANTIFIED': 'PASS: "From May 2026, a specialist teacher ..." (May is the month); "Laptop with text-to-speech and speech-to-text software ... Set up and maintained by the school IT technician"'},
 'p10': {'PC-OUTCOME-NOT-PROVISION': 'PASS: "receive a positive employer report", "receive a certificate in Entry Level 2 Food Preparation" and "access the community independently" are achievements, not provision'},
 'p18': {'PC-SMART': 'PASS (graded under PC-OUTCOME-NOT-PROVISION only): the two provision-as-outcome rows are the planted failure; the real outcomes have counts and dates',
         'PC-ASPIRATION-LINK': 'PASS: no aspirations are stated, but the draw-and-write outcome builds on her stated interest in drawing'},
 'p19': {'PR-VAGUE-WORDING': 'PASS: "In a group of up to 6" is a cap on group size, not woolly wording'},
 'p06': {'CA-STATUTORY-ADVICE': 'PASS: assessed in Year 7, so preparing-for-adulthood advice was not yet required (K row: "Not required: Oscar was in Year 7 when assessed"); the missing PfA is graded under PC-PFA'},
 'p22': {'SC-ADVICE': 'PASS: social care advice is in K ("Children in Care Team ... 3 July 2026") - the failure is that it does not show in D/H'},
 'p04': {'PR-VAGUE-WORDING': 'PASS: "No more than 2 times a day, 10 minutes each" is a set limit'},
 'p24': {'HC-PROVISION-SPECIFIC': 'NA: C gives no health need ("To be confirmed"), G "None." - graded under HC-NEEDS'},
}


def has_therapy(p):
    txt = ' '.join(' '.join(r) for _, rows in p.get('F', []) for r in rows).lower()
    if 'nt' in p:
        txt = ' '.join(r[1] for a in p['nt']['areas'].values() if a for r in a['rows']).lower()
    gt = ' '.join(p.get('G', [])).lower()
    return any(k in txt + gt for k in ['speech and language', 'occupational therap', 'physiotherap'])


def labels_for(p):
    L = {c: 'pass' for c in CRITS}
    if p['age'] < 13 and 'Year 9' not in p['year']:
        L['PC-PFA'] = 'na'
    if not p.get('status'):
        L['SC-STATUTORY-LINK'] = 'na'
    if not p.get('health'):
        for c in ['HC-PROVISION-SPECIFIC', 'HC-NEEDS-MET', 'HC-DCO-SIGNOFF', 'HC-ADVICE-PROVIDERS', 'HC-OUTCOMES']:
            L[c] = 'na'
    if not has_therapy(p):
        L['HC-THERAPY-PLACEMENT'] = 'na'
    for c in p.get('why', {}):
        L[c] = 'fail'
    return L


def main():
    os.makedirs(os.path.join(OUT, 'plans'), exist_ok=True)
    plans = plans1.P + plans2.P
    out = {'audit_date': '2026-12-01', 'plans': []}
    for p in plans:
        doc = RENDER[p['layout']](p)
        doc.save(os.path.join(OUT, 'plans', p['id'] + '.docx'))
        L = labels_for(p)
        why = dict(p.get('why', {}))
        why.update(NOTES.get(p['id'], {}))
        out['plans'].append({'file': p['id'] + '.docx', 'layout': p['layout'], 'age': p['age'], 'year_group': p['year'],
                             'needs': p['needs'], 'voice': p['voice'], 'labels': L, 'why': why})
    with open(os.path.join(OUT, 'labels.yaml'), 'w') as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=200)
    print(len(plans), 'plans written')


if __name__ == '__main__':
    main()
