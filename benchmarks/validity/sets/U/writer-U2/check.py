import re, sys, yaml, docx
from docx.table import Table
from docx.text.paragraph import Paragraph
def iter_text(path):
    d = docx.Document(path)
    out = []
    def walk(parent_el, parent):
        for el in parent_el.iterchildren():
            tag = el.tag.split('}')[1]
            if tag == 'p':
                out.append(Paragraph(el, parent).text)
            elif tag == 'tbl':
                t = Table(el, parent)
                for row in t.rows:
                    seen = set()
                    for c in row.cells:
                        if id(c._tc) in seen or c._tc in [x for x in []]: pass
                        if c._tc in seen: continue
                        seen.add(c._tc)
                        walk(c._tc, c)
    walk(d.element.body, d)
    return out
if __name__ == '__main__':
    import glob
    for f in sorted(glob.glob('plans/*.docx')):
        txt = iter_text(f)
        words = sum(len(t.split()) for t in txt)
        full = "\n".join(txt)
        acr = []
        seen = set()
        for m in re.finditer(r"\b([A-Z][A-Z0-9]{1,}[a-z]?)\b", full):
            a = m.group(1)
            if a in seen: continue
            seen.add(a)
            ctx = full[max(0, m.start()-3):m.end()+2]
            ok = ctx.startswith(' (') or full[m.end():m.end()+1]==')' and full[m.start()-1]=='('
            acr.append(a + ('' if ok else '*'))
        print(f, words, ' '.join(acr))
