import sys, docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
body = d.element.body
for el in body.iterchildren():
    if el.tag == qn('w:p'):
        t = ''.join(x.text or '' for x in el.iter(qn('w:t')))
        if t.strip():
            sty = el.find(qn('w:pPr'))
            s = ''
            if sty is not None and sty.find(qn('w:pStyle')) is not None:
                s = '[' + sty.find(qn('w:pStyle')).get(qn('w:val')) + '] '
            print(s + t)
    elif el.tag == qn('w:tbl'):
        print('<<TABLE>>')
        for tr in el.iter(qn('w:tr')):
            cells = []
            for tc in tr.iter(qn('w:tc')):
                cells.append(' / '.join(''.join(x.text or '' for x in p.iter(qn('w:t'))) for p in tc.iter(qn('w:p'))).strip(' /'))
            print('  | ' + ' | '.join(cells))
        print('<<END>>')
