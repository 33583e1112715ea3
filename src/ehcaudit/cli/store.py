"""``ehcaudit store check`` and ``ehcaudit store delete-month``: look after the results store."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
from pathlib import Path

import typer

from ehcaudit.cli.application import app, command_group
from ehcaudit.cli.common import err
from ehcaudit.months import is_month
from ehcaudit.store import DEFAULT_STORE, SCHEMA_VERSION, Store, StoreError
from ehcaudit.store.safety import MONTH_MIN, cause_chain, month_of, open_readonly, write_failure

store_app = command_group("store", "Check the results store, or remove a month from it.")
app.add_typer(store_app, name="store")

STORE_OPTION = typer.Option(None, "--store", help="The results store (default: reports/ehcaudit.db).")

#: Tables with a ``month`` column that ``delete-month`` clears, children before parents
#: (areas, criteria and findings go with their plans: ON DELETE CASCADE).
MONTH_TABLES = ("errors", "cross_findings", "fingerprints", "plans", "runs")


def _store_path(store: Path | None) -> Path:

    return store or DEFAULT_STORE


def _fail(message: str, code: int = 1) -> typer.Exit:
    err(f"error: {message}")
    return typer.Exit(code)


def _month_counts(conn: sqlite3.Connection, month: str) -> dict[str, int]:
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t} WHERE month=?", (month,)).fetchone()[0]
            for t in MONTH_TABLES}


@store_app.command("delete-month")
def delete_month(
    month: str = typer.Argument(..., help="The month to remove, YYYY-MM."),
    store: Path | None = STORE_OPTION,
    yes: bool = typer.Option(False, "--yes", help="Do not ask for confirmation."),
) -> None:
    """Remove one month from the store: its plans, their results, cross-plan findings, errors
    and runs. Other months are untouched. Asks first (unless --yes).

    Exit status: 0 removed; 1 not removed (no such month, not confirmed, store unusable);
    2 usage error.
    """

    if not is_month(month):
        raise _fail(f"MONTH: {month!r} is not a month in the form YYYY-MM", 2)
    path = _store_path(store)
    if not path.is_file():
        raise _fail(f"{path}: no such store")
    try:
        st = Store(path)
    except StoreError as e:
        raise _fail(str(e)) from None
    try:
        counts = _month_counts(st.conn, month)
        if not any(counts.values()):
            raise _fail(f"{path}: nothing stored for {month}; nothing removed")
        what = (f"{counts['plans']} plan(s), {counts['runs']} run(s), {counts['errors']} "
                f"error(s) and {counts['cross_findings']} cross-plan finding(s)")
        if not yes:
            try:
                sure = typer.confirm(f"Remove {month} from {path}: {what}?", default=False,
                                     err=True)
            except typer.Abort:  # no answer (end of input, Ctrl-C)
                sys.stderr.write("\n")
                sure = False
            if not sure:
                raise _fail(f"{path}: {month} not removed (not confirmed; --yes skips the "
                            "question)")
        c = st.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            for table in MONTH_TABLES:
                c.execute(f"DELETE FROM {table} WHERE month=?", (month,))
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise
    except (sqlite3.Error, OSError) as e:
        cause = write_failure(cause_chain(e)) or " ".join(str(e).split())
        raise _fail(f"{path}: {month} could not be removed ({cause}); the store is unchanged") \
            from None
    finally:
        st.close()
    print(f"removed {month} from {path}: {what}")


@store_app.command("check")
def check(store: Path | None = STORE_OPTION) -> None:
    """Check the store without changing it: file integrity, schema version, the months it holds
    (and any outside 2000-01 to this month), runs that were killed.

    Exit status: 0 no problem found; 1 a problem found (each on a line starting `problem:`)
    or the store cannot be opened.
    """

    path = _store_path(store)
    if not path.is_file():
        raise _fail(f"{path}: no such store" if not path.is_dir() else f"{path} is a folder, not a store file")
    problems: list[str] = []
    try:
        conn = open_readonly(path)
    except sqlite3.Error as e:
        raise _fail(f"{path}: not a usable ehcaudit store ({e})") from None
    try:
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        except sqlite3.DatabaseError as e:
            rows = [f"{e}"]
        if rows != ["ok"]:
            problems += [f"damaged: {' '.join(str(r).split())}" for r in rows]
            _report(path, None, [], problems)
            raise typer.Exit(1)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            problems.append(f"schema version {version} is newer than this ehcaudit's "
                            f"({SCHEMA_VERSION}); upgrade ehcaudit")
        elif version < SCHEMA_VERSION:
            print(f"note: schema version {version}; the next audit upgrades it to {SCHEMA_VERSION}")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"runs", "plans"} <= tables:
            problems.append("not an ehcaudit store (no runs or plans table)")
            _report(path, version, [], problems)
            raise typer.Exit(1)
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"{len(fk)} row(s) refer to rows that are missing (foreign keys), "
                            f"first in table {fk[0][0]}")
        months = conn.execute(
            "SELECT m, SUM(n) FROM (SELECT month AS m, COUNT(*) AS n FROM plans GROUP BY month"
            " UNION ALL SELECT month, 0 FROM runs GROUP BY month) GROUP BY m ORDER BY m").fetchall()
        latest = month_of(dt.date.today())
        for m, _ in months:
            if not (MONTH_MIN <= m <= latest):
                problems.append(f"month {m} is outside {MONTH_MIN} to {latest}; remove it with "
                                f"`ehcaudit store delete-month {m}`")
        running = [r[0] for r in conn.execute("SELECT id FROM runs WHERE status='running'")]
        if running and not _audit_running(path):
            problems.append(f"run(s) {', '.join(map(str, running))} were killed before they "
                            "finished (the next audit marks them 'interrupted'; auditing the "
                            "month again completes it)")
        _report(path, version, months, problems)
    finally:
        conn.close()
    if problems:
        raise typer.Exit(1)


def _audit_running(path: Path) -> bool:
    """Whether an audit holds the store's run lock now (see ``ehcaudit.store.safety.RunLock``)."""

    try:
        # lazy: fcntl is POSIX-only (the ImportError on Windows is handled here)
        import fcntl
    except ImportError:  # pragma: no cover - Windows: cannot tell
        return True
    lock = path.with_name(path.name + "-lock")
    try:
        fd = os.open(lock, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except OSError:
        return True
    finally:
        os.close(fd)


def _report(path: Path, version: int | None, months: list, problems: list[str]) -> None:
    print(f"store: {path}")
    if version is not None:
        print(f"schema version: {version}")
    if months:
        print(f"months: {len(months)} ({months[0][0]} to {months[-1][0]}), "
              f"{sum(n for _, n in months)} plan(s)")
    for p in problems:
        print(f"problem: {p}")
    if not problems:
        print("ok: no problem found")
