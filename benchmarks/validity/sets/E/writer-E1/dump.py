import sys, docx, re
from docx.oxml.ns import qn
def text(path):
    d = docx.Document(path); out=[]
    for el in d.element.body.iterchildren():
        if el.tag == qn('w:p'):
            t=''.join(x.text or '' for x in el.iter(qn('w:t')))
            if t.strip(): out.append(t)
        elif el.tag == qn('w:tbl'):
            for tr in el.iter(qn('w:tr')):
                cells=[]
                for tc in tr.iter(qn('w:tc')):
                    cells.append(' / '.join(''.join(x.text or '' for x in p.iter(qn('w:t'))) for p in tc.iter(qn('w:p'))).strip(' /'))
                out.append('| ' + ' | '.join(cells))
    return '\n'.join(out)
if __name__=='__main__':
    for p in sys.argv[1:]:
        t=text(p); print('=====',p, len(t.split()),'words'); 
        if '-v' not in sys.argv: print(t)
