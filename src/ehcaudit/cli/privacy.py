"""``ehcaudit privacy-check``: find personal identifiers left in plans (masked, never shown whole)."""

from __future__ import annotations

import enum
import json
from pathlib import Path
from typing import Any

import typer

from ehcaudit.cli.application import app
from ehcaudit.cli.common import report_read_error
from ehcaudit.display import display_path, escape_controls
from ehcaudit.errors import PlanReadError
from ehcaudit.pipeline import iter_plan_files


class Format(enum.StrEnum):
    text = "text"
    json = "json"


@app.command("privacy-check")
def privacy_check(
    paths: list[Path] = typer.Argument(..., help="Plans or other documents (.docx, .docm, .pdf, .txt, .md), or folders."),
    fmt: Format = typer.Option(Format.text, "--format", help="text or json."),
) -> None:
    """Find residual identifiers: NHS numbers, UPNs, postcodes, dates of birth, emails, phone
    numbers and labelled names. Values are shown masked, never whole.

    Exit status: 0 nothing found; 3 identifiers found; 1 some files unreadable; 2 usage error.
    """
    # lazy: privacy (22 ms) and the reader (lxml, pydantic) only for this command, not `ehcaudit
    # --help`
    from ehcaudit.privacy import masked_source, scan_plan
    from ehcaudit.reader import read_document

    docs: list[dict[str, Any]] = []
    errors: list[dict[str, str]] = []
    for path, problem in iter_plan_files(paths):
        try:
            if problem is not None:
                raise problem
            plan = read_document(path)
        except PlanReadError as e:
            errors.append({"source": e.source, "error": e.reason})
            report_read_error(e)
            continue
        found = scan_plan(plan)
        # a file name holding an identifier is reported, and shown masked
        source = masked_source(display_path(path), found, plan.sha256[:8])
        docs.append({"source": source, "identifiable": bool(found), "findings": [i.as_dict() for i in found]})
    if fmt is Format.json:
        typer.echo(json.dumps({"documents": docs, "errors": errors}, indent=2))
    else:
        for d in docs:
            if not d["findings"]:
                typer.echo(f"{d['source']}: no identifiers found")
                continue
            typer.echo(f"{d['source']}: {len(d['findings'])} identifier(s) found")
            for f in d["findings"]:
                typer.echo(escape_controls(f"  {f['kind']:<14} {f['location']}: {f['masked']}"))
    if errors:
        raise typer.Exit(1)
    if any(d["identifiable"] for d in docs):
        raise typer.Exit(3)
