"""Where a process builds Harper's linter (about 0.7 s of processor time: `harper.Linter(...)`,
the curated dictionary, in Rust): only in a process that proofreads. A command that never
scores LG-SPELLING or LG-GRAMMAR must not import the engine at all, and an audit's parent process
leaves it to its workers (each builds its own while warming up). A probe process runs the
commands one after another in itself and reports whether the `harper` module was imported;
scoring a plan afterwards in the same process shows the probe sees it when it is."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ehcaudit.store import load_frames

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_plans" / "2026-11"

_PROBE = """
import json, sys
from typer.testing import CliRunner
from ehcaudit.cli import app

runner = CliRunner()
seen = []
for line in sys.stdin.read().splitlines():
    args = json.loads(line)
    result = runner.invoke(app, args)
    seen.append({"args": args, "exit": result.exit_code,
                 "harper": "harper" in sys.modules,
                 "engine": "ehcaudit.language.harper_engine" in sys.modules,
                 "output": result.output[-2000:]})
print(json.dumps(seen))
"""


def _probe(commands: list[list[str]], tmp_path: Path) -> list[dict]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EHCAUDIT_")}
    p = subprocess.run([sys.executable, "-c", _PROBE], input="\n".join(json.dumps(c) for c in commands),
                       cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout.strip().splitlines()[-1])


def test_commands_that_do_not_proofread_never_import_the_grammar_engine(tmp_path):
    store = tmp_path / "empty.db"
    seen = _probe([
        ["--help"],
        ["rubric", "check", str(ROOT / "rubrics" / "ehcp-core.yaml")],
        ["rubric", "docs"],
        ["store", "check", "--store", str(store)],
        ["trend", "--help"],
        ["serve", "--help"],
        ["score", "--help"],
        ["audit", "--help"],
    ], tmp_path)
    for step in seen:
        assert not step["harper"] and not step["engine"], step
    assert [s["exit"] for s in seen[:3]] == [0, 0, 0], seen


@pytest.mark.slow
def test_an_audit_parent_leaves_the_linter_to_its_workers_and_a_score_builds_it(tmp_path):
    plan = sorted(SAMPLES.glob("*.docx"))[0]
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / plan.name).write_bytes(plan.read_bytes())
    store = tmp_path / "s.db"
    seen = _probe([
        ["audit", str(folder), "--month", "2026-11", "--store", str(store), "--jobs", "1", "--json"],
        ["score", str(plan), "--format", "json"],
    ], tmp_path)
    audit, score = seen
    assert audit["exit"] == 0, audit
    summary = json.loads(audit["output"].strip().splitlines()[-1])
    assert summary["scored"] == 1
    assert not audit["harper"] and not audit["engine"], "the audit's parent built the grammar engine"
    # the worker did proofread: the stored result has LG-SPELLING scored
    frames = load_frames(store)
    spelling = frames.criteria[frames.criteria["criterion"] == "LG-SPELLING"]
    assert len(spelling) == 1 and spelling["label"].notna().all()
    assert score["exit"] == 0 and score["harper"] and score["engine"]
