"""``ehcaudit trend``: HTML, Excel and CSV trend reports from the results store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer

from ehcaudit.cli.application import app
from ehcaudit.cli.common import err
from ehcaudit.months import is_month, shift_month
from ehcaudit.store import DEFAULT_STORE, agreement_by_month, final_rows, load_frames
from ehcaudit.store.safety import write_failure

DEFAULT_OUT = Path("reports")


def _month(value: str | None, flag: str) -> str | None:
    if value is None:
        return None
    if not is_month(value):
        raise typer.BadParameter(f"{value!r} is not a month in the form YYYY-MM", param_hint=flag)
    return value


def _reason(e: BaseException, store: Path) -> str:
    msg = " ".join(str(e).split()) or type(e).__name__
    prefix = f"{store}: "
    return msg[len(prefix):] if msg.startswith(prefix) else msg


def _attach_grades(frames, store: Path, first: str | None, last: str | None) -> None:
    """The audit group's final levels and agreement (ehcaudit.reports.trend.grades); the
    rubric's whole scale comes with the frames (ehcaudit.store.reader)."""
    # lazy: pandas costs about 0.4 s; only `trend` needs it, not `ehcaudit --help`
    import pandas as pd


    frames.finals = pd.DataFrame(final_rows(store, first, last))
    frames.agreement = agreement_by_month(store, first, last)


@app.command()
def trend(
    store: Path | None = typer.Option(None, "--store", help="Results store written by `ehcaudit audit` (default: reports/ehcaudit.db)."),
    from_month: str | None = typer.Option(None, "--from", help="First month to report, YYYY-MM (default: the store's first)."),
    to_month: str | None = typer.Option(None, "--to", help="Last month to report, YYYY-MM (default: the store's latest)."),
    out: Path = typer.Option(DEFAULT_OUT, "--out", help="Folder for the reports (default: reports/)."),
) -> None:
    """Write trend reports across monthly audits: trend-<to>.html, trend-<to>.xlsx and CSVs.

    Exit status: 0 written; 1 the store is missing, empty or unreadable; 2 usage error.
    """

    first = _month(from_month, "--from")
    last = _month(to_month, "--to")
    if first and last and first > last:
        raise typer.BadParameter(f"--from {first} is after --to {last}", param_hint="--from")
    store = store or DEFAULT_STORE
    if not store.exists():
        err(f"error: {store}: no such store (run `ehcaudit audit` first)")
        raise typer.Exit(1)
    if store.is_dir():
        err(f"error: {store}: is a folder, not a store file")
        raise typer.Exit(1)

    # lazy: the trend report (pandas, matplotlib, openpyxl: over 1 s) only for `trend`
    from ehcaudit.reports.trend import TrendError, write_trend

    # Comparisons ("since three months ago") need up to three months before --from.
    load_from = shift_month(first, -3) if first else None
    try:
        frames = load_frames(store, load_from, last)
        _attach_grades(frames, store, load_from, last)
    except Exception as e:  # StoreError, sqlite3 errors, a damaged file: one line, no traceback
        err(f"error: {store}: {_reason(e, store)}")
        raise typer.Exit(1) from None
    try:
        written = write_trend(frames, out, first, last,
                              generated=dt.datetime.now().strftime("%d %B %Y %H:%M"))
    except TrendError as e:
        err(f"error: {store}: {e}")
        raise typer.Exit(1) from None
    except OSError as e:  # the reports written before stay whole (reports.atomic)

        err(f"error: {out}: cannot write the reports ({write_failure(e) or e.strerror or e}); "
            "earlier reports there are unchanged")
        raise typer.Exit(1) from None
    for path in written:
        print(f"wrote {path}")
