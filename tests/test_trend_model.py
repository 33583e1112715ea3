"""The trend model on small frames made by hand: no store, no files, figures worked out here.

The renderers (CSV, Excel, charts, HTML) are tested in test_trend.py; this file tests what they
are given: the scale as recorded with the run, the statistics and each table."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import pytest
from trend_frames import DEFAULT_SCALE

from ehcaudit import months
from ehcaudit.reports.trend import build_trend, scale_of
from ehcaudit.reports.trend.frames import clip, file_name
from ehcaudit.reports.trend.scale import Level, good_level, level_for_score, normalise_scale
from ehcaudit.reports.trend.stats import share, wilson_interval
from ehcaudit.reports.trend.tables import NOT_RECORDED, breakdown, criteria_overview, movers
from ehcaudit.rubric.schema import default_rubric_path, load_rubric
from ehcaudit.store import AuditFrames

#: A rubric scaled Weak / Fair / Strong: only Strong is green, so only Strong is good or better.
WFS = [{"label": "Weak", "rag": "red", "min_score": 0.0},
       {"label": "Fair", "rag": "amber", "min_score": 40.0},
       {"label": "Strong", "rag": "green", "min_score": 75.0}]
RAG = {1: ("Weak", "red"), 2: ("Fair", "amber"), 3: ("Strong", "green")}


def frames(month_levels: dict[str, list[tuple[int, float]]], scale) -> AuditFrames:
    """One plan per (level, score) in each month, one area (its score the plan's) and one
    criterion (its level the plan's), labelled as the stored results of the WFS rubric are."""
    plans, areas, crits = [], [], []
    for month, rows in month_levels.items():
        for i, (level, score) in enumerate(rows):
            label, rag = RAG[level]
            key = {"month": month, "sha256": f"{month}-{i}", "plan_id": f"P-{month}-{i}"}
            plans.append({**key, "source": f"C:\\plans\\School\\p{i}.docx", "as_of": f"{month}-28",
                          "rubric_id": "wfs", "rubric_version": "1", "score": score,
                          "level": level, "label": label, "rag": rag, "key_stage": None,
                          "need": "SEMH" if i % 2 else "", "setting": None, "team": None,
                          "privacy": 0})
            areas.append({**key, "area": "provision", "title": "Provision", "score": score,
                          "level": level, "label": label, "rag": rag})
            crits.append({**key, "criterion": "PR-1", "area": "provision", "title": "Specific",
                          "applicable": True, "level": level, "label": label, "rag": rag})
    empty = pd.DataFrame()
    return AuditFrames(plans=pd.DataFrame(plans), areas=pd.DataFrame(areas),
                       criteria=pd.DataFrame(crits), findings=empty, cross=empty, runs=empty,
                       errors=empty, scale=scale)


MONTHS = {"2026-01": [(1, 20.0), (2, 50.0), (3, 80.0), (3, 90.0)],
          "2026-02": [(2, 60.0), (3, 76.0)]}


# -- the scale, as recorded with the run --------------------------------------------------------

def test_a_recorded_scale_is_read_as_it_is_stored():
    scale = scale_of(frames(MONTHS, WFS))
    assert [(lv.label, lv.rag, lv.min_score) for lv in scale] == [
        ("Weak", "red", 0.0), ("Fair", "amber", 40.0), ("Strong", "green", 75.0)]
    assert good_level(scale) == 3  # Fair (amber) is not good or better
    assert level_for_score(74.9, scale).label == "Fair" and level_for_score(75, scale).label == "Strong"


def test_weak_fair_strong_counts_only_strong_as_good_and_grades_areas_by_its_bands():
    t = build_trend(frames(MONTHS, WFS))
    s = t.summary.set_index("month")
    assert list(s.columns[2:5]) == ["strong", "fair", "weak"]  # highest level first
    assert s.loc["2026-01", "good_or_better"] == 2 and s.loc["2026-01", "pct_good_or_better"] == 50.0
    assert s.loc["2026-02", "good_or_better"] == 1
    a = t.areas.set_index("month")
    assert a.loc["2026-01", "mean_score"] == 60.0 and a.loc["2026-01", "label"] == "Fair"
    assert a.loc["2026-02", "mean_score"] == 68.0 and a.loc["2026-02", "rag"] == "amber"
    c = t.criteria.set_index("month")
    assert c.loc["2026-01", "pass_rate"] == 50.0 and c.loc["2026-02", "pass_rate"] == 50.0


def test_labels_alone_take_their_colours_from_the_stored_results_and_guess_no_bands():
    """A run before schema 6 recorded only labels: each level's colour is the one its stored
    rows hold (level 2 "Fair" is amber there, though it sits in the upper half of the scale),
    and with no score bands no area is graded."""
    labels = [lv["label"] for lv in WFS]
    assert [lv.rag for lv in normalise_scale(labels)] == ["red", "green", "green"]  # by place alone
    scale = scale_of(frames(MONTHS, labels))
    assert [lv.rag for lv in scale] == ["red", "amber", "green"] and good_level(scale) == 3
    assert all(lv.min_score is None for lv in scale)
    t = build_trend(frames(MONTHS, labels))
    assert t.areas["label"].isna().all() and t.areas["mean_score"].tolist() == [60.0, 68.0]


def test_no_recorded_scale_reads_the_levels_the_results_show():
    scale = scale_of(frames(MONTHS, []))
    assert scale == (Level(1, "Weak", "red"), Level(2, "Fair", "amber"), Level(3, "Strong", "green"))


def test_the_test_default_scale_is_the_packaged_rubrics():
    rubric = load_rubric(default_rubric_path())
    assert [(lv.label, lv.rag, lv.min_score) for lv in rubric.scale] == \
        [(lv.label, lv.rag, lv.min_score) for lv in DEFAULT_SCALE]


# -- statistics and tables -----------------------------------------------------------------------

def test_share_is_a_percentage_with_its_wilson_interval():
    pct, lo, hi = share(2, 4)
    assert pct == 50.0 and (round(lo, 2), round(hi, 2)) == (15.0, 85.0)
    assert wilson_interval(4, 4)[1] == 1.0 and math.isnan(share(0, 0)[0])


def test_movers_and_overview_compare_months_by_hand():
    ct = pd.DataFrame([
        {"month": "2026-01", "criterion": "A", "title": "a", "area": "x", "applicable": 4, "pass_rate": 25.0},
        {"month": "2026-01", "criterion": "B", "title": "b", "area": "x", "applicable": 4, "pass_rate": 50.0},
        {"month": "2026-02", "criterion": "A", "title": "a", "area": "x", "applicable": 5, "pass_rate": 80.0},
        {"month": "2026-02", "criterion": "B", "title": "b", "area": "x", "applicable": 5, "pass_rate": 40.0},
        {"month": "2026-02", "criterion": "C", "title": "c", "area": "x", "applicable": 5, "pass_rate": 60.0},
    ])
    m = movers(ct, "2026-02", "2026-01")
    assert m[["criterion", "change"]].values.tolist() == [["A", 55.0], ["B", -10.0]]  # C: no "then"
    o = criteria_overview(ct, "2026-02").set_index("criterion")
    assert o.loc["A", "change_last_month"] == 55.0 and pd.isna(o.loc["C", "pass_rate_last_month"])


def test_breakdown_puts_not_recorded_last():
    period = pd.DataFrame({"need": ["SEMH", "", None, "ASD", "SEMH"], "score": [80, 40, 50, 60, 70],
                           "good": [True, False, False, False, True]})
    b = breakdown(period, period.iloc[:2], "need")
    assert b["need"].tolist() == ["SEMH", "ASD", NOT_RECORDED]
    row = b.set_index("need").loc["SEMH"]
    assert row["period_plans"] == 2 and row["period_pct_good_or_better"] == 100.0 and row["month_plans"] == 1


def test_sources_are_cut_to_their_file_names_and_quotes_clipped():
    assert file_name("C:\\plans\\Oak School\\p1.docx") == "p1.docx"
    assert file_name("/srv/plans/Oak School/p1.docx") == "p1.docx" and file_name(None) == ""
    assert clip("a  b\n c") == "a b c" and clip("x" * 300, 10) == "x" * 9 + "…"
    t = build_trend(frames(MONTHS, WFS))
    assert set(t.plans["file"]) == {"p0.docx", "p1.docx", "p2.docx", "p3.docx"}


# -- months: the one source ---------------------------------------------------------------------

def test_month_keys():
    assert months.is_month("2026-12") and not months.is_month("2026-13") and not months.is_month(None)
    with pytest.raises(ValueError, match="not a month in the form YYYY-MM"):
        months.parse_month("2026-1")
    assert months.shift_month("2026-01", -1) == "2025-12" and months.shift_month("2025-11", 14) == "2027-01"
    assert months.months_between("2025-11", "2027-01") == 14
    assert months.month_range("2025-11", "2026-02") == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert months.month_range("2026-02", "2026-01") == []
    assert months.month_name("2026-03") == "March 2026" and months.month_short("2026-03") == "Mar 2026"
    assert months.month_end("2024-02") == dt.date(2024, 2, 29)


def test_month_keys_agree_with_pandas_periods():
    """What the trend report computed with pandas before (Period arithmetic) over 30 years."""
    for m in pd.period_range("2000-01", "2030-12", freq="M"):
        key = str(m)
        assert months.shift_month(key, -3) == str(m - 3) and months.shift_month(key, 13) == str(m + 13)
        assert months.month_name(key) == m.strftime("%B %Y")
