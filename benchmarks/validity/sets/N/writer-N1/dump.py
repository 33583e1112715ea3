import sys, docx
from docx.table import Table
from docx.text.paragraph import Paragraph
def dump(path):
    d=docx.Document(path); out=[]
    def walk(el):
        for ch in el.iterchildren():
            tag=ch.tag.split('}')[1]
            if tag=='p':
                t=Paragraph(ch,d).text
                if t.strip(): out.append(t)
            elif tag=='tbl':
                tb=Table(ch,d)
                for r in tb.rows:
                    seen=[];cells=[]
                    for c in r.cells:
                        if c._tc in seen: continue
                        seen.append(c._tc); cells.append(c.text.replace('\n',' / '))
                    out.append(' | '.join(cells))
    walk(d.element.body)
    return '\n'.join(out)
if __name__=='__main__':
    for p in sys.argv[1:]:
        t=dump(p); print('=====',p,len(t.split()),'words'); 
