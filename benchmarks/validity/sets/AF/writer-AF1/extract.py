"""Body-order text of a .docx (paragraphs and table cells, merged cells once)."""
import sys, docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.table import Table

def lines(path):
    d = docx.Document(path)
    out = []
    def walk(el, parent):
        for ch in el.iterchildren():
            if ch.tag == qn('w:p'):
                t = Paragraph(ch, parent).text
                if t.strip(): out.append(t)
            elif ch.tag == qn('w:tbl'):
                tb = Table(ch, parent)
                for r in tb.rows:
                    seen = set()
                    for c in r.cells:
                        if id(c._tc) in seen: continue
                        seen.add(id(c._tc))
                        walk(c._tc, c)
    # merged cells across rows: python-docx returns same _tc for vMerge? no - dedupe text later
    walk(d.element.body, d)
    return out

if __name__ == '__main__':
    for l in lines(sys.argv[1]): print(l)
