import re, sys, yaml
sys.path.insert(0, 'tools')
from dump import text
d = yaml.safe_load(open('labels.yaml'))
bad = 0
from collections import Counter
fails = Counter()
for p in d['plans']:
    lines = text('plans/' + p['file'])
    full = "\n".join(lines)
    for c, v in p['labels'].items():
        if v == 'fail':
            fails[c] += 1
            if c not in p['why']:
                print('MISSING why', p['file'], c); bad += 1
    for c, w in p['why'].items():
        for q in re.findall(r'"([^"]+)"', w):
            q2 = q.rstrip('.').rstrip() if q.endswith('...') else q
            if q2 not in full:
                print('NOT FOUND', p['file'], c, repr(q)); bad += 1
    assert len(p['labels']) == 31
print('fail counts:', dict(fails))
print('criteria never failing:', [c for c in p['labels'] if fails[c] == 0])
print('must be >=2:', {c: fails[c] for c in ["PC-SMART","PR-QUANTIFIED","PC-OUTCOME-NOT-PROVISION","PR-VAGUE-WORDING","HC-NEEDS-MET","SC-STATUTORY-LINK"]})
print('bad', bad)
