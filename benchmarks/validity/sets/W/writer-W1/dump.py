import sys, docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.table import Table
def texts(path):
    d = docx.Document(path); out = []
    def walk(parent_el, parent):
        for el in parent_el.iterchildren():
            if el.tag == qn('w:p'):
                out.append(Paragraph(el, parent).text)
            elif el.tag == qn('w:tbl'):
                t = Table(el, parent)
                for row in t.rows:
                    seen = set()
                    for c in row.cells:
                        if id(c._tc) in seen: continue
                        seen.add(id(c._tc))
                        walk(c._tc, c)
    walk(d.element.body, d)
    return out
if __name__ == "__main__":
    for p in sys.argv[1:]:
        t = texts(p); print(p, len(" ".join(t).split()), "words")
