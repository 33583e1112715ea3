import sys, re
import docx
from docx.table import Table
from docx.text.paragraph import Paragraph
def iter_text(path):
    d = docx.Document(path)
    out = []
    def walk(parent, container):
        for el in container.iterchildren():
            tag = el.tag.split('}')[1]
            if tag == 'p':
                t = Paragraph(el, parent).text
                if t.strip(): out.append(t)
            elif tag == 'tbl':
                t = Table(el, parent)
                for row in t.rows:
                    seen = []
                    cells = []
                    for c in row.cells:
                        if c._tc in seen: continue
                        seen.append(c._tc)
                        cells.append(c.text.replace('\n', ' / '))
                    out.append(' | '.join(cells))
    walk(d, d.element.body)
    return out
if __name__ == '__main__':
    for p in [a for a in sys.argv[1:] if not a.startswith("-")]:
        lines = iter_text(p)
        txt = '\n'.join(lines)
        print('=====', p, 'words:', len(txt.split()))
        if '-q' not in sys.argv: print(txt)
