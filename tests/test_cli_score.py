"""`ehcaudit score` end to end on real files, as a SENCO would run it."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import docx_builders as b
import pytest
from typer.testing import CliRunner

from ehcaudit.cli import app
from ehcaudit.model import SECTION_CODES

runner = CliRunner()
CURRENCY = {"CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW"}


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture()
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "month"
    folder.mkdir()
    b.heading_styles(folder / "styled.docx")
    b.bold_caps(folder / "caps.docx")
    b.combined_tables(folder / "national-like.docx")
    (folder / "renamed.docx").write_text("This is a text file somebody renamed.", encoding="utf-8")
    d = docx.Document()
    d.add_paragraph("Minutes of the staff meeting held on Tuesday.")
    d.add_paragraph("Apologies were received from two members of staff.")
    d.save(folder / "minutes.docx")
    return folder


def test_folder_with_bad_files_scores_the_good_ones_and_exits_1(batch: Path):
    res = run("score", str(batch), "--format", "json", "--as-of", "2026-06-30")
    assert res.exit_code == 1, res.output
    data = json.loads(res.stdout)
    assert data["rubric"]["id"] == "ehcp-core" and data["as_of"] == "2026-06-30"
    scored = sorted(Path(p["source"]).name for p in data["plans"])
    assert scored == ["caps.docx", "national-like.docx", "styled.docx"]
    errors = {Path(e["source"]).name: e["error"] for e in data["errors"]}
    assert set(errors) == {"renamed.docx", "minutes.docx"}
    assert "not a Word file" in errors["renamed.docx"]
    assert "no EHC plan sections found" in errors["minutes.docx"]
    for e in errors.values():
        assert "\n" not in e
    assert "Traceback" not in res.output


def test_json_contract(batch: Path):
    res = run("score", str(batch / "styled.docx"), "--format", "json", "--as-of", "2026-06-30")
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert set(data) >= {"rubric", "as_of", "plans", "errors"}
    plan = data["plans"][0]
    assert {"plan_id", "source", "sha256", "sections", "overall", "areas", "criteria"} <= set(plan)
    assert plan["plan_id"] == "EHC-0042"
    assert len(plan["sha256"]) == 64
    assert list(plan["sections"]) == list(SECTION_CODES)
    assert all(plan["sections"][c]["found"] for c in SECTION_CODES)
    assert 0 <= plan["overall"]["score"] <= 100 and plan["overall"]["rag"] in {"red", "amber", "green"}
    ids = {c["id"] for c in plan["criteria"]}
    assert CURRENCY <= ids
    for c in plan["criteria"]:
        assert set(c) >= {"id", "area", "applicable", "level", "label", "rag", "findings"}
        if c["applicable"]:
            assert c["findings"], f"{c['id']} has a level without evidence"
        for f in c["findings"]:
            assert set(f) >= {"section", "location", "quote", "message"}


def test_area_option_limits_criteria(batch: Path):
    res = run("score", str(batch / "styled.docx"), "--format", "json", "--area", "currency", "--as-of", "2026-06-30")
    data = json.loads(res.stdout)
    assert {c["id"] for c in data["plans"][0]["criteria"]} == CURRENCY
    assert [a["id"] for a in data["plans"][0]["areas"]] == ["currency"]


def test_text_report_quotes_old_advice(batch: Path):
    res = run("score", str(batch / "styled.docx"), "--area", "currency", "--as-of", "2026-06-30")
    assert res.exit_code == 0
    out = res.stdout
    assert "CA-ADVICE-AGE" in out
    assert "Paediatric advice from Dr N Shah" in out  # the stale advice item is quoted
    assert "Sections found: A B C D E F G H1 H2 I J K" in out


def test_usage_errors_exit_2(batch: Path):
    assert run("score", str(batch), "--as-of", "30/06/2026").exit_code == 2
    assert run("score", str(batch), "--area", "nonsense").exit_code == 2
    assert run("score", str(batch), "--format", "pdf").exit_code == 2


def test_missing_path_is_reported(tmp_path: Path):
    res = run("score", str(tmp_path / "nope.docx"), "--format", "json")
    assert res.exit_code == 1
    assert json.loads(res.stdout)["errors"][0]["error"] == "no such file or folder"


def test_help_on_every_command():
    for args in (["--help"], ["score", "--help"], ["rubric", "--help"], ["rubric", "check", "--help"]):
        res = run(*args)
        assert res.exit_code == 0 and "Usage" in res.output


def test_dco_view_prints_only_health_criteria_as_questions():
    from ehcaudit.rubric.schema import default_rubric_path, load_rubric

    rubric = load_rubric(default_rubric_path())
    sample = sorted(Path(__file__).resolve().parents[1].glob("sample_plans/2026-11/*.docx"))[0]
    res = run("score", str(sample), "--area", "health", "--as-of", "2026-11-30")
    assert res.exit_code == 0, res.output
    out = " ".join(res.stdout.split())
    assert "Health check for the designated clinical officer" in out
    health = [c for c in rubric.criteria if c.area == "health"]
    assert health
    for c in health:
        assert c.dco, f"{c.id} has no DCO wording"
        assert c.id in out and " ".join(c.dco.split()) in out
    others = [c.id for c in rubric.criteria if c.area != "health"]
    assert not any(cid in out for cid in others)
    assert "Overall:" not in out  # the DCO view grades health only


@pytest.mark.parametrize("command", ["score", "feedback", "audit"])
def test_languagetool_server_down_or_public_is_one_line_exit_2(tmp_path: Path, monkeypatch, command):
    """A configured LanguageTool server that is down stops the command up front with one line;
    the public service is refused without the explicit flag (plan text would leave the machine)."""
    import socket

    from ehcaudit.language import engines

    plan = b.heading_styles(tmp_path / "plan.docx")
    with socket.socket() as s:  # a loopback port with nothing listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("EHCAUDIT_LANGUAGETOOL_URL", f"http://127.0.0.1:{port}")
    try:
        extra = (["--month", "2026-03", "--store", str(tmp_path / "s.db")] if command == "audit"
                 else ["--out", str(tmp_path / "out")])
        res = run(command, str(plan), *extra)
        assert res.exit_code == 2, res.output
        lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
        assert len(lines) == 1 and lines[0].startswith("error: LanguageTool server"), res.stderr
        assert "Traceback" not in res.output
        monkeypatch.delenv("EHCAUDIT_LANGUAGETOOL_URL")
        res = run(command, str(plan), *extra, "--languagetool-url", "https://api.languagetool.org/v2")
        assert res.exit_code == 2
        flat = " ".join(res.output.replace("│", " ").split())
        assert "refusing the public LanguageTool service" in flat, flat
    finally:
        engines.configure(None, False)  # back to the offline engine for the rest of the session
