"""Options and helpers shared by the commands: rubric loading, dates, one-line errors."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.markup import escape as markup_escape

from ehcaudit.display import escape_controls, unescape_surrogates
from ehcaudit.errors import PlanReadError, RubricError
from ehcaudit.reader.limits import PLAN_TIME_LIMIT_SECONDS

if TYPE_CHECKING:
    from ehcaudit.rubric.schema import Rubric


def time_limit_option():
    """``--time-limit``, as ``audit`` has it: seconds one plan may take before it is skipped."""

    return typer.Option(float(PLAN_TIME_LIMIT_SECONDS), "--time-limit",
                        help="Seconds one plan may take before it is skipped as an error.")


def check_time_limit(value: float) -> None:
    if not value > 0:
        raise typer.BadParameter(f"must be more than 0 seconds, not {value:g}", param_hint="--time-limit")


def escape(text: str) -> str:
    """Plan text and file names for the terminal: rich markup and control characters escaped."""

    return markup_escape(escape_controls(text))


def err(message: str) -> None:
    """Print one line to stderr (never a traceback)."""

    sys.stderr.write(escape_controls(unescape_surrogates(" ".join(message.split()))) + "\n")


def load_rubric_or_exit(path: Path | None) -> Rubric:
    # lazy: rubric.schema loads pydantic (about 0.25 s); every command imports this module
    from ehcaudit.rubric.schema import default_rubric_path, load_rubric

    try:
        return load_rubric(path or default_rubric_path())
    except RubricError as e:
        for line in str(e).splitlines():
            err(f"error: {line}")
        raise typer.Exit(2) from None


def parse_as_of(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD", param_hint="--as-of") from None


def report_read_error(e: PlanReadError) -> None:
    err(f"error: {e.source}: {e.reason}")
