import sys, re
from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph
def walk(parent, el, out):
    for child in el.iterchildren():
        tag = child.tag.split('}')[1]
        if tag == 'p':
            t = Paragraph(child, parent).text
            if t.strip(): out.append(t)
        elif tag == 'tbl':
            tbl = Table(child, parent)
            for row in tbl.rows:
                seen=set()
                for cell in row.cells:
                    if id(cell._tc) in seen: continue
                    seen.add(id(cell._tc))
                    sub=[]; walk(cell, cell._tc, sub)
                    out.append(" | ".join(sub))
def text(path):
    d = Document(path); out=[]; walk(d, d.element.body, out); return "\n".join(out)
if __name__=="__main__":
    for f in sys.argv[1:]:
        t=text(f); print(f, len(re.findall(r"\w+", t)))
