import re, sys, dump
SKIP = {"EHC","SEN","SEND","K1","K2","K3","K4","K5","K6","K7","K8","K9","YES","NO","UK","GP","PE","IT","LA","KS1","KS2","KS3","KS4","GCSE","NHS","CE","FIFA","BTEC","II","DOB","TV","YES/","EHCP","SLCN","CHILD","YOUNG","PERSON","MAIN","CONTACT","DETAILS","SUMMARY","EDUCATION","HEALTH","AND","CARE","PLAN","LONDON","BOROUGH","OF","HOLLINWELL"}
for f in sys.argv[1:]:
    txt = "\n".join(dump.lines(f))
    seen = {}
    for m in re.finditer(r"\b([A-Z][A-Za-z]*[A-Z]+[a-z]?)\b", txt):
        a = m.group(1)
        if a in SKIP or a in seen or not re.search(r"[A-Z].*[A-Z]", a): continue
        seen[a] = m.start()
    bad = []
    for a, pos in seen.items():
        exp = txt.find("(" + a + ")")
        if exp == -1 or exp > pos + len(a) + 2:
            bad.append(f"{a}: ...{txt[max(0,pos-40):pos+30]!r}")
    print("==", f); [print("   ", b) for b in bad]
