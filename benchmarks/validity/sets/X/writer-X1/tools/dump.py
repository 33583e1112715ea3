import sys, docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

def walk(container, doc, out, depth=0):
    for el in container.iterchildren():
        if el.tag == qn('w:p'):
            t = Paragraph(el, doc).text
            if t.strip(): out.append(t)
        elif el.tag == qn('w:tbl'):
            tb = Table(el, doc)
            for row in tb.rows:
                seen = set()
                for c in row.cells:
                    if id(c._tc) in seen: continue
                    seen.add(id(c._tc))
                    walk(c._tc, doc, out, depth+1)
def text(path):
    d = docx.Document(path); out=[]
    walk(d.element.body, d, out)
    return out
if __name__ == '__main__':
    for l in text(sys.argv[1]): print(l)
