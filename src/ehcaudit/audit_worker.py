"""The worker side of a monthly audit (:mod:`ehcaudit.audit`): each worker process loads the
rubric and warms the engines **once** (it scores a small built-in plan, so whatever a check
builds lazily, such as the grammar engine and word lists, is built before the first real
plan), then scores plans one at a time under a time limit and a memory limit. Workers never
touch the store: they return each result to the parent, the only writer.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from ehcaudit import testhooks
from ehcaudit.errors import PlanReadError
from ehcaudit.pipeline import assess
from ehcaudit.privacy import mask_plan
from ehcaudit.reader import limits

if TYPE_CHECKING:
    from ehcaudit.rubric.schema import Rubric

#: This worker's rubric, as-of date, limits and caches (set by :func:`init_worker`).
STATE: dict = {}


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
        # lazy: ctypes costs 6 ms and a warm re-audit imports this module but starts no worker
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != STATE.get("parent"):
        os._exit(1)


def _limit_memory() -> None:
    """Bound this worker's address space (:func:`ehcaudit.reader.limits.worker_memory_bytes`):
    a plan that needs more fails with MemoryError in this worker, not the machine."""
    limit = limits.worker_memory_bytes()
    STATE["memory"] = limit
    if limit is None:
        return
    try:
        # lazy: resource is POSIX-only (the ImportError on Windows is handled here)
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        if soft == resource.RLIM_INFINITY or soft > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        STATE["memory"] = None


def _memory_reason() -> str:
    limit = STATE.get("memory")
    return (f"needed more than {limit // (1024 * 1024)} MB of memory; skipped" if limit
            else "ran out of memory; skipped")


def init_worker(rubric: Rubric, as_of: dt.date, privacy: str, time_limit: float,
                 slow_hook: str | None, parent: int, started) -> None:  # pragma: no cover
    STATE.update(rubric=rubric, as_of=as_of, privacy=privacy, time_limit=time_limit,
                 slow=slow_hook, parent=parent, started=started, cache={})
    _die_with_parent()
    _limit_memory()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGALRM, _on_alarm)
    # lazy: the checks (about 0.3 s) and crossplan (in score_one) are imported here, not at the
    # top: the parent imports this module for every audit, and a re-audit with nothing to score
    # never needs them (ehcaudit.audit._score_pending imports them before the pool forks)
    import ehcaudit.checks  # noqa: F401 - register every check kind now

    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "warm-up.md"
        p.write_text(_WARM_PLAN, encoding="utf-8")
        try:
            assess(p, rubric, as_of, cache={}, privacy="flag")
        except Exception:  # noqa: BLE001 - warming is best effort; real plans report errors
            pass


def score_one(path: str) -> tuple:  # pragma: no cover - runs in workers (tested end to end)
    """``("ok", result_json, fingerprint | None)`` or ``("error", source, reason)``."""

    limit = STATE["time_limit"]
    STATE["started"].put((path, time.monotonic()))  # the parent times the plan from here
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        testhooks.slow_down(STATE["slow"], path)
        a = assess(path, STATE["rubric"], STATE["as_of"], cache=STATE["cache"], privacy=STATE["privacy"])
        # lazy: crossplan only in a worker that scores; a warm re-audit never loads it
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
