import sys, docx, re
from docx.table import Table
from docx.text.paragraph import Paragraph
def walk(d):
    out=[]
    for el in d.element.body.iterchildren():
        t=el.tag.split('}')[1]
        if t=='p':
            p=Paragraph(el,d); 
            if p.text.strip(): out.append(('P:'+p.style.name+': ')+p.text)
        elif t=='tbl':
            tb=Table(el,d)
            for r in tb.rows:
                cells=[];prev=None
                for c in r.cells:
                    if c._tc is prev: continue
                    prev=c._tc; cells.append(c.text.replace('\n',' / '))
                out.append('T: '+' | '.join(cells))
    return out
for f in sys.argv[1:]:
    d=docx.Document(f); lines=walk(d)
    txt='\n'.join(lines)
    print('=====',f,'words:',len(re.findall(r"\w+",txt)))
    if '-v' in sys.argv[0:1]: pass
