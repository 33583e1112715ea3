"""Generator for set N1 (Northmoor MBC): 12 plans in three layouts. Run with the N1 venv."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_bold, gen_ef, gen_nat

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plans")
os.makedirs(OUT, exist_ok=True)
for mod in (gen_bold, gen_ef, gen_nat):
    for fname, plan in mod.PLANS.items():
        mod.build(plan, os.path.join(OUT, fname))
        print("wrote", fname)
