"""Rubrics as data: the default rubric is valid; typos and bad thresholds are named."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from packaged_rubric import dump_yaml, yaml_tree
from typer.testing import CliRunner

from ehcaudit.cli import app
from ehcaudit.errors import RubricError
from ehcaudit.rubric.schema import default_rubric_path, load_rubric, parse_rubric

DEFAULT = default_rubric_path()
runner = CliRunner()


def _data() -> dict:
    return yaml_tree(DEFAULT)


def _problems(data: dict) -> list[tuple[str, str]]:
    with pytest.raises(RubricError) as exc:
        parse_rubric(data, "test.yaml")
    return exc.value.problems


def test_default_rubric_is_valid():
    r = load_rubric(DEFAULT)
    assert r.id == "ehcp-core"
    assert [lv.label for lv in r.scale] == ["Inadequate", "Requires improvement", "Good", "Outstanding"]
    ids = {c.id for c in r.criteria}
    assert {"CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW"} <= ids


def test_typo_in_criterion_key_is_named():
    data = _data()
    data["criteria"][0]["gudiance"] = data["criteria"][0].pop("guidance")
    problems = _problems(data)
    assert any("CA-DATED" in path and "gudiance" in reason for path, reason in problems), problems


def test_typo_in_check_parameter_is_named():
    data = _data()
    crit = next(c for c in data["criteria"] if c["id"] == "CA-ADVICE-AGE")
    crit["check"]["good_monhts"] = 6
    problems = _problems(data)
    assert ("criteria.CA-ADVICE-AGE.check.good_monhts", "unknown key 'good_monhts'") in problems


def test_bad_threshold_is_rejected():
    data = _data()
    crit = next(c for c in data["criteria"] if c["id"] == "CA-ADVICE-AGE")
    crit["check"]["good_months"] = -3
    problems = _problems(data)
    assert any(path == "criteria.CA-ADVICE-AGE.check.good_months" for path, _ in problems), problems


def test_level_outside_scale_is_rejected():
    data = _data()
    crit = next(c for c in data["criteria"] if c["id"] == "CA-DATED")
    crit["check"]["bands"]["otherwise"] = 7
    problems = _problems(data)
    assert any("level 7 is outside the scale 1..4" in reason for _, reason in problems), problems


def test_unknown_check_kind_and_area_and_section():
    data = _data()
    bad = copy.deepcopy(data["criteria"][0])
    bad.update(id="XX-NEW", area="nowhere", sections=["Z"])
    bad["check"] = {"kind": "telepathy"}
    data["criteria"].append(bad)
    problems = _problems(data)
    text = " | ".join(f"{p}: {r}" for p, r in problems)
    assert "unknown section code" in text


def test_scale_must_rise():
    data = _data()
    data["scale"][2]["min_score"] = 10
    problems = _problems(data)
    assert any("min_score must rise" in r for _, r in problems)


def test_rubric_check_cli(tmp_path: Path):
    ok = runner.invoke(app, ["rubric", "check", str(DEFAULT)])
    assert ok.exit_code == 0, ok.output
    assert "ok" in ok.output
    data = _data()
    data["criteria"][0]["wieght"] = 2
    bad = tmp_path / "bad.yaml"
    bad.write_text(dump_yaml(data), encoding="utf-8")
    res = runner.invoke(app, ["rubric", "check", str(bad)])
    assert res.exit_code == 1
    assert "bad.yaml: criteria.CA-DATED.wieght: unknown key 'wieght'" in res.output


def test_rubric_check_cli_invalid_yaml(tmp_path: Path):
    bad = tmp_path / "broken.yaml"
    bad.write_text("id: x\n  version: [unclosed\n", encoding="utf-8")
    res = runner.invoke(app, ["rubric", "check", str(bad)])
    assert res.exit_code == 1
    assert "not valid YAML" in res.output
    assert "Traceback" not in res.output
