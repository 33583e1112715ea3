import sys, docx
from docx.table import Table
from docx.text.paragraph import Paragraph
def walk(d, parent, depth=0):
    for el in parent.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == 'p':
            p = Paragraph(el, d)
            if p.text.strip(): print('  '*depth + f'[{p.style.name}] ' + p.text)
        elif tag == 'tbl':
            t = Table(el, d)
            for r in t.rows:
                seen=set(); cells=[]
                for c in r.cells:
                    if id(c._tc) in seen: continue
                    seen.add(id(c._tc)); cells.append(c.text.replace('\n',' / '))
                print('  '*depth + 'ROW| ' + ' || '.join(cells))
def words(path):
    d = docx.Document(path); n=0
    for p in d.paragraphs: n+=len(p.text.split())
    def tw(t):
        m=0; seen=set()
        for r in t.rows:
            for c in r.cells:
                if id(c._tc) in seen: continue
                seen.add(id(c._tc))
                m+=sum(len(p.text.split()) for p in c.paragraphs)
                for tt in c.tables: m+=tw(tt)
        return m
    for t in d.tables: n+=tw(t)
    return n
if __name__=='__main__':
    if sys.argv[1]=='words':
        import glob
        for f in sorted(glob.glob('plans/*.docx')): print(f, words(f))
    else:
        d=docx.Document(sys.argv[1]); walk(d, d.element.body)
