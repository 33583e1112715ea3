"""``ehcaudit proofread``: every spelling, grammar and style finding in plans or any document."""

from __future__ import annotations

import enum
import json
from pathlib import Path

import typer
from rich.console import Console

from ehcaudit.cli.application import app
from ehcaudit.cli.common import check_time_limit, err, escape, report_read_error, time_limit_option
from ehcaudit.cli.engine_options import (
    ALLOW_PUBLIC_OPTION,
    LANGUAGETOOL_OPTION,
    apply_engine_options,
)
from ehcaudit.display import display_path
from ehcaudit.errors import PlanReadError
from ehcaudit.language.bounds import not_proofread
from ehcaudit.language.engines import EngineError, get_engine
from ehcaudit.pipeline import iter_plan_files
from ehcaudit.reader.limits import MAX_VOCABULARY_BYTES, read_limited
from ehcaudit.timelimit import plan_time_limit


class Format(enum.StrEnum):
    text = "text"
    json = "json"


@app.command()
def proofread(
    paths: list[Path] = typer.Argument(..., help="Plans or any other documents (.docx, .docm, .pdf, .txt, .md), or folders."),
    fmt: Format = typer.Option(Format.text, "--format", help="text (readable list) or json (one document on stdout)."),
    vocabulary: list[Path] | None = typer.Option(
        None, "--vocabulary", help="A file of extra words that are correct (one a line, # comments); repeatable. "
                                   "Files named in EHCAUDIT_VOCABULARY are always added."),
    time_limit: float = time_limit_option(),
    languagetool_url: str | None = LANGUAGETOOL_OPTION,
    allow_public_languagetool: bool = ALLOW_PUBLIC_OPTION,
) -> None:
    """Proofread offline in British English: every spelling, grammar and style finding, with its
    section, location, the words, a message and suggestions. Style findings are opinions and
    never count as errors in LG-SPELLING / LG-GRAMMAR.

    Exit status: 0 every document was read; 1 some could not be read (the rest are still
    proofread and reported); 2 usage error (such as an unreadable --vocabulary file, or a
    LanguageTool server that cannot be used).
    """

    check_time_limit(time_limit)
    apply_engine_options(languagetool_url, allow_public_languagetool)
    for v in vocabulary or []:
        try:
            read_limited(v, MAX_VOCABULARY_BYTES, "vocabulary").decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            reason = e.strerror if isinstance(e, OSError) and e.strerror else "not a UTF-8 text file"
            err(f"error: {v}: cannot read vocabulary file ({reason})")
            raise typer.Exit(2) from None
    try:
        engine = get_engine(vocabulary=list(vocabulary or []))
    except EngineError as e:
        err(f"error: {e}")
        raise typer.Exit(2) from None

    docs: list[dict] = []
    contexts: list[list[str]] = []
    errors: list[dict] = []
    for path, problem in iter_plan_files(paths):
        try:
            if problem is not None:
                raise problem
            with plan_time_limit(time_limit, path):
                doc, ctx = proofread_document(path, engine)
        except PlanReadError as e:
            errors.append({"source": e.source, "error": e.reason})
            report_read_error(e)
            continue
        docs.append(doc)
        contexts.append(ctx)

    if fmt is Format.json:
        typer.echo(json.dumps({"documents": docs, "errors": errors}, indent=2, ensure_ascii=False))
    else:
        console = Console(highlight=False, soft_wrap=True)
        for doc, ctx in zip(docs, contexts, strict=True):
            _print_doc(console, doc, ctx)
        if not docs and not errors:
            console.print("No documents found.")
    if errors:
        raise typer.Exit(1)


def proofread_document(path: str | Path, engine=None) -> tuple[dict, list[str]]:
    """``({"source", "words", "findings"}, sentence context of each finding)`` for one file.

    Reads any document (an EHC plan or not: outside plan sections ``section`` is None);
    identifiers found by :mod:`ehcaudit.privacy` are masked in every field. ``engine``: default
    the process's engine (:func:`ehcaudit.language.engines.get_engine`). Raises
    :class:`PlanReadError` for an unreadable file."""
    # lazy: the checks, reader, privacy and text modules (pydantic, lxml) only for this command, not
    # `ehcaudit --help`
    from ehcaudit.checks.language import sentence_around
    from ehcaudit.privacy import Masker, find_identifiers, masked_source, scan_plan
    from ehcaudit.reader import read_document
    from ehcaudit.text import count_words

    plan = read_document(path)
    found = scan_plan(plan)
    mask = Masker(found)  # every string shown, masked in one place (after any clip)
    blocks = [b for b in plan.blocks if b.text.strip()]
    results = (engine or get_engine()).check_many([b.text for b in blocks])
    findings: list[dict] = []
    contexts: list[str] = []
    for b, issues in zip(blocks, results, strict=True):
        idents = find_identifiers(b.text) if issues else []
        for i in issues:
            text, message, suggestions = i.text, i.message, list(i.suggestions)
            hidden = [x for x in idents if x.start < i.end and x.end > i.start]
            if hidden:  # never show an identifier, nor suggestions that would spell it out
                masked = " ".join(f"[{x.kind.upper()}: {x.masked}]" for x in hidden)
                message = message.replace(text, masked)
                text, suggestions = masked, []
            findings.append({"kind": i.kind, "section": b.section, "location": b.location, "text": text,
                             "message": mask(message), "suggestions": suggestions})
            contexts.append(mask(sentence_around(b.text, i.start, i.end)))
    words = sum(count_words(b.text) for b in blocks)

    skipped = [{"location": b.location, "reason": why} for b in blocks if (why := not_proofread(b.text))]
    source = masked_source(display_path(path), found, plan.sha256[:8])
    return {"source": source, "words": words, "findings": findings, "not_proofread": skipped}, contexts


#: How each kind of finding is shown on a terminal.
KIND_STYLE = {"spelling": "bold red", "grammar": "bold magenta", "style": "cyan"}


def _print_doc(console: Console, doc: dict, contexts: list[str]) -> None:
    counts = {k: sum(1 for f in doc["findings"] if f["kind"] == k) for k in ("spelling", "grammar", "style")}
    per = {k: 1000 * v / doc["words"] if doc["words"] else 0.0 for k, v in counts.items()}
    console.rule(f"[bold]{escape(doc['source'])}[/bold]")
    console.print(f"{doc['words']:,} words: {counts['spelling']} spelling ({per['spelling']:.1f} per 1,000 words), "
                  f"{counts['grammar']} grammar ({per['grammar']:.1f} per 1,000), {counts['style']} style "
                  "(opinions, not counted as errors)")
    for f, ctx in zip(doc["findings"], contexts, strict=True):
        sugg = ", ".join(f"'{s}'" if s else "(delete)" for s in f["suggestions"][:3])
        arrow = f" → {escape(sugg)}" if sugg else ""
        console.print(f"  [{KIND_STYLE[f['kind']]}]{f['kind']:<8}[/] {escape(f['location'])}: "
                      f"'{escape(f['text'])}'{arrow}  [dim]{escape(f['message'])}[/dim]")
        if ctx and ctx != f["text"]:
            console.print(f"           [italic]“{escape(ctx)}”[/italic]")
    for s in doc.get("not_proofread", []):
        console.print(f"  [dim]not proofread[/dim] {escape(s['location'])}: {escape(s['reason'])}")
    if not doc["findings"]:
        console.print("  No findings.")
    console.print()
