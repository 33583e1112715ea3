import sys, docx
from docx.table import Table
from docx.text.paragraph import Paragraph
def texts(path):
    d = docx.Document(path)
    out = []
    def walk(parent):
        for el in parent.element.body.iterchildren() if hasattr(parent,'element') and hasattr(parent.element,'body') else parent._element.iterchildren():
            tag = el.tag.split('}')[1]
            if tag == 'p':
                out.append(Paragraph(el, parent).text)
            elif tag == 'tbl':
                t = Table(el, parent)
                for row in t.rows:
                    seen = set()
                    for c in row.cells:
                        if id(c._tc) in seen: continue
                        seen.add(id(c._tc))
                        for p in c.paragraphs: out.append(p.text)
    walk(d)
    return out
if __name__ == '__main__':
    for t in texts(sys.argv[1]):
        if t.strip(): print(t)
