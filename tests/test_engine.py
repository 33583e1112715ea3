"""The engine: applicability, weighting and the documented formula, on plans built in code."""

from __future__ import annotations

import datetime as dt

import pytest
from packaged_rubric import RUBRIC

from ehcaudit.model import SECTION_CODES, AdviceItem, Block, FrontMatter, Plan, Section
from ehcaudit.rubric.engine import score_plan
from ehcaudit.rubric.schema import parse_rubric
from ehcaudit.rubric.scoring import points


def make_plan(advice: list[tuple[str, str | None, dt.date | None]], issued=dt.date(2026, 3, 12),
              review=None, year=4) -> Plan:
    blocks, items = [], []
    blocks.append(Block(id=0, kind="heading", text="Section K: Advice and information", section="K", location="Section K, heading"))
    for i, (kind, author, date) in enumerate(advice, start=1):
        text = f"{kind} advice – {author or ''} {date or ''}".strip()
        blocks.append(Block(id=i, kind="list_item", text=text, section="K", location=f"Section K, list item {i}"))
        items.append(AdviceItem(kind=kind, title=f"{kind} advice", author=author, date=date, block_id=i,
                                location=f"Section K, list item {i}", quote=text))
    sections = {c: Section(code=c, title=c) for c in SECTION_CODES}
    sections["K"] = Section(code="K", title="K", found=True, block_ids=[b.id for b in blocks], words=40)
    return Plan(plan_id="P1", source="p1.md", sha256="0" * 64, format="md",
                front=FrontMatter(date_issued=issued, last_review=review, year_group=year),
                blocks=blocks, sections=sections, advice=items)


ALL = [("parent_young_person", "Ms Lee, parent", dt.date(2026, 1, 10)),
       ("educational", "Mr Patel, SENCO", dt.date(2026, 1, 15)),
       ("psychological", "Dr Clark, EP", dt.date(2026, 1, 20)),
       ("health", "Dr Shah, paediatrician", dt.date(2026, 2, 3)),
       ("social_care", "Jo Evans, social worker", dt.date(2026, 2, 5))]


def test_points_formula():
    assert [points(RUBRIC, lv) for lv in (1, 2, 3, 4)] == pytest.approx([0, 100 / 3, 200 / 3, 100])


def test_good_currency_plan_scores_outstanding():
    res = score_plan(make_plan(ALL), RUBRIC, dt.date(2026, 6, 30), areas={"currency"})
    by_id = {c.id: c for c in res.criteria}
    assert by_id["CA-DATED"].level == 4
    assert by_id["CA-STATUTORY-ADVICE"].level == 4
    assert by_id["CA-ANNUAL-REVIEW"].level == 4
    assert res.areas[0].score == 100.0
    assert res.overall.label == "Outstanding" and res.overall.rag == "green"
    for c in res.criteria:
        assert all(f.quote for f in c.findings), "evidence quotes the plan"


def test_old_undated_advice_and_overdue_review_are_red():
    advice = [("educational", "Mr Patel, SENCO", dt.date(2016, 1, 15)), ("health", None, None)]
    res = score_plan(make_plan(advice, issued=dt.date(2022, 3, 1)), RUBRIC, dt.date(2026, 6, 30), areas={"currency"})
    by_id = {c.id: c for c in res.criteria}
    assert by_id["CA-ADVICE-AGE"].rag == "red"
    assert any("out of date" in f.message and "2016" in f.quote for f in by_id["CA-ADVICE-AGE"].findings)
    assert by_id["CA-DATED"].level <= 2
    assert by_id["CA-STATUTORY-ADVICE"].rag == "red"
    assert by_id["CA-ANNUAL-REVIEW"].rag == "red"
    assert res.overall.rag == "red"


def test_not_applicable_criterion_never_drags_a_score():
    data = RUBRIC.model_dump(mode="json", exclude={"source"})
    # A rubric with one always-failing criterion restricted to Year 9 and above.
    for c, orig in zip(data["criteria"], RUBRIC.criteria, strict=True):
        c["check"] = {"kind": orig.check.kind, **orig.check.params_dict()}
        c.pop("params", None)
    stat = next(c for c in data["criteria"] if c["id"] == "CA-STATUTORY-ADVICE")
    stat["applies"] = {"year_from": 9}
    r = parse_rubric(data)
    plan = make_plan(ALL[:1], year=4)  # would fail statutory advice badly
    res = score_plan(plan, r, dt.date(2026, 6, 30), areas={"currency"})
    stat_res = next(c for c in res.criteria if c.id == "CA-STATUTORY-ADVICE")
    assert stat_res.applicable is False and stat_res.level is None and stat_res.rag is None
    assert "Year 9" in stat_res.findings[0].message
    applicable = [c for c in res.criteria if c.applicable]
    expected = sum(points(r, c.level) for c in applicable) / len(applicable)
    assert res.areas[0].score == pytest.approx(round(expected, 1))


def test_weighted_overall_uses_area_weights():
    res = score_plan(make_plan(ALL), RUBRIC, dt.date(2026, 6, 30))
    scored = [(a.score, RUBRIC.area(a.id).weight) for a in res.areas if a.score is not None]
    expected = sum(s * w for s, w in scored) / sum(w for _, w in scored)
    assert res.overall.score == pytest.approx(round(expected, 1), abs=0.06)
    assert res.overall.level == RUBRIC.level_for_score(expected)


def test_result_json_contract_fields():
    res = score_plan(make_plan(ALL), RUBRIC, dt.date(2026, 6, 30), areas={"currency"})
    data = res.model_dump(mode="json")
    assert set(data["sections"]) == set(SECTION_CODES)
    assert set(data["sections"]["K"]) == {"found", "words"}
    assert {"score", "level", "label", "rag"} <= set(data["overall"])
    crit = data["criteria"][0]
    assert {"id", "area", "applicable", "level", "label", "rag", "findings"} <= set(crit)
    assert {"section", "location", "quote", "message"} <= set(crit["findings"][0])
    assert "block_id" not in crit["findings"][0]
