"""Monthly audits: score every plan under some folders in parallel and record it in the store.

The ``audit`` command (``ehcaudit.cli.audit``) is a thin layer over :func:`run_audit`.

* Plans are scored in worker processes (:class:`concurrent.futures.ProcessPoolExecutor`;
  the worker side is :mod:`ehcaudit.audit_worker`), each of which loads the rubric and warms
  the engines once. The parent process is the only writer to SQLite (:mod:`ehcaudit.store`).
* A plan whose reuse key (:func:`ehcaudit.store.keys.reuse_key`) is already in the store is
  not scored.
* Each plan has a time limit (:data:`ehcaudit.reader.limits.PLAN_TIME_LIMIT_SECONDS`): the worker
  is interrupted at the limit; one that does not stop (stuck in native code) is killed with
  its pool, the pool is rebuilt and the other plans in flight are scored again.
* A worker that dies (crash, out of memory) breaks the pool; the plans in flight are retried
  one at a time, so the plan that kills a worker is found and recorded as an error.
* The test hooks (environment variables only the test suite sets) are in :mod:`ehcaudit.testhooks`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import multiprocessing
import os
import queue
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from ehcaudit import __version__, testhooks
from ehcaudit.audit_worker import init_worker, score_one
from ehcaudit.display import display_path
from ehcaudit.errors import PlanReadError
from ehcaudit.pipeline import iter_plan_files
from ehcaudit.privacy import mask_text
from ehcaudit.reader import limits
from ehcaudit.rubric.source import full_rubric
from ehcaudit.store import Run, Store, reuse_key

if TYPE_CHECKING:
    from ehcaudit.rubric.schema import Rubric
    from ehcaudit.rubric.source import KnownRubric

#: A worker that has not begun a plan this long after its plan's time limit (it is still
#: starting up, or starting up hangs) is treated like a stuck plan.
WORKER_START_SECONDS = 300



@lru_cache(maxsize=1)
def tool_version() -> str:
    """ehcaudit's version plus a digest of its code and data and of the engines' versions.

    Part of every reuse key: a result is never reused across a change to a check.
    """
    pinned = testhooks.pinned_tool_version()
    if pinned:
        return pinned
    pkg = Path(__file__).parent
    h = hashlib.sha256()
    for p in sorted(pkg.rglob("*")):
        if p.is_file() and p.suffix in (".py", ".yaml", ".yml", ".txt", ".json", ".j2") \
                and "__pycache__" not in p.parts:
            h.update(str(p.relative_to(pkg)).encode())
            h.update(p.read_bytes())
    # pydantic and PyYAML too: a run's row vouches for its rubric file's validation
    # (ehcaudit.rubric.source), which depends on them
    for dist in ("harper-py", "textstat", "pyphen", "python-docx", "lxml", "pydantic", "PyYAML",
                 "pdfplumber", "pdfminer.six"):  # the PDF reader too
        try:
            h.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=-".encode())
    return f"{__version__}+{h.hexdigest()[:12]}"


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# -- parent side -----------------------------------------------------------------------------

@dataclass
class AuditSummary:
    run_id: int
    month: str
    as_of: dt.date
    total: int = 0
    scored: int = 0
    reused: int = 0
    errors: int = 0
    grades: Counter = field(default_factory=Counter)
    scores: list[float] = field(default_factory=list)
    cross: int | None = None  # None: the cross-plan checks are not available
    seconds: float = 0.0

    @property
    def mean_score(self) -> float | None:
        return sum(self.scores) / len(self.scores) if self.scores else None


ErrorSink = Callable[[str, str], None]
ProgressSink = Callable[[int, int], None]


def _kill_pool(pool: ProcessPoolExecutor) -> None:
    procs = list(getattr(pool, "_processes", {}).values())
    for p in procs:
        try:
            p.kill()
        except (OSError, AttributeError):
            pass
    pool.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        p.join(timeout=5)


def run_audit(
    paths: Iterable[str | Path],
    month: str,
    store_path: str | Path,
    rubric: Rubric | KnownRubric,
    as_of: dt.date,
    jobs: int = 1,
    privacy: str = "flag",
    time_limit: float = limits.PLAN_TIME_LIMIT_SECONDS,
    on_error: ErrorSink | None = None,
    on_progress: ProgressSink | None = None,
    store: Store | None = None,
) -> AuditSummary:
    """Audit every plan under ``paths`` for ``month`` into the store. Never raises for a plan.

    ``rubric`` may be a :class:`~ehcaudit.rubric.source.KnownRubric` (validated by an earlier
    run): it is validated again only if some plan has to be scored, and a
    :class:`~ehcaudit.errors.RubricError` then ends the run.
    """

    t0 = time.perf_counter()
    own_store = store is None
    st = store or Store(store_path)
    run = st.start_run(month, as_of, rubric, privacy_mode=privacy, jobs=jobs,
                       tool_version=tool_version())
    summary = AuditSummary(run_id=run.id, month=month, as_of=as_of)
    digest, version = run.rubric_digest, tool_version()
    kill_after = testhooks.kill_after()
    done = written_reused = 0

    def progress() -> None:
        if on_progress:
            on_progress(done, summary.total)

    def error(source: str, reason: str) -> None:
        nonlocal done
        done += 1
        source = display_path(source)  # a name that is not UTF-8: bytes escaped (ehcaudit.display)
        st.record_error(run, source, reason)
        if on_error:
            on_error(source, mask_text(" ".join(reason.split())))
        progress()

    def counted(score: float | None, label: str | None) -> None:
        nonlocal done
        done += 1
        if label:
            summary.grades[label] += 1
        if score is not None:
            summary.scores.append(float(score))
        if kill_after and run.scored + run.reused >= kill_after:
            os.kill(os.getpid(), signal.SIGKILL)  # test hook: a process killed mid-run
        progress()

    try:
        candidates: list[tuple[Path, PlanReadError | None]] = []
        seen: set[Path] = set()
        for path, problem in iter_plan_files(paths):
            real = path.resolve() if problem is None else None
            if real is not None and real in seen:
                continue  # the same file named twice (a folder and a file in it)
            if real is not None:
                seen.add(real)
            candidates.append((path, problem))
        summary.total = len(candidates)
        pending: deque[tuple[str, str]] = deque()  # (path, reuse key)
        for path, problem in candidates:
            if problem is not None:
                error(problem.source, problem.reason)
                continue
            try:
                sha = file_sha256(path)
            except OSError as e:
                error(str(path), f"cannot read file: {e.strerror or e}")
                continue
            key = reuse_key(sha, str(path.resolve()), rubric, digest, as_of, privacy, version)
            stored = st.stored_outcome(run, key)
            if stored is not None:  # already in this month: nothing to do
                run.reused += 1
                counted(*stored)
                continue
            found = st.find_reusable(key)
            if found is not None:  # scored for another month with identical inputs
                result, fp = found
                st.write_plan(run, result, key, fp, reused=True)
                written_reused += 1
                counted(result["overall"]["score"], result["overall"]["label"])
                continue
            pending.append((str(path), key))

        if pending:

            _score_pending(pending, st, run, full_rubric(rubric), as_of, jobs, privacy, time_limit,
                           counted, error)
        if run.scored or written_reused or st.previous_status(run) != "complete":
            try:
                summary.cross = _cross_plan(st, run)
            except Exception as e:  # noqa: BLE001 - the month's plans are stored; say so and go on
                error("(cross-plan checks)", f"could not be run ({type(e).__name__}: {e})")
                done -= 1  # not a plan
        else:  # nothing in the month changed since a complete run: its findings stand
            summary.cross = st.cross_count(month)
        summary.scored, summary.reused, summary.errors = run.scored, run.reused, run.errors
        summary.seconds = time.perf_counter() - t0
        st.finish_run(run, "complete")
        return summary
    except BaseException:
        summary.scored, summary.reused, summary.errors = run.scored, run.reused, run.errors
        try:
            st.finish_run(run, "interrupted")
        except Exception:  # noqa: BLE001 - the store may be the thing that failed
            pass
        raise
    finally:
        if own_store:
            st.close()


def _score_pending(pending, st, run, rubric, as_of, jobs, privacy, time_limit, counted, error):
    # lazy: the checks, reader, crossplan and pydantic models (about 0.7 s together) load only
    # when some plan must be scored, so a warm re-audit stays quick; and before the pool forks,
    # so workers share them rather than each importing its own
    from ehcaudit import checks, crossplan, pipeline  # noqa: F401
    from ehcaudit.reader import document  # noqa: F401
    from ehcaudit.results import PlanResult

    jobs = max(1, min(jobs, len(pending)))  # never more workers than plans to score
    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    slow = testhooks.slow_spec()
    hard_limit = time_limit + limits.PLAN_KILL_GRACE_SECONDS

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=init_worker,
                                   initargs=(rubric, as_of, privacy, time_limit, slow, os.getpid(),
                                             started_q))

    def handle(outcome: tuple, key: str) -> None:
        if outcome[0] == "ok":
            result = PlanResult.model_validate_json(outcome[1])
            st.write_plan(run, result, key, outcome[2])
            counted(result.overall.score, result.overall.label)
        else:
            error(outcome[1], outcome[2])

    started_q = ctx.Queue()
    started: dict[str, float] = {}
    solo: deque[tuple[str, str]] = deque()  # plans in flight when a worker died: one at a time
    pool = new_pool()
    inflight: dict[Future, tuple[str, str, float, bool]] = {}
    try:
        while pending or solo or inflight:
            while solo and not inflight:
                path, key = solo.popleft()
                inflight[pool.submit(score_one, path)] = (path, key, time.monotonic(), True)
                started.pop(path, None)
            # one plan queued per worker beyond the one it is scoring, so a worker never waits
            # while this process stores the result it has just returned
            while pending and not solo and len(inflight) < 2 * jobs:
                path, key = pending.popleft()
                inflight[pool.submit(score_one, path)] = (path, key, time.monotonic(), False)
                started.pop(path, None)
            finished, _ = wait(list(inflight), timeout=0.25, return_when=FIRST_COMPLETED)
            broken = False
            for fut in finished:
                path, key, _, alone = inflight.pop(fut)
                try:
                    outcome = fut.result()
                except BrokenProcessPool:
                    broken = True
                    if alone:
                        error(path, "the process scoring this plan stopped unexpectedly (out of memory "
                                    "or a crash); skipped")
                    else:
                        solo.append((path, key))
                    continue
                handle(outcome, key)
            now = time.monotonic()
            while True:  # when each worker actually began its plan (after warming up)
                try:
                    p, t = started_q.get_nowait()
                except queue.Empty:
                    break
                started[p] = t
            if finished:  # a worker came free: plans still queued start their wait from now
                for fut, (p, k, _, alone) in list(inflight.items()):
                    if p not in started:
                        inflight[fut] = (p, k, now, alone)
            late = [f for f, (p, _, submitted, _) in inflight.items()
                    if now - started.get(p, now) > hard_limit
                    or now - submitted > hard_limit + WORKER_START_SECONDS]
            if late or broken:
                for fut in late:
                    path, _, _, _ = inflight.pop(fut)
                    error(path, f"took longer than {time_limit:g} s; skipped")
                for path, key, _, alone in inflight.values():
                    (solo if (broken and not alone) else pending).appendleft((path, key))
                inflight.clear()
                _kill_pool(pool)
                pool = new_pool()
    finally:
        if inflight:
            _kill_pool(pool)
        else:
            pool.shutdown(wait=True, cancel_futures=True)


def _cross_plan(st: Store, run: Run) -> int | None:
    """Recompute the month's copy-paste and wrong-name findings from its fingerprints."""
    try:
        # lazy: crossplan (about 0.2 s, numpy on top) only when the month has something to compare;
        # a warm re-audit never loads it
        from ehcaudit.crossplan import cross_plan_findings, slim_month
    except ImportError:
        return None
    # two passes over the store: the month's fingerprints are never all in memory at once
    findings = cross_plan_findings(slim_month(lambda: st.iter_month_fingerprints(run.month)))
    st.replace_cross_findings(run, findings)
    return len(findings)


def summary_rows(summary: AuditSummary, scale: list[str]) -> list[tuple[str, str]]:
    """The summary table as (label, value) rows, grades highest first."""
    rows = [("Month", summary.month), ("As of", summary.as_of.isoformat()),
            ("Plans found", str(summary.total)), ("Scored", str(summary.scored)),
            ("Reused (unchanged)", str(summary.reused)), ("Errors", str(summary.errors))]
    for label in reversed(scale):
        rows.append((label, str(summary.grades.get(label, 0))))
    mean = summary.mean_score
    rows.append(("Mean score", f"{mean:.1f}" if mean is not None else "-"))
    rows.append(("Cross-plan findings", "not available" if summary.cross is None else str(summary.cross)))
    rows.append(("Time", f"{summary.seconds:.1f} s"))
    return rows


def summary_json(summary: AuditSummary, scale: list[str]) -> str:
    return json.dumps({
        "run_id": summary.run_id, "month": summary.month, "as_of": summary.as_of.isoformat(),
        "plans": summary.total, "scored": summary.scored, "reused": summary.reused,
        "errors": summary.errors, "grades": {lb: summary.grades.get(lb, 0) for lb in scale},
        "mean_score": summary.mean_score, "cross_findings": summary.cross,
        "seconds": round(summary.seconds, 3)})
