"""``ehcaudit audit``: idempotent, resumable, parallel, time-limited and private."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ehcaudit.cli import app
from ehcaudit.reader import limits
from ehcaudit.rubric.schema import default_rubric_path
from ehcaudit.store import load_frames

# Slow: every test audits a caseload in worker processes (about 70 s of CPU in all).
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_plans"
runner = CliRunner()

NHS = "943 476 5919"  # passes the modulus-11 check
IDENTIFIABLE = f"""Plan reference: ID-001
Year group: 4
Date issued: 2 February 2026
Team: North

# Section A: Views, interests and aspirations
Sam enjoys football. "I want to be a vet," Sam said. Sam's NHS number is {NHS}.

# Section B: Special educational needs
Cognition and learning: Sam has dyslexia. Contact mum on jo.bloggs@example.com about reading.

# Section E: Outcomes
By July 2027, Sam will read a short book aloud at home every evening, emailing jo.bloggs@example.com.

# Section F: Special educational provision
Sam may have access to support where possible, as agreed with jo.bloggs@example.com.

# Section I: Placement
Oakfield Primary School (mainstream)
"""


@pytest.fixture()
def caseload(tmp_path) -> Path:
    """Two sample months' plans (docx, national template and Markdown) in one folder."""
    folder = tmp_path / "plans"
    folder.mkdir()
    for month in ("2026-03", "2026-04"):
        for f in sorted((SAMPLES / month).iterdir()):
            if f.suffix in (".docx", ".md") and f.name.lower() != "readme.md":
                shutil.copy(f, folder / f"{month}-{f.name}")
    return folder


_RUBRIC: list[Path] = []


@pytest.fixture(autouse=True, scope="module")
def rubric_snapshot(tmp_path_factory):
    """A copy of the default rubric, so a colleague editing it mid-run cannot change a reuse key."""
    path = tmp_path_factory.mktemp("rubric") / "rubric.yaml"
    shutil.copy(default_rubric_path(), path)
    _RUBRIC[:] = [path]
    return path


def audit(*args: str, env: dict | None = None):
    rubric = [] if "--rubric" in args else ["--rubric", str(_RUBRIC[0])]
    result = runner.invoke(app, ["audit", *args, *rubric, "--json"], env=env)
    summary = json.loads(result.stdout.strip().splitlines()[-1]) if result.stdout.strip() else None
    return result, summary


def _tables(db: Path) -> dict[str, list]:
    """Plans, areas, criteria and findings rows, without row ids and run ids."""
    conn = sqlite3.connect(db)
    out = {
        "plans": conn.execute(
            "SELECT month, sha256, rubric_id, rubric_version, reuse_key, plan_id, source, as_of, score,"
            " level, label, rag, key_stage, need, setting, team, privacy, result FROM plans"
            " ORDER BY sha256").fetchall(),
        "areas": conn.execute("SELECT p.sha256, a.area, a.score, a.level, a.label, a.rag FROM areas a"
                              " JOIN plans p ON p.id = a.plan_row ORDER BY 1, 2").fetchall(),
        "criteria": conn.execute(
            "SELECT p.sha256, c.criterion, c.applicable, c.level, c.label FROM criteria c"
            " JOIN plans p ON p.id = c.plan_row ORDER BY 1, 2").fetchall(),
        "findings": conn.execute(
            "SELECT p.sha256, f.criterion, f.seq, f.kind, f.section, f.location, f.quote, f.message"
            " FROM findings f JOIN plans p ON p.id = f.plan_row ORDER BY 1, 2, 3").fetchall(),
        "fingerprints": conn.execute("SELECT month, sha256, data FROM fingerprints ORDER BY 2").fetchall(),
        "cross": conn.execute("SELECT month, kind, text, plans, count FROM cross_findings"
                              " ORDER BY 1, 2, 3, 4").fetchall(),
    }
    conn.close()
    return out


def test_audit_twice_same_counts_then_reuses(caseload, tmp_path):
    db = tmp_path / "s.db"
    first, s1 = audit(str(caseload), "--month", "2026-03", "--store", str(db), "--jobs", "2")
    assert first.exit_code == 0, first.output
    n = len(list(caseload.iterdir()))
    assert s1["plans"] == n and s1["scored"] == n and s1["reused"] == 0 and s1["errors"] == 0
    assert s1["as_of"] == "2026-03-31"  # default: the month's last day
    before = _tables(db)

    second, s2 = audit(str(caseload), "--month", "2026-03", "--store", str(db), "--jobs", "2")
    assert second.exit_code == 0, second.output
    assert (s2["scored"], s2["reused"], s2["errors"]) == (0, n, 0)
    assert s2["grades"] == s1["grades"] and s2["mean_score"] == pytest.approx(s1["mean_score"])
    assert _tables(db) == before
    frames = load_frames(db)
    assert len(frames.plans) == n and frames.plans.sha256.is_unique
    assert list(frames.runs.status) == ["complete", "complete"]
    assert list(frames.runs.plans_reused) == [0, n]
    assert sum(s1["grades"].values()) == n
    # the plans carry their attributes for breakdowns
    assert frames.plans.key_stage.notna().all() and frames.plans.setting.notna().all()


def test_a_file_named_twice_is_scored_once(caseload, tmp_path):
    db = tmp_path / "s.db"
    one = caseload / "2026-03-plan-04-tom.md"
    result, s = audit(str(caseload), str(one), "--month", "2026-03", "--store", str(db))
    assert result.exit_code == 0
    assert s["plans"] == s["scored"] == len(list(caseload.iterdir()))


def test_as_of_is_part_of_the_reuse_key(caseload, tmp_path):
    db = tmp_path / "s.db"
    audit(str(caseload), "--month", "2026-03", "--store", str(db), "--jobs", "1")
    # CA-ANNUAL-REVIEW depends on the audit date: a new date means scoring again
    again, s = audit(str(caseload), "--month", "2026-03", "--store", str(db), "--jobs", "1",
                     "--as-of", "2027-06-30")
    assert again.exit_code == 0
    assert s["reused"] == 0 and s["scored"] == s["plans"]
    frames = load_frames(db)
    assert set(frames.plans.as_of) == {"2027-06-30"} and len(frames.plans) == s["plans"]


def test_results_of_another_month_are_reused_when_inputs_match(caseload, tmp_path):
    db = tmp_path / "s.db"
    audit(str(caseload), "--month", "2026-03", "--store", str(db), "--as-of", "2026-04-30")
    _, s = audit(str(caseload), "--month", "2026-04", "--store", str(db), "--as-of", "2026-04-30")
    assert s["scored"] == 0 and s["reused"] == s["plans"]
    frames = load_frames(db)
    march, april = (frames.plans[frames.plans.month == m] for m in ("2026-03", "2026-04"))
    assert list(march.score) == list(april.score)
    assert len(frames.findings[frames.findings.month == "2026-04"]) == \
        len(frames.findings[frames.findings.month == "2026-03"])


def test_jobs_1_and_2_give_the_same_store(caseload, tmp_path):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    r1, _ = audit(str(caseload), "--month", "2026-03", "--store", str(one), "--jobs", "1")
    r2, _ = audit(str(caseload), "--month", "2026-03", "--store", str(two), "--jobs", "2")
    assert r1.exit_code == r2.exit_code == 0
    t1, t2 = _tables(one), _tables(two)
    assert t1 == t2 and len(t1["findings"]) > 0


def _cli(*args: str, env: dict, rubric: Path) -> subprocess.CompletedProcess:
    code = "from ehcaudit.cli import main; main()"
    return subprocess.run([sys.executable, "-c", code, "audit", *args, "--rubric", str(rubric), "--json"], env=env,
                          capture_output=True, text=True, timeout=300)


def _here(*args: str, rubric: Path) -> subprocess.CompletedProcess:
    """The audit in this process, with the tool version the killed process pins."""
    from cli_inprocess import run_cli

    return run_cli("audit", *args, "--rubric", str(rubric), "--json", env={"EHCAUDIT_TEST_TOOL_VERSION": "test"})


def test_killed_run_then_rerun_gives_the_uninterrupted_store(caseload, tmp_path):
    killed, whole = tmp_path / "killed.db", tmp_path / "whole.db"
    # a fixed tool version: the four runs below must agree on the reuse key even if someone
    # edits the code meanwhile
    rubric = _RUBRIC[0]
    base = {**os.environ, "EHCAUDIT_TEST_TOOL_VERSION": "test"}
    env = {**base, "EHCAUDIT_TEST_KILL_AFTER": "3"}
    # six plans of the caseload (Word and Markdown) are enough: three are committed before the
    # kill and three are left for the rerun to score (the whole two months, thirteen plans, cost
    # 15 s of processor time across the four processes for no more proof)
    for f in sorted(caseload.iterdir())[6:]:
        f.unlink()
    assert {f.suffix for f in caseload.iterdir()} == {".docx", ".md"}
    # an earlier month in the same store must be left untouched by the killed run (two of its
    # plans, a Word and a Markdown one, make that month)
    earlier = tmp_path / "2026-01"
    earlier.mkdir()
    for name in ("plan-01-kai.docx", "plan-06-oscar.md"):
        shutil.copy(SAMPLES / "2026-01" / name, earlier / name)
    # only the killed run needs a process of its own; the others run in this one
    done = _here(str(earlier), "--month", "2026-01", "--store", str(killed), rubric=rubric)
    assert done.returncode in (0, 1), done.stderr
    january = _tables(killed)
    # the uninterrupted store starts from the same January (a copy: auditing it again would only
    # repeat the same run)
    with closing(sqlite3.connect(killed)) as src, closing(sqlite3.connect(whole)) as dst:
        src.backup(dst)

    proc = _cli(str(caseload), "--month", "2026-03", "--store", str(killed), "--jobs", "2", env=env, rubric=rubric)
    assert proc.returncode == -9  # SIGKILL, right after the third plan was committed
    conn = sqlite3.connect(killed)
    assert conn.execute("SELECT COUNT(*) FROM plans WHERE month='2026-03'").fetchone()[0] == 3
    assert conn.execute("SELECT status FROM runs ORDER BY id DESC").fetchone()[0] == "running"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    jan_now = conn.execute("SELECT sha256, score FROM plans WHERE month='2026-01' ORDER BY 1").fetchall()
    assert jan_now == sorted((p[1], p[8]) for p in january["plans"])
    conn.close()

    rerun = _here(str(caseload), "--month", "2026-03", "--store", str(killed), "--jobs", "2", rubric=rubric)
    assert rerun.returncode == 0, rerun.stderr
    n = len(list(caseload.iterdir()))
    summary = json.loads(rerun.stdout)
    assert (summary["reused"], summary["scored"]) == (3, n - 3)

    assert _tables(whole)["plans"] == january["plans"]
    ok = _here(str(caseload), "--month", "2026-03", "--store", str(whole), "--jobs", "2", rubric=rubric)
    assert ok.returncode == 0, ok.stderr
    assert _tables(killed) == _tables(whole)


def test_unreadable_plans_are_listed_and_the_rest_scored(caseload, tmp_path):
    (caseload / "renamed.docx").write_text("this is not a Word file")
    (caseload / "empty.md").write_text("")
    db = tmp_path / "s.db"
    result, s = audit(str(caseload), str(tmp_path / "missing-folder"), "--month", "2026-03",
                      "--store", str(db))
    assert result.exit_code == 1
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error: ")]
    assert len(errors) == 3 and s["errors"] == 3
    assert any("renamed.docx: " in ln for ln in errors)
    assert any("missing-folder: no such file or folder" in ln for ln in errors)
    assert "Traceback" not in result.output
    n_good = len(list(caseload.iterdir())) - 2
    assert s["scored"] == n_good
    frames = load_frames(db)
    assert len(frames.plans) == n_good
    assert sorted(Path(x).name for x in frames.errors.source) == ["empty.md", "missing-folder",
                                                                  "renamed.docx"]


def test_a_slow_plan_is_skipped_at_the_time_limit(caseload, tmp_path, monkeypatch):
    db = tmp_path / "s.db"
    monkeypatch.setenv("EHCAUDIT_TEST_SLOW", "2026-03-plan-02=sleep")
    result, s = audit(str(caseload), "--month", "2026-03", "--store", str(db), "--jobs", "2",
                      "--time-limit", "6")
    assert result.exit_code == 1
    assert s["errors"] == 1 and s["scored"] == s["plans"] - 1
    assert "2026-03-plan-02" in result.stderr and "took longer than 6 s; skipped" in result.stderr


def test_a_stuck_worker_is_killed_and_the_run_goes_on(caseload, tmp_path, monkeypatch):
    db = tmp_path / "s.db"
    monkeypatch.setattr(limits, "PLAN_KILL_GRACE_SECONDS", 0.5)
    monkeypatch.setenv("EHCAUDIT_TEST_SLOW", "2026-03-plan-01=stuck")  # ignores the interrupt
    result, s = audit(str(caseload), "--month", "2026-03", "--store", str(db), "--jobs", "2",
                      "--time-limit", "6")
    assert result.exit_code == 1, result.output
    assert s["errors"] == 1 and s["scored"] == s["plans"] - 1, result.stderr
    line = next(ln for ln in result.stderr.splitlines() if "2026-03-plan-01" in ln)
    assert line.endswith("took longer than 6 s; skipped")
    # the other plans (including any in flight when the pool was killed) were all scored once
    assert load_frames(db).plans.sha256.is_unique


@pytest.mark.parametrize(("args", "message"), [
    (["--month", "2026-13"], "--month: '2026-13' is not a month"),
    (["--month", "March"], "--month: 'March' is not a month"),
    (["--month", "2026-03", "--as-of", "31/03/2026"], "--as-of: '31/03/2026' is not a date"),
    (["--month", "2026-03", "--jobs", "0"], "--jobs: must be at least 1"),
    (["--month", "2026-03", "--rubric", "/no/such/rubric.yaml"], "error: "),
])
def test_usage_errors_exit_2(tmp_path, args, message):
    rubric = [] if "--rubric" in args else ["--rubric", str(_RUBRIC[0])]
    result = runner.invoke(app, ["audit", str(SAMPLES / "2026-03"), "--store", str(tmp_path / "s.db"),
                                 *args, *rubric])
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output


def test_bad_store_paths_exit_2(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 200)
    for store in (tmp_path, junk):
        result = runner.invoke(app, ["audit", str(SAMPLES / "2026-03"), "--month", "2026-03",
                                     "--store", str(store), "--rubric", str(_RUBRIC[0])])
        assert result.exit_code == 2
        assert result.stderr.startswith("error: --store: ") and len(result.stderr.splitlines()) == 1


def test_changed_plan_replaces_its_old_version_and_removed_plans_are_kept(caseload, tmp_path):
    db = tmp_path / "s.db"
    plan = caseload / "2026-03-plan-04-tom.md"
    audit(str(caseload), "--month", "2026-03", "--store", str(db))
    n = len(list(caseload.iterdir()))
    plan.write_text(plan.read_text(encoding="utf-8") + "\nTom now enjoys swimming.\n", encoding="utf-8")
    (caseload / "2026-04-plan-03-yusuf.md").unlink()
    _, s = audit(str(caseload), "--month", "2026-03", "--store", str(db))
    assert s["scored"] == 1 and s["reused"] == n - 2
    frames = load_frames(db)
    # the edited plan counts once (its new version); the removed plan stays in the month
    assert len(frames.plans) == n
    assert (frames.plans.source == str(plan)).sum() == 1
    assert any(frames.plans.source.str.endswith("2026-04-plan-03-yusuf.md"))


def test_nothing_identifiable_is_written_to_the_store(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "id.md").write_text(IDENTIFIABLE, encoding="utf-8")
    shutil.copy(SAMPLES / "2026-03" / "plan-04-tom.md", folder / "tom.md")
    db = tmp_path / "s.db"
    result, s = audit(str(folder), "--month", "2026-03", "--store", str(db))
    assert result.exit_code == 0 and s["scored"] == 2
    frames = load_frames(db)
    flagged = frames.plans[frames.plans.plan_id == "ID-001"].iloc[0]
    assert flagged.privacy >= 2
    assert (frames.plans[frames.plans.plan_id != "ID-001"].privacy == 0).all()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(FULL)")
    conn.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("s.db*"))
    for secret in (NHS, NHS.replace(" ", ""), "jo.bloggs@example.com", "jo.bloggs"):
        assert secret.encode() not in raw, secret

    refused, s2 = audit(str(folder), "--month", "2026-04", "--store", str(db), "--refuse-identifiable")
    assert refused.exit_code == 1 and s2["errors"] == 1 and s2["scored"] + s2["reused"] == 1
    assert "id.md: contains identifiable information" in refused.stderr
    april = load_frames(db, from_month="2026-04").plans
    assert list(april.plan_id) != [] and "ID-001" not in set(april.plan_id)


def test_cross_plan_findings_are_recorded_when_available(caseload, tmp_path):
    db = tmp_path / "s.db"
    _, s = audit(str(caseload), "--month", "2026-03", "--store", str(db))
    frames = load_frames(db)
    assert s["cross_findings"] == len(frames.cross)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM fingerprints").fetchone()[0] == s["plans"]
    # the sample plans share boilerplate sentences across children: copy-paste is found
    assert (frames.cross.kind == "copy_paste").any()


WORKER_PROBE = r"""
import datetime as dt, json, os, sys
from ehcaudit import audit_worker
from ehcaudit.language import engines
from ehcaudit.rubric.schema import load_rubric

built = []
real = engines._harper
def counting(vocabulary):
    built.append(1)
    return real(vocabulary)
engines._harper = counting
rubric = load_rubric(sys.argv[1])
audit_worker.init_worker(rubric, dt.date(2026, 3, 31), "flag", 60, None, os.getppid(), None)
after_warm = len(built)
class Q:
    def put(self, item):
        pass
audit_worker.STATE["started"] = Q()
outcomes = [audit_worker.score_one(p)[0] for p in sys.argv[2:]]
print(json.dumps({"after_warm": after_warm, "total": len(built), "outcomes": outcomes}))
"""


def test_a_worker_builds_the_language_engine_once_while_warming(tmp_path):
    plans = [str(p) for p in sorted((SAMPLES / "2026-03").iterdir()) if p.suffix in (".docx", ".md")][:3]
    proc = subprocess.run([sys.executable, "-c", WORKER_PROBE, str(_RUBRIC[0]), *plans],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    probe = json.loads(proc.stdout.strip().splitlines()[-1])
    assert probe["outcomes"] == ["ok"] * len(plans)
    # built by the warm-up plan, before the first real plan, and never again
    assert probe["after_warm"] == 1 and probe["total"] == 1


def test_a_failing_cross_plan_check_is_reported_and_the_plans_kept(caseload, tmp_path, monkeypatch):
    from ehcaudit import crossplan

    def broken(month):
        raise RuntimeError("boom")

    monkeypatch.setattr(crossplan, "cross_plan_findings", broken)
    db = tmp_path / "s.db"
    result, s = audit(str(caseload), "--month", "2026-03", "--store", str(db), "--jobs", "1")
    assert result.exit_code == 1
    assert "error: (cross-plan checks): could not be run (RuntimeError: boom)" in result.stderr
    assert s["scored"] == s["plans"] and s["errors"] == 1
    assert len(load_frames(db).plans) == s["plans"]


def test_audit_runs_with_every_socket_blocked(caseload, tmp_path, no_network):
    """Workers are forked from this process, so they inherit the blocked sockets too: a worker
    that tried to connect would fail its plan, and the exit status would be 1."""
    db = tmp_path / "s.db"
    result, s = audit(str(caseload), "--month", "2026-03", "--store", str(db), "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert s["scored"] == s["plans"] > 0
    assert no_network == []


def test_ctrl_c_keeps_what_was_written_and_leaves_no_workers(caseload, tmp_path):
    import psutil  # in the test extra

    db = tmp_path / "s.db"
    env = {**os.environ, "EHCAUDIT_TEST_SLOW": "2026-03-plan-03=sleep"}
    code = "from ehcaudit.cli import main; main()"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "audit", str(caseload), "--month", "2026-03", "--store", str(db),
         "--rubric", str(_RUBRIC[0]), "--jobs", "1", "--time-limit", "120"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 240
    written = 0
    while time.monotonic() < deadline and written < 2:  # plans 01 and 02 are in; 03 sleeps
        time.sleep(0.3)
        if db.exists():
            try:
                with closing(sqlite3.connect(db, timeout=5)) as conn:
                    written = conn.execute("SELECT COUNT(*) FROM plans").fetchone()[0]
            except sqlite3.Error:
                continue
    assert written >= 2
    workers = psutil.Process(proc.pid).children(recursive=True)
    assert workers
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.strip().splitlines()[-1].startswith("error: ") and "interrupted" in err
    assert "Traceback" not in err
    gone, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT status FROM runs").fetchall() == [("interrupted",)]
        assert conn.execute("SELECT COUNT(*) FROM plans").fetchone()[0] == written


# -- a re-audit of unchanged plans does not validate the rubric again --------------------------

_PROBE = """
import sys
from ehcaudit.cli import main
try:
    main()
except SystemExit as e:
    code = e.code
heavy = sorted(m for m in ("ehcaudit.rubric.schema", "ehcaudit.checks", "ehcaudit.model",
                           "ehcaudit.results", "ehcaudit.reader.document", "ehcaudit.crossplan",
                           "lxml", "harper") if m in sys.modules)
print("HEAVY", ",".join(heavy), "EXIT", code, file=sys.stderr)
"""


def _probe(*args: str, env: dict, rubric: Path) -> tuple[dict | None, list[str], str]:
    """Run the audit command in a fresh process; the summary, the heavy modules it loaded, stderr."""
    p = subprocess.run([sys.executable, "-c", _PROBE, "audit", *args, "--rubric", str(rubric), "--json"],
                       env=env, capture_output=True, text=True, timeout=300)
    line = next(x for x in p.stderr.splitlines() if x.startswith("HEAVY"))
    heavy = [m for m in line.split()[1].split(",") if m] if line.split()[1] != "EXIT" else []
    summary = json.loads(p.stdout.strip().splitlines()[-1]) if p.stdout.strip() else None
    return summary, heavy, p.stderr


def test_a_warm_reaudit_loads_neither_the_rubric_schema_nor_the_checks_nor_the_reader(caseload, tmp_path):
    # six plans (Word and Markdown) prove what a warm run loads as well as the thirteen: the
    # first and the third run score them all in a process of their own
    for f in sorted(caseload.iterdir())[6:]:
        f.unlink()
    assert {f.suffix for f in caseload.iterdir()} == {".docx", ".md"}
    db = tmp_path / "s.db"
    env = {**os.environ, "EHCAUDIT_TEST_TOOL_VERSION": "warm-test"}
    rubric = tmp_path / "rubric.yaml"
    shutil.copy(_RUBRIC[0], rubric)
    first, heavy, _ = _probe(str(caseload), "--month", "2026-03", "--store", str(db), "--jobs", "1",
                             env=env, rubric=rubric)
    assert first["scored"] == first["plans"] > 0
    assert "ehcaudit.rubric.schema" in heavy and "ehcaudit.checks" in heavy  # validated, then scored
    warm, heavy, _ = _probe(str(caseload), "--month", "2026-03", "--store", str(db), "--jobs", "1",
                            env=env, rubric=rubric)
    assert (warm["scored"], warm["reused"]) == (0, first["plans"])
    assert warm["grades"] == first["grades"] and warm["cross_findings"] == first["cross_findings"]
    assert heavy == []  # nothing validated, read or scored: start-up is most of a warm run
    # the same rubric under another ehcaudit code is validated again (and reuses nothing)
    other = {**env, "EHCAUDIT_TEST_TOOL_VERSION": "warm-test-2"}
    again, heavy, _ = _probe(str(caseload), "--month", "2026-03", "--store", str(db), "--jobs", "1",
                             env=other, rubric=rubric)
    assert again["scored"] == first["plans"] and "ehcaudit.rubric.schema" in heavy


def test_a_rubric_file_changed_since_the_last_run_is_validated_again(caseload, tmp_path):
    db = tmp_path / "s.db"
    env = {**os.environ, "EHCAUDIT_TEST_TOOL_VERSION": "warm-test"}
    rubric = tmp_path / "rubric.yaml"
    shutil.copy(_RUBRIC[0], rubric)
    one = caseload / "2026-03-plan-04-tom.md"
    first, _, _ = _probe(str(one), "--month", "2026-03", "--store", str(db), env=env, rubric=rubric)
    assert first["scored"] == 1
    # an unknown key: the edited file must be refused, however recently its old bytes were valid
    rubric.write_text(rubric.read_text(encoding="utf-8") + "\nsurprise: 1\n", encoding="utf-8")
    bad, heavy, err = _probe(str(one), "--month", "2026-03", "--store", str(db), env=env, rubric=rubric)
    assert bad is None and "unknown key 'surprise'" in err and "EXIT 2" in err
    assert "Traceback" not in err
    # a comment changes the bytes, not the rubric: validated again, and the results reused
    rubric.write_text(_RUBRIC[0].read_text(encoding="utf-8") + "\n# audited in March\n", encoding="utf-8")
    ok, heavy, _ = _probe(str(one), "--month", "2026-03", "--store", str(db), env=env, rubric=rubric)
    assert (ok["scored"], ok["reused"]) == (0, 1) and "ehcaudit.rubric.schema" in heavy
    with closing(sqlite3.connect(db)) as conn:
        shas = [r[0] for r in conn.execute("SELECT rubric_file_sha256 FROM runs ORDER BY id")]
        digests = {r[0] for r in conn.execute("SELECT rubric_digest FROM runs")}
    assert len(shas) == 2 and shas[0] != shas[1] and len(digests) == 1  # the refused run wrote nothing


def test_a_known_rubric_is_validated_when_a_plan_must_be_scored(caseload, tmp_path):
    db = tmp_path / "s.db"
    env = {**os.environ, "EHCAUDIT_TEST_TOOL_VERSION": "warm-test"}
    one = caseload / "2026-03-plan-04-tom.md"
    _probe(str(one), "--month", "2026-03", "--store", str(db), env=env, rubric=_RUBRIC[0])
    one.write_text(one.read_text(encoding="utf-8") + "\nTom now enjoys swimming.\n", encoding="utf-8")
    s, heavy, _ = _probe(str(one), "--month", "2026-03", "--store", str(db), env=env, rubric=_RUBRIC[0])
    assert (s["scored"], s["reused"]) == (1, 0) and "ehcaudit.checks" in heavy
    frames = load_frames(db)
    assert len(frames.plans) == 1 and len(frames.criteria) > 0


def test_a_bad_rubric_is_reported_before_a_store_is_created(caseload, tmp_path):
    db = tmp_path / "new" / "s.db"
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\nversion: '1'\n", encoding="utf-8")
    result, summary = audit(str(caseload), "--month", "2026-03", "--store", str(db), "--rubric", str(bad))
    assert result.exit_code == 2 and summary is None
    assert "error: " in result.output and "Traceback" not in result.output
    assert not db.exists()
