import sys,re
sys.path.insert(0,'.')
from dump import text
import glob
for f in sorted(glob.glob('plans/*.docx')):
    t=text(f)
    # drop template boilerplate lines
    seen={}
    for m in re.finditer(r'\b[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*\b', t):
        w=m.group(0)
        if w in seen or w in ('EHCP','EHC','SEND','SEN','NHS','IT','GCSE','GCSEs','YES','NO','MAIN','CONTACT','DETAILS','SUMMARY','CHILD','YOUNG','PERSON','EDUCATION','HEALTH','AND','CARE','PLAN','FINAL','AMENDED','FOLLOWING','ANNUAL','REVIEW','LA','SLCN','ACC'): continue
        seen[w]=t[max(0,m.start()-50):m.end()+40].replace('\n',' ')
    print('==',f)
    for w,c in seen.items(): print('  ',w,'::',c)
