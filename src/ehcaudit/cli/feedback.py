"""``ehcaudit feedback``: each Word plan back as ``<name>.reviewed.docx`` with comments and a summary."""

from __future__ import annotations

from pathlib import Path

import typer

from ehcaudit.cli.application import app
from ehcaudit.cli.common import err, report_read_error, time_limit_option
from ehcaudit.cli.engine_options import ALLOW_PUBLIC_OPTION, LANGUAGETOOL_OPTION
from ehcaudit.cli.plan_options import AS_OF_OPTION, RUBRIC_OPTION, start_scoring
from ehcaudit.display import display_path
from ehcaudit.errors import PlanReadError
from ehcaudit.pipeline import assess, iter_plan_files
from ehcaudit.timelimit import plan_time_limit


@app.command()
def feedback(
    paths: list[Path] = typer.Argument(..., help="Word plans (.docx) or folders of them; a PDF plan gets its HTML page."),
    out: Path = typer.Option(Path("reports") / "feedback", "--out", help="Folder for the reviewed copies."),
    rubric: Path | None = RUBRIC_OPTION,
    as_of: str | None = AS_OF_OPTION,
    author: str = typer.Option("ehcaudit", "--author", help="Author name on the Word comments."),
    refuse_identifiable: bool = typer.Option(False, "--refuse-identifiable", help="Skip plans that still contain personal identifiers."),
    time_limit: float = time_limit_option(),
    languagetool_url: str | None = LANGUAGETOOL_OPTION,
    allow_public_languagetool: bool = ALLOW_PUBLIC_OPTION,
) -> None:
    """Write each plan back as a Word copy with comments on the words behind every issue.

    The copy (<name>.reviewed.docx in --out) ends with a summary: the grades, the three changes
    that would raise the grade most, findings with no place in the text, and what works well.
    The original file is never changed. A PDF plan gets the per-plan HTML page instead (in
    --out): Word comments need the Word file. Exit status: 0 all written; 1 some plans could not be
    used; 2 usage error.
    """
    # lazy: ehcaudit.feedback (python-docx, pydantic: about 0.2 s) only for this command, not
    # `ehcaudit --help`
    from ehcaudit.feedback import reviewed_name, write_feedback

    rb, date = start_scoring(rubric, as_of, time_limit, languagetool_url, allow_public_languagetool)
    failed = False
    any_plan = False
    cache: dict = {}
    named = {str(p) for p in paths}
    written: set[str] = set()
    for path, problem in iter_plan_files(paths):
        any_plan = True
        if problem is not None:
            report_read_error(problem)
            failed = True
            continue
        try:
            if path.suffix.lower() == ".pdf":
                _pdf_page(path, rb, date, cache, refuse_identifiable, out)
                continue
            if path.suffix.lower() not in (".docx", ".docm") and str(path) not in named:
                err(f"skipped {path}: feedback needs a Word file (.docx)")
                continue
            if path.suffix.lower() not in (".docx", ".docm"):
                raise PlanReadError(str(path), "feedback needs a Word file (.docx); comments cannot be added to "
                                    "a plain-text plan (use `ehcaudit score` for its report)")
            with plan_time_limit(time_limit, path):
                a = assess(path, rb, date, cache=cache, privacy="refuse" if refuse_identifiable else "flag")
                # a file name holding an identifier: the copy gets the masked name
                name = reviewed_name(Path(a.result.source) if a.result.privacy else path)
                if name in written:  # same file name from another folder: keep both
                    name = f"{path.parent.name}-{name}"
                rep = write_feedback(a.plan, a.result, rb, path, out, author=author, as_of=date.isoformat(),
                                     name=name)
            written.add(name)
        except PlanReadError as e:
            report_read_error(e)
            failed = True
            continue
        except OSError as e:
            report_read_error(PlanReadError(str(path), f"cannot write the reviewed copy: {e.strerror or e}"))
            failed = True
            continue
        print(f"wrote {display_path(rep.path)} ({rep.comments} comment{'s' if rep.comments != 1 else ''})")
    if not any_plan:
        print("No plan files found.")
    if failed:
        raise typer.Exit(1)


def _pdf_page(path: Path, rb, date, cache: dict, refuse_identifiable: bool, out: Path) -> None:
    """A PDF cannot carry Word comments: write the per-plan HTML page and say so."""
    # lazy: plan_html (jinja2, pydantic: about 0.35 s) only for a PDF plan, not `ehcaudit --help`
    from ehcaudit.reports.plan_html import write_plan_html

    a = assess(path, rb, date, cache=cache, privacy="refuse" if refuse_identifiable else "flag")
    page = write_plan_html(a.plan, a.result, rb, out)
    print(f"wrote {page} (the plan's HTML page: Word comments need the Word file, so run feedback "
          "on the .docx for a reviewed copy)")
