import sys
from docx import Document
from docx.oxml.ns import qn
def text_of(path):
    d=Document(path); out=[]
    for el in d.element.body.iterchildren():
        tag=el.tag.split('}')[1]
        if tag=='p':
            t=''.join(x.text or '' for x in el.iter(qn('w:t')))
            if t.strip(): out.append(t)
        elif tag=='tbl':
            for tr in el.iter(qn('w:tr')):
                cells=[]
                for tc in tr.iter(qn('w:tc')):
                    ps=[''.join(x.text or '' for x in p.iter(qn('w:t'))) for p in tc.iter(qn('w:p'))]
                    c=' / '.join(p for p in ps if p.strip())
                    if not cells or cells[-1]!=c: cells.append(c)
                out.append(' | '.join(cells))
    return '\n'.join(out)
if __name__=='__main__':
    for p in sys.argv[1:]:
        t=text_of(p); print('=====',p,len(t.split()),'words'); 
        if '-q' not in sys.argv: print(t)
