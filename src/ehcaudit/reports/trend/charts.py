"""The trend's charts: matplotlib figures written as inline SVG (no JavaScript, nothing fetched).

Colour is never the only cue: grades are hatched and labelled, lines have their own markers
and styles. Each chart carries a ``<title>`` and a ``<desc>`` that says its figures in words.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, Any

import matplotlib
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ehcaudit.months import month_format, month_short
from ehcaudit.reports.trend.scale import label_key
from ehcaudit.reports.trend.stats import SMALL_N

if TYPE_CHECKING:
    from ehcaudit.reports.trend.model import Trend

#: Fill colour and hatching per RAG: colour is never the only cue (hatching + text labels).
CHART_RAG = {"red": "#c0392b", "amber": "#f0b429", "green": "#2e7d32"}
LEVEL_HATCH = ("xxx", "///", "", "...")  # lowest level first
LINE_STYLES = (("o", "-"), ("s", "--"), ("^", "-."), ("D", ":"), ("v", "-"), ("P", "--"),
               ("X", "-."), ("*", ":"))
#: Any: matplotlib types rc_context's keys as a Literal of every rc name
RC: Any = {"svg.fonttype": "none", "svg.hashsalt": "ehcaudit-trend", "font.size": 10,
      "font.family": "sans-serif", "hatch.linewidth": 0.8, "axes.spines.top": False,
      "axes.spines.right": False, "svg.image_inline": True}

_SVG_NOISE = (
    re.compile(r"<\?xml[^>]*\?>\s*"),
    re.compile(r"<!DOCTYPE[^>]*>\s*"),
    re.compile(r"<metadata>.*?</metadata>\s*", re.S),
    re.compile(r"\s+xmlns(:\w+)?=\"[^\"]*\""),
    re.compile(r"<!--.*?-->\s*", re.S),
)


def _esc(s: str) -> str:
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def svg_of(fig: Any, key: str, title: str, desc: str) -> str:
    """The figure as inline SVG: no XML prolog, DOCTYPE, metadata or namespace URLs; ids
    prefixed with ``key`` (several charts share a page); a ``<title>`` and ``<desc>`` for
    screen readers and ``role="img"``."""
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None, "Format": None,
                                            "Type": None})
    svg = buf.getvalue()
    for rx in _SVG_NOISE:
        svg = rx.sub("", svg)
    for ident in sorted(set(re.findall(r'id="([^"]+)"', svg)), key=len, reverse=True):
        new = f"{key}-{ident}"
        svg = (svg.replace(f'id="{ident}"', f'id="{new}"').replace(f'"#{ident}"', f'"#{new}"')
               .replace(f"url(#{ident})", f"url(#{new})"))
    head = (f'<svg role="img" aria-labelledby="{key}-title {key}-desc" class="chart"')
    svg = re.sub(r"<svg\b", head, svg, count=1)
    svg = re.sub(r"(<svg[^>]*>)", lambda m: m.group(1) + f'<title id="{key}-title">{_esc(title)}'
                 f'</title><desc id="{key}-desc">{_esc(desc)}</desc>', svg, count=1)
    return svg.strip()


def _figure(width: float = 7.2, height: float = 3.2):
    fig = Figure(figsize=(width, height), layout="constrained")
    return fig, fig.add_subplot()


def _xlabels(months: list[str], extra: list[str] | None = None) -> list[str]:
    # Up to 8 months: "Mar 2026"; more: "Mar" over "2026" so labels stay level and legible.
    sep = " " if len(months) <= 8 else "\n"
    labels = [month_format(m, f"%b{sep}%Y") for m in months]
    if extra:
        labels = [f"{a}\n{b}" for a, b in zip(labels, extra, strict=True)]
    return labels


def _month_axis(ax, months: list[str], extra: list[str] | None = None) -> None:
    ax.set_xticks(range(len(months)))
    many = len(months) > 18
    ax.set_xticklabels(_xlabels(months, extra), rotation=90 if many else 0,
                       fontsize=7 if len(months) > 8 else 8)
    ax.set_xlabel("Month audited")


def chart_plans(t: Trend) -> str:
    with matplotlib.rc_context(RC):
        fig, ax = _figure(7.2, 2.8)
        n = t.summary["plans"].tolist()
        bars = ax.bar(range(len(t.months)), n, color="#4a6fa5", edgecolor="black", linewidth=0.6)
        ax.bar_label(bars, labels=[str(v) for v in n], padding=2, fontsize=8)
        _month_axis(ax, t.months)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylabel("Plans audited")
        ax.set_ylim(0, max(n + [1]) * 1.2)
        ax.set_title("Plans audited each month")
        desc = "; ".join(f"{month_short(m)}: {v}" for m, v in zip(t.months, n, strict=True))
        return svg_of(fig, "c-plans", "Plans audited each month",
                      f"Bar chart of plans audited per month. {desc}.")


def chart_grades(t: Trend) -> str:
    with matplotlib.rc_context(RC):
        fig, ax = _figure(7.2, 3.6)
        bottom = [0] * len(t.months)
        handles = []
        for i, lv in enumerate(t.scale):
            counts = t.summary[label_key(lv.label)].tolist()
            colour = CHART_RAG.get(lv.rag, "#888888")
            if lv.rag == "green" and lv.level > t.good_level:
                colour = "#14532d"  # the top green darker than Good
            bars = ax.bar(range(len(t.months)), counts, bottom=bottom, color=colour,
                          edgecolor="black", linewidth=0.6,
                          hatch=LEVEL_HATCH[i] if i < len(LEVEL_HATCH) else "",
                          label=lv.label)
            hatched = bool(LEVEL_HATCH[i % len(LEVEL_HATCH)])
            # Hatched segments: black text on a white patch; plain ones: white on the fill.
            ax.bar_label(bars, labels=[str(c) if c else "" for c in counts], label_type="center",
                         fontsize=8, color="black" if hatched else "white",
                         bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none"}
                         if hatched else None)
            handles.append(bars)
            bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
        _month_axis(ax, t.months)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylabel("Number of plans")
        ax.set_ylim(0, max(bottom + [1]) * 1.15)
        ax.set_title("Overall grades each month")
        ax.legend(handles[::-1], [lv.label for lv in t.scale][::-1], loc="upper left",
                  bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
        parts = []
        for _, r in t.summary.iterrows():
            counts = ", ".join(f"{r[label_key(lv.label)]} {lv.label}" for lv in t.scale[::-1])
            parts.append(f"{month_short(r['month'])}: {counts}")
        return svg_of(fig, "c-grades", "Overall grades each month",
                      "Stacked bar chart of plans at each grade per month. " + "; ".join(parts))


def chart_good(t: Trend) -> str:
    with matplotlib.rc_context(RC):
        fig, ax = _figure(7.2, 3.4)
        s = t.summary
        xs = [i for i, n in enumerate(s["plans"]) if n > 0]
        pct = [s["pct_good_or_better"].iloc[i] for i in xs]
        lo = [pct[j] - s["ci95_low"].iloc[i] for j, i in enumerate(xs)]
        hi = [s["ci95_high"].iloc[i] - pct[j] for j, i in enumerate(xs)]
        ax.errorbar(xs, pct, yerr=[lo, hi], fmt="o-", color="#1f3b73", ecolor="#555555",
                    elinewidth=1.2, capsize=4, markersize=6, label="% good or better")
        for j, i in enumerate(xs):
            below = pct[j] >= 90
            ax.annotate(f"{pct[j]:.0f}%", (i, pct[j]), textcoords="offset points",
                        xytext=(0, -12 if below else 7), ha="center", fontsize=7,
                        bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none"})
        extra = [f"n = {n}" + ("*" if 0 < n < SMALL_N else "") for n in s["plans"]]
        _month_axis(ax, t.months, extra)
        ax.set_ylim(0, 105)
        ax.set_ylabel("% of plans good or better")
        ax.set_title("Plans good or better, with 95% interval")
        desc = "; ".join(
            f"{month_short(r['month'])}: {r['pct_good_or_better']:.0f}% "
            f"(95% interval {r['ci95_low']:.0f}% to {r['ci95_high']:.0f}%, n = {r['plans']})"
            for _, r in s.iterrows() if r["plans"] > 0)
        return svg_of(fig, "c-good", "Plans good or better each month, with 95% interval",
                      "Line chart with interval bars. " + desc)


def chart_areas(t: Trend) -> str:
    with matplotlib.rc_context(RC):
        fig, ax = _figure(7.2, 4.4)
        a = t.areas
        idx = {m: i for i, m in enumerate(t.months)}
        areas = list(pd.unique(a["area"]))
        parts = []
        for j, area in enumerate(areas):
            d = a[a["area"] == area]
            marker, style = LINE_STYLES[j % len(LINE_STYLES)]
            xs = [idx[m] for m in d["month"]]
            title = str(d["title"].iloc[0])
            ax.plot(xs, d["mean_score"].tolist(), marker=marker, linestyle=style, linewidth=1.5,
                    markersize=5, label=title)
            parts.append(title + ": " + ", ".join(
                f"{month_short(m)} {v:.0f}" for m, v in zip(d["month"], d["mean_score"],
                                                            strict=True)))
        for lv in t.scale[1:]:
            if lv.min_score is not None:
                ax.axhline(lv.min_score, color="#999999", linewidth=0.6, linestyle=":")
                ax.text(len(t.months) - 0.5, lv.min_score, f" {lv.label} from {lv.min_score:g}",
                        fontsize=7, va="center", ha="left", color="#444444")
        _month_axis(ax, t.months)
        ax.set_xlim(-0.5, len(t.months) - 0.5)
        ax.set_ylim(0, 100)
        ax.set_ylabel("Mean area score (0-100)")
        ax.set_title("Area scores each month")
        fig.legend(loc="outside lower center", ncol=2, fontsize=8, frameon=False)
        return svg_of(fig, "c-areas", "Mean area scores each month",
                      "Line chart, one line per area (each with its own marker and line "
                      "style). " + "; ".join(parts))
