"""Check that every quoted string in labels.yaml `why` occurs in the generated plan text."""
import re, sys, yaml, docx
sys.path.insert(0, '.')
from dump import walk
L = yaml.safe_load(open('labels.yaml'))
bad = 0
for p in L['plans']:
    text = '\n'.join(walk(docx.Document('plans/' + p['file'])))
    flat = re.sub(r'\s+', ' ', text)
    for crit, w in p['why'].items():
        assert p['labels'][crit] in ('pass', 'fail', 'na')
        for q in re.findall(r'"([^"]+)"', w):
            for part in q.split(' ... '):
                if part not in text and part not in flat:
                    bad += 1
                    print('MISSING', p['file'], crit, repr(part))
    fails = [c for c, v in p['labels'].items() if v == 'fail']
    for c in fails:
        if c not in p['why']:
            bad += 1; print('NO WHY for fail', p['file'], c)
print('problems:', bad)
