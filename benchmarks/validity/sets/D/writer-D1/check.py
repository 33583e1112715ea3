import sys, glob, os
from docx import Document
def walk(el_parent):
    out=[]
    for child in el_parent.iter_inner_content() if hasattr(el_parent,'iter_inner_content') else []:
        pass
def text_of(doc):
    lines=[]
    body=doc.element.body
    def cell_text(cell):
        res=[]
        for p in cell.paragraphs: res.append(p.text)
        for t in cell.tables:
            for r in t.rows:
                seen=set()
                for c in r.cells:
                    if id(c._tc) in seen: continue
                    seen.add(id(c._tc)); res.extend(cell_text(c))
        return res
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    for el in body.iterchildren():
        if el.tag.endswith('}p'):
            p=Paragraph(el,doc); lines.append(f"[{p.style.name}] {p.text}")
        elif el.tag.endswith('}tbl'):
            t=Table(el,doc)
            for r in t.rows:
                seen=[]; cells=[]
                for c in r.cells:
                    if c._tc in seen: continue
                    seen.append(c._tc); cells.append(" / ".join(x for x in cell_text(c) if x))
                lines.append("| "+" | ".join(cells))
    return lines
for f in sys.argv[1:]:
    d=Document(f); L=text_of(d)
    wc=sum(len(l.split("] ",1)[-1].split()) for l in L)
    print("=====",os.path.basename(f),"words",wc)
    if os.environ.get("SHOW"): print("\n".join(L))
