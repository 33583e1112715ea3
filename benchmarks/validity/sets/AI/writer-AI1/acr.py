import re, sys
from check import body_text
ids = sys.argv[1:] or [f"ai1{n:02d}" for n in range(1,13)]
OK = {'NHS','GP','PE','IT','GCSE','GCSEs','BMX','UK','CE'}
for i in ids:
    txt = body_text(f'plans/{i}.docx')
    # drop all-caps headings lines
    lines = [l for l in txt.split('\n') if not re.fullmatch(r"[A-Z0-9 :,()'\-–/.]+", l.strip() or 'X')]
    t = '\n'.join(lines)
    seen = set()
    for m in re.finditer(r'\b(?:[A-Z]{2,}[a-z]?[A-Z]*s?|[A-Z][a-z]?[A-Z]{1,}[a-z]?)\b', t):
        a = m.group(0)
        if a in seen or a in OK: continue
        seen.add(a)
        before = t[max(0,m.start()-1):m.start()]; after = t[m.end():m.end()+1]
        if before == '(' or after in '(' and t[m.end():m.end()+2].startswith(' ('):
            continue
        if after == ')' or t[m.end():m.end()+2] == ' (':
            continue
        print(i, a, '::', t[max(0,m.start()-60):m.end()+30].replace('\n',' / '))
