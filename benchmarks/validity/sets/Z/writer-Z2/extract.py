import sys, docx
from docx.table import Table
from docx.text.paragraph import Paragraph
def body_text(path):
    d = docx.Document(path)
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == 'p':
            out.append(Paragraph(el, d).text)
        elif tag == 'tbl':
            t = Table(el, d)
            for row in t.rows:
                seen = set()
                for c in row.cells:
                    if id(c._tc) in seen: continue
                    seen.add(id(c._tc))
                    out.append(c.text)
    return '\n'.join(out)
if __name__ == '__main__':
    for p in sys.argv[1:]:
        print(body_text(p))
