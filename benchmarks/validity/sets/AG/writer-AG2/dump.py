"""Dump .docx text in body order (paragraphs and table cells, merged cells once)."""
import sys
from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.oxml.ns import qn

def cell_texts(tbl, doc):
    out = []
    for row in tbl.rows:
        seen = set()
        for c in row.cells:
            if id(c._tc) in seen: continue
            seen.add(id(c._tc))
            for el in c._tc.iterchildren():
                if el.tag == qn('w:p'):
                    out.append(Paragraph(el, doc).text)
                elif el.tag == qn('w:tbl'):
                    out.extend(cell_texts(Table(el, doc), doc))
    return out

def text(path):
    doc = Document(path)
    out = []
    for el in doc.element.body.iterchildren():
        if el.tag == qn('w:p'):
            out.append(Paragraph(el, doc).text)
        elif el.tag == qn('w:tbl'):
            out.extend(cell_texts(Table(el, doc), doc))
    return '\n'.join(out)

if __name__ == '__main__':
    for p in sys.argv[1:]:
        print(text(p))
