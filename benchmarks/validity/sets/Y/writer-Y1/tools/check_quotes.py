"""Re-open every plan (python-docx, paragraphs and tables in body order) and check each quoted
fragment in labels.yaml 'why' is really in the plan."""
import os, re, sys, yaml, docx
from docx.table import Table
from docx.text.paragraph import Paragraph
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def text_of(path):
    d = docx.Document(path); out = []
    for ch in d.element.body.iterchildren():
        if ch.tag.endswith('}p'):
            out.append(Paragraph(ch, d).text)
        elif ch.tag.endswith('}tbl'):
            for r in Table(ch, d).rows:
                seen = []
                for c in r.cells:
                    if c._tc in seen: continue
                    seen.append(c._tc); out.append(c.text)
    return re.sub(r"\s+", " ", "\n".join(out))

lab = yaml.safe_load(open(os.path.join(HERE, "labels.yaml")))
bad = 0
for p in lab["plans"]:
    t = text_of(os.path.join(HERE, "plans", p["file"]))
    assert len(p["labels"]) == 31, p["file"]
    for c, v in p["labels"].items():
        if v == "fail" and c not in p["why"]:
            print("MISSING WHY", p["file"], c); bad += 1
    for c, w in p["why"].items():
        # quoted fragments: "..." not containing an inner double quote
        for q in re.findall(r'"([^"]{6,})"', w):
            parts = [x.strip() for x in q.split(" ... ")]
            for part in parts:
                part = re.sub(r"\s+", " ", part)
                if part not in t:
                    print("NOT FOUND", p["file"], c, "|", part); bad += 1
print("problems:", bad)
sys.exit(1 if bad else 0)
