"""``ehcaudit audit``: score a month's plans in parallel and record them in the results store."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from ehcaudit.cli.application import app
from ehcaudit.cli.common import err, load_rubric_or_exit
from ehcaudit.cli.engine_options import (
    ALLOW_PUBLIC_OPTION,
    LANGUAGETOOL_OPTION,
    apply_engine_options,
)
from ehcaudit.display import escape_controls
from ehcaudit.errors import RubricError
from ehcaudit.months import month_end, parse_month
from ehcaudit.reader import limits
from ehcaudit.rubric.source import default_rubric_path, rubric_facts
from ehcaudit.store import DEFAULT_STORE, Store, StoreError
from ehcaudit.store.safety import cause_chain, check_month, write_failure


def _known_rubric(st: Store, path: Path):
    """The rubric file as an earlier run of this ehcaudit validated it, or None."""
    # lazy: ehcaudit.audit costs 65 ms; `ehcaudit --help` and the other commands never need it
    from ehcaudit.audit import tool_version

    try:
        data = limits.read_limited(path, limits.MAX_RUBRIC_BYTES, "rubric")
    except OSError:
        return None  # load_rubric_or_exit says why, in one line
    return st.validated_rubric(path, data, tool_version())


def _open_store(store: Path, rubric_path: Path) -> Store:
    try:
        return Store(store)
    except StoreError as e:
        load_rubric_or_exit(rubric_path)  # a bad rubric is reported first
        raise _usage(f"--store: {e}") from None


def _cores() -> int:
    """Cores this process may run on (its CPU affinity, else the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _usage(message: str) -> typer.Exit:
    err(f"error: {message}")
    return typer.Exit(2)


@app.command()
def audit(
    paths: list[Path] = typer.Argument(..., help="Folders (searched recursively) or plan files."),
    month: str = typer.Option(..., "--month", help="The month audited, YYYY-MM."),
    store: Path = typer.Option(DEFAULT_STORE, "--store", help="The results store (SQLite file)."),
    rubric: Path | None = typer.Option(None, "--rubric", help="Rubric YAML file (default: the packaged ehcp-core.yaml; see `ehcaudit rubric init`)."),
    as_of: str | None = typer.Option(None, "--as-of", help="Score as of this date, YYYY-MM-DD (default: the last day of --month)."),
    jobs: int | None = typer.Option(None, "--jobs", help="Plans scored at once, in separate processes (default, and most: the number of cores; never more than the plans to score)."),
    refuse_identifiable: bool = typer.Option(False, "--refuse-identifiable", help="Skip plans that still contain personal identifiers, instead of scoring them with identifiers masked."),
    time_limit: float = typer.Option(float(limits.PLAN_TIME_LIMIT_SECONDS), "--time-limit", help="Seconds one plan may take before it is skipped as an error."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as one JSON object instead of a table."),
    languagetool_url: str | None = LANGUAGETOOL_OPTION,
    allow_public_languagetool: bool = ALLOW_PUBLIC_OPTION,
) -> None:
    """Audit a month's plans: score each in parallel, store every result, print a summary.

    Re-running a month replaces results (never double-counts) and reuses unchanged plans.
    Exit status: 0 every plan scored; 1 some could not be read (the rest are still scored);
    2 usage error (bad month, date, rubric, store or option).
    """

    # lazy: ehcaudit.audit costs 65 ms; `ehcaudit --help` and the other commands never need it
    from ehcaudit.audit import run_audit, summary_json, summary_rows

    apply_engine_options(languagetool_url, allow_public_languagetool)  # workers inherit it
    try:
        parse_month(month)
    except ValueError as e:
        raise _usage(f"--month: {e}") from None
    if as_of is None:
        date = month_end(month)
    else:
        try:
            date = dt.date.fromisoformat(as_of)
        except ValueError:
            raise _usage(f"--as-of: {as_of!r} is not a date in the form YYYY-MM-DD") from None

    try:  # a month from 2000-01 to this month, and not after the as-of date's
        check_month(month, date)
    except ValueError as e:
        raise _usage(f"--month: {e}") from None
    cores = _cores()
    n_jobs = jobs if jobs is not None else cores
    if n_jobs < 1:
        raise _usage(f"--jobs: must be at least 1, not {n_jobs}")
    if n_jobs > cores:  # more workers than cores only costs memory (about 200 MB each)
        err(f"note: --jobs {n_jobs} is more than the {cores} cores available; using {cores}")
        n_jobs = cores
    if not time_limit > 0:
        raise _usage(f"--time-limit: must be more than 0 seconds, not {time_limit:g}")

    rubric_path = rubric or default_rubric_path()
    # Only an existing store can vouch for the rubric; otherwise it is validated before the
    # store is created, so a bad rubric (always reported first) leaves no empty store behind.
    st = _open_store(store, rubric_path) if store.is_file() else None
    try:
        rb = (_known_rubric(st, rubric_path) if st else None) or load_rubric_or_exit(rubric_path)
    except BaseException:
        if st:
            st.close()
        raise
    st = st or _open_store(store, rubric_path)

    console = Console(stderr=True, highlight=False)
    show_bar = console.is_terminal
    progress = Progress(TextColumn("Auditing {task.fields[month]}"), BarColumn(), MofNCompleteColumn(),
                        TimeRemainingColumn(), console=console, transient=True, disable=not show_bar)
    task = progress.add_task("audit", total=None, month=month)

    def on_progress(done: int, total: int) -> None:
        progress.update(task, completed=done, total=total or None)

    def on_error(source: str, reason: str) -> None:
        line = f"error: {source}: {reason}"
        if show_bar:

            line = escape_controls(" ".join(line.split()))
            progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            err(line)

    try:
        with progress:
            summary = run_audit(paths, month, store, rb, date, jobs=n_jobs,
                                privacy="refuse" if refuse_identifiable else "flag",
                                time_limit=time_limit, on_error=on_error,
                                on_progress=on_progress, store=st)
    except KeyboardInterrupt:
        err(f"error: {store}: audit of {month} interrupted; the plans already scored are kept, "
            "and running the same audit again completes the month")
        raise typer.Exit(130) from None
    except StoreError as e:
        err(f"error: {e}")
        raise typer.Exit(2) from None
    except RubricError as e:  # a known rubric failed validation after all: the code changed
        for line in str(e).splitlines():
            err(f"error: {line}")
        raise typer.Exit(2) from None
    except (sqlite3.Error, OSError) as e:  # e.g. disk full: the plans written so far are kept

        cause = write_failure(cause_chain(e)) or " ".join(str(e).split())
        err(f"error: {store}: the store could not be written ({cause}); the plans already "
            "written are kept, and running the same audit again completes the month")
        raise typer.Exit(2) from None
    finally:
        st.close()

    scale = list(rubric_facts(rb).scale)
    if as_json:
        sys.stdout.write(summary_json(summary, scale) + "\n")
    else:
        table = Table(title=f"Audit of {month} (run {summary.run_id}, store {store})",
                      show_header=False)
        table.add_column("")
        table.add_column("", justify="right")
        for label, value in summary_rows(summary, scale):
            table.add_row(label, value)
        Console(highlight=False).print(table)
    if summary.errors:
        raise typer.Exit(1)
