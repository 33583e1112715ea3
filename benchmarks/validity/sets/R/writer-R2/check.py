import re, sys, yaml, docx
from docx.oxml.ns import qn
def text(path):
    d = docx.Document(path)
    paras=[]
    for p in d.element.body.iter(qn('w:p')):
        t=''.join(x.text or '' for x in p.iter(qn('w:t')))
        if t.strip(): paras.append(t)
    return paras
lab = yaml.safe_load(open('labels.yaml'))
WOOLLY = ['access to','opportunit','as required','as appropriate','regular','where possible','up to','would benefit','should',' may ','as needed','when needed','if needed']
for p in lab['plans']:
    paras = text('plans/'+p['file'])
    full = '\n'.join(paras)
    words = len(full.split())
    # quotes check
    missing=[]
    for c,w in (p.get('why') or {}).items():
        for qt in re.findall(r'"([^"]+)"', w):
            if qt not in full: missing.append((c,qt))
    fails=[c for c,v in p['labels'].items() if v=='fail']
    print(p['file'], p['layout'], 'words', words, 'fails', fails)
    for m in missing: print('   MISSING QUOTE', m)
    low = full.lower()
    hits=[w for w in WOOLLY if w in low]
    print('   woolly anywhere:', hits)
