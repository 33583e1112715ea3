import sys, glob, os
from docx import Document
from docx.oxml.ns import qn
W='{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
def ptext(p):
    return "".join(t.text or "" for t in p.iter(W+'t'))
def iter_el(el):
    for child in el.iterchildren():
        if child.tag == W+'p':
            yield ptext(child)
        elif child.tag == W+'tbl':
            for tr in child.iterchildren(W+'tr'):
                for tc in tr.iterchildren(W+'tc'):
                    vm = tc.find(W+'tcPr/'+W+'vMerge')
                    if vm is not None and vm.get(W+'val') != 'restart':
                        continue
                    yield from iter_el(tc)
def text(path):
    return "\n".join(x for x in iter_el(Document(path).element.body) if x.strip())
if __name__=="__main__":
    for f in sorted(glob.glob('plans/*.docx')):
        t=text(f); open('/tmp/u1_'+os.path.basename(f)+'.txt','w').write(t)
        print(os.path.basename(f), len(t.split()))
