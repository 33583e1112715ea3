"""Moved to :mod:`ehcaudit.store.grades` (issue 18). This name is kept only so that branches
written before the move still import; new code imports ``ehcaudit.store`` (or
``ehcaudit.store.grades``). Remove it once no branch uses it."""

from ehcaudit.store.grades import (  # noqa: F401
    MAX_COMMENT,
    MAX_NAME,
    OVERALL,
    ROLES,
    STATUSES,
    Final,
    GradeError,
    GradeStore,
    PlanRecord,
    agreement_by_month,
    current,
    final_rows,
    finalise,
    shown_source,
    status_of,
)
from ehcaudit.store.keys import plan_key  # noqa: F401
from ehcaudit.store.reader import run_levels  # noqa: F401
from ehcaudit.store.writer import scale_levels  # noqa: F401
