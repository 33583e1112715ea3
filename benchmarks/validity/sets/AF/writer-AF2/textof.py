"""Extract text of a plan docx in body order (paragraphs and table cells, nested)."""
import sys
from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

def iter_block(parent_elm, parent):
    for child in parent_elm.iterchildren():
        tag = child.tag.split('}')[1]
        if tag == 'p':
            yield Paragraph(child, parent).text
        elif tag == 'tbl':
            t = Table(child, parent)
            for row in t.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    yield from iter_block(cell._tc, cell)

def text(path):
    d = Document(path)
    return "\n".join(iter_block(d.element.body, d))

if __name__ == "__main__":
    print(text(sys.argv[1]))
