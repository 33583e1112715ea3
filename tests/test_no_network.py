"""The whole pipeline runs with every socket blocked and never tries to connect."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ehcaudit.cli import app

runner = CliRunner()
MONTH = Path(__file__).resolve().parents[1] / "sample_plans" / "2026-03"


@pytest.mark.slow  # score, feedback, HTML and privacy-check on a whole sample month
def test_score_feedback_html_privacy_offline(no_network, tmp_path: Path):
    res = runner.invoke(app, ["score", str(MONTH), "--format", "json", "--as-of", "2026-03-31"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["plans"]
    res = runner.invoke(app, ["score", str(MONTH), "--format", "html", "--out", str(tmp_path / "html"), "--as-of", "2026-03-31"])
    assert res.exit_code == 0, res.output
    assert list((tmp_path / "html").glob("*.html"))
    res = runner.invoke(app, ["feedback", str(MONTH), "--out", str(tmp_path / "fb"), "--as-of", "2026-03-31"])
    assert res.exit_code == 0, res.output
    assert list((tmp_path / "fb").glob("*.reviewed.docx"))
    res = runner.invoke(app, ["privacy-check", str(MONTH)])
    assert res.exit_code == 0, res.output
    assert no_network == [], f"attempted connections: {no_network}"
