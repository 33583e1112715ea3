"""``ehcaudit score``: score plans against a rubric and print a report (text, JSON or HTML)."""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console

from ehcaudit.cli.application import app
from ehcaudit.cli.common import err, escape, report_read_error, time_limit_option
from ehcaudit.cli.engine_options import ALLOW_PUBLIC_OPTION, LANGUAGETOOL_OPTION
from ehcaudit.cli.plan_options import AS_OF_OPTION, RUBRIC_OPTION, start_scoring
from ehcaudit.display import display_path
from ehcaudit.errors import PlanReadError
from ehcaudit.pipeline import Assessment, assess, iter_plan_files
from ehcaudit.store.safety import write_failure
from ehcaudit.timelimit import plan_time_limit

if TYPE_CHECKING:  # the models are imported where used: every command starts with this module
    from ehcaudit.results import CriterionResult, PlanResult
    from ehcaudit.rubric.schema import Rubric


class Format(enum.StrEnum):
    text = "text"
    json = "json"
    html = "html"


RAG_STYLE = {"red": "bold white on red", "amber": "bold black on yellow", "green": "bold white on green"}


@app.command()
def score(
    paths: list[Path] = typer.Argument(..., help="Plan files (.docx, .docm, .pdf, .txt, .md) or folders of them."),
    rubric: Path | None = RUBRIC_OPTION,
    as_of: str | None = AS_OF_OPTION,
    fmt: Format = typer.Option(Format.text, "--format", help="text (readable report), json (one document on stdout) or html (a page per plan)."),
    area: list[str] | None = typer.Option(None, "--area", help="Only this area's criteria (repeatable), e.g. --area health for the DCO view."),
    out: Path | None = typer.Option(None, "--out", help="Folder for --format html pages (default: reports/plans)."),
    all_evidence: bool = typer.Option(False, "--all-evidence", help="In text output, show every evidence quote, not just the first two per criterion."),
    refuse_identifiable: bool = typer.Option(False, "--refuse-identifiable", help="Skip plans that still contain personal identifiers, instead of scoring them with identifiers masked."),
    time_limit: float = time_limit_option(),
    languagetool_url: str | None = LANGUAGETOOL_OPTION,
    allow_public_languagetool: bool = ALLOW_PUBLIC_OPTION,
) -> None:
    """Score EHC plans against a rubric. Every score comes with the quotes that earned it.

    Exit status: 0 every plan scored; 1 some could not be read (the rest are still scored
    and reported); 2 usage error.
    """
    # lazy: ehcaudit.results loads pydantic (about 0.3 s), not needed by `ehcaudit --help`
    from ehcaudit.results import RubricRef, ScoreError, ScoreReport

    rb, date = start_scoring(rubric, as_of, time_limit, languagetool_url, allow_public_languagetool)
    areas = set(area) if area else None
    if areas:
        unknown = areas - {a.id for a in rb.areas}
        if unknown:
            raise typer.BadParameter(
                f"unknown area {', '.join(sorted(unknown))}; the rubric's areas are {', '.join(a.id for a in rb.areas)}",
                param_hint="--area")

    report = ScoreReport(rubric=RubricRef(id=rb.id, version=rb.version), as_of=date.isoformat())
    assessments: list[Assessment] = []
    cache: dict = {}
    for path, problem in iter_plan_files(paths):
        if problem is not None:
            report.errors.append(ScoreError(source=problem.source, error=problem.reason))
            report_read_error(problem)
            continue
        try:
            with plan_time_limit(time_limit, path):
                a = _assess(path, rb, date, areas, cache, refuse_identifiable)
        except PlanReadError as e:
            report.errors.append(ScoreError(source=e.source, error=e.reason))
            report_read_error(e)
            continue
        assessments.append(a)
        report.plans.append(a.result)

    if fmt is Format.json:
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
    elif fmt is Format.html:
        if _write_html(assessments, rb, out):
            raise typer.Exit(1)
    else:
        console = Console(highlight=False, soft_wrap=False)
        for res in report.plans:
            print_plan(console, res, rb, areas, all_evidence)
        if not report.plans and not report.errors:
            console.print("No plan files found.")
    if report.errors:
        raise typer.Exit(1)


def _assess(path: Path, rb: Rubric, date, areas, cache, refuse_identifiable: bool) -> Assessment:
    return assess(path, rb, date, areas=areas, cache=cache, privacy="refuse" if refuse_identifiable else "flag")


def _write_html(assessments: list[Assessment], rb: Rubric, out: Path | None) -> bool:
    # lazy: plan_html (jinja2, pydantic: about 0.35 s) only with --html
    from ehcaudit.reports.plan_html import write_plan_html

    out_dir = out or Path("reports") / "plans"
    failed = False
    for a in assessments:
        try:
            written = write_plan_html(a.plan, a.result, rb, out_dir)
        except OSError as e:  # one page that cannot be written does not stop the others

            err(f"error: {a.result.source}: page not written ({write_failure(e) or e.strerror or e})")
            failed = True
            continue
        print(f"wrote {display_path(written)}")
    return failed


# -- text report --------------------------------------------------------------------------

def _badge(label: str | None, rag: str | None) -> str:
    if label is None:
        return "[dim]not applicable[/dim]"
    return f"[{RAG_STYLE.get(rag or '', '')}] {rag.upper() if rag else ''} [/] {escape(label)}"


def _findings_lines(c: CriterionResult, all_evidence: bool) -> list[str]:
    lines: list[str] = []
    issues = [f for f in c.findings if f.kind == "issue"]
    evidence = [f for f in c.findings if f.kind == "evidence"]
    shown_evidence = evidence if all_evidence else evidence[:2]
    for f in issues:
        lines.append(f"      [red]✗[/red] {escape(f.location)}: {escape(f.message)}")
        if f.quote:
            lines.append(f"        [italic]“{escape(_clip(f.quote))}”[/italic]")
    for f in shown_evidence:
        lines.append(f"      [green]✓[/green] {escape(f.location)}: {escape(f.message)}")
        if f.quote:
            lines.append(f"        [italic]“{escape(_clip(f.quote))}”[/italic]")
    if len(evidence) > len(shown_evidence):
        lines.append(f"      [dim]… and {len(evidence) - len(shown_evidence)} more pieces of evidence (--all-evidence)[/dim]")
    return lines


def _clip(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def print_plan(console: Console, res: PlanResult, rb: Rubric, areas: set[str] | None, all_evidence: bool) -> None:
    # lazy: ehcaudit.model loads pydantic (about 0.25 s), not needed by `ehcaudit --help`
    from ehcaudit.model import SECTION_CODES

    dco = areas == {"health"}
    title = "Health check for the designated clinical officer" if dco else "EHC plan audit"
    console.rule(f"[bold]{title}: {escape(res.plan_id)}[/bold]")
    console.print(f"Source: {escape(res.source)}")
    found = [c for c in SECTION_CODES if res.sections[c].found]
    missing = [c for c in SECTION_CODES if not res.sections[c].found]
    console.print(f"Sections found: {' '.join(found) or 'none'}" + (f"   [bold]missing: {' '.join(missing)}[/bold]" if missing else ""))
    if res.privacy:
        kinds = sorted({p.get('kind', '?') for p in res.privacy})
        console.print(f"[bold red]Privacy:[/bold red] {len(res.privacy)} personal identifier(s) still in the plan ({', '.join(kinds)}); masked in this report.")
    if not dco:
        console.print(f"Overall: {_badge(res.overall.label, res.overall.rag)} ({res.overall.score:.0f}/100)")
    for ar in res.areas:
        crits = [c for c in res.criteria if c.area == ar.id]
        if not crits:
            continue
        score = f" ({ar.score:.0f}/100)" if ar.score is not None else ""
        console.print()
        console.print(f"[bold]{escape(ar.title or ar.id)}[/bold]: {_badge(ar.label, ar.rag)}{score}")
        for c in crits:
            crit = rb.criterion(c.id)
            question = crit.dco if dco and crit.dco else crit.title
            console.print(f"  {c.id}  {escape(question)}  {_badge(c.label, c.rag)}")
            for line in _findings_lines(c, all_evidence):
                console.print(line)
    console.print()
