"""``ehcaudit rubric``: validate rubric files and document their criteria."""

from __future__ import annotations

from pathlib import Path

import typer

from ehcaudit.cli.application import app
from ehcaudit.cli.common import err, load_rubric_or_exit
from ehcaudit.errors import RubricError
from ehcaudit.rubric.source import DEFAULT_RUBRIC_NAME, default_rubric_bytes

rubric_app = typer.Typer(help="Validate rubric files and document their criteria.", no_args_is_help=True)
app.add_typer(rubric_app, name="rubric")


@rubric_app.command("check")
def check(files: list[Path] = typer.Argument(..., help="Rubric YAML files to validate.")) -> None:
    """Validate rubric files: every problem is reported with file, path and reason.

    Exit status: 0 all valid; 1 any invalid.
    """
    # lazy: rubric.schema loads pydantic (about 0.25 s), not needed by `ehcaudit --help`
    from ehcaudit.rubric.schema import load_rubric

    bad = False
    for f in files:
        try:
            r = load_rubric(f, check_patterns=True)  # every pattern, even the packaged rubric's
        except RubricError as e:
            bad = True
            for path, reason in e.problems:
                err(f"{e.source}: {path}: {reason}" if path else f"{e.source}: {reason}")
            continue
        typer.echo(f"{f}: ok — rubric {r.id} {r.version}: {len(r.criteria)} criteria in {len(r.areas)} areas")
    if bad:
        raise typer.Exit(1)


@rubric_app.command("init")
def init(
    path: Path = typer.Argument(Path("ehcp-core.yaml"), help="Where to write the copy (default: ./ehcp-core.yaml; a folder gets ehcp-core.yaml inside it)."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """Write a copy of the default rubric (the one shipped in the package) to edit as your own.

    Exit status: 0 written; 1 the file exists (without --force) or cannot be written.
    """

    target = path / DEFAULT_RUBRIC_NAME if path.is_dir() else path
    if target.exists() and not force:
        err(f"error: {target}: already exists (use --force to overwrite)")
        raise typer.Exit(1)
    try:
        target.write_bytes(default_rubric_bytes())
    except OSError as e:
        err(f"error: {target}: cannot write ({e.strerror or e})")
        raise typer.Exit(1) from None
    typer.echo(f"wrote {target}: a copy of the default rubric; score with --rubric {target}")


@rubric_app.command("docs")
def docs(
    file: Path | None = typer.Argument(None, help="Rubric YAML (default: the packaged ehcp-core.yaml; see `ehcaudit rubric init`)."),
    readme: Path | None = typer.Option(None, "--readme", help="Rewrite the generated criteria block in this Markdown file instead of printing."),
) -> None:
    """Print Markdown documentation of every area and criterion (used for the README)."""
    # lazy: rubric.docs loads pydantic (about 0.3 s), not needed by `ehcaudit --help`
    from ehcaudit.rubric.docs import rubric_markdown, splice

    text = rubric_markdown(load_rubric_or_exit(file))
    if readme is None:
        typer.echo(text)
        return
    try:
        readme.write_text(splice(readme.read_text(encoding="utf-8"), text), encoding="utf-8")
    except (OSError, ValueError) as e:
        err(f"error: {readme}: cannot update the generated block ({e})")
        raise typer.Exit(1) from None
    typer.echo(f"updated {readme}")
