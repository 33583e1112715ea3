import sys, docx, re
from docx.table import Table
from docx.text.paragraph import Paragraph
def text_of(path):
    d=docx.Document(path); out=[]
    def walk(el, parent):
        for ch in el.iterchildren():
            tag=ch.tag.split('}')[1]
            if tag=='p': out.append(Paragraph(ch,parent).text)
            elif tag=='tbl':
                t=Table(ch,parent)
                for row in t.rows:
                    seen=set()
                    for c in row.cells:
                        if id(c._tc) in seen: continue
                        seen.add(id(c._tc))
                        walk(c._tc, c)
    walk(d.element.body, d)
    return out
if __name__=='__main__':
    for f in sys.argv[1:]:
        t=text_of(f); txt='\n'.join(t)
        print(f, len(txt.split()), 'words', '{{' in txt)
