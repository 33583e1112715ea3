"""``ehcaudit trend``: aggregation checked by hand, and the HTML, Excel and CSV it writes."""

from __future__ import annotations

import functools
import math
import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from browser import needs_chromium, render_offline
from packaged_rubric import RUBRIC
from trend_frames import DEFAULT_SCALE, RECORDED_SCALE, make_frames
from typer.testing import CliRunner

from ehcaudit.reports.trend import (
    build_trend,
    file_name,
    good_level,
    level_for_score,
    normalise_scale,
    render_html,
    wilson_interval,
    write_trend,
)
from ehcaudit.store import AuditFrames

ROOT = Path(__file__).resolve().parents[1]
LABELS = {lv.level: lv for lv in DEFAULT_SCALE}


# -- a small frame whose figures are worked out by hand ---------------------------------------

def _plan(month, i, level, team="North", score=None, source=None):
    lv = LABELS[level]
    return {"month": month, "sha256": f"{month}-{i}", "plan_id": f"P{month}-{i}",
            "source": source or f"/srv/plans/{month}/Oak School/p{i}.docx",
            "as_of": f"{month}-28", "rubric_id": "ehcp-core", "rubric_version": "1.0.0",
            "score": score if score is not None else {1: 20.0, 2: 50.0, 3: 75.0, 4: 90.0}[level],
            "level": level, "label": lv.label, "rag": lv.rag, "key_stage": "KS2", "need": None,
            "setting": "mainstream", "team": team, "privacy": 0}


def _crit(month, i, cid, level, applicable=True):
    lv = LABELS.get(level)
    return {"month": month, "sha256": f"{month}-{i}", "plan_id": f"P{month}-{i}",
            "criterion": cid, "area": "provision", "title": f"Title of {cid}",
            "applicable": applicable, "level": level if applicable else None,
            "label": lv.label if lv and applicable else None,
            "rag": lv.rag if lv and applicable else None}


def small_frames() -> AuditFrames:
    """January: 4 plans (levels 1, 2, 3, 4); April: 5 plans (levels 2, 3, 3, 4, 4) plus the
    same plan stored twice; no audit in February or March.

    Criterion X: January 1 of 4 good, April 4 of 5 -> 25% to 80% (+55 points).
    Criterion Y: January 3 of 4, April 3 of 5 -> 75% to 60% (-15 points).
    Criterion Z: same 50% both months (never a mover); not applicable to two April plans.
    """
    jan, apr = "2026-01", "2026-04"
    plans = [_plan(jan, i, lv) for i, lv in enumerate([1, 2, 3, 4])]
    plans += [_plan(apr, i, lv, team="South" if i < 2 else "North")
              for i, lv in enumerate([2, 3, 3, 4, 4])]
    plans.append(dict(plans[-1]))  # a duplicate row counts once
    crits = []
    for i, lv in enumerate([1, 2, 2, 3]):
        crits.append(_crit(jan, i, "X", lv))
    for i, lv in enumerate([3, 3, 3, 1]):
        crits.append(_crit(jan, i, "Y", lv))
    for i, lv in enumerate([1, 2, 3, 4]):
        crits.append(_crit(jan, i, "Z", lv))
    for i, lv in enumerate([1, 3, 3, 4, 3]):
        crits.append(_crit(apr, i, "X", lv))
    for i, lv in enumerate([3, 3, 2, 4, 1]):
        crits.append(_crit(apr, i, "Y", lv))
    for i, lv in enumerate([2, 3, None, None, 4]):
        crits.append(_crit(apr, i, "Z", lv, applicable=lv is not None))
    areas = [{"month": p["month"], "sha256": p["sha256"], "plan_id": p["plan_id"],
              "area": "provision", "title": "Specificity of provision", "score": p["score"],
              "level": p["level"], "label": p["label"], "rag": p["rag"]} for p in plans[:-1]]
    findings = [
        {"month": jan, "sha256": f"{jan}-0", "plan_id": f"P{jan}-0", "criterion": "X",
         "area": "provision", "kind": "evidence", "section": "F", "location": "Section F, item 1",
         "quote": "weekly sessions", "message": "Specific."},
        {"month": jan, "sha256": f"{jan}-0", "plan_id": f"P{jan}-0", "criterion": "X",
         "area": "provision", "kind": "issue", "section": "F", "location": "Section F, item 2",
         "quote": "access to support as required", "message": "Vague wording: 'as required'."},
        {"month": jan, "sha256": f"{jan}-0", "plan_id": f"P{jan}-0", "criterion": "Z",
         "area": "provision", "kind": "issue", "section": "G",
         "location": "Section G (not found in the plan)", "quote": "",
         "message": "Section G is missing."},
    ]
    empty = pd.DataFrame()
    return AuditFrames(plans=pd.DataFrame(plans), areas=pd.DataFrame(areas),
                       criteria=pd.DataFrame(crits), findings=pd.DataFrame(findings),
                       cross=empty, runs=empty, errors=empty, scale=RECORDED_SCALE)


def test_wilson_interval_matches_hand_computed_values():
    lo, hi = wilson_interval(6, 10)  # standard textbook value: 0.3127 to 0.8318
    assert (round(lo, 4), round(hi, 4)) == (0.3127, 0.8318)
    lo, hi = wilson_interval(0, 10)  # z²/(n+z²) = 3.8415 / 13.8415
    assert lo == 0.0 and round(hi, 4) == 0.2775
    lo, hi = wilson_interval(10, 10)
    assert round(lo, 4) == 0.7225 and hi == 1.0
    lo, hi = wilson_interval(2, 4)  # symmetric about 0.5
    assert round(lo, 4) == 0.1500 and round(hi, 4) == 0.8500
    assert all(math.isnan(v) for v in wilson_interval(0, 0))


def test_scale_good_level_and_thresholds():
    scale = normalise_scale(RECORDED_SCALE)
    assert scale == DEFAULT_SCALE
    assert good_level(scale) == 3 and normalise_scale([]) == ()
    assert level_for_score(69.9, scale).label == "Requires improvement"
    assert level_for_score(70.0, scale).label == "Good"
    assert level_for_score(100, scale).label == "Outstanding"
    custom = normalise_scale([{"label": "Weak", "rag": "red"}, {"label": "Fine", "rag": "green"}])
    assert good_level(custom) == 2 and level_for_score(50, custom) is None


def test_summary_counts_percentages_and_intervals():
    t = build_trend(small_frames())
    assert t.months == ["2026-01", "2026-02", "2026-03", "2026-04"]
    s = t.summary.set_index("month")
    assert s.loc["2026-01", "plans"] == 4 and s.loc["2026-04", "plans"] == 5  # duplicate once
    assert s.loc["2026-02", "plans"] == 0 and s.loc["2026-02", "caution"] == "no plans"
    jan = s.loc["2026-01"]
    assert (jan["inadequate"], jan["requires_improvement"], jan["good"], jan["outstanding"]) == \
        (1, 1, 1, 1)
    assert jan["good_or_better"] == 2 and jan["pct_good_or_better"] == 50.0
    assert (jan["ci95_low"], jan["ci95_high"]) == (15.0, 85.0)
    assert jan["mean_score"] == round((20 + 50 + 75 + 90) / 4, 1)
    apr = s.loc["2026-04"]
    assert apr["good_or_better"] == 4 and apr["pct_good_or_better"] == 80.0
    lo, hi = wilson_interval(4, 5)
    assert (apr["ci95_low"], apr["ci95_high"]) == (round(100 * lo, 1), round(100 * hi, 1))
    assert apr["caution"] == "small sample"


def test_criterion_pass_rates_and_movers():
    t = build_trend(small_frames())
    c = t.criteria.set_index(["month", "criterion"])
    assert c.loc[("2026-01", "X"), "pass_rate"] == 25.0
    assert c.loc[("2026-04", "X"), "pass_rate"] == 80.0
    assert c.loc[("2026-04", "Z"), "applicable"] == 3  # not-applicable plans are left out
    assert c.loc[("2026-04", "Z"), "pass_rate"] == round(100 * 2 / 3, 1)
    assert t.movers_1.empty  # no audit in March
    now = t.criteria_now.set_index("criterion")
    assert now.loc["X", "change_3_months"] == 55.0 and now.loc["Y", "change_3_months"] == -15.0
    assert math.isnan(now.loc["X", "pass_rate_last_month"])


def test_movers_are_ordered_by_size_of_change():
    t = build_trend(small_frames())
    m = t.movers_3.set_index("criterion")["change"].to_dict()
    # X +55, Z +16.7 (50% of 4 -> 2 of 3), Y -15: largest change first, either direction
    assert m == {"X": 55.0, "Z": 16.7, "Y": -15.0}
    assert list(t.movers_3["criterion"]) == ["X", "Z", "Y"]


def test_breakdowns_and_not_recorded():
    t = build_trend(small_frames())
    team = t.breakdowns["team"].set_index("team")
    assert team.loc["South", "month_plans"] == 2 and team.loc["North", "month_plans"] == 3
    assert team.loc["North", "period_plans"] == 7  # 4 in January + 3 in April
    assert team.loc["South", "month_pct_good_or_better"] == 50.0  # levels 2 and 3
    need = t.breakdowns["need"].set_index("need")
    assert list(need.index) == ["Not recorded"] and need.loc["Not recorded", "period_plans"] == 9


def test_inadequate_plan_reasons_quote_issues_with_location():
    t = build_trend(small_frames(), to_month="2026-01")
    assert [p["plan_id"] for p in t.inadequate] == ["P2026-01-0"]
    reasons = t.inadequate[0]["reasons"]
    assert [r["criterion"] for r in reasons] == ["X", "Z"]  # level 1 first; Y (Good) left out
    assert reasons[0]["quote"] == "access to support as required"  # the issue, not the evidence
    assert reasons[0]["location"] == "Section F, item 2"
    assert reasons[1]["quote"] == "" and reasons[1]["message"] == "Section G is missing."
    assert t.inadequate[0]["file"] == "p0.docx"


def test_range_limits_and_errors():
    t = build_trend(small_frames(), from_month="2026-03", to_month="2026-04")
    assert t.months == ["2026-03", "2026-04"]
    assert set(t.plans["month"]) == {"2026-04"}
    assert t.movers_3["criterion"].tolist()[0] == "X"  # comparisons may reach before --from
    from ehcaudit.reports.trend import TrendError

    with pytest.raises(TrendError, match="no audited plans from 2025-01 to 2025-06"):
        build_trend(small_frames(), from_month="2025-01", to_month="2025-06")
    with pytest.raises(TrendError, match="no audited plans from 2026-06 .the latest month in "
                       "the store is 2026-04."):
        build_trend(small_frames(), from_month="2026-06")
    empty = AuditFrames(*(pd.DataFrame() for _ in range(7)))
    with pytest.raises(TrendError, match="no audited plans in the store"):
        build_trend(empty)
    with pytest.raises(TrendError, match="no audited plans from 2024-01 to 2024-05"):
        build_trend(empty, "2024-01", "2024-05")  # the store filtered them out when loading


def test_file_name_keeps_no_folders():
    assert file_name("/srv/plans/2026-01/Oak School/p1.docx") == "p1.docx"
    assert file_name(r"C:\Plans\St Jude's\p2.docx") == "p2.docx"
    assert file_name(None) == ""


# -- the written reports ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("trend")
    paths = write_trend(make_frames(), out, generated="24 November 2026 09:00")
    return out, paths


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.svgs: list[dict] = []
        self.svg_titles = 0
        self._in_svg = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
        if tag == "svg":
            self.svgs.append(a)
        if tag == "title" and self.svgs:
            self.svg_titles += 1


def test_html_is_self_contained_with_every_section(written):
    out, paths = written
    html = (out / "trend-2026-07.html").read_text(encoding="utf-8")
    low = html.lower()
    assert "<script" not in low and "http://" not in low and "https://" not in low
    assert "<link" not in low and "<img" not in low and "@import" not in low
    assert "@page" in html and "break-inside: avoid" in html
    for section in ("volume", "grades", "good", "areas", "criteria", "breakdowns", "inadequate",
                    "cross", "runs", "method"):
        assert f'<section id="{section}"' in html or f'id="{section}"' in html, section
    p = _Page()
    p.feed(html)
    assert len(p.ids) == len(set(p.ids)), "ids are unique (chart ids are prefixed)"
    assert all(h.startswith("#") and h[1:] in p.ids for h in p.hrefs)
    assert len(p.svgs) == 4 and all(s.get("role") == "img" for s in p.svgs)
    assert p.svg_titles == 4  # one <title> per chart
    for svg in p.svgs:  # each chart is labelled by its own title and description
        assert all(ref in p.ids for ref in svg["aria-labelledby"].split())
    # the parts the brief asks for, in words a board member reads
    assert "Plans audited each month" in html and "Overall grades each month" in html
    assert "Wilson score interval" in html and "95% interval" in html
    assert re.search(r"n = \d+: treat with caution", html)
    assert "Biggest changes since last month" in html and "three months ago" in html
    for title in ("Key stage", "Primary need", "Setting", "Team"):
        assert f"<caption>{title}</caption>" in html
    assert "EHC-202607-00" in html and "access to support as required" in html  # inadequate
    assert "Sam enjoys Lego and is a kind friend." in html and "Another child" in html
    assert "legacy Word 97-2003 .doc" in html and "old.doc" in html
    flagged = make_frames().plans
    flagged = flagged[(flagged["month"] == "2026-07") & (flagged["privacy"] > 0)]["plan_id"]
    assert len(flagged) and all(pid in html for pid in flagged)  # plans to anonymise, named
    # sources are cut to the file name: folders can name schools or children
    assert "School of St Jude" not in html and "/data/plans" not in html


def test_svg_charts_have_text_labels_and_no_external_references(written):
    out, _ = written
    html = (out / "trend-2026-07.html").read_text(encoding="utf-8")
    svgs = re.findall(r"<svg\b.*?</svg>", html, re.S)
    assert len(svgs) == 4
    for svg in svgs:
        assert "<text" in svg  # svg.fonttype none: real text, no glyph outlines or fonts
        assert "@font-face" not in svg and "<image" not in svg and "xmlns" not in svg
        assert re.search(r"<desc[^>]*>[^<]{20,}</desc>", svg)  # a text alternative with data
    grades = next(s for s in svgs if "Overall grades each month" in s)
    assert "<pattern" in grades  # hatching: colour is not the only cue
    for label in ("Outstanding", "Good", "Requires improvement", "Inadequate"):
        assert label in grades


def test_xlsx_sheets_frozen_filtered_and_rag_with_text(written):
    from openpyxl import load_workbook

    out, _ = written
    wb = load_workbook(out / "trend-2026-07.xlsx")
    assert wb.sheetnames[:5] == ["Summary", "Areas", "Criteria", "Plans", "Findings"]
    for name in ("Summary", "Areas", "Criteria", "Plans", "Findings"):
        ws = wb[name]
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), name
        assert ws["A1"].font.bold
    ws = wb["Plans"]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["Month", "Plan", "File"]
    grade, rag = header.index("Grade") + 1, header.index("RAG") + 1
    cells = [(ws.cell(row=r, column=grade), ws.cell(row=r, column=rag))
             for r in range(2, ws.max_row + 1)]
    red = [(g, r) for g, r in cells if g.value == "Inadequate"]
    assert red, "an inadequate plan is listed"
    g, r = red[0]
    assert g.fill.fill_type == "solid" and g.fill.start_color.rgb.endswith("FFC7CE")
    assert r.value == "RED" and r.fill.start_color.rgb.endswith("FFC7CE")
    assert ws.column_dimensions["B"].width >= len("EHC-202607-00")
    assert all(not str(c.value).startswith("/") for c in ws["C"])  # file names, no folders
    findings = wb["Findings"]
    fh = [c.value for c in findings[1]]
    assert {"Criterion", "Location", "Quote", "Why", "Criterion grade"} <= set(fh)
    assert wb["Summary"].max_row == 1 + 8  # a row per month
    summary = [c.value for c in wb["Summary"][1]]
    assert summary[:7] == ["Month", "Plans audited", "Mean score", "Outstanding", "Good",
                           "Requires improvement", "Inadequate"]
    assert [c.value for c in wb["Cross-plan"][1]] == ["Month", "Kind", "Number of plans",
                                                      "Which plans", "Text"]


def test_csvs_read_back_with_pandas(written):
    out, paths = written
    t = build_trend(make_frames())
    for name in ("summary", "areas", "criteria", "plans", "findings"):
        path = out / f"trend-2026-07-{name}.csv"
        assert path in paths
        df = pd.read_csv(path, encoding="utf-8")
        assert len(df) > 0, name
    s = pd.read_csv(out / "trend-2026-07-summary.csv")
    assert list(s["month"]) == t.months
    assert list(s["pct_good_or_better"]) == list(t.summary["pct_good_or_better"])
    f = pd.read_csv(out / "trend-2026-07-findings.csv")
    assert {"plan_id", "criterion", "location", "quote", "message"} <= set(f.columns)
    assert len(f) == len(t.findings)


def test_render_copes_with_a_single_month_and_no_areas():
    f = small_frames()
    f.areas = pd.DataFrame()
    t = build_trend(f, from_month="2026-04", to_month="2026-04")
    html = render_html(t)
    assert "No area scores in this period." in html
    assert "No change to compare" in html  # no audit in March
    assert html.count("<svg") == 3


# -- the command ------------------------------------------------------------------------------

def _run(*args):
    from ehcaudit.cli import app

    return CliRunner().invoke(app, ["trend", *args])


def test_cli_usage_and_store_errors(tmp_path):
    r = _run("--to", "2026-13", "--store", str(tmp_path / "x.db"))
    assert r.exit_code == 2
    r = _run("--from", "2026-05", "--to", "2026-04", "--store", str(tmp_path / "x.db"))
    assert r.exit_code == 2
    missing = tmp_path / "none.db"
    r = _run("--store", str(missing), "--out", str(tmp_path / "out"))
    assert r.exit_code == 1
    assert r.stderr.strip() == f"error: {missing}: no such store (run `ehcaudit audit` first)"
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    r = _run("--store", str(junk), "--out", str(tmp_path / "out"))
    assert r.exit_code == 1 and "Traceback" not in r.output
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {junk}: ")
    from ehcaudit.store import Store

    empty = tmp_path / "empty.db"
    Store(empty).close()
    r = _run("--store", str(empty), "--out", str(tmp_path / "out"))
    assert r.exit_code == 1
    assert r.stderr.strip() == f"error: {empty}: no audited plans in the store (run ehcaudit " \
        "audit first)"
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@functools.cache
def _assessed_month(month: str) -> tuple:
    """The sample plans of ``month`` scored at the month's end, as ``audit`` scores them: each a
    (result, None) or (None, problem), in the order ``audit`` finds them. Worked out once a
    process (two tests store 2026-02, about 0.25 s of processor time a plan); the results are
    only read (``Store.write_plan`` serialises them)."""
    from ehcaudit.pipeline import assess, iter_plan_files

    as_of = (pd.Period(month, freq="M").end_time).date()
    return tuple((None, problem) if problem is not None else (assess(path, RUBRIC, as_of).result, None)
                 for path, problem in iter_plan_files([ROOT / "sample_plans" / month]))


def _store_months(store_path: Path, months: list[str]) -> int:
    """Score the sample plans of ``months`` into a store as ``audit`` does (pipeline + Store)."""
    from ehcaudit.rubric.source import rubric_digest
    from ehcaudit.store import Store, reuse_key

    rb = RUBRIC
    n = 0
    with Store(store_path) as st:
        for month in months:
            as_of = (pd.Period(month, freq="M").end_time).date()
            run = st.start_run(month, as_of, rb)
            for res, problem in _assessed_month(month):
                if problem is not None:
                    st.record_error(run, problem.source, problem.reason)
                    continue
                st.write_plan(run, res, reuse_key(res.sha256, res.source, rb, rubric_digest(rb),
                                                  as_of, "flag"))
                n += 1
            st.finish_run(run)
    return n


@pytest.mark.slow  # audits sample months, then writes every report
def test_end_to_end_store_to_reports(tmp_path):
    store = tmp_path / "ehcaudit.db"
    months = ["2025-12", "2026-01", "2026-02"]
    n = _store_months(store, months)
    assert n >= 15
    r = _run("--store", str(store), "--out", str(tmp_path / "out"))
    assert r.exit_code == 0, r.output
    html = (tmp_path / "out" / "trend-2026-02.html").read_text(encoding="utf-8")
    assert "February 2026" in html and "<script" not in html.lower()
    s = pd.read_csv(tmp_path / "out" / "trend-2026-02-summary.csv")
    assert list(s["month"]) == months and s["plans"].sum() == n
    plans = pd.read_csv(tmp_path / "out" / "trend-2026-02-plans.csv")
    assert set(plans["file"]) <= {p.name for m in months for p in (ROOT / "sample_plans" / m)
                                  .iterdir()}
    assert not plans["file"].str.contains("/").any()
    # --from/--to narrow the report; --to names the files
    r = _run("--store", str(store), "--out", str(tmp_path / "jan"), "--from", "2026-01", "--to",
             "2026-01")
    assert r.exit_code == 0, r.output
    assert (tmp_path / "jan" / "trend-2026-01.xlsx").exists()
    assert len(pd.read_csv(tmp_path / "jan" / "trend-2026-01-summary.csv")) == 1


def _audit_registered() -> bool:
    try:
        import ehcaudit.cli.audit  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.slow  # audits sample months, then writes every report
@pytest.mark.skipif(not _audit_registered(), reason="ehcaudit audit not available yet")
def test_end_to_end_audit_command_then_trend(tmp_path):
    from ehcaudit.cli import app

    store = tmp_path / "ehcaudit.db"
    for month in ("2026-02", "2026-03"):
        r = CliRunner().invoke(app, ["audit", str(ROOT / "sample_plans" / month), "--month", month,
                                     "--store", str(store), "--jobs", "1"])
        assert r.exit_code == 0, r.output
    r = _run("--store", str(store), "--out", str(tmp_path / "out"))
    assert r.exit_code == 0, r.output
    assert (tmp_path / "out" / "trend-2026-03.html").exists()
    s = pd.read_csv(tmp_path / "out" / "trend-2026-03-summary.csv")
    assert list(s["month"]) == ["2026-02", "2026-03"] and (s["plans"] > 0).all()


@pytest.mark.slow  # starts headless Chromium
@needs_chromium
def test_chromium_renders_the_report_without_console_errors_or_requests(written, tmp_path):
    out, _ = written
    render_offline(out / "trend-2026-07.html", tmp_path, size="1000,3000", min_png_bytes=20_000)


def test_dates_in_frames_need_not_be_strings():
    f = small_frames()
    f.plans["as_of"] = pd.to_datetime(f.plans["as_of"])
    t = build_trend(f)
    assert len(t.plans) == 9 and t.summary["plans"].sum() == 9


def test_xlsx_caps_rows_at_excels_limit_and_points_to_the_csv(tmp_path, monkeypatch):
    from openpyxl import load_workbook

    import ehcaudit.reports.trend as trend

    monkeypatch.setattr(trend.xlsx, "XL_MAX_ROWS", 5)
    t = build_trend(make_frames())
    assert len(t.findings) > 5
    trend.write_xlsx(t, tmp_path / "t.xlsx")
    ws = load_workbook(tmp_path / "t.xlsx")["Findings"]
    assert ws.max_row == 1 + 5 + 1
    assert ws.cell(row=7, column=1).value == \
        f"… {len(t.findings) - 5} more rows: see trend-2026-07-findings.csv"


def test_a_month_with_no_plans_still_reports(tmp_path):
    t = build_trend(small_frames(), to_month="2026-05")
    assert t.summary.set_index("month").loc["2026-05", "plans"] == 0
    assert t.notes == ["No plans were audited in May 2026."]
    html = render_html(t)
    assert "No plans were audited in May 2026." in html
    assert "No plan was graded Inadequate in May 2026." in html


def test_trend_makes_no_network_connection(tmp_path, no_network):
    store = tmp_path / "ehcaudit.db"
    _store_months(store, ["2026-02"])
    r = _run("--store", str(store), "--out", str(tmp_path / "out"))
    assert r.exit_code == 0, r.output
    assert no_network == []
    assert (tmp_path / "out" / "trend-2026-02.html").exists()


def test_long_lists_are_cut_in_the_html_with_a_pointer_to_excel(monkeypatch):
    import ehcaudit.reports.trend as trend

    monkeypatch.setattr(trend.html, "SHOWN", 1)
    f = make_frames()
    weak = f.plans["month"] == "2026-07"
    f.plans.loc[weak, ["level", "label", "rag"]] = [1, "Inadequate", "red"]
    t = build_trend(f)
    html = render_html(t)
    n = int(weak.sum())
    assert len(t.inadequate) == n
    assert f"… and {n - 1} more inadequate plans" in html
    # wrong names come first; one copy-paste finding is left for the Excel file
    assert "Another child" in html and "Sam enjoys Lego" not in html
    assert "… and 1 more (see the Cross-plan sheet" in html
