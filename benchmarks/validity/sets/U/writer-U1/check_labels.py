import yaml, re, sys
sys.path.insert(0,__import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from u1_extract import text
L = yaml.safe_load(open('/work/blind/setU1/labels.yaml'))
from collections import Counter
fails=Counter(); bad=0
for p in L['plans']:
    t = text('/work/blind/setU1/plans/'+p['file'])
    flat = re.sub(r'\s+',' ',t)
    assert len(p['labels'])==31, p['file']
    nf = [c for c,v in p['labels'].items() if v=='fail']
    for c in nf: fails[c]+=1
    for c in nf:
        if c not in p['why']: print('NO WHY', p['file'], c); bad+=1
    for c,w in p['why'].items():
        for q in re.findall(r'"([^"]+)"', w):
            if q not in flat:
                print('MISSING', p['file'], c, '|', q); bad+=1
    print(p['file'], 'sound' if p['sound'] else 'FAIL', len(nf), 'fails', len(t.split()),'words')
allc = list(L['plans'][0]['labels'])
for c in allc:
    print(f'{c:28s} {fails[c]}')
print('bad', bad)
