"""Issue #7: a batch of hostile and awkward files, run as a user runs it (the real CLI in a
separate process): every bad file is one `error:` line naming it, every good file is scored,
no traceback, and the whole run stays bounded in time and memory.

The bounds are guards against hangs and blow-ups (generous, far above normal), not speed
figures; timings live in benchmarks/.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import hostile_corpus
import pytest

# Slow: batches of hostile files through the CLI (about 7 s of CPU).
pytestmark = pytest.mark.slow

#: A run that takes longer than this has hung (normal: well under a minute).
HANG_GUARD_S = 600
#: Peak resident memory allowed for the whole run, including the 1 GiB zip bomb and the
#: 500-page plan.
MAX_RSS_BYTES = 1024 * 1024 * 1024

RUNNER = """
import json, resource, sys
from ehcaudit.cli import main
code = 0
try:
    sys.argv = ["ehcaudit"] + sys.argv[2:]
    main()
except SystemExit as e:
    code = e.code or 0
with open(OUT, "w") as fh:
    json.dump({"code": code, "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}, fh)
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    return folder, hostile_corpus.build(folder)


def _run(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess, dict]:
    stats = tmp_path / "stats.json"
    code = RUNNER.replace("OUT", repr(str(stats)))
    proc = subprocess.run([sys.executable, "-c", code, "x", *args], capture_output=True, text=True,
                          timeout=HANG_GUARD_S)
    return proc, json.loads(stats.read_text())


def test_score_batch_of_hostile_files(corpus, tmp_path):
    folder, expect = corpus
    proc, stats = _run(tmp_path, "score", str(folder), "--format", "json", "--as-of", "2026-11-30")
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert stats["code"] == 1, proc.stderr  # some files unreadable, the rest scored
    report = json.loads(proc.stdout)
    errors = {Path(e["source"]).name: e["error"] for e in report["errors"]}
    scored = {Path(p["source"]).name for p in report["plans"]}
    for name, reason in expect.items():
        if reason:
            assert name in errors, f"{name} should be refused; errors: {errors}"
            assert reason.lower() in errors[name].lower(), (name, errors[name])
            assert "\n" not in errors[name]
        else:
            assert name in scored, f"{name} should be scored; errors: {errors.get(name)}"
    # one line on stderr per refused file, naming it
    err_lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("error:")]
    assert len(err_lines) == sum(1 for r in expect.values() if r), proc.stderr
    assert stats["maxrss_kib"] * 1024 < MAX_RSS_BYTES, f"peak memory {stats['maxrss_kib'] / 1024:.0f} MiB"


def test_large_plan_is_read_whole(corpus):
    from ehcaudit.reader import read_plan

    folder, _ = corpus
    plan = read_plan(folder / "500-pages.docx")
    assert plan.words >= 149_000
    assert all(plan.found(c) for c in ("A", "B", "E", "F", "K"))
    assert plan.section("F").words > 10_000


def test_privacy_check_batch_of_hostile_files(corpus, tmp_path):
    folder, expect = corpus
    proc, stats = _run(tmp_path, "privacy-check", str(folder), "--format", "json")
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert stats["code"] == 1
    report = json.loads(proc.stdout)
    assert {Path(d["source"]).name for d in report["documents"]} >= {n for n, r in expect.items() if not r}
    assert stats["maxrss_kib"] * 1024 < MAX_RSS_BYTES
