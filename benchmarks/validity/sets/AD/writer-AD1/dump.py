import sys, docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
def walk(d):
    out=[]
    def blk(parent_el, parent):
        for el in parent_el.iterchildren():
            if el.tag==qn('w:p'):
                out.append(Paragraph(el,parent).text)
            elif el.tag==qn('w:tbl'):
                t=Table(el,parent)
                for r in t.rows:
                    prev=None
                    for c in r.cells:
                        if c._tc is prev: continue
                        prev=c._tc
                        blk(c._tc, c)
    blk(d.element.body, d)
    return out
if __name__=='__main__':
    d=docx.Document(sys.argv[1])
    print('\n'.join(walk(d)))
