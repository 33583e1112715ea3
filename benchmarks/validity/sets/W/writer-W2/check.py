import re, yaml
from docx import Document
def text(path):
    d = Document(path); out=[]
    def walk(el):
        for child in el.iterchildren():
            tag = child.tag.split('}')[1]
            if tag == 'p':
                out.append(''.join(t.text or '' for t in child.iter('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t')))
            elif tag in ('tbl','tr','tc','sdt','sdtContent'):
                walk(child)
    walk(d.element.body)
    return '\n'.join(out)
L = yaml.safe_load(open('labels.yaml'))
from collections import Counter
fails = Counter(); bad=0
for p in L['plans']:
    t = text('plans/'+p['file']); flat = ' '.join(t.split())
    print(p['file'], len(t.split()), 'words', sum(v=='fail' for v in p['labels'].values()), 'fails')
    for c,v in p['labels'].items():
        if v=='fail': fails[c]+=1; assert c in p['why'], (p['file'],c)
    for c,w in p['why'].items():
        for q in re.findall(r'"([^"]+)"', w):
            parts = [x.strip() for x in q.split('...')]
            for part in parts:
                if ' '.join(part.split()) not in flat:
                    print('  MISSING', c, repr(part)); bad+=1
print({c: fails[c] for c in fails}); print('criteria failing:', len(fails), 'bad quotes', bad)
