"""Checks: word counts, leftover placeholders, why-quotes present in plan text, woolly words in F of sound plans."""
import re, sys, yaml, docx
from docxkit import body_text
L = yaml.safe_load(open('labels.yaml'))
def norm(s):
    return s.replace('\u2019',"'").replace('\u2018',"'").replace('\u201c','"').replace('\u201d','"')
ok = True
for p in L['plans']:
    d = docx.Document('plans/' + p['file'])
    t = norm(body_text(d))
    words = len(re.findall(r"[A-Za-z0-9']+", t))
    fails = [c for c, v in p['labels'].items() if v == 'fail']
    print(f"{p['file']} {p['layout']:18} words={words:5} fails={len(fails)}")
    if '{{' in t or '}}' in t:
        print('  PLACEHOLDER LEFT'); ok = False
    for c, w in (p.get('why') or {}).items():
        for q in re.findall(r'"([^"]{12,}?)"', w):
            if q.lstrip().startswith((':', '|', '-', ';')) or q.rstrip().endswith(('(',)):
                continue
            q2 = q.replace('...', '\x00')
            parts = [x.strip() for x in q2.split('\x00') if x.strip()]
            for part in parts:
                if norm(part) not in t:
                    print(f'  QUOTE NOT FOUND [{c}]: {part!r}'); ok = False
print('OK' if ok else 'PROBLEMS')

# content-only word estimate (fixed headings / template boilerplate removed)
from generate import STAT_TITLES, SHORT_TITLES
W = lambda s: len(re.findall(r"[A-Za-z0-9']+", s))
FIXED = ["Current level of functioning", "Barriers to learning", "Long-term outcome (end of phase)",
         "Short-term targets (next 12 months)", "Intervention", "Frequency", "Duration", "Staff ratio",
         "Staff skills/training", "Outcome (short-term targets, next 12 months)", "Provision", "Who"]
for p in L['plans']:
    t = norm(body_text(docx.Document('plans/' + p['file'])))
    n = W(t)
    if p['layout'] == 'bold-statutory':
        n -= sum(W(v) for v in STAT_TITLES.values())
    elif p['layout'] == 'ef-table':
        n -= sum(W(v) for v in SHORT_TITLES.values())
    else:
        n -= 700
    for f in FIXED:
        n -= t.count(f) * W(f)
    print(p['file'], 'content words ~', n)
