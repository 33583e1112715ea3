"""Monthly audits: score every plan under some folders in parallel and record it in the store.

The ``audit`` command (``ehcaudit.cli.audit``) is a thin layer over :func:`run_audit`.

* Plans are scored in worker processes (:class:`concurrent.futures.ProcessPoolExecutor`); each
  worker loads the rubric and warms the engines **once** (it scores a small built-in plan, so
  whatever a check builds lazily — the grammar engine, word lists — is built before the first
  real plan). The parent process is the only writer to SQLite.
* A plan whose reuse key (see :mod:`ehcaudit.store`) is already in the store is not scored.
* Each plan has a time limit (:data:`ehcaudit.reader.limits.PLAN_TIME_LIMIT_SECONDS`): the worker
  is interrupted at the limit; one that does not stop (stuck in native code) is killed with
  its pool, the pool is rebuilt and the other plans in flight are scored again.
* A worker that dies (crash, out of memory) breaks the pool; the plans in flight are retried
  one at a time, so the plan that kills a worker is found and recorded as an error.
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
import tempfile
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

from ehcaudit import __version__
from ehcaudit.errors import PlanReadError
from ehcaudit.pipeline import iter_plan_files
from ehcaudit.reader import limits
from ehcaudit.store import Store, reuse_key

if TYPE_CHECKING:
    from ehcaudit.rubric.schema import Rubric
    from ehcaudit.rubric.source import KnownRubric

#: A worker that has not begun a plan this long after its plan's time limit (it is still
#: starting up, or starting up hangs) is treated like a stuck plan.
WORKER_START_SECONDS = 300

#: Test hooks (used only by the test suite; documented here so nobody is surprised):
#: ``EHCAUDIT_TEST_SLOW="<name part>=sleep|stuck|memory"`` makes workers sleep on plans whose path
#: contains the name part ("stuck" also ignores the interrupt, so only a kill stops it;
#: "memory" allocates until the worker's memory limit stops it);
#: ``EHCAUDIT_TEST_KILL_AFTER=N`` makes the audit process kill itself (SIGKILL) right after
#: the N-th plan of the run is committed; ``EHCAUDIT_TEST_TOOL_VERSION`` replaces
#: :func:`tool_version` (so a test spanning several processes is not upset by someone editing
#: the code meanwhile).
HOOK_SLOW = "EHCAUDIT_TEST_SLOW"
HOOK_KILL_AFTER = "EHCAUDIT_TEST_KILL_AFTER"
HOOK_TOOL_VERSION = "EHCAUDIT_TEST_TOOL_VERSION"


@lru_cache(maxsize=1)
def tool_version() -> str:
    """ehcaudit's version plus a digest of its code and data and of the engines' versions.

    Part of every reuse key: a result is never reused across a change to a check.
    """
    if os.environ.get(HOOK_TOOL_VERSION):
        return os.environ[HOOK_TOOL_VERSION]
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


# -- worker side -----------------------------------------------------------------------------

_W: dict = {}


class _PlanTimeout(Exception):
    pass


def _on_alarm(signum, frame):  # pragma: no cover - runs in workers
    raise _PlanTimeout()


_WARM_PLAN = """Plan reference: WARM-UP
Year group: 5
Date issued: 1 March 2026

# Section A: Views, interests and aspirations
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


def _die_with_parent() -> None:
    """Make this worker exit if the audit process is killed (no orphans left scoring)."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != _W.get("parent"):
        os._exit(1)


def _limit_memory() -> None:
    """Bound this worker's address space (:func:`ehcaudit.reader.limits.worker_memory_bytes`):
    a plan that needs more fails with MemoryError in this worker, not the machine."""
    limit = limits.worker_memory_bytes()
    _W["memory"] = limit
    if limit is None:
        return
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        if soft == resource.RLIM_INFINITY or soft > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        _W["memory"] = None


def _memory_reason() -> str:
    limit = _W.get("memory")
    return (f"needed more than {limit // (1024 * 1024)} MB of memory; skipped" if limit
            else "ran out of memory; skipped")


def _init_worker(rubric: Rubric, as_of: dt.date, privacy: str, time_limit: float,
                 slow_hook: str | None, parent: int, started) -> None:  # pragma: no cover
    _W.update(rubric=rubric, as_of=as_of, privacy=privacy, time_limit=time_limit,
              slow=slow_hook, parent=parent, started=started, cache={})
    _die_with_parent()
    _limit_memory()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGALRM, _on_alarm)
    import ehcaudit.checks  # noqa: F401 - register every check kind now
    from ehcaudit.pipeline import assess

    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "warm-up.md"
        p.write_text(_WARM_PLAN, encoding="utf-8")
        try:
            assess(p, rubric, as_of, cache={}, privacy="flag")
        except Exception:  # noqa: BLE001 - warming is best effort; real plans report errors
            pass


def _slow_hook(path: str) -> None:  # pragma: no cover - in workers, tests only
    spec = _W.get("slow")
    if not spec or "=" not in spec:
        return
    part, mode = spec.rsplit("=", 1)
    if part and part in path:
        if mode == "memory":  # a plan that needs more memory than a worker may have
            hog = []
            while True:
                hog.append(bytearray(64 * 1024 * 1024))
        if mode == "stuck":
            signal.signal(signal.SIGALRM, signal.SIG_IGN)
        time.sleep(3600)


def _score_one(path: str) -> tuple:  # pragma: no cover - runs in workers (tested end to end)
    """``("ok", result_json, fingerprint | None)`` or ``("error", source, reason)``."""
    from ehcaudit.pipeline import assess
    from ehcaudit.privacy import mask_plan

    limit = _W["time_limit"]
    _W["started"].put((path, time.monotonic()))  # the parent times the plan from here
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        _slow_hook(path)
        a = assess(path, _W["rubric"], _W["as_of"], cache=_W["cache"], privacy=_W["privacy"])
        from ehcaudit.crossplan import fingerprint

        # no identifiers found (the usual case for anonymised plans): nothing to mask, so
        # fingerprint need not scan the plan again (same result, about 40% of its time)
        fp = (fingerprint(mask_plan(a.plan)) if a.result.privacy
              else fingerprint(a.plan, masked=True))
        signal.setitimer(signal.ITIMER_REAL, 0)
        return ("ok", a.result.model_dump_json(), fp)
    except _PlanTimeout:
        return ("error", path, f"took longer than {limit:g} s; skipped")
    except PlanReadError as e:
        if "MemoryError" in e.reason or "out of memory" in e.reason:
            return ("error", e.source, _memory_reason())
        return ("error", e.source, e.reason)
    except MemoryError:
        return ("error", path, _memory_reason())
    except Exception as e:  # noqa: BLE001 - one plan's bug must not stop the month
        return ("error", path, f"could not be scored ({type(e).__name__}: {' '.join(str(e).split())})")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, _on_alarm)


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
    from ehcaudit.display import display_path
    from ehcaudit.privacy import mask_text

    t0 = time.perf_counter()
    own_store = store is None
    st = store or Store(store_path)
    run = st.start_run(month, as_of, rubric, privacy_mode=privacy, jobs=jobs,
                       tool_version=tool_version())
    summary = AuditSummary(run_id=run.id, month=month, as_of=as_of)
    digest, version = run.rubric_digest, tool_version()
    kill_after = int(os.environ.get(HOOK_KILL_AFTER, "0") or 0)
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
            stored = st.conn.execute(
                "SELECT score, label FROM plans WHERE month=? AND reuse_key=?", (month, key)).fetchone()
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
            from ehcaudit.rubric.source import full_rubric

            _score_pending(pending, st, run, full_rubric(rubric), as_of, jobs, privacy, time_limit,
                           counted, error)
        previous = st.conn.execute(
            "SELECT status FROM runs WHERE month=? AND id<? ORDER BY id DESC LIMIT 1",
            (month, run.id)).fetchone()
        if run.scored or written_reused or previous is None or previous[0] != "complete":
            try:
                summary.cross = _cross_plan(st, run)
            except Exception as e:  # noqa: BLE001 - the month's plans are stored; say so and go on
                error("(cross-plan checks)", f"could not be run ({type(e).__name__}: {e})")
                done -= 1  # not a plan
        else:  # nothing in the month changed since a complete run: its findings stand
            summary.cross = _cross_count(st, month)
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
    # imported here, not at the top, so that a re-audit with nothing to score stays quick; and
    # before the pool forks, so workers share them rather than each importing its own
    from ehcaudit import checks, crossplan, pipeline  # noqa: F401
    from ehcaudit.reader import document  # noqa: F401
    from ehcaudit.results import PlanResult

    jobs = max(1, min(jobs, len(pending)))  # never more workers than plans to score
    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    slow = os.environ.get(HOOK_SLOW)
    hard_limit = time_limit + limits.PLAN_KILL_GRACE_SECONDS

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
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
                inflight[pool.submit(_score_one, path)] = (path, key, time.monotonic(), True)
                started.pop(path, None)
            # one plan queued per worker beyond the one it is scoring, so a worker never waits
            # while this process stores the result it has just returned
            while pending and not solo and len(inflight) < 2 * jobs:
                path, key = pending.popleft()
                inflight[pool.submit(_score_one, path)] = (path, key, time.monotonic(), False)
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


def _cross_plan(st: Store, run) -> int | None:
    """Recompute the month's copy-paste and wrong-name findings from its fingerprints."""
    try:
        from ehcaudit.crossplan import cross_plan_findings, slim_month
    except ImportError:
        return None
    # two passes over the store: the month's fingerprints are never all in memory at once
    findings = cross_plan_findings(slim_month(lambda: st.iter_month_fingerprints(run.month)))
    st.replace_cross_findings(run, findings)
    return len(findings)


def _cross_count(st: Store, month: str) -> int:
    """The findings a complete earlier run of the month stored (nothing changed since)."""
    return st.conn.execute("SELECT COUNT(*) FROM cross_findings WHERE month=?", (month,)).fetchone()[0]


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
