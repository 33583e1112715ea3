"""Test hooks: environment variables that only the test suite (and the benchmarks) set, all in
one place so that nobody is surprised by them. Unset, each does nothing.

* ``EHCAUDIT_TEST_SLOW="<name part>=sleep|stuck|memory"`` makes audit workers sleep on plans
  whose path contains the name part ("stuck" also ignores the interrupt, so only a kill stops
  it; "memory" allocates until the worker's memory limit stops it);
* ``EHCAUDIT_TEST_KILL_AFTER=N`` makes the audit process kill itself (SIGKILL) right after the
  N-th plan of the run is committed;
* ``EHCAUDIT_TEST_TOOL_VERSION`` replaces :func:`ehcaudit.audit.tool_version` (so a test spanning
  several processes is not upset by someone editing the code meanwhile).
"""

from __future__ import annotations

import os
import signal
import time

HOOK_SLOW = "EHCAUDIT_TEST_SLOW"
HOOK_KILL_AFTER = "EHCAUDIT_TEST_KILL_AFTER"
HOOK_TOOL_VERSION = "EHCAUDIT_TEST_TOOL_VERSION"


def slow_spec() -> str | None:
    """The ``EHCAUDIT_TEST_SLOW`` setting (read by the parent, handed to its workers)."""
    return os.environ.get(HOOK_SLOW)


def kill_after() -> int:
    """N of ``EHCAUDIT_TEST_KILL_AFTER`` (0: never)."""
    return int(os.environ.get(HOOK_KILL_AFTER, "0") or 0)


def pinned_tool_version() -> str | None:
    """The tool version ``EHCAUDIT_TEST_TOOL_VERSION`` pins, if any."""
    return os.environ.get(HOOK_TOOL_VERSION) or None


def slow_down(spec: str | None, path: str) -> None:  # pragma: no cover - in workers, tests only
    """Act out ``EHCAUDIT_TEST_SLOW`` (``spec``) on a plan at ``path``."""
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
