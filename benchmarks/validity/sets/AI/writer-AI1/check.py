"""Re-open the plans, check every why-quote is in the document text, count words,
check criterion coverage, and list capitalised acronyms with their first context."""
import re, sys, yaml, collections
from docx import Document
from docx.oxml.ns import qn

def body_text(path):
    d = Document(path)
    out = []
    for el in d.element.body.iterchildren():
        if el.tag == qn('w:p'):
            out.append(''.join(t.text or '' for t in el.iter(qn('w:t'))))
        elif el.tag == qn('w:tbl'):
            for tr in el.iter(qn('w:tr')):
                cells = []
                for tc in tr.iter(qn('w:tc')):
                    cells.append(' '.join(''.join(t.text or '' for t in p.iter(qn('w:t'))) for p in tc.iter(qn('w:p'))))
                out.append(' | '.join(cells))
    return '\n'.join(out)

lab = yaml.safe_load(open('labels.yaml'))
fails = collections.Counter()
ok = True
for p in lab['plans']:
    txt = body_text('plans/' + p['file'])
    norm = re.sub(r'\s+', ' ', txt)
    words = len(txt.split())
    for c, v in p['labels'].items():
        if v == 'fail': fails[c] += 1
    for c, w in p['why'].items():
        for q in re.findall(r'"([^"]+)"', w):
            q2 = q.replace('...', '\x00')
            parts = [x.strip() for x in q2.split('\x00') if x.strip()]
            for part in parts:
                if part not in norm:
                    ok = False
                    print(f"  MISSING {p['file']} {c}: {part!r}")
    nf = sum(1 for v in p['labels'].values() if v == 'fail')
    print(p['file'], p['layout'], 'words', words, 'fails', nf)
print('coverage:', {c: fails[c] for c in sorted(fails)})
import generate
missing = [c for c in generate.CRITERIA if fails[c] == 0]
print('never failed:', missing)
for c in ['PC-SMART','PR-QUANTIFIED','PC-OUTCOME-NOT-PROVISION','PR-VAGUE-WORDING','HC-NEEDS-MET','SC-STATUTORY-LINK']:
    print(c, fails[c])
if len(sys.argv) > 1:
    for p in lab['plans']:
        txt = body_text('plans/' + p['file'])
        seen = {}
        for m in re.finditer(r'\b[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*\b', txt):
            a = m.group(0)
            if a not in seen:
                seen[a] = txt[max(0, m.start()-50):m.end()+25].replace('\n', ' / ')
        print('==', p['file'])
        for a, ctx in seen.items():
            print('   ', a, '::', ctx)
