"""The per-plan time limit of the commands that score or proofread in their own process
(``score``, ``proofread``, ``feedback``); ``audit`` has its own in its workers
(:mod:`ehcaudit.audit`), with the same default (:data:`ehcaudit.reader.limits.PLAN_TIME_LIMIT_SECONDS`)
and the same ``--time-limit`` option.

A plan that takes longer is reported in one line ("took longer than 120 s; skipped") and the
command goes on with the next. The limit counts the processor time the plan takes
(``ITIMER_PROF``), not the time on the clock: on a machine busy with other work a plan is not
skipped for waiting its turn, and a plan that really loops is stopped all the same. Python's
regular expressions and the grammar engine's calls (a few thousand characters each) return to
the interpreter often, so the plan is stopped within moments of the limit.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ehcaudit.errors import PlanReadError


class _TimeUp(BaseException):  # noqa: N818 - BaseException: no `except Exception` in a check swallows it
    pass


def _alarm(signum, frame):
    raise _TimeUp()


@contextmanager
def plan_time_limit(seconds: float | None, source: str | os.PathLike[str]) -> Iterator[None]:
    """Run the body with a time limit; raise :class:`PlanReadError` for ``source`` when it runs
    out. No limit when ``seconds`` is None or not positive, or off the main thread."""
    usable = (seconds is not None and seconds > 0 and hasattr(signal, "setitimer")
              and hasattr(signal, "SIGPROF") and threading.current_thread() is threading.main_thread())
    if not usable or seconds is None:
        yield
        return
    previous = signal.signal(signal.SIGPROF, _alarm)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    except _TimeUp:
        raise PlanReadError(str(source), f"took longer than {seconds:g} s; skipped") from None
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
