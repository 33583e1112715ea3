"""``run_cli`` (the CLI in this process, for tests where a separate process is not what is tested)
isolates each call as a process would: environment, working folder, output streams, exit code."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from cli_inprocess import run_cli

from ehcaudit import audit
from ehcaudit.testhooks import HOOK_TOOL_VERSION

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_plans" / "2026-01" / "plan-01-kai.docx"


def test_environment_is_set_for_the_call_only(monkeypatch):
    monkeypatch.delenv("EHCAUDIT_VOCABULARY", raising=False)
    assert run_cli("proofread", SAMPLE).returncode == 0  # the grammar engine is built (or was)
    p = run_cli("proofread", SAMPLE, env={"EHCAUDIT_VOCABULARY": "/dev/zero"})
    assert p.returncode == 2 and "larger than 10 MB" in p.stderr and p.stdout == ""
    assert "EHCAUDIT_VOCABULARY" not in os.environ
    assert run_cli("proofread", SAMPLE).returncode == 0
    # a variable set outside is unset for the call and put back after it
    monkeypatch.setenv("EHCAUDIT_VOCABULARY", "/dev/zero")
    p = run_cli("proofread", SAMPLE, env={"EHCAUDIT_VOCABULARY": None})
    assert p.returncode == 0
    assert os.environ["EHCAUDIT_VOCABULARY"] == "/dev/zero"


def test_a_vocabulary_holds_for_its_call_only(tmp_path):
    """A process adds vocabulary to its one grammar engine and keeps it; a call that names a
    vocabulary file gets an engine of its own, and the next call the one from before."""
    words = tmp_path / "words.txt"
    words.write_text("recieve\n", encoding="utf-8")

    def misspelt(p) -> set[str]:
        assert p.returncode == 0, p.stderr
        return {f["text"] for d in json.loads(p.stdout)["documents"] for f in d["findings"]
                if f["kind"] == "spelling"}

    assert "recieve" in misspelt(run_cli("proofread", SAMPLE, "--format", "json"))
    assert "recieve" not in misspelt(run_cli("proofread", SAMPLE, "--format", "json", "--vocabulary", words))
    assert "recieve" not in misspelt(run_cli("proofread", SAMPLE, "--format", "json",
                                             env={"EHCAUDIT_VOCABULARY": str(words)}))
    assert "recieve" in misspelt(run_cli("proofread", SAMPLE, "--format", "json"))


def test_a_kill_hook_is_refused():
    with pytest.raises(ValueError, match="process of its own"):
        run_cli("rubric", "check", ROOT / "rubrics" / "ehcp-core.yaml", env={"EHCAUDIT_TEST_KILL_AFTER": "1"})


def test_working_folder_is_entered_for_the_call_only(tmp_path):
    here = Path.cwd()
    p = run_cli("rubric", "init", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    assert (tmp_path / "ehcp-core.yaml").is_file() and Path.cwd() == here
    again = run_cli("rubric", "init", cwd=tmp_path)  # the same folder: the copy is there
    assert again.returncode == 1 and "already exists" in again.stderr and Path.cwd() == here


def test_streams_and_exit_codes_are_the_commands():
    ok = run_cli("rubric", "check", ROOT / "rubrics" / "ehcp-core.yaml")
    assert ok.returncode == 0 and ": ok — rubric" in ok.stdout and ok.stderr == ""
    usage = run_cli("score", SAMPLE, "--time-limit", "0")
    assert usage.returncode == 2 and "--time-limit" in usage.stderr and usage.stdout == ""
    missing = run_cli("rubric", "check", "/no/such/rubric.yaml")
    assert missing.returncode == 1 and missing.stdout == "" and "/no/such/rubric.yaml" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_a_pinned_tool_version_holds_for_its_call_only(monkeypatch, tmp_path):
    import sqlite3

    monkeypatch.delenv(HOOK_TOOL_VERSION, raising=False)
    before = audit.tool_version()
    (tmp_path / "empty").mkdir()
    db = tmp_path / "s.db"
    p = run_cli("audit", tmp_path / "empty", "--month", "2026-03", "--store", db,
                env={HOOK_TOOL_VERSION: "pinned-for-one-call"})
    assert p.returncode == 0, p.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT tool_version FROM runs").fetchall() == [("pinned-for-one-call",)]
    assert audit.tool_version() == before != "pinned-for-one-call"


def test_an_exception_escaping_the_command_is_raised(monkeypatch):
    def boom(path, *, check_patterns=False):
        raise RuntimeError("escaped")

    monkeypatch.setattr("ehcaudit.rubric.schema.load_rubric", boom)
    with pytest.raises(RuntimeError, match="escaped"):
        run_cli("rubric", "check", ROOT / "rubrics" / "ehcp-core.yaml")
