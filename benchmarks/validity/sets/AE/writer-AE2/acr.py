import re,sys
from extract import text_lines
TEMPLATE_SKIP = ("SEND Code of Practice","SLCN","EHCP template","NHS Number","EHCP from","GP and key","Y9 and older","LA?")
for f in sys.argv[1:]:
    lines=text_lines(f)
    text="\n".join(lines)
    seen={}
    for m in re.finditer(r"\b[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*\b",text):
        w=m.group()
        if w in seen: continue
        ctx=text[max(0,m.start()-60):m.end()+5].replace("\n"," | ")
        seen[w]=ctx
    ok=[]
    bad=[]
    for w,ctx in seen.items():
        if "("+w+")" in ctx or w.upper()!=w and not w.isupper() and sum(c.isupper() for c in w)<2:
            ok.append(w)
        else:
            bad.append((w,ctx))
    print("==",f)
    for w,ctx in bad: print("  ",w,"::",ctx)
