"""Generator for set F2: builds f201-f212 and labels.yaml. Run with the .venv-F2 python."""
import os, sys, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from engine import RENDER
import plans_a, plans_b, plans_c

OUT = os.path.dirname(os.path.abspath(__file__))
CRITERIA = ['CA-DATED', 'CA-ADVICE-AGE', 'CA-STATUTORY-ADVICE', 'CA-ANNUAL-REVIEW',
 'PC-OUTCOME-NOT-PROVISION', 'PC-SMART', 'PC-VOICE', 'PC-ASPIRATIONS', 'PC-ASPIRATION-LINK', 'PC-PFA', 'PC-STRENGTHS',
 'PR-VAGUE-WORDING', 'PR-QUANTIFIED', 'PR-OUTCOME-LINK',
 'HC-NEEDS', 'HC-PROVISION-SPECIFIC', 'HC-NEEDS-MET', 'HC-ADVICE', 'HC-DCO-SIGNOFF', 'HC-THERAPY-PLACEMENT', 'HC-ADVICE-PROVIDERS', 'HC-OUTCOMES',
 'SC-NEEDS', 'SC-STATUTORY-LINK', 'SC-PROVISION-SPECIFIC', 'SC-ADVICE', 'SC-RIGHT-SECTION',
 'LG-SPELLING', 'LG-GRAMMAR', 'LG-READABILITY', 'LG-JARGON']
# NA overrides per plan (besides PC-PFA below Year 9, SC-STATUTORY-LINK where no LAC/CIN/CP)
PFA_AGE = 14
STATUS = {'f202.docx', 'f206.docx', 'f209.docx'}   # CP, LAC, CIN
EXTRA_NA = {'f211.docx': ['HC-PROVISION-SPECIFIC', 'HC-NEEDS-MET', 'HC-DCO-SIGNOFF', 'HC-ADVICE-PROVIDERS', 'HC-OUTCOMES']}
PFA_YES = {'f203.docx', 'f208.docx', 'f209.docx', 'f211.docx', 'f212.docx'}

def main():
    os.makedirs(os.path.join(OUT, 'plans'), exist_ok=True)
    entries = []
    for p in plans_a.P + plans_b.P + plans_c.P:
        RENDER[p['layout']](p, os.path.join(OUT, 'plans', p['file']))
        labels = {}
        for c in CRITERIA:
            v = 'pass'
            if c == 'PC-PFA' and p['file'] not in PFA_YES: v = 'na'
            if c == 'SC-STATUTORY-LINK' and p['file'] not in STATUS: v = 'na'
            if c in EXTRA_NA.get(p['file'], []): v = 'na'
            if c in p['fails']: v = 'fail'
            labels[c] = v
        why = dict(p['fails']); why.update({k: v for k, v in p['why'].items() if k not in why})
        entries.append({'file': p['file'], 'layout': p['layout'], 'age': p['age'], 'year_group': p['year_group'],
                        'needs': p['needs'], 'voice': p['voice'], 'labels': labels, 'why': why})
    with open(os.path.join(OUT, 'labels.yaml'), 'w') as f:
        yaml.safe_dump({'audit_date': __import__('datetime').date(2026, 12, 1), 'plans': entries}, f, sort_keys=False, allow_unicode=True, width=200)
    print(len(entries), 'plans written')

if __name__ == '__main__':
    main()
