"""Issue #7, end to end and as a user runs it: every command of the pipeline (score, audit with
worker processes, trend, feedback, proofread, privacy-check) runs in fresh processes in which
every socket is blocked from interpreter start-up, and a plan with planted identifiers leaves
no identifier in anything written: the store, the trend HTML, Excel and CSVs, the JSON, the Word
feedback.

Sockets are blocked by a ``sitecustomize`` module put on PYTHONPATH, so worker processes are
covered too; every attempted connection is appended to a log file that must stay empty.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from test_privacy import PLAN, PLANTED
from test_privacy import test_upn_check_letter as _compute_upn

from ehcaudit.store import unpack_json

# Slow: the whole pipeline as separate processes on two months of plans (about 12 s of CPU).
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_plans"

SITECUSTOMIZE = '''
import os, socket
_LOG = os.environ["EHCAUDIT_TEST_NET_LOG"]
def _refuse(*args, **kwargs):
    with open(_LOG, "a", encoding="utf-8") as fh:
        fh.write(f"{os.getpid()} {args[1:] if len(args) > 1 else args!r}\\n")
    raise OSError("network blocked by the offline pipeline test")
socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
'''


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    base = tmp_path_factory.mktemp("offline")
    (base / "site").mkdir()
    (base / "site" / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = base / "connections.log"
    log.write_text("", encoding="utf-8")
    e = {k: v for k, v in os.environ.items() if not k.startswith(("EHCAUDIT_", "HTTP", "HTTPS"))}
    e.update(PYTHONPATH=str(base / "site"), EHCAUDIT_TEST_NET_LOG=str(log), NO_COLOR="1")
    return base, e, log


def _as_docx(markdown: str, path: Path) -> Path:
    import docx

    d = docx.Document()
    for line in markdown.splitlines():
        if line.startswith("# "):
            d.add_heading(line[2:], level=1)
        elif line.startswith("- "):
            d.add_paragraph(line[2:], style="List Bullet")
        elif line.strip():
            d.add_paragraph(line)
    d.save(path)
    return path


def _ehcaudit(env, *args: str) -> subprocess.CompletedProcess:
    base, e, _ = env
    exe = Path(sys.executable).with_name("ehcaudit")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "ehcaudit.cli"]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, env=e, cwd=base, timeout=900)


def test_whole_pipeline_offline_and_nothing_identifiable_written(env):
    base, _, log = env
    _compute_upn()
    months = {"2026-02": SAMPLES / "2026-02", "2026-03": SAMPLES / "2026-03"}
    plans = {}
    for month, src in months.items():
        dest = base / "plans" / month
        dest.mkdir(parents=True)
        # three of each month's plans: every command still meets real plans beside the planted
        # one, and a month is a month to the trend (all ten cost 20 s more of processor time)
        for plan in sorted(src.glob("*.docx"))[:3]:
            shutil.copy2(plan, dest / plan.name)
        plans[month] = dest
    text = PLAN.format(**PLANTED)
    (plans["2026-03"] / "leaky.md").write_text(text, encoding="utf-8")
    leaky_docx = _as_docx(text, plans["2026-02"] / "leaky.docx")
    db, out = base / "store.db", base / "reports"

    # the later month's audit runs in worker processes (each blocked from start-up too); the
    # earlier one in its own process only, as --jobs 1 does (1.5 s of processor time less)
    for month, folder in plans.items():
        jobs = "2" if month == "2026-03" else "1"
        r = _ehcaudit(env, "audit", str(folder), "--month", month, "--store", str(db), "--jobs", jobs)
        assert r.returncode == 0, r.stderr[-2000:]
    r = _ehcaudit(env, "trend", "--store", str(db), "--out", str(out))
    assert r.returncode == 0, r.stderr[-2000:]
    assert {p.suffix for p in out.iterdir()} >= {".html", ".xlsx", ".csv"}
    r = _ehcaudit(env, "score", str(plans["2026-03"]), "--format", "json", "--as-of", "2026-03-31")
    assert r.returncode == 0, r.stderr[-2000:]
    score_json = r.stdout
    r = _ehcaudit(env, "score", str(plans["2026-03"] / "leaky.md"), "--format", "html", "--out", str(out / "plans"))
    assert r.returncode == 0, r.stderr[-2000:]
    r = _ehcaudit(env, "feedback", str(leaky_docx), "--out", str(out / "feedback"))
    assert r.returncode == 0, r.stderr[-2000:]
    assert list((out / "feedback").glob("leaky.reviewed.docx"))
    r = _ehcaudit(env, "proofread", str(plans["2026-03"]), "--format", "json")
    assert r.returncode == 0, r.stderr[-2000:]
    proofread_json = r.stdout
    r = _ehcaudit(env, "privacy-check", str(plans["2026-03"]))
    assert r.returncode == 3, r.stdout  # the planted plan is found
    assert "leaky.md" in r.stdout

    assert log.read_text(encoding="utf-8") == "", "a command tried to connect:\n" + log.read_text()

    # nothing identifiable in anything written or printed
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(FULL)")
    conn.close()
    blobs: dict[str, bytes] = {p.name: p.read_bytes() for p in base.glob("store.db*")}
    # results and fingerprints are stored compressed: read them as the store does
    conn = sqlite3.connect(db)
    for table, column in (("plans", "result"), ("fingerprints", "data")):
        for i, (value,) in enumerate(conn.execute(f"SELECT {column} FROM {table}")):
            blobs[f"store.db:{table}.{column}[{i}]"] = json.dumps(unpack_json(value), ensure_ascii=False).encode()
    conn.close()
    for p in out.rglob("*"):
        if p.suffix in (".xlsx", ".docx"):
            with zipfile.ZipFile(p) as z:
                for n in z.namelist():
                    blobs[f"{p.name}:{n}"] = z.read(n)
        elif p.is_file():
            blobs[p.name] = p.read_bytes()
    blobs["score.json"] = score_json.encode()
    blobs["proofread.json"] = proofread_json.encode()
    assert any(name.endswith(".html") for name in blobs)
    secrets = [*PLANTED.values(), PLANTED["nhs_number"].replace(" ", ""), "Sarah Smith", "12/03/2014"]
    # the reviewed Word copy is the caseworker's own plan, identifiers and all: what feedback
    # adds (comments, the summary page) must add no copy of any of them
    with zipfile.ZipFile(leaky_docx) as z:
        original = z.read("word/document.xml")
    reviewed = blobs.pop("leaky.reviewed.docx:word/document.xml")
    added = [s for s in secrets if reviewed.count(s.encode()) != original.count(s.encode())]
    assert not added, f"feedback copied identifiers into its summary: {added}"
    leaks = [(name, s) for name, data in blobs.items() for s in secrets if s.encode() in data]
    assert not leaks, f"identifiers written: {leaks[:5]}"
