"""What the commands that score plans one by one (``score``, ``feedback``) share: the
``--rubric`` and ``--as-of`` options, and their start (time limit checked, rubric loaded,
proofreading engine chosen, as-of date read), each failing with one line and status 2."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from ehcaudit.cli.common import check_time_limit, load_rubric_or_exit, parse_as_of
from ehcaudit.cli.engine_options import apply_engine_options

if TYPE_CHECKING:
    from ehcaudit.rubric.schema import Rubric

RUBRIC_OPTION = typer.Option(
    None, "--rubric",
    help="Rubric YAML file (default: the packaged ehcp-core.yaml; see `ehcaudit rubric init`).")
AS_OF_OPTION = typer.Option(None, "--as-of", help="Score as of this date, YYYY-MM-DD (default: today).")


def start_scoring(rubric: Path | None, as_of: str | None, time_limit: float,
                  languagetool_url: str | None, allow_public_languagetool: bool) -> tuple[Rubric, dt.date]:
    """The rubric and the as-of date, once the options are checked (before any plan is read)."""
    check_time_limit(time_limit)
    rb = load_rubric_or_exit(rubric)
    apply_engine_options(languagetool_url, allow_public_languagetool)
    return rb, parse_as_of(as_of)
