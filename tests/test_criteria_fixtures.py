"""Every criterion ships examples (in the spirit of proselint and sqlfluff).

Each ``tests/criteria/<ID>.yaml`` holds plans (Markdown) that must pass or fail that
criterion. This module runs them all, and a meta-test fails when a criterion in the default
rubric lacks a passing or a failing example.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from packaged_rubric import RUBRIC

from ehcaudit.reader import read_plan
from ehcaudit.rubric.engine import run_criterion

HERE = Path(__file__).parent / "criteria"

EXPECTATIONS = {"pass", "fail", "red", "na", "amber", "outstanding"}


def _load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["criterion"] == path.stem, f"{path.name}: 'criterion' must match the file name"
    return data


def _cases():
    for path in sorted(HERE.glob("*.yaml")):
        data = _load(path)
        for i, case in enumerate(data["cases"]):
            yield pytest.param(path.stem, data.get("as_of"), case, id=f"{path.stem}[{i}:{case['expect']}] {case['name']}")


def _run(cid: str, as_of, case: dict, tmp_path: Path):
    src = tmp_path / f"{cid.lower()}-case.md"
    src.write_text(case["plan"], encoding="utf-8")
    plan = read_plan(src)
    date = as_of if isinstance(as_of, dt.date) else dt.date.fromisoformat(str(as_of or "2026-06-30"))
    return run_criterion(plan, RUBRIC, RUBRIC.criterion(cid), date, cache={})


@pytest.mark.parametrize(("cid", "as_of", "case"), list(_cases()))
def test_criterion_example(cid, as_of, case, tmp_path):
    assert case["expect"] in EXPECTATIONS, f"unknown expectation {case['expect']!r}"
    res = _run(cid, as_of, case, tmp_path)
    got = f"applicable={res.applicable} level={res.level} findings={[(f.kind, f.message, f.quote[:60]) for f in res.findings]}"
    expect = case["expect"]
    if expect == "na":
        assert not res.applicable, got
        assert res.level is None
    else:
        assert res.applicable, got
        if expect == "pass":
            assert res.level >= 3, got
        elif expect == "outstanding":
            assert res.level == 4, got
        elif expect == "fail":
            assert res.level <= 2, got
        elif expect == "amber":
            assert res.level == 2, got
        elif expect == "red":
            assert res.level == 1, got
    # Evidence or it didn't happen: every judgement carries findings.
    assert res.findings, f"{cid}: no findings behind the judgement"
    if expect in {"fail", "red", "amber"}:
        issues = [f for f in res.findings if f.kind == "issue"]
        assert issues, f"{cid}: a failing level must carry at least one issue finding: {got}"
    if "quote" in case:
        assert any(case["quote"].lower() in f.quote.lower() for f in res.findings), (
            f"no finding quotes {case['quote']!r}: {got}")
    for f in res.findings:
        assert f.location, "every finding has a location"


def test_every_criterion_ships_pass_and_fail_examples():
    missing = []
    for c in RUBRIC.criteria:
        path = HERE / f"{c.id}.yaml"
        if not path.exists():
            missing.append(f"{c.id}: no tests/criteria/{c.id}.yaml")
            continue
        expects = {case["expect"] for case in _load(path)["cases"]}
        if "pass" not in expects and "outstanding" not in expects:
            missing.append(f"{c.id}: no passing example")
        if not expects & {"fail", "red", "amber"}:
            missing.append(f"{c.id}: no failing example")
    assert not missing, "\n".join(missing)


def test_no_fixture_for_unknown_criterion():
    ids = {c.id for c in RUBRIC.criteria}
    orphans = [p.name for p in HERE.glob("*.yaml") if p.stem not in ids]
    assert not orphans, f"fixtures for criteria not in the rubric: {orphans}"
