"""PDF benchmark: are PDFs exported from Word plans read and judged as the Word originals?

    python benchmarks/pdf/run.py [--samples all|N] [--out benchmarks/out/pdf]
    python benchmarks/pdf/run.py --validity R,S|all [--out ...]

Exports with LibreOffice (``soffice --headless --convert-to pdf``) every sample plan in
sample_plans/ (.docx: the styled, national template, caps, title-only and two-column table
layouts) and a plan in each layout tests/docx_builders.py writes, then reads each Word file and
its PDF and scores both with the default rubric (as of 2026-03-31). Prints, per layout and in
all: plans whose sections found are the same, and criteria judged at the same level. The
issue's bar: every section found, the same judgement on at least 90% of criteria.
Exit status 1 if the bar is missed.

``--validity`` reads instead the blind validity sets' plans (benchmarks/validity/sets/<SET>/plans,
councils' own layouts written by people who never saw the code), exported the same way, each
scored as of its set's audit date; it prints the same figures per set and per layout (the
writer's layout in labels.yaml).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

import pdf_corpus as C  # noqa: E402

from ehcaudit.rubric.schema import default_rubric_path, load_rubric  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--samples", default="all", help="all, or how many sample plans (every n-th)")
    ap.add_argument("--out", type=Path, default=None, help="keep the Word copies and PDFs here")
    ap.add_argument("--validity", default=None, help="blind validity sets to read instead: A,B,... or all")
    args = ap.parse_args()
    if C.soffice() is None:
        print("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
        return 2
    rubric = load_rubric(default_rubric_path())
    if args.validity:
        return validity(args.validity, args.out, rubric)
    with tempfile.TemporaryDirectory(prefix="ehcaudit-pdf-bench-") as tmp:
        work = args.out or Path(tmp)
        samples = C.sample_plans()
        if args.samples != "all":
            n = max(1, int(args.samples))
            samples = samples[:: max(1, len(samples) // n)][:n]
        words = C.unique_copies(samples, work / "word")
        layouts = {w: C.sample_layout(w) for w in words}
        for name, path in C.builder_plans(work / "word").items():
            layouts[path] = f"builder: {name}"
        t = time.perf_counter()
        pdfs = C.to_pdf(list(layouts), work / "pdf")
        export_s = time.perf_counter() - t
        per: dict[str, list[dict]] = defaultdict(list)
        failed: list[str] = []
        t = time.perf_counter()
        for word, layout in layouts.items():
            if word not in pdfs:
                failed.append(f"{word.name}: not exported")
                continue
            try:
                per[layout].append(C.compare(word, pdfs[word], rubric) | {"name": word.name})
            except Exception as e:  # a PDF ehcaudit could not read is a miss, reported
                failed.append(f"{word.name}: {e}")
        read_s = time.perf_counter() - t
    worst = table(per, "layout")
    for r in worst[:5]:
        if r["differ"] or r["word_sections"] != r["pdf_sections"]:
            print(f"  {r['name']}: {r['same']}/{r['criteria']} same; differ {r['differ']}"
                  + ("" if r["word_sections"] == r["pdf_sections"]
                     else f"; sections Word {r['word_sections']} PDF {r['pdf_sections']}"))
    for f in failed:
        print(f"  FAILED {f}")
    print(f"export {export_s:.1f} s (LibreOffice); read and score Word + PDF {read_s:.1f} s")
    return verdict(per, failed, worst)


def table(per: dict[str, list[dict]], title: str) -> list[dict]:
    """Print plans, sections the same and criteria the same per key of ``per``; every row, worst first."""
    print(f"{title:40} plans  sections same  criteria same")
    tot_p = tot_s = tot_c = tot_same = 0
    for key in sorted(per):
        rows = per[key]
        s = sum(r["word_sections"] == r["pdf_sections"] for r in rows)
        c = sum(r["criteria"] for r in rows)
        same = sum(r["same"] for r in rows)
        tot_p, tot_s, tot_c, tot_same = tot_p + len(rows), tot_s + s, tot_c + c, tot_same + same
        print(f"{key:40} {len(rows):5}  {s:5}/{len(rows):<5}  {same:5}/{c:<5} {same / max(c, 1):6.1%}")
    print(f"{'all':40} {tot_p:5}  {tot_s:5}/{tot_p:<5}  {tot_same:5}/{tot_c:<5} {tot_same / max(tot_c, 1):6.1%}")
    return sorted((r for rows in per.values() for r in rows), key=lambda r: r["same"] / max(r["criteria"], 1))


def verdict(per: dict[str, list[dict]], failed: list[str], worst: list[dict]) -> int:
    tot_p = sum(len(rows) for rows in per.values())
    tot_s = sum(r["word_sections"] == r["pdf_sections"] for rows in per.values() for r in rows)
    worst_plan = min((r["same"] / max(r["criteria"], 1) for r in worst), default=0.0)
    ok = not failed and tot_s == tot_p and worst_plan >= 0.9
    print(f"bar (every section found, >= 90% of criteria the same in every plan): {'met' if ok else 'MISSED'}"
          f"; lowest plan {worst_plan:.1%}")
    return 0 if ok else 1


def validity(which: str, out: Path | None, rubric) -> int:
    """Export the blind validity sets' plans and compare each PDF with its Word original."""
    import datetime as dt  # lazy: only the --validity run needs it

    import yaml  # lazy: only the --validity run reads the sets' labels

    sets_dir = ROOT / "benchmarks" / "validity" / "sets"
    names = sorted(p.name for p in sets_dir.iterdir() if (p / "plans").is_dir()) if which == "all" \
        else [n.strip() for n in which.split(",") if n.strip()]
    by_set: dict[str, list[dict]] = defaultdict(list)
    by_layout: dict[str, list[dict]] = defaultdict(list)
    failed: list[str] = []
    export_s = read_s = 0.0
    with tempfile.TemporaryDirectory(prefix="ehcaudit-pdf-validity-") as tmp:
        work = out or Path(tmp)
        for name in names:
            labels = yaml.safe_load((sets_dir / name / "labels.yaml").read_text(encoding="utf-8"))
            as_of = dt.date.fromisoformat(str(labels.get("audit_date", C.AS_OF)))
            layout_of = {p["file"]: str(p.get("layout", "?")) for p in labels.get("plans", [])}
            docs = sorted((sets_dir / name / "plans").glob("*.docx"))
            t = time.perf_counter()
            pdfs = C.to_pdf(docs, work / name)  # one LibreOffice run per set (the machine is shared)
            export_s += time.perf_counter() - t
            t = time.perf_counter()
            for word in docs:
                if word not in pdfs:
                    failed.append(f"{name}/{word.name}: not exported")
                    continue
                try:
                    r = C.compare(word, pdfs[word], rubric, as_of) | {"name": f"{name}/{word.name}"}
                except Exception as e:  # a PDF ehcaudit could not read is a miss, reported
                    failed.append(f"{name}/{word.name}: {e}")
                    continue
                by_set[f"set {name}"].append(r)
                by_layout[layout_of.get(word.name, "?")].append(r)
            read_s += time.perf_counter() - t
    table(by_set, "validity set")
    print()
    worst = table(by_layout, "layout (labels.yaml)")
    for r in worst:
        if r["differ"] or r["word_sections"] != r["pdf_sections"]:
            print(f"  {r['name']}: {r['same']}/{r['criteria']} same; differ {r['differ']}"
                  + ("" if r["word_sections"] == r["pdf_sections"]
                     else f"; sections Word {r['word_sections']} PDF {r['pdf_sections']}"))
    for f in failed:
        print(f"  FAILED {f}")
    print(f"export {export_s:.1f} s (LibreOffice); read and score Word + PDF {read_s:.1f} s")
    return verdict(by_layout, failed, worst)


if __name__ == "__main__":
    sys.exit(main())
