import re, yaml, collections, docx
from dump import texts
d = yaml.safe_load(open('labels.yaml'))
import labels_src
fails = collections.Counter()
bad = 0
for p in d['plans']:
    docx.Document('plans/' + p['file'])  # opens
    paras = texts('plans/' + p['file'])
    full = "\n".join(paras)
    assert len(p['labels']) == 31, p['file']
    nf = sum(1 for v in p['labels'].values() if v == 'fail')
    for c, v in p['labels'].items():
        if v == 'fail':
            fails[c] += 1
            if c not in p['why']:
                print('MISSING WHY', p['file'], c); bad += 1
    for c, w in p['why'].items():
        for q in re.findall(r'"([^"]+)"', w):
            if not any(q in t for t in paras):
                print('QUOTE NOT FOUND', p['file'], c, repr(q)); bad += 1
    print(p['file'], p['layout'], 'sound' if p['sound'] else 'FAIL', 'fails=%d' % nf, sorted(k for k, v in p['labels'].items() if v == 'fail'))
print()
for c in labels_src.CRITERIA:
    need = 2 if c in ("PC-SMART", "PR-QUANTIFIED", "PC-OUTCOME-NOT-PROVISION", "PR-VAGUE-WORDING", "HC-NEEDS-MET", "SC-STATUTORY-LINK") else 1
    flag = '' if fails[c] >= need else '  <-- TOO FEW'
    print('%-26s %d%s' % (c, fails[c], flag))
print('problems:', bad)
