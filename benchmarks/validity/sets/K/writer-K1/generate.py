"""Generator for blind set K1 (writer K1): 12 fictional EHC plans for 'Carrow County Council'.
Layouts: bold-statutory (k101, k104, k107, k110), ef-table (k102, k105, k108, k111),
national-template (k103, k106, k109, k112).  Run: /work/blind/.venv-K1/bin/python generate.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import render_bold, render_ef, render_national
import plans_bold, plans_ef, plans_nat

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'plans')
os.makedirs(OUT, exist_ok=True)

for name, blocks in plans_bold.PLANS.items():
    render_bold(os.path.join(OUT, name + '.docx'), blocks, {})
for name, blocks in plans_ef.PLANS.items():
    render_ef(os.path.join(OUT, name + '.docx'), blocks, {})
for name, P in plans_nat.PLANS.items():
    render_national(os.path.join(OUT, name + '.docx'), P)
print('written:', sorted(os.listdir(OUT)))
