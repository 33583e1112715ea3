import sys, re, glob, os
from docx import Document
from docx.oxml.ns import qn
def text_of(path):
    d=Document(path)
    out=[]
    body=d.element.body
    for el in body.iter():
        if el.tag==qn('w:p'):
            t=''.join(x.text or '' for x in el.iter(qn('w:t')))
            if t.strip(): out.append(t)
    # dedupe consecutive duplicates from merged cells
    return out
WOOL=["access to","opportunit","as required","as appropriate","regular","where possible","up to","would benefit","should","may ","as needed"]
for f in sorted(glob.glob('plans/*.docx')):
    lines=text_of(f)
    full='\n'.join(lines)
    words=len(full.split())
    # F section text
    m=re.search(r'Special educational provision(.*?)(Health provision)',full,re.S)
    ftxt=m.group(1) if m else ''
    hits=[w for w in WOOL if w in ftxt.lower()]
    acr=[]
    seen=set()
    for mm in re.finditer(r'\b[A-Z]{2,}[a-z]?\b',full):
        a=mm.group(0)
        if a in seen: continue
        seen.add(a)
        ctx=full[max(0,mm.start()-45):mm.end()+10].replace('\n',' | ')
        acr.append((a,ctx))
    print('=====',f,words,'words; F woolly:',hits)
    for a,c in acr: print('   ',a,'::',c)
