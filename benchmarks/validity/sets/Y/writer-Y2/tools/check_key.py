"""Re-opens each plan (paragraphs and tables in body order) and checks every quote in labels.yaml is really there."""
import re, sys, yaml, os
import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

def body_text(path):
    d = docx.Document(path)
    out = []
    def walk(elm, parent):
        for ch in elm.iterchildren():
            tag = ch.tag.split('}')[1]
            if tag == 'p':
                out.append(Paragraph(ch, parent).text)
            elif tag == 'tbl':
                t = Table(ch, parent)
                for row in t.rows:
                    seen = set()
                    for c in row.cells:
                        if id(c._tc) in seen:
                            continue
                        seen.add(id(c._tc))
                        walk(c._tc, c)
    walk(d.element.body, d)
    return out

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
key = yaml.safe_load(open(os.path.join(here, "labels.yaml")))
bad = 0
from collections import Counter
fails = Counter()
for p in key["plans"]:
    paras = body_text(os.path.join(here, "plans", p["file"]))
    assert len(p["labels"]) == 31, p["file"]
    for c, v in p["labels"].items():
        if v == "fail":
            fails[c] += 1
            if c not in p["why"]:
                print("MISSING why", p["file"], c); bad += 1
    for c, w in p["why"].items():
        for q in re.findall(r'"([^"]+)"', w):
            if not any(q in para for para in paras):
                print("NOT FOUND", p["file"], c, "::", q); bad += 1
print("fail counts:", dict(fails))
print("criteria never failing:", [c for c in key["plans"][0]["labels"] if fails[c] == 0])
print("sound:", [p["file"] for p in key["plans"] if "fail" not in p["labels"].values()])
print("bad", bad)
