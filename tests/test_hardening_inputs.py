"""Issue #16 (input side) and issue #14 item 5: each attack is performed through the CLI, as a
hostile or careless user would. Each must give one clear line where a file or option is
refused, no traceback, and every other plan scored.

Where a separate process is what is tested, the CLI runs in one (``run``): memory peaks and
limits, the per-plan time limit's mechanism (once, for ``score``), a refused catastrophic
pattern. Elsewhere it runs in this process (``run_here``, through ``cli_inprocess.run_cli``):
the same command, output streams and exit code, and an exception escaping the command fails the
test as a traceback would, without starting Python and the grammar engine again (about 1.7 s of
processor time a command).

Bounds asserted here are guards against hangs and blow-ups (generous), not speed figures.
"""

from __future__ import annotations

import base64
import json
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_inprocess import run_cli
from packaged_rubric import dump_yaml, yaml_tree

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_plans" / "2026-01" / "plan-01-kai.docx"
RUBRIC = ROOT / "rubrics" / "ehcp-core.yaml"
#: A command that takes longer than this has hung.
HANG_S = 300

PLAN = """Plan reference: HARD-{n}
Year group: 5
Date issued: 1 March 2026

# Section A: Views, interests and aspirations
{extra}
Sam enjoys football and wants to be a vet. "I like helping animals," Sam said.

# Section B: Special educational needs
Communication and interaction: Sam finds it hard to follow long spoken instructions.

# Section E: Outcomes
By July 2027, Sam will follow a three-step instruction in class on 4 days out of 5.

# Section F: Special educational provision
A teaching assistant will give Sam 30 minutes of language work three times a week.

# Section K: Advice and information
Educational psychology advice, Dr A Patel, Educational Psychologist, 12 January 2026.
"""


def run(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    e = dict(os.environ)
    e["COLUMNS"] = "1000"  # long temporary paths on one line: what a test looks for is not wrapped
    e.update(env or {})
    return subprocess.run([sys.executable, "-c", "from ehcaudit.cli import main; main()", *args],
                          capture_output=True, text=True, timeout=HANG_S, env=e, cwd=cwd,
                          errors="surrogateescape")


def run_here(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The CLI in this process, with the same wide terminal as ``run``."""
    return run_cli(*args, env={"COLUMNS": "1000", **(env or {})})


def no_traceback(p: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in p.stderr and "Traceback" not in p.stdout, p.stderr[-3000:]


def error_lines(p: subprocess.CompletedProcess) -> list[str]:
    return [ln for ln in p.stderr.splitlines() if ln.startswith("error:")]


def plan(folder: Path, name: str, extra: str = "", n: int = 1) -> Path:
    p = folder / name
    p.write_text(PLAN.format(n=n, extra=extra), encoding="utf-8")
    return p


def with_good_plan(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SAMPLE, folder / "good.docx")
    return folder


# -- memory and time: over-long words and blocks ------------------------------------------------

@pytest.mark.slow  # scores or audits plans through the CLI, in processes
def test_huge_word_and_base64_blob_are_not_sent_to_the_grammar_engine(tmp_path):
    folder = with_good_plan(tmp_path / "plans")
    plan(folder, "huge-word.txt", "Sam says " + "a" * 300_000 + " is his longest word.", n=1)
    blob = base64.b64encode(random.Random(1).randbytes(75_000)).decode()  # 100,000 characters
    plan(folder, "blob.txt", "His photo: " + blob, n=2)
    t0 = time.monotonic()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    p = run("score", str(folder), "--format", "json", "--as-of", "2026-06-30")
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    no_traceback(p)
    assert p.returncode == 0, p.stderr
    report = json.loads(p.stdout)
    assert {Path(r["source"]).name for r in report["plans"]} == {"good.docx", "huge-word.txt", "blob.txt"}
    for r in report["plans"]:
        if r["source"].endswith(".txt"):
            spelling = next(c for c in r["criteria"] if c["id"] == "LG-SPELLING")
            notes = [f["message"] for f in spelling["findings"] if f["message"].startswith("Not proofread")]
            assert len(notes) <= 1, notes  # reported once
    assert time.monotonic() - t0 < 120
    # measured before the fix: 4.6 GB and exit 134 on the 300,000-character word
    assert max(peak_kib, before) < 1_500_000, f"peak {peak_kib / 1024:.0f} MiB"


def test_proofread_reports_what_it_did_not_proofread(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    plan(folder, "word.txt", "Sam recieve help. " + "x" * 80_000 + " end.")
    p = run_here("proofread", str(folder), "--format", "json")
    no_traceback(p)
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)["documents"][0]
    assert len(doc["not_proofread"]) == 1
    assert "without a space" in doc["not_proofread"][0]["reason"]
    assert any(f["text"] == "recieve" for f in doc["findings"])  # the rest is proofread


def _gibberish() -> list[str]:
    """About 100 s of processor time for the grammar engine, in paragraphs of 50 words: the
    engine returns to the interpreter after each, so the limit stops the plan within about
    0.2 s of it (one 6,000-word paragraph overran a 1 s limit by 2.4 s)."""
    rng = random.Random(2)
    words = [base64.b32encode(rng.randbytes(5)).decode().lower() for _ in range(6000)]
    return [" ".join(words[i:i + 50]) for i in range(0, len(words), 50)]


def _time_limit_case(tmp_path: Path, command: str, runner, limit: str) -> None:
    """A good plan and a plan that takes about 100 s of processor time (gibberish for the
    grammar engine), which comes first: the grammar engine and the rubric's patterns are loaded
    inside its limit, so the good plan, scored after it was stopped, needs 0.05-1 s."""
    folder = with_good_plan(tmp_path / "plans")
    slow = folder / ("a-slow.docx" if command == "feedback" else "a-slow.txt")
    if command == "feedback":
        _docx(slow, *_gibberish())
    else:
        plan(folder, slow.name, "\n\n".join(_gibberish()))
    assert sorted(f.name for f in folder.iterdir())[0] == slow.name
    extra = ["--out", str(tmp_path / "out")] if command == "feedback" else []
    t0 = time.monotonic()
    # the limit counts processor time, not the clock
    p = runner(command, str(folder), "--time-limit", limit, *extra)
    no_traceback(p)
    assert p.returncode == 1, p.stderr
    assert error_lines(p) == [f"error: {slow}: took longer than {limit} s; skipped"]
    assert time.monotonic() - t0 < 240  # about 100 s of processor time without the limit
    assert "good" in p.stdout  # the other plan was done, after the stopped one


@pytest.mark.slow  # burns processor time to the limit, in a process
def test_per_plan_time_limit(tmp_path):
    """The mechanism, in a real process as a user meets it: ``score`` stops a plan at the limit,
    says so in one line and scores the next plan."""
    _time_limit_case(tmp_path, "score", run, "2")


@pytest.mark.slow  # burns processor time to the limit
@pytest.mark.parametrize("command", ["proofread", "feedback"])
def test_per_plan_time_limit_of_every_command(tmp_path, command):
    """``proofread`` and ``feedback`` stop a plan at the same ``--time-limit``. The mechanism
    is proven in a process once (for ``score``, above); each command's use of it in this one."""
    _time_limit_case(tmp_path, command, run_here, "1.5")


def _docx(path: Path, *paragraphs: str) -> None:
    from docx import Document

    d = Document()
    d.add_heading("Section A: Views, interests and aspirations", 1)
    for text in paragraphs:
        d.add_paragraph(text)
    d.save(path)


def test_time_limit_option_is_checked():
    p = run_here("score", str(SAMPLE), "--time-limit", "0")
    no_traceback(p)
    assert p.returncode == 2 and "--time-limit" in p.stderr


# -- --jobs ----------------------------------------------------------------------------------------

@pytest.mark.slow  # scores or audits plans through the CLI (in this process)
def test_jobs_is_capped_with_a_note(tmp_path):
    folder = with_good_plan(tmp_path / "plans")
    plan(folder, "second.txt")
    store = tmp_path / "s.db"
    p = run_here("audit", str(folder), "--month", "2026-01", "--store", str(store), "--jobs", "1000", "--json")
    no_traceback(p)
    assert p.returncode == 0, p.stderr
    notes = [ln for ln in p.stderr.splitlines() if ln.startswith("note: --jobs 1000")]
    assert len(notes) == 1, p.stderr
    assert json.loads(p.stdout)["scored"] == 2
    with sqlite3.connect(store) as c:
        (jobs,) = c.execute("SELECT jobs FROM runs").fetchone()
    assert jobs <= (os.cpu_count() or 1)


@pytest.mark.slow  # scores or audits plans through the CLI, in processes
def test_worker_memory_is_bounded(tmp_path):
    folder = with_good_plan(tmp_path / "plans")
    shutil.copy(SAMPLE, folder / "hog.docx")
    p = run("audit", str(folder), "--month", "2026-01", "--store", str(tmp_path / "s.db"), "--json",
            env={"EHCAUDIT_WORKER_MEMORY_MB": "1024", "EHCAUDIT_TEST_SLOW": "hog=memory"})
    no_traceback(p)
    assert p.returncode == 1, p.stderr
    assert error_lines(p) == [f"error: {folder / 'hog.docx'}: needed more than 1024 MB of memory; skipped"]
    assert json.loads(p.stdout)["scored"] == 1


# -- file names that are not UTF-8, control characters ---------------------------------------------

@pytest.mark.slow  # scores or audits plans through the CLI (in this process)
def test_file_name_not_utf8_is_audited_stored_and_reported(tmp_path):
    folder = with_good_plan(tmp_path / "plans")
    latin1 = os.fsdecode(b"caf\xe9.docx")
    shutil.copy(SAMPLE.with_name("plan-02-amira.docx"), folder / latin1)  # another plan reference
    store = tmp_path / "s.db"
    p = run_here("audit", str(folder), "--month", "2026-01", "--store", str(store), "--json")
    no_traceback(p)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["scored"] == 2
    with sqlite3.connect(store) as c:
        sources = {r[0] for r in c.execute("SELECT source FROM plans")}
    assert any(s.endswith("caf\\xe9.docx") for s in sources), sources
    p = run_here("score", str(folder), "--format", "json", "--as-of", "2026-01-31")
    no_traceback(p)
    assert p.returncode == 0
    assert any(r["source"].endswith("caf\\xe9.docx") for r in json.loads(p.stdout)["plans"])
    p = run_here("score", str(folder), "--format", "html", "--out", str(tmp_path / "html"))
    no_traceback(p)
    assert p.returncode == 0 and len(list((tmp_path / "html").glob("*.html"))) == 2
    for command in ("proofread", "privacy-check"):
        p = run_here(command, str(folder), "--format", "json")
        no_traceback(p)
        docs = json.loads(p.stdout)["documents"]
        assert any(d["source"].endswith("caf\\xe9.docx") for d in docs), (command, docs)
    p = run_here("feedback", str(folder), "--out", str(tmp_path / "fb"))
    no_traceback(p)
    assert p.returncode == 0 and "caf\\xe9.reviewed.docx" in p.stdout


@pytest.mark.slow  # scores or audits plans through the CLI (in this process)
def test_control_characters_are_escaped_in_terminal_output(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "\x1b[2Jwipe\x07.docx")
    plan(folder, "text.txt", "Sam recieve \x1b]0;owned\x07 help \u202e from staff.")
    for args in (["score", str(folder)], ["proofread", str(folder)], ["privacy-check", str(folder)],
                 ["score", str(folder / "missing\x1b[31m.docx")]):
        p = run_here(*args)
        no_traceback(p)
        for stream in (p.stdout, p.stderr):
            assert "\x1b" not in stream and "\x07" not in stream and "\u202e" not in stream, (args, stream[-800:])
        assert "\\x1b" in p.stdout + p.stderr, args


# -- folders: links that leave the folder ----------------------------------------------------------

@pytest.mark.slow  # scores or audits plans through the CLI (in this process)
def test_links_out_of_the_folder_are_not_followed(tmp_path):
    folder = with_good_plan(tmp_path / "plans")
    (folder / "sub").mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("Plan reference: SECRET-LINE-XYZ\nroot:x:0:0:root:/root:/bin/bash\n")
    os.symlink(secret, folder / "passwd.txt")
    os.symlink("/", folder / "root")
    os.symlink("../good.docx", folder / "sub" / "inside.docx")  # inside the folder: followed
    for command in ("proofread", "privacy-check", "score"):
        t0 = time.monotonic()
        p = run_here(command, str(folder), "--format", "json")
        no_traceback(p)
        assert time.monotonic() - t0 < 120, command  # the link to / is not walked
        assert p.returncode == 1, (command, p.stderr)
        assert sorted(error_lines(p)) == [
            f"error: {folder / 'passwd.txt'}: a link to a place outside the folder; not followed",
            f"error: {folder / 'root'}: a link to a place outside the folder; not followed"], p.stderr
        assert "SECRET-LINE-XYZ" not in p.stdout and "root:x:0" not in p.stdout
        out = json.loads(p.stdout)
        done = out["plans"] if command == "score" else out["documents"]
        assert {Path(d["source"]).name for d in done} == {"good.docx", "inside.docx"}


# -- rubric and vocabulary files read with a size limit ---------------------------------------------

@pytest.mark.parametrize("args", [
    ["rubric", "check", "/dev/zero"],
    ["score", str(SAMPLE), "--rubric", "/dev/zero"],
    ["audit", str(SAMPLE), "--month", "2026-01", "--store", "STORE", "--rubric", "/dev/zero"],
    ["proofread", str(SAMPLE), "--vocabulary", "/dev/zero"],
])
def test_dev_zero_as_rubric_or_vocabulary(tmp_path, args):
    args = [str(tmp_path / "s.db") if a == "STORE" else a for a in args]
    t0 = time.monotonic()
    p = run_here(*args)
    no_traceback(p)
    assert time.monotonic() - t0 < 60
    assert p.returncode in (1, 2)
    lines = [ln for ln in p.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "/dev/zero" in lines[0] and "larger than" in lines[0], p.stderr


def test_vocabulary_from_the_environment_is_size_limited():
    p = run_here("proofread", str(SAMPLE), env={"EHCAUDIT_VOCABULARY": "/dev/zero"})
    no_traceback(p)
    assert p.returncode == 2
    assert p.stderr.strip().count("\n") == 0 and "larger than 10 MB" in p.stderr


# -- rubric validation --------------------------------------------------------------------------------

def _rubric_with(tmp_path: Path, change) -> Path:
    data = yaml_tree(RUBRIC)
    change(data)
    out = tmp_path / "rubric.yaml"
    out.write_text(dump_yaml(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return out


def _crit(data: dict, cid: str) -> dict:
    return next(c for c in data["criteria"] if c["id"] == cid)


# A refused rubric is refused in the CLI's own code, before any plan is read: what a separate
# process adds (no traceback escaping to the terminal, the exit code the shell sees) does not
# depend on which rule refused it. So every case runs the CLI in this process, and one case (the
# catastrophic pattern, the one that would hang a process if it got through) runs it in real
# processes too (test_rubric_check_rejects_in_a_process). Before: ten cases, two processes each.
REFUSED_RUBRICS = [
    (lambda d: d["criteria"][0].update(weight=float("inf")), "finite number"),
    (lambda d: d["criteria"][0].update(weight=float("nan")), "finite number"),
    (lambda d: d["criteria"][0].update(weight=0), "greater than 0"),
    (lambda d: d["areas"][0].update(weight=-1), "greater than 0"),
    (lambda d: d["areas"][0].update(weight=float("inf")), "finite number"),
    (lambda d: _crit(d, "PC-SMART")["check"]["time_patterns"].append("(by (July"),
     "not a valid regular expression"),
    (lambda d: _crit(d, "PC-VOICE")["check"]["groups"][0]["patterns"].append("[unclosed"),
     "not a valid regular expression"),
    (lambda d: _crit(d, "PC-VOICE")["check"]["groups"][0]["patterns"].append("(a+)+$"),
     "catastrophic backtracking"),
    (lambda d: _crit(d, "PC-SMART")["check"]["measure_patterns"].append(r"(\w+\s?)*!"),
     "catastrophic backtracking"),
    (lambda d: _crit(d, "PC-SMART")["check"]["measure_patterns"].append("(?i)percent"),
     "when joined"),
]


def _assert_rubric_refused(runner, tmp_path: Path, change, reason: str) -> None:
    bad = _rubric_with(tmp_path, change)
    p = runner("rubric", "check", str(bad))
    no_traceback(p)
    assert p.returncode == 1
    lines = [ln for ln in p.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and reason in lines[0] and lines[0].startswith(str(bad)), p.stderr
    # every command that reads the rubric refuses it the same way, before any plan is read
    p = runner("score", str(SAMPLE), "--rubric", str(bad))
    no_traceback(p)
    assert p.returncode == 2 and reason in p.stderr


@pytest.mark.parametrize(("change", "reason"), REFUSED_RUBRICS)
def test_rubric_check_rejects(tmp_path, change, reason):
    _assert_rubric_refused(run_cli, tmp_path, change, reason)


def test_rubric_check_rejects_in_a_process(tmp_path):
    change, reason = REFUSED_RUBRICS[7]
    assert reason == "catastrophic backtracking"
    _assert_rubric_refused(run, tmp_path, change, reason)


@pytest.mark.slow  # burns 2 s of processor time to the limit
def test_catastrophic_pattern_never_hangs_score(tmp_path):
    """``(a+)+$`` against 32 a's and "!" is refused; a slow pattern the guard cannot see
    (overlapping repeats in sequence) is bounded by the per-plan time limit. In this process: a
    rubric is refused before any plan is read (test_rubric_check_rejects_in_a_process proves the
    same refusal in a real process), and the limit's mechanism is proven in a real process by
    test_per_plan_time_limit; what is tested here is that a pattern's backtracking is stopped by
    it (the slow plan comes first and loads the grammar engine inside its own limit)."""
    folder = with_good_plan(tmp_path / "plans")
    plan(folder, "aaa.txt", "a" * 32 + "!", n=1)
    refused = _rubric_with(tmp_path, lambda d: _crit(d, "PC-VOICE")["check"]["groups"][0]["patterns"]
                           .append("(a+)+$"))
    t0 = time.monotonic()
    p = run_here("score", str(folder), "--rubric", str(refused))
    no_traceback(p)
    assert p.returncode == 2 and "catastrophic backtracking" in p.stderr
    assert time.monotonic() - t0 < 60

    slow_dir = tmp_path / "slow"
    slow_dir.mkdir()
    plan(slow_dir, "aaa.txt", "a" * 3000 + "!", n=1)
    plan(slow_dir, "ok.txt", n=2)
    rb = tmp_path / "slow-rubric"
    rb.mkdir()
    slow = _rubric_with(rb, lambda d: _crit(d, "PC-VOICE")["check"]["groups"][0]["patterns"]
                        .append(r"\w*\w*\w*\w*!\d"))  # needs only "!", which the plan has: searched
    t0 = time.monotonic()
    p = run_here("score", str(slow_dir), "--rubric", str(slow), "--time-limit", "2", "--format", "json")
    no_traceback(p)
    assert time.monotonic() - t0 < 120
    assert error_lines(p) == [f"error: {slow_dir / 'aaa.txt'}: took longer than 2 s; skipped"]
    assert [Path(r["source"]).name for r in json.loads(p.stdout)["plans"]] == ["ok.txt"]


def test_default_rubric_passes_the_pattern_guard():
    p = run_cli("rubric", "check", str(RUBRIC))  # not an attack: in this process
    no_traceback(p)
    assert p.returncode == 0, p.stderr


# -- issue 14 item 5: the rubric contract ----------------------------------------------------------

def _score_json(folder_or_file: Path, rubric: Path) -> dict:
    # the rubric contract, not an attack: scored in this process (no new Python and grammar engine)
    p = run_cli("score", str(folder_or_file), "--rubric", str(rubric), "--format", "json", "--as-of", "2026-06-30")
    no_traceback(p)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def _criterion(report: dict, cid: str) -> dict:
    return next(c for c in report["plans"][0]["criteria"] if c["id"] == cid)


def test_check_sections_must_lie_within_the_criterions(tmp_path):
    bad = _rubric_with(tmp_path, lambda d: _crit(d, "PC-VOICE").update(sections=["B"]))
    p = run_here("rubric", "check", str(bad))
    no_traceback(p)
    assert p.returncode == 1
    (line,) = [ln for ln in p.stderr.splitlines() if ln.strip()]
    assert "criteria.PC-VOICE.check.sections" in line and "reads section(s) A" in line


def test_a_criterions_sections_scope_what_its_check_reads(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    plan(folder, "p.txt")
    full = _score_json(folder, RUBRIC)
    (tmp_path / "narrow").mkdir()
    narrow = _rubric_with(tmp_path / "narrow", lambda d: _crit(d, "PR-OUTCOME-LINK").update(sections=["B", "E"]))
    scoped = _score_json(folder, narrow)
    before, after = _criterion(full, "PR-OUTCOME-LINK"), _criterion(scoped, "PR-OUTCOME-LINK")
    assert before["level"] == 4 and any(f["message"].startswith("Served by provision at Section F")
                                         for f in before["findings"])
    # Section F is outside the criterion's sections: its check sees no provision at all
    assert after["level"] == 1, after
    assert any(f["message"].startswith("No provision in Sections F–H could be linked") for f in after["findings"])


def test_a_good_level_is_the_scales_own(tmp_path):
    """CA-ANNUAL-REVIEW at level 3: Good (green) on the default scale, so its finding is
    evidence; on a scale where level 3 is amber the same plan gets an issue, not evidence."""
    folder = tmp_path / "plans"
    folder.mkdir()
    plan(folder, "p.txt")  # issued 1 March 2026, audited as of 30 June 2026: 4 months

    def level3(d):
        _crit(d, "CA-ANNUAL-REVIEW")["check"]["months"]["bands"][0]["level"] = 3

    def amber3(d):
        level3(d)
        d["scale"] = [{"label": "Inadequate", "rag": "red", "min_score": 0},
                      {"label": "Requires improvement", "rag": "amber", "min_score": 40},
                      {"label": "Fair", "rag": "amber", "min_score": 60},
                      {"label": "Good", "rag": "green", "min_score": 80}]

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    green = _criterion(_score_json(folder, _rubric_with(tmp_path / "a", level3)), "CA-ANNUAL-REVIEW")
    amber = _criterion(_score_json(folder, _rubric_with(tmp_path / "b", amber3)), "CA-ANNUAL-REVIEW")
    assert green["level"] == amber["level"] == 3
    assert green["rag"] == "green" and green["findings"][0]["kind"] == "evidence"
    assert amber["rag"] == "amber" and amber["findings"][0]["kind"] == "issue"
