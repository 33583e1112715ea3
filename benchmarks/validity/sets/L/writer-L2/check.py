#!/usr/bin/env python3
"""Writer's own checks on the generated set: re-opens each .docx with python-docx and
reports word count, unexplained acronyms, US spellings, vague words, planted misspellings,
layout features, and the label coverage of labels.yaml. Not part of the plans."""
import os
import re
import sys
from collections import Counter

import yaml
from docx import Document
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))


def iter_text(doc):
    """Text of body paragraphs and table cells in document order (nested tables too, merged cells once)."""
    out = []

    def walk(el):
        for child in el.iterchildren():
            if child.tag == qn("w:p"):
                t = "".join(x.text or "" for x in child.iter(qn("w:t")))
                if t.strip():
                    out.append(t)
            elif child.tag == qn("w:tbl"):
                for tr in child.iterchildren(qn("w:tr")):
                    for tc in tr.iterchildren(qn("w:tc")):
                        vm = tc.find(qn("w:tcPr") + "/" + qn("w:vMerge"))
                        if vm is not None and vm.get(qn("w:val")) != "restart":
                            continue
                        walk(tc)
            elif child.tag == qn("w:sdt"):
                walk(child)

    walk(doc.element.body)
    return out


ALLOWED = {"GCSE", "GCSEs", "NHS", "IT", "PE", "A4", "AM", "PM", "UK", "OK"}
US = ["color", "behavior", "center", "organiz", "recogniz", "program ", "programs", " mom",
      "practicing", "favorite", "neighbor", "analyz", "apologiz", "realiz", "specializ", "pediatric",
      "labeled", "traveled", "enroll ", "fulfill "]
VAGUE = ["access to", "opportunities", "opportunity", "as required", "as appropriate", "regular",
         "where possible", "up to", "would benefit", "should", " may ", "as needed"]
MISSPELL = ["recieve", "seperate", "acheive", "independant", "accomodation", "enviroment",
            "begining", "definately", "occured", "untill", "wich"]


def acronym_report(lines):
    text = "\n".join(lines)
    seen = {}
    for m in re.finditer(r"\b([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\b", text):
        tok = m.group(1)
        if tok in ALLOWED or tok.isupper() is False and not re.match(r"^[A-Z]{1,}[a-z]?[A-Z]+[a-z]?$", tok):
            continue
        if len(tok) < 2 or tok in seen:
            continue
        before = text[max(0, m.start() - 1):m.start()]
        after = text[m.end():m.end() + 1]
        seen[tok] = (before == "(" and after == ")")
    return sorted(k for k, ok in seen.items() if not ok)


def section_text(lines, start_pat, end_pat):
    buf, on = [], False
    for ln in lines:
        if re.match(start_pat, ln.strip()):
            on = True
            continue
        if on and re.match(end_pat, ln.strip()):
            break
        if on:
            buf.append(ln)
    return " ".join(buf)


def main():
    labels = yaml.safe_load(open(os.path.join(HERE, "labels.yaml")))
    for entry in labels["plans"]:
        f = entry["file"]
        doc = Document(os.path.join(HERE, "plans", f))
        lines = iter_text(doc)
        words = sum(len(l.split()) for l in lines)
        styles = Counter(p.style.name for p in doc.paragraphs)
        n_tables = len(doc.tables)
        merged = sum(1 for t in doc.tables for tc in t._tbl.iter(qn("w:vMerge")))
        hmerged = sum(1 for t in doc.tables for tc in t._tbl.iter(qn("w:gridSpan")))
        shd = len(doc.element.body.findall(".//" + qn("w:shd")))
        low = " ".join(lines).lower()
        us = [w for w in US if w in low]
        ms = [w for w in MISSPELL if w in low]
        f_text = section_text(lines, r"^(Section F|F\.)", r"^(Section G|G\.)").lower()
        vague = [w for w in VAGUE if w in " " + f_text + " "]
        acr = acronym_report(lines)
        fails = [k for k, v in entry["labels"].items() if v == "fail"]
        print(f"== {f} [{entry['layout']}] words={words} tables={n_tables} vMerge={merged} gridSpan={hmerged} shd={shd}")
        print("   styles:", {k: v for k, v in styles.items() if k != "Normal"})
        print("   fails:", fails)
        print("   unexplained acronyms:", acr)
        if us:
            print("   US spellings:", us)
        if ms:
            print("   misspellings:", ms)
        print("   vague words in F:", vague)
    # coverage
    cnt = Counter()
    sound = 0
    for e in labels["plans"]:
        fl = [k for k, v in e["labels"].items() if v == "fail"]
        if not fl:
            sound += 1
        cnt.update(fl)
    print("\nsound plans:", sound, "failing:", len(labels["plans"]) - sound)
    allc = list(labels["plans"][0]["labels"].keys())
    for c in allc:
        print(f"  {c:28s} {cnt.get(c, 0)}")
    missing = [c for c in allc if cnt.get(c, 0) == 0]
    print("criteria with no planted failure:", missing)


if __name__ == "__main__":
    main()
