import re, sys, glob
from docx import Document
def text(path):
    d = Document(path); out = []
    body = d.element.body
    for el in body.iter():
        if el.tag.endswith('}p'):
            t = ''.join(x.text or '' for x in el.iter() if x.tag.endswith('}t'))
            if t: out.append(t)
    # dedupe merged cell repeats
    return out
VAGUE = re.compile(r"access to|opportunit|as required|as appropriate|regular|where possible|up to|would benefit|should|\bmay\b|as needed", re.I)
for f in sorted(glob.glob('plans/*.docx')):
    lines = text(f)
    words = sum(len(l.split()) for l in lines)
    # F section
    s = '\n'.join(lines)
    m = re.search(r"Special educational provision\n(.*?)(Health provision)", s, re.S)
    fsec = m.group(1) if m else ''
    hits = VAGUE.findall(fsec)
    print(f, words, 'F-vague:', hits)
