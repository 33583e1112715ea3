"""Validity benchmark: does each criterion agree with an experienced auditor on plans written
by other hands?

    python benchmarks/validity/run.py A            # scores benchmarks/validity/sets/A/
    python benchmarks/validity/run.py A --no-language   # skip LG-SPELLING/LG-GRAMMAR (fast)

A set folder ``benchmarks/validity/sets/<NAME>/`` holds ``plans/*.docx`` and ``labels.yaml``,
written by blind writers (who never saw the checks) as::

    audit_date: 2026-12-01
    plans:
      - file: p01.docx
        layout: heading2-numbered
        age: 7
        year_group: "Year 2"
        needs: [ASC]
        voice: third person
        labels: {CA-DATED: pass, PR-QUANTIFIED: fail, PC-PFA: na, ...}
        why: {PR-QUANTIFIED: "quote - reason"}

Every plan is scored with the default rubric as of ``audit_date``. A criterion is *flagged*
when its level is below the scale's first green level (amber or red); "not applicable" is not
flagged. Per criterion, per area and overall the report gives:

* recall: planted failures (``fail`` labels) that are flagged;
* false-alarm rate: auditor passes (``pass`` labels) that are flagged;
* precision: flagged labels that are failures;
* sections found, per layout (the reader's view of A-K);
* sound plans (no ``fail`` label): red and amber criteria (target: no red, at most one amber);
* every disagreement, with the plan, criterion, tool level and the tool's own quote and message.

It prints a table and writes ``benchmarks/validity/results-<NAME>.json``. Score a new blind set
ONCE before changing anything for it and keep that output (``sets/<NAME>/first-run.txt``): that is
the honest measure of how the checks generalise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

from ehcaudit.errors import PlanReadError
from ehcaudit.model import SECTION_CODES
from ehcaudit.reader import read_plan
from ehcaudit.rubric.engine import score_plan
from ehcaudit.rubric.schema import default_rubric_path, load_rubric

HERE = Path(__file__).resolve().parent
LANGUAGE_ENGINE = {"LG-SPELLING", "LG-GRAMMAR"}


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f}%" if d else "    - "


def _ratio(n: int, d: int) -> float | None:
    return round(n / d, 4) if d else None


def _first_green(rubric) -> int:
    return next(i for i, lv in enumerate(rubric.scale, start=1) if lv.rag == "green")


def _why(c) -> tuple[str, str]:
    """The tool's own reason: its first issue (else its first finding), as (message, quote)."""
    fs = [f for f in c.findings if f.kind == "issue"] or list(c.findings)
    if not fs:
        return "", ""
    f = fs[0]
    return f.message, (f.quote or "")[:240]


class Tally:
    def __init__(self) -> None:
        self.fail = self.fail_flagged = self.passes = self.pass_flagged = 0

    def add(self, label: str, flagged: bool) -> None:
        if label == "fail":
            self.fail += 1
            self.fail_flagged += flagged
        elif label == "pass":
            self.passes += 1
            self.pass_flagged += flagged

    def as_dict(self) -> dict:
        flagged = self.fail_flagged + self.pass_flagged
        return {"fail_labels": self.fail, "fail_flagged": self.fail_flagged,
                "recall": _ratio(self.fail_flagged, self.fail),
                "pass_labels": self.passes, "pass_flagged": self.pass_flagged,
                "false_alarm_rate": _ratio(self.pass_flagged, self.passes),
                "precision": _ratio(self.fail_flagged, flagged)}

    def row(self, name: str) -> str:
        flagged = self.fail_flagged + self.pass_flagged
        return (f"{name:26s} {self.fail_flagged:3d}/{self.fail:<3d} {_pct(self.fail_flagged, self.fail)}   "
                f"{self.pass_flagged:3d}/{self.passes:<3d} {_pct(self.pass_flagged, self.passes)}   "
                f"{_pct(self.fail_flagged, flagged)}")


def run(set_name: str, no_language: bool = False, out: Path | None = None, folder: Path | None = None) -> dict:
    folder = folder or HERE / "sets" / set_name
    key = yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8"))
    as_of = key["audit_date"]
    as_of = as_of if isinstance(as_of, dt.date) else dt.date.fromisoformat(str(as_of))
    rubric = load_rubric(default_rubric_path())
    green = _first_green(rubric)
    area_of = {c.id: c.area for c in rubric.criteria}
    crit_t: dict[str, Tally] = defaultdict(Tally)
    area_t: dict[str, Tally] = defaultdict(Tally)
    overall = Tally()
    layouts: dict[str, dict] = {}
    disagreements: list[dict] = []
    sound: list[dict] = []
    plans_out: list[dict] = []
    na_applied: list[dict] = []
    unread: list[dict] = []
    cache: dict = {}
    t0 = time.perf_counter()
    for entry in key["plans"]:
        path = folder / "plans" / entry["file"]
        layout = entry.get("layout", "?")
        try:
            plan = read_plan(path)
        except PlanReadError as e:  # the tool refuses the plan: nothing found, nothing flagged, not sound
            _unread(entry, layout, str(e), layouts, crit_t, area_t, overall, area_of, disagreements, sound, unread)
            continue
        if no_language:
            crits = [c for c in rubric.criteria if c.id not in LANGUAGE_ENGINE]
            r = rubric.model_copy(update={"criteria": crits})
        else:
            r = rubric
        result = score_plan(plan, r, as_of, cache=cache)
        lay = layouts.setdefault(layout, {"plans": 0, "sections_found": 0, "sections_expected": 0, "missing": []})
        lay["plans"] += 1
        for code in SECTION_CODES:
            lay["sections_expected"] += 1
            if plan.found(code):
                lay["sections_found"] += 1
            else:
                lay["missing"].append(f"{entry['file']}:{code}")
        labels = entry.get("labels", {}) or {}
        whys = entry.get("why", {}) or {}
        by_id = {c.id: c for c in result.criteria}
        row = {"file": entry["file"], "layout": layout, "overall": result.overall.score, "criteria": {}}
        is_sound = not any(v == "fail" for v in labels.values())
        reds, ambers = [], []
        for cid, label in labels.items():
            c = by_id.get(cid)
            if c is None:
                continue
            label = str(label).lower()
            tool = f"{c.level} {c.label}" if c.applicable else "not applicable"
            flagged = bool(c.applicable and c.level is not None and c.level < green)
            row["criteria"][cid] = {"label": label, "tool": tool, "flagged": flagged}
            if label == "na":
                if c.applicable:
                    na_applied.append({"file": entry["file"], "criterion": cid, "tool": tool})
                continue
            crit_t[cid].add(label, flagged)
            area_t[area_of[cid]].add(label, flagged)
            overall.add(label, flagged)
            if (label == "fail") != flagged:
                msg, quote = _why(c)
                disagreements.append({"file": entry["file"], "layout": layout, "criterion": cid, "label": label,
                                      "tool": tool, "tool_message": msg, "tool_quote": quote,
                                      "writer_why": whys.get(cid, "")})
        for c in result.criteria:  # every criterion the tool scored, labelled or not
            if c.applicable and c.rag == "red":
                reds.append(c.id)
            elif c.applicable and c.rag == "amber":
                ambers.append(c.id)
        if is_sound:
            sound.append({"file": entry["file"], "layout": layout, "red": reds, "amber": ambers,
                          "ok": not reds and len(ambers) <= 1})
        plans_out.append(row)
    seconds = time.perf_counter() - t0

    res = {
        "set": set_name, "audit_date": as_of.isoformat(), "rubric": f"{rubric.id} {rubric.version}",
        "plans": len(key["plans"]), "seconds": round(seconds, 1), "language_engine": not no_language,
        "overall": overall.as_dict(),
        "areas": {a: t.as_dict() for a, t in sorted(area_t.items())},
        "criteria": {c: t.as_dict() for c, t in sorted(crit_t.items())},
        "layouts": layouts, "sound_plans": sound, "na_but_applied": na_applied, "unread": unread,
        "disagreements": disagreements, "per_plan": plans_out,
    }
    out = out or HERE / f"results-{set_name}.json"
    out.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    report(res, crit_t, area_t, overall)
    return res


def _unread(entry, layout, error, layouts, crit_t, area_t, overall, area_of, disagreements, sound, unread) -> None:
    """A plan the reader refuses: every section counts as not found, every planted failure as missed,
    no pass as flagged, and a sound plan does not meet the target (the audit group gets nothing)."""
    lay = layouts.setdefault(layout, {"plans": 0, "sections_found": 0, "sections_expected": 0, "missing": []})
    lay["plans"] += 1
    lay["sections_expected"] += len(SECTION_CODES)
    lay["missing"].extend(f"{entry['file']}:{code}" for code in SECTION_CODES)
    labels = entry.get("labels", {}) or {}
    unread.append({"file": entry["file"], "layout": layout, "error": error})
    for cid, label in labels.items():
        label = str(label).lower()
        if label == "na" or cid not in area_of:
            continue
        crit_t[cid].add(label, False)
        area_t[area_of[cid]].add(label, False)
        overall.add(label, False)
        if label == "fail":
            disagreements.append({"file": entry["file"], "layout": layout, "criterion": cid, "label": label,
                                  "tool": "plan not read", "tool_message": error, "tool_quote": "",
                                  "writer_why": (entry.get("why", {}) or {}).get(cid, "")})
    if not any(str(v).lower() == "fail" for v in labels.values()):
        sound.append({"file": entry["file"], "layout": layout, "red": ["(plan not read)"], "amber": [], "ok": False})


def report(res: dict, crit_t, area_t, overall) -> None:
    p = print
    p(f"Validity benchmark, set {res['set']}: {res['plans']} plans, as of {res['audit_date']}, rubric {res['rubric']}"
      f"{'' if res['language_engine'] else ' (LG-SPELLING/LG-GRAMMAR not run)'}; {res['seconds']} s")
    p("")
    head = f"{'':26s} {'failures flagged':>17s}   {'passes flagged':>15s}   precision"
    p(head)
    p(overall.row("OVERALL"))
    p("")
    for a, t in sorted(area_t.items()):
        p(t.row(f"area {a}"))
    p("")
    for c, t in sorted(crit_t.items()):
        p(t.row(c))
    p("")
    for u in res.get("unread", []):
        p(f"PLAN NOT READ: {u['file']} [{u['layout']}]: {u['error']}")
    p("Sections found, per layout:")
    for lay, d in sorted(res["layouts"].items()):
        miss = ", ".join(d["missing"][:12]) + (" ..." if len(d["missing"]) > 12 else "")
        p(f"  {lay:24s} {d['sections_found']:3d}/{d['sections_expected']:<3d} ({d['plans']} plans)"
          + (f"  missing: {miss}" if miss else ""))
    p("")
    p("Sound plans (target: no red, at most one amber):")
    for s in res["sound_plans"]:
        p(f"  {s['file']:12s} {s['layout']:24s} {'ok ' if s['ok'] else 'NO '} red: {', '.join(s['red']) or '-'}; "
          f"amber: {', '.join(s['amber']) or '-'}")
    ok = sum(s["ok"] for s in res["sound_plans"])
    p(f"  {ok}/{len(res['sound_plans'])} sound plans meet the target")
    if res["na_but_applied"]:
        p("")
        p(f"Labelled not applicable but scored by the tool ({len(res['na_but_applied'])}; not counted):")
        for d in res["na_but_applied"]:
            p(f"  {d['file']:12s} {d['criterion']:24s} {d['tool']}")
    p("")
    p(f"Disagreements ({len(res['disagreements'])}):")
    for d in res["disagreements"]:
        kind = "MISSED FAILURE" if d["label"] == "fail" else "FALSE ALARM"
        p(f"- {d['file']} [{d['layout']}] {d['criterion']}: {kind}; tool {d['tool']}")
        if d["tool_message"]:
            p(f"    tool: {d['tool_message'][:300]}")
        if d["tool_quote"]:
            p(f"    quote: «{d['tool_quote']}»")
        if d["writer_why"]:
            p(f"    key: {str(d['writer_why'])[:300]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("set", help="set name: a folder under benchmarks/validity/sets/")
    ap.add_argument("--no-language", action="store_true", help="skip LG-SPELLING and LG-GRAMMAR (the grammar engine)")
    ap.add_argument("--out", type=Path, help="results JSON (default benchmarks/validity/results-<set>.json)")
    ap.add_argument("--dir", type=Path, help="read the set from this folder instead of sets/<set>")
    a = ap.parse_args(argv)
    folder = a.dir or HERE / "sets" / a.set
    if not (folder / "labels.yaml").exists():
        print(f"error: no labels.yaml in {folder}", file=sys.stderr)
        return 2
    run(a.set, no_language=a.no_language, out=a.out, folder=folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
