"""Build set I2 plans and labels.yaml. Run: /work/blind/.venv-I2/bin/python generate.py"""
import os, sys, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render import RENDER
import plans1, plans2, plans3

CRITERIA = ["CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW",
    "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-VOICE", "PC-ASPIRATIONS", "PC-ASPIRATION-LINK", "PC-PFA", "PC-STRENGTHS",
    "PR-VAGUE-WORDING", "PR-QUANTIFIED", "PR-OUTCOME-LINK",
    "HC-NEEDS", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-ADVICE", "HC-DCO-SIGNOFF", "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES",
    "SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "SC-RIGHT-SECTION",
    "LG-SPELLING", "LG-GRAMMAR", "LG-READABILITY", "LG-JARGON"]

OUT = os.path.dirname(os.path.abspath(__file__))
os.makedirs(os.path.join(OUT, "plans"), exist_ok=True)
entries = []
for p in plans1.P + plans2.P + plans3.P:
    RENDER[p["layout"]](p, os.path.join(OUT, "plans", p["file"]))
    labels = {c: p["labels"].get(c, "pass") for c in CRITERIA}
    entries.append({"file": p["file"], "layout": p["layout"], "age": p["age"], "year_group": p["year_group"],
                    "needs": p["needs"], "voice": p["voice"], "labels": labels, "why": p.get("why", {})})
with open(os.path.join(OUT, "labels.yaml"), "w") as f:
    yaml.safe_dump({"audit_date": __import__("datetime").date(2026, 12, 1), "plans": entries}, f, sort_keys=False, allow_unicode=True, width=200)
print(len(entries), "plans written")
