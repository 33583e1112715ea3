import importlib
from extras import EXTRA, NAT_EXTRA
PLANS = []
for mod in ['p_01_04', 'p_05_08', 'p_09_12', 'p_13_16', 'p_17_20', 'p_21_24']:
    PLANS.extend(importlib.import_module(mod).P)
for p in PLANS:
    for sec, blocks in EXTRA.get(p['file'], {}).items():
        if sec == 'A' and len(p['A']) > 2:
            # background goes after the one-page profile (first two blocks)
            p['A'] = p['A'][:2] + blocks + p['A'][2:]
        else:
            p[sec] = p[sec] + blocks
    for field, add in NAT_EXTRA.get(p['file'], {}).items():
        p['nat']['fields'][field] = p['nat']['fields'][field] + add
