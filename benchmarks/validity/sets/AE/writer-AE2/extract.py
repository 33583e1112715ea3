"""Extract a .docx's text in body order (paragraphs and table cells, nested tables, merged cells once)."""
import sys
from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.oxml.ns import qn


def walk(el, parent, out, seen):
    for child in el.iterchildren():
        if child.tag == qn("w:p"):
            out.append(Paragraph(child, parent).text)
        elif child.tag == qn("w:tbl"):
            t = Table(child, parent)
            for row in t.rows:
                for cell in row.cells:
                    if cell._tc in seen:
                        continue
                    seen.add(cell._tc)
                    walk(cell._tc, cell, out, seen)


def text_lines(path):
    d = Document(path)
    out = []
    seen = set()
    walk(d.element.body, d, out, seen)
    return out


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print("\n".join(text_lines(p)))
