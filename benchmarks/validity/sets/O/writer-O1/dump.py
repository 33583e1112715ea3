import sys, re, docx
from docx.table import Table
from docx.text.paragraph import Paragraph
def lines(path):
    d = docx.Document(path); out = []
    def walk(parent, el):
        for ch in el.iterchildren():
            tag = ch.tag.split('}')[1]
            if tag == 'p':
                t = Paragraph(ch, parent).text
                if t.strip(): out.append(t)
            elif tag == 'tbl':
                tb = Table(ch, parent)
                for r in tb.rows:
                    seen = []; cells = []
                    for c in r.cells:
                        if c._tc in seen: continue
                        seen.append(c._tc); cells.append(c.text.strip())
                    out.append(" | ".join(cells))
    walk(d, d.element.body)
    return out
if __name__ == "__main__":
    for f in sys.argv[1:]:
        L = lines(f)
        txt = "\n".join(L)
        print("=====", f, "words:", len(txt.split()), "placeholders:", txt.count("{{"))
        if "-v" in sys.argv[0:1] : pass
