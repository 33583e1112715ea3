import glob, re, os
from docx import Document
def text(path):
    d=Document(path); out=[]
    def walk(container):
        for blk in container.iter_inner_content() if hasattr(container,'iter_inner_content') else []:
            if blk.__class__.__name__=='Paragraph': out.append(blk.text)
            else:
                seen=[]
                for row in blk.rows:
                    for c in row.cells:
                        if any(c._tc is s for s in seen): continue
                        seen.append(c._tc); walk(c)
    walk(d)
    return "\n".join(out)
for p in sorted(glob.glob(os.path.join(os.path.dirname(__file__),'plans','*.docx'))):
    t=text(p)
    acr=sorted(set(re.findall(r"\b[A-Z][A-Z0-9]{1,}[a-z]?\b",t)))
    print(os.path.basename(p), len(t.split()), 'words;', ' '.join(acr))
