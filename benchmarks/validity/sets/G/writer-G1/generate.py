"""Set G1 generator: builds plans/g101.docx ... g112.docx.
Run: /work/blind/.venv-G1/bin/python generate.py
Plan content lives in plans_bold.py, plans_ef.py, plans_nat.py; renderers in gen_helpers.py."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_helpers import render_bold, render_ef, render_national
import plans_bold, plans_ef, plans_nat

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'plans')
os.makedirs(OUT, exist_ok=True)
RENDER = {'bold-statutory': render_bold, 'ef-table': render_ef, 'national-template': render_national}

def all_plans():
    ps = plans_bold.PLANS + plans_ef.PLANS + plans_nat.PLANS
    return sorted(ps, key=lambda p: p['file'])

if __name__ == '__main__':
    for P in all_plans():
        RENDER[P['layout']](P, os.path.join(OUT, P['file']))
        print('wrote', P['file'], P['layout'])
