import re, sys, yaml, collections, docx
from docx.table import Table
from docx.text.paragraph import Paragraph
def texts(path):
    d = docx.Document(path); out = []
    def walk(el, parent):
        for ch in el.iterchildren():
            tag = ch.tag.split('}')[1]
            if tag == 'p': out.append(Paragraph(ch, parent).text)
            elif tag == 'tbl':
                t = Table(ch, parent); seen = set()
                for row in t.rows:
                    for c in row.cells:
                        if c._tc in seen: continue
                        seen.add(c._tc); walk(c._tc, c)
            elif tag == 'sdt':
                walk(ch, parent)
    walk(d.element.body, d)
    return out
if __name__ != "__main__": raise SystemExit
key = yaml.safe_load(open('labels.yaml'))
crit = None; fails = collections.Counter(); bad = 0
for p in key['plans']:
    ts = texts('plans/' + p['file']); full = '\n'.join(ts)
    norm = re.sub(r'\s+', ' ', full)
    words = len(norm.split())
    nf = [c for c, v in p['labels'].items() if v == 'fail']
    for c in nf: fails[c] += 1
    for c in nf:
        if c not in p['why']: print('MISSING WHY', p['file'], c); bad += 1
    for c, w in p['why'].items():
        for q in re.findall(r'"([^"]+)"', w):
            if re.sub(r'\s+', ' ', q) not in norm:
                print('QUOTE NOT FOUND', p['file'], c, repr(q)); bad += 1
    print(p['file'], p['layout'], 'words', words, 'fails', len(nf), nf)
print('fail counts:', dict(fails))
from generate import CRITERIA
for c in CRITERIA:
    need = 2 if c in ['PC-SMART','PR-QUANTIFIED','PC-OUTCOME-NOT-PROVISION','PR-VAGUE-WORDING','HC-NEEDS-MET','SC-STATUTORY-LINK'] else 1
    if fails[c] < need: print('COVERAGE SHORT', c, fails[c]); bad += 1
print('BAD', bad)
