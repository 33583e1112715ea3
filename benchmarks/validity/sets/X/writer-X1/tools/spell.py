import re, sys, glob
sys.path.insert(0, 'tools')
from dump import text
from spellchecker import SpellChecker
sp = SpellChecker(language='en')
# load template text words to ignore
tmpl = set(w.lower() for l in text('/work/shared/reference/national-ehcp-template.docx') for w in re.findall(r"[A-Za-z][A-Za-z'\u2019]+", l))
for f in sorted(glob.glob('plans/*.docx')):
    words = set()
    for l in text(f):
        for w in re.findall(r"[A-Za-z\u00C0-\u017F][A-Za-z\u00C0-\u017F'\u2019-]+", l):
            w = w.strip("'\u2019-")
            if not w or w[0].isupper() and w.lower() not in sp: continue  # names
            for part in w.split('-'):
                p = part.lower().replace('\u2019', "'")
                if p.endswith("'s"): p = p[:-2]
                if p and p not in tmpl and p not in sp and not p.isupper():
                    words.add(p)
    unk = sp.unknown(words)
    print(f, sorted(unk))
