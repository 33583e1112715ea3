"""Synthetic but realistic AuditFrames for trend-report tests (no store, no plans needed)."""

from __future__ import annotations

import random

import pandas as pd

from ehcaudit.months import month_range
from ehcaudit.reports.trend import Level, level_for_score
from ehcaudit.store import AuditFrames

AREAS = [("person_centred", "Person-centred views and outcomes"),
         ("provision", "Specificity of provision"),
         ("health", "Health needs and provision"),
         ("currency", "Currency of advice and review")]
CRITERIA = [("PC-VOICE", "person_centred", "The child's own views are recorded"),
            ("PC-SMART", "person_centred", "Outcomes are specific and measurable"),
            ("PR-VAGUE-WORDING", "provision", "Provision leaves no room for doubt"),
            ("HC-NEEDS", "health", "Health needs are described"),
            ("HC-PROVISION-SPECIFIC", "health", "Health provision says who, what, how often"),
            ("CA-DATED", "currency", "Every advice item is attributed and dated"),
            ("CA-ANNUAL-REVIEW", "currency", "The plan has been reviewed within 12 months")]
#: The default rubric's scale (data/ehcp-core.yaml), as a run records it (runs.levels).
DEFAULT_SCALE = (
    Level(1, "Inadequate", "red", 0.0),
    Level(2, "Requires improvement", "amber", 45.0),
    Level(3, "Good", "green", 70.0),
    Level(4, "Outstanding", "green", 88.0),
)
#: ... and as ``ehcaudit trend`` hands it to the report (frames.scale).
RECORDED_SCALE = [{"label": lv.label, "rag": lv.rag, "min_score": lv.min_score} for lv in DEFAULT_SCALE]
LABELS = {lv.level: lv for lv in DEFAULT_SCALE}


def make_frames(first: str = "2025-12", last: str = "2026-07", seed: int = 7,
                per_month: int | None = None) -> AuditFrames:
    """6-14 plans a month (or ``per_month``); quality improves slowly; every score has a
    finding with a quote."""
    rnd = random.Random(seed)
    plans, areas, crits, finds, cross, runs, errors = [], [], [], [], [], [], []
    months = month_range(first, last)
    for mi, month in enumerate(months):
        n = per_month or rnd.randint(6, 14)
        for i in range(n):
            sha = f"{month}-{i:02d}".ljust(64, "0")
            pid = f"EHC-{month.replace('-', '')}-{i:02d}"
            lift = 0.12 * mi if i else -1.5  # plan 00 is weak every month
            area_scores = []
            for area, title in AREAS:
                pts = []
                for cid, carea, ctitle in CRITERIA:
                    if carea != area:
                        continue
                    applicable = not (cid == "HC-PROVISION-SPECIFIC" and rnd.random() < 0.3)
                    level = None
                    if applicable:
                        level = max(1, min(4, round(rnd.gauss(2.2 + lift, 0.9))))
                        pts.append(100 * (level - 1) / 3)
                    lv = LABELS.get(level)
                    crits.append({"month": month, "sha256": sha, "plan_id": pid, "criterion": cid,
                                  "area": area, "title": ctitle, "applicable": applicable,
                                  "level": level, "label": lv.label if lv else None,
                                  "rag": lv.rag if lv else None})
                    if applicable:
                        bad = level <= 2
                        finds.append({
                            "month": month, "sha256": sha, "plan_id": pid, "criterion": cid,
                            "area": area, "kind": "issue" if bad else "evidence", "section": "F",
                            "location": f"Section F, paragraph {i + 2}",
                            "quote": f"{'access to support as required' if bad else 'weekly 30-minute sessions'} ({cid})",
                            "message": "Vague wording." if bad else "Specific and measurable."})
                score = sum(pts) / len(pts) if pts else None
                lv = level_for_score(score, DEFAULT_SCALE)
                areas.append({"month": month, "sha256": sha, "plan_id": pid, "area": area,
                              "title": title, "score": score, "level": lv.level if lv else None,
                              "label": lv.label if lv else None, "rag": lv.rag if lv else None})
                if score is not None:
                    area_scores.append(score)
            overall = sum(area_scores) / len(area_scores)
            lv = level_for_score(overall, DEFAULT_SCALE)
            plans.append({
                "month": month, "sha256": sha, "plan_id": pid,
                "source": f"/data/plans/{month}/School of St Jude/{pid}.docx",
                "as_of": f"{month}-28", "rubric_id": "ehcp-core", "rubric_version": "1.0.0",
                "score": overall, "level": lv.level, "label": lv.label, "rag": lv.rag,
                "key_stage": rnd.choice(["KS1", "KS2", "KS3", "KS4", "KS5", None]),
                "need": rnd.choice(["ASC", "SEMH", "SLCN", "MLD"]),
                "setting": rnd.choice(["mainstream", "special", "resourced provision"]),
                "team": rnd.choice(["North", "South", None]),
                "privacy": 1 if rnd.random() < 0.05 else 0})
        cross.append({"month": month, "kind": "copy_paste",
                      "text": "Sam enjoys Lego and is a kind friend.",
                      "plans": f"EHC-{month.replace('-', '')}-00; EHC-{month.replace('-', '')}-01",
                      "count": 2})
        runs.append({"run_id": mi + 1, "started": f"{month}-28T09:00:00+00:00",
                     "finished": f"{month}-28T09:02:00+00:00", "month": month,
                     "as_of": f"{month}-28", "rubric_id": "ehcp-core", "rubric_version": "1.0.0",
                     "tool_version": "0.1.0", "plans_scored": n, "plans_reused": 0,
                     "errors": 1 if mi == len(months) - 1 else 0, "status": "complete"})
    last_m = months[-1]
    errors.append({"run_id": len(months), "month": last_m,
                   "source": f"/data/plans/{last_m}/School of St Jude/old.doc",
                   "error": "legacy Word 97-2003 .doc: save it as .docx"})
    cross.append({"month": last_m, "kind": "wrong_name", "text": "Priya",
                  "plans": f"EHC-{last_m.replace('-', '')}-03", "count": 1})
    return AuditFrames(plans=pd.DataFrame(plans), areas=pd.DataFrame(areas),
                       criteria=pd.DataFrame(crits), findings=pd.DataFrame(finds),
                       cross=pd.DataFrame(cross), runs=pd.DataFrame(runs),
                       errors=pd.DataFrame(errors),
                       scale=RECORDED_SCALE)
