"""Check every quoted string in labels.yaml `why` entries against the generated .docx text,
and print label counts per criterion."""
import re, sys, os, yaml, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from dump import text

def norm(s):
    s = s.replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).strip()

key = yaml.safe_load(open(os.path.join(HERE, 'labels.yaml')))
bad = 0
fails = collections.Counter()
for p in key['plans']:
    t = text(os.path.join(HERE, 'plans', p['file']))
    paras = [norm(x) for x in t.split('\n')]
    whole = norm(t)
    assert len(p['labels']) == 31, p['file']
    for c, v in p['labels'].items():
        if v == 'fail':
            fails[c] += 1
            if c not in p['why']:
                print('MISSING why for fail', p['file'], c); bad += 1
    for c, w in p['why'].items():
        qs = re.findall(r'"([^"]+)"', w)
        if p['labels'][c] == 'fail' and not qs:
            print('NO QUOTE', p['file'], c); bad += 1
        for q in qs:
            nq = norm(q)
            if not any(nq in x for x in paras):
                print('NOT FOUND', p['file'], c, repr(q)); bad += 1
print('fail counts:', dict(sorted(fails.items())))
print('criteria never failed:', [c for c in p['labels'] if fails[c] == 0])
print('problems:', bad)
