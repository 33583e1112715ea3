"""List woolly words found in the provision (F) text of each plan."""
import re
import plans_bold, plans_ef, plans_nat
WOOL = [r"\baccess to\b", r"\bopportunit", r"\bas required\b", r"\bas appropriate\b", r"\bregular", r"\bwhere possible\b",
        r"\bup to\b", r"\bwould benefit\b", r"\bshould\b", r"\bmay\b", r"\bas needed\b", r"\bif needed\b", r"\bsupport as\b"]
def texts(x):
    if isinstance(x, str): yield x
    elif isinstance(x, (list, tuple)):
        for i in x: yield from texts(i)
for p in plans_bold.PLANS:
    F = dict(p['sections'])['F']
    hits = [(w, t[:80]) for t in texts(F) for w in WOOL if re.search(w, t, re.I)]
    print(p['file'], hits)
for p in plans_ef.PLANS:
    EF = dict(p['sections'])['EF']
    hits = [(w, t[:80]) for a in EF for r in a['rows'] for t in r[1:] if t for w in WOOL if re.search(w, t, re.I)]
    print(p['file'], hits)
for p in plans_nat.PLANS:
    hits = [(w, r[1][:80]) for a in p['areas'].values() for r in a['rows'] for w in WOOL if re.search(w, r[1], re.I)]
    print(p['file'], hits)
