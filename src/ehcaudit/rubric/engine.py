"""The rubric engine: score a :class:`~ehcaudit.model.Plan` against a :class:`Rubric` as of a date.

Each criterion's check kind gives a level with its findings (:func:`run_criterion`); the scores
of areas and of the plan follow the one scoring formula, :mod:`ehcaudit.rubric.scoring`.
"""

from __future__ import annotations

import datetime as dt

from ehcaudit.model import SECTION_CODES, SECTION_TITLES, Plan, Section
from ehcaudit.results import (
    AreaResult,
    CriterionResult,
    Finding,
    Overall,
    PlanResult,
    SectionSummary,
)
from ehcaudit.rubric.registry import CheckContext, Outcome, registry
from ehcaudit.rubric.schema import Criterion, Rubric
from ehcaudit.rubric.scoring import area_score, overall_score


def applies(plan: Plan, c: Criterion, as_of: dt.date | None = None) -> tuple[bool, str]:
    a = c.applies
    # as stated; else from the date of birth as of the audit date; else from the age
    year = plan.front.year_on(as_of or dt.date.today())
    if a.year_from is not None:
        if year is None:
            return True, ""  # unknown age: the check still applies (safer for the child)
        if year < a.year_from:
            return False, f"Applies from Year {a.year_from}; this plan is for Year {year}."
    if a.year_to is not None and year is not None and year > a.year_to:
        return False, f"Applies up to Year {a.year_to}; this plan is for Year {year}."
    for code in a.sections_found:
        if not plan.found(code):
            return False, f"Section {code} is not in this plan."
    return True, ""


class ScopedPlan:
    """The plan as one criterion's check sees it: only the sections its ``sections`` key lists.

    A section not listed reads as absent (``found`` is False, ``blocks_in`` gives nothing; the
    advice items of Section K only when K is listed); ``"-"`` in ``sections`` means the whole
    plan. Front matter, the plan's identity and the national template's rows are always read.
    Everything else is the plan's own.
    """

    __slots__ = ("_plan", "_scope")

    def __init__(self, plan: Plan, scope: frozenset[str]) -> None:
        self._plan, self._scope = plan, scope

    def __getattr__(self, name: str):
        return getattr(self._plan, name)

    def section(self, code: str):
        if code in self._scope:
            return self._plan.section(code)

        return Section(code=code, title=SECTION_TITLES.get(code, code))

    def found(self, code: str) -> bool:
        return code in self._scope and self._plan.found(code)

    def blocks_in(self, *codes: str, include_headings: bool = False):
        return self._plan.blocks_in(*(c for c in codes if c in self._scope), include_headings=include_headings)

    def text_of(self, *codes: str) -> str:
        return "\n".join(b.text for b in self.blocks_in(*codes))

    @property
    def advice(self):
        return self._plan.advice if "K" in self._scope else []


def scoped(plan: Plan, c: Criterion) -> Plan:
    """``plan`` as criterion ``c`` may read it (:class:`ScopedPlan`), or the plan itself for "-"."""
    if "-" in c.sections:
        return plan
    return ScopedPlan(plan, frozenset(c.sections))  # type: ignore[return-value]


def run_criterion(plan: Plan, rubric: Rubric, c: Criterion, as_of: dt.date, cache: dict) -> CriterionResult:
    ok, why = applies(plan, c, as_of)
    if not ok:
        return CriterionResult(
            id=c.id, area=c.area, title=c.title, applicable=False,
            findings=[Finding(section="-", location="Whole plan", quote="", message=why, kind="evidence")],
        )
    kind = registry()[c.check.kind]
    ctx = CheckContext(plan=scoped(plan, c), as_of=as_of, rubric=rubric, criterion=c, cache=cache)
    out: Outcome = kind.fn(ctx, c.params)
    for f in out.findings:  # block and span, from the block's text as read (before any masking)
        blk = plan.blocks[f.block_id] if f.block_id is not None and 0 <= f.block_id < len(plan.blocks) else None
        f.anchor(blk.text if blk is not None else None)
    if not out.applicable:
        return CriterionResult(id=c.id, area=c.area, title=c.title, applicable=False, findings=out.findings)
    level = max(1, min(rubric.top_level, int(out.level if out.level is not None else rubric.bottom_level)))
    info = rubric.level_info(level)
    return CriterionResult(
        id=c.id, area=c.area, title=c.title, applicable=True, level=level,
        label=info.label, rag=info.rag, findings=out.findings,
    )


def score_plan(
    plan: Plan,
    rubric: Rubric,
    as_of: dt.date,
    areas: set[str] | None = None,
    cache: dict | None = None,
) -> PlanResult:
    """Score one plan. ``areas`` limits the criteria run (e.g. ``{"health"}`` for the DCO view)."""
    cache = {} if cache is None else cache
    crits = [c for c in rubric.criteria if areas is None or c.area in areas]
    results = [run_criterion(plan, rubric, c, as_of, cache) for c in crits]
    weights = {c.id: c.weight for c in crits}

    area_results: list[AreaResult] = []
    overall_pairs: list[tuple[float, float]] = []
    for area in rubric.areas:
        if areas is not None and area.id not in areas:
            continue
        s = area_score(rubric, area.id, results, weights)
        if s is None:
            area_results.append(AreaResult(id=area.id, title=area.title))
            continue
        lvl = rubric.level_for_score(s)
        info = rubric.level_info(lvl)
        area_results.append(AreaResult(id=area.id, title=area.title, score=round(s, 1), level=lvl, label=info.label, rag=info.rag))
        overall_pairs.append((s, area.weight))

    o = overall_score(overall_pairs)
    lvl = rubric.level_for_score(o)
    info = rubric.level_info(lvl)
    return PlanResult(
        plan_id=plan.plan_id,
        source=plan.source,
        sha256=plan.sha256,
        sections={code: SectionSummary(found=plan.section(code).found, words=plan.section(code).words) for code in SECTION_CODES},
        overall=Overall(score=round(o, 1), level=lvl, label=info.label, rag=info.rag),
        areas=area_results,
        criteria=results,
    )
