import re, yaml, collections
from dump import text_of
K=yaml.safe_load(open('labels.yaml'))
fails=collections.Counter(); bad=0
for p in K['plans']:
    txt='\n'.join(text_of('plans/'+p['file']))
    norm=lambda s: re.sub(r'\s+',' ',s.replace('’',"'").replace('“','"').replace('”','"'))
    T=norm(txt)
    assert len(p['labels'])==31
    nf=[c for c,v in p['labels'].items() if v=='fail']
    for c in nf: fails[c]+=1
    for c in nf:
        if c not in p['why']: print('MISSING WHY',p['file'],c); bad+=1
    for c,w in p['why'].items():
        for q in re.findall(r'"([^"]+)"', w):
            for part in q.split(' ... '):
                if norm(part) not in T:
                    print('NOT FOUND',p['file'],c,repr(part)); bad+=1
    print(p['file'], p['layout'], 'fails:', nf)
print()
for c in yaml.safe_load(open('labels.yaml'))['plans'][0]['labels']:
    print(c, fails[c], '' if fails[c]>=1 else '  <-- NEVER FAILS')
print('bad',bad)
