"""Moved to :mod:`ehcaudit.store.safety` (issue 18). This name is kept only so that branches
written before the move still import; new code imports ``ehcaudit.store.safety``. Remove it
once no branch uses it."""

from ehcaudit.store.safety import (  # noqa: F401
    BUSY_SECONDS,
    MONTH_MIN,
    RunLock,
    StoreProblem,
    cause_chain,
    check_month,
    damaged,
    mark_interrupted,
    month_of,
    open_readonly,
    quick_check,
    set_wal,
    writable,
    write_failure,
)
