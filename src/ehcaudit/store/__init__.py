"""The results store: every monthly audit, kept safely in one SQLite file.

Default location ``reports/ehcaudit.db``. Only the ``audit`` command's parent process writes
audits to it; reports (``trend``, notebooks) read it with :func:`load_frames`; the workspace
reads it and appends grades through :class:`GradeStore`. No SQL lives outside this package.

One job per module, each importing only those above it:

========================  =========================================================================
``safety``                guards: a damaged file, a read-only store, a full disk, killed runs, two
                          processes at once, the months one may audit
``codecs``                compressed JSON (``pack_json``/``unpack_json``), the clock, masking on the
                          way in (no identifier is written)
``keys``                  ``reuse_key`` (what a result depends on) and ``plan_key`` (a grade's plan)
``schema``                the tables and their migrations (``PRAGMA user_version``); opening a
                          store (``connect``, ``connect_for_reading``); ``StoreError``
``writer``                ``Store``: runs and plans, one transaction per plan; the scale stored whole
``reader``                ``load_frames``: the pandas read model of the reports, scale included
``grades``                ``GradeStore``: the audit group's grades (append-only), final levels,
                          agreement, the workspace's audit log
========================  =========================================================================

The names below are re-exported so that ``from ehcaudit.store import X`` keeps working.
"""

from ehcaudit.store import safety
from ehcaudit.store.codecs import now, pack_json, unpack_json
from ehcaudit.store.grades import (
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
from ehcaudit.store.keys import plan_key, reuse_key
from ehcaudit.store.reader import (
    AREA_COLUMNS,
    CRITERION_COLUMNS,
    CROSS_COLUMNS,
    ERROR_COLUMNS,
    FINDING_COLUMNS,
    LATEST_RUBRIC_CTE,
    PLAN_COLUMNS,
    RUN_COLUMNS,
    AuditFrames,
    load_frames,
    run_levels,
)
from ehcaudit.store.schema import (
    DEFAULT_STORE,
    MIGRATIONS,
    SCHEMA_VERSION,
    StoreError,
    connect,
    connect_for_reading,
    migrate,
)
from ehcaudit.store.writer import Run, Store, scale_levels

__all__ = [
    "AREA_COLUMNS", "CRITERION_COLUMNS", "CROSS_COLUMNS", "DEFAULT_STORE", "ERROR_COLUMNS",
    "FINDING_COLUMNS", "LATEST_RUBRIC_CTE", "MAX_COMMENT", "MAX_NAME", "MIGRATIONS", "OVERALL",
    "PLAN_COLUMNS", "ROLES", "RUN_COLUMNS", "SCHEMA_VERSION", "STATUSES", "AuditFrames", "Final",
    "GradeError", "GradeStore", "PlanRecord", "Run", "Store", "StoreError", "agreement_by_month",
    "connect", "connect_for_reading", "current", "final_rows", "finalise", "load_frames", "migrate",
    "now", "pack_json", "plan_key", "reuse_key", "run_levels", "safety", "scale_levels",
    "shown_source", "status_of", "unpack_json",
]
