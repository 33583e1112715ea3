# -*- coding: utf-8 -*-
"""Self-checks for set K2: re-open each .docx, count words, check acronyms, woolly words,
why-quotes and a few spelling patterns."""
import os
import re
import sys

import yaml
from docx import Document
from docx.oxml.ns import qn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate import PLANS  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def iter_text(el, out):
    for child in el.iterchildren():
        if child.tag == qn("w:p"):
            t = "".join(x.text or "" for x in child.iter(qn("w:t")))
            out.append(t)
        elif child.tag == qn("w:tbl"):
            for tr in child.findall(qn("w:tr")):
                for tc in tr.findall(qn("w:tc")):
                    iter_text(tc, out)
        elif child.tag in (qn("w:body"), qn("w:sdt"), qn("w:sdtContent")):
            iter_text(child, out)
    return out


def doc_text(path):
    d = Document(path)
    return [t for t in iter_text(d.element.body, []) if t.strip()]


def blocks_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif b[0] in ("h", "q"):
            out.append(b[1])
        elif b[0] == "b":
            out.append(b[1] + " " + b[2])
        elif b[0] in ("ul", "ol"):
            out.extend(b[1])
        elif b[0] == "tbl":
            out.append(" ".join(b[1]))
            out.extend(" ".join(r) for r in b[2])
    return "\n".join(out)


VAGUE = [r"\baccess to\b", r"\bopportunit", r"\bas required\b", r"\bas appropriate\b",
         r"\bregular", r"\bwhere possible\b", r"\bup to\b", r"\bwould benefit\b",
         r"\bshould\b", r"\bmay\b", r"\bas needed\b", r"\bwhen required\b", r"\bsupport as\b"]
WHITELIST = {"NHS", "GP", "IT", "UK", "CE", "OK", "PE", "II", "III", "A", "B", "C", "D", "E",
             "F", "G", "H", "I", "J", "K", "H1", "H2", "N18", "N24", "X"}
AMERICAN = [r"\w+iz(e|ed|es|ing|ation)\b", r"\bcolor", r"\bbehavior", r"\bcenter\b",
            r"\bprogram\b", r"\bpracticing\b", r"\bcounseling\b", r"\bpediatric", r"\bfavorite"]
MISSPELL = [r"seperat", r"recieve", r"accomodat", r"occassion", r"definate", r"independan",
            r"occured", r"untill", r"begining", r"enviroment", r"goverment", r"neccess",
            r"priviledge", r"wich\b", r"teh\b"]


def main():
    labels = yaml.safe_load(open(os.path.join(HERE, "labels.yaml")))
    bylab = {p["file"]: p for p in labels["plans"]}
    ok = True
    for plan in PLANS:
        f = plan["file"]
        lab = bylab[f]
        sound = all(v != "fail" for v in lab["labels"].values())
        lines = doc_text(os.path.join(HERE, "plans", f))
        full = "\n".join(lines)
        words = len(re.findall(r"\S+", full))
        print("=" * 70)
        print(f, plan["layout"], "SOUND" if sound else "FAILING", "words:", words)
        if not 700 <= words <= 1500:
            print("  !! word count out of range")
        # acronyms: first occurrence should be inside '(ACR' or preceded by expansion
        seen = {}
        for m in re.finditer(r"\b([A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*)\b", full):
            tok = m.group(1)
            if tok in WHITELIST or tok in seen:
                continue
            seen[tok] = m.start()
            before = full[max(0, m.start() - 1):m.start()]
            after = full[m.end():m.end() + 1]
            explained = before == "(" or before == "" and False
            if not explained:
                ctx = full[max(0, m.start() - 60):m.end() + 40].replace("\n", " | ")
                print("  acronym first use not in brackets: %-8s ...%s..." % (tok, ctx))
        # woolly words in F (and anywhere in G for info)
        for key, title, blocks in plan["sections"]:
            if key in ("F",):
                txt = blocks_text(blocks)
                for pat in VAGUE:
                    for m in re.finditer(pat, txt):
                        ctx = txt[max(0, m.start() - 50):m.end() + 40].replace("\n", " | ")
                        print("  vague in %s: %r  ...%s..." % (key, m.group(0), ctx))
        for pat in AMERICAN + MISSPELL:
            for m in re.finditer(pat, full, flags=re.I):
                print("  spelling check: %r" % m.group(0))
        # why quotes
        norm = re.sub(r"\s+", " ", full.replace("\u2019", "'"))
        rowtexts = [re.sub(r"\s+", " ", l) for l in lines]
        for crit, why in (lab.get("why") or {}).items():
            for qt in re.findall(r'"([^"]+)"', why):
                pieces = [p.strip() for p in re.split(r"\.\.\.| \| ", qt) if p.strip()]
                for p in pieces:
                    if p in ("-",):
                        continue
                    if p not in norm:
                        print("  !! why quote not found [%s]: %r" % (crit, p))
                        ok = False
        # front matter check
        for need in ("Date of final plan", "NCY", "Date of last review"):
            if need not in full:
                print("  !! missing front matter", need)
    print("\nquotes ok" if ok else "\nSOME QUOTES MISSING")


if __name__ == "__main__":
    main()
